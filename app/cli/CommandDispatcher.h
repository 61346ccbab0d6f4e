// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sg::cli {

/// The subcommands' texts, translated in the context "sg::cli": lupdate files a tr() call in a
/// free function of this namespace under the namespace's name. (Classes use
/// Q_DECLARE_TR_FUNCTIONS; the subcommands are free functions.)
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

/// Exit codes shared by all subcommands.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, NotChecked = 3 };

/// One subcommand: `sightglass <name> [args]`. run() gets the arguments after the name and
/// returns an ExitCode; it parses them with QCommandLineParser and returns Usage on bad options.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList& args, QTextStream& out, QTextStream& err)> run;
};

/// The one dispatcher every subcommand plugs into (top, report, plan, migrate, backup …).
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(sg::cli::CommandDispatcher)
public:
    void add(Command command);
    bool has(const QString& name) const;
    /// \a arguments as in QCoreApplication::arguments() (program name first).
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;
    QString usage() const;
    /// The window's part of usage(): the lines that open it and its options section. The
    /// executable sets them, as the core knows nothing of the window.
    void setWindowHelp(const QString& usageLines, const QString& options)
    {
        m_windowUsage = usageLines;
        m_windowOptions = options;
    }

    /// The dispatcher with every built-in subcommand registered.
    static CommandDispatcher withBuiltins();

private:
    QList<Command> m_commands;
    QString m_windowUsage;
    QString m_windowOptions;
};

} // namespace sg::cli
