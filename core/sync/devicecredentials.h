// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QObject>

#include <functional>

namespace comptoir {

// The register's device token for head office, kept in the operating system's keychain
// (Secret Service on Linux, through QtKeychain), never in a file. One entry per store and
// register, under the service "comptoir".
class DeviceCredentials
{
public:
    static QString keyFor(const QString &storeId, const QString &registerId);

    using TokenCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    // Asynchronous: the callback runs on the caller's thread once the keychain answered.
    static void read(const QString &key, QObject *context, TokenCallback done);
    static void write(const QString &key, const QString &token, QObject *context, StatusCallback done);
    static void remove(const QString &key, QObject *context, StatusCallback done);

    // Blocking variants for command-line tools (spin a local event loop).
    static Result<QString> readNow(const QString &key);
    static Status writeNow(const QString &key, const QString &token);
    static Status removeNow(const QString &key);
};

} // namespace comptoir
