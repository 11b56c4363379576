//! E-mails to a real SMTP server (aiosmtpd) on loopback, read back from its Maildir with
//! Python's e-mail parser: French and Arabic subjects and bodies whole, the headers the issue
//! asks for, and none lost when the server is killed mid-stream.

use super::peers::SmtpPeer;
use super::{eventually, outbox_rows};
use macnss_server::config::DbLocation;
use macnss_server::db::{Db, DbError};
use macnss_server::delivery::smtp::SmtpGateway;
use macnss_server::delivery::{SmtpConfig, SmtpTls};
use macnss_server::messages::{Lang, text};
use macnss_server::notify::{
    Gateway, GatewayError, Message, Notifier, Outbox, RetryPolicy, deliver_queued, state,
};
use std::collections::BTreeMap;
use std::time::Duration;

/// E-mails queued.
const MAILS: u32 = 60;
const DOMAIN: &str = "cnss.example.ma";

fn mail(i: u32) -> (Lang, Message) {
    let lang = if i.is_multiple_of(2) {
        Lang::Fr
    } else {
        Lang::Ar
    };
    let code = format!("{:06}", 100_000 + i);
    let m = Message::email(
        format!("p{i}@example.ma"),
        text(lang, "email-recovery-code-subject", &[]),
        text(
            lang,
            "email-recovery-code-body",
            &[("code", &code), ("minutes", "10")],
        ),
    );
    (lang, m)
}

#[tokio::test]
#[ignore = "needs aiosmtpd in .venv (scripts/setup-test); scripts/test runs it"]
async fn e_mails_arrive_as_utf8_mime_in_french_and_arabic_and_a_killed_smtp_server_loses_none() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut peer = SmtpPeer::start(dir.path());
    let db = Db::open(&DbLocation::Memory).expect("db");
    let sent: Vec<(Lang, Message)> = (0..MAILS).map(mail).collect();
    let queued = sent.clone();
    db.call(move |conn| -> Result<(), DbError> {
        for (_, m) in &queued {
            Outbox.enqueue(conn, m, 0)?;
        }
        Ok(())
    })
    .await
    .expect("queued");
    // aiosmtpd offers no STARTTLS here: the opportunistic mode goes on in clear text, which
    // the configuration allows to a loopback relay only.
    let gateway = SmtpGateway::new(&config(
        peer.port,
        "127.0.0.1",
        SmtpTls::Opportunistic,
        None,
    ))
    .expect("gateway");
    let policy = RetryPolicy {
        max_attempts: 50,
        base_delay_ms: 100,
        max_delay_ms: 800,
    };

    // The relay runs while the SMTP server is killed once, mid-stream, and restarted.
    let relay = {
        let db = db.clone();
        tokio::spawn(async move {
            for _ in 0..400 {
                deliver_queued(&db, &gateway, None, false, policy)
                    .await
                    .expect("round");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let new = peer.maildir.join("new");
    let count = || std::fs::read_dir(&new).map_or(0, |d| d.count());
    eventually(Duration::from_secs(30), "the first e-mails", async || {
        count() >= 10
    })
    .await;
    peer.kill();
    let at_kill = count();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    peer.restart();
    eventually(
        Duration::from_secs(60),
        "every e-mail delivered",
        async || {
            outbox_rows(&db)
                .await
                .iter()
                .all(|r| r.2 == state::DELIVERED)
        },
    )
    .await;
    relay.abort();
    assert!(
        at_kill < MAILS as usize,
        "the kill came after the last e-mail ({at_kill})"
    );

    // At the receiving end: every e-mail once after de-duplication by Message-ID.
    let rows = outbox_rows(&db).await;
    let mailbox = peer.mailbox();
    let mut by_id: BTreeMap<String, Vec<&serde_json::Value>> = BTreeMap::new();
    for m in &mailbox {
        by_id
            .entry(m["message_id"].as_str().unwrap_or_default().to_owned())
            .or_default()
            .push(m);
    }
    assert_eq!(
        by_id.len(),
        MAILS as usize,
        "distinct Message-IDs at the peer"
    );
    for ((id, to, _, body, _), (lang, m)) in rows.iter().zip(&sent) {
        assert_eq!(to, &m.to);
        assert_eq!(
            body, "",
            "a delivered e-mail's body is purged outside the demo"
        );
        let copies = by_id
            .get(&format!("<{id}@{DOMAIN}>"))
            .unwrap_or_else(|| panic!("{id} ({lang:?}) is not in the mailbox"));
        for got in copies {
            assert_eq!(got["subject"], m.subject.as_str(), "{lang:?}");
            // On the wire (and so in the Maildir) lines end in CRLF.
            let body = got["body"]
                .as_str()
                .unwrap_or_default()
                .replace("\r\n", "\n");
            assert_eq!(body.trim_end_matches('\n'), m.body, "{lang:?}");
            assert_eq!(got["to"], m.to.as_str());
            assert_eq!(got["from"], format!("CNSS <no-reply@{DOMAIN}>").as_str());
            assert_eq!(got["auto_submitted"], "auto-generated");
            assert_eq!(got["content_type"], "text/plain");
            assert_eq!(got["charset"], "utf-8");
            assert!(!got["date"].as_str().unwrap_or_default().is_empty());
        }
    }
    let copies = mailbox.len();
    eprintln!("mail: {MAILS} e-mails, {copies} copies at the peer, {at_kill} before the kill");
    // The Arabic ones are really Arabic at the far end.
    assert!(mailbox.iter().any(|m| {
        m["subject"]
            .as_str()
            .is_some_and(|s| s.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)))
    }));
}

fn config(port: u16, host: &str, tls: SmtpTls, ca_file: Option<std::path::PathBuf>) -> SmtpConfig {
    SmtpConfig {
        host: host.into(),
        port,
        tls,
        from: format!("CNSS <no-reply@{DOMAIN}>"),
        username: None,
        password: None,
        password_file: None,
        timeout_seconds: 5,
        ca_file,
    }
}

#[tokio::test]
#[ignore = "needs aiosmtpd in .venv and openssl (scripts/setup-test); scripts/test runs it"]
async fn starttls_is_required_by_default_and_the_relays_certificate_is_checked() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (ca, cert, key) = super::peers::make_certificates(dir.path());
    let (_, m) = mail(1);
    let send = async |c: SmtpConfig| {
        SmtpGateway::new(&c)
            .expect("gateway")
            .deliver("tls-1", &m)
            .await
    };

    // A relay that offers STARTTLS with a certificate from the configured CA: delivered,
    // over TLS (aiosmtpd refuses MAIL before STARTTLS here).
    let tls_dir = dir.path().join("tls");
    std::fs::create_dir(&tls_dir).expect("dir");
    let peer = SmtpPeer::start_with(&tls_dir, Some((cert, key)));
    send(config(
        peer.port,
        "localhost",
        SmtpTls::Starttls,
        Some(ca.clone()),
    ))
    .await
    .expect("delivered over STARTTLS");
    let got = peer.mailbox();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["message_id"], format!("<tls-1@{DOMAIN}>").as_str());
    assert_eq!(got[0]["subject"], m.subject.as_str());
    // The same relay without our CA: its certificate is not trusted, nothing is sent.
    let refused = send(config(peer.port, "localhost", SmtpTls::Starttls, None)).await;
    assert!(
        matches!(refused, Err(GatewayError::Unavailable(_))),
        "{refused:?}"
    );
    assert_eq!(peer.mailbox().len(), 1);

    // A relay that does not offer STARTTLS: the default mode sends nothing in clear text.
    let plain_dir = dir.path().join("plain");
    std::fs::create_dir(&plain_dir).expect("dir");
    let plain = SmtpPeer::start(&plain_dir);
    let refused = send(config(plain.port, "127.0.0.1", SmtpTls::Starttls, None)).await;
    assert!(
        matches!(refused, Err(GatewayError::Unavailable(_))),
        "{refused:?}"
    );
    assert!(plain.mailbox().is_empty(), "nothing left in clear text");
}
