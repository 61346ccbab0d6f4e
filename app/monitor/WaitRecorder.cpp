// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitRecorder.h"

#include "WaitProfiler.h"

#include <QDateTime>

namespace sg {

WaitRecorder::WaitRecorder(WaitProfiler* profiler, QObject* parent) : QObject(parent), m_profiler(profiler)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &WaitRecorder::stop);
}

void WaitRecorder::start(int seconds, const QString& server, int serverVersionNum, int serverCpus)
{
    if (m_recording)
        stop();
    m_data = WaitRecording{};
    m_data.setSource(server, serverVersionNum, serverCpus);
    m_rateBefore = m_profiler->rateHz();
    m_profiler->setRateHz(WaitRecording::RateHz);
    const qint64 limitMs = qint64(qBound(1, seconds, WaitRecording::MaxSeconds)) * 1000;
    // The samples' own times bound the recording; the timer ends it should the samples stop.
    m_samples = connect(m_profiler, &WaitProfiler::sampled, this,
                        [this, limitMs](qint64 atMs, const ResultSet& rows) {
                            if (m_data.sampleCount() > 0 && atMs - m_data.firstMs() >= limitMs)
                                stop();
                            else
                                m_data.add(atMs, rows);
                        });
    m_deadline.start(int(limitMs) + 1000);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_recording = true;
}

void WaitRecorder::stop()
{
    if (!m_recording)
        return;
    m_recording = false;
    m_deadline.stop();
    disconnect(m_samples);
    m_profiler->setRateHz(m_rateBefore);
    Q_EMIT finished();
}

int WaitRecorder::elapsedSeconds() const
{
    return m_recording ? int((QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000) : 0;
}

} // namespace sg
