// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace sg::ui {

/// The action icons (resources/icons/actions/*.svg), drawn in dark strokes on a light palette and
/// light strokes on a dark one; SVG, so they stay sharp at any scale factor.
QIcon actionIcon(const QString& name);

} // namespace sg::ui
