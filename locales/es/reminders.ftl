# Recordatorios antes de las fechas de un producto (PAY-2), como notificación del sistema.
reminders-title = { $n ->
    [one] Un producto requiere atención
   *[other] { $n } productos requieren atención
}
reminders-when = { $days ->
    [0] hoy
    [1] mañana
   *[other] dentro de { $days } días
}
reminders-last_day_to_enable = { $product }: el último día para activar la renovación automática es { $when }
reminders-charge = { $product }: la renovación automática se cobra { $when }
reminders-expiry = { $product }: vence { $when }
reminders-more = { $n ->
    [one] y un producto más
   *[other] y { $n } productos más
}
# SUP-2: the one warning a day before a support access closes by itself.
support-grant-warning-title = { $n ->
    [one] Un acceso del soporte se cierra en menos de un día
   *[other] { $n } accesos del soporte se cierran en menos de un día
}
support-grant-warning-line = { $target } ({ $ticket }) se cierra { $when }
