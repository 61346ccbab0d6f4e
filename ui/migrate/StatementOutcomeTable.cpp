// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementOutcomeTable.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "migrate/MigrationController.h"
#include "migrate/MigrationRunner.h"

#include <QProgressBar>

namespace sg::ui {

StatementOutcomeTable::StatementOutcomeTable(QWidget* parent) : QTableWidget(0, 5, parent)
{
    setHorizontalHeaderLabels({tr("Where"), tr("Statement"), tr("Result"), tr("Time"), tr("Message")});
    setUpRowList(this);
    setAccessibleName(tr("Statements run"));
}

void StatementOutcomeTable::add(const sg::StatementOutcome& o)
{
    using S = sg::StatementOutcome::State;
    const QString state = o.state == S::Ok               ? tr("ok")
                          : o.state == S::Failed         ? tr("failed")
                          : o.state == S::NotRehearsable ? tr("not rehearsable")
                                                         : tr("skipped");
    const int row = rowCount();
    insertRow(row);
    const QStringList cells = {QStringLiteral("%1:%2").arg(o.file).arg(o.line), o.label, state,
                               o.state == S::Ok || o.state == S::Failed ? tr("%1 ms").arg(o.ms) : QString(),
                               o.error.isEmpty() ? o.note : o.error};
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (c == 2 && o.state == S::Failed)
            item->setForeground(stateColor(sg::ui::State::Error, palette()));
        else if (c == 2 && o.state != S::Ok)
            item->setForeground(stateColor(sg::ui::State::Warning, palette()));
        if (c == 3)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, c, item);
    }
    if (row < 3 || row % 20 == 0)
        resizeColumnsToContents();
    scrollToBottom();
}

void StatementOutcomeTable::follow(sg::MigrationController* controller, QProgressBar* bar,
                                   std::function<bool()> mine)
{
    connect(controller, &sg::MigrationController::progress, this,
            [this, bar, mine = std::move(mine)](const sg::StatementOutcome& o, int done, int total) {
                if (!mine())
                    return;
                add(o);
                bar->setRange(0, total);
                bar->setValue(done);
            });
}

void StatementOutcomeTable::clearOutcomes()
{
    setRowCount(0);
}

QStringList StatementOutcomeTable::states() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r)
        out << item(r, 2)->text();
    return out;
}

} // namespace sg::ui
