// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace comptoir::pin {

// A clerk's PIN: 4 to 6 digits, stored only as an Argon2id hash in the PHC string format
// ("$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>", libsodium's crypto_pwhash_str), with the
// OWASP minimum cost: 19 MiB of memory, 2 passes, one lane. A PIN has at most 10^6 values: the
// cost slows each try, the lock-out after five wrong tries (ClerkDirectory) does the rest.

inline constexpr int MinLength = 4;
inline constexpr int MaxLength = 6;
inline constexpr int MemoryKiB = 19 * 1024;
inline constexpr int Passes = 2;

// Checks the shape, with a message for the clerk ("staff.pin_shape").
Status checkShape(QStringView pin);
// A new hash (new random salt) of a well-shaped PIN.
Result<QString> hash(QStringView pin);
// Whether `pin` matches `stored`. A stored string that is not an Argon2id hash within the
// bounds below (one from a hostile or broken source) matches nothing.
bool verify(const QString &stored, QStringView pin);
// The costs we accept from elsewhere (head office): one sign-in is checked on the screen's
// thread, so at most 64 MiB and 4 passes (about half a second on a slow register).
inline constexpr int MinMemoryKiB = 8 * 1024;
inline constexpr int MaxMemoryKiB = 64 * 1024;
inline constexpr int MaxPasses = 4;
// An Argon2id PHC string whose cost is within those bounds, one lane, at most 200 characters.
// Anything else could make one sign-in take minutes or all the memory: it matches nothing.
bool isAcceptedHash(const QString &stored);
// Hashed with a lower cost than today's (never a higher one): rehash at the next good sign-in.
bool needsRehash(const QString &stored);

} // namespace comptoir::pin
