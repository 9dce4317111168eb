// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialscanner.h"

#include "common/serialline.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcScan, "comptoir.scan", QtInfoMsg)

namespace comptoir {

SerialScanner::SerialScanner(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_reopen.setInterval(m_config.reopenIntervalMs);
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &SerialScanner::start);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::handleError);
}

std::optional<SerialScanner::Config> SerialScanner::parseSpec(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    if (parts.isEmpty() || parts.first().isEmpty() || parts.size() > 3)
        return std::nullopt;
    Config c;
    c.portName = parts[0];
    if (parts.size() > 1) {
        bool ok = false;
        c.baudRate = parts[1].toInt(&ok);
        if (!ok || c.baudRate <= 0)
            return std::nullopt;
    }
    if (parts.size() > 2) {
        const QString f = parts[2].toUpper();
        if (f.size() != 3 || (f[0] != u'7' && f[0] != u'8') || !QStringLiteral("NEO").contains(f[1]) ||
            (f[2] != u'1' && f[2] != u'2'))
            return std::nullopt;
        c.dataBits = f[0] == u'7' ? QSerialPort::Data7 : QSerialPort::Data8;
        c.parity = f[1] == u'N' ? QSerialPort::NoParity
            : f[1] == u'E'      ? QSerialPort::EvenParity
                                : QSerialPort::OddParity;
        c.stopBits = f[2] == u'1' ? QSerialPort::OneStop : QSerialPort::TwoStop;
    }
    return c;
}

bool SerialScanner::start()
{
    if (m_port.isOpen())
        return true;
    m_port.setPortName(m_config.portName);
    QString note;
    const SerialFraming framing {m_config.baudRate, m_config.dataBits, m_config.parity, m_config.stopBits};
    if (!openSerialLine(m_port, QIODevice::ReadOnly, framing, &note)) {
        qCWarning(lcScan) << "serial scanner" << m_config.portName << m_port.errorString();
        m_reopen.start();
        return false;
    }
    if (!note.isEmpty())
        qCWarning(lcScan) << "serial scanner:" << note;
    qCInfo(lcScan) << "serial scanner open on" << m_config.portName;
    m_pending.clear();
    Q_EMIT connectedChanged(true);
    return true;
}

void SerialScanner::stop()
{
    m_reopen.stop();
    if (m_port.isOpen()) {
        m_port.close();
        Q_EMIT connectedChanged(false);
    }
}

void SerialScanner::readAvailable()
{
    m_pending += m_port.readAll();
    for (;;) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i] == '\r' || m_pending[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0)
            break;
        const QByteArray line = m_pending.left(end);
        qsizetype next = end + 1;
        if (m_pending[end] == '\r' && next < m_pending.size() && m_pending[next] == '\n')
            ++next;
        m_pending.remove(0, next);
        if (!line.isEmpty())
            Q_EMIT scanned(QString::fromLatin1(line));
    }
    if (m_pending.size() > m_config.maxCodeLength) {
        m_pending.clear();
        Q_EMIT errorOccurred(QCoreApplication::translate(
            "comptoir::SerialScanner", "The scanner sent unreadable data. Scan again."));
    }
}

void SerialScanner::handleError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    if (error == QSerialPort::ResourceError || error == QSerialPort::DeviceNotFoundError ||
        error == QSerialPort::PermissionError || error == QSerialPort::OpenError) {
        const bool wasOpen = m_port.isOpen();
        if (wasOpen) {
            m_port.close();
            Q_EMIT connectedChanged(false);
            Q_EMIT errorOccurred(QCoreApplication::translate(
                "comptoir::SerialScanner", "The scanner on %1 was disconnected. Reconnecting…")
                                     .arg(m_config.portName));
        }
        m_reopen.start();
    }
}

} // namespace comptoir
