//! Reusable widgets shared by the screens: form fields, the error summary, buttons, the back
//! link, the step indicator and the language switcher.

mod form;
mod language_picker;
mod screen;

pub use form::{
    BackLink, DateField, ErrorSummary, FailureBox, PasswordField, SubmitButton, Summary, TextField,
};
pub use language_picker::LanguagePicker;
pub use screen::{Screen, StepIndicator};
