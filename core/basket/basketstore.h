// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basket/basket.h"
#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace comptoir {

struct ParkedBasket
{
    QString id;
    QString label;
    QDateTime parkedAt;
    QString clerkId;
    Money total;
    qint64 itemCount = 0;
};

// The register's working state, outside the fiscal journal: the basket being rung up (saved
// after every change, so a crash or a power cut loses nothing) and the parked baskets.
class BasketStore
{
public:
    BasketStore(QSqlDatabase db, QString registerId);

    Status saveCurrent(const QJsonObject &state);
    std::optional<QJsonObject> loadCurrent() const;
    Status clearCurrent(); // usable inside the caller's transaction

    Status park(const QString &id, const QString &label, const QString &clerkId, const Basket &basket,
        const QDateTime &at);
    QList<ParkedBasket> parked() const;
    std::optional<Basket> takeParked(const QString &id); // removes it
    qint64 parkedCount() const;

private:
    QString key() const;

    QSqlDatabase m_db;
    QString m_registerId;
};

} // namespace comptoir
