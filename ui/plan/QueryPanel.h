// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sg {
class ExplainRunner;
class ServerSession;
struct Plan;
} // namespace sg

namespace sg::ui {

class PlanView;
class SqlEditor;

/// The "Query and plan" dock: an SQL editor with completion from the catalog, and Explain /
/// Explain Analyze of the statement under the cursor (or the selection) on the interactive
/// connection, shown in a PlanView. Explain Analyze always runs inside BEGIN … ROLLBACK, under
/// a timeout, and Cancel stops it.
class QueryPanel : public QWidget
{
    Q_OBJECT
public:
    QueryPanel(sg::ServerSession* session, QWidget* parent = nullptr);

    SqlEditor* editor() const { return m_editor; }
    PlanView* planView() const { return m_plan; }
    QPushButton* explainButton() const { return m_explain; }
    QPushButton* analyzeButton() const { return m_analyze; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* whatIfButton() const { return m_whatIf; }
    QPushButton* compareButton() const { return m_compare; }
    /// The statement the shown plan belongs to.
    QString lastStatement() const { return m_lastSql; }
    /// Puts \a sql in the editor and explains it (from the slow-query browser, say).
    void explain(const QString& sql, bool analyze);
    /// Asks for the values of $1, $2 … (a dialog by default; tests answer directly). An empty
    /// optional means the user cancelled.
    /// Asks for the values of a statement's $1 … $count; nullopt: cancelled. With \a genericOffered
    /// (an estimated plan on PostgreSQL 16 or later) an empty list asks for the generic plan.
    using ParameterPrompt =
        std::function<std::optional<QStringList>(const QString& sql, int count, bool genericOffered)>;
    void setParameterPrompt(ParameterPrompt prompt) { m_prompt = std::move(prompt); }
    /// Reads the catalog's names for completion again (after a connect).
    void loadCompletion();

Q_SIGNALS:
    void planShown();
    /// The What-if dialog opened (tests drive it).
    void whatIfOpened(QDialog* dialog);
    void compareOpened(QDialog* dialog);
    void explainFailed(const QString& message);

private:
    void start(bool analyze);
    void showFindBar(bool replace);
    static std::optional<QStringList> askParameters(QWidget* parent, const QString& sql, int count,
                                                    bool genericOffered);

    sg::ServerSession* m_session;
    sg::ExplainRunner* m_runner;
    SqlEditor* m_editor;
    PlanView* m_plan;
    QPushButton* m_explain;
    QPushButton* m_analyze;
    QPushButton* m_cancel;
    QPushButton* m_whatIf;
    QPushButton* m_compare;
    QString m_lastSql;
    QString m_runningSql;
    std::shared_ptr<sg::Plan> m_previousPlan; ///< the plan shown before the current one
    QString m_previousSql;
    QSpinBox* m_timeout;
    QWidget* m_findBar;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    quint64 m_completionRequest = 0;
    ParameterPrompt m_prompt;
};

} // namespace sg::ui
