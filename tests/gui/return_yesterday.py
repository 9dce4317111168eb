#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A customer brings back yesterday's purchase, paid by card: the ticket found, one item taken
back, the money back on the card. Then a card sale of today cancelled in one step.

Run twice by return_yesterday.sh next to a running `comptoir --demo --lang en`, through Debian's
pyatspi as atspi_sale.py is (controls found by accessible name, pressed with the AT-SPI action
interface): `sell` under faketime a day back, `return` then `cancel` today on the same register.
Today's first clerk closes yesterday (its Z) before anything is sold: the register asks for it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyatspi  # noqa: E402
from atspi_sale import fail, find, press, press_button, sign_in, wait_for  # noqa: E402


def application():
    """The register started last (COMPTOIR_PID): the one stopped before may linger on the bus."""
    pid = int(os.environ["COMPTOIR_PID"])
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and (app.name or "").lower() == "comptoir" and app.get_process_id() == pid:
            return app
    return None


def receipt_text(app, name="Receipt"):
    receipt = wait_for(f"the {name.lower()}", lambda: find(app, "label", lambda n: n == name))
    text = receipt.queryText()
    return text.getText(0, text.characterCount).replace("\u2029", "\n")


def sell(app):
    press_button(app, "Add Croissant au beurre, ")
    press_button(app, "Add Croissant au beurre, ")
    press_button(app, "Add Baguette tradition, ")
    wait_for("two lines", lambda: find(app, "list item", lambda n: n.startswith("Croissant au beurre, quantity 2")))
    press_button(app, "Pay ")
    press_button(app, "Pay by card")
    title = wait_for("the receipt screen", lambda: find(app, "label", lambda n: n == "Ticket 1 recorded"))
    content = receipt_text(app)
    print(f"'{title.name}', receipt of {content.count(chr(10)) + 1} lines")


def close_yesterday(app):
    """A new business day: before anything is sold, the register asks for yesterday's Z."""
    wait_for("the closings, opened by themselves",
             lambda: find(app, "label", lambda n: n.startswith("The day of ") and "is not closed" in n))
    press_button(app, "Close the day (Z)")
    press_button(app, "Confirm: close the day now, for good")
    title = wait_for("the Z on the screen", lambda: find(app, "label", lambda n: n.startswith("Day closing (Z) — ")))
    content = receipt_text(app, "Closing report")
    if "DAY CLOSING (Z) No. 1" not in content or "Tickets 1 to 1" not in content:
        fail(f"the Z does not close yesterday's ticket:\n{content}")
    print(f"'{title.name}': ticket 1 closed, {content.count(chr(10)) + 1} lines")
    press_button(app, "Close the closings dialog")


def give_back(app):
    close_yesterday(app)
    press_button(app, "Find a ticket to print again, cancel or return")
    row = lambda: find(app, "push button", lambda n: n.startswith("Open ticket 1 of "))
    press(wait_for("ticket 1 in the list", row), row)
    title = wait_for("the ticket found", lambda: find(app, "label", lambda n: n == "Ticket 1, found in the journal"))
    print(f"'{title.name}'")
    # Cancelling is for today's tickets: the button says it is off, as the screen greys it out
    # (our interface adds what Qt 6.4 leaves out), and pressing it anyway does nothing (the
    # tickets are checked at the end).
    cancel = wait_for("the Cancel ticket button",
                      lambda: find(app, "push button", lambda n: n == "Cancel this ticket with a reversing ticket"))
    states = cancel.getState()
    if states.contains(pyatspi.STATE_SENSITIVE) or states.contains(pyatspi.STATE_ENABLED):
        fail("'Cancel ticket' is greyed out on the screen but reads as enabled to assistive technology")
    returns = wait_for("the Return items button",
                       lambda: find(app, "push button", lambda n: n == "Return items of this ticket"))
    if not returns.getState().contains(pyatspi.STATE_SENSITIVE):
        fail("'Return items' is enabled on the screen but reads as disabled")
    print("'Cancel ticket' reads as disabled, 'Return items' as enabled")
    press_button(app, "Cancel this ticket with a reversing ticket")
    press_button(app, "Return items of this ticket")
    press_button(app, "One more Croissant au beurre")
    press_button(app, "Return reason: Defective")
    press_button(app, "Take the chosen items back")
    line = wait_for("the returned croissant",
                    lambda: find(app, "list item", lambda n: n.startswith("Croissant au beurre, quantity -1")))
    print(f"basket: '{line.name}'")
    press_button(app, "Refund -€1.10")
    press_button(app, "Refund to the card that paid ticket 1")
    wait_for("the refund recorded", lambda: find(app, "label", lambda n: n == "Ticket 2 recorded"))
    content = receipt_text(app)
    slip = receipt_text(app, "Card slip")
    if "RETURN" not in content or "-1.10" not in content or "CREDIT" not in slip:
        fail(f"the refund's receipt lacks the return of -1.10, or the card slip its CREDIT:\n{content}\n{slip}")
    print(f"receipt: the return, -1.10 on the card; card slip: {slip.count(chr(10)) + 1} lines, CREDIT")
    print("OK: yesterday's ticket found, one croissant taken back, 1.10 refunded to its card")


def cancel_today(app):
    """A card sale of today cancelled in one step: the terminal refunds the card, the reversing
    ticket records that refund."""
    press_button(app, "Start a new sale")
    press_button(app, "Add Baguette tradition, ")
    press_button(app, "Pay ")
    press_button(app, "Pay by card")
    wait_for("the card sale recorded", lambda: find(app, "label", lambda n: n == "Ticket 3 recorded"))
    cancel = wait_for("the Cancel ticket button",
                      lambda: find(app, "push button", lambda n: n == "Cancel this ticket with a reversing ticket"))
    if not cancel.getState().contains(pyatspi.STATE_SENSITIVE):
        fail("'Cancel ticket' reads as disabled on a card ticket of today")
    press_button(app, "Cancel this ticket with a reversing ticket")
    press_button(app, "Cancel the ticket")
    wait_for("the cancellation recorded", lambda: find(app, "label", lambda n: n == "Ticket 4 recorded"))
    content = receipt_text(app)
    slip = receipt_text(app, "Card slip")
    if "CANCELLATION" not in content or "-1.30" not in content or "CREDIT" not in slip:
        fail(f"the cancellation's receipt lacks CANCELLATION and -1.30, or the card slip its CREDIT:\n{content}\n{slip}")
    print(f"receipt: CANCELLATION of ticket 3, -1.30 on the card; card slip: {slip.count(chr(10)) + 1} lines, CREDIT")
    print("OK: today's card ticket cancelled in one step, 1.30 refunded to its card")


def main():
    app = wait_for("the Comptoir application on the AT-SPI bus", application)
    if sys.argv[1] == "return":  # the first clerk of the day is asked for yesterday's Z
        sign_in(app, then="The day of ")
    elif sys.argv[1] != "cancel":  # cancel runs on the register `return` signed in at
        sign_in(app)
    {"sell": sell, "return": give_back, "cancel": cancel_today}[sys.argv[1]](app)


if __name__ == "__main__":
    main()
