# Reminders before a product's milestones (PAY-2), shown as an OS notification.
reminders-title = { $n ->
    [one] A product needs attention
   *[other] { $n } products need attention
}
reminders-when = { $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
}
reminders-last_day_to_enable = { $product }: last day to switch auto-renewal on is { $when }
reminders-charge = { $product }: auto-renewal charges { $when }
reminders-expiry = { $product }: expires { $when }
reminders-more = { $n ->
    [one] and one more product
   *[other] and { $n } more products
}
# SUP-2: the one warning a day before a support access closes by itself.
support-grant-warning-title = { $n ->
    [one] A support access closes within a day
   *[other] { $n } support accesses close within a day
}
support-grant-warning-line = { $target } ({ $ticket }) closes { $when }
