//! `avtale import`: a new agreement from a Word document Avtale did not make.

use std::path::{Path, PathBuf};

use avtale_core::store;
use avtale_word::import::{ImportOptions, import};

use crate::commands::{Ctx, FAILED, OK, already_exists, today};

/// The largest Word file read (a long agreement with pictures is a few MiB).
const MAX_DOCX_BYTES: u64 = 64 * 1024 * 1024;

/// Imports `input` into `output` (by default next to it, NAME.avtale.yaml), printing the
/// report; never overwrites a file.
pub(crate) fn import_docx(ctx: &Ctx, input: &Path, output: Option<&Path>) -> u8 {
    let output: PathBuf = output.map_or_else(|| default_output(input), Path::to_path_buf);
    if output.exists() {
        eprintln!("{}: {}", output.display(), already_exists(ctx.locale()));
        return FAILED;
    }
    let templates = match ctx.templates() {
        Ok(t) => t,
        Err(err) => return ctx.fail(&err),
    };
    let bytes = match store::read_limited(input, MAX_DOCX_BYTES) {
        Ok(b) => b,
        Err(err) => return ctx.fail(&err),
    };
    let id = uuid::Uuid::new_v4().to_string();
    let stem = file_stem(input);
    let options = ImportOptions {
        templates: &templates,
        today: today(),
        id: &id,
        file_stem: stem.as_deref(),
    };
    let name = input.display().to_string();
    let imported = match import(&bytes, &options) {
        Ok(i) => i,
        Err(err) => {
            eprintln!("{}", err.report(&name, ctx.locale()));
            return FAILED;
        }
    };
    let lang = imported.agreement.meta.language;
    let locale = ctx.locale.unwrap_or(lang.into());
    for line in imported.report.lines(&name, &templates, lang, locale) {
        println!("{line}");
    }
    match store::save_agreement(&output, &imported.agreement) {
        Ok(()) => {
            println!(
                "{}",
                avtale_core::messages::import_written(&output.display().to_string(), locale)
            );
            OK
        }
        Err(err) => {
            eprintln!("{}", err.report(locale));
            FAILED
        }
    }
}

/// The name of a Word file without `.docx`.
fn file_stem(input: &Path) -> Option<String> {
    input.file_stem().map(|s| s.to_string_lossy().into_owned())
}

/// `NAME.avtale.yaml` next to `NAME.docx`.
fn default_output(input: &Path) -> PathBuf {
    let stem = file_stem(input).unwrap_or_else(|| "avtale".to_owned());
    input.with_file_name(format!("{stem}.avtale.yaml"))
}
