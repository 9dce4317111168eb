// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "hqdatabase.h"
#include "sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace comptoir::hq {

struct RegisterIdentity
{
    QString storeId;
    QString registerId;
};

// What head office does, without HTTP: the server and the command line both call it. Every
// method is one database transaction, so any number of comptoir-hq instances can share one
// PostgreSQL database.
class HqService
{
public:
    explicit HqService(HqDatabase &db, const Clock &clock = Clock::system());

    // Operator tooling.
    Status createStore(const QString &id, const QString &name, const QString &country = QStringLiteral("FR"),
        const QString &timezone = QStringLiteral("Europe/Paris"));
    Status createRegister(const QString &storeId, const QString &registerId, const QString &label = {});
    // A one-time code (shown once, only its hash kept), valid `validHours`.
    Result<QString> createEnrollmentCode(
        const QString &storeId, const QString &registerId, int validHours = 24);
    Result<QString> createOperatorToken(const QString &name);

    // Device side.
    Result<sync::Enrollment> enroll(
        const QString &code, const QString &deviceName, const QString &appVersion);
    // An error only when the database cannot answer; an unknown token is an empty optional.
    Result<std::optional<RegisterIdentity>> authenticateRegister(QByteArrayView bearerToken) const;
    Result<bool> authenticateOperator(QByteArrayView bearerToken) const;
    Status ping() const; // the database answers
    // A customer's erasure: every ticket keeps its figures and its signature, loses the link to
    // them (column and stored event); sales still on their way are stored without it. Returns
    // how many tickets were unlinked. HqMasterData::withdrawCustomer takes the record away.
    Result<qint64> anonymiseCustomer(const QString &customerId);
    // A register was heard from without sending events (it asked for master data).
    Status noteContact(const RegisterIdentity &who);

    // Stores the batch's events, each once, and says which it holds and which it refuses.
    // The register's identity comes from its token; a batch about another store or register
    // is refused whole (Error code "register.mismatch").
    Result<sync::BatchAck> ingest(const RegisterIdentity &who, const sync::Batch &batch);

    // Per register: last contact, backlog the register reported, tickets held, chain status.
    Result<QJsonArray> syncStatus(const QString &storeId = {}) const; // error: the database
    // Sales per store and business day: totals per VAT rate and per tender, in cents.
    // Sums in the database; an error only when it cannot answer.
    Result<QJsonObject> salesReport(
        const QString &from, const QString &to, const QString &storeId = {}) const;

    // A ticket of any register of the chain, for a return at another one: the ticket as its
    // register sent it, its store, the cancellation that reverses it if any, and every line
    // returned against it so far, wherever ({"ticket", "position", "returns", "quantity_milli"}).
    // Empty when head office does not hold it.
    Result<std::optional<QJsonObject>> chainTicket(const QString &ticketId) const;

    HqDatabase &database() const { return m_db; }

    static QByteArray hashSecret(QByteArrayView secret); // hex SHA-256
    static QString newToken(); // 256 random bits, base64url
    static QString newEnrollmentCode(); // "K7QP-M2XD-9T4W": no 0/O/1/I

private:
    Status advanceChain(const RegisterIdentity &who);

    HqDatabase &m_db;
    const Clock &m_clock;
};

} // namespace comptoir::hq
