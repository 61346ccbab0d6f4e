// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ConnectionOptions.h"

#include <QTest>

using sg::ConnectionOptions;
using sg::DbError;

class tst_ConnectionOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesUri()
    {
        DbError e;
        const auto o = ConnectionOptions::parse(
            QStringLiteral("postgresql://alice:s3cret@db.example.com:6543/orders?sslmode=require"), &e);
        QVERIFY2(o.isValid(), qPrintable(e.message));
        QCOMPARE(o.value(QStringLiteral("host")), QStringLiteral("db.example.com"));
        QCOMPARE(o.value(QStringLiteral("port")), QStringLiteral("6543"));
        QCOMPARE(o.value(QStringLiteral("user")), QStringLiteral("alice"));
        QCOMPARE(o.value(QStringLiteral("dbname")), QStringLiteral("orders"));
        QCOMPARE(o.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(o.displayName(), QStringLiteral("alice@db.example.com:6543/orders"));
    }

    void parsesKeyValueWithQuotes()
    {
        DbError e;
        const auto o =
            ConnectionOptions::parse(QStringLiteral("host=localhost dbname='Order Ref' user=bob"), &e);
        QVERIFY(o.isValid());
        QCOMPARE(o.value(QStringLiteral("dbname")), QStringLiteral("Order Ref"));
    }

    void malformedGivesLibpqMessage_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unterminated quote") << "host='localhost"
                                            << "unterminated quoted string";
        QTest::newRow("unknown keyword") << "hots=localhost"
                                         << "invalid connection option";
        QTest::newRow("missing equals") << "host localhost"
                                        << "missing";
        QTest::newRow("bad uri") << "postgresql://[::1"
                                 << "IPv6";
    }

    void malformedGivesLibpqMessage()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, fragment);
        DbError e;
        const auto o = ConnectionOptions::parse(conninfo, &e);
        QVERIFY(!o.isValid());
        QCOMPARE(e.kind, DbError::Kind::BadOptions);
        QVERIFY2(e.message.contains(fragment, Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY(e.userMessage().startsWith(QStringLiteral("The connection string is not valid")));
    }

    void roundTripsHostileValues()
    {
        ConnectionOptions o;
        o.setValue(QStringLiteral("dbname"), QStringLiteral("a\"; DROP TABLE x; --"));
        o.setValue(QStringLiteral("user"), QStringLiteral("O'Brien \\ Ä"));
        DbError e;
        const auto back = ConnectionOptions::parse(o.toConninfo(), &e);
        QVERIFY2(back.isValid(), qPrintable(e.message));
        QCOMPARE(back.value(QStringLiteral("dbname")), QStringLiteral("a\"; DROP TABLE x; --"));
        QCOMPARE(back.value(QStringLiteral("user")), QStringLiteral("O'Brien \\ Ä"));
    }

    void stripsPassword()
    {
        DbError e;
        const auto o = ConnectionOptions::parse(QStringLiteral("host=h password=topsecret dbname=d"), &e);
        const QString saved = o.withoutPassword().toConninfo();
        QVERIFY(!saved.contains(QStringLiteral("topsecret")));
        QVERIFY(saved.contains(QStringLiteral("dbname=d")));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionOptions)
#include "tst_ConnectionOptions.moc"
