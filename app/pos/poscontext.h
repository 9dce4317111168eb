// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "sales/storeprofile.h"
#include "storage/database.h"

#include <memory>

class QQmlEngine;

namespace comptoir {

class AudioCue;
class CatalogBrowser;
class Counter;
class CustomerDesk;
class CustomerDisplay;
class PoleDisplay;
class Language;
class PaymentJournal;
class PaymentService;
class SaleSession;
class TerminalController;
class TerminalSimulator;
class PrinterSimulator;
class ReceiptPrinter;
class PrintQueue;
class PrintSpooler;
class PrinterDesk;
class ScanInputFilter;
class Scale;
namespace sim {
class PtyDevice;
class ScaleSimulator;
} // namespace sim
class SerialScanner;
class SyncController;
class ClerkDirectory;
class ClerkSession;
class EventJournal;
class Staff;
class CashDrawer;
class DrawerDesk;
class ClosingBook;
class ClosingDesk;

// The long-lived objects of one register, made once by main() (or a test) and handed to QML
// as singletons: the database, the catalog, the controllers and the scanner inputs.
class PosContext
{
public:
    struct Options
    {
        QString databasePath;
        bool demo = false; // set up the demo store (training mode) if the database is new
        qint64 demoProducts = 5000; // catalog size for a new demo database
        QString serialScanner; // "/dev/ttyACM0:9600:8N1"; empty: the setting, if any
        QString language; // "fr"/"en"; empty: the saved choice, else French
        bool installKeyFilter = true; // keyboard-wedge detection on the whole application
        // The demo's card terminal: a simulator in this process on these ports (0: any free
        // port), used when no terminal is configured. Drive it with `comptoir-terminal-sim send`.
        bool terminalSimulator = true;
        quint16 simulatorPort = 8888;
        quint16 simulatorControlPort = 8899;
        int simulatorCardDelayMs = 1500;
        bool headOffice = true; // sync with head office when the register is enrolled
        // The shop scale: "/dev/ttyUSB0:9600:7O1" (Dialog 06); empty: the setting, if any;
        // "off": none.
        // The demo without one gets a simulated Dialog 06 scale on a pseudo-terminal.
        QString scale;
        bool scaleSimulator = true;
        // The customer's pole display: "/dev/ttyUSB1:9600:8N1,epson" (or ",cd5220"); empty:
        // the setting display.pole, if any.
        QString poleDisplay;
        // The clerk the sign-in screen offers first (their PIN is still asked).
        QString clerk;
        // The receipt printer (print/receiptprinter.h: tcp:HOST[:PORT], serial:..., usb:...);
        // empty: the setting printer.receipt, if any; "off": none. The demo without one prints
        // to a simulated network printer in this process.
        QString printer;
        bool printerSimulator = true;
    };

    static Result<std::unique_ptr<PosContext>> open(const Options &options);
    ~PosContext();

    // Registers the singletons' instances and binds retranslation to `engine`.
    void attach(QQmlEngine *engine);

    Database &database() { return *m_database; }
    const StoreProfile &store() const { return m_store; }
    SaleSession *session() { return m_session.get(); }
    Counter *counter() { return m_counter.get(); }
    CatalogBrowser *browser() { return m_browser.get(); }
    Language *language() { return m_language.get(); }
    ScanInputFilter *wedge() { return m_wedge.get(); }
    TerminalController *terminal() { return m_terminal.get(); }
    PaymentService *payments() { return m_payments.get(); }
    TerminalSimulator *simulator() { return m_simulator.get(); }
    AudioCue *audio() { return m_audio.get(); }
    SyncController *sync() { return m_sync.get(); }
    CustomerDesk *customers() { return m_customers.get(); }
    CustomerDisplay *customerDisplay() { return m_customerDisplay.get(); }
    Staff *staff() { return m_staff.get(); }
    DrawerDesk *drawer() { return m_drawer.get(); }
    ClosingDesk *closings() { return m_closings.get(); }
    PrinterDesk *printer() { return m_printerDesk.get(); }
    PrinterSimulator *printerSimulator() { return m_printerSimulator.get(); }
    ClerkSession *clerks() { return m_clerks.get(); }
    Scale *scale() { return m_scale.get(); }
    sim::ScaleSimulator *scaleSimulator() { return m_scaleSimulator.get(); }

private:
    PosContext() = default;
    Status setUpPayments(const Options &options, SettingsTable &settings);
    Status setUpScale(const Options &options, SettingsTable &settings);
    Status setUpPrinter(const Options &options, SettingsTable &settings);

    std::unique_ptr<Database> m_database;
    StoreProfile m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EventJournal> m_staffJournal;
    std::unique_ptr<ClerkDirectory> m_clerkDirectory;
    std::unique_ptr<ClerkSession> m_clerks;
    std::unique_ptr<Staff> m_staff;
    std::unique_ptr<CashDrawer> m_cashDrawer;
    std::unique_ptr<DrawerDesk> m_drawer;
    std::unique_ptr<ClosingBook> m_closingBook;
    std::unique_ptr<ClosingDesk> m_closings;
    std::unique_ptr<PrinterSimulator> m_printerSimulator;
    std::unique_ptr<ReceiptPrinter> m_receiptPrinter;
    std::unique_ptr<PrintQueue> m_printQueue;
    std::unique_ptr<PrintSpooler> m_spooler;
    std::unique_ptr<PrinterDesk> m_printerDesk;
    bool m_restored = false; // the sale in progress brought back (at the first sign-in)
    std::unique_ptr<AudioCue> m_audio;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<CatalogBrowser> m_browser;
    std::unique_ptr<TerminalSimulator> m_simulator;
    std::unique_ptr<PaymentJournal> m_paymentJournal;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<SaleSession> m_session;
    std::unique_ptr<Counter> m_counter;
    std::unique_ptr<TerminalController> m_terminal;
    std::unique_ptr<ScanInputFilter> m_wedge;
    std::unique_ptr<SerialScanner> m_serial;
    std::unique_ptr<sim::PtyDevice> m_scaleLine; // the demo scale's side of its pty
    std::unique_ptr<sim::ScaleSimulator> m_scaleSimulator;
    std::unique_ptr<Scale> m_scale;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<CustomerDesk> m_customers;
    std::unique_ptr<PoleDisplay> m_pole;
    std::unique_ptr<CustomerDisplay> m_customerDisplay;
};

} // namespace comptoir
