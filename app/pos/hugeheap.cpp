// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugeheap.h"

#include <climits>
#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace comptoir::pos {

bool reserveHugeHeap(std::size_t bytes)
{
#if defined(__linux__) && defined(__GLIBC__)
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    constexpr int defaultTopPad = 128 << 10; // glibc's, per mallopt(3)
    if (bytes < hugePage || bytes > std::size_t(INT_MAX))
        return false;
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    // The heap grows by what is asked plus the top pad: one block larger than any room left at
    // its top makes it grow by `bytes` now, before anything touches those pages.
    mallopt(M_TOP_PAD, int(bytes));
    void *probe = std::malloc(std::size_t(1) << 20);
    const auto start = (std::uintptr_t(probe) + hugePage - 1) & ~(hugePage - 1);
    const auto end = std::uintptr_t(sbrk(0)) & ~(hugePage - 1);
    bool advised = false;
    if (probe && end > start)
        advised = madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE) == 0;
    std::free(probe);
    mallopt(M_TOP_PAD, defaultTopPad);
    return advised;
#else
    (void)bytes;
    return false;
#endif
}

} // namespace comptoir::pos
