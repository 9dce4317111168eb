// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlsstyle.h"

#include <QQuickStyle>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::pos {

void useControlsStyle()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Basic"_s);
}

} // namespace comptoir::pos
