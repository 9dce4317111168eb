// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace comptoir::sync {

// Master data coming down from head office (API v1, POST /changes; docs: app/hq/openapi.yaml).
//
// Each feed is a log of changes. Head office gives every change a revision from a counter
// of its own per feed, in commit order; a register keeps, per feed, the revision of the
// last change it applied (its cursor) and asks for what came after. A change carries the
// whole new state of one record (`key`) or says it was deleted: applying the same change
// twice, or a later one over an earlier one, is always right.
//
// Chain-wide feeds are the same for every store; store feeds hold what one store may see
// (its prices, its customers, its registers' settings). Head office picks the store from the
// device token, never from the request.
enum class Feed {
    Settings, // terminal and offline card rules: key "payment.offline", "payment.terminals/01", ...
    Categories, // key: category code
    Products, // key: SKU; name, list price, VAT, barcodes, category, weighed, active
    Prices, // key: SKU; the store's own price, over the list price
    Customers, // key: customer id; identity, cards, tier, points, consents, interests
    Offers, // key: offer id; title, validity, target and reward (read by the CRM)
    Roles, // key: role id; name, permissions, largest line discount (staff/permission.h)
    Clerks, // key: clerk id; name, role, PIN as an Argon2id hash, active (the store's clerks)
};

// In the order a register applies them (categories before the products that name them).
inline constexpr std::array kAllFeeds = {Feed::Settings, Feed::Categories, Feed::Products, Feed::Prices,
    Feed::Customers, Feed::Offers, Feed::Roles, Feed::Clerks};

QString feedName(Feed feed);
std::optional<Feed> feedFromName(QStringView name);
bool isStoreFeed(Feed feed);

inline constexpr int kMaxChangesPerPage = 10000;
inline constexpr qsizetype kMaxChangeData = 64 * 1024; // bytes of one record's JSON

struct Change
{
    QString key;
    qint64 rev = 0;
    bool deleted = false;
    QJsonObject data; // empty when deleted

    friend bool operator==(const Change &, const Change &) = default;
};

struct FeedPage
{
    Feed feed = Feed::Products;
    qint64 cursor = 0; // the register's cursor for this feed once the page is applied
    bool more = false; // head office holds more changes after `cursor`
    qint64 remaining = -1; // changes after the request's cursor (-1: not counted)
    QList<Change> changes;
};

struct ChangesRequest
{
    QMap<Feed, qint64> cursors; // a missing feed: from the start
    int limit = 2000; // changes in all, across feeds
    bool count = false; // ask for `remaining` (the first page of a sync, for progress)
};

struct ChangesReply
{
    QList<FeedPage> feeds; // in kAllFeeds order, every feed the request named
    bool more() const;
    qsizetype changeCount() const;
};

QByteArray encodeChangesRequest(const ChangesRequest &request);
std::optional<ChangesRequest> decodeChangesRequest(const QByteArray &body, QString *error);

// Head office writes its answer with this, splicing each record's stored JSON as it is.
class ChangesReplyWriter
{
public:
    void beginFeed(Feed feed);
    void add(const QString &key, qint64 rev, bool deleted, const QByteArray &dataJson);
    void endFeed(qint64 cursor, bool more, qint64 remaining);
    QByteArray finish();

private:
    QByteArray m_out = "{\"feeds\":[";
    bool m_firstFeed = true;
    bool m_firstChange = true;
};

// The register reads the answer with this: strictly, every change checked against its feed's
// rules (validateChange); one bad change refuses the whole answer, naming it.
std::optional<ChangesReply> decodeChangesReply(
    const QByteArray &body, const ChangesRequest &request, QString *error);

// Whether `data` is a valid record of `feed` under `key`; empty when it is, else why (English,
// technical). Head office checks before it publishes, the register before it applies.
QString validateChange(Feed feed, const QString &key, const QJsonObject &data);

// Customer consent vocabulary (GDPR purposes and channels).
inline constexpr std::array kConsentPurposes = {"marketing", "personalised-offers", "analytics"};
inline constexpr std::array kConsentChannels = {"email", "sms", "post", "in-store", "any"};
inline constexpr std::array kCustomerTiers = {"standard", "premium", "vip"};

} // namespace comptoir::sync
