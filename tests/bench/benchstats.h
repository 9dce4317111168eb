// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks print of a list of timings.
#pragma once

#include <QList>

#include <algorithm>

namespace comptoir::bench {

struct Stats
{
    double median = 0, p95 = 0, p99 = 0, max = 0;
    qsizetype n = 0;
};

inline Stats stats(QList<double> v)
{
    Stats s;
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        return v[std::min<qsizetype>(v.size() - 1, qsizetype(q * double(v.size())))];
    };
    s.median = at(0.5);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = v.last();
    s.n = v.size();
    return s;
}

} // namespace comptoir::bench
