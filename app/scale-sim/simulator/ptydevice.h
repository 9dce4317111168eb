// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

class QSocketNotifier;

namespace comptoir::sim {

// The master side of a fresh pseudo-terminal, as a QIODevice: a simulated device writes and
// reads here, and the register opens slavePath() as it would open /dev/ttyUSB0, through Qt
// SerialPort. Raw mode, no echo.
class PtyDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit PtyDevice(QObject *parent = nullptr);
    ~PtyDevice() override;

    bool open(OpenMode mode) override; // creates the pair
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    QString slavePath() const { return m_slavePath; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_master = -1;
    int m_slave = -1; // kept open so the pair lives while the register reopens its side
    QString m_slavePath;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace comptoir::sim
