// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticeclient.h"

#include "sync/syncprotocol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcNotices, "comptoir.notices", QtInfoMsg)

namespace comptoir {

NoticeClient::NoticeClient(QUrl headOffice, QByteArray pinSha256, QObject *parent)
    : QObject(parent)
    , m_url(notificationsUrl(headOffice))
    , m_pin(pinSha256.toLower().replace(':', ""))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &NoticeClient::open);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        qCInfo(lcNotices) << "listening to head office's notices";
        Q_EMIT connected();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_running)
            m_retry.start();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &NoticeClient::received);
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_pin.isEmpty() &&
            m_socket.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() == m_pin)
            m_socket.ignoreSslErrors(errors); // the pinned, possibly self-signed, certificate
    });
}

QUrl NoticeClient::notificationsUrl(const QUrl &headOffice)
{
    QUrl url = sync::endpoint(headOffice, u"/notifications");
    url.setScheme(headOffice.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    return url;
}

void NoticeClient::start(const QString &token)
{
    m_token = token;
    m_running = true;
    open();
}

void NoticeClient::stop()
{
    m_running = false;
    m_retry.stop();
    m_socket.close();
}

void NoticeClient::open()
{
    if (!m_running || !m_url.isValid())
        return;
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket.open(request);
}

void NoticeClient::received(const QString &message)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &error);
    const QJsonObject notice = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        !sync::isValidIdentifier(notice.value(u"customer"_s).toString())) {
        qCWarning(lcNotices) << "dropped a malformed notice from head office," << message.size() << "bytes";
        return;
    }
    if (notice.value(u"type"_s).toString() == u"checkin"_s)
        Q_EMIT checkIn(notice);
}

} // namespace comptoir
