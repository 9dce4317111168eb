#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A sale made through assistive technology alone.

Run by atspi_sale.sh inside a private D-Bus session with the AT-SPI bus and Xvfb, next to a
running `comptoir --demo --lang en`. Everything goes through Debian's pyatspi, the library screen
readers use: controls are found by their accessible names and pressed with the AT-SPI action
interface; no mouse or keyboard event is sent. Prints what it did and the figures it measured;
exits 1 at the first thing that does not hold.
"""
import sys
import time

import pyatspi

TIMEOUT_S = 60


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def wait_for(what, probe, timeout=TIMEOUT_S):
    """Polls the accessibility tree until probe() answers something (a state, never a sleep)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception:  # the tree changes under us while a screen opens: look again
            found = None
        if found:
            return found
        time.sleep(0.05)
    fail("timed out waiting for " + what)


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and (app.name or "").lower() == "comptoir":
            return app
    return None


def nodes(root):
    """Every node reachable from root, depth first, as assistive technology walks it."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        stack.extend(c for c in reversed(children) if c is not None)


def reachable_names(app):
    """The names of every node reachable from the application, read in one calm moment."""
    return wait_for("a complete walk of the tree", lambda: [n.name or "" for n in nodes(app)] or None)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(app, role, predicate):
    for node in nodes(app):
        if node.getRoleName() == role and predicate(node.name or "") and showing(node):
            return node
    return None


def press(node, find_again=None):
    """Presses NODE through its Press action. A control the screen replaced meanwhile (a list
    reloading) is found again with FIND_AGAIN and pressed then."""
    for _ in range(50):
        try:
            name = node.name  # a control may go with the screen it closes
            action = node.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            if "Press" not in names:
                fail(f"'{name}' offers no Press action (it offers {names})")
            if names.count("Press") != 1:
                fail(f"'{name}' lists Press {names.count('Press')} times")
            if not action.doAction(names.index("Press")):
                fail(f"'{name}' refused the Press action")
            print(f"pressed '{name}'")
            return
        except SystemExit:
            raise
        except Exception as error:  # gone from the tree under us
            if find_again is None:
                fail(f"pressing failed: {error}")
            node = wait_for("the control again", find_again)
    fail("the control kept going away")


def button(app, prefix):
    return wait_for(f"a button '{prefix}…'", lambda: find(app, "push button", lambda n: n.startswith(prefix)))


def press_button(app, prefix):
    finder = lambda: find(app, "push button", lambda n: n.startswith(prefix))
    press(wait_for(f"a button '{prefix}…'", finder), finder)


def sign_in(app, name="Sam", pin="9999", then="Product search"):
    """The sign-in screen through AT-SPI too: the clerk's tile, the PIN on the pad. Nothing of
    the selling screen is reachable behind it. Then waits for the text field named `then`
    (the selling screen's search), or for a label starting with it (a dialog the register opens
    for the clerk, which hides the selling screen)."""
    tile = button(app, f"Sign in as {name},")
    behind = [n for n in reachable_names(app) if n == "Product search" or n.startswith("Pay ")]
    print(f"sign-in screen: selling controls reachable behind it: {len(behind)}")
    if behind:
        fail(f"the sign-in screen leaves {behind} in the tree")
    press(tile)
    for digit in pin:
        press(wait_for(f"the pad's {digit}", lambda: find(app, "push button", lambda n: n == digit)))
    press_button(app, "Confirm the PIN")
    if then == "Product search":
        wait_for("the selling screen", lambda: find(app, "text", lambda n: n == then))
    else:
        wait_for(f"'{then}…'", lambda: find(app, "label", lambda n: n.startswith(then)))
    print(f"signed in as {name} through AT-SPI")


def main():
    app = wait_for("the Comptoir application on the AT-SPI bus", application)
    sign_in(app)

    # Every button on the selling screen offers Press.
    search = wait_for("the product search field", lambda: find(app, "text", lambda n: n == "Product search"))
    def survey():
        buttons = [n for n in nodes(app) if n.getRoleName() == "push button" and showing(n)]
        return buttons, [b.name for b in buttons if "Press" not in
                         [b.queryAction().getName(i) for i in range(b.queryAction().nActions)]]
    buttons, without = wait_for("the selling screen's buttons", survey)
    print(f"selling screen: {len(buttons)} buttons showing, {len(without)} without Press")
    if without or len(buttons) < 20:
        fail(f"buttons without Press: {without}")

    press_button(app, "Category Boulangerie")
    bakery = lambda: find(app, "push button", lambda n: n.startswith("Add ") and "/kg" not in n
                          and ("Baguette" in n or "Pain" in n or "Croissant" in n))
    tile = wait_for("a bakery product sold by the piece", bakery)
    tile_name = tile.name
    product = tile_name[len("Add "):].rsplit(",", 1)[0]
    same_tile = lambda: find(app, "push button", lambda n: n == tile_name)
    press(tile, same_tile)
    press(wait_for("the same product", same_tile), same_tile)
    line = wait_for(f"a basket line of 2 × {product}",
                    lambda: find(app, "list item", lambda n: n.startswith(product + ", quantity 2")))
    print(f"basket line: '{line.name}'")

    # The newest line is the selected one; selecting another moves the state.
    another = lambda: find(app, "push button", lambda n: n.startswith("Add ") and "/kg" not in n
                           and not n.startswith("Add " + product + ","))
    other = wait_for("another bakery product", another)
    other_product = other.name[len("Add "):].rsplit(",", 1)[0]
    press(other, another)
    second_line = lambda: find(app, "list item", lambda n: n.startswith(other_product + ", quantity 1"))
    first_line = lambda: find(app, "list item", lambda n: n.startswith(product + ", quantity 2"))
    selected = lambda node: node.getState().contains(pyatspi.STATE_SELECTED)
    wait_for("the newest line selected, the first not",
             lambda: selected(second_line()) and not selected(first_line()))
    press(wait_for("the first line", first_line), first_line)
    wait_for("the first line's selected state", lambda: selected(first_line()) and not selected(second_line()))
    print(f"basket line selected: '{first_line().name}' SELECTED, '{second_line().name}' not")
    press_button(app, "One more " + product)
    line = wait_for(f"a basket line of 3 × {product}",
                    lambda: find(app, "list item", lambda n: n.startswith(product + ", quantity 3")))
    total = wait_for("the total", lambda: find(app, "label", lambda n: n.startswith("Total ")))
    total_text = total.name.split(" ", 1)[1]
    print(f"basket: '{line.name}', total {total_text}")

    # A dialog hides the selling screen from the tree.
    press_button(app, "Find a customer")
    close = wait_for("the customer search dialog", lambda: find(app, "push button", lambda n: n == "Close"))
    behind = [n for n in reachable_names(app) if n in ("Product search", "Category Boulangerie")
              or n.startswith("Pay ")]
    print(f"customer search dialog: selling controls reachable behind it: {len(behind)}")
    if behind:
        fail(f"the dialog leaves {behind} in the tree")
    press(close)
    wait_for("the selling screen", lambda: find(app, "text", lambda n: n == "Product search"))

    # The payment screen hides the sale from the tree.
    press_button(app, "Pay ")
    wait_for("the payment screen", lambda: find(app, "push button", lambda n: n == "Pay in cash"))
    reachable = [n for n in reachable_names(app) if n in ("Product search", "Category Boulangerie")]
    print(f"payment screen: sale controls reachable behind it: {len(reachable)}")
    if reachable:
        fail(f"the payment screen leaves {reachable} in the tree")

    press_button(app, "Cash ")
    # The exact amount in cash completes the sale; a "Validate" step, if any, is pressed too.
    wait_for("the receipt screen or Validate",
             lambda: find(app, "label", lambda n: n.startswith("Ticket ") and n.endswith(" recorded"))
             or find(app, "push button", lambda n: n == "Validate the sale"))
    validate = find(app, "push button", lambda n: n == "Validate the sale")
    if validate is not None:
        press(validate)
    title = wait_for("the receipt screen", lambda: find(app, "label", lambda n: n.startswith("Ticket ") and
                                                        n.endswith(" recorded")))
    receipt = wait_for("the receipt", lambda: find(app, "label", lambda n: n == "Receipt"))
    text = receipt.queryText()
    content = text.getText(0, text.characterCount).replace("\u2029", "\n")
    print(f"'{title.name}'; receipt exposed as text: {text.characterCount} characters,"
          f" {content.count(chr(10)) + 1} lines")
    if product not in content or total_text not in content:
        fail(f"the receipt's text lacks the product or the total:\n{content}")

    press_button(app, "Start a new sale")
    wait_for("the selling screen again", lambda: find(app, "text", lambda n: n == "Product search"))
    wait_for("an empty basket", lambda: find(app, "label", lambda n: n == "Total €0.00"))
    print("OK: a sale made through AT-SPI actions alone, with no mouse or keyboard event")


if __name__ == "__main__":
    main()
