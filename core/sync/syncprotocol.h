// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace comptoir::sync {

// The register <-> head office API, version 1 (docs: app/hq/openapi.yaml). JSON over HTTP(S);
// the register authenticates with "Authorization: Bearer <device token>". Both sides parse
// with these functions, strictly: anything unexpected is refused with a reason, never
// guessed at.

inline constexpr auto kApiPrefix = "/api/v1";
inline constexpr int kMaxEventsPerBatch = 1000;
inline constexpr qsizetype kMaxRequestBody = 8 * 1024 * 1024; // bytes
inline constexpr qsizetype kMaxEventPayload = 512 * 1024;

// One outbox row on the wire. `id` is made at the register (the fact's own UUID): head office
// stores each id once, whatever how many times it is sent.
struct Event
{
    QString id;
    QString kind; // "ticket", "payment-followup", "terminal-reading", ...
    QDateTime createdAt; // UTC
    QJsonObject payload;

    friend bool operator==(const Event &, const Event &) = default;
};

struct Rejection
{
    QString id;
    QString reason; // English, technical: shown to IT on the sync screen
    friend bool operator==(const Rejection &, const Rejection &) = default;
};

struct Batch
{
    QString storeId;
    QString registerId;
    QList<Event> events;
    qint64 backlog = -1; // events the register still holds after these (-1: not told)
    // decodeBatch(): entries whose id reads but whose content does not. They are answered as
    // rejected; the rest of the batch goes on.
    QList<Rejection> invalid;
};

// Head office's answer: every id it holds now (stored by this request or an earlier one), and
// the ids it will never take (the register quarantines those).
struct BatchAck
{
    QStringList acked;
    QList<Rejection> rejected;
};

QByteArray encodeBatch(const Batch &batch);
// On failure, *error says why (technical).
std::optional<Batch> decodeBatch(const QByteArray &body, QString *error);

QByteArray encodeAck(const BatchAck &ack);
// The ack must only name ids of `sent`; an answer about anything else is refused whole.
std::optional<BatchAck> decodeAck(const QByteArray &body, const QStringList &sent, QString *error);

// Enrollment: a one-time code, made by an operator at head office, for a device token.
struct Enrollment
{
    QString storeId;
    QString storeName;
    QString registerId;
    QString token;
};
QByteArray encodeEnrollRequest(const QString &code, const QString &deviceName, const QString &appVersion);
std::optional<Enrollment> decodeEnrollment(const QByteArray &body, QString *error);

// An error answer: {"error": {"code": "...", "message": "..."}}.
QByteArray encodeError(const QString &code, const QString &message);
QString decodeErrorCode(const QByteArray &body);

// https://hq:8443 (or https://hq/comptoir/) + "/events" -> https://hq:8443/api/v1/events
QUrl endpoint(const QUrl &headOffice, QStringView path);

bool isValidEventId(QStringView id); // 1..64 of [A-Za-z0-9-_.]
bool isValidIdentifier(QStringView id); // store and register ids: 1..32 of [A-Za-z0-9-_.]

} // namespace comptoir::sync
