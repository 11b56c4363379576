//! The read-only data pattern: load once, refresh, empty, failure keeps what was shown.

use super::*;
use crate::flows::remote::Remote;
use chrono::Duration;

#[test]
fn load_asks_once_and_a_loaded_value_keeps_its_fetch_time() {
    let mut r: Remote<Vec<u8>> = Remote::Idle;
    assert!(r.load());
    assert!(r.is_loading());
    assert!(!r.load(), "no second request while one is in flight");
    assert!(!r.refresh(), "no refresh while loading");
    r.finish(Ok(vec![1]), now());
    assert_eq!(r.value(), Some(&vec![1]));
    assert_eq!(r.current().map(|f| f.fetched_at), Some(now()));
    assert!(!r.load(), "opening the screen again does not reload");
}

#[test]
fn an_empty_answer_is_its_own_state() {
    let mut r: Remote<Vec<u8>> = Remote::Idle;
    r.load();
    r.finish(Ok(vec![]), now());
    assert_eq!(r, Remote::Empty { fetched_at: now() });
    assert_eq!(r.value(), None);
    assert!(r.refresh());
}

#[test]
fn a_failed_refresh_keeps_what_was_shown_and_can_be_retried() {
    let mut r: Remote<Vec<u8>> = Remote::Idle;
    r.load();
    r.finish(Ok(vec![7]), now());
    assert!(r.refresh());
    assert_eq!(r.value(), Some(&vec![7]), "shown while refreshing");
    let later = now() + Duration::seconds(30);
    r.finish(Err(ApiError::Offline), later);
    assert_eq!(r.error(), Some(&ApiError::Offline));
    assert_eq!(r.value(), Some(&vec![7]));
    assert_eq!(
        r.current().map(|f| f.fetched_at),
        Some(now()),
        "the old time, not the failure's"
    );
    assert!(
        r.load(),
        "a failed load is retried when the screen opens again"
    );
    r.finish(Ok(vec![8]), later);
    assert_eq!(
        r.current().map(|f| (f.value.clone(), f.fetched_at)),
        Some((vec![8], later))
    );
}

#[test]
fn an_answer_nobody_waits_for_changes_nothing() {
    let mut r: Remote<Vec<u8>> = Remote::Idle;
    r.finish(Ok(vec![1]), now());
    assert_eq!(r, Remote::Idle);
}
