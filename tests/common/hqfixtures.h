// SPDX-License-Identifier: GPL-3.0-or-later
// Real parts for head-office tests and benchmarks: a throw-away PostgreSQL cluster, comptoir-hq
// processes, and the command-line tools. Header-only; the paths of comptoir-hq and comptoirctl
// come from $COMPTOIR_HQ and $COMPTOIRCTL.
#pragma once

#include "sync/syncprotocol.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>

#include <memory>

#include <unistd.h>

namespace comptoir::testing {

using namespace Qt::Literals::StringLiterals;

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

inline QString postgresBin(const QString &tool)
{
    const QStringList versions =
        QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString path = u"/usr/lib/postgresql/%1/bin/%2"_s.arg(*it, tool);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(tool);
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A throw-away PostgreSQL cluster. As root, it runs as the "postgres" user (initdb refuses root).
class PostgresServer
{
public:
    bool start(const QString &dir)
    {
        m_dir = dir;
        m_port = freePort();
        const bool root = ::geteuid() == 0;
        if (root) {
            QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, dir});
            QProcess::execute(u"chmod"_s, {u"755"_s, QFileInfo(dir).absolutePath()});
        }
        const QString data = dir + u"/data"_s;
        if (!run(root, postgresBin(u"initdb"_s),
                {u"-D"_s, data, u"-U"_s, u"postgres"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
                    u"--no-sync"_s}))
            return false;
        const QString options =
            u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"_s.arg(m_port).arg(
                dir);
        if (!run(root, postgresBin(u"pg_ctl"_s),
                {u"-D"_s, data, u"-o"_s, options, u"-l"_s, dir + u"/postgres.log"_s, u"-w"_s, u"start"_s}))
            return false;
        m_running = true;
        m_root = root;
        return run(root, postgresBin(u"createdb"_s),
            {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s,
                u"comptoir"_s});
    }
    ~PostgresServer()
    {
        if (m_running)
            run(m_root, postgresBin(u"pg_ctl"_s),
                {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"immediate"_s, u"stop"_s});
    }
    QString location() const { return u"postgresql://postgres@127.0.0.1:%1/comptoir"_s.arg(m_port); }

private:
    static bool run(bool asPostgres, const QString &program, const QStringList &args)
    {
        QProcess p;
        if (asPostgres)
            p.start(u"runuser"_s, QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning() << program << args << p.readAllStandardError() << p.readAllStandardOutput();
            return false;
        }
        return true;
    }

    QString m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_root = false;
};

// A comptoir-hq process serving `location` (HTTPS with a certificate and key).
class HqInstance
{
public:
    bool start(const QString &location, quint16 port = 0, const QString &cert = {}, const QString &key = {})
    {
        kill();
        m_proc = std::make_unique<QProcess>();
        QStringList args {u"--db"_s, location, u"serve"_s, u"--port"_s, QString::number(port)};
        if (!cert.isEmpty())
            args << u"--cert"_s << cert << u"--key"_s << key;
        m_tls = !cert.isEmpty();
        m_proc->setProcessChannelMode(QProcess::ForwardedErrorChannel); // head office's log in the test's
        m_proc->start(env("COMPTOIR_HQ"), args);
        if (!m_proc->waitForStarted(5000))
            return false;
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_proc->waitForReadyRead(100);
            out += m_proc->readAllStandardOutput();
        }
        const QList<QByteArray> words = out.trimmed().split(' ');
        m_port = words.size() >= 2 && words[0] == "listening" ? quint16(words[1].toUInt()) : 0;
        return m_port != 0;
    }
    ~HqInstance() { kill(); }

    void kill() // SIGKILL
    {
        if (m_proc && m_proc->state() != QProcess::NotRunning) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port)); }

private:
    std::unique_ptr<QProcess> m_proc;
    quint16 m_port = 0;
    bool m_tls = false;
};

inline QString hqCli(const QString &location, const QStringList &args)
{
    QProcess p;
    p.start(env("COMPTOIR_HQ"), QStringList {u"--db"_s, location} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << args << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// comptoirctl on the register database `db`; its standard output in *output.
inline bool ctl(const QString &db, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.start(env("COMPTOIRCTL"), QStringList {u"--db"_s, db} + args);
    if (!p.waitForFinished(120000))
        return false;
    if (output)
        *output = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning() << "comptoirctl" << args << p.readAllStandardError();
    return p.exitCode() == 0;
}

inline QString enrollToken(const QUrl &hq, const QString &code)
{
    QNetworkAccessManager net;
    QNetworkRequest request(sync::endpoint(hq, u"/enroll"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = net.post(request, sync::encodeEnrollRequest(code, u"test"_s, u"0"_s));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    const auto e = sync::decodeEnrollment(reply->readAll(), nullptr);
    reply->deleteLater();
    return e ? e->token : QString();
}

} // namespace comptoir::testing
