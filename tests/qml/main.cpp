// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: every tst_*.qml here gets a fresh register (temporary database with
// the demo catalog) behind the same singletons the application uses.
#include "controlsstyle.h"
#include "poscontext.h"
#include "staffdesk.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ComptoirPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_PosPlugin)

using namespace Qt::Literals::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        comptoir::pos::useControlsStyle(); // drawn as the register draws it
        engine->addImportPath(u"qrc:/qt/qml"_s);
        m_context.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        comptoir::PosContext::Options options;
        options.databasePath = m_dir->filePath(u"register.db"_s);
        options.demo = true;
        options.demoProducts = 300;
        options.language = u"en"_s;
        options.installKeyFilter = false;
        auto context = comptoir::PosContext::open(options);
        if (!context)
            qFatal("cannot open the test register: %s", qPrintable(context.error().message));
        m_context = std::move(context).value();
        m_context->attach(engine);
        // The screens under test sell: the demo's manager is signed in (the sign-in screen
        // itself is driven in tst_possmoke and the GUI scripts).
        if (!m_context->staff()->signIn(u"c02"_s, u"9999"_s))
            qFatal("cannot sign in the demo's manager");
    }
    void cleanupTestCase() { m_context.reset(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<comptoir::PosContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(comptoir_qml, Setup)
#include "main.moc"
