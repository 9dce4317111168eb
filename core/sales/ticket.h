// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "money/vatrate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir {

struct Clerk
{
    QString id;
    QString name;
    friend bool operator==(const Clerk &, const Clerk &) = default;
};

struct TicketLine
{
    int position = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    QString barcode;
    qint64 quantityMilli = 0;
    bool weighed = false;
    Money unitPrice;
    Money lineDiscount;
    Money basketDiscount;
    Money total; // after both discounts
    VatRate vat;
    QString returnReason;
    QString batch;
    // A line returned against an earlier ticket: "<its uuid>#<its line position>". Signed.
    QString returnsOf;
    friend bool operator==(const TicketLine &, const TicketLine &) = default;
};

struct TicketTender
{
    int position = 0;
    QString kind; // "cash", "card", "cheque", "voucher"
    Money amount; // as tendered (cash before change)
    QString reference;
    friend bool operator==(const TicketTender &, const TicketTender &) = default;
};

struct TicketVat
{
    VatRate rate;
    Money net;
    Money vat;
    Money gross;
    friend bool operator==(const TicketVat &, const TicketVat &) = default;
};

// A fiscal ticket: once recorded, never changed. Its hash covers its canonical content, which
// includes the previous ticket's hash of the same register (the chain).
struct Ticket
{
    static constexpr int kFormatVersion = 1;

    QString uuid; // UUIDv7, made at the register
    QString storeId;
    QString registerId;
    qint64 number = 0; // per register, from 1, without gaps
    QString kind; // "sale" or "void" (reversal of `reversesUuid`)
    QDateTime createdAt; // UTC, millisecond precision
    Clerk clerk;
    QList<TicketLine> lines;
    QList<TicketTender> tenders;
    QList<TicketVat> vat;
    Money total;
    Money change;
    Money grandTotal; // signed running total of the register, never reset
    Money perpetualTotal; // running total of absolute values (sales + refunds + voids)
    QString reversesUuid;
    QString note;
    bool training = false;
    QString previousHash;
    QString hash;
    // The customer the sale was for (head office's id). Not in the signed content: the chain
    // stays intact when a customer is anonymised and the link is cut.
    QString customerId;
    // The loyalty points the ticket earned and redeemed for that customer (crm/loyalty.h):
    // head office counts them once, when the ticket arrives. Redeemed points are also a
    // tender ("loyalty"), which is signed.
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    // The customer's personalised offers (coupons) the sale used: head office counts each
    // single-use one once per customer. Their discounts are in the signed lines.
    QStringList offers;

    // Sorted keys, no whitespace, integers only, UTF-8: the documented signed form (README,
    // "Fiscal journal"). Everything but `hash` is in it.
    QByteArray canonical() const;
    QString computeHash() const; // lower-case hex SHA-256 of canonical()

    QJsonObject toJson() const; // canonical content plus the hash and the customer
    static std::optional<Ticket> fromJson(const QJsonObject &o);

    QString shortHash() const { return hash.left(8) + u'…' + hash.right(4); }

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

inline const QString &genesisHash()
{
    static const QString h(64, QLatin1Char('0'));
    return h;
}

} // namespace comptoir
