"""Prints every message of a Maildir (new/ and cur/) as one JSON list, decoded by Python's
own e-mail parser (an implementation independent of the server's): the headers the tests
check, the decoded subject and the decoded text body."""
import email
import email.policy
import json
import mailbox
import sys

out = []
for key, raw in mailbox.Maildir(sys.argv[1], factory=None).items():
    msg = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain",))
    out.append({
        "key": key,
        "message_id": str(msg["Message-ID"] or ""),
        "date": str(msg["Date"] or ""),
        "auto_submitted": str(msg["Auto-Submitted"] or ""),
        "from": str(msg["From"] or ""),
        "to": str(msg["To"] or ""),
        "subject": str(msg["Subject"] or ""),
        "content_type": msg.get_content_type(),
        "charset": msg.get_content_charset() or "",
        "body": body.get_content() if body is not None else "",
    })
print(json.dumps(out, ensure_ascii=False))
