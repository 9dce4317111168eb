// SPDX-License-Identifier: GPL-3.0-or-later
#include "poscontext.h"

#include "cash/cashdrawer.h"
#include "closing/closingbook.h"
#include "closingdesk.h"
#include "drawerdesk.h"
#include "print/printqueue.h"
#include "print/printspooler.h"
#include "print/receiptprinter.h"
#include "printerdesk.h"
#include "printersimulator.h"
#include "staffdesk.h"

#include "audiocue.h"
#include "catalogbrowser.h"
#include "counter/quickkeys.h"
#include "counter/salesession.h"
#include "countercontroller.h"
#include "customerdesk.h"
#include "customerdisplay.h"
#include "demo/demostore.h"
#include "display/poledisplay.h"
#include "language.h"
#include "payment/paymentservice.h"
#include "payment/terminalconfig.h"
#include "ptydevice.h"
#include "sales/eventjournal.h"
#include "scale/dialog06scale.h"
#include "scalesimulator.h"
#include "scan/serialscanner.h"
#include "scaninputfilter.h"
#include "storage/settingstable.h"
#include "sync/devicecredentials.h"
#include "synccontroller.h"
#include "terminalcontroller.h"
#include "terminalsimulator.h"

#include <QDir>
#include <QFileInfo>

#include <QGuiApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCounter)

namespace comptoir {

Result<std::unique_ptr<PosContext>> PosContext::open(const Options &options)
{
    std::unique_ptr<PosContext> c(new PosContext);
    c->m_database = std::make_unique<Database>(options.databasePath);
    if (auto s = c->m_database->open(); !s)
        return s.error();
    QSqlDatabase db = c->m_database->connection();
    if (options.demo) {
        if (auto s = DemoStore::prepare(db, options.demoProducts); !s)
            return s.error();
    }
    SettingsTable settings(db);
    c->m_store = StoreProfile::load(settings);

    BarcodeDecoder decoder;
    if (const QString rules = settings.value(u"scan.variable_measure_rules"_s); !rules.isEmpty()) {
        if (auto parsed = VariableMeasureRule::fromJson(rules))
            decoder.setVariableMeasureRules(*parsed);
        else
            qCWarning(lcCounter) << "ignoring malformed scan.variable_measure_rules";
    }
    ScanBurstDetector::Config wedge;
    // Settings are typed by people: out-of-range values are brought back within reason.
    const auto setting = [&](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int v = settings.value(key).toInt(&ok);
        return ok ? qBound(low, v, high) : fallback;
    };
    wedge.maxKeyIntervalMs = setting(u"scan.max_key_interval_ms"_s, 50, 5, 200);
    wedge.minLength = setting(u"scan.min_length"_s, 6, 2, 64);
    wedge.stallMs = setting(u"scan.stall_ms"_s, wedge.stallMs, wedge.maxKeyIntervalMs, 2000);
    wedge.quietMs = setting(u"scan.quiet_ms"_s, 150, 0, 2000);
    wedge.terminatorRequired = settings.value(u"scan.terminator_required"_s, u"1"_s) == u"1"_s;

    c->m_catalog = std::make_unique<Catalog>(db);
    c->m_audio = std::make_unique<AudioCue>();
    c->m_language = std::make_unique<Language>(nullptr);
    QString language =
        options.language.isEmpty() ? settings.value(u"ui.language"_s, u"fr"_s) : options.language;
    if (!c->m_language->set(language))
        c->m_language->set(u"fr"_s);
    QObject::connect(
        c->m_language.get(), &Language::changed, c->m_language.get(), [db, lang = c->m_language.get()] {
            SettingsTable(db).setValue(u"ui.language"_s, lang->current()).ok();
        });

    c->m_browser = std::make_unique<CatalogBrowser>(*c->m_database);
    c->m_session = std::make_unique<SaleSession>(db, c->m_store, Clerk {}, *c->m_catalog, decoder);
    // Nobody sells, cancels or closes before signing in (staff/clerksession.h).
    c->m_staffJournal = std::make_unique<EventJournal>(db, c->m_store.registerId);
    c->m_clerkDirectory = std::make_unique<ClerkDirectory>(db);
    c->m_clerks = std::make_unique<ClerkSession>(*c->m_clerkDirectory, *c->m_staffJournal);
    c->m_session->setClerks(c->m_clerks.get());
    c->m_staff = std::make_unique<Staff>(*c->m_clerkDirectory, *c->m_clerks,
        options.clerk.isEmpty() ? SettingsTable(db).value(u"staff.last_clerk"_s) : options.clerk);
    c->m_browser->setStaff(c->m_staff.get());
    QObject::connect(c->m_staff.get(), &Staff::clerkChanged, c->m_staff.get(), [ctx = c.get(), db] {
        // Favourites being edited are the clerk's who started it, not the next one's.
        ctx->m_browser->setEditingFavourites(false);
        if (!ctx->m_clerks->signedIn())
            return;
        SettingsTable(db).setValue(u"staff.last_clerk"_s, ctx->m_clerks->clerk().id).ok();
        // The sale the register was in, and the card payments left open, once someone is
        // there to finish them: a sale recovered from the terminal is recorded under a clerk.
        if (!ctx->m_restored) {
            ctx->m_restored = true;
            ctx->m_session->restore();
        }
    });
    // No signing out in the middle of a payment: the payment would have nobody to finish it.
    c->m_staff->setBusy([session = c->m_session.get()] {
        return session->stage() == SaleSession::Stage::Paying
            ? QCoreApplication::translate("comptoir::PosContext", "Finish the payment first.")
            : QString();
    });
    if (auto s = c->setUpPayments(options, settings); !s)
        return s.error();
    c->m_session->setPayments(c->m_payments.get());
    if (auto s = c->setUpScale(options, settings); !s)
        return s.error();
    c->m_session->setScale(c->m_scale.get());
    c->m_customerDisplay = std::make_unique<CustomerDisplay>(
        *c->m_session, settings.value(u"display.customer_language"_s, u"fr"_s));
    const QString poleSpec =
        options.poleDisplay.isEmpty() ? settings.value(u"display.pole"_s) : options.poleDisplay;
    if (!poleSpec.isEmpty()) {
        const auto pole = PoleDisplay::parseSpec(poleSpec);
        if (!pole)
            return Error {u"display.pole_spec"_s,
                QCoreApplication::translate("comptoir::PosContext",
                    "Pole display setting \"%1\" is not valid (expected /dev/ttyUSB1:9600:8N1,epson or "
                    ",cd5220).")
                    .arg(poleSpec)};
        c->m_pole = std::make_unique<PoleDisplay>(*pole);
        c->m_customerDisplay->setPole(c->m_pole.get());
    }
    c->m_counter = std::make_unique<Counter>(*c->m_session, c->m_audio.get());
    c->m_counter->setStaff(c->m_staff.get());
    // The cash drawer: every opening journalled, a cash sale's included.
    c->m_cashDrawer = std::make_unique<CashDrawer>(db, c->m_store.registerId, *c->m_staffJournal);
    c->m_cashDrawer->setClerks(c->m_clerks.get());
    c->m_cashDrawer->setTraining(c->m_store.training);
    c->m_drawer = std::make_unique<DrawerDesk>(*c->m_cashDrawer, *c->m_staff);
    QObject::connect(
        c->m_session.get(), &SaleSession::saleRecorded, c->m_drawer.get(), &DrawerDesk::saleRecorded);
    // The closings: no new sale while an earlier business day waits for its Z.
    c->m_closingBook = std::make_unique<ClosingBook>(db, c->m_store, *c->m_staffJournal);
    c->m_closingBook->setClerks(c->m_clerks.get());
    c->m_closingBook->setDayStartHour(ClosingBook::dayStartHourFrom(db));
    c->m_session->setClosings(c->m_closingBook.get());
    c->m_closings = std::make_unique<ClosingDesk>(*c->m_closingBook, *c->m_staff);
    QObject::connect(
        c->m_session.get(), &SaleSession::closingRequired, c->m_closings.get(), &ClosingDesk::askForClosing);
    QObject::connect(c->m_language.get(), &Language::changed, c->m_closings.get(), &ClosingDesk::refresh);
    // The receipt printer: each receipt, duplicate and closing through a queue kept in the file.
    if (auto s = c->setUpPrinter(options, settings); !s)
        return s.error();
    c->m_printerDesk = std::make_unique<PrinterDesk>(*c->m_session, c->m_spooler.get());
    QObject::connect(
        c->m_session.get(), &SaleSession::saleRecorded, c->m_printerDesk.get(), &PrinterDesk::saleRecorded);
    QObject::connect(
        c->m_drawer.get(), &DrawerDesk::drawerOpened, c->m_printerDesk.get(), &PrinterDesk::openDrawer);
    QObject::connect(c->m_language.get(), &Language::changed, c->m_counter.get(), &Counter::refreshTexts);
    c->m_terminal = std::make_unique<TerminalController>(*c->m_session);
    QObject::connect(
        c->m_language.get(), &Language::changed, c->m_terminal.get(), &TerminalController::refreshTexts);
    QObject::connect(
        c->m_language.get(), &Language::changed, c->m_browser.get(), &CatalogBrowser::refreshTexts);
    QObject::connect(c->m_browser.get(), &CatalogBrowser::notice, c->m_session.get(),
        [ctx = c.get()](const QString &text, bool refused) {
            ctx->m_session->notify(text, refused ? SaleSession::Level::Warning : SaleSession::Level::Success,
                refused ? u"quick_keys.refused"_s : QString());
        });
    // Every change of the favourites page is in the event journal, with the clerk who made it.
    QObject::connect(c->m_browser.get(), &CatalogBrowser::favouritesEdited, c->m_session.get(),
        [ctx = c.get(), db](const QString &action, const QString &sku) {
            EventJournal(db, ctx->m_store.registerId)
                .record(EventJournal::Settings, ctx->m_session->clerk().id,
                    {{u"setting"_s, QLatin1StringView(QuickKeys::kSettingKey)}, {u"action"_s, action},
                        {u"sku"_s, sku}})
                .ok();
        });

    if (options.installKeyFilter) {
        c->m_wedge = std::make_unique<ScanInputFilter>(wedge);
        QObject::connect(
            c->m_wedge.get(), &ScanInputFilter::scanned, c->m_counter.get(), &Counter::handleScan);
        QCoreApplication::instance()->installEventFilter(c->m_wedge.get());
    }
    const QString serialSpec =
        options.serialScanner.isEmpty() ? settings.value(u"scan.serial_port"_s) : options.serialScanner;
    if (!serialSpec.isEmpty()) {
        const auto config = SerialScanner::parseSpec(serialSpec);
        if (!config)
            return Error {u"scan.serial_spec"_s,
                QCoreApplication::translate("comptoir::PosContext",
                    "Serial scanner setting \"%1\" is not valid (expected "
                    "/dev/ttyACM0:9600:8N1).")
                    .arg(serialSpec)};
        c->m_serial = std::make_unique<SerialScanner>(*config);
        QObject::connect(
            c->m_serial.get(), &SerialScanner::scanned, c->m_counter.get(), &Counter::handleScan);
        c->m_serial->start(); // retries by itself while the scanner is unplugged
    }

    EventJournal(db, c->m_store.registerId)
        .record(EventJournal::Start, u"system"_s, {{u"version"_s, QCoreApplication::applicationVersion()}})
        .ok();
    c->m_sync = std::make_unique<SyncController>(*c->m_database);
    QObject::connect(c->m_language.get(), &Language::changed, c->m_sync.get(), &SyncController::refreshTexts);
    QObject::connect(c->m_counter.get(), &Counter::saleRecorded, c->m_sync.get(), &SyncController::syncNow);
    QObject::connect(
        c->m_sync.get(), &SyncController::catalogChanged, c->m_browser.get(), &CatalogBrowser::reload);
    QObject::connect(
        c->m_sync.get(), &SyncController::customersChanged, c->m_counter.get(), &Counter::refreshCustomer);
    c->m_customers =
        std::make_unique<CustomerDesk>(db, *c->m_counter, c->m_store.registerId, c->m_store.storeId);
    c->m_customers->setLookup(c->m_sync->customerLookup());
    c->m_session->setChainLookup(c->m_sync->customerLookup()); // other registers' receipts
    QObject::connect(c->m_customers.get(), &CustomerDesk::saved, c->m_sync.get(), &SyncController::syncNow);
    QObject::connect(c->m_sync.get(), &SyncController::customersChanged, c->m_customers.get(),
        &CustomerDesk::pendingChanged);
    QObject::connect(c->m_sync.get(), &SyncController::changed, c->m_session.get(),
        [ctx = c.get()] { ctx->m_session->setHeadOfficeReachable(ctx->m_sync->state() == u"online"_s); });
    QObject::connect(c->m_sync.get(), &SyncController::clerksChanged, c->m_staff.get(), &Staff::refresh);
    QObject::connect(c->m_sync.get(), &SyncController::storeProfileChanged, c->m_session.get(),
        [ctx = c.get(), db] { ctx->m_session->setStoreProfile(StoreProfile::load(SettingsTable(db))); });
    // Offline card rules and health polling from head office apply at once; terminals, which
    // may be in the middle of a payment, at the next start.
    const auto loaded = PaymentSetup::load(settings);
    const QList<TerminalConfig> startedWith = loaded ? loaded->terminals : QList<TerminalConfig> {};
    QObject::connect(c->m_sync.get(), &SyncController::paymentSetupChanged, c->m_sync.get(),
        [ctx = c.get(), db, startedWith] {
            SettingsTable settings(db);
            const auto setup = PaymentSetup::load(settings);
            if (!setup || !ctx->m_payments)
                return;
            ctx->m_payments->policy().setPolicy(setup->offlinePolicy);
            ctx->m_payments->setHealthInterval(setup->healthIntervalSeconds * 1000);
            ctx->m_sync->setRestartNeeded(setup->terminals != startedWith);
        });
    if (options.headOffice)
        c->m_sync->start();
    // The sale the register was in comes back at the first sign-in (above).
    if (c->m_payments)
        QMetaObject::invokeMethod(c->m_payments.get(), &PaymentService::pollHealth, Qt::QueuedConnection);
    return c;
}

// The register's card terminals from the stored setup. The demo store without one gets a
// terminal simulator in this process, so the README's demo takes cards out of the box.
Status PosContext::setUpPayments(const Options &options, SettingsTable &settings)
{
    auto setup = PaymentSetup::load(settings);
    if (!setup)
        return setup.error();
    PaymentSetup payment = setup.value();
    if (payment.terminals.isEmpty() && options.demo && options.terminalSimulator) {
        TerminalSimulator::Settings sim;
        sim.cardDelayMs = options.simulatorCardDelayMs;
        sim.statePath = QFileInfo(options.databasePath).absoluteDir().filePath(u"demo-terminal.json"_s);
        m_simulator = std::make_unique<TerminalSimulator>(sim);
        auto port = m_simulator->listenTcp(options.simulatorPort);
        if (!port && options.simulatorPort != 0)
            port = m_simulator->listenTcp(0); // another demo runs: any free port
        if (!port)
            return port.error();
        if (options.simulatorControlPort != 0 && !m_simulator->listenControl(options.simulatorControlPort))
            qCWarning(lcCounter) << "terminal simulator: control port" << options.simulatorControlPort
                                 << "in use";
        payment = PaymentSetup::demo(port.value());
        payment.terminals.first().label =
            QCoreApplication::translate("comptoir::PosContext", "Terminal (simulator)");
    }
    // Keys of terminals that secure their messages, from the keychain. Without one, the
    // terminal's requests fail with a message saying what to do; the register still sells.
    for (const QString &problem : readTerminalSecrets(payment))
        qCWarning(lcCounter).noquote() << problem;
    bool numeric = false;
    const int n = m_store.registerId.toInt(&numeric);
    const int registerNumber = numeric ? qBound(1, n, 99) : 1; // echoed in the terminal reference
    m_paymentJournal =
        std::make_unique<PaymentJournal>(m_database->connection(), m_store.registerId, registerNumber);
    m_payments = std::make_unique<PaymentService>(
        *m_paymentJournal, OfflinePolicyEngine(payment.offlinePolicy), registerNumber);
    const Status added = addTerminals(*m_payments, payment);
    wipeTerminalSecrets(payment);
    if (!added)
        return added.error();
    return Ok {};
}

// The register's shop scale, from the option or the setting "scale.port". The demo store
// without one weighs on a simulated Dialog 06 scale in this process, over a pseudo-terminal
// the register opens as it would open the real scale's serial port.
Status PosContext::setUpPrinter(const Options &options, SettingsTable &settings)
{
    if (options.printer == u"off"_s)
        return Ok {};
    QString spec = options.printer.isEmpty() ? settings.value(u"printer.receipt"_s) : options.printer;
    if (spec.isEmpty() && options.demo && options.printerSimulator) {
        m_printerSimulator = std::make_unique<PrinterSimulator>();
        if (!m_printerSimulator->listen(0)) {
            qCWarning(lcCounter) << "demo printer: cannot listen";
            m_printerSimulator.reset();
            return Ok {}; // the demo shows its receipts on the screen
        }
        spec = u"tcp:127.0.0.1:%1"_s.arg(m_printerSimulator->port());
        qCInfo(lcCounter).noquote() << "demo receipt printer: simulated on" << spec;
    }
    if (spec.isEmpty())
        return Ok {};
    const auto printer = PrinterSpec::parse(spec);
    if (!printer)
        return Error {u"printer.spec"_s,
            QCoreApplication::translate("comptoir::PosContext",
                "Receipt printer setting \"%1\" is not valid (expected tcp:HOST[:PORT], serial:DEVICE[:BAUD] "
                "or "
                "usb:/dev/usb/lp0).")
                .arg(spec)};
    m_receiptPrinter = std::make_unique<ReceiptPrinter>(*printer);
    m_printQueue = std::make_unique<PrintQueue>(m_database->connection());
    m_spooler = std::make_unique<PrintSpooler>(*m_printQueue, *m_receiptPrinter);
    return Ok {};
}

Status PosContext::setUpScale(const Options &options, SettingsTable &settings)
{
    if (options.scale == u"off"_s)
        return Ok {};
    QString spec = options.scale.isEmpty() ? settings.value(u"scale.port"_s) : options.scale;
    if (spec.isEmpty() && options.demo && options.scaleSimulator) {
        m_scaleLine = std::make_unique<sim::PtyDevice>();
        if (!m_scaleLine->open(QIODevice::ReadWrite)) {
            qCWarning(lcCounter) << "demo scale: no pseudo-terminal:" << m_scaleLine->errorString();
            m_scaleLine.reset();
            return Ok {}; // the demo weighs on the pad
        }
        sim::ScaleSimulator::Config sim;
        sim.demoLoads = true;
        m_scaleSimulator = std::make_unique<sim::ScaleSimulator>(sim);
        m_scaleSimulator->attach(m_scaleLine.get());
        spec = m_scaleLine->slavePath();
    }
    if (spec.isEmpty())
        return Ok {};
    auto config = Dialog06Scale::parseSpec(spec);
    if (!config)
        return Error {u"scale.spec"_s,
            QCoreApplication::translate(
                "comptoir::PosContext", "Scale setting \"%1\" is not valid (expected /dev/ttyUSB0:9600:7O1).")
                .arg(spec)};
    // The scale maker's Dialog 06 polynomial is theirs and the store's: in the keychain.
    if (!m_scaleSimulator) {
        auto polynomial = DeviceCredentials::readNow(u"scale-dialog06-polynomial"_s);
        if (polynomial)
            config->polynomial = polynomial.value().trimmed().toUInt(nullptr, 16);
    }
    config->checksum = qChecksum(QCoreApplication::applicationVersion().toUtf8());
    m_scale = std::make_unique<Dialog06Scale>(*config);
    qCInfo(lcCounter).noquote() << "scale:" << m_scale->description();
    return Ok {};
}

PosContext::~PosContext()
{
    if (m_clerks)
        m_clerks->signOut();
    if (m_database)
        EventJournal(m_database->connection(), m_store.registerId)
            .record(EventJournal::Stop, u"system"_s)
            .ok();
    if (m_wedge && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_wedge.get());
    Counter::setInstance(nullptr);
    Staff::setInstance(nullptr);
    DrawerDesk::setInstance(nullptr);
    ClosingDesk::setInstance(nullptr);
    PrinterDesk::setInstance(nullptr);
    TerminalController::setInstance(nullptr);
    SyncController::setInstance(nullptr);
    CustomerDesk::setInstance(nullptr);
    CatalogBrowser::setInstance(nullptr);
    CustomerDisplay::setInstance(nullptr);
    Language::setInstance(nullptr);
    m_customerDisplay.reset();
    m_pole.reset();
    m_serial.reset();
    m_customers.reset();
    m_sync.reset();
    m_wedge.reset();
    m_terminal.reset();
    m_counter.reset();
    m_session.reset();
    m_printerDesk.reset();
    m_spooler.reset();
    m_printQueue.reset();
    m_receiptPrinter.reset();
    m_printerSimulator.reset();
    m_closings.reset();
    m_closingBook.reset();
    m_drawer.reset();
    m_cashDrawer.reset();
    m_staff.reset();
    m_clerks.reset();
    m_clerkDirectory.reset();
    m_staffJournal.reset();
    m_payments.reset();
    m_paymentJournal.reset();
    m_simulator.reset();
    m_browser.reset();
    m_language.reset();
    m_audio.reset();
    m_catalog.reset();
    m_database.reset();
}

void PosContext::attach(QQmlEngine *engine)
{
    Counter::setInstance(m_counter.get());
    Staff::setInstance(m_staff.get());
    DrawerDesk::setInstance(m_drawer.get());
    ClosingDesk::setInstance(m_closings.get());
    PrinterDesk::setInstance(m_printerDesk.get());
    TerminalController::setInstance(m_terminal.get());
    SyncController::setInstance(m_sync.get());
    CustomerDesk::setInstance(m_customers.get());
    CatalogBrowser::setInstance(m_browser.get());
    CustomerDisplay::setInstance(m_customerDisplay.get());
    Language::setInstance(m_language.get());
    m_language->setEngine(engine);
}

} // namespace comptoir
