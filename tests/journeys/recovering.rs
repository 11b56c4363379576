//! «Mot de passe oublié» end to end, by SMS and by e-mail.

use super::signing_in::{EXISTING_ID, EXISTING_PASSWORD};
use super::*;
use macnss::flows::recovery::Step;
use macnss_api::types::Channel;

async fn recover(
    app: &TestApp,
    identifier: &str,
    channel: Channel,
    new_password: &str,
) -> Recovery {
    let mut f = app.open_recovery(Some(identifier)).await;
    app.recover(&mut f, recovery::Event::Submit).await;
    assert_eq!(f.step, Step::Channel, "{:?}", f.errors);
    let destination = f
        .channels
        .iter()
        .find(|c| c.channel == channel)
        .expect("channel offered")
        .masked_destination
        .clone();
    assert!(
        destination.contains('•'),
        "destinations are masked: {destination}"
    );
    app.recover(&mut f, recovery::Event::ChooseChannel(channel))
        .await;
    app.recover(&mut f, recovery::Event::Submit).await;
    assert_eq!(f.step, Step::Code, "{:?}", f.errors);
    let to = match channel {
        Channel::Sms => "+212661234567",
        Channel::Email => "omar.tazi@example.ma",
    };
    let code = app.last_code(to).await;
    app.recover(&mut f, recovery::Event::Edit(recovery::Field::Code, code))
        .await;
    app.recover(&mut f, recovery::Event::Submit).await;
    assert_eq!(f.step, Step::NewPassword, "{:?}", f.errors);
    app.recover(
        &mut f,
        recovery::Event::Edit(recovery::Field::NewPassword, new_password.into()),
    )
    .await;
    app.recover(&mut f, recovery::Event::Submit).await;
    assert_eq!(f.step, Step::Done, "{:?}", f.errors);
    f
}

#[tokio::test]
async fn recovery_by_sms_sets_a_new_password_that_signs_in() {
    let app = spawn_app().await;
    let mut f = recover(&app, EXISTING_ID, Channel::Sms, "la mer est calme ce soir").await;
    assert_eq!(
        app.recover(&mut f, recovery::Event::GoToSignIn).await,
        Some(Screen::SignIn)
    );
    assert_eq!(app.model().sign_in.identifier, EXISTING_ID, "prefilled");
    let (_, shown) = app.sign_in(EXISTING_ID, "la mer est calme ce soir").await;
    assert_eq!(shown, Some(Screen::Space));
    app.send(Msg::SignOut).await;
    let (old, _) = app.sign_in(EXISTING_ID, EXISTING_PASSWORD).await;
    assert!(
        old.errors.failure.is_some(),
        "the old password no longer works"
    );
}

#[tokio::test]
async fn recovery_by_email_works_from_the_cnie() {
    let app = spawn_app().await;
    recover(&app, "d 234567", Channel::Email, "un autre jour se lève").await;
    let (_, shown) = app.sign_in(EXISTING_ID, "un autre jour se lève").await;
    assert_eq!(shown, Some(Screen::Space));
}
