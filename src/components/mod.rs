//! Reusable widgets shared by the screens.

mod language_picker;

pub use language_picker::LanguagePicker;
