// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicecredentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

namespace {

constexpr auto kService = "comptoir";

Error keychainError(const QKeychain::Job *job)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {u"keychain.not-found"_s,
            QCoreApplication::translate("comptoir::DeviceCredentials",
                "This register has no head-office credentials: enroll it first.")};
    case QKeychain::NoBackendAvailable:
        return {u"keychain.unavailable"_s,
            QCoreApplication::translate("comptoir::DeviceCredentials",
                "The system keychain is not available (%1): the head-office credentials cannot be used.")
                .arg(detail)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {u"keychain.denied"_s,
            QCoreApplication::translate("comptoir::DeviceCredentials",
                "The system keychain refused access (%1): unlock it and try again.")
                .arg(detail)};
    default:
        return {u"keychain.error"_s,
            QCoreApplication::translate("comptoir::DeviceCredentials", "The system keychain failed: %1")
                .arg(detail)};
    }
}

template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

template<typename T, typename Start>
T runNow(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start(&loop, [&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

QString DeviceCredentials::keyFor(const QString &storeId, const QString &registerId)
{
    return u"hq-device-token/%1/%2"_s.arg(storeId, registerId);
}

void DeviceCredentials::read(const QString &key, QObject *context, TokenCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void DeviceCredentials::write(const QString &key, const QString &token, QObject *context, StatusCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(token);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j));
        else
            done(Ok {});
    });
    job->start();
}

void DeviceCredentials::remove(const QString &key, QObject *context, StatusCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(keychainError(j));
        else
            done(Ok {});
    });
    job->start();
}

Result<QString> DeviceCredentials::readNow(const QString &key)
{
    return runNow<Result<QString>>([&](QEventLoop *loop, auto finish) { read(key, loop, finish); });
}

Status DeviceCredentials::writeNow(const QString &key, const QString &token)
{
    return runNow<Status>([&](QEventLoop *loop, auto finish) { write(key, token, loop, finish); });
}

Status DeviceCredentials::removeNow(const QString &key)
{
    return runNow<Status>([&](QEventLoop *loop, auto finish) { remove(key, loop, finish); });
}

} // namespace comptoir
