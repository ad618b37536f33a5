# Le schermate dell’applicazione (ui/src). Italiano svizzero; forma di cortesia «Lei».

app-name = Comptoir
app-loading = Apertura dello spazio di lavoro…
app-noOrg-title = Questo spazio di lavoro non ha ancora nessuna organizzazione
app-noOrg-provider = Il fornitore non ha ancora inviato nessuna organizzazione a questo spazio di lavoro: sincronizzi di nuovo quando la connessione è tornata, oppure si disconnetta.
app-noOrg-local = Questo file di spazio di lavoro non contiene nessuna organizzazione.
app-noOrg-demo = Apri lo spazio dimostrativo
app-secondLaunch = Comptoir è già aperto. Un altro avvio ha chiesto { $file }.
app-secondLaunch-open = Apri { $file }
app-error-title = Si è verificato un errore
app-retry = Riprova

nav-organization = Organizzazione
nav-renewals = Rinnovi e pagamenti
nav-invoices = Fatture
nav-support = Assistenza
nav-security = Sicurezza
nav-partner = Partner
nav-settings = Impostazioni
nav-shortcut = Ctrl+{ $n }
nav-organizationPicker = Organizzazione

workspace-demo = Spazio dimostrativo
workspace-local = Spazio locale
workspace-provider = Area del fornitore
workspace-demoNote = Dati dimostrativi creati su questo computer. Nulla di tutto ciò proviene dal fornitore o gli viene inviato.
workspace-localNote = Dati conservati in un file locale su questo computer.
workspace-providerNote = Profilo, organizzazioni, utenti, team e prodotti provengono dal fornitore; fatturazione, fatture, rinnovo automatico e accessi dell’assistenza sono conservati localmente.
header-language = Lingua

notYet-title = Non ancora disponibile
notYet-security = La modifica dell’autenticazione a due fattori non è ancora disponibile.
notYet-partner = La gestione dei clienti e la fatturazione partner non sono ancora disponibili.

common-name = Nome
common-email = E-mail
common-status = Stato
common-organization = Organizzazione
common-total = Totale
common-cancel = Annulla
common-close = Chiudi
common-default = Predefinito
common-since = Dal

org-legalForm = Forma giuridica
org-vat = Numero IVA
org-currency = Valuta di fatturazione
org-timezone = Fuso orario
org-created = Cliente dal
org-role = Ruolo
org-teamsCol = Team
org-contacts = Contatto per
org-lastLogin = Ultimo accesso
org-neverSignedIn = Mai
org-teamMembers =
    { $n ->
        [0] Nessun membro
        [one] { $n } membro: { $names }
       *[other] { $n } membri: { $names }
    }
org-noTeams = Nessun team in questa organizzazione.
org-noMembers = Nessun utente in questa organizzazione.
role-legal_representative = Rappresentante legale
role-admin = Amministratore
role-user = Utente
member-active = Attivo
member-invited = Invito in sospeso
contact-billing = Fatturazione
contact-technical = Tecnico
contact-legal_notices = Avvisi legali

ren-product = Prodotto
ren-type = Tipo
ren-customerName = Nome del cliente
ren-expires = Scadenza
ren-period = Periodo
ren-price = Prezzo
ren-autoRenew = Rinnovo automatico
ren-on = Attivo
ren-off = Non attivo
ren-count-total = Prodotti
ren-count-expiring = In scadenza entro 30 giorni
ren-count-overdue = Scaduti non pagati
ren-count-blocked = Bloccati
ren-count-autoRenew = Rinnovo automatico attivo
ren-prepaid = Saldo prepagato
ren-prepaidHistory = Movimenti recenti
ren-autoRenewCapable = Consente il rinnovo automatico
ren-noMethods = Nessun metodo di pagamento salvato.
ren-expiryCard = valida fino a { $date }

kind-domain_ch = Dominio .ch
kind-domain_com = Dominio .com
kind-web_hosting = Hosting web
kind-mail_service = Servizio mail
kind-drive = Drive
kind-suite = Suite per l’ufficio
kind-ssl_certificate = Certificato SSL
kind-vps = VPS
kind-backup = Backup

status-active = Attivo
status-expiring = In scadenza
status-overdue = Non pagato
status-blocked = Bloccato
status-cancelled = Disdetto
status-paid = Pagata
status-unpaid = Non pagata
status-invOverdue = Scaduta
status-invCancelled = Annullata

method-visa = Visa
method-mastercard = Mastercard
method-cb_card = Carta CB
method-postfinance_card = PostFinance Card
method-iban_transfer = Bonifico IBAN
method-paypal = PayPal
method-twint = Twint

inv-title = Documenti ({ $n })
inv-number = Numero
inv-kind = Documento
inv-issued = Emessa il
inv-due = Scadenza
inv-paid = Pagato
inv-lines = Righe
inv-kind-invoice = Fattura
inv-kind-pro_forma = Fattura proforma
inv-kind-credit_note = Nota di credito
inv-none = Ancora nessuna fattura.

sup-grants = Accessi concessi all’assistenza ({ $n })
sup-kind = Accesso a
sup-target = Contenuto
sup-ticket = Richiesta
sup-granted = Concesso il
sup-expires = Si chiude il
sup-kind-mail_address = Indirizzo mail
sup-kind-drive_folder = Cartella Drive
sup-kind-chat_discussion = Conversazione chat
sup-state-active = Aperto
sup-state-revoked = Revocato
sup-state-expired = Chiuso dopo 7 giorni
sup-none = Nessun accesso è stato concesso all’assistenza.
sup-rule = Solo il personale che tratta la richiesta può usare un accesso; si chiude da solo 7 giorni dopo essere stato concesso.
sup-tab-compose = Nuova richiesta
sup-tab-history = Richieste precedenti
sup-tab-grants = Accessi concessi
sup-subject = Oggetto
sup-category = Categoria
sup-category-mail = Posta
sup-category-hosting = Hosting
sup-category-domain = Dominio
sup-category-billing = Fatturazione
sup-category-drive = Drive
sup-category-other = Altro
sup-product = Prodotto interessato
sup-product-search = Cerca un prodotto o un’organizzazione
sup-product-none = Nessun prodotto corrisponde.
sup-product-clear = Cambia
sup-product-more = { $shown } di { $total } mostrati · altri
sup-description = Descrizione
sup-description-hint = Cosa è successo, cosa si aspettava, da quando.
sup-error = Testo esatto del messaggio di errore
sup-error-hint = Copi qui il testo della finestra, parola per parola.
sup-attachments = Allegati ({ $n })
sup-attach-file = Allega file…
sup-attach-remove = Rimuovi
sup-attach-text = testo, controllato per i segreti
sup-attach-image = immagine
sup-attach-kind-screenshot = Screenshot
sup-attach-kind-app_log = Log dell’app
sup-attach-kind-website_console = Console del sito web
sup-attach-kind-imported = Log importato
sup-attach-kind-file = File
sup-size-bytes = { $n } B
sup-size-kb = { $n } KB
sup-system = Includi le informazioni di sistema
sup-system-hint = Solo ciò che è elencato qui finisce nel pacchetto, e solo se spuntato.
sup-sys-os = Sistema operativo
sup-sys-app = Versione dell’app
sup-sys-tauri = Versione di Tauri
sup-sys-webview = Versione di WebView
sup-sys-locale = Lingua del sistema
sup-sys-screen = Schermo { $n }
sup-saving = Salvataggio…
sup-saved = Bozza salvata
sup-discard = Scarta la bozza
sup-preview-open = Controlla cosa verrà inviato…
sup-preview-title = Cosa verrà inviato
sup-preview-hint = Ogni valore evidenziato è stato nascosto prima dell’invio. Clicchi su uno per ripristinarlo; selezioni del testo e prema «Oscura selezione» per nasconderne altro.
sup-preview-count = { $n ->
    [0] Niente nascosto
    [one] Un valore nascosto
   *[other] { $n } valori nascosti
}
sup-preview-redact = Oscura selezione
sup-preview-emails = Nascondi gli indirizzi e-mail
sup-preview-hideAgain = Nascondi di nuovo i { $n } ripristinati
sup-preview-unredact = Mostra di nuovo questo testo
sup-preview-empty = (vuoto)
sup-preview-back = Torna alla richiesta
sup-red-token = token o password
sup-red-jwt = JWT
sup-red-url_secret = segreto in un URL
sup-red-cookie = cookie
sup-red-iban = IBAN
sup-red-card = numero di carta
sup-red-otp = codice monouso
sup-red-email = indirizzo e-mail
sup-red-manual = oscurato a mano
sup-red-restore = { $kind }: clic per ripristinare
sup-bundle-save = Salva pacchetto…
sup-bundle-saved = Pacchetto salvato: { $path }
sup-mail-open = Apri nel programma di posta
sup-mail-note = La bozza e-mail contiene solo il riepilogo: alleghi a mano il file del pacchetto.
sup-new = Nuova richiesta
sup-history-none = Nessuna richiesta ancora salvata.
sup-history-date = Salvata
sup-history-redactions = Nascosti
sup-history-file = Pacchetto

sec-users = Autenticazione a due fattori ({ $n })
sec-method = Secondo fattore
sec-codes = Codici di emergenza rimasti
sec-tfa-app_push = App con conferma push
sec-tfa-totp = Codici monouso
sec-tfa-none = Non attivata
sec-enabled =
    { $total ->
        [one] { $n } utente su { $total } protetto
       *[other] { $n } utenti su { $total } protetti
    }

par-status = Programma
par-status-partner = Partner
par-status-affiliate = Affiliato
par-status-none = Non è partner
par-clients = Clienti ({ $n })
par-client = Cliente
par-access = Accesso
par-access-whole_account = Intero account, fatturazione compresa
par-access-specific_products = Prodotti specifici
par-productCount = Prodotti
par-noClients = Ancora nessun cliente.
par-notPartner = Questa organizzazione non fa parte del programma partner. Un partner gestisce prodotti per almeno CHF 2000 o EUR 1800 all’anno.

set-workspace = Spazio di lavoro
set-file = File
set-schema = Versione dello schema
set-seededOn = Date dimostrative relative al
set-counts = Contenuto
set-countsValue =
    { $orgs ->
        [one] { $orgs } organizzazione
       *[other] { $orgs } organizzazioni
    }, { $users ->
        [one] { $users } utente
       *[other] { $users } utenti
    }, { $products ->
        [one] { $products } prodotto
       *[other] { $products } prodotti
    }
set-language = Lingua
set-languageHint = Segue la lingua del sistema finché non ne sceglie una qui.
set-reset = Reimposta lo spazio dimostrativo
set-resetHint = Ricrea da zero le organizzazioni dimostrative, con date relative a oggi. La lingua scelta viene mantenuta.
set-resetConfirmTitle = Reimpostare lo spazio dimostrativo?
set-resetConfirm = Tutte le modifiche fatte in questo spazio andranno perse.
set-resetDone = Lo spazio dimostrativo è stato ricreato.
ws-problem-title = Impossibile aprire questo spazio di lavoro
ws-problem-file = File
ws-problem-untouched = Comptoir non ha modificato questo file.
ws-problem-details = Dettagli
ws-problem-choose = Apra un altro file di spazio di lavoro oppure lo spazio dimostrativo.
ws-problem-reason-not_sqlite = Non è uno spazio di lavoro Comptoir: il file non è una banca dati.
ws-problem-reason-damaged = Il file è danneggiato: il suo contenuto non supera il controllo di integrità della banca dati.
ws-problem-reason-foreign = È la banca dati di un altro programma, non uno spazio di lavoro Comptoir.
ws-problem-reason-empty_database = Questa banca dati è vuota: non contiene dati di Comptoir. Una copia fatta mentre Comptoir era aperto potrebbe aver lasciato i dati nel suo file «-wal».
ws-problem-reason-newer = Questo spazio di lavoro è stato salvato da una versione più recente di Comptoir. Aggiorni Comptoir per aprirlo.
ws-problem-reason-missing_kind = Questo spazio di lavoro Comptoir non indica più di che tipo è (dimostrativo, locale o fornitore). Non è stato reimpostato, quindi i suoi dati sono conservati.
ws-problem-reason-unreadable = Il file non può essere letto.
ws-problem-reason-read_only = Questo spazio di lavoro non è scrivibile (il file o la sua cartella sono di sola lettura): Comptoir non potrebbe salvare alcuna modifica. Lo renda scrivibile o ne apra un altro.
ws-openOther = Apri un altro spazio di lavoro…
ws-openDemo = Apri lo spazio dimostrativo
set-backup = Salva una copia dello spazio…
set-backupTitle = Copia di sicurezza
set-backupHint = Scrive una copia autonoma di questo spazio di lavoro in un file a Sua scelta, poi apre la copia separatamente per verificarla.
set-backupDone =
    Copia salvata in { $path } e verificata: { $orgs ->
        [one] { $orgs } organizzazione
       *[other] { $orgs } organizzazioni
    }, { $users ->
        [one] { $users } utente
       *[other] { $users } utenti
    }, { $products ->
        [one] { $products } prodotto
       *[other] { $products } prodotti
    }, { $invoices ->
        [one] { $invoices } documento
       *[other] { $invoices } documenti
    }.

common-save = Salva
common-saved = Modifiche salvate.
org-tab-users = Utenti
org-tab-teams = Team
org-tab-usersCount = Utenti ({ $n })
org-tab-teamsCount = Team ({ $n })
org-tab-details = Dati
org-search = Cerca utenti
org-allRoles = Tutti i ruoli
org-add = Aggiungi utente…
org-removeSelected = Rimuovi selezionati ({ $n })…
org-leave = Lascia l’organizzazione…
org-replaceRep = Sostituisci il rappresentante legale…
org-selectAll = Seleziona tutti gli utenti mostrati
org-selectUser = Seleziona { $name }
org-actions = Azioni
org-edit = Modifica
org-viewAs = Visualizza come
org-resend = Invia di nuovo
org-resent = Invito inviato di nuovo a { $email }.
org-actingAs = Connesso come { $name } ({ $role })
org-noMatch = Nessun utente corrisponde alla ricerca.
org-invitedSent = inviato { $n }×
add-title = Aggiungi un utente
add-mode-external = Invita una nuova persona per e-mail
add-mode-existing = Aggiungi un account esistente
add-name = Nome completo
add-language = Lingua
add-contacts = Contatto amministrativo per
add-rights = Diritti sui prodotti
add-submit = Aggiungi utente
add-invited = { $email } è stato invitato; l’invito resta in sospeso finché non viene accettato.
add-added = { $email } è stato aggiunto all’organizzazione.
member-rightsHint = I diritti dati dai team sono mostrati qui e si modificano nel team.
rights-product = Prodotto
rights-technical = Tecnico
rights-statistics = Statistiche
rights-billing = Fatturazione
rights-filter = Filtra i prodotti
rights-count =
    { $n ->
        [one] { $n } prodotto con diritti
       *[other] { $n } prodotti con diritti
    }
rights-viaTeam = tramite { $team }
rights-more = I primi { $shown } di { $total } prodotti per nome: cerchi per trovare gli altri.
remove-title =
    { $n ->
        [one] Rimuovere { $n } utente?
       *[other] Rimuovere { $n } utenti?
    }
remove-body =
    { $n ->
        [one] Perde l’accesso a questa organizzazione. Se una regola lo trattiene, resta, con il motivo.
       *[other] Perdono l’accesso a questa organizzazione. Chi è trattenuto da una regola resta, con il motivo.
    }
remove-confirm = Rimuovi
remove-removed = Rimosso
remove-kept = Mantenuto
remove-summary =
    { $ok ->
        [one] { $ok } rimosso
       *[other] { $ok } rimossi
    }, { $refused ->
        [one] { $refused } mantenuto
       *[other] { $refused } mantenuti
    }.
leave-title = Lasciare { $org }?
leave-body = Perderà l’accesso ai prodotti e alla fatturazione di questa organizzazione.
leave-confirm = Lascia
leave-help = Nomini prima un altro rappresentante legale con «Sostituisci il rappresentante legale», poi lasci l’organizzazione.
replace-title = Sostituisci un rappresentante legale
replace-old = Rappresentante legale da sostituire
replace-new = Nuovo rappresentante legale
replace-after = In seguito, il rappresentante sostituito
replace-remove = lascia l’organizzazione
replace-becomeAdmin = resta come amministratore
replace-becomeUser = resta come utente
replace-explain = Prima viene nominato il nuovo rappresentante, poi quello precedente lascia l’organizzazione o cambia ruolo, in un solo passaggio. Possono essere nominati solo i membri che hanno accettato l’invito.
replace-confirm = Sostituisci
replace-done = { $name } è ora rappresentante legale.
viewas-title = Diritti effettivi di { $name }
viewas-explain = Diritti propri, dei team e del ruolo, combinati; per ciascuno è indicata la provenienza.
viewas-none = Questo utente non ha diritti sui prodotti.
viewas-own = proprio
viewas-role = ruolo: { $role }
team-new = Nuovo team
team-name = Nome del team
team-colour = Colore
team-create = Crea team
team-created = Team { $name } creato.
team-members = Membri
team-rights = Diritti del team sui prodotti
team-delete = Elimina il team…
team-deleteConfirm = Eliminare il team { $name }? I suoi membri restano nell’organizzazione; i diritti del team decadono.
team-deleted = Team { $name } eliminato.
team-save = Salva il team
details-street = Via
details-number = Numero
details-postalCode = NPA
details-town = Località
details-country = Paese (codice ISO)
details-name = Nome dell’organizzazione
details-save = Salva i dati
details-readOnly = Solo un rappresentante legale può modificare questi dati.
lang-en = Inglese
lang-es = Spagnolo
lang-fr = Francese
lang-de = Tedesco
lang-it = Italiano
set-actAs = Utente connesso
set-actAsHint = Lo spazio dimostrativo Le consente di agire come uno qualsiasi dei suoi utenti; ciò che può fare dipende dal ruolo di quell’utente.

rule-ORG-3 = Solo un rappresentante legale può modificare i dati dell’organizzazione.
rule-ORG-4 = Solo un rappresentante legale o un amministratore può aggiungere utenti.
rule-ORG-5 = Solo un rappresentante legale o un amministratore può rimuovere altri utenti.
rule-ORG-6 = Solo un rappresentante legale o un amministratore può modificare ruoli e diritti sui prodotti.
rule-ORG-7 = Un’organizzazione mantiene sempre un rappresentante legale, e solo un rappresentante legale ne nomina o ne rimuove uno.
rule-ORG-8 = Solo un rappresentante legale o un amministratore può gestire i team.

ren-tab-products = Prodotti
ren-tab-methods = Metodi di pagamento
ren-tab-prepaid = Conto prepagato
ren-tab-orders = Ordini
ren-preset = Scadenza
ren-preset-2m = Prossimi 2 mesi
ren-preset-6m = Prossimi 6 mesi
ren-preset-12m = Prossimi 12 mesi
ren-preset-overdue = Non pagati o bloccati
ren-preset-custom = Periodo personalizzato
ren-preset-all = Mostra tutto
ren-from = Dal
ren-to = Al
ren-allOrgs = Tutte le organizzazioni
ren-allTypes = Tutti i tipi
ren-allStatuses = Tutti gli stati
ren-anyAutoRenew = Rinnovo: tutti
ren-searchProducts = Cerca prodotti
ren-matching =
    { $n ->
        [one] { $n } prodotto corrisponde
       *[other] { $n } prodotti corrispondono
    }
ren-selectAllMatching =
    { $n ->
        [one] Seleziona il prodotto corrispondente
       *[other] Seleziona tutti i { $n } prodotti corrispondenti
    }
ren-selected =
    { $n ->
        [one] { $n } selezionato
       *[other] { $n } selezionati
    }
ren-clearSelection = Annulla la selezione
ren-manage = Gestisci i rinnovi…
ren-payMySelection = Paga la mia selezione…
ren-exportIcs = Esporta il calendario (.ics)…
ren-exported = Calendario salvato in { $path }.
ren-rowMenu = Azioni per { $name }
ren-switchOn = Attiva il rinnovo automatico…
ren-switchOff = Disattiva il rinnovo automatico
ren-renewNow = Rinnova ora…
ren-changePeriod = Cambia il periodo di rinnovo…
ren-timeline = Cronologia
ren-chargeOn = addebito il { $date }
ren-chargePassed = non rinnovato il { $date }: da rinnovare ora
ren-enableBy = da attivare entro il { $date }
ren-enableTooLate = troppo tardi per attivarlo: da rinnovare ora
ren-sortBy = Ordina per { $column }
ren-noMatch = Nessun prodotto corrisponde a questi filtri.
ren-loadingRows = Caricamento…
manage-title =
    { $n ->
        [one] Gestisci il rinnovo di { $n } prodotto
       *[other] Gestisci il rinnovo di { $n } prodotti
    }
manage-switch = Rinnovo automatico
manage-on = Attiva
manage-off = Disattiva
manage-method = Metodo di pagamento
manage-defaultMethod = La carta o il Twint predefinito di ogni organizzazione
manage-explain = Le righe rifiutate da una regola sono elencate con il motivo; le altre cambiano. Ripetere l’operazione non cambia nient’altro.
manage-run = Applica
manage-cancel = Interrompi
manage-progress =
    { $total ->
        [one] { $done } prodotto su { $total }
       *[other] { $done } prodotti su { $total }
    }
manage-result =
    { $changed ->
        [one] { $changed } modificato
       *[other] { $changed } modificati
    }, { $unchanged ->
        [one] { $unchanged } era già così
       *[other] { $unchanged } erano già così
    }, { $refused ->
        [one] { $refused } rifiutato
       *[other] { $refused } rifiutati
    }.
manage-cancelled = Interrotto dopo { $done } su { $total }: il resto non è stato toccato.
pay-title = Paga la mia selezione
pay-period = Periodo
pay-split = Un ordine e una fattura per organizzazione:
pay-net = Netto
pay-vat = IVA
pay-usePrepaid = Usa prima il saldo prepagato ({ $amount } disponibili)
pay-method = Paga il resto con
pay-noMethod = Nessun metodo (solo prepagato)
pay-confirm = Paga
pay-local = Registrato nello spazio locale; nessuna carta reale viene addebitata.
pay-done-invoice = { $number }: pagata, { $total }.
pay-done-proforma = { $number }: fattura proforma emessa; l’ordine attende il bonifico di { $total }.
pay-tooMany =
    { $n ->
        [one] Paghi al massimo { $n } prodotto alla volta.
       *[other] Paghi al massimo { $n } prodotti alla volta.
    }
methods-add = Aggiungi un metodo di pagamento
methods-kind = Tipo
methods-label = Descrizione
methods-last4 = Ultime 4 cifre
methods-expiry = Scadenza (MM/AAAA)
methods-save = Salva il metodo
methods-added = Metodo di pagamento salvato.
methods-makeDefault = Imposta come predefinito
methods-onlyDigits = Sono conservate solo le ultime quattro cifre, mai il numero della carta.
prepaid-topUp = Ricarica
prepaid-amount = Importo
prepaid-method = Pagato con
prepaid-range = Tra { $min } e { $max }.
prepaid-pending = in attesa del bonifico
prepaid-done = Saldo ricaricato.
prepaid-pendingDone = Ricarica registrata; conta non appena arriva il bonifico.
prepaid-card = Carta
orders-none = Ancora nessun ordine.
orders-date = Data
orders-order = Ordine
orders-payNow = Paga…
orders-received = Bonifico ricevuto (IBAN)
order-pending = In sospeso
order-paid = Pagato
order-cancelled = Annullato
rule-REN-2 = Il rinnovo automatico richiede una carta (Visa, Mastercard, CB) o un profilo Twint salvato.
rule-REN-5 = Il rinnovo automatico non può essere attivato meno di 14 giorni prima della scadenza: rinnovi prima.
rule-PAY-1 = Un prodotto scaduto viene bloccato, poi disdetto; un prodotto disdetto non può essere rinnovato.
rule-PAY-5 = Le carte PostFinance pagano solo in CHF.
rule-PAY-6 = Una ricarica è compresa tra 0.10 e 9999.00, con carta, PostFinance (CHF) o bonifico IBAN.
rule-PAY-9 = Questo tipo di prodotto non offre questo periodo di rinnovo.

inv-filterKind = Tutti i documenti
inv-filterStatus = Tutti gli stati
inv-search = Cerca per numero
inv-open = Apri { $number }
inv-save = Salva il PDF…
inv-print = Stampa…
inv-saved = Salvato in { $path }.
inv-printed = Inviato alla stampante ({ $via }).
inv-corrects = Rettifica { $number }
inv-vault = Conservato offline; SHA-256 { $hash }…
inv-notRendered = Generato al primo salvataggio o alla prima stampa, poi conservato offline.
inv-noMatch = Nessun documento corrisponde a questi filtri.
inv-unitPrice = Prezzo unitario
inv-qty = Qtà

inv-export = Esporta i documenti mostrati…
inv-exporting =
    { $total ->
        [one] { $done } documento su { $total }
       *[other] { $done } documenti su { $total }
    }
inv-exported =
    { $written ->
        [one] { $written } documento salvato in { $folder }.
       *[other] { $written } documenti salvati in { $folder }.
    }
inv-exportStopped =
    { $total ->
        [one] Interrotto: { $written } documento su { $total } salvato in { $folder }.
       *[other] Interrotto: { $written } documenti su { $total } salvati in { $folder }.
    }
inv-exportTitle = Esporta documenti
inv-credit = Emetti una nota di credito…
inv-creditConfirm = Emettere una nota di credito per l’intero importo di { $number }? Un importo pagato torna sul saldo prepagato.
inv-credited = Nota di credito { $number } emessa.

set-seller = Emittente dei documenti
set-sellerHint = Stampato sulle nuove fatture, fatture proforma e note di credito; i documenti già emessi mantengono il loro. Un partner che fattura ai propri clienti indica qui la propria azienda. Un IBAN svizzero aggiunge la QR-fattura ai documenti in CHF.
set-sellerSave = Salva l’emittente
set-sellerSaved = Emittente salvato.

error-invalid_input = Dato non valido
error-not_found = Non trovato
error-rule_violation = Non consentito
error-conflict = Conflitto
error-currency_mismatch = Le valute non corrispondono
error-storage = Il file dello spazio di lavoro non ha potuto essere letto o scritto
error-cancelled = Annullato
error-internal = Errore imprevisto
error-field = Campo: { $field }
pay-autoRenewWill = Il rinnovo automatico verrà attivato con { $method } per questi prodotti.
pay-autoRenewWont = { $method } non attiva il rinnovo automatico.
pay-done-autoRenew = Rinnovo automatico attivato per: { $names }.
orders-document = Documento
orders-payDocument = Paga { $number }
orders-payExplain = { $number } non è ancora pagata. Pagarla rinnova i suoi prodotti una sola volta e salda ciò che è scaduto.
inv-creditChoose = Accredita questa riga
inv-creditLine = Accredita la riga { $line }
inv-creditedBy = Accreditata con { $number }
inv-creditNotes = Note di credito emesse per questa fattura:
inv-creditable = Ancora accreditabile: { $amount }.
inv-nothingToCredit = Su questa fattura non resta nulla da accreditare.
inv-creditConfirmLines =
    Emettere una nota di credito per { $n ->
        [one] la riga scelta
       *[other] le { $n } righe scelte
    } di { $number }? Un importo pagato torna sul saldo prepagato.
access-orgWideOnly = Solo un rappresentante legale o un amministratore di questa organizzazione può farlo.
orders-payWithMethod = Paga con
orders-cancel = Annulla l’ordine
orders-cancelConfirm = Annullare l’ordine n. { $id }? Non viene rinnovato nulla e quanto preso dal saldo prepagato vi ritorna.
orders-cancelled = Ordine n. { $id } annullato; la sua parte prepagata è tornata sul saldo.
orders-keep = Mantieni l’ordine
ren-reminders = promemoria 3 giorni e 1 giorno prima nel calendario

# Renewals: search beyond the date window, summary cards as links (issue 14).
ren-moreOutside =
    { $n ->
        [one] Un altro prodotto corrisponde fuori da «{ $preset }».
       *[other] Altri { $n } prodotti corrispondono fuori da «{ $preset }».
    }
ren-showThem = Mostrarli
ren-count-show = Mostra questi prodotti nella tabella

# Products needing attention and reminder settings (PAY-2).
att-title =
    { $n ->
        [one] { $n } prodotto richiede attenzione
       *[other] { $n } prodotti richiedono attenzione
    }
att-last_day_to_enable = { $product }: l’ultimo giorno per attivare il rinnovo automatico è { $when }
att-charge = { $product }: il rinnovo automatico viene addebitato { $when }
att-expiry = { $product }: scade { $when }
att-more =
    { $n ->
        [one] e altri { $n }
       *[other] e altri { $n }
    }
rem-title = Promemoria prima dei rinnovi
rem-explain = Il fornitore scrive alle persone scelte qui tanti giorni prima delle scadenze di un prodotto; Comptoir usa gli stessi giorni per i propri promemoria sul desktop. Conservato in questo spazio di lavoro.
rem-days = Giorni prima
rem-daysHint = Fino a 5 numeri da 1 a 90, per esempio 14, 7, 1
rem-recipients = Chi riceve l’e-mail
rem-save = Salva promemoria
rem-saved = Promemoria salvati: { $days } giorni prima.
rem-os = Mostra notifiche sul desktop per i promemoria
rem-osOn = Le notifiche sul desktop sono attive.
rem-osOff = Le notifiche sul desktop sono disattivate.
rem-notNumbers = Scriva i giorni come numeri interi separati da virgole, per esempio 14, 7, 1.

# The rule behind a sentence, one click away.
why-label = Perché?
rule-SUP-1 = Solo il personale del fornitore che tratta la richiesta può usare un accesso di supporto.
rule-SUP-2 = Un accesso può essere revocato in qualsiasi momento e si chiude da solo 7 giorni dopo essere stato concesso.
rule-PAR-1 = Un’azienda diventa partner con prodotti gestiti per almeno CHF 2000 o EUR 1800 all’anno, un’azienda registrata e un sito web attivo.
set-about = Informazioni e diagnostica
set-version = Versione
set-engineToday = Oggi secondo il motore
set-uiLanguage = Lingua delle schermate
inv-pay = Paga…
## Provider connection (issue 10): sources, sync, outbox
prov-sourceProvider = Fornitore · sincronizzato il { $time }
prov-sourceProviderNever = Fornitore · non ancora sincronizzato
prov-sourcePartlyLocal = rinnovi, pagamenti e credito prepagato sono solo locali
prov-sourceLocalSection = Solo locale · non presente nell’API pubblica del fornitore
prov-sourceLocal = Solo locale · nulla di qui arriva al fornitore
prov-notConnected = Non connesso: si mostra l’ultima sincronizzazione
prov-unauthorized = Il fornitore ha rifiutato il token: si riconnetta
prov-offline =
    { $count ->
        [one] Offline · 1 modifica in attesa
       *[other] Offline · { $count } modifiche in attesa
    }
prov-retryNow = Riprova ora
prov-writeSent = Inviato al fornitore
prov-writeQueued = In coda: inviato appena il fornitore risponde
prov-progress = { $done } di { $total } richieste · circa { $seconds } s rimanenti
prov-syncNow = Sincronizza ora
prov-outbox = Modifiche da inviare ({ $count })
prov-disconnect = Disconnetti
prov-connect = Connetti al fornitore…
prov-link-online = Sincronizzato.
prov-link-offline = Il fornitore non è raggiungibile: tutto resta qui e le modifiche attendono.
prov-link-unauthorized = Il fornitore ha rifiutato il token (scaduto o revocato): si riconnetta.
prov-link-refused = Il fornitore ha rifiutato la richiesta.
prov-link-cancelled = Sincronizzazione annullata: nulla è stato eliminato.
prov-reason-offline = Nessuna connessione al fornitore.
prov-reason-timeout = Il fornitore non ha risposto in tempo.
prov-reason-server_error = Il fornitore ha avuto un errore; si riproverà.
prov-reason-rate_limited = Raggiunto il limite di 60 richieste al minuto del fornitore.
prov-reason-not_authorized = Il token è stato rifiutato.
prov-reason-access_denied = Il token non consente questa operazione.
prov-reason-not_found = Non esiste più presso il fornitore.
prov-reason-already_exists = Esiste già presso il fornitore.
prov-reason-validation_failed = Il fornitore ha rifiutato i valori.
prov-reason-malformed_response = La risposta del fornitore non è leggibile.
prov-reason-not_on_provider = Ciò a cui si riferisce questa modifica non è mai arrivato al fornitore.
prov-reason-unexpected = È successo qualcosa di inatteso.
prov-reason-changed_on_provider = Modificato presso il fornitore dall’ultima sincronizzazione: sovrascriva la versione del fornitore o scarti la Sua modifica.
prov-reason-deleted_on_provider = Eliminato presso il fornitore dall’ultima sincronizzazione.
prov-reason-overwrite = Ha scelto di sovrascrivere la versione del fornitore.
prov-connectTitle = Connessione al fornitore
prov-connectHint = Incolli un token API personale creato nel Manager del fornitore. Viene verificato presso il fornitore e conservato solo nel portachiavi di questo computer.
prov-connectUrl = Fornitore: { $url }
prov-token = Token API personale
prov-tokenKept = Il token non viene più mostrato né scritto nell’area di lavoro o nei log.
prov-connectButton = Connetti
prov-outboxTitle = Modifiche da inviare al fornitore
prov-outboxHint = Inviate in ordine. Una modifica fallita o un conflitto trattiene le successive finché non la riprova o la scarta.
prov-outboxEmpty = Nulla in attesa.
prov-colWhat = Modifica
prov-colState = Stato
prov-colWhen = Aggiornato
prov-state-pending = In attesa
prov-state-sending = Invio in corso
prov-state-sent = Inviato
prov-state-failed = Non riuscito
prov-state-conflict = Conflitto
prov-overwrite = Sovrascrivi
prov-retry = Riprova
prov-discard = Scarta
prov-op-invite_user = Invita { $email }
prov-op-cancel_invitation = Annulla un invito
prov-op-remove_member = Rimuovi un membro
prov-op-create_team = Crea il team { $name }
prov-op-rename_team = Rinomina un team in { $name }
prov-op-delete_team = Elimina un team
prov-op-add_team_members =
    { $count ->
        [one] Aggiungi 1 membro a un team
       *[other] Aggiungi { $count } membri a un team
    }
prov-op-remove_team_members =
    { $count ->
        [one] Rimuovi 1 membro da un team
       *[other] Rimuovi { $count } membri da un team
    }
prepaid-confirmCharge = Addebitare { $amount } su { $method } ora?
prepaid-confirmTransfer = Aggiungere { $amount } con bonifico IBAN? Il saldo aumenta quando arriva il denaro.
prepaid-confirm = Conferma la ricarica
remove-undo = Annulla
remove-undone =
    { $n ->
        [one] { $n } utente è tornato, come prima.
       *[other] { $n } utenti sono tornati, come prima.
    }
# Support captures: screenshots, app log, website console, imports
cap-title = Allega da questo computer
cap-screenshot = Screenshot…
cap-appLog = Log dell’app…
cap-website = Registra la console di un sito web…
cap-import = Importa un file di log…
cap-close = Chiudi
cap-mode = Cosa catturare
cap-mode-screen = Schermo intero
cap-mode-window = Una finestra
cap-mode-region = Un’area
cap-monitor = Schermo
cap-window = Finestra
cap-noWindows = Il desktop non elenca le finestre: catturi uno schermo o un’area.
cap-delay = Ritardo
cap-delay-none = Nessuno
cap-delay-seconds = { $n } s
cap-hide = Nascondi Comptoir durante la cattura
cap-shownNote = Comptoir resta nell’immagine: IBAN, numeri di carta, indirizzi e-mail e token vengono prima oscurati; può annullare ciascun oscuramento.
cap-wayland = Su Wayland il desktop può chiedere il permesso prima di ogni cattura.
cap-capture = Cattura
cap-capturing = Cattura in corso…
cap-tool = Strumento
cap-tool-rectangle = Rettangolo
cap-tool-arrow = Freccia
cap-tool-highlight = Evidenziatore
cap-tool-redact = Oscura
cap-edits = Modifiche
cap-noEdits = Ancora nessuna modifica.
cap-op-redact = Oscurato
cap-op-pre = Oscurato in anticipo: { $kind }
cap-sensitive-iban = IBAN
cap-sensitive-card = numero di carta
cap-sensitive-email = indirizzo e-mail
cap-sensitive-token = token
cap-op-rectangle = Rettangolo
cap-op-arrow = Freccia
cap-op-highlight = Evidenziazione
cap-undo = Annulla
cap-attachShot = Allega screenshot
cap-discard = Scarta
cap-preview = Anteprima dello screenshot
cap-editorHelp = Trascini sull’immagine per aggiungere lo strumento scelto. Le aree oscurate sono piene nel PNG allegato, mai sfocate.
cap-log-window = Periodo
cap-log-15m = Ultimi 15 minuti
cap-log-1h = Ultima ora
cap-log-24h = Ultime 24 ore
cap-log-custom = Personalizzato
cap-log-from = Da
cap-log-to = A
cap-attachLog = Allega il log
cap-url = Indirizzo del sito web
cap-duration = Registra
cap-duration-untilClosed = Finché non fermo o chiudo la finestra
cap-duration-seconds = Per { $n } s
cap-start = Apri e registra
cap-stop = Ferma e allega
cap-recording = Registrazione in corso…
cap-ended = Registrazione terminata
cap-consoleNote = La pagina si apre in una finestra propria. Può solo aggiungere a questa registrazione, nient’altro.
cap-count-console = Righe di console
cap-count-errors = Errori di console
cap-count-warnings = Avvisi
cap-count-uncaught = Errori non gestiti
cap-count-rejections = Rifiuti non gestiti
cap-count-resources = Risorse non caricate
cap-count-dropped = Scartati (oltre il limite)
cap-regionHelp = Trascini un rettangolo o usi le frecce (Maiusc+frecce ridimensionano); Invio conferma, Esc annulla.
cap-attached = Allegati
sup-contact = Le risposte vanno a

# The provider refused to connect, in words (the reason code the engine carries).
prov-connectError-unauthorized = Il fornitore ha rifiutato questo token: forse è copiato male, scaduto o revocato. Ne crei uno nuovo nel Manager del fornitore e lo incolli qui.
prov-connectError-keyring = Il portachiavi del sistema non ha potuto conservare il token (è bloccato o l’accesso è stato rifiutato). Lo sblocchi e riprovi.
prov-connectError-connection = Non è stato possibile raggiungere il fornitore. Verifichi la connessione e riprovi.
prov-connectError-timeout = Il fornitore non ha risposto in tempo. Riprovi tra un momento.
prov-connectError-server = Il fornitore ha avuto un errore. Riprovi tra un momento.
prov-connectError-rate_limited = È stato raggiunto il limite di 60 richieste al minuto del fornitore. Riprovi tra un minuto.
prov-connectError-malformed = Non è stato possibile leggere la risposta del fornitore. Riprovi più tardi.
prov-connectError-invalid = Non sembra un token API personale. Incolli il token esattamente come lo mostra il fornitore.

# A QR-bill that cannot be made: which field of whom, what is wrong, where to correct it.
qr-problem-line_break = Il campo { $part } { $party } contiene un a capo; un campo della fattura QR è di una sola riga.
qr-problem-character = Il campo { $part } { $party } contiene «{ $character }», che una fattura QR svizzera non può contenere; lo scriva con lettere latine.
qr-problem-required = Manca il campo { $part } { $party }; la fattura QR ne ha bisogno.
qr-problem-too_long = Il campo { $part } { $party } ha { $given } caratteri; una fattura QR ne ammette al massimo { $max }.
qr-problem-country = «{ $given }» non è un codice di paese (due lettere, p. es. CH) nel campo { $part } { $party }.
qr-party-buyer = dell’organizzazione
qr-party-seller = dell’emittente
qr-part-name = nome
qr-part-street = via
qr-part-building_number = numero civico
qr-part-postal_code = NPA
qr-part-town = località
qr-part-country = paese
qr-fix = Lo corregga in { $section } → { $tab } e riprovi.

prov-mark-pending = Non ancora inviato al fornitore
prov-mark-sending = In invio al fornitore
prov-mark-sent = Inviato al fornitore
prov-mark-failed = Non inviato: il fornitore l’ha rifiutato
prov-mark-conflict = Non inviato: modificato presso il fornitore
prov-sending = Invio al fornitore
prov-sendProgress =
    { $done } di { $total } inviati · { $minutes ->
        [0] meno di un minuto rimanente
        [one] circa 1 min rimanente
       *[other] circa { $minutes } min rimanenti
    }
prov-held =
    { $count ->
        [one] Invio interrotto · 1 modifica non ancora inviata
       *[other] Invio interrotto · { $count } modifiche non ancora inviate
    }
prov-sendNow = Invia ora
prov-noExpiry =
    { $count ->
        [one] 1 prodotto non ha una data di scadenza presso il fornitore: non c’è nulla da rinnovare, quindi non è in Rinnovi.
       *[other] { $count } prodotti non hanno una data di scadenza presso il fornitore: non c’è nulla da rinnovare, quindi non sono in Rinnovi.
    }
prov-unknownService =
    { $count ->
        [one] 1 prodotto è di un servizio che Comptoir non rinnova ancora: non è in Rinnovi.
       *[other] { $count } prodotti sono di un servizio che Comptoir non rinnova ancora: non sono in Rinnovi.
    }
prov-reason-invalid_email = Il fornitore ha rifiutato l’indirizzo e-mail.
prov-reason-invalid_first_name = Il fornitore ha rifiutato il nome.
prov-reason-invalid_last_name = Il fornitore ha rifiutato il cognome.
prov-reason-invalid_name = Il fornitore ha rifiutato il nome.
prov-reason-invalid_role = Il fornitore ha rifiutato il ruolo.
prov-reason-invalid_language = Il fornitore ha rifiutato la lingua.
ren-gone = Eliminato presso il fornitore
ren-goneHint = Eliminato presso il fornitore; conservato qui perché fatture o ordini lo citano. Non può più essere rinnovato.
ren-goneNoRenewal = Non rinnovabile: eliminato presso il fornitore
add-mode-several = Invita più persone
add-addresses = Indirizzi e-mail, uno per riga
add-addressesHint = «Nome <indirizzo>», «Nome, indirizzo» o solo l’indirizzo (nome.cognome@… dà il nome «Nome Cognome»).
add-invitedMany =
    { $count ->
        [one] 1 persona è stata invitata.
       *[other] { $count } persone sono state invitate.
    }
add-someRefused =
    { $count ->
        [one] 1 riga non è stata invitata (le altre sì):
       *[other] { $count } righe non sono state invitate (le altre sì):
    }
add-lineAlreadyMember = già membro
add-lineNeedsName = indichi nome e cognome
add-lineBadEmail = non è un indirizzo e-mail
refusal-gone_on_provider = Questo prodotto è stato eliminato presso il fornitore. È conservato solo perché fatture o ordini lo citano, e non può più essere rinnovato.
refusal-renew_at_provider = Questo prodotto proviene dal fornitore, la cui API pubblica non fornisce un prezzo: lo rinnovi nel Manager del fornitore. Qui non è stato pagato né modificato nulla.
refusal-not_in_public_api = L’API pubblica del fornitore non lo consente. Lo faccia nel Manager del fornitore; la prossima sincronizzazione lo porterà qui.
refusal-full_name_needed = Indichi nome e cognome: il fornitore ha bisogno di entrambi.
refusal-invite_by_email = In uno spazio di lavoro del fornitore si invita per e-mail; il fornitore collega un account esistente quando la persona accetta.
refusal-not_connected = Non connesso al fornitore. Si connetta prima.
refusal-unauthorized = Il fornitore ha rifiutato il token: potrebbe essere scaduto o revocato. Si connetta di nuovo.
refusal-access_denied = Il token non consente di farlo presso il fornitore.
refusal-not_found = Non esiste più presso il fornitore.
refusal-conflict = È cambiato presso il fornitore nel frattempo. Sincronizzi e riprovi.
refusal-validation = Il fornitore ha rifiutato i valori.
refusal-rate_limited = È stato raggiunto il limite del fornitore di 60 richieste al minuto. Riprovi tra un minuto.
refusal-server = Il fornitore ha avuto un errore. Riprovi tra un momento.
refusal-timeout = Il fornitore non ha risposto in tempo. Riprovi tra un momento.
refusal-connection = Il fornitore non è raggiungibile. Verifichi la connessione e riprovi.
refusal-malformed = La risposta del fornitore non è leggibile. Riprovi più tardi.
refusal-task_failed = Il fornitore non ha potuto completare l’attività.
refusal-keyring = Il portachiavi del sistema non ha potuto conservare il token (è bloccato o l’accesso è stato negato). Lo sblocchi e riprovi.
refusal-invalid = Non sembra un token API personale. Lo incolli esattamente come lo mostra il fornitore.
prov-outboxSummary = { $unsent ->
        [one] 1 non ancora inviata
       *[other] { $unsent } non ancora inviate
    } · { $sent ->
        [one] 1 inviata di recente
       *[other] { $sent } inviate di recente
    }

sup-preview-partial = Sono mostrati i primi { $shown } KB di { $total } KB; il pacchetto li contiene tutti.
sup-preview-more = Mostra altro
cap-limitReached = La registrazione ha raggiunto il limite di 10 MB per allegato: i messaggi successivi non vengono conservati. La fermi e alleghi quanto raccolto.
cap-editorKeys = Senza mouse: metta il focus sull’immagine, le frecce posizionano una selezione (Maiusc+frecce la ridimensionano, Alt sposta di un pixel), Invio vi aggiunge lo strumento scelto, Esc la scarta.
cap-selection = Selezione { $w } × { $h } a { $x }, { $y }: Invio la aggiunge.

## Toasts: what happened after an action (lib/announce.ts)
toast-region = Notifiche
toast-dismiss = Chiudi
toast-undo = Annulla
toast-open = Apri
toast-showInFolder = Mostra nella cartella
toast-failed = Non ha funzionato: { $message }
toast-language = Lingua cambiata.
toast-demoReset = Lo spazio di lavoro demo è stato ricostruito.
toast-actingUser = Ora agisce come l’utente scelto.
toast-workspaceOpened = Spazio di lavoro aperto.
toast-backedUp = Backup salvato in { $path }.
toast-invitedMany = { $n ->
    [one] 1 persona invitata
   *[other] { $n } persone invitate
}{ $refused ->
    [0] .
   *[other] ; { $refused } righe rifiutate (veda l’elenco).
}
toast-invited = Invito inviato a { $email }.
toast-added = { $email } è stato aggiunto all’organizzazione.
toast-resent = Invito inviato di nuovo.
toast-removed =
    { $n ->
        [one] { $n } utente rimosso
       *[other] { $n } utenti rimossi
    }{ $kept ->
        [0] .
       *[other] , { $kept } mantenuti.
    }
toast-removalUndone =
    { $n ->
        [one] Annullato: { $n } utente è tornato.
       *[other] Annullato: { $n } utenti sono tornati.
    }
toast-left = Ha lasciato l’organizzazione.
toast-roleChanged = Ruolo cambiato.
toast-replaced = Rappresentante legale sostituito.
toast-replacementUndone = Annullato: i rappresentanti legali sono come prima.
toast-rightsSaved = Diritti salvati.
toast-contactsSaved = Preferenze di contatto salvate.
toast-detailsSaved = Dati dell’organizzazione salvati.
toast-teamCreated = Team { $name } creato.
toast-teamSaved = Team { $name } salvato.
toast-teamDeleted = Team eliminato.
toast-teamMembersSaved = Membri del team salvati.
toast-autoRenew =
    { $on ->
        [on] Rinnovo automatico attivato per { $n ->
            [one] { $n } prodotto
           *[other] { $n } prodotti
        }
       *[off] Rinnovo automatico disattivato per { $n ->
            [one] { $n } prodotto
           *[other] { $n } prodotti
        }
    }{ $refused ->
        [0] .
       *[other] ; { $refused } rifiutati.
    }
toast-periodChanged = Periodo di rinnovo cambiato.
toast-paid =
    { $n ->
        [one] Pagato: { $n } ordine.
       *[other] Pagati: { $n } ordini.
    }
toast-orderPaid = Ordine pagato: { $number }.
toast-orderCancelled = Ordine annullato.
toast-methodAdded = Metodo di pagamento aggiunto.
toast-defaultMethod = Metodo di pagamento predefinito cambiato.
toast-toppedUp = Saldo prepagato ricaricato.
toast-savedTo = Salvato in { $path }.
toast-printed = Documento inviato alla stampante.
toast-exported =
    { $n ->
        [one] { $n } documento esportato in { $folder }.
       *[other] { $n } documenti esportati in { $folder }.
    }
toast-creditNote = Nota di credito { $number } emessa.
toast-sellerSaved = Dati del venditore salvati.
toast-notificationsSaved = Impostazioni di notifica salvate.
toast-osNotifications =
    { $on ->
        [on] Promemoria sul desktop attivati.
       *[off] Promemoria sul desktop disattivati.
    }
toast-connected = Connesso al fornitore.
toast-disconnected = Disconnesso dal fornitore.
toast-synced = Sincronizzazione terminata.
toast-retrying = Invio di nuovo delle modifiche.
toast-discarded = Modifica scartata.
toast-draftDiscarded = Bozza scartata.
toast-attached = Allegato aggiunto.
toast-detached = Allegato rimosso.
toast-bundleSaved = Richiesta di supporto salvata in { $path }.
toast-mailOpened = Bozza di e-mail aperta.

## Export: files of the same name already in the folder
inv-exportExists =
    { $n ->
        [one] { $n } file in questa cartella ha lo stesso nome di un documento. Sostituirlo?
       *[other] { $n } file in questa cartella hanno gli stessi nomi di documenti. Sostituirli?
    }
inv-exportMore = e altri { $n }
inv-exportKeepBoth = Mantieni entrambi
inv-exportReplace =
    { $n ->
        [one] Sostituisci { $n } file
       *[other] Sostituisci { $n } file
    }

## Links between invoices, orders and products (lib/links.svelte.ts)
link-showAll = Mostra tutto
link-invoices = Fatture
link-invoicesOf = Fatture con { $name }
link-products =
    { $n ->
        [one] Il suo prodotto in Rinnovi
       *[other] I suoi { $n } prodotti in Rinnovi
    }
link-productsOf =
    { $n ->
        [one] Il prodotto di { $number }
       *[other] I { $n } prodotti di { $number }
    }
link-order = Ordine n. { $id }
inv-exportFailed =
    { $n ->
        [one] { $n } documento non è stato salvato:
       *[other] { $n } documenti non sono stati salvati:
    }

## Issue 13: the engine's refusals by reason code (refusal-<code>, params as variables),
## a generic sentence per error code when there is none, and the labels of the fields it names.
refusal-empty = Questo campo è obbligatorio.
refusal-too_long =
    Al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    } ({ $given } inseriti).
refusal-control_character = Il testo contiene un carattere invisibile ({ $character }), probabilmente incollato. Lo riscriva.
refusal-not_an_email = Non è un indirizzo e-mail (ad es. nome@esempio.ch).
refusal-not_an_amount = Non è un importo: scriva delle cifre, ad es. 25.50 o 1'000.
refusal-ambiguous_amount = Ambiguo: «{ $separator }» seguito da tre cifre può separare le migliaia o i decimali. Scriva 1000 o 1{ $separator }00.
refusal-bad_grouping = Le cifre sono raggruppate male: a gruppi di tre, ad es. 1'000'000.
refusal-too_many_decimals = Al massimo due decimali: gli importi non vengono mai arrotondati.
refusal-negative = L’importo non può essere negativo.
refusal-too_large = L’importo è troppo grande (al massimo { $digits } cifre).
refusal-wrong_currency = Questo importo è in { $expected }, non in { $given }.
refusal-out_of_range = Tra { $min } e { $max }: { $given } non lo è.
refusal-unknown_choice = «{ $given }» non è tra le scelte proposte.
refusal-none_chosen = Ne scelga almeno uno.
refusal-too_many = Al massimo { $max } alla volta ({ $given } indicati).
refusal-bad_format = Non nella forma prevista, ad es. { $example }.
refusal-postfinance_chf_only = Una carta PostFinance paga solo in CHF, non in { $currency }.
refusal-iban_is_qr_iban = È un QR-IBAN, che le banche rifiutano per i bonifici ordinari: indichi qui l’IBAN del conto e il QR-IBAN nel suo campo.
refusal-not_a_qr_iban = Non è un QR-IBAN (un IBAN svizzero o del Liechtenstein con numero bancario da 30000 a 31999).
refusal-card_expired = Questa carta è scaduta.
refusal-card_expires_before = Questa carta è scaduta alla fine di { $expiry }: non può pagare il { $day }. Ne scelga o ne aggiunga un’altra.
refusal-rights_needed =
    Solo un rappresentante legale o un amministratore può { $action ->
        [add] aggiungere utenti.
        [remove] rimuovere utenti.
        [teams] gestire i team.
       *[rights] modificare i diritti di altri utenti.
    }
refusal-legal_rep_only =
    Solo un rappresentante legale può { $action ->
        [details] modificare i dati dell’organizzazione.
        [name] nominare un rappresentante legale.
        [name_or_demote] nominare o retrocedere un rappresentante legale.
       *[remove] rimuovere un rappresentante legale.
    }
refusal-last_legal_rep =
    { $action ->
        [leave] L’unico rappresentante legale non può uscire
        [remove] L’unico rappresentante legale non può essere rimosso
        [demote] L’unico rappresentante legale non può essere retrocesso
       *[keep] Un’organizzazione deve mantenere almeno un rappresentante legale
    }: nomini prima un altro rappresentante legale.
refusal-billing_refused =
    { $who ->
        [member] Solo un membro dell’organizzazione può farlo.
        [legal_rep] Solo un rappresentante legale può farlo.
        [billing_right] Solo un rappresentante legale, un amministratore o un utente con il diritto di fatturazione su ogni prodotto può farlo.
       *[admin] Solo un rappresentante legale o un amministratore può farlo.
    }
refusal-period_not_offered =
    Questo prodotto non può essere rinnovato per { $months ->
        [one] { $months } mese.
       *[other] { $months } mesi.
    }
refusal-support_compose_refused =
    { $who ->
        [not_member] Solo un membro di un’organizzazione può preparare una richiesta di supporto.
        [not_member_of_product_org] Solo un membro dell’organizzazione del prodotto può nominarlo in una richiesta di supporto.
       *[no_right_on_product] Una richiesta di supporto può nominare solo un prodotto su cui ha un diritto (tecnico, statistiche o fatturazione).
    }
refusal-product_cancelled = { $product } è stato disdetto (non pagato dal { $since }): non può più essere rinnovato.
refusal-order_cancelled = Questo ordine è stato annullato: la sua fattura proforma non è più valida e non c’è nulla da pagare. Rinnovi di nuovo i prodotti, se serve.
refusal-order_not_pending =
    { $status ->
        [paid] Questo ordine è già pagato.
       *[other] Questo ordine non è più in attesa di pagamento.
    }
refusal-product_on_open_order = { $product } è già su { $document_number }, non ancora pagato: paghi { $document_number } invece di rinnovarlo di nuovo.
refusal-product_on_unpaid_invoice = { $product } è sulla fattura non pagata { $document_number }: si paga tramite quella fattura.
refusal-order_invoiced = Per questo ordine è emessa la fattura { $document_number }: la paghi o emetta una nota di credito.
refusal-iban_transfer_exists = Il bonifico IBAN è già un metodo di pagamento di questa organizzazione.
refusal-method_already_saved = Questo metodo di pagamento è già salvato per questa organizzazione.
refusal-top_up_method = Una ricarica si paga con carta, PostFinance o bonifico IBAN.
refusal-nothing_to_credit = Su { $document_number } non resta nulla da accreditare: le note di credito precedenti lo coprono.
refusal-undo_too_late =
    Troppo tardi per annullare: si può annullare per { $seconds ->
        [one] { $seconds } secondo.
       *[other] { $seconds } secondi.
    }
refusal-undo_member_only = Solo un membro dell’organizzazione può annullarlo.
refusal-already_member = { $email } è già membro di questa organizzazione.
refusal-account_exists = { $email } ha già un account: lo aggiunga come account esistente.
refusal-team_name_taken = Esiste già un team chiamato «{ $name }».
refusal-no_pending_invitation = Questo utente non ha inviti in sospeso.
refusal-successor_not_active = Il nuovo rappresentante legale deve prima aver accettato l’invito.
refusal-not_a_legal_rep = Questo utente non è un rappresentante legale.
refusal-attachment_not_text_or_image = Si possono allegare solo file di testo e immagini PNG o JPEG: solo quelli possono essere controllati per segreti prima dell’invio.
refusal-attachment_too_big = Un allegato è al massimo di { $max_mb } MB.
refusal-not_found-account = Nessun account ha questo indirizzo e-mail.
refusal-not_found-attachment = Questo allegato non esiste più.
refusal-not_found-document = Questo documento non esiste più.
refusal-not_found-file = Questo file non esiste più.
refusal-not_found-invoice = Questa fattura non esiste più.
refusal-not_found-member = Questa persona non è (più) membro dell’organizzazione.
refusal-not_found-monitor = Questo schermo non è più collegato.
refusal-not_found-order = Questo ordine non esiste più.
refusal-not_found-organization = Questa organizzazione non esiste più.
refusal-not_found-outbox_entry = Questa modifica in coda non esiste più.
refusal-not_found-payment_method = Questo metodo di pagamento non esiste più.
refusal-not_found-preview_part = Questa parte dell’anteprima non esiste più: la prepari di nuovo.
refusal-not_found-product = Questo prodotto non esiste più.
refusal-not_found-region_capture = Questa cattura di un’area non esiste più.
refusal-not_found-support_draft = Questa bozza di richiesta di supporto non esiste più (inviata o eliminata).
refusal-not_found-support_request = Questa richiesta di supporto non esiste più.
refusal-not_found-team = Questo team non esiste più.
refusal-not_found-unsent_outbox_entry = Questa modifica è già stata inviata o non esiste più.
refusal-not_found-user = Questo utente non esiste più.
refusal-not_found-website_capture = Questa cattura di un sito web non esiste più.
refusal-not_found-window = Questa finestra non è più aperta.
refusal-generic-invalid_input = Questo valore non è accettato. Lo controlli e riprovi.
refusal-generic-not_found = Ciò che ha chiesto non esiste più. Aggiorni e riprovi.
refusal-generic-rule_violation = Una regola del fornitore non lo consente.
refusal-generic-conflict = Questo è in conflitto con dati modificati o già esistenti. Aggiorni e riprovi.
refusal-generic-currency_mismatch = Non si possono combinare importi in due valute diverse.
refusal-generic-storage = Il file dello spazio di lavoro non ha potuto essere letto o scritto. Controlli il disco e riprovi.
refusal-generic-cancelled = Annullato.
refusal-generic-internal = Qualcosa di inatteso è andato storto. Riprovi; se succede di nuovo, invii i dettagli tecnici al supporto.
error-details = Dettagli tecnici
prepaid-willCharge = Verrà addebitato: { $amount }
prepaid-willTransfer = Da bonificare: { $amount }
refusal-too_many_reminders = Indichi da 1 a { $max } promemoria (giorni prima di una data).
refusal-days_before_range = { $value } non è tra 1 e { $max } giorni.
refusal-successor_same = Scelga un’altra persona come nuovo rappresentante legale.
refusal-old_needs_role = Il rappresentante sostituito ha bisogno di un altro ruolo.
refusal-invitation_not_accepted = Questa persona non ha ancora accettato l’invito: annulli invece l’invito.
refusal-outbox_not_waiting = Questa modifica non è più in attesa di invio.
refusal-outbox_not_retryable = Si può riprovare solo una modifica non riuscita o in conflitto.
refusal-outbox_busy = Questa modifica è in corso di invio: non può più essere scartata.
refusal-selected_twice = Un prodotto è selezionato due volte.
refusal-product_other_currency = { $product } ha un prezzo in { $currency }: non può essere pagato con il resto di questa selezione.
refusal-method_other_org = Questo metodo di pagamento appartiene a un’altra organizzazione.
refusal-payment_key_reused = Questo pagamento è già stato avviato con altre scelte: lo ricominci.
refusal-method_nothing_to_pay = È indicato un metodo di pagamento per un’organizzazione che non ha nulla da pagare in questa selezione.
refusal-method_given_twice = Per un’organizzazione sono indicati due modi di pagare.
refusal-method_needed = Scelga come paga { $organization }.
refusal-prepaid_short = Il saldo prepagato di { $organization } non basta: scelga un metodo per il resto.
refusal-credit_invoice_only = Solo una fattura può essere corretta con una nota di credito.
refusal-product_not_on_invoice = Questo prodotto non è sulla fattura { $document_number }.
refusal-already_credited = { $product } è già stato accreditato.
refusal-credit_too_much = Questo accredito supera quanto resta accreditabile su { $document_number }.
refusal-recipient_not_member = Un destinatario non è membro attivo di questa organizzazione.
refusal-range_reversed = La fine dell’intervallo precede il suo inizio.
refusal-page_size = Una pagina contiene da 1 a { $max } righe.
refusal-qr_too_long = Nomi, indirizzi e messaggio di questa fattura QR sono insieme troppo lunghi per il suo codice QR. Abbrevi il nome o l’indirizzo dell’acquirente (Organizzazione → Dati) o del venditore (Impostazioni) e riprovi.
refusal-expired_renew_first = { $product } è scaduto da { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }: lo rinnovi prima.
refusal-auto_renew_too_late = { $product } scade tra { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }: il rinnovo automatico richiede almeno { $min_days ->
        [one] { $min_days } giorno
       *[other] { $min_days } giorni
    }. Lo rinnovi prima.
refusal-no_saved_method = Nessun metodo di pagamento salvato: aggiunga una carta o un profilo Twint.
refusal-method_cannot_auto_renew = Questo metodo di pagamento non consente il rinnovo automatico: scelga una carta o un profilo Twint.
refusal-undo_not_yours = Solo chi ha fatto questa modifica può annullarla.
refusal-undo_user_readded = Un utente rimosso è stato aggiunto di nuovo nel frattempo: nulla è stato annullato.
refusal-undo_org_changed = L’organizzazione è cambiata da allora: nulla è stato annullato.
refusal-not_a_regular_file = Comptoir scrive i documenti solo come file normali: scelga un altro posto.
refusal-demo_only = Solo lo spazio dimostrativo può farlo.
refusal-backup_target_is_workspace = È lo spazio aperto o uno dei suoi file: scelga un altro file per il backup.
refusal-not_a_capture = Questo file non è una delle catture di Comptoir.
refusal-attachment_changed = Un allegato è cambiato sul disco dopo essere stato aggiunto: lo rimuova e lo aggiunga di nuovo.
refusal-preview_stale = La richiesta è cambiata dopo l’anteprima: guardi di nuovo l’anteprima prima di salvare.
refusal-not_a_file = Non è un file.
refusal-bundle_needs_name = Il pacchetto ha bisogno di un nome di file.
refusal-redaction_length = Selezioni un pezzo di testo più corto o più lungo da oscurare.
refusal-redaction_overlap = Selezioni testo al di fuori delle parti già oscurate.
refusal-file_not_from_session = Si può aprire solo un file salvato da Comptoir in questa sessione.
refusal-nothing_to_undo = Non c’è nulla da annullare.
refusal-members_only = Solo un membro dell’organizzazione può vedere le sue fatture, i documenti e gli ordini.
field-access = Accesso
field-account_id = Account
field-addresses = Indirizzi e-mail
field-amount = Importo
field-attachment_id = Allegato
field-attachments = Allegati
field-building_number = Numero civico
field-bundle_id = Pacchetto di supporto
field-category = Categoria
field-color = Colore
field-colour = Colore
field-country = Paese
field-currency = Valuta
field-days_before = Giorni prima
field-delay = Ritardo
field-display_name = Nome
field-draft_id = Bozza
field-email = E-mail
field-event = Evento
field-expires_to = Scade entro
field-expiry = Scadenza (MM/AAAA)
field-file = File
field-file_name = Nome del file
field-folder = Cartella
field-from = Da
field-iban = IBAN
field-id = Identificativo
field-idempotency_key = Tentativo di pagamento
field-incoming_path = Cartella in arrivo
field-invoice_id = Fattura
field-invoice_ids = Documenti
field-key = Chiave
field-kind = Tipo
field-label = Etichetta
field-language = Lingua
field-last4 = Ultime quattro cifre
field-limit = Righe per pagina
field-message = Messaggio
field-method = Metodo di pagamento
field-mode = Modalità
field-monitor = Schermo
field-name = Nome
field-new_user_id = Nuovo rappresentante legale
field-old_becomes = Il rappresentante precedente diventa
field-old_user_id = Rappresentante legale da sostituire
field-ops = Modifiche
field-order_id = Ordine
field-organization_id = Organizzazione
field-part_id = Parte dell’anteprima
field-path = Percorso del file
field-period_months = Periodo
field-png = Immagine
field-postal_code = NPA
field-preview_digest = Anteprima
field-product_id = Prodotto
field-product_ids = Prodotti
field-qr_bill = Fattura QR
field-qr_iban = QR-IBAN
field-reason = Motivo
field-recipients = Destinatari
field-recording = Registrazione
field-rect = Area
field-redaction = Oscuramento
field-reference = Riferimento
field-region = Area
field-rights = Diritti
field-role = Ruolo
field-scale = Scala
field-seconds = Durata
field-selection = Selezione
field-sensitive = Sensibile
field-shot = Schermata
field-source = Origine
field-status = Stato
field-street = Via
field-subject = Oggetto
field-target = File di destinazione
field-team_id = Team
field-text = Testo
field-to = A
field-token = Token API
field-town = Località
field-url = Indirizzo (URL)
field-user_id = Utente
field-user_ids = Utenti
field-vat_number = Numero IVA
field-width = Larghezza
field-window = Finestra
field-workspace = Spazio di lavoro

# Issue 10 review (helper sync): where the data lives, what holds the queue, legal forms.
refusal-name_on_provider = Il nome dell’organizzazione viene dal fornitore, la cui API pubblica non permette di cambiarlo. La rinomini nel Manager del fornitore; la prossima sincronizzazione porterà qui il nuovo nome.
details-nameOnProvider = Il nome viene dal fornitore: lo cambi nel Manager del fornitore, la prossima sincronizzazione lo porterà qui. L’indirizzo e il numero IVA sono conservati solo in questo spazio di lavoro (per le fatture QR).
prov-connectError-provider_workspace_unusable = La cartella dello spazio di lavoro contiene già un file chiamato { $file } che non è uno spazio di lavoro fornitore di Comptoir (il file di un altro programma, uno danneggiato o un altro tipo di spazio di lavoro). Lo sposti o lo rinomini, poi si connetta di nuovo.
prov-reason-unavailable = Il fornitore non è disponibile per ora (manutenzione o sovraccarico); si riproverà.
prov-link-unavailable = Il fornitore non è disponibile per ora: tutto resta qui e le modifiche attendono.
prov-unavailable =
    { $count ->
        [one] Fornitore non disponibile · 1 modifica in attesa
       *[other] Fornitore non disponibile · { $count } modifiche in attesa
    }
prov-blocked =
    { $count ->
        [one] 1 modifica attende che il conflitto sia risolto
       *[other] { $count } modifiche attendono che il conflitto sia risolto
    }
prov-resolve = Risolvi…
prov-writeHeld = In coda dietro un conflitto: inviata appena lo risolve in «Modifiche da inviare»
org-legalForm-company = Azienda
org-legalForm-individual = Privato
org-legalForm-public_body = Ente pubblico
org-legalForm-restrict = Limitata
org-membersShown = { $shown } membri mostrati su { $total }; la ricerca li considera tutti
org-membersMore = Mostra altri
refusal-provider_workspace_unusable = La cartella dello spazio di lavoro contiene già un file chiamato { $file } che non è uno spazio di lavoro fornitore di Comptoir (il file di un altro programma, uno danneggiato o un altro tipo di spazio di lavoro). Lo sposti o lo rinomini, poi si connetta di nuovo.
field-months = Mesi

# Support refusals (params.reason; numbers as params)
refusal-support_too_long = Questo testo può avere al massimo { $max } caratteri; ne ha { $given }. Lo accorci o alleghi il resto come file.
refusal-support_too_many_attachments = Una richiesta porta al massimo { $max } allegati. Ne tolga prima uno.
refusal-support_attachment_too_large = Un file è al massimo di { $max_mb } MB. Alleghi un estratto più breve (le ultime ore di un registro, per esempio).
refusal-support_not_text_or_image = Si possono allegare solo file di testo e immagini PNG o JPEG: solo questi possono essere controllati prima dell’invio perché nessun segreto parta.
refusal-support_manual_length = Selezioni da { $min } a { $max } caratteri da nascondere.
refusal-support_manual_in_redaction = Selezioni testo al di fuori delle parti già nascoste.
refusal-support_too_many_manual = Una richiesta conserva al massimo { $max } oscuramenti manuali. Ne annulli uno o nasconda un tratto più lungo in una volta.
refusal-support_too_many_restores = Una richiesta conserva al massimo { $max } valori ripristinati.
refusal-support_too_many_edits = Uno screenshot accetta al massimo { $max } modifiche. Ne annulli prima una.
refusal-support_preview_changed = La richiesta è cambiata da quando ne è stata mostrata l’anteprima. Riveda l’anteprima prima di salvare.
sup-text-count = { $given } / { $max } caratteri
sup-text-full = Limite raggiunto: { $max } caratteri. Alleghi i testi più lunghi come file.
sup-history-range = { $from }–{ $to } di { $total }
sup-history-newer = Più recenti
sup-history-older = Meno recenti
refusal-workspace_refused = { $file } non può essere aperto.

refusal-vault_copy_changed = La copia conservata di questo documento è stata modificata sul disco dopo l’emissione; non viene usata.
refusal-vault_copy_unreadable = La copia conservata di questo documento non può essere letta (è stata spostata o eliminata).

fc-title = Rinnovi dei prossimi { $n } mesi
fc-empty = Nessun rinnovo nei prossimi { $n } mesi.
fc-summary = { $automatic } automatici · { $action } da gestire
fc-view = Vista della previsione
fc-view-chart = Grafico
fc-view-table = Tabella
fc-automatic = Addebito automatico
fc-action = Da gestire
fc-prepaid = Saldo prepagato residuo
fc-chartOf = Rinnovi al mese in { $currency }
fc-prepaidNow = Saldo prepagato attuale: { $amount }
fc-month = Mese
fc-clear = Tutti i rinnovi
fc-bar =
    { $month }: { $automatic } addebitati automaticamente ({ $na ->
        [one] { $na } prodotto
       *[other] { $na } prodotti
    }), { $action } da gestire ({ $nb ->
        [one] { $nb } prodotto
       *[other] { $nb } prodotti
    })
fc-products =
    { $n ->
        [one] { $n } prodotto
       *[other] { $n } prodotti
    }
sp-title = Spese degli ultimi { $n } mesi
sp-empty = Nessuna fattura pagata né nota di credito negli ultimi { $n } mesi.
sp-summary = { $paid } pagato · { $credited } accreditato
sp-paid = Pagato
sp-credited = Accreditato
sp-chartOf = Spese per mese in { $currency }
sp-hint = Selezioni una barra per vedere i documenti che somma.
sp-bar =
    { $month }: { $paid } pagato ({ $np ->
        [one] { $np } fattura
       *[other] { $np } fatture
    }), { $credited } accreditato ({ $nc ->
        [one] { $nc } nota di credito
       *[other] { $nc } note di credito
    })
inv-issuedIn = Emessi in { $month } · { $currency }
pal-title = Cerca o esegui
pal-open = Cerca…
pal-placeholder = Un prodotto, una persona, un team, un numero di fattura o d’ordine, o un’azione
pal-results = Risultati
pal-none = Nessun risultato per «{ $query }».
pal-hint = ↑ ↓ per scegliere · Invio per aprire · Esc per chiudere
pal-failed = Non è stato possibile eseguire la ricerca. Riprovi.
pal-addUser = Aggiungi utente
pal-onlyProduct = Trovato con la ricerca: { $name }
pal-selectFirst = Selezioni prima i prodotti nella tabella, poi esegua di nuovo l’azione.
pal-kind-action = Azione
pal-kind-invoice = Documento
pal-kind-order = Ordine
pal-kind-product = Prodotto
pal-kind-user = Persona
pal-kind-team = Team

# Accessi del supporto (SUP-1..4) e blocchi per verifica dell’identità (KC), ramo grants.
sup-kind-mail_message = Un singolo messaggio e-mail
sup-sup1 = Solo il personale del fornitore che gestisce la richiesta indicata può usare questo accesso; si chiude da solo 7 giorni dopo essere stato dato, e può revocarlo prima.
sup-give = Dare accesso al supporto
sup-new-kind = Accesso a
sup-new-items = Elementi (uno per riga)
sup-new-items-hint-mail_address = Gli indirizzi di casella che il supporto può aprire, uno per riga.
sup-new-items-hint-drive_folder = Le cartelle del drive che il supporto può aprire, una per riga.
sup-new-items-hint-chat_discussion = Le conversazioni della chat che il supporto può leggere, una per riga.
sup-new-items-hint-mail_message = L’unico messaggio condiviso: il suo oggetto, come appare nella casella.
sup-new-ticket = Numero della richiesta al supporto
sup-new-ticket-hint = Come l’ha scritto il fornitore, p. es. SUP-20431.
sup-new-submit = Dare accesso
sup-new-done = { $n ->
    [one] Accesso dato per 7 giorni.
   *[other] { $n } accessi dati per 7 giorni.
}
sup-countdown-days = si chiude tra { $days ->
    [one] 1 giorno
   *[other] { $days } giorni
} { $hours } h
sup-countdown-hours = si chiude tra { $hours } h { $minutes } min
sup-countdown-minutes = si chiude tra { $minutes } min
sup-closed = chiuso
sup-revoke = Revoca
sup-revoke-confirm = Revocare ora l’accesso a { $target }? Il supporto non potrà più aprirlo.
sup-revoke-done = Accesso a { $target } revocato.
sup-by = da { $name }
sup-log = Registro degli accessi
sup-log-none = Ancora nulla registrato.
sup-log-when = Quando
sup-log-what = Cosa
sup-log-who = Chi
sup-log-granted = Accesso dato
sup-log-revoked = Accesso revocato
sup-log-expired = Chiuso da solo dopo 7 giorni
sup-log-system = Comptoir (da solo)
sup-log-page = { $from }–{ $to } di { $total }
sup-log-newer = Più recenti
sup-log-older = Meno recenti
sup-log-note = Il registro conserva ogni riga: nulla può esservi modificato o cancellato.
kc-banner-title = L’ordine n. { $id } è bloccato per la verifica dell’identità
kc-trigger-forgotten_password = Le abbiamo chiesto di confermare la sua identità perché sull’account è stata segnalata una password dimenticata.
kc-trigger-forgotten_login_email = Le abbiamo chiesto di confermare la sua identità perché l’indirizzo e-mail di accesso è stato segnalato come dimenticato.
kc-trigger-two_factor_removal = Le abbiamo chiesto di confermare la sua identità perché si sta rimuovendo l’autenticazione a due fattori.
kc-trigger-account_unblock = Le abbiamo chiesto di confermare la sua identità prima di sbloccare l’account.
kc-trigger-first_payout = Le abbiamo chiesto di confermare la sua identità prima del primo versamento.
kc-trigger-suspected_fraud = Questo ordine è stato bloccato perché sembra una frode: confermi la sua identità per sbloccarlo.
kc-trigger-brand_name = Questo ordine contiene un marchio protetto: confermi la sua identità (e il suo diritto sul marchio) per sbloccarlo.
kc-cancels-on = Senza risposta viene annullato il { $date } e rimborsato per intero sul mezzo di pagamento che l’ha pagato.
kc-resend = Invia di nuovo la procedura
kc-resent = La procedura è stata inviata di nuovo oggi all’indirizzo e-mail dell’account.
kc-resent-already = La procedura è già stata inviata oggi; non viene inviata due volte nello stesso giorno.
kc-resent-count = { $n ->
    [one] Inviata di nuovo una volta, l’ultima il { $date }.
   *[other] Inviata di nuovo { $n } volte, l’ultima il { $date }.
}
kc-attach = Allega un documento…
kc-documents = Documenti per la verifica
kc-document-kept = conservato al massimo fino al { $date }
kc-document-deleted = eliminato
kc-document-handle = Segna come gestito
kc-document-handled = Gestito ed eliminato.
kc-documents-rule = I documenti vengono eliminati una volta gestiti, e al più tardi dopo 72 ore.
kc-answered = Il suo documento è arrivato: l’ordine attende la verifica e non viene annullato.
kc-cancelled = Annullato dopo 10 giorni senza risposta: nota di credito { $number }, rimborsato su { $method }.
order-blocked = Bloccato (verifica)
refusal-support_access_rights_needed =
    Solo un rappresentante legale o un amministratore può { $action ->
        [grant] dare accesso al supporto.
       *[revoke] revocare l’accesso del supporto.
    }
refusal-grant_closed =
    { $state ->
        [revoked] Questo accesso era già revocato.
       *[expired] Questo accesso si è già chiuso da solo dopo 7 giorni.
    }
refusal-grant_already_open = Il supporto ha già questo accesso ({ $item }), ancora aperto: lo revochi prima per darlo di nuovo.
refusal-kc_blocked = Questo ordine è bloccato per la verifica dell’identità: non può essere pagato né annullato qui.
refusal-kc_cancelled = Questo ordine è stato annullato dopo 10 giorni senza risposta.
refusal-not_found-support_grant = Questo accesso del supporto non esiste più.
refusal-not_found-blocked_order = Questo ordine non è (più) bloccato per verifica.
field-trigger = Motivo della verifica
field-ticket_ref = Numero della richiesta al supporto
field-items = Elementi
field-grant_id = Accesso del supporto
field-document_id = Documento

## Account security (issue 15: TFA-1..4, ID-1..4), branch `security`.
sec-own-title = La sua autenticazione a due fattori
sec-own-badgeOn = Attiva
sec-own-intro = La sua password più un secondo passo: un codice di 6 cifre da un’app di autenticazione, nuovo ogni 30 secondi, che funziona anche offline.
sec-severalAccounts = Un’app di autenticazione può contenere più account: aggiunga Comptoir accanto a quelli che ha già.
sec-own-off = L’autenticazione a due fattori è disattivata per { $account }.
sec-own-providerOnly = Il fornitore ha l’autenticazione a due fattori attiva per questo account ({ $method }), ma la sua chiave non è in questo spazio di lavoro: qui i codici non possono essere verificati. Configuri qui un’app di autenticazione per usare i codici in Comptoir.
sec-own-account = Account
sec-begin = Configurare un’app di autenticazione
sec-enrol-title = Scansioni questo codice con la sua app di autenticazione
sec-enrol-qr = Codice QR per aggiungere l’account a un’app di autenticazione
sec-enrol-once = Questa chiave è mostrata solo ora. Comptoir la conserva nel portachiavi del sistema, mai nello spazio di lavoro.
sec-enrol-account = Account { $account } · emittente { $issuer }
sec-enrol-manual = Oppure digiti questa chiave a mano:
sec-code = Codice dell’app
sec-confirm = Verificare e attivare
sec-codes-title = I suoi dieci codici di emergenza
sec-codes-once = Mostrati solo questa volta: Comptoir non li mostrerà più. Ogni codice funziona una volta, se perde il telefono. Li salvi o li stampi ora.
sec-codes-save = Salvare come file di testo…
sec-codes-print = Stampare
sec-codes-done = Li ho conservati
sec-codes-left = { $n } di { $total }
sec-check-title = Usare un codice
sec-check-intro = Un codice dell’app o un codice di emergenza, come all’accesso. Ne serve uno anche per nuovi codici di emergenza e per rimuovere l’app.
sec-check-code = Codice
sec-check = Verificare il codice
sec-check-app = Codice dell’app accettato.
sec-check-emergency =
    Codice di emergenza accettato. { $n ->
        [one] Resta { $n } codice.
       *[other] Restano { $n } codici.
    }
sec-regenerate = Nuovi codici di emergenza
sec-remove = Rimuovere l’app di autenticazione
sec-removeNote = I nuovi codici di emergenza sostituiscono quelli attuali. Rimuovere l’app disattiva l’autenticazione a due fattori e avvia una verifica dell’identità.
sec-toast-enabled = L’autenticazione a due fattori è attiva.
sec-toast-removed = L’autenticazione a due fattori è disattivata. Seguirà una verifica dell’identità.
sec-toast-regenerated = Nuovi codici di emergenza emessi: i precedenti non funzionano più.
sec-toast-printed = I codici di emergenza sono stati inviati alla stampante.
sec-ids-title = I suoi identificativi
sec-ids-intro = Ogni identificativo ha la sua password: cambiarne una non cambia nessuna delle altre.
sec-ids-login = Identificativo di accesso
sec-ids-loginNote = L’e-mail personale data all’iscrizione, con la sua password.
sec-ids-passwordSet = Password impostata il { $date }
sec-ids-mailboxes = Caselle di posta ospitate
sec-ids-mailboxNote = Ogni casella ha la sua password, anche quando l’indirizzo si scrive come il suo identificativo di accesso.
sec-ids-address = Indirizzo
sec-ids-password = Password
sec-ids-readers = Lettori webmail
sec-ids-unify = Una password con l’accesso
sec-ids-offered = Può essere offerta
sec-ids-notOffered = Non offerta: { $missing }
sec-ids-cond-exact_address = non è esattamente l’indirizzo del suo accesso
sec-ids-cond-only_webmail_reader = altri account la leggono nella webmail
sec-ids-cond-may_change_password = non può cambiarne la password
sec-ids-credentials = FTP, MySQL, SSH e WebDAV
sec-ids-credentialsNote = Indipendenti dall’accesso e da ogni casella di posta.
sec-ids-kind = Servizio
sec-ids-user = Utente
sec-ids-host = Server
sec-ids-kind-ftp = FTP
sec-ids-kind-mysql = MySQL
sec-ids-kind-ssh = SSH
sec-ids-kind-webdav = WebDAV
refusal-tfa-own_account_only = Solo la persona stessa può cambiare la propria autenticazione a due fattori.
refusal-tfa-wrong_code = Questo codice non è valido. Controlli l’ora del telefono e digiti il codice attuale.
refusal-tfa-code_used = Questo codice è già stato usato. Attenda il prossimo (30 secondi).
refusal-tfa-emergency_code_used = Questo codice di emergenza è già stato usato: ognuno funziona una sola volta.
refusal-tfa-already_enabled = L’autenticazione a due fattori è già attiva.
refusal-tfa-not_pending = Nessuna configurazione attende un codice. Ricominci.
refusal-tfa-not_enabled = L’autenticazione a due fattori non è attiva.
refusal-tfa-no_seed = La chiave dell’app di autenticazione non è nel portachiavi di questo sistema. Usi un codice di emergenza.
refusal-tfa-keyring = Il portachiavi del sistema non ha potuto conservare la chiave (è bloccato o l’accesso è stato negato). Lo sblocchi e riprovi.
refusal-tfa-print_failed = Non è stato possibile stampare i codici. Li salvi invece come file di testo.
refusal-tfa-not_current_codes = Questi non sono i suoi codici di emergenza attuali: si possono salvare o stampare solo i codici appena mostrati. Ne generi di nuovi se necessario.
refusal-tfa-workspace_changed = Nel frattempo è stato aperto un altro spazio di lavoro. Non è stato modificato nulla: ricominci.
refusal-kc-handlers_only = Solo un rappresentante legale o un amministratore dell’organizzazione può segnare un documento come trattato (viene allora eliminato).
refusal-id-unification-exact_address = Una password unica non è offerta: la casella non è esattamente l’indirizzo del suo accesso.
refusal-id-unification-only_webmail_reader = Una password unica non è offerta: altri account leggono questa casella nella webmail.
refusal-id-unification-may_change_password = Una password unica non è offerta: non può cambiare la password di questa casella.
refusal-not_found-mailbox = Questa casella di posta non esiste più.
field-code = Codice
field-codes = Codici di emergenza
field-mailbox_id = Casella di posta

# Partner program (PAR-1..4), branch `partner`
par-eligibility = Requisiti del programma partner
par-cond-volume = Valore annuo dei prodotti gestiti
par-cond-volumeFigure = { $chf } all’anno (servono { $chfNeeded }) o { $eur } all’anno (servono { $eurNeeded })
par-cond-company = Azienda iscritta a registro con sito web
par-cond-service = Assiste e fattura i propri clienti
par-cond-conditions = Condizioni di rivenditore accettate
par-met = soddisfatto
par-notMet = non soddisfatto
par-registerNumber = Numero di registro
par-website = Sito web
par-missing = mancante
par-supports = Assiste i propri clienti
par-invoices = Fattura ai propri clienti
par-yes = sì
par-no = no
par-acceptedBy = Accettate da { $name } il { $date }
par-notAccepted = Non ancora accettate
par-editProfile = Modifica i dati dell’azienda
par-accept = Accetto le condizioni di rivenditore (salvato con il mio nome e la data)
par-saveProfile = Salva
par-addClient = Aggiungi un cliente
par-clientName = Organizzazione cliente
par-contactEmail = E-mail di contatto
par-billed = Fatturato dal fornitore a
par-billed-partner = Il partner
par-billed-client = Il cliente
par-benefit = Prezzo partner
par-benefit-discount = Sconto
par-benefit-cashback = Cashback
par-rate = Percentuale (%)
par-rateHint = Uno sconto o cashback ricorrente dallo 0 al 35 % del prezzo di listino (PAR-4); il margine è questa quota di ogni rinnovo.
par-endedOn = terminata il { $date }
par-products = Prodotti del cliente
par-noProducts = Nessun prodotto registrato per questo cliente.
par-managed = Gestito
par-productName = Prodotto
par-period = Periodo
par-price = Prezzo di listino
par-renews = Prossimo rinnovo
par-manageProduct = Il partner gestisce { $name }
par-saveAccess = Salva l’accesso concesso dal cliente
par-addProduct = Aggiungi il prodotto
par-billing = Fatturazione tra partner e cliente
par-saveBilling = Salva le condizioni di fatturazione
par-managers = Gestito da
par-managersHint = Utenti del partner che gestiscono questo cliente; i rappresentanti legali e gli amministratori li gestiscono tutti.
par-saveManagers = Salva chi gestisce il cliente
par-statement = Estratto
par-from = Dal
par-to = Al
par-showStatement = Mostra
par-statementSummary = { $n ->
        [one] Un rinnovo
       *[other] { $n } rinnovi
    }: prezzo di listino { $list }, il partner paga { $pays }, margine { $margin } ({ $rate }).
par-saveCsv = Salva CSV…
par-savePdf = Salva PDF…
par-issued = Estratti emessi
par-margin = margine
par-endConfirm = Il partner perde l’accesso; i prodotti e gli estratti restano al cliente.
par-end = Termina la relazione
par-becomePartner = Diventa partner
par-becomeAffiliate = Aderisci al programma di affiliazione
par-leave = Lascia il programma
par-assignedOnly = Vede i clienti assegnati a lei.
par-managedOf = { $managed } su { $n }
par-isAffiliate = Questa organizzazione fa parte del programma di affiliazione; un partner non può essere anche affiliato.
toast-partnerProfile = Dati del programma partner salvati.
toast-partnerStatus = Programma modificato.
toast-partnerClientAdded = Cliente aggiunto.
toast-partnerProductAdded = Prodotto aggiunto al cliente.
toast-partnerAccess = Accesso concesso dal cliente salvato.
toast-partnerBilling = Condizioni di fatturazione salvate.
toast-partnerManagers = Gestori del cliente salvati.
toast-partnerEnded = Relazione terminata: accesso rimosso, prodotti ed estratti restano al cliente.
refusal-partner_is_affiliate = Un affiliato non può diventare partner: nessuno è partner e affiliato insieme.
refusal-affiliate_is_partner = Un partner non può aderire al programma di affiliazione: nessuno è partner e affiliato insieme.
refusal-partner_not_eligible = Non tutte le condizioni del programma partner sono soddisfatte: veda quale qui sopra.
refusal-not_a_partner = Solo un’organizzazione partner gestisce clienti.
refusal-partner_admin_only = Solo un rappresentante legale o un amministratore può modificare le impostazioni partner e i clienti.
refusal-partner_client_not_assigned = Questo cliente non le è assegnato: si rivolga a un amministratore del partner.
refusal-partner_client_ended = La relazione con questo cliente è terminata il { $date }.
refusal-partner_client_exists = { $name } è già cliente.
refusal-not_found-partner_client = Questo cliente non esiste più.
refusal-not_found-client_product = Questo prodotto non è del cliente.
field-rate = Percentuale
field-website = Sito web
field-client_id = Cliente
field-register_number = Numero di registro
field-price = Prezzo
