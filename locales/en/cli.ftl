# The command-line mode: `comptoir invoices list|export|print` (crates/comptoir-cli).

cli-about = Comptoir without a window: list, export and print the invoices of a workspace.
cli-invoices-about = Invoices, pro-formas and credit notes of a workspace.
cli-list-about = Lists the documents that match the filters.
cli-export-about = Writes the PDFs of the documents that match into a folder.
cli-print-about = Sends the documents that match to the system's printer.
cli-heading-usage = Usage
cli-heading-options = Options
cli-heading-commands = Commands
cli-value-file = FILE
cli-value-org = ORGANIZATION
cli-value-date = YYYY-MM-DD
cli-value-status = STATUS
cli-value-kind = KIND
cli-value-folder = FOLDER
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-arg-workspace = The workspace file (it must exist; nothing is created).
cli-arg-org = Only this organization (its number or its exact name).
cli-arg-from = Only documents issued on or after this day.
cli-arg-to = Only documents issued on or before this day.
cli-arg-status = Only paid, unpaid (overdue included), overdue or cancelled documents.
cli-arg-kind = Only invoice, pro-forma or credit-note documents.
cli-arg-json = Writes the list as JSON (dates YYYY-MM-DD, amounts with a point).
cli-arg-out = The folder the PDFs are written to (created if missing).
cli-arg-replace = Replaces files of the same name in the folder.
cli-arg-keep-both = Keeps files of the same name and writes "name (2).pdf" beside them.
cli-arg-help = Shows this help.
cli-arg-version = Shows the version.
cli-exit-codes =
    Exit codes:
      0  done
      1  some documents could not be exported or printed (the others, if any, were)
      2  wrong command line
      3  the workspace is missing or cannot be opened (nothing was written)
      4  no document matches
      5  files of the same names are in the folder (nothing was written)
      6  the signed-in user may not read that organization's documents
cli-error-date = { $option }: "{ $value }" is not a date; write it as YYYY-MM-DD.
cli-error-date-order = --from { $from } is after --to { $to }.
cli-error-no-workspace = There is no workspace at { $file }; nothing was created.
cli-error-refused = { $file } was not opened: { $why } Nothing was written.
cli-refusal-not-sqlite = it is not a Comptoir workspace (not a database).
cli-refusal-damaged = the database is damaged.
cli-refusal-foreign = it is another program's database.
cli-refusal-empty = the database is empty (was it copied without its -wal file?).
cli-refusal-newer = it was written by a newer Comptoir; update the app.
cli-refusal-missing-kind = it lost the record that says it is a Comptoir workspace.
cli-refusal-unreadable = the file cannot be read.
cli-refusal-read-only = the file or its folder cannot be written.
cli-error-open = { $file } could not be opened: { $why }
cli-error-no-org = No organization of this workspace is called or numbered "{ $org }".
cli-error-not-member = The workspace's signed-in user is not a member of "{ $org }" and may not read its documents.
cli-error-engine = The workspace could not be read: { $why }
cli-nothing-matches = No document matches.
cli-col-number = Number
cli-col-kind = Kind
cli-col-organization = Organization
cli-col-issued = Issued
cli-col-due = Due
cli-col-total = Total
cli-col-status = Status
cli-kind-invoice = Invoice
cli-kind-pro-forma = Pro-forma
cli-kind-credit-note = Credit note
cli-status-paid = Paid
cli-status-unpaid = Unpaid
cli-status-overdue = Overdue
cli-status-cancelled = Cancelled
cli-listed =
    { $count ->
        [one] 1 document
       *[other] { $count } documents
    }
cli-error-files-exist =
    { $count ->
        [one] A file of the same name is already in { $folder }: { $files }.
       *[other] { $count } files of the same names are already in { $folder }: { $files }.
    } Nothing was written; add --replace or --keep-both.
cli-error-write = Nothing could be written to { $folder }: { $why }
cli-failed-export = { $number } could not be exported: { $why }
cli-failed-print = { $number } could not be printed: { $why }
cli-exported =
    { $count ->
        [one] 1 PDF written to { $folder }
       *[other] { $count } PDFs written to { $folder }
    }
cli-print-no-system = No print system was found ({ $program }); export the PDFs and print them from a viewer.
cli-print-refused = { $program } refused { $number }: { $detail }
cli-printed =
    { $count ->
        [one] 1 document sent to the printer
       *[other] { $count } documents sent to the printer
    }
cli-error-unknown-argument = Unknown option: { $arg }
cli-error-unknown-command = Unknown command: { $command }
cli-error-invalid-value = { $arg }: "{ $value }" is not one of { $valid }.
cli-error-missing-argument = Missing: { $arg }
cli-error-conflict = { $arg } cannot be used with { $other }.
cli-error-value-count = { $arg }: wrong number of values.
cli-error-usage = The command line is not understood.
cli-see-help = See: comptoir --help
cli-why-vault-changed = its stored copy was changed on disk since it was issued, so it is not used.
cli-why-vault-missing = its stored copy cannot be read (moved or deleted?).
cli-why-not-a-file = something other than a regular file has its name in the folder.
cli-why-not-found = the folder does not exist.
cli-why-permission = permission denied (the folder is read-only or not yours).
cli-why-not-a-folder = that path is a file, not a folder.
cli-why-full = the disk is full.
cli-why-storage = the file could not be read or written.
cli-why-data = the document's data is not valid.
cli-why-other = an unexpected error occurred.
cli-why-database = the workspace's database is damaged or not the one this version of Comptoir expects.
cli-error-choose-command = Choose a command: list, export or print.
cli-error-twice = { $arg } was given twice.
cli-error-empty-value = { $arg }: the value is empty.
