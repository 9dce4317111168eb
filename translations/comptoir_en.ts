<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActionBar</name>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Return the selected item</source>
            <translation>Return the selected item</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation>Remove the selected line</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Discount on the whole basket</source>
            <translation>Discount on the whole basket</translation>
        </message>
        <message>
            <source>Park</source>
            <translation>Park</translation>
        </message>
        <message>
            <source>Parked (%1)</source>
            <translation>Parked (%1)</translation>
        </message>
        <message>
            <source>Park this basket</source>
            <translation>Park this basket</translation>
        </message>
        <message>
            <source>Parked baskets</source>
            <translation>Parked baskets</translation>
        </message>
        <message>
            <source>Cancel sale</source>
            <translation>Cancel sale</translation>
        </message>
        <message>
            <source>Cancel the whole sale</source>
            <translation>Cancel the whole sale</translation>
        </message>
        <message>
            <source>Keypad</source>
            <translation>Keypad</translation>
        </message>
        <message>
            <source>Open the keypad</source>
            <translation>Open the keypad</translation>
        </message>
        <message>
            <source>Cancel this sale? The basket will be emptied.</source>
            <translation>Cancel this sale? The basket will be emptied.</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Cancel the sale</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Find a ticket to print again, cancel or return</source>
            <translation>Find a ticket to print again, cancel or return</translation>
        </message>
    </context>
    <context>
        <name>AmountDialog</name>
        <message>
            <source>Department %1</source>
            <translation>Department %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>VAT %1</translation>
        </message>
        <message>
            <source>Amount typed: %1 €</source>
            <translation>Amount typed: %1 €</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel: add nothing</source>
            <translation>Cancel: add nothing</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add this amount to the sale</source>
            <translation>Add this amount to the sale</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approval needed</source>
            <translation>Approval needed</translation>
        </message>
        <message>
            <source>%1: %2's role does not allow it. Someone who may approve it types their PIN.</source>
            <translation>%1: %2's role does not allow it. Someone who may approve it types their PIN.</translation>
        </message>
        <message>
            <source>No clerk of this register may approve it.</source>
            <translation>No clerk of this register may approve it.</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>Approved by %1</source>
            <translation>Approved by %1</translation>
        </message>
        <message>
            <source>PIN of the clerk who approves</source>
            <translation>PIN of the clerk who approves</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Give up the action</source>
            <translation>Give up the action</translation>
        </message>
    </context>
    <context>
        <name>ArrivalNotice</name>
        <message>
            <source>★ %1, %2 customer, has arrived</source>
            <translation>★ %1, %2 customer, has arrived</translation>
        </message>
        <message>
            <source>To suggest: %1</source>
            <translation>To suggest: %1</translation>
        </message>
        <message>
            <source>Dismiss the arrival notice</source>
            <translation>Dismiss the arrival notice</translation>
        </message>
    </context>
    <context>
        <name>BasketDiscountDialog</name>
        <message>
            <source>Discount on the basket</source>
            <translation>Discount on the basket</translation>
        </message>
        <message>
            <source>Discount as a percentage</source>
            <translation>Discount as a percentage</translation>
        </message>
        <message>
            <source>Discount as an amount</source>
            <translation>Discount as an amount</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Back, change nothing</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Apply the basket discount</source>
            <translation>Apply the basket discount</translation>
        </message>
    </context>
    <context>
        <name>BasketLineDelegate</name>
        <message>
            <source>%1, quantity %2, %3</source>
            <translation>%1, quantity %2, %3</translation>
        </message>
        <message>
            <source>Return (%1) · </source>
            <translation>Return (%1) · </translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>One less %1</source>
            <translation>One less %1</translation>
        </message>
        <message>
            <source>One more %1</source>
            <translation>One more %1</translation>
        </message>
    </context>
    <context>
        <name>BasketPanel</name>
        <message>
            <source>Basket</source>
            <translation>Basket</translation>
        </message>
        <message>
            <source>Scan an item or tap a product to start a sale.</source>
            <translation>Scan an item or tap a product to start a sale.</translation>
        </message>
    </context>
    <context>
        <name>CardTerminalPanel</name>
        <message>
            <source>The customer can also cancel on the terminal's keypad.</source>
            <translation>The customer can also cancel on the terminal's keypad.</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>Stop waiting</translation>
        </message>
        <message>
            <source>Stop waiting for the card terminal</source>
            <translation>Stop waiting for the card terminal</translation>
        </message>
        <message>
            <source>Another means of payment</source>
            <translation>Another means of payment</translation>
        </message>
        <message>
            <source>Do not try another terminal</source>
            <translation>Do not try another terminal</translation>
        </message>
        <message>
            <source>Try on %1</source>
            <translation>Try on %1</translation>
        </message>
        <message>
            <source>Try the payment on the terminal %1</source>
            <translation>Try the payment on the terminal %1</translation>
        </message>
        <message>
            <source>Stop waiting and decide</source>
            <translation>Stop waiting and decide</translation>
        </message>
        <message>
            <source>Stop asking the terminal and decide with the customer</source>
            <translation>Stop asking the terminal and decide with the customer</translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <source>Search a product, a SKU or a barcode (F2)</source>
            <translation>Search a product, a SKU or a barcode (F2)</translation>
        </message>
        <message>
            <source>Product search</source>
            <translation>Product search</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Category %1</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) for “%1”</source>
            <translation>
                <numerusform>%n product for “%1”</numerusform>
                <numerusform>%n products for “%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ Favourites</translation>
        </message>
        <message>
            <source>Favourites page</source>
            <translation>Favourites page</translation>
        </message>
        <message>
            <source>Tap products in any category to add or remove them; arrows move them.</source>
            <translation>Tap products in any category to add or remove them; arrows move them.</translation>
        </message>
        <message>
            <source>Favourites, departments and miscellaneous</source>
            <translation>Favourites, departments and miscellaneous</translation>
        </message>
        <message>
            <source>Best sellers first</source>
            <translation>Best sellers first</translation>
        </message>
        <message>
            <source>A to Z</source>
            <translation>A to Z</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>Best sellers</translation>
        </message>
        <message>
            <source>Sort the products A to Z</source>
            <translation>Sort the products A to Z</translation>
        </message>
        <message>
            <source>Show the best sellers first</source>
            <translation>Show the best sellers first</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Finish editing the favourites</source>
            <translation>Finish editing the favourites</translation>
        </message>
        <message>
            <source>Edit the favourites</source>
            <translation>Edit the favourites</translation>
        </message>
        <message numerus="yes">
            <source>The first %n products for “%1”: type more to narrow</source>
            <translation>
                <numerusform>The first %n product for “%1”: type more to narrow</numerusform>
                <numerusform>The first %n products for “%1”: type more to narrow</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <source>Closings</source>
            <translation>Closings</translation>
        </message>
        <message>
            <source>The day of %1 is not closed: close it (Z) before the next sale.</source>
            <translation>The day of %1 is not closed: close it (Z) before the next sale.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Show the X report: the figures since the last day closing</source>
            <translation>Show the X report: the figures since the last day closing</translation>
        </message>
        <message>
            <source>Confirm the Z</source>
            <translation>Confirm the Z</translation>
        </message>
        <message>
            <source>Close the day (Z)</source>
            <translation>Close the day (Z)</translation>
        </message>
        <message>
            <source>Confirm: close the day now, for good</source>
            <translation>Confirm: close the day now, for good</translation>
        </message>
        <message>
            <source>Last closing</source>
            <translation>Last closing</translation>
        </message>
        <message>
            <source>Show the last closing made</source>
            <translation>Show the last closing made</translation>
        </message>
        <message>
            <source>A closing is final: the day's figures are recorded and nothing changes them. Press again to close.</source>
            <translation>A closing is final: the day's figures are recorded and nothing changes them. Press again to close.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the closings dialog</source>
            <translation>Close the closings dialog</translation>
        </message>
        <message>
            <source>Closing report</source>
            <translation>Closing report</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print the report shown</source>
            <translation>Print the report shown</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Back, change nothing</translation>
        </message>
    </context>
    <context>
        <name>CustomerBar</name>
        <message>
            <source>Remove the customer from the sale</source>
            <translation>Remove the customer from the sale</translation>
        </message>
        <message>
            <source>No customer: scan a loyalty card</source>
            <translation>No customer: scan a loyalty card</translation>
        </message>
        <message>
            <source>Find a customer</source>
            <translation>Find a customer</translation>
        </message>
        <message>
            <source>Find a customer by name, phone or e-mail</source>
            <translation>Find a customer by name, phone or e-mail</translation>
        </message>
        <message>
            <source>Show the details of %1</source>
            <translation>Show the details of %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Change %1's details</source>
            <translation>Change %1's details</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Loyalty card number</source>
            <translation>Loyalty card number</translation>
        </message>
        <message>
            <source>Store notes</source>
            <translation>Store notes</translation>
        </message>
        <message>
            <source>Interests (the customer chooses)</source>
            <translation>Interests (the customer chooses)</translation>
        </message>
        <message>
            <source>%1: chosen, tap to remove</source>
            <translation>%1: chosen, tap to remove</translation>
        </message>
        <message>
            <source>%1: tap to add</source>
            <translation>%1: tap to add</translation>
        </message>
        <message>
            <source>Consents (asked of the customer, dated today)</source>
            <translation>Consents (asked of the customer, dated today)</translation>
        </message>
        <message>
            <source>News and promotions by e-mail</source>
            <translation>News and promotions by e-mail</translation>
        </message>
        <message>
            <source>News and promotions by text message</source>
            <translation>News and promotions by text message</translation>
        </message>
        <message>
            <source>Personalised offers based on purchases</source>
            <translation>Personalised offers based on purchases</translation>
        </message>
        <message>
            <source>Purchases used for the chain's statistics</source>
            <translation>Purchases used for the chain's statistics</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel, saving nothing</source>
            <translation>Cancel, saving nothing</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the new customer</source>
            <translation>Save the new customer</translation>
        </message>
        <message>
            <source>Save the changes</source>
            <translation>Save the changes</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>%1 customer</source>
            <translation>%1 customer</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Loyalty card</source>
            <translation>Loyalty card</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Store notes</source>
            <translation>Store notes</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>None given: no marketing, no personalised offers.</source>
            <translation>None given: no marketing, no personalised offers.</translation>
        </message>
        <message>
            <source>✓ %1 (agreed on %2)</source>
            <translation>✓ %1 (agreed on %2)</translation>
        </message>
        <message>
            <source>✗ %1 (refused on %2)</source>
            <translation>✗ %1 (refused on %2)</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the customer's details</source>
            <translation>Close the customer's details</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>No purchase recorded yet.</source>
            <translation>No purchase recorded yet.</translation>
        </message>
        <message>
            <source>Change details</source>
            <translation>Change details</translation>
        </message>
        <message>
            <source>Change the customer's details</source>
            <translation>Change the customer's details</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchDialog</name>
        <message>
            <source>Find a customer</source>
            <translation>Find a customer</translation>
        </message>
        <message>
            <source>Name, phone, e-mail or card number</source>
            <translation>Name, phone, e-mail or card number</translation>
        </message>
        <message>
            <source>Customer search</source>
            <translation>Customer search</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>Choose %1</translation>
        </message>
        <message>
            <source>No customer found on this register.</source>
            <translation>No customer found on this register.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose %1, found at head office</source>
            <translation>Choose %1, found at head office</translation>
        </message>
        <message>
            <source>Search at head office</source>
            <translation>Search at head office</translation>
        </message>
        <message>
            <source>Search this customer at head office</source>
            <translation>Search this customer at head office</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Create a new customer</source>
            <translation>Create a new customer</translation>
        </message>
    </context>
    <context>
        <name>CustomerWindow</name>
        <message>
            <source>Comptoir — customer display</source>
            <translation>Comptoir — customer display</translation>
        </message>
    </context>
    <context>
        <name>DrawerDialog</name>
        <message>
            <source>Cash drawer</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Open the day with this float</source>
            <translation>Open the day with this float</translation>
        </message>
        <message>
            <source>Open the day's drawer with the float typed</source>
            <translation>Open the day's drawer with the float typed</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <source>Put the amount typed in the drawer</source>
            <translation>Put the amount typed in the drawer</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <source>Take the amount typed out of the drawer</source>
            <translation>Take the amount typed out of the drawer</translation>
        </message>
        <message>
            <source>Open without a sale</source>
            <translation>Open without a sale</translation>
        </message>
        <message>
            <source>Open the drawer without a sale, for the reason typed</source>
            <translation>Open the drawer without a sale, for the reason typed</translation>
        </message>
        <message>
            <source>Count the drawer</source>
            <translation>Count the drawer</translation>
        </message>
        <message>
            <source>Count the drawer, coin by coin</source>
            <translation>Count the drawer, coin by coin</translation>
        </message>
        <message>
            <source>How many of %1</source>
            <translation>How many of %1</translation>
        </message>
        <message>
            <source>Counted: %1</source>
            <translation>Counted: %1</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Record the count</translation>
        </message>
        <message>
            <source>Record the count and close the day's drawer</source>
            <translation>Record the count and close the day's drawer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the drawer dialog</source>
            <translation>Close the drawer dialog</translation>
        </message>
    </context>
    <context>
        <name>FavouriteEditKeys</name>
        <message>
            <source>Move %1 earlier</source>
            <translation>Move %1 earlier</translation>
        </message>
        <message>
            <source>Remove %1 from the favourites</source>
            <translation>Remove %1 from the favourites</translation>
        </message>
        <message>
            <source>Move %1 later</source>
            <translation>Move %1 later</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Disc. %</source>
            <translation>Disc. %</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Keypad mode: %1</source>
            <translation>Keypad mode: %1</translation>
        </message>
        <message>
            <source>barcode or SKU</source>
            <translation>barcode or SKU</translation>
        </message>
        <message>
            <source>select a line</source>
            <translation>select a line</translation>
        </message>
        <message>
            <source>Clear the keypad</source>
            <translation>Clear the keypad</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Apply the keypad entry</source>
            <translation>Apply the keypad entry</translation>
        </message>
        <message>
            <source>quantity or kg</source>
            <translation>quantity or kg</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>unit price</translation>
        </message>
        <message>
            <source>% off</source>
            <translation>% off</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Comptoir — %1</source>
            <translation>Comptoir — %1</translation>
        </message>
    </context>
    <context>
        <name>MessageBanner</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Undo: %1</translation>
        </message>
    </context>
    <context>
        <name>NumberPad</name>
        <message>
            <source>Delete last digit</source>
            <translation>Delete last digit</translation>
        </message>
        <message>
            <source>Decimal comma</source>
            <translation>Decimal comma</translation>
        </message>
    </context>
    <context>
        <name>OfferStrip</name>
        <message>
            <source>Offer: %1 (%2) · Apply</source>
            <translation>Offer: %1 (%2) · Apply</translation>
        </message>
        <message>
            <source>Apply the offer %1, %2</source>
            <translation>Apply the offer %1, %2</translation>
        </message>
        <message>
            <source>Offer applied: %1</source>
            <translation>Offer applied: %1</translation>
        </message>
    </context>
    <context>
        <name>ParkedDialog</name>
        <message>
            <source>Park the current basket (%1)</source>
            <translation>Park the current basket (%1)</translation>
        </message>
        <message>
            <source>Name (optional): customer, phone…</source>
            <translation>Name (optional): customer, phone…</translation>
        </message>
        <message>
            <source>Name of the parked basket</source>
            <translation>Name of the parked basket</translation>
        </message>
        <message>
            <source>Park</source>
            <translation>Park</translation>
        </message>
        <message>
            <source>Park the basket</source>
            <translation>Park the basket</translation>
        </message>
        <message>
            <source>Parked baskets</source>
            <translation>Parked baskets</translation>
        </message>
        <message>
            <source>No parked basket.</source>
            <translation>No parked basket.</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n article(s) · %3</source>
            <translation>
                <numerusform>%1 · %2 · %n article · %3</numerusform>
                <numerusform>%1 · %2 · %n articles · %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume %1</source>
            <translation>Resume %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n article(s) returned · %3</source>
            <translation>
                <numerusform>%1 · %2 · %n article returned · %3</numerusform>
                <numerusform>%1 · %2 · %n articles returned · %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PayButton</name>
        <message>
            <source>Refund %1</source>
            <translation>Refund %1</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>Pay %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentPage</name>
        <message>
            <source>To refund</source>
            <translation>To refund</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>To pay</translation>
        </message>
        <message>
            <source>Remove the payment %1 %2</source>
            <translation>Remove the payment %1 %2</translation>
        </message>
        <message>
            <source>Remaining: %1</source>
            <translation>Remaining: %1</translation>
        </message>
        <message>
            <source>Cancel payment (Esc)</source>
            <translation>Cancel payment (Esc)</translation>
        </message>
        <message>
            <source>Cancel the payment and go back to the basket</source>
            <translation>Cancel the payment and go back to the basket</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Validate</translation>
        </message>
        <message>
            <source>Validate the sale</source>
            <translation>Validate the sale</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Cash received</translation>
        </message>
        <message>
            <source>Exact %1 (F9)</source>
            <translation>Exact %1 (F9)</translation>
        </message>
        <message>
            <source>Cash %1</source>
            <translation>Cash %1</translation>
        </message>
        <message>
            <source>other amount</source>
            <translation>other amount</translation>
        </message>
        <message>
            <source>Clear the amount</source>
            <translation>Clear the amount</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Pay in cash</source>
            <translation>Pay in cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Pay by card</source>
            <translation>Pay by card</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Pay by cheque</source>
            <translation>Pay by cheque</translation>
        </message>
        <message>
            <source>Was the card payment of %1 approved on the terminal?</source>
            <translation>Was the card payment of %1 approved on the terminal?</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Given back: cancel the payment</source>
            <translation>Given back: cancel the payment</translation>
        </message>
        <message>
            <source>Already paid: %1. Card payments made through Comptoir are cancelled on the terminal; give back anything else (cheque, card payment keyed on a standalone terminal), then cancel the payment.</source>
            <translation>Already paid: %1. Card payments made through Comptoir are cancelled on the terminal; give back anything else (cheque, card payment keyed on a standalone terminal), then cancel the payment.</translation>
        </message>
        <message>
            <source>Cancel the card payment of %1 on the terminal? The customer will not be charged.</source>
            <translation>Cancel the card payment of %1 on the terminal? The customer will not be charged.</translation>
        </message>
        <message>
            <source>Cancel it on the terminal</source>
            <translation>Cancel it on the terminal</translation>
        </message>
        <message>
            <source>Card (F10)</source>
            <translation>Card (F10)</translation>
        </message>
        <message>
            <source>Pay with the customer's loyalty points: %1</source>
            <translation>Pay with the customer's loyalty points: %1</translation>
        </message>
        <message>
            <source>Back to the card of a ticket…</source>
            <translation>Back to the card of a ticket…</translation>
        </message>
        <message>
            <source>Refund to the card that paid a ticket</source>
            <translation>Refund to the card that paid a ticket</translation>
        </message>
        <message>
            <source>Ticket number on the customer's receipt</source>
            <translation>Ticket number on the customer's receipt</translation>
        </message>
        <message>
            <source>such as 000123</source>
            <translation>such as 000123</translation>
        </message>
        <message>
            <source>Ticket number</source>
            <translation>Ticket number</translation>
        </message>
        <message>
            <source>The refund goes to the card that paid that ticket, up to what it paid.</source>
            <translation>The refund goes to the card that paid that ticket, up to what it paid.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Back, change nothing</translation>
        </message>
        <message>
            <source>Refund to its card</source>
            <translation>Refund to its card</translation>
        </message>
        <message>
            <source>Refund to the card of that ticket</source>
            <translation>Refund to the card of that ticket</translation>
        </message>
        <message>
            <source>Back to the card of ticket %1</source>
            <translation>Back to the card of ticket %1</translation>
        </message>
        <message>
            <source>Refund to the card that paid ticket %1</source>
            <translation>Refund to the card that paid ticket %1</translation>
        </message>
    </context>
    <context>
        <name>PinEntry</name>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Delete last digit</source>
            <translation>Delete last digit</translation>
        </message>
        <message>
            <source>Confirm the PIN</source>
            <translation>Confirm the PIN</translation>
        </message>
    </context>
    <context>
        <name>PrinterDialog</name>
        <message>
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) waiting to print</source>
            <translation>
                <numerusform>%n receipt waiting to print</numerusform>
                <numerusform>%n receipts waiting to print</numerusform>
            </translation>
        </message>
        <message>
            <source>Give up</source>
            <translation>Give up</translation>
        </message>
        <message>
            <source>Do not print %1</source>
            <translation>Do not print %1</translation>
        </message>
        <message>
            <source>Try again now</source>
            <translation>Try again now</translation>
        </message>
        <message>
            <source>Send the waiting receipts to the printer again now</source>
            <translation>Send the waiting receipts to the printer again now</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the printer dialog</source>
            <translation>Close the printer dialog</translation>
        </message>
    </context>
    <context>
        <name>ProductTile</name>
        <message>
            <source>Add %1, %2</source>
            <translation>Add %1, %2</translation>
        </message>
        <message>
            <source>Remove %1 from the favourites</source>
            <translation>Remove %1 from the favourites</translation>
        </message>
        <message>
            <source>Add %1 to the favourites</source>
            <translation>Add %1 to the favourites</translation>
        </message>
    </context>
    <context>
        <name>QuickKeyTile</name>
        <message>
            <source>Add %1, %2</source>
            <translation>Add %1, %2</translation>
        </message>
        <message>
            <source>Department %1: type an amount</source>
            <translation>Department %1: type an amount</translation>
        </message>
        <message>
            <source>%1: type an amount</source>
            <translation>%1: type an amount</translation>
        </message>
        <message>
            <source>Amount… · VAT %1</source>
            <translation>Amount… · VAT %1</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPage</name>
        <message>
            <source>Ticket %1 recorded</source>
            <translation>Ticket %1 recorded</translation>
        </message>
        <message>
            <source>Give back %1</source>
            <translation>Give back %1</translation>
        </message>
        <message>
            <source>New sale (F12)</source>
            <translation>New sale (F12)</translation>
        </message>
        <message>
            <source>Start a new sale</source>
            <translation>Start a new sale</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Reprint the receipt (duplicate)</source>
            <translation>Reprint the receipt (duplicate)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Save the receipt as PDF</source>
            <translation>Save the receipt as PDF</translation>
        </message>
        <message>
            <source>Cancel ticket</source>
            <translation>Cancel ticket</translation>
        </message>
        <message>
            <source>Cancel this ticket with a reversing ticket</source>
            <translation>Cancel this ticket with a reversing ticket</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Cancel the ticket</source>
            <translation>Cancel the ticket</translation>
        </message>
        <message>
            <source>Cancelled at the counter</source>
            <translation>Cancelled at the counter</translation>
        </message>
        <message>
            <source>Card slip</source>
            <translation>Card slip</translation>
        </message>
        <message>
            <source>Ticket %1, found in the journal</source>
            <translation>Ticket %1, found in the journal</translation>
        </message>
        <message>
            <source>Return items…</source>
            <translation>Return items…</translation>
        </message>
        <message>
            <source>Return items of this ticket</source>
            <translation>Return items of this ticket</translation>
        </message>
        <message>
            <source>Ticket %1 of %2, found at head office</source>
            <translation>Ticket %1 of %2, found at head office</translation>
        </message>
        <message>
            <source>Cancel ticket %1? A reversing ticket is recorded and the customer is refunded: to their card through the terminal, or in cash.</source>
            <translation>Cancel ticket %1? A reversing ticket is recorded and the customer is refunded: to their card through the terminal, or in cash.</translation>
        </message>
        <message>
            <source>QR code of the ticket %1</source>
            <translation>QR code of the ticket %1</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Why is the item returned?</source>
            <translation>Why is the item returned?</translation>
        </message>
        <message>
            <source>Return reason: %1</source>
            <translation>Return reason: %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Back, change nothing</translation>
        </message>
    </context>
    <context>
        <name>ReturnItemsDialog</name>
        <message>
            <source>Items returned from ticket %1</source>
            <translation>Items returned from ticket %1</translation>
        </message>
        <message>
            <source>sold %1 · left %2 · paid %3</source>
            <translation>sold %1 · left %2 · paid %3</translation>
        </message>
        <message>
            <source>One less %1</source>
            <translation>One less %1</translation>
        </message>
        <message>
            <source>One more %1</source>
            <translation>One more %1</translation>
        </message>
        <message>
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <source>Return all of %1</source>
            <translation>Return all of %1</translation>
        </message>
        <message>
            <source>Why are they returned?</source>
            <translation>Why are they returned?</translation>
        </message>
        <message>
            <source>Return reason: %1</source>
            <translation>Return reason: %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back, return nothing</source>
            <translation>Back, return nothing</translation>
        </message>
        <message>
            <source>Take them back</source>
            <translation>Take them back</translation>
        </message>
        <message>
            <source>Take the chosen items back</source>
            <translation>Take the chosen items back</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Who is at the register?</source>
            <translation>Who is at the register?</translation>
        </message>
        <message>
            <source>Switch to English</source>
            <translation>Switch to English</translation>
        </message>
        <message>
            <source>Switch to French</source>
            <translation>Switch to French</translation>
        </message>
        <message>
            <source>No clerk can sign in at this register yet. A manager creates the first account with: comptoirctl clerk add --name NAME --role manager</source>
            <translation>No clerk can sign in at this register yet. A manager creates the first account with: comptoirctl clerk add --name NAME --role manager</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
        </message>
        <message>
            <source>%1, locked</source>
            <translation>%1, locked</translation>
        </message>
        <message>
            <source>Sign in as %1, %2</source>
            <translation>Sign in as %1, %2</translation>
        </message>
        <message>
            <source>PIN of %1</source>
            <translation>PIN of %1</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>Choose your name</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>%1 is locked after too many wrong PINs. A manager unlocks the account with their PIN.</source>
            <translation>%1 is locked after too many wrong PINs. A manager unlocks the account with their PIN.</translation>
        </message>
        <message>
            <source>Unlocked by %1</source>
            <translation>Unlocked by %1</translation>
        </message>
        <message>
            <source>PIN of the manager who unlocks %1</source>
            <translation>PIN of the manager who unlocks %1</translation>
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <source>Comptoir cannot start</source>
            <translation>Comptoir cannot start</translation>
        </message>
        <message>
            <source>No sale has been lost: the data stays on this register. Call your IT support and give them this message.</source>
            <translation>No sale has been lost: the data stays on this register. Call your IT support and give them this message.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close Comptoir</source>
            <translation>Close Comptoir</translation>
        </message>
    </context>
    <context>
        <name>StatusHeader</name>
        <message>
            <source>TRAINING</source>
            <translation>TRAINING</translation>
        </message>
        <message>
            <source>Switch to English</source>
            <translation>Switch to English</translation>
        </message>
        <message>
            <source>Switch to French</source>
            <translation>Switch to French</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Card terminal ready: show the terminals</source>
            <translation>Card terminal ready: show the terminals</translation>
        </message>
        <message>
            <source>Card terminal without the bank: show the terminals</source>
            <translation>Card terminal without the bank: show the terminals</translation>
        </message>
        <message>
            <source>Card terminal unreachable: show the terminals</source>
            <translation>Card terminal unreachable: show the terminals</translation>
        </message>
        <message>
            <source>%1 · Register %2</source>
            <translation>%1 · Register %2</translation>
        </message>
        <message>
            <source>%1 is signed in: sign out to switch clerks</source>
            <translation>%1 is signed in: sign out to switch clerks</translation>
        </message>
        <message>
            <source>Drawer</source>
            <translation>Drawer</translation>
        </message>
        <message>
            <source>Cash drawer: cash in or out, no-sale, count</source>
            <translation>Cash drawer: cash in or out, no-sale, count</translation>
        </message>
        <message>
            <source>Cash drawer: not open, give its float</source>
            <translation>Cash drawer: not open, give its float</translation>
        </message>
        <message>
            <source>Closings</source>
            <translation>Closings</translation>
        </message>
        <message>
            <source>Closings: the day of %1 waits for its Z</source>
            <translation>Closings: the day of %1 waits for its Z</translation>
        </message>
        <message>
            <source>Closings: X report, day closing (Z)</source>
            <translation>Closings: X report, day closing (Z)</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Receipt printer: %1</source>
            <translation>Receipt printer: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>Head office sync</source>
            <translation>Head office sync</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Send again</translation>
        </message>
        <message>
            <source>Send the event of %1 to head office again</source>
            <translation>Send the event of %1 to head office again</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Send to head office now</source>
            <translation>Send to head office now</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the head office sync screen</source>
            <translation>Close the head office sync screen</translation>
        </message>
        <message>
            <source>Catalogue received: %1 %</source>
            <translation>Catalogue received: %1 %</translation>
        </message>
    </context>
    <context>
        <name>TerminalStatusDialog</name>
        <message>
            <source>Card terminals</source>
            <translation>Card terminals</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>Use the terminal %1 for card payments</source>
            <translation>Use the terminal %1 for card payments</translation>
        </message>
        <message numerus="yes">
            <source>%n card payment(s) to follow up</source>
            <translation>
                <numerusform>%n card payment to follow up</numerusform>
                <numerusform>%n card payments to follow up</numerusform>
            </translation>
        </message>
        <message>
            <source>No card payment to follow up.</source>
            <translation>No card payment to follow up.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Mark the follow-up of %1 as done</source>
            <translation>Mark the follow-up of %1 as done</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Check now</translation>
        </message>
        <message>
            <source>Check the card terminals now</source>
            <translation>Check the card terminals now</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <source>Close the day on the card terminal and compare its totals</source>
            <translation>Close the day on the card terminal and compare its totals</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the card terminal status</source>
            <translation>Close the card terminal status</translation>
        </message>
    </context>
    <context>
        <name>TicketsDialog</name>
        <message>
            <source>Tickets of this register</source>
            <translation>Tickets of this register</translation>
        </message>
        <message>
            <source>Number, day (25/11), amount (12,50) or card *1234</source>
            <translation>Number, day (25/11), amount (12.50) or card *1234</translation>
        </message>
        <message>
            <source>Find a ticket</source>
            <translation>Find a ticket</translation>
        </message>
        <message>
            <source>No ticket found.</source>
            <translation>No ticket found.</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3 · cancellation</source>
            <translation>No. %1 · %2 · %3 · cancellation</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3 · cancelled</source>
            <translation>No. %1 · %2 · %3 · cancelled</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3</source>
            <translation>No. %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Open ticket %1 of %2, %3</source>
            <translation>Open ticket %1 of %2, %3</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Not a ticket of this register.</source>
            <translation>Not a ticket of this register.</translation>
        </message>
        <message>
            <source>Find it at head office</source>
            <translation>Find it at head office</translation>
        </message>
        <message>
            <source>Find this ticket at head office</source>
            <translation>Find this ticket at head office</translation>
        </message>
    </context>
    <context>
        <name>TotalsPanel</name>
        <message>
            <source>Subtotal %1 · Basket discount</source>
            <translation>Subtotal %1 · Basket discount</translation>
        </message>
        <message>
            <source>%1 VAT %2 on %3</source>
            <translation>%1 VAT %2 on %3</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Total %1</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) returned</source>
            <translation>
                <numerusform>%n article returned</numerusform>
                <numerusform>%n articles returned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>VAT at %n rate(s)</source>
            <translation>
                <numerusform>VAT at %n rate</numerusform>
                <numerusform>VAT at %n rates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnknownPaymentDialog</name>
        <message>
            <source>Card payment not confirmed</source>
            <translation>Card payment not confirmed</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Not accepted</translation>
        </message>
        <message>
            <source>The terminal does not show this payment as accepted</source>
            <translation>The terminal does not show this payment as accepted</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>The terminal shows this payment as accepted</source>
            <translation>The terminal shows this payment as accepted</translation>
        </message>
    </context>
    <context>
        <name>WeightDialog</name>
        <message>
            <source>Weight typed: %1 kg</source>
            <translation>Weight typed: %1 kg</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>Leave it</translation>
        </message>
        <message>
            <source>Leave the item out of the sale</source>
            <translation>Leave the item out of the sale</translation>
        </message>
        <message>
            <source>Type the weight</source>
            <translation>Type the weight</translation>
        </message>
        <message>
            <source>Type the weight instead of weighing on the scale</source>
            <translation>Type the weight instead of weighing on the scale</translation>
        </message>
        <message>
            <source>Weigh again</source>
            <translation>Weigh again</translation>
        </message>
        <message>
            <source>Weigh the item on the scale again</source>
            <translation>Weigh the item on the scale again</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add the item at the weight typed</source>
            <translation>Add the item at the weight typed</translation>
        </message>
        <message>
            <source>Net weight, without its %1 g container</source>
            <translation>Net weight, without its %1 g container</translation>
        </message>
    </context>
    <context>
        <name>ZeroPriceDialog</name>
        <message>
            <source>Its price, as on the shelf:</source>
            <translation>Its price, as on the shelf:</translation>
        </message>
        <message>
            <source>such as 4,99</source>
            <translation>such as 4.99</translation>
        </message>
        <message>
            <source>Price of %1</source>
            <translation>Price of %1</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>Leave it</translation>
        </message>
        <message>
            <source>Leave the item out of the sale</source>
            <translation>Leave the item out of the sale</translation>
        </message>
        <message>
            <source>Sell it free</source>
            <translation>Sell it free</translation>
        </message>
        <message>
            <source>Sell the item free</source>
            <translation>Sell the item free</translation>
        </message>
        <message>
            <source>At this price</source>
            <translation>At this price</translation>
        </message>
        <message>
            <source>Sell the item at the price typed</source>
            <translation>Sell the item at the price typed</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Basket</name>
        <message>
            <source>This line is no longer in the basket.</source>
            <translation>This line is no longer in the basket.</translation>
        </message>
        <message>
            <source>%1 is no longer sold.</source>
            <translation>%1 is no longer sold.</translation>
        </message>
        <message>
            <source>Quantity out of range.</source>
            <translation>Quantity out of range.</translation>
        </message>
        <message>
            <source>The label's weight is not plausible.</source>
            <translation>The label's weight is not plausible.</translation>
        </message>
        <message>
            <source>A quantity of zero: remove the line instead.</source>
            <translation>A quantity of zero: remove the line instead.</translation>
        </message>
        <message>
            <source>%1 is sold by the piece: enter a whole number.</source>
            <translation>%1 is sold by the piece: enter a whole number.</translation>
        </message>
        <message>
            <source>This item is priced by its label: scan each item.</source>
            <translation>This item is priced by its label: scan each item.</translation>
        </message>
        <message>
            <source>Use Return to take an item back (a reason is needed).</source>
            <translation>Use Return to take an item back (a reason is needed).</translation>
        </message>
        <message>
            <source>Price out of range.</source>
            <translation>Price out of range.</translation>
        </message>
        <message>
            <source>This item is priced by its label.</source>
            <translation>This item is priced by its label.</translation>
        </message>
        <message>
            <source>A returned item cannot be discounted.</source>
            <translation>A returned item cannot be discounted.</translation>
        </message>
        <message>
            <source>Discount out of range.</source>
            <translation>Discount out of range.</translation>
        </message>
        <message>
            <source>The discount is larger than the line.</source>
            <translation>The discount is larger than the line.</translation>
        </message>
        <message>
            <source>Choose the reason for the return.</source>
            <translation>Choose the reason for the return.</translation>
        </message>
        <message>
            <source>An amount typed on a key: tap the key again for another one.</source>
            <translation>An amount typed on a key: tap the key again for another one.</translation>
        </message>
        <message>
            <source>Remove the line and type the amount again.</source>
            <translation>Remove the line and type the amount again.</translation>
        </message>
        <message>
            <source>Give the reason for the return.</source>
            <translation>Give the reason for the return.</translation>
        </message>
        <message>
            <source>Returned with its ticket: remove the line and return the quantity again.</source>
            <translation>Returned with its ticket: remove the line and return the quantity again.</translation>
        </message>
        <message>
            <source>%1 cannot be sold: its VAT rate or its price in the catalog is not valid. Tell head office.</source>
            <translation>%1 cannot be sold: its VAT rate or its price in the catalog is not valid. Tell head office.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::BasketModel</name>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
        <message>
            <source>−%1 % (%2)</source>
            <translation>−%1 % (%2)</translation>
        </message>
        <message>
            <source>Discount %1</source>
            <translation>Discount %1</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Batch %1</translation>
        </message>
        <message>
            <source>Use by %1</source>
            <translation>Use by %1</translation>
        </message>
        <message>
            <source>Price changed</source>
            <translation>Price changed</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CardCheckout</name>
        <message>
            <source>No card terminal is set up on this register.</source>
            <translation>No card terminal is set up on this register.</translation>
        </message>
        <message>
            <source>The terminal is already working on a payment.</source>
            <translation>The terminal is already working on a payment.</translation>
        </message>
        <message>
            <source>Answer the question about the previous card payment first.</source>
            <translation>Answer the question about the previous card payment first.</translation>
        </message>
        <message>
            <source>Enter an amount such as 20 or 12,50.</source>
            <translation>Enter an amount such as 20 or 12,50.</translation>
        </message>
        <message>
            <source>Nothing is left to pay.</source>
            <translation>Nothing is left to pay.</translation>
        </message>
        <message>
            <source>A card payment cannot exceed what is due (%1).</source>
            <translation>A card payment cannot exceed what is due (%1).</translation>
        </message>
        <message>
            <source>No other terminal is offered.</source>
            <translation>No other terminal is offered.</translation>
        </message>
        <message>
            <source>Card payment of %1 approved without the bank: stored, to be sent later.</source>
            <translation>Card payment of %1 approved without the bank: stored, to be sent later.</translation>
        </message>
        <message>
            <source>Card payment of %1 approved.</source>
            <translation>Card payment of %1 approved.</translation>
        </message>
        <message>
            <source>The terminal could not reach the bank and refused %1: take another means of payment.</source>
            <translation>The terminal could not reach the bank and refused %1: take another means of payment.</translation>
        </message>
        <message>
            <source>Card refused (%1): ask for another card or another means of payment.</source>
            <translation>Card refused (%1): ask for another card or another means of payment.</translation>
        </message>
        <message>
            <source>The terminal gave up waiting for the card: nothing was charged.</source>
            <translation>The terminal gave up waiting for the card: nothing was charged.</translation>
        </message>
        <message>
            <source>Card payment cancelled: nothing was charged.</source>
            <translation>Card payment cancelled: nothing was charged.</translation>
        </message>
        <message>
            <source>The terminal is busy: nothing was charged. Try again in a moment.</source>
            <translation>The terminal is busy: nothing was charged. Try again in a moment.</translation>
        </message>
        <message>
            <source>Stopped before the terminal took it: nothing was charged.</source>
            <translation>Stopped before the terminal took it: nothing was charged.</translation>
        </message>
        <message>
            <source>The payment never reached the terminal: nothing was charged.</source>
            <translation>The payment never reached the terminal: nothing was charged.</translation>
        </message>
        <message>
            <source>The terminal refused the register's secure connection: nothing was charged. Call IT to check the terminal settings.</source>
            <translation>The terminal refused the register's secure connection: nothing was charged. Call IT to check the terminal settings.</translation>
        </message>
        <message>
            <source>The terminal did not accept the request: nothing was charged. Try again or take another means of payment.</source>
            <translation>The terminal did not accept the request: nothing was charged. Try again or take another means of payment.</translation>
        </message>
        <message>
            <source>The terminal does not answer: nothing was charged. Check that it is on and connected.</source>
            <translation>The terminal does not answer: nothing was charged. Check that it is on and connected.</translation>
        </message>
        <message>
            <source>Card payment of %1 cancelled on the terminal: the customer is not charged.</source>
            <translation>Card payment of %1 cancelled on the terminal: the customer is not charged.</translation>
        </message>
        <message>
            <source>The card payment of %1 could not be cancelled on the terminal: refund it by hand; the manager has a follow-up.</source>
            <translation>The card payment of %1 could not be cancelled on the terminal: refund it by hand; the manager has a follow-up.</translation>
        </message>
        <message>
            <source>There is no card payment to answer for.</source>
            <translation>There is no card payment to answer for.</translation>
        </message>
        <message>
            <source>Recorded as not charged: take the payment again.</source>
            <translation>Recorded as not charged: take the payment again.</translation>
        </message>
        <message>
            <source>A card payment of %1 was approved with no sale waiting for it: it is being cancelled on the terminal.</source>
            <translation>A card payment of %1 was approved with no sale waiting for it: it is being cancelled on the terminal.</translation>
        </message>
        <message>
            <source>The terminal did not take the cancellation of the card payment of %1: it will be tried again when the register next starts.</source>
            <translation>The terminal did not take the cancellation of the card payment of %1: it will be tried again when the register next starts.</translation>
        </message>
        <message>
            <source>The terminal requires the store's encryption key, which this register does not have or which the terminal refused: nothing was charged. Call IT to set the terminal's key.</source>
            <translation>The terminal requires the store's encryption key, which this register does not have or which the terminal refused: nothing was charged. Call IT to set the terminal's key.</translation>
        </message>
        <message>
            <source>Nothing is due back to the customer.</source>
            <translation>Nothing is due back to the customer.</translation>
        </message>
        <message>
            <source>Type the ticket number printed on the receipt, such as 000123.</source>
            <translation>Type the ticket number printed on the receipt, such as 000123.</translation>
        </message>
        <message>
            <source>Ticket %1 was not paid by card on this register: refund by card without it, or in cash.</source>
            <translation>Ticket %1 was not paid by card on this register: refund by card without it, or in cash.</translation>
        </message>
        <message>
            <source>The card payments of ticket %1 were already refunded.</source>
            <translation>The card payments of ticket %1 were already refunded.</translation>
        </message>
        <message>
            <source>These items come from ticket %1: the refund goes back to its card.</source>
            <translation>These items come from ticket %1: the refund goes back to its card.</translation>
        </message>
        <message>
            <source>These items come from another register's ticket: refund them in cash, or by card without a ticket.</source>
            <translation>These items come from another register's ticket: refund them in cash, or by card without a ticket.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CashCount</name>
        <message>
            <source>A count is a whole number of euro coins or notes of each value, from 0 to %1.</source>
            <translation>A count is a whole number of euro coins or notes of each value, from 0 to %1.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CashDrawer</name>
        <message>
            <source>Sign in first.</source>
            <translation>Sign in first.</translation>
        </message>
        <message>
            <source>Enter an amount between 0,00 and 1 000 000,00.</source>
            <translation>Enter an amount between 0.00 and 1,000,000.00.</translation>
        </message>
        <message>
            <source>The drawer is open for the day already: count it first.</source>
            <translation>The drawer is open for the day already: count it first.</translation>
        </message>
        <message>
            <source>Open the drawer with its float first.</source>
            <translation>Open the drawer with its float first.</translation>
        </message>
        <message>
            <source>The journal holds figures no till could have made: run comptoirctl verify.</source>
            <translation>The journal holds figures no till could have made: run comptoirctl verify.</translation>
        </message>
        <message>
            <source>A count is a whole number of euro coins or notes of each value.</source>
            <translation>A count is a whole number of euro coins or notes of each value.</translation>
        </message>
        <message>
            <source>The drawer was counted meanwhile.</source>
            <translation>The drawer was counted meanwhile.</translation>
        </message>
        <message>
            <source>Enter an amount between 0,01 and 1 000 000,00.</source>
            <translation>Enter an amount between 0.01 and 1,000,000.00.</translation>
        </message>
        <message>
            <source>Say why, in 1 to 80 characters.</source>
            <translation>Say why, in 1 to 80 characters.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CatalogBrowser</name>
        <message>
            <source>Miscellaneous</source>
            <translation>Miscellaneous</translation>
        </message>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
        <message>
            <source>%1 added to the favourites.</source>
            <translation>%1 added to the favourites.</translation>
        </message>
        <message>
            <source>%1 removed from the favourites.</source>
            <translation>%1 removed from the favourites.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CatalogCsvImporter</name>
        <message>
            <source>empty barcode</source>
            <translation>empty barcode</translation>
        </message>
        <message>
            <source>barcode %1 has characters a scanner cannot send</source>
            <translation>barcode %1 has characters a scanner cannot send</translation>
        </message>
        <message>
            <source>barcode %1 has a wrong check digit</source>
            <translation>barcode %1 has a wrong check digit</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>Missing column "%1" in the header line.</source>
            <translation>Missing column "%1" in the header line.</translation>
        </message>
        <message>
            <source>Missing column "price" in the header line.</source>
            <translation>Missing column "price" in the header line.</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 columns instead of %2</translation>
        </message>
        <message>
            <source>the SKU is empty</source>
            <translation>the SKU is empty</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <source>SKU %1 appears twice in the file</source>
            <translation>SKU %1 appears twice in the file</translation>
        </message>
        <message>
            <source>price "%1" is not a valid amount</source>
            <translation>price "%1" is not a valid amount</translation>
        </message>
        <message>
            <source>VAT rate "%1" is not a French rate (20, 10, 5.5, 2.1 or 0)</source>
            <translation>VAT rate "%1" is not a French rate (20, 10, 5.5, 2.1 or 0)</translation>
        </message>
        <message>
            <source>sold_by_weight and active take 0 or 1</source>
            <translation>sold_by_weight and active take 0 or 1</translation>
        </message>
        <message>
            <source>barcode %1 is already used by SKU %2</source>
            <translation>barcode %1 is already used by SKU %2</translation>
        </message>
        <message>
            <source>category "%1" is not usable</source>
            <translation>category "%1" is not usable</translation>
        </message>
        <message>
            <source>tare_g "%1" is not a container weight in grams (0 to 9999, for products sold by weight)</source>
            <translation>tare_g "%1" is not a container weight in grams (0 to 9999, for products sold by weight)</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Checkout</name>
        <message>
            <source>The basket is empty.</source>
            <translation>The basket is empty.</translation>
        </message>
        <message>
            <source>Unknown means of payment.</source>
            <translation>Unknown means of payment.</translation>
        </message>
        <message>
            <source>Enter an amount.</source>
            <translation>Enter an amount.</translation>
        </message>
        <message>
            <source>The amount must be positive.</source>
            <translation>The amount must be positive.</translation>
        </message>
        <message>
            <source>The sale is already paid.</source>
            <translation>The sale is already paid.</translation>
        </message>
        <message>
            <source>Only cash can exceed the amount due (%1).</source>
            <translation>Only cash can exceed the amount due (%1).</translation>
        </message>
        <message>
            <source>%1 in cash for %2 due: check the amount.</source>
            <translation>%1 in cash for %2 due: check the amount.</translation>
        </message>
        <message>
            <source>The refund cannot exceed %1.</source>
            <translation>The refund cannot exceed %1.</translation>
        </message>
        <message>
            <source>No such payment.</source>
            <translation>No such payment.</translation>
        </message>
        <message>
            <source>%1 is still due.</source>
            <translation>%1 is still due.</translation>
        </message>
        <message>
            <source>Card and cheque payments exceed the amount due: cancel the payment.</source>
            <translation>Card and cheque payments exceed the amount due: cancel the payment.</translation>
        </message>
        <message>
            <source>Cancel the payment before parking the basket.</source>
            <translation>Cancel the payment before parking the basket.</translation>
        </message>
        <message>
            <source>Finish or park the current basket first.</source>
            <translation>Finish or park the current basket first.</translation>
        </message>
        <message>
            <source>This parked basket is no longer available.</source>
            <translation>This parked basket is no longer available.</translation>
        </message>
        <message>
            <source>Attach the customer to pay with their points.</source>
            <translation>Attach the customer to pay with their points.</translation>
        </message>
        <message>
            <source>This store has no loyalty programme.</source>
            <translation>This store has no loyalty programme.</translation>
        </message>
        <message>
            <source>A refund is not paid in points.</source>
            <translation>A refund is not paid in points.</translation>
        </message>
        <message>
            <source>Enter a number of points.</source>
            <translation>Enter a number of points.</translation>
        </message>
        <message numerus="yes">
            <source>No more than %Ln point(s) can be used now.</source>
            <translation>
                <numerusform>No more than %Ln point can be used now.</numerusform>
                <numerusform>No more than %Ln points can be used now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) are worth more than the %1 still due.</source>
            <translation>
                <numerusform>%Ln point are worth more than the %1 still due.</numerusform>
                <numerusform>%Ln points are worth more than the %1 still due.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClerkDirectory</name>
        <message>
            <source>This clerk cannot sign in at this register.</source>
            <translation>This clerk cannot sign in at this register.</translation>
        </message>
        <message>
            <source>%1 is locked after %2 wrong PINs. A manager must unlock the account.</source>
            <translation>%1 is locked after %2 wrong PINs. A manager must unlock the account.</translation>
        </message>
        <message>
            <source>Wrong PIN. %1 is now locked: a manager must unlock the account.</source>
            <translation>Wrong PIN. %1 is now locked: a manager must unlock the account.</translation>
        </message>
        <message>
            <source>This clerk id is taken or not valid.</source>
            <translation>This clerk id is taken or not valid.</translation>
        </message>
        <message>
            <source>A clerk's name is 1 to 60 characters.</source>
            <translation>A clerk's name is 1 to 60 characters.</translation>
        </message>
        <message>
            <source>This role does not exist.</source>
            <translation>This role does not exist.</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n try(ies) left before the account locks.</source>
            <translation>
                <numerusform>Wrong PIN. %n try left before the account locks.</numerusform>
                <numerusform>Wrong PIN. %n tries left before the account locks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClerkSession</name>
        <message>
            <source>%1: your role does not allow it. A manager may approve with their PIN.</source>
            <translation>%1: your role does not allow it. A manager may approve with their PIN.</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Sign in first.</translation>
        </message>
        <message>
            <source>Another clerk must approve.</source>
            <translation>Another clerk must approve.</translation>
        </message>
        <message>
            <source>%1 may not approve this.</source>
            <translation>%1 may not approve this.</translation>
        </message>
        <message>
            <source>This clerk cannot sign in at this register.</source>
            <translation>This clerk cannot sign in at this register.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Closing</name>
        <message>
            <source>The closing's totals are too large to add up. Call support.</source>
            <translation>The closing's totals are too large to add up. Call support.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClosingBook</name>
        <message>
            <source>Sign in first.</source>
            <translation>Sign in first.</translation>
        </message>
        <message>
            <source>The day of %1 is not closed. Close it (Z) before selling.</source>
            <translation>The day of %1 is not closed. Close it (Z) before selling.</translation>
        </message>
        <message>
            <source>Nothing was sold or counted since the last closing: nothing to close.</source>
            <translation>Nothing was sold or counted since the last closing: nothing to close.</translation>
        </message>
        <message>
            <source>A closing of %1 cannot be read. Call support.</source>
            <translation>A closing of %1 cannot be read. Call support.</translation>
        </message>
        <message>
            <source>No month to close: %1 is not over. Its closing is made with the first closing of the next month.</source>
            <translation>No month to close: %1 is not over. Its closing is made with the first closing of the next month.</translation>
        </message>
        <message>
            <source>No year to close: %1 is not over. Its closing is made with the first closing of the next year.</source>
            <translation>No year to close: %1 is not over. Its closing is made with the first closing of the next year.</translation>
        </message>
        <message>
            <source>Closing %1 of this register cannot be read: nothing is closed until it is repaired. Call support.</source>
            <translation>Closing %1 of this register cannot be read: nothing is closed until it is repaired. Call support.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClosingText</name>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Day closing (Z)</source>
            <translation>Day closing (Z)</translation>
        </message>
        <message>
            <source>Month closing</source>
            <translation>Month closing</translation>
        </message>
        <message>
            <source>Year closing</source>
            <translation>Year closing</translation>
        </message>
        <message>
            <source>*** TRAINING MODE ***</source>
            <translation>*** TRAINING MODE ***</translation>
        </message>
        <message>
            <source>Training figures, never real sales</source>
            <translation>Training figures, never real sales</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>%1 No. %2</source>
            <translation>%1 No. %2</translation>
        </message>
        <message>
            <source>Register %1</source>
            <translation>Register %1</translation>
        </message>
        <message>
            <source>Clerk: %1</source>
            <translation>Clerk: %1</translation>
        </message>
        <message>
            <source>Tickets %1 to %2</source>
            <translation>Tickets %1 to %2</translation>
        </message>
        <message>
            <source>No ticket</source>
            <translation>No ticket</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Cancellations: %1</source>
            <translation>Cancellations: %1</translation>
        </message>
        <message>
            <source>Returned lines: %1</source>
            <translation>Returned lines: %1</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Discounts</translation>
        </message>
        <message>
            <source>PERIOD TOTAL</source>
            <translation>PERIOD TOTAL</translation>
        </message>
        <message>
            <source>By VAT rate</source>
            <translation>By VAT rate</translation>
        </message>
        <message>
            <source>%1 incl. VAT</source>
            <translation>%1 incl. VAT</translation>
        </message>
        <message>
            <source>of which VAT</source>
            <translation>of which VAT</translation>
        </message>
        <message>
            <source>By tender</source>
            <translation>By tender</translation>
        </message>
        <message>
            <source>Cash drawer</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <source>Counted (%1 count(s))</source>
            <translation>Counted (%1 count(s))</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Year to date</translation>
        </message>
        <message>
            <source>Perpetual total</source>
            <translation>Perpetual total</translation>
        </message>
        <message>
            <source>Perpetual total (absolute)</source>
            <translation>Perpetual total (absolute)</translation>
        </message>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingerprint %1</translation>
        </message>
        <message>
            <source>Nothing is closed by an X report</source>
            <translation>Nothing is closed by an X report</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Counter</name>
        <message>
            <source>Defective</source>
            <translation>Defective</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Wrong size</translation>
        </message>
        <message>
            <source>Changed mind</source>
            <translation>Changed mind</translation>
        </message>
        <message>
            <source>Damaged in transit</source>
            <translation>Damaged in transit</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Enter an amount such as 20 or 12,50.</source>
            <translation>Enter an amount such as 20 or 12,50.</translation>
        </message>
        <message>
            <source>No receipt to save yet.</source>
            <translation>No receipt to save yet.</translation>
        </message>
        <message>
            <source>Receipt saved: %1</source>
            <translation>Receipt saved: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 customer: %Ln point(s).</source>
            <translation>
                <numerusform>%1, %2 customer: %Ln point.</numerusform>
                <numerusform>%1, %2 customer: %Ln points.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln point(s).</source>
            <translation>
                <numerusform>%1: %Ln point.</numerusform>
                <numerusform>%1: %Ln points.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Use %Ln point(s) (%1)</source>
            <translation>
                <numerusform>Use %Ln point (%1)</numerusform>
                <numerusform>Use %Ln points (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without head office's confirmation, no more than %Ln point(s) today (the customer's offline allowance).</source>
            <translation>
                <numerusform>Without head office's confirmation, no more than %Ln point today (the customer's offline allowance).</numerusform>
                <numerusform>Without head office's confirmation, no more than %Ln points today (the customer's offline allowance).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 to confirm)</source>
            <translation>%1 (%2 to confirm)</translation>
        </message>
        <message>
            <source>%1 off the basket</source>
            <translation>%1 off the basket</translation>
        </message>
        <message numerus="yes">
            <source>-%1 % on %Ln article(s)</source>
            <translation>
                <numerusform>-%1 % on %Ln article</numerusform>
                <numerusform>-%1 % on %Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / kg</source>
            <translation>%1 / kg</translation>
        </message>
        <message>
            <source>Type a ticket number, a day (25/11), an amount (12,50) or the card's last four digits (*1234), or scan the receipt.</source>
            <translation>Type a ticket number, a day (25/11), an amount (12.50) or the card's last four digits (*1234), or scan the receipt.</translation>
        </message>
        <message>
            <source>Finish or cancel the approval first.</source>
            <translation>Finish or cancel the approval first.</translation>
        </message>
        <message>
            <source>Another ticket was opened meanwhile: start again from that ticket.</source>
            <translation>Another ticket was opened meanwhile: start again from that ticket.</translation>
        </message>
        <message>
            <source>That payment is no longer in the sale.</source>
            <translation>That payment is no longer in the sale.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CustomerDesk</name>
        <message>
            <source>Head office cannot be reached: this register's tickets only.</source>
            <translation>Head office cannot be reached: this register's tickets only.</translation>
        </message>
        <message>
            <source>Head office did not answer properly: this register's tickets only.</source>
            <translation>Head office did not answer properly: this register's tickets only.</translation>
        </message>
        <message>
            <source>Searching at head office…</source>
            <translation>Searching at head office…</translation>
        </message>
        <message>
            <source>Head office cannot be reached: only this register's customers can be found.</source>
            <translation>Head office cannot be reached: only this register's customers can be found.</translation>
        </message>
        <message>
            <source>Head office did not answer properly. Try again in a moment.</source>
            <translation>Head office did not answer properly. Try again in a moment.</translation>
        </message>
        <message>
            <source>No customer found at head office either.</source>
            <translation>No customer found at head office either.</translation>
        </message>
        <message numerus="yes">
            <source>Found at head office: %n customer(s).</source>
            <translation>
                <numerusform>Found at head office: %n customer.</numerusform>
                <numerusform>Found at head office: %n customers.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes saved on this register, on their way to head office.</source>
            <translation>Changes saved on this register, on their way to head office.</translation>
        </message>
        <message>
            <source>Asking head office for the other stores and the web shop…</source>
            <translation>Asking head office for the other stores and the web shop…</translation>
        </message>
        <message>
            <source>Ticket %1 · %2 · cancellation %3</source>
            <translation>Ticket %1 · %2 · cancellation %3</translation>
        </message>
        <message>
            <source>Ticket %1 · %2 · %3</source>
            <translation>Ticket %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>+%1 / -%2 pts</source>
            <translation>+%1 / -%2 pts</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 · %2 · %3 · %n item(s)</source>
            <translation>
                <numerusform>Order %1 · %2 · %3 · %n item</numerusform>
                <numerusform>Order %1 · %2 · %3 · %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>This store, the chain's other stores and the web shop.</source>
            <translation>This store, the chain's other stores and the web shop.</translation>
        </message>
        <message>
            <source>Enter at least a last name or a first name.</source>
            <translation>Enter at least a last name or a first name.</translation>
        </message>
        <message>
            <source>At most 60 characters.</source>
            <translation>At most 60 characters.</translation>
        </message>
        <message>
            <source>Not a phone number. A foreign number starts with + and its country code.</source>
            <translation>Not a phone number. A foreign number starts with + and its country code.</translation>
        </message>
        <message>
            <source>Not an e-mail address (name@example.fr).</source>
            <translation>Not an e-mail address (name@example.fr).</translation>
        </message>
        <message>
            <source>At most 1000 characters.</source>
            <translation>At most 1000 characters.</translation>
        </message>
        <message>
            <source>A card number holds letters and digits only.</source>
            <translation>A card number holds letters and digits only.</translation>
        </message>
        <message>
            <source>This card belongs to %1.</source>
            <translation>This card belongs to %1.</translation>
        </message>
        <message>
            <source>Text messages need a phone number.</source>
            <translation>Text messages need a phone number.</translation>
        </message>
        <message>
            <source>E-mails need an e-mail address.</source>
            <translation>E-mails need an e-mail address.</translation>
        </message>
        <message>
            <source>This customer is no longer on this register.</source>
            <translation>This customer is no longer on this register.</translation>
        </message>
        <message>
            <source>These details cannot be saved: check each field.</source>
            <translation>These details cannot be saved: check each field.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Customer created. Head office will have them at the next sync.</source>
            <translation>Customer created. Head office will have them at the next sync.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Saved. Head office will have the change at the next sync.</source>
            <translation>Saved. Head office will have the change at the next sync.</translation>
        </message>
        <message>
            <source>+%1 pts</source>
            <translation>+%1 pts</translation>
        </message>
        <message>
            <source>-%1 pts</source>
            <translation>-%1 pts</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CustomerTexts</name>
        <message>
            <source>Marketing messages</source>
            <translation>Marketing messages</translation>
        </message>
        <message>
            <source>Personalised offers</source>
            <translation>Personalised offers</translation>
        </message>
        <message>
            <source>Purchase analysis</source>
            <translation>Purchase analysis</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <translation>by e-mail</translation>
        </message>
        <message>
            <source>by SMS</source>
            <translation>by SMS</translation>
        </message>
        <message>
            <source>by post</source>
            <translation>by post</translation>
        </message>
        <message>
            <source>in store</source>
            <translation>in store</translation>
        </message>
        <message>
            <source>all channels</source>
            <translation>all channels</translation>
        </message>
        <message>
            <source>Fashion</source>
            <translation>Fashion</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Fine food</source>
            <translation>Fine food</translation>
        </message>
        <message>
            <source>Wine</source>
            <translation>Wine</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Books</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Premium</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>card %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CustomerView</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>To pay</translation>
        </message>
        <message>
            <source>Left to pay</source>
            <translation>Left to pay</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Your change</translation>
        </message>
        <message>
            <source>Thank you, goodbye!</source>
            <translation>Thank you, goodbye!</translation>
        </message>
        <message>
            <source>To refund</source>
            <translation>To refund</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Database</name>
        <message>
            <source>This database was written by a newer version of Comptoir (schema %1, this version knows %2). Update Comptoir.</source>
            <translation>This database was written by a newer version of Comptoir (schema %1, this version knows %2). Update Comptoir.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>opening the database</source>
            <translation>opening the database</translation>
        </message>
        <message>
            <source>The database %1 is damaged. Call support; do not delete it.</source>
            <translation>The database %1 is damaged. Call support; do not delete it.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space or call support, then try again.</source>
            <translation>The disk is full: nothing was saved. Free some space or call support, then try again.</translation>
        </message>
        <message>
            <source>The database is busy. Try again in a moment.</source>
            <translation>The database is busy. Try again in a moment.</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only).</source>
            <translation>The database cannot be written (read-only).</translation>
        </message>
        <message>
            <source>The disk reported an error: nothing was saved. Call support.</source>
            <translation>The disk reported an error: nothing was saved. Call support.</translation>
        </message>
        <message>
            <source>The database is damaged. Call support; do not delete it.</source>
            <translation>The database is damaged. Call support; do not delete it.</translation>
        </message>
        <message>
            <source>Database error while %1: %2</source>
            <translation>Database error while %1: %2</translation>
        </message>
        <message>
            <source>checking the database</source>
            <translation>checking the database</translation>
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation>There is no database at %1.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a register's database.</source>
            <translation>%1 is a folder, not a register's database.</translation>
        </message>
        <message>
            <source>%1 is not a file: it cannot be a register's database.</source>
            <translation>%1 is not a file: it cannot be a register's database.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2. Nothing was changed.</source>
            <translation>Cannot read %1: %2. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 is an empty file, not a register's database: nothing was written to it. For a new register, remove the empty file; otherwise restore the register's database from its backup.</source>
            <translation>%1 is an empty file, not a register's database: nothing was written to it. For a new register, remove the empty file; otherwise restore the register's database from its backup.</translation>
        </message>
        <message>
            <source>%1 is not a database (it does not start as one, or it is cut short): nothing was written to it. Restore the register's database from its backup.</source>
            <translation>%1 is not a database (it does not start as one, or it is cut short): nothing was written to it. Restore the register's database from its backup.</translation>
        </message>
        <message>
            <source>%1 is read-only: the register cannot record sales in it. (comptoirctl verify reads it as it is.)</source>
            <translation>%1 is read-only: the register cannot record sales in it. (comptoirctl verify reads it as it is.)</translation>
        </message>
        <message>
            <source>reading the database</source>
            <translation>reading the database</translation>
        </message>
        <message>
            <source>%1 is a database, but not a register's: nothing was written to it.</source>
            <translation>%1 is a database, but not a register's: nothing was written to it.</translation>
        </message>
        <message>
            <source>%1 was written by an older Comptoir (schema %2, this version knows %3): a read-only copy cannot be brought up to date. Copy it to a folder you may write to, then open the copy.</source>
            <translation>%1 was written by an older Comptoir (schema %2, this version knows %3): a read-only copy cannot be brought up to date. Copy it to a folder you may write to, then open the copy.</translation>
        </message>
        <message>
            <source>%1 has tickets still in its WAL file (%1-wal), which SQLite reads only where it may write beside it. Copy both files to a folder you may write to, then read the copy.</source>
            <translation>%1 has tickets still in its WAL file (%1-wal), which SQLite reads only where it may write beside it. Copy both files to a folder you may write to, then read the copy.</translation>
        </message>
        <message>
            <source>%1 is held by another program (another Comptoir running on it?): close it, then try again. Nothing was changed.</source>
            <translation>%1 is held by another program (another Comptoir running on it?): close it, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database cannot be opened: the file or its folder may not be read or written here. Nothing was changed.</source>
            <translation>The database cannot be opened: the file or its folder may not be read or written here. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DeviceCredentials</name>
        <message>
            <source>This register has no head-office credentials: enroll it first.</source>
            <translation>This register has no head-office credentials: enroll it first.</translation>
        </message>
        <message>
            <source>The system keychain is not available (%1): the head-office credentials cannot be used.</source>
            <translation>The system keychain is not available (%1): the head-office credentials cannot be used.</translation>
        </message>
        <message>
            <source>The system keychain refused access (%1): unlock it and try again.</source>
            <translation>The system keychain refused access (%1): unlock it and try again.</translation>
        </message>
        <message>
            <source>The system keychain failed: %1</source>
            <translation>The system keychain failed: %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Dialog06Scale</name>
        <message>
            <source>The scale's line failed (%1): check its cable.</source>
            <translation>The scale's line failed (%1): check its cable.</translation>
        </message>
        <message>
            <source>Dialog 06 scale on %1 (%2)</source>
            <translation>Dialog 06 scale on %1 (%2)</translation>
        </message>
        <message>
            <source>The scale cannot be reached on %1 (%2): check that it is on and plugged in.</source>
            <translation>The scale cannot be reached on %1 (%2): check that it is on and plugged in.</translation>
        </message>
        <message>
            <source>The scale asks for the register's legal checksums (Dialog 06), and the polynomial its maker gave is not in this PC's keychain.</source>
            <translation>The scale asks for the register's legal checksums (Dialog 06), and the polynomial its maker gave is not in this PC's keychain.</translation>
        </message>
        <message>
            <source>The scale answered out of turn: weigh again.</source>
            <translation>The scale answered out of turn: weigh again.</translation>
        </message>
        <message>
            <source>The scale keeps asking for the price again: weigh again.</source>
            <translation>The scale keeps asking for the price again: weigh again.</translation>
        </message>
        <message>
            <source>The scale refused the register's legal checksums: it gives no weight until they match (check the Dialog 06 polynomial).</source>
            <translation>The scale refused the register's legal checksums: it gives no weight until they match (check the Dialog 06 polynomial).</translation>
        </message>
        <message>
            <source>The scale weighed at another unit price than the register's: weigh again.</source>
            <translation>The scale weighed at another unit price than the register's: weigh again.</translation>
        </message>
        <message>
            <source>Waiting for the weight to settle…</source>
            <translation>Waiting for the weight to settle…</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is on and that its cable is plugged in.</source>
            <translation>The scale does not answer: check that it is on and that its cable is plugged in.</translation>
        </message>
        <message>
            <source>The weight does not settle: make sure nothing touches the scale, then weigh again.</source>
            <translation>The weight does not settle: make sure nothing touches the scale, then weigh again.</translation>
        </message>
        <message>
            <source>The scale has not moved since the last weighing: lift the item and put it back on the scale.</source>
            <translation>The scale has not moved since the last weighing: lift the item and put it back on the scale.</translation>
        </message>
        <message>
            <source>Too light to be weighed: the scale's minimum weight is not reached.</source>
            <translation>Too light to be weighed: the scale's minimum weight is not reached.</translation>
        </message>
        <message>
            <source>The scale shows less than zero: empty it and set it to zero.</source>
            <translation>The scale shows less than zero: empty it and set it to zero.</translation>
        </message>
        <message>
            <source>Too heavy: the scale is overloaded.</source>
            <translation>Too heavy: the scale is overloaded.</translation>
        </message>
        <message>
            <source>The scale refused the unit price.</source>
            <translation>The scale refused the unit price.</translation>
        </message>
        <message>
            <source>The scale refused the tare.</source>
            <translation>The scale refused the tare.</translation>
        </message>
        <message>
            <source>Transmission errors with the scale: check the line's settings (Dialog 06: 9600 bauds, 7 bits, odd parity).</source>
            <translation>Transmission errors with the scale: check the line's settings (Dialog 06: 9600 bauds, 7 bits, odd parity).</translation>
        </message>
        <message>
            <source>The scale reports an error (Dialog 06 status %1).</source>
            <translation>The scale reports an error (Dialog 06 status %1).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DrawerDesk</name>
        <message>
            <source>The drawer is not open: give its float to start the day.</source>
            <translation>The drawer is not open: give its float to start the day.</translation>
        </message>
        <message>
            <source>Float %1 · cash in %2 · cash out %3</source>
            <translation>Float %1 · cash in %2 · cash out %3</translation>
        </message>
        <message>
            <source>Counted %1 · expected %2 · variance %3</source>
            <translation>Counted %1 · expected %2 · variance %3</translation>
        </message>
        <message>
            <source>Enter an amount such as 150,00.</source>
            <translation>Enter an amount such as 150.00.</translation>
        </message>
        <message>
            <source>Enter an amount such as 20,00.</source>
            <translation>Enter an amount such as 20.00.</translation>
        </message>
        <message>
            <source>Count each value as a whole number of coins or notes.</source>
            <translation>Count each value as a whole number of coins or notes.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Enroller</name>
        <message>
            <source>The head-office address must start with https:// (or http:// on a test network).</source>
            <translation>The head-office address must start with https:// (or http:// on a test network).</translation>
        </message>
        <message>
            <source>Head office cannot be reached: %1</source>
            <translation>Head office cannot be reached: %1</translation>
        </message>
        <message>
            <source>Head office refused the code: it is unknown, already used or expired. Ask for a new one.</source>
            <translation>Head office refused the code: it is unknown, already used or expired. Ask for a new one.</translation>
        </message>
        <message>
            <source>Head office gave an unexpected answer (HTTP %1). Try again later.</source>
            <translation>Head office gave an unexpected answer (HTTP %1). Try again later.</translation>
        </message>
        <message>
            <source>This register already recorded %1 ticket(s) as register %2 of store %3; head office enrolled it as register %4 of store %5. Ask head office for a code for register %2 of store %3.</source>
            <translation>This register already recorded %1 ticket(s) as register %2 of store %3; head office enrolled it as register %4 of store %5. Ask head office for a code for register %2 of store %3.</translation>
        </message>
        <message>
            <source>Enrolled at head office as register %1 of store %2 (%3).</source>
            <translation>Enrolled at head office as register %1 of store %2 (%3).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OfferBook</name>
        <message>
            <source>Attach the customer first.</source>
            <translation>Attach the customer first.</translation>
        </message>
        <message>
            <source>This offer does not apply to this customer and basket.</source>
            <translation>This offer does not apply to this customer and basket.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OfflinePolicy</name>
        <message>
            <source>The offline card rules are invalid: amounts must be whole numbers of cents.</source>
            <translation>The offline card rules are invalid: amounts must be whole numbers of cents.</translation>
        </message>
        <message>
            <source>The offline card rules are invalid.</source>
            <translation>The offline card rules are invalid.</translation>
        </message>
        <message>
            <source>The offline card rules file cannot be read: %1</source>
            <translation>The offline card rules file cannot be read: %1</translation>
        </message>
        <message>
            <source>The offline card rules file is not valid JSON: %1</source>
            <translation>The offline card rules file is not valid JSON: %1</translation>
        </message>
        <message>
            <source>Ask for another payment method (cash, cheque).</source>
            <translation>Ask for another payment method (cash, cheque).</translation>
        </message>
        <message>
            <source>The card terminal cannot reach the bank and this store takes no card payment offline.</source>
            <translation>The card terminal cannot reach the bank and this store takes no card payment offline.</translation>
        </message>
        <message>
            <source>Card refunds need the bank, which the terminal cannot reach. Refund in cash or try again later.</source>
            <translation>Card refunds need the bank, which the terminal cannot reach. Refund in cash or try again later.</translation>
        </message>
        <message numerus="yes">
            <source>The register already holds %n card payment(s) waiting for the bank, the most allowed.</source>
            <translation>
                <numerusform>The register already holds %n card payment waiting for the bank, the most allowed.</numerusform>
                <numerusform>The register already holds %n card payments waiting for the bank, the most allowed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Without the bank, card payments are limited to %1 (this one is %2).</source>
            <translation>Without the bank, card payments are limited to %1 (this one is %2).</translation>
        </message>
        <message>
            <source>Without the bank, only %1 more can be taken by card on this register.</source>
            <translation>Without the bank, only %1 more can be taken by card on this register.</translation>
        </message>
        <message>
            <source>This card (%1) is not accepted without the bank. Ask for another card or payment method.</source>
            <translation>This card (%1) is not accepted without the bank. Ask for another card or payment method.</translation>
        </message>
        <message>
            <source>Without the bank the card must be inserted (chip and PIN) or tapped. Ask the customer again.</source>
            <translation>Without the bank the card must be inserted (chip and PIN) or tapped. Ask the customer again.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Payment</name>
        <message>
            <source>The terminal sent an answer Comptoir cannot read.</source>
            <translation>The terminal sent an answer Comptoir cannot read.</translation>
        </message>
        <message>
            <source>This terminal's protocol cannot do that.</source>
            <translation>This terminal's protocol cannot do that.</translation>
        </message>
        <message>
            <source>The amount is too large for this terminal.</source>
            <translation>The amount is too large for this terminal.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PaymentJournal</name>
        <message>
            <source>Card payment %1 can no longer pay for this sale (%2): cancel the payment and take it again.</source>
            <translation>Card payment %1 can no longer pay for this sale (%2): cancel the payment and take it again.</translation>
        </message>
        <message>
            <source>unknown to this register</source>
            <translation>unknown to this register</translation>
        </message>
        <message>
            <source>another ticket counts it</source>
            <translation>another ticket counts it</translation>
        </message>
        <message>
            <source>its state is %1</source>
            <translation>its state is %1</translation>
        </message>
        <message>
            <source>Ticket %1 counts card payment %2 of %3, but the register has it as %4: the customer may have been refunded while the sale says paid by card.</source>
            <translation>Ticket %1 counts card payment %2 of %3, but the register has it as %4: the customer may have been refunded while the sale says paid by card.</translation>
        </message>
        <message>
            <source>Card payment %1 of %2 was approved at the terminal but no ticket counts it: refund the customer or find the sale.</source>
            <translation>Card payment %1 of %2 was approved at the terminal but no ticket counts it: refund the customer or find the sale.</translation>
        </message>
        <message>
            <source>No free card payment reference: check the register's clock.</source>
            <translation>No free card payment reference: check the register's clock.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PaymentService</name>
        <message>
            <source>The terminal is still busy with the previous operation. Wait a moment.</source>
            <translation>The terminal is still busy with the previous operation. Wait a moment.</translation>
        </message>
        <message>
            <source>No card terminal is set up on this register. Take another payment method.</source>
            <translation>No card terminal is set up on this register. Take another payment method.</translation>
        </message>
        <message>
            <source>There is nothing to pay by card.</source>
            <translation>There is nothing to pay by card.</translation>
        </message>
        <message>
            <source>This card payment has already been settled.</source>
            <translation>This card payment has already been settled.</translation>
        </message>
        <message>
            <source>This card payment cannot be given back.</source>
            <translation>This card payment cannot be given back.</translation>
        </message>
        <message>
            <source>The card payment could not be cancelled on the terminal: the manager will refund it.</source>
            <translation>The card payment could not be cancelled on the terminal: the manager will refund it.</translation>
        </message>
        <message>
            <source>The terminal is busy. Close the day once the current payment is over.</source>
            <translation>The terminal is busy. Close the day once the current payment is over.</translation>
        </message>
        <message>
            <source>The terminal did not give its end-of-day totals. Check it and try again.</source>
            <translation>The terminal did not give its end-of-day totals. Check it and try again.</translation>
        </message>
        <message>
            <source>%1 card operation(s) at the terminal, %2 in the register's journal.</source>
            <translation>%1 card operation(s) at the terminal, %2 in the register's journal.</translation>
        </message>
        <message>
            <source>Card payments: %1 at the terminal, %2 in the journal.</source>
            <translation>Card payments: %1 at the terminal, %2 in the journal.</translation>
        </message>
        <message>
            <source>Card refunds: %1 at the terminal, %2 in the journal.</source>
            <translation>Card refunds: %1 at the terminal, %2 in the journal.</translation>
        </message>
        <message>
            <source>Card payments: %1 at the terminal, %2 in the tickets.</source>
            <translation>Card payments: %1 at the terminal, %2 in the tickets.</translation>
        </message>
        <message>
            <source>Card refunds: %1 at the terminal, %2 in the tickets.</source>
            <translation>Card refunds: %1 at the terminal, %2 in the tickets.</translation>
        </message>
        <message>
            <source>A cancellation of this card payment is still being checked with the terminal.</source>
            <translation>A cancellation of this card payment is still being checked with the terminal.</translation>
        </message>
        <message>
            <source>A card refund cannot be cancelled on the terminal: the manager has a follow-up.</source>
            <translation>A card refund cannot be cancelled on the terminal: the manager has a follow-up.</translation>
        </message>
        <message>
            <source>Card payments: %1 in the journal, %2 in the tickets.</source>
            <translation>Card payments: %1 in the journal, %2 in the tickets.</translation>
        </message>
        <message>
            <source>Card refunds: %1 in the journal, %2 in the tickets.</source>
            <translation>Card refunds: %1 in the journal, %2 in the tickets.</translation>
        </message>
        <message>
            <source>That card payment cannot be refunded: it was not approved.</source>
            <translation>That card payment cannot be refunded: it was not approved.</translation>
        </message>
        <message>
            <source>At most %1 can go back to the card of that payment (%2 paid, %3 already refunded).</source>
            <translation>At most %1 can go back to the card of that payment (%2 paid, %3 already refunded).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PaymentSetup</name>
        <message>
            <source>Each payment terminal needs an "id" and a "driver".</source>
            <translation>Each payment terminal needs an "id" and a "driver".</translation>
        </message>
        <message>
            <source>Two payment terminals have the id "%1".</source>
            <translation>Two payment terminals have the id "%1".</translation>
        </message>
        <message>
            <source>The terminal health interval cannot be negative.</source>
            <translation>The terminal health interval cannot be negative.</translation>
        </message>
        <message>
            <source>Cannot read the payment setup %1: %2</source>
            <translation>Cannot read the payment setup %1: %2</translation>
        </message>
        <message>
            <source>The payment setup %1 is not valid JSON (offset %2: %3).</source>
            <translation>The payment setup %1 is not valid JSON (offset %2: %3).</translation>
        </message>
        <message>
            <source>The stored payment setup is damaged: %1</source>
            <translation>The stored payment setup is damaged: %1</translation>
        </message>
        <message>
            <source>The terminal address "%1" is not of the form tcp://host:port.</source>
            <translation>The terminal address "%1" is not of the form tcp://host:port.</translation>
        </message>
        <message>
            <source>The terminal's serial port is missing in "%1".</source>
            <translation>The terminal's serial port is missing in "%1".</translation>
        </message>
        <message>
            <source>Invalid serial speed "%1".</source>
            <translation>Invalid serial speed "%1".</translation>
        </message>
        <message>
            <source>Invalid serial format "%1" (expected e.g. 7E1 or 8N1).</source>
            <translation>Invalid serial format "%1" (expected e.g. 7E1 or 8N1).</translation>
        </message>
        <message>
            <source>Unknown serial option "%1".</source>
            <translation>Unknown serial option "%1".</translation>
        </message>
        <message>
            <source>The terminal address "%1" must start with tcp:// or serial:.</source>
            <translation>The terminal address "%1" must start with tcp:// or serial:.</translation>
        </message>
        <message>
            <source>Unknown terminal message format "%1" (caisse-ap or protocol-e).</source>
            <translation>Unknown terminal message format "%1" (caisse-ap or protocol-e).</translation>
        </message>
        <message>
            <source>Unknown payment terminal driver "%1" for %2.</source>
            <translation>Unknown payment terminal driver "%1" for %2.</translation>
        </message>
        <message>
            <source>The terminal address "%1" is not of the form https://host:port/path.</source>
            <translation>The terminal address "%1" is not of the form https://host:port/path.</translation>
        </message>
        <message>
            <source>The certificate fingerprint of %1 must be 64 hexadecimal digits (SHA-256).</source>
            <translation>The certificate fingerprint of %1 must be 64 hexadecimal digits (SHA-256).</translation>
        </message>
        <message>
            <source>Terminal %1: "%2" must be a whole number from %3 to %4.</source>
            <translation>Terminal %1: "%2" must be a whole number from %3 to %4.</translation>
        </message>
        <message>
            <source>Terminal %1: "ecr_id" must be twelve digits (Caisse-AP's CJ).</source>
            <translation>Terminal %1: "ecr_id" must be twelve digits (Caisse-AP's CJ).</translation>
        </message>
        <message>
            <source>The certificate authority file %1 of %2 does not exist.</source>
            <translation>The certificate authority file %1 of %2 does not exist.</translation>
        </message>
        <message>
            <source>%1 checks the terminal's certificate, but its address is not https.</source>
            <translation>%1 checks the terminal's certificate, but its address is not https.</translation>
        </message>
        <message>
            <source>The encryption key of %1 needs a key_id of at most 64 characters and a key_version from 0 to 9999, as set on the terminal.</source>
            <translation>The encryption key of %1 needs a key_id of at most 64 characters and a key_version from 0 to 9999, as set on the terminal.</translation>
        </message>
        <message>
            <source>The passphrase of the encryption key %1 (version %2) of terminal %3 is not in this PC's keychain: set it with comptoirctl terminal set-key %4.</source>
            <translation>The passphrase of the encryption key %1 (version %2) of terminal %3 is not in this PC's keychain: set it with comptoirctl terminal set-key %4.</translation>
        </message>
        <message>
            <source>The passphrase of the encryption key of terminal %1 cannot be read: %2</source>
            <translation>The passphrase of the encryption key of terminal %1 cannot be read: %2</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Permission</name>
        <message>
            <source>Give a larger line discount</source>
            <translation>Give a larger line discount</translation>
        </message>
        <message>
            <source>Discount the whole basket</source>
            <translation>Discount the whole basket</translation>
        </message>
        <message>
            <source>Change a price</source>
            <translation>Change a price</translation>
        </message>
        <message>
            <source>Sell an item at 0.00</source>
            <translation>Sell an item at 0.00</translation>
        </message>
        <message>
            <source>Take back items of a ticket</source>
            <translation>Take back items of a ticket</translation>
        </message>
        <message>
            <source>Take back items without a ticket</source>
            <translation>Take back items without a ticket</translation>
        </message>
        <message>
            <source>Cancel a ticket</source>
            <translation>Cancel a ticket</translation>
        </message>
        <message>
            <source>Print a duplicate</source>
            <translation>Print a duplicate</translation>
        </message>
        <message>
            <source>Cancel a card payment</source>
            <translation>Cancel a card payment</translation>
        </message>
        <message>
            <source>Open the drawer without a sale</source>
            <translation>Open the drawer without a sale</translation>
        </message>
        <message>
            <source>Put cash in or take it out</source>
            <translation>Put cash in or take it out</translation>
        </message>
        <message>
            <source>Print the X report</source>
            <translation>Print the X report</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <source>Close the month or the year</source>
            <translation>Close the month or the year</translation>
        </message>
        <message>
            <source>Count the drawer</source>
            <translation>Count the drawer</translation>
        </message>
        <message>
            <source>Change the settings</source>
            <translation>Change the settings</translation>
        </message>
        <message>
            <source>End the card terminal's day</source>
            <translation>End the card terminal's day</translation>
        </message>
        <message>
            <source>Edit a customer</source>
            <translation>Edit a customer</translation>
        </message>
        <message>
            <source>Switch training mode</source>
            <translation>Switch training mode</translation>
        </message>
        <message>
            <source>Edit the favourites</source>
            <translation>Edit the favourites</translation>
        </message>
        <message>
            <source>Manage the clerks</source>
            <translation>Manage the clerks</translation>
        </message>
        <message>
            <source>Approve for another clerk</source>
            <translation>Approve for another clerk</translation>
        </message>
        <message>
            <source>Write the fiscal archive</source>
            <translation>Write the fiscal archive</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Pin</name>
        <message>
            <source>A PIN is %1 to %2 digits.</source>
            <translation>A PIN is %1 to %2 digits.</translation>
        </message>
        <message>
            <source>The PIN cannot be protected: libsodium did not start.</source>
            <translation>The PIN cannot be protected: libsodium did not start.</translation>
        </message>
        <message>
            <source>The PIN cannot be protected: out of memory.</source>
            <translation>The PIN cannot be protected: out of memory.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PosContext</name>
        <message>
            <source>Serial scanner setting "%1" is not valid (expected /dev/ttyACM0:9600:8N1).</source>
            <translation>Serial scanner setting "%1" is not valid (expected /dev/ttyACM0:9600:8N1).</translation>
        </message>
        <message>
            <source>Terminal (simulator)</source>
            <translation>Terminal (simulator)</translation>
        </message>
        <message>
            <source>Scale setting "%1" is not valid (expected /dev/ttyUSB0:9600:7O1).</source>
            <translation>Scale setting "%1" is not valid (expected /dev/ttyUSB0:9600:7O1).</translation>
        </message>
        <message>
            <source>Pole display setting "%1" is not valid (expected /dev/ttyUSB1:9600:8N1,epson or ,cd5220).</source>
            <translation>Pole display setting "%1" is not valid (expected /dev/ttyUSB1:9600:8N1,epson or ,cd5220).</translation>
        </message>
        <message>
            <source>Finish the payment first.</source>
            <translation>Finish the payment first.</translation>
        </message>
        <message>
            <source>Receipt printer setting "%1" is not valid (expected tcp:HOST[:PORT], serial:DEVICE[:BAUD] or usb:/dev/usb/lp0).</source>
            <translation>Receipt printer setting "%1" is not valid (expected tcp:HOST[:PORT], serial:DEVICE[:BAUD] or usb:/dev/usb/lp0).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PrintQueue</name>
        <message>
            <source>Nothing to print, or far too much.</source>
            <translation>Nothing to print, or far too much.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PrinterDesk</name>
        <message>
            <source>No receipt printer is set up: receipts are on the screen and in PDF.</source>
            <translation>No receipt printer is set up: receipts are on the screen and in PDF.</translation>
        </message>
        <message>
            <source>The receipt printer is ready.</source>
            <translation>The receipt printer is ready.</translation>
        </message>
        <message>
            <source>Ticket %1, duplicate %2</source>
            <translation>Ticket %1, duplicate %2</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <source>Drawer opened</source>
            <translation>Drawer opened</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PrinterStatus</name>
        <message>
            <source>The printer's cover is open: close it.</source>
            <translation>The printer's cover is open: close it.</translation>
        </message>
        <message>
            <source>The printer is out of paper: load a roll.</source>
            <translation>The printer is out of paper: load a roll.</translation>
        </message>
        <message>
            <source>The printer reports an error (cutter, head): check it, then switch it off and on.</source>
            <translation>The printer reports an error (cutter, head): check it, then switch it off and on.</translation>
        </message>
        <message>
            <source>The printer is offline.</source>
            <translation>The printer is offline.</translation>
        </message>
        <message>
            <source>The paper roll is nearly finished.</source>
            <translation>The paper roll is nearly finished.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ProductListModel</name>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
    </context>
    <context>
        <name>comptoir::QuickKeys</name>
        <message>
            <source>This product is not sold here.</source>
            <translation>This product is not sold here.</translation>
        </message>
        <message>
            <source>%1 is already a favourite.</source>
            <translation>%1 is already a favourite.</translation>
        </message>
        <message>
            <source>The favourites page is full (%1 products): remove one first.</source>
            <translation>The favourites page is full (%1 products): remove one first.</translation>
        </message>
        <message>
            <source>This product is not a favourite.</source>
            <translation>This product is not a favourite.</translation>
        </message>
        <message>
            <source>Choose one of the French VAT rates.</source>
            <translation>Choose one of the French VAT rates.</translation>
        </message>
        <message>
            <source>This department has no key: ask head office.</source>
            <translation>This department has no key: ask head office.</translation>
        </message>
        <message>
            <source>Enter an amount such as 3,50.</source>
            <translation>Enter an amount such as 3.50.</translation>
        </message>
        <message>
            <source>%1 is more than this key may sell (%2): scan the items or ask a manager.</source>
            <translation>%1 is more than this key may sell (%2): scan the items or ask a manager.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Receipt</name>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>*** TRAINING MODE ***</source>
            <translation>*** TRAINING MODE ***</translation>
        </message>
        <message>
            <source>NOT A VALID RECEIPT</source>
            <translation>NOT A VALID RECEIPT</translation>
        </message>
        <message>
            <source>*** DUPLICATA No. %1 ***</source>
            <translation>*** DUPLICATA No. %1 ***</translation>
        </message>
        <message>
            <source>Tel. %1</source>
            <translation>Tel. %1</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>VAT No. %1</source>
            <translation>VAT No. %1</translation>
        </message>
        <message>
            <source>CANCELLATION</source>
            <translation>CANCELLATION</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <source>Register %1</source>
            <translation>Register %1</translation>
        </message>
        <message>
            <source>Clerk: %1</source>
            <translation>Clerk: %1</translation>
        </message>
        <message>
            <source>RETURN: %1</source>
            <translation>RETURN: %1</translation>
        </message>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Batch %1</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>Basket discount</source>
            <translation>Basket discount</translation>
        </message>
        <message>
            <source>TOTAL incl. VAT</source>
            <translation>TOTAL incl. VAT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Excl.</source>
            <translation>Excl.</translation>
        </message>
        <message>
            <source>Incl.</source>
            <translation>Incl.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>Signature %1</source>
            <translation>Signature %1</translation>
        </message>
        <message>
            <source>Card (offline)</source>
            <translation>Card (offline)</translation>
        </message>
        <message>
            <source>Loyalty points</source>
            <translation>Loyalty points</translation>
        </message>
        <message>
            <source>(%1 pts)</source>
            <translation>(%1 pts)</translation>
        </message>
        <message>
            <source>Loyalty points earned: %1</source>
            <translation>Loyalty points earned: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) returned</source>
            <translation>
                <numerusform>%n article returned</numerusform>
                <numerusform>%n articles returned</numerusform>
            </translation>
        </message>
        <message>
            <source>of ticket %1</source>
            <translation>of ticket %1</translation>
        </message>
        <message>
            <source>RETURN, ticket %1: %2</source>
            <translation>RETURN, ticket %1: %2</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>of %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptPdf</name>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Cannot create the folder for %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>The ticket's code cannot be drawn as a QR code.</source>
            <translation>The ticket's code cannot be drawn as a QR code.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptPrinter</name>
        <message>
            <source>The receipt printer (%1) cannot be reached: %2</source>
            <translation>The receipt printer (%1) cannot be reached: %2</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>no answer</translation>
        </message>
        <message>
            <source>The receipt printer (%1) does not answer status requests: the receipt is kept to print again.</source>
            <translation>The receipt printer (%1) does not answer status requests: the receipt is kept to print again.</translation>
        </message>
        <message>
            <source>the receipt could not be sent</source>
            <translation>the receipt could not be sent</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SaleJournal</name>
        <message>
            <source>No clerk is signed in.</source>
            <translation>No clerk is signed in.</translation>
        </message>
        <message>
            <source>The sale's amounts do not add up; it was not recorded. Call support.</source>
            <translation>The sale's amounts do not add up; it was not recorded. Call support.</translation>
        </message>
        <message>
            <source>Ticket %1 does not exist.</source>
            <translation>Ticket %1 does not exist.</translation>
        </message>
        <message>
            <source>Ticket %1 is itself a cancellation.</source>
            <translation>Ticket %1 is itself a cancellation.</translation>
        </message>
        <message>
            <source>Ticket %1 is already cancelled.</source>
            <translation>Ticket %1 is already cancelled.</translation>
        </message>
        <message>
            <source>Give the reason for the cancellation.</source>
            <translation>Give the reason for the cancellation.</translation>
        </message>
        <message>
            <source>Ticket %1 moved money on a card: cancel it at the register, where the terminal refunds the card.</source>
            <translation>Ticket %1 moved money on a card: cancel it at the register, where the terminal refunds the card.</translation>
        </message>
        <message>
            <source>Ticket %1 is not of today: its items are returned against it instead.</source>
            <translation>Ticket %1 is not of today: its items are returned against it instead.</translation>
        </message>
        <message>
            <source>Items of ticket %1 were returned already: return the rest of it instead.</source>
            <translation>Items of ticket %1 were returned already: return the rest of it instead.</translation>
        </message>
        <message>
            <source>Ticket %1 does not read as it was recorded: it cannot be cancelled. The journal check (comptoirctl verify) names what changed.</source>
            <translation>Ticket %1 does not read as it was recorded: it cannot be cancelled. The journal check (comptoirctl verify) names what changed.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SaleSession</name>
        <message>
            <source>Customer %1</source>
            <translation>Customer %1</translation>
        </message>
        <message>
            <source>The basket could not be saved: %1</source>
            <translation>The basket could not be saved: %1</translation>
        </message>
        <message>
            <source>The payment could not be saved: %1</source>
            <translation>The payment could not be saved: %1</translation>
        </message>
        <message>
            <source>Payment in progress: cancel it to change the basket.</source>
            <translation>Payment in progress: cancel it to change the basket.</translation>
        </message>
        <message>
            <source>Payment in progress: finish or cancel it before scanning.</source>
            <translation>Payment in progress: finish or cancel it before scanning.</translation>
        </message>
        <message>
            <source>%1 expired on %2.</source>
            <translation>%1 expired on %2.</translation>
        </message>
        <message>
            <source>This product is no longer in the catalog.</source>
            <translation>This product is no longer in the catalog.</translation>
        </message>
        <message>
            <source>This customer is no longer on this register.</source>
            <translation>This customer is no longer on this register.</translation>
        </message>
        <message>
            <source>No points can be used for this sale.</source>
            <translation>No points can be used for this sale.</translation>
        </message>
        <message>
            <source>Attach the customer first.</source>
            <translation>Attach the customer first.</translation>
        </message>
        <message>
            <source>Offer applied: %1.</source>
            <translation>Offer applied: %1.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Select a line first.</translation>
        </message>
        <message>
            <source>Enter a weight in kg, such as 0,750.</source>
            <translation>Enter a weight in kg, such as 0,750.</translation>
        </message>
        <message>
            <source>Enter a whole number of pieces.</source>
            <translation>Enter a whole number of pieces.</translation>
        </message>
        <message>
            <source>Enter the weight on the keypad.</source>
            <translation>Enter the weight on the keypad.</translation>
        </message>
        <message>
            <source>Enter a price such as 12,50.</source>
            <translation>Enter a price such as 12,50.</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100.</source>
            <translation>Enter a percentage between 0 and 100.</translation>
        </message>
        <message>
            <source>Enter an amount such as 5,00.</source>
            <translation>Enter an amount such as 5,00.</translation>
        </message>
        <message>
            <source>Sale cancelled.</source>
            <translation>Sale cancelled.</translation>
        </message>
        <message>
            <source>The basket is empty.</source>
            <translation>The basket is empty.</translation>
        </message>
        <message>
            <source>No payment is in progress.</source>
            <translation>No payment is in progress.</translation>
        </message>
        <message>
            <source>This sale has card payments from a terminal that is no longer set up: call support.</source>
            <translation>This sale has card payments from a terminal that is no longer set up: call support.</translation>
        </message>
        <message>
            <source>Give back %1.</source>
            <translation>Give back %1.</translation>
        </message>
        <message>
            <source>No ticket to reprint yet.</source>
            <translation>No ticket to reprint yet.</translation>
        </message>
        <message>
            <source>No ticket to cancel.</source>
            <translation>No ticket to cancel.</translation>
        </message>
        <message>
            <source>Ticket %1 cancelled by ticket %2: refund %3.</source>
            <translation>Ticket %1 cancelled by ticket %2: refund %3.</translation>
        </message>
        <message>
            <source>Basket of %1</source>
            <translation>Basket of %1</translation>
        </message>
        <message>
            <source>Basket parked: %1</source>
            <translation>Basket parked: %1</translation>
        </message>
        <message>
            <source>The sale in progress was restored.</source>
            <translation>The sale in progress was restored.</translation>
        </message>
        <message>
            <source>Finish or park the current basket first.</source>
            <translation>Finish or park the current basket first.</translation>
        </message>
        <message>
            <source>A card payment is with the terminal: wait for its answer, or stop waiting first.</source>
            <translation>A card payment is with the terminal: wait for its answer, or stop waiting first.</translation>
        </message>
        <message>
            <source>The label of %1 says %2: sell it free, or give its price.</source>
            <translation>The label of %1 says %2: sell it free, or give its price.</translation>
        </message>
        <message>
            <source>%1 has no price: sell it free, or give its price.</source>
            <translation>%1 has no price: sell it free, or give its price.</translation>
        </message>
        <message>
            <source>No item is waiting for its price.</source>
            <translation>No item is waiting for its price.</translation>
        </message>
        <message>
            <source>Enter a price such as 4,99.</source>
            <translation>Enter a price such as 4.99.</translation>
        </message>
        <message>
            <source>%1 sold free.</source>
            <translation>%1 sold free.</translation>
        </message>
        <message>
            <source>%1 added at %2.</source>
            <translation>%1 added at %2.</translation>
        </message>
        <message>
            <source>%1 left out of the sale.</source>
            <translation>%1 left out of the sale.</translation>
        </message>
        <message>
            <source>Weighing on the scale…</source>
            <translation>Weighing on the scale…</translation>
        </message>
        <message>
            <source>Enter the weight of %1 in kg.</source>
            <translation>Enter the weight of %1 in kg.</translation>
        </message>
        <message>
            <source>No item is waiting for its weight.</source>
            <translation>No item is waiting for its weight.</translation>
        </message>
        <message>
            <source>%1: %2 kg.</source>
            <translation>%1: %2 kg.</translation>
        </message>
        <message>
            <source>No scale is set up at this register: enter the weight.</source>
            <translation>No scale is set up at this register: enter the weight.</translation>
        </message>
        <message>
            <source>Quantity of %1 changed.</source>
            <translation>Quantity of %1 changed.</translation>
        </message>
        <message>
            <source>%1 removed.</source>
            <translation>%1 removed.</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nothing to undo.</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Miscellaneous</source>
            <translation>Miscellaneous</translation>
        </message>
        <message>
            <source>This ticket is not in this register's journal.</source>
            <translation>This ticket is not in this register's journal.</translation>
        </message>
        <message>
            <source>Ticket %1 is not of today: it cannot be cancelled, its items can be returned against it.</source>
            <translation>Ticket %1 is not of today: it cannot be cancelled, its items can be returned against it.</translation>
        </message>
        <message>
            <source>Open the ticket the items were bought with first.</source>
            <translation>Open the ticket the items were bought with first.</translation>
        </message>
        <message>
            <source>Type the weight returned in kg, such as 0,5.</source>
            <translation>Type the weight returned in kg, such as 0.5.</translation>
        </message>
        <message>
            <source>Type a whole number of pieces.</source>
            <translation>Type a whole number of pieces.</translation>
        </message>
        <message>
            <source>Not of today: return its items instead.</source>
            <translation>Not of today: return its items instead.</translation>
        </message>
        <message>
            <source>A ticket of %1: return its items here, or cancel it at its register.</source>
            <translation>A ticket of %1: return its items here, or cancel it at its register.</translation>
        </message>
        <message>
            <source>Ticket %1 of %2, found at head office.</source>
            <translation>Ticket %1 of %2, found at head office.</translation>
        </message>
        <message>
            <source>No register of the chain has this ticket: check the receipt, or find it by number.</source>
            <translation>No register of the chain has this ticket: check the receipt, or find it by number.</translation>
        </message>
        <message>
            <source>Head office cannot be reached: only this register's own tickets can be found now.</source>
            <translation>Head office cannot be reached: only this register's own tickets can be found now.</translation>
        </message>
        <message>
            <source>Head office could not give this ticket: try again, or return the items without it.</source>
            <translation>Head office could not give this ticket: try again, or return the items without it.</translation>
        </message>
        <message>
            <source>This ticket is not in this register's journal, and the register is not connected to head office to find another register's.</source>
            <translation>This ticket is not in this register's journal, and the register is not connected to head office to find another register's.</translation>
        </message>
        <message>
            <source>Another register's ticket: asking head office…</source>
            <translation>Another register's ticket: asking head office…</translation>
        </message>
        <message>
            <source>Ticket %1 is of %2, register %3: its duplicate is printed there.</source>
            <translation>Ticket %1 is of %2, register %3: its duplicate is printed there.</translation>
        </message>
        <message>
            <source>Ticket %1 is of %2, register %3: it is cancelled there; its items can be returned here.</source>
            <translation>Ticket %1 is of %2, register %3: it is cancelled there; its items can be returned here.</translation>
        </message>
        <message>
            <source>%1, register %2</source>
            <translation>%1, register %2</translation>
        </message>
        <message>
            <source>Items of it were returned already: return the rest instead.</source>
            <translation>Items of it were returned already: return the rest instead.</translation>
        </message>
        <message>
            <source>Ticket %1 is a training ticket: nothing of it is returned in real sales.</source>
            <translation>Ticket %1 is a training ticket: nothing of it is returned in real sales.</translation>
        </message>
        <message>
            <source>Ticket %1 is a real sale: it is not returned in training mode.</source>
            <translation>Ticket %1 is a real sale: it is not returned in training mode.</translation>
        </message>
        <message>
            <source>Items of ticket %1 were returned already: return the rest of it instead.</source>
            <translation>Items of ticket %1 were returned already: return the rest of it instead.</translation>
        </message>
        <message>
            <source>Head office is asked whether items of ticket %1 came back elsewhere: try again in a moment.</source>
            <translation>Head office is asked whether items of ticket %1 came back elsewhere: try again in a moment.</translation>
        </message>
        <message>
            <source>Refunded by card, or paid with points: return its items instead.</source>
            <translation>Refunded by card, or paid with points: return its items instead.</translation>
        </message>
        <message>
            <source>Paid by card and no terminal is set up: return its items instead.</source>
            <translation>Paid by card and no terminal is set up: return its items instead.</translation>
        </message>
        <message>
            <source>Ticket %1 moved money on a card: cancelling it would not move it back. Return its items instead.</source>
            <translation>Ticket %1 moved money on a card: cancelling it would not move it back. Return its items instead.</translation>
        </message>
        <message>
            <source>Ticket %1 was paid by card and no card terminal is set up: return its items and refund them in cash.</source>
            <translation>Ticket %1 was paid by card and no card terminal is set up: return its items and refund them in cash.</translation>
        </message>
        <message>
            <source>Give the reason for the cancellation.</source>
            <translation>Give the reason for the cancellation.</translation>
        </message>
        <message>
            <source>Cancelling ticket %1: the card is refunded through the terminal.</source>
            <translation>Cancelling ticket %1: the card is refunded through the terminal.</translation>
        </message>
        <message>
            <source>Items of ticket %1 in this basket were returned or cancelled meanwhile: take them out of the basket.</source>
            <translation>Items of ticket %1 in this basket were returned or cancelled meanwhile: take them out of the basket.</translation>
        </message>
        <message>
            <source>Enter the net weight of %1 in kg, without its %2 g container.</source>
            <translation>Enter the net weight of %1 in kg, without its %2 g container.</translation>
        </message>
        <message>
            <source>The scale weighs less than the %1 g container: put %2 on it in its container, then weigh again.</source>
            <translation>The scale weighs less than the %1 g container: put %2 on it in its container, then weigh again.</translation>
        </message>
        <message>
            <source>Sign in first: nothing is sold without a clerk.</source>
            <translation>Sign in first: nothing is sold without a clerk.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ScanInterpreter</name>
        <message>
            <source>Loyalty card %1 is not known on this register: find the customer by name or phone number.</source>
            <translation>Loyalty card %1 is not known on this register: find the customer by name or phone number.</translation>
        </message>
        <message>
            <source>Unknown product %1: put it aside and find it by name.</source>
            <translation>Unknown product %1: put it aside and find it by name.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ScanResult</name>
        <message>
            <source>Empty scan: scan the code again.</source>
            <translation>Empty scan: scan the code again.</translation>
        </message>
        <message>
            <source>Misread barcode %1 (wrong check digit): scan it again or type it.</source>
            <translation>Misread barcode %1 (wrong check digit): scan it again or type it.</translation>
        </message>
        <message>
            <source>Barcode %1 has a wrong length: scan it again.</source>
            <translation>Barcode %1 has a wrong length: scan it again.</translation>
        </message>
        <message>
            <source>Unreadable scan: check the scanner, then scan again.</source>
            <translation>Unreadable scan: check the scanner, then scan again.</translation>
        </message>
        <message>
            <source>Unreadable GS1 code: scan it again or type the product.</source>
            <translation>Unreadable GS1 code: scan it again or type the product.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SerialScanner</name>
        <message>
            <source>The scanner sent unreadable data. Scan again.</source>
            <translation>The scanner sent unreadable data. Scan again.</translation>
        </message>
        <message>
            <source>The scanner on %1 was disconnected. Reconnecting…</source>
            <translation>The scanner on %1 was disconnected. Reconnecting…</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SyncController</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Head office: not set up</source>
            <translation>Head office: not set up</translation>
        </message>
        <message>
            <source>Head office: in sync</source>
            <translation>Head office: in sync</translation>
        </message>
        <message>
            <source>Head office: unreachable, nothing waiting</source>
            <translation>Head office: unreachable, nothing waiting</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) waiting</source>
            <translation>
                <numerusform>%n ticket waiting</numerusform>
                <numerusform>%n tickets waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Head office: sending, %1</source>
            <translation>Head office: sending, %1</translation>
        </message>
        <message>
            <source>Head office unreachable: %1, oldest %2</source>
            <translation>Head office unreachable: %1, oldest %2</translation>
        </message>
        <message>
            <source>Head office: problem, %1, oldest %2</source>
            <translation>Head office: problem, %1, oldest %2</translation>
        </message>
        <message>
            <source>Last contact: %1</source>
            <translation>Last contact: %1</translation>
        </message>
        <message>
            <source>Last acknowledged by head office: %1</source>
            <translation>Last acknowledged by head office: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) acknowledged, %1 set aside</source>
            <translation>
                <numerusform>%n event acknowledged, %1 set aside</numerusform>
                <numerusform>%n events acknowledged, %1 set aside</numerusform>
            </translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <source>Selling does not wait for head office: every ticket is kept here until it is acknowledged.</source>
            <translation>Selling does not wait for head office: every ticket is kept here until it is acknowledged.</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>acknowledged</translation>
        </message>
        <message>
            <source>sent, awaiting acknowledgement</source>
            <translation>sent, awaiting acknowledgement</translation>
        </message>
        <message>
            <source>set aside</source>
            <translation>set aside</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>Head office: receiving the catalogue, %1 %</source>
            <translation>Head office: receiving the catalogue, %1 %</translation>
        </message>
        <message>
            <source>Catalogue, prices and customers from head office: %1 of %2 changes received</source>
            <translation>Catalogue, prices and customers from head office: %1 of %2 changes received</translation>
        </message>
        <message numerus="yes">
            <source>Preparing product search: %n product(s) left (scanning already works)</source>
            <translation>
                <numerusform>Preparing product search: %n product left (scanning already works)</numerusform>
                <numerusform>Preparing product search: %n products left (scanning already works)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue, prices and customers last updated by head office: %1</source>
            <translation>Catalogue, prices and customers last updated by head office: %1</translation>
        </message>
        <message>
            <source>Catalogue, prices and customers up to date (checked %1)</source>
            <translation>Catalogue, prices and customers up to date (checked %1)</translation>
        </message>
        <message>
            <source>Head office changed this register's payment terminals: restart the register to use them.</source>
            <translation>Head office changed this register's payment terminals: restart the register to use them.</translation>
        </message>
        <message>
            <source>Head office: connecting…</source>
            <translation>Head office: connecting…</translation>
        </message>
        <message>
            <source>Head office: connecting, %1</source>
            <translation>Head office: connecting, %1</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s) to send</source>
            <translation>
                <numerusform>%n sale to send</numerusform>
                <numerusform>%n sales to send</numerusform>
            </translation>
        </message>
        <message>
            <source>Head office: offline</source>
            <translation>Head office: offline</translation>
        </message>
        <message>
            <source>Head office: offline, %1</source>
            <translation>Head office: offline, %1</translation>
        </message>
        <message>
            <source>Head office: offline for %1</source>
            <translation>Head office: offline for %1</translation>
        </message>
        <message>
            <source>Head office: offline for %1, %2</source>
            <translation>Head office: offline for %1, %2</translation>
        </message>
        <message>
            <source>Head office: problem, tap for details</source>
            <translation>Head office: problem, tap for details</translation>
        </message>
        <message>
            <source>Head office: problem, %1</source>
            <translation>Head office: problem, %1</translation>
        </message>
        <message>
            <source>a moment</source>
            <translation>a moment</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TerminalController</name>
        <message numerus="yes">
            <source>%n card operation(s), debits %1, credits %2</source>
            <translation>
                <numerusform>%n card operation, debits %1, credits %2</numerusform>
                <numerusform>%n card operations, debits %1, credits %2</numerusform>
            </translation>
        </message>
        <message>
            <source>End of day on %1: %2. Differences: %3</source>
            <translation>End of day on %1: %2. Differences: %3</translation>
        </message>
        <message>
            <source>Connecting to the terminal…</source>
            <translation>Connecting to the terminal…</translation>
        </message>
        <message>
            <source>Sending the amount to the terminal…</source>
            <translation>Sending the amount to the terminal…</translation>
        </message>
        <message>
            <source>Present the card for the refund…</source>
            <translation>Present the card for the refund…</translation>
        </message>
        <message>
            <source>Present the card…</source>
            <translation>Present the card…</translation>
        </message>
        <message>
            <source>The terminal is answering…</source>
            <translation>The terminal is answering…</translation>
        </message>
        <message>
            <source>Checking with the terminal what happened…</source>
            <translation>Checking with the terminal what happened…</translation>
        </message>
        <message>
            <source>The terminal cannot reach the bank and card payments without it are not allowed in this store: take another means of payment.</source>
            <translation>The terminal cannot reach the bank and card payments without it are not allowed in this store: take another means of payment.</translation>
        </message>
        <message>
            <source>The terminal cannot reach the bank and the store's limit for stored card payments is reached: take another means of payment.</source>
            <translation>The terminal cannot reach the bank and the store's limit for stored card payments is reached: take another means of payment.</translation>
        </message>
        <message numerus="yes">
            <source>The terminal cannot reach the bank: card payments up to %1 are stored and sent later (%n more allowed, %2 in total).</source>
            <translation>
                <numerusform>The terminal cannot reach the bank: card payments up to %1 are stored and sent later (%n more allowed, %2 in total).</numerusform>
                <numerusform>The terminal cannot reach the bank: card payments up to %1 are stored and sent later (%n more allowed, %2 in total).</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>not checked yet</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>unreachable</translation>
        </message>
        <message>
            <source>working without the bank</source>
            <translation>working without the bank</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>model %1</source>
            <translation>model %1</translation>
        </message>
        <message>
            <source>serial %1</source>
            <translation>serial %1</translation>
        </message>
        <message>
            <source>software %1</source>
            <translation>software %1</translation>
        </message>
        <message>
            <source>network %1</source>
            <translation>network %1</translation>
        </message>
        <message>
            <source>battery %1 %</source>
            <translation>battery %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n stored payment(s), %1</source>
            <translation>
                <numerusform>%n stored payment, %1</numerusform>
                <numerusform>%n stored payments, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>last online authorisation %1</source>
            <translation>last online authorisation %1</translation>
        </message>
        <message>
            <source>The terminal stopped answering during the payment and cannot tell what happened.</source>
            <translation>The terminal stopped answering during the payment and cannot tell what happened.</translation>
        </message>
        <message>
            <source>The terminal answered for another transaction.</source>
            <translation>The terminal answered for another transaction.</translation>
        </message>
        <message>
            <source>The terminal approved a different amount.</source>
            <translation>The terminal approved a different amount.</translation>
        </message>
        <message>
            <source>The terminal's answer was lost.</source>
            <translation>The terminal's answer was lost.</translation>
        </message>
        <message>
            <source>Was the card refund of %1 at %2 (reference %3) accepted?</source>
            <translation>Was the card refund of %1 at %2 (reference %3) accepted?</translation>
        </message>
        <message>
            <source>Was the card payment of %1 at %2 (reference %3) accepted?</source>
            <translation>Was the card payment of %1 at %2 (reference %3) accepted?</translation>
        </message>
        <message>
            <source>Look at the terminal's screen or its last receipt (or its journal): answer "Accepted" only if it shows this amount as accepted.</source>
            <translation>Look at the terminal's screen or its last receipt (or its journal): answer "Accepted" only if it shows this amount as accepted.</translation>
        </message>
        <message>
            <source>The terminal is busy: close the day when no payment is running.</source>
            <translation>The terminal is busy: close the day when no payment is running.</translation>
        </message>
        <message>
            <source>Closing the day on the terminal…</source>
            <translation>Closing the day on the terminal…</translation>
        </message>
        <message>
            <source>End of day on %1: %2. The terminal matches the register's tickets.</source>
            <translation>End of day on %1: %2. The terminal matches the register's tickets.</translation>
        </message>
        <message>
            <source>Was the cancellation of the card payment of %1 at %2 (reference %3) accepted?</source>
            <translation>Was the cancellation of the card payment of %1 at %2 (reference %3) accepted?</translation>
        </message>
        <message>
            <source>refuses the register (security settings)</source>
            <translation>refuses the register (security settings)</translation>
        </message>
        <message>
            <source>End of day on %1: the terminal does not report its totals. The register counts %2: compare with the terminal's end-of-day receipt.</source>
            <translation>End of day on %1: the terminal does not report its totals. The register counts %2: compare with the terminal's end-of-day receipt.</translation>
        </message>
        <message>
            <source>End of day on %1: the terminal does not report its totals. The register counts %2. Differences: %3</source>
            <translation>End of day on %1: the terminal does not report its totals. The register counts %2. Differences: %3</translation>
        </message>
        <message>
            <source>No card terminal is set up on this register.</source>
            <translation>No card terminal is set up on this register.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TicketReturns</name>
        <message>
            <source>Ticket %1 is a cancellation: nothing to return.</source>
            <translation>Ticket %1 is a cancellation: nothing to return.</translation>
        </message>
        <message>
            <source>Return at least one.</source>
            <translation>Return at least one.</translation>
        </message>
        <message>
            <source>%1 was sold by the piece: return whole pieces.</source>
            <translation>%1 was sold by the piece: return whole pieces.</translation>
        </message>
        <message>
            <source>All of %1 has been returned already.</source>
            <translation>All of %1 has been returned already.</translation>
        </message>
        <message>
            <source>Only %1 of %2 is left to return on this ticket.</source>
            <translation>Only %1 of %2 is left to return on this ticket.</translation>
        </message>
        <message>
            <source>Ticket %1 has no such line.</source>
            <translation>Ticket %1 has no such line.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dialog06</name>
        <message>
            <source>The scale sent an answer that cannot be read (%1).</source>
            <translation>The scale sent an answer that cannot be read (%1).</translation>
        </message>
        <message>
            <source>The scale takes unit prices from 0.00 to 9999.99 per kg.</source>
            <translation>The scale takes unit prices from 0.00 to 9999.99 per kg.</translation>
        </message>
        <message>
            <source>The scale takes a tare from 0 to 9.999 kg.</source>
            <translation>The scale takes a tare from 0 to 9.999 kg.</translation>
        </message>
        <message>
            <source>record 02 with %1 fields</source>
            <translation>record 02 with %1 fields</translation>
        </message>
        <message>
            <source>The scale weighs in pounds: set it to kilograms (Dialog 06 status 3).</source>
            <translation>The scale weighs in pounds: set it to kilograms (Dialog 06 status 3).</translation>
        </message>
        <message>
            <source>record 02 with a malformed field</source>
            <translation>record 02 with a malformed field</translation>
        </message>
        <message>
            <source>record 09 with a malformed status</source>
            <translation>record 09 with a malformed status</translation>
        </message>
        <message>
            <source>record 11 without a verdict</source>
            <translation>record 11 without a verdict</translation>
        </message>
        <message>
            <source>record 11 with a malformed random number</source>
            <translation>record 11 with a malformed random number</translation>
        </message>
        <message>
            <source>record 11 with an unknown verdict</source>
            <translation>record 11 with an unknown verdict</translation>
        </message>
        <message>
            <source>unknown record "%1"</source>
            <translation>unknown record "%1"</translation>
        </message>
        <message>
            <source>no end of record after %1 bytes</source>
            <translation>no end of record after %1 bytes</translation>
        </message>
        <message>
            <source>a record of %1 bytes</source>
            <translation>a record of %1 bytes</translation>
        </message>
    </context>
</TS>
