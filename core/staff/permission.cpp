// SPDX-License-Identifier: GPL-3.0-or-later
#include "permission.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

struct Entry
{
    Permission permission;
    const char16_t *key;
    const char *label;
};

// Keys are stored (master data, journal): never change one.
constexpr std::array<Entry, PermissionCount> entries {{
    {Permission::LineDiscount, u"line_discount",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Give a larger line discount")},
    {Permission::BasketDiscount, u"basket_discount",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Discount the whole basket")},
    {Permission::PriceOverride, u"price_override",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Change a price")},
    {Permission::ZeroPrice, u"zero_price", QT_TRANSLATE_NOOP("comptoir::Permission", "Sell an item at 0.00")},
    {Permission::ReturnWithTicket, u"return_with_ticket",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Take back items of a ticket")},
    {Permission::ReturnWithoutTicket, u"return_without_ticket",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Take back items without a ticket")},
    {Permission::VoidTicket, u"void_ticket", QT_TRANSLATE_NOOP("comptoir::Permission", "Cancel a ticket")},
    {Permission::Reprint, u"reprint", QT_TRANSLATE_NOOP("comptoir::Permission", "Print a duplicate")},
    {Permission::CancelCardPayment, u"cancel_card_payment",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Cancel a card payment")},
    {Permission::NoSale, u"no_sale",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Open the drawer without a sale")},
    {Permission::CashInOut, u"cash_in_out",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Put cash in or take it out")},
    {Permission::XReport, u"x_report", QT_TRANSLATE_NOOP("comptoir::Permission", "Print the X report")},
    {Permission::DayClosing, u"day_closing", QT_TRANSLATE_NOOP("comptoir::Permission", "Close the day")},
    {Permission::PeriodClosing, u"period_closing",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Close the month or the year")},
    {Permission::CashCount, u"cash_count", QT_TRANSLATE_NOOP("comptoir::Permission", "Count the drawer")},
    {Permission::Settings, u"settings", QT_TRANSLATE_NOOP("comptoir::Permission", "Change the settings")},
    {Permission::TerminalEndOfDay, u"terminal_end_of_day",
        QT_TRANSLATE_NOOP("comptoir::Permission", "End the card terminal's day")},
    {Permission::CustomerEdit, u"customer_edit",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Edit a customer")},
    {Permission::TrainingMode, u"training_mode",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Switch training mode")},
    {Permission::EditFavourites, u"edit_favourites",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Edit the favourites")},
    {Permission::ManageClerks, u"manage_clerks",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Manage the clerks")},
    {Permission::ApproveOverride, u"approve_override",
        QT_TRANSLATE_NOOP("comptoir::Permission", "Approve for another clerk")},
    {Permission::Archive, u"archive", QT_TRANSLATE_NOOP("comptoir::Permission", "Write the fiscal archive")},
}};

constexpr bool inOrder()
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (std::size_t(entries[i].permission) != i)
            return false;
    }
    return true;
}
static_assert(inOrder(), "one entry per permission, in the enum's order");

PermissionSet setOf(std::initializer_list<Permission> list)
{
    PermissionSet s;
    for (Permission p : list)
        s.set(std::size_t(p));
    return s;
}

} // namespace

QString permissionKey(Permission p)
{
    return QString::fromUtf16(entries[std::size_t(p)].key);
}

std::optional<Permission> permissionFromKey(QStringView key)
{
    for (const Entry &e : entries) {
        if (key == QStringView(e.key))
            return e.permission;
    }
    return std::nullopt;
}

QString permissionLabel(Permission p)
{
    return QCoreApplication::translate("comptoir::Permission", entries[std::size_t(p)].label);
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const Entry &e : entries)
        all.append(e.permission);
    return all;
}

Role Role::cashier()
{
    return {u"cashier"_s, QCoreApplication::translate("comptoir::Permission", "Cashier"),
        setOf({Permission::CustomerEdit, Permission::ReturnWithTicket}), 1000};
}

Role Role::supervisor()
{
    return {u"supervisor"_s, QCoreApplication::translate("comptoir::Permission", "Supervisor"),
        setOf({Permission::CustomerEdit, Permission::ReturnWithTicket, Permission::ReturnWithoutTicket,
            Permission::LineDiscount, Permission::BasketDiscount, Permission::PriceOverride,
            Permission::ZeroPrice, Permission::VoidTicket, Permission::Reprint, Permission::CancelCardPayment,
            Permission::NoSale, Permission::CashInOut, Permission::XReport, Permission::CashCount,
            Permission::ApproveOverride}),
        3000};
}

Role Role::manager()
{
    PermissionSet all;
    all.set();
    return {u"manager"_s, QCoreApplication::translate("comptoir::Permission", "Manager"), all, 10000};
}

QList<Role> Role::builtIn()
{
    return {cashier(), supervisor(), manager()};
}

} // namespace comptoir
