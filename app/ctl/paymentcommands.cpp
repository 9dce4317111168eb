// SPDX-License-Identifier: GPL-3.0-or-later
// comptoirctl's card payment commands: the terminal setup, the attempt journal, the manager's
// follow-ups, and the terminals themselves (health, recovery of open attempts, end of day)
// driven through the same PaymentService as the register.
#include "ctlcommon.h"
#include "payment/nexocrypto.h"
#include "payment/paymentservice.h"
#include "payment/terminalconfig.h"
#include "sales/eventjournal.h"
#include "storage/settingstable.h"
#include "sync/devicecredentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::ctl {

int registerNumber(const StoreProfile &store)
{
    bool numeric = false;
    const int n = store.registerId.toInt(&numeric);
    return numeric ? qBound(1, n, 99) : 1;
}

int Payments::indexOf(const QString &terminalId) const
{
    for (int i = 0; i < service->terminalCount(); ++i) {
        if (service->terminalId(i) == terminalId)
            return i;
    }
    return -1;
}

std::optional<Payments> openPayments(Context &c)
{
    auto setup = PaymentSetup::load(SettingsTable(c.db->connection()));
    if (!setup) {
        fail(setup.error().message);
        return std::nullopt;
    }
    if (setup->terminals.isEmpty()) {
        fail(u"no payment terminal is set up (comptoirctl payment-setup FILE.json)"_s);
        return std::nullopt;
    }
    for (const QString &problem : readTerminalSecrets(setup.value()))
        err() << problem << Qt::endl;
    Payments p;
    p.journal =
        std::make_unique<PaymentJournal>(c.db->connection(), c.store.registerId, registerNumber(c.store));
    p.service = std::make_unique<PaymentService>(
        *p.journal, OfflinePolicyEngine(setup->offlinePolicy), registerNumber(c.store));
    const Status added = addTerminals(*p.service, setup.value());
    wipeTerminalSecrets(setup.value());
    if (!added) {
        fail(added.error().message);
        return std::nullopt;
    }
    p.service->setHealthInterval(0);
    return p;
}

QString attemptLine(const PaymentAttempt &a)
{
    return u"%1  %2  %3  %4  %5  %6  %7%8%9%10"_s.arg(QString::number(a.id).rightJustified(5),
        a.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), a.reference,
        a.terminalId.leftJustified(8), toString(a.operation).leftJustified(8),
        a.amount.toString(QLocale::c()).rightJustified(12), a.state.leftJustified(9),
        a.reason.isEmpty() ? QString() : u" ("_s + a.reason + u')',
        a.offline ? u" offline:"_s + (a.forwardStatus.isEmpty() ? u"pending"_s : a.forwardStatus) : QString(),
        (a.maskedPan.isEmpty() ? QString() : u"  "_s + a.maskedPan) +
            (a.ticketUuid.isEmpty() ? QString() : u"  ticket "_s + a.ticketUuid));
}

namespace {

// Runs the event loop until `done` or `timeoutMs`.
template<typename Signal>
bool waitFor(PaymentService *service, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(service, signal, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

} // namespace

int cmdPaymentSetup(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"file"_s, u"JSON setup: terminals, offline_policy, health_interval_s."_s);
    p.process(args);
    SettingsTable settings(c.db->connection());
    if (p.positionalArguments().isEmpty()) {
        auto setup = PaymentSetup::load(settings);
        if (!setup)
            return fail(setup.error().message);
        out() << QJsonDocument(setup->toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto setup = PaymentSetup::fromFile(p.positionalArguments().first());
    if (!setup)
        return fail(setup.error().message, 65);
    const QString before = settings.value(PaymentSetup::kSettingsKey);
    if (auto s = setup->save(settings); !s)
        return fail(s.error().message);
    EventJournal(c.db->connection(), c.store.registerId)
        .record(EventJournal::Settings, u"comptoirctl"_s,
            {{u"key"_s, PaymentSetup::kSettingsKey}, {u"from"_s, before},
                {u"to"_s, settings.value(PaymentSetup::kSettingsKey)}})
        .ok();
    out() << setup->terminals.size() << " terminal(s) set up:" << Qt::endl;
    for (const TerminalConfig &t : std::as_const(setup->terminals))
        out() << "  " << t.id << " (" << t.label << "): " << t.driver << " "
              << QJsonDocument(t.options).toJson(QJsonDocument::Compact) << Qt::endl;
    const OfflineCardPolicy &o = setup->offlinePolicy;
    out() << "offline card payments: "
          << (o.enabled ? u"up to %1 each, %2 stored, %3 in total, forward within %4 h"_s.arg(
                              o.maxAmount.toString(QLocale::c()), QString::number(o.maxCount),
                              o.maxTotal.toString(QLocale::c()), QString::number(o.forwardDeadlineHours))
                        : u"refused"_s)
          << Qt::endl;
    return 0;
}

int cmdPayments(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"limit"_s, u"How many attempts."_s, u"n"_s, u"20"_s});
    p.addOption({u"log"_s, u"The log of one attempt."_s, u"id"_s});
    p.addOption({u"decide"_s,
        u"Answer for an attempt whose outcome nobody could tell, from the terminal's receipt or journal "
        "(with --charged or --not-charged)."_s,
        u"id"_s});
    p.addOption({u"charged"_s, u"With --decide: the terminal shows the payment as accepted."_s});
    p.addOption({u"not-charged"_s, u"With --decide: the terminal shows no such payment."_s});
    p.process(args);
    PaymentJournal journal(c.db->connection(), c.store.registerId, registerNumber(c.store));
    if (p.isSet(u"decide"_s)) {
        if (p.isSet(u"charged"_s) == p.isSet(u"not-charged"_s))
            return fail(u"say what the terminal shows: --charged or --not-charged"_s, 64);
        // The decision as the register's screen records it: logged, and a follow-up when charged.
        PaymentService service(journal, OfflinePolicyEngine(OfflineCardPolicy {}), registerNumber(c.store));
        const qint64 id = p.value(u"decide"_s).toLongLong();
        if (auto s = service.decideUnknown(id, p.isSet(u"charged"_s)); !s)
            return fail(s.error().message);
        out() << attemptLine(*journal.find(id)) << Qt::endl;
        out() << (p.isSet(u"charged"_s)
                         ? "recorded as charged: the next sale or terminal recover adopts it or "
                           "gives it back"
                         : "recorded as not charged")
              << Qt::endl;
        return 0;
    }
    if (p.isSet(u"log"_s)) {
        const auto a = journal.find(p.value(u"log"_s).toLongLong());
        if (!a)
            return fail(u"no card payment attempt %1"_s.arg(p.value(u"log"_s)));
        out() << attemptLine(*a) << Qt::endl;
        for (const QString &line : journal.log(a->id))
            out() << "    " << line << Qt::endl;
        return 0;
    }
    const QList<PaymentAttempt> attempts = journal.attempts(p.value(u"limit"_s).toInt());
    for (const PaymentAttempt &a : attempts)
        out() << attemptLine(a) << Qt::endl;
    const OfflineExposure e = journal.offlineExposure();
    out() << attempts.size() << " attempt(s); " << journal.openAttempts().size()
          << " open; offline stored: " << e.count << " for " << e.total.toString(QLocale::c()) << Qt::endl;
    return 0;
}

int cmdFollowups(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"all"_s, u"Include those already done."_s});
    p.addOption({u"done"_s, u"Mark a follow-up as done."_s, u"id"_s});
    p.addOption({u"note"_s, u"What was done (with --done)."_s, u"text"_s});
    p.process(args);
    PaymentJournal journal(c.db->connection(), c.store.registerId, registerNumber(c.store));
    if (p.isSet(u"done"_s)) {
        if (p.value(u"note"_s).trimmed().isEmpty())
            return fail(u"say what was done: --note TEXT"_s, 64);
        if (auto s = journal.resolveFollowup(p.value(u"done"_s).toLongLong(), p.value(u"note"_s)); !s)
            return fail(s.error().message);
        out() << "follow-up " << p.value(u"done"_s) << " done" << Qt::endl;
        return 0;
    }
    const QList<PaymentFollowup> list = journal.followups(!p.isSet(u"all"_s));
    for (const PaymentFollowup &f : list) {
        out() << QString::number(f.id).rightJustified(4) << "  "
              << f.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << "  " << f.kind.leftJustified(24)
              << f.amount.toString(QLocale::c()).rightJustified(12) << "  "
              << (f.resolvedAt.isValid() ? u"[done] "_s : QString()) << f.detail << Qt::endl;
    }
    out() << list.size() << " follow-up(s)" << Qt::endl;
    return 0;
}

namespace {

// The passphrase of a nexo terminal's shared key, read from standard input (never from the
// command line, which other users can see), into the keychain.
int setTerminalKey(Context &c, const QString &terminalId)
{
    auto setup = PaymentSetup::load(SettingsTable(c.db->connection()));
    if (!setup)
        return fail(setup.error().message);
    const TerminalConfig *terminal = nullptr;
    for (const TerminalConfig &t : setup->terminals) {
        if (terminalId.isEmpty() ? t.driver == u"nexo"_s : t.id == terminalId) {
            terminal = &t;
            break;
        }
    }
    if (!terminal)
        return fail(u"no nexo terminal%1 in the setup"_s.arg(
            terminalId.isEmpty() ? QString() : u" \""_s + terminalId + u'"'));
    const QString keyId = terminal->options.value(u"key_id"_s).toString().trimmed();
    if (keyId.isEmpty())
        return fail(
            u"terminal %1 has no key_id in its options: add key_id and key_version as set on the terminal"_s
                .arg(terminal->id));
    const int version = terminal->options.value(u"key_version"_s).toInt();
    QTextStream in(stdin);
    QString passphrase = in.readLine();
    if (passphrase.isEmpty())
        return fail(u"no passphrase on standard input"_s, 64);
    nexo::SharedKey key {keyId, version, passphrase.toUtf8()};
    auto derived = nexo::MessageKey::derive(key);
    nexo::wipe(key.passphrase);
    if (!derived) {
        nexo::wipe(passphrase);
        return fail(derived.error().message, 64);
    }
    const Status stored = DeviceCredentials::writeNow(terminalKeyName(keyId, version), passphrase);
    nexo::wipe(passphrase);
    if (!stored)
        return fail(stored.error().message);
    out() << "key " << keyId << " version " << version << " of " << terminal->id << " stored in the keychain"
          << Qt::endl;
    return 0;
}

} // namespace

int cmdTerminal(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, u"health, recover, close-day or set-key."_s);
    p.addOption({u"terminal"_s, u"Terminal id (default: the first)."_s, u"id"_s});
    p.addOption({u"timeout"_s, u"Seconds to wait for the terminals."_s, u"s"_s, u"60"_s});
    p.process(args);
    const QString action = p.positionalArguments().value(0);
    if (action == u"set-key"_s) // comptoirctl terminal set-key [ID] < passphrase
        return setTerminalKey(c, p.positionalArguments().value(1, p.value(u"terminal"_s)));
    if (action != u"health"_s && action != u"recover"_s && action != u"close-day"_s)
        return fail(u"terminal health|recover|close-day|set-key"_s, 64);
    const int timeoutMs = p.value(u"timeout"_s).toInt() * 1000;
    if (action == u"recover"_s)
        return recoverLikeTheRegister(c, timeoutMs);
    auto payments = openPayments(c);
    if (!payments)
        return 1;
    PaymentService *service = payments->service.get();
    int index = 0;
    if (p.isSet(u"terminal"_s)) {
        index = -1;
        for (int i = 0; i < service->terminalCount(); ++i)
            if (service->terminalId(i) == p.value(u"terminal"_s))
                index = i;
        if (index < 0)
            return fail(u"no terminal \"%1\""_s.arg(p.value(u"terminal"_s)));
    }

    if (action == u"health"_s) {
        for (int i = 0; i < service->terminalCount(); ++i) {
            service->pollHealth();
            waitFor(service, &PaymentService::healthChanged, qMin(timeoutMs, 15000));
        }
        for (int i = 0; i < service->terminalCount(); ++i) {
            const TerminalHealth &h = service->health(i);
            const TerminalResult &r = h.reading;
            out() << service->terminalId(i) << " (" << service->terminalLabel(i) << "): "
                  << (!h.checked                 ? u"not checked"_s
                             : !h.reachable      ? u"UNREACHABLE"_s
                             : h.acquirerOffline ? u"reachable, WITHOUT ITS BANK"_s
                                                 : u"reachable"_s)
                  << Qt::endl;
            if (!h.reachable) {
                if (h.checked && !h.failure.isEmpty())
                    out() << "  " << h.failure << Qt::endl;
                continue;
            }
            // What the terminal said about itself; a standard Caisse-AP terminal says nothing.
            QStringList facts;
            const auto fact = [&facts](const char *name, const QString &value) {
                if (!value.isEmpty())
                    facts << QLatin1StringView(name) + u' ' + value;
            };
            fact("model", r.model);
            fact("serial", r.serial);
            fact("software", r.softwareVersion);
            fact("network", r.network);
            if (r.batteryPercent >= 0)
                fact("battery", u"%1%"_s.arg(r.batteryPercent));
            out() << "  " << (facts.isEmpty() ? u"no identification reported"_s : facts.join(u", "_s))
                  << Qt::endl;
            out() << "  stored offline: "
                  << (r.storedCount < 0
                             ? u"not reported"_s
                             : u"%1 for %2"_s.arg(r.storedCount).arg(r.storedAmount.toString(QLocale::c())))
                  << "; last online authorisation: "
                  << (r.lastOnlineAuthorisation.isValid()
                             ? r.lastOnlineAuthorisation.toLocalTime().toString(Qt::ISODate)
                             : u"not reported"_s)
                  << Qt::endl;
        }
        return 0;
    }
    // close-day
    std::optional<BatchReconciliation> batch;
    QString failure;
    QObject::connect(
        service, &PaymentService::batchClosed, service, [&](const BatchReconciliation &b) { batch = b; });
    QObject::connect(service, &PaymentService::batchFailed, service, [&](const QString &m) { failure = m; });
    service->closeBatch(index);
    QEventLoop loop;
    QObject::connect(service, &PaymentService::batchClosed, &loop, &QEventLoop::quit);
    QObject::connect(service, &PaymentService::batchFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!batch && failure.isEmpty())
        loop.exec();
    if (!batch)
        return fail(failure.isEmpty() ? u"the terminal did not answer in time"_s : failure, 2);
    if (!batch->terminalReported) {
        out() << "terminal " << batch->terminalId
              << ": does not report its totals; compare its end-of-day receipt with the journal" << Qt::endl
              << "journal:  " << batch->journalCount << " operation(s), debits "
              << batch->journalDebits.toString(QLocale::c()) << ", credits "
              << batch->journalCredits.toString(QLocale::c()) << Qt::endl
              << "tickets:  " << batch->ticketCount << " card tender(s), debits "
              << batch->ticketDebits.toString(QLocale::c()) << ", credits "
              << batch->ticketCredits.toString(QLocale::c()) << Qt::endl;
        if (batch->matches()) {
            out() << "the journal matches the tickets" << Qt::endl;
            return 0;
        }
        for (const QString &d : std::as_const(batch->differences))
            out() << "DIFFERENCE: " << d << Qt::endl;
        return 4;
    }
    out() << "terminal " << batch->terminalId << ": " << batch->terminalCount << " operation(s), debits "
          << batch->terminalDebits.toString(QLocale::c()) << ", credits "
          << batch->terminalCredits.toString(QLocale::c()) << Qt::endl
          << "journal:  " << batch->journalCount << " operation(s), debits "
          << batch->journalDebits.toString(QLocale::c()) << ", credits "
          << batch->journalCredits.toString(QLocale::c()) << Qt::endl
          << "stored payments forwarded: " << batch->forwardedAccepted << " accepted, "
          << batch->forwardedDeclined << " declined" << Qt::endl;
    out() << "tickets:  " << batch->ticketCount << " card tender(s), debits "
          << batch->ticketDebits.toString(QLocale::c()) << ", credits "
          << batch->ticketCredits.toString(QLocale::c()) << Qt::endl;
    if (batch->matches()) {
        out() << "the terminal matches the journal and the tickets" << Qt::endl;
        return 0;
    }
    for (const QString &d : std::as_const(batch->differences))
        out() << "DIFFERENCE: " << d << Qt::endl;
    return 4;
}

} // namespace comptoir::ctl
