// SPDX-License-Identifier: GPL-3.0-or-later
#include "Explain.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>

namespace sg {

namespace {

/// The statement with comments, string literals, quoted identifiers and dollar-quoted bodies
/// blanked out (same length, so positions still match), so that words and $n inside them are
/// not taken for keywords or parameters.
QString codeOnly(const QString& sql)
{
    QString out = sql;
    auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < out.size(); ++k) {
            if (out.at(k) != QLatin1Char('\n'))
                out[k] = QLatin1Char(' ');
        }
    };
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        const qsizetype begin = i;
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < sql.size() && sql.at(i) != QLatin1Char('\n'))
                ++i;
            blank(begin, i);
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0;
            do {
                if (sql.mid(i, 2) == QLatin1String("/*")) {
                    ++depth;
                    i += 2;
                } else if (sql.mid(i, 2) == QLatin1String("*/")) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (i < sql.size() && depth > 0);
            blank(begin, i);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const bool escapes = c == QLatin1Char('\'') && i > 0 &&
                                 (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e'));
            ++i;
            while (i < sql.size()) {
                if (escapes && sql.at(i) == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (sql.at(i) == c) {
                    if (i + 1 < sql.size() && sql.at(i + 1) == c) { // doubled quote
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            blank(begin, i);
        } else if (c == QLatin1Char('$')) {
            // $tag$ … $tag$ bodies; $1 is a parameter and stays.
            static const QRegularExpression tag(QStringLiteral(R"(\G\$([A-Za-z_][A-Za-z0-9_]*)?\$)"));
            const auto m = tag.match(sql, i);
            if (m.hasMatch()) {
                const QString t = m.captured(0);
                const qsizetype end = sql.indexOf(t, i + t.size());
                i = end < 0 ? sql.size() : end + t.size();
                blank(begin, i);
            } else {
                ++i;
            }
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace

bool Explain::writesData(const QString& sql)
{
    static const QRegularExpression dml(QStringLiteral(R"(\b(insert|update|delete|merge)\b)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return dml.match(codeOnly(sql)).hasMatch();
}

bool Explain::outlivesRollback(const QString& sql)
{
    static const QRegularExpression call(QStringLiteral(R"(\b(nextval|setval|dblink\w*)\s*\()"),
                                         QRegularExpression::CaseInsensitiveOption);
    return writesData(sql) || call.match(codeOnly(sql)).hasMatch();
}

int Explain::parameterCount(const QString& sql)
{
    static const QRegularExpression param(QStringLiteral(R"(\$(\d+))"));
    int highest = 0;
    auto it = param.globalMatch(codeOnly(sql));
    while (it.hasNext())
        highest = qMax(highest, it.next().captured(1).toInt());
    return highest;
}

QString Explain::bindParameters(const QString& sql, const QStringList& literals)
{
    static const QRegularExpression param(QStringLiteral(R"((?<![A-Za-z0-9_$])\$(\d+))"));
    const QString code = codeOnly(sql);
    QList<QRegularExpressionMatch> matches;
    auto it = param.globalMatch(code);
    while (it.hasNext())
        matches << it.next();
    QString out = sql;
    for (qsizetype i = matches.size() - 1; i >= 0; --i) { // from the end: earlier positions stay valid
        const int n = matches.at(i).captured(1).toInt();
        if (n >= 1 && n <= literals.size())
            out.replace(matches.at(i).capturedStart(0), matches.at(i).capturedLength(0), literals.at(n - 1));
    }
    return out;
}

QString Explain::trimmed(const QString& sql)
{
    QString s = sql.trimmed();
    while (s.endsWith(QLatin1Char(';')))
        s = s.chopped(1).trimmed();
    return s;
}

QString Explain::explainSql(const QString& sql, int serverVersionNum) const
{
    QStringList options;
    if (analyze)
        options << QStringLiteral("ANALYZE") << QStringLiteral("BUFFERS");
    options << QStringLiteral("VERBOSE");
    if (serverVersionNum >= 120000)
        options << QStringLiteral("SETTINGS");
    if (analyze && serverVersionNum >= 130000 && writesData(sql))
        options << QStringLiteral("WAL");
    if (genericPlan && !analyze && genericPlanSupported(serverVersionNum))
        options << QStringLiteral("GENERIC_PLAN");
    options << QStringLiteral("FORMAT JSON");
    return QStringLiteral("EXPLAIN (%1) %2").arg(options.join(QStringLiteral(", ")), trimmed(sql));
}

QStringList Explain::statements(const QString& sql, int serverVersionNum) const
{
    if (!analyze)
        return {explainSql(sql, serverVersionNum)};
    QStringList s{QStringLiteral("BEGIN")};
    if (timeoutMs > 0)
        s << QStringLiteral("SET LOCAL statement_timeout = %1").arg(timeoutMs);
    s << explainSql(sql, serverVersionNum) << QStringLiteral("ROLLBACK");
    return s;
}

namespace {
QString parameterKey(const QString& sql)
{
    const QString normalised = sql.simplified();
    return QStringLiteral("explain/parameters/") +
           QString::fromLatin1(QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QStringList Explain::rememberedParameters(const QString& sql)
{
    return QSettings().value(parameterKey(sql)).toStringList();
}

void Explain::rememberParameters(const QString& sql, const QStringList& values)
{
    QSettings().setValue(parameterKey(sql), values);
}

} // namespace sg
