// SPDX-License-Identifier: GPL-3.0-or-later
#include "hqcheckins.h"

#include "crm/offers.h"
#include "sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHq)

namespace comptoir::hq {

HqCheckins::HqCheckins(HqDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<HqCheckins::Outcome> HqCheckins::checkIn(
    const QString &customerId, const QString &storeId, const QString &source)
{
    if (!sync::isValidIdentifier(customerId))
        return Error {u"checkin.customer"_s, u"\"%1\" is not a customer id"_s.arg(customerId.left(64))};
    if (!sync::isValidIdentifier(storeId))
        return Error {u"checkin.store"_s, u"\"%1\" is not a store id"_s.arg(storeId.left(64))};
    QSqlDatabase db = m_db.db();
    HqTransaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto known = storeExists(db, storeId);
    if (!known)
        return known.error();
    if (!*known)
        return Error {u"checkin.store"_s, u"no store \"%1\""_s.arg(storeId)};
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM master_data WHERE feed = 'customers' AND record_key = ? AND deleted = 0 "
              "ORDER BY rev DESC LIMIT 1"_s);
    q.addBindValue(customerId);
    if (auto s = run(q, "looking the customer up"); !s)
        return s.error();
    if (!q.next())
        return Error {u"checkin.customer"_s, u"no customer \"%1\""_s.arg(customerId)};
    const crm::Customer customer =
        crm::Customer::fromJson(customerId, QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    q.finish();
    if (!customer.isPremium())
        return Outcome {false, u"not a premium customer"_s};
    if (!customer.consentsTo(u"personalised-offers"))
        return Outcome {false, u"no consent to personalised offers"_s};

    // The offers that target them now, for the clerk to suggest.
    const QDateTime now = m_clock.now().toUTC();
    crm::CustomerHistory history;
    for (const auto &[sku, at] : customer.purchases)
        history.lastBought.insert(sku, at);
    for (const QString &id : customer.usedOffers)
        history.usedOffers.insert(id);
    QJsonArray offers;
    q.prepare(
        u"SELECT record_key, data FROM master_data WHERE feed = 'offers' AND deleted = 0 ORDER BY record_key"_s);
    if (auto s = run(q, "reading the offers"); !s)
        return s.error();
    while (q.next()) {
        const auto offer = crm::Offer::fromJson(
            q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (offer && crm::OfferBook::targets(*offer, customer, history, now))
            offers.append(offer->title);
    }
    q.finish();

    q.prepare(u"UPDATE feed_counters SET rev = rev + 1 WHERE feed = 'checkins' RETURNING rev"_s);
    if (auto s = run(q, "numbering the notice"); !s)
        return s.error();
    if (!q.next())
        return Error {u"db"_s, u"no counter for check-ins"_s};
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    const QString at = now.toString(Qt::ISODateWithMs);
    const QJsonObject payload {{u"type"_s, u"checkin"_s}, {u"customer"_s, customerId},
        {u"name"_s, customer.displayName}, {u"tier"_s, crm::tierName(customer.tier)}, {u"offers"_s, offers},
        {u"source"_s, source.left(32)}, {u"at"_s, at}};
    q.prepare(
        u"INSERT INTO checkins (seq, store_id, customer_id, payload, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList {seq, storeId, customerId,
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at})
        q.addBindValue(v);
    if (auto s = run(q, "queuing the notice"); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return Outcome {true, u"premium customer"_s};
}

Result<QList<HqCheckins::Notice>> HqCheckins::since(qint64 seq, int limit) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, store_id, payload FROM checkins WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (auto s = run(q, "reading the notices"); !s)
        return s.error();
    QList<Notice> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    return out;
}

Result<qint64> HqCheckins::lastSeq() const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT coalesce(max(seq), 0) FROM checkins"_s);
    if (auto s = run(q, "reading the last notice"); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

HqNotifier::HqNotifier(HqService &service, HqCheckins &checkins, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_checkins(checkins)
{
    // Notices from before this instance started are old news; from now on, every one.
    if (const auto last = m_checkins.lastSeq())
        m_last = *last;
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &HqNotifier::poll);
    m_timer.start();
}

HqNotifier::~HqNotifier()
{
    for (const Connection &c : std::as_const(m_sockets))
        delete c.socket;
}

void HqNotifier::adopt(std::unique_ptr<QWebSocket> socket)
{
    const QNetworkRequest request = socket->request();
    const QByteArray authorization = request.rawHeader("Authorization");
    const QByteArray token = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    const auto who = m_service.authenticateRegister(token);
    if (request.url().path() != u"/api/v1/notifications"_s || !who || !who->has_value()) {
        qCInfo(lcHq) << "notifications: refused a socket for" << request.url().path()
                     << (token.isEmpty() ? "without a token" : "with an unknown token");
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"a register's device token is needed"_s);
        socket.release()->deleteLater();
        return;
    }
    QWebSocket *s = socket.release();
    s->setParent(this);
    m_sockets.append(Connection {s, who->value()});
    qCInfo(lcHq) << "notifications: register" << (*who)->registerId << "of" << (*who)->storeId << "connected";
    connect(s, &QWebSocket::disconnected, this, [this, s] {
        m_sockets.removeIf([s](const Connection &c) { return c.socket == s; });
        s->deleteLater();
    });
}

void HqNotifier::poll()
{
    if (m_last < 0) {
        const auto last = m_checkins.lastSeq(); // the database did not answer at start
        if (!last) {
            qCWarning(lcHq) << "notifications:" << last.error().message;
            return;
        }
        m_last = *last;
    }
    const auto notices = m_checkins.since(m_last);
    if (!notices) {
        qCWarning(lcHq) << "notifications:" << notices.error().message;
        return;
    }
    for (const HqCheckins::Notice &n : *notices) {
        m_last = n.seq;
        const QString text = QString::fromUtf8(QJsonDocument(n.payload).toJson(QJsonDocument::Compact));
        int sent = 0;
        for (const Connection &c : std::as_const(m_sockets)) {
            if (c.who.storeId == n.storeId) {
                c.socket->sendTextMessage(text);
                ++sent;
            }
        }
        qCInfo(lcHq) << "check-in notice" << n.seq << "for" << n.payload.value(u"customer"_s).toString()
                     << "sent to" << sent << "register(s) of" << n.storeId;
    }
}

} // namespace comptoir::hq
