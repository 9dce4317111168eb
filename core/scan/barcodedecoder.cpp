// SPDX-License-Identifier: GPL-3.0-or-later
#include "barcodedecoder.h"

#include "gtin.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

QString visible(QStringView s)
{
    QString out;
    for (QChar c : s) {
        if (c == QChar(0x1D))
            out += u"<GS>"_s;
        else if (c.unicode() < 0x20)
            out += u"<%1>"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
} // namespace

bool VariableMeasureRule::isValid() const
{
    return !prefix.isEmpty() && prefix.startsWith(u'2') && gtin::isDigits(prefix) && itemDigits >= 3 &&
        valueDigits() >= 4 && valueDigits() <= 6;
}

QList<VariableMeasureRule> VariableMeasureRule::frenchDefaults()
{
    return {
        {u"21"_s, Kind::Price, 5},
        {u"22"_s, Kind::Price, 5},
        {u"26"_s, Kind::Weight, 5},
        {u"27"_s, Kind::Weight, 5},
        {u"28"_s, Kind::Weight, 5},
        {u"2"_s, Kind::Price, 6},
    };
}

QString VariableMeasureRule::toJson(const QList<VariableMeasureRule> &rules)
{
    QJsonArray a;
    for (const auto &r : rules)
        a.append(QJsonObject {{u"prefix"_s, r.prefix},
            {u"kind"_s, r.kind == Kind::Price ? u"price"_s : u"weight"_s}, {u"itemDigits"_s, r.itemDigits}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::optional<QList<VariableMeasureRule>> VariableMeasureRule::fromJson(const QString &json)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<VariableMeasureRule> rules;
    for (const auto &v : doc.array()) {
        const auto o = v.toObject();
        VariableMeasureRule r;
        r.prefix = o.value(u"prefix"_s).toString();
        const QString kind = o.value(u"kind"_s).toString();
        if (kind != u"price"_s && kind != u"weight"_s)
            return std::nullopt;
        r.kind = kind == u"price"_s ? Kind::Price : Kind::Weight;
        r.itemDigits = o.value(u"itemDigits"_s).toInt();
        if (!r.isValid())
            return std::nullopt;
        rules.append(r);
    }
    return rules;
}

BarcodeDecoder::BarcodeDecoder(QList<VariableMeasureRule> rules, QChar gs1Separator)
    : m_rules(std::move(rules))
    , m_gs1Separator(gs1Separator)
{ }

QString BarcodeDecoder::repairAzertyDigits(QStringView text, bool *repaired)
{
    // A scanner in US layout on an AZERTY register sends no digit at all: every character is
    // one of the unshifted keys of the digit row. Mixed strings ("12-34") are left alone.
    static const QString digitRow = u"&é\"'(-è_çà"_s; // the keys of 1 2 3 4 5 6 7 8 9 0
    if (repaired)
        *repaired = false;
    if (text.size() < 6)
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const qsizetype i = digitRow.indexOf(c);
        if (i < 0)
            return text.toString();
        out += QChar(char16_t(u'0' + (i + 1) % 10));
    }
    if (repaired)
        *repaired = true;
    return out;
}

ScanResult BarcodeDecoder::decode(QStringView input) const
{
    ScanResult r;
    // Scanners end with CR, LF or Tab; some pad with spaces.
    QStringView raw = input;
    while (!raw.isEmpty() &&
        (raw.back() == u'\r' || raw.back() == u'\n' || raw.back() == u'\t' || raw.back() == u' '))
        raw.chop(1);
    while (!raw.isEmpty() && raw.front() == u' ')
        raw = raw.mid(1);
    r.raw = visible(raw);
    if (raw.isEmpty()) {
        r.status = ScanResult::Status::Empty;
        return r;
    }

    QString data = raw.toString();
    bool fromGs1Aim = false;
    if (data.size() > 3 && data.startsWith(u']')) {
        r.aim = data.left(3);
        data = data.mid(3);
        const QString id = r.aim.mid(1);
        fromGs1Aim = id == u"C1"_s || id == u"d2"_s || id == u"Q3"_s || id == u"e0"_s || id == u"J1"_s;
    }
    bool repaired = false;
    data = repairAzertyDigits(data, &repaired);
    r.repairedKeyboardLayout = repaired;

    for (QChar c : std::as_const(data)) {
        if ((c.unicode() < 0x20 && c != QChar(0x1D) && c != m_gs1Separator) || c.unicode() == 0x7f ||
            c.category() == QChar::Other_PrivateUse || c == QChar::ReplacementCharacter) {
            r.status = ScanResult::Status::BadCharacters;
            r.detail = u"control or unreadable character in the scan"_s;
            return r;
        }
    }

    const bool looksGs1 = fromGs1Aim || data.startsWith(u'(') || data.contains(QChar(0x1D)) ||
        (m_gs1Separator != QChar(0x1D) && data.contains(m_gs1Separator)) ||
        (data.size() > 16 && data.startsWith(u"01"_s) && gtin::isDigits(data.left(16)));
    if (looksGs1) {
        decodeGs1(r, data);
        return r;
    }
    if (gtin::isDigits(data)) {
        decodeDigits(r, data);
        return r;
    }
    // Anything else printable is an internal code (Code 128 / Code 39 shelf and SKU labels).
    r.symbology = ScanResult::Symbology::Internal;
    r.status = ScanResult::Status::Ok;
    r.lookupCode = data;
    return r;
}

void BarcodeDecoder::decodeDigits(ScanResult &r, const QString &code) const
{
    using S = ScanResult::Symbology;
    r.status = ScanResult::Status::Ok;
    switch (code.size()) {
    case 8:
        r.symbology = S::Ean8;
        break;
    case 12:
        r.symbology = S::UpcA;
        break;
    case 13:
        r.symbology = S::Ean13;
        break;
    case 14:
        r.symbology = S::Gtin14;
        break;
    default:
        // Short or long digit strings are in-store codes (SKU labels, PLU), not GTINs.
        r.symbology = S::Internal;
        r.lookupCode = code;
        return;
    }
    if (!gtin::hasValidCheckDigit(code)) {
        r.status = ScanResult::Status::BadCheckDigit;
        r.detail = u"check digit should be %1"_s.arg(gtin::checkDigit(code.left(code.size() - 1)));
        return;
    }
    if (r.symbology == S::UpcA) {
        r.lookupCode = u'0' + code; // a UPC-A is the EAN-13 with a leading zero
        return;
    }
    if (r.symbology == S::Gtin14) {
        r.lookupCode = code.startsWith(u'0') ? code.mid(1) : code;
        return;
    }
    r.lookupCode = code;
    if (r.symbology != S::Ean13 || !code.startsWith(u'2'))
        return;

    const VariableMeasureRule *best = nullptr;
    for (const auto &rule : m_rules) {
        if (rule.isValid() && code.startsWith(rule.prefix) &&
            (!best || rule.prefix.size() > best->prefix.size()))
            best = &rule;
    }
    if (!best)
        return; // a prefix-2 code the store does not use for scales: an ordinary in-store EAN
    r.symbology = S::VariableMeasure;
    const int itemEnd = int(best->prefix.size()) + best->itemDigits;
    const qint64 value = code.mid(itemEnd, best->valueDigits()).toLongLong();
    if (best->kind == VariableMeasureRule::Kind::Price)
        r.priceCents = value;
    else
        r.weightGrams = value;
    // The catalog holds the scale article under its code with a zero value part.
    r.lookupCode = gtin::withCheckDigit(code.left(itemEnd) + QString(best->valueDigits(), QLatin1Char('0')));
}

void BarcodeDecoder::decodeGs1(ScanResult &r, QStringView data) const
{
    r.symbology = ScanResult::Symbology::Gs1;
    const auto parsed = gs1::parse(data, m_gs1Separator);
    if (!parsed.ok()) {
        r.status = ScanResult::Status::BadGs1;
        r.detail = parsed.error;
        return;
    }
    r.elements = parsed.elements;
    const auto gtinValue = parsed.value(u"01"_s) ? parsed.value(u"01"_s) : parsed.value(u"02"_s);
    if (!gtinValue) {
        r.status = ScanResult::Status::BadGs1;
        r.detail = u"no GTIN (01) in the element string"_s;
        return;
    }
    r.status = ScanResult::Status::Ok;
    r.lookupCode = gtinValue->startsWith(u'0') ? gtinValue->mid(1) : *gtinValue;
    if (auto batch = parsed.value(u"10"_s))
        r.batch = *batch;
    if (auto exp = parsed.value(u"17"_s)) {
        const int yy = exp->left(2).toInt();
        const int mm = exp->mid(2, 2).toInt();
        const int dd = exp->mid(4, 2).toInt();
        QDate d(2000 + yy, mm, 1);
        if (d.isValid())
            r.expiry = dd == 0 ? QDate(d.year(), d.month(), d.daysInMonth()) : QDate(2000 + yy, mm, dd);
        if (!r.expiry.isValid()) {
            r.status = ScanResult::Status::BadGs1;
            r.detail = u"expiry date (17) is not a date"_s;
            return;
        }
    }
    if (auto w = parsed.firstWithPrefix(u"310"_s)) { // net weight in kg, last AI digit = decimals
        const int decimals = w->ai.back().unicode() - u'0';
        r.weightGrams = divRoundHalfAway(w->value.toLongLong() * 1000, pow10(decimals));
    }
    if (auto p = parsed.firstWithPrefix(u"392"_s)) { // price to pay, local currency
        const int decimals = p->ai.back().unicode() - u'0';
        r.priceCents = divRoundHalfAway(p->value.toLongLong() * 100, pow10(decimals));
    }
}

QString ScanResult::symbologyName() const
{
    switch (symbology) {
    case Symbology::Ean13:
        return u"EAN-13"_s;
    case Symbology::Ean8:
        return u"EAN-8"_s;
    case Symbology::UpcA:
        return u"UPC-A"_s;
    case Symbology::Gtin14:
        return u"GTIN-14"_s;
    case Symbology::VariableMeasure:
        return u"EAN-13 variable measure"_s;
    case Symbology::Gs1:
        return u"GS1 element string"_s;
    case Symbology::Internal:
        return u"internal code"_s;
    case Symbology::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString ScanResult::clerkMessage() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::Empty:
        return QCoreApplication::translate("comptoir::ScanResult", "Empty scan: scan the code again.");
    case Status::BadCheckDigit:
        return QCoreApplication::translate(
            "comptoir::ScanResult", "Misread barcode %1 (wrong check digit): scan it again or type it.")
            .arg(raw);
    case Status::BadLength:
        return QCoreApplication::translate(
            "comptoir::ScanResult", "Barcode %1 has a wrong length: scan it again.")
            .arg(raw);
    case Status::BadCharacters:
        return QCoreApplication::translate(
            "comptoir::ScanResult", "Unreadable scan: check the scanner, then scan again.");
    case Status::BadGs1:
        return QCoreApplication::translate(
            "comptoir::ScanResult", "Unreadable GS1 code: scan it again or type the product.");
    }
    return {};
}

QString ScanResult::describe() const
{
    QStringList out;
    out << u"raw:          %1"_s.arg(raw);
    if (!aim.isEmpty())
        out << u"AIM id:       %1"_s.arg(aim);
    if (repairedKeyboardLayout)
        out << u"note:         AZERTY digit row repaired (scanner set to a US layout)"_s;
    out << u"symbology:    %1"_s.arg(symbologyName());
    out << u"status:       %1"_s.arg(
        ok() ? u"valid"_s : u"INVALID"_s + (detail.isEmpty() ? QString() : u" — "_s + detail));
    if (!lookupCode.isEmpty())
        out << u"catalog key:  %1"_s.arg(lookupCode);
    if (priceCents)
        out << u"price:        %1 cents"_s.arg(*priceCents);
    if (weightGrams)
        out << u"weight:       %1 g"_s.arg(*weightGrams);
    if (!batch.isEmpty())
        out << u"batch:        %1"_s.arg(batch);
    if (expiry.isValid())
        out << u"expiry:       %1"_s.arg(expiry.toString(Qt::ISODate));
    for (const auto &e : elements)
        out << u"AI (%1):%2%3"_s.arg(e.ai, QString(qMax(1, 8 - int(e.ai.size())), QLatin1Char(' ')), e.value);
    return out.join(u'\n');
}

} // namespace comptoir
