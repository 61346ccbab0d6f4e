// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sg {

/// Splits a migration file into what psql would run, one piece at a time: SQL statements (a `;`
/// inside quotes, E'' / U&'' strings, quoted names, $tag$ bodies, nested comments or a
/// BEGIN ATOMIC … END body does not end one), the data lines of COPY … FROM stdin up to `\.`,
/// and psql meta-commands (\echo, \set, \i, \restrict …), which are recognised and reported,
/// never sent to the server. Never throws, never loops: every character is looked at once.
class SqlSplitter
{
    Q_DECLARE_TR_FUNCTIONS(sg::SqlSplitter)
public:
    enum class Kind { Statement, CopyData, PsqlMeta };
    struct Piece
    {
        Kind kind = Kind::Statement;
        QString text;   ///< the statement without its `;`, the data, or the meta-command line
        int line = 1;   ///< where it starts, 1-based
        int offset = 0; ///< where it starts in the text
        QString meta;   ///< for PsqlMeta: the command, e.g. "\\set"
    };
    struct Result
    {
        QList<Piece> pieces;
        QString error; ///< an unterminated string, comment, body or COPY data, with its line
    };
    static Result split(const QString& sql);
};

} // namespace sg
