// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalconfig.h"

// Parsing and checking only, with QtCore only (fuzzed through the head office's settings feed);
// terminalsetup.cpp makes the drivers and keeps the setup in the settings table.

#include "payment/concertterminal.h"
#include "payment/nexoterminal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

Error configError(const QString &message)
{
    return Error {u"payment.config"_s, message};
}

// "tcp://host:port" or "serial:/dev/ttyUSB0" (optionally "serial:/dev/ttyUSB0?baud=9600&format=7E1").
Status applyLink(const QString &link, ConcertSettings &s)
{
    if (link.startsWith(u"tcp://"_s)) {
        const QUrl url(link);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
            return configError(QCoreApplication::translate(
                "comptoir::PaymentSetup", "The terminal address \"%1\" is not of the form tcp://host:port.")
                                   .arg(link));
        s.transport = ConcertSettings::Transport::Tcp;
        s.host = url.host();
        s.port = quint16(url.port());
        return Ok {};
    }
    if (link.startsWith(u"serial:"_s)) {
        const QString rest = link.mid(7);
        const QString path = rest.section(u'?', 0, 0);
        if (path.isEmpty())
            return configError(QCoreApplication::translate(
                "comptoir::PaymentSetup", "The terminal's serial port is missing in \"%1\".")
                                   .arg(link));
        s.transport = ConcertSettings::Transport::Serial;
        s.serialPort = path;
        s.framed = true;
        const QString query = rest.section(u'?', 1);
        for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const QString key = pair.section(u'=', 0, 0), value = pair.section(u'=', 1);
            if (key == u"baud"_s) {
                bool ok = false;
                s.baudRate = value.toInt(&ok);
                if (!ok || s.baudRate <= 0)
                    return configError(
                        QCoreApplication::translate("comptoir::PaymentSetup", "Invalid serial speed \"%1\".")
                            .arg(value));
            } else if (key == u"format"_s) {
                // "7E1", "8N1"
                if (value.size() != 3 || !QStringLiteral("78").contains(value[0]) ||
                    !QStringLiteral("NEO").contains(value[1]) || !QStringLiteral("12").contains(value[2]))
                    return configError(QCoreApplication::translate(
                        "comptoir::PaymentSetup", "Invalid serial format \"%1\" (expected e.g. 7E1 or 8N1).")
                                           .arg(value));
                s.dataBits = value[0].digitValue();
                s.parity = value[1].toLatin1();
                s.stopBits = value[2].digitValue();
            } else {
                return configError(
                    QCoreApplication::translate("comptoir::PaymentSetup", "Unknown serial option \"%1\".")
                        .arg(key));
            }
        }
        return Ok {};
    }
    return configError(QCoreApplication::translate(
        "comptoir::PaymentSetup", "The terminal address \"%1\" must start with tcp:// or serial:.")
                           .arg(link));
}

} // namespace

Result<ConcertSettings> concertSettingsFrom(const TerminalConfig &c)
{
    ConcertSettings s;
    const Status link = applyLink(c.options.value(u"link"_s).toString(), s);
    if (!link)
        return link.error();
    const QString format = c.options.value(u"format"_s).toString(u"caisse-ap"_s);
    if (format == u"caisse-ap"_s)
        s.format = ConcertSettings::Format::CaisseAp;
    else if (format == u"protocol-e"_s)
        s.format = ConcertSettings::Format::ProtocolE;
    else
        return configError(QCoreApplication::translate(
            "comptoir::PaymentSetup", "Unknown terminal message format \"%1\" (caisse-ap or protocol-e).")
                               .arg(format));
    if (s.format == ConcertSettings::Format::ProtocolE)
        s.framed = true; // protocol E only exists inside the link layer
    if (c.options.contains(u"framed"_s))
        s.framed = c.options.value(u"framed"_s).toBool() ||
            s.transport == ConcertSettings::Transport::Serial ||
            s.format == ConcertSettings::Format::ProtocolE;
    if (c.options.contains(u"ecr_id"_s)) {
        const QString ecr = c.options.value(u"ecr_id"_s).toString();
        static const QRegularExpression twelveDigits(u"^[0-9]{12}$"_s);
        if (!twelveDigits.match(ecr).hasMatch())
            return configError(QCoreApplication::translate(
                "comptoir::PaymentSetup", "Terminal %1: \"ecr_id\" must be twelve digits (Caisse-AP's CJ).")
                                   .arg(c.id));
        s.ecrId = ecr.toLatin1();
    }
    const int resultTimeout = c.options.value(u"result_timeout_s"_s).toInt(0);
    if (resultTimeout > 0)
        s.resultTimeoutMs = resultTimeout * 1000;
    // The link layer's timers, for terminals slower than the defaults (a Bluetooth base, a
    // 1200-baud line): each within what a terminal can mean, or refused with what is allowed.
    const auto timer = [&](const QString &key, int &into, int low, int high) -> Status {
        if (!c.options.contains(key))
            return Ok {};
        const QJsonValue v = c.options.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < low || d > high)
            return configError(QCoreApplication::translate(
                "comptoir::PaymentSetup", "Terminal %1: \"%2\" must be a whole number from %3 to %4.")
                                   .arg(c.id, key)
                                   .arg(low)
                                   .arg(high));
        into = int(d);
        return Ok {};
    };
    if (auto t = timer(u"ack_timeout_ms"_s, s.ackTimeoutMs, 100, 10000); !t)
        return t.error();
    if (auto t = timer(u"enq_attempts"_s, s.enqAttempts, 1, 10); !t)
        return t.error();
    if (auto t = timer(u"enq_retry_ms"_s, s.enqRetryGapMs, 0, 10000); !t)
        return t.error();
    return s;
}

// nexo: {"url": "https://10.0.0.12:8443/nexo", "poi_id": "P400-123", "sale_id": "CAISSE-1",
// "pin_sha256": "ab12...", "ca_file": "/etc/comptoir/adyen-terminal-root.pem",
// "tls_name": "P400Plus-123456789.test.terminal.adyen.com", "key_id": "shop-key",
// "key_version": 1, "result_timeout_s": 180}
Result<NexoSettings> nexoSettingsFrom(const TerminalConfig &c)
{
    NexoSettings s;
    const QString url = c.options.value(u"url"_s).toString();
    s.url = QUrl(url, QUrl::StrictMode);
    if (!s.url.isValid() || s.url.host().isEmpty() ||
        (s.url.scheme() != u"http"_s && s.url.scheme() != u"https"_s))
        return configError(QCoreApplication::translate("comptoir::PaymentSetup",
            "The terminal address \"%1\" is not of the form https://host:port/path.")
                               .arg(url));
    s.poiId = c.options.value(u"poi_id"_s).toString(c.id).left(32);
    if (c.options.contains(u"sale_id"_s))
        s.saleId = c.options.value(u"sale_id"_s).toString().left(32);
    const QString pin = c.options.value(u"pin_sha256"_s).toString().remove(u':').toLower();
    if (!pin.isEmpty() && (pin.size() != 64 || !std::all_of(pin.begin(), pin.end(), [](QChar ch) {
            return (ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f');
        })))
        return configError(QCoreApplication::translate("comptoir::PaymentSetup",
            "The certificate fingerprint of %1 must be 64 hexadecimal digits (SHA-256).")
                               .arg(c.id));
    s.pinSha256 = pin.toLatin1();
    s.caFile = c.options.value(u"ca_file"_s).toString();
    if (!s.caFile.isEmpty() && !QFile::exists(s.caFile))
        return configError(QCoreApplication::translate(
            "comptoir::PaymentSetup", "The certificate authority file %1 of %2 does not exist.")
                               .arg(s.caFile, c.id));
    s.tlsName = c.options.value(u"tls_name"_s).toString().left(253);
    if ((!s.caFile.isEmpty() || !s.tlsName.isEmpty()) && s.url.scheme() != u"https"_s)
        return configError(QCoreApplication::translate(
            "comptoir::PaymentSetup", "%1 checks the terminal's certificate, but its address is not https.")
                               .arg(c.id));
    // Local-communication security: the key's name and version here, its passphrase in
    // the keychain (TerminalConfig::passphrase, filled by readTerminalSecrets()).
    s.key.identifier = c.options.value(u"key_id"_s).toString().trimmed();
    if (!s.key.identifier.isEmpty()) {
        const QJsonValue version = c.options.value(u"key_version"_s);
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
            version.toDouble() < 0 || version.toDouble() > 9999 || s.key.identifier.size() > 64)
            return configError(QCoreApplication::translate("comptoir::PaymentSetup",
                "The encryption key of %1 needs a key_id of at most 64 characters and a key_version "
                "from 0 to 9999, as set on the terminal.")
                                   .arg(c.id));
        s.key.version = version.toInt();
        s.key.passphrase = c.passphrase;
    }
    const int resultTimeout = c.options.value(u"result_timeout_s"_s).toInt(0);
    if (resultTimeout > 0)
        s.resultTimeoutMs = resultTimeout * 1000;
    return s;
}

Status validateTerminal(const TerminalConfig &config)
{
    if (config.driver == u"concert"_s) {
        auto s = concertSettingsFrom(config);
        return s ? Status {Ok {}} : Status {s.error()};
    }
    if (config.driver == u"nexo"_s) {
        auto s = nexoSettingsFrom(config);
        return s ? Status {Ok {}} : Status {s.error()};
    }
    return configError(QCoreApplication::translate(
        "comptoir::PaymentSetup", "Unknown payment terminal driver \"%1\" for %2.")
                           .arg(config.driver, config.id));
}

Result<PaymentSetup> PaymentSetup::fromJson(const QJsonObject &o)
{
    PaymentSetup setup;
    QStringList ids;
    for (const QJsonValue &v : o.value(u"terminals"_s).toArray()) {
        const QJsonObject t = v.toObject();
        TerminalConfig c;
        c.id = t.value(u"id"_s).toString().trimmed();
        c.label = t.value(u"label"_s).toString(c.id).trimmed();
        c.driver = t.value(u"driver"_s).toString().trimmed();
        c.options = t;
        c.options.remove(u"id"_s);
        c.options.remove(u"label"_s);
        c.options.remove(u"driver"_s);
        if (c.id.isEmpty() || c.driver.isEmpty())
            return configError(QCoreApplication::translate(
                "comptoir::PaymentSetup", "Each payment terminal needs an \"id\" and a \"driver\"."));
        if (ids.contains(c.id))
            return configError(QCoreApplication::translate(
                "comptoir::PaymentSetup", "Two payment terminals have the id \"%1\".")
                                   .arg(c.id));
        ids << c.id;
        setup.terminals << c;
    }
    if (o.contains(u"offline_policy"_s)) {
        auto policy = OfflineCardPolicy::fromJson(o.value(u"offline_policy"_s).toObject());
        if (!policy)
            return policy.error();
        setup.offlinePolicy = policy.value();
    }
    setup.healthIntervalSeconds = o.value(u"health_interval_s"_s).toInt(setup.healthIntervalSeconds);
    if (setup.healthIntervalSeconds < 0)
        return configError(QCoreApplication::translate(
            "comptoir::PaymentSetup", "The terminal health interval cannot be negative."));
    // A typo is caught when the setup is loaded, not at the first card payment.
    for (const TerminalConfig &c : std::as_const(setup.terminals)) {
        if (auto s = validateTerminal(c); !s)
            return s.error();
    }
    return setup;
}

Result<PaymentSetup> PaymentSetup::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return configError(
            QCoreApplication::translate("comptoir::PaymentSetup", "Cannot read the payment setup %1: %2")
                .arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return configError(QCoreApplication::translate(
            "comptoir::PaymentSetup", "The payment setup %1 is not valid JSON (offset %2: %3).")
                               .arg(path)
                               .arg(err.offset)
                               .arg(err.errorString()));
    return fromJson(doc.object());
}

QJsonObject PaymentSetup::toJson() const
{
    QJsonArray list;
    for (const TerminalConfig &c : terminals) {
        QJsonObject t = c.options;
        t.insert(u"id"_s, c.id);
        t.insert(u"label"_s, c.label);
        t.insert(u"driver"_s, c.driver);
        list.append(t);
    }
    return QJsonObject {
        {u"terminals"_s, list},
        {u"offline_policy"_s, offlinePolicy.toJson()},
        {u"health_interval_s"_s, healthIntervalSeconds},
    };
}

PaymentSetup PaymentSetup::demo(quint16 port)
{
    PaymentSetup setup;
    TerminalConfig c;
    c.id = u"tpe-1"_s;
    c.label = u"TPE"_s;
    c.driver = u"concert"_s;
    c.options = QJsonObject {{u"link"_s, u"tcp://127.0.0.1:%1"_s.arg(port)}, {u"format"_s, u"caisse-ap"_s}};
    setup.terminals << c;
    setup.healthIntervalSeconds = 30;
    return setup;
}

} // namespace comptoir
