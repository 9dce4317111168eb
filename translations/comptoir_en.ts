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
            <source>Last receipt</source>
            <translation>Last receipt</translation>
        </message>
        <message>
            <source>Reprint the last receipt</source>
            <translation>Reprint the last receipt</translation>
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
            <source>Already paid: %1. Give it back to the customer (refund on the terminal, return the cheque), then cancel the payment.</source>
            <translation>Already paid: %1. Give it back to the customer (refund on the terminal, return the cheque), then cancel the payment.</translation>
        </message>
        <message>
            <source>Given back: cancel the payment</source>
            <translation>Given back: cancel the payment</translation>
        </message>
    </context>
    <context>
        <name>ProductTile</name>
        <message>
            <source>Add %1, %2</source>
            <translation>Add %1, %2</translation>
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
            <source>Cancel ticket %1? A reversing ticket is recorded and the customer is refunded.</source>
            <translation>Cancel ticket %1? A reversing ticket is recorded and the customer is refunded.</translation>
        </message>
        <message>
            <source>Cancel the ticket</source>
            <translation>Cancel the ticket</translation>
        </message>
        <message>
            <source>Cancelled at the counter</source>
            <translation>Cancelled at the counter</translation>
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
            <source>%1 · Register %2 · %3</source>
            <translation>%1 · Register %2 · %3</translation>
        </message>
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
    </context>
    <context>
        <name>comptoir::Counter</name>
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
            <source>Payment in progress: finish or cancel it before scanning.</source>
            <translation>Payment in progress: finish or cancel it before scanning.</translation>
        </message>
        <message>
            <source>Unknown product %1: put it aside and find it by name.</source>
            <translation>Unknown product %1: put it aside and find it by name.</translation>
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
            <source>%1 is sold by weight: enter the weight in kg.</source>
            <translation>%1 is sold by weight: enter the weight in kg.</translation>
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
            <source>Enter an amount such as 20 or 12,50.</source>
            <translation>Enter an amount such as 20 or 12,50.</translation>
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
            <source>No receipt to save yet.</source>
            <translation>No receipt to save yet.</translation>
        </message>
        <message>
            <source>Receipt saved: %1</source>
            <translation>Receipt saved: %1</translation>
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
    </context>
    <context>
        <name>comptoir::PosContext</name>
        <message>
            <source>Serial scanner setting "%1" is not valid (expected /dev/ttyACM0:9600:8N1).</source>
            <translation>Serial scanner setting "%1" is not valid (expected /dev/ttyACM0:9600:8N1).</translation>
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
</TS>
