//! The private space («Mon espace»): everything that exists only while a full session is open.
//! The root model holds it as `Option<PrivateSpace>`: created by a full sign-in or a restored
//! session, dropped whole by sign-out and by expiry, so nothing of one person outlives their
//! session (records live in memory only, never on disk). A restricted session (temporary
//! password) never creates one.
//!
//! Read-only records are [`Remote`]s, loaded when their screen first opens and refreshed on
//! demand: the summary of «Mon espace», the career, the claims (with a filter and a claim
//! opened by its id), the family with its TAWIDATY checks, the payments, the reports. The
//! forms are flows of their own: a certificate being sent ([`CertificateUpload`]), the bank
//! account being changed ([`BankChange`]), a missing month being reported ([`ReportForm`]).
//! Each answer names the [`Part`] it is for, and only a part that waits for an answer takes it.

use super::account::{
    AccountDeletion, ContactChange, ContactEvent, ContactStep, DeletionEvent, PasswordChange,
    PasswordEvent,
};
use super::attestations::{self, Attestations};
use super::bank::{self, BankChange};
use super::certificate::{self, CertificateUpload};
use super::form::FormErrors;
use super::inbox::{self, Inbox};
use super::push::{self, Push};
use super::remote::{Fetched, Remote};
use super::report::{self, ReportForm};
use super::{ApiError, Effect, Request, Response};
use chrono::{DateTime, Utc};
use macnss_api::account::AccountOverview;
use macnss_api::records::{
    Career, Claim, ClaimState, Claims, Family, Payments, Reports, SpaceSummary, YearMonth,
};
use macnss_api::types::{Channel, Profile, SessionResponse, Token};

/// The value of an answer of the expected kind; any other kind is a contract violation, shown
/// as the server failing (never a wrong value shown).
macro_rules! take {
    ($result:expr, $variant:path) => {
        match $result {
            Ok($variant(value)) => Ok(value),
            Ok(_) => Err(ApiError::Unavailable { status: 200 }),
            Err(e) => Err(e),
        }
    };
    ($result:expr, $variant:path, boxed) => {
        match $result {
            Ok($variant(value)) => Ok(*value),
            Ok(_) => Err(ApiError::Unavailable { status: 200 }),
            Err(e) => Err(e),
        }
    };
}

/// A record as just answered.
fn loaded<T: super::remote::Content>(value: T, now: DateTime<Utc>) -> Remote<T> {
    Remote::Loaded(Fetched {
        value,
        fetched_at: now,
    })
}

/// The part of the space a request is for, so its answer goes back there: a claim by its id,
/// a certificate by its upload's scope (an answer for another claim or another child's upload
/// is not theirs).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Part {
    Me,
    Summary,
    Career,
    Claims,
    Claim(String),
    Family,
    Certificate(String),
    Payments,
    Bank,
    Reports,
    Report,
    /// «Mon compte»: the overview (contact details, sessions).
    Account,
    /// Revoking a session or all the others.
    Sessions,
    Contact,
    Password,
    Deletion,
    /// «Mes attestations»: the catalog.
    Attestations,
    /// An attestation being generated.
    Issue,
    /// A document's PDF being saved.
    Pdf,
    /// «Mes messages»: the first page, a next page, the live wait.
    Inbox,
    InboxMore,
    InboxWait,
    /// The message a notification named, being opened.
    InboxOpen,
    /// The topics pushed: loaded, or changed.
    PushPreferences,
}

/// A screen of the space whose records load when it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Home,
    Career,
    Claims,
    Family,
    Payments,
    Reports,
    /// «Mon compte» and «Mes appareils».
    Account,
    /// «Mes attestations» (a dependant's too: their own AMO rights).
    Attestations,
    /// «Mes messages» (a dependant's too).
    Inbox,
}

/// Signing out other devices from «Mes appareils».
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revoking {
    One(String),
    Others,
}

/// The claims shown: by state and by beneficiary (`None`: all). Kept while the space is
/// open, so coming back to the list finds it as it was left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    pub state: Option<ClaimState>,
    pub beneficiary: Option<String>,
}

impl ClaimFilter {
    pub fn admits(&self, claim: &Claim) -> bool {
        self.state.is_none_or(|s| s == claim.state)
            && self
                .beneficiary
                .as_ref()
                .is_none_or(|b| *b == claim.beneficiary.id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A screen of the space is shown: load what it shows unless it is there (a failed load
    /// is tried again).
    Opened(Section),
    /// «Actualiser» or «Réessayer».
    Refresh(Section),
    FilterClaims(ClaimFilter),
    /// A claim's page, by its id (a tap in the list, or a deep link).
    OpenClaim(String),
    /// A child's certificate page.
    OpenCertificate(String),
    Certificate(certificate::Event),
    StartBankChange,
    Bank(bank::Event),
    /// «Signaler une déclaration manquante», prefilled when it comes from a gap.
    StartReport {
        employer_id: Option<String>,
        month: Option<YearMonth>,
    },
    Report(report::Event),
    /// «Modifier» beside the phone or the e-mail.
    StartContactChange(Channel),
    Contact(ContactEvent),
    StartPasswordChange,
    Password(PasswordEvent),
    StartDeletion,
    Deletion(DeletionEvent),
    /// «Déconnecter» beside a session, by its public id.
    RevokeSession(String),
    /// «Déconnecter tous les autres appareils».
    RevokeOthers,
    /// «Mes attestations»: choosing, the form, generating, saving the PDF.
    Attestations(attestations::Event),
    /// «Mes messages»: the next page, reading.
    Inbox(inbox::Event),
    /// Push notifications on this device, and the topics pushed.
    Push(push::Event),
    Response(Part, Result<Response, ApiError>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PrivateSpace {
    /// Who is signed in, as the session said (shown at once).
    pub profile: Profile,
    refresh_token: Token,
    /// The profile as the server has it now (`GET /v1/me`).
    pub me: Remote<Profile>,
    pub summary: Remote<SpaceSummary>,
    pub career: Remote<Career>,
    pub claims: Remote<Claims>,
    pub claim_filter: ClaimFilter,
    /// The claim whose page is open, by id; loaded on its own only when the list does not
    /// hold it (a deep link).
    pub claim: Option<(String, Remote<Claim>)>,
    pub family: Remote<Family>,
    pub certificate: Option<CertificateUpload>,
    pub payments: Remote<Payments>,
    pub bank: Option<BankChange>,
    pub reports: Remote<Reports>,
    pub report: Option<ReportForm>,
    /// «Mon compte»: the contact details, masked, and the sessions.
    pub account: Remote<AccountOverview>,
    /// A revocation in flight, and the failure of the last one.
    pub revoking: Option<Revoking>,
    pub revoke_errors: FormErrors,
    pub contact: Option<ContactChange>,
    pub password: Option<PasswordChange>,
    pub deletion: Option<AccountDeletion>,
    /// «Mes attestations»: the catalog, the form, the PDF being saved.
    pub attestations: Attestations,
    /// «Mes messages»: the list, the next page, the live wait.
    pub inbox: Inbox,
    /// Push notifications: this device's permission and the topics pushed.
    pub push: Push,
    /// Forms opened so far, and when the space opened: together the scope of each form's
    /// idempotency keys, unique to the form (a later form, in this session or another, is a
    /// new request and never the replay of an earlier one).
    forms: u32,
    opened_at: i64,
}

impl PrivateSpace {
    /// The space of a full session, opened at `now`. `None` for a restricted one. The profile
    /// came with the session, so it is shown as fetched then, without a second request;
    /// «Actualiser» asks the server again.
    pub fn open(session: &SessionResponse, now: DateTime<Utc>) -> Option<Self> {
        (!session.password_change_required).then(|| Self {
            profile: session.profile.clone(),
            refresh_token: session.refresh_token.clone(),
            me: Remote::Loaded(Fetched {
                value: session.profile.clone(),
                fetched_at: now,
            }),
            summary: Remote::Idle,
            career: Remote::Idle,
            claims: Remote::Idle,
            claim_filter: ClaimFilter::default(),
            claim: None,
            family: Remote::Idle,
            certificate: None,
            payments: Remote::Idle,
            bank: None,
            reports: Remote::Idle,
            report: None,
            account: Remote::Idle,
            revoking: None,
            revoke_errors: FormErrors::default(),
            contact: None,
            password: None,
            deletion: None,
            attestations: Attestations::default(),
            inbox: Inbox::default(),
            push: Push::default(),
            forms: 0,
            opened_at: now
                .timestamp_nanos_opt()
                .unwrap_or_else(|| now.timestamp_micros()),
        })
    }

    pub fn account_id(&self) -> &str {
        &self.profile.account_id
    }

    /// A dependant's space: their own AMO rights and claims, never the insured's career,
    /// family or bank account.
    pub fn is_dependant(&self) -> bool {
        self.profile.kind == macnss_api::types::AccountKind::Dependant
    }

    /// The refresh token, to tell the server at sign-out.
    pub fn refresh_token(&self) -> &Token {
        &self.refresh_token
    }

    /// The tokens were renewed (a refresh behind an authenticated request).
    pub fn renewed(&mut self, session: &SessionResponse) {
        self.refresh_token = session.refresh_token.clone();
        self.profile = session.profile.clone();
    }

    /// Whether `part` waits for an answer (a late one for a part that does not changes
    /// nothing).
    pub fn waits_for(&self, part: &Part) -> bool {
        match part {
            Part::Me => self.me.is_loading(),
            Part::Summary => self.summary.is_loading(),
            Part::Career => self.career.is_loading(),
            Part::Claims => self.claims.is_loading(),
            Part::Claim(id) => self
                .claim
                .as_ref()
                .is_some_and(|(open, c)| open == id && c.is_loading()),
            Part::Family => self.family.is_loading(),
            Part::Certificate(scope) => self.certificate.as_ref().is_some_and(|c| {
                c.scope() == scope && matches!(c.step, certificate::Step::Sending(_))
            }),
            Part::Payments => self.payments.is_loading(),
            Part::Bank => self.bank.as_ref().is_some_and(|b| b.pending),
            Part::Reports => self.reports.is_loading(),
            Part::Report => self.report.as_ref().is_some_and(|r| r.pending),
            Part::Account => self.account.is_loading(),
            Part::Sessions => self.revoking.is_some(),
            Part::Contact => self.contact.as_ref().is_some_and(ContactChange::pending),
            Part::Password => self.password.as_ref().is_some_and(PasswordChange::pending),
            Part::Deletion => self.deletion.as_ref().is_some_and(AccountDeletion::pending),
            Part::Attestations => self.attestations.catalog.is_loading(),
            Part::Issue => self.attestations.issuing(),
            Part::Pdf => self.attestations.saving(),
            Part::Inbox => self.inbox.list.is_loading(),
            Part::InboxMore => self.inbox.loading_more(),
            Part::InboxWait => self.inbox.is_waiting(),
            Part::InboxOpen => self.inbox.is_opening(),
            Part::PushPreferences => self.push.is_loading(),
        }
    }

    /// The claim whose page is open: from the list when it holds it, else as loaded alone.
    pub fn open_claim(&self) -> Option<&Claim> {
        let (id, alone) = self.claim.as_ref()?;
        self.claims
            .value()
            .and_then(|c| c.claims.iter().find(|c| c.id == *id))
            .or_else(|| alone.value())
    }

    pub fn update(&mut self, event: Event, now: DateTime<Utc>) -> Vec<Effect> {
        match event {
            Event::Opened(section) => self.load(section, false),
            Event::Refresh(section) => self.load(section, true),
            Event::FilterClaims(filter) => {
                self.claim_filter = filter;
                vec![]
            }
            Event::OpenClaim(id) => {
                let listed = self
                    .claims
                    .value()
                    .is_some_and(|c| c.claims.iter().any(|c| c.id == id));
                match &mut self.claim {
                    Some((open, remote)) if *open == id => {
                        if !listed && remote.load() {
                            return vec![Effect::Send(Request::Claim(id))];
                        }
                        vec![]
                    }
                    _ => {
                        let mut remote = Remote::Idle;
                        let send = !listed && remote.load();
                        self.claim = Some((id.clone(), remote));
                        if send {
                            vec![Effect::Send(Request::Claim(id))]
                        } else {
                            vec![]
                        }
                    }
                }
            }
            Event::OpenCertificate(child_id) => {
                // The same child's upload in progress is kept (a way back and forth loses
                // nothing); one already received starts afresh: coming back is «Remplacer».
                let keep = self.certificate.as_ref().is_some_and(|c| {
                    c.child_id == child_id && !matches!(c.step, certificate::Step::Sent(_))
                });
                if !keep {
                    let scope = self.next_scope("certificate");
                    self.certificate = Some(CertificateUpload::new(child_id, scope));
                }
                self.load(Section::Family, false)
            }
            Event::Certificate(event) => match &mut self.certificate {
                Some(upload) => upload.update(event),
                None => vec![],
            },
            Event::StartBankChange => {
                if !self.bank.as_ref().is_some_and(|b| b.pending) {
                    let scope = self.next_scope("bank");
                    self.bank = Some(BankChange::new(scope));
                }
                self.load(Section::Payments, false)
            }
            Event::Bank(event) => match &mut self.bank {
                Some(change) => change.update(event, now),
                None => vec![],
            },
            Event::StartReport { employer_id, month } => {
                if !self.report.as_ref().is_some_and(|r| r.pending) {
                    let scope = self.next_scope("report");
                    self.report = Some(ReportForm::new(scope, employer_id, month));
                }
                self.load(Section::Career, false)
            }
            Event::Report(event) => match &mut self.report {
                Some(form) => form.update(event),
                None => vec![],
            },
            Event::StartContactChange(channel) => {
                let keep = self.contact.as_ref().is_some_and(|c| {
                    c.pending() || (c.channel == channel && c.step != ContactStep::Done)
                });
                if !keep {
                    let scope = self.next_scope("contact");
                    self.contact = Some(ContactChange::new(scope, channel));
                }
                self.load(Section::Account, false)
            }
            Event::Contact(event) => match &mut self.contact {
                Some(form) => form.update(event, now),
                None => vec![],
            },
            Event::StartPasswordChange => {
                if !self
                    .password
                    .as_ref()
                    .is_some_and(|p| p.pending() || !p.done)
                {
                    self.password = Some(PasswordChange::new(self.profile.account_id.clone()));
                }
                vec![]
            }
            Event::Password(event) => match &mut self.password {
                Some(form) => form.update(event),
                None => vec![],
            },
            Event::StartDeletion => {
                if !self.deletion.as_ref().is_some_and(AccountDeletion::pending) {
                    self.deletion = Some(AccountDeletion::new());
                }
                vec![]
            }
            Event::Deletion(event) => match &mut self.deletion {
                Some(form) => form.update(event),
                None => vec![],
            },
            Event::RevokeSession(id) => self.revoke(Revoking::One(id)),
            Event::RevokeOthers => self.revoke(Revoking::Others),
            Event::Attestations(event) => {
                let mut effects = self.attestations.update(event);
                // A document's page or a form opened before the list came: load it.
                if self.attestations.catalog == Remote::Idle {
                    effects.extend(self.load(Section::Attestations, false));
                }
                effects
            }
            Event::Inbox(event) => {
                let read_before = self.inbox.unread();
                let effects = self.inbox.update(event);
                if self.inbox.unread() != read_before {
                    self.follow_unread();
                }
                effects
            }
            Event::Push(event) => {
                let mut effects = self.push.update(event);
                if self.push.save_failed.is_some() {
                    effects.extend(self.push.reload());
                }
                effects
            }
            Event::Response(part, result) => self.answered(part, result, now),
        }
    }

    /// «Mon espace»'s card follows the inbox's unread count (read here, or new messages).
    fn follow_unread(&mut self) {
        if let (Some(unread), Remote::Loaded(s)) = (self.inbox.unread(), &mut self.summary) {
            s.value.unread_messages = unread;
        }
    }

    fn revoke(&mut self, what: Revoking) -> Vec<Effect> {
        if self.revoking.is_some() {
            return vec![];
        }
        let request = match &what {
            Revoking::One(id) => Request::RevokeSession(id.clone()),
            Revoking::Others => Request::RevokeOtherSessions,
        };
        self.revoking = Some(what);
        self.revoke_errors.clear();
        vec![Effect::Send(request)]
    }

    /// The idempotency scope of a new form of `kind`.
    fn next_scope(&mut self, kind: &str) -> String {
        self.forms += 1;
        format!("{kind}.{:x}.{}", self.opened_at, self.forms)
    }

    /// Loads (or, with `again`, refreshes) what `section` shows. A dependant's space asks
    /// only for what it may see.
    fn load(&mut self, section: Section, again: bool) -> Vec<Effect> {
        fn step<T: super::remote::Content + Clone>(remote: &mut Remote<T>, again: bool) -> bool {
            if again {
                remote.refresh()
            } else {
                remote.load()
            }
        }
        let insured = !self.is_dependant();
        let mut out = vec![];
        match section {
            // One refresh of the home at a time (the profile and the summary together).
            Section::Home if again && (self.me.is_loading() || self.summary.is_loading()) => {}
            Section::Home => {
                // Opening loads the profile only after a failure (the session brought it).
                if step(&mut self.me, again) {
                    out.push(Request::Me);
                }
                if step(&mut self.summary, again) {
                    out.push(Request::Space);
                }
            }
            Section::Career if insured => {
                if step(&mut self.career, again) {
                    out.push(Request::Career);
                }
            }
            Section::Claims => {
                if step(&mut self.claims, again) {
                    out.push(Request::Claims);
                }
            }
            Section::Family if insured => {
                if step(&mut self.family, again) {
                    out.push(Request::Family);
                }
            }
            Section::Payments if insured => {
                if step(&mut self.payments, again) {
                    out.push(Request::Payments);
                }
            }
            Section::Reports if insured => {
                if step(&mut self.reports, again) {
                    out.push(Request::Reports);
                }
            }
            Section::Account => {
                if step(&mut self.account, again) {
                    out.push(Request::Account);
                }
            }
            Section::Attestations => {
                if step(&mut self.attestations.catalog, again) {
                    out.push(Request::Attestations);
                }
            }
            Section::Inbox => {
                let mut effects = self.inbox.open(again);
                effects.extend(self.push.open());
                return effects;
            }
            Section::Career | Section::Family | Section::Payments | Section::Reports => {}
        }
        out.into_iter().map(Effect::Send).collect()
    }

    fn answered(
        &mut self,
        part: Part,
        result: Result<Response, ApiError>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        if !self.waits_for(&part) {
            return vec![];
        }
        match part {
            Part::Me => {
                let result = take!(result, Response::Profile);
                if let Ok(p) = &result {
                    self.profile = p.clone();
                }
                self.me.finish(result, now);
            }
            Part::Summary => self.summary.finish(take!(result, Response::Summary), now),
            Part::Career => self
                .career
                .finish(take!(result, Response::Career, boxed), now),
            Part::Claims => self.claims.finish(take!(result, Response::Claims), now),
            Part::Claim(_) => {
                if let Some((_, remote)) = &mut self.claim {
                    remote.finish(take!(result, Response::Claim, boxed), now);
                }
            }
            Part::Family => self.family.finish(take!(result, Response::Family), now),
            Part::Payments => self.payments.finish(take!(result, Response::Payments), now),
            Part::Reports => self.reports.finish(take!(result, Response::Reports), now),
            Part::Certificate(_) => {
                let Some(upload) = &mut self.certificate else {
                    return vec![];
                };
                let child_id = upload.child_id.clone();
                if let Some(check) = upload.answered(result) {
                    // The family shows the new state at once; the summary's count is stale.
                    if let Remote::Loaded(f) = &mut self.family
                        && let Some(child) = f.value.children.iter_mut().find(|c| c.id == child_id)
                    {
                        child.schooling = Some(check);
                    }
                    self.summary = Remote::Idle;
                }
            }
            Part::Bank => {
                let Some(change) = &mut self.bank else {
                    return vec![];
                };
                if let Some(account) = change.answered(result, now)
                    && let Remote::Loaded(p) = &mut self.payments
                {
                    p.value.bank_account = Some(account);
                }
            }
            Part::Report => {
                let Some(form) = &mut self.report else {
                    return vec![];
                };
                if let Some(report) = form.answered(result) {
                    match &mut self.reports {
                        Remote::Loaded(r) => r.value.reports.insert(0, report),
                        // The list is asked again when next shown.
                        _ => self.reports = Remote::Idle,
                    }
                }
            }
            Part::Account => self.account.finish(take!(result, Response::Account), now),
            Part::Sessions => {
                self.revoking = None;
                match take!(result, Response::Account) {
                    Ok(account) => self.account = loaded(account, now),
                    // Signed out elsewhere already: the list was out of date, ask again.
                    Err(error) if error.code() == Some(macnss_api::ErrorCode::NotFound) => {
                        self.account = Remote::Idle;
                        return self.load(Section::Account, false);
                    }
                    Err(error) => self.revoke_errors.set_failure(error),
                }
            }
            Part::Contact => {
                if let Some(form) = &mut self.contact
                    && let Some(account) = form.answered(result, now)
                {
                    self.account = loaded(account, now);
                }
            }
            Part::Password => {
                if let Some(form) = &mut self.password
                    && let Some(session) = form.answered(result)
                {
                    // The other sessions ended at the server: the list is out of date.
                    self.renewed(&session);
                    self.account = Remote::Idle;
                    return vec![Effect::StoreSession(session)];
                }
            }
            Part::Deletion => {
                if let Some(form) = &mut self.deletion {
                    return form.answered(result);
                }
            }
            Part::Attestations => self
                .attestations
                .catalog
                .finish(take!(result, Response::Catalog, boxed), now),
            Part::Issue => self.attestations.issued(result),
            Part::Pdf => self.attestations.saved(result),
            Part::Inbox => {
                let effects = self
                    .inbox
                    .first_page(take!(result, Response::InboxPage, boxed), now);
                self.follow_unread();
                return effects;
            }
            Part::InboxMore => {
                self.inbox
                    .next_page(take!(result, Response::InboxPage, boxed));
            }
            Part::PushPreferences => {
                self.push
                    .answered(take!(result, Response::PushPreferences), now);
                return self.push.reload();
            }
            Part::InboxOpen => {
                let effects = self
                    .inbox
                    .opened(take!(result, Response::InboxMessage, boxed));
                self.follow_unread();
                return effects;
            }
            Part::InboxWait => {
                let (effects, changed) =
                    self.inbox
                        .changes(take!(result, Response::InboxChanges, boxed));
                if changed {
                    self.follow_unread();
                }
                return effects;
            }
        }
        vec![]
    }
}
