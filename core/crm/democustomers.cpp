// SPDX-License-Identifier: GPL-3.0-or-later
#include "democustomers.h"

#include "crm/customerdirectory.h"
#include "scan/gtin.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

namespace {

constexpr std::array kFirstNames = {u"Marie", u"Jean", u"Camille", u"Nicolas", u"Léa", u"Thomas", u"Manon",
    u"Julien", u"Chloé", u"Maxime", u"Inès", u"Lucas", u"Élodie", u"Karim", u"Sophie", u"Hugo", u"Emma",
    u"Antoine", u"Sarah", u"Mathieu", u"Laura", u"Alexandre", u"Zoé", u"Romain", u"Juliette", u"Yasmine",
    u"Théo", u"Anaïs", u"Mehdi", u"Clémence", u"Baptiste", u"Océane", u"Louis", u"Pauline", u"Gabriel",
    u"Margaux", u"Raphaël", u"Lucie", u"Arthur", u"Aurélie", u"Noah", u"Fatima", u"Jules", u"Hélène", u"Adam",
    u"Céline", u"Paul", u"Amandine", u"Victor", u"Nathalie", u"Enzo", u"Isabelle", u"Quentin", u"Valérie",
    u"Samuel", u"Mélanie", u"François", u"Agathe", u"Étienne", u"Rose"};
constexpr std::array kLastNames = {u"Martin", u"Bernard", u"Dubois", u"Thomas", u"Robert", u"Richard",
    u"Petit", u"Durand", u"Leroy", u"Moreau", u"Simon", u"Laurent", u"Lefèvre", u"Michel", u"Garcia",
    u"David", u"Bertrand", u"Roux", u"Vincent", u"Fournier", u"Morel", u"Girard", u"André", u"Lefebvre",
    u"Mercier", u"Dupont", u"Lambert", u"Bonnet", u"François", u"Martinez", u"Legrand", u"Garnier", u"Faure",
    u"Rousseau", u"Blanc", u"Guérin", u"Muller", u"Henry", u"Roussel", u"Nicolas", u"Perrin", u"Morin",
    u"Mathieu", u"Clément", u"Gauthier", u"Dumont", u"Lopez", u"Fontaine", u"Chevalier", u"Robin", u"Masson",
    u"Sanchez", u"Gérard", u"Nguyen", u"Boyer", u"Denis", u"Lemaire", u"Duval", u"Joly", u"Benali", u"Haddad",
    u"Le Gall", u"Kerouac", u"Da Silva", u"Traoré", u"Diallo"};
constexpr std::array kDomains = {u"example.fr", u"example.com", u"mail.example.org", u"exemple.fr"};
constexpr std::array kInterests = {u"fashion", u"sport", u"fine-food", u"wine", u"books", u"home", u"kids"};

// A well-mixed, reversible-enough scramble of the index (splitmix64 finaliser).
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString ascii(const QString &name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace

QList<std::pair<QString, QJsonObject>> DemoCustomers::showcase(const QString &homeStore)
{
    const QString at = u"2026-01-15T10:00:00.000Z"_s;
    const auto consent = [&](const char *purpose, const char *channel, bool granted) {
        return QJsonObject {{u"purpose"_s, QLatin1StringView(purpose)},
            {u"channel"_s, QLatin1StringView(channel)}, {u"granted"_s, granted}, {u"at"_s, at},
            {u"source"_s, u"store"_s}};
    };
    return {
        {u"C-000001"_s,
            QJsonObject {{u"display_name"_s, u"Élodie Martin"_s}, {u"first_name"_s, u"Élodie"_s},
                {u"last_name"_s, u"Martin"_s}, {u"cards"_s, QJsonArray {u"2900000000018"_s}},
                {u"phone"_s, u"+33612345678"_s}, {u"email"_s, u"elodie.martin@example.fr"_s},
                {u"tier"_s, u"premium"_s}, {u"points"_s, 1240}, {u"offline_redeem_cents"_s, 1000},
                {u"consents"_s,
                    QJsonArray {consent("marketing", "email", true),
                        consent("personalised-offers", "any", true), consent("analytics", "any", true)}},
                {u"interests"_s, QJsonArray {u"fine-food"_s, u"wine"_s}}, {u"home_store"_s, homeStore}}},
        {u"C-000002"_s,
            QJsonObject {{u"display_name"_s, u"Karim Benali"_s}, {u"first_name"_s, u"Karim"_s},
                {u"last_name"_s, u"Benali"_s}, {u"cards"_s, QJsonArray {u"2900000000025"_s}},
                {u"phone"_s, u"+33698765432"_s}, {u"tier"_s, u"standard"_s}, {u"points"_s, 85},
                {u"consents"_s, QJsonArray {consent("marketing", "sms", false)}},
                {u"interests"_s, QJsonArray {u"sport"_s}}, {u"home_store"_s, homeStore}}},
    };
}

QJsonObject DemoCustomers::loyaltyProgram()
{
    return {{u"enabled"_s, true}, {u"points_per_euro"_s, 1}, {u"point_value_cents"_s, 5}};
}

QList<std::pair<QString, QJsonObject>> DemoCustomers::offers()
{
    const QString from = u"2026-01-01T00:00:00.000Z"_s;
    const QString to = u"2027-12-31T23:59:59.000Z"_s;
    return {
        {u"OFFRE-EPICERIE-10"_s,
            QJsonObject {{u"title"_s, u"-10 % sur l'épicerie fine"_s}, {u"starts_at"_s, from},
                {u"ends_at"_s, to}, {u"single_use"_s, true},
                {u"target"_s, QJsonObject {{u"interests"_s, QJsonArray {u"fine-food"_s}}}},
                {u"reward"_s, QJsonObject {{u"percent_off"_s, 10}, {u"category"_s, u"epicerie"_s}}}}},
        {u"OFFRE-PREMIUM-5"_s,
            QJsonObject {{u"title"_s, u"5 € offerts dès 30 € d'achats"_s}, {u"starts_at"_s, from},
                {u"ends_at"_s, to}, {u"single_use"_s, true},
                {u"target"_s, QJsonObject {{u"tiers"_s, QJsonArray {u"premium"_s, u"vip"_s}}}},
                {u"reward"_s, QJsonObject {{u"amount_off_cents"_s, 500}, {u"min_basket_cents"_s, 3000}}}}},
        {u"OFFRE-CAFE-20"_s,
            QJsonObject {{u"title"_s, u"Votre café à -20 %"_s}, {u"starts_at"_s, from}, {u"ends_at"_s, to},
                {u"single_use"_s, true},
                {u"target"_s,
                    QJsonObject {{u"bought"_s,
                        QJsonObject {{u"skus"_s, QJsonArray {u"EPIC-0002"_s}}, {u"within_days"_s, 60}}}}},
                {u"reward"_s,
                    QJsonObject {{u"percent_off"_s, 20}, {u"skus"_s, QJsonArray {u"EPIC-0002"_s}}}}}},
    };
}

Status DemoCustomers::writeOffers(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO offers (id, title, starts_at, ends_at, hq_rev, body) VALUES (?, ?, ?, ?, 0, ?) "
              "ON CONFLICT (id) DO NOTHING"_s);
    for (const auto &[id, offer] : offers()) {
        for (const QVariant &v : QVariantList {id, offer.value(u"title"_s).toString(),
                 offer.value(u"starts_at"_s).toString(), offer.value(u"ends_at"_s).toString(),
                 QString::fromUtf8(QJsonDocument(offer).toJson(QJsonDocument::Compact))})
            q.addBindValue(v);
        if (auto s = exec(q, "writing the demo offers"); !s)
            return s;
    }
    return Ok {};
}

Status DemoCustomers::writeShowcase(QSqlDatabase db, const QString &homeStore)
{
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    CustomerWriter writer(db);
    for (const auto &[id, record] : showcase(homeStore)) {
        if (auto s = writer.upsert(id, record, 1); !s)
            return s;
    }
    return tx.commit();
}

QString DemoCustomers::idOf(qint64 index)
{
    return u"G-%1"_s.arg(index + 1, 7, 10, QLatin1Char('0'));
}

QString DemoCustomers::cardOf(qint64 index)
{
    // "291...": the demo store's own customers hold "290..." cards.
    return gtin::withCheckDigit(u"291%1"_s.arg(index + 1, 9, 10, QLatin1Char('0')));
}

QJsonObject DemoCustomers::record(qint64 index)
{
    const quint64 h = mix(quint64(index));
    const QString first = QString::fromUtf16(kFirstNames[h % kFirstNames.size()]);
    const QString last = QString::fromUtf16(kLastNames[(h >> 8) % kLastNames.size()]);
    // Distinct mobile numbers: 06/07 then the index spread over 8 digits (an odd multiplier
    // modulo 10^8 is a bijection as long as it is coprime with 10).
    const quint64 line = (quint64(index) * 48271ULL + 12345ULL) % 100'000'000ULL;
    const QString mobile = u"0%1 %2 %3 %4 %5"_s.arg((h >> 16) % 2 ? 6 : 7)
                               .arg(line / 1'000'000, 2, 10, QLatin1Char('0'))
                               .arg(line / 10'000 % 100, 2, 10, QLatin1Char('0'))
                               .arg(line / 100 % 100, 2, 10, QLatin1Char('0'))
                               .arg(line % 100, 2, 10, QLatin1Char('0'));
    const QString email = u"%1.%2%3@%4"_s.arg(ascii(first), ascii(last))
                              .arg(index + 1)
                              .arg(QString::fromUtf16(kDomains[(h >> 20) % kDomains.size()]));
    const int tierRoll = int((h >> 24) % 1000);
    QJsonArray consents;
    const QString at = u"2026-0%1-1%2T10:00:00Z"_s.arg(1 + (h >> 34) % 9).arg((h >> 38) % 10);
    if ((h >> 30) % 3 != 0)
        consents.append(QJsonObject {{u"purpose"_s, u"personalised-offers"_s}, {u"channel"_s, u"any"_s},
            {u"granted"_s, true}, {u"at"_s, at}, {u"source"_s, u"store"_s}});
    if ((h >> 32) % 2 == 0)
        consents.append(QJsonObject {{u"purpose"_s, u"marketing"_s}, {u"channel"_s, u"email"_s},
            {u"granted"_s, true}, {u"at"_s, at}, {u"source"_s, u"web"_s}});
    QJsonArray interests;
    for (qsizetype i = 0; i < qsizetype(kInterests.size()); ++i) {
        if ((h >> (40 + i)) % 5 == 0)
            interests.append(QString::fromUtf16(kInterests[size_t(i)]));
    }
    return QJsonObject {
        {u"display_name"_s, QString(first + u' ' + last)},
        {u"first_name"_s, first},
        {u"last_name"_s, last},
        {u"phone"_s, mobile},
        {u"email"_s, email},
        {u"tier"_s,
            tierRoll < 5        ? u"vip"_s
                : tierRoll < 35 ? u"premium"_s
                                : u"standard"_s},
        {u"points"_s, qint64((h >> 48) % 5000)},
        {u"cards"_s, QJsonArray {cardOf(index)}},
        {u"consents"_s, consents},
        {u"interests"_s, interests},
        {u"home_store"_s, u"demo-paris-11"_s},
    };
}

Status DemoCustomers::generate(QSqlDatabase db, qint64 count)
{
    constexpr qint64 kPerTransaction = 10'000;
    for (qint64 from = 0; from < count; from += kPerTransaction) {
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        CustomerWriter writer(db);
        for (qint64 i = from; i < std::min(count, from + kPerTransaction); ++i) {
            if (auto s = writer.upsert(idOf(i), record(i), 1); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
    }
    return Ok {};
}

} // namespace comptoir::crm
