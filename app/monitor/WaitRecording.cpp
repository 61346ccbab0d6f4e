// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitRecording.h"

#include "WaitProfile.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace sg {

namespace {

const QLatin1String kFormat("sightglass-wait-recording");
const QLatin1String kQuery("query");
const QLatin1String kQueryId("query_id");
// Integers beyond 2^53 do not survive a JSON number (query_id is a 64-bit hash).
constexpr qint64 kExactInDouble = qint64(1) << 53;

QString tr(const char* text)
{
    return QCoreApplication::translate("sg::WaitRecording", text);
}

QJsonValue toJson(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return QJsonValue::Null;
    case QMetaType::LongLong:
    case QMetaType::Int: {
        const qint64 n = v.toLongLong();
        return std::llabs(n) < kExactInDouble ? QJsonValue(n) : QJsonValue(QString::number(n));
    }
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::Bool:
        return v.toBool();
    default:
        return v.toString();
    }
}

QVariant fromJson(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < double(kExactInDouble))
            return qint64(d);
        return d;
    }
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString();
    return {};
}

} // namespace

void WaitRecording::setSource(const QString& server, int serverVersionNum, int serverCpus)
{
    m_server = server;
    m_serverVersion = serverVersionNum;
    m_serverCpus = serverCpus;
}

bool WaitRecording::add(qint64 atMs, const ResultSet& activeSessions)
{
    if (!m_samples.isEmpty() && atMs - m_samples.first().atMs >= qint64(MaxSeconds) * 1000)
        return false;
    m_samples.append({atMs, activeSessions});
    return true;
}

qint64 WaitRecording::sessionSamples() const
{
    qint64 n = 0;
    for (const Sample& s : m_samples)
        n += s.rows.rowCount();
    return n;
}

bool WaitRecording::save(const QString& path, QString* error) const
{
    QStringList columns;
    for (const Sample& s : m_samples) {
        if (s.rows.columnCount() > 0) {
            for (const ResultSet::Column& c : s.rows.columns())
                columns << c.name;
            break;
        }
    }
    // Each query text once: at 10 samples a second the same statements come back many times.
    QJsonArray texts;
    QHash<QString, int> textIndex;
    QJsonArray samples;
    for (const Sample& s : m_samples) {
        QList<int> from; // the file's column → this sample's
        for (const QString& c : std::as_const(columns))
            from << s.rows.columnIndex(c);
        QJsonArray rows;
        for (int r = 0; r < s.rows.rowCount(); ++r) {
            QJsonArray row;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QVariant v = s.rows.value(r, from[c]);
                if (columns[c] == kQuery && v.isValid()) {
                    const QString text = v.toString();
                    auto it = textIndex.constFind(text);
                    if (it == textIndex.constEnd()) {
                        it = textIndex.insert(text, int(texts.size()));
                        texts.append(text);
                    }
                    row.append(*it);
                } else {
                    row.append(toJson(v));
                }
            }
            rows.append(row);
        }
        samples.append(QJsonObject{{QStringLiteral("t"), s.atMs}, {QStringLiteral("rows"), rows}});
    }
    const QJsonObject file{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("recorded_by"), QStringLiteral("Sightglass %1").arg(sg::applicationVersion())},
        {QStringLiteral("server"), m_server},
        {QStringLiteral("server_version_num"), m_serverVersion},
        {QStringLiteral("server_cpus"), m_serverCpus},
        {QStringLiteral("rate_hz"), RateHz},
        {QStringLiteral("started_at"),
         QDateTime::fromMSecsSinceEpoch(firstMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
        {QStringLiteral("texts"), texts},
        {QStringLiteral("samples"), samples},
    };
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(file).toJson(QJsonDocument::Compact);
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("could not write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool WaitRecording::load(const QString& path, WaitRecording* out, QString* error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, in.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toString() != kFormat) {
        *error = doc.isObject() || parseError.error == QJsonParseError::NoError
                     ? tr("%1 is not a Sightglass recording").arg(path)
                     : tr("%1 is not a Sightglass recording, or it is damaged: %2 at byte %3")
                           .arg(path, parseError.errorString())
                           .arg(parseError.offset);
        return false;
    }
    const QJsonObject file = doc.object();
    const int version = file.value(QStringLiteral("version")).toInt();
    if (version > FormatVersion || version < 1) {
        *error = tr("%1 was written by a newer Sightglass (recording format %2); this one reads format %3")
                     .arg(path)
                     .arg(version)
                     .arg(FormatVersion);
        return false;
    }
    auto damaged = [&](const QString& what) {
        *error = tr("%1 is damaged: %2").arg(path, what);
        return false;
    };
    QList<ResultSet::Column> columns;
    int queryColumn = -1, queryIdColumn = -1;
    for (const QJsonValue& c : file.value(QStringLiteral("columns")).toArray()) {
        if (c.toString() == kQuery)
            queryColumn = int(columns.size());
        if (c.toString() == kQueryId)
            queryIdColumn = int(columns.size());
        columns.append({c.toString(), 0});
    }
    for (const char* needed : {"wait_class", "wait_event", "query", "application", "usr", "db"}) {
        if (std::none_of(columns.cbegin(), columns.cend(),
                         [&](const ResultSet::Column& c) { return c.name == QLatin1String(needed); }))
            return damaged(tr("it has no %1 column").arg(QLatin1String(needed)));
    }
    const QJsonArray texts = file.value(QStringLiteral("texts")).toArray();
    WaitRecording r;
    r.setSource(file.value(QStringLiteral("server")).toString(),
                file.value(QStringLiteral("server_version_num")).toInt(),
                file.value(QStringLiteral("server_cpus")).toInt());
    qint64 previous = 0;
    for (const QJsonValue& sample : file.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject o = sample.toObject();
        const qint64 at = qint64(o.value(QStringLiteral("t")).toDouble());
        if (at <= 0 || at < previous)
            return damaged(tr("sample %1 has no time, or is out of order").arg(r.sampleCount() + 1));
        previous = at;
        ResultSet::Data d;
        d.columns = columns;
        for (const QJsonValue& rowValue : o.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray row = rowValue.toArray();
            if (row.size() != columns.size())
                return damaged(tr("a row of sample %1 has %2 values for %3 columns")
                                   .arg(r.sampleCount() + 1)
                                   .arg(row.size())
                                   .arg(columns.size()));
            QList<QVariant> values;
            values.reserve(row.size());
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (c == queryColumn && !row[c].isNull()) {
                    const int i = row[c].toInt(-1);
                    if (i < 0 || i >= texts.size())
                        return damaged(
                            tr("sample %1 names a query text that is not there").arg(r.sampleCount() + 1));
                    values << texts[i].toString();
                } else if (c == queryIdColumn && row[c].isString()) {
                    values << row[c].toString().toLongLong();
                } else {
                    values << fromJson(row[c]);
                }
            }
            d.rows.append(values);
        }
        r.m_samples.append({at, ResultSet(std::move(d))});
    }
    if (r.m_samples.isEmpty())
        return damaged(tr("it holds no samples"));
    *out = std::move(r);
    return true;
}

void WaitRecording::replay(WaitProfile* profile) const
{
    for (const Sample& s : m_samples)
        profile->addSample(s.atMs, s.rows);
    profile->flush();
}

} // namespace sg
