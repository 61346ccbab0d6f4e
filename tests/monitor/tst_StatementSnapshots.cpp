// SPDX-License-Identifier: GPL-3.0-or-later
// Windows over pg_stat_statements from local snapshots: differences, resets, new statements,
// a history younger than the window, retention, an unwritable history.
#include "monitor/StatementSnapshots.h"
#include "TestRows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

/// statements_top's shape, with the counters that matter here.
ResultSet rows(const QList<std::tuple<QString, double, double, double>>& statements)
{
    ResultSet::Data d;
    d.columns = {{QStringLiteral("queryid"), 25},    {QStringLiteral("user"), 25},
                 {QStringLiteral("database"), 25},   {QStringLiteral("calls"), 20},
                 {QStringLiteral("total_ms"), 1700}, {QStringLiteral("mean_ms"), 1700},
                 {QStringLiteral("max_ms"), 1700},   {QStringLiteral("rows"), 20},
                 {QStringLiteral("query"), 25}};
    for (const auto& [id, calls, total, rowCount] : statements)
        d.rows.append({id, QStringLiteral("app"), QStringLiteral("shop"), calls, total,
                       total / qMax(1.0, calls), 99.0, rowCount, QStringLiteral("SELECT ") + id});
    return ResultSet(std::move(d));
}

QVariant cell(const ResultSet& rs, const QString& id, const char* column)
{
    return rs.value(test::findRow(rs, QStringLiteral("queryid"), id), QString::fromLatin1(column));
}

} // namespace

class tst_StatementSnapshots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void differencesResetsAndNewStatements()
    {
        StatementSnapshots s;
        QVERIFY2(s.open(m_dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(s.lastError()));
        const qint64 t1 = 10'000'000'000;
        const qint64 t0 = t1 - 20 * 60 * 1000;
        QVERIFY(s.save(QStringLiteral("db1"), t0,
                       rows({{QStringLiteral("A"), 10, 100, 10},
                             {QStringLiteral("B"), 5, 50, 5},
                             {QStringLiteral("D"), 7, 70, 7}})));
        QVERIFY(s.save(QStringLiteral("other server"), t0, rows({{QStringLiteral("A"), 1000, 1, 1}})));
        const ResultSet now = rows({{QStringLiteral("A"), 15, 160, 20}, // 5 more calls, 60 ms more
                                    {QStringLiteral("B"), 2, 10, 2},    // went down: reset
                                    {QStringLiteral("C"), 3, 30, 3},    // new since the snapshot
                                    {QStringLiteral("D"), 7, 70, 7}});  // idle in the window
        const auto w = s.window(QStringLiteral("db1"), now, t1, 15 * 60 * 1000);
        QCOMPARE(w.fromMs, t0);
        QCOMPARE(w.rows.rowCount(), 3);
        QCOMPARE(cell(w.rows, QStringLiteral("A"), "calls").toDouble(), 5.0);
        QCOMPARE(cell(w.rows, QStringLiteral("A"), "total_ms").toDouble(), 60.0);
        QCOMPARE(cell(w.rows, QStringLiteral("A"), "mean_ms").toDouble(), 12.0);
        QCOMPARE(cell(w.rows, QStringLiteral("A"), "rows").toDouble(), 10.0);
        QCOMPARE(cell(w.rows, QStringLiteral("A"), "max_ms").toDouble(), 99.0); // not a counter: as it is
        QCOMPARE(cell(w.rows, QStringLiteral("B"), "calls").toDouble(),
                 2.0); // from the reset, never negative
        QCOMPARE(cell(w.rows, QStringLiteral("B"), "reset").toBool(), true);
        QCOMPARE(cell(w.rows, QStringLiteral("A"), "reset").toBool(), false);
        QCOMPARE(cell(w.rows, QStringLiteral("C"), "calls").toDouble(), 3.0);
        QVERIFY(!cell(w.rows, QStringLiteral("D"), "calls").isValid()); // nothing ran
        QCOMPARE(w.resetRows, 1);
        QCOMPARE(w.rows.value(0, QStringLiteral("queryid")).toString(), QStringLiteral("A")); // busiest first

        // A window longer than the history: from the oldest snapshot there is.
        const auto day = s.window(QStringLiteral("db1"), now, t1, 24 * 3600 * 1000);
        QCOMPARE(day.fromMs, t0);
        // No snapshot for this server: totals, and it says so through fromMs = 0.
        const auto none = s.window(QStringLiteral("db2"), now, t1, 15 * 60 * 1000);
        QCOMPARE(none.fromMs, 0);
        QCOMPARE(cell(none.rows, QStringLiteral("A"), "calls").toDouble(), 15.0);
    }

    void retentionPrunesOldSnapshots()
    {
        StatementSnapshots s;
        QVERIFY(s.open(m_dir.filePath(QStringLiteral("b.sqlite"))));
        s.setRetentionMs(3600 * 1000);
        const qint64 t = 20'000'000'000;
        QVERIFY(s.save(QStringLiteral("db"), t - 2 * 3600 * 1000, rows({{QStringLiteral("A"), 1, 1, 1}})));
        QVERIFY(s.save(QStringLiteral("db"), t, rows({{QStringLiteral("A"), 2, 2, 2}})));
        QCOMPARE(s.oldestSnapshot(QStringLiteral("db")), t);
    }

    void unwritableHistorySaysWhy()
    {
        StatementSnapshots s;
        QVERIFY(!s.open(QStringLiteral("/proc/sightglass/none/statements.sqlite")));
        QVERIFY(s.lastError().contains(QStringLiteral("statement history")));
        QVERIFY(!s.save(QStringLiteral("db"), 1, rows({})));
        // the live figures still show, as totals
        const auto w = s.window(QStringLiteral("db"), rows({{QStringLiteral("A"), 1, 1, 1}}), 10, 5);
        QCOMPARE(w.fromMs, 0);
        QCOMPARE(w.rows.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_StatementSnapshots)
#include "tst_StatementSnapshots.moc"
