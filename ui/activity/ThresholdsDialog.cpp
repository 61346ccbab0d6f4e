// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThresholdsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace sg::ui {

ThresholdsDialog::ThresholdsDialog(const sg::ActivityThresholds& current, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Activity warnings"));
    m_utilization = new QDoubleSpinBox(this);
    m_utilization->setRange(1, 100);
    m_utilization->setSuffix(tr(" % of usable connections"));
    m_utilization->setValue(current.utilizationPct);
    m_lockWaiters = new QSpinBox(this);
    m_lockWaiters->setRange(0, 10000);
    m_lockWaiters->setPrefix(tr("more than "));
    m_lockWaiters->setSuffix(tr(" session(s)"));
    m_lockWaiters->setValue(current.lockWaiters);
    m_idleInTransaction = new QDoubleSpinBox(this);
    m_idleInTransaction->setRange(1, 86400);
    m_idleInTransaction->setSuffix(tr(" s"));
    m_idleInTransaction->setValue(current.idleInTransactionS);
    m_cacheHit = new QDoubleSpinBox(this);
    m_cacheHit->setRange(0, 100);
    m_cacheHit->setSuffix(tr(" %"));
    m_cacheHit->setValue(current.cacheHitPct);
    m_sequence = new QDoubleSpinBox(this);
    m_sequence->setRange(1, 100);
    m_sequence->setDecimals(1);
    m_sequence->setSuffix(tr(" % of its values used"));
    m_sequence->setToolTip(
        tr("The fullest sequence against its limit, or the integer column it feeds, as the "
           "Production health panel reads it once a minute"));
    m_sequence->setValue(current.sequenceUsedPct);
    m_wraparound = new QDoubleSpinBox(this);
    m_wraparound->setRange(0.01, 100);
    m_wraparound->setDecimals(2);
    m_wraparound->setSuffix(tr(" % of the way to wraparound"));
    m_wraparound->setToolTip(tr("The oldest transaction ID's age against the age where the server stops "
                                "accepting writes (about 2.1 billion)"));
    m_wraparound->setValue(current.wraparoundPct);
    m_replicaLag = new QDoubleSpinBox(this);
    m_replicaLag->setRange(0.1, 86400);
    m_replicaLag->setSuffix(tr(" s behind"));
    m_replicaLag->setToolTip(tr("A standby's replay lag as it reports it, or, connected to a standby, how "
                                "long its own replay is behind"));
    m_replicaLag->setValue(current.replicaLagS);
    m_inactiveSlot = new QDoubleSpinBox(this);
    m_inactiveSlot->setRange(0, 10 * 1024 * 1024);
    m_inactiveSlot->setDecimals(0);
    m_inactiveSlot->setSuffix(tr(" MiB of WAL"));
    m_inactiveSlot->setToolTip(tr("WAL kept on the primary's disk for a replication slot nothing reads"));
    m_inactiveSlot->setValue(current.inactiveSlotMb);

    // Named, so a test (or an accessibility tool) finds a row by what it is, not where it sits.
    const QList<QPair<QWidget*, const char*>> named{{m_utilization, "utilizationSpin"},
                                                    {m_lockWaiters, "lockWaitersSpin"},
                                                    {m_idleInTransaction, "idleInTransactionSpin"},
                                                    {m_cacheHit, "cacheHitSpin"},
                                                    {m_sequence, "sequenceSpin"},
                                                    {m_wraparound, "wraparoundSpin"},
                                                    {m_replicaLag, "replicaLagSpin"},
                                                    {m_inactiveSlot, "inactiveSlotSpin"}};
    for (const auto& [widget, name] : named)
        widget->setObjectName(QLatin1String(name));

    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Warn when a figure crosses its limit; recovery is logged too."), this));
    form->addRow(tr("Utilization above"), m_utilization);
    form->addRow(tr("Waiting on a lock"), m_lockWaiters);
    form->addRow(tr("Idle in a transaction longer than"), m_idleInTransaction);
    form->addRow(tr("Cache hit ratio below"), m_cacheHit);
    form->addRow(tr("A sequence above"), m_sequence);
    form->addRow(tr("Oldest transaction ID above"), m_wraparound);
    form->addRow(tr("Replica lagging more than"), m_replicaLag);
    form->addRow(tr("Inactive slot retaining more than"), m_inactiveSlot);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const sg::ActivityThresholds d;
        m_utilization->setValue(d.utilizationPct);
        m_lockWaiters->setValue(d.lockWaiters);
        m_idleInTransaction->setValue(d.idleInTransactionS);
        m_cacheHit->setValue(d.cacheHitPct);
        m_wraparound->setValue(d.wraparoundPct);
        m_sequence->setValue(d.sequenceUsedPct);
        m_replicaLag->setValue(d.replicaLagS);
        m_inactiveSlot->setValue(d.inactiveSlotMb);
    });
    form->addRow(buttons);
}

sg::ActivityThresholds ThresholdsDialog::thresholds() const
{
    sg::ActivityThresholds t;
    t.utilizationPct = m_utilization->value();
    t.lockWaiters = m_lockWaiters->value();
    t.idleInTransactionS = m_idleInTransaction->value();
    t.cacheHitPct = m_cacheHit->value();
    t.wraparoundPct = m_wraparound->value();
    t.sequenceUsedPct = m_sequence->value();
    t.replicaLagS = m_replicaLag->value();
    t.inactiveSlotMb = m_inactiveSlot->value();
    return t;
}

} // namespace sg::ui
