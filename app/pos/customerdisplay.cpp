// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdisplay.h"

#include "counter/salesession.h"
#include "display/poledisplay.h"

#include <QLoggingCategory>

#include <ranges>

Q_LOGGING_CATEGORY(lcDisplay, "comptoir.display")

using namespace Qt::StringLiterals;

namespace comptoir {

namespace {
CustomerDisplay *s_instance = nullptr;
}

CustomerDisplay::CustomerDisplay(SaleSession &session, const QString &language, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (!setLanguage(language))
        setLanguage(u"fr"_s);
    connect(&m_session, &SaleSession::basketChanged, this, [this] { refresh(); });
    for (auto signal : {&SaleSession::stageChanged, &SaleSession::paymentChanged,
             &SaleSession::receiptChanged, &SaleSession::storeChanged})
        connect(&m_session, signal, this, &CustomerDisplay::refresh);
}

CustomerDisplay::~CustomerDisplay() = default;

CustomerDisplay *CustomerDisplay::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void CustomerDisplay::setInstance(CustomerDisplay *instance)
{
    s_instance = instance;
}

void CustomerDisplay::setPole(PoleDisplay *pole)
{
    m_pole = pole;
    if (m_pole)
        m_pole->show(m_screen.pole[0], m_screen.pole[1]);
}

bool CustomerDisplay::setLanguage(const QString &code)
{
    if (code != u"fr"_s && code != u"en"_s)
        return false;
    if (code == m_language && m_view)
        return true;
    // Translations are compiled into the binary; English is the source text.
    if (code != u"en"_s && !m_translator.load(u":/i18n/comptoir_"_s + code + u".qm"_s)) {
        qCWarning(lcDisplay) << "no translation for the customer display in" << code;
        return false;
    }
    m_language = code;
    const bool translate = code != u"en"_s;
    m_view =
        std::make_unique<CustomerView>(code == u"fr"_s ? QLocale(QLocale::French, QLocale::France)
                                                       : QLocale(QLocale::English, QLocale::UnitedKingdom),
            [this, translate](const char *source) {
                const QString text =
                    translate ? m_translator.translate("comptoir::CustomerView", source) : QString();
                return text.isEmpty() ? QString::fromUtf8(source) : text;
            });
    refresh();
    return true;
}

QString CustomerDisplay::storeName() const
{
    return m_session.store().storeName;
}

QVariantList CustomerDisplay::lines() const
{
    QVariantList out;
    for (const CustomerScreen::Line &l : m_screen.lines | std::views::reverse)
        out.append(QVariantMap {{u"name"_s, l.name}, {u"quantity"_s, l.quantity}, {u"total"_s, l.total}});
    return out;
}

void CustomerDisplay::refresh()
{
    if (!m_view)
        return;
    CustomerScreen next = m_view->screen(m_session);
    if (next == m_screen)
        return;
    m_screen = std::move(next);
    if (m_pole)
        m_pole->show(m_screen.pole[0], m_screen.pole[1]);
    Q_EMIT changed();
}

} // namespace comptoir
