// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardvocabulary.h"

#include "cardmask.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::cards {

namespace {

// Lower case, letters and digits only: "Carte Bancaire", "carte_bancaire" and "CARTEBANCAIRE"
// are one name.
QString folded(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

struct Name
{
    const char16_t *name;
    const char16_t *brand;
};

// Whole names (folded) as terminals, schemes and store managers write them.
constexpr std::array kBrandNames {
    Name {u"cb", u"cartebancaire"},
    Name {u"cartebancaire", u"cartebancaire"},
    Name {u"cartesbancaires", u"cartebancaire"},
    Name {u"cbcontact", u"cartebancaire"},
    Name {u"cbsanscontact", u"cartebancaire"},
    Name {u"cbcontactless", u"cartebancaire"},
    Name {u"visa", u"visa"},
    Name {u"electron", u"visa"},
    Name {u"visaelectron", u"visa"},
    Name {u"vpay", u"visa"},
    Name {u"mc", u"mc"},
    Name {u"mastercard", u"mc"},
    Name {u"eurocard", u"mc"},
    Name {u"maestro", u"maestro"},
    Name {u"amex", u"amex"},
    Name {u"americanexpress", u"amex"},
    Name {u"cup", u"cup"},
    Name {u"unionpay", u"cup"},
    Name {u"chinaunionpay", u"cup"},
    Name {u"upi", u"cup"},
    Name {u"diners", u"diners"},
    Name {u"dinersclub", u"diners"},
    Name {u"discover", u"discover"},
    Name {u"jcb", u"jcb"},
    Name {u"bcmc", u"bcmc"},
    Name {u"bancontact", u"bcmc"},
    Name {u"cofinoga", u"cofinoga"},
    Name {u"franfinance", u"franfinance"},
    Name {u"accord", u"accord"},
    Name {u"banqueaccord", u"accord"},
    Name {u"cpei", u"cpei"},
    Name {u"cmcicpay", u"cmcicpay"},
    Name {u"cheque", u"cheque"},
    Name {u"chèque", u"cheque"},
};

// Adyen's payment method variants start with the brand ("mcdebit", "visadebit",
// "amex_applepay", "maestrouk"): the longest known prefix wins.
constexpr std::array kBrandPrefixes {
    Name {u"mastercard", u"mc"},
    Name {u"maestro", u"maestro"},
    Name {u"visa", u"visa"},
    Name {u"amex", u"amex"},
    Name {u"cartebancaire", u"cartebancaire"},
    Name {u"diners", u"diners"},
    Name {u"discover", u"discover"},
    Name {u"bcmc", u"bcmc"},
    Name {u"jcb", u"jcb"},
    Name {u"cup", u"cup"},
    Name {u"mc", u"mc"},
};

struct Code
{
    const char16_t *code;
    const char16_t *brand;
    const char16_t *entryMode; // implied, or empty
};

// Caisse-AP CC (the application the terminal used): Akretion's and OCA's tables.
constexpr std::array kCaisseApApplications {
    Code {u"001", u"cartebancaire", u""},
    Code {u"00B", u"cartebancaire", u"contactless"},
    Code {u"002", u"amex", u""},
    Code {u"00D", u"amex", u"contactless"},
    Code {u"003", u"cartebancaire", u""}, // CB enseigne
    Code {u"005", u"cofinoga", u""},
    Code {u"006", u"diners", u""},
    Code {u"007", u"cartebancaire", u""}, // CB-Pass
    Code {u"008", u"franfinance", u""},
    Code {u"009", u"jcb", u""},
    Code {u"00A", u"accord", u""},
    Code {u"00I", u"cpei", u""},
    Code {u"00E", u"cmcicpay", u""},
    Code {u"00U", u"cup", u""},
    Code {u"00C", u"cheque", u""},
};

// EMV application identifiers (registered RIDs, and the PIX where a RID has several brands).
constexpr std::array kAids {
    Name {u"A0000000421010", u"cartebancaire"},
    Name {u"A000000042", u"cartebancaire"},
    Name {u"A0000000043060", u"maestro"},
    Name {u"A000000004", u"mc"},
    Name {u"A000000003", u"visa"},
    Name {u"A000000025", u"amex"},
    Name {u"A000000333", u"cup"},
    Name {u"A000000065", u"jcb"},
    Name {u"A000000152", u"discover"},
    Name {u"A000000324", u"discover"},
};

struct Mode
{
    const char16_t *name;
    const char16_t *mode;
};

// nexo EntryModeType, Caisse-AP's words, what people write.
constexpr std::array kEntryModes {
    Mode {u"icc", u"chip"},
    Mode {u"synchronousicc", u"chip"},
    Mode {u"chip", u"chip"},
    Mode {u"chipandpin", u"chip"},
    Mode {u"contact", u"chip"},
    Mode {u"emv", u"chip"},
    Mode {u"inserted", u"chip"},
    Mode {u"tapped", u"contactless"},
    Mode {u"contactless", u"contactless"},
    Mode {u"rfid", u"contactless"},
    Mode {u"nfc", u"contactless"},
    Mode {u"sanscontact", u"contactless"},
    Mode {u"clessswipe", u"contactless"},
    Mode {u"cless", u"contactless"},
    Mode {u"magstripe", u"swipe"},
    Mode {u"swipe", u"swipe"},
    Mode {u"swiped", u"swipe"},
    Mode {u"piste", u"swipe"},
    Mode {u"keyed", u"manual"},
    Mode {u"manual", u"manual"},
    Mode {u"manuel", u"manual"},
    Mode {u"file", u"file"},
    Mode {u"cardonfile", u"file"},
    Mode {u"scanned", u"scanned"},
    Mode {u"mobile", u"mobile"},
};

} // namespace

QString brand(QStringView anyName)
{
    const QString f = folded(anyName);
    if (f.isEmpty())
        return {};
    for (const Name &n : kBrandNames) {
        if (f == QStringView(n.name))
            return QString::fromUtf16(n.brand);
    }
    for (const Code &c : kCaisseApApplications) {
        if (anyName.trimmed().compare(QStringView(c.code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(c.brand);
    }
    if (const QString fromAid = brandFromAid(anyName); !fromAid.isEmpty())
        return fromAid;
    for (const Name &p : kBrandPrefixes) {
        if (f.startsWith(QStringView(p.name)))
            return QString::fromUtf16(p.brand);
    }
    // Unknown: kept as the terminal named it, folded and cut, which can join digits into what
    // reads as a card number ("4444…Contactless"): scrubbed after the cut.
    return scrubCardNumbers(f.left(32));
}

QString brandFromCaisseAp(QStringView cc)
{
    const QStringView code = cc.trimmed();
    for (const Code &c : kCaisseApApplications) {
        if (code.compare(QStringView(c.code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(c.brand);
    }
    if (code.isEmpty() || code == u"000")
        return {}; // "others": not said
    return brand(code);
}

QString brandFromAid(QStringView aid)
{
    const QString a = aid.trimmed().toString().toUpper();
    if (a.size() < 10 || !a.startsWith(u'A'))
        return {};
    for (const Name &n : kAids) {
        if (a.startsWith(QStringView(n.name)))
            return QString::fromUtf16(n.brand);
    }
    return {};
}

QString entryMode(QStringView anyName)
{
    const QString f = folded(anyName);
    for (const Mode &m : kEntryModes) {
        if (f == QStringView(m.name))
            return QString::fromUtf16(m.mode);
    }
    return scrubCardNumbers(f.left(16)); // as brand(): scrubbed after the cut
}

QString entryModeFromCaisseAp(QStringView ci)
{
    const QStringView c = ci.trimmed();
    if (c == u"1")
        return u"chip"_s;
    if (c == u"2")
        return u"contactless"_s;
    if (c == u"3")
        return u"swipe"_s;
    if (c == u"4")
        return u"manual"_s;
    return {}; // "0" indifferent, or a code the dictionary does not have
}

QString entryModeFromCaisseApApplication(QStringView cc)
{
    const QStringView code = cc.trimmed();
    for (const Code &c : kCaisseApApplications) {
        if (code.compare(QStringView(c.code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(c.entryMode);
    }
    return {};
}

QString nexoEntryMode(QStringView mode)
{
    if (mode == u"chip")
        return u"ICC"_s;
    if (mode == u"contactless")
        return u"Contactless"_s;
    if (mode == u"swipe")
        return u"MagStripe"_s;
    if (mode == u"manual")
        return u"Keyed"_s;
    if (mode == u"file")
        return u"File"_s;
    if (mode == u"scanned")
        return u"Scanned"_s;
    if (mode == u"mobile")
        return u"Mobile"_s;
    return mode.toString();
}

} // namespace comptoir::cards
