// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationWizard.h"

#include "MigrationApplyPage.h"
#include "MigrationPreviewPage.h"
#include "MigrationRehearsePage.h"
#include "MigrationResultPage.h"
#include "MigrationSourcePage.h"
#include "MigrationStatusPage.h"

#include "db/ServerSession.h"
#include "migrate/MigrationController.h"

namespace sg::ui {

MigrationWizard::MigrationWizard(sg::ServerSession* session, QWidget* parent)
    : QWizard(parent), m_controller(new sg::MigrationController(this))
{
    setWindowTitle(tr("Migrations — %1").arg(session->options().displayName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    m_controller->setServer(session->options());
    m_source = new MigrationSourcePage(session, m_controller, this);
    m_status = new MigrationStatusPage(m_controller, this);
    m_preview = new MigrationPreviewPage(m_controller, this);
    m_rehearse = new MigrationRehearsePage(m_controller, this);
    m_apply = new MigrationApplyPage(session, m_controller, this);
    m_result = new MigrationResultPage(m_controller, this);
    setPage(SourcePage, m_source);
    setPage(StatusPage, m_status);
    setPage(PreviewPage, m_preview);
    setPage(RehearsePage, m_rehearse);
    setPage(ApplyPage, m_apply);
    setPage(ResultPage, m_result);
    resize(1100, 760);
}

MigrationWizard::~MigrationWizard()
{
    // The controller's worker reports to pages that are about to go: stop it first.
    m_controller->disconnect();
}

} // namespace sg::ui
