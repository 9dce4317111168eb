// SPDX-License-Identifier: GPL-3.0-or-later
// The register's listener for head office's notices, against a real WebSocket server on
// loopback: it sends its device token, passes on well-formed check-ins only, and comes back
// after head office drops the connection.
#include "sync/noticeclient.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocketServer>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestNoticeClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls()
    {
        QCOMPARE(NoticeClient::notificationsUrl(QUrl(u"https://hq.example.com:8443"_s)),
            QUrl(u"wss://hq.example.com:8443/api/v1/notifications"_s));
        QCOMPARE(NoticeClient::notificationsUrl(QUrl(u"http://127.0.0.1:8080/"_s)),
            QUrl(u"ws://127.0.0.1:8080/api/v1/notifications"_s));
    }

    void passesOnWellFormedCheckInsOnlyAndComesBack()
    {
        QWebSocketServer server(u"head office"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QWebSocket *> sockets;
        QByteArray authorization;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *s = server.nextPendingConnection();
            authorization = s->request().rawHeader("Authorization");
            sockets.append(s);
        });

        QUrl hq;
        hq.setScheme(u"http"_s);
        hq.setHost(u"127.0.0.1"_s);
        hq.setPort(server.serverPort());
        NoticeClient client(hq, {});
        client.setRetryInterval(200);
        QSignalSpy connected(&client, &NoticeClient::connected);
        QSignalSpy checkIns(&client, &NoticeClient::checkIn);
        client.start(u"device-token"_s);
        QVERIFY(connected.wait(5000));
        QCOMPARE(authorization, "Bearer device-token"_ba);

        // Garbage of every kind is dropped; the good notice still comes through.
        QWebSocket *s = sockets.last();
        for (const QString &bad : {u"not json"_s, u"[1, 2]"_s, u"{\"type\": \"checkin\"}"_s,
                 u"{\"type\": \"checkin\", \"customer\": \"bad id with spaces\"}"_s,
                 u"{\"type\": \"something-else\", \"customer\": \"C-1\"}"_s})
            s->sendTextMessage(bad);
        s->sendBinaryMessage("\x00\x01\x02"_ba);
        s->sendTextMessage(u"{\"type\": \"checkin\", \"customer\": \"C-1\", \"name\": \"Élodie\"}"_s);
        QVERIFY(checkIns.wait(5000));
        QTest::qWait(100);
        QCOMPARE(checkIns.size(), 1);
        QCOMPARE(checkIns.first().first().toJsonObject().value(u"name"_s).toString(), u"Élodie"_s);

        // Head office drops the connection: the register comes back by itself.
        s->close();
        QVERIFY(connected.wait(5000));
        QCOMPARE(sockets.size(), 2);
        sockets.last()->sendTextMessage(u"{\"type\": \"checkin\", \"customer\": \"C-2\"}"_s);
        QVERIFY(checkIns.wait(5000));
        QCOMPARE(checkIns.last().first().toJsonObject().value(u"customer"_s).toString(), u"C-2"_s);

        client.stop();
        QTest::qWait(300);
        QCOMPARE(sockets.size(), 2); // stopped: no new connection
        qDeleteAll(sockets);
    }
};

QTEST_GUILESS_MAIN(TestNoticeClient)
#include "tst_noticeclient.moc"
