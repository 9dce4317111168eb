// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::crm {

// A customer's say on one use of their data (GDPR): a purpose ("marketing",
// "personalised-offers", "analytics") through a channel ("email", "sms", "post", "in-store",
// "any"), granted or withdrawn, when and where it was given.
struct Consent
{
    QString purpose;
    QString channel = QStringLiteral("any");
    bool granted = false;
    QDateTime at;
    QString source; // "store", "web", "app", ...

    friend bool operator==(const Consent &, const Consent &) = default;
};

enum class Tier { Standard, Premium, Vip };

// A customer as the register knows them: head office's record (the customers feed; see
// sync/changefeeds.h for its JSON) as last received.
struct Customer
{
    QString id; // head office's ("C-000001")
    QString displayName;
    QString firstName;
    QString lastName;
    QString phone; // as entered
    QString email;
    Tier tier = Tier::Standard;
    qint64 points = 0;
    qint64 offlineRedeemCents = 0; // what may be redeemed while head office cannot confirm
    QList<Consent> consents;
    QStringList interests; // opt-in segments: "fashion", "sport", "fine-food", ...
    QString notes; // the store's
    QString homeStore;
    QStringList cards;
    // Kept by head office for personalised offers, with the customer's consent only: the
    // latest purchase of each product (most recent first) and the single-use offers used.
    QList<std::pair<QString, QDateTime>> purchases;
    QStringList usedOffers;
    qint64 hqRevision = 0;

    bool isPremium() const { return tier != Tier::Standard; }
    // The latest say on `purpose` through `channel` (or through "any"); no say is a refusal.
    bool consentsTo(QStringView purpose, QStringView channel = u"any") const;

    static Customer fromJson(const QString &id, const QJsonObject &record);
    QJsonObject toJson() const;

    friend bool operator==(const Customer &, const Customer &) = default;
};

QString tierName(Tier tier); // "standard", "premium", "vip"
Tier tierFromName(QStringView name); // unknown: Standard

} // namespace comptoir::crm
