// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LockMode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sg {

/// A table (or index, view, sequence) a statement touches, and the lock it takes on it.
struct TableLock
{
    QString schema; ///< empty when the statement does not qualify the name
    QString name;
    LockMode mode = LockMode::None;
    bool isIndex = false; ///< the name is an index (DROP INDEX, REINDEX INDEX, ALTER INDEX)

    QString displayName() const { return schema.isEmpty() ? name : schema + QLatin1Char('.') + name; }
};

/// What PostgreSQL's own parser (libpg_query, PostgreSQL 15's grammar) says about one statement.
struct StatementInfo
{
    QString text;
    QString nodeType;           ///< the parse node, e.g. "IndexStmt", "AlterTableStmt"
    QString label;              ///< what it is, for people: "CREATE INDEX CONCURRENTLY"
    QJsonObject node;           ///< the parse node's fields, for the lint rules
    QList<TableLock> locks;     ///< strongest lock per object, strongest first
    QString createdTable;       ///< what a CREATE TABLE makes (display name): no other session sees it yet
    bool transactional = true;  ///< false: it cannot run inside a transaction block
    bool transactionControl = false; ///< BEGIN, COMMIT, ROLLBACK, SAVEPOINT …
    QString parseError;         ///< the parser's message when the statement is not valid SQL
    int errorOffset = -1;       ///< 0-based position of the parse error in text

    LockMode strongestLock() const;
};

/// Classifies statements the splitter produced. The split itself stays with SqlSplitter, which
/// knows psql-level constructs (COPY data, meta-commands) the server grammar does not.
class SqlClassifier
{
public:
    static StatementInfo classify(const QString& statement);
};

} // namespace sg
