//! SMS to Kannel (bearerbox + smsbox + its fake SMSC) on loopback: every SMS template in every
//! language, with its worst-case arguments, arrives whole at the SMSC in one segment, as GSM-7
//! or UCS-2 as its characters need, under its stable message id; Kannel's delivery receipts
//! come back and are recorded against each message.

use super::peers::{Kannel, access_log_form, free_port};
use super::{eventually, outbox_rows};
use macnss_server::config::DbLocation;
use macnss_server::db::{Db, DbError};
use macnss_server::delivery::kannel::KannelGateway;
use macnss_server::delivery::{DeliveryConfig, Secret, SmsConfig, spawn_receipts};
use macnss_server::messages::{Lang, message_ids, sms_segments, sms_units, text};
use macnss_server::notify::{Message, Notifier, Outbox, RetryPolicy, deliver_queued, state};
use std::time::Duration;

/// The longest values each argument can take (as in `messages`' unit test).
const WORST: &[(&str, &str)] = &[
    ("code", "999999"),
    ("account_id", "999999999"),
    ("password", "WWWWWWWWWW"),
    ("hours", "168"),
    ("minutes", "60"),
    ("phone", macnss_server::directory::CNSS_PHONE),
];

#[tokio::test]
#[ignore = "needs Debian's kannel and kannel-extras (scripts/setup-test); scripts/test runs it"]
async fn every_sms_template_reaches_the_smsc_whole_in_one_segment_and_its_receipt_is_recorded() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let kannel = Kannel::start(dir.path());
    let db = Db::open(&DbLocation::Memory).expect("db");
    let mut sent = Vec::new();
    for lang in Lang::ALL {
        for id in message_ids(lang).iter().filter(|id| id.starts_with("sms-")) {
            let body = text(lang, id, WORST);
            assert_eq!(sms_segments(&body), 1, "{lang:?} {id}");
            sent.push((lang, Message::sms(format!("+21261{:07}", sent.len()), body)));
        }
    }
    assert!(sent.len() >= 15, "{} SMS templates", sent.len());
    let queued = sent.clone();
    db.call(move |conn| -> Result<(), DbError> {
        for (_, m) in &queued {
            Outbox.enqueue(conn, m, 0)?;
        }
        Ok(())
    })
    .await
    .expect("queued");
    let receipt_port = free_port();
    let sms = SmsConfig {
        kannel_url: format!("http://127.0.0.1:{}/cgi-bin/sendsms", kannel.sendsms_port),
        username: "macnss".into(),
        password: Some(Secret::new(kannel.password.clone())),
        password_file: None,
        from: "CNSS".into(),
        receipt_listen: Some(format!("127.0.0.1:{receipt_port}").parse().expect("addr")),
        receipt_url: None,
        timeout_seconds: 5,
    };
    let gateway = KannelGateway::new(&sms).expect("gateway");
    let receipts = spawn_receipts(
        &DeliveryConfig {
            sms: Some(sms),
            ..DeliveryConfig::default()
        },
        db.clone(),
    )
    .await
    .expect("receipt listener")
    .expect("configured");
    let round = deliver_queued(&db, &gateway, None, false, RetryPolicy::default())
        .await
        .expect("round");
    assert_eq!(round.delivered, sent.len(), "{round:?}");

    eventually(
        Duration::from_secs(30),
        "every SMS at the SMSC with its 'delivered' receipt",
        async || {
            kannel.by_id().len() == sent.len()
                && outbox_rows(&db)
                    .await
                    .iter()
                    .all(|r| r.4.as_deref() == Some("delivered"))
        },
    )
    .await;
    receipts.abort();
    let at_smsc = kannel.by_id();
    let smsc = kannel.at_smsc();
    for ((id, to, delivered, body, _), (lang, m)) in outbox_rows(&db).await.iter().zip(&sent) {
        assert_eq!(
            (*delivered, body.as_str()),
            (state::DELIVERED, ""),
            "purged"
        );
        let (got, _) = at_smsc
            .get(id)
            .unwrap_or_else(|| panic!("{id} not at the SMSC"));
        assert_eq!(&got.to, to);
        if got.coding == "2" {
            assert_eq!(got.text, m.body, "{lang:?}");
        } else {
            assert_eq!(got.text, access_log_form(&m.body), "{lang:?}");
        }
        // And the SMSC itself received the text whole.
        assert!(
            smsc.contains(&(to.clone(), m.body.clone())),
            "{lang:?}: the SMSC did not receive {:?}",
            m.body
        );
        let expected = if sms_units(&m.body).1 == 70 { "2" } else { "0" };
        assert_eq!(got.coding, expected, "{lang:?}: {}", m.body);
        if *lang == Lang::Ar {
            assert_eq!(got.coding, "2", "Arabic is UCS-2");
        }
    }
}
