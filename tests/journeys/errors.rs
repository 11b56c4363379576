//! Error paths against the real server: each becomes the right error, keeps what was typed,
//! and leaves a way forward.

use super::*;
use macnss_api::ErrorCode;

async fn start(app: &TestApp, person: &Person) -> SignUp {
    app.start_sign_up(person).await
}

#[tokio::test]
async fn an_unknown_person_is_told_to_check_their_document() {
    let app = spawn_app().await;
    let stranger = Person {
        document_number: "ZZ99999",
        ..AMINA
    };
    let f = start(&app, &stranger).await;
    assert_eq!(f.step, sign_up::Step::Identity);
    assert_eq!(
        f.errors.failure.as_ref().and_then(|e| e.code()),
        Some(ErrorCode::IdentityNotFound)
    );
    assert_eq!(f.values.document_number, "ZZ99999");
}

#[tokio::test]
async fn an_expired_card_is_refused_on_the_device_before_any_request() {
    let app = spawn_app().await;
    let f = start(&app, &FATIMA_EXPIRED).await;
    assert_eq!(
        f.errors.field("document_expiry"),
        Some(macnss_api::ValidationError::DocumentExpired)
    );
    assert_eq!(f.pending, None);
}

#[tokio::test]
async fn an_existing_account_is_offered_sign_in_and_recovery() {
    let app = spawn_app().await;
    app.sign_up(&AMINA, "0661223344").await;
    let mut f = start(&app, &AMINA).await;
    assert_eq!(
        f.errors.failure.as_ref().and_then(|e| e.code()),
        Some(ErrorCode::AccountExists)
    );
    assert_eq!(
        app.step(&mut f, sign_up::Event::GoToRecovery).await,
        Some(Screen::Recovery)
    );
}

#[tokio::test]
async fn a_wrong_code_says_how_many_tries_are_left() {
    let app = spawn_app().await;
    let mut f = app.at_code_step(&AMINA, "0661223344").await;
    let right = app.last_code("+212661223344").await;
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    app.step(&mut f, sign_up::Event::Edit(Field::Code, wrong.into()))
        .await;
    app.step(&mut f, sign_up::Event::Submit).await;
    match &f.errors.failure {
        Some(macnss::flows::ApiError::Problem(p)) => {
            assert_eq!(p.code, ErrorCode::CodeInvalid);
            assert_eq!(p.attempts_remaining, Some(4));
        }
        other => panic!("expected code_invalid, got {other:?}"),
    }
    assert_eq!(f.step, sign_up::Step::Code);
}

#[tokio::test]
async fn wrong_credentials_never_say_which_was_wrong() {
    let app = spawn_app().await;
    let (unknown, _) = app.sign_in("999999999", "whatever password").await;
    let (wrong, _) = app.sign_in("678901234", "whatever password").await;
    assert_eq!(unknown.errors.failure, wrong.errors.failure);
    assert_eq!(
        wrong.errors.failure.and_then(|e| e.code()),
        Some(ErrorCode::InvalidCredentials)
    );
}

#[tokio::test]
async fn a_stopped_server_is_offline_and_retry_succeeds_once_it_is_back() {
    let app = spawn_app().await;
    app.send(Msg::Open(Destination::SignIn {
        identifier: Some("678901234".into()),
    }))
    .await;
    let TestApp {
        server,
        services,
        device,
        ..
    } = app;
    // Stop the server, keep its address: the request fails as offline.
    let base = server.base_url();
    server.shutdown().await;
    let password = "Tajine aux pruneaux 2026";
    let typed = sign_in::Event::Edit(sign_in::Field::Password, password.into());
    services.run(&device, Msg::SignIn(typed)).await;
    services
        .run(&device, Msg::SignIn(sign_in::Event::Submit))
        .await;
    {
        let f = &device.model.borrow().sign_in;
        assert_eq!(f.errors.failure, Some(macnss::flows::ApiError::Offline));
        assert_eq!(f.password, password, "nothing typed is lost");
    }

    // A new server on the same port (a restart): «Réessayer» succeeds without retyping.
    let mut config = Config::for_tests();
    config.listen = base.trim_start_matches("http://").parse().expect("addr");
    let _server = macnss_server::spawn(config).await.expect("restart");
    services
        .run(&device, Msg::SignIn(sign_in::Event::Retry))
        .await;
    let m = device.model.borrow();
    assert!(m.is_signed_in(), "{:?}", m.sign_in.errors);
    assert_eq!(device.screens.borrow().last(), Some(&Screen::Space));
}
