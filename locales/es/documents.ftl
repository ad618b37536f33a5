# Textos que el motor guarda como códigos (líneas de factura, movimientos de prepago).
doc-line-renewal = Renovación de { $product } ({ $months ->
    [one] 1 mes
   *[other] { $months } meses
})
doc-line-credit = Abono: { $line }
doc-move-top-up = Recarga
doc-move-top-up-by = Recarga con { $method }
doc-move-renewal-paid = Renovación pagada con el saldo
doc-move-top-up-pending = Recarga por transferencia bancaria (pendiente de recibir)
doc-move-order-paid = Pedido { $order } pagado con el saldo
doc-move-order-cancelled = Pedido { $order } cancelado: saldo devuelto
doc-move-refund = Reembolso de { $document }
doc-method-visa = Visa
doc-method-mastercard = Mastercard
doc-method-cb_card = tarjeta CB
doc-method-postfinance_card = PostFinance Card
doc-method-iban_transfer = transferencia bancaria (IBAN)
doc-method-paypal = PayPal
doc-method-twint = TWINT

## Emergency codes saved as a text file (TFA-3).
tfa-codes-file-title = Códigos de emergencia de Comptoir para { $account }
tfa-codes-file-note = Cada código sirve una sola vez. Guarde este archivo en un lugar seguro, lejos de su teléfono.
