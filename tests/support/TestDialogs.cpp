// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDialogs.h"

#include <QAbstractButton>
#include <QApplication>

namespace sg::test {

NextModal::NextModal(std::function<bool(QWidget*)> handles, int timeoutMs)
    : m_handles(std::move(handles)), m_deadline(timeoutMs)
{
    // A timer keeps firing inside the dialog's own event loop (exec()), which is where it is needed.
    m_timer.setInterval(50);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
    m_timer.start();
}

void NextModal::poll()
{
    QWidget* modal = QApplication::activeModalWidget();
    if (modal && modal->isVisible() && m_handles(modal)) {
        m_handled = true;
        m_timer.stop();
    } else if (m_deadline.hasExpired()) {
        m_timer.stop();
    }
}

NextMessageBox::NextMessageBox(QMessageBox::StandardButton button, int timeoutMs)
    : m_modal(
          [this, button](QWidget* dialog) {
              auto* box = qobject_cast<QMessageBox*>(dialog);
              if (!box || !box->button(button))
                  return false;
              m_text = box->text();
              box->button(button)->click();
              return true;
          },
          timeoutMs)
{
}

} // namespace sg::test
