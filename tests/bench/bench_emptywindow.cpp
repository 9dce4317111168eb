// SPDX-License-Identifier: GPL-3.0-or-later
// The raw limit of the register's launch: an empty Qt Quick Controls window of the same size,
// from exec to its first frame swapped. bench_counter starts it next to the register and prints
// both (README, "Benchmarks"). Prints ready_epoch_ms=… and exits.
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow {
            width: 1280
            height: 800
            visible: true
            Button { text: "OK" }
        }
    )");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            std::printf("ready_epoch_ms=%lld\n", QDateTime::currentMSecsSinceEpoch());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
