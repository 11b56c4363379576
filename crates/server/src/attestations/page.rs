//! The words of an attestation, in French and Arabic for its PDF, and the public verification
//! page (server-rendered HTML, no script, fr/ar/en): what the document states, whether it is
//! valid, revoked or unknown, and a form to check a code by its signature.
//!
//! The page shows exactly what the document prints, nothing more; the code a person pastes is
//! posted in the body (never a URL).

use super::Lookup;
use super::pdf::{Page, Side};
use crate::messages::{Lang, text};
use chrono::{Datelike, NaiveDate};
use macnss_api::attestation::{AttestationKind, Facts, Statement, VerifyError};
use macnss_api::records::{Centimes, YearMonth};

fn t(lang: Lang, id: &str) -> String {
    text(lang, id, &[])
}

fn date(lang: Lang, d: NaiveDate) -> String {
    text(
        lang,
        "attestation-date",
        &[
            ("day", &d.day().to_string()),
            (
                "month",
                &t(lang, &format!("attestation-month-{}", d.month())),
            ),
            ("year", &d.year().to_string()),
        ],
    )
}

fn month(lang: Lang, m: YearMonth) -> String {
    format!(
        "{} {}",
        t(lang, &format!("attestation-month-{}", m.month())),
        m.year()
    )
}

/// `1 234,56` (a no-break space between thousands, a comma before the centimes, as in
/// Morocco). The no-break space is a common separator to the bidirectional algorithm, so the
/// number stays one left-to-right run in an Arabic line; a plain space would split it.
fn amount(lang: Lang, c: Centimes) -> String {
    let whole = c.0.abs() / 100;
    let cents = c.0.abs() % 100;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('\u{a0}');
        }
        grouped.push(ch);
    }
    let sign = if c.0 < 0 { "-" } else { "" };
    text(
        lang,
        "attestation-amount",
        &[("amount", &format!("{sign}{grouped},{cents:02}"))],
    )
}

/// The title of a kind, in a language (the family allowances' depends on the facts).
pub fn title(lang: Lang, facts: &Facts) -> String {
    let id = match facts {
        Facts::FamilyAllowances {
            receiving: false, ..
        } => "attestation-title-family-allowances-none".to_owned(),
        _ => format!("attestation-title-{}", facts.kind().slug()),
    };
    t(lang, &id)
}

/// The name of a kind in lists.
pub fn kind_name(lang: Lang, kind: AttestationKind) -> String {
    t(lang, &format!("attestation-title-{}", kind.slug()))
}

/// The labelled values the document prints.
pub fn rows(lang: Lang, s: &Statement) -> Vec<(String, String)> {
    let mut rows = vec![
        (t(lang, "attestation-holder"), s.holder.clone()),
        (
            t(lang, "attestation-immatriculation"),
            s.immatriculation.clone(),
        ),
        (t(lang, "attestation-id-number"), s.masked_id.clone()),
    ];
    match &s.facts {
        Facts::Immatriculation { since } => {
            if let Some(since) = since {
                rows.push((t(lang, "attestation-since"), date(lang, *since)));
            }
        }
        Facts::SalaryDeclaration {
            period,
            months,
            days,
            salary,
        } => {
            rows.push((
                t(lang, "attestation-period"),
                text(
                    lang,
                    "attestation-period-value",
                    &[
                        ("from", &month(lang, period.from)),
                        ("to", &month(lang, period.to)),
                    ],
                ),
            ));
            rows.push((t(lang, "attestation-months"), months.to_string()));
            rows.push((t(lang, "attestation-days"), days.to_string()));
            rows.push((t(lang, "attestation-salary"), amount(lang, *salary)));
        }
        Facts::AmoRights {
            beneficiary,
            relation,
            open,
            until,
        } => {
            rows.push((
                t(lang, "attestation-beneficiary"),
                format!("{beneficiary} ({})", super::relation(lang, *relation)),
            ));
            let rights = match (open, until) {
                (true, Some(until)) => text(
                    lang,
                    "attestation-rights-open-until",
                    &[("date", &date(lang, *until))],
                ),
                (true, None) => t(lang, "attestation-rights-open"),
                (false, _) => t(lang, "attestation-rights-closed"),
            };
            rows.push((t(lang, "attestation-rights"), rights));
        }
        Facts::FamilyAllowances {
            children, monthly, ..
        } => {
            rows.push((t(lang, "attestation-children"), children.to_string()));
            rows.push((t(lang, "attestation-monthly"), amount(lang, *monthly)));
        }
        Facts::Pension { monthly, since } => {
            rows.push((t(lang, "attestation-since"), date(lang, *since)));
            rows.push((t(lang, "attestation-monthly"), amount(lang, *monthly)));
        }
    }
    rows.push((t(lang, "attestation-issued-on"), date(lang, s.issued_on)));
    rows.push((t(lang, "attestation-reference"), s.reference.clone()));
    rows
}

/// The sentence that says what is attested.
fn sentence(lang: Lang, s: &Statement) -> String {
    let id = match &s.facts {
        Facts::Immatriculation { .. } => "attestation-says-immatriculation",
        Facts::SalaryDeclaration { .. } => "attestation-says-salary-declaration",
        Facts::AmoRights { open: true, .. } => "attestation-says-amo-rights-open",
        Facts::AmoRights { open: false, .. } => "attestation-says-amo-rights-closed",
        Facts::FamilyAllowances {
            receiving: true, ..
        } => "attestation-says-family-allowances",
        Facts::FamilyAllowances {
            receiving: false, ..
        } => "attestation-says-family-allowances-none",
        Facts::Pension { .. } => "attestation-says-pension",
    };
    text(lang, id, &[("holder", &s.holder)])
}

fn side(lang: Lang, s: &Statement, address: &str, kid: &str) -> Side {
    Side {
        country: t(lang, "attestation-country"),
        issuer: t(lang, "attestation-issuer"),
        title: title(lang, &s.facts),
        intro: t(lang, "attestation-intro"),
        rows: rows(lang, s),
        statement: sentence(lang, s),
        verify: text(lang, "attestation-verify", &[("address", address)]),
        signed: text(lang, "attestation-signed", &[("kid", kid)]),
    }
}

/// The PDF of `statement`, its QR holding the page's URL with `code` in the fragment.
pub fn document(statement: &Statement, code: &str, kid: &str, public_url: &str) -> Page {
    let address = super::page_url(public_url, &statement.id);
    Page {
        french: side(Lang::Fr, statement, &address, kid),
        arabic: side(Lang::Ar, statement, &address, kid),
        qr: format!("{address}#{code}"),
        address,
        title: format!(
            "{} — {}",
            title(Lang::Fr, &statement.facts),
            statement.reference
        ),
        document_id: statement.id.clone(),
        issued: (
            u16::try_from(statement.issued_on.year()).unwrap_or(2026),
            u8::try_from(statement.issued_on.month()).unwrap_or(1),
            u8::try_from(statement.issued_on.day()).unwrap_or(1),
        ),
    }
}

/// What the verification page reports.
pub enum Outcome {
    /// The online check of a document id.
    Lookup(Lookup),
    /// A pasted code, checked by its signature (and, when its document is known here,
    /// whether it was revoked), with what was pasted (given back in the field when refused).
    Checked(Result<Statement, VerifyError>, bool, String),
    /// The form alone.
    Form,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root{color-scheme:light dark;--ink:#1a1a1a;--bg:#fff;--brand:#0b4f8a;--ok:#0b6b2f;--bad:#a4161a;--line:#c9c9c9}
@media (prefers-color-scheme:dark){:root{--ink:#f2f2f2;--bg:#121212;--brand:#8cc4ff;--ok:#7ddc98;--bad:#ff9c9c;--line:#555}}
*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,'Noto Sans','Noto Naskh Arabic',sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:40rem;margin:0 auto;padding:1rem}header{border-bottom:3px solid var(--brand);padding:1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center}
header p{margin:0;font-weight:700;color:var(--brand)}nav a{margin-inline-end:.75rem;color:var(--brand)}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.15rem}
.status{border:2px solid;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0;font-weight:700}
.ok{color:var(--ok)}.bad{color:var(--bad)}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:400}dd{margin:0;font-weight:700;overflow-wrap:anywhere}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
label{display:block;font-weight:700;margin:1rem 0 .25rem}textarea{width:100%;min-height:6rem;font:inherit;color:inherit;background:inherit;border:2px solid var(--ink);border-radius:.25rem;padding:.5rem}
button{margin-top:.75rem;font:inherit;font-weight:700;padding:.75rem 1.25rem;min-height:44px;border:0;border-radius:.5rem;background:var(--brand);color:var(--bg);cursor:pointer}
:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
";

/// The page, in `lang`.
pub fn html(lang: Lang, outcome: &Outcome, id: Option<&str>) -> String {
    let dir = if lang == Lang::Ar { "rtl" } else { "ltr" };
    let mut body = String::new();
    let facts = |s: &Statement| {
        let mut dl = String::from("<dl>");
        dl.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>",
            escape(&t(lang, "verify-page-document")),
            escape(&title(lang, &s.facts))
        ));
        for (label, value) in rows(lang, s) {
            dl.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>",
                escape(&label),
                escape(&value)
            ));
        }
        dl.push_str("</dl>");
        dl
    };
    let status = |ok: bool, message: String| {
        format!(
            "<p class=\"status {}\" role=\"status\">{}</p>",
            if ok { "ok" } else { "bad" },
            escape(&message)
        )
    };
    match outcome {
        Outcome::Lookup(Lookup::Valid(s)) => {
            body.push_str(&status(true, t(lang, "verify-page-valid")));
            body.push_str(&facts(s));
            body.push_str(&format!(
                "<p>{}</p>",
                escape(&t(lang, "verify-page-compare"))
            ));
        }
        Outcome::Lookup(Lookup::Revoked(s, on)) => {
            body.push_str(&status(
                false,
                text(lang, "verify-page-revoked", &[("date", &date(lang, *on))]),
            ));
            body.push_str(&facts(s));
        }
        Outcome::Lookup(Lookup::Unknown) => {
            body.push_str(&status(false, t(lang, "verify-page-unknown")));
        }
        Outcome::Checked(Ok(s), revoked, _) => {
            if *revoked {
                body.push_str(&status(false, t(lang, "verify-page-signature-revoked")));
            } else {
                body.push_str(&status(true, t(lang, "verify-page-signature-valid")));
            }
            body.push_str(&facts(s));
        }
        Outcome::Checked(Err(e), _, _) => {
            let id = match e {
                VerifyError::Malformed => "verify-page-error-malformed",
                VerifyError::UnknownKey => "verify-page-error-unknown-key",
                VerifyError::BadSignature => "verify-page-error-bad-signature",
                VerifyError::OtherDocument => "verify-page-error-other-document",
            };
            body.push_str(&format!(
                "<p class=\"status bad\" role=\"alert\" id=\"verify-error\">{}</p>",
                escape(&t(lang, id))
            ));
        }
        Outcome::Form => {}
    }
    let action = format!(
        "{}check?lang={}",
        macnss_api::attestation::VERIFY_PAGE_PREFIX,
        lang.tag()
    );
    let here = id.map_or_else(
        || format!("{}check", macnss_api::attestation::VERIFY_PAGE_PREFIX),
        |id| format!("{}{id}", macnss_api::attestation::VERIFY_PAGE_PREFIX),
    );
    let nav: String = Lang::ALL
        .iter()
        .filter(|l| **l != lang)
        .map(|l| {
            format!(
                "<a href=\"{here}?lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\">{name}</a>",
                tag = l.tag(),
                name = escape(&t(*l, "verify-page-language-name"))
            )
        })
        .collect();
    let described = if matches!(outcome, Outcome::Checked(Err(_), _, _)) {
        " aria-describedby=\"verify-error\""
    } else {
        ""
    };
    // A refused code stays in the field, to be corrected rather than pasted again.
    let typed = match outcome {
        Outcome::Checked(Err(_), _, input) => escape(input),
        _ => String::new(),
    };
    format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\">\
<title>{title}</title><style>{STYLE}</style></head><body>\
<header><p>{issuer}</p><nav aria-label=\"{languages}\">{nav}</nav></header>\
<main><h1>{title}</h1>{body}\
<form method=\"post\" action=\"{action}\"><h2>{check}</h2><p>{check_help}</p>\
<label for=\"code\">{code_label}</label>\
<textarea id=\"code\" name=\"code\" required autocomplete=\"off\" spellcheck=\"false\" dir=\"ltr\"{described}>{typed}</textarea>\
<button type=\"submit\">{submit}</button></form></main></body></html>",
        lang = lang.tag(),
        title = escape(&t(lang, "verify-page-title")),
        issuer = escape(&t(lang, "attestation-issuer")),
        languages = escape(&t(lang, "verify-page-languages")),
        check = escape(&t(lang, "verify-page-check")),
        check_help = escape(&t(lang, "verify-page-check-help")),
        code_label = escape(&t(lang, "verify-page-code")),
        submit = escape(&t(lang, "verify-page-submit")),
    )
}
