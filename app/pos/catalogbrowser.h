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
};

// What the product grid shows: the categories, and either a category's products or search
// results.
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

    Q_INVOKABLE void showCategory(const QString &code);
    // Search-as-you-type; an empty text goes back to the current category.
    Q_INVOKABLE void search(const QString &text);
    void reload();
    void refreshTexts();

Q_SIGNALS:
    void categoriesChanged();
    void viewChanged();
    void searchingChanged();
    void searchRequested(int sequence, const QString &text);

private:
    void showResults(int sequence, const QList<Product> &products);

    Database &m_database;
    Catalog m_catalog;
    ProductListModel m_products;
    QVariantList m_categories;
    QHash<QString, QString> m_colors;
    QString m_category;
    QString m_query;
    bool m_searching = false;
    std::atomic<int> m_latest {0};
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
};

} // namespace comptoir
