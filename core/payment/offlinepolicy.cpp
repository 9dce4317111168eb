// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinepolicy.h"

#include "payment/cardvocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

Error policyError(const char *code, const QString &message)
{
    return Error {QString::fromLatin1(code), message};
}

QStringList strings(const QJsonValue &v, const QStringList &fallback)
{
    if (!v.isArray())
        return fallback;
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString().trimmed();
    return out;
}

} // namespace

Result<OfflineCardPolicy> OfflineCardPolicy::fromJson(const QJsonObject &o)
{
    OfflineCardPolicy p;
    auto cents = [&](const char *key, Money fallback) -> std::optional<Money> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
            return std::nullopt;
        return Money::fromCents(v.toInteger());
    };
    p.enabled = o.value(u"enabled"_s).toBool(p.enabled);
    const auto maxAmount = cents("max_amount_cents", p.maxAmount);
    const auto maxTotal = cents("max_total_cents", p.maxTotal);
    if (!maxAmount || !maxTotal) {
        return policyError("policy.invalid",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "The offline card rules are invalid: amounts must be whole numbers of cents."));
    }
    p.maxAmount = *maxAmount;
    p.maxTotal = *maxTotal;
    p.maxCount = o.value(u"max_count"_s).toInt(p.maxCount);
    p.allowedBrands = strings(o.value(u"allowed_brands"_s), p.allowedBrands);
    p.allowedEntryModes = strings(o.value(u"allowed_entry_modes"_s), p.allowedEntryModes);
    p.refundsAllowed = o.value(u"refunds_allowed"_s).toBool(p.refundsAllowed);
    p.forwardDeadlineHours = o.value(u"forward_deadline_hours"_s).toInt(p.forwardDeadlineHours);
    if (p.maxCount < 0 || p.forwardDeadlineHours <= 0)
        return policyError("policy.invalid",
            QCoreApplication::translate("comptoir::OfflinePolicy", "The offline card rules are invalid."));
    return p;
}

Result<OfflineCardPolicy> OfflineCardPolicy::load(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.exists())
        return OfflineCardPolicy {};
    if (!f.open(QIODevice::ReadOnly))
        return policyError("policy.unreadable",
            QCoreApplication::translate(
                "comptoir::OfflinePolicy", "The offline card rules file cannot be read: %1")
                .arg(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return policyError("policy.invalid",
            QCoreApplication::translate(
                "comptoir::OfflinePolicy", "The offline card rules file is not valid JSON: %1")
                .arg(path));
    return fromJson(doc.object());
}

QJsonObject OfflineCardPolicy::toJson() const
{
    return {{u"enabled"_s, enabled}, {u"max_amount_cents"_s, maxAmount.cents()}, {u"max_count"_s, maxCount},
        {u"max_total_cents"_s, maxTotal.cents()},
        {u"allowed_brands"_s, QJsonArray::fromStringList(allowedBrands)},
        {u"allowed_entry_modes"_s, QJsonArray::fromStringList(allowedEntryModes)},
        {u"refunds_allowed"_s, refundsAllowed}, {u"forward_deadline_hours"_s, forwardDeadlineHours}};
}

OfflineAllowance OfflinePolicyEngine::allowance(const OfflineExposure &exposure) const
{
    OfflineAllowance a;
    a.enabled = m_policy.enabled;
    if (!a.enabled)
        return a;
    a.paymentsLeft = qMax(0, m_policy.maxCount - exposure.count);
    a.totalLeft = qMax(Money(), m_policy.maxTotal - exposure.total);
    a.perPayment = a.paymentsLeft > 0 ? qMin(m_policy.maxAmount, a.totalLeft) : Money();
    return a;
}

Status OfflinePolicyEngine::checkRequest(
    TerminalOperation operation, Money amount, const OfflineExposure &exposure) const
{
    const QString otherTender = QCoreApplication::translate(
        "comptoir::OfflinePolicy", "Ask for another payment method (cash, cheque).");
    if (!m_policy.enabled) {
        return policyError("policy.offline_disabled",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "The card terminal cannot reach the bank and this store takes no card payment offline.") +
                u' ' + otherTender);
    }
    if (operation == TerminalOperation::Refund || operation == TerminalOperation::Reversal) {
        if (!m_policy.refundsAllowed) {
            return policyError("policy.no_offline_refund",
                QCoreApplication::translate("comptoir::OfflinePolicy",
                    "Card refunds need the bank, which the terminal cannot reach. Refund in cash or try "
                    "again later."));
        }
        return Ok {};
    }
    const OfflineAllowance a = allowance(exposure);
    if (a.paymentsLeft <= 0) {
        return policyError("policy.offline_count",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "The register already holds %n card payment(s) waiting for the bank, the most allowed.",
                nullptr, m_policy.maxCount) +
                u' ' + otherTender);
    }
    if (amount > m_policy.maxAmount) {
        return policyError("policy.offline_amount",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "Without the bank, card payments are limited to %1 (this one is %2).")
                    .arg(m_policy.maxAmount.toString(), amount.toString()) +
                u' ' + otherTender);
    }
    if (amount > a.totalLeft) {
        return policyError("policy.offline_total",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "Without the bank, only %1 more can be taken by card on this register.")
                    .arg(a.totalLeft.toString()) +
                u' ' + otherTender);
    }
    return Ok {};
}

Status OfflinePolicyEngine::checkApproval(const TerminalResult &result) const
{
    // Compared in one vocabulary: a rule written "MASTERCARD" matches Adyen's "mc" and
    // Caisse-AP's codes; "chip" matches "ICC" and CI 1.
    using Normal = QString (*)(QStringView);
    auto allowed = [](const QStringList &list, const QString &value, Normal normal) {
        if (list.isEmpty() || value.isEmpty())
            return true; // not restricted, or not reported by the terminal
        const QString v = normal(value);
        return std::any_of(list.cbegin(), list.cend(), [&](const QString &a) { return normal(a) == v; });
    };
    if (!allowed(m_policy.allowedBrands, result.application, &cards::brand)) {
        return policyError("policy.offline_brand",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "This card (%1) is not accepted without the bank. Ask for another card or payment method.")
                .arg(result.application));
    }
    if (!allowed(m_policy.allowedEntryModes, result.entryMode, &cards::entryMode)) {
        return policyError("policy.offline_entry_mode",
            QCoreApplication::translate("comptoir::OfflinePolicy",
                "Without the bank the card must be inserted (chip and PIN) or tapped. Ask the customer "
                "again."));
    }
    return Ok {};
}

} // namespace comptoir
