#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations over to strings that moved to another class (another context).

lupdate runs with -no-obsolete: a string moved from one class to another comes back
unfinished in its new context and its translation is dropped. Give this script the .ts files
as they were before the refresh (for example from git) and it fills each unfinished message
whose source text had a finished translation anywhere before, then lists what is left.
Usage: carry_over.py OLD.ts NEW.ts   (NEW.ts is rewritten in place)"""
import sys
import xml.etree.ElementTree as ET


def finished(path):
    known = {}
    for m in ET.parse(path).getroot().iter('message'):
        tr = m.find('translation')
        if tr is not None and tr.get('type') not in ('unfinished', 'vanished', 'obsolete'):
            known.setdefault((m.find('source').text, m.get('numerus')), tr)
    return known


def main():
    old, new = sys.argv[1], sys.argv[2]
    known = finished(old)
    tree = ET.parse(new)
    carried, left = 0, []
    for ctx in tree.getroot().iter('context'):
        for m in ctx.iter('message'):
            tr = m.find('translation')
            if tr.get('type') != 'unfinished':
                continue
            source = m.find('source').text
            found = known.get((source, m.get('numerus')))
            if found is None:
                left.append(f"[{ctx.find('name').text}] {source!r}")
                continue
            m.remove(tr)
            copy = ET.fromstring(ET.tostring(found))
            copy.tail = tr.tail
            m.append(copy)
            carried += 1
    ET.indent(tree, space='    ')  # the layout the .ts files are kept in
    with open(new, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    print(f'{new}: {carried} carried over, {len(left)} to translate')
    for line in left:
        print('  ' + line)


if __name__ == '__main__':
    main()
