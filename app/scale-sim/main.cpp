// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-scale-sim: a Dialog 06 price-computing scale, on a serial device (one end of a socat
// pair, a real cable) or on a pseudo-terminal of its own, for demos, tests and a store IT's
// rehearsals. The platter is driven from standard input: "load 1234" (grams), "silent on|off".
#include "ptydevice.h"
#include "scalesimulator.h"

#include "common/serialline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSerialPort>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using comptoir::sim::ScaleSimulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"comptoir-scale-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A Dialog 06 shop scale for Comptoir's demos and tests. Commands on "
                                     "standard input: load <grams>, silent on|off."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"device"_s, u"Serial device to answer on (e.g. one end of a socat pair)."_s, u"path"_s});
    parser.addOption(
        {u"pty"_s, u"Make a pseudo-terminal and link its register side to <path>."_s, u"path"_s});
    parser.addOption({u"polynomial"_s, u"Dialog 06 checksum polynomial, hexadecimal (17 bits)."_s, u"hex"_s});
    parser.addOption({u"demo-loads"_s, u"A new article on the platter for every price (the demo)."_s});
    parser.addOption({u"load"_s, u"Grams on the platter at start."_s, u"grams"_s, u"0"_s});
    parser.process(app);

    ScaleSimulator::Config config;
    config.polynomial = parser.value(u"polynomial"_s).toUInt(nullptr, 16);
    config.demoLoads = parser.isSet(u"demo-loads"_s);
    ScaleSimulator scale(config);
    scale.setLoad(parser.value(u"load"_s).toInt());

    QTextStream out(stdout);
    std::unique_ptr<QIODevice> line;
    if (parser.isSet(u"pty"_s)) {
        auto pty = std::make_unique<comptoir::sim::PtyDevice>();
        if (!pty->open(QIODevice::ReadWrite)) {
            std::fprintf(stderr, "cannot make a pseudo-terminal: %s\n", qPrintable(pty->errorString()));
            return 1;
        }
        const QString link = parser.value(u"pty"_s);
        QFile::remove(link);
        if (!QFile::link(pty->slavePath(), link)) {
            std::fprintf(stderr, "cannot link %s\n", qPrintable(link));
            return 1;
        }
        line = std::move(pty);
    } else if (parser.isSet(u"device"_s)) {
        auto port = std::make_unique<QSerialPort>(parser.value(u"device"_s));
        if (!comptoir::openSerialLine(*port, QIODevice::ReadWrite,
                {9600, QSerialPort::Data7, QSerialPort::OddParity, QSerialPort::OneStop})) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(port->portName()),
                qPrintable(port->errorString()));
            return 1;
        }
        line = std::move(port);
    } else {
        parser.showHelp(2);
    }
    scale.attach(line.get());
    QObject::connect(&scale, &ScaleSimulator::weighed, &app, [&out](int grams, qint64 unit, qint64 price) {
        out << "weighed " << grams << " g at " << unit << " = " << price << "\n";
        out.flush();
    });
    out << "ready\n";
    out.flush();

    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            QCoreApplication::quit();
            return;
        }
        const QStringList words = QString::fromLocal8Bit(buffer).simplified().split(u' ');
        if (words.value(0) == u"load"_s && words.size() == 2)
            scale.setLoad(words[1].toInt());
        else if (words.value(0) == u"silent"_s)
            scale.setSilent(words.value(1) == u"on"_s);
        else if (!words.value(0).isEmpty())
            out << "unknown command\n";
        out << "ok\n";
        out.flush();
    });
    return app.exec();
}
