// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQmlIntegration>

#include <memory>

namespace comptoir {

// The clerk's language: French by default, English switchable at any time without a
// restart. Switching installs the translator, sets the default locale (money and dates) and
// re-translates every qsTr() binding.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QStringList available READ available CONSTANT)
public:
    // Not default-constructible on purpose: QML would make its own instance (Qt 6.4 prefers a
    // default constructor to create()), and Language.current would read "" in QML while the
    // application's instance says "fr" (the FR/EN button and the on-screen keyboard followed
    // no language).
    explicit Language(QObject *parent);

    static Language *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Language *instance);

    QString current() const { return m_current; }
    QStringList available() const { return {QStringLiteral("fr"), QStringLiteral("en")}; }

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // "fr" or "en"; returns false for anything else or a missing translation.
    Q_INVOKABLE bool set(const QString &code);
    // The time of day as the status bar shows it, "15:59" in both languages. Here rather than
    // with JavaScript's Date, whose first use cost the register's launch some 10 ms.
    Q_INVOKABLE QString clock() const;

Q_SIGNALS:
    void changed();

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace comptoir
