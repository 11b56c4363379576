//! Both sign-ups end to end, then the first sign-in with the temporary password.

use super::*;
use macnss::flows::sign_in::Step;

#[tokio::test]
async fn an_insured_signs_up_signs_in_with_the_temporary_password_and_must_change_it() {
    let app = spawn_app().await;
    let (_, sms) = app.sign_up(&AMINA, "06 61 22 33 44").await;
    let (id, temporary) = credentials(&sms);
    assert_eq!(
        id, AMINA.account_id,
        "an Assuré signs in with the immatriculation number"
    );

    let (mut f, shown) = app.sign_in(&id, &temporary).await;
    assert_eq!(
        shown, None,
        "no private space before the password is changed"
    );
    assert_eq!(f.step, Step::ChangePassword);
    assert_eq!(
        stored(&app.sessions),
        None,
        "the restricted session never reaches the keychain"
    );
    assert!(!app.model().is_signed_in());

    let new = "un jardin sous la pluie d'automne";
    app.signing_in(
        &mut f,
        sign_in::Event::Edit(sign_in::Field::NewPassword, new.into()),
    )
    .await;
    let shown = app.signing_in(&mut f, sign_in::Event::Submit).await;
    assert_eq!(shown, Some(Screen::Space), "{:?}", f.errors);
    assert_eq!(stored(&app.sessions).as_deref(), Some(AMINA.account_id));

    // The temporary password no longer works; the new one does, with no change required.
    let (old, _) = app.sign_in(&id, &temporary).await;
    assert_eq!(
        old.errors.failure.and_then(|e| e.code()),
        Some(macnss_api::ErrorCode::InvalidCredentials)
    );
    let (_, shown) = app.sign_in(&id, new).await;
    assert_eq!(shown, Some(Screen::Space));
}

#[tokio::test]
async fn a_dependant_signs_up_and_signs_in_with_their_own_identifier() {
    let app = spawn_app().await;
    let (_, sms) = app.sign_up(&KARIM, "+212 7 00 11 22 33").await;
    let (id, temporary) = credentials(&sms);
    assert_eq!(
        id, KARIM.account_id,
        "a dependant gets their own number, not the insured's"
    );
    let (f, _) = app.sign_in(&id, &temporary).await;
    assert_eq!(f.step, Step::ChangePassword, "{:?}", f.errors);
}

#[tokio::test]
async fn the_confirmation_leads_to_sign_in_or_to_recovery_when_the_sms_never_came() {
    let app = spawn_app().await;
    let (mut f, _) = app.sign_up(&AMINA, "0661223344").await;
    assert_eq!(
        app.step(&mut f, sign_up::Event::SmsNeverArrived).await,
        Some(Screen::Recovery)
    );
    assert_eq!(
        app.step(&mut f, sign_up::Event::Start).await,
        Some(Screen::SignIn)
    );
}

#[tokio::test]
async fn a_resend_after_the_cooldown_delivers_a_new_code_that_works() {
    let app = spawn_app().await;
    let mut f = app.at_code_step(&AMINA, "0661223344").await;

    // Before the cooldown the flow refuses to send; after it, a new code arrives.
    app.step(&mut f, sign_up::Event::Resend).await;
    assert_eq!(app.outbox("+212661223344").await.len(), 1);
    app.advance_clock(61).await;
    app.step(&mut f, sign_up::Event::Resend).await;
    assert_eq!(app.outbox("+212661223344").await.len(), 2, "{:?}", f.errors);
    let second = app.last_code("+212661223344").await;

    app.step(&mut f, sign_up::Event::Edit(Field::Code, second))
        .await;
    app.step(&mut f, sign_up::Event::Submit).await;
    assert_eq!(f.step, sign_up::Step::Confirmation, "{:?}", f.errors);
}

#[tokio::test]
async fn a_send_replayed_with_its_idempotency_key_delivers_one_sms() {
    let app = spawn_app().await;
    let mut f = app.start_sign_up(&AMINA).await;
    app.step(
        &mut f,
        sign_up::Event::Edit(Field::Phone, "0661223344".into()),
    )
    .await;
    app.step(
        &mut f,
        sign_up::Event::Edit(Field::Email, "a@example.ma".into()),
    )
    .await;
    app.step(&mut f, sign_up::Event::SetTermsAccepted(true))
        .await;
    // The request as the flow builds it, sent twice as if the first answer had been lost.
    let effects = f.clone().update(sign_up::Event::Submit, app.now()());
    let [macnss::flows::Effect::Send(request)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    let first = app
        .services
        .api
        .send(request.clone())
        .await
        .expect("first send");
    let replay = app
        .services
        .api
        .send(request.clone())
        .await
        .expect("replayed send");
    assert_eq!(first, replay, "the replay gets the first answer");
    assert_eq!(
        app.outbox("+212661223344").await.len(),
        1,
        "and no second SMS"
    );
}
