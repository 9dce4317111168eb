// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QObject>

#include <memory>

class QAudioSink;

namespace comptoir {

// Short sounds a clerk hears without looking: a low double beep for a refused scan, a
// short high one for a good scan. Synthesised (no audio files); silent when the machine has
// no audio output.
class AudioCue : public QObject
{
    Q_OBJECT
public:
    enum class Cue { Accepted, Refused };
    explicit AudioCue(QObject *parent = nullptr);
    ~AudioCue() override;

    void play(Cue cue);
    int played() const { return m_played; } // for tests and diagnostics

private:
    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_buffer;
    QByteArray m_accepted;
    QByteArray m_refused;
    int m_played = 0;
    bool m_available = false;
};

} // namespace comptoir
