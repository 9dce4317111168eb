// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketquery.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

QString TicketQuery::receiptCode(const QString &uuid)
{
    QString hex = uuid;
    hex.remove(u'-');
    return u"TK"_s + hex.toUpper();
}

QString TicketQuery::uuidOfReceiptCode(QStringView code)
{
    // The code, or the uuid itself as a receipt printed before the code shows it.
    static const QRegularExpression form(
        u"^(?:TK([0-9A-Fa-f]{32})|([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12}))$"_s);
    const auto m = form.match(code.trimmed().toString());
    if (!m.hasMatch())
        return {};
    const QString h = (m.captured(1).isEmpty()
            ? m.captured(2) + m.captured(3) + m.captured(4) + m.captured(5) + m.captured(6)
            : m.captured(1))
                          .toLower();
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
}

std::optional<TicketQuery> TicketQuery::parse(const QString &text, QDate today)
{
    const QString t = text.trimmed();
    TicketQuery q;
    if (t.isEmpty())
        return q;
    if (t.size() > 64)
        return std::nullopt;
    if (const QString uuid = uuidOfReceiptCode(t); !uuid.isEmpty()) {
        q.by = By::ReceiptCode;
        q.uuid = uuid;
        return q;
    }
    static const QRegularExpression digits(u"^[0-9]{1,12}$"_s);
    if (digits.match(t).hasMatch()) {
        q.by = By::Number;
        q.number = t.toLongLong();
        return q.number > 0 ? std::optional(q) : std::nullopt;
    }
    static const QRegularExpression card(u"^(?:\\*+|…|x+|X+)\\s*([0-9]{4})$"_s);
    if (const auto m = card.match(t); m.hasMatch()) {
        q.by = By::CardDigits;
        q.cardDigits = m.captured(1);
        return q;
    }
    static const QRegularExpression iso(u"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"_s);
    static const QRegularExpression french(u"^([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{2}|[0-9]{4}))?$"_s);
    if (const auto m = iso.match(t); m.hasMatch()) {
        q.by = By::Day;
        q.day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return q.day.isValid() ? std::optional(q) : std::nullopt;
    }
    if (const auto m = french.match(t); m.hasMatch()) {
        q.by = By::Day;
        const int day = m.captured(1).toInt(), month = m.captured(2).toInt();
        if (m.captured(3).isEmpty()) {
            q.day = QDate(today.year(), month, day);
            if (q.day.isValid() && q.day > today)
                q.day = QDate(today.year() - 1, month, day);
        } else {
            int year = m.captured(3).toInt();
            if (m.captured(3).size() == 2)
                year += 2000;
            q.day = QDate(year, month, day);
        }
        return q.day.isValid() ? std::optional(q) : std::nullopt;
    }
    QString amount = t;
    amount.remove(u'€').remove(u"EUR"_s, Qt::CaseInsensitive);
    if (const auto money = Money::parse(amount.trimmed()); money && !money->isZero()) {
        q.by = By::Amount;
        q.amount = money->isNegative() ? -*money : *money;
        return q;
    }
    return std::nullopt;
}

} // namespace comptoir
