// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "catalog/catalog.h"
#include "scan/gtin.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {
constexpr int kBatch = 5000;

std::optional<bool> parseBool(const QString &s)
{
    const QString v = s.trimmed().toLower();
    if (v.isEmpty() || v == u"0"_s || v == u"no"_s || v == u"non"_s || v == u"false"_s || v == u"faux"_s)
        return false;
    if (v == u"1"_s || v == u"yes"_s || v == u"oui"_s || v == u"true"_s || v == u"vrai"_s)
        return true;
    return std::nullopt;
}
// The register's catalog, a transaction per batch.
class RegisterCatalogSink final : public CatalogSink
{
public:
    explicit RegisterCatalogSink(QSqlDatabase db)
        : m_db(db)
        , m_writer(db)
    { }
    Status begin() override { return m_tx.emplace(m_db).begin(); }
    Status commit() override { return m_tx->commit(); }
    void abandon() override { m_tx.reset(); }
    bool hasCategory(const QString &code) override
    {
        if (m_known.isEmpty()) {
            for (const auto &c : Catalog(m_db).categories())
                m_known.insert(c.code);
        }
        return m_known.contains(code);
    }
    Status saveCategory(const Category &category) override
    {
        auto id = m_writer.upsertCategory(category);
        if (!id)
            return id.error();
        m_known.insert(category.code);
        return Ok {};
    }
    Status saveProduct(const Product &product) override
    {
        auto id = m_writer.upsertProduct(product);
        return id ? Status(Ok {}) : Status(id.error());
    }

private:
    QSqlDatabase m_db;
    CatalogWriter m_writer;
    std::optional<Transaction> m_tx; // rolls back unless committed
    QSet<QString> m_known;
};

} // namespace

CatalogCsvImporter::CatalogCsvImporter(QSqlDatabase db)
    : m_ownSink(std::make_unique<RegisterCatalogSink>(std::move(db)))
    , m_sink(m_ownSink.get())
{ }

CatalogCsvImporter::CatalogCsvImporter(CatalogSink &sink)
    : m_sink(&sink)
{ }

CatalogCsvImporter::~CatalogCsvImporter() = default;

QString CatalogCsvImporter::slug(const QString &name)
{
    QString out;
    bool dash = false;
    for (QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

Result<QString> CatalogCsvImporter::normaliseBarcode(const QString &input)
{
    const QString code = input.trimmed();
    if (code.isEmpty())
        return Error {
            u"csv.barcode"_s, QCoreApplication::translate("comptoir::CatalogCsvImporter", "empty barcode")};
    for (QChar c : code) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return Error {u"csv.barcode"_s,
                QCoreApplication::translate(
                    "comptoir::CatalogCsvImporter", "barcode %1 has characters a scanner cannot send")
                    .arg(code)};
    }
    if (!gtin::isDigits(code))
        return code; // an internal code (Code 128 label)
    const int n = int(code.size());
    if (n == 8 || n == 12 || n == 13 || n == 14) {
        if (!gtin::hasValidCheckDigit(code))
            return Error {u"csv.check_digit"_s,
                QCoreApplication::translate(
                    "comptoir::CatalogCsvImporter", "barcode %1 has a wrong check digit")
                    .arg(code)};
        if (n == 12)
            return QString(u'0' + code);
        if (n == 14 && code.startsWith(u'0'))
            return code.mid(1);
    }
    return code;
}

bool CatalogCsvImporter::readRecord(
    const QString &text, qsizetype &pos, QChar delimiter, QStringList &fields, int &newlines)
{
    fields.clear();
    newlines = 0;
    if (pos >= text.size())
        return false;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (quoted) {
            if (c == u'"') {
                if (pos + 1 < text.size() && text[pos + 1] == u'"') {
                    field += u'"';
                    pos += 2;
                    continue;
                }
                quoted = false;
                ++pos;
                continue;
            }
            if (c == u'\n')
                ++newlines;
            field += c;
            ++pos;
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++pos;
            continue;
        }
        if (c == delimiter) {
            fields << field;
            field.clear();
            fieldStarted = false;
            ++pos;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && pos + 1 < text.size() && text[pos + 1] == u'\n')
                ++pos;
            ++pos;
            ++newlines;
            fields << field;
            return true;
        }
        field += c;
        fieldStarted = true;
        ++pos;
    }
    fields << field;
    return true;
}

CsvImportReport CatalogCsvImporter::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CsvImportReport r;
        r.fatal = QCoreApplication::translate("comptoir::CatalogCsvImporter", "Cannot open %1: %2")
                      .arg(path, f.errorString());
        return r;
    }
    return import(f);
}

CsvImportReport CatalogCsvImporter::import(QIODevice &device)
{
    CsvImportReport report;
    const QByteArray bytes = device.readAll();
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Spreadsheets on Windows still write Windows-1252 / Latin-1.
        text = QString::fromLatin1(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString headerLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    QChar delimiter = u';';
    if (headerLine.count(u'\t') > headerLine.count(delimiter))
        delimiter = u'\t';
    if (headerLine.count(u',') > headerLine.count(delimiter))
        delimiter = u',';

    qsizetype pos = 0;
    QStringList fields;
    int newlines = 0;
    if (!readRecord(text, pos, delimiter, fields, newlines)) {
        report.fatal = QCoreApplication::translate("comptoir::CatalogCsvImporter", "The file is empty.");
        return report;
    }
    QHash<QString, int> column;
    for (int i = 0; i < fields.size(); ++i)
        column.insert(fields[i].trimmed().toLower(), i);
    for (const auto &required : {u"sku"_s, u"name"_s, u"vat"_s}) {
        if (!column.contains(required)) {
            report.fatal = QCoreApplication::translate(
                "comptoir::CatalogCsvImporter", "Missing column \"%1\" in the header line.")
                               .arg(required);
            return report;
        }
    }
    if (!column.contains(u"price"_s) && !column.contains(u"price_cents"_s)) {
        report.fatal = QCoreApplication::translate(
            "comptoir::CatalogCsvImporter", "Missing column \"price\" in the header line.");
        return report;
    }
    auto get = [&](const QStringList &f, const QString &name) {
        const int i = column.value(name, -1);
        return i >= 0 && i < f.size() ? f[i].trimmed() : QString();
    };

    CatalogSink &sink = *m_sink;
    const auto abandon = qScopeGuard([&] { sink.abandon(); }); // a batch cut short rolls back
    if (auto s = sink.begin(); !s) {
        report.fatal = s.error().message;
        return report;
    }
    qint64 inBatch = 0;
    qint64 committed = 0; // rows durably imported (a failed batch is rolled back whole)
    qint64 line = 1 + newlines;
    QSet<QString> seenSkus;
    QHash<QString, QString> seenBarcodes; // code -> sku
    QHash<QString, int> categoryPositions;

    while (true) {
        const qint64 startLine = line;
        if (!readRecord(text, pos, delimiter, fields, newlines))
            break;
        line += newlines;
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue; // blank line
        ++report.rowsRead;
        auto fail = [&](const QString &why) {
            report.errors.append({startLine, why});
        };

        if (fields.size() < column.size()) {
            fail(QCoreApplication::translate("comptoir::CatalogCsvImporter", "%1 columns instead of %2")
                     .arg(fields.size())
                     .arg(column.size()));
            continue;
        }
        Product p;
        p.sku = get(fields, u"sku"_s);
        p.name = get(fields, u"name"_s).simplified();
        if (p.sku.isEmpty()) {
            fail(QCoreApplication::translate("comptoir::CatalogCsvImporter", "the SKU is empty"));
            continue;
        }
        if (p.name.isEmpty()) {
            fail(QCoreApplication::translate("comptoir::CatalogCsvImporter", "the name is empty"));
            continue;
        }
        if (seenSkus.contains(p.sku)) {
            fail(QCoreApplication::translate(
                "comptoir::CatalogCsvImporter", "SKU %1 appears twice in the file")
                     .arg(p.sku));
            continue;
        }
        std::optional<Money> price;
        if (column.contains(u"price_cents"_s) && !get(fields, u"price_cents"_s).isEmpty()) {
            bool ok = false;
            const qint64 cents = get(fields, u"price_cents"_s).toLongLong(&ok);
            if (ok)
                price = Money::fromCents(cents);
        } else {
            price = Money::parse(get(fields, u"price"_s));
        }
        if (!price || price->isNegative() || price->cents() > 9'999'999) {
            fail(QCoreApplication::translate(
                "comptoir::CatalogCsvImporter", "price \"%1\" is not a valid amount")
                     .arg(get(fields, u"price"_s)));
            continue;
        }
        p.price = *price;
        const auto vat = VatRate::parse(get(fields, u"vat"_s));
        if (!vat || !vat->isFrench()) {
            fail(QCoreApplication::translate("comptoir::CatalogCsvImporter",
                "VAT rate \"%1\" is not a French rate (20, 10, 5.5, 2.1 or 0)")
                     .arg(get(fields, u"vat"_s)));
            continue;
        }
        p.vat = *vat;
        const auto weighed = parseBool(get(fields, u"sold_by_weight"_s));
        const auto active = parseBool(get(fields, u"active"_s).isEmpty() ? u"1"_s : get(fields, u"active"_s));
        if (!weighed || !active) {
            fail(QCoreApplication::translate(
                "comptoir::CatalogCsvImporter", "sold_by_weight and active take 0 or 1"));
            continue;
        }
        p.soldByWeight = *weighed;
        p.active = *active;
        if (const QString tare = get(fields, u"tare_g"_s).trimmed(); !tare.isEmpty()) {
            bool ok = false;
            const int grams = tare.toInt(&ok);
            if (!ok || grams < 0 || grams > 9999 || (grams > 0 && !p.soldByWeight)) {
                fail(QCoreApplication::translate("comptoir::CatalogCsvImporter",
                    "tare_g \"%1\" is not a container weight in grams (0 to 9999, for products sold by "
                    "weight)")
                         .arg(tare.left(20)));
                continue;
            }
            p.tareGrams = grams;
        }
        p.image = get(fields, u"image"_s);
        bool badCode = false;
        const QString codes = get(fields, u"barcodes"_s);
        for (const QString &raw : codes.split(QRegularExpression(u"[|\\s]+"_s), Qt::SkipEmptyParts)) {
            auto code = normaliseBarcode(raw);
            if (!code) {
                fail(code.error().message);
                badCode = true;
                break;
            }
            if (seenBarcodes.contains(*code) && seenBarcodes.value(*code) != p.sku) {
                fail(QCoreApplication::translate(
                    "comptoir::CatalogCsvImporter", "barcode %1 is already used by SKU %2")
                         .arg(*code, seenBarcodes.value(*code)));
                badCode = true;
                break;
            }
            if (!p.barcodes.contains(*code))
                p.barcodes << *code;
        }
        if (badCode)
            continue;

        const QString categoryName = get(fields, u"category"_s).simplified();
        if (!categoryName.isEmpty()) {
            p.categoryCode = slug(categoryName);
            if (p.categoryCode.isEmpty()) {
                fail(QCoreApplication::translate(
                    "comptoir::CatalogCsvImporter", "category \"%1\" is not usable")
                         .arg(categoryName));
                continue;
            }
            if (!categoryPositions.contains(p.categoryCode)) {
                categoryPositions.insert(p.categoryCode, int(categoryPositions.size()));
                static const char *const palette[] = {"#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8",
                    "#4db6ac", "#f06292", "#a1887f", "#90a4ae", "#dce775"};
                if (!sink.hasCategory(p.categoryCode)) {
                    auto saved = sink.saveCategory({0, p.categoryCode, categoryName,
                        QString::fromLatin1(palette[categoryPositions.size() % 10]),
                        int(categoryPositions.size()), std::nullopt});
                    if (!saved) {
                        report.fatal = saved.error().message;
                        return report;
                    }
                }
            }
        }
        if (auto saved = sink.saveProduct(p); !saved) {
            if (saved.error().code == u"storage.full"_s || saved.error().code == u"storage.io"_s) {
                report.fatal = saved.error().message;
                report.imported = committed; // the current batch rolls back
                return report;
            }
            fail(saved.error().message);
            continue;
        }
        seenSkus.insert(p.sku);
        for (const auto &c : std::as_const(p.barcodes))
            seenBarcodes.insert(c, p.sku);
        ++report.imported;
        if (++inBatch >= kBatch) {
            if (auto s = sink.commit(); !s) {
                report.fatal = s.error().message;
                report.imported = committed;
                return report;
            }
            committed = report.imported;
            if (auto s = sink.begin(); !s) {
                report.fatal = s.error().message;
                return report;
            }
            inBatch = 0;
            if (progress)
                progress(report.rowsRead);
        }
    }
    if (auto s = sink.commit(); !s) {
        report.fatal = s.error().message;
        report.imported = committed;
    }
    if (progress)
        progress(report.rowsRead);
    return report;
}

} // namespace comptoir
