// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanDiff.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace sg::ui {

/// Two plans of a statement side by side: matched nodes, changed node types and join order,
/// time, buffer and cost differences.
class PlanCompareDialog : public QDialog
{
    Q_OBJECT
public:
    PlanCompareDialog(const sg::Plan& before, const QString& beforeSql, const sg::Plan& after,
                      const QString& afterSql, QWidget* parent = nullptr);
    QString summary() const;
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace sg::ui
