<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActionBar</name>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Return the selected item</source>
            <translation>Reprendre l'article sélectionné</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation>Supprimer la ligne sélectionnée</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Remise</translation>
        </message>
        <message>
            <source>Discount on the whole basket</source>
            <translation>Remise sur tout le panier</translation>
        </message>
        <message>
            <source>Park</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Parked (%1)</source>
            <translation>En attente (%1)</translation>
        </message>
        <message>
            <source>Park this basket</source>
            <translation>Mettre ce panier en attente</translation>
        </message>
        <message>
            <source>Parked baskets</source>
            <translation>Paniers en attente</translation>
        </message>
        <message>
            <source>Cancel sale</source>
            <translation>Annuler la vente</translation>
        </message>
        <message>
            <source>Cancel the whole sale</source>
            <translation>Annuler toute la vente</translation>
        </message>
        <message>
            <source>Last receipt</source>
            <translation>Dernier ticket</translation>
        </message>
        <message>
            <source>Reprint the last receipt</source>
            <translation>Réimprimer le dernier ticket</translation>
        </message>
        <message>
            <source>Keypad</source>
            <translation>Pavé numérique</translation>
        </message>
        <message>
            <source>Open the keypad</source>
            <translation>Ouvrir le pavé numérique</translation>
        </message>
        <message>
            <source>Cancel this sale? The basket will be emptied.</source>
            <translation>Annuler cette vente ? Le panier sera vidé.</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Annuler la vente</translation>
        </message>
    </context>
    <context>
        <name>BasketDiscountDialog</name>
        <message>
            <source>Discount on the basket</source>
            <translation>Remise sur le panier</translation>
        </message>
        <message>
            <source>Discount as a percentage</source>
            <translation>Remise en pourcentage</translation>
        </message>
        <message>
            <source>Discount as an amount</source>
            <translation>Remise en montant</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Retour, sans rien changer</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Apply the basket discount</source>
            <translation>Appliquer la remise sur le panier</translation>
        </message>
    </context>
    <context>
        <name>BasketLineDelegate</name>
        <message>
            <source>%1, quantity %2, %3</source>
            <translation>%1, quantité %2, %3</translation>
        </message>
        <message>
            <source>Return (%1) · </source>
            <translation>Retour (%1) · </translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>One less %1</source>
            <translation>Un %1 de moins</translation>
        </message>
        <message>
            <source>One more %1</source>
            <translation>Un %1 de plus</translation>
        </message>
    </context>
    <context>
        <name>BasketPanel</name>
        <message>
            <source>Basket</source>
            <translation>Panier</translation>
        </message>
        <message>
            <source>Scan an item or tap a product to start a sale.</source>
            <translation>Scannez un article ou touchez un produit pour commencer une vente.</translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <source>Search a product, a SKU or a barcode (F2)</source>
            <translation>Chercher un produit, une référence ou un code-barres (F2)</translation>
        </message>
        <message>
            <source>Product search</source>
            <translation>Recherche de produit</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Rayon %1</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) for “%1”</source>
            <translation>
                <numerusform>%n produit pour « %1 »</numerusform>
                <numerusform>%n produits pour « %1 »</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Retour, sans rien changer</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Disc. %</source>
            <translation>Remise %</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Keypad mode: %1</source>
            <translation>Mode du pavé : %1</translation>
        </message>
        <message>
            <source>barcode or SKU</source>
            <translation>code-barres ou référence</translation>
        </message>
        <message>
            <source>select a line</source>
            <translation>aucune ligne</translation>
        </message>
        <message>
            <source>Clear the keypad</source>
            <translation>Effacer le pavé</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Apply the keypad entry</source>
            <translation>Appliquer la saisie du pavé</translation>
        </message>
        <message>
            <source>quantity or kg</source>
            <translation>quantité ou kg</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>prix unitaire</translation>
        </message>
        <message>
            <source>% off</source>
            <translation>% de remise</translation>
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
            <translation>Effacer le dernier chiffre</translation>
        </message>
        <message>
            <source>Decimal comma</source>
            <translation>Virgule</translation>
        </message>
    </context>
    <context>
        <name>ParkedDialog</name>
        <message>
            <source>Park the current basket (%1)</source>
            <translation>Mettre le panier en attente (%1)</translation>
        </message>
        <message>
            <source>Name (optional): customer, phone…</source>
            <translation>Nom (facultatif) : client, téléphone…</translation>
        </message>
        <message>
            <source>Name of the parked basket</source>
            <translation>Nom du panier en attente</translation>
        </message>
        <message>
            <source>Park</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Park the basket</source>
            <translation>Mettre le panier en attente</translation>
        </message>
        <message>
            <source>Parked baskets</source>
            <translation>Paniers en attente</translation>
        </message>
        <message>
            <source>No parked basket.</source>
            <translation>Aucun panier en attente.</translation>
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
            <translation>Reprendre %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>PayButton</name>
        <message>
            <source>Refund %1</source>
            <translation>Rembourser %1</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>Encaisser %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentPage</name>
        <message>
            <source>To refund</source>
            <translation>À rembourser</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>À payer</translation>
        </message>
        <message>
            <source>Remove the payment %1 %2</source>
            <translation>Retirer le paiement %1 %2</translation>
        </message>
        <message>
            <source>Remaining: %1</source>
            <translation>Reste à payer : %1</translation>
        </message>
        <message>
            <source>Cancel payment (Esc)</source>
            <translation>Annuler l'encaissement (Échap)</translation>
        </message>
        <message>
            <source>Cancel the payment and go back to the basket</source>
            <translation>Annuler l'encaissement et revenir au panier</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Validate the sale</source>
            <translation>Valider la vente</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Espèces reçues</translation>
        </message>
        <message>
            <source>Exact %1 (F9)</source>
            <translation>Compte juste %1 (F9)</translation>
        </message>
        <message>
            <source>Cash %1</source>
            <translation>Espèces %1</translation>
        </message>
        <message>
            <source>other amount</source>
            <translation>autre montant</translation>
        </message>
        <message>
            <source>Clear the amount</source>
            <translation>Effacer le montant</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Pay in cash</source>
            <translation>Payer en espèces</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Pay by card</source>
            <translation>Payer par carte</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Chèque</translation>
        </message>
        <message>
            <source>Pay by cheque</source>
            <translation>Payer par chèque</translation>
        </message>
        <message>
            <source>Was the card payment of %1 approved on the terminal?</source>
            <translation>Le paiement par carte de %1 a-t-il été accepté sur le terminal ?</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Already paid: %1. Give it back to the customer (refund on the terminal, return the cheque), then cancel the payment.</source>
            <translation>Déjà payé : %1. Rendez-le au client (remboursement sur le terminal, restitution du chèque), puis annulez l'encaissement.</translation>
        </message>
        <message>
            <source>Given back: cancel the payment</source>
            <translation>Rendu : annuler l'encaissement</translation>
        </message>
    </context>
    <context>
        <name>ProductTile</name>
        <message>
            <source>Add %1, %2</source>
            <translation>Ajouter %1, %2</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPage</name>
        <message>
            <source>Ticket %1 recorded</source>
            <translation>Ticket %1 enregistré</translation>
        </message>
        <message>
            <source>Give back %1</source>
            <translation>Rendre %1</translation>
        </message>
        <message>
            <source>New sale (F12)</source>
            <translation>Nouvelle vente (F12)</translation>
        </message>
        <message>
            <source>Start a new sale</source>
            <translation>Commencer une nouvelle vente</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimprimer</translation>
        </message>
        <message>
            <source>Reprint the receipt (duplicate)</source>
            <translation>Réimprimer le ticket (duplicata)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Save the receipt as PDF</source>
            <translation>Enregistrer le ticket en PDF</translation>
        </message>
        <message>
            <source>Cancel ticket</source>
            <translation>Annuler le ticket</translation>
        </message>
        <message>
            <source>Cancel this ticket with a reversing ticket</source>
            <translation>Annuler ce ticket par un ticket d'annulation</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Cancel ticket %1? A reversing ticket is recorded and the customer is refunded.</source>
            <translation>Annuler le ticket %1 ? Un ticket d'annulation est enregistré et le client est remboursé.</translation>
        </message>
        <message>
            <source>Cancel the ticket</source>
            <translation>Annuler le ticket</translation>
        </message>
        <message>
            <source>Cancelled at the counter</source>
            <translation>Annulé en caisse</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Why is the item returned?</source>
            <translation>Pourquoi l'article est-il rendu ?</translation>
        </message>
        <message>
            <source>Return reason: %1</source>
            <translation>Motif du retour : %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back, change nothing</source>
            <translation>Retour, sans rien changer</translation>
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <source>Comptoir cannot start</source>
            <translation>Comptoir ne peut pas démarrer</translation>
        </message>
        <message>
            <source>No sale has been lost: the data stays on this register. Call your IT support and give them this message.</source>
            <translation>Aucune vente n'est perdue : les données restent sur cette caisse. Appelez votre support informatique et donnez-lui ce message.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close Comptoir</source>
            <translation>Fermer Comptoir</translation>
        </message>
    </context>
    <context>
        <name>StatusHeader</name>
        <message>
            <source>%1 · Register %2 · %3</source>
            <translation>%1 · Caisse %2 · %3</translation>
        </message>
        <message>
            <source>TRAINING</source>
            <translation>FORMATION</translation>
        </message>
        <message>
            <source>Switch to English</source>
            <translation>Passer en anglais</translation>
        </message>
        <message>
            <source>Switch to French</source>
            <translation>Passer en français</translation>
        </message>
    </context>
    <context>
        <name>TotalsPanel</name>
        <message>
            <source>Subtotal %1 · Basket discount</source>
            <translation>Sous-total %1 · Remise panier</translation>
        </message>
        <message>
            <source>%1 VAT %2 on %3</source>
            <translation>%1 TVA %2 sur %3</translation>
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
            <translation>Cette ligne n'est plus dans le panier.</translation>
        </message>
        <message>
            <source>%1 is no longer sold.</source>
            <translation>%1 n'est plus vendu.</translation>
        </message>
        <message>
            <source>Quantity out of range.</source>
            <translation>Quantité hors limites.</translation>
        </message>
        <message>
            <source>The label's weight is not plausible.</source>
            <translation>Le poids de l'étiquette n'est pas plausible.</translation>
        </message>
        <message>
            <source>A quantity of zero: remove the line instead.</source>
            <translation>Quantité nulle : supprimez plutôt la ligne.</translation>
        </message>
        <message>
            <source>%1 is sold by the piece: enter a whole number.</source>
            <translation>%1 est vendu à l'unité : saisissez un nombre entier.</translation>
        </message>
        <message>
            <source>This item is priced by its label: scan each item.</source>
            <translation>Le prix de cet article est sur son étiquette : scannez chaque article.</translation>
        </message>
        <message>
            <source>Use Return to take an item back (a reason is needed).</source>
            <translation>Utilisez Retour pour reprendre un article (un motif est nécessaire).</translation>
        </message>
        <message>
            <source>Price out of range.</source>
            <translation>Prix hors limites.</translation>
        </message>
        <message>
            <source>This item is priced by its label.</source>
            <translation>Le prix de cet article vient de son étiquette.</translation>
        </message>
        <message>
            <source>A returned item cannot be discounted.</source>
            <translation>Un article rendu ne peut pas être remisé.</translation>
        </message>
        <message>
            <source>Discount out of range.</source>
            <translation>Remise hors limites.</translation>
        </message>
        <message>
            <source>The discount is larger than the line.</source>
            <translation>La remise dépasse le montant de la ligne.</translation>
        </message>
        <message>
            <source>Choose the reason for the return.</source>
            <translation>Choisissez le motif du retour.</translation>
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
            <translation>−%1 % (%2)</translation>
        </message>
        <message>
            <source>Discount %1</source>
            <translation>Remise %1</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Lot %1</translation>
        </message>
        <message>
            <source>Use by %1</source>
            <translation>À consommer jusqu'au %1</translation>
        </message>
        <message>
            <source>Price changed</source>
            <translation>Prix modifié</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CatalogCsvImporter</name>
        <message>
            <source>empty barcode</source>
            <translation>code-barres vide</translation>
        </message>
        <message>
            <source>barcode %1 has characters a scanner cannot send</source>
            <translation>le code-barres %1 contient des caractères qu'un lecteur ne peut pas envoyer</translation>
        </message>
        <message>
            <source>barcode %1 has a wrong check digit</source>
            <translation>le code-barres %1 a une clé de contrôle fausse</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Impossible d'ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>Missing column "%1" in the header line.</source>
            <translation>Colonne « %1 » absente de la ligne d'en-tête.</translation>
        </message>
        <message>
            <source>Missing column "price" in the header line.</source>
            <translation>Colonne « price » absente de la ligne d'en-tête.</translation>
        </message>
        <message>
            <source>%1 columns instead of %2</source>
            <translation>%1 colonnes au lieu de %2</translation>
        </message>
        <message>
            <source>the SKU is empty</source>
            <translation>la référence est vide</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>le libellé est vide</translation>
        </message>
        <message>
            <source>SKU %1 appears twice in the file</source>
            <translation>la référence %1 figure deux fois dans le fichier</translation>
        </message>
        <message>
            <source>price "%1" is not a valid amount</source>
            <translation>le prix « %1 » n'est pas un montant valide</translation>
        </message>
        <message>
            <source>VAT rate "%1" is not a French rate (20, 10, 5.5, 2.1 or 0)</source>
            <translation>le taux de TVA « %1 » n'est pas un taux français (20, 10, 5,5, 2,1 ou 0)</translation>
        </message>
        <message>
            <source>sold_by_weight and active take 0 or 1</source>
            <translation>sold_by_weight et active valent 0 ou 1</translation>
        </message>
        <message>
            <source>barcode %1 is already used by SKU %2</source>
            <translation>le code-barres %1 est déjà utilisé par la référence %2</translation>
        </message>
        <message>
            <source>category "%1" is not usable</source>
            <translation>le rayon « %1 » n'est pas utilisable</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Checkout</name>
        <message>
            <source>The basket is empty.</source>
            <translation>Le panier est vide.</translation>
        </message>
        <message>
            <source>Unknown means of payment.</source>
            <translation>Moyen de paiement inconnu.</translation>
        </message>
        <message>
            <source>Enter an amount.</source>
            <translation>Saisissez un montant.</translation>
        </message>
        <message>
            <source>The amount must be positive.</source>
            <translation>Le montant doit être positif.</translation>
        </message>
        <message>
            <source>The sale is already paid.</source>
            <translation>La vente est déjà payée.</translation>
        </message>
        <message>
            <source>Only cash can exceed the amount due (%1).</source>
            <translation>Seules les espèces peuvent dépasser le montant dû (%1).</translation>
        </message>
        <message>
            <source>%1 in cash for %2 due: check the amount.</source>
            <translation>%1 en espèces pour %2 dus : vérifiez le montant.</translation>
        </message>
        <message>
            <source>The refund cannot exceed %1.</source>
            <translation>Le remboursement ne peut pas dépasser %1.</translation>
        </message>
        <message>
            <source>No such payment.</source>
            <translation>Ce paiement n'existe pas.</translation>
        </message>
        <message>
            <source>%1 is still due.</source>
            <translation>Il reste %1 à payer.</translation>
        </message>
        <message>
            <source>Card and cheque payments exceed the amount due: cancel the payment.</source>
            <translation>Les paiements par carte et chèque dépassent le montant dû : annulez l'encaissement.</translation>
        </message>
        <message>
            <source>Cancel the payment before parking the basket.</source>
            <translation>Annulez l'encaissement avant de mettre le panier en attente.</translation>
        </message>
        <message>
            <source>Finish or park the current basket first.</source>
            <translation>Terminez ou mettez d'abord en attente le panier en cours.</translation>
        </message>
        <message>
            <source>This parked basket is no longer available.</source>
            <translation>Ce panier en attente n'est plus disponible.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Counter</name>
        <message>
            <source>The basket could not be saved: %1</source>
            <translation>Le panier n'a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>The payment could not be saved: %1</source>
            <translation>Le paiement n'a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Payment in progress: cancel it to change the basket.</source>
            <translation>Encaissement en cours : annulez-le pour modifier le panier.</translation>
        </message>
        <message>
            <source>Defective</source>
            <translation>Défectueux</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Mauvaise taille</translation>
        </message>
        <message>
            <source>Changed mind</source>
            <translation>Changement d'avis</translation>
        </message>
        <message>
            <source>Damaged in transit</source>
            <translation>Abîmé au transport</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Payment in progress: finish or cancel it before scanning.</source>
            <translation>Encaissement en cours : terminez-le ou annulez-le avant de scanner.</translation>
        </message>
        <message>
            <source>Unknown product %1: put it aside and find it by name.</source>
            <translation>Produit inconnu %1 : mettez-le de côté et cherchez-le par son nom.</translation>
        </message>
        <message>
            <source>%1 expired on %2.</source>
            <translation>%1 est périmé depuis le %2.</translation>
        </message>
        <message>
            <source>This product is no longer in the catalog.</source>
            <translation>Ce produit n'est plus au catalogue.</translation>
        </message>
        <message>
            <source>%1 is sold by weight: enter the weight in kg.</source>
            <translation>%1 est vendu au poids : saisissez le poids en kg.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Choisissez d'abord une ligne.</translation>
        </message>
        <message>
            <source>Enter a weight in kg, such as 0,750.</source>
            <translation>Saisissez un poids en kg, par exemple 0,750.</translation>
        </message>
        <message>
            <source>Enter a whole number of pieces.</source>
            <translation>Saisissez un nombre entier d'articles.</translation>
        </message>
        <message>
            <source>Enter the weight on the keypad.</source>
            <translation>Saisissez le poids sur le pavé.</translation>
        </message>
        <message>
            <source>Enter a price such as 12,50.</source>
            <translation>Saisissez un prix, par exemple 12,50.</translation>
        </message>
        <message>
            <source>Enter a percentage between 0 and 100.</source>
            <translation>Saisissez un pourcentage entre 0 et 100.</translation>
        </message>
        <message>
            <source>Enter an amount such as 5,00.</source>
            <translation>Saisissez un montant, par exemple 5,00.</translation>
        </message>
        <message>
            <source>Sale cancelled.</source>
            <translation>Vente annulée.</translation>
        </message>
        <message>
            <source>The basket is empty.</source>
            <translation>Le panier est vide.</translation>
        </message>
        <message>
            <source>Enter an amount such as 20 or 12,50.</source>
            <translation>Saisissez un montant, par exemple 20 ou 12,50.</translation>
        </message>
        <message>
            <source>Give back %1.</source>
            <translation>Rendre %1.</translation>
        </message>
        <message>
            <source>No ticket to reprint yet.</source>
            <translation>Aucun ticket à réimprimer pour l'instant.</translation>
        </message>
        <message>
            <source>No receipt to save yet.</source>
            <translation>Aucun ticket à enregistrer pour l'instant.</translation>
        </message>
        <message>
            <source>Receipt saved: %1</source>
            <translation>Ticket enregistré : %1</translation>
        </message>
        <message>
            <source>No ticket to cancel.</source>
            <translation>Aucun ticket à annuler.</translation>
        </message>
        <message>
            <source>Ticket %1 cancelled by ticket %2: refund %3.</source>
            <translation>Ticket %1 annulé par le ticket %2 : rembourser %3.</translation>
        </message>
        <message>
            <source>Basket of %1</source>
            <translation>Panier de %1</translation>
        </message>
        <message>
            <source>Basket parked: %1</source>
            <translation>Panier mis en attente : %1</translation>
        </message>
        <message>
            <source>The sale in progress was restored.</source>
            <translation>La vente en cours a été restaurée.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Database</name>
        <message>
            <source>This database was written by a newer version of Comptoir (schema %1, this version knows %2). Update Comptoir.</source>
            <translation>Cette base a été écrite par une version plus récente de Comptoir (schéma %1, cette version connaît le %2). Mettez Comptoir à jour.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>opening the database</source>
            <translation>l'ouverture de la base</translation>
        </message>
        <message>
            <source>The database %1 is damaged. Call support; do not delete it.</source>
            <translation>La base %1 est endommagée. Appelez le support et ne la supprimez pas.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space or call support, then try again.</source>
            <translation>Le disque est plein : rien n'a été enregistré. Libérez de la place ou appelez le support, puis réessayez.</translation>
        </message>
        <message>
            <source>The database is busy. Try again in a moment.</source>
            <translation>La base est occupée. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only).</source>
            <translation>La base ne peut pas être écrite (lecture seule).</translation>
        </message>
        <message>
            <source>The disk reported an error: nothing was saved. Call support.</source>
            <translation>Le disque a signalé une erreur : rien n'a été enregistré. Appelez le support.</translation>
        </message>
        <message>
            <source>The database is damaged. Call support; do not delete it.</source>
            <translation>La base est endommagée. Appelez le support et ne la supprimez pas.</translation>
        </message>
        <message>
            <source>Database error while %1: %2</source>
            <translation>Erreur de la base pendant %1 : %2</translation>
        </message>
        <message>
            <source>checking the database</source>
            <translation>la vérification de la base</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PosContext</name>
        <message>
            <source>Serial scanner setting "%1" is not valid (expected /dev/ttyACM0:9600:8N1).</source>
            <translation>Le réglage du lecteur série « %1 » n'est pas valide (attendu : /dev/ttyACM0:9600:8N1).</translation>
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
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Chèque</translation>
        </message>
        <message>
            <source>*** TRAINING MODE ***</source>
            <translation>*** MODE FORMATION ***</translation>
        </message>
        <message>
            <source>NOT A VALID RECEIPT</source>
            <translation>TICKET NON VALABLE</translation>
        </message>
        <message>
            <source>*** DUPLICATA No. %1 ***</source>
            <translation>*** DUPLICATA N° %1 ***</translation>
        </message>
        <message>
            <source>Tel. %1</source>
            <translation>Tél. %1</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>VAT No. %1</source>
            <translation>N° TVA %1</translation>
        </message>
        <message>
            <source>CANCELLATION</source>
            <translation>ANNULATION</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <source>Register %1</source>
            <translation>Caisse %1</translation>
        </message>
        <message>
            <source>Clerk: %1</source>
            <translation>Vendeur : %1</translation>
        </message>
        <message>
            <source>RETURN: %1</source>
            <translation>RETOUR : %1</translation>
        </message>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Remise</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Lot %1</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Sous-total</translation>
        </message>
        <message>
            <source>Basket discount</source>
            <translation>Remise panier</translation>
        </message>
        <message>
            <source>TOTAL incl. VAT</source>
            <translation>TOTAL TTC</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Excl.</source>
            <translation>HT</translation>
        </message>
        <message>
            <source>Incl.</source>
            <translation>TTC</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Rendu</translation>
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
            <translation>Motif : %1</translation>
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
            <translation>Impossible de créer le dossier de %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ticket</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SaleJournal</name>
        <message>
            <source>No clerk is signed in.</source>
            <translation>Aucun vendeur n'est connecté.</translation>
        </message>
        <message>
            <source>The sale's amounts do not add up; it was not recorded. Call support.</source>
            <translation>Les montants de la vente ne concordent pas ; elle n'a pas été enregistrée. Appelez le support.</translation>
        </message>
        <message>
            <source>Ticket %1 does not exist.</source>
            <translation>Le ticket %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Ticket %1 is itself a cancellation.</source>
            <translation>Le ticket %1 est lui-même une annulation.</translation>
        </message>
        <message>
            <source>Ticket %1 is already cancelled.</source>
            <translation>Le ticket %1 est déjà annulé.</translation>
        </message>
        <message>
            <source>Give the reason for the cancellation.</source>
            <translation>Indiquez le motif de l'annulation.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ScanResult</name>
        <message>
            <source>Empty scan: scan the code again.</source>
            <translation>Lecture vide : scannez à nouveau.</translation>
        </message>
        <message>
            <source>Misread barcode %1 (wrong check digit): scan it again or type it.</source>
            <translation>Code-barres %1 mal lu (clé de contrôle fausse) : scannez-le à nouveau ou saisissez-le.</translation>
        </message>
        <message>
            <source>Barcode %1 has a wrong length: scan it again.</source>
            <translation>Le code-barres %1 n'a pas la bonne longueur : scannez-le à nouveau.</translation>
        </message>
        <message>
            <source>Unreadable scan: check the scanner, then scan again.</source>
            <translation>Lecture illisible : vérifiez le lecteur puis scannez à nouveau.</translation>
        </message>
        <message>
            <source>Unreadable GS1 code: scan it again or type the product.</source>
            <translation>Code GS1 illisible : scannez-le à nouveau ou saisissez le produit.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SerialScanner</name>
        <message>
            <source>The scanner sent unreadable data. Scan again.</source>
            <translation>Le lecteur a envoyé des données illisibles. Scannez à nouveau.</translation>
        </message>
        <message>
            <source>The scanner on %1 was disconnected. Reconnecting…</source>
            <translation>Le lecteur sur %1 a été débranché. Reconnexion…</translation>
        </message>
    </context>
</TS>
