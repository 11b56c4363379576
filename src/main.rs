//! Placeholder entry point, replaced below.
fn main() {}
