// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Comptoir.Pos

ApplicationWindow {
    id: window

    // "auto" follows the window's shape; "counter" or "tablet" force a layout.
    property string forcedLayout: "auto"
    property bool startFullScreen: false
    // The customer's screen: full screen on the second display when there is one.
    property bool customerWindow: false
    // Qt Virtual Keyboard is the input method (comptoir --virtual-keyboard).
    property bool virtualKeyboard: false
    readonly property bool tablet: forcedLayout === "tablet" || (forcedLayout === "auto" && width < height)

    width: forcedLayout === "tablet" ? 800 : 1280
    height: forcedLayout === "tablet" ? 1280 : 800
    minimumWidth: 640
    minimumHeight: 600
    visible: true
    visibility: startFullScreen ? Window.FullScreen : Window.AutomaticVisibility
    title: qsTr("Comptoir — %1").arg(Counter.storeName)
    color: Theme.background

    header: StatusHeader {
        objectName: "statusHeader"
    }

    SalePage {
        id: salePage
        objectName: "salePage"
        anchors.fill: parent
        tablet: window.tablet
    }

    // What is not on the selling screen is made once it is on the screen (Deferred.qml), or at
    // once when its state is there sooner.
    Deferred {
        source: "PaymentPage.qml"
        needed: Counter.stage === Counter.Paying
    }
    Deferred {
        source: "ReceiptPage.qml"
        needed: Counter.stage === Counter.Receipt
    }

    // Asked whenever a card payment's outcome could not be told, on any screen.
    Deferred {
        source: "UnknownPaymentDialog.qml"
        needed: Terminal.asking
    }

    // An item that would sell at 0.00 waits for the clerk's word, on any screen.
    Deferred {
        source: "ZeroPriceDialog.qml"
        needed: Counter.holding
    }

    // A product sold by weight waits for its weight: the scale's, or the weight pad's.
    Deferred {
        source: "WeightDialog.qml"
        needed: Counter.weighing
    }

    // Nobody sells before signing in; an action the clerk's role does not allow waits for
    // another clerk's PIN.
    SignInScreen {}
    Deferred {
        source: "ApprovalDialog.qml"
        needed: Staff.approvalPending
    }

    Loader {
        active: window.customerWindow
        // main() moves it full screen to the second display when there is one.
        // Its file read only when there is one.
        source: "CustomerWindow.qml"
    }

    Loader {
        active: window.virtualKeyboard
        source: "OnScreenKeyboard.qml"
    }

    // Over the catalog, never over the basket or the Pay button.
    MessageBanner {
        id: banner
        objectName: "messageBanner"
        x: Theme.margin
        y: window.tablet ? Theme.margin : parent.height - height - Theme.margin
        width: window.tablet ? parent.width - 2 * Theme.margin : salePage.catalogWidth
        z: 100
    }

    // A premium customer checked in at the store: over the catalog, above the messages; on a
    // tablet under them. Never over the basket, the keypad or the Pay button. Made while there
    // is one.
    Loader {
        active: Sync.hasArrival
        source: "ArrivalNotice.qml"
        x: Theme.margin
        y: window.tablet ? Theme.margin + Theme.touchLarge : parent.height - height - Theme.margin - Theme.touchLarge
        width: window.tablet ? parent.width - 2 * Theme.margin : Math.min(implicitWidth, parent.width * 0.4)
        z: 99
    }

    Connections {
        target: Staff
        function onRefused(why: string) {
            banner.show(why, Counter.Warning)
        }
    }
    Connections {
        target: Counter
        function onMessage(text: string, level: int) {
            banner.show(text, level)
        }
        function onAccepted() {
            banner.clearProblems()
        }
        // A new sale starts clean: nothing said about the last one stays on screen.
        function onStageChanged() {
            if (Counter.stage === Counter.Selling && Counter.lineCount === 0)
                banner.hide()
        }
    }
    Component.onCompleted: {
        Pointer.watch(window)
        Startup.watch(window)
        Counter.uiReady()
    }

    // Keyboard for counter PCs: F12 pays (F2 searches: CatalogPanel; the payment and receipt
    // screens add their own keys).
    Shortcut {
        sequence: "F12"
        enabled: Counter.stage === Counter.Selling
        onActivated: Counter.startPayment()
    }
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: Counter.stage === Counter.Selling && Counter.canUndo
        onActivated: Counter.undo()
    }
}
