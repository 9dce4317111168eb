// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "comptoir.ui", QtInfoMsg)

namespace comptoir {

namespace {
Language *s_instance = nullptr;
}

Language::Language(QObject *parent)
    : QObject(parent)
{ }

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    if (!s_instance->m_engine)
        s_instance->m_engine = engine;
    return s_instance;
}

void Language::setInstance(Language *instance)
{
    s_instance = instance;
}

QString Language::clock() const
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm"));
}

bool Language::set(const QString &code)
{
    if (!available().contains(code))
        return false;
    auto translator = std::make_unique<QTranslator>();
    // Translations are compiled into the binary (resources under :/i18n).
    if (!translator->load(u":/i18n/comptoir_"_s + code + u".qm"_s)) {
        qCWarning(lcLanguage) << "no translation for" << code;
        return false;
    }
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!qtTranslator->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtTranslator.reset();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_translator = std::move(translator);
    m_qtTranslator = std::move(qtTranslator);
    QCoreApplication::installTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QLocale::setDefault(code == u"fr"_s ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const bool changedLanguage = m_current != code;
    m_current = code;
    if (m_engine)
        m_engine->retranslate();
    if (changedLanguage) {
        qCInfo(lcLanguage).noquote() << "language:" << code;
        Q_EMIT changed();
    }
    return true;
}

} // namespace comptoir
