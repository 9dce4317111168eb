// SPDX-License-Identifier: GPL-3.0-or-later
#include "concertterminal.h"

#include "common/serialline.h"
#include "payment/caisseap.h"
#include "payment/protocole.h"

#include <QLoggingCategory>
#include <QSerialPort>
#include <QSet>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPayment, "comptoir.payment", QtInfoMsg)

namespace comptoir {

using concert::FrameDecoder;

ConcertTerminal::ConcertTerminal(ConcertSettings settings, QObject *parent)
    : PaymentTerminal(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.transport == ConcertSettings::Transport::Serial ||
        m_settings.format == ConcertSettings::Format::ProtocolE)
        m_settings.framed = true;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConcertTerminal::timeout);
}

ConcertTerminal::~ConcertTerminal()
{
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
    }
}

bool ConcertTerminal::supports(TerminalOperation operation) const
{
    if (m_settings.format == ConcertSettings::Format::CaisseAp)
        return true;
    // Protocol E has no status message: its health check is the link layer's ENQ answered
    // with ACK, then EOT (framed links only).
    return operation == TerminalOperation::Payment || operation == TerminalOperation::Refund ||
        operation == TerminalOperation::Reversal ||
        (operation == TerminalOperation::Identify && m_settings.framed);
}

void ConcertTerminal::setPhase(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Idle:
        setStage(TerminalStage::Idle);
        break;
    case Phase::Connecting:
        setStage(TerminalStage::Connecting);
        break;
    case Phase::Enquiring:
    case Phase::Collision:
    case Phase::SendingFrame:
        setStage(TerminalStage::Sending);
        break;
    case Phase::Waiting:
    case Phase::RawWaiting:
        setStage(m_request.operation == TerminalOperation::LastTransaction
                ? TerminalStage::Recovering
                : TerminalStage::CustomerInteraction);
        break;
    case Phase::ReceivingFrame:
    case Phase::ClosingEot:
        setStage(TerminalStage::Receiving);
        break;
    }
}

void ConcertTerminal::start(const TerminalRequest &request)
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_request = request;
    ++m_job;
    m_delivered = false;
    m_enqTries = 0;
    m_naks = 0;
    m_rxErrors = 0;
    m_answer.reset();
    m_raw.clear();
    m_decoder.reset();
    m_probe = false;

    if (m_settings.format == ConcertSettings::Format::ProtocolE &&
        request.operation == TerminalOperation::Identify && m_settings.framed) {
        m_probe = true; // ENQ, ACK, EOT: the terminal is there and free
        m_payload.clear();
        qCInfo(lcPayment) << "terminal probe (ENQ)";
        openLink();
        return;
    }
    if (m_settings.format == ConcertSettings::Format::CaisseAp) {
        m_payload = caisseap::encodeRequest(request, m_settings.ecrId).encode();
    } else {
        auto encoded = protocole::encodeRequest(request);
        if (!encoded) {
            m_phase = Phase::Connecting; // busy until the queued finish
            QMetaObject::invokeMethod(
                this, [this] { finish(TerminalOutcome::Failed, u"unsupported"_s); }, Qt::QueuedConnection);
            return;
        }
        m_payload = encoded.value();
    }
    if (m_settings.framed && m_payload.size() > concert::kMaxFrameData) {
        m_phase = Phase::Connecting;
        QMetaObject::invokeMethod(
            this, [this] { finish(TerminalOutcome::Failed, u"format"_s); }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcPayment) << "terminal" << toString(request.operation) << "ref" << request.reference << "amount"
                      << request.amount.cents();
    openLink();
}

void ConcertTerminal::openLink()
{
    setPhase(Phase::Connecting);
    if (m_settings.transport == ConcertSettings::Transport::Tcp) {
        auto *socket = new QTcpSocket(this);
        m_device = socket;
        connect(socket, &QTcpSocket::connected, this, &ConcertTerminal::linkUp);
        connect(socket, &QTcpSocket::readyRead, this, &ConcertTerminal::readLink);
        connect(socket, &QTcpSocket::disconnected, this, &ConcertTerminal::linkDown);
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                return; // disconnected() follows
            qCWarning(lcPayment) << "terminal link:" << socket->errorString();
            linkDown();
        });
        arm(m_settings.connectTimeoutMs);
        socket->connectToHost(m_settings.host, m_settings.port);
        return;
    }
    auto *port = new QSerialPort(m_settings.serialPort, this);
    m_device = port;
    const SerialFraming framing {
        m_settings.baudRate,
        m_settings.dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8,
        m_settings.parity == 'E'       ? QSerialPort::EvenParity
            : m_settings.parity == 'O' ? QSerialPort::OddParity
                                       : QSerialPort::NoParity,
        m_settings.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop,
    };
    QString note;
    if (!openSerialLine(*port, QIODevice::ReadWrite, framing, &note)) {
        qCWarning(lcPayment) << "cannot open" << m_settings.serialPort << port->errorString();
        QMetaObject::invokeMethod(
            this, [this] { finish(TerminalOutcome::Failed, u"unreachable"_s); }, Qt::QueuedConnection);
        return;
    }
    static QSet<QString> noted; // once per line and process: the line is opened per exchange
    if (!note.isEmpty() && !noted.contains(m_settings.serialPort)) {
        noted.insert(m_settings.serialPort);
        qCWarning(lcPayment) << "terminal serial line:" << note;
    }
    connect(port, &QSerialPort::readyRead, this, &ConcertTerminal::readLink);
    connect(port, &QSerialPort::errorOccurred, this, [this, port](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
            return;
        qCWarning(lcPayment) << "terminal serial line:" << port->errorString();
        if (m_phase != Phase::Connecting)
            linkDown();
    });
    port->clear();
    QMetaObject::invokeMethod(this, &ConcertTerminal::linkUp, Qt::QueuedConnection);
}

void ConcertTerminal::linkUp()
{
    if (m_phase != Phase::Connecting)
        return;
    if (m_settings.framed) {
        sendEnq();
        return;
    }
    // Bare Caisse-AP over IP: the request is on its way as soon as it is written.
    m_delivered = true;
    write(m_payload);
    setPhase(Phase::RawWaiting);
    arm(m_settings.resultTimeoutMs);
}

void ConcertTerminal::write(QByteArrayView bytes)
{
    if (m_device && m_device->isOpen())
        m_device->write(bytes.data(), bytes.size());
}

void ConcertTerminal::arm(int ms)
{
    m_timer.start(ms);
}

void ConcertTerminal::sendEnq()
{
    ++m_enqTries;
    setPhase(Phase::Enquiring);
    write(QByteArrayView(&concert::ENQ, 1));
    arm(m_settings.ackTimeoutMs);
}

void ConcertTerminal::sendFrame()
{
    setPhase(Phase::SendingFrame);
    write(concert::frame(m_payload));
    arm(m_settings.ackTimeoutMs);
}

void ConcertTerminal::readLink()
{
    if (!m_device)
        return;
    const QByteArray bytes = m_device->readAll();
    if (m_phase == Phase::Idle || bytes.isEmpty())
        return;
    if (!m_settings.framed) {
        m_raw += bytes;
        const caisseap::Parse p = caisseap::parse(m_raw);
        if (p.state == caisseap::Parse::Invalid) {
            finish(TerminalOutcome::Unknown, u"format"_s, p.error);
        } else if (p.state == caisseap::Parse::Complete) {
            arm(m_settings.settleMs); // a last record may still be on its way
        } else if (m_raw.size() > 64 * 1024) {
            finish(TerminalOutcome::Unknown, u"format"_s, u"answer too long"_s);
        }
        return;
    }
    handleLinkEvents(m_decoder.feed(bytes));
}

void ConcertTerminal::handleLinkEvents(const QList<FrameDecoder::Event> &events)
{
    const quint64 job = m_job;
    for (const FrameDecoder::Event &e : events) {
        if (m_phase == Phase::Idle || m_job != job)
            return; // finished, perhaps with the next job already started from finished()
        const bool control = e.kind == FrameDecoder::Event::Control;
        switch (m_phase) {
        case Phase::Enquiring:
            if (control && e.control == concert::ACK && m_probe) {
                write(QByteArrayView(&concert::EOT, 1));
                // Out before the link closes: a terminal left without its EOT waits for a frame.
                if (auto *serial = qobject_cast<QSerialPort *>(m_device))
                    serial->flush();
                else if (auto *socket = qobject_cast<QAbstractSocket *>(m_device))
                    socket->flush();
                finish(TerminalOutcome::Approved, {}, u"the terminal acknowledged ENQ"_s);
            } else if (control && e.control == concert::ACK) {
                m_naks = 0;
                sendFrame();
            } else if (control && e.control == concert::ENQ) {
                // Collision: the terminal talks first (a late answer). Take it, then retry.
                qCInfo(lcPayment) << "ENQ collision: the terminal talks first";
                setPhase(Phase::Collision);
                write(QByteArrayView(&concert::ACK, 1));
                arm(m_settings.frameTimeoutMs);
            }
            break;
        case Phase::Collision:
            if (e.kind == FrameDecoder::Event::Frame) {
                qCWarning(lcPayment) << "unsolicited terminal message of" << e.data.size() << "bytes ignored";
                write(QByteArrayView(&concert::ACK, 1));
            } else if (control && e.control == concert::EOT) {
                m_enqTries = 0;
                sendEnq();
            }
            break;
        case Phase::SendingFrame:
            if (control && e.control == concert::ACK) {
                write(QByteArrayView(&concert::EOT, 1));
                m_delivered = true;
                setPhase(Phase::Waiting);
                arm(m_settings.resultTimeoutMs);
            } else if (control && e.control == concert::NAK) {
                if (++m_naks >= m_settings.maxNaks) {
                    write(QByteArrayView(&concert::EOT, 1));
                    finish(TerminalOutcome::Failed, u"link"_s, u"%1 NAKs"_s.arg(m_naks));
                } else {
                    sendFrame();
                }
            }
            break;
        case Phase::Waiting:
            if (control && e.control == concert::ENQ) {
                setPhase(Phase::ReceivingFrame);
                arm(m_settings.frameTimeoutMs);
                QTimer::singleShot(m_settings.ackDelayMs, this, [this] {
                    if (m_phase == Phase::ReceivingFrame)
                        write(QByteArrayView(&concert::ACK, 1));
                });
            }
            break;
        case Phase::ReceivingFrame:
            if (e.kind == FrameDecoder::Event::Frame) {
                write(QByteArrayView(&concert::ACK, 1));
                decodeAnswer(e.data); // even an unusable answer is closed properly: the link stays in step
                setPhase(Phase::ClosingEot);
                arm(m_settings.frameTimeoutMs);
            } else if (e.kind == FrameDecoder::Event::BadChecksum ||
                e.kind == FrameDecoder::Event::Truncated || e.kind == FrameDecoder::Event::Overlong) {
                if (++m_rxErrors > m_settings.maxNaks) {
                    finish(TerminalOutcome::Unknown, u"link"_s, u"unreadable answer"_s);
                    return;
                }
                write(QByteArrayView(&concert::NAK, 1));
                arm(m_settings.frameTimeoutMs);
            } else if (control && e.control == concert::ENQ) {
                write(QByteArrayView(&concert::ACK, 1)); // it starts again
            }
            break;
        case Phase::ClosingEot:
            if (control && e.control == concert::EOT && m_answer) {
                finishWith(*m_answer);
                return;
            } else if (e.kind == FrameDecoder::Event::Frame) {
                write(QByteArrayView(&concert::ACK, 1)); // our ACK was lost: the same answer again
            }
            break;
        default:
            break;
        }
    }
}

void ConcertTerminal::decodeAnswer(const QByteArray &payload)
{
    Result<TerminalResult> decoded = Error {};
    bool echoesAgree = false; // the answer's echoes of our request (register, action, amount...)
    if (m_settings.format == ConcertSettings::Format::CaisseAp) {
        const caisseap::Parse p = caisseap::parse(payload);
        if (p.state != caisseap::Parse::Complete) {
            m_answer = failure(
                TerminalOutcome::Unknown, u"format"_s, p.error.isEmpty() ? u"incomplete message"_s : p.error);
            return;
        }
        decoded = caisseap::decodeResponse(p.message, m_request.operation);
        echoesAgree = caisseap::echoesAgree(caisseap::encodeRequest(m_request, m_settings.ecrId), p.message);
    } else {
        decoded = protocole::decodeResponse(payload, m_request.operation);
        const auto sent = protocole::encodeRequest(m_request);
        echoesAgree = sent && payload.size() >= 11 && payload.left(2) == sent->left(2) &&
            payload.mid(3, 8) == sent->mid(2, 8);
    }
    if (!decoded) {
        m_answer = failure(TerminalOutcome::Unknown, u"format"_s, decoded.error().code);
        return;
    }
    TerminalResult r = std::move(decoded).value();
    const bool tiedToReference = m_request.operation == TerminalOperation::Payment ||
        m_request.operation == TerminalOperation::Refund ||
        m_request.operation == TerminalOperation::Reversal;
    if (tiedToReference && r.reference != m_request.reference) {
        // Many terminals do not echo our reference (Akretion's Desk/5000 simulator answers a
        // fixed CF, the Telium libraries' fake terminals zeros, OCA never sends one). Such an
        // answer is ours when nothing else can be on the line (bare TCP: one connection per
        // transaction) or nothing was echoed at all, and its echoes of register, action,
        // amount and currency agree with our request. Otherwise it may be a late answer to an
        // earlier request: what happened to ours is unknown.
        const bool echoed = caisseap::echoesReference(r.reference);
        if ((!echoed || !m_settings.framed) && echoesAgree) {
            qCInfo(lcPayment) << "answer taken as ours without our reference echoed (" << r.reference
                              << "): register, action, amount and currency agree";
            r.detail = u"matched by its echoes: the terminal did not echo the reference"_s;
            r.reference = m_request.reference;
        } else {
            qCWarning(lcPayment) << "answer for reference" << r.reference << "while waiting for"
                                 << m_request.reference;
            m_answer = failure(TerminalOutcome::Unknown, u"mismatch"_s, u"answer for another reference"_s);
            return;
        }
    }
    if (tiedToReference && r.outcome == TerminalOutcome::Approved &&
        r.amount != Money::fromCents(qAbs(m_request.amount.cents()))) {
        qCWarning(lcPayment) << "approved amount" << r.amount.cents() << "differs from"
                             << m_request.amount.cents();
        m_answer = failure(TerminalOutcome::Unknown, u"amount-mismatch"_s, u"approved amount differs"_s);
        return;
    }
    m_answer = std::move(r);
}

void ConcertTerminal::timeout()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Connecting:
        finish(TerminalOutcome::Failed, u"unreachable"_s, u"connection timed out"_s);
        return;
    case Phase::Enquiring:
        if (m_enqTries >= m_settings.enqAttempts) {
            write(QByteArrayView(&concert::EOT, 1));
            finish(TerminalOutcome::Failed, u"busy"_s, u"no ACK to ENQ"_s);
            return;
        }
        write(QByteArrayView(&concert::EOT, 1));
        m_phase = Phase::Collision; // nothing expected; a quiet gap before the next ENQ
        QTimer::singleShot(m_settings.enqRetryGapMs, this, [this] {
            if (m_phase == Phase::Collision)
                sendEnq();
        });
        return;
    case Phase::Collision:
        m_enqTries = 0;
        sendEnq();
        return;
    case Phase::SendingFrame:
        if (++m_naks >= m_settings.maxNaks) {
            write(QByteArrayView(&concert::EOT, 1));
            finish(TerminalOutcome::Failed, u"link"_s, u"no ACK to the request"_s);
        } else {
            sendFrame();
        }
        return;
    case Phase::Waiting:
    case Phase::RawWaiting:
        if (m_phase == Phase::RawWaiting && caisseap::parse(m_raw).state == caisseap::Parse::Complete) {
            decodeAnswer(m_raw);
            if (m_answer)
                finishWith(*m_answer);
            return;
        }
        finish(TerminalOutcome::Unknown, u"timeout"_s, u"no answer from the terminal"_s);
        return;
    case Phase::ReceivingFrame:
        if (++m_rxErrors > m_settings.maxNaks) {
            finish(TerminalOutcome::Unknown, u"link"_s, u"answer never completed"_s);
            return;
        }
        m_decoder.reset();
        write(QByteArrayView(&concert::NAK, 1));
        arm(m_settings.frameTimeoutMs);
        return;
    case Phase::ClosingEot:
        if (m_answer)
            finishWith(*m_answer);
        else
            finish(TerminalOutcome::Unknown, u"format"_s, u"no usable answer"_s);
        return;
    }
}

void ConcertTerminal::linkDown()
{
    if (m_phase == Phase::Idle)
        return;
    if (m_phase == Phase::ClosingEot && m_answer) {
        finishWith(*m_answer);
        return;
    }
    if (m_phase == Phase::RawWaiting) {
        if (caisseap::parse(m_raw).state == caisseap::Parse::Complete) {
            decodeAnswer(m_raw);
            if (m_answer)
                finishWith(*m_answer);
            return;
        }
    }
    if (m_delivered)
        finish(TerminalOutcome::Unknown, u"link-lost"_s, u"connection lost after the request"_s);
    else
        finish(TerminalOutcome::Failed, m_phase == Phase::Connecting ? u"unreachable"_s : u"link"_s,
            u"connection lost before the request"_s);
}

void ConcertTerminal::abort()
{
    if (m_phase == Phase::Idle)
        return;
    if (m_delivered)
        finish(TerminalOutcome::Unknown, u"abandoned-by-clerk"_s, u"the clerk stopped waiting"_s);
    else
        finish(TerminalOutcome::Failed, u"cancelled"_s, u"stopped before the terminal took it"_s);
}

TerminalResult ConcertTerminal::failure(
    TerminalOutcome outcome, const QString &reason, const QString &detail) const
{
    TerminalResult r;
    r.operation = m_request.operation;
    r.outcome = outcome;
    r.reason = reason;
    r.detail = detail;
    r.reference = m_request.reference;
    r.amount = m_request.amount;
    return r;
}

void ConcertTerminal::finish(TerminalOutcome outcome, const QString &reason, const QString &detail)
{
    finishWith(failure(outcome, reason, detail));
}

void ConcertTerminal::finishWith(TerminalResult result)
{
    m_timer.stop();
    if (m_device) {
        QIODevice *device = m_device;
        m_device = nullptr;
        device->disconnect(this);
        device->close();
        device->deleteLater();
    }
    m_phase = Phase::Idle;
    setStage(TerminalStage::Idle);
    qCInfo(lcPayment) << "terminal" << toString(result.operation) << "ref" << m_request.reference << "->"
                      << toString(result.outcome) << result.reason << result.detail;
    Q_EMIT finished(result);
}

} // namespace comptoir
