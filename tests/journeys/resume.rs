//! The OS kills the app while the user reads the SMS: reopening returns to the code step.

use super::*;
use macnss::flows::recovery::{self, Recovery};

#[tokio::test]
async fn a_killed_sign_up_resumes_at_the_code_step_and_completes() {
    let app = spawn_app().await;
    let now = app.now();
    drop(app.at_code_step(&AMINA, "0661223344").await); // the app is killed

    let point = app
        .services
        .resume_point(now())
        .expect("a resume point was saved");
    let saved = serde_json::to_string(&point).expect("json");
    assert!(
        !saved.contains("BK123456") && !saved.contains("0661223344"),
        "no personal data kept: {saved}"
    );
    let mut resumed = SignUp::resumed(&point, now()).expect("code still valid");
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
        app.services.resume_point(now()),
        None,
        "the resume point is dropped at the end"
    );
}

#[tokio::test]
async fn an_expired_resume_point_is_dropped() {
    let app = spawn_app().await;
    let now = app.now();
    let mut f = Recovery::new(Some("678901234".into()));
    app.services
        .drive(&mut f, recovery::Event::Submit, &now)
        .await;
    app.services
        .drive(&mut f, recovery::Event::Submit, &now)
        .await;
    assert!(app.services.resume_point(now()).is_some());
    app.advance_clock(601).await;
    assert_eq!(app.services.resume_point(now()), None);
}
