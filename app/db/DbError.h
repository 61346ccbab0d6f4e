// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace sg {

/// A structured failure from the database layer: what kind, the server's fields, and a message for people.
struct DbError
{
    Q_DECLARE_TR_FUNCTIONS(sg::DbError)

public:
    enum class Kind {
        None,
        BadOptions,     ///< the conninfo/URI could not be parsed
        Connection,     ///< host unknown, refused, SSL failure, database missing …
        Authentication, ///< wrong password, no password, role missing
        Query,          ///< the server rejected the statement
        Cancelled,      ///< the user cancelled it
        Timeout,        ///< statement_timeout or the request's own timeout ran out
        ConnectionLost, ///< the server went away during or before the request
    };

    Kind kind = Kind::None;
    QString sqlState;
    QString message;
    QString detail;
    QString hint;
    QString context;
    int position = 0; ///< 1-based character position in the statement, 0 when unknown

    bool isError() const { return kind != Kind::None; }
    /// One or two sentences a DBA can act on, with the server's detail and hint appended.
    QString userMessage() const;
    static QString kindName(Kind kind);
};

} // namespace sg

Q_DECLARE_METATYPE(sg::DbError)
