// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/serialline.h"
#include "scale/dialog06.h"
#include "scale/scale.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QTimer>

namespace comptoir {

// A price-computing shop scale speaking Dialog 06 on a serial line (scale/dialog06.h).
//
// One weighing: the unit price (record 01, or 03/04/05 with a tare or a label), ACK, EOT ENQ,
// and the scale's record 02. A NAK is followed by a status request: "in motion" (20) and "not
// finished" (22) are asked again every retryMs until settleMs have passed; any other status is
// the scale's own error, told to the clerk. When the scale asks for the register's checksums
// (record 11), they are sent (record 10) and the weighing starts again, as the manual says.
// The port is opened on the first weighing and again after an error, so a scale switched off
// and on, or unplugged, comes back by itself.
class Dialog06Scale : public Scale
{
    Q_OBJECT
public:
    struct Config
    {
        QString portName;
        SerialFraming framing {9600, QSerialPort::Data7, QSerialPort::OddParity, QSerialPort::OneStop};
        // The Dialog 06 polynomial (17 bits, from the scale's maker) and the register's
        // checksum; without a polynomial a checksum request is refused with a message.
        quint32 polynomial = 0;
        quint16 checksum = 0;
        int answerTimeoutMs = 1500;
        int settleMs = 5000;
        int retryMs = 250;
    };

    explicit Dialog06Scale(Config config, QObject *parent = nullptr);
    ~Dialog06Scale() override;

    // "/dev/ttyUSB0", "/dev/ttyUSB0:9600:7O1"; nullopt if malformed.
    static std::optional<Config> parseSpec(const QString &spec);

    void weigh(qint64 unitPriceCents, std::optional<int> tareGrams, const QString &label) override;
    void cancel() override;
    bool busy() const override { return m_state != State::Idle; }
    QString description() const override;

private:
    enum class State { Idle, PriceSent, ResultAsked, StatusAsked, ChecksumSent, VerdictAsked, Waiting };

    void send(const QByteArray &bytes, State next);
    void sendPrice();
    void readAvailable();
    void handle(const dialog06::Answer &answer);
    void timedOut();
    void finish(const Error &error);
    Error statusError(int status) const;

    Config m_config;
    QSerialPort m_port;
    dialog06::AnswerReader m_reader;
    QTimer m_timeout;
    QTimer m_retry;
    QElapsedTimer m_started;
    State m_state = State::Idle;
    QByteArray m_priceRecord;
    qint64 m_unitPriceCents = 0;
    int m_restarts = 0;
};

} // namespace comptoir
