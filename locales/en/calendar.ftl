# Renewal calendar export (.ics) and the renewal timeline in the app.
calendar-name = Comptoir · renewals
event-expiry = { $product } ({ $organization }) expires · { $amount }
event-charge = { $product } ({ $organization }): auto-renewal charges { $amount }
event-enable = { $product } ({ $organization }): last day to switch auto-renewal on · { $amount }
event-blocked = { $product } ({ $organization }) is blocked if still unpaid · { $amount }
event-cancelled = { $product } ({ $organization }) is cancelled if still unpaid
desc-expiry = The paid period ends on this day. Rule REN-1.
desc-charge = First payment attempt of the auto-renewal, 14 days before expiry, with { $method }. Rule REN-4.
desc-charge-card-expires = The card { $method } expires at the end of { $card_expiry }, before this charge: add or choose another card. Rule REN-4.
desc-enable = After this day auto-renewal can no longer be switched on: the product must then be renewed by hand. Rule REN-5.
desc-blocked = Unpaid after its expiry, the service is blocked from this day. Rule PAY-1.
desc-cancelled = Still unpaid 30 days after being blocked, the service is cancelled. Rule PAY-1.
alarm-before = { $days ->
    [one] Tomorrow: { $summary }
   *[other] In { $days } days: { $summary }
}
