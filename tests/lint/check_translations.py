#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every user-visible string exists in French and English.

Runs lupdate over the sources into a scratch .ts (so a string added without refreshing the
translations is caught), then checks that each message is present, finished and non-empty in
translations/comptoir_fr.ts and comptoir_en.ts, with placeholders (%1, %n) kept.
Usage: check_translations.py LUPDATE SOURCE_DIR"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            tr = m.find('translation')
            forms = [f.text or '' for f in tr.findall('numerusform')] if m.get('numerus') == 'yes' else [tr.text or '']
            out[(name, m.find('source').text)] = (tr.get('type'), forms)
    return out


def main():
    lupdate, src = sys.argv[1], sys.argv[2]
    files = []
    for top in ('core', 'app/pos', 'qml'):
        for root, _, names in os.walk(os.path.join(src, top)):
            files += [os.path.join(root, n) for n in names if n.endswith(('.cpp', '.h', '.qml'))]
    with tempfile.TemporaryDirectory() as tmp:
        listing = os.path.join(tmp, 'files.lst')
        with open(listing, 'w') as f:
            f.write('\n'.join(sorted(files)))
        scratch = os.path.join(tmp, 'scratch.ts')
        subprocess.run([lupdate, '-silent', '-locations', 'none', '-I', os.path.join(src, 'core'),
                        '-I', os.path.join(src, 'app/pos'), '@' + listing, '-ts', scratch], check=True)
        wanted = messages(scratch)
    problems = []
    for lang in ('fr', 'en'):
        have = messages(os.path.join(src, 'translations', f'comptoir_{lang}.ts'))
        for key, _ in wanted.items():
            if key not in have:
                problems.append(f'{lang}: missing [{key[0]}] {key[1]!r}')
                continue
            kind, forms = have[key]
            if kind in ('unfinished', 'vanished', 'obsolete') or not all(f.strip() for f in forms):
                problems.append(f'{lang}: untranslated [{key[0]}] {key[1]!r}')
                continue
            for placeholder in set(re.findall(r'%(?:\d|n)', key[1])):
                if not all(placeholder in f for f in forms):
                    problems.append(f'{lang}: {placeholder} lost in [{key[0]}] {key[1]!r}')
    for p in problems:
        print(p)
    print(f'{len(wanted)} strings, {len(problems)} problem(s)')
    print('refresh with: cmake --build build/dev --target update_translations, then translate') if problems else None
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
