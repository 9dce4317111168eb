// SPDX-License-Identifier: GPL-3.0-or-later
// The comptoir-audio plugin: AudioOutput on Qt Multimedia.
#include "audiooutput.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QObject>

#include <memory>

namespace comptoir {

class MultimediaOutput : public QObject, public AudioOutput
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ComptoirAudioOutput_iid)
    Q_INTERFACES(comptoir::AudioOutput)
public:
    bool open(int sampleRate) override
    {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (device.isNull())
            return false;
        QAudioFormat format;
        format.setSampleRate(sampleRate);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(format))
            return false;
        m_sink = std::make_unique<QAudioSink>(device, format);
        return true;
    }

    void play(const QByteArray &pcm) override
    {
        if (!m_sink)
            return;
        m_sink->stop();
        m_buffer.close();
        m_buffer.setData(pcm);
        m_buffer.open(QIODevice::ReadOnly);
        m_sink->start(&m_buffer);
    }

private:
    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_buffer;
};

} // namespace comptoir

#include "multimediaoutput.moc"
