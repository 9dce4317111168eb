// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QIODevice;

namespace comptoir::sim {

// A price-computing shop scale speaking Dialog 06, played as the vendors' manuals describe the
// scale's side (METTLER TOLEDO DIVA service manual §6.1.8, Ohaus Aviator 7000 §6.1.3, Cely PI100
// §7.5, Dibal DPOS400 §4.39), with its own reading of the records: it shares no code with the
// register's driver. The platter is set by the test or the demo (setLoad); the scale answers
// "in motion" for a few requests after each change, refuses a load below its minimum, below
// zero or over its capacity, will not sell the same load twice, and, given a polynomial, asks
// for the register's checksums at power-on and every 50 weighings.
class ScaleSimulator : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int capacityGrams = 15000;
        int minimumGrams = 40; // 20 divisions of 2 g
        int settlingRequests = 2; // answers "in motion" this many times after the load changes
        quint32 polynomial = 0; // Dialog 06 checksum polynomial; 0: no checksum requests
        int weighingsPerCheck = 50;
        // The demo: each new price finds a new article on the platter (a weight drawn from
        // the price), as if the clerk had just put it there.
        bool demoLoads = false;
    };

    explicit ScaleSimulator(Config config, QObject *parent = nullptr);

    // Bytes from the register; returns the scale's answer (maybe empty).
    QByteArray receive(const QByteArray &bytes);
    // Reads the register from DEVICE and answers on it (a serial port, a pty master).
    void attach(QIODevice *device);

    void setLoad(int grams);
    void setSilent(bool silent) { m_silent = silent; } // switched off: answers nothing
    void setPolynomial(quint32 polynomial)
    {
        m_config.polynomial = polynomial;
        m_checked = false;
    }
    int load() const { return m_load; }
    int weighings() const { return m_weighings; }
    int checksumRequests() const { return m_checksumRequests; }
    QByteArray lastRecord() const { return m_lastRecord; } // the last register record, for tests

Q_SIGNALS:
    void weighed(int grams, qint64 unitPriceCents, qint64 priceCents);

private:
    QByteArray handleRecord(const QByteArray &record);
    QByteArray handleEnquiry();
    QByteArray nak(int status);
    quint32 nextRandom();
    bool checkChecksums(const QByteArray &fields) const;

    Config m_config;
    QPointer<QIODevice> m_device;
    QByteArray m_input;
    QByteArray m_lastRecord;
    int m_load = 0;
    int m_settling = 0;
    bool m_movedSinceSale = true;
    bool m_silent = false;
    qint64 m_unitPrice = -1; // none given yet
    int m_tare = 0;
    int m_status = 0; // for record 08
    bool m_checked = false; // checksums verified since power-on
    int m_sinceCheck = 0;
    int m_random = 0;
    int m_verdict = -1; // pending answer to EOT ENQ after record 10: 0 invalid, 1 valid
    bool m_awaitingChecksums = false;
    int m_weighings = 0;
    int m_checksumRequests = 0;
    quint32 m_seed = 2463534242u;
};

} // namespace comptoir::sim
