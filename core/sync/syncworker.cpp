// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "storage/settingstable.h"
#include "sync/enroller.h"
#include "sync/syncprotocol.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "comptoir.sync", QtInfoMsg)

namespace comptoir {

namespace {

// Bookkeeping of the outbox that fails (a full disk) loses nothing: the events stay pending
// and go again; head office stores them once.
void logIfFailed(const Status &s, const char *what)
{
    if (!s)
        qCWarning(lcSync) << what << s.error().message;
}

} // namespace

SyncSettings SyncSettings::load(const SettingsTable &settings)
{
    SyncSettings s;
    s.url = QUrl(settings.value(u"hq.url"_s));
    s.pinSha256 = settings.value(u"hq.pin_sha256"_s).toLatin1().toLower().replace(':', "");
    s.storeId = settings.value(u"store.id"_s, u"store-1"_s);
    s.registerId = settings.value(u"register.id"_s, u"01"_s);
    const auto intSetting = [&](const QString &key, int fallback, int min, int max) {
        bool ok = false;
        const int v = settings.value(key).toInt(&ok);
        return ok ? std::clamp(v, min, max) : fallback;
    };
    s.batchSize = intSetting(u"hq.batch_size"_s, s.batchSize, 1, sync::kMaxEventsPerBatch);
    s.pageSize = intSetting(u"hq.page_size"_s, s.pageSize, 1, sync::kMaxChangesPerPage);
    s.intervalMs = intSetting(u"hq.interval_ms"_s, s.intervalMs, 100, 3600 * 1000);
    s.minBackoffMs = intSetting(u"hq.min_backoff_ms"_s, s.minBackoffMs, 10, 3600 * 1000);
    s.maxBackoffMs = intSetting(u"hq.max_backoff_ms"_s, s.maxBackoffMs, s.minBackoffMs, 24 * 3600 * 1000);
    return s;
}

SyncWorker::SyncWorker(QSqlDatabase db, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_settings(std::move(settings))
    , m_net(new QNetworkAccessManager(this))
{
    m_batchLimit = m_settings.batchSize;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::cycle);
}

SyncWorker::~SyncWorker()
{
    if (m_reply)
        m_reply->abort();
}

void SyncWorker::setToken(const QString &token)
{
    m_token = token;
    if (m_running && m_connectivity == Connectivity::NotEnrolled)
        syncNow();
}

void SyncWorker::start()
{
    m_running = true;
    syncNow();
}

void SyncWorker::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
}

void SyncWorker::syncNow()
{
    if (!m_running || m_reply)
        return;
    // During a back-off a new sale does not hammer a failing head office.
    if (m_failures > 0 && m_timer.isActive())
        return;
    scheduleIn(0);
}

void SyncWorker::scheduleIn(int ms)
{
    if (!m_running)
        return;
    m_timer.start(ms);
    if (ms > 0)
        Q_EMIT reported(report()); // an exchange ended: a success before a wait, or a failure
}

int SyncWorker::backoffMs(int failures, int minMs, int maxMs, double random01)
{
    if (failures <= 0)
        return 0;
    const double exp = std::min(double(maxMs), double(minMs) * std::pow(2.0, std::min(failures - 1, 30)));
    const double half = exp / 2.0;
    return int(half + half * std::clamp(random01, 0.0, 1.0));
}

void SyncWorker::setConnectivity(Connectivity c)
{
    if (m_connectivity == c)
        return;
    m_connectivity = c;
    qCInfo(lcSync) << "head office:" << c;
    Q_EMIT connectivityChanged(c);
}

void SyncWorker::cycle()
{
    if (!m_running || m_reply)
        return;
    if (!m_settings.enrolled() || m_token.isEmpty()) {
        setConnectivity(Connectivity::NotEnrolled);
        return; // setToken() or a new worker starts again
    }
    const QList<Outbox::Row> rows = Outbox(m_db).nextBatch(m_batchLimit);
    if (rows.isEmpty()) {
        if (m_indexing)
            indexStep();
        else
            pull(); // everything is up; now what came down
        return;
    }

    sync::Batch batch;
    batch.storeId = m_settings.storeId;
    batch.registerId = m_settings.registerId;
    QList<qint64> seqs;
    QList<Outbox::Row> sent;
    for (const Outbox::Row &r : rows) {
        QJsonParseError pe;
        const QJsonDocument payload = QJsonDocument::fromJson(r.payload, &pe);
        if (!sync::isValidEventId(r.eventId) || pe.error != QJsonParseError::NoError || !payload.isObject()) {
            // Head office could never take it; do not let it hold the line.
            logIfFailed(Outbox(m_db).quarantine(r.eventId, u"unreadable at the register: not sent"_s),
                "cannot set an unreadable event aside:");
            qCWarning(lcSync) << "event" << r.eventId << "unreadable, quarantined";
            continue;
        }
        batch.events.append({r.eventId, r.kind, r.createdAt, payload.object()});
        seqs.append(r.seq);
        sent.append(r);
    }
    if (batch.events.isEmpty()) {
        scheduleIn(0);
        return;
    }
    // A short batch took everything there was; only a full one needs the count.
    batch.backlog = rows.size() < m_batchLimit
        ? 0
        : std::max<qint64>(0, Outbox(m_db).pendingCount() - batch.events.size());
    if (auto s = Outbox(m_db).markSent(seqs); !s)
        qCWarning(lcSync) << "cannot mark events as sent:" << s.error().message; // sent anyway

    QNetworkReply *reply = m_net->post(apiRequest(u"/events"), sync::encodeBatch(batch));
    m_reply = reply;
    pinCertificate(reply, m_settings.pinSha256);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] { finished(reply, sent); });
}

QNetworkRequest SyncWorker::apiRequest(QStringView path) const
{
    QNetworkRequest request(sync::endpoint(m_settings.url, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_settings.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

void SyncWorker::pull()
{
    sendPull(MasterData(m_db, m_settings.registerId).cursors());
}

void SyncWorker::sendPull(const QMap<sync::Feed, qint64> &cursors)
{
    sync::ChangesRequest request;
    request.cursors = cursors;
    request.limit = m_settings.pageSize;
    request.count = m_pullTotal < 0; // the first page says how much there is, for progress
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = m_net->post(apiRequest(u"/changes"), sync::encodeChangesRequest(request));
    m_reply = reply;
    pinCertificate(reply, m_settings.pinSha256);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, request, askedAt] { pulled(reply, request, askedAt); });
}

std::pair<int, QByteArray> SyncWorker::takeAnswer(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

void SyncWorker::pulled(QNetworkReply *reply, const sync::ChangesRequest &request, const QDateTime &askedAt)
{
    const auto [status, body] = takeAnswer(reply);
    if (!m_running)
        return;
    if (status != 200) {
        m_pullTotal = -1;
        failedWith(status, reply, body, {});
        return;
    }
    m_lastContact = QDateTime::currentDateTimeUtc();
    QString error;
    const auto changes = sync::decodeChangesReply(body, request, &error);
    if (!changes) {
        // Nothing applied, the cursors stay: the same page is asked for again.
        m_pullTotal = -1;
        failed(Connectivity::Degraded, u"unreadable master data from head office: "_s + error, {});
        return;
    }
    if (request.count) {
        m_pullTotal = 0;
        m_pullDone = 0;
        for (const auto &page : changes->feeds)
            m_pullTotal += std::max<qint64>(0, page.remaining);
    }
    // While this page is written, head office prepares the next one; unless sales wait to go
    // up, which they do first.
    if (changes->more() && Outbox(m_db).nextBatch(1).isEmpty()) {
        QMap<sync::Feed, qint64> next = request.cursors;
        for (const auto &page : changes->feeds)
            next.insert(page.feed, page.cursor);
        sendPull(next);
    }
    setBulkLoading(changes->more());
    auto applied = MasterData(m_db, m_settings.registerId).apply(*changes, askedAt);
    if (!applied) {
        if (QNetworkReply *ahead = std::exchange(m_reply, nullptr)) {
            // Asked from cursors this register does not hold: never to be applied.
            disconnect(ahead, nullptr, this, nullptr);
            ahead->abort();
            ahead->deleteLater();
        }
        m_pullTotal = -1;
        failed(Connectivity::Degraded, applied.error().message, {});
        return;
    }
    m_failures = 0;
    m_lastError.clear();
    setConnectivity(Connectivity::Online);
    m_pullDone += changes->changeCount();
    if (!applied->changes.isEmpty()) {
        qCInfo(lcSync) << "master data applied:" << changes->changeCount() << "change(s)";
        Q_EMIT masterDataApplied(*applied);
    }
    if (m_pullTotal > 0)
        Q_EMIT pullProgressed(m_pullDone, m_pullTotal);
    if (changes->more()) {
        if (!m_reply)
            scheduleIn(0); // sales recorded meanwhile go up first, then the next page
        return;
    }
    m_pullTotal = -1;
    m_lastPull = m_lastContact;
    indexStep(); // a long sync leaves products for the search index
}

void SyncWorker::indexStep()
{
    // A chunk holds the write lock about as long as a page of changes does (a sale waits for
    // it at most that long).
    constexpr qint64 kChunk = 50000;
    const auto left = MasterData(m_db, m_settings.registerId).indexSearchBacklog(kChunk);
    if (!left) {
        failed(Connectivity::Degraded, left.error().message, {});
        return;
    }
    setBulkLoading(*left > 0);
    if (*left > 0) {
        m_indexing = true;
        Q_EMIT searchIndexing(*left);
        scheduleIn(0); // sales recorded meanwhile go up first
        return;
    }
    if (std::exchange(m_indexing, false))
        Q_EMIT searchIndexing(0);
    upToDate();
}

void SyncWorker::upToDate()
{
    Q_EMIT idle();
    scheduleIn(m_settings.intervalMs);
}

void SyncWorker::failedWith(
    int status, QNetworkReply *reply, const QByteArray &body, const QList<Outbox::Row> &batch)
{
    if (status == 0) {
        failed(Connectivity::Offline, reply->errorString(), batch);
    } else if (status == 401 || status == 403) {
        m_lastContact = QDateTime::currentDateTimeUtc();
        failed(Connectivity::Degraded,
            u"head office refused this register's credentials (HTTP %1)"_s.arg(status), batch);
    } else {
        m_lastContact = QDateTime::currentDateTimeUtc();
        failed(Connectivity::Degraded,
            u"head office answered HTTP %1 %2"_s.arg(status).arg(sync::decodeErrorCode(body)), batch);
    }
}

void SyncWorker::setBulkLoading(bool bulk)
{
    if (std::exchange(m_bulkLoading, bulk) != bulk)
        MasterData::setBulkLoading(m_db, bulk);
}

void SyncWorker::failed(Connectivity c, const QString &error, const QList<Outbox::Row> &batch)
{
    setBulkLoading(false);
    ++m_failures;
    m_lastError = error;
    QList<qint64> seqs;
    for (const auto &r : batch)
        seqs.append(r.seq);
    logIfFailed(Outbox(m_db).noteError(seqs, error), "cannot note the sync error:");
    setConnectivity(c);
    const int delay = backoffMs(m_failures, m_settings.minBackoffMs, m_settings.maxBackoffMs,
        QRandomGenerator::global()->generateDouble());
    qCInfo(lcSync) << "sync failed (" << m_failures << "in a row):" << error << "- next try in" << delay
                   << "ms";
    scheduleIn(delay);
}

void SyncWorker::finished(QNetworkReply *reply, const QList<Outbox::Row> &batch)
{
    const auto [status, body] = takeAnswer(reply);
    if (!m_running)
        return;
    if (status == 0) {
        failedWith(status, reply, body, batch);
        return;
    }
    m_lastContact = QDateTime::currentDateTimeUtc();
    if (status == 400 || status == 413) {
        // The batch as a whole was refused: narrow it down until the culprit is alone, then
        // set that one aside.
        const QString code = sync::decodeErrorCode(body);
        const QString why = u"HTTP %1 %2"_s.arg(status).arg(code);
        if (code != u"batch.malformed"_s && code != u"batch.too-large"_s) {
            // Not about the events (a misconfigured proxy, a head office bug): never a reason
            // to set events aside.
            failed(Connectivity::Degraded, u"head office answered "_s + why, batch);
            return;
        }
        if (batch.size() > 1) {
            m_batchLimit = std::max(1, int(batch.size() / 2));
            qCInfo(lcSync) << "batch of" << batch.size() << "refused (" << why << "), trying" << m_batchLimit;
            scheduleIn(0);
        } else {
            logIfFailed(Outbox(m_db).quarantine(batch.first().eventId, why), "cannot set an event aside:");
            qCWarning(lcSync) << "event" << batch.first().eventId
                              << "refused by head office, quarantined:" << why;
            m_batchLimit = m_settings.batchSize;
            scheduleIn(0);
        }
        return;
    }
    if (status != 200) {
        failedWith(status, reply, body, batch);
        return;
    }
    QStringList sentIds;
    for (const auto &r : batch)
        sentIds.append(r.eventId);
    QString error;
    const auto ack = sync::decodeAck(body, sentIds, &error);
    if (!ack) {
        failed(Connectivity::Degraded, u"unreadable answer from head office: "_s + error, batch);
        return;
    }
    if (auto s = Outbox(m_db).markAcked(ack->acked, QDateTime::currentDateTimeUtc()); !s) {
        // Not marked: they will be sent again and acknowledged again. Nothing is lost.
        failed(Connectivity::Degraded, s.error().message, batch);
        return;
    }
    for (const auto &r : ack->rejected) {
        logIfFailed(Outbox(m_db).quarantine(r.id, r.reason), "cannot set an event aside:");
        qCWarning(lcSync) << "event" << r.id << "refused by head office, quarantined:" << r.reason;
    }
    m_failures = 0;
    m_lastError.clear();
    m_batchLimit = m_settings.batchSize;
    setConnectivity(Connectivity::Online);
    Q_EMIT progressed(int(ack->acked.size()), int(ack->rejected.size()));
    scheduleIn(0); // more, or idle
}

} // namespace comptoir
