//! «Mes messages»: the inbox as the app holds it while the space is open — the pages loaded
//! so far as one list (unread first, then newest first; one entry per message id, so a
//! message that moved between two pages is shown once), the next page, the live wait, and
//! reading. Pure: events in, effects out.
//!
//! The wait is the server's long poll (`GET /v1/inbox/wait`): sent once the first page is
//! there, sent again after each answer with the newest number it gave, as
//! [`Effect::Listen`] — run beside the effect loop, which a request held open for 15 s must
//! not block. A failed wait is not retried in a loop: opening the inbox or «Actualiser»
//! starts it again, and the list stays as it was meanwhile.

use super::model::Screen;
use super::remote::{Content, Remote};
use super::{ApiError, Effect, Request};
use chrono::{DateTime, Utc};
use macnss_api::inbox::{Inbox as Page, InboxChanges, InboxMessage, Link};
use std::cmp::Reverse;

/// The screen a message leads to (the contract's [`Link`]).
pub fn screen_of(link: &Link) -> Screen {
    match link {
        Link::Claim { claim_id } => Screen::Claim(claim_id.clone()),
        Link::Payments => Screen::Payments,
        Link::Family => Screen::Family,
        Link::Certificate { child_id } => Screen::Certificate(child_id.clone()),
        Link::Attestation { attestation_id } => Screen::Attestation(attestation_id.clone()),
        Link::Devices => Screen::Devices,
        Link::BankAccount => Screen::BankAccount,
    }
}

/// The messages loaded so far, in the order shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    pub messages: Vec<InboxMessage>,
    /// Unread in all, as the server last said (and less those read here since).
    pub unread: u32,
    /// The newest message's number: the wait asks for those after it.
    pub latest: i64,
    /// The next page's cursor (`None`: everything is loaded).
    pub next: Option<String>,
}

/// An empty inbox is still a list (the wait may fill it): the screen says it has no message.
impl Content for Messages {}

impl Messages {
    fn of(page: Page) -> Self {
        let mut m = Self {
            messages: Vec::new(),
            unread: page.unread,
            latest: page.latest,
            next: page.next,
        };
        m.merge(page.messages);
        m
    }

    /// Adds or replaces messages by id, then orders the list: unread first, newest first.
    fn merge(&mut self, messages: Vec<InboxMessage>) {
        for message in messages {
            match self.messages.iter_mut().find(|m| m.id == message.id) {
                Some(shown) => *shown = message,
                None => self.messages.push(message),
            }
        }
        self.messages.sort_by_key(|m| (m.read, Reverse(m.seq)));
    }

    fn mark_read(&mut self, id: &str) -> bool {
        let Some(m) = self.messages.iter_mut().find(|m| m.id == id && !m.read) else {
            return false;
        };
        m.read = true;
        self.unread = self.unread.saturating_sub(1);
        self.messages.sort_by_key(|m| (m.read, Reverse(m.seq)));
        true
    }
}

/// The next page.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum More {
    #[default]
    Idle,
    Loading,
    Failed(ApiError),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// «Afficher les messages plus anciens».
    More,
    /// A message opened (its link followed): read.
    Read(String),
    /// «Tout marquer comme lu».
    ReadAll,
    /// The message a notification named, by its id: fetched, read, then its screen shown in
    /// place of this one.
    Open(String),
}

/// The message a notification named, while it opens.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Opening {
    #[default]
    Idle,
    Loading(String),
    /// It could not be fetched (another person's, gone, or no network): the inbox and a
    /// retry are offered.
    Failed(String, ApiError),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inbox {
    pub list: Remote<Messages>,
    pub more: More,
    /// A wait is in flight (at most one).
    waiting: bool,
    pub opening: Opening,
}

impl Inbox {
    /// The screen opened (`again`: «Actualiser» or «Réessayer»): the first page unless it is
    /// there, and the wait if it stopped.
    pub fn open(&mut self, again: bool) -> Vec<Effect> {
        let send = if again {
            self.list.refresh()
        } else {
            self.list.load()
        };
        if send {
            self.more = More::Idle;
            return vec![Effect::Send(Request::Inbox(None))];
        }
        self.listen()
    }

    pub fn is_waiting(&self) -> bool {
        self.waiting
    }

    pub fn is_opening(&self) -> bool {
        matches!(self.opening, Opening::Loading(_))
    }

    /// The opened message's answer: read (the server told, the list too), then its screen in
    /// place of this one.
    pub fn opened(&mut self, result: Result<InboxMessage, ApiError>) -> Vec<Effect> {
        let Opening::Loading(id) = std::mem::take(&mut self.opening) else {
            return vec![];
        };
        match result {
            Ok(message) => {
                let mut effects = Vec::new();
                if !message.read {
                    if let Remote::Loaded(f) = &mut self.list {
                        f.value.mark_read(&message.id);
                    }
                    effects.push(Effect::Send(Request::MarkRead(message.id.clone())));
                }
                effects.push(Effect::Replace(screen_of(&message.notice.link())));
                effects
            }
            Err(e) => {
                self.opening = Opening::Failed(id, e);
                vec![]
            }
        }
    }

    pub fn loading_more(&self) -> bool {
        self.more == More::Loading
    }

    /// Unread messages, when the list is there.
    pub fn unread(&self) -> Option<u32> {
        self.list.value().map(|m| m.unread)
    }

    /// The wait, unless one is in flight or the list is not there (loading, failed) to wait
    /// after.
    fn listen(&mut self) -> Vec<Effect> {
        match &self.list {
            Remote::Loaded(f) if !self.waiting => {
                self.waiting = true;
                vec![Effect::Listen(Request::InboxWait(f.value.latest))]
            }
            _ => vec![],
        }
    }

    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Open(id) => {
                if matches!(&self.opening, Opening::Loading(x) if *x == id) {
                    return vec![];
                }
                self.opening = Opening::Loading(id.clone());
                vec![Effect::Send(Request::InboxMessage(id))]
            }
            Event::More => {
                let next = self.list.value().and_then(|m| m.next.clone());
                match next {
                    Some(cursor) if self.more != More::Loading && !self.list.is_loading() => {
                        self.more = More::Loading;
                        vec![Effect::Send(Request::Inbox(Some(cursor)))]
                    }
                    _ => vec![],
                }
            }
            Event::Read(id) => {
                // Shown unread (the list, or what stays shown while it reloads): tell the
                // server; the list itself changes only when it is there.
                let unread_shown = self
                    .list
                    .value()
                    .is_some_and(|m| m.messages.iter().any(|x| x.id == id && !x.read));
                if !unread_shown {
                    return vec![];
                }
                if let Remote::Loaded(f) = &mut self.list {
                    f.value.mark_read(&id);
                }
                vec![Effect::Send(Request::MarkRead(id))]
            }
            Event::ReadAll => {
                let Remote::Loaded(f) = &mut self.list else {
                    return vec![];
                };
                if f.value.unread == 0 && f.value.messages.iter().all(|m| m.read) {
                    return vec![];
                }
                for m in &mut f.value.messages {
                    m.read = true;
                }
                f.value.unread = 0;
                // Up to what is shown: a message posted since stays unread at the server,
                // and the next wait brings it.
                vec![Effect::Send(Request::MarkAllRead(f.value.latest))]
            }
        }
    }

    /// The first page's answer: the list, then the wait.
    pub fn first_page(
        &mut self,
        result: Result<Page, ApiError>,
        now: DateTime<Utc>,
    ) -> Vec<Effect> {
        if !self.list.is_loading() {
            return vec![];
        }
        self.list.finish(result.map(Messages::of), now);
        self.listen()
    }

    /// A next page's answer: appended (kept once per id).
    pub fn next_page(&mut self, result: Result<Page, ApiError>) {
        if self.more != More::Loading {
            return;
        }
        match (result, &mut self.list) {
            (Ok(page), Remote::Loaded(f)) => {
                f.value.next = page.next;
                f.value.unread = page.unread;
                f.value.merge(page.messages);
                self.more = More::Idle;
            }
            (Ok(_), _) => self.more = More::Idle,
            (Err(e), _) => self.more = More::Failed(e),
        }
    }

    /// The wait's answer: new messages merged, and the next wait; a failure stops waiting.
    /// `true` when the unread count changed (the space's card follows).
    ///
    /// The count grows by the unread messages that are new to the list, rather than taking
    /// the server's: the answer may have been computed before a reading sent since reached
    /// the server (the wait runs beside the loop), and would bring back a count already
    /// lowered here. A load of the first page takes the server's count again.
    pub fn changes(&mut self, result: Result<InboxChanges, ApiError>) -> (Vec<Effect>, bool) {
        if !self.waiting {
            return (vec![], false);
        }
        self.waiting = false;
        let Ok(changes) = result else {
            return (vec![], false);
        };
        let Remote::Loaded(f) = &mut self.list else {
            // Reloading or failed: what it shows is not the list to wait after. The first
            // page's answer (or «Réessayer») starts the wait again.
            return (vec![], false);
        };
        let fresh = changes
            .messages
            .iter()
            .filter(|m| !m.read && !f.value.messages.iter().any(|shown| shown.id == m.id))
            .count();
        let fresh = u32::try_from(fresh).unwrap_or(u32::MAX);
        f.value.unread = f.value.unread.saturating_add(fresh);
        f.value.latest = changes.latest;
        f.value.merge(changes.messages);
        (self.listen(), fresh > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use macnss_api::inbox::Notice;

    fn message(seq: i64, read: bool) -> InboxMessage {
        InboxMessage {
            id: format!("m{seq}"),
            seq,
            at: DateTime::<Utc>::from_timestamp(1_700_000_000 + seq, 0).expect("a time"),
            read,
            notice: Notice::PasswordChanged,
        }
    }

    fn page(messages: Vec<InboxMessage>, next: Option<&str>) -> Page {
        Page {
            unread: u32::try_from(messages.iter().filter(|m| !m.read).count()).expect("few"),
            latest: messages.iter().map(|m| m.seq).max().unwrap_or(0),
            messages,
            next: next.map(str::to_owned),
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(1_800_000_000, 0).expect("a time")
    }

    fn ids(inbox: &Inbox) -> Vec<String> {
        inbox
            .list
            .value()
            .map(|m| m.messages.iter().map(|m| m.id.clone()).collect())
            .unwrap_or_default()
    }

    fn opened(messages: Vec<InboxMessage>, next: Option<&str>) -> Inbox {
        let mut inbox = Inbox::default();
        assert_eq!(inbox.open(false), vec![Effect::Send(Request::Inbox(None))]);
        let latest = messages.iter().map(|m| m.seq).max().unwrap_or(0);
        assert_eq!(
            inbox.first_page(Ok(page(messages, next)), now()),
            vec![Effect::Listen(Request::InboxWait(latest))]
        );
        inbox
    }

    #[test]
    fn opening_loads_the_first_page_then_waits_after_its_newest_message() {
        let mut inbox = opened(vec![message(3, false), message(1, true)], None);
        assert!(inbox.is_waiting());
        assert_eq!(inbox.unread(), Some(1));
        // Opened again: nothing more (the list is there, the wait in flight).
        assert_eq!(inbox.open(false), vec![]);
    }

    #[test]
    fn an_empty_inbox_is_a_list_that_a_wait_fills() {
        let mut inbox = opened(vec![], None);
        assert!(matches!(inbox.list, Remote::Loaded(_)));
        let (effects, changed) = inbox.changes(Ok(InboxChanges {
            messages: vec![message(5, false)],
            unread: 1,
            latest: 5,
        }));
        assert!(changed);
        assert_eq!(effects, vec![Effect::Listen(Request::InboxWait(5))]);
        assert_eq!(ids(&inbox), vec!["m5"]);
    }

    #[test]
    fn a_wait_that_brings_nothing_waits_again_and_a_failed_one_stops_until_reopened() {
        let mut inbox = opened(vec![message(2, true)], None);
        let (effects, changed) = inbox.changes(Ok(InboxChanges {
            messages: vec![],
            unread: 0,
            latest: 2,
        }));
        assert!(!changed);
        assert_eq!(effects, vec![Effect::Listen(Request::InboxWait(2))]);
        let (effects, _) = inbox.changes(Err(ApiError::Offline));
        assert_eq!(effects, vec![]);
        assert!(!inbox.is_waiting());
        assert_eq!(ids(&inbox), vec!["m2"], "the list stays");
        // An answer nobody waits for changes nothing.
        let (effects, _) = inbox.changes(Ok(InboxChanges {
            messages: vec![message(9, false)],
            unread: 1,
            latest: 9,
        }));
        assert_eq!(effects, vec![]);
        assert_eq!(ids(&inbox), vec!["m2"]);
        // Opening the screen again starts the wait again.
        assert_eq!(
            inbox.open(false),
            vec![Effect::Listen(Request::InboxWait(2))]
        );
    }

    #[test]
    fn new_messages_come_first_and_each_message_is_shown_once() {
        let mut inbox = opened(vec![message(4, false), message(2, true)], Some("r2"));
        let (_, _) = inbox.changes(Ok(InboxChanges {
            messages: vec![message(6, false)],
            unread: 2,
            latest: 6,
        }));
        assert_eq!(ids(&inbox), vec!["m6", "m4", "m2"]);
        // The next page holds m4 again (read meanwhile elsewhere) and an older one.
        assert_eq!(
            inbox.update(Event::More),
            vec![Effect::Send(Request::Inbox(Some("r2".into())))]
        );
        assert_eq!(inbox.update(Event::More), vec![], "one page at a time");
        inbox.next_page(Ok(page(vec![message(4, true), message(1, true)], None)));
        assert_eq!(ids(&inbox), vec!["m6", "m4", "m2", "m1"]);
        assert_eq!(inbox.list.value().and_then(|m| m.next.clone()), None);
        assert_eq!(inbox.update(Event::More), vec![], "nothing further");
    }

    #[test]
    fn a_failed_next_page_keeps_the_list_and_can_be_asked_again() {
        let mut inbox = opened(vec![message(2, true)], Some("r2"));
        inbox.update(Event::More);
        inbox.next_page(Err(ApiError::Offline));
        assert_eq!(inbox.more, More::Failed(ApiError::Offline));
        assert_eq!(ids(&inbox), vec!["m2"]);
        assert_eq!(
            inbox.update(Event::More),
            vec![Effect::Send(Request::Inbox(Some("r2".into())))]
        );
    }

    #[test]
    fn reading_marks_at_once_and_tells_the_server_once() {
        let mut inbox = opened(vec![message(3, false), message(2, false)], None);
        assert_eq!(
            inbox.update(Event::Read("m3".into())),
            vec![Effect::Send(Request::MarkRead("m3".into()))]
        );
        assert_eq!(inbox.unread(), Some(1));
        assert_eq!(ids(&inbox), vec!["m2", "m3"], "read ones after the unread");
        assert_eq!(
            inbox.update(Event::Read("m3".into())),
            vec![],
            "already read"
        );
        assert_eq!(inbox.update(Event::Read("nope".into())), vec![]);
        assert_eq!(
            inbox.update(Event::ReadAll),
            vec![Effect::Send(Request::MarkAllRead(3))],
            "up to the newest shown"
        );
        assert_eq!(inbox.unread(), Some(0));
        assert_eq!(inbox.update(Event::ReadAll), vec![], "nothing left to read");
    }

    #[test]
    fn a_wait_answered_while_the_list_reloads_or_failed_sends_no_new_wait() {
        let mut inbox = opened(vec![message(2, true)], None);
        // «Actualiser» while the wait is out: the wait's answer does not start another.
        assert_eq!(inbox.open(true), vec![Effect::Send(Request::Inbox(None))]);
        let (effects, _) = inbox.changes(Ok(InboxChanges {
            messages: vec![message(5, false)],
            unread: 1,
            latest: 5,
        }));
        assert_eq!(effects, vec![], "no wait after a list that is not there");
        // The page's answer starts it, after its own newest.
        assert_eq!(
            inbox.first_page(
                Ok(page(vec![message(5, false), message(2, true)], None)),
                now()
            ),
            vec![Effect::Listen(Request::InboxWait(5))]
        );
        // A refresh that fails: the wait answered meanwhile sends nothing more either.
        assert_eq!(inbox.open(true), vec![Effect::Send(Request::Inbox(None))]);
        inbox.first_page(Err(ApiError::Offline), now());
        let (effects, _) = inbox.changes(Ok(InboxChanges {
            messages: vec![],
            unread: 1,
            latest: 5,
        }));
        assert_eq!(effects, vec![]);
        // «Réessayer» loads the page again, whose answer waits again.
        assert_eq!(inbox.open(true), vec![Effect::Send(Request::Inbox(None))]);
    }

    #[test]
    fn a_wait_computed_before_a_reading_does_not_bring_the_count_back() {
        let mut inbox = opened(vec![message(3, false), message(2, false)], None);
        inbox.update(Event::Read("m3".into()));
        assert_eq!(inbox.unread(), Some(1));
        // The server counted 2 before the reading reached it, and a new message came.
        let (_, changed) = inbox.changes(Ok(InboxChanges {
            messages: vec![message(4, false)],
            unread: 3,
            latest: 4,
        }));
        assert!(changed);
        assert_eq!(inbox.unread(), Some(2), "m2 and m4");
        // The same message again (a repeated answer) adds nothing.
        let (_, changed) = inbox.changes(Ok(InboxChanges {
            messages: vec![message(4, false)],
            unread: 2,
            latest: 4,
        }));
        assert!(!changed);
        assert_eq!(inbox.unread(), Some(2));
    }

    #[test]
    fn every_link_leads_to_a_private_screen() {
        for link in [
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
            assert!(screen_of(&link).is_private(), "{link:?}");
        }
        assert_eq!(
            screen_of(&Link::Claim {
                claim_id: "c".into()
            }),
            Screen::Claim("c".into())
        );
    }

    #[test]
    fn a_refresh_starts_from_the_first_page_again() {
        let mut inbox = opened(vec![message(2, true)], Some("r2"));
        assert_eq!(inbox.open(true), vec![Effect::Send(Request::Inbox(None))]);
        assert!(inbox.list.is_loading());
        assert_eq!(ids(&inbox), vec!["m2"], "shown meanwhile");
        assert_eq!(
            inbox.update(Event::More),
            vec![],
            "not while the list reloads"
        );
    }

    #[test]
    fn a_notified_message_opens_is_read_and_gives_way_to_its_screen() {
        let mut inbox = opened(vec![message(1, false), message(2, false)], None);
        let open = || Event::Open("m2".into());
        assert_eq!(
            inbox.update(open()),
            vec![Effect::Send(Request::InboxMessage("m2".into()))]
        );
        assert!(inbox.is_opening());
        assert_eq!(inbox.update(open()), vec![], "asked once while it comes");
        assert_eq!(
            inbox.opened(Ok(message(2, false))),
            vec![
                Effect::Send(Request::MarkRead("m2".into())),
                Effect::Replace(Screen::Devices),
            ]
        );
        assert_eq!(inbox.unread(), Some(1), "the list knows it was read");
        assert_eq!(inbox.opening, Opening::Idle);
        assert_eq!(
            inbox.opened(Ok(message(2, false))),
            vec![],
            "no answer awaited"
        );

        // Read already (on another device): only its screen.
        inbox.update(Event::Open("m1".into()));
        assert_eq!(
            inbox.opened(Ok(message(1, true))),
            vec![Effect::Replace(Screen::Devices)]
        );
    }

    #[test]
    fn a_notified_message_that_cannot_be_fetched_says_why_and_can_be_asked_again() {
        let mut inbox = Inbox::default();
        inbox.update(Event::Open("gone".into()));
        assert_eq!(inbox.opened(Err(ApiError::Offline)), vec![]);
        assert_eq!(
            inbox.opening,
            Opening::Failed("gone".into(), ApiError::Offline)
        );
        assert_eq!(
            inbox.update(Event::Open("gone".into())),
            vec![Effect::Send(Request::InboxMessage("gone".into()))],
            "«Réessayer»"
        );
    }
}
