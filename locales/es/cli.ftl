# El modo de línea de órdenes: `comptoir invoices list|export|print` (crates/comptoir-cli).

cli-about = Comptoir sin ventana: lista, exporta e imprime las facturas de un espacio de trabajo.
cli-invoices-about = Facturas, proformas y notas de crédito de un espacio de trabajo.
cli-list-about = Lista los documentos que cumplen los filtros.
cli-export-about = Guarda en una carpeta los PDF de los documentos que cumplen los filtros.
cli-print-about = Envía a la impresora del sistema los documentos que cumplen los filtros.
cli-heading-usage = Uso
cli-heading-options = Opciones
cli-heading-commands = Órdenes
cli-value-file = ARCHIVO
cli-value-org = ORGANIZACIÓN
cli-value-date = AAAA-MM-DD
cli-value-status = ESTADO
cli-value-kind = TIPO
cli-value-folder = CARPETA
cli-value-command = ORDEN
cli-value-options = OPCIONES
cli-arg-workspace = El archivo del espacio de trabajo (debe existir; no se crea nada).
cli-arg-org = Solo esta organización (su número o su nombre exacto).
cli-arg-from = Solo los documentos emitidos este día o después.
cli-arg-to = Solo los documentos emitidos este día o antes.
cli-arg-status = Solo los documentos paid (pagados), unpaid (impagados, vencidos incluidos), overdue (vencidos) o cancelled (anulados).
cli-arg-kind = Solo los documentos invoice (facturas), pro-forma (proformas) o credit-note (notas de crédito).
cli-arg-json = Escribe la lista en JSON (fechas AAAA-MM-DD, importes con punto).
cli-arg-out = La carpeta donde se guardan los PDF (se crea si no existe).
cli-arg-replace = Sustituye los archivos con el mismo nombre en la carpeta.
cli-arg-keep-both = Conserva los archivos con el mismo nombre y guarda «nombre (2).pdf» a su lado.
cli-arg-help = Muestra esta ayuda.
cli-arg-version = Muestra la versión.
cli-exit-codes =
    Códigos de salida:
      0  hecho
      1  algunos documentos no se pudieron exportar ni imprimir (los demás, si los hay, sí)
      2  línea de órdenes incorrecta
      3  el espacio de trabajo no existe o no se puede abrir (no se ha escrito nada)
      4  ningún documento cumple los filtros
      5  ya hay archivos con los mismos nombres en la carpeta (no se ha escrito nada)
      6  el usuario con sesión iniciada no puede leer los documentos de esa organización
cli-error-date = { $option }: «{ $value }» no es una fecha; escríbala como AAAA-MM-DD.
cli-error-date-order = --from { $from } es posterior a --to { $to }.
cli-error-no-workspace = No hay ningún espacio de trabajo en { $file }; no se ha creado nada.
cli-error-refused = No se ha abierto { $file }: { $why } No se ha escrito nada.
cli-refusal-not-sqlite = no es un espacio de trabajo de Comptoir (no es una base de datos).
cli-refusal-damaged = la base de datos está dañada.
cli-refusal-foreign = es la base de datos de otro programa.
cli-refusal-empty = la base de datos está vacía (¿se copió sin su archivo -wal?).
cli-refusal-newer = la escribió una versión más reciente de Comptoir; actualice la aplicación.
cli-refusal-missing-kind = ha perdido el registro que indica que es un espacio de trabajo de Comptoir.
cli-refusal-unreadable = no se puede leer el archivo.
cli-refusal-read-only = no se puede escribir en el archivo o en su carpeta.
cli-error-open = No se ha podido abrir { $file }: { $why }
cli-error-no-org = Ninguna organización de este espacio de trabajo se llama ni tiene el número «{ $org }».
cli-error-not-member = El usuario con sesión iniciada en el espacio de trabajo no es miembro de «{ $org }» y no puede leer sus documentos.
cli-error-engine = No se ha podido leer el espacio de trabajo: { $why }
cli-nothing-matches = Ningún documento cumple los filtros.
cli-col-number = Número
cli-col-kind = Tipo
cli-col-organization = Organización
cli-col-issued = Emitido
cli-col-due = Vence
cli-col-total = Total
cli-col-status = Estado
cli-kind-invoice = Factura
cli-kind-pro-forma = Proforma
cli-kind-credit-note = Nota de crédito
cli-status-paid = Pagada
cli-status-unpaid = Impagada
cli-status-overdue = Vencida
cli-status-cancelled = Anulada
cli-listed =
    { $count ->
        [one] 1 documento
       *[other] { $count } documentos
    }
cli-error-files-exist =
    { $count ->
        [one] Ya hay un archivo con el mismo nombre en { $folder }: { $files }.
       *[other] Ya hay { $count } archivos con los mismos nombres en { $folder }: { $files }.
    } No se ha escrito nada; añada --replace o --keep-both.
cli-error-write = No se ha podido escribir nada en { $folder }: { $why }
cli-failed-export = No se ha podido exportar { $number }: { $why }
cli-failed-print = No se ha podido imprimir { $number }: { $why }
cli-exported =
    { $count ->
        [one] 1 PDF guardado en { $folder }
       *[other] { $count } PDF guardados en { $folder }
    }
cli-print-no-system = No se ha encontrado ningún sistema de impresión ({ $program }); exporte los PDF e imprímalos desde un visor.
cli-print-refused = { $program } ha rechazado { $number }: { $detail }
cli-printed =
    { $count ->
        [one] 1 documento enviado a la impresora
       *[other] { $count } documentos enviados a la impresora
    }
cli-error-unknown-argument = Opción desconocida: { $arg }
cli-error-unknown-command = Orden desconocida: { $command }
cli-error-invalid-value = { $arg }: «{ $value }» no es ninguno de estos valores: { $valid }.
cli-error-missing-argument = Falta: { $arg }
cli-error-conflict = { $arg } no se puede usar con { $other }.
cli-error-value-count = { $arg }: número de valores incorrecto.
cli-error-usage = No se entiende la línea de órdenes.
cli-see-help = Consulte: comptoir --help
cli-why-vault-changed = su copia guardada se ha modificado en el disco desde su emisión, así que no se utiliza.
cli-why-vault-missing = no se puede leer su copia guardada (¿se ha movido o eliminado?).
cli-why-not-a-file = en la carpeta hay algo con su nombre que no es un archivo normal.
cli-why-not-found = la carpeta no existe.
cli-why-permission = permiso denegado (la carpeta es de solo lectura o no es suya).
cli-why-not-a-folder = esa ruta es un archivo, no una carpeta.
cli-why-full = el disco está lleno.
cli-why-storage = no se ha podido leer ni escribir el archivo.
cli-why-data = los datos del documento no son válidos.
cli-why-other = se ha producido un error inesperado.
cli-why-database = la base de datos del espacio de trabajo está dañada o no es la que espera esta versión de Comptoir.
cli-error-choose-command = Elija una orden: list, export o print.
cli-error-twice = { $arg } se ha indicado dos veces.
cli-error-empty-value = { $arg }: el valor está vacío.
