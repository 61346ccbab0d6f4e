// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

#include "db/ProfileStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/WelcomeDialog.h"

#include <QCheckBox>
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
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_ConnectionDialog.moc"
