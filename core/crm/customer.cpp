// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Premium:
        return u"premium"_s;
    case Tier::Vip:
        return u"vip"_s;
    case Tier::Standard:
        break;
    }
    return u"standard"_s;
}

Tier tierFromName(QStringView name)
{
    if (name == u"premium")
        return Tier::Premium;
    if (name == u"vip")
        return Tier::Vip;
    return Tier::Standard;
}

bool Customer::consentsTo(QStringView purpose, QStringView channel) const
{
    const Consent *latest = nullptr;
    for (const Consent &c : consents) {
        if (c.purpose != purpose || (c.channel != channel && c.channel != u"any"))
            continue;
        if (!latest || c.at >= latest->at)
            latest = &c;
    }
    return latest && latest->granted;
}

Customer Customer::fromJson(const QString &id, const QJsonObject &r)
{
    Customer c;
    c.id = id;
    c.displayName = r.value(u"display_name"_s).toString();
    c.firstName = r.value(u"first_name"_s).toString();
    c.lastName = r.value(u"last_name"_s).toString();
    c.phone = r.value(u"phone"_s).toString();
    c.email = r.value(u"email"_s).toString();
    c.tier = tierFromName(r.value(u"tier"_s).toString());
    c.points = r.value(u"points"_s).toInteger();
    c.offlineRedeemCents = r.value(u"offline_redeem_cents"_s).toInteger();
    for (const QJsonValue &v : r.value(u"consents"_s).toArray()) {
        const QJsonObject o = v.toObject();
        c.consents.append({o.value(u"purpose"_s).toString(), o.value(u"channel"_s).toString(u"any"_s),
            o.value(u"granted"_s).toBool(),
            QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs),
            o.value(u"source"_s).toString()});
    }
    for (const QJsonValue &v : r.value(u"interests"_s).toArray())
        c.interests << v.toString();
    c.notes = r.value(u"notes"_s).toString();
    c.homeStore = r.value(u"home_store"_s).toString();
    for (const QJsonValue &v : r.value(u"cards"_s).toArray())
        c.cards << v.toString();
    for (const QJsonValue &v : r.value(u"purchases"_s).toArray()) {
        const QJsonObject p = v.toObject();
        c.purchases.append({p.value(u"sku"_s).toString(),
            QDateTime::fromString(p.value(u"at"_s).toString(), Qt::ISODateWithMs)});
    }
    for (const QJsonValue &v : r.value(u"used_offers"_s).toArray())
        c.usedOffers << v.toString();
    return c;
}

QJsonObject Customer::toJson() const
{
    QJsonArray consentList;
    for (const Consent &c : consents) {
        QJsonObject o {{u"purpose"_s, c.purpose}, {u"channel"_s, c.channel}, {u"granted"_s, c.granted}};
        if (c.at.isValid())
            o.insert(u"at"_s, c.at.toUTC().toString(Qt::ISODate));
        if (!c.source.isEmpty())
            o.insert(u"source"_s, c.source);
        consentList.append(o);
    }
    QJsonObject o {{u"display_name"_s, displayName}, {u"tier"_s, tierName(tier)}, {u"points"_s, points},
        {u"consents"_s, consentList}, {u"interests"_s, QJsonArray::fromStringList(interests)},
        {u"cards"_s, QJsonArray::fromStringList(cards)}};
    const auto optional = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    optional(u"first_name"_s, firstName);
    optional(u"last_name"_s, lastName);
    optional(u"phone"_s, phone);
    optional(u"email"_s, email);
    optional(u"notes"_s, notes);
    optional(u"home_store"_s, homeStore);
    if (offlineRedeemCents > 0)
        o.insert(u"offline_redeem_cents"_s, offlineRedeemCents);
    if (!purchases.isEmpty()) {
        QJsonArray list;
        for (const auto &[sku, at] : purchases)
            list.append(QJsonObject {{u"sku"_s, sku}, {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)}});
        o.insert(u"purchases"_s, list);
    }
    if (!usedOffers.isEmpty())
        o.insert(u"used_offers"_s, QJsonArray::fromStringList(usedOffers));
    return o;
}

} // namespace comptoir::crm
