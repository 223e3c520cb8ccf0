//! Driving the real app through tauri-driver and WebKitWebDriver, shared by the end-to-end
//! tests and the editor benchmark (each includes this file as a module).

#![allow(dead_code)]

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// A running tauri-driver, stopped with SIGTERM when dropped (SIGKILL would leave
/// WebKitWebDriver and the app running).
pub(crate) struct Driver {
    child: Child,
    port: u16,
}

/// A port nobody listens on now (a lingering WebKitWebDriver from an earlier run may still
/// hold a fixed one).
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

impl Driver {
    /// Starts tauri-driver; the app it launches inherits `env` (its data folder, and the path
    /// file dialogs answer with).
    pub(crate) fn start(env: &[(&str, &Path)]) -> Driver {
        let (port, native) = (free_port(), free_port());
        let mut command = Command::new("tauri-driver");
        command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (key, value) in env {
            command.env(key, value);
        }
        let child = command
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

pub(crate) fn app() -> String {
    std::env::var("AVTALE_APP").expect("AVTALE_APP names the app binary (see make e2e)")
}

/// Starts the app with `args` and opens a WebDriver session on it.
pub(crate) async fn open(driver: &Driver, args: &[String]) -> Client {
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

/// Waits for an element matching a CSS selector.
pub(crate) async fn css(client: &Client, selector: &str) -> Element {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(selector))
        .await
        .unwrap_or_else(|e| panic!("element {selector}: {e}"))
}

/// Waits for an element by test id.
pub(crate) async fn by_test_id(client: &Client, id: &str) -> Element {
    css(client, &format!("[data-testid=\"{id}\"]")).await
}
