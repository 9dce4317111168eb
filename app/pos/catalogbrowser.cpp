// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogbrowser.h"

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
    const QList<Product> products = Catalog(m_database.connection()).search(text, 120);
    Q_EMIT found(sequence, products);
}

void SearchWorker::finish()
{
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
    if (m_category.isEmpty() && !m_categories.isEmpty())
        showCategory(m_categories.first().toMap().value(u"code"_s).toString());
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
    m_products.setPaged(
        [this, code](int offset, int limit) { return m_catalog.productsInCategory(code, offset, limit); },
        m_colors.value(code));
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
}

} // namespace comptoir
