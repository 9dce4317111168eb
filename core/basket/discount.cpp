// SPDX-License-Identifier: GPL-3.0-or-later
#include "discount.h"

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Money Discount::on(Money base) const
{
    if (isNone() || base.cents() <= 0)
        return {};
    const Money d = kind == Kind::Percent ? base.percent(value) : Money::fromCents(value);
    return d > base ? base : d;
}

QJsonObject Discount::toJson() const
{
    if (isNone())
        return {};
    return {{u"kind"_s, kind == Kind::Percent ? u"percent"_s : u"amount"_s}, {u"value"_s, value}};
}

Discount Discount::fromJson(const QJsonObject &o)
{
    const QString kind = o.value(u"kind"_s).toString();
    const qint64 v = o.value(u"value"_s).toInteger();
    if (kind == u"percent"_s)
        return percent(v);
    if (kind == u"amount"_s)
        return {Kind::Amount, v};
    return {};
}

} // namespace comptoir
