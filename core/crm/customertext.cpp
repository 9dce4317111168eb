// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertext.h"

#include <array>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

namespace {

// French overseas departments dial from France with a 0 and their own national prefix, but
// have a country code of their own (ARCEP numbering plan).
struct Overseas
{
    const char16_t *national; // the 3 digits after the 0
    const char16_t *country;
};
constexpr std::array kOverseas = {
    Overseas {u"590", u"590"}, Overseas {u"690", u"590"}, Overseas {u"691", u"590"}, // Guadeloupe
    Overseas {u"596", u"596"}, Overseas {u"696", u"596"}, Overseas {u"697", u"596"}, // Martinique
    Overseas {u"594", u"594"}, Overseas {u"694", u"594"}, // Guyane
    Overseas {u"262", u"262"}, Overseas {u"263", u"262"}, Overseas {u"692", u"262"},
    Overseas {u"693", u"262"}, // La Réunion
    Overseas {u"269", u"262"}, Overseas {u"639", u"262"}, // Mayotte
};
constexpr std::array kFrenchCountryCodes = {u"33", u"262", u"590", u"594", u"596"};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

struct Dialled
{
    QString digits;
    bool international = false; // "+" or "00" before the country code
};

// The digits of a phone number, or nothing when the text holds other characters.
std::optional<Dialled> dialled(QStringView text)
{
    Dialled d;
    bool plus = false;
    for (QChar c : text) {
        if (isAsciiDigit(c))
            d.digits += c;
        else if (c == u'+' && d.digits.isEmpty() && !plus)
            plus = true;
        else if (!QStringView(u" .-/()").contains(c) && c != QChar::Nbsp)
            return std::nullopt;
    }
    if (plus) {
        d.international = true;
    } else if (d.digits.startsWith(u"00"_s)) {
        d.international = true;
        d.digits.remove(0, 2);
    }
    if (d.international) {
        // "+33 (0)6 ...": the trunk 0 written after a French country code is not dialled.
        for (const char16_t *cc : kFrenchCountryCodes) {
            const QStringView code(cc);
            if (d.digits.startsWith(code) && d.digits.size() > code.size() && d.digits[code.size()] == u'0') {
                d.digits.remove(code.size(), 1);
                break;
            }
        }
    }
    return d;
}

// The country code of a French national number (the digits after the 0).
QString countryOfNational(QStringView national)
{
    for (const Overseas &o : kOverseas) {
        if (national.startsWith(QStringView(o.national)))
            return QString::fromUtf16(o.country);
    }
    return u"33"_s;
}

} // namespace

QString phoneKey(QStringView text)
{
    const auto d = dialled(text);
    if (!d)
        return {};
    QString key;
    if (d->international)
        key = d->digits;
    else if (d->digits.size() == 10 && d->digits.startsWith(u'0'))
        key = countryOfNational(QStringView(d->digits).mid(1)) + QStringView(d->digits).mid(1);
    else if (d->digits.size() == 9 && !d->digits.startsWith(u'0'))
        key = countryOfNational(d->digits) + d->digits; // the 0 left out
    else if (d->digits.startsWith(u'0'))
        return {}; // a French number with a 0 has ten digits: one digit short, or one too many
    else
        key = d->digits;
    if (key.size() < 6 || key.size() > 15) // E.164 allows 15 digits
        return {};
    return key;
}

QStringList phoneKeyPrefixes(QStringView text)
{
    const auto d = dialled(text);
    if (!d || d->digits.size() < 2)
        return {};
    if (d->international)
        return {d->digits};
    const QStringView national =
        d->digits.startsWith(u'0') ? QStringView(d->digits).mid(1) : QStringView(d->digits);
    if (national.isEmpty())
        return {};
    // Long enough to tell an overseas number: one country. Shorter: every country whose
    // numbers may start so.
    for (const Overseas &o : kOverseas) {
        if (national.startsWith(QStringView(o.national)))
            return {QString::fromUtf16(o.country) + national};
    }
    QStringList out {u"33"_s + national};
    for (const Overseas &o : kOverseas) {
        const QString prefix = QString::fromUtf16(o.country) + national;
        if (QStringView(o.national).startsWith(national) && !out.contains(prefix))
            out << prefix;
    }
    return out;
}

QString formatPhone(const QString &key)
{
    for (const char16_t *cc : kFrenchCountryCodes) {
        const QStringView code(cc);
        if (!key.startsWith(code) || key.size() != code.size() + 9)
            continue;
        const QString national = key.mid(code.size());
        if (countryOfNational(national) != code)
            continue; // "+262 1...": not dialled from France with a 0
        QString out = u"0"_s + national.left(1);
        for (int i = 1; i < 9; i += 2)
            out += u' ' + national.mid(i, 2);
        return out;
    }
    return key.isEmpty() ? QString() : u"+"_s + key;
}

QString emailKey(QStringView text)
{
    const QString e = text.trimmed().toString().toLower();
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at != e.lastIndexOf(u'@') || at == e.size() - 1)
        return {};
    for (QChar c : e) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return {};
    }
    return e;
}

QString cardKey(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (isAsciiDigit(c) || (c >= u'A' && c <= u'Z'))
            out += c;
        else if (c >= u'a' && c <= u'z')
            out += c.toUpper();
        else if (c != u' ' && c != u'-')
            return {};
    }
    return out;
}

bool looksNumeric(QStringView text)
{
    int digits = 0;
    for (QChar c : text) {
        if (isAsciiDigit(c))
            ++digits;
        else if (!QStringView(u" .-/()+").contains(c))
            return false;
    }
    return digits >= 2;
}

QString foldText(QStringView text)
{
    QString out;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'\u0153' || c == u'\u0152') // œ: no decomposition
            out += u"oe"_s;
        else if (c == u'\u00e6' || c == u'\u00c6')
            out += u"ae"_s;
        else if (c == u'\u00df')
            out += u"ss"_s;
        else
            out += c.toLower();
    }
    return out;
}

namespace {

bool isTermChar(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z');
}

// The folded words of `text`, split on anything but ASCII letters and digits.
QStringList termWords(QStringView text)
{
    QStringList words;
    QString word;
    for (QChar c : foldText(text)) {
        if (isTermChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString termLetters(QStringView text)
{
    return termWords(text).join(QString());
}

constexpr qsizetype kMinTerm = 3;
constexpr qsizetype kMaxTerm = 40;

} // namespace

QStringList searchTerms(const QString &displayName, const QString &firstName, const QString &lastName,
    const QString &phone, const QString &email, const QStringList &cards)
{
    QStringList terms;
    const auto add = [&](const QString &term) {
        if (term.size() >= 2 && !terms.contains(term))
            terms << term.left(kMaxTerm);
    };
    for (const QString &part : {displayName, firstName, lastName}) {
        for (const QString &word : termWords(part))
            add(u'n' + word);
    }
    if (const QString key = phoneKey(phone); !key.isEmpty())
        add(u'p' + key);
    if (const QString key = emailKey(email); !key.isEmpty())
        add(u'e' + termLetters(key));
    for (const QString &card : cards) {
        if (const QString key = cardKey(card); !key.isEmpty())
            add(u'c' + key.toLower());
    }
    return terms;
}

QList<QStringList> searchTermGroups(QStringView text)
{
    const QString t = text.trimmed().toString();
    QList<QStringList> groups;
    const auto addGroup = [&](const QStringList &terms) {
        QStringList kept;
        for (const QString &term : terms) {
            if (term.size() >= kMinTerm)
                kept << term.left(kMaxTerm);
        }
        if (!kept.isEmpty() && kept.size() == terms.size() && !groups.contains(kept))
            groups << kept;
    };
    if (looksNumeric(t)) {
        for (const QString &prefix : phoneKeyPrefixes(t))
            addGroup({u'p' + prefix});
        if (const QString card = cardKey(t); !card.isEmpty())
            addGroup({u'c' + card.toLower()});
        return groups;
    }
    if (t.contains(u'@')) {
        addGroup({u'e' + termLetters(t)});
        return groups;
    }
    QStringList names;
    for (const QString &word : termWords(t))
        names << u'n' + word;
    addGroup(names);
    if (names.size() == 1) {
        addGroup({u'e' + termLetters(t)});
        addGroup({u'c' + termLetters(t)});
    }
    return groups;
}

QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    while (!end.isEmpty()) {
        const QChar last = end.back();
        if (last == u'z') {
            end.chop(1); // carry
            continue;
        }
        end.back() = last == u'9' ? QChar(u'a') : QChar(last.unicode() + 1);
        return end;
    }
    return end;
}

} // namespace comptoir::crm
