// SPDX-License-Identifier: GPL-3.0-or-later
#include "vatrate.h"

#include "money.h"

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

QList<VatRate> VatRate::frenchRates()
{
    return {standard(), intermediate(), reduced(), superReduced(), zero()};
}

bool VatRate::isFrench() const
{
    return frenchRates().contains(*this);
}

std::optional<qint64> VatRate::vatOfGross(qint64 grossCents) const
{
    qint64 scaled = 0;
    if (!isValid() || __builtin_mul_overflow(grossCents, qint64(m_bp), &scaled))
        return std::nullopt;
    return divRoundHalfAway(scaled, 10000 + m_bp);
}

QString VatRate::toString(const QLocale &locale) const
{
    QString number = locale.toString(m_bp / 100);
    if (m_bp % 100) {
        QString frac = u"%1"_s.arg(m_bp % 100, 2, 10, QLatin1Char('0'));
        if (frac.endsWith(u'0'))
            frac.chop(1);
        number += locale.decimalPoint() + frac;
    }
    return locale.language() == QLocale::French ? QString(number + QChar(0x202F) + u'%')
                                                : QString(number + u'%');
}

QChar VatRate::code() const
{
    switch (m_bp) {
    case 2000:
        return u'A';
    case 1000:
        return u'B';
    case 550:
        return u'C';
    case 210:
        return u'D';
    case 0:
        return u'E';
    default:
        return u'X';
    }
}

std::optional<VatRate> VatRate::parse(QStringView text)
{
    QString s = text.toString().trimmed();
    if (s.endsWith(u'%'))
        s.chop(1);
    s = s.trimmed();
    const auto m = Money::parse(s); // "5,5" parses as 550 hundredths: the basis points we want
    if (!m || m->isNegative() || m->cents() > 10000)
        return std::nullopt;
    return VatRate(int(m->cents()));
}

} // namespace comptoir
