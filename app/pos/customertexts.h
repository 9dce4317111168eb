// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crm/customer.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace comptoir {

// Customers in the clerk's language, for the customer bar and panel.
class CustomerTexts
{
    Q_DECLARE_TR_FUNCTIONS(comptoir::CustomerTexts)

public:
    // Contact details formatted, consents (the latest say per purpose and channel) and
    // interests named. Keys: id, name, tierText, premium, points, cards, phone, email,
    // consents [{text, granted, date}], interests [text], notes.
    static QVariantMap details(const crm::Customer &customer);
    // A line of search results: id, name, detail (phone · e-mail · card), premium.
    static QVariantMap searchResult(const crm::Customer &customer);

    static QString purpose(const QString &purpose);
    static QString channel(const QString &channel);
    static QString interest(const QString &interest);
    static QString tier(crm::Tier tier); // empty for standard
};

} // namespace comptoir
