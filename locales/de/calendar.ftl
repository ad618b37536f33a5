# Export des Verlängerungskalenders (.ics) und Verlängerungszeitplan in der App.
calendar-name = Comptoir · Verlängerungen
event-expiry = { $product } ({ $organization }) läuft ab · { $amount }
event-charge = { $product } ({ $organization }): Die automatische Verlängerung belastet { $amount }
event-enable = { $product } ({ $organization }): letzter Tag, um die automatische Verlängerung einzuschalten · { $amount }
event-blocked = { $product } ({ $organization }) wird gesperrt, falls weiterhin unbezahlt · { $amount }
event-cancelled = { $product } ({ $organization }) wird gekündigt, falls weiterhin unbezahlt
desc-expiry = Die bezahlte Laufzeit endet an diesem Tag. Regel REN-1.
desc-charge = Erster Zahlungsversuch der automatischen Verlängerung, 14 Tage vor Ablauf, mit { $method }. Regel REN-4.
desc-charge-card-expires = Die Karte { $method } läuft Ende { $card_expiry } ab, vor dieser Belastung: fügen Sie eine andere Karte hinzu oder wählen Sie eine aus. Regel REN-4.
desc-enable = Nach diesem Tag kann die automatische Verlängerung nicht mehr eingeschaltet werden: Das Produkt muss dann von Hand verlängert werden. Regel REN-5.
desc-blocked = Bleibt der Dienst nach Ablauf unbezahlt, wird er ab diesem Tag gesperrt. Regel PAY-1.
desc-cancelled = Ist der Dienst 30 Tage nach der Sperrung noch immer unbezahlt, wird er gekündigt. Regel PAY-1.
alarm-before = { $days ->
    [one] Morgen: { $summary }
   *[other] In { $days } Tagen: { $summary }
}
