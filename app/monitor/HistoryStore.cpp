// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>

namespace sg {

namespace {

QByteArray pack(const ActivityPoint& p)
{
    return QByteArray(reinterpret_cast<const char*>(p.values), sizeof p.values);
}

bool unpack(const QByteArray& blob, ActivityPoint* p)
{
    // Fields are only ever added at the end: a shorter blob is a point of an older build, whose
    // missing fields are unknown (NaN). A longer one comes from a newer build: skip it rather
    // than misread it.
    if (blob.isEmpty() || blob.size() > qsizetype(sizeof p->values) ||
        blob.size() % qsizetype(sizeof(double)) != 0)
        return false;
    std::fill(std::begin(p->values), std::end(p->values), std::numeric_limits<double>::quiet_NaN());
    std::memcpy(p->values, blob.constData(), size_t(blob.size()));
    return true;
}

} // namespace

HistoryStore::HistoryStore() : m_connectionName(QStringLiteral("history-") + QUuid::createUuid().toString())
{
}

HistoryStore::~HistoryStore()
{
    if (m_open)
        flush();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::fail(const QString& what)
{
    m_lastError = what;
    return false;
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

bool HistoryStore::open(const QString& path)
{
    m_path = path.isEmpty() ? defaultPath() : path;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(
            QObject::tr("cannot open the history database %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    const char* setup[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS activity (server TEXT NOT NULL, t INTEGER NOT NULL, v BLOB NOT NULL)",
        "CREATE INDEX IF NOT EXISTS activity_server_t ON activity (server, t)",
        "CREATE TABLE IF NOT EXISTS waits (server TEXT NOT NULL, t INTEGER NOT NULL, v BLOB NOT NULL)",
        "CREATE INDEX IF NOT EXISTS waits_server_t ON waits (server, t)",
        // t: the last second that named the query, so pruning keeps the texts still needed.
        "CREATE TABLE IF NOT EXISTS wait_queries (server TEXT NOT NULL, k TEXT NOT NULL, query_id INTEGER, "
        "text TEXT NOT NULL, t INTEGER NOT NULL, PRIMARY KEY (server, k))",
    };
    for (const char* sql : setup) {
        if (!q.exec(QString::fromLatin1(sql)))
            return fail(
                QObject::tr("cannot prepare the history database %1: %2").arg(m_path, q.lastError().text()));
    }
    m_open = true;
    return true;
}

void HistoryStore::append(const QString& server, const ActivityPoint& point)
{
    if (!m_open)
        return;
    m_pending.append({server, point});
    if (m_pending.size() >= 10)
        flush();
}

void HistoryStore::appendWaits(const QString& server, qint64 startMs, const QByteArray& packed,
                               const QList<WaitProfile::StoredQuery>& queries)
{
    if (!m_open)
        return;
    m_pendingWaits.append({server, startMs, packed, queries});
    if (m_pendingWaits.size() >= 10)
        flush();
}

bool HistoryStore::flush()
{
    if (!m_open || (m_pending.isEmpty() && m_pendingWaits.isEmpty()))
        return m_open;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    auto failed = [&](const QString& error) {
        db.rollback();
        m_pending.clear(); // keep memory bounded; the live panel is unaffected
        m_pendingWaits.clear();
        return fail(QObject::tr("could not write the history (%1): %2").arg(m_path, error));
    };
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO activity (server, t, v) VALUES (?, ?, ?)"));
    qint64 now = 0;
    for (const auto& [server, point] : std::as_const(m_pending)) {
        q.addBindValue(server);
        q.addBindValue(point.timeMs);
        q.addBindValue(pack(point));
        if (!q.exec())
            return failed(q.lastError().text());
        now = qMax(now, point.timeMs);
    }
    QSqlQuery w(db);
    w.prepare(QStringLiteral("INSERT INTO waits (server, t, v) VALUES (?, ?, ?)"));
    QSqlQuery text(db);
    text.prepare(
        QStringLiteral("INSERT INTO wait_queries (server, k, query_id, text, t) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (server, k) DO UPDATE SET t = excluded.t"));
    // A query busy every second is written once per flush, with the last second that named it.
    QHash<QString, QPair<const PendingWaits*, const WaitProfile::StoredQuery*>> latest;
    for (const PendingWaits& p : std::as_const(m_pendingWaits)) {
        w.addBindValue(p.server);
        w.addBindValue(p.startMs);
        w.addBindValue(p.packed);
        if (!w.exec())
            return failed(w.lastError().text());
        now = qMax(now, p.startMs);
        for (const WaitProfile::StoredQuery& query : p.queries)
            latest.insert(p.server + QChar(0) + query.key, {&p, &query});
    }
    for (const auto& [p, query] : std::as_const(latest)) {
        text.addBindValue(p->server);
        text.addBindValue(query->key);
        text.addBindValue(query->queryId);
        text.addBindValue(query->text);
        text.addBindValue(p->startMs);
        if (!text.exec())
            return failed(text.lastError().text());
    }
    if (!db.commit())
        return failed(db.lastError().text());
    m_pending.clear();
    m_pendingWaits.clear();
    m_lastError.clear();
    if (++m_flushes % 30 == 0)
        prune(now);
    return true;
}

QList<ActivityPoint> HistoryStore::load(const QString& server, qint64 sinceMs) const
{
    QList<ActivityPoint> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT t, v FROM activity WHERE server = ? AND t > ? ORDER BY t"));
    q.addBindValue(server);
    q.addBindValue(sinceMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        ActivityPoint p;
        p.timeMs = q.value(0).toLongLong();
        if (unpack(q.value(1).toByteArray(), &p))
            out.append(p);
    }
    return out;
}

QList<QPair<qint64, QByteArray>> HistoryStore::loadWaits(const QString& server, qint64 sinceMs) const
{
    QList<QPair<qint64, QByteArray>> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, v FROM waits WHERE server = ? AND t > ? ORDER BY t"));
    q.addBindValue(server);
    q.addBindValue(sinceMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    return out;
}

QList<WaitProfile::StoredQuery> HistoryStore::loadWaitQueries(const QString& server) const
{
    QList<WaitProfile::StoredQuery> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT k, query_id, text FROM wait_queries WHERE server = ?"));
    q.addBindValue(server);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

bool HistoryStore::prune(qint64 nowMs)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    for (const char* sql : {"DELETE FROM activity WHERE t < ?", "DELETE FROM waits WHERE t < ?",
                            "DELETE FROM wait_queries WHERE t < ?"}) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(nowMs - m_retentionMs);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

} // namespace sg
