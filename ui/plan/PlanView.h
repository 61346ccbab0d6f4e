// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;

namespace sg::ui {

class PlanTreeModel;

/// Shows an analysed plan: a header (execution and planning time, triggers, JIT, settings, plan
/// warnings), the node tree with the selected node's details and warnings, the plan as psql
/// prints it, and the raw JSON; Copy takes whichever view is showing.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget* parent = nullptr);

    void setPlan(const sg::Plan& plan, const QString& rawJson = {});
    /// Shown instead of a plan (an error, or what is running).
    void setMessage(const QString& text, bool error);
    /// A line above the plan, e.g. that the statement ran inside BEGIN … ROLLBACK.
    void setBanner(const QString& text);
    QString headerText() const;
    QString bannerText() const;
    QTreeView* tree() const { return m_tree; }
    PlanTreeModel* model() const { return m_model; }
    QString planText() const;
    /// What Copy puts on the clipboard: the current tab's text.
    QString copyText() const;

private:
    void showDetails(const QModelIndex& index);
    void fillCurrentTab();

    QLabel* m_banner;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    PlanTreeModel* m_model;
    QPlainTextEdit* m_details;
    QPlainTextEdit* m_text;
    QPlainTextEdit* m_json;
    QString m_rawJson;
    bool m_textStale = false, m_jsonStale = false;
};

} // namespace sg::ui
