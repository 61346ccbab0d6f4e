// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiCommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

namespace sg::ui {

namespace {

const QString kDemo = QStringLiteral("demo");

/// The window's options with their help, in the order `--help` lists them.
QList<QCommandLineOption> windowOptions()
{
    using C = GuiCommandLine;
    QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"), QStringLiteral("(benchmarks)"));
    quitAfterShow.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        {{QStringLiteral("c"), QStringLiteral("connect")},
         C::tr("connect at start (URI or key=value; PG* variables, ~/.pgpass apply)"),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("profile"), C::tr("connect with a saved profile"), QStringLiteral("NAME")},
        {QStringLiteral("screenshot"),
         C::tr("render the window offscreen once the panels have data, save a PNG, exit"),
         QStringLiteral("FILE")},
        {QStringLiteral("panel"), C::tr("bring this panel to the front (indexesDock, queryDock …)"),
         QStringLiteral("DOCK")},
        {QStringLiteral("tab"), C::tr("then bring this tab of it to the front (waitProfileTab …)"),
         QStringLiteral("TAB")},
        {QStringLiteral("recording"), C::tr("open an incident recording (sightglass record, or Record)"),
         QStringLiteral("FILE")},
        {QStringLiteral("language"), C::tr("speak this language (de, zh_CN, en) instead of the chosen one"),
         QStringLiteral("CODE")},
        {{QStringLiteral("h"), QStringLiteral("help")}, C::tr("show this help")},
        quitAfterShow,
    };
}

bool isWindowOption(const QString& argument)
{
    for (const QCommandLineOption& o : windowOptions()) {
        for (const QString& name : o.names()) {
            const QString dashed = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            if (argument == dashed || argument.startsWith(dashed + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

} // namespace

bool GuiCommandLine::parse(const QStringList& arguments, GuiOptions* out, QString* error)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options = windowOptions();
    parser.addOptions(options);
    parser.addPositionalArgument(kDemo, {});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && positional.first() != kDemo)) {
        *error = QStringLiteral("unexpected argument '%1'").arg(positional.join(QLatin1Char(' ')));
        return false;
    }
    out->demo = positional.size() == 1;
    out->connect = parser.value(QStringLiteral("connect"));
    out->profile = parser.value(QStringLiteral("profile"));
    out->screenshot = parser.value(QStringLiteral("screenshot"));
    out->quitAfterShow = parser.isSet(QStringLiteral("quit-after-show"));
    out->panel = parser.value(QStringLiteral("panel"));
    out->tab = parser.value(QStringLiteral("tab"));
    out->recording = parser.value(QStringLiteral("recording"));
    out->language = parser.value(QStringLiteral("language"));
    out->help = parser.isSet(QStringLiteral("help"));
    if (int(out->demo) + int(!out->connect.isEmpty()) + int(!out->profile.isEmpty()) > 1) {
        *error = QStringLiteral("choose one of demo, --connect and --profile");
        return false;
    }
    return true;
}

bool GuiCommandLine::wantsWindow(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return true;
    if (args.first() == QLatin1String("-h") || args.first() == QLatin1String("--help"))
        return false; // the whole help, subcommands included, is the dispatcher's
    GuiOptions ignored;
    QString error;
    if (parse(arguments, &ignored, &error))
        return true;
    return args.first() == kDemo || isWindowOption(args.first());
}

QString GuiCommandLine::usageLines()
{
    return QStringLiteral("  sightglass [--connect CONNINFO | --profile NAME] [--screenshot FILE.png]\n"
                          "  sightglass demo [--screenshot FILE.png]\n"
                          "  sightglass --recording FILE.sgrec\n");
}

QString GuiCommandLine::optionsHelp()
{
    QString text;
    QTextStream s(&text);
    s << tr("Window options:") << "\n";
    for (const QCommandLineOption& o : windowOptions()) {
        if (o.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString& name : o.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QLatin1Char(' ') + o.valueName();
        if (names.size() == 1)
            left.prepend(QStringLiteral("    ")); // long options line up after "-c, "
        s << "  " << left.leftJustified(22) << "  " << o.description() << "\n";
    }
    s << "  " << kDemo.leftJustified(22) << "  "
      << tr("start a throwaway demo server with planted problems and open it") << "\n";
    return text;
}

} // namespace sg::ui
