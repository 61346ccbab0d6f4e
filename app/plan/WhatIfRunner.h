// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"
#include "WhatIf.h"

#include "db/DbRequest.h"

#include <QObject>
#include <QPointer>

namespace sg {

class DbClient;

/// Tries candidate indexes with hypopg on one session: for each, a hypothetical index, EXPLAIN
/// (no ANALYZE) of the statement, and hypopg_reset() so nothing is left behind. Nothing is built.
class WhatIfRunner : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        WhatIf::Candidate candidate;
        Plan plan; ///< the plan with the hypothetical index
        QString error;
        double costBefore = 0, costAfter = 0;
        bool usesIndex = false; ///< the planner chose the hypothetical index
    };

    explicit WhatIfRunner(DbClient* client, QObject* parent = nullptr);

    /// Empty if hypopg can be used on this connection; else what to do about it.
    QString unavailableReason() const;
    /// Proposes candidates from \a plan and tries them; finished() reports.
    void run(const QString& sql, const Plan& plan);
    bool isRunning() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void finished(const QList<sg::WhatIfRunner::Result>& results, const QString& error);

private:
    void onReply(const DbReply& reply);
    static QString describe(const DbError& error);

    QPointer<DbClient> m_client;
    QList<Result> m_results;
    QHash<quint64, int> m_explainOf; ///< EXPLAIN request -> result index
    QHash<quint64, int> m_createOf;  ///< hypopg_create_index request -> result index
    QSet<quint64> m_pending;
    QString m_error;
};

} // namespace sg
