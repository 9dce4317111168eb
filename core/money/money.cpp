// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

qint64 divRoundHalfAway(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 q = numerator / denominator;
    const qint64 r = numerator % denominator;
    if (2 * (r < 0 ? -r : r) >= denominator)
        return numerator < 0 ? q - 1 : q + 1;
    return q;
}

QString Money::toPlainString(const QLocale &locale) const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    QString units = locale.toString(a / 100);
    if (locale.numberOptions() & QLocale::OmitGroupSeparator)
        units.remove(locale.groupSeparator());
    const QString cents = u"%1"_s.arg(a % 100, 2, 10, QLatin1Char('0'));
    return (m_cents < 0 ? locale.negativeSign() : QString()) + units + locale.decimalPoint() + cents;
}

QString Money::toString(const QLocale &locale) const
{
    const qint64 a = m_cents < 0 ? -m_cents : m_cents;
    const QString number = u"%1%2%3"_s.arg(locale.toString(a / 100), locale.decimalPoint())
                               .arg(a % 100, 2, 10, QLatin1Char('0'));
    const QString sign = m_cents < 0 ? locale.negativeSign() : QString();
    if (locale.language() == QLocale::French)
        return sign + number + QChar(0x202F) + u"€"_s; // narrow no-break space, as in French typography
    return sign + u"€"_s + number;
}

std::optional<Money> Money::parse(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0) || c == u'€')
            continue;
        s.append(c);
    }
    if (s.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype sep = [&] {
        const qsizetype comma = s.lastIndexOf(u',');
        const qsizetype dot = s.lastIndexOf(u'.');
        return std::max(comma, dot);
    }();
    const QString units = sep < 0 ? s : s.left(sep);
    QString decimals = sep < 0 ? QString() : s.mid(sep + 1);
    if (units.isEmpty() && decimals.isEmpty())
        return std::nullopt;
    if (decimals.size() > 2)
        return std::nullopt;
    for (const QString &part : {units, decimals}) {
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
    }
    if (units.size() > 13) // keeps cents well inside qint64
        return std::nullopt;
    while (decimals.size() < 2)
        decimals.append(u'0');
    const qint64 cents = (units.isEmpty() ? 0 : units.toLongLong()) * 100 + decimals.toLongLong();
    return Money::fromCents(negative ? -cents : cents);
}

} // namespace comptoir
