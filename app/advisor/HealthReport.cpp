// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthReport.h"

#include "IndexAdvisor.h"

#include "db/DbClient.h"
#include "db/SqlLibrary.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace sg {

namespace {

// Installed is not enough: without the preload the extension's views raise an error.
QString statementsState(const QJsonObject& pss)
{
    const bool installed = pss.value(QStringLiteral("installed")).toBool();
    const QJsonValue preloaded = pss.value(QStringLiteral("preloaded"));
    if (installed && preloaded.isBool() && !preloaded.toBool())
        return HealthReport::tr("installed but not loaded: add it to shared_preload_libraries and restart "
                                "the server (its views fail until then)");
    if (installed)
        return HealthReport::tr("installed and loaded");
    if (preloaded.toBool())
        return HealthReport::tr("loaded but not installed in this database: CREATE EXTENSION pg_stat_statements");
    return HealthReport::tr("not installed (add it to shared_preload_libraries, restart, then "
                            "CREATE EXTENSION pg_stat_statements)");
}

} // namespace

namespace {

QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString pct(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() ? QStringLiteral("–") : QString::number(v.toDouble(), 'f', 2) + QStringLiteral(" %");
}

} // namespace

HealthReport::HealthReport(DbClient* client, QObject* parent) : QObject(parent), m_client(client), m_advisor(client, nullptr)
{
    connect(&m_advisor, &Advisor::updated, this, [this] {
        m_haveFindings = true;
        maybeReady();
    });
    connect(&m_advisor, &Advisor::failed, this, &HealthReport::failed);
    connect(m_client, &DbClient::replied, this, [this](const DbReply& r) {
        if (r.id != m_overviewRequest)
            return;
        m_overviewRequest = 0;
        if (!r.ok()) {
            Q_EMIT failed(r.error);
            return;
        }
        m_overview = r.result;
        m_haveOverview = true;
        maybeReady();
    });
}

void HealthReport::collect()
{
    m_haveOverview = m_haveFindings = false;
    m_generatedMs = QDateTime::currentMSecsSinceEpoch();
    m_overviewRequest = m_client->submit(QStringLiteral("report"), SqlLibrary::load(QStringLiteral("report_overview")));
    m_advisor.refresh();
}

void HealthReport::maybeReady()
{
    if (m_haveOverview && m_haveFindings)
        Q_EMIT ready();
}

QJsonObject HealthReport::toJson() const
{
    auto v = [&](const char* c) { return m_overview.value(0, QString::fromLatin1(c)); };
    const AdvisorSnapshot& s = m_advisor.snapshot();
    QJsonArray findings;
    for (const Finding& f : s.findings) {
        findings.append(QJsonObject{{QStringLiteral("kind"), Finding::kindId(f.kind)},
                                    {QStringLiteral("title"), Finding::kindName(f.kind)},
                                    {QStringLiteral("schema"), f.schema},
                                    {QStringLiteral("table"), f.table},
                                    {QStringLiteral("object"), f.object},
                                    {QStringLiteral("detail"), f.detail},
                                    {QStringLiteral("fix_sql"), f.fixSql},
                                    {QStringLiteral("bytes"), double(f.bytes)}});
    }
    const int connections = v("connections").toInt(), usable = v("usable_connections").toInt();
    auto maybe = [](const QVariant& x) { return x.isNull() ? QJsonValue() : QJsonValue(x.toString().toDouble()); };
    return QJsonObject{
        {QStringLiteral("generated_at"), QDateTime::fromMSecsSinceEpoch(m_generatedMs).toString(Qt::ISODate)},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("version"), v("server_version").toString()},
                     {QStringLiteral("database"), v("database").toString()},
                     {QStringLiteral("user"), v("user").toString()},
                     {QStringLiteral("started_at"),
                      QDateTime::fromMSecsSinceEpoch(v("started_ms").toLongLong()).toString(Qt::ISODate)}}},
        {QStringLiteral("settings"), QJsonDocument::fromJson(v("settings").toString().toUtf8()).object()},
        {QStringLiteral("pg_stat_statements"),
         QJsonObject{{QStringLiteral("installed"), v("pg_stat_statements_installed").toBool()},
                     {QStringLiteral("preloaded"), QJsonValue::fromVariant(v("pg_stat_statements_preloaded"))}}},
        {QStringLiteral("cache_hit_pct"),
         QJsonObject{{QStringLiteral("all_databases"), maybe(v("cache_hit_pct"))},
                     {QStringLiteral("tables"), maybe(v("table_hit_pct"))},
                     {QStringLiteral("indexes"), maybe(v("index_hit_pct"))}}},
        {QStringLiteral("connections"),
         QJsonObject{{QStringLiteral("in_use"), connections},
                     {QStringLiteral("usable"), usable},
                     {QStringLiteral("utilization_pct"), usable > 0 ? 100.0 * connections / usable : 0.0}}},
        {QStringLiteral("statistics_since"), QDateTime::fromMSecsSinceEpoch(s.statsSinceMs).toString(Qt::ISODate)},
        {QStringLiteral("findings"), findings}};
}

QString HealthReport::toMarkdown() const
{
    const QJsonObject j = toJson();
    const QJsonObject server = j.value(QStringLiteral("server")).toObject();
    QString out;
    QTextStream t(&out);
    t << "# " << tr("Health report: %1").arg(server.value(QStringLiteral("database")).toString()) << "\n\n";
    t << tr("Generated %1 by Sightglass. PostgreSQL %2, up since %3; usage statistics since %4 (%5).")
             .arg(dateTime(m_generatedMs), server.value(QStringLiteral("version")).toString(),
                  server.value(QStringLiteral("started_at")).toString(),
                  dateTime(m_advisor.snapshot().statsSinceMs),
                  IndexAdvisor::coverage(m_advisor.snapshot().statsSinceMs, m_advisor.snapshot().nowMs))
      << "\n\n## " << tr("Settings") << "\n\n| setting | value |\n|---|---|\n";
    const QJsonObject settings = j.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        t << "| " << it.key() << " | " << it.value().toString() << " |\n";
    const QJsonObject c = j.value(QStringLiteral("connections")).toObject();
    const QJsonObject cache = j.value(QStringLiteral("cache_hit_pct")).toObject();
    const QJsonObject pss = j.value(QStringLiteral("pg_stat_statements")).toObject();
    t << "\n## " << tr("Connections and cache") << "\n\n"
      << "- " << tr("Connections: %1 of %2 usable (%3 %)").arg(c.value(QStringLiteral("in_use")).toInt())
                      .arg(c.value(QStringLiteral("usable")).toInt())
                      .arg(c.value(QStringLiteral("utilization_pct")).toDouble(), 0, 'f', 1)
      << "\n- " << tr("Cache hit ratio: all databases %1, tables %2, indexes %3")
                       .arg(pct(cache.value(QStringLiteral("all_databases"))), pct(cache.value(QStringLiteral("tables"))),
                            pct(cache.value(QStringLiteral("indexes"))))
      << "\n- " << tr("pg_stat_statements: %1").arg(statementsState(pss))
      << "\n\n## " << tr("Findings (%1)").arg(m_advisor.snapshot().findings.size()) << "\n";
    if (m_advisor.snapshot().findings.isEmpty())
        t << "\n" << tr("Nothing to report.") << "\n";
    for (const Finding& f : m_advisor.snapshot().findings) {
        t << "\n### " << Finding::kindName(f.kind) << ": " << f.subject() << "\n\n" << f.detail << "\n";
        if (!f.fixSql.isEmpty())
            t << "\n```sql\n" << f.fixSql << "\n```\n";
    }
    return out;
}

QString HealthReport::toHtml() const
{
    // The Markdown, rendered by hand into a small self-contained page (no external assets).
    const QStringList lines = toMarkdown().split(QLatin1Char('\n'));
    QString out;
    QTextStream t(&out);
    t << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
      << tr("Sightglass health report").toHtmlEscaped()
      << "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px}"
         "pre{background:#f4f4f4;padding:8px}</style></head><body>\n";
    bool inCode = false, inTable = false;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("```"))) {
            t << (inCode ? "</code></pre>\n" : "<pre><code>");
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            t << line.toHtmlEscaped() << "\n";
            continue;
        }
        const bool tableLine = line.startsWith(QLatin1Char('|'));
        if (inTable && !tableLine) {
            t << "</table>\n";
            inTable = false;
        }
        if (tableLine) {
            if (line.startsWith(QLatin1String("|---")))
                continue;
            if (!inTable)
                t << "<table>\n";
            inTable = true;
            t << "<tr>";
            for (const QString& cell : line.mid(1, line.size() - 2).split(QLatin1Char('|')))
                t << "<td>" << cell.trimmed().toHtmlEscaped() << "</td>";
            t << "</tr>\n";
        } else if (line.startsWith(QLatin1String("### "))) {
            t << "<h3>" << line.mid(4).toHtmlEscaped() << "</h3>\n";
        } else if (line.startsWith(QLatin1String("## "))) {
            t << "<h2>" << line.mid(3).toHtmlEscaped() << "</h2>\n";
        } else if (line.startsWith(QLatin1String("# "))) {
            t << "<h1>" << line.mid(2).toHtmlEscaped() << "</h1>\n";
        } else if (line.startsWith(QLatin1String("- "))) {
            t << "<p>• " << line.mid(2).toHtmlEscaped() << "</p>\n";
        } else if (!line.isEmpty()) {
            t << "<p>" << line.toHtmlEscaped() << "</p>\n";
        }
    }
    if (inTable)
        t << "</table>\n";
    t << "</body></html>\n";
    return out;
}

QString HealthReport::render(Format format) const
{
    switch (format) {
    case Format::Json: return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    case Format::Html: return toHtml();
    case Format::Markdown: return toMarkdown();
    }
    return {};
}

bool HealthReport::parseFormat(const QString& name, Format* format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (n == QLatin1String("html") || n == QLatin1String("htm"))
        *format = Format::Html;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

HealthReport::Format HealthReport::formatForPath(const QString& path)
{
    Format f = Format::Markdown;
    parseFormat(QFileInfo(path).suffix(), &f);
    return f;
}

} // namespace sg
