//! Entry point and the one wiring point: picks the platform's services (HTTP client,
//! keychain store) and launches the Dioxus app with them.

#[cfg(any(feature = "web", feature = "mobile"))]
fn main() {
    // Logs (browser console, stderr, logcat) in debug builds only: release builds carry no
    // subscriber (BENCHMARKS.md, web first load).
    #[cfg(debug_assertions)]
    dioxus_logger::initialize_default();
    // iOS: cover the windows whenever the app resigns active, so the app switcher's snapshot
    // shows no personal data. Registered here, before the launch, so that no first frame is
    // ever uncovered; it needs only Foundation's notification center, not the UIApplication.
    #[cfg(target_os = "ios")]
    macnss_ios_glue::install_privacy_cover();
    dioxus::LaunchBuilder::new()
        .with_context(macnss::services::Services::for_platform())
        .launch(macnss::app::App);
}

/// Desktop: a phone-shaped window titled MaCNSS, without the default menu bar.
#[cfg(all(feature = "desktop", not(any(feature = "web", feature = "mobile"))))]
fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("MaCNSS")
        .with_inner_size(LogicalSize::new(420.0, 860.0));
    dioxus::LaunchBuilder::new()
        .with_context(macnss::services::Services::for_platform())
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(macnss::app::App);
}

#[cfg(not(any(feature = "web", feature = "desktop", feature = "mobile")))]
fn main() {
    // Built without a platform (as `cargo test --workspace` does): nothing to show.
    eprintln!("MaCNSS: build with --features web, desktop or mobile (dx does this for you).");
    std::process::exit(2);
}
