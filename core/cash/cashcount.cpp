// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashcount.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {
bool isEuro(int cents)
{
    return std::find(kEuroDenominations.begin(), kEuroDenominations.end(), cents) != kEuroDenominations.end();
}

Error countError()
{
    return {u"cash.count"_s,
        QCoreApplication::translate("comptoir::CashCount",
            "A count is a whole number of euro coins or notes of each value, from 0 to %1.")
            .arg(CashCount::MaxPieces)};
}
} // namespace

std::optional<Money> CashCount::total() const
{
    qint64 sum = 0;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        if (!isEuro(it.key()) || it.value() < 0 || it.value() > MaxPieces)
            return std::nullopt;
        // At most 100,000 × 50,000 cents per denomination: no overflow in 64 bits.
        sum += qint64(it.key()) * it.value();
    }
    return Money::fromCents(sum);
}

Result<CashCount> CashCount::fromJson(const QJsonObject &o)
{
    CashCount c;
    if (o.size() > int(kEuroDenominations.size()))
        return countError();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int cents = it.key().toInt(&ok);
        const QJsonValue v = it.value();
        if (!ok || !isEuro(cents) || !v.isDouble() || v.toDouble() != double(v.toInteger()) ||
            v.toInteger() < 0 || v.toInteger() > MaxPieces)
            return countError();
        c.pieces.insert(cents, v.toInteger());
    }
    return c;
}

QJsonObject CashCount::toJson() const
{
    QJsonObject o;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        if (it.value() != 0)
            o.insert(QString::number(it.key()), it.value());
    }
    return o;
}

} // namespace comptoir
