// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of terminalconfig.h that make drivers and touch the register's database.
#include "terminalconfig.h"

#include "payment/concertterminal.h"
#include "payment/nexoterminal.h"
#include "payment/paymentservice.h"
#include "storage/settingstable.h"
#include "sync/devicecredentials.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Result<PaymentSetup> PaymentSetup::load(const SettingsTable &settings)
{
    const QString text = settings.value(kSettingsKey);
    if (text.isEmpty())
        return PaymentSetup {};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error {u"payment.config"_s,
            QCoreApplication::translate("comptoir::PaymentSetup", "The stored payment setup is damaged: %1")
                .arg(err.errorString())};
    return fromJson(doc.object());
}

Status PaymentSetup::save(SettingsTable &settings) const
{
    return settings.setValue(
        kSettingsKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

Result<PaymentTerminal *> createTerminal(const TerminalConfig &config, QObject *parent)
{
    if (config.driver == u"concert"_s) {
        auto settings = concertSettingsFrom(config);
        if (!settings)
            return settings.error();
        return static_cast<PaymentTerminal *>(new ConcertTerminal(*settings, parent));
    }
    if (config.driver == u"nexo"_s) {
        auto settings = nexoSettingsFrom(config);
        if (!settings)
            return settings.error();
        return static_cast<PaymentTerminal *>(new NexoTerminal(*settings, parent));
    }
    return validateTerminal(config).error(); // an unknown driver
}

QString terminalKeyName(const QString &keyIdentifier, int keyVersion)
{
    return u"nexo-key/%1/%2"_s.arg(keyIdentifier).arg(keyVersion);
}

void wipeTerminalSecrets(PaymentSetup &setup)
{
    for (TerminalConfig &c : setup.terminals)
        nexo::wipe(c.passphrase);
}

QStringList readTerminalSecrets(PaymentSetup &setup)
{
    QStringList problems;
    for (TerminalConfig &c : setup.terminals) {
        const QString id = c.options.value(u"key_id"_s).toString().trimmed();
        if (c.driver != u"nexo"_s || id.isEmpty())
            continue;
        const int version = c.options.value(u"key_version"_s).toInt();
        auto secret = DeviceCredentials::readNow(terminalKeyName(id, version));
        if (secret) {
            QString text = std::move(secret).value();
            c.passphrase = text.toUtf8();
            nexo::wipe(text);
            continue;
        }
        if (secret.error().code == u"keychain.not-found"_s)
            problems << QCoreApplication::translate("comptoir::PaymentSetup",
                "The passphrase of the encryption key %1 (version %2) of terminal %3 is not in this "
                "PC's keychain: set it with comptoirctl terminal set-key %4.")
                            .arg(id)
                            .arg(version)
                            .arg(c.label, c.id);
        else
            problems << QCoreApplication::translate("comptoir::PaymentSetup",
                "The passphrase of the encryption key of terminal %1 cannot be read: %2")
                            .arg(c.label, secret.error().message);
    }
    return problems;
}

Status addTerminals(PaymentService &service, const PaymentSetup &setup)
{
    for (const TerminalConfig &config : setup.terminals) {
        auto terminal = createTerminal(config);
        if (!terminal)
            return terminal.error();
        service.addTerminal(config.id, config.label, terminal.value());
    }
    service.setHealthInterval(setup.healthIntervalSeconds * 1000);
    return Ok {};
}

} // namespace comptoir
