//! Push notifications on this device, as the private space holds them: what the platform
//! says of its permission, the offer made in context («Mes messages», once a message worth a
//! push is there — never at launch), the outcome of turning them on, and the topics the
//! person wants pushed (kept by the server, for every device). Pure: events in, effects out.
//!
//! A refusal (the person's, or a platform that cannot receive pushes) only changes a line of
//! text: the inbox works the same.

use super::remote::{Content, Remote};
use super::{ApiError, Effect, Request};
use macnss_api::inbox::Topic;
use macnss_api::push::PushPreferences;

impl Content for PushPreferences {}

/// What the platform says of notifications for this app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Permission {
    /// Not asked yet (the screen has not opened).
    #[default]
    Unknown,
    /// The platform cannot receive pushes (no service worker, no push service).
    Unsupported,
    /// The person has not been asked.
    Default,
    Granted,
    /// The person refused (only the platform's settings can change it).
    Denied,
}

/// How turning pushes on ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Registered with the server under this id.
    Registered(String),
    Denied,
    /// Allowed, but the platform could not subscribe (no push service reachable).
    Unsupported,
    /// The server could not be reached or refused.
    Failed(ApiError),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The platform's answer to "may this app notify?".
    Permission(Permission),
    /// «Activer les notifications», in the language the notifications will be written in.
    Enable(String),
    /// «Pas maintenant»: the offer goes until the next sign-in.
    NotNow,
    Enabled(Outcome),
    /// A topic pushed (`true`) or not.
    Choose(Topic, bool),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Push {
    pub permission: Permission,
    /// The platform's prompt or the registration is under way.
    pub asking: bool,
    pub dismissed: bool,
    /// The last attempt's outcome (none yet: `None`).
    pub outcome: Option<Outcome>,
    /// The topics pushed, as the server keeps them.
    pub preferences: Remote<PushPreferences>,
    /// A change of topics is on its way.
    pub saving: bool,
    /// The last change of topics failed (the choice shown is the server's).
    pub save_failed: Option<ApiError>,
}

impl Push {
    /// The screen opened: the platform's permission, once, and the topics unless they are
    /// there.
    pub fn open(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        if self.permission == Permission::Unknown {
            effects.push(Effect::CheckPush);
        }
        if self.preferences.load() {
            effects.push(Effect::Send(Request::PushPreferences));
        }
        effects
    }

    /// Whether to offer pushes now: a message worth one is there (`worth`), the person has
    /// not been asked, has not said «Pas maintenant», and nothing is under way or done.
    pub fn offers(&self, worth: bool) -> bool {
        worth
            && self.permission == Permission::Default
            && !self.dismissed
            && !self.asking
            && self.outcome.is_none()
    }

    pub fn is_loading(&self) -> bool {
        self.preferences.is_loading() || self.saving
    }

    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        match event {
            Event::Permission(p) => {
                self.permission = p;
                // Allowed before (an earlier session on this device): this session's
                // registration, without asking anything.
                if p == Permission::Granted && !self.asking && self.outcome.is_none() {
                    self.asking = true;
                    return vec![Effect::EnablePush { lang: None }];
                }
                vec![]
            }
            Event::Enable(lang) => {
                if self.asking {
                    return vec![];
                }
                self.asking = true;
                self.outcome = None;
                vec![Effect::EnablePush { lang: Some(lang) }]
            }
            Event::NotNow => {
                self.dismissed = true;
                vec![]
            }
            Event::Enabled(outcome) => {
                if !self.asking {
                    return vec![];
                }
                self.asking = false;
                self.permission = match &outcome {
                    Outcome::Registered(_) => Permission::Granted,
                    Outcome::Denied => Permission::Denied,
                    Outcome::Unsupported => Permission::Unsupported,
                    Outcome::Failed(_) => self.permission,
                };
                self.outcome = Some(outcome);
                vec![]
            }
            Event::Choose(topic, pushed) => {
                let Some(now) = self.preferences.value().cloned() else {
                    return vec![];
                };
                if self.saving || now.pushes(topic) == pushed {
                    return vec![];
                }
                let wanted = now.with(topic, pushed);
                if let Remote::Loaded(f) = &mut self.preferences {
                    f.value = wanted.clone();
                }
                self.saving = true;
                self.save_failed = None;
                vec![Effect::Send(Request::SetPushPreferences(wanted))]
            }
        }
    }

    /// The topics' answer (the first load, or a change's): the server's choice is shown.
    pub fn answered(
        &mut self,
        result: Result<PushPreferences, ApiError>,
        now: chrono::DateTime<chrono::Utc>,
    ) {
        if self.saving {
            self.saving = false;
            match result {
                Ok(p) => {
                    if let Remote::Loaded(f) = &mut self.preferences {
                        f.value = p;
                        f.fetched_at = now;
                    }
                }
                Err(e) => {
                    // The choice shown goes back to what the server keeps: ask it again.
                    self.save_failed = Some(e);
                    self.preferences = Remote::Idle;
                }
            }
            return;
        }
        self.preferences.finish(result, now);
    }

    /// A failed change of topics left the list to load again.
    pub fn reload(&mut self) -> Vec<Effect> {
        if self.preferences.load() {
            vec![Effect::Send(Request::PushPreferences)]
        } else {
            vec![]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn now() -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(1_800_000_000, 0).expect("a time")
    }

    fn opened() -> Push {
        let mut p = Push::default();
        assert_eq!(
            p.open(),
            vec![Effect::CheckPush, Effect::Send(Request::PushPreferences)]
        );
        p.answered(Ok(PushPreferences::all()), now());
        assert_eq!(p.open(), vec![Effect::CheckPush], "the topics are there");
        p
    }

    #[test]
    fn the_offer_comes_only_in_context_and_until_not_now() {
        let mut p = opened();
        assert!(!p.offers(true), "the permission is not known yet");
        p.update(Event::Permission(Permission::Default));
        assert!(!p.offers(false), "no message worth a push yet");
        assert!(p.offers(true));
        assert_eq!(p.open(), vec![], "asked once");
        p.update(Event::NotNow);
        assert!(!p.offers(true));
        for refused in [
            Permission::Denied,
            Permission::Granted,
            Permission::Unsupported,
        ] {
            let mut q = opened();
            q.update(Event::Permission(refused));
            assert!(!q.offers(true), "{refused:?}");
        }
        // Allowed in an earlier session: this one registers without asking.
        let mut q = opened();
        assert_eq!(
            q.update(Event::Permission(Permission::Granted)),
            vec![Effect::EnablePush { lang: None }]
        );
        q.update(Event::Enabled(Outcome::Registered("d2".into())));
        assert_eq!(
            q.update(Event::Permission(Permission::Granted)),
            vec![],
            "once"
        );
    }

    #[test]
    fn enabling_asks_once_and_its_outcome_is_kept() {
        let mut p = opened();
        p.update(Event::Permission(Permission::Default));
        assert_eq!(
            p.update(Event::Enable("ar".into())),
            vec![Effect::EnablePush {
                lang: Some("ar".into())
            }]
        );
        assert!(p.asking && !p.offers(true));
        assert_eq!(
            p.update(Event::Enable("ar".into())),
            vec![],
            "one at a time"
        );
        p.update(Event::Enabled(Outcome::Registered("d1".into())));
        assert_eq!(p.permission, Permission::Granted);
        assert_eq!(p.outcome, Some(Outcome::Registered("d1".into())));
        assert_eq!(
            p.update(Event::Enabled(Outcome::Denied)),
            vec![],
            "none awaited"
        );

        let mut q = opened();
        q.update(Event::Permission(Permission::Default));
        q.update(Event::Enable("fr".into()));
        q.update(Event::Enabled(Outcome::Denied));
        assert_eq!(q.permission, Permission::Denied);
        let mut r = opened();
        r.update(Event::Permission(Permission::Default));
        r.update(Event::Enable("fr".into()));
        r.update(Event::Enabled(Outcome::Failed(ApiError::Offline)));
        assert_eq!(r.permission, Permission::Default, "may be tried again");
        assert_eq!(
            r.update(Event::Enable("fr".into())),
            vec![Effect::EnablePush {
                lang: Some("fr".into())
            }]
        );
    }

    #[test]
    fn a_topic_changes_at_once_and_goes_back_to_the_servers_when_refused() {
        let mut p = opened();
        assert_eq!(
            p.update(Event::Choose(Topic::Claims, true)),
            vec![],
            "no change"
        );
        let wanted = PushPreferences::all().with(Topic::Claims, false);
        assert_eq!(
            p.update(Event::Choose(Topic::Claims, false)),
            vec![Effect::Send(Request::SetPushPreferences(wanted.clone()))]
        );
        assert_eq!(p.preferences.value(), Some(&wanted), "shown at once");
        assert!(p.is_loading());
        assert_eq!(
            p.update(Event::Choose(Topic::Payments, false)),
            vec![],
            "one at a time"
        );
        p.answered(Ok(wanted.clone()), now());
        assert!(!p.is_loading());
        assert_eq!(p.preferences.value(), Some(&wanted));

        p.update(Event::Choose(Topic::Security, false));
        p.answered(Err(ApiError::Offline), now());
        assert_eq!(p.save_failed, Some(ApiError::Offline));
        assert_eq!(p.reload(), vec![Effect::Send(Request::PushPreferences)]);
    }
}
