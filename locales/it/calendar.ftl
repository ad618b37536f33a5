# Esportazione del calendario dei rinnovi (.ics) e cronologia del rinnovo nell’applicazione.
calendar-name = Comptoir · rinnovi
event-expiry = { $product } ({ $organization }) scade · { $amount }
event-charge = { $product } ({ $organization }): il rinnovo automatico addebita { $amount }
event-enable = { $product } ({ $organization }): ultimo giorno per attivare il rinnovo automatico · { $amount }
event-blocked = { $product } ({ $organization }) viene bloccato se resta non pagato · { $amount }
event-cancelled = { $product } ({ $organization }) viene disdetto se resta non pagato
desc-expiry = Il periodo pagato termina in questo giorno. Regola REN-1.
desc-charge = Primo tentativo di addebito del rinnovo automatico, 14 giorni prima della scadenza, con { $method }. Regola REN-4.
desc-charge-card-expires = La carta { $method } scade alla fine di { $card_expiry }, prima di questo addebito: aggiunga o scelga un’altra carta. Regola REN-4.
desc-enable = Dopo questo giorno il rinnovo automatico non può più essere attivato: il prodotto andrà rinnovato a mano. Regola REN-5.
desc-blocked = Non pagato dopo la scadenza, il servizio viene bloccato da questo giorno. Regola PAY-1.
desc-cancelled = Ancora non pagato 30 giorni dopo il blocco, il servizio viene disdetto. Regola PAY-1.
alarm-before = { $days ->
    [one] Domani: { $summary }
   *[other] Tra { $days } giorni: { $summary }
}
