// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdesk.h"

#include "countercontroller.h"
#include "customertexts.h"

#include "crm/customerdirectory.h"
#include "crm/customereditor.h"
#include "crm/customertext.h"
#include "sales/salejournal.h"
#include "storage/database.h"
#include "sync/changefeeds.h"

#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDesk, "comptoir.ui.customers", QtInfoMsg)

namespace comptoir {

namespace {

CustomerDesk *g_instance = nullptr;

constexpr std::array kInterests = {"fashion", "sport", "fine-food", "wine", "books", "home", "kids"};

// The form's consent switches: key, purpose, channel.
struct ConsentSwitch
{
    const char16_t *key;
    const char16_t *purpose;
    const char16_t *channel;
};
constexpr std::array kConsentSwitches = {ConsentSwitch {u"marketingEmail", u"marketing", u"email"},
    ConsentSwitch {u"marketingSms", u"marketing", u"sms"},
    ConsentSwitch {u"offers", u"personalised-offers", u"any"},
    ConsentSwitch {u"analytics", u"analytics", u"any"}};

QString formText(const QVariantMap &form, const QString &key)
{
    return form.value(key).toString().simplified();
}

} // namespace

CustomerDesk::CustomerDesk(
    QSqlDatabase db, Counter &counter, QString registerId, QString storeId, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_counter(counter)
    , m_registerId(std::move(registerId))
    , m_storeId(std::move(storeId))
{
    connect(this, &CustomerDesk::saved, this,
        [this](const QString &message) { m_counter.notify(message, Counter::Success); });
    connect(this, &CustomerDesk::saveFailed, this,
        [this](const QString &message) { m_counter.notify(message, Counter::Failure); });
    connect(&m_counter, &Counter::customerChanged, this, [this] {
        // Another customer: the history shown was someone else's.
        const QString id = m_counter.customer() ? m_counter.customer()->id : QString();
        if (id != m_historyOf) {
            m_historyOf.clear();
            m_history.clear();
            m_historyText.clear();
            Q_EMIT historyChanged();
        }
        Q_EMIT pendingChanged();
    });
}

CustomerDesk *CustomerDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void CustomerDesk::setInstance(CustomerDesk *instance)
{
    g_instance = instance;
}

void CustomerDesk::setLookup(CustomerLookup *lookup)
{
    m_lookup = lookup;
    m_headOffice = lookup && lookup->enrolled();
    if (!lookup)
        return;
    connect(lookup, &CustomerLookup::found, this, [this](int request, const QJsonArray &customers) {
        if (request != m_searchRequest)
            return; // the clerk typed on since
        QVariantList results;
        for (const QJsonValue &v : customers) {
            results.append(CustomerTexts::searchResult(crm::Customer::fromJson(
                v.toObject().value(u"id"_s).toString(), v.toObject().value(u"record"_s).toObject())));
        }
        setRemote(u"done"_s, results);
    });
    connect(lookup, &CustomerLookup::adopted, this,
        [this](int request, const QString &id, const QJsonObject &record) {
            if (request != m_adoptRequest)
                return;
            // Written now, so the sale can go on at once; the customers feed brings the same
            // record with its revision next.
            Transaction tx(m_db);
            Status s = tx.begin();
            if (s)
                s = crm::CustomerWriter(m_db).upsert(id, record, 0);
            if (s)
                s = tx.commit();
            if (!s) {
                Q_EMIT saveFailed(s.error().message);
                return;
            }
            qCInfo(lcDesk) << "customer from head office kept here:" << id;
            setRemote(u"idle"_s);
            m_counter.attachCustomer(id);
        });
    connect(lookup, &CustomerLookup::historyReceived, this,
        [this](int request, const QString &id, const QJsonArray &entries) {
            if (request != m_historyRequest || id != m_historyOf)
                return;
            showHistory(entries, true);
        });
    connect(lookup, &CustomerLookup::failed, this, [this](int request, CustomerLookup::Failure failure) {
        if (request == m_searchRequest || request == m_adoptRequest) {
            setRemote(failure == CustomerLookup::Failure::Unreachable ? u"unreachable"_s : u"failed"_s);
        } else if (request == m_historyRequest) {
            m_historyText = failure == CustomerLookup::Failure::Unreachable
                ? tr("Head office cannot be reached: this register's tickets only.")
                : tr("Head office did not answer properly: this register's tickets only.");
            Q_EMIT historyChanged();
        }
    });
}

QString CustomerDesk::remoteText() const
{
    if (m_remoteState == u"searching"_s)
        return tr("Searching at head office…");
    if (m_remoteState == u"unreachable"_s)
        return tr("Head office cannot be reached: only this register's customers can be found.");
    if (m_remoteState == u"failed"_s)
        return tr("Head office did not answer properly. Try again in a moment.");
    if (m_remoteState == u"done"_s)
        return m_remoteResults.isEmpty()
            ? tr("No customer found at head office either.")
            : tr("Found at head office: %n customer(s).", nullptr, int(m_remoteResults.size()));
    return {};
}

void CustomerDesk::setRemote(const QString &state, const QVariantList &results)
{
    m_remoteState = state;
    m_remoteResults = results;
    // The state and a count: never what was searched.
    qCInfo(lcDesk) << "head office search:" << state << results.size();
    Q_EMIT remoteChanged();
}

void CustomerDesk::searchHeadOffice(const QString &text)
{
    if (text.trimmed().size() < 2) {
        setRemote(u"idle"_s);
        return;
    }
    if (!m_lookup || !m_lookup->ready()) {
        setRemote(u"unreachable"_s);
        return;
    }
    setRemote(u"searching"_s);
    m_searchRequest = m_lookup->search(text.trimmed());
}

void CustomerDesk::chooseFromHeadOffice(const QString &id)
{
    if (!m_lookup || !m_lookup->ready()) {
        setRemote(u"unreachable"_s);
        return;
    }
    setRemote(u"searching"_s, m_remoteResults);
    m_adoptRequest = m_lookup->adopt(id);
}

QString CustomerDesk::pendingText() const
{
    if (!m_counter.customer())
        return {};
    const qint64 n = crm::CustomerEditor(m_db, m_registerId).pendingCount(m_counter.customer()->id);
    return n > 0 ? tr("Changes saved on this register, on their way to head office.") : QString();
}

void CustomerDesk::loadHistory()
{
    if (!m_counter.customer())
        return;
    m_historyOf = m_counter.customer()->id;
    showHistory({}, false);
    if (!m_headOffice) {
        m_historyText.clear(); // a register on its own: its tickets are the whole story
    } else if (m_lookup->ready()) {
        m_historyText = tr("Asking head office for the other stores and the web shop…");
        m_historyRequest = m_lookup->history(m_historyOf);
    } else {
        m_historyText = tr("Head office cannot be reached: this register's tickets only.");
    }
    Q_EMIT historyChanged();
}

QString CustomerDesk::pointsText(qint64 earned, qint64 redeemed)
{
    if (earned && redeemed)
        return tr("+%1 / -%2 pts").arg(earned).arg(redeemed);
    if (earned)
        return tr("+%1 pts").arg(earned);
    if (redeemed)
        return tr("-%1 pts").arg(redeemed);
    return {};
}

void CustomerDesk::showHistory(const QJsonArray &headOffice, bool fromHeadOffice)
{
    const QLocale locale;
    struct Item
    {
        QDateTime at;
        QVariantMap row;
    };
    QList<Item> items;
    QSet<QString> shown;
    const auto storeRow = [&](const QString &id, qint64 number, const QString &kind, const QDateTime &at,
                              Money total, const QString &where, qint64 earned, qint64 redeemed) {
        if (shown.contains(id))
            return;
        shown.insert(id);
        const QString when = locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        QString text = kind == u"void"_s
            ? tr("Ticket %1 · %2 · cancellation %3").arg(number).arg(when, total.toString())
            : tr("Ticket %1 · %2 · %3").arg(number).arg(when, total.toString());
        if (!where.isEmpty())
            text += u" · "_s + where;
        items.append({at,
            QVariantMap {{u"channel"_s, u"store"_s}, {u"channelText"_s, tr("Store")}, {u"text"_s, text},
                {u"points"_s, pointsText(earned, redeemed)}}});
    };
    // This register's own tickets first: they are here even offline.
    for (const Ticket &t : m_counter.checkout().journal().ticketsOfCustomer(m_historyOf, 20))
        storeRow(t.uuid, t.number, t.kind, t.createdAt, t.total, {}, t.pointsEarned, t.pointsRedeemed);
    for (const QJsonValue &v : headOffice) {
        const QJsonObject e = v.toObject();
        const QDateTime at = QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs);
        const Money total = Money::fromCents(e.value(u"total_cents"_s).toInteger());
        const qint64 earned = e.value(u"points_earned"_s).toInteger();
        const qint64 redeemed = e.value(u"points_redeemed"_s).toInteger();
        if (e.value(u"channel"_s).toString() == u"online"_s) {
            const QString when = locale.toString(at.toLocalTime(), QLocale::ShortFormat);
            items.append({at,
                QVariantMap {{u"channel"_s, u"online"_s}, {u"channelText"_s, tr("Online")},
                    {u"text"_s,
                        tr("Order %1 · %2 · %3 · %n item(s)", nullptr, int(e.value(u"items"_s).toInteger()))
                            .arg(e.value(u"id"_s).toString(), when, total.toString())},
                    {u"points"_s, pointsText(earned, redeemed)}}});
        } else {
            const QString store =
                e.value(u"store"_s).toString() == m_storeId ? QString() : e.value(u"store_name"_s).toString();
            storeRow(e.value(u"id"_s).toString(), e.value(u"number"_s).toInteger(),
                e.value(u"kind"_s).toString(), at, total, store, earned, redeemed);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at > b.at; });
    if (fromHeadOffice) // ids and counts only
        qCInfo(lcDesk) << "history of" << m_historyOf << "shown:" << items.size() << "entries,"
                       << std::count_if(items.cbegin(), items.cend(),
                              [](const Item &i) { return i.row.value(u"channel"_s) == u"online"_s; })
                       << "online";
    m_history.clear();
    for (const Item &i : std::as_const(items))
        m_history.append(i.row);
    if (fromHeadOffice)
        m_historyText = tr("This store, the chain's other stores and the web shop.");
    Q_EMIT historyChanged();
}

QVariantList CustomerDesk::interestChoices() const
{
    QVariantList out;
    for (const char *key : kInterests)
        out.append(QVariantMap {{u"key"_s, QString::fromLatin1(key)},
            {u"text"_s, CustomerTexts::interest(QString::fromLatin1(key))}});
    return out;
}

QVariantMap CustomerDesk::form(bool creating) const
{
    QVariantMap f {{u"firstName"_s, QString()}, {u"lastName"_s, QString()}, {u"phone"_s, QString()},
        {u"email"_s, QString()}, {u"notes"_s, QString()}, {u"card"_s, QString()},
        {u"interests"_s, QStringList()}};
    for (const ConsentSwitch &c : kConsentSwitches)
        f.insert(QString::fromUtf16(c.key), false);
    if (creating || !m_counter.customer())
        return f;
    const crm::Customer &c = *m_counter.customer();
    f[u"firstName"_s] = c.firstName;
    f[u"lastName"_s] = c.lastName.isEmpty() && c.firstName.isEmpty() ? c.displayName : c.lastName;
    f[u"phone"_s] = c.phone.isEmpty() ? QString() : crm::formatPhone(crm::phoneKey(c.phone));
    f[u"email"_s] = c.email;
    f[u"notes"_s] = c.notes;
    f[u"card"_s] = c.cards.value(0);
    f[u"interests"_s] = c.interests;
    for (const ConsentSwitch &s : kConsentSwitches) {
        // The latest say through this very channel, as consentsTo() reads it.
        f.insert(QString::fromUtf16(s.key),
            c.consentsTo(QString::fromUtf16(s.purpose), QString::fromUtf16(s.channel)));
    }
    return f;
}

QVariantMap CustomerDesk::check(const QVariantMap &form, bool creating) const
{
    QVariantMap problems;
    const QString first = formText(form, u"firstName"_s);
    const QString last = formText(form, u"lastName"_s);
    if (first.isEmpty() && last.isEmpty())
        problems.insert(u"lastName"_s, tr("Enter at least a last name or a first name."));
    if (first.size() > 60)
        problems.insert(u"firstName"_s, tr("At most 60 characters."));
    if (last.size() > 60)
        problems.insert(u"lastName"_s, tr("At most 60 characters."));
    const QString phone = formText(form, u"phone"_s);
    if (!phone.isEmpty() && crm::phoneKey(phone).isEmpty())
        problems.insert(
            u"phone"_s, tr("Not a phone number. A foreign number starts with + and its country code."));
    const QString email = formText(form, u"email"_s);
    if (!email.isEmpty() && (crm::emailKey(email).isEmpty() || !email.section(u'@', 1).contains(u'.')))
        problems.insert(u"email"_s, tr("Not an e-mail address (name@example.fr)."));
    if (form.value(u"notes"_s).toString().size() > 1000)
        problems.insert(u"notes"_s, tr("At most 1000 characters."));
    const QString card = formText(form, u"card"_s);
    if (!card.isEmpty()) {
        const QString key = crm::cardKey(card);
        if (key.isEmpty() || key.size() > 32) {
            problems.insert(u"card"_s, tr("A card number holds letters and digits only."));
        } else {
            // A card is one customer's.
            const auto holder = crm::CustomerDirectory(m_db).byCard(key);
            const QString self = !creating && m_counter.customer() ? m_counter.customer()->id : QString();
            if (holder && holder->id != self)
                problems.insert(u"card"_s, tr("This card belongs to %1.").arg(holder->displayName));
        }
    }
    if (form.value(u"marketingSms"_s).toBool() && phone.isEmpty())
        problems.insert(u"phone"_s, tr("Text messages need a phone number."));
    if (form.value(u"marketingEmail"_s).toBool() && email.isEmpty())
        problems.insert(u"email"_s, tr("E-mails need an e-mail address."));
    // Which fields are refused, never what they hold, each time that changes.
    const QString outcome = problems.isEmpty() ? u"ok"_s : u"refused "_s + problems.keys().join(u',');
    if (outcome != m_lastCheck) {
        m_lastCheck = outcome;
        qCInfo(lcDesk).noquote() << "form check:" << outcome;
    }
    return problems;
}

QJsonObject CustomerDesk::recordFrom(const QVariantMap &form, const QJsonObject &before) const
{
    QJsonObject r = before;
    const auto setText = [&r](const QString &field, const QString &value) {
        if (value.isEmpty())
            r.remove(field);
        else
            r.insert(field, value);
    };
    const QString first = formText(form, u"firstName"_s);
    const QString last = formText(form, u"lastName"_s);
    const QString shownName = before.value(u"display_name"_s).toString();
    const bool nameOnly = !before.contains(u"first_name"_s) && !before.contains(u"last_name"_s);
    if (nameOnly && first.isEmpty() && last == shownName) {
        // A record with only a display name, shown whole as the last name: unchanged.
    } else {
        setText(u"first_name"_s, first);
        setText(u"last_name"_s, last);
        r.insert(u"display_name"_s, QStringList {first, last}.join(u' ').trimmed());
    }
    // The same number or address written another way is no change.
    const QString phone = formText(form, u"phone"_s);
    if (crm::phoneKey(phone) != crm::phoneKey(before.value(u"phone"_s).toString()) || phone.isEmpty())
        setText(u"phone"_s, phone);
    const QString email = formText(form, u"email"_s);
    if (crm::emailKey(email) != crm::emailKey(before.value(u"email"_s).toString()) || email.isEmpty())
        setText(u"email"_s, email.toLower());
    setText(u"notes"_s, form.value(u"notes"_s).toString().trimmed());
    const QString card = crm::cardKey(formText(form, u"card"_s));
    QJsonArray cards = before.value(u"cards"_s).toArray();
    if (!card.isEmpty() && !cards.contains(card)) {
        if (cards.isEmpty())
            cards.append(card);
        else
            cards[0] = card;
    }
    if (cards.isEmpty())
        r.remove(u"cards"_s);
    else
        r.insert(u"cards"_s, cards);
    QJsonArray interests;
    for (const QString &i : form.value(u"interests"_s).toStringList()) {
        if (std::any_of(kInterests.begin(), kInterests.end(),
                [&](const char *k) { return i == QLatin1StringView(k); }))
            interests.append(i);
    }
    if (interests.isEmpty())
        r.remove(u"interests"_s);
    else
        r.insert(u"interests"_s, interests);
    // A switch turned: a new say, dated now, given at the store.
    const crm::Customer current = crm::Customer::fromJson({}, before);
    QJsonArray consents = before.value(u"consents"_s).toArray();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const ConsentSwitch &s : kConsentSwitches) {
        const bool wanted = form.value(QString::fromUtf16(s.key)).toBool();
        if (wanted == current.consentsTo(QString::fromUtf16(s.purpose), QString::fromUtf16(s.channel)))
            continue;
        consents.append(QJsonObject {{u"purpose"_s, QString::fromUtf16(s.purpose)},
            {u"channel"_s, QString::fromUtf16(s.channel)}, {u"granted"_s, wanted}, {u"at"_s, now},
            {u"source"_s, u"store"_s}});
    }
    // The latest say per purpose and channel is all that counts.
    consents = crm::mergeConsents({}, consents);
    if (consents.isEmpty())
        r.remove(u"consents"_s);
    else
        r.insert(u"consents"_s, consents);
    return r;
}

bool CustomerDesk::save(const QVariantMap &form, bool creating)
{
    if (!check(form, creating).isEmpty())
        return false;
    crm::CustomerEditor editor(m_db, m_registerId);
    std::optional<std::pair<QJsonObject, qint64>> held;
    if (!creating) {
        if (m_counter.customer())
            held = editor.record(m_counter.customer()->id);
        if (!held) {
            Q_EMIT saveFailed(tr("This customer is no longer on this register."));
            return false;
        }
    }
    const Result<crm::CustomerEdit> edit = creating
        ? editor.create(recordFrom(form, {}), m_storeId)
        : editor.save(m_counter.customer()->id, recordFrom(form, held->first));
    if (!edit) {
        qCWarning(lcDesk) << "customer not saved:" << edit.error().code;
        Q_EMIT saveFailed(edit.error().code == u"customer.invalid"_s
                ? tr("These details cannot be saved: check each field.")
                : tr("Not saved: %1").arg(edit.error().message));
        return false;
    }
    if (creating) {
        m_counter.attachCustomer(edit->customerId);
        Q_EMIT saved(tr("Customer created. Head office will have them at the next sync."));
    } else {
        m_counter.refreshCustomer();
        Q_EMIT saved(edit->isEmpty() ? tr("Nothing was changed.")
                                     : tr("Saved. Head office will have the change at the next sync."));
    }
    Q_EMIT pendingChanged();
    return true;
}

} // namespace comptoir
