// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertexts.h"

#include "crm/customertext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

using Names = std::initializer_list<std::pair<const char *, const char *>>;

// The clerk's words for a vocabulary of head office's; a word head office added since is
// shown as it is named.
QString nameFrom(const Names &names, const QString &key)
{
    for (const auto &[word, name] : names) {
        if (key == QLatin1StringView(word))
            return QCoreApplication::translate("comptoir::CustomerTexts", name);
    }
    return key;
}

} // namespace

QString CustomerTexts::purpose(const QString &purpose)
{
    return nameFrom(
        {{"marketing", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Marketing messages")},
            {"personalised-offers", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Personalised offers")},
            {"analytics", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Purchase analysis")}},
        purpose);
}

QString CustomerTexts::channel(const QString &channel)
{
    return nameFrom({{"email", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "by e-mail")},
                        {"sms", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "by SMS")},
                        {"post", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "by post")},
                        {"in-store", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "in store")},
                        {"any", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "all channels")}},
        channel);
}

QString CustomerTexts::interest(const QString &interest)
{
    return nameFrom({{"fashion", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Fashion")},
                        {"sport", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Sport")},
                        {"fine-food", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Fine food")},
                        {"wine", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Wine")},
                        {"books", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Books")},
                        {"home", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Home")},
                        {"kids", QT_TRANSLATE_NOOP("comptoir::CustomerTexts", "Children")}},
        interest);
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

QVariantMap CustomerTexts::searchResult(const crm::Customer &c)
{
    QStringList detail;
    if (!c.phone.isEmpty())
        detail << crm::formatPhone(crm::phoneKey(c.phone));
    if (!c.email.isEmpty())
        detail << c.email;
    if (!c.cards.isEmpty())
        detail << tr("card %1").arg(c.cards.first());
    return {{u"id"_s, c.id}, {u"name"_s, c.displayName}, {u"detail"_s, detail.join(u" · "_s)},
        {u"premium"_s, c.isPremium()}};
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
