//! «Mes messages» end to end: the app's model and effect loop, the real HTTP client, the
//! reference server. The demo insured's inbox opens with the certificate asked for; a claim
//! moved by the demo route arrives through the long poll (run beside the loop, as the app
//! runs it) without reloading, first in the list, and «Mon espace»'s card follows; opening it
//! marks it read at the server; «Tout marquer comme lu» leaves nothing unread there.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::flows::Request;
use macnss::flows::inbox::{self as flow, screen_of};
use macnss::flows::private::{Event as Private, Section};
use macnss::flows::remote::Remote;
use macnss_api::inbox::{Inbox, Notice};
use macnss_api::records::{ClaimState, Claims};

fn messages(app: &TestApp) -> flow::Messages {
    match &app.model().private.as_ref().expect("signed in").inbox.list {
        Remote::Loaded(f) => f.value.clone(),
        other => panic!("not loaded: {other:?}"),
    }
}

/// The server's own count, asked with the app's session.
async fn server_unread(app: &TestApp) -> u32 {
    match api(app).send(Request::Inbox(None)).await {
        Ok(macnss::flows::Response::InboxPage(page)) => {
            let page: Inbox = *page;
            page.unread
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_moved_claim_arrives_live_is_read_by_opening_it_and_everything_can_be_marked_read() {
    let app = spawn_app().await;
    let (f, shown) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    app.send(Msg::Private(Private::Opened(Section::Home))).await;

    // Opened: the first page, and one long poll asked to run beside the loop.
    app.send(Msg::Private(Private::Opened(Section::Inbox)))
        .await;
    let first = messages(&app);
    assert!(
        first
            .messages
            .iter()
            .any(|m| matches!(m.notice, Notice::CertificateRequired { .. })),
        "{first:?}"
    );
    let waiting = app.device.listening.borrow().clone();
    assert_eq!(waiting, vec![Request::InboxWait(first.latest)]);

    // A claim of the household moves (CNSS's side: the demo route).
    let claims = match api(&app).send(Request::Claims).await {
        Ok(macnss::flows::Response::Claims(c)) => c,
        other => panic!("{other:?}"),
    };
    let claims: Claims = claims;
    let received = claims
        .claims
        .iter()
        .find(|c| c.state == ClaimState::Received)
        .expect("a received claim");
    let moved: serde_json::Value = app
        .raw_post(
            &format!("/dev/claims/{}/advance", received.id),
            &serde_json::json!({}),
        )
        .await;
    assert_eq!(moved["state"], "processing");

    // The wait answers with it: first in the list, unread, and the card's count follows.
    assert_eq!(app.listen().await, 1);
    let now = messages(&app);
    let newest = now.messages.first().expect("a message").clone();
    assert_eq!(
        newest.notice,
        Notice::ClaimChanged {
            claim_id: received.id.clone(),
            state: ClaimState::Processing
        }
    );
    assert!(!newest.read);
    assert_eq!(now.unread, first.unread + 1);
    let card = app
        .model()
        .private
        .as_ref()
        .and_then(|s| s.summary.value().map(|s| s.unread_messages));
    assert_eq!(card, Some(now.unread));
    // And it waits again, after the new newest.
    assert_eq!(
        app.device.listening.borrow().clone(),
        vec![Request::InboxWait(newest.seq)]
    );
    assert_eq!(
        screen_of(&newest.notice.link()),
        Screen::Claim(received.id.clone())
    );

    // Opening it (the view's link) marks it read, at the server too.
    app.send(Msg::Private(Private::Inbox(flow::Event::Read(
        newest.id.clone(),
    ))))
    .await;
    assert_eq!(messages(&app).unread, now.unread - 1);
    assert_eq!(server_unread(&app).await, now.unread - 1);

    // Everything read.
    app.send(Msg::Private(Private::Inbox(flow::Event::ReadAll)))
        .await;
    assert_eq!(messages(&app).unread, 0);
    assert!(messages(&app).messages.iter().all(|m| m.read));
    assert_eq!(server_unread(&app).await, 0);

    // Signed out: the space and its inbox are gone; a late wait's answer lands nowhere.
    app.send(Msg::SignOut).await;
    assert!(app.model().private.is_none());
    app.listen().await;
    assert!(app.model().private.is_none());
}

/// A platform that allows notifications and gives an FCM token (the journeys' stand-in for
/// a phone: the server delivers Android pushes to its log without FCM configured).
struct GrantingPlatform;

impl macnss::services::push::PushService for GrantingPlatform {
    fn permission(
        &self,
    ) -> macnss::services::documents::LocalFuture<'_, macnss::flows::push::Permission> {
        Box::pin(async { macnss::flows::push::Permission::Default })
    }

    fn subscribe(
        &self,
        _key: String,
    ) -> macnss::services::documents::LocalFuture<
        '_,
        Result<macnss_api::push::PushTarget, macnss::services::push::Refusal>,
    > {
        Box::pin(async {
            Ok(macnss_api::push::PushTarget::Android {
                token: "journey-fcm-token".into(),
            })
        })
    }
}

#[tokio::test]
async fn pushes_are_offered_in_context_registered_with_the_server_and_their_topics_chosen() {
    use macnss::flows::push::{Event as PushEvent, Outcome, Permission};
    use macnss_api::inbox::Topic;
    let mut app = spawn_app().await;
    app.services.push = std::sync::Arc::new(GrantingPlatform);
    let (f, shown) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    app.send(Msg::Private(Private::Opened(Section::Inbox)))
        .await;
    let space = app.model().private.clone().expect("signed in");
    assert_eq!(space.push.permission, Permission::Default);
    let worth = messages(&app)
        .messages
        .iter()
        .any(|m| !m.read && m.notice.is_worth_a_push());
    assert!(worth, "the certificate asked for is worth a push");
    assert!(space.push.offers(worth));
    assert_eq!(
        space.push.preferences.value(),
        Some(&macnss_api::push::PushPreferences::all())
    );

    app.send(Msg::Private(Private::Push(PushEvent::Enable("ar".into()))))
        .await;
    let push = app.model().private.clone().expect("signed in").push;
    let Some(Outcome::Registered(device_id)) = push.outcome.clone() else {
        panic!("{:?}", push.outcome);
    };
    assert_eq!(push.permission, Permission::Granted);
    assert!(!push.offers(true));
    let registered = app
        .server
        .state()
        .db
        .call(
            move |conn| -> Result<(String, String), macnss_server::db::DbError> {
                Ok(conn.query_row(
                    "SELECT address, lang FROM push_devices WHERE id = ?1",
                    [&device_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?)
            },
        )
        .await
        .expect("the registration");
    assert_eq!(registered, ("journey-fcm-token".into(), "ar".into()));

    app.send(Msg::Private(Private::Push(PushEvent::Choose(
        Topic::Claims,
        false,
    ))))
    .await;
    let push = app.model().private.clone().expect("signed in").push;
    assert!(!push.saving);
    assert_eq!(
        push.preferences.value().map(|p| p.muted.clone()),
        Some(vec![Topic::Claims])
    );
    let muted = app
        .server
        .state()
        .db
        .call(|conn| -> Result<i64, macnss_server::db::DbError> {
            Ok(conn.query_row(
                "SELECT COUNT(*) FROM push_muted WHERE topic = 'claims'",
                [],
                |r| r.get(0),
            )?)
        })
        .await
        .expect("muted");
    assert_eq!(muted, 1);
}
