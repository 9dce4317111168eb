// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "counter/quickkeyset.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace comptoir {

struct QuickKey
{
    enum class Kind { Product, Department, Misc };
    Kind kind = Kind::Product;
    Product product; // Kind::Product
    QString code; // department: category code; misc: "misc"
    QString name;
    VatRate vat; // department and misc
    QString color;
};

// An amount typed for a department or the miscellaneous key, checked: what the basket gets.
struct OpenAmount
{
    QString sku; // "DEPT-<category code>" or "MISC"
    QString name;
    Money amount;
    VatRate vat;
};

// The favourites page as the register shows it, and a manager's edits (QuickKeySet).
class QuickKeys
{
public:
    static constexpr auto kSettingKey = QuickKeySet::kSettingKey;
    static constexpr auto kMiscCode = "misc";

    QuickKeys(QSqlDatabase db, const Catalog &catalog);

    QuickKeySet load() const; // the stored set, or the defaults
    Status save(const QuickKeySet &set);

    // Favourites that sell (unknown or retired SKUs are left out), then the departments in
    // the categories' order, then the miscellaneous key (`miscName`, translated by the caller).
    QList<QuickKey> page(const QString &miscName) const;

    // A manager's edits; refused with a message when they make no sense.
    Status addFavourite(const QString &sku);
    Status removeFavourite(const QString &sku);
    Status moveFavourite(const QString &sku, int toIndex);
    // A tap while editing: on the page if it was not, off it if it was; true when added.
    Result<bool> toggleFavourite(const QString &sku);
    // An arrow: `delta` places earlier (< 0) or later, stopping at the ends.
    Status moveFavouriteBy(const QString &sku, int delta);

    // `code`: a department's category code or kMiscCode; `vat`: for the misc key only (none:
    // the store's misc rate). `amountText` as the clerk typed it ("3,50").
    Result<OpenAmount> openAmount(const QString &code, const QString &amountText,
        std::optional<VatRate> vat = std::nullopt, const QString &miscName = {}) const;

private:
    QSqlDatabase m_db;
    const Catalog &m_catalog;
};

} // namespace comptoir
