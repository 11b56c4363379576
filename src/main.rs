//! Entry point and the one wiring point: picks the platform's services (HTTP client,
//! keychain store) and launches the Dioxus app with them.

#[cfg(any(feature = "web", feature = "desktop", feature = "mobile"))]
fn main() {
    dioxus::LaunchBuilder::new()
        .with_context(macnss::services::Services::for_platform())
        .launch(macnss::app::App);
}

#[cfg(not(any(feature = "web", feature = "desktop", feature = "mobile")))]
fn main() {
    // Built without a platform (as `cargo test --workspace` does): nothing to show.
    eprintln!("MaCNSS: build with --features web, desktop or mobile (dx does this for you).");
    std::process::exit(2);
}
