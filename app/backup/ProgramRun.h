// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sg {

/// Runs a client program (pg_dump, pg_restore, psql, gzip) to the end, blocking, handing each
/// line it writes to stderr to a callback and stopping it cleanly (SIGTERM, then SIGKILL) when a
/// cancel flag turns true. Optionally feeds it from another program's stdout (gzip -dc | psql).
struct ProgramRun
{
    Q_DECLARE_TR_FUNCTIONS(sg::ProgramRun)

public:
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString feederProgram; ///< if set, its stdout is the program's stdin
    QStringList feederArguments;
    std::function<void(const QString& line)> onErrorLine;
    const std::atomic_bool* cancel = nullptr;

    struct Outcome
    {
        bool started = false;
        bool cancelled = false;
        bool ok = false; ///< exited normally with code 0 (the feeder too)
        int exitCode = -1;
        QString error; ///< could not start, crashed, or the feeder failed
        QByteArray standardOutput;
    };
    Outcome run() const;

    /// The environment for a client program: a password (if any) as PGPASSWORD, C messages
    /// (we read progress lines), and our application name.
    static QProcessEnvironment clientEnvironment(const QString& password, const QString& applicationName);
};

} // namespace sg
