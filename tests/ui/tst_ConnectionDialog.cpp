// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

#include "db/ProfileStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/WelcomeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace sg;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

    static void fill(ui::ConnectionDialog& d, const QString& name, const QString& value)
    {
        d.findChild<QLineEdit*>(name)->setText(value);
    }

    static bool test(ui::ConnectionDialog& d)
    {
        QSignalSpy done(&d, &ui::ConnectionDialog::testFinished);
        d.testConnection();
        if (done.isEmpty() && !done.wait(20000))
            return false;
        return done.first().first().toBool();
    }

private Q_SLOTS:
    void welcomeOffersTheDemoOnce()
    {
        QSettings().remove(QStringLiteral("welcomeShown")); // a fresh machine
        QVERIFY(ui::WelcomeDialog::isFirstRun());
        ui::WelcomeDialog welcome;
        welcome.show();
        QCOMPARE(welcome.choice(), ui::WelcomeDialog::Choice::None);
        welcome.demoButton()->click();
        QCOMPARE(welcome.choice(), ui::WelcomeDialog::Choice::Demo);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        ui::WelcomeDialog again;
        again.connectButton()->click();
        QCOMPARE(again.choice(), ui::WelcomeDialog::Choice::Connect);
        ui::WelcomeDialog::markShown();
        QVERIFY(!ui::WelcomeDialog::isFirstRun());
        if (const QString dir = qEnvironmentVariable("SG_DOC_IMAGES"); !dir.isEmpty())
            welcome.grab().save(dir + QStringLiteral("/welcome.png"));
    }

    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SightglassTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ConnectionDialog"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void testsGoodConnection()
    {
        ui::ConnectionDialog d;
        d.setConninfo(test::sandbox().conninfo());
        QVERIFY(test(d));
        QVERIFY2(d.resultText().contains(QStringLiteral("Connected: PostgreSQL")),
                 qPrintable(d.resultText()));
    }

    void explainsWrongPassword()
    {
        ConnectionOptions o = test::sandboxOptions();
        o.remove(QStringLiteral("passfile"));
        ui::ConnectionDialog d;
        d.setConninfo(o.toConninfo());
        fill(d, QStringLiteral("passwordEdit"), QStringLiteral("wrong"));
        QVERIFY(!test(d));
        QVERIFY2(d.resultText().contains(QStringLiteral("password authentication failed")),
                 qPrintable(d.resultText()));
        QVERIFY(d.resultText().contains(QStringLiteral("pgpass")));
    }

    void explainsMalformedConninfo()
    {
        ui::ConnectionDialog d;
        d.setConninfo(QStringLiteral("host='oops"));
        QVERIFY(!test(d));
        QVERIFY2(d.resultText().contains(QStringLiteral("not valid")), qPrintable(d.resultText()));
    }

    void explainsUnknownHost()
    {
        ui::ConnectionDialog d;
        d.setConninfo(QStringLiteral("host=no-such-host.invalid dbname=x connect_timeout=3"));
        QVERIFY(!test(d));
        QVERIFY2(d.resultText().contains(QStringLiteral("Could not connect")), qPrintable(d.resultText()));
    }

    void savesProfilesWithoutPassword()
    {
        ui::ConnectionDialog d;
        fill(d, QStringLiteral("nameEdit"), QStringLiteral("Order Ref prod"));
        d.setConninfo(QStringLiteral("host=db.example.com dbname=orders password=hunter2"));
        d.findChild<QCheckBox*>(QStringLiteral("productionCheck"))->setChecked(true);
        const auto buttons = d.findChildren<QPushButton*>();
        for (auto* b : buttons) {
            if (b->objectName() == QLatin1String("saveButton"))
                b->click();
        }
        const ConnectionProfile p = ProfileStore::find(QStringLiteral("Order Ref prod"));
        QCOMPARE(p.name, QStringLiteral("Order Ref prod"));
        QVERIFY(p.production);
        QVERIFY(!p.conninfo.contains(QStringLiteral("hunter2")));
        QVERIFY(p.conninfo.contains(QStringLiteral("orders")));
        // Nothing on disk holds the password either.
        QSettings s;
        s.sync();
        QFile f(s.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("hunter2"));
    }

    void productionMeansReadOnly()
    {
        ui::ConnectionDialog d;
        d.setConninfo(QStringLiteral("host=localhost"));
        d.findChild<QCheckBox*>(QStringLiteral("productionCheck"))->setChecked(true);
        QString error;
        QVERIFY(d.optionsFromForm(&error).session.readOnly);
    }
    void fieldsAndConnectionStringFollowEachOther()
    {
        ui::ConnectionDialog d;
        // A new connection starts at the host field.
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(d.field(QStringLiteral("host"))));
        // Typing into the fields writes the string ...
        QTest::keyClicks(d.field(QStringLiteral("host")), QStringLiteral("db1.example.com"));
        QTest::keyClicks(d.field(QStringLiteral("dbname")), QStringLiteral("Order Ref"));
        DbError error;
        ConnectionOptions o = ConnectionOptions::parse(d.conninfo(), &error);
        QCOMPARE(o.value(QStringLiteral("host")), QStringLiteral("db1.example.com"));
        QCOMPARE(o.value(QStringLiteral("dbname")), QStringLiteral("Order Ref")); // quoted, as libpq needs
        // ... and a pasted string (a URI too) fills the fields, keeping what only it can hold.
        d.setConninfo(QStringLiteral("postgresql://app@db2:6432/shop?sslmode=require"));
        QCOMPARE(d.field(QStringLiteral("host"))->text(), QStringLiteral("db2"));
        QCOMPARE(d.field(QStringLiteral("port"))->text(), QStringLiteral("6432"));
        QCOMPARE(d.field(QStringLiteral("user"))->text(), QStringLiteral("app"));
        QTest::keyClicks(d.field(QStringLiteral("dbname")), QStringLiteral("2"));
        o = ConnectionOptions::parse(d.conninfo(), &error);
        QCOMPARE(o.value(QStringLiteral("dbname")), QStringLiteral("shop2"));
        QCOMPARE(o.value(QStringLiteral("sslmode")), QStringLiteral("require"));
    }

    void anEmptyProfileIsNotSaved()
    {
        ui::ConnectionDialog d;
        fill(d, QStringLiteral("nameEdit"), QStringLiteral("nothing"));
        for (auto* b : d.findChildren<QPushButton*>())
            if (b->objectName() == QLatin1String("saveButton"))
                b->click();
        QVERIFY(ProfileStore::find(QStringLiteral("nothing")).name.isEmpty());
        QVERIFY2(d.resultText().contains(QStringLiteral("which server")), qPrintable(d.resultText()));
    }

    void remembersRecentConnectionsAndTheCurrentProfile()
    {
        {
            ui::ConnectionDialog d;
            d.setConninfo(test::sandbox().conninfo());
            fill(d, QStringLiteral("passwordEdit"), QStringLiteral("secret-in-memory"));
            d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QVERIFY(!ProfileStore::recent().isEmpty());
        QVERIFY(!ProfileStore::recent().first().contains(QStringLiteral("secret-in-memory")));
        ui::ConnectionDialog again;
        auto* combo = again.findChild<QComboBox*>(QStringLiteral("profileCombo"));
        int recentRow = -1;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).startsWith(QStringLiteral("Recent: ")))
                recentRow = i;
        QVERIFY(recentRow > 0);
        combo->setCurrentIndex(recentRow);
        DbError error;
        QCOMPARE(ConnectionOptions::parse(again.conninfo(), &error).value(QStringLiteral("port")),
                 test::sandboxOptions().value(QStringLiteral("port")));
        // The profile in use is the one chosen when the dialog opens.
        ProfileStore::save({QStringLiteral("in use"), QStringLiteral("host=localhost dbname=x"), false});
        ui::ConnectionDialog current(nullptr, QStringLiteral("in use"));
        QCOMPARE(current.findChild<QComboBox*>(QStringLiteral("profileCombo"))->currentText(), QStringLiteral("in use"));
        QCOMPARE(current.profileName(), QStringLiteral("in use"));
        QCOMPARE(current.field(QStringLiteral("dbname"))->text(), QStringLiteral("x"));
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_ConnectionDialog.moc"
