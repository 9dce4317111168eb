// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <functional>

namespace comptoir {

class SaleSession;

// What the customer sees of the sale, in the customer's language (which need not be the
// clerk's): the store's welcome, the lines as they go in with the running total, the amount to
// pay and what is left, then the change with a thank-you and the store's message. The same
// state gives the second screen's content and a two-line, 20-column pole display's text.
struct CustomerScreen
{
    enum class Phase { Welcome, Selling, Paying, ThankYou };
    struct Line
    {
        QString name;
        QString quantity; // "2 ×", "0,986 kg"; empty for one piece
        QString total;

        friend bool operator==(const Line &, const Line &) = default;
    };

    Phase phase = Phase::Welcome;
    QString headline; // the store's welcome, the last item, "To pay", "Thank you"
    QString headlineAmount; // its price, the amount due, the change
    QList<Line> lines; // newest last
    QString totalLabel;
    QString total;
    QString remainingLabel; // while paying: what is left to pay
    QString remaining;
    QString message; // the store's message (receipt footer)
    QString pole[2]; // exactly 20 characters each

    friend bool operator==(const CustomerScreen &, const CustomerScreen &) = default;
};

class CustomerView
{
public:
    // Translates one of CustomerView's texts (context "comptoir::CustomerView") into the
    // customer's language; the English source when there is no translation.
    using Translate = std::function<QString(const char *source)>;

    CustomerView(QLocale locale, Translate translate);

    CustomerScreen screen(const SaleSession &session) const;

    // Two lines for a 20-column display: LEFT cut to leave room for RIGHT, right-aligned.
    static QString poleLine(const QString &left, const QString &right, int width = 20);
    static QString poleCentred(const QString &text, int width = 20);

private:
    QString money(Money amount) const;
    QString t(const char *source) const { return m_translate(source); }

    QLocale m_locale;
    Translate m_translate;
};

} // namespace comptoir
