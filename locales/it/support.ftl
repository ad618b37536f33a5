# Richieste di supporto: request.md nel pacchetto e il riepilogo della bozza e-mail (SUP-5).
support-md-title = Richiesta di supporto
support-md-subject = Oggetto
support-md-category = Categoria
support-md-product = Prodotto
support-md-organization = Organizzazione
support-md-prepared = Preparata il
support-md-description = Descrizione
support-md-error = Testo esatto del messaggio di errore
support-md-attachments = Allegati
support-md-system = Informazioni di sistema
support-md-none = (nessuno)
support-md-redactions = { $count ->
    [0] Nessun valore ha dovuto essere oscurato.
    [one] Un valore (password, token, IBAN, numero di carta, codice o indirizzo) è stato sostituito da [nascosto: …] prima dell’invio.
   *[other] { $count } valori (password, token, IBAN, numeri di carta, codici o indirizzi) sono stati sostituiti da [nascosto: …] prima dell’invio.
}
support-md-manifest = Ogni file di questo pacchetto è elencato con il suo SHA-256 in manifest.json.
support-category-mail = Posta
support-category-hosting = Hosting
support-category-domain = Dominio
support-category-billing = Fatturazione
support-category-drive = Drive
support-category-other = Altro
support-mail-subject = [{ $category }] { $subject }
support-mail-attach = Alleghi a mano il pacchetto di supporto { $file } a questo messaggio: contiene gli allegati e i dettagli.
# What replaces a hidden value in the preview and the bundle (the kind stays recognisable).
support-redacted-token = [nascosto: token]
support-redacted-jwt = [nascosto: JWT]
support-redacted-url-secret = [nascosto: segreto nell’URL]
support-redacted-cookie = [nascosto: cookie]
support-redacted-iban = [nascosto: IBAN]
support-redacted-card = [nascosto: carta]
support-redacted-otp = [nascosto: codice]
support-redacted-email = [nascosto: e-mail]
support-redacted-manual = [nascosto: a mano]
