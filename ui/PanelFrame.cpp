// SPDX-License-Identifier: GPL-3.0-or-later
#include "PanelFrame.h"

#include <QEvent>
#include <QLayoutItem>

namespace sg::ui {

PanelFrame::PanelFrame(QWidget* panel, QWidget* parent) : QWidget(parent)
{
    setPanel(panel);
}

void PanelFrame::setPanel(QWidget* panel)
{
    if (m_panel == panel)
        return;
    delete m_panel;
    m_panel = panel;
    if (panel) {
        panel->setParent(this);
        panel->setGeometry(rect());
        panel->show();
        setSizePolicy(panel->sizePolicy());
        setFocusProxy(panel);
    }
    updateGeometry(); // a new panel has limits of its own
}

QSize PanelFrame::sizeHint() const
{
    return m_panel ? m_panel->sizeHint() : QSize();
}

QSize PanelFrame::minimumSizeHint() const
{
    if (!m_panel)
        return {};
    // What the dock's layout asked of the panel before the frame: its hint or the minimum it set.
    return QWidgetItem(m_panel).minimumSize();
}

// A panel of word-wrapped lines is shorter when wider: the dock asks, as it asked the panel.
bool PanelFrame::hasHeightForWidth() const
{
    return m_panel && m_panel->hasHeightForWidth();
}

int PanelFrame::heightForWidth(int width) const
{
    return m_panel ? m_panel->heightForWidth(width) : -1;
}

bool PanelFrame::panelFits() const
{
    if (!m_panel)
        return true;
    const QWidgetItem item(m_panel);
    const QSize min = item.minimumSize();
    const QSize max = item.maximumSize();
    return min.width() <= width() && min.height() <= height() && max.width() >= width() &&
           max.height() >= height();
}

bool PanelFrame::event(QEvent* event)
{
    // The panel's updateGeometry(), posted to its parent because the parent has no layout.
    if (event->type() == QEvent::LayoutRequest) {
        if (!panelFits())
            updateGeometry();
        return true;
    }
    return QWidget::event(event);
}

void PanelFrame::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_panel)
        m_panel->setGeometry(rect());
}

void PanelFrame::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Requests made while hidden were never sent.
    if (!panelFits())
        updateGeometry();
}

bool isOnScreen(const QWidget* widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

} // namespace sg::ui
