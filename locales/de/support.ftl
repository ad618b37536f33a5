# Support-Anfragen: request.md im Paket und die Zusammenfassung im Mail-Entwurf (SUP-5).
support-md-title = Support-Anfrage
support-md-subject = Betreff
support-md-category = Kategorie
support-md-product = Produkt
support-md-organization = Organisation
support-md-prepared = Erstellt am
support-md-description = Beschreibung
support-md-error = Genauer Text der Fehlermeldung
support-md-attachments = Anhänge
support-md-system = Systeminformationen
support-md-none = (keine)
support-md-redactions = { $count ->
    [0] Es musste kein Wert geschwärzt werden.
    [one] Ein Wert (Passwort, Token, IBAN, Kartennummer, Code oder Adresse) wurde vor dem Senden durch [geschwärzt: …] ersetzt.
   *[other] { $count } Werte (Passwörter, Tokens, IBAN, Kartennummern, Codes oder Adressen) wurden vor dem Senden durch [geschwärzt: …] ersetzt.
}
support-md-manifest = Jede Datei dieses Pakets steht mit ihrem SHA-256 in manifest.json.
support-category-mail = Mail
support-category-hosting = Hosting
support-category-domain = Domain
support-category-billing = Rechnungen
support-category-drive = Drive
support-category-other = Anderes
support-mail-subject = [{ $category }] { $subject }
support-mail-attach = Bitte hängen Sie das Support-Paket { $file } von Hand an diese Nachricht an: Es enthält die Anhänge und die Details.
# What replaces a hidden value in the preview and the bundle (the kind stays recognisable).
support-redacted-token = [geschwärzt: Token]
support-redacted-jwt = [geschwärzt: JWT]
support-redacted-url-secret = [geschwärzt: URL-Geheimnis]
support-redacted-cookie = [geschwärzt: Cookie]
support-redacted-iban = [geschwärzt: IBAN]
support-redacted-card = [geschwärzt: Karte]
support-redacted-otp = [geschwärzt: Code]
support-redacted-email = [geschwärzt: E-Mail]
support-redacted-manual = [geschwärzt: von Hand]
