// SPDX-License-Identifier: GPL-3.0-or-later
// Head office: enroll, sync, and look at the outbox.
#include "ctlcommon.h"
#include "storage/settingstable.h"
#include "sync/devicecredentials.h"
#include "sync/enroller.h"
#include "sync/outbox.h"
#include "sync/syncworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::ctl {

int cmdEnroll(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"pin"_s, u"hex SHA-256 of head office's certificate"_s, u"hex"_s});
    p.addPositionalArgument(u"url"_s, u"head office, e.g. https://hq.example.com:8443"_s);
    p.addPositionalArgument(u"code"_s, u"the one-time enrollment code"_s);
    if (!p.parse(args) || p.positionalArguments().size() != 2)
        return fail(u"usage: comptoirctl enroll URL CODE [--pin SHA256]"_s, 64);
    Enroller enroller(c.db->connection());
    QEventLoop loop;
    int rc = 1;
    QObject::connect(&enroller, &Enroller::finished, &loop, [&](Status s, const QString &summary) {
        if (s) {
            out() << summary << Qt::endl;
            rc = 0;
        } else {
            err() << "comptoirctl: " << s.error().message << Qt::endl;
        }
        loop.quit();
    });
    enroller.enroll(
        QUrl(p.positionalArguments()[0]), p.positionalArguments()[1], p.value(u"pin"_s).toLatin1());
    loop.exec();
    return rc;
}

int cmdSync(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"timeout"_s, u"give up after this many seconds (default 300)"_s, u"s"_s, u"300"_s});
    if (!p.parse(args))
        return fail(p.errorText(), 64);
    const SyncSettings settings = SyncSettings::load(SettingsTable(c.db->connection()));
    if (!settings.enrolled())
        return fail(u"this register is not enrolled at head office (comptoirctl enroll URL CODE)"_s);
    const auto token =
        DeviceCredentials::readNow(DeviceCredentials::keyFor(settings.storeId, settings.registerId));
    if (!token)
        return fail(token.error().message);
    SyncWorker worker(c.db->connection(), settings);
    worker.setToken(*token);
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    qint64 acked = 0, rejected = 0;
    QObject::connect(&worker, &SyncWorker::progressed, &loop, [&](int a, int r) {
        acked += a;
        rejected += r;
    });
    QMap<sync::Feed, qint64> applied;
    QObject::connect(&worker, &SyncWorker::masterDataApplied, &loop, [&](const MasterData::Applied &a) {
        for (auto it = a.changes.cbegin(); it != a.changes.cend(); ++it)
            applied[it.key()] += it.value();
    });
    bool inSync = false;
    QObject::connect(&worker, &SyncWorker::idle, &loop, [&] {
        inSync = true;
        loop.quit();
    });
    QTimer::singleShot(p.value(u"timeout"_s).toInt() * 1000, &loop, &QEventLoop::quit);
    worker.start();
    loop.exec();
    worker.stop();
    const auto stats = worker.stats();
    out() << "sent and acknowledged: " << acked << ", refused: " << rejected << ", in " << clock.elapsed()
          << " ms" << Qt::endl
          << "outbox: " << stats.pending << " pending, " << stats.acked << " acknowledged, "
          << stats.quarantined << " quarantined" << Qt::endl;
    QStringList feeds;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (it.value() > 0)
            feeds << u"%1 %2"_s.arg(sync::feedName(it.key())).arg(it.value());
    }
    out() << "master data changes applied: " << (feeds.isEmpty() ? u"none"_s : feeds.join(u", "_s))
          << Qt::endl;
    if (stats.pending > 0 || !inSync) {
        err() << "comptoirctl: not in sync: " << worker.lastError() << Qt::endl;
        return 1;
    }
    return 0;
}

int cmdOutbox(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"state"_s, u"pending, sent, acked or quarantined"_s, u"state"_s});
    p.addOption({u"limit"_s, u"rows"_s, u"n"_s, u"20"_s});
    p.addOption({u"requeue"_s, u"send a quarantined event again"_s, u"id"_s});
    if (!p.parse(args))
        return fail(p.errorText(), 64);
    Outbox outbox(c.db->connection());
    if (p.isSet(u"requeue"_s)) {
        if (auto s = outbox.requeue(p.value(u"requeue"_s)); !s)
            return fail(s.error().message);
        out() << "event " << p.value(u"requeue"_s) << " will be sent again" << Qt::endl;
        return 0;
    }
    const auto stats = outbox.stats();
    out() << "outbox: " << stats.pending << " pending (" << stats.sent << " sent, awaiting acknowledgement), "
          << stats.acked << " acknowledged, " << stats.quarantined << " quarantined" << Qt::endl;
    if (stats.oldestPendingAt.isValid())
        out() << "oldest pending: " << stats.oldestPendingAt.toString(Qt::ISODate) << Qt::endl;
    if (stats.lastAckedAt.isValid())
        out() << "last acknowledged: " << stats.lastAckedAt.toString(Qt::ISODate) << Qt::endl;
    for (const auto &r : outbox.recent(p.value(u"limit"_s).toInt(), p.value(u"state"_s))) {
        out() << QString::number(r.seq).rightJustified(7) << "  " << r.kind.leftJustified(18) << ' '
              << r.state.leftJustified(11) << ' ' << r.eventId << "  tries " << r.attempts
              << (r.lastError.isEmpty() ? QString() : u"  "_s + r.lastError) << Qt::endl;
    }
    return 0;
}

} // namespace comptoir::ctl
