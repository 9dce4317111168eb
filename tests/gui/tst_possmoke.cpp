// SPDX-License-Identifier: GPL-3.0-or-later
// The whole clerk application in a real window: scans typed as fast synthetic key events
// (a keyboard-wedge scanner), a misread scan, typing in the search field, then a cash sale
// completed by clicks. Runs under Xvfb in CI (falls back to offscreen).
#include "audio/audiooutput.h"
#include "audiocue.h"
#include "catalog/catalog.h"
#include "catalogbrowser.h"
#include "controlsstyle.h"
#include "countercontroller.h"
#include "customerdisplay.h"
#include "drawerdesk.h"
#include "language.h"
#include "modalaccessibility.h"
#include "payment/paymentservice.h"
#include "poscontext.h"
#include "printersimulator.h"
#include "sales/eventjournal.h"
#include "sales/salejournal.h"
#include "sales/ticketquery.h"
#include "scalesimulator.h"
#include "staff/clerksession.h"
#include "staffdesk.h"
#include "startupphase.h"
#include "terminalcontroller.h"
#include "terminalsimulator.h"

#include <QAccessible>
#include <QFile>
#include <QGuiApplication>
#include <QPluginLoader>
#include <QPointer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(ComptoirPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_PosPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace comptoir;

class TestPosSmoke : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PosContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    int m_inputs = 0; // taps and clicks so far (a touch sale's count)

    // The visible item of that name, searched through the visual tree (Repeater delegates
    // have no QObject parent) including popups under the overlay.
    static void collect(QQuickItem *from, const QString &name, QList<QQuickItem *> &out, bool all = false)
    {
        if (all || from->objectName() == name)
            out.append(from);
        for (QQuickItem *child : from->childItems())
            collect(child, name, out, all);
    }
    QQuickItem *item(const char *name)
    {
        QList<QQuickItem *> all;
        collect(m_window->contentItem(), QString::fromLatin1(name), all);
        for (QQuickItem *i : std::as_const(all)) {
            if (i->isVisible())
                return i;
        }
        return all.value(0);
    }
    void click(const QByteArray &name) { click(name.constData()); }
    void click(const char *name)
    {
        QQuickItem *i = item(name);
        QVERIFY2(i, name);
        QTRY_VERIFY2(i->isVisible() && i->isEnabled(), name);
        // Where the item is once the layouts settled (a dialog growing moves its buttons).
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        const QPointF center = i->mapToScene(QPointF(i->width() / 2, i->height() / 2));
        // A screen just opened takes the second tap of a double tap where the first one was:
        // a click there waits until that guard is down (TapShield.qml).
        QTRY_VERIFY2(!shielded(center), name);
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, center.toPoint());
        ++m_inputs;
    }
    // In the Tickets dialog (open, its field focused): types the number and opens that ticket.
    // From the selling screen: the Tickets dialog, ticket `number` typed and opened.
    void reopenTicket(int number)
    {
        click("reprintButton");
        QTRY_VERIFY(item("ticketQuery") && item("ticketQuery")->hasActiveFocus());
        openTicketTyped(number);
        QTRY_VERIFY(m_context->counter()->lastTicketReopened());
    }
    void openTicketTyped(int number, const QString &shot = {})
    {
        typeDigits(QString::number(number));
        QTRY_COMPARE(item("ticketList")->property("count").toInt(), 1);
        // The rows of the list as it stood before the number was typed go now, not later: one
        // of them has the same name.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const QByteArray row = "ticket_" + QByteArray::number(number);
        QTRY_VERIFY(item(row.constData()) && item(row.constData())->isVisible());
        if (!shot.isEmpty())
            keepShot(shot);
        click(row);
    }
    // The dialogs a clerk can close with Escape and can reach now (not those of a screen not
    // shown), gathered first: opening one makes and drops other objects (its list's rows).
    QObject *popupNamed(const QString &name)
    {
        for (QObject *popup : m_window->findChildren<QObject *>(name))
            if (popup->inherits("QQuickPopup"))
                return popup;
        return nullptr;
    }
    QList<QPointer<QObject>> closableDialogs()
    {
        QList<QPointer<QObject>> out;
        for (QObject *popup : m_window->findChildren<QObject *>()) {
            if (!popup->inherits("QQuickPopup") || !(popup->property("closePolicy").toInt() & 0x10))
                continue; // Popup.CloseOnEscape
            bool inClosedScreen = false; // a dialog of the payment screen, say
            for (QObject *up = popup->parent(); up; up = up->parent())
                inClosedScreen |= up->inherits("QQuickPopup") && !up->property("opened").toBool();
            if (!inClosedScreen)
                out << popup;
        }
        return out;
    }
    void scrollToEnd(const char *view, const char *method = "positionViewAtEnd")
    {
        QQuickItem *v = item(view);
        QVERIFY2(v, view);
        QMetaObject::invokeMethod(v, method);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        if (QByteArray(method) == "positionViewAtEnd") {
            // As far as a finger would scroll it: past the messages' strip (its bottom margin).
            const qreal end = v->property("originY").toReal() + v->property("contentHeight").toReal() +
                v->property("bottomMargin").toReal() - v->height();
            if (end > v->property("contentY").toReal())
                v->setProperty("contentY", end);
            QVERIFY(QQuickTest::qWaitForPolish(m_window));
        }
    }
    bool shielded(QPointF scenePoint)
    {
        QList<QQuickItem *> shields;
        collect(m_window->contentItem(), u"tapShield"_s, shields);
        for (QQuickItem *s : std::as_const(shields)) {
            if (s->isVisible() &&
                s->mapRectToScene(QRectF(0, 0, s->width(), s->height())).contains(scenePoint))
                return true;
        }
        return false;
    }
    void keepShot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS");
        if (dir.isEmpty())
            return;
        m_window->grabWindow().save(dir + u'/' + name + u".png"_s); // rendered now, as it stands
    }
    // What ZBar (zbar-tools), a decoder nobody here wrote, reads in an image file: its codes'
    // texts, one a line.
    static QStringList readCodes(const QString &imagePath)
    {
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, imagePath});
        if (!zbar.waitForFinished(60000))
            return {u"(zbarimg did not finish)"_s};
        return QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    void typeDigits(const QString &digits)
    {
        for (QChar c : digits)
            QTest::keyClick(m_window, c.toLatin1());
    }
    void scan(const QString &code)
    {
        // A wedge scanner: one key every few milliseconds, then Enter.
        for (QChar c : code) {
            QTest::keyClick(m_window, c.toLatin1());
            QTest::qWait(3);
        }
        QTest::keyClick(m_window, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::setActive(true);
        pos::installModalAccessibility();
        pos::useControlsStyle(); // drawn as the register draws it
        PosContext::Options options;
        options.databasePath = m_dir.filePath(u"register.db"_s);
        options.demo = true;
        options.demoProducts = 400;
        options.language = u"en"_s;
        options.simulatorPort = 0; // the in-process card terminal, on any free port
        options.simulatorControlPort = 0;
        options.simulatorCardDelayMs = 150;
        options.clerk = u"c02"_s; // the demo's manager, Sam
        auto context = PosContext::open(options);
        QVERIFY2(context, context ? "" : qPrintable(context.error().message));
        m_context = std::move(context).value();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_context->attach(m_engine.get());
        m_engine->setInitialProperties({{u"forcedLayout"_s, u"counter"_s}, {u"customerWindow"_s, true}});
        m_engine->load(QUrl(u"qrc:/qt/qml/Comptoir/Main.qml"_s));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        // The selling screen alone until its first frame is shown; the rest just after
        // (Deferred.qml): the payment screen and the dialogs, whose controls the tests below
        // reach.
        QVERIFY(m_window->findChild<QObject *>(u"counterLayout"_s));
        QVERIFY(!m_window->findChild<QObject *>(u"paymentPage"_s));
        QVERIFY(!m_window->findChild<QObject *>(u"returnDialog"_s));
        auto *startup =
            m_engine->singletonInstance<StartupPhase *>(qmlTypeId("Comptoir.Pos", 1, 0, "Startup"));
        QVERIFY(startup);
        QVERIFY(!startup->complete());
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(startup->complete(), 30000);
        QVERIFY(m_window->findChild<QObject *>(u"paymentPage"_s));
        QVERIFY(m_window->findChild<QObject *>(u"returnDialog"_s));
        // Nobody sells before signing in: Sam's PIN, typed as a clerk would.
        QVERIFY(!m_context->clerks()->signedIn());
        QTRY_VERIFY(m_window->findChild<QObject *>(u"signInScreen"_s)->property("opened").toBool());
        typeDigits(u"9999"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(m_context->clerks()->signedIn());
        QCOMPARE(m_context->clerks()->clerk().name, u"Sam"_s);
        QTRY_VERIFY(!m_window->findChild<QObject *>(u"signInScreen"_s)->property("visible").toBool());
    }
    void cleanupTestCase()
    {
        m_engine.reset();
        m_context.reset();
    }

    void everyControlIsNamedAndFingerSized()
    {
        // All interactive controls: those shown and those inside popups not yet opened.
        QSet<QQuickItem *> items;
        QList<QQuickItem *> visual;
        collect(m_window->contentItem(), QString(), visual, true);
        for (QQuickItem *i : std::as_const(visual))
            items.insert(i);
        for (QQuickItem *i : m_window->findChildren<QQuickItem *>())
            items.insert(i);
        int checked = 0;
        for (QQuickItem *i : std::as_const(items)) {
            const bool interactive = i->inherits("QQuickAbstractButton") || i->inherits("QQuickTextInput");
            if (!interactive)
                continue;
            ++checked;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(i);
            QVERIFY2(a, qPrintable(i->objectName()));
            const QString name = a->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                qPrintable(u"no accessible name: %1 %2"_s.arg(
                    QString::fromLatin1(i->metaObject()->className()), i->objectName())));
            // Qt 6.4 acts on "Press" only through an invokable accessiblePressAction().
            if (i->inherits("QQuickAbstractButton")) {
                QAccessibleActionInterface *actions = a->actionInterface();
                QVERIFY2(actions, qPrintable(name));
                QCOMPARE(actions->actionNames().count(QAccessibleActionInterface::pressAction()), 1);
                QVERIFY2(i->metaObject()->indexOfMethod("accessiblePressAction()") >= 0,
                    qPrintable(u"%1 offers Press but would do nothing"_s.arg(name)));
            }
            if (i->isVisible() && i->width() > 0) {
                QVERIFY2(i->height() >= 48 && i->width() >= 48,
                    qPrintable(u"%1 (%2) is %3x%4 px"_s.arg(name)
                                   .arg(QString::fromLatin1(i->metaObject()->className()))
                                   .arg(i->width())
                                   .arg(i->height())));
            }
        }
        QVERIFY(checked > 40);
    }

    void scansLandInTheBasket()
    {
        Counter *counter = m_context->counter();
        auto *search = item("searchField");
        QVERIFY(search);
        search->forceActiveFocus(); // even with the search field focused, scans go to the basket
        scan(u"3760123450010"_s); // Baguette tradition
        QTRY_COMPARE(counter->lineCount(), 1);
        scan(u"3760123450027"_s); // Croissant
        scan(u"3760123450027"_s);
        QTRY_COMPARE(counter->lineCount(), 2);
        QCOMPARE(counter->articleCount(), 3);
        QCOMPARE(counter->totalCents(), 130 + 2 * 110);
        QCOMPARE(search->property("text").toString(), QString());
    }

    void misreadScanIsRefusedAndTheNextOneWorks()
    {
        Counter *counter = m_context->counter();
        QSignalSpy messages(counter, &Counter::message);
        const int soundsBefore = m_context->audio()->played();
        scan(u"3760123450011"_s); // wrong check digit
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().at(1).value<Counter::Level>(), Counter::Failure);
        QVERIFY(messages.last().at(0).toString().contains(u"check digit"_s));
        QVERIFY(m_context->audio()->played() > soundsBefore);
        // The beeps' plugin loads and offers its sound output (silent here: no sound card).
        QPluginLoader plugin(QStringLiteral(COMPTOIR_AUDIO_PLUGIN_FILE));
        QVERIFY2(qobject_cast<AudioOutput *>(plugin.instance()), qPrintable(plugin.errorString()));
        auto *banner = item("messageBanner");
        QTRY_VERIFY(banner->isVisible());
        const int lines = counter->lineCount();
        scan(u"96385074"_s); // chewing-gum, EAN-8
        QTRY_COMPARE(counter->lineCount(), lines + 1);
    }

    // What assistive technology can reach is the screen on top, pressed through its actions.
    void assistiveTechnologySeesOnlyTheScreenOnTop()
    {
        Counter *counter = m_context->counter();
        QVERIFY(counter->lineCount() > 0);
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window);
        QVERIFY(root);
        QCOMPARE(root->role(), QAccessible::Window);
        const auto reachable = [root] {
            QStringList names;
            QList<QAccessibleInterface *> stack {root};
            while (!stack.isEmpty()) {
                QAccessibleInterface *node = stack.takeLast();
                names.append(node->text(QAccessible::Name));
                for (int i = node->childCount() - 1; i >= 0; --i) {
                    if (QAccessibleInterface *child = node->child(i))
                        stack.append(child);
                }
            }
            return names;
        };
        const auto press = [](QQuickItem *control) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(control);
            QVERIFY(a && a->actionInterface());
            a->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        };
        QVERIFY(reachable().contains(u"Product search"_s));
        QCOMPARE(pos::topModalPopup(m_window), nullptr);

        press(item("payButton"));
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QTRY_VERIFY(
            pos::topModalPopup(m_window) && pos::topModalPopup(m_window)->objectName() == u"paymentPage"_s);
        QStringList names = reachable();
        QVERIFY(names.contains(u"Pay in cash"_s));
        QVERIFY2(!names.contains(u"Product search"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(!names.contains(u"Find a customer by name, phone or e-mail"_s));

        press(item("cancelPaymentButton"));
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        QTRY_VERIFY(reachable().contains(u"Product search"_s));
        QVERIFY(!reachable().contains(u"Pay in cash"_s));
    }

    void typingStillReachesTheSearchField()
    {
        auto *search = item("searchField");
        search->forceActiveFocus();
        for (char c : QByteArray("chew")) {
            QTest::keyClick(m_window, c);
            QTest::qWait(120); // a person's pace
        }
        QTRY_COMPARE(search->property("text").toString(), u"chew"_s);
        auto *grid = item("productGrid");
        QTRY_COMPARE(grid->property("count").toInt(), 1); // Chewing-gum menthe
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(search->property("text").toString(), QString());
    }

    void cashSaleByClicks()
    {
        Counter *counter = m_context->counter();
        QVERIFY(counter->lineCount() > 0);
        const int due = counter->totalCents();
        click("payButton");
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QTRY_VERIFY(item("cashExactButton") && item("cashExactButton")->isVisible());
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        click("cashQuick2"); // a round amount above the total: change is due
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        QVERIFY(counter->lastChangeCents() > 0);
        QVERIFY(counter->receiptText().contains(u"TOTAL incl. VAT"_s));
        QVERIFY(item("receiptText")->property("text").toString().contains(u"Ticket 000001"_s));

        SaleJournal journal(m_context->database().connection(), m_context->store());
        const auto ticket = journal.lastTicket();
        QVERIFY(ticket);
        QCOMPARE(ticket->total.cents(), due);
        QCOMPARE(ticket->tenders.first().kind, u"cash"_s);
        QVERIFY(journal.verify().ok);

        // The receipt as PDF, and a reprint marked as a duplicate.
        const QString pdf = counter->saveReceiptPdf();
        QVERIFY(QFile::exists(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 1000);

        // The ticket's code as a QR code, on the screen and in the PDF, read by a decoder we
        // did not write: scanned, it names this ticket.
        const QString code = TicketQuery::receiptCode(ticket->uuid);
        QCOMPARE(counter->receiptCode(), code);
        QTemporaryDir images;
        QTRY_VERIFY(item("receiptQr") && item("receiptQr")->isVisible());
        QVERIFY(m_window->grabWindow().save(images.filePath(u"screen.png"_s)));
        keepShot(u"receipt-qr"_s);
        QCOMPARE(readCodes(images.filePath(u"screen.png"_s)), QStringList {code});
        QProcess render; // poppler's pdftoppm draws the PDF as a printer or a viewer would
        render.start(
            u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, pdf, images.filePath(u"pdf"_s)});
        QVERIFY2(render.waitForFinished(60000) && render.exitCode() == 0, "pdftoppm (poppler-utils)");
        QCOMPARE(readCodes(images.filePath(u"pdf.png"_s)), QStringList {code});
        QCOMPARE(TicketQuery::uuidOfReceiptCode(code), ticket->uuid);
        click("duplicateButton");
        QTRY_VERIFY(counter->receiptText().contains(u"DUPLICATA No. 1"_s));
        QCOMPARE(journal.lastTicket()->number, ticket->number); // a reprint records no sale

        // The next scan starts the next sale by itself.
        scan(u"3760123450034"_s);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        QTRY_COMPARE(counter->lineCount(), 1);
    }

    void cancellingATakenCardPaymentAsksFirst()
    {
        Counter *counter = m_context->counter();
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QVERIFY(counter->addTenderCents(u"card"_s, 100));
        QVERIFY(counter->externalTendersText().contains(u"Card"_s));
        QTest::keyClick(m_window, Qt::Key_Escape);
        // Popups are QObjects, not items: ask the popup itself.
        auto *dialog = m_window->findChild<QObject *>(u"cancelPaymentDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(counter->stage(), Counter::Paying); // nothing dropped yet
        click("confirmYes");
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        QVERIFY(counter->tenders().isEmpty());
        EventJournal jet(m_context->database().connection(), m_context->store().registerId);
        QCOMPARE(jet.count(EventJournal::PaymentCancelled), 1);
    }

    // A card sale through the in-process terminal simulator, by clicks: the amount goes to
    // the terminal, the panel says what to do, the approval becomes a card tender tied to
    // the attempt, and the attempt to the ticket.
    void cardSaleThroughTheTerminal()
    {
        Counter *counter = m_context->counter();
        TerminalController *terminal = m_context->terminal();
        QVERIFY(terminal->available());
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        const int due = counter->totalCents();
        click("cardButton");
        QTRY_VERIFY(terminal->busy());
        QTRY_COMPARE(terminal->stageText(), u"Present the card…"_s);
        QTRY_VERIFY(item("terminalStage") && item("terminalStage")->isVisible());
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        const auto ticket = SaleJournal(m_context->database().connection(), m_context->store()).lastTicket();
        QVERIFY(ticket);
        QCOMPARE(ticket->tenders.size(), 1);
        QCOMPARE(ticket->tenders.first().kind, u"card"_s);
        QCOMPARE(ticket->tenders.first().amount.cents(), due);
        const auto attempt =
            m_context->payments()->journal().findByReference(ticket->tenders.first().reference);
        QVERIFY(attempt);
        QCOMPARE(attempt->state, PaymentAttempt::Approved);
        QCOMPARE(attempt->ticketUuid, ticket->uuid);
        QVERIFY(terminal->cardReceipt().contains(u"************"_s) ||
            terminal->cardReceipt().contains(u"******"_s));
        QTRY_VERIFY(item("cardSlip") && item("cardSlip")->isVisible());
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // Items brought back go to the card that paid them: the clerk types the ticket number of
    // the receipt in the payment screen's dialog. COMPTOIR_SHOTS=DIR keeps what the screen showed.
    void returnRefundedToTheCardOfItsTicket()
    {
        Counter *counter = m_context->counter();
        TerminalController *terminal = m_context->terminal();
        scan(u"3760123450102"_s); // T-shirt, 14.99
        QTRY_COMPARE(counter->lineCount(), 1);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        click("cardButton");
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        const int paid = counter->lastTicketNumber();
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);

        scan(u"3760123450102"_s);
        QTRY_COMPARE(counter->lineCount(), 1);
        QVERIFY(counter->markReturn(0, u"Wrong size"_s));
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        click("refundToTicketCardButton");
        QTRY_VERIFY(item("refundTicketNumber") && item("refundTicketNumber")->hasActiveFocus());
        typeDigits(u"424242"_s);
        click("ticketRefundConfirm");
        QTRY_VERIFY(item("ticketRefundProblem") && item("ticketRefundProblem")->isVisible());
        keepShot(u"refund-unknown-ticket"_s);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(m_window, Qt::Key_Backspace);
        typeDigits(QString::number(paid));
        keepShot(u"refund-ticket-number"_s);
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        const auto ticket = SaleJournal(m_context->database().connection(), m_context->store()).lastTicket();
        QVERIFY(ticket);
        QCOMPARE(ticket->tenders.size(), 1);
        QCOMPARE(ticket->tenders.first().amount.cents(), -1499);
        const auto refund =
            m_context->payments()->journal().findByReference(ticket->tenders.first().reference);
        QVERIFY(refund);
        QCOMPARE(int(refund->operation), int(TerminalOperation::Refund));
        QVERIFY(!refund->originalReference.isEmpty());
        QVERIFY(terminal->resultApproved());
        keepShot(u"refund-done"_s);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // Refused: the clerk reads why on the payment screen and finishes in cash.
    void declinedCardThenCash()
    {
        Counter *counter = m_context->counter();
        TerminalController *terminal = m_context->terminal();
        scan(u"3760123450010"_s); // Baguette tradition, 1.30
        QTRY_VERIFY(counter->lineCount() > 0);
        m_context->simulator()->setBehaviour(TerminalSimulator::Behaviour::Decline, 1);
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        click("cardButton");
        QTRY_VERIFY(terminal->resultText().contains(u"Card refused"_s));
        QTRY_VERIFY(item("terminalResult") && item("terminalResult")->isVisible());
        QVERIFY(counter->tenders().isEmpty());
        QTest::keyClick(m_window, Qt::Key_F9);
        QTRY_COMPARE(recorded.size(), 1);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // The terminal drops out mid-payment: the register asks it what happened until the clerk,
    // who will not keep the customer waiting, stops and is asked, with the facts; the answer
    // decides.
    void unknownOutcomeIsAskedToTheClerk()
    {
        Counter *counter = m_context->counter();
        TerminalController *terminal = m_context->terminal();
        scan(u"3760123450010"_s); // Baguette tradition, 1.30
        QTRY_VERIFY(counter->lineCount() > 0);
        m_context->simulator()->settings().rebootMs = 4000;
        m_context->simulator()->setBehaviour(TerminalSimulator::Behaviour::Reboot, 1);
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        click("cardButton");
        QTRY_VERIFY_WITH_TIMEOUT(terminal->recovering(), 10000);
        QVERIFY(!terminal->asking());
        QVERIFY(terminal->canAbort());
        click("terminalAbortButton");
        QTRY_VERIFY_WITH_TIMEOUT(terminal->asking(), 5000);
        QTRY_VERIFY(item("unknownQuestion") && item("unknownQuestion")->isVisible());
        QVERIFY(terminal->question().value(u"text"_s).toString().contains(counter->totalText()));
        click("unknownChargedButton");
        QTRY_COMPARE(recorded.size(), 1);
        QVERIFY(!terminal->asking());
        QCOMPARE(m_context->payments()->journal().followups().size(), 1); // the manager checks it
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->simulator()->isDown(), 10000);
    }

    // Without its bank the terminal stores payments; the store's rules bound them, and the
    // payment screen says how much is left.
    void offlineRulesAtTheCounter()
    {
        Counter *counter = m_context->counter();
        TerminalController *terminal = m_context->terminal();
        m_context->simulator()->setAcquirerReachable(false);
        terminal->refreshHealth();
        QTRY_VERIFY(terminal->offline());
        QTRY_VERIFY(item("offlineAllowance") == nullptr || !item("offlineAllowance")->isVisible());
        // Over the per-payment limit (50 € by default): refused before the terminal is asked.
        scan(u"3760123450010"_s); // Baguette tradition, 1.30
        QTRY_COMPARE(counter->lineCount(), 1);
        QVERIFY(counter->setQuantity(0, u"50"_s)); // 65.00
        QTRY_COMPARE(counter->totalCents(), 6500);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QTRY_VERIFY(item("offlineAllowance") && item("offlineAllowance")->isVisible());
        QVERIFY(
            terminal->allowanceText().contains(u"50.00"_s) || terminal->allowanceText().contains(u"50,00"_s));
        QVERIFY(!terminal->pay(QString()));
        QVERIFY(terminal->resultText().contains(u"limited to"_s));
        QVERIFY(terminal->resultText().contains(u"another payment method"_s));
        // A part of it within the limit is stored as an offline card payment.
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QVERIFY(terminal->pay(u"20"_s));
        QTRY_COMPARE(counter->tenders().size(), 1);
        QCOMPARE(counter->tenders().first().toMap().value(u"kind"_s).toString(), u"card-offline"_s);
        QTest::keyClick(m_window, Qt::Key_F9);
        QTRY_COMPARE(recorded.size(), 1);
        QVERIFY(counter->receiptText().contains(u"Card (offline)"_s));
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        m_context->simulator()->setAcquirerReachable(true);
        terminal->refreshHealth();
        QTRY_VERIFY(!terminal->offline());
    }

    // A product sold by weight: weighed on the demo's Dialog 06 scale (a simulator on a
    // pseudo-terminal, through Qt SerialPort), or typed on the weight pad when the scale fails.
    void weighedOnTheScaleOrOnThePad()
    {
        Counter *counter = m_context->counter();
        sim::ScaleSimulator *scale = m_context->scaleSimulator();
        QVERIFY(scale);
        QVERIFY(counter->hasScale());
        const auto apples = Catalog(m_context->database().connection()).productBySku(u"FRUI-0001"_s);
        QVERIFY(apples);
        const int lines = counter->lineCount();
        QSignalSpy weighed(scale, &sim::ScaleSimulator::weighed);
        QVERIFY(counter->addProduct(int(apples->id)));
        QCOMPARE(counter->lineCount(), lines); // nothing made up while the scale weighs
        QTRY_VERIFY(item("weighingStatus") && item("weighingStatus")->isVisible());
        keepShot(u"weighing-scale"_s);
        QTRY_COMPARE(weighed.size(), 1);
        QTRY_COMPARE(counter->lineCount(), lines + 1);
        QVERIFY(!counter->weighing());
        const int grams = weighed.first().at(0).toInt();
        QCOMPARE(m_context->session()->basket().lines().last().quantityMilli, grams);

        // The scale silent: its failure is shown, and the clerk types the weight instead.
        scale->setSilent(true);
        QVERIFY(counter->addProduct(int(apples->id)));
        QTRY_VERIFY_WITH_TIMEOUT(counter->weighingFailed(), 15000);
        QVERIFY(item("weighingStatus")->property("text").toString().contains(u"does not answer"_s));
        click("weighByHand");
        QTRY_VERIFY(!counter->weighingOnScale());
        QTRY_VERIFY(item("weightPad") && item("weightPad")->isVisible());
        for (char c : QByteArray("0,75"))
            QTest::keyClick(m_window, c);
        QTRY_COMPARE(item("weightEntry")->property("text").toString(), u"0,75 kg"_s);
        keepShot(u"weighing-pad"_s);
        click("weightAdd");
        QTRY_COMPARE(counter->lineCount(), lines + 2);
        QCOMPARE(m_context->session()->basket().lines().last().quantityMilli, 750);
        scale->setSilent(false);

        // Escape leaves the item out.
        QVERIFY(counter->addProduct(int(apples->id)));
        QTRY_VERIFY(counter->weighing());
        QTRY_VERIFY(item("weightPad") || item("weighingStatus"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!counter->weighing());
        QCOMPARE(counter->lineCount(), lines + 2);
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
    }

    // The benchmark of issue 16: a five-item sale by touch alone (one item weighed on the scale)
    // paid by card, counted input by input from wherever the catalog stood.
    void aTouchSaleTakesAtMostTwelveInputs()
    {
        Counter *counter = m_context->counter();
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        m_inputs = 0;
        click("favouritesButton");
        int lines = 0;
        for (const char *sku : {"BOUL-0001", "BOUL-0002", "FRUI-0001", "EPIC-0002", "BOIS-0001"}) {
            click(QByteArray("quickKey_") + sku);
            ++lines;
            QTRY_COMPARE(counter->lineCount(), lines); // the apples once the scale weighed them
        }
        keepShot(u"touch-sale"_s);
        click("payButton");
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        click("cardButton");
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        const int toReceipt = m_inputs;
        click("newSaleButton");
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        qInfo(
            "touch-only sale: %d inputs to the receipt, %d with the next sale started", toReceipt, m_inputs);
        QVERIFY2(m_inputs <= 12, qPrintable(QString::number(m_inputs)));
        const auto ticket = SaleJournal(m_context->database().connection(), m_context->store()).lastTicket();
        QVERIFY(ticket);
        QCOMPARE(ticket->lines.size(), 5);
        QCOMPARE(std::count_if(ticket->lines.cbegin(), ticket->lines.cend(),
                     [](const TicketLine &l) { return l.weighed && l.quantityMilli > 0; }),
            1);
        QCOMPARE(ticket->tenders.size(), 1);
        QCOMPARE(ticket->tenders.first().kind, u"card"_s);
    }

    // An earlier ticket found by its number in the Tickets dialog, shown and printed again as
    // a counted duplicate; what the dialog cannot read is said.
    void anEarlierTicketIsFoundAndPrintedAgain()
    {
        Counter *counter = m_context->counter();
        if (counter->stage() != Counter::Selling)
            counter->newSale();
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        QVERIFY(counter->lastTicketNumber() > 0);
        const int wanted = std::max(1, counter->lastTicketNumber() - 1);
        click("reprintButton");
        QTRY_VERIFY(item("ticketQuery") && item("ticketQuery")->hasActiveFocus());
        typeDigits(u"12,3456"_s);
        QTRY_VERIFY(item("ticketQueryProblem") && item("ticketQueryProblem")->isVisible());
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(m_window, Qt::Key_Backspace);
        openTicketTyped(wanted, u"tickets-found"_s);
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        QCOMPARE(counter->lastTicketNumber(), wanted);
        click("duplicateButton");
        QTRY_VERIFY(counter->receiptText().contains(u"DUPLICATA"_s));
        keepShot(u"ticket-duplicate"_s);
        click("newSaleButton");
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // A customer brings back one item of a ticket paid by card: the ticket found, the item
    // chosen with a reason, and the refund straight back to that card through the terminal.
    void itemsOfATicketGoBackToItsCard()
    {
        Counter *counter = m_context->counter();
        TerminalController *terminal = m_context->terminal();
        if (counter->stage() != Counter::Selling)
            counter->newSale();
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        // A card sale of two croissants and a baguette.
        click("favouritesButton");
        click("quickKey_BOUL-0002");
        click("quickKey_BOUL-0002");
        click("quickKey_BOUL-0001");
        QTRY_COMPARE(counter->lineCount(), 2);
        click("payButton");
        click("cardButton");
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        const int sold = counter->lastTicketNumber();
        click("newSaleButton");
        QTRY_COMPARE(counter->stage(), Counter::Selling);

        reopenTicket(sold);
        click("returnItemsButton");
        QTRY_VERIFY(item("returnMore_1") && item("returnMore_1")->isVisible());
        click("returnMore_1"); // one croissant of two
        click("returnReason_0");
        keepShot(u"return-items"_s);
        click("returnItemsConfirm");
        QTRY_COMPARE(counter->lineCount(), 1);
        QCOMPARE(counter->totalCents(), -110);
        QCOMPARE(counter->returnTicketNumber(), sold);
        click("payButton");
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        click("refundToReturnTicketCard");
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        keepShot(u"return-refunded"_s);
        const auto ticket = SaleJournal(m_context->database().connection(), m_context->store()).lastTicket();
        QCOMPARE(ticket->total.cents(), -110);
        QCOMPARE(ticket->tenders.first().kind, u"card"_s);
        const auto refund =
            m_context->payments()->journal().findByReference(ticket->tenders.first().reference);
        QVERIFY(refund);
        QCOMPARE(int(refund->operation), int(TerminalOperation::Refund));
        QVERIFY(!refund->originalReference.isEmpty());
        QVERIFY(terminal->resultApproved());
        QVERIFY(ticket->lines.first().returnsOf.endsWith(u"#1"_s));
        // Money that went through the card is not cancelled by a reversing ticket alone: the
        // card would never see it. Neither the refund nor the card sale offers "Cancel".
        QVERIFY(!counter->lastTicketCancellable());
        QVERIFY(!item("voidButton")->isEnabled());
        QVERIFY(!counter->voidLastTicket(u"test"_s));
        click("newSaleButton");
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        reopenTicket(sold);
        QVERIFY(!counter->lastTicketCancellable());
        QVERIFY(!counter->voidLastTicket(u"test"_s));
        QCOMPARE(SaleJournal(m_context->database().connection(), m_context->store()).lastTicket()->uuid,
            ticket->uuid); // nothing recorded
        click("newSaleButton");
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // Readable at arm's length: a basket of 40 lines at four VAT rates shows at least 10 whole
    // lines at 1280x800 (the VAT folds into one row once the basket is long).
private:
    // 40 lines at four VAT rates (ten products of each).
    void fillLongBasket()
    {
        Counter *counter = m_context->counter();
        if (counter->stage() != Counter::Selling)
            counter->newSale();
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        Catalog catalog(m_context->database().connection());
        QMap<int, QStringList> byRate;
        for (const Category &c : catalog.categories()) {
            for (const Product &p : catalog.productsInCategory(c.code, 0, 40)) {
                if (!p.soldByWeight && !p.price.isZero() && !p.barcodes.isEmpty() &&
                    !p.barcodes.first().startsWith(u'2') && p.vat.basisPoints() > 0 &&
                    byRate[p.vat.basisPoints()].size() < 10)
                    byRate[p.vat.basisPoints()] << p.barcodes.first();
            }
        }
        QCOMPARE(byRate.size(), 4);
        for (const QStringList &codes : std::as_const(byRate)) {
            QCOMPARE(codes.size(), 10);
            for (const QString &code : codes)
                QVERIFY(counter->handleScan(code));
        }
        QTRY_COMPARE(counter->lineCount(), 40);
    }
    // Basket lines wholly in view.
    int wholeBasketLines()
    {
        QQuickItem *list = item("basketList");
        if (!list)
            return -1;
        const QRectF view = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
        QList<QQuickItem *> all;
        collect(list, QString(), all, true);
        int whole = 0;
        for (QQuickItem *i : std::as_const(all)) {
            if (QString::fromLatin1(i->metaObject()->className()).startsWith(u"BasketLineDelegate"_s) &&
                i->isVisible() && view.contains(i->mapRectToScene(QRectF(0, 0, i->width(), i->height()))))
                ++whole;
        }
        return whole;
    }
    // The selected line is wholly in view (it grows when selected).
    bool currentLineWhole()
    {
        QQuickItem *list = item("basketList");
        auto *current = list ? qvariant_cast<QQuickItem *>(list->property("currentItem")) : nullptr;
        if (!current)
            return false;
        const QRectF view = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
        return view.contains(current->mapRectToScene(QRectF(0, 0, current->width(), current->height())));
    }

private Q_SLOTS:
    // Readable at arm's length: a basket of 40 lines at four VAT rates shows at least 10 whole
    // lines at 1280x800 (the VAT folds into one row once the basket is long).
    void aLongBasketShowsTenLines()
    {
        Counter *counter = m_context->counter();
        QCOMPARE(m_window->size(), QSize(1280, 800));
        fillLongBasket();
        if (QTest::currentTestFailed())
            return;
        // Whole lines in view, once the selection's change of height has settled.
        QTRY_VERIFY2(wholeBasketLines() >= 10, qPrintable(QString::number(wholeBasketLines())));
        qInfo("a basket of 40 lines at 4 VAT rates shows %d whole lines at 1280x800", wholeBasketLines());
        // The last line scanned, selected, whole in view once the VAT folded into one row.
        QTRY_VERIFY(item("vatFolded") && item("vatFolded")->isVisible());
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        QTRY_VERIFY(currentLineWhole());
        keepShot(u"long-basket"_s);
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
    }

    // Department and miscellaneous keys take a typed amount; a manager edits the page by taps,
    // and each edit is in the event journal.
    void favouritesPageDepartmentsAndEdits()
    {
        Counter *counter = m_context->counter();
        CatalogBrowser *browser = m_context->browser();
        click("favouritesButton");
        scrollToEnd("favouritesGrid");
        click("quickKey_epicerie");
        QTRY_VERIFY(item("amountPad") && item("amountPad")->isVisible());
        typeDigits(u"3,50"_s);
        QTRY_COMPARE(item("amountEntry")->property("text").toString(), u"3,50 €"_s);
        keepShot(u"department-amount"_s);
        click("amountAdd");
        QTRY_COMPARE(counter->lineCount(), 1);
        const BasketLine grocery = m_context->session()->basket().lines().last();
        QCOMPARE(grocery.unitPrice.cents(), 350);
        QCOMPARE(grocery.vat, VatRate(550));
        // Miscellaneous at 10 %: the clerk picks the rate.
        scrollToEnd("favouritesGrid");
        click("quickKey_misc");
        QTRY_VERIFY(item("amountVat1000") && item("amountVat1000")->isVisible());
        click("amountVat1000");
        typeDigits(u"12"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(counter->lineCount(), 2);
        QCOMPARE(m_context->session()->basket().lines().last().vat, VatRate(1000));
        // Over the key's limit: refused, said, nothing added.
        click("quickKey_misc");
        typeDigits(u"900"_s);
        click("amountAdd");
        QTRY_VERIFY(
            item("messageBanner")->property("text").toString().contains(u"more than this key may sell"_s));
        QCOMPARE(counter->lineCount(), 2);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!item("amountPad") || !item("amountPad")->isVisible());
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);

        const auto settingsEvents = [&] {
            return EventJournal(m_context->database().connection(), m_context->store().registerId)
                .count(EventJournal::Settings);
        };
        const qint64 eventsBefore = settingsEvents();
        scrollToEnd("favouritesGrid", "positionViewAtBeginning");
        click("editFavouritesButton");
        QTRY_VERIFY(browser->editingFavourites());
        click("unfavourite_BOUL-0002");
        browser->search(u"t-shirt coton bio"_s); // found by a search as well as in its category
        QTRY_VERIFY(item("product_TEXT-0001") && item("product_TEXT-0001")->isVisible());
        click("product_TEXT-0001");
        QCOMPARE(counter->lineCount(), 0); // editing: a tap arranges, it does not sell
        click("favouritesButton");
        keepShot(u"favourites-editing"_s);
        click("editFavouritesButton");
        QTRY_VERIFY(!browser->editingFavourites());
        QStringList skus;
        for (const QVariant &k : browser->quickKeys()) {
            if (k.toMap().value(u"kind"_s) == u"product"_s)
                skus << k.toMap().value(u"code"_s).toString();
        }
        QVERIFY(!skus.contains(u"BOUL-0002"_s));
        QVERIFY2(skus.last() == u"TEXT-0001"_s, qPrintable(skus.join(u' ')));
        QCOMPARE(settingsEvents(), eventsBefore + 2);
        QVERIFY(!browser->toggleFavourite(u"TEXT-0001"_s)); // only while editing
        browser->setEditingFavourites(true);
        QVERIFY(browser->editingFavourites());
        QVERIFY(browser->toggleFavourite(u"TEXT-0001"_s));
        QVERIFY(browser->toggleFavourite(u"BOUL-0002"_s));
        QVERIFY(browser->moveFavourite(u"BOUL-0002"_s, -100));
        QVERIFY(browser->moveFavourite(u"BOUL-0002"_s, 1));
        browser->setEditingFavourites(false);
    }

    // What used to catch clerks out: refusals of a burst all listed, then cleared by a good scan;
    // a removal undone from the message; the keypad clean at each new sale.
    void noTrapsAtTheCounter()
    {
        Counter *counter = m_context->counter();
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        auto *banner = item("messageBanner");
        QVERIFY(banner);
        for (const QString &bad : {u"3760123450011"_s, u"3760123450028"_s, u"9999999999994"_s})
            scan(bad);
        QTRY_COMPARE(banner->property("lines").toList().size(), 3);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->property("level").toInt(), int(Counter::Failure));
        keepShot(u"refusals-burst"_s);
        scan(u"3760123450010"_s); // a good scan: the old refusals go
        QTRY_COMPARE(counter->lineCount(), 1);
        QTRY_VERIFY(!banner->isVisible());

        // Removed by mistake, put back from the message.
        scan(u"3760123450027"_s);
        QTRY_COMPARE(counter->lineCount(), 2);
        QVERIFY(counter->removeLine(1));
        QCOMPARE(counter->lineCount(), 1);
        QTRY_VERIFY(banner->isVisible() && item("undoButton") && item("undoButton")->isVisible());
        keepShot(u"undo"_s);
        click("undoButton");
        QTRY_COMPARE(counter->lineCount(), 2);
        QVERIFY(!counter->canUndo());

        // Something typed on the keypad does not survive into the next sale.
        auto *pad = item("keypadPad");
        QVERIFY(pad);
        pad->setProperty("entry", u"42"_s);
        QTRY_COMPARE(item("keypadEntry")->property("text").toString(), u"42"_s);
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        QTRY_COMPARE(pad->property("entry").toString(), QString());
        QVERIFY(!item("keypadOk")->isEnabled());
    }

    // Escape closes every dialog a clerk can close (those that must be answered, such as a card
    // payment nobody could tell, and the payment and receipt screens with keys of their own, say
    // so with Popup.NoAutoClose).
    void escapeClosesEveryDialog()
    {
        Counter *counter = m_context->counter();
        QCOMPARE(counter->stage(), Counter::Selling);
        int closed = 0;
        for (const QPointer<QObject> &popup : closableDialogs()) {
            if (!popup)
                continue;
            QVERIFY(QMetaObject::invokeMethod(popup, "open"));
            QTRY_VERIFY2(popup->property("opened").toBool(), qPrintable(popup->objectName()));
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY2(!popup->property("visible").toBool(), qPrintable(popup->objectName()));
            ++closed;
        }
        qInfo() << closed << "dialogs closed by Escape";
        QVERIFY(closed >= 10);
        QCOMPARE(counter->stage(), Counter::Selling);
    }

    // A dialog with a text field stays above the on-screen keyboard while it is up (the keyboard
    // itself is driven by gui_virtual_keyboard; here its height, as OnScreenKeyboard sets it).
    void dialogsWithTextStayAboveTheKeyboard()
    {
        QCOMPARE(m_context->counter()->stage(), Counter::Selling);
        // The Theme singleton as Main.qml sees it.
        QQmlExpression themeOf(qmlContext(m_window), m_window, u"Theme"_s);
        auto *theme = themeOf.evaluate().value<QObject *>();
        QVERIFY(theme);
        const qreal keys = 330; // Qt Virtual Keyboard's height at 1280x800
        QVERIFY(theme->setProperty("keyboardHeight", keys));
        int checked = 0;
        for (const QPointer<QObject> &popup : closableDialogs()) {
            if (!popup)
                continue;
            auto *content = popup->property("contentItem").value<QQuickItem *>();
            if (!content)
                continue;
            QVERIFY(QMetaObject::invokeMethod(popup, "open"));
            QTRY_VERIFY2(popup->property("opened").toBool(), qPrintable(popup->objectName()));
            QVERIFY(QQuickTest::qWaitForPolish(m_window));
            bool hasText = false;
            for (QQuickItem *i : popup->findChildren<QQuickItem *>()) // the dialog's own items
                hasText |= i->inherits("QQuickTextInput") && i->isVisible();
            if (hasText) {
                const QQuickItem *frame = content->parentItem();
                const QRectF box = frame->mapRectToScene(QRectF(0, 0, frame->width(), frame->height()));
                QVERIFY2(box.bottom() <= m_window->height() - keys && box.top() >= 0,
                    qPrintable(u"%1: %2..%3"_s.arg(popup->objectName()).arg(box.top()).arg(box.bottom())));
                ++checked;
            }
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY2(!popup->property("visible").toBool(), qPrintable(popup->objectName()));
        }
        QVERIFY(theme->setProperty("keyboardHeight", 0));
        qInfo() << checked << "dialogs with a text field above the keyboard";
        QVERIFY(checked >= 3);
    }

    // The customer's screen follows the sale in the customer's language, not the clerk's.
    void theCustomerSeesTheSaleInTheirLanguage()
    {
        Counter *counter = m_context->counter();
        CustomerDisplay *display = m_context->customerDisplay();
        QVERIFY(display);
        QQuickWindow *screen = nullptr;
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if (w->objectName() == u"customerWindow"_s)
                screen = qobject_cast<QQuickWindow *>(w);
        }
        QVERIFY(screen);
        QTRY_VERIFY(screen->isVisible());
        const auto text = [screen](const char *name) {
            QList<QQuickItem *> found;
            collect(screen->contentItem(), QString::fromLatin1(name), found);
            return found.isEmpty() ? QString() : found.first()->property("text").toString();
        };
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        QVERIFY(display->setLanguage(u"fr"_s)); // the clerk works in English
        QTRY_COMPARE(text("customerHeadline"), u"Bienvenue"_s);
        QCOMPARE(display->pole().size(), 2);
        QCOMPARE(display->pole().at(1).trimmed(), u"Bienvenue"_s);

        scan(u"3760123450010"_s);
        scan(u"3760123450065"_s);
        QTRY_COMPARE(counter->lineCount(), 2);
        QTRY_VERIFY(text("customerHeadline").startsWith(u"Champagne"_s));
        QTRY_COMPARE(text("customerTotal"), u"31,20\u202f€"_s);
        screen->grabWindow();
        if (!qEnvironmentVariable("COMPTOIR_SHOTS").isEmpty())
            screen->grabWindow().save(qEnvironmentVariable("COMPTOIR_SHOTS") + u"/customer-selling.png"_s);
        QVERIFY(display->pole().at(1).startsWith(u"Total"_s));

        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QVERIFY(counter->startPayment());
        QTRY_COMPARE(display->phase(), int(CustomerDisplay::Paying));
        QTRY_COMPARE(text("customerHeadline"), u"À payer"_s);
        QVERIFY(counter->addTenderCents(u"cash"_s, 5000));
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(display->phase(), int(CustomerDisplay::ThankYou));
        QTRY_VERIFY(text("customerHeadlineAmount").contains(u"18,80"_s)); // the change
        if (!qEnvironmentVariable("COMPTOIR_SHOTS").isEmpty())
            screen->grabWindow().save(qEnvironmentVariable("COMPTOIR_SHOTS") + u"/customer-thanks.png"_s);
        QVERIFY(display->setLanguage(u"en"_s));
        QTRY_COMPARE(text("customerHeadline"), u"Thank you, goodbye!"_s);
        counter->newSale();
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // A double tap on Pay: the second tap lands where "Cancel payment" is on the payment screen,
    // and changes nothing; a tap there once the double-tap interval is over does cancel.
    // Camille, a cashier, signs in on the screen; cancelling her ticket and editing the
    // favourites need a manager: Sam approves on the spot with his PIN (a wrong one first), and
    // the event journal holds the approval with both of them. Sam signs back in after.
    void aCashierAsksAManager()
    {
        Counter *counter = m_context->counter();
        Staff *staff = m_context->staff();
        QCOMPARE(counter->stage(), Counter::Selling);
        click("clerkButton"); // Sam signs out
        QTRY_VERIFY(
            popupNamed(u"signInScreen"_s) && popupNamed(u"signInScreen"_s)->property("opened").toBool());
        QVERIFY(!staff->signedIn());
        scan(u"3760123450010"_s); // nothing is sold without a clerk
        QCOMPARE(counter->lineCount(), 0);
        click("clerk_c01");
        typeDigits(u"1111"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(staff->error().contains(u"4 tries left"_s));
        keepShot(u"sign-in-wrong-pin"_s);
        typeDigits(u"1234"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(staff->signedIn());
        QCOMPARE(staff->clerkName(), u"Camille"_s);

        scan(u"3760123450010"_s);
        QTRY_VERIFY(counter->lineCount() > 0);
        QVERIFY(counter->startPayment());
        QVERIFY(counter->payRemaining(u"cash"_s));
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        QVERIFY(!counter->voidLastTicket(u"test"_s)); // her role does not allow it
        QVERIFY(staff->approvalPending());
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = popupNamed(u"approvalDialog"_s)) && dialog->property("opened").toBool());
        const int sold = counter->lastTicketNumber();
        keepShot(u"approval-dialog"_s);
        click("approver_c02");
        typeDigits(u"0000"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!staff->error().isEmpty());
        QVERIFY(staff->approvalPending());
        typeDigits(u"9999"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        // Approved: the cancellation went through, as ticket sold + 1.
        QTRY_COMPARE(counter->lastTicketNumber(), sold + 1);
        QVERIFY(!staff->approvalPending());
        QSqlQuery q(m_context->database().connection());
        QVERIFY(q.exec(
            u"SELECT clerk_id, detail FROM jet_events WHERE code = 'override' ORDER BY sequence DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"c01"_s);
        QVERIFY2(
            q.value(1).toString().contains(u"\"approver\":\"c02\""_s), qPrintable(q.value(1).toString()));
        QVERIFY(q.value(1).toString().contains(u"\"permission\":\"void_ticket\""_s));
        counter->newSale();

        // The favourites: asked, then given up (Escape): not editing.
        m_context->browser()->setEditingFavourites(true);
        QVERIFY(!m_context->browser()->editingFavourites());
        QTRY_VERIFY(popupNamed(u"approvalDialog"_s)->property("opened").toBool());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!staff->approvalPending());
        QVERIFY(!m_context->browser()->editingFavourites());

        click("clerkButton"); // Camille signs out, Sam back for the tests after
        QTRY_VERIFY(popupNamed(u"signInScreen"_s)->property("opened").toBool());
        click("clerk_c02");
        typeDigits(u"9999"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(staff->clerkName(), u"Sam"_s);
        QTRY_VERIFY(!popupNamed(u"signInScreen"_s)->property("visible").toBool());
    }

    // Five wrong PINs lock Camille's account; Sam unlocks it from the sign-in screen with his.
    void aLockedAccountIsUnlockedByAManager()
    {
        Staff *staff = m_context->staff();
        click("clerkButton");
        QTRY_VERIFY(popupNamed(u"signInScreen"_s)->property("opened").toBool());
        click("clerk_c01");
        for (int i = 0; i < 5; ++i) {
            typeDigits(u"0000"_s);
            QTest::keyClick(m_window, Qt::Key_Return);
        }
        QTRY_VERIFY(staff->error().contains(u"locked"_s));
        QTRY_VERIFY(item("unlocker_c02") && item("unlocker_c02")->isVisible());
        keepShot(u"sign-in-locked"_s);
        typeDigits(u"9999"_s); // Sam, the manager offered first
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(staff->error().isEmpty());
        typeDigits(u"1234"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(staff->clerkName(), u"Camille"_s);
        click("clerkButton");
        QTRY_VERIFY(popupNamed(u"signInScreen"_s)->property("opened").toBool());
        click("clerk_c02");
        typeDigits(u"9999"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(staff->clerkName(), u"Sam"_s);
    }

    // A day of the drawer on screen: the float, a cash sale (its opening journalled), cash taken
    // out with a reason, then the blind count coin by coin and the variance it shows.
    void theDrawerFromFloatToCount()
    {
        Counter *counter = m_context->counter();
        DrawerDesk *drawer = m_context->drawer();
        const auto type = [this](const char *field, const QString &text) {
            click(field);
            QTRY_VERIFY(item(field)->hasActiveFocus());
            for (QChar c : text)
                QTest::keyClick(m_window, c.toLatin1());
        };
        if (!drawer->isOpen()) {
            click("drawerButton");
            QTRY_VERIFY(popupNamed(u"drawerDialog"_s)->property("opened").toBool());
            type("drawerAmount", u"150"_s);
            click("drawerFloat");
            QTRY_VERIFY(drawer->isOpen());
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY(!popupNamed(u"drawerDialog"_s)->property("visible").toBool());
        }
        const auto opened = [this] {
            QSqlQuery q(m_context->database().connection());
            q.exec(u"SELECT count(*) FROM jet_events WHERE code = 'drawer-opened'"_s);
            q.next();
            return q.value(0).toInt();
        };
        const int before = opened();
        // A baguette, paid in cash (scanned: the keys typed just before would make a wedge
        // scan typing, rightly; the wedge is tested elsewhere).
        QVERIFY(counter->handleScan(u"3760123450010"_s));
        QTRY_VERIFY(counter->lineCount() > 0);
        QVERIFY(counter->startPayment());
        QVERIFY(counter->payRemaining(u"cash"_s));
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        QCOMPARE(opened(), before + 1);
        counter->newSale();

        click("drawerButton");
        QTRY_VERIFY(popupNamed(u"drawerDialog"_s)->property("opened").toBool());
        type("drawerAmount", u"20"_s);
        type("drawerReason", u"stamps"_s);
        const int pulses = m_context->printerSimulator()->drawerPulses;
        click("drawerCashOut");
        QTRY_VERIFY(drawer->summary().contains(u"20.00"_s));
        // The drawer opens for real: the printer's pulse.
        QTRY_COMPARE_WITH_TIMEOUT(m_context->printerSimulator()->drawerPulses, pulses + 1, 15000);
        click("drawerStartCount");
        type("count_5000", u"2"_s); // 100 €
        type("count_2000", u"1"_s); // 20 €
        type("count_100", u"11"_s); // 11 €
        QTRY_VERIFY(item("drawerCounted")->property("text").toString().contains(u"131.00"_s));
        keepShot(u"drawer-count"_s);
        click("drawerCount");
        QTRY_VERIFY(!drawer->isOpen());
        QVERIFY2(drawer->lastCount().contains(u"Counted €131.00"_s), qPrintable(drawer->lastCount()));
        // 150 − 20 + 1.30 (the demo is in training mode: its drawer counts its training sales).
        QVERIFY2(drawer->lastCount().contains(u"expected €131.30"_s), qPrintable(drawer->lastCount()));
        keepShot(u"drawer-counted"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!popupNamed(u"drawerDialog"_s)->property("visible").toBool());
    }

    void theDayIsClosedFromTheScreen()
    {
        Counter *counter = m_context->counter();
        QVERIFY(counter->handleScan(u"3760123450010"_s));
        QTRY_VERIFY(counter->lineCount() > 0);
        QVERIFY(counter->startPayment());
        QVERIFY(counter->payRemaining(u"card"_s));
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        counter->newSale();
        const auto closings = [this] {
            QSqlQuery q(m_context->database().connection());
            q.exec(u"SELECT count(*) FROM closings WHERE kind = 'day'"_s);
            q.next();
            return q.value(0).toInt();
        };
        const int before = closings();
        click("closingsButton");
        QTRY_VERIFY(popupNamed(u"closingDialog"_s)->property("opened").toBool());
        click("closingX");
        const auto report = [this] {
            return item("closingReport")->property("text").toString();
        };
        QTRY_VERIFY2(report().contains(u"X REPORT"_s), qPrintable(report()));
        QVERIFY2(
            report().contains(u"Card"_s) && report().contains(u"Perpetual total"_s), qPrintable(report()));
        QCOMPARE(closings(), before); // nothing closed by an X
        keepShot(u"closing-x"_s);
        click("closingZ"); // asks for a confirmation first
        QTRY_VERIFY(item("closingConfirmHint")->isVisible());
        QCOMPARE(closings(), before);
        click("closingZ");
        QTRY_VERIFY2(report().contains(u"DAY CLOSING (Z) No."_s), qPrintable(report()));
        QCOMPARE(closings(), before + 1);
        QVERIFY(!item("closingConfirmHint")->isVisible());
        keepShot(u"closing-z"_s);
        // Nothing sold since: a second Z says so, in words.
        click("closingZ");
        click("closingZ");
        QTRY_VERIFY(item("closingError")->property("text").toString().contains(u"nothing to close"_s));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!popupNamed(u"closingDialog"_s)->property("visible").toBool());
    }

    void receiptsWaitForPaperAndPrintWhole()
    {
        Counter *counter = m_context->counter();
        PrinterSimulator *printer = m_context->printerSimulator();
        QVERIFY(printer); // the demo prints to a simulated network printer
        QTRY_VERIFY(item("printerButton")->isVisible());
        const auto button = [this] {
            return item("printerButton")->property("text").toString();
        };
        // Whatever was sold before has printed.
        QTRY_VERIFY2(!button().contains(u"("_s), qPrintable(button()));
        const qsizetype before = printer->receipts.size();
        const int pulses = printer->drawerPulses;
        printer->state.paperEnd = true; // the roll ran out
        QVERIFY(counter->handleScan(u"3760123450010"_s));
        QTRY_VERIFY(counter->lineCount() > 0);
        QVERIFY(counter->startPayment());
        QVERIFY(counter->payRemaining(u"cash"_s));
        QTRY_COMPARE(counter->stage(), Counter::Receipt);
        const qint64 number = m_context->session()->lastTicket()->number;
        counter->newSale();
        // Never said printed: it waits, the status bar says so.
        QTRY_VERIFY2(button().contains(u"(1)"_s), qPrintable(button()));
        QCOMPARE(printer->receipts.size(), before);
        click("printerButton");
        QTRY_VERIFY(popupNamed(u"printerDialog"_s)->property("opened").toBool());
        QTRY_VERIFY(item("printerStatus")->property("text").toString().contains(u"out of paper"_s));
        keepShot(u"printer-paper-out"_s);
        // A roll loaded: the receipt prints by itself, whole, the drawer's pulse first.
        printer->state = {};
        QTRY_COMPARE_WITH_TIMEOUT(printer->receipts.size(), before + 1, 15000);
        QTRY_VERIFY2(!button().contains(u"("_s), qPrintable(button()));
        const QByteArray paper = printer->receipts.last();
        QVERIFY(paper.startsWith(QByteArray("\x1b\x40\x1b\x74\x13\x1b\x70", 7)));
        QVERIFY(paper.contains(u"Ticket %1"_s.arg(number, 6, 10, QLatin1Char('0')).toLatin1()));
        QCOMPARE(printer->drawerPulses, pulses + 1);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!popupNamed(u"printerDialog"_s)->property("visible").toBool());
        // The X report on paper, from the closings.
        click("closingsButton");
        QTRY_VERIFY(popupNamed(u"closingDialog"_s)->property("opened").toBool());
        click("closingX");
        QTRY_VERIFY(item("closingPrint")->isVisible());
        click("closingPrint");
        QTRY_COMPARE_WITH_TIMEOUT(printer->receipts.size(), before + 2, 15000);
        QVERIFY(printer->receipts.last().contains("X REPORT"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!popupNamed(u"closingDialog"_s)->property("visible").toBool());
    }

    void aDoubleTapOnPayIsHarmless()
    {
        Counter *counter = m_context->counter();
        scan(u"3760123450010"_s);
        QTRY_VERIFY(counter->lineCount() > 0);
        QQuickItem *pay = item("payButton");
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        const QPoint at = pay->mapToScene(QPointF(pay->width() / 2, pay->height() / 2)).toPoint();
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QQuickItem *cancel = item("cancelPaymentButton");
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        const QRectF cancelRect = cancel->mapRectToScene(QRectF(0, 0, cancel->width(), cancel->height()));
        QVERIFY2(cancelRect.contains(at), "Cancel payment lies under the Pay button: the case this guards");
        QVERIFY(shielded(at));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, at); // the double tap's second tap
        QCOMPARE(counter->stage(), Counter::Paying);
        QTRY_VERIFY(!shielded(at));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, at); // meant: cancels
        QTRY_COMPARE(counter->stage(), Counter::Selling);
        counter->cancelSale();
    }

private:
    // No label is cut, in French or in English: every visible text of the selling screen, the
    // payment screen and each dialog is checked for elision. Only texts marked `mayElide` (what
    // the catalog and the customers bring: product and customer names) may be shortened.
    void collectCutLabels(QStringList &cut)
    {
        Counter *counter = m_context->counter();
        Language *language = m_context->language();
        const QString before = language->current();
        const auto check = [&](QQuickItem *root, const QString &where) {
            QList<QQuickItem *> all;
            collect(root, QString(), all, true);
            for (QQuickItem *i : std::as_const(all)) {
                if (!i->isVisible() || i->width() <= 0 || !i->property("truncated").toBool())
                    continue;
                bool allowed = false;
                for (QQuickItem *up = i; up && !allowed; up = up->parentItem())
                    allowed = up->property("mayElide").toBool();
                if (!allowed)
                    cut << u"%1 [%2]: “%3”"_s.arg(where, language->current(), i->property("text").toString());
            }
        };
        for (const QString &code : {u"fr"_s, u"en"_s}) {
            QVERIFY(language->set(code));
            QTRY_COMPARE(language->current(), code);
            counter->cancelSale();
            QTRY_COMPARE(counter->lineCount(), 0);
            scan(u"3760123450010"_s);
            QTRY_COMPARE(counter->lineCount(), 1);
            QVERIFY(QQuickTest::qWaitForPolish(m_window));
            check(m_window->contentItem(), u"selling screen"_s);
            for (const QPointer<QObject> &popup : closableDialogs()) {
                if (!popup)
                    continue;
                QVERIFY(QMetaObject::invokeMethod(popup, "open"));
                QTRY_VERIFY2(popup->property("opened").toBool(), qPrintable(popup->objectName()));
                QVERIFY(QQuickTest::qWaitForPolish(m_window));
                if (auto *content = qvariant_cast<QQuickItem *>(popup->property("contentItem")))
                    check(content, popup->objectName().isEmpty() ? u"a dialog"_s : popup->objectName());
                QTest::keyClick(m_window, Qt::Key_Escape);
                QTRY_VERIFY2(!popup->property("visible").toBool(), qPrintable(popup->objectName()));
            }
            QTest::keyClick(m_window, Qt::Key_F12);
            QTRY_COMPARE(counter->stage(), Counter::Paying);
            QVERIFY(QQuickTest::qWaitForPolish(m_window));
            check(m_window->contentItem(), u"payment screen"_s);
            counter->cancelPayment();
            QTRY_COMPARE(counter->stage(), Counter::Selling);
            counter->cancelSale();
        }
        QVERIFY(language->set(before));
        QTRY_COMPARE(language->current(), before);
    }
private Q_SLOTS:
    void noLabelIsCutInFrenchOrEnglish()
    {
        QStringList cut;
        collectCutLabels(cut);
        QVERIFY2(cut.isEmpty(), qPrintable(u"\n"_s + cut.join(u'\n')));
    }

    // The FR/EN button switches the clerk's language both ways (QML once read another Language
    // than the application's, and the button always said FR).
    void theLanguageButtonSwitchesBothWays()
    {
        Language *language = m_context->language();
        QCOMPARE(language->current(), u"en"_s);
        QCOMPARE(item("languageButton")->property("text").toString(), u"FR"_s);
        click("languageButton");
        QTRY_COMPARE(language->current(), u"fr"_s);
        QTRY_COMPARE(item("languageButton")->property("text").toString(), u"EN"_s);
        QTRY_VERIFY(item("payButton")->property("text").toString().startsWith(u"Encaisser"_s));
        click("languageButton");
        QTRY_COMPARE(language->current(), u"en"_s);
        QTRY_VERIFY(item("payButton")->property("text").toString().startsWith(u"Pay"_s));
    }

    void keyboardOnlySale()
    {
        // F12 pays, F9 takes the exact amount in cash: a sale without touching the screen.
        Counter *counter = m_context->counter();
        scan(u"3760123450010"_s);
        QTRY_VERIFY(counter->lineCount() > 0);
        QSignalSpy recorded(counter, &Counter::saleRecorded);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Paying);
        QTest::keyClick(m_window, Qt::Key_F9);
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(counter->lastChangeCents(), 0);
        QTest::keyClick(m_window, Qt::Key_F12);
        QTRY_COMPARE(counter->stage(), Counter::Selling);
    }

    // The same register laid out for the tablet (800x1280, portrait): at least 8 whole lines
    // of a long basket, no label cut in French or English, "−" only on a line of several
    // pieces, and the keypad sheet away from the finger that opened it, closed by Escape.
    void theTabletLayoutAtArmsLength()
    {
        Counter *counter = m_context->counter();
        // The whole screen laid out again and again, the arrangement changed each time: after
        // the sales above (a burst of refusals, favourites edited, VAT rows coming and going),
        // Qt 6.4's layouts read rows a Repeater had destroyed and crashed (every Repeater with a
        // changing model now sits in a positioner; qml_repeaters_in_layouts keeps it so).
        m_window->setProperty("forcedLayout", u"tablet"_s);
        QTRY_VERIFY(item("tabletLayout") && item("tabletLayout")->isVisible());
        m_window->setProperty("forcedLayout", u"counter"_s);
        QTRY_VERIFY(item("counterLayout") && item("counterLayout")->isVisible());
        // As a tablet turned over and over: the layout follows the window's shape.
        m_window->setProperty("forcedLayout", u"auto"_s);
        for (int turn = 0; turn < 6; ++turn) {
            m_window->resize(800, 1280);
            QTRY_VERIFY(item("tabletLayout") && item("tabletLayout")->isVisible());
            m_window->resize(1280, 800);
            QTRY_VERIFY(item("counterLayout") && item("counterLayout")->isVisible());
        }
        m_window->resize(800, 1280);
        QTRY_COMPARE(m_window->size(), QSize(800, 1280));
        QTRY_VERIFY(item("tabletLayout") && item("tabletLayout")->isVisible());
        const auto backToTheCounter = qScopeGuard([this] {
            m_context->counter()->cancelSale();
            m_window->resize(1280, 800);
            m_window->setProperty("forcedLayout", u"counter"_s);
        });

        fillLongBasket();
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY2(wholeBasketLines() >= 8, qPrintable(QString::number(wholeBasketLines())));
        qInfo("a basket of 40 lines shows %d whole lines on the tablet (800x1280)", wholeBasketLines());
        QTRY_VERIFY(item("vatFolded") && item("vatFolded")->isVisible());
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        QTRY_VERIFY(currentLineWhole());
        keepShot(u"tablet-long-basket"_s);

        // A line of one piece, selected: "+" but no "−" (a stray tap would have deleted it).
        counter->cancelSale();
        QTRY_COMPARE(counter->lineCount(), 0);
        scan(u"3760123450010"_s);
        QTRY_COMPARE(counter->lineCount(), 1);
        QTRY_VERIFY(item("lessButton"));
        QVERIFY(!item("lessButton")->isVisible());
        scan(u"3760123450010"_s);
        QTRY_VERIFY(item("lessButton") && item("lessButton")->isVisible()); // two pieces: "−" is back

        // The keypad sheet opens at thumb height, unless the finger is there: then at the top.
        QQuickItem *keypadButton = item("keypadButton");
        QVERIFY(keypadButton && keypadButton->isVisible());
        const QPointF press =
            keypadButton->mapToScene(QPointF(keypadButton->width() / 2, keypadButton->height() / 2));
        click("keypadButton");
        QObject *sheet = nullptr;
        QTRY_VERIFY((sheet = popupNamed(u"keypadSheet"_s)) && sheet->property("opened").toBool());
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        const QRectF sheetRect(sheet->property("x").toReal(), sheet->property("y").toReal(),
            sheet->property("width").toReal(), sheet->property("height").toReal());
        QVERIFY2(!sheetRect.contains(press),
            qPrintable(u"the sheet (%1,%2 %3x%4) lies under the finger at %5,%6"_s.arg(sheetRect.x())
                           .arg(sheetRect.y())
                           .arg(sheetRect.width())
                           .arg(sheetRect.height())
                           .arg(press.x())
                           .arg(press.y())));
        keepShot(u"tablet-keypad"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QCOMPARE(counter->lineCount(), 1); // Escape changed nothing

        QStringList cut;
        collectCutLabels(cut);
        QVERIFY2(cut.isEmpty(), qPrintable(u"\n"_s + cut.join(u'\n')));
    }
};

QTEST_MAIN(TestPosSmoke)
#include "tst_possmoke.moc"
