// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickkeyset.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

bool isSku(const QString &sku)
{
    if (sku.isEmpty() || sku.size() > 64)
        return false;
    for (QChar c : sku) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QJsonObject QuickKeySet::toJson() const
{
    QJsonObject o {{u"favourites"_s, QJsonArray::fromStringList(favourites)},
        {u"open_amount_max_cents"_s, openAmountMaxCents}, {u"misc_vat_bp"_s, miscVat.basisPoints()}};
    if (editedAtRegister)
        o.insert(u"edited_at_register"_s, true);
    return o;
}

Result<QuickKeySet> QuickKeySet::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &why) {
        return Error {u"quick_keys.invalid"_s, why};
    };
    QuickKeySet set;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!QStringList {
                u"favourites"_s, u"open_amount_max_cents"_s, u"misc_vat_bp"_s, u"edited_at_register"_s}
                 .contains(it.key()))
            return bad(u"\"%1\" is not a quick keys field"_s.arg(it.key().left(40)));
    }
    const QJsonValue favourites = o.value(u"favourites"_s);
    if (!favourites.isUndefined()) {
        if (!favourites.isArray() || favourites.toArray().size() > kMaxFavourites)
            return bad(u"\"favourites\" is not a list of at most %1 SKUs"_s.arg(kMaxFavourites));
        for (const QJsonValue &v : favourites.toArray()) {
            if (!v.isString() || !isSku(v.toString()))
                return bad(u"\"favourites\" holds something else than SKUs"_s);
            if (set.favourites.contains(v.toString()))
                return bad(u"\"favourites\" names %1 twice"_s.arg(v.toString()));
            set.favourites.append(v.toString());
        }
    }
    const QJsonValue max = o.value(u"open_amount_max_cents"_s);
    if (!max.isUndefined()) {
        if (!max.isDouble() || max.toDouble() != double(max.toInteger()) || max.toInteger() < 1 ||
            max.toInteger() > kMaxOpenAmountMaxCents)
            return bad(u"\"open_amount_max_cents\" is not a whole number of cents from 1 to %1"_s.arg(
                kMaxOpenAmountMaxCents));
        set.openAmountMaxCents = max.toInteger();
    }
    const QJsonValue misc = o.value(u"misc_vat_bp"_s);
    if (!misc.isUndefined()) {
        const VatRate rate(int(misc.toInteger(-1)));
        if (!misc.isDouble() || misc.toDouble() != double(misc.toInteger()) || !rate.isFrench())
            return bad(u"\"misc_vat_bp\" is not a French VAT rate in basis points"_s);
        set.miscVat = rate;
    }
    const QJsonValue edited = o.value(u"edited_at_register"_s);
    if (!edited.isUndefined() && !edited.isBool())
        return bad(u"\"edited_at_register\" is not true or false"_s);
    set.editedAtRegister = edited.toBool();
    return set;
}

} // namespace comptoir
