# La modalità a riga di comando: `comptoir invoices list|export|print` (crates/comptoir-cli).

cli-about = Comptoir senza finestra: elenca, esporta e stampa le fatture di uno spazio di lavoro.
cli-invoices-about = Fatture, fatture proforma e note di credito di uno spazio di lavoro.
cli-list-about = Elenca i documenti che corrispondono ai filtri.
cli-export-about = Salva in una cartella i PDF dei documenti che corrispondono ai filtri.
cli-print-about = Invia alla stampante del sistema i documenti che corrispondono ai filtri.
cli-heading-usage = Uso
cli-heading-options = Opzioni
cli-heading-commands = Comandi
cli-value-file = FILE
cli-value-org = ORGANIZZAZIONE
cli-value-date = AAAA-MM-GG
cli-value-status = STATO
cli-value-kind = TIPO
cli-value-folder = CARTELLA
cli-value-command = COMANDO
cli-value-options = OPZIONI
cli-arg-workspace = Il file dello spazio di lavoro (deve esistere; non viene creato nulla).
cli-arg-org = Solo questa organizzazione (il suo numero o il suo nome esatto).
cli-arg-from = Solo i documenti emessi in questo giorno o dopo.
cli-arg-to = Solo i documenti emessi in questo giorno o prima.
cli-arg-status = Solo i documenti paid (pagati), unpaid (non pagati, scaduti compresi), overdue (scaduti) o cancelled (annullati).
cli-arg-kind = Solo i documenti invoice (fatture), pro-forma (fatture proforma) o credit-note (note di credito).
cli-arg-json = Scrive l’elenco in JSON (date AAAA-MM-GG, importi con il punto).
cli-arg-out = La cartella in cui vengono salvati i PDF (creata se manca).
cli-arg-replace = Sostituisce i file con lo stesso nome nella cartella.
cli-arg-keep-both = Conserva i file con lo stesso nome e salva «nome (2).pdf» accanto.
cli-arg-help = Mostra questo aiuto.
cli-arg-version = Mostra la versione.
cli-exit-codes =
    Codici di uscita:
      0  fatto
      1  alcuni documenti non hanno potuto essere esportati o stampati (gli altri, se ce ne sono, sì)
      2  riga di comando errata
      3  lo spazio di lavoro manca o non può essere aperto (non è stato scritto nulla)
      4  nessun documento corrisponde
      5  nella cartella ci sono già file con gli stessi nomi (non è stato scritto nulla)
      6  l’utente connesso non può leggere i documenti di questa organizzazione
cli-error-date = { $option }: «{ $value }» non è una data; la scriva come AAAA-MM-GG.
cli-error-date-order = --from { $from } è successivo a --to { $to }.
cli-error-no-workspace = In { $file } non c’è alcuno spazio di lavoro; non è stato creato nulla.
cli-error-refused = { $file } non è stato aperto: { $why } Non è stato scritto nulla.
cli-refusal-not-sqlite = non è uno spazio di lavoro Comptoir (non è un database).
cli-refusal-damaged = il database è danneggiato.
cli-refusal-foreign = è il database di un altro programma.
cli-refusal-empty = il database è vuoto (è stato copiato senza il suo file -wal?).
cli-refusal-newer = è stato scritto da una versione più recente di Comptoir; aggiorni l’app.
cli-refusal-missing-kind = ha perso il record che indica che è uno spazio di lavoro Comptoir.
cli-refusal-unreadable = il file non può essere letto.
cli-refusal-read-only = il file o la sua cartella non possono essere scritti.
cli-error-open = Impossibile aprire { $file }: { $why }
cli-error-no-org = Nessuna organizzazione di questo spazio di lavoro si chiama o ha il numero «{ $org }».
cli-error-not-member = L’utente connesso dello spazio di lavoro non è membro di «{ $org }» e non può leggerne i documenti.
cli-error-engine = Impossibile leggere lo spazio di lavoro: { $why }
cli-nothing-matches = Nessun documento corrisponde.
cli-col-number = Numero
cli-col-kind = Tipo
cli-col-organization = Organizzazione
cli-col-issued = Emesso
cli-col-due = Scadenza
cli-col-total = Totale
cli-col-status = Stato
cli-kind-invoice = Fattura
cli-kind-pro-forma = Fattura proforma
cli-kind-credit-note = Nota di credito
cli-status-paid = Pagata
cli-status-unpaid = Non pagata
cli-status-overdue = Scaduta
cli-status-cancelled = Annullata
cli-listed =
    { $count ->
        [one] 1 documento
       *[other] { $count } documenti
    }
cli-error-files-exist =
    { $count ->
        [one] In { $folder } c’è già un file con lo stesso nome: { $files }.
       *[other] In { $folder } ci sono già { $count } file con gli stessi nomi: { $files }.
    } Non è stato scritto nulla; aggiunga --replace o --keep-both.
cli-error-write = Impossibile scrivere in { $folder }: { $why }
cli-failed-export = Impossibile esportare { $number }: { $why }
cli-failed-print = Impossibile stampare { $number }: { $why }
cli-exported =
    { $count ->
        [one] 1 PDF salvato in { $folder }
       *[other] { $count } PDF salvati in { $folder }
    }
cli-print-no-system = Nessun sistema di stampa trovato ({ $program }); esporti i PDF e li stampi da un visualizzatore.
cli-print-refused = { $program } ha rifiutato { $number }: { $detail }
cli-printed =
    { $count ->
        [one] 1 documento inviato alla stampante
       *[other] { $count } documenti inviati alla stampante
    }
cli-error-unknown-argument = Opzione sconosciuta: { $arg }
cli-error-unknown-command = Comando sconosciuto: { $command }
cli-error-invalid-value = { $arg }: «{ $value }» non è uno di questi valori: { $valid }.
cli-error-missing-argument = Manca: { $arg }
cli-error-conflict = { $arg } non può essere usato con { $other }.
cli-error-value-count = { $arg }: numero di valori errato.
cli-error-usage = La riga di comando non è comprensibile.
cli-see-help = Consulti: comptoir --help
cli-why-vault-changed = la sua copia conservata è stata modificata sul disco dopo l’emissione, quindi non viene usata.
cli-why-vault-missing = la sua copia conservata non può essere letta (spostata o eliminata?).
cli-why-not-a-file = nella cartella c’è qualcosa con quel nome che non è un file normale.
cli-why-not-found = la cartella non esiste.
cli-why-permission = permesso negato (la cartella è di sola lettura o non è sua).
cli-why-not-a-folder = quel percorso è un file, non una cartella.
cli-why-full = il disco è pieno.
cli-why-storage = il file non ha potuto essere letto o scritto.
cli-why-data = i dati del documento non sono validi.
cli-why-other = si è verificato un errore inatteso.
cli-why-database = la banca dati dello spazio di lavoro è danneggiata o non è quella che questa versione di Comptoir si aspetta.
cli-error-choose-command = Scelga un comando: list, export o print.
cli-error-twice = { $arg } è stato indicato due volte.
cli-error-empty-value = { $arg }: il valore è vuoto.
