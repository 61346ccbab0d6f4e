// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Advisor.h"

#include <QJsonObject>
#include <QObject>

namespace sg {

class DbClient;

/// The health report: server version and the settings that matter, cache hit ratios, connection
/// use, pg_stat_statements presence, checkpoints and I/O (pg_stat_io on 16+), and every advisor
/// finding with its fix. Collected on one
/// worker (collect(), then ready() or failed()); written as JSON for machines, Markdown or HTML
/// for people.
class HealthReport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Json };

    explicit HealthReport(DbClient* client, QObject* parent = nullptr);

    void collect();
    QJsonObject toJson() const;
    QString toMarkdown() const;
    QString toHtml() const;
    QString render(Format format) const;
    /// md, markdown, html, htm, json; false for anything else.
    static bool parseFormat(const QString& name, Format* format);
    /// The format a file name asks for by its extension (Markdown when unknown).
    static Format formatForPath(const QString& path);

Q_SIGNALS:
    void ready();
    void failed(const sg::DbError& error);

private:
    void maybeReady();

    DbClient* m_client;
    Advisor m_advisor;
    QJsonObject checkpointsJson() const;
    QJsonValue ioJson() const;

    quint64 m_overviewRequest = 0, m_checkpointsRequest = 0, m_ioRequest = 0;
    ResultSet m_overview, m_checkpoints, m_io;
    int m_serverMajor = 0;
    bool m_haveOverview = false;
    bool m_haveFindings = false;
    qint64 m_generatedMs = 0;
};

} // namespace sg
