// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any text through the migration splitter. It must never crash or hang, and
// every piece it reports must lie inside the input.
#include "migrate/SqlSplitter.h"

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
    return 0;
}
