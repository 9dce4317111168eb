// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace comptoir::test {

// A real serial cable for tests: socat makes two pseudo-terminals linked to each other, named by
// links in DIR. The device under test opens one end through Qt SerialPort, its peer the other.
// $SOCAT (set by CMake) names the executable. The pair goes with the object.
class SocatPair
{
public:
    // Starts the pair; false (with a QTest failure message) when socat is missing or slow.
    bool start(const QString &dir, const QString &name)
    {
        const QString socat = qEnvironmentVariable("SOCAT", QStringLiteral("socat"));
        if (QStandardPaths::findExecutable(QFileInfo(socat).fileName()).isEmpty() &&
            !QFileInfo(socat).isExecutable()) {
            QTest::qFail("socat is required (apt-get install socat)", __FILE__, __LINE__);
            return false;
        }
        m_a = dir + u'/' + name + QStringLiteral("-a");
        m_b = dir + u'/' + name + QStringLiteral("-b");
        m_process.start(socat,
            {QStringLiteral("pty,raw,echo=0,link=") + m_a, QStringLiteral("pty,raw,echo=0,link=") + m_b});
        if (!m_process.waitForStarted())
            return false;
        // Waits on the links socat makes, never on time alone.
        QDeadlineTimer deadline(10000);
        while (!(QFileInfo::exists(m_a) && QFileInfo::exists(m_b))) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(10);
        }
        return true;
    }
    ~SocatPair()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The devices behind the links, as Qt SerialPort names them.
    QString a() const { return QFileInfo(m_a).canonicalFilePath(); }
    QString b() const { return QFileInfo(m_b).canonicalFilePath(); }

private:
    QProcess m_process;
    QString m_a;
    QString m_b;
};

} // namespace comptoir::test
