// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/nexocrypto.h"
#include "payment/paymentterminal.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

class QSslCertificate;
class QSslError;
class QSslSocket;
class QTcpSocket;

namespace comptoir {

struct NexoSettings
{
    QUrl url; // http(s)://terminal:8443/nexo
    QString saleId = QStringLiteral("COMPTOIR-POS"); // the register, as the terminal knows it
    QString poiId; // the terminal's POIID
    // SHA-256 of the terminal's TLS certificate (hex). Terminals present self-signed
    // certificates: with a pin, that certificate and no other is accepted.
    QByteArray pinSha256;
    // Authorities (PEM file) the terminal's certificate must chain to (Adyen's terminal
    // root), and the name it must carry. With authorities and no name, an Adyen terminal
    // name is required ([model]-[serial].test|live.terminal.adyen.com, or the legacy one).
    // With a pin too, both must hold.
    QString caFile;
    QString tlsName;
    // The shared key of local-communication security; the passphrase comes from the keychain.
    // Set: every message is sealed and every answer must be.
    nexo::SharedKey key;

    int connectTimeoutMs = 3000; // until the request has left
    int requestTimeoutMs = 15'000; // answers that need no customer
    int resultTimeoutMs = 180'000; // payments and refunds
    int abortGraceMs = 5000; // after an AbortRequest, how long the payment's answer may take
};

// nexo Retailer "Terminal API" style: one JSON request per HTTP POST on its own connection,
// the answer in the response (see http::). Aborting a running payment is part of the protocol (AbortRequest),
// and the fate of a lost exchange is asked by its ServiceID (TransactionStatus).
class NexoTerminal : public PaymentTerminal
{
    Q_OBJECT
public:
    explicit NexoTerminal(NexoSettings settings, QObject *parent = nullptr);
    ~NexoTerminal() override;

    const NexoSettings &settings() const { return m_settings; }

    bool isBusy() const override { return m_busy; }
    void start(const TerminalRequest &request) override;
    bool canAbortRunning() const override { return true; }
    bool requestDelivered() const override { return m_busy && m_sent; }
    void abort() override;
    bool supports(TerminalOperation operation) const override;

private:
    // One HTTP exchange on its own connection.
    QTcpSocket *open(const QByteArray &body, bool main);
    bool checkPin(QTcpSocket *socket) const;
    // Whether the TLS errors of a handshake leave a certificate this terminal may present.
    bool acceptable(QSslSocket *socket, const QList<QSslError> &errors) const;
    // The message as it goes on the wire (sealed when a key is set); empty if it cannot be.
    QByteArray wire(const QByteArray &message);
    void readAnswer(bool closed);
    void linkError();
    void timeout();
    void sendAbort();
    void decode(const QByteArray &body);
    void decodeLogin(const QByteArray &message);
    // Sends m_body as the exchange's request, on a new connection.
    void send();
    QString nextServiceId();
    void finish(TerminalOutcome outcome, const QString &reason, const QString &detail = {});
    void finishLater(TerminalOutcome outcome, const QString &reason, const QString &detail = {});
    void finishWith(TerminalResult result);
    void drop(QTcpSocket *socket);
    bool isCardTransaction() const;

    NexoSettings m_settings;
    std::optional<nexo::MessageKey> m_key;
    QString m_keyProblem; // the key is set but cannot be used
    QList<QSslCertificate> m_authorities; // from caFile
    QString m_tlsProblem; // caFile is set but holds no certificate
    TerminalRequest m_request;
    QString m_serviceId;
    QByteArray m_body;
    QPointer<QTcpSocket> m_socket;
    QPointer<QTcpSocket> m_abortSocket;
    QByteArray m_received;
    QTimer m_timer;
    bool m_busy = false;
    bool m_sent = false; // the request left: the terminal may have it
    bool m_aborting = false; // AbortRequest sent, waiting for the payment's answer
    // Adyen's terminals give totals to a logged-in register: the end of day logs in first
    // (once per terminal session; again after the terminal says LoggedOut).
    bool m_loggingIn = false;
    bool m_loggedIn = false;
    bool m_relogged = false; // logged in again within this request
    quint64 m_job = 0; // bumped by start(): a finished() slot may start the next job re-entrantly
    quint32 m_serviceCounter = 0;
};

} // namespace comptoir
