// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "print/printerstatus.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QIODevice;

namespace comptoir {

// Where the register's receipt printer is (setting `printer.receipt`):
//   tcp:HOST[:PORT]           a network printer (port 9100 unless told)
//   serial:DEVICE[:BAUD]      a serial printer, 8N1 (19200 unless told)
//   usb:/dev/usb/lpN          a USB printer through the kernel's usblp driver
struct PrinterSpec
{
    enum class Kind { Tcp, Serial, Usb };
    Kind kind = Kind::Tcp;
    QString host;
    quint16 port = 9100;
    QString device;
    qint32 baud = 19200;

    static std::optional<PrinterSpec> parse(const QString &text);
    QString text() const;
};

// One ESC/POS receipt printer and the jobs sent to it, one at a time. A job is reported printed
// only when the printer said it was ready before the job (DLE EOT 1, 2, 4) and still is after
// it: a job sent to a printer out of paper, with its cover open or in error is reported failed
// with the printer's state, and whoever queued it keeps it for later (print/printspooler.h).
// A printer that answers nothing is reported unreachable; bytes that are no status reply
// (an echo, noise) are ignored.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    static constexpr int ConnectTimeoutMs = 3000;
    static constexpr int ReplyTimeoutMs = 2000;
    static constexpr int WriteTimeoutMs = 20000;

    explicit ReceiptPrinter(PrinterSpec spec, QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    const PrinterSpec &spec() const { return m_spec; }
    bool busy() const { return m_step != Step::Idle; }
    const std::optional<PrinterStatus> &lastStatus() const { return m_status; }

    // Sends `data` (false while busy); finished() follows, once.
    bool print(const QByteArray &data);
    // Asks the printer's state alone; checked() follows.
    bool check();

Q_SIGNALS:
    // The job's end: printed when `errorCode` is empty, else why not ("printer.paper-out", ...),
    // with the reason for the clerk.
    void finished(const QString &errorCode, const QString &message);
    // The state alone (check()): `errorCode` empty when the printer answered.
    void checked(const QString &errorCode, const QString &message);
    void statusChanged(const comptoir::PrinterStatus &status);

private:
    enum class Step { Idle, Connecting, Asking, Writing, Confirming };

    void open();
    void ask();
    void onReadable();
    void onBytesWritten();
    void onTimeout();
    void write();
    void done(const Status &result);
    void closeDevice();
    Error unreachable(const QString &why) const;

    PrinterSpec m_spec;
    std::unique_ptr<QIODevice> m_device;
    QTimer m_timer;
    QTimer m_poll; // a USB printer's replies are read by polling
    Step m_step = Step::Idle;
    bool m_checkOnly = false;
    QByteArray m_job;
    QList<int> m_queries; // left to ask, in order
    PrinterStatus m_asked; // the replies so far
    std::optional<PrinterStatus> m_status;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::PrinterStatus)
