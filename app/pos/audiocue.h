// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QPluginLoader;

namespace comptoir {

class AudioOutput;

// Short sounds a clerk hears without looking: a low double beep for a refused scan, a
// short high one for a good scan. Synthesised (no audio files); silent when the machine has
// no audio output. The sound goes out through the comptoir-audio plugin (audio/audiooutput.h),
// loaded by load() once the register is on screen, or by the first beep.
class AudioCue : public QObject
{
    Q_OBJECT
public:
    enum class Cue { Accepted, Refused };
    explicit AudioCue(QObject *parent = nullptr);
    ~AudioCue() override;

    void load();
    void play(Cue cue);
    int played() const { return m_played; } // for tests and diagnostics
    bool available() const { return m_output != nullptr; }

    // Where the plugin is looked for: next to the program (the build tree), then where it is
    // installed.
    static QStringList pluginPaths();

private:
    std::unique_ptr<QPluginLoader> m_loader; // owns m_output's object, unloaded with this
    AudioOutput *m_output = nullptr;
    QByteArray m_accepted;
    QByteArray m_refused;
    int m_played = 0;
    bool m_loaded = false;
};

} // namespace comptoir
