//! End-to-end tests of Avtale; see the files under `tests/`.
