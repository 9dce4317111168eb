// SPDX-License-Identifier: GPL-3.0-or-later
#include "nexoterminal.h"

#include "payment/httpwire.h"
#include "payment/nexo.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcPayment)

namespace comptoir {

NexoTerminal::NexoTerminal(NexoSettings settings, QObject *parent)
    : PaymentTerminal(parent)
    , m_settings(std::move(settings))
{
    m_settings.pinSha256 = m_settings.pinSha256.toLower().replace(':', "");
    if (m_settings.key.isSet()) {
        if (auto k = nexo::MessageKey::derive(m_settings.key))
            m_key = std::move(k).value();
        else
            m_keyProblem = k.error().message;
        nexo::wipe(m_settings.key.passphrase); // kept only as derived keys
    }
    if (!m_settings.caFile.isEmpty()) {
        m_authorities = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (m_authorities.isEmpty())
            m_tlsProblem = u"no certificate in %1"_s.arg(m_settings.caFile);
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NexoTerminal::timeout);
}

NexoTerminal::~NexoTerminal()
{
    drop(m_socket);
    drop(m_abortSocket);
}

bool NexoTerminal::supports(TerminalOperation) const
{
    return true;
}

bool NexoTerminal::isCardTransaction() const
{
    return m_request.operation == TerminalOperation::Payment ||
        m_request.operation == TerminalOperation::Refund ||
        m_request.operation == TerminalOperation::Reversal;
}

QString NexoTerminal::nextServiceId()
{
    // Unique per request, across processes and restarts (see nexo::makeServiceId); distinct
    // from our attempt references, which are digits only.
    if (m_serviceCounter == 0)
        m_serviceCounter = QRandomGenerator::system()->bounded(nexo::kServiceSequenceSpan) + 1;
    else
        ++m_serviceCounter;
    return nexo::makeServiceId(QDateTime::currentSecsSinceEpoch(), m_serviceCounter);
}

void NexoTerminal::start(const TerminalRequest &request)
{
    Q_ASSERT(!m_busy);
    m_request = request;
    ++m_job;
    m_busy = true;
    m_sent = false;
    m_aborting = false;
    m_received.clear();

    const bool byReference = isCardTransaction() || request.operation == TerminalOperation::LastTransaction;
    if (byReference && (request.reference.isEmpty() || request.reference.size() > nexo::kMaxServiceId)) {
        finishLater(TerminalOutcome::Failed, u"format"_s, u"reference unusable as a ServiceID"_s);
        return;
    }
    if (!m_settings.url.isValid() || m_settings.url.host().isEmpty()) {
        finishLater(TerminalOutcome::Failed, u"unreachable"_s, u"no terminal address"_s);
        return;
    }
    if (!m_keyProblem.isEmpty()) {
        finishLater(TerminalOutcome::Failed, u"encryption-key"_s, m_keyProblem);
        return;
    }
    if (!m_tlsProblem.isEmpty()) {
        finishLater(TerminalOutcome::Failed, u"tls"_s, m_tlsProblem);
        return;
    }
    m_serviceId = isCardTransaction() ? request.reference : nextServiceId();
    const nexo::Ids ids {m_settings.saleId, m_settings.poiId, m_serviceId};
    m_loggingIn = request.operation == TerminalOperation::Batch && !m_loggedIn;
    m_relogged = false;
    m_body = wire(m_loggingIn ? nexo::encodeLogin(ids, QDateTime::currentDateTimeUtc())
                              : nexo::encodeRequest(request, ids, QDateTime::currentDateTimeUtc()));
    if (m_body.isEmpty()) {
        finishLater(TerminalOutcome::Failed, u"encryption-key"_s, u"the request could not be secured"_s);
        return;
    }
    qCInfo(lcPayment) << "terminal (nexo)" << toString(request.operation) << "ref" << request.reference
                      << "service" << m_serviceId << "amount" << request.amount.cents()
                      << (m_loggingIn ? "(login first)" : "");
    send();
}

void NexoTerminal::send()
{
    drop(m_socket);
    m_received.clear();
    m_sent = false;
    setStage(TerminalStage::Connecting);
    m_socket = open(m_body, true);
    m_timer.start(m_settings.connectTimeoutMs);
}

QByteArray NexoTerminal::wire(const QByteArray &message)
{
    if (!m_key)
        return message;
    auto sealed = m_key->seal(message);
    if (!sealed) {
        qCWarning(lcPayment) << "nexo: cannot secure the request:" << sealed.error().message;
        return {};
    }
    return std::move(sealed).value();
}

QTcpSocket *NexoTerminal::open(const QByteArray &body, bool main)
{
    const bool tls = m_settings.url.scheme() == u"https"_s;
    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (tls && !m_authorities.isEmpty()) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        QSslConfiguration c = ssl->sslConfiguration();
        c.setCaCertificates(m_authorities); // these authorities, not the system's
        ssl->setSslConfiguration(c);
        if (!m_settings.tlsName.isEmpty())
            ssl->setPeerVerifyName(m_settings.tlsName);
    }
    const quint16 port = quint16(m_settings.url.port(tls ? 443 : 80));
    QByteArray path = m_settings.url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    const QByteArray request = http::formatRequest("POST", path,
        m_settings.url.host().toLatin1() + ':' + QByteArray::number(port), "application/json", body);

    const auto send = [this, socket, request, main] {
        if (main) {
            m_sent = true; // from here on, the terminal may have it
            setStage(m_request.operation == TerminalOperation::LastTransaction ? TerminalStage::Recovering
                    : isCardTransaction() ? TerminalStage::CustomerInteraction
                                          : TerminalStage::Sending);
            m_timer.start(isCardTransaction() && m_request.operation != TerminalOperation::Reversal
                    ? m_settings.resultTimeoutMs
                    : m_settings.requestTimeoutMs);
        }
        socket->write(request);
    };
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            if (acceptable(ssl, errors)) {
                ssl->ignoreSslErrors(errors);
                return;
            }
            for (const QSslError &e : errors)
                qCWarning(lcPayment) << "terminal TLS:" << e.errorString();
        });
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl, send] {
            if (!m_settings.pinSha256.isEmpty() && !checkPin(ssl)) {
                if (ssl == m_socket)
                    finish(TerminalOutcome::Failed, u"tls"_s,
                        u"the terminal's certificate is not the pinned one"_s);
                return;
            }
            send();
        });
        ssl->connectToHostEncrypted(m_settings.url.host(), port);
    } else {
        connect(socket, &QTcpSocket::connected, this, send);
        socket->connectToHost(m_settings.url.host(), port);
    }
    if (!main)
        return socket;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_received += socket->readAll();
        if (m_received.size() > http::kMaxHeaderSize + http::kMaxBodySize) {
            finish(TerminalOutcome::Unknown, u"format"_s, u"answer too large"_s);
            return;
        }
        setStage(TerminalStage::Receiving);
        readAnswer(false);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            readAnswer(true);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket != m_socket || error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        qCWarning(lcPayment) << "terminal link (nexo):" << socket->errorString();
        linkError();
    });
    return socket;
}

bool NexoTerminal::checkPin(QTcpSocket *socket) const
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!ssl || ssl->peerCertificate().isNull())
        return false;
    return QCryptographicHash::hash(ssl->peerCertificate().toDer(), QCryptographicHash::Sha256).toHex() ==
        m_settings.pinSha256;
}

bool NexoTerminal::acceptable(QSslSocket *socket, const QList<QSslError> &errors) const
{
    if (m_authorities.isEmpty()) {
        // A pinned self-signed certificate: that one and no other (checked again once
        // encrypted).
        return !m_settings.pinSha256.isEmpty() && checkPin(socket);
    }
    // Chained to the configured authorities: only the name may be excused, when none was
    // configured and the certificate carries an Adyen terminal's name (terminals are reached
    // by their address on the shop's network, which no certificate names).
    if (!m_settings.tlsName.isEmpty())
        return false;
    const QStringList names = socket->peerCertificate().subjectInfo(QSslCertificate::CommonName);
    if (names.size() != 1 || !nexo::isAdyenTerminalName(names.first()))
        return false;
    // The name is this terminal's: [POIID].test|live.terminal.adyen.com when the setup gives
    // an Adyen POIID; Adyen's legacy name (shared by many terminals) only with a pin.
    const QString &name = names.first();
    static const QRegularExpression poiShape(uR"(^[A-Za-z0-9]{3,}-[A-Za-z0-9]{9,15}$)"_s);
    if (name.startsWith(u"legacy-terminal-certificate."_s)) {
        if (m_settings.pinSha256.isEmpty())
            return false;
    } else if (poiShape.match(m_settings.poiId).hasMatch() &&
        !name.startsWith(m_settings.poiId + u'.', Qt::CaseInsensitive)) {
        return false;
    }
    return std::all_of(errors.cbegin(), errors.cend(),
        [](const QSslError &e) { return e.error() == QSslError::HostNameMismatch; });
}

void NexoTerminal::linkError()
{
    if (!m_busy)
        return;
    if (!m_sent) {
        const bool tls = m_socket && m_socket->error() == QAbstractSocket::SslHandshakeFailedError;
        finish(TerminalOutcome::Failed, tls ? u"tls"_s : u"unreachable"_s,
            m_socket ? m_socket->errorString() : QString());
        return;
    }
    // The answer may be complete already (some terminals reset instead of closing).
    readAnswer(true);
}

void NexoTerminal::readAnswer(bool closed)
{
    if (!m_busy)
        return;
    if (closed && !m_sent) {
        finish(TerminalOutcome::Failed, u"link"_s, u"connection closed before the request"_s);
        return;
    }
    if (closed && m_received.isEmpty()) {
        finish(TerminalOutcome::Unknown, u"link-lost"_s, u"connection lost after the request"_s);
        return;
    }
    const http::Message answer = http::parseResponse(m_received, closed);
    switch (answer.state) {
    case http::Message::Incomplete:
        return;
    case http::Message::Invalid:
        finish(TerminalOutcome::Unknown, u"format"_s, u"HTTP: "_s + answer.error);
        return;
    case http::Message::Complete:
        break;
    }
    if (answer.status == 401 || answer.status == 403) {
        // An Adyen terminal answers 401 to a message it cannot authenticate: in clear while
        // it requires security, or sealed with another key. Nothing was done.
        finish(TerminalOutcome::Failed, u"encryption-key"_s,
            m_key ? u"HTTP %1: the terminal refused the register's key %2 version %3"_s.arg(answer.status)
                        .arg(m_key->identifier())
                        .arg(m_key->version())
                  : u"HTTP %1: the terminal requires secured messages; set its shared key"_s.arg(
                        answer.status));
        return;
    }
    if (answer.status >= 400 && answer.status < 500 && answer.status != 408) {
        // The terminal refused the message itself: nothing was done.
        finish(TerminalOutcome::Failed, u"format"_s, u"HTTP %1"_s.arg(answer.status));
        return;
    }
    if (answer.status != 200) {
        finish(TerminalOutcome::Unknown, u"link"_s, u"HTTP %1"_s.arg(answer.status));
        return;
    }
    decode(answer.body);
}

void NexoTerminal::decode(const QByteArray &body)
{
    // What cannot be authenticated is not read: the terminal may have charged the card, and
    // only a verified answer (or the terminal's journal, asked again) may say so.
    QByteArray message = body;
    if (m_key) {
        auto opened = m_key->open(body);
        if (!opened) {
            qCWarning(lcPayment) << "nexo answer refused:" << opened.error().message;
            finish(TerminalOutcome::Unknown, u"security"_s, opened.error().message);
            return;
        }
        message = std::move(opened).value();
    } else if (nexo::isSecured(body)) {
        finish(TerminalOutcome::Unknown, u"security"_s, u"a secured answer, and the register has no key"_s);
        return;
    }
    if (m_loggingIn)
        return decodeLogin(message);
    const TerminalOperation sentAs = nexo::wireOperation(m_request);
    auto decoded = nexo::decodeResponse(message, sentAs);
    if (!decoded) {
        qCWarning(lcPayment) << "unreadable nexo answer:" << decoded.error().message;
        finish(TerminalOutcome::Unknown, u"format"_s, decoded.error().message);
        return;
    }
    TerminalResult r = std::move(decoded).value();
    if (isCardTransaction()) {
        // No ServiceID at all (no MessageHeader): the answer to this HTTP request, ours.
        if (!r.reference.isEmpty() && r.reference != m_serviceId) {
            qCWarning(lcPayment) << "answer for service" << r.reference << "while waiting for" << m_serviceId;
            finish(TerminalOutcome::Unknown, u"mismatch"_s, u"answer for another ServiceID"_s);
            return;
        }
        if (sentAs == TerminalOperation::Reversal && r.approved() && r.amount.isZero())
            r.amount = m_request.amount; // no ReversedAmount: what was asked (Adyen's answers)
        if (sentAs != m_request.operation) {
            // A referenced refund, answered as the reversal it was sent as. Adyen carries it out
            // afterwards: "Success" says the refund was accepted, its settlement is the acquirer's.
            r.operation = m_request.operation;
            if (r.approved())
                r.detail = (r.detail.isEmpty() ? QString() : r.detail + u"; "_s) +
                    u"referenced refund of "_s + m_request.originalTerminalReference.left(64) +
                    u" accepted, settled by the acquirer"_s;
        }
        if (r.approved() && r.amount != Money::fromCents(qAbs(m_request.amount.cents()))) {
            qCWarning(lcPayment) << "approved amount" << r.amount.cents() << "differs from"
                                 << m_request.amount.cents();
            finish(TerminalOutcome::Unknown, u"amount-mismatch"_s, u"approved amount differs"_s);
            return;
        }
        if (r.outcome == TerminalOutcome::Failed && r.reason == u"not-at-terminal"_s) {
            if (sentAs == TerminalOperation::Reversal) {
                // The terminal does not know that payment (an id it never gave): it will never
                // give it back; the manager refunds, not a retry at every start.
                r.outcome = TerminalOutcome::Declined;
                r.reason = u"not-found"_s;
            } else {
                r.reason = u"format"_s; // NotFound only means something for TransactionStatus
            }
        }
    }
    if (r.operation == TerminalOperation::Batch && r.outcome == TerminalOutcome::Failed &&
        r.detail.contains(u"LoggedOut"_s)) {
        // The terminal restarted since the login: log in again, once, and ask again.
        m_loggedIn = false;
        if (!m_relogged) {
            m_relogged = true;
            m_loggingIn = true;
            m_serviceId = nextServiceId();
            m_body = wire(nexo::encodeLogin(
                {m_settings.saleId, m_settings.poiId, m_serviceId}, QDateTime::currentDateTimeUtc()));
            qCInfo(lcPayment) << "terminal (nexo) logged out: logging in again";
            send();
            return;
        }
    }
    if (r.operation == TerminalOperation::Identify || r.operation == TerminalOperation::Batch)
        r.reference = m_request.reference;
    // A status answer that names nothing is about what was asked (by its ServiceID).
    if (m_request.operation == TerminalOperation::LastTransaction && r.reference.isEmpty())
        r.reference = m_request.reference;
    // A reversal's status, without ReversedAmount as Adyen answers: the amount it was asked for.
    if (m_request.operation == TerminalOperation::LastTransaction && r.approved() && r.amount.isZero() &&
        nexo::wireOperationAskedAbout(m_request) == TerminalOperation::Reversal)
        r.amount = m_request.amount;
    finishWith(std::move(r));
}

void NexoTerminal::decodeLogin(const QByteArray &message)
{
    m_loggingIn = false;
    auto login = nexo::decodeLoginResponse(message);
    if (!login) {
        finish(TerminalOutcome::Failed, u"format"_s, u"login: "_s + login.error().message);
        return;
    }
    if (!login->approved()) {
        finish(TerminalOutcome::Failed, login->reason.isEmpty() ? u"format"_s : login->reason,
            u"login refused: "_s + login->detail);
        return;
    }
    m_loggedIn = true;
    // Logged in: now the request itself, as its own exchange.
    m_serviceId = nextServiceId();
    const nexo::Ids ids {m_settings.saleId, m_settings.poiId, m_serviceId};
    m_body = wire(nexo::encodeRequest(m_request, ids, QDateTime::currentDateTimeUtc()));
    if (m_body.isEmpty()) {
        finish(TerminalOutcome::Failed, u"encryption-key"_s, u"the request could not be secured"_s);
        return;
    }
    qCInfo(lcPayment) << "terminal (nexo) logged in; service" << m_serviceId;
    send();
}

void NexoTerminal::timeout()
{
    if (!m_busy)
        return;
    if (!m_sent)
        finish(TerminalOutcome::Failed, u"unreachable"_s, u"connection timed out"_s);
    else if (m_aborting)
        finish(TerminalOutcome::Unknown, u"abandoned-by-clerk"_s, u"no answer after the abort request"_s);
    else
        finish(TerminalOutcome::Unknown, u"timeout"_s, u"no answer from the terminal"_s);
}

void NexoTerminal::abort()
{
    if (!m_busy)
        return;
    if (!m_sent) {
        finish(TerminalOutcome::Failed, u"cancelled"_s, u"stopped before the terminal took it"_s);
        return;
    }
    const bool payment =
        m_request.operation == TerminalOperation::Payment || m_request.operation == TerminalOperation::Refund;
    if (!payment) {
        // Health, status and batch requests charge nothing: they give way at once.
        if (isCardTransaction())
            finish(TerminalOutcome::Unknown, u"abandoned-by-clerk"_s, u"the clerk stopped waiting"_s);
        else
            finish(TerminalOutcome::Failed, u"cancelled"_s, u"stopped by the register"_s);
        return;
    }
    if (m_aborting)
        return;
    // The terminal stops waiting for the card and answers the payment with "Aborted"; the
    // payment's own answer settles it.
    m_aborting = true;
    sendAbort();
    m_timer.start(m_settings.abortGraceMs);
}

void NexoTerminal::sendAbort()
{
    drop(m_abortSocket);
    const nexo::Ids ids {m_settings.saleId, m_settings.poiId, nextServiceId()};
    QTcpSocket *socket = open(wire(nexo::encodeAbort(ids, m_serviceId)), false);
    m_abortSocket = socket;
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCWarning(lcPayment) << "nexo abort request:" << socket->errorString();
    });
    qCInfo(lcPayment) << "terminal (nexo) abort requested for service" << m_serviceId;
}

void NexoTerminal::finishLater(TerminalOutcome outcome, const QString &reason, const QString &detail)
{
    const quint64 job = m_job;
    QMetaObject::invokeMethod(
        this,
        [this, job, outcome, reason, detail] {
            if (m_job == job && m_busy)
                finish(outcome, reason, detail);
        },
        Qt::QueuedConnection);
}

void NexoTerminal::finish(TerminalOutcome outcome, const QString &reason, const QString &detail)
{
    TerminalResult r;
    r.operation = m_request.operation;
    r.outcome = outcome;
    r.reason = reason;
    r.detail = detail;
    r.reference = m_request.reference;
    r.amount = m_request.amount;
    finishWith(std::move(r));
}

void NexoTerminal::drop(QTcpSocket *socket)
{
    if (!socket)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void NexoTerminal::finishWith(TerminalResult result)
{
    m_timer.stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    drop(socket);
    m_busy = false;
    m_aborting = false;
    setStage(TerminalStage::Idle);
    qCInfo(lcPayment) << "terminal (nexo)" << toString(result.operation) << "ref" << m_request.reference
                      << "->" << toString(result.outcome) << result.reason << result.detail;
    Q_EMIT finished(result);
}

} // namespace comptoir
