// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "hqdatabase.h"
#include "hqservice.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace comptoir::hq {

// Premium customers' arrival. A store app or a loyalty kiosk tells head office that a
// customer checked in at a store (POST /api/v1/checkins, operator token, or `comptoir-hq
// checkin`). When the customer is premium or VIP and agreed to personalised offers, head
// office queues a notice for that store's registers: name, tier and the offers that target
// them. Otherwise nothing is queued and the answer says why.
//
// Notices are rows of `checkins`, numbered in commit order (feed_counters' "checkins" row,
// as master data revisions), so that every comptoir-hq instance sharing a PostgreSQL database
// sees every notice, whichever instance took the check-in.
class HqCheckins
{
public:
    HqCheckins(HqDatabase &db, const Clock &clock = Clock::system());

    struct Outcome
    {
        bool notified = false;
        QString reason; // "premium customer", "not a premium customer", "no consent", ...
    };
    // Error "checkin.customer" / "checkin.store" for an unknown customer or store.
    Result<Outcome> checkIn(const QString &customerId, const QString &storeId, const QString &source);

    struct Notice
    {
        qint64 seq = 0;
        QString storeId;
        QJsonObject payload; // {"type": "checkin", "customer", "name", "tier", "offers": [titles], "at"}
    };
    Result<QList<Notice>> since(qint64 seq, int limit = 100) const;
    Result<qint64> lastSeq() const;

private:
    HqDatabase &m_db;
    const Clock &m_clock;
};

// Pushes the notices to the registers connected over WebSocket (/api/v1/notifications, with
// their device token), each to the registers of its store. Polls the table twice a second.
class HqNotifier : public QObject
{
    Q_OBJECT
public:
    HqNotifier(HqService &service, HqCheckins &checkins, QObject *parent = nullptr);
    ~HqNotifier() override;

    // A WebSocket connection upgraded by the HTTP server: kept when it asked for
    // /api/v1/notifications with a register's token, closed otherwise.
    void adopt(std::unique_ptr<QWebSocket> socket);
    int connectedCount() const { return int(m_sockets.size()); }

private:
    void poll();

    struct Connection
    {
        QWebSocket *socket;
        RegisterIdentity who;
    };
    HqService &m_service;
    HqCheckins &m_checkins;
    QList<Connection> m_sockets;
    QTimer m_timer;
    qint64 m_last = -1;
};

} // namespace comptoir::hq
