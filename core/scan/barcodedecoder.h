// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/gs1.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

// French in-store variable-measure EAN-13 (prefix 2): scales print the article code and the
// price or the weight in the barcode. Stores configure which prefixes mean what.
struct VariableMeasureRule
{
    enum class Kind { Price, Weight };

    QString prefix; // "2", "21", "26"...: the longest matching prefix wins
    Kind kind = Kind::Price;
    int itemDigits = 5; // article code digits after the prefix; the value takes the rest of the 12

    int valueDigits() const { return 12 - int(prefix.size()) - itemDigits; }
    bool isValid() const;

    // French defaults: "21"/"22" price labels, "26"-"28" weight labels, and "2" (prefix only,
    // 6-digit article code) for price labels of older scales.
    static QList<VariableMeasureRule> frenchDefaults();
    static QString toJson(const QList<VariableMeasureRule> &rules);
    static std::optional<QList<VariableMeasureRule>> fromJson(const QString &json);

    friend bool operator==(const VariableMeasureRule &, const VariableMeasureRule &) = default;
};

struct ScanResult
{
    enum class Symbology { Unknown, Ean13, Ean8, UpcA, Gtin14, VariableMeasure, Gs1, Internal };
    enum class Status { Ok, Empty, BadCheckDigit, BadLength, BadCharacters, BadGs1 };

    Symbology symbology = Symbology::Unknown;
    Status status = Status::Empty;
    QString raw; // what the scanner sent (control characters made visible)
    QString aim; // AIM symbology identifier if the scanner sent one ("]E0")
    QString lookupCode; // the key to look up in the catalog's barcodes

    std::optional<qint64> priceCents; // embedded price (variable measure, GS1 392x)
    std::optional<qint64> weightGrams; // embedded weight (variable measure, GS1 310x)
    QString batch; // GS1 (10)
    QDate expiry; // GS1 (17)
    QList<gs1::Element> elements; // all GS1 elements
    QString detail; // technical detail (English), for logs and diagnostics
    bool repairedKeyboardLayout = false;

    bool ok() const { return status == Status::Ok; }
    QString symbologyName() const;
    // One translated sentence for the clerk when !ok().
    QString clerkMessage() const;
    // Multi-line description of everything understood (comptoirctl decode).
    QString describe() const;
};

class BarcodeDecoder
{
public:
    explicit BarcodeDecoder(QList<VariableMeasureRule> rules = VariableMeasureRule::frenchDefaults(),
        QChar gs1Separator = QChar(0x1D));

    void setVariableMeasureRules(QList<VariableMeasureRule> rules) { m_rules = std::move(rules); }
    const QList<VariableMeasureRule> &variableMeasureRules() const { return m_rules; }

    ScanResult decode(QStringView raw) const;

    // A scanner configured for a US keyboard on a French AZERTY register types the digit row
    // as "&é\"'(-è_çà": map it back to digits. Returns the input when it is not such a string.
    static QString repairAzertyDigits(QStringView text, bool *repaired = nullptr);

private:
    void decodeDigits(ScanResult &r, const QString &code) const;
    void decodeGs1(ScanResult &r, QStringView data) const;

    QList<VariableMeasureRule> m_rules;
    QChar m_gs1Separator;
};

} // namespace comptoir
