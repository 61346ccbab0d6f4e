// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace sg {
struct StatementOutcome;
}

namespace sg::ui {

/// One row per statement of a rehearsal or an apply: where, what, how it went, how long, the error.
class StatementOutcomeTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit StatementOutcomeTable(QWidget* parent = nullptr);
    void add(const sg::StatementOutcome& outcome);
    void clearOutcomes();
    /// The state column of each row ("ok", "failed", "not rehearsable" …), for tests.
    QStringList states() const;
};

} // namespace sg::ui
