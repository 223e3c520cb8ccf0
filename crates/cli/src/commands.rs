//! The CLI's commands: each reads its input through the core, prints, and returns an exit code.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use avtale_core::check::{self, ParentFile, Severity};
use avtale_core::date::Date;
use avtale_core::lang::{Lang, Locale};
use avtale_core::render::{html, markdown};
use avtale_core::starter::{self, NewAgreement};
use avtale_core::template::{self, TemplateSet};
use avtale_core::{CheckOptions, LoadError, catalogue, messages, store};

/// Settings shared by every command.
pub(crate) struct Ctx {
    /// The language of messages, when the user chose one.
    pub(crate) locale: Option<Locale>,
    /// The user's template folder.
    pub(crate) templates: Option<PathBuf>,
}

pub(crate) const OK: u8 = 0;
pub(crate) const HAS_ERRORS: u8 = 1;
pub(crate) const FAILED: u8 = 2;

impl Ctx {
    pub(crate) fn locale(&self) -> Locale {
        self.locale.unwrap_or_default()
    }

    /// The templates; bad user templates are reported on stderr and skipped.
    pub(crate) fn templates(&self) -> Result<TemplateSet, LoadError> {
        let set = match &self.templates {
            Some(dir) => TemplateSet::with_user_dir(dir)?,
            None => TemplateSet::shipped()?,
        };
        for err in &set.errors {
            eprintln!("{}", err.report(self.locale()));
        }
        Ok(set)
    }

    pub(crate) fn fail(&self, err: &LoadError) -> u8 {
        eprintln!("{}", err.report(self.locale()));
        FAILED
    }
}

/// `avtale new`.
pub(crate) fn new(
    ctx: &Ctx,
    starter: &str,
    (county, municipality): (Option<&str>, Option<&str>),
    lang: Lang,
    output: &Path,
    force: bool,
) -> u8 {
    if output.exists() && !force {
        eprintln!("{}: {}", output.display(), already_exists(ctx.locale()));
        return FAILED;
    }
    let templates = match ctx.templates() {
        Ok(t) => t,
        Err(err) => return ctx.fail(&err),
    };
    let new = NewAgreement {
        starter,
        county,
        municipality,
        lang,
        today: today(),
        id: uuid::Uuid::new_v4().to_string(),
    };
    let agreement = match starter::create(&templates, &new) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    match store::save_agreement(output, &agreement) {
        Ok(()) => OK,
        Err(err) => {
            eprintln!("{}", err.report(ctx.locale()));
            FAILED
        }
    }
}

pub(crate) fn already_exists(l: Locale) -> String {
    catalogue::text(l, "cli-already-exists", &[])
}

/// Today's date: the one place the CLI reads the clock.
#[expect(
    clippy::disallowed_methods,
    reason = "the CLI is the edge that reads the clock once"
)]
pub(crate) fn today() -> Date {
    Date::from(chrono::Local::now().date_naive())
}

/// `avtale check`.
pub(crate) fn check(ctx: &Ctx, file: &Path, json: bool) -> u8 {
    let name = file.display().to_string();
    let (agreement, text) = match read(file) {
        Ok(pair) => pair,
        Err(err) => {
            if json {
                let pos = err.position;
                let value = serde_json::json!({ "error": {
                    "file": err.file, "line": pos.map(|p| p.line), "column": pos.map(|p| p.column),
                    "field": err.field, "message": err.message(ctx.locale()),
                }});
                println!("{value}");
            }
            return ctx.fail(&err);
        }
    };
    let checking = match Checking::new(ctx, file, &agreement) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let locale = checking.locale;
    let diagnostics = check::check(&agreement, checking.options());
    let mut located = check::locate(&diagnostics, &text);
    located.sort_by_key(|l| (l.position, l.diagnostic.severity));
    let mut out = std::io::stdout().lock();
    if json {
        let items: Vec<_> = located
            .iter()
            .map(|l| {
                let d = l.diagnostic;
                let mut item = serde_json::json!({
                    "file": name, "line": l.position.line, "column": l.position.column,
                    "severity": d.severity, "code": d.code, "section": d.section,
                    "field": d.field, "message": d.message,
                });
                // A warning marked as considered carries its reason.
                if let (Some(reason), Some(members)) = (&d.considered, item.as_object_mut()) {
                    members.insert("considered".into(), reason.clone().into());
                }
                item
            })
            .collect();
        let _ = writeln!(out, "{}", serde_json::Value::Array(items));
    } else {
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        for l in &located {
            let d = l.diagnostic;
            let severity = match (d.severity, &d.considered, colour) {
                (Severity::Error, _, true) => "\x1b[31merror\x1b[0m",
                (Severity::Warning, None, true) => "\x1b[33mwarning\x1b[0m",
                (Severity::Warning, Some(_), true) => "\x1b[2mconsidered\x1b[0m",
                (Severity::Error, _, false) => "error",
                (Severity::Warning, None, false) => "warning",
                (Severity::Warning, Some(_), false) => "considered",
            };
            let considered = d
                .considered
                .as_deref()
                .map(|reason| format!(" ({})", messages::considered_because(reason, locale)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{name}:{}:{}: {severity}[{}]: {}{considered}",
                l.position.line, l.position.column, d.code, d.message
            );
        }
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let open = check::considered::open(&diagnostics).count();
        let warnings = open - errors;
        let considered = diagnostics.len() - open;
        eprintln!("{}", summary(errors, warnings, considered, locale));
    }
    if check::has_errors(&diagnostics) {
        HAS_ERRORS
    } else {
        OK
    }
}

/// What checking an agreement read from a file needs: the templates, the main agreement's file
/// it links to (a sub-agreement is checked against that file), and the language of the
/// messages (the user's choice, else the agreement's).
pub(crate) struct Checking {
    templates: TemplateSet,
    main: Option<Result<std::sync::Arc<avtale_core::Agreement>, String>>,
    pub(crate) locale: Locale,
}

impl Checking {
    /// Reads what checking the agreement in `file` needs; the exit code when the templates
    /// cannot be read.
    pub(crate) fn new(
        ctx: &Ctx,
        file: &Path,
        agreement: &avtale_core::Agreement,
    ) -> Result<Self, u8> {
        let templates = ctx.templates().map_err(|err| ctx.fail(&err))?;
        let locale = ctx.locale.unwrap_or(agreement.meta.language.into());
        let main = store::MainAgreements::default()
            .of(Some(file), agreement)
            .map(|(_, read)| read.map_err(|err| err.report(locale)));
        Ok(Checking {
            templates,
            main,
            locale,
        })
    }

    /// The checks' options.
    pub(crate) fn options(&self) -> CheckOptions<'_> {
        let parent = match &self.main {
            Some(Ok(main)) => Some(ParentFile::Loaded(main)),
            Some(Err(reason)) => Some(ParentFile::Unreadable { reason }),
            None => None,
        };
        CheckOptions {
            locale: self.locale,
            templates: Some(&self.templates),
            parent,
        }
    }
}

/// Prints errors one per line on standard error, as `avtale check` does
/// (FILE:LINE:COL: error[CODE]: message) when `in_file` (they are the file's current text's),
/// else FILE: error[CODE] field: message (an older revision's).
pub(crate) fn print_errors(file: &Path, errors: &[avtale_core::Diagnostic], in_file: bool) {
    let name = file.display().to_string();
    let text = in_file
        .then(|| read(file).ok().map(|(_, text)| text))
        .flatten();
    let mut out = std::io::stderr().lock();
    if let Some(text) = text {
        let mut located = check::locate(errors, &text);
        located.sort_by_key(|l| l.position);
        for l in &located {
            let d = l.diagnostic;
            let _ = writeln!(
                out,
                "{name}:{}:{}: error[{}]: {}",
                l.position.line, l.position.column, d.code, d.message
            );
        }
    } else {
        for d in errors {
            let _ = writeln!(out, "{name}: error[{}] {}: {}", d.code, d.field, d.message);
        }
    }
}

fn summary(errors: usize, warnings: usize, considered: usize, l: Locale) -> String {
    let mut line = catalogue::text(
        l,
        "cli-check-summary",
        &[("errors", errors.into()), ("warnings", warnings.into())],
    );
    if considered > 0 {
        line.push_str(&format!(", {}", messages::considered_count(considered, l)));
    }
    line
}

fn read(file: &Path) -> Result<(avtale_core::Agreement, String), LoadError> {
    let bytes = store::read_limited(file, avtale_core::format::MAX_FILE_BYTES)?;
    let name = file.display().to_string();
    let text = avtale_core::format::text_from_bytes(&bytes, &name)?.to_owned();
    let agreement = avtale_core::format::agreement_from_str(&text, &name)?;
    Ok((agreement, text))
}

/// `avtale render`.
pub(crate) fn render(ctx: &Ctx, file: &Path, as_html: bool, output: Option<&Path>) -> u8 {
    let agreement = match store::read_agreement(file) {
        Ok(a) => a,
        Err(err) => return ctx.fail(&err),
    };
    let text = if as_html {
        html::document(&agreement)
    } else {
        markdown::render(&agreement)
    };
    emit(ctx, output, text.as_bytes())
}

/// Writes `bytes` to `output` (atomically) or, without one, to standard output.
pub(crate) fn emit(ctx: &Ctx, output: Option<&Path>, bytes: &[u8]) -> u8 {
    match output {
        Some(path) => match store::write_atomic(path, bytes) {
            Ok(()) => OK,
            Err(err) => {
                eprintln!("{}", err.report(ctx.locale()));
                FAILED
            }
        },
        None => {
            let _ = std::io::stdout().lock().write_all(bytes);
            OK
        }
    }
}

/// `avtale templates list`.
pub(crate) fn templates_list(ctx: &Ctx) -> u8 {
    let templates = match ctx.templates() {
        Ok(t) => t,
        Err(err) => return ctx.fail(&err),
    };
    let mut list: Vec<_> = templates.iter().collect();
    list.sort_by_key(|t| (t.category, t.id.clone()));
    for t in list {
        println!("{}", template::summary(t, ctx.locale()));
    }
    OK
}

/// `avtale templates show`.
pub(crate) fn templates_show(ctx: &Ctx, id: &str) -> u8 {
    let templates = match ctx.templates() {
        Ok(t) => t,
        Err(err) => return ctx.fail(&err),
    };
    let l = ctx.locale();
    let Some(t) = templates.get(id) else {
        let err = LoadError::whole(id, avtale_core::LoadProblem::UnknownTemplate(id.to_owned()));
        return ctx.fail(&err);
    };
    let lang = if l == Locale::Nn { Lang::Nn } else { Lang::Nb };
    let text = t.text(lang);
    let heading = |id: &str| catalogue::text(l, id, &[]);
    println!("{} ({})", text.title, t.id);
    println!(
        "{}: {}\n",
        heading("cli-template-category"),
        messages::category(t.category, l)
    );
    println!("{}\n{}", heading("cli-template-covers"), t.guidance(lang));
    println!("\n{}", heading("cli-template-consider"));
    for q in &t.questions(lang) {
        println!("- {q}");
    }
    if !t.parameters.is_empty() {
        println!("\n{}", heading("cli-template-parameters"));
        for p in &t.parameters {
            println!("- {{{{{}}}}} ({:?}): {}", p.id, p.kind, p.label.get(lang));
        }
    }
    if !text.body.trim().is_empty() {
        println!("\n{}\n{}", heading("cli-template-text"), text.body.trim());
    }
    let codes: Vec<&str> = t.checks.iter().map(String::as_str).collect();
    println!("\n{}: {}", heading("cli-template-checks"), codes.join(", "));
    OK
}
