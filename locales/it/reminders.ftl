# Promemoria prima delle scadenze di un prodotto (PAY-2), come notifica di sistema.
reminders-title = { $n ->
    [one] Un prodotto richiede attenzione
   *[other] { $n } prodotti richiedono attenzione
}
reminders-when = { $days ->
    [0] oggi
    [1] domani
   *[other] tra { $days } giorni
}
reminders-last_day_to_enable = { $product }: l’ultimo giorno per attivare il rinnovo automatico è { $when }
reminders-charge = { $product }: il rinnovo automatico viene addebitato { $when }
reminders-expiry = { $product }: scade { $when }
reminders-more = { $n ->
    [one] e un altro prodotto
   *[other] e altri { $n } prodotti
}
# SUP-2: the one warning a day before a support access closes by itself.
support-grant-warning-title = { $n ->
    [one] Un accesso del supporto si chiude entro un giorno
   *[other] { $n } accessi del supporto si chiudono entro un giorno
}
support-grant-warning-line = { $target } ({ $ticket }) si chiude { $when }
