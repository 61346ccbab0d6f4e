// SPDX-License-Identifier: GPL-3.0-or-later
// What a backup does when the world misbehaves: a full disk, a signal from cron or systemd, a
// SIGKILL, a changed archive, a scratch server that refuses the check. Each against the real
// pg_dump / pg_restore and the real binary.
#include "TestSandbox.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/BackupMetadata.h"
#include "backup/BackupVerifier.h"
#include "backup/RestoreJob.h"
#include "db/AtomicFile.h"
#include "db/Connection.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace sg;

namespace {

const QString kDb = QStringLiteral("faults \"db\"");

QString scalar(const QString& db, const QString& sql)
{
    Connection c;
    DbError e;
    if (!c.open(test::sandboxOptions(db), &e))
        return QStringLiteral("connect failed: ") + e.userMessage();
    DbRequest r;
    r.sql = sql;
    const ResultSet rs = c.execute(r, &e);
    return e.isError() ? e.userMessage() : rs.value(0, 0).toString();
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run sightglass(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SG_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

/// Processes whose command line mentions \a needle (a pg_dump writing a given file).
QList<qint64> processesMentioning(const QString& needle)
{
    QList<qint64> pids;
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        QByteArray cmd = contentOf(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmd.replace('\0', ' ');
        if (cmd.contains(needle.toUtf8()) && !cmd.contains("sightglass backup run"))
            pids << pid.toLongLong();
    }
    return pids;
}

/// A tmpfs of \a bytes at \a path (root only); false when this machine cannot mount one.
bool mountTmpfs(const QString& path, qint64 bytes)
{
    QDir().mkpath(path);
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), path}) == 0;
}

/// Fills the file system of \a dir until only \a leaveBytes are free (whole pages).
bool fill(const QString& dir, qint64 leaveBytes)
{
    struct statvfs st = {};
    if (::statvfs(QFile::encodeName(dir).constData(), &st) != 0)
        return false;
    const qint64 freeBytes = qint64(st.f_bavail) * qint64(st.f_frsize);
    QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray page(4096, 'x');
    for (qint64 written = 0; written + leaveBytes < freeBytes; written += page.size())
        if (filler.write(page) != page.size())
            break;
    return filler.flush() || true;
}

} // namespace

class tst_BackupFaults : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_conninfo;

    BackupOptions options(const QString& dir)
    {
        BackupOptions o;
        o.database = kDb;
        o.directory = dir;
        return o;
    }

    /// Starts `sightglass backup run` while the test holds ACCESS EXCLUSIVE on a table, so pg_dump
    /// waits on its LOCK TABLE; returns once pg_dump is seen waiting.
    bool startBlockedBackup(QProcess& p, Connection& holder, const QString& dir)
    {
        DbError e;
        if (!holder.open(test::sandboxOptions(kDb), &e))
            return false;
        DbRequest lock;
        lock.sql = QStringLiteral("BEGIN; LOCK TABLE public.items IN ACCESS EXCLUSIVE MODE");
        holder.execute(lock, &e);
        if (e.isError())
            return false;
        p.start(QStringLiteral(SG_BINARY), {QStringLiteral("backup"), QStringLiteral("run"),
                                            QStringLiteral("--connect"), m_conninfo, QStringLiteral("--dir"), dir});
        if (!p.waitForStarted(10000))
            return false;
        for (int i = 0; i < 200; ++i) {
            if (scalar(QStringLiteral("postgres"),
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                      "'sightglass backup' AND wait_event_type = 'Lock' AND query LIKE 'LOCK TABLE%'")) ==
                QLatin1String("1"))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(scalar(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"faults \"\"db\"\"\"")),
                 QString());
        QCOMPARE(scalar(kDb, QStringLiteral("CREATE TABLE public.items AS SELECT g AS id, md5(g::text) AS v "
                                            "FROM generate_series(1, 200) g")),
                 QString());
        m_conninfo = test::sandbox().conninfo(kDb);
    }

    void atomicWriteOnAFullDiskKeepsTheOldFile()
    {
        if (geteuid() != 0)
            QSKIP("needs root to mount a tmpfs");
        const QString mount = m_dir.filePath(QStringLiteral("atomic"));
        if (!mountTmpfs(mount, 64 * 1024))
            QSKIP("this machine does not allow mounting a tmpfs");
        const QString path = QDir(mount).filePath(QStringLiteral("record.json"));
        QCOMPARE(AtomicFile::write(path, "the good record"), QString());
        QVERIFY(fill(mount, 0));
        const QString error = AtomicFile::write(path, QByteArray(8192, 'y'));
        const QByteArray after = contentOf(path);
        const QStringList left = entries(mount);
        QProcess::execute(QStringLiteral("umount"), {mount});
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QCOMPARE(after, QByteArray("the good record"));
        QCOMPARE(left, (QStringList{QStringLiteral("filler"), QStringLiteral("record.json")}));
    }

    void verifyOnAFullDiskFailsAndKeepsTheRecord()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        if (geteuid() != 0)
            QSKIP("needs root to mount a tmpfs");
        const QString mount = m_dir.filePath(QStringLiteral("verify-full"));
        if (!mountTmpfs(mount, 2 * 1024 * 1024))
            QSKIP("this machine does not allow mounting a tmpfs");
        const BackupJob::Result b = BackupJob(test::sandboxOptions(), options(mount)).run();
        QVERIFY2(b.ok, qPrintable(b.message));
        const QString sidecar = BackupMetadata::sidecarPath(b.path);
        const QByteArray before = contentOf(sidecar);
        QVERIFY(fill(mount, 0));
        const Run v = sightglass({QStringLiteral("backup"), QStringLiteral("verify"), b.path});
        const Run list = sightglass({QStringLiteral("backup"), QStringLiteral("list"), mount});
        const QByteArray after = contentOf(sidecar);
        QProcess::execute(QStringLiteral("umount"), {mount});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QLatin1String("could not be recorded")), qPrintable(v.err));
        QVERIFY2(v.err.contains(QLatin1String("No space left on device")), qPrintable(v.err));
        QVERIFY(!v.out.contains(QLatin1String("Checksum matches")));
        QCOMPARE(after, before);
        QVERIFY2(list.out.contains(QFileInfo(b.path).fileName()) && !list.out.contains(QLatin1String("not ours")),
                 qPrintable(list.out));
    }

    void runThatCannotWriteItsRecordKeepsNothing()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        if (geteuid() != 0)
            QSKIP("needs root to mount a tmpfs");
        // The archive's size on this server, then a disk with room for the archive and the run's
        // lock file but not for the record.
        const QString probe = m_dir.filePath(QStringLiteral("probe"));
        const BackupJob::Result measured = BackupJob(test::sandboxOptions(), options(probe)).run();
        QVERIFY2(measured.ok, qPrintable(measured.message));
        const qint64 archivePages = (QFileInfo(measured.path).size() + 4095) / 4096;
        const QString mount = m_dir.filePath(QStringLiteral("run-full"));
        if (!mountTmpfs(mount, 2 * 1024 * 1024))
            QSKIP("this machine does not allow mounting a tmpfs");
        const QString dir = QDir(mount).filePath(QStringLiteral("backups"));
        QDir().mkpath(dir);
        QVERIFY(fill(mount, (archivePages + 1) * 4096));
        const Run r = sightglass({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("--connect"),
                                  m_conninfo, QStringLiteral("--dir"), dir});
        const QStringList left = entries(dir);
        QProcess::execute(QStringLiteral("umount"), {mount});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("nothing was kept")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("Backed up")));
        QCOMPARE(left, QStringList());
    }

    void signalStopsPgDumpAndKeepsNothing_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalStopsPgDumpAndKeepsNothing()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        QFETCH(int, sig);
        const QString dir = m_dir.filePath(QStringLiteral("signal-%1").arg(sig));
        QProcess p;
        Connection holder;
        QVERIFY(startBlockedBackup(p, holder, dir));
        QVERIFY(!processesMentioning(dir).isEmpty()); // pg_dump is running
        ::kill(pid_t(p.processId()), sig);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 128 + sig);
        QVERIFY2(p.readAllStandardError().contains("nothing was kept"), "no message");
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(dir).isEmpty(), 5000);
        QCOMPARE(entries(dir), QStringList());
        QCOMPARE(scalar(QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                       "'sightglass backup'")),
                 QStringLiteral("0"));
    }

    void sigkillLeavesNoPgDumpAndTheNextRunCleansUp()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const QString dir = m_dir.filePath(QStringLiteral("sigkill"));
        QProcess p;
        auto holder = std::make_unique<Connection>();
        QVERIFY(startBlockedBackup(p, *holder, dir));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(5000));
        // pg_dump dies with its parent instead of finishing a file nobody will complete.
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(dir).isEmpty(), 5000);
        const QStringList partials = QDir(dir).entryList({QStringLiteral("*.partial")});
        QCOMPARE(partials.size(), 1);
        holder.reset(); // the lock goes with the session
        const Run again = sightglass({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("--connect"),
                                      m_conninfo, QStringLiteral("--dir"), dir});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.err.contains(QLatin1String("left by an interrupted backup")) &&
                     again.err.contains(partials.first()),
                 qPrintable(again.err));
        QVERIFY(QDir(dir).entryList({QStringLiteral("*.partial*")}).isEmpty());
        QCOMPARE(BackupCatalog::list(dir).size(), 1);
    }

    void aPartialBeingWrittenIsNotStale()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const QString dir = m_dir.filePath(QStringLiteral("busy"));
        QProcess p;
        Connection holder;
        QVERIFY(startBlockedBackup(p, holder, dir));
        QCOMPARE(BackupJob::removeStalePartials(dir), QStringList());
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.partial")}).size(), 1);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
    }

    void restoreRefusesAChangedArchive()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        BackupOptions o = options(m_dir.filePath(QStringLiteral("changed")));
        o.compression = 0; // the COPY data stands in the file as text
        const BackupJob::Result b = BackupJob(test::sandboxOptions(), o).run();
        QVERIFY2(b.ok, qPrintable(b.message));
        QByteArray data = contentOf(b.path);
        const qsizetype at =
            data.indexOf(QByteArray("100\t") + QCryptographicHash::hash("100", QCryptographicHash::Md5).toHex());
        QVERIFY(at > 0);
        data[at] = '7'; // row 100 becomes row 700: still a valid archive
        QFile f(b.path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        f.close();

        const Run refused = sightglass({QStringLiteral("restore"), b.path, QStringLiteral("--connect"), m_conninfo,
                                        QStringLiteral("--new-db"), QStringLiteral("changed copy")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("does not match its record")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--ignore-checksum")), qPrintable(refused.err));
        QCOMPARE(scalar(QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'changed copy'")),
                 QStringLiteral("0"));

        const Run anyway = sightglass({QStringLiteral("restore"), b.path, QStringLiteral("--connect"), m_conninfo,
                                       QStringLiteral("--new-db"), QStringLiteral("changed copy"),
                                       QStringLiteral("--ignore-checksum")});
        QCOMPARE(anyway.code, 0);
        QCOMPARE(scalar(QStringLiteral("changed copy"), QStringLiteral("SELECT count(*) FROM items WHERE id = 700")),
                 QStringLiteral("1"));
    }

    void fullVerifyThatCannotRunKeepsTheLastVerdict()
    {
        SKIP_UNLESS_PG_DUMP_READS_THE_SERVER();
        const BackupJob::Result b =
            BackupJob(test::sandboxOptions(), options(m_dir.filePath(QStringLiteral("verdict")))).run();
        QVERIFY2(b.ok, qPrintable(b.message));
        BackupVerifier good(b.path);
        const BackupVerifier::Result first = good.full(test::sandboxOptions());
        QVERIFY2(first.ok, qPrintable(first.message));
        const QString sidecar = BackupMetadata::sidecarPath(b.path);
        QCOMPARE(BackupMetadata::read(sidecar, nullptr)->verifyResult, QStringLiteral("full: ok"));
        const QByteArray recorded = contentOf(sidecar);

        // The scratch server refuses the password.
        ConnectionOptions wrong = test::sandboxOptions();
        wrong.remove(QStringLiteral("passfile"));
        wrong.setValue(QStringLiteral("password"), QStringLiteral("not the password"));
        BackupVerifier v(b.path);
        const BackupVerifier::Result r = v.full(wrong);
        QVERIFY(!r.ok);
        QVERIFY(!r.checked);
        QVERIFY2(r.message.contains(QLatin1String("Could not check")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("password")), qPrintable(r.message));
        QVERIFY2(!r.message.contains(QLatin1String("drop the scratch")), qPrintable(r.message));
        QCOMPARE(contentOf(sidecar), recorded);

        // No pg_restore in the programs folder and none new enough elsewhere is the same kind of
        // failure: the record says which pg_dump wrote it, and a much newer one is not installed.
        auto meta = BackupMetadata::read(sidecar, nullptr);
        meta->pgDumpVersion = QStringLiteral("99.0");
        QVERIFY(meta->write(sidecar, nullptr));
        const QByteArray with99 = contentOf(sidecar);
        const Run cli = sightglass({QStringLiteral("backup"), QStringLiteral("verify"), b.path, QStringLiteral("--full"),
                                    QStringLiteral("--connect"), m_conninfo});
        QCOMPARE(cli.code, 3);
        QVERIFY2(cli.err.contains(QLatin1String("Could not check")), qPrintable(cli.err));
        QCOMPARE(contentOf(sidecar), with99);
    }
};

QTEST_GUILESS_MAIN(tst_BackupFaults)
#include "tst_BackupFaults.moc"
