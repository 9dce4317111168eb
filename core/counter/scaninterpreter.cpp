// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaninterpreter.h"

#include "catalog/catalog.h"
#include "crm/customerdirectory.h"
#include "crm/customertext.h"
#include "scan/gtin.h"
#include "storage/settingstable.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

ScanInterpreter::ScanInterpreter(
    QSqlDatabase db, const Catalog &catalog, BarcodeDecoder decoder, QStringList cardPrefixes)
    : m_db(std::move(db))
    , m_catalog(catalog)
    , m_decoder(std::move(decoder))
    , m_cardPrefixes(std::move(cardPrefixes))
{
    for (QString &p : m_cardPrefixes)
        p = p.trimmed();
    m_cardPrefixes.removeAll(QString());
}

BarcodeDecoder ScanInterpreter::decoderFor(QSqlDatabase db)
{
    BarcodeDecoder decoder;
    const QString rules = SettingsTable(db).value(u"scan.variable_measure_rules"_s);
    if (!rules.isEmpty()) {
        if (auto parsed = VariableMeasureRule::fromJson(rules))
            decoder.setVariableMeasureRules(*parsed);
    }
    return decoder;
}

QStringList ScanInterpreter::cardPrefixesFor(QSqlDatabase db)
{
    return SettingsTable(db).value(u"crm.card_prefixes"_s, u"29"_s).split(u',', Qt::SkipEmptyParts);
}

ScanMeaning ScanInterpreter::interpret(const QString &raw, const QDate &today) const
{
    ScanMeaning m;
    // A loyalty card first: the chain's cards are EAN-13 too, and must never become an article.
    const QString card = crm::cardKey(raw.trimmed());
    if (card.size() >= 6) {
        if (auto customer = crm::CustomerDirectory(m_db).byCard(card)) {
            m.kind = ScanMeaning::Kind::Customer;
            m.customer = std::move(customer);
            m.card = card;
            return m;
        }
        const bool chainCard = gtin::isDigits(card) && card.size() == 13 && gtin::hasValidCheckDigit(card) &&
            std::any_of(m_cardPrefixes.cbegin(), m_cardPrefixes.cend(),
                [&](const QString &prefix) { return card.startsWith(prefix); });
        if (chainCard) {
            m.kind = ScanMeaning::Kind::UnknownCard;
            m.card = card;
            m.message = QCoreApplication::translate("comptoir::ScanInterpreter",
                "Loyalty card %1 is not known on this register: find the customer by name or phone number.")
                            .arg(card);
            return m;
        }
    }
    m.scan = m_decoder.decode(raw);
    if (!m.scan.ok()) {
        m.message = m.scan.clerkMessage();
        return m;
    }
    m.product = m_catalog.productByBarcode(m.scan.lookupCode);
    if (!m.product && m.scan.symbology == ScanResult::Symbology::Internal)
        m.product = m_catalog.productBySku(m.scan.lookupCode);
    if (!m.product) {
        m.message = QCoreApplication::translate(
            "comptoir::ScanInterpreter", "Unknown product %1: put it aside and find it by name.")
                        .arg(m.scan.raw);
        return m;
    }
    m.kind = ScanMeaning::Kind::Product;
    m.expired = m.scan.expiry.isValid() && today.isValid() && m.scan.expiry < today;
    return m;
}

} // namespace comptoir
