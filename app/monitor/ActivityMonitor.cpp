// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityMonitor.h"

#include "db/DbClient.h"
#include "db/LiveQuery.h"
#include "db/PgTypes.h"
#include "db/ResultTableModel.h"
#include "db/ServerSession.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

namespace sg {

namespace {

ResultSet applicationsResult(const ActivitySample& s)
{
    using namespace pgtype;
    ResultSet::Data d;
    d.columns = {{QStringLiteral("application"), Text},
                 {QStringLiteral("total"), Int8},
                 {QStringLiteral("active"), Int8},
                 {QStringLiteral("idle"), Int8},
                 {QStringLiteral("idle_in_transaction"), Int8},
                 {QStringLiteral("waiting"), Int8},
                 {QStringLiteral("share_of_max_pct"), Float8}};
    for (const auto& a : s.applications) {
        d.rows.append({a.name, qint64(a.total), qint64(a.active), qint64(a.idle), qint64(a.idleInTransaction),
                       qint64(a.waiting),
                       s.maxConnections ? 100.0 * a.total / s.maxConnections : QVariant()});
    }
    return ResultSet(std::move(d));
}

ResultSet groupsResult(const QString& nameColumn, const QList<GroupCount>& groups)
{
    using namespace pgtype;
    ResultSet::Data d;
    d.columns = {{nameColumn, Text}, {QStringLiteral("sessions"), Int8}, {QStringLiteral("busy"), Int8}};
    for (const auto& g : groups)
        d.rows.append({g.name, qint64(g.total), qint64(g.busy)});
    return ResultSet(std::move(d));
}

ResultSet alertsResult(const QList<AlertEvent>& log)
{
    using namespace pgtype;
    ResultSet::Data d;
    d.columns = {{QStringLiteral("time"), Text},        {QStringLiteral("rule"), Text},
                 {QStringLiteral("state"), Text},       {QStringLiteral("value"), Float8},
                 {QStringLiteral("threshold"), Float8}, {QStringLiteral("message"), Text}};
    for (auto it = log.crbegin(); it != log.crend(); ++it) { // newest first
        d.rows.append(
            {QDateTime::fromMSecsSinceEpoch(it->timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             it->ruleName(),
             it->raised ? QCoreApplication::translate("sg::ActivityMonitor", "raised")
                        : QCoreApplication::translate("sg::ActivityMonitor", "cleared"),
             it->value, it->limit, it->message()});
    }
    return ResultSet(std::move(d));
}

} // namespace

ActivityMonitor::ActivityMonitor(ServerSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_sampler(new ActivitySampler(session->monitor(), this)),
      m_pools(new PgBouncerSampler(session->monitor(), this)),
      m_waits(new WaitProfiler(session->monitor(), this)),
      m_sessions(new LiveQuery(session->monitor(), QStringLiteral("activity_sessions"),
                               {QStringLiteral("pid")}, this)),
      m_applications(new ResultTableModel(this)), m_alertLog(new ResultTableModel(this)),
      m_databases(new ResultTableModel(this)), m_users(new ResultTableModel(this)),
      m_poolTable(new ResultTableModel(this)), m_poolStats(new ResultTableModel(this))
{
    m_applications->setKeyColumns({QStringLiteral("application")});
    m_databases->setKeyColumns({QStringLiteral("database")});
    m_users->setKeyColumns({QStringLiteral("user")});
    m_poolTable->setKeyColumns({QStringLiteral("database"), QStringLiteral("user")});
    m_poolStats->setKeyColumns({QStringLiteral("database")});
    m_sessions->setIntervalMs(2000);
    m_waits->setRateHz(Settings::waitSampleHz());
    m_store.open(); // a failure only costs the history: hiddenFiguresNote()/history().lastError() say so
    connect(m_sampler, &ActivitySampler::sampled, this, &ActivityMonitor::refreshTables);
    connect(m_sampler, &ActivitySampler::alertsChanged, this, &ActivityMonitor::refreshTables);
    connect(m_pools, &PgBouncerSampler::sampled, this, [this] {
        m_poolTable->setResult(m_pools->pools());
        m_poolStats->setResult(m_pools->stats());
    });
    connect(session->admin(), &DbClient::replied, this, [this](const DbReply& r) {
        if (r.id != m_actionRequest)
            return;
        m_actionRequest = 0;
        const bool done = r.ok() && r.result.rowCount() == 1 && r.result.value(0, 0).toBool();
        Q_EMIT actionFinished(done, r.ok() ? (done ? tr("Done.") : tr("The session had already ended."))
                                           : r.error.userMessage());
        m_sessions->refresh();
    });
}

ActivityMonitor::~ActivityMonitor()
{
    m_sampler->stop();
}

bool ActivityMonitor::isPgBouncer() const
{
    return m_session->options().isPgBouncerConsole();
}

void ActivityMonitor::start()
{
    if (isPgBouncer()) {
        m_pools->start();
        return;
    }
    m_sampler->attachHistory(m_store.isOpen() ? &m_store : nullptr, m_session->options().displayName());
    m_waits->attachHistory(m_store.isOpen() ? &m_store : nullptr, m_session->options().displayName());
    m_sampler->start();
    m_waits->start();
    m_sessions->start();
}

int ActivityMonitor::localServerCpus(const ConnectionOptions& options)
{
    // A socket directory, or the loopback: the server shares this machine's processors.
    return options.isThisMachine() ? QThread::idealThreadCount() : 0;
}

int ActivityMonitor::serverCpus(QString* source) const
{
    const QString server = m_session->options().displayName();
    if (const int given = Settings::serverCpus(server); given > 0) {
        if (source)
            *source = tr("as set for this server");
        return given;
    }
    if (const int local = localServerCpus(m_session->options()); local > 0) {
        if (source)
            *source = tr("this machine's, where the server runs");
        return local;
    }
    if (source)
        *source = tr("unknown: PostgreSQL does not tell; set it for this server");
    return 0;
}

void ActivityMonitor::setServerCpus(int cpus)
{
    Settings::setServerCpus(m_session->options().displayName(), cpus);
}

void ActivityMonitor::stop()
{
    m_sampler->stop();
    m_waits->stop();
    m_pools->stop();
    m_sessions->stop();
}

QString ActivityMonitor::hiddenFiguresNote() const
{
    const Capabilities& c = m_session->capabilities();
    if (c.serverVersionNum == 0 || c.canSeeAllSessions())
        return {};
    return tr("Your role (%1) is neither superuser nor a member of pg_monitor or pg_read_all_stats: other "
              "users' "
              "sessions show as \"hidden\", without state, wait event or query. Ask for "
              "GRANT pg_monitor TO %1 to see them.")
        .arg(c.currentUser);
}

QString ActivityMonitor::actionSql(SessionAction action, int pid)
{
    return action == SessionAction::Cancel ? QStringLiteral("SELECT pg_cancel_backend(%1);").arg(pid)
                                           : QStringLiteral("SELECT pg_terminate_backend(%1);").arg(pid);
}

bool ActivityMonitor::runAction(SessionAction action, int pid)
{
    // On the admin session: the interactive one may be waiting on the very lock the user is trying
    // to break. Allowed on production (read-only) profiles too: it changes no data, and the UI
    // asked for a confirmation that shows the statement.
    if (pid <= 0 || m_session->admin()->state() != ConnectionState::Connected)
        return false;
    m_actionRequest = m_session->admin()->submit(QStringLiteral("session-action"), actionSql(action, pid));
    return true;
}

QString ActivityMonitor::whyCannotSignal(const QString& user) const
{
    const Capabilities& c = m_session->capabilities();
    if (c.serverVersionNum == 0 || c.isSuperuser || user == c.currentUser)
        return {};
    if (user.isEmpty() || user == QLatin1String("(none)"))
        return tr("Your role (%1) cannot see whose session this is, so it may not signal it.").arg(c.currentUser);
    if (c.superuserNames.contains(user))
        return tr("Only a superuser may cancel or terminate a session of the superuser %1.").arg(user);
    if (!c.hasSignalBackend)
        return tr("Your role (%1) may only cancel or terminate its own sessions; GRANT pg_signal_backend TO %1 "
                  "allows it for other non-superusers.")
            .arg(c.currentUser);
    return {};
}

void ActivityMonitor::refreshTables()
{
    m_applications->setResult(applicationsResult(m_sampler->latest()));
    m_databases->setResult(groupsResult(QStringLiteral("database"), m_sampler->latest().databases));
    m_users->setResult(groupsResult(QStringLiteral("user"), m_sampler->latest().users));
    m_alertLog->setResult(alertsResult(m_sampler->alerts().log()));
}

} // namespace sg
