// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitProfile.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <string_view>

namespace sg {

namespace {

constexpr int kDimensionShift = 28;
constexpr quint32 kIndexMask = (1u << kDimensionShift) - 1;

WaitProfile::Dimension dimensionOf(quint32 key)
{
    return WaitProfile::Dimension(key >> kDimensionShift);
}

struct ClassName
{
    WaitProfile::Class c;
    const char* name;
};
constexpr ClassName kClassNames[] = {
    {WaitProfile::Cpu, "CPU"},
    {WaitProfile::Lock, "Lock"},
    {WaitProfile::LWLock, "LWLock"},
    {WaitProfile::IO, "IO"},
    {WaitProfile::IPC, "IPC"},
    {WaitProfile::Client, "Client"},
    {WaitProfile::Timeout, "Timeout"},
    {WaitProfile::BufferPin, "BufferPin"},
    {WaitProfile::Extension, "Extension"},
    {WaitProfile::Other, "Other"},
};

} // namespace

WaitProfile::WaitProfile(qsizetype capacity) : m_seconds(capacity) {}

WaitProfile::Class WaitProfile::classOf(const QString& waitEventType)
{
    for (const ClassName& n : kClassNames)
        if (waitEventType == QLatin1String(n.name))
            return n.c;
    return Other; // InjectionPoint, and whatever a later major adds
}

QString WaitProfile::className(Class c)
{
    return QString::fromLatin1(kClassNames[c].name);
}

quint32 WaitProfile::intern(Dimension d, const QString& name)
{
    const QString indexKey = QString::number(int(d)) + name;
    auto it = m_index.constFind(indexKey);
    if (it != m_index.constEnd())
        return *it;
    const quint32 key = (quint32(d) << kDimensionShift) | quint32(m_names.size());
    m_names.append(name);
    m_index.insert(indexKey, key);
    return key;
}

QString WaitProfile::nameOf(quint32 key) const
{
    const qsizetype i = qsizetype(key & kIndexMask);
    return i < m_names.size() ? m_names.at(i) : QString();
}

QString WaitProfile::queryText(quint32 key) const
{
    return m_queryTexts.value(key);
}

void WaitProfile::addSample(qint64 atMs, const ResultSet& rows)
{
    const qint64 second = atMs - atMs % 1000;
    if (m_open.samples > 0 && second != m_open.startMs)
        close();
    m_open.startMs = second;
    ++m_open.samples;
    const int cClass = rows.columnIndex(QStringLiteral("wait_class"));
    const int cEvent = rows.columnIndex(QStringLiteral("wait_event"));
    const int cQueryId = rows.columnIndex(QStringLiteral("query_id"));
    const int cQuery = rows.columnIndex(QStringLiteral("query"));
    const int cApp = rows.columnIndex(QStringLiteral("application"));
    const int cUser = rows.columnIndex(QStringLiteral("usr"));
    const int cDb = rows.columnIndex(QStringLiteral("db"));
    auto tally = [this](quint32 key) {
        for (Tally& t : m_open.tallies) {
            if (t.key == key) {
                ++t.count;
                return;
            }
        }
        m_open.tallies.append({key, 1});
    };
    for (int r = 0; r < rows.rowCount(); ++r) {
        const QString type = rows.value(r, cClass).toString();
        const Class c = classOf(type);
        ++m_open.perClass[c];
        tally(intern(WaitEvent, type + QLatin1Char('/') + rows.value(r, cEvent).toString()));
        // From 14 on a query is its query_id; a statement without one (a utility statement with
        // compute_query_id off, or 13) goes by its text.
        const QVariant id = rows.value(r, cQueryId);
        const QString text = rows.value(r, cQuery).toString();
        const quint32 q = intern(Query, id.isNull() ? text : QStringLiteral("#") + id.toString());
        if (!m_queryTexts.contains(q)) {
            m_queryTexts.insert(q, text);
            if (!id.isNull())
                m_queryIds.insert(q, id.toLongLong());
        }
        tally(q);
        tally(intern(Application, rows.value(r, cApp).toString()));
        tally(intern(User, rows.value(r, cUser).toString()));
        tally(intern(Database, rows.value(r, cDb).toString()));
    }
}

void WaitProfile::close()
{
    if (m_open.samples > 0)
        m_seconds.push(m_open);
    m_open = Second{};
}

void WaitProfile::flush()
{
    close();
}

double WaitProfile::aas(const Second& s, Class c)
{
    return s.samples > 0 ? double(s.perClass[c]) / double(s.samples) : 0.0;
}

QList<QList<QPointF>> WaitProfile::stackedSeries(qint64 fromMs, int buckets) const
{
    QList<QList<QPointF>> out(ClassCount);
    if (m_seconds.isEmpty())
        return out;
    const qint64 toMs = m_seconds.last().startMs;
    const qint64 first = qMax(fromMs, m_seconds.at(0).startMs);
    // Whole seconds per bucket, so each holds the same number of them.
    const qint64 span = qMax<qint64>(1, ((toMs - first) / 1000 + buckets) / qMax(1, buckets)) * 1000;
    std::array<double, ClassCount> sum{};
    int inBucket = 0;
    qint64 bucket = -1;
    qint64 lastEmitted = -10;
    auto closeBucket = [&] {
        if (inBucket == 0)
            return;
        const double t = double(first + bucket * span);
        if (bucket - lastEmitted > 2 && lastEmitted >= 0) {
            for (auto& layer : out)
                layer << QPointF(double(first + (lastEmitted + 1) * span), 0) << QPointF(t - double(span), 0);
        }
        double cumulative = 0;
        for (int c = 0; c < ClassCount; ++c) {
            cumulative += sum[c] / inBucket;
            out[c] << QPointF(t, cumulative);
        }
        lastEmitted = bucket;
        sum = {};
        inBucket = 0;
    };
    for (qsizetype i = 0; i < m_seconds.size(); ++i) {
        const Second& s = m_seconds.at(i);
        if (s.startMs < first)
            continue;
        const qint64 b = (s.startMs - first) / span;
        if (b != bucket) {
            closeBucket();
            bucket = b;
        }
        for (int c = 0; c < ClassCount; ++c)
            sum[c] += aas(s, Class(c));
        ++inBucket;
    }
    closeBucket();
    return out;
}

WaitProfile::Second WaitProfile::latest() const
{
    return m_seconds.isEmpty() ? Second{} : m_seconds.last();
}

namespace {
// The packed second's layout; a new layout gets a new number, and restoreSecond() skips the ones
// it does not know (a history written by a newer build).
constexpr quint8 kPackFormat = 1;
} // namespace

QByteArray WaitProfile::packSecond(const Second& s) const
{
    QByteArray out;
    QDataStream w(&out, QIODevice::WriteOnly);
    w.setVersion(QDataStream::Qt_6_0);
    w << kPackFormat << qint32(s.samples);
    // Only the classes that had sessions: most seconds have one or two.
    quint8 classes = 0;
    for (quint32 n : s.perClass)
        classes += n > 0 ? 1 : 0;
    w << classes;
    for (int c = 0; c < ClassCount; ++c)
        if (s.perClass[c] > 0)
            w << quint8(c) << s.perClass[c];
    w << quint32(s.tallies.size());
    for (const Tally& t : s.tallies)
        w << quint8(dimensionOf(t.key)) << t.count << nameOf(t.key).toUtf8();
    return out;
}

QList<WaitProfile::StoredQuery> WaitProfile::queriesOf(const Second& s) const
{
    QList<StoredQuery> out;
    for (const Tally& t : s.tallies)
        if (dimensionOf(t.key) == Query)
            out.append({nameOf(t.key), m_queryIds.value(t.key), m_queryTexts.value(t.key)});
    return out;
}

namespace {
// Reads packSecond()'s layout (QDataStream's big-endian integers, a QByteArray as its length and
// bytes) straight from the buffer: a day of history is 86,400 seconds to read at start, and a
// stream with a string per name made that half a second.
class PackedReader
{
public:
    explicit PackedReader(const QByteArray& b) : m_data(b.constData()), m_size(b.size()) {}
    bool ok() const { return m_ok; }
    quint8 u8() { return quint8(take(1) ? m_data[m_at - 1] : 0); }
    quint32 u32()
    {
        if (!take(4))
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(m_data + m_at - 4);
        return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    }
    std::string_view bytes()
    {
        const quint32 n = u32();
        if (n == 0xFFFFFFFFu || !take(qsizetype(n)))
            return {};
        return {m_data + m_at - n, size_t(n)};
    }

private:
    bool take(qsizetype n)
    {
        m_ok = m_ok && n <= m_size - m_at;
        if (m_ok)
            m_at += n;
        return m_ok;
    }
    const char* m_data;
    qsizetype m_size;
    qsizetype m_at = 0;
    bool m_ok = true;
};
} // namespace

bool WaitProfile::restoreSecond(qint64 startMs, const QByteArray& packed)
{
    if (!m_seconds.isEmpty() && startMs <= m_seconds.last().startMs)
        return false;
    PackedReader r(packed);
    const quint8 format = r.u8();
    const qint32 samples = qint32(r.u32());
    if (format != kPackFormat || samples <= 0)
        return false;
    Second s;
    s.startMs = startMs;
    s.samples = samples;
    const quint8 classes = r.u8();
    for (int i = 0; i < classes; ++i) {
        const quint8 c = r.u8();
        const quint32 n = r.u32();
        if (c < ClassCount)
            s.perClass[c] = n;
    }
    const quint32 tallies = r.u32();
    s.tallies.reserve(qMin<quint32>(tallies, 1024));
    std::string key;
    for (quint32 i = 0; i < tallies && r.ok(); ++i) {
        const quint8 d = r.u8();
        const quint32 count = r.u32();
        const std::string_view name = r.bytes();
        if (!r.ok() || d >= DimensionCount)
            continue;
        key.assign(1, char(d));
        key.append(name);
        auto it = m_packedKeys.find(key);
        if (it == m_packedKeys.end())
            it = m_packedKeys
                     .emplace(key,
                              intern(Dimension(d), QString::fromUtf8(name.data(), qsizetype(name.size()))))
                     .first;
        s.tallies.append({it->second, count});
    }
    if (!r.ok())
        return false;
    m_seconds.push(s);
    return true;
}

void WaitProfile::restoreQuery(const StoredQuery& query)
{
    const quint32 key = intern(Query, query.key);
    if (m_queryTexts.contains(key))
        return;
    m_queryTexts.insert(key, query.text);
    if (query.queryId != 0)
        m_queryIds.insert(key, query.queryId);
}

WaitProfile::Summary WaitProfile::summarize(qint64 fromMs, qint64 toMs, int limit, bool withOpen) const
{
    Summary sum;
    sum.fromMs = fromMs;
    sum.toMs = toMs;
    QHash<quint32, double> load; // session-seconds per key
    const qsizetype count = m_seconds.size() + (withOpen && m_open.samples > 0 ? 1 : 0);
    for (qsizetype i = 0; i < count; ++i) {
        const Second& s = i < m_seconds.size() ? m_seconds.at(i) : m_open;
        if (s.startMs < fromMs || s.startMs > toMs || s.samples == 0)
            continue;
        ++sum.seconds;
        sum.samples += s.samples;
        for (int c = 0; c < ClassCount; ++c)
            sum.perClass[c] += aas(s, Class(c));
        for (const Tally& t : s.tallies)
            load[t.key] += double(t.count) / double(s.samples);
    }
    if (sum.seconds == 0)
        return sum;
    for (double& v : sum.perClass) {
        v /= sum.seconds;
        sum.aas += v;
    }
    for (auto it = load.constBegin(); it != load.constEnd(); ++it) {
        Top top;
        const Dimension d = dimensionOf(it.key());
        top.aas = it.value() / sum.seconds;
        top.sharePct = sum.aas > 0 ? 100.0 * top.aas / sum.aas : 0;
        top.name = nameOf(it.key());
        if (d == WaitEvent) {
            const qsizetype slash = top.name.indexOf(QLatin1Char('/'));
            top.waitClass = classOf(top.name.left(slash));
            top.name = top.name.mid(slash + 1);
        } else if (d == Query) {
            top.queryId = m_queryIds.value(it.key());
            top.name = m_queryTexts.value(it.key());
        }
        sum.tops[d].append(top);
    }
    for (QList<Top>& list : sum.tops) {
        std::sort(list.begin(), list.end(), [](const Top& a, const Top& b) {
            return a.aas != b.aas ? a.aas > b.aas : a.name < b.name;
        });
        if (list.size() > limit)
            list.resize(limit);
    }
    return sum;
}

} // namespace sg
