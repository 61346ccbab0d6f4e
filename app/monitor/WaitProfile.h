// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RingBuffer.h"

#include "db/ResultSet.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <string>
#include <unordered_map>

namespace sg {

/// "Average active sessions" by wait class, built from samples of the sessions doing work
/// (resources/sql/wait_sample.sql, up to 10 a second): each second keeps how many samples it had,
/// the sessions counted per wait class, and tallies per wait event, query, application, user and
/// database, so any range of the last 24 h can be summarised later. Memory is bounded by the
/// ring of seconds; names are kept once each.
class WaitProfile
{
public:
    /// wait_event_type, with CPU for an active session that is not waiting.
    enum Class { Cpu, Lock, LWLock, IO, IPC, Client, Timeout, BufferPin, Extension, Other, ClassCount };
    enum Dimension { WaitEvent, Query, Application, User, Database, DimensionCount };

    static constexpr qsizetype Capacity = 24 * 3600;

    static Class classOf(const QString& waitEventType);
    static QString className(Class c);

    struct Tally
    {
        quint32 key = 0; ///< dimension in the top 4 bits, the name's index below
        quint32 count = 0;
    };
    struct Second
    {
        qint64 startMs = 0;
        int samples = 0;
        std::array<quint32, ClassCount> perClass{};
        QList<Tally> tallies;
    };

    /// One entry of a top list: its average active sessions over the range and its share of the
    /// range's load; for a wait event also its class, for a query its id (0 on 13) and a text.
    struct Top
    {
        QString name;
        double aas = 0;
        double sharePct = 0;
        Class waitClass = Other;
        qint64 queryId = 0;
    };
    struct Summary
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int seconds = 0; ///< seconds sampled in the range
        int samples = 0;
        double aas = 0; ///< average active sessions over the sampled seconds
        std::array<double, ClassCount> perClass{};
        std::array<QList<Top>, DimensionCount> tops;
    };

    explicit WaitProfile(qsizetype capacity = Capacity);

    /// Adds one sample taken at \a atMs (wait_sample.sql's rows; no rows: nothing active). A sample
    /// in a later second closes the current one.
    void addSample(qint64 atMs, const ResultSet& activeSessions);
    /// Closes the current second (sampling stopped, or a test wants it now).
    void flush();

    const RingBuffer<Second>& seconds() const { return m_seconds; }
    QString nameOf(quint32 key) const;
    /// The full text kept for a query key (the first one seen; the name is the same, shortened).
    QString queryText(quint32 key) const;

    /// Average active sessions of class \a c in one second.
    static double aas(const Second& s, Class c);
    /// The closed seconds in [fromMs, toMs], summarised; tops cut at \a limit entries each. With
    /// \a withOpen the second still being sampled counts too (its samples so far).
    Summary summarize(qint64 fromMs, qint64 toMs, int limit = 10, bool withOpen = false) const;
    /// The start of the second still being sampled; 0 when none is open.
    qint64 openSecondMs() const { return m_open.samples > 0 ? m_open.startMs : 0; }
    /// The chart's data: per class, the cumulative average active sessions (CPU at the bottom),
    /// seconds from \a fromMs on averaged into at most \a buckets points; a gap in the sampling
    /// drops to zero rather than drawing a ramp across it.
    QList<QList<QPointF>> stackedSeries(qint64 fromMs, int buckets = 1200) const;
    /// The newest closed second (startMs 0 before the first one).
    Second latest() const;

    /// A query as the local history keeps it, once per query rather than once per second.
    struct StoredQuery
    {
        QString key; ///< "#" and its query_id, or its text (13, utility statements)
        qint64 queryId = 0;
        QString text;
    };
    /// A closed second for the local history: its counts and its tallies by name (the indexes
    /// are this process's). The texts of its queries come from queriesOf().
    QByteArray packSecond(const Second& s) const;
    QList<StoredQuery> queriesOf(const Second& s) const;
    /// Puts back a second packed by packSecond() after the newest one (false: not newer, or
    /// not a format this build reads).
    bool restoreSecond(qint64 startMs, const QByteArray& packed);
    void restoreQuery(const StoredQuery& query);

private:
    quint32 intern(Dimension d, const QString& name);
    void close();

    RingBuffer<Second> m_seconds;
    Second m_open;
    QStringList m_names;
    QHash<QString, quint32> m_index; ///< dimension digit + name → index in m_names
    QHash<quint32, qint64> m_queryIds;
    QHash<quint32, QString> m_queryTexts;
    /// Dimension byte + UTF-8 name → key, for restoreSecond() (std::string: no conversion per name).
    std::unordered_map<std::string, quint32> m_packedKeys;
};

} // namespace sg
