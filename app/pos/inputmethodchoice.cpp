// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputmethodchoice.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace comptoir::pos {

std::optional<KeyboardChoice> parseKeyboardChoice(const QByteArray &text)
{
    if (text == "auto")
        return KeyboardChoice::Auto;
    if (text == "on")
        return KeyboardChoice::On;
    if (text == "off")
        return KeyboardChoice::Off;
    return std::nullopt;
}

std::optional<bool> listsATypingKeyboard(const QByteArray &all)
{
    // One block per device, blank lines between: "H: Handlers=sysrq kbd event0", "B: EV=120013"
    // (EV_SYN, EV_KEY, EV_MSC, EV_LED, EV_REP: a keyboard with lights that repeats keys). A
    // power button also has "kbd", without EV_REP: it does not count.
    if (!all.contains("Handlers="))
        return std::nullopt;
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf("\n\n", start);
        if (end < 0)
            end = all.size();
        const QByteArray block = all.mid(start, end - start);
        bool kbd = false;
        bool repeats = false;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("H: Handlers=")) {
                for (const QByteArray &h : line.mid(12).split(' '))
                    kbd |= h == "kbd";
            } else if (line.startsWith("B: EV=")) {
                bool ok = false;
                const qulonglong ev = line.mid(6).trimmed().toULongLong(&ok, 16);
                repeats = ok && (ev & (1u << 1)) && (ev & (1u << 20)); // EV_KEY and EV_REP
            }
        }
        if (kbd && repeats)
            return true;
        start = end + 2;
    }
    return false;
}

bool wantsOnScreenKeyboard(KeyboardChoice choice, bool tabletLayout, std::optional<bool> typingKeyboard)
{
    switch (choice) {
    case KeyboardChoice::On:
        return true;
    case KeyboardChoice::Off:
        return false;
    case KeyboardChoice::Auto:
        break;
    }
    // Without a listing, keep the system's choice (a desktop's own input method).
    return tabletLayout || (typingKeyboard.has_value() && !*typingKeyboard);
}

QByteArray storedKeyboardChoice(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return {};
    sqlite3 *db = nullptr;
    const QByteArray uri = QFileInfo(path).absoluteFilePath().toUtf8();
    QByteArray value;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 200);
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM settings WHERE key = 'ui.virtual_keyboard'", -1, &q,
                nullptr) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q, 0));
            const int size = sqlite3_column_bytes(q, 0);
            if (text && size > 0 && size <= 16)
                value = QByteArray(text, size);
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(db); // also after a failed open (sqlite3_open_v2 may still give a handle)
    return value;
}

} // namespace comptoir::pos
