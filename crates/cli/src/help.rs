//! The help the command line prints, in the user's language.
//!
//! The English doc comments on `Cli` are the source of the `en` messages in `locales/en/cli.ftl`;
//! here the built `clap::Command` is walked and each text replaced from the catalogue by an id
//! made from the command's path and the argument's id:
//!
//! - a command's description: `cli-help-about` (the root), `cli-help-<path>` (`cli-help-check`,
//!   `cli-help-templates-show`);
//! - an argument's: `cli-help-<path>--<arg>` (`cli-help-check--file`); a global argument, and
//!   the help and version flags, by the root's path: `cli-help--locale`;
//! - a value's: `cli-help-<path>--<arg>--<value>` (`cli-help-check--format--json`).
//!
//! clap's own words (the headings, "[default: …]", the usage's placeholders) come from the
//! catalogue too. The locale of the help is chosen before the arguments are parsed, by
//! [`help_locale`].

use std::ffi::OsString;

use avtale_core::Locale;
use avtale_core::catalogue;
use clap::Command;

/// The language of the help: `--locale X` (or `--locale=X`) on the command line, else the
/// environment's `AVTALE_LOCALE`, else the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
/// set (`nn…` nynorsk, `nb…`/`no…` bokmål, `en…` English), else bokmål.
pub(crate) fn help_locale(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Locale {
    if let Some(locale) = argument_locale(args) {
        return locale;
    }
    if let Some(locale) = env("AVTALE_LOCALE").as_deref().and_then(from_tag) {
        return locale;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| env(name).filter(|value| !value.is_empty()))
        .next()
        .and_then(|value| from_tag(&value))
        .unwrap_or_default()
}

/// The language of what the commands print when `--locale` is not given: `AVTALE_LOCALE` alone
/// (a machine's `LANG` does not change the output; none leaves it to the agreement's language).
pub(crate) fn output_locale(env: impl Fn(&str) -> Option<String>) -> Option<Locale> {
    env("AVTALE_LOCALE").as_deref().and_then(from_tag)
}

fn argument_locale(args: &[OsString]) -> Option<Locale> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--locale" {
            args.next().map(std::borrow::Cow::into_owned)
        } else if let Some(value) = arg.strip_prefix("--locale=") {
            Some(value.to_owned())
        } else {
            continue;
        };
        return value.as_deref().and_then(exact);
    }
    None
}

fn exact(value: &str) -> Option<Locale> {
    match value {
        "nb" => Some(Locale::Nb),
        "nn" => Some(Locale::Nn),
        "en" => Some(Locale::En),
        _ => None,
    }
}

/// `nn_NO.UTF-8` → nynorsk, `nb_NO`/`no` → bokmål, `en_GB` → English; `C`, `POSIX` → none.
fn from_tag(value: &str) -> Option<Locale> {
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("nn") {
        Some(Locale::Nn)
    } else if lower.starts_with("nb") || lower.starts_with("no") {
        Some(Locale::Nb)
    } else if lower.starts_with("en") {
        Some(Locale::En)
    } else {
        None
    }
}

/// `cmd` built, with every help text in `locale`.
pub(crate) fn localise(cmd: Command, locale: Locale) -> Command {
    localise_with(cmd, &mut |id, _| catalogue::text(locale, id, &[]))
}

/// `cmd` built, with every help text replaced by `text(id, english)`: the message's id, and
/// the English text the command has there now (clap's word, or the doc comment).
pub(crate) fn localise_with(
    mut cmd: Command,
    text: &mut dyn FnMut(&str, &str) -> String,
) -> Command {
    cmd.build();
    walk(cmd, &[], text)
}

fn walk(mut cmd: Command, path: &[String], text: &mut dyn FnMut(&str, &str) -> String) -> Command {
    let here = path.to_vec();
    let about = if here.is_empty() {
        "cli-help-about".to_owned()
    } else {
        command_id(&here)
    };
    let english = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    cmd = cmd.about(text(&about, &english)).long_about(None);

    let options = text("cli-help-options", "Options");
    let arguments = text("cli-help-arguments", "Arguments");
    let args: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in args {
        cmd = cmd.mut_arg(&id, |arg| {
            let global = arg.is_global_set() || id == "help" || id == "version";
            let at: &[String] = if global { &[] } else { &here };
            let arg_id = format!("{}--{}", command_id(at), id.replace('_', "-"));
            let english = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let mut help = text(&arg_id, &english);
            let mut long = None;
            let values: Vec<_> = arg
                .get_possible_values()
                .into_iter()
                .filter(|v| !v.is_hide_set())
                .collect();
            if arg.get_action().takes_values() && !values.is_empty() {
                let names: Vec<&str> = values
                    .iter()
                    .map(clap::builder::PossibleValue::get_name)
                    .collect();
                let mut list = format!(
                    "{help}\n\n{}:",
                    text("cli-help-possible-values", "Possible values")
                );
                for name in &names {
                    let english = values
                        .iter()
                        .find(|v| v.get_name() == *name)
                        .and_then(|v| v.get_help())
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    let value = text(&format!("{arg_id}--{name}"), &english);
                    list.push_str(&format!("\n- {name}: {value}"));
                }
                long = Some(list);
                help = format!(
                    "{help} [{}: {}]",
                    text("cli-help-possible-values-short", "possible values"),
                    names.join(", ")
                );
            }
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() && arg.get_action().takes_values() {
                let default = format!(
                    " [{}: {}]",
                    text("cli-help-default", "default"),
                    defaults.join(", ")
                );
                help.push_str(&default);
                if let Some(long) = long.as_mut() {
                    long.push_str(&format!(
                        "\n\n[{}: {}]",
                        text("cli-help-default", "default"),
                        defaults.join(", ")
                    ));
                }
            }
            if let Some(env) = arg.get_env() {
                let env = format!(
                    " [{}: {}]",
                    text("cli-help-env", "env"),
                    env.to_string_lossy()
                );
                help.push_str(&env);
                if let Some(long) = long.as_mut() {
                    long.push_str(&env);
                }
            }
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let mut arg = arg
                .help(help)
                .hide_possible_values(true)
                .hide_default_value(true)
                .hide_env(true)
                .help_heading(leak(heading));
            if let Some(long) = long {
                arg = arg.long_help(long);
            } else if arg.get_long_help().is_some() {
                // clap's help flag has a long text of its own ("see a summary with '-h'").
                let short = arg.get_help().map(ToString::to_string).unwrap_or_default();
                arg = arg.long_help(short);
            }
            if !arg.get_action().takes_values() {
                return arg;
            }
            if let Some(names) = arg.get_value_names().map(<[_]>::to_vec) {
                let names: Vec<String> =
                    names.iter().map(|n| value_name(n.as_str(), text)).collect();
                arg = arg.value_names(names.into_iter().map(leak));
            } else if arg.is_positional() {
                let name = value_name(&id.to_ascii_uppercase(), text);
                arg = arg.value_name(leak(name));
            }
            arg
        });
    }

    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in &subcommands {
        let mut below = here.clone();
        below.push(sub.clone());
        cmd = cmd.mut_subcommand(sub, |s| walk(s, &below, text));
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        text("cli-help-usage", "Usage")
    );
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(leak(text("cli-help-commands", "Commands")))
        .subcommand_value_name(leak(text("cli-help-command-placeholder", "COMMAND")));
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, u)| u)
        .replace(
            "[OPTIONS]",
            &format!("[{}]", text("cli-help-options-placeholder", "OPTIONS")),
        );
    cmd.override_usage(usage)
}

/// The id of a command's description; the help subcommand's copies of the commands are named
/// as the commands themselves.
fn command_id(path: &[String]) -> String {
    let path: Vec<&str> = if path.last().is_some_and(|p| p == "help") {
        vec!["help"]
    } else {
        path.iter()
            .map(String::as_str)
            .filter(|p| *p != "help")
            .collect()
    };
    format!("cli-help-{}", path.join("-"))
        .trim_end_matches('-')
        .to_owned()
}

/// The start of a placeholder's id (`cli-help-value-file`).
pub(crate) const PLACEHOLDER: &str = "cli-help-value-";

/// A value's placeholder in the user's language when the catalogue has a word for it
/// (`cli-help-value-file`), else as it is.
fn value_name(name: &str, text: &mut dyn FnMut(&str, &str) -> String) -> String {
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return name.to_owned();
    }
    let id = format!("{PLACEHOLDER}{}", name.to_ascii_lowercase());
    let word = text(&id, name);
    if word == id { name.to_owned() } else { word }
}

/// A text clap keeps as a name: clap takes those as `&'static str`, and the help is built once
/// a run.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}
