// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/WhatIfRunner.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sg {
class FixRunner;
class ServerSession;
} // namespace sg

namespace sg::ui {

class PlanView;

/// What-if indexes for one statement: the candidate indexes read off its plan, each tried as a
/// hypothetical index (hypopg), with the planner's cost before and after and the plan it would
/// choose. Nothing is built unless the user asks, after seeing the exact statement.
class WhatIfDialog : public QDialog
{
    Q_OBJECT
public:
    WhatIfDialog(sg::ServerSession* session, const QString& sql, const sg::Plan& plan,
                 QWidget* parent = nullptr);

    const QList<sg::WhatIfRunner::Result>& results() const { return m_results; }
    QString statusText() const;
    QTableWidget* table() const { return m_table; }
    PlanView* planView() const { return m_plan; }

Q_SIGNALS:
    void tried();

private:
    void showSelected();
    void createSelected();

    sg::ServerSession* m_session;
    sg::WhatIfRunner* m_runner;
    QList<sg::WhatIfRunner::Result> m_results;
    QLabel* m_status;
    QTableWidget* m_table;
    PlanView* m_plan;
    QPushButton* m_copy;
    QPushButton* m_create;
    sg::FixRunner* m_fixRunner;
};

} // namespace sg::ui
