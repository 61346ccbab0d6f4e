// SPDX-License-Identifier: GPL-3.0-or-later
// Reading migrations without a server: discovery, checksums, the parser's classification, lock
// levels and every lint rule, each with the statement that must trigger it and one that must not.
#include "migrate/LockMode.h"
#include "migrate/MigrationDiscovery.h"
#include "migrate/MigrationLinter.h"
#include "migrate/SqlClassifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

void write(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

MigrationLinter::Result lintText(const QString& sql)
{
    Migration m;
    m.version = QStringLiteral("1");
    m.path = QStringLiteral("/x/001_test.sql");
    return MigrationLinter::lint({MigrationScript::fromText(m, sql)});
}

QStringList rules(const MigrationLinter::Result& r, LintFinding::Severity atLeast = LintFinding::Severity::Warning)
{
    QStringList out;
    for (const LintFinding& f : r.findings) {
        if (f.severity >= atLeast)
            out << f.rule;
    }
    return out;
}

} // namespace

class tst_MigrationLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoversTheThreeNamingStyles()
    {
        QTemporaryDir dir;
        for (const char* name : {"023_add_indexes.sql", "023_add_indexes_rollback.sql", "2_first.sql", "2_first.down.sql",
                                 "V30__flyway_style.sql", "U30__flyway_style.sql", "20250105120000_go_style.up.sql",
                                 "20250105120000_go_style.down.sql", "README.sql", "R__views.sql", "notes.txt"})
            write(dir.filePath(QString::fromLatin1(name)), "SELECT 1;\n");
        const MigrationSet set = MigrationDiscovery::discover(dir.path());
        QVERIFY2(set.problems.isEmpty(), qPrintable(set.problems.join(QLatin1Char('\n'))));
        QStringList versions;
        for (const Migration& m : set.migrations) {
            versions << m.version;
            QVERIFY2(!m.rollbackPath.isEmpty(), qPrintable(m.fileName()));
        }
        // Numeric order: 2 < 023 < 30 < 20250105120000.
        QCOMPARE(versions, (QStringList{"2", "023", "30", "20250105120000"}));
        QCOMPARE(set.migrations.at(0).description, QStringLiteral("first"));
        QCOMPARE(set.migrations.at(2).style, Migration::Style::Flyway);
        QCOMPARE(set.migrations.at(3).style, Migration::Style::GolangMigrate);
        QCOMPARE(set.ignored.size(), 2); // README.sql (no version) and the repeatable R__ file
    }

    void duplicateVersionsAndOrphanRollbacksAreProblems()
    {
        QTemporaryDir dir;
        write(dir.filePath("023_a.sql"), "SELECT 1;");
        write(dir.filePath("23_b.sql"), "SELECT 1;");
        write(dir.filePath("024_c.down.sql"), "SELECT 1;");
        const MigrationSet set = MigrationDiscovery::discover(dir.path());
        QCOMPARE(set.migrations.size(), 1);
        QCOMPARE(set.problems.size(), 2);
        QVERIFY(set.problems.at(0).contains(QLatin1String("both have version")));
        QVERIFY(set.problems.at(1).contains(QLatin1String("no migration file")));
        QVERIFY(!MigrationDiscovery::discover(dir.filePath("missing")).problems.isEmpty());
    }

    void checksumIgnoresLineEndingsAndBom()
    {
        const QString lf = Migration::checksumOf("CREATE TABLE t (a int);\nSELECT 1;\n");
        QCOMPARE(Migration::checksumOf("CREATE TABLE t (a int);\r\nSELECT 1;\r\n"), lf);
        QCOMPARE(Migration::checksumOf("\xEF\xBB\xBF" "CREATE TABLE t (a int);\nSELECT 1;\n"), lf);
        QVERIFY(Migration::checksumOf("CREATE TABLE t (a bigint);\nSELECT 1;\n") != lf);
        QCOMPARE(lf.size(), 64);
    }

    void versionsCompareAsNumbers()
    {
        QVERIFY(Migration::compareVersions("2", "10") < 0);
        QVERIFY(Migration::compareVersions("1.2", "1.10") < 0);
        QCOMPARE(Migration::compareVersions("023", "23"), 0);
        QVERIFY(Migration::compareVersions("20250105120000", "99") > 0);
    }

    void classifiesWithThePostgresParser()
    {
        StatementInfo s = SqlClassifier::classify("CREATE INDEX CONCURRENTLY i ON app.orders (a, b) WHERE c");
        QCOMPARE(s.nodeType, QStringLiteral("IndexStmt"));
        QVERIFY(!s.transactional);
        QCOMPARE(s.locks.size(), 1);
        QCOMPARE(s.locks.first().displayName(), QStringLiteral("app.orders"));
        QCOMPARE(s.locks.first().mode, LockMode::ShareUpdateExclusive);

        s = SqlClassifier::classify("ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES customers (id)");
        QCOMPARE(s.locks.size(), 2);
        QCOMPARE(s.locks.at(0).mode, LockMode::ShareRowExclusive);
        QCOMPARE(s.locks.at(1).name, QStringLiteral("customers"));

        s = SqlClassifier::classify("ALTER TABLE orders ALTER COLUMN a TYPE bigint, SET (fillfactor = 90)");
        QCOMPARE(s.strongestLock(), LockMode::AccessExclusive);
        QCOMPARE(SqlClassifier::classify("ALTER TABLE o VALIDATE CONSTRAINT f").strongestLock(), LockMode::ShareUpdateExclusive);
        QCOMPARE(SqlClassifier::classify("VACUUM FULL o").strongestLock(), LockMode::AccessExclusive);
        QVERIFY(!SqlClassifier::classify("VACUUM o").transactional);
        QVERIFY(SqlClassifier::classify("ANALYZE o").transactional);
        QVERIFY(!SqlClassifier::classify("ALTER SYSTEM SET work_mem = '8MB'").transactional);
        QVERIFY(!SqlClassifier::classify("REINDEX TABLE CONCURRENTLY o").transactional);
        QVERIFY(SqlClassifier::classify("COMMIT").transactionControl);
        QCOMPARE(SqlClassifier::classify("LOCK TABLE o IN SHARE MODE").strongestLock(), LockMode::Share);
        QCOMPARE(SqlClassifier::classify("UPDATE o SET a = 1").strongestLock(), LockMode::RowExclusive);

        // Hostile names stay names.
        s = SqlClassifier::classify(R"(DROP TABLE "a""; DROP TABLE x; --")");
        QVERIFY(s.parseError.isEmpty());
        QCOMPARE(s.locks.first().name, QStringLiteral("a\"; DROP TABLE x; --"));
        QCOMPARE(MigrationLinter::qualified(s.locks.first()), QStringLiteral(R"("a""; DROP TABLE x; --")"));
        QCOMPARE(MigrationLinter::quoteIdent("Order Ref"), QStringLiteral("\"Order Ref\""));
        QCOMPARE(MigrationLinter::quoteIdent("order"), QStringLiteral("\"order\""));
        QCOMPARE(MigrationLinter::quoteIdent("orders"), QStringLiteral("orders"));

        s = SqlClassifier::classify("ALTER TABLE orders ADD COLUM x int");
        QVERIFY(!s.parseError.isEmpty());
        QCOMPARE(s.errorOffset, 31); // "ADD colum x" reads as a column named colum of type x: "int" is the error
    }

    void lockConflictsFollowTheManual()
    {
        using lockmode::conflicts;
        QVERIFY(conflicts(LockMode::AccessExclusive, LockMode::AccessShare));
        QVERIFY(!conflicts(LockMode::ShareUpdateExclusive, LockMode::RowExclusive));
        QVERIFY(conflicts(LockMode::ShareUpdateExclusive, LockMode::ShareUpdateExclusive));
        QVERIFY(conflicts(LockMode::Share, LockMode::RowExclusive));
        QVERIFY(!conflicts(LockMode::Share, LockMode::Share));
        QVERIFY(!conflicts(LockMode::AccessShare, LockMode::Exclusive));
        for (int a = 1; a <= 8; ++a) {
            for (int b = 1; b <= 8; ++b)
                QCOMPARE(conflicts(LockMode(a), LockMode(b)), conflicts(LockMode(b), LockMode(a)));
        }
        QCOMPARE(lockmode::fromPgLocks("ShareRowExclusiveLock"), LockMode::ShareRowExclusive);
        QCOMPARE(lockmode::fromPgLocks("AccessShareLock"), LockMode::AccessShare);
    }

    void everyRuleFires_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("rule");
        QTest::newRow("index") << "CREATE INDEX i ON public.orders (a);" << "index-without-concurrently";
        QTest::newRow("drop index") << "DROP INDEX public.i;" << "index-without-concurrently";
        QTest::newRow("reindex") << "REINDEX TABLE public.orders;" << "index-without-concurrently";
        QTest::newRow("concurrently in block")
            << "BEGIN; CREATE INDEX CONCURRENTLY i ON public.o (a); COMMIT;" << "concurrently-in-transaction";
        QTest::newRow("not null no default") << "ALTER TABLE public.o ADD COLUMN p int NOT NULL;"
                                             << "add-column-not-null-without-default";
        QTest::newRow("set not null") << "ALTER TABLE public.o ALTER COLUMN note SET NOT NULL;" << "set-not-null";
        QTest::newRow("fk valid") << "ALTER TABLE public.o ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES public.c (id);"
                                  << "constraint-without-not-valid";
        QTest::newRow("check valid") << "ALTER TABLE public.o ADD CONSTRAINT k CHECK (a > 0);"
                                     << "constraint-without-not-valid";
        QTest::newRow("fk no index")
            << "ALTER TABLE public.o ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES public.c (id) NOT VALID;"
            << "foreign-key-without-index";
        QTest::newRow("type") << "ALTER TABLE public.o ALTER COLUMN a TYPE bigint;" << "table-rewrite";
        QTest::newRow("volatile") << "ALTER TABLE public.o ADD COLUMN t uuid DEFAULT gen_random_uuid();"
                                  << "volatile-default";
        QTest::newRow("drop table") << "DROP TABLE IF EXISTS public.legacy;" << "drop-table";
        QTest::newRow("drop column") << "ALTER TABLE public.o DROP COLUMN \"Order Ref\";" << "drop-column";
        QTest::newRow("truncate") << "TRUNCATE public.c CASCADE;" << "truncate-cascade";
        QTest::newRow("rename") << "ALTER TABLE public.o RENAME COLUMN a TO b;" << "rename";
        QTest::newRow("vacuum full") << "VACUUM FULL public.o;" << "vacuum-full";
        QTest::newRow("cluster") << "CLUSTER public.o USING i;" << "cluster";
        QTest::newRow("commit") << "COMMIT;" << "transaction-control";
        QTest::newRow("include") << "\\i other.sql\nSELECT 1;" << "psql-meta";
        QTest::newRow("syntax") << "ALTER TABLE o ADD COLUM x int;" << "parse-error";
        QTest::newRow("unterminated") << "SELECT 'abc;" << "split-error";
    }

    void everyRuleFires()
    {
        QFETCH(QString, sql);
        QFETCH(QString, rule);
        const auto r = lintText(sql);
        QVERIFY2(rules(r).contains(rule), qPrintable(rules(r).join(QLatin1Char(','))));
        for (const LintFinding& f : r.findings) {
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.why.isEmpty());
            QVERIFY(!f.rewrite.isEmpty());
            QVERIFY(f.line >= 1);
        }
    }

    void infoRulesFire()
    {
        const QStringList r = rules(lintText("ALTER TABLE orders ALTER COLUMN a SET STATISTICS 100;\n"
                                             "CREATE TABLE t (a int);\nDROP INDEX CONCURRENTLY public.i;"),
                                    LintFinding::Severity::Info);
        QVERIFY(r.contains(QLatin1String("no-lock-timeout")));
        QVERIFY(r.contains(QLatin1String("unqualified-name")));
        QVERIFY(r.contains(QLatin1String("missing-if-exists")));
        // With lock_timeout set first and names qualified, neither fires.
        const QStringList clean = rules(lintText("SET lock_timeout = '3s';\n"
                                                 "ALTER TABLE public.o ALTER COLUMN a SET STATISTICS 100;"),
                                        LintFinding::Severity::Info);
        QVERIFY2(clean.isEmpty(), qPrintable(clean.join(QLatin1Char(','))));
    }

    void safeMigrationsAreClean()
    {
        // The safe rewrites the rules suggest produce no warnings.
        const auto r = lintText(
            "SET lock_timeout = '5s';\n"
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS o_c_idx ON public.o (c);\n"
            "ALTER TABLE public.o ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES public.c (id) NOT VALID;\n"
            "ALTER TABLE public.o VALIDATE CONSTRAINT f;\n"
            "ALTER TABLE public.o ADD COLUMN IF NOT EXISTS p int NOT NULL DEFAULT 0;\n"
            "ALTER TABLE public.o ADD COLUMN IF NOT EXISTS seen timestamptz DEFAULT now();\n"
            "DROP INDEX CONCURRENTLY IF EXISTS public.old_idx;\n");
        QVERIFY2(rules(r).isEmpty(), qPrintable(rules(r).join(QLatin1Char(','))));
        QVERIFY(r.checks.isEmpty() || r.checks.first().kind == LiveCheck::Kind::ForeignKeyIndex);
    }

    void newTablesNeedNoCare()
    {
        // Everything on a table created earlier in the same run is harmless: nobody else uses it yet.
        const auto r = lintText("SET lock_timeout = '5s';\n"
                                "CREATE TABLE IF NOT EXISTS public.coupons (id int PRIMARY KEY, code text);\n"
                                "CREATE INDEX IF NOT EXISTS coupons_code_idx ON public.coupons (code);\n"
                                "ALTER TABLE public.coupons ALTER COLUMN code SET NOT NULL;\n"
                                "ALTER TABLE public.coupons ADD COLUMN n int NOT NULL;\n");
        QVERIFY2(rules(r).isEmpty(), qPrintable(rules(r).join(QLatin1Char(','))));
        QVERIFY(r.checks.isEmpty());
    }

    void findingsPointAtTheRightLine()
    {
        const auto r = lintText("SET lock_timeout = '5s';\n\n-- comment\nCREATE INDEX i\n  ON public.o (a);\n"
                                "ALTER TABLE public.o\n  ADD COLUM x int;\n");
        bool sawIndex = false, sawSyntax = false;
        for (const LintFinding& f : r.findings) {
            if (f.rule == QLatin1String("index-without-concurrently")) {
                QCOMPARE(f.line, 4);
                sawIndex = true;
            }
            if (f.rule == QLatin1String("parse-error")) {
                QCOMPARE(f.line, 7);
                sawSyntax = true;
            }
        }
        QVERIFY(sawIndex && sawSyntax);
    }

    void copyDataAndMetaCommandsAreKeptApart()
    {
        Migration m;
        m.version = QStringLiteral("1");
        const MigrationScript s = MigrationScript::fromText(
            m, "\\set ON_ERROR_STOP on\nCOPY public.t (a) FROM stdin;\n1\n2\n\\.\n\\echo done\nSELECT 1;\n");
        QCOMPARE(s.statements.size(), 2);
        QVERIFY(s.statements.first().hasCopyData);
        QCOMPARE(s.statements.first().copyData, QByteArray("1\n2\n"));
        QCOMPARE(s.metas.size(), 2);
        QVERIFY(!s.metas.first().needsPsql);
    }
};

QTEST_GUILESS_MAIN(tst_MigrationLint)
#include "tst_MigrationLint.moc"
