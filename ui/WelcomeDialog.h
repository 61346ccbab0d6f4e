// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;

namespace sg::ui {

/// The first start: what Sightglass is, and two ways in: a demo server with planted problems, or a
/// connection to one of your own servers. Shown once (Settings::welcomeShown()).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Demo, Connect };

    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    QPushButton* demoButton() const { return m_demo; }
    QPushButton* connectButton() const { return m_connect; }

    /// True until the dialog has been shown once on this machine.
    static bool isFirstRun();
    static void markShown();

private:
    Choice m_choice = Choice::None;
    QPushButton* m_demo;
    QPushButton* m_connect;
};

} // namespace sg::ui
