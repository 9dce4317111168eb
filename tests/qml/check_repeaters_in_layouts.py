#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No Repeater with a changing model directly inside a Qt Quick Layout.

Qt 6.4's layouts read a delegate already destroyed when they lay out while a Repeater rebuilds
(tst_possmoke crashed in QQuickLayout::effectiveSizePolicy_helper). A Repeater whose model can
change sits in a positioner (Column, Row, Flow, Grid) inside the layout cell; one whose model is
a literal list of plain strings or numbers, or a number (never evaluated again) may stay. A list
with qsTr() in it is evaluated again at each change of language. Usage: check_repeaters_in_layouts.py QML_DIR
"""
import pathlib
import re
import sys

OPEN = re.compile(r"^\s*(?:[a-zA-Z.]+:\s*)?([A-Z][A-Za-z0-9_.]*)\s*\{")
# A literal list of plain values (no call, no name): never evaluated again.
PLAIN = re.compile(r'^\[\s*("[^"]*"|\d+)(\s*,\s*("[^"]*"|\d+))*\s*\]$')


def problems(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    stack = []  # the type of each open brace ("{" for a brace that opens no object)
    found = []
    for number, line in enumerate(lines, 1):
        code = re.sub(r'"[^"]*"', '""', line).split("//", 1)[0] if "//" in line else line
        match = OPEN.match(code)
        opens, closes = code.count("{"), code.count("}")
        if match:
            kind = match.group(1)
            if kind == "Repeater":
                parent = next((t for t in reversed(stack) if t != "{"), "")
                if parent.endswith("Layout"):
                    model = ""
                    for following in lines[number:number + 4]:
                        m = re.match(r"^\s*model:\s*(.*)$", following)
                        if m:
                            model = m.group(1).strip()
                            break
                    if not (PLAIN.match(model) or re.fullmatch(r"\d+", model)):
                        found.append(f"{path.name}:{number}: Repeater (model: {model or '?'}) directly in a {parent}")
            stack.append(kind)
            opens -= 1
        stack.extend(["{"] * max(opens, 0))
        for _ in range(closes):
            if stack:
                stack.pop()
    return found


def main():
    root = pathlib.Path(sys.argv[1])
    found = [p for f in sorted(root.glob("*.qml")) for p in problems(f)]
    for p in found:
        print(p)
    if found:
        print(f"{len(found)} Repeater(s) with a changing model directly in a layout: put each in a Column, Row or Flow")
        return 1
    print(f"checked {len(list(root.glob('*.qml')))} QML files: no Repeater with a changing model directly in a layout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
