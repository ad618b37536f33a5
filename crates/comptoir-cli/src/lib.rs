//! Comptoir's command-line mode: the same binary without a window, for offline invoice printing
//! and scripts. `comptoir invoices list|export|print --workspace FILE [filters]` reads the
//! workspace's documents as its signed-in user may (the engine checks membership), renders them
//! through the offline vault (hash-checked, as the window does) and answers with exit codes fit
//! for scripts. Every text, `--help` included, comes from the Fluent catalogue in the reader's
//! language (`locales/<lang>/cli.ftl`).

pub mod print;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command};
use comptoir_core::billing::{ExistingFiles, Invoice, InvoiceKind, InvoiceStatus};
use comptoir_core::Clock;
use comptoir_core::ErrorCode;
use comptoir_i18n::{Arg as A, Catalogue};
use comptoir_invoice::Fonts;
use comptoir_store::file::{self, FileState};
use comptoir_store::{OpenRefusal, Store, StoreError};

/// Exit codes (also listed by `comptoir --help`).
pub mod exit {
    /// Everything asked was done (a list with no rows included).
    pub const OK: i32 = 0;
    /// Some documents (or all) could not be exported or printed; the others, if any, were.
    pub const SOME_FAILED: i32 = 1;
    /// The command line is wrong (unknown option, bad date, unknown organization...).
    pub const USAGE: i32 = 2;
    /// The workspace file is missing or cannot be opened; nothing was written.
    pub const WORKSPACE: i32 = 3;
    /// `export` or `print`: no document matches the filters.
    pub const NO_MATCH: i32 = 4;
    /// `export`: files of the same names are in the folder; nothing was written.
    pub const FILES_EXIST: i32 = 5;
    /// The workspace's signed-in user may not read that organization's documents.
    pub const REFUSED: i32 = 6;
}

/// Words that start the command-line mode; anything else (no argument, `--workspace FILE`)
/// opens the window.
pub fn is_cli(args: &[OsString]) -> bool {
    args.get(1).and_then(|a| a.to_str()).is_some_and(|a| {
        matches!(
            a,
            "invoices" | "help" | "--help" | "-h" | "--version" | "-V"
        )
    })
}

/// The reader's language from the environment, as gettext reads it: `LANGUAGE` (a list), then
/// `LC_ALL`, `LC_MESSAGES`, `LANG`; `C`/`POSIX` mean English.
pub fn language_from_env(get: impl Fn(&str) -> Option<String>) -> String {
    let primary = |tag: &str| {
        tag.split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var) {
            let list: Vec<&str> = v
                .split(':')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect();
            let Some(first) = list.first() else {
                continue;
            };
            if *first == "C" || *first == "POSIX" || first.starts_with("C.") {
                return "en".into();
            }
            // `LANGUAGE=pt:fr`: the first of the list the catalogue has, as gettext does.
            let known = list
                .iter()
                .find(|t| comptoir_i18n::LANGUAGES.contains(&primary(t).as_str()));
            return known.unwrap_or(first).to_string();
        }
    }
    "en".into()
}

/// Runs the command line `args` (program name first); returns the exit code.
pub fn run(
    args: Vec<OsString>,
    language: &str,
    clock: Arc<dyn Clock>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let c = Catalogue::for_tag(language);
    // `comptoir help [command…]` is `comptoir [command…] --help`.
    let args: Vec<OsString> = if args.get(1).is_some_and(|a| a == "help") {
        let mut a = vec![args[0].clone()];
        a.extend(args[2..].iter().cloned());
        a.push("--help".into());
        a
    } else {
        args
    };
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let matches = match command(&c).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return usage_error(&c, &e, &words, out, err),
    };
    let Some(("invoices", invoices)) = matches.subcommand() else {
        return exit::USAGE;
    };
    let Some((action, m)) = invoices.subcommand() else {
        return exit::USAGE;
    };
    let cli = Cli { c: &c, out, err };
    cli.invoices(action, m, clock)
}

struct Cli<'a> {
    c: &'a Catalogue,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

/// The filters every `invoices` action takes.
struct Filters {
    org: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    status: Option<String>,
    kind: Option<String>,
}

impl Cli<'_> {
    fn t(&self, id: &str, args: &[(&str, A)]) -> String {
        self.c.text(id, args)
    }

    /// A line for people on standard error.
    fn say(&mut self, id: &str, args: &[(&str, A)]) {
        let line = self.t(id, args);
        let _ = writeln!(self.err, "{line}");
    }

    fn invoices(mut self, action: &str, m: &ArgMatches, clock: Arc<dyn Clock>) -> i32 {
        let filters = match self.filters(m) {
            Ok(f) => f,
            Err(code) => return code,
        };
        let path: PathBuf = m
            .get_one::<PathBuf>("workspace")
            .cloned()
            .unwrap_or_default();
        let store = match self.open(&path, clock) {
            Ok(s) => s,
            Err(code) => return code,
        };
        let docs = match self.select(&store, &filters) {
            Ok(d) => d,
            Err(code) => return code,
        };
        match action {
            "list" => self.list(&store, &docs, m.get_flag("json")),
            "export" => {
                let out_dir = m.get_one::<PathBuf>("out").cloned().unwrap_or_default();
                let existing = if m.get_flag("replace") {
                    Some(ExistingFiles::Replace)
                } else if m.get_flag("keep-both") {
                    Some(ExistingFiles::KeepBoth)
                } else {
                    None
                };
                self.export(&store, &docs, &out_dir, existing)
            }
            "print" => self.print(&store, &docs),
            _ => exit::USAGE,
        }
    }

    fn filters(&mut self, m: &ArgMatches) -> Result<Filters, i32> {
        let date = |this: &mut Self, name: &str| -> Result<Option<NaiveDate>, i32> {
            match m.get_one::<String>(name) {
                None => Ok(None),
                Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map(Some)
                    .map_err(|_| {
                        this.say(
                            "cli-error-date",
                            &[
                                ("option", format!("--{name}").into()),
                                ("value", v.as_str().into()),
                            ],
                        );
                        exit::USAGE
                    }),
            }
        };
        let from = date(self, "from")?;
        let to = date(self, "to")?;
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                self.say(
                    "cli-error-date-order",
                    &[("from", f.to_string().into()), ("to", t.to_string().into())],
                );
                return Err(exit::USAGE);
            }
        }
        Ok(Filters {
            org: m.get_one::<String>("org").cloned(),
            from,
            to,
            status: m.get_one::<String>("status").cloned(),
            kind: m.get_one::<String>("kind").cloned(),
        })
    }

    /// Opens an existing workspace; a missing file is not created (no demo is seeded here) and
    /// a file that is not a workspace is refused before anything is written.
    fn open(&mut self, path: &std::path::Path, clock: Arc<dyn Clock>) -> Result<Store, i32> {
        let shown = path.display().to_string();
        match file::inspect(path) {
            Ok(FileState::Missing) => {
                self.say("cli-error-no-workspace", &[("file", shown.into())]);
                return Err(exit::WORKSPACE);
            }
            Ok(FileState::Ours { .. }) => {}
            Err(problem) => {
                self.refused_file(&shown, problem.reason);
                return Err(exit::WORKSPACE);
            }
        }
        match Store::open(path, clock) {
            Ok(s) => Ok(s),
            Err(StoreError::Refused(problem)) => {
                self.refused_file(&shown, problem.reason);
                Err(exit::WORKSPACE)
            }
            Err(e) => {
                let why = self.why_store(&e);
                self.say(
                    "cli-error-open",
                    &[("file", shown.into()), ("why", why.into())],
                );
                Err(exit::WORKSPACE)
            }
        }
    }

    fn refused_file(&mut self, shown: &str, reason: OpenRefusal) {
        let why = match reason {
            OpenRefusal::NotSqlite => "not-sqlite",
            OpenRefusal::Damaged => "damaged",
            OpenRefusal::Foreign => "foreign",
            OpenRefusal::EmptyDatabase => "empty",
            OpenRefusal::Newer => "newer",
            OpenRefusal::MissingKind => "missing-kind",
            OpenRefusal::Unreadable => "unreadable",
            OpenRefusal::ReadOnly => "read-only",
        };
        let why = self.t(&format!("cli-refusal-{why}"), &[]);
        self.say(
            "cli-error-refused",
            &[("file", shown.into()), ("why", why.into())],
        );
    }

    /// The documents the signed-in user may read that match the filters, oldest first.
    fn select(&mut self, store: &Store, f: &Filters) -> Result<Vec<Listed>, i32> {
        let orgs = store.organizations().map_err(|e| self.engine(e))?;
        let org = match &f.org {
            None => None,
            Some(wanted) => {
                let found = orgs.iter().find(|o| {
                    o.id.to_string() == *wanted
                        || o.name.to_lowercase() == wanted.trim().to_lowercase()
                });
                match found {
                    Some(o) => Some(o.id),
                    None => {
                        self.say("cli-error-no-org", &[("org", wanted.as_str().into())]);
                        return Err(exit::USAGE);
                    }
                }
            }
        };
        let actor = store.signed_in_user().map_err(|e| self.engine(e))?;
        let mut docs: Vec<Invoice> = match store.invoices_as(actor, org) {
            Ok(d) => d,
            Err(StoreError::Domain(e)) if e.code == ErrorCode::RuleViolation => {
                self.say(
                    "cli-error-not-member",
                    &[("org", f.org.clone().unwrap_or_default().into())],
                );
                return Err(exit::REFUSED);
            }
            Err(e) => return Err(self.engine(e)),
        };
        docs.retain(|d| {
            f.from.is_none_or(|from| d.issued_on >= from)
                && f.to.is_none_or(|to| d.issued_on <= to)
                && f.kind.as_deref().is_none_or(|k| kind_word(d.kind) == k)
                && f.status
                    .as_deref()
                    .is_none_or(|s| status_matches(d.status, s))
        });
        docs.sort_by(|a, b| (a.issued_on, &a.number).cmp(&(b.issued_on, &b.number)));
        Ok(docs
            .into_iter()
            .map(|d| Listed {
                organization: orgs
                    .iter()
                    .find(|o| o.id == d.organization_id)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                invoice: d,
            })
            .collect())
    }

    fn engine(&mut self, e: StoreError) -> i32 {
        let why = self.why_store(&e);
        self.say("cli-error-engine", &[("why", why.into())]);
        exit::WORKSPACE
    }

    /// A store failure in the reader's language: the database's own text (English, SQL
    /// included) is never shown, only its short SQLite code.
    fn why_store(&self, e: &StoreError) -> String {
        match e {
            StoreError::Db(db) => {
                let code = match db {
                    rusqlite::Error::SqliteFailure(f, _)
                    | rusqlite::Error::SqlInputError { error: f, .. } => format!(" ({:?})", f.code),
                    _ => String::new(),
                };
                format!("{}{code}", self.t("cli-why-database", &[]))
            }
            StoreError::Domain(e) => self.why(e),
            StoreError::Refused(p) => self.why(&comptoir_core::Error::storage(p.message.clone())),
        }
    }

    /// Why a document or folder failed, in the reader's language: by the error's reason, else
    /// its file-system kind (`io`), else its code; the engine's English sentence is left out.
    fn why(&self, e: &comptoir_core::Error) -> String {
        let param = |k: &str| e.params.as_ref().and_then(|p| p.get(k)).map(String::as_str);
        let id = match (param("reason"), param("io")) {
            (Some("vault_copy_changed"), _) => "cli-why-vault-changed",
            (Some("vault_copy_unreadable"), _) => "cli-why-vault-missing",
            (Some("not_a_regular_file"), _) => "cli-why-not-a-file",
            (_, Some("not_found")) => "cli-why-not-found",
            (_, Some("permission_denied")) => "cli-why-permission",
            (_, Some("not_a_folder")) => "cli-why-not-a-folder",
            (_, Some("full")) => "cli-why-full",
            _ => match e.code {
                ErrorCode::Storage => "cli-why-storage",
                ErrorCode::InvalidInput | ErrorCode::RuleViolation => "cli-why-data",
                _ => "cli-why-other",
            },
        };
        self.t(id, &[])
    }

    fn list(&mut self, _store: &Store, docs: &[Listed], json: bool) -> i32 {
        if json {
            let rows: Vec<serde_json::Value> = docs
                .iter()
                .map(|l| {
                    let d = &l.invoice;
                    serde_json::json!({
                        "id": d.id,
                        "number": d.number,
                        "kind": kind_word(d.kind),
                        "organization_id": d.organization_id,
                        "organization": l.organization,
                        "issued_on": d.issued_on.to_string(),
                        "due_on": d.due_on.to_string(),
                        "currency": d.total.currency.code(),
                        "total": d.total.amount.round_dp(2).to_string(),
                        "paid": d.paid.amount.round_dp(2).to_string(),
                        "status": status_word(d.status),
                    })
                })
                .collect();
            let _ = writeln!(
                self.out,
                "{}",
                serde_json::to_string_pretty(&rows).unwrap_or_default()
            );
            return exit::OK;
        }
        if docs.is_empty() {
            self.say("cli-nothing-matches", &[]);
            return exit::OK;
        }
        let header = [
            self.t("cli-col-number", &[]),
            self.t("cli-col-kind", &[]),
            self.t("cli-col-organization", &[]),
            self.t("cli-col-issued", &[]),
            self.t("cli-col-due", &[]),
            self.t("cli-col-total", &[]),
            self.t("cli-col-status", &[]),
        ];
        let rows: Vec<[String; 7]> = docs
            .iter()
            .map(|l| {
                let d = &l.invoice;
                [
                    d.number.clone(),
                    self.t(&format!("cli-kind-{}", kind_word(d.kind)), &[]),
                    l.organization.clone(),
                    d.issued_on.to_string(),
                    d.due_on.to_string(),
                    self.c.money(&d.total),
                    self.t(&format!("cli-status-{}", status_word(d.status)), &[]),
                ]
            })
            .collect();
        let mut widths = header.clone().map(|h| h.chars().count());
        for r in &rows {
            for (w, cell) in widths.iter_mut().zip(r) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for r in std::iter::once(&header).chain(&rows) {
            let mut line = String::new();
            for (i, (cell, w)) in r.iter().zip(widths).enumerate() {
                let pad = " ".repeat(w - cell.chars().count());
                // Amounts right-aligned, the rest left-aligned; two spaces between columns.
                if i == 5 {
                    line.push_str(&pad);
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    if i + 1 < r.len() {
                        line.push_str(&pad);
                    }
                }
                if i + 1 < r.len() {
                    line.push_str("  ");
                }
            }
            let _ = writeln!(self.out, "{}", line.trim_end());
        }
        self.say("cli-listed", &[("count", (docs.len() as i64).into())]);
        exit::OK
    }

    fn export(
        &mut self,
        store: &Store,
        docs: &[Listed],
        folder: &std::path::Path,
        existing: Option<ExistingFiles>,
    ) -> i32 {
        if docs.is_empty() {
            self.say("cli-nothing-matches", &[]);
            return exit::NO_MATCH;
        }
        let ids: Vec<i64> = docs.iter().map(|l| l.invoice.id).collect();
        // Never replace a file without being told: look before writing anything.
        let taken = match comptoir_store::vault::existing_exports(store, &ids, folder) {
            Ok(t) => t,
            Err(e) => return self.engine(e),
        };
        let existing = match (existing, taken.is_empty()) {
            (Some(how), _) => how,
            (None, true) => ExistingFiles::KeepBoth,
            (None, false) => {
                self.say(
                    "cli-error-files-exist",
                    &[
                        ("count", (taken.len() as i64).into()),
                        ("folder", folder.display().to_string().into()),
                        ("files", taken.join(", ").into()),
                    ],
                );
                return exit::FILES_EXIST;
            }
        };
        let report = match comptoir_store::vault::export_documents(
            store,
            Fonts::shared(),
            &ids,
            folder,
            existing,
            &mut |_| true,
        ) {
            Ok(r) => r,
            Err(StoreError::Domain(e)) if e.code == ErrorCode::Storage => {
                let why = self.why(&e);
                self.say(
                    "cli-error-write",
                    &[
                        ("folder", folder.display().to_string().into()),
                        ("why", why.into()),
                    ],
                );
                return exit::SOME_FAILED;
            }
            Err(e) => return self.engine(e),
        };
        for f in &report.failed {
            let why = self.why(&f.reason);
            self.say(
                "cli-failed-export",
                &[("number", f.number.as_str().into()), ("why", why.into())],
            );
        }
        let line = self.t(
            "cli-exported",
            &[
                ("count", (report.written as i64).into()),
                ("folder", report.folder.as_str().into()),
            ],
        );
        let _ = writeln!(self.out, "{line}");
        if report.failed.is_empty() {
            exit::OK
        } else {
            exit::SOME_FAILED
        }
    }

    fn print(&mut self, store: &Store, docs: &[Listed]) -> i32 {
        if docs.is_empty() {
            self.say("cli-nothing-matches", &[]);
            return exit::NO_MATCH;
        }
        let mut printed = 0i64;
        let mut failed = false;
        for l in docs {
            let number = l.invoice.number.as_str();
            let path =
                match comptoir_store::vault::open_document(store, Fonts::shared(), l.invoice.id) {
                    Ok((path, _)) => path,
                    Err(e) => {
                        let why = self.why_store(&e);
                        self.say(
                            "cli-failed-print",
                            &[("number", number.into()), ("why", why.into())],
                        );
                        failed = true;
                        continue;
                    }
                };
            match print::print_file(&path) {
                Ok(_) => printed += 1,
                Err(print::PrintFailure::NoSystem { program, .. }) => {
                    // No print system: every other document would fail the same way.
                    self.say("cli-print-no-system", &[("program", program.into())]);
                    return exit::SOME_FAILED;
                }
                Err(print::PrintFailure::Refused { program, detail }) => {
                    self.say(
                        "cli-print-refused",
                        &[
                            ("number", number.into()),
                            ("program", program.into()),
                            ("detail", detail.into()),
                        ],
                    );
                    failed = true;
                }
            }
        }
        let line = self.t("cli-printed", &[("count", printed.into())]);
        let _ = writeln!(self.out, "{line}");
        if failed {
            exit::SOME_FAILED
        } else {
            exit::OK
        }
    }
}

/// A document with its organization's name.
struct Listed {
    invoice: Invoice,
    organization: String,
}

/// The word scripts use for a kind (`--kind`, `--json`).
fn kind_word(k: InvoiceKind) -> &'static str {
    match k {
        InvoiceKind::Invoice => "invoice",
        InvoiceKind::ProForma => "pro-forma",
        InvoiceKind::CreditNote => "credit-note",
    }
}

fn status_word(s: InvoiceStatus) -> &'static str {
    match s {
        InvoiceStatus::Paid => "paid",
        InvoiceStatus::Unpaid => "unpaid",
        InvoiceStatus::Overdue => "overdue",
        InvoiceStatus::Cancelled => "cancelled",
    }
}

/// `--status unpaid` includes overdue documents: they are unpaid too.
fn status_matches(s: InvoiceStatus, wanted: &str) -> bool {
    status_word(s) == wanted || (wanted == "unpaid" && s == InvoiceStatus::Overdue)
}

/// Wrong command lines, said in the reader's language (clap's own texts are English).
fn usage_error(
    c: &Catalogue,
    e: &clap::Error,
    words: &[String],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write!(out, "{}", e.render());
            return exit::OK;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            // clap's text is English: show the localized help of the command that lacks one.
            let mut cmd = command(c);
            cmd.build();
            let mut target = &mut cmd;
            for w in words {
                if target.find_subcommand(w).is_none() {
                    break;
                }
                target = target.find_subcommand_mut(w).expect("found above");
            }
            let _ = writeln!(err, "{}", c.text("cli-error-choose-command", &[]));
            let _ = write!(err, "\n{}", target.render_help());
            return exit::USAGE;
        }
        _ => {}
    }
    let context = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    };
    let arg = context(ContextKind::InvalidArg);
    // `--workspace <FILE>` as clap names it; `--workspace` alone where the value is not the point.
    let option = arg.split_whitespace().next().unwrap_or_default().to_owned();
    let line = match e.kind() {
        ErrorKind::UnknownArgument => c.text("cli-error-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => c.text(
            "cli-error-unknown-command",
            &[("command", context(ContextKind::InvalidSubcommand).into())],
        ),
        ErrorKind::InvalidValue if context(ContextKind::InvalidValue).is_empty() => {
            c.text("cli-error-empty-value", &[("arg", option.into())])
        }
        ErrorKind::InvalidValue => c.text(
            "cli-error-invalid-value",
            &[
                ("arg", arg.into()),
                ("value", context(ContextKind::InvalidValue).into()),
                ("valid", context(ContextKind::ValidValue).into()),
            ],
        ),
        ErrorKind::MissingRequiredArgument => {
            c.text("cli-error-missing-argument", &[("arg", arg.into())])
        }
        // The same option given twice is reported by clap as a conflict with itself.
        ErrorKind::ArgumentConflict
            if option
                == context(ContextKind::PriorArg)
                    .split_whitespace()
                    .next()
                    .unwrap_or_default() =>
        {
            c.text("cli-error-twice", &[("arg", option.into())])
        }
        ErrorKind::ArgumentConflict => c.text(
            "cli-error-conflict",
            &[
                ("arg", arg.into()),
                ("other", context(ContextKind::PriorArg).into()),
            ],
        ),
        ErrorKind::NoEquals | ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            c.text("cli-error-value-count", &[("arg", arg.into())])
        }
        _ => c.text("cli-error-usage", &[]),
    };
    let _ = writeln!(err, "{line}");
    let _ = writeln!(err, "{}", c.text("cli-see-help", &[]));
    exit::USAGE
}

/// The command line, every text from the catalogue.
fn command(c: &Catalogue) -> Command {
    let t = |id: &str| c.text(id, &[]);
    let filters = || {
        [
            Arg::new("workspace")
                .long("workspace")
                .value_name(t("cli-value-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .required(true)
                .help(t("cli-arg-workspace")),
            Arg::new("org")
                .long("org")
                .value_name(t("cli-value-org"))
                .help(t("cli-arg-org")),
            Arg::new("from")
                .long("from")
                .value_name(t("cli-value-date"))
                .help(t("cli-arg-from")),
            Arg::new("to")
                .long("to")
                .value_name(t("cli-value-date"))
                .help(t("cli-arg-to")),
            Arg::new("status")
                .long("status")
                .value_name(t("cli-value-status"))
                .value_parser(["paid", "unpaid", "overdue", "cancelled"])
                .hide_possible_values(true)
                .help(t("cli-arg-status")),
            Arg::new("kind")
                .long("kind")
                .value_name(t("cli-value-kind"))
                .value_parser(["invoice", "pro-forma", "credit-note"])
                .hide_possible_values(true)
                .help(t("cli-arg-kind")),
        ]
    };
    let list = localized(c, Command::new("list"), "cli-list-about", "list")
        .args(filters())
        .arg(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help(t("cli-arg-json")),
        );
    let export = localized(c, Command::new("export"), "cli-export-about", "export")
        .args(filters())
        .arg(
            Arg::new("out")
                .long("out")
                .value_name(t("cli-value-folder"))
                .value_parser(clap::value_parser!(PathBuf))
                .required(true)
                .help(t("cli-arg-out")),
        )
        .arg(
            Arg::new("replace")
                .long("replace")
                .action(ArgAction::SetTrue)
                .conflicts_with("keep-both")
                .help(t("cli-arg-replace")),
        )
        .arg(
            Arg::new("keep-both")
                .long("keep-both")
                .action(ArgAction::SetTrue)
                .help(t("cli-arg-keep-both")),
        );
    let print = localized(c, Command::new("print"), "cli-print-about", "print").args(filters());
    let invoices = localized(
        c,
        Command::new("invoices"),
        "cli-invoices-about",
        "invoices",
    )
    .subcommand_required(true)
    .subcommands([list, export, print]);
    localized(c, Command::new("comptoir"), "cli-about", "")
        .version(env!("CARGO_PKG_VERSION"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("cli-arg-version")),
        )
        .after_help(t("cli-exit-codes"))
        .subcommand_required(true)
        .subcommand(invoices)
}

/// One (sub)command with its about text, a localized `--help`, headings and usage line.
fn localized(c: &Catalogue, cmd: Command, about: &str, path: &str) -> Command {
    let t = |id: &str| c.text(id, &[]);
    let full = if path.is_empty() {
        "comptoir".to_owned()
    } else if path == "invoices" {
        "comptoir invoices".to_owned()
    } else {
        format!("comptoir invoices {path}")
    };
    let usage = match path {
        "" => format!("comptoir <{}> …", t("cli-value-command")),
        "invoices" => format!("{full} <{}> …", t("cli-value-command")),
        "list" | "print" => format!(
            "{full} --workspace <{}> [{}]",
            t("cli-value-file"),
            t("cli-value-options")
        ),
        _ => format!(
            "{full} --workspace <{}> --out <{}> [{}]",
            t("cli-value-file"),
            t("cli-value-folder"),
            t("cli-value-options")
        ),
    };
    cmd.about(t(about))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .next_help_heading(t("cli-heading-options"))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t("cli-arg-help")),
        )
        .override_usage(usage)
        .subcommand_value_name(t("cli-value-command"))
        .subcommand_help_heading(t("cli-heading-commands"))
        .help_template(format!(
            "{{about}}\n\n{}: {{usage}}\n\n{{all-args}}{{after-help}}\n",
            t("cli-heading-usage")
        ))
}

/// The process's command line in the environment's language, on the real clock (or one stopped
/// at `COMPTOIR_NOW`, as the window does).
pub fn main(args: Vec<OsString>) -> i32 {
    let language = language_from_env(|k| std::env::var(k).ok());
    let clock: Arc<dyn Clock> = match std::env::var("COMPTOIR_NOW")
        .ok()
        .and_then(|v| comptoir_core::FixedClock::parse(&v))
    {
        Some(fixed) => Arc::new(fixed),
        None => Arc::new(comptoir_core::SystemClock),
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    run(
        args,
        &language,
        clock,
        &mut stdout.lock(),
        &mut stderr.lock(),
    )
}
