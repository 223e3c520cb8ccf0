//! `avtale`: create, check and render Nav–county cooperation agreements from the command line.
//!
//! Exit codes: 0 success (for `check`: no errors), 1 `check` found errors, 2 the file could not
//! be read or parsed, or the command could not be carried out. Messages to users are Norwegian
//! (bokmål unless `--locale` or `AVTALE_LOCALE` says otherwise); the help follows `--locale`,
//! then `AVTALE_LOCALE`, then `LC_ALL`/`LC_MESSAGES`/`LANG` (see `help.rs`). The doc comments
//! below are the English help; every language's is in `locales/*/cli.ftl`.

mod calendar;
mod commands;
mod docx;
mod help;
mod history;
mod pdf;
mod report;
mod word_import;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// Create, check and render cooperation agreements between Nav and the county authority.
#[derive(Debug, Parser)]
#[command(name = "avtale", version, propagate_version = true)]
struct Cli {
    /// Language of messages: nb (bokmål), nn (nynorsk) or en (English). Diagnostics default to
    /// the agreement's own language.
    #[arg(long, global = true, value_enum)]
    locale: Option<LocaleArg>,

    /// A folder of your own clause templates (*.yaml) that add to or override the shipped ones.
    #[arg(long, global = true, env = "AVTALE_TEMPLATES", value_name = "DIR")]
    templates: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a new agreement from a starter document.
    New {
        /// The starter to begin from.
        #[arg(long, value_enum)]
        starter: StarterArg,
        /// The county (fylke) the agreement covers, for example "Vestland".
        #[arg(long, value_name = "NAME")]
        county: Option<String>,
        /// The municipality (kommune) a partnership agreement covers, for example "Bergen".
        #[arg(long, value_name = "NAME")]
        municipality: Option<String>,
        /// Written language of the agreement.
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// The file to create (by convention NAME.avtale.yaml).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Make a new agreement from a Word document (.docx) Avtale did not make, and print what
    /// became of it: each section with its template, the parties and period found, and what
    /// was left out. Never overwrites a file.
    Import {
        /// The Word document.
        input: PathBuf,
        /// The agreement file to create (by default NAME.avtale.yaml next to NAME.docx).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check an agreement and print one line per diagnostic:
    /// FILE:LINE:COL: error|warning[CODE]: message.
    Check {
        /// The agreement file.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
    },
    /// Render an agreement as Markdown or HTML.
    Render {
        /// The agreement file.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum)]
        format: RenderFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// List the saved revisions, newest first (exit 1 if the history has been tampered with).
    Log {
        /// The agreement file.
        file: PathBuf,
    },
    /// Save the agreement's current content as a new revision in its history.
    Commit {
        /// The agreement file.
        file: PathBuf,
        /// What changed, in your words.
        #[arg(short, long)]
        message: String,
        /// Who saves the revision.
        #[arg(long)]
        author: String,
        /// A name for the revision, such as "Sendt på høring" or "Signert".
        #[arg(long, value_name = "LABEL")]
        name: Option<String>,
        /// Move the agreement to this status with the revision. Godkjent, signert and gjeldende
        /// need an agreement without errors (see --accept-errors).
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Why the revision is made.
        #[arg(long, value_enum, value_name = "KIND")]
        reason: Option<ReasonArg>,
        /// More about why, in your words (required with --reason annet).
        #[arg(long, value_name = "TEXT", requires = "reason")]
        reason_text: Option<String>,
        /// Give the status although the checks find errors, for this reason; the reason and
        /// the errors are recorded in the revision and printed in the PDF's check summary.
        #[arg(long, value_name = "REASON")]
        accept_errors: Option<String>,
    },
    /// Register an agreement signed before it reached Avtale as signed (or in force) in one
    /// step, with each signing party's date and place of signing. Only for an agreement never
    /// signed in Avtale; the history records that it was registered.
    Register {
        /// The agreement file.
        file: PathBuf,
        /// The status it has: signert or gjeldende.
        #[arg(long, value_enum)]
        status: RegisterStatusArg,
        /// PARTY=DATE,PLACE for each signing party, e.g. --signed nav=2021-03-01,Bergen.
        #[arg(long, value_name = "PARTY-DATE-PLACE", required = true)]
        signed: Vec<String>,
        /// Who registers it.
        #[arg(long)]
        author: String,
        /// The revision's message (by default it says what was registered).
        #[arg(short, long)]
        message: Option<String>,
        /// Register it although the checks find errors, for this reason (recorded).
        #[arg(long, value_name = "REASON")]
        accept_errors: Option<String>,
    },
    /// Start the agreement's next period: every date moves by one period length, the status
    /// becomes draft, and the result is saved as a new revision (as "Forny avtale" in the app)
    Renew {
        /// The agreement file.
        file: PathBuf,
        /// Who saves the revision.
        #[arg(long)]
        author: String,
    },
    /// Set the agreement's period anew and move every date in it by the same step (forward or
    /// back), and the years in the title: for an agreement entered with the starter's period
    /// that really ran another. An edit of the current text, not a revision; refused for a
    /// signed agreement. Prints one line per date that moved.
    MovePeriod {
        /// The agreement file.
        file: PathBuf,
        /// The new first day, as YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        /// The new last day, as YYYY-MM-DD; without it the agreement runs until terminated.
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
    },
    /// Print the agreement as it was at a revision: FILE@N (a bare FILE is its current text).
    Show {
        /// FILE or FILE@N.
        address: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: RenderFormat,
    },
    /// Show what changed from A to B, clause by clause and word by word. A and B are FILE (its
    /// current text) or FILE@N (revision N); two files must be versions of one agreement. B may
    /// be a Word copy exported from A and edited elsewhere (EDITED.docx): it is compared with
    /// the revision it was exported from (or N), with the authors of tracked changes and the
    /// comments under their sections.
    Diff {
        /// The older version.
        a: String,
        /// The newer version.
        b: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormatArg,
        /// Write to this file instead of standard output (required for --format pdf).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Export the agreement (FILE) or one revision (FILE@N) as a print-ready PDF/A-2a file.
    Pdf {
        /// FILE or FILE@N.
        address: String,
        /// The PDF file to write.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Mark every page as a draft ("UTKAST").
        #[arg(long)]
        draft: bool,
        /// One page of who does what: roles and tasks, meeting bodies, contacts.
        #[arg(long)]
        short: bool,
        /// The archival standard: 2a (tagged, accessible; the default) or 2b.
        #[arg(long, value_enum, default_value = "2a", value_name = "LEVEL")]
        pdfa: PdfaArg,
    },
    /// Export the agreement (FILE) or one revision (FILE@N) as an editable Word document
    /// (.docx) that names the agreement and revision in its properties.
    Docx {
        /// FILE or FILE@N.
        address: String,
        /// The .docx file to write.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
    /// Write the meetings the cadences give (holidays and breaks avoided) as an iCalendar file.
    Calendar {
        /// The agreement file.
        file: PathBuf,
        /// The .ics file to write (standard output without it).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Write the status report for a meeting of the strategic body: measures, goals, what is
    /// late and why, good practice, matters for decision, meetings and reports, over a period.
    Report {
        /// The agreement file.
        file: PathBuf,
        /// The period's first day, as YYYY-MM-DD (with --to).
        #[arg(long, value_name = "YYYY-MM-DD", requires = "to", conflicts_with_all = ["tertial", "year"])]
        from: Option<String>,
        /// The period's last day, as YYYY-MM-DD (with --from).
        #[arg(long, value_name = "YYYY-MM-DD", requires = "from")]
        to: Option<String>,
        /// A tertial, as YYYY-N (N is 1, 2 or 3): 2027-1 is January–April 2027.
        #[arg(long, value_name = "YYYY-N", conflicts_with = "year")]
        tertial: Option<String>,
        /// A whole year, as YYYY.
        #[arg(long, value_name = "YYYY")]
        year: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "pdf")]
        format: ReportFormatArg,
        /// The file to write (standard output for md without it).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Write one party's extract for its business plan as a one-page PDF: its tasks, measures,
    /// meetings, goals and reports.
    Extract {
        /// The agreement file.
        file: PathBuf,
        /// The party's id in the agreement (nav, fk).
        #[arg(long, value_name = "ID")]
        party: String,
        /// The PDF file to write.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
    /// Check that no revision was edited, removed or reordered (exit 0 intact, 1 tampered), and
    /// print the newest revision's number and hash.
    Verify {
        /// The agreement file.
        file: PathBuf,
        /// Also check that the revision this PDF (made by `avtale pdf`) shows is in the file's
        /// history: exit 1 when it is not, 2 when the PDF cannot be read.
        #[arg(long, value_name = "SIGNED-PDF")]
        pdf: Option<PathBuf>,
    },
    /// List or show clause templates.
    Templates {
        #[command(subcommand)]
        command: TemplatesCommand,
    },
}

#[derive(Debug, Subcommand)]
enum TemplatesCommand {
    /// List every template: id, category and title.
    List,
    /// Show one template: guidance, questions to consider, parameters, text and checks.
    Show {
        /// The template's id, as shown by `avtale templates list`.
        id: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StarterArg {
    /// Main county agreement.
    Hovedavtale,
    /// Sub-agreement for the follow-up service (OT).
    #[value(name = "underavtale-ot")]
    UnderavtaleOt,
    /// Yearly action plan.
    Handlingsplan,
    /// Partnership agreement between a municipality and Nav on their Nav office.
    Partnerskapsavtale,
}

/// The PDF/A conformance level.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum PdfaArg {
    /// PDF/A-2a: archival, tagged for screen readers.
    #[value(name = "2a")]
    A2a,
    /// PDF/A-2b: archival, visual appearance only.
    #[value(name = "2b")]
    A2b,
}

/// The format of the status report.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReportFormatArg {
    /// PDF/A in the agreement's look.
    Pdf,
    /// An editable Word document.
    Docx,
    /// Markdown.
    Md,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormatArg {
    /// Plain text; coloured on a terminal, [-removed-]{+added+} otherwise.
    Text,
    /// Markdown.
    Md,
    /// An HTML fragment with <del> and <ins>.
    Html,
    /// JSON.
    Json,
    /// A redline PDF (needs -o): struck-through deletions, underlined insertions, a summary page.
    Pdf,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StatusArg {
    /// Draft.
    Utkast,
    /// Sent for approval.
    TilGodkjenning,
    /// Approved.
    Godkjent,
    /// Signed: the revision is frozen.
    Signert,
    /// In force.
    Gjeldende,
    /// Expired.
    Utlopt,
}

/// The statuses an agreement signed elsewhere can be registered with.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum RegisterStatusArg {
    /// Signed.
    Signert,
    /// In force.
    Gjeldende,
}

/// Why a revision is made.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReasonArg {
    /// After an evaluation.
    Evaluering,
    /// A party was reorganised.
    Omorganisering,
    /// A new law or new rules.
    NyeRegler,
    /// The period is ending.
    PeriodensSlutt,
    /// Something else (say what with --reason-text).
    Annet,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// Bokmål.
    Nb,
    /// Nynorsk.
    Nn,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LocaleArg {
    /// Bokmål.
    Nb,
    /// Nynorsk.
    Nn,
    /// English.
    En,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// One line per diagnostic.
    Text,
    /// A JSON array of diagnostics.
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RenderFormat {
    /// Markdown.
    Md,
    /// A complete HTML document.
    Html,
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = |name: &str| std::env::var(name).ok();
    let mut cmd = help::localise(Cli::command(), help::help_locale(&args, env));
    let matches = cmd
        .try_get_matches_from_mut(&args)
        .unwrap_or_else(|err| err.exit());
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.format(&mut cmd).exit());
    let ctx = commands::Ctx {
        locale: cli
            .locale
            .map(|l| match l {
                LocaleArg::Nb => avtale_core::Locale::Nb,
                LocaleArg::Nn => avtale_core::Locale::Nn,
                LocaleArg::En => avtale_core::Locale::En,
            })
            .or_else(|| help::output_locale(env)),
        templates: cli.templates,
    };
    let code = match cli.command {
        Command::New {
            starter,
            county,
            municipality,
            lang,
            output,
            force,
        } => {
            let starter = match starter {
                StarterArg::Hovedavtale => "hovedavtale",
                StarterArg::UnderavtaleOt => "underavtale-ot",
                StarterArg::Handlingsplan => "handlingsplan",
                StarterArg::Partnerskapsavtale => "partnerskapsavtale",
            };
            let lang = match lang {
                LangArg::Nb => avtale_core::Lang::Nb,
                LangArg::Nn => avtale_core::Lang::Nn,
            };
            commands::new(
                &ctx,
                starter,
                (county.as_deref(), municipality.as_deref()),
                lang,
                &output,
                force,
            )
        }
        Command::Import { input, output } => {
            word_import::import_docx(&ctx, &input, output.as_deref())
        }
        Command::Check { file, format } => {
            commands::check(&ctx, &file, matches!(format, CheckFormat::Json))
        }
        Command::Render {
            file,
            format,
            output,
        } => commands::render(
            &ctx,
            &file,
            matches!(format, RenderFormat::Html),
            output.as_deref(),
        ),
        Command::Log { file } => history::log(&ctx, &file),
        Command::Commit {
            file,
            message,
            author,
            name,
            status,
            reason,
            reason_text,
            accept_errors,
        } => {
            use avtale_core::agreement::Status;
            use avtale_core::history::{ReasonKind, RevisionReason};
            let status = status.map(|s| match s {
                StatusArg::Utkast => Status::Utkast,
                StatusArg::TilGodkjenning => Status::TilGodkjenning,
                StatusArg::Godkjent => Status::Godkjent,
                StatusArg::Signert => Status::Signert,
                StatusArg::Gjeldende => Status::Gjeldende,
                StatusArg::Utlopt => Status::Utlopt,
            });
            let reason = reason.map(|kind| RevisionReason {
                kind: match kind {
                    ReasonArg::Evaluering => ReasonKind::Evaluering,
                    ReasonArg::Omorganisering => ReasonKind::Omorganisering,
                    ReasonArg::NyeRegler => ReasonKind::NyeRegler,
                    ReasonArg::PeriodensSlutt => ReasonKind::PeriodensSlutt,
                    ReasonArg::Annet => ReasonKind::Annet,
                },
                text: reason_text,
            });
            history::commit(
                &ctx,
                &file,
                history::CommitArgs {
                    message,
                    author,
                    name,
                    status,
                    reason,
                    accept_errors,
                },
            )
        }
        Command::Register {
            file,
            status,
            signed,
            author,
            message,
            accept_errors,
        } => {
            use avtale_core::agreement::Status;
            let status = match status {
                RegisterStatusArg::Signert => Status::Signert,
                RegisterStatusArg::Gjeldende => Status::Gjeldende,
            };
            history::register(
                &ctx,
                &file,
                history::RegisterArgs {
                    status,
                    signed,
                    author,
                    message,
                    accept_errors,
                },
            )
        }
        Command::Renew { file, author } => history::renew(&ctx, &file, author),
        Command::MovePeriod { file, from, to } => {
            history::move_period(&ctx, &file, &from, to.as_deref())
        }
        Command::Show { address, format } => history::show(
            &ctx,
            &history::Address::parse(&address),
            matches!(format, RenderFormat::Html),
        ),
        Command::Calendar { file, output } => calendar::calendar(&ctx, &file, output.as_deref()),
        Command::Report {
            file,
            from,
            to,
            tertial,
            year,
            format,
            output,
        } => report::report(
            &ctx,
            &file,
            &report::PeriodArgs {
                from,
                to,
                tertial,
                year,
            },
            match format {
                ReportFormatArg::Pdf => report::ReportFormat::Pdf,
                ReportFormatArg::Docx => report::ReportFormat::Docx,
                ReportFormatArg::Md => report::ReportFormat::Markdown,
            },
            output.as_deref(),
        ),
        Command::Extract {
            file,
            party,
            output,
        } => report::extract(&ctx, &file, &party, &output),
        Command::Verify { file, pdf } => history::verify(&ctx, &file, pdf.as_deref()),
        Command::Pdf {
            address,
            output,
            draft,
            short,
            pdfa,
        } => pdf::pdf(
            &ctx,
            &history::Address::parse(&address),
            &output,
            pdf::PdfChoice {
                draft,
                short,
                accessible: matches!(pdfa, PdfaArg::A2a),
            },
        ),
        Command::Docx { address, output } => {
            docx::docx(&ctx, &history::Address::parse(&address), &output)
        }
        Command::Diff {
            a,
            b,
            format,
            output,
        } => history::diff(
            &ctx,
            &history::Address::parse(&a),
            &history::Address::parse(&b),
            output.as_deref(),
            match format {
                DiffFormatArg::Text => history::DiffFormat::Text,
                DiffFormatArg::Md => history::DiffFormat::Markdown,
                DiffFormatArg::Html => history::DiffFormat::Html,
                DiffFormatArg::Json => history::DiffFormat::Json,
                DiffFormatArg::Pdf => history::DiffFormat::Pdf,
            },
        ),
        Command::Templates {
            command: TemplatesCommand::List,
        } => commands::templates_list(&ctx),
        Command::Templates {
            command: TemplatesCommand::Show { id },
        } => commands::templates_show(&ctx, &id),
    };
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use avtale_core::{Locale, catalogue};

    /// Every id the help asks for, with the English text the doc comments give it.
    fn help_ids() -> Vec<(String, String)> {
        let mut ids = Vec::new();
        help::localise_with(Cli::command(), &mut |id, english| {
            ids.push((id.to_owned(), english.to_owned()));
            english.to_owned()
        });
        ids
    }

    #[test]
    fn every_command_argument_and_value_has_help_in_every_language() {
        let mut missing = Vec::new();
        for (id, _) in help_ids() {
            // A placeholder (FILE, NAME) is translated where the catalogue has a word for it.
            if id.starts_with(help::PLACEHOLDER) {
                continue;
            }
            for locale in [Locale::Nb, Locale::Nn, Locale::En] {
                if catalogue::lookup(locale, &id, &[]).is_none_or(|t| t.trim().is_empty()) {
                    missing.push(format!("{id} ({})", catalogue::tag(locale)));
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "help with no message in locales/*/cli.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    #[ignore = "prints the English messages the doc comments give"]
    fn print_english_help_messages() {
        let mut seen = std::collections::BTreeSet::new();
        for (id, english) in help_ids() {
            if seen.insert(id.clone()) {
                println!("{id} = {}", english.replace('\n', " "));
            }
        }
    }

    #[test]
    fn the_help_locale_comes_from_the_command_line_then_the_environment() {
        let args = |a: &[&str]| {
            a.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let none = env(&[]);
        assert_eq!(help::help_locale(&args(&["avtale"]), none), Locale::Nb);
        let en = env(&[("LANG", "en_GB.UTF-8")]);
        assert_eq!(help::help_locale(&args(&["avtale"]), en), Locale::En);
        assert_eq!(help::output_locale(en), None);
        let c = env(&[("LC_ALL", "C.UTF-8"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(help::help_locale(&args(&["avtale"]), c), Locale::Nb);
        let nn = env(&[("AVTALE_LOCALE", "nn"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(help::help_locale(&args(&["avtale"]), nn), Locale::Nn);
        assert_eq!(help::output_locale(nn), Some(Locale::Nn));
        let no = env(&[("LC_MESSAGES", "no_NO")]);
        assert_eq!(help::help_locale(&args(&["avtale"]), no), Locale::Nb);
        for given in [
            &["avtale", "--locale", "en", "check", "--help"][..],
            &["avtale", "check", "--locale=en", "--help"],
        ] {
            assert_eq!(help::help_locale(&args(given), nn), Locale::En);
        }
        assert_eq!(
            help::help_locale(&args(&["avtale", "--", "--locale", "en"]), none),
            Locale::Nb
        );
    }
}
