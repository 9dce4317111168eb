// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Comptoir
import Comptoir.Pos

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: counterLayout
        CounterLayout {
            anchors.fill: parent
        }
    }
    Component {
        id: paymentPage
        PaymentPage {}
    }
    Component {
        id: zeroPriceDialog
        ZeroPriceDialog {}
    }
    Component {
        id: tabletLayout
        TabletLayout {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test
        name: "BasketScreen"
        when: windowShown

        function initTestCase() {
            // Dialogs made at once, as the components here are tested without the window.
            Startup.release()
            Counter.uiReady()
        }

        function init() {
            Counter.cancelPayment()
            Counter.newSale()
            Counter.cancelSale()
            Counter.setBasketDiscount("0", true)
            CatalogBrowser.search("")
        }

        // Types `text` key by key, as a clerk would.
        function typeText(text) {
            // Keys go to the active window: on a busy machine it may be activated late, or
            // lose activation while a popup opens or closes; checked before every key.
            const w = root.Window.window
            for (const c of text) {
                if (w && !w.active) {
                    w.requestActivate()
                    tryVerify(() => w.active, 10000)
                }
                keyClick(c)
            }
        }

        // A click where the clerk sees the item. On a busy machine a popup's items may join the
        // window a frame after the popup says it is open, and a layout moves its items only at
        // its next polish: a click placed from the old geometry lands on whatever is there now
        // (a form's Cancel button, once). So: in the scene, laid out, scrolled into view.
        function tap(item) {
            verify(item)
            tryVerify(() => item.Window.window !== null && item.visible, 10000)
            settle(item)
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentY === undefined || p.contentHeight === undefined || p.height === undefined)
                    continue
                const top = item.mapToItem(p.contentItem, 0, 0).y
                if (top < p.contentY || top + item.height > p.contentY + p.height) {
                    p.contentY = Math.max(0, Math.min(top - (p.height - item.height) / 2,
                                                      p.contentHeight - p.height))
                    settle(item)
                }
                break
            }
            mouseClick(item)
        }

        // Waits until no layout holding `item` has a move pending.
        function settle(item) {
            for (let p = item; p; p = p.parent) {
                if (isPolishScheduled(p))
                    verify(waitForItemPolished(p, 10000), "laid out: " + p)
            }
        }

        function layout() {
            const l = createTemporaryObject(counterLayout, root)
            verify(l)
            waitForRendering(l)
            return l
        }

        function tile(grid, index) {
            tryVerify(() => grid.count > index)
            grid.positionViewAtIndex(index, GridView.Beginning)
            const t = grid.itemAtIndex(index)
            verify(t, "tile " + index)
            return t
        }

        function pressKeys(l, keys) {
            const pad = findChild(l, "keypad")
            for (const k of keys) {
                const b = findButton(pad, k)
                verify(b, "key " + k)
                mouseClick(b)
            }
        }

        function findButton(parentItem, label) {
            for (let i = 0; i < parentItem.children.length; ++i) {
                const c = parentItem.children[i]
                if (c.text === label && c.clicked !== undefined)
                    return c
                const inner = findButton(c, label)
                if (inner)
                    return inner
            }
            return null
        }

        function test_tapProductAddsLine() {
            const l = layout()
            const grid = findChild(l, "productGrid")
            mouseClick(tile(grid, 0))
            compare(Counter.lineCount, 1)
            mouseClick(tile(grid, 0))
            compare(Counter.lineCount, 1, "the same product is merged")
            const list = findChild(l, "basketList")
            compare(list.count, 1)
            mouseClick(tile(grid, 1))
            compare(list.count, 2)
            compare(list.currentIndex, 1, "the line just added is selected")
            verify(findChild(l, "totalText").text.length > 0)
        }

        function test_categoriesAndSearch() {
            const l = layout()
            const grid = findChild(l, "productGrid")
            const bar = findChild(l, "categoryBar")
            tryVerify(() => bar.count >= 10)
            CatalogBrowser.showCategory("presse")
            tryVerify(() => grid.count > 0)
            compare(grid.itemAtIndex(0).priceText.length > 0, true)
            const search = findChild(l, "searchField")
            search.forceActiveFocus()
            keyClick(Qt.Key_C)
            keyClick(Qt.Key_H)
            keyClick(Qt.Key_E)
            keyClick(Qt.Key_W)
            tryCompare(CatalogBrowser, "searching", false)
            tryCompare(grid, "count", 1)
            compare(grid.itemAtIndex(0).name, "Chewing-gum menthe")
            keyClick(Qt.Key_Escape)
            tryCompare(search, "text", "")
        }

        function test_typedBarcodeInSearchIsAdded() {
            const l = layout()
            const search = findChild(l, "searchField")
            search.forceActiveFocus()
            search.text = "3760123450065"
            keyClick(Qt.Key_Return)
            compare(Counter.lineCount, 1)
            compare(search.text, "")
            compare(Counter.totalCents, 2990)
        }

        function test_keypadQuantityPriceAndDiscount() {
            const l = layout()
            verify(Counter.handleScan("3760123450065")) // Champagne brut 75 cl
            compare(Counter.totalCents, 2990)
            pressKeys(l, ["3"])
            mouseClick(findChild(l, "keypadOk"))
            compare(Counter.articleCount, 3)
            compare(Counter.totalCents, 8970)
            // 10 % off the line
            mouseClick(findButton(findChild(l, "keypad"), "Disc. %"))
            pressKeys(l, ["1", "0"])
            mouseClick(findChild(l, "keypadOk"))
            compare(Counter.totalCents, 8073)
            // a bad quantity is refused and changes nothing
            mouseClick(findButton(findChild(l, "keypad"), "Qty"))
            pressKeys(l, ["1", ",", "5"])
            mouseClick(findChild(l, "keypadOk"))
            compare(Counter.articleCount, 3)
            mouseClick(findChild(l, "keypadClear"))
            compare(findChild(l, "keypadEntry").text, "quantity or kg") // back to the hint
        }

        function test_weighedProductByWeight() {
            const l = layout()
            verify(Counter.handleScan("2600001005325")) // Pommes Gala, 532 g label
            compare(Counter.totalCents, 159)
            pressKeys(l, ["1", ",", "2", "5", "0"])
            mouseClick(findChild(l, "keypadOk"))
            compare(Counter.totalCents, 374)
        }

        function test_returnLineNeedsAReason() {
            const l = layout()
            verify(Counter.handleScan("3760123450102")) // T-shirt 14,99
            mouseClick(findChild(l, "returnButton"))
            const dialog = findChild(l, "returnDialog")
            tryCompare(dialog, "opened", true)
            const reason = findButton(dialog.contentItem, "Wrong size")
            verify(reason)
            waitForItemPolished(reason.parent) // placed by its Column
            mouseClick(reason)
            tryCompare(dialog, "opened", false)
            compare(Counter.totalCents, -1499)
            verify(Counter.refund)
            compare(findChild(l, "payButton").text, "Refund -€14.99")
        }

        // Items brought back go back to the card that paid for them: the clerk types the
        // ticket number printed on the customer's receipt.
        function test_returnGoesBackToTheCardOfItsTicket() {
            verify(Terminal.available)
            verify(Counter.handleScan("3760123450102")) // T-shirt 14,99
            verify(Counter.startPayment())
            verify(Terminal.pay(""))
            tryCompare(Counter, "stage", Counter.Receipt, 30000)
            const paid = Counter.lastTicketNumber
            verify(paid > 0)
            Counter.newSale()
            verify(Counter.handleScan("3760123450102"))
            verify(Counter.markReturn(0, "Wrong size"))
            verify(Counter.startPayment())
            const popup = createTemporaryObject(paymentPage, root)
            popup.open()
            tryCompare(popup, "opened", true)
            tap(findChild(popup.contentItem, "refundToTicketCardButton"))
            const dialog = findChild(popup, "ticketRefundDialog")
            tryCompare(dialog, "opened", true)
            const number = findChild(dialog.contentItem, "refundTicketNumber")
            verify(number.activeFocus)
            typeText("99999")
            tap(findChild(dialog.contentItem, "ticketRefundConfirm"))
            const problem = findChild(dialog.contentItem, "ticketRefundProblem")
            tryCompare(problem, "visible", true)
            compare(problem.text, "Ticket 099999 was not paid by card on this register: refund by card without it, or in cash.")
            verify(dialog.opened)
            number.text = ""
            typeText(String(paid))
            verify(!problem.visible)
            tap(findChild(dialog.contentItem, "ticketRefundConfirm"))
            tryCompare(dialog, "opened", false)
            tryCompare(Counter, "stage", Counter.Receipt, 30000)
            verify(Counter.receiptText.indexOf("-14.99") >= 0, Counter.receiptText)
            Counter.newSale()
        }

        // A €0.00 price label is held: the clerk gives its price or leaves it (Escape too).
        function test_zeroPriceLabelWaitsForTheClerk() {
            const dialog = createTemporaryObject(zeroPriceDialog, root)
            verify(dialog)
            verify(!Counter.handleScan("2100003000002")) // the roast, label printed €0.00
            tryCompare(dialog, "opened", true)
            compare(Counter.lineCount, 0)
            verify(findChild(dialog.contentItem, "zeroPriceQuestion").text.indexOf("Rôti de porc") >= 0)
            const entry = findChild(dialog.contentItem, "zeroPriceEntry")
            tryVerify(() => entry.activeFocus)
            typeText("12.34")
            tap(findChild(dialog.contentItem, "zeroPriceSet"))
            tryCompare(dialog, "opened", false)
            compare(Counter.lineCount, 1)
            compare(Counter.totalCents, 1234)
            verify(!Counter.handleScan("2100003000002"))
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
            verify(!Counter.holding)
            compare(Counter.lineCount, 1)
            Counter.cancelSale()
        }

        function test_basketDiscountDialog() {
            const l = layout()
            verify(Counter.handleScan("3760123450065"))
            mouseClick(findChild(l, "basketDiscountButton"))
            const dialog = findChild(l, "basketDiscountDialog")
            tryCompare(dialog, "opened", true)
            for (const k of ["1", "0"])
                mouseClick(findButton(dialog.contentItem, k))
            mouseClick(findChild(dialog.contentItem, "applyBasketDiscount"))
            tryCompare(dialog, "opened", false)
            compare(Counter.totalCents, 2691)
            compare(findChild(l, "basketDiscountText").text, "-€2.99")
        }

        function test_parkAndResume() {
            const l = layout()
            verify(Counter.handleScan("3760123450072"))
            mouseClick(findChild(l, "parkButton"))
            const dialog = findChild(l, "parkedDialog")
            tryCompare(dialog, "opened", true)
            findChild(dialog.contentItem, "parkLabel").text = "Mme Martin"
            mouseClick(findChild(dialog.contentItem, "confirmPark"))
            tryCompare(dialog, "opened", false)
            compare(Counter.lineCount, 0)
            compare(Counter.parkedCount, 1)
            compare(Counter.parkedBaskets[0].label, "Mme Martin")
            verify(Counter.resume(Counter.parkedBaskets[0].id))
            compare(Counter.lineCount, 1)
            compare(Counter.parkedCount, 0)
        }

        function test_cancelSaleAsksFirst() {
            const l = layout()
            verify(Counter.handleScan("3760123450010"))
            mouseClick(findChild(l, "cancelSaleButton"))
            compare(Counter.lineCount, 1, "nothing happens before the confirmation")
            const dialog = findChild(l, "cancelSaleDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.contentItem, "confirmYes"))
            compare(Counter.lineCount, 0)
        }

        function test_escapeClosesDialogsChangingNothing_data() {
            return [
                { tag: "return", button: "returnButton", dialog: "returnDialog" },
                { tag: "basket discount", button: "basketDiscountButton", dialog: "basketDiscountDialog" },
                { tag: "park", button: "parkButton", dialog: "parkedDialog" },
                { tag: "cancel sale", button: "cancelSaleButton", dialog: "cancelSaleDialog" },
            ]
        }
        function test_escapeClosesDialogsChangingNothing(data) {
            const l = layout()
            verify(Counter.handleScan("3760123450102"))
            mouseClick(findChild(l, data.button))
            const dialog = findChild(l, data.dialog)
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
            compare(Counter.lineCount, 1)
            compare(Counter.totalCents, 1499)
            compare(Counter.parkedCount, 0)
        }

        function test_loyaltyCardAndCustomerSearch() {
            const l = layout()
            // The demo store's premium customer, by her card.
            verify(Counter.handleScan("2900000000018"))
            verify(Counter.hasCustomer)
            compare(Counter.customerName, "Élodie Martin")
            verify(Counter.customerPremium)
            compare(Counter.lineCount, 0, "a card is not an article")
            const summary = findChild(l, "customerSummary")
            verify(summary.visible)
            compare(summary.text, "★ Élodie Martin")
            compare(findChild(l, "customerDetail").text, "Premium · 1,240 points")
            // Her details, from the bar.
            const info = findChild(l, "customerInfo")
            waitForItemPolished(info.parent)
            mouseClick(info)
            const panel = findChild(l, "customerPanel")
            tryCompare(panel, "opened", true)
            compare(panel.customer.name, "Élodie Martin")
            compare(panel.customer.tierText, "Premium")
            compare(panel.customer.phone, "06 12 34 56 78")
            compare(panel.customer.cards, ["2900000000018"])
            compare(panel.customer.interests, ["Fine food", "Wine"])
            compare(panel.customer.consents.length, 3)
            verify(panel.customer.consents.some(c => c.text === "Marketing messages, by e-mail" && c.granted))
            keyClick(Qt.Key_Escape)
            tryCompare(panel, "opened", false)
            // Items scanned after the card go to her sale.
            verify(Counter.handleScan("3760123450010"))
            compare(Counter.lineCount, 1)
            verify(Counter.hasCustomer)
            mouseClick(findChild(l, "detachCustomer"))
            verify(!Counter.hasCustomer)
            compare(Counter.lineCount, 1)
            // A card of the chain this register does not know: refused, not taken for a product.
            verify(!Counter.handleScan("2900000000032"))
            verify(!Counter.hasCustomer)
            compare(Counter.lineCount, 1)

            // Found by phone number as the customer says it.
            mouseClick(findChild(l, "findCustomer"))
            const dialog = findChild(l, "customerSearchDialog")
            tryCompare(dialog, "opened", true)
            findChild(dialog.contentItem, "customerQuery").text = "06 98 76"
            const results = findChild(dialog.contentItem, "customerResults")
            tryCompare(results, "count", 1)
            mouseClick(results.itemAtIndex(0))
            tryCompare(dialog, "opened", false)
            compare(Counter.customerName, "Karim Benali")
            verify(!Counter.customerPremium)
            compare(findChild(l, "customerSummary").text, "Karim Benali")
            compare(findChild(l, "customerDetail").text, "85 points")
            // Paid: the next sale starts without a customer; the sale is in Karim's history.
            verify(Counter.startPayment())
            verify(Counter.payRemaining("cash"))
            tryCompare(Counter, "stage", Counter.Receipt)
            Counter.newSale()
            verify(!Counter.hasCustomer)
            verify(Counter.handleScan("2900000000025"))
            mouseClick(findChild(l, "customerInfo"))
            tryCompare(panel, "opened", true)
            compare(Customers.history.length, 1)
            compare(Customers.history[0].channel, "store")
            compare(Customers.history[0].channelText, "Store")
            verify(Customers.history[0].text.startsWith("Ticket "))
            compare(findChild(panel.contentItem, "channel_store").text, "Store")
            keyClick(Qt.Key_Escape)
            tryCompare(panel, "opened", false)
            Counter.cancelSale()
            verify(!Counter.hasCustomer)
        }

        // The attached customer's details changed in the panel: each field checked in the
        // clerk's language, saved on the register at once, queued for head office.
        function test_customerDetailsEditedWithValidation() {
            const l = layout()
            verify(Counter.handleScan("2900000000025")) // Karim, no e-mail consent
            const info = findChild(l, "customerInfo")
            waitForItemPolished(info.parent)
            mouseClick(info)
            const panel = findChild(l, "customerPanel")
            tryCompare(panel, "opened", true)
            compare(findChild(panel.contentItem, "pendingText").visible, false)
            mouseClick(findChild(panel.contentItem, "editCustomer"))
            const editor = findChild(panel, "customerEditDialog")
            tryCompare(editor, "opened", true)
            const phone = findChild(editor.contentItem, "edit_phone")
            compare(phone.text, "06 98 76 54 32")
            const save = findChild(editor.contentItem, "saveCustomer")
            // A garbled number: said so under the field, and nothing can be saved.
            phone.selectAll()
            phone.forceActiveFocus()
            keyClick(Qt.Key_Backspace)
            typeText("06 12 ab")
            const problem = findChild(editor.contentItem, "problem_phone")
            tryCompare(problem, "visible", true)
            verify(problem.text.startsWith("Not a phone number"))
            verify(!save.enabled)
            // E-mails asked for without an address: refused too.
            mouseClick(findChild(editor.contentItem, "consentMarketingEmail"))
            compare(findChild(editor.contentItem, "problem_email").text, "E-mails need an e-mail address.")
            phone.selectAll()
            keyClick(Qt.Key_Backspace)
            typeText("06 98 76 54 32") // his number again, as he says it
            tryCompare(problem, "visible", false)
            const email = findChild(editor.contentItem, "edit_email")
            email.forceActiveFocus()
            email.text = "karim.benali@"
            email.textEdited()
            verify(!save.enabled)
            typeText("example.fr")
            tryCompare(findChild(editor.contentItem, "problem_email"), "visible", false)
            mouseClick(findChild(editor.contentItem, "interest_wine"))
            verify(save.enabled)
            mouseClick(save)
            tryCompare(editor, "opened", false)
            // The register has it at once: found by the new address, marked as on its way.
            const details = Counter.customerDetails()
            compare(details.email, "karim.benali@example.fr")
            compare(details.phone, "06 98 76 54 32")
            verify(details.interests.indexOf("Wine") >= 0)
            verify(details.consents.some(c => c.text === "Marketing messages, by e-mail" && c.granted))
            verify(findChild(panel.contentItem, "pendingText").text.length > 0)
            const found = Counter.searchCustomers("karim.benali@ex")
            compare(found.length, 1)
            compare(found[0].name, "Karim Benali")
            keyClick(Qt.Key_Escape)
            tryCompare(panel, "opened", false)
            Counter.cancelSale()
        }

        // A customer created at the counter from what the clerk typed in the search.
        function test_newCustomerCreatedFromTheSearch() {
            const l = layout()
            tap(findChild(l, "findCustomer"))
            const dialog = findChild(l, "customerSearchDialog")
            tryCompare(dialog, "opened", true)
            findChild(dialog.contentItem, "customerQuery").text = "Lefèvre"
            compare(findChild(dialog.contentItem, "customerResults").count, 0)
            // Not enrolled: no head office to ask.
            compare(findChild(dialog.contentItem, "searchHeadOffice").visible, false)
            tap(findChild(dialog.contentItem, "newCustomer"))
            const creator = findChild(dialog, "customerEditDialog")
            tryCompare(creator, "opened", true)
            compare(findChild(creator.contentItem, "edit_lastName").text, "Lefèvre")
            const first = findChild(creator.contentItem, "edit_firstName")
            first.forceActiveFocus()
            typeText("Anne")
            // Typed as a clerk would (the test keyboard has no "@": the text is set, then edited).
            const email = findChild(creator.contentItem, "edit_email")
            email.forceActiveFocus()
            email.text = "anne.lefevre@"
            email.textEdited()
            tryCompare(findChild(creator.contentItem, "problem_email"), "visible", true)
            typeText("exemple.fr")
            tryCompare(findChild(creator.contentItem, "problem_email"), "visible", false)
            tap(findChild(creator.contentItem, "consentOffers"))
            tap(findChild(creator.contentItem, "saveCustomer"))
            tryCompare(creator, "opened", false)
            tryCompare(dialog, "opened", false)
            verify(Counter.hasCustomer)
            compare(Counter.customerName, "Anne Lefèvre")
            const details = Counter.customerDetails()
            verify(details.id.startsWith("R-"))
            verify(details.consents.some(c => c.granted))
            compare(Counter.searchCustomers("lefevre").length, 1)
            Counter.cancelSale()
        }

        function test_loyaltyPointsPayPartOfTheSale() {
            const l = layout()
            verify(Counter.handleScan("2900000000018"))
            verify(Counter.handleScan("3760123450010"))
            verify(Counter.handleScan("3760123450027"))
            verify(Counter.handleScan("3760123450027"))
            const due = Counter.totalCents
            verify(Counter.startPayment())
            const popup = createTemporaryObject(paymentPage, root)
            verify(popup)
            popup.open()
            tryCompare(popup, "opened", true)
            const page = popup.contentItem
            const button = findChild(page, "pointsButton")
            // No head office here: her offline allowance (10 €, 200 points) bounds the points,
            // and the basket's price bounds them before that (a point is worth 5 cents).
            tryCompare(button, "visible", true)
            const points = Math.floor(due / 5)
            verify(points < 200)
            compare(Counter.pointsUsable, points)
            compare(button.text, "Use " + points + " points (€" + (points * 5 / 100).toFixed(2) + ")")
            verify(findChild(page, "pointsLimit").text.indexOf("200 points") >= 0)
            mouseClick(button)
            compare(Counter.remainingCents, due - points * 5)
            compare(Counter.pointsUsable, 0)
            verify(!button.visible)
            verify(Counter.payRemaining("cash"))
            tryCompare(Counter, "stage", Counter.Receipt)
            verify(Counter.receiptText.indexOf("Loyalty points (" + points + " pts)") >= 0)
            Counter.newSale()
            // Her balance: 1,240 less what she used, waiting for head office to confirm.
            verify(Counter.handleScan("2900000000018"))
            compare(Counter.customerPoints, 1240 - points)
            verify(Counter.customerPointsProvisional)
            compare(findChild(l, "customerDetail").text,
                    "Premium · " + (1240 - points).toLocaleString(Qt.locale("en"), 'f', 0) + " points (-" + points
                    + " to confirm)")
            Counter.cancelSale()
        }

        function test_personalisedOfferAppliedWithATap() {
            const l = layout()
            verify(Counter.handleScan("2900000000018"))   // Élodie: fine food, premium, consents
            compare(Counter.offers.length, 0, "an empty basket has no offer to apply")
            verify(Counter.handleScan("3760123450034"))   // pasta, 1,49 (epicerie)
            compare(Counter.offers.length, 1)
            const apply = findChild(l, "applyOffer0")
            tryCompare(apply, "visible", true)
            waitForItemPolished(apply.parent) // placed by its Column
            compare(apply.text, "Offer: -10 % sur l'épicerie fine (-10 % on 1 article) · Apply")
            const before = Counter.totalCents
            mouseClick(apply)
            compare(Counter.totalCents, before - 15)
            compare(Counter.offers.length, 0)
            compare(Counter.appliedOffers, ["-10 % sur l'épicerie fine"])
            verify(findChild(l, "appliedOffers").visible)
            // Karim never agreed to personalised offers: none, whatever he buys.
            Counter.cancelSale()
            verify(Counter.handleScan("2900000000025"))
            verify(Counter.handleScan("3760123450034"))
            compare(Counter.offers.length, 0)
            Counter.cancelSale()
        }

        function test_tabletLayoutWorksToo() {
            const l = createTemporaryObject(tabletLayout, root, { width: 800, height: 1280 })
            verify(l)
            waitForRendering(l)
            const grid = findChild(l, "productGrid")
            mouseClick(tile(grid, 0))
            compare(Counter.lineCount, 1)
            mouseClick(findChild(l, "keypadButton"))
            const sheet = findChild(l, "keypadSheet")
            tryCompare(sheet, "opened", true)
            for (const k of ["2"])
                mouseClick(findButton(sheet.contentItem, k))
            mouseClick(findChild(sheet.contentItem, "keypadOk"))
            tryCompare(sheet, "opened", false)
            compare(Counter.articleCount, 2)
        }

        function test_paymentFlowWithSplitAndCancel() {
            verify(Counter.handleScan("3760123450065")) // 29,90
            verify(Counter.startPayment())
            compare(Counter.stage, Counter.Paying)
            verify(!Counter.handleScan("3760123450010"), "no scanning while paying")
            verify(Counter.addTender("card", "10"))
            compare(Counter.remainingCents, 1990)
            Counter.cancelPayment()
            compare(Counter.stage, Counter.Selling)
            compare(Counter.tenders.length, 0)
            verify(Counter.startPayment())
            verify(Counter.addTender("card", "10"))
            verify(Counter.addTenderCents("cash", 2000))
            compare(Counter.stage, Counter.Receipt)
            compare(Counter.lastChangeCents, 10)
            verify(Counter.receiptText.indexOf("Card") >= 0)
        }
    }
}
