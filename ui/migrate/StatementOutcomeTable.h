// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

#include <functional>

class QProgressBar;

namespace sg {
class MigrationController;
struct StatementOutcome;
} // namespace sg

namespace sg::ui {

/// One row per statement of a rehearsal or an apply: where, what, how it went, how long, the error.
class StatementOutcomeTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit StatementOutcomeTable(QWidget* parent = nullptr);
    void add(const sg::StatementOutcome& outcome);
    /// Adds a row per statement \a controller reports, and moves \a bar, while \a mine says the
    /// running job is the page's own.
    void follow(sg::MigrationController* controller, QProgressBar* bar, std::function<bool()> mine);
    void clearOutcomes();
    /// The state column of each row ("ok", "failed", "not rehearsable" …), for tests.
    QStringList states() const;
};

} // namespace sg::ui
