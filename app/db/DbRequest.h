// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbError.h"
#include "ResultSet.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace sg {

/// One statement for a DbWorker: SQL with bound parameters, a tag naming who asked, an optional timeout.
struct DbRequest
{
    quint64 id = 0;         ///< set by DbClient::submit; unique for the process (the generation id)
    QString tag;            ///< who asked ("activity", "ping", …); replies carry it back
    QString sql;            ///< without parameters, several statements may be sent at once
    QList<QVariant> params; ///< $1, $2 …; an invalid QVariant binds NULL
    int timeoutMs = 0;      ///< client-side limit for this request; 0 = the session's statement_timeout
    /// Send through the extended protocol, which runs exactly one statement: for text a user typed
    /// ("SELECT 1; DELETE FROM t" is then an error, not a DELETE).
    bool singleStatement = false;
    /// For COPY … FROM STDIN: the rows to send (text format, as in a psql script).
    QByteArray copyData;
    bool hasCopyData = false;
};

/// A server message that is not an error (NOTICE, WARNING, INFO …).
struct DbNotice
{
    quint64 requestId = 0;
    QString severity;
    QString sqlState;
    QString message;
};

/// The worker's answer to one request: a result snapshot or an error, with the notices it raised.
struct DbReply
{
    quint64 id = 0;
    QString tag;
    ResultSet result;
    DbError error;
    QList<DbNotice> notices;

    bool ok() const { return !error.isError(); }
};

} // namespace sg

Q_DECLARE_METATYPE(sg::DbRequest)
Q_DECLARE_METATYPE(sg::DbNotice)
Q_DECLARE_METATYPE(sg::DbReply)
