// SPDX-License-Identifier: GPL-3.0-or-later
#include "enroller.h"

#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/devicecredentials.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QSslCertificate>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

void pinCertificate(QNetworkReply *reply, const QByteArray &pinSha256)
{
    if (pinSha256.isEmpty())
        return;
    const QByteArray pin = pinSha256.toLower().replace(':', "");
    const auto pinned = [reply, pin] {
        return reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() == pin;
    };
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
            if (pinned())
                reply->ignoreSslErrors(errors); // the pinned, possibly self-signed, certificate
        });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pinned] {
        if (!pinned())
            reply->abort();
    });
}

Enroller::Enroller(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{ }

void Enroller::done(Status status, const QString &summary)
{
    Q_EMIT finished(std::move(status), summary);
}

void Enroller::enroll(const QUrl &hqUrl, const QString &code, const QByteArray &pinSha256)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("comptoir::Enroller", text);
    };
    if (!hqUrl.isValid() || (hqUrl.scheme() != u"https"_s && hqUrl.scheme() != u"http"_s)) {
        done(Error {u"enroll.url"_s,
            tr("The head-office address must start with https:// (or http:// on a test network).")});
        return;
    }
    QNetworkRequest request(sync::endpoint(hqUrl, u"/enroll"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_net.post(request,
        sync::encodeEnrollRequest(
            code.trimmed(), QHostInfo::localHostName(), QCoreApplication::applicationVersion()));
    pinCertificate(reply, pinSha256);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hqUrl, pinSha256, tr] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            done(Error {
                u"enroll.network"_s, tr("Head office cannot be reached: %1").arg(reply->errorString())});
            return;
        }
        if (status == 403) {
            done(Error {u"enroll.refused"_s,
                tr("Head office refused the code: it is unknown, already used or expired. Ask for a new "
                   "one.")});
            return;
        }
        QString error;
        const auto enrollment = status == 200 ? sync::decodeEnrollment(body, &error) : std::nullopt;
        if (!enrollment) {
            done(Error {u"enroll.answer"_s,
                tr("Head office gave an unexpected answer (HTTP %1). Try again later.").arg(status)});
            return;
        }
        // The fiscal chain belongs to one store and register for good.
        QSqlQuery q(m_db);
        q.exec(u"SELECT store_id, register_id, count(*) FROM tickets GROUP BY store_id, register_id"_s);
        while (q.next()) {
            if (q.value(0).toString() != enrollment->storeId ||
                q.value(1).toString() != enrollment->registerId) {
                done(Error {u"enroll.identity"_s,
                    tr("This register already recorded %1 ticket(s) as register %2 of store %3; head office "
                       "enrolled it as register %4 of store %5. Ask head office for a code for register %2 "
                       "of "
                       "store %3.")
                        .arg(q.value(2).toLongLong())
                        .arg(q.value(1).toString(), q.value(0).toString(), enrollment->registerId,
                            enrollment->storeId)});
                return;
            }
        }
        const QString key = DeviceCredentials::keyFor(enrollment->storeId, enrollment->registerId);
        DeviceCredentials::write(
            key, enrollment->token, this, [this, e = *enrollment, hqUrl, pinSha256, tr](Status s) {
                if (!s) {
                    done(s);
                    return;
                }
                Transaction tx(m_db);
                SettingsTable settings(m_db);
                Status saved = tx.begin();
                for (const auto &[k, v] : {std::pair {u"hq.url"_s, hqUrl.toString()},
                         std::pair {u"hq.pin_sha256"_s, QString::fromLatin1(pinSha256)},
                         std::pair {u"store.id"_s, e.storeId}, std::pair {u"register.id"_s, e.registerId},
                         std::pair {
                             u"hq.enrolled_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}) {
                    if (saved)
                        saved = settings.setValue(k, v);
                }
                if (saved)
                    saved = tx.commit();
                if (!saved) {
                    done(saved);
                    return;
                }
                done(Ok {},
                    tr("Enrolled at head office as register %1 of store %2 (%3).")
                        .arg(e.registerId, e.storeId, e.storeName));
            });
    });
}

} // namespace comptoir
