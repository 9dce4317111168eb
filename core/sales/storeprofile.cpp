// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeprofile.h"

#include "storage/settingstable.h"

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

StoreProfile StoreProfile::load(const SettingsTable &s)
{
    StoreProfile p;
    p.storeId = s.value(u"store.id"_s, p.storeId);
    p.registerId = s.value(u"register.id"_s, p.registerId);
    p.storeName = s.value(u"store.name"_s, p.storeName);
    p.address = s.value(u"store.address"_s).split(u'\n', Qt::SkipEmptyParts);
    p.siret = s.value(u"store.siret"_s);
    p.vatNumber = s.value(u"store.vat_number"_s);
    p.phone = s.value(u"store.phone"_s);
    p.receiptFooter = s.value(u"receipt.footer"_s);
    p.training = s.value(u"register.training"_s) == u"1"_s;
    return p;
}

Status StoreProfile::save(SettingsTable &s) const
{
    const std::pair<QString, QString> values[] = {
        {u"store.id"_s, storeId},
        {u"register.id"_s, registerId},
        {u"store.name"_s, storeName},
        {u"store.address"_s, address.join(u'\n')},
        {u"store.siret"_s, siret},
        {u"store.vat_number"_s, vatNumber},
        {u"store.phone"_s, phone},
        {u"receipt.footer"_s, receiptFooter},
        {u"register.training"_s, training ? u"1"_s : u"0"_s},
    };
    for (const auto &[key, value] : values) {
        if (auto st = s.setValue(key, value); !st)
            return st;
    }
    return Ok {};
}

} // namespace comptoir
