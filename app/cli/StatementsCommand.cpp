// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementsCommand.h"

#include "db/Capabilities.h"
#include "db/Connection.h"
#include "db/SqlLibrary.h"
#include "monitor/StatementsMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sg::cli {

namespace {

int runStatements(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The statements pg_stat_statements has seen, most expensive first: calls, "
           "times, rows, buffers, temporary files, I/O and WAL."));
    parser.addHelpOption();
    const QCommandLineOption connect({QStringLiteral("c"), QStringLiteral("connect")},
                                     tr("server (URI or key=value; PG* variables and ~/.pgpass apply)"),
                                     QStringLiteral("conninfo"));
    const QCommandLineOption top(QStringLiteral("top"), tr("how many (default 20)"), QStringLiteral("n"));
    const QCommandLineOption orderBy(
        QStringLiteral("order-by"),
        tr("column to sort by, largest first (default total_ms): calls, total_ms, "
           "mean_ms, max_ms, stddev_ms, plan_ms, rows, shared_read, temp_written, "
           "io_read_ms, wal_bytes …"),
        QStringLiteral("column"));
    const QCommandLineOption json(QStringLiteral("json"), tr("as JSON, with the whole statement text"));
    parser.addOptions({connect, top, orderBy, json});
    auto usage = [&](const QString& m) {
        err << "sightglass statements: " << m << "\n\n" << parser.helpText();
        return int(Usage);
    };
    if (!parser.parse(QStringList{QStringLiteral("sightglass statements")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    bool ok = true;
    const int n = parser.isSet(top) ? parser.value(top).toInt(&ok) : 20;
    if (!ok || n < 1)
        return usage(tr("--top takes a positive number"));
    DbError e;
    ConnectionOptions options = ConnectionOptions::parse(parser.value(connect), &e);
    if (!options.isValid())
        return usage(e.userMessage());
    options.session.readOnly = true;
    Connection c;
    if (!c.open(options, &e)) {
        err << "sightglass statements: " << e.userMessage() << "\n";
        return Failure;
    }
    const ResultSet rs =
        c.execute(SqlLibrary::load(QStringLiteral("statements_top"), c.serverVersion() / 10000), {}, &e);
    if (e.isError()) {
        err << "sightglass statements: " << e.userMessage() << "\n";
        // The same advice as the panel's, for which of the two steps this server still needs.
        DbError probeError;
        const ResultSet caps = c.execute(SqlLibrary::load(QStringLiteral("capabilities")), {}, &probeError);
        const QString advice = StatementsMonitor::missingExtensionAdvice(
            e, probeError.isError() ? Capabilities() : Capabilities::fromResult(caps));
        if (!advice.isEmpty())
            err << advice << "\n";
        return Failure;
    }
    const QString column =
        parser.value(orderBy).isEmpty() ? QStringLiteral("total_ms") : parser.value(orderBy);
    const int sortColumn = rs.columnIndex(column);
    if (sortColumn < 0 || column == QLatin1String("query") || column == QLatin1String("query_text"))
        return usage(tr("no such column to order by: %1").arg(column));
    QList<int> rows(rs.rowCount());
    for (int i = 0; i < rows.size(); ++i)
        rows[i] = i;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant va = rs.value(a, sortColumn), vb = rs.value(b, sortColumn);
        if (va.isNull() != vb.isNull())
            return vb.isNull(); // NULLs last
        if (ResultSet::isNumericType(rs.columnType(sortColumn)))
            return va.toDouble() > vb.toDouble();
        return va.toString() > vb.toString();
    });
    rows = rows.mid(0, n);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (int row : std::as_const(rows)) {
            QJsonObject o;
            for (int col = 0; col < rs.columnCount(); ++col) {
                if (rs.columnName(col) == QLatin1String("query"))
                    continue; // query_text has all of it
                o.insert(rs.columnName(col) == QLatin1String("query_text") ? QStringLiteral("query")
                                                                           : rs.columnName(col),
                         QJsonValue::fromVariant(rs.value(row, col)));
            }
            a.append(o);
        }
        out << QJsonDocument(a).toJson();
        return Ok;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(QStringLiteral("calls"), 10)
               .arg(QStringLiteral("total ms"), 12)
               .arg(QStringLiteral("mean ms"), 10)
               .arg(QStringLiteral("rows"), 10)
               .arg(QStringLiteral("read"), 9)
               .arg(QStringLiteral("query"));
    for (int row : std::as_const(rows)) {
        auto v = [&](const char* c) { return rs.value(row, QString::fromLatin1(c)).toString(); };
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(v("calls"), 10)
                   .arg(v("total_ms"), 12)
                   .arg(v("mean_ms"), 10)
                   .arg(v("rows"), 10)
                   .arg(v("shared_read"), 9)
                   .arg(v("query").left(120));
    }
    return Ok;
}

} // namespace

Command statementsCommand()
{
    return {QStringLiteral("statements"), tr("the most expensive statements from pg_stat_statements"),
            runStatements};
}

} // namespace sg::cli
