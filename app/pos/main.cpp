// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir: the clerk's application. Parses arguments, makes the register's objects, loads
// the QML and runs the event loop; everything else lives in comptoir-pos and the core.
#include "audiocue.h"
#include "controlsstyle.h"
#include "demo/demostore.h"
#include "hugeheap.h"
#include "inputmethodchoice.h"
#include "language.h"
#include "modalaccessibility.h"
#include "poscontext.h"
#include "startupphase.h"
#include "uitrace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(ComptoirPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_PosPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

Q_DECLARE_LOGGING_CATEGORY(lcLanguage) // "comptoir.ui" (language.cpp)

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

qint64 residentKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Qt Virtual Keyboard or not (inputmethodchoice.h), read before the application exists: Qt
// picks its input method when the application starts. Exits on a choice it cannot read.
// Returns what was decided and why, for the log.
QString chooseInputMethod(int argc, char *argv[])
{
    QByteArray given;
    bool tablet = false;
    bool demo = false;
    QString db;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--virtual-keyboard" && i + 1 < argc)
            given = argv[i + 1];
        else if (a.startsWith("--virtual-keyboard="))
            given = a.mid(19);
        else if ((a == "--layout" && i + 1 < argc && QByteArray(argv[i + 1]) == "tablet") ||
            a == "--layout=tablet")
            tablet = true;
        else if (a == "--db" && i + 1 < argc)
            db = QString::fromLocal8Bit(argv[i + 1]);
        else if (a.startsWith("--db="))
            db = QString::fromLocal8Bit(a.mid(5));
        else if (a == "--demo")
            demo = true;
    }
    if (db.isEmpty())
        db = demo
            ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/comptoir/demo.db"_s
            : defaultDatabasePath();
    std::optional<pos::KeyboardChoice> choice = pos::KeyboardChoice::Auto;
    QString why = u"auto"_s;
    if (!given.isEmpty()) {
        why = u"--virtual-keyboard "_s + QString::fromLatin1(given);
        choice = pos::parseKeyboardChoice(given);
        if (!choice) {
            std::fprintf(stderr, "comptoir: --virtual-keyboard takes auto, on or off\n");
            std::exit(64);
        }
    } else if (const QByteArray stored = pos::storedKeyboardChoice(db); !stored.isEmpty()) {
        why = u"setting ui.virtual_keyboard="_s + QString::fromLatin1(stored);
        choice = pos::parseKeyboardChoice(stored);
        if (!choice) {
            std::fprintf(stderr,
                "comptoir: the setting ui.virtual_keyboard is \"%s\": auto is used (it takes auto, on or "
                "off)\n",
                stored.constData());
            choice = pos::KeyboardChoice::Auto;
        }
    }
    std::optional<bool> typingKeyboard = true; // not Linux: keep the system's choice
    if (QFile devices(u"/proc/bus/input/devices"_s); devices.open(QIODevice::ReadOnly))
        typingKeyboard = pos::listsATypingKeyboard(devices.readAll());
    const bool on = pos::wantsOnScreenKeyboard(*choice, tablet, typingKeyboard);
    if (on && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    return u"on-screen keyboard: %1 (%2)"_s.arg(on ? u"on"_s : u"off"_s, why);
}

// Qt Quick's renderer: its OpenGL renderer where a GPU draws it, its software renderer where
// OpenGL would only be emulated on the CPU (no render node: counter PCs without a GPU,
// Xvfb). Emulated OpenGL (llvmpipe) compiles every shader at start: the software renderer
// shows the first frame in half the time with half the memory. --renderer gl|software forces.
void chooseRenderer(int argc, char *argv[])
{
    QByteArray mode = "auto";
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--renderer" && i + 1 < argc)
            mode = argv[i + 1];
        else if (a.startsWith("--renderer="))
            mode = a.mid(11);
    }
    if (mode == "auto") {
        if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            return; // the environment's choice stands
        // A render node this user can open: a GPU draws OpenGL.
        bool gpu = false;
        for (const QFileInfo &node : QDir(u"/dev/dri"_s).entryInfoList({u"renderD*"_s}, QDir::System))
            gpu = gpu || QFile(node.filePath()).open(QIODevice::ReadWrite);
        mode = gpu ? "gl" : "software";
    }
    if (mode == "software") {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    } else if (mode == "gl") {
        qunsetenv("QT_QUICK_BACKEND"); // --renderer gl wins over the environment
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    }
}

// User and system CPU time of this process so far.
qint64 cpuTimeMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
        (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// Compiles every QML file of the module: catches a broken file that qmllint let through.
int selfTest(QQmlEngine &engine)
{
    int failures = 0;
    int files = 0;
    QDirIterator it(u":/qt/qml/Comptoir"_s, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile source(path);
        if (source.open(QIODevice::ReadOnly) && source.readAll().contains("pragma Singleton"))
            continue; // singletons are created by the engine, not by QQmlComponent
        QQmlComponent component(&engine, QUrl(u"qrc"_s + path));
        ++files;
        if (component.isError()) {
            ++failures;
            for (const auto &e : component.errors())
                std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        }
    }
    std::printf("self-test: %d QML files, %d failed\n", files, failures);
    return failures == 0 && files > 0 ? 0 : 1;
}

// The command line, the same with or without a display (--help and --version need none).
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(u"Comptoir point of sale"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s, u"Register database (default: %1)."_s.arg(defaultDatabasePath()), u"file"_s},
        {u"demo"_s, u"Open the demo store (training mode, generated catalog)."_s},
        {u"demo-products"_s, u"Catalog size of a new demo database."_s, u"n"_s, u"5000"_s},
        {u"layout"_s, u"auto, counter (landscape) or tablet (portrait)."_s, u"layout"_s, u"auto"_s},
        {u"lang"_s, u"fr or en (default: the last choice, else fr)."_s, u"lang"_s},
        {u"clerk"_s, u"The clerk the sign-in screen offers first (their PIN is still asked)."_s, u"id"_s},
        {u"fullscreen"_s, u"Full screen (counter PCs and tablets)."_s},
        {u"serial-scanner"_s, u"Serial barcode scanner, e.g. /dev/ttyACM0:9600:8N1."_s, u"spec"_s},
        {u"customer-display"_s,
            u"The customer's screen: auto (on a second screen, when there is one), window (a window of its "
            u"own) or "
            "off."_s,
            u"mode"_s, u"auto"_s},
        {u"renderer"_s,
            u"Qt Quick's renderer: auto (software when no GPU draws OpenGL, else OpenGL), gl or software."_s,
            u"renderer"_s, u"auto"_s},
        {u"virtual-keyboard"_s,
            u"On-screen keyboard (French AZERTY, English): auto (when the machine has no keyboard, or on a "
            "tablet layout), on or off. Default: the setting ui.virtual_keyboard, else auto."_s,
            u"mode"_s},
        {u"pole-display"_s, u"Customer pole display, e.g. /dev/ttyUSB1:9600:8N1,epson (or ,cd5220)."_s,
            u"spec"_s},
        {u"scale"_s,
            u"Dialog 06 shop scale, e.g. /dev/ttyUSB0:9600:7O1 (off: none; the demo without one weighs on a "
            "simulated scale)."_s,
            u"spec"_s},
        {u"printer"_s,
            u"ESC/POS receipt printer: tcp:HOST[:PORT], serial:DEVICE[:BAUD] or usb:/dev/usb/lp0 (off: none; "
            "default: the setting printer.receipt; the demo without one prints to a simulated network "
            "printer)."_s,
            u"spec"_s},
        {u"terminal-sim"_s,
            u"Demo without a configured terminal: TCP port of the in-process card terminal simulator "
            "(0: any free port, off: none)."_s,
            u"port"_s, u"8888"_s},
        {u"terminal-sim-control"_s,
            u"Control port of that simulator (comptoir-terminal-sim send --control <port> ...; 0: none)."_s,
            u"port"_s, u"8899"_s},
        {u"terminal-sim-delay"_s, u"Milliseconds the simulated customer takes with the card."_s, u"ms"_s,
            u"1500"_s},
        {u"self-test"_s, u"Compile every QML file and exit (0 = all good)."_s},
        {u"measure-startup"_s, u"Print the time to the first frame and the memory used, then exit."_s},
        {u"measure-idle"_s, u"Once shown, print the CPU time used while idle for <ms>, then exit."_s,
            u"ms"_s},
        {u"screenshot"_s, u"Save a screenshot to <file> once shown, then exit."_s, u"file"_s},
        {u"screenshot-delay"_s, u"Milliseconds to wait before the screenshot."_s, u"ms"_s, u"800"_s},
    });
}

} // namespace

int main(int argc, char *argv[])
{
    pos::reserveHugeHeap();
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (!hasDisplay()) {
        // Help and version are text: printed without a display, as any command-line tool.
        for (int i = 1; i < argc; ++i) {
            const QByteArray a(argv[i]);
            if (a == "-h" || a == "--help" || a == "--help-all" || a == "-?" || a == "-v" ||
                a == "--version") {
                QCoreApplication text(argc, argv);
                QCoreApplication::setApplicationName(u"Comptoir"_s);
                QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
                QCommandLineParser parser;
                describeOptions(parser);
                parser.process(text); // prints and exits
                return 0;
            }
        }
        const QByteArray name = argc > 0 ? QByteArray(argv[0]) : QByteArray("comptoir");
        std::fprintf(stderr,
            "comptoir: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "  On a machine without a screen, run it in a virtual one:\n"
            "    xvfb-run -a -s \"-screen 0 1280x800x24\" %s --demo\n"
            "  or without any window (tests, screenshots): QT_QPA_PLATFORM=offscreen %s --demo\n",
            name.constData(), name.constData());
        return 2;
    }
    const QString inputMethod = chooseInputMethod(argc, argv);
    chooseRenderer(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Comptoir"_s);
    QGuiApplication::setOrganizationName(u"Comptoir"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    QGuiApplication::setDesktopFileName(u"org.comptoir.Comptoir"_s);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    qCInfo(lcLanguage).noquote() << inputMethod;

    if (const QString r = parser.value(u"renderer"_s); r != u"auto"_s && r != u"gl"_s && r != u"software"_s) {
        std::fprintf(stderr, "comptoir: --renderer takes auto, gl or software\n");
        return 64;
    }
    const QString layout = parser.value(u"layout"_s);
    if (layout != u"auto"_s && layout != u"counter"_s && layout != u"tablet"_s) {
        std::fprintf(stderr, "comptoir: --layout takes auto, counter or tablet\n");
        return 64;
    }
    PosContext::Options options;
    options.demo = parser.isSet(u"demo"_s);
    options.databasePath = parser.value(u"db"_s);
    if (options.databasePath.isEmpty()) {
        options.databasePath = options.demo
            ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/comptoir/demo.db"_s
            : defaultDatabasePath();
    }
    options.demoProducts = parser.value(u"demo-products"_s).toLongLong();
    options.language = parser.value(u"lang"_s);
    options.serialScanner = parser.value(u"serial-scanner"_s);
    options.scale = parser.value(u"scale"_s); // "off": none at all
    options.poleDisplay = parser.value(u"pole-display"_s);
    options.clerk = parser.value(u"clerk"_s);
    options.printer = parser.value(u"printer"_s); // "off": none at all
    options.terminalSimulator = parser.value(u"terminal-sim"_s) != u"off"_s;
    options.simulatorPort = quint16(parser.value(u"terminal-sim"_s).toUInt());
    options.simulatorControlPort = quint16(parser.value(u"terminal-sim-control"_s).toUInt());
    options.simulatorCardDelayMs = parser.value(u"terminal-sim-delay"_s).toInt();

    const qint64 appMs = sinceMain.elapsed();
    pos::useControlsStyle();
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    // The screens' types are read on the QML loader's thread while the register opens.
    const QUrl mainQml(u"qrc:/qt/qml/Comptoir/Main.qml"_s);
    QQmlComponent screens(&engine, mainQml, QQmlComponent::Asynchronous);
    auto context = PosContext::open(options);
    const qint64 contextMs = sinceMain.elapsed();
    if (!context) {
        // Tell the clerk on screen, in their language, and keep everything as it is.
        std::fprintf(stderr, "comptoir: %s\n", qPrintable(context.error().message));
        if (parser.isSet(u"self-test"_s) || parser.isSet(u"measure-startup"_s) ||
            parser.isSet(u"measure-idle"_s))
            return 1;
        Language language(nullptr);
        language.setEngine(&engine);
        language.set(options.language.isEmpty() ? u"fr"_s : options.language);
        Language::setInstance(&language);
        // The message was made before the translator was installed: make it again.
        auto again = PosContext::open(options);
        const QString message = again ? QString() : again.error().message;
        if (message != context.error().message) // as the clerk reads it on the screen
            std::fprintf(stderr, "comptoir: %s\n", qPrintable(message));
        engine.setInitialProperties({{u"message"_s, message}});
        engine.load(QUrl(u"qrc:/qt/qml/Comptoir/StartupError.qml"_s));
        if (engine.rootObjects().isEmpty())
            return 1;
        if (parser.isSet(u"screenshot"_s)) {
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
            const QString file = parser.value(u"screenshot"_s);
            QTimer::singleShot(parser.value(u"screenshot-delay"_s).toInt(), window, [window, file] {
                const bool ok = window->grabWindow().save(file);
                std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
                QCoreApplication::exit(ok ? 3 : 1);
            });
        }
        app.exec();
        Language::setInstance(nullptr);
        return 3;
    }
    (*context)->attach(&engine);

    if (parser.isSet(u"self-test"_s))
        return selfTest(engine);

    pos::installModalAccessibility();
    const QString customerMode = parser.value(u"customer-display"_s);
    const bool customerWindow =
        customerMode == u"window"_s || (customerMode == u"auto"_s && QGuiApplication::screens().size() > 1);
    engine.setInitialProperties({{u"forcedLayout"_s, layout},
        {u"startFullScreen"_s, parser.isSet(u"fullscreen"_s)}, {u"customerWindow"_s, customerWindow},
        {u"virtualKeyboard"_s, qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard"}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    if (screens.isLoading()) {
        QEventLoop read;
        QObject::connect(&screens, &QQmlComponent::statusChanged, &read, &QEventLoop::quit);
        read.exec();
    }
    const qint64 typesMs = sinceMain.elapsed();
    engine.load(mainQml);
    if (engine.rootObjects().isEmpty())
        return 1;
    const qint64 loadedMs = sinceMain.elapsed();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    auto *startup = engine.singletonInstance<StartupPhase *>(qmlTypeId("Comptoir.Pos", 1, 0, "Startup"));
    UiTrace trace(window, startup);
    if (window) {
        // The beeps' sound output, once the register is on screen (a scan before loads it).
        QObject::connect(window, &QQuickWindow::frameSwapped, (*context)->audio(), &AudioCue::load,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    // The customer's screen goes full screen on the second display, facing the customer.
    if (customerWindow && QGuiApplication::screens().size() > 1) {
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if (w->objectName() == u"customerWindow"_s) {
                w->setScreen(QGuiApplication::screens().at(1));
                w->showFullScreen();
            }
        }
    }

    if (parser.isSet(u"measure-startup"_s) && window) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceMain, appMs, contextMs, typesMs, loadedMs, window] {
                std::printf("ready_ms_since_main=%lld rss_kb=%lld\n", sinceMain.elapsed(), residentKb());
                // Where it went: the application object, the register (database, devices), the
                // rest of the screens' types (read meanwhile on another thread), the selling
                // screen made, then its first frame rendered.
                std::printf("phases_ms app=%lld context=%lld types=%lld qml=%lld frame=%lld\n", appMs,
                    contextMs - appMs, typesMs - contextMs, loadedMs - typesMs,
                    sinceMain.elapsed() - loadedMs);
                std::printf("software_renderer=%d\n",
                    window->rendererInterface() &&
                            window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                        ? 1
                        : 0);
                std::printf("ready_epoch_ms=%lld\n", QDateTime::currentMSecsSinceEpoch());
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(u"measure-idle"_s) && window) {
        // What the register costs doing nothing (the status bar's figures every 2 s, the clock,
        // the terminal's health): CPU time over an idle stretch once every screen is made (the
        // payment screen and the dialogs are made just after the first frame).
        const int idleMs = std::max(1000, parser.value(u"measure-idle"_s).toInt());
        auto measure = [idleMs] {
            const qint64 cpuBefore = cpuTimeMs();
            QTimer::singleShot(idleMs, qApp, [idleMs, cpuBefore] {
                std::printf("idle_cpu_ms=%lld over_ms=%d\n", cpuTimeMs() - cpuBefore, idleMs);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        };
        if (!startup)
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, measure, Qt::SingleShotConnection);
        else if (startup->complete())
            measure();
        else
            QObject::connect(
                startup, &StartupPhase::completeChanged, &app, measure, Qt::SingleShotConnection);
    }
    if (parser.isSet(u"screenshot"_s) && window) {
        const QString file = parser.value(u"screenshot"_s);
        QTimer::singleShot(parser.value(u"screenshot-delay"_s).toInt(), window, [window, file] {
            const bool ok = window->grabWindow().save(file);
            std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
