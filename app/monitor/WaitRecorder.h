// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WaitRecording.h"

#include <QObject>
#include <QTimer>

namespace sg {

class WaitProfiler;

/// Records a WaitProfiler's samples into a WaitRecording: while recording the profiler samples
/// 10 times a second (its own rate comes back after), for at most the seconds asked.
class WaitRecorder : public QObject
{
    Q_OBJECT
public:
    explicit WaitRecorder(WaitProfiler* profiler, QObject* parent = nullptr);

    /// Starts a new recording of at most \a seconds (1 to WaitRecording::MaxSeconds); the
    /// previous one is dropped.
    void start(int seconds, const QString& server, int serverVersionNum, int serverCpus);
    /// Ends the recording; it stays in recording() until the next start().
    void stop();
    bool isRecording() const { return m_recording; }
    /// Seconds since start(), and the most it may record.
    int elapsedSeconds() const;
    const WaitRecording& recording() const { return m_data; }

Q_SIGNALS:
    /// The recording reached its limit, or stop() was called.
    void finished();

private:
    WaitProfiler* m_profiler;
    WaitRecording m_data;
    QTimer m_deadline;
    bool m_recording = false;
    int m_rateBefore = 0;
    qint64 m_startedMs = 0;
    QMetaObject::Connection m_samples;
};

} // namespace sg
