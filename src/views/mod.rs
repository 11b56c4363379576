//! What each route renders. Views read a flow's state, dispatch its events and render; they
//! hold no HTTP and no validation logic.

mod account;
mod attestations;
mod career;
mod claims;
mod contact;
mod family;
mod inbox;
mod payments;
mod recovery;
mod shell;
mod sign_in;
mod sign_up;
mod space;
mod terms;
mod update;
pub mod warm_up;
mod welcome;

use crate::app::I18n;
use crate::components::Summary;
use crate::flows::form::FormErrors;
pub use account::{
    AccountDeletedPage, AccountPage, ContactDetailsPage, DeleteAccountPage, DevicesPage,
    LostPhonePage, PasswordPage, QuickUnlockPage, UnlockPage,
};
pub use attestations::{AttestationPage, AttestationRequestPage, AttestationsPage, VerifyPage};
pub use career::{CareerPage, ReportsPage};
pub use claims::{ClaimPage, ClaimsPage};
pub use contact::ContactPage;
use dioxus::prelude::*;
pub use family::{CertificatePage, FamilyPage};
pub use inbox::{InboxMessagePage, InboxPage};
pub use payments::{BankAccountPage, PaymentsPage};
pub use recovery::RecoveryPage;
pub use shell::{PrivateLayout, Shell};
pub use sign_in::SignInPage;
pub use sign_up::SignUpPage;
pub use space::Space;
pub use terms::Terms;
pub use update::UpdateRequired;
pub use welcome::Welcome;

/// Every screen of the app. Paths carry no personal data. The private screens sit inside
/// `PrivateLayout` (its guard is the model's: `Model::guard`).
#[derive(Routable, Clone, Debug, PartialEq)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
    #[route("/")]
    Welcome {},
    #[route("/inscription")]
    SignUpPage {},
    #[route("/connexion")]
    SignInPage {},
    #[route("/connexion/numero-perdu")]
    LostPhonePage {},
    #[route("/deverrouiller")]
    UnlockPage {},
    #[route("/compte-supprime")]
    AccountDeletedPage {},
    #[route("/mot-de-passe-oublie")]
    RecoveryPage {},
    #[layout(PrivateLayout)]
        #[route("/espace")]
        Space {},
        #[route("/espace/carriere")]
        CareerPage {},
        #[route("/espace/carriere/signaler")]
        ReportsPage {},
        #[route("/espace/remboursements")]
        ClaimsPage {},
        #[route("/espace/remboursements/:claim_id")]
        ClaimPage { claim_id: String },
        #[route("/espace/famille")]
        FamilyPage {},
        #[route("/espace/famille/:child_id/certificat")]
        CertificatePage { child_id: String },
        #[route("/espace/paiements")]
        PaymentsPage {},
        #[route("/espace/paiements/compte")]
        BankAccountPage {},
        #[route("/espace/compte")]
        AccountPage {},
        #[route("/espace/compte/coordonnees")]
        ContactDetailsPage {},
        #[route("/espace/compte/mot-de-passe")]
        PasswordPage {},
        #[route("/espace/compte/appareils")]
        DevicesPage {},
        #[route("/espace/compte/verrouillage")]
        QuickUnlockPage {},
        #[route("/espace/compte/supprimer")]
        DeleteAccountPage {},
        #[route("/espace/attestations")]
        AttestationsPage {},
        #[route("/espace/attestations/demande")]
        AttestationRequestPage {},
        #[route("/espace/attestations/:attestation_id")]
        AttestationPage { attestation_id: String },
        #[route("/espace/messages")]
        InboxPage {},
        #[route("/espace/messages/:message_id")]
        InboxMessagePage { message_id: String },
    #[end_layout]
    #[route("/verifier")]
    VerifyPage {},
    #[route("/contact")]
    ContactPage {},
    #[route("/cgu")]
    Terms {},
    #[route("/mise-a-jour")]
    UpdateRequired {},
}

/// The element a field error links to: the input itself, or the first part of a date.
fn target_of(field: &str) -> String {
    match field {
        "document_expiry" | "birth_date" => format!("{field}-day"),
        other => other.to_owned(),
    }
}

/// The error summary's lines, in the order of the flow's field errors.
pub(crate) fn summary(i18n: &I18n, errors: &FormErrors) -> Vec<Summary> {
    errors
        .fields
        .iter()
        .map(|e| Summary {
            target: target_of(&e.field),
            message: message(i18n, &e.field, e.code),
        })
        .collect()
}

/// The message shown by one field, if it was refused.
pub(crate) fn field_error(i18n: &I18n, errors: &FormErrors, field: &str) -> Option<String> {
    errors.field(field).map(|code| message(i18n, field, code))
}

/// An empty field says which field ("Saisissez votre date de naissance"), not just "required".
fn message(i18n: &I18n, field: &str, code: macnss_api::ValidationError) -> String {
    if code == macnss_api::ValidationError::Required {
        let id = format!("field-error-required-{}", field.replace('_', "-"));
        if let Some(text) = i18n.try_t(&id) {
            return text;
        }
    }
    i18n.field_error(code)
}
