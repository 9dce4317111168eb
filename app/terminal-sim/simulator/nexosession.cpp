// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's nexo side: HTTP requests in, the same bank decisions as the Concert side
// (the request is put to TerminalSimulator::decide() as Caisse-AP records), JSON answers out.
#include "nexomessages.h"
#include "payment/caisseap.h"
#include "payment/httpwire.h"
#include "payment/nexo.h"
#include "payment/nexocrypto.h"
#include "terminalsimulator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace comptoir {

class NexoSession : public QObject
{
public:
    NexoSession(TerminalSimulator *sim, QTcpSocket *socket)
        : QObject(socket)
        , m_sim(sim)
        , m_socket(socket)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { decideCard(); });
        connect(socket, &QTcpSocket::readyRead, this, [this] { receive(); });
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(
                this, [this] { receive(); }, Qt::QueuedConnection);
    }

    ~NexoSession() override
    {
        if (m_sim->m_nexoRunning.value(m_request.ids.serviceId) == this)
            m_sim->m_nexoRunning.remove(m_request.ids.serviceId);
    }

    // The register sent AbortRequest for this payment while the customer had not finished.
    void abortPayment()
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        m_sim->m_nexoRunning.remove(m_request.ids.serviceId);
        TerminalResult r;
        r.operation = m_request.operation;
        r.outcome = TerminalOutcome::Cancelled;
        r.reason = u"aborted"_s;
        r.amount = m_request.amount;
        qCInfo(lcSim) << "nexo payment" << m_request.ids.serviceId << "aborted by the register";
        respond(r);
    }

private:
    using B = TerminalSimulator::Behaviour;

    void receive()
    {
        if (m_handled) {
            m_socket->readAll();
            return;
        }
        m_buffer += m_socket->readAll();
        const http::Message request = http::parseRequest(m_buffer);
        if (request.state == http::Message::Incomplete)
            return;
        m_handled = true;
        if (request.state == http::Message::Invalid)
            return reply(400, "{\"error\":\"bad HTTP request\"}");
        if (request.method != "POST")
            return reply(405, "{\"error\":\"POST only\"}");
        if (request.path != "/nexo")
            return reply(404, "{\"error\":\"unknown path\"}");
        if (m_sim->isDown()) {
            m_socket->abort(); // rebooting: nobody home
            return;
        }
        QByteArray message = request.body;
        if (m_sim->m_nexoKey) {
            // What an Adyen terminal with a shared key does with anything it cannot
            // authenticate: 401, nothing done.
            auto opened = m_sim->m_nexoKey->open(message);
            if (!opened) {
                qCInfo(lcSim) << "nexo: request refused:" << opened.error().message;
                return reply(401, {});
            }
            message = std::move(opened).value();
            m_secured = true;
        }
        auto in = sim::decodeRequest(message);
        if (!in) {
            // As Adyen's terminals do: the category's response with MessageFormat, or a
            // Reject event for what is not even a message.
            qCInfo(lcSim) << "nexo: unreadable request:" << in.error().message;
            return answer(sim::encodeRefusal(message, in.error().message, QDateTime::currentDateTimeUtc()));
        }
        m_message = message;
        m_request = std::move(in).value();
        handle();
    }

    void handle()
    {
        if (m_request.login) {
            m_sim->m_nexoLoggedIn.insert(m_request.ids.saleId);
            qCInfo(lcSim) << "nexo: login of" << m_request.ids.saleId;
            return answer(sim::encodeLoginResponse(m_request, true));
        }
        if (m_request.abort) {
            if (NexoSession *running = m_sim->m_nexoRunning.value(m_request.referencedServiceId))
                running->abortPayment();
            return reply(200, {});
        }
        switch (m_request.operation) {
        case TerminalOperation::Payment:
        case TerminalOperation::Refund:
        case TerminalOperation::Reversal: {
            if (m_request.operation == TerminalOperation::Reversal) {
                if (auto refused = checkReversal())
                    return respond(*refused);
            }
            const B b = m_sim->m_behaviour;
            if (b == B::Busy) {
                m_sim->takeBehaviour();
                TerminalResult r;
                r.operation = m_request.operation;
                r.outcome = TerminalOutcome::Failed;
                r.reason = u"busy"_s;
                return respond(r);
            }
            if (b == B::NakOnce || b == B::NakStorm) {
                m_sim->takeBehaviour(); // the analogue of a NAK: the message is refused
                return answer(sim::encodeRefusal(m_message, u"rejected"_s, QDateTime::currentDateTimeUtc()));
            }
            // Until the terminal is done, TransactionStatus says InProgress (a reversal too).
            m_sim->m_nexoRunning.insert(m_request.ids.serviceId, this);
            m_timer.start(b == B::Slow ? m_sim->m_settings.slowDelayMs : m_sim->m_settings.cardDelayMs);
            return;
        }
        case TerminalOperation::LastTransaction: {
            sim::ResponseOptions options;
            options.timestamp = QDateTime::currentDateTimeUtc();
            if (m_sim->m_nexoRunning.contains(m_request.referencedServiceId)) {
                options.inProgress = true;
                return respond({}, options);
            }
            // Looked up in the terminal's journal by the ServiceID it was asked with.
            const QByteArray answer = m_sim->m_answers.value(journalKey(m_request.referencedServiceId));
            const auto found =
                caisseap::decodeResponse(caisseap::parse(answer).message, TerminalOperation::Payment);
            options.found = !answer.isEmpty() && found.ok();
            if (!options.found)
                return respond({}, options);
            TerminalResult last = found.value();
            last.reference = m_request.referencedServiceId;
            options.poiTransactionId = last.terminalReference;
            return respond(last, options);
        }
        case TerminalOperation::Identify:
            return respond(ask(m_request.operation));
        case TerminalOperation::Batch: {
            if (!m_sim->m_nexoLoggedIn.contains(m_request.ids.saleId)) {
                // Adyen: totals only for a register logged in.
                TerminalResult refused;
                refused.operation = TerminalOperation::Batch;
                refused.outcome = TerminalOutcome::Failed;
                refused.reason = u"busy"_s;
                sim::ResponseOptions options;
                options.errorCondition = u"LoggedOut"_s;
                return respond(refused, options);
            }
            return respond(ask(m_request.operation));
        }
        }
    }

    // An Adyen terminal reverses the payment its POITransactionID names (the id it gave in
    // the payment's answer), the whole of it when no ReversedAmount is given, and only once.
    std::optional<TerminalResult> checkReversal()
    {
        TerminalResult refused;
        refused.operation = TerminalOperation::Reversal;
        refused.outcome = TerminalOutcome::Failed;
        const auto original = m_sim->findByTerminalReference(m_request.transactionId);
        if (!original) {
            qCInfo(lcSim) << "nexo reversal: no payment" << m_request.transactionId;
            refused.reason = u"not-at-terminal"_s; // NotFound
            return refused;
        }
        // Adyen's reversal is a cancel or a refund: without ReversedAmount, the whole payment is
        // cancelled (out of the day's debits); with it, that amount is refunded to the card (a
        // "referenced refund", a credit, several adding up to at most the payment). What is
        // given back is kept by the POITransactionID.
        const Money given = Money::fromCents(m_sim->m_reversed.value(m_request.transactionId));
        const Money left = given >= original->amount ? Money {} : original->amount - given;
        if (left.isZero()) {
            qCInfo(lcSim) << "nexo reversal: payment" << m_request.transactionId << "already reversed";
            refused.outcome = TerminalOutcome::Declined;
            refused.reason = u"forbidden"_s; // NotAllowed
            return refused;
        }
        m_refund = !m_request.amount.isZero();
        if (!m_refund)
            m_request.amount = left;
        if (m_request.amount > left) {
            qCInfo(lcSim) << "nexo reversal: more than is left of" << m_request.transactionId;
            refused.outcome = TerminalOutcome::Declined;
            refused.reason = u"forbidden"_s;
            return refused;
        }
        m_reversing = m_request.transactionId;
        return std::nullopt;
    }

    // The bank side keys its journal by 10 characters (Caisse-AP's CF): a longer ServiceID (the
    // 12 characters of Adyen's own examples) is keyed by a digest of it.
    static QString journalKey(const QString &serviceId)
    {
        if (serviceId.size() <= nexo::kMaxServiceId)
            return serviceId;
        return QString::fromLatin1(QCryptographicHash::hash(serviceId.toUtf8(), QCryptographicHash::Sha1)
                                       .toHex()
                                       .left(nexo::kMaxServiceId));
    }

    // A non-card question put to the bank side, answered as Caisse-AP records.
    TerminalResult ask(TerminalOperation operation)
    {
        TerminalRequest r;
        r.operation = operation;
        r.reference = m_request.referencedServiceId.left(10);
        const TerminalSimulator::Decision d = m_sim->decide(caisseap::encodeRequest(r).encode(), false, true);
        auto decoded = caisseap::decodeResponse(caisseap::parse(d.answer).message, operation);
        if (!decoded) {
            TerminalResult failed;
            failed.operation = operation;
            failed.outcome = TerminalOutcome::Failed;
            failed.reason = u"format"_s;
            return failed;
        }
        return std::move(decoded).value();
    }

    // Adyen's test terminals decline by the last three digits of the amount (its mock
    // terminal's README): the condition and AdditionalResponse they answer with.
    struct TestAmount
    {
        int ending;
        const char *condition;
        const char *additional;
    };
    static const TestAmount *testAmount(Money amount)
    {
        static const TestAmount table[] {
            {124, "Refusal", "message=NOT_ENOUGH_BALANCE&refusalReason=210%20Not%20enough%20balance"},
            {125, "Refusal", "message=BLOCK_CARD&refusalReason=199%20Card%20blocked"},
            {126, "Refusal", "message=CARD_EXPIRED&refusalReason=228%20Card%20expired"},
            {127, "Refusal", "message=INVALID_AMOUNT&refusalReason=214%20Declined%20online"},
            {128, "InvalidCard", "message=INVALID_CARD&refusalReason=214%20Declined%20online"},
            {134, "WrongPIN", "message=INVALID_PIN&refusalReason=129%20Invalid%20online%20PIN"},
        };
        for (const TestAmount &t : table) {
            if (amount.cents() % 1000 == t.ending)
                return &t;
        }
        return nullptr;
    }

    void decideCard()
    {
        m_sim->m_nexoRunning.remove(m_request.ids.serviceId);
        const TestAmount *test =
            m_request.operation == TerminalOperation::Payment ? testAmount(m_request.amount) : nullptr;
        if (test && m_sim->m_settings.adyenTestAmounts)
            m_sim->m_forcedOnce = B::Decline;
        else
            test = nullptr;
        TerminalRequest r;
        // A referenced refund is a refund to the card for the bank side (its batch counts it so).
        r.operation = m_refund ? TerminalOperation::Refund : m_request.operation;
        r.reference = journalKey(m_request.ids.serviceId);
        r.amount = m_request.amount;
        const TerminalSimulator::Decision d = m_sim->decide(caisseap::encodeRequest(r).encode(), false, true);
        auto decoded = caisseap::decodeResponse(caisseap::parse(d.answer).message, r.operation);
        // What the bank side did is done, whether or not its answer reaches the register.
        if (decoded && decoded->approved() && !m_reversing.isEmpty())
            m_sim->m_reversed[m_reversing] += m_request.amount.cents();
        switch (d.behaviour) {
        case B::NoAnswer:
            return; // approved and recorded, the answer never leaves
        case B::Disconnect:
        case B::Reboot:
            m_socket->abort();
            return;
        case B::Garbled:
            return reply(200, "{\"SaleToPOIResponse\":{\"MessageHeader\":\x7f garbage");
        case B::BadChecksum:
            // The HTTP analogue of a damaged frame: the answer breaks off.
            m_socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 900\r\n\r\n{\"Sale");
            m_socket->disconnectFromHost();
            return;
        default:
            break;
        }
        if (!decoded)
            return reply(500, {});
        TerminalResult result = std::move(decoded).value();
        result.operation = m_request.operation;
        if (d.behaviour == B::WrongReference)
            m_request.ids.serviceId = result.reference; // someone else's; the journal has the right one
        else
            result.reference = m_request.ids.serviceId;
        sim::ResponseOptions options;
        options.poiTransactionId = result.terminalReference;
        options.timestamp = QDateTime::currentDateTimeUtc();
        if (test) {
            options.errorCondition = QString::fromLatin1(test->condition);
            options.additionalResponse = QString::fromLatin1(test->additional);
        }
        respond(result, options);
    }

    void respond(const TerminalResult &result, sim::ResponseOptions options = {})
    {
        if (!options.timestamp.isValid())
            options.timestamp = QDateTime::currentDateTimeUtc();
        answer(sim::encodeResponse(m_request, result, options));
    }

    // A nexo message back, sealed when the request was.
    void answer(const QByteArray &message)
    {
        if (!m_secured)
            return reply(200, message);
        auto sealed = m_sim->m_nexoKey->seal(message);
        if (!sealed)
            return reply(500, {});
        reply(200, *sealed);
    }

    void reply(int status, const QByteArray &body)
    {
        m_socket->write(http::formatResponse(status, "application/json", body));
        m_socket->disconnectFromHost();
    }

    TerminalSimulator *m_sim;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    sim::IncomingRequest m_request;
    QTimer m_timer;
    bool m_handled = false;
    bool m_secured = false; // the request came sealed: so goes the answer
    QString m_reversing; // the POITransactionID a reversal gives back
    bool m_refund = false; // ... as a refund of ReversedAmount (a referenced refund)
    QByteArray m_message; // the request, in clear
};

Result<quint16> TerminalSimulator::listenNexo(
    quint16 port, const QString &certificatePath, const QString &keyPath)
{
    if (!m_nexoServer) {
        if (certificatePath.isEmpty()) {
            m_nexoServer = new QTcpServer(this);
        } else {
            QFile cert(certificatePath);
            QFile key(keyPath);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return Error {u"sim.tls"_s, u"cannot read %1 or %2"_s.arg(certificatePath, keyPath)};
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
            tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
            if (tls.localCertificate().isNull() || tls.privateKey().isNull())
                return Error {u"sim.tls"_s, u"unreadable certificate or key"_s};
            auto *server = new QSslServer(this);
            server->setSslConfiguration(tls);
            m_nexoServer = server;
        }
        // After the TLS handshake for QSslServer (newConnection comes before it).
        connect(m_nexoServer, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_nexoServer->nextPendingConnection()) {
                if (isDown()) {
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
                new NexoSession(this, socket);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    if (!m_nexoServer->listen(QHostAddress::LocalHost, port))
        return Error {u"sim.listen"_s, m_nexoServer->errorString()};
    qCInfo(lcSim).nospace() << "nexo terminal API on "
                            << (qobject_cast<QSslServer *>(m_nexoServer) ? "https" : "http")
                            << "://127.0.0.1:" << m_nexoServer->serverPort() << "/nexo";
    return m_nexoServer->serverPort();
}

Status TerminalSimulator::setNexoKey(const nexo::SharedKey &key)
{
    if (!key.isSet()) {
        m_nexoKey.reset();
        return Ok {};
    }
    auto derived = nexo::MessageKey::derive(key);
    if (!derived)
        return derived.error();
    m_nexoKey = std::move(derived).value();
    qCInfo(lcSim) << "nexo: messages secured with key" << key.identifier << "version" << key.version;
    return Ok {};
}

quint16 TerminalSimulator::nexoPort() const
{
    return m_nexoServer ? m_nexoServer->serverPort() : 0;
}

} // namespace comptoir
