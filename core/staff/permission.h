// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <bitset>
#include <optional>

namespace comptoir {

// What a clerk may do beyond selling. Each has a stable key (head office's master data, the
// event journal) and a label for the clerk. Selling, looking customers up and parking a basket
// need none.
enum class Permission {
    LineDiscount, // a line discount above the role's own threshold
    BasketDiscount,
    PriceOverride, // selling at another price than the catalog's
    ZeroPrice, // selling an item at 0.00
    ReturnWithTicket,
    ReturnWithoutTicket,
    VoidTicket, // cancel a ticket of the open day
    Reprint, // a duplicate of a ticket
    CancelCardPayment, // take back a card payment already accepted in the basket
    NoSale, // open the drawer without a sale
    CashInOut, // cash put in or taken out of the drawer, with a reason
    XReport,
    DayClosing,
    PeriodClosing, // monthly and yearly closings
    CashCount,
    Settings,
    TerminalEndOfDay,
    CustomerEdit,
    TrainingMode,
    EditFavourites,
    ManageClerks, // create clerks at the register, unlock them, reset their PIN
    ApproveOverride, // answer for another clerk with one's own PIN
    Archive,
};
inline constexpr int PermissionCount = int(Permission::Archive) + 1;

QString permissionKey(Permission p);
std::optional<Permission> permissionFromKey(QStringView key);
// What the permission allows, for the clerk ("Cancel a ticket"), translated.
QString permissionLabel(Permission p);
QList<Permission> allPermissions();

using PermissionSet = std::bitset<PermissionCount>;

// A role: a named set of permissions and the largest line discount its clerks give without
// asking (basis points of the line's price).
struct Role
{
    QString id;
    QString name;
    PermissionSet permissions;
    int lineDiscountMaxBp = 0;

    bool allows(Permission p) const { return permissions.test(std::size_t(p)); }

    // Built in, used until head office sends its own: a cashier sells and edits customers
    // (line discounts up to 10 %); a supervisor also answers for cashiers on returns, voids,
    // reprints, discounts, the drawer and the X report; a manager may do everything.
    static Role cashier();
    static Role supervisor();
    static Role manager();
    static QList<Role> builtIn();

    friend bool operator==(const Role &, const Role &) = default;
};

} // namespace comptoir
