// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeeds.h"

#include "staff/permission.h"
#include "staff/pin.h"

#include "counter/quickkeyset.h"
#include "crm/customertext.h"
#include "crm/loyaltyprogram.h"
#include "crm/offer.h"
#include "money/vatrate.h"
#include "payment/offlinepolicy.h"
#include "payment/terminalconfig.h"
#include "sync/syncprotocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::sync {

namespace {

constexpr std::array kFeedNames = {
    "settings", "categories", "products", "prices", "customers", "offers", "roles", "clerks"};

template<std::size_t N>
bool oneOf(const QString &value, const std::array<const char *, N> &allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1StringView(a))
            return true;
    }
    return false;
}

// A key is what identifies the record at head office and on the register: printable, short,
// no control characters (a SKU may hold spaces or slashes).
bool isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 64 || key.trimmed() != key)
        return false;
    for (QChar c : key) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

QString text(const QJsonObject &o, const QString &field, int max, bool required)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return required ? u"\"%1\" is missing"_s.arg(field) : QString();
    if (!v.isString())
        return u"\"%1\" is not a string"_s.arg(field);
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        return u"\"%1\" is empty"_s.arg(field);
    if (s.size() > max)
        return u"\"%1\" is longer than %2 characters"_s.arg(field).arg(max);
    return {};
}

QString integer(const QJsonObject &o, const QString &field, qint64 min, qint64 max, bool required)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return required ? u"\"%1\" is missing"_s.arg(field) : QString();
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
        return u"\"%1\" is not an integer"_s.arg(field);
    if (v.toInteger() < min || v.toInteger() > max)
        return u"\"%1\" is out of range (%2..%3)"_s.arg(field).arg(min).arg(max);
    return {};
}

QString boolean(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    return v.isUndefined() || v.isBool() ? QString() : u"\"%1\" is not true or false"_s.arg(field);
}

QString dateTime(const QJsonObject &o, const QString &field, bool required)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return required ? u"\"%1\" is missing"_s.arg(field) : QString();
    if (!v.isString() || !QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
        return u"\"%1\" is not an ISO-8601 date and time"_s.arg(field);
    return {};
}

QString stringList(const QJsonObject &o, const QString &field, int maxItems, int maxLength)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return {};
    if (!v.isArray() || v.toArray().size() > maxItems)
        return u"\"%1\" is not a list of at most %2 strings"_s.arg(field).arg(maxItems);
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxLength)
            return u"\"%1\" holds something else than strings of 1..%2 characters"_s.arg(field).arg(
                maxLength);
    }
    return {};
}

// Returns the first failure of the checks, or an empty string.
QString firstOf(std::initializer_list<QString> checks)
{
    for (const QString &c : checks) {
        if (!c.isEmpty())
            return c;
    }
    return {};
}

QString validateSetting(const QString &key, const QJsonObject &data)
{
    const QJsonValue value = data.value(u"value"_s);
    if (key == u"payment.offline"_s) {
        if (!value.isObject())
            return u"\"value\" is not an object"_s;
        auto policy = OfflineCardPolicy::fromJson(value.toObject());
        return policy ? QString() : policy.error().message;
    }
    if (key == u"payment.health_interval_s"_s)
        return integer(data, u"value"_s, 0, 24 * 3600, true);
    if (key.startsWith(u"payment.terminals/"_s)) {
        if (!isValidIdentifier(QStringView(key).mid(18)))
            return u"\"%1\": not a register id after \"payment.terminals/\""_s.arg(key);
        if (!value.isArray())
            return u"\"value\" is not a list of terminals"_s;
        auto setup = PaymentSetup::fromJson(QJsonObject {{u"terminals"_s, value}});
        return setup ? QString() : setup.error().message;
    }
    if (key == crm::LoyaltyProgram::kSettingKey) {
        if (!value.isObject())
            return u"\"value\" is not an object"_s;
        auto program = crm::LoyaltyProgram::fromJson(value.toObject());
        return program ? QString() : program.error().message;
    }
    if (key == QLatin1StringView(QuickKeySet::kSettingKey)) {
        if (!value.isObject())
            return u"\"value\" is not an object"_s;
        auto set = QuickKeySet::fromJson(value.toObject());
        return set ? QString() : set.error().message;
    }
    if (key == u"store.profile"_s) {
        if (!value.isObject())
            return u"\"value\" is not an object"_s;
        const QJsonObject p = value.toObject();
        return firstOf({text(p, u"name"_s, 120, true), stringList(p, u"address"_s, 6, 120),
            text(p, u"siret"_s, 14, false), text(p, u"vat_number"_s, 20, false),
            text(p, u"phone"_s, 30, false), text(p, u"receipt_footer"_s, 400, false)});
    }
    return u"\"%1\" is not a setting head office may set"_s.arg(key);
}

QString validateProduct(const QJsonObject &p)
{
    if (auto why = firstOf({text(p, u"name"_s, 200, true), integer(p, u"price_cents"_s, 0, 9'999'999, true),
            integer(p, u"vat_bp"_s, 0, 10000, true), text(p, u"category"_s, 64, false),
            stringList(p, u"barcodes"_s, 32, 32), boolean(p, u"sold_by_weight"_s), boolean(p, u"active"_s),
            text(p, u"image"_s, 200, false), integer(p, u"tare_g"_s, 0, 9999, false)});
        !why.isEmpty())
        return why;
    if (p.value(u"tare_g"_s).toInteger() > 0 && !p.value(u"sold_by_weight"_s).toBool())
        return u"\"tare_g\" is for products sold by weight"_s;
    const VatRate vat(int(p.value(u"vat_bp"_s).toInteger()));
    if (!vat.isFrench())
        return u"\"vat_bp\" %1 is not a French VAT rate"_s.arg(p.value(u"vat_bp"_s).toInteger());
    static const QRegularExpression digits(u"^[0-9A-Za-z-]+$"_s);
    for (const QJsonValue &code : p.value(u"barcodes"_s).toArray()) {
        if (!digits.match(code.toString()).hasMatch())
            return u"barcode \"%1\" holds other characters than letters and digits"_s.arg(code.toString());
    }
    return {};
}

QString validateConsents(const QJsonObject &c)
{
    const QJsonValue v = c.value(u"consents"_s);
    if (v.isUndefined())
        return {};
    if (!v.isArray() || v.toArray().size() > 32)
        return u"\"consents\" is not a list"_s;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject consent = item.toObject();
        if (!item.isObject())
            return u"a consent is not an object"_s;
        if (!oneOf(consent.value(u"purpose"_s).toString(), kConsentPurposes))
            return u"consent purpose \"%1\" is unknown"_s.arg(consent.value(u"purpose"_s).toString());
        if (!oneOf(consent.value(u"channel"_s).toString(), kConsentChannels))
            return u"consent channel \"%1\" is unknown"_s.arg(consent.value(u"channel"_s).toString());
        if (!consent.value(u"granted"_s).isBool())
            return u"a consent has no \"granted\" true or false"_s;
        if (auto why = firstOf({dateTime(consent, u"at"_s, true), text(consent, u"source"_s, 40, true)});
            !why.isEmpty())
            return u"consent: "_s + why;
    }
    return {};
}

QString validateCustomer(const QJsonObject &c)
{
    if (auto why = firstOf({text(c, u"display_name"_s, 120, true), text(c, u"first_name"_s, 60, false),
            text(c, u"last_name"_s, 60, false), stringList(c, u"cards"_s, 8, 32),
            text(c, u"phone"_s, 30, false), text(c, u"email"_s, 254, false), text(c, u"tier"_s, 16, true),
            integer(c, u"points"_s, -100'000'000, 100'000'000, false),
            integer(c, u"offline_redeem_cents"_s, 0, 1'000'000, false), stringList(c, u"interests"_s, 32, 40),
            text(c, u"notes"_s, 1000, false), text(c, u"home_store"_s, 32, false),
            stringList(c, u"used_offers"_s, 200, 64)});
        !why.isEmpty())
        return why;
    if (!oneOf(c.value(u"tier"_s).toString(), kCustomerTiers))
        return u"tier \"%1\" is unknown"_s.arg(c.value(u"tier"_s).toString());
    const QString email = c.value(u"email"_s).toString();
    if (!email.isEmpty() && crm::emailKey(email).isEmpty())
        return u"\"email\" is not an e-mail address"_s;
    const QString phone = c.value(u"phone"_s).toString();
    if (!phone.isEmpty() && crm::phoneKey(phone).isEmpty())
        return u"\"phone\" is not a phone number (a foreign one needs its + and country code)"_s;
    for (const QJsonValue &card : c.value(u"cards"_s).toArray()) {
        if (crm::cardKey(card.toString()).isEmpty())
            return u"card \"%1\" holds other characters than letters, digits, spaces and dashes"_s.arg(
                card.toString().left(32));
    }
    if (const QJsonValue purchases = c.value(u"purchases"_s); !purchases.isUndefined()) {
        if (!purchases.isArray() || purchases.toArray().size() > 100)
            return u"\"purchases\" is not a list of at most 100 products"_s;
        for (const QJsonValue &v : purchases.toArray()) {
            if (auto why =
                    firstOf({text(v.toObject(), u"sku"_s, 64, true), dateTime(v.toObject(), u"at"_s, true)});
                !why.isEmpty())
                return u"purchases: "_s + why;
        }
    }
    return validateConsents(c);
}

QString validateOffer(const QString &id, const QJsonObject &o)
{
    if (auto why = firstOf({text(o, u"title"_s, 120, true), text(o, u"description"_s, 1000, false),
            dateTime(o, u"starts_at"_s, false), dateTime(o, u"ends_at"_s, false)});
        !why.isEmpty())
        return why;
    for (const auto &part : {u"target"_s, u"reward"_s}) {
        if (o.contains(part) && !o.value(part).isObject())
            return u"\"%1\" is not an object"_s.arg(part);
    }
    auto offer = crm::Offer::fromJson(id, o);
    return offer ? QString() : offer.error().message;
}

// A person's or a role's name as the register keeps it: no surrounding spaces, nothing
// unprintable (ClerkDirectory refuses those: accepted here, they would stop every sync).
QString printableName(const QJsonObject &o, const QString &field)
{
    if (auto why = text(o, field, 60, true); !why.isEmpty())
        return why;
    const QString s = o.value(field).toString();
    if (s.trimmed() != s)
        return u"\"%1\" has spaces around it"_s.arg(field);
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return u"\"%1\" holds control characters"_s.arg(field);
    }
    return {};
}

QString validateRole(const QJsonObject &o)
{
    if (auto why =
            firstOf({printableName(o, u"name"_s), integer(o, u"line_discount_max_bp"_s, 0, 10000, false)});
        !why.isEmpty())
        return why;
    const QJsonValue permissions = o.value(u"permissions"_s);
    if (!permissions.isArray() || permissions.toArray().size() > PermissionCount)
        return u"\"permissions\" is not a list of permission keys"_s;
    for (const QJsonValue &key : permissions.toArray()) {
        if (!permissionFromKey(key.toString()))
            return u"\"permissions\" holds \"%1\", which is no permission"_s.arg(key.toString().left(40));
    }
    return {};
}

QString validateClerk(const QJsonObject &o)
{
    if (auto why =
            firstOf({printableName(o, u"name"_s), text(o, u"role"_s, 64, true), boolean(o, u"active"_s)});
        !why.isEmpty())
        return why;
    if (!isValidIdentifier(o.value(u"role"_s).toString()))
        return u"\"role\" is not an identifier"_s;
    if (!pin::isAcceptedHash(o.value(u"pin_hash"_s).toString()))
        return u"\"pin_hash\" is not an Argon2id PHC string of a bounded cost (m 8-256 MiB, t 1-10, p 1)"_s;
    return {};
}

QString jsonString(const QString &s)
{
    QByteArray a = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

} // namespace

QString feedName(Feed feed)
{
    return QLatin1StringView(kFeedNames[std::size_t(feed)]);
}

std::optional<Feed> feedFromName(QStringView name)
{
    for (std::size_t i = 0; i < kFeedNames.size(); ++i) {
        if (name == QLatin1StringView(kFeedNames[i]))
            return Feed(i);
    }
    return std::nullopt;
}

bool isStoreFeed(Feed feed)
{
    return feed == Feed::Settings || feed == Feed::Prices || feed == Feed::Customers || feed == Feed::Clerks;
}

QString validateChange(Feed feed, const QString &key, const QJsonObject &data)
{
    if (!isValidKey(key))
        return u"key \"%1\" is empty, too long or holds control characters"_s.arg(key.left(80));
    switch (feed) {
    case Feed::Settings:
        return validateSetting(key, data);
    case Feed::Categories:
        if (!isValidIdentifier(key))
            return u"category code \"%1\" is not an identifier"_s.arg(key);
        if (auto why = firstOf({text(data, u"name"_s, 80, true), text(data, u"color"_s, 7, false),
                integer(data, u"position"_s, 0, 100000, false),
                integer(data, u"department_vat_bp"_s, 0, 10000, false)});
            !why.isEmpty())
            return why;
        if (data.contains(u"department_vat_bp"_s) &&
            !VatRate(int(data.value(u"department_vat_bp"_s).toInteger())).isFrench())
            return u"\"department_vat_bp\" %1 is not a French VAT rate"_s.arg(
                data.value(u"department_vat_bp"_s).toInteger());
        return {};
    case Feed::Products:
        return validateProduct(data);
    case Feed::Prices:
        return integer(data, u"price_cents"_s, 0, 9'999'999, true);
    case Feed::Customers:
        if (!isValidIdentifier(key))
            return u"customer id \"%1\" is not an identifier"_s.arg(key);
        return validateCustomer(data);
    case Feed::Offers:
        if (!isValidIdentifier(key))
            return u"offer id \"%1\" is not an identifier"_s.arg(key);
        return validateOffer(key, data);
    case Feed::Roles:
        if (!isValidIdentifier(key))
            return u"role id \"%1\" is not an identifier"_s.arg(key);
        return validateRole(data);
    case Feed::Clerks:
        if (!isValidIdentifier(key))
            return u"clerk id \"%1\" is not an identifier"_s.arg(key);
        return validateClerk(data);
    }
    return u"unknown feed"_s;
}

bool ChangesReply::more() const
{
    return std::any_of(feeds.cbegin(), feeds.cend(), [](const FeedPage &p) { return p.more; });
}

qsizetype ChangesReply::changeCount() const
{
    qsizetype n = 0;
    for (const FeedPage &p : feeds)
        n += p.changes.size();
    return n;
}

QByteArray encodeChangesRequest(const ChangesRequest &request)
{
    QJsonObject cursors;
    for (Feed f : kAllFeeds)
        cursors.insert(feedName(f), request.cursors.value(f, 0));
    return QJsonDocument(
        QJsonObject {{u"cursors"_s, cursors}, {u"limit"_s, request.limit}, {u"count"_s, request.count}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ChangesRequest> decodeChangesRequest(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!o.value(u"cursors"_s).isObject()) {
        *error = u"\"cursors\" is missing"_s;
        return std::nullopt;
    }
    ChangesRequest request;
    const QJsonObject cursors = o.value(u"cursors"_s).toObject();
    for (auto it = cursors.begin(); it != cursors.end(); ++it) {
        const auto feed = feedFromName(it.key());
        if (!feed) {
            *error = u"unknown feed \"%1\""_s.arg(it.key().left(40));
            return std::nullopt;
        }
        if (!it->isDouble() || it->toDouble() != double(it->toInteger()) || it->toInteger() < 0) {
            *error = u"the cursor of \"%1\" is not a revision"_s.arg(it.key());
            return std::nullopt;
        }
        request.cursors.insert(*feed, it->toInteger());
    }
    const QJsonValue limit = o.value(u"limit"_s);
    if (!limit.isUndefined()) {
        if (!limit.isDouble() || limit.toInteger() < 1 || limit.toInteger() > kMaxChangesPerPage) {
            *error = u"\"limit\" is not 1..%1"_s.arg(kMaxChangesPerPage);
            return std::nullopt;
        }
        request.limit = int(limit.toInteger());
    }
    request.count = o.value(u"count"_s).toBool(false);
    return request;
}

void ChangesReplyWriter::beginFeed(Feed feed)
{
    if (!m_firstFeed)
        m_out += ',';
    m_firstFeed = false;
    m_firstChange = true;
    m_out += "{\"feed\":\"" + feedName(feed).toLatin1() + "\",\"changes\":[";
}

void ChangesReplyWriter::add(const QString &key, qint64 rev, bool deleted, const QByteArray &dataJson)
{
    if (!m_firstChange)
        m_out += ',';
    m_firstChange = false;
    m_out += "{\"key\":" + jsonString(key).toUtf8() + ",\"rev\":" + QByteArray::number(rev);
    if (deleted)
        m_out += ",\"deleted\":true}";
    else
        m_out += ",\"data\":" + dataJson + '}';
}

void ChangesReplyWriter::endFeed(qint64 cursor, bool more, qint64 remaining)
{
    m_out += "],\"cursor\":" + QByteArray::number(cursor) + ",\"more\":" + (more ? "true" : "false");
    if (remaining >= 0)
        m_out += ",\"remaining\":" + QByteArray::number(remaining);
    m_out += '}';
}

QByteArray ChangesReplyWriter::finish()
{
    m_out += "]}";
    return std::move(m_out);
}

std::optional<ChangesReply> decodeChangesReply(
    const QByteArray &body, const ChangesRequest &request, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? u"not JSON: %1 at offset %2"_s.arg(pe.errorString()).arg(pe.offset)
            : u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonValue feeds = doc.object().value(u"feeds"_s);
    if (!feeds.isArray()) {
        *error = u"\"feeds\" is missing"_s;
        return std::nullopt;
    }
    ChangesReply reply;
    QSet<Feed> seen;
    qsizetype total = 0;
    for (const QJsonValue &fv : feeds.toArray()) {
        const QJsonObject fo = fv.toObject();
        const auto feed = feedFromName(fo.value(u"feed"_s).toString());
        if (!fv.isObject() || !feed || seen.contains(*feed)) {
            *error = u"a feed is unknown or named twice"_s;
            return std::nullopt;
        }
        seen.insert(*feed);
        FeedPage page;
        page.feed = *feed;
        const qint64 from = request.cursors.value(*feed, 0);
        const QJsonValue cursor = fo.value(u"cursor"_s);
        if (!cursor.isDouble() || cursor.toInteger() < from || !fo.value(u"more"_s).isBool()) {
            *error = u"%1: the cursor is missing or goes back"_s.arg(feedName(*feed));
            return std::nullopt;
        }
        page.cursor = cursor.toInteger();
        page.more = fo.value(u"more"_s).toBool();
        page.remaining = std::max<qint64>(-1, fo.value(u"remaining"_s).toInteger(-1));
        const QJsonValue changes = fo.value(u"changes"_s);
        if (!changes.isArray()) {
            *error = u"%1: \"changes\" is missing"_s.arg(feedName(*feed));
            return std::nullopt;
        }
        qint64 lastRev = from;
        for (const QJsonValue &cv : changes.toArray()) {
            const QJsonObject co = cv.toObject();
            Change c;
            c.key = co.value(u"key"_s).toString();
            c.rev = co.value(u"rev"_s).toInteger(-1);
            c.deleted = co.value(u"deleted"_s).toBool(false);
            if (!c.deleted)
                c.data = co.value(u"data"_s).toObject();
            // In revision order, after the cursor the register asked from, up to the new one.
            if (!cv.isObject() || c.rev <= lastRev || c.rev > page.cursor) {
                *error = u"%1: change \"%2\" is out of order"_s.arg(feedName(*feed), c.key.left(64));
                return std::nullopt;
            }
            lastRev = c.rev;
            if (!c.deleted) {
                if (!co.value(u"data"_s).isObject()) {
                    *error = u"%1 \"%2\": no data"_s.arg(feedName(*feed), c.key.left(64));
                    return std::nullopt;
                }
                if (const QString why = validateChange(*feed, c.key, c.data); !why.isEmpty()) {
                    *error = u"%1 \"%2\": %3"_s.arg(feedName(*feed), c.key.left(64), why);
                    return std::nullopt;
                }
            } else if (!isValidKey(c.key)) {
                *error = u"%1: a deleted record has no usable key"_s.arg(feedName(*feed));
                return std::nullopt;
            }
            page.changes.append(std::move(c));
        }
        total += page.changes.size();
        reply.feeds.append(std::move(page));
    }
    if (total > request.limit) {
        *error = u"%1 changes, more than the %2 asked for"_s.arg(total).arg(request.limit);
        return std::nullopt;
    }
    std::sort(reply.feeds.begin(), reply.feeds.end(),
        [](const FeedPage &a, const FeedPage &b) { return int(a.feed) < int(b.feed); });
    return reply;
}

} // namespace comptoir::sync
