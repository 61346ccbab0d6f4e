// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include "db/DbRequest.h"

#include <QObject>

namespace sg {

class ServerSession;

/// Runs a finding's fix on the interactive worker after the user confirmed it: refused while the
/// session is read-only; without the session's statement_timeout (an index build on a big table
/// takes longer than 30 s), which is set back afterwards. Statements go one by one, outside any
/// transaction block, as CONCURRENTLY requires.
class FixRunner : public QObject
{
    Q_OBJECT
public:
    explicit FixRunner(ServerSession* session, QObject* parent = nullptr);

    /// False (and nothing sent) while read-only or when a fix is already running.
    bool run(const QString& sql);
    bool isRunning() const { return m_fixRequest != 0; }

    /// The file a migration tool would pick up: a header saying where it came from, then the SQL.
    static QString migrationText(const Finding& finding);
    /// Several fixes as one migration file: indexes created before any is dropped (a foreign key
    /// is never left without one in between), then the drops, then the rest; each with its why.
    static QString migrationText(const QList<Finding>& findings);
    /// A file name sorting after existing timestamped migrations: 20261122003000_drop_unused_index_x.sql
    static QString migrationFileName(const Finding& finding, const QDateTime& when);
    /// Writes \a text to \a path atomically (QSaveFile); returns an error message or "".
    static QString writeFile(const QString& path, const QString& text);

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    ServerSession* m_session;
    quint64 m_fixRequest = 0;
};

} // namespace sg
