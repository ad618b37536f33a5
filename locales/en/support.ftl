# Support requests: request.md in the bundle and the mail draft's summary (SUP-5).
support-md-title = Support request
support-md-subject = Subject
support-md-category = Category
support-md-product = Product
support-md-organization = Organization
support-md-prepared = Prepared on
support-md-description = Description
support-md-error = Exact text of the error message
support-md-attachments = Attachments
support-md-system = System information
support-md-none = (none)
support-md-redactions = { $count ->
    [0] No value had to be redacted.
    [one] One value (a password, token, IBAN, card number, code or address) was replaced by [redacted: …] before sending.
   *[other] { $count } values (passwords, tokens, IBANs, card numbers, codes or addresses) were replaced by [redacted: …] before sending.
}
support-md-manifest = Every file of this bundle is listed with its SHA-256 in manifest.json.
support-category-mail = Mail
support-category-hosting = Hosting
support-category-domain = Domain
support-category-billing = Billing
support-category-drive = Drive
support-category-other = Other
support-mail-subject = [{ $category }] { $subject }
support-mail-attach = Please attach the support bundle { $file } to this message by hand: it holds the attachments and the details.
# What replaces a hidden value in the preview and the bundle (the kind stays recognisable).
support-redacted-token = [redacted: token]
support-redacted-jwt = [redacted: jwt]
support-redacted-url-secret = [redacted: url_secret]
support-redacted-cookie = [redacted: cookie]
support-redacted-iban = [redacted: iban]
support-redacted-card = [redacted: card]
support-redacted-otp = [redacted: otp]
support-redacted-email = [redacted: email]
support-redacted-manual = [redacted: manual]
