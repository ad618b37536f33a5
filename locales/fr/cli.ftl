# Le mode ligne de commande : `comptoir invoices list|export|print` (crates/comptoir-cli).

cli-about = Comptoir sans fenêtre : liste, exporte et imprime les factures d’un espace de travail.
cli-invoices-about = Factures, factures pro forma et notes de crédit d’un espace de travail.
cli-list-about = Liste les documents qui correspondent aux filtres.
cli-export-about = Enregistre dans un dossier les PDF des documents qui correspondent aux filtres.
cli-print-about = Envoie à l’imprimante du système les documents qui correspondent aux filtres.
cli-heading-usage = Utilisation
cli-heading-options = Options
cli-heading-commands = Commandes
cli-value-file = FICHIER
cli-value-org = ORGANISATION
cli-value-date = AAAA-MM-JJ
cli-value-status = STATUT
cli-value-kind = TYPE
cli-value-folder = DOSSIER
cli-value-command = COMMANDE
cli-value-options = OPTIONS
cli-arg-workspace = Le fichier de l’espace de travail (il doit exister ; rien n’est créé).
cli-arg-org = Seulement cette organisation (son numéro ou son nom exact).
cli-arg-from = Seulement les documents émis ce jour-là ou après.
cli-arg-to = Seulement les documents émis ce jour-là ou avant.
cli-arg-status = Seulement les documents paid (payés), unpaid (impayés, échus compris), overdue (échus) ou cancelled (annulés).
cli-arg-kind = Seulement les documents invoice (factures), pro-forma (factures pro forma) ou credit-note (notes de crédit).
cli-arg-json = Écrit la liste en JSON (dates AAAA-MM-JJ, montants avec un point).
cli-arg-out = Le dossier où les PDF sont enregistrés (créé s’il n’existe pas).
cli-arg-replace = Remplace les fichiers du même nom dans le dossier.
cli-arg-keep-both = Garde les fichiers du même nom et enregistre « nom (2).pdf » à côté.
cli-arg-help = Affiche cette aide.
cli-arg-version = Affiche la version.
cli-exit-codes =
    Codes de sortie :
      0  terminé
      1  certains documents n’ont pas pu être exportés ou imprimés (les autres, s’il y en a, l’ont été)
      2  ligne de commande incorrecte
      3  l’espace de travail n’existe pas ou ne peut pas être ouvert (rien n’a été écrit)
      4  aucun document ne correspond
      5  des fichiers du même nom sont déjà dans le dossier (rien n’a été écrit)
      6  l’utilisateur connecté ne peut pas lire les documents de cette organisation
cli-error-date = { $option } : « { $value } » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.
cli-error-date-order = --from { $from } est postérieur à --to { $to }.
cli-error-no-workspace = Il n’y a pas d’espace de travail à { $file } ; rien n’a été créé.
cli-error-refused = { $file } n’a pas été ouvert : { $why } Rien n’a été écrit.
cli-refusal-not-sqlite = ce n’est pas un espace de travail Comptoir (pas une base de données).
cli-refusal-damaged = la base de données est endommagée.
cli-refusal-foreign = c’est la base de données d’un autre programme.
cli-refusal-empty = la base de données est vide (a-t-elle été copiée sans son fichier -wal ?).
cli-refusal-newer = il a été écrit par une version plus récente de Comptoir ; mettez l’application à jour.
cli-refusal-missing-kind = il a perdu l’enregistrement qui indique que c’est un espace de travail Comptoir.
cli-refusal-unreadable = le fichier ne peut pas être lu.
cli-refusal-read-only = le fichier ou son dossier ne peut pas être modifié.
cli-error-open = { $file } n’a pas pu être ouvert : { $why }
cli-error-no-org = Aucune organisation de cet espace de travail ne s’appelle ou ne porte le numéro « { $org } ».
cli-error-not-member = L’utilisateur connecté de l’espace de travail n’est pas membre de « { $org } » et ne peut pas lire ses documents.
cli-error-engine = L’espace de travail n’a pas pu être lu : { $why }
cli-nothing-matches = Aucun document ne correspond.
cli-col-number = Numéro
cli-col-kind = Type
cli-col-organization = Organisation
cli-col-issued = Émis le
cli-col-due = Échéance
cli-col-total = Total
cli-col-status = Statut
cli-kind-invoice = Facture
cli-kind-pro-forma = Facture pro forma
cli-kind-credit-note = Note de crédit
cli-status-paid = Payée
cli-status-unpaid = Impayée
cli-status-overdue = Échue
cli-status-cancelled = Annulée
cli-listed =
    { $count ->
        [one] 1 document
       *[other] { $count } documents
    }
cli-error-files-exist =
    { $count ->
        [one] Un fichier du même nom est déjà dans { $folder } : { $files }.
       *[other] { $count } fichiers des mêmes noms sont déjà dans { $folder } : { $files }.
    } Rien n’a été écrit ; ajoutez --replace ou --keep-both.
cli-error-write = Rien n’a pu être écrit dans { $folder } : { $why }
cli-failed-export = { $number } n’a pas pu être exporté : { $why }
cli-failed-print = { $number } n’a pas pu être imprimé : { $why }
cli-exported =
    { $count ->
        [one] 1 PDF enregistré dans { $folder }
       *[other] { $count } PDF enregistrés dans { $folder }
    }
cli-print-no-system = Aucun système d’impression n’a été trouvé ({ $program }) ; exportez les PDF et imprimez-les depuis une visionneuse.
cli-print-refused = { $program } a refusé { $number } : { $detail }
cli-printed =
    { $count ->
        [one] 1 document envoyé à l’imprimante
       *[other] { $count } documents envoyés à l’imprimante
    }
cli-error-unknown-argument = Option inconnue : { $arg }
cli-error-unknown-command = Commande inconnue : { $command }
cli-error-invalid-value = { $arg } : « { $value } » ne fait pas partie de : { $valid }.
cli-error-missing-argument = Manquant : { $arg }
cli-error-conflict = { $arg } ne peut pas être utilisé avec { $other }.
cli-error-value-count = { $arg } : nombre de valeurs incorrect.
cli-error-usage = La ligne de commande n’est pas comprise.
cli-see-help = Voir : comptoir --help
cli-why-vault-changed = sa copie conservée a été modifiée sur le disque depuis son émission ; elle n’est donc pas utilisée.
cli-why-vault-missing = sa copie conservée ne peut pas être lue (déplacée ou supprimée ?).
cli-why-not-a-file = le dossier contient sous ce nom autre chose qu’un fichier ordinaire.
cli-why-not-found = le dossier n’existe pas.
cli-why-permission = permission refusée (le dossier est en lecture seule ou ne vous appartient pas).
cli-why-not-a-folder = ce chemin est un fichier, pas un dossier.
cli-why-full = le disque est plein.
cli-why-storage = le fichier n’a pas pu être lu ou écrit.
cli-why-data = les données du document ne sont pas valables.
cli-why-other = une erreur inattendue s’est produite.
cli-why-database = la base de données de l’espace de travail est endommagée ou n’est pas celle qu’attend cette version de Comptoir.
cli-error-choose-command = Choisissez une commande : list, export ou print.
cli-error-twice = { $arg } a été donné deux fois.
cli-error-empty-value = { $arg } : la valeur est vide.
