# Export du calendrier des renouvellements (.ics) et chronologie du renouvellement dans l’application.
calendar-name = Comptoir · renouvellements
event-expiry = { $product } ({ $organization }) arrive à échéance · { $amount }
event-charge = { $product } ({ $organization }) : le renouvellement automatique débite { $amount }
event-enable = { $product } ({ $organization }) : dernier jour pour activer le renouvellement automatique · { $amount }
event-blocked = { $product } ({ $organization }) est bloqué s’il reste impayé · { $amount }
event-cancelled = { $product } ({ $organization }) est résilié s’il reste impayé
desc-expiry = La période payée se termine ce jour-là. Règle REN-1.
desc-charge = Première tentative de paiement du renouvellement automatique, 14 jours avant l’échéance, avec { $method }. Règle REN-4.
desc-charge-card-expires = La carte { $method } expire fin { $card_expiry }, avant ce débit : ajoutez ou choisissez une autre carte. Règle REN-4.
desc-enable = Après ce jour, le renouvellement automatique ne peut plus être activé : il faudra renouveler le produit à la main. Règle REN-5.
desc-blocked = Impayé après son échéance, le service est bloqué à partir de ce jour. Règle PAY-1.
desc-cancelled = Toujours impayé 30 jours après le blocage, le service est résilié. Règle PAY-1.
alarm-before = { $days ->
    [one] Demain : { $summary }
   *[other] Dans { $days } jours : { $summary }
}
