// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace comptoir {

// What an ESC/POS printer answers to DLE EOT 1, 2 and 4 (../shared/specs/beyond-the-counter.md
// §3). Every genuine reply has bits 1 and 4 set and bits 0 and 7 clear: a byte that does not
// (an echo, noise) is refused rather than read as a state.
struct PrinterStatus
{
    bool offline = false; // DLE EOT 1, bit 3
    bool drawerOpen = false; // DLE EOT 1, bit 2 (the drawer's switch, where there is one)
    bool coverOpen = false; // DLE EOT 2, bit 2
    bool paperEnd = false; // DLE EOT 2, bit 5 (printing stopped) or DLE EOT 4, bits 5-6
    bool error = false; // DLE EOT 2, bit 6
    bool paperNearEnd = false; // DLE EOT 4, bits 2-3

    static bool isReply(unsigned char byte) { return (byte & 0x93) == 0x12; }
    // Adds what the reply to DLE EOT `n` says; false for a byte that is no reply.
    bool read(int n, unsigned char byte);

    // A receipt may be printed now (paper near its end still prints).
    bool ready() const { return !offline && !coverOpen && !paperEnd && !error; }
    // For the clerk, in their language: "Paper out", "Cover open", ... ; "Ready" when ready.
    QString text() const;
    QString key() const; // "ready", "paper-out", "cover-open", "error", "offline", "paper-low"

    friend bool operator==(const PrinterStatus &, const PrinterStatus &) = default;
};

} // namespace comptoir
