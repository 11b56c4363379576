//! The peers someone else wrote, started by the tests on loopback and stopped by PID: an SMTP
//! server (PyPI `aiosmtpd` in the project's `.venv`, writing a Maildir) and an SMS gateway
//! (Debian's Kannel: bearerbox with its fake SMSC, smsbox for HTTP `sendsms`, and the
//! `fakesmsc` test client playing the operator's SMSC). `scripts/setup-test` installs both.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A free loopback port (bound, read, released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The repository's root (`.venv` lives there).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python() -> PathBuf {
    let p = repo_root().join(".venv/bin/python");
    assert!(
        p.exists(),
        "{} is missing: run scripts/setup-test (it installs aiosmtpd into .venv)",
        p.display()
    );
    p
}

/// Waits until something listens on 127.0.0.1:`port` (bounded).
pub fn wait_listening(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A child process killed (SIGKILL) and reaped when dropped.
pub struct Proc(Child);

impl Proc {
    fn spawn(command: &mut Command, log: &Path) -> Self {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log file");
        let err = log.try_clone().expect("log file");
        Self(
            command
                .stdin(Stdio::null())
                .stdout(log)
                .stderr(err)
                .spawn()
                .expect("the peer starts"),
        )
    }

    pub fn kill(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.kill();
    }
}

/// aiosmtpd on 127.0.0.1, every message it accepts written to a Maildir.
pub struct SmtpPeer {
    pub port: u16,
    pub maildir: PathBuf,
    log: PathBuf,
    /// STARTTLS offered and required, with this certificate and key.
    tls: Option<(PathBuf, PathBuf)>,
    proc: Option<Proc>,
}

/// A test CA and a certificate it signs for `localhost` and 127.0.0.1 (openssl, P-256):
/// (ca.pem, server.pem, server.key).
pub fn make_certificates(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let (ca_key, ca, key, csr, cert, ext) = (
        dir.join("ca.key"),
        dir.join("ca.pem"),
        dir.join("server.key"),
        dir.join("server.csr"),
        dir.join("server.pem"),
        dir.join("server.ext"),
    );
    std::fs::write(
        &ext,
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .expect("ext file");
    let openssl = |args: &[&std::ffi::OsStr]| {
        let out = Command::new("openssl")
            .args(args)
            .output()
            .expect("openssl runs (scripts/setup-test installs it)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let s = |x: &str| std::ffi::OsStr::new(x).to_owned();
    let p = |x: &Path| x.as_os_str().to_owned();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    let mut a: Vec<std::ffi::OsString> = vec![s("req"), s("-x509")];
    a.extend(ec.iter().map(|x| s(x)));
    a.extend([
        s("-keyout"),
        p(&ca_key),
        s("-out"),
        p(&ca),
        s("-days"),
        s("2"),
    ]);
    a.extend([s("-subj"), s("/CN=MaCNSS test CA")]);
    a.extend([s("-addext"), s("basicConstraints=critical,CA:TRUE")]);
    a.extend([s("-addext"), s("keyUsage=critical,keyCertSign,cRLSign")]);
    openssl(&a.iter().map(|x| x.as_os_str()).collect::<Vec<_>>());
    let mut a: Vec<std::ffi::OsString> = vec![s("req")];
    a.extend(ec.iter().map(|x| s(x)));
    a.extend([
        s("-keyout"),
        p(&key),
        s("-out"),
        p(&csr),
        s("-subj"),
        s("/CN=localhost"),
    ]);
    openssl(&a.iter().map(|x| x.as_os_str()).collect::<Vec<_>>());
    let a = [
        s("x509"),
        s("-req"),
        s("-in"),
        p(&csr),
        s("-CA"),
        p(&ca),
        s("-CAkey"),
        p(&ca_key),
        s("-CAcreateserial"),
        s("-out"),
        p(&cert),
        s("-days"),
        s("2"),
        s("-extfile"),
        p(&ext),
    ];
    openssl(&a.iter().map(|x| x.as_os_str()).collect::<Vec<_>>());
    (ca, cert, key)
}

impl SmtpPeer {
    pub fn start(dir: &Path) -> Self {
        Self::start_with(dir, None)
    }

    /// With STARTTLS offered (and required before MAIL) with `cert` and `key`.
    pub fn start_with(dir: &Path, tls: Option<(PathBuf, PathBuf)>) -> Self {
        let mut peer = Self {
            port: free_port(),
            maildir: dir.join("Maildir"),
            log: dir.join("aiosmtpd.log"),
            tls,
            proc: None,
        };
        peer.restart();
        peer
    }

    /// (Re)starts the server on the same port and Maildir.
    pub fn restart(&mut self) {
        self.kill();
        let mut command = Command::new(python());
        command
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port));
        if let Some((cert, key)) = &self.tls {
            command.arg("--tlscert").arg(cert).arg("--tlskey").arg(key);
        }
        command
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.maildir);
        let proc = Proc::spawn(&mut command, &self.log);
        self.proc = Some(proc);
        wait_listening(self.port, "aiosmtpd");
    }

    /// SIGKILL.
    pub fn kill(&mut self) {
        if let Some(mut p) = self.proc.take() {
            p.kill();
        }
    }

    /// Every message of the Maildir, decoded by Python's `email` package.
    pub fn mailbox(&self) -> Vec<Value> {
        if !self.maildir.join("new").exists() {
            return Vec::new();
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/delivery/maildir.py");
        let out = Command::new(python())
            .arg(script)
            .arg(&self.maildir)
            .output()
            .expect("maildir.py runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("maildir.py prints JSON")
    }
}

const BEARERBOX: &str = "/usr/sbin/bearerbox";
const SMSBOX: &str = "/usr/sbin/smsbox";
const FAKESMSC: &str = "/usr/lib/kannel/test/fakesmsc";

/// Kannel on 127.0.0.1: bearerbox (fake SMSC link, file store), smsbox (`sendsms`), and
/// `fakesmsc` as the SMSC. Its access log is the oracle: one `Sent SMS` line per SMS the
/// SMSC took, with the server's stable message id as `BINF`.
pub struct Kannel {
    pub sendsms_port: u16,
    pub password: String,
    dir: PathBuf,
    conf: PathBuf,
    smsc_port: u16,
    bearerbox: Option<Proc>,
    smsbox: Option<Proc>,
    fakesmsc: Option<Proc>,
}

/// One SMS in Kannel's access log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sms {
    pub id: String,
    pub to: String,
    /// `0` GSM-7, `2` UCS-2 (Kannel's coding).
    pub coding: String,
    /// As the access log writes it: whole for UCS-2 (hex), each non-ASCII byte of the UTF-8
    /// text as `.` otherwise (see [`access_log_form`]).
    pub text: String,
}

/// How Kannel's access log writes a GSM-7 text: its UTF-8 with every non-ASCII byte as `.`.
pub fn access_log_form(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii() { char::from(b) } else { '.' })
        .collect()
}

impl Kannel {
    pub fn start(dir: &Path) -> Self {
        for bin in [BEARERBOX, SMSBOX, FAKESMSC] {
            assert!(
                Path::new(bin).exists(),
                "{bin} is missing: run scripts/setup-test (Debian kannel and kannel-extras)"
            );
        }
        let [admin, smsbox_port, smsc_port, sendsms_port] =
            [free_port(), free_port(), free_port(), free_port()];
        let d = dir.display();
        let password = "kannel-test-secret".to_owned();
        let conf = dir.join("kannel.conf");
        std::fs::write(
            &conf,
            format!(
                r#"group = core
admin-port = {admin}
admin-password = {password}
admin-interface = 127.0.0.1
admin-allow-ip = 127.0.0.1
smsbox-port = {smsbox_port}
smsbox-interface = 127.0.0.1
log-file = "{d}/bearerbox.log"
access-log = "{d}/access.log"
log-level = 1
dlr-storage = internal
store-type = file
store-location = "{d}/kannel.store"

group = smsc
smsc = fake
smsc-id = fake
host = 127.0.0.1
port = {smsc_port}
connect-allow-ip = 127.0.0.1

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {smsbox_port}
sendsms-port = {sendsms_port}
sendsms-interface = 127.0.0.1
log-file = "{d}/smsbox.log"
log-level = 1

group = sendsms-user
username = macnss
password = {password}
user-allow-ip = 127.0.0.1
max-messages = 1
concatenation = false

group = sms-service
keyword = default
catch-all = true
max-messages = 0
text = "ok"
"#
            ),
        )
        .expect("kannel.conf");
        let mut k = Self {
            sendsms_port,
            password,
            dir: dir.to_owned(),
            conf,
            smsc_port,
            bearerbox: None,
            smsbox: None,
            fakesmsc: None,
        };
        k.restart();
        k
    }

    /// The `[sms]` environment pointing the server at this Kannel.
    pub fn env(&self, receipt_port: u16) -> Vec<(String, String)> {
        vec![
            (
                "MACNSS_SMS_KANNEL_URL".into(),
                format!("http://127.0.0.1:{}/cgi-bin/sendsms", self.sendsms_port),
            ),
            ("MACNSS_SMS_USERNAME".into(), "macnss".into()),
            ("MACNSS_SMS_PASSWORD".into(), self.password.clone()),
            (
                "MACNSS_SMS_RECEIPT_LISTEN".into(),
                format!("127.0.0.1:{receipt_port}"),
            ),
        ]
    }

    /// (Re)starts the three processes (same ports, same store).
    pub fn restart(&mut self) {
        self.kill();
        let log = self.dir.join("kannel.out");
        self.bearerbox = Some(Proc::spawn(Command::new(BEARERBOX).arg(&self.conf), &log));
        wait_listening(self.smsc_port, "bearerbox");
        self.smsbox = Some(Proc::spawn(Command::new(SMSBOX).arg(&self.conf), &log));
        self.fakesmsc = Some(Proc::spawn(
            Command::new(FAKESMSC)
                .args(["-H", "127.0.0.1", "-r"])
                .arg(self.smsc_port.to_string())
                .args(["-i", "1", "-m", "0", "unused"]),
            &self.dir.join("fakesmsc.out"),
        ));
        wait_listening(self.sendsms_port, "smsbox");
    }

    /// SIGKILL all three.
    pub fn kill(&mut self) {
        for p in [&mut self.smsbox, &mut self.fakesmsc, &mut self.bearerbox] {
            if let Some(mut p) = p.take() {
                p.kill();
            }
        }
    }

    /// Every SMS the SMSC took, oldest first, from the access log.
    pub fn sent(&self) -> Vec<Sms> {
        let log = std::fs::read_to_string(self.dir.join("access.log")).unwrap_or_default();
        log.lines()
            .filter(|l| l.contains("Sent SMS"))
            .filter_map(parse_sent)
            .collect()
    }

    /// Every SMS the SMSC (`fakesmsc`) received: (to, text), decoded.
    pub fn at_smsc(&self) -> Vec<(String, String)> {
        let out = std::fs::read_to_string(self.dir.join("fakesmsc.out")).unwrap_or_default();
        out.lines().filter_map(parse_fakesmsc).collect()
    }

    /// The distinct messages, by id, with how many copies the SMSC took of each.
    pub fn by_id(&self) -> BTreeMap<String, (Sms, usize)> {
        let mut m: BTreeMap<String, (Sms, usize)> = BTreeMap::new();
        for s in self.sent() {
            let e = m.entry(s.id.clone()).or_insert((s.clone(), 0));
            assert_eq!(e.0, s, "two different SMS under one message id");
            e.1 += 1;
        }
        m
    }
}

impl Drop for Kannel {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The value of `[name:…]` in an access-log line.
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let start = line.find(&format!("[{name}:"))? + name.len() + 2;
    let end = start + line[start..].find("] [")?;
    Some(&line[start..end])
}

fn parse_sent(line: &str) -> Option<Sms> {
    let flags = field(line, "flags")?;
    let coding = flags.split(':').nth(1)?.to_owned();
    let msg = field(line, "msg")?;
    let (_, data) = msg.split_once(':')?;
    let text = if coding == "2" {
        let units: Vec<u16> = (0..data.len() / 4)
            .filter_map(|i| u16::from_str_radix(&data[i * 4..i * 4 + 4], 16).ok())
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        data.to_owned()
    };
    Some(Sms {
        id: field(line, "BINF")?.to_owned(),
        to: field(line, "to")?.to_owned(),
        coding,
        text,
    })
}

/// `Got message N: <from to text|ucs-2 data>`; UCS-2 data is URL-encoded UTF-16BE.
fn parse_fakesmsc(line: &str) -> Option<(String, String)> {
    let inner = line.split_once(": <")?.1.strip_suffix('>')?;
    let mut parts = inner.splitn(4, ' ');
    let (_from, to, kind, data) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let text = match kind {
        "text" => data.to_owned(),
        "ucs-2" => {
            let mut bytes = Vec::new();
            let b = data.as_bytes();
            let mut i = 0;
            while i < b.len() {
                match b[i] {
                    b'%' if i + 2 < b.len() => {
                        bytes.push(u8::from_str_radix(&data[i + 1..i + 3], 16).ok()?);
                        i += 3;
                    }
                    b'+' => {
                        bytes.push(b' ');
                        i += 1;
                    }
                    c => {
                        bytes.push(c);
                        i += 1;
                    }
                }
            }
            let units: Vec<u16> = bytes
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => return None,
    };
    Some((to.to_owned(), text))
}

#[test]
fn the_fakesmsc_parser_reads_text_and_ucs2() {
    let l = "2026-12-02 01:29:55 [16698] [0] DEBUG: Got message 8: <CNSS +212610000007 ucs-2 %00c%00o%00d%00e%00+%061%06E%062>";
    assert_eq!(
        parse_fakesmsc(l),
        Some(("+212610000007".into(), "code رمز".into()))
    );
    let l = "x DEBUG: Got message 1: <CNSS +2126 text Ne le donnez à personne.>";
    assert_eq!(
        parse_fakesmsc(l),
        Some(("+2126".into(), "Ne le donnez à personne.".into()))
    );
    assert_eq!(access_log_form("à b"), ".. b");
}

#[test]
fn the_access_log_parser_reads_gsm7_and_ucs2_lines() {
    let ucs2 = "2026-12-02 01:20:47 Sent SMS [SMSC:fake] [SVC:macnss] [ACT:] [BINF:msg-abc] [FID:] [META:] [from:CNSS] [to:+212600000001] [flags:-1:2:-1:-1:3] [msg:10:06450631062D06280627] [udh:0:]";
    let s = parse_sent(ucs2).expect("parsed");
    assert_eq!(
        (s.id.as_str(), s.to.as_str(), s.coding.as_str()),
        ("msg-abc", "+212600000001", "2")
    );
    assert_eq!(s.text, "مرحبا");
    let gsm = "2026-12-02 01:20:47 Sent SMS [SMSC:fake] [SVC:macnss] [ACT:] [BINF:x] [FID:] [META:] [from:CNSS] [to:+2] [flags:-1:0:-1:-1:-1] [msg:11:code 123456] [udh:0:]";
    assert_eq!(parse_sent(gsm).expect("parsed").text, "code 123456");
}
