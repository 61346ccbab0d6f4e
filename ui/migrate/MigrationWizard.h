// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace sg {
class MigrationController;
class ServerSession;
} // namespace sg

namespace sg::ui {

class MigrationSourcePage;
class MigrationStatusPage;
class MigrationPreviewPage;
class MigrationRehearsePage;
class MigrationApplyPage;
class MigrationResultPage;

/// Migrations, step by step: folder and mode → status (applied, pending, drift) → preview (SQL
/// with lint markers, lock badges and findings) → rehearsal in a rolled-back transaction → apply
/// (optional backup first, progress per statement) → result with the tracking rows.
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, StatusPage, PreviewPage, RehearsePage, ApplyPage, ResultPage };

    MigrationWizard(sg::ServerSession* session, QWidget* parent = nullptr);
    ~MigrationWizard() override;

    sg::MigrationController* controller() const { return m_controller; }
    MigrationSourcePage* sourcePage() const { return m_source; }
    MigrationStatusPage* statusPage() const { return m_status; }
    MigrationPreviewPage* previewPage() const { return m_preview; }
    MigrationRehearsePage* rehearsePage() const { return m_rehearse; }
    MigrationApplyPage* applyPage() const { return m_apply; }
    MigrationResultPage* resultPage() const { return m_result; }

private:
    sg::MigrationController* m_controller;
    MigrationSourcePage* m_source;
    MigrationStatusPage* m_status;
    MigrationPreviewPage* m_preview;
    MigrationRehearsePage* m_rehearse;
    MigrationApplyPage* m_apply;
    MigrationResultPage* m_result;
};

} // namespace sg::ui
