// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "money/money.h"
#include "payment/terminaltypes.h"

#include <QJsonObject>
#include <QStringList>

namespace comptoir {

// The store's rules for card payments taken while the terminal cannot reach the bank
// (store-and-forward). Set by head office; a local JSON file until head office pushes it.
// Checked before the terminal is asked, and again on what the terminal answered.
struct OfflineCardPolicy
{
    bool enabled = true;
    Money maxAmount = Money::fromCents(5000); // per payment
    int maxCount = 20; // stored and not yet forwarded, per register
    Money maxTotal = Money::fromCents(30000);
    QStringList allowedBrands {QStringLiteral("CB"), QStringLiteral("VISA"), QStringLiteral("MASTERCARD")};
    QStringList allowedEntryModes {QStringLiteral("chip"), QStringLiteral("contactless")};
    bool refundsAllowed = false;
    int forwardDeadlineHours = 24;

    static Result<OfflineCardPolicy> fromJson(const QJsonObject &o);
    static Result<OfflineCardPolicy> load(const QString &path); // missing file: the defaults
    QJsonObject toJson() const;
    friend bool operator==(const OfflineCardPolicy &, const OfflineCardPolicy &) = default;
};

// What is stored on the register and not yet confirmed by the bank.
struct OfflineExposure
{
    int count = 0;
    Money total;
    friend bool operator==(const OfflineExposure &, const OfflineExposure &) = default;
};

struct OfflineAllowance
{
    bool enabled = false;
    Money perPayment; // the largest payment that may be taken now
    int paymentsLeft = 0;
    Money totalLeft;
};

class OfflinePolicyEngine
{
public:
    explicit OfflinePolicyEngine(OfflineCardPolicy policy = {})
        : m_policy(std::move(policy))
    { }

    const OfflineCardPolicy &policy() const { return m_policy; }
    void setPolicy(OfflineCardPolicy policy) { m_policy = std::move(policy); }

    OfflineAllowance allowance(const OfflineExposure &exposure) const;

    // Before asking the terminal, when it is known to be without its bank. The error says
    // what the clerk can do instead (clerk-facing, translated).
    Status checkRequest(TerminalOperation operation, Money amount, const OfflineExposure &exposure) const;
    // On an answer approved offline: the card and the way it was read must be allowed too.
    Status checkApproval(const TerminalResult &result) const;

private:
    OfflineCardPolicy m_policy;
};

} // namespace comptoir
