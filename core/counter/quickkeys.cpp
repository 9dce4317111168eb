// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickkeys.h"

#include "storage/settingstable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("comptoir::QuickKeys", text);
}

Error keyError(const char *code, const QString &message)
{
    return Error {u"quick_keys."_s + QLatin1StringView(code), message};
}

} // namespace

QuickKeys::QuickKeys(QSqlDatabase db, const Catalog &catalog)
    : m_db(std::move(db))
    , m_catalog(catalog)
{ }

QuickKeySet QuickKeys::load() const
{
    const QString json = SettingsTable(m_db).value(QLatin1StringView(kSettingKey));
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    auto set = QuickKeySet::fromJson(doc.object());
    // Written by this code after checking: unreadable only if someone edited the file.
    return set ? set.value() : QuickKeySet {};
}

Status QuickKeys::save(const QuickKeySet &set)
{
    return SettingsTable(m_db).setValue(QLatin1StringView(kSettingKey),
        QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact)));
}

QList<QuickKey> QuickKeys::page(const QString &miscName) const
{
    const QuickKeySet set = load();
    QList<QuickKey> out;
    QHash<QString, QString> colors;
    const QList<Category> categories = m_catalog.categories();
    for (const Category &c : categories)
        colors.insert(c.code, c.color);
    for (const QString &sku : set.favourites) {
        auto product = m_catalog.productBySku(sku);
        if (!product || !product->active)
            continue;
        QuickKey key;
        key.kind = QuickKey::Kind::Product;
        key.product = *product;
        key.code = product->sku;
        key.name = product->name;
        key.vat = product->vat;
        key.color = colors.value(product->categoryCode);
        out.append(key);
    }
    for (const Category &c : categories) {
        if (!c.departmentVat)
            continue;
        out.append({QuickKey::Kind::Department, {}, c.code, c.name, *c.departmentVat, c.color});
    }
    out.append({QuickKey::Kind::Misc, {}, QLatin1StringView(kMiscCode), miscName, set.miscVat, {}});
    return out;
}

Status QuickKeys::addFavourite(const QString &sku)
{
    QuickKeySet set = load();
    const auto product = m_catalog.productBySku(sku);
    if (!product || !product->active)
        return keyError("unknown", tr("This product is not sold here."));
    if (set.favourites.contains(sku))
        return keyError("already", tr("%1 is already a favourite.").arg(product->name));
    if (set.favourites.size() >= QuickKeySet::kMaxFavourites)
        return keyError("full",
            tr("The favourites page is full (%1 products): remove one first.")
                .arg(QuickKeySet::kMaxFavourites));
    set.favourites.append(sku);
    set.editedAtRegister = true;
    return save(set);
}

Status QuickKeys::removeFavourite(const QString &sku)
{
    QuickKeySet set = load();
    if (!set.favourites.removeOne(sku))
        return keyError("not_favourite", tr("This product is not a favourite."));
    set.editedAtRegister = true;
    return save(set);
}

Status QuickKeys::moveFavourite(const QString &sku, int toIndex)
{
    QuickKeySet set = load();
    const qsizetype from = set.favourites.indexOf(sku);
    if (from < 0)
        return keyError("not_favourite", tr("This product is not a favourite."));
    const qsizetype to = std::clamp<qsizetype>(toIndex, 0, set.favourites.size() - 1);
    if (to == from)
        return Ok {};
    set.favourites.move(from, to);
    set.editedAtRegister = true;
    return save(set);
}

Result<bool> QuickKeys::toggleFavourite(const QString &sku)
{
    const bool adding = !load().favourites.contains(sku);
    if (auto s = adding ? addFavourite(sku) : removeFavourite(sku); !s)
        return s.error();
    return adding;
}

Status QuickKeys::moveFavouriteBy(const QString &sku, int delta)
{
    const qsizetype at = load().favourites.indexOf(sku);
    if (at < 0)
        return keyError("not_favourite", tr("This product is not a favourite."));
    return moveFavourite(sku, int(std::clamp<qsizetype>(at + delta, 0, QuickKeySet::kMaxFavourites)));
}

Result<OpenAmount> QuickKeys::openAmount(
    const QString &code, const QString &amountText, std::optional<VatRate> vat, const QString &miscName) const
{
    const QuickKeySet set = load();
    OpenAmount out;
    if (code == QLatin1StringView(kMiscCode)) {
        out.sku = u"MISC"_s;
        out.name = miscName;
        out.vat = vat.value_or(set.miscVat);
        if (!out.vat.isFrench())
            return keyError("vat", tr("Choose one of the French VAT rates."));
    } else {
        const auto department = m_catalog.category(code);
        if (!department || !department->departmentVat)
            return keyError("no_department", tr("This department has no key: ask head office."));
        out.sku = u"DEPT-"_s + department->code;
        out.name = department->name;
        out.vat = *department->departmentVat;
    }
    const auto amount = Money::parse(amountText);
    if (!amount || amount->isNegative() || amount->isZero())
        return keyError("amount", tr("Enter an amount such as 3,50."));
    if (amount->cents() > set.openAmountMaxCents)
        return keyError("too_high",
            tr("%1 is more than this key may sell (%2): scan the items or ask a manager.")
                .arg(amount->toString(), Money::fromCents(set.openAmountMaxCents).toString()));
    out.amount = *amount;
    return out;
}

} // namespace comptoir
