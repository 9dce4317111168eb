// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace comptoir {

// RFC 9562 version 7 UUIDs: 48-bit Unix milliseconds, then randomness. They sort by creation
// time, which keeps the outbox and head-office indexes append-friendly. Monotonic within a
// process even when several are made in the same millisecond.
QUuid createUuidV7();
QString createUuidV7String(); // lower case, without braces
qint64 uuidV7Milliseconds(const QUuid &uuid);

} // namespace comptoir
