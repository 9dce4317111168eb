#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every interactive QML control instance must say its Accessible.name explicitly.

Clerks with assistive technology and the automated UI checks rely on it. Scans the given
QML files for control instantiations and reports those whose own block lacks one.
Exit status 1 lists file:line of each offender.
"""
import re
import sys

CONTROLS = ("TouchButton", "Button", "AbstractButton", "ToolButton", "RoundButton", "DelayButton",
            "TextField", "TextArea", "CheckBox", "RadioButton", "Switch", "ComboBox", "SpinBox",
            "Slider", "ItemDelegate", "MenuItem", "TabButton")
OPENING = re.compile(r"(?<![\w.])(" + "|".join(CONTROLS) + r")\s*\{")


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
            if text[:m.start()].count("{") == text[:m.start()].count("}"):
                continue
            checked += 1
            if "Accessible.name" not in own_text(block):
                offenders.append(f"{path}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(1)} without Accessible.name")
    for o in offenders:
        print(o)
    print(f"{checked} controls checked, {len(offenders)} without Accessible.name")
    return 1 if offenders or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
