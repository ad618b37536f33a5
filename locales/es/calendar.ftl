# Exportación del calendario de renovaciones (.ics) y cronología de renovación en la aplicación.
calendar-name = Comptoir · renovaciones
event-expiry = { $product } ({ $organization }) vence · { $amount }
event-charge = { $product } ({ $organization }): la renovación automática cobra { $amount }
event-enable = { $product } ({ $organization }): último día para activar la renovación automática · { $amount }
event-blocked = { $product } ({ $organization }) queda bloqueado si sigue impagado · { $amount }
event-cancelled = { $product } ({ $organization }) queda cancelado si sigue impagado
desc-expiry = El periodo pagado termina este día. Regla REN-1.
desc-charge = Primer intento de cobro de la renovación automática, 14 días antes del vencimiento, con { $method }. Regla REN-4.
desc-charge-card-expires = La tarjeta { $method } caduca a finales de { $card_expiry }, antes de este cobro: añade o elige otra tarjeta. Regla REN-4.
desc-enable = Después de este día ya no se puede activar la renovación automática: habrá que renovar el producto a mano. Regla REN-5.
desc-blocked = Impagado tras su vencimiento, el servicio queda bloqueado desde este día. Regla PAY-1.
desc-cancelled = Si sigue impagado 30 días después del bloqueo, el servicio se cancela. Regla PAY-1.
alarm-before = { $days ->
    [one] Mañana: { $summary }
   *[other] Dentro de { $days } días: { $summary }
}
