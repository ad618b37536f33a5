# Rappels avant les échéances d’un produit (PAY-2), en notification du système.
reminders-title = { $n ->
    [one] Un produit demande votre attention
   *[other] { $n } produits demandent votre attention
}
reminders-when = { $days ->
    [0] aujourd’hui
    [1] demain
   *[other] dans { $days } jours
}
reminders-last_day_to_enable = { $product } : dernier jour pour activer le renouvellement automatique { $when }
reminders-charge = { $product } : le renouvellement automatique est débité { $when }
reminders-expiry = { $product } : expire { $when }
reminders-more = { $n ->
    [one] et un autre produit
   *[other] et { $n } autres produits
}
# SUP-2: the one warning a day before a support access closes by itself.
support-grant-warning-title = { $n ->
    [one] Un accès du support se ferme dans moins d'un jour
   *[other] { $n } accès du support se ferment dans moins d'un jour
}
support-grant-warning-line = { $target } ({ $ticket }) se ferme { $when }
