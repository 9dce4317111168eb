// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"
#include "common/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace comptoir {

class SqliteStatement;

// Read access to the register's catalog: barcode lookup (the hot path of every scan),
// category browsing and search-as-you-type (SQLite FTS5 with prefix indexes).
class Catalog
{
public:
    explicit Catalog(QSqlDatabase db);

    // The scan's lookup: what a sale needs of the product, with `barcodes` holding the code it
    // was found by and no image (productById() reads a product whole).
    std::optional<Product> productByBarcode(const QString &code) const;
    std::optional<Product> productById(qint64 id) const;
    std::optional<Product> productBySku(const QString &sku) const;

    QList<Category> categories() const;
    std::optional<Category> category(const QString &code) const;

    // A category's products by name, or what sells at this register first (most sold first,
    // counted as tickets are written), then the rest by name.
    enum class Order { Name, BestSellers };
    QList<Product> productsInCategory(
        const QString &categoryCode, int offset, int limit, Order order = Order::Name) const;

    // Every word of `text` is a prefix ("pat fra" finds "Pâtes fraîches"); accents and case
    // are ignored; a text with a digit also matches SKUs and barcodes by prefix. At most
    // kSearchLimit results, sorted by name: a screen and a half of tiles; more letters narrow
    // them. Results are tiles: no barcodes, no VAT (productById() reads a product whole).
    static constexpr int kSearchLimit = 48;
    QList<Product> search(const QString &text, int limit = kSearchLimit) const;

    qint64 productCount() const;

    // The FTS5 query for `text`, or an empty string when there is nothing to search.
    static QString ftsQuery(const QString &text);

private:
    QList<Product> fetch(QSqlQuery &q) const;
    Product tileFrom(const QSqlQuery &q) const;
    // A category's code by id, from a copy of the (small) categories table: one join less on
    // every scan and every search result.
    QString categoryCode(const QVariant &id) const;
    QStringList barcodesOf(qint64 productId) const;

    QSqlDatabase m_db;
    // The scan's query, prepared once (every scan would prepare it again otherwise: most of
    // what a lookup costs). Reset after each use so it never holds a read snapshot.
    // It is SQLite's own statement on the connection Qt SQL opened: a scan reads eight columns,
    // and Qt SQL would describe each of them again (name, type, table) and convert its text to
    // UTF-16 inside SQLite on every call, which cost as much as the lookup itself.
    std::shared_ptr<SqliteStatement> m_byBarcode;
    mutable std::optional<QSqlQuery> m_search; // search-as-you-type's, likewise
    mutable std::optional<QSqlQuery> m_searchCodes; // the same with SKU and barcode prefixes
    mutable QHash<qint64, QString> m_categoryCodes;
};

// Writes products, categories and their search index in bulk; the caller owns the transaction
// (see Transaction) so an import is all-or-nothing per batch.
class CatalogWriter
{
public:
    explicit CatalogWriter(QSqlDatabase db);

    Result<qint64> upsertCategory(const Category &category); // returns the id
    Result<qint64> upsertProduct(const Product &product); // by SKU; returns the id

    // Bulk loads (a first sync of a million products) leave the search index for later: the
    // products go to the search backlog, which indexBacklog() indexes in one pass. Until then
    // they scan and show in their category, but search does not find them yet.
    void setDeferSearchIndex(bool defer) { m_deferSearch = defer; }
    // A load larger than the catalog already held also drops the index behind category
    // browsing (Migrations::dropBulkIndexes): a million products in random name order cost
    // 17 s more to write with it than 2.4 s to index once. Until indexBacklog() has built it
    // again with its last chunk, category pages are read without it, slower but complete.
    Status deferCategoryIndex();
    // Indexes up to `limit` products of the backlog; returns how many are left.
    Result<qint64> indexBacklog(qint64 limit);

private:
    Result<qint64> categoryId(const QString &code);

    QSqlDatabase m_db;
    QSqlQuery m_findProduct;
    QSqlQuery m_insertProduct;
    QSqlQuery m_updateProduct;
    QSqlQuery m_deleteBarcodes;
    QSqlQuery m_insertBarcode;
    QSqlQuery m_deleteSearch;
    QSqlQuery m_insertSearch;
    QSqlQuery m_deferSearchOf;
    QHash<QString, qint64> m_categoryIds;
    bool m_deferSearch = false;
};

} // namespace comptoir
