// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuidv7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace comptoir {

QUuid createUuidV7()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0; // 12 bits of rand_a, used as a sequence within one millisecond

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 seq;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            counter = (counter + 1) & 0x0fff;
            if (counter == 0) // 4096 in one millisecond: borrow the next one
                lastMs = ++ms;
        } else {
            lastMs = ms;
            counter = QRandomGenerator::system()->bounded(0x0800); // leave room to count up
        }
        seq = counter;
    }

    std::array<quint8, 16> b {};
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    b[6] = quint8(0x70 | ((seq >> 8) & 0x0f));
    b[7] = quint8(seq & 0xff);
    const quint64 r = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = quint8(r >> (8 * i));
    b[8] = quint8(0x80 | (b[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b.data()), 16));
}

QString createUuidV7String()
{
    return createUuidV7().toString(QUuid::WithoutBraces);
}

qint64 uuidV7Milliseconds(const QUuid &uuid)
{
    const QByteArray b = uuid.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(b[i]);
    return ms;
}

} // namespace comptoir
