// SPDX-License-Identifier: GPL-3.0-or-later
#include "LintFinding.h"

namespace sg {

QString LintFinding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

bool LintFinding::parseSeverity(const QString& name, Severity* out)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QJsonObject LintFinding::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("file"), file},
            {QStringLiteral("version"), version},
            {QStringLiteral("line"), line},
            {QStringLiteral("statement"), statement},
            {QStringLiteral("message"), message},
            {QStringLiteral("why"), why},
            {QStringLiteral("rewrite"), rewrite},
            {QStringLiteral("live"), live}};
}

QString LintFinding::location() const
{
    return file + QLatin1Char(':') + QString::number(line);
}

} // namespace sg
