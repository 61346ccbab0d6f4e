// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace sg::ui {

/// What a dock holds: one panel, filling it. It keeps the panel's layout changes inside the dock.
///
/// Qt passes every layout change up to the window: a label in a panel that says "12.3 tps" one
/// second and "9.8 tps" the next relays out the whole main window, every dock and the toolbar,
/// and repaints them, even with that panel on a tab behind another. A frame has no layout of
/// its own, so the panel's change reaches it as a request it can judge: it goes on to the window
/// only when the panel no longer fits the room it has (a bigger minimum, a smaller maximum). A
/// frame that is not shown hears nothing, and looks again when it is shown.
class PanelFrame : public QWidget
{
    Q_OBJECT
public:
    explicit PanelFrame(QWidget* panel, QWidget* parent = nullptr);

    /// Puts \a panel in the frame and deletes the one before (the window's panels belong to one
    /// connection; the caller deletes what they watch after them).
    void setPanel(QWidget* panel);
    QWidget* panel() const { return m_panel; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Whether the panel's limits still allow the frame's present size.
    bool panelFits() const;

    QPointer<QWidget> m_panel;
};

/// Whether any of \a widget can be seen. A dock on a tab behind another is visible to Qt
/// (isVisible() is true) but covered: its visible region is empty. QDockWidget::visibilityChanged
/// says when it comes to the front.
bool isOnScreen(const QWidget* widget);

} // namespace sg::ui
