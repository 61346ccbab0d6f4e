// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryPanel.h"

#include "PlanCompareDialog.h"
#include "PlanTreeModel.h"
#include "PlanView.h"
#include "ui/editor/SqlEditor.h"
#include "WhatIfDialog.h"

#include "db/DbClient.h"
#include "db/ServerSession.h"
#include "plan/Explain.h"
#include "plan/ExplainRunner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace sg::ui {

QueryPanel::QueryPanel(sg::ServerSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_runner(new sg::ExplainRunner(session->interactive(), this))
{
    m_prompt = [this](const QString& sql, int count, bool genericOffered) {
        return askParameters(this, sql, count, genericOffered);
    };
    m_editor = new SqlEditor(this);
    m_editor->setAccessibleName(tr("SQL editor"));
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setText(
        QStringLiteral("-- Type a statement; Ctrl+E explains the one under the cursor, Ctrl+Shift+E runs it\n"
                       "-- with EXPLAIN ANALYZE inside BEGIN … ROLLBACK.\n"));
    m_plan = new PlanView(this);
    m_explain = new QPushButton(tr("Explain"), this);
    m_explain->setToolTip(tr("The planner's plan, without running the statement (Ctrl+E)"));
    m_analyze = new QPushButton(tr("Explain Analyze"), this);
    m_analyze->setToolTip(
        tr("Runs the statement inside BEGIN … ROLLBACK for real times and buffers (Ctrl+Shift+E)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_whatIf = new QPushButton(tr("What-if indexes…"), this);
    m_whatIf->setToolTip(
        tr("Try indexes for the shown plan hypothetically (hypopg): the planner's cost and plan "
           "with each, nothing built"));
    m_whatIf->setEnabled(false);
    m_compare = new QPushButton(tr("Compare with previous"), this);
    m_compare->setToolTip(
        tr("The shown plan next to the one before it: matched nodes, changed node types and join "
           "order, times and buffers"));
    m_compare->setEnabled(false);
    m_timeout = new QSpinBox(this);
    m_timeout->setAccessibleName(tr("Statement timeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(60);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("statement_timeout for Explain Analyze"));

    m_find = new QLineEdit(this);
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace = new QLineEdit(this);
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto* next = new QPushButton(tr("Next"), this);
    auto* replaceAll = new QPushButton(tr("Replace all"), this);
    auto* closeFind = new QPushButton(tr("Close"), this);
    m_findBar = new QWidget(this);
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_find, 1);
    findLayout->addWidget(next);
    findLayout->addWidget(m_replace, 1);
    findLayout->addWidget(replaceAll);
    findLayout->addWidget(closeFind);
    m_findBar->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_explain);
    buttons->addWidget(m_analyze);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_whatIf);
    buttons->addWidget(m_compare);
    buttons->addWidget(new QLabel(tr("timeout"), this));
    buttons->addWidget(m_timeout);
    buttons->addStretch(1);
    auto* editorBox = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    editorLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(editorBox);
    split->addWidget(m_plan);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 520});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_explain, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_analyze, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_cancel, &QPushButton::clicked, m_runner, &sg::ExplainRunner::cancel);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (!m_previousPlan)
            return;
        auto* dialog =
            new PlanCompareDialog(*m_previousPlan, m_previousSql, m_plan->model()->plan(), m_lastSql, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        Q_EMIT compareOpened(dialog);
    });
    connect(m_whatIf, &QPushButton::clicked, this, [this] {
        auto* dialog = new WhatIfDialog(m_session, m_lastSql, m_plan->model()->plan(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        Q_EMIT whatIfOpened(dialog);
    });
    auto* explainKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { start(false); });
    explainKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* analyzeKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] { start(true); });
    analyzeKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editor, &CodeEditor::findRequested, this, &QueryPanel::showFindBar);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { m_editor->find(m_find->text()); });
    connect(next, &QPushButton::clicked, this, [this] { m_editor->find(m_find->text()); });
    connect(replaceAll, &QPushButton::clicked, this,
            [this] { m_editor->replaceAll(m_find->text(), m_replace->text()); });
    connect(closeFind, &QPushButton::clicked, m_findBar, &QWidget::hide);

    connect(m_runner, &sg::ExplainRunner::started, this, [this](bool analyze, bool writes) {
        m_explain->setEnabled(false);
        m_analyze->setEnabled(false);
        m_cancel->setEnabled(true);
        m_plan->setBanner(analyze && writes
                              ? tr("This statement may change data. It runs inside BEGIN … ROLLBACK: its "
                                   "changes to tables are undone when the plan is in. Not undone: "
                                   "sequences it advances (nextval, serial and identity columns) and "
                                   "work done through other connections (dblink).")
                              : QString());
        m_plan->setMessage(analyze ? tr("Running EXPLAIN ANALYZE…") : tr("Planning…"), false);
    });
    connect(m_runner, &sg::ExplainRunner::finished, this,
            [this](const sg::Plan& plan, const QString& error, bool rolledBack) {
                m_explain->setEnabled(true);
                m_analyze->setEnabled(true);
                m_cancel->setEnabled(false);
                if (!error.isEmpty()) {
                    m_plan->setMessage(error, true);
                    Q_EMIT explainFailed(error);
                    return;
                }
                if (rolledBack && !m_plan->bannerText().isEmpty())
                    m_plan->setBanner(
                        tr("It ran inside BEGIN … ROLLBACK: its changes to tables were undone. Not "
                           "undone: sequences it advanced and work done through other connections."));
                QJsonDocument raw;
                if (!plan.nodes.isEmpty()) {
                    QJsonObject root = plan.nodes.first().raw;
                    raw = QJsonDocument(root);
                }
                if (!m_plan->model()->plan().isEmpty()) {
                    m_previousPlan = std::make_shared<sg::Plan>(m_plan->model()->plan());
                    m_previousSql = m_lastSql;
                }
                m_compare->setEnabled(m_previousPlan != nullptr);
                m_plan->setPlan(plan, QString::fromUtf8(raw.toJson(QJsonDocument::Indented)));
                m_lastSql = m_runningSql;
                m_whatIf->setEnabled(true);
                Q_EMIT planShown();
            });
    connect(session->interactive(), &sg::DbClient::replied, this, [this](const sg::DbReply& r) {
        if (r.id != m_completionRequest || !r.ok())
            return;
        QStringList words;
        words.reserve(r.result.rowCount());
        for (int i = 0; i < r.result.rowCount(); ++i)
            words << r.result.value(i, 0).toString();
        m_editor->setCompletionWords(words);
    });
    // The interactive connection, not the session: the session reports in when its first client does.
    connect(session->interactive(), &sg::DbClient::connected, this, &QueryPanel::loadCompletion);
    if (session->interactive()->state() == sg::ConnectionState::Connected)
        loadCompletion();
}

std::optional<QStringList> QueryPanel::askParameters(QWidget* parent, const QString& sql, int count,
                                                     bool genericOffered)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Parameter values"));
    auto* form = new QFormLayout;
    auto* intro = new QLabel(tr("The statement has %n parameter(s). Type each value as SQL: 42, 'Smith', "
                                "now() - interval '1 day'.",
                                nullptr, count),
                             &dialog);
    intro->setWordWrap(true);
    auto* text = new QLabel(sql.left(600).toHtmlEscaped(), &dialog);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QList<QLineEdit*> edits;
    const QStringList remembered = sg::Explain::rememberedParameters(sql);
    for (int i = 1; i <= count; ++i) {
        auto* e = new QLineEdit(remembered.value(i - 1), &dialog);
        form->addRow(QStringLiteral("$%1").arg(i), e);
        edits << e;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool generic = false;
    if (genericOffered) {
        QPushButton* g = buttons->addButton(tr("&Generic plan, no values"), QDialogButtonBox::ActionRole);
        g->setObjectName(QStringLiteral("genericPlan"));
        g->setToolTip(tr("EXPLAIN (GENERIC_PLAN): the plan the server picks without knowing the values, "
                         "as a prepared statement may use it (PostgreSQL 16 and later)"));
        connect(g, &QPushButton::clicked, &dialog, [&dialog, &generic] {
            generic = true;
            dialog.accept();
        });
    }
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (generic)
        return QStringList();
    QStringList values, typed;
    for (QLineEdit* e : std::as_const(edits)) {
        typed << e->text();
        values << (e->text().trimmed().isEmpty() ? QStringLiteral("NULL") : e->text().trimmed());
    }
    sg::Explain::rememberParameters(sql, typed);
    return values;
}

void QueryPanel::loadCompletion()
{
    // Schemas, tables, columns and functions of the database, for completion (bounded).
    m_completionRequest = m_session->interactive()->submit(QStringLiteral("completion"), QStringLiteral(R"(
        SELECT DISTINCT w FROM (
            SELECT nspname AS w FROM pg_namespace WHERE nspname !~ '^pg_(toast|temp)'
            UNION ALL SELECT relname FROM pg_class WHERE relkind IN ('r','v','m','p','f')
            UNION ALL SELECT attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                       WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','v','m','p','f')
            UNION ALL SELECT proname FROM pg_proc
        ) names LIMIT 50000)"));
}

void QueryPanel::explain(const QString& sql, bool analyze)
{
    m_editor->setText(sql);
    m_editor->selectAll(true); // the text as given, all of it (the server refuses more than one statement)
    start(analyze);
}

void QueryPanel::start(bool analyze)
{
    const QString sql = m_editor->currentStatement();
    QString code; // the statement without its comment lines: nothing left, nothing to explain
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            code += line;
    }
    if (code.trimmed().isEmpty()) {
        m_plan->setMessage(tr("Put the cursor in a statement (or select one) first."), true);
        return;
    }
    QString statement = sql;
    bool generic = false;
    if (const int count = sg::Explain::parameterCount(sql); count > 0) {
        const bool offer =
            !analyze && sg::Explain::genericPlanSupported(m_session->interactive()->capabilities().serverVersionNum);
        const auto values = m_prompt(sql, count, offer);
        if (!values)
            return;
        generic = offer && values->isEmpty();
        if (!generic)
            statement = sg::Explain::bindParameters(sql, *values);
    }
    m_runningSql = statement;
    m_runner->run(statement, analyze, m_timeout->value() * 1000, generic);
}

void QueryPanel::showFindBar(bool replace)
{
    m_findBar->show();
    m_replace->setVisible(replace);
    if (m_editor->hasSelectedText())
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

} // namespace sg::ui
