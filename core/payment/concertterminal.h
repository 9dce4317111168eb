// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/concertframe.h"
#include "payment/paymentterminal.h"

#include <QPointer>
#include <QTimer>

class QIODevice;

namespace comptoir {

struct ConcertSettings
{
    enum class Transport { Tcp, Serial };
    enum class Format { CaisseAp, ProtocolE };

    Transport transport = Transport::Tcp;
    Format format = Format::CaisseAp;
    // The ENQ/ACK/STX...ETX LRC/EOT link layer. Always on a serial line; on TCP, Caisse-AP
    // records travel bare (one connection per transaction) unless this is set.
    bool framed = false;

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8888;
    QString serialPort;
    qint32 baudRate = 9600;
    int dataBits = 7;
    char parity = 'E'; // 'N', 'E', 'O'
    int stopBits = 1;

    // CJ: twelve digits, which terminals take as they come (Akretion and OCA send 012345678901).
    QByteArray ecrId = "012345678901";

    // Timers and retries (milliseconds), as seen in working code; per terminal in the setup
    // (ack_timeout_ms, enq_attempts, enq_retry_ms, result_timeout_s). The ACK wait is the
    // Telium specification's 3 s (pypostelium): USB bases and Bluetooth cradles answer ENQ
    // well after the 500 ms some bridges use.
    int connectTimeoutMs = 3000;
    int ackTimeoutMs = 3000;
    int enqAttempts = 3;
    int enqRetryGapMs = 1000;
    int maxNaks = 3;
    int ackDelayMs = 10; // some terminals miss an ACK sent sooner
    int resultTimeoutMs = 180'000;
    int frameTimeoutMs = 2000; // from the terminal's ENQ to the end of its frame
    int settleMs = 150; // bare TCP: quiet time after a complete answer
};

// Concert V3 / Caisse-AP and protocol E, over TCP or a serial line.
class ConcertTerminal : public PaymentTerminal
{
    Q_OBJECT
public:
    explicit ConcertTerminal(ConcertSettings settings, QObject *parent = nullptr);
    ~ConcertTerminal() override;

    const ConcertSettings &settings() const { return m_settings; }

    bool isBusy() const override { return m_phase != Phase::Idle; }
    void start(const TerminalRequest &request) override;
    bool canAbortRunning() const override { return false; }
    // From the first byte on the link (the ENQ, or the bare request) the terminal may be
    // engaged: a request given up then leaves it busy with it (no ACK to the next ENQ), and a
    // late ACK would be taken for the next request's.
    bool requestDelivered() const override { return m_phase != Phase::Idle && m_phase != Phase::Connecting; }
    void abort() override;
    bool supports(TerminalOperation operation) const override;

private:
    enum class Phase {
        Idle,
        Connecting,
        Enquiring, // ENQ sent, waiting for ACK
        Collision, // the terminal wants to talk first: take its message, then retry
        SendingFrame, // frame sent, waiting for ACK/NAK
        Waiting, // EOT sent: the terminal has the request
        ReceivingFrame,
        ClosingEot, // answer received, waiting for the terminal's EOT
        RawWaiting, // bare TCP: request written, answer awaited
    };

    void openLink();
    void linkUp();
    void readLink();
    void linkDown();
    void timeout();

    void handleLinkEvents(const QList<concert::FrameDecoder::Event> &events);
    void sendEnq();
    void sendFrame();
    void write(QByteArrayView bytes);
    void decodeAnswer(const QByteArray &payload);
    TerminalResult failure(TerminalOutcome outcome, const QString &reason, const QString &detail) const;
    void finish(TerminalOutcome outcome, const QString &reason, const QString &detail = {});
    void finishWith(TerminalResult result);
    void arm(int ms);
    void setPhase(Phase phase);

    ConcertSettings m_settings;
    TerminalRequest m_request;
    QByteArray m_payload;
    Phase m_phase = Phase::Idle;
    QPointer<QIODevice> m_device;
    concert::FrameDecoder m_decoder;
    QByteArray m_raw;
    std::optional<TerminalResult> m_answer;
    QTimer m_timer;
    bool m_probe = false; // protocol E health check: ENQ, ACK, EOT and nothing else
    bool m_delivered = false;
    quint64 m_job = 0; // bumped by start(): a finished() slot may start the next job re-entrantly
    int m_enqTries = 0;
    int m_naks = 0;
    int m_rxErrors = 0;
};

} // namespace comptoir
