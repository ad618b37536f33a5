# Die Bildschirme der App (ui/src). Schweizer Rechtschreibung (ss, nie Eszett); Anrede «Sie».

app-name = Comptoir
app-loading = Arbeitsbereich wird geöffnet…
app-noOrg-title = Dieser Arbeitsbereich hat noch keine Organisation
app-noOrg-provider = Der Anbieter hat diesem Arbeitsbereich noch keine Organisation gesendet: Synchronisieren Sie erneut, sobald die Verbindung zurück ist, oder trennen Sie die Verbindung.
app-noOrg-local = Diese Arbeitsbereich-Datei enthält keine Organisation.
app-noOrg-demo = Demo-Arbeitsbereich öffnen
app-secondLaunch = Comptoir ist bereits geöffnet. Ein weiterer Start hat { $file } verlangt.
app-secondLaunch-open = { $file } öffnen
app-error-title = Etwas ist schiefgelaufen
app-retry = Erneut versuchen

nav-organization = Organisation
nav-renewals = Verlängerungen und Zahlungen
nav-invoices = Rechnungen
nav-support = Support
nav-security = Sicherheit
nav-partner = Partner
nav-settings = Einstellungen
nav-shortcut = Ctrl+{ $n }
nav-organizationPicker = Organisation

workspace-demo = Demo-Arbeitsbereich
workspace-local = Lokaler Arbeitsbereich
workspace-provider = Anbieter-Arbeitsbereich
workspace-demoNote = Demodaten, auf diesem Computer erzeugt. Nichts davon kommt vom Anbieter oder wird an ihn gesendet.
workspace-localNote = Daten in einer lokalen Datei auf diesem Computer.
workspace-providerNote = Profil, Organisationen, Benutzer, Teams und Produkte kommen vom Anbieter; Abrechnung, Rechnungen, automatische Verlängerung und Support-Zugriffe werden lokal gespeichert.
header-language = Sprache

notYet-title = Noch nicht verfügbar
notYet-security = Das Ändern der Zwei-Faktor-Authentifizierung ist noch nicht verfügbar.
notYet-partner = Die Verwaltung von Kunden und die Partnerabrechnung sind noch nicht verfügbar.

common-name = Name
common-email = E-Mail
common-status = Status
common-organization = Organisation
common-total = Total
common-cancel = Abbrechen
common-close = Schliessen
common-default = Standard
common-since = Seit

org-legalForm = Rechtsform
org-vat = MWST-Nummer
org-currency = Rechnungswährung
org-timezone = Zeitzone
org-created = Kunde seit
org-role = Rolle
org-teamsCol = Teams
org-contacts = Kontakt für
org-lastLogin = Letzte Anmeldung
org-neverSignedIn = Nie
org-teamMembers =
    { $n ->
        [0] Keine Mitglieder
        [one] { $n } Mitglied: { $names }
       *[other] { $n } Mitglieder: { $names }
    }
org-noTeams = Diese Organisation hat keine Teams.
org-noMembers = Diese Organisation hat keine Benutzer.
role-legal_representative = Rechtliche Vertretung
role-admin = Administrator
role-user = Benutzer
member-active = Aktiv
member-invited = Eingeladen
contact-billing = Abrechnung
contact-technical = Technik
contact-legal_notices = Rechtliche Mitteilungen

ren-product = Produkt
ren-type = Typ
ren-customerName = Kundenname
ren-expires = Läuft ab
ren-period = Laufzeit
ren-price = Preis
ren-autoRenew = Auto-Verlängerung
ren-on = Ein
ren-off = Aus
ren-count-total = Produkte
ren-count-expiring = Ablauf innert 30 Tagen
ren-count-overdue = Überfällig
ren-count-blocked = Gesperrt
ren-count-autoRenew = Automatisch verlängert
ren-prepaid = Guthaben
ren-prepaidHistory = Letzte Bewegungen
ren-autoRenewCapable = Für automatische Verlängerung geeignet
ren-noMethods = Keine gespeicherten Zahlungsmittel.
ren-expiryCard = gültig bis { $date }

kind-domain_ch = .ch-Domain
kind-domain_com = .com-Domain
kind-web_hosting = Webhosting
kind-mail_service = Mail-Dienst
kind-drive = Drive
kind-suite = Office-Suite
kind-ssl_certificate = SSL-Zertifikat
kind-vps = VPS
kind-backup = Datensicherung

status-active = Aktiv
status-expiring = Läuft ab
status-overdue = Überfällig
status-blocked = Gesperrt
status-cancelled = Gekündigt
status-paid = Bezahlt
status-unpaid = Unbezahlt
status-invOverdue = Überfällig
status-invCancelled = Storniert

method-visa = Visa
method-mastercard = Mastercard
method-cb_card = CB-Karte
method-postfinance_card = PostFinance Card
method-iban_transfer = IBAN-Überweisung
method-paypal = PayPal
method-twint = Twint

inv-title = Dokumente ({ $n })
inv-number = Nummer
inv-kind = Dokument
inv-issued = Ausgestellt
inv-due = Fällig
inv-paid = Bezahlt
inv-lines = Positionen
inv-kind-invoice = Rechnung
inv-kind-pro_forma = Proforma-Rechnung
inv-kind-credit_note = Gutschrift
inv-none = Noch keine Rechnungen.

sup-grants = Support-Zugriffe ({ $n })
sup-kind = Zugriff auf
sup-target = Inhalt
sup-ticket = Anfrage
sup-granted = Erteilt
sup-expires = Endet
sup-kind-mail_address = Mailadresse
sup-kind-drive_folder = Drive-Ordner
sup-kind-chat_discussion = Chat-Unterhaltung
sup-state-active = Offen
sup-state-revoked = Widerrufen
sup-state-expired = Abgelaufen
sup-none = Es wurde kein Support-Zugriff erteilt.
sup-rule = Nur die Mitarbeitenden, die die Anfrage bearbeiten, dürfen einen Zugriff nutzen; er endet von selbst 7 Tage nach der Erteilung.
sup-tab-compose = Neue Anfrage
sup-tab-history = Frühere Anfragen
sup-tab-grants = Erteilte Zugriffe
sup-subject = Betreff
sup-category = Kategorie
sup-category-mail = Mail
sup-category-hosting = Hosting
sup-category-domain = Domain
sup-category-billing = Rechnungen
sup-category-drive = Drive
sup-category-other = Anderes
sup-product = Betroffenes Produkt
sup-product-search = Produkt oder Organisation suchen
sup-product-none = Kein Produkt passt.
sup-product-clear = Ändern
sup-product-more = { $shown } von { $total } angezeigt · mehr
sup-description = Beschreibung
sup-description-hint = Was geschah, was Sie erwartet haben, seit wann.
sup-error = Genauer Text der Fehlermeldung
sup-error-hint = Kopieren Sie den Text des Fensters hierher, Wort für Wort.
sup-attachments = Anhänge ({ $n })
sup-attach-file = Datei anhängen…
sup-attach-remove = Entfernen
sup-attach-text = Text, auf Geheimnisse geprüft
sup-attach-image = Bild
sup-attach-kind-screenshot = Bildschirmfoto
sup-attach-kind-app_log = App-Protokoll
sup-attach-kind-website_console = Website-Konsole
sup-attach-kind-imported = Importiertes Protokoll
sup-attach-kind-file = Datei
sup-size-bytes = { $n } B
sup-size-kb = { $n } KB
sup-system = Systeminformationen beilegen
sup-system-hint = Nur was hier steht, kommt ins Paket, und nur wenn angekreuzt.
sup-sys-os = Betriebssystem
sup-sys-app = App-Version
sup-sys-tauri = Tauri-Version
sup-sys-webview = WebView-Version
sup-sys-locale = Systemsprache
sup-sys-screen = Bildschirm { $n }
sup-saving = Wird gespeichert…
sup-saved = Entwurf gespeichert
sup-discard = Entwurf verwerfen
sup-preview-open = Prüfen, was gesendet wird…
sup-preview-title = Was gesendet wird
sup-preview-hint = Jeder markierte Wert wurde vor dem Senden verborgen. Klicken Sie auf einen, um ihn wiederherzustellen; markieren Sie Text und drücken Sie «Auswahl schwärzen», um mehr zu verbergen.
sup-preview-count = { $n ->
    [0] Nichts verborgen
    [one] Ein Wert verborgen
   *[other] { $n } Werte verborgen
}
sup-preview-redact = Auswahl schwärzen
sup-preview-emails = E-Mail-Adressen verbergen
sup-preview-hideAgain = Die { $n } wiederhergestellten erneut verbergen
sup-preview-unredact = Diesen Text wieder zeigen
sup-preview-empty = (leer)
sup-preview-back = Zurück zur Anfrage
sup-red-token = Token oder Passwort
sup-red-jwt = JWT
sup-red-url_secret = Geheimnis in einer URL
sup-red-cookie = Cookie
sup-red-iban = IBAN
sup-red-card = Kartennummer
sup-red-otp = Einmalcode
sup-red-email = E-Mail-Adresse
sup-red-manual = von Hand geschwärzt
sup-red-restore = { $kind }: zum Wiederherstellen klicken
sup-bundle-save = Paket speichern…
sup-bundle-saved = Paket gespeichert: { $path }
sup-mail-open = Im Mailprogramm öffnen
sup-mail-note = Der Mail-Entwurf enthält nur die Zusammenfassung: Hängen Sie die Paketdatei von Hand an.
sup-new = Neue Anfrage
sup-history-none = Noch keine Anfrage gespeichert.
sup-history-date = Gespeichert
sup-history-redactions = Verborgen
sup-history-file = Paket

sec-users = Zwei-Faktor-Authentifizierung ({ $n })
sec-method = Zweiter Faktor
sec-codes = Verbleibende Notfallcodes
sec-tfa-app_push = App mit Push-Bestätigung
sec-tfa-totp = Einmalcodes
sec-tfa-none = Nicht aktiviert
sec-enabled =
    { $total ->
        [one] { $n } von { $total } Benutzer geschützt
       *[other] { $n } von { $total } Benutzern geschützt
    }

par-status = Programm
par-status-partner = Partner
par-status-affiliate = Affiliate
par-status-none = Kein Partner
par-clients = Kunden ({ $n })
par-client = Kunde
par-access = Zugriff
par-access-whole_account = Ganzes Konto, Abrechnung inbegriffen
par-access-specific_products = Bestimmte Produkte
par-productCount = Produkte
par-noClients = Noch keine Kunden.
par-notPartner = Diese Organisation ist nicht im Partnerprogramm. Partner verwalten Produkte im Wert von mindestens CHF 2000 oder EUR 1800 pro Jahr.

set-workspace = Arbeitsbereich
set-file = Datei
set-schema = Schemaversion
set-seededOn = Demodaten relativ zum
set-counts = Inhalt
set-countsValue =
    { $orgs ->
        [one] { $orgs } Organisation
       *[other] { $orgs } Organisationen
    }, { $users ->
        [one] { $users } Benutzer
       *[other] { $users } Benutzer
    }, { $products ->
        [one] { $products } Produkt
       *[other] { $products } Produkte
    }
set-language = Sprache
set-languageHint = Folgt der Systemsprache, bis Sie hier eine wählen.
set-reset = Demo-Arbeitsbereich zurücksetzen
set-resetHint = Erstellt die Demo-Organisationen neu, mit Daten relativ zu heute. Ihre Sprachwahl bleibt erhalten.
set-resetConfirmTitle = Demo-Arbeitsbereich zurücksetzen?
set-resetConfirm = Alle Änderungen in diesem Arbeitsbereich gehen verloren.
set-resetDone = Der Demo-Arbeitsbereich wurde neu erstellt.
ws-problem-title = Dieser Arbeitsbereich kann nicht geöffnet werden
ws-problem-file = Datei
ws-problem-untouched = Comptoir hat diese Datei nicht verändert.
ws-problem-details = Details
ws-problem-choose = Öffnen Sie eine andere Arbeitsbereichsdatei oder den Demo-Arbeitsbereich.
ws-problem-reason-not_sqlite = Dies ist kein Comptoir-Arbeitsbereich: Die Datei ist keine Datenbank.
ws-problem-reason-damaged = Die Datei ist beschädigt: Ihr Inhalt besteht die Integritätsprüfung der Datenbank nicht.
ws-problem-reason-foreign = Dies ist die Datenbank eines anderen Programms, kein Comptoir-Arbeitsbereich.
ws-problem-reason-empty_database = Diese Datenbank ist leer: Sie enthält keine Comptoir-Daten. Eine Kopie, die bei laufendem Comptoir erstellt wurde, hat die Daten womöglich in ihrer «-wal»-Datei gelassen.
ws-problem-reason-newer = Dieser Arbeitsbereich wurde von einer neueren Version von Comptoir gespeichert. Aktualisieren Sie Comptoir, um ihn zu öffnen.
ws-problem-reason-missing_kind = Dieser Comptoir-Arbeitsbereich gibt nicht mehr an, welcher Art er ist (Demo, lokal oder Anbieter). Er wurde nicht zurückgesetzt; seine Daten bleiben erhalten.
ws-problem-reason-unreadable = Die Datei kann nicht gelesen werden.
ws-problem-reason-read_only = In diesen Arbeitsbereich kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt): Comptoir könnte keine Änderung speichern. Heben Sie den Schreibschutz auf oder öffnen Sie einen anderen.
ws-openOther = Anderen Arbeitsbereich öffnen…
ws-openDemo = Demo-Arbeitsbereich öffnen
set-backup = Arbeitsbereich sichern…
set-backupTitle = Sicherung
set-backupHint = Schreibt eine eigenständige Kopie dieses Arbeitsbereichs in eine Datei Ihrer Wahl und öffnet die Kopie danach separat, um sie zu prüfen.
set-backupDone =
    Sicherung in { $path } gespeichert und geprüft: { $orgs ->
        [one] { $orgs } Organisation
       *[other] { $orgs } Organisationen
    }, { $users ->
        [one] { $users } Benutzer
       *[other] { $users } Benutzer
    }, { $products ->
        [one] { $products } Produkt
       *[other] { $products } Produkte
    }, { $invoices ->
        [one] { $invoices } Dokument
       *[other] { $invoices } Dokumente
    }.

common-save = Speichern
common-saved = Änderungen gespeichert.
org-tab-users = Benutzer
org-tab-teams = Teams
org-tab-usersCount = Benutzer ({ $n })
org-tab-teamsCount = Teams ({ $n })
org-tab-details = Angaben
org-search = Benutzer suchen
org-allRoles = Alle Rollen
org-add = Benutzer hinzufügen…
org-removeSelected = Auswahl entfernen ({ $n })…
org-leave = Organisation verlassen…
org-replaceRep = Rechtliche Vertretung ersetzen…
org-selectAll = Alle angezeigten Benutzer auswählen
org-selectUser = { $name } auswählen
org-actions = Aktionen
org-edit = Bearbeiten
org-viewAs = Ansehen als
org-resend = Erneut senden
org-resent = Einladung erneut an { $email } gesendet.
org-actingAs = Angemeldet als { $name } ({ $role })
org-noMatch = Kein Benutzer entspricht der Suche.
org-invitedSent = { $n }× gesendet
add-title = Benutzer hinzufügen
add-mode-external = Neue Person per E-Mail einladen
add-mode-existing = Bestehendes Konto hinzufügen
add-name = Vollständiger Name
add-language = Sprache
add-contacts = Administrativer Kontakt für
add-rights = Produktrechte
add-submit = Benutzer hinzufügen
add-invited = { $email } wurde eingeladen; die Einladung bleibt ausstehend, bis sie angenommen wird.
add-added = { $email } wurde der Organisation hinzugefügt.
member-rightsHint = Rechte aus Teams werden hier angezeigt und im Team geändert.
rights-product = Produkt
rights-technical = Technik
rights-statistics = Statistiken
rights-billing = Abrechnung
rights-filter = Produkte filtern
rights-count =
    { $n ->
        [one] { $n } Produkt mit Rechten
       *[other] { $n } Produkte mit Rechten
    }
rights-viaTeam = über { $team }
rights-more = Die ersten { $shown } von { $total } Produkten nach Name: Suchen Sie, um die anderen zu finden.
remove-title =
    { $n ->
        [one] { $n } Benutzer entfernen?
       *[other] { $n } Benutzer entfernen?
    }
remove-body =
    { $n ->
        [one] Diese Person verliert den Zugriff auf diese Organisation. Hält sie eine Regel, bleibt sie, mit Begründung.
       *[other] Diese Personen verlieren den Zugriff auf diese Organisation. Wen eine Regel hält, der bleibt, mit Begründung.
    }
remove-confirm = Entfernen
remove-removed = Entfernt
remove-kept = Behalten
remove-summary = { $ok } entfernt, { $refused } behalten.
leave-title = { $org } verlassen?
leave-body = Sie verlieren den Zugriff auf die Produkte und die Abrechnung dieser Organisation.
leave-confirm = Verlassen
leave-help = Bestimmen Sie zuerst mit «Rechtliche Vertretung ersetzen» eine andere rechtliche Vertretung und verlassen Sie die Organisation danach.
replace-title = Rechtliche Vertretung ersetzen
replace-old = Zu ersetzende rechtliche Vertretung
replace-new = Neue rechtliche Vertretung
replace-after = Danach wird die ersetzte Vertretung
replace-remove = aus der Organisation entfernt
replace-becomeAdmin = Administrator
replace-becomeUser = Benutzer
replace-explain = Zuerst wird die neue Vertretung bestimmt, dann verlässt die bisherige die Organisation oder wechselt die Rolle, in einem einzigen Schritt. Nur Mitglieder, die ihre Einladung angenommen haben, können bestimmt werden.
replace-confirm = Ersetzen
replace-done = { $name } ist jetzt rechtliche Vertretung.
viewas-title = Effektive Rechte von { $name }
viewas-explain = Eigene Rechte, Rechte aus Teams und Rechte aus der Rolle, zusammengeführt; bei jedem steht, woher es kommt.
viewas-none = Dieser Benutzer hat keine Produktrechte.
viewas-own = eigenes
viewas-role = Rolle: { $role }
team-new = Neues Team
team-name = Teamname
team-colour = Farbe
team-create = Team erstellen
team-created = Team { $name } erstellt.
team-members = Mitglieder
team-rights = Produktrechte des Teams
team-delete = Team löschen…
team-deleteConfirm = Team { $name } löschen? Seine Mitglieder bleiben in der Organisation; die Rechte des Teams entfallen.
team-deleted = Team { $name } gelöscht.
team-save = Team speichern
details-street = Strasse
details-number = Nummer
details-postalCode = PLZ
details-town = Ort
details-country = Land (ISO-Code)
details-name = Name der Organisation
details-save = Angaben speichern
details-readOnly = Nur eine rechtliche Vertretung kann diese Angaben ändern.
lang-en = Englisch
lang-es = Spanisch
lang-fr = Französisch
lang-de = Deutsch
lang-it = Italienisch
set-actAs = Angemeldeter Benutzer
set-actAsHint = Im Demo-Arbeitsbereich können Sie als jeder seiner Benutzer handeln; was Sie dürfen, richtet sich nach der Rolle dieses Benutzers.

rule-ORG-3 = Nur eine rechtliche Vertretung kann die Angaben der Organisation ändern.
rule-ORG-4 = Nur eine rechtliche Vertretung oder ein Administrator kann Benutzer hinzufügen.
rule-ORG-5 = Nur eine rechtliche Vertretung oder ein Administrator kann andere Benutzer entfernen.
rule-ORG-6 = Nur eine rechtliche Vertretung oder ein Administrator kann Rollen und Produktrechte ändern.
rule-ORG-7 = Eine Organisation behält immer eine rechtliche Vertretung, und nur eine rechtliche Vertretung bestimmt oder entfernt eine solche.
rule-ORG-8 = Nur eine rechtliche Vertretung oder ein Administrator kann Teams verwalten.

ren-tab-products = Produkte
ren-tab-methods = Zahlungsmittel
ren-tab-prepaid = Guthabenkonto
ren-tab-orders = Bestellungen
ren-preset = Ablauf
ren-preset-2m = Nächste 2 Monate
ren-preset-6m = Nächste 6 Monate
ren-preset-12m = Nächste 12 Monate
ren-preset-overdue = Überfällig oder gesperrt
ren-preset-custom = Eigener Zeitraum
ren-preset-all = Alle anzeigen
ren-from = Von
ren-to = Bis
ren-allOrgs = Alle Organisationen
ren-allTypes = Alle Typen
ren-allStatuses = Alle Status
ren-anyAutoRenew = Verlängerung: alle
ren-searchProducts = Produkte suchen
ren-matching =
    { $n ->
        [one] { $n } Produkt passt
       *[other] { $n } Produkte passen
    }
ren-selectAllMatching =
    { $n ->
        [one] Das passende Produkt auswählen
       *[other] Alle { $n } passenden Produkte auswählen
    }
ren-selected = { $n } ausgewählt
ren-clearSelection = Auswahl aufheben
ren-manage = Verlängerungen verwalten…
ren-payMySelection = Auswahl bezahlen…
ren-exportIcs = Kalender exportieren (.ics)…
ren-exported = Kalender in { $path } gespeichert.
ren-rowMenu = Aktionen für { $name }
ren-switchOn = Automatische Verlängerung einschalten…
ren-switchOff = Automatische Verlängerung ausschalten
ren-renewNow = Jetzt verlängern…
ren-changePeriod = Verlängerungsdauer ändern…
ren-timeline = Zeitplan
ren-chargeOn = Belastung am { $date }
ren-chargePassed = am { $date } nicht verlängert: jetzt verlängern
ren-enableBy = einschalten bis { $date }
ren-enableTooLate = zu spät zum Einschalten: jetzt verlängern
ren-sortBy = Sortieren nach { $column }
ren-noMatch = Kein Produkt entspricht diesen Filtern.
ren-loadingRows = Wird geladen…
manage-title =
    { $n ->
        [one] Verlängerung von { $n } Produkt verwalten
       *[other] Verlängerung von { $n } Produkten verwalten
    }
manage-switch = Automatische Verlängerung
manage-on = Einschalten
manage-off = Ausschalten
manage-method = Zahlungsmittel
manage-defaultMethod = Standardkarte oder Twint der jeweiligen Organisation
manage-explain = Zeilen, die eine Regel ablehnt, werden mit Begründung aufgeführt; die übrigen werden geändert. Ein erneuter Lauf ändert nichts weiter.
manage-run = Anwenden
manage-cancel = Anhalten
manage-progress =
    { $total ->
        [one] { $done } von { $total } Produkt
       *[other] { $done } von { $total } Produkten
    }
manage-result = { $changed } geändert, { $unchanged } bereits so, { $refused } abgelehnt.
manage-cancelled = Nach { $done } von { $total } angehalten: Der Rest blieb unverändert.
pay-title = Auswahl bezahlen
pay-period = Laufzeit
pay-split = Eine Bestellung und eine Rechnung pro Organisation:
pay-net = Netto
pay-vat = MWST
pay-usePrepaid = Zuerst das Guthaben verwenden ({ $amount } verfügbar)
pay-method = Rest bezahlen mit
pay-noMethod = Kein Zahlungsmittel (nur Guthaben)
pay-confirm = Bezahlen
pay-local = Im lokalen Arbeitsbereich erfasst; keine echte Karte wird belastet.
pay-done-invoice = { $number }: bezahlt, { $total }.
pay-done-proforma = { $number }: Proforma-Rechnung ausgestellt; die Bestellung wartet auf die Überweisung von { $total }.
pay-tooMany =
    { $n ->
        [one] Bezahlen Sie höchstens { $n } Produkt auf einmal.
       *[other] Bezahlen Sie höchstens { $n } Produkte auf einmal.
    }
methods-add = Zahlungsmittel hinzufügen
methods-kind = Typ
methods-label = Bezeichnung
methods-last4 = Letzte 4 Ziffern
methods-expiry = Ablauf (MM/JJJJ)
methods-save = Zahlungsmittel speichern
methods-added = Zahlungsmittel gespeichert.
methods-makeDefault = Als Standard festlegen
methods-onlyDigits = Nur die letzten vier Ziffern werden gespeichert, nie die Kartennummer.
prepaid-topUp = Aufladen
prepaid-amount = Betrag
prepaid-method = Bezahlt mit
prepaid-range = Zwischen { $min } und { $max }.
prepaid-pending = Überweisung ausstehend
prepaid-done = Guthaben aufgeladen.
prepaid-pendingDone = Aufladung erfasst; sie zählt, sobald die Überweisung eintrifft.
prepaid-card = Karte
orders-none = Noch keine Bestellungen.
orders-date = Datum
orders-order = Bestellung
orders-payNow = Bezahlen…
orders-received = Überweisung erhalten (IBAN)
order-pending = Ausstehend
order-paid = Bezahlt
order-cancelled = Storniert
rule-REN-2 = Die automatische Verlängerung braucht eine Karte (Visa, Mastercard, CB) oder ein gespeichertes Twint-Profil.
rule-REN-5 = Die automatische Verlängerung kann weniger als 14 Tage vor Ablauf nicht mehr eingeschaltet werden: Verlängern Sie zuerst.
rule-PAY-1 = Ein abgelaufenes Produkt wird gesperrt und dann gekündigt; ein gekündigtes Produkt kann nicht verlängert werden.
rule-PAY-5 = PostFinance-Karten zahlen nur in CHF.
rule-PAY-6 = Eine Aufladung beträgt zwischen 0.10 und 9999.00, per Karte, PostFinance (CHF) oder IBAN-Überweisung.
rule-PAY-9 = Dieser Produkttyp bietet diese Verlängerungsdauer nicht an.

inv-filterKind = Alle Dokumente
inv-filterStatus = Alle Status
inv-search = Nach Nummer suchen
inv-open = { $number } öffnen
inv-save = PDF speichern…
inv-print = Drucken…
inv-saved = In { $path } gespeichert.
inv-printed = An den Drucker gesendet ({ $via }).
inv-corrects = Korrigiert { $number }
inv-vault = Offline aufbewahrt; SHA-256 { $hash }…
inv-notRendered = Wird beim ersten Speichern oder Drucken erzeugt und dann offline aufbewahrt.
inv-noMatch = Kein Dokument entspricht diesen Filtern.
inv-unitPrice = Stückpreis
inv-qty = Menge

inv-export = Angezeigte Dokumente exportieren…
inv-exporting =
    { $total ->
        [one] { $done } von { $total } Dokument
       *[other] { $done } von { $total } Dokumenten
    }
inv-exported =
    { $written ->
        [one] { $written } Dokument in { $folder } gespeichert.
       *[other] { $written } Dokumente in { $folder } gespeichert.
    }
inv-exportStopped =
    { $total ->
        [one] Angehalten: { $written } von { $total } Dokument in { $folder } gespeichert.
       *[other] Angehalten: { $written } von { $total } Dokumenten in { $folder } gespeichert.
    }
inv-exportTitle = Dokumente exportieren
inv-credit = Gutschrift ausstellen…
inv-creditConfirm = Eine Gutschrift über den ganzen Betrag von { $number } ausstellen? Ein bezahlter Betrag geht auf das Guthaben zurück.
inv-credited = Gutschrift { $number } ausgestellt.

set-seller = Absender auf Dokumenten
set-sellerHint = Wird auf neue Rechnungen, Proforma-Rechnungen und Gutschriften gedruckt; bereits ausgestellte Dokumente behalten ihren. Ein Partner, der seinen eigenen Kunden Rechnungen stellt, trägt hier seine eigene Firma ein. Eine Schweizer IBAN fügt CHF-Dokumenten die QR-Rechnung hinzu.
set-sellerSave = Absender speichern
set-sellerSaved = Absender gespeichert.

error-invalid_input = Ungültige Eingabe
error-not_found = Nicht gefunden
error-rule_violation = Nicht erlaubt
error-conflict = Konflikt
error-currency_mismatch = Die Währungen stimmen nicht überein
error-storage = Die Datei des Arbeitsbereichs konnte nicht gelesen oder geschrieben werden
error-cancelled = Abgebrochen
error-internal = Unerwarteter Fehler
error-field = Feld: { $field }
pay-autoRenewWill = Die automatische Verlängerung wird für diese Produkte mit { $method } eingeschaltet.
pay-autoRenewWont = { $method } schaltet die automatische Verlängerung nicht ein.
pay-done-autoRenew = Automatische Verlängerung eingeschaltet für: { $names }.
orders-document = Dokument
orders-payDocument = { $number } bezahlen
orders-payExplain = { $number } ist noch nicht bezahlt. Die Zahlung verlängert ihre Produkte einmal und begleicht, was überfällig ist.
inv-creditChoose = Diese Position gutschreiben
inv-creditLine = Position { $line } gutschreiben
inv-creditedBy = Gutgeschrieben durch { $number }
inv-creditNotes = Zu dieser Rechnung ausgestellte Gutschriften:
inv-creditable = Noch gutschreibbar: { $amount }.
inv-nothingToCredit = Auf dieser Rechnung ist nichts mehr gutzuschreiben.
inv-creditConfirmLines =
    Eine Gutschrift für { $n ->
        [one] die gewählte Position
       *[other] die { $n } gewählten Positionen
    } von { $number } ausstellen? Ein bezahlter Betrag geht auf das Guthaben zurück.
access-orgWideOnly = Nur eine rechtliche Vertretung oder ein Administrator dieser Organisation darf das.
orders-payWithMethod = Bezahlen mit
orders-cancel = Bestellung stornieren
orders-cancelConfirm = Bestellung Nr. { $id } stornieren? Nichts wird verlängert, und was sie dem Guthaben entnommen hat, wird ihm wieder gutgeschrieben.
orders-cancelled = Bestellung Nr. { $id } storniert; ihr Guthabenanteil ist wieder im Guthaben.
orders-keep = Bestellung behalten
ren-reminders = Erinnerungen 3 Tage und 1 Tag vorher im Kalender

# Renewals: search beyond the date window, summary cards as links (issue 14).
ren-moreOutside =
    { $n ->
        [one] { $n } weiteres Produkt passt ausserhalb von «{ $preset }».
       *[other] { $n } weitere Produkte passen ausserhalb von «{ $preset }».
    }
ren-showThem = Anzeigen
ren-count-show = Diese Produkte in der Tabelle anzeigen

# Products needing attention and reminder settings (PAY-2).
att-title =
    { $n ->
        [one] { $n } Produkt braucht Aufmerksamkeit
       *[other] { $n } Produkte brauchen Aufmerksamkeit
    }
att-last_day_to_enable = { $product }: letzter Tag zum Einschalten der automatischen Verlängerung ist { $when }
att-charge = { $product }: die automatische Verlängerung wird { $when } belastet
att-expiry = { $product }: läuft { $when } ab
att-more =
    { $n ->
        [one] und { $n } weiteres
       *[other] und { $n } weitere
    }
rem-title = Erinnerungen vor Verlängerungen
rem-explain = Der Anbieter schreibt den hier gewählten Personen so viele Tage vor den Terminen eines Produkts; Comptoir verwendet dieselben Tage für seine eigenen Desktop-Erinnerungen. Gespeichert in diesem Arbeitsbereich.
rem-days = Tage vorher
rem-daysHint = Bis zu 5 Zahlen von 1 bis 90, zum Beispiel 14, 7, 1
rem-recipients = Wer die E-Mail erhält
rem-save = Erinnerungen speichern
rem-saved = Erinnerungen gespeichert: { $days } Tage vorher.
rem-os = Desktop-Benachrichtigungen für Erinnerungen anzeigen
rem-osOn = Desktop-Benachrichtigungen sind eingeschaltet.
rem-osOff = Desktop-Benachrichtigungen sind ausgeschaltet.
rem-notNumbers = Schreiben Sie die Tage als ganze Zahlen, durch Kommas getrennt, zum Beispiel 14, 7, 1.

# The rule behind a sentence, one click away.
why-label = Warum?
rule-SUP-1 = Nur die Mitarbeitenden des Anbieters, die die Anfrage bearbeiten, dürfen einen Support-Zugriff nutzen.
rule-SUP-2 = Ein Zugriff kann jederzeit widerrufen werden und endet von selbst 7 Tage nach der Erteilung.
rule-PAR-1 = Ein Unternehmen wird Partner mit verwalteten Produkten von mindestens CHF 2000 oder EUR 1800 pro Jahr, einem eingetragenen Unternehmen und einer aktiven Website.
set-about = Info und Diagnose
set-version = Version
set-engineToday = Heute laut Engine
set-uiLanguage = Sprache der Ansicht
inv-pay = Bezahlen…
## Provider connection (issue 10): sources, sync, outbox
prov-sourceProvider = Anbieter · synchronisiert am { $time }
prov-sourceProviderNever = Anbieter · noch nicht synchronisiert
prov-sourcePartlyLocal = Verlängerungen, Zahlungen und Guthaben sind nur lokal
prov-sourceLocalSection = Nur lokal · nicht in der öffentlichen API des Anbieters
prov-sourceLocal = Nur lokal · nichts davon geht an den Anbieter
prov-notConnected = Nicht verbunden: zuletzt synchronisierte Daten
prov-unauthorized = Der Anbieter hat das Token abgelehnt: erneut verbinden
prov-offline =
    { $count ->
        [one] Offline · 1 Änderung wartet
       *[other] Offline · { $count } Änderungen warten
    }
prov-retryNow = Jetzt erneut versuchen
prov-writeSent = An den Anbieter gesendet
prov-writeQueued = In der Warteschlange: wird gesendet, sobald der Anbieter erreichbar ist
prov-progress = { $done } von { $total } Anfragen · noch etwa { $seconds } s
prov-syncNow = Jetzt synchronisieren
prov-outbox = Zu sendende Änderungen ({ $count })
prov-disconnect = Trennen
prov-connect = Mit dem Anbieter verbinden…
prov-link-online = Synchronisiert.
prov-link-offline = Der Anbieter ist nicht erreichbar: alles bleibt hier, Änderungen warten.
prov-link-unauthorized = Der Anbieter hat das Token abgelehnt (abgelaufen oder widerrufen): erneut verbinden.
prov-link-refused = Der Anbieter hat die Anfrage abgelehnt.
prov-link-cancelled = Synchronisierung abgebrochen: nichts wurde gelöscht.
prov-reason-offline = Keine Verbindung zum Anbieter.
prov-reason-timeout = Der Anbieter hat nicht rechtzeitig geantwortet.
prov-reason-server_error = Beim Anbieter ist ein Fehler aufgetreten; es wird erneut versucht.
prov-reason-rate_limited = Die Grenze von 60 Anfragen pro Minute ist erreicht.
prov-reason-not_authorized = Das Token wurde abgelehnt.
prov-reason-access_denied = Das Token erlaubt das nicht.
prov-reason-not_found = Existiert beim Anbieter nicht mehr.
prov-reason-already_exists = Existiert beim Anbieter bereits.
prov-reason-validation_failed = Der Anbieter hat die Werte abgelehnt.
prov-reason-malformed_response = Die Antwort des Anbieters war nicht lesbar.
prov-reason-not_on_provider = Worauf sich diese Änderung bezieht, hat den Anbieter nie erreicht.
prov-reason-unexpected = Etwas Unerwartetes ist passiert.
prov-reason-changed_on_provider = Seit der letzten Synchronisierung beim Anbieter geändert: überschreiben oder Ihre Änderung verwerfen.
prov-reason-deleted_on_provider = Seit der letzten Synchronisierung beim Anbieter gelöscht.
prov-reason-overwrite = Sie haben gewählt, die Version des Anbieters zu überschreiben.
prov-connectTitle = Mit dem Anbieter verbinden
prov-connectHint = Fügen Sie ein persönliches API-Token aus dem Manager des Anbieters ein. Es wird beim Anbieter geprüft und nur im Schlüsselbund dieses Computers aufbewahrt.
prov-connectUrl = Anbieter: { $url }
prov-token = Persönliches API-Token
prov-tokenKept = Das Token wird nie wieder angezeigt und nie in den Arbeitsbereich oder in Protokolle geschrieben.
prov-connectButton = Verbinden
prov-outboxTitle = An den Anbieter zu sendende Änderungen
prov-outboxHint = Werden der Reihe nach gesendet. Eine fehlgeschlagene Änderung oder ein Konflikt hält die folgenden zurück, bis Sie sie wiederholen oder verwerfen.
prov-outboxEmpty = Nichts wartet.
prov-colWhat = Änderung
prov-colState = Status
prov-colWhen = Aktualisiert
prov-state-pending = Ausstehend
prov-state-sending = Wird gesendet
prov-state-sent = Gesendet
prov-state-failed = Fehlgeschlagen
prov-state-conflict = Konflikt
prov-overwrite = Überschreiben
prov-retry = Erneut versuchen
prov-discard = Verwerfen
prov-op-invite_user = { $email } einladen
prov-op-cancel_invitation = Eine Einladung zurückziehen
prov-op-remove_member = Ein Mitglied entfernen
prov-op-create_team = Team { $name } erstellen
prov-op-rename_team = Ein Team in { $name } umbenennen
prov-op-delete_team = Ein Team löschen
prov-op-add_team_members =
    { $count ->
        [one] 1 Mitglied zu einem Team hinzufügen
       *[other] { $count } Mitglieder zu einem Team hinzufügen
    }
prov-op-remove_team_members =
    { $count ->
        [one] 1 Mitglied aus einem Team entfernen
       *[other] { $count } Mitglieder aus einem Team entfernen
    }
prepaid-confirmCharge = { $amount } jetzt { $method } belasten?
prepaid-confirmTransfer = { $amount } per IBAN-Überweisung aufladen? Das Guthaben steigt, wenn das Geld eintrifft.
prepaid-confirm = Aufladung bestätigen
remove-undo = Rückgängig
remove-undone =
    { $n ->
        [one] { $n } Benutzer ist zurück, wie vorher.
       *[other] { $n } Benutzer sind zurück, wie vorher.
    }
# Support captures: screenshots, app log, website console, imports
cap-title = Von diesem Computer anhängen
cap-screenshot = Bildschirmfoto…
cap-appLog = App-Protokoll…
cap-website = Konsole einer Website aufzeichnen…
cap-import = Protokolldatei importieren…
cap-close = Schliessen
cap-mode = Was aufnehmen
cap-mode-screen = Ganzer Bildschirm
cap-mode-window = Ein Fenster
cap-mode-region = Ein Bereich
cap-monitor = Bildschirm
cap-window = Fenster
cap-noWindows = Ihr Desktop listet keine Fenster auf: Nehmen Sie einen Bildschirm oder einen Bereich auf.
cap-delay = Verzögerung
cap-delay-none = Keine
cap-delay-seconds = { $n } s
cap-hide = Comptoir während der Aufnahme ausblenden
cap-shownNote = Comptoir bleibt im Bild: IBAN, Kartennummern, E-Mail-Adressen und Tokens werden zuerst geschwärzt; jede Schwärzung lässt sich rückgängig machen.
cap-wayland = Unter Wayland kann der Desktop vor jeder Aufnahme um Erlaubnis fragen.
cap-capture = Aufnehmen
cap-capturing = Aufnahme läuft…
cap-tool = Werkzeug
cap-tool-rectangle = Rechteck
cap-tool-arrow = Pfeil
cap-tool-highlight = Leuchtstift
cap-tool-redact = Schwärzen
cap-edits = Bearbeitungen
cap-noEdits = Noch keine Bearbeitungen.
cap-op-redact = Geschwärzt
cap-op-pre = Vorab geschwärzt: { $kind }
cap-sensitive-iban = IBAN
cap-sensitive-card = Kartennummer
cap-sensitive-email = E-Mail-Adresse
cap-sensitive-token = Token
cap-op-rectangle = Rechteck
cap-op-arrow = Pfeil
cap-op-highlight = Markierung
cap-undo = Rückgängig
cap-attachShot = Bildschirmfoto anhängen
cap-discard = Verwerfen
cap-preview = Vorschau des Bildschirmfotos
cap-editorHelp = Ziehen Sie auf dem Bild, um das gewählte Werkzeug anzuwenden. Geschwärzte Flächen sind im angehängten PNG deckend, nie unscharf.
cap-log-window = Zeitraum
cap-log-15m = Letzte 15 Minuten
cap-log-1h = Letzte Stunde
cap-log-24h = Letzte 24 Stunden
cap-log-custom = Benutzerdefiniert
cap-log-from = Von
cap-log-to = Bis
cap-attachLog = Protokoll anhängen
cap-url = Adresse der Website
cap-duration = Aufzeichnen
cap-duration-untilClosed = Bis ich stoppe oder das Fenster schliesse
cap-duration-seconds = Während { $n } s
cap-start = Öffnen und aufzeichnen
cap-stop = Stoppen und anhängen
cap-recording = Aufzeichnung läuft…
cap-ended = Aufzeichnung beendet
cap-consoleNote = Die Seite öffnet sich in einem eigenen Fenster. Sie kann nur zu dieser Aufzeichnung beitragen, sonst nichts.
cap-count-console = Konsolenzeilen
cap-count-errors = Konsolenfehler
cap-count-warnings = Warnungen
cap-count-uncaught = Nicht abgefangene Fehler
cap-count-rejections = Unbehandelte Ablehnungen
cap-count-resources = Fehlgeschlagene Ressourcen
cap-count-dropped = Verworfen (über dem Limit)
cap-regionHelp = Ziehen Sie ein Rechteck auf oder nutzen Sie die Pfeiltasten (Umschalt+Pfeile ändern die Grösse); Enter übernimmt, Esc bricht ab.
cap-attached = Angehängt
sup-contact = Antworten gehen an

# The provider refused to connect, in words (the reason code the engine carries).
prov-connectError-unauthorized = Der Anbieter hat dieses Token abgelehnt: Es ist vielleicht falsch kopiert, abgelaufen oder widerrufen. Erstellen Sie im Manager des Anbieters ein neues und fügen Sie es hier ein.
prov-connectError-keyring = Der Schlüsselbund des Systems konnte das Token nicht speichern (er ist gesperrt oder der Zugriff wurde verweigert). Entsperren Sie ihn und versuchen Sie es erneut.
prov-connectError-connection = Der Anbieter war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.
prov-connectError-timeout = Der Anbieter hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.
prov-connectError-server = Beim Anbieter ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.
prov-connectError-rate_limited = Das Limit des Anbieters von 60 Anfragen pro Minute ist erreicht. Versuchen Sie es in einer Minute erneut.
prov-connectError-malformed = Die Antwort des Anbieters konnte nicht gelesen werden. Versuchen Sie es später erneut.
prov-connectError-invalid = Das sieht nicht wie ein persönliches API-Token aus. Fügen Sie das Token genau so ein, wie der Anbieter es anzeigt.

# A QR-bill that cannot be made: which field of whom, what is wrong, where to correct it.
qr-problem-line_break = Das Feld { $part } { $party } enthält einen Zeilenumbruch; ein Feld der QR-Rechnung ist einzeilig.
qr-problem-character = Das Feld { $part } { $party } enthält «{ $character }», das eine Schweizer QR-Rechnung nicht tragen kann; schreiben Sie es mit lateinischen Buchstaben.
qr-problem-required = Das Feld { $part } { $party } fehlt; die QR-Rechnung braucht es.
qr-problem-too_long = Das Feld { $part } { $party } hat { $given } Zeichen; eine QR-Rechnung erlaubt höchstens { $max }.
qr-problem-country = «{ $given }» ist kein Ländercode (zwei Buchstaben, z. B. CH) im Feld { $part } { $party }.
qr-party-buyer = der Organisation
qr-party-seller = des Absenders
qr-part-name = Name
qr-part-street = Strasse
qr-part-building_number = Hausnummer
qr-part-postal_code = PLZ
qr-part-town = Ort
qr-part-country = Land
qr-fix = Korrigieren Sie es unter { $section } → { $tab } und versuchen Sie es erneut.

prov-mark-pending = Noch nicht an den Anbieter gesendet
prov-mark-sending = Wird an den Anbieter gesendet
prov-mark-sent = An den Anbieter gesendet
prov-mark-failed = Nicht gesendet: vom Anbieter abgelehnt
prov-mark-conflict = Nicht gesendet: beim Anbieter geändert
prov-sending = Wird an den Anbieter gesendet
prov-sendProgress =
    { $done } von { $total } gesendet · { $minutes ->
        [0] noch weniger als eine Minute
        [one] noch etwa 1 Min.
       *[other] noch etwa { $minutes } Min.
    }
prov-held =
    { $count ->
        [one] Senden gestoppt · 1 Änderung noch nicht gesendet
       *[other] Senden gestoppt · { $count } Änderungen noch nicht gesendet
    }
prov-sendNow = Jetzt senden
prov-noExpiry =
    { $count ->
        [one] 1 Produkt hat beim Anbieter kein Ablaufdatum: Es gibt nichts zu verlängern, deshalb steht es nicht unter Verlängerungen.
       *[other] { $count } Produkte haben beim Anbieter kein Ablaufdatum: Es gibt nichts zu verlängern, deshalb stehen sie nicht unter Verlängerungen.
    }
prov-unknownService =
    { $count ->
        [one] 1 Produkt gehört zu einem Dienst, den Comptoir noch nicht verlängert: Es steht nicht unter Verlängerungen.
       *[other] { $count } Produkte gehören zu einem Dienst, den Comptoir noch nicht verlängert: Sie stehen nicht unter Verlängerungen.
    }
prov-reason-invalid_email = Der Anbieter hat die E-Mail-Adresse abgelehnt.
prov-reason-invalid_first_name = Der Anbieter hat den Vornamen abgelehnt.
prov-reason-invalid_last_name = Der Anbieter hat den Nachnamen abgelehnt.
prov-reason-invalid_name = Der Anbieter hat den Namen abgelehnt.
prov-reason-invalid_role = Der Anbieter hat die Rolle abgelehnt.
prov-reason-invalid_language = Der Anbieter hat die Sprache abgelehnt.
ren-gone = Beim Anbieter gelöscht
ren-goneHint = Beim Anbieter gelöscht; hier behalten, weil Rechnungen oder Bestellungen es nennen. Es kann nicht mehr verlängert werden.
ren-goneNoRenewal = Nicht mehr verlängerbar: beim Anbieter gelöscht
add-mode-several = Mehrere Personen einladen
add-addresses = E-Mail-Adressen, eine pro Zeile
add-addressesHint = «Name <Adresse>», «Name, Adresse» oder nur die Adresse (vorname.nachname@… ergibt den Namen «Vorname Nachname»).
add-invitedMany =
    { $count ->
        [one] 1 Person wurde eingeladen.
       *[other] { $count } Personen wurden eingeladen.
    }
add-someRefused =
    { $count ->
        [one] 1 Zeile wurde nicht eingeladen (die übrigen schon):
       *[other] { $count } Zeilen wurden nicht eingeladen (die übrigen schon):
    }
add-lineAlreadyMember = bereits Mitglied
add-lineNeedsName = Vor- und Nachnamen angeben
add-lineBadEmail = keine E-Mail-Adresse
refusal-gone_on_provider = Dieses Produkt wurde beim Anbieter gelöscht. Es wird nur behalten, weil Rechnungen oder Bestellungen es nennen, und kann nicht mehr verlängert werden.
refusal-renew_at_provider = Dieses Produkt stammt vom Anbieter, dessen öffentliche API keinen Preis liefert: Verlängern Sie es im Manager des Anbieters. Hier wurde nichts bezahlt oder geändert.
refusal-not_in_public_api = Die öffentliche API des Anbieters bietet das nicht an. Erledigen Sie es im Manager des Anbieters; die nächste Synchronisierung bringt es hierher.
refusal-full_name_needed = Geben Sie Vor- und Nachnamen an: Der Anbieter braucht beide.
refusal-invite_by_email = In einem Anbieter-Arbeitsbereich wird per E-Mail eingeladen; der Anbieter verknüpft ein bestehendes Konto, wenn die Person annimmt.
refusal-not_connected = Nicht mit dem Anbieter verbunden. Verbinden Sie sich zuerst.
refusal-unauthorized = Der Anbieter hat das Token abgelehnt: Es ist vielleicht abgelaufen oder widerrufen. Verbinden Sie sich erneut.
refusal-access_denied = Das Token erlaubt dies beim Anbieter nicht.
refusal-not_found = Es existiert beim Anbieter nicht mehr.
refusal-conflict = Es wurde inzwischen beim Anbieter geändert. Synchronisieren Sie und versuchen Sie es erneut.
refusal-validation = Der Anbieter hat die Werte abgelehnt.
refusal-rate_limited = Das Limit des Anbieters von 60 Anfragen pro Minute ist erreicht. Versuchen Sie es in einer Minute erneut.
refusal-server = Beim Anbieter ist ein Fehler aufgetreten. Versuchen Sie es gleich erneut.
refusal-timeout = Der Anbieter hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich erneut.
refusal-connection = Der Anbieter ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.
refusal-malformed = Die Antwort des Anbieters konnte nicht gelesen werden. Versuchen Sie es später erneut.
refusal-task_failed = Der Anbieter konnte die Aufgabe nicht abschliessen.
refusal-keyring = Der Schlüsselbund des Systems konnte das Token nicht speichern (er ist gesperrt oder der Zugriff wurde verweigert). Entsperren Sie ihn und versuchen Sie es erneut.
refusal-invalid = Das sieht nicht wie ein persönliches API-Token aus. Fügen Sie es genau so ein, wie der Anbieter es zeigt.
prov-outboxSummary = { $unsent ->
        [one] 1 noch nicht gesendet
       *[other] { $unsent } noch nicht gesendet
    } · { $sent ->
        [one] 1 kürzlich gesendet
       *[other] { $sent } kürzlich gesendet
    }

sup-preview-partial = Die ersten { $shown } KB von { $total } KB werden gezeigt; das Paket enthält alles.
sup-preview-more = Mehr zeigen
cap-limitReached = Die Aufzeichnung hat die Grenze von 10 MB pro Anhang erreicht: spätere Meldungen werden nicht behalten. Beenden Sie sie und hängen Sie das Erfasste an.
cap-editorKeys = Ohne Maus: Bild fokussieren, die Pfeiltasten setzen eine Auswahl (Umschalt+Pfeile ändern die Grösse, Alt verschiebt um ein Pixel), Enter fügt dort das gewählte Werkzeug ein, Esc verwirft sie.
cap-selection = Auswahl { $w } × { $h } bei { $x }, { $y }: Enter fügt sie ein.

## Toasts: what happened after an action (lib/announce.ts)
toast-region = Mitteilungen
toast-dismiss = Schliessen
toast-undo = Rückgängig
toast-open = Öffnen
toast-showInFolder = Im Ordner zeigen
toast-failed = Das hat nicht geklappt: { $message }
toast-language = Sprache geändert.
toast-demoReset = Der Demo-Arbeitsbereich wurde neu aufgebaut.
toast-actingUser = Sie handeln jetzt als die gewählte Person.
toast-workspaceOpened = Arbeitsbereich geöffnet.
toast-backedUp = Sicherung gespeichert unter { $path }.
toast-invitedMany = { $n ->
    [one] 1 Person eingeladen
   *[other] { $n } Personen eingeladen
}{ $refused ->
    [0] .
   *[other] ; { $refused } Zeilen abgelehnt (siehe Liste).
}
toast-invited = Einladung an { $email } gesendet.
toast-added = { $email } wurde der Organisation hinzugefügt.
toast-resent = Einladung erneut gesendet.
toast-removed =
    { $n ->
        [one] { $n } Benutzer entfernt
       *[other] { $n } Benutzer entfernt
    }{ $kept ->
        [0] .
       *[other] , { $kept } behalten.
    }
toast-removalUndone =
    { $n ->
        [one] Rückgängig gemacht: { $n } Benutzer ist zurück.
       *[other] Rückgängig gemacht: { $n } Benutzer sind zurück.
    }
toast-left = Sie haben die Organisation verlassen.
toast-roleChanged = Rolle geändert.
toast-replaced = Rechtlicher Vertreter ersetzt.
toast-replacementUndone = Rückgängig gemacht: die rechtlichen Vertreter sind wie vorher.
toast-rightsSaved = Rechte gespeichert.
toast-contactsSaved = Kontakteinstellungen gespeichert.
toast-detailsSaved = Angaben zur Organisation gespeichert.
toast-teamCreated = Team { $name } erstellt.
toast-teamSaved = Team { $name } gespeichert.
toast-teamDeleted = Team gelöscht.
toast-teamMembersSaved = Teammitglieder gespeichert.
toast-autoRenew =
    { $on ->
        [on] Automatische Verlängerung eingeschaltet für { $n ->
            [one] { $n } Produkt
           *[other] { $n } Produkte
        }
       *[off] Automatische Verlängerung ausgeschaltet für { $n ->
            [one] { $n } Produkt
           *[other] { $n } Produkte
        }
    }{ $refused ->
        [0] .
       *[other] ; { $refused } abgelehnt.
    }
toast-periodChanged = Verlängerungsdauer geändert.
toast-paid =
    { $n ->
        [one] Bezahlt: { $n } Bestellung.
       *[other] Bezahlt: { $n } Bestellungen.
    }
toast-orderPaid = Bestellung bezahlt: { $number }.
toast-orderCancelled = Bestellung storniert.
toast-methodAdded = Zahlungsmittel hinzugefügt.
toast-defaultMethod = Standard-Zahlungsmittel geändert.
toast-toppedUp = Guthaben aufgeladen.
toast-savedTo = Gespeichert unter { $path }.
toast-printed = Dokument an den Drucker gesendet.
toast-exported =
    { $n ->
        [one] { $n } Dokument exportiert nach { $folder }.
       *[other] { $n } Dokumente exportiert nach { $folder }.
    }
toast-creditNote = Gutschrift { $number } ausgestellt.
toast-sellerSaved = Angaben zum Verkäufer gespeichert.
toast-notificationsSaved = Benachrichtigungseinstellungen gespeichert.
toast-osNotifications =
    { $on ->
        [on] Erinnerungen auf dem Desktop eingeschaltet.
       *[off] Erinnerungen auf dem Desktop ausgeschaltet.
    }
toast-connected = Mit dem Anbieter verbunden.
toast-disconnected = Vom Anbieter getrennt.
toast-synced = Synchronisierung abgeschlossen.
toast-retrying = Die Änderungen werden erneut gesendet.
toast-discarded = Änderung verworfen.
toast-draftDiscarded = Entwurf verworfen.
toast-attached = Anhang hinzugefügt.
toast-detached = Anhang entfernt.
toast-bundleSaved = Supportanfrage gespeichert unter { $path }.
toast-mailOpened = E-Mail-Entwurf geöffnet.

## Export: files of the same name already in the folder
inv-exportExists =
    { $n ->
        [one] { $n } Datei in diesem Ordner heisst wie ein Dokument. Ersetzen?
       *[other] { $n } Dateien in diesem Ordner heissen wie Dokumente. Ersetzen?
    }
inv-exportMore = und { $n } weitere
inv-exportKeepBoth = Beide behalten
inv-exportReplace =
    { $n ->
        [one] { $n } Datei ersetzen
       *[other] { $n } Dateien ersetzen
    }

## Links between invoices, orders and products (lib/links.svelte.ts)
link-showAll = Alle zeigen
link-invoices = Rechnungen
link-invoicesOf = Rechnungen mit { $name }
link-products =
    { $n ->
        [one] Das Produkt dieser Rechnung unter Verlängerungen
       *[other] Die { $n } Produkte dieser Rechnung unter Verlängerungen
    }
link-productsOf =
    { $n ->
        [one] Das Produkt von { $number }
       *[other] Die { $n } Produkte von { $number }
    }
link-order = Bestellung Nr. { $id }
inv-exportFailed =
    { $n ->
        [one] { $n } Dokument konnte nicht gespeichert werden:
       *[other] { $n } Dokumente konnten nicht gespeichert werden:
    }

## Issue 13: the engine's refusals by reason code (refusal-<code>, params as variables),
## a generic sentence per error code when there is none, and the labels of the fields it names.
refusal-empty = Dieses Feld ist obligatorisch.
refusal-too_long =
    Höchstens { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    } ({ $given } eingegeben).
refusal-control_character = Der Text enthält ein unsichtbares Zeichen ({ $character }), wohl eingefügt. Bitte neu tippen.
refusal-not_an_email = Das ist keine E-Mail-Adresse (z. B. name@beispiel.ch).
refusal-not_an_amount = Das ist kein Betrag: Ziffern eingeben, z. B. 25.50 oder 1'000.
refusal-ambiguous_amount = Mehrdeutig: «{ $separator }» mit drei Ziffern danach kann Tausender oder Dezimalstellen trennen. Schreiben Sie 1000 oder 1{ $separator }00.
refusal-bad_grouping = Die Ziffern sind falsch gruppiert: in Dreiergruppen, z. B. 1'000'000.
refusal-too_many_decimals = Höchstens zwei Dezimalstellen: Beträge werden nie gerundet.
refusal-negative = Der Betrag darf nicht negativ sein.
refusal-too_large = Der Betrag ist zu gross (höchstens { $digits } Ziffern).
refusal-wrong_currency = Dieser Betrag ist in { $expected }, nicht in { $given }.
refusal-out_of_range = Zwischen { $min } und { $max }: { $given } liegt ausserhalb.
refusal-unknown_choice = «{ $given }» ist keine der angebotenen Möglichkeiten.
refusal-none_chosen = Wählen Sie mindestens eines.
refusal-too_many = Höchstens { $max } auf einmal ({ $given } angegeben).
refusal-bad_format = Nicht in der erwarteten Form, z. B. { $example }.
refusal-postfinance_chf_only = Eine PostFinance-Karte zahlt nur in CHF, nicht in { $currency }.
refusal-iban_is_qr_iban = Das ist eine QR-IBAN, die Banken für gewöhnliche Überweisungen ablehnen: Geben Sie hier die IBAN des Kontos an und die QR-IBAN in ihrem eigenen Feld.
refusal-not_a_qr_iban = Das ist keine QR-IBAN (eine Schweizer oder Liechtensteiner IBAN mit Bankennummer 30000 bis 31999).
refusal-card_expired = Diese Karte ist abgelaufen.
refusal-card_expires_before = Diese Karte ist Ende { $expiry } abgelaufen: Sie kann am { $day } nicht zahlen. Wählen oder erfassen Sie eine andere.
refusal-rights_needed =
    Nur eine gesetzliche Vertretung oder ein Administrator darf { $action ->
        [add] Benutzer hinzufügen.
        [remove] Benutzer entfernen.
        [teams] Teams verwalten.
       *[rights] die Rechte anderer Benutzer ändern.
    }
refusal-legal_rep_only =
    Nur eine gesetzliche Vertretung darf { $action ->
        [details] die Angaben der Organisation ändern.
        [name] eine gesetzliche Vertretung ernennen.
        [name_or_demote] eine gesetzliche Vertretung ernennen oder zurückstufen.
       *[remove] eine gesetzliche Vertretung entfernen.
    }
refusal-last_legal_rep =
    { $action ->
        [leave] Die einzige gesetzliche Vertretung kann nicht austreten
        [remove] Die einzige gesetzliche Vertretung kann nicht entfernt werden
        [demote] Die einzige gesetzliche Vertretung kann nicht zurückgestuft werden
       *[keep] Eine Organisation braucht mindestens eine gesetzliche Vertretung
    }: Ernennen Sie zuerst eine andere gesetzliche Vertretung.
refusal-billing_refused =
    { $who ->
        [member] Nur ein Mitglied der Organisation darf das.
        [legal_rep] Nur eine gesetzliche Vertretung darf das.
        [billing_right] Nur eine gesetzliche Vertretung, ein Administrator oder ein Benutzer mit dem Abrechnungsrecht auf jedem Produkt darf das.
       *[admin] Nur eine gesetzliche Vertretung oder ein Administrator darf das.
    }
refusal-period_not_offered =
    Dieses Produkt kann nicht für { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    } verlängert werden.
refusal-support_compose_refused =
    { $who ->
        [not_member] Nur ein Mitglied einer Organisation kann eine Support-Anfrage vorbereiten.
        [not_member_of_product_org] Nur ein Mitglied der Organisation des Produkts kann es in einer Support-Anfrage nennen.
       *[no_right_on_product] Eine Support-Anfrage kann nur ein Produkt nennen, auf das Sie ein Recht haben (Technik, Statistik oder Abrechnung).
    }
refusal-product_cancelled = { $product } wurde gekündigt (unbezahlt seit { $since }): Es kann nicht mehr verlängert werden.
refusal-order_cancelled = Diese Bestellung wurde storniert: Ihre Proforma-Rechnung ist ungültig, es ist nichts zu bezahlen. Verlängern Sie die Produkte bei Bedarf erneut.
refusal-order_not_pending =
    { $status ->
        [paid] Diese Bestellung ist bereits bezahlt.
       *[other] Diese Bestellung wartet nicht mehr auf Zahlung.
    }
refusal-product_on_open_order = { $product } steht bereits auf { $document_number }, noch nicht bezahlt: Bezahlen Sie { $document_number }, statt es erneut zu verlängern.
refusal-product_on_unpaid_invoice = { $product } steht auf der unbezahlten Rechnung { $document_number }: Es wird über diese Rechnung bezahlt.
refusal-order_invoiced = Für diese Bestellung ist die Rechnung { $document_number } ausgestellt: Bezahlen Sie sie oder stellen Sie eine Gutschrift aus.
refusal-iban_transfer_exists = Die IBAN-Überweisung ist bereits eine Zahlungsart dieser Organisation.
refusal-method_already_saved = Diese Zahlungsart ist für diese Organisation bereits gespeichert.
refusal-top_up_method = Eine Aufladung wird per Karte, PostFinance oder IBAN-Überweisung bezahlt.
refusal-nothing_to_credit = Auf { $document_number } ist nichts mehr gutzuschreiben: Frühere Gutschriften decken es ab.
refusal-undo_too_late =
    Zu spät zum Rückgängigmachen: Das geht nur während { $seconds ->
        [one] { $seconds } Sekunde.
       *[other] { $seconds } Sekunden.
    }
refusal-undo_member_only = Nur ein Mitglied der Organisation kann das rückgängig machen.
refusal-already_member = { $email } ist bereits Mitglied dieser Organisation.
refusal-account_exists = { $email } hat bereits ein Konto: Fügen Sie es als bestehendes Konto hinzu.
refusal-team_name_taken = Ein Team namens «{ $name }» gibt es bereits.
refusal-no_pending_invitation = Dieser Benutzer hat keine offene Einladung.
refusal-successor_not_active = Die neue gesetzliche Vertretung muss ihre Einladung zuerst angenommen haben.
refusal-not_a_legal_rep = Dieser Benutzer ist keine gesetzliche Vertretung.
refusal-attachment_not_text_or_image = Nur Textdateien und PNG- oder JPEG-Bilder können angehängt werden: Nur diese lassen sich vor dem Versand auf Geheimnisse prüfen.
refusal-attachment_too_big = Ein Anhang ist höchstens { $max_mb } MB gross.
refusal-not_found-account = Kein Konto hat diese E-Mail-Adresse.
refusal-not_found-attachment = Dieser Anhang existiert nicht mehr.
refusal-not_found-document = Dieses Dokument existiert nicht mehr.
refusal-not_found-file = Diese Datei existiert nicht mehr.
refusal-not_found-invoice = Diese Rechnung existiert nicht mehr.
refusal-not_found-member = Diese Person ist nicht (mehr) Mitglied der Organisation.
refusal-not_found-monitor = Dieser Bildschirm ist nicht mehr angeschlossen.
refusal-not_found-order = Diese Bestellung existiert nicht mehr.
refusal-not_found-organization = Diese Organisation existiert nicht mehr.
refusal-not_found-outbox_entry = Diese wartende Änderung existiert nicht mehr.
refusal-not_found-payment_method = Diese Zahlungsart existiert nicht mehr.
refusal-not_found-preview_part = Dieser Teil der Vorschau existiert nicht mehr: Bereiten Sie die Vorschau neu vor.
refusal-not_found-product = Dieses Produkt existiert nicht mehr.
refusal-not_found-region_capture = Diese Aufnahme eines Bereichs existiert nicht mehr.
refusal-not_found-support_draft = Dieser Entwurf einer Support-Anfrage existiert nicht mehr (gesendet oder gelöscht).
refusal-not_found-support_request = Diese Support-Anfrage existiert nicht mehr.
refusal-not_found-team = Dieses Team existiert nicht mehr.
refusal-not_found-unsent_outbox_entry = Diese Änderung wurde bereits gesendet oder existiert nicht mehr.
refusal-not_found-user = Dieser Benutzer existiert nicht mehr.
refusal-not_found-website_capture = Diese Aufnahme einer Website existiert nicht mehr.
refusal-not_found-window = Dieses Fenster ist nicht mehr offen.
refusal-generic-invalid_input = Dieser Wert wird nicht angenommen. Prüfen Sie ihn und versuchen Sie es erneut.
refusal-generic-not_found = Das Gewünschte existiert nicht mehr. Aktualisieren Sie und versuchen Sie es erneut.
refusal-generic-rule_violation = Eine Regel des Anbieters erlaubt das nicht.
refusal-generic-conflict = Das kollidiert mit Daten, die sich geändert haben oder schon existieren. Aktualisieren Sie und versuchen Sie es erneut.
refusal-generic-currency_mismatch = Beträge in zwei verschiedenen Währungen lassen sich nicht kombinieren.
refusal-generic-storage = Die Arbeitsbereichsdatei konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger und versuchen Sie es erneut.
refusal-generic-cancelled = Abgebrochen.
refusal-generic-internal = Etwas Unerwartetes ist schiefgegangen. Versuchen Sie es erneut; wenn es wieder passiert, senden Sie die technischen Details an den Support.
error-details = Technische Details
prepaid-willCharge = Wird belastet: { $amount }
prepaid-willTransfer = Zu überweisen: { $amount }
refusal-too_many_reminders = Geben Sie 1 bis { $max } Erinnerungen an (Tage vor einem Datum).
refusal-days_before_range = { $value } liegt nicht zwischen 1 und { $max } Tagen.
refusal-successor_same = Wählen Sie eine andere Person als neue gesetzliche Vertretung.
refusal-old_needs_role = Die ersetzte Vertretung braucht eine andere Rolle.
refusal-invitation_not_accepted = Diese Person hat die Einladung noch nicht angenommen: Ziehen Sie stattdessen die Einladung zurück.
refusal-outbox_not_waiting = Diese Änderung wartet nicht mehr auf den Versand.
refusal-outbox_not_retryable = Nur eine fehlgeschlagene oder widersprüchliche Änderung kann erneut versucht werden.
refusal-outbox_busy = Diese Änderung wird gerade gesendet: Sie kann nicht mehr verworfen werden.
refusal-selected_twice = Ein Produkt ist zweimal ausgewählt.
refusal-product_other_currency = { $product } ist in { $currency } verrechnet: Es kann nicht mit dem Rest dieser Auswahl bezahlt werden.
refusal-method_other_org = Diese Zahlungsart gehört einer anderen Organisation.
refusal-payment_key_reused = Diese Zahlung wurde bereits mit anderen Angaben begonnen: Beginnen Sie sie neu.
refusal-method_nothing_to_pay = Eine Zahlungsart ist für eine Organisation angegeben, die in dieser Auswahl nichts zu bezahlen hat.
refusal-method_given_twice = Für eine Organisation sind zwei Zahlungsarten angegeben.
refusal-method_needed = Wählen Sie, wie { $organization } bezahlt.
refusal-prepaid_short = Das Prepaid-Guthaben von { $organization } reicht nicht: Wählen Sie eine Zahlungsart für den Rest.
refusal-credit_invoice_only = Nur eine Rechnung kann mit einer Gutschrift korrigiert werden.
refusal-product_not_on_invoice = Dieses Produkt steht nicht auf der Rechnung { $document_number }.
refusal-already_credited = { $product } wurde bereits gutgeschrieben.
refusal-credit_too_much = Diese Gutschrift übersteigt, was auf { $document_number } noch gutgeschrieben werden kann.
refusal-recipient_not_member = Ein Empfänger ist kein aktives Mitglied dieser Organisation.
refusal-range_reversed = Das Ende des Zeitraums liegt vor seinem Beginn.
refusal-page_size = Eine Seite enthält 1 bis { $max } Zeilen.
refusal-qr_too_long = Namen, Adressen und Mitteilung dieser QR-Rechnung sind zusammen zu lang für ihren QR-Code. Kürzen Sie Name oder Adresse des Käufers (Organisation → Angaben) oder des Verkäufers (Einstellungen) und versuchen Sie es erneut.
refusal-expired_renew_first = { $product } ist seit { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } abgelaufen: Verlängern Sie es zuerst.
refusal-auto_renew_too_late = { $product } läuft in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ab: Die automatische Verlängerung braucht mindestens { $min_days ->
        [one] { $min_days } Tag
       *[other] { $min_days } Tage
    }. Verlängern Sie es zuerst.
refusal-no_saved_method = Keine gespeicherte Zahlungsart: Erfassen Sie eine Karte oder ein Twint-Profil.
refusal-method_cannot_auto_renew = Diese Zahlungsart erlaubt keine automatische Verlängerung: Wählen Sie eine Karte oder ein Twint-Profil.
refusal-undo_not_yours = Nur die Person, die diese Änderung gemacht hat, kann sie rückgängig machen.
refusal-undo_user_readded = Ein entfernter Benutzer wurde inzwischen wieder hinzugefügt: Nichts wurde rückgängig gemacht.
refusal-undo_org_changed = Die Organisation hat sich seither geändert: Nichts wurde rückgängig gemacht.
refusal-not_a_regular_file = Comptoir schreibt Dokumente nur als gewöhnliche Dateien: Wählen Sie einen anderen Ort.
refusal-demo_only = Nur der Demo-Arbeitsbereich kann das.
refusal-backup_target_is_workspace = Das ist der geöffnete Arbeitsbereich oder eine seiner Dateien: Wählen Sie eine andere Datei für die Sicherung.
refusal-not_a_capture = Diese Datei ist keine Aufnahme von Comptoir.
refusal-attachment_changed = Ein Anhang hat sich seit dem Hinzufügen auf dem Datenträger geändert: Entfernen Sie ihn und fügen Sie ihn erneut hinzu.
refusal-preview_stale = Die Anfrage hat sich seit der Vorschau geändert: Sehen Sie sich die Vorschau vor dem Speichern erneut an.
refusal-not_a_file = Das ist keine Datei.
refusal-bundle_needs_name = Das Paket braucht einen Dateinamen.
refusal-redaction_length = Wählen Sie einen kürzeren oder längeren Textteil zum Schwärzen.
refusal-redaction_overlap = Wählen Sie Text ausserhalb der bereits geschwärzten Teile.
refusal-file_not_from_session = Nur eine Datei, die Comptoir in dieser Sitzung gespeichert hat, kann geöffnet werden.
refusal-nothing_to_undo = Es gibt nichts rückgängig zu machen.
refusal-members_only = Nur ein Mitglied der Organisation kann ihre Rechnungen, Dokumente und Bestellungen sehen.
field-access = Zugriff
field-account_id = Konto
field-addresses = E-Mail-Adressen
field-amount = Betrag
field-attachment_id = Anhang
field-attachments = Anhänge
field-building_number = Hausnummer
field-bundle_id = Support-Paket
field-category = Kategorie
field-color = Farbe
field-colour = Farbe
field-country = Land
field-currency = Währung
field-days_before = Tage vorher
field-delay = Verzögerung
field-display_name = Name
field-draft_id = Entwurf
field-email = E-Mail
field-event = Ereignis
field-expires_to = Läuft ab bis
field-expiry = Ablaufdatum (MM/JJJJ)
field-file = Datei
field-file_name = Dateiname
field-folder = Ordner
field-from = Von
field-iban = IBAN
field-id = Kennung
field-idempotency_key = Zahlungsversuch
field-incoming_path = Eingangsordner
field-invoice_id = Rechnung
field-invoice_ids = Dokumente
field-key = Schlüssel
field-kind = Art
field-label = Bezeichnung
field-language = Sprache
field-last4 = Letzte vier Ziffern
field-limit = Zeilen pro Seite
field-message = Nachricht
field-method = Zahlungsart
field-mode = Modus
field-monitor = Bildschirm
field-name = Name
field-new_user_id = Neue gesetzliche Vertretung
field-old_becomes = Die bisherige Vertretung wird
field-old_user_id = Zu ersetzende gesetzliche Vertretung
field-ops = Änderungen
field-order_id = Bestellung
field-organization_id = Organisation
field-part_id = Teil der Vorschau
field-path = Dateipfad
field-period_months = Laufzeit
field-png = Bild
field-postal_code = PLZ
field-preview_digest = Vorschau
field-product_id = Produkt
field-product_ids = Produkte
field-qr_bill = QR-Rechnung
field-qr_iban = QR-IBAN
field-reason = Grund
field-recipients = Empfänger
field-recording = Aufnahme
field-rect = Bereich
field-redaction = Schwärzung
field-reference = Referenz
field-region = Bereich
field-rights = Rechte
field-role = Rolle
field-scale = Skalierung
field-seconds = Dauer
field-selection = Auswahl
field-sensitive = Vertraulich
field-shot = Bildschirmfoto
field-source = Quelle
field-status = Status
field-street = Strasse
field-subject = Betreff
field-target = Zieldatei
field-team_id = Team
field-text = Text
field-to = Bis
field-token = API-Token
field-town = Ort
field-url = Adresse (URL)
field-user_id = Benutzer
field-user_ids = Benutzer
field-vat_number = MWST-Nummer
field-width = Breite
field-window = Fenster
field-workspace = Arbeitsbereich

# Issue 10 review (helper sync): where the data lives, what holds the queue, legal forms.
refusal-name_on_provider = Der Name der Organisation stammt vom Anbieter, dessen öffentliche API ihn nicht ändern kann. Benennen Sie sie im Manager des Anbieters um; die nächste Synchronisierung bringt den neuen Namen hierher.
details-nameOnProvider = Der Name stammt vom Anbieter: Ändern Sie ihn im Manager des Anbieters, die nächste Synchronisierung bringt ihn hierher. Adresse und MWST-Nummer werden nur in diesem Arbeitsbereich gespeichert (für QR-Rechnungen).
prov-connectError-provider_workspace_unusable = Im Ordner des Arbeitsbereichs liegt bereits eine Datei namens { $file }, die kein Anbieter-Arbeitsbereich von Comptoir ist (die Datei eines anderen Programms, eine beschädigte Datei oder eine andere Art Arbeitsbereich). Verschieben oder benennen Sie sie um und verbinden Sie sich dann erneut.
prov-reason-unavailable = Der Anbieter ist zurzeit nicht verfügbar (Wartung oder Überlastung); es wird erneut versucht.
prov-link-unavailable = Der Anbieter ist zurzeit nicht verfügbar: alles bleibt hier, Änderungen warten.
prov-unavailable =
    { $count ->
        [one] Anbieter nicht verfügbar · 1 Änderung wartet
       *[other] Anbieter nicht verfügbar · { $count } Änderungen warten
    }
prov-blocked =
    { $count ->
        [one] 1 Änderung wartet, bis der Konflikt gelöst ist
       *[other] { $count } Änderungen warten, bis der Konflikt gelöst ist
    }
prov-resolve = Lösen…
prov-writeHeld = Hinter einem Konflikt in der Warteschlange: wird gesendet, sobald Sie ihn unter «Zu sendende Änderungen» lösen
org-legalForm-company = Unternehmen
org-legalForm-individual = Privatperson
org-legalForm-public_body = Öffentliche Körperschaft
org-legalForm-restrict = Eingeschränkt
org-membersShown = { $shown } von { $total } Mitgliedern angezeigt; die Suche berücksichtigt alle
org-membersMore = Mehr anzeigen
refusal-provider_workspace_unusable = Im Ordner des Arbeitsbereichs liegt bereits eine Datei namens { $file }, die kein Anbieter-Arbeitsbereich von Comptoir ist (die Datei eines anderen Programms, eine beschädigte Datei oder eine andere Art Arbeitsbereich). Verschieben oder benennen Sie sie um und verbinden Sie sich dann erneut.
field-months = Monate

# Support refusals (params.reason; numbers as params)
refusal-support_too_long = Dieser Text darf höchstens { $max } Zeichen haben; er hat { $given }. Kürzen Sie ihn oder hängen Sie den Rest als Datei an.
refusal-support_too_many_attachments = Eine Anfrage trägt höchstens { $max } Anhänge. Entfernen Sie zuerst einen.
refusal-support_attachment_too_large = Eine Datei ist höchstens { $max_mb } MB gross. Hängen Sie einen kürzeren Auszug an (zum Beispiel die letzten Stunden eines Protokolls).
refusal-support_not_text_or_image = Nur Textdateien und PNG- oder JPEG-Bilder können angehängt werden: nur diese lassen sich vor dem Versand auf Geheimnisse prüfen.
refusal-support_manual_length = Wählen Sie zwischen { $min } und { $max } Zeichen zum Schwärzen.
refusal-support_manual_in_redaction = Wählen Sie Text ausserhalb der bereits geschwärzten Stellen.
refusal-support_too_many_manual = Eine Anfrage behält höchstens { $max } Schwärzungen von Hand. Machen Sie eine rückgängig oder schwärzen Sie ein längeres Stück auf einmal.
refusal-support_too_many_restores = Eine Anfrage behält höchstens { $max } wiederhergestellte Werte.
refusal-support_too_many_edits = Ein Bildschirmfoto nimmt höchstens { $max } Bearbeitungen. Machen Sie zuerst eine rückgängig.
refusal-support_preview_changed = Die Anfrage hat sich seit ihrer Vorschau geändert. Sehen Sie sich die Vorschau vor dem Speichern noch einmal an.
sup-text-count = { $given } / { $max } Zeichen
sup-text-full = Grenze erreicht: { $max } Zeichen. Hängen Sie längere Texte als Datei an.
sup-history-range = { $from }–{ $to } von { $total }
sup-history-newer = Neuere
sup-history-older = Ältere
refusal-workspace_refused = { $file } kann nicht geöffnet werden.

refusal-vault_copy_changed = Die abgelegte Kopie dieses Dokuments wurde seit der Ausstellung auf dem Datenträger verändert; sie wird nicht verwendet.
refusal-vault_copy_unreadable = Die abgelegte Kopie dieses Dokuments kann nicht gelesen werden (sie wurde verschoben oder gelöscht).

fc-title = Verlängerungen der nächsten { $n } Monate
fc-empty = Keine Verlängerung in den nächsten { $n } Monaten.
fc-summary = { $automatic } automatisch · { $action } zu erledigen
fc-view = Ansicht der Prognose
fc-view-chart = Diagramm
fc-view-table = Tabelle
fc-automatic = Automatisch belastet
fc-action = Zu erledigen
fc-prepaid = Verbleibendes Prepaid-Guthaben
fc-chartOf = Verlängerungen pro Monat in { $currency }
fc-prepaidNow = Prepaid-Guthaben jetzt: { $amount }
fc-month = Monat
fc-clear = Alle Verlängerungen
fc-bar =
    { $month }: { $automatic } automatisch belastet ({ $na ->
        [one] { $na } Produkt
       *[other] { $na } Produkte
    }), { $action } zu erledigen ({ $nb ->
        [one] { $nb } Produkt
       *[other] { $nb } Produkte
    })
fc-products =
    { $n ->
        [one] { $n } Produkt
       *[other] { $n } Produkte
    }
sp-title = Ausgaben der letzten { $n } Monate
sp-empty = Keine bezahlte Rechnung und keine Gutschrift in den letzten { $n } Monaten.
sp-summary = { $paid } bezahlt · { $credited } gutgeschrieben
sp-paid = Bezahlt
sp-credited = Gutgeschrieben
sp-chartOf = Ausgaben pro Monat in { $currency }
sp-hint = Wählen Sie einen Balken, um die Dokumente zu sehen, die er zusammenzählt.
sp-bar =
    { $month }: { $paid } bezahlt ({ $np ->
        [one] { $np } Rechnung
       *[other] { $np } Rechnungen
    }), { $credited } gutgeschrieben ({ $nc ->
        [one] { $nc } Gutschrift
       *[other] { $nc } Gutschriften
    })
inv-issuedIn = Ausgestellt im { $month } · { $currency }
pal-title = Suchen oder ausführen
pal-open = Suchen…
pal-placeholder = Ein Produkt, eine Person, ein Team, eine Rechnungs- oder Bestellnummer oder eine Aktion
pal-results = Ergebnisse
pal-none = Nichts passt zu «{ $query }».
pal-hint = ↑ ↓ zum Wählen · Eingabe zum Öffnen · Esc zum Schliessen
pal-failed = Die Suche war nicht möglich. Versuchen Sie es erneut.
pal-addUser = Benutzer hinzufügen
pal-onlyProduct = Mit der Suche gefunden: { $name }
pal-selectFirst = Markieren Sie zuerst die Produkte in der Tabelle und führen Sie die Aktion dann erneut aus.
pal-kind-action = Aktion
pal-kind-invoice = Dokument
pal-kind-order = Bestellung
pal-kind-product = Produkt
pal-kind-user = Person
pal-kind-team = Team

# Support-Zugänge (SUP-1..4) und Sperren zur Identitätsprüfung (KC), Branch grants.
sup-kind-mail_message = Einzelne E-Mail-Nachricht
sup-sup1 = Nur die Mitarbeitenden des Anbieters, die die angegebene Anfrage bearbeiten, dürfen diesen Zugang nutzen; er schliesst sich 7 Tage nach der Vergabe von selbst, und Sie können ihn vorher widerrufen.
sup-give = Support-Zugang geben
sup-new-kind = Zugang zu
sup-new-items = Elemente (eines pro Zeile)
sup-new-items-hint-mail_address = Die Postfachadressen, die der Support öffnen darf, eine pro Zeile.
sup-new-items-hint-drive_folder = Die Drive-Ordner, die der Support öffnen darf, einer pro Zeile.
sup-new-items-hint-chat_discussion = Die Chat-Unterhaltungen, die der Support lesen darf, eine pro Zeile.
sup-new-items-hint-mail_message = Die eine geteilte Nachricht: ihr Betreff, wie er im Postfach steht.
sup-new-ticket = Nummer der Support-Anfrage
sup-new-ticket-hint = Wie vom Anbieter geschrieben, z. B. SUP-20431.
sup-new-submit = Zugang geben
sup-new-done = { $n ->
    [one] Zugang für 7 Tage gegeben.
   *[other] { $n } Zugänge für 7 Tage gegeben.
}
sup-countdown-days = schliesst in { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} { $hours } h
sup-countdown-hours = schliesst in { $hours } h { $minutes } min
sup-countdown-minutes = schliesst in { $minutes } min
sup-closed = geschlossen
sup-revoke = Widerrufen
sup-revoke-confirm = Zugang zu { $target } jetzt widerrufen? Der Support kann ihn dann nicht mehr öffnen.
sup-revoke-done = Zugang zu { $target } widerrufen.
sup-by = von { $name }
sup-log = Zugriffsprotokoll
sup-log-none = Noch nichts protokolliert.
sup-log-when = Wann
sup-log-what = Was
sup-log-who = Wer
sup-log-granted = Zugang gegeben
sup-log-revoked = Zugang widerrufen
sup-log-expired = Nach 7 Tagen von selbst geschlossen
sup-log-system = Comptoir (von selbst)
sup-log-page = { $from }–{ $to } von { $total }
sup-log-newer = Neuere
sup-log-older = Ältere
sup-log-note = Das Protokoll behält jede Zeile: nichts darin kann geändert oder gelöscht werden.
kc-banner-title = Bestellung Nr. { $id } ist zur Identitätsprüfung gesperrt
kc-trigger-forgotten_password = Wir haben Sie um eine Identitätsbestätigung gebeten, weil für das Konto ein vergessenes Passwort gemeldet wurde.
kc-trigger-forgotten_login_email = Wir haben Sie um eine Identitätsbestätigung gebeten, weil die Login-E-Mail-Adresse als vergessen gemeldet wurde.
kc-trigger-two_factor_removal = Wir haben Sie um eine Identitätsbestätigung gebeten, weil die Zwei-Faktor-Authentifizierung entfernt wird.
kc-trigger-account_unblock = Wir haben Sie um eine Identitätsbestätigung gebeten, bevor das Konto entsperrt wird.
kc-trigger-first_payout = Wir haben Sie um eine Identitätsbestätigung gebeten, bevor die erste Auszahlung erfolgt.
kc-trigger-suspected_fraud = Diese Bestellung wurde wegen Betrugsverdachts gesperrt: Bestätigen Sie Ihre Identität, um sie freizugeben.
kc-trigger-brand_name = Diese Bestellung enthält eine geschützte Marke: Bestätigen Sie Ihre Identität (und Ihr Recht an der Marke), um sie freizugeben.
kc-cancels-on = Ohne Antwort wird sie am { $date } storniert und vollständig auf das Zahlungsmittel zurückerstattet, mit dem sie bezahlt wurde.
kc-resend = Verfahren erneut senden
kc-resent = Das Verfahren wurde heute erneut an die E-Mail-Adresse des Kontos gesendet.
kc-resent-already = Das Verfahren wurde heute bereits gesendet; es wird nicht zweimal am selben Tag gesendet.
kc-resent-count = { $n ->
    [one] Einmal erneut gesendet, zuletzt am { $date }.
   *[other] { $n }-mal erneut gesendet, zuletzt am { $date }.
}
kc-attach = Dokument anhängen…
kc-documents = Dokumente für die Prüfung
kc-document-kept = aufbewahrt höchstens bis { $date }
kc-document-deleted = gelöscht
kc-document-handle = Als bearbeitet markieren
kc-document-handled = Bearbeitet und gelöscht.
kc-documents-rule = Dokumente werden nach der Bearbeitung gelöscht, spätestens nach 72 Stunden.
kc-answered = Ihr Dokument ist eingegangen: Die Bestellung wartet auf die Prüfung und wird nicht storniert.
kc-cancelled = Nach 10 Tagen ohne Antwort storniert: Gutschrift { $number }, zurückerstattet auf { $method }.
order-blocked = Gesperrt (Prüfung)
refusal-support_access_rights_needed =
    Nur eine gesetzliche Vertretung oder ein Administrator darf { $action ->
        [grant] Support-Zugang geben.
       *[revoke] Support-Zugang widerrufen.
    }
refusal-grant_closed =
    { $state ->
        [revoked] Dieser Zugang war bereits widerrufen.
       *[expired] Dieser Zugang hat sich nach 7 Tagen bereits von selbst geschlossen.
    }
refusal-grant_already_open = Der Support hat diesen Zugang ({ $item }) bereits, noch offen: widerrufen Sie ihn zuerst, um ihn erneut zu geben.
refusal-kc_blocked = Diese Bestellung ist zur Identitätsprüfung gesperrt: Sie kann hier weder bezahlt noch storniert werden.
refusal-kc_cancelled = Diese Bestellung wurde nach 10 Tagen ohne Antwort storniert.
refusal-not_found-support_grant = Dieser Support-Zugang existiert nicht mehr.
refusal-not_found-blocked_order = Diese Bestellung ist nicht (mehr) zur Prüfung gesperrt.
field-trigger = Grund der Prüfung
field-ticket_ref = Nummer der Support-Anfrage
field-items = Elemente
field-grant_id = Support-Zugang
field-document_id = Dokument

## Account security (issue 15: TFA-1..4, ID-1..4), branch `security`.
sec-own-title = Ihre Zwei-Faktor-Authentifizierung
sec-own-badgeOn = Aktiv
sec-own-intro = Ihr Passwort plus ein zweiter Schritt: ein 6-stelliger Code aus einer Authenticator-App, alle 30 Sekunden neu, der auch offline funktioniert.
sec-severalAccounts = Eine Authenticator-App kann mehrere Konten enthalten: Fügen Sie Comptoir zu den vorhandenen hinzu.
sec-own-off = Die Zwei-Faktor-Authentifizierung ist für { $account } ausgeschaltet.
sec-own-providerOnly = Beim Anbieter ist die Zwei-Faktor-Authentifizierung für dieses Konto aktiv ({ $method }), ihr Schlüssel ist aber nicht in diesem Arbeitsbereich: Codes können hier nicht geprüft werden. Richten Sie hier eine Authenticator-App ein, um Codes in Comptoir zu verwenden.
sec-own-account = Konto
sec-begin = Authenticator-App einrichten
sec-enrol-title = Scannen Sie diesen Code mit Ihrer Authenticator-App
sec-enrol-qr = QR-Code, um das Konto einer Authenticator-App hinzuzufügen
sec-enrol-once = Dieser Schlüssel wird nur jetzt angezeigt. Comptoir bewahrt ihn im Schlüsselbund des Systems auf, nie im Arbeitsbereich.
sec-enrol-account = Konto { $account } · Aussteller { $issuer }
sec-enrol-manual = Oder geben Sie diesen Schlüssel von Hand ein:
sec-code = Code aus der App
sec-confirm = Prüfen und einschalten
sec-codes-title = Ihre zehn Notfallcodes
sec-codes-once = Nur dieses eine Mal angezeigt: Comptoir zeigt sie nicht wieder an. Jeder Code funktioniert einmal, wenn das Telefon verloren ist. Speichern oder drucken Sie sie jetzt.
sec-codes-save = Als Textdatei speichern…
sec-codes-print = Drucken
sec-codes-done = Ich habe sie aufbewahrt
sec-codes-left = { $n } von { $total }
sec-check-title = Einen Code verwenden
sec-check-intro = Ein Code aus der App oder ein Notfallcode, wie bei der Anmeldung. Auch neue Notfallcodes und das Entfernen der App verlangen einen.
sec-check-code = Code
sec-check = Code prüfen
sec-check-app = Code aus der App angenommen.
sec-check-emergency =
    Notfallcode angenommen. { $n ->
        [one] Noch { $n } Code.
       *[other] Noch { $n } Codes.
    }
sec-regenerate = Neue Notfallcodes
sec-remove = Authenticator-App entfernen
sec-removeNote = Neue Notfallcodes ersetzen die aktuellen. Das Entfernen der App schaltet die Zwei-Faktor-Authentifizierung aus und startet eine Identitätsprüfung.
sec-toast-enabled = Die Zwei-Faktor-Authentifizierung ist eingeschaltet.
sec-toast-removed = Die Zwei-Faktor-Authentifizierung ist ausgeschaltet. Eine Identitätsprüfung folgt.
sec-toast-regenerated = Neue Notfallcodes ausgestellt: Die bisherigen funktionieren nicht mehr.
sec-toast-printed = Die Notfallcodes wurden an den Drucker gesendet.
sec-ids-title = Ihre Kennungen
sec-ids-intro = Jede Kennung hat ihr eigenes Passwort: Wer eines ändert, ändert keines der anderen.
sec-ids-login = Anmeldekennung
sec-ids-loginNote = Die persönliche E-Mail-Adresse aus der Registrierung, mit eigenem Passwort.
sec-ids-passwordSet = Passwort gesetzt am { $date }
sec-ids-mailboxes = Gehostete Postfächer
sec-ids-mailboxNote = Jedes Postfach hat sein eigenes Passwort, auch wenn seine Adresse gleich geschrieben wird wie Ihre Anmeldekennung.
sec-ids-address = Adresse
sec-ids-password = Passwort
sec-ids-readers = Webmail-Leser
sec-ids-unify = Ein Passwort mit der Anmeldung
sec-ids-offered = Kann angeboten werden
sec-ids-notOffered = Nicht angeboten: { $missing }
sec-ids-cond-exact_address = nicht genau die Adresse Ihrer Anmeldung
sec-ids-cond-only_webmail_reader = andere Konten lesen es im Webmail
sec-ids-cond-may_change_password = Sie dürfen sein Passwort nicht ändern
sec-ids-credentials = FTP, MySQL, SSH und WebDAV
sec-ids-credentialsNote = Unabhängig von der Anmeldung und von jedem Postfach.
sec-ids-kind = Dienst
sec-ids-user = Benutzer
sec-ids-host = Server
sec-ids-kind-ftp = FTP
sec-ids-kind-mysql = MySQL
sec-ids-kind-ssh = SSH
sec-ids-kind-webdav = WebDAV
refusal-tfa-own_account_only = Nur die Person selbst kann ihre Zwei-Faktor-Authentifizierung ändern.
refusal-tfa-wrong_code = Dieser Code ist nicht gültig. Prüfen Sie die Uhrzeit Ihres Telefons und geben Sie den aktuellen Code ein.
refusal-tfa-code_used = Dieser Code wurde schon verwendet. Warten Sie auf den nächsten (30 Sekunden).
refusal-tfa-emergency_code_used = Dieser Notfallcode wurde schon verwendet: Jeder funktioniert nur einmal.
refusal-tfa-already_enabled = Die Zwei-Faktor-Authentifizierung ist schon eingeschaltet.
refusal-tfa-not_pending = Keine Einrichtung wartet auf einen Code. Beginnen Sie neu.
refusal-tfa-not_enabled = Die Zwei-Faktor-Authentifizierung ist nicht eingeschaltet.
refusal-tfa-no_seed = Der Schlüssel der Authenticator-App ist nicht im Schlüsselbund dieses Systems. Verwenden Sie einen Notfallcode.
refusal-tfa-keyring = Der Schlüsselbund des Systems konnte den Schlüssel nicht aufbewahren (gesperrt oder Zugriff verweigert). Entsperren Sie ihn und versuchen Sie es erneut.
refusal-tfa-print_failed = Die Codes konnten nicht gedruckt werden. Speichern Sie sie stattdessen als Textdatei.
refusal-tfa-not_current_codes = Das sind nicht Ihre aktuellen Notfallcodes: Nur die soeben angezeigten Codes können gespeichert oder gedruckt werden. Erzeugen Sie bei Bedarf neue.
refusal-tfa-workspace_changed = Inzwischen wurde ein anderer Arbeitsbereich geöffnet. Nichts wurde geändert: beginnen Sie erneut.
refusal-kc-handlers_only = Nur eine gesetzliche Vertretung oder ein Admin der Organisation kann ein Dokument als erledigt markieren (es wird dann gelöscht).
refusal-id-unification-exact_address = Ein gemeinsames Passwort wird nicht angeboten: Das Postfach ist nicht genau die Adresse Ihrer Anmeldung.
refusal-id-unification-only_webmail_reader = Ein gemeinsames Passwort wird nicht angeboten: Andere Konten lesen dieses Postfach im Webmail.
refusal-id-unification-may_change_password = Ein gemeinsames Passwort wird nicht angeboten: Sie dürfen das Passwort dieses Postfachs nicht ändern.
refusal-not_found-mailbox = Dieses Postfach gibt es nicht mehr.
field-code = Code
field-codes = Notfallcodes
field-mailbox_id = Postfach

# Partner program (PAR-1..4), branch `partner`
par-eligibility = Voraussetzungen für das Partnerprogramm
par-cond-volume = Jahreswert der verwalteten Produkte
par-cond-volumeFigure = { $chf } pro Jahr (nötig: { $chfNeeded }) oder { $eur } pro Jahr (nötig: { $eurNeeded })
par-cond-company = Eingetragenes Unternehmen mit Website
par-cond-service = Betreut und verrechnet seine Kunden
par-cond-conditions = Wiederverkäuferbedingungen akzeptiert
par-met = erfüllt
par-notMet = nicht erfüllt
par-registerNumber = Registernummer
par-website = Website
par-missing = fehlt
par-supports = Betreut seine Kunden
par-invoices = Verrechnet seinen Kunden
par-yes = ja
par-no = nein
par-acceptedBy = Akzeptiert von { $name } am { $date }
par-notAccepted = Noch nicht akzeptiert
par-editProfile = Angaben zum Unternehmen bearbeiten
par-accept = Ich akzeptiere die Wiederverkäuferbedingungen (gespeichert mit meinem Namen und dem Datum)
par-saveProfile = Speichern
par-addClient = Kunden hinzufügen
par-clientName = Kundenorganisation
par-contactEmail = Kontakt-E-Mail
par-billed = Vom Anbieter verrechnet an
par-billed-partner = Partner
par-billed-client = Kunde
par-benefit = Partnerpreis
par-benefit-discount = Rabatt
par-benefit-cashback = Cashback
par-rate = Satz (%)
par-rateHint = Ein wiederkehrender Rabatt oder Cashback von 0 bis 35 % des Listenpreises (PAR-4); die Marge ist dieser Anteil jeder Verlängerung.
par-endedOn = beendet am { $date }
par-products = Produkte des Kunden
par-noProducts = Für diesen Kunden ist noch kein Produkt erfasst.
par-managed = Verwaltet
par-productName = Produkt
par-period = Laufzeit
par-price = Listenpreis
par-renews = Nächste Verlängerung
par-manageProduct = Der Partner verwaltet { $name }
par-saveAccess = Freigabe des Kunden speichern
par-addProduct = Produkt hinzufügen
par-billing = Abrechnung zwischen Partner und Kunde
par-saveBilling = Abrechnungsbedingungen speichern
par-managers = Betreut von
par-managersHint = Benutzer des Partners, die diesen Kunden betreuen; gesetzliche Vertreter und Administratoren betreuen alle Kunden.
par-saveManagers = Speichern, wer den Kunden betreut
par-statement = Abrechnung
par-from = Von
par-to = Bis
par-showStatement = Anzeigen
par-statementSummary = { $n ->
        [one] Eine Verlängerung
       *[other] { $n } Verlängerungen
    }: Listenpreis { $list }, der Partner zahlt { $pays }, Marge { $margin } ({ $rate }).
par-saveCsv = Als CSV speichern…
par-savePdf = Als PDF speichern…
par-issued = Ausgestellte Abrechnungen
par-margin = Marge
par-endConfirm = Der Partner verliert den Zugriff; Produkte und Abrechnungen bleiben beim Kunden.
par-end = Beziehung beenden
par-becomePartner = Partner werden
par-becomeAffiliate = Dem Affiliate-Programm beitreten
par-leave = Programm verlassen
par-assignedOnly = Sie sehen die Ihnen zugewiesenen Kunden.
par-managedOf = { $managed } von { $n }
par-isAffiliate = Diese Organisation ist im Affiliate-Programm; ein Partner kann nicht gleichzeitig Affiliate sein.
toast-partnerProfile = Angaben zum Partnerprogramm gespeichert.
toast-partnerStatus = Programm geändert.
toast-partnerClientAdded = Kunde hinzugefügt.
toast-partnerProductAdded = Produkt zum Kunden hinzugefügt.
toast-partnerAccess = Freigabe des Kunden gespeichert.
toast-partnerBilling = Abrechnungsbedingungen gespeichert.
toast-partnerManagers = Betreuung des Kunden gespeichert.
toast-partnerEnded = Beziehung beendet: Zugriff entfernt, Produkte und Abrechnungen bleiben beim Kunden.
refusal-partner_is_affiliate = Ein Affiliate kann nicht Partner werden: niemand ist gleichzeitig Partner und Affiliate.
refusal-affiliate_is_partner = Ein Partner kann dem Affiliate-Programm nicht beitreten: niemand ist gleichzeitig Partner und Affiliate.
refusal-partner_not_eligible = Noch sind nicht alle Voraussetzungen des Partnerprogramms erfüllt: siehe oben.
refusal-not_a_partner = Nur eine Partnerorganisation verwaltet Kunden.
refusal-partner_admin_only = Nur gesetzliche Vertreter oder Administratoren dürfen Partnereinstellungen und Kunden ändern.
refusal-partner_client_not_assigned = Dieser Kunde ist Ihnen nicht zugewiesen: wenden Sie sich an einen Administrator des Partners.
refusal-partner_client_ended = Die Beziehung mit diesem Kunden endete am { $date }.
refusal-partner_client_exists = { $name } ist bereits Kunde.
refusal-not_found-partner_client = Dieser Kunde existiert nicht mehr.
refusal-not_found-client_product = Dieses Produkt gehört nicht dem Kunden.
field-rate = Satz
field-website = Website
field-client_id = Kunde
field-register_number = Registernummer
field-price = Preis
