//! The OS kills the app while the user reads the SMS: reopening returns to the code step.

use super::*;

#[tokio::test]
async fn a_killed_sign_up_resumes_at_the_code_step_and_completes() {
    let mut app = spawn_app().await;
    let now = app.now();
    drop(app.at_code_step(&AMINA, "0661223344").await);
    let point = app
        .services
        .resume_point(now())
        .expect("a resume point was saved");
    let saved = serde_json::to_string(&point).expect("json");
    assert!(
        !saved.contains("BK123456") && !saved.contains("0661223344"),
        "no personal data kept: {saved}"
    );
    drop(now);
    // The app is killed and launched again: straight back to the code step.
    assert_eq!(app.relaunch().await, Some(Screen::SignUp));
    let mut resumed = app.model().sign_up.clone();
    assert_eq!(resumed.step, sign_up::Step::Code);
    let code = app.last_code("+212661223344").await;
    app.step(&mut resumed, sign_up::Event::Edit(Field::Code, code))
        .await;
    app.step(&mut resumed, sign_up::Event::Submit).await;
    assert_eq!(
        resumed.step,
        sign_up::Step::Confirmation,
        "{:?}",
        resumed.errors
    );
    assert_eq!(
        app.services.resume_point(app.now()()),
        None,
        "the resume point is dropped at the end"
    );
}

/// Waits out the code step's resend cooldown on the server's clock.
async fn wait_for_resend(app: &TestApp, f: &SignUp) {
    let wait = f
        .code_status
        .as_ref()
        .map(|s| s.resend_in(app.now()()))
        .unwrap_or(0);
    app.advance_clock(i64::try_from(wait).unwrap_or(0) + 1)
        .await;
}

#[tokio::test]
async fn every_resend_after_a_resume_sends_a_new_code() {
    let mut app = spawn_app().await;
    let to = "+212661223344";
    let mut f = app.at_code_step(&AMINA, "0661223344").await;
    // One resend before the app is killed.
    wait_for_resend(&app, &f).await;
    app.step(&mut f, sign_up::Event::Resend).await;
    assert_eq!(app.outbox(to).await.len(), 2, "{:?}", f.errors);

    app.relaunch().await;
    let mut f = app.model().sign_up.clone();
    assert_eq!(f.step, sign_up::Step::Code);
    for sent in [3, 4] {
        wait_for_resend(&app, &f).await;
        app.step(&mut f, sign_up::Event::Resend).await;
        assert_eq!(f.errors.failure, None);
        // Had a resend reused the key of one sent before the kill, the server would have
        // replayed its stored answer and sent nothing, while the screen restarted its
        // countdown.
        assert_eq!(
            app.outbox(to).await.len(),
            sent,
            "a new SMS for each resend"
        );
    }
    let last = app.last_code(to).await;
    app.step(&mut f, sign_up::Event::Edit(Field::Code, last))
        .await;
    app.step(&mut f, sign_up::Event::Submit).await;
    assert_eq!(f.step, sign_up::Step::Confirmation, "{:?}", f.errors);
}

#[tokio::test]
async fn a_resend_after_a_resumed_recovery_sends_a_new_code() {
    let mut app = spawn_app().await;
    let mut f = app.open_recovery(Some("678901234")).await;
    app.recover(&mut f, recovery::Event::Submit).await;
    app.recover(&mut f, recovery::Event::Submit).await;
    assert_eq!(f.step, recovery::Step::Code, "{:?}", f.errors);
    assert_eq!(app.relaunch().await, Some(Screen::Recovery));
    app.advance_clock(61).await;
    let mut f = app.model().recovery.clone();
    app.recover(&mut f, recovery::Event::Resend).await;
    assert_eq!(f.errors.failure, None);
    assert_eq!(app.outbox("+212661234567").await.len(), 2);
}

#[tokio::test]
async fn an_expired_resume_point_is_dropped() {
    let app = spawn_app().await;
    let now = app.now();
    let mut f = app.open_recovery(Some("678901234")).await;
    app.recover(&mut f, recovery::Event::Submit).await;
    app.recover(&mut f, recovery::Event::Submit).await;
    assert!(app.services.resume_point(now()).is_some());
    app.advance_clock(601).await;
    assert_eq!(app.services.resume_point(now()), None);
}
