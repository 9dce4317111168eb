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
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Find a ticket to print again, cancel or return</source>
            <translation>Retrouver un ticket pour le réimprimer, l’annuler ou reprendre ses articles</translation>
        </message>
    </context>
    <context>
        <name>AmountDialog</name>
        <message>
            <source>Department %1</source>
            <translation>Rayon %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>TVA %1</translation>
        </message>
        <message>
            <source>Amount typed: %1 €</source>
            <translation>Montant saisi : %1 €</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel: add nothing</source>
            <translation>Annuler : ne rien ajouter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add this amount to the sale</source>
            <translation>Ajouter ce montant à la vente</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Approval needed</source>
            <translation>Accord d'un responsable</translation>
        </message>
        <message>
            <source>%1: %2's role does not allow it. Someone who may approve it types their PIN.</source>
            <translation>%1 : le rôle de %2 ne le permet pas. Une personne habilitée tape son code.</translation>
        </message>
        <message>
            <source>No clerk of this register may approve it.</source>
            <translation>Personne à cette caisse ne peut l'accorder.</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>bloqué</translation>
        </message>
        <message>
            <source>Approved by %1</source>
            <translation>Accordé par %1</translation>
        </message>
        <message>
            <source>PIN of the clerk who approves</source>
            <translation>Code de la personne qui accorde</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Give up the action</source>
            <translation>Renoncer à l'action</translation>
        </message>
    </context>
    <context>
        <name>ArrivalNotice</name>
        <message>
            <source>★ %1, %2 customer, has arrived</source>
            <translation>★ %1, client %2, est arrivé(e)</translation>
        </message>
        <message>
            <source>To suggest: %1</source>
            <translation>À proposer : %1</translation>
        </message>
        <message>
            <source>Dismiss the arrival notice</source>
            <translation>Fermer l'annonce d'arrivée</translation>
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
        <name>CardTerminalPanel</name>
        <message>
            <source>The customer can also cancel on the terminal's keypad.</source>
            <translation>Le client peut aussi annuler sur le clavier du TPE.</translation>
        </message>
        <message>
            <source>Stop waiting</source>
            <translation>Ne plus attendre</translation>
        </message>
        <message>
            <source>Stop waiting for the card terminal</source>
            <translation>Ne plus attendre le TPE</translation>
        </message>
        <message>
            <source>Another means of payment</source>
            <translation>Autre moyen de paiement</translation>
        </message>
        <message>
            <source>Do not try another terminal</source>
            <translation>Ne pas essayer un autre TPE</translation>
        </message>
        <message>
            <source>Try on %1</source>
            <translation>Essayer sur %1</translation>
        </message>
        <message>
            <source>Try the payment on the terminal %1</source>
            <translation>Essayer le paiement sur le TPE %1</translation>
        </message>
        <message>
            <source>Stop waiting and decide</source>
            <translation>Ne plus attendre et décider</translation>
        </message>
        <message>
            <source>Stop asking the terminal and decide with the customer</source>
            <translation>Ne plus interroger le terminal et décider avec le client</translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <source>Search a product, a SKU or a barcode (F2)</source>
            <translation>Produit, référence ou code-barres (F2)</translation>
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
        <message>
            <source>★ Favourites</source>
            <translation>★ Favoris</translation>
        </message>
        <message>
            <source>Favourites page</source>
            <translation>Page des favoris</translation>
        </message>
        <message>
            <source>Tap products in any category to add or remove them; arrows move them.</source>
            <translation>Touchez des produits de n’importe quel rayon pour les ajouter ou les retirer ; les flèches les déplacent.</translation>
        </message>
        <message>
            <source>Favourites, departments and miscellaneous</source>
            <translation>Favoris, rayons et divers</translation>
        </message>
        <message>
            <source>Best sellers first</source>
            <translation>Meilleures ventes d’abord</translation>
        </message>
        <message>
            <source>A to Z</source>
            <translation>De A à Z</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>Meilleures ventes</translation>
        </message>
        <message>
            <source>Sort the products A to Z</source>
            <translation>Trier les produits de A à Z</translation>
        </message>
        <message>
            <source>Show the best sellers first</source>
            <translation>Afficher les meilleures ventes d’abord</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Traité</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Finish editing the favourites</source>
            <translation>Terminer la modification des favoris</translation>
        </message>
        <message>
            <source>Edit the favourites</source>
            <translation>Modifier les favoris</translation>
        </message>
        <message numerus="yes">
            <source>The first %n products for “%1”: type more to narrow</source>
            <translation>
                <numerusform>Les %n premiers produits pour « %1 » : tapez la suite pour affiner</numerusform>
                <numerusform>Les %n premiers produits pour « %1 » : tapez la suite pour affiner</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClosingDialog</name>
        <message>
            <source>Closings</source>
            <translation>Clôtures</translation>
        </message>
        <message>
            <source>The day of %1 is not closed: close it (Z) before the next sale.</source>
            <translation>La journée du %1 n'est pas clôturée : faites son Z avant la prochaine vente.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>Rapport X</translation>
        </message>
        <message>
            <source>Show the X report: the figures since the last day closing</source>
            <translation>Afficher le rapport X : les chiffres depuis la dernière clôture journalière</translation>
        </message>
        <message>
            <source>Confirm the Z</source>
            <translation>Confirmer le Z</translation>
        </message>
        <message>
            <source>Close the day (Z)</source>
            <translation>Clôturer la journée (Z)</translation>
        </message>
        <message>
            <source>Confirm: close the day now, for good</source>
            <translation>Confirmer : clôturer la journée maintenant, définitivement</translation>
        </message>
        <message>
            <source>Last closing</source>
            <translation>Dernière clôture</translation>
        </message>
        <message>
            <source>Show the last closing made</source>
            <translation>Afficher la dernière clôture faite</translation>
        </message>
        <message>
            <source>A closing is final: the day's figures are recorded and nothing changes them. Press again to close.</source>
            <translation>Une clôture est définitive : les chiffres de la journée sont enregistrés et rien ne les modifie. Appuyez encore pour clôturer.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the closings dialog</source>
            <translation>Fermer la fenêtre des clôtures</translation>
        </message>
        <message>
            <source>Closing report</source>
            <translation>Rapport de clôture</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Print the report shown</source>
            <translation>Imprimer le rapport affiché</translation>
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
        <name>CustomerBar</name>
        <message>
            <source>Remove the customer from the sale</source>
            <translation>Retirer le client de la vente</translation>
        </message>
        <message>
            <source>No customer: scan a loyalty card</source>
            <translation>Pas de client : scannez sa carte</translation>
        </message>
        <message>
            <source>Find a customer</source>
            <translation>Trouver un client</translation>
        </message>
        <message>
            <source>Find a customer by name, phone or e-mail</source>
            <translation>Trouver un client par nom, téléphone ou e-mail</translation>
        </message>
        <message>
            <source>Show the details of %1</source>
            <translation>Voir la fiche de %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>New customer</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>Change %1's details</source>
            <translation>Modifier la fiche de %1</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Loyalty card number</source>
            <translation>Numéro de carte de fidélité</translation>
        </message>
        <message>
            <source>Store notes</source>
            <translation>Notes du magasin</translation>
        </message>
        <message>
            <source>Interests (the customer chooses)</source>
            <translation>Centres d’intérêt (au choix du client)</translation>
        </message>
        <message>
            <source>%1: chosen, tap to remove</source>
            <translation>%1 : choisi, toucher pour retirer</translation>
        </message>
        <message>
            <source>%1: tap to add</source>
            <translation>%1 : toucher pour ajouter</translation>
        </message>
        <message>
            <source>Consents (asked of the customer, dated today)</source>
            <translation>Consentements (demandés au client, datés d’aujourd’hui)</translation>
        </message>
        <message>
            <source>News and promotions by e-mail</source>
            <translation>Actualités et promotions par e-mail</translation>
        </message>
        <message>
            <source>News and promotions by text message</source>
            <translation>Actualités et promotions par SMS</translation>
        </message>
        <message>
            <source>Personalised offers based on purchases</source>
            <translation>Offres personnalisées selon les achats</translation>
        </message>
        <message>
            <source>Purchases used for the chain's statistics</source>
            <translation>Achats utilisés pour les statistiques de l’enseigne</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel, saving nothing</source>
            <translation>Annuler, sans rien enregistrer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the new customer</source>
            <translation>Enregistrer le nouveau client</translation>
        </message>
        <message>
            <source>Save the changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>%1 customer</source>
            <translation>Client %1</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Loyalty card</source>
            <translation>Carte de fidélité</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Store notes</source>
            <translation>Notes du magasin</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <source>None given: no marketing, no personalised offers.</source>
            <translation>Aucun : ni messages commerciaux, ni offres personnalisées.</translation>
        </message>
        <message>
            <source>✓ %1 (agreed on %2)</source>
            <translation>✓ %1 (accepté le %2)</translation>
        </message>
        <message>
            <source>✗ %1 (refused on %2)</source>
            <translation>✗ %1 (refusé le %2)</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Centres d’intérêt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the customer's details</source>
            <translation>Fermer la fiche du client</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>No purchase recorded yet.</source>
            <translation>Aucun achat enregistré pour l’instant.</translation>
        </message>
        <message>
            <source>Change details</source>
            <translation>Modifier la fiche</translation>
        </message>
        <message>
            <source>Change the customer's details</source>
            <translation>Modifier la fiche du client</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchDialog</name>
        <message>
            <source>Find a customer</source>
            <translation>Trouver un client</translation>
        </message>
        <message>
            <source>Name, phone, e-mail or card number</source>
            <translation>Nom, téléphone, e-mail ou n° de carte</translation>
        </message>
        <message>
            <source>Customer search</source>
            <translation>Recherche de client</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>Choisir %1</translation>
        </message>
        <message>
            <source>No customer found on this register.</source>
            <translation>Aucun client trouvé sur cette caisse.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Choose %1, found at head office</source>
            <translation>Choisir %1, trouvé au siège</translation>
        </message>
        <message>
            <source>Search at head office</source>
            <translation>Chercher au siège</translation>
        </message>
        <message>
            <source>Search this customer at head office</source>
            <translation>Chercher ce client au siège</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>Create a new customer</source>
            <translation>Créer un nouveau client</translation>
        </message>
    </context>
    <context>
        <name>CustomerWindow</name>
        <message>
            <source>Comptoir — customer display</source>
            <translation>Comptoir — afficheur client</translation>
        </message>
    </context>
    <context>
        <name>DrawerDialog</name>
        <message>
            <source>Cash drawer</source>
            <translation>Tiroir-caisse</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Open the day with this float</source>
            <translation>Ouvrir la journée avec ce fonds de caisse</translation>
        </message>
        <message>
            <source>Open the day's drawer with the float typed</source>
            <translation>Ouvrir le tiroir du jour avec le fonds de caisse saisi</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Entrée d'espèces</translation>
        </message>
        <message>
            <source>Put the amount typed in the drawer</source>
            <translation>Mettre le montant saisi dans le tiroir</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Sortie d'espèces</translation>
        </message>
        <message>
            <source>Take the amount typed out of the drawer</source>
            <translation>Sortir le montant saisi du tiroir</translation>
        </message>
        <message>
            <source>Open without a sale</source>
            <translation>Ouvrir sans vente</translation>
        </message>
        <message>
            <source>Open the drawer without a sale, for the reason typed</source>
            <translation>Ouvrir le tiroir sans vente, pour le motif saisi</translation>
        </message>
        <message>
            <source>Count the drawer</source>
            <translation>Compter le tiroir</translation>
        </message>
        <message>
            <source>Count the drawer, coin by coin</source>
            <translation>Compter le tiroir, pièce par pièce</translation>
        </message>
        <message>
            <source>How many of %1</source>
            <translation>Combien de %1</translation>
        </message>
        <message>
            <source>Counted: %1</source>
            <translation>Compté : %1</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Enregistrer le comptage</translation>
        </message>
        <message>
            <source>Record the count and close the day's drawer</source>
            <translation>Enregistrer le comptage et fermer le tiroir du jour</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the drawer dialog</source>
            <translation>Fermer la fenêtre du tiroir</translation>
        </message>
    </context>
    <context>
        <name>FavouriteEditKeys</name>
        <message>
            <source>Move %1 earlier</source>
            <translation>Avancer %1</translation>
        </message>
        <message>
            <source>Remove %1 from the favourites</source>
            <translation>Retirer %1 des favoris</translation>
        </message>
        <message>
            <source>Move %1 later</source>
            <translation>Reculer %1</translation>
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
        <name>MessageBanner</name>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Annuler : %1</translation>
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
        <name>OfferStrip</name>
        <message>
            <source>Offer: %1 (%2) · Apply</source>
            <translation>Offre : %1 (%2) · Appliquer</translation>
        </message>
        <message>
            <source>Apply the offer %1, %2</source>
            <translation>Appliquer l'offre %1, %2</translation>
        </message>
        <message>
            <source>Offer applied: %1</source>
            <translation>Offre appliquée : %1</translation>
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
        <message numerus="yes">
            <source>%1 · %2 · %n article(s) returned · %3</source>
            <translation>
                <numerusform>%1 · %2 · %n article rendu · %3</numerusform>
                <numerusform>%1 · %2 · %n articles rendus · %3</numerusform>
            </translation>
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
            <source>Given back: cancel the payment</source>
            <translation>Rendu : annuler l'encaissement</translation>
        </message>
        <message>
            <source>Already paid: %1. Card payments made through Comptoir are cancelled on the terminal; give back anything else (cheque, card payment keyed on a standalone terminal), then cancel the payment.</source>
            <translation>Déjà payé : %1. Les paiements carte faits par Comptoir sont annulés sur le TPE ; rendez le reste (chèque, carte saisie sur un TPE autonome), puis annulez le paiement.</translation>
        </message>
        <message>
            <source>Cancel the card payment of %1 on the terminal? The customer will not be charged.</source>
            <translation>Annuler le paiement carte de %1 sur le TPE ? Le client ne sera pas débité.</translation>
        </message>
        <message>
            <source>Cancel it on the terminal</source>
            <translation>L'annuler sur le TPE</translation>
        </message>
        <message>
            <source>Card (F10)</source>
            <translation>Carte (F10)</translation>
        </message>
        <message>
            <source>Pay with the customer's loyalty points: %1</source>
            <translation>Payer avec les points de fidélité du client : %1</translation>
        </message>
        <message>
            <source>Back to the card of a ticket…</source>
            <translation>Sur la carte d'un ticket…</translation>
        </message>
        <message>
            <source>Refund to the card that paid a ticket</source>
            <translation>Rembourser sur la carte qui a payé un ticket</translation>
        </message>
        <message>
            <source>Ticket number on the customer's receipt</source>
            <translation>Numéro du ticket sur le reçu du client</translation>
        </message>
        <message>
            <source>such as 000123</source>
            <translation>par exemple 000123</translation>
        </message>
        <message>
            <source>Ticket number</source>
            <translation>Numéro du ticket</translation>
        </message>
        <message>
            <source>The refund goes to the card that paid that ticket, up to what it paid.</source>
            <translation>Le remboursement va sur la carte qui a payé ce ticket, dans la limite de ce qu'elle a payé.</translation>
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
            <source>Refund to its card</source>
            <translation>Rembourser sur sa carte</translation>
        </message>
        <message>
            <source>Refund to the card of that ticket</source>
            <translation>Rembourser sur la carte de ce ticket</translation>
        </message>
        <message>
            <source>Back to the card of ticket %1</source>
            <translation>Rembourser sur la carte du ticket %1</translation>
        </message>
        <message>
            <source>Refund to the card that paid ticket %1</source>
            <translation>Rembourser sur la carte qui a payé le ticket %1</translation>
        </message>
    </context>
    <context>
        <name>PinEntry</name>
        <message>
            <source>PIN</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Delete last digit</source>
            <translation>Effacer le dernier chiffre</translation>
        </message>
        <message>
            <source>Confirm the PIN</source>
            <translation>Valider le code</translation>
        </message>
    </context>
    <context>
        <name>PrinterDialog</name>
        <message>
            <source>Receipt printer</source>
            <translation>Imprimante de tickets</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) waiting to print</source>
            <translation>
                <numerusform>%n ticket en attente d'impression</numerusform>
                <numerusform>%n tickets en attente d'impression</numerusform>
            </translation>
        </message>
        <message>
            <source>Give up</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Do not print %1</source>
            <translation>Ne pas imprimer %1</translation>
        </message>
        <message>
            <source>Try again now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Send the waiting receipts to the printer again now</source>
            <translation>Renvoyer maintenant les tickets en attente à l'imprimante</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the printer dialog</source>
            <translation>Fermer la fenêtre de l'imprimante</translation>
        </message>
    </context>
    <context>
        <name>ProductTile</name>
        <message>
            <source>Add %1, %2</source>
            <translation>Ajouter %1, %2</translation>
        </message>
        <message>
            <source>Remove %1 from the favourites</source>
            <translation>Retirer %1 des favoris</translation>
        </message>
        <message>
            <source>Add %1 to the favourites</source>
            <translation>Ajouter %1 aux favoris</translation>
        </message>
    </context>
    <context>
        <name>QuickKeyTile</name>
        <message>
            <source>Add %1, %2</source>
            <translation>Ajouter %1, %2</translation>
        </message>
        <message>
            <source>Department %1: type an amount</source>
            <translation>Rayon %1 : saisir un montant</translation>
        </message>
        <message>
            <source>%1: type an amount</source>
            <translation>%1 : saisir un montant</translation>
        </message>
        <message>
            <source>Amount… · VAT %1</source>
            <translation>Montant… · TVA %1</translation>
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
            <source>Cancel the ticket</source>
            <translation>Annuler le ticket</translation>
        </message>
        <message>
            <source>Cancelled at the counter</source>
            <translation>Annulé en caisse</translation>
        </message>
        <message>
            <source>Card slip</source>
            <translation>Ticket carte</translation>
        </message>
        <message>
            <source>Ticket %1, found in the journal</source>
            <translation>Ticket %1, retrouvé dans le journal</translation>
        </message>
        <message>
            <source>Return items…</source>
            <translation>Reprendre des articles…</translation>
        </message>
        <message>
            <source>Return items of this ticket</source>
            <translation>Reprendre des articles de ce ticket</translation>
        </message>
        <message>
            <source>Ticket %1 of %2, found at head office</source>
            <translation>Ticket %1 de %2, trouvé au siège</translation>
        </message>
        <message>
            <source>Cancel ticket %1? A reversing ticket is recorded and the customer is refunded: to their card through the terminal, or in cash.</source>
            <translation>Annuler le ticket %1 ? Un ticket d'annulation est enregistré et le client est remboursé : sur sa carte par le terminal, ou en espèces.</translation>
        </message>
        <message>
            <source>QR code of the ticket %1</source>
            <translation>Code QR du ticket %1</translation>
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
        <name>ReturnItemsDialog</name>
        <message>
            <source>Items returned from ticket %1</source>
            <translation>Articles repris du ticket %1</translation>
        </message>
        <message>
            <source>sold %1 · left %2 · paid %3</source>
            <translation>vendu %1 · reste %2 · payé %3</translation>
        </message>
        <message>
            <source>One less %1</source>
            <translation>Un %1 de moins</translation>
        </message>
        <message>
            <source>One more %1</source>
            <translation>Un %1 de plus</translation>
        </message>
        <message>
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <source>Return all of %1</source>
            <translation>Reprendre tout %1</translation>
        </message>
        <message>
            <source>Why are they returned?</source>
            <translation>Pourquoi sont-ils rapportés ?</translation>
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
            <source>Back, return nothing</source>
            <translation>Retour, ne rien reprendre</translation>
        </message>
        <message>
            <source>Take them back</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Take the chosen items back</source>
            <translation>Reprendre les articles choisis</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Who is at the register?</source>
            <translation>Qui tient la caisse ?</translation>
        </message>
        <message>
            <source>Switch to English</source>
            <translation>Passer en anglais</translation>
        </message>
        <message>
            <source>Switch to French</source>
            <translation>Passer en français</translation>
        </message>
        <message>
            <source>No clerk can sign in at this register yet. A manager creates the first account with: comptoirctl clerk add --name NAME --role manager</source>
            <translation>Aucun vendeur ne peut encore se connecter à cette caisse. Un responsable crée le premier compte avec : comptoirctl clerk add --name NOM --role manager</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>bloqué</translation>
        </message>
        <message>
            <source>%1, locked</source>
            <translation>%1, bloqué</translation>
        </message>
        <message>
            <source>Sign in as %1, %2</source>
            <translation>Se connecter : %1, %2</translation>
        </message>
        <message>
            <source>PIN of %1</source>
            <translation>Code de %1</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>Choisissez votre nom</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>%1 is locked after too many wrong PINs. A manager unlocks the account with their PIN.</source>
            <translation>%1 est bloqué après trop de codes faux. Un responsable débloque le compte avec son code.</translation>
        </message>
        <message>
            <source>Unlocked by %1</source>
            <translation>Débloqué par %1</translation>
        </message>
        <message>
            <source>PIN of the manager who unlocks %1</source>
            <translation>Code du responsable qui débloque %1</translation>
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
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Card terminal ready: show the terminals</source>
            <translation>TPE prêt : voir les terminaux</translation>
        </message>
        <message>
            <source>Card terminal without the bank: show the terminals</source>
            <translation>TPE sans la banque : voir les terminaux</translation>
        </message>
        <message>
            <source>Card terminal unreachable: show the terminals</source>
            <translation>TPE injoignable : voir les terminaux</translation>
        </message>
        <message>
            <source>%1 · Register %2</source>
            <translation>%1 · Caisse %2</translation>
        </message>
        <message>
            <source>%1 is signed in: sign out to switch clerks</source>
            <translation>%1 est connecté·e : se déconnecter pour changer de vendeur</translation>
        </message>
        <message>
            <source>Drawer</source>
            <translation>Tiroir</translation>
        </message>
        <message>
            <source>Cash drawer: cash in or out, no-sale, count</source>
            <translation>Tiroir-caisse : entrée ou sortie d'espèces, ouverture sans vente, comptage</translation>
        </message>
        <message>
            <source>Cash drawer: not open, give its float</source>
            <translation>Tiroir-caisse : pas ouvert, saisir son fonds de caisse</translation>
        </message>
        <message>
            <source>Closings</source>
            <translation>Clôtures</translation>
        </message>
        <message>
            <source>Closings: the day of %1 waits for its Z</source>
            <translation>Clôtures : la journée du %1 attend son Z</translation>
        </message>
        <message>
            <source>Closings: X report, day closing (Z)</source>
            <translation>Clôtures : rapport X, clôture journalière (Z)</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>Receipt printer: %1</source>
            <translation>Imprimante de tickets : %1</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>Head office sync</source>
            <translation>Synchronisation avec le siège</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <source>Send the event of %1 to head office again</source>
            <translation>Renvoyer au siège l’événement du %1</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Send to head office now</source>
            <translation>Envoyer au siège maintenant</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the head office sync screen</source>
            <translation>Fermer l’écran de synchronisation avec le siège</translation>
        </message>
        <message>
            <source>Catalogue received: %1 %</source>
            <translation>Catalogue reçu : %1 %</translation>
        </message>
    </context>
    <context>
        <name>TerminalStatusDialog</name>
        <message>
            <source>Card terminals</source>
            <translation>Terminaux de paiement</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Utiliser</translation>
        </message>
        <message>
            <source>Use the terminal %1 for card payments</source>
            <translation>Utiliser le TPE %1 pour les paiements carte</translation>
        </message>
        <message numerus="yes">
            <source>%n card payment(s) to follow up</source>
            <translation>
                <numerusform>%n paiement carte à suivre</numerusform>
                <numerusform>%n paiements carte à suivre</numerusform>
            </translation>
        </message>
        <message>
            <source>No card payment to follow up.</source>
            <translation>Aucun paiement carte à suivre.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Traité</translation>
        </message>
        <message>
            <source>Mark the follow-up of %1 as done</source>
            <translation>Marquer le suivi de %1 comme traité</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Vérifier maintenant</translation>
        </message>
        <message>
            <source>Check the card terminals now</source>
            <translation>Vérifier les TPE maintenant</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Clôturer la journée</translation>
        </message>
        <message>
            <source>Close the day on the card terminal and compare its totals</source>
            <translation>Clôturer la journée sur le TPE et comparer ses totaux</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the card terminal status</source>
            <translation>Fermer l'état des TPE</translation>
        </message>
    </context>
    <context>
        <name>TicketsDialog</name>
        <message>
            <source>Tickets of this register</source>
            <translation>Tickets de cette caisse</translation>
        </message>
        <message>
            <source>Number, day (25/11), amount (12,50) or card *1234</source>
            <translation>Numéro, jour (25/11), montant (12,50) ou carte *1234</translation>
        </message>
        <message>
            <source>Find a ticket</source>
            <translation>Retrouver un ticket</translation>
        </message>
        <message>
            <source>No ticket found.</source>
            <translation>Aucun ticket trouvé.</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3 · cancellation</source>
            <translation>N° %1 · %2 · %3 · annulation</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3 · cancelled</source>
            <translation>N° %1 · %2 · %3 · annulé</translation>
        </message>
        <message>
            <source>No. %1 · %2 · %3</source>
            <translation>N° %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Open ticket %1 of %2, %3</source>
            <translation>Ouvrir le ticket %1 du %2, %3</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Not a ticket of this register.</source>
            <translation>Ce n’est pas un ticket de cette caisse.</translation>
        </message>
        <message>
            <source>Find it at head office</source>
            <translation>Le chercher au siège</translation>
        </message>
        <message>
            <source>Find this ticket at head office</source>
            <translation>Chercher ce ticket au siège</translation>
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
        <message numerus="yes">
            <source>%n article(s) returned</source>
            <translation>
                <numerusform>%n article rendu</numerusform>
                <numerusform>%n articles rendus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>VAT at %n rate(s)</source>
            <translation>
                <numerusform>TVA à %n taux</numerusform>
                <numerusform>TVA à %n taux</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnknownPaymentDialog</name>
        <message>
            <source>Card payment not confirmed</source>
            <translation>Paiement carte non confirmé</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Non accepté</translation>
        </message>
        <message>
            <source>The terminal does not show this payment as accepted</source>
            <translation>Le TPE n'indique pas ce paiement comme accepté</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>The terminal shows this payment as accepted</source>
            <translation>Le TPE indique ce paiement comme accepté</translation>
        </message>
    </context>
    <context>
        <name>WeightDialog</name>
        <message>
            <source>Weight typed: %1 kg</source>
            <translation>Poids saisi : %1 kg</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>Ne pas le vendre</translation>
        </message>
        <message>
            <source>Leave the item out of the sale</source>
            <translation>Laisser l'article hors de la vente</translation>
        </message>
        <message>
            <source>Type the weight</source>
            <translation>Saisir le poids</translation>
        </message>
        <message>
            <source>Type the weight instead of weighing on the scale</source>
            <translation>Saisir le poids au lieu de peser sur la balance</translation>
        </message>
        <message>
            <source>Weigh again</source>
            <translation>Peser à nouveau</translation>
        </message>
        <message>
            <source>Weigh the item on the scale again</source>
            <translation>Peser à nouveau l'article sur la balance</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add the item at the weight typed</source>
            <translation>Ajouter l'article au poids saisi</translation>
        </message>
        <message>
            <source>Net weight, without its %1 g container</source>
            <translation>Poids net, sans son emballage de %1 g</translation>
        </message>
    </context>
    <context>
        <name>ZeroPriceDialog</name>
        <message>
            <source>Its price, as on the shelf:</source>
            <translation>Son prix, comme en rayon :</translation>
        </message>
        <message>
            <source>such as 4,99</source>
            <translation>par exemple 4,99</translation>
        </message>
        <message>
            <source>Price of %1</source>
            <translation>Prix de %1</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>Ne pas le vendre</translation>
        </message>
        <message>
            <source>Leave the item out of the sale</source>
            <translation>Laisser l'article hors de la vente</translation>
        </message>
        <message>
            <source>Sell it free</source>
            <translation>Le vendre gratuitement</translation>
        </message>
        <message>
            <source>Sell the item free</source>
            <translation>Vendre l'article gratuitement</translation>
        </message>
        <message>
            <source>At this price</source>
            <translation>À ce prix</translation>
        </message>
        <message>
            <source>Sell the item at the price typed</source>
            <translation>Vendre l'article au prix saisi</translation>
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
        <message>
            <source>An amount typed on a key: tap the key again for another one.</source>
            <translation>Montant saisi sur une touche : touchez-la de nouveau pour en ajouter un autre.</translation>
        </message>
        <message>
            <source>Remove the line and type the amount again.</source>
            <translation>Supprimez la ligne et saisissez de nouveau le montant.</translation>
        </message>
        <message>
            <source>Give the reason for the return.</source>
            <translation>Indiquez le motif du retour.</translation>
        </message>
        <message>
            <source>Returned with its ticket: remove the line and return the quantity again.</source>
            <translation>Repris sur ticket : supprimez la ligne et reprenez de nouveau la quantité.</translation>
        </message>
        <message>
            <source>%1 cannot be sold: its VAT rate or its price in the catalog is not valid. Tell head office.</source>
            <translation>%1 ne peut pas être vendu : son taux de TVA ou son prix dans le catalogue n'est pas valide. Prévenez le siège.</translation>
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
        <name>comptoir::CardCheckout</name>
        <message>
            <source>No card terminal is set up on this register.</source>
            <translation>Aucun terminal de paiement n'est configuré sur cette caisse.</translation>
        </message>
        <message>
            <source>The terminal is already working on a payment.</source>
            <translation>Le TPE traite déjà un paiement.</translation>
        </message>
        <message>
            <source>Answer the question about the previous card payment first.</source>
            <translation>Répondez d'abord à la question sur le paiement carte précédent.</translation>
        </message>
        <message>
            <source>Enter an amount such as 20 or 12,50.</source>
            <translation>Saisissez un montant, par exemple 20 ou 12,50.</translation>
        </message>
        <message>
            <source>Nothing is left to pay.</source>
            <translation>Il ne reste rien à payer.</translation>
        </message>
        <message>
            <source>A card payment cannot exceed what is due (%1).</source>
            <translation>Un paiement carte ne peut pas dépasser le montant dû (%1).</translation>
        </message>
        <message>
            <source>No other terminal is offered.</source>
            <translation>Aucun autre terminal n'est proposé.</translation>
        </message>
        <message>
            <source>Card payment of %1 approved without the bank: stored, to be sent later.</source>
            <translation>Paiement carte de %1 accepté sans la banque : stocké, transmis plus tard.</translation>
        </message>
        <message>
            <source>Card payment of %1 approved.</source>
            <translation>Paiement carte de %1 accepté.</translation>
        </message>
        <message>
            <source>The terminal could not reach the bank and refused %1: take another means of payment.</source>
            <translation>Le TPE n'a pas joint la banque et a refusé %1 : prenez un autre moyen de paiement.</translation>
        </message>
        <message>
            <source>Card refused (%1): ask for another card or another means of payment.</source>
            <translation>Carte refusée (%1) : demandez une autre carte ou un autre moyen de paiement.</translation>
        </message>
        <message>
            <source>The terminal gave up waiting for the card: nothing was charged.</source>
            <translation>Le TPE a cessé d'attendre la carte : rien n'a été débité.</translation>
        </message>
        <message>
            <source>Card payment cancelled: nothing was charged.</source>
            <translation>Paiement carte annulé : rien n'a été débité.</translation>
        </message>
        <message>
            <source>The terminal is busy: nothing was charged. Try again in a moment.</source>
            <translation>Le TPE est occupé : rien n'a été débité. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Stopped before the terminal took it: nothing was charged.</source>
            <translation>Arrêté avant que le TPE ne le prenne : rien n'a été débité.</translation>
        </message>
        <message>
            <source>The payment never reached the terminal: nothing was charged.</source>
            <translation>Le paiement n'est jamais arrivé au TPE : rien n'a été débité.</translation>
        </message>
        <message>
            <source>The terminal refused the register's secure connection: nothing was charged. Call IT to check the terminal settings.</source>
            <translation>Le terminal a refusé la connexion sécurisée de la caisse : rien n'a été débité. Appelez l'informatique pour vérifier le paramétrage du terminal.</translation>
        </message>
        <message>
            <source>The terminal did not accept the request: nothing was charged. Try again or take another means of payment.</source>
            <translation>Le terminal n'a pas accepté la demande : rien n'a été débité. Réessayez ou prenez un autre moyen de paiement.</translation>
        </message>
        <message>
            <source>The terminal does not answer: nothing was charged. Check that it is on and connected.</source>
            <translation>Le TPE ne répond pas : rien n'a été débité. Vérifiez qu'il est allumé et connecté.</translation>
        </message>
        <message>
            <source>Card payment of %1 cancelled on the terminal: the customer is not charged.</source>
            <translation>Paiement carte de %1 annulé sur le TPE : le client n'est pas débité.</translation>
        </message>
        <message>
            <source>The card payment of %1 could not be cancelled on the terminal: refund it by hand; the manager has a follow-up.</source>
            <translation>Le paiement carte de %1 n'a pas pu être annulé sur le TPE : remboursez-le à la main ; le responsable a un suivi.</translation>
        </message>
        <message>
            <source>There is no card payment to answer for.</source>
            <translation>Aucun paiement par carte n'attend de réponse.</translation>
        </message>
        <message>
            <source>Recorded as not charged: take the payment again.</source>
            <translation>Enregistré comme non débité : reprenez le paiement.</translation>
        </message>
        <message>
            <source>A card payment of %1 was approved with no sale waiting for it: it is being cancelled on the terminal.</source>
            <translation>Un paiement carte de %1 a été accepté sans vente en attente : il est annulé sur le TPE.</translation>
        </message>
        <message>
            <source>The terminal did not take the cancellation of the card payment of %1: it will be tried again when the register next starts.</source>
            <translation>Le terminal n'a pas pris l'annulation du paiement par carte de %1 : elle sera retentée au prochain démarrage de la caisse.</translation>
        </message>
        <message>
            <source>The terminal requires the store's encryption key, which this register does not have or which the terminal refused: nothing was charged. Call IT to set the terminal's key.</source>
            <translation>Le terminal exige la clé de chiffrement du magasin, que cette caisse n'a pas ou qu'il a refusée : rien n'a été débité. Appelez l'informatique pour régler la clé du terminal.</translation>
        </message>
        <message>
            <source>Nothing is due back to the customer.</source>
            <translation>Rien n'est à rendre au client.</translation>
        </message>
        <message>
            <source>Type the ticket number printed on the receipt, such as 000123.</source>
            <translation>Saisissez le numéro de ticket imprimé sur le reçu, par exemple 000123.</translation>
        </message>
        <message>
            <source>Ticket %1 was not paid by card on this register: refund by card without it, or in cash.</source>
            <translation>Le ticket %1 n'a pas été payé par carte sur cette caisse : remboursez par carte sans lui, ou en espèces.</translation>
        </message>
        <message>
            <source>The card payments of ticket %1 were already refunded.</source>
            <translation>Les paiements par carte du ticket %1 ont déjà été remboursés.</translation>
        </message>
        <message>
            <source>These items come from ticket %1: the refund goes back to its card.</source>
            <translation>Ces articles viennent du ticket %1 : le remboursement repasse sur sa carte.</translation>
        </message>
        <message>
            <source>These items come from another register's ticket: refund them in cash, or by card without a ticket.</source>
            <translation>Ces articles viennent du ticket d’une autre caisse : remboursez-les en espèces, ou par carte sans ticket.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CashCount</name>
        <message>
            <source>A count is a whole number of euro coins or notes of each value, from 0 to %1.</source>
            <translation>Un comptage est un nombre entier de pièces ou de billets en euros de chaque valeur, de 0 à %1.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CashDrawer</name>
        <message>
            <source>Sign in first.</source>
            <translation>Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>Enter an amount between 0,00 and 1 000 000,00.</source>
            <translation>Saisissez un montant entre 0,00 et 1 000 000,00.</translation>
        </message>
        <message>
            <source>The drawer is open for the day already: count it first.</source>
            <translation>Le tiroir est déjà ouvert pour la journée : comptez-le d'abord.</translation>
        </message>
        <message>
            <source>Open the drawer with its float first.</source>
            <translation>Ouvrez d'abord le tiroir avec son fonds de caisse.</translation>
        </message>
        <message>
            <source>The journal holds figures no till could have made: run comptoirctl verify.</source>
            <translation>Le journal contient des montants qu'aucune caisse n'a pu produire : lancez comptoirctl verify.</translation>
        </message>
        <message>
            <source>A count is a whole number of euro coins or notes of each value.</source>
            <translation>Un comptage est un nombre entier de pièces ou de billets en euros de chaque valeur.</translation>
        </message>
        <message>
            <source>The drawer was counted meanwhile.</source>
            <translation>Le tiroir a été compté entre-temps.</translation>
        </message>
        <message>
            <source>Enter an amount between 0,01 and 1 000 000,00.</source>
            <translation>Saisissez un montant entre 0,01 et 1 000 000,00.</translation>
        </message>
        <message>
            <source>Say why, in 1 to 80 characters.</source>
            <translation>Indiquez le motif, en 1 à 80 caractères.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CatalogBrowser</name>
        <message>
            <source>Miscellaneous</source>
            <translation>Divers</translation>
        </message>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
        <message>
            <source>%1 added to the favourites.</source>
            <translation>%1 ajouté aux favoris.</translation>
        </message>
        <message>
            <source>%1 removed from the favourites.</source>
            <translation>%1 retiré des favoris.</translation>
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
        <message>
            <source>tare_g "%1" is not a container weight in grams (0 to 9999, for products sold by weight)</source>
            <translation>tare_g « %1 » n'est pas un poids d'emballage en grammes (0 à 9999, pour les produits vendus au poids)</translation>
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
        <message>
            <source>Attach the customer to pay with their points.</source>
            <translation>Rattachez le client pour payer avec ses points.</translation>
        </message>
        <message>
            <source>This store has no loyalty programme.</source>
            <translation>Ce magasin n'a pas de programme de fidélité.</translation>
        </message>
        <message>
            <source>A refund is not paid in points.</source>
            <translation>Un remboursement ne se fait pas en points.</translation>
        </message>
        <message>
            <source>Enter a number of points.</source>
            <translation>Saisissez un nombre de points.</translation>
        </message>
        <message numerus="yes">
            <source>No more than %Ln point(s) can be used now.</source>
            <translation>
                <numerusform>Pas plus de %Ln point utilisable pour l'instant.</numerusform>
                <numerusform>Pas plus de %Ln points utilisables pour l'instant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) are worth more than the %1 still due.</source>
            <translation>
                <numerusform>%Ln point vaut plus que les %1 restant dus.</numerusform>
                <numerusform>%Ln points valent plus que les %1 restant dus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClerkDirectory</name>
        <message>
            <source>This clerk cannot sign in at this register.</source>
            <translation>Ce vendeur ne peut pas se connecter à cette caisse.</translation>
        </message>
        <message>
            <source>%1 is locked after %2 wrong PINs. A manager must unlock the account.</source>
            <translation>%1 est bloqué après %2 codes faux. Un responsable doit débloquer le compte.</translation>
        </message>
        <message>
            <source>Wrong PIN. %1 is now locked: a manager must unlock the account.</source>
            <translation>Code faux. %1 est maintenant bloqué : un responsable doit débloquer le compte.</translation>
        </message>
        <message>
            <source>This clerk id is taken or not valid.</source>
            <translation>Cet identifiant de vendeur est pris ou n'est pas valable.</translation>
        </message>
        <message>
            <source>A clerk's name is 1 to 60 characters.</source>
            <translation>Le nom d'un vendeur fait de 1 à 60 caractères.</translation>
        </message>
        <message>
            <source>This role does not exist.</source>
            <translation>Ce rôle n'existe pas.</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n try(ies) left before the account locks.</source>
            <translation>
                <numerusform>Code faux. Encore %n essai avant le blocage du compte.</numerusform>
                <numerusform>Code faux. Encore %n essais avant le blocage du compte.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClerkSession</name>
        <message>
            <source>%1: your role does not allow it. A manager may approve with their PIN.</source>
            <translation>%1 : votre rôle ne le permet pas. Un responsable peut l'accorder avec son code.</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>Another clerk must approve.</source>
            <translation>Une autre personne doit l'accorder.</translation>
        </message>
        <message>
            <source>%1 may not approve this.</source>
            <translation>%1 ne peut pas accorder cela.</translation>
        </message>
        <message>
            <source>This clerk cannot sign in at this register.</source>
            <translation>Ce vendeur ne peut pas se connecter à cette caisse.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Closing</name>
        <message>
            <source>The closing's totals are too large to add up. Call support.</source>
            <translation>Les totaux de la clôture sont trop grands pour être additionnés. Appelez l'assistance.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClosingBook</name>
        <message>
            <source>Sign in first.</source>
            <translation>Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>The day of %1 is not closed. Close it (Z) before selling.</source>
            <translation>La journée du %1 n'est pas clôturée. Faites son Z avant de vendre.</translation>
        </message>
        <message>
            <source>Nothing was sold or counted since the last closing: nothing to close.</source>
            <translation>Rien n'a été vendu ni compté depuis la dernière clôture : rien à clôturer.</translation>
        </message>
        <message>
            <source>A closing of %1 cannot be read. Call support.</source>
            <translation>Une clôture de %1 est illisible. Appelez l'assistance.</translation>
        </message>
        <message>
            <source>No month to close: %1 is not over. Its closing is made with the first closing of the next month.</source>
            <translation>Aucun mois à clôturer : %1 n'est pas terminé. Sa clôture se fait avec la première clôture du mois suivant.</translation>
        </message>
        <message>
            <source>No year to close: %1 is not over. Its closing is made with the first closing of the next year.</source>
            <translation>Aucune année à clôturer : %1 n'est pas terminée. Sa clôture se fait avec la première clôture de l'année suivante.</translation>
        </message>
        <message>
            <source>Closing %1 of this register cannot be read: nothing is closed until it is repaired. Call support.</source>
            <translation>La clôture %1 de cette caisse est illisible : rien n'est clôturé avant sa réparation. Appelez l'assistance.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ClosingText</name>
        <message>
            <source>X report</source>
            <translation>Rapport X</translation>
        </message>
        <message>
            <source>Day closing (Z)</source>
            <translation>Clôture journalière (Z)</translation>
        </message>
        <message>
            <source>Month closing</source>
            <translation>Clôture mensuelle</translation>
        </message>
        <message>
            <source>Year closing</source>
            <translation>Clôture annuelle</translation>
        </message>
        <message>
            <source>*** TRAINING MODE ***</source>
            <translation>*** MODE FORMATION ***</translation>
        </message>
        <message>
            <source>Training figures, never real sales</source>
            <translation>Chiffres d'entraînement, jamais des ventes réelles</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>%1 No. %2</source>
            <translation>%1 N° %2</translation>
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
            <source>Tickets %1 to %2</source>
            <translation>Tickets %1 à %2</translation>
        </message>
        <message>
            <source>No ticket</source>
            <translation>Aucun ticket</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Cancellations: %1</source>
            <translation>Annulations : %1</translation>
        </message>
        <message>
            <source>Returned lines: %1</source>
            <translation>Lignes retournées : %1</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Remises</translation>
        </message>
        <message>
            <source>PERIOD TOTAL</source>
            <translation>TOTAL DE LA PÉRIODE</translation>
        </message>
        <message>
            <source>By VAT rate</source>
            <translation>Par taux de TVA</translation>
        </message>
        <message>
            <source>%1 incl. VAT</source>
            <translation>%1 TTC</translation>
        </message>
        <message>
            <source>of which VAT</source>
            <translation>dont TVA</translation>
        </message>
        <message>
            <source>By tender</source>
            <translation>Par moyen de paiement</translation>
        </message>
        <message>
            <source>Cash drawer</source>
            <translation>Tiroir-caisse</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Entrée d'espèces</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Sortie d'espèces</translation>
        </message>
        <message>
            <source>Counted (%1 count(s))</source>
            <translation>Compté (%1 comptage(s))</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Cumul de l'exercice</translation>
        </message>
        <message>
            <source>Perpetual total</source>
            <translation>Total perpétuel</translation>
        </message>
        <message>
            <source>Perpetual total (absolute)</source>
            <translation>Total perpétuel (absolu)</translation>
        </message>
        <message>
            <source>Fingerprint %1</source>
            <translation>Empreinte %1</translation>
        </message>
        <message>
            <source>Nothing is closed by an X report</source>
            <translation>Un rapport X ne clôture rien</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Counter</name>
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
            <source>Enter an amount such as 20 or 12,50.</source>
            <translation>Saisissez un montant, par exemple 20 ou 12,50.</translation>
        </message>
        <message>
            <source>No receipt to save yet.</source>
            <translation>Aucun ticket à enregistrer pour l'instant.</translation>
        </message>
        <message>
            <source>Receipt saved: %1</source>
            <translation>Ticket enregistré : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 customer: %Ln point(s).</source>
            <translation>
                <numerusform>%1, client %2 : %Ln point.</numerusform>
                <numerusform>%1, client %2 : %Ln points.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln point(s).</source>
            <translation>
                <numerusform>%1 : %Ln point.</numerusform>
                <numerusform>%1 : %Ln points.</numerusform>
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
                <numerusform>Utiliser %Ln point (%1)</numerusform>
                <numerusform>Utiliser %Ln points (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without head office's confirmation, no more than %Ln point(s) today (the customer's offline allowance).</source>
            <translation>
                <numerusform>Sans confirmation du siège, pas plus de %Ln point aujourd'hui (allocation hors ligne du client).</numerusform>
                <numerusform>Sans confirmation du siège, pas plus de %Ln points aujourd'hui (allocation hors ligne du client).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 to confirm)</source>
            <translation>%1 (%2 à confirmer)</translation>
        </message>
        <message>
            <source>%1 off the basket</source>
            <translation>%1 de remise sur le panier</translation>
        </message>
        <message numerus="yes">
            <source>-%1 % on %Ln article(s)</source>
            <translation>
                <numerusform>-%1 % sur %Ln article</numerusform>
                <numerusform>-%1 % sur %Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / kg</source>
            <translation>%1 / kg</translation>
        </message>
        <message>
            <source>Type a ticket number, a day (25/11), an amount (12,50) or the card's last four digits (*1234), or scan the receipt.</source>
            <translation>Tapez un numéro de ticket, un jour (25/11), un montant (12,50) ou les quatre derniers chiffres de la carte (*1234), ou scannez le ticket.</translation>
        </message>
        <message>
            <source>Finish or cancel the approval first.</source>
            <translation>Terminez ou annulez d'abord la demande d'accord.</translation>
        </message>
        <message>
            <source>Another ticket was opened meanwhile: start again from that ticket.</source>
            <translation>Un autre ticket a été ouvert entre-temps : recommencez depuis ce ticket.</translation>
        </message>
        <message>
            <source>That payment is no longer in the sale.</source>
            <translation>Ce paiement ne fait plus partie de la vente.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CustomerDesk</name>
        <message>
            <source>Head office cannot be reached: this register's tickets only.</source>
            <translation>Siège injoignable : tickets de cette caisse seulement.</translation>
        </message>
        <message>
            <source>Head office did not answer properly: this register's tickets only.</source>
            <translation>Le siège a mal répondu : tickets de cette caisse seulement.</translation>
        </message>
        <message>
            <source>Searching at head office…</source>
            <translation>Recherche au siège…</translation>
        </message>
        <message>
            <source>Head office cannot be reached: only this register's customers can be found.</source>
            <translation>Siège injoignable : seuls les clients de cette caisse peuvent être trouvés.</translation>
        </message>
        <message>
            <source>Head office did not answer properly. Try again in a moment.</source>
            <translation>Le siège a mal répondu. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>No customer found at head office either.</source>
            <translation>Aucun client trouvé au siège non plus.</translation>
        </message>
        <message numerus="yes">
            <source>Found at head office: %n customer(s).</source>
            <translation>
                <numerusform>Trouvé au siège : %n client.</numerusform>
                <numerusform>Trouvés au siège : %n clients.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes saved on this register, on their way to head office.</source>
            <translation>Modifications enregistrées sur cette caisse, en route vers le siège.</translation>
        </message>
        <message>
            <source>Asking head office for the other stores and the web shop…</source>
            <translation>Demande au siège pour les autres magasins et le site web…</translation>
        </message>
        <message>
            <source>Ticket %1 · %2 · cancellation %3</source>
            <translation>Ticket %1 · %2 · annulation %3</translation>
        </message>
        <message>
            <source>Ticket %1 · %2 · %3</source>
            <translation>Ticket %1 · %2 · %3</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <source>+%1 / -%2 pts</source>
            <translation>+%1 / -%2 pts</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 · %2 · %3 · %n item(s)</source>
            <translation>
                <numerusform>Commande %1 · %2 · %3 · %n article</numerusform>
                <numerusform>Commande %1 · %2 · %3 · %n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>This store, the chain's other stores and the web shop.</source>
            <translation>Ce magasin, les autres magasins de l’enseigne et le site web.</translation>
        </message>
        <message>
            <source>Enter at least a last name or a first name.</source>
            <translation>Saisissez au moins un nom ou un prénom.</translation>
        </message>
        <message>
            <source>At most 60 characters.</source>
            <translation>60 caractères au plus.</translation>
        </message>
        <message>
            <source>Not a phone number. A foreign number starts with + and its country code.</source>
            <translation>Ce n’est pas un numéro de téléphone. Un numéro étranger commence par + et l’indicatif du pays.</translation>
        </message>
        <message>
            <source>Not an e-mail address (name@example.fr).</source>
            <translation>Ce n’est pas une adresse e-mail (nom@exemple.fr).</translation>
        </message>
        <message>
            <source>At most 1000 characters.</source>
            <translation>1000 caractères au plus.</translation>
        </message>
        <message>
            <source>A card number holds letters and digits only.</source>
            <translation>Un numéro de carte ne contient que des lettres et des chiffres.</translation>
        </message>
        <message>
            <source>This card belongs to %1.</source>
            <translation>Cette carte appartient à %1.</translation>
        </message>
        <message>
            <source>Text messages need a phone number.</source>
            <translation>Les SMS demandent un numéro de téléphone.</translation>
        </message>
        <message>
            <source>E-mails need an e-mail address.</source>
            <translation>Les e-mails demandent une adresse e-mail.</translation>
        </message>
        <message>
            <source>This customer is no longer on this register.</source>
            <translation>Ce client n’est plus sur cette caisse.</translation>
        </message>
        <message>
            <source>These details cannot be saved: check each field.</source>
            <translation>Cette fiche ne peut pas être enregistrée : vérifiez chaque champ.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Customer created. Head office will have them at the next sync.</source>
            <translation>Client créé. Le siège le recevra à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Saved. Head office will have the change at the next sync.</source>
            <translation>Enregistré. Le siège recevra la modification à la prochaine synchronisation.</translation>
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
            <translation>Messages commerciaux</translation>
        </message>
        <message>
            <source>Personalised offers</source>
            <translation>Offres personnalisées</translation>
        </message>
        <message>
            <source>Purchase analysis</source>
            <translation>Analyse des achats</translation>
        </message>
        <message>
            <source>by e-mail</source>
            <translation>par e-mail</translation>
        </message>
        <message>
            <source>by SMS</source>
            <translation>par SMS</translation>
        </message>
        <message>
            <source>by post</source>
            <translation>par courrier</translation>
        </message>
        <message>
            <source>in store</source>
            <translation>en magasin</translation>
        </message>
        <message>
            <source>all channels</source>
            <translation>tous canaux</translation>
        </message>
        <message>
            <source>Fashion</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Fine food</source>
            <translation>Épicerie fine</translation>
        </message>
        <message>
            <source>Wine</source>
            <translation>Vins</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Livres</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Maison</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Enfants</translation>
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
            <translation>carte %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::CustomerView</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>À payer</translation>
        </message>
        <message>
            <source>Left to pay</source>
            <translation>Reste à payer</translation>
        </message>
        <message>
            <source>Your change</source>
            <translation>Votre monnaie</translation>
        </message>
        <message>
            <source>Thank you, goodbye!</source>
            <translation>Merci, à bientôt !</translation>
        </message>
        <message>
            <source>To refund</source>
            <translation>À rembourser</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Remboursé</translation>
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
        <message>
            <source>There is no database at %1.</source>
            <translation>Il n'y a pas de base de données à %1.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a register's database.</source>
            <translation>%1 est un dossier, pas la base d'une caisse.</translation>
        </message>
        <message>
            <source>%1 is not a file: it cannot be a register's database.</source>
            <translation>%1 n'est pas un fichier : ce ne peut pas être la base d'une caisse.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2. Nothing was changed.</source>
            <translation>Impossible de lire %1 : %2. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>%1 is an empty file, not a register's database: nothing was written to it. For a new register, remove the empty file; otherwise restore the register's database from its backup.</source>
            <translation>%1 est un fichier vide, pas la base d'une caisse : rien n'y a été écrit. Pour une nouvelle caisse, supprimez le fichier vide ; sinon, restaurez la base de la caisse depuis sa sauvegarde.</translation>
        </message>
        <message>
            <source>%1 is not a database (it does not start as one, or it is cut short): nothing was written to it. Restore the register's database from its backup.</source>
            <translation>%1 n'est pas une base de données (il ne commence pas comme une base, ou il est tronqué) : rien n'y a été écrit. Restaurez la base de la caisse depuis sa sauvegarde.</translation>
        </message>
        <message>
            <source>%1 is read-only: the register cannot record sales in it. (comptoirctl verify reads it as it is.)</source>
            <translation>%1 est en lecture seule : la caisse ne peut pas y enregistrer de ventes. (comptoirctl verify le lit tel qu'il est.)</translation>
        </message>
        <message>
            <source>reading the database</source>
            <translation>la lecture de la base</translation>
        </message>
        <message>
            <source>%1 is a database, but not a register's: nothing was written to it.</source>
            <translation>%1 est une base de données, mais pas celle d'une caisse : rien n'y a été écrit.</translation>
        </message>
        <message>
            <source>%1 was written by an older Comptoir (schema %2, this version knows %3): a read-only copy cannot be brought up to date. Copy it to a folder you may write to, then open the copy.</source>
            <translation>%1 a été écrit par une version plus ancienne de Comptoir (schéma %2, cette version connaît %3) : une copie en lecture seule ne peut pas être mise à jour. Copiez-la dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
        </message>
        <message>
            <source>%1 has tickets still in its WAL file (%1-wal), which SQLite reads only where it may write beside it. Copy both files to a folder you may write to, then read the copy.</source>
            <translation>%1 a encore des tickets dans son fichier WAL (%1-wal), que SQLite ne lit que là où il peut écrire à côté. Copiez les deux fichiers dans un dossier où vous pouvez écrire, puis lisez la copie.</translation>
        </message>
        <message>
            <source>%1 is held by another program (another Comptoir running on it?): close it, then try again. Nothing was changed.</source>
            <translation>%1 est tenu par un autre programme (un autre Comptoir ouvert dessus ?) : fermez-le, puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database cannot be opened: the file or its folder may not be read or written here. Nothing was changed.</source>
            <translation>La base de données ne peut pas être ouverte : le fichier ou son dossier ne peut pas être lu ou écrit ici. Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DeviceCredentials</name>
        <message>
            <source>This register has no head-office credentials: enroll it first.</source>
            <translation>Cette caisse n’a pas d’identifiants du siège : enrôlez-la d’abord.</translation>
        </message>
        <message>
            <source>The system keychain is not available (%1): the head-office credentials cannot be used.</source>
            <translation>Le trousseau du système n’est pas disponible (%1) : les identifiants du siège ne peuvent pas être utilisés.</translation>
        </message>
        <message>
            <source>The system keychain refused access (%1): unlock it and try again.</source>
            <translation>Le trousseau du système a refusé l’accès (%1) : déverrouillez-le et réessayez.</translation>
        </message>
        <message>
            <source>The system keychain failed: %1</source>
            <translation>Le trousseau du système a échoué : %1</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Dialog06Scale</name>
        <message>
            <source>The scale's line failed (%1): check its cable.</source>
            <translation>La liaison avec la balance a échoué (%1) : vérifiez son câble.</translation>
        </message>
        <message>
            <source>Dialog 06 scale on %1 (%2)</source>
            <translation>Balance Dialog 06 sur %1 (%2)</translation>
        </message>
        <message>
            <source>The scale cannot be reached on %1 (%2): check that it is on and plugged in.</source>
            <translation>La balance ne répond pas sur %1 (%2) : vérifiez qu'elle est allumée et branchée.</translation>
        </message>
        <message>
            <source>The scale asks for the register's legal checksums (Dialog 06), and the polynomial its maker gave is not in this PC's keychain.</source>
            <translation>La balance demande les sommes de contrôle légales de la caisse (Dialog 06), et le polynôme fourni par son fabricant n'est pas dans le trousseau de ce PC.</translation>
        </message>
        <message>
            <source>The scale answered out of turn: weigh again.</source>
            <translation>La balance a répondu hors séquence : pesez à nouveau.</translation>
        </message>
        <message>
            <source>The scale keeps asking for the price again: weigh again.</source>
            <translation>La balance redemande sans cesse le prix : pesez à nouveau.</translation>
        </message>
        <message>
            <source>The scale refused the register's legal checksums: it gives no weight until they match (check the Dialog 06 polynomial).</source>
            <translation>La balance a refusé les sommes de contrôle légales de la caisse : elle ne donnera aucun poids tant qu'elles ne concordent pas (vérifiez le polynôme Dialog 06).</translation>
        </message>
        <message>
            <source>The scale weighed at another unit price than the register's: weigh again.</source>
            <translation>La balance a pesé à un autre prix au kilo que celui de la caisse : pesez à nouveau.</translation>
        </message>
        <message>
            <source>Waiting for the weight to settle…</source>
            <translation>Attente de la stabilisation du poids…</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is on and that its cable is plugged in.</source>
            <translation>La balance ne répond pas : vérifiez qu'elle est allumée et que son câble est branché.</translation>
        </message>
        <message>
            <source>The weight does not settle: make sure nothing touches the scale, then weigh again.</source>
            <translation>Le poids ne se stabilise pas : vérifiez que rien ne touche la balance, puis pesez à nouveau.</translation>
        </message>
        <message>
            <source>The scale has not moved since the last weighing: lift the item and put it back on the scale.</source>
            <translation>La balance n'a pas bougé depuis la dernière pesée : soulevez l'article et reposez-le sur la balance.</translation>
        </message>
        <message>
            <source>Too light to be weighed: the scale's minimum weight is not reached.</source>
            <translation>Trop léger pour être pesé : le poids minimal de la balance n'est pas atteint.</translation>
        </message>
        <message>
            <source>The scale shows less than zero: empty it and set it to zero.</source>
            <translation>La balance indique moins que zéro : videz-la et remettez-la à zéro.</translation>
        </message>
        <message>
            <source>Too heavy: the scale is overloaded.</source>
            <translation>Trop lourd : la balance est en surcharge.</translation>
        </message>
        <message>
            <source>The scale refused the unit price.</source>
            <translation>La balance a refusé le prix au kilo.</translation>
        </message>
        <message>
            <source>The scale refused the tare.</source>
            <translation>La balance a refusé la tare.</translation>
        </message>
        <message>
            <source>Transmission errors with the scale: check the line's settings (Dialog 06: 9600 bauds, 7 bits, odd parity).</source>
            <translation>Erreurs de transmission avec la balance : vérifiez les réglages de la liaison (Dialog 06 : 9600 bauds, 7 bits, parité impaire).</translation>
        </message>
        <message>
            <source>The scale reports an error (Dialog 06 status %1).</source>
            <translation>La balance signale une erreur (état Dialog 06 %1).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::DrawerDesk</name>
        <message>
            <source>The drawer is not open: give its float to start the day.</source>
            <translation>Le tiroir n'est pas ouvert : saisissez son fonds de caisse pour commencer la journée.</translation>
        </message>
        <message>
            <source>Float %1 · cash in %2 · cash out %3</source>
            <translation>Fonds %1 · entrées %2 · sorties %3</translation>
        </message>
        <message>
            <source>Counted %1 · expected %2 · variance %3</source>
            <translation>Compté %1 · attendu %2 · écart %3</translation>
        </message>
        <message>
            <source>Enter an amount such as 150,00.</source>
            <translation>Saisissez un montant comme 150,00.</translation>
        </message>
        <message>
            <source>Enter an amount such as 20,00.</source>
            <translation>Saisissez un montant comme 20,00.</translation>
        </message>
        <message>
            <source>Count each value as a whole number of coins or notes.</source>
            <translation>Comptez chaque valeur en nombre entier de pièces ou de billets.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Enroller</name>
        <message>
            <source>The head-office address must start with https:// (or http:// on a test network).</source>
            <translation>L’adresse du siège doit commencer par https:// (ou http:// sur un réseau de test).</translation>
        </message>
        <message>
            <source>Head office cannot be reached: %1</source>
            <translation>Le siège est injoignable : %1</translation>
        </message>
        <message>
            <source>Head office refused the code: it is unknown, already used or expired. Ask for a new one.</source>
            <translation>Le siège a refusé le code : inconnu, déjà utilisé ou expiré. Demandez-en un nouveau.</translation>
        </message>
        <message>
            <source>Head office gave an unexpected answer (HTTP %1). Try again later.</source>
            <translation>Le siège a donné une réponse inattendue (HTTP %1). Réessayez plus tard.</translation>
        </message>
        <message>
            <source>This register already recorded %1 ticket(s) as register %2 of store %3; head office enrolled it as register %4 of store %5. Ask head office for a code for register %2 of store %3.</source>
            <translation>Cette caisse a déjà enregistré %1 ticket(s) comme caisse %2 du magasin %3 ; le siège l’a enrôlée comme caisse %4 du magasin %5. Demandez au siège un code pour la caisse %2 du magasin %3.</translation>
        </message>
        <message>
            <source>Enrolled at head office as register %1 of store %2 (%3).</source>
            <translation>Enrôlée au siège comme caisse %1 du magasin %2 (%3).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OfferBook</name>
        <message>
            <source>Attach the customer first.</source>
            <translation>Rattachez d'abord le client.</translation>
        </message>
        <message>
            <source>This offer does not apply to this customer and basket.</source>
            <translation>Cette offre ne s'applique pas à ce client et à ce panier.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::OfflinePolicy</name>
        <message>
            <source>The offline card rules are invalid: amounts must be whole numbers of cents.</source>
            <translation>Les règles carte hors ligne sont invalides : les montants doivent être des nombres entiers de centimes.</translation>
        </message>
        <message>
            <source>The offline card rules are invalid.</source>
            <translation>Les règles carte hors ligne sont invalides.</translation>
        </message>
        <message>
            <source>The offline card rules file cannot be read: %1</source>
            <translation>Le fichier des règles carte hors ligne est illisible : %1</translation>
        </message>
        <message>
            <source>The offline card rules file is not valid JSON: %1</source>
            <translation>Le fichier des règles carte hors ligne n'est pas du JSON valide : %1</translation>
        </message>
        <message>
            <source>Ask for another payment method (cash, cheque).</source>
            <translation>Demandez un autre moyen de paiement (espèces, chèque).</translation>
        </message>
        <message>
            <source>The card terminal cannot reach the bank and this store takes no card payment offline.</source>
            <translation>Le TPE ne joint pas la banque et ce magasin n'accepte aucun paiement carte hors ligne.</translation>
        </message>
        <message>
            <source>Card refunds need the bank, which the terminal cannot reach. Refund in cash or try again later.</source>
            <translation>Les remboursements carte ont besoin de la banque, que le TPE ne joint pas. Remboursez en espèces ou réessayez plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>The register already holds %n card payment(s) waiting for the bank, the most allowed.</source>
            <translation>
                <numerusform>La caisse garde déjà %n paiement carte en attente de la banque, le maximum autorisé.</numerusform>
                <numerusform>La caisse garde déjà %n paiements carte en attente de la banque, le maximum autorisé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Without the bank, card payments are limited to %1 (this one is %2).</source>
            <translation>Sans la banque, les paiements carte sont limités à %1 (celui-ci est de %2).</translation>
        </message>
        <message>
            <source>Without the bank, only %1 more can be taken by card on this register.</source>
            <translation>Sans la banque, cette caisse ne peut plus encaisser que %1 par carte.</translation>
        </message>
        <message>
            <source>This card (%1) is not accepted without the bank. Ask for another card or payment method.</source>
            <translation>Cette carte (%1) n'est pas acceptée sans la banque. Demandez une autre carte ou un autre moyen de paiement.</translation>
        </message>
        <message>
            <source>Without the bank the card must be inserted (chip and PIN) or tapped. Ask the customer again.</source>
            <translation>Sans la banque, la carte doit être insérée (puce et code) ou posée (sans contact). Redemandez au client.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Payment</name>
        <message>
            <source>The terminal sent an answer Comptoir cannot read.</source>
            <translation>Le TPE a envoyé une réponse que Comptoir ne sait pas lire.</translation>
        </message>
        <message>
            <source>This terminal's protocol cannot do that.</source>
            <translation>Le protocole de ce TPE ne permet pas cette opération.</translation>
        </message>
        <message>
            <source>The amount is too large for this terminal.</source>
            <translation>Le montant est trop élevé pour ce TPE.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PaymentJournal</name>
        <message>
            <source>Card payment %1 can no longer pay for this sale (%2): cancel the payment and take it again.</source>
            <translation>Le paiement par carte %1 ne peut plus régler cette vente (%2) : annulez le paiement et reprenez-le.</translation>
        </message>
        <message>
            <source>unknown to this register</source>
            <translation>inconnu de cette caisse</translation>
        </message>
        <message>
            <source>another ticket counts it</source>
            <translation>un autre ticket le compte déjà</translation>
        </message>
        <message>
            <source>its state is %1</source>
            <translation>son état est %1</translation>
        </message>
        <message>
            <source>Ticket %1 counts card payment %2 of %3, but the register has it as %4: the customer may have been refunded while the sale says paid by card.</source>
            <translation>Le ticket %1 compte le paiement par carte %2 de %3, mais la caisse l'a comme %4 : le client a peut-être été remboursé alors que la vente dit payé par carte.</translation>
        </message>
        <message>
            <source>Card payment %1 of %2 was approved at the terminal but no ticket counts it: refund the customer or find the sale.</source>
            <translation>Le paiement par carte %1 de %2 a été accepté par le terminal mais aucun ticket ne le compte : remboursez le client ou retrouvez la vente.</translation>
        </message>
        <message>
            <source>No free card payment reference: check the register's clock.</source>
            <translation>Plus de référence de paiement par carte libre : vérifiez l'horloge de la caisse.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PaymentService</name>
        <message>
            <source>The terminal is still busy with the previous operation. Wait a moment.</source>
            <translation>Le TPE est encore occupé par l'opération précédente. Patientez un instant.</translation>
        </message>
        <message>
            <source>No card terminal is set up on this register. Take another payment method.</source>
            <translation>Aucun TPE n'est configuré sur cette caisse. Prenez un autre moyen de paiement.</translation>
        </message>
        <message>
            <source>There is nothing to pay by card.</source>
            <translation>Il n'y a rien à payer par carte.</translation>
        </message>
        <message>
            <source>This card payment has already been settled.</source>
            <translation>Ce paiement carte est déjà réglé.</translation>
        </message>
        <message>
            <source>This card payment cannot be given back.</source>
            <translation>Ce paiement carte ne peut pas être rendu.</translation>
        </message>
        <message>
            <source>The card payment could not be cancelled on the terminal: the manager will refund it.</source>
            <translation>Le paiement carte n'a pas pu être annulé sur le TPE : le responsable le remboursera.</translation>
        </message>
        <message>
            <source>The terminal is busy. Close the day once the current payment is over.</source>
            <translation>Le TPE est occupé. Clôturez la journée une fois le paiement en cours terminé.</translation>
        </message>
        <message>
            <source>The terminal did not give its end-of-day totals. Check it and try again.</source>
            <translation>Le TPE n'a pas donné ses totaux de fin de journée. Vérifiez-le et réessayez.</translation>
        </message>
        <message>
            <source>%1 card operation(s) at the terminal, %2 in the register's journal.</source>
            <translation>%1 opération(s) carte au TPE, %2 dans le journal de la caisse.</translation>
        </message>
        <message>
            <source>Card payments: %1 at the terminal, %2 in the journal.</source>
            <translation>Paiements carte : %1 au TPE, %2 dans le journal.</translation>
        </message>
        <message>
            <source>Card refunds: %1 at the terminal, %2 in the journal.</source>
            <translation>Remboursements carte : %1 au TPE, %2 dans le journal.</translation>
        </message>
        <message>
            <source>Card payments: %1 at the terminal, %2 in the tickets.</source>
            <translation>Paiements par carte : %1 au terminal, %2 dans les tickets.</translation>
        </message>
        <message>
            <source>Card refunds: %1 at the terminal, %2 in the tickets.</source>
            <translation>Remboursements par carte : %1 au terminal, %2 dans les tickets.</translation>
        </message>
        <message>
            <source>A cancellation of this card payment is still being checked with the terminal.</source>
            <translation>Une annulation de ce paiement par carte est encore en cours de vérification avec le terminal.</translation>
        </message>
        <message>
            <source>A card refund cannot be cancelled on the terminal: the manager has a follow-up.</source>
            <translation>Un remboursement par carte ne peut pas être annulé sur le terminal : le responsable a un suivi.</translation>
        </message>
        <message>
            <source>Card payments: %1 in the journal, %2 in the tickets.</source>
            <translation>Paiements par carte : %1 dans le journal, %2 dans les tickets.</translation>
        </message>
        <message>
            <source>Card refunds: %1 in the journal, %2 in the tickets.</source>
            <translation>Remboursements par carte : %1 dans le journal, %2 dans les tickets.</translation>
        </message>
        <message>
            <source>That card payment cannot be refunded: it was not approved.</source>
            <translation>Ce paiement par carte ne peut pas être remboursé : il n'a pas été accepté.</translation>
        </message>
        <message>
            <source>At most %1 can go back to the card of that payment (%2 paid, %3 already refunded).</source>
            <translation>Au plus %1 peut revenir sur la carte de ce paiement (%2 payés, %3 déjà remboursés).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PaymentSetup</name>
        <message>
            <source>Each payment terminal needs an "id" and a "driver".</source>
            <translation>Chaque TPE doit avoir un « id » et un « driver ».</translation>
        </message>
        <message>
            <source>Two payment terminals have the id "%1".</source>
            <translation>Deux TPE ont l'identifiant « %1 ».</translation>
        </message>
        <message>
            <source>The terminal health interval cannot be negative.</source>
            <translation>L'intervalle de surveillance des TPE ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Cannot read the payment setup %1: %2</source>
            <translation>Impossible de lire la configuration de paiement %1 : %2</translation>
        </message>
        <message>
            <source>The payment setup %1 is not valid JSON (offset %2: %3).</source>
            <translation>La configuration de paiement %1 n'est pas du JSON valide (position %2 : %3).</translation>
        </message>
        <message>
            <source>The stored payment setup is damaged: %1</source>
            <translation>La configuration de paiement enregistrée est endommagée : %1</translation>
        </message>
        <message>
            <source>The terminal address "%1" is not of the form tcp://host:port.</source>
            <translation>L'adresse du TPE « %1 » n'est pas de la forme tcp://hôte:port.</translation>
        </message>
        <message>
            <source>The terminal's serial port is missing in "%1".</source>
            <translation>Le port série du TPE manque dans « %1 ».</translation>
        </message>
        <message>
            <source>Invalid serial speed "%1".</source>
            <translation>Vitesse série « %1 » invalide.</translation>
        </message>
        <message>
            <source>Invalid serial format "%1" (expected e.g. 7E1 or 8N1).</source>
            <translation>Format série « %1 » invalide (attendu par exemple 7E1 ou 8N1).</translation>
        </message>
        <message>
            <source>Unknown serial option "%1".</source>
            <translation>Option série « %1 » inconnue.</translation>
        </message>
        <message>
            <source>The terminal address "%1" must start with tcp:// or serial:.</source>
            <translation>L'adresse du TPE « %1 » doit commencer par tcp:// ou serial:.</translation>
        </message>
        <message>
            <source>Unknown terminal message format "%1" (caisse-ap or protocol-e).</source>
            <translation>Format de message TPE « %1 » inconnu (caisse-ap ou protocol-e).</translation>
        </message>
        <message>
            <source>Unknown payment terminal driver "%1" for %2.</source>
            <translation>Pilote de TPE « %1 » inconnu pour %2.</translation>
        </message>
        <message>
            <source>The terminal address "%1" is not of the form https://host:port/path.</source>
            <translation>L'adresse du terminal « %1 » n'est pas de la forme https://hôte:port/chemin.</translation>
        </message>
        <message>
            <source>The certificate fingerprint of %1 must be 64 hexadecimal digits (SHA-256).</source>
            <translation>L'empreinte du certificat de %1 doit compter 64 chiffres hexadécimaux (SHA-256).</translation>
        </message>
        <message>
            <source>Terminal %1: "%2" must be a whole number from %3 to %4.</source>
            <translation>Terminal %1 : « %2 » doit être un nombre entier de %3 à %4.</translation>
        </message>
        <message>
            <source>Terminal %1: "ecr_id" must be twelve digits (Caisse-AP's CJ).</source>
            <translation>Terminal %1 : « ecr_id » doit compter douze chiffres (le CJ de Caisse-AP).</translation>
        </message>
        <message>
            <source>The certificate authority file %1 of %2 does not exist.</source>
            <translation>Le fichier d'autorité de certification %1 de %2 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 checks the terminal's certificate, but its address is not https.</source>
            <translation>%1 vérifie le certificat du terminal, mais son adresse n'est pas en https.</translation>
        </message>
        <message>
            <source>The encryption key of %1 needs a key_id of at most 64 characters and a key_version from 0 to 9999, as set on the terminal.</source>
            <translation>La clé de chiffrement de %1 demande un key_id de 64 caractères au plus et une key_version de 0 à 9999, comme réglés sur le terminal.</translation>
        </message>
        <message>
            <source>The passphrase of the encryption key %1 (version %2) of terminal %3 is not in this PC's keychain: set it with comptoirctl terminal set-key %4.</source>
            <translation>La phrase secrète de la clé de chiffrement %1 (version %2) du terminal %3 n'est pas dans le trousseau de ce poste : enregistrez-la avec comptoirctl terminal set-key %4.</translation>
        </message>
        <message>
            <source>The passphrase of the encryption key of terminal %1 cannot be read: %2</source>
            <translation>La phrase secrète de la clé de chiffrement du terminal %1 ne peut pas être lue : %2</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Permission</name>
        <message>
            <source>Give a larger line discount</source>
            <translation>Accorder une remise de ligne plus forte</translation>
        </message>
        <message>
            <source>Discount the whole basket</source>
            <translation>Remiser tout le panier</translation>
        </message>
        <message>
            <source>Change a price</source>
            <translation>Changer un prix</translation>
        </message>
        <message>
            <source>Sell an item at 0.00</source>
            <translation>Vendre un article à 0,00</translation>
        </message>
        <message>
            <source>Take back items of a ticket</source>
            <translation>Reprendre des articles d'un ticket</translation>
        </message>
        <message>
            <source>Take back items without a ticket</source>
            <translation>Reprendre des articles sans ticket</translation>
        </message>
        <message>
            <source>Cancel a ticket</source>
            <translation>Annuler un ticket</translation>
        </message>
        <message>
            <source>Print a duplicate</source>
            <translation>Imprimer un duplicata</translation>
        </message>
        <message>
            <source>Cancel a card payment</source>
            <translation>Annuler un paiement par carte</translation>
        </message>
        <message>
            <source>Open the drawer without a sale</source>
            <translation>Ouvrir le tiroir sans vente</translation>
        </message>
        <message>
            <source>Put cash in or take it out</source>
            <translation>Faire une entrée ou une sortie d'espèces</translation>
        </message>
        <message>
            <source>Print the X report</source>
            <translation>Imprimer le rapport X</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>Clôturer la journée</translation>
        </message>
        <message>
            <source>Close the month or the year</source>
            <translation>Clôturer le mois ou l'année</translation>
        </message>
        <message>
            <source>Count the drawer</source>
            <translation>Compter le tiroir</translation>
        </message>
        <message>
            <source>Change the settings</source>
            <translation>Modifier les réglages</translation>
        </message>
        <message>
            <source>End the card terminal's day</source>
            <translation>Faire la fin de journée du terminal</translation>
        </message>
        <message>
            <source>Edit a customer</source>
            <translation>Modifier un client</translation>
        </message>
        <message>
            <source>Switch training mode</source>
            <translation>Passer en mode formation</translation>
        </message>
        <message>
            <source>Edit the favourites</source>
            <translation>Modifier les favoris</translation>
        </message>
        <message>
            <source>Manage the clerks</source>
            <translation>Gérer les vendeurs</translation>
        </message>
        <message>
            <source>Approve for another clerk</source>
            <translation>Accorder pour un autre vendeur</translation>
        </message>
        <message>
            <source>Write the fiscal archive</source>
            <translation>Écrire l'archive fiscale</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Caissier·ère</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Chef de caisse</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
    </context>
    <context>
        <name>comptoir::Pin</name>
        <message>
            <source>A PIN is %1 to %2 digits.</source>
            <translation>Un code fait de %1 à %2 chiffres.</translation>
        </message>
        <message>
            <source>The PIN cannot be protected: libsodium did not start.</source>
            <translation>Le code ne peut pas être protégé : libsodium n'a pas démarré.</translation>
        </message>
        <message>
            <source>The PIN cannot be protected: out of memory.</source>
            <translation>Le code ne peut pas être protégé : mémoire insuffisante.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PosContext</name>
        <message>
            <source>Serial scanner setting "%1" is not valid (expected /dev/ttyACM0:9600:8N1).</source>
            <translation>Le réglage du lecteur série « %1 » n'est pas valide (attendu : /dev/ttyACM0:9600:8N1).</translation>
        </message>
        <message>
            <source>Terminal (simulator)</source>
            <translation>TPE (simulateur)</translation>
        </message>
        <message>
            <source>Scale setting "%1" is not valid (expected /dev/ttyUSB0:9600:7O1).</source>
            <translation>Le réglage de balance « %1 » n'est pas valide (attendu : /dev/ttyUSB0:9600:7O1).</translation>
        </message>
        <message>
            <source>Pole display setting "%1" is not valid (expected /dev/ttyUSB1:9600:8N1,epson or ,cd5220).</source>
            <translation>Le réglage de l'afficheur client « %1 » n'est pas valide (attendu : /dev/ttyUSB1:9600:8N1,epson ou ,cd5220).</translation>
        </message>
        <message>
            <source>Finish the payment first.</source>
            <translation>Terminez d'abord le paiement.</translation>
        </message>
        <message>
            <source>Receipt printer setting "%1" is not valid (expected tcp:HOST[:PORT], serial:DEVICE[:BAUD] or usb:/dev/usb/lp0).</source>
            <translation>Le réglage d'imprimante de tickets « %1 » n'est pas valide (attendu : tcp:HÔTE[:PORT], serial:PÉRIPHÉRIQUE[:VITESSE] ou usb:/dev/usb/lp0).</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PrintQueue</name>
        <message>
            <source>Nothing to print, or far too much.</source>
            <translation>Rien à imprimer, ou bien trop.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PrinterDesk</name>
        <message>
            <source>No receipt printer is set up: receipts are on the screen and in PDF.</source>
            <translation>Aucune imprimante de tickets n'est configurée : les tickets sont à l'écran et en PDF.</translation>
        </message>
        <message>
            <source>The receipt printer is ready.</source>
            <translation>L'imprimante de tickets est prête.</translation>
        </message>
        <message>
            <source>Ticket %1, duplicate %2</source>
            <translation>Ticket %1, duplicata %2</translation>
        </message>
        <message>
            <source>Ticket %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <source>Drawer opened</source>
            <translation>Ouverture du tiroir</translation>
        </message>
    </context>
    <context>
        <name>comptoir::PrinterStatus</name>
        <message>
            <source>The printer's cover is open: close it.</source>
            <translation>Le capot de l'imprimante est ouvert : fermez-le.</translation>
        </message>
        <message>
            <source>The printer is out of paper: load a roll.</source>
            <translation>L'imprimante n'a plus de papier : mettez un rouleau.</translation>
        </message>
        <message>
            <source>The printer reports an error (cutter, head): check it, then switch it off and on.</source>
            <translation>L'imprimante signale une erreur (massicot, tête) : vérifiez-la, puis éteignez-la et rallumez-la.</translation>
        </message>
        <message>
            <source>The printer is offline.</source>
            <translation>L'imprimante est hors ligne.</translation>
        </message>
        <message>
            <source>The paper roll is nearly finished.</source>
            <translation>Le rouleau de papier est presque fini.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prête</translation>
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
            <translation>Ce produit n’est pas vendu ici.</translation>
        </message>
        <message>
            <source>%1 is already a favourite.</source>
            <translation>%1 est déjà un favori.</translation>
        </message>
        <message>
            <source>The favourites page is full (%1 products): remove one first.</source>
            <translation>La page des favoris est pleine (%1 produits) : retirez-en un d’abord.</translation>
        </message>
        <message>
            <source>This product is not a favourite.</source>
            <translation>Ce produit n’est pas un favori.</translation>
        </message>
        <message>
            <source>Choose one of the French VAT rates.</source>
            <translation>Choisissez l’un des taux de TVA français.</translation>
        </message>
        <message>
            <source>This department has no key: ask head office.</source>
            <translation>Ce rayon n’a pas de touche : demandez au siège.</translation>
        </message>
        <message>
            <source>Enter an amount such as 3,50.</source>
            <translation>Saisissez un montant, par exemple 3,50.</translation>
        </message>
        <message>
            <source>%1 is more than this key may sell (%2): scan the items or ask a manager.</source>
            <translation>%1 dépasse ce que cette touche peut vendre (%2) : scannez les articles ou appelez un responsable.</translation>
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
        <message>
            <source>Card (offline)</source>
            <translation>Carte (hors ligne)</translation>
        </message>
        <message>
            <source>Loyalty points</source>
            <translation>Points fidélité</translation>
        </message>
        <message>
            <source>(%1 pts)</source>
            <translation>(%1 pts)</translation>
        </message>
        <message>
            <source>Loyalty points earned: %1</source>
            <translation>Points fidélité gagnés : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) returned</source>
            <translation>
                <numerusform>%n article rendu</numerusform>
                <numerusform>%n articles rendus</numerusform>
            </translation>
        </message>
        <message>
            <source>of ticket %1</source>
            <translation>du ticket %1</translation>
        </message>
        <message>
            <source>RETURN, ticket %1: %2</source>
            <translation>RETOUR, ticket %1 : %2</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>de %1</translation>
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
        <message>
            <source>The ticket's code cannot be drawn as a QR code.</source>
            <translation>Le code du ticket ne peut pas être dessiné en code QR.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ReceiptPrinter</name>
        <message>
            <source>The receipt printer (%1) cannot be reached: %2</source>
            <translation>L'imprimante de tickets (%1) est injoignable : %2</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <source>The receipt printer (%1) does not answer status requests: the receipt is kept to print again.</source>
            <translation>L'imprimante de tickets (%1) ne répond pas aux demandes d'état : le ticket est gardé pour être réimprimé.</translation>
        </message>
        <message>
            <source>the receipt could not be sent</source>
            <translation>le ticket n'a pas pu être envoyé</translation>
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
        <message>
            <source>Ticket %1 moved money on a card: cancel it at the register, where the terminal refunds the card.</source>
            <translation>Le ticket %1 a débité ou crédité une carte : annulez-le à la caisse, où le terminal rembourse la carte.</translation>
        </message>
        <message>
            <source>Ticket %1 is not of today: its items are returned against it instead.</source>
            <translation>Le ticket %1 n'est pas du jour : ses articles se retournent sur ce ticket.</translation>
        </message>
        <message>
            <source>Items of ticket %1 were returned already: return the rest of it instead.</source>
            <translation>Des articles du ticket %1 ont déjà été repris : reprenez plutôt le reste.</translation>
        </message>
        <message>
            <source>Ticket %1 does not read as it was recorded: it cannot be cancelled. The journal check (comptoirctl verify) names what changed.</source>
            <translation>Le ticket %1 ne se lit plus tel qu'il a été enregistré : il ne peut pas être annulé. Le contrôle du journal (comptoirctl verify) indique ce qui a changé.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::SaleSession</name>
        <message>
            <source>Customer %1</source>
            <translation>Client %1</translation>
        </message>
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
            <source>Payment in progress: finish or cancel it before scanning.</source>
            <translation>Encaissement en cours : terminez-le ou annulez-le avant de scanner.</translation>
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
            <source>This customer is no longer on this register.</source>
            <translation>Ce client n’est plus sur cette caisse.</translation>
        </message>
        <message>
            <source>No points can be used for this sale.</source>
            <translation>Aucun point n'est utilisable pour cette vente.</translation>
        </message>
        <message>
            <source>Attach the customer first.</source>
            <translation>Rattachez d'abord le client.</translation>
        </message>
        <message>
            <source>Offer applied: %1.</source>
            <translation>Offre appliquée : %1.</translation>
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
            <source>No payment is in progress.</source>
            <translation>Aucun paiement n'est en cours.</translation>
        </message>
        <message>
            <source>This sale has card payments from a terminal that is no longer set up: call support.</source>
            <translation>Cette vente a des paiements par carte d'un terminal qui n'est plus configuré : appelez l'assistance.</translation>
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
        <message>
            <source>Finish or park the current basket first.</source>
            <translation>Terminez ou mettez d'abord en attente le panier en cours.</translation>
        </message>
        <message>
            <source>A card payment is with the terminal: wait for its answer, or stop waiting first.</source>
            <translation>Un paiement par carte est au terminal : attendez sa réponse, ou arrêtez d'attendre d'abord.</translation>
        </message>
        <message>
            <source>The label of %1 says %2: sell it free, or give its price.</source>
            <translation>L'étiquette de %1 indique %2 : vendez-le gratuitement, ou donnez son prix.</translation>
        </message>
        <message>
            <source>%1 has no price: sell it free, or give its price.</source>
            <translation>%1 n'a pas de prix : vendez-le gratuitement, ou donnez son prix.</translation>
        </message>
        <message>
            <source>No item is waiting for its price.</source>
            <translation>Aucun article n'attend son prix.</translation>
        </message>
        <message>
            <source>Enter a price such as 4,99.</source>
            <translation>Saisissez un prix, par exemple 4,99.</translation>
        </message>
        <message>
            <source>%1 sold free.</source>
            <translation>%1 vendu gratuitement.</translation>
        </message>
        <message>
            <source>%1 added at %2.</source>
            <translation>%1 ajouté à %2.</translation>
        </message>
        <message>
            <source>%1 left out of the sale.</source>
            <translation>%1 laissé hors de la vente.</translation>
        </message>
        <message>
            <source>Weighing on the scale…</source>
            <translation>Pesée sur la balance…</translation>
        </message>
        <message>
            <source>Enter the weight of %1 in kg.</source>
            <translation>Saisissez le poids de %1 en kg.</translation>
        </message>
        <message>
            <source>No item is waiting for its weight.</source>
            <translation>Aucun article n'attend son poids.</translation>
        </message>
        <message>
            <source>%1: %2 kg.</source>
            <translation>%1 : %2 kg.</translation>
        </message>
        <message>
            <source>No scale is set up at this register: enter the weight.</source>
            <translation>Aucune balance n'est configurée sur cette caisse : saisissez le poids.</translation>
        </message>
        <message>
            <source>Quantity of %1 changed.</source>
            <translation>Quantité de %1 modifiée.</translation>
        </message>
        <message>
            <source>%1 removed.</source>
            <translation>%1 retiré de la vente.</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Rien à annuler.</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Annulé : %1</translation>
        </message>
        <message>
            <source>Miscellaneous</source>
            <translation>Divers</translation>
        </message>
        <message>
            <source>This ticket is not in this register's journal.</source>
            <translation>Ce ticket n’est pas dans le journal de cette caisse.</translation>
        </message>
        <message>
            <source>Ticket %1 is not of today: it cannot be cancelled, its items can be returned against it.</source>
            <translation>Le ticket %1 n’est pas du jour : il ne peut pas être annulé, ses articles peuvent être repris sur ce ticket.</translation>
        </message>
        <message>
            <source>Open the ticket the items were bought with first.</source>
            <translation>Ouvrez d’abord le ticket d’achat des articles.</translation>
        </message>
        <message>
            <source>Type the weight returned in kg, such as 0,5.</source>
            <translation>Tapez le poids rapporté en kg, par exemple 0,5.</translation>
        </message>
        <message>
            <source>Type a whole number of pieces.</source>
            <translation>Tapez un nombre entier de pièces.</translation>
        </message>
        <message>
            <source>Not of today: return its items instead.</source>
            <translation>Ce ticket n’est pas du jour : faites plutôt un retour de ses articles.</translation>
        </message>
        <message>
            <source>A ticket of %1: return its items here, or cancel it at its register.</source>
            <translation>Ticket de %1 : ses articles peuvent être repris ici ; il s’annule à sa caisse.</translation>
        </message>
        <message>
            <source>Ticket %1 of %2, found at head office.</source>
            <translation>Ticket %1 de %2, trouvé au siège.</translation>
        </message>
        <message>
            <source>No register of the chain has this ticket: check the receipt, or find it by number.</source>
            <translation>Aucune caisse de l’enseigne n’a ce ticket : vérifiez le reçu, ou cherchez-le par son numéro.</translation>
        </message>
        <message>
            <source>Head office cannot be reached: only this register's own tickets can be found now.</source>
            <translation>Le siège est injoignable : seuls les tickets de cette caisse peuvent être retrouvés pour l’instant.</translation>
        </message>
        <message>
            <source>Head office could not give this ticket: try again, or return the items without it.</source>
            <translation>Le siège n’a pas pu donner ce ticket : réessayez, ou reprenez les articles sans ticket.</translation>
        </message>
        <message>
            <source>This ticket is not in this register's journal, and the register is not connected to head office to find another register's.</source>
            <translation>Ce ticket n’est pas dans le journal de cette caisse, et la caisse n’est pas reliée au siège pour trouver celui d’une autre.</translation>
        </message>
        <message>
            <source>Another register's ticket: asking head office…</source>
            <translation>Ticket d’une autre caisse : demande au siège…</translation>
        </message>
        <message>
            <source>Ticket %1 is of %2, register %3: its duplicate is printed there.</source>
            <translation>Le ticket %1 est de %2, caisse %3 : son duplicata s’imprime là-bas.</translation>
        </message>
        <message>
            <source>Ticket %1 is of %2, register %3: it is cancelled there; its items can be returned here.</source>
            <translation>Le ticket %1 est de %2, caisse %3 : il s’annule là-bas ; ses articles peuvent être repris ici.</translation>
        </message>
        <message>
            <source>%1, register %2</source>
            <translation>%1, caisse %2</translation>
        </message>
        <message>
            <source>Items of it were returned already: return the rest instead.</source>
            <translation>Des articles en ont déjà été repris : reprenez plutôt le reste.</translation>
        </message>
        <message>
            <source>Ticket %1 is a training ticket: nothing of it is returned in real sales.</source>
            <translation>Le ticket %1 est un ticket de formation : rien n’en est repris en vente réelle.</translation>
        </message>
        <message>
            <source>Ticket %1 is a real sale: it is not returned in training mode.</source>
            <translation>Le ticket %1 est une vente réelle : il n’est pas repris en mode formation.</translation>
        </message>
        <message>
            <source>Items of ticket %1 were returned already: return the rest of it instead.</source>
            <translation>Des articles du ticket %1 ont déjà été repris : reprenez plutôt le reste.</translation>
        </message>
        <message>
            <source>Head office is asked whether items of ticket %1 came back elsewhere: try again in a moment.</source>
            <translation>Le siège est interrogé sur les reprises du ticket %1 ailleurs : réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Refunded by card, or paid with points: return its items instead.</source>
            <translation>Remboursé sur carte, ou payé en points : retournez plutôt ses articles.</translation>
        </message>
        <message>
            <source>Paid by card and no terminal is set up: return its items instead.</source>
            <translation>Payé par carte et aucun terminal n'est configuré : retournez plutôt ses articles.</translation>
        </message>
        <message>
            <source>Ticket %1 moved money on a card: cancelling it would not move it back. Return its items instead.</source>
            <translation>Le ticket %1 a débité ou crédité une carte : l'annuler ne rétablirait pas la carte. Retournez plutôt ses articles.</translation>
        </message>
        <message>
            <source>Ticket %1 was paid by card and no card terminal is set up: return its items and refund them in cash.</source>
            <translation>Le ticket %1 a été payé par carte et aucun terminal n'est configuré : retournez ses articles et remboursez-les en espèces.</translation>
        </message>
        <message>
            <source>Give the reason for the cancellation.</source>
            <translation>Indiquez le motif de l'annulation.</translation>
        </message>
        <message>
            <source>Cancelling ticket %1: the card is refunded through the terminal.</source>
            <translation>Annulation du ticket %1 : la carte est remboursée par le terminal.</translation>
        </message>
        <message>
            <source>Items of ticket %1 in this basket were returned or cancelled meanwhile: take them out of the basket.</source>
            <translation>Des articles du ticket %1 de ce panier ont été retournés ou annulés entre-temps : retirez-les du panier.</translation>
        </message>
        <message>
            <source>Enter the net weight of %1 in kg, without its %2 g container.</source>
            <translation>Saisissez le poids net de %1 en kg, sans son emballage de %2 g.</translation>
        </message>
        <message>
            <source>The scale weighs less than the %1 g container: put %2 on it in its container, then weigh again.</source>
            <translation>La balance pèse moins que l'emballage de %1 g : posez-y %2 dans son emballage, puis pesez à nouveau.</translation>
        </message>
        <message>
            <source>Sign in first: nothing is sold without a clerk.</source>
            <translation>Connectez-vous d'abord : rien ne se vend sans vendeur.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::ScanInterpreter</name>
        <message>
            <source>Loyalty card %1 is not known on this register: find the customer by name or phone number.</source>
            <translation>Carte de fidélité %1 inconnue de cette caisse : cherchez le client par son nom ou son numéro de téléphone.</translation>
        </message>
        <message>
            <source>Unknown product %1: put it aside and find it by name.</source>
            <translation>Produit inconnu %1 : mettez-le de côté et cherchez-le par son nom.</translation>
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
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Head office: not set up</source>
            <translation>Siège : non configuré</translation>
        </message>
        <message>
            <source>Head office: in sync</source>
            <translation>Siège : à jour</translation>
        </message>
        <message>
            <source>Head office: unreachable, nothing waiting</source>
            <translation>Siège injoignable, rien en attente</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) waiting</source>
            <translation>
                <numerusform>%n ticket en attente</numerusform>
                <numerusform>%n tickets en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Head office: sending, %1</source>
            <translation>Siège : envoi en cours, %1</translation>
        </message>
        <message>
            <source>Head office unreachable: %1, oldest %2</source>
            <translation>Siège injoignable : %1, le plus ancien depuis %2</translation>
        </message>
        <message>
            <source>Head office: problem, %1, oldest %2</source>
            <translation>Siège : problème, %1, le plus ancien depuis %2</translation>
        </message>
        <message>
            <source>Last contact: %1</source>
            <translation>Dernier contact : %1</translation>
        </message>
        <message>
            <source>Last acknowledged by head office: %1</source>
            <translation>Dernier accusé de réception du siège : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) acknowledged, %1 set aside</source>
            <translation>
                <numerusform>%n événement reçu par le siège, %1 mis de côté</numerusform>
                <numerusform>%n événements reçus par le siège, %1 mis de côté</numerusform>
            </translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Dernière erreur : %1</translation>
        </message>
        <message>
            <source>Selling does not wait for head office: every ticket is kept here until it is acknowledged.</source>
            <translation>La vente n’attend pas le siège : chaque ticket est conservé ici jusqu’à son accusé de réception.</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>reçu par le siège</translation>
        </message>
        <message>
            <source>sent, awaiting acknowledgement</source>
            <translation>envoyé, en attente d’accusé de réception</translation>
        </message>
        <message>
            <source>set aside</source>
            <translation>mis de côté</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>Head office: receiving the catalogue, %1 %</source>
            <translation>Siège : réception du catalogue, %1 %</translation>
        </message>
        <message>
            <source>Catalogue, prices and customers from head office: %1 of %2 changes received</source>
            <translation>Catalogue, prix et clients du siège : %1 modifications reçues sur %2</translation>
        </message>
        <message numerus="yes">
            <source>Preparing product search: %n product(s) left (scanning already works)</source>
            <translation>
                <numerusform>Préparation de la recherche : %n produit restant (le scan fonctionne déjà)</numerusform>
                <numerusform>Préparation de la recherche : %n produits restants (le scan fonctionne déjà)</numerusform>
            </translation>
        </message>
        <message>
            <source>Catalogue, prices and customers last updated by head office: %1</source>
            <translation>Catalogue, prix et clients mis à jour par le siège : %1</translation>
        </message>
        <message>
            <source>Catalogue, prices and customers up to date (checked %1)</source>
            <translation>Catalogue, prix et clients à jour (vérifié %1)</translation>
        </message>
        <message>
            <source>Head office changed this register's payment terminals: restart the register to use them.</source>
            <translation>Le siège a modifié les terminaux de paiement de cette caisse : redémarrez la caisse pour les utiliser.</translation>
        </message>
        <message>
            <source>Head office: connecting…</source>
            <translation>Siège : connexion…</translation>
        </message>
        <message>
            <source>Head office: connecting, %1</source>
            <translation>Siège : connexion, %1</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s) to send</source>
            <translation>
                <numerusform>%n vente à envoyer</numerusform>
                <numerusform>%n ventes à envoyer</numerusform>
            </translation>
        </message>
        <message>
            <source>Head office: offline</source>
            <translation>Siège : hors ligne</translation>
        </message>
        <message>
            <source>Head office: offline, %1</source>
            <translation>Siège : hors ligne, %1</translation>
        </message>
        <message>
            <source>Head office: offline for %1</source>
            <translation>Siège : hors ligne depuis %1</translation>
        </message>
        <message>
            <source>Head office: offline for %1, %2</source>
            <translation>Siège : hors ligne depuis %1, %2</translation>
        </message>
        <message>
            <source>Head office: problem, tap for details</source>
            <translation>Siège : problème, touchez pour le détail</translation>
        </message>
        <message>
            <source>Head office: problem, %1</source>
            <translation>Siège : problème, %1</translation>
        </message>
        <message>
            <source>a moment</source>
            <translation>un instant</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TerminalController</name>
        <message numerus="yes">
            <source>%n card operation(s), debits %1, credits %2</source>
            <translation>
                <numerusform>%n opération carte, débits %1, crédits %2</numerusform>
                <numerusform>%n opérations carte, débits %1, crédits %2</numerusform>
            </translation>
        </message>
        <message>
            <source>End of day on %1: %2. Differences: %3</source>
            <translation>Clôture de %1 : %2. Écarts : %3</translation>
        </message>
        <message>
            <source>Connecting to the terminal…</source>
            <translation>Connexion au TPE…</translation>
        </message>
        <message>
            <source>Sending the amount to the terminal…</source>
            <translation>Envoi du montant au TPE…</translation>
        </message>
        <message>
            <source>Present the card for the refund…</source>
            <translation>Présentez la carte pour le remboursement…</translation>
        </message>
        <message>
            <source>Present the card…</source>
            <translation>Présentez la carte…</translation>
        </message>
        <message>
            <source>The terminal is answering…</source>
            <translation>Réponse du TPE…</translation>
        </message>
        <message>
            <source>Checking with the terminal what happened…</source>
            <translation>Vérification auprès du TPE…</translation>
        </message>
        <message>
            <source>The terminal cannot reach the bank and card payments without it are not allowed in this store: take another means of payment.</source>
            <translation>Le TPE ne joint pas la banque et ce magasin n'accepte pas les paiements carte sans elle : prenez un autre moyen de paiement.</translation>
        </message>
        <message>
            <source>The terminal cannot reach the bank and the store's limit for stored card payments is reached: take another means of payment.</source>
            <translation>Le TPE ne joint pas la banque et la limite du magasin pour les paiements carte stockés est atteinte : prenez un autre moyen de paiement.</translation>
        </message>
        <message numerus="yes">
            <source>The terminal cannot reach the bank: card payments up to %1 are stored and sent later (%n more allowed, %2 in total).</source>
            <translation>
                <numerusform>Le TPE ne joint pas la banque : les paiements carte jusqu'à %1 sont stockés et transmis plus tard (encore %n autorisé, %2 au total).</numerusform>
                <numerusform>Le TPE ne joint pas la banque : les paiements carte jusqu'à %1 sont stockés et transmis plus tard (encore %n autorisés, %2 au total).</numerusform>
            </translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>pas encore vérifié</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>injoignable</translation>
        </message>
        <message>
            <source>working without the bank</source>
            <translation>fonctionne sans la banque</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prêt</translation>
        </message>
        <message>
            <source>model %1</source>
            <translation>modèle %1</translation>
        </message>
        <message>
            <source>serial %1</source>
            <translation>n° de série %1</translation>
        </message>
        <message>
            <source>software %1</source>
            <translation>logiciel %1</translation>
        </message>
        <message>
            <source>network %1</source>
            <translation>réseau %1</translation>
        </message>
        <message>
            <source>battery %1 %</source>
            <translation>batterie %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n stored payment(s), %1</source>
            <translation>
                <numerusform>%n paiement stocké, %1</numerusform>
                <numerusform>%n paiements stockés, %1</numerusform>
            </translation>
        </message>
        <message>
            <source>last online authorisation %1</source>
            <translation>dernière autorisation en ligne %1</translation>
        </message>
        <message>
            <source>The terminal stopped answering during the payment and cannot tell what happened.</source>
            <translation>Le TPE a cessé de répondre pendant le paiement et ne peut pas dire ce qui s'est passé.</translation>
        </message>
        <message>
            <source>The terminal answered for another transaction.</source>
            <translation>Le TPE a répondu pour une autre transaction.</translation>
        </message>
        <message>
            <source>The terminal approved a different amount.</source>
            <translation>Le TPE a accepté un autre montant.</translation>
        </message>
        <message>
            <source>The terminal's answer was lost.</source>
            <translation>La réponse du TPE a été perdue.</translation>
        </message>
        <message>
            <source>Was the card refund of %1 at %2 (reference %3) accepted?</source>
            <translation>Le remboursement carte de %1 à %2 (référence %3) a-t-il été accepté ?</translation>
        </message>
        <message>
            <source>Was the card payment of %1 at %2 (reference %3) accepted?</source>
            <translation>Le paiement carte de %1 à %2 (référence %3) a-t-il été accepté ?</translation>
        </message>
        <message>
            <source>Look at the terminal's screen or its last receipt (or its journal): answer "Accepted" only if it shows this amount as accepted.</source>
            <translation>Regardez l'écran du TPE ou son dernier ticket (ou son journal) : répondez « Accepté » seulement s'il indique ce montant comme accepté.</translation>
        </message>
        <message>
            <source>The terminal is busy: close the day when no payment is running.</source>
            <translation>Le TPE est occupé : clôturez la journée quand aucun paiement n'est en cours.</translation>
        </message>
        <message>
            <source>Closing the day on the terminal…</source>
            <translation>Clôture de la journée sur le TPE…</translation>
        </message>
        <message>
            <source>End of day on %1: %2. The terminal matches the register's tickets.</source>
            <translation>Clôture de %1 : %2. Le terminal concorde avec les tickets de la caisse.</translation>
        </message>
        <message>
            <source>Was the cancellation of the card payment of %1 at %2 (reference %3) accepted?</source>
            <translation>L'annulation du paiement par carte de %1 à %2 (référence %3) a-t-elle été acceptée ?</translation>
        </message>
        <message>
            <source>refuses the register (security settings)</source>
            <translation>refuse la caisse (réglages de sécurité)</translation>
        </message>
        <message>
            <source>End of day on %1: the terminal does not report its totals. The register counts %2: compare with the terminal's end-of-day receipt.</source>
            <translation>Fin de journée sur %1 : le terminal ne donne pas ses totaux. La caisse compte %2 : comparez avec le ticket de fin de journée du terminal.</translation>
        </message>
        <message>
            <source>End of day on %1: the terminal does not report its totals. The register counts %2. Differences: %3</source>
            <translation>Fin de journée sur %1 : le terminal ne donne pas ses totaux. La caisse compte %2. Écarts : %3</translation>
        </message>
        <message>
            <source>No card terminal is set up on this register.</source>
            <translation>Aucun terminal de paiement n'est configuré sur cette caisse.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::TicketReturns</name>
        <message>
            <source>Ticket %1 is a cancellation: nothing to return.</source>
            <translation>Le ticket %1 est une annulation : rien à reprendre.</translation>
        </message>
        <message>
            <source>Return at least one.</source>
            <translation>Reprenez-en au moins un.</translation>
        </message>
        <message>
            <source>%1 was sold by the piece: return whole pieces.</source>
            <translation>%1 a été vendu à la pièce : reprenez des pièces entières.</translation>
        </message>
        <message>
            <source>All of %1 has been returned already.</source>
            <translation>Tout %1 a déjà été repris.</translation>
        </message>
        <message>
            <source>Only %1 of %2 is left to return on this ticket.</source>
            <translation>Il ne reste que %1 de %2 à reprendre sur ce ticket.</translation>
        </message>
        <message>
            <source>Ticket %1 has no such line.</source>
            <translation>Le ticket %1 n’a pas cette ligne.</translation>
        </message>
    </context>
    <context>
        <name>comptoir::dialog06</name>
        <message>
            <source>The scale sent an answer that cannot be read (%1).</source>
            <translation>La balance a envoyé une réponse illisible (%1).</translation>
        </message>
        <message>
            <source>The scale takes unit prices from 0.00 to 9999.99 per kg.</source>
            <translation>La balance accepte des prix au kilo de 0,00 à 9999,99.</translation>
        </message>
        <message>
            <source>The scale takes a tare from 0 to 9.999 kg.</source>
            <translation>La balance accepte une tare de 0 à 9,999 kg.</translation>
        </message>
        <message>
            <source>record 02 with %1 fields</source>
            <translation>enregistrement 02 à %1 champs</translation>
        </message>
        <message>
            <source>The scale weighs in pounds: set it to kilograms (Dialog 06 status 3).</source>
            <translation>La balance pèse en livres : réglez-la en kilogrammes (état Dialog 06 3).</translation>
        </message>
        <message>
            <source>record 02 with a malformed field</source>
            <translation>enregistrement 02 avec un champ mal formé</translation>
        </message>
        <message>
            <source>record 09 with a malformed status</source>
            <translation>enregistrement 09 avec un état mal formé</translation>
        </message>
        <message>
            <source>record 11 without a verdict</source>
            <translation>enregistrement 11 sans verdict</translation>
        </message>
        <message>
            <source>record 11 with a malformed random number</source>
            <translation>enregistrement 11 avec un nombre aléatoire mal formé</translation>
        </message>
        <message>
            <source>record 11 with an unknown verdict</source>
            <translation>enregistrement 11 avec un verdict inconnu</translation>
        </message>
        <message>
            <source>unknown record "%1"</source>
            <translation>enregistrement inconnu « %1 »</translation>
        </message>
        <message>
            <source>no end of record after %1 bytes</source>
            <translation>pas de fin d'enregistrement après %1 octets</translation>
        </message>
        <message>
            <source>a record of %1 bytes</source>
            <translation>un enregistrement de %1 octets</translation>
        </message>
    </context>
</TS>
