// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace comptoir {

// ESC/POS commands for Epson-compatible receipt printers (TM-T20/T88 family), as documented in
// ../shared/specs/beyond-the-counter.md §3: text in code page PC858 (Latin-1 letters and €),
// alignment and bold, the ticket's QR code (the printer draws it), the drawer pulse, feed and
// cut, and the real-time status queries (DLE EOT).
class EscPos
{
public:
    enum class Align { Left = 0, Center = 1, Right = 2 };

    EscPos &initialize(); // ESC @, then ESC t 19 (PC858)
    EscPos &text(const QString &text); // in PC858; a line feed for each '\n'
    EscPos &line(const QString &s) { return text(s + u'\n'); }
    EscPos &align(Align align);
    EscPos &bold(bool on);
    // A native QR code (model 2): module size 1 to 16 dots, error level 'L', 'M', 'Q' or 'H'.
    // At most 7,089 bytes (the symbol's limit); nothing is added for more.
    EscPos &qrCode(const QByteArray &data, int moduleSize = 6, char errorLevel = 'M');
    // Opens the drawer on connector pin 2 (0) or 5 (1): on for `onMs`, off for `offMs`
    // (2 ms steps, at most 510 ms each).
    EscPos &pulse(int pin = 0, int onMs = 100, int offMs = 500);
    EscPos &feed(int lines);
    EscPos &cut(bool partial = true);
    EscPos &raw(const QByteArray &bytes);
    QByteArray bytes() const { return m_out; }

    // The text in PC858: characters it lacks become their nearest ASCII ("œ" as "oe"), else '?'.
    static QByteArray cp858(const QString &text);
    // DLE EOT n: the printer (1), offline cause (2), error cause (3), paper sensor (4).
    static QByteArray statusQuery(int n);

private:
    QByteArray m_out;
};

} // namespace comptoir
