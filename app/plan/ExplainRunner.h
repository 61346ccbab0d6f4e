// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Explain.h"
#include "Plan.h"

#include "db/DbError.h"
#include "db/DbRequest.h"

#include <QObject>
#include <QPointer>

namespace sg {

class DbClient;

/// Runs one EXPLAIN at a time on a session's client (the interactive one, so the live panels
/// never wait for it): the Explain steps in order, the plan parsed and analysed, cancel on demand.
class ExplainRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExplainRunner(DbClient* client, QObject* parent = nullptr);

    /// Starts an EXPLAIN of \a sql; a running one is cancelled first. \a genericPlan: \a sql keeps
    /// its $n and gets the plan for any values (Explain::genericPlan, PostgreSQL 16 and later).
    void run(const QString& sql, bool analyze, int timeoutMs = 60000, bool genericPlan = false);
    void cancel();
    bool isRunning() const { return m_explainId != 0; }

Q_SIGNALS:
    /// \a leavesTraces: Explain::outlivesRollback(), the statement needs the rollback caveat.
    void started(bool analyze, bool leavesTraces);
    /// \a plan is empty when \a error says why; \a rolledBack: it ran inside BEGIN … ROLLBACK.
    void finished(const sg::Plan& plan, const QString& error, bool rolledBack);

private:
    void onReply(const DbReply& reply);

    QPointer<DbClient> m_client;
    quint64 m_firstId = 0;
    quint64 m_explainId = 0;
    quint64 m_lastId = 0; ///< the last step (ROLLBACK, or the EXPLAIN itself)
    quint64 m_ioTimingId = 0;
    bool m_analyze = false;
    bool m_ioTiming = true;
    QString m_planText;
    QString m_error;
};

} // namespace sg
