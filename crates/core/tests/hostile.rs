//! Hostile files, case by case, at the level of the core: each is refused with a clear message
//! (file, line and field where they mean something, the catalogue's Norwegian words), or loads
//! and works, in bounded time and memory. Alias bombs, deep nesting, 10 MiB strings, files
//! over the size limit, invalid UTF-8, NUL bytes, a wrong type in every field of the example,
//! and histories whose hashes do not match.
//!
//! Memory is measured by a counting allocator installed for this test binary. Every test here
//! takes one lock first, so tests running in parallel never count into each other's peaks.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use avtale_core::diff::compare;
use avtale_core::format::{
    MAX_FILE_BYTES, agreement_from_bytes, agreement_from_str, agreement_to_string,
};
use avtale_core::history::{ChainProblem, History};
use avtale_core::lang::Locale;
use avtale_core::locate::LocationIndex;
use avtale_core::render::{html, markdown};
use avtale_core::template::parse_template;
use avtale_core::termbank::TermBank;
use avtale_core::{Agreement, CheckOptions, LoadError, LoadProblem, YamlProblem, check, messages};

/// Counts the bytes held and the most held at once.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

fn shrank(bytes: usize) {
    CURRENT.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; only counters are updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` hold for `System` too.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size > layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time, so each peak is its own.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A case may take this long in a debug build; it guards against hangs and blow-ups, not
/// slowness. The slowest case (the checks over 10 MiB of text) takes about 6 s on an idle
/// 2-core machine and 11 s while other builds run beside it; a quadratic blow-up on 10 MiB
/// would take hours, so the limit leaves room for a busy machine and still catches one.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// What a case may hold at once beyond what was held before it: 20 times its input plus
/// 64 MiB.
fn memory_limit(input: usize) -> usize {
    20 * input + (64 << 20)
}

/// What rendering may hold at once: 120 times its input plus 64 MiB. The Markdown parser keeps
/// a tree of about 50 bytes per inline element, and text in which every character becomes one
/// (10 MiB of `*_`, each escaped) is the worst known case, at about 96 times.
fn render_memory_limit(input: usize) -> usize {
    120 * input + (64 << 20)
}

/// Runs `f` and fails when it takes longer than [`TIME_LIMIT`] or holds more memory at once
/// than [`memory_limit`] allows for an input of `input` bytes.
fn bounded<T>(what: &str, input: usize, f: impl FnOnce() -> T) -> T {
    bounded_by(what, input, memory_limit(input), f)
}

/// Runs `f` and fails when it takes longer than [`TIME_LIMIT`] or holds more than `limit`
/// bytes at once.
fn bounded_by<T>(what: &str, input: usize, limit: usize, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    eprintln!(
        "{what}: {input} bytes in, {took:.2?}, peak {:.1} MiB (limit {} MiB)",
        peak as f64 / f64::from(1 << 20),
        limit >> 20
    );
    assert!(took < TIME_LIMIT, "{what}: took {took:?}");
    assert!(
        peak <= limit,
        "{what}: held {peak} bytes at once, limit {limit}"
    );
    out
}

fn repo_file(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn example() -> String {
    repo_file("examples/hovedavtale-vestland.avtale.yaml")
}

/// Loads `bytes` as the agreement file `file`, bounded, and returns the error it must give.
fn refused(file: &str, bytes: &[u8]) -> LoadError {
    match bounded(file, bytes.len(), || agreement_from_bytes(bytes, file)) {
        Ok(_) => panic!("{file}: loaded, but should be refused"),
        Err(err) => err,
    }
}

/// The error's report names the file, the line (when `line` is given: that line), and holds
/// `words` in bokmål; nynorsk and English say something too.
fn assert_report(err: &LoadError, file: &str, line: Option<usize>, words: &str) {
    let report = err.report(Locale::Nb);
    assert!(report.starts_with(file), "{report}");
    if let Some(line) = line {
        assert_eq!(err.position.map(|p| p.line), Some(line), "{report}");
        assert!(report.starts_with(&format!("{file}:{line}:")), "{report}");
    }
    assert!(report.contains(words), "«{words}» missing from: {report}");
    for locale in [Locale::Nn, Locale::En] {
        assert!(!err.message(locale).trim().is_empty(), "{err:?}");
    }
}

fn is_too_complex(err: &LoadError) -> bool {
    matches!(&err.problem, LoadProblem::Yaml(p) if matches!(**p, YamlProblem::TooComplex(_)))
}

/// Billion laughs: nine levels of ten references, 10⁹ nodes when expanded. `prefix` puts it
/// in a file; the anchors start on the line after the prefix.
fn billion_laughs(prefix: &str, indent: &str) -> String {
    let mut bomb = format!(
        "{prefix}{indent}a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 10].join(",");
        bomb.push_str(&format!("{indent}{}: &{} [{refs}]\n", pair[1], pair[1]));
    }
    bomb
}

#[test]
fn alias_bombs_are_refused_as_too_complex() {
    let _serial = serial();
    let lines = |s: &str| s.lines().count();
    // At the top level, in a section's text, and through merge keys.
    let top = billion_laughs("format: 1\n", "");
    let in_meta = billion_laughs("format: 1\nmeta:\n", "  ");
    let mut merge = String::from("format: 1\nbase: &a {x: 1, y: 2}\n");
    for i in 0..200 {
        merge.push_str(&format!("k{i}: &a{i}\n  <<: *a\n  z: {i}\n"));
    }
    let in_text = format!(
        "{}  text: *i\n",
        example().replacen(
            "sections:\n",
            &billion_laughs("sections:\n- id: bombe\n  title: Bombe\n  x:\n", "    "),
            1
        )
    );
    for (file, text) in [
        ("bombe-topp.avtale.yaml", top),
        ("bombe-meta.avtale.yaml", in_meta),
        ("bombe-flett.avtale.yaml", merge),
        ("bombe-tekst.avtale.yaml", in_text),
    ] {
        let err = refused(file, text.as_bytes());
        assert!(is_too_complex(&err), "{file}: {}", err.report(Locale::Nb));
        assert_report(&err, file, None, "for kompleks");
        let line = err.position.map(|p| p.line);
        assert!(
            line.is_some_and(|l| (1..=lines(&text)).contains(&l)),
            "{file}: {}",
            err.report(Locale::Nb)
        );
    }
    // The template and term bank loaders share the reader and its budget.
    let bomb = billion_laughs("", "");
    let err = bounded("mal", bomb.len(), || parse_template(&bomb, "bombe.yaml"))
        .expect_err("template bomb");
    assert!(is_too_complex(&err), "{}", err.report(Locale::Nb));
    assert_report(&err, "bombe.yaml", None, "for kompleks");
    let err = bounded("begrepsbank", bomb.len(), || {
        TermBank::parse(&bomb, "bombe.yaml")
    })
    .expect_err("term bank bomb");
    assert!(is_too_complex(&err), "{}", err.report(Locale::Nb));
    assert_report(&err, "bombe.yaml", None, "for kompleks");
}

#[test]
fn deep_nesting_is_refused_as_too_complex() {
    let _serial = serial();
    let n = 100_000;
    let block_levels = 3_000;
    let mut block = String::from("format: 1\nmeta:\n");
    for level in 0..block_levels {
        block.push_str(&" ".repeat(2 * (level + 1)));
        block.push_str("a:\n");
    }
    let cases = [
        (
            "flow-liste.avtale.yaml",
            format!("format: 1\nmeta: {}{}\n", "[".repeat(n), "]".repeat(n)),
        ),
        (
            "flow-ulukka.avtale.yaml",
            format!("format: 1\nmeta:\n  title: {}\n", "[".repeat(n)),
        ),
        (
            "flow-map.avtale.yaml",
            format!("format: 1\nmeta: {}{}\n", "{a: ".repeat(n), "}".repeat(n)),
        ),
        (
            "blokk-liste.avtale.yaml",
            format!("format: 1\nparties:\n{}x\n", "- ".repeat(n)),
        ),
        ("blokk-map.avtale.yaml", block),
        (
            "i-punkt.avtale.yaml",
            example().replacen(
                "sections:\n",
                &format!("sections:\n- id: dypt\n  title: {}\n", "[".repeat(n)),
                1,
            ),
        ),
    ];
    for (file, text) in cases {
        assert!(text.len() as u64 <= MAX_FILE_BYTES, "{file}");
        let err = refused(file, text.as_bytes());
        assert!(is_too_complex(&err), "{file}: {}", err.report(Locale::Nb));
        assert_report(&err, file, None, "for kompleks");
        assert!(err.position.is_some(), "{}", err.report(Locale::Nb));
    }
    let deep = format!("id: x\nnb: {}\n", "[".repeat(n));
    let err = bounded("mal", deep.len(), || parse_template(&deep, "dyp.yaml"))
        .expect_err("deep template");
    assert!(is_too_complex(&err), "{}", err.report(Locale::Nb));
    let err = bounded("begrepsbank", deep.len(), || {
        TermBank::parse(&deep, "dyp.yaml")
    })
    .expect_err("deep term bank");
    assert!(is_too_complex(&err), "{}", err.report(Locale::Nb));
}

/// An example agreement padded to just under the size limit, with `giant` (a 10 MiB string)
/// put in by `place`.
fn just_under_limit(place: impl Fn(&str, &str) -> String, unit: &str) -> String {
    let base = place(&example(), "");
    let room = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX) - base.len() - 16;
    let giant = unit.repeat(room / unit.len());
    let text = place(&example(), &giant);
    assert!(text.len() as u64 <= MAX_FILE_BYTES);
    assert!(text.len() as u64 > MAX_FILE_BYTES - 1024);
    text
}

/// The example with as many sections as fit under the size limit, each with just under 64 KiB
/// of text made of nothing but emphasis markers (the densest Markdown that is still read as
/// Markdown).
fn many_dense_sections() -> String {
    let text = "*_".repeat(32_000);
    let mut sections = String::from("sections:\n");
    let base = example().len();
    let mut i = 0;
    loop {
        let section = format!("- id: tett{i}\n  title: Tett\n  text: x{text}\n");
        if (base + sections.len() + section.len()) as u64 > MAX_FILE_BYTES {
            break;
        }
        sections.push_str(&section);
        i += 1;
    }
    example().replacen("sections:\n", &sections, 1)
}

#[test]
fn ten_mebibyte_strings_load_and_work_in_bounded_time_and_memory() {
    let _serial = serial();
    let cases = [
        (
            "stor-tittel.avtale.yaml",
            just_under_limit(
                |text, giant| text.replacen("  title: ", &format!("  title: {giant}"), 1),
                "Samarbeid ",
            ),
        ),
        (
            "stor-sitert-tittel.avtale.yaml",
            just_under_limit(
                |text, giant| text.replacen("  title: ", &format!("  title: \"{giant}\" #"), 1),
                "\\u00e6\\\"<",
            ),
        ),
        (
            "tegn-tittel.avtale.yaml",
            just_under_limit(
                |text, giant| text.replacen("  title: ", &format!("  title: x{giant}"), 1),
                "<",
            ),
        ),
        (
            "stor-tekst.avtale.yaml",
            just_under_limit(
                |text, giant| {
                    text.replacen(
                        "sections:\n",
                        &format!("sections:\n- id: stor\n  title: Stor\n  text: |\n{giant}"),
                        1,
                    )
                },
                "    Partene skal møtes fire ganger i året, og NAV kaller inn til møtene.\n",
            ),
        ),
        (
            "escape-tekst.avtale.yaml",
            just_under_limit(
                |text, giant| {
                    text.replacen(
                        "sections:\n",
                        &format!("sections:\n- id: esc\n  title: Esc\n  text: x{giant}\n"),
                        1,
                    )
                },
                "\\<",
            ),
        ),
        (
            "klammer-tekst.avtale.yaml",
            just_under_limit(
                |text, giant| {
                    text.replacen(
                        "sections:\n",
                        &format!("sections:\n- id: lenker\n  title: Lenker\n  text: x{giant}\n"),
                        1,
                    )
                },
                "[*_",
            ),
        ),
        ("mange-punkter.avtale.yaml", many_dense_sections()),
        (
            "ett-ord.avtale.yaml",
            just_under_limit(
                |text, giant| {
                    text.replacen(
                        "sections:\n",
                        &format!("sections:\n- id: ord\n  title: Ord\n  text: {giant}\n"),
                        1,
                    )
                },
                "x",
            ),
        ),
    ];
    for (file, text) in cases {
        let agreement = bounded(file, text.len(), || agreement_from_str(&text, file));
        let agreement = agreement.unwrap_or_else(|e| panic!("{e}"));
        // What the app does next: check, render, save, compare with the example.
        let n = text.len();
        let small = agreement_from_str(&example(), "eksempel").expect("example");
        bounded(&format!("{file}: checks"), n, || {
            check(&agreement, CheckOptions::default())
        });
        let limit = render_memory_limit(n);
        bounded_by(&format!("{file}: Markdown"), n, limit, || {
            markdown::render(&agreement)
        });
        let page = bounded_by(&format!("{file}: HTML"), n, limit, || {
            html::document(&agreement)
        });
        assert!(!page.to_lowercase().contains("<script"));
        bounded(&format!("{file}: saving"), n, || {
            agreement_to_string(&agreement)
        });
        bounded(&format!("{file}: comparing"), n, || {
            compare(&small, &agreement, Locale::Nb)
        });
    }
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let _serial = serial();
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    // Valid YAML all through, so only the size can refuse it.
    let mut text = example();
    let pad = limit + 1 - text.len();
    text.push_str(&format!("# {}\n", "x".repeat(pad - 3)));
    assert_eq!(text.len(), limit + 1);
    // Nothing beyond the bytes already held: no parsing at all.
    let before = Instant::now();
    let err = bounded("over", 0, || {
        agreement_from_bytes(text.as_bytes(), "for-stor.avtale.yaml")
    })
    .expect_err("too large");
    assert!(before.elapsed() < Duration::from_millis(100));
    assert!(
        matches!(err.problem, LoadProblem::TooLarge { .. }),
        "{err:?}"
    );
    assert_eq!(err.position, None);
    assert_report(&err, "for-stor.avtale.yaml", None, "Filen er for stor");
    // The limit as a Norwegian reader writes a size: the unit after a no-break space.
    let report = err.report(Locale::Nb);
    assert!(report.contains("opptil 10\u{a0}MiB."), "{report}");

    // From disk, a huge (sparse) file is read only as far as the limit.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("enorm.avtale.yaml");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(4 << 30).expect("a sparse 4 GiB file");
    drop(file);
    let err = bounded("enorm fil", limit, || {
        avtale_core::store::read_agreement(&path)
    })
    .expect_err("too large");
    assert!(
        matches!(err.problem, LoadProblem::TooLarge { .. }),
        "{err:?}"
    );
}

#[test]
fn invalid_utf8_is_refused_at_its_line() {
    let _serial = serial();
    let text = example();
    let line_start = |n: usize| text.lines().take(n - 1).map(|l| l.len() + 1).sum::<usize>();
    // A Latin-1 "ø" in line 4, a broken sequence at the end, and a UTF-16 file.
    let mut latin1 = text.clone().into_bytes();
    let at = line_start(4) + 9;
    latin1.splice(at..at, [0xf8]);
    let mut cut = text.clone().into_bytes();
    cut.extend_from_slice("sluttø".as_bytes());
    cut.pop();
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let last_line = text.lines().count() + 1;
    for (file, bytes, line) in [
        ("latin1.avtale.yaml", latin1, 4),
        ("avkappet.avtale.yaml", cut, last_line),
        ("utf16.avtale.yaml", utf16, 1),
    ] {
        let err = refused(file, &bytes);
        assert_eq!(err.problem, LoadProblem::NotUtf8, "{file}");
        assert_report(&err, file, Some(line), "ikke gyldig UTF-8");
    }
}

#[test]
fn nul_bytes_are_refused_or_kept_exactly() {
    let _serial = serial();
    let text = example();
    // A raw NUL is not allowed in YAML; an escaped one is a character like any other.
    let raw = text.replacen("  county: Vestland", "  county: Vest\0land", 1);
    let line = raw
        .lines()
        .position(|l| l.contains('\0'))
        .expect("NUL line")
        + 1;
    let err = refused("nul.avtale.yaml", raw.as_bytes());
    assert_report(&err, "nul.avtale.yaml", Some(line), "meta.county");

    let escaped = text.replacen("  county: Vestland", "  county: \"Vest\\0land\"", 1);
    let agreement = agreement_from_str(&escaped, "nul-escaped.avtale.yaml").expect("loads");
    assert_eq!(agreement.meta.county, "Vest\0land");
    let saved = agreement_to_string(&agreement);
    assert_eq!(
        agreement_from_str(&saved, "lagret.avtale.yaml").expect("reloads"),
        agreement
    );
    assert!(!html::document(&agreement).contains('\0'));
}

/// A path step in the example's field tree.
fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Every field path of a JSON tree with its value, parents before children.
fn field_paths(value: &serde_json::Value, path: &str, out: &mut Vec<(String, serde_json::Value)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                let p = child(path, key);
                out.push((p.clone(), v.clone()));
                field_paths(v, &p, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{path}[{i}]");
                out.push((p.clone(), v.clone()));
                field_paths(v, &p, out);
            }
        }
        _ => {}
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The example's text with the value at `path` (whose key or item stands at `line`, `column`)
/// replaced by `wrong`: its rest of line and the lines below that belong to it.
fn replace_value(text: &str, line: usize, column: usize, is_item: bool, wrong: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let (mut line, mut column) = (line, column);
    let mut at = lines[line - 1];
    let mut start = at
        .char_indices()
        .nth(column - 1)
        .map_or(at.len(), |(i, _)| i);
    // A block scalar item (`- >-` or `- |`) is placed at its content, a line below its dash.
    if is_item && !at[..start].trim_end().ends_with('-') && line > 1 {
        line -= 1;
        at = lines[line - 1];
        start = at.rfind("- ").map_or(0, |i| i + 2);
        column = at[..start].chars().count() + 1;
    }
    let head = if is_item {
        // `- value` or `- key: …` for the first field of a mapping item.
        at[..start].to_owned()
    } else {
        let colon = at[start..].find(':').map_or(at.len(), |i| start + i + 1);
        format!("{} ", &at[..colon])
    };
    let own = column - 1;
    let mut end = line;
    while end < lines.len() {
        let next = lines[end];
        let belongs = next.trim().is_empty()
            || indent_of(next) > own
            || (is_item && indent_of(next) == own)
            || (!is_item && indent_of(next) == own && next.trim_start().starts_with("- "));
        if !belongs {
            break;
        }
        end += 1;
    }
    let mut out: Vec<String> = lines[..line - 1].iter().map(|l| (*l).to_owned()).collect();
    out.push(format!("{head}{wrong}"));
    out.extend(lines[end..].iter().map(|l| (*l).to_owned()));
    out.join("\n") + "\n"
}

/// Replaces each value of the agreement's file, in turn, by a value of another type (a scalar
/// by a mapping, a list by a scalar, a mapping by a list) and collects every case that is not
/// refused with a message naming the field (or a parent or child of it) and a line near it.
fn wrong_type_failures(
    source: &str,
    name: &str,
    only: impl Fn(&str) -> bool,
) -> (usize, Vec<String>) {
    let agreement = agreement_from_str(source, name).expect("the source loads");
    let text = agreement_to_string(&agreement);
    let tree = serde_json::to_value(&agreement).expect("JSON");
    let index = LocationIndex::build(&text);
    let mut paths = Vec::new();
    field_paths(&tree, "", &mut paths);
    let mut failures = Vec::new();
    let mut tried = 0;
    for (path, value) in paths.iter().filter(|(p, _)| only(p)) {
        let Some(pos) = index.position(path) else {
            failures.push(format!("{path}: not found in the file"));
            continue;
        };
        let wrong = match value {
            serde_json::Value::Object(_) => "[1, 2]",
            serde_json::Value::Array(_) => "feil",
            _ => "{feil: 1}",
        };
        let is_item = path.ends_with(']');
        let broken = replace_value(&text, pos.line, pos.column, is_item, wrong);
        tried += 1;
        let err = match agreement_from_str(&broken, name) {
            Ok(_) => {
                failures.push(format!("{path} = {wrong}: loaded"));
                continue;
            }
            Err(err) => err,
        };
        let report = err.report(Locale::Nb);
        let field = err.field.clone().unwrap_or_default();
        let related = !field.is_empty()
            && (field == *path
                || path.starts_with(&format!("{field}."))
                || path.starts_with(&format!("{field}["))
                || field.starts_with(&format!("{path}."))
                || field.starts_with(&format!("{path}[")));
        let near = err
            .position
            .is_some_and(|p| p.line + 1 >= pos.line && p.line <= pos.line + 1);
        if !related || !near || !report.starts_with(&format!("{name}:")) {
            failures.push(format!("{path} = {wrong} (line {}): {report}", pos.line));
        }
    }
    (tried, failures)
}

#[test]
fn a_wrong_type_in_any_field_is_refused_at_that_field() {
    let _serial = serial();
    let example = example();
    let (tried, failures) = bounded("feil type, eksempel", example.len(), || {
        wrong_type_failures(&example, "feil-type.avtale.yaml", |_| true)
    });
    let history = repo_file("tests/fixtures/formats/v1/med-historikk.avtale.yaml");
    let (tried_history, history_failures) = bounded("feil type, historikk", history.len(), || {
        wrong_type_failures(&history, "feil-type-historikk.avtale.yaml", |p| {
            p.starts_with("history")
        })
    });
    eprintln!("wrong types tried: {tried} in the example, {tried_history} in a history");
    assert!(
        tried > 300 && tried_history > 100,
        "{tried} {tried_history}"
    );
    let all: Vec<String> = failures.into_iter().chain(history_failures).collect();
    assert!(all.is_empty(), "{} fields:\n{}", all.len(), all.join("\n"));
}

/// The fixture with history, with `edit` applied to its text; it must still load, and its
/// history must fail to verify at `revision` with `problem`.
fn tampered(edit: impl Fn(&str) -> String, revision: u32, problem: ChainProblem, words: &str) {
    let original = repo_file("tests/fixtures/formats/v1/med-historikk.avtale.yaml");
    let text = edit(&original);
    assert_ne!(text, original, "the edit changed nothing");
    let agreement: Agreement = bounded("historikk", text.len(), || {
        agreement_from_str(&text, "endret.avtale.yaml")
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let history: &History = &agreement.history;
    let err = history.verify().expect_err("tampering is found");
    assert_eq!((err.revision, &err.problem), (revision, &problem));
    let message = messages::chain_error(&err, Locale::Nb);
    assert!(message.contains(words), "{message}");
    assert!(
        message.contains(&format!("revisjon {revision}")),
        "{message}"
    );
    for locale in [Locale::Nn, Locale::En] {
        assert!(!messages::chain_error(&err, locale).is_empty());
    }
}

/// Replaces the `n`th (from 0) line holding `needle` by `f` of it.
fn edit_line(text: &str, needle: &str, n: usize, f: impl Fn(&str) -> String) -> String {
    let mut seen = 0;
    let mut out = String::new();
    for line in text.lines() {
        if line.contains(needle) {
            if seen == n {
                out.push_str(&f(line));
            } else {
                out.push_str(line);
            }
            seen += 1;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_history_whose_hashes_do_not_match_is_caught_by_verify() {
    let _serial = serial();
    let original = repo_file("tests/fixtures/formats/v1/med-historikk.avtale.yaml");
    let agreement = agreement_from_str(&original, "med-historikk").expect("fixture");
    assert_eq!(agreement.history.verify(), Ok(()));
    assert!(agreement.history.revisions.len() >= 2);
    // A committed revision's message, reworded in the file.
    tampered(
        |t| edit_line(t, "  message: ", 1, |l| format!("{l} (endret)")),
        2,
        ChainProblem::Edited,
        "Historikken er endret",
    );
    // A recorded hash with one digit changed: the revision no longer gives it.
    let flip = |l: &str| {
        let last = l.chars().last().unwrap_or('0');
        let other = if last == '0' { '1' } else { '0' };
        format!("{}{other}", &l[..l.len() - 1])
    };
    tampered(
        |t| edit_line(t, "  hash: ", 0, flip),
        1,
        ChainProblem::Edited,
        "innholdet i revisjon 1 er endret",
    );
    // A parent hash changed: the chain is broken at that revision.
    tampered(
        |t| edit_line(t, "  parent: ", 0, flip),
        2,
        ChainProblem::WrongParent,
        "viser ikke til revisjonen før den",
    );
    // Stored section content changed: the first revision using it no longer matches.
    tampered(
        |t| {
            let at = t.find("\n  sections:\n").expect("stored sections");
            let (head, tail) = t.split_at(at);
            let tail = edit_line(tail, "    title: ", 0, |l| format!("{l} (endret)"));
            format!("{head}{tail}")
        },
        1,
        ChainProblem::Edited,
        "Historikken er endret",
    );
}
