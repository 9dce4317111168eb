// SPDX-License-Identifier: GPL-3.0-or-later
// A user-space TCP proxy between a register and head office that misbehaves on purpose, one
// HTTP exchange per connection, in turn: passes, delays the answer, resets before forwarding
// the request, forwards the request and drops the answer, cuts the answer in half, or answers
// 503 itself after head office has processed the request. Header-only, for tests.
#pragma once

#include "payment/httpwire.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>

namespace comptoir::testing {

class FaultProxy : public QObject
{
public:
    enum Fault { Pass, Delay, ResetBeforeForwarding, DropAnswer, TruncateAnswer, Answer503, FaultCount };

    FaultProxy(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstream(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                handle(client, Fault(m_next++ % FaultCount));
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int count(Fault f) const { return m_counts[f]; }

private:
    void handle(QTcpSocket *client, Fault fault)
    {
        ++m_counts[fault];
        client->setParent(this);
        auto *upstream = new QTcpSocket(client);
        auto request = std::make_shared<QByteArray>();
        auto answer = std::make_shared<QByteArray>();
        const auto closeAll = [client] {
            client->abort();
            client->deleteLater();
        };
        QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
            *request += client->readAll();
            if (http::parseRequest(*request).state != http::Message::Complete)
                return;
            if (fault == ResetBeforeForwarding) {
                closeAll();
                return;
            }
            upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            upstream->write(*request);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [=, this] {
            *answer += upstream->readAll();
            if (http::parseResponse(*answer).state != http::Message::Complete)
                return;
            switch (fault) {
            case Pass:
                client->write(*answer);
                client->disconnectFromHost();
                break;
            case Delay:
                QTimer::singleShot(300, client, [=] {
                    client->write(*answer);
                    client->disconnectFromHost();
                });
                break;
            case DropAnswer:
                closeAll();
                break;
            case TruncateAnswer:
                client->write(answer->left(answer->size() / 2));
                client->flush();
                closeAll();
                break;
            case Answer503:
                client->write(
                    http::formatResponse(503, "application/json", "{\"error\":{\"code\":\"proxy\"}}"));
                client->disconnectFromHost();
                break;
            default:
                closeAll();
            }
        });
    }

    QTcpServer m_server;
    quint16 m_upstream;
    int m_next = 0;
    std::array<int, FaultCount> m_counts {};
};

} // namespace comptoir::testing
