// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandDispatcher.h"

#include <QProcess>
#include <QTest>

using sg::cli::CommandDispatcher;

class tst_CommandDispatcher : public QObject
{
    Q_OBJECT

    static int runBinary(const QStringList& args, QString* out = nullptr, QString* err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(SG_BINARY), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void dispatchesToRegisteredCommand()
    {
        CommandDispatcher d;
        QStringList seen;
        d.add({QStringLiteral("report"), QStringLiteral("a health report"),
               [&](const QStringList& args, QTextStream&, QTextStream&) {
                   seen = args;
                   return 0;
               }});
        QString o, e;
        QTextStream out(&o), err(&e);
        QCOMPARE(d.run({QStringLiteral("sightglass"), QStringLiteral("report"), QStringLiteral("--json")},
                       out, err),
                 0);
        QCOMPARE(seen, QStringList{QStringLiteral("--json")});
        QVERIFY(d.usage().contains(QStringLiteral("a health report")));
    }

    void unknownCommandPrintsUsageAndExits2()
    {
        CommandDispatcher d = CommandDispatcher::withBuiltins();
        QString o, e;
        QTextStream out(&o), err(&e);
        QCOMPARE(d.run({QStringLiteral("sightglass"), QStringLiteral("frobnicate")}, out, err), 2);
        err.flush();
        QVERIFY(e.contains(QStringLiteral("unknown command 'frobnicate'")));
        QVERIFY(e.contains(QStringLiteral("Usage:")));
    }

    void binaryExitCodes()
    {
        QString out, err;
        QCOMPARE(runBinary({QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.startsWith(QStringLiteral("sightglass ")));
        QCOMPARE(runBinary({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("sandbox")));
        QVERIFY(out.contains(QStringLiteral("--screenshot FILE"))); // the window's options, from the window
        QCOMPARE(runBinary({QStringLiteral("--connect"), QStringLiteral("host=x"), QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("--profile NAME")));
        QCOMPARE(runBinary({QStringLiteral("frobnicate")}, nullptr, &err), 2);
        QVERIFY(err.contains(QStringLiteral("Usage:")));
        QCOMPARE(runBinary({QStringLiteral("--bogus")}, nullptr, &err), 2);
        QCOMPARE(runBinary({QStringLiteral("sandbox"), QStringLiteral("--bogus")}, nullptr, &err), 2);
        QVERIFY(err.contains(QStringLiteral("bogus")));
        QCOMPARE(runBinary({QStringLiteral("--connect")}, nullptr, &err), 2); // missing value
        QCOMPARE(
            runBinary({QStringLiteral("--connect"), QStringLiteral("host='unterminated")}, nullptr, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("not valid")), qPrintable(err));
        QCOMPARE(runBinary({QStringLiteral("demo"), QStringLiteral("--connect"), QStringLiteral("host=x")},
                           nullptr, &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_CommandDispatcher)
#include "tst_CommandDispatcher.moc"
