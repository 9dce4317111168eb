// SPDX-License-Identifier: GPL-3.0-or-later
#include "gs1.h"

#include "gtin.h"

using namespace Qt::Literals::StringLiterals;

namespace comptoir::gs1 {

std::optional<QString> ParseResult::value(const QString &ai) const
{
    for (const auto &e : elements) {
        if (e.ai == ai)
            return e.value;
    }
    return std::nullopt;
}

std::optional<Element> ParseResult::firstWithPrefix(const QString &aiPrefix) const
{
    for (const auto &e : elements) {
        if (e.ai.startsWith(aiPrefix))
            return e;
    }
    return std::nullopt;
}

std::optional<AiSpec> specFor(QStringView d)
{
    if (d.size() < 2 || !gtin::isDigits(d.left(2)))
        return std::nullopt;
    const int two = d.left(2).toInt();
    // The subset of the GS1 General Specifications a store meets on its goods.
    switch (two) {
    case 0:
        return AiSpec {2, 18, 18}; // SSCC
    case 1: // GTIN
    case 2:
        return AiSpec {2, 14, 14}; // GTIN of contained items
    case 10:
        return AiSpec {2, -1, 20, false}; // batch/lot
    case 11: // production date
    case 12:
    case 13:
    case 15: // best before
    case 16:
    case 17:
        return AiSpec {2, 6, 6}; // expiry YYMMDD
    case 20:
        return AiSpec {2, 2, 2}; // variant
    case 21:
        return AiSpec {2, -1, 20, false}; // serial
    case 22:
        return AiSpec {2, -1, 20, false};
    case 30:
        return AiSpec {2, -1, 8}; // count
    case 37:
        return AiSpec {2, -1, 8};
    default:
        break;
    }
    if (d.size() < 3 || !gtin::isDigits(d.left(3)))
        return std::nullopt;
    const int three = d.left(3).toInt();
    if (three >= 240 && three <= 243)
        return AiSpec {3, -1, 30, false};
    if (three >= 250 && three <= 254)
        return AiSpec {3, -1, 30, false};
    if (three >= 400 && three <= 403)
        return AiSpec {3, -1, 30, false};
    if (three >= 410 && three <= 417)
        return AiSpec {3, 13, 13};
    if (three == 420)
        return AiSpec {3, -1, 20, false};
    if (three == 422 || three == 424 || three == 425 || three == 426)
        return AiSpec {3, -1, 15};
    if (d.size() < 4 || !gtin::isDigits(d.left(4)))
        return std::nullopt;
    const int four = d.left(4).toInt();
    // 31nn-36nn: trade measures, six digits, last digit of the AI = decimals
    if (four >= 3100 && four <= 3699)
        return AiSpec {4, 6, 6};
    if ((four >= 3900 && four <= 3909) || (four >= 3920 && four <= 3929))
        return AiSpec {4, -1, 15}; // amount / price, last AI digit = decimals
    if ((four >= 3910 && four <= 3919) || (four >= 3930 && four <= 3939))
        return AiSpec {4, -1, 18}; // ISO currency + amount
    if (four == 7003)
        return AiSpec {4, 10, 10};
    if (four >= 8000 && four <= 8099)
        return AiSpec {4, -1, 30, false};
    return std::nullopt;
}

namespace {

ParseResult parseParenthesised(QStringView data)
{
    ParseResult r;
    qsizetype i = 0;
    while (i < data.size()) {
        if (data[i] != u'(') {
            r.error = u"expected '(' at %1"_s.arg(i);
            return r;
        }
        const qsizetype close = data.indexOf(u')', i);
        if (close < 0) {
            r.error = u"unclosed '('"_s;
            return r;
        }
        const QString ai = data.mid(i + 1, close - i - 1).toString();
        qsizetype next = data.indexOf(u'(', close);
        if (next < 0)
            next = data.size();
        const QString value = data.mid(close + 1, next - close - 1).toString();
        const auto spec = specFor(ai);
        if (!spec || spec->aiLength != ai.size()) {
            r.error = u"unknown AI (%1)"_s.arg(ai);
            return r;
        }
        r.elements.append({ai, value});
        i = next;
    }
    return r;
}

} // namespace

ParseResult parse(QStringView data, QChar separator)
{
    ParseResult r;
    if (data.startsWith(u'('))
        r = parseParenthesised(data);
    else {
        qsizetype i = 0;
        while (i < data.size()) {
            if (data[i] == separator || data[i] == QChar(0x1D)) {
                ++i;
                continue;
            }
            const auto spec = specFor(data.mid(i));
            if (!spec) {
                r.error = u"unknown AI at position %1"_s.arg(i);
                return r;
            }
            const QString ai = data.mid(i, spec->aiLength).toString();
            i += spec->aiLength;
            QString value;
            if (spec->fixedDataLength > 0) {
                value = data.mid(i, spec->fixedDataLength).toString();
                i += spec->fixedDataLength;
            } else {
                qsizetype end = i;
                while (end < data.size() && data[end] != separator && data[end] != QChar(0x1D) &&
                    end - i < spec->maxDataLength)
                    ++end;
                value = data.mid(i, end - i).toString();
                i = end;
            }
            r.elements.append({ai, value});
        }
    }
    if (!r.ok())
        return r;
    if (r.elements.isEmpty()) {
        r.error = u"no element"_s;
        return r;
    }
    // Validate each value against its AI.
    for (const auto &e : std::as_const(r.elements)) {
        const auto spec = specFor(e.ai);
        if (spec->fixedDataLength > 0 && e.value.size() != spec->fixedDataLength) {
            r.error = u"AI (%1) needs %2 characters"_s.arg(e.ai).arg(spec->fixedDataLength);
            return r;
        }
        if (e.value.isEmpty() || e.value.size() > spec->maxDataLength) {
            r.error = u"AI (%1) has a bad length"_s.arg(e.ai);
            return r;
        }
        if (spec->numeric && !gtin::isDigits(e.value)) {
            r.error = u"AI (%1) must be numeric"_s.arg(e.ai);
            return r;
        }
        if ((e.ai == u"01"_s || e.ai == u"02"_s) && !gtin::hasValidCheckDigit(e.value)) {
            r.error = u"GTIN check digit is wrong"_s;
            return r;
        }
    }
    return r;
}

} // namespace comptoir::gs1
