// SPDX-License-Identifier: GPL-3.0-or-later
#include "printersimulator.h"

#include <QTcpSocket>

namespace comptoir {

PrinterSimulator::PrinterSimulator(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(
                socket, &QTcpSocket::readyRead, this, [this, socket] { take(socket->readAll(), socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool PrinterSimulator::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

unsigned char PrinterSimulator::reply(const PrinterStatus &s, int n)
{
    unsigned char b = 0x12;
    switch (n) {
    case 1:
        if (s.drawerOpen)
            b |= 0x04;
        if (s.offline || s.paperEnd || s.coverOpen || s.error)
            b |= 0x08; // any of these takes the printer offline
        break;
    case 2:
        if (s.coverOpen)
            b |= 0x04;
        if (s.paperEnd)
            b |= 0x20;
        if (s.error)
            b |= 0x40;
        break;
    case 4:
        if (s.paperNearEnd || s.paperEnd)
            b |= 0x0C;
        if (s.paperEnd)
            b |= 0x60;
        break;
    default:
        break;
    }
    return b;
}

void PrinterSimulator::take(const QByteArray &bytes, QTcpSocket *from)
{
    QByteArray in = m_carry + bytes;
    m_carry.clear();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\x10') { // DLE EOT n: answered at once, never printed
            if (i + 2 >= in.size()) {
                m_carry = in.mid(i);
                return;
            }
            if (in[i + 1] == '\x04') {
                ++statusRequests;
                if (echoes)
                    from->write(in.mid(i, 3));
                if (answersStatus)
                    from->write(QByteArray(1, char(reply(state, in[i + 2]))));
                i += 2;
                continue;
            }
        }
        printByte(c);
    }
}

void PrinterSimulator::printByte(char byte)
{
    if (state.paperEnd || state.coverOpen || state.error || state.offline) {
        ++droppedBytes;
        return;
    }
    if (paperLeft == 0) {
        state.paperEnd = true;
        ++droppedBytes;
        return;
    }
    if (paperLeft > 0)
        --paperLeft;
    pending += byte;
    // ESC p m t1 t2 opens the drawer; GS V n cuts the receipt.
    if (pending.endsWith(QByteArray("\x1b\x70", 2)))
        ++drawerPulses;
    if (pending.size() >= 3 && pending.at(pending.size() - 3) == '\x1d' &&
        pending.at(pending.size() - 2) == '\x56') {
        receipts << pending;
        pending.clear();
        Q_EMIT receiptPrinted(int(receipts.size()));
    }
}

} // namespace comptoir
