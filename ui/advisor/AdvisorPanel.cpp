// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvisorPanel.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "FindingsView.h"

#include "advisor/Advisor.h"
#include "advisor/IndexAdvisor.h"
#include "db/DbClient.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

using Kind = sg::Finding::Kind;

AdvisorPanel::AdvisorPanel(Variant variant, sg::Advisor* advisor, sg::ServerSession* session, QWidget* parent)
    : QWidget(parent), m_variant(variant), m_advisor(advisor), m_session(session),
      m_proxy(new sg::ResultSortFilterProxy(this))
{
    const bool indexes = variant == Variant::Indexes;
    m_proxy->setSourceModel(indexes ? advisor->indexModel() : advisor->tableModel());
    // What it says before the first answer: reading only once there is a server to read from.
    m_header = new QLabel(session && session->state() == sg::ConnectionState::Connected
                              ? tr("Reading the catalogs…")
                              : tr("Not connected: connect to a server to see its %1.")
                                    .arg(indexes ? tr("indexes") : tr("tables and their bloat")),
                          this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (session)
        connect(session, &sg::ServerSession::connected, this, [this] {
            if (m_proxy->sourceModel()->rowCount() == 0)
                m_header->setText(tr("Reading the catalogs…"));
        });
    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Filter findings"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // One filter for both lists: typing a table's name shows it and only its findings.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) { m_findings->setFilterText(text); });
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, advisor, &sg::Advisor::refresh);

    m_objects = new QTableView(this);
    m_objects->setAccessibleName(tr("Tables and indexes"));
    m_objects->setObjectName(indexes ? QStringLiteral("indexTable") : QStringLiteral("tableTable"));
    m_objects->setModel(m_proxy);
    setUpRowList(m_objects, RowOrder::SortableByHeader);

    m_findings = new FindingsView(
        advisor, session, int(indexes ? sg::Advisor::Group::Indexes : sg::Advisor::Group::Tables), this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    if (!indexes) {
        m_exact = new QPushButton(tr("Exact figures (pgstattuple)…"), this);
        m_exact->setToolTip(
            tr("Reads the whole selected table to count its live, dead and free space exactly"));
        connect(m_exact, &QPushButton::clicked, this, [this] { exactFigures(); });
        top->addWidget(m_exact);
    }
    top->addWidget(refresh);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_objects, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_findings);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(advisor, &sg::Advisor::updated, this, [this] {
        updateHeader();
        // What the advisor needs to reason is not what a DBA needs to read.
        const sg::ResultSet& rs =
            (m_variant == Variant::Indexes ? m_advisor->indexModel() : m_advisor->tableModel())->result();
        for (const char* c : {"index_oid", "table_oid", "columns", "opclasses", "key_count",
                              "qualified_index", "qualified_table", "locked_by_pids", "locked_by_applications"}) {
            const int i = rs.columnIndex(QString::fromLatin1(c));
            if (i >= 0)
                m_objects->setColumnHidden(i, true);
        }
        if (m_objects->model()->columnCount() > 0 && m_objects->columnWidth(0) < 60) {
            m_objects->resizeColumnsToContents();
            for (int c = 0; c < m_objects->model()->columnCount(); ++c)
                m_objects->setColumnWidth(c, qMin(m_objects->columnWidth(c), 280));
        }
    });
    connect(advisor, &sg::Advisor::failed, this, [this](const sg::DbError& e) {
        showState(m_header, e.userMessage(), State::Error);
    });
    if (indexes)
        connect(m_objects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &AdvisorPanel::showDefinition);
    // Selecting an object selects its finding below (none: the findings' selection is cleared).
    connect(m_objects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QModelIndex source = m_proxy->mapToSource(current);
                const sg::ResultSet& rs =
                    (m_variant == Variant::Indexes ? m_advisor->indexModel() : m_advisor->tableModel())->result();
                const QString schema = rs.value(source.row(), QStringLiteral("schema")).toString();
                const QString table = rs.value(source.row(), QStringLiteral("table")).toString();
                const QString object =
                    m_variant == Variant::Indexes ? rs.value(source.row(), QStringLiteral("index")).toString() : QString();
                m_findings->selectFor(schema, table, object);
            });
    connect(session->interactive(), &sg::DbClient::replied, this, [this](const sg::DbReply& r) {
        if (r.id == m_definitionRequest && r.id != 0) {
            m_definitionRequest = 0;
            const QString definition = r.result.value(0, 0).toString();
            m_exactText = r.ok() ? (definition.isEmpty() ? tr("That index no longer exists.")
                                                         : definition + QLatin1Char(';'))
                                 : r.error.userMessage();
            updateHeader();
            return;
        }
        if (r.id != m_exactRequest)
            return;
        m_exactRequest = 0;
        if (!r.ok()) {
            m_exactText = r.error.userMessage();
        } else {
            const sg::ResultSet& x = r.result;
            auto n = [&](const char* c) { return x.value(0, QString::fromLatin1(c)); };
            m_exactText =
                tr("pgstattuple: %1 in %2 live tuples (%3 %), %4 dead tuples (%5 %), %6 free (%7 %).")
                    .arg(QLocale().formattedDataSize(n("table_len").toLongLong()))
                    .arg(QLocale().toString(n("tuple_count").toLongLong()))
                    .arg(n("tuple_percent").toDouble(), 0, 'f', 1)
                    .arg(QLocale().toString(n("dead_tuple_count").toLongLong()))
                    .arg(n("dead_tuple_percent").toDouble(), 0, 'f', 1)
                    .arg(QLocale().formattedDataSize(n("free_space").toLongLong()))
                    .arg(n("free_percent").toDouble(), 0, 'f', 1);
        }
        updateHeader();
    });
}

void AdvisorPanel::updateHeader()
{
    const sg::AdvisorSnapshot& s = m_advisor->snapshot();
    clearState(m_header);
    QString text;
    int count = 0;
    const auto group =
        m_variant == Variant::Indexes ? sg::Advisor::Group::Indexes : sg::Advisor::Group::Tables;
    for (const sg::Finding& f : s.findings)
        count += sg::Advisor::belongsTo(f.kind, group) ? 1 : 0;
    if (m_variant == Variant::Indexes) {
        text =
            tr("%n index(es), %1 finding(s). Usage statistics count since %2 (%3)%4.", nullptr,
               s.indexes.rowCount())
                .arg(count)
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.statsSinceMs), QLocale::ShortFormat),
                     sg::IndexAdvisor::coverage(s.statsSinceMs, s.nowMs),
                     s.statsWereReset ? tr(", the last statistics reset") : tr(", the server start"));
    } else {
        text =
            tr("%n table(s), %1 finding(s). Bloat is a statistics-based estimate (run ANALYZE first); exact "
               "figures come from pgstattuple.",
               nullptr, s.tables.rowCount())
                .arg(count);
    }
    for (const QString& note : s.lockNotes)
        text += QLatin1Char('\n') + note;
    if (!m_exactText.isEmpty())
        text += QLatin1Char('\n') + m_exactText;
    m_header->setText(text);
}

void AdvisorPanel::showDefinition(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const sg::ResultSet& rs = m_advisor->indexModel()->result();
    const QVariant oid =
        rs.value(m_proxy->mapToSource(current).row(), rs.columnIndex(QStringLiteral("index_oid")));
    if (oid.isNull())
        return;
    // A reply to an earlier selection is ignored by its id; the query is too cheap to cancel.
    m_definitionRequest =
        m_session->interactive()->submit(QStringLiteral("index definition"),
                                         QStringLiteral("SELECT pg_get_indexdef($1::oid)"), {oid.toString()});
}

void AdvisorPanel::exactFigures()
{
    const QModelIndex current =
        m_objects->selectionModel() ? m_objects->selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid()) {
        m_exactText = tr("Select a table first.");
        updateHeader();
        return;
    }
    const sg::ResultSet& rs = m_advisor->tableModel()->result();
    const int row = m_proxy->mapToSource(current).row();
    const QString table = rs.value(row, QStringLiteral("qualified_table")).toString();
    const sg::Capabilities& caps = m_session->capabilities();
    if (!caps.hasExtension(QStringLiteral("pgstattuple"))) {
        m_exactText = caps.availableExtensions.contains(QStringLiteral("pgstattuple"))
                          ? tr("pgstattuple is available but not installed in this database: "
                               "CREATE EXTENSION pgstattuple; (needs CREATE on the database), then refresh.")
                          : tr("pgstattuple is not available on this server: install the contrib package "
                               "(postgresql-contrib), then CREATE EXTENSION pgstattuple;.");
        updateHeader();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Exact figures"),
        tr("pgstattuple reads all of %1 (%2) to count it exactly, which costs I/O on a big table.\n\n"
           "SELECT * FROM pgstattuple('%1');\n\nGo ahead?")
            .arg(table,
                 QLocale().formattedDataSize(rs.value(row, QStringLiteral("size_bytes")).toLongLong())));
    if (answer != QMessageBox::Yes)
        return;
    m_exactText = tr("Reading %1…").arg(table);
    updateHeader();
    m_exactRequest = m_session->interactive()->submit(
        QStringLiteral("pgstattuple"), QStringLiteral("SELECT * FROM pgstattuple($1::regclass)"), {table});
}

} // namespace sg::ui
