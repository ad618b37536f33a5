# Les écrans de l’application (ui/src). Français de Suisse : « vous », apostrophe typographique.

app-name = Comptoir
app-loading = Ouverture de l’espace de travail…
app-noOrg-title = Cet espace de travail n’a encore aucune organisation
app-noOrg-provider = Le fournisseur n’a encore envoyé aucune organisation à cet espace de travail : synchronisez à nouveau quand la connexion sera revenue, ou déconnectez-vous.
app-noOrg-local = Ce fichier d’espace de travail ne contient aucune organisation.
app-noOrg-demo = Ouvrir l’espace de démonstration
app-secondLaunch = Comptoir est déjà ouvert. Un autre lancement a demandé { $file }.
app-secondLaunch-open = Ouvrir { $file }
app-error-title = Une erreur s’est produite
app-retry = Réessayer

nav-organization = Organisation
nav-renewals = Renouvellements et paiements
nav-invoices = Factures
nav-support = Support
nav-security = Sécurité
nav-partner = Partenaire
nav-settings = Réglages
nav-shortcut = Ctrl+{ $n }
nav-organizationPicker = Organisation

workspace-demo = Espace de démonstration
workspace-local = Espace local
workspace-provider = Espace du fournisseur
workspace-demoNote = Données de démonstration créées sur cet ordinateur. Rien ici ne vient du fournisseur ni ne lui est envoyé.
workspace-localNote = Données conservées dans un fichier local sur cet ordinateur.
workspace-providerNote = Profil, organisations, utilisateurs, équipes et produits viennent du fournisseur ; facturation, factures, renouvellement automatique et accès du support sont conservés localement.
header-language = Langue

notYet-title = Pas encore disponible
notYet-security = La modification de l’authentification à deux facteurs n’est pas encore disponible.
notYet-partner = La gestion des clients et la facturation partenaire ne sont pas encore disponibles.

common-name = Nom
common-email = E-mail
common-status = Statut
common-organization = Organisation
common-total = Total
common-cancel = Annuler
common-close = Fermer
common-default = Par défaut
common-since = Depuis

org-legalForm = Forme juridique
org-vat = Numéro de TVA
org-currency = Monnaie de facturation
org-timezone = Fuseau horaire
org-created = Client depuis
org-role = Rôle
org-teamsCol = Équipes
org-contacts = Contact pour
org-lastLogin = Dernière connexion
org-neverSignedIn = Jamais
org-teamMembers =
    { $n ->
        [0] Aucun membre
        [one] { $n } membre : { $names }
       *[other] { $n } membres : { $names }
    }
org-noTeams = Aucune équipe dans cette organisation.
org-noMembers = Aucun utilisateur dans cette organisation.
role-legal_representative = Représentant légal
role-admin = Administrateur
role-user = Utilisateur
member-active = Actif
member-invited = En attente
contact-billing = Facturation
contact-technical = Technique
contact-legal_notices = Avis juridiques

ren-product = Produit
ren-type = Type
ren-customerName = Nom du client
ren-expires = Échéance
ren-period = Période
ren-price = Prix
ren-autoRenew = Renouvellement automatique
ren-on = Activé
ren-off = Désactivé
ren-count-total = Produits
ren-count-expiring = Échéance dans 30 jours
ren-count-overdue = Impayés
ren-count-blocked = Bloqués
ren-count-autoRenew = Renouvellement automatique activé
ren-prepaid = Solde prépayé
ren-prepaidHistory = Mouvements récents
ren-autoRenewCapable = Permet le renouvellement automatique
ren-noMethods = Aucun moyen de paiement enregistré.
ren-expiryCard = expire fin { $date }

kind-domain_ch = Domaine .ch
kind-domain_com = Domaine .com
kind-web_hosting = Hébergement web
kind-mail_service = Service mail
kind-drive = Drive
kind-suite = Suite bureautique
kind-ssl_certificate = Certificat SSL
kind-vps = VPS
kind-backup = Sauvegarde

status-active = Actif
status-expiring = Bientôt échu
status-overdue = Impayé
status-blocked = Bloqué
status-cancelled = Résilié
status-paid = Payée
status-unpaid = Impayée
status-invOverdue = Échue
status-invCancelled = Annulée

method-visa = Visa
method-mastercard = Mastercard
method-cb_card = Carte CB
method-postfinance_card = PostFinance Card
method-iban_transfer = Virement IBAN
method-paypal = PayPal
method-twint = Twint

inv-title = Documents ({ $n })
inv-number = Numéro
inv-kind = Document
inv-issued = Émise le
inv-due = Échéance
inv-paid = Payé
inv-lines = Lignes
inv-kind-invoice = Facture
inv-kind-pro_forma = Facture pro forma
inv-kind-credit_note = Note de crédit
inv-none = Aucune facture pour l’instant.

sup-grants = Accès accordés au support ({ $n })
sup-kind = Accès à
sup-target = Contenu
sup-ticket = Demande
sup-granted = Accordé le
sup-expires = Se ferme le
sup-kind-mail_address = Adresse mail
sup-kind-drive_folder = Dossier Drive
sup-kind-chat_discussion = Discussion de chat
sup-state-active = Ouvert
sup-state-revoked = Révoqué
sup-state-expired = Fermé après 7 jours
sup-none = Aucun accès n’a été accordé au support.
sup-rule = Seul le personnel qui traite la demande peut utiliser un accès ; il se ferme de lui-même 7 jours après avoir été accordé.
sup-tab-compose = Nouvelle demande
sup-tab-history = Demandes précédentes
sup-tab-grants = Accès accordés
sup-subject = Objet
sup-category = Catégorie
sup-category-mail = Messagerie
sup-category-hosting = Hébergement
sup-category-domain = Domaine
sup-category-billing = Facturation
sup-category-drive = Drive
sup-category-other = Autre
sup-product = Produit concerné
sup-product-search = Chercher un produit ou une organisation
sup-product-none = Aucun produit ne correspond.
sup-product-clear = Changer
sup-product-more = { $shown } sur { $total } affichés · plus
sup-description = Description
sup-description-hint = Ce qui s’est passé, ce que vous attendiez, depuis quand.
sup-error = Texte exact du message d’erreur
sup-error-hint = Copiez ici le texte de la fenêtre, mot pour mot.
sup-attachments = Pièces jointes ({ $n })
sup-attach-file = Joindre un fichier…
sup-attach-remove = Retirer
sup-attach-text = texte, vérifié pour les secrets
sup-attach-image = image
sup-attach-kind-screenshot = Capture d’écran
sup-attach-kind-app_log = Journal de l’app
sup-attach-kind-website_console = Console du site web
sup-attach-kind-imported = Journal importé
sup-attach-kind-file = Fichier
sup-size-bytes = { $n } o
sup-size-kb = { $n } Ko
sup-system = Inclure les informations système
sup-system-hint = Seul ce qui figure ici est écrit dans le paquet, et seulement si la case est cochée.
sup-sys-os = Système d’exploitation
sup-sys-app = Version de l’app
sup-sys-tauri = Version de Tauri
sup-sys-webview = Version de WebView
sup-sys-locale = Langue du système
sup-sys-screen = Écran { $n }
sup-saving = Enregistrement…
sup-saved = Brouillon enregistré
sup-discard = Abandonner le brouillon
sup-preview-open = Vérifier ce qui sera envoyé…
sup-preview-title = Ce qui sera envoyé
sup-preview-hint = Chaque valeur surlignée a été masquée avant l’envoi. Cliquez sur l’une d’elles pour la rétablir ; sélectionnez du texte puis « Masquer la sélection » pour en masquer davantage.
sup-preview-count = { $n ->
    [0] Rien de masqué
    [one] Une valeur masquée
   *[other] { $n } valeurs masquées
}
sup-preview-redact = Masquer la sélection
sup-preview-emails = Masquer les adresses e-mail
sup-preview-hideAgain = Masquer à nouveau les { $n } rétablies
sup-preview-unredact = Afficher à nouveau ce texte
sup-preview-empty = (vide)
sup-preview-back = Retour à la demande
sup-red-token = jeton ou mot de passe
sup-red-jwt = JWT
sup-red-url_secret = secret dans une URL
sup-red-cookie = cookie
sup-red-iban = IBAN
sup-red-card = numéro de carte
sup-red-otp = code à usage unique
sup-red-email = adresse e-mail
sup-red-manual = masqué à la main
sup-red-restore = { $kind } : cliquer pour rétablir
sup-bundle-save = Enregistrer le paquet…
sup-bundle-saved = Paquet enregistré : { $path }
sup-mail-open = Ouvrir dans la messagerie
sup-mail-note = Le brouillon de courriel ne contient que le résumé : joignez-y le fichier du paquet à la main.
sup-new = Nouvelle demande
sup-history-none = Aucune demande enregistrée pour l’instant.
sup-history-date = Enregistrée
sup-history-redactions = Masquées
sup-history-file = Paquet

sec-users = Authentification à deux facteurs ({ $n })
sec-method = Deuxième facteur
sec-codes = Codes de secours restants
sec-tfa-app_push = Application avec validation push
sec-tfa-totp = Codes à usage unique
sec-tfa-none = Non activée
sec-enabled =
    { $total ->
        [one] { $n } utilisateur protégé sur { $total }
       *[other] { $n } utilisateurs protégés sur { $total }
    }

par-status = Programme
par-status-partner = Partenaire
par-status-affiliate = Affilié
par-status-none = Pas partenaire
par-clients = Clients ({ $n })
par-client = Client
par-access = Accès
par-access-whole_account = Tout le compte, facturation comprise
par-access-specific_products = Produits choisis
par-productCount = Produits
par-noClients = Aucun client pour l’instant.
par-notPartner = Cette organisation ne fait pas partie du programme partenaire. Un partenaire gère des produits pour au moins CHF 2000 ou EUR 1800 par an.

set-workspace = Espace de travail
set-file = Fichier
set-schema = Version du schéma
set-seededOn = Dates de démonstration relatives au
set-counts = Contenu
set-countsValue =
    { $orgs ->
        [one] { $orgs } organisation
       *[other] { $orgs } organisations
    }, { $users ->
        [one] { $users } utilisateur
       *[other] { $users } utilisateurs
    }, { $products ->
        [one] { $products } produit
       *[other] { $products } produits
    }
set-language = Langue
set-languageHint = Suit la langue du système tant que vous n’en choisissez pas une ici.
set-reset = Réinitialiser l’espace de démonstration
set-resetHint = Recrée les organisations de démonstration à partir de zéro, avec des dates relatives à aujourd’hui. Votre choix de langue est conservé.
set-resetConfirmTitle = Réinitialiser l’espace de démonstration ?
set-resetConfirm = Toutes les modifications faites dans cet espace seront perdues.
set-resetDone = L’espace de démonstration a été recréé.
ws-problem-title = Impossible d’ouvrir cet espace de travail
ws-problem-file = Fichier
ws-problem-untouched = Comptoir n’a pas modifié ce fichier.
ws-problem-details = Détails
ws-problem-choose = Ouvrez un autre fichier d’espace de travail ou l’espace de démonstration.
ws-problem-reason-not_sqlite = Ce n’est pas un espace de travail Comptoir : le fichier n’est pas une base de données.
ws-problem-reason-damaged = Le fichier est endommagé : son contenu échoue au contrôle d’intégrité de la base de données.
ws-problem-reason-foreign = C’est la base de données d’un autre programme, pas un espace de travail Comptoir.
ws-problem-reason-empty_database = Cette base de données est vide : elle ne contient aucune donnée Comptoir. Une copie faite pendant que Comptoir était ouvert a pu laisser les données dans son fichier « -wal ».
ws-problem-reason-newer = Cet espace de travail a été enregistré par une version plus récente de Comptoir. Mettez Comptoir à jour pour l’ouvrir.
ws-problem-reason-missing_kind = Cet espace de travail Comptoir n’indique plus de quel type il est (démonstration, local ou fournisseur). Il n’a pas été réinitialisé : ses données sont conservées.
ws-problem-reason-unreadable = Le fichier ne peut pas être lu.
ws-problem-reason-read_only = Impossible d’écrire dans cet espace de travail (le fichier ou son dossier est en lecture seule) : Comptoir ne pourrait enregistrer aucune modification. Rendez-le modifiable ou ouvrez-en un autre.
ws-openOther = Ouvrir un autre espace de travail…
ws-openDemo = Ouvrir l’espace de démonstration
set-backup = Sauvegarder l’espace de travail…
set-backupTitle = Sauvegarde
set-backupHint = Écrit une copie autonome de cet espace de travail dans le fichier de votre choix, puis ouvre cette copie séparément pour la vérifier.
set-backupDone =
    Sauvegarde enregistrée dans { $path } et vérifiée : { $orgs ->
        [one] { $orgs } organisation
       *[other] { $orgs } organisations
    }, { $users ->
        [one] { $users } utilisateur
       *[other] { $users } utilisateurs
    }, { $products ->
        [one] { $products } produit
       *[other] { $products } produits
    }, { $invoices ->
        [one] { $invoices } document
       *[other] { $invoices } documents
    }.

common-save = Enregistrer
common-saved = Modifications enregistrées.
org-tab-users = Utilisateurs
org-tab-teams = Équipes
org-tab-usersCount = Utilisateurs ({ $n })
org-tab-teamsCount = Équipes ({ $n })
org-tab-details = Informations
org-search = Rechercher des utilisateurs
org-allRoles = Tous les rôles
org-add = Ajouter un utilisateur…
org-removeSelected = Retirer la sélection ({ $n })…
org-leave = Quitter l’organisation…
org-replaceRep = Remplacer le représentant légal…
org-selectAll = Sélectionner tous les utilisateurs affichés
org-selectUser = Sélectionner { $name }
org-actions = Actions
org-edit = Modifier
org-viewAs = Voir en tant que
org-resend = Renvoyer
org-resent = Invitation renvoyée à { $email }.
org-actingAs = Connecté en tant que { $name } ({ $role })
org-noMatch = Aucun utilisateur ne correspond à la recherche.
org-invitedSent = invitation envoyée { $n } ×
add-title = Ajouter un utilisateur
add-mode-external = Inviter une nouvelle personne par e-mail
add-mode-existing = Ajouter un compte existant
add-name = Nom complet
add-language = Langue
add-contacts = Contact administratif pour
add-rights = Droits sur les produits
add-submit = Ajouter l’utilisateur
add-invited = { $email } a été invité ; l’invitation reste en attente jusqu’à son acceptation.
add-added = { $email } a été ajouté à l’organisation.
member-rightsHint = Les droits donnés par les équipes sont affichés ici et se modifient dans l’équipe.
rights-product = Produit
rights-technical = Technique
rights-statistics = Statistiques
rights-billing = Facturation
rights-filter = Filtrer les produits
rights-count =
    { $n ->
        [one] { $n } produit avec des droits
       *[other] { $n } produits avec des droits
    }
rights-viaTeam = par { $team }
rights-more = Les { $shown } premiers produits sur { $total }, par nom : recherchez pour trouver les autres.
remove-title =
    { $n ->
        [one] Retirer { $n } utilisateur ?
       *[other] Retirer { $n } utilisateurs ?
    }
remove-body =
    { $n ->
        [one] Cet utilisateur perd l’accès à cette organisation. Si une règle le retient, il reste, avec la raison.
       *[other] Ils perdent l’accès à cette organisation. Un utilisateur qu’une règle retient reste, avec la raison.
    }
remove-confirm = Retirer
remove-removed = Retiré
remove-kept = Conservé
remove-summary =
    { $ok ->
        [one] { $ok } retiré
       *[other] { $ok } retirés
    }, { $refused ->
        [one] { $refused } conservé
       *[other] { $refused } conservés
    }.
leave-title = Quitter { $org } ?
leave-body = Vous perdrez l’accès aux produits et à la facturation de cette organisation.
leave-confirm = Quitter
leave-help = Nommez d’abord un autre représentant légal avec « Remplacer le représentant légal », puis quittez l’organisation.
replace-title = Remplacer un représentant légal
replace-old = Représentant légal à remplacer
replace-new = Nouveau représentant légal
replace-after = Ensuite, le représentant remplacé
replace-remove = quitte l’organisation
replace-becomeAdmin = reste administrateur
replace-becomeUser = reste utilisateur
replace-explain = Le nouveau représentant est d’abord nommé, puis l’ancien quitte l’organisation ou change de rôle, en une seule étape. Seuls les membres qui ont accepté leur invitation peuvent être nommés.
replace-confirm = Remplacer
replace-done = { $name } est désormais représentant légal.
viewas-title = Droits effectifs de { $name }
viewas-explain = Droits propres, droits des équipes et droits du rôle, réunis ; chacun indique d’où il vient.
viewas-none = Cet utilisateur n’a aucun droit sur les produits.
viewas-own = propre
viewas-role = rôle : { $role }
team-new = Nouvelle équipe
team-name = Nom de l’équipe
team-colour = Couleur
team-create = Créer l’équipe
team-created = Équipe { $name } créée.
team-members = Membres
team-rights = Droits de l’équipe sur les produits
team-delete = Supprimer l’équipe…
team-deleteConfirm = Supprimer l’équipe { $name } ? Ses membres restent dans l’organisation ; les droits de l’équipe disparaissent.
team-deleted = Équipe { $name } supprimée.
team-save = Enregistrer l’équipe
details-street = Rue
details-number = Numéro
details-postalCode = NPA
details-town = Localité
details-country = Pays (code ISO)
details-name = Nom de l’organisation
details-save = Enregistrer les informations
details-readOnly = Seul un représentant légal peut modifier ces informations.
lang-en = Anglais
lang-es = Espagnol
lang-fr = Français
lang-de = Allemand
lang-it = Italien
set-actAs = Utilisateur connecté
set-actAsHint = L’espace de démonstration vous permet d’agir en tant que n’importe lequel de ses utilisateurs ; ce que vous pouvez faire dépend du rôle de cet utilisateur.

rule-ORG-3 = Seul un représentant légal peut modifier les informations de l’organisation.
rule-ORG-4 = Seul un représentant légal ou un administrateur peut ajouter des utilisateurs.
rule-ORG-5 = Seul un représentant légal ou un administrateur peut retirer d’autres utilisateurs.
rule-ORG-6 = Seul un représentant légal ou un administrateur peut modifier les rôles et les droits sur les produits.
rule-ORG-7 = Une organisation garde toujours un représentant légal, et seul un représentant légal en nomme ou en retire un.
rule-ORG-8 = Seul un représentant légal ou un administrateur peut gérer les équipes.

ren-tab-products = Produits
ren-tab-methods = Moyens de paiement
ren-tab-prepaid = Compte prépayé
ren-tab-orders = Commandes
ren-preset = Échéance
ren-preset-2m = 2 prochains mois
ren-preset-6m = 6 prochains mois
ren-preset-12m = 12 prochains mois
ren-preset-overdue = Impayés ou bloqués
ren-preset-custom = Période personnalisée
ren-preset-all = Tout afficher
ren-from = Du
ren-to = Au
ren-allOrgs = Toutes les organisations
ren-allTypes = Tous les types
ren-allStatuses = Tous les statuts
ren-anyAutoRenew = Renouvellement : tous
ren-searchProducts = Rechercher des produits
ren-matching =
    { $n ->
        [one] { $n } produit correspond
       *[other] { $n } produits correspondent
    }
ren-selectAllMatching =
    { $n ->
        [one] Sélectionner le produit correspondant
       *[other] Sélectionner les { $n } produits correspondants
    }
ren-selected =
    { $n ->
        [one] { $n } sélectionné
       *[other] { $n } sélectionnés
    }
ren-clearSelection = Effacer la sélection
ren-manage = Gérer les renouvellements…
ren-payMySelection = Payer ma sélection…
ren-exportIcs = Exporter le calendrier (.ics)…
ren-exported = Calendrier enregistré dans { $path }.
ren-rowMenu = Actions pour { $name }
ren-switchOn = Activer le renouvellement automatique…
ren-switchOff = Désactiver le renouvellement automatique
ren-renewNow = Renouveler maintenant…
ren-changePeriod = Changer la période de renouvellement…
ren-timeline = Chronologie
ren-chargeOn = débit le { $date }
ren-chargePassed = pas renouvelé le { $date } : renouvelez
ren-enableBy = activer d’ici le { $date }
ren-enableTooLate = trop tard pour l’activer : renouvelez
ren-sortBy = Trier par { $column }
ren-noMatch = Aucun produit ne correspond à ces filtres.
ren-loadingRows = Chargement…
manage-title =
    { $n ->
        [one] Gérer le renouvellement de { $n } produit
       *[other] Gérer le renouvellement de { $n } produits
    }
manage-switch = Renouvellement automatique
manage-on = Activer
manage-off = Désactiver
manage-method = Moyen de paiement
manage-defaultMethod = La carte ou le Twint par défaut de chaque organisation
manage-explain = Les lignes qu’une règle refuse sont listées avec la raison ; les autres changent. Relancer l’opération ne change rien de plus.
manage-run = Appliquer
manage-cancel = Arrêter
manage-progress =
    { $total ->
        [one] { $done } produit sur { $total }
       *[other] { $done } produits sur { $total }
    }
manage-result =
    { $changed ->
        [one] { $changed } modifié
       *[other] { $changed } modifiés
    }, { $unchanged ->
        [one] { $unchanged } déjà en l’état
       *[other] { $unchanged } déjà en l’état
    }, { $refused ->
        [one] { $refused } refusé
       *[other] { $refused } refusés
    }.
manage-cancelled = Arrêté après { $done } sur { $total } : le reste n’a pas été touché.
pay-title = Payer ma sélection
pay-period = Période
pay-split = Une commande et une facture par organisation :
pay-net = Net
pay-vat = TVA
pay-usePrepaid = Utiliser d’abord le solde prépayé ({ $amount } disponibles)
pay-method = Payer le reste avec
pay-noMethod = Aucun moyen (prépayé uniquement)
pay-confirm = Payer
pay-local = Enregistré dans l’espace local ; aucune carte réelle n’est débitée.
pay-done-invoice = { $number } : payée, { $total }.
pay-done-proforma = { $number } : facture pro forma émise ; la commande attend le virement de { $total }.
pay-tooMany =
    { $n ->
        [one] Payez au plus { $n } produit à la fois.
       *[other] Payez au plus { $n } produits à la fois.
    }
methods-add = Ajouter un moyen de paiement
methods-kind = Type
methods-label = Libellé
methods-last4 = 4 derniers chiffres
methods-expiry = Expiration (MM/AAAA)
methods-save = Enregistrer le moyen
methods-added = Moyen de paiement enregistré.
methods-makeDefault = Définir par défaut
methods-onlyDigits = Seuls les quatre derniers chiffres sont conservés, jamais le numéro de carte.
prepaid-topUp = Recharger
prepaid-amount = Montant
prepaid-method = Payé par
prepaid-range = Entre { $min } et { $max }.
prepaid-pending = en attente du virement
prepaid-done = Solde rechargé.
prepaid-pendingDone = Recharge enregistrée ; elle compte dès que le virement arrive.
prepaid-card = Carte
orders-none = Aucune commande pour l’instant.
orders-date = Date
orders-order = Commande
orders-payNow = Payer…
orders-received = Virement reçu (IBAN)
order-pending = En attente
order-paid = Payée
order-cancelled = Annulée
rule-REN-2 = Le renouvellement automatique exige une carte (Visa, Mastercard, CB) ou un profil Twint enregistré.
rule-REN-5 = Le renouvellement automatique ne peut pas être activé moins de 14 jours avant l’échéance : renouvelez d’abord.
rule-PAY-1 = Un produit échu est bloqué, puis résilié ; un produit résilié ne peut pas être renouvelé.
rule-PAY-5 = Les cartes PostFinance ne paient qu’en CHF.
rule-PAY-6 = Une recharge est comprise entre 0.10 et 9999.00, par carte, PostFinance (CHF) ou virement IBAN.
rule-PAY-9 = Ce type de produit ne propose pas cette période de renouvellement.

inv-filterKind = Tous les documents
inv-filterStatus = Tous les statuts
inv-search = Rechercher par numéro
inv-open = Ouvrir { $number }
inv-save = Enregistrer le PDF…
inv-print = Imprimer…
inv-saved = Enregistré dans { $path }.
inv-printed = Envoyé à l’imprimante ({ $via }).
inv-corrects = Corrige { $number }
inv-vault = Conservé hors ligne ; SHA-256 { $hash }…
inv-notRendered = Produit au premier enregistrement ou à la première impression, puis conservé hors ligne.
inv-noMatch = Aucun document ne correspond à ces filtres.
inv-unitPrice = Prix unitaire
inv-qty = Qté

inv-export = Exporter les documents affichés…
inv-exporting =
    { $total ->
        [one] { $done } document sur { $total }
       *[other] { $done } documents sur { $total }
    }
inv-exported =
    { $written ->
        [one] { $written } document enregistré dans { $folder }.
       *[other] { $written } documents enregistrés dans { $folder }.
    }
inv-exportStopped =
    { $total ->
        [one] Arrêté : { $written } document sur { $total } enregistré dans { $folder }.
       *[other] Arrêté : { $written } documents sur { $total } enregistrés dans { $folder }.
    }
inv-exportTitle = Exporter des documents
inv-credit = Émettre une note de crédit…
inv-creditConfirm = Émettre une note de crédit pour la totalité de { $number } ? Un montant payé retourne au solde prépayé.
inv-credited = Note de crédit { $number } émise.

set-seller = Émetteur des documents
set-sellerHint = Imprimé sur les nouvelles factures, factures pro forma et notes de crédit ; les documents déjà émis gardent le leur. Un partenaire qui facture ses propres clients indique ici sa propre entreprise. Un IBAN suisse ajoute la QR-facture aux documents en CHF.
set-sellerSave = Enregistrer l’émetteur
set-sellerSaved = Émetteur enregistré.

error-invalid_input = Saisie non valable
error-not_found = Introuvable
error-rule_violation = Non autorisé
error-conflict = Conflit
error-currency_mismatch = Les monnaies ne correspondent pas
error-storage = Le fichier de l’espace de travail n’a pas pu être lu ou écrit
error-cancelled = Annulé
error-internal = Erreur inattendue
error-field = Champ : { $field }
pay-autoRenewWill = Le renouvellement automatique sera activé avec { $method } pour ces produits.
pay-autoRenewWont = { $method } n’active pas le renouvellement automatique.
pay-done-autoRenew = Renouvellement automatique activé pour : { $names }.
orders-document = Document
orders-payDocument = Payer { $number }
orders-payExplain = { $number } n’est pas encore payée. La payer renouvelle ses produits une seule fois et règle ce qui est impayé.
inv-creditChoose = Créditer cette ligne
inv-creditLine = Créditer la ligne { $line }
inv-creditedBy = Créditée par { $number }
inv-creditNotes = Notes de crédit émises pour cette facture :
inv-creditable = Encore créditable : { $amount }.
inv-nothingToCredit = Il ne reste rien à créditer sur cette facture.
inv-creditConfirmLines =
    Émettre une note de crédit pour { $n ->
        [one] la ligne choisie
       *[other] les { $n } lignes choisies
    } de { $number } ? Un montant payé retourne au solde prépayé.
access-orgWideOnly = Seul un représentant légal ou un administrateur de cette organisation peut le faire.
orders-payWithMethod = Payer avec
orders-cancel = Annuler la commande
orders-cancelConfirm = Annuler la commande n° { $id } ? Rien n’est renouvelé, et ce qu’elle a pris sur le solde prépayé y retourne.
orders-cancelled = Commande n° { $id } annulée ; sa part prépayée est revenue sur le solde.
orders-keep = Garder la commande
ren-reminders = rappels 3 jours et 1 jour avant dans le calendrier

# Renewals: search beyond the date window, summary cards as links (issue 14).
ren-moreOutside =
    { $n ->
        [one] { $n } autre produit correspond hors de « { $preset } ».
       *[other] { $n } autres produits correspondent hors de « { $preset } ».
    }
ren-showThem = Les afficher
ren-count-show = Afficher ces produits dans le tableau

# Products needing attention and reminder settings (PAY-2).
att-title =
    { $n ->
        [one] { $n } produit demande votre attention
       *[other] { $n } produits demandent votre attention
    }
att-last_day_to_enable = { $product } : dernier jour pour activer le renouvellement automatique { $when }
att-charge = { $product } : le renouvellement automatique est débité { $when }
att-expiry = { $product } : expire { $when }
att-more =
    { $n ->
        [one] et { $n } autre
       *[other] et { $n } autres
    }
rem-title = Rappels avant les renouvellements
rem-explain = Le fournisseur écrit aux personnes choisies ici autant de jours avant les échéances d’un produit ; Comptoir utilise les mêmes jours pour ses propres rappels sur le bureau. Conservé dans cet espace de travail.
rem-days = Jours avant
rem-daysHint = Jusqu’à 5 nombres de 1 à 90, par exemple 14, 7, 1
rem-recipients = Qui reçoit l’e-mail
rem-save = Enregistrer les rappels
rem-saved = Rappels enregistrés : { $days } jours avant.
rem-os = Afficher des notifications sur le bureau pour les rappels
rem-osOn = Les notifications sur le bureau sont activées.
rem-osOff = Les notifications sur le bureau sont désactivées.
rem-notNumbers = Écrivez les jours en nombres entiers séparés par des virgules, par exemple 14, 7, 1.

# The rule behind a sentence, one click away.
why-label = Pourquoi ?
rule-SUP-1 = Seul le personnel du fournisseur qui traite la demande peut utiliser un accès de support.
rule-SUP-2 = Un accès peut être révoqué à tout moment et se ferme de lui-même 7 jours après avoir été accordé.
rule-PAR-1 = Une entreprise devient partenaire avec des produits gérés d’au moins CHF 2000 ou EUR 1800 par an, une entreprise enregistrée et un site web actif.
set-about = À propos et diagnostic
set-version = Version
set-engineToday = Aujourd’hui selon le moteur
set-uiLanguage = Langue des écrans
inv-pay = Payer…
## Provider connection (issue 10): sources, sync, outbox
prov-sourceProvider = Fournisseur · synchronisé le { $time }
prov-sourceProviderNever = Fournisseur · pas encore synchronisé
prov-sourcePartlyLocal = renouvellements, paiements et prépaiement sont locaux uniquement
prov-sourceLocalSection = Local uniquement · absent de l'API publique du fournisseur
prov-sourceLocal = Local uniquement · rien ici n'est envoyé au fournisseur
prov-notConnected = Non connecté : affichage de la dernière synchronisation
prov-unauthorized = Le fournisseur a refusé le jeton : reconnectez-vous
prov-offline =
    { $count ->
        [one] Hors ligne · 1 modification en attente
       *[other] Hors ligne · { $count } modifications en attente
    }
prov-retryNow = Réessayer maintenant
prov-writeSent = Envoyé au fournisseur
prov-writeQueued = En attente : envoyé dès que le fournisseur répond
prov-progress = { $done } sur { $total } requêtes · environ { $seconds } s restantes
prov-syncNow = Synchroniser
prov-outbox = Modifications à envoyer ({ $count })
prov-disconnect = Déconnecter
prov-connect = Se connecter au fournisseur…
prov-link-online = Synchronisé.
prov-link-offline = Le fournisseur est injoignable : tout reste ici et les modifications attendent.
prov-link-unauthorized = Le fournisseur a refusé le jeton (expiré ou révoqué) : reconnectez-vous.
prov-link-refused = Le fournisseur a refusé la requête.
prov-link-cancelled = Synchronisation annulée : rien n'a été supprimé.
prov-reason-offline = Pas de connexion au fournisseur.
prov-reason-timeout = Le fournisseur n'a pas répondu à temps.
prov-reason-server_error = Le fournisseur a rencontré une erreur ; nouvel essai plus tard.
prov-reason-rate_limited = La limite de 60 requêtes par minute du fournisseur est atteinte.
prov-reason-not_authorized = Le jeton a été refusé.
prov-reason-access_denied = Le jeton ne permet pas cette action.
prov-reason-not_found = Cela n'existe plus chez le fournisseur.
prov-reason-already_exists = Cela existe déjà chez le fournisseur.
prov-reason-validation_failed = Le fournisseur a refusé les valeurs.
prov-reason-malformed_response = La réponse du fournisseur est illisible.
prov-reason-not_on_provider = Ce à quoi cette modification se rapporte n'a jamais atteint le fournisseur.
prov-reason-unexpected = Un problème inattendu s'est produit.
prov-reason-changed_on_provider = Modifié chez le fournisseur depuis la dernière synchronisation : écrasez-le ou abandonnez le vôtre.
prov-reason-deleted_on_provider = Supprimé chez le fournisseur depuis la dernière synchronisation.
prov-reason-overwrite = Vous avez choisi d'écraser la version du fournisseur.
prov-connectTitle = Connexion au fournisseur
prov-connectHint = Collez un jeton d'API personnel créé dans le Manager du fournisseur. Il est vérifié auprès du fournisseur et conservé uniquement dans le trousseau de cet ordinateur.
prov-connectUrl = Fournisseur : { $url }
prov-token = Jeton d'API personnel
prov-tokenKept = Le jeton n'est plus jamais affiché, ni écrit dans l'espace de travail ou les journaux.
prov-connectButton = Se connecter
prov-outboxTitle = Modifications à envoyer au fournisseur
prov-outboxHint = Envoyées dans l'ordre. Un échec ou un conflit retient les suivantes jusqu'à ce que vous réessayiez ou abandonniez.
prov-outboxEmpty = Rien en attente.
prov-colWhat = Modification
prov-colState = État
prov-colWhen = Mis à jour
prov-state-pending = En attente
prov-state-sending = Envoi en cours
prov-state-sent = Envoyé
prov-state-failed = Échec
prov-state-conflict = Conflit
prov-overwrite = Écraser
prov-retry = Réessayer
prov-discard = Abandonner
prov-op-invite_user = Inviter { $email }
prov-op-cancel_invitation = Annuler une invitation
prov-op-remove_member = Retirer un membre
prov-op-create_team = Créer l'équipe { $name }
prov-op-rename_team = Renommer une équipe en { $name }
prov-op-delete_team = Supprimer une équipe
prov-op-add_team_members =
    { $count ->
        [one] Ajouter 1 membre à une équipe
       *[other] Ajouter { $count } membres à une équipe
    }
prov-op-remove_team_members =
    { $count ->
        [one] Retirer 1 membre d'une équipe
       *[other] Retirer { $count } membres d'une équipe
    }
prepaid-confirmCharge = Débiter { $amount } sur { $method } maintenant ?
prepaid-confirmTransfer = Ajouter { $amount } par virement IBAN ? Le solde augmente à l’arrivée de l’argent.
prepaid-confirm = Confirmer la recharge
remove-undo = Annuler
remove-undone =
    { $n ->
        [one] { $n } utilisateur est de retour, comme avant.
       *[other] { $n } utilisateurs sont de retour, comme avant.
    }
# Support captures: screenshots, app log, website console, imports
cap-title = Joindre depuis cet ordinateur
cap-screenshot = Capture d’écran…
cap-appLog = Journal de l’application…
cap-website = Enregistrer la console d’un site web…
cap-import = Importer un fichier journal…
cap-close = Fermer
cap-mode = Que capturer
cap-mode-screen = Écran entier
cap-mode-window = Une fenêtre
cap-mode-region = Une zone
cap-monitor = Écran
cap-window = Fenêtre
cap-noWindows = Votre bureau ne liste pas les fenêtres : capturez un écran ou une zone.
cap-delay = Délai
cap-delay-none = Aucun
cap-delay-seconds = { $n } s
cap-hide = Masquer Comptoir pendant la capture
cap-shownNote = Comptoir reste dans l’image : ses IBAN, numéros de carte, adresses e-mail et jetons sont d’abord noircis ; vous pouvez annuler chacun.
cap-wayland = Sous Wayland, le bureau peut vous demander l’autorisation avant chaque capture.
cap-capture = Capturer
cap-capturing = Capture en cours…
cap-tool = Outil
cap-tool-rectangle = Rectangle
cap-tool-arrow = Flèche
cap-tool-highlight = Surligneur
cap-tool-redact = Noircir
cap-edits = Modifications
cap-noEdits = Aucune modification pour l’instant.
cap-op-redact = Noirci
cap-op-pre = Noirci d’office : { $kind }
cap-sensitive-iban = IBAN
cap-sensitive-card = numéro de carte
cap-sensitive-email = adresse e-mail
cap-sensitive-token = jeton
cap-op-rectangle = Rectangle
cap-op-arrow = Flèche
cap-op-highlight = Surlignage
cap-undo = Annuler
cap-attachShot = Joindre la capture
cap-discard = Abandonner
cap-preview = Aperçu de la capture
cap-editorHelp = Faites glisser sur l’image pour ajouter l’outil choisi. Les zones noircies sont opaques dans le PNG joint, jamais floutées.
cap-log-window = Période
cap-log-15m = 15 dernières minutes
cap-log-1h = Dernière heure
cap-log-24h = 24 dernières heures
cap-log-custom = Personnalisée
cap-log-from = Du
cap-log-to = Au
cap-attachLog = Joindre le journal
cap-url = Adresse du site web
cap-duration = Enregistrer
cap-duration-untilClosed = Jusqu’à l’arrêt ou la fermeture de la fenêtre
cap-duration-seconds = Pendant { $n } s
cap-start = Ouvrir et enregistrer
cap-stop = Arrêter et joindre
cap-recording = Enregistrement…
cap-ended = Enregistrement terminé
cap-consoleNote = La page s’ouvre dans sa propre fenêtre. Elle ne peut qu’ajouter à cet enregistrement, rien d’autre.
cap-count-console = Lignes de console
cap-count-errors = Erreurs de console
cap-count-warnings = Avertissements
cap-count-uncaught = Erreurs non interceptées
cap-count-rejections = Rejets non gérés
cap-count-resources = Ressources en échec
cap-count-dropped = Ignorés (au-delà de la limite)
cap-regionHelp = Tracez un rectangle, ou utilisez les flèches (Maj+flèches pour la taille) ; Entrée valide, Échap annule.
cap-attached = Joints
sup-contact = Les réponses vont à

# The provider refused to connect, in words (the reason code the engine carries).
prov-connectError-unauthorized = Le fournisseur a refusé ce jeton : il est peut-être mal copié, expiré ou révoqué. Créez-en un nouveau dans le Manager du fournisseur et collez-le ici.
prov-connectError-keyring = Le trousseau du système n’a pas pu garder le jeton (il est verrouillé ou l’accès a été refusé). Déverrouillez-le et réessayez.
prov-connectError-connection = Le fournisseur n’a pas pu être joint. Vérifiez la connexion et réessayez.
prov-connectError-timeout = Le fournisseur n’a pas répondu à temps. Réessayez dans un instant.
prov-connectError-server = Le fournisseur a eu une erreur. Réessayez dans un instant.
prov-connectError-rate_limited = La limite de 60 requêtes par minute du fournisseur est atteinte. Réessayez dans une minute.
prov-connectError-malformed = La réponse du fournisseur n’a pas pu être lue. Réessayez plus tard.
prov-connectError-invalid = Ceci ne ressemble pas à un jeton d’API personnel. Collez le jeton tel que le fournisseur l’affiche.

# A QR-bill that cannot be made: which field of whom, what is wrong, where to correct it.
qr-problem-line_break = Le champ { $part } { $party } contient un saut de ligne ; un champ de la QR-facture tient sur une seule ligne.
qr-problem-character = Le champ { $part } { $party } contient « { $character } », qu’une QR-facture suisse ne peut pas porter ; écrivez-le en lettres latines.
qr-problem-required = Le champ { $part } { $party } manque ; la QR-facture en a besoin.
qr-problem-too_long = Le champ { $part } { $party } compte { $given } caractères ; une QR-facture en admet au plus { $max }.
qr-problem-country = « { $given } » n’est pas un code de pays (deux lettres, p. ex. CH) dans le champ { $part } { $party }.
qr-party-buyer = de l’organisation
qr-party-seller = de l’émetteur
qr-part-name = nom
qr-part-street = rue
qr-part-building_number = numéro
qr-part-postal_code = NPA
qr-part-town = localité
qr-part-country = pays
qr-fix = Corrigez-le dans { $section } → { $tab }, puis réessayez.

prov-mark-pending = Pas encore envoyé au fournisseur
prov-mark-sending = En cours d’envoi au fournisseur
prov-mark-sent = Envoyé au fournisseur
prov-mark-failed = Non envoyé : le fournisseur l’a refusé
prov-mark-conflict = Non envoyé : modifié chez le fournisseur
prov-sending = Envoi au fournisseur
prov-sendProgress =
    { $done } sur { $total } envoyés · { $minutes ->
        [0] moins d’une minute restante
        [one] environ 1 min restante
       *[other] environ { $minutes } min restantes
    }
prov-held =
    { $count ->
        [one] Envoi arrêté · 1 modification pas encore envoyée
       *[other] Envoi arrêté · { $count } modifications pas encore envoyées
    }
prov-sendNow = Envoyer maintenant
prov-noExpiry =
    { $count ->
        [one] { $count } produit n’a pas de date d’échéance chez le fournisseur : rien à renouveler, il n’est donc pas dans Renouvellements.
       *[other] { $count } produits n’ont pas de date d’échéance chez le fournisseur : rien à renouveler, ils ne sont donc pas dans Renouvellements.
    }
prov-unknownService =
    { $count ->
        [one] { $count } produit relève d’un service que Comptoir ne renouvelle pas encore : il n’est pas dans Renouvellements.
       *[other] { $count } produits relèvent d’un service que Comptoir ne renouvelle pas encore : ils ne sont pas dans Renouvellements.
    }
prov-reason-invalid_email = Le fournisseur a refusé l’adresse e-mail.
prov-reason-invalid_first_name = Le fournisseur a refusé le prénom.
prov-reason-invalid_last_name = Le fournisseur a refusé le nom de famille.
prov-reason-invalid_name = Le fournisseur a refusé le nom.
prov-reason-invalid_role = Le fournisseur a refusé le rôle.
prov-reason-invalid_language = Le fournisseur a refusé la langue.
ren-gone = Supprimé chez le fournisseur
ren-goneHint = Supprimé chez le fournisseur ; conservé ici parce que des factures ou des commandes le citent. Il ne peut plus être renouvelé.
ren-goneNoRenewal = Ne peut plus être renouvelé : supprimé chez le fournisseur
add-mode-several = Inviter plusieurs personnes
add-addresses = Adresses e-mail, une par ligne
add-addressesHint = « Nom <adresse> », « Nom, adresse » ou l’adresse seule (prenom.nom@… donne le nom « Prenom Nom »).
add-invitedMany =
    { $count ->
        [one] { $count } personne a été invitée.
       *[other] { $count } personnes ont été invitées.
    }
add-someRefused =
    { $count ->
        [one] { $count } ligne n’a pas été invitée (les autres l’ont été) :
       *[other] { $count } lignes n’ont pas été invitées (les autres l’ont été) :
    }
add-lineAlreadyMember = déjà membre
add-lineNeedsName = indiquez un prénom et un nom
add-lineBadEmail = pas une adresse e-mail
refusal-gone_on_provider = Ce produit a été supprimé chez le fournisseur. Il n’est conservé que parce que des factures ou des commandes le citent, et ne peut plus être renouvelé.
refusal-renew_at_provider = Ce produit vient du fournisseur, dont l’API publique ne donne pas de prix : renouvelez-le dans le Manager du fournisseur. Rien n’a été payé ni modifié ici.
refusal-not_in_public_api = L’API publique du fournisseur ne le permet pas. Faites-le dans le Manager du fournisseur ; la prochaine synchronisation l’apportera ici.
refusal-full_name_needed = Indiquez un prénom et un nom : le fournisseur a besoin des deux.
refusal-invite_by_email = Dans un espace de travail du fournisseur, on invite par e-mail ; le fournisseur relie un compte existant quand la personne accepte.
refusal-not_connected = Pas connecté au fournisseur. Connectez-vous d’abord.
refusal-unauthorized = Le fournisseur a refusé le jeton : il a peut-être expiré ou été révoqué. Connectez-vous à nouveau.
refusal-access_denied = Le jeton ne permet pas de faire cela chez le fournisseur.
refusal-not_found = Cela n’existe plus chez le fournisseur.
refusal-conflict = Cela a changé chez le fournisseur entre-temps. Synchronisez, puis réessayez.
refusal-validation = Le fournisseur a refusé les valeurs.
refusal-rate_limited = La limite du fournisseur de 60 requêtes par minute est atteinte. Réessayez dans une minute.
refusal-server = Le fournisseur a eu une erreur. Réessayez dans un instant.
refusal-timeout = Le fournisseur n’a pas répondu à temps. Réessayez dans un instant.
refusal-connection = Le fournisseur est injoignable. Vérifiez la connexion et réessayez.
refusal-malformed = La réponse du fournisseur est illisible. Réessayez plus tard.
refusal-task_failed = Le fournisseur n’a pas pu terminer la tâche.
refusal-keyring = Le trousseau du système n’a pas pu garder le jeton (il est verrouillé ou l’accès a été refusé). Déverrouillez-le et réessayez.
refusal-invalid = Cela ne ressemble pas à un jeton d’API personnel. Collez-le tel que le fournisseur l’affiche.
prov-outboxSummary = { $unsent ->
        [one] { $unsent } pas encore envoyée
       *[other] { $unsent } pas encore envoyées
    } · { $sent ->
        [one] { $sent } envoyée récemment
       *[other] { $sent } envoyées récemment
    }

sup-preview-partial = Les premiers { $shown } Ko sur { $total } Ko sont affichés ; le paquet contient tout.
sup-preview-more = Afficher la suite
cap-limitReached = L’enregistrement a atteint la limite de 10 Mo par pièce jointe : les messages suivants ne sont pas gardés. Arrêtez-le et joignez ce qui a été capté.
cap-editorKeys = Sans souris : mettez le focus sur l’image, les flèches placent une sélection (Maj+flèches la redimensionnent, Alt déplace d’un pixel), Entrée y ajoute l’outil choisi, Échap l’abandonne.
cap-selection = Sélection de { $w } × { $h } en { $x }, { $y } : Entrée l’ajoute.

## Toasts: what happened after an action (lib/announce.ts)
toast-region = Notifications
toast-dismiss = Fermer
toast-undo = Annuler
toast-open = Ouvrir
toast-showInFolder = Afficher dans le dossier
toast-failed = Cela n’a pas fonctionné : { $message }
toast-language = Langue changée.
toast-demoReset = L’espace de démonstration a été reconstruit.
toast-actingUser = Vous agissez maintenant comme l’utilisateur choisi.
toast-workspaceOpened = Espace de travail ouvert.
toast-backedUp = Sauvegarde enregistrée dans { $path }.
toast-invitedMany = { $n ->
    [one] { $n } personne invitée
   *[other] { $n } personnes invitées
}{ $refused ->
    [0] .
   *[other] ; { $refused } lignes refusées (voir la liste).
}
toast-invited = Invitation envoyée à { $email }.
toast-added = { $email } a été ajouté à l’organisation.
toast-resent = Invitation envoyée à nouveau.
toast-removed =
    { $n ->
        [one] { $n } utilisateur retiré
       *[other] { $n } utilisateurs retirés
    }{ $kept ->
        [0] .
       *[other] , { $kept } conservés.
    }
toast-removalUndone =
    { $n ->
        [one] Annulé : { $n } utilisateur est de retour.
       *[other] Annulé : { $n } utilisateurs sont de retour.
    }
toast-left = Vous avez quitté l’organisation.
toast-roleChanged = Rôle modifié.
toast-replaced = Représentant légal remplacé.
toast-replacementUndone = Annulé : les représentants légaux sont comme avant.
toast-rightsSaved = Droits enregistrés.
toast-contactsSaved = Préférences de contact enregistrées.
toast-detailsSaved = Coordonnées de l’organisation enregistrées.
toast-teamCreated = Équipe { $name } créée.
toast-teamSaved = Équipe { $name } enregistrée.
toast-teamDeleted = Équipe supprimée.
toast-teamMembersSaved = Membres de l’équipe enregistrés.
toast-autoRenew =
    { $on ->
        [on] Renouvellement automatique activé pour { $n ->
            [one] { $n } produit
           *[other] { $n } produits
        }
       *[off] Renouvellement automatique désactivé pour { $n ->
            [one] { $n } produit
           *[other] { $n } produits
        }
    }{ $refused ->
        [0] .
       *[other] ; { $refused } refusés.
    }
toast-periodChanged = Période de renouvellement modifiée.
toast-paid =
    { $n ->
        [one] Payé : { $n } commande.
       *[other] Payé : { $n } commandes.
    }
toast-orderPaid = Commande payée : { $number }.
toast-orderCancelled = Commande annulée.
toast-methodAdded = Moyen de paiement ajouté.
toast-defaultMethod = Moyen de paiement par défaut modifié.
toast-toppedUp = Solde prépayé rechargé.
toast-savedTo = Enregistré dans { $path }.
toast-printed = Document envoyé à l’imprimante.
toast-exported =
    { $n ->
        [one] { $n } document exporté vers { $folder }.
       *[other] { $n } documents exportés vers { $folder }.
    }
toast-creditNote = Note de crédit { $number } émise.
toast-sellerSaved = Coordonnées du vendeur enregistrées.
toast-notificationsSaved = Réglages de notification enregistrés.
toast-osNotifications =
    { $on ->
        [on] Rappels sur le bureau activés.
       *[off] Rappels sur le bureau désactivés.
    }
toast-connected = Connecté au fournisseur.
toast-disconnected = Déconnecté du fournisseur.
toast-synced = Synchronisation terminée.
toast-retrying = Nouvel envoi des modifications.
toast-discarded = Modification abandonnée.
toast-draftDiscarded = Brouillon supprimé.
toast-attached = Pièce jointe ajoutée.
toast-detached = Pièce jointe retirée.
toast-bundleSaved = Demande de support enregistrée dans { $path }.
toast-mailOpened = Brouillon de courriel ouvert.

## Export: files of the same name already in the folder
inv-exportExists =
    { $n ->
        [one] { $n } fichier de ce dossier porte le même nom qu’un document. Le remplacer ?
       *[other] { $n } fichiers de ce dossier portent les mêmes noms que des documents. Les remplacer ?
    }
inv-exportMore = et { $n } de plus
inv-exportKeepBoth = Garder les deux
inv-exportReplace =
    { $n ->
        [one] Remplacer { $n } fichier
       *[other] Remplacer { $n } fichiers
    }

## Links between invoices, orders and products (lib/links.svelte.ts)
link-showAll = Tout afficher
link-invoices = Factures
link-invoicesOf = Factures avec { $name }
link-products =
    { $n ->
        [one] Son produit dans Renouvellements
       *[other] Ses { $n } produits dans Renouvellements
    }
link-productsOf =
    { $n ->
        [one] Le produit de { $number }
       *[other] Les { $n } produits de { $number }
    }
link-order = Commande n° { $id }
inv-exportFailed =
    { $n ->
        [one] { $n } document n'a pas pu être enregistré :
       *[other] { $n } documents n'ont pas pu être enregistrés :
    }

## Issue 13: the engine's refusals by reason code (refusal-<code>, params as variables),
## a generic sentence per error code when there is none, and the labels of the fields it names.
refusal-empty = Ce champ est obligatoire.
refusal-too_long =
    Au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } ({ $given } saisis).
refusal-control_character = Le texte contient un caractère invisible ({ $character }), sans doute collé. Retapez-le.
refusal-not_an_email = Ce n’est pas une adresse e-mail (p. ex. nom@exemple.ch).
refusal-not_an_amount = Ce n’est pas un montant : tapez des chiffres, p. ex. 25.50 ou 1'000.
refusal-ambiguous_amount = Ambigu : « { $separator } » suivi de trois chiffres peut séparer les milliers ou les décimales. Écrivez 1000 ou 1{ $separator }00.
refusal-bad_grouping = Les chiffres sont mal groupés : par trois, p. ex. 1'000'000.
refusal-too_many_decimals = Deux décimales au plus : les montants ne sont jamais arrondis.
refusal-negative = Le montant ne peut pas être négatif.
refusal-too_large = Le montant est trop grand ({ $digits } chiffres au plus).
refusal-wrong_currency = Ce montant est en { $expected }, pas en { $given }.
refusal-out_of_range = Entre { $min } et { $max } : { $given } ne l’est pas.
refusal-unknown_choice = « { $given } » ne fait pas partie des choix proposés.
refusal-none_chosen = Choisissez-en au moins un.
refusal-too_many = Au plus { $max } à la fois ({ $given } donnés).
refusal-bad_format = Pas dans la forme attendue, p. ex. { $example }.
refusal-postfinance_chf_only = Une carte PostFinance ne paie qu’en CHF, pas en { $currency }.
refusal-iban_is_qr_iban = C’est un QR-IBAN, que les banques refusent pour les virements ordinaires : indiquez ici l’IBAN du compte et le QR-IBAN dans son propre champ.
refusal-not_a_qr_iban = Ce n’est pas un QR-IBAN (un IBAN suisse ou liechtensteinois dont le numéro de banque va de 30000 à 31999).
refusal-card_expired = Cette carte a expiré.
refusal-card_expires_before = Cette carte a expiré fin { $expiry } : elle ne peut pas payer le { $day }. Choisissez-en ou ajoutez-en une autre.
refusal-rights_needed =
    Seul un représentant légal ou un administrateur peut { $action ->
        [add] ajouter des utilisateurs.
        [remove] retirer des utilisateurs.
        [teams] gérer les équipes.
       *[rights] modifier les droits d’autres utilisateurs.
    }
refusal-legal_rep_only =
    Seul un représentant légal peut { $action ->
        [details] modifier les données de l’organisation.
        [name] nommer un représentant légal.
        [name_or_demote] nommer ou rétrograder un représentant légal.
       *[remove] retirer un représentant légal.
    }
refusal-last_legal_rep =
    { $action ->
        [leave] Le seul représentant légal ne peut pas partir
        [remove] Le seul représentant légal ne peut pas être retiré
        [demote] Le seul représentant légal ne peut pas être rétrogradé
       *[keep] Une organisation doit garder au moins un représentant légal
    } : nommez d’abord un autre représentant légal.
refusal-billing_refused =
    { $who ->
        [member] Seul un membre de l’organisation peut le faire.
        [legal_rep] Seul un représentant légal peut le faire.
        [billing_right] Seul un représentant légal, un administrateur ou un utilisateur ayant le droit de facturation sur chaque produit peut le faire.
       *[admin] Seul un représentant légal ou un administrateur peut le faire.
    }
refusal-period_not_offered =
    Ce produit ne peut pas être renouvelé pour { $months ->
        [one] { $months } mois.
       *[other] { $months } mois.
    }
refusal-support_compose_refused =
    { $who ->
        [not_member] Seul un membre d’une organisation peut préparer une demande de support.
        [not_member_of_product_org] Seul un membre de l’organisation du produit peut le nommer dans une demande de support.
       *[no_right_on_product] Une demande de support ne peut nommer qu’un produit sur lequel vous avez un droit (technique, statistiques ou facturation).
    }
refusal-product_cancelled = { $product } a été résilié (impayé depuis le { $since }) : il ne peut plus être renouvelé.
refusal-order_cancelled = Cette commande a été annulée : sa facture pro forma est caduque et il n’y a rien à payer. Renouvelez à nouveau les produits si besoin.
refusal-order_not_pending =
    { $status ->
        [paid] Cette commande est déjà payée.
       *[other] Cette commande n’attend plus de paiement.
    }
refusal-product_on_open_order = { $product } figure déjà sur { $document_number }, pas encore payé : payez { $document_number } au lieu de le renouveler à nouveau.
refusal-product_on_unpaid_invoice = { $product } figure sur la facture impayée { $document_number } : il se paie par cette facture.
refusal-order_invoiced = La facture { $document_number } est émise pour cette commande : payez-la ou émettez une note de crédit.
refusal-iban_transfer_exists = Le virement IBAN est déjà un moyen de paiement de cette organisation.
refusal-method_already_saved = Ce moyen de paiement est déjà enregistré pour cette organisation.
refusal-top_up_method = Un rechargement se paie par carte, PostFinance ou virement IBAN.
refusal-nothing_to_credit = Il ne reste rien à créditer sur { $document_number } : des notes de crédit antérieures le couvrent.
refusal-undo_too_late =
    Trop tard pour annuler : l’annulation est possible pendant { $seconds ->
        [one] { $seconds } seconde.
       *[other] { $seconds } secondes.
    }
refusal-undo_member_only = Seul un membre de l’organisation peut l’annuler.
refusal-already_member = { $email } est déjà membre de cette organisation.
refusal-account_exists = { $email } a déjà un compte : ajoutez-le comme compte existant.
refusal-team_name_taken = Une équipe nommée « { $name } » existe déjà.
refusal-no_pending_invitation = Cet utilisateur n’a pas d’invitation en attente.
refusal-successor_not_active = Le nouveau représentant légal doit d’abord avoir accepté son invitation.
refusal-not_a_legal_rep = Cet utilisateur n’est pas représentant légal.
refusal-attachment_not_text_or_image = Seuls des fichiers texte et des images PNG ou JPEG peuvent être joints : eux seuls peuvent être vérifiés avant l’envoi pour ne laisser partir aucun secret.
refusal-attachment_too_big = Une pièce jointe fait au plus { $max_mb } Mo.
refusal-not_found-account = Aucun compte n’a cette adresse e-mail.
refusal-not_found-attachment = Cette pièce jointe n’existe plus.
refusal-not_found-document = Ce document n’existe plus.
refusal-not_found-file = Ce fichier n’existe plus.
refusal-not_found-invoice = Cette facture n’existe plus.
refusal-not_found-member = Cette personne n’est pas (ou plus) membre de l’organisation.
refusal-not_found-monitor = Cet écran n’est plus connecté.
refusal-not_found-order = Cette commande n’existe plus.
refusal-not_found-organization = Cette organisation n’existe plus.
refusal-not_found-outbox_entry = Cette modification en attente n’existe plus.
refusal-not_found-payment_method = Ce moyen de paiement n’existe plus.
refusal-not_found-preview_part = Cette partie de l’aperçu n’existe plus : préparez de nouveau l’aperçu.
refusal-not_found-product = Ce produit n’existe plus.
refusal-not_found-region_capture = Cette capture d’une zone n’existe plus.
refusal-not_found-support_draft = Ce brouillon de demande de support n’existe plus (envoyé ou supprimé).
refusal-not_found-support_request = Cette demande de support n’existe plus.
refusal-not_found-team = Cette équipe n’existe plus.
refusal-not_found-unsent_outbox_entry = Cette modification a déjà été envoyée ou n’existe plus.
refusal-not_found-user = Cet utilisateur n’existe plus.
refusal-not_found-website_capture = Cette capture d’un site web n’existe plus.
refusal-not_found-window = Cette fenêtre n’est plus ouverte.
refusal-generic-invalid_input = Cette valeur n’est pas acceptée. Vérifiez-la et réessayez.
refusal-generic-not_found = Ce que vous demandez n’existe plus. Actualisez et réessayez.
refusal-generic-rule_violation = Une règle du fournisseur ne le permet pas.
refusal-generic-conflict = Cela entre en conflit avec des données modifiées ou déjà existantes. Actualisez et réessayez.
refusal-generic-currency_mismatch = Des montants en deux monnaies différentes ne peuvent pas être combinés.
refusal-generic-storage = Le fichier de l’espace de travail n’a pas pu être lu ou écrit. Vérifiez le disque et réessayez.
refusal-generic-cancelled = Annulé.
refusal-generic-internal = Un problème inattendu est survenu. Réessayez ; si cela se reproduit, envoyez les détails techniques au support.
error-details = Détails techniques
prepaid-willCharge = Sera débité : { $amount }
prepaid-willTransfer = À virer : { $amount }
refusal-too_many_reminders = Indiquez 1 à { $max } rappels (jours avant une date).
refusal-days_before_range = { $value } n’est pas entre 1 et { $max } jours.
refusal-successor_same = Choisissez une autre personne comme nouveau représentant légal.
refusal-old_needs_role = Le représentant remplacé a besoin d’un autre rôle.
refusal-invitation_not_accepted = Cette personne n’a pas encore accepté l’invitation : annulez plutôt l’invitation.
refusal-outbox_not_waiting = Cette modification n’attend plus d’être envoyée.
refusal-outbox_not_retryable = Seule une modification en échec ou en conflit peut être relancée.
refusal-outbox_busy = Cette modification est en cours d’envoi : elle ne peut plus être abandonnée.
refusal-selected_twice = Un produit est sélectionné deux fois.
refusal-product_other_currency = { $product } est facturé en { $currency } : il ne peut pas être payé avec le reste de cette sélection.
refusal-method_other_org = Ce moyen de paiement appartient à une autre organisation.
refusal-payment_key_reused = Ce paiement a déjà été lancé avec d’autres choix : recommencez-le.
refusal-method_nothing_to_pay = Un moyen de paiement est donné pour une organisation qui n’a rien à payer dans cette sélection.
refusal-method_given_twice = Deux moyens de paiement sont donnés pour une organisation.
refusal-method_needed = Choisissez comment { $organization } paie.
refusal-prepaid_short = Le solde prépayé de { $organization } ne suffit pas : choisissez un moyen pour le reste.
refusal-credit_invoice_only = Seule une facture peut être corrigée par une note de crédit.
refusal-product_not_on_invoice = Ce produit ne figure pas sur la facture { $document_number }.
refusal-already_credited = { $product } a déjà été crédité.
refusal-credit_too_much = Ce crédit dépasse ce qui reste à créditer sur { $document_number }.
refusal-recipient_not_member = Un destinataire n’est pas membre actif de cette organisation.
refusal-range_reversed = La fin de la période précède son début.
refusal-page_size = Une page contient 1 à { $max } lignes.
refusal-qr_too_long = Les noms, adresses et message de cette QR-facture sont ensemble trop longs pour son code QR. Raccourcissez le nom ou l’adresse de l’acheteur (Organisation → Informations) ou du vendeur (Réglages), puis réessayez.
refusal-expired_renew_first = { $product } a expiré il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : renouvelez-le d’abord.
refusal-auto_renew_too_late = { $product } expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : le renouvellement automatique demande au moins { $min_days ->
        [one] { $min_days } jour
       *[other] { $min_days } jours
    }. Renouvelez-le d’abord.
refusal-no_saved_method = Aucun moyen de paiement enregistré : ajoutez une carte ou un profil Twint.
refusal-method_cannot_auto_renew = Ce moyen de paiement ne permet pas le renouvellement automatique : choisissez une carte ou un profil Twint.
refusal-undo_not_yours = Seule la personne qui a fait cette modification peut l’annuler.
refusal-undo_user_readded = Un utilisateur retiré a été ajouté à nouveau entre-temps : rien n’a été annulé.
refusal-undo_org_changed = L’organisation a changé depuis : rien n’a été annulé.
refusal-not_a_regular_file = Comptoir n’écrit les documents que comme fichiers ordinaires : choisissez un autre emplacement.
refusal-demo_only = Seul l’espace de démonstration peut le faire.
refusal-backup_target_is_workspace = C’est l’espace ouvert ou l’un de ses fichiers : choisissez un autre fichier pour la sauvegarde.
refusal-not_a_capture = Ce fichier n’est pas une des captures de Comptoir.
refusal-attachment_changed = Une pièce jointe a changé sur le disque depuis son ajout : retirez-la et ajoutez-la à nouveau.
refusal-preview_stale = La demande a changé depuis l’aperçu : regardez de nouveau l’aperçu avant d’enregistrer.
refusal-not_a_file = Ce n’est pas un fichier.
refusal-bundle_needs_name = Le paquet a besoin d’un nom de fichier.
refusal-redaction_length = Sélectionnez un passage de texte plus court ou plus long à masquer.
refusal-redaction_overlap = Sélectionnez du texte en dehors des parties déjà masquées.
refusal-file_not_from_session = Seul un fichier enregistré par Comptoir pendant cette session peut être ouvert.
refusal-nothing_to_undo = Il n’y a rien à annuler.
refusal-members_only = Seul un membre de l’organisation peut voir ses factures, documents et commandes.
field-access = Accès
field-account_id = Compte
field-addresses = Adresses e-mail
field-amount = Montant
field-attachment_id = Pièce jointe
field-attachments = Pièces jointes
field-building_number = Numéro
field-bundle_id = Paquet de support
field-category = Catégorie
field-color = Couleur
field-colour = Couleur
field-country = Pays
field-currency = Monnaie
field-days_before = Jours avant
field-delay = Délai
field-display_name = Nom
field-draft_id = Brouillon
field-email = E-mail
field-event = Événement
field-expires_to = Échéance jusqu’au
field-expiry = Expiration (MM/AAAA)
field-file = Fichier
field-file_name = Nom du fichier
field-folder = Dossier
field-from = Du
field-iban = IBAN
field-id = Identifiant
field-idempotency_key = Tentative de paiement
field-incoming_path = Dossier d’arrivée
field-invoice_id = Facture
field-invoice_ids = Documents
field-key = Clé
field-kind = Type
field-label = Libellé
field-language = Langue
field-last4 = Quatre derniers chiffres
field-limit = Lignes par page
field-message = Message
field-method = Moyen de paiement
field-mode = Mode
field-monitor = Écran
field-name = Nom
field-new_user_id = Nouveau représentant légal
field-old_becomes = L’ancien représentant devient
field-old_user_id = Représentant légal à remplacer
field-ops = Modifications
field-order_id = Commande
field-organization_id = Organisation
field-part_id = Partie de l’aperçu
field-path = Chemin du fichier
field-period_months = Période
field-png = Image
field-postal_code = NPA
field-preview_digest = Aperçu
field-product_id = Produit
field-product_ids = Produits
field-qr_bill = QR-facture
field-qr_iban = QR-IBAN
field-reason = Motif
field-recipients = Destinataires
field-recording = Enregistrement
field-rect = Zone
field-redaction = Masquage
field-reference = Référence
field-region = Zone
field-rights = Droits
field-role = Rôle
field-scale = Échelle
field-seconds = Durée
field-selection = Sélection
field-sensitive = Sensible
field-shot = Capture
field-source = Source
field-status = Statut
field-street = Rue
field-subject = Objet
field-target = Fichier de destination
field-team_id = Équipe
field-text = Texte
field-to = Au
field-token = Jeton d’API
field-town = Localité
field-url = Adresse (URL)
field-user_id = Utilisateur
field-user_ids = Utilisateurs
field-vat_number = Numéro de TVA
field-width = Largeur
field-window = Fenêtre
field-workspace = Espace de travail

# Issue 10 review (helper sync): where the data lives, what holds the queue, legal forms.
refusal-name_on_provider = Le nom de l’organisation vient du fournisseur, dont l’API publique ne permet pas de le changer. Renommez-la dans le Manager du fournisseur ; la prochaine synchronisation apportera le nouveau nom.
details-nameOnProvider = Le nom vient du fournisseur : changez-le dans le Manager du fournisseur, la prochaine synchronisation l’apportera ici. L’adresse et le numéro de TVA sont gardés dans cet espace de travail seulement (pour les QR-factures).
prov-connectError-provider_workspace_unusable = Le dossier de l’espace de travail contient déjà un fichier nommé { $file } qui n’est pas un espace de travail fournisseur de Comptoir (le fichier d’un autre programme, un fichier endommagé ou un autre type d’espace de travail). Déplacez-le ou renommez-le, puis connectez-vous à nouveau.
prov-reason-unavailable = Le fournisseur est indisponible pour l’instant (maintenance ou surcharge) ; un nouvel essai suivra.
prov-link-unavailable = Le fournisseur est indisponible pour l’instant : tout reste ici et les modifications attendent.
prov-unavailable =
    { $count ->
        [one] Fournisseur indisponible · 1 modification en attente
       *[other] Fournisseur indisponible · { $count } modifications en attente
    }
prov-blocked =
    { $count ->
        [one] { $count } modification attend que le conflit soit résolu
       *[other] { $count } modifications attendent que le conflit soit résolu
    }
prov-resolve = Résoudre…
prov-writeHeld = En attente derrière un conflit : envoyé dès que vous le résolvez dans « Modifications à envoyer »
org-legalForm-company = Entreprise
org-legalForm-individual = Particulier
org-legalForm-public_body = Collectivité publique
org-legalForm-restrict = Restreinte
org-membersShown = { $shown } membres affichés sur { $total } ; la recherche porte sur tous
org-membersMore = Afficher plus
refusal-provider_workspace_unusable = Le dossier de l’espace de travail contient déjà un fichier nommé { $file } qui n’est pas un espace de travail fournisseur de Comptoir (le fichier d’un autre programme, un fichier endommagé ou un autre type d’espace de travail). Déplacez-le ou renommez-le, puis connectez-vous à nouveau.
field-months = Mois

# Support refusals (params.reason; numbers as params)
refusal-support_too_long = Ce texte peut compter au plus { $max } caractères ; il en a { $given }. Raccourcissez-le ou joignez le reste en fichier.
refusal-support_too_many_attachments = Une demande porte au plus { $max } pièces jointes. Retirez-en une d’abord.
refusal-support_attachment_too_large = Un fichier fait au plus { $max_mb } Mo. Joignez un extrait plus court (les dernières heures d’un journal, par exemple).
refusal-support_not_text_or_image = Seuls les fichiers texte et les images PNG ou JPEG peuvent être joints : eux seuls peuvent être vérifiés avant l’envoi pour qu’aucun secret ne parte.
refusal-support_manual_length = Sélectionnez entre { $min } et { $max } caractères à masquer.
refusal-support_manual_in_redaction = Sélectionnez du texte en dehors des parties déjà masquées.
refusal-support_too_many_manual = Une demande garde au plus { $max } masquages manuels. Annulez-en un, ou masquez un passage plus long d’un coup.
refusal-support_too_many_restores = Une demande garde au plus { $max } valeurs rétablies.
refusal-support_too_many_edits = Une capture accepte au plus { $max } retouches. Annulez-en une d’abord.
refusal-support_preview_changed = La demande a changé depuis l’affichage de son aperçu. Regardez de nouveau l’aperçu avant d’enregistrer.
sup-text-count = { $given } / { $max } caractères
sup-text-full = Limite atteinte : { $max } caractères. Joignez les textes plus longs en fichier.
sup-history-range = { $from }–{ $to } sur { $total }
sup-history-newer = Plus récentes
sup-history-older = Plus anciennes
refusal-workspace_refused = { $file } ne peut pas être ouvert.

refusal-vault_copy_changed = La copie conservée de ce document a été modifiée sur le disque depuis son émission ; elle n’est pas utilisée.
refusal-vault_copy_unreadable = La copie conservée de ce document ne peut pas être lue (elle a été déplacée ou supprimée).

fc-title = Renouvellements des { $n } prochains mois
fc-empty = Aucun renouvellement dans les { $n } prochains mois.
fc-summary = { $automatic } automatiques · { $action } à traiter
fc-view = Vue de la prévision
fc-view-chart = Graphique
fc-view-table = Tableau
fc-automatic = Débit automatique
fc-action = À traiter
fc-prepaid = Solde prépayé restant
fc-chartOf = Renouvellements par mois en { $currency }
fc-prepaidNow = Solde prépayé actuel : { $amount }
fc-month = Mois
fc-clear = Tous les renouvellements
fc-bar =
    { $month } : { $automatic } débités automatiquement ({ $na ->
        [one] { $na } produit
       *[other] { $na } produits
    }), { $action } à traiter ({ $nb ->
        [one] { $nb } produit
       *[other] { $nb } produits
    })
fc-products =
    { $n ->
        [one] { $n } produit
       *[other] { $n } produits
    }
sp-title = Dépenses des { $n } derniers mois
sp-empty = Aucune facture payée ni note de crédit ces { $n } derniers mois.
sp-summary = { $paid } payé · { $credited } crédité
sp-paid = Payé
sp-credited = Crédité
sp-chartOf = Dépenses par mois en { $currency }
sp-hint = Sélectionnez une barre pour afficher les documents qu’elle additionne.
sp-bar =
    { $month } : { $paid } payé ({ $np ->
        [one] { $np } facture
       *[other] { $np } factures
    }), { $credited } crédité ({ $nc ->
        [one] { $nc } note de crédit
       *[other] { $nc } notes de crédit
    })
inv-issuedIn = Émis en { $month } · { $currency }
pal-title = Rechercher ou exécuter
pal-open = Rechercher…
pal-placeholder = Un produit, une personne, une équipe, un numéro de facture ou de commande, ou une action
pal-results = Résultats
pal-none = Rien ne correspond à « { $query } ».
pal-hint = ↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer
pal-failed = La recherche n’a pas pu être faite. Réessayez.
pal-addUser = Ajouter un utilisateur
pal-onlyProduct = Trouvé par la recherche : { $name }
pal-selectFirst = Cochez d’abord les produits dans le tableau, puis relancez l’action.
pal-kind-action = Action
pal-kind-invoice = Document
pal-kind-order = Commande
pal-kind-product = Produit
pal-kind-user = Personne
pal-kind-team = Équipe

# Accès du support (SUP-1..4) et blocages pour vérification d’identité (KC), branche grants.
sup-kind-mail_message = Un seul message e-mail
sup-sup1 = Seul le personnel du fournisseur qui traite la demande indiquée peut utiliser cet accès ; il se ferme de lui-même 7 jours après avoir été donné, et vous pouvez le révoquer avant.
sup-give = Donner un accès au support
sup-new-kind = Accès à
sup-new-items = Éléments (un par ligne)
sup-new-items-hint-mail_address = Les adresses de boîte mail que le support peut ouvrir, une par ligne.
sup-new-items-hint-drive_folder = Les dossiers du drive que le support peut ouvrir, un par ligne.
sup-new-items-hint-chat_discussion = Les discussions du chat que le support peut lire, une par ligne.
sup-new-items-hint-mail_message = Le seul message partagé : son objet, tel qu’affiché dans votre boîte.
sup-new-ticket = Numéro de la demande au support
sup-new-ticket-hint = Tel que le fournisseur l’a écrit, p. ex. SUP-20431.
sup-new-submit = Donner l’accès
sup-new-done = { $n ->
    [one] Accès donné pour 7 jours.
   *[other] { $n } accès donnés pour 7 jours.
}
sup-countdown-days = se ferme dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} { $hours } h
sup-countdown-hours = se ferme dans { $hours } h { $minutes } min
sup-countdown-minutes = se ferme dans { $minutes } min
sup-closed = fermé
sup-revoke = Révoquer
sup-revoke-confirm = Révoquer maintenant l’accès à { $target } ? Le support ne pourra plus l’ouvrir.
sup-revoke-done = Accès à { $target } révoqué.
sup-by = par { $name }
sup-log = Journal des accès
sup-log-none = Rien n’est encore journalisé.
sup-log-when = Quand
sup-log-what = Quoi
sup-log-who = Qui
sup-log-granted = Accès donné
sup-log-revoked = Accès révoqué
sup-log-expired = Fermé de lui-même après 7 jours
sup-log-system = Comptoir (de lui-même)
sup-log-page = { $from }–{ $to } sur { $total }
sup-log-newer = Plus récents
sup-log-older = Plus anciens
sup-log-note = Le journal garde chaque ligne : rien ne peut y être modifié ni supprimé.
kc-banner-title = La commande n° { $id } est bloquée pour vérification d’identité
kc-trigger-forgotten_password = Nous vous avons demandé de confirmer votre identité car un mot de passe oublié a été signalé sur le compte.
kc-trigger-forgotten_login_email = Nous vous avons demandé de confirmer votre identité car l’adresse e-mail de connexion a été signalée oubliée.
kc-trigger-two_factor_removal = Nous vous avons demandé de confirmer votre identité car l’authentification à deux facteurs est en cours de suppression.
kc-trigger-account_unblock = Nous vous avons demandé de confirmer votre identité avant de débloquer le compte.
kc-trigger-first_payout = Nous vous avons demandé de confirmer votre identité avant le premier versement.
kc-trigger-suspected_fraud = Cette commande a été bloquée car elle ressemble à une fraude : confirmez votre identité pour la libérer.
kc-trigger-brand_name = Cette commande contient une marque protégée : confirmez votre identité (et votre droit sur la marque) pour la libérer.
kc-cancels-on = Sans réponse, elle est annulée le { $date } et entièrement remboursée sur le moyen de paiement qui l’a payée.
kc-resend = Renvoyer la procédure
kc-resent = La procédure a été renvoyée aujourd’hui à l’adresse e-mail du compte.
kc-resent-already = La procédure a déjà été renvoyée aujourd’hui ; elle n’est pas envoyée deux fois le même jour.
kc-resent-count = { $n ->
    [one] Renvoyée une fois, la dernière le { $date }.
   *[other] Renvoyée { $n } fois, la dernière le { $date }.
}
kc-attach = Joindre un document…
kc-documents = Documents pour la vérification
kc-document-kept = conservé au plus tard jusqu’au { $date }
kc-document-deleted = supprimé
kc-document-handle = Marquer comme traité
kc-document-handled = Traité et supprimé.
kc-documents-rule = Les documents sont supprimés une fois traités, et au plus tard après 72 heures.
kc-answered = Votre document a été reçu : la commande attend la vérification et n’est pas annulée.
kc-cancelled = Annulée après 10 jours sans réponse : note de crédit { $number }, remboursée sur { $method }.
order-blocked = Bloquée (vérification)
refusal-support_access_rights_needed =
    Seul un représentant légal ou un administrateur peut { $action ->
        [grant] donner un accès au support.
       *[revoke] révoquer un accès du support.
    }
refusal-grant_closed =
    { $state ->
        [revoked] Cet accès était déjà révoqué.
       *[expired] Cet accès s’est déjà fermé de lui-même après 7 jours.
    }
refusal-grant_already_open = Le support a déjà cet accès ({ $item }), encore ouvert : révoquez-le d’abord pour le donner à nouveau.
refusal-kc_blocked = Cette commande est bloquée pour vérification d’identité : elle ne peut être ni payée ni annulée ici.
refusal-kc_cancelled = Cette commande a été annulée après 10 jours sans réponse.
refusal-not_found-support_grant = Cet accès du support n’existe plus.
refusal-not_found-blocked_order = Cette commande n’est pas (ou plus) bloquée pour vérification.
field-trigger = Motif de la vérification
field-ticket_ref = Numéro de la demande au support
field-items = Éléments
field-grant_id = Accès du support
field-document_id = Document

## Account security (issue 15: TFA-1..4, ID-1..4), branch `security`.
sec-own-title = Votre authentification à deux facteurs
sec-own-badgeOn = Activée
sec-own-intro = Votre mot de passe plus une deuxième étape : un code à 6 chiffres d’une application d’authentification, nouveau toutes les 30 secondes, qui fonctionne hors ligne.
sec-severalAccounts = Une application d’authentification peut contenir plusieurs comptes : ajoutez Comptoir à côté de ceux qu’elle a déjà.
sec-own-off = L’authentification à deux facteurs est désactivée pour { $account }.
sec-own-providerOnly = Le fournisseur a activé la double authentification pour ce compte ({ $method }), mais sa clé n’est pas dans cet espace de travail : les codes ne peuvent pas être vérifiés ici. Configurez ici une app d’authentification pour utiliser des codes dans Comptoir.
sec-own-account = Compte
sec-begin = Configurer une application d’authentification
sec-enrol-title = Scannez ce code avec votre application d’authentification
sec-enrol-qr = Code QR pour ajouter le compte à une application d’authentification
sec-enrol-once = Cette clé n’est montrée que maintenant. Comptoir la garde dans le trousseau du système, jamais dans l’espace de travail.
sec-enrol-account = Compte { $account } · émetteur { $issuer }
sec-enrol-manual = Ou saisissez cette clé à la main :
sec-code = Code de l’application
sec-confirm = Vérifier et activer
sec-codes-title = Vos dix codes d’urgence
sec-codes-once = Montrés cette seule fois : Comptoir ne les montrera plus. Chaque code sert une fois, si vous perdez votre téléphone. Enregistrez-les ou imprimez-les maintenant.
sec-codes-save = Enregistrer comme fichier texte…
sec-codes-print = Imprimer
sec-codes-done = Je les ai gardés
sec-codes-left = { $n } sur { $total }
sec-check-title = Utiliser un code
sec-check-intro = Un code de l’application ou un code d’urgence, comme à la connexion. Il en faut un aussi pour de nouveaux codes d’urgence et pour retirer l’application.
sec-check-code = Code
sec-check = Vérifier le code
sec-check-app = Code de l’application accepté.
sec-check-emergency =
    Code d’urgence accepté. { $n ->
        [one] Il reste { $n } code.
       *[other] Il reste { $n } codes.
    }
sec-regenerate = Nouveaux codes d’urgence
sec-remove = Retirer l’application d’authentification
sec-removeNote = Les nouveaux codes d’urgence remplacent les actuels. Retirer l’application désactive l’authentification à deux facteurs et lance une vérification d’identité.
sec-toast-enabled = L’authentification à deux facteurs est activée.
sec-toast-removed = L’authentification à deux facteurs est désactivée. Une vérification d’identité suivra.
sec-toast-regenerated = Nouveaux codes d’urgence émis : les précédents ne fonctionnent plus.
sec-toast-printed = Les codes d’urgence ont été envoyés à l’imprimante.
sec-ids-title = Vos identifiants
sec-ids-intro = Chaque identifiant a son propre mot de passe : en changer un ne change aucun des autres.
sec-ids-login = Identifiant de connexion
sec-ids-loginNote = L’e-mail personnel donné à l’inscription, avec son propre mot de passe.
sec-ids-passwordSet = Mot de passe défini le { $date }
sec-ids-mailboxes = Boîtes mail hébergées
sec-ids-mailboxNote = Chaque boîte a son propre mot de passe, même quand son adresse s’écrit comme votre identifiant.
sec-ids-address = Adresse
sec-ids-password = Mot de passe
sec-ids-readers = Lecteurs webmail
sec-ids-unify = Un mot de passe avec la connexion
sec-ids-offered = Peut être proposé
sec-ids-notOffered = Non proposé : { $missing }
sec-ids-cond-exact_address = pas exactement l’adresse de votre identifiant
sec-ids-cond-only_webmail_reader = d’autres comptes la lisent dans le webmail
sec-ids-cond-may_change_password = vous ne pouvez pas changer son mot de passe
sec-ids-credentials = FTP, MySQL, SSH et WebDAV
sec-ids-credentialsNote = Indépendants de la connexion et de chaque boîte mail.
sec-ids-kind = Service
sec-ids-user = Utilisateur
sec-ids-host = Serveur
sec-ids-kind-ftp = FTP
sec-ids-kind-mysql = MySQL
sec-ids-kind-ssh = SSH
sec-ids-kind-webdav = WebDAV
refusal-tfa-own_account_only = Seule la personne elle-même peut changer son authentification à deux facteurs.
refusal-tfa-wrong_code = Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et saisissez le code actuel.
refusal-tfa-code_used = Ce code a déjà été utilisé. Attendez le suivant (30 secondes).
refusal-tfa-emergency_code_used = Ce code d’urgence a déjà été utilisé : chacun ne sert qu’une fois.
refusal-tfa-already_enabled = L’authentification à deux facteurs est déjà activée.
refusal-tfa-not_pending = Aucune configuration n’attend de code. Recommencez.
refusal-tfa-not_enabled = L’authentification à deux facteurs n’est pas activée.
refusal-tfa-no_seed = La clé de l’application d’authentification n’est pas dans le trousseau de ce système. Utilisez un code d’urgence.
refusal-tfa-keyring = Le trousseau du système n’a pas pu garder la clé (il est verrouillé ou l’accès a été refusé). Déverrouillez-le et réessayez.
refusal-tfa-print_failed = Les codes n’ont pas pu être imprimés. Enregistrez-les plutôt comme fichier texte.
refusal-tfa-not_current_codes = Ce ne sont pas vos codes de secours actuels : seuls les codes qui viennent d’être affichés peuvent être enregistrés ou imprimés. Générez-en de nouveaux si nécessaire.
refusal-tfa-workspace_changed = Un autre espace de travail a été ouvert entre-temps. Rien n’a été modifié : recommencez.
refusal-kc-handlers_only = Seul un représentant légal ou un administrateur de l’organisation peut marquer un document comme traité (il est alors supprimé).
refusal-id-unification-exact_address = Un seul mot de passe n’est pas proposé : la boîte n’est pas exactement l’adresse de votre identifiant.
refusal-id-unification-only_webmail_reader = Un seul mot de passe n’est pas proposé : d’autres comptes lisent cette boîte dans le webmail.
refusal-id-unification-may_change_password = Un seul mot de passe n’est pas proposé : vous ne pouvez pas changer le mot de passe de cette boîte.
refusal-not_found-mailbox = Cette boîte mail n’existe plus.
field-code = Code
field-codes = Codes de secours
field-mailbox_id = Boîte mail

# Partner program (PAR-1..4), branch `partner`
par-eligibility = Conditions du programme partenaire
par-cond-volume = Valeur annuelle des produits gérés
par-cond-volumeFigure = { $chf } par an ({ $chfNeeded } requis) ou { $eur } par an ({ $eurNeeded } requis)
par-cond-company = Entreprise inscrite au registre avec un site web
par-cond-service = Assiste et facture ses clients
par-cond-conditions = Conditions de revendeur acceptées
par-met = rempli
par-notMet = non rempli
par-registerNumber = Numéro au registre
par-website = Site web
par-missing = manquant
par-supports = Assiste ses clients
par-invoices = Facture ses clients
par-yes = oui
par-no = non
par-acceptedBy = Acceptées par { $name } le { $date }
par-notAccepted = Pas encore acceptées
par-editProfile = Modifier les informations de l’entreprise
par-accept = J’accepte les conditions de revendeur (enregistré avec mon nom et la date)
par-saveProfile = Enregistrer
par-addClient = Ajouter un client
par-clientName = Organisation cliente
par-contactEmail = E-mail de contact
par-billed = Facturé par le fournisseur
par-billed-partner = Le partenaire
par-billed-client = Le client
par-benefit = Prix partenaire
par-benefit-discount = Remise
par-benefit-cashback = Cashback
par-rate = Taux (%)
par-rateHint = Une remise ou un cashback récurrent de 0 à 35 % du prix catalogue (PAR-4) ; la marge est cette part de chaque renouvellement.
par-endedOn = terminée le { $date }
par-products = Produits du client
par-noProducts = Aucun produit enregistré pour ce client.
par-managed = Géré
par-productName = Produit
par-period = Période
par-price = Prix catalogue
par-renews = Prochain renouvellement
par-manageProduct = Le partenaire gère { $name }
par-saveAccess = Enregistrer l’accès accordé par le client
par-addProduct = Ajouter le produit
par-billing = Facturation entre partenaire et client
par-saveBilling = Enregistrer les conditions de facturation
par-managers = Géré par
par-managersHint = Utilisateurs du partenaire qui gèrent ce client ; les représentants légaux et administrateurs gèrent tous les clients.
par-saveManagers = Enregistrer qui gère le client
par-statement = Relevé
par-from = Du
par-to = Au
par-showStatement = Afficher
par-statementSummary = { $n ->
        [one] Un renouvellement
       *[other] { $n } renouvellements
    } : prix catalogue { $list }, le partenaire paie { $pays }, marge { $margin } ({ $rate }).
par-saveCsv = Enregistrer en CSV…
par-savePdf = Enregistrer en PDF…
par-issued = Relevés émis
par-margin = marge
par-endConfirm = Le partenaire perd son accès ; les produits et relevés restent au client.
par-end = Mettre fin à la relation
par-becomePartner = Devenir partenaire
par-becomeAffiliate = Rejoindre le programme d’affiliation
par-leave = Quitter le programme
par-assignedOnly = Vous voyez les clients qui vous sont attribués.
par-managedOf = { $managed } sur { $n }
par-isAffiliate = Cette organisation fait partie du programme d’affiliation ; un partenaire ne peut pas être affilié en même temps.
toast-partnerProfile = Informations du programme partenaire enregistrées.
toast-partnerStatus = Programme modifié.
toast-partnerClientAdded = Client ajouté.
toast-partnerProductAdded = Produit ajouté au client.
toast-partnerAccess = Accès accordé par le client enregistré.
toast-partnerBilling = Conditions de facturation enregistrées.
toast-partnerManagers = Gestionnaires du client enregistrés.
toast-partnerEnded = Relation terminée : accès retiré, produits et relevés restent au client.
refusal-partner_is_affiliate = Un affilié ne peut pas devenir partenaire : personne n’est partenaire et affilié à la fois.
refusal-affiliate_is_partner = Un partenaire ne peut pas rejoindre le programme d’affiliation : personne n’est partenaire et affilié à la fois.
refusal-partner_not_eligible = Toutes les conditions du programme partenaire ne sont pas encore remplies : voyez laquelle ci-dessus.
refusal-not_a_partner = Seule une organisation partenaire gère des clients.
refusal-partner_admin_only = Seul un représentant légal ou un administrateur peut modifier les réglages partenaire et les clients.
refusal-partner_client_not_assigned = Ce client ne vous est pas attribué : demandez à un administrateur du partenaire.
refusal-partner_client_ended = La relation avec ce client a pris fin le { $date }.
refusal-partner_client_exists = { $name } est déjà client.
refusal-not_found-partner_client = Ce client n’existe plus.
refusal-not_found-client_product = Ce produit n’est pas un produit du client.
field-rate = Taux
field-website = Site web
field-client_id = Client
field-register_number = Numéro au registre
field-price = Prix
