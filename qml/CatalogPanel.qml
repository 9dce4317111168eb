// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Comptoir.Pos

// Search, categories and product tiles.
ColumnLayout {
    id: panel

    property bool compact: false

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontNormal
            placeholderText: qsTr("Search a product, a SKU or a barcode (F2)")
            Accessible.name: qsTr("Product search")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextEdited: CatalogBrowser.search(search.text)
            onAccepted: {
                // A code typed by hand (an unreadable label) is added like a scan.
                if (Counter.submitCode(search.text)) {
                    search.clear()
                    CatalogBrowser.search("")
                }
            }
            Keys.onEscapePressed: {
                search.clear()
                CatalogBrowser.search("")
            }
        }
        TouchButton {
            objectName: "clearSearchButton"
            visible: search.text.length > 0
            text: "✕"
            Accessible.name: qsTr("Clear the search")
            onClicked: {
                search.clear()
                CatalogBrowser.search("")
            }
        }
        TouchButton {
            objectName: "favouritesButton"
            readonly property bool current: CatalogBrowser.favouritesShown && CatalogBrowser.query.length === 0
            text: qsTr("★ Favourites")
            Accessible.name: qsTr("Favourites page")
            tint: current ? Theme.primary : Theme.surface
            ink: current ? Theme.primaryText : Theme.text
            fontSize: Theme.fontSmall
            onClicked: {
                search.clear()
                CatalogBrowser.showFavourites()
            }
        }
    }
    Shortcut {
        sequence: "F2"
        enabled: Counter.stage === Counter.Selling
        onActivated: search.forceActiveFocus()
    }

    // Two rows that scroll sideways: most stores' departments show at once (one on the tablet,
    // where the basket needs the height).
    GridView {
        id: categories
        objectName: "categoryBar"
        Layout.fillWidth: true
        Layout.preferredHeight: (panel.compact ? 1 : 2) * cellHeight
        flow: GridView.FlowTopToBottom
        cellHeight: Theme.touch + Theme.spacing / 2
        cellWidth: panel.compact ? 150 : 164
        clip: true
        model: CatalogBrowser.categories
        boundsBehavior: Flickable.StopAtBounds
        // The columns past the edge are made once the first frame is shown.
        cacheBuffer: Startup.released ? 320 : 0
        ScrollBar.horizontal: ScrollBar {}
        delegate: TouchButton {
            required property var modelData
            readonly property bool current: CatalogBrowser.query.length === 0 && CatalogBrowser.currentCategory === modelData.code
            width: categories.cellWidth - Theme.spacing / 2
            height: Theme.touch
            text: modelData.name
            Accessible.name: qsTr("Category %1").arg(modelData.name)
            tint: current ? modelData.color : Theme.surface
            ink: Theme.text
            font.bold: current
            fontSize: Theme.fontSmall
            onClicked: {
                search.clear()
                CatalogBrowser.showCategory(modelData.code)
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: CatalogBrowser.query.length > 0
        text: CatalogBrowser.searching ? qsTr("Searching…")
              : CatalogBrowser.resultsCapped
                ? qsTr("The first %n products for “%1”: type more to narrow", "", CatalogBrowser.resultCount).arg(CatalogBrowser.query)
                : qsTr("%n product(s) for “%1”", "", CatalogBrowser.resultCount).arg(CatalogBrowser.query)
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    // A category: what sells here first, or A to Z. The favourites page: editing, for a manager.
    RowLayout {
        Layout.fillWidth: true
        visible: CatalogBrowser.query.length === 0
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: CatalogBrowser.editingFavourites
                  ? qsTr("Tap products in any category to add or remove them; arrows move them.")
                  : CatalogBrowser.favouritesShown ? qsTr("Favourites, departments and miscellaneous")
                  : CatalogBrowser.bestSellersFirst ? qsTr("Best sellers first") : qsTr("A to Z")
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            color: CatalogBrowser.editingFavourites ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TouchButton {
            objectName: "sortButton"
            visible: !CatalogBrowser.favouritesShown
            text: CatalogBrowser.bestSellersFirst ? qsTr("A to Z") : qsTr("Best sellers")
            Accessible.name: CatalogBrowser.bestSellersFirst ? qsTr("Sort the products A to Z")
                                                             : qsTr("Show the best sellers first")
            fontSize: Theme.fontSmall
            onClicked: CatalogBrowser.bestSellersFirst = !CatalogBrowser.bestSellersFirst
        }
        TouchButton {
            objectName: "editFavouritesButton"
            visible: CatalogBrowser.favouritesShown || CatalogBrowser.editingFavourites
            text: CatalogBrowser.editingFavourites ? qsTr("Done") : qsTr("Edit")
            Accessible.name: CatalogBrowser.editingFavourites ? qsTr("Finish editing the favourites")
                                                              : qsTr("Edit the favourites")
            tint: CatalogBrowser.editingFavourites ? Theme.primary : Theme.surface
            ink: CatalogBrowser.editingFavourites ? Theme.primaryText : Theme.text
            fontSize: Theme.fontSmall
            onClicked: CatalogBrowser.editingFavourites = !CatalogBrowser.editingFavourites
        }
    }

    GridView {
        id: favourites
        objectName: "favouritesGrid"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: CatalogBrowser.favouritesShown && CatalogBrowser.query.length === 0
        clip: true
        model: CatalogBrowser.quickKeys
        // The counter's messages show over the catalog's foot: the last row scrolls above them.
        bottomMargin: panel.compact ? 0 : Theme.touch + Theme.margin
        readonly property int columns: Math.max(3, Math.floor(width / 150))
        cellWidth: width / columns
        cellHeight: panel.compact ? 88 : 96
        boundsBehavior: Flickable.StopAtBounds
        // The rows below the fold are made once the first frame is shown.
        cacheBuffer: Startup.released ? 320 : 0
        ScrollBar.vertical: ScrollBar {}
        delegate: QuickKeyTile {
            width: favourites.cellWidth
            height: favourites.cellHeight
            onAmountWanted: key => amountDialog.make()?.ask(key)
        }
    }
    Deferred {
        id: amountDialog
        source: "AmountDialog.qml"
    }

    GridView {
        id: grid
        objectName: "productGrid"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !favourites.visible
        clip: true
        model: CatalogBrowser.products
        bottomMargin: panel.compact ? 0 : Theme.touch + Theme.margin
        readonly property int columns: Math.max(2, Math.floor(width / (panel.compact ? 150 : 170)))
        cellWidth: width / columns
        cellHeight: panel.compact ? 96 : 112
        boundsBehavior: Flickable.StopAtBounds
        // The rows below the fold are made once the first frame is shown.
        cacheBuffer: Startup.released ? 320 : 0
        ScrollBar.vertical: ScrollBar {}
        delegate: ProductTile {
            width: grid.cellWidth
            height: grid.cellHeight
        }
    }
}
