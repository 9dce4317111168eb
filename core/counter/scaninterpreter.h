// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"
#include "crm/customer.h"
#include "scan/barcodedecoder.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace comptoir {

class Catalog;

// What one scan means at this register: a product, a customer's loyalty card, a card of the
// chain this register does not know, or something refused. The counter and `comptoirctl
// decode` both ask here, so a loyalty card is never taken for an article and the two agree.
struct ScanMeaning
{
    enum class Kind {
        Product, // `product`, with what the code carried (`scan`: weight, price, batch, expiry)
        Customer, // `customer`: a loyalty card this register knows
        UnknownCard, // a card of the chain (its prefixes) that is not on this register
        Refused, // misread, or not in the catalog: `message` says what to do
    };

    Kind kind = Kind::Refused;
    ScanResult scan;
    std::optional<Product> product;
    std::optional<crm::Customer> customer;
    QString card; // the card number, for Customer and UnknownCard
    QString message; // translated, for the clerk, when the scan cannot be used
    bool expired = false; // a product whose GS1 expiry date has passed
};

class ScanInterpreter
{
public:
    // `cardPrefixes`: how the chain's loyalty cards begin (setting crm.card_prefixes).
    ScanInterpreter(
        QSqlDatabase db, const Catalog &catalog, BarcodeDecoder decoder, QStringList cardPrefixes);

    // The register's own settings: variable-measure rules and card prefixes.
    static BarcodeDecoder decoderFor(QSqlDatabase db);
    static QStringList cardPrefixesFor(QSqlDatabase db);

    ScanMeaning interpret(const QString &raw, const QDate &today) const;
    const BarcodeDecoder &decoder() const { return m_decoder; }
    const QStringList &cardPrefixes() const { return m_cardPrefixes; }

private:
    QSqlDatabase m_db;
    const Catalog &m_catalog;
    BarcodeDecoder m_decoder;
    QStringList m_cardPrefixes;
};

} // namespace comptoir
