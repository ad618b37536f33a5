# Texte, die die Engine als Codes speichert (Rechnungszeilen, Bewegungen des Guthabens).
doc-line-renewal = Verlängerung von { $product } ({ $months ->
    [one] 1 Monat
   *[other] { $months } Monate
})
doc-line-credit = Gutschrift: { $line }
doc-move-top-up = Aufladung
doc-move-top-up-by = Aufladung per { $method }
doc-move-renewal-paid = Verlängerung mit dem Guthaben bezahlt
doc-move-top-up-pending = Aufladung per Banküberweisung (Zahlungseingang ausstehend)
doc-move-order-paid = Bestellung { $order } mit dem Guthaben bezahlt
doc-move-order-cancelled = Bestellung { $order } storniert: Guthaben zurückerstattet
doc-move-refund = Rückerstattung von { $document }
doc-method-visa = Visa
doc-method-mastercard = Mastercard
doc-method-cb_card = CB-Karte
doc-method-postfinance_card = PostFinance Card
doc-method-iban_transfer = Banküberweisung (IBAN)
doc-method-paypal = PayPal
doc-method-twint = TWINT

## Emergency codes saved as a text file (TFA-3).
tfa-codes-file-title = Comptoir-Notfallcodes für { $account }
tfa-codes-file-note = Jeder Code funktioniert nur einmal. Bewahren Sie diese Datei an einem sicheren Ort auf, nicht beim Telefon.
