# Der Befehlszeilenmodus: `comptoir invoices list|export|print` (crates/comptoir-cli).

cli-about = Comptoir ohne Fenster: listet, exportiert und druckt die Rechnungen eines Arbeitsbereichs.
cli-invoices-about = Rechnungen, Proformarechnungen und Gutschriften eines Arbeitsbereichs.
cli-list-about = Listet die Dokumente auf, die den Filtern entsprechen.
cli-export-about = Speichert die PDFs der passenden Dokumente in einem Ordner.
cli-print-about = Sendet die passenden Dokumente an den Drucker des Systems.
cli-heading-usage = Verwendung
cli-heading-options = Optionen
cli-heading-commands = Befehle
cli-value-file = DATEI
cli-value-org = ORGANISATION
cli-value-date = JJJJ-MM-TT
cli-value-status = STATUS
cli-value-kind = ART
cli-value-folder = ORDNER
cli-value-command = BEFEHL
cli-value-options = OPTIONEN
cli-arg-workspace = Die Datei des Arbeitsbereichs (sie muss existieren; nichts wird angelegt).
cli-arg-org = Nur diese Organisation (ihre Nummer oder ihr genauer Name).
cli-arg-from = Nur Dokumente, die an diesem Tag oder später ausgestellt wurden.
cli-arg-to = Nur Dokumente, die an diesem Tag oder früher ausgestellt wurden.
cli-arg-status = Nur Dokumente paid (bezahlt), unpaid (unbezahlt, überfällige eingeschlossen), overdue (überfällig) oder cancelled (storniert).
cli-arg-kind = Nur Dokumente invoice (Rechnungen), pro-forma (Proformarechnungen) oder credit-note (Gutschriften).
cli-arg-json = Gibt die Liste als JSON aus (Daten JJJJ-MM-TT, Beträge mit Punkt).
cli-arg-out = Der Ordner, in den die PDFs geschrieben werden (wird angelegt, falls er fehlt).
cli-arg-replace = Ersetzt Dateien mit gleichem Namen im Ordner.
cli-arg-keep-both = Behält Dateien mit gleichem Namen und schreibt «Name (2).pdf» daneben.
cli-arg-help = Zeigt diese Hilfe.
cli-arg-version = Zeigt die Version.
cli-exit-codes =
    Exit-Codes:
      0  erledigt
      1  einige Dokumente konnten nicht exportiert oder gedruckt werden (die anderen, falls vorhanden, schon)
      2  falsche Befehlszeile
      3  der Arbeitsbereich fehlt oder lässt sich nicht öffnen (nichts wurde geschrieben)
      4  kein Dokument passt
      5  Dateien mit gleichen Namen liegen bereits im Ordner (nichts wurde geschrieben)
      6  der angemeldete Benutzer darf die Dokumente dieser Organisation nicht lesen
cli-error-date = { $option }: «{ $value }» ist kein Datum; schreiben Sie es als JJJJ-MM-TT.
cli-error-date-order = --from { $from } liegt nach --to { $to }.
cli-error-no-workspace = Unter { $file } gibt es keinen Arbeitsbereich; nichts wurde angelegt.
cli-error-refused = { $file } wurde nicht geöffnet: { $why } Nichts wurde geschrieben.
cli-refusal-not-sqlite = Es ist kein Comptoir-Arbeitsbereich (keine Datenbank).
cli-refusal-damaged = Die Datenbank ist beschädigt.
cli-refusal-foreign = Es ist die Datenbank eines anderen Programms.
cli-refusal-empty = Die Datenbank ist leer (wurde sie ohne ihre -wal-Datei kopiert?).
cli-refusal-newer = Sie wurde von einer neueren Comptoir-Version geschrieben; aktualisieren Sie die App.
cli-refusal-missing-kind = Ihr fehlt der Eintrag, der sie als Comptoir-Arbeitsbereich ausweist.
cli-refusal-unreadable = Die Datei kann nicht gelesen werden.
cli-refusal-read-only = Die Datei oder ihr Ordner kann nicht geschrieben werden.
cli-error-open = { $file } konnte nicht geöffnet werden: { $why }
cli-error-no-org = Keine Organisation dieses Arbeitsbereichs heisst «{ $org }» oder hat diese Nummer.
cli-error-not-member = Der angemeldete Benutzer des Arbeitsbereichs ist nicht Mitglied von «{ $org }» und darf ihre Dokumente nicht lesen.
cli-error-engine = Der Arbeitsbereich konnte nicht gelesen werden: { $why }
cli-nothing-matches = Kein Dokument passt.
cli-col-number = Nummer
cli-col-kind = Art
cli-col-organization = Organisation
cli-col-issued = Ausgestellt
cli-col-due = Fällig
cli-col-total = Total
cli-col-status = Status
cli-kind-invoice = Rechnung
cli-kind-pro-forma = Proformarechnung
cli-kind-credit-note = Gutschrift
cli-status-paid = Bezahlt
cli-status-unpaid = Unbezahlt
cli-status-overdue = Überfällig
cli-status-cancelled = Storniert
cli-listed =
    { $count ->
        [one] 1 Dokument
       *[other] { $count } Dokumente
    }
cli-error-files-exist =
    { $count ->
        [one] Eine Datei mit gleichem Namen liegt bereits in { $folder }: { $files }.
       *[other] { $count } Dateien mit gleichen Namen liegen bereits in { $folder }: { $files }.
    } Nichts wurde geschrieben; fügen Sie --replace oder --keep-both hinzu.
cli-error-write = In { $folder } konnte nichts geschrieben werden: { $why }
cli-failed-export = { $number } konnte nicht exportiert werden: { $why }
cli-failed-print = { $number } konnte nicht gedruckt werden: { $why }
cli-exported =
    { $count ->
        [one] 1 PDF in { $folder } geschrieben
       *[other] { $count } PDFs in { $folder } geschrieben
    }
cli-print-no-system = Kein Drucksystem gefunden ({ $program }); exportieren Sie die PDFs und drucken Sie sie aus einem Betrachter.
cli-print-refused = { $program } hat { $number } abgelehnt: { $detail }
cli-printed =
    { $count ->
        [one] 1 Dokument an den Drucker gesendet
       *[other] { $count } Dokumente an den Drucker gesendet
    }
cli-error-unknown-argument = Unbekannte Option: { $arg }
cli-error-unknown-command = Unbekannter Befehl: { $command }
cli-error-invalid-value = { $arg }: «{ $value }» ist keiner dieser Werte: { $valid }.
cli-error-missing-argument = Es fehlt: { $arg }
cli-error-conflict = { $arg } kann nicht mit { $other } verwendet werden.
cli-error-value-count = { $arg }: falsche Anzahl Werte.
cli-error-usage = Die Befehlszeile wird nicht verstanden.
cli-see-help = Siehe: comptoir --help
cli-why-vault-changed = seine abgelegte Kopie wurde seit der Ausstellung auf dem Datenträger verändert und wird darum nicht verwendet.
cli-why-vault-missing = seine abgelegte Kopie kann nicht gelesen werden (verschoben oder gelöscht?).
cli-why-not-a-file = im Ordner liegt unter diesem Namen etwas anderes als eine gewöhnliche Datei.
cli-why-not-found = der Ordner existiert nicht.
cli-why-permission = Zugriff verweigert (der Ordner ist schreibgeschützt oder gehört nicht Ihnen).
cli-why-not-a-folder = dieser Pfad ist eine Datei, kein Ordner.
cli-why-full = der Datenträger ist voll.
cli-why-storage = die Datei konnte nicht gelesen oder geschrieben werden.
cli-why-data = die Daten des Dokuments sind ungültig.
cli-why-other = ein unerwarteter Fehler ist aufgetreten.
cli-why-database = die Datenbank des Arbeitsbereichs ist beschädigt oder nicht die, die diese Version von Comptoir erwartet.
cli-error-choose-command = Wählen Sie einen Befehl: list, export oder print.
cli-error-twice = { $arg } wurde zweimal angegeben.
cli-error-empty-value = { $arg }: der Wert ist leer.
