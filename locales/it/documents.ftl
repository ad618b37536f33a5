# Testi che il motore conserva come codici (righe di fattura, movimenti del conto prepagato).
doc-line-renewal = Rinnovo di { $product } ({ $months ->
    [one] 1 mese
   *[other] { $months } mesi
})
doc-line-credit = Nota di credito: { $line }
doc-move-top-up = Ricarica
doc-move-top-up-by = Ricarica con { $method }
doc-move-renewal-paid = Rinnovo pagato con il saldo
doc-move-top-up-pending = Ricarica con bonifico bancario (in attesa del denaro)
doc-move-order-paid = Ordine { $order } pagato con il saldo
doc-move-order-cancelled = Ordine { $order } annullato: saldo restituito
doc-move-refund = Rimborso di { $document }
doc-method-visa = Visa
doc-method-mastercard = Mastercard
doc-method-cb_card = carta CB
doc-method-postfinance_card = PostFinance Card
doc-method-iban_transfer = bonifico bancario (IBAN)
doc-method-paypal = PayPal
doc-method-twint = TWINT

## Emergency codes saved as a text file (TFA-3).
tfa-codes-file-title = Codici di emergenza Comptoir per { $account }
tfa-codes-file-note = Ogni codice funziona una sola volta. Conservi questo file in un luogo sicuro, lontano dal telefono.
