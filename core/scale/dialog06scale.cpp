// SPDX-License-Identifier: GPL-3.0-or-later
#include "scale/dialog06scale.h"

#include "scan/serialscanner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScale, "comptoir.scale")

using namespace Qt::StringLiterals;

namespace comptoir {

using dialog06::Answer;

namespace {
constexpr int kMaxRestarts = 3; // a scale that keeps asking for the price again is not weighing
}

Dialog06Scale::Dialog06Scale(Config config, QObject *parent)
    : Scale(parent)
    , m_config(std::move(config))
{
    m_port.setPortName(m_config.portName);
    m_timeout.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_port, &QSerialPort::readyRead, this, &Dialog06Scale::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        // Framing a pty refuses is openSerialLine's business (it says so in its note).
        if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError ||
            e == QSerialPort::UnsupportedOperationError)
            return;
        qCWarning(lcScale) << "serial error" << e << m_port.errorString();
        const QString reason = m_port.errorString();
        if (e == QSerialPort::ResourceError && m_port.isOpen())
            m_port.close(); // unplugged: opened again on the next weighing
        if (m_state != State::Idle) {
            finish(Error {u"scale.line"_s, tr("The scale's line failed (%1): check its cable.").arg(reason)});
        }
    });
    connect(&m_timeout, &QTimer::timeout, this, &Dialog06Scale::timedOut);
    connect(
        &m_retry, &QTimer::timeout, this, [this] { send(dialog06::resultRequest(), State::ResultAsked); });
}

Dialog06Scale::~Dialog06Scale() = default;

std::optional<Dialog06Scale::Config> Dialog06Scale::parseSpec(const QString &spec)
{
    // The same "port:baud:framing" as the serial scanner, with Dialog 06's 7O1 as the default.
    const auto line = SerialScanner::parseSpec(spec);
    if (!line)
        return std::nullopt;
    Config c;
    c.portName = line->portName;
    const int parts = int(spec.count(u':')) + 1;
    if (parts > 1)
        c.framing.baudRate = line->baudRate;
    if (parts > 2) {
        c.framing.dataBits = line->dataBits;
        c.framing.parity = line->parity;
        c.framing.stopBits = line->stopBits;
    }
    return c;
}

QString Dialog06Scale::description() const
{
    return tr("Dialog 06 scale on %1 (%2)").arg(m_config.portName, m_config.framing.text());
}

void Dialog06Scale::weigh(qint64 unitPriceCents, std::optional<int> tareGrams, const QString &label)
{
    cancel();
    auto record = dialog06::priceRecord(unitPriceCents, tareGrams, label);
    if (!record) {
        Q_EMIT failed(record.error());
        return;
    }
    if (!m_port.isOpen()) {
        QString note;
        if (!openSerialLine(m_port, QIODevice::ReadWrite, m_config.framing, &note)) {
            const QString reason = m_port.errorString();
            Q_EMIT failed(Error {u"scale.offline"_s,
                tr("The scale cannot be reached on %1 (%2): check that it is on and plugged in.")
                    .arg(m_config.portName, reason)});
            return;
        }
        if (!note.isEmpty())
            qCInfo(lcScale) << note;
        m_port.clear();
    }
    m_reader.clear();
    m_priceRecord = std::move(record).value();
    m_unitPriceCents = unitPriceCents;
    m_restarts = 0;
    m_started.start();
    sendPrice();
}

void Dialog06Scale::cancel()
{
    if (m_state == State::Idle)
        return;
    m_timeout.stop();
    m_retry.stop();
    m_state = State::Idle;
    if (m_port.isOpen())
        m_port.write(dialog06::endOfExchange());
}

void Dialog06Scale::send(const QByteArray &bytes, State next)
{
    m_state = next;
    if (m_port.write(bytes) != bytes.size()) {
        finish(Error {
            u"scale.line"_s, tr("The scale's line failed (%1): check its cable.").arg(m_port.errorString())});
        return;
    }
    m_timeout.start(m_config.answerTimeoutMs);
}

void Dialog06Scale::sendPrice()
{
    send(m_priceRecord, State::PriceSent);
}

void Dialog06Scale::readAvailable()
{
    const QByteArray bytes = m_port.readAll();
    if (m_state == State::Idle || m_state == State::Waiting)
        return; // late answers to a cancelled weighing, or noise between weighings
    m_reader.feed(bytes);
    while (m_state != State::Idle && m_state != State::Waiting) {
        auto answer = m_reader.next();
        if (!answer)
            return;
        if (!*answer) {
            qCWarning(lcScale) << "bad frame:" << answer->error().message;
            finish(answer->error());
            return;
        }
        handle(answer->value());
    }
}

void Dialog06Scale::handle(const Answer &a)
{
    m_timeout.stop();
    if (a.kind == Answer::Kind::ChecksumRequest) {
        if ((m_config.polynomial & 0x10000) == 0) {
            finish(Error {u"scale.checksum_setup"_s,
                tr("The scale asks for the register's legal checksums (Dialog 06), and the polynomial its "
                   "maker gave is not in this PC's keychain.")});
            return;
        }
        qCInfo(lcScale) << "checksums asked, random" << a.random;
        send(dialog06::checksumRecord(m_config.checksum, m_config.polynomial, a.random), State::ChecksumSent);
        return;
    }
    switch (m_state) {
    case State::PriceSent:
    case State::ChecksumSent:
        if (a.kind == Answer::Kind::Ack) {
            send(dialog06::resultRequest(),
                m_state == State::PriceSent ? State::ResultAsked : State::VerdictAsked);
        } else if (a.kind == Answer::Kind::Nak) {
            send(dialog06::statusRequest(), State::StatusAsked);
        } else {
            finish(Error {u"scale.protocol"_s, tr("The scale answered out of turn: weigh again.")});
        }
        return;
    case State::VerdictAsked:
        if (a.kind == Answer::Kind::ChecksumVerdict && a.checksumsValid) {
            // Valid or not, the manual says to weigh again; valid, the scale now gives weights.
            if (++m_restarts > kMaxRestarts) {
                finish(Error {
                    u"scale.protocol"_s, tr("The scale keeps asking for the price again: weigh again.")});
                return;
            }
            sendPrice();
        } else if (a.kind == Answer::Kind::ChecksumVerdict) {
            finish(Error {u"scale.checksum"_s,
                tr("The scale refused the register's legal checksums: it gives no weight until they match "
                   "(check the Dialog 06 polynomial).")});
        } else if (a.kind == Answer::Kind::Nak) {
            send(dialog06::statusRequest(), State::StatusAsked);
        } else {
            finish(Error {u"scale.protocol"_s, tr("The scale answered out of turn: weigh again.")});
        }
        return;
    case State::ResultAsked:
        if (a.kind == Answer::Kind::Result) {
            m_port.write(dialog06::endOfExchange());
            m_state = State::Idle;
            if (a.unitPriceCents != m_unitPriceCents) {
                Q_EMIT failed(Error {u"scale.unit_price"_s,
                    tr("The scale weighed at another unit price than the register's: weigh again.")});
                return;
            }
            if (a.grams <= 0) {
                Q_EMIT failed(statusError(int(dialog06::Status::BelowMinimum)));
                return;
            }
            qCInfo(lcScale) << "weighed" << a.grams << "g at" << a.unitPriceCents << "=" << a.priceCents;
            Q_EMIT weighed(Weighing {a.grams, a.unitPriceCents, a.priceCents});
        } else if (a.kind == Answer::Kind::Nak) {
            send(dialog06::statusRequest(), State::StatusAsked);
        } else {
            finish(Error {u"scale.protocol"_s, tr("The scale answered out of turn: weigh again.")});
        }
        return;
    case State::StatusAsked:
        if (a.kind != Answer::Kind::Status) {
            finish(Error {u"scale.protocol"_s, tr("The scale answered out of turn: weigh again.")});
            return;
        }
        if (a.status == int(dialog06::Status::InMotion) || a.status == int(dialog06::Status::NotFinished)) {
            if (m_started.elapsed() + m_config.retryMs > m_config.settleMs) {
                finish(statusError(a.status));
                return;
            }
            Q_EMIT progress(tr("Waiting for the weight to settle…"));
            m_state = State::Waiting;
            m_retry.start(m_config.retryMs);
            return;
        }
        if (a.status == int(dialog06::Status::NoError)) {
            // Nothing wrong, but no result: the manual says to start again from the price.
            if (++m_restarts > kMaxRestarts) {
                finish(Error {
                    u"scale.protocol"_s, tr("The scale keeps asking for the price again: weigh again.")});
                return;
            }
            sendPrice();
            return;
        }
        finish(statusError(a.status));
        return;
    case State::Idle:
    case State::Waiting:
        return;
    }
}

void Dialog06Scale::timedOut()
{
    qCWarning(lcScale) << "no answer in" << m_config.answerTimeoutMs << "ms, state" << int(m_state);
    finish(Error {u"scale.timeout"_s,
        tr("The scale does not answer: check that it is on and that its cable is plugged in.")});
}

void Dialog06Scale::finish(const Error &error)
{
    const bool wasBusy = m_state != State::Idle;
    cancel();
    if (wasBusy)
        Q_EMIT failed(error);
}

Error Dialog06Scale::statusError(int status) const
{
    using S = dialog06::Status;
    const auto code = [](const char *what) -> QString {
        return u"scale."_s + QLatin1StringView(what);
    };
    switch (S(status)) {
    case S::InMotion:
    case S::NotFinished:
        return {code("motion"),
            tr("The weight does not settle: make sure nothing touches the scale, then weigh again.")};
    case S::NotMovedSinceLastSale:
        return {code("same_load"),
            tr("The scale has not moved since the last weighing: lift the item and put it back on the "
               "scale.")};
    case S::BelowMinimum:
        return {
            code("below_minimum"), tr("Too light to be weighed: the scale's minimum weight is not reached.")};
    case S::BelowZero:
        return {code("below_zero"), tr("The scale shows less than zero: empty it and set it to zero.")};
    case S::Overload:
        return {code("overload"), tr("Too heavy: the scale is overloaded.")};
    case S::InvalidUnitPrice:
        return {code("unit_price"), tr("The scale refused the unit price.")};
    case S::InvalidTare:
        return {code("tare"), tr("The scale refused the tare.")};
    case S::ParityOrOverflow:
        return {code("parity"),
            tr("Transmission errors with the scale: check the line's settings (Dialog 06: 9600 bauds, 7 "
               "bits, odd "
               "parity).")};
    default:
        return {code("error"), tr("The scale reports an error (Dialog 06 status %1).").arg(status)};
    }
}

} // namespace comptoir
