//! The inbox: what the server tells a person about their own records and account, as
//! messages they read in the app («Mes messages»).
//!
//! A message holds a [`Notice`]: what happened, as references (a claim's id, a child's id, a
//! date) and states — never a sentence. The app renders it in the reader's language when it is
//! read, and takes the reader to the screen it concerns ([`Notice::link`]). The same notice
//! gives a push notification only a generic title and body and the message's id (issue 16):
//! nothing in a notice is needed to render that.
//!
//! Messages are numbered per server ([`InboxMessage::seq`], increasing): a page of older
//! messages is asked for from the `next` cursor of the previous one, and the app waits for newer ones `after` the newest
//! it has ([`InboxWaitQuery`], a long poll: one ordinary authenticated request, which every
//! webview and proxy carries, where an `EventSource` could not send the bearer token).
//!
//! ```
//! use macnss_api::inbox::{Link, Notice, Topic};
//! let n = Notice::ClaimChanged { claim_id: "c1".into(), state: macnss_api::records::ClaimState::Reimbursed };
//! assert_eq!(n.topic(), Topic::Claims);
//! assert_eq!(n.link(), Link::Claim { claim_id: "c1".into() });
//! ```

use crate::attestation::AttestationKind;
use crate::records::{CertificateRefusal, ClaimState, PaymentKind};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The most messages a page holds, and the default.
pub const MAX_PAGE: u32 = 50;

/// How long the server holds a wait open before answering that nothing is new, in seconds
/// (below the app's 20 s request timeout, and below common proxies' idle timeouts).
pub const WAIT_SECONDS: u64 = 15;

/// What a message is about: the categories a person chooses push notifications by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// AMO claims.
    Claims,
    /// Payments made.
    Payments,
    /// Family allowances and the TAWIDATY schooling check.
    Family,
    /// Attestations issued.
    Attestations,
    /// The account's security: sign-ins, the password, the bank account.
    Security,
}

impl Topic {
    pub const ALL: [Self; 5] = [
        Self::Claims,
        Self::Payments,
        Self::Family,
        Self::Attestations,
        Self::Security,
    ];
}

/// What happened, as references and states only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
pub enum Notice {
    /// A claim moved (being processed, incomplete, reimbursed, refused).
    ClaimChanged { claim_id: String, state: ClaimState },
    /// CNSS made a payment.
    PaymentMade { kind: PaymentKind },
    /// A child's school certificate is asked for, before `due`.
    CertificateRequired { child_id: String, due: NaiveDate },
    /// A reminder: the certificate is still awaited, and `due` is at most 7 days away.
    CertificateDueSoon { child_id: String, due: NaiveDate },
    /// The certificate sent was accepted.
    CertificateAccepted { child_id: String },
    /// The certificate sent was refused; another is asked for before `due`.
    CertificateRefused {
        child_id: String,
        reason: CertificateRefusal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<NaiveDate>,
    },
    /// Nothing arrived in time: the child's allowance is suspended.
    AllowanceSuspended { child_id: String },
    /// A document issued to the person was revoked: its code no longer verifies online.
    AttestationRevoked {
        attestation_id: String,
        attestation: AttestationKind,
    },
    /// The account was signed in to while another device was signed in.
    NewSignIn,
    /// The password was changed from the account.
    PasswordChanged,
    /// The password was reset («Mot de passe oublié»).
    PasswordReset,
    /// The bank account (RIB) payments go to was changed.
    BankAccountChanged,
}

/// The screen a message takes its reader to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum Link {
    Claim { claim_id: String },
    Payments,
    Family,
    Certificate { child_id: String },
    Attestation { attestation_id: String },
    Devices,
    BankAccount,
}

impl Notice {
    pub fn topic(&self) -> Topic {
        match self {
            Self::ClaimChanged { .. } => Topic::Claims,
            Self::PaymentMade { .. } => Topic::Payments,
            Self::CertificateRequired { .. }
            | Self::CertificateDueSoon { .. }
            | Self::CertificateAccepted { .. }
            | Self::CertificateRefused { .. }
            | Self::AllowanceSuspended { .. } => Topic::Family,
            Self::AttestationRevoked { .. } => Topic::Attestations,
            Self::NewSignIn
            | Self::PasswordChanged
            | Self::PasswordReset
            | Self::BankAccountChanged => Topic::Security,
        }
    }

    /// Where reading it leads.
    pub fn link(&self) -> Link {
        match self {
            Self::ClaimChanged { claim_id, .. } => Link::Claim {
                claim_id: claim_id.clone(),
            },
            Self::PaymentMade { .. } => Link::Payments,
            Self::CertificateRequired { child_id, .. }
            | Self::CertificateDueSoon { child_id, .. }
            | Self::CertificateRefused { child_id, .. } => Link::Certificate {
                child_id: child_id.clone(),
            },
            Self::CertificateAccepted { .. } | Self::AllowanceSuspended { .. } => Link::Family,
            Self::AttestationRevoked { attestation_id, .. } => Link::Attestation {
                attestation_id: attestation_id.clone(),
            },
            Self::NewSignIn | Self::PasswordChanged | Self::PasswordReset => Link::Devices,
            Self::BankAccountChanged => Link::BankAccount,
        }
    }

    /// Worth interrupting the person for (a push notification, the OS permission asked in
    /// context): everything but a claim merely taken into processing.
    pub fn is_worth_a_push(&self) -> bool {
        !matches!(
            self,
            Self::ClaimChanged {
                state: ClaimState::Received | ClaimState::Processing,
                ..
            }
        )
    }
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InboxMessage {
    /// Stable and unguessable (the same in a push notification: the app shows each message
    /// once).
    pub id: String,
    /// Its number on this server: newer messages have larger ones.
    pub seq: i64,
    pub at: DateTime<Utc>,
    pub read: bool,
    pub notice: Notice,
}

/// A page of the inbox: the unread messages first, newest first, then the read ones, newest
/// first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Inbox {
    pub messages: Vec<InboxMessage>,
    /// Unread messages in all (not only on this page).
    pub unread: u32,
    /// The newest message's number (0 when there is none): wait for messages after it.
    pub latest: i64,
    /// Ask for the next page with `cursor` set to this (absent: this was the last page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// Where a page starts. Written `u<n>` (unread messages numbered below `n`, then every read
/// one) or `r<n>` (read messages numbered below `n`). A message read between two pages may
/// appear on both: the app keeps one per id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cursor {
    Unread(i64),
    Read(i64),
}

impl Cursor {
    /// The first page.
    pub const START: Self = Self::Unread(i64::MAX);

    pub fn parse(s: &str) -> Option<Self> {
        let n = |rest: &str| rest.parse::<i64>().ok().filter(|n| *n > 0);
        match s.split_at_checked(1)? {
            ("u", rest) => n(rest).map(Self::Unread),
            ("r", rest) => n(rest).map(Self::Read),
            _ => None,
        }
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unread(n) => write!(f, "u{n}"),
            Self::Read(n) => write!(f, "r{n}"),
        }
    }
}

/// `GET /v1/inbox`: a page, from `cursor` (the `next` of the previous page; absent: the
/// first page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InboxQuery {
    /// The `next` of the previous page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(pattern = "^[ur][1-9][0-9]{0,18}$"))]
    pub cursor: Option<String>,
    /// 1 to 50 (default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 50))]
    pub limit: Option<u32>,
}

impl InboxQuery {
    /// The page size asked for, within bounds.
    pub fn limit(&self) -> u32 {
        self.limit.unwrap_or(MAX_PAGE).clamp(1, MAX_PAGE)
    }

    /// Where the page starts; `None`: not a cursor this server gave.
    pub fn cursor(&self) -> Option<Cursor> {
        match &self.cursor {
            None => Some(Cursor::START),
            Some(c) => Cursor::parse(c),
        }
    }
}

/// `GET /v1/inbox/wait`: answers as soon as a message newer than `after` exists, or after
/// [`WAIT_SECONDS`] with none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InboxWaitQuery {
    pub after: i64,
}

/// `POST /v1/inbox/read-all`: marks read every message numbered up to `up_to` (the newest the
/// app has shown), so that one posted since — a security notice, say — is not marked read
/// unseen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MarkAllReadRequest {
    pub up_to: i64,
}

/// What a wait answers: the messages newer than `after` (oldest first, at most
/// [`MAX_PAGE`]), and the counts as they are now. When there were more, `latest` is the
/// number of the last one given, so the next wait brings the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InboxChanges {
    pub messages: Vec<InboxMessage>,
    pub unread: u32,
    /// The newest message's number: wait after it next.
    pub latest: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_notice() -> Vec<Notice> {
        let day = NaiveDate::from_ymd_opt(2026, 12, 15).expect("a date");
        vec![
            Notice::ClaimChanged {
                claim_id: "c".into(),
                state: ClaimState::Refused,
            },
            Notice::PaymentMade {
                kind: PaymentKind::FamilyAllowance,
            },
            Notice::CertificateRequired {
                child_id: "k".into(),
                due: day,
            },
            Notice::CertificateDueSoon {
                child_id: "k".into(),
                due: day,
            },
            Notice::CertificateAccepted {
                child_id: "k".into(),
            },
            Notice::CertificateRefused {
                child_id: "k".into(),
                reason: CertificateRefusal::Unreadable,
                due: Some(day),
            },
            Notice::AllowanceSuspended {
                child_id: "k".into(),
            },
            Notice::AttestationRevoked {
                attestation_id: "a".into(),
                attestation: AttestationKind::AmoRights,
            },
            Notice::NewSignIn,
            Notice::PasswordChanged,
            Notice::PasswordReset,
            Notice::BankAccountChanged,
        ]
    }

    #[test]
    fn every_notice_round_trips_tagged_by_its_event() {
        for n in every_notice() {
            let json = serde_json::to_value(&n).expect("json");
            assert!(json["event"].is_string(), "{json}");
            assert_eq!(serde_json::from_value::<Notice>(json).expect("a notice"), n);
        }
        let json = serde_json::to_string(&Notice::NewSignIn).expect("json");
        assert_eq!(json, r#"{"event":"new_sign_in"}"#);
    }

    #[test]
    fn every_topic_has_a_notice_and_every_link_is_reached() {
        let notices = every_notice();
        for t in Topic::ALL {
            assert!(notices.iter().any(|n| n.topic() == t), "{t:?}");
        }
        let links: Vec<Link> = notices.iter().map(Notice::link).collect();
        for l in [
            Link::Claim {
                claim_id: "c".into(),
            },
            Link::Payments,
            Link::Family,
            Link::Certificate {
                child_id: "k".into(),
            },
            Link::Attestation {
                attestation_id: "a".into(),
            },
            Link::Devices,
            Link::BankAccount,
        ] {
            assert!(links.contains(&l), "{l:?}");
        }
    }

    #[test]
    fn a_claim_taken_into_processing_is_not_worth_a_push() {
        for (state, worth) in [
            (ClaimState::Received, false),
            (ClaimState::Processing, false),
            (ClaimState::Incomplete, true),
            (ClaimState::Reimbursed, true),
            (ClaimState::Refused, true),
        ] {
            let n = Notice::ClaimChanged {
                claim_id: "c".into(),
                state,
            };
            assert_eq!(n.is_worth_a_push(), worth, "{state:?}");
        }
        assert!(Notice::NewSignIn.is_worth_a_push());
    }

    #[test]
    fn the_page_size_is_bounded() {
        let q = |limit| InboxQuery {
            cursor: None,
            limit,
        };
        assert_eq!(q(None).limit(), MAX_PAGE);
        assert_eq!(q(Some(0)).limit(), 1);
        assert_eq!(q(Some(7)).limit(), 7);
        assert_eq!(q(Some(MAX_PAGE + 1)).limit(), MAX_PAGE);
    }

    #[test]
    fn cursors_round_trip_and_nothing_else_is_one() {
        for c in [
            Cursor::Unread(1),
            Cursor::Read(42),
            Cursor::Unread(i64::MAX),
        ] {
            assert_eq!(Cursor::parse(&c.to_string()), Some(c));
        }
        for bad in [
            "",
            "u",
            "r0",
            "u-3",
            "x12",
            "r12a",
            "ü1",
            "r99999999999999999999",
        ] {
            assert_eq!(Cursor::parse(bad), None, "{bad:?}");
        }
        let q = |c: Option<&str>| InboxQuery {
            cursor: c.map(str::to_owned),
            limit: None,
        };
        assert_eq!(q(None).cursor(), Some(Cursor::START));
        assert_eq!(q(Some("r7")).cursor(), Some(Cursor::Read(7)));
        assert_eq!(q(Some("7")).cursor(), None);
    }

    #[test]
    fn an_unknown_notice_kind_is_refused() {
        assert!(serde_json::from_str::<Notice>(r#"{"event":"lottery_won"}"#).is_err());
    }
}
