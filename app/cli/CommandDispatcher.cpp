// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandDispatcher.h"
#include "Version.h"

#include "BackupCommand.h"
#include "MigrateCommand.h"
#include "PlanCommand.h"
#include "RecordCommand.h"
#include "ReportCommand.h"
#include "SandboxCommand.h"
#include "StatementsCommand.h"
#include "TopCommand.h"

#include <QCoreApplication>

namespace sg::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("sg::cli", text, disambiguation, n);
}

void CommandDispatcher::add(Command command)
{
    m_commands.append(std::move(command));
}

bool CommandDispatcher::has(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c.name == name)
            return true;
    }
    return false;
}

QString CommandDispatcher::usage() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage:") << "\n"
      << m_windowUsage << "  sightglass COMMAND [options]\n"
      << "  sightglass --help | --version\n\n";
    if (!m_windowOptions.isEmpty())
        s << m_windowOptions << "\n";
    s << tr("Commands:") << "\n";
    for (const auto& c : m_commands)
        s << "  " << c.name.leftJustified(22) << "  " << c.summary << "\n";
    s << "\n" << tr("Run 'sightglass COMMAND --help' for a command's options.") << "\n";
    return text;
}

int CommandDispatcher::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage();
        return Usage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usage();
        return Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "sightglass " << sg::applicationVersion() << "\n";
        return Ok;
    }
    for (const auto& c : m_commands) {
        if (c.name == first)
            return c.run(args.mid(1), out, err);
    }
    if (first.startsWith(QLatin1Char('-')))
        err << tr("sightglass: unknown option '%1'").arg(first) << "\n\n";
    else
        err << tr("sightglass: unknown command '%1'").arg(first) << "\n\n";
    err << usage();
    return Usage;
}

CommandDispatcher CommandDispatcher::withBuiltins()
{
    CommandDispatcher d;
    d.add(topCommand());
    d.add(recordCommand());
    d.add(reportCommand());
    d.add(sandboxCommand());
    d.add(backupCommand());
    d.add(restoreCommand());
    d.add(planCommand());
    d.add(explainCommand());
    d.add(statementsCommand());
    d.add(migrateCommand());
    return d;
}

} // namespace sg::cli
