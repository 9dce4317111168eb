// SPDX-License-Identifier: GPL-3.0-or-later
#include "productlistmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace comptoir {

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case ProductIdRole:
        return int(p.id);
    case SkuRole:
        return p.sku;
    case PriceTextRole:
        return p.soldByWeight ? tr("%1/kg").arg(p.price.toString()) : p.price.toString();
    case ColorRole:
        return m_colors.value(index.row(), m_color);
    case SoldByWeightRole:
        return p.soldByWeight;
    case FavouriteRole:
        return m_favourites.contains(p.sku);
    case ImageRole: {
        if (p.image.isEmpty() || m_imageFolder.isEmpty())
            return QString();
        const QFileInfo file(QDir(m_imageFolder), p.image);
        return file.exists() ? QUrl::fromLocalFile(file.absoluteFilePath()).toString() : QString();
    }
    }
    return {};
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    return {{ProductIdRole, "productId"}, {NameRole, "name"}, {SkuRole, "sku"}, {PriceTextRole, "priceText"},
        {ColorRole, "color"}, {SoldByWeightRole, "soldByWeight"}, {ImageRole, "image"},
        {FavouriteRole, "favourite"}};
}

bool ProductListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_loader;
}

void ProductListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Product> more = m_loader(int(m_products.size()), kPage);
    m_exhausted = more.size() < kPage;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_products.size()), int(m_products.size() + more.size() - 1));
    m_products += more;
    endInsertRows();
}

void ProductListModel::setPaged(Loader loader, QString color)
{
    beginResetModel();
    m_loader = std::move(loader);
    m_color = std::move(color);
    m_colors.clear();
    m_products = m_loader(0, kPage);
    m_exhausted = m_products.size() < kPage;
    endResetModel();
}

void ProductListModel::setProducts(QList<Product> products, const QHash<QString, QString> &colors)
{
    beginResetModel();
    m_loader = nullptr;
    m_exhausted = true;
    m_products = std::move(products);
    m_colors.clear();
    for (const Product &p : std::as_const(m_products))
        m_colors.append(colors.value(p.categoryCode));
    endResetModel();
}

void ProductListModel::setFavourites(QSet<QString> skus)
{
    m_favourites = std::move(skus);
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_products.size()) - 1), {FavouriteRole});
}

void ProductListModel::refreshTexts()
{
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_products.size()) - 1), {PriceTextRole});
}

} // namespace comptoir
