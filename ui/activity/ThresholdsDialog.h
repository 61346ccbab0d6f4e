// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/ActivityThresholds.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace sg::ui {

/// Edits the Activity panel's warning thresholds.
class ThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ThresholdsDialog(const sg::ActivityThresholds& current, QWidget* parent = nullptr);
    sg::ActivityThresholds thresholds() const;

private:
    QDoubleSpinBox* m_utilization;
    QSpinBox* m_lockWaiters;
    QDoubleSpinBox* m_idleInTransaction;
    QDoubleSpinBox* m_cacheHit;
    QDoubleSpinBox* m_wraparound;
    QDoubleSpinBox* m_replicaLag;
    QDoubleSpinBox* m_inactiveSlot;
    QDoubleSpinBox* m_sequence; ///< created before m_wraparound, shown above it
};

} // namespace sg::ui
