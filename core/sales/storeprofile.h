// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

namespace comptoir {

class SettingsTable;

// Who is selling: the store's legal identity printed on receipts, and this register.
struct StoreProfile
{
    QString storeId = QStringLiteral("store-1");
    QString registerId = QStringLiteral("01");
    QString storeName = QStringLiteral("Comptoir");
    QStringList address;
    QString siret; // French company establishment number
    QString vatNumber; // intra-EU VAT number
    QString phone;
    QString receiptFooter;
    bool training = false; // demo/training data: never mixed with real fiscal data

    static StoreProfile load(const SettingsTable &settings);
    Status save(SettingsTable &settings) const;

    friend bool operator==(const StoreProfile &, const StoreProfile &) = default;
};

} // namespace comptoir
