// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveTableView.h"
#include "RowList.h"
#include "StateColors.h"

#include "db/LiveQuery.h"
#include "db/ResultSortFilterProxy.h"
#include "db/ResultTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace sg::ui {

LiveTableView::LiveTableView(sg::LiveQuery* query, QWidget* parent)
    : LiveTableView(query, query->model(), parent)
{
}

LiveTableView::LiveTableView(sg::LiveQuery* query, sg::ResultTableModel* shown, QWidget* parent)
    : QWidget(parent), m_query(query), m_shown(shown), m_proxy(new sg::ResultSortFilterProxy(this))
{
    m_proxy->setSourceModel(shown);

    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Rows"));
    m_table->setModel(m_proxy);
    setUpRowList(m_table, RowOrder::SortableByHeader);

    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_filterRow = new QHBoxLayout;
    m_filterRow->addWidget(m_filter, 1);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(query, &sg::LiveQuery::updated, this, [this] {
        if (!m_columnsSized && m_shown->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
            m_columnsSized = true;
        }
        showStatus();
    });
    connect(query, &sg::LiveQuery::failed, this, &LiveTableView::showStatus);
    // The count follows what the list shows: a filter or a hidden kind of row changes it.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LiveTableView::showStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LiveTableView::showStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LiveTableView::showStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LiveTableView::showStatus);
    showStatus();
}

void LiveTableView::addBesideFilter(QWidget* widget)
{
    m_filterRow->addWidget(widget);
}

void LiveTableView::setFilterVisible(bool visible)
{
    m_filter->setVisible(visible);
}

void LiveTableView::showStatus()
{
    const sg::DbError error = m_query->lastError();
    if (error.isError()) {
        showState(m_status, error.userMessage(), State::Error);
        return;
    }
    clearState(m_status);
    if (!m_query->hasData()) {
        m_status->setText(tr("Waiting for the server…"));
        return;
    }
    const int total = m_shown->rowCount(), shown = m_proxy->rowCount();
    const QString at = m_query->lastUpdated().toString(QStringLiteral("HH:mm:ss"));
    m_status->setText(shown == total ? tr("%n row(s), updated %1", nullptr, total).arg(at)
                                     : tr("%1 of %n row(s) shown, updated %2", nullptr, total).arg(shown).arg(at));
}

} // namespace sg::ui
