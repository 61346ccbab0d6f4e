// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any text through the migration reader, as `sightglass migrate lint` reads a
// file: split (SqlSplitter), classify every statement (libpg_query), lint. It must never crash or
// hang, and every piece and finding it reports must lie inside the input.
#include "migrate/MigrationLinter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const sg::SqlSplitter::Result r = sg::SqlSplitter::split(text);
    for (const auto& p : r.pieces) {
        if (p.offset < 0 || p.offset > text.size() || p.line < 1)
            std::abort();
    }
    sg::Migration m;
    m.version = QStringLiteral("1");
    m.path = QStringLiteral("fuzz.sql");
    const sg::MigrationScript script = sg::MigrationScript::fromText(m, text);
    const auto lint = sg::MigrationLinter::lint({script});
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    for (const sg::LintFinding& f : lint.findings) {
        if (f.line < 1 || f.line > lines || f.statement >= script.statements.size())
            std::abort();
    }
    return 0;
}
