//! What each route renders. Views read a flow's state, dispatch its events and render; they
//! hold no HTTP and no validation logic.

mod welcome;

use dioxus::prelude::*;
pub use welcome::Welcome;

/// Every screen of the app.
#[derive(Routable, Clone, Debug, PartialEq)]
#[rustfmt::skip]
pub enum Route {
    #[route("/")]
    Welcome {},
}
