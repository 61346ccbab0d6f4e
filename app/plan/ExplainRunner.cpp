// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExplainRunner.h"

#include "db/DbClient.h"
#include "migrate/SqlSplitter.h"

#include <QCoreApplication>

namespace sg {

ExplainRunner::ExplainRunner(DbClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    connect(client, &DbClient::replied, this, &ExplainRunner::onReply);
}

void ExplainRunner::run(const QString& sql, bool analyze, int timeoutMs, bool genericPlan)
{
    if (!m_client)
        return;
    if (isRunning())
        cancel();
    const int params = Explain::parameterCount(sql);
    const bool generic = genericPlan && !analyze &&
                         Explain::genericPlanSupported(m_client->capabilities().serverVersionNum);
    if (params > 0 && !generic) {
        Q_EMIT finished(
            {},
            QCoreApplication::translate("sg::ExplainRunner",
                                        "The statement has %n parameter(s) ($1 …): put values in their "
                                        "place first (statements from pg_stat_statements come that way).",
                                        nullptr, params),
            false);
        return;
    }
    // The extended protocol (one statement, never "…; DROP TABLE") would want values for the $n:
    // a generic plan goes through the simple protocol, so its text must be one statement first.
    if (generic) {
        const SqlSplitter::Result split = SqlSplitter::split(sql);
        const bool one = split.error.isEmpty() && split.pieces.size() == 1 &&
                         split.pieces.first().kind == SqlSplitter::Kind::Statement;
        if (!one) {
            Q_EMIT finished({},
                            QCoreApplication::translate("sg::ExplainRunner",
                                                        "A generic plan is for one statement at a time."),
                            false);
            return;
        }
    }
    Explain x;
    x.analyze = analyze;
    x.timeoutMs = timeoutMs;
    x.genericPlan = generic;
    m_analyze = analyze;
    m_planText.clear();
    m_error.clear();
    m_ioTimingId = m_client->submit(QStringLiteral("explain"),
                                    QStringLiteral("SELECT current_setting('track_io_timing') = 'on'"));
    const QStringList steps = x.statements(sql, m_client->capabilities().serverVersionNum);
    for (int i = 0; i < steps.size(); ++i) {
        DbRequest r;
        r.tag = QStringLiteral("explain");
        r.sql = steps.at(i);
        r.singleStatement = !generic; // the user's text: one statement, never "…; DROP TABLE"
        const quint64 id = m_client->submit(std::move(r));
        if (i == 0)
            m_firstId = id;
        if (i == x.explainIndex())
            m_explainId = id;
        m_lastId = id;
    }
    Q_EMIT started(analyze, Explain::outlivesRollback(sql));
}

void ExplainRunner::cancel()
{
    if (m_client && m_explainId)
        m_client->cancel(m_explainId);
}

void ExplainRunner::onReply(const DbReply& reply)
{
    if (reply.id == m_ioTimingId) {
        m_ioTiming = !reply.ok() || reply.result.value(0, 0).toBool();
        return;
    }
    if (m_explainId == 0)
        return;
    if (reply.id == m_explainId) {
        if (reply.ok())
            m_planText = reply.result.value(0, 0).toString();
        else
            m_error = reply.error.userMessage();
    } else if (reply.id < m_firstId || reply.id > m_lastId) {
        return; // not ours
    } else if (!reply.ok() && m_error.isEmpty()) {
        m_error = reply.error.userMessage(); // BEGIN or SET failed
    }
    if (reply.id != m_lastId)
        return;
    m_explainId = 0;
    if (!m_error.isEmpty()) {
        Q_EMIT finished({}, m_error, m_analyze);
        return;
    }
    QString error;
    auto plan = Plan::parse(m_planText, &error);
    if (!plan) {
        Q_EMIT finished({}, error, m_analyze);
        return;
    }
    plan->analyse(m_ioTiming);
    Q_EMIT finished(*plan, {}, m_analyze);
}

} // namespace sg
