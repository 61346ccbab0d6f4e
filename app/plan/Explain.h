// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sg {

/// How to EXPLAIN one statement safely: the statements to send, in order, on one session.
/// EXPLAIN ANALYZE executes the statement, so it always runs inside BEGIN … ROLLBACK (a
/// data-changing statement changes nothing; a SELECT calling a writing function neither), under a
/// statement_timeout, and asks for WAL figures when the statement writes.
struct Explain
{
    bool analyze = false;
    int timeoutMs = 60000; ///< SET LOCAL statement_timeout; 0 = the session's
    /// EXPLAIN (GENERIC_PLAN): the plan for a statement with $n left in, for any values
    /// (PostgreSQL 16 and later; never with ANALYZE, which needs values to run).
    bool genericPlan = false;

    /// Whether a server of \a serverVersionNum can explain a statement with $n without values.
    static bool genericPlanSupported(int serverVersionNum) { return serverVersionNum >= 160000; }

    /// True when the statement writes (INSERT, UPDATE, DELETE, MERGE anywhere, CTEs included),
    /// judged from its words outside comments and quoted text.
    static bool writesData(const QString& sql);
    /// True when running it may leave what a ROLLBACK does not undo: sequences advanced by
    /// nextval()/setval() or by serial and identity columns of a write, and work done through
    /// another connection (dblink).
    static bool outlivesRollback(const QString& sql);
    /// How many $n parameters the statement uses (pg_stat_statements texts have them).
    static int parameterCount(const QString& sql);
    /// \a sql with $1, $2 … (outside quotes and comments) replaced by \a literals, as typed
    /// (42, 'abc', now() - interval '1 day'): the values a user gives a pg_stat_statements text.
    static QString bindParameters(const QString& sql, const QStringList& literals);
    /// The values last given for this statement's parameters (by its text with the spacing
    /// collapsed), empty for a statement never explained: another statement's $1 is no guess.
    static QStringList rememberedParameters(const QString& sql);
    static void rememberParameters(const QString& sql, const QStringList& values);
    /// The EXPLAIN statement itself.
    QString explainSql(const QString& sql, int serverVersionNum) const;
    /// Everything to send: [BEGIN, SET LOCAL …, EXPLAIN …, ROLLBACK] or just [EXPLAIN …].
    QStringList statements(const QString& sql, int serverVersionNum) const;
    /// Index of the EXPLAIN in statements().
    int explainIndex() const { return analyze ? (timeoutMs > 0 ? 2 : 1) : 0; }
    /// The statement without a trailing semicolon and surrounding blanks (EXPLAIN takes one).
    static QString trimmed(const QString& sql);
};

} // namespace sg
