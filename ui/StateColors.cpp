// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateColors.h"

#include <QEvent>
#include <QLabel>

namespace sg::ui {

namespace {

/// Re-colours its label when the palette changes; holds the label's current state.
class StateFollower : public QObject
{
public:
    static constexpr const char* kName = "sgStateFollower";

    explicit StateFollower(QLabel* label) : QObject(label), m_label(label)
    {
        setObjectName(QLatin1String(kName));
        label->installEventFilter(this);
    }

    void setState(State state, bool banner)
    {
        // Panels set their lines' state with every sample: a style sheet set again is parsed
        // and the label polished again. A palette change re-applies it (eventFilter).
        if (m_applied && state == m_state && banner == m_banner)
            return;
        m_state = state;
        m_banner = banner;
        m_applied = true;
        apply();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label && !m_applying &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            apply();
        return false;
    }

private:
    void apply()
    {
        m_applying = true; // setting the colour is itself a palette change
        if (m_banner) {
            // A strip across the panel: the state's tint, its colour for the text and the border.
            const QPalette p = m_label->parentWidget() ? m_label->parentWidget()->palette() : QPalette();
            m_label->setStyleSheet(
                m_state == State::Normal
                    ? QStringLiteral("border: 1px solid transparent; padding: 2px 4px;")
                    : QStringLiteral("background: %1; color: %2; border: 1px solid %2; padding: 2px 4px;")
                          .arg(stateBackground(m_state, p).name(), stateColor(m_state, p).name()));
        } else if (m_state == State::Normal) {
            m_label->setPalette(QPalette()); // nothing set here: all of it inherited again
        } else {
            QPalette p = m_label->palette();
            p.setColor(QPalette::WindowText, stateColor(m_state, p));
            m_label->setPalette(p);
        }
        m_applying = false;
    }

    QLabel* m_label;
    State m_state = State::Normal;
    bool m_banner = false;
    bool m_applied = false;
    bool m_applying = false;
};

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor stateColor(State state, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case State::Normal:
        return palette.color(QPalette::WindowText);
    case State::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case State::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x1f, 0x5f, 0xb0);
    case State::Warning:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
    case State::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    }
    return palette.color(QPalette::WindowText);
}

QColor stateBackground(State state, const QPalette& palette)
{
    if (state == State::Normal)
        return {};
    // The state's colour blended into the base: a tint, so the text colour stays readable.
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = stateColor(state, palette);
    const double share = isDark(palette) ? 0.30 : 0.22;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

namespace {
void follow(QLabel* label, State state, bool banner)
{
    // By name: without Q_OBJECT of its own, findChild<StateFollower*> would match any child.
    auto* follower = static_cast<StateFollower*>(
        label->findChild<QObject*>(QLatin1String(StateFollower::kName), Qt::FindDirectChildrenOnly));
    if (!follower)
        follower = new StateFollower(label);
    follower->setState(state, banner);
}
} // namespace

void showState(QLabel* label, const QString& text, State state)
{
    follow(label, state, false);
    label->setText(text);
}

void clearState(QLabel* label)
{
    follow(label, State::Normal, false);
}

void showBanner(QLabel* label, State state)
{
    follow(label, state, true);
}

QString stateHeadline(const QString& text, State state, const QPalette& palette)
{
    const QString escaped = text.toHtmlEscaped();
    if (state == State::Normal)
        return QStringLiteral("<b>%1</b>").arg(escaped);
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(stateColor(state, palette).name(), escaped);
}

} // namespace sg::ui
