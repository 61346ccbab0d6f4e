// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSplitter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sg {

namespace {

bool identStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool identChar(QChar c)
{
    return identStart(c) || c.isDigit() || c == QLatin1Char('$');
}

} // namespace

SqlSplitter::Result SqlSplitter::split(const QString& sql)
{
    Result r;
    const int n = int(sql.size());
    int i = 0, line = 1;
    int start = 0, startLine = 1;
    bool inStatement = false; // something other than blanks and comments since the last end
    int atomic = 0, caseDepth = 0;
    QString previousWord;  // the last keyword-like word of the statement, upper-cased
    QString statementHead; // its first words, to recognise COPY … FROM stdin
    auto at = [&](int k) { return k < n ? sql.at(k) : QChar(); };
    auto advance = [&](int to) {
        for (; i < to && i < n; ++i) {
            if (sql.at(i) == QLatin1Char('\n'))
                ++line;
        }
    };
    auto fail = [&](const QString& what, int whereLine) {
        r.error = tr("%1 that starts on line %2 never ends.").arg(what).arg(whereLine);
    };
    auto finishStatement = [&](int end) {
        const QString text = sql.mid(start, end - start).trimmed();
        const bool added = inStatement && !text.isEmpty();
        if (added)
            r.pieces.append({Kind::Statement, text, startLine, start, {}});
        inStatement = false;
        atomic = caseDepth = 0;
        previousWord.clear();
        statementHead.clear();
        return added;
    };

    while (i < n) {
        const QChar c = sql.at(i);
        if (!inStatement) {
            if (c.isSpace()) {
                advance(i + 1);
                continue;
            }
            // A psql meta-command: a backslash at the start of a piece, to the end of its line.
            if (c == QLatin1Char('\\')) {
                const int eol =
                    sql.indexOf(QLatin1Char('\n'), i) < 0 ? n : int(sql.indexOf(QLatin1Char('\n'), i));
                const QString text = sql.mid(i, eol - i).trimmed();
                static const QRegularExpression name(QStringLiteral(R"(^\\[A-Za-z!?]+)"));
                r.pieces.append({Kind::PsqlMeta, text, line, i, name.match(text).captured(0)});
                advance(eol);
                continue;
            }
            if (!(c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) &&
                !(c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*'))) {
                inStatement = true;
                start = i;
                startLine = line;
            }
        }
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            int eol = int(sql.indexOf(QLatin1Char('\n'), i));
            advance(eol < 0 ? n : eol);
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const int commentLine = line;
            int depth = 0;
            do {
                if (at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    advance(i + 2);
                } else if (at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    advance(i + 2);
                } else {
                    advance(i + 1);
                }
            } while (i < n && depth > 0);
            if (depth > 0)
                return fail(tr("A /* comment"), commentLine), r;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'…' takes backslash escapes; '' and "" double a quote; U&'…' is an ordinary string.
            const bool escapes = c == QLatin1Char('\'') && i > 0 &&
                                 (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e')) &&
                                 (i < 2 || !identChar(sql.at(i - 2)));
            const int quoteLine = line;
            advance(i + 1);
            bool closed = false;
            while (i < n) {
                if (escapes && sql.at(i) == QLatin1Char('\\')) {
                    advance(i + 2);
                    continue;
                }
                if (sql.at(i) == c) {
                    if (at(i + 1) == c) {
                        advance(i + 2);
                        continue;
                    }
                    advance(i + 1);
                    closed = true;
                    break;
                }
                advance(i + 1);
            }
            if (!closed)
                return fail(c == QLatin1Char('"') ? tr("A quoted name") : tr("A string"), quoteLine), r;
            previousWord.clear();
        } else if (c == QLatin1Char('$') && (i == 0 || !identChar(sql.at(i - 1)))) {
            // $tag$ … $tag$ (a tag never starts with a digit); $1 is a parameter.
            static const QRegularExpression tag(
                QStringLiteral(R"(\G\$([A-Za-z_\x{80}-\x{10ffff}][A-Za-z0-9_\x{80}-\x{10ffff}]*)?\$)"));
            const auto m = tag.match(sql, i);
            if (m.hasMatch()) {
                const QString t = m.captured(0);
                const int bodyLine = line;
                const int end = int(sql.indexOf(t, i + t.size()));
                if (end < 0)
                    return fail(tr("A %1 body").arg(t), bodyLine), r;
                advance(end + int(t.size()));
            } else {
                advance(i + 1);
            }
        } else if (identStart(c)) {
            int j = i;
            while (j < n && identChar(sql.at(j)))
                ++j;
            const QString word = sql.mid(i, j - i).toUpper();
            if (statementHead.size() < 200)
                statementHead += word + QLatin1Char(' ');
            if (previousWord == QLatin1String("BEGIN") && word == QLatin1String("ATOMIC"))
                ++atomic;
            else if (atomic > 0 && word == QLatin1String("CASE"))
                ++caseDepth;
            else if (atomic > 0 && word == QLatin1String("END"))
                (caseDepth > 0 ? caseDepth : atomic) -= 1;
            previousWord = word;
            advance(j);
        } else if (c == QLatin1Char(';') && atomic == 0) {
            const bool added = finishStatement(i);
            advance(i + 1);
            // COPY … FROM stdin: the data follows on the next line, up to a line holding \.
            static const QRegularExpression copyIn(QStringLiteral(R"(^COPY\b.*\bFROM STDIN\b)"));
            if (added && copyIn.match(r.pieces.last().text.simplified().toUpper()).hasMatch()) {
                int eol = int(sql.indexOf(QLatin1Char('\n'), i));
                if (eol < 0) {
                    return fail(tr("COPY data"), line), r;
                }
                advance(eol + 1);
                const int dataStart = i, dataLine = line;
                static const QRegularExpression endMark(QStringLiteral(R"((^|\n)\\\.[ \t\r]*(\n|$))"));
                const auto m = endMark.match(sql, dataStart);
                if (!m.hasMatch() || (m.capturedStart(0) != dataStart && m.captured(1).isEmpty()))
                    return fail(tr("COPY data"), dataLine), r;
                const int dataEnd =
                    m.captured(1).isEmpty() ? int(m.capturedStart(0)) : int(m.capturedStart(0)) + 1;
                r.pieces.append(
                    {Kind::CopyData, sql.mid(dataStart, dataEnd - dataStart), dataLine, dataStart, {}});
                advance(int(m.capturedEnd(0)));
            }
        } else {
            if (!c.isSpace())
                previousWord = previousWord == QLatin1String("BEGIN") ? QString() : previousWord;
            advance(i + 1);
        }
    }
    if (atomic > 0)
        return fail(tr("A BEGIN ATOMIC body"), startLine), r;
    if (inStatement)
        finishStatement(n);
    return r;
}

} // namespace sg
