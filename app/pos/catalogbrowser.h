// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "productlistmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QtQmlIntegration>

#include <atomic>

namespace comptoir {

class Database;

// Runs searches on its own thread and connection; a request superseded by a newer one is
// skipped, so typing fast never queues work.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    SearchWorker(Database &database, std::atomic<int> &latest);
    void search(int sequence, const QString &text);
    void finish();

Q_SIGNALS:
    void found(int sequence, const QList<comptoir::Product> &products);

private:
    Database &m_database;
    std::atomic<int> &m_latest;
    std::optional<Catalog> m_catalog; // on the worker's thread and connection, its queries prepared once
};

// What the product grid shows: the categories, and either a category's products or search
// results.
class Staff;

class CatalogBrowser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(comptoir::ProductListModel *products READ products CONSTANT)
    Q_PROPERTY(QString currentCategory READ currentCategory NOTIFY viewChanged)
    Q_PROPERTY(QString query READ query NOTIFY viewChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    Q_PROPERTY(int resultCount READ resultCount NOTIFY viewChanged)
    // The search stopped at its limit: more letters narrow it.
    Q_PROPERTY(bool resultsCapped READ resultsCapped NOTIFY viewChanged)
    // The favourites page (counter/quickkeys.h): favourite products, department keys, misc.
    Q_PROPERTY(QVariantList quickKeys READ quickKeys NOTIFY quickKeysChanged)
    Q_PROPERTY(bool favouritesShown READ favouritesShown NOTIFY viewChanged)
    Q_PROPERTY(bool bestSellersFirst READ bestSellersFirst WRITE setBestSellersFirst NOTIFY viewChanged)
    // A manager arranging the favourites: a tap on a product adds or removes it.
    Q_PROPERTY(bool editingFavourites READ editingFavourites WRITE setEditingFavourites NOTIFY editingChanged)
public:
    CatalogBrowser(Database &database, QObject *parent = nullptr);
    ~CatalogBrowser() override;

    static CatalogBrowser *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CatalogBrowser *instance);

    QVariantList categories() const { return m_categories; }
    ProductListModel *products() { return &m_products; }
    QString currentCategory() const { return m_category; }
    QString query() const { return m_query; }
    bool searching() const { return m_searching; }
    int resultCount() const { return m_products.rowCount(); }
    bool resultsCapped() const { return !m_query.isEmpty() && resultCount() >= Catalog::kSearchLimit; }

    QVariantList quickKeys() const { return m_quickKeys; }
    bool favouritesShown() const { return m_category == kFavourites; }
    bool bestSellersFirst() const { return m_bestSellersFirst; }
    void setBestSellersFirst(bool first);
    bool editingFavourites() const { return m_editing; }
    // Editing the favourites takes the EditFavourites permission, or another clerk's approval.
    void setStaff(Staff *staff) { m_staff = staff; }
    void setEditingFavourites(bool editing);

    Q_INVOKABLE void showCategory(const QString &code);
    Q_INVOKABLE void showFavourites() { showCategory(kFavourites); }
    // Edits of the favourites page; false with a notice when refused.
    Q_INVOKABLE bool toggleFavourite(const QString &sku);
    Q_INVOKABLE bool moveFavourite(const QString &sku, int delta);
    // Search-as-you-type; an empty text goes back to the current category.
    Q_INVOKABLE void search(const QString &text);
    void reload();
    void refreshTexts();

Q_SIGNALS:
    void categoriesChanged();
    void viewChanged();
    void searchingChanged();
    void searchRequested(int sequence, const QString &text);
    void quickKeysChanged();
    void editingChanged();
    // For the clerk (refusals) and the event journal (what a manager changed).
    void notice(const QString &text, bool refused);
    void favouritesEdited(const QString &action, const QString &sku);

private:
    static inline const QString kFavourites = QStringLiteral("*favourites");
    void reloadQuickKeys();
    void showResults(int sequence, const QList<Product> &products);

    Database &m_database;
    Catalog m_catalog;
    ProductListModel m_products;
    QVariantList m_categories;
    QHash<QString, QString> m_colors;
    QString m_category;
    QString m_query;
    bool m_searching = false;
    QVariantList m_quickKeys;
    bool m_bestSellersFirst = true;
    bool m_editing = false;
    Staff *m_staff = nullptr;
    std::atomic<int> m_latest {0};
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
};

} // namespace comptoir
