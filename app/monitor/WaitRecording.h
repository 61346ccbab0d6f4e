// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ResultSet.h"

#include <QList>
#include <QString>

namespace sg {

class WaitProfile;

/// An incident recording: every sample of the sessions doing work (wait_sample.sql's rows, with
/// their pids and query texts), as the wait profiler took them, for a bounded time. It is written
/// to a JSON file (`sightglass record`, or Record on the Load by wait tab) that the window opens
/// later, so an incident can be shared and looked at again after it is over.
class WaitRecording
{
public:
    /// The longest recording: an hour at 10 samples a second.
    static constexpr int MaxSeconds = 3600;
    static constexpr int RateHz = 10;
    static constexpr int FormatVersion = 1;

    /// Where the samples come from; \a serverCpus 0 when unknown (drawn as a line when known).
    void setSource(const QString& server, int serverVersionNum, int serverCpus = 0);
    QString server() const { return m_server; }
    int serverVersionNum() const { return m_serverVersion; }
    int serverCpus() const { return m_serverCpus; }

    /// Adds a sample taken at \a atMs; false once the recording spans MaxSeconds.
    bool add(qint64 atMs, const ResultSet& activeSessions);
    int sampleCount() const { return int(m_samples.size()); }
    qint64 firstMs() const { return m_samples.isEmpty() ? 0 : m_samples.first().atMs; }
    qint64 lastMs() const { return m_samples.isEmpty() ? 0 : m_samples.last().atMs; }
    /// Session-samples: each active session once per sample.
    qint64 sessionSamples() const;

    /// Writes the file in one piece (QSaveFile): on any failure the old file, if any, is intact
    /// and \a error says why.
    bool save(const QString& path, QString* error) const;
    /// Reads a file written by save(); a file that is not one, damaged or from a newer format
    /// is refused with a message saying which.
    static bool load(const QString& path, WaitRecording* out, QString* error);

    /// Replays every sample into \a profile, in order, and closes its last second.
    void replay(WaitProfile* profile) const;

private:
    struct Sample
    {
        qint64 atMs = 0;
        ResultSet rows;
    };
    QList<Sample> m_samples;
    QString m_server;
    int m_serverVersion = 0;
    int m_serverCpus = 0;
};

} // namespace sg
