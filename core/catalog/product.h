// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "money/vatrate.h"

#include <QDebug>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

struct Category
{
    qint64 id = 0;
    QString code;
    QString name;
    QString color; // "#rrggbb", the tile colour
    int position = 0;
    // A department: its key on the favourites page sells a typed amount at this rate.
    std::optional<VatRate> departmentVat;

    friend bool operator==(const Category &, const Category &) = default;
};

struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    Money price; // tax included; per kilogram when soldByWeight
    VatRate vat;
    QString categoryCode; // empty: uncategorised
    QStringList barcodes; // EAN-13/EAN-8/UPC-A (as EAN-13) or internal codes
    QString image; // optional file name under the catalog's image folder
    bool soldByWeight = false;
    // Weighed in a container (a tray, a paper): its weight in grams, sent to the scale with the
    // price so that the scale weighs the goods alone; 0: none. At most 9999 (Dialog 06).
    int tareGrams = 0;
    bool active = true;

    friend bool operator==(const Product &, const Product &) = default;
};

QDebug operator<<(QDebug debug, const Product &product);

} // namespace comptoir
