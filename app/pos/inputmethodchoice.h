// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace comptoir::pos {

// Whether the register shows Qt Virtual Keyboard, decided before the application exists (Qt
// picks its input method when it starts). In order: the command line (--virtual-keyboard), the
// register's setting `ui.virtual_keyboard` (comptoirctl config), then "auto": on for the
// tablet layout and on machines without a keyboard of their own, off otherwise.
enum class KeyboardChoice { Auto, On, Off };

std::optional<KeyboardChoice> parseKeyboardChoice(const QByteArray &text); // auto, on, off

// Whether /proc/bus/input/devices (its text) lists a device that types letters and repeats
// keys (a keyboard, or a barcode scanner in keyboard mode); nullopt when it lists no device
// at all (a container, a virtual X server): nobody can tell.
std::optional<bool> listsATypingKeyboard(const QByteArray &inputDevices);

bool wantsOnScreenKeyboard(KeyboardChoice choice, bool tabletLayout, std::optional<bool> typingKeyboard);

// The setting `ui.virtual_keyboard` of the register database at `path`, read without Qt SQL
// (no application exists yet) and without writing to the file; empty when the file, the table
// or the setting is not there.
QByteArray storedKeyboardChoice(const QString &path);

} // namespace comptoir::pos
