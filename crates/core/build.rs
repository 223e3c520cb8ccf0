//! Compiles the shipped clause templates, starters, term bank, legal facts and county regions (`templates/` at the workspace
//! root) into the program, so an installed Avtale needs no template files beside it.

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn main() {
    // Read at run time, not with `env!`: a build script compiled for one clone may be run for
    // another clone at a different path when they share a target directory.
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("../../templates");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut out = String::new();
    for (name, dir) in [
        ("TEMPLATES", root.clone()),
        ("STARTERS", root.join("starters")),
        ("TERMS", root.join("terms")),
        ("FACTS", root.join("facts")),
        ("REGIONS", root.join("regions")),
    ] {
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = match fs::read_dir(&dir) {
            Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
            Err(err) => panic!(
                "cannot read the shipped templates in {}: {err}",
                dir.display()
            ),
        };
        files.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
        files.sort();
        let _ = writeln!(out, "/// Shipped files: (file name, text).");
        let _ = writeln!(out, "pub(crate) const {name}: &[(&str, &str)] = &[");
        for file in files {
            println!("cargo::rerun-if-changed={}", file.display());
            let file_name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let abs = fs::canonicalize(&file).unwrap_or(file);
            let _ = writeln!(
                out,
                "    ({file_name:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
        let _ = writeln!(out, "];");
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("shipped.rs");
    if let Err(err) = fs::write(&dest, out) {
        panic!("cannot write {}: {err}", dest.display());
    }
}
