// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlitestatement.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Q_LOGGING_CATEGORY(lcCatalog, "comptoir.catalog", QtInfoMsg)

QDebug operator<<(QDebug debug, const Product &p)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Product(" << p.sku << ", " << p.name << ", " << p.price.cents() << "c, "
                    << p.vat.basisPoints() << "bp, " << p.barcodes << ")";
    return debug;
}

namespace {

const QString kProductColumns =
    u"p.id, p.sku, p.name, p.price_cents, p.vat_bp, c.code, p.image, "
    "p.sold_by_weight, p.active, p.tare_g, "
    "(SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.product_id = p.id) "
    "FROM products p LEFT JOIN categories c ON c.id = p.category_id "_s;

// Search results are tiles: what a tile shows, no barcodes (a correlated query per row) and no
// VAT; adding a product reads it whole. Each column costs every search its metadata.
const QString kTileColumns = u"p.id, p.sku, p.name, p.price_cents, p.category_id, p.image, p.sold_by_weight "
                             "FROM products p "_s;

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.price = Money::fromCents(q.value(3).toLongLong());
    p.vat = VatRate(q.value(4).toInt());
    p.categoryCode = q.value(5).toString();
    p.image = q.value(6).toString();
    p.soldByWeight = q.value(7).toBool();
    p.active = q.value(8).toBool();
    p.tareGrams = q.value(9).toInt();
    p.barcodes = q.value(10).toString().split(u' ', Qt::SkipEmptyParts);
    std::sort(p.barcodes.begin(), p.barcodes.end());
    return p;
}

} // namespace

Product Catalog::tileFrom(const QSqlQuery &q) const
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.price = Money::fromCents(q.value(3).toLongLong());
    p.categoryCode = categoryCode(q.value(4));
    p.image = q.value(5).toString();
    p.soldByWeight = q.value(6).toBool();
    return p;
}

QString Catalog::categoryCode(const QVariant &id) const
{
    if (id.isNull())
        return {};
    const qint64 key = id.toLongLong();
    if (const auto it = m_categoryCodes.constFind(key); it != m_categoryCodes.cend())
        return *it;
    // A category this copy has not seen yet (or the first lookup): read them all again. A
    // category keeps its id for its code (upserted by code), so what is held never goes stale.
    m_categoryCodes.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, code FROM categories"_s)) {
        while (q.next())
            m_categoryCodes.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return m_categoryCodes.value(key);
}

Catalog::Catalog(QSqlDatabase db)
    : m_db(std::move(db))
    // Every scan's query: only what a sale needs, two primary-key searches (the code, then its
    // product).
    , m_byBarcode(std::make_shared<SqliteStatement>(m_db,
          "SELECT p.id, p.sku, p.name, p.price_cents, p.vat_bp, p.category_id, p.sold_by_weight, "
          "p.active, p.tare_g FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?"))
{ }

QList<Product> Catalog::fetch(QSqlQuery &q) const
{
    QList<Product> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(productFrom(q));
    return out;
}

namespace {

QString textColumn(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(stmt, column));
}
} // namespace

std::optional<Product> Catalog::productByBarcode(const QString &code) const
{
    sqlite3_stmt *q = m_byBarcode->get();
    if (!q)
        return std::nullopt;
    const QByteArray utf8 = code.toUtf8();
    std::optional<Product> found;
    const int rc = sqlite3_bind_text(q, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC) == SQLITE_OK
        ? sqlite3_step(q)
        : SQLITE_MISUSE;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        qCWarning(lcCatalog) << "scan lookup failed:" << sqlite3_errstr(rc);
    if (rc == SQLITE_ROW) {
        Product p;
        p.id = sqlite3_column_int64(q, 0);
        p.sku = textColumn(q, 1);
        p.name = textColumn(q, 2);
        p.price = Money::fromCents(sqlite3_column_int64(q, 3));
        p.vat = VatRate(sqlite3_column_int(q, 4));
        p.soldByWeight = sqlite3_column_int(q, 6) != 0;
        p.active = sqlite3_column_int(q, 7) != 0;
        p.tareGrams = sqlite3_column_int(q, 8);
        p.barcodes = {code};
        const QVariant category = sqlite3_column_type(q, 5) == SQLITE_NULL
            ? QVariant()
            : QVariant(qint64(sqlite3_column_int64(q, 5)));
        found = std::move(p);
        m_byBarcode->release(); // before the categories may be read again
        found->categoryCode = categoryCode(category);
    }
    m_byBarcode->release();
    return found;
}

std::optional<Product> Catalog::productById(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kProductColumns + u"WHERE p.id = ?"_s);
    q.addBindValue(id);
    const auto list = fetch(q);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<Product> Catalog::productBySku(const QString &sku) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kProductColumns + u"WHERE p.sku = ?"_s);
    q.addBindValue(sku);
    const auto list = fetch(q);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

namespace {

Category categoryFrom(const QSqlQuery &q)
{
    Category c {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toInt(), std::nullopt};
    if (!q.value(5).isNull())
        c.departmentVat = VatRate(q.value(5).toInt());
    return c;
}

const QString kCategoryColumns =
    u"SELECT id, code, name, color, position, department_vat_bp FROM categories "_s;

} // namespace

QList<Category> Catalog::categories() const
{
    QList<Category> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kCategoryColumns + u"ORDER BY position, name"_s))
        return out;
    while (q.next())
        out.append(categoryFrom(q));
    return out;
}

std::optional<Category> Catalog::category(const QString &code) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kCategoryColumns + u"WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return categoryFrom(q);
}

QList<Product> Catalog::productsInCategory(
    const QString &categoryCode, int offset, int limit, Order order) const
{
    QList<Product> out;
    qint64 ranked = 0;
    if (order == Order::BestSellers) {
        // Those sold here, most sold first: as many rows as products ever sold, not as the
        // category holds.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + kProductColumns +
            u"JOIN product_sales s ON s.product_id = p.id "
            "WHERE p.category_id = (SELECT id FROM categories WHERE code = ?) AND p.active AND s.sold > 0 "
            "ORDER BY s.sold DESC, p.name"_s);
        q.addBindValue(categoryCode);
        const QList<Product> sold = fetch(q);
        ranked = sold.size();
        out = sold.mid(offset, limit);
        if (out.size() == limit)
            return out;
    }
    // Then the rest by name, on the category index.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kProductColumns +
        u"WHERE p.category_id = (SELECT id FROM categories WHERE code = ?) AND p.active "_s +
        (order == Order::BestSellers
                ? u"AND NOT EXISTS (SELECT 1 FROM product_sales s WHERE s.product_id = p.id AND s.sold > 0) "_s
                : QString()) +
        u"ORDER BY p.name LIMIT ? OFFSET ?"_s);
    q.addBindValue(categoryCode);
    q.addBindValue(limit - out.size());
    q.addBindValue(std::max<qint64>(0, offset - ranked));
    out += fetch(q);
    return out;
}

QString Catalog::ftsQuery(const QString &text)
{
    // Words are runs of letters and digits; everything else (quotes, FTS operators, SQL)
    // only separates them, so no input can change the query's meaning.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u"\"%1\"*"_s.arg(word));
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QList<Product> Catalog::search(const QString &text, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return {};
    limit = std::clamp(limit, 1, kSearchLimit);
    // Names through the full-text index. A text with a digit may also be the start of a SKU or
    // a barcode: those by prefix on their own B-tree indexes, which cost nothing more to keep up
    // to date than the tables. No ORDER BY rank: ranking every match of a one-letter prefix over
    // a million rows costs far more than the clerk can wait. Take the first matches, then sort
    // them by name.
    const QString prefix = text.trimmed();
    const bool codeLike = std::any_of(prefix.begin(), prefix.end(), [](QChar c) { return c.isDigit(); });
    std::optional<QSqlQuery> &prepared = codeLike ? m_searchCodes : m_search;
    if (!prepared) {
        prepared.emplace(m_db);
        prepared->setForwardOnly(true);
        prepared->prepare(u"SELECT "_s + kTileColumns + u"WHERE p.id IN ("_s +
            (codeLike
                    ? u" SELECT id FROM (SELECT rowid AS id FROM product_search WHERE product_search MATCH ? "
                      "LIMIT ?)"
                      " UNION SELECT id FROM (SELECT id FROM products WHERE sku >= ? AND sku < ? || "
                      "char(1114111) LIMIT ?)"
                      " UNION SELECT id FROM (SELECT product_id AS id FROM barcodes"
                      "  WHERE code >= ? AND code < ? || char(1114111) LIMIT ?)"_s
                    : u"SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT ?"_s) +
            u") AND p.active"_s);
    }
    QSqlQuery &q = *prepared;
    q.addBindValue(match);
    q.addBindValue(limit);
    if (codeLike) {
        q.addBindValue(prefix.toUpper());
        q.addBindValue(prefix.toUpper());
        q.addBindValue(limit);
        q.addBindValue(prefix);
        q.addBindValue(prefix);
        q.addBindValue(limit);
    }
    QList<Product> out;
    if (q.exec()) {
        while (q.next())
            out.append(tileFrom(q));
    }
    q.finish();
    // By name as the clerk reads it (accents, case): each name's collation key made once.
    QCollator collator;
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i)
        keys.append({collator.sortKey(out.at(i).name), i});
    std::sort(
        keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    QList<Product> sorted;
    sorted.reserve(std::min<qsizetype>(out.size(), limit));
    for (const auto &k : std::as_const(keys)) {
        if (sorted.size() == limit)
            break;
        sorted.append(std::move(out[k.second]));
    }
    return sorted;
}

qint64 Catalog::productCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM products WHERE active"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

CatalogWriter::CatalogWriter(QSqlDatabase db)
    : m_db(db)
    , m_findProduct(db)
    , m_insertProduct(db)
    , m_updateProduct(db)
    , m_deleteBarcodes(db)
    , m_insertBarcode(db)
    , m_deleteSearch(db)
    , m_insertSearch(db)
    , m_deferSearchOf(db)
{
    m_findProduct.prepare(u"SELECT id FROM products WHERE sku = ?"_s);
    m_insertProduct.prepare(
        u"INSERT INTO products (sku, name, price_cents, vat_bp, category_id, image, sold_by_weight, active, "
        "tare_g) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_updateProduct.prepare(
        u"UPDATE products SET name = ?, price_cents = ?, vat_bp = ?, category_id = ?, image = ?, "
        "sold_by_weight = ?, active = ?, tare_g = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s);
    m_deleteBarcodes.prepare(u"DELETE FROM barcodes WHERE product_id = ?"_s);
    m_insertBarcode.prepare(u"INSERT INTO barcodes (code, product_id) VALUES (?, ?) "
                            "ON CONFLICT (code) DO UPDATE SET product_id = excluded.product_id"_s);
    m_deleteSearch.prepare(u"DELETE FROM product_search WHERE rowid = ?"_s);
    m_insertSearch.prepare(u"INSERT INTO product_search (rowid, name) VALUES (?, ?)"_s);
    // A product already waiting keeps what was known when it first came: whether it was indexed.
    m_deferSearchOf.prepare(
        u"INSERT INTO search_backlog (product_id, indexed) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
}

Result<qint64> CatalogWriter::upsertCategory(const Category &category)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO categories (code, name, color, position, department_vat_bp) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, color = excluded.color, "
        "position = excluded.position, department_vat_bp = excluded.department_vat_bp RETURNING id"_s);
    q.addBindValue(category.code);
    q.addBindValue(category.name);
    q.addBindValue(category.color.isEmpty() ? u"#607d8b"_s : category.color);
    q.addBindValue(category.position);
    q.addBindValue(category.departmentVat ? QVariant(category.departmentVat->basisPoints())
                                          : QVariant(QMetaType::fromType<int>()));
    if (!q.exec() || !q.next())
        return Database::errorFrom(q.lastError(), u"saving a category"_s);
    const qint64 id = q.value(0).toLongLong();
    m_categoryIds.insert(category.code, id);
    return id;
}

Result<qint64> CatalogWriter::categoryId(const QString &code)
{
    if (auto it = m_categoryIds.constFind(code); it != m_categoryIds.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM categories WHERE code = ?"_s);
    q.addBindValue(code);
    if (q.exec() && q.next()) {
        m_categoryIds.insert(code, q.value(0).toLongLong());
        return q.value(0).toLongLong();
    }
    return upsertCategory({0, code, code, {}, 0, std::nullopt});
}

Result<qint64> CatalogWriter::upsertProduct(const Product &p)
{
    QVariant category(QMetaType::fromType<qint64>());
    if (!p.categoryCode.isEmpty()) {
        auto id = categoryId(p.categoryCode);
        if (!id)
            return id.error();
        category = *id;
    }

    m_findProduct.addBindValue(p.sku);
    if (!m_findProduct.exec())
        return Database::errorFrom(m_findProduct.lastError(), u"finding a product"_s);
    qint64 id = 0;
    const bool exists = m_findProduct.next();
    if (exists)
        id = m_findProduct.value(0).toLongLong();
    m_findProduct.finish();

    QSqlQuery &write = exists ? m_updateProduct : m_insertProduct;
    if (!exists)
        write.addBindValue(p.sku);
    write.addBindValue(p.name);
    write.addBindValue(p.price.cents());
    write.addBindValue(p.vat.basisPoints());
    write.addBindValue(category);
    write.addBindValue(p.image.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.image));
    write.addBindValue(p.soldByWeight ? 1 : 0);
    write.addBindValue(p.active ? 1 : 0);
    write.addBindValue(qBound(0, p.tareGrams, 9999));
    if (exists)
        write.addBindValue(id);
    if (!write.exec())
        return Database::errorFrom(write.lastError(), u"saving product %1"_s.arg(p.sku));
    if (!exists)
        id = write.lastInsertId().toLongLong();

    if (exists) {
        m_deleteBarcodes.addBindValue(id);
        if (!m_deleteBarcodes.exec())
            return Database::errorFrom(m_deleteBarcodes.lastError(), u"saving barcodes"_s);
    }
    for (const QString &code : p.barcodes) {
        m_insertBarcode.addBindValue(code);
        m_insertBarcode.addBindValue(id);
        if (!m_insertBarcode.exec())
            return Database::errorFrom(m_insertBarcode.lastError(), u"saving barcode %1"_s.arg(code));
    }
    if (m_deferSearch) {
        m_deferSearchOf.addBindValue(id);
        m_deferSearchOf.addBindValue(exists ? 1 : 0);
        if (!m_deferSearchOf.exec())
            return Database::errorFrom(m_deferSearchOf.lastError(), u"indexing a product"_s);
        return id;
    }
    if (exists) {
        m_deleteSearch.addBindValue(id);
        if (!m_deleteSearch.exec())
            return Database::errorFrom(m_deleteSearch.lastError(), u"indexing a product"_s);
    }
    m_insertSearch.addBindValue(id);
    m_insertSearch.addBindValue(p.name);
    if (!m_insertSearch.exec())
        return Database::errorFrom(m_insertSearch.lastError(), u"indexing a product"_s);
    return id;
}

Status CatalogWriter::deferCategoryIndex()
{
    return Migrations::dropBulkIndexes(m_db);
}

Result<qint64> CatalogWriter::indexBacklog(qint64 limit)
{
    const auto failed = [](const QSqlQuery &q) {
        return Database::errorFrom(q.lastError(), u"indexing products"_s);
    };
    // The lowest ids first. An old entry is removed by rowid, one by one: FTS5 would scan the
    // whole index for "rowid IN (...)".
    QSqlQuery next(m_db);
    next.setForwardOnly(true);
    next.prepare(u"SELECT product_id, indexed FROM search_backlog ORDER BY product_id LIMIT ?"_s);
    next.addBindValue(limit);
    if (!next.exec())
        return failed(next);
    qint64 last = -1;
    while (next.next()) {
        last = next.value(0).toLongLong();
        if (next.value(1).toInt() != 0) {
            m_deleteSearch.addBindValue(last);
            if (!m_deleteSearch.exec())
                return failed(m_deleteSearch);
        }
    }
    next.finish();
    if (last < 0) {
        if (auto s = Migrations::restoreBulkIndexes(m_db); !s)
            return s.error();
        return 0;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO product_search (rowid, name) SELECT p.id, p.name "
              "FROM search_backlog s JOIN products p ON p.id = s.product_id WHERE s.product_id <= ?"_s);
    q.addBindValue(last);
    if (!q.exec())
        return failed(q);
    q.prepare(u"DELETE FROM search_backlog WHERE product_id <= ?"_s);
    q.addBindValue(last);
    if (!q.exec())
        return failed(q);
    if (!q.exec(u"SELECT count(*) FROM search_backlog"_s) || !q.next())
        return failed(q);
    const qint64 left = q.value(0).toLongLong();
    if (left == 0) {
        if (auto s = Migrations::restoreBulkIndexes(m_db); !s)
            return s.error();
    }
    return left;
}

} // namespace comptoir
