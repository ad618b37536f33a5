# Textes que le moteur garde sous forme de codes (lignes de facture, mouvements prépayés).
doc-line-renewal = Renouvellement de { $product } ({ $months } mois)
doc-line-credit = Avoir : { $line }
doc-move-top-up = Recharge
doc-move-top-up-by = Recharge par { $method }
doc-move-renewal-paid = Renouvellement payé avec le solde
doc-move-top-up-pending = Recharge par virement bancaire (en attente des fonds)
doc-move-order-paid = Commande { $order } payée avec le solde
doc-move-order-cancelled = Commande { $order } annulée : solde restitué
doc-move-refund = Remboursement de { $document }
doc-method-visa = Visa
doc-method-mastercard = Mastercard
doc-method-cb_card = carte CB
doc-method-postfinance_card = PostFinance Card
doc-method-iban_transfer = virement bancaire (IBAN)
doc-method-paypal = PayPal
doc-method-twint = TWINT

## Emergency codes saved as a text file (TFA-3).
tfa-codes-file-title = Codes d’urgence Comptoir pour { $account }
tfa-codes-file-note = Chaque code ne sert qu’une fois. Gardez ce fichier en lieu sûr, loin de votre téléphone.
