// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationPreviewPage.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "migrate/MigrationController.h"
#include "ui/editor/SqlEditor.h"

#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sg::ui {

namespace {

constexpr int kMarkerMargin = 1;
constexpr int kBadgeStyle = 0x40; // QScintilla annotation styles start after the lexer's

QString severityText(sg::LintFinding::Severity s)
{
    switch (s) {
    case sg::LintFinding::Severity::Info:
        return QObject::tr("info");
    case sg::LintFinding::Severity::Warning:
        return QObject::tr("warning");
    case sg::LintFinding::Severity::Error:
        return QObject::tr("error");
    }
    return {};
}

State severityState(sg::LintFinding::Severity s)
{
    switch (s) {
    case sg::LintFinding::Severity::Info:
        return State::Info;
    case sg::LintFinding::Severity::Warning:
        return State::Warning;
    case sg::LintFinding::Severity::Error:
        return State::Error;
    }
    return State::Normal;
}

} // namespace

MigrationPreviewPage::MigrationPreviewPage(sg::MigrationController* controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller)
{
    setTitle(tr("Preview"));
    setSubTitle(
        tr("The SQL that would run, with lint markers in the margin and, under each statement, the lock it "
           "takes and on what."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("previewFiles"));
    m_files->setAccessibleName(tr("Migration files"));
    m_editor = new SqlEditor(this);
    m_editor->setObjectName(QStringLiteral("previewEditor"));
    m_editor->setReadOnly(true);
    m_editor->setAccessibleName(tr("Migration SQL"));
    m_editor->setMarginType(kMarkerMargin, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(kMarkerMargin, 16);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_warningMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_infoMarker = m_editor->markerDefine(QsciScintilla::SmallRectangle);
    m_editor->setMarkerBackgroundColor(stateColor(severityState(sg::LintFinding::Severity::Error), palette()), m_errorMarker);
    m_editor->setMarkerBackgroundColor(stateColor(severityState(sg::LintFinding::Severity::Warning), palette()), m_warningMarker);
    m_editor->setMarkerBackgroundColor(stateColor(severityState(sg::LintFinding::Severity::Info), palette()), m_infoMarker);
    m_editor->setMarginMarkerMask(kMarkerMargin,
                                  (1 << m_errorMarker) | (1 << m_warningMarker) | (1 << m_infoMarker));
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_editor->SendScintilla(QsciScintilla::SCI_STYLESETBACK, kBadgeStyle,
                            stateBackground(State::Info, palette()));
    m_editor->SendScintilla(QsciScintilla::SCI_STYLESETFORE, kBadgeStyle,
                            stateColor(State::Normal, palette()));

    m_findings = new QTableWidget(0, 4, this);
    m_findings->setObjectName(QStringLiteral("previewFindings"));
    m_findings->setAccessibleName(tr("Lint findings"));
    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Where"), tr("Rule"), tr("Finding")});
    setUpRowList(m_findings);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setPlaceholderText(tr("Select a finding to see why it matters and the safe way to write it."));

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_files);
    top->addWidget(m_editor);
    top->setStretchFactor(1, 1);
    top->setSizes({220, 800});
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_findings);
    bottom->addWidget(m_detail);
    bottom->setSizes({640, 380});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setSizes({420, 200});
    layout->addWidget(split, 1);

    connect(m_files, &QListWidget::currentRowChanged, this, &MigrationPreviewPage::showFile);
    connect(m_findings, &QTableWidget::currentCellChanged, this, [this](int row) { showFinding(row); });
}

void MigrationPreviewPage::initializePage()
{
    const sg::MigrationPlan& plan = m_controller->plan();
    m_files->clear();
    QHash<QString, int> worstByVersion; // a plan runs each version once, forward or back
    for (const sg::LintFinding& f : plan.lint.findings)
        worstByVersion[f.version] = qMax(worstByVersion.value(f.version, -1), int(f.severity));
    for (const sg::MigrationScript& s : plan.scripts) {
        const int worst = worstByVersion.value(s.migration.version, -1);
        auto* item = new QListWidgetItem(QFileInfo(s.path).fileName(), m_files);
        if (worst >= 0)
            item->setForeground(stateColor(severityState(sg::LintFinding::Severity(worst)), palette()));
        item->setToolTip(s.rollback ? tr("rollback of %1").arg(s.migration.version)
                                    : s.migration.description);
    }
    m_findings->setRowCount(int(plan.lint.findings.size()));
    for (int r = 0; r < plan.lint.findings.size(); ++r) {
        const sg::LintFinding& f = plan.lint.findings.at(r);
        const QStringList cells = {severityText(f.severity) + (f.live ? tr(" (live)") : QString()),
                                   f.location(), f.rule, f.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(f.why);
            if (c == 0)
                item->setForeground(stateColor(severityState(f.severity), palette()));
            m_findings->setItem(r, c, item);
        }
    }
    m_findings->resizeColumnsToContents();
    m_summary->setText(plan.scripts.isEmpty()
                           ? tr("Nothing to run: every migration in the folder is applied.")
                           : tr("%1 file(s), %2 statement(s); %3 error(s), %4 warning(s). Locks and sizes "
                                "are read from the server "
                                "now; the sessions named would make a statement wait.")
                                 .arg(plan.scripts.size())
                                 .arg([&] {
                                     int n = 0;
                                     for (const auto& s : plan.scripts)
                                         n += int(s.statements.size());
                                     return n;
                                 }())
                                 .arg(plan.findingsAtLeast(sg::LintFinding::Severity::Error))
                                 .arg(plan.findingsAtLeast(sg::LintFinding::Severity::Warning) -
                                      plan.findingsAtLeast(sg::LintFinding::Severity::Error)));
    if (!plan.scripts.isEmpty())
        m_files->setCurrentRow(0);
    else
        m_editor->clear();
}

void MigrationPreviewPage::showFile(int index)
{
    const sg::MigrationPlan& plan = m_controller->plan();
    if (index < 0 || index >= plan.scripts.size())
        return;
    const sg::MigrationScript& s = plan.scripts.at(index);
    m_editor->setText(s.text);
    m_editor->markerDeleteAll();
    m_editor->clearAnnotations();
    const QString file = QFileInfo(s.path).fileName();
    for (const sg::LintFinding& f : plan.lint.findings) {
        if (f.file != file || f.version != s.migration.version)
            continue;
        const int marker = f.severity == sg::LintFinding::Severity::Error     ? m_errorMarker
                           : f.severity == sg::LintFinding::Severity::Warning ? m_warningMarker
                                                                              : m_infoMarker;
        m_editor->markerAdd(f.line - 1, marker);
    }
    // The badge goes under the statement's last line, so it never hides the SQL it describes.
    for (const sg::ScriptStatement& st : s.statements) {
        const QStringList locks = sg::MigrationInspector::describeLocks(st.info, plan.live, plan.connected);
        QStringList lines;
        for (const QString& l : locks)
            lines << l;
        if (!st.info.transactional)
            lines << tr("runs alone, outside a transaction");
        if (lines.isEmpty())
            continue;
        const int last = st.line - 1 + int(st.info.text.count(QLatin1Char('\n')));
        m_editor->annotate(last, lines.join(QLatin1Char('\n')), kBadgeStyle);
    }
    if (!s.error.isEmpty())
        m_editor->annotate(0, s.error, kBadgeStyle);
}

void MigrationPreviewPage::showFinding(int row)
{
    const sg::MigrationPlan& plan = m_controller->plan();
    if (row < 0 || row >= plan.lint.findings.size())
        return;
    const sg::LintFinding& f = plan.lint.findings.at(row);
    m_detail->setPlainText(tr("%1\n\nWhy: %2\n\nSafer:\n%3").arg(f.message, f.why, f.rewrite));
    for (int i = 0; i < plan.scripts.size(); ++i) {
        const sg::MigrationScript& s = plan.scripts.at(i);
        if (QFileInfo(s.path).fileName() == f.file && s.migration.version == f.version) {
            if (m_files->currentRow() != i)
                m_files->setCurrentRow(i);
            m_editor->setCursorPosition(f.line - 1, 0);
            m_editor->ensureLineVisible(f.line - 1);
            break;
        }
    }
}

QString MigrationPreviewPage::badgeAt(int line) const
{
    const sg::MigrationPlan& plan = m_controller->plan();
    const int index = m_files->currentRow();
    if (index < 0 || index >= plan.scripts.size())
        return {};
    for (const sg::ScriptStatement& st : plan.scripts.at(index).statements) {
        if (st.line == line)
            return m_editor->annotation(st.line - 1 + int(st.info.text.count(QLatin1Char('\n'))));
    }
    return {};
}

QList<int> MigrationPreviewPage::markedLines() const
{
    QList<int> out;
    const unsigned mask = (1u << m_errorMarker) | (1u << m_warningMarker);
    for (int l = 0; l < m_editor->lines(); ++l) {
        if (m_editor->markersAtLine(l) & mask)
            out << l + 1;
    }
    return out;
}

} // namespace sg::ui
