# Solicitudes de soporte: request.md del paquete y el resumen del borrador de correo (SUP-5).
support-md-title = Solicitud de soporte
support-md-subject = Asunto
support-md-category = Categoría
support-md-product = Producto
support-md-organization = Organización
support-md-prepared = Preparada el
support-md-description = Descripción
support-md-error = Texto exacto del mensaje de error
support-md-attachments = Adjuntos
support-md-system = Información del sistema
support-md-none = (ninguno)
support-md-redactions = { $count ->
    [0] No hubo que ocultar ningún valor.
    [one] Un valor (contraseña, token, IBAN, número de tarjeta, código o dirección) se sustituyó por [oculto: …] antes del envío.
   *[other] { $count } valores (contraseñas, tokens, IBAN, números de tarjeta, códigos o direcciones) se sustituyeron por [oculto: …] antes del envío.
}
support-md-manifest = Cada archivo de este paquete figura con su SHA-256 en manifest.json.
support-category-mail = Correo
support-category-hosting = Alojamiento
support-category-domain = Dominio
support-category-billing = Facturación
support-category-drive = Drive
support-category-other = Otro
support-mail-subject = [{ $category }] { $subject }
support-mail-attach = Adjunte a mano el paquete de soporte { $file } a este mensaje: contiene los adjuntos y los detalles.
# What replaces a hidden value in the preview and the bundle (the kind stays recognisable).
support-redacted-token = [oculto: token]
support-redacted-jwt = [oculto: JWT]
support-redacted-url-secret = [oculto: secreto en URL]
support-redacted-cookie = [oculto: cookie]
support-redacted-iban = [oculto: IBAN]
support-redacted-card = [oculto: tarjeta]
support-redacted-otp = [oculto: código]
support-redacted-email = [oculto: correo]
support-redacted-manual = [oculto: a mano]
