// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDetail.h"

#include "db/DbClient.h"
#include "db/ServerSession.h"
#include "db/SqlLibrary.h"

namespace sg {

namespace {
const QString kTag = QStringLiteral("session-detail");
constexpr int kTimeoutMs = 5000; // catalog views only; a stuck read must not hold the pane
} // namespace

SessionDetail::SessionDetail(ServerSession* session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(session->monitor(), &DbClient::replied, this, &SessionDetail::onReply);
}

void SessionDetail::load(int pid)
{
    m_pid = pid;
    m_requests.clear();
    m_error = {};
    m_statementNote.clear();
    m_statement = {};
    DbClient* client = m_session->monitor();
    const int major = client->capabilities().majorVersion();
    for (const char* name : {"session_detail", "session_locks", "session_progress"})
        m_requests << client->submit(kTag, SqlLibrary::load(QString::fromLatin1(name), major), {pid}, kTimeoutMs);
    m_pending = int(m_requests.size());
}

void SessionDetail::requestStatement()
{
    const QString queryId = value(QStringLiteral("query_id")).toString();
    DbClient* client = m_session->monitor();
    if (client->capabilities().majorVersion() < 14) {
        m_statementNote = tr("PostgreSQL %1 does not report which statement a session runs; 14 and later do.")
                              .arg(client->capabilities().majorVersion());
        return;
    }
    if (queryId.isEmpty() || queryId == QLatin1String("0")) {
        m_statementNote = tr("No query id for this statement (compute_query_id is off, or it is not a "
                             "planned statement).");
        return;
    }
    m_requests << client->submit(kTag, SqlLibrary::load(QStringLiteral("session_statement")), {queryId}, kTimeoutMs);
    ++m_pending;
}

void SessionDetail::onReply(const DbReply& reply)
{
    const qsizetype part = m_requests.indexOf(reply.id);
    if (reply.tag != kTag || part < 0)
        return;
    switch (part) {
    case 0:
        m_activity = reply.result;
        if (!reply.ok())
            m_error = reply.error;
        else if (m_activity.rowCount() > 0)
            requestStatement();
        break;
    case 1:
        m_locks = reply.result;
        if (!reply.ok() && !m_error.isError())
            m_error = reply.error;
        break;
    case 2:
        m_progress = reply.result;
        if (!reply.ok() && !m_error.isError())
            m_error = reply.error;
        break;
    default:
        m_statement = reply.result;
        if (!reply.ok()) {
            m_statement = {};
            m_statementNote = reply.error.sqlState == QLatin1String("42P01")
                ? tr("pg_stat_statements is not installed in this database: CREATE EXTENSION "
                     "pg_stat_statements shows how this statement usually runs.")
                : reply.error.userMessage();
        } else if (m_statement.rowCount() == 0) {
            m_statementNote = tr("pg_stat_statements has no row for this statement yet: it counts a "
                                 "statement once it has finished.");
        }
        break;
    }
    finishOne();
}

void SessionDetail::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT loaded();
}

} // namespace sg
