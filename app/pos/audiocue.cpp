// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiocue.h"

#include "audio/audiooutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace comptoir {

Q_LOGGING_CATEGORY(lcAudio, "comptoir.audio", QtInfoMsg)

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
{ }

AudioCue::~AudioCue()
{
    // Before Qt Multimedia goes: its sink dies with the plugin's object, here.
    if (m_loader)
        m_loader->unload();
}

QStringList AudioCue::pluginPaths()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {bin + u"/audio/"_s + QStringLiteral(COMPTOIR_AUDIO_PLUGIN),
        QDir::cleanPath(
            bin + u"/"_s + QStringLiteral(COMPTOIR_PLUGIN_DIR_FROM_BIN "/" COMPTOIR_AUDIO_PLUGIN))};
}

void AudioCue::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    for (const QString &path : pluginPaths()) {
        if (!QFileInfo::exists(path))
            continue;
        auto loader = std::make_unique<QPluginLoader>(path);
        auto *output = qobject_cast<AudioOutput *>(loader->instance());
        if (!output) {
            qCWarning(lcAudio) << "cannot load" << path << ":" << loader->errorString();
            continue;
        }
        m_loader = std::move(loader);
        if (output->open(kRate))
            m_output = output;
        else
            qCInfo(lcAudio) << "no sound output: the register stays silent";
        return;
    }
    qCInfo(lcAudio) << "no audio plugin in" << pluginPaths() << ": the register stays silent";
}

void AudioCue::play(Cue cue)
{
    ++m_played;
    load();
    if (m_output)
        m_output->play(cue == Cue::Refused ? m_refused : m_accepted);
}

} // namespace comptoir
