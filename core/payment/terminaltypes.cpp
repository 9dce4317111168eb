// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltypes.h"

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

QString toString(TerminalOperation op)
{
    switch (op) {
    case TerminalOperation::Payment:
        return u"payment"_s;
    case TerminalOperation::Refund:
        return u"refund"_s;
    case TerminalOperation::Reversal:
        return u"reversal"_s;
    case TerminalOperation::LastTransaction:
        return u"last-transaction"_s;
    case TerminalOperation::Identify:
        return u"identify"_s;
    case TerminalOperation::Batch:
        return u"batch"_s;
    }
    return {};
}

QString toString(TerminalOutcome outcome)
{
    switch (outcome) {
    case TerminalOutcome::Approved:
        return u"approved"_s;
    case TerminalOutcome::Declined:
        return u"declined"_s;
    case TerminalOutcome::Cancelled:
        return u"cancelled"_s;
    case TerminalOutcome::Failed:
        return u"failed"_s;
    case TerminalOutcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<TerminalOutcome> outcomeFromString(const QString &s)
{
    for (auto o : {TerminalOutcome::Approved, TerminalOutcome::Declined, TerminalOutcome::Cancelled,
             TerminalOutcome::Failed, TerminalOutcome::Unknown}) {
        if (toString(o) == s)
            return o;
    }
    return std::nullopt;
}

} // namespace comptoir
