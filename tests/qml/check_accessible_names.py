#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every interactive QML control instance must say its Accessible.name explicitly, and every
button must be operable through the accessibility "Press" action.

Clerks with assistive technology and the automated UI checks rely on it. Scans the given
QML files for control instantiations and reports those whose own block lacks a name. Qt 6.4's
Qt Quick Controls buttons offer "Press" without acting on it, so each Qt button type used
directly (an instance, or the root of a component such as TouchButton.qml) must declare
accessiblePressAction(); instances of our own components inherit theirs.
Exit status 1 lists file:line of each offender.
"""
import re
import sys

CONTROLS = ("TouchButton", "Button", "AbstractButton", "ToolButton", "RoundButton", "DelayButton",
            "TextField", "TextArea", "CheckBox", "RadioButton", "Switch", "ComboBox", "SpinBox",
            "Slider", "ItemDelegate", "MenuItem", "TabButton")
# Qt Quick Controls types whose "Press" action does nothing unless the QML declares it.
QT_BUTTONS = ("Button", "AbstractButton", "ToolButton", "RoundButton", "DelayButton", "ItemDelegate",
              "MenuItem", "TabButton", "CheckBox", "RadioButton", "Switch")
# Also as a Qt Quick Templates type (T.Button), which the register's own controls are made on.
OPENING = re.compile(r"(?<![\w.])(?:T\.)?(" + "|".join(CONTROLS) + r")\s*\{")


def block_end(text, start):
    depth, i, quote = 0, start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text)


def own_text(block):
    """The block without its nested child blocks."""
    out, depth = [], 0
    for c in block[1:-1]:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def main(paths):
    offenders = []
    checked = 0
    for path in paths:
        text = open(path, encoding="utf-8").read()
        for m in OPENING.finditer(text):
            brace = text.index("{", m.start())
            block = text[brace:block_end(text, brace) + 1]
            # A file's root object defines a component (TouchButton.qml is a Button); its
            # instances are the ones that need a name.
            line = text.count(chr(10), 0, m.start()) + 1
            operable = "function accessiblePressAction" in own_text(block)
            if m.group(1) in QT_BUTTONS and not operable:
                offenders.append(f"{path}:{line}: {m.group(1)} without accessiblePressAction()")
            if text[:m.start()].count("{") == text[:m.start()].count("}"):
                continue
            checked += 1
            if "Accessible.name" not in own_text(block):
                offenders.append(f"{path}:{line}: {m.group(1)} without Accessible.name")
    for o in offenders:
        print(o)
    print(f"{checked} controls checked, {len(offenders)} without Accessible.name or press action")
    return 1 if offenders or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
