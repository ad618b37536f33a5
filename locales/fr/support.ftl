# Demandes de support : request.md du paquet et le résumé du brouillon de courriel (SUP-5).
support-md-title = Demande de support
support-md-subject = Objet
support-md-category = Catégorie
support-md-product = Produit
support-md-organization = Organisation
support-md-prepared = Préparée le
support-md-description = Description
support-md-error = Texte exact du message d’erreur
support-md-attachments = Pièces jointes
support-md-system = Informations système
support-md-none = (aucune)
support-md-redactions = { $count ->
    [0] Aucune valeur n’a dû être masquée.
    [one] Une valeur (mot de passe, jeton, IBAN, numéro de carte, code ou adresse) a été remplacée par [masqué : …] avant l’envoi.
   *[other] { $count } valeurs (mots de passe, jetons, IBAN, numéros de carte, codes ou adresses) ont été remplacées par [masqué : …] avant l’envoi.
}
support-md-manifest = Chaque fichier de ce paquet figure avec son SHA-256 dans manifest.json.
support-category-mail = Messagerie
support-category-hosting = Hébergement
support-category-domain = Domaine
support-category-billing = Facturation
support-category-drive = Drive
support-category-other = Autre
support-mail-subject = [{ $category }] { $subject }
support-mail-attach = Joignez à la main le paquet de support { $file } à ce message : il contient les pièces jointes et les détails.
# What replaces a hidden value in the preview and the bundle (the kind stays recognisable).
support-redacted-token = [masqué : jeton]
support-redacted-jwt = [masqué : JWT]
support-redacted-url-secret = [masqué : secret d’URL]
support-redacted-cookie = [masqué : cookie]
support-redacted-iban = [masqué : IBAN]
support-redacted-card = [masqué : carte]
support-redacted-otp = [masqué : code]
support-redacted-email = [masqué : adresse e-mail]
support-redacted-manual = [masqué : à la main]
