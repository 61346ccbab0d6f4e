// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowList.h"

#include <QHeaderView>
#include <QTableView>

namespace sg::ui {

void setUpRowList(QTableView* view, RowOrder order)
{
    if (order == RowOrder::SortableByHeader) {
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    // A line of text and a little air: the style's default row is taller, and a DBA scans many rows.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace sg::ui
