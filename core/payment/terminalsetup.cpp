// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of terminalconfig.h that make drivers and touch the register's database.
#include "terminalconfig.h"

#include "payment/concertterminal.h"
#include "payment/nexoterminal.h"
#include "payment/paymentservice.h"
#include "storage/settingstable.h"

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
