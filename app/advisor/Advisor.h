// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include "db/DbError.h"
#include "db/DbRequest.h"
#include "db/ResultSet.h"
#include "db/ResultTableModel.h"

#include <QObject>

namespace sg {

class DbClient;

/// One reading of the catalogs and the findings drawn from it.
struct AdvisorSnapshot
{
    ResultSet indexes;
    ResultSet foreignKeys;
    ResultSet tables;
    qint64 statsSinceMs = 0;
    qint64 nowMs = 0;
    bool statsWereReset = false;
    QList<Finding> findings;
    qint64 queryUs = 0; ///< server round trips of the four queries, summed
    /// Tables that were not measured because a session holds (or waits for) ACCESS EXCLUSIVE on
    /// them: who, and on what ("pid 727 (etl-nightly) holds ACCESS EXCLUSIVE on sales.orders …").
    QStringList lockNotes;

    bool isNull() const { return indexes.isNull(); }
};

/// Reads indexes, foreign keys and tables on a worker and turns them into findings and table
/// models for the Indexes and Bloat and vacuum panels (and the report). Replies from an older
/// refresh are dropped.
class Advisor : public QObject
{
    Q_OBJECT
public:
    /// \a parallel, when given, runs the index query while \a client runs the others.
    explicit Advisor(DbClient* client, DbClient* parallel = nullptr, QObject* parent = nullptr);

    void refresh();
    bool isRefreshing() const { return !m_pending.isEmpty(); }
    const AdvisorSnapshot& snapshot() const { return m_snapshot; }

    /// Every index with a "finding" column in front (empty when there is nothing to say).
    ResultTableModel* indexModel() const { return m_indexModel; }
    /// Every table with dead tuples, vacuum history, bloat estimate and a "finding" column.
    ResultTableModel* tableModel() const { return m_tableModel; }
    /// The findings: kind, subject, detail, fix. All of them, or one panel's share (prepared off the
    /// UI thread, so a panel never filters tens of thousands of rows itself).
    enum class Group { All, Indexes, Tables };
    ResultTableModel* findingModel(Group group = Group::All) const;
    static bool belongsTo(Finding::Kind kind, Group group);

    static ResultSet findingsResult(const QList<Finding>& findings);
    /// \a rows with a leading "finding" column naming the findings whose (schema, table[, object])
    /// match the row's (schema, table[, objectColumn]).
    static ResultSet annotate(const ResultSet& rows, const QList<Finding>& findings, const QString& objectColumn);

Q_SIGNALS:
    void updated();
    void failed(const sg::DbError& error);

private:
    struct Analysis
    {
        AdvisorSnapshot snapshot;
        ResultTableModel::Prepared indexes;
        ResultTableModel::Prepared tables;
        ResultTableModel::Prepared findings;
        ResultTableModel::Prepared indexFindings;
        ResultTableModel::Prepared tableFindings;
    };
    /// What each model shows now: the rows its prepared update is computed against.
    struct Bases
    {
        ResultTableModel::Base indexes;
        ResultTableModel::Base tables;
        ResultTableModel::Base findings;
        ResultTableModel::Base indexFindings;
        ResultTableModel::Base tableFindings;
    };
    static Analysis analyse(const QHash<QString, ResultSet>& results, const Bases& bases);
    void onReply(const DbReply& reply);

    DbClient* m_client;
    DbClient* m_parallel;
    QHash<quint64, QString> m_pending; ///< request id -> query name, for the current refresh only
    QHash<QString, ResultSet> m_results;
    AdvisorSnapshot m_snapshot;
    ResultTableModel* m_indexModel;
    ResultTableModel* m_tableModel;
    ResultTableModel* m_findingModel;
    ResultTableModel* m_indexFindingModel;
    ResultTableModel* m_tableFindingModel;
    bool m_failed = false;
    quint64 m_generation = 0;
};

} // namespace sg
