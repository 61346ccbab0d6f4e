// SPDX-License-Identifier: GPL-3.0-or-later
// The window's command line: which invocations open the window, what its parser accepts and
// refuses, and that `--help` lists each option it parses.
#include "ui/GuiCommandLine.h"

#include <QTest>

using namespace sg;
using sg::ui::GuiCommandLine;
using sg::ui::GuiOptions;

class tst_GuiCommandLine : public QObject
{
    Q_OBJECT

    static QStringList argv(const QStringList& args) { return QStringList{QStringLiteral("sightglass")} + args; }

private Q_SLOTS:
    void routesWindowInvocations_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("window");
        QTest::newRow("none") << QStringList{} << true;
        QTest::newRow("demo") << QStringList{QStringLiteral("demo")} << true;
        QTest::newRow("connect") << QStringList{QStringLiteral("--connect"), QStringLiteral("report")} << true;
        QTest::newRow("-c") << QStringList{QStringLiteral("-c"), QStringLiteral("host=x")} << true;
        QTest::newRow("connect=") << QStringList{QStringLiteral("--connect=host=x"), QStringLiteral("--screenshot"),
                                                 QStringLiteral("a.png")}
                                  << true;
        // A window option without its value: the window's parser says so.
        QTest::newRow("missing value") << QStringList{QStringLiteral("--connect")} << true;
        QTest::newRow("demo and a bad option") << QStringList{QStringLiteral("demo"), QStringLiteral("--bogus")}
                                               << true;
        QTest::newRow("subcommand") << QStringList{QStringLiteral("sandbox")} << false;
        QTest::newRow("subcommand with --connect")
            << QStringList{QStringLiteral("top"), QStringLiteral("--connect"), QStringLiteral("host=x")} << false;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << false;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << false;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << false;
    }

    void routesWindowInvocations()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, window);
        QCOMPARE(GuiCommandLine::wantsWindow(argv(args)), window);
    }

    void parsesAndRefuses()
    {
        GuiOptions o;
        QString error;
        QVERIFY(GuiCommandLine::parse(argv({QStringLiteral("demo"), QStringLiteral("--panel"),
                                            QStringLiteral("indexesDock"), QStringLiteral("--language=de")}),
                                      &o, &error));
        QVERIFY(o.demo);
        QCOMPARE(o.panel, QStringLiteral("indexesDock"));
        QCOMPARE(o.language, QStringLiteral("de"));
        QVERIFY(!GuiCommandLine::parse(argv({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("p")}),
                                       &o, &error));
        QVERIFY2(error.contains(QStringLiteral("choose one")), qPrintable(error));
        QVERIFY(!GuiCommandLine::parse(argv({QStringLiteral("frobnicate")}), &o, &error));
        QVERIFY2(error.contains(QStringLiteral("frobnicate")), qPrintable(error));
        QVERIFY(!GuiCommandLine::parse(argv({QStringLiteral("--connect")}), &o, &error));
        QVERIFY2(error.contains(QStringLiteral("connect")), qPrintable(error));
    }

    void helpListsWhatItParses()
    {
        const QString help = GuiCommandLine::optionsHelp();
        for (const char* option : {"-c, --connect CONNINFO", "--profile NAME", "--screenshot FILE", "--panel DOCK",
                                   "--language CODE", "-h, --help", "demo"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(!help.contains(QStringLiteral("quit-after-show"))); // for benchmarks, not users
        QVERIFY(GuiCommandLine::usageLines().contains(QStringLiteral("sightglass demo")));
    }
};

QTEST_GUILESS_MAIN(tst_GuiCommandLine)
#include "tst_GuiCommandLine.moc"
