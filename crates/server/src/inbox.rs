//! The inbox («Mes messages»): notices posted to a person in the same transaction as the
//! change they announce (so a message exists if and only if the change is committed), read
//! back a page at a time, waited for, and marked read.
//!
//! A notice is stored as the contract's JSON (`macnss_api::inbox::Notice`): ids, dates and
//! states, never a sentence, so the app renders it in whatever language the reader has when
//! they read it. A message worth it is pushed to the person's devices in the same
//! transaction ([`crate::push::fan_out`]). Messages are numbered (`seq`) in the order they are posted; the wait
//! ([`changes`]) asks for numbers above the newest the app has.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use macnss_api::inbox::{Cursor, Inbox, InboxChanges, InboxMessage, MAX_PAGE, Notice};
use rusqlite::{Connection, OptionalExtension, params};

/// How many days before a certificate's due date the reminder is posted.
pub const REMINDER_DAYS: i64 = 7;

/// The stored name of a notice's topic (`claims`, `security`, …).
fn topic_name(notice: &Notice) -> String {
    crate::records::name(notice.topic())
}

/// Posts `notice` to `account_id` (inside the caller's transaction), if it has an online
/// account.
pub fn post(
    conn: &Connection,
    account_id: &str,
    notice: &Notice,
    now: i64,
) -> rusqlite::Result<()> {
    insert(conn, account_id, notice, now, None).map(|_| ())
}

/// Posts `notice` unless one with the same `dedupe` key was posted to `account_id` already;
/// whether it was posted now.
pub fn post_once(
    conn: &Connection,
    account_id: &str,
    notice: &Notice,
    now: i64,
    dedupe: &str,
) -> rusqlite::Result<bool> {
    insert(conn, account_id, notice, now, Some(dedupe))
}

fn insert(
    conn: &Connection,
    account_id: &str,
    notice: &Notice,
    now: i64,
    dedupe: Option<&str>,
) -> rusqlite::Result<bool> {
    let json = serde_json::to_string(notice)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    // Only to an online account that exists: a document, a beneficiary or a household may
    // outlive the account (deleted) or precede it (not signed up yet), and a person's
    // messages must not wait for them in either case.
    let id = crate::crypto::random_token();
    let n = conn.execute(
        "INSERT OR IGNORE INTO inbox (id, account_id, topic, notice, posted_at, dedupe)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6
         WHERE EXISTS (SELECT 1 FROM accounts WHERE account_id = ?2)",
        params![id, account_id, topic_name(notice), json, now, dedupe],
    )?;
    if n == 1 {
        // Its pushes, in the same transaction: queued if and only if the message is.
        crate::push::fan_out(conn, account_id, &id, notice, now)?;
    }
    Ok(n == 1)
}

/// One of the account's messages, by id (the one a push notification carried).
pub fn one(
    conn: &Connection,
    account_id: &str,
    id: &str,
) -> rusqlite::Result<Option<InboxMessage>> {
    conn.query_row(
        "SELECT id, seq, posted_at, read_at, notice FROM inbox WHERE account_id = ?1 AND id = ?2",
        params![account_id, id],
        message,
    )
    .optional()
}

/// The start of `day` (UTC), for notices posted by a process that has a day, not a time (the
/// records' seeding).
pub fn start_of(day: NaiveDate) -> i64 {
    day.and_time(NaiveTime::MIN).and_utc().timestamp()
}

fn message(row: &rusqlite::Row<'_>) -> rusqlite::Result<InboxMessage> {
    let notice: String = row.get("notice")?;
    let notice: Notice = serde_json::from_str(&notice).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let at: i64 = row.get("posted_at")?;
    Ok(InboxMessage {
        id: row.get("id")?,
        seq: row.get("seq")?,
        at: DateTime::<Utc>::from_timestamp(at, 0).unwrap_or_default(),
        read: row.get::<_, Option<i64>>("read_at")?.is_some(),
        notice,
    })
}

/// How many of the account's messages are unread («Mon espace»'s card).
pub fn unread(conn: &Connection, account_id: &str) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT COUNT(*) FROM inbox WHERE account_id = ?1 AND read_at IS NULL",
        [account_id],
        |r| r.get(0),
    )
}

fn counts(conn: &Connection, account_id: &str) -> rusqlite::Result<(u32, i64)> {
    conn.query_row(
        "SELECT (SELECT COUNT(*) FROM inbox WHERE account_id = ?1 AND read_at IS NULL),
                (SELECT COALESCE(MAX(seq), 0) FROM inbox WHERE account_id = ?1)",
        [account_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// A page from `cursor`: unread messages newest first, then read ones newest first.
pub fn page(
    conn: &Connection,
    account_id: &str,
    cursor: Cursor,
    limit: u32,
) -> rusqlite::Result<Inbox> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX).max(1);
    let (unread, latest) = counts(conn, account_id)?;
    let mut messages = Vec::new();
    let read_below = match cursor {
        Cursor::Unread(below) => {
            messages = run(conn, UNREAD, account_id, below, limit)?;
            if messages.len() == limit {
                let last = messages.last().map_or(0, |m| m.seq);
                let next = if exists(conn, UNREAD, account_id, last)? {
                    Some(Cursor::Unread(last))
                } else if exists(conn, READ, account_id, i64::MAX)? {
                    Some(Cursor::Read(i64::MAX))
                } else {
                    None
                };
                return Ok(Inbox {
                    messages,
                    unread,
                    latest,
                    next: next.map(|c| c.to_string()),
                });
            }
            i64::MAX
        }
        Cursor::Read(below) => below,
    };
    let read = run(conn, READ, account_id, read_below, limit - messages.len())?;
    let last = read.last().map(|m| m.seq);
    let full = messages.len() + read.len() == limit;
    messages.extend(read);
    let next = match last {
        Some(seq) if full && exists(conn, READ, account_id, seq)? => {
            Some(Cursor::Read(seq).to_string())
        }
        _ => None,
    };
    Ok(Inbox {
        messages,
        unread,
        latest,
        next,
    })
}

const UNREAD: &str = "read_at IS NULL";
const READ: &str = "read_at IS NOT NULL";

/// The account's messages numbered below `below` that match `filter`, newest first.
fn run(
    conn: &Connection,
    filter: &str,
    account_id: &str,
    below: i64,
    limit: usize,
) -> rusqlite::Result<Vec<InboxMessage>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT * FROM inbox WHERE account_id = ?1 AND seq < ?2 AND {filter}
         ORDER BY seq DESC LIMIT ?3"
    ))?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    stmt.query_map(params![account_id, below, limit], message)?
        .collect()
}

fn exists(conn: &Connection, filter: &str, account_id: &str, below: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        &format!(
            "SELECT EXISTS (SELECT 1 FROM inbox WHERE account_id = ?1 AND seq < ?2 AND {filter})"
        ),
        params![account_id, below],
        |r| r.get(0),
    )
}

/// The messages numbered above `after`, oldest first (at most [`MAX_PAGE`]), and the counts.
pub fn changes(conn: &Connection, account_id: &str, after: i64) -> rusqlite::Result<InboxChanges> {
    let (unread, latest) = counts(conn, account_id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM inbox WHERE account_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
    )?;
    let messages = stmt
        .query_map(params![account_id, after, MAX_PAGE], message)?
        .collect::<Result<Vec<_>, _>>()?;
    // A full page: more may follow, so the next wait starts after the last one given.
    let latest = match messages.last() {
        Some(last) if messages.len() == MAX_PAGE as usize => last.seq,
        _ => latest,
    };
    Ok(InboxChanges {
        messages,
        unread,
        latest,
    })
}

/// Marks one of the account's messages read; `false` when it has no such message.
pub fn mark_read(
    conn: &Connection,
    account_id: &str,
    id: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let exists: Option<i64> = conn
        .query_row(
            "SELECT seq FROM inbox WHERE id = ?1 AND account_id = ?2",
            params![id, account_id],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_none() {
        return Ok(false);
    }
    conn.execute(
        "UPDATE inbox SET read_at = ?3 WHERE id = ?1 AND account_id = ?2 AND read_at IS NULL",
        params![id, account_id, now],
    )?;
    Ok(true)
}

/// Marks read every message of the account numbered up to `up_to`.
pub fn mark_all_read(
    conn: &Connection,
    account_id: &str,
    up_to: i64,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE inbox SET read_at = ?2 WHERE account_id = ?1 AND read_at IS NULL AND seq <= ?3",
        params![account_id, now, up_to],
    )?;
    Ok(())
}

/// Forgets the account's messages (account deletion).
pub fn forget(conn: &Connection, account_id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM inbox WHERE account_id = ?1", [account_id])?;
    Ok(())
}

/// Who is told of a claim: the insured and, when the beneficiary is a dependant with an
/// online account, that dependant.
pub fn claim_readers(conn: &Connection, claim_id: &str) -> rusqlite::Result<Vec<String>> {
    let (insured, dependant): (String, Option<String>) = conn.query_row(
        "SELECT c.insured_id, b.account_id FROM claims c
         JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE c.id = ?1",
        [claim_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut readers = vec![insured];
    if let Some(d) = dependant.filter(|d| !readers.contains(d)) {
        readers.push(d);
    }
    Ok(readers)
}

/// Posts, once per certificate asked for, the reminder that its due date is at most
/// [`REMINDER_DAYS`] away while nothing was sent (a check still `certificate_required` or
/// `refused`, due from `today` on); how many were posted. Run by the housekeeping round.
pub fn remind_due_certificates(
    conn: &Connection,
    today: NaiveDate,
    now: i64,
) -> rusqlite::Result<usize> {
    let until = today + Duration::days(REMINDER_DAYS);
    let mut stmt = conn.prepare_cached(
        "SELECT c.insured_id, s.child_id, s.school_year, s.due
         FROM schooling_checks s JOIN children c ON c.id = s.child_id
         WHERE s.state IN ('certificate_required', 'refused') AND s.due IS NOT NULL
            AND s.due >= ?1 AND s.due <= ?2",
    )?;
    let due: Vec<(String, String, i64, String)> = stmt
        .query_map(params![today.to_string(), until.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut posted = 0;
    for (account, child_id, year, day) in due {
        let Ok(day) = day.parse::<NaiveDate>() else {
            continue;
        };
        let notice = Notice::CertificateDueSoon {
            child_id: child_id.clone(),
            due: day,
        };
        if post_once(
            conn,
            &account,
            &notice,
            now,
            &format!("due:{child_id}:{year}:{day}"),
        )? {
            posted += 1;
        }
    }
    Ok(posted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use macnss_api::records::ClaimState;

    /// A database with the online accounts `a` and `b`.
    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().expect("ok");
        crate::db::migrate(&mut conn).expect("ok");
        conn.execute_batch(
            "INSERT INTO people (account_id, kind, doc_kind, doc_number, doc_expiry,
                birth_date, first_name, last_name)
             VALUES ('a', 'insured', 'cnie', 'A1', '2030-01-01', '1980-01-01', 'A', 'A'),
                    ('b', 'insured', 'cnie', 'B1', '2030-01-01', '1980-01-01', 'B', 'B');
             INSERT INTO accounts (account_id, phone, email, password_hash, temporary,
                terms_version, created_at)
             VALUES ('a', '+212600000001', 'a@example.ma', 'h', 0, '2026-01', 0),
                    ('b', '+212600000002', 'b@example.ma', 'h', 0, '2026-01', 0);",
        )
        .expect("accounts");
        conn
    }

    fn claim(n: u32) -> Notice {
        Notice::ClaimChanged {
            claim_id: format!("claim-{n}"),
            state: ClaimState::Reimbursed,
        }
    }

    fn first(conn: &Connection, account: &str, limit: u32) -> Inbox {
        page(conn, account, Cursor::START, limit).expect("ok")
    }

    fn next(conn: &Connection, p: &Inbox, limit: u32) -> Inbox {
        let c = Cursor::parse(p.next.as_deref().expect("ok")).expect("ok");
        page(conn, "a", c, limit).expect("ok")
    }

    fn seqs(p: &Inbox) -> Vec<i64> {
        p.messages.iter().map(|m| m.seq).collect()
    }

    #[test]
    fn messages_are_numbered_in_order_and_kept_per_account() {
        let conn = db();
        post(&conn, "a", &claim(1), 10).expect("ok");
        post(&conn, "b", &claim(2), 11).expect("ok");
        post(&conn, "a", &Notice::PasswordChanged, 12).expect("ok");
        let a = first(&conn, "a", MAX_PAGE);
        assert_eq!(a.unread, 2);
        assert_eq!(a.messages.len(), 2);
        assert_eq!(
            a.messages[0].notice,
            Notice::PasswordChanged,
            "newest first"
        );
        assert!(a.messages[0].seq > a.messages[1].seq);
        assert_eq!(a.latest, a.messages[0].seq);
        assert_eq!(a.messages[0].at.timestamp(), 12);
        assert!(!a.messages[0].read);
        assert_eq!(a.next, None);
        let b = first(&conn, "b", MAX_PAGE);
        assert_eq!(b.messages.len(), 1);
        assert_eq!(b.messages[0].notice, claim(2));
        assert_eq!(first(&conn, "nobody", 5).latest, 0);
    }

    #[test]
    fn unread_come_first_then_read_ones_page_by_page() {
        let conn = db();
        for n in 0..7 {
            post(&conn, "a", &claim(n), i64::from(n)).expect("ok");
        }
        let all = changes(&conn, "a", 0).expect("ok").messages;
        let s: Vec<i64> = all.iter().map(|m| m.seq).collect();
        // Read all but 1 and 5: the unread are older and newer than read ones.
        for (i, m) in all.iter().enumerate() {
            if i != 1 && i != 5 {
                assert!(mark_read(&conn, "a", &m.id, 100).expect("ok"));
            }
        }
        let p1 = first(&conn, "a", 3);
        assert_eq!(
            seqs(&p1),
            vec![s[5], s[1], s[6]],
            "both unread, then the newest read"
        );
        assert_eq!(p1.unread, 2);
        assert!(p1.messages[2].read);
        let p2 = next(&conn, &p1, 3);
        assert_eq!(seqs(&p2), vec![s[4], s[3], s[2]]);
        let p3 = next(&conn, &p2, 3);
        assert_eq!(seqs(&p3), vec![s[0]]);
        assert_eq!(p3.next, None);
    }

    #[test]
    fn unread_beyond_a_page_continue_on_the_next_then_the_read_ones() {
        let conn = db();
        for n in 0..5 {
            post(&conn, "a", &claim(n), i64::from(n)).expect("ok");
        }
        let all = changes(&conn, "a", 0).expect("ok").messages;
        let s: Vec<i64> = all.iter().map(|m| m.seq).collect();
        mark_read(&conn, "a", &all[4].id, 9).expect("ok");
        let p1 = first(&conn, "a", 2);
        assert_eq!(seqs(&p1), vec![s[3], s[2]]);
        let p2 = next(&conn, &p1, 2);
        assert_eq!(seqs(&p2), vec![s[1], s[0]], "the older unread");
        let p3 = next(&conn, &p2, 2);
        assert_eq!(seqs(&p3), vec![s[4]], "then the read one");
        assert_eq!(p3.next, None);
        // Exactly a page of unread and nothing read: no next page.
        let conn = db();
        post(&conn, "a", &claim(1), 1).expect("ok");
        post(&conn, "a", &claim(2), 2).expect("ok");
        assert_eq!(first(&conn, "a", 2).next, None);
    }

    #[test]
    fn changes_are_those_above_a_number_oldest_first() {
        let conn = db();
        post(&conn, "a", &claim(1), 1).expect("ok");
        let latest = changes(&conn, "a", 0).expect("ok").latest;
        assert!(changes(&conn, "a", latest).expect("ok").messages.is_empty());
        post(&conn, "a", &claim(2), 2).expect("ok");
        post(&conn, "a", &claim(3), 3).expect("ok");
        let c = changes(&conn, "a", latest).expect("ok");
        assert_eq!(
            c.messages
                .iter()
                .map(|m| m.notice.clone())
                .collect::<Vec<_>>(),
            vec![claim(2), claim(3)]
        );
        assert_eq!(c.unread, 3);
        assert_eq!(c.latest, c.messages[1].seq);
    }

    #[test]
    fn reading_is_per_account_and_idempotent() {
        let conn = db();
        post(&conn, "a", &claim(1), 1).expect("ok");
        let id = changes(&conn, "a", 0).expect("ok").messages[0].id.clone();
        assert!(
            !mark_read(&conn, "b", &id, 5).expect("ok"),
            "not b's message"
        );
        assert_eq!(changes(&conn, "a", 0).expect("ok").unread, 1);
        assert!(mark_read(&conn, "a", &id, 5).expect("ok"));
        assert!(
            mark_read(&conn, "a", &id, 9).expect("ok"),
            "again: still fine"
        );
        assert_eq!(changes(&conn, "a", 0).expect("ok").unread, 0);
        post(&conn, "a", &claim(2), 10).expect("ok");
        let shown = changes(&conn, "a", 0).expect("ok").latest;
        post(&conn, "a", &claim(3), 11).expect("ok");
        // Up to what was shown: the one posted since stays unread.
        mark_all_read(&conn, "a", shown, 12).expect("ok");
        assert_eq!(changes(&conn, "a", 0).expect("ok").unread, 1);
        mark_all_read(&conn, "a", i64::MAX, 13).expect("ok");
        assert_eq!(changes(&conn, "a", 0).expect("ok").unread, 0);
        forget(&conn, "a").expect("ok");
        assert!(changes(&conn, "a", 0).expect("ok").messages.is_empty());
    }

    #[test]
    fn nothing_is_kept_for_an_account_that_does_not_exist() {
        let conn = db();
        post(&conn, "nobody", &claim(1), 1).expect("ok");
        assert!(
            !post_once(&conn, "nobody", &claim(2), 2, "k").expect("ok"),
            "not posted"
        );
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM inbox", [], |r| r.get(0))
            .expect("ok");
        assert_eq!(n, 0);
    }

    #[test]
    fn a_burst_beyond_a_page_comes_in_pages_of_waits() {
        let conn = db();
        for n in 0..(MAX_PAGE + 7) {
            post(&conn, "a", &claim(n), i64::from(n)).expect("ok");
        }
        let first = changes(&conn, "a", 0).expect("ok");
        assert_eq!(first.messages.len(), MAX_PAGE as usize);
        assert_eq!(first.latest, first.messages[MAX_PAGE as usize - 1].seq);
        let rest = changes(&conn, "a", first.latest).expect("ok");
        assert_eq!(rest.messages.len(), 7);
        assert!(
            changes(&conn, "a", rest.latest)
                .expect("ok")
                .messages
                .is_empty()
        );
    }

    #[test]
    fn a_number_is_never_given_twice() {
        let conn = db();
        post(&conn, "a", &claim(1), 1).expect("ok");
        let first = changes(&conn, "a", 0).expect("ok").latest;
        forget(&conn, "a").expect("ok");
        post(&conn, "a", &claim(2), 2).expect("ok");
        assert!(changes(&conn, "a", 0).expect("ok").latest > first);
    }

    #[test]
    fn a_reminder_is_posted_once_within_seven_days_of_the_due_date() {
        let conn = db();
        conn.execute_batch(
            "INSERT INTO children (id, insured_id, first_name, birth_date, situation)
                VALUES ('k1', 'a', 'Yasmine', '2015-01-01', 'ordinary'),
                       ('k2', 'a', 'Omar', '2016-01-01', 'ordinary'),
                       ('k3', 'a', 'Sara', '2017-01-01', 'ordinary');
             INSERT INTO schooling_checks (child_id, school_year, state, due, updated_on)
                VALUES ('k1', 2026, 'certificate_required', '2026-12-15', '2026-09-01'),
                       ('k2', 2026, 'received', '2026-12-10', '2026-09-01'),
                       ('k3', 2026, 'refused', '2026-12-30', '2026-09-01');",
        )
        .expect("ok");
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).expect("ok");
        // 9 days before: nothing yet.
        assert_eq!(remind_due_certificates(&conn, day(6), 1).expect("ok"), 0);
        // 7 days before k1's due date: k1 (k2 was received; k3 is due later).
        assert_eq!(remind_due_certificates(&conn, day(8), 2).expect("ok"), 1);
        assert_eq!(
            remind_due_certificates(&conn, day(9), 3).expect("ok"),
            0,
            "once"
        );
        let c = changes(&conn, "a", 0).expect("ok");
        assert_eq!(
            c.messages[0].notice,
            Notice::CertificateDueSoon {
                child_id: "k1".into(),
                due: day(15)
            }
        );
        // The due day itself still reminds k3 on its own 7-day window; past the date, nothing.
        assert_eq!(remind_due_certificates(&conn, day(23), 4).expect("ok"), 1);
        assert_eq!(remind_due_certificates(&conn, day(31), 5).expect("ok"), 0);
    }
}
