// SPDX-License-Identifier: GPL-3.0-or-later
#include "Advisor.h"

#include "IndexAdvisor.h"
#include "TableAdvisor.h"

#include "BackgroundJob.h"
#include "db/DbClient.h"
#include "db/PgTypes.h"
#include "db/ResultTableModel.h"
#include "db/SqlLibrary.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace sg {

namespace {
// The catalog reads of one refresh (sql/<name>.sql); the replies are filed under these names.
const QString kIndexesQuery = QStringLiteral("advisor_indexes");
const QString kForeignKeysQuery = QStringLiteral("advisor_foreign_keys");
const QString kTablesQuery = QStringLiteral("advisor_tables");
const QString kStatsSinceQuery = QStringLiteral("advisor_stats_since");
const QStringList kQueries = {kIndexesQuery, kForeignKeysQuery, kTablesQuery, kStatsSinceQuery};
constexpr unsigned int kText = pgtype::Text;
const QStringList kIndexKey = {QStringLiteral("schema"), QStringLiteral("index")};
const QStringList kTableKey = {QStringLiteral("schema"), QStringLiteral("table")};
const QStringList kFindingKey = {QStringLiteral("kind"), QStringLiteral("subject")};
} // namespace

Advisor::Advisor(DbClient* client, DbClient* parallel, QObject* parent)
    : QObject(parent),
      m_client(client),
      m_parallel(parallel),
      m_indexModel(new ResultTableModel(this)),
      m_tableModel(new ResultTableModel(this)),
      m_findingModel(new ResultTableModel(this)),
      m_indexFindingModel(new ResultTableModel(this)),
      m_tableFindingModel(new ResultTableModel(this))
{
    m_indexModel->setKeyColumns(kIndexKey);
    m_tableModel->setKeyColumns(kTableKey);
    // Sizes come as bytes (the server formats nothing: pg_size_pretty costs a second size lookup
    // per relation); the models show them readably and sort them as numbers.
    const QHash<QString, QString> titles{{QStringLiteral("size_bytes"), tr("Size")},
                                         {QStringLiteral("bloat_bytes"), tr("Bloat (estimate)")}};
    for (ResultTableModel* m : {m_indexModel, m_tableModel}) {
        m->setColumnFormat({QStringLiteral("size_bytes"), QStringLiteral("bloat_bytes")},
                           ResultTableModel::ColumnFormat::Bytes);
        m->setColumnTitles(titles);
    }
    for (ResultTableModel* m : {m_findingModel, m_indexFindingModel, m_tableFindingModel}) {
        m->setKeyColumns(kFindingKey);
        m->setColumnFormat(
            {QStringLiteral("bytes")},
            ResultTableModel::ColumnFormat::Bytes); // "25 MiB" beside the objects' KiB, not 26124288
        m->setColumnTitles({{QStringLiteral("bytes"), tr("Size")}});
    }
    connect(m_client, &DbClient::replied, this, &Advisor::onReply);
    if (m_parallel)
        connect(m_parallel, &DbClient::replied, this, &Advisor::onReply);
}

ResultTableModel* Advisor::findingModel(Group group) const
{
    switch (group) {
    case Group::Indexes: return m_indexFindingModel;
    case Group::Tables: return m_tableFindingModel;
    case Group::All: break;
    }
    return m_findingModel;
}

bool Advisor::belongsTo(Finding::Kind kind, Group group)
{
    const bool table = kind == Finding::Kind::TableBloat || kind == Finding::Kind::IndexBloat
                       || kind == Finding::Kind::VacuumDue;
    return group == Group::All || (group == Group::Tables) == table;
}

void Advisor::refresh()
{
    if (isRefreshing() || m_client->state() != ConnectionState::Connected)
        return;
    m_results.clear();
    m_failed = false;
    const bool split = m_parallel && m_parallel->state() == ConnectionState::Connected;
    for (const QString& q : kQueries) {
        // The index read is the longest: on its own connection the refresh takes as long as it does.
        DbClient* c = split && q == kIndexesQuery ? m_parallel : m_client;
        m_pending.insert(c->submit(QStringLiteral("advisor"), SqlLibrary::load(q)), q);
    }
}

ResultSet Advisor::findingsResult(const QList<Finding>& findings)
{
    ResultSet::Data d;
    d.columns = {{QStringLiteral("kind"), kText},   {QStringLiteral("subject"), kText},
                 {QStringLiteral("schema"), kText}, {QStringLiteral("table"), kText},
                 {QStringLiteral("object"), kText}, {QStringLiteral("bytes"), pgtype::Int8},
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

    // Tens of thousands of rows take a while to analyse and annotate: do it on a pool thread on
    // the immutable snapshots, and only swap the results in here.
    const QHash<QString, ResultSet> results = m_results;
    const quint64 generation = ++m_generation;
    const Bases bases{.indexes = m_indexModel->base(),
                      .tables = m_tableModel->base(),
                      .findings = m_findingModel->base(),
                      .indexFindings = m_indexFindingModel->base(),
                      .tableFindings = m_tableFindingModel->base()};
    runInBackground(
        this, [results, bases] { return std::make_shared<Analysis>(analyse(results, bases)); },
        [this, generation](std::shared_ptr<Analysis> analysed) {
            if (generation == m_generation) { // else a newer refresh's analysis is on its way
                std::swap(m_snapshot, analysed->snapshot);
                m_indexModel->setPrepared(analysed->indexes);
                m_tableModel->setPrepared(analysed->tables);
                m_findingModel->setPrepared(analysed->findings);
                m_indexFindingModel->setPrepared(analysed->indexFindings);
                m_tableFindingModel->setPrepared(analysed->tableFindings);
                Q_EMIT updated();
            }
            // The previous snapshot (now in analysed) and the models' previous rows (referenced by
            // the prepared updates) are the last references to tens of thousands of rows: freeing them takes
            // milliseconds, so a pool thread does it.
            runInBackground([old = std::move(analysed)]() mutable { old.reset(); });
        });
}

Advisor::Analysis Advisor::analyse(const QHash<QString, ResultSet>& results, const Bases& bases)
{
    Analysis a;
    AdvisorSnapshot& s = a.snapshot;
    s.indexes = results.value(kIndexesQuery);
    s.foreignKeys = results.value(kForeignKeysQuery);
    s.tables = results.value(kTablesQuery);
    const ResultSet since = results.value(kStatsSinceQuery);
    s.statsSinceMs = since.value(0, QStringLiteral("since_ms")).toLongLong();
    s.nowMs = since.value(0, QStringLiteral("now_ms")).toLongLong();
    s.statsWereReset = since.value(0, QStringLiteral("was_reset")).toBool();
    for (const ResultSet& rs : results)
        s.queryUs += rs.elapsedUs();
    // Never waited for, never skipped silently: say whose lock kept which table from being measured.
    QMap<QString, QString> locked; // schema.table -> who
    for (const ResultSet* rs : {&s.tables, &s.indexes}) {
        const int pids = rs->columnIndex(QStringLiteral("locked_by_pids"));
        for (int r = 0; pids >= 0 && r < rs->rowCount(); ++r) {
            if (rs->value(r, pids).isNull())
                continue;
            locked.insert(rs->value(r, QStringLiteral("schema")).toString() + QLatin1Char('.') +
                              rs->value(r, QStringLiteral("table")).toString(),
                          QCoreApplication::translate("sg::Advisor", "pid %1 (%2)")
                              .arg(rs->value(r, pids).toString(),
                                   rs->value(r, QStringLiteral("locked_by_applications")).toString()));
        }
    }
    for (auto it = locked.cbegin(); it != locked.cend(); ++it)
        s.lockNotes << QCoreApplication::translate(
                           "sg::Advisor", "%1 holds or waits for ACCESS EXCLUSIVE on %2: not opened, so its sizes "
                                          "are the statistics' estimates and its expression and partial indexes are "
                                          "not compared (reading them would wait for that lock).")
                           .arg(it.value(), it.key());
    s.findings = IndexAdvisor::analyze(s.indexes, s.foreignKeys, s.statsSinceMs)
                 + TableAdvisor::analyze(s.tables, s.indexes, TableAdvisor::Horizon::fromResult(since));
    // The models' updates too (keys, fingerprints, what to remove, add and announce), so the GUI
    // thread only replays them.
    a.indexes = ResultTableModel::prepare(annotate(s.indexes, s.findings, QStringLiteral("index")), kIndexKey,
                                          bases.indexes);
    a.tables = ResultTableModel::prepare(annotate(s.tables, s.findings, QString()), kTableKey, bases.tables);
    a.findings = ResultTableModel::prepare(findingsResult(s.findings), kFindingKey, bases.findings);
    QList<Finding> indexFindings, tableFindings;
    for (const Finding& f : s.findings)
        (belongsTo(f.kind, Group::Indexes) ? indexFindings : tableFindings) << f;
    a.indexFindings =
        ResultTableModel::prepare(findingsResult(indexFindings), kFindingKey, bases.indexFindings);
    a.tableFindings =
        ResultTableModel::prepare(findingsResult(tableFindings), kFindingKey, bases.tableFindings);
    return a;
}

} // namespace sg
