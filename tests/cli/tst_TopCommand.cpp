// SPDX-License-Identifier: GPL-3.0-or-later
// `sightglass top` and `sightglass record` as a script would run them, against the sandbox and a
// real pgbouncer.
#include "TestPgBouncer.h"
#include "TestSandbox.h"

#include "db/DbClient.h"
#include "monitor/WaitProfile.h"
#include "monitor/WaitRecording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sg;

class tst_TopCommand : public QObject
{
    Q_OBJECT

    static int top(const QStringList& args, QString* out, QString* err = nullptr)
    {
        return sightglass(QStringList{QStringLiteral("top")} + args, out, err);
    }

    static int sightglass(const QStringList& args, QString* out, QString* err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(SG_BINARY), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        const QString stderrText = QString::fromUtf8(p.readAllStandardError());
        if (err)
            *err = stderrText;
        if (p.exitStatus() == QProcess::CrashExit) { // say what it printed before it died
            qWarning("sightglass crashed (signal %d); stdout: %s; stderr: %s", p.exitCode(), qPrintable(*out),
                     qPrintable(stderrText));
            return -2;
        }
        return p.exitCode();
    }

private Q_SLOTS:
    void jsonLinePerSample()
    {
        QString out;
        QCOMPARE(top({QStringLiteral("--connect"), test::sandbox().conninfo(), QStringLiteral("--count"),
                      QStringLiteral("3"), QStringLiteral("--interval"), QStringLiteral("0.5"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        qint64 previousXid = 0;
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError e;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8(), &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(lines.at(i)));
            QVERIFY(o.value(QStringLiteral("max_connections")).toInt() > 0);
            QVERIFY(o.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("own")).toInt() >= 1);
            QVERIFY(o.contains(QStringLiteral("applications")));
            QCOMPARE(o.value(QStringLiteral("rates")).isNull(), i == 0); // rates need two samples
            // the next transaction ID: there, and never going back
            const qint64 xid = o.value(QStringLiteral("next_xid")).toInteger();
            QVERIFY(xid > 0);
            QVERIFY(xid >= previousXid);
            previousXid = xid;
            // What the replication alerts watch: a primary without standbys, slots or archiving.
            const QJsonObject rep = o.value(QStringLiteral("replication")).toObject();
            QVERIFY2(!rep.isEmpty(), qPrintable(lines.at(i)));
            QVERIFY(!rep.value(QStringLiteral("standby")).toBool());
            QCOMPARE(rep.value(QStringLiteral("replica_lag_s")).toDouble(), 0.0);
            QCOMPARE(rep.value(QStringLiteral("inactive_slot_bytes")).toDouble(), 0.0);
            QVERIFY(!rep.value(QStringLiteral("archive_failing")).toBool());
            QCOMPARE(rep.value(QStringLiteral("wal_bytes_per_s")).isNull(), i == 0);
        }
    }

    void loadByWaitClassOfTheLastInterval()
    {
        // Two sessions in pg_sleep are two average active sessions waiting on a Timeout.
        std::vector<std::unique_ptr<DbClient>> sleepers;
        for (int i = 0; i < 2; ++i) {
            auto c = std::make_unique<DbClient>(QStringLiteral("sleeper"));
            ConnectionOptions o = test::sandboxOptions();
            o.session.applicationName = QStringLiteral("tst-top-sleep");
            c->open(o);
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), ConnectionState::Connected, 10000);
            c->submit(QStringLiteral("sleep"), QStringLiteral("SELECT pg_sleep(30)"));
            sleepers.push_back(std::move(c));
        }
        QVERIFY(test::waitForSession(
            QStringLiteral("(SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                           "'tst-top-sleep' AND wait_event = 'PgSleep') = 2")));
        QString out;
        QCOMPARE(top({QStringLiteral("--connect"), test::sandbox().conninfo(), QStringLiteral("--count"),
                      QStringLiteral("3"), QStringLiteral("--json")},
                     &out),
                 0);
        const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        const QJsonObject load =
            QJsonDocument::fromJson(lines.last().toUtf8()).object().value(QStringLiteral("load")).toObject();
        QVERIFY2(load.value(QStringLiteral("seconds_sampled")).toInt() >= 1, qPrintable(lines.last()));
        const QJsonObject byClass = load.value(QStringLiteral("by_wait_class")).toObject();
        QCOMPARE(byClass.value(QStringLiteral("Timeout")).toDouble(), 2.0);
        QCOMPARE(byClass.size(), int(WaitProfile::ClassCount));
        QVERIFY(load.value(QStringLiteral("average_active_sessions")).toDouble() >= 2.0);
        for (auto& c : sleepers)
            c->cancel(0);
    }

    void textForPeople()
    {
        QString out;
        QCOMPARE(top({QStringLiteral("--connect"), test::sandbox().conninfo(), QStringLiteral("--count"),
                      QStringLiteral("2"), QStringLiteral("--interval"), QStringLiteral("0.5")},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("usable")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("tps")));
        QVERIFY(out.contains(QStringLiteral("sightglass")));
        QVERIFY2(out.contains(QStringLiteral("primary, replica lag 0.0 s")), qPrintable(out));
    }

    void badInput()
    {
        QString out, err;
        QCOMPARE(top({QStringLiteral("--interval"), QStringLiteral("0.1")}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("0.5 to 60")));
        QCOMPARE(top({QStringLiteral("--count"), QStringLiteral("many")}, &out, &err), 2);
        // 0 used to mean "forever", which is what leaving --count out already says.
        QCOMPARE(top({QStringLiteral("--connect"), test::sandbox().conninfo(), QStringLiteral("--count"),
                      QStringLiteral("0")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("1 or more")), qPrintable(err));
        QCOMPARE(top({QStringLiteral("--connect"), QStringLiteral("host='x")}, &out, &err), 2);
        QCOMPARE(top({QStringLiteral("--connect"), QStringLiteral("host=127.0.0.1 port=1"),
                      QStringLiteral("--count"), QStringLiteral("1")},
                     &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("Could not connect")));
        ConnectionOptions wrong = test::sandboxOptions();
        wrong.setValue(QStringLiteral("passfile"), QStringLiteral("/nonexistent"));
        wrong.setValue(QStringLiteral("password"), QStringLiteral("wrong"));
        QCOMPARE(top({QStringLiteral("--connect"), wrong.toConninfo(), QStringLiteral("--count"),
                      QStringLiteral("1")},
                     &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("password authentication failed")));
    }

    void recordWritesAFileTheWindowOpens()
    {
        DbClient sleeper(QStringLiteral("sleeper"));
        ConnectionOptions o = test::sandboxOptions();
        o.session.applicationName = QStringLiteral("tst-record-sleep");
        sleeper.open(o);
        QTRY_COMPARE_WITH_TIMEOUT(sleeper.state(), ConnectionState::Connected, 10000);
        sleeper.submit(QStringLiteral("sleep"), QStringLiteral("SELECT pg_sleep(30)"));
        QVERIFY(test::waitForSession(
            QStringLiteral("application_name = 'tst-record-sleep' AND wait_event = 'PgSleep'")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a\"; DROP TABLE x; --.sgrec"));
        QString out, err;
        QCOMPARE(
            sightglass({QStringLiteral("record"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                        QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--out"), file},
                       &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("Recorded")), qPrintable(out + err));
        WaitRecording r;
        QString error;
        QVERIFY2(WaitRecording::load(file, &r, &error), qPrintable(error));
        QVERIFY2(r.sampleCount() >= 15 && r.sampleCount() <= 21,
                 qPrintable(QString::number(r.sampleCount())));
        QVERIFY(r.serverVersionNum() >= 130000);
        WaitProfile p;
        r.replay(&p);
        const WaitProfile::Summary s = p.summarize(0, std::numeric_limits<qint64>::max());
        QVERIFY(s.perClass[WaitProfile::Timeout] >= 1.0);
        bool found = false;
        for (const WaitProfile::Top& t : s.tops[WaitProfile::Application])
            found |= t.name == QLatin1String("tst-record-sleep") && t.aas == 1.0;
        QVERIFY(found);
        sleeper.cancel(0);
    }

    void recordStopsOnASignalAndKeepsWhatItHas()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("stopped.sgrec"));
        QProcess p;
        p.start(QStringLiteral(SG_BINARY),
                {QStringLiteral("record"), QStringLiteral("--connect"), test::sandbox().conninfo(),
                 QStringLiteral("--seconds"), QStringLiteral("600"), QStringLiteral("--out"), file});
        QVERIFY(p.waitForStarted());
        // Stop it once it has been recording for a while.
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += p.readAllStandardError()).contains("Recording"), said.constData(),
                                  10000);
        QTest::qWait(1000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + SIGINT);
        WaitRecording r;
        QString error;
        QVERIFY2(WaitRecording::load(file, &r, &error), qPrintable(error));
        QVERIFY(r.sampleCount() >= 5);
    }

    void recordBadInput()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.sgrec"));
        QString out, err;
        const QStringList base{QStringLiteral("record"), QStringLiteral("--connect"),
                               test::sandbox().conninfo()};
        QCOMPARE(sightglass(base + QStringList{QStringLiteral("--seconds"), QStringLiteral("2")}, &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--out")), qPrintable(err));
        QCOMPARE(sightglass(base + QStringList{QStringLiteral("--seconds"), QStringLiteral("0"),
                                               QStringLiteral("--out"), file},
                            &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("1 to 3600")), qPrintable(err));
        ConnectionOptions wrong = test::sandboxOptions();
        wrong.setValue(QStringLiteral("passfile"), QStringLiteral("/nonexistent"));
        wrong.setValue(QStringLiteral("password"), QStringLiteral("wrong"));
        QCOMPARE(sightglass({QStringLiteral("record"), QStringLiteral("--connect"), wrong.toConninfo(),
                             QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--out"), file},
                            &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("password authentication failed")));
        QVERIFY(!QFile::exists(file)); // nothing recorded, nothing written
        // A directory that is not there: the message names the file.
        const QString nowhere = dir.filePath(QStringLiteral("no/such/dir.sgrec"));
        QCOMPARE(sightglass(base + QStringList{QStringLiteral("--seconds"), QStringLiteral("1"),
                                               QStringLiteral("--out"), nowhere},
                            &out, &err),
                 1);
        QVERIFY2(err.contains(nowhere), qPrintable(err));
    }

    void pgbouncerConsole()
    {
        test::TestPgBouncer bouncer(test::sandbox());
        QString error;
        QVERIFY2(bouncer.start(&error), qPrintable(error));
        QString out;
        QCOMPARE(top({QStringLiteral("--connect"), bouncer.consoleOptions().toConninfo(),
                      QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out.trimmed().toUtf8()).object();
        QVERIFY2(o.contains(QStringLiteral("clients_waiting")), qPrintable(out));
        QVERIFY(!o.value(QStringLiteral("pools")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TopCommand)
#include "tst_TopCommand.moc"
