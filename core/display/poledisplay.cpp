// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/poledisplay.h"

#include "scan/serialscanner.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace comptoir::pole {

namespace {

constexpr char ESC = 0x1b, FF = 0x0c, CR = 0x0d, US = 0x1f;

// Code page 858 (code page 850 with the euro sign at D5) for what a French store writes.
const QHash<char16_t, quint8> &table858()
{
    static const QHash<char16_t, quint8> table {
        {u'é', 0x82},
        {u'è', 0x8a},
        {u'ê', 0x88},
        {u'ë', 0x89},
        {u'à', 0x85},
        {u'â', 0x83},
        {u'ä', 0x84},
        {u'ç', 0x87},
        {u'î', 0x8c},
        {u'ï', 0x8b},
        {u'ô', 0x93},
        {u'ö', 0x94},
        {u'ù', 0x97},
        {u'û', 0x96},
        {u'ü', 0x81},
        {u'ÿ', 0x98},
        {u'É', 0x90},
        {u'È', 0xd4},
        {u'Ê', 0xd2},
        {u'Ë', 0xd3},
        {u'À', 0xb7},
        {u'Â', 0xb6},
        {u'Ç', 0x80},
        {u'Î', 0xd7},
        {u'Ï', 0xd8},
        {u'Ô', 0xe2},
        {u'Ù', 0xeb},
        {u'Û', 0xea},
        {u'Ü', 0x9a},
        {u'€', 0xd5},
        {u'«', 0xae},
        {u'»', 0xaf},
        {u'°', 0xf8},
        {u'×', 0x9e},
    };
    return table;
}

QString transliterated(const QString &text)
{
    QString out;
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x0153:
            out += u"oe"_s;
            break; // œ
        case 0x0152:
            out += u"OE"_s;
            break; // Œ
        case 0x00a0:
        case 0x202f:
        case 0x2009:
            out += u' ';
            break; // the spaces of French numbers
        case 0x2018:
        case 0x2019:
            out += u'\'';
            break;
        case 0x201c:
        case 0x201d:
            out += u'"';
            break;
        case 0x2013:
        case 0x2014:
        case 0x2212:
            out += u'-';
            break;
        case 0x2026:
            out += u"..."_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

QByteArray codePage858(const QString &text, int width)
{
    QByteArray out;
    for (QChar c : transliterated(text)) {
        if (out.size() == width)
            break;
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out.append(char(c.unicode()));
        else
            out.append(char(table858().value(c.unicode(), '?')));
    }
    while (out.size() < width)
        out.append(' ');
    return out;
}

QByteArray initialise(CommandSet set)
{
    if (set == CommandSet::Cd5220)
        return QByteArray() + ESC + '@' + FF;
    // Initialise, code page 858, cursor off, overwrite mode, clear.
    return QByteArray() + ESC + '@' + ESC + 't' + char(19) + US + 'C' + char(0) + US + char(1) + FF;
}

QByteArray lines(CommandSet set, const QString &upper, const QString &lower)
{
    if (set == CommandSet::Cd5220)
        return QByteArray() + ESC + 'Q' + 'A' + codePage858(upper) + CR + ESC + 'Q' + 'B' +
            codePage858(lower) + CR;
    return QByteArray() + US + '$' + char(1) + char(1) + codePage858(upper) + US + '$' + char(1) + char(2) +
        codePage858(lower);
}

std::optional<CommandSet> commandSetNamed(const QString &name)
{
    if (name.compare(u"epson"_s, Qt::CaseInsensitive) == 0)
        return CommandSet::Epson;
    if (name.compare(u"cd5220"_s, Qt::CaseInsensitive) == 0)
        return CommandSet::Cd5220;
    return std::nullopt;
}

} // namespace comptoir::pole

namespace comptoir {

PoleDisplay::PoleDisplay(Config config)
    : m_config(std::move(config))
{
    m_port.setPortName(m_config.portName);
}

std::optional<PoleDisplay::Config> PoleDisplay::parseSpec(const QString &spec)
{
    const QStringList parts = spec.split(u',');
    if (parts.size() > 2)
        return std::nullopt;
    const auto line = SerialScanner::parseSpec(parts[0]);
    if (!line)
        return std::nullopt;
    Config c;
    c.portName = line->portName;
    c.framing = {line->baudRate, line->dataBits, line->parity, line->stopBits};
    if (parts.size() == 2) {
        const auto set = pole::commandSetNamed(parts[1].trimmed());
        if (!set)
            return std::nullopt;
        c.set = *set;
    }
    return c;
}

bool PoleDisplay::show(const QString &upper, const QString &lower)
{
    const QByteArray text = pole::lines(m_config.set, upper, lower);
    if (m_port.isOpen() && text == m_shown)
        return true;
    if (!m_port.isOpen()) {
        if (!openSerialLine(m_port, QIODevice::WriteOnly, m_config.framing)) {
            m_error = m_port.errorString();
            return false;
        }
        if (m_port.write(pole::initialise(m_config.set)) < 0) {
            m_error = m_port.errorString();
            m_port.close();
            return false;
        }
    }
    if (m_port.write(text) != text.size()) {
        m_error = m_port.errorString();
        m_port.close(); // opened again, and initialised, on the next change
        return false;
    }
    m_shown = text;
    m_error.clear();
    return true;
}

} // namespace comptoir
