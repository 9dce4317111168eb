// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugeheap.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <vector>

using namespace comptoir;

namespace {
struct Mapping
{
    quint64 from = 0, to = 0;
    bool hugeAdvised = false; // VmFlags "hg": madvise(MADV_HUGEPAGE)
    qint64 anonHugeKb = 0;
};

// The process's heap mappings as the kernel reports them (proc(5), smaps).
std::vector<Mapping> heapMappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    std::vector<Mapping> heap;
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return heap;
    bool inHeap = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (!fields.isEmpty() && fields.first().contains('-') && !line.endsWith(':')) {
            inHeap = line.endsWith("[heap]");
            if (inHeap) {
                const QList<QByteArray> range = fields.first().split('-');
                heap.push_back({range[0].toULongLong(nullptr, 16), range[1].toULongLong(nullptr, 16)});
            }
        } else if (inHeap && line.startsWith("VmFlags:")) {
            heap.back().hugeAdvised = fields.contains("hg");
        } else if (inHeap && line.startsWith("AnonHugePages:") && fields.size() > 1) {
            heap.back().anonHugeKb = fields[1].toLongLong();
        }
    }
    return heap;
}

bool kernelGivesHugePagesOnRequest()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mode = f.readAll();
    return mode.contains("[madvise]") || mode.contains("[always]");
}
} // namespace

class TestHugeHeap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesSizesItCannotAdvise()
    {
        QVERIFY(!pos::reserveHugeHeap(1 << 20)); // less than one huge page
        QVERIFY(!pos::reserveHugeHeap(std::size_t(4) << 30)); // more than mallopt takes
    }

    void theNextPartOfTheHeapIsAdvised()
    {
#if !defined(__linux__) || !defined(__GLIBC__)
        QSKIP("huge pages on request: Linux with glibc only");
#endif
        if (!QFile::exists(QStringLiteral("/proc/self/smaps")))
            QSKIP("no /proc/self/smaps to read the heap from");
        if (!kernelGivesHugePagesOnRequest())
            QSKIP("transparent huge pages are off on this kernel: nothing to advise");

        const std::size_t bytes = std::size_t(16) << 20;
        QVERIFY(pos::reserveHugeHeap(bytes));

        // One heap mapping, advised, covers at least the requested size less the alignment.
        quint64 advised = 0;
        Mapping *hg = nullptr;
        std::vector<Mapping> heap = heapMappings();
        for (Mapping &m : heap) {
            if (m.hugeAdvised) {
                advised += m.to - m.from;
                hg = &m;
            }
        }
        QVERIFY2(hg, "no heap mapping carries the huge page advice");
        QVERIFY2(advised >= bytes - (std::size_t(4) << 20), qPrintable(QString::number(advised)));

        // Small blocks allocated now come from that part of the heap.
        std::vector<void *> blocks;
        for (int i = 0; i < 2048; ++i)
            blocks.push_back(std::malloc(2048));
        const auto inAdvised = [&](void *p) {
            for (const Mapping &m : heapMappings())
                if (m.hugeAdvised && quint64(quintptr(p)) >= m.from && quint64(quintptr(p)) < m.to)
                    return true;
            return false;
        };
        QVERIFY(inAdvised(blocks.back()));
        for (void *p : blocks)
            std::free(p);
        // Whether the kernel had a free huge page for them depends on its memory: reported only.
        qInfo("huge pages now backing the heap: %lld kB", [] {
            qint64 kb = 0;
            for (const Mapping &m : heapMappings())
                kb += m.anonHugeKb;
            return kb;
        }());
    }
};

QTEST_GUILESS_MAIN(TestHugeHeap)
#include "tst_hugeheap.moc"
