// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include "Settings.h"
#include <QVBoxLayout>

namespace sg::ui {

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Sightglass"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sightglass.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* text = new QLabel(
        tr("<h3>Welcome to Sightglass</h3>"
           "<p>Watch a PostgreSQL server live: connections and load, sessions and who blocks whom, "
           "unused and missing indexes, bloat, slow queries with their plans; preview and apply "
           "migrations with the locks each statement takes; back up and restore.</p>"
           "<p>Nothing changes on a server unless you confirm the exact SQL or command first.</p>"),
        this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);

    m_demo = new QPushButton(tr("Open the &demo"), this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setToolTip(
        tr("Starts a throwaway local PostgreSQL server with sample data, a light workload and "
           "planted problems (an unused index, a missing foreign-key index, a bloated table, a "
           "slow query), so every panel has something to show. Removed when you quit."));
    m_connect = new QPushButton(tr("&Connect to a server…"), this);
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_connect->setDefault(true);
    auto* later = new QPushButton(tr("&Later"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addStretch();
    buttons->addWidget(later);
    buttons->addWidget(m_connect);
    layout->addLayout(buttons);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Connect;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(520);
}

bool WelcomeDialog::isFirstRun()
{
    return !sg::Settings::welcomeShown();
}

void WelcomeDialog::markShown()
{
    sg::Settings::setWelcomeShown(true);
}

} // namespace sg::ui
