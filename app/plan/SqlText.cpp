// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlText.h"

#include <QRegularExpression>

namespace sg {

QList<SqlText::Range> SqlText::statements(const QString& text)
{
    QList<Range> out;
    int start = 0;
    const int n = int(text.size());
    auto at = [&](int i) { return i < n ? text.at(i) : QChar(); };
    for (int i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            int depth = 0;
            do {
                if (at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (i < n && depth > 0);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'…' strings take backslash escapes
            const bool escapes = c == QLatin1Char('\'') && i > 0 &&
                                 (text.at(i - 1) == QLatin1Char('E') || text.at(i - 1) == QLatin1Char('e'));
            ++i;
            while (i < n) {
                if (escapes && text.at(i) == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (text.at(i) == c) {
                    if (at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(
                QStringLiteral(R"(\G\$([A-Za-z_\x{80}-\x{10ffff}][A-Za-z0-9_\x{80}-\x{10ffff}]*)?\$)"));
            const auto m = tag.match(text, i);
            if (m.hasMatch() &&
                !(i > 0 && (text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == QLatin1Char('_')))) {
                const int end = int(text.indexOf(m.captured(0), i + m.capturedLength()));
                i = end < 0 ? n : end + int(m.capturedLength());
            } else {
                ++i;
            }
        } else if (c == QLatin1Char(';')) {
            out.append({start, i});
            start = i + 1;
            ++i;
        } else {
            ++i;
        }
    }
    if (start < n && !text.mid(start).trimmed().isEmpty())
        out.append({start, n});
    return out;
}

QString SqlText::statementAt(const QString& text, int position, Range* range)
{
    const QList<Range> all = statements(text);
    for (const Range& r : all) {
        // the cursor right after a statement's semicolon still means that statement
        if (position >= r.start && position <= r.end + 1) {
            const QString s = text.mid(r.start, r.end - r.start).trimmed();
            if (s.isEmpty())
                continue;
            if (range)
                *range = r;
            return s;
        }
    }
    return {};
}

} // namespace sg
