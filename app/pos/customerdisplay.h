// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "display/customerview.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <QtQmlIntegration>

#include <memory>

namespace comptoir {

class PoleDisplay;
class SaleSession;

// The customer's side of the counter: the second screen's content (CustomerWindow.qml) and the
// pole display, both from CustomerView, in the customer's language (the setting
// display.customer_language, French by default), whatever language the clerk works in.
class CustomerDisplay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int phase READ phase NOTIFY changed)
    Q_PROPERTY(QString storeName READ storeName NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString headlineAmount READ headlineAmount NOTIFY changed)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed) // newest first
    Q_PROPERTY(QString totalLabel READ totalLabel NOTIFY changed)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(QString remainingLabel READ remainingLabel NOTIFY changed)
    Q_PROPERTY(QString remaining READ remaining NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QStringList pole READ pole NOTIFY changed)
    Q_PROPERTY(QString language READ language NOTIFY changed)
public:
    enum Phase { Welcome, Selling, Paying, ThankYou };
    Q_ENUM(Phase)

    CustomerDisplay(SaleSession &session, const QString &language, QObject *parent = nullptr);
    ~CustomerDisplay() override;

    static CustomerDisplay *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CustomerDisplay *instance);

    // A pole display to keep in step (not owned; may be null).
    void setPole(PoleDisplay *pole);

    int phase() const { return int(m_screen.phase); }
    QString storeName() const;
    QString headline() const { return m_screen.headline; }
    QString headlineAmount() const { return m_screen.headlineAmount; }
    QVariantList lines() const;
    QString totalLabel() const { return m_screen.totalLabel; }
    QString total() const { return m_screen.total; }
    QString remainingLabel() const { return m_screen.remainingLabel; }
    QString remaining() const { return m_screen.remaining; }
    QString message() const { return m_screen.message; }
    QStringList pole() const { return {m_screen.pole[0], m_screen.pole[1]}; }
    QString language() const { return m_language; }
    // "fr" or "en"; false for anything else.
    Q_INVOKABLE bool setLanguage(const QString &code);
    const CustomerScreen &screen() const { return m_screen; }

Q_SIGNALS:
    void changed();

private:
    void refresh();

    SaleSession &m_session;
    QString m_language;
    QTranslator m_translator;
    std::unique_ptr<CustomerView> m_view;
    CustomerScreen m_screen;
    PoleDisplay *m_pole = nullptr;
};

} // namespace comptoir
