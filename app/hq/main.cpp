// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-hq: the reference head office. Serves the registers' API and gives operators
// their tools (stores, registers, enrollment codes, sync status, reports).
#include "hqcheckins.h"
#include "hqcustomers.h"
#include "hqdatabase.h"
#include "hqmasterdata.h"
#include "hqserver.h"
#include "hqservice.h"

#include "staff/pin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using namespace comptoir::hq;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "comptoir-hq: " << message << Qt::endl;
    return 1;
}

QString defaultLocation()
{
    if (const QString env = qEnvironmentVariable("COMPTOIR_HQ_DB"); !env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return u"sqlite:"_s + dir + u"/hq.db"_s;
}

void usage()
{
    out()
        << "usage: comptoir-hq [--db LOCATION] COMMAND [options]\n\n"
           "  serve [--listen ADDR] [--port N] [--cert PEM --key PEM]\n"
           "                      serve the registers' API (prints \"listening PORT\")\n"
           "  demo [--port N]     the demo store \"demo-paris-11\" with register \"01\" (created once), an "
           "enrollment\n"
           "                      code for it, then serve\n"
           "  store-add ID NAME [--country FR] [--timezone Europe/Paris]\n"
           "  register-add STORE ID [--label TEXT]\n"
           "  enroll-code STORE REGISTER [--hours 24]   a one-time code for the register to enroll\n"
           "  operator-token NAME  a token for the reports and status API (shown once)\n"
           "  status [--store ID]  per register: last contact, backlog, tickets, chain status\n"
           "  report --from DAY --to DAY [--store ID]   sales per store and day (JSON)\n"
           "  import-catalog FILE.csv     the chain's catalog (README \"Catalog CSV\"): bad rows listed\n"
           "  demo-catalog [--products N] publish the demo catalog (N products, default 5000)\n"
           "  price-set STORE SKU PRICE   the store's own price (\"2,49\"); price-clear STORE SKU\n"
           "  setting-set STORE KEY JSON  payment.offline, payment.health_interval_s,\n"
           "                      payment.terminals/REGISTER, store.profile\n"
           "  clerk-set STORE ID NAME ROLE  a clerk of the store (PIN of 4 to 6 digits on stdin, kept\n"
           "                      as an Argon2id hash); ROLE: cashier, supervisor, manager or one\n"
           "                      published in the roles feed; clerk-retire STORE ID\n"
           "  publish FEED FILE.json [--store ID]   records [{\"key\", \"data\"} | {\"key\", \"deleted\"}]\n"
           "                      FEED: settings categories products prices customers offers\n"
           "                      roles clerks\n"
           "  feeds               master data per feed: records, last revision\n"
           "  anonymise CUSTOMER  erase a customer: record withdrawn from every store, tickets kept\n"
           "                      with their figures and signatures but without the link\n"
           "  checkin CUSTOMER STORE  a customer arrived (as a store app or a kiosk says): a premium\n"
           "                      customer who consents is announced to the store's registers\n"
           "  order-add FILE.json  an order from the web shop (as POST /api/v1/orders): the\n"
           "                      customer's history and points\n"
           "  customer-search TEXT  customers by name, phone, e-mail or card, as registers search\n"
           "  history CUSTOMER    the customer's tickets and online orders, newest first\n"
           "  conflicts [CUSTOMER]  fields edited at a register and at head office both: what was\n"
           "                      kept and what lost\n\n"
           "LOCATION: sqlite:/path/hq.db or postgresql://user@host:port/db (password in\n"
           "$COMPTOIR_HQ_DB_PASSWORD); default $COMPTOIR_HQ_DB, else sqlite: in the data directory.\n"
        << Qt::flush;
}

// The rest of the demo chain: a store in Lyon with a customer of its own (found from Paris
// through head office's search) and web shop orders in Élodie Martin's history.
Status publishDemoChain(HqService &service, HqMasterData &masterData)
{
    if (auto s = service.createStore(u"demo-lyon-02"_s, u"Comptoir Démo — Lyon 2e"_s); !s)
        return s;
    const QJsonObject lucie {{u"display_name"_s, u"Lucie Fontaine"_s}, {u"first_name"_s, u"Lucie"_s},
        {u"last_name"_s, u"Fontaine"_s}, {u"tier"_s, u"vip"_s}, {u"points"_s, 2310},
        {u"phone"_s, u"06 45 67 89 12"_s}, {u"email"_s, u"lucie.fontaine@example.fr"_s},
        {u"cards"_s, QJsonArray {u"2900000000049"_s}}, {u"interests"_s, QJsonArray {u"wine"_s, u"books"_s}},
        {u"home_store"_s, u"demo-lyon-02"_s}};
    if (auto n =
            masterData.publish(sync::Feed::Customers, u"demo-lyon-02"_s, {{u"C-000101"_s, false, lucie}});
        !n)
        return n.error();
    HqCustomers customers(service.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<HqCustomers::OnlineOrder> orders {
        {u"WEB-2026-0412"_s, u"C-000001"_s, now.addDays(-9), 6490, {u"EPIC-0001"_s, u"EPIC-0002"_s}, 3, {},
            0},
        {u"WEB-2026-0587"_s, u"C-000001"_s, now.addDays(-2), 2850, {u"EPIC-0002"_s}, 1, {}, 0},
    };
    for (const HqCustomers::OnlineOrder &order : orders) {
        if (auto recorded = customers.recordOnlineOrder(order); !recorded)
            return recorded.error();
    }
    return Ok {};
}

int serve(HqService &service, const QString &listen, quint16 port, const QString &cert, const QString &key)
{
    HqMasterData masterData(service.database());
    HqServer server(service, masterData);
    QString error;
    const quint16 bound = server.listen(QHostAddress(listen), port, cert, key, &error);
    if (!bound)
        return fail(error);
    out() << "listening " << bound << (cert.isEmpty() ? " http" : " https") << Qt::endl;
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"comptoir-hq"_s);
    QCoreApplication::setOrganizationName(u"Comptoir"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    QCommandLineParser p;
    p.addOption({u"db"_s, u"database"_s, u"location"_s});
    p.addOption({u"listen"_s, u"address"_s, u"address"_s, u"127.0.0.1"_s});
    p.addOption({u"port"_s, u"port"_s, u"port"_s, u"8443"_s});
    p.addOption({u"cert"_s, u"certificate"_s, u"file"_s});
    p.addOption({u"key"_s, u"private key"_s, u"file"_s});
    p.addOption({u"country"_s, u"country"_s, u"code"_s, u"FR"_s});
    p.addOption({u"timezone"_s, u"time zone"_s, u"zone"_s, u"Europe/Paris"_s});
    p.addOption({u"label"_s, u"label"_s, u"text"_s});
    p.addOption({u"hours"_s, u"validity"_s, u"hours"_s, u"24"_s});
    p.addOption({u"store"_s, u"store"_s, u"id"_s});
    p.addOption({u"from"_s, u"first day"_s, u"day"_s});
    p.addOption({u"to"_s, u"last day"_s, u"day"_s});
    p.addOption({u"products"_s, u"products"_s, u"count"_s, u"5000"_s});
    p.addOption({{u"h"_s, u"help"_s}, u"help"_s});
    p.addPositionalArgument(u"command"_s, u"command"_s);
    if (!p.parse(app.arguments()))
        return fail(p.errorText());
    const QStringList args = p.positionalArguments();
    if (p.isSet(u"help"_s) || args.isEmpty()) {
        usage();
        return args.isEmpty() && !p.isSet(u"help"_s) ? 2 : 0;
    }

    HqDatabase db(p.isSet(u"db"_s) ? p.value(u"db"_s) : defaultLocation());
    if (auto s = db.open(); !s)
        return fail(s.error().message);
    HqService service(db);
    HqMasterData masterData(db);
    const QString command = args.first();
    const auto need = [&](int n) {
        return args.size() >= n + 1;
    };

    if (command == u"serve"_s)
        return serve(service, p.value(u"listen"_s), quint16(p.value(u"port"_s).toUInt()), p.value(u"cert"_s),
            p.value(u"key"_s));
    if (command == u"demo"_s) {
        const auto demo = service.syncStatus(u"demo-paris-11"_s);
        if (!demo)
            return fail(demo.error().message);
        if (demo->isEmpty()) {
            if (auto s = service.createStore(u"demo-paris-11"_s, u"Comptoir Démo — Paris 11e"_s); !s)
                return fail(s.error().message);
            if (auto s = service.createRegister(u"demo-paris-11"_s, u"01"_s, u"Caisse 01"_s); !s)
                return fail(s.error().message);
            if (auto s = masterData.publishDemoStore(u"demo-paris-11"_s); !s)
                return fail(s.error().message);
            if (auto s = publishDemoChain(service, masterData); !s)
                return fail(s.error().message);
            const auto n = masterData.publishDemoCatalog(p.value(u"products"_s).toLongLong());
            if (!n)
                return fail(n.error().message);
            out() << "demo catalog: " << *n << " records published" << Qt::endl;
        }
        const auto code = service.createEnrollmentCode(u"demo-paris-11"_s, u"01"_s);
        if (!code)
            return fail(code.error().message);
        out() << "store demo-paris-11, register 01: enrollment code " << *code << Qt::endl;
        return serve(service, p.value(u"listen"_s), quint16(p.value(u"port"_s).toUInt()), p.value(u"cert"_s),
            p.value(u"key"_s));
    }
    if (command == u"store-add"_s && need(2)) {
        if (auto s = service.createStore(args[1], args[2], p.value(u"country"_s), p.value(u"timezone"_s)); !s)
            return fail(s.error().message);
        out() << "store " << args[1] << " created" << Qt::endl;
        return 0;
    }
    if (command == u"register-add"_s && need(2)) {
        if (auto s = service.createRegister(args[1], args[2], p.value(u"label"_s)); !s)
            return fail(s.error().message);
        out() << "register " << args[2] << " of store " << args[1] << " created" << Qt::endl;
        return 0;
    }
    if (command == u"enroll-code"_s && need(2)) {
        const auto code = service.createEnrollmentCode(args[1], args[2], p.value(u"hours"_s).toInt());
        if (!code)
            return fail(code.error().message);
        out() << *code << Qt::endl;
        return 0;
    }
    if (command == u"operator-token"_s && need(1)) {
        const auto token = service.createOperatorToken(args[1]);
        if (!token)
            return fail(token.error().message);
        out() << *token << Qt::endl;
        return 0;
    }
    if (command == u"status"_s) {
        const auto status = service.syncStatus(p.value(u"store"_s));
        if (!status)
            return fail(status.error().message);
        const QJsonArray &rows = *status;
        out() << "store     register  last contact              backlog  tickets  chain\n";
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            out() << r.value(u"store"_s).toString().leftJustified(9) << ' '
                  << r.value(u"register"_s).toString().leftJustified(9) << ' '
                  << (r.value(u"last_contact_at"_s).toString().isEmpty()
                             ? u"never"_s
                             : r.value(u"last_contact_at"_s).toString())
                         .leftJustified(25)
                  << ' ' << QString::number(r.value(u"backlog"_s).toInteger()).rightJustified(7) << ' '
                  << QString::number(r.value(u"tickets"_s).toInteger()).rightJustified(8) << "  "
                  << r.value(u"chain_status"_s).toString() << " through "
                  << r.value(u"chain_verified_through"_s).toInteger()
                  << (r.value(u"chain_detail"_s).toString().isEmpty()
                             ? QString()
                             : u": "_s + r.value(u"chain_detail"_s).toString())
                  << '\n';
        }
        out() << Qt::flush;
        return 0;
    }
    if (command == u"report"_s) {
        const auto report = service.salesReport(p.value(u"from"_s), p.value(u"to"_s), p.value(u"store"_s));
        if (!report)
            return fail(report.error().message);
        out() << QJsonDocument(*report).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    if (command == u"import-catalog"_s && need(1)) {
        const CsvImportReport report = masterData.importCatalog(args[1]);
        for (const auto &e : report.errors)
            out() << "line " << e.line << ": " << e.message << '\n';
        if (!report.ok())
            return fail(report.fatal);
        out() << report.rowsRead << " rows read, " << report.imported << " products published, "
              << report.errors.size() << " refused" << Qt::endl;
        return report.errors.isEmpty() ? 0 : 3;
    }
    if (command == u"demo-catalog"_s) {
        const auto n = masterData.publishDemoCatalog(p.value(u"products"_s).toLongLong(), [](qint64 done) {
            if (done % 100000 == 0)
                out() << done << " products\n" << Qt::flush;
        });
        if (!n)
            return fail(n.error().message);
        out() << *n << " records changed" << Qt::endl;
        return 0;
    }
    const auto publishOne = [&](sync::Feed feed, const QString &store,
                                const QList<HqMasterData::Record> &records) {
        const auto n = masterData.publish(feed, store, records);
        if (!n)
            return fail(n.error().message);
        out() << sync::feedName(feed) << ": " << *n << " record(s) changed" << Qt::endl;
        return 0;
    };
    if (command == u"price-set"_s && need(3)) {
        const auto price = Money::parse(args[3]);
        if (!price || price->isNegative())
            return fail(u"\"%1\" is not a price"_s.arg(args[3]));
        return publishOne(sync::Feed::Prices, args[1],
            {{args[2], false, QJsonObject {{u"price_cents"_s, price->cents()}}}});
    }
    if (command == u"price-clear"_s && need(2))
        return publishOne(sync::Feed::Prices, args[1], {{args[2], true, {}}});
    if (command == u"clerk-set"_s && need(4)) {
        // The PIN never on the command line (ps, shell history): one line on stdin.
        const QString pinText = QTextStream(stdin).readLine().trimmed();
        const auto hashed = pin::hash(pinText);
        if (!hashed)
            return fail(hashed.error().message);
        return publishOne(sync::Feed::Clerks, args[1],
            {{args[2], false,
                QJsonObject {{u"name"_s, args[3]}, {u"role"_s, args[4]}, {u"pin_hash"_s, *hashed},
                    {u"active"_s, true}}}});
    }
    if (command == u"clerk-retire"_s && need(2))
        return publishOne(sync::Feed::Clerks, args[1], {{args[2], true, {}}});
    if (command == u"setting-set"_s && need(3)) {
        QJsonParseError pe;
        const QJsonDocument value = QJsonDocument::fromJson("[" + args[3].toUtf8() + "]", &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(u"the value is not JSON: "_s + pe.errorString());
        return publishOne(sync::Feed::Settings, args[1],
            {{args[2], false, QJsonObject {{u"value"_s, value.array().first()}}}});
    }
    if (command == u"publish"_s && need(2)) {
        const auto feed = sync::feedFromName(args[1]);
        if (!feed)
            return fail(u"unknown feed \"%1\""_s.arg(args[1]));
        QFile f(args[2]);
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"cannot read "_s + args[2]);
        const auto records = HqMasterData::recordsFromJson(f.readAll());
        if (!records)
            return fail(records.error().message);
        return publishOne(*feed, p.value(u"store"_s), *records);
    }
    if (command == u"anonymise"_s && need(1)) {
        // Tickets first: a second run finishes what a first one cut short.
        const auto tickets = service.anonymiseCustomer(args[1]);
        if (!tickets)
            return fail(tickets.error().message);
        const auto stores = masterData.withdrawCustomer(args[1]);
        if (!stores)
            return fail(stores.error().message);
        out() << "customer " << args[1] << " anonymised: " << *tickets
              << " ticket(s) unlinked, record withdrawn from " << *stores << " store(s)" << Qt::endl;
        return 0;
    }
    if (command == u"checkin"_s && need(2)) {
        HqCheckins checkins(service.database());
        const auto outcome = checkins.checkIn(args[1], args[2], u"cli"_s);
        if (!outcome)
            return fail(outcome.error().message);
        out() << (outcome->notified ? "announced to the registers of " : "not announced at ") << args[2]
              << ": " << outcome->reason << Qt::endl;
        return 0;
    }
    if (command == u"order-add"_s && need(1)) {
        QFile f(args[1]);
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"cannot read "_s + args[1]);
        const auto order = HqCustomers::orderFromJson(QJsonDocument::fromJson(f.readAll()).object());
        if (!order)
            return fail(order.error().message);
        const auto recorded = HqCustomers(service.database()).recordOnlineOrder(*order);
        if (!recorded)
            return fail(recorded.error().message);
        out() << "order " << order->id << (*recorded ? " recorded" : " already recorded, nothing moved")
              << Qt::endl;
        return 0;
    }
    if (command == u"customer-search"_s && need(1)) {
        const auto found = HqCustomers(service.database()).search(args[1], 20);
        if (!found)
            return fail(found.error().message);
        for (const QJsonValue &v : *found) {
            const QJsonObject r = v.toObject().value(u"record"_s).toObject();
            out() << v.toObject().value(u"id"_s).toString() << '\t' << r.value(u"display_name"_s).toString()
                  << '\t' << r.value(u"phone"_s).toString() << '\t' << r.value(u"email"_s).toString() << '\n';
        }
        out() << found->size() << " customer(s)" << Qt::endl;
        return 0;
    }
    if (command == u"history"_s && need(1)) {
        const auto entries = HqCustomers(service.database()).history(args[1], 50);
        if (!entries)
            return fail(entries.error().message);
        for (const QJsonValue &v : *entries) {
            const QJsonObject e = v.toObject();
            out() << e.value(u"at"_s).toString() << '\t' << e.value(u"channel"_s).toString() << '\t'
                  << (e.value(u"channel"_s).toString() == u"online"_s ? e.value(u"id"_s).toString()
                                                                      : e.value(u"store"_s).toString() +
                                 u" n° "_s + QString::number(e.value(u"number"_s).toInteger()))
                  << '\t' << e.value(u"total_cents"_s).toInteger() << " cents\t+"
                  << e.value(u"points_earned"_s).toInteger() << " -"
                  << e.value(u"points_redeemed"_s).toInteger() << " points\n";
        }
        out() << entries->size() << " entr" << (entries->size() == 1 ? "y" : "ies") << Qt::endl;
        return 0;
    }
    if (command == u"conflicts"_s) {
        const auto conflicts = HqCustomers(service.database()).conflicts(args.value(1), 200);
        if (!conflicts)
            return fail(conflicts.error().message);
        for (const QJsonValue &v : *conflicts) {
            const QJsonObject c = v.toObject();
            out() << c.value(u"resolved_at"_s).toString() << '\t' << c.value(u"customer"_s).toString() << '\t'
                  << c.value(u"field"_s).toString() << "\tkept " << c.value(u"winner"_s).toString() << "'s \""
                  << c.value(u"kept"_s).toString() << "\", not \"" << c.value(u"lost"_s).toString() << "\" ("
                  << c.value(u"store"_s).toString() << '/' << c.value(u"register"_s).toString() << " at "
                  << c.value(u"edited_at"_s).toString() << ")\n";
        }
        out() << conflicts->size() << " conflict(s)" << Qt::endl;
        return 0;
    }
    if (command == u"feeds"_s) {
        const auto feeds = masterData.status();
        if (!feeds)
            return fail(feeds.error().message);
        out() << "feed        store           records  deleted  revision\n";
        for (const QJsonValue &v : *feeds) {
            const QJsonObject f = v.toObject();
            out() << f.value(u"feed"_s).toString().leftJustified(11) << ' '
                  << (f.value(u"store"_s).toString().isEmpty() ? u"(chain)"_s
                                                               : f.value(u"store"_s).toString())
                         .leftJustified(15)
                  << QString::number(f.value(u"records"_s).toInteger()).rightJustified(8) << ' '
                  << QString::number(f.value(u"deleted"_s).toInteger()).rightJustified(8) << ' '
                  << QString::number(f.value(u"revision"_s).toInteger()).rightJustified(9) << '\n';
        }
        out() << Qt::flush;
        return 0;
    }
    usage();
    return 2;
}
