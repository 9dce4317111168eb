// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace comptoir {

// A barcode scanner on a serial line or USB-CDC (/dev/ttyACM0, COM3). Each code ends with CR,
// LF or both. The port is reopened automatically if the scanner is unplugged.
class SerialScanner : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString portName;
        qint32 baudRate = 9600;
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        int reopenIntervalMs = 2000;
        int maxCodeLength = 512; // longer lines are noise: dropped with an error
    };

    explicit SerialScanner(Config config, QObject *parent = nullptr);

    bool start();
    void stop();
    bool isOpen() const { return m_port.isOpen(); }
    const Config &config() const { return m_config; }

    // "/dev/ttyACM0:9600:8N1" -> Config; nullopt if malformed.
    static std::optional<Config> parseSpec(const QString &spec);

Q_SIGNALS:
    void scanned(const QString &code);
    void errorOccurred(const QString &message); // translated, for the clerk
    void connectedChanged(bool connected);

private:
    void readAvailable();
    void handleError(QSerialPort::SerialPortError error);

    Config m_config;
    QSerialPort m_port;
    QTimer m_reopen;
    QByteArray m_pending;
};

} // namespace comptoir
