// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace comptoir {

// Listens to head office's notices for this register's store over WebSocket
// (/api/v1/notifications, with the device token): premium customers checking in. Reconnects
// every few seconds while head office is away; a malformed message is dropped with a warning.
class NoticeClient : public QObject
{
    Q_OBJECT
public:
    // `headOffice`: as enrolled (https://... becomes wss://...); `pinSha256` as SyncSettings.
    NoticeClient(QUrl headOffice, QByteArray pinSha256, QObject *parent = nullptr);

    void start(const QString &token);
    void setRetryInterval(int ms) { m_retry.setInterval(ms); } // 5 s by default
    void stop();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    static QUrl notificationsUrl(const QUrl &headOffice);

Q_SIGNALS:
    void connected();
    // {"type": "checkin", "customer", "name", "tier", "offers": [...], "at"}
    void checkIn(const QJsonObject &notice);

private:
    void open();
    void received(const QString &message);

    QUrl m_url;
    QByteArray m_pin;
    QString m_token;
    QWebSocket m_socket;
    QTimer m_retry;
    bool m_running = false;
};

} // namespace comptoir
