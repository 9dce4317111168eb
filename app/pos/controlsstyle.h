// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace comptoir::pos {

// Draws Qt Quick Controls with their Basic style: every control a clerk touches is drawn by the
// register's own QML, and Basic is the lightest to load (Fusion, Qt's choice on a Linux
// desktop, adds its plugin and heavier controls to the launch). QT_QUICK_CONTROLS_STYLE still
// chooses another. Before the first QML engine.
void useControlsStyle();

} // namespace comptoir::pos
