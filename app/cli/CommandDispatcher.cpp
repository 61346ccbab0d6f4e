// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandDispatcher.h"
#include "Version.h"

#include "BackupCommand.h"
#include "MigrateCommand.h"
#include "PlanCommand.h"
#include "ReportCommand.h"
#include "SandboxCommand.h"
#include "StatementsCommand.h"
#include "TopCommand.h"

#include <QCoreApplication>

namespace sg::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sg::cli::CommandDispatcher", text);
}

// Options of the window (ui/GuiMain) that take a value; everything else there is a flag.
const QStringList kGuiValueOptions = {QStringLiteral("--connect"), QStringLiteral("-c"),
                                      QStringLiteral("--profile"), QStringLiteral("--screenshot"),
                                      QStringLiteral("--panel"),   QStringLiteral("--language")};
const QStringList kGuiFlags = {QStringLiteral("--quit-after-show")};

} // namespace

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
      << "  sightglass [--connect CONNINFO | --profile NAME] [--screenshot FILE.png]\n"
      << "  sightglass demo [--screenshot FILE.png]\n"
      << "  sightglass COMMAND [options]\n\n"
      << tr("Window options:") << "\n"
      << "  -c, --connect CONNINFO  "
      << tr("connect at start (URI or key=value; PG* variables, ~/.pgpass apply)") << "\n"
      << "  --profile NAME          " << tr("connect with a saved profile") << "\n"
      << "  --screenshot FILE       "
      << tr("render the window offscreen once the panels have data, save a PNG, exit") << "\n"
      << "  --panel DOCK            " << tr("bring this panel to the front (indexesDock, queryDock …)")
      << "\n"
      << "  --language CODE         " << tr("speak this language (de, zh_CN, en) instead of the chosen one")
      << "\n"
      << "  demo                    " << tr("start a throwaway demo server with planted problems and open it")
      << "\n"
      << "  -h, --help              " << tr("show this help") << "\n"
      << "  -v, --version           " << tr("show the version") << "\n\n"
      << tr("Commands:") << "\n";
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

bool CommandDispatcher::isGuiInvocation(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("demo"))
            continue;
        if (kGuiValueOptions.contains(a)) {
            ++i; // skip its value
            continue;
        }
        const bool inlineValue =
            std::any_of(kGuiValueOptions.begin(), kGuiValueOptions.end(), [&](const QString& o) {
                return o.startsWith(QLatin1String("--")) && a.startsWith(o + QLatin1Char('='));
            });
        if (inlineValue || kGuiFlags.contains(a))
            continue;
        return false; // a subcommand, --help, --version, or something the dispatcher must reject
    }
    return true;
}

CommandDispatcher CommandDispatcher::withBuiltins()
{
    CommandDispatcher d;
    d.add(topCommand());
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
