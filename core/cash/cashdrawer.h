// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/cashcount.h"
#include "common/clock.h"
#include "common/result.h"
#include "money/money.h"
#include "sales/ticket.h"
#include "staff/permission.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace comptoir {

class ClerkSession;
class EventJournal;

// The drawer of one register, from its opening float to its blind count: cash put in or taken
// out with a reason, the cash of the tickets in between (tenders less the change given), the
// amount expected, what the clerk counted coin by coin and the variance. Every opening of the
// drawer is in the event journal: a cash tender, a no-sale, the float, cash in or out, the
// count. What the clerk's role does not allow is refused for an approval (ClerkSession).
// Tables drawer_sessions and drawer_movements (schema 23); movements are append-only.
class CashDrawer
{
public:
    static constexpr qint64 MaxAmountCents = 100'000'000; // one movement: at most 1,000,000 €

    struct Session
    {
        qint64 id = 0;
        QDateTime openedAt;
        QString openedBy;
        Money openingFloat;
        qint64 afterTicketId = 0; // the tickets after this one are in the session
        // Once counted:
        std::optional<QDateTime> countedAt;
        QString countedBy;
        Money counted;
        Money expected;
        Money variance; // counted − expected
        CashCount count;
    };
    struct Figures
    {
        Money openingFloat;
        Money cashIn;
        Money cashOut;
        Money cashSales; // cash tenders of the session's tickets less their change (refunds negative)
        qint64 tickets = 0;
        Money expected; // float + in − out + sales
    };
    enum class Opening { Sale, NoSale, Float, CashIn, CashOut, Count };

    CashDrawer(
        QSqlDatabase db, QString registerId, EventJournal &journal, const Clock &clock = Clock::system());

    // Checks permissions and names the clerk (null: everything allowed, by `actor`, as for
    // comptoirctl).
    void setClerks(ClerkSession *clerks) { m_clerks = clerks; }
    void setActor(const QString &actor) { m_actor = actor; }
    // A register in training mode counts its training tickets (its drawer holds play money),
    // a real one never counts them.
    void setTraining(bool training) { m_training = training; }

    std::optional<Session> current() const;
    std::optional<Session> last() const; // the last session counted
    // Starts a session with the float the drawer holds (refused while one is open).
    Result<Session> openWithFloat(Money amount);
    Status cashIn(Money amount, const QString &reason);
    Status cashOut(Money amount, const QString &reason);
    // The drawer opened without a sale (NoSale permission), journalled with the reason.
    Status noSale(const QString &reason);
    // The drawer opened for a sale paid (partly) in cash: journalled with its ticket and the
    // cash it left (cash tenders less the change). A ticket without cash opens nothing: false.
    Result<bool> openedForSale(const Ticket &ticket);
    // Whether a sale opens the drawer: it took cash (a cash tender, change given or not).
    static bool opensFor(const Ticket &ticket);
    Result<Figures> figures() const; // of the open session
    // The clerk's blind count closes the session: the expected amount and the variance are
    // computed and kept only now (the clerk never sees them before counting).
    Result<Session> count(const CashCount &count);

private:
    QDateTime now() const;
    Result<QString> actor(std::optional<Permission> permission);
    Status journalOpening(Opening why, const QString &by, const QJsonObject &detail);
    Status move(const char *kind, Money amount, const QString &reason);

    QSqlDatabase m_db;
    QString m_registerId;
    EventJournal &m_journal;
    const Clock &m_clock;
    ClerkSession *m_clerks = nullptr;
    QString m_actor = QStringLiteral("system");
    bool m_training = false;
};

} // namespace comptoir
