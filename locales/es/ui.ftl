# Las pantallas de la aplicación (ui/src).

app-name = Comptoir
app-loading = Abriendo el espacio de trabajo…
app-noOrg-title = Este espacio de trabajo aún no tiene ninguna organización
app-noOrg-provider = El proveedor aún no ha enviado ninguna organización a este espacio de trabajo: sincronice de nuevo cuando vuelva la conexión, o desconéctese.
app-noOrg-local = Este archivo de espacio de trabajo no contiene ninguna organización.
app-noOrg-demo = Abrir el espacio de demostración
app-secondLaunch = Comptoir ya está abierto. Otro inicio ha pedido { $file }.
app-secondLaunch-open = Abrir { $file }
app-error-title = Algo ha fallado
app-retry = Reintentar

nav-organization = Organización
nav-renewals = Renovaciones y pagos
nav-invoices = Facturas
nav-support = Soporte
nav-security = Seguridad
nav-partner = Partner
nav-settings = Ajustes
nav-shortcut = Ctrl+{ $n }
nav-organizationPicker = Organización

workspace-demo = Espacio de demostración
workspace-local = Espacio local
workspace-provider = Espacio del proveedor
workspace-demoNote = Datos de demostración creados en este ordenador. Nada de esto viene del proveedor ni se le envía.
workspace-localNote = Datos guardados en un archivo local de este ordenador.
workspace-providerNote = Perfil, organizaciones, usuarios, equipos y productos vienen del proveedor; facturación, facturas, renovación automática y accesos de soporte se guardan localmente.
header-language = Idioma

notYet-title = Aún no disponible
notYet-security = Cambiar la autenticación en dos pasos aún no está disponible.
notYet-partner = La gestión de clientes y la facturación de partner aún no están disponibles.

common-name = Nombre
common-email = Correo electrónico
common-status = Estado
common-organization = Organización
common-total = Total
common-cancel = Cancelar
common-close = Cerrar
common-default = Predeterminado
common-since = Desde

org-legalForm = Forma jurídica
org-vat = NIF / IVA
org-currency = Moneda de facturación
org-timezone = Zona horaria
org-created = Cliente desde
org-role = Rol
org-teamsCol = Equipos
org-contacts = Contacto para
org-lastLogin = Último acceso
org-neverSignedIn = Nunca
org-teamMembers =
    { $n ->
        [0] Sin miembros
        [one] { $n } miembro: { $names }
       *[other] { $n } miembros: { $names }
    }
org-noTeams = Esta organización no tiene equipos.
org-noMembers = Esta organización no tiene usuarios.
role-legal_representative = Representante legal
role-admin = Administrador
role-user = Usuario
member-active = Activo
member-invited = Invitación pendiente
contact-billing = Facturación
contact-technical = Técnico
contact-legal_notices = Avisos legales

ren-product = Producto
ren-type = Tipo
ren-customerName = Nombre del cliente
ren-expires = Vence
ren-period = Periodo
ren-price = Precio
ren-autoRenew = Renovación automática
ren-on = Activada
ren-off = Desactivada
ren-count-total = Productos
ren-count-expiring = Vencen en 30 días
ren-count-overdue = Impagados
ren-count-blocked = Bloqueados
ren-count-autoRenew = Con renovación automática
ren-prepaid = Saldo prepago
ren-prepaidHistory = Últimos movimientos
ren-autoRenewCapable = Admite renovación automática
ren-noMethods = No hay medios de pago guardados.
ren-expiryCard = caduca { $date }

kind-domain_ch = Dominio .ch
kind-domain_com = Dominio .com
kind-web_hosting = Alojamiento web
kind-mail_service = Servicio de correo
kind-drive = Drive
kind-suite = Suite ofimática
kind-ssl_certificate = Certificado SSL
kind-vps = VPS
kind-backup = Copia de seguridad

status-active = Activo
status-expiring = Por vencer
status-overdue = Pago vencido
status-blocked = Bloqueado
status-cancelled = Cancelado
status-paid = Pagada
status-unpaid = Impagada
status-invOverdue = Vencida
status-invCancelled = Anulada

method-visa = Visa
method-mastercard = Mastercard
method-cb_card = Tarjeta CB
method-postfinance_card = PostFinance Card
method-iban_transfer = Transferencia IBAN
method-paypal = PayPal
method-twint = Twint

inv-title = Documentos ({ $n })
inv-number = Número
inv-kind = Documento
inv-issued = Emitida
inv-due = Vencimiento
inv-paid = Pagado
inv-lines = Líneas
inv-kind-invoice = Factura
inv-kind-pro_forma = Proforma
inv-kind-credit_note = Factura rectificativa
inv-none = Aún no hay facturas.

sup-grants = Accesos de soporte ({ $n })
sup-kind = Acceso a
sup-target = Contenido
sup-ticket = Solicitud
sup-granted = Concedido
sup-expires = Se cierra
sup-kind-mail_address = Dirección de correo
sup-kind-drive_folder = Carpeta de Drive
sup-kind-chat_discussion = Conversación de chat
sup-state-active = Abierto
sup-state-revoked = Revocado
sup-state-expired = Cerrado a los 7 días
sup-none = No se ha concedido ningún acceso de soporte.
sup-rule = Solo el personal que atiende la solicitud puede usar un acceso; se cierra solo 7 días después de concederlo.
sup-tab-compose = Nueva solicitud
sup-tab-history = Solicitudes anteriores
sup-tab-grants = Accesos concedidos
sup-subject = Asunto
sup-category = Categoría
sup-category-mail = Correo
sup-category-hosting = Alojamiento
sup-category-domain = Dominio
sup-category-billing = Facturación
sup-category-drive = Drive
sup-category-other = Otro
sup-product = Producto afectado
sup-product-search = Buscar un producto o una organización
sup-product-none = Ningún producto coincide.
sup-product-clear = Cambiar
sup-product-more = { $shown } de { $total } mostrados · más
sup-description = Descripción
sup-description-hint = Qué pasó, qué esperaba, desde cuándo.
sup-error = Texto exacto del mensaje de error
sup-error-hint = Copie aquí el texto de la ventana, palabra por palabra.
sup-attachments = Adjuntos ({ $n })
sup-attach-file = Adjuntar archivo…
sup-attach-remove = Quitar
sup-attach-text = texto, revisado en busca de secretos
sup-attach-image = imagen
sup-attach-kind-screenshot = Captura de pantalla
sup-attach-kind-app_log = Registro de la app
sup-attach-kind-website_console = Consola del sitio web
sup-attach-kind-imported = Registro importado
sup-attach-kind-file = Archivo
sup-size-bytes = { $n } B
sup-size-kb = { $n } KB
sup-system = Incluir información del sistema
sup-system-hint = Solo lo que figura aquí se escribe en el paquete, y solo si está marcado.
sup-sys-os = Sistema operativo
sup-sys-app = Versión de la app
sup-sys-tauri = Versión de Tauri
sup-sys-webview = Versión de WebView
sup-sys-locale = Idioma del sistema
sup-sys-screen = Pantalla { $n }
sup-saving = Guardando…
sup-saved = Borrador guardado
sup-discard = Descartar borrador
sup-preview-open = Revisar lo que se enviará…
sup-preview-title = Lo que se enviará
sup-preview-hint = Cada valor resaltado se ocultó antes del envío. Haga clic en uno para restaurarlo; seleccione texto y pulse «Ocultar selección» para ocultar más.
sup-preview-count = { $n ->
    [0] Nada oculto
    [one] Un valor oculto
   *[other] { $n } valores ocultos
}
sup-preview-redact = Ocultar selección
sup-preview-emails = Ocultar direcciones de correo
sup-preview-hideAgain = Volver a ocultar los { $n } restaurados
sup-preview-unredact = Mostrar de nuevo este texto
sup-preview-empty = (vacío)
sup-preview-back = Volver a la solicitud
sup-red-token = token o contraseña
sup-red-jwt = JWT
sup-red-url_secret = secreto en una URL
sup-red-cookie = cookie
sup-red-iban = IBAN
sup-red-card = número de tarjeta
sup-red-otp = código de un solo uso
sup-red-email = dirección de correo
sup-red-manual = ocultado a mano
sup-red-restore = { $kind }: clic para restaurar
sup-bundle-save = Guardar paquete…
sup-bundle-saved = Paquete guardado: { $path }
sup-mail-open = Abrir en el cliente de correo
sup-mail-note = El borrador de correo solo lleva el resumen: adjunte a mano el archivo del paquete.
sup-new = Nueva solicitud
sup-history-none = Aún no se ha guardado ninguna solicitud.
sup-history-date = Guardada
sup-history-redactions = Ocultos
sup-history-file = Paquete

sec-users = Autenticación en dos pasos ({ $n })
sec-method = Segundo factor
sec-codes = Códigos de emergencia restantes
sec-tfa-app_push = App con aprobación
sec-tfa-totp = Códigos de un solo uso
sec-tfa-none = No activada
sec-enabled =
    { $total ->
        [one] { $n } de { $total } usuario protegido
       *[other] { $n } de { $total } usuarios protegidos
    }

par-status = Programa
par-status-partner = Partner
par-status-affiliate = Afiliado
par-status-none = No es partner
par-clients = Clientes ({ $n })
par-client = Cliente
par-access = Acceso
par-access-whole_account = Toda la cuenta, facturación incluida
par-access-specific_products = Productos concretos
par-productCount = Productos
par-noClients = Aún no hay clientes.
par-notPartner = Esta organización no está en el programa de partners. Un partner gestiona productos por al menos 2000 CHF o 1800 EUR al año.

set-workspace = Espacio de trabajo
set-file = Archivo
set-schema = Versión del esquema
set-seededOn = Fechas de demostración relativas al
set-counts = Contenido
set-countsValue =
    { $orgs ->
        [one] { $orgs } organización
       *[other] { $orgs } organizaciones
    }, { $users ->
        [one] { $users } usuario
       *[other] { $users } usuarios
    }, { $products ->
        [one] { $products } producto
       *[other] { $products } productos
    }
set-language = Idioma
set-languageHint = Sigue el idioma del sistema hasta que elijas uno aquí.
set-reset = Restablecer el espacio de demostración
set-resetHint = Vuelve a crear las organizaciones de demostración, con fechas relativas a hoy. Se conserva el idioma elegido.
set-resetConfirmTitle = ¿Restablecer el espacio de demostración?
set-resetConfirm = Se perderán todos los cambios hechos en este espacio.
set-resetDone = Se ha vuelto a crear el espacio de demostración.
ws-problem-title = No se puede abrir este espacio de trabajo
ws-problem-file = Archivo
ws-problem-untouched = Comptoir no ha modificado este archivo.
ws-problem-details = Detalles
ws-problem-choose = Abre otro archivo de espacio de trabajo o el espacio de demostración.
ws-problem-reason-not_sqlite = No es un espacio de trabajo de Comptoir: el archivo no es una base de datos.
ws-problem-reason-damaged = El archivo está dañado: su contenido no supera la comprobación de integridad de la base de datos.
ws-problem-reason-foreign = Es la base de datos de otro programa, no un espacio de trabajo de Comptoir.
ws-problem-reason-empty_database = Esta base de datos está vacía: no contiene datos de Comptoir. Una copia hecha mientras Comptoir estaba abierto puede haber dejado los datos en su archivo «-wal».
ws-problem-reason-newer = Este espacio de trabajo lo guardó una versión más reciente de Comptoir. Actualiza Comptoir para abrirlo.
ws-problem-reason-missing_kind = Este espacio de trabajo de Comptoir ya no indica de qué tipo es (demostración, local o proveedor). No se ha restablecido, así que sus datos se conservan.
ws-problem-reason-unreadable = No se puede leer el archivo.
ws-problem-reason-read_only = No se puede escribir en este espacio de trabajo (el archivo o su carpeta son de solo lectura): Comptoir no podría guardar ningún cambio. Permite la escritura o abre otro.
ws-openOther = Abrir otro espacio de trabajo…
ws-openDemo = Abrir el espacio de demostración
set-backup = Hacer copia de seguridad…
set-backupTitle = Copia de seguridad
set-backupHint = Escribe una copia completa de este espacio de trabajo en el archivo que elijas y después abre la copia por separado para comprobarla.
set-backupDone =
    Copia guardada en { $path } y comprobada: { $orgs ->
        [one] { $orgs } organización
       *[other] { $orgs } organizaciones
    }, { $users ->
        [one] { $users } usuario
       *[other] { $users } usuarios
    }, { $products ->
        [one] { $products } producto
       *[other] { $products } productos
    }, { $invoices ->
        [one] { $invoices } documento
       *[other] { $invoices } documentos
    }.

common-save = Guardar
common-saved = Cambios guardados.
org-tab-users = Usuarios
org-tab-teams = Equipos
org-tab-usersCount = Usuarios ({ $n })
org-tab-teamsCount = Equipos ({ $n })
org-tab-details = Datos
org-search = Buscar usuarios
org-allRoles = Todos los roles
org-add = Añadir usuario…
org-removeSelected = Eliminar seleccionados ({ $n })…
org-leave = Salir de la organización…
org-replaceRep = Sustituir representante legal…
org-selectAll = Seleccionar todos los usuarios mostrados
org-selectUser = Seleccionar a { $name }
org-actions = Acciones
org-edit = Editar
org-viewAs = Ver como
org-resend = Reenviar
org-resent = Invitación reenviada a { $email }.
org-actingAs = Sesión iniciada como { $name } ({ $role })
org-noMatch = Ningún usuario coincide con la búsqueda.
org-invitedSent = enviada { $n }×
add-title = Añadir un usuario
add-mode-external = Invitar a alguien nuevo por correo
add-mode-existing = Añadir una cuenta existente
add-name = Nombre completo
add-language = Idioma
add-contacts = Contacto administrativo para
add-rights = Derechos sobre productos
add-submit = Añadir usuario
add-invited = Se ha invitado a { $email }; la invitación queda pendiente hasta que la acepte.
add-added = Se ha añadido { $email } a la organización.
member-rightsHint = Los derechos que aportan los equipos se muestran aquí y se cambian en el equipo.
rights-product = Producto
rights-technical = Técnico
rights-statistics = Estadísticas
rights-billing = Facturación
rights-filter = Filtrar productos
rights-count =
    { $n ->
        [one] { $n } producto con derechos
       *[other] { $n } productos con derechos
    }
rights-viaTeam = por { $team }
rights-more = Los primeros { $shown } de { $total } productos por nombre: busca para encontrar los demás.
remove-title =
    { $n ->
        [one] ¿Eliminar a { $n } usuario?
       *[other] ¿Eliminar a { $n } usuarios?
    }
remove-body =
    { $n ->
        [one] Perderá el acceso a esta organización. Si una regla impide eliminarlo, se queda y se indica el motivo.
       *[other] Perderán el acceso a esta organización. Si una regla impide eliminar a alguien, se queda y se indica el motivo.
    }
remove-confirm = Eliminar
remove-removed = Eliminado
remove-kept = Se queda
remove-summary =
    { $ok ->
        [one] { $ok } eliminado
       *[other] { $ok } eliminados
    }, { $refused ->
        [one] { $refused } se queda
       *[other] { $refused } se quedan
    }.
leave-title = ¿Salir de { $org }?
leave-body = Perderás el acceso a los productos y la facturación de esta organización.
leave-confirm = Salir
leave-help = Nombra antes a otro representante legal con «Sustituir representante legal» y después sal.
replace-title = Sustituir a un representante legal
replace-old = Representante legal que se sustituye
replace-new = Nuevo representante legal
replace-after = Después, el representante sustituido
replace-remove = sale de la organización
replace-becomeAdmin = se queda como administrador
replace-becomeUser = se queda como usuario
replace-explain = Primero se nombra al nuevo representante y después el anterior sale o cambia de rol, en un solo paso. Solo se puede nombrar a miembros que aceptaron su invitación.
replace-confirm = Sustituir
replace-done = { $name } es ahora representante legal.
viewas-title = Derechos efectivos de { $name }
viewas-explain = Derechos propios, de equipos y del rol, combinados; cada uno indica de dónde viene.
viewas-none = Este usuario no tiene derechos sobre productos.
viewas-own = propio
viewas-role = rol: { $role }
team-new = Nuevo equipo
team-name = Nombre del equipo
team-colour = Color
team-create = Crear equipo
team-created = Equipo { $name } creado.
team-members = Miembros
team-rights = Derechos del equipo sobre productos
team-delete = Eliminar equipo…
team-deleteConfirm = ¿Eliminar el equipo { $name }? Sus miembros siguen en la organización; los derechos del equipo desaparecen.
team-deleted = Equipo { $name } eliminado.
team-save = Guardar equipo
details-street = Calle
details-number = Número
details-postalCode = Código postal
details-town = Localidad
details-country = País (código ISO)
details-name = Nombre de la organización
details-save = Guardar datos
details-readOnly = Solo un representante legal puede cambiar estos datos.
lang-en = Inglés
lang-es = Español
lang-fr = Francés
lang-de = Alemán
lang-it = Italiano
set-actAs = Usuario que ha iniciado sesión
set-actAsHint = El espacio de demostración permite actuar como cualquiera de sus usuarios; lo que puedes hacer depende del rol de ese usuario.

rule-ORG-3 = Solo un representante legal puede cambiar los datos de la organización.
rule-ORG-4 = Solo un representante legal o un administrador puede añadir usuarios.
rule-ORG-5 = Solo un representante legal o un administrador puede eliminar a otros usuarios.
rule-ORG-6 = Solo un representante legal o un administrador puede cambiar roles y derechos sobre productos.
rule-ORG-7 = Una organización siempre conserva un representante legal, y solo un representante legal puede nombrar o quitar a otro.
rule-ORG-8 = Solo un representante legal o un administrador puede gestionar equipos.

ren-tab-products = Productos
ren-tab-methods = Medios de pago
ren-tab-prepaid = Cuenta prepago
ren-tab-orders = Pedidos
ren-preset = Vencimiento
ren-preset-2m = Próximos 2 meses
ren-preset-6m = Próximos 6 meses
ren-preset-12m = Próximos 12 meses
ren-preset-overdue = Impagados o bloqueados
ren-preset-custom = Intervalo personalizado
ren-preset-all = Mostrar todo
ren-from = Desde
ren-to = Hasta
ren-allOrgs = Todas las organizaciones
ren-allTypes = Todos los tipos
ren-allStatuses = Todos los estados
ren-anyAutoRenew = Renovación: cualquiera
ren-searchProducts = Buscar productos
ren-matching =
    { $n ->
        [one] { $n } producto coincide
       *[other] { $n } productos coinciden
    }
ren-selectAllMatching =
    { $n ->
        [one] Seleccionar el producto que coincide
       *[other] Seleccionar los { $n } productos que coinciden
    }
ren-selected =
    { $n ->
        [one] { $n } seleccionado
       *[other] { $n } seleccionados
    }
ren-clearSelection = Quitar selección
ren-manage = Gestionar renovaciones…
ren-payMySelection = Pagar mi selección…
ren-exportIcs = Exportar calendario (.ics)…
ren-exported = Calendario guardado en { $path }.
ren-rowMenu = Acciones para { $name }
ren-switchOn = Activar renovación automática…
ren-switchOff = Desactivar renovación automática
ren-renewNow = Renovar ahora…
ren-changePeriod = Cambiar periodo de renovación…
ren-timeline = Cronología
ren-chargeOn = cargo { $date }
ren-chargePassed = no se renovó el { $date }: renueve ya
ren-enableBy = activar hasta el { $date }
ren-enableTooLate = tarde para activarla: renueve ya
ren-sortBy = Ordenar por { $column }
ren-noMatch = Ningún producto coincide con estos filtros.
ren-loadingRows = Cargando…
manage-title =
    { $n ->
        [one] Gestionar la renovación de { $n } producto
       *[other] Gestionar la renovación de { $n } productos
    }
manage-switch = Renovación automática
manage-on = Activar
manage-off = Desactivar
manage-method = Medio de pago
manage-defaultMethod = La tarjeta o el Twint predeterminado de cada organización
manage-explain = Las filas que una regla rechaza se listan con el motivo; las demás cambian. Repetirlo no cambia nada más.
manage-run = Aplicar
manage-cancel = Detener
manage-progress =
    { $total ->
        [one] { $done } de { $total } producto
       *[other] { $done } de { $total } productos
    }
manage-result =
    { $changed ->
        [one] { $changed } cambiado
       *[other] { $changed } cambiados
    }, { $unchanged ->
        [one] { $unchanged } ya estaba así
       *[other] { $unchanged } ya estaban así
    }, { $refused ->
        [one] { $refused } rechazado
       *[other] { $refused } rechazados
    }.
manage-cancelled = Detenido tras { $done } de { $total }: el resto no se ha tocado.
pay-title = Pagar mi selección
pay-period = Periodo
pay-split = Un pedido y una factura por organización:
pay-net = Neto
pay-vat = IVA
pay-usePrepaid = Usar primero el saldo prepago ({ $amount } disponibles)
pay-method = Pagar el resto con
pay-noMethod = Sin medio (solo prepago)
pay-confirm = Pagar
pay-local = Se registra en el espacio local; no se cobra nada a una tarjeta real.
pay-done-invoice = { $number }: pagada, { $total }.
pay-done-proforma = { $number }: proforma emitida; el pedido espera la transferencia de { $total }.
pay-tooMany =
    { $n ->
        [one] Paga como máximo { $n } producto a la vez.
       *[other] Paga como máximo { $n } productos a la vez.
    }
methods-add = Añadir un medio de pago
methods-kind = Tipo
methods-label = Nombre
methods-last4 = Últimos 4 dígitos
methods-expiry = Caducidad (MM/AAAA)
methods-save = Guardar medio
methods-added = Medio de pago guardado.
methods-makeDefault = Usar como predeterminado
methods-onlyDigits = Solo se guardan los cuatro últimos dígitos, nunca el número de tarjeta.
prepaid-topUp = Recargar
prepaid-amount = Importe
prepaid-method = Pagado con
prepaid-range = Entre { $min } y { $max }.
prepaid-pending = pendiente de la transferencia
prepaid-done = Saldo recargado.
prepaid-pendingDone = Recarga registrada; contará cuando llegue la transferencia.
prepaid-card = Tarjeta
orders-none = Aún no hay pedidos.
orders-date = Fecha
orders-order = Pedido
orders-payNow = Pagar…
orders-received = Transferencia recibida (IBAN)
order-pending = Pendiente
order-paid = Pagado
order-cancelled = Cancelado
rule-REN-2 = La renovación automática necesita una tarjeta (Visa, Mastercard, CB) o un perfil Twint guardado.
rule-REN-5 = La renovación automática no se puede activar a menos de 14 días del vencimiento: renueva antes.
rule-PAY-1 = Un producto vencido se bloquea y después se cancela; un producto cancelado no se puede renovar.
rule-PAY-5 = Las tarjetas PostFinance solo pagan en CHF.
rule-PAY-6 = Una recarga está entre 0,10 y 9999,00, con tarjeta, PostFinance (CHF) o transferencia IBAN.
rule-PAY-9 = Este tipo de producto no ofrece ese periodo de renovación.

inv-filterKind = Todos los documentos
inv-filterStatus = Todos los estados
inv-search = Buscar por número
inv-open = Abrir { $number }
inv-save = Guardar PDF…
inv-print = Imprimir…
inv-saved = Guardado en { $path }.
inv-printed = Enviado a la impresora ({ $via }).
inv-corrects = Rectifica { $number }
inv-vault = Guardado sin conexión; SHA-256 { $hash }…
inv-notRendered = Se genera al guardar o imprimir por primera vez y se conserva sin conexión.
inv-noMatch = Ningún documento coincide con estos filtros.
inv-unitPrice = Precio unitario
inv-qty = Cant.

inv-export = Exportar los documentos mostrados…
inv-exporting =
    { $total ->
        [one] { $done } de { $total } documento
       *[other] { $done } de { $total } documentos
    }
inv-exported =
    { $written ->
        [one] { $written } documento guardado en { $folder }.
       *[other] { $written } documentos guardados en { $folder }.
    }
inv-exportStopped =
    { $total ->
        [one] Detenido: { $written } de { $total } documento guardado en { $folder }.
       *[other] Detenido: { $written } de { $total } documentos guardados en { $folder }.
    }
inv-exportTitle = Exportar documentos
inv-credit = Emitir factura rectificativa…
inv-creditConfirm = ¿Emitir una factura rectificativa por la totalidad de { $number }? Lo ya pagado vuelve al saldo prepago.
inv-credited = Factura rectificativa { $number } emitida.

set-seller = Emisor de los documentos
set-sellerHint = Se imprime en las nuevas facturas, proformas y rectificativas; las ya emitidas conservan el suyo. Un partner que factura a sus clientes pone aquí su propia empresa. Un IBAN suizo añade la QR-factura a los documentos en CHF.
set-sellerSave = Guardar emisor
set-sellerSaved = Emisor guardado.

error-invalid_input = Dato no válido
error-not_found = No encontrado
error-rule_violation = No permitido
error-conflict = Conflicto
error-currency_mismatch = Las monedas no coinciden
error-storage = No se pudo leer o escribir el archivo del espacio
error-cancelled = Cancelado
error-internal = Error inesperado
error-field = Campo: { $field }
pay-autoRenewWill = La renovación automática se activará con { $method } para estos productos.
pay-autoRenewWont = { $method } no activa la renovación automática.
pay-done-autoRenew = Renovación automática activada para: { $names }.
orders-document = Documento
orders-payDocument = Pagar { $number }
orders-payExplain = { $number } aún no está pagada. Al pagarla, sus productos se renuevan una sola vez y se salda lo vencido.
inv-creditChoose = Rectificar esta línea
inv-creditLine = Rectificar la línea { $line }
inv-creditedBy = Rectificada por { $number }
inv-creditNotes = Facturas rectificativas emitidas sobre esta factura:
inv-creditable = Aún rectificable: { $amount }.
inv-nothingToCredit = No queda nada por rectificar en esta factura.
inv-creditConfirmLines =
    ¿Emitir una factura rectificativa por { $n ->
        [one] la línea elegida
       *[other] las { $n } líneas elegidas
    } de { $number }? Lo ya pagado vuelve al saldo prepago.
access-orgWideOnly = Solo un representante legal o un administrador de esta organización puede hacerlo.
orders-payWithMethod = Pagar con
orders-cancel = Anular pedido
orders-cancelConfirm = ¿Anular el pedido n.º { $id }? No se renueva nada y lo que tomó del saldo prepago vuelve a él.
orders-cancelled = Pedido n.º { $id } anulado; su parte prepagada ha vuelto al saldo.
orders-keep = Conservar el pedido
ren-reminders = avisos 3 días y 1 día antes en el calendario

# Renewals: search beyond the date window, summary cards as links (issue 14).
ren-moreOutside =
    { $n ->
        [one] Otro producto coincide fuera de «{ $preset }».
       *[other] Otros { $n } productos coinciden fuera de «{ $preset }».
    }
ren-showThem = Mostrarlos
ren-count-show = Mostrar estos productos en la tabla

# Products needing attention and reminder settings (PAY-2).
att-title =
    { $n ->
        [one] { $n } producto requiere atención
       *[other] { $n } productos requieren atención
    }
att-last_day_to_enable = { $product }: el último día para activar la renovación automática es { $when }
att-charge = { $product }: la renovación automática se cobra { $when }
att-expiry = { $product }: vence { $when }
att-more =
    { $n ->
        [one] y { $n } más
       *[other] y { $n } más
    }
rem-title = Recordatorios antes de las renovaciones
rem-explain = El proveedor envía un correo a las personas elegidas aquí tantos días antes de las fechas de un producto; Comptoir usa los mismos días para sus propios avisos de escritorio. Se guarda en este espacio de trabajo.
rem-days = Días antes
rem-daysHint = Hasta 5 números del 1 al 90, por ejemplo 14, 7, 1
rem-recipients = Quién recibe el correo
rem-save = Guardar recordatorios
rem-saved = Recordatorios guardados: { $days } días antes.
rem-os = Mostrar avisos de escritorio para los recordatorios
rem-osOn = Los avisos de escritorio están activados.
rem-osOff = Los avisos de escritorio están desactivados.
rem-notNumbers = Escriba los días como números enteros separados por comas, por ejemplo 14, 7, 1.

# The rule behind a sentence, one click away.
why-label = ¿Por qué?
rule-SUP-1 = Solo el personal del proveedor que atiende la solicitud puede usar un acceso de soporte.
rule-SUP-2 = Un acceso puede revocarse en cualquier momento y se cierra solo 7 días después de concederse.
rule-PAR-1 = Una empresa puede ser partner con productos gestionados por al menos 2000 CHF o 1800 EUR al año, una empresa registrada y un sitio web activo.
set-about = Acerca de y diagnóstico
set-version = Versión
set-engineToday = Hoy según el motor
set-uiLanguage = Idioma de las pantallas
inv-pay = Pagar…
## Provider connection (issue 10): sources, sync, outbox
prov-sourceProvider = Proveedor · sincronizado el { $time }
prov-sourceProviderNever = Proveedor · aún sin sincronizar
prov-sourcePartlyLocal = renovaciones, pagos y saldo prepago son solo locales
prov-sourceLocalSection = Solo local · no está en la API pública del proveedor
prov-sourceLocal = Solo local · nada de aquí llega al proveedor
prov-notConnected = Sin conexión: se muestra lo último sincronizado
prov-unauthorized = El proveedor rechazó el token: vuelva a conectarse
prov-offline =
    { $count ->
        [one] Sin conexión · 1 cambio en espera
       *[other] Sin conexión · { $count } cambios en espera
    }
prov-retryNow = Reintentar ahora
prov-writeSent = Enviado al proveedor
prov-writeQueued = En cola: se enviará cuando el proveedor responda
prov-progress = { $done } de { $total } solicitudes · quedan unos { $seconds } s
prov-syncNow = Sincronizar ahora
prov-outbox = Cambios por enviar ({ $count })
prov-disconnect = Desconectar
prov-connect = Conectar con el proveedor…
prov-link-online = Sincronizado.
prov-link-offline = No se pudo contactar con el proveedor: todo se queda aquí y los cambios esperan en cola.
prov-link-unauthorized = El proveedor rechazó el token (caducado o revocado): vuelva a conectarse.
prov-link-refused = El proveedor rechazó la solicitud.
prov-link-cancelled = Sincronización cancelada: no se borró nada.
prov-reason-offline = Sin conexión con el proveedor.
prov-reason-timeout = El proveedor no respondió a tiempo.
prov-reason-server_error = El proveedor tuvo un error; se volverá a intentar.
prov-reason-rate_limited = Se alcanzó el límite de 60 solicitudes por minuto del proveedor.
prov-reason-not_authorized = El token fue rechazado.
prov-reason-access_denied = El token no permite hacer esto.
prov-reason-not_found = Ya no existe en el proveedor.
prov-reason-already_exists = Ya existe en el proveedor.
prov-reason-validation_failed = El proveedor rechazó los valores.
prov-reason-malformed_response = No se pudo leer la respuesta del proveedor.
prov-reason-not_on_provider = Aquello a lo que se refiere este cambio nunca llegó al proveedor.
prov-reason-unexpected = Ocurrió algo inesperado.
prov-reason-changed_on_provider = Cambiado en el proveedor desde la última sincronización: sobrescríbalo o descarte el suyo.
prov-reason-deleted_on_provider = Eliminado en el proveedor desde la última sincronización.
prov-reason-overwrite = Eligió sobrescribir la versión del proveedor.
prov-connectTitle = Conectar con el proveedor
prov-connectHint = Pegue un token de API personal creado en el Manager del proveedor. Se comprueba con el proveedor y se guarda solo en el llavero de este ordenador.
prov-connectUrl = Proveedor: { $url }
prov-token = Token de API personal
prov-tokenKept = El token no se vuelve a mostrar ni se escribe en el espacio de trabajo ni en los registros.
prov-connectButton = Conectar
prov-outboxTitle = Cambios por enviar al proveedor
prov-outboxHint = Se envían en orden. Un cambio fallido o un conflicto retiene los siguientes hasta que lo reintente o descarte.
prov-outboxEmpty = Nada en espera.
prov-colWhat = Cambio
prov-colState = Estado
prov-colWhen = Actualizado
prov-state-pending = Pendiente
prov-state-sending = Enviando
prov-state-sent = Enviado
prov-state-failed = Fallido
prov-state-conflict = Conflicto
prov-overwrite = Sobrescribir
prov-retry = Reintentar
prov-discard = Descartar
prov-op-invite_user = Invitar a { $email }
prov-op-cancel_invitation = Cancelar una invitación
prov-op-remove_member = Quitar a un miembro
prov-op-create_team = Crear el equipo { $name }
prov-op-rename_team = Renombrar un equipo a { $name }
prov-op-delete_team = Eliminar un equipo
prov-op-add_team_members =
    { $count ->
        [one] Añadir 1 miembro a un equipo
       *[other] Añadir { $count } miembros a un equipo
    }
prov-op-remove_team_members =
    { $count ->
        [one] Quitar 1 miembro de un equipo
       *[other] Quitar { $count } miembros de un equipo
    }
prepaid-confirmCharge = ¿Cargar { $amount } a { $method } ahora?
prepaid-confirmTransfer = ¿Añadir { $amount } por transferencia IBAN? El saldo aumenta cuando llega el dinero.
prepaid-confirm = Confirmar la recarga
remove-undo = Deshacer
remove-undone =
    { $n ->
        [one] { $n } usuario ha vuelto, como antes.
       *[other] { $n } usuarios han vuelto, como antes.
    }
# Support captures: screenshots, app log, website console, imports
cap-title = Adjuntar desde este ordenador
cap-screenshot = Captura de pantalla…
cap-appLog = Registro de la aplicación…
cap-website = Grabar la consola de un sitio web…
cap-import = Importar un archivo de registro…
cap-close = Cerrar
cap-mode = Qué capturar
cap-mode-screen = Pantalla completa
cap-mode-window = Una ventana
cap-mode-region = Una zona
cap-monitor = Pantalla
cap-window = Ventana
cap-noWindows = Su escritorio no enumera las ventanas: capture una pantalla o una zona.
cap-delay = Retardo
cap-delay-none = Ninguno
cap-delay-seconds = { $n } s
cap-hide = Ocultar Comptoir durante la captura
cap-shownNote = Comptoir queda en la imagen: sus IBAN, números de tarjeta, direcciones de correo y tokens se tapan primero; puede deshacer cada uno.
cap-wayland = En Wayland el escritorio puede pedirle permiso antes de cada captura.
cap-capture = Capturar
cap-capturing = Capturando…
cap-tool = Herramienta
cap-tool-rectangle = Rectángulo
cap-tool-arrow = Flecha
cap-tool-highlight = Resaltador
cap-tool-redact = Tapar
cap-edits = Cambios
cap-noEdits = Aún no hay cambios.
cap-op-redact = Tapado
cap-op-pre = Tapado de antemano: { $kind }
cap-sensitive-iban = IBAN
cap-sensitive-card = número de tarjeta
cap-sensitive-email = dirección de correo
cap-sensitive-token = token
cap-op-rectangle = Rectángulo
cap-op-arrow = Flecha
cap-op-highlight = Resaltado
cap-undo = Deshacer
cap-attachShot = Adjuntar captura
cap-discard = Descartar
cap-preview = Vista previa de la captura
cap-editorHelp = Arrastre sobre la imagen para añadir la herramienta elegida. Las zonas tapadas quedan opacas en el PNG adjunto, nunca difuminadas.
cap-log-window = Periodo
cap-log-15m = Últimos 15 minutos
cap-log-1h = Última hora
cap-log-24h = Últimas 24 horas
cap-log-custom = Personalizado
cap-log-from = Desde
cap-log-to = Hasta
cap-attachLog = Adjuntar el registro
cap-url = Dirección del sitio web
cap-duration = Grabar
cap-duration-untilClosed = Hasta que pare o cierre la ventana
cap-duration-seconds = Durante { $n } s
cap-start = Abrir y grabar
cap-stop = Parar y adjuntar
cap-recording = Grabando…
cap-ended = Grabación terminada
cap-consoleNote = La página se abre en su propia ventana. Solo puede añadir a esta grabación, nada más.
cap-count-console = Líneas de consola
cap-count-errors = Errores de consola
cap-count-warnings = Avisos
cap-count-uncaught = Errores no capturados
cap-count-rejections = Promesas rechazadas sin gestionar
cap-count-resources = Recursos fallidos
cap-count-dropped = Descartados (sobre el límite)
cap-regionHelp = Arrastre un rectángulo o use las flechas (Mayús+flechas cambian el tamaño); Intro lo toma, Esc cancela.
cap-attached = Adjuntos
sup-contact = Las respuestas van a

# The provider refused to connect, in words (the reason code the engine carries).
prov-connectError-unauthorized = El proveedor rechazó este token: puede estar mal copiado, caducado o revocado. Cree uno nuevo en el Manager del proveedor y péguelo aquí.
prov-connectError-keyring = El llavero del sistema no pudo guardar el token (está bloqueado o se denegó el acceso). Desbloquéelo y vuelva a intentarlo.
prov-connectError-connection = No se pudo contactar con el proveedor. Compruebe la conexión y vuelva a intentarlo.
prov-connectError-timeout = El proveedor no respondió a tiempo. Vuelva a intentarlo en un momento.
prov-connectError-server = El proveedor tuvo un error. Vuelva a intentarlo en un momento.
prov-connectError-rate_limited = Se alcanzó el límite de 60 solicitudes por minuto del proveedor. Vuelva a intentarlo dentro de un minuto.
prov-connectError-malformed = No se pudo leer la respuesta del proveedor. Vuelva a intentarlo más tarde.
prov-connectError-invalid = Esto no parece un token de API personal. Pegue el token tal como lo muestra el proveedor.

# A QR-bill that cannot be made: which field of whom, what is wrong, where to correct it.
qr-problem-line_break = El campo { $part } { $party } tiene un salto de línea; un campo de la factura QR es una sola línea.
qr-problem-character = El campo { $part } { $party } contiene «{ $character }», que una factura QR suiza no admite; escríbalo con letras latinas.
qr-problem-required = Falta el campo { $part } { $party }; la factura QR lo necesita.
qr-problem-too_long = El campo { $part } { $party } tiene { $given } caracteres; una factura QR admite como máximo { $max }.
qr-problem-country = «{ $given }» no es un código de país (dos letras, p. ej. CH) en el campo { $part } { $party }.
qr-party-buyer = de la organización
qr-party-seller = del emisor
qr-part-name = nombre
qr-part-street = calle
qr-part-building_number = número
qr-part-postal_code = código postal
qr-part-town = localidad
qr-part-country = país
qr-fix = Corríjalo en { $section } → { $tab } y vuelva a intentarlo.

prov-mark-pending = Aún no enviado al proveedor
prov-mark-sending = Enviándose al proveedor
prov-mark-sent = Enviado al proveedor
prov-mark-failed = No enviado: el proveedor lo rechazó
prov-mark-conflict = No enviado: cambió en el proveedor
prov-sending = Enviando al proveedor
prov-sendProgress =
    { $done } de { $total } enviados · { $minutes ->
        [0] queda menos de un minuto
        [one] queda 1 min aprox.
       *[other] quedan unos { $minutes } min
    }
prov-held =
    { $count ->
        [one] Envío detenido · 1 cambio aún sin enviar
       *[other] Envío detenido · { $count } cambios aún sin enviar
    }
prov-sendNow = Enviar ahora
prov-noExpiry =
    { $count ->
        [one] 1 producto no tiene fecha de vencimiento en el proveedor: no hay nada que renovar, así que no aparece en Renovaciones.
       *[other] { $count } productos no tienen fecha de vencimiento en el proveedor: no hay nada que renovar, así que no aparecen en Renovaciones.
    }
prov-unknownService =
    { $count ->
        [one] 1 producto es de un servicio que Comptoir aún no renueva: no aparece en Renovaciones.
       *[other] { $count } productos son de un servicio que Comptoir aún no renueva: no aparecen en Renovaciones.
    }
prov-reason-invalid_email = El proveedor rechazó la dirección de correo electrónico.
prov-reason-invalid_first_name = El proveedor rechazó el nombre.
prov-reason-invalid_last_name = El proveedor rechazó el apellido.
prov-reason-invalid_name = El proveedor rechazó el nombre.
prov-reason-invalid_role = El proveedor rechazó el rol.
prov-reason-invalid_language = El proveedor rechazó el idioma.
ren-gone = Eliminado en el proveedor
ren-goneHint = Eliminado en el proveedor; se conserva aquí porque lo mencionan facturas o pedidos. Ya no se puede renovar.
ren-goneNoRenewal = No se puede renovar: eliminado en el proveedor
add-mode-several = Invitar a varias personas
add-addresses = Direcciones de correo electrónico, una por línea
add-addressesHint = «Nombre <dirección>», «Nombre, dirección» o solo la dirección (nombre.apellido@… da el nombre «Nombre Apellido»).
add-invitedMany =
    { $count ->
        [one] Se invitó a 1 persona.
       *[other] Se invitó a { $count } personas.
    }
add-someRefused =
    { $count ->
        [one] 1 línea no se invitó (las demás sí):
       *[other] { $count } líneas no se invitaron (las demás sí):
    }
add-lineAlreadyMember = ya es miembro
add-lineNeedsName = indique nombre y apellido
add-lineBadEmail = no es una dirección de correo electrónico
refusal-gone_on_provider = Este producto se eliminó en el proveedor. Solo se conserva porque lo mencionan facturas o pedidos, y ya no se puede renovar.
refusal-renew_at_provider = Este producto viene del proveedor, cuya API pública no da precio: renuévelo en el Manager del proveedor. Aquí no se ha pagado ni cambiado nada.
refusal-not_in_public_api = La API pública del proveedor no ofrece esto. Hágalo en el Manager del proveedor; la próxima sincronización lo traerá aquí.
refusal-full_name_needed = Indique nombre y apellido: el proveedor necesita ambos.
refusal-invite_by_email = En un espacio de trabajo del proveedor se invita por correo electrónico; el proveedor vincula una cuenta existente cuando la persona acepta.
refusal-not_connected = No hay conexión con el proveedor. Conéctese primero.
refusal-unauthorized = El proveedor rechazó el token: puede haber caducado o haber sido revocado. Vuelva a conectarse.
refusal-access_denied = El token no permite hacer esto en el proveedor.
refusal-not_found = Ya no existe en el proveedor.
refusal-conflict = Cambió en el proveedor mientras tanto. Sincronice y vuelva a intentarlo.
refusal-validation = El proveedor rechazó los valores.
refusal-rate_limited = Se alcanzó el límite del proveedor de 60 solicitudes por minuto. Vuelva a intentarlo en un minuto.
refusal-server = El proveedor tuvo un error. Vuelva a intentarlo en un momento.
refusal-timeout = El proveedor no respondió a tiempo. Vuelva a intentarlo en un momento.
refusal-connection = No se pudo contactar con el proveedor. Compruebe la conexión y vuelva a intentarlo.
refusal-malformed = No se pudo leer la respuesta del proveedor. Vuelva a intentarlo más tarde.
refusal-task_failed = El proveedor no pudo terminar la tarea.
refusal-keyring = El llavero del sistema no pudo guardar el token (está bloqueado o se denegó el acceso). Desbloquéelo y vuelva a intentarlo.
refusal-invalid = Esto no parece un token de API personal. Péguelo tal como lo muestra el proveedor.
prov-outboxSummary = { $unsent ->
        [one] 1 sin enviar
       *[other] { $unsent } sin enviar
    } · { $sent ->
        [one] 1 enviado recientemente
       *[other] { $sent } enviados recientemente
    }

sup-preview-partial = Se muestran los primeros { $shown } KB de { $total } KB; el paquete lo lleva todo.
sup-preview-more = Mostrar más
cap-limitReached = La grabación alcanzó el límite de 10 MB por adjunto: los mensajes posteriores no se guardan. Deténgala y adjunte lo capturado.
cap-editorKeys = Sin ratón: enfoque la imagen, las flechas colocan una selección (Mayús+flechas la redimensionan, Alt mueve de un píxel), Intro añade ahí la herramienta elegida, Esc la descarta.
cap-selection = Selección de { $w } × { $h } en { $x }, { $y }: Intro la añade.

## Toasts: what happened after an action (lib/announce.ts)
toast-region = Notificaciones
toast-dismiss = Descartar
toast-undo = Deshacer
toast-open = Abrir
toast-showInFolder = Mostrar en la carpeta
toast-failed = No ha funcionado: { $message }
toast-language = Idioma cambiado.
toast-demoReset = El espacio de demostración se ha reconstruido.
toast-actingUser = Ahora actúas como el usuario elegido.
toast-workspaceOpened = Espacio de trabajo abierto.
toast-backedUp = Copia de seguridad guardada en { $path }.
toast-invitedMany = { $n ->
    [one] 1 persona invitada
   *[other] { $n } personas invitadas
}{ $refused ->
    [0] .
   *[other] ; { $refused } líneas rechazadas (vea la lista).
}
toast-invited = Invitación enviada a { $email }.
toast-added = { $email } se ha añadido a la organización.
toast-resent = Invitación enviada de nuevo.
toast-removed =
    { $n ->
        [one] { $n } usuario eliminado
       *[other] { $n } usuarios eliminados
    }{ $kept ->
        [0] .
       *[other] , { $kept } conservados.
    }
toast-removalUndone =
    { $n ->
        [one] Deshecho: { $n } usuario ha vuelto.
       *[other] Deshecho: { $n } usuarios han vuelto.
    }
toast-left = Has salido de la organización.
toast-roleChanged = Rol cambiado.
toast-replaced = Representante legal sustituido.
toast-replacementUndone = Deshecho: los representantes legales están como antes.
toast-rightsSaved = Derechos guardados.
toast-contactsSaved = Preferencias de contacto guardadas.
toast-detailsSaved = Datos de la organización guardados.
toast-teamCreated = Equipo { $name } creado.
toast-teamSaved = Equipo { $name } guardado.
toast-teamDeleted = Equipo eliminado.
toast-teamMembersSaved = Miembros del equipo guardados.
toast-autoRenew =
    { $on ->
        [on] Renovación automática activada para { $n ->
            [one] { $n } producto
           *[other] { $n } productos
        }
       *[off] Renovación automática desactivada para { $n ->
            [one] { $n } producto
           *[other] { $n } productos
        }
    }{ $refused ->
        [0] .
       *[other] ; { $refused } rechazados.
    }
toast-periodChanged = Periodo de renovación cambiado.
toast-paid =
    { $n ->
        [one] Pagado: { $n } pedido.
       *[other] Pagados: { $n } pedidos.
    }
toast-orderPaid = Pedido pagado: { $number }.
toast-orderCancelled = Pedido cancelado.
toast-methodAdded = Método de pago añadido.
toast-defaultMethod = Método de pago predeterminado cambiado.
toast-toppedUp = Saldo prepago recargado.
toast-savedTo = Guardado en { $path }.
toast-printed = Documento enviado a la impresora.
toast-exported =
    { $n ->
        [one] { $n } documento exportado a { $folder }.
       *[other] { $n } documentos exportados a { $folder }.
    }
toast-creditNote = Nota de crédito { $number } emitida.
toast-sellerSaved = Datos del vendedor guardados.
toast-notificationsSaved = Ajustes de notificación guardados.
toast-osNotifications =
    { $on ->
        [on] Recordatorios de escritorio activados.
       *[off] Recordatorios de escritorio desactivados.
    }
toast-connected = Conectado al proveedor.
toast-disconnected = Desconectado del proveedor.
toast-synced = Sincronización terminada.
toast-retrying = Enviando de nuevo los cambios.
toast-discarded = Cambio descartado.
toast-draftDiscarded = Borrador descartado.
toast-attached = Adjunto añadido.
toast-detached = Adjunto quitado.
toast-bundleSaved = Solicitud de soporte guardada en { $path }.
toast-mailOpened = Borrador de correo abierto.

## Export: files of the same name already in the folder
inv-exportExists =
    { $n ->
        [one] { $n } archivo de esta carpeta tiene el mismo nombre que un documento. ¿Sustituirlo?
       *[other] { $n } archivos de esta carpeta tienen el mismo nombre que documentos. ¿Sustituirlos?
    }
inv-exportMore = y { $n } más
inv-exportKeepBoth = Conservar ambos
inv-exportReplace =
    { $n ->
        [one] Sustituir { $n } archivo
       *[other] Sustituir { $n } archivos
    }

## Links between invoices, orders and products (lib/links.svelte.ts)
link-showAll = Mostrar todo
link-invoices = Facturas
link-invoicesOf = Facturas con { $name }
link-products =
    { $n ->
        [one] Su producto en Renovaciones
       *[other] Sus { $n } productos en Renovaciones
    }
link-productsOf =
    { $n ->
        [one] El producto de { $number }
       *[other] Los { $n } productos de { $number }
    }
link-order = Pedido n.º { $id }
inv-exportFailed =
    { $n ->
        [one] { $n } documento no se pudo guardar:
       *[other] { $n } documentos no se pudieron guardar:
    }

## Issue 13: the engine's refusals by reason code (refusal-<code>, params as variables),
## a generic sentence per error code when there is none, and the labels of the fields it names.
refusal-empty = Este campo es obligatorio.
refusal-too_long =
    Como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    } (hay { $given }).
refusal-control_character = El texto contiene un carácter invisible ({ $character }), probablemente pegado. Vuelva a escribirlo.
refusal-not_an_email = No es una dirección de correo electrónico (p. ej. nombre@ejemplo.es).
refusal-not_an_amount = No es un importe: escriba cifras, p. ej. 25,50 o 1.000.
refusal-ambiguous_amount = Ambiguo: «{ $separator }» seguido de tres cifras puede ser de millares o de decimales. Escriba 1000 o 1{ $separator }00.
refusal-bad_grouping = Las cifras están mal agrupadas: grupos de tres, p. ej. 1.000.000.
refusal-too_many_decimals = Como máximo dos decimales: los importes nunca se redondean.
refusal-negative = El importe no puede ser negativo.
refusal-too_large = El importe es demasiado grande (como máximo { $digits } cifras).
refusal-wrong_currency = Este importe es en { $expected }, no en { $given }.
refusal-out_of_range = Entre { $min } y { $max }: { $given } no lo está.
refusal-unknown_choice = «{ $given }» no es una de las opciones ofrecidas.
refusal-none_chosen = Elija al menos uno.
refusal-too_many = Como máximo { $max } a la vez (hay { $given }).
refusal-bad_format = No tiene la forma esperada, p. ej. { $example }.
refusal-postfinance_chf_only = Una tarjeta PostFinance solo paga en CHF, no en { $currency }.
refusal-iban_is_qr_iban = Es un QR-IBAN, que los bancos rechazan para transferencias ordinarias: indique aquí el IBAN de la cuenta y el QR-IBAN en su propio campo.
refusal-not_a_qr_iban = No es un QR-IBAN (un IBAN suizo o de Liechtenstein con número de banco de 30000 a 31999).
refusal-card_expired = Esta tarjeta ha caducado.
refusal-card_expires_before = Esta tarjeta caducó a finales de { $expiry }: no puede pagar el { $day }. Elija o añada otra.
refusal-rights_needed =
    Solo un representante legal o un administrador puede { $action ->
        [add] añadir usuarios.
        [remove] eliminar usuarios.
        [teams] gestionar equipos.
       *[rights] cambiar los derechos de otros usuarios.
    }
refusal-legal_rep_only =
    Solo un representante legal puede { $action ->
        [details] cambiar los datos de la organización.
        [name] nombrar a un representante legal.
        [name_or_demote] nombrar o degradar a un representante legal.
       *[remove] eliminar a un representante legal.
    }
refusal-last_legal_rep =
    { $action ->
        [leave] El único representante legal no puede salir
        [remove] No se puede eliminar al único representante legal
        [demote] No se puede degradar al único representante legal
       *[keep] Una organización debe conservar al menos un representante legal
    }: nombre antes a otro representante legal.
refusal-billing_refused =
    { $who ->
        [member] Solo un miembro de la organización puede hacerlo.
        [legal_rep] Solo un representante legal puede hacerlo.
        [billing_right] Solo un representante legal, un administrador o un usuario con el derecho de facturación sobre cada producto puede hacerlo.
       *[admin] Solo un representante legal o un administrador puede hacerlo.
    }
refusal-period_not_offered =
    Este producto no puede renovarse por { $months ->
        [one] { $months } mes.
       *[other] { $months } meses.
    }
refusal-support_compose_refused =
    { $who ->
        [not_member] Solo un miembro de una organización puede preparar una solicitud de soporte.
        [not_member_of_product_org] Solo un miembro de la organización del producto puede nombrarlo en una solicitud de soporte.
       *[no_right_on_product] Una solicitud de soporte solo puede nombrar un producto sobre el que tenga un derecho (técnico, estadísticas o facturación).
    }
refusal-product_cancelled = { $product } se canceló (impagado desde { $since }): ya no se puede renovar.
refusal-order_cancelled = Este pedido se canceló: su proforma queda anulada y no hay nada que pagar. Vuelva a renovar los productos si hace falta.
refusal-order_not_pending =
    { $status ->
        [paid] Este pedido ya está pagado.
       *[other] Este pedido ya no está pendiente de pago.
    }
refusal-product_on_open_order = { $product } ya figura en { $document_number }, aún sin pagar: pague { $document_number } en lugar de renovarlo de nuevo.
refusal-product_on_unpaid_invoice = { $product } figura en la factura impagada { $document_number }: se paga con esa factura.
refusal-order_invoiced = La factura { $document_number } ya se emitió para este pedido: páguela o emita una nota de crédito.
refusal-iban_transfer_exists = La transferencia IBAN ya es un método de pago de esta organización.
refusal-method_already_saved = Este método de pago ya está guardado para esta organización.
refusal-top_up_method = Una recarga se paga con tarjeta, PostFinance o transferencia IBAN.
refusal-nothing_to_credit = No queda nada por abonar en { $document_number }: las notas de crédito anteriores lo cubren.
refusal-undo_too_late =
    Demasiado tarde para deshacer: se puede deshacer durante { $seconds ->
        [one] { $seconds } segundo.
       *[other] { $seconds } segundos.
    }
refusal-undo_member_only = Solo un miembro de la organización puede deshacerlo.
refusal-already_member = { $email } ya es miembro de esta organización.
refusal-account_exists = { $email } ya tiene una cuenta: añádala como cuenta existente.
refusal-team_name_taken = Ya existe un equipo llamado «{ $name }».
refusal-no_pending_invitation = Este usuario no tiene ninguna invitación pendiente.
refusal-successor_not_active = El nuevo representante legal debe haber aceptado antes su invitación.
refusal-not_a_legal_rep = Este usuario no es representante legal.
refusal-attachment_not_text_or_image = Solo se pueden adjuntar archivos de texto e imágenes PNG o JPEG: solo esos se pueden revisar en busca de secretos antes de enviarlos.
refusal-attachment_too_big = Un adjunto ocupa como máximo { $max_mb } MB.
refusal-not_found-account = Ninguna cuenta tiene esta dirección de correo electrónico.
refusal-not_found-attachment = Este adjunto ya no existe.
refusal-not_found-document = Este documento ya no existe.
refusal-not_found-file = Este archivo ya no existe.
refusal-not_found-invoice = Esta factura ya no existe.
refusal-not_found-member = Esta persona no es (o ya no es) miembro de la organización.
refusal-not_found-monitor = Esta pantalla ya no está conectada.
refusal-not_found-order = Este pedido ya no existe.
refusal-not_found-organization = Esta organización ya no existe.
refusal-not_found-outbox_entry = Este cambio en cola ya no existe.
refusal-not_found-payment_method = Este método de pago ya no existe.
refusal-not_found-preview_part = Esta parte de la vista previa ya no existe: vuelva a prepararla.
refusal-not_found-product = Este producto ya no existe.
refusal-not_found-region_capture = Esta captura de una zona ya no existe.
refusal-not_found-support_draft = Este borrador de solicitud de soporte ya no existe (enviado o eliminado).
refusal-not_found-support_request = Esta solicitud de soporte ya no existe.
refusal-not_found-team = Este equipo ya no existe.
refusal-not_found-unsent_outbox_entry = Este cambio ya se envió o ya no existe.
refusal-not_found-user = Este usuario ya no existe.
refusal-not_found-website_capture = Esta captura de un sitio web ya no existe.
refusal-not_found-window = Esta ventana ya no está abierta.
refusal-generic-invalid_input = Este valor no se acepta. Revíselo y vuelva a intentarlo.
refusal-generic-not_found = Lo que pidió ya no existe. Actualice y vuelva a intentarlo.
refusal-generic-rule_violation = Una regla del proveedor no lo permite.
refusal-generic-conflict = Esto choca con datos que cambiaron o ya existen. Actualice y vuelva a intentarlo.
refusal-generic-currency_mismatch = No se pueden combinar importes en dos monedas distintas.
refusal-generic-storage = No se pudo leer o escribir el archivo del espacio. Compruebe el disco y vuelva a intentarlo.
refusal-generic-cancelled = Cancelado.
refusal-generic-internal = Algo inesperado falló. Vuelva a intentarlo; si se repite, envíe los detalles técnicos al soporte.
error-details = Detalles técnicos
prepaid-willCharge = Se cargará { $amount }
prepaid-willTransfer = A transferir: { $amount }
refusal-too_many_reminders = Indique de 1 a { $max } avisos (días antes de una fecha).
refusal-days_before_range = { $value } no está entre 1 y { $max } días.
refusal-successor_same = Elija a otra persona como nuevo representante legal.
refusal-old_needs_role = El representante sustituido necesita otro rol.
refusal-invitation_not_accepted = Esta persona aún no ha aceptado la invitación: cancele la invitación en su lugar.
refusal-outbox_not_waiting = Este cambio ya no está esperando para enviarse.
refusal-outbox_not_retryable = Solo se puede reintentar un cambio fallido o en conflicto.
refusal-outbox_busy = Este cambio se está enviando: ya no se puede descartar.
refusal-selected_twice = Un producto está seleccionado dos veces.
refusal-product_other_currency = { $product } tiene precio en { $currency }: no puede pagarse con el resto de esta selección.
refusal-method_other_org = Este método de pago pertenece a otra organización.
refusal-payment_key_reused = Este pago ya se inició con otras opciones: vuelva a empezarlo.
refusal-method_nothing_to_pay = Se indicó un método de pago para una organización que no tiene nada que pagar en esta selección.
refusal-method_given_twice = Se indicaron dos formas de pago para una organización.
refusal-method_needed = Elija cómo paga { $organization }.
refusal-prepaid_short = El saldo prepago de { $organization } no alcanza: elija un método para el resto.
refusal-credit_invoice_only = Solo una factura puede corregirse con una nota de crédito.
refusal-product_not_on_invoice = Este producto no figura en la factura { $document_number }.
refusal-already_credited = { $product } ya se abonó.
refusal-credit_too_much = Este abono supera lo que queda por abonar en { $document_number }.
refusal-recipient_not_member = Un destinatario no es miembro activo de esta organización.
refusal-range_reversed = El final del intervalo es anterior a su inicio.
refusal-page_size = Una página tiene de 1 a { $max } filas.
refusal-qr_too_long = Los nombres, direcciones y mensaje de esta factura QR son en conjunto demasiado largos para su código QR. Acorte el nombre o la dirección del comprador (Organización → Datos) o del vendedor (Ajustes) y vuelva a intentarlo.
refusal-expired_renew_first = { $product } venció hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: renuévelo primero.
refusal-auto_renew_too_late = { $product } vence en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: la renovación automática necesita al menos { $min_days ->
        [one] { $min_days } día
       *[other] { $min_days } días
    }. Renuévelo primero.
refusal-no_saved_method = No hay ningún método de pago guardado: añada una tarjeta o un perfil de Twint.
refusal-method_cannot_auto_renew = Este método de pago no admite la renovación automática: elija una tarjeta o un perfil de Twint.
refusal-undo_not_yours = Solo quien hizo este cambio puede deshacerlo.
refusal-undo_user_readded = Un usuario eliminado se volvió a añadir mientras tanto: no se deshizo nada.
refusal-undo_org_changed = La organización cambió desde entonces: no se deshizo nada.
refusal-not_a_regular_file = Comptoir solo escribe documentos como archivos normales: elija otro lugar.
refusal-demo_only = Solo el espacio de demostración puede hacerlo.
refusal-backup_target_is_workspace = Es el espacio abierto o uno de sus propios archivos: elija otro archivo para la copia.
refusal-not_a_capture = Este archivo no es una de las capturas de Comptoir.
refusal-attachment_changed = Un adjunto cambió en el disco después de añadirlo: quítelo y vuelva a añadirlo.
refusal-preview_stale = La solicitud cambió desde que se mostró la vista previa: revísela de nuevo antes de guardar.
refusal-not_a_file = No es un archivo.
refusal-bundle_needs_name = El paquete necesita un nombre de archivo.
refusal-redaction_length = Seleccione un fragmento de texto más corto o más largo para ocultar.
refusal-redaction_overlap = Seleccione texto fuera de las partes ya ocultas.
refusal-file_not_from_session = Solo se puede abrir un archivo que Comptoir guardó en esta sesión.
refusal-nothing_to_undo = No hay nada que deshacer.
refusal-members_only = Solo un miembro de la organización puede ver sus facturas, documentos y pedidos.
field-access = Acceso
field-account_id = Cuenta
field-addresses = Direcciones de correo
field-amount = Importe
field-attachment_id = Adjunto
field-attachments = Adjuntos
field-building_number = Número
field-bundle_id = Paquete de soporte
field-category = Categoría
field-color = Color
field-colour = Color
field-country = País
field-currency = Moneda
field-days_before = Días antes
field-delay = Retardo
field-display_name = Nombre
field-draft_id = Borrador
field-email = Correo electrónico
field-event = Evento
field-expires_to = Vence hasta
field-expiry = Caducidad (MM/AAAA)
field-file = Archivo
field-file_name = Nombre del archivo
field-folder = Carpeta
field-from = Desde
field-iban = IBAN
field-id = Identificador
field-idempotency_key = Intento de pago
field-incoming_path = Carpeta de entrada
field-invoice_id = Factura
field-invoice_ids = Documentos
field-key = Clave
field-kind = Tipo
field-label = Etiqueta
field-language = Idioma
field-last4 = Últimas cuatro cifras
field-limit = Filas por página
field-message = Mensaje
field-method = Método de pago
field-mode = Modo
field-monitor = Pantalla
field-name = Nombre
field-new_user_id = Nuevo representante legal
field-old_becomes = El representante anterior pasa a ser
field-old_user_id = Representante legal a sustituir
field-ops = Cambios
field-order_id = Pedido
field-organization_id = Organización
field-part_id = Parte de la vista previa
field-path = Ruta del archivo
field-period_months = Periodo
field-png = Imagen
field-postal_code = Código postal
field-preview_digest = Vista previa
field-product_id = Producto
field-product_ids = Productos
field-qr_bill = Factura QR
field-qr_iban = QR-IBAN
field-reason = Motivo
field-recipients = Destinatarios
field-recording = Grabación
field-rect = Zona
field-redaction = Ocultación
field-reference = Referencia
field-region = Zona
field-rights = Derechos
field-role = Rol
field-scale = Escala
field-seconds = Duración
field-selection = Selección
field-sensitive = Sensible
field-shot = Captura
field-source = Origen
field-status = Estado
field-street = Calle
field-subject = Asunto
field-target = Archivo de destino
field-team_id = Equipo
field-text = Texto
field-to = Hasta
field-token = Token de API
field-town = Localidad
field-url = Dirección (URL)
field-user_id = Usuario
field-user_ids = Usuarios
field-vat_number = NIF-IVA
field-width = Ancho
field-window = Ventana
field-workspace = Espacio de trabajo

# Issue 10 review (helper sync): where the data lives, what holds the queue, legal forms.
refusal-name_on_provider = El nombre de la organización viene del proveedor y su API pública no permite cambiarlo. Cámbielo en el Manager del proveedor; la próxima sincronización traerá el nuevo nombre.
details-nameOnProvider = El nombre viene del proveedor: cámbielo en el Manager del proveedor y la próxima sincronización lo traerá. La dirección y el número de IVA se guardan solo en este espacio de trabajo (para las facturas QR).
prov-connectError-provider_workspace_unusable = La carpeta del espacio de trabajo ya tiene un archivo llamado { $file } que no es un espacio de trabajo del proveedor de Comptoir (un archivo de otro programa, uno dañado u otro tipo de espacio de trabajo). Muévalo o cámbiele el nombre y vuelva a conectarse.
prov-reason-unavailable = El proveedor no está disponible por ahora (mantenimiento o sobrecarga); se volverá a intentar.
prov-link-unavailable = El proveedor no está disponible por ahora: todo se queda aquí y los cambios esperan en cola.
prov-unavailable =
    { $count ->
        [one] Proveedor no disponible · 1 cambio en espera
       *[other] Proveedor no disponible · { $count } cambios en espera
    }
prov-blocked =
    { $count ->
        [one] 1 cambio espera a que se resuelva el conflicto
       *[other] { $count } cambios esperan a que se resuelva el conflicto
    }
prov-resolve = Resolver…
prov-writeHeld = En cola tras un conflicto: se enviará cuando lo resuelva en «Cambios por enviar»
org-legalForm-company = Empresa
org-legalForm-individual = Particular
org-legalForm-public_body = Organismo público
org-legalForm-restrict = Restringida
org-membersShown = Se muestran { $shown } de { $total } miembros; la búsqueda los mira todos
org-membersMore = Mostrar más
refusal-provider_workspace_unusable = La carpeta del espacio de trabajo ya tiene un archivo llamado { $file } que no es un espacio de trabajo del proveedor de Comptoir (un archivo de otro programa, uno dañado u otro tipo de espacio de trabajo). Muévalo o cámbiele el nombre y vuelva a conectarse.
field-months = Meses

# Support refusals (params.reason; numbers as params)
refusal-support_too_long = Este texto admite como máximo { $max } caracteres y tiene { $given }. Acórtelo o adjunte el resto como archivo.
refusal-support_too_many_attachments = Una solicitud lleva como máximo { $max } adjuntos. Quite uno primero.
refusal-support_attachment_too_large = Un archivo ocupa como máximo { $max_mb } MB. Adjunte un extracto más corto (las últimas horas de un registro, por ejemplo).
refusal-support_not_text_or_image = Solo se pueden adjuntar archivos de texto e imágenes PNG o JPEG: solo en ellos se pueden buscar secretos antes de enviarlos.
refusal-support_manual_length = Seleccione entre { $min } y { $max } caracteres para ocultar.
refusal-support_manual_in_redaction = Seleccione texto fuera de las partes ya ocultas.
refusal-support_too_many_manual = Una solicitud guarda como máximo { $max } ocultaciones manuales. Deshaga una u oculte un fragmento más largo de una vez.
refusal-support_too_many_restores = Una solicitud guarda como máximo { $max } valores restaurados.
refusal-support_too_many_edits = Una captura admite como máximo { $max } ediciones. Deshaga una primero.
refusal-support_preview_changed = La solicitud cambió desde que se mostró su vista previa. Revise la vista previa antes de guardar.
sup-text-count = { $given } / { $max } caracteres
sup-text-full = Límite alcanzado: { $max } caracteres. Adjunte los textos más largos como archivo.
sup-history-range = { $from }–{ $to } de { $total }
sup-history-newer = Más recientes
sup-history-older = Más antiguas
refusal-workspace_refused = No se puede abrir { $file }.

refusal-vault_copy_changed = La copia guardada de este documento se ha modificado en el disco desde su emisión; no se utiliza.
refusal-vault_copy_unreadable = No se puede leer la copia guardada de este documento (se ha movido o eliminado).

fc-title = Renovaciones en los próximos { $n } meses
fc-empty = Ninguna renovación en los próximos { $n } meses.
fc-summary = { $automatic } automáticas · { $action } requieren acción
fc-view = Vista de la previsión
fc-view-chart = Gráfico
fc-view-table = Tabla
fc-automatic = Cobro automático
fc-action = Requiere acción
fc-prepaid = Saldo prepago restante
fc-chartOf = Renovaciones por mes en { $currency }
fc-prepaidNow = Saldo prepago actual: { $amount }
fc-month = Mes
fc-clear = Todas las renovaciones
fc-bar =
    { $month }: { $automatic } de cobro automático ({ $na ->
        [one] { $na } producto
       *[other] { $na } productos
    }), { $action } que requieren acción ({ $nb ->
        [one] { $nb } producto
       *[other] { $nb } productos
    })
fc-products =
    { $n ->
        [one] { $n } producto
       *[other] { $n } productos
    }
sp-title = Gastos de los últimos { $n } meses
sp-empty = Ninguna factura pagada ni nota de crédito en los últimos { $n } meses.
sp-summary = { $paid } pagado · { $credited } abonado
sp-paid = Pagado
sp-credited = Abonado
sp-chartOf = Gastos por mes en { $currency }
sp-hint = Seleccione una barra para ver los documentos que suma.
sp-bar =
    { $month }: { $paid } pagado ({ $np ->
        [one] { $np } factura
       *[other] { $np } facturas
    }), { $credited } abonado ({ $nc ->
        [one] { $nc } nota de crédito
       *[other] { $nc } notas de crédito
    })
inv-issuedIn = Emitidos en { $month } · { $currency }
pal-title = Buscar o ejecutar
pal-open = Buscar…
pal-placeholder = Un producto, una persona, un equipo, un número de factura o de pedido, o una acción
pal-results = Resultados
pal-none = Nada coincide con «{ $query }».
pal-hint = ↑ ↓ para elegir · Intro para abrir · Esc para cerrar
pal-failed = No se pudo realizar la búsqueda. Inténtelo de nuevo.
pal-addUser = Añadir usuario
pal-onlyProduct = Encontrado con la búsqueda: { $name }
pal-selectFirst = Marque primero los productos en la tabla y vuelva a ejecutar la acción.
pal-kind-action = Acción
pal-kind-invoice = Documento
pal-kind-order = Pedido
pal-kind-product = Producto
pal-kind-user = Persona
pal-kind-team = Equipo

# Accesos del soporte (SUP-1..4) y bloqueos por verificación de identidad (KC), rama grants.
sup-kind-mail_message = Un solo mensaje de correo
sup-sup1 = Solo el personal del proveedor que atiende la solicitud indicada puede usar este acceso; se cierra solo 7 días después de darlo y puede revocarlo antes.
sup-give = Dar acceso al soporte
sup-new-kind = Acceso a
sup-new-items = Elementos (uno por línea)
sup-new-items-hint-mail_address = Las direcciones de buzón que el soporte puede abrir, una por línea.
sup-new-items-hint-drive_folder = Las carpetas del drive que el soporte puede abrir, una por línea.
sup-new-items-hint-chat_discussion = Las conversaciones del chat que el soporte puede leer, una por línea.
sup-new-items-hint-mail_message = El único mensaje que se comparte: su asunto, tal como aparece en su buzón.
sup-new-ticket = Número de solicitud de soporte
sup-new-ticket-hint = Tal como lo escribió el proveedor, p. ej. SUP-20431.
sup-new-submit = Dar acceso
sup-new-done = { $n ->
    [one] Acceso dado por 7 días.
   *[other] { $n } accesos dados por 7 días.
}
sup-countdown-days = se cierra en { $days ->
    [one] 1 día
   *[other] { $days } días
} { $hours } h
sup-countdown-hours = se cierra en { $hours } h { $minutes } min
sup-countdown-minutes = se cierra en { $minutes } min
sup-closed = cerrado
sup-revoke = Revocar
sup-revoke-confirm = ¿Revocar ahora el acceso a { $target }? El soporte ya no podrá abrirlo.
sup-revoke-done = Acceso a { $target } revocado.
sup-by = por { $name }
sup-log = Registro de accesos
sup-log-none = Todavía no hay nada registrado.
sup-log-when = Cuándo
sup-log-what = Qué
sup-log-who = Quién
sup-log-granted = Acceso dado
sup-log-revoked = Acceso revocado
sup-log-expired = Cerrado solo a los 7 días
sup-log-system = Comptoir (por sí mismo)
sup-log-page = { $from }–{ $to } de { $total }
sup-log-newer = Más recientes
sup-log-older = Más antiguos
sup-log-note = El registro conserva cada línea: nada en él puede modificarse ni borrarse.
kc-banner-title = El pedido n.º { $id } está bloqueado por verificación de identidad
kc-trigger-forgotten_password = Le pedimos confirmar su identidad porque se indicó una contraseña olvidada en la cuenta.
kc-trigger-forgotten_login_email = Le pedimos confirmar su identidad porque se indicó olvidada la dirección de correo de acceso.
kc-trigger-two_factor_removal = Le pedimos confirmar su identidad porque se está eliminando la autenticación en dos pasos.
kc-trigger-account_unblock = Le pedimos confirmar su identidad antes de desbloquear la cuenta.
kc-trigger-first_payout = Le pedimos confirmar su identidad antes del primer pago a su favor.
kc-trigger-suspected_fraud = Este pedido se bloqueó porque parece un fraude: confirme su identidad para liberarlo.
kc-trigger-brand_name = Este pedido contiene una marca protegida: confirme su identidad (y su derecho sobre la marca) para liberarlo.
kc-cancels-on = Sin respuesta se cancela el { $date } y se reembolsa íntegramente al medio de pago que lo pagó.
kc-resend = Reenviar el procedimiento
kc-resent = El procedimiento se envió de nuevo hoy a la dirección de correo de la cuenta.
kc-resent-already = El procedimiento ya se envió hoy; no se envía dos veces el mismo día.
kc-resent-count = { $n ->
    [one] Reenviado una vez, la última el { $date }.
   *[other] Reenviado { $n } veces, la última el { $date }.
}
kc-attach = Adjuntar un documento…
kc-documents = Documentos para la verificación
kc-document-kept = se conserva como máximo hasta el { $date }
kc-document-deleted = eliminado
kc-document-handle = Marcar como tratado
kc-document-handled = Tratado y eliminado.
kc-documents-rule = Los documentos se eliminan una vez tratados y, como máximo, a las 72 horas.
kc-answered = Se recibió su documento: el pedido espera la verificación y no se cancela.
kc-cancelled = Cancelado tras 10 días sin respuesta: nota de crédito { $number }, reembolsado a { $method }.
order-blocked = Bloqueado (verificación)
refusal-support_access_rights_needed =
    Solo un representante legal o un administrador puede { $action ->
        [grant] dar acceso al soporte.
       *[revoke] revocar el acceso del soporte.
    }
refusal-grant_closed =
    { $state ->
        [revoked] Este acceso ya estaba revocado.
       *[expired] Este acceso ya se cerró solo a los 7 días.
    }
refusal-grant_already_open = El soporte ya tiene este acceso ({ $item }), todavía abierto: revóquelo primero para darlo de nuevo.
refusal-kc_blocked = Este pedido está bloqueado por verificación de identidad: no puede pagarse ni cancelarse aquí.
refusal-kc_cancelled = Este pedido se canceló tras 10 días sin respuesta.
refusal-not_found-support_grant = Este acceso del soporte ya no existe.
refusal-not_found-blocked_order = Este pedido no está (o ya no está) bloqueado por verificación.
field-trigger = Motivo de la verificación
field-ticket_ref = Número de solicitud de soporte
field-items = Elementos
field-grant_id = Acceso del soporte
field-document_id = Documento

## Account security (issue 15: TFA-1..4, ID-1..4), branch `security`.
sec-own-title = Su autenticación en dos pasos
sec-own-badgeOn = Activada
sec-own-intro = Su contraseña más un segundo paso: un código de 6 cifras de una aplicación de autenticación, nuevo cada 30 segundos, que funciona sin conexión.
sec-severalAccounts = Una aplicación de autenticación puede contener varias cuentas: añada Comptoir junto a las que ya tiene.
sec-own-off = La autenticación en dos pasos está desactivada para { $account }.
sec-own-providerOnly = El proveedor tiene la autenticación en dos pasos activada para esta cuenta ({ $method }), pero su clave no está en este espacio de trabajo: aquí no se pueden comprobar códigos. Configure aquí una app de autenticación para usar códigos en Comptoir.
sec-own-account = Cuenta
sec-begin = Configurar una aplicación de autenticación
sec-enrol-title = Escanee este código con su aplicación de autenticación
sec-enrol-qr = Código QR para añadir la cuenta a una aplicación de autenticación
sec-enrol-once = Esta clave solo se muestra ahora. Comptoir la guarda en el llavero del sistema, nunca en el espacio de trabajo.
sec-enrol-account = Cuenta { $account } · emisor { $issuer }
sec-enrol-manual = O escriba esta clave a mano:
sec-code = Código de la aplicación
sec-confirm = Verificar y activar
sec-codes-title = Sus diez códigos de emergencia
sec-codes-once = Se muestran solo esta vez: Comptoir no volverá a mostrarlos. Cada código sirve una vez, si pierde el teléfono. Guárdelos o imprímalos ahora.
sec-codes-save = Guardar como archivo de texto…
sec-codes-print = Imprimir
sec-codes-done = Ya los he guardado
sec-codes-left = { $n } de { $total }
sec-check-title = Usar un código
sec-check-intro = Un código de la aplicación o un código de emergencia, como al iniciar sesión. También hace falta uno para nuevos códigos de emergencia y para quitar la aplicación.
sec-check-code = Código
sec-check = Comprobar el código
sec-check-app = Código de la aplicación aceptado.
sec-check-emergency =
    Código de emergencia aceptado. { $n ->
        [one] Queda { $n } código.
       *[other] Quedan { $n } códigos.
    }
sec-regenerate = Nuevos códigos de emergencia
sec-remove = Quitar la aplicación de autenticación
sec-removeNote = Los nuevos códigos de emergencia sustituyen a los actuales. Quitar la aplicación desactiva la autenticación en dos pasos e inicia una verificación de identidad.
sec-toast-enabled = La autenticación en dos pasos está activada.
sec-toast-removed = La autenticación en dos pasos está desactivada. Seguirá una verificación de identidad.
sec-toast-regenerated = Nuevos códigos de emergencia emitidos: los anteriores ya no sirven.
sec-toast-printed = Los códigos de emergencia se enviaron a la impresora.
sec-ids-title = Sus identificadores
sec-ids-intro = Cada identificador tiene su propia contraseña: cambiar una no cambia ninguna otra.
sec-ids-login = Identificador de acceso
sec-ids-loginNote = El correo personal con el que se registró, con su propia contraseña.
sec-ids-passwordSet = Contraseña definida el { $date }
sec-ids-mailboxes = Buzones alojados
sec-ids-mailboxNote = Cada buzón tiene su propia contraseña, aunque su dirección se escriba igual que su identificador de acceso.
sec-ids-address = Dirección
sec-ids-password = Contraseña
sec-ids-readers = Lectores en webmail
sec-ids-unify = Una contraseña con el acceso
sec-ids-offered = Se puede ofrecer
sec-ids-notOffered = No se ofrece: { $missing }
sec-ids-cond-exact_address = no es exactamente la dirección de su acceso
sec-ids-cond-only_webmail_reader = otras cuentas lo leen en webmail
sec-ids-cond-may_change_password = no puede cambiar su contraseña
sec-ids-credentials = FTP, MySQL, SSH y WebDAV
sec-ids-credentialsNote = Independientes del acceso y de cada buzón.
sec-ids-kind = Servicio
sec-ids-user = Usuario
sec-ids-host = Servidor
sec-ids-kind-ftp = FTP
sec-ids-kind-mysql = MySQL
sec-ids-kind-ssh = SSH
sec-ids-kind-webdav = WebDAV
refusal-tfa-own_account_only = Solo la propia persona puede cambiar su autenticación en dos pasos.
refusal-tfa-wrong_code = Este código no es válido. Compruebe la hora del teléfono y escriba el código actual.
refusal-tfa-code_used = Este código ya se usó. Espere al siguiente (30 segundos).
refusal-tfa-emergency_code_used = Este código de emergencia ya se usó: cada uno sirve una sola vez.
refusal-tfa-already_enabled = La autenticación en dos pasos ya está activada.
refusal-tfa-not_pending = Ninguna configuración espera un código. Empiece de nuevo.
refusal-tfa-not_enabled = La autenticación en dos pasos no está activada.
refusal-tfa-no_seed = La clave de la aplicación de autenticación no está en el llavero de este sistema. Use un código de emergencia.
refusal-tfa-keyring = El llavero del sistema no pudo guardar la clave (está bloqueado o se denegó el acceso). Desbloquéelo e inténtelo de nuevo.
refusal-tfa-print_failed = No se pudieron imprimir los códigos. Guárdelos como archivo de texto.
refusal-tfa-not_current_codes = Estos no son sus códigos de emergencia actuales: solo se pueden guardar o imprimir los códigos que se acaban de mostrar. Genere otros nuevos si hace falta.
refusal-tfa-workspace_changed = Mientras tanto se abrió otro espacio de trabajo. No se cambió nada: vuelva a empezar.
refusal-kc-handlers_only = Solo un representante legal o un administrador de la organización puede marcar un documento como tratado (entonces se elimina).
refusal-id-unification-exact_address = No se ofrece una sola contraseña: el buzón no es exactamente la dirección de su acceso.
refusal-id-unification-only_webmail_reader = No se ofrece una sola contraseña: otras cuentas leen este buzón en webmail.
refusal-id-unification-may_change_password = No se ofrece una sola contraseña: no puede cambiar la contraseña de este buzón.
refusal-not_found-mailbox = Este buzón ya no existe.
field-code = Código
field-codes = Códigos de emergencia
field-mailbox_id = Buzón

# Partner program (PAR-1..4), branch `partner`
par-eligibility = Requisitos del programa de partners
par-cond-volume = Valor anual de los productos gestionados
par-cond-volumeFigure = { $chf } al año (se necesitan { $chfNeeded }) o { $eur } al año (se necesitan { $eurNeeded })
par-cond-company = Empresa registrada con sitio web
par-cond-service = Da soporte y factura a sus clientes
par-cond-conditions = Condiciones de revendedor aceptadas
par-met = cumplido
par-notMet = no cumplido
par-registerNumber = Número de registro
par-website = Sitio web
par-missing = falta
par-supports = Da soporte a sus clientes
par-invoices = Factura a sus clientes
par-yes = sí
par-no = no
par-acceptedBy = Aceptadas por { $name } el { $date }
par-notAccepted = Aún no aceptadas
par-editProfile = Editar los datos de la empresa
par-accept = Acepto las condiciones de revendedor (se guarda con mi nombre y la fecha)
par-saveProfile = Guardar
par-addClient = Añadir un cliente
par-clientName = Organización cliente
par-contactEmail = Correo de contacto
par-billed = Facturado por el proveedor
par-billed-partner = El partner
par-billed-client = El cliente
par-benefit = Precio de partner
par-benefit-discount = Descuento
par-benefit-cashback = Reembolso
par-rate = Porcentaje (%)
par-rateHint = Un descuento o reembolso recurrente del 0 al 35 % del precio de lista (PAR-4); el margen es esa parte de cada renovación.
par-endedOn = finalizada el { $date }
par-products = Productos del cliente
par-noProducts = Aún no hay productos registrados para este cliente.
par-managed = Gestionado
par-productName = Producto
par-period = Periodo
par-price = Precio de lista
par-renews = Próxima renovación
par-manageProduct = El partner gestiona { $name }
par-saveAccess = Guardar la autorización del cliente
par-addProduct = Añadir el producto
par-billing = Facturación entre partner y cliente
par-saveBilling = Guardar las condiciones de facturación
par-managers = Gestionado por
par-managersHint = Usuarios del partner que gestionan este cliente; los representantes legales y administradores gestionan todos.
par-saveManagers = Guardar quién gestiona el cliente
par-statement = Extracto
par-from = Desde
par-to = Hasta
par-showStatement = Mostrar
par-statementSummary = { $n ->
        [one] Una renovación
       *[other] { $n } renovaciones
    }: precio de lista { $list }, el partner paga { $pays }, margen { $margin } ({ $rate }).
par-saveCsv = Guardar CSV…
par-savePdf = Guardar PDF…
par-issued = Extractos emitidos
par-margin = margen
par-endConfirm = El partner pierde el acceso; los productos y extractos quedan con el cliente.
par-end = Finalizar la relación
par-becomePartner = Hacerse partner
par-becomeAffiliate = Unirse al programa de afiliados
par-leave = Salir del programa
par-assignedOnly = Ve los clientes que tiene asignados.
par-managedOf = { $managed } de { $n }
par-isAffiliate = Esta organización está en el programa de afiliados; un partner no puede ser afiliado a la vez.
toast-partnerProfile = Datos del programa de partners guardados.
toast-partnerStatus = Programa cambiado.
toast-partnerClientAdded = Cliente añadido.
toast-partnerProductAdded = Producto añadido al cliente.
toast-partnerAccess = Autorización del cliente guardada.
toast-partnerBilling = Condiciones de facturación guardadas.
toast-partnerManagers = Guardado quién gestiona el cliente.
toast-partnerEnded = Relación finalizada: acceso retirado, productos y extractos quedan con el cliente.
refusal-partner_is_affiliate = Un afiliado no puede hacerse partner: nadie es partner y afiliado a la vez.
refusal-affiliate_is_partner = Un partner no puede unirse al programa de afiliados: nadie es partner y afiliado a la vez.
refusal-partner_not_eligible = Aún no se cumplen todas las condiciones del programa de partners: vea cuál arriba.
refusal-not_a_partner = Solo una organización partner gestiona clientes.
refusal-partner_admin_only = Solo un representante legal o un administrador puede cambiar los ajustes de partner y los clientes.
refusal-partner_client_not_assigned = Este cliente no le está asignado: pídalo a un administrador del partner.
refusal-partner_client_ended = La relación con este cliente finalizó el { $date }.
refusal-partner_client_exists = { $name } ya es cliente.
refusal-not_found-partner_client = Este cliente ya no existe.
refusal-not_found-client_product = Este producto no es del cliente.
field-rate = Porcentaje
field-website = Sitio web
field-client_id = Cliente
field-register_number = Número de registro
field-price = Precio
