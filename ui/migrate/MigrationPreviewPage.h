// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace sg {
class MigrationController;
} // namespace sg

namespace sg::ui {

class SqlEditor;

/// Step 3: each file that would run, in an SQL editor with a lint marker in the margin for every
/// finding and, under each statement, a badge with the lock it takes, on which table, how big that
/// table is and which sessions would make it wait; the findings list with why and the safe rewrite.
class MigrationPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    MigrationPreviewPage(sg::MigrationController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    QListWidget* files() const { return m_files; }
    SqlEditor* editor() const { return m_editor; }
    QTableWidget* findings() const { return m_findings; }
    /// The lock badge text shown under the statement starting on \a line (1-based) of the shown file.
    QString badgeAt(int line) const;
    /// Lines of the shown file with a lint marker of at least warning severity.
    QList<int> markedLines() const;

private:
    void showFile(int index);
    void showFinding(int row);

    sg::MigrationController* m_controller;
    QLabel* m_summary;
    QListWidget* m_files;
    SqlEditor* m_editor;
    QTableWidget* m_findings;
    QPlainTextEdit* m_detail;
    int m_errorMarker = -1, m_warningMarker = -1, m_infoMarker = -1;
};

} // namespace sg::ui
