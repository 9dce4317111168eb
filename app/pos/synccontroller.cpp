// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "crm/customerdirectory.h"
#include "customertexts.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/devicecredentials.h"

#include <QLocale>
#include <QLoggingCategory>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Q_LOGGING_CATEGORY(lcSyncUi, "comptoir.sync.ui", QtInfoMsg)

namespace {

SyncController *g_instance = nullptr;

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return SyncController::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return SyncController::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return SyncController::tr("%n h", nullptr, int(seconds / 3600));
    return SyncController::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace

SyncController::SyncController(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_db(database.connection())
    , m_settings(SyncSettings::load(SettingsTable(m_db)))
{
    m_thread.setObjectName(u"comptoir-sync"_s);
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    // Made on its thread, so that its connection, timer and network manager belong there.
    QMetaObject::invokeMethod(
        m_anchor, [this] { m_worker = new SyncWorker(m_database.connection(), m_settings); },
        Qt::BlockingQueuedConnection);

    connect(m_worker, &SyncWorker::connectivityChanged, this, [this](SyncWorker::Connectivity c) {
        m_report.connectivity = c;
        refresh();
    });
    connect(m_worker, &SyncWorker::reported, this, [this](const SyncWorker::Report &report) {
        m_report = report;
        refresh();
    });
    connect(m_worker, &SyncWorker::progressed, this, &SyncController::refresh);
    connect(m_worker, &SyncWorker::idle, this, [this] {
        m_pullTotal = 0;
        refresh();
    });
    connect(m_worker, &SyncWorker::pullProgressed, this, [this](qint64 done, qint64 total) {
        m_pullDone = done;
        m_pullTotal = total;
        Q_EMIT changed();
    });
    connect(m_worker, &SyncWorker::searchIndexing, this, [this](qint64 left) {
        m_indexLeft = left;
        Q_EMIT changed();
    });
    connect(m_worker, &SyncWorker::masterDataApplied, this, [this](const MasterData::Applied &applied) {
        m_lastMasterData = QDateTime::currentDateTimeUtc();
        if (applied.paymentSetupChanged)
            Q_EMIT paymentSetupChanged();
        if (applied.storeProfileChanged)
            Q_EMIT storeProfileChanged();
        if (applied.clerksChanged)
            Q_EMIT clerksChanged();
        using sync::Feed;
        if (applied.changes.value(Feed::Categories) + applied.changes.value(Feed::Products) +
                    applied.changes.value(Feed::Prices) >
                0 ||
            applied.quickKeysChanged)
            Q_EMIT catalogChanged();
        if (applied.changes.value(Feed::Customers) + applied.changes.value(Feed::Settings) > 0)
            Q_EMIT customersChanged();
    });
    m_lookup = std::make_unique<CustomerLookup>(m_settings.url, m_settings.pinSha256);
    m_poll.setInterval(2000); // ages move on, sales add to the backlog
    connect(&m_poll, &QTimer::timeout, this, &SyncController::refresh);
    refresh();
}

SyncController::~SyncController()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_worker; // aborts what is in flight
            m_worker = nullptr;
            m_database.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
}

SyncController *SyncController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SyncController::setInstance(SyncController *instance)
{
    g_instance = instance;
}

void SyncController::start()
{
    m_poll.start();
    const SyncSettings &s = m_settings;
    if (!s.enrolled())
        return;
    DeviceCredentials::read(
        DeviceCredentials::keyFor(s.storeId, s.registerId), this, [this](Result<QString> token) {
            if (!token) {
                m_keychainError = token.error().message;
                refresh();
                return;
            }
            m_keychainError.clear();
            onWorker([token = *token](SyncWorker &w) {
                w.setToken(token);
                w.start();
            });
            m_lookup->setToken(*token);
            m_notices = std::make_unique<NoticeClient>(m_settings.url, m_settings.pinSha256);
            connect(m_notices.get(), &NoticeClient::checkIn, this, &SyncController::showArrival);
            m_notices->start(*token);
            refresh();
        });
}

void SyncController::showArrival(const QJsonObject &notice)
{
    const QString id = notice.value(u"customer"_s).toString();
    // Head office only announces customers who agreed; the register's own record, when newer,
    // may say they have withdrawn since.
    if (const auto known = crm::CustomerDirectory(m_db).byId(id);
        known && !known->consentsTo(u"personalised-offers")) {
        qCInfo(lcSyncUi) << "arrival notice not shown (no consent):" << id;
        return;
    }
    QStringList offers;
    for (const QJsonValue &v : notice.value(u"offers"_s).toArray())
        offers << v.toString();
    m_arrival = QVariantMap {{u"customer"_s, id}, {u"name"_s, notice.value(u"name"_s).toString()},
        {u"tierText"_s, CustomerTexts::tier(crm::tierFromName(notice.value(u"tier"_s).toString()))},
        {u"offersText"_s, offers.join(u" · "_s)}};
    qCInfo(lcSyncUi) << "arrival notice shown:" << id;
    Q_EMIT arrivalChanged();
}

void SyncController::dismissArrival()
{
    if (m_arrival.isEmpty())
        return;
    m_arrival.clear();
    Q_EMIT arrivalChanged();
}

void SyncController::refresh()
{
    m_stats = Outbox(m_db).stats();
    // What the status bar says (and assistive technology reads), in the log when it changes:
    // for support, and for the walkthrough that watches it (tests/gui/hq_walkthrough.sh).
    const QString state = this->state();
    if (state != u"offline"_s)
        m_offlineSince = {};
    else if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();
    if (state != m_loggedState || m_stats.pending != m_loggedPending) {
        m_loggedState = state;
        m_loggedPending = m_stats.pending;
        qCInfo(lcSyncUi).noquote() << "status bar:" << state << m_stats.pending << "waiting -" << summary();
    }
    Q_EMIT changed();
}

QString SyncController::state() const
{
    if (!m_settings.enrolled())
        return u"none"_s;
    if (!m_keychainError.isEmpty())
        return u"degraded"_s;
    switch (m_report.connectivity) {
    case SyncWorker::Connectivity::Online:
        // Reached, but "in sync" only once a first pull of master data went to its end.
        return m_report.lastPull.isValid() ? u"online"_s : u"connecting"_s;
    case SyncWorker::Connectivity::Offline:
        return u"offline"_s;
    case SyncWorker::Connectivity::Degraded:
        return u"degraded"_s;
    case SyncWorker::Connectivity::NotEnrolled:
        break;
    }
    return u"connecting"_s; // not tried yet: neither "in sync" nor "unreachable" is known
}

QString SyncController::oldestText() const
{
    if (m_stats.pending == 0 || !m_stats.oldestPendingAt.isValid())
        return {};
    return ageText(std::max<qint64>(0, m_stats.oldestPendingAt.secsTo(QDateTime::currentDateTimeUtc())));
}

QString SyncController::summary() const
{
    const QString s = state();
    if (s == u"none"_s)
        return tr("Head office: not set up");
    if (s == u"connecting"_s && m_stats.pending == 0 && receivingPercent() >= 0)
        return tr("Head office: receiving the catalogue, %1 %").arg(receivingPercent());
    if (s == u"connecting"_s)
        return m_stats.pending == 0 ? tr("Head office: connecting…")
                                    : tr("Head office: connecting, %1")
                                          .arg(tr("%n ticket(s) waiting", nullptr, int(m_stats.pending)));
    if (m_stats.pending == 0 && s == u"online"_s && receivingPercent() >= 0)
        return tr("Head office: receiving the catalogue, %1 %").arg(receivingPercent());
    if (m_stats.pending == 0)
        return s == u"online"_s ? tr("Head office: in sync")
                                : tr("Head office: unreachable, nothing waiting");
    const QString waiting = tr("%n ticket(s) waiting", nullptr, int(m_stats.pending));
    if (s == u"online"_s)
        return tr("Head office: sending, %1").arg(waiting);
    if (s == u"offline"_s)
        return tr("Head office unreachable: %1, oldest %2").arg(waiting, oldestText());
    return tr("Head office: problem, %1, oldest %2").arg(waiting, oldestText());
}

QString SyncController::statusText() const
{
    const QString s = state();
    const QString toSend = tr("%n sale(s) to send", nullptr,
        int(std::min<qint64>(m_stats.pending, std::numeric_limits<int>::max())));
    const bool nothing = m_stats.pending == 0;
    if (s == u"none"_s)
        return tr("Head office: not set up");
    if (receivingPercent() >= 0)
        return tr("Head office: receiving the catalogue, %1 %").arg(receivingPercent());
    if (s == u"online"_s)
        return nothing ? tr("Head office: in sync") : tr("Head office: sending, %1").arg(toSend);
    if (s == u"connecting"_s)
        return nothing ? tr("Head office: connecting…") : tr("Head office: connecting, %1").arg(toSend);
    if (s == u"offline"_s) {
        const qint64 seconds = m_offlineSince.isValid()
            ? std::max<qint64>(0, m_offlineSince.secsTo(QDateTime::currentDateTimeUtc()))
            : -1;
        const QString since = seconds < 0 ? QString() : seconds < 60 ? tr("a moment") : ageText(seconds);
        if (since.isEmpty())
            return nothing ? tr("Head office: offline") : tr("Head office: offline, %1").arg(toSend);
        return nothing ? tr("Head office: offline for %1").arg(since)
                       : tr("Head office: offline for %1, %2").arg(since, toSend);
    }
    return nothing ? tr("Head office: problem, tap for details") : tr("Head office: problem, %1").arg(toSend);
}

int SyncController::receivingPercent() const
{
    if (m_pullTotal <= 0 || m_pullDone >= m_pullTotal)
        return -1;
    return int(m_pullDone * 100 / m_pullTotal);
}

QString SyncController::masterDataText() const
{
    const QLocale locale;
    if (receivingPercent() >= 0)
        return tr("Catalogue, prices and customers from head office: %1 of %2 changes received")
            .arg(locale.toString(m_pullDone), locale.toString(m_pullTotal));
    if (m_indexLeft > 0)
        return tr("Preparing product search: %n product(s) left (scanning already works)", nullptr,
            int(std::min<qint64>(m_indexLeft, std::numeric_limits<int>::max())));
    if (m_lastMasterData.isValid())
        return tr("Catalogue, prices and customers last updated by head office: %1")
            .arg(locale.toString(m_lastMasterData.toLocalTime(), QLocale::ShortFormat));
    if (m_report.lastPull.isValid())
        return tr("Catalogue, prices and customers up to date (checked %1)")
            .arg(locale.toString(m_report.lastPull.toLocalTime(), QLocale::ShortFormat));
    return {};
}

void SyncController::setRestartNeeded(bool needed)
{
    m_restartNeeded = needed;
    Q_EMIT changed();
}

QString SyncController::detail() const
{
    QStringList lines;
    lines << summary();
    if (const QString md = masterDataText(); !md.isEmpty())
        lines << md;
    if (m_restartNeeded)
        lines << tr(
            "Head office changed this register's payment terminals: restart the register to use them.");
    const QLocale locale;
    if (m_report.lastContact.isValid())
        lines << tr("Last contact: %1")
                     .arg(locale.toString(m_report.lastContact.toLocalTime(), QLocale::ShortFormat));
    if (m_stats.lastAckedAt.isValid())
        lines << tr("Last acknowledged by head office: %1")
                     .arg(locale.toString(m_stats.lastAckedAt.toLocalTime(), QLocale::ShortFormat));
    lines
        << tr("%n event(s) acknowledged, %1 set aside", nullptr, int(m_stats.acked)).arg(m_stats.quarantined);
    if (!m_keychainError.isEmpty())
        lines << m_keychainError;
    else if (!m_report.lastError.isEmpty())
        lines << tr("Last error: %1").arg(m_report.lastError);
    lines << tr("Selling does not wait for head office: every ticket is kept here until it is acknowledged.");
    return lines.join(u'\n');
}

void SyncController::syncNow()
{
    onWorker([](SyncWorker &w) { w.syncNow(); });
}

void SyncController::refreshEvents()
{
    const QLocale locale;
    QVariantList rows;
    for (const Outbox::Row &r : Outbox(m_db).recent(50)) {
        QString stateText = r.state == u"acked"_s ? tr("acknowledged")
            : r.state == u"sent"_s                ? tr("sent, awaiting acknowledgement")
            : r.state == u"quarantined"_s         ? tr("set aside")
                                                  : tr("pending");
        rows.append(QVariantMap {
            {u"id"_s, r.eventId},
            {u"kind"_s, r.kind},
            {u"state"_s, r.state},
            {u"stateText"_s, stateText},
            {u"when"_s, locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)},
            {u"attempts"_s, r.attempts},
            {u"error"_s, r.lastError},
        });
    }
    m_events = rows;
    Q_EMIT eventsChanged();
    refresh();
}

void SyncController::requeue(const QString &eventId)
{
    if (Outbox(m_db).requeue(eventId))
        onWorker([](SyncWorker &w) { w.syncNow(); });
    refreshEvents();
}

} // namespace comptoir
