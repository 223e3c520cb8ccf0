//! Fuzz tests that run in plain `cargo test`: the agreement loader, the template and term bank
//! loaders, the Markdown/HTML renderer and the diff get mutated copies of the real files in the
//! repository (examples, format fixtures, templates, the term bank) and hostile strings.
//!
//! Nothing may panic or hang. A refused file gets a message in every language that names the
//! file, and its line when the problem has one. A file that loads is checked, rendered, saved
//! and read back to the same value, and compared with the file it was mutated from.
//!
//! The runs are deterministic (a fixed RNG seed), so CI sees the same cases every time. To
//! explore further locally, `AVTALE_FUZZ_SCALE=10` runs ten times as many cases and
//! `AVTALE_FUZZ_SEED=<number>` picks other ones. The deeper, coverage-guided fuzzing is the
//! cargo-fuzz crate in `fuzz/` (`make fuzz`).

use std::path::Path;
use std::sync::{LazyLock, mpsc};
use std::time::{Duration, Instant};

use avtale_core::diff::{compare, prose, sides};
use avtale_core::format::{agreement_from_bytes, agreement_from_str, agreement_to_string};
use avtale_core::lang::Locale;
use avtale_core::render::{comparison, html, markdown};
use avtale_core::template::{self, parse_template};
use avtale_core::termbank::TermBank;
use avtale_core::{Agreement, CheckOptions, LoadError, check, messages};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::RngSeed;

/// A single case taking longer than this is taken for a hang. Generous on purpose: this guards
/// against endless loops and blow-ups, not against slowness.
const CASE_LIMIT: Duration = Duration::from_secs(10);

/// The name refused files are reported under.
const FILE: &str = "uklar-fil.avtale.yaml";

const LOCALES: [Locale; 3] = [Locale::Nb, Locale::Nn, Locale::En];

/// The configuration for `cases` cases: a fixed seed unless `AVTALE_FUZZ_SEED` says otherwise,
/// scaled by `AVTALE_FUZZ_SCALE`. Failures are kept in `fuzz.proptest-regressions` and run first.
fn config(cases: u32) -> ProptestConfig {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let scale = env("AVTALE_FUZZ_SCALE").unwrap_or(1).max(1);
    ProptestConfig {
        cases: cases.saturating_mul(u32::try_from(scale).unwrap_or(u32::MAX)),
        rng_seed: RngSeed::Fixed(env("AVTALE_FUZZ_SEED").unwrap_or(0x0a57_a1e0)),
        // A failing case is shrunk for at most a minute.
        max_shrink_time: 60_000,
        ..ProptestConfig::default()
    }
}

/// Runs `case` on its own thread and fails when it panics or does not finish within
/// [`CASE_LIMIT`]. A hung case is left running; the test has failed by then.
fn bounded<T: Send + 'static>(
    what: &str,
    case: impl FnOnce() -> T + Send + 'static,
) -> Result<T, TestCaseError> {
    let (tx, rx) = mpsc::channel();
    let start = Instant::now();
    let handle = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(case());
        })
        .map_err(|e| TestCaseError::fail(format!("could not start a thread: {e}")))?;
    match rx.recv_timeout(CASE_LIMIT) {
        Ok(value) => {
            let _ = handle.join();
            Ok(value)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TestCaseError::fail(format!(
            "{what}: no result after {:?} (hang?)",
            start.elapsed()
        ))),
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(panic) => {
                let text = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                Err(TestCaseError::fail(format!("{what}: panicked: {text}")))
            }
            Ok(()) => Err(TestCaseError::fail(format!("{what}: gave no result"))),
        },
    }
}

/// One real file from the repository.
#[derive(Debug)]
struct Seed {
    name: String,
    bytes: Vec<u8>,
}

/// The files in `dir` (relative to the repository) whose names end in `suffix`, by name.
fn seeds(dirs: &[&str], suffix: &str) -> Vec<Seed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in dirs {
        let mut entries: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.to_string_lossy().ends_with(suffix))
            .collect();
        entries.sort();
        for path in entries {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            out.push(Seed {
                name: format!("{dir}/{}", path.file_name().unwrap_or_default().display()),
                bytes,
            });
        }
    }
    assert!(!out.is_empty(), "no seed files in {dirs:?}");
    out
}

static AGREEMENTS: LazyLock<Vec<Seed>> = LazyLock::new(|| {
    seeds(
        &["examples", "tests/fixtures/formats/v1", "tests/fixtures"],
        ".avtale.yaml",
    )
});
static TEMPLATES: LazyLock<Vec<Seed>> = LazyLock::new(|| seeds(&["templates"], ".yaml"));
static TERMS: LazyLock<Vec<Seed>> = LazyLock::new(|| seeds(&["templates/terms"], ".yaml"));

/// The seed agreements as loaded, in the order of [`AGREEMENTS`].
static LOADED: LazyLock<Vec<Agreement>> = LazyLock::new(|| {
    AGREEMENTS
        .iter()
        .map(|s| agreement_from_bytes(&s.bytes, &s.name).unwrap_or_else(|e| panic!("{e}")))
        .collect()
});

/// Pieces of YAML syntax and awkward bytes that mutations insert.
const TOKENS: &[&[u8]] = &[
    b"&a ",
    b"*a",
    b"&a [x, *a]",
    b"<<: *a\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b": ",
    b"- ",
    b"? ",
    b"!!",
    b"!!str ",
    b"!!binary ",
    b"!<tag:yaml.org,2002:int> ",
    b"\0",
    b"\xff",
    b"\xe2\x80",
    b"\xef\xbb\xbf",
    b"\t",
    b"\r",
    b"\r\n",
    b"\n",
    b"---\n",
    b"...\n",
    b"%YAML 1.2\n",
    b"\"",
    b"'",
    b"|",
    b">-",
    b"#",
    b"~",
    b"null",
    b"-1",
    b"4294967296",
    b"99999999999999999999999",
    b"1e999",
    b".nan",
    b"true",
    b"yes",
    b"2026-02-30",
    b"0000-01-01",
    b"{{fylke}}",
    b"<script>alert(1)</script>",
    b"[x](javascript:alert(1))",
    b"\\u0000",
    b"\\",
    b"\xf0\x9f\x98\x80",
];

/// One change to a file's bytes. Places are fractions of the file, so they fit any length.
#[derive(Debug, Clone)]
enum Mutation {
    FlipBit {
        at: Index,
        bit: u8,
    },
    SetByte {
        at: Index,
        byte: u8,
    },
    Insert {
        at: Index,
        token: Index,
    },
    InsertAtLine {
        line: Index,
        token: Index,
    },
    Delete {
        at: Index,
        len: usize,
    },
    Truncate {
        at: Index,
    },
    DuplicateLines {
        line: Index,
        count: usize,
        times: usize,
    },
    /// Lines from another seed file put in at a line start.
    Splice {
        seed: Index,
        from: Index,
        count: usize,
        to: Index,
    },
    /// Indentation changed by a number of spaces on one line.
    Indent {
        line: Index,
        by: i8,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), 0u8..8).prop_map(|(at, bit)| Mutation::FlipBit { at, bit }),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Mutation::SetByte { at, byte }),
        4 => (any::<Index>(), any::<Index>()).prop_map(|(at, token)| Mutation::Insert { at, token }),
        3 => (any::<Index>(), any::<Index>())
            .prop_map(|(line, token)| Mutation::InsertAtLine { line, token }),
        3 => (any::<Index>(), 1usize..200).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => any::<Index>().prop_map(|at| Mutation::Truncate { at }),
        2 => (any::<Index>(), 1usize..20, 1usize..50)
            .prop_map(|(line, count, times)| Mutation::DuplicateLines { line, count, times }),
        2 => (any::<Index>(), any::<Index>(), 1usize..40, any::<Index>())
            .prop_map(|(seed, from, count, to)| Mutation::Splice { seed, from, count, to }),
        2 => (any::<Index>(), -4i8..5).prop_map(|(line, by)| Mutation::Indent { line, by }),
    ]
}

/// Where each line starts.
fn line_starts(bytes: &[u8]) -> Vec<usize> {
    std::iter::once(0)
        .chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .filter(|&i| i <= bytes.len())
        .collect()
}

/// The bytes of `count` lines from line `from`.
fn lines(bytes: &[u8], from: usize, count: usize) -> &[u8] {
    let starts = line_starts(bytes);
    let start = starts[from.min(starts.len() - 1)];
    let end = starts.get(from + count).copied().unwrap_or(bytes.len());
    &bytes[start..end.max(start)]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation, others: &[Seed]) {
    let pos = |at: &Index, len: usize| if len == 0 { 0 } else { at.index(len + 1) };
    match mutation {
        Mutation::FlipBit { at, bit } if !bytes.is_empty() => {
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << bit;
        }
        Mutation::SetByte { at, byte } if !bytes.is_empty() => {
            let i = at.index(bytes.len());
            bytes[i] = *byte;
        }
        Mutation::FlipBit { .. } | Mutation::SetByte { .. } => {}
        Mutation::Insert { at, token } => {
            let i = pos(at, bytes.len());
            let token = TOKENS[token.index(TOKENS.len())];
            bytes.splice(i..i, token.iter().copied());
        }
        Mutation::InsertAtLine { line, token } => {
            let starts = line_starts(bytes);
            let i = starts[line.index(starts.len())];
            let token = TOKENS[token.index(TOKENS.len())];
            bytes.splice(i..i, token.iter().copied());
        }
        Mutation::Delete { at, len } => {
            let i = pos(at, bytes.len()).min(bytes.len());
            let end = (i + len).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Truncate { at } => {
            let i = pos(at, bytes.len()).min(bytes.len());
            bytes.truncate(i);
        }
        Mutation::DuplicateLines { line, count, times } => {
            let starts = line_starts(bytes);
            let from = line.index(starts.len());
            let copied = lines(bytes, from, *count).to_vec();
            let at = starts[from];
            let repeated = copied.repeat(*times);
            bytes.splice(at..at, repeated);
        }
        Mutation::Splice {
            seed,
            from,
            count,
            to,
        } => {
            let other = &others[seed.index(others.len())].bytes;
            let other_starts = line_starts(other);
            let piece = lines(other, from.index(other_starts.len()), *count).to_vec();
            let starts = line_starts(bytes);
            let at = starts[to.index(starts.len())];
            bytes.splice(at..at, piece);
        }
        Mutation::Indent { line, by } => {
            let starts = line_starts(bytes);
            let at = starts[line.index(starts.len())];
            if *by >= 0 {
                let spaces = vec![b' '; usize::from(by.unsigned_abs())];
                bytes.splice(at..at, spaces);
            } else {
                let spaces = bytes[at..]
                    .iter()
                    .take(usize::from(by.unsigned_abs()))
                    .take_while(|b| **b == b' ')
                    .count();
                bytes.drain(at..at + spaces);
            }
        }
    }
}

/// A seed file (by index) with mutations applied.
fn mutated(seeds: &'static [Seed]) -> impl Strategy<Value = (usize, Vec<u8>)> {
    (0..seeds.len(), prop::collection::vec(mutation(), 1..6)).prop_map(move |(i, mutations)| {
        let mut bytes = seeds[i].bytes.clone();
        for m in &mutations {
            apply(&mut bytes, m, seeds);
        }
        (i, bytes)
    })
}

/// A refused file's message says something in every language, names the file, and names a
/// line that exists when it has one.
fn assert_clear(err: &LoadError, file: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
    for locale in LOCALES {
        let message = err.message(locale);
        let report = err.report(locale);
        prop_assert!(!message.trim().is_empty(), "empty message: {err:?}");
        prop_assert!(report.starts_with(file), "{report}");
        if let Some(pos) = err.position {
            prop_assert!(
                report.starts_with(&format!("{file}:{}:{}: ", pos.line, pos.column)),
                "{report}"
            );
            prop_assert!(
                (1..=lines).contains(&pos.line) && pos.column >= 1,
                "line {} of {lines}: {report}",
                pos.line
            );
        }
        // Rust's debug output and the library's internals are no message for a user.
        for leak in ["Some(", "None", "Budget", "panicked", "called `"] {
            prop_assert!(!message.contains(leak), "{report}");
        }
    }
    Ok(())
}

/// Which HTML is checked: the agreement's fragment, its whole page, or a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Fragment,
    Document,
    Comparison,
}

/// Every tag in `html` is one the renderer makes, with harmless attributes only: no script,
/// no `on…` handler, links only to `http`, `https` and `mailto`. Text is escaped, so any `<`
/// starts a tag. `page` allows the tags of the page around the agreement or of a comparison.
fn assert_safe_html(html: &str, page: Page) -> Result<(), TestCaseError> {
    const BODY: &[&str] = &[
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "strong",
        "del",
        "a",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "code",
        "pre",
        "blockquote",
        "br",
        "hr",
        // A live reference's value: <span class="ref">.
        "span",
    ];
    const DOCUMENT: &[&str] = &[
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main",
    ];
    const COMPARISON: &[&str] = &["ins", "section", "span", "div"];
    let extra = match page {
        Page::Fragment => &[][..],
        Page::Document => DOCUMENT,
        Page::Comparison => COMPARISON,
    };
    let lower = html.to_lowercase();
    prop_assert!(!lower.contains("<script"), "a script tag");
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>');
        prop_assert!(end.is_some(), "a tag that does not end");
        let end = end.unwrap_or_default();
        let tag = &after[..end];
        rest = &after[end + 1..];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let name_end = tag.find([' ', '/']).unwrap_or(tag.len());
        let (name, mut attrs) = tag.split_at(name_end);
        prop_assert!(BODY.contains(&name) || extra.contains(&name), "tag <{tag}>");
        if name == "!DOCTYPE" {
            continue;
        }
        attrs = attrs.trim().trim_end_matches('/').trim();
        while !attrs.is_empty() {
            let Some((key, value)) = attrs.split_once("=\"") else {
                return Err(TestCaseError::fail(format!("attribute in <{tag}>")));
            };
            let Some((value, more)) = value.split_once('"') else {
                return Err(TestCaseError::fail(format!("unclosed value in <{tag}>")));
            };
            attrs = more.trim_start();
            let key = key.trim();
            let safe = match key {
                "href" => {
                    let v = value.trim().to_lowercase();
                    v.starts_with("https://")
                        || v.starts_with("http://")
                        || v.starts_with("mailto:")
                }
                "id" => value.starts_with("section-"),
                "class" => {
                    value.starts_with("language-") || value == "ref" || page == Page::Comparison
                }
                "data-testid" => page == Page::Comparison,
                "style" => value.starts_with("text-align: "),
                "start" => value.chars().all(|c| c.is_ascii_digit()),
                "title" | "lang" | "charset" => true,
                _ => false,
            };
            prop_assert!(safe, "attribute {key}=\"{value}\" in <{tag}>");
        }
    }
    Ok(())
}

/// What a loaded agreement must survive: checks, rendering, saving and reading back, and
/// comparison with the agreement it came from.
fn exercise(agreement: &Agreement, seed: &Agreement) -> Result<(), TestCaseError> {
    for locale in LOCALES {
        let options = CheckOptions {
            locale,
            ..CheckOptions::default()
        };
        for d in check(agreement, options) {
            prop_assert!(!d.message.trim().is_empty(), "{d:?}");
        }
    }
    let md = markdown::render(agreement);
    prop_assert!(md.ends_with('\n'));
    assert_safe_html(&html::fragment(agreement), Page::Fragment)?;
    assert_safe_html(&html::document(agreement), Page::Document)?;

    let saved = agreement_to_string(agreement);
    let reloaded = agreement_from_str(&saved, FILE);
    prop_assert!(
        reloaded.is_ok(),
        "saved file does not load: {reloaded:?}\n{saved}"
    );
    let reloaded = reloaded.unwrap_or_else(|_| unreachable!());
    prop_assert_eq!(&reloaded, agreement, "saved and read back differs");
    prop_assert_eq!(agreement_to_string(&reloaded), saved);

    if let Err(err) = agreement.history.verify() {
        prop_assert!(!messages::chain_error(&err, Locale::Nb).is_empty());
    }
    let c = compare(seed, agreement, Locale::Nb);
    let _ = comparison::markdown(&c, Locale::Nb);
    assert_safe_html(&comparison::html(&c, Locale::Nn), Page::Comparison)?;
    let _ = comparison::text(&c, Locale::En, false);
    prop_assert!(compare(agreement, agreement, Locale::Nb).is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(config(400))]

    /// Mutated agreement files: refused clearly, or loaded and fit for everything after.
    #[test]
    fn mutated_agreements_are_refused_clearly_or_work((seed, bytes) in mutated(&AGREEMENTS)) {
        bounded("agreement", move || -> Result<(), TestCaseError> {
            match agreement_from_bytes(&bytes, FILE) {
                Err(err) => assert_clear(&err, FILE, &bytes),
                Ok(agreement) => exercise(&agreement, &LOADED[seed]),
            }
        })??;
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// Mutated templates: refused clearly, or loaded with a summary.
    #[test]
    fn mutated_templates_are_refused_clearly_or_work((_seed, bytes) in mutated(&TEMPLATES)) {
        bounded("template", move || -> Result<(), TestCaseError> {
            let file = "mal.yaml";
            let text = match std::str::from_utf8(&bytes) {
                Ok(text) => text,
                Err(_) => return Ok(()),
            };
            match parse_template(text, file) {
                Err(err) => assert_clear(&err, file, &bytes),
                Ok(t) => {
                    for locale in LOCALES {
                        prop_assert!(!template::summary(&t, locale).is_empty());
                    }
                    Ok(())
                }
            }
        })??;
    }

    /// Mutated term banks: refused clearly, or loaded and able to find terms in text.
    #[test]
    fn mutated_term_banks_are_refused_clearly_or_work((seed, bytes) in mutated(&TERMS)) {
        bounded("term bank", move || -> Result<(), TestCaseError> {
            let file = "begrepsbank.yaml";
            let text = match std::str::from_utf8(&bytes) {
                Ok(text) => text,
                Err(_) => return Ok(()),
            };
            match TermBank::parse(text, file) {
                Err(err) => assert_clear(&err, file, &bytes),
                Ok(bank) => {
                    let original = String::from_utf8_lossy(&TERMS[seed].bytes);
                    let _ = bank.find(&original);
                    let _ = bank.find(text);
                    Ok(())
                }
            }
        })??;
    }
}

/// Markup a hostile author might write.
const SNIPPETS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a]( javascript:alert(1) \"t\")",
    "[a](java\tscript:alert(1))",
    "[a](&#106;avascript:alert(1))",
    "[a](<javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)\n",
    "[x][r]\n\n[r]: https://nav.no \"\" onerror=\"x\"\n",
    "![i](javascript:alert(1))",
    "![i](https://example.com/x.png \"t\")",
    "[d](data:text/html,<script>alert(1)</script>)",
    "[v](vbscript:msgbox(1))",
    "[ok](https://www.nav.no)",
    "[m](mailto:a@b.no)",
    "<https://nav.no>",
    "<a@b.no>",
    "\" onerror=\"alert(1)",
    "' onmouseover='alert(1)",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "`<script>`",
    "```\n<script>\n```\n",
    "```<script>\nx\n```\n",
    "    <script>\n",
    "<!-- <script> -->",
    "<style>*{}</style>",
    "<div onclick=\"x\">\n\nblokk\n\n</div>\n",
    "**_~~nested~~_**",
    "***a***",
    "# Overskrift\n",
    "Tittel\n===\n",
    "| a | b |\n|:-|-:|\n| <script> | [x](javascript:y) |\n",
    "- [ ] oppgave\n",
    "1. a\n2. b\n",
    "> sitat\n",
    "\\",
    "\0",
    "\u{202e}",
    "\u{feff}",
    "\r\n",
    "{{fylke}}",
    "  \n",
];

/// Characters repeated thousands of times to nest or open constructs.
const NESTERS: &[&str] = &[
    ">", "> ", "[", "](", "*", "_", "**", "~~", "`", "<", "- ", "  - ", "1. ", "|", "(", "![",
    "\\", "&#",
];

fn hostile_markdown() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        5 => prop::sample::select(SNIPPETS).prop_map(str::to_owned),
        2 => any::<String>(),
        2 => "[<>\\[\\]()*_`!#|:/\\\\&\"'= \n>-]{0,60}",
        1 => (prop::sample::select(NESTERS), 1usize..10_000).prop_map(|(s, n)| s.repeat(n)),
    ];
    prop::collection::vec(piece, 1..8).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config(200))]

    /// Hostile Markdown in prose and plain fields never becomes markup in the HTML, and
    /// rendering finishes.
    #[test]
    fn hostile_markdown_renders_to_safe_html(text in hostile_markdown(), short in hostile_markdown()) {
        bounded("render", move || -> Result<(), TestCaseError> {
            let mut a = LOADED[0].clone();
            a.sections[0].text = text.clone();
            a.sections[1].title = short.clone();
            a.meta.title = short.clone();
            a.parties[0].organisation = short.clone();
            if let Some(entry) = a.glossary.first_mut() {
                entry.definition = text.clone();
            }
            let md = markdown::render(&a);
            prop_assert!(!md.is_empty());
            assert_safe_html(&html::fragment(&a), Page::Fragment)?;
            assert_safe_html(&html::document(&a), Page::Document)?;
            Ok(())
        })??;
    }
}

/// The words of a text, in order.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

fn prose_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        3 => "[a-cæøå \n\t\u{a0}\u{200b}\u{301}.,;«»-]{0,200}",
        1 => hostile_markdown(),
        1 => (prop::sample::select(vec!["a ", "b ", "a b ", "\u{a0}", "x\n"]), 0usize..5_000)
            .prop_map(|(s, n)| s.repeat(n)),
    ]
}

proptest! {
    #![proptest_config(config(200))]

    /// Any two texts compare without panic, and the comparison holds both texts' words.
    #[test]
    fn prose_of_any_two_texts_keeps_both_sides(old in prose_text(), new in prose_text()) {
        bounded("prose", move || -> Result<(), TestCaseError> {
            let old_words: Vec<String> = old.split_whitespace().map(str::to_owned).collect();
            let new_words: Vec<String> = new.split_whitespace().map(str::to_owned).collect();
            match prose(&old, &new) {
                None => prop_assert_eq!(&old_words, &new_words),
                Some(pieces) => {
                    let (before, after) = sides(&pieces);
                    let (before, after) = (words(&before), words(&after));
                    prop_assert_eq!(before, old_words);
                    prop_assert_eq!(after, new_words);
                }
            }
            Ok(())
        })??;
    }

    /// Two mutated agreements (each falling back to its seed when the mutation does not load)
    /// compare both ways, and the comparison renders.
    #[test]
    fn mutated_agreements_compare(
        (old_seed, old) in mutated(&AGREEMENTS),
        (new_seed, new) in mutated(&AGREEMENTS),
        texts in prop::collection::vec(prose_text(), 0..4),
        rotate in 0usize..50,
    ) {
        bounded("compare", move || -> Result<(), TestCaseError> {
            let old = agreement_from_bytes(&old, FILE).unwrap_or_else(|_| LOADED[old_seed].clone());
            let mut new =
                agreement_from_bytes(&new, FILE).unwrap_or_else(|_| LOADED[new_seed].clone());
            for (section, text) in new.sections.iter_mut().zip(texts) {
                section.text = text;
            }
            let n = new.sections.len().max(1);
            new.sections.rotate_left(rotate % n);
            for (a, b) in [(&old, &new), (&new, &old)] {
                let c = compare(a, b, Locale::Nb);
                let _ = comparison::markdown(&c, Locale::Nn);
                let _ = comparison::side_by_side(&c, Locale::En);
                assert_safe_html(&comparison::html(&c, Locale::Nb), Page::Comparison)?;
            }
            Ok(())
        })??;
    }
}

/// The seeds themselves: every one loads (or is refused clearly) and survives the same steps,
/// so a change that breaks a seed is found before any mutation.
#[test]
fn every_seed_works() {
    for (seed, agreement) in AGREEMENTS.iter().zip(LOADED.iter()) {
        exercise(agreement, agreement).unwrap_or_else(|e| panic!("{}: {e}", seed.name));
    }
    for seed in TEMPLATES.iter() {
        let text = std::str::from_utf8(&seed.bytes).expect("UTF-8");
        parse_template(text, &seed.name).unwrap_or_else(|e| panic!("{e}"));
    }
    for seed in TERMS.iter() {
        let text = std::str::from_utf8(&seed.bytes).expect("UTF-8");
        TermBank::parse(text, &seed.name).unwrap_or_else(|e| panic!("{e}"));
    }
}
