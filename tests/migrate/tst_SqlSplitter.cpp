// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting migration files the way psql reads them: what ends a statement and what does not.
#include "migrate/SqlSplitter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sg;
using Kind = SqlSplitter::Kind;

namespace {

QStringList texts(const SqlSplitter::Result& r)
{
    QStringList out;
    for (const auto& p : r.pieces)
        out << p.text;
    return out;
}

} // namespace

class tst_SqlSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semicolonsThatDoNotEndAStatement()
    {
        const auto r = SqlSplitter::split(
            QStringLiteral("SELECT ';', E'\\';', U&'d\\0061;', \"a;b\" FROM \"Order Ref\";\n"
                           "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                           "DO $body$ BEGIN PERFORM 1; RAISE NOTICE '$$;'; END $body$;\n"
                           "/* a; /* nested; */ still; */ SELECT $1; -- not; here\n"
                           "SELECT 2"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pieces.size(), 5);
        QCOMPARE(r.pieces.at(0).text,
                 QStringLiteral("SELECT ';', E'\\';', U&'d\\0061;', \"a;b\" FROM \"Order Ref\""));
        QVERIFY(r.pieces.at(1).text.endsWith(QStringLiteral("LANGUAGE sql")));
        QVERIFY(r.pieces.at(2).text.endsWith(QStringLiteral("END $body$")));
        QCOMPARE(r.pieces.at(3).text,
                 QStringLiteral("SELECT $1")); // comments before a statement are not part of it
        QCOMPARE(r.pieces.at(3).line, 4);
        QCOMPARE(r.pieces.at(4).text, QStringLiteral("SELECT 2"));
        QCOMPARE(r.pieces.at(4).line, 5);
    }

    void beginAtomicBodies()
    {
        const auto r = SqlSplitter::split(
            QStringLiteral("BEGIN;\nCREATE FUNCTION g(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                           "  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND;\nCOMMIT;"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(texts(r).size(), 3);
        QCOMPARE(r.pieces.at(0).text, QStringLiteral("BEGIN"));
        QVERIFY(r.pieces.at(1).text.endsWith(QStringLiteral("SELECT 2;\nEND")));
        QCOMPARE(r.pieces.at(2).text, QStringLiteral("COMMIT"));
    }

    void copyDataAndPsqlMetaCommands()
    {
        const auto r =
            SqlSplitter::split(QStringLiteral("\\set ON_ERROR_STOP on\n"
                                              "\\restrict abc123\n"
                                              "COPY public.t (a, b) FROM stdin;\n1\tx;y\n2\t\\N\n\\.\n"
                                              "\\echo copied\n"
                                              "SELECT 1;\n\\i other.sql\n"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pieces.size(), 7);
        QCOMPARE(r.pieces.at(0).kind, Kind::PsqlMeta);
        QCOMPARE(r.pieces.at(0).meta, QStringLiteral("\\set"));
        QCOMPARE(r.pieces.at(1).meta, QStringLiteral("\\restrict"));
        QCOMPARE(r.pieces.at(2).kind, Kind::Statement);
        QCOMPARE(r.pieces.at(3).kind, Kind::CopyData);
        QCOMPARE(r.pieces.at(3).text, QStringLiteral("1\tx;y\n2\t\\N\n"));
        QCOMPARE(r.pieces.at(3).line, 4);
        QCOMPARE(r.pieces.at(4).meta, QStringLiteral("\\echo"));
        QCOMPARE(r.pieces.at(5).text, QStringLiteral("SELECT 1"));
        QCOMPARE(r.pieces.at(6).meta, QStringLiteral("\\i"));
    }

    void unterminatedPiecesSayWhere()
    {
        QVERIFY(SqlSplitter::split(QStringLiteral("SELECT 1;\nSELECT 'open"))
                    .error.contains(QStringLiteral("line 2")));
        QVERIFY(SqlSplitter::split(QStringLiteral("/* /* */ SELECT 1;"))
                    .error.contains(QStringLiteral("comment")));
        QVERIFY(SqlSplitter::split(QStringLiteral("DO $x$ BEGIN END $y$;"))
                    .error.contains(QStringLiteral("$x$")));
        QVERIFY(SqlSplitter::split(QStringLiteral("COPY t FROM stdin;\n1\n2\n"))
                    .error.contains(QStringLiteral("COPY data")));
        QVERIFY(SqlSplitter::split(
                    QStringLiteral("CREATE FUNCTION h() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;"))
                    .error.contains(QStringLiteral("ATOMIC")));
        QCOMPARE(SqlSplitter::split(QStringLiteral(";;  ;\n-- only a comment\n")).pieces.size(), 0);
        QCOMPARE(SqlSplitter::split(QString()).pieces.size(), 0);
    }

    void anyInputEndsWithoutCrashing()
    {
        // A quick stand-in for the fuzzer, on every run: random text built from the characters
        // that matter to the splitter.
        const QString alphabet = QStringLiteral("$;'\"\\/*-\nEeU&atomicBEGINENDCASECOPYFROMstdin. \t1xX_");
        QRandomGenerator rng(42);
        for (int round = 0; round < 3000; ++round) {
            QString s;
            const int len = int(rng.bounded(80));
            for (int k = 0; k < len; ++k)
                s += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            const auto r = SqlSplitter::split(s);
            for (const auto& p : r.pieces)
                QVERIFY(p.offset >= 0 && p.offset <= s.size());
        }
    }
};

QTEST_GUILESS_MAIN(tst_SqlSplitter)
#include "tst_SqlSplitter.moc"
