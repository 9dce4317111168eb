// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeredit.h"

#include "common/uuidv7.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::crm {

namespace {

bool isIdentifier(QStringView id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'-' || c == u'_' || c == u'.';
    });
}

// A consent's identity and date, for merging.
struct Say
{
    QString key;
    QDateTime at;
};

Say sayOf(const QJsonObject &consent)
{
    return {consent.value(u"purpose"_s).toString() + u'/' + consent.value(u"channel"_s).toString(u"any"_s),
        QDateTime::fromString(consent.value(u"at"_s).toString(), Qt::ISODateWithMs)};
}

} // namespace

const QStringList &CustomerEdit::editableFields()
{
    static const QStringList fields {u"display_name"_s, u"first_name"_s, u"last_name"_s, u"phone"_s,
        u"email"_s, u"notes"_s, u"interests"_s, u"consents"_s, u"cards"_s, u"home_store"_s};
    return fields;
}

QString CustomerEdit::newCustomerId()
{
    return u"R-"_s + createUuidV7String().remove(u'-').left(30);
}

CustomerEdit CustomerEdit::between(const QString &customerId, const QJsonObject &before,
    const QJsonObject &after, bool creates, const QDateTime &at)
{
    CustomerEdit edit;
    edit.editId = createUuidV7String();
    edit.customerId = customerId;
    edit.creates = creates;
    edit.at = at.toUTC();
    for (const QString &field : editableFields()) {
        const QJsonValue was = before.value(field);
        const QJsonValue now = after.value(field);
        // An empty text or list is no value.
        const auto blank = [](const QJsonValue &v) {
            return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) ||
                (v.isArray() && v.toArray().isEmpty());
        };
        if (blank(was) && blank(now))
            continue;
        if (!creates && was == now)
            continue;
        QJsonObject change {{u"now"_s, blank(now) ? QJsonValue(QJsonValue::Null) : now}};
        if (!creates)
            change.insert(u"was"_s, blank(was) ? QJsonValue(QJsonValue::Null) : was);
        edit.fields.insert(field, change);
    }
    return edit;
}

QJsonObject CustomerEdit::appliedTo(QJsonObject record) const
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue now = it.value().toObject().value(u"now"_s);
        if (it.key() == u"consents"_s)
            record.insert(it.key(), mergeConsents(record.value(it.key()).toArray(), now.toArray()));
        else if (now.isNull() || now.isUndefined())
            record.remove(it.key());
        else
            record.insert(it.key(), now);
    }
    return record;
}

QJsonObject CustomerEdit::toJson() const
{
    return QJsonObject {{u"edit"_s, editId}, {u"customer"_s, customerId}, {u"creates"_s, creates},
        {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)}, {u"fields"_s, fields}};
}

Result<CustomerEdit> CustomerEdit::fromJson(const QJsonObject &o)
{
    const auto bad = [](const QString &why) {
        return Error {u"customer.edit"_s, why};
    };
    CustomerEdit e;
    e.editId = o.value(u"edit"_s).toString();
    e.customerId = o.value(u"customer"_s).toString();
    e.creates = o.value(u"creates"_s).toBool();
    e.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
    e.fields = o.value(u"fields"_s).toObject();
    if (e.editId.isEmpty() || e.editId.size() > 64)
        return bad(u"no edit id"_s);
    if (!isIdentifier(e.customerId))
        return bad(u"customer id \"%1\" is not an identifier"_s.arg(e.customerId.left(64)));
    if (e.creates && !e.customerId.startsWith(u"R-"_s))
        return bad(u"a customer made at a register has an id starting R-"_s);
    if (!e.at.isValid())
        return bad(u"no date"_s);
    if (!o.value(u"fields"_s).isObject() || e.fields.isEmpty())
        return bad(u"no fields"_s);
    for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
        if (!editableFields().contains(it.key()))
            return bad(u"field \"%1\" cannot be changed at a register"_s.arg(it.key().left(32)));
        if (!it.value().isObject() || !it.value().toObject().contains(u"now"_s))
            return bad(u"field \"%1\" has no \"now\""_s.arg(it.key()));
    }
    return e;
}

QJsonArray mergeConsents(const QJsonArray &kept, const QJsonArray &incoming)
{
    QMap<QString, QJsonObject> latest; // by purpose/channel, in a stable order
    for (const bool isKept : {true, false}) {
        for (const QJsonValue &v : isKept ? kept : incoming) {
            const QJsonObject consent = v.toObject();
            const Say say = sayOf(consent);
            const auto it = latest.constFind(say.key);
            if (it == latest.cend()) {
                latest.insert(say.key, consent);
                continue;
            }
            const QDateTime held = sayOf(*it).at;
            if (say.at > held || (isKept && say.at == held))
                latest.insert(say.key, consent);
        }
    }
    QJsonArray out;
    for (const QJsonObject &consent : std::as_const(latest))
        out.append(consent);
    return out;
}

} // namespace comptoir::crm
