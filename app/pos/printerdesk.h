// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/printspooler.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QtQmlIntegration>

#include <memory>

namespace comptoir {

class SaleSession;
struct Ticket;

// The receipt printer for the screen, over PrintSpooler (print/printspooler.h): each sale's
// receipt printed as it is recorded (the drawer opened first when cash was taken), each
// duplicate, a closing or an X report on demand; the printer's state and what waits, which the
// clerk may retry or give up. Without a printer set up, nothing is printed and the screen says
// so.
class PrinterDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Printer)
    QML_SINGLETON
    Q_PROPERTY(bool configured READ configured CONSTANT)
    // "ready", "paper-low", "paper-out", "cover-open", "error", "offline", "unreachable",
    // "no_status"; "none" without a printer.
    Q_PROPERTY(QString statusKey READ statusKey NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    // What waits, oldest first: [{id, label, error}].
    Q_PROPERTY(QVariantList jobs READ jobs NOTIFY changed)
public:
    // `spooler` null: no printer.
    PrinterDesk(SaleSession &session, PrintSpooler *spooler, QObject *parent = nullptr);
    ~PrinterDesk() override;

    static PrinterDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(PrinterDesk *instance);

    bool configured() const { return m_spooler != nullptr; }
    QString statusKey() const;
    QString statusText() const;
    int waiting() const;
    QVariantList jobs() const;

    // A closing's or an X report's text (ClosingText), as shown.
    Q_INVOKABLE bool printText(const QString &kind, const QString &label, const QString &text);
    Q_INVOKABLE void retry();
    Q_INVOKABLE bool cancel(qint64 jobId);

    // The receipt of a sale just recorded, the drawer opened first when it took cash.
    void saleRecorded(const Ticket &ticket);
    // The drawer's pulse alone (a no-sale, the float, cash in or out, a count). It waits behind
    // receipts waiting for paper.
    void openDrawer();

Q_SIGNALS:
    void changed();

private:
    void receiptChanged();
    bool printReceipt(const Ticket &ticket, int duplicate, bool openDrawer);

    SaleSession &m_session;
    PrintSpooler *m_spooler;
    QString m_lastPrinted; // "<uuid>#<duplicate>": a receipt printed once per reprint
};

} // namespace comptoir
