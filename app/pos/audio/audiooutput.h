// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtPlugin>

namespace comptoir {

// Where AudioCue's beeps go: a plugin (comptoir-audio, Qt Multimedia) loaded once the first
// frame is up. Linked into the register, Qt Multimedia and the dozen sound libraries under it
// (PulseAudio, FLAC, Vorbis, Opus, MP3...) were a fifth of the launch, for two beeps.
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;
    // Whether the machine has a sound output that takes 16-bit mono PCM at `sampleRate`.
    virtual bool open(int sampleRate) = 0;
    // Plays `pcm` (16-bit mono), cutting short what still plays.
    virtual void play(const QByteArray &pcm) = 0;
};

} // namespace comptoir

#define ComptoirAudioOutput_iid "org.comptoir.AudioOutput/1.0"
Q_DECLARE_INTERFACE(comptoir::AudioOutput, ComptoirAudioOutput_iid)
