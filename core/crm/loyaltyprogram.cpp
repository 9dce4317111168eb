// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyaltyprogram.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

Result<LoyaltyProgram> LoyaltyProgram::fromJson(const QJsonObject &o)
{
    LoyaltyProgram p;
    p.enabled = o.value(u"enabled"_s).toBool(true);
    const auto whole = [&](const QString &field, qint64 low, qint64 high, qint64 &out) -> QString {
        const QJsonValue v = o.value(field);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < low ||
            v.toInteger() > high)
            return u"\"%1\" is not a whole number from %2 to %3"_s.arg(field).arg(low).arg(high);
        out = v.toInteger();
        return {};
    };
    for (const QString &why : {whole(u"points_per_euro"_s, 0, 1000, p.pointsPerEuro),
             whole(u"point_value_cents"_s, 1, 10000, p.pointValueCents)}) {
        if (!why.isEmpty())
            return Error {u"loyalty.program"_s, why};
    }
    if (o.contains(u"enabled"_s) && !o.value(u"enabled"_s).isBool())
        return Error {u"loyalty.program"_s, u"\"enabled\" is not true or false"_s};
    return p;
}

QJsonObject LoyaltyProgram::toJson() const
{
    return {{u"enabled"_s, enabled}, {u"points_per_euro"_s, pointsPerEuro},
        {u"point_value_cents"_s, pointValueCents}};
}

LoyaltyProgram LoyaltyProgram::fromSetting(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return {};
    auto program = fromJson(o);
    return program ? program.value() : LoyaltyProgram {};
}

qint64 LoyaltyProgram::pointsEarnedOn(Money paid) const
{
    if (!enabled)
        return 0;
    return paid.cents() / 100 * pointsPerEuro; // C++ division truncates towards zero
}

std::optional<qint64> LoyaltyProgram::pointsFor(Money amount) const
{
    if (pointValueCents <= 0 || amount.cents() % pointValueCents != 0)
        return std::nullopt;
    return amount.cents() / pointValueCents;
}

} // namespace comptoir::crm
