// SPDX-License-Identifier: GPL-3.0-or-later
#include "escpos.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

// Code page 858 (850 with € at 0xD5), bytes 0x80 to 0xFF: the Unicode character each prints.
constexpr char16_t kCp858[128] = {
    0x00C7,
    0x00FC,
    0x00E9,
    0x00E2,
    0x00E4,
    0x00E0,
    0x00E5,
    0x00E7,
    0x00EA,
    0x00EB,
    0x00E8,
    0x00EF,
    0x00EE,
    0x00EC,
    0x00C4,
    0x00C5,
    0x00C9,
    0x00E6,
    0x00C6,
    0x00F4,
    0x00F6,
    0x00F2,
    0x00FB,
    0x00F9,
    0x00FF,
    0x00D6,
    0x00DC,
    0x00F8,
    0x00A3,
    0x00D8,
    0x00D7,
    0x0192,
    0x00E1,
    0x00ED,
    0x00F3,
    0x00FA,
    0x00F1,
    0x00D1,
    0x00AA,
    0x00BA,
    0x00BF,
    0x00AE,
    0x00AC,
    0x00BD,
    0x00BC,
    0x00A1,
    0x00AB,
    0x00BB,
    0x2591,
    0x2592,
    0x2593,
    0x2502,
    0x2524,
    0x00C1,
    0x00C2,
    0x00C0,
    0x00A9,
    0x2563,
    0x2551,
    0x2557,
    0x255D,
    0x00A2,
    0x00A5,
    0x2510,
    0x2514,
    0x2534,
    0x252C,
    0x251C,
    0x2500,
    0x253C,
    0x00E3,
    0x00C3,
    0x255A,
    0x2554,
    0x2569,
    0x2566,
    0x2560,
    0x2550,
    0x256C,
    0x00A4,
    0x00F0,
    0x00D0,
    0x00CA,
    0x00CB,
    0x00C8,
    0x20AC,
    0x00CD,
    0x00CE,
    0x00CF,
    0x2518,
    0x250C,
    0x2588,
    0x2584,
    0x00A6,
    0x00CC,
    0x2580,
    0x00D3,
    0x00DF,
    0x00D4,
    0x00D2,
    0x00F5,
    0x00D5,
    0x00B5,
    0x00FE,
    0x00DE,
    0x00DA,
    0x00DB,
    0x00D9,
    0x00FD,
    0x00DD,
    0x00AF,
    0x00B4,
    0x00AD,
    0x00B1,
    0x2017,
    0x00BE,
    0x00B6,
    0x00A7,
    0x00F7,
    0x00B8,
    0x00B0,
    0x00A8,
    0x00B7,
    0x00B9,
    0x00B3,
    0x00B2,
    0x25A0,
    0x00A0,
};

const QHash<char16_t, char> &cp858Bytes()
{
    static const QHash<char16_t, char> bytes = [] {
        QHash<char16_t, char> h;
        for (int i = 0; i < 128; ++i)
            h.insert(kCp858[i], char(0x80 + i));
        return h;
    }();
    return bytes;
}

} // namespace

QByteArray EscPos::cp858(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += char(u);
            continue;
        }
        switch (u) {
        case 0x00A0: // no-break spaces (French number formats) print as spaces
        case 0x202F:
        case 0x2009:
            out += ' ';
            continue;
        case u'œ':
            out += "oe";
            continue;
        case u'Œ':
            out += "OE";
            continue;
        case u'…':
            out += "...";
            continue;
        case u'’':
        case u'‘':
            out += '\'';
            continue;
        case u'“':
        case u'”':
            out += '"';
            continue;
        case u'–':
        case u'—':
            out += '-';
            continue;
        default:
            break;
        }
        out += cp858Bytes().value(u, '?');
    }
    return out;
}

QByteArray EscPos::statusQuery(int n)
{
    return QByteArray("\x10\x04", 2) + char(qBound(1, n, 4));
}

EscPos &EscPos::initialize()
{
    m_out += "\x1b\x40"; // ESC @
    m_out += "\x1b\x74\x13"; // ESC t 19: PC858
    return *this;
}

EscPos &EscPos::text(const QString &text)
{
    m_out += cp858(text);
    return *this;
}

EscPos &EscPos::align(Align align)
{
    m_out += "\x1b\x61";
    m_out += char(int(align));
    return *this;
}

EscPos &EscPos::bold(bool on)
{
    m_out += "\x1b\x45";
    m_out += char(on ? 1 : 0);
    return *this;
}

EscPos &EscPos::qrCode(const QByteArray &data, int moduleSize, char errorLevel)
{
    if (data.isEmpty() || data.size() > 7089)
        return *this;
    const auto gsK = [this](const QByteArray &body) {
        m_out += "\x1d\x28\x6b";
        m_out += char(body.size() & 0xFF);
        m_out += char((body.size() >> 8) & 0xFF);
        m_out += body;
    };
    gsK(QByteArray("\x31\x41\x32\x00", 4)); // model 2
    gsK(QByteArray("\x31\x43", 2) + char(qBound(1, moduleSize, 16))); // module size
    const int level = QByteArrayView("LMQH").indexOf(errorLevel);
    gsK(QByteArray("\x31\x45", 2) + char(0x30 + (level < 0 ? 1 : level))); // error correction
    gsK(QByteArray("\x31\x50\x30", 3) + data); // store
    gsK(QByteArray("\x31\x51\x30", 3)); // print
    return *this;
}

EscPos &EscPos::pulse(int pin, int onMs, int offMs)
{
    m_out += "\x1b\x70";
    m_out += char(pin == 1 ? 1 : 0);
    m_out += char(qBound(1, onMs / 2, 255));
    m_out += char(qBound(1, offMs / 2, 255));
    return *this;
}

EscPos &EscPos::feed(int lines)
{
    m_out += "\x1b\x64"; // ESC d n
    m_out += char(qBound(0, lines, 255));
    return *this;
}

EscPos &EscPos::cut(bool partial)
{
    m_out += "\x1d\x56";
    m_out += char(partial ? 1 : 0);
    return *this;
}

EscPos &EscPos::raw(const QByteArray &bytes)
{
    m_out += bytes;
    return *this;
}

} // namespace comptoir
