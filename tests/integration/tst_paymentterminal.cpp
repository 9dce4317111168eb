// SPDX-License-Identifier: GPL-3.0-or-later
// The payment service and its drivers against the terminal simulator: Concert over real TCP
// (bare Caisse-AP records and the framed link layer), over a pseudo-terminal and over a socat
// pty pair, and nexo JSON over HTTP. Every behaviour of the simulator, recovery of lost
// answers, offline rules and reconciliation.
#include "payment/concertframe.h"
#include "payment/concertterminal.h"
#include "payment/httpwire.h"
#include "payment/nexocrypto.h"
#include "payment/nexoterminal.h"
#include "payment/paymentservice.h"
#include "payment/protocole.h"
#include "payment/terminalconfig.h"
#include "sales/checkout.h"
#include "storage/database.h"
#include "terminalsimulator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using B = TerminalSimulator::Behaviour;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << msg;
    if (g_previous)
        g_previous(type, ctx, msg);
}

// Log lines holding every one of the parts.
int logCount(const QStringList &parts)
{
    return int(std::count_if(g_log.cbegin(), g_log.cend(), [&](const QString &line) {
        return std::all_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return line.contains(p); });
    }));
}

enum class Link { BareTcp, FramedTcp, Pty, SocatPty, Nexo };

const char *linkName(Link link)
{
    switch (link) {
    case Link::BareTcp:
        return "tcp";
    case Link::FramedTcp:
        return "tcp-framed";
    case Link::Pty:
        return "pty";
    case Link::SocatPty:
        return "socat";
    case Link::Nexo:
        return "nexo";
    }
    return "";
}

} // namespace

class TestPaymentTerminal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PaymentJournal> m_journal;
    std::unique_ptr<TerminalSimulator> m_sim;
    std::unique_ptr<PaymentService> m_service;
    QString m_ptyPath;
    QProcess m_socat;
    QString m_socatRegisterEnd;

    // A socat pty pair: the simulator serves one end as a serial device, the register opens
    // the other, like the two ends of a null-modem cable.
    QString socatPair()
    {
        if (!m_socatRegisterEnd.isEmpty())
            return m_socatRegisterEnd;
        const QString socat = qEnvironmentVariable("SOCAT", u"socat"_s);
        if (QStandardPaths::findExecutable(QFileInfo(socat).fileName()).isEmpty() &&
            !QFileInfo(socat).isExecutable())
            qFatal("socat is required (apt-get install socat)");
        const QString id = QString::number(QRandomGenerator::global()->generate());
        const QString terminalEnd = m_dir.filePath(u"socat-terminal-"_s + id);
        const QString registerEnd = m_dir.filePath(u"socat-register-"_s + id);
        m_socat.start(socat,
            {u"-d"_s, u"pty,raw,echo=0,link="_s + terminalEnd, u"pty,raw,echo=0,link="_s + registerEnd});
        if (!m_socat.waitForStarted())
            qFatal("socat did not start");
        QDeadlineTimer deadline(5000);
        while (!(QFileInfo::exists(terminalEnd) && QFileInfo::exists(registerEnd)) && !deadline.hasExpired())
            QTest::qWait(20);
        if (!m_sim->attachSerial(QFileInfo(terminalEnd).canonicalFilePath()).ok())
            qFatal("the simulator cannot open the socat pty");
        m_socatRegisterEnd = QFileInfo(registerEnd).canonicalFilePath();
        return m_socatRegisterEnd;
    }

    NexoSettings nexoSettings()
    {
        NexoSettings s;
        s.url = QUrl(u"http://127.0.0.1:%1/nexo"_s.arg(m_sim->nexoPort()));
        s.poiId = u"SIM-P400"_s;
        s.saleId = u"CAISSE-01"_s;
        s.connectTimeoutMs = 1000;
        s.requestTimeoutMs = 1500;
        s.resultTimeoutMs = 800;
        s.abortGraceMs = 1000;
        return s;
    }

    ConcertSettings settingsFor(Link link, ConcertSettings::Format format = ConcertSettings::Format::CaisseAp)
    {
        ConcertSettings s;
        s.format = format;
        s.ackTimeoutMs = 300;
        s.enqRetryGapMs = 100;
        s.resultTimeoutMs = 800;
        s.frameTimeoutMs = 500;
        s.settleMs = 30;
        s.connectTimeoutMs = 1000;
        if (link == Link::Pty) {
            s.transport = ConcertSettings::Transport::Serial;
            if (m_ptyPath.isEmpty())
                m_ptyPath = m_sim
                                ->openPty(m_dir.filePath(
                                    u"tty-terminal-%1"_s.arg(QRandomGenerator::global()->generate())))
                                .value();
            s.serialPort = m_ptyPath;
        } else if (link == Link::SocatPty) {
            s.transport = ConcertSettings::Transport::Serial;
            s.serialPort = socatPair();
        } else {
            s.port = m_sim->tcpPort();
            s.framed = link == Link::FramedTcp;
        }
        return s;
    }

    void rig(Link link, OfflineCardPolicy policy = {},
        ConcertSettings::Format format = ConcertSettings::Format::CaisseAp)
    {
        m_service.reset();
        m_journal = std::make_unique<PaymentJournal>(m_db->connection(), u"01"_s, 1);
        m_service = std::make_unique<PaymentService>(*m_journal, OfflinePolicyEngine(policy), 1);
        m_service->addTerminal(u"tpe-1"_s, u"Comptoir"_s, makeTerminal(link, format));
    }

    PaymentTerminal *makeTerminal(
        Link link, ConcertSettings::Format format = ConcertSettings::Format::CaisseAp)
    {
        if (link == Link::Nexo)
            return new NexoTerminal(nexoSettings());
        return new ConcertTerminal(settingsFor(link, format));
    }

    // The attempt as it ends: its last word (an approval given back ends "released" once the
    // reversal, a separate attempt, went through).
    PaymentAttempt payAndWait(
        qint64 cents, TerminalOperation op = TerminalOperation::Payment, const QString &original = {})
    {
        QSignalSpy settled(m_service.get(), &PaymentService::attemptSettled);
        QSignalSpy unknown(m_service.get(), &PaymentService::attemptUnknown);
        const Status s = m_service->pay(op, Money::fromCents(cents), 0, {}, original);
        if (!s.ok()) {
            qWarning() << "refused:" << s.error().code;
            return {};
        }
        const qint64 id = m_service->currentAttempt()->id;
        const auto last = [&]() -> std::optional<PaymentAttempt> {
            std::optional<PaymentAttempt> found;
            for (const QSignalSpy *spy : {&settled, &unknown}) {
                for (const QList<QVariant> &args : *spy) {
                    const auto a = args.first().value<PaymentAttempt>();
                    if (a.id == id)
                        found = a;
                }
            }
            return found;
        };
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(last() && !m_service->isBusy(), 10000);
        }();
        return last().value_or(PaymentAttempt {});
    }

    // A sale ticket paid by these card payments, recorded as the register does (the ticket and
    // its card payments in one transaction): the end of day compares the terminal with it.
    QString recordSale(const QList<PaymentAttempt> &payments)
    {
        StoreProfile store;
        store.registerId = u"01"_s;
        Checkout checkout(m_db->connection(), store);
        QStringList references;
        for (const PaymentAttempt &a : payments) {
            Product p;
            p.id = 1 + references.size();
            p.sku = u"TEST-%1"_s.arg(p.id);
            p.name = u"Article"_s;
            p.price = a.amount;
            p.vat = VatRate(2000);
            if (!checkout.basket().addProduct(p))
                return {};
            references << a.reference;
        }
        for (const PaymentAttempt &a : payments) {
            if (!checkout.addTender(a.offline ? Tender::CardOffline : Tender::Card, a.amount, a.reference))
                return {};
        }
        const auto ticket = checkout.complete(Clerk {u"c1"_s, u"Camille"_s},
            [&](QSqlDatabase &, const Ticket &t) { return m_journal->attachTicket(references, t.uuid); });
        return ticket ? ticket->uuid : QString();
    }

    // One exchange with the simulator's nexo port, as any HTTP client would make it.
    QByteArray postToSimulator(const QByteArray &body)
    {
        // The simulator runs on this thread: waited for with the event loop turning.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->nexoPort());
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        socket.write(http::formatRequest("POST", "/nexo", "127.0.0.1", "application/json", body));
        QByteArray received;
        http::Message m;
        const bool ended = QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                m = http::parseResponse(received, socket.state() != QAbstractSocket::ConnectedState);
                return m.state != http::Message::Incomplete;
            },
            15000);
        return ended && m.state == http::Message::Complete ? m.body : QByteArray();
    }

    static QByteArray adyenExample(const QString &name)
    {
        QFile f(QStringLiteral(COMPTOIR_FIXTURES "/nexo/adyen-mock/") + name + u".json"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Where `ours` does not have the shape of Adyen's `example`: every key of the example
    // there with the same JSON type (a string "true"/"false" where a boolean is, as Adyen's own
    // examples mix them), arrays by their first element when both have one.
    static QStringList shapeDifferences(
        const QJsonValue &example, const QJsonValue &ours, const QString &path)
    {
        const auto kind = [](const QJsonValue &v) {
            if (v.isString() && (v.toString() == u"true"_s || v.toString() == u"false"_s))
                return QJsonValue::Bool;
            return v.type();
        };
        if (kind(example) != kind(ours))
            return {u"%1: %2 in Adyen's, %3 here"_s.arg(path).arg(int(example.type())).arg(int(ours.type()))};
        QStringList out;
        if (example.isObject()) {
            const QJsonObject e = example.toObject();
            const QJsonObject o = ours.toObject();
            for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
                if (!o.contains(it.key()))
                    out << path + u'.' + it.key() + u" missing"_s;
                else
                    out << shapeDifferences(it.value(), o.value(it.key()), path + u'.' + it.key());
            }
        } else if (example.isArray() && !example.toArray().isEmpty() && !ours.toArray().isEmpty()) {
            out << shapeDifferences(example.toArray().first(), ours.toArray().first(), path + u"[0]"_s);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PaymentAttempt>();
        qRegisterMetaType<TerminalResult>();
        qRegisterMetaType<BatchReconciliation>();
        g_previous = qInstallMessageHandler(captureLog);
    }

    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"p%1.db"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        TerminalSimulator::Settings s;
        s.cardDelayMs = 20;
        s.slowDelayMs = 600;
        s.rebootMs = 2500; // longer than the result timeout plus the recovery's ENQ tries
        s.statePath = m_dir.filePath(u"sim%1.json"_s.arg(QRandomGenerator::global()->generate()));
        m_sim = std::make_unique<TerminalSimulator>(s);
        QVERIFY(m_sim->listenTcp(0).ok());
        QVERIFY(m_sim->listenNexo(0).ok());
        m_ptyPath.clear();
        m_socatRegisterEnd.clear();
    }

    void cleanup()
    {
        m_service.reset();
        m_journal.reset();
        m_sim.reset();
        m_db.reset();
        if (m_socat.state() != QProcess::NotRunning) {
            m_socat.kill();
            m_socat.waitForFinished();
        }
    }

    void behaviours_data()
    {
        QTest::addColumn<int>("link");
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        const QList<std::tuple<B, QString, QString>> common {
            {B::Approve, u"approved"_s, QString()},
            {B::Decline, u"declined"_s, u"refused"_s},
            {B::CardRemoved, u"cancelled"_s, u"abandoned"_s},
            {B::CustomerCancel, u"cancelled"_s, u"abandoned"_s},
            {B::InputTimeout, u"cancelled"_s, u"timeout"_s},
            {B::Slow, u"approved"_s, QString()},
            // The answer is lost; the terminal's last transaction tells it was approved.
            {B::NoAnswer, u"approved"_s, u"recovered"_s},
            {B::Garbled, u"approved"_s, u"recovered"_s},
            {B::Disconnect, u"approved"_s, u"recovered"_s},
            // An answer with someone else's reference and amount: not ours; the terminal's
            // journal, asked at once, has ours approved.
            {B::WrongReference, u"approved"_s, u"recovered"_s},
            // Down mid-transaction: asked again until it is back, its last transaction is the
            // earlier one, so ours never ran there.
            {B::Reboot, u"failed"_s, u"not-at-terminal"_s},
        };
        for (Link link : {Link::BareTcp, Link::FramedTcp, Link::Pty, Link::SocatPty}) {
            const char *name = linkName(link);
            for (const auto &[b, state, reason] : common) {
                QTest::addRow("%s %s", name, qPrintable(TerminalSimulator::toString(b)))
                    << int(link) << int(b) << state << reason;
            }
            if (link == Link::BareTcp) {
                // Connection closed at once: the terminal's journal shows ours never ran.
                QTest::addRow("%s busy", name)
                    << int(link) << int(B::Busy) << u"failed"_s << u"not-at-terminal"_s;
                continue;
            }
            QTest::addRow("%s busy", name) << int(link) << int(B::Busy) << u"failed"_s << u"busy"_s;
            QTest::addRow("%s bad-checksum", name)
                << int(link) << int(B::BadChecksum) << u"approved"_s << QString();
            QTest::addRow("%s nak-once", name) << int(link) << int(B::NakOnce) << u"approved"_s << QString();
            QTest::addRow("%s nak-storm", name) << int(link) << int(B::NakStorm) << u"failed"_s << u"link"_s;
        }
        // nexo over HTTP: the same bank, another protocol. A lost or unreadable answer is
        // resolved by TransactionStatus, which looks the payment up by its ServiceID: even an
        // answer that named someone else's payment is settled without the clerk.
        const QList<std::tuple<B, QString, QString>> nexo {
            {B::Approve, u"approved"_s, QString()}, {B::Decline, u"declined"_s, u"refused"_s},
            {B::CardRemoved, u"cancelled"_s, u"abandoned"_s},
            {B::CustomerCancel, u"cancelled"_s, u"abandoned"_s},
            {B::InputTimeout, u"cancelled"_s, u"abandoned"_s}, {B::Slow, u"approved"_s, QString()},
            {B::NoAnswer, u"approved"_s, u"recovered"_s}, {B::Garbled, u"approved"_s, u"recovered"_s},
            {B::Disconnect, u"approved"_s, u"recovered"_s},
            {B::BadChecksum, u"approved"_s, u"recovered"_s}, // the HTTP answer breaks off
            {B::WrongReference, u"approved"_s, u"recovered"_s},
            {B::Reboot, u"failed"_s, u"not-at-terminal"_s}, {B::Busy, u"failed"_s, u"busy"_s},
            {B::NakOnce, u"failed"_s, u"format"_s}, // MessageFormat: the terminal refused the message
        };
        for (const auto &[b, state, reason] : nexo) {
            QTest::addRow("nexo %s", qPrintable(TerminalSimulator::toString(b)))
                << int(Link::Nexo) << int(b) << state << reason;
        }
    }
    void behaviours()
    {
        QFETCH(int, link);
        QFETCH(int, behaviour);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        rig(Link(link));
        // One earlier approved payment, so the terminal has a "last transaction".
        const PaymentAttempt first = payAndWait(500);
        QCOMPARE(first.state, PaymentAttempt::Approved);
        // Busy and NAK storms are counted per refused ENQ / NAKed frame.
        const bool perFrame = Link(link) != Link::Nexo &&
            ((B(behaviour) == B::Busy && Link(link) != Link::BareTcp) || B(behaviour) == B::NakStorm);
        const int count = perFrame ? 3 : 1;
        m_sim->setBehaviour(B(behaviour), count);

        const PaymentAttempt a = payAndWait(1250);
        QCOMPARE(a.state, state);
        QCOMPARE(a.reason, reason);
        QCOMPARE(a.amount.cents(), 1250);
        if (state == PaymentAttempt::Approved) {
            QVERIFY(!a.authorisation.isEmpty());
            if (Link(link) == Link::Nexo) {
                // Adyen's "497010 **** 0003", and its receipt lines made printable.
                QVERIFY2(QRegularExpression(u"^[0-9]{6}[*]{4}[0-9]{4}$"_s).match(a.maskedPan).hasMatch(),
                    qPrintable(a.maskedPan));
                QVERIFY2(a.receipt.contains(a.authorisation) && a.receipt.contains(u"APPROVED"_s),
                    qPrintable(a.receipt));
            } else {
                QCOMPARE(a.maskedPan.size(), 16);
                QVERIFY(a.maskedPan.contains(u"******"_s));
                QVERIFY(a.receipt.contains(u"AUTO"_s));
            }
        }
        QVERIFY(!m_journal->log(a.id).isEmpty());
        QCOMPARE(m_journal->openAttempts().size(), state == u"unknown"_s ? 1 : 0);

        // The terminal works again for the next customer.
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->isDown(), 5000);
        QCOMPARE(payAndWait(300).state, PaymentAttempt::Approved);
    }

    void unknownIsDecidedByTheClerk()
    {
        // The terminal goes away once it has the request: the register keeps asking it what
        // happened until the clerk stops waiting; nobody can say whether the customer paid,
        // so the clerk decides.
        rig(Link::BareTcp);
        m_sim->setBehaviour(B::NoAnswer, 1);
        QSignalSpy received(m_sim.get(), &TerminalSimulator::requestReceived);
        QSignalSpy unknown(m_service.get(), &PaymentService::attemptUnknown);
        const QStringList unanswered {u"\"last-transaction\""_s, u"-> \"failed\" \"unreachable\""_s};
        const int before = logCount(unanswered);
        QVERIFY(m_service->pay(TerminalOperation::Payment, Money::fromCents(2000)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 5000);
        m_sim.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->stage(), TerminalStage::Recovering, 5000);
        // Asked twice and more: the terminal does not answer, the register waits for it.
        QTRY_VERIFY_WITH_TIMEOUT(logCount(unanswered) >= before + 2, 10000);
        QVERIFY(unknown.isEmpty());
        m_service->abort(); // the clerk stops waiting
        QTRY_VERIFY_WITH_TIMEOUT(!unknown.isEmpty() && !m_service->isBusy(), 5000);
        const PaymentAttempt a = unknown.first().first().value<PaymentAttempt>();
        QCOMPARE(a.state, PaymentAttempt::Unknown);
        QCOMPARE(a.reason, u"status-unavailable"_s);
        QSignalSpy settled(m_service.get(), &PaymentService::attemptSettled);
        QVERIFY(m_service->decideUnknown(a.id, true).ok());
        QCOMPARE(settled.size(), 1);
        QCOMPARE(m_journal->find(a.id)->state, PaymentAttempt::Approved);
        QCOMPARE(m_journal->followups().size(), 1);
        QCOMPARE(m_journal->followups().first().kind, PaymentFollowup::ClerkDecided);
        QVERIFY(!m_service->decideUnknown(a.id, false).ok()); // decided once
    }

    void recoveryAtStartUp()
    {
        // GIVEN an attempt left "sending" by a register killed while the terminal worked:
        // the terminal approved it.
        rig(Link::FramedTcp);
        m_sim->setBehaviour(B::NoAnswer, 1);
        auto lost = m_journal->begin(TerminalOperation::Payment, Money::fromCents(4200), u"tpe-1"_s);
        QVERIFY(lost.ok());
        // The terminal ran it (sent by the process that died).
        {
            ConcertTerminal t(settingsFor(Link::FramedTcp));
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, lost->reference, lost->amount});
            QVERIFY(done.wait(5000));
        }
        // AND one that never reached it (older, superseded) and one never sent at all.
        auto never = m_journal->begin(TerminalOperation::Payment, Money::fromCents(900), u"tpe-1"_s);
        QVERIFY(never.ok());

        // WHEN the register restarts and recovers
        rig(Link::FramedTcp);
        QSignalSpy finished(m_service.get(), &PaymentService::recoveryFinished);
        m_service->recover();
        QVERIFY(finished.wait(10000));
        // THEN the terminal's last transaction is the lost one: approved, never lost; the newest
        // (never sent) failed, so nothing is charged twice.
        QCOMPARE(m_journal->find(lost->id)->state, PaymentAttempt::Approved);
        QCOMPARE(m_journal->find(never->id)->state, PaymentAttempt::Failed);
        QCOMPARE(m_journal->find(never->id)->reason, u"not-at-terminal"_s);
        QCOMPARE(m_journal->openAttempts().size(), 0);
    }

    void recoveryOfTheNewestAttempt()
    {
        rig(Link::BareTcp);
        m_sim->setBehaviour(B::NoAnswer, 1);
        auto lost = m_journal->begin(TerminalOperation::Payment, Money::fromCents(4200), u"tpe-1"_s);
        {
            ConcertTerminal t(settingsFor(Link::BareTcp));
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, lost->reference, lost->amount});
            QVERIFY(done.wait(5000));
            QCOMPARE(
                int(done.first().first().value<TerminalResult>().outcome), int(TerminalOutcome::Unknown));
        }
        rig(Link::BareTcp);
        QSignalSpy finished(m_service.get(), &PaymentService::recoveryFinished);
        m_service->recover();
        QVERIFY(finished.wait(10000));
        const auto a = m_journal->find(lost->id);
        QCOMPARE(a->state, PaymentAttempt::Approved);
        QCOMPARE(a->reason, u"recovered"_s);
        QCOMPARE(m_journal->approvedWithoutTicket().size(), 1); // the app puts it back in the sale
    }

    void acquirerUnreachable_data()
    {
        QTest::addColumn<int>("link");
        QTest::newRow("caisse-ap") << int(Link::BareTcp);
        QTest::newRow("nexo") << int(Link::Nexo);
    }
    void acquirerUnreachable()
    {
        QFETCH(int, link);
        OfflineCardPolicy policy;
        policy.maxAmount = Money::fromCents(4000);
        policy.maxCount = 3;
        policy.maxTotal = Money::fromCents(10000);
        rig(Link(link), policy);
        m_sim->settings().floorLimit = Money::fromCents(5000);
        m_sim->setAcquirerReachable(false);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QVERIFY(health.wait(5000));
        QVERIFY(m_service->health(0).reachable);
        QVERIFY(m_service->isOffline(0));
        QCOMPARE(m_service->health(0).reading.model, u"SIM-Desk/5000"_s);

        // Over the store's limit: refused before the terminal is asked.
        const Status over = m_service->pay(TerminalOperation::Payment, Money::fromCents(4500));
        QCOMPARE(over.error().code, u"policy.offline_amount"_s);
        QVERIFY(over.error().message.contains(u"40"_s));
        QCOMPARE(m_journal->attempts().size(), 0);
        // Refunds need the bank.
        QCOMPARE(m_service->pay(TerminalOperation::Refund, Money::fromCents(100)).error().code,
            u"policy.no_offline_refund"_s);

        // Four sales within the limits: three stored, the fourth over the count.
        QList<PaymentAttempt> stored;
        for (qint64 cents : {1200, 3900, 2500}) {
            const PaymentAttempt a = payAndWait(cents);
            QCOMPARE(a.state, PaymentAttempt::Approved);
            QVERIFY(a.offline);
            QCOMPARE(a.forwardStatus, u"pending"_s);
            if (Link(link) != Link::Nexo) // Adyen's receipts say nothing of it
                QVERIFY(a.receipt.contains(u"HORS LIGNE"_s));
            stored << a;
        }
        QCOMPARE(m_journal->offlineExposure(), (OfflineExposure {3, Money::fromCents(7600)}));
        QCOMPARE(m_service->offlineAllowance().paymentsLeft, 0);
        QCOMPARE(m_service->pay(TerminalOperation::Payment, Money::fromCents(100)).error().code,
            u"policy.offline_count"_s);
        QVERIFY(!recordSale({stored[0]}).isEmpty());
        const QString declinedSale = recordSale({stored[1]});
        QVERIFY(!recordSale({stored[2]}).isEmpty());

        // The bank is back; the terminal forwards, the second payment is declined.
        m_sim->setAcquirerReachable(true);
        QVERIFY(m_sim->forward(0, {stored[1].reference}).ok());
        QSignalSpy closed(m_service.get(), &PaymentService::batchClosed);
        m_service->closeBatch(0);
        QVERIFY(closed.wait(5000));
        const auto batch = closed.first().first().value<BatchReconciliation>();
        QCOMPARE(batch.forwardedAccepted, 2);
        QCOMPARE(batch.forwardedDeclined, 1);
        QCOMPARE(batch.terminalDebits, Money::fromCents(7600));
        QCOMPARE(batch.journalDebits, Money::fromCents(7600));
        QVERIFY2(batch.matches(), qPrintable(batch.differences.join(u"; "_s)));
        QCOMPARE(m_journal->find(stored[0].id)->forwardStatus, u"accepted"_s);
        QCOMPARE(m_journal->find(stored[1].id)->forwardStatus, u"declined"_s);
        const auto followups = m_journal->followups();
        QCOMPARE(followups.size(), 1);
        QCOMPARE(followups[0].kind, PaymentFollowup::ForwardDeclined);
        QCOMPARE(followups[0].ticketUuid, declinedSale);
        QCOMPARE(followups[0].amount, Money::fromCents(3900));
        QCOMPARE(m_journal->offlineExposure().count, 0);
    }

    // Adyen's terminals give totals only to a logged-in register: the end of day logs in
    // first, once, and again after the terminal restarted.
    void nexoEndOfDayLogsInFirst()
    {
        rig(Link::Nexo);
        QCOMPARE(payAndWait(1000).state, PaymentAttempt::Approved);
        const auto close = [&] {
            QSignalSpy closed(m_service.get(), &PaymentService::batchClosed);
            QSignalSpy failed(m_service.get(), &PaymentService::batchFailed);
            m_service->closeBatch(0);
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty() || !failed.isEmpty(), 10000);
            }();
            return closed.isEmpty() ? -1 : closed.first().first().value<BatchReconciliation>().terminalCount;
        };
        const QStringList login {u"nexo: login of"_s};
        const int before = logCount(login);
        QCOMPARE(close(), 1);
        QCOMPARE(logCount(login), before + 1);
        QCOMPARE(close(), 0); // the batch was closed; still logged in
        QCOMPARE(logCount(login), before + 1);
        // The terminal restarts: it answers LoggedOut, the register logs in again and gets the totals.
        m_sim->reboot();
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->isDown(), 10000);
        QCOMPARE(close(), 0);
        QCOMPARE(logCount(login), before + 2);
    }

    // A Caisse-AP terminal as the standard has it: no vendor records, no status or batch
    // request. It is seen as reachable, takes payments, and the day closes on the register's
    // side, to be compared with the terminal's own end-of-day receipt.
    void standardCaisseApTerminal()
    {
        m_sim->settings().vendorRecords = false;
        rig(Link::BareTcp);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QVERIFY(health.wait(5000));
        QVERIFY(m_service->health(0).reachable);
        QVERIFY(!m_service->health(0).acquirerOffline);
        QVERIFY(m_service->health(0).reading.model.isEmpty()); // nothing the standard says
        const PaymentAttempt a = payAndWait(1250);
        QCOMPARE(a.state, PaymentAttempt::Approved);
        QVERIFY(!a.offline); // the standard cannot say: counted online (README)
        QVERIFY(!recordSale({a}).isEmpty());
        QSignalSpy closed(m_service.get(), &PaymentService::batchClosed);
        m_service->closeBatch(0);
        QVERIFY(closed.wait(5000));
        const auto batch = closed.first().first().value<BatchReconciliation>();
        QVERIFY(!batch.terminalReported);
        QCOMPARE(batch.journalCount, 1);
        QCOMPARE(batch.journalDebits, Money::fromCents(1250));
        QCOMPARE(batch.ticketDebits, Money::fromCents(1250));
        QVERIFY2(batch.matches(), qPrintable(batch.differences.join(u"; "_s)));
        // An approval no ticket counts shows at the end of day all the same.
        const PaymentAttempt uncounted = payAndWait(700);
        QCOMPARE(uncounted.state, PaymentAttempt::Approved);
        QSignalSpy again(m_service.get(), &PaymentService::batchClosed);
        m_service->closeBatch(0);
        QVERIFY(again.wait(5000));
        const auto second = again.first().first().value<BatchReconciliation>();
        QVERIFY(!second.terminalReported);
        QVERIFY(!second.matches());
        // The manager gets the payment to look into, and the day's difference.
        const auto followups = m_journal->followups();
        QVERIFY(std::any_of(followups.cbegin(), followups.cend(), [&](const PaymentFollowup &f) {
            return f.kind == PaymentFollowup::BatchDifference && f.detail.contains(uncounted.reference);
        }));
        QVERIFY(std::all_of(followups.cbegin(), followups.cend(),
            [](const PaymentFollowup &f) { return f.kind == PaymentFollowup::BatchDifference; }));
    }

    void batchDifferencesAreListed()
    {
        rig(Link::BareTcp);
        const PaymentAttempt sold = payAndWait(1000);
        QCOMPARE(sold.state, PaymentAttempt::Approved);
        QVERIFY(!recordSale({sold}).isEmpty());
        // A payment made on the terminal by hand, unknown to the register.
        {
            ConcertTerminal t(settingsFor(Link::BareTcp));
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, u"MANUAL0001"_s, Money::fromCents(700)});
            QVERIFY(done.wait(5000));
        }
        QSignalSpy closed(m_service.get(), &PaymentService::batchClosed);
        m_service->closeBatch(0);
        QVERIFY(closed.wait(5000));
        const auto batch = closed.first().first().value<BatchReconciliation>();
        QCOMPARE(batch.terminalCount, 2);
        QCOMPARE(batch.journalCount, 1);
        QCOMPARE(batch.ticketCount, 1);
        QCOMPARE(batch.ticketDebits, Money::fromCents(1000));
        // The count and the debits against the journal, the debits against the tickets.
        QCOMPARE(batch.differences.size(), 3);
        QCOMPARE(m_journal->followups().first().kind, PaymentFollowup::BatchDifference);
    }

    void protocolEOverSerial()
    {
        rig(Link::Pty, {}, ConcertSettings::Format::ProtocolE);
        // Its health check is the link layer's ENQ, ACK, EOT: no message, nothing asked.
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QVERIFY(health.wait(5000));
        QVERIFY(m_service->health(0).reachable);
        const PaymentAttempt a = payAndWait(1250);
        QCOMPARE(a.state, PaymentAttempt::Approved);
        QCOMPARE(a.maskedPan, u"497010******0003"_s);
        // Protocol E has no status query: a lost answer goes to the clerk.
        m_sim->setBehaviour(B::NoAnswer, 1);
        const PaymentAttempt lost = payAndWait(990);
        QCOMPARE(lost.state, PaymentAttempt::Unknown);
        QCOMPARE(lost.reason, u"timeout"_s);
    }

    void protocolEWithASlowBase()
    {
        // A USB base or a Bluetooth cradle takes 3 s to ACK the ENQ. A register set to give up
        // after 200 ms, twice (as some bridges do), never gets through, and charges nothing:
        // its every wait ends long before the first ACK can come, however busy the machine.
        ConcertSettings impatientLink = settingsFor(Link::Pty, ConcertSettings::Format::ProtocolE);
        impatientLink.ackTimeoutMs = 200;
        impatientLink.enqAttempts = 2;
        impatientLink.enqRetryGapMs = 50;
        m_service.reset();
        m_journal = std::make_unique<PaymentJournal>(m_db->connection(), u"01"_s, 1);
        m_service = std::make_unique<PaymentService>(*m_journal, OfflinePolicyEngine(), 1);
        m_service->addTerminal(u"tpe-1"_s, u"Comptoir"_s, new ConcertTerminal(impatientLink));
        m_sim->settings().ackDelayMs = 3000;
        const PaymentAttempt impatient = payAndWait(1250);
        QCOMPARE(impatient.state, PaymentAttempt::Failed);
        QCOMPARE(impatient.reason, u"busy"_s);
        // With the terminal's timer in the setup, the same base works.
        const QJsonObject options {{u"link"_s, QString(u"serial:"_s + m_ptyPath)},
            {u"format"_s, u"protocol-e"_s}, {u"ack_timeout_ms"_s, 6000}};
        const auto patient = concertSettingsFrom({u"tpe-1"_s, u"Comptoir"_s, u"concert"_s, options, {}});
        QVERIFY(patient);
        m_service.reset();
        m_journal = std::make_unique<PaymentJournal>(m_db->connection(), u"01"_s, 1);
        m_service = std::make_unique<PaymentService>(*m_journal, OfflinePolicyEngine(), 1);
        m_service->addTerminal(u"tpe-1"_s, u"Comptoir"_s, new ConcertTerminal(*patient));
        const PaymentAttempt a = payAndWait(1250);
        QCOMPARE(a.state, PaymentAttempt::Approved);
        m_sim->settings().ackDelayMs = 0;
    }

    // One protocol E exchange with the simulator over the framed link, byte by byte as
    // pyTeliumManager's Telium.ask()/verify() do it: ENQ, ACK, the request frame, ACK, EOT;
    // then the terminal's ENQ, our ACK, its frame, our ACK, its EOT. Returns the answer's data.
    QByteArray exchangeProtocolE(const QByteArray &request)
    {
        QTcpSocket link;
        link.connectToHost(u"127.0.0.1"_s, m_sim->tcpPort());
        if (!QTest::qWaitFor([&] { return link.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        concert::FrameDecoder decoder;
        QList<concert::FrameDecoder::Event> pending;
        const auto next = [&]() -> std::optional<concert::FrameDecoder::Event> {
            // The simulator lives in this thread: wait by running the event loop.
            for (int i = 0; i < 100 && pending.isEmpty(); ++i) {
                if (!QTest::qWaitFor([&] { return link.bytesAvailable() > 0; }, 100))
                    continue;
                pending += decoder.feed(link.readAll());
            }
            if (pending.isEmpty())
                return std::nullopt;
            return pending.takeFirst();
        };
        const auto control = [](char c) {
            return QByteArray(1, c);
        };
        link.write(control(concert::ENQ));
        if (auto e = next(); !e || e->control != concert::ACK)
            return {};
        link.write(concert::frame(request));
        if (auto e = next(); !e || e->control != concert::ACK)
            return {};
        link.write(control(concert::EOT));
        if (auto e = next(); !e || e->control != concert::ENQ)
            return {};
        link.write(control(concert::ACK));
        const auto answer = next();
        if (!answer || answer->kind != concert::FrameDecoder::Event::Frame)
            return {};
        link.write(control(concert::ACK));
        next(); // EOT
        return answer->data;
    }

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(COMPTOIR_FIXTURES "/protocole/telium/") + name + u".txt"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void protocolERequestsAsTeliumLibrariesSendThem()
    {
        // The simulator answers what the public layout asks: IND 0 a short answer (no card
        // report), A011 at once with status 9, B011 refused when the bank is away.
        const QByteArray full = exchangeProtocolE(fixture(u"request-debit-1250-full"_s));
        QCOMPARE(full.size(), protocole::kFullAnswerSize);
        QCOMPARE(full.at(2), '0');
        const QByteArray shortAnswer = exchangeProtocolE(fixture(u"request-debit-9110-short"_s));
        QCOMPARE(shortAnswer.size(), protocole::kShortAnswerSize);
        QCOMPARE(shortAnswer.mid(3, 8), QByteArray("00009110"));
        const auto decoded = protocole::decodeResponse(shortAnswer, TerminalOperation::Payment);
        QVERIFY(decoded && decoded->approved() && decoded->maskedPan.isEmpty());
        m_sim->settings().cardDelayMs = 5000; // a customer who takes their time: A011 does not wait
        QElapsedTimer clock;
        clock.start();
        const QByteArray atOnce = exchangeProtocolE(fixture(u"request-debit-1250-instant-a011"_s));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(atOnce.at(2), '9');
        m_sim->settings().cardDelayMs = 20;
        m_sim->setAcquirerReachable(false);
        QCOMPARE(exchangeProtocolE(fixture(u"request-debit-1250-full-forced-auth"_s)).at(2), '7');
        QCOMPARE(exchangeProtocolE(fixture(u"request-debit-1250-full"_s)).at(2), '0'); // stored offline
        m_sim->setAcquirerReachable(true);
    }

    // A Caisse-AP terminal that answers with the bytes of the public fixtures (a TCP server of
    // the test's, one connection per transaction): Akretion's fixed CF, OCA's answers without CF,
    // an answer in three TCP segments (Moka-Tourisme's regression), echoes that disagree.
    TerminalResult payOnFixtureTerminal(qint64 cents, const QList<QByteArray> &segments)
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return {};
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            QObject::connect(c, &QTcpSocket::readyRead, c, [c, segments] {
                c->readAll(); // the request; the fixture's answer follows, segment by segment
                for (const QByteArray &segment : segments) {
                    c->write(segment);
                    c->flush();
                    QTest::qWait(30); // apart, as separate TCP segments
                }
                c->disconnectFromHost();
            });
        });
        ConcertSettings s = settingsFor(Link::BareTcp);
        s.port = server.serverPort();
        ConcertTerminal terminal(s);
        QSignalSpy done(&terminal, &PaymentTerminal::finished);
        terminal.start({TerminalOperation::Payment, u"0100000042"_s, Money::fromCents(cents)});
        if (!done.wait(10000))
            return {};
        return done.first().first().value<TerminalResult>();
    }

    static QByteArray caisseApFixture(const QString &name)
    {
        QFile f(QStringLiteral(COMPTOIR_FIXTURES "/caisseap/") + name + u".txt"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void caisseApTerminalsThatDoNotEchoOurReference()
    {
        // Akretion's simulator answers CF 1010000000 whatever was sent: on a connection of its
        // own, with register, action, amount and currency echoed, the answer is ours.
        TerminalResult r =
            payOnFixtureTerminal(1250, {caisseApFixture(u"akretion/debit-1250-answer-approved"_s)});
        QVERIFY(r.approved());
        QCOMPARE(r.reference, u"0100000042"_s);
        QCOMPARE(r.application, u"cartebancaire"_s);
        QCOMPARE(r.entryMode, u"chip"_s);
        QCOMPARE(r.maskedPan, u"411111******1111"_s);
        // OCA's tests: no CF at all, and the answer in three segments.
        r = payOnFixtureTerminal(1000,
            {caisseApFixture(u"oca/test-debit-1000-answer-success-split-part1"_s),
                caisseApFixture(u"oca/test-debit-1000-answer-success-split-part2"_s),
                caisseApFixture(u"oca/test-debit-1000-answer-success-split-part3"_s)});
        QVERIFY(r.approved());
        QCOMPARE(r.amount.cents(), 1000);
        // Echoes that disagree (another currency): not taken as ours, the outcome is unknown.
        r = payOnFixtureTerminal(1000, {caisseApFixture(u"oca/test-debit-1000-answer-wrong-echo-ce"_s)});
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Unknown));
        QCOMPARE(r.reason, u"mismatch"_s);
        // Refused: nothing charged, whatever the echo.
        r = payOnFixtureTerminal(1250, {caisseApFixture(u"akretion/debit-1250-answer-failed-refused"_s)});
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Declined));
    }

    void failoverIsOffered()
    {
        m_journal = std::make_unique<PaymentJournal>(m_db->connection(), u"01"_s, 1);
        m_service = std::make_unique<PaymentService>(*m_journal, OfflinePolicyEngine(), 1);
        ConcertSettings dead = settingsFor(Link::BareTcp);
        dead.port = 1; // nothing listens there
        m_service->addTerminal(u"tpe-wifi"_s, u"Wi-Fi"_s, new ConcertTerminal(dead));
        m_service->addTerminal(u"tpe-4g"_s, u"4G"_s, new ConcertTerminal(settingsFor(Link::BareTcp)));
        QSignalSpy failover(m_service.get(), &PaymentService::failoverAvailable);
        const PaymentAttempt a = payAndWait(1500);
        QCOMPARE(a.state, PaymentAttempt::Failed);
        QCOMPARE(a.reason, u"unreachable"_s);
        QCOMPARE(failover.size(), 1);
        QCOMPARE(failover.first().at(1).toString(), u"4G"_s);
        QSignalSpy settled(m_service.get(), &PaymentService::attemptSettled);
        QVERIFY(m_service->pay(
            TerminalOperation::Payment, Money::fromCents(1500), failover.first().at(0).toInt()));
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.first().first().value<PaymentAttempt>().state, PaymentAttempt::Approved);
        QCOMPARE(settled.first().first().value<PaymentAttempt>().terminalId, u"tpe-4g"_s);
    }

    void nexoAbortStopsAWaitingPayment()
    {
        rig(Link::Nexo);
        m_sim->settings().cardDelayMs = 5000; // the customer has not presented the card yet
        QSignalSpy settled(m_service.get(), &PaymentService::attemptSettled);
        QSignalSpy simFinished(m_sim.get(), &TerminalSimulator::transactionFinished);
        QVERIFY(m_service->pay(TerminalOperation::Payment, Money::fromCents(2590)).ok());
        QVERIFY(m_service->canAbortRunning());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->stage() == TerminalStage::CustomerInteraction, 3000);
        m_service->abort();
        QVERIFY(settled.wait(3000));
        const auto a = settled.first().first().value<PaymentAttempt>();
        QCOMPARE(a.state, PaymentAttempt::Cancelled);
        QCOMPARE(a.reason, u"aborted"_s);
        QCOMPARE(simFinished.size(), 0); // the terminal never ran it
        QTest::qWait(100);
        m_sim->settings().cardDelayMs = 20;
        QCOMPARE(payAndWait(800).state, PaymentAttempt::Approved);
    }

    void nexoRecoveryLooksUpEachAttempt()
    {
        // GIVEN two attempts left "sending" by a register that died: the terminal approved
        // the older one; the newer one never reached it.
        rig(Link::Nexo);
        m_sim->setBehaviour(B::NoAnswer, 1);
        auto lost = m_journal->begin(TerminalOperation::Payment, Money::fromCents(4200), u"tpe-1"_s);
        QVERIFY(lost.ok());
        {
            NexoTerminal t(nexoSettings());
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, lost->reference, lost->amount});
            QVERIFY(done.wait(5000));
            QCOMPARE(done.first().first().value<TerminalResult>().reason, u"timeout"_s);
        }
        auto never = m_journal->begin(TerminalOperation::Payment, Money::fromCents(900), u"tpe-1"_s);
        QVERIFY(never.ok());
        // AND a payment made since, so the lost one is no longer the terminal's last.
        {
            NexoTerminal t(nexoSettings());
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, u"HANDMADE01"_s, Money::fromCents(100)});
            QVERIFY(done.wait(5000));
        }

        // WHEN the register restarts and recovers
        rig(Link::Nexo);
        QSignalSpy finished(m_service.get(), &PaymentService::recoveryFinished);
        m_service->recover();
        QVERIFY(finished.wait(10000));
        // THEN each attempt is looked up by its own ServiceID: the lost one is the terminal's
        // last no more, yet it comes back approved; the other never ran.
        QCOMPARE(m_journal->find(lost->id)->state, PaymentAttempt::Approved);
        QCOMPARE(m_journal->find(lost->id)->reason, u"recovered"_s);
        QCOMPARE(m_journal->find(never->id)->state, PaymentAttempt::Failed);
        QCOMPARE(m_journal->find(never->id)->reason, u"not-at-terminal"_s);
        QCOMPARE(m_journal->openAttempts().size(), 0);
    }

    void nexoOverTlsWithAPinnedCertificate()
    {
        // The terminal's self-signed certificate, as terminals ship with.
        const QString cert = m_dir.filePath(u"terminal.crt"_s), key = m_dir.filePath(u"terminal.key"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=SIM-P400"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, "openssl is required");
        TerminalSimulator::Settings settings = m_sim->settings();
        settings.statePath.clear();
        TerminalSimulator tls(settings);
        const auto port = tls.listenNexo(0, cert, key);
        QVERIFY(port.ok());
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray pin =
            QCryptographicHash::hash(QSslCertificate(pem.readAll()).toDer(), QCryptographicHash::Sha256)
                .toHex();

        const auto pay = [&](const QByteArray &pinned) {
            NexoSettings s = nexoSettings();
            s.url = QUrl(u"https://127.0.0.1:%1/nexo"_s.arg(port.value()));
            s.pinSha256 = pinned;
            NexoTerminal t(s);
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, u"TLS0000001"_s, Money::fromCents(1990)});
            [&] {
                QVERIFY(done.wait(10000));
            }();
            return done.isEmpty() ? TerminalResult() : done.first().first().value<TerminalResult>();
        };
        // Pinned: accepted although no authority signed it.
        TerminalResult r = pay(pin);
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r.amount, Money::fromCents(1990));
        // Another certificate, or none pinned: refused before the request leaves.
        r = pay(QByteArray(64, 'a'));
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r.reason, u"tls"_s);
        r = pay({});
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r.reason, u"tls"_s);
    }

    // Adyen terminals present a certificate signed by Adyen's terminal root, named
    // [model]-[serial].test.terminal.adyen.com: checked against the configured authority and
    // name, not pinned. The authority and the certificates are made here with openssl.
    void nexoOverTlsWithAnAuthority()
    {
        const auto run = [](const QStringList &args) {
            QProcess p;
            p.start(u"openssl"_s, args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        const auto path = [&](const QString &name) {
            return m_dir.filePath(name);
        };
        const auto makeCa = [&](const QString &name) {
            return run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                u"-subj"_s, u"/CN=%1"_s.arg(name), u"-keyout"_s, path(name + u".key"_s), u"-out"_s,
                path(name + u".crt"_s)});
        };
        const auto makeTerminal = [&](const QString &file, const QString &cn, const QString &ca) {
            return run({u"req"_s, u"-new"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                       u"/CN=%1"_s.arg(cn), u"-keyout"_s, path(file + u".key"_s), u"-out"_s,
                       path(file + u".csr"_s)}) &&
                run({u"x509"_s, u"-req"_s, u"-in"_s, path(file + u".csr"_s), u"-CA"_s, path(ca + u".crt"_s),
                    u"-CAkey"_s, path(ca + u".key"_s), u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-out"_s,
                    path(file + u".crt"_s)});
        };
        QVERIFY2(makeCa(u"adyen-root"_s) && makeCa(u"other-root"_s), "openssl is required");
        const QString adyenName = u"V400m-347374578.test.terminal.adyen.com"_s;
        QVERIFY(makeTerminal(u"v400m"_s, adyenName, u"adyen-root"_s));
        QVERIFY(makeTerminal(u"plain"_s, u"SIM-P400"_s, u"adyen-root"_s));
        QVERIFY(nexo::isAdyenTerminalName(adyenName));
        QVERIFY(nexo::isAdyenTerminalName(u"legacy-terminal-certificate.live.terminal.adyen.com"_s));
        QVERIFY(!nexo::isAdyenTerminalName(u"V400m-347374578.test.terminal.adyen.com.evil.example"_s));
        QVERIFY(!nexo::isAdyenTerminalName(u"V4-347374578.test.terminal.adyen.com"_s));

        const auto serve = [&](const QString &file) {
            auto sim = std::make_unique<TerminalSimulator>(TerminalSimulator::Settings {});
            sim->settings().cardDelayMs = 20;
            const auto port = sim->listenNexo(0, path(file + u".crt"_s), path(file + u".key"_s));
            return std::make_pair(std::move(sim), port ? port.value() : quint16(0));
        };
        const auto pay = [&](quint16 port, const QString &ca, const QString &name, const QByteArray &pin = {},
                             const QString &poiId = {}) {
            NexoSettings s = nexoSettings();
            if (!poiId.isEmpty())
                s.poiId = poiId;
            s.url = QUrl(u"https://127.0.0.1:%1/nexo"_s.arg(port));
            s.caFile = ca.isEmpty() ? QString() : path(ca);
            s.tlsName = name;
            s.pinSha256 = pin;
            NexoTerminal t(s);
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment,
                u"TLS%1"_s.arg(QRandomGenerator::global()->bounded(10'000'000), 7, 10, QChar(u'0')),
                Money::fromCents(1990)});
            [&] {
                QVERIFY(done.wait(10000));
            }();
            return done.isEmpty() ? TerminalResult() : done.first().first().value<TerminalResult>();
        };
        const auto [v400m, v400mPort] = serve(u"v400m"_s);
        const auto [plain, plainPort] = serve(u"plain"_s);
        QVERIFY(v400mPort && plainPort);
        const auto outcome = [](const TerminalResult &r) {
            return u"%1 %2"_s.arg(toString(r.outcome), r.reason);
        };
        // Chained to the authority, an Adyen terminal's name: accepted, with or without the name set.
        QCOMPARE(outcome(pay(v400mPort, u"adyen-root.crt"_s, {})), u"approved "_s);
        QCOMPARE(outcome(pay(v400mPort, u"adyen-root.crt"_s, adyenName)), u"approved "_s);
        // The setup names this terminal by its POIID: its own certificate, not another Adyen one.
        QCOMPARE(outcome(pay(v400mPort, u"adyen-root.crt"_s, {}, {}, u"V400m-347374578"_s)), u"approved "_s);
        QCOMPARE(outcome(pay(v400mPort, u"adyen-root.crt"_s, {}, {}, u"V400m-999999999"_s)), u"failed tls"_s);
        // Another terminal's name expected: refused before the request leaves.
        QCOMPARE(
            outcome(pay(v400mPort, u"adyen-root.crt"_s, u"P400Plus-275039202.test.terminal.adyen.com"_s)),
            u"failed tls"_s);
        // Signed by the authority but not named like a terminal; or by another authority.
        QCOMPARE(outcome(pay(plainPort, u"adyen-root.crt"_s, {})), u"failed tls"_s);
        QCOMPARE(outcome(pay(v400mPort, u"other-root.crt"_s, {})), u"failed tls"_s);
        // With a pin as well, both must hold.
        QFile pem(path(u"v400m.crt"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray pin =
            QCryptographicHash::hash(QSslCertificate(pem.readAll()).toDer(), QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(outcome(pay(v400mPort, u"adyen-root.crt"_s, {}, pin)), u"approved "_s);
        QCOMPARE(outcome(pay(v400mPort, u"adyen-root.crt"_s, {}, QByteArray(64, 'b'))), u"failed tls"_s);
        // An authority file without a certificate: never sent.
        QFile empty(path(u"empty.pem"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const TerminalResult r = pay(v400mPort, u"empty.pem"_s, {});
        QCOMPARE(outcome(r), u"failed tls"_s);
        QVERIFY2(r.detail.contains(u"no certificate"_s), qPrintable(r.detail));
    }

    // A terminal that secures its messages with a shared key (Adyen's local-communication
    // security), as the simulator plays it: what is not sealed with its key gets HTTP 401.
    void nexoWithASharedKey()
    {
        const nexo::SharedKey key {u"shop-key"_s, 2, "correct horse battery staple"};
        QVERIFY(m_sim->setNexoKey(key).ok());
        QSignalSpy transactions(m_sim.get(), &TerminalSimulator::transactionFinished);
        int n = 0;
        const auto pay = [&](const nexo::SharedKey &k) {
            NexoSettings s = nexoSettings();
            s.key = k;
            NexoTerminal t(s);
            QSignalSpy done(&t, &PaymentTerminal::finished);
            t.start({TerminalOperation::Payment, u"KEY%1"_s.arg(++n, 7, 10, QChar(u'0')),
                Money::fromCents(2350)});
            [&] {
                QVERIFY(done.wait(10000));
            }();
            return done.isEmpty() ? TerminalResult() : done.first().first().value<TerminalResult>();
        };
        TerminalResult r = pay(key);
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Approved));
        QCOMPARE(r.amount.cents(), 2350);
        QVERIFY(!r.maskedPan.isEmpty());
        // In clear: refused, nothing charged, and the message says what to do.
        r = pay({});
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r.reason, u"encryption-key"_s);
        QVERIFY2(r.detail.contains(u"requires secured messages"_s), qPrintable(r.detail));
        // Another passphrase under the same name: refused too.
        r = pay({u"shop-key"_s, 2, "tr0ub4dor&3"});
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r.reason, u"encryption-key"_s);
        QVERIFY2(r.detail.contains(u"refused the register's key shop-key version 2"_s), qPrintable(r.detail));
        // A key named in the setup whose passphrase the keychain did not give: never sent.
        const int refusedBefore = logCount({u"nexo: request refused"_s});
        r = pay({u"shop-key"_s, 2, {}});
        QCOMPARE(int(r.outcome), int(TerminalOutcome::Failed));
        QCOMPARE(r.reason, u"encryption-key"_s);
        QCOMPARE(logCount({u"nexo: request refused"_s}), refusedBefore);
        // Only the sealed payment reached the bank.
        QCOMPARE(transactions.size(), 1);

        // Through the register: the health panel says why, the clerk gets the message.
        rig(Link::Nexo);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QVERIFY(health.wait(5000));
        QVERIFY(!m_service->health(0).reachable);
        QCOMPARE(m_service->health(0).failure, u"encryption-key"_s);
        const PaymentAttempt a = payAndWait(990);
        QCOMPARE(a.state, PaymentAttempt::Failed);
        QCOMPARE(a.reason, u"encryption-key"_s);
    }

    // Adyen's own secured answers (a P400 Plus payment published by Adyen's Java library,
    // MIT), served to the driver as a terminal with that key would send them.
    void nexoReadsAdyensSecuredAnswers_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("as published") << u"published"_s << int(TerminalOutcome::Approved) << QString();
        QTest::newRow("with unknown attributes")
            << u"additional"_s << int(TerminalOutcome::Approved) << QString();
        QTest::newRow("one byte of the blob changed")
            << u"tampered"_s << int(TerminalOutcome::Unknown) << u"security"_s;
        QTest::newRow("in clear") << u"clear"_s << int(TerminalOutcome::Unknown) << u"security"_s;
    }
    void nexoReadsAdyensSecuredAnswers()
    {
        QFETCH(QString, variant);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        const auto fixture = [](const QString &name) {
            QFile f(QStringLiteral(COMPTOIR_FIXTURES "/nexo/adyen-crypto/") + name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QByteArray answer =
            fixture(variant == u"additional"_s ? u"java-payment-local-additional-attributes.secured.json"_s
                    : variant == u"clear"_s    ? u"java-payment-local-success.decrypted.json"_s
                                               : u"java-payment-local-success.secured.json"_s);
        QVERIFY(!answer.isEmpty());
        if (variant == u"tampered"_s) {
            const qsizetype blob = answer.indexOf("\"NexoBlob\"");
            QVERIFY(blob > 0);
            const qsizetype at = answer.indexOf('"', blob + 11) + 40; // inside the base64
            QVERIFY(at > blob + 40);
            answer[at] = answer[at] == 'A' ? 'B' : 'A';
        }
        // The key of the Adyen library's test (TerminalLocalAPITest).
        const nexo::SharedKey key {u"CryptoKeyIdentifier12345"_s, 1, "p@ssw0rd123456"};
        const auto terminalKey = nexo::MessageKey::derive(key);
        QVERIFY(terminalKey);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray received;
        QByteArray opened;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            QObject::connect(c, &QTcpSocket::readyRead, c, [&, c] {
                received += c->readAll();
                const http::Message m = http::parseRequest(received);
                if (m.state != http::Message::Complete)
                    return;
                if (auto o = terminalKey->open(m.body))
                    opened = *o; // what a terminal with this key reads
                c->write(http::formatResponse(200, "application/json", answer));
                c->disconnectFromHost();
            });
        });
        NexoSettings s = nexoSettings();
        s.url = QUrl(u"http://127.0.0.1:%1/nexo"_s.arg(server.serverPort()));
        s.poiId = u"P400Plus-275039202"_s;
        s.key = key;
        NexoTerminal t(s);
        QSignalSpy done(&t, &PaymentTerminal::finished);
        // The published answer is for ServiceID 325488592, EUR 1.00.
        t.start({TerminalOperation::Payment, u"325488592"_s, Money::fromCents(100)});
        QVERIFY(done.wait(10000));
        const auto r = done.first().first().value<TerminalResult>();
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.reason, reason);
        // The request went sealed: the header in clear, the amount not; the terminal's key opens it.
        QVERIFY(received.contains("\"NexoBlob\""));
        QVERIFY(received.contains("\"ServiceID\":\"325488592\""));
        QVERIFY(!received.contains("RequestedAmount"));
        QVERIFY2(opened.contains("\"RequestedAmount\":1.00"), opened.constData());
        if (outcome == int(TerminalOutcome::Approved)) {
            QCOMPARE(r.amount.cents(), 100);
            QVERIFY2(r.terminalReference.contains(u"4r7i001557325515012"_s), qPrintable(r.terminalReference));
        }
    }

    // The simulator's nexo side declines Adyen's test amounts as Adyen's test terminals do.
    void nexoAdyenTestAmounts_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("condition");
        QTest::newRow("1.24 not enough balance") << qint64(124) << u"Refusal"_s;
        QTest::newRow("11.28 invalid card") << qint64(1128) << u"InvalidCard"_s;
        QTest::newRow("1.34 wrong PIN") << qint64(134) << u"WrongPIN"_s;
    }
    void nexoAdyenTestAmounts()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, condition);
        rig(Link::Nexo);
        const PaymentAttempt a = payAndWait(cents);
        QCOMPARE(a.state, PaymentAttempt::Declined);
        QCOMPARE(a.reason, u"refused"_s);
        const QStringList log = m_journal->log(a.id);
        QVERIFY2(log.join(u' ').contains(u"nexo "_s + condition), qPrintable(log.join(u'|')));
        QCOMPARE(payAndWait(123).state, PaymentAttempt::Approved); // 1.23: not a test amount
    }

    // An Adyen terminal reverses the payment its own POITransactionID names, and only once.
    void nexoReversalNamesTheTerminalsTransaction()
    {
        rig(Link::Nexo);
        const PaymentAttempt paid = payAndWait(1800);
        QCOMPARE(paid.state, PaymentAttempt::Approved);
        const auto stored = m_journal->find(paid.id);
        QVERIFY(!stored->terminalReference.isEmpty());
        QVERIFY(!stored->terminalTimestamp.isEmpty());
        QVERIFY(stored->terminalReference != stored->reference);
        NexoTerminal t(nexoSettings());
        const auto reverse = [&](const QString &reference, const QString &terminalRef, const QString &stamp) {
            QSignalSpy done(&t, &PaymentTerminal::finished);
            TerminalRequest r {TerminalOperation::Reversal, reference, Money::fromCents(1800)};
            r.originalReference = paid.reference;
            r.originalTerminalReference = terminalRef;
            r.originalTerminalTimestamp = stamp;
            t.start(r);
            [&] {
                QVERIFY(done.wait(10000));
            }();
            const auto x = done.isEmpty() ? TerminalResult() : done.first().first().value<TerminalResult>();
            return u"%1 %2"_s.arg(toString(x.outcome), x.reason);
        };
        // By our reference the terminal finds nothing (NotFound): it never will, the manager
        // refunds (declined, not retried at every start).
        QCOMPARE(reverse(u"0100000901"_s, {}, {}), u"declined not-found"_s);
        // By its own id: given back, the whole amount although the answer names none.
        QCOMPARE(
            reverse(u"0100000902"_s, stored->terminalReference, stored->terminalTimestamp), u"approved "_s);
        // Twice: refused (NotAllowed), never given back twice.
        QCOMPARE(reverse(u"0100000903"_s, stored->terminalReference, stored->terminalTimestamp),
            u"declined forbidden"_s);
    }

    // Adyen's referenced refund: part of a payment given back to its card by the terminal's id
    // of it, as often as the customer brings things back, never more than the payment; the
    // terminal keeps its own count.
    void nexoReferencedRefunds()
    {
        rig(Link::Nexo);
        const PaymentAttempt paid = payAndWait(1250);
        QCOMPARE(paid.state, PaymentAttempt::Approved);
        const auto stored = m_journal->find(paid.id);
        const PaymentAttempt first = payAndWait(500, TerminalOperation::Refund, paid.reference);
        QCOMPARE(first.state, PaymentAttempt::Approved);
        QCOMPARE(first.amount, Money::fromCents(500));
        QCOMPARE(first.originalReference, paid.reference);
        QVERIFY2(m_journal->log(first.id).join(u'\n').contains(
                     u"referenced refund of "_s + stored->terminalReference),
            qPrintable(m_journal->log(first.id).join(u'\n')));
        // Its answer lost: the terminal is asked the status of that Reversal exchange (Adyen:
        // MessageReference.MessageCategory "Reversal") and repeats its ReversalResponse.
        m_sim->setBehaviour(TerminalSimulator::Behaviour::NoAnswer, 1);
        const PaymentAttempt lost = payAndWait(750, TerminalOperation::Refund, paid.reference);
        QCOMPARE(lost.state, PaymentAttempt::Approved);
        QCOMPARE(lost.reason, u"recovered"_s);
        QCOMPARE(lost.amount, Money::fromCents(750));
        QCOMPARE(m_journal->refundedAgainst(paid.reference), Money::fromCents(1250));
        QCOMPARE(m_service->pay(TerminalOperation::Refund, Money::fromCents(1), 0, {}, paid.reference)
                     .error()
                     .code,
            u"payment.refund_over"_s);
        // Asked all the same (another register, a script), the terminal refuses: nothing is left.
        NexoTerminal t(nexoSettings());
        QSignalSpy done(&t, &PaymentTerminal::finished);
        TerminalRequest r {TerminalOperation::Refund, u"0100000999"_s, Money::fromCents(1)};
        r.originalReference = paid.reference;
        r.originalTerminalReference = stored->terminalReference;
        r.originalTerminalTimestamp = stored->terminalTimestamp;
        t.start(r);
        QVERIFY(done.wait(10000));
        const auto x = done.first().first().value<TerminalResult>();
        QCOMPARE(toString(x.outcome), toString(TerminalOutcome::Declined));
        QCOMPARE(int(x.operation), int(TerminalOperation::Refund));
        // The day's totals: the payment among the debits, the refunds among the credits, on
        // both sides.
        QSignalSpy closed(m_service.get(), &PaymentService::batchClosed);
        m_service->closeBatch(0);
        QVERIFY(closed.wait(10000));
        const auto batch = closed.first().first().value<BatchReconciliation>();
        QCOMPARE(batch.terminalDebits, Money::fromCents(1250));
        QCOMPARE(batch.journalDebits, Money::fromCents(1250));
        QCOMPARE(batch.terminalCredits, Money::fromCents(1250));
        QCOMPARE(batch.journalCredits, Money::fromCents(1250));
    }

    // Adyen's published example requests, sent unchanged to the simulator: its answers have
    // the shape of Adyen's captured answers to them (adyen-examples/adyen-mock-terminal-api,
    // MIT), key for key, and echo the request's header.
    void simulatorAnswersAdyensExamplesInAdyensShapes_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("answer");
        QTest::newRow("payment") << u"payment-request"_s << u"payment-response-success"_s;
        for (const char *amount : {"124-not-enough-balance", "125-card-blocked", "126-card-expired",
                 "127-invalid-amount", "128-invalid-card", "134-wrong-pin"}) {
            QTest::newRow(amount) << u"payment-request-"_s + QLatin1StringView(amount)
                                  << u"payment-response-"_s + QLatin1StringView(amount);
        }
        QTest::newRow("status") << u"transaction-status-request"_s << u"transaction-status-response"_s;
        QTest::newRow("reversal") << u"reversal-request"_s << u"reversal-response"_s;
    }
    void simulatorAnswersAdyensExamplesInAdyensShapes()
    {
        QFETCH(QString, request);
        QFETCH(QString, answer);
        rig(Link::Nexo);
        QByteArray sent = adyenExample(request);
        QVERIFY(!sent.isEmpty());
        if (request == u"transaction-status-request"_s || request == u"reversal-request"_s) {
            // About the example payment (its ServiceID): made first, as on Adyen's mock.
            const QByteArray paid = postToSimulator(adyenExample(u"payment-request"_s));
            QVERIFY(!paid.isEmpty());
            if (request == u"reversal-request"_s) {
                // Reversed by the id this terminal gave it (the example names Adyen's).
                const QString id = QJsonDocument::fromJson(paid)
                                       .object()
                                       .value(u"SaleToPOIResponse"_s)
                                       .toObject()
                                       .value(u"PaymentResponse"_s)
                                       .toObject()
                                       .value(u"POIData"_s)
                                       .toObject()
                                       .value(u"POITransactionID"_s)
                                       .toObject()
                                       .value(u"TransactionID"_s)
                                       .toString();
                QVERIFY(!id.isEmpty());
                sent.replace(
                    QByteArray(
                        "21f1268f-9126-4bce-b127-9c2d5ffa024e\",\n          \"TimeStamp\": \"2023-05-12"),
                    QByteArray(id.toUtf8() + "\",\n          \"TimeStamp\": \"2023-05-12"));
                QVERIFY(sent.contains(id.toUtf8()));
            }
        }
        const QByteArray got = postToSimulator(sent);
        QVERIFY2(!got.isEmpty(), "no answer");
        const QJsonObject ours = QJsonDocument::fromJson(got).object();
        const QJsonObject theirs = QJsonDocument::fromJson(adyenExample(answer)).object();
        QVERIFY(!theirs.isEmpty());
        const QStringList differences = shapeDifferences(theirs, ours, {});
        QVERIFY2(
            differences.isEmpty(), qPrintable(differences.join(u"; "_s) + u"\n"_s + QString::fromUtf8(got)));
        const QJsonObject header =
            ours.value(u"SaleToPOIResponse"_s).toObject().value(u"MessageHeader"_s).toObject();
        const QJsonObject asked = QJsonDocument::fromJson(sent)
                                      .object()
                                      .value(u"SaleToPOIRequest"_s)
                                      .toObject()
                                      .value(u"MessageHeader"_s)
                                      .toObject();
        for (const char *key : {"ServiceID", "SaleID", "POIID", "MessageCategory"})
            QCOMPARE(header.value(QLatin1StringView(key)), asked.value(QLatin1StringView(key)));
        // The outcome Adyen's terminal gave: the result and, for a decline, its condition.
        const auto result = [](const QJsonObject &doc) {
            const QJsonObject message = doc.value(u"SaleToPOIResponse"_s).toObject();
            for (auto it = message.constBegin(); it != message.constEnd(); ++it) {
                if (it.key() == u"MessageHeader"_s)
                    continue;
                QJsonObject body = it.value().toObject();
                if (body.contains(u"RepeatedMessageResponse"_s))
                    body = body.value(u"RepeatedMessageResponse"_s)
                               .toObject()
                               .value(u"RepeatedResponseMessageBody"_s)
                               .toObject()
                               .value(u"PaymentResponse"_s)
                               .toObject();
                const QJsonObject r = body.value(u"Response"_s).toObject();
                return QString(
                    r.value(u"Result"_s).toString() + u' ' + r.value(u"ErrorCondition"_s).toString());
            }
            return QString();
        };
        QCOMPARE(result(ours), result(theirs));
    }

    void offlineApprovalAgainstTheRulesIsReversed_data()
    {
        QTest::addColumn<int>("link");
        QTest::newRow("caisse-ap") << int(Link::BareTcp);
        QTest::newRow("nexo") << int(Link::Nexo);
    }
    void offlineApprovalAgainstTheRulesIsReversed()
    {
        QFETCH(int, link);
        OfflineCardPolicy policy;
        policy.allowedEntryModes = {u"chip"_s}; // no contactless offline
        rig(Link(link), policy);
        m_sim->setAcquirerReachable(false);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QVERIFY(health.wait(5000));
        const PaymentAttempt a = payAndWait(1000); // contactless at the simulator
        QCOMPARE(a.state, PaymentAttempt::Released);
        QVERIFY(m_sim->storedPayments().isEmpty()); // cancelled on the terminal too
    }

    void aPaymentWaitsForTheHealthCheckTheTerminalHas()
    {
        // Seen under load: a health check abandoned half-way left the terminal busy with it,
        // it dropped the payment asked right after, and the sale was lost ("never reached the
        // terminal"). The payment now waits for the answer the terminal owes.
        m_sim->settings().statusDelayMs = 400;
        rig(Link::BareTcp);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QTRY_VERIFY(m_sim->working() > 0); // the terminal has the status request
        const PaymentAttempt a = payAndWait(1000);
        QCOMPARE(a.state, PaymentAttempt::Approved);
        QCOMPARE(a.reason, QString());
        QVERIFY(!health.isEmpty());
        QVERIFY(m_service->health(0).reachable);
        QCOMPARE(m_service->health(0).reading.model, u"SIM-Desk/5000"_s);
    }

    void aPaymentWaitingForAHealthCheckCanBeStopped()
    {
        m_sim->settings().statusDelayMs = 400;
        rig(Link::BareTcp);
        QSignalSpy settled(m_service.get(), &PaymentService::attemptSettled);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QTRY_VERIFY(m_sim->working() > 0);
        QVERIFY(m_service->pay(TerminalOperation::Payment, Money::fromCents(700)).ok());
        QCOMPARE(int(m_service->stage()), int(TerminalStage::Connecting));
        QVERIFY(m_service->isBusy());
        m_service->abort();
        QCOMPARE(settled.size(), 1);
        const auto stopped = settled.first().first().value<PaymentAttempt>();
        QCOMPARE(stopped.state, PaymentAttempt::Failed);
        QCOMPARE(stopped.reason, u"cancelled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isBusy(), 5000); // the health check ends on its own
        QVERIFY(m_service->health(0).reachable);
        QCOMPARE(m_sim->working(), 0);
        QCOMPARE(settled.size(), 1); // the stopped payment never went to the terminal
        QCOMPARE(m_journal->attempts().size(), 1);
    }

    void recoveredOfflineApprovalAgainstTheRulesIsReversed()
    {
        // The answer was lost, the terminal's last transaction tells the approval: the store's
        // rules apply to it as to one answered directly.
        OfflineCardPolicy policy;
        policy.allowedEntryModes = {u"chip"_s}; // no contactless offline
        rig(Link::BareTcp, policy);
        m_sim->setAcquirerReachable(false);
        QSignalSpy health(m_service.get(), &PaymentService::healthChanged);
        m_service->pollHealth();
        QVERIFY(health.wait(5000));
        m_sim->setBehaviour(TerminalSimulator::Behaviour::Disconnect, 1);
        const PaymentAttempt a = payAndWait(1000); // contactless at the simulator
        QCOMPARE(a.state, PaymentAttempt::Released);
        QVERIFY(m_sim->storedPayments().isEmpty()); // cancelled on the terminal too
    }

    void noCardNumberInTheDatabaseOrTheLog()
    {
        // Runs last: everything above has written to the log; this run adds protocol E (full
        // card report) and Caisse-AP approvals to a database, then greps both.
        rig(Link::Pty, {}, ConcertSettings::Format::ProtocolE);
        QCOMPARE(payAndWait(1250).state, PaymentAttempt::Approved);
        QCOMPARE(payAndWait(2250).state, PaymentAttempt::Approved);
        rig(Link::FramedTcp);
        QCOMPARE(payAndWait(3250).state, PaymentAttempt::Approved);
        rig(Link::Nexo);
        QCOMPARE(payAndWait(4250).state, PaymentAttempt::Approved);
        m_db->connection().close();
        QByteArray files;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(m_db->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                files += f.readAll();
        }
        QVERIFY(files.size() > 10000);
        const QString log = g_log.join(u'\n');
        QVERIFY(!log.isEmpty());
        for (const QString &pan : TerminalSimulator::testCardNumbers()) {
            QVERIFY2(!files.contains(pan.toLatin1()), qPrintable(pan));
            QVERIFY2(!log.contains(pan), qPrintable(pan));
        }
        QVERIFY(files.contains("497010******0003"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentTerminal)
#include "tst_paymentterminal.moc"
