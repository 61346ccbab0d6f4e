// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace sg::ui {

/// Whether clicking a column header sorts the list. A sortable list starts in the order the rows
/// came in (the query's ORDER BY) until the user picks a column.
enum class RowOrder { AsGiven, SortableByHeader };

/// The one look of every list of rows: whole rows selected, no row numbers, one compact line per
/// row, alternating shades, nothing editable in place, and the last column taking the spare width.
/// Selection mode, column widths and object names stay with the caller.
void setUpRowList(QTableView* view, RowOrder order = RowOrder::AsGiven);

} // namespace sg::ui
