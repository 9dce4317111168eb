// SPDX-License-Identifier: GPL-3.0-or-later
// Master data coming down from head office: decodeChangesReply() (what a register reads from
// head office, or from whatever answers in its place) and decodeChangesRequest() (what head
// office reads from any client). Invariants, not just "no crash": a reply that decodes obeys
// the cursors it was asked from, holds only valid records, and survives a round trip.
#include "fuzzing.h"

#include "sync/changefeeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace comptoir;
using namespace Qt::Literals::StringLiterals;

namespace {

// The request the reply answers, from the input's first two bytes: which feeds start from a
// cursor (bits of the first), at which revision, and the page limit.
sync::ChangesRequest requestFrom(uint8_t feeds, uint8_t limit)
{
    sync::ChangesRequest request;
    for (int i = 0; i < int(sync::kAllFeeds.size()); ++i) {
        if (feeds & (1 << i))
            request.cursors.insert(sync::kAllFeeds[size_t(i)], qint64(feeds >> 6) + i);
    }
    request.limit = 1 + limit % 16;
    return request;
}

QByteArray rewrite(const sync::ChangesReply &reply)
{
    sync::ChangesReplyWriter w;
    for (const sync::FeedPage &page : reply.feeds) {
        w.beginFeed(page.feed);
        for (const sync::Change &c : page.changes)
            w.add(c.key, c.rev, c.deleted, QJsonDocument(c.data).toJson(QJsonDocument::Compact));
        w.endFeed(page.cursor, page.more, page.remaining);
    }
    return w.finish();
}

void checkReply(const QByteArray &body, const sync::ChangesRequest &request)
{
    QString error;
    const auto reply = sync::decodeChangesReply(body, request, &error);
    if (!reply) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(reply->changeCount() <= request.limit);
    int lastFeed = -1;
    for (const sync::FeedPage &page : reply->feeds) {
        FUZZ_CHECK(int(page.feed) > lastFeed); // in apply order, each feed once
        lastFeed = int(page.feed);
        const qint64 from = request.cursors.value(page.feed, 0);
        FUZZ_CHECK(page.cursor >= from);
        FUZZ_CHECK(page.remaining >= -1);
        qint64 rev = from;
        for (const sync::Change &c : page.changes) {
            FUZZ_CHECK(c.rev > rev && c.rev <= page.cursor);
            rev = c.rev;
            if (c.deleted)
                FUZZ_CHECK(c.data.isEmpty() && !c.key.isEmpty());
            else
                FUZZ_CHECK(sync::validateChange(page.feed, c.key, c.data).isEmpty());
        }
    }
    // What was accepted is what head office's writer would have sent: it reads back the same.
    const auto again = sync::decodeChangesReply(rewrite(*reply), request, &error);
    FUZZ_CHECK(again && again->feeds.size() == reply->feeds.size());
    for (qsizetype i = 0; i < reply->feeds.size(); ++i) {
        const sync::FeedPage &a = reply->feeds[i], &b = again->feeds[i];
        FUZZ_CHECK(
            a.feed == b.feed && a.cursor == b.cursor && a.more == b.more && a.remaining == b.remaining);
        FUZZ_CHECK(a.changes == b.changes);
    }
}

void checkRequest(const QByteArray &body)
{
    QString error;
    const auto request = sync::decodeChangesRequest(body, &error);
    if (!request) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(request->limit >= 1 && request->limit <= sync::kMaxChangesPerPage);
    for (qint64 cursor : request->cursors)
        FUZZ_CHECK(cursor >= 0);
    const auto again = sync::decodeChangesRequest(sync::encodeChangesRequest(*request), &error);
    FUZZ_CHECK(again && again->limit == request->limit && again->count == request->count);
    for (auto it = request->cursors.cbegin(); it != request->cursors.cend(); ++it)
        FUZZ_CHECK(again->cursors.value(it.key(), -1) == it.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRequest(bytes);
    if (size >= 2)
        checkReply(bytes.mid(2), requestFrom(data[0], data[1]));
    return 0;
}

QList<QByteArray> comptoir::fuzz::seeds()
{
    // Replies start with the two bytes requestFrom() reads: no cursor, a limit of 16.
    const QByteArray prefix("\x00\x0f", 2);
    sync::ChangesReplyWriter w;
    w.beginFeed(sync::Feed::Settings);
    w.add(u"payment.offline"_s, 1, false,
        R"({"value":{"enabled":true,"max_amount_cents":2500,"max_count":4,"max_total_cents":10000}})");
    w.add(u"payment.terminals/01"_s, 2, false,
        R"({"value":[{"id":"tpe-1","driver":"concert","link":"tcp://127.0.0.1:8888"}]})");
    w.add(u"store.profile"_s, 3, false, R"({"value":{"name":"Comptoir Démo","address":["1 rue X"]}})");
    w.endFeed(3, false, 3);
    w.beginFeed(sync::Feed::Categories);
    w.add(u"epicerie"_s, 1, false, R"({"name":"Épicerie","color":"#8d6e63","position":2})");
    w.endFeed(1, false, -1);
    w.beginFeed(sync::Feed::Products);
    w.add(u"EPIC-0001"_s, 4, false,
        R"({"name":"Pâtes penne 500 g","price_cents":129,"vat_bp":550,"category":"epicerie",)"
        R"("barcodes":["3760123450034"],"sold_by_weight":false,"active":true})");
    w.add(u"EPIC-0002"_s, 5, true, {});
    w.endFeed(9, true, 120);
    w.beginFeed(sync::Feed::Prices);
    w.add(u"EPIC-0001"_s, 1, false, R"({"price_cents":99})");
    w.endFeed(1, false, -1);
    w.beginFeed(sync::Feed::Customers);
    w.add(u"C-000001"_s, 7, false,
        R"({"display_name":"Élodie Martin","tier":"premium","cards":["2900000000018"],"points":120,)"
        R"("consents":[{"purpose":"marketing","channel":"email","granted":true,"at":"2026-03-01T10:00:00Z",)"
        R"("source":"store"}],"interests":["fine-food"]})");
    w.endFeed(7, false, -1);
    w.beginFeed(sync::Feed::Offers);
    w.add(u"OFFRE-EPICERIE-10"_s, 2, false, R"({"title":"-10 % épicerie","reward":{"percent_off":10}})");
    w.endFeed(2, false, -1);
    QList<QByteArray> out {prefix + w.finish()};

    sync::ChangesRequest request;
    request.cursors = {{sync::Feed::Products, 120}, {sync::Feed::Customers, 0}};
    request.limit = 5000;
    request.count = true;
    out.append(sync::encodeChangesRequest(request));
    out.append(prefix + R"({"feeds":[{"feed":"products","changes":[],"cursor":0,"more":false}]})");
    return out;
}
