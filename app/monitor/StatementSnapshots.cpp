// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementSnapshots.h"

#include "db/PgTypes.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace sg {

namespace {

QString keyOf(const ResultSet& rs, int row)
{
    return rs.value(row, QStringLiteral("queryid")).toString() + QChar(0x1f) +
           rs.value(row, QStringLiteral("user")).toString() + QChar(0x1f) +
           rs.value(row, QStringLiteral("database")).toString();
}

} // namespace

const QStringList& StatementSnapshots::counterColumns()
{
    static const QStringList columns{
        QStringLiteral("calls"),          QStringLiteral("total_ms"),       QStringLiteral("plan_ms"),
        QStringLiteral("rows"),           QStringLiteral("shared_hit"),     QStringLiteral("shared_read"),
        QStringLiteral("shared_dirtied"), QStringLiteral("shared_written"), QStringLiteral("temp_read"),
        QStringLiteral("temp_written"),   QStringLiteral("io_read_ms"),     QStringLiteral("io_write_ms"),
        QStringLiteral("temp_io_ms"),     QStringLiteral("wal_bytes")};
    return columns;
}

StatementSnapshots::StatementSnapshots()
    : m_connectionName(QStringLiteral("statements-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

StatementSnapshots::~StatementSnapshots()
{
    if (m_open) {
        {
            QSqlDatabase::database(m_connectionName).close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StatementSnapshots::fail(const QString& what)
{
    m_lastError = what;
    return false;
}

bool StatementSnapshots::open(const QString& path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        m_path = dir + QStringLiteral("/statements.sqlite");
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(
            QObject::tr("cannot open the statement history %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // One row per snapshot: the counters of every statement as JSON, keyed by queryid/user/database.
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS snapshot (server TEXT NOT NULL, t INTEGER NOT NULL, "
                           "counters TEXT NOT NULL, PRIMARY KEY (server, t))")))
        return fail(
            QObject::tr("cannot prepare the statement history %1: %2").arg(m_path, q.lastError().text()));
    m_open = true;
    return true;
}

bool StatementSnapshots::save(const QString& server, qint64 tMs, const ResultSet& rows)
{
    if (!m_open)
        return fail(QObject::tr("the statement history is not open"));
    if (server == m_cachedServer && tMs == m_cachedFrom)
        m_cachedFrom = 0; // rewritten: read it again next time
    QJsonObject all;
    for (int r = 0; r < rows.rowCount(); ++r) {
        QJsonArray values;
        for (const QString& c : counterColumns())
            values.append(rows.value(r, c).toDouble());
        all.insert(keyOf(rows, r), values);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot (server, t, counters) VALUES (?, ?, ?)"));
    q.addBindValue(server);
    q.addBindValue(tMs);
    q.addBindValue(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(
            QObject::tr("cannot write the statement history %1: %2").arg(m_path, q.lastError().text()));
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM snapshot WHERE t < ?"));
    prune.addBindValue(tMs - m_retentionMs);
    prune.exec();
    return true;
}

qint64 StatementSnapshots::snapshotAtOrBefore(const QString& server, qint64 tMs) const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT max(t) FROM snapshot WHERE server = ? AND t <= ?"));
    q.addBindValue(server);
    q.addBindValue(tMs);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<qint64, StatementSnapshots::QueryTotals> StatementSnapshots::totalsByQueryId(const QString& server,
                                                                                   qint64 tMs) const
{
    QHash<qint64, QueryTotals> out;
    if (!m_open || tMs <= 0)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT counters FROM snapshot WHERE server = ? AND t = ?"));
    q.addBindValue(server);
    q.addBindValue(tMs);
    if (!q.exec() || !q.next())
        return out;
    const QJsonObject all = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const qsizetype calls = counterColumns().indexOf(QStringLiteral("calls"));
    const qsizetype total = counterColumns().indexOf(QStringLiteral("total_ms"));
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().section(QChar(0x1f), 0, 0).toLongLong(&ok);
        if (!ok)
            continue;
        const QJsonArray v = it.value().toArray();
        QueryTotals& t = out[id];
        t.calls += v.at(calls).toDouble();
        t.totalMs += v.at(total).toDouble();
    }
    return out;
}

qint64 StatementSnapshots::oldestSnapshot(const QString& server) const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT min(t) FROM snapshot WHERE server = ?"));
    q.addBindValue(server);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

StatementSnapshots::Window StatementSnapshots::window(const QString& server, const ResultSet& current,
                                                      qint64 nowMs, qint64 windowMs) const
{
    Window w; // without a history (it could not be opened) the totals still show
    qint64 from = snapshotAtOrBefore(server, nowMs - windowMs);
    if (from == 0)
        from = oldestSnapshot(server); // history younger than the window: as far back as it goes
    QJsonObject base;
    if (from > 0 && from < nowMs) {
        // The view refreshes every few seconds against the same snapshot: read and parse it once.
        if (m_cachedServer != server || m_cachedFrom != from) {
            QSqlQuery q(QSqlDatabase::database(m_connectionName));
            q.prepare(QStringLiteral("SELECT counters FROM snapshot WHERE server = ? AND t = ?"));
            q.addBindValue(server);
            q.addBindValue(from);
            m_cachedBase = q.exec() && q.next()
                               ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                               : QJsonObject();
            m_cachedServer = server;
            m_cachedFrom = from;
        }
        base = m_cachedBase;
        w.fromMs = from;
    }
    const QStringList& counters = counterColumns();
    QList<int> counterIndex;
    for (const QString& c : counters)
        counterIndex << current.columnIndex(c);
    const int callsIndex = current.columnIndex(QStringLiteral("calls"));
    const int totalIndex = current.columnIndex(QStringLiteral("total_ms"));
    const int meanIndex = current.columnIndex(QStringLiteral("mean_ms"));
    ResultSet::Data d;
    d.columns = current.columns();
    if (current.columnIndex(QStringLiteral("reset")) < 0)
        d.columns.append({QStringLiteral("reset"), pgtype::Bool});
    for (int r = 0; r < current.rowCount(); ++r) {
        QList<QVariant> row = current.row(r);
        const QJsonArray was = base.value(keyOf(current, r)).toArray();
        bool reset = false;
        if (!was.isEmpty()) {
            // Counters only grow; one that went down was reset (or the statement evicted and seen anew).
            for (int i = 0; i < counters.size(); ++i) {
                if (counterIndex.at(i) >= 0 && row.at(counterIndex.at(i)).toDouble() < was.at(i).toDouble())
                    reset = true;
            }
            if (!reset) {
                for (int i = 0; i < counters.size(); ++i) {
                    const int c = counterIndex.at(i);
                    if (c >= 0 && !row.at(c).isNull())
                        row[c] = row.at(c).toDouble() - was.at(i).toDouble();
                }
            }
        }
        if (callsIndex >= 0 && row.at(callsIndex).toDouble() <= 0)
            continue; // nothing ran in the window
        if (meanIndex >= 0 && callsIndex >= 0 && totalIndex >= 0)
            row[meanIndex] = row.at(totalIndex).toDouble() / qMax(1.0, row.at(callsIndex).toDouble());
        w.resetRows += reset ? 1 : 0;
        row << QVariant(reset);
        d.rows.append(row);
    }
    if (totalIndex >= 0)
        std::stable_sort(d.rows.begin(), d.rows.end(),
                         [totalIndex](const QList<QVariant>& a, const QList<QVariant>& b) {
                             return a.at(totalIndex).toDouble() > b.at(totalIndex).toDouble();
                         });
    w.rows = ResultSet(std::move(d));
    return w;
}

} // namespace sg
