// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/serialline.h"

#include <QByteArray>
#include <QSerialPort>
#include <QString>

#include <optional>

// A customer pole display: two lines of 20 characters (VFD or LCD) on a serial line. Two
// command sets cover most of them (facts from Epson's DM-D110 reference, the Partner Tech CD5220
// and POS-X manuals, LCDproc's serialPOS drivers):
// - Epson ESC/POS display: ESC @ initialises; ESC t 19 selects code page 858 (€ D5, é 82);
//   US C 0 hides the cursor; US MD1 overwrites; FF clears; US $ x y (binary, 1-based) places the
//   cursor, then the line's 20 characters.
// - CD5220: ESC @, FF; ESC Q A + 20 characters + CR writes the upper line, ESC Q B the lower.
namespace comptoir::pole {

enum class CommandSet { Epson, Cd5220 };

inline constexpr int kColumns = 20;

// TEXT in code page 858 (the Latin-1 letters of French, €), what has no place in it
// transliterated (œ as oe, curly quotes as straight ones) or '?'; cut or padded to kColumns.
QByteArray codePage858(const QString &text, int width = kColumns);

QByteArray initialise(CommandSet set);
QByteArray lines(CommandSet set, const QString &upper, const QString &lower);

std::optional<CommandSet> commandSetNamed(const QString &name); // "epson", "cd5220"

} // namespace comptoir::pole

namespace comptoir {

// The display on its serial line: opened on first use and again after an error, initialised
// once per opening, and written only when its text changes.
class PoleDisplay
{
public:
    struct Config
    {
        QString portName;
        SerialFraming framing; // 9600 8N1
        pole::CommandSet set = pole::CommandSet::Epson;
    };
    explicit PoleDisplay(Config config);

    // "/dev/ttyUSB1" or "/dev/ttyUSB1:9600:8N1", then ",epson" or ",cd5220"; nullopt if malformed.
    static std::optional<Config> parseSpec(const QString &spec);

    // False with error() when the display cannot be written to.
    bool show(const QString &upper, const QString &lower);
    QString error() const { return m_error; }
    const Config &config() const { return m_config; }

private:
    Config m_config;
    QSerialPort m_port;
    QByteArray m_shown;
    QString m_error;
};

} // namespace comptoir
