// SPDX-License-Identifier: GPL-3.0-or-later
#include "Advisor.h"

#include "IndexAdvisor.h"
#include "TableAdvisor.h"

#include "db/DbClient.h"
#include "db/ResultTableModel.h"
#include "db/SqlLibrary.h"

namespace sg {

namespace {
const QStringList kQueries = {QStringLiteral("advisor_indexes"), QStringLiteral("advisor_foreign_keys"),
                              QStringLiteral("advisor_tables"), QStringLiteral("advisor_stats_since")};
constexpr unsigned int kText = 25;
} // namespace

Advisor::Advisor(DbClient* client, QObject* parent)
    : QObject(parent),
      m_client(client),
      m_indexModel(new ResultTableModel(this)),
      m_tableModel(new ResultTableModel(this)),
      m_findingModel(new ResultTableModel(this))
{
    m_indexModel->setKeyColumns({QStringLiteral("schema"), QStringLiteral("index")});
    m_tableModel->setKeyColumns({QStringLiteral("schema"), QStringLiteral("table")});
    m_findingModel->setKeyColumns({QStringLiteral("kind"), QStringLiteral("subject")});
    connect(m_client, &DbClient::replied, this, &Advisor::onReply);
    connect(m_client, &DbClient::connected, this, [this] { m_pending.clear(); }); // lost with the old session
}

void Advisor::refresh()
{
    if (isRefreshing() || m_client->state() != ConnectionState::Connected)
        return;
    m_results.clear();
    m_failed = false;
    for (const QString& q : kQueries)
        m_pending.insert(m_client->submit(QStringLiteral("advisor"), SqlLibrary::load(q)), q);
}

ResultSet Advisor::findingsResult(const QList<Finding>& findings)
{
    ResultSet::Data d;
    d.columns = {{QStringLiteral("kind"), kText},   {QStringLiteral("subject"), kText},
                 {QStringLiteral("schema"), kText}, {QStringLiteral("table"), kText},
                 {QStringLiteral("object"), kText}, {QStringLiteral("bytes"), 20},
                 {QStringLiteral("detail"), kText}, {QStringLiteral("fix"), kText}};
    for (const Finding& f : findings)
        d.rows.append({Finding::kindName(f.kind), f.subject(), f.schema, f.table, f.object,
                       f.bytes > 0 ? QVariant(f.bytes) : QVariant(), f.detail, f.fixSql});
    return ResultSet(std::move(d));
}

ResultSet Advisor::annotate(const ResultSet& rows, const QList<Finding>& findings, const QString& objectColumn)
{
    QHash<QString, QStringList> byKey;
    for (const Finding& f : findings) {
        const QString key = f.schema + QChar(0x1f) + f.table + QChar(0x1f) + (objectColumn.isEmpty() ? QString() : f.object);
        if (objectColumn.isEmpty() == f.object.isEmpty())
            byKey[key] << Finding::kindName(f.kind);
    }
    ResultSet::Data d;
    d.columns = QList<ResultSet::Column>{{QStringLiteral("finding"), kText}} + rows.columns();
    const int schema = rows.columnIndex(QStringLiteral("schema")), table = rows.columnIndex(QStringLiteral("table"));
    const int object = objectColumn.isEmpty() ? -1 : rows.columnIndex(objectColumn);
    for (int r = 0; r < rows.rowCount(); ++r) {
        const QString key = rows.value(r, schema).toString() + QChar(0x1f) + rows.value(r, table).toString()
                            + QChar(0x1f) + (object >= 0 ? rows.value(r, object).toString() : QString());
        const QStringList found = byKey.value(key);
        d.rows.append(QList<QVariant>{found.isEmpty() ? QVariant() : QVariant(found.join(QStringLiteral(", ")))}
                      + rows.row(r));
    }
    return ResultSet(std::move(d));
}

void Advisor::onReply(const DbReply& reply)
{
    const auto it = m_pending.find(reply.id);
    if (it == m_pending.end())
        return;
    const QString name = it.value();
    m_pending.erase(it);
    if (!reply.ok()) {
        if (!m_failed)
            Q_EMIT failed(reply.error);
        m_failed = true;
    } else {
        m_results.insert(name, reply.result);
    }
    if (!m_pending.isEmpty() || m_failed)
        return;

    AdvisorSnapshot s;
    s.indexes = m_results.value(kQueries.at(0));
    s.foreignKeys = m_results.value(kQueries.at(1));
    s.tables = m_results.value(kQueries.at(2));
    const ResultSet since = m_results.value(kQueries.at(3));
    s.statsSinceMs = since.value(0, QStringLiteral("since_ms")).toLongLong();
    s.nowMs = since.value(0, QStringLiteral("now_ms")).toLongLong();
    s.statsWereReset = since.value(0, QStringLiteral("was_reset")).toBool();
    for (const ResultSet& rs : std::as_const(m_results))
        s.queryUs += rs.elapsedUs();
    s.findings = IndexAdvisor::analyze(s.indexes, s.foreignKeys, s.statsSinceMs, s.nowMs)
                 + TableAdvisor::analyze(s.tables, s.indexes);
    m_snapshot = s;
    m_indexModel->setResult(annotate(s.indexes, s.findings, QStringLiteral("index")));
    m_tableModel->setResult(annotate(s.tables, s.findings, QString()));
    m_findingModel->setResult(findingsResult(s.findings));
    Q_EMIT updated();
}

} // namespace sg
