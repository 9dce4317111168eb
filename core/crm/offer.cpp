// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

Error offerError(const QString &id, const QString &why)
{
    return Error {u"offer.invalid"_s, u"offer %1: %2"_s.arg(id, why)};
}

} // namespace

Result<Offer> Offer::fromJson(const QString &id, const QJsonObject &o)
{
    Offer offer;
    offer.id = id;
    offer.title = o.value(u"title"_s).toString();
    offer.description = o.value(u"description"_s).toString();
    offer.startsAt = QDateTime::fromString(o.value(u"starts_at"_s).toString(), Qt::ISODateWithMs);
    offer.endsAt = QDateTime::fromString(o.value(u"ends_at"_s).toString(), Qt::ISODateWithMs);
    offer.singleUse = o.value(u"single_use"_s).toBool(true);
    const QJsonObject target = o.value(u"target"_s).toObject();
    offer.interests = strings(target.value(u"interests"_s));
    offer.tiers = strings(target.value(u"tiers"_s));
    const QJsonObject bought = target.value(u"bought"_s).toObject();
    offer.boughtSkus = strings(bought.value(u"skus"_s));
    offer.boughtWithinDays = int(bought.value(u"within_days"_s).toInteger(0));
    const QJsonObject reward = o.value(u"reward"_s).toObject();
    offer.percentOff = int(reward.value(u"percent_off"_s).toInteger(0));
    offer.category = reward.value(u"category"_s).toString();
    offer.skus = strings(reward.value(u"skus"_s));
    offer.amountOffCents = reward.value(u"amount_off_cents"_s).toInteger(0);
    offer.minBasketCents = reward.value(u"min_basket_cents"_s).toInteger(0);

    if (offer.title.isEmpty())
        return offerError(id, u"no title"_s);
    if ((offer.percentOff > 0) == (offer.amountOffCents > 0))
        return offerError(id, u"the reward is either \"percent_off\" or \"amount_off_cents\""_s);
    if (offer.percentOff < 0 || offer.percentOff > 100)
        return offerError(id, u"\"percent_off\" is from 1 to 100"_s);
    if (offer.amountOffCents < 0 || offer.amountOffCents > 1'000'000 || offer.minBasketCents < 0)
        return offerError(id, u"an amount is negative or over 10,000 €"_s);
    if (!offer.boughtSkus.isEmpty() && (offer.boughtWithinDays < 1 || offer.boughtWithinDays > 3660))
        return offerError(id, u"\"bought\" needs \"within_days\" from 1 to 3660"_s);
    for (const QString &tier : std::as_const(offer.tiers)) {
        if (tier != u"standard"_s && tier != u"premium"_s && tier != u"vip"_s)
            return offerError(id, u"tier \"%1\" is unknown"_s.arg(tier));
    }
    return offer;
}

} // namespace comptoir::crm
