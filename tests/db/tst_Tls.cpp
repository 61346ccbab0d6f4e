// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against a real server: a certificate authority and a server certificate made here by the
// real openssl, the sandbox serving them, and libpq checking them with sslmode=verify-full. A
// trusted certificate for the right name connects and says how (protocol, cipher, subject); the
// wrong host name, an untrusted authority, a missing CA file and a server without TLS are each
// refused with a message that says what to do; without TLS the session says it is not encrypted.
#include "TestSandbox.h"

#include "db/Connection.h"
#include "db/DbClient.h"
#include "db/SandboxServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sg;

class tst_Tls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    /// Runs openssl with \a args in the temporary folder; empty when it worked, else its output.
    QString openssl(const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("openssl %1: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return {};
    }

    /// A self-signed authority named \a name (\a stem.crt, \a stem.key).
    QString makeAuthority(const QString& stem, const QString& name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), stem + QStringLiteral(".key"), QStringLiteral("-out"),
                        stem + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(name)});
    }

    ConnectionOptions tlsOptions(const QString& host, const QString& rootCert,
                                 const QString& mode = QStringLiteral("verify-full"))
    {
        ConnectionOptions o = test::sandboxOptions();
        o.setValue(QStringLiteral("host"), host);
        o.setValue(QStringLiteral("sslmode"), mode);
        if (!rootCert.isEmpty())
            o.setValue(QStringLiteral("sslrootcert"), rootCert);
        return o;
    }

    static QString setTls(bool on, const QString& cert = {}, const QString& key = {})
    {
        Connection admin;
        DbError e;
        if (!admin.open(test::sandboxOptions(), &e))
            return e.userMessage();
        QString failed;
        if (on) {
            failed = test::execute(admin, QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'").arg(cert));
            if (failed.isEmpty())
                failed =
                    test::execute(admin, QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'").arg(key));
        }
        if (failed.isEmpty())
            failed = test::execute(admin, QStringLiteral("ALTER SYSTEM SET ssl = %1").arg(on ? "on" : "off"));
        if (failed.isEmpty())
            failed = test::execute(admin, QStringLiteral("SELECT pg_reload_conf()"));
        return failed;
    }

    /// Waits until the server has taken the new setting in (a reload is asynchronous).
    static bool waitForSsl(bool on)
    {
        for (int i = 0; i < 100; ++i) {
            Connection c;
            DbError e;
            if (c.open(test::sandboxOptions(), &e)) {
                DbRequest r;
                r.sql = QStringLiteral("SHOW ssl");
                const ResultSet rs = c.execute(r, &e);
                if (!e.isError() && rs.value(0, 0).toString() == QLatin1String(on ? "on" : "off"))
                    return true;
            }
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString failed = makeAuthority(QStringLiteral("ca"), QStringLiteral("Sightglass Test CA"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = makeAuthority(QStringLiteral("other-ca"), QStringLiteral("Somebody Else's CA"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // The server's certificate: for "localhost" only, signed by the test CA.
        failed = openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                          QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=localhost/O=Sightglass tests")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QFile ext(file(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName = DNS:localhost\n");
        ext.close();
        failed =
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        QString error;
        const QString cert = test::sandbox().installPrivateFile(file(QStringLiteral("server.crt")),
                                                                QStringLiteral("server.crt"), &error);
        QVERIFY2(!cert.isEmpty(), qPrintable(error));
        const QString key = test::sandbox().installPrivateFile(file(QStringLiteral("server.key")),
                                                               QStringLiteral("server.key"), &error);
        QVERIFY2(!key.isEmpty(), qPrintable(error));
        failed = setTls(true, cert, key);
        QVERIFY2(failed.isEmpty(), qPrintable(failed + QLatin1Char('\n') + test::sandbox().logTail()));
        QVERIFY2(waitForSsl(true), qPrintable(test::sandbox().logTail()));
    }

    void aTrustedCertificateForTheNameConnectsAndSaysHow()
    {
        Connection c;
        DbError e;
        QVERIFY2(c.open(tlsOptions(QStringLiteral("localhost"), file(QStringLiteral("ca.crt"))), &e),
                 qPrintable(e.userMessage()));
        const TlsInfo tls = c.tlsInfo();
        QVERIFY(tls.inUse);
        QVERIFY2(tls.protocol.startsWith(QLatin1String("TLSv1.")), qPrintable(tls.protocol));
        QVERIFY(!tls.cipher.isEmpty());
        QVERIFY(tls.keyBits >= 128);
        QVERIFY2(tls.subject.contains(QLatin1String("CN=localhost")), qPrintable(tls.subject));
        QVERIFY2(tls.subject.contains(QLatin1String("O=Sightglass tests")), qPrintable(tls.subject));
        QCOMPARE(tls.issuer, QStringLiteral("CN=Sightglass Test CA"));
        QVERIFY2(QDate::fromString(tls.expires.left(10), Qt::ISODate).isValid(), qPrintable(tls.expires));
        const QString line = tls.summary();
        QVERIFY2(line.startsWith(QLatin1String("TLS 1.")) && line.contains(tls.cipher) &&
                     line.contains(QLatin1String("CN=localhost")),
                 qPrintable(line));
        QVERIFY(tls.details().contains(QLatin1String("Issued by: CN=Sightglass Test CA")));
        // The server agrees: this session is encrypted, with the same protocol.
        DbRequest r;
        r.sql = QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        const ResultSet rs = c.execute(r, &e);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
        QCOMPARE(rs.value(0, 0).toBool(), true);
        QCOMPARE(rs.value(0, 1).toString(), tls.protocol);
    }

    void theWorkerPassesItOnWithTheCapabilities()
    {
        DbClient client(QStringLiteral("tls"));
        QSignalSpy connected(&client, &DbClient::connected);
        client.open(tlsOptions(QStringLiteral("localhost"), file(QStringLiteral("ca.crt"))));
        QVERIFY(connected.wait(20000));
        const auto caps = connected.at(0).at(0).value<Capabilities>();
        QVERIFY(caps.tls.inUse);
        QVERIFY(caps.tls.subject.contains(QLatin1String("CN=localhost")));
    }

    void theWrongHostNameIsRefused()
    {
        // The certificate is for localhost; 127.0.0.1 is the same server by another name.
        Connection c;
        DbError e;
        QVERIFY(!c.open(tlsOptions(QStringLiteral("127.0.0.1"), file(QStringLiteral("ca.crt"))), &e));
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QVERIFY2(e.message.contains(QLatin1String("does not match host name \"127.0.0.1\"")),
                 qPrintable(e.message));
        QVERIFY2(e.hint.contains(QLatin1String("certificate is for another host name")), qPrintable(e.hint));
        QVERIFY(e.userMessage().contains(e.hint));
    }

    void anUntrustedAuthorityIsRefused()
    {
        Connection c;
        DbError e;
        QVERIFY(!c.open(tlsOptions(QStringLiteral("localhost"), file(QStringLiteral("other-ca.crt"))), &e));
        QCOMPARE(e.kind, DbError::Kind::Connection);
        QVERIFY2(e.message.contains(QLatin1String("certificate verify failed")), qPrintable(e.message));
        QVERIFY2(e.hint.contains(QLatin1String("not signed by an authority you trust")), qPrintable(e.hint));
    }

    void aMissingAuthorityFileIsNamed()
    {
        Connection c;
        DbError e;
        const QString missing = file(QStringLiteral("no-such-ca.crt"));
        QVERIFY(!c.open(tlsOptions(QStringLiteral("localhost"), missing), &e));
        QVERIFY2(e.message.contains(missing), qPrintable(e.message));
        QVERIFY2(e.hint.contains(QLatin1String("sslrootcert")), qPrintable(e.hint));
    }

    void withoutTlsTheSessionSaysSo()
    {
        Connection c;
        DbError e;
        QVERIFY2(c.open(tlsOptions(QStringLiteral("localhost"), {}, QStringLiteral("disable")), &e),
                 qPrintable(e.userMessage()));
        const TlsInfo tls = c.tlsInfo();
        QVERIFY(!tls.inUse);
        QCOMPARE(tls.summary(), QStringLiteral("not encrypted"));
        QVERIFY(tls.details().contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(!c.tlsInfo().inUse);
        c.close();
        QVERIFY(!c.tlsInfo().inUse); // closed: nothing to tell
    }

    void aServerWithoutTlsRefusesARequiredOne()
    {
        QString failed = setTls(false);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(waitForSsl(false));
        Connection c;
        DbError e;
        QVERIFY(!c.open(tlsOptions(QStringLiteral("localhost"), file(QStringLiteral("ca.crt"))), &e));
        QVERIFY2(e.message.contains(QLatin1String("server does not support SSL")), qPrintable(e.message));
        QVERIFY2(e.hint.contains(QLatin1String("does not accept encrypted connections")), qPrintable(e.hint));
    }

    void loopbackIsThisMachine()
    {
        // What decides whether "not encrypted" is a warning in the status bar.
        for (const char* host : {"localhost", "127.0.0.1", "127.1.2.3", "::1", "/var/run/postgresql"}) {
            ConnectionOptions o;
            o.setValue(QStringLiteral("host"), QString::fromLatin1(host));
            QVERIFY2(o.isThisMachine(), host);
        }
        for (const char* host : {"db.example.com", "127.example.com", "10.0.0.5"}) {
            ConnectionOptions remote;
            remote.setValue(QStringLiteral("host"), QString::fromLatin1(host));
            QVERIFY2(!remote.isThisMachine(), host);
        }
        ConnectionOptions byAddress;
        byAddress.setValue(QStringLiteral("host"), QStringLiteral("localhost"));
        byAddress.setValue(QStringLiteral("hostaddr"), QStringLiteral("10.0.0.5"));
        QVERIFY(!byAddress.isThisMachine());
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_Tls.moc"
