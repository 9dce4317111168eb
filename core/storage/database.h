// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace comptoir {

// The register's SQLite file. One QSqlDatabase connection per thread (Qt SQL connections
// must not cross threads); every connection runs in WAL mode with synchronous=FULL so a
// committed sale survives a power cut.
class Database
{
public:
    explicit Database(QString path);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }

    // Opens the file (creating it), applies pragmas and brings the schema up to date.
    Status open();

    // SQLite's page-level check of the whole file (slow on big files).
    Status integrityCheck() const;

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;

    // The settings every connection runs with (WAL, synchronous=FULL, 8 MB cache, ...); also
    // restores them after a bulk load changed some (MasterData::setBulkLoading).
    static void applyConnectionSettings(QSqlDatabase db);

    // Closes and removes this thread's connection (call before a worker thread ends).
    void releaseThreadConnection() const;

    // A translated "the disk is full" / "the database is damaged" / ... from a SQL error.
    static Error errorFrom(const QSqlError &error, const QString &context);

private:
    QString connectionName() const;

    QString m_path;
    QString m_id;
};

// Runs a statement and returns a clerk-facing error on failure.
Status exec(QSqlQuery &query, const char *context);
Status exec(QSqlDatabase db, const QString &sql);

// RAII transaction: rolls back unless commit() succeeded. Uses BEGIN IMMEDIATE so the write
// lock is taken before anything is read (ticket numbers must not race).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace comptoir
