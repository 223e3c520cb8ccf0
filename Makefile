# Two commands for a fresh Debian machine: `make run` builds and starts the app, `make test`
# runs every test. Both install what is missing first (apt-get only when a package is absent).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

# Builds live outside the clone so a later run on the same machine reuses them.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/avtale/target
export PATH := $(HOME)/.cargo/bin:$(PATH)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev xvfb xauth imagemagick \
	poppler-utils qpdf fonts-dejavu-core webkit2gtk-driver \
	libreoffice-writer-nogui xdotool x11-utils desktop-file-utils xclip
TAURI_DRIVER_VERSION := 2.1.0
APP := $(CARGO_TARGET_DIR)/debug/avtale-app
EXAMPLE := examples/hovedavtale-vestland.avtale.yaml
BINDINGS := ui/src/lib/bindings

.PHONY: deb deb-test run test deps apt tauri-driver ui-deps ui bindings check-bindings lint ui-test smoke e2e guide-images rust-test bench bench-editor bench-release fuzz

## Build the app and start it on the example agreement (under Xvfb when there is no display).
run: deps ui
	cargo build -p avtale-app -p avtale-cli
	if [ -n "$${DISPLAY:-}" ]; then "$(APP)" "$(EXAMPLE)"; \
	else echo "No display: starting Avtale under Xvfb (screen :99 style, see README)."; \
	  xvfb-run -a -s '-screen 0 1280x800x24' "$(APP)" "$(EXAMPLE)"; fi

## Every test: formatting, lints, generated types, UI checks and tests, an app start under
## Xvfb with a screenshot, then the Rust test suites (whose summary ends the output).
test: deps ui lint check-bindings ui-test smoke e2e rust-test

deps: apt ui-deps

apt:
	missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

ui-deps: ui/node_modules/.package-lock.json

ui/node_modules/.package-lock.json: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-fund --no-audit --loglevel=error
	touch $@

## The UI is embedded into the app binary at compile time, so it is built first.
ui: ui-deps
	cd ui && npx vite build --logLevel warn

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

## Regenerate the TypeScript types from the Rust model.
bindings:
	rm -rf $(BINDINGS)
	TS_RS_EXPORT_DIR="$(CURDIR)/$(BINDINGS)" cargo test -q --locked -p avtale-core --features ts export_bindings >/dev/null
	TS_RS_EXPORT_DIR="$(CURDIR)/$(BINDINGS)" cargo test -q --locked -p avtale-app export_bindings >/dev/null

## Fails when the committed TypeScript types differ from the Rust model.
check-bindings:
	tmp=$$(mktemp -d); \
	TS_RS_EXPORT_DIR="$$tmp" cargo test -q --locked -p avtale-core --features ts export_bindings >/dev/null; \
	TS_RS_EXPORT_DIR="$$tmp" cargo test -q --locked -p avtale-app export_bindings >/dev/null; \
	if ! diff -r "$$tmp" $(BINDINGS); then echo "TypeScript bindings are stale: run 'make bindings'"; exit 1; fi; \
	rm -rf "$$tmp"

ui-test: ui-deps
	cd ui && npm run --silent check && npm test --silent

## Starts the real app under Xvfb on the example, takes a screenshot and checks it shows a page.
smoke: ui
	cargo build -q --locked -p avtale-app
	tests/smoke-app.sh "$(APP)" "$(EXAMPLE)"

## The WebDriver bridge the end-to-end tests drive the app through.
tauri-driver:
	if ! tauri-driver --help >/dev/null 2>&1; then \
	  cargo install tauri-driver --locked --version $(TAURI_DRIVER_VERSION); fi

## End-to-end tests: the real app under Xvfb, driven through tauri-driver.
e2e: deps tauri-driver ui
	cargo build -q --locked -p avtale-app -p avtale-cli
	AVTALE_APP="$(APP)" xvfb-run -a -s '-screen 0 1280x800x24' \
	  cargo test -q --locked -p avtale-tests --test e2e -- --ignored --test-threads=1

## The user guide's pictures (docs/bilder/guide-*.png), taken again by the end-to-end tests
## that make them (tests/tests/guide.rs checks each has one); not part of make test.
guide-images: deps tauri-driver ui
	cargo build -q --locked -p avtale-app
	rm -rf tests/out/guide && mkdir -p tests/out/guide docs/bilder
	AVTALE_SCREENSHOTS="$(CURDIR)/tests/out/guide" AVTALE_APP="$(APP)" \
	  xvfb-run -a -s '-screen 0 1280x800x24' cargo test -q --locked -p avtale-tests --test e2e -- \
	  --ignored --test-threads=1 the_user_guide_s_walk_through a_sub_agreement_is_linked
	cp tests/out/guide/guide-*.png docs/bilder/

## Benchmarks (not part of make test): load/check/render and diff in the core, PDF export, and
## the editor's start and keystroke round-trip in the real app.
bench:
	cargo bench -p avtale-core --bench load_check_render
	cargo bench -p avtale-core --bench diff
	cargo bench -p avtale-pdf --bench export

bench-editor: deps tauri-driver ui
	cargo build -q --locked -p avtale-app
	AVTALE_APP="$(APP)" xvfb-run -a -s '-screen 0 1280x800x24' \
	  cargo bench -q --locked -p avtale-tests --bench editor

## The release CLI's PDF export against LibreOffice converting the same agreement's HTML, in
## one run: medians, the ratio, page counts, peak memory, binary sizes (tests/bench-release.sh).
bench-release: apt
	command -v hyperfine >/dev/null || { $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends hyperfine; }
	tests/bench-release.sh

## A Debian package of the release app and CLI, bundled by Tauri's bundler through the npm CLI
## (`ui/node_modules/.bin/tauri`): both programs in /usr/bin, a desktop entry that opens
## *.avtale.yaml files (their MIME type, application/x-avtale+yaml, ships with it), icons, and a
## dependency on WebKitGTK. The bundle's settings are src-tauri/tauri.bundle.conf.json, merged
## only here, so `cargo build` stays as it is. Release builds are slow: see the README.
DEB_DIR = $(CARGO_TARGET_DIR)/release/bundle/deb
## The CLI is built in the same cargo run as the app (the runner's arguments after --), so the
## two share one build of every library (apart, their features differ and Typst builds twice).
deb: deps ui
	rm -f $(DEB_DIR)/*.deb
	cd src-tauri && ../ui/node_modules/.bin/tauri build --ci --bundles deb \
	  --config tauri.bundle.conf.json \
	  --config '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/avtale":"$(CARGO_TARGET_DIR)/release/avtale"}}}}}' \
	  -- --locked -p avtale-app -p avtale-cli
	ls -l $(DEB_DIR)/*.deb

## Builds the package, unpacks it into a scratch root, checks its contents, desktop entry and MIME
## type, and starts the packaged app under Xvfb on the example as the desktop entry would.
deb-test: deb
	tests/deb-install.sh $(DEB_DIR)/*.deb $(EXAMPLE)

rust-test:
	if cargo nextest --version >/dev/null 2>&1; then \
	  cargo nextest run --workspace --locked --no-fail-fast; \
	else cargo test --workspace --locked --no-fail-fast; fi

## Coverage-guided fuzzing (not part of make test; needs the nightly toolchain and
## `cargo install cargo-fuzz`): each target runs FUZZ_SECONDS seconds from the repository's
## real files. Crashes land in fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= agreement template render prose_diff docx_import
fuzz:
	fuzz/seed-corpus.sh
	for t in $(FUZZ_TARGETS); do \
	  cargo +nightly fuzz run --fuzz-dir fuzz "$$t" "fuzz/corpus/$$t" -- \
	    -dict=fuzz/yaml.dict -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 \
	    -max_len=65536 -print_final_stats=1; \
	done
