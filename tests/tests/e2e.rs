//! End-to-end tests: the real app under Xvfb, driven through tauri-driver and WebKitWebDriver.
//!
//! They need a display, `tauri-driver` and `WebKitWebDriver`, and the app built, so they are
//! ignored by a plain `cargo test`; `make e2e` (part of `make test`) runs them under Xvfb with
//! `AVTALE_APP` set to the app binary.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// A running tauri-driver, stopped with SIGTERM when dropped (SIGKILL would leave
/// WebKitWebDriver and the app running).
struct Driver {
    child: Child,
    port: u16,
}

/// A port nobody listens on now (a lingering WebKitWebDriver from an earlier run may still
/// hold a fixed one).
fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

impl Driver {
    fn start() -> Driver {
        let (port, native) = (free_port(), free_port());
        let child = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver is installed (make e2e installs it)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

fn app() -> String {
    std::env::var("AVTALE_APP").expect("AVTALE_APP names the app binary (see make e2e)")
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/hovedavtale-vestland.avtale.yaml")
}

/// Starts the app with `args` and opens a WebDriver session on it.
async fn open(driver: &Driver, args: &[String]) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "wry".into());
    caps.insert(
        "tauri:options".into(),
        serde_json::json!({ "application": app(), "args": args }),
    );
    // tauri-driver listens before WebKitWebDriver behind it is ready; the first request may be
    // cut off, so try again for a while.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
        {
            Ok(client) => return client,
            Err(err) if Instant::now() < deadline => {
                eprintln!("no WebDriver session yet ({err}); trying again");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Err(err) => panic!("a WebDriver session on the app: {err}"),
        }
    }
}

/// Waits for an element by test id.
async fn by_test_id(client: &Client, id: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(&format!("[data-testid=\"{id}\"]")))
        .await
        .unwrap_or_else(|e| panic!("element {id}: {e}"))
}

/// Polls until `f` is true for the element's text.
async fn wait_for_text(client: &Client, id: &str, f: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = by_test_id(client, id)
            .await
            .text()
            .await
            .unwrap_or_default();
        if f(&text) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{id} never matched; last text: {text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make e2e`"]
async fn opens_an_agreement_and_switches_language() {
    let driver = Driver::start();
    let client = open(&driver, &[example().display().to_string()]).await;

    let preview = wait_for_text(&client, "preview", |t| t.contains("Samarbeidsavtale")).await;
    assert!(preview.contains("1. Formål"), "{preview}");
    assert!(preview.contains("NAV Vestland"), "{preview}");
    let panel = by_test_id(&client, "diagnostics")
        .await
        .text()
        .await
        .unwrap();
    assert!(panel.contains("0 feil"), "{panel}");

    // The chrome switches to nynorsk and English; the agreement's own text stays as written.
    let select = by_test_id(&client, "language-select").await;
    select.select_by_value("nn").await.expect("choose nynorsk");
    wait_for_text(&client, "diagnostics", |t| t.contains("Kontrollar")).await;
    select.select_by_value("en").await.expect("choose English");
    wait_for_text(&client, "diagnostics", |t| t.contains("Checks")).await;
    let preview = by_test_id(&client, "preview").await.text().await.unwrap();
    assert!(preview.contains("1. Formål"), "{preview}");

    client.close().await.expect("close the session");
}
