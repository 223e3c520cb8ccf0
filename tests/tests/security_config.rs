//! The desktop shell gives away nothing: this test reads the app's built configuration (the
//! Tauri config, the capabilities and the shell's dependencies) and fails, saying what was
//! loosened, if the content security policy, the permissions given to the page, the plugins or
//! the windows open up more than the app uses.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn shell() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri")
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn config() -> Value {
    json(&shell().join("tauri.conf.json"))
}

/// What each CSP directive may allow. Anything else, or a directive not listed, fails.
const CSP_ALLOWED: &[(&str, &[&str])] = &[
    ("default-src", &["'self'"]),
    ("script-src", &["'self'"]),
    ("style-src", &["'self'"]),
    // The PDF preview is an SVG image made in the app, shown from a blob: URL.
    ("img-src", &["'self'", "blob:"]),
    ("font-src", &["'self'"]),
    // Tauri's IPC channel, and nothing on the network.
    ("connect-src", &["ipc:", "http://ipc.localhost"]),
    ("object-src", &["'none'"]),
    ("base-uri", &["'none'"]),
    ("form-action", &["'none'"]),
    ("frame-ancestors", &["'none'"]),
];

#[test]
fn the_content_security_policy_is_strict() {
    let config = config();
    let csp = config["app"]["security"]["csp"]
        .as_str()
        .expect("app.security.csp is set (a string)");
    let mut seen = BTreeSet::new();
    for directive in csp.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut words = directive.split_whitespace();
        let name = words.next().unwrap_or_default();
        let allowed = CSP_ALLOWED
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("CSP directive {name} is not one the app needs"))
            .1;
        for source in words {
            assert!(
                allowed.contains(&source),
                "CSP loosened: {name} allows {source}"
            );
        }
        seen.insert(name);
    }
    for required in [
        "default-src",
        "script-src",
        "object-src",
        "base-uri",
        "frame-ancestors",
    ] {
        assert!(seen.contains(required), "CSP lacks {required}");
    }
    let security = &config["app"]["security"];
    assert_eq!(
        security["freezePrototype"],
        Value::Bool(true),
        "freezePrototype must stay on"
    );
    for loosening in [
        "dangerousDisableAssetCspModification",
        "dangerousRemoteDomainIpcAccess",
        "assetProtocol",
        "devCsp",
    ] {
        assert!(
            security.get(loosening).is_none(),
            "app.security.{loosening} is set"
        );
    }
}

#[test]
fn the_page_gets_no_global_api_no_remote_url_and_no_devtools() {
    let config = config();
    assert_ne!(
        config["app"]["withGlobalTauri"],
        Value::Bool(true),
        "withGlobalTauri exposes the API to every script"
    );
    let windows = config["app"]["windows"].as_array().expect("windows");
    for window in windows {
        if let Some(url) = window.get("url").and_then(Value::as_str) {
            assert!(
                !url.contains("://") || url.starts_with("tauri://"),
                "a window loads a remote URL: {url}"
            );
        }
        assert_ne!(
            window.get("devtools"),
            Some(&Value::Bool(true)),
            "devtools on a window"
        );
    }
    let dist = config["build"]["frontendDist"]
        .as_str()
        .expect("frontendDist");
    assert!(
        !dist.contains("://"),
        "the UI comes from the app, not {dist}"
    );
    assert!(
        config["plugins"]
            .as_object()
            .is_none_or(serde_json::Map::is_empty),
        "plugin configuration: {}",
        config["plugins"]
    );
}

/// The only permissions the page may have: hearing the app's own close request.
const PERMISSIONS_ALLOWED: &[&str] = &["core:event:allow-listen", "core:event:allow-unlisten"];

#[test]
fn capabilities_give_only_what_the_app_uses() {
    let dir = shell().join("capabilities");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("capabilities folder") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        files += 1;
        let capability = json(&path);
        let name = path.display();
        assert!(
            capability.get("remote").is_none(),
            "{name}: remote URLs get access"
        );
        assert_eq!(
            capability["windows"],
            serde_json::json!(["main"]),
            "{name}: only the main window"
        );
        for permission in capability["permissions"].as_array().expect("permissions") {
            let id = permission
                .as_str()
                .or_else(|| permission["identifier"].as_str())
                .unwrap_or_default();
            assert!(
                PERMISSIONS_ALLOWED.contains(&id),
                "{name}: permission {id} is more than the app uses"
            );
        }
    }
    assert!(files > 0, "no capability files read");
}

#[test]
fn the_shell_has_no_plugin_or_feature_that_opens_it_up() {
    let manifest = std::fs::read_to_string(shell().join("Cargo.toml")).expect("Cargo.toml");
    let plugins: Vec<&str> = manifest
        .lines()
        .filter_map(|l| l.trim().split(['=', ' ', '.']).next())
        .filter(|name| name.starts_with("tauri-plugin-"))
        .collect();
    assert_eq!(
        plugins,
        ["tauri-plugin-dialog"],
        "plugins beyond the file dialogs (opened from Rust)"
    );
    let tauri_line = manifest
        .lines()
        .find(|l| l.trim_start().starts_with("tauri ="))
        .expect("the tauri dependency");
    for feature in ["devtools", "shell-open", "protocol-asset", "unstable"] {
        assert!(
            !tauri_line.contains(feature),
            "tauri feature {feature} is on: {tauri_line}"
        );
    }
}
