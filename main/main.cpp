// SPDX-License-Identifier: GPL-3.0-or-later
// The thin executable: decides between the window and a subcommand, and starts one of them.
#include "cli/CommandDispatcher.h"
#include "Language.h"
#include "Settings.h"
#include "ui/GuiCommandLine.h"
#include "ui/GuiMain.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (sg::ui::GuiCommandLine::wantsWindow(arguments))
        return sg::ui::runGui(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sightglass"));
    QCoreApplication::setApplicationName(QStringLiteral("sightglass"));
    QCoreApplication::setApplicationVersion(sg::applicationVersion());
    sg::Language::apply(sg::Settings::language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    sg::cli::CommandDispatcher dispatcher = sg::cli::CommandDispatcher::withBuiltins();
    dispatcher.setWindowHelp(sg::ui::GuiCommandLine::usageLines(), sg::ui::GuiCommandLine::optionsHelp());
    return dispatcher.run(app.arguments(), out, err);
}
