// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiocue.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

#include <cmath>

namespace comptoir {

namespace {
constexpr int kRate = 22050;

QByteArray tone(const QList<std::pair<double, int>> &parts) // (frequency Hz, duration ms); 0 Hz = silence
{
    QByteArray pcm;
    for (const auto &[freq, ms] : parts) {
        const int n = kRate * ms / 1000;
        for (int i = 0; i < n; ++i) {
            // Short fade in/out avoids clicks.
            const double envelope = std::min({1.0, i / 200.0, (n - i) / 200.0});
            const double v = freq > 0 ? std::sin(2 * M_PI * freq * i / kRate) * 0.35 * envelope : 0.0;
            const qint16 s = qint16(v * 32767);
            pcm.append(reinterpret_cast<const char *>(&s), 2);
        }
    }
    return pcm;
}
} // namespace

AudioCue::AudioCue(QObject *parent)
    : QObject(parent)
    , m_accepted(tone({{1760, 60}}))
    , m_refused(tone({{330, 140}, {0, 60}, {262, 220}}))
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return;
    QAudioFormat format;
    format.setSampleRate(kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        return;
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_available = true;
}

AudioCue::~AudioCue() = default;

void AudioCue::play(Cue cue)
{
    ++m_played;
    if (!m_available)
        return;
    m_sink->stop();
    m_buffer.close();
    m_buffer.setData(cue == Cue::Refused ? m_refused : m_accepted);
    m_buffer.open(QIODevice::ReadOnly);
    m_sink->start(&m_buffer);
}

} // namespace comptoir
