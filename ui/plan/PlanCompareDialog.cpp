// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCompareDialog.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include <QColor>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg::ui {

PlanCompareDialog::PlanCompareDialog(const sg::Plan& before, const QString& beforeSql, const sg::Plan& after,
                                     const QString& afterSql, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare plans"));
    const sg::PlanDiff::Result d = sg::PlanDiff::compare(before, after);
    m_summary = new QLabel(d.summary, this);
    m_summary->setWordWrap(true);
    auto* statements = new QLabel(
        beforeSql == afterSql ? tr("Statement: %1").arg(beforeSql.left(300))
                              : tr("Before: %1\nAfter: %2").arg(beforeSql.left(200), afterSql.left(200)),
        this);
    statements->setWordWrap(true);
    statements->setTextFormat(Qt::PlainText);
    const bool timed = before.analyzed && after.analyzed;
    m_table = new QTableWidget(int(d.rows.size()), 7, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Before"), tr("After"), tr("Change"), timed ? tr("ms before") : tr("cost before"),
         timed ? tr("ms after") : tr("cost after"), tr("buffers before"), tr("buffers after")});
    setUpRowList(m_table);
    const QLocale l;
    for (int i = 0; i < d.rows.size(); ++i) {
        const sg::PlanDiff::Row& r = d.rows.at(i);
        const QString indent(2 * r.depth, QLatin1Char(' '));
        const QStringList cells{r.before >= 0 ? indent + before.nodes.at(r.before).title() : QString(),
                                r.after >= 0 ? indent + after.nodes.at(r.after).title() : QString(),
                                r.change,
                                r.before < 0 ? QString()
                                : timed      ? l.toString(r.msBefore, 'f', 3)
                                             : l.toString(r.costBefore, 'f', 2),
                                r.after < 0 ? QString()
                                : timed     ? l.toString(r.msAfter, 'f', 3)
                                            : l.toString(r.costAfter, 'f', 2),
                                r.before < 0 ? QString() : l.toString(r.buffersBefore),
                                r.after < 0 ? QString() : l.toString(r.buffersAfter)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!r.change.isEmpty())
                item->setBackground(stateBackground(State::Warning, palette()));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(statements);
    layout->addWidget(m_table, 1);
    layout->addWidget(close, 0, Qt::AlignRight);
    resize(1100, 600);
}

QString PlanCompareDialog::summary() const
{
    return m_summary->text();
}

} // namespace sg::ui
