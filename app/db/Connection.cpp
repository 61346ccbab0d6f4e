// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include <QDeadlineTimer>

#include <libpq-fe.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThreadPool>

#ifdef _WIN32
#include <winsock2.h>
#define poll WSAPoll
#else
#include <poll.h>
#endif

#include <utility>

namespace sg {

namespace {

QString field(const PGresult* res, int code)
{
    const char* v = PQresultErrorField(res, code);
    return v ? QString::fromUtf8(v) : QString();
}

DbError errorFromResult(const PGresult* res)
{
    DbError e;
    e.kind = DbError::Kind::Query;
    e.sqlState = field(res, PG_DIAG_SQLSTATE);
    e.message = field(res, PG_DIAG_MESSAGE_PRIMARY);
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    e.detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(res, PG_DIAG_MESSAGE_HINT);
    e.context = field(res, PG_DIAG_CONTEXT);
    e.position = field(res, PG_DIAG_STATEMENT_POSITION).toInt();
    return e;
}

} // namespace

Connection::Connection() = default;

Connection::~Connection()
{
    close();
}

DbError Connection::classifyConnectError(const QString& verboseMessage, bool neededPassword)
{
    DbError e;
    // With PQERRORS_VERBOSE libpq writes the server's SQLSTATE after the severity
    // ("FATAL:  28P01: password …") and a LOCATION line: the code is read, then both are dropped.
    // Every SQLSTATE has a digit, which tells it from a severity ("FATAL", "ERROR").
    static const QRegularExpression code(QStringLiteral(R"((?<=:)\s+((?=[A-Z]*[0-9])[0-9A-Z]{5}):(?=\s))"));
    static const QRegularExpression location(QStringLiteral(R"(\n\s*[A-Z]+:\s+[^\n]*\.c:\d+[^\n]*)"));
    QString message = verboseMessage;
    message.remove(location);
    const QRegularExpressionMatch m = code.match(message);
    const QString sqlState = m.hasMatch() ? m.captured(1) : QString();
    if (m.hasMatch())
        message.remove(m.capturedStart(0), m.capturedLength(0));
    e.message = message.trimmed();
    const auto has = [&](const char* s) { return message.contains(QLatin1String(s), Qt::CaseInsensitive); };
    // The server's code and libpq's own flag say it in any language; the texts below are libpq's
    // client-side messages (English unless libpq is translated) and old servers.
    if (sqlState == QLatin1String("28P01") || neededPassword || (sqlState.isEmpty() &&
        (has("password authentication failed") || has("no password supplied") || has("password is required")))) {
        e.kind = DbError::Kind::Authentication;
        e.sqlState = QStringLiteral("28P01");
        e.hint = tr(
            "Check the password, or put it in ~/.pgpass (or a service file) so it is not typed each time.");
    } else if (sqlState.startsWith(QLatin1String("28")) ||
               (sqlState.isEmpty() &&
                (has("pg_hba.conf") || (has("role") && has("does not exist")) || has("authentication failed")))) {
        e.kind = DbError::Kind::Authentication;
        e.sqlState = QStringLiteral("28000");
    } else if (sqlState == QLatin1String("3D000") || (sqlState.isEmpty() && has("database") && has("does not exist"))) {
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("3D000");
    } else if (has("could not translate host name") || has("Name or service not known")) {
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("08001");
        e.hint = tr("The host name could not be resolved: check its spelling and your DNS.");
    } else if (has("does not match host name")) {
        // sslmode=verify-full: libpq names the certificate's host and the one asked for.
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("08P01");
        e.hint = tr("The server's certificate is for another host name. Connect with a name the "
                    "certificate lists, or have a certificate issued for this one; lowering sslmode "
                    "would also skip the check that this is your server.");
    } else if (has("certificate verify failed")) {
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("08P01");
        e.hint = tr("The server's certificate is not signed by an authority you trust: set "
                    "sslrootcert to the file of the CA that issued it (its administrator has it).");
    } else if (has("server does not support SSL")) {
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("08P01");
        e.hint = tr("This server does not accept encrypted connections: ask its administrator to "
                    "turn ssl on, or reach it through an SSH tunnel.");
    } else if (has("SSL")) {
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("08P01");
        e.hint = tr("Check sslmode and the certificate files (sslrootcert, sslcert, sslkey).");
    } else if (!sqlState.isEmpty()) {
        e.kind = DbError::Kind::Connection; // too many connections (53300), starting up (57P03) …
        e.sqlState = sqlState;
    } else {
        e.kind = DbError::Kind::Connection;
        e.sqlState = QStringLiteral("08001");
        if (has("Connection refused"))
            e.hint = tr("Nothing accepts connections at that address and port: is the server running?");
        else if (has("timeout expired"))
            e.hint = tr("The server did not answer in time: check the host, the port and any firewall.");
    }
    return e;
}

bool Connection::open(const ConnectionOptions& options, DbError* error)
{
    close();
    if (!options.isValid()) {
        if (error) {
            error->kind = DbError::Kind::BadOptions;
            error->message = tr("no connection options were given");
        }
        return false;
    }
    QList<QByteArray> keys, values;
    for (const auto& kv : options.values()) {
        if (kv.first == QLatin1String("application_name") || kv.first == QLatin1String("client_encoding"))
            continue;
        keys << kv.first.toUtf8();
        values << kv.second.toUtf8();
    }
    keys << "application_name"
         << "client_encoding";
    const QByteArray appName = options.session.applicationName.toUtf8();
    values << appName << "UTF8";
    // libpq enforces connect_timeout only in its blocking calls; we poll, so we enforce it. As in
    // libpq, 0 (or a negative value) waits for ever and 1 means 2 s; unset, 10 s.
    const int givenTimeoutS = options.value(QStringLiteral("connect_timeout")).toInt();
    const int connectTimeoutMs = !options.contains(QStringLiteral("connect_timeout")) ? 10000
                                 : givenTimeoutS <= 0                                   ? -1
                                                                                        : qMax(2, givenTimeoutS) * 1000;
    QList<const char*> k, v;
    for (int i = 0; i < keys.size(); ++i) {
        k << keys.at(i).constData();
        v << values.at(i).constData();
    }
    k << nullptr;
    v << nullptr;

    m_conn = PQconnectStartParams(k.constData(), v.constData(), 0);
    if (m_conn)
        PQsetErrorVerbosity(m_conn, PQERRORS_VERBOSE); // the server's SQLSTATE in the message
    const QString failure = waitForConnect(connectTimeoutMs);
    if (!failure.isEmpty()) {
        if (error)
            *error = classifyConnectError(failure, m_conn && PQconnectionNeedsPassword(m_conn));
        close();
        return false;
    }
    PQsetErrorVerbosity(m_conn, PQERRORS_DEFAULT);
    PQsetNoticeReceiver(m_conn, &Connection::noticeReceiver, this);
    {
        QMutexLocker lock(&m_cancel->mutex);
        m_cancel->cancel = PQgetCancel(m_conn);
    }

    const SessionSettings& s = options.session;
    if (s.apply && !options.isPgBouncerConsole()) {
        QStringList sets;
        if (s.statementTimeoutMs > 0)
            sets << QStringLiteral("SET statement_timeout = %1").arg(s.statementTimeoutMs);
        if (s.lockTimeoutMs > 0)
            sets << QStringLiteral("SET lock_timeout = %1").arg(s.lockTimeoutMs);
        if (s.readOnly)
            sets << QStringLiteral("SET default_transaction_read_only = on");
        if (!sets.isEmpty()) {
            DbRequest setup;
            setup.sql = sets.join(QStringLiteral("; "));
            DbError setupError;
            execute(setup, &setupError);
            if (setupError.isError()) {
                if (error)
                    *error = setupError;
                close();
                return false;
            }
        }
    }
    return true;
}

QString Connection::waitForConnect(int timeoutMs)
{
    if (!m_conn)
        return tr("out of memory");
    QElapsedTimer clock;
    clock.start();
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (PQstatus(m_conn) != CONNECTION_BAD) {
        if (status == PGRES_POLLING_OK)
            return {};
        if (status == PGRES_POLLING_FAILED)
            break;
        if (m_abort && m_abort->load())
            return tr("connection attempt abandoned");
        if (timeoutMs >= 0 && clock.elapsed() > timeoutMs)
            return tr("timeout expired after %1 s").arg(timeoutMs / 1000);
        // Short slices so an abandoned attempt (window closing) returns promptly.
        pollfd pfd{PQsocket(m_conn), short(status == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (::poll(&pfd, 1, 100) == 0)
            continue;
        status = PQconnectPoll(m_conn);
    }
    return QString::fromUtf8(PQerrorMessage(m_conn));
}

void Connection::close()
{
    {
        QMutexLocker lock(&m_cancel->mutex);
        if (m_cancel->cancel)
            PQfreeCancel(m_cancel->cancel);
        m_cancel->cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

namespace {

QString nameOf(X509_NAME* name)
{
    if (!name)
        return {};
    // RFC 2253 order and escaping, the way openssl x509 -nameopt RFC2253 prints it.
    BIO* out = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(out, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(out, &data);
    const QString text = QString::fromUtf8(data, qsizetype(length));
    BIO_free(out);
    return text;
}

} // namespace

TlsInfo Connection::tlsInfo() const
{
    TlsInfo info;
    if (!m_conn || !PQsslInUse(m_conn))
        return info;
    info.inUse = true;
    info.protocol = QString::fromUtf8(PQsslAttribute(m_conn, "protocol"));
    info.cipher = QString::fromUtf8(PQsslAttribute(m_conn, "cipher"));
    info.keyBits = QByteArray(PQsslAttribute(m_conn, "key_bits")).toInt();
    // libpq names the library it uses; only OpenSSL's structure is read here.
    auto* ssl = static_cast<SSL*>(PQsslStruct(m_conn, "OpenSSL"));
    if (X509* cert = ssl ? SSL_get1_peer_certificate(ssl) : nullptr) {
        info.subject = nameOf(X509_get_subject_name(cert));
        info.issuer = nameOf(X509_get_issuer_name(cert));
        struct tm notAfter = {};
        if (ASN1_TIME_to_tm(X509_get0_notAfter(cert), &notAfter) == 1)
            info.expires = QStringLiteral("%1-%2-%3 %4:%5 UTC")
                               .arg(notAfter.tm_year + 1900)
                               .arg(notAfter.tm_mon + 1, 2, 10, QLatin1Char('0'))
                               .arg(notAfter.tm_mday, 2, 10, QLatin1Char('0'))
                               .arg(notAfter.tm_hour, 2, 10, QLatin1Char('0'))
                               .arg(notAfter.tm_min, 2, 10, QLatin1Char('0'));
        X509_free(cert);
    }
    return info;
}

bool Connection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool Connection::sendCancel(CancelHandle& handle, const std::function<bool()>& stillWanted)
{
    QMutexLocker lock(&handle.mutex);
    if (!handle.cancel || (stillWanted && !stillWanted()))
        return false;
    char err[256];
    return PQcancel(handle.cancel, err, sizeof err) == 1;
}

bool Connection::cancel()
{
    return sendCancel(*m_cancel, {});
}

void Connection::cancelInBackground(std::function<bool()> stillWanted)
{
    // A pool of its own: a cancel must not wait behind other background work.
    static QThreadPool pool;
    pool.setMaxThreadCount(8);
    ++m_cancel->inFlight;
    pool.start([handle = m_cancel, wanted = std::move(stillWanted)] {
        sendCancel(*handle, wanted);
        QMutexLocker lock(&handle->flightMutex);
        --handle->inFlight;
        handle->sent.wakeAll();
    });
}

void Connection::waitForCancelsInFlight()
{
    // The server signals a cancel to the backend twice (to its pid, then to its process group).
    // Under load the second can land seconds later, on whatever runs then: the next statement
    // would be cancelled for nothing. PQcancel returns only once both went out, and a signal that
    // reaches an idle backend is dropped, so the next statement waits for that return. Bounded:
    // a server that never answers the cancel must not wedge the connection.
    if (m_cancel->inFlight.load() == 0)
        return;
    QMutexLocker lock(&m_cancel->flightMutex);
    QDeadlineTimer deadline(5000);
    while (m_cancel->inFlight.load() > 0)
        if (!m_cancel->sent.wait(&m_cancel->flightMutex, deadline))
            break;
}

int Connection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

int Connection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

QString Connection::escapeWith(char* (*escape)(PGconn*, const char*, size_t), const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    char* quoted = m_conn ? escape(m_conn, utf8.constData(), size_t(utf8.size())) : nullptr;
    if (!quoted)
        return {};
    QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

QString Connection::escapeIdentifier(const QString& identifier) const
{
    return escapeWith(&PQescapeIdentifier, identifier);
}

QString Connection::escapeLiteral(const QString& literal) const
{
    return escapeWith(&PQescapeLiteral, literal);
}

bool Connection::consumeIdleInput()
{
    if (!m_conn)
        return false;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        return false;
    // An idle session only receives notifications and, when the server shuts down, a FATAL error.
    while (PGnotify* n = PQnotifies(m_conn))
        PQfreemem(n);
    if (!PQisBusy(m_conn)) {
        while (PGresult* r = PQgetResult(m_conn))
            PQclear(r);
    }
    return PQstatus(m_conn) == CONNECTION_OK;
}

void Connection::noticeReceiver(void* self, const PGresult* result)
{
    auto* conn = static_cast<Connection*>(self);
    if (!conn->m_noticeHandler)
        return;
    DbNotice n;
    n.requestId = conn->m_currentRequest;
    n.severity = field(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    n.sqlState = field(result, PG_DIAG_SQLSTATE);
    n.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    conn->m_noticeHandler(n);
}

ResultSet Connection::execute(const QString& sql, const QList<QVariant>& params, DbError* error,
                              int timeoutMs)
{
    DbRequest r;
    r.sql = sql;
    r.params = params;
    r.timeoutMs = timeoutMs;
    return execute(r, error);
}

ResultSet Connection::execute(const DbRequest& request, DbError* error)
{
    DbError local;
    DbError& err = error ? *error : local;
    err = DbError();
    if (!isOpen()) {
        err.kind = DbError::Kind::ConnectionLost;
        err.sqlState = QStringLiteral("08003");
        err.message = tr("not connected to the server");
        return {};
    }
    waitForCancelsInFlight();
    m_currentRequest = request.id;
    m_copyData = request.hasCopyData ? &request.copyData : nullptr;
    QElapsedTimer clock;
    clock.start();
    const QByteArray sql = request.sql.toUtf8();
    int sent = 0;
    if (request.params.isEmpty() && !request.singleStatement) {
        sent = PQsendQuery(m_conn, sql.constData());
    } else {
        QList<QByteArray> storage;
        QList<const char*> values;
        storage.reserve(request.params.size());
        for (const QVariant& p : request.params) {
            if (p.isNull()) {
                values << nullptr;
                continue;
            }
            storage << (p.typeId() == QMetaType::Bool ? QByteArray(p.toBool() ? "true" : "false")
                                                      : p.toString().toUtf8());
            values << storage.last().constData();
        }
        sent = PQsendQueryParams(m_conn, sql.constData(), int(values.size()), nullptr, values.constData(),
                                 nullptr, nullptr, 0);
    }
    if (!sent) {
        err.kind = PQstatus(m_conn) == CONNECTION_OK ? DbError::Kind::Query : DbError::Kind::ConnectionLost;
        err.sqlState = err.kind == DbError::Kind::ConnectionLost ? QStringLiteral("08006") : QString();
        err.message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return {};
    }

    bool timedOut = false;
    // Wait on the socket rather than block in libpq, so the request's own deadline can cancel it.
    for (;;) {
        if (!PQconsumeInput(m_conn))
            break;
        if (!PQisBusy(m_conn))
            break;
        int waitMs = 1000;
        if (request.timeoutMs > 0 && !timedOut) {
            const qint64 left = request.timeoutMs - clock.elapsed();
            if (left <= 0) {
                timedOut = true;
                cancel();
                continue;
            }
            waitMs = int(qMin<qint64>(left, waitMs));
        }
        pollfd pfd{PQsocket(m_conn), POLLIN, 0};
        ::poll(&pfd, 1, waitMs);
    }
    ResultSet rs = collectResults(&err, timedOut, clock);
    m_currentRequest = 0;
    m_copyData = nullptr;
    return rs;
}

ResultSet Connection::collectResults(DbError* error, bool timedOut, const QElapsedTimer& clock)
{
    ResultSet::Data data;
    while (PGresult* res = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            if (!error->isError()) {
                data = ResultSet::Data();
                const int nCols = PQnfields(res);
                const int nRows = PQntuples(res);
                data.columns.reserve(nCols);
                for (int c = 0; c < nCols; ++c)
                    data.columns.append({QString::fromUtf8(PQfname(res, c)), PQftype(res, c)});
                data.rows.reserve(nRows);
                for (int r = 0; r < nRows; ++r) {
                    QList<QVariant> row;
                    row.reserve(nCols);
                    for (int c = 0; c < nCols; ++c) {
                        if (PQgetisnull(res, r, c))
                            row.append(QVariant());
                        else
                            row.append(ResultSet::convert(data.columns.at(c).typeOid, PQgetvalue(res, r, c),
                                                          PQgetlength(res, r, c)));
                    }
                    data.rows.append(std::move(row));
                }
                data.commandTag = QString::fromUtf8(PQcmdStatus(res));
                const char* affected = PQcmdTuples(res);
                data.rowsAffected = (affected && *affected) ? QByteArray(affected).toLongLong() : -1;
            }
        } else if (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR) {
            if (!error->isError())
                *error = errorFromResult(res);
        } else if (status == PGRES_COPY_IN && m_copyData) {
            // The rows of a migration's COPY … FROM stdin; the COPY's own result follows.
            const QByteArray* rows = std::exchange(m_copyData, nullptr);
            if (PQputCopyData(m_conn, rows->constData(), int(rows->size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1) {
                if (!error->isError()) {
                    error->kind = DbError::Kind::Query;
                    error->message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
                }
            }
        } else if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH) {
            // COPY without rows to send is not supported: end it so the session stays usable.
            if (status == PGRES_COPY_IN)
                PQputCopyEnd(m_conn, "COPY is not supported by this request");
            if (!error->isError()) {
                error->kind = DbError::Kind::Query;
                error->message = tr("COPY FROM STDIN / TO STDOUT cannot run here");
            }
        }
        PQclear(res);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        DbError lost;
        lost.kind = DbError::Kind::ConnectionLost;
        lost.sqlState = error->sqlState.isEmpty() ? QStringLiteral("08006") : error->sqlState;
        lost.message =
            error->message.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : error->message;
        *error = lost;
        return {};
    }
    data.elapsedUs = clock.nsecsElapsed() / 1000;
    if (error->isError()) {
        if (error->sqlState == QLatin1String("57014")) {
            error->kind = timedOut || error->message.contains(QLatin1String("statement timeout"))
                              ? DbError::Kind::Timeout
                              : DbError::Kind::Cancelled;
        } else if (error->sqlState.startsWith(QLatin1String("57P"))) {
            error->kind = DbError::Kind::ConnectionLost; // admin shutdown, crash shutdown
        }
        return {};
    }
    return ResultSet(std::move(data));
}

} // namespace sg
