// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace comptoir {

// Text laid out for a receipt printer's columns (42 or 48) and the screen's copy of it:
// centred titles, words wrapped, a label and its amount on one line.
class ReceiptLines
{
public:
    explicit ReceiptLines(int columns)
        : m_columns(columns)
    { }

    void center(const QString &text)
    {
        for (const QString &part : wrap(text)) {
            const int pad = (m_columns - int(part.size())) / 2;
            m_out << QString(qMax(0, pad), QLatin1Char(' ')) + part;
        }
    }
    void left(const QString &text)
    {
        for (const QString &part : wrap(text))
            m_out << part;
    }
    // Left text and right-aligned amount on one line; the left text is cut if needed.
    void row(const QString &left, const QString &right)
    {
        const int room = m_columns - int(right.size()) - 1;
        QString l = left;
        if (l.size() > room) {
            // Keep the whole description on its own line(s) rather than truncating it.
            m_out << wrap(l);
            l.clear();
        }
        m_out << l.leftJustified(room, QLatin1Char(' ')) + u' ' + right;
    }
    void raw(const QString &text) { m_out << text.left(m_columns); } // pre-formatted columns
    void rule(QChar c = u'-') { m_out << QString(m_columns, c); }
    void blank() { m_out << QString(); }
    QString text() const { return m_out.join(u'\n') + u'\n'; }

private:
    QStringList wrap(const QString &text) const
    {
        QStringList out;
        QString line;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            QString w = word;
            while (w.size() > m_columns) {
                if (!line.isEmpty()) {
                    out << line;
                    line.clear();
                }
                out << w.left(m_columns);
                w = w.mid(m_columns);
            }
            if (line.isEmpty())
                line = w;
            else if (line.size() + 1 + w.size() <= m_columns)
                line += u' ' + w;
            else {
                out << line;
                line = w;
            }
        }
        if (!line.isEmpty() || out.isEmpty())
            out << line;
        return out;
    }

    int m_columns;
    QStringList m_out;
};

} // namespace comptoir
