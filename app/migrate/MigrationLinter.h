// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LintFinding.h"
#include "MigrationScript.h"

namespace sg {

/// A question only the live server can answer, raised by a lint rule.
struct LiveCheck
{
    enum class Kind {
        NullsInColumn,      ///< SET NOT NULL: how many rows are NULL there now
        RowsInTable,        ///< ADD COLUMN … NOT NULL without a default: does the table have rows
        ForeignKeyIndex,    ///< are the referencing columns the leading columns of an index
    };
    Kind kind = Kind::NullsInColumn;
    int script = 0;    ///< index into the scripts linted
    int statement = 0; ///< index into that script's statements
    TableLock table;
    QStringList columns;
};

/// The lint rules over statements (text and parse tree only; the server is asked by
/// MigrationInspector). Tables created earlier in the same run are new: no lock on them matters.
class MigrationLinter
{
public:
    struct Result
    {
        QList<LintFinding> findings;
        QList<LiveCheck> checks;
    };
    /// \a serverMajor: the major of the server the plan is for (0 offline). The parser has
    /// PostgreSQL 15's grammar: on a newer server a statement it rejects may be valid newer syntax,
    /// so it is reported as not classified (a warning) and left to the server, which the rehearsal
    /// asks; offline or on 13–15 it is a syntax error that blocks.
    static Result lint(const QList<MigrationScript>& scripts, int serverMajor = 0);
    /// The PostgreSQL major whose grammar the parser (libpg_query) has.
    static constexpr int kGrammarMajor = 15;
    /// Double-quotes \a name where SQL needs it ("Order Ref", mixed case, reserved words).
    static QString quoteIdent(const QString& name);
    static QString qualified(const TableLock& table);
};

} // namespace sg
