// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointAdvice.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QJsonArray;
class QJsonValue;
class QTextStream;

/// The Markdown sections of the health report, each written from its part of the report's JSON.
namespace sg::healthreport {

QString dateTime(qint64 ms);
/// A percentage, or "–" when the figure is missing.
QString pct(const QJsonValue& v);
/// Whether pg_stat_statements is installed and loaded, and what to do when it is not.
QString statementsState(const QJsonObject& pss);

void writeCheckpoints(QTextStream& t, const QJsonObject& c, const QJsonValue& io,
                      const QList<CheckpointAdvice::Advice>& advice);
void writeWraparound(QTextStream& t, const QJsonObject& w, const QJsonArray& sequences);
void writeVacuum(QTextStream& t, const QJsonObject& v);
void writeReplication(QTextStream& t, const QJsonObject& r);

} // namespace sg::healthreport
