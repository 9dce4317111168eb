// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"
#include "common/result.h"

#include <QSqlDatabase>

#include <functional>

namespace comptoir {

// Generates a realistic French store catalog of any size (1,000 to 1,000,000 products and
// more): French product names, categories with their VAT rate, prices ending like real
// prices, valid EAN-13 barcodes (French GS1 prefixes 300-379) and scale-label codes for
// goods sold by weight. Deterministic for a given seed.
class DemoCatalog
{
public:
    // The showcase products always come first, with fixed barcodes (README, tests, demos).
    static QList<Product> showcase();
    // Fruits and vegetables, bakery, grocery, press and household are departments: each has a
    // key that sells a typed amount at its VAT rate.
    static QList<Category> categories();
    // The demo store's favourites page: what a French convenience store sells most.
    static QStringList favourites();

    static Status generate(QSqlDatabase db, qint64 count, quint32 seed = 2018,
        const std::function<void(qint64 done)> &progress = {});

    // Writes the CSV (README format) of the same catalog, to test and demonstrate imports.
    static QByteArray csv(qint64 count, quint32 seed = 2018);

    // The catalog as a list (for the CSV writer and tests); memory grows with count.
    static void forEachProduct(qint64 count, quint32 seed, const std::function<bool(const Product &)> &sink);
};

} // namespace comptoir
