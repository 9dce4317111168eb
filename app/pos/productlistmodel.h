// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQmlIntegration>

#include <functional>

namespace comptoir {

// Product tiles: a category's products (paged with fetchMore, so a 70,000-product category
// opens at once) or the results of a search.
class ProductListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by CatalogBrowser")
public:
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        NameRole,
        SkuRole,
        PriceTextRole,
        ColorRole,
        SoldByWeightRole,
        ImageRole,
        FavouriteRole
    };

    using Loader = std::function<QList<Product>(int offset, int limit)>;

    explicit ProductListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPaged(Loader loader, QString color);
    void setProducts(QList<Product> products, const QHash<QString, QString> &colors);
    void refreshTexts();
    // The favourites page's SKUs (a tile shows whether it is on it while they are edited).
    void setFavourites(QSet<QString> skus);
    // Folder of the catalog's product pictures (a product's `image` is a file name in it).
    void setImageFolder(const QString &folder) { m_imageFolder = folder; }

private:
    static constexpr int kPage = 120;
    QList<Product> m_products;
    QList<QString> m_colors;
    QString m_color;
    QString m_imageFolder;
    QSet<QString> m_favourites;
    Loader m_loader;
    bool m_exhausted = true;
};

} // namespace comptoir
