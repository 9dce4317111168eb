// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/offlinepolicy.h"

#include <QJsonObject>
#include <QList>

class QObject;

namespace comptoir {

class PaymentService;
class PaymentTerminal;
class SettingsTable;

// One terminal of a register as the store configures it. `driver` picks the protocol;
// `options` are the driver's own (see README, "Payment terminals"). Nothing above
// createTerminal() looks inside them.
struct TerminalConfig
{
    QString id; // stable, used in the attempt journal ("tpe-1")
    QString label; // shown to the clerk ("Comptoir", "4G mobile")
    QString driver; // "concert" (Concert V3 / Caisse-AP, protocol E) or "nexo"
    QJsonObject options;
    // A secret the driver needs (a nexo terminal's key passphrase), read from the keychain by
    // readTerminalSecrets(); never saved with the options.
    QByteArray passphrase;

    friend bool operator==(const TerminalConfig &, const TerminalConfig &) = default;
};

// A register's card payment setup: its terminals in failover order, the store's offline
// card rules and how often terminals are polled for health. Stored as JSON in the settings
// table under kSettingsKey (head office pushes it there later); `comptoirctl payment-config`
// loads it from a file.
struct PaymentSetup
{
    static inline const QString kSettingsKey = QStringLiteral("payment.setup");

    QList<TerminalConfig> terminals;
    OfflineCardPolicy offlinePolicy;
    int healthIntervalSeconds = 60;

    static Result<PaymentSetup> fromJson(const QJsonObject &o);
    static Result<PaymentSetup> fromFile(const QString &path);
    // The stored setup; an empty one (no terminal) when none was ever set.
    static Result<PaymentSetup> load(const SettingsTable &settings);
    Status save(SettingsTable &settings) const;
    QJsonObject toJson() const;

    // The demo store's setup: one Caisse-AP terminal (the simulator) on 127.0.0.1:`port`.
    static PaymentSetup demo(quint16 port);
};

struct ConcertSettings;
struct NexoSettings;

// A terminal's options read into its driver's settings, or a clear message on an unknown
// driver or invalid options. QtCore only: head office's settings feed is checked with it.
Status validateTerminal(const TerminalConfig &config);
Result<ConcertSettings> concertSettingsFrom(const TerminalConfig &config);
Result<NexoSettings> nexoSettingsFrom(const TerminalConfig &config);

// Makes the driver a configuration names. Fails with a clear message on an unknown driver
// or invalid options.
Result<PaymentTerminal *> createTerminal(const TerminalConfig &config, QObject *parent = nullptr);

// The keychain entry holding the passphrase of a nexo terminal's shared key.
QString terminalKeyName(const QString &keyIdentifier, int keyVersion);
// Reads from the keychain the passphrase of every terminal whose options name a key. A
// terminal whose passphrase cannot be read keeps none: its requests fail with a message
// saying so (the register still starts). Returns one message per terminal left without.
QStringList readTerminalSecrets(PaymentSetup &setup);
// Once the terminals are made (they keep derived keys only): the passphrases overwritten.
void wipeTerminalSecrets(PaymentSetup &setup);

// Gives `service` the setup's terminals (in failover order) and health interval.
Status addTerminals(PaymentService &service, const PaymentSetup &setup);

} // namespace comptoir
