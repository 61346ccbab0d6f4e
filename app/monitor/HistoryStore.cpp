// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
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

bool HistoryStore::flush()
{
    if (!m_open || m_pending.isEmpty())
        return m_open;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO activity (server, t, v) VALUES (?, ?, ?)"));
    for (const auto& [server, point] : std::as_const(m_pending)) {
        q.addBindValue(server);
        q.addBindValue(point.timeMs);
        q.addBindValue(pack(point));
        if (!q.exec()) {
            db.rollback();
            m_pending.clear(); // keep memory bounded; the live panel is unaffected
            return fail(
                QObject::tr("could not write the history (%1): %2").arg(m_path, q.lastError().text()));
        }
    }
    if (!db.commit()) {
        m_pending.clear();
        return fail(QObject::tr("could not write the history (%1): %2").arg(m_path, db.lastError().text()));
    }
    const qint64 now = m_pending.last().second.timeMs;
    m_pending.clear();
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

bool HistoryStore::prune(qint64 nowMs)
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM activity WHERE t < ?"));
    q.addBindValue(nowMs - m_retentionMs);
    return q.exec() || fail(q.lastError().text());
}

} // namespace sg
