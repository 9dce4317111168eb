// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-terminal-sim: a payment terminal on TCP and on a pseudo-terminal, for demos,
// tests and a store IT's rehearsals. `serve` runs it; `send` drives a running one.
#include "terminalsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>
#include <QTextStream>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using comptoir::TerminalSimulator;

namespace {

int send(quint16 port, const QString &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTcpSocket s;
    s.connectToHost(u"127.0.0.1"_s, port);
    if (!s.waitForConnected(3000)) {
        err << "No terminal simulator answers on control port " << port << ": " << s.errorString() << "\n";
        return 1;
    }
    s.write((command + u'\n').toUtf8());
    while (!s.canReadLine()) {
        if (!s.waitForReadyRead(5000)) {
            err << "The simulator did not answer.\n";
            return 1;
        }
    }
    const QString reply = QString::fromUtf8(s.readLine()).trimmed();
    out << reply << "\n";
    return reply.startsWith(u"ok"_s) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"comptoir-terminal-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Payment terminal simulator (Concert V3 / Caisse-AP, protocol E, nexo JSON over HTTP).\n\n"
        "  serve   run a terminal: --tcp PORT, --pty PATH, --serial-device DEV, --nexo PORT,\n"
        "          --control PORT, --state FILE\n"
        "  send    drive a running terminal: send [--control PORT] COMMAND...\n\n"
        "Commands: behaviour NAME [COUNT] | acquirer up|down | forward [--decline-count N] [--decline "
        "REF]... |\n"
        "          reboot | floor-limit CENTS | status\n"
        "Behaviours: approve, decline, card-removed, customer-cancel, input-timeout, slow, busy, no-answer,\n"
        "            garbled, bad-checksum, nak-once, nak-storm, disconnect, reboot, wrong-reference"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"serve or send"_s);
    const QCommandLineOption tcp(u"tcp"_s, u"TCP port to listen on (8888 is usual; 0: any)."_s, u"port"_s);
    const QCommandLineOption pty(
        u"pty"_s, u"Create a pseudo-terminal and link it at this path."_s, u"path"_s);
    const QCommandLineOption serialDevice(u"serial-device"_s,
        u"Serve the serial link layer on an existing device (e.g. one end of a socat pty pair)."_s,
        u"device"_s);
    const QCommandLineOption nexo(
        u"nexo"_s, u"Serve the nexo terminal API (POST /nexo) on this HTTP port (0: any)."_s, u"port"_s);
    const QCommandLineOption nexoCert(
        u"nexo-cert"_s, u"Serve nexo over HTTPS with this certificate (PEM); needs --nexo-key."_s, u"file"_s);
    const QCommandLineOption nexoKey(u"nexo-key"_s, u"Private key (PEM) of --nexo-cert."_s, u"file"_s);
    const QCommandLineOption nexoKeyId(u"nexo-key-id"_s,
        u"Secure nexo messages as an Adyen terminal does, with this shared key identifier; needs "
        "--nexo-key-version and --nexo-passphrase-file."_s,
        u"id"_s);
    const QCommandLineOption nexoKeyVersion(u"nexo-key-version"_s, u"Version of --nexo-key-id."_s, u"n"_s);
    const QCommandLineOption nexoPassphrase(
        u"nexo-passphrase-file"_s, u"File whose first line is the passphrase of --nexo-key-id."_s, u"file"_s);
    const QCommandLineOption control(u"control"_s, u"Control port (default 8899)."_s, u"port"_s, u"8899"_s);
    const QCommandLineOption state(u"state"_s, u"Journal file kept across restarts."_s, u"file"_s);
    const QCommandLineOption floor(
        u"floor-limit"_s, u"Offline floor limit in cents (default 5000)."_s, u"cents"_s);
    const QCommandLineOption cardDelay(
        u"card-delay"_s, u"Time the customer takes, in ms (default 400)."_s, u"ms"_s);
    const QCommandLineOption slowDelay(
        u"slow-delay"_s, u"Time of a slow customer, in ms (default 8000)."_s, u"ms"_s);
    const QCommandLineOption ackDelay(u"ack-delay"_s,
        u"Time before the ACK to the register's ENQ, in ms, like a USB base or a Bluetooth cradle (default 0)."_s,
        u"ms"_s);
    const QCommandLineOption statusDelay(u"status-delay"_s,
        u"Time to answer a status, last-transaction or end-of-day request, in ms (default 30)."_s, u"ms"_s);
    const QCommandLineOption network(u"network"_s, u"Network reported: ethernet, wifi, 4g."_s, u"type"_s);
    const QCommandLineOption serial(u"serial"_s, u"Serial number reported."_s, u"serial"_s);
    const QCommandLineOption standard(u"standard"_s,
        u"Answer Caisse-AP as a standard terminal: no vendor (Z*) records, no status or batch request."_s);
    const QCommandLineOption noTestAmounts(u"no-adyen-test-amounts"_s,
        u"On nexo, do not decline Adyen's test amounts (ending in 124-128, 134)."_s);
    parser.addOptions({tcp, pty, serialDevice, nexo, nexoCert, nexoKey, nexoKeyId, nexoKeyVersion,
        nexoPassphrase, control, state, floor, cardDelay, ackDelay, slowDelay, statusDelay, network, serial,
        standard, noTestAmounts});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const quint16 controlPort = quint16(parser.value(control).toUInt());
    if (!args.isEmpty() && args.first() == u"send"_s) {
        if (args.size() < 2)
            parser.showHelp(2);
        return send(controlPort, args.mid(1).join(u' '));
    }
    if (args.isEmpty() || args.first() != u"serve"_s)
        parser.showHelp(2);

    TerminalSimulator::Settings settings;
    settings.statePath = parser.value(state);
    if (parser.isSet(floor))
        settings.floorLimit = comptoir::Money::fromCents(parser.value(floor).toLongLong());
    if (parser.isSet(cardDelay))
        settings.cardDelayMs = parser.value(cardDelay).toInt();
    if (parser.isSet(slowDelay))
        settings.slowDelayMs = parser.value(slowDelay).toInt();
    if (parser.isSet(ackDelay))
        settings.ackDelayMs = qBound(0, parser.value(ackDelay).toInt(), 10000);
    if (parser.isSet(statusDelay))
        settings.statusDelayMs = qBound(0, parser.value(statusDelay).toInt(), 60000);
    if (parser.isSet(network))
        settings.network = parser.value(network);
    if (parser.isSet(serial))
        settings.serial = parser.value(serial);
    settings.vendorRecords = !parser.isSet(standard);
    settings.adyenTestAmounts = !parser.isSet(noTestAmounts);
    TerminalSimulator sim(settings);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(tcp) || (!parser.isSet(pty) && !parser.isSet(serialDevice) && !parser.isSet(nexo))) {
        const auto port = sim.listenTcp(quint16(parser.value(tcp).toUInt()));
        if (!port) {
            err << "Cannot listen: " << port.error().message << "\n";
            return 1;
        }
        out << "tcp " << port.value() << "\n";
    }
    if (parser.isSet(pty)) {
        const auto path = sim.openPty(parser.value(pty));
        if (!path) {
            err << path.error().message << "\n";
            return 1;
        }
        out << "pty " << path.value() << "\n";
    }
    if (parser.isSet(serialDevice)) {
        if (const auto s = sim.attachSerial(parser.value(serialDevice)); !s) {
            err << s.error().message << "\n";
            return 1;
        }
        out << "serial " << parser.value(serialDevice) << "\n";
    }
    if (parser.isSet(nexoKeyId)) {
        QFile file(parser.value(nexoPassphrase));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "Cannot read the passphrase file " << file.fileName() << "\n";
            return 1;
        }
        QByteArray passphrase = file.readLine();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
        if (auto s =
                sim.setNexoKey({parser.value(nexoKeyId), parser.value(nexoKeyVersion).toInt(), passphrase});
            !s) {
            err << s.error().message << "\n";
            return 1;
        }
    }
    if (parser.isSet(nexo)) {
        const auto port = sim.listenNexo(
            quint16(parser.value(nexo).toUInt()), parser.value(nexoCert), parser.value(nexoKey));
        if (!port) {
            err << "Cannot listen: " << port.error().message << "\n";
            return 1;
        }
        out << "nexo " << (parser.isSet(nexoCert) ? "https" : "http") << "://127.0.0.1:" << port.value()
            << "/nexo\n";
    }
    const auto c = sim.listenControl(controlPort);
    if (!c) {
        err << "Cannot open the control port: " << c.error().message << "\n";
        return 1;
    }
    out << "control " << c.value() << "\n";
    out.flush();
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
