// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace comptoir {

// A VAT rate in basis points (2000 = 20 %). Prices in Comptoir include VAT, as French retail
// prices do; the VAT of an amount is extracted from it.
class VatRate
{
public:
    constexpr VatRate() = default;
    constexpr explicit VatRate(int basisPoints)
        : m_bp(basisPoints)
    { }

    static constexpr VatRate standard() { return VatRate(2000); } // taux normal
    static constexpr VatRate intermediate() { return VatRate(1000); } // taux intermédiaire
    static constexpr VatRate reduced() { return VatRate(550); } // taux réduit
    static constexpr VatRate superReduced() { return VatRate(210); } // taux particulier
    static constexpr VatRate zero() { return VatRate(0); } // exonéré
    static QList<VatRate> frenchRates();

    static constexpr int kMaxBasisPoints = 10000; // 100 %: no country taxes more

    constexpr int basisPoints() const { return m_bp; }
    // 0 to 100 %: a rate read from a file or a message may be anything.
    constexpr bool isValid() const { return m_bp >= 0 && m_bp <= kMaxBasisPoints; }
    bool isFrench() const;

    // VAT contained in a tax-included amount: gross × rate / (1 + rate), rounded half away
    // from zero to the cent. nullopt for a rate that is not valid or an amount whose VAT does
    // not fit in 64 bits: never a division by zero or an overflow.
    std::optional<qint64> vatOfGross(qint64 grossCents) const;

    // "20 %", "5,5 %" (French) / "20%", "5.5%" (English)
    QString toString(const QLocale &locale = QLocale()) const;
    // Letter printed next to each receipt line and in the VAT table: A = 20 %, B = 10 %, ...
    QChar code() const;
    // Accepts "20", "20%", "5,5", "5.5 %", "0.055"-style fractions are refused (ambiguous).
    static std::optional<VatRate> parse(QStringView text);

    friend constexpr bool operator==(VatRate a, VatRate b) { return a.m_bp == b.m_bp; }
    friend constexpr auto operator<=>(VatRate a, VatRate b) { return a.m_bp <=> b.m_bp; }

private:
    int m_bp = 2000;
};

} // namespace comptoir
