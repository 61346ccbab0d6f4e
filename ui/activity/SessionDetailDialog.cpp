// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDetailDialog.h"
#include "ui/RowList.h"
#include "ui/StateColors.h"

#include "db/Durations.h"
#include "db/ResultTableModel.h"
#include "monitor/SessionDetail.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace sg::ui {

namespace {
constexpr int kRefreshMs = 2000; // as often as the sessions list
} // namespace

SessionDetailDialog::SessionDetailDialog(sg::ServerSession* session, int pid, QWidget* parent)
    : QDialog(parent), m_detail(new sg::SessionDetail(session, this)),
      m_locksModel(new sg::ResultTableModel(this)), m_pid(pid)
{
    setObjectName(QStringLiteral("sessionDetail"));
    setWindowTitle(tr("Session %1").arg(pid));
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_query = new QPlainTextEdit(this);
    m_query->setReadOnly(true);
    m_query->setAccessibleName(tr("Query"));
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_progress = new QLabel(this);
    m_progress->setWordWrap(true);
    m_statement = new QLabel(this);
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_locks = new QTableView(this);
    m_locks->setAccessibleName(tr("Locks"));
    m_locks->setObjectName(QStringLiteral("sessionLocks"));
    m_locksModel->setColumnTitles({{QStringLiteral("granted"), tr("Granted")},
                                   {QStringLiteral("mode"), tr("Mode")},
                                   {QStringLiteral("locktype"), tr("Lock type")},
                                   {QStringLiteral("object"), tr("On")},
                                   {QStringLiteral("waiting_seconds"), tr("Waiting (s)")}});
    m_locks->setModel(m_locksModel);
    setUpRowList(m_locks);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Progress:"), m_progress);
    form->addRow(tr("Usually:"), m_statement);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_query);
    auto* lockBox = new QWidget(split);
    auto* lockLayout = new QVBoxLayout(lockBox);
    lockLayout->setContentsMargins(0, 0, 0, 0);
    lockLayout->addWidget(new QLabel(tr("Locks held and awaited:"), lockBox));
    lockLayout->addWidget(m_locks);
    split->addWidget(lockBox);

    auto* buttons = new QDialogButtonBox(this);
    auto* refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel query…"), QDialogButtonBox::ActionRole);
    m_terminate = buttons->addButton(tr("Terminate session…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(refreshButton, &QPushButton::clicked, this, &SessionDetailDialog::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT actionRequested(false, m_pid); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { Q_EMIT actionRequested(true, m_pid); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_detail, &sg::SessionDetail::loaded, this, &SessionDetailDialog::present);
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_detail->isLoading() && !m_detail->sessionEnded())
            refresh();
    });
    m_timer->start();
    m_status->setText(tr("Reading session %1…").arg(pid));
    refresh();
}

void SessionDetailDialog::refresh()
{
    m_detail->load(m_pid);
}

void SessionDetailDialog::setSignalBlockedReason(const QString& why)
{
    for (QPushButton* b : {m_cancel, m_terminate}) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
    }
}

QString SessionDetailDialog::ages() const
{
    auto v = [this](const char* column) { return m_detail->value(QString::fromLatin1(column)); };
    auto age = [&](const char* column) { return sg::durationText(v(column).isNull() ? -1 : v(column).toDouble()); };
    QStringList lines;
    QString state = v("state").toString();
    if (!v("wait_event").isNull())
        state += tr(", waiting for %1: %2").arg(v("wait_event_type").toString(), v("wait_event").toString());
    lines << tr("State: %1, for %2").arg(state.isEmpty() ? tr("unknown") : state, age("state_seconds"));
    if (!v("xact_start").isNull())
        lines << tr("Transaction open for %1").arg(age("xact_seconds"));
    else
        lines << tr("No transaction open");
    if (!v("query_start").isNull())
        lines << (v("state").toString() == QLatin1String("active")
                      ? tr("This query has run for %1").arg(age("query_seconds"))
                      : tr("Last query started %1 ago").arg(age("query_seconds")));
    lines << tr("Connected for %1").arg(age("backend_seconds"));
    if (!v("backend_xmin").isNull())
        lines << tr("Holds the xmin horizon at transaction %1: VACUUM cannot remove rows that died after it")
                     .arg(v("backend_xmin").toString());
    const QString blockedBy = v("blocked_by").toString();
    if (!blockedBy.isEmpty())
        lines << tr("Waits for session(s) %1").arg(blockedBy);
    const QString blocks = v("blocks").toString();
    if (!blocks.isEmpty())
        lines << tr("Blocks %n session(s): %1", nullptr, int(blocks.count(QLatin1Char(',')) + 1)).arg(blocks);
    return lines.join(QLatin1Char('\n'));
}

void SessionDetailDialog::present()
{
    if (m_detail->error().isError()) {
        showState(m_status, m_detail->error().userMessage(), State::Error);
        return;
    }
    clearState(m_status);
    if (m_detail->sessionEnded()) {
        m_header->setText(tr("Session %1 has ended").arg(m_pid));
        m_status->setText(tr("The server no longer has this session; what is shown is its last state."));
        setSignalBlockedReason(tr("The session has ended."));
        m_timer->stop();
        return;
    }
    auto v = [this](const char* column) { return m_detail->value(QString::fromLatin1(column)).toString(); };
    m_header->setText(tr("Session %1 · %2 · %3@%4 from %5")
                          .arg(m_pid)
                          .arg(v("application").isEmpty() ? tr("(no application name)") : v("application"),
                               v("user"), v("database"), v("client")));
    m_summary->setText(ages());
    const QString query = v("query");
    if (m_query->toPlainText() != query)
        m_query->setPlainText(query);

    const sg::ResultSet& progress = m_detail->progress();
    if (progress.rowCount() == 0) {
        m_progress->setText(tr("No long command (VACUUM, ANALYZE, CREATE INDEX, CLUSTER, COPY, base backup) running."));
    } else {
        const double done = progress.value(0, QStringLiteral("done")).toDouble();
        const QVariant total = progress.value(0, QStringLiteral("total"));
        QString text = tr("%1 — %2").arg(progress.value(0, QStringLiteral("command")).toString(),
                                          progress.value(0, QStringLiteral("phase")).toString());
        if (!total.isNull() && total.toDouble() > 0)
            text += tr(": %1 of %2 %3 (%4 %)")
                        .arg(QLocale().toString(done, 'f', 0), QLocale().toString(total.toDouble(), 'f', 0),
                             progress.value(0, QStringLiteral("unit")).toString(),
                             QLocale().toString(100.0 * done / total.toDouble(), 'f', 1));
        const QString object = progress.value(0, QStringLiteral("object")).toString();
        if (!object.isEmpty())
            text += tr(" on %1").arg(object);
        m_progress->setText(text);
    }

    const sg::ResultSet& st = m_detail->statement();
    if (st.rowCount() > 0) {
        auto n = [&](const char* column) { return st.value(0, QString::fromLatin1(column)).toDouble(); };
        const QLocale l;
        m_statement->setText(tr("%1 calls, mean %2 ms, max %3 ms, %4 rows in all (pg_stat_statements)")
                                 .arg(l.toString(n("calls"), 'f', 0), l.toString(n("mean_ms"), 'f', 2),
                                      l.toString(n("max_ms"), 'f', 2), l.toString(n("rows"), 'f', 0)));
    } else {
        m_statement->setText(m_detail->statementNote());
    }
    const bool first = m_locksModel->rowCount() == 0;
    m_locksModel->setResult(m_detail->locks());
    if (first)
        m_locks->resizeColumnsToContents();
    m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
}

QString SessionDetailDialog::summaryText() const
{
    return m_header->text() + QLatin1Char('\n') + m_summary->text();
}

QString SessionDetailDialog::queryText() const
{
    return m_query->toPlainText();
}

QString SessionDetailDialog::progressText() const
{
    return m_progress->text();
}

QString SessionDetailDialog::statementText() const
{
    return m_statement->text();
}

} // namespace sg::ui
