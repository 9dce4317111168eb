// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment/paymentservice.h"
#include "sales/storeprofile.h"
#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

// What every comptoirctl command shares: the output streams and the open register database.
namespace comptoir::ctl {

QTextStream &out();
QTextStream &err();
// Prints "comptoirctl: message" on stderr and returns `code`.
int fail(const QString &message, int code = 1);

struct Context
{
    std::unique_ptr<Database> db;
    StoreProfile store;
};

// The register's payment service, for the commands that talk to terminals.
struct Payments
{
    std::unique_ptr<PaymentJournal> journal;
    std::unique_ptr<PaymentService> service;
    int indexOf(const QString &terminalId) const;
};
// From the stored setup; prints why and returns nothing when there is no terminal.
std::optional<Payments> openPayments(Context &c);
int registerNumber(const StoreProfile &store);

// Card payments (paymentcommands.cpp).
int cmdPaymentSetup(Context &c, const QStringList &args);
int cmdPayments(Context &c, const QStringList &args);
int cmdFollowups(Context &c, const QStringList &args);
int cmdTerminal(Context &c, const QStringList &args);

// One line per card payment attempt (comptoirctl payments).
QString attemptLine(const PaymentAttempt &attempt);

// Sales paid through a card terminal, as the register's SaleSession takes them (cardsales.cpp).
struct SellOptions
{
    qint64 count = 0;
    quint32 seed = 7;
    int maxLines = 8;
    bool print = false;
    QString customer;
    QString cardTerminal;
    int timeoutMs = 120'000;
};
int sellByCard(Context &c, const SellOptions &options);
// What the register does when it starts, without the screen: the open attempts asked to the
// terminals, approvals adopted by the restored sale, tied to their ticket or given back.
int recoverLikeTheRegister(Context &c, int timeoutMs);

// Clerk accounts (clerkcommands.cpp).
int cmdClerk(Context &c, const QStringList &args);
// The cash drawer (drawercommands.cpp).
int cmdDrawer(Context &c, const QStringList &args);
// Closings and the X report (closingcommands.cpp).
int cmdClose(Context &c, const QStringList &args);
int cmdReport(Context &c, const QStringList &args);
int cmdClosings(Context &c, const QStringList &args);

// Head office (synccommands.cpp).
int cmdEnroll(Context &c, const QStringList &args);
int cmdSync(Context &c, const QStringList &args);
int cmdOutbox(Context &c, const QStringList &args);

} // namespace comptoir::ctl
