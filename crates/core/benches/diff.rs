//! Comparing two revisions of a 200-section agreement (target: under 20 ms), and listing the
//! history of a file with 1,000 revisions (what `avtale log` does: load, verify, one line per
//! revision). As a baseline, `git diff --no-index --word-diff` on the two revisions' rendered
//! Markdown is timed in the same run; the ratio is printed.
//!
//! Run with `cargo bench -p avtale-core --bench diff`.

use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

use avtale_core::agreement::SectionId;
use avtale_core::clause::Cadence;
use avtale_core::date::Date;
use avtale_core::diff::compare;
use avtale_core::format::{agreement_from_str, agreement_to_string};
use avtale_core::history::{RevisionInfo, Timestamp};
use avtale_core::lang::{Lang, Locale};
use avtale_core::render::markdown;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::{Agreement, TemplateSet, workflow};
use criterion::{Criterion, criterion_group, criterion_main};

fn base(sections: usize) -> Agreement {
    let templates = TemplateSet::shipped().expect("templates");
    let new = NewAgreement {
        starter: "hovedavtale",
        county: Some("Vestland"),
        municipality: None,
        lang: Lang::Nb,
        today: Date::from_ymd(2026, 11, 22).expect("date"),
        id: "bench".into(),
    };
    let mut agreement = starter::create(&templates, &new).expect("starter");
    let starter_sections = agreement.sections.clone();
    agreement.sections = (0..sections)
        .map(|i| {
            let mut s = starter_sections[i % starter_sections.len()].clone();
            s.id = SectionId(format!("{}-{i}", s.id));
            s
        })
        .collect();
    agreement
}

/// A revision of `old` touching one in ten sections: reworded text, changed cadences, one
/// section moved, one added, one removed.
fn revised(old: &Agreement) -> Agreement {
    let mut new = old.clone();
    for (i, s) in new
        .sections
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| i % 10 == 0)
    {
        s.text = s
            .text
            .replacen("Partene", "Begge partene", 1)
            .replacen(" og ", " og også ", 1);
        if let Some(meetings) = s.meetings.as_mut() {
            meetings[0].cadence = Some(Cadence::PerYear(u32::try_from(i % 6 + 1).unwrap_or(1)));
        }
    }
    let moved = new.sections.remove(3);
    new.sections.insert(150, moved);
    new.sections.remove(40);
    let mut added = new.sections[5].clone();
    added.id = SectionId("ny".into());
    new.sections.insert(100, added);
    new
}

fn time_ms(mut f: impl FnMut(), runs: usize) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn bench(c: &mut Criterion) {
    let old = base(200);
    let new = revised(&old);

    c.bench_function("diff 200 sections", |b| {
        b.iter(|| compare(black_box(&old), black_box(&new), Locale::Nb));
    });

    // The baseline: git's word diff of the two revisions' Markdown, in the same run.
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a.md"), dir.path().join("b.md"));
    std::fs::write(&a, markdown::render(&old)).expect("a");
    std::fs::write(&b, markdown::render(&new)).expect("b");
    let git = || {
        let _ = Command::new("git")
            .args(["diff", "--no-index", "--word-diff"])
            .arg(&a)
            .arg(&b)
            .output();
    };
    let ours = time_ms(
        || {
            black_box(compare(&old, &new, Locale::Nb));
        },
        31,
    );
    let theirs = time_ms(git, 31);
    eprintln!(
        "diff of 200 sections: ours {ours:.2} ms, git diff --no-index --word-diff {theirs:.2} ms \
         (medians of 31), ratio ours/git {:.2}",
        ours / theirs
    );

    // A file with 1,000 revisions, as `avtale log` reads it.
    let mut long = base(20);
    let time = Timestamp::parse("2026-11-22T10:00:00+01:00").expect("time");
    for n in 0..1000 {
        let i = n % long.sections.len();
        long.sections[i].text.push_str(&format!(" Endring {n}."));
        let info = RevisionInfo {
            author: "Kari Nordmann".into(),
            time,
            message: format!("Revisjon {n}"),
            name: None,
        };
        workflow::commit(&mut long, info, None).expect("commit");
    }
    let text = agreement_to_string(&long);
    eprintln!(
        "log: {} revisions, file {:.2} MiB",
        long.history.revisions.len(),
        text.len() as f64 / 1024.0 / 1024.0
    );
    c.bench_function("log 1000 revisions", |b| {
        b.iter(|| {
            let a = agreement_from_str(black_box(&text), "log.avtale.yaml").expect("loads");
            let intact = a.history.verify().is_ok();
            let lines: Vec<String> = a
                .history
                .revisions
                .iter()
                .rev()
                .map(|r| format!("{} {} {} {}", r.number, r.time, r.author, r.message))
                .collect();
            (intact, lines)
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
