// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-printer-sim: a network receipt printer for the demo and the tests
// (simulator/printersimulator.h). Commands on stdin change its state: "paper-out", "paper",
// "cover-open", "cover-closed", "error", "ok"; each receipt printed is written to --out.
#include "printersimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"A network ESC/POS receipt printer for Comptoir's demo and tests."_s);
    p.addHelpOption();
    p.addOption({u"port"_s, u"TCP port (default 9100; 0: any free port, printed)."_s, u"port"_s, u"9100"_s});
    p.addOption({u"out"_s, u"Folder where each receipt printed is written (receipt-N.bin)."_s, u"dir"_s});
    p.addOption(
        {u"state"_s, u"Starting state: ok, paper-out, cover-open, error, paper-low."_s, u"state"_s, u"ok"_s});
    p.process(app);
    PrinterSimulator printer;
    const auto apply = [&printer](const QString &command) {
        if (command == u"paper-out"_s)
            printer.state.paperEnd = true;
        else if (command == u"paper"_s || command == u"ok"_s)
            printer.state = {};
        else if (command == u"paper-low"_s)
            printer.state.paperNearEnd = true;
        else if (command == u"cover-open"_s)
            printer.state.coverOpen = true;
        else if (command == u"cover-closed"_s)
            printer.state.coverOpen = false;
        else if (command == u"error"_s)
            printer.state.error = true;
        else
            return false;
        std::printf("state: %s\n", qPrintable(printer.state.key()));
        std::fflush(stdout);
        return true;
    };
    if (!apply(p.value(u"state"_s))) {
        std::fprintf(stderr, "comptoir-printer-sim: unknown state %s\n", qPrintable(p.value(u"state"_s)));
        return 64;
    }
    if (!printer.listen(quint16(p.value(u"port"_s).toUInt()))) {
        std::fprintf(
            stderr, "comptoir-printer-sim: cannot listen on port %s\n", qPrintable(p.value(u"port"_s)));
        return 1;
    }
    std::printf("listening: %u\n", printer.port());
    std::fflush(stdout);
    const QString out = p.value(u"out"_s);
    if (!out.isEmpty())
        QDir().mkpath(out);
    QObject::connect(&printer, &PrinterSimulator::receiptPrinted, &app, [&](int count) {
        std::printf("printed: receipt %d, %lld bytes\n", count, qlonglong(printer.receipts.last().size()));
        std::fflush(stdout);
        if (out.isEmpty())
            return;
        QFile f(u"%1/receipt-%2.bin"_s.arg(out).arg(count));
        if (f.open(QIODevice::WriteOnly))
            f.write(printer.receipts.last());
    });
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[128];
        if (!std::fgets(line, sizeof line, stdin)) {
            input.setEnabled(false); // stdin closed: go on until killed
            return;
        }
        const QString command = QString::fromLatin1(line).trimmed();
        if (!command.isEmpty() && !apply(command))
            std::printf("unknown command: %s\n", qPrintable(command));
        std::fflush(stdout);
    });
    return app.exec();
}
