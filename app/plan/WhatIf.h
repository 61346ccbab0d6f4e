// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sg {

/// What-if indexes: candidates read off a plan (the columns its scans filter on, its joins join
/// on, the sorts above them order by), to be tried as hypothetical indexes with hypopg.
class WhatIf
{
    Q_DECLARE_TR_FUNCTIONS(sg::WhatIf)
public:
    struct Candidate
    {
        QString schema, table;
        QStringList columns; ///< in index order: equality filters and join keys first
        QString reason;      ///< "filters 99,000 of 100,000 rows on customer" …
        /// CREATE INDEX ON "schema"."table" ("c1", "c2") — for hypopg_create_index
        QString createSql() const;
        /// CREATE INDEX CONCURRENTLY IF NOT EXISTS name ON … — what the user may run for real
        QString realSql() const;
        /// <table>_<columns>_idx within PostgreSQL's 63 bytes, cut between characters.
        QString indexName() const;
        QString key() const
        {
            return schema + QLatin1Char('.') + table + QLatin1Char('(') + columns.join(QLatin1Char(',')) +
                   QLatin1Char(')');
        }
    };
    /// Up to \a limit candidates, most promising first (by the time spent in the scans they serve).
    static QList<Candidate> candidates(const Plan& plan, int limit = 3);
    /// The columns of \a alias in an expression such as "((o.customer = 42) AND (o.placed > now()))",
    /// equality comparisons first.
    static QStringList columnsOf(const QString& expression, const QString& alias);
    /// "name" with quotes doubled: always quoted, so mixed case, spaces and keywords are safe.
    static QString quoted(const QString& identifier);
    /// Index names hypopg gives start with "<oid>": is this plan using one of them?
    static bool usesHypotheticalIndex(const Plan& plan);
};

} // namespace sg
