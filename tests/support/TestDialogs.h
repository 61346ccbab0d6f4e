// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QMessageBox>
#include <QTimer>

#include <functional>

// The one way a test answers a confirmation or a dialog: the window asks the way it asks a user
// (a real modal QMessageBox or dialog), and the test answers it like one. Armed before the click
// that opens it; watches until the dialog shows (a confirmation may come after a backup has run),
// answers the first one, and stops watching when it goes out of scope.
namespace sg::test {

/// Handles the next modal dialog that \a handles accepts (returns true for); the dialog must be
/// closed by the handler.
class NextModal
{
public:
    explicit NextModal(std::function<bool(QWidget* dialog)> handles, int timeoutMs = 60000);
    NextModal(const NextModal&) = delete;
    NextModal& operator=(const NextModal&) = delete;

    /// Whether a dialog came and was handled.
    bool handled() const { return m_handled; }

private:
    void poll();

    std::function<bool(QWidget*)> m_handles;
    QTimer m_timer;
    QDeadlineTimer m_deadline;
    bool m_handled = false;
};

/// Answers the next message box with \a button (Yes, Ok, Cancel …, which it must offer) and keeps
/// what it said.
class NextMessageBox
{
public:
    explicit NextMessageBox(QMessageBox::StandardButton button, int timeoutMs = 60000);

    bool answered() const { return m_modal.handled(); }
    /// The box's text ("" until it came).
    QString text() const { return m_text; }

private:
    QString m_text;
    NextModal m_modal;
};

} // namespace sg::test
