# Erinnerungen vor den Terminen eines Produkts (PAY-2), als Systembenachrichtigung.
reminders-title = { $n ->
    [one] Ein Produkt braucht Aufmerksamkeit
   *[other] { $n } Produkte brauchen Aufmerksamkeit
}
reminders-when = { $days ->
    [0] heute
    [1] morgen
   *[other] in { $days } Tagen
}
reminders-last_day_to_enable = { $product }: letzter Tag zum Einschalten der automatischen Verlängerung ist { $when }
reminders-charge = { $product }: die automatische Verlängerung wird { $when } belastet
reminders-expiry = { $product }: läuft { $when } ab
reminders-more = { $n ->
    [one] und ein weiteres Produkt
   *[other] und { $n } weitere Produkte
}
# SUP-2: the one warning a day before a support access closes by itself.
support-grant-warning-title = { $n ->
    [one] Ein Support-Zugang schliesst in weniger als einem Tag
   *[other] { $n } Support-Zugänge schliessen in weniger als einem Tag
}
support-grant-warning-line = { $target } ({ $ticket }) schliesst { $when }
