//! E-mails over SMTP with `lettre`: one MIME message per outbox row (UTF-8 subject and
//! `text/plain; charset=utf-8` body, `Message-ID: <{stable id}@{sender's domain}>`, `Date`,
//! `Auto-Submitted: auto-generated`), STARTTLS required unless configured otherwise.

use super::{DeliveryError, SmtpConfig, SmtpTls};
use crate::notify::{Delivery, Gateway, GatewayError, Message};
use lettre::message::Mailbox;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::time::Duration;

/// `Auto-Submitted: auto-generated` (RFC 3834): no vacation replies to our codes.
#[derive(Debug, Clone, Copy)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// The SMTP gateway.
pub struct SmtpGateway {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The Message-ID's right-hand side: the sender's domain.
    domain: String,
}

impl SmtpGateway {
    pub fn new(c: &SmtpConfig) -> Result<Self, DeliveryError> {
        let invalid = |e: &dyn std::fmt::Display| DeliveryError::Invalid(format!("smtp: {e}"));
        let from: Mailbox = c.from.parse().map_err(|e| invalid(&e))?;
        let domain = from.email.domain().to_owned();
        let ca = match &c.ca_file {
            Some(path) => {
                Some(std::fs::read(path).map_err(|e| DeliveryError::Read(path.to_owned(), e))?)
            }
            None => None,
        };
        let params = || {
            let mut b = TlsParameters::builder(c.host.clone());
            if let Some(pem) = &ca {
                b = b.add_root_certificate(Certificate::from_pem(pem).map_err(|e| invalid(&e))?);
            }
            b.build().map_err(|e| invalid(&e))
        };
        let tls = match c.tls {
            SmtpTls::Starttls => Tls::Required(params()?),
            SmtpTls::Tls => Tls::Wrapper(params()?),
            SmtpTls::Opportunistic => Tls::Opportunistic(params()?),
            SmtpTls::None => Tls::None,
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(c.host.clone())
            .port(c.port)
            .tls(tls)
            .timeout(Some(Duration::from_secs(c.timeout_seconds)));
        if let Some(user) = &c.username {
            let password = c.password.as_ref().map(|p| p.expose().to_owned());
            builder =
                builder.credentials(Credentials::new(user.clone(), password.unwrap_or_default()));
        }
        Ok(Self {
            transport: builder.build(),
            from,
            domain,
        })
    }

    /// The MIME message for `message` with stable id `id`.
    pub fn mime(&self, id: &str, message: &Message) -> Result<lettre::Message, GatewayError> {
        let to: Mailbox = message
            .to
            .parse()
            .map_err(|e| GatewayError::Refused(format!("invalid address: {e}")))?;
        lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .message_id(Some(message_id(id, &self.domain)))
            .date_now()
            .header(AutoSubmitted)
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|e| GatewayError::Refused(format!("cannot build the e-mail: {e}")))
    }
}

/// `<{id}@{domain}>`: the same on every attempt of the same message.
pub fn message_id(id: &str, domain: &str) -> String {
    format!("<{id}@{domain}>")
}

impl Gateway for SmtpGateway {
    fn deliver<'a>(&'a self, id: &'a str, message: &'a Message) -> Delivery<'a> {
        Box::pin(async move {
            let email = self.mime(id, message)?;
            match self.transport.send(email).await {
                Ok(_) => Ok(()),
                // A 5xx answer: this message will never be accepted (a refused recipient).
                Err(e) if e.is_permanent() => Err(GatewayError::Refused(e.to_string())),
                // A 4xx answer, a refused connection, a timeout, a TLS failure: try again.
                Err(e) => Err(GatewayError::Unavailable(e.to_string())),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mime_message_has_the_stable_id_date_auto_submitted_and_utf8_subject() {
        let g = SmtpGateway::new(&SmtpConfig {
            host: "127.0.0.1".into(),
            port: 25,
            tls: SmtpTls::None,
            from: "CNSS <no-reply@cnss.example.ma>".into(),
            username: None,
            password: None,
            password_file: None,
            timeout_seconds: 5,
            ca_file: None,
        })
        .expect("gateway");
        let m = Message::email("amina@example.ma", "رمز التحقق", "رمزك: 123456");
        let text =
            String::from_utf8(g.mime("abc_DEF-1", &m).expect("mime").formatted()).expect("ascii");
        assert!(
            text.contains("Message-ID: <abc_DEF-1@cnss.example.ma>"),
            "{text}"
        );
        assert!(text.contains("Auto-Submitted: auto-generated"));
        assert!(text.contains("Date: "));
        assert!(
            text.contains("Subject: =?utf-8?"),
            "encoded-word subject: {text}"
        );
        assert!(text.contains("Content-Type: text/plain; charset=utf-8"));
        assert!(text.contains("Content-Transfer-Encoding: "));
    }
}
