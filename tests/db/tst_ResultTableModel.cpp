// SPDX-License-Identifier: GPL-3.0-or-later
// ResultTableModel and its proxy, fed with snapshots from the real server.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QLocale>
#include <QTimeZone>
#include <QTest>

using namespace sg;

class tst_ResultTableModel : public QObject
{
    Q_OBJECT

    Connection m_conn;

    ResultSet query(const QString& sql)
    {
        DbRequest r;
        r.sql = sql;
        DbError e;
        ResultSet rs = m_conn.execute(r, &e);
        if (e.isError())
            qFatal("%s", qPrintable(e.message));
        return rs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DbError e;
        QVERIFY2(m_conn.open(test::sandboxOptions(), &e), qPrintable(e.userMessage()));
    }

    void passesModelTester()
    {
        ResultTableModel model;
        model.setKeyColumns({QStringLiteral("id")});
        ResultSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(1);
        model.setResult(
            query(QStringLiteral("SELECT g AS id, g * 3 % 7 AS v FROM generate_series(1, 50) g")));
        model.setResult(query(QStringLiteral(
            "SELECT g AS id, g * 5 % 11 AS v FROM generate_series(20, 80) g ORDER BY g DESC")));
        model.setResult(query(QStringLiteral("SELECT g AS id, 1 AS v FROM generate_series(1, 0) g")));
        model.setResult(query(QStringLiteral("SELECT g AS id, g AS v FROM generate_series(1, 5) g")));
        QCOMPARE(model.rowCount(), 5);
    }

    void headersAreReadableWithTheCatalogNameAsTooltip()
    {
        ResultTableModel model;
        model.setResult(query(QStringLiteral("SELECT 1 AS xact_seconds, 2 AS share_of_max_pct, 3 AS my_own")));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Transaction (s)"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("xact_seconds"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Share of max %"));
        // A column no panel knows keeps the name it was given, and needs no tooltip.
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("my_own"));
        QVERIFY(!model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void numbersAndTimesInTheUsersFormat()
    {
        ResultTableModel model;
        model.setResult(query(QStringLiteral(
            "SET TimeZone = 'UTC'; SELECT 90.50::numeric AS dead_pct, timestamptz '2026-01-02 03:04:05+00' AS last_vacuum, "
            "timestamptz '2026-01-02 03:04:05.5+05:30' AS elsewhere")));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString pct = model.index(0, 0).data().toString();
        const QString at = model.index(0, 1).data().toString();
        const QString other = model.index(0, 2).data().toString();
        QLocale::setDefault(QLocale::system());
        QCOMPARE(pct, QStringLiteral("90,50"));
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(at, german.toString(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()).toLocalTime(),
                                     QLocale::ShortFormat));
        QCOMPARE(other, german.toString(QDateTime(QDate(2026, 1, 1), QTime(21, 34, 5), QTimeZone::utc()).toLocalTime(),
                                        QLocale::ShortFormat));
        // Sorting keeps the server's value.
        QCOMPARE(model.index(0, 1).data(ResultTableModel::SortRole).toString().left(10), QStringLiteral("2026-01-02"));
    }

    void filterColumnsAndRowExclusion()
    {
        ResultTableModel model;
        ResultSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setResult(query(QStringLiteral(
            "SELECT * FROM (VALUES ('a', 'mentions b', false), ('b', 'x', true), ('c', 'x', false)) v(name, note, own)")));
        proxy.setRowExclusion(QStringLiteral("own"), [](const QVariant& v) { return v.toBool(); });
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.excludedRowCount(), 1);
        proxy.setFilterColumns({QStringLiteral("name")});
        proxy.setFilterFixedString(QStringLiteral("B"));
        QCOMPARE(proxy.rowCount(), 0); // 'b' is excluded; 'a' only mentions it in another column
        proxy.setRowExclusion(QStringLiteral("own"), {});
        QCOMPARE(proxy.rowCount(), 1);
    }

    void keepsSelectionByKeyAcrossRefreshes()
    {
        ResultTableModel model;
        model.setKeyColumns({QStringLiteral("pid")});
        model.setResult(query(QStringLiteral(
            "SELECT * FROM (VALUES (101, 'idle'), (102, 'active'), (103, 'idle')) v(pid, state)")));
        const QPersistentModelIndex selected = model.index(1, 1); // pid 102
        QCOMPARE(selected.data().toString(), QStringLiteral("active"));

        // 101 left, 104 and 100 arrived, order changed, 102's state changed.
        model.setResult(query(QStringLiteral("SELECT * FROM (VALUES (100, 'active'), (103, 'idle'), (102, "
                                             "'idle in transaction'), (104, 'idle')) v(pid, state)")));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(selected.isValid());
        QCOMPARE(model.index(selected.row(), 0).data(ResultTableModel::SortRole).toLongLong(), 102);
        QCOMPARE(selected.data().toString(), QStringLiteral("idle in transaction"));
        // Rows follow the snapshot's order.
        QCOMPARE(model.rowKey(0), QStringLiteral("100"));
        QCOMPARE(model.rowKey(3), QStringLiteral("104"));

        // The selected row disappears: its persistent index is invalidated, not moved to a neighbour.
        model.setResult(query(QStringLiteral("SELECT * FROM (VALUES (100, 'active')) v(pid, state)")));
        QVERIFY(!selected.isValid());
    }

    void announcesOnlyChangedRows()
    {
        ResultTableModel model;
        model.setKeyColumns({QStringLiteral("id")});
        model.setResult(query(QStringLiteral("SELECT g AS id, g * 2 AS v FROM generate_series(1, 100) g")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setResult(query(QStringLiteral("SELECT g AS id, g * 2 AS v FROM generate_series(1, 100) g")));
        QCOMPARE(changed.size(), 0); // same values: nothing to repaint or re-sort
        model.setResult(query(QStringLiteral(
            "SELECT g AS id, CASE WHEN g IN (10, 11, 50) THEN -1 ELSE g * 2 END AS v FROM generate_series(1, 100) g")));
        QCOMPARE(changed.size(), 2); // rows 10-11 as one run, row 50 alone
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 9);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 10);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 49);
    }

    void replaysPlansMadeOnAnotherThreadAndRedoesStaleOnes()
    {
        ResultTableModel model;
        model.setKeyColumns({QStringLiteral("id")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(query(QStringLiteral("SELECT g AS id, g AS v FROM generate_series(1, 10) g")));
        const QPersistentModelIndex seven = model.index(6, 1);

        // Made against what the model shows: 2-3 gone, 11 arrives, 7 changes.
        const ResultTableModel::Base before = model.base();
        const ResultSet next = query(QStringLiteral(
            "SELECT g AS id, CASE g WHEN 7 THEN 70 ELSE g END AS v FROM generate_series(1, 11) g WHERE g NOT IN (2, 3)"));
        const auto prepared = ResultTableModel::prepare(next, model.keyColumns(), before);
        QVERIFY(prepared.update.has_value());
        QCOMPARE(prepared.update->removedRuns.size(), 1);
        QCOMPARE(prepared.update->removedRuns.at(0), std::make_pair(1, 2));
        QCOMPARE(prepared.update->addedRows, QList<int>{8});
        QCOMPARE(prepared.update->changedRuns, (QList<std::pair<int, int>>{{4, 4}}));

        // The model moves on before the update arrives: it no longer fits, so it is redone.
        model.setResult(query(QStringLiteral("SELECT g AS id, g AS v FROM generate_series(5, 8) g")));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setPrepared(prepared);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(removed.size(), 0); // 5..8 all survive in the new snapshot
        QVERIFY(seven.isValid());
        QCOMPARE(seven.data().toLongLong(), 70);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowKey(r), next.value(r, 0).toString()); // snapshot order

        // A fresh update against the current state replays as made.
        const auto again = ResultTableModel::prepare(
            query(QStringLiteral("SELECT g AS id, g AS v FROM generate_series(1, 11) g WHERE g <> 4")), model.keyColumns(),
            model.base());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPrepared(again);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1); // only 7 changed back to 7
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(seven.data().toLongLong(), 7);
    }

    void sortsNumbersNumerically()
    {
        ResultTableModel model;
        ResultSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setResult(query(QStringLiteral(
            "SELECT * FROM (VALUES (10, 10.5::numeric, 'idx_10'), (9, 9.25::numeric, 'idx_9'), "
            "(NULL, NULL, NULL), (100, 100.0::numeric, 'idx_100')) v(i, n, t)")));
        for (int column = 0; column < 3; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            QVERIFY(proxy.index(0, column).data(ResultTableModel::SortRole).isNull()); // NULL first
            QCOMPARE(proxy.index(1, 0).data(ResultTableModel::SortRole).toLongLong(), 9);
            QCOMPARE(proxy.index(2, 0).data(ResultTableModel::SortRole).toLongLong(), 10);
            QCOMPARE(proxy.index(3, 0).data(ResultTableModel::SortRole).toLongLong(), 100);
        }
    }

    void sortsByTheLanguageChosenNow()
    {
        // Swedish puts ä after z, German next to a: a language switch while running must change the
        // order of the next sort, not keep the first language's rules.
        const QLocale before;
        ResultTableModel model;
        ResultSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setResult(query(QStringLiteral("SELECT * FROM (VALUES ('zebra'), ('äpple'), ('apa')) v(t)")));
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("äpple"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        proxy.invalidate();
        proxy.sort(0, Qt::AscendingOrder);
        const QString german = proxy.index(2, 0).data().toString();
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("zebra"));
    }

    void filtersAcrossColumns()
    {
        ResultTableModel model;
        ResultSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setResult(query(QStringLiteral("SELECT * FROM (VALUES ('Order Ref', 'a\"; DROP TABLE x; --'), "
                                             "('public', 'accounts')) v(schema, name)")));
        proxy.setFilterFixedString(QStringLiteral("drop table"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Order Ref"));
        proxy.setFilterFixedString(QStringLiteral("ORDER"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void duplicateKeysFallBackToReset()
    {
        ResultTableModel model;
        model.setKeyColumns({QStringLiteral("k")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(query(QStringLiteral("SELECT * FROM (VALUES (1, 'a'), (1, 'b')) v(k, x)")));
        model.setResult(query(QStringLiteral("SELECT * FROM (VALUES (1, 'a'), (2, 'b'), (1, 'c')) v(k, x)")));
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ResultTableModel)
#include "tst_ResultTableModel.moc"
