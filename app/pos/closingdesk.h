// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "closing/closingbook.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQmlIntegration>

namespace comptoir {

class Staff;

// The closings dialog's adapter over ClosingBook (closing/closingbook.h): the X report, the
// day closing (Z) with the days still open before it, and the last closings made, as the text
// the receipt printer prints. What the clerk's role does not allow waits for an approval
// (Staff::attempt); the rules are in the core.
class ClosingDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Closings)
    QML_SINGLETON
    // The business day that must be closed before the next sale ("Monday 7 December 2026"),
    // empty when none.
    Q_PROPERTY(QString dayToClose READ dayToClose NOTIFY changed)
    // The report on show: its title and its text (monospace, 42 columns).
    Q_PROPERTY(QString reportTitle READ reportTitle NOTIFY reportChanged)
    Q_PROPERTY(QString reportText READ reportText NOTIFY reportChanged)
    // "x-report" or "closing": what the printer queue calls it.
    Q_PROPERTY(QString reportKind READ reportKind NOTIFY reportChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    ClosingDesk(ClosingBook &book, Staff &staff, QObject *parent = nullptr);
    ~ClosingDesk() override;

    static ClosingDesk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ClosingDesk *instance);

    QString dayToClose() const;
    QString reportTitle() const { return m_title; }
    QString reportText() const { return m_text; }
    QString reportKind() const { return m_kind; }
    QString error() const { return m_error; }

    Q_INVOKABLE bool xReport();
    // The Z: the days still open before today, each with its own, then today's.
    Q_INVOKABLE bool closeDay();
    // Shows the last closing made (nothing when there is none).
    Q_INVOKABLE bool showLast();

public Q_SLOTS:
    // A day may have ended meanwhile, someone else signed in: the dialog reads again.
    void refresh();
    // The sale refused a new sale until the Z: the dialog opens for it.
    void askForClosing();

Q_SIGNALS:
    void changed();
    void reportChanged();
    void errorChanged();
    // The clerk is asked to close the day (QML opens the dialog).
    void closingNeeded();

private:
    bool run(std::function<Status()> action);
    void show(const QList<Closing> &closings);
    void setError(const QString &text);

    ClosingBook &m_book;
    Staff &m_staff;
    QString m_title;
    QString m_text;
    QString m_kind;
    QString m_error;
};

} // namespace comptoir
