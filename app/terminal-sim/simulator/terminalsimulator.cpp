// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalsimulator.h"

#include "common/serialline.h"
#include "payment/caisseap.h"
#include "payment/cardmask.h"
#include "payment/concertframe.h"
#include "payment/protocole.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSerialPort>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "comptoir.terminal-sim", QtInfoMsg)

namespace comptoir {

using concert::FrameDecoder;

// One connection (or the pty): the terminal's side of the link layer, or bare records.
class SimulatorSession : public QObject
{
public:
    using Writer = std::function<void(const QByteArray &)>;
    using Closer = std::function<void()>;

    SimulatorSession(TerminalSimulator *sim, Writer write, Closer close, bool framedOnly, QObject *parent)
        : QObject(parent)
        , m_sim(sim)
        , m_write(std::move(write))
        , m_close(std::move(close))
        , m_mode(framedOnly ? Mode::Framed : Mode::Unknown)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { timeout(); });
    }

    void receive(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        if (m_mode == Mode::Unknown)
            m_mode = bytes.front() == 'C' ? Mode::Bare : Mode::Framed;
        if (m_mode == Mode::Bare)
            receiveBare(bytes);
        else
            receiveFramed(bytes);
    }

private:
    enum class Mode { Unknown, Bare, Framed };
    enum class State { Idle, Processing, AnswerEnq, AnswerFrame };

    void receiveBare(const QByteArray &bytes)
    {
        if (m_state != State::Idle)
            return;
        if (m_sim->isDown() || m_sim->m_behaviour == TerminalSimulator::Behaviour::Busy ||
            m_sim->m_working > 0) {
            // Busy: asked to, or still working on a request another connection brought (a
            // terminal does one thing at a time, even when the register that asked has gone).
            if (!m_sim->isDown() && m_sim->m_working == 0)
                m_sim->takeBehaviour();
            m_close();
            return;
        }
        m_buffer += bytes;
        const caisseap::Parse p = caisseap::parse(m_buffer);
        if (p.state == caisseap::Parse::Incomplete)
            return;
        if (p.state == caisseap::Parse::Invalid) {
            caisseap::Message m {{"CZ", caisseap::kVersion}, {"AE", "01"}, {"AF", "09"}};
            m_write(m.encode());
            m_close();
            return;
        }
        // Records may still be arriving in another segment: give them a moment. The terminal
        // then does what it was asked even if the register hung up meanwhile.
        m_state = State::Processing;
        ++m_sim->m_working;
        QPointer<SimulatorSession> self(this);
        TerminalSimulator *sim = m_sim;
        const QByteArray request = m_buffer;
        QTimer::singleShot(50, sim, [sim, self, request] {
            const TerminalSimulator::Decision d = sim->decide(request, false);
            // Busy until the answer is ready, whether or not the register still listens.
            QTimer::singleShot(d.delayMs, sim, [sim] { --sim->m_working; });
            if (self)
                self->answerWith(d, false);
        });
    }

    void receiveFramed(const QByteArray &bytes)
    {
        for (const FrameDecoder::Event &e : m_decoder.feed(bytes)) {
            const bool control = e.kind == FrameDecoder::Event::Control;
            switch (m_state) {
            case State::Idle:
                if (control && e.control == concert::ENQ) {
                    if (m_sim->isDown() || m_sim->m_working > 0)
                        break; // no ACK: rebooting, or still working on an earlier request
                    if (m_sim->m_behaviour == TerminalSimulator::Behaviour::Busy) {
                        m_sim->takeBehaviour(); // one ENQ left unanswered per count
                        break;
                    }
                    if (const int delay = m_sim->m_settings.ackDelayMs; delay > 0) {
                        // A USB base, a Bluetooth cradle: the ACK takes its time.
                        QTimer::singleShot(delay, this, [this] { m_write(QByteArray(1, concert::ACK)); });
                        break;
                    }
                    m_write(QByteArray(1, concert::ACK));
                } else if (e.kind == FrameDecoder::Event::Frame) {
                    const auto b = m_sim->m_behaviour;
                    if (b == TerminalSimulator::Behaviour::NakStorm ||
                        b == TerminalSimulator::Behaviour::NakOnce) {
                        m_sim->takeBehaviour(); // one NAK per count
                        m_write(QByteArray(1, concert::NAK));
                        break;
                    }
                    m_request = e.data;
                    m_write(QByteArray(1, concert::ACK));
                } else if (e.kind == FrameDecoder::Event::BadChecksum ||
                    e.kind == FrameDecoder::Event::Truncated) {
                    m_write(QByteArray(1, concert::NAK));
                } else if (control && e.control == concert::EOT) {
                    if (!m_request.isEmpty()) {
                        m_buffer = m_request;
                        m_request.clear();
                        m_state = State::Processing;
                        ++m_sim->m_working;
                        process(true);
                    }
                }
                break;
            case State::AnswerEnq:
                if (control && e.control == concert::ACK) {
                    sendAnswerFrame();
                }
                break;
            case State::AnswerFrame:
                if (control && e.control == concert::ACK) {
                    m_timer.stop();
                    m_write(QByteArray(1, concert::EOT));
                    m_state = State::Idle;
                } else if (control && e.control == concert::NAK) {
                    if (++m_frameSends > 3) {
                        m_write(QByteArray(1, concert::EOT));
                        m_state = State::Idle;
                    } else {
                        m_corruptNext = false;
                        sendAnswerFrame();
                    }
                }
                break;
            case State::Processing:
                break;
            }
        }
    }

    void process(bool framed)
    {
        const TerminalSimulator::Decision d = m_sim->decide(m_buffer, framed);
        TerminalSimulator *sim = m_sim;
        QTimer::singleShot(d.delayMs, sim, [sim] { --sim->m_working; });
        answerWith(d, framed);
    }

    void answerWith(const TerminalSimulator::Decision &decision, bool framed)
    {
        m_decision = decision;
        m_buffer.clear();
        QTimer::singleShot(m_decision.delayMs, this, [this, framed] { answer(framed); });
    }

    void answer(bool framed)
    {
        using B = TerminalSimulator::Behaviour;
        qCInfo(lcSim) << "the customer is done: the terminal answers"
                      << TerminalSimulator::toString(m_decision.behaviour);
        switch (m_decision.behaviour) {
        case B::NoAnswer:
            m_state = State::Idle;
            return; // approved, recorded, silent
        case B::Disconnect:
        case B::Reboot:
            m_state = State::Idle;
            m_close();
            return;
        default:
            break;
        }
        if (!framed) {
            QByteArray bytes = m_decision.answer;
            if (m_decision.behaviour == B::Garbled)
                bytes = "CZ0040320AE0\x7f\x01garbage" + bytes.mid(20);
            m_write(bytes);
            m_state = State::Idle;
            m_close();
            return;
        }
        m_corruptNext = m_decision.behaviour == B::BadChecksum;
        m_frameSends = 0;
        m_enqTries = 0;
        sendAnswerEnq();
    }

    void sendAnswerEnq()
    {
        ++m_enqTries;
        m_state = State::AnswerEnq;
        m_write(QByteArray(1, concert::ENQ));
        m_timer.start(1000);
    }

    void sendAnswerFrame()
    {
        ++m_frameSends;
        m_state = State::AnswerFrame;
        QByteArray data = m_decision.answer;
        if (m_decision.behaviour == TerminalSimulator::Behaviour::Garbled)
            data = "\x7f?" + data.mid(7, 9) + "##";
        QByteArray f = concert::frame(data);
        if (m_corruptNext)
            f.back() = char(f.back() ^ 0x5a);
        m_write(f);
        m_timer.start(1000);
    }

    void timeout()
    {
        if (m_state == State::AnswerEnq) {
            if (m_enqTries >= 3) {
                m_write(QByteArray(1, concert::EOT));
                m_state = State::Idle;
                return;
            }
            sendAnswerEnq();
        } else if (m_state == State::AnswerFrame) {
            if (m_frameSends > 3) {
                m_state = State::Idle;
                return;
            }
            sendAnswerFrame();
        }
    }

    TerminalSimulator *m_sim;
    Writer m_write;
    Closer m_close;
    Mode m_mode;
    State m_state = State::Idle;
    FrameDecoder m_decoder;
    QByteArray m_buffer;
    QByteArray m_request;
    TerminalSimulator::Decision m_decision;
    QTimer m_timer;
    bool m_corruptNext = false;
    int m_frameSends = 0;
    int m_enqTries = 0;
};

namespace {

QByteArray money2(qint64 cents)
{
    return QByteArray::number(cents).rightJustified(2, '0');
}

QString frenchAmount(qint64 cents)
{
    return u"%1,%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0'));
}

} // namespace

TerminalSimulator::TerminalSimulator(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    load();
}

TerminalSimulator::~TerminalSimulator()
{
    if (m_ptyNotifier)
        m_ptyNotifier->setEnabled(false);
    if (m_ptyMaster >= 0)
        ::close(m_ptyMaster);
    if (m_ptySlave >= 0)
        ::close(m_ptySlave);
    if (!m_ptyLink.isEmpty())
        QFile::remove(m_ptyLink);
}

QStringList TerminalSimulator::testCardNumbers()
{
    return {u"4970100000000003"_s, u"4970109000000007"_s, u"5017670000001800"_s};
}

QString TerminalSimulator::toString(Behaviour b)
{
    const QMetaEnum e = QMetaEnum::fromType<Behaviour>();
    QString name = QString::fromLatin1(e.valueToKey(int(b)));
    // CamelCase -> kebab-case
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i].isUpper() && i > 0)
            out += u'-';
        out += name[i].toLower();
    }
    return out;
}

std::optional<TerminalSimulator::Behaviour> TerminalSimulator::behaviourFromString(const QString &s)
{
    const QMetaEnum e = QMetaEnum::fromType<Behaviour>();
    for (int i = 0; i < e.keyCount(); ++i) {
        const auto b = Behaviour(e.value(i));
        if (toString(b) == s.trimmed().toLower())
            return b;
    }
    return std::nullopt;
}

Result<quint16> TerminalSimulator::listenTcp(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                if (isDown()) {
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
                QPointer<QTcpSocket> guard(socket);
                auto *session = new SimulatorSession(
                    this,
                    [guard](const QByteArray &b) {
                        if (guard)
                            guard->write(b);
                    },
                    [guard] {
                        if (guard)
                            guard->disconnectFromHost();
                    },
                    false, socket);
                connect(socket, &QTcpSocket::readyRead, session,
                    [socket, session] { session->receive(socket->readAll()); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    if (!m_server->listen(QHostAddress::LocalHost, port) && !m_server->listen(QHostAddress::Any, port))
        return Error {u"sim.listen"_s, m_server->errorString()};
    qCInfo(lcSim) << "terminal simulator on TCP port" << m_server->serverPort();
    return m_server->serverPort();
}

quint16 TerminalSimulator::tcpPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

Result<QString> TerminalSimulator::openPty(const QString &linkPath)
{
    if (m_ptyMaster >= 0)
        return Error {u"sim.pty"_s, u"pseudo-terminal already open"_s};
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        return Error {u"sim.pty"_s, u"cannot create a pseudo-terminal"_s};
    const QString slavePath = QString::fromLocal8Bit(::ptsname(master));
    // Keep the slave open ourselves: raw mode from the start, and no EIO on the master
    // while the register has it closed.
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    if (slave >= 0) {
        termios t {};
        ::tcgetattr(slave, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(slave, TCSANOW, &t);
    }
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    m_ptyMaster = master;
    m_ptySlave = slave;
    m_ptySession = new SimulatorSession(
        this,
        [master](const QByteArray &b) { [[maybe_unused]] auto n = ::write(master, b.constData(), b.size()); },
        [] {}, true, this);
    m_ptyNotifier = new QSocketNotifier(master, QSocketNotifier::Read, this);
    connect(m_ptyNotifier, &QSocketNotifier::activated, this, [this] {
        char buf[512];
        const auto n = ::read(m_ptyMaster, buf, sizeof buf);
        if (n > 0 && !isDown())
            m_ptySession->receive(QByteArray(buf, n));
    });
    QString path = slavePath;
    if (!linkPath.isEmpty()) {
        QFile::remove(linkPath);
        if (!QFile::link(slavePath, linkPath))
            return Error {u"sim.pty"_s, u"cannot create %1"_s.arg(linkPath)};
        m_ptyLink = linkPath;
        path = linkPath;
    }
    qCInfo(lcSim) << "terminal simulator on serial line" << path << "->" << slavePath;
    return path;
}

Status TerminalSimulator::attachSerial(const QString &device)
{
    if (m_serial)
        return Error {u"sim.serial"_s, u"a serial device is already attached"_s};
    auto *port = new QSerialPort(device, this);
    QString note;
    const SerialFraming framing {9600, QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::OneStop};
    if (!openSerialLine(*port, QIODevice::ReadWrite, framing, &note)) {
        const QString why = port->errorString();
        delete port;
        return Error {u"sim.serial"_s, u"cannot open %1: %2"_s.arg(device, why)};
    }
    if (!note.isEmpty())
        qCInfo(lcSim) << note;
    m_serial = port;
    QPointer<QSerialPort> guard(port);
    auto *session = new SimulatorSession(
        this,
        [guard](const QByteArray &b) {
            if (guard)
                guard->write(b);
        },
        [] {}, true, port);
    connect(port, &QSerialPort::readyRead, session, [this, port, session] {
        const QByteArray bytes = port->readAll();
        if (!isDown())
            session->receive(bytes);
    });
    qCInfo(lcSim) << "terminal simulator on serial device" << device;
    return Ok {};
}

void TerminalSimulator::setBehaviour(Behaviour behaviour, int count)
{
    m_behaviour = behaviour;
    m_behaviourCount = count;
    qCInfo(lcSim) << "behaviour" << toString(behaviour)
                  << (count < 0 ? u"until changed"_s : u"x%1"_s.arg(count));
}

TerminalSimulator::Behaviour TerminalSimulator::takeBehaviour()
{
    const Behaviour b = m_behaviour;
    if (m_behaviourCount > 0 && --m_behaviourCount == 0) {
        m_behaviour = Behaviour::Approve;
        m_behaviourCount = -1;
    }
    return b;
}

void TerminalSimulator::setAcquirerReachable(bool reachable)
{
    m_acquirerReachable = reachable;
    qCInfo(lcSim) << "acquirer" << (reachable ? "reachable" : "unreachable");
}

bool TerminalSimulator::isDown() const
{
    return m_downUntil.isValid() && QDateTime::currentDateTimeUtc() < m_downUntil;
}

int TerminalSimulator::working() const
{
    return int(m_working + m_nexoRunning.size());
}

void TerminalSimulator::reboot()
{
    m_downUntil = QDateTime::currentDateTimeUtc().addMSecs(m_settings.rebootMs);
    m_nexoLoggedIn.clear(); // a restarted terminal has no session
    qCInfo(lcSim) << "rebooting for" << m_settings.rebootMs << "ms";
}

Result<int> TerminalSimulator::forward(int declineCount, const QStringList &declineReferences)
{
    if (!m_acquirerReachable)
        return Error {u"sim.acquirer"_s, u"the acquirer is unreachable"_s};
    int n = 0;
    for (StoredPayment &p : m_stored) {
        if (p.status != u"pending"_s)
            continue;
        const bool decline = declineReferences.contains(p.reference) || declineCount > 0;
        if (decline && !declineReferences.contains(p.reference))
            --declineCount;
        p.status = decline ? u"declined"_s : u"accepted"_s;
        if (!decline)
            p.authorisation = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        ++n;
    }
    m_lastOnline = QDateTime::currentDateTimeUtc();
    save();
    qCInfo(lcSim) << "forwarded" << n << "stored payment(s)";
    return n;
}

TerminalSimulator::Decision TerminalSimulator::decide(const QByteArray &request, bool framed, bool nexo)
{
    const bool caisseAp = request.startsWith("CZ");
    if (caisseAp && !nexo && !m_settings.vendorRecords) {
        const caisseap::Parse p = caisseap::parse(request);
        if (p.state == caisseap::Parse::Complete && p.message.value("CD") == "T") {
            // Not in the standard's dictionary: an unknown action.
            Decision d;
            d.delayMs = m_settings.statusDelayMs;
            caisseap::Message a {{"CZ", caisseap::kVersion}, {"CA", p.message.value("CA")}, {"AE", "01"},
                {"AF", "12"}, {"CB", p.message.value("CB")}, {"CD", "T"}, {"CE", p.message.value("CE")}};
            d.answer = a.encode();
            return d;
        }
    }
    Decision d = decideRecords(request, framed);
    if (caisseAp && !nexo && !m_settings.vendorRecords) {
        // A standard terminal's answer: the vendor records are ours, it has none.
        caisseap::Message standard;
        const caisseap::Parse parsed = caisseap::parse(d.answer);
        for (const caisseap::Record &r : parsed.message.records()) {
            if (!r.tag.startsWith('Z'))
                standard.add(r.tag, r.value);
        }
        d.answer = standard.encode();
    }
    return d;
}

TerminalSimulator::Decision TerminalSimulator::decideRecords(const QByteArray &request, bool framed)
{
    Q_UNUSED(framed)
    Decision d;
    d.delayMs = m_settings.statusDelayMs;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // What is asked, in either protocol.
    QByteArray action;
    QByteArray reference;
    QByteArray registerNo = "01";
    qint64 cents = 0;
    // Protocol E's flags (the public layout: IND at 10, DELAI at 26, AUTO at 30).
    bool fullAnswer = true;
    bool answerAtOnce = false; // A011: "request handled" at once, status 9, no verified outcome
    bool forceOnline = false; // B011: an online authorisation, never stored offline
    const bool protocolE = !request.startsWith("CZ");
    if (protocolE) {
        // Plain protocol E has 26 bytes (no DELAI, no AUTO), E+ 34.
        if (request.size() != protocole::kRequestSize && request.size() != 26) {
            d.answer = QByteArray("007") + QByteArray(8, '0') + "1" + QByteArray(55, ' ') + "978" +
                QByteArray(10, ' ');
            return d;
        }
        registerNo = request.left(2);
        cents = request.mid(2, 8).toLongLong();
        fullAnswer = request.at(10) != '0';
        action = request.mid(12, 1);
        reference = request.mid(16, 10);
        answerAtOnce = request.mid(26, 4) == "A011";
        forceOnline = request.mid(30, 4) == "B011";
    } else {
        const caisseap::Parse p = caisseap::parse(request);
        const caisseap::Message &m = p.message;
        if (p.state != caisseap::Parse::Complete || !m.has("CD")) {
            d.answer = caisseap::Message {{"CZ", caisseap::kVersion}, {"AE", "01"}, {"AF", "09"}}.encode();
            return d;
        }
        action = m.value("CD");
        reference = m.value("CF");
        registerNo = m.value("CA");
        cents = m.value("CB").toLongLong();
        if (action == "I") {
            caisseap::Message a {{"CZ", caisseap::kVersion}, {"CA", registerNo}, {"AE", "10"}, {"CD", "I"}};
            a.add(caisseap::ext::Model, m_settings.model.toLatin1());
            a.add(caisseap::ext::Serial, m_settings.serial.toLatin1());
            a.add(caisseap::ext::Software, m_settings.softwareVersion.toLatin1());
            if (m_lastOnline.isValid())
                a.add(caisseap::ext::LastOnline, m_lastOnline.toString(Qt::ISODateWithMs).toLatin1());
            qint64 storedCents = 0;
            int storedCount = 0;
            for (const StoredPayment &s : std::as_const(m_stored)) {
                if (s.status == u"pending"_s) {
                    ++storedCount;
                    storedCents += s.amount.cents();
                }
            }
            a.add(caisseap::ext::StoredCount, QByteArray::number(storedCount));
            a.add(caisseap::ext::StoredAmount, QByteArray::number(storedCents));
            a.add(caisseap::ext::Network, m_settings.network.toLatin1());
            a.add(caisseap::ext::Battery, "87");
            a.add(caisseap::ext::AcquirerLink, m_acquirerReachable ? "1" : "0");
            if (!reference.isEmpty())
                a.add("CF", reference);
            d.answer = a.encode();
            return d;
        }
        if (action == "3") {
            d.answer = m_lastAnswer.isEmpty()
                ? caisseap::Message {{"CZ", caisseap::kVersion}, {"AE", "01"}, {"AF", "07"}}.encode()
                : m_lastAnswer;
            return d;
        }
        if (action == "T") {
            caisseap::Message a {{"CZ", caisseap::kVersion}, {"CA", registerNo}, {"AE", "10"}, {"CD", "T"}};
            a.add(caisseap::ext::BatchCount, QByteArray::number(m_batchCount));
            a.add(caisseap::ext::BatchDebits, QByteArray::number(m_batchDebits));
            a.add(caisseap::ext::BatchCredits, QByteArray::number(m_batchCredits));
            for (const StoredPayment &s : std::as_const(m_stored)) {
                a.add(caisseap::ext::StoredReport,
                    (s.reference + u';' + QString::number(s.amount.cents()) + u';' + s.status + u';' +
                        s.authorisation)
                        .toLatin1());
            }
            if (!reference.isEmpty())
                a.add("CF", reference);
            d.answer = a.encode();
            // Like a real télécollecte, the closed batch starts afresh; resolved stored
            // payments leave the terminal's memory.
            m_batchCount = 0;
            m_batchDebits = 0;
            m_batchCredits = 0;
            m_stored.removeIf([](const StoredPayment &s) { return s.status != u"pending"_s; });
            save();
            return d;
        }
    }

    // A card transaction.
    Q_EMIT requestReceived(action);
    if (m_forcedOnce) {
        d.behaviour = *m_forcedOnce;
        m_forcedOnce.reset();
    } else {
        d.behaviour = takeBehaviour();
    }
    d.delayMs = d.behaviour == Behaviour::Slow ? m_settings.slowDelayMs : m_settings.cardDelayMs;
    const bool refund = action == "1";
    const bool cancel = action == "2";
    const QString pan = testCardNumbers().at(int(m_sequence % testCardNumbers().size()));
    const bool contactless = cents <= 5000;

    QByteArray ae = "10";
    QByteArray af;
    bool offline = false;
    switch (d.behaviour) {
    case Behaviour::Decline:
        ae = "01";
        af = "04";
        break;
    case Behaviour::CardRemoved:
        ae = "01";
        af = "11";
        break;
    case Behaviour::CustomerCancel:
        ae = "01";
        af = "06";
        break;
    case Behaviour::InputTimeout:
        ae = "01";
        af = "08";
        break;
    case Behaviour::Reboot:
        reboot();
        qCInfo(lcSim) << "transaction" << reference << "lost in a reboot";
        return d;
    default:
        if (!m_acquirerReachable) {
            if (refund) {
                ae = "01";
                af = "05"; // no refunds without the bank
            } else if (!cancel && (forceOnline || Money::fromCents(cents) > m_settings.floorLimit)) {
                ae = "01"; // an online authorisation was required, or the floor limit is passed
                af = "04";
            } else {
                offline = !cancel;
            }
        }
        break;
    }
    const bool approved = ae == "10";
    const QByteArray auth = approved && !offline
        ? QByteArray::number(QRandomGenerator::global()->bounded(100000, 999999))
        : QByteArray();
    // Another transaction's answer: its reference and its amount (one euro more).
    const bool someoneElse = d.behaviour == Behaviour::WrongReference;
    const QByteArray echoed = someoneElse ? QByteArray("9900000001") : reference;
    const qint64 echoedCents = someoneElse ? cents + 100 : cents;
    ++m_sequence;
    const QByteArray termRef = QByteArray::number(m_sequence).rightJustified(6, '0');
    if (approved) {
        if (!offline)
            m_lastOnline = now;
        if (cancel) {
            // A cancellation takes the last debit of that amount out of the batch (and out of
            // the stored payments when it was stored).
            m_batchCount = qMax(0, m_batchCount - 1);
            m_batchDebits -= cents;
            for (qsizetype i = m_stored.size() - 1; i >= 0; --i) {
                if (m_stored[i].status == u"pending"_s && m_stored[i].amount.cents() == cents) {
                    m_stored.removeAt(i);
                    break;
                }
            }
        } else {
            ++m_batchCount;
            if (refund)
                m_batchCredits += cents;
            else
                m_batchDebits += cents;
        }
        if (offline && !cancel) {
            m_stored.append(
                {QString::fromLatin1(reference).trimmed(), Money::fromCents(cents), u"pending"_s, {}, now});
        }
    }

    // The card receipt, as terminals print it (masked card number).
    QString receipt;
    if (approved || af == "04") {
        receipt = u"CARTE BANCAIRE\n"_s + m_settings.model + u'\n' +
            now.toLocalTime().toString(u"dd/MM/yy HH:mm:ss"_s) + u"\nA0000000421010\n"_s +
            (contactless ? u"SANS CONTACT\n"_s : u"CONTACT\n"_s) + maskPan(pan) + u"\nMONTANT = "_s +
            frenchAmount(cents) + u" EUR\n"_s +
            (refund          ? u"CREDIT\n"_s
                    : cancel ? u"ANNULATION\n"_s
                             : u"DEBIT\n"_s) +
            (approved ? (offline ? u"HORS LIGNE - A TRANSMETTRE\n"_s
                                 : u"AUTO "_s + QString::fromLatin1(auth) + u'\n')
                      : u"REFUSE\n"_s) +
            u"TICKET CLIENT A CONSERVER"_s;
    }

    caisseap::Message a {{"CZ", caisseap::kVersion}, {"CA", registerNo}, {"AE", ae}};
    if (!af.isEmpty())
        a.add("AF", af);
    a.add("CB", money2(cents));
    a.add("CD", action);
    a.add("CE", "978");
    if (approved) {
        a.add("AC", auth.isEmpty() ? QByteArray("000000") : auth);
        a.add("AA", maskPan(pan).toLatin1());
        a.add("AI", "A0000000421010");
        // As Caisse-AP terminals write them: CC the application's code, CI the read mode.
        a.add("CC", contactless ? "00B" : "001");
        a.add("CI", contactless ? "2" : "1");
        a.add(caisseap::ext::TerminalRef, termRef);
        if (offline)
            a.add(caisseap::ext::StoredOffline, "1");
    }
    if (!receipt.isEmpty())
        a.add("ZT", receipt.toLatin1().left(999));
    a.add("CF", reference);
    m_lastAnswer = a.encode(); // the terminal's journal holds the truth
    rememberAnswer(QString::fromLatin1(reference).trimmed(), m_lastAnswer);
    d.recorded = true;
    caisseap::Message sent;
    for (const caisseap::Record &r : a.records()) {
        if (r.tag == "CB")
            sent.add(r.tag, money2(echoedCents));
        else if (r.tag == "CF")
            sent.add(r.tag, echoed);
        else
            sent.add(r.tag, r.value);
    }

    if (protocolE) {
        // Protocol E: the card report carries the full card number, as real terminals do; a
        // short answer (IND 0) has no report; A011 answers at once, before the customer, with
        // status 9 (the outcome is then read on the terminal).
        QByteArray e = registerNo.rightJustified(2, '0').left(2);
        e += answerAtOnce ? '9' : approved ? '0' : '7';
        e += QByteArray::number(echoedCents).rightJustified(8, '0');
        e += '1';
        if (fullAnswer)
            e += QByteArray(pan.toLatin1() + "=2812101").leftJustified(55, ' ');
        e += "978";
        e += echoed.leftJustified(10, ' ');
        d.answer = e;
        if (answerAtOnce)
            d.delayMs = 0;
    } else {
        d.answer = sent.encode();
    }
    save();
    qCInfo(lcSim) << "transaction" << reference << toString(d.behaviour)
                  << (approved ? "approved" : "not done") << af << (offline ? "stored offline" : "");
    Q_EMIT transactionFinished(QString::fromLatin1(reference).trimmed(),
        approved ? (offline ? u"stored"_s : u"approved"_s) : u"declined"_s);
    return d;
}

std::optional<TerminalResult> TerminalSimulator::findByTerminalReference(
    const QString &terminalReference) const
{
    if (terminalReference.isEmpty())
        return std::nullopt;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const auto r =
            caisseap::decodeResponse(caisseap::parse(it.value()).message, TerminalOperation::Payment);
        if (r && r->approved() && r->terminalReference == terminalReference)
            return *r;
    }
    return std::nullopt;
}

void TerminalSimulator::rememberAnswer(const QString &reference, const QByteArray &answer)
{
    if (reference.isEmpty())
        return;
    if (!m_answers.contains(reference))
        m_answerOrder.append(reference);
    m_answers.insert(reference, answer);
    while (m_answerOrder.size() > kRememberedAnswers)
        m_answers.remove(m_answerOrder.takeFirst());
}

QJsonObject TerminalSimulator::stateJson() const
{
    QJsonArray stored;
    for (const StoredPayment &s : m_stored) {
        stored.append(QJsonObject {{u"reference"_s, s.reference}, {u"amount"_s, s.amount.cents()},
            {u"status"_s, s.status}, {u"authorisation"_s, s.authorisation},
            {u"stored_at"_s, s.storedAt.toString(Qt::ISODateWithMs)}});
    }
    QJsonArray answers;
    for (const QString &reference : m_answerOrder)
        answers.append(QJsonArray {reference, QString::fromLatin1(m_answers.value(reference).toBase64())});
    return QJsonObject {{u"last_answer"_s, QString::fromLatin1(m_lastAnswer.toBase64())},
        {u"answers"_s, answers}, {u"last_online"_s, m_lastOnline.toString(Qt::ISODateWithMs)},
        {u"sequence"_s, m_sequence}, {u"batch_count"_s, m_batchCount}, {u"batch_debits"_s, m_batchDebits},
        {u"batch_credits"_s, m_batchCredits}, {u"stored"_s, stored}};
}

void TerminalSimulator::save() const
{
    if (m_settings.statePath.isEmpty())
        return;
    QSaveFile f(m_settings.statePath);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(stateJson()).toJson());
    f.commit();
}

void TerminalSimulator::load()
{
    if (m_settings.statePath.isEmpty())
        return;
    QFile f(m_settings.statePath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    m_lastAnswer = QByteArray::fromBase64(o.value(u"last_answer"_s).toString().toLatin1());
    for (const QJsonValue &v : o.value(u"answers"_s).toArray()) {
        const QJsonArray pair = v.toArray();
        rememberAnswer(pair.at(0).toString(), QByteArray::fromBase64(pair.at(1).toString().toLatin1()));
    }
    m_lastOnline = QDateTime::fromString(o.value(u"last_online"_s).toString(), Qt::ISODateWithMs);
    m_sequence = o.value(u"sequence"_s).toInteger();
    m_batchCount = o.value(u"batch_count"_s).toInt();
    m_batchDebits = o.value(u"batch_debits"_s).toInteger();
    m_batchCredits = o.value(u"batch_credits"_s).toInteger();
    for (const QJsonValue &v : o.value(u"stored"_s).toArray()) {
        const QJsonObject s = v.toObject();
        m_stored.append(
            {s.value(u"reference"_s).toString(), Money::fromCents(s.value(u"amount"_s).toInteger()),
                s.value(u"status"_s).toString(), s.value(u"authorisation"_s).toString(),
                QDateTime::fromString(s.value(u"stored_at"_s).toString(), Qt::ISODateWithMs)});
    }
}

QString TerminalSimulator::command(const QString &line)
{
    const QStringList w = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (w.isEmpty())
        return u"error empty command"_s;
    const QString verb = w[0].toLower();
    if (verb == u"behaviour"_s || verb == u"behavior"_s) {
        if (w.size() < 2)
            return u"error usage: behaviour NAME [COUNT]"_s;
        const auto b = behaviourFromString(w[1]);
        if (!b)
            return u"error unknown behaviour %1"_s.arg(w[1]);
        setBehaviour(*b, w.size() > 2 ? w[2].toInt() : -1);
        return u"ok behaviour %1"_s.arg(toString(*b));
    }
    if (verb == u"acquirer"_s && w.size() == 2 && (w[1] == u"up"_s || w[1] == u"down"_s)) {
        setAcquirerReachable(w[1] == u"up"_s);
        return u"ok acquirer %1"_s.arg(w[1]);
    }
    if (verb == u"forward"_s) {
        int declineCount = 0;
        QStringList refs;
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (w[i] == u"--decline-count"_s && i + 1 < w.size())
                declineCount = w[++i].toInt();
            else if (w[i] == u"--decline"_s && i + 1 < w.size())
                refs << w[++i];
            else
                return u"error usage: forward [--decline-count N] [--decline REF]..."_s;
        }
        const auto n = forward(declineCount, refs);
        return n ? u"ok forwarded %1"_s.arg(n.value()) : u"error "_s + n.error().message;
    }
    if (verb == u"reboot"_s) {
        reboot();
        return u"ok rebooting"_s;
    }
    if (verb == u"ack-delay"_s && w.size() == 2) {
        m_settings.ackDelayMs = qBound(0, w[1].toInt(), 10000);
        return u"ok ack-delay %1"_s.arg(m_settings.ackDelayMs);
    }
    if (verb == u"floor-limit"_s && w.size() == 2) {
        m_settings.floorLimit = Money::fromCents(w[1].toLongLong());
        return u"ok floor-limit %1"_s.arg(m_settings.floorLimit.cents());
    }
    if (verb == u"status"_s) {
        QJsonObject o = stateJson();
        o.remove(u"last_answer"_s);
        o.insert(u"behaviour"_s, toString(m_behaviour));
        o.insert(u"acquirer"_s, m_acquirerReachable ? u"up"_s : u"down"_s);
        o.insert(u"tcp_port"_s, int(tcpPort()));
        // Requests it has and has not finished with (what its screen would show).
        o.insert(u"working"_s, working());
        return u"ok "_s + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return u"error unknown command %1"_s.arg(verb);
}

Result<quint16> TerminalSimulator::listenControl(quint16 port)
{
    if (!m_control) {
        m_control = new QTcpServer(this);
        connect(m_control, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_control->nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    while (s->canReadLine())
                        s->write((command(QString::fromUtf8(s->readLine())) + u'\n').toUtf8());
                });
            }
        });
    }
    if (!m_control->listen(QHostAddress::LocalHost, port))
        return Error {u"sim.listen"_s, m_control->errorString()};
    return m_control->serverPort();
}

} // namespace comptoir
