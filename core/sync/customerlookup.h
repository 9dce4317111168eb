// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/ticketreturns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace comptoir {

// Asks head office what the register's own data cannot answer, with the device token: customers
// its snapshot does not hold (GET /api/v1/customers?q=, GET /api/v1/customers/ID/history, POST
// /api/v1/customers/ID/adopt) and tickets of other registers (GET /api/v1/tickets/ID). Asynchronous and short
// (5 s): the clerk is waiting, and the register works without it. Every answer is checked; a malformed record
// or entry is dropped (and logged by id only), an unusable answer is a failure.
class CustomerLookup : public QObject
{
    Q_OBJECT
public:
    // `headOffice` and `pinSha256` as SyncSettings.
    CustomerLookup(QUrl headOffice, QByteArray pinSha256, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    bool enrolled() const { return m_headOffice.isValid() && !m_headOffice.isEmpty(); }
    bool ready() const { return enrolled() && !m_token.isEmpty(); }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Each returns the request's number, given back with its answer.
    int search(const QString &text);
    int history(const QString &customerId);
    int adopt(const QString &customerId);
    int ticket(const QString &ticketId);

    enum class Failure {
        Unreachable, // no answer: offline, timed out
        Refused, // head office answered with an error (token, 4xx, 5xx)
        Malformed, // the answer is not what the API says
        NotFound, // head office does not hold it (a ticket)
    };
    Q_ENUM(Failure)

Q_SIGNALS:
    // [{"id", "record"}], records valid for the customers feed.
    void found(int request, const QJsonArray &customers);
    // Valid entries only, newest first (see HqCustomers::history).
    void historyReceived(int request, const QString &customerId, const QJsonArray &entries);
    void adopted(int request, const QString &customerId, const QJsonObject &record);
    // Checked whole (ChainTicket::fromJson).
    void ticketFound(int request, const comptoir::ChainTicket &ticket);
    void failed(int request, comptoir::CustomerLookup::Failure failure);

private:
    int send(const QString &path, const QString &query, bool post,
        std::function<void(int, const QJsonObject &)> done);

    QUrl m_headOffice;
    QByteArray m_pin;
    QString m_token;
    int m_timeoutMs = 5000;
    int m_next = 0;
    QNetworkAccessManager *m_net = nullptr;
};

// The parts of head office's answers that can be trusted (public for the fuzz-like tests).
QJsonArray validCustomers(const QJsonValue &customers);
QJsonArray validHistory(const QJsonValue &entries);

} // namespace comptoir
