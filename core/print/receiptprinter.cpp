// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptprinter.h"

#include "common/serialline.h"
#include "print/escpos.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QTcpSocket>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPrinter, "comptoir.printer", QtInfoMsg)

namespace comptoir {

namespace {

const QList<int> kQueries = {1, 2, 4};

} // namespace

std::optional<PrinterSpec> PrinterSpec::parse(const QString &text)
{
    const QString t = text.trimmed();
    PrinterSpec s;
    bool ok = true;
    if (t.startsWith(u"tcp:"_s)) {
        s.kind = Kind::Tcp;
        const QString rest = t.mid(4);
        const qsizetype colon = rest.lastIndexOf(u':');
        s.host = colon > 0 ? rest.left(colon) : rest;
        if (colon > 0) {
            const uint port = rest.mid(colon + 1).toUInt(&ok);
            ok = ok && port > 0 && port < 65536;
            s.port = quint16(port);
        }
        ok = ok && !s.host.isEmpty() && s.host.size() <= 253;
    } else if (t.startsWith(u"serial:"_s)) {
        s.kind = Kind::Serial;
        const QStringList parts = t.mid(7).split(u':');
        s.device = parts.value(0);
        if (parts.size() > 1)
            s.baud = parts[1].toInt(&ok);
        ok = ok && parts.size() <= 2 && s.device.startsWith(u'/') && s.baud >= 1200 && s.baud <= 921600;
    } else if (t.startsWith(u"usb:"_s)) {
        s.kind = Kind::Usb;
        s.device = t.mid(4);
        ok = s.device.startsWith(u'/');
    } else {
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return s;
}

QString PrinterSpec::text() const
{
    switch (kind) {
    case Kind::Tcp:
        return u"tcp:%1:%2"_s.arg(host).arg(port);
    case Kind::Serial:
        return u"serial:%1:%2"_s.arg(device).arg(baud);
    case Kind::Usb:
        return u"usb:"_s + device;
    }
    return {};
}

ReceiptPrinter::ReceiptPrinter(PrinterSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReceiptPrinter::onTimeout);
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ReceiptPrinter::onReadable);
}

ReceiptPrinter::~ReceiptPrinter()
{
    closeDevice();
}

Error ReceiptPrinter::unreachable(const QString &why) const
{
    return Error {u"printer.unreachable"_s,
        tr("The receipt printer (%1) cannot be reached: %2").arg(m_spec.text(), why)};
}

bool ReceiptPrinter::print(const QByteArray &data)
{
    if (busy())
        return false;
    m_checkOnly = false;
    m_job = data;
    open();
    return true;
}

bool ReceiptPrinter::check()
{
    if (busy())
        return false;
    m_checkOnly = true;
    m_job.clear();
    open();
    return true;
}

void ReceiptPrinter::closeDevice()
{
    m_poll.stop();
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
        m_device.reset();
    }
}

void ReceiptPrinter::open()
{
    m_asked = {};
    m_queries = kQueries;
    if (m_device && m_device->isOpen()) {
        if (auto *tcp = qobject_cast<QTcpSocket *>(m_device.get());
            !tcp || tcp->state() == QAbstractSocket::ConnectedState) {
            ask();
            return;
        }
    }
    closeDevice();
    switch (m_spec.kind) {
    case PrinterSpec::Kind::Tcp: {
        auto *socket = new QTcpSocket;
        m_device.reset(socket);
        connect(socket, &QTcpSocket::connected, this, [this] {
            if (m_step == Step::Connecting)
                ask();
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
            if (m_step != Step::Idle)
                done(unreachable(socket->errorString()));
        });
        m_step = Step::Connecting;
        m_timer.start(ConnectTimeoutMs);
        socket->connectToHost(m_spec.host, m_spec.port);
        break;
    }
    case PrinterSpec::Kind::Serial: {
        auto *port = new QSerialPort;
        m_device.reset(port);
        port->setPortName(m_spec.device);
        SerialFraming framing;
        framing.baudRate = m_spec.baud;
        m_step = Step::Connecting;
        if (!openSerialLine(*port, QIODevice::ReadWrite, framing)) {
            done(unreachable(port->errorString()));
            return;
        }
        ask();
        break;
    }
    case PrinterSpec::Kind::Usb: {
        // usblp answers status reads when the printer is bidirectional; read without blocking.
        const int fd = ::open(QFile::encodeName(m_spec.device).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        m_step = Step::Connecting;
        if (fd < 0) {
            done(unreachable(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        auto *file = new QFile;
        m_device.reset(file);
        if (!file->open(fd, QIODevice::ReadWrite | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            done(unreachable(file->errorString()));
            return;
        }
        m_poll.start();
        ask();
        break;
    }
    }
    if (m_device && m_spec.kind != PrinterSpec::Kind::Usb) {
        connect(m_device.get(), &QIODevice::readyRead, this, &ReceiptPrinter::onReadable);
        connect(m_device.get(), &QIODevice::bytesWritten, this, &ReceiptPrinter::onBytesWritten);
    }
}

void ReceiptPrinter::ask()
{
    if (m_step == Step::Connecting || m_step == Step::Idle)
        m_step = Step::Asking;
    if (m_queries.isEmpty()) {
        m_status = m_asked;
        Q_EMIT statusChanged(m_asked);
        if (m_checkOnly) {
            const PrinterStatus status = m_asked;
            m_step = Step::Idle;
            m_checkOnly = false;
            m_timer.stop();
            Q_EMIT checked(QString(), status.text());
            return;
        }
        if (!m_asked.ready()) {
            done(Error {u"printer."_s + m_asked.key(), m_asked.text()});
            return;
        }
        if (m_step == Step::Asking)
            write();
        else
            done(Ok {}); // confirmed after the job
        return;
    }
    m_device->readAll(); // what came before the question is no answer to it
    m_device->write(EscPos::statusQuery(m_queries.first()));
    m_timer.start(ReplyTimeoutMs);
}

void ReceiptPrinter::onReadable()
{
    if (!m_device)
        return;
    if (m_step != Step::Asking && m_step != Step::Confirming) {
        m_device->readAll();
        return;
    }
    const QByteArray bytes = m_device->read(64);
    const qsizetype before = m_queries.size();
    for (const char c : bytes) {
        if (m_queries.size() < before || m_queries.isEmpty())
            break; // one answer per question: the next is asked once this one is in
        if (m_asked.read(m_queries.first(), static_cast<unsigned char>(c)))
            m_queries.removeFirst();
        else
            qCDebug(lcPrinter) << "not a status reply, ignored:" << Qt::hex
                               << int(static_cast<unsigned char>(c));
    }
    if (m_queries.size() < before)
        ask();
}

void ReceiptPrinter::write()
{
    m_step = Step::Writing;
    m_timer.start(WriteTimeoutMs);
    if (m_device->write(m_job) != m_job.size()) {
        done(unreachable(m_device->errorString()));
        return;
    }
    if (m_spec.kind == PrinterSpec::Kind::Usb || m_device->bytesToWrite() == 0)
        onBytesWritten();
}

void ReceiptPrinter::onBytesWritten()
{
    if (m_step != Step::Writing || m_device->bytesToWrite() > 0)
        return;
    // Then asked again: a roll that ran out during the receipt leaves it to print again.
    m_step = Step::Confirming;
    m_asked = {};
    m_queries = kQueries;
    ask();
}

void ReceiptPrinter::onTimeout()
{
    switch (m_step) {
    case Step::Connecting:
        done(unreachable(tr("no answer")));
        break;
    case Step::Asking:
    case Step::Confirming:
        done(Error {u"printer.no_status"_s,
            tr("The receipt printer (%1) does not answer status requests: the receipt is kept to print "
               "again.")
                .arg(m_spec.text())});
        break;
    case Step::Writing:
        done(unreachable(tr("the receipt could not be sent")));
        break;
    case Step::Idle:
        break;
    }
}

void ReceiptPrinter::done(const Status &result)
{
    m_timer.stop();
    const bool checkOnly = m_checkOnly;
    m_step = Step::Idle;
    m_job.clear();
    if (!result) {
        qCInfo(lcPrinter).noquote() << "printer" << m_spec.text() << result.error().code;
        // Start afresh next time: a socket that failed, a cable pulled.
        if (result.error().code == u"printer.unreachable"_s || result.error().code == u"printer.no_status"_s)
            closeDevice();
    }
    const QString code = result ? QString() : result.error().code;
    const QString message = result ? QString() : result.error().message;
    if (checkOnly) {
        Q_EMIT checked(code, message);
        return;
    }
    Q_EMIT finished(code, message);
}

} // namespace comptoir
