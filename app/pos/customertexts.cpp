// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertexts.h"

#include "crm/customertext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

QString CustomerTexts::purpose(const QString &purpose)
{
    if (purpose == u"marketing"_s)
        return tr("Marketing messages");
    if (purpose == u"personalised-offers"_s)
        return tr("Personalised offers");
    if (purpose == u"analytics"_s)
        return tr("Purchase analysis");
    return purpose;
}

QString CustomerTexts::channel(const QString &channel)
{
    if (channel == u"email"_s)
        return tr("by e-mail");
    if (channel == u"sms"_s)
        return tr("by SMS");
    if (channel == u"post"_s)
        return tr("by post");
    if (channel == u"in-store"_s)
        return tr("in store");
    if (channel == u"any"_s)
        return tr("all channels");
    return channel;
}

QString CustomerTexts::interest(const QString &interest)
{
    static const std::pair<const char *, const char *> names[] = {
        {"fashion", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Fashion")},
        {"sport", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Sport")},
        {"fine-food", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Fine food")},
        {"wine", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Wine")},
        {"books", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Books")},
        {"home", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Home")},
        {"kids", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Children")},
    };
    for (const auto &[key, name] : names) {
        if (interest == QLatin1StringView(key))
            return tr(name);
    }
    return interest; // a segment head office added since: shown as it is named
}

QString CustomerTexts::tier(crm::Tier tier)
{
    switch (tier) {
    case crm::Tier::Premium:
        return tr("Premium");
    case crm::Tier::Vip:
        return tr("VIP");
    case crm::Tier::Standard:
        break;
    }
    return {};
}

QVariantMap CustomerTexts::details(const crm::Customer &c)
{
    // The latest say per purpose and channel, purposes in a fixed order.
    QList<crm::Consent> latest;
    for (const crm::Consent &consent : c.consents) {
        auto same = std::find_if(latest.begin(), latest.end(), [&](const crm::Consent &l) {
            return l.purpose == consent.purpose && l.channel == consent.channel;
        });
        if (same == latest.end())
            latest.append(consent);
        else if (consent.at >= same->at)
            *same = consent;
    }
    std::stable_sort(latest.begin(), latest.end(),
        [](const crm::Consent &a, const crm::Consent &b) { return a.purpose < b.purpose; });
    const QLocale locale;
    QVariantList consents;
    for (const crm::Consent &consent : std::as_const(latest)) {
        consents.append(QVariantMap {
            {u"text"_s, u"%1, %2"_s.arg(purpose(consent.purpose), channel(consent.channel))},
            {u"granted"_s, consent.granted},
            {u"date"_s,
                consent.at.isValid() ? locale.toString(consent.at.toLocalTime().date(), QLocale::ShortFormat)
                                     : QString()},
        });
    }
    QStringList interests;
    for (const QString &interest : c.interests)
        interests << CustomerTexts::interest(interest);
    return {
        {u"id"_s, c.id},
        {u"name"_s, c.displayName},
        {u"tierText"_s, tier(c.tier)},
        {u"premium"_s, c.isPremium()},
        {u"points"_s, c.points},
        {u"cards"_s, c.cards},
        {u"phone"_s, c.phone.isEmpty() ? QString() : crm::formatPhone(crm::phoneKey(c.phone))},
        {u"email"_s, c.email},
        {u"consents"_s, consents},
        {u"interests"_s, interests},
        {u"notes"_s, c.notes},
    };
}

} // namespace comptoir
