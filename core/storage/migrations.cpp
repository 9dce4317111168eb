// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "sales/eventjournal.h"

#include "database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace comptoir {

namespace {

QStringList appendOnly(const QString &table)
{
    return {
        u"CREATE TRIGGER %1_append_only_update BEFORE UPDATE ON %1 "
        "BEGIN SELECT RAISE(ABORT, 'comptoir: %1 is append-only (fiscal journal)'); END"_s.arg(table),
        u"CREATE TRIGGER %1_append_only_delete BEFORE DELETE ON %1 "
        "BEGIN SELECT RAISE(ABORT, 'comptoir: %1 is append-only (fiscal journal)'); END"_s.arg(table),
    };
}

QList<Migrations::Step> buildSteps()
{
    QList<Migrations::Step> steps;

    steps.append({1, "catalog and settings",
        {
            u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE categories ("
            " id INTEGER PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " color TEXT NOT NULL DEFAULT '#607d8b',"
            " position INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE products ("
            " id INTEGER PRIMARY KEY,"
            " sku TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " price_cents INTEGER NOT NULL CHECK (price_cents >= 0),"
            " vat_bp INTEGER NOT NULL CHECK (vat_bp IN (0, 210, 550, 1000, 2000)),"
            " category_id INTEGER REFERENCES categories(id),"
            " image TEXT,"
            " sold_by_weight INTEGER NOT NULL DEFAULT 0,"
            " active INTEGER NOT NULL DEFAULT 1,"
            " updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"_s,
            u"CREATE INDEX products_by_category ON products(category_id, name)"_s,
            u"CREATE TABLE barcodes ("
            " code TEXT PRIMARY KEY,"
            " product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE"
            ") WITHOUT ROWID"_s,
            u"CREATE INDEX barcodes_by_product ON barcodes(product_id)"_s,
            // Maintained by Catalog in the same transaction as products/barcodes.
            // Prefix indexes make 1-3 letter search-as-you-type cheap.
            u"CREATE VIRTUAL TABLE product_search USING fts5("
            " name, sku, codes,"
            " tokenize = 'unicode61 remove_diacritics 2',"
            " prefix = '1 2 3')"_s,
        }});

    QStringList journal = {
        u"CREATE TABLE tickets ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " store_id TEXT NOT NULL,"
        " register_id TEXT NOT NULL,"
        " number INTEGER NOT NULL CHECK (number > 0),"
        " kind TEXT NOT NULL CHECK (kind IN ('sale', 'void')),"
        " created_at TEXT NOT NULL,"
        " clerk_id TEXT NOT NULL,"
        " clerk_name TEXT NOT NULL,"
        " total_cents INTEGER NOT NULL,"
        " change_cents INTEGER NOT NULL,"
        " grand_total_cents INTEGER NOT NULL,"
        " perpetual_total_cents INTEGER NOT NULL,"
        " reverses_uuid TEXT REFERENCES tickets(uuid),"
        " note TEXT NOT NULL,"
        " training INTEGER NOT NULL,"
        " previous_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL,"
        " UNIQUE (register_id, number))"_s,
        u"CREATE TABLE ticket_lines ("
        " ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
        " position INTEGER NOT NULL,"
        " product_id INTEGER,"
        " sku TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " barcode TEXT NOT NULL,"
        " quantity_milli INTEGER NOT NULL,"
        " weighed INTEGER NOT NULL,"
        " unit_price_cents INTEGER NOT NULL,"
        " line_discount_cents INTEGER NOT NULL,"
        " basket_discount_cents INTEGER NOT NULL,"
        " total_cents INTEGER NOT NULL,"
        " vat_bp INTEGER NOT NULL,"
        " return_reason TEXT NOT NULL,"
        " batch TEXT NOT NULL,"
        " PRIMARY KEY (ticket_id, position)) WITHOUT ROWID"_s,
        u"CREATE TABLE ticket_tenders ("
        " ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
        " position INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " amount_cents INTEGER NOT NULL,"
        " reference TEXT NOT NULL,"
        " PRIMARY KEY (ticket_id, position)) WITHOUT ROWID"_s,
        u"CREATE TABLE ticket_vat ("
        " ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
        " vat_bp INTEGER NOT NULL,"
        " net_cents INTEGER NOT NULL,"
        " vat_cents INTEGER NOT NULL,"
        " gross_cents INTEGER NOT NULL,"
        " PRIMARY KEY (ticket_id, vat_bp)) WITHOUT ROWID"_s,
        u"CREATE TABLE jet_events ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " register_id TEXT NOT NULL,"
        " sequence INTEGER NOT NULL,"
        " created_at TEXT NOT NULL,"
        " code TEXT NOT NULL,"
        " clerk_id TEXT NOT NULL,"
        " detail TEXT NOT NULL,"
        " previous_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL,"
        " UNIQUE (register_id, sequence))"_s,
        // Drained by the sync worker; rows change state but the payload never changes.
        u"CREATE TABLE outbox ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " event_id TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL,"
        " register_id TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " payload TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'acked', 'quarantined')),"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT,"
        " acked_at TEXT)"_s,
        u"CREATE INDEX outbox_by_state ON outbox(state, seq)"_s,
        u"CREATE TRIGGER outbox_payload_immutable BEFORE UPDATE OF event_id, kind, payload ON outbox "
        "BEGIN SELECT RAISE(ABORT, 'comptoir: outbox payloads are immutable'); END"_s,
    };
    for (const auto &t :
        {u"tickets"_s, u"ticket_lines"_s, u"ticket_tenders"_s, u"ticket_vat"_s, u"jet_events"_s})
        journal += appendOnly(t);
    steps.append({2, "sale journal, technical event journal, outbox", journal});

    steps.append({3, "register working state: current and parked baskets",
        {
            u"CREATE TABLE pos_state ("
            " key TEXT PRIMARY KEY,"
            " value TEXT NOT NULL,"
            " updated_at TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE parked_baskets ("
            " id TEXT PRIMARY KEY,"
            " register_id TEXT NOT NULL,"
            " label TEXT NOT NULL,"
            " parked_at TEXT NOT NULL,"
            " clerk_id TEXT NOT NULL,"
            " total_cents INTEGER NOT NULL,"
            " item_count INTEGER NOT NULL,"
            " basket TEXT NOT NULL)"_s,
        }});

    QStringList payment = {
        // One row per card payment attempt, written before the first byte goes to the
        // terminal; its state follows every step (the log below keeps each one).
        u"CREATE TABLE payment_attempts ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " reference TEXT NOT NULL UNIQUE," // sent to the terminal as private data, echoed back
        " register_id TEXT NOT NULL,"
        " terminal_id TEXT NOT NULL,"
        " operation TEXT NOT NULL CHECK (operation IN ('payment', 'refund', 'reversal')),"
        " amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),"
        " state TEXT NOT NULL CHECK (state IN ('sending', 'approved', 'declined', 'cancelled', 'failed',"
        "   'unknown', 'released')),"
        " reason TEXT NOT NULL DEFAULT '',"
        " offline INTEGER NOT NULL DEFAULT 0,"
        " authorisation TEXT NOT NULL DEFAULT '',"
        " masked_pan TEXT NOT NULL DEFAULT '',"
        " application TEXT NOT NULL DEFAULT '',"
        " entry_mode TEXT NOT NULL DEFAULT '',"
        " receipt TEXT NOT NULL DEFAULT '',"
        " ticket_uuid TEXT,"
        " forward_status TEXT NOT NULL DEFAULT '' CHECK (forward_status IN ('', 'pending', 'accepted', "
        "'declined')),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX payment_attempts_open ON payment_attempts(state) WHERE state IN ('sending', 'unknown')"_s,
        u"CREATE TABLE payment_attempt_log ("
        " id INTEGER PRIMARY KEY,"
        " attempt_id INTEGER NOT NULL REFERENCES payment_attempts(id),"
        " at TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " detail TEXT NOT NULL)"_s,
        // What the store manager must look at: a stored payment declined when forwarded, an
        // approved payment left without a sale, an end-of-day difference.
        u"CREATE TABLE payment_followups ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL,"
        " attempt_id INTEGER REFERENCES payment_attempts(id),"
        " ticket_uuid TEXT,"
        " amount_cents INTEGER NOT NULL,"
        " detail TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " resolved_at TEXT,"
        " resolution TEXT)"_s,
        u"CREATE TABLE terminal_readings ("
        " id INTEGER PRIMARY KEY,"
        " terminal_id TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " reachable INTEGER NOT NULL,"
        " reading TEXT NOT NULL)"_s,
        u"CREATE INDEX terminal_readings_latest ON terminal_readings(terminal_id, id)"_s,
        // End-of-day: the terminal's batch totals beside the register's own.
        u"CREATE TABLE terminal_batches ("
        " id INTEGER PRIMARY KEY,"
        " terminal_id TEXT NOT NULL,"
        " closed_at TEXT NOT NULL,"
        " terminal_count INTEGER NOT NULL,"
        " terminal_debits_cents INTEGER NOT NULL,"
        " terminal_credits_cents INTEGER NOT NULL,"
        " journal_count INTEGER NOT NULL,"
        " journal_debits_cents INTEGER NOT NULL,"
        " journal_credits_cents INTEGER NOT NULL,"
        " differences TEXT NOT NULL)"_s,
    };
    payment += appendOnly(u"payment_attempt_log"_s);
    steps.append({4, "card payments: attempts, their log, follow-ups, terminal readings", payment});

    // Master data from head office (sync/masterdata.h): a cursor per feed, the store's own
    // prices over the list price, the store's customers and the chain's offers.
    steps.append({5, "master data from head office: cursors, store prices, customers, offers",
        {
            u"CREATE TABLE sync_cursors ("
            " feed TEXT PRIMARY KEY,"
            " cursor INTEGER NOT NULL,"
            " updated_at TEXT NOT NULL) WITHOUT ROWID"_s,
            // NULL: price_cents is the list price; else the list price while a store price
            // is in force.
            u"ALTER TABLE products ADD COLUMN list_price_cents INTEGER"_s,
            // Products written during a long first sync, whose search entry is written once
            // the last page is in (CatalogWriter::indexBacklog): one large index pass is
            // several times cheaper than a million small ones.
            // `indexed`: the product may have an older entry in the index, to be removed first.
            u"CREATE TABLE search_backlog (product_id INTEGER PRIMARY KEY, indexed INTEGER NOT NULL)"_s,
            u"CREATE TABLE store_prices ("
            " sku TEXT PRIMARY KEY,"
            " price_cents INTEGER NOT NULL CHECK (price_cents >= 0)) WITHOUT ROWID"_s,
            u"CREATE TABLE customers ("
            " id TEXT PRIMARY KEY,"
            " display_name TEXT NOT NULL,"
            " first_name TEXT NOT NULL DEFAULT '',"
            " last_name TEXT NOT NULL DEFAULT '',"
            " phone TEXT NOT NULL DEFAULT '',"
            " email TEXT NOT NULL DEFAULT '',"
            " tier TEXT NOT NULL DEFAULT 'standard',"
            " points INTEGER NOT NULL DEFAULT 0,"
            " offline_redeem_cents INTEGER NOT NULL DEFAULT 0,"
            " consents TEXT NOT NULL DEFAULT '[]',"
            " interests TEXT NOT NULL DEFAULT '[]',"
            " notes TEXT NOT NULL DEFAULT '',"
            " home_store TEXT NOT NULL DEFAULT '',"
            " hq_rev INTEGER NOT NULL,"
            " body TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE customer_cards ("
            " card TEXT PRIMARY KEY,"
            " customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE) WITHOUT ROWID"_s,
            u"CREATE INDEX customer_cards_by_customer ON customer_cards(customer_id)"_s,
            u"CREATE TABLE offers ("
            " id TEXT PRIMARY KEY,"
            " title TEXT NOT NULL,"
            " starts_at TEXT,"
            " ends_at TEXT,"
            " hq_rev INTEGER NOT NULL,"
            " body TEXT NOT NULL) WITHOUT ROWID"_s,
        }});

    // Search over names only, without positions (no phrase or column queries are made):
    // a third of the index and of its writing time, which a first sync of a million products
    // waits for. SKUs and barcodes are searched by prefix on their own indexes (Catalog::search).
    steps.append({6, "product search index: names only",
        {
            u"DROP TABLE product_search"_s,
            u"CREATE VIRTUAL TABLE product_search USING fts5("
            " name,"
            " tokenize = 'unicode61 remove_diacritics 2',"
            " prefix = '1 2 3',"
            " detail = none)"_s,
            u"DELETE FROM search_backlog"_s,
            u"INSERT INTO product_search (rowid, name) SELECT id, name FROM products"_s,
        }});

    // Customers found the way a clerk asks for them (crm/customerdirectory.h): a row number
    // for the name index, normalised phone and e-mail keys. The records themselves are head
    // office's JSON. Customers so far only came from head office: the feed brings them again.
    steps.append({7, "customers: search by name, phone, e-mail and card",
        {
            u"DROP TABLE customer_cards"_s,
            u"DROP TABLE customers"_s,
            u"CREATE TABLE customers ("
            " n INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " display_name TEXT NOT NULL,"
            " tier TEXT NOT NULL DEFAULT 'standard',"
            " phone_key TEXT NOT NULL DEFAULT '',"
            " email_key TEXT NOT NULL DEFAULT '',"
            " hq_rev INTEGER NOT NULL,"
            " body TEXT NOT NULL)"_s,
            u"CREATE INDEX customers_by_phone ON customers(phone_key)"_s,
            u"CREATE INDEX customers_by_email ON customers(email_key)"_s,
            u"CREATE TABLE customer_cards ("
            " card TEXT PRIMARY KEY,"
            " customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE) WITHOUT ROWID"_s,
            u"CREATE INDEX customer_cards_by_customer ON customer_cards(customer_id)"_s,
            u"CREATE VIRTUAL TABLE customer_search USING fts5("
            " name,"
            " tokenize = 'unicode61 remove_diacritics 2',"
            " prefix = '1 2 3',"
            " detail = none)"_s,
            u"DELETE FROM sync_cursors WHERE feed = 'customers'"_s,
        }});

    // The customer a ticket was for: outside the signed ticket (sales/ticket.h), so cutting
    // the link when a customer is anonymised leaves the fiscal chain intact.
    steps.append({8, "the customer of each ticket",
        {
            u"CREATE TABLE ticket_customers ("
            " ticket_uuid TEXT PRIMARY KEY REFERENCES tickets(uuid),"
            " customer_id TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE INDEX ticket_customers_by_customer ON ticket_customers(customer_id)"_s,
        }});

    // The loyalty points each ticket moved (crm/loyalty.h), and whether head office's figure
    // for the customer includes them yet. Tickets before this step earned none.
    steps.append({9, "loyalty points of each ticket",
        {
            u"ALTER TABLE ticket_customers ADD COLUMN points_earned INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE ticket_customers ADD COLUMN points_redeemed INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE ticket_customers ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 1"_s,
            u"CREATE INDEX ticket_customers_unconfirmed ON ticket_customers(customer_id) WHERE confirmed = 0"_s,
        }});

    // The personalised offers (coupons) each ticket used (crm/offers.h): outside the signed
    // ticket, whose discounts they explain.
    steps.append({10, "offers used by each ticket",
        {
            u"CREATE TABLE ticket_offers ("
            " ticket_uuid TEXT NOT NULL REFERENCES tickets(uuid),"
            " offer_id TEXT NOT NULL,"
            " PRIMARY KEY (ticket_uuid, offer_id)) WITHOUT ROWID"_s,
        }});

    // Customers created or changed at this register (crm/customereditor.h), each also an
    // outbox event; laid over head office's records until head office has merged them.
    steps.append({11, "customers edited at the register",
        {
            u"CREATE TABLE customer_edits ("
            " edit_id TEXT PRIMARY KEY,"
            " customer_id TEXT NOT NULL,"
            " body TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " merged INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
            u"CREATE INDEX customer_edits_pending ON customer_edits(customer_id, created_at) WHERE merged = 0"_s,
        }});

    // A card payment is found from the ticket that counts it (counter/cardcheckout.h): an
    // approval a recorded ticket names is never given back.
    steps.append({12,
        "card payments found by the tickets that count them; tickets in the end of day; "
        "reversals name their payment, payments their sale",
        {
            u"CREATE INDEX ticket_tenders_by_reference ON ticket_tenders(reference) WHERE reference <> ''"_s,
            u"ALTER TABLE terminal_batches ADD COLUMN ticket_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE terminal_batches ADD COLUMN ticket_debits_cents INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE terminal_batches ADD COLUMN ticket_credits_cents INTEGER NOT NULL DEFAULT 0"_s,
            // A reversal names the payment it gives back, so that a register stopped in the
            // middle never gives it back twice.
            u"ALTER TABLE payment_attempts ADD COLUMN original_reference TEXT NOT NULL DEFAULT ''"_s,
            // The sale (basket) a payment was asked for: an approval that comes late only ever
            // pays that sale, never the next customer's.
            u"ALTER TABLE payment_attempts ADD COLUMN sale_id TEXT NOT NULL DEFAULT ''"_s,
        }});

    // A nexo terminal names its transactions itself (POITransactionID): a reversal must use
    // that name, or the terminal does not find the payment.
    steps.append({13, "card payments keep the terminal's own transaction id",
        {
            u"ALTER TABLE payment_attempts ADD COLUMN terminal_reference TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE payment_attempts ADD COLUMN terminal_timestamp TEXT NOT NULL DEFAULT ''"_s,
        }});

    // A terminal that cannot say its totals (protocol E, a standard Caisse-AP terminal): the
    // day is closed on the register's side only.
    steps.append({14, "end of day closed without the terminal's totals",
        {
            u"ALTER TABLE terminal_batches ADD COLUMN terminal_reported INTEGER NOT NULL DEFAULT 1"_s,
        }});

    // A batch's period by attempt ids instead of times: a payment begun in the same
    // millisecond as the close fell in neither period. Past batches keep what they counted.
    steps.append({15, "end-of-day periods by attempt",
        {
            u"ALTER TABLE terminal_batches ADD COLUMN last_attempt_id INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE terminal_batches SET last_attempt_id = COALESCE((SELECT max(p.id) FROM payment_attempts "
            u"p "
            "WHERE p.created_at <= terminal_batches.closed_at), 0)"_s,
        }});
    // The status bar reads how many events wait every few seconds: counted as they change
    // state, so reading them costs the same with 10 or 100,000 waiting (a long outage).
    steps.append({16, "outbox figures kept as events change state",
        {
            u"CREATE TABLE outbox_counts (state TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"_s,
            u"INSERT INTO outbox_counts (state, n) VALUES ('pending', 0), ('sent', 0), ('acked', 0), "
            "('quarantined', 0)"_s,
            u"UPDATE outbox_counts SET n = (SELECT count(*) FROM outbox WHERE outbox.state = outbox_counts.state)"_s,
            u"CREATE TRIGGER outbox_count_insert AFTER INSERT ON outbox "
            "BEGIN UPDATE outbox_counts SET n = n + 1 WHERE state = NEW.state; END"_s,
            u"CREATE TRIGGER outbox_count_delete AFTER DELETE ON outbox "
            "BEGIN UPDATE outbox_counts SET n = n - 1 WHERE state = OLD.state; END"_s,
            u"CREATE TRIGGER outbox_count_state AFTER UPDATE OF state ON outbox WHEN OLD.state <> NEW.state "
            "BEGIN UPDATE outbox_counts SET n = n - 1 WHERE state = OLD.state; "
            "UPDATE outbox_counts SET n = n + 1 WHERE state = NEW.state; END"_s,
        }});
    // Quick selling: a category may be a department whose key sells a typed amount at its VAT
    // rate; what sells at this register is counted as tickets are written, so a category
    // can list its best sellers first without reading the journal.
    const QString soldDelta =
        u"(CASE WHEN NEW.weighed THEN 1 ELSE max(1, abs(NEW.quantity_milli) / 1000) END)"_s;
    steps.append({17, "department keys and best sellers",
        {
            u"ALTER TABLE categories ADD COLUMN department_vat_bp INTEGER"_s,
            u"CREATE TABLE product_sales ("
            " product_id INTEGER PRIMARY KEY,"
            " sold INTEGER NOT NULL CHECK (sold >= 0))"_s,
            u"INSERT INTO product_sales (product_id, sold) "
            "SELECT product_id, max(0, sum(sign(quantity_milli) * "
            "(CASE WHEN weighed THEN 1 ELSE max(1, abs(quantity_milli) / 1000) END))) "
            "FROM ticket_lines WHERE product_id > 0 AND quantity_milli <> 0 GROUP BY product_id"_s,
            u"CREATE TRIGGER product_sales_count AFTER INSERT ON ticket_lines "
            "WHEN NEW.product_id > 0 AND NEW.quantity_milli <> 0 BEGIN "
            "INSERT INTO product_sales (product_id, sold) VALUES (NEW.product_id, "
            "CASE WHEN NEW.quantity_milli > 0 THEN "_s +
                soldDelta +
                u" ELSE 0 END) "
                "ON CONFLICT (product_id) DO UPDATE SET sold = max(0, sold + "
                "CASE WHEN NEW.quantity_milli > 0 THEN "_s +
                soldDelta + u" ELSE -"_s + soldDelta + u" END); END"_s,
        }});
    // Any ticket of the store found by its day or its amount (returns and reprints by ticket).
    steps.append({18, "tickets found by day and amount",
        {
            u"CREATE INDEX tickets_by_time ON tickets(created_at)"_s,
            u"CREATE INDEX tickets_by_amount ON tickets(abs(total_cents))"_s,
        }});
    // Items returned against an earlier ticket name its line: never more returned than sold,
    // across several returns (sales/ticketreturns.h).
    steps.append({19, "lines returned against a ticket",
        {
            u"ALTER TABLE ticket_lines ADD COLUMN returns_of TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX ticket_lines_returns_of ON ticket_lines(returns_of) WHERE returns_of <> ''"_s,
        }});
    // Goods weighed in a container: the scale takes its weight off (catalog/product.h).
    steps.append({20, "tare of products weighed in a container",
        {
            u"ALTER TABLE products ADD COLUMN tare_g INTEGER NOT NULL DEFAULT 0 "
            "CHECK (tare_g BETWEEN 0 AND 9999)"_s,
        }});
    // Clerk accounts and roles (staff/clerkdirectory.h): PINs as Argon2id hashes only.
    steps.append({21, "clerks and roles",
        {
            u"CREATE TABLE clerk_roles ("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " permissions TEXT NOT NULL,"
            " line_discount_max_bp INTEGER NOT NULL CHECK (line_discount_max_bp BETWEEN 0 AND 10000))"
            " WITHOUT ROWID"_s,
            u"CREATE TABLE clerks ("
            " id TEXT PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " role_id TEXT NOT NULL,"
            " pin_hash TEXT NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1,"
            " failed_tries INTEGER NOT NULL DEFAULT 0 CHECK (failed_tries >= 0),"
            " origin TEXT NOT NULL CHECK (origin IN ('hq', 'register')),"
            " updated_at TEXT NOT NULL) WITHOUT ROWID"_s,
        }});
    // Every technical event carries its NF525 code (sales/eventjournal.h); the events written
    // before get theirs from their code (the column is not in the hash: verify checks it
    // against the code). The journal's append-only triggers are set aside for that one update.
    QStringList codes {u"ALTER TABLE jet_events ADD COLUMN nf525 INTEGER NOT NULL DEFAULT 0"_s,
        u"DROP TRIGGER jet_events_append_only_update"_s};
    QString cases;
    for (const EventJournal::Code &c : EventJournal::codes())
        cases += u" WHEN '%1' THEN %2"_s.arg(QLatin1StringView(c.code)).arg(c.nf525);
    codes << u"UPDATE jet_events SET nf525 = CASE code%1 ELSE 0 END"_s.arg(cases);
    codes << appendOnly(u"jet_events"_s).first();
    steps.append({22, "NF525 codes of the technical events", codes});
    const QString countedOnce =
        u"CREATE TRIGGER drawer_sessions_counted_once BEFORE UPDATE ON drawer_sessions "
        "WHEN OLD.counted_at IS NOT NULL OR NEW.float_cents <> OLD.float_cents OR NEW.opened_at <> "
        "OLD.opened_at "
        "OR NEW.after_ticket_id <> OLD.after_ticket_id OR NEW.register_id <> OLD.register_id "
        "BEGIN SELECT RAISE(ABORT, 'comptoir: a drawer session is counted once and never changed'); END"_s;
    // The cash drawer (cash/cashdrawer.h): a session from the float to the blind count, and the
    // cash put in or taken out in between (append-only; a session is counted once).
    QStringList drawer {
        u"CREATE TABLE drawer_sessions ("
        " id INTEGER PRIMARY KEY,"
        " register_id TEXT NOT NULL,"
        " opened_at TEXT NOT NULL,"
        " opened_by TEXT NOT NULL,"
        " float_cents INTEGER NOT NULL CHECK (float_cents >= 0),"
        " after_ticket_id INTEGER NOT NULL,"
        " counted_at TEXT,"
        " counted_by TEXT,"
        " counted_cents INTEGER,"
        " expected_cents INTEGER,"
        " variance_cents INTEGER,"
        " count TEXT)"_s,
        u"CREATE UNIQUE INDEX drawer_sessions_one_open ON drawer_sessions(register_id) WHERE counted_at IS NULL"_s,
        countedOnce,
        u"CREATE TRIGGER drawer_sessions_kept BEFORE DELETE ON drawer_sessions "
        "BEGIN SELECT RAISE(ABORT, 'comptoir: drawer_sessions is append-only (fiscal journal)'); END"_s,
        u"CREATE TABLE drawer_movements ("
        " id INTEGER PRIMARY KEY,"
        " session_id INTEGER NOT NULL REFERENCES drawer_sessions(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),"
        " amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),"
        " reason TEXT NOT NULL,"
        " clerk_id TEXT NOT NULL,"
        " created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX drawer_movements_by_session ON drawer_movements(session_id)"_s,
    };
    drawer += appendOnly(u"drawer_movements"_s);
    steps.append({23, "cash drawer: float, cash in and out, blind count", drawer});
    // Closings (closing/closingbook.h): a chain per register and mode (real or training), each
    // record hashed over its canonical form; a month or a year is closed once.
    QStringList closings {
        u"CREATE TABLE closings ("
        " id INTEGER PRIMARY KEY,"
        " uuid TEXT NOT NULL UNIQUE,"
        " store_id TEXT NOT NULL,"
        " register_id TEXT NOT NULL,"
        " training INTEGER NOT NULL CHECK (training IN (0, 1)),"
        " number INTEGER NOT NULL CHECK (number > 0),"
        " kind TEXT NOT NULL CHECK (kind IN ('day', 'month', 'year')),"
        " period TEXT NOT NULL,"
        " closed_at TEXT NOT NULL,"
        " clerk_id TEXT NOT NULL CHECK (clerk_id <> ''),"
        " clerk_name TEXT NOT NULL,"
        " after_ticket INTEGER NOT NULL,"
        " last_ticket INTEGER NOT NULL,"
        " total_cents INTEGER NOT NULL,"
        " period_grand_total_cents INTEGER NOT NULL,"
        " perpetual_net_cents INTEGER NOT NULL,"
        " perpetual_absolute_cents INTEGER NOT NULL,"
        " figures TEXT NOT NULL,"
        " previous_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL,"
        " UNIQUE (register_id, training, number))"_s,
        u"CREATE UNIQUE INDEX closings_period_once ON closings(register_id, training, kind, period) "
        "WHERE kind IN ('month', 'year')"_s,
    };
    closings += appendOnly(u"closings"_s);
    steps.append({24, "closings: day (Z), month and year, chained", closings});
    // What waits for the receipt printer (print/printqueue.h): kept until the printer confirmed.
    // And the drawer's sessions by mode, as the tickets: a training day's play money never
    // reaches a real closing (those of a register in training mode so far were training ones).
    steps.append({25, "receipt printer queue; drawer sessions real or training",
        {
            u"ALTER TABLE drawer_sessions ADD COLUMN training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1))"_s,
            u"DROP TRIGGER drawer_sessions_counted_once"_s,
            u"UPDATE drawer_sessions SET training = 1 WHERE EXISTS (SELECT 1 FROM settings "
            "WHERE key = 'register.training' AND value = '1')"_s,
            QString(countedOnce)
                .replace(u"OR NEW.register_id <> OLD.register_id"_s,
                    u"OR NEW.register_id <> OLD.register_id OR NEW.training <> OLD.training"_s),
            u"CREATE TABLE print_jobs ("
            " id INTEGER PRIMARY KEY,"
            " created_at TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " label TEXT NOT NULL,"
            " ticket_uuid TEXT NOT NULL DEFAULT '',"
            " data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),"
            " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'printed', 'cancelled')),"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " last_error TEXT NOT NULL DEFAULT '',"
            " printed_at TEXT)"_s,
            u"CREATE INDEX print_jobs_waiting ON print_jobs(state, id)"_s,
        }});
    return steps;
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> s = buildSteps();
    return s;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Migrations::apply(QSqlDatabase db, int target)
{
    if (target < 0)
        target = latestVersion();
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next())
        return Database::errorFrom(version.lastError(), u"reading the schema version"_s);
    const int current = version.value(0).toInt();
    version.finish(); // an open statement keeps the schema from changing ("table is locked")
    if (current > latestVersion()) {
        return Error {u"storage.newer_schema"_s,
            QCoreApplication::translate("comptoir::Database",
                "This database was written by a newer version of Comptoir "
                "(schema %1, this version knows %2). Update Comptoir.")
                .arg(current)
                .arg(latestVersion())};
    }
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        for (const QString &sql : step.statements) {
            if (auto s = exec(db, sql); !s)
                return s;
        }
        if (auto s = exec(db, u"PRAGMA user_version = %1"_s.arg(step.version)); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        qCInfo(lcStorage) << "schema migrated to version" << step.version << step.description;
    }
    return Ok {};
}

namespace {

// Same definitions as in the migrations that first created them.
const QStringList kBulkIndexes = {
    u"CREATE INDEX IF NOT EXISTS products_by_category ON products(category_id, name)"_s,
};

} // namespace

Status Migrations::dropBulkIndexes(QSqlDatabase db)
{
    return exec(db, u"DROP INDEX IF EXISTS products_by_category"_s);
}

Status Migrations::restoreBulkIndexes(QSqlDatabase db)
{
    for (const QString &sql : kBulkIndexes) {
        if (auto s = exec(db, sql); !s)
            return s;
    }
    return Ok {};
}

} // namespace comptoir
