// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target without libFuzzer, with any compiler: over its generated seeds, the files
// given (or those in the directories given), and --mutations N pseudo-random mutations of them,
// always the same ones for the same --random-seed. ctest runs it with the regression seeds; it
// also replays a crash file. An input that fails is saved as replay-crash-<target> in the
// current directory.
#include "fuzzing.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace {

const QByteArray *g_current = nullptr;
char g_crashFile[256] = "replay-crash";

extern "C" void saveCurrentInput(int sig)
{
    // Async-signal-safe: open, write, close.
    if (g_current) {
        const int fd = ::open(g_crashFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            [[maybe_unused]] const ssize_t n = ::write(fd, g_current->constData(), size_t(g_current->size()));
            ::close(fd);
            const char note[] = "replay: the failing input is saved in ";
            [[maybe_unused]] ssize_t m = ::write(STDERR_FILENO, note, sizeof note - 1);
            m = ::write(STDERR_FILENO, g_crashFile, std::strlen(g_crashFile));
            m = ::write(STDERR_FILENO, "\n", 1);
        }
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void run(const QByteArray &input)
{
    g_current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    g_current = nullptr;
}

// libFuzzer's kind of mutations, fewer of them: enough to leave the well-formed seeds.
class Mutator
{
public:
    explicit Mutator(quint64 seed)
        : m_rng(seed)
    { }

    // One of the inputs, changed in one to four ways.
    QByteArray mutateOne(const QList<QByteArray> &corpus)
    {
        QByteArray in = corpus[qsizetype(below(quint64(corpus.size())))];
        const int rounds = 1 + int(below(4));
        for (int round = 0; round < rounds; ++round) {
            const qsizetype at = in.isEmpty() ? 0 : qsizetype(below(quint64(in.size())));
            switch (below(9)) {
            case 0: // flip a bit
                if (!in.isEmpty())
                    in[at] = char(in[at] ^ (1 << below(8)));
                break;
            case 1: // any byte
                if (!in.isEmpty())
                    in[at] = char(below(256));
                break;
            case 2: // a byte that means something to a decoder
                if (!in.isEmpty())
                    in[at] = interesting();
                break;
            case 3: // insert a few bytes
                for (quint64 n = 1 + below(4); n > 0; --n)
                    in.insert(at, below(2) ? interesting() : char(below(256)));
                break;
            case 4: // erase a range
                in.remove(at, qsizetype(1 + below(16)));
                break;
            case 5: // repeat a range of itself
                if (!in.isEmpty())
                    in.insert(qsizetype(below(quint64(in.size()))), in.mid(at, qsizetype(1 + below(32))));
                break;
            case 6: { // splice in a piece of another input
                const QByteArray &other = corpus[qsizetype(below(quint64(corpus.size())))];
                if (!other.isEmpty()) {
                    const qsizetype from = qsizetype(below(quint64(other.size())));
                    in.insert(at, other.mid(from, qsizetype(1 + below(64))));
                }
                break;
            }
            case 7: { // a card number, grouped or not
                QByteArray digits;
                const quint64 n = 10 + below(12);
                const char separator = " -"[below(2)];
                for (quint64 i = 0; i < n; ++i) {
                    if (i > 0 && i % 4 == 0 && below(2))
                        digits += separator;
                    digits += char('0' + below(10));
                }
                in.insert(at, digits);
                break;
            }
            default: // cut short
                in.truncate(at);
                break;
            }
        }
        return in.left(2048);
    }

private:
    quint64 below(quint64 n) { return m_rng() % n; }
    char interesting()
    {
        static const char bytes[] = {0x02, 0x03, 0x04, 0x05, 0x06, 0x15, '0', '9', ' ', '-', '*', ';', 'C',
            'Z', 'A', 'E', '\n', 0x00, char(0xff), char(0xe9)};
        return bytes[below(sizeof bytes)];
    }

    std::mt19937_64 m_rng;
};

int usage()
{
    std::fprintf(stderr,
        "usage: fuzz_replay_<target> [--mutations N] [--random-seed S] [FILE|DIR]...\n"
        "       fuzz_replay_<target> --write-seeds DIR\n");
    return EXIT_FAILURE;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv); // --write-seeds DIR, as with the libFuzzer binary

    long mutations = 0;
    quint64 randomSeed = 1;
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--mutations") == 0 && i + 1 < argc)
            mutations = std::strtol(argv[++i], nullptr, 10);
        else if (std::strcmp(argv[i], "--random-seed") == 0 && i + 1 < argc)
            randomSeed = std::strtoull(argv[++i], nullptr, 10);
        else if (argv[i][0] == '-')
            return usage();
        else
            paths.append(QString::fromLocal8Bit(argv[i]));
    }
    const QByteArray target = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toLocal8Bit();
    std::snprintf(g_crashFile, sizeof g_crashFile, "replay-crash-%s", target.constData());
    std::signal(SIGABRT, saveCurrentInput);
    std::signal(SIGSEGV, saveCurrentInput);
    std::signal(SIGFPE, saveCurrentInput);

    const auto start = std::chrono::steady_clock::now();
    QList<QByteArray> corpus = comptoir::fuzz::seeds();
    const qsizetype generated = corpus.size();
    for (const QString &path : std::as_const(paths)) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort(); // the same order, so the same mutations
        } else {
            files.append(path);
        }
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return EXIT_FAILURE;
            }
            corpus.append(f.readAll());
        }
    }
    for (const QByteArray &input : std::as_const(corpus))
        run(input);

    if (corpus.isEmpty())
        corpus.append(QByteArray());
    Mutator mutator(randomSeed);
    for (long i = 0; i < mutations; ++i)
        run(mutator.mutateOne(corpus));

    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
            .count();
    std::printf("%s: %lld generated seeds, %lld files, %ld mutations: no failure (%lld ms)\n",
        target.constData(), static_cast<long long>(generated),
        static_cast<long long>(corpus.size() - generated), mutations, static_cast<long long>(ms));
    return EXIT_SUCCESS;
}
