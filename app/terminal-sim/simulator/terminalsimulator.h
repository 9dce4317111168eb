// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "money/money.h"
#include "payment/nexocrypto.h"
#include "payment/terminaltypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QSerialPort;
class QTcpServer;
class QSocketNotifier;

namespace comptoir {

class NexoSession;
class SimulatorSession;

// A payment terminal that speaks Concert V3 / Caisse-AP (bare on TCP, or framed with the
// ENQ/ACK/LRC link layer on TCP, on a pseudo-terminal or on a serial device), protocol E
// (framed) and nexo-style JSON over HTTP, with one scriptable bank behind them all. Used by the demo, by the
// tests and by `comptoir-terminal-sim`. Its journal (last transaction, stored offline payments, batch) is
// kept in a JSON file when one is given, so it survives a restart like a real terminal's.
class TerminalSimulator : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Approve,
        Decline, // refused by the bank (AF 04)
        CardRemoved, // the card left the reader (abandoned, AF 11)
        CustomerCancel, // red key on the terminal (abandoned, AF 06)
        InputTimeout, // the customer never typed the PIN (AF 08)
        Slow, // approve after slowDelayMs
        Busy, // no ACK to ENQ (framed), connection closed at once (bare)
        NoAnswer, // approves, but the answer never leaves the terminal
        Garbled, // approves, answers with unreadable bytes
        BadChecksum, // approves, first answer frame with a wrong LRC (resent on NAK)
        NakOnce, // the request frame is NAKed once, then accepted
        NakStorm, // every request frame is NAKed
        Disconnect, // approves, then the link drops before the answer
        Reboot, // the link drops mid-transaction, nothing is charged, down for rebootMs
        WrongReference, // approves, echoes someone else's private data
    };
    Q_ENUM(Behaviour)

    struct Settings
    {
        int cardDelayMs = 400; // the customer at the keypad
        int slowDelayMs = 8000;
        int rebootMs = 3000;
        int ackDelayMs = 0; // before the ACK to the register's ENQ (framed links)
        int statusDelayMs = 30; // status, last transaction and end of day: no customer involved
        Money floorLimit = Money::fromCents(5000); // offline approvals at or below this
        QString model = QStringLiteral("SIM-Desk/5000");
        QString serial = QStringLiteral("SIM0000001");
        QString softwareVersion = QStringLiteral("comptoir-sim 1.0");
        QString network = QStringLiteral("ethernet");
        QString statePath; // journal file, empty: in memory
        // nexo: payments whose amount ends in 124 to 128 or 134 are declined as Adyen's test
        // terminals decline them.
        bool adyenTestAmounts = true;
        // false: the Concert/Caisse-AP side answers as a standard Caisse-AP terminal does:
        // no vendor (Z*) records at all, and the status and batch request (CD "T") refused
        // as an unknown action (AE 01, AF 12).
        bool vendorRecords = true;
    };

    struct StoredPayment
    {
        QString reference;
        Money amount;
        QString status; // pending, accepted, declined
        QString authorisation;
        QDateTime storedAt;
    };

    explicit TerminalSimulator(Settings settings, QObject *parent = nullptr);
    ~TerminalSimulator() override;

    Settings &settings() { return m_settings; }

    Result<quint16> listenTcp(quint16 port = 0); // 0: any free port
    quint16 tcpPort() const;
    // Opens a pseudo-terminal; the register opens the returned path like a serial port.
    // With linkPath, a symlink to it is made there.
    Result<QString> openPty(const QString &linkPath = {});
    // Serves the link layer on an existing serial device (one end of a socat pty pair, a
    // null-modem cable).
    Status attachSerial(const QString &device);
    // nexo Terminal API: POST /nexo with SaleToPOIRequest JSON, over HTTP, or HTTPS when a
    // certificate and its key (PEM files) are given.
    Result<quint16> listenNexo(
        quint16 port = 0, const QString &certificatePath = {}, const QString &keyPath = {});
    quint16 nexoPort() const;
    // Local-communication security as an Adyen terminal with a shared key does it: messages
    // not sealed with this key are refused with HTTP 401, answers are sealed. An empty
    // identifier turns it off.
    Status setNexoKey(const nexo::SharedKey &key);

    // The next `count` card transactions behave so; count < 0: until changed.
    void setBehaviour(Behaviour behaviour, int count = -1);
    Behaviour behaviour() const { return m_behaviour; }
    void setAcquirerReachable(bool reachable);
    bool acquirerReachable() const { return m_acquirerReachable; }
    // Sends the stored payments to the bank: the first `declineCount` pending ones and those
    // named in declineReferences are declined, the rest accepted. Needs the acquirer.
    Result<int> forward(int declineCount = 0, const QStringList &declineReferences = {});
    const QList<StoredPayment> &storedPayments() const { return m_stored; }
    void reboot();

    // Text control protocol (one command per line) of the executable's control port.
    QString command(const QString &line);
    Result<quint16> listenControl(quint16 port);

    // Test card numbers: never to be found in the register's files or logs.
    static QStringList testCardNumbers();

    static std::optional<Behaviour> behaviourFromString(const QString &s);
    static QString toString(Behaviour b);

    bool isDown() const; // rebooting
    // Requests the terminal is working on (it does one thing at a time: others are refused).
    int working() const;

Q_SIGNALS:
    void transactionFinished(const QString &reference, const QString &outcome);
    void requestReceived(const QByteArray &operation);

private:
    friend class NexoSession;
    friend class SimulatorSession;

    struct Decision
    {
        Behaviour behaviour = Behaviour::Approve;
        QByteArray answer; // protocol bytes (records or protocol E data)
        int delayMs = 0;
        bool recorded = false; // became the terminal's "last transaction"
    };
    // `framed`: the request came over the Concert link layer. `nexo`: put by the nexo side,
    // which keeps the vendor records for itself.
    Decision decide(const QByteArray &request, bool framed, bool nexo = false);
    Decision decideRecords(const QByteArray &request, bool framed);
    Behaviour takeBehaviour();
    void rememberAnswer(const QString &reference, const QByteArray &answer);
    static constexpr int kRememberedAnswers = 500;
    void save() const;
    void load();
    QJsonObject stateJson() const;

    Settings m_settings;
    Behaviour m_behaviour = Behaviour::Approve;
    int m_behaviourCount = -1;
    bool m_acquirerReachable = true;
    QList<StoredPayment> m_stored;
    QByteArray m_lastAnswer; // Caisse-AP records of the last card transaction
    // Every recent card transaction by the reference it was asked with (nexo TransactionStatus
    // looks them up; terminals keep a few days of them).
    QHash<QString, QByteArray> m_answers;
    // nexo: the payments reversed, by the POITransactionID the terminal gave them.
    QHash<QString, qint64> m_reversed; // POITransactionID → cents given back
    QSet<QString> m_nexoLoggedIn; // SaleIDs logged in since the terminal started
    // The next card transaction's behaviour, whatever was scripted (Adyen's test amounts).
    std::optional<Behaviour> m_forcedOnce;
    std::optional<TerminalResult> findByTerminalReference(const QString &terminalReference) const;
    QStringList m_answerOrder;
    QDateTime m_lastOnline;
    QDateTime m_downUntil;
    qint64 m_sequence = 0;
    int m_working = 0; // requests received and not decided yet (Concert links)
    int m_batchCount = 0;
    qint64 m_batchDebits = 0;
    qint64 m_batchCredits = 0;

    QTcpServer *m_server = nullptr;
    QTcpServer *m_control = nullptr;
    int m_ptyMaster = -1;
    int m_ptySlave = -1;
    QString m_ptyLink;
    QSocketNotifier *m_ptyNotifier = nullptr;
    SimulatorSession *m_ptySession = nullptr;
    QSerialPort *m_serial = nullptr;
    QTcpServer *m_nexoServer = nullptr;
    std::optional<nexo::MessageKey> m_nexoKey;
    QHash<QString, QPointer<NexoSession>> m_nexoRunning; // payments waiting for the card, by ServiceID
};

} // namespace comptoir
