// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counter/cardcheckout.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQmlIntegration>

namespace comptoir {

class SaleSession;

// The payment screen's card side, an adapter over the sale's CardCheckout: the terminal's
// stage in words the clerk understands, the result, the question about an outcome nobody
// could tell, the next terminal, every terminal's health and the end of day. The rules (what
// becomes of an approval, what is given back) are CardCheckout's.
class TerminalController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Terminal)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString stageText READ stageText NOTIFY stateChanged)
    Q_PROPERTY(QString amountText READ amountText NOTIFY stateChanged)
    Q_PROPERTY(QString terminalLabel READ terminalLabel NOTIFY stateChanged)
    Q_PROPERTY(bool canAbort READ canAbort NOTIFY stateChanged)
    // Asking the terminal what became of the payment (its answer was lost).
    Q_PROPERTY(bool recovering READ recovering NOTIFY stateChanged)
    // The last result shown on the payment screen until the next payment or dismissResult().
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged)
    Q_PROPERTY(bool resultApproved READ resultApproved NOTIFY stateChanged)
    Q_PROPERTY(QString cardReceipt READ cardReceipt NOTIFY stateChanged)
    // An attempt nobody could resolve: the clerk is asked (facts in `question`).
    Q_PROPERTY(bool asking READ asking NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap question READ question NOTIFY stateChanged)
    Q_PROPERTY(QString questionText READ questionText NOTIFY stateChanged)
    Q_PROPERTY(QString questionWhy READ questionWhy NOTIFY stateChanged)
    Q_PROPERTY(QString questionHint READ questionHint NOTIFY stateChanged)
    // The terminal did not take the request: the next one may.
    Q_PROPERTY(QString failoverLabel READ failoverLabel NOTIFY stateChanged)
    // The selected terminal works without its bank: payments are stored (offline rules apply).
    Q_PROPERTY(bool offline READ offline NOTIFY healthChanged)
    Q_PROPERTY(QString allowanceText READ allowanceText NOTIFY healthChanged)
    Q_PROPERTY(QVariantList terminals READ terminals NOTIFY healthChanged)
    Q_PROPERTY(int selected READ selected WRITE select NOTIFY healthChanged)
    // "ok", "offline" (no bank), "down" (unreachable), "none" (no terminal configured).
    Q_PROPERTY(QString healthState READ healthState NOTIFY healthChanged)
    Q_PROPERTY(int followupCount READ followupCount NOTIFY healthChanged)
    Q_PROPERTY(QVariantList followups READ followups NOTIFY healthChanged)
    Q_PROPERTY(QString batchText READ batchText NOTIFY batchChanged)
public:
    // Without card payments (session.cards() null): card payments are confirmed by hand.
    explicit TerminalController(SaleSession &session, QObject *parent = nullptr);
    ~TerminalController() override;

    static TerminalController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(TerminalController *instance);

    bool available() const { return m_cards && m_cards->available(); }
    bool busy() const { return m_cards && m_cards->waiting(); }
    QString stageText() const;
    QString amountText() const { return m_cards ? m_cards->amount().toString() : QString(); }
    QString terminalLabel() const;
    bool canAbort() const;
    bool recovering() const { return busy() && m_cards->service().stage() == TerminalStage::Recovering; }
    QString resultText() const { return m_cards ? m_cards->resultText() : QString(); }
    bool resultApproved() const { return m_cards && m_cards->resultApproved(); }
    QString cardReceipt() const { return m_cards ? m_cards->cardReceipt() : QString(); }
    bool asking() const { return !m_question.isEmpty(); }
    QVariantMap question() const { return m_question; }
    QString questionText() const { return m_question.value(QStringLiteral("text")).toString(); }
    QString questionWhy() const { return m_question.value(QStringLiteral("why")).toString(); }
    QString questionHint() const
    {
        return m_question.value(QStringLiteral("terminal")).toString() + QStringLiteral(" · ") +
            m_question.value(QStringLiteral("hint")).toString();
    }
    QString failoverLabel() const
    {
        return m_cards && m_cards->failoverIndex() >= 0
            ? m_cards->service().terminalLabel(m_cards->failoverIndex())
            : QString();
    }
    bool offline() const;
    QString allowanceText() const;
    QVariantList terminals() const;
    int selected() const { return m_cards ? m_cards->selected() : 0; }
    void select(int index);
    QString healthState() const;
    int followupCount() const;
    QVariantList followups() const;
    QString batchText() const { return m_batchText; }

    // A card payment (or refund) of `amountText`, or of what remains when empty.
    Q_INVOKABLE bool pay(const QString &amountText);
    // A refund due, back to the card that paid that ticket (the number on the receipt): why
    // not, or empty when the terminal has it.
    Q_INVOKABLE QString refundToCardOf(const QString &ticketNumber);
    Q_INVOKABLE void abort();
    Q_INVOKABLE void acceptFailover();
    Q_INVOKABLE void dismissFailover();
    Q_INVOKABLE void dismissResult();
    // The clerk's answer to `question`: was the customer charged?
    Q_INVOKABLE bool answer(bool charged);
    Q_INVOKABLE void refreshHealth();
    Q_INVOKABLE bool closeBatch();
    Q_INVOKABLE bool resolveFollowup(int id);

    void refreshTexts();

Q_SIGNALS:
    void stateChanged();
    void healthChanged();
    void batchChanged();

private:
    void refreshQuestion();

    SaleSession &m_session;
    CardCheckout *m_cards;
    QVariantMap m_question;
    QString m_batchText;
};

} // namespace comptoir
