// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

namespace comptoir {

// Pins a reply to a certificate: with a pin (hex SHA-256 of the DER certificate), that
// certificate is accepted even self-signed, and no other is, even one a CA signed.
void pinCertificate(QNetworkReply *reply, const QByteArray &pinSha256);

// Makes this register known to head office: trades the one-time enrollment code an operator
// made (comptoir-hq enroll-code) for a device token, keeps the token in the system keychain
// and head office's address in the settings. A register that already recorded tickets under
// another store or register id is refused: its fiscal chain cannot change hands.
class Enroller : public QObject
{
    Q_OBJECT
public:
    Enroller(QSqlDatabase db, QObject *parent = nullptr);

    void enroll(const QUrl &hqUrl, const QString &code, const QByteArray &pinSha256 = {});

Q_SIGNALS:
    // On success the message says which store and register this is now.
    void finished(comptoir::Status status, const QString &summary);

private:
    void done(Status status, const QString &summary = {});

    QSqlDatabase m_db;
    QNetworkAccessManager m_net;
};

} // namespace comptoir
