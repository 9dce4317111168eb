// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/cashdrawer.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QtQmlIntegration>

namespace comptoir {

class Staff;

// The drawer dialog's adapter over CashDrawer (cash/cashdrawer.h): the float, cash in and out,
// a no-sale and the blind count. Actions the clerk's role does not allow wait for an approval
// (Staff::attempt); the rules are in the core.
class DrawerDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Drawer)
    QML_SINGLETON
    // The day's drawer is open (a float given, not counted yet).
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    // What the drawer holds so far, for the clerk ("Float €150.00, in €50.00, out €20.00"):
    // never the expected amount before the blind count.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // The last count: counted, expected and variance, as text; empty before any.
    Q_PROPERTY(QString lastCount READ lastCount NOTIFY changed)
    Q_PROPERTY(int lastVarianceCents READ lastVarianceCents NOTIFY changed)
    // Euro coins and notes for the count, largest first: [{cents, label}].
    Q_PROPERTY(QVariantList denominations READ denominations CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    DrawerDesk(CashDrawer &drawer, Staff &staff, QObject *parent = nullptr);
    ~DrawerDesk() override;

    static DrawerDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(DrawerDesk *instance);

    bool isOpen() const { return m_drawer.current().has_value(); }
    QString summary() const;
    QString lastCount() const;
    int lastVarianceCents() const; // bounded: a drawer holds less than 21 million euros
    QVariantList denominations() const;
    QString error() const { return m_error; }

    Q_INVOKABLE bool openWithFloat(const QString &amountText);
    Q_INVOKABLE bool cashIn(const QString &amountText, const QString &reason);
    Q_INVOKABLE bool cashOut(const QString &amountText, const QString &reason);
    Q_INVOKABLE bool noSale(const QString &reason);
    // {"5000": 2, ...}: pieces per denomination (cents). The sum of a count, as text.
    Q_INVOKABLE QString countTotal(const QVariantMap &pieces) const;
    Q_INVOKABLE bool count(const QVariantMap &pieces);

    // A sale paid (partly) in cash opened the drawer: journalled.
    void saleRecorded(const Ticket &ticket);

Q_SIGNALS:
    void changed();
    void errorChanged();
    // The float given, cash put in or taken out, a no-sale, a count: the drawer opens.
    void drawerOpened();

private:
    bool run(std::function<Status()> action);
    void setError(const QString &text);

    CashDrawer &m_drawer;
    Staff &m_staff;
    QString m_error;
};

} // namespace comptoir
