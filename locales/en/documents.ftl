# Texts the engine stores as codes (invoice lines, prepaid movements), written in the reader's
# language; payment method names and VAT rates on documents.
doc-line-renewal = Renewal of { $product } ({ $months ->
    [one] 1 month
   *[other] { $months } months
})
doc-line-credit = Credit: { $line }
doc-move-top-up = Top-up
doc-move-top-up-by = Top-up by { $method }
doc-move-renewal-paid = Renewal paid from the balance
doc-move-top-up-pending = Top-up by bank transfer (awaiting the money)
doc-move-order-paid = Order { $order } paid from the balance
doc-move-order-cancelled = Order { $order } cancelled: balance returned
doc-move-refund = Refund of { $document }
doc-method-visa = Visa
doc-method-mastercard = Mastercard
doc-method-cb_card = CB card
doc-method-postfinance_card = PostFinance Card
doc-method-iban_transfer = bank transfer (IBAN)
doc-method-paypal = PayPal
doc-method-twint = TWINT

## Emergency codes saved as a text file (TFA-3).
tfa-codes-file-title = Comptoir emergency codes for { $account }
tfa-codes-file-note = Each code works once. Keep this file somewhere safe, away from your phone.
