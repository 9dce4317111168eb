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

    struct OpenOptions
    {
        bool createIfMissing = true; // a register's first start; never a tool reading a file
        bool readOnly = false; // read as it is (an auditor's copy): nothing written, no upgrade
    };
    // Looks at the file first, and refuses, with the cause in the clerk's language, what is
    // not a register's database: an empty file, a truncated one, another program's file or
    // database, a folder, a file from a newer Comptoir, one it may not read, one another
    // program holds. Nothing is written to a file refused. Then opens it (creating a missing
    // one if allowed), applies pragmas and brings the schema up to date (not read-only).
    // Once refused, the file is left alone: connection() opens nothing (what is torn down
    // after a failed start, such as a last event written on the way out, cannot create it).
    Status open(const OpenOptions &options);
    Status open() { return open(OpenOptions {}); }
    bool readOnly() const { return m_readOnly; }

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

    Status openChecked(const OpenOptions &options);
    Status probeFile(const OpenOptions &options) const;
    Status probeSchema(QSqlDatabase db) const;

    QString m_path;
    QString m_id;
    bool m_readOnly = false;
    bool m_immutable = false; // read-only, a WAL file without a WAL: read the file alone
    bool m_probing = false; // open() is looking at the file: no pragma may write to it yet
    bool m_refused = false; // open() refused the file: no connection may open (and write) it
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
