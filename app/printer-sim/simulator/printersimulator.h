// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/printerstatus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace comptoir {

// A network receipt printer as the ESC/POS documentation and the printers' reported replies
// describe it (../shared/specs/beyond-the-counter.md §3), for the demo and the tests: it takes
// bytes on a TCP port (9100 on a real one), answers each real-time status request DLE EOT n
// with one byte (bits 1 and 4 set), prints what it is sent while it has paper and its cover is
// closed, and drops it otherwise. A receipt ends with a cut (GS V): each cut is one receipt.
// Out of paper, it answers as one was seen to: 1A, 32 and 7E to DLE EOT 1, 2 and 4.
class PrinterSimulator : public QObject
{
    Q_OBJECT
public:
    explicit PrinterSimulator(QObject *parent = nullptr);

    bool listen(quint16 port = 0); // 0: any free port
    quint16 port() const { return m_server.serverPort(); }

    PrinterStatus state;
    // The paper runs out after this many more bytes of print (-1: never).
    qint64 paperLeft = -1;
    // Answers status requests (a printer whose status is off, or a dead one, does not).
    bool answersStatus = true;
    // Echoes each status request before answering it, as some printers and cables do.
    bool echoes = false;

    // The receipts printed so far (their bytes up to and including each cut), and what is on
    // the paper past the last cut.
    QList<QByteArray> receipts;
    QByteArray pending;
    qint64 droppedBytes = 0; // sent while it could not print
    int statusRequests = 0;
    int drawerPulses = 0;

    static unsigned char reply(const PrinterStatus &state, int n);

Q_SIGNALS:
    void receiptPrinted(int count);

private:
    void take(const QByteArray &bytes, QTcpSocket *from);
    void printByte(char byte);

    QTcpServer m_server;
    QByteArray m_carry; // a command cut between two packets
};

} // namespace comptoir
