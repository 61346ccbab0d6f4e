// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the plan reader and the analysis. It must never crash, hang
// or read out of bounds: plans come from files, logs and clipboards.
#include "plan/Plan.h"
#include "plan/PlanReport.h"
#include "plan/WhatIf.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (auto plan = sg::Plan::parse(text, &error)) {
        plan->analyse();
        (void)plan->toText();
        (void)sg::PlanReport::toJson(*plan);
        (void)sg::WhatIf::candidates(*plan);
    }
    return 0;
}
