// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// Card payments (paymentcommands.cpp).
int cmdPaymentSetup(Context &c, const QStringList &args);
int cmdPayments(Context &c, const QStringList &args);
int cmdFollowups(Context &c, const QStringList &args);
int cmdTerminal(Context &c, const QStringList &args);

// Head office (synccommands.cpp).
int cmdEnroll(Context &c, const QStringList &args);
int cmdSync(Context &c, const QStringList &args);
int cmdOutbox(Context &c, const QStringList &args);

} // namespace comptoir::ctl
