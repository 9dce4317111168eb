// SPDX-License-Identifier: GPL-3.0-or-later
#include "pin.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>
#include <utility>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace comptoir::pin {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

constexpr unsigned long long opsLimit = Passes;
constexpr size_t memLimit = size_t(MemoryKiB) * 1024;

} // namespace

Status checkShape(QStringView pin)
{
    bool digits = !pin.isEmpty();
    for (QChar c : pin)
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits || pin.size() < MinLength || pin.size() > MaxLength)
        return Error {u"staff.pin_shape"_s,
            QCoreApplication::translate("comptoir::Pin", "A PIN is %1 to %2 digits.")
                .arg(MinLength)
                .arg(MaxLength)};
    return Ok {};
}

Result<QString> hash(QStringView pin)
{
    if (auto s = checkShape(pin); !s)
        return s.error();
    if (!sodiumReady())
        return Error {u"staff.crypto"_s,
            QCoreApplication::translate(
                "comptoir::Pin", "The PIN cannot be protected: libsodium did not start.")};
    const QByteArray secret = pin.toLatin1();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.constData(), size_t(secret.size()), opsLimit, memLimit,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error {u"staff.crypto"_s,
            QCoreApplication::translate("comptoir::Pin", "The PIN cannot be protected: out of memory.")};
    return QString::fromLatin1(out);
}

namespace {
// The cost of an Argon2id PHC string within bounds, or none.
std::optional<std::pair<int, int>> acceptedCost(const QString &stored)
{
    static const QRegularExpression shape(
        uR"(^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=1\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{22,86}$)"_s);
    if (stored.size() > 200)
        return std::nullopt;
    const auto m = shape.match(stored);
    if (!m.hasMatch())
        return std::nullopt;
    const int memoryKiB = m.captured(1).toInt();
    const int passes = m.captured(2).toInt();
    if (memoryKiB < MinMemoryKiB || memoryKiB > MaxMemoryKiB || passes < 1 || passes > MaxPasses)
        return std::nullopt;
    return std::pair {memoryKiB, passes};
}
} // namespace

bool isAcceptedHash(const QString &stored)
{
    return acceptedCost(stored).has_value();
}

bool verify(const QString &stored, QStringView pin)
{
    if (!checkShape(pin) || !isAcceptedHash(stored) || !sodiumReady())
        return false;
    const QByteArray phc = stored.toLatin1();
    const QByteArray secret = pin.toLatin1();
    return crypto_pwhash_str_verify(phc.constData(), secret.constData(), size_t(secret.size())) == 0;
}

bool needsRehash(const QString &stored)
{
    // Weaker than today's only: a stronger hash is kept as it is.
    const auto cost = acceptedCost(stored);
    return !cost || cost->first < MemoryKiB || cost->second < Passes;
}

} // namespace comptoir::pin
