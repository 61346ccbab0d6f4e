// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfRunner.h"

#include "Explain.h"

#include "db/DbClient.h"

#include <QCoreApplication>

namespace sg {

WhatIfRunner::WhatIfRunner(DbClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    connect(client, &DbClient::replied, this, &WhatIfRunner::onReply);
}

QString WhatIfRunner::unavailableReason() const
{
    if (!m_client)
        return tr("Not connected.");
    const Capabilities& caps = m_client->capabilities();
    if (caps.hasExtension(QStringLiteral("hypopg")))
        return {};
    if (caps.availableExtensions.contains(QStringLiteral("hypopg")))
        return tr(
            "hypopg is installed on the server but not in this database: CREATE EXTENSION hypopg; (needs the "
            "CREATE privilege on the database). It creates nothing until asked, and what it creates lives "
            "only "
            "in one session's memory.");
    return tr("What-if indexes need the hypopg extension, which this server does not have: install it "
              "(Debian/Ubuntu: "
              "postgresql-%1-hypopg; elsewhere see github.com/HypoPG/hypopg), then CREATE EXTENSION hypopg;.")
        .arg(caps.majorVersion());
}

namespace {
constexpr int kLockTimeoutMs = 2000;
} // namespace

void WhatIfRunner::run(const QString& sql, const Plan& plan)
{
    m_results.clear();
    m_explainOf.clear();
    m_createOf.clear();
    m_pending.clear();
    m_error.clear();
    // Tried even when the connect-time probe did not see hypopg: someone may have created it since.
    const QList<WhatIf::Candidate> candidates = WhatIf::candidates(plan);
    if (candidates.isEmpty()) {
        Q_EMIT finished(
            {},
            tr("No candidate: the plan has no sequential scan or wasteful index scan with a filter or join "
               "condition an index could serve."));
        return;
    }
    Explain estimate; // no ANALYZE: hypothetical indexes exist only for the planner
    const QString explainSql = estimate.explainSql(sql, m_client->capabilities().serverVersionNum);
    const double before = plan.nodes.isEmpty() ? 0 : plan.nodes.first().totalCost;
    // The plans are asked on the editor's connection (its search_path and settings are the
    // statement's), but a table another session holds exclusively must not stall it: a short
    // lock_timeout for the test, the user's own value put back after it.
    m_pending << m_client->submit(QStringLiteral("whatif"),
                                  QStringLiteral("SELECT set_config('sightglass.saved_lock_timeout', "
                                                 "current_setting('lock_timeout'), false), "
                                                 "set_config('lock_timeout', $1, false)"),
                                  {QStringLiteral("%1ms").arg(kLockTimeoutMs)});
    for (const WhatIf::Candidate& c : candidates) {
        Result r;
        r.candidate = c;
        r.costBefore = before;
        m_results << r;
        const int index = int(m_results.size() - 1);
        const quint64 create = m_client->submit(
            QStringLiteral("whatif"), QStringLiteral("SELECT indexrelid FROM hypopg_create_index($1)"),
            {c.createSql()});
        m_createOf.insert(create, index);
        DbRequest e;
        e.tag = QStringLiteral("whatif");
        e.sql = explainSql;
        e.singleStatement = true;
        const quint64 explain = m_client->submit(std::move(e));
        m_explainOf.insert(explain, index);
        // Per candidate, so each plan sees one hypothetical index, and none outlives the test.
        const quint64 reset =
            m_client->submit(QStringLiteral("whatif"), QStringLiteral("SELECT hypopg_reset()"));
        m_pending << create << explain << reset;
    }
    m_pending << m_client->submit(QStringLiteral("whatif"),
                                  QStringLiteral("SELECT set_config('lock_timeout', "
                                                 "current_setting('sightglass.saved_lock_timeout'), false)"));
}

QString WhatIfRunner::describe(const DbError& error)
{
    if (error.sqlState == QLatin1String("55P03"))
        return tr("Not tried: another session holds a lock on a table of this statement that the test "
                  "would wait for (more than %1 s). The Activity panel's blocking tree shows who.")
            .arg(kLockTimeoutMs / 1000);
    return error.userMessage();
}

void WhatIfRunner::onReply(const DbReply& reply)
{
    if (!m_pending.remove(reply.id))
        return;
    if (m_createOf.contains(reply.id) && !reply.ok()) {
        const bool missing = reply.error.message.contains(QLatin1String("hypopg_create_index"));
        m_results[m_createOf.value(reply.id)].error = describe(reply.error);
        if (missing && m_error.isEmpty())
            m_error = unavailableReason().isEmpty() ? reply.error.userMessage() : unavailableReason();
    } else if (m_explainOf.contains(reply.id)) {
        Result& r = m_results[m_explainOf.value(reply.id)];
        if (!reply.ok()) {
            if (r.error.isEmpty())
                r.error = describe(reply.error);
        } else {
            QString error;
            if (auto plan = Plan::parse(reply.result.value(0, 0).toString(), &error)) {
                plan->analyse();
                r.plan = *plan;
                r.costAfter = plan->nodes.isEmpty() ? 0 : plan->nodes.first().totalCost;
                r.usesIndex = WhatIf::usesHypotheticalIndex(*plan);
            } else {
                r.error = error;
            }
        }
    } else if (!reply.ok() && m_error.isEmpty()) {
        m_error = reply.error.userMessage(); // hypopg_reset failed: say so, it matters
    }
    if (m_pending.isEmpty())
        Q_EMIT finished(m_results, m_error);
}

} // namespace sg
