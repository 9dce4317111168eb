// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptydevice.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace comptoir::sim {

PtyDevice::PtyDevice(QObject *parent)
    : QIODevice(parent)
{ }

PtyDevice::~PtyDevice()
{
    close();
}

bool PtyDevice::open(OpenMode mode)
{
    if (isOpen())
        return true;
    char name[256] = {};
    termios raw {};
    cfmakeraw(&raw);
    if (::openpty(&m_master, &m_slave, name, &raw, nullptr) != 0) {
        setErrorString(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    ::fcntl(m_master, F_SETFD, FD_CLOEXEC);
    ::fcntl(m_slave, F_SETFD, FD_CLOEXEC);
    m_slavePath = QString::fromLocal8Bit(name);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { Q_EMIT readyRead(); });
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void PtyDevice::close()
{
    if (!isOpen())
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::close(m_master);
    ::close(m_slave);
    m_master = m_slave = -1;
    QIODevice::close();
}

qint64 PtyDevice::bytesAvailable() const
{
    int n = 0;
    if (m_master >= 0)
        ::ioctl(m_master, FIONREAD, &n);
    return n + QIODevice::bytesAvailable();
}

qint64 PtyDevice::readData(char *data, qint64 maxSize)
{
    const ssize_t n = ::read(m_master, data, size_t(maxSize));
    if (n < 0)
        return (errno == EAGAIN || errno == EIO) ? 0 : -1; // EIO: the register's side is closed
    return n;
}

qint64 PtyDevice::writeData(const char *data, qint64 size)
{
    const ssize_t n = ::write(m_master, data, size_t(size));
    return n < 0 ? -1 : n;
}

} // namespace comptoir::sim
