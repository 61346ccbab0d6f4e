// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbError.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace sg {

/// What a session sets on the server after it connects (not libpq keywords).
struct SessionSettings
{
    int statementTimeoutMs = 30000; ///< 0 leaves the server's setting alone
    int lockTimeoutMs = 0;          ///< 0 leaves the server's setting alone
    bool readOnly = false;          ///< default_transaction_read_only=on (production profiles)
    bool apply = true;              ///< off for endpoints that reject SET, such as pgbouncer's admin console
    QString applicationName = QStringLiteral("sightglass"); ///< how our sessions show in pg_stat_activity
};

/// libpq connection options parsed by libpq itself (URI or key=value); PG* variables,
/// ~/.pgpass and service files apply at connect time exactly as in psql.
class ConnectionOptions
{
public:
    ConnectionOptions() = default;

    /// Parses a URI or key=value string with PQconninfoParse; on failure returns nullopt-like
    /// empty options and fills \a error with libpq's own message.
    static ConnectionOptions parse(const QString& conninfo, DbError* error);

    bool isValid() const { return m_valid; }
    QString value(const QString& keyword) const;
    bool contains(const QString& keyword) const;
    void setValue(const QString& keyword, const QString& value);
    void remove(const QString& keyword);
    const QList<QPair<QString, QString>>& values() const { return m_values; }

    /// A key=value string libpq accepts; values are quoted as libpq expects.
    QString toConninfo() const;
    /// The same options without a password, for saving in settings or showing on screen.
    ConnectionOptions withoutPassword() const;
    /// user@host:port/dbname, filling gaps with libpq's defaults (PG* variables, then built-ins).
    QString displayName() const;
    /// True when these options point at pgbouncer's admin console (dbname "pgbouncer"), which
    /// speaks only SHOW/SET-less simple queries: no session settings, no capability probe.
    /// True when the server is on this machine: a socket directory or the loopback, in the
    /// connection string or else PGHOST/PGHOSTADDR, as libpq resolves them.
    bool isThisMachine() const;
    bool isPgBouncerConsole() const { return value(QStringLiteral("dbname")) == QLatin1String("pgbouncer"); }

    SessionSettings session;

private:
    QList<QPair<QString, QString>> m_values;
    bool m_valid = false;
};

} // namespace sg

Q_DECLARE_METATYPE(sg::ConnectionOptions)
