// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crm/customer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace comptoir::crm {

// The register's snapshot of customers, as head office sent them (the customers feed):
// found by loyalty card (a scan), by id, or searched as the clerk types a name, a phone
// number in any format, an e-mail address or a card number.
//
// Names go through a full-text index (accents and case folded, prefixes of 1-3 letters
// indexed); phone numbers, e-mail addresses and cards through B-tree indexes of their
// normalised forms (customertext.h), searched by prefix.
class CustomerDirectory
{
public:
    explicit CustomerDirectory(QSqlDatabase db);

    std::optional<Customer> byCard(const QString &card) const;
    std::optional<Customer> byId(const QString &id) const;
    // Up to `limit` customers, sorted by name. A text of digits searches phone numbers and
    // cards; with an "@", e-mail addresses; else names (and e-mail addresses, for one word).
    QList<Customer> search(const QString &text, int limit = 20) const;
    qint64 count() const;

private:
    QList<Customer> fetch(QSqlQuery &q) const;
    std::optional<Customer> one(const QString &condition, const QString &value) const;

    QSqlDatabase m_db;
};

// Writes head office's customer records, in the caller's transaction.
class CustomerWriter
{
public:
    explicit CustomerWriter(QSqlDatabase db);

    // `record`: the customers feed's JSON, already validated (sync::validateChange).
    Status upsert(const QString &id, const QJsonObject &record, qint64 hqRevision);
    // The customer leaves this register: record, cards, search entry and purchase links.
    Status remove(const QString &id);

private:
    Result<std::optional<qint64>> rowOf(const QString &id);

    QSqlDatabase m_db;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_dropCards;
    QSqlQuery m_addCard;
    QSqlQuery m_dropSearch;
    QSqlQuery m_addSearch;
};

} // namespace comptoir::crm
