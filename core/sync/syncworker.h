// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/masterdata.h"
#include "sync/outbox.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace comptoir {

class SettingsTable;

// Where head office is and who this register is to it; kept in the settings table (the token
// is in the keychain, see DeviceCredentials).
struct SyncSettings
{
    QUrl url; // https://hq.example.com:8443 ; empty: not enrolled
    QByteArray pinSha256; // hex SHA-256 of head office's certificate (DER); empty: system CAs
    QString storeId;
    QString registerId;
    int batchSize = 500;
    int pageSize = 5000; // master data changes per request
    int intervalMs = 5000; // how often an idle worker looks for new events
    int minBackoffMs = 1000;
    int maxBackoffMs = 5 * 60 * 1000;
    int requestTimeoutMs = 30000;

    bool enrolled() const { return url.isValid() && !url.isEmpty(); }

    static SyncSettings load(const SettingsTable &settings);
};

// Drains the outbox to head office: batches in `seq` order, each event with its own id so
// head office stores it once however often it arrives; acknowledged events are marked, events
// head office refuses as invalid are quarantined (reported, not retried, not blocking the
// rest). Once the outbox is empty it asks for master data changes (MasterData) and applies
// them page by page. Network failures back off exponentially with jitter. Never blocks
// selling: all I/O is asynchronous, a batch is a few small SQLite writes and a page of changes
// one short transaction; the POS runs it on a thread of its own (SyncController).
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    enum class Connectivity {
        NotEnrolled, // no head office configured, or no token
        Online, // the last exchange worked
        Offline, // head office cannot be reached
        Degraded, // head office answers, but with errors (refused token, server errors)
    };
    Q_ENUM(Connectivity)

    // Where the worker stands, for a controller on another thread.
    struct Report
    {
        Connectivity connectivity = Connectivity::NotEnrolled;
        QString lastError;
        QDateTime lastContact;
        QDateTime lastPull;
    };

    SyncWorker(QSqlDatabase db, SyncSettings settings, QObject *parent = nullptr);
    ~SyncWorker() override;

    void setToken(const QString &token);
    void start();
    void stop();
    void syncNow(); // a new event is waiting: do not wait for the next interval

    Connectivity connectivity() const { return m_connectivity; }
    QString lastError() const { return m_lastError; } // technical, for the sync screen
    QDateTime lastContact() const { return m_lastContact; }
    int failures() const { return m_failures; }
    bool busy() const { return m_reply != nullptr; }
    bool pulling() const { return m_pullTotal >= 0; } // master data is coming down
    qint64 pullDone() const { return m_pullDone; }
    qint64 pullTotal() const { return m_pullTotal; }
    QDateTime lastPull() const { return m_lastPull; } // when master data was last up to date
    const SyncSettings &settings() const { return m_settings; }
    Report report() const { return {m_connectivity, m_lastError, m_lastContact, m_lastPull}; }
    Outbox::Stats stats() const { return Outbox(m_db).stats(); }

    // The delay before attempt number `failures` (1, 2, ...): min * 2^(failures-1), capped at
    // max, then "equal jitter" (a random point in its upper half) so registers of a chain that
    // lost head office together do not come back in lockstep.
    static int backoffMs(int failures, int minMs, int maxMs, double random01);

Q_SIGNALS:
    void connectivityChanged(comptoir::SyncWorker::Connectivity connectivity);
    void reported(const comptoir::SyncWorker::Report &report); // after every exchange
    void progressed(int acked, int rejected); // after each answered batch
    void idle(); // nothing left to send or to receive after a successful exchange
    // While master data comes down: changes applied so far of those head office announced.
    void pullProgressed(qint64 done, qint64 total);
    void masterDataApplied(const comptoir::MasterData::Applied &applied);
    // After a long first sync: products still to be indexed for search (0: done).
    void searchIndexing(qint64 left);

private:
    void cycle();
    void finished(QNetworkReply *reply, const QList<Outbox::Row> &batch);
    void pull();
    // The answer's HTTP status (0: none) and body; the reply is done with.
    std::pair<int, QByteArray> takeAnswer(QNetworkReply *reply);
    void sendPull(const QMap<sync::Feed, qint64> &cursors);
    void pulled(QNetworkReply *reply, const sync::ChangesRequest &request, const QDateTime &askedAt);
    void indexStep();
    void setBulkLoading(bool bulk);
    void upToDate();
    QNetworkRequest apiRequest(QStringView path) const;
    // Connectivity and message for an answer that is not a 200 (status 0: no answer at all).
    void failedWith(
        int status, QNetworkReply *reply, const QByteArray &body, const QList<Outbox::Row> &batch);
    void failed(Connectivity connectivity, const QString &error, const QList<Outbox::Row> &batch);
    void setConnectivity(Connectivity c);
    void scheduleIn(int ms);

    QSqlDatabase m_db;
    SyncSettings m_settings;
    QString m_token;
    QNetworkAccessManager *m_net = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_running = false;
    int m_batchLimit = 0; // halved while head office refuses a whole batch as malformed
    int m_failures = 0;
    Connectivity m_connectivity = Connectivity::NotEnrolled;
    QString m_lastError;
    QDateTime m_lastContact;
    QDateTime m_lastPull;
    qint64 m_pullDone = 0;
    qint64 m_pullTotal = -1; // -1: not pulling
    bool m_indexing = false; // the search backlog is being indexed, a chunk per cycle
    bool m_bulkLoading = false; // more pages follow: MasterData::setBulkLoading
};

} // namespace comptoir
