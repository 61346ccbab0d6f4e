// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointAdvice.h"

namespace sg {

CheckpointAdvice CheckpointAdvice::from(const ResultSet& rs)
{
    auto v = [&](const char* c) { return rs.value(0, QString::fromLatin1(c)); };
    CheckpointAdvice a;
    if (rs.rowCount() == 0)
        return a;
    a.timed = v("timed").toLongLong();
    a.requested = v("requested").toLongLong();
    a.byCheckpointer = v("buffers_checkpointer").toLongLong();
    a.byBgwriter = v("buffers_bgwriter").toLongLong();
    a.byBackends = v("buffers_backends").toLongLong();
    a.maxWalSize = v("max_wal_size").toString();
    a.checkpointTimeout = v("checkpoint_timeout").toString();
    return a;
}

double CheckpointAdvice::requestedPct() const
{
    return timed + requested > 0 ? 100.0 * double(requested) / double(timed + requested) : std::nan("");
}

double CheckpointAdvice::backendsPct() const
{
    const qint64 all = byCheckpointer + byBgwriter + byBackends;
    return all > 0 ? 100.0 * double(byBackends) / double(all) : std::nan("");
}

QList<CheckpointAdvice::Advice> CheckpointAdvice::advice() const
{
    QList<Advice> out;
    // Ten checkpoints before saying "most": one requested checkpoint after a restart says nothing.
    if (timed + requested >= 10 && requestedPct() > 30)
        out << Advice{
            tr("Most checkpoints were requested"),
            tr("WAL reached max_wal_size (%1) before checkpoint_timeout (%2) came round. Each one "
               "writes out every dirty buffer at once; raise max_wal_size so that they come on time.")
                .arg(maxWalSize, checkpointTimeout)};
    if (backendsPct() > 20 && byBackends >= 1000)
        out << Advice{tr("Backends write out buffers themselves"),
                      tr("queries waited for their own writes. shared_buffers may be too small, or the "
                         "background writer too slow (bgwriter_lru_maxpages).")};
    return out;
}

} // namespace sg
