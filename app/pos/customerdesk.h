// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crm/customer.h"
#include "sync/customerlookup.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QtQmlIntegration>

namespace comptoir {

class Counter;

// Customers beyond attaching them to a sale, for the customer dialogs: head office's search
// when the register does not know them, the attached customer's one history (this register's
// tickets with head office's tickets from other stores and web orders), and creating or
// changing a customer with each field checked in the clerk's language. Saving works offline
// (crm::CustomerEditor): head office merges the change when it can be reached.
class CustomerDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Customers)
    QML_SINGLETON
    // Head office's search: "idle", "searching", "done", "unreachable", "failed".
    Q_PROPERTY(QString remoteState READ remoteState NOTIFY remoteChanged)
    // [{id, name, detail, premium}]
    Q_PROPERTY(QVariantList remoteResults READ remoteResults NOTIFY remoteChanged)
    Q_PROPERTY(QString remoteText READ remoteText NOTIFY remoteChanged)
    // The attached customer's history, newest first: [{channel ("store"|"online"),
    // channelText, text, points}].
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    Q_PROPERTY(QString historyText READ historyText NOTIFY historyChanged)
    // The attached customer has changes head office has not merged yet.
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY pendingChanged)
    // The register syncs with a head office (else it has no one to ask).
    Q_PROPERTY(bool headOffice READ headOffice CONSTANT)
public:
    CustomerDesk(
        QSqlDatabase db, Counter &counter, QString registerId, QString storeId, QObject *parent = nullptr);

    static CustomerDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CustomerDesk *instance);

    void setLookup(CustomerLookup *lookup);

    QString remoteState() const { return m_remoteState; }
    QVariantList remoteResults() const { return m_remoteResults; }
    QString remoteText() const;
    QVariantList history() const { return m_history; }
    QString historyText() const { return m_historyText; }
    QString pendingText() const;
    bool headOffice() const { return m_headOffice; }

    Q_INVOKABLE void searchHeadOffice(const QString &text);
    // Head office's customer, kept by this store from now on and attached to the sale.
    Q_INVOKABLE void chooseFromHeadOffice(const QString &id);
    // The attached customer's history: this register's tickets at once, head office's next.
    Q_INVOKABLE void loadHistory();

    // The form: firstName, lastName, phone, email, notes, card, interests [key],
    // marketingEmail, marketingSms, offers, analytics (booleans). The attached customer's,
    // or empty ones for a new customer.
    Q_INVOKABLE QVariantMap form(bool creating) const;
    // Field -> the problem, in the clerk's language; empty when the form can be saved.
    Q_INVOKABLE QVariantMap check(const QVariantMap &form, bool creating) const;
    // Saves (and attaches a new customer). false: see check(), or a message was shown.
    Q_INVOKABLE bool save(const QVariantMap &form, bool creating);
    // [{key, text}] of the interests a customer may opt in to.
    Q_INVOKABLE QVariantList interestChoices() const;

Q_SIGNALS:
    void remoteChanged();
    void historyChanged();
    void pendingChanged();
    // Saved: the message for the clerk.
    void saved(const QString &message);
    void saveFailed(const QString &message);

private:
    QJsonObject recordFrom(const QVariantMap &form, const QJsonObject &before) const;
    void setRemote(const QString &state, const QVariantList &results = {});
    void showHistory(const QJsonArray &headOffice, bool fromHeadOffice);
    static QString pointsText(qint64 earned, qint64 redeemed); // "+28 pts"

    QSqlDatabase m_db;
    Counter &m_counter;
    QString m_registerId;
    QString m_storeId;
    QPointer<CustomerLookup> m_lookup;
    bool m_headOffice = false;
    int m_searchRequest = 0;
    int m_historyRequest = 0;
    int m_adoptRequest = 0;
    QString m_historyOf;
    QString m_remoteState = QStringLiteral("idle");
    QVariantList m_remoteResults;
    QVariantList m_history;
    QString m_historyText;
    mutable QString m_lastCheck; // the form check last logged
};

} // namespace comptoir
