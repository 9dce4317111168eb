// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace comptoir {

// Integer division rounded half away from zero: the rounding rule of every money
// computation in Comptoir (README, "Rounding").
qint64 divRoundHalfAway(qint64 numerator, qint64 denominator);

// An amount of money in minor units (cents). Never a floating-point number.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents)
    {
        Money m;
        m.m_cents = cents;
        return m;
    }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return fromCents(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return fromCents(m_cents - o.m_cents); }
    constexpr Money operator-() const { return fromCents(-m_cents); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // Unit price times a quantity in thousandths (1000 = one piece or one kilogram).
    Money timesMilli(qint64 quantityMilli) const
    {
        return fromCents(divRoundHalfAway(m_cents * quantityMilli, 1000));
    }
    // A percentage given in basis points (1250 = 12.50 %) of this amount.
    Money percent(qint64 basisPoints) const
    {
        return fromCents(divRoundHalfAway(m_cents * basisPoints, 10000));
    }

    // "12,50 €" in French, "€12.50" in English; currency is EUR (the first market).
    QString toString(const QLocale &locale = QLocale()) const;
    // "12,50" / "12.50": the number only, as typed on a keypad.
    QString toPlainString(const QLocale &locale = QLocale()) const;
    // Parses what a clerk types: "12", "12,5", "12.50", "-3,20", "1 234,56". Rejects anything
    // with more than two decimals or that is not a number.
    static std::optional<Money> parse(QStringView text);

private:
    qint64 m_cents = 0;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::Money)
