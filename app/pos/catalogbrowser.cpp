// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogbrowser.h"

#include "staffdesk.h"

#include "counter/quickkeys.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_DECLARE_LOGGING_CATEGORY(lcLanguage) // "comptoir.ui"

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {
CatalogBrowser *s_instance = nullptr;
}

SearchWorker::SearchWorker(Database &database, std::atomic<int> &latest)
    : m_database(database)
    , m_latest(latest)
{ }

void SearchWorker::search(int sequence, const QString &text)
{
    if (sequence != m_latest.load())
        return; // superseded while queued
    if (!m_catalog)
        m_catalog.emplace(m_database.connection());
    const QList<Product> products = m_catalog->search(text);
    Q_EMIT found(sequence, products);
}

void SearchWorker::finish()
{
    m_catalog.reset(); // its prepared queries go before the connection
    m_database.releaseThreadConnection();
}

CatalogBrowser::CatalogBrowser(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(database.connection())
{
    qRegisterMetaType<QList<comptoir::Product>>();
    // Product pictures sit next to the database: <folder of the .db>/images/<file>.
    m_products.setImageFolder(QFileInfo(database.path()).absolutePath() + u"/images"_s);
    m_worker = new SearchWorker(database, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &CatalogBrowser::searchRequested, m_worker, &SearchWorker::search);
    connect(m_worker, &SearchWorker::found, this, &CatalogBrowser::showResults);
    m_thread.setObjectName(u"catalog-search"_s);
    m_thread.start();
    reload();
}

CatalogBrowser::~CatalogBrowser()
{
    QMetaObject::invokeMethod(m_worker, &SearchWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    if (s_instance == this)
        s_instance = nullptr;
}

CatalogBrowser *CatalogBrowser::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CatalogBrowser::setInstance(CatalogBrowser *instance)
{
    s_instance = instance;
}

void CatalogBrowser::reload()
{
    m_categories.clear();
    m_colors.clear();
    for (const Category &c : m_catalog.categories()) {
        m_categories.append(QVariantMap {{u"code"_s, c.code}, {u"name"_s, c.name}, {u"color"_s, c.color}});
        m_colors.insert(c.code, c.color);
    }
    Q_EMIT categoriesChanged();
    reloadQuickKeys();
    // The favourites page first, when the store has one; else the first category.
    if (m_category.isEmpty())
        showCategory(m_quickKeys.size() > 1 || m_categories.isEmpty()
                ? kFavourites
                : m_categories.first().toMap().value(u"code"_s).toString());
}

void CatalogBrowser::reloadQuickKeys()
{
    QuickKeys keys(m_database.connection(), m_catalog);
    m_quickKeys.clear();
    QSet<QString> favourites;
    const QLocale locale;
    for (const QuickKey &k : keys.page(tr("Miscellaneous"))) {
        QVariantMap m {{u"code"_s, k.code}, {u"name"_s, k.name}, {u"color"_s, k.color},
            {u"vatText"_s, k.vat.toString(locale)}};
        switch (k.kind) {
        case QuickKey::Kind::Product:
            favourites.insert(k.product.sku);
            m.insert(u"kind"_s, u"product"_s);
            m.insert(u"productId"_s, int(k.product.id));
            m.insert(u"soldByWeight"_s, k.product.soldByWeight);
            m.insert(u"priceText"_s,
                k.product.soldByWeight ? tr("%1/kg").arg(k.product.price.toString())
                                       : k.product.price.toString());
            break;
        case QuickKey::Kind::Department:
            m.insert(u"kind"_s, u"department"_s);
            break;
        case QuickKey::Kind::Misc:
            m.insert(u"kind"_s, u"misc"_s);
            break;
        }
        m_quickKeys.append(m);
    }
    m_products.setFavourites(favourites);
    Q_EMIT quickKeysChanged();
}

void CatalogBrowser::setBestSellersFirst(bool first)
{
    if (first == m_bestSellersFirst)
        return;
    m_bestSellersFirst = first;
    if (m_query.isEmpty())
        showCategory(m_category);
    else
        Q_EMIT viewChanged();
}

void CatalogBrowser::setEditingFavourites(bool editing)
{
    if (editing == m_editing)
        return;
    const auto edit = [this, editing]() -> Status {
        if (editing && m_staff) {
            if (auto s = m_staff->session().require(Permission::EditFavourites); !s)
                return s;
        }
        m_editing = editing;
        Q_EMIT editingChanged();
        return Ok {};
    };
    if (m_staff)
        m_staff->attempt(edit);
    else
        edit().ok();
    if (m_editing != editing)
        Q_EMIT editingChanged(); // a switch bound to it goes back
}

bool CatalogBrowser::toggleFavourite(const QString &sku)
{
    if (!m_editing)
        return false;
    const auto added = QuickKeys(m_database.connection(), m_catalog).toggleFavourite(sku);
    if (!added) {
        Q_EMIT notice(added.error().message, true);
        return false;
    }
    const bool adding = *added;
    reloadQuickKeys();
    const auto product = m_catalog.productBySku(sku);
    const QString name = product ? product->name : sku;
    Q_EMIT notice(adding ? tr("%1 added to the favourites.").arg(name)
                         : tr("%1 removed from the favourites.").arg(name),
        false);
    Q_EMIT favouritesEdited(adding ? u"add"_s : u"remove"_s, sku);
    return true;
}

bool CatalogBrowser::moveFavourite(const QString &sku, int delta)
{
    if (!m_editing)
        return false;
    const Status s = QuickKeys(m_database.connection(), m_catalog).moveFavouriteBy(sku, delta);
    if (!s) {
        Q_EMIT notice(s.error().message, true);
        return false;
    }
    reloadQuickKeys();
    Q_EMIT favouritesEdited(u"move"_s, sku);
    return true;
}

void CatalogBrowser::showCategory(const QString &code)
{
    m_category = code;
    m_query.clear();
    ++m_latest; // results of a pending search no longer apply
    if (m_searching) {
        m_searching = false;
        Q_EMIT searchingChanged();
    }
    if (code == kFavourites) {
        m_products.setProducts({}, m_colors);
    } else {
        const auto order = m_bestSellersFirst ? Catalog::Order::BestSellers : Catalog::Order::Name;
        m_products.setPaged(
            [this, code, order](
                int offset, int limit) { return m_catalog.productsInCategory(code, offset, limit, order); },
            m_colors.value(code));
    }
    Q_EMIT viewChanged();
}

void CatalogBrowser::search(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        showCategory(m_category);
        return;
    }
    m_query = trimmed;
    if (!m_searching) {
        m_searching = true;
        Q_EMIT searchingChanged();
    }
    Q_EMIT viewChanged();
    Q_EMIT searchRequested(++m_latest, trimmed);
}

void CatalogBrowser::showResults(int sequence, const QList<Product> &products)
{
    if (sequence != m_latest.load())
        return;
    m_products.setProducts(products, m_colors);
    qCInfo(lcLanguage).noquote() << "search:" << m_query << "->" << products.size() << "product(s)";
    m_searching = false;
    Q_EMIT searchingChanged();
    Q_EMIT viewChanged();
}

void CatalogBrowser::refreshTexts()
{
    m_products.refreshTexts();
    reloadQuickKeys();
}

} // namespace comptoir
