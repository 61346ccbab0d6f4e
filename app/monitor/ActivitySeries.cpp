// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivitySeries.h"

#include "db/AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace sg {

namespace {

/// First index of the ring at or after \a fromMs (binary search: times only grow).
qsizetype firstIndex(const RingBuffer<ActivityPoint>& h, qint64 fromMs)
{
    qsizetype lo = 0, hi = h.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (h.at(mid).timeMs < fromMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

template <typename ValueOf>
QList<QPointF> bucketed(const RingBuffer<ActivityPoint>& h, qint64 fromMs, int maxPoints, ValueOf valueOf)
{
    QList<QPointF> out;
    const qsizetype first = firstIndex(h, fromMs);
    const qsizetype n = h.size() - first;
    if (n <= 0)
        return out;
    if (n <= maxPoints) {
        out.reserve(n);
        for (qsizetype i = first; i < h.size(); ++i) {
            const double v = valueOf(h.at(i));
            if (!std::isnan(v))
                out.append(QPointF(double(h.at(i).timeMs), v));
        }
        return out;
    }
    const double span = double(h.last().timeMs - h.at(first).timeMs) + 1.0;
    const double width = span / maxPoints;
    const qint64 start = h.at(first).timeMs;
    out.reserve(maxPoints);
    int bucket = -1;
    double sum = 0, time = 0;
    int count = 0;
    auto emitBucket = [&] {
        if (count > 0)
            out.append(QPointF(time, sum / count));
    };
    for (qsizetype i = first; i < h.size(); ++i) {
        const ActivityPoint& p = h.at(i);
        const int b = int(double(p.timeMs - start) / width);
        if (b != bucket) {
            emitBucket();
            bucket = b;
            sum = 0;
            count = 0;
        }
        const double v = valueOf(p);
        time = double(p.timeMs);
        if (!std::isnan(v)) {
            sum += v;
            ++count;
        }
    }
    emitBucket();
    return out;
}

} // namespace

QList<QPointF> ActivitySeries::series(const RingBuffer<ActivityPoint>& history, ActivityPoint::Field field,
                                      qint64 fromMs, int maxPoints)
{
    return bucketed(history, fromMs, maxPoints, [field](const ActivityPoint& p) { return p[field]; });
}

QList<QList<QPointF>> ActivitySeries::stacked(const RingBuffer<ActivityPoint>& history,
                                              const QList<QList<ActivityPoint::Field>>& layers, qint64 fromMs,
                                              int maxPoints)
{
    QList<QList<QPointF>> out;
    for (int i = 0; i < layers.size(); ++i) {
        out << bucketed(history, fromMs, maxPoints, [&](const ActivityPoint& p) {
            double sum = 0;
            for (int j = 0; j <= i; ++j) {
                for (ActivityPoint::Field f : layers.at(j))
                    sum += p[f];
            }
            return sum;
        });
    }
    return out;
}

QString ActivitySeries::writeCsv(const RingBuffer<ActivityPoint>& history, qint64 fromMs, const QString& path)
{
    QByteArray text = "time," + ActivityPoint::fieldNames().join(QLatin1Char(',')).toUtf8() + '\n';
    for (qsizetype i = firstIndex(history, fromMs); i < history.size(); ++i) {
        const ActivityPoint& p = history.at(i);
        text += QDateTime::fromMSecsSinceEpoch(p.timeMs).toString(Qt::ISODateWithMs).toUtf8();
        for (double v : p.values) {
            text += ',';
            if (!std::isnan(v))
                text += QByteArray::number(v, 'g', 10);
        }
        text += '\n';
    }
    return AtomicFile::write(path, text);
}

} // namespace sg
