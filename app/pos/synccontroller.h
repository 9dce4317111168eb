// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/customerlookup.h"
#include "sync/noticeclient.h"
#include "sync/syncworker.h"

#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QTimer>
#include <QtQmlIntegration>

#include <memory>

namespace comptoir {

// Head office as the clerk sees it: is the register in sync, how many tickets wait and for
// how long, and the sync screen's list. Owns the SyncWorker, which runs on a thread of its own
// with its own database connection: selling never waits for the network, and the clerk's
// screen never waits for a page of master data being written.
class Database;

class SyncController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    // "none" (no head office set up), "connecting" (not reached yet since the start), "online"
    // (in sync or sending), "offline", "degraded".
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY changed)
    Q_PROPERTY(QString oldestText READ oldestText NOTIFY changed) // "12 min"
    Q_PROPERTY(QString summary READ summary NOTIFY changed) // one line for the log and assistive technology
    // The status bar's words: "Head office: offline for 12 min, 3 sales to send".
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed) // the sync screen's paragraph
    Q_PROPERTY(QVariantList events READ events NOTIFY eventsChanged)
    // Master data from head office: -1 when nothing is coming down, else 0..100.
    Q_PROPERTY(int receivingPercent READ receivingPercent NOTIFY changed)
    Q_PROPERTY(QString masterDataText READ masterDataText NOTIFY changed)
    // A premium customer who just checked in at the store (head office's notice): {customer,
    // name, tierText, offersText}; empty when there is none to show.
    Q_PROPERTY(QVariantMap arrival READ arrival NOTIFY arrivalChanged)
    Q_PROPERTY(bool hasArrival READ hasArrival NOTIFY arrivalChanged)
public:
    explicit SyncController(Database &database, QObject *parent = nullptr);
    ~SyncController() override;

    static SyncController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(SyncController *instance);

    void start(); // reads the token from the keychain, then syncs in the background

    QString state() const;
    int pendingCount() const { return int(m_stats.pending); }
    int quarantinedCount() const { return int(m_stats.quarantined); }
    QString oldestText() const;
    QString summary() const;
    QString statusText() const;
    QString detail() const;
    QVariantList events() const { return m_events; }
    int receivingPercent() const;
    QString masterDataText() const;
    // Payment terminals head office set that this register only uses after a restart.
    void setRestartNeeded(bool needed);

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refreshEvents(); // the sync screen opens
    Q_INVOKABLE void requeue(const QString &eventId);
    QVariantMap arrival() const { return m_arrival; }
    bool hasArrival() const { return !m_arrival.isEmpty(); }
    Q_INVOKABLE void dismissArrival();
    // A notice from head office (NoticeClient::checkIn).
    void showArrival(const QJsonObject &notice);
    void refreshTexts() { Q_EMIT changed(); }
    // Head office's customer search and history, ready once the token is read.
    CustomerLookup *customerLookup() { return m_lookup.get(); }

Q_SIGNALS:
    void changed();
    void eventsChanged();
    // Head office changed this register's terminals or the store's offline card rules.
    void paymentSetupChanged();
    // Categories, products or prices came down: what the clerk browses may have changed.
    void catalogChanged();
    // The store's name, address or receipt footer changed.
    void storeProfileChanged();
    void clerksChanged(); // accounts or roles came down from head office
    // Customer records (their points among them) or settings (the loyalty programme) came down.
    void customersChanged();
    void arrivalChanged();

private:
    void refresh();
    // Runs `call` on the worker's thread, after what is already queued there.
    template<typename F>
    void onWorker(F call)
    {
        QMetaObject::invokeMethod(
            m_anchor, [this, call] { call(*m_worker); }, Qt::QueuedConnection);
    }

    Database &m_database;
    QSqlDatabase m_db; // this (GUI) thread's connection
    SyncSettings m_settings;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; runs what onWorker() queues
    SyncWorker *m_worker = nullptr; // lives in m_thread
    SyncWorker::Report m_report;
    QDateTime m_offlineSince; // when head office was first found unreachable, this time
    QTimer m_poll;
    Outbox::Stats m_stats;
    QString m_keychainError;
    QVariantList m_events;
    qint64 m_pullDone = 0;
    qint64 m_pullTotal = 0;
    qint64 m_indexLeft = 0;
    QDateTime m_lastMasterData; // when changes from head office were last applied
    bool m_restartNeeded = false;
    std::unique_ptr<NoticeClient> m_notices;
    std::unique_ptr<CustomerLookup> m_lookup;
    QVariantMap m_arrival;
    QString m_loggedState;
    qint64 m_loggedPending = -1;
};

} // namespace comptoir
