// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sg::pgtype {

// Built-in type OIDs from PostgreSQL's pg_type.dat, stable across server versions: the one place
// they are written, for results Sightglass reads and the ones it builds itself.
constexpr unsigned int Bool = 16, Int8 = 20, Int2 = 21, Int4 = 23, Text = 25, Oid = 26, Xid = 28;
constexpr unsigned int Float4 = 700, Float8 = 701, Timestamp = 1114, TimestampTz = 1184, Numeric = 1700;

} // namespace sg::pgtype
