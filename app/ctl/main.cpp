// SPDX-License-Identifier: GPL-3.0-or-later
// comptoirctl: what a store's IT does without the GUI.
#include "basket/basketstore.h"
#include "catalog/catalog.h"
#include "catalog/csvimport.h"
#include "catalog/democatalog.h"
#include "closing/closingbook.h"
#include "counter/scaninterpreter.h"
#include "crm/customerdirectory.h"
#include "crm/loyalty.h"
#include "ctlcommon.h"
#include "demo/demostore.h"
#include "print/receiptprinter.h"
#include "salegenerator.h"
#include "sales/checkout.h"
#include "sales/eventjournal.h"
#include "sales/receipt.h"
#include "sales/ticketquery.h"
#include "scan/barcodedecoder.h"
#include "scan/serialscanner.h"
#include "storage/database.h"
#include "storage/settingstable.h"
#include "sync/outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;
using namespace comptoir::ctl;

namespace comptoir::ctl {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    err() << "comptoirctl: " << message << Qt::endl;
    return code;
}

} // namespace comptoir::ctl

namespace {

std::optional<Context> openDatabase(const QString &path, const Database::OpenOptions &options)
{
    Context c;
    c.db = std::make_unique<Database>(path);
    if (auto s = c.db->open(options); !s) {
        fail(s.error().message);
        return std::nullopt;
    }
    c.store = StoreProfile::load(SettingsTable(c.db->connection()));
    return c;
}

int cmdGenerateDemo(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"products"_s, u"Number of products."_s, u"n"_s, u"5000"_s});
    p.addOption({u"seed"_s, u"Random seed."_s, u"seed"_s, u"2018"_s});
    p.addOption({u"csv"_s, u"Write the catalog as CSV to <file> instead of the database."_s, u"file"_s});
    p.process(args);
    const qint64 n = p.value(u"products"_s).toLongLong();
    if (n < 1)
        return fail(u"--products must be at least 1"_s);
    const quint32 seed = p.value(u"seed"_s).toUInt();
    if (p.isSet(u"csv"_s)) {
        QFile f(p.value(u"csv"_s));
        if (!f.open(QIODevice::WriteOnly) || f.write(DemoCatalog::csv(n, seed)) < 0)
            return fail(f.errorString());
        out() << "wrote " << n << " products to " << f.fileName() << Qt::endl;
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    SettingsTable settings(c.db->connection());
    if (settings.value(u"store.id"_s).isEmpty()) {
        if (auto s = DemoStore::profile().save(settings); !s)
            return fail(s.error().message);
    }
    auto s = DemoCatalog::generate(
        c.db->connection(), n, seed, [&](qint64 done) { err() << "\r" << done << " / " << n << Qt::flush; });
    err() << Qt::endl;
    if (!s)
        return fail(s.error().message);
    out() << "generated " << n << " products in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

int cmdImport(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"file"_s, u"CSV file"_s);
    p.process(args);
    if (p.positionalArguments().size() != 1)
        return fail(u"usage: comptoirctl import-catalog FILE.csv"_s);
    CatalogCsvImporter importer(c.db->connection());
    importer.progress = [](qint64 rows) {
        err() << "\r" << rows << " rows" << Qt::flush;
    };
    const auto report = importer.importFile(p.positionalArguments().first());
    err() << Qt::endl;
    for (const auto &e : report.errors)
        out() << "line " << e.line << ": " << e.message << Qt::endl;
    if (!report.ok())
        return fail(report.fatal);
    EventJournal(c.db->connection(), c.store.registerId)
        .record(EventJournal::CatalogImport, u"comptoirctl"_s,
            {{u"file"_s, p.positionalArguments().first()}, {u"imported"_s, report.imported},
                {u"rejected"_s, qint64(report.errors.size())}})
        .ok();
    out() << report.imported << " products imported, " << report.errors.size() << " rows rejected"
          << Qt::endl;
    return report.errors.isEmpty() ? 0 : 3;
}

int cmdVerify(Context &c)
{
    if (auto s = c.db->integrityCheck(); !s) {
        out() << "BROKEN: " << s.error().message << Qt::endl;
        return 2;
    }
    SaleJournal journal(c.db->connection(), c.store);
    const JournalCheck check = journal.verify();
    if (!check.ok) {
        out() << "BROKEN: register " << check.registerId << ", ticket " << check.firstBrokenNumber << ": "
              << check.reason << Qt::endl;
        return 2;
    }
    const JournalCheck events = EventJournal(c.db->connection(), c.store.registerId).verify();
    if (!events.ok) {
        out() << "BROKEN: event journal, event " << events.firstBrokenNumber << ": " << events.reason
              << Qt::endl;
        return 2;
    }
    // A file from before closings existed (schema 24) has none; a read-only copy is not upgraded.
    QSqlQuery hasClosings(c.db->connection());
    const bool closingsKept =
        hasClosings.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'closings'"_s) &&
        hasClosings.next();
    hasClosings.finish();
    JournalCheck closings;
    if (closingsKept) {
        EventJournal jet(c.db->connection(), c.store.registerId);
        closings = ClosingBook(c.db->connection(), c.store, jet).verify();
        if (!closings.ok) {
            out() << "BROKEN: closings of register " << closings.registerId << ", closing "
                  << closings.firstBrokenNumber << ": " << closings.reason << Qt::endl;
            return 2;
        }
    }
    out() << "OK: " << check.ticketsChecked << " tickets, " << events.ticketsChecked << " events and "
          << closings.ticketsChecked << " closings verified; grand total " << check.grandTotal.cents()
          << " cents" << Qt::endl;
    if (!closingsKept)
        out() << "NOTE: this file has no closings table (written before closings existed)" << Qt::endl;
    // What this file alone cannot prove (the hashes are not signed yet, no anchor is kept).
    out() << "NOTE: not compared with head office: the newest tickets, events and closings deleted "
             "together, or a journal rewritten with recomputed hashes, cannot be found from this file alone"
          << Qt::endl;
    return 0;
}

int cmdExport(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"from"_s, u"First ticket number."_s, u"n"_s, u"1"_s});
    p.addOption(
        {u"to"_s, u"Last ticket number."_s, u"n"_s, QString::number(std::numeric_limits<qint64>::max())});
    p.addOption({u"output"_s, u"Write to <file> (default: standard output)."_s, u"file"_s});
    p.process(args);
    SaleJournal journal(c.db->connection(), c.store);
    QFile file;
    if (p.isSet(u"output"_s)) {
        file.setFileName(p.value(u"output"_s));
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return fail(u"cannot write to standard output"_s);
    }
    // One JSON document per line: streamable, and each line is a signed ticket.
    const qint64 from = p.value(u"from"_s).toLongLong();
    const qint64 to = p.value(u"to"_s).toLongLong();
    qint64 count = 0;
    for (qint64 start = from; start <= to; start += 1000) {
        const auto batch = journal.tickets(start, std::min(to, start + 999));
        if (batch.isEmpty())
            break;
        for (const Ticket &t : batch) {
            file.write(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
            file.write("\n");
            ++count;
        }
        if (start > to - 1000)
            break;
    }
    file.flush();
    err() << count << " tickets exported" << Qt::endl;
    return 0;
}

int cmdDecode(Context *c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"codes"_s, u"What the scanner sent (use $'\\x1d' for GS)."_s);
    p.process(args);
    if (p.positionalArguments().isEmpty())
        return fail(u"usage: comptoirctl decode CODE..."_s);
    int status = 0;
    if (!c) {
        const BarcodeDecoder decoder;
        for (const QString &code : p.positionalArguments()) {
            const ScanResult r = decoder.decode(code);
            out() << r.describe() << Qt::endl;
            if (!r.ok()) {
                out() << "clerk sees:   " << r.clerkMessage() << Qt::endl;
                status = 4;
            }
            out() << Qt::endl;
        }
        return status;
    }
    // What the register makes of the scan, in the same order: a loyalty card first.
    QSqlDatabase db = c->db->connection();
    const Catalog catalog(db);
    const ScanInterpreter interpreter(
        db, catalog, ScanInterpreter::decoderFor(db), ScanInterpreter::cardPrefixesFor(db));
    for (const QString &code : p.positionalArguments()) {
        const ScanMeaning m = interpreter.interpret(code, QDate::currentDate());
        switch (m.kind) {
        case ScanMeaning::Kind::Customer:
            out() << "loyalty card: " << m.card << Qt::endl
                  << "customer:     " << m.customer->id
                  << (m.customer->isPremium() ? u" (premium)"_s : QString()) << Qt::endl
                  << "the register attaches the customer to the sale; it is never an article" << Qt::endl;
            break;
        case ScanMeaning::Kind::UnknownCard:
            out() << "loyalty card: " << m.card << " (a card of the chain, prefixes "
                  << interpreter.cardPrefixes().join(u',') << ")" << Qt::endl
                  << "customer:     not on this register" << Qt::endl
                  << "clerk sees:   " << m.message << Qt::endl;
            status = 6;
            break;
        case ScanMeaning::Kind::Product:
        case ScanMeaning::Kind::Refused:
            out() << m.scan.describe() << Qt::endl;
            if (!m.scan.ok()) {
                out() << "clerk sees:   " << m.message << Qt::endl;
                status = 4;
            } else if (m.product) {
                out() << "product:      " << m.product->sku << " — " << m.product->name << " — "
                      << m.product->price.toString() << (m.product->soldByWeight ? u"/kg"_s : QString())
                      << Qt::endl;
                if (m.expired)
                    out() << "expired:      " << m.scan.expiry.toString(Qt::ISODate) << Qt::endl;
            } else {
                out() << "product:      not in the catalog" << Qt::endl
                      << "clerk sees:   " << m.message << Qt::endl;
                status = 5;
            }
            break;
        }
        out() << Qt::endl;
    }
    return status;
}

int cmdSell(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"count"_s, u"Number of sales."_s);
    p.addOption({u"seed"_s, u"Random seed."_s, u"seed"_s, u"7"_s});
    p.addOption({u"max-lines"_s, u"Most lines per sale."_s, u"n"_s, u"8"_s});
    p.addOption({u"print"_s, u"Print \"committed <number> <uuid>\" after each durable commit."_s});
    p.addOption({u"customer"_s, u"Sell to this customer (head office's id)."_s, u"id"_s});
    p.addOption({u"redeem"_s,
        u"Pay each sale with up to this many of the customer's loyalty points, within what may be "
        "redeemed without head office (the customer's offline allowance)."_s,
        u"points"_s});
    p.addOption({u"card-terminal"_s,
        u"Pay by card on this terminal of the setup (comptoirctl payment-setup), as the register does: "
        "the whole sale or part of it, the rest in cash when a card is refused."_s,
        u"id"_s});
    p.addOption(
        {u"timeout"_s, u"With --card-terminal: seconds to wait for the terminal."_s, u"s"_s, u"120"_s});
    p.process(args);
    const qint64 count = p.positionalArguments().value(0).toLongLong();
    if (count < 0 || (count == 0 && !p.isSet(u"card-terminal"_s)))
        return fail(u"usage: comptoirctl sell COUNT [--seed S] [--print] [--customer ID [--redeem POINTS]] "
                    "[--card-terminal ID]"_s);
    const QString customer = p.value(u"customer"_s);
    if (p.isSet(u"card-terminal"_s)) {
        if (p.isSet(u"redeem"_s))
            return fail(u"--redeem is not available with --card-terminal"_s, 64);
        SellOptions o;
        o.count = count;
        o.seed = p.value(u"seed"_s).toUInt();
        o.maxLines = p.value(u"max-lines"_s).toInt();
        o.print = p.isSet(u"print"_s);
        o.customer = customer;
        o.cardTerminal = p.value(u"card-terminal"_s);
        o.timeoutMs = qMax(1, p.value(u"timeout"_s).toInt()) * 1000;
        return sellByCard(c, o);
    }
    const qint64 redeem = p.value(u"redeem"_s).toLongLong();
    std::optional<crm::Customer> buyer;
    if (!customer.isEmpty())
        buyer = crm::CustomerDirectory(c.db->connection()).byId(customer);
    if (redeem > 0 && !buyer)
        return fail(u"--redeem needs the --customer of a customer this register knows"_s);
    Catalog catalog(c.db->connection());
    Checkout checkout(c.db->connection(), c.store);
    SaleGenerator generator(&checkout, catalog, p.value(u"seed"_s).toUInt());
    const Clerk clerk = currentClerk(c.db->connection());
    const bool print = p.isSet(u"print"_s);
    QList<qint64> micros;
    micros.reserve(count);
    QElapsedTimer total;
    total.start();
    Money sum;
    for (qint64 i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        checkout.basket().setCustomer(customer);
        const qint64 redeemable = buyer
            ? crm::LoyaltyLedger(c.db->connection())
                  .redeemable(*buyer, crm::loadLoyaltyProgram(SettingsTable(c.db->connection())), false)
            : 0;
        auto ticket = generator.makeSale(clerk, p.value(u"max-lines"_s).toInt(), redeem, redeemable);
        if (!ticket) {
            checkout.reset();
            return fail(ticket.error().message);
        }
        micros.append(t.nsecsElapsed() / 1000);
        sum += ticket->total;
        if (print) {
            // Printed only after the commit returned: a line here is a durable ticket.
            std::fprintf(stdout, "committed %lld %s\n", ticket->number, qPrintable(ticket->uuid));
            std::fflush(stdout);
        }
    }
    std::sort(micros.begin(), micros.end());
    out() << count << " sales in " << total.elapsed() << " ms, " << sum.toString() << "; per sale median "
          << micros[micros.size() / 2] << " us, p99 "
          << micros[std::min<qsizetype>(micros.size() - 1, micros.size() * 99 / 100)] << " us" << Qt::endl;
    return 0;
}

int cmdReceipt(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"number"_s, u"Ticket number (default: the last one)."_s);
    p.addOption({u"columns"_s, u"42 or 48."_s, u"n"_s, u"42"_s});
    p.addOption({u"duplicate"_s, u"Print as a reprint (DUPLICATA, logged)."_s});
    p.addOption({u"escpos"_s, u"Write ESC/POS bytes to <file> (a printer device works)."_s, u"file"_s});
    p.process(args);
    SaleJournal journal(c.db->connection(), c.store);
    const auto ticket = p.positionalArguments().isEmpty()
        ? journal.lastTicket()
        : journal.ticket(p.positionalArguments().first().toLongLong());
    if (!ticket)
        return fail(u"no such ticket"_s);
    const int columns = p.value(u"columns"_s).toInt();
    if (columns != 42 && columns != 48)
        return fail(u"--columns takes 42 or 48"_s);
    ReceiptOptions options;
    options.columns = columns;
    options.originNumbers = journal.originNumbers(*ticket);
    if (p.isSet(u"duplicate"_s)) {
        EventJournal jet(c.db->connection(), c.store.registerId);
        options.duplicateNumber = int(jet.count(EventJournal::Reprint, ticket->uuid)) + 1;
        if (auto s = jet.record(EventJournal::Reprint, u"comptoirctl"_s,
                {{u"ticketUuid"_s, ticket->uuid}, {u"number"_s, ticket->number},
                    {u"duplicate"_s, options.duplicateNumber}});
            !s)
            return fail(s.error().message);
    }
    const QString text = ReceiptRenderer::text(*ticket, c.store, options);
    if (p.isSet(u"escpos"_s)) {
        QFile f(p.value(u"escpos"_s));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(ReceiptRenderer::escPos(text, TicketQuery::receiptCode(ticket->uuid))) < 0)
            return fail(f.errorString());
    } else {
        out() << text << Qt::flush;
    }
    return 0;
}

int cmdVoid(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"number"_s, u"Ticket to cancel."_s);
    p.addOption({u"reason"_s, u"Why."_s, u"text"_s});
    p.process(args);
    if (p.positionalArguments().size() != 1 || !p.isSet(u"reason"_s))
        return fail(u"usage: comptoirctl void NUMBER --reason TEXT"_s);
    SaleJournal journal(c.db->connection(), c.store);
    EventJournal jet(c.db->connection(), c.store.registerId);
    const Clerk clerk = currentClerk(c.db->connection());
    const qint64 number = p.positionalArguments().first().toLongLong();
    auto t = journal.voidTicket(number, clerk, p.value(u"reason"_s), [&](QSqlDatabase &, const Ticket &) {
        return jet.append(
            EventJournal::Void, clerk.id, {{u"number"_s, number}, {u"reason"_s, p.value(u"reason"_s)}});
    });
    if (!t)
        return fail(t.error().message);
    out() << "ticket " << t->number << " cancels ticket " << number << " (" << t->total.toString() << ")"
          << Qt::endl;
    return 0;
}

int cmdBarcodes(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"limit"_s, u"How many."_s, u"n"_s, u"25"_s});
    p.process(args);
    QSqlQuery q(c.db->connection());
    q.prepare(u"SELECT b.code, p.sku, p.name, p.price_cents, p.sold_by_weight FROM barcodes b "
              "JOIN products p ON p.id = b.product_id ORDER BY p.id LIMIT ?"_s);
    q.addBindValue(p.value(u"limit"_s).toInt());
    if (!q.exec())
        return fail(u"cannot read the catalog"_s);
    while (q.next())
        out() << q.value(0).toString() << "  " << q.value(1).toString().leftJustified(14) << "  "
              << Money::fromCents(q.value(3).toLongLong()).toString()
              << (q.value(4).toBool() ? u"/kg"_s : QString()) << "  " << q.value(2).toString() << Qt::endl;
    return 0;
}

int cmdStatus(Context &c)
{
    SaleJournal journal(c.db->connection(), c.store);
    const auto last = journal.lastTicket();
    const auto stats = Outbox(c.db->connection()).stats();
    BasketStore baskets(c.db->connection(), c.store.registerId);
    const auto current = baskets.loadCurrent();
    const qsizetype openLines =
        current ? current->value(u"basket"_s).toObject().value(u"lines"_s).toArray().size() : 0;
    out() << "database:      " << c.db->path() << Qt::endl
          << "store:         " << c.store.storeId << " (" << c.store.storeName << ")"
          << (c.store.training ? u" TRAINING"_s : QString()) << Qt::endl
          << "register:      " << c.store.registerId << Qt::endl
          << "products:      " << Catalog(c.db->connection()).productCount() << Qt::endl
          << "last ticket:   " << (last ? last->number : 0) << Qt::endl
          << "grand total:   " << (last ? last->grandTotal : Money()).toString() << Qt::endl
          << "open basket:   " << openLines << " line(s), " << baskets.parkedCount() << " parked" << Qt::endl
          << "outbox:        " << stats.pending << " pending, " << stats.quarantined << " quarantined"
          << Qt::endl;
    return 0;
}

// The settings a store's IT may change, with what they mean.
const QList<std::pair<const char *, const char *>> &knownSettings()
{
    static const QList<std::pair<const char *, const char *>> k = {
        {"store.id", "store identifier (head office)"},
        {"store.name", "store name on receipts"},
        {"store.address", "address lines on receipts (\\n between lines)"},
        {"store.siret", "SIRET number"},
        {"store.vat_number", "intra-EU VAT number"},
        {"store.phone", "phone on receipts"},
        {"receipt.footer", "last line of receipts"},
        {"register.id", "this register's number"},
        {"register.training", "1: training mode (receipts marked, never real sales)"},
        {"clerk.id", "clerk signed in (until sign-in screens land)"},
        {"clerk.name", "clerk name on receipts"},
        {"ui.language", "fr or en"},
        {"ui.virtual_keyboard",
            "on-screen keyboard: auto, on or off (comptoir --virtual-keyboard overrides)"},
        {"hq.url", "head office, e.g. https://hq.example.com:8443 (set by enroll)"},
        {"hq.pin_sha256", "hex SHA-256 of head office's certificate (empty: system CAs)"},
        {"hq.batch_size", "events per upload to head office (default 500)"},
        {"hq.interval_ms", "how often an idle register looks for events to send (default 5000)"},
        {"hq.min_backoff_ms", "first wait after a failed upload (default 1000)"},
        {"hq.max_backoff_ms", "longest wait between failed uploads (default 300000)"},
        {"scan.serial_port", "serial scanner, e.g. /dev/ttyACM0:9600:8N1 (empty: none)"},
        {"scan.max_key_interval_ms", "wedge scanner: longest gap between keys of one scan (default 50)"},
        {"scan.min_length", "wedge scanner: shortest scan (default 6)"},
        {"scan.terminator_required", "wedge scanner: 1 if scans end with Enter/Tab (default 1)"},
        {"scan.variable_measure_rules", "JSON list of {prefix, kind: price|weight, itemDigits}"},
        {"printer.receipt",
            "ESC/POS receipt printer: tcp:HOST[:PORT], serial:DEVICE[:BAUD] or "
            "usb:/dev/usb/lp0 (empty: none)"},
        {"closing.day_start_hour",
            "hour (0-23, local) a business day starts; sales before it belong "
            "to the day before (default 4)"},
    };
    return k;
}

int cmdConfig(Context &c, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"key"_s, u"Setting to read or write."_s);
    p.addPositionalArgument(u"value"_s, u"New value."_s);
    p.process(args);
    SettingsTable settings(c.db->connection());
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        for (const auto &[key, help] : knownSettings())
            out() << QString::fromLatin1(key).leftJustified(28) << " = "
                  << settings.value(QString::fromLatin1(key)).replace(u'\n', u"\\n"_s) << "    # " << help
                  << Qt::endl;
        return 0;
    }
    const QString key = pos.first();
    const bool known = std::any_of(knownSettings().begin(), knownSettings().end(),
        [&](const auto &k) { return QString::fromLatin1(k.first) == key; });
    if (!known)
        return fail(u"unknown setting \"%1\" (comptoirctl config lists them)"_s.arg(key));
    if (pos.size() == 1) {
        out() << settings.value(key) << Qt::endl;
        return 0;
    }
    QString value = pos.mid(1).join(u' ');
    if (key == u"store.address"_s)
        value.replace(u"\\n"_s, u"\n"_s);
    if (key == u"scan.variable_measure_rules"_s && !VariableMeasureRule::fromJson(value))
        return fail(
            u"not a valid rule list, e.g. [{\"prefix\":\"21\",\"kind\":\"price\",\"itemDigits\":5}]"_s);
    if (key == u"ui.virtual_keyboard"_s && value != u"auto"_s && value != u"on"_s && value != u"off"_s)
        return fail(u"expected auto, on or off"_s);
    if (key == u"printer.receipt"_s && !value.isEmpty() && !PrinterSpec::parse(value))
        return fail(u"expected tcp:HOST[:PORT], serial:DEVICE[:BAUD] or usb:/dev/usb/lpN"_s);
    if (key == u"scan.serial_port"_s && !value.isEmpty() && !SerialScanner::parseSpec(value))
        return fail(u"expected PORT[:BAUD[:8N1]]"_s);
    const QString before = settings.value(key);
    if (auto s = settings.setValue(key, value); !s)
        return fail(s.error().message);
    EventJournal(c.db->connection(), c.store.registerId)
        .record(EventJournal::Settings, u"comptoirctl"_s,
            {{u"key"_s, key}, {u"from"_s, before}, {u"to"_s, value}})
        .ok();
    out() << key << " = " << value << Qt::endl;
    return 0;
}

const char *const kUsage = R"(usage: comptoirctl [--db FILE] COMMAND [options]

Commands:
  generate-demo [--products N] [--seed S] [--csv FILE]
                            make a demo catalog (1,000 to 1,000,000+ products)
  import-catalog FILE.csv   import products (bad rows reported with line numbers)
  verify                    check the journal's hash chain and totals
  export-tickets [--from N] [--to N] [--output FILE]
                            tickets as JSON, one per line
  decode CODE...            what the POS understands of a scan (a loyalty card, a product, ...)
  sell COUNT [--seed S] [--print] [--customer ID [--redeem POINTS]] [--card-terminal ID]
                            ring up COUNT random sales through the checkout; with
                            --card-terminal, paid on that terminal as the register does
  receipt [NUMBER] [--columns 42|48] [--duplicate] [--escpos FILE]
  void NUMBER --reason TEXT cancel a ticket with a reversing ticket
  barcodes [--limit N]      list barcodes of the catalog
  status                    register, journal and outbox summary
  config [KEY [VALUE]]      list, read or change a setting (logged in the event journal)

Clerks (PINs are read from stdin, one line, never from the command line):
  clerk list                the accounts that may sign in here (LOCKED after 5 wrong PINs)
  clerk roles               each role and what it allows
  clerk add --name NAME [--role cashier|supervisor|manager|ROLE] [--id ID]
                            an account made at this register (the first manager, or when
                            head office is away)
  clerk unlock ID           after five wrong PINs
  clerk pin ID              a new PIN (unlocks too)

Cash drawer (journalled as comptoirctl):
  drawer [status]           the float, cash in and out, cash of the sales, expected amount
  drawer float AMOUNT       open the day's drawer with its float
  drawer in|out AMOUNT REASON
                            cash put in or taken out
  drawer count JSON|FILE    the blind count, {"5000": 2, "200": 13} (cents: pieces): the
                            expected amount and the variance are kept with it

Closings (made as comptoirctl; French fiscal rules, README "Closings"):
  report x [--json] [--columns 42|48]
                            the X report: figures since the last day closing (nothing closed)
  close --day|--month|--year|--due [--json] [--columns 42|48]
                            the day closing (Z), with the days still open before it; a month
                            or year that is over (with the closings it needs first); --due:
                            what the register closes before its first sale of a day
  closings [show NUMBER] [--limit N] [--json]
                            the closings made here, the latest first, or one in full

Card payments:
  payment-setup [FILE.json] show the register's terminals and offline card rules, or set them
                            from a file (checked first; see README, "Payment terminals")
  payments [--limit N] [--log ID] [--decide ID --charged|--not-charged]
                            card payment attempts, newest first (or one attempt's log), or
                            the answer for one nobody could tell, read on the terminal
  followups [--all] [--done ID --note TEXT]
                            card payments the manager must follow up (forward declines, ...)
  terminal health|recover|close-day [--terminal ID]
                            ask the terminals: health readings, what the register does at
                            start (attempts left open resolved, approvals adopted or given
                            back), end-of-day batch against the journal and the tickets

Head office:
  enroll URL CODE [--pin SHA256]
                            trade a one-time code (comptoir-hq enroll-code) for this
                            register's device token, kept in the system keychain
  sync [--timeout S]        send what head office has not acknowledged, then stop
  outbox [--state S] [--limit N] [--requeue ID]
                            events for head office and where they are

The database is --db, else $COMPTOIR_DB, else )";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"comptoirctl"_s);
    QCoreApplication::setOrganizationName(u"Comptoir"_s);

    QStringList args = app.arguments();
    QString dbPath = qEnvironmentVariable("COMPTOIR_DB", defaultDatabasePath());
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--db"_s && i + 1 < args.size()) {
            dbPath = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(u"--db="_s)) {
            dbPath = args[i].mid(5);
            args.remove(i);
            break;
        }
    }
    if (args.size() < 2 || args[1] == u"--help"_s || args[1] == u"-h"_s || args[1] == u"help"_s) {
        out() << kUsage << defaultDatabasePath() << Qt::endl;
        return args.size() < 2 ? 1 : 0;
    }
    const QString command = args[1];
    QStringList rest = args.mid(1); // QCommandLineParser wants a program name first
    rest[0] = u"comptoirctl "_s + command;

    if (command == u"decode"_s && !QFile::exists(dbPath))
        return cmdDecode(nullptr, rest);

    // Reading commands never make a database, and verify and export read the file as it is
    // (an auditor's read-only copy): nothing written, not even an upgrade.
    static const QStringList reading = {u"verify"_s, u"export-tickets"_s};
    static const QStringList settingUp = {u"generate-demo"_s, u"import-catalog"_s, u"config"_s, u"enroll"_s,
        u"sell"_s, u"payment-setup"_s, u"terminal"_s, u"sync"_s, u"clerk"_s};
    static const QStringList others = {u"void"_s, u"receipt"_s, u"status"_s, u"barcodes"_s, u"payments"_s,
        u"followups"_s, u"outbox"_s, u"decode"_s, u"drawer"_s, u"close"_s, u"report"_s, u"closings"_s};
    if (!reading.contains(command) && !settingUp.contains(command) && !others.contains(command))
        return fail(u"unknown command \"%1\" (comptoirctl --help)"_s.arg(command), 64);
    Database::OpenOptions options;
    options.readOnly = reading.contains(command);
    options.createIfMissing = settingUp.contains(command); // only what sets a register up makes one
    auto context = openDatabase(dbPath, options);
    if (!context)
        return 1;
    Context &c = *context;
    if (command == u"generate-demo"_s)
        return cmdGenerateDemo(c, rest);
    if (command == u"import-catalog"_s)
        return cmdImport(c, rest);
    if (command == u"verify"_s)
        return cmdVerify(c);
    if (command == u"export-tickets"_s)
        return cmdExport(c, rest);
    if (command == u"decode"_s)
        return cmdDecode(&c, rest);
    if (command == u"sell"_s)
        return cmdSell(c, rest);
    if (command == u"receipt"_s)
        return cmdReceipt(c, rest);
    if (command == u"void"_s)
        return cmdVoid(c, rest);
    if (command == u"barcodes"_s)
        return cmdBarcodes(c, rest);
    if (command == u"status"_s)
        return cmdStatus(c);
    if (command == u"config"_s)
        return cmdConfig(c, rest);
    if (command == u"payment-setup"_s)
        return cmdPaymentSetup(c, rest);
    if (command == u"payments"_s)
        return cmdPayments(c, rest);
    if (command == u"followups"_s)
        return cmdFollowups(c, rest);
    if (command == u"terminal"_s)
        return cmdTerminal(c, rest);
    if (command == u"enroll"_s)
        return cmdEnroll(c, rest);
    if (command == u"sync"_s)
        return cmdSync(c, rest);
    if (command == u"outbox"_s)
        return cmdOutbox(c, rest);
    if (command == u"clerk"_s)
        return cmdClerk(c, rest);
    if (command == u"drawer"_s)
        return cmdDrawer(c, rest);
    if (command == u"close"_s)
        return cmdClose(c, rest);
    if (command == u"report"_s)
        return cmdReport(c, rest);
    if (command == u"closings"_s)
        return cmdClosings(c, rest);
    return fail(u"unknown command \"%1\" (comptoirctl --help)"_s.arg(command), 64);
}
