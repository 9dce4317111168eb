// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"
#include "common/result.h"

#include <QIODevice>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace comptoir {

struct CsvRowError
{
    qint64 line = 0; // physical line where the record starts (header is line 1)
    QString message; // translated
};

struct CsvImportReport
{
    qint64 rowsRead = 0;
    qint64 imported = 0; // created or updated
    QList<CsvRowError> errors;
    QString fatal; // the file could not be read at all (empty when it could)
    bool ok() const { return fatal.isEmpty(); }
};

// Where an import puts what it read: the register's own catalog (CatalogWriter) or head
// office's (comptoir-hq import-catalog). Rows come in batches between begin() and commit();
// a failing commit loses that batch only. An error of saveProduct() is the row's, except
// storage.full and storage.io, which end the import.
class CatalogSink
{
public:
    virtual ~CatalogSink() = default;
    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void abandon() = 0; // the import ends: roll back what was not committed
    virtual bool hasCategory(const QString &code) = 0;
    virtual Status saveCategory(const Category &category) = 0;
    virtual Status saveProduct(const Product &product) = 0;
};

// Imports a product catalog from CSV (README, "Catalog CSV"). Columns are found by their
// header names in any order; the delimiter (; , or tab) is detected. Good rows are kept,
// bad ones are reported with their line number and the reason.
class CatalogCsvImporter
{
public:
    explicit CatalogCsvImporter(QSqlDatabase db); // into the register's catalog
    explicit CatalogCsvImporter(CatalogSink &sink);
    ~CatalogCsvImporter();

    CsvImportReport importFile(const QString &path);
    CsvImportReport import(QIODevice &device);

    // Parses one CSV row of `text` starting at `pos` (RFC 4180 quoting, quoted newlines).
    // Returns false at the end of the text; `newlines` counts the line breaks consumed.
    static bool readRecord(
        const QString &text, qsizetype &pos, QChar delimiter, QStringList &fields, int &newlines);
    // Validates a barcode for the catalog: GTINs must have a right check digit; UPC-A and
    // GTIN-14 with a leading zero are stored as their EAN-13.
    static Result<QString> normaliseBarcode(const QString &code);
    static QString slug(const QString &name);

    std::function<void(qint64 rows)> progress;

private:
    std::unique_ptr<CatalogSink> m_ownSink;
    CatalogSink *m_sink = nullptr;
};

} // namespace comptoir
