"""Read an e-mail saved as .eml (stdlib ``email``): the body and Subject/From/Date.

Newsletters and press releases arrive by mail. The plain-text part is preferred; an HTML
part goes through the HTML reader so its markup and scripts are dropped.
"""

from __future__ import annotations

import email
import email.policy
from datetime import date
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from comparer.ingest.encoding import decode
from comparer.ingest.formats.html import read_html
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.model import Metadata


def read_eml(data: bytes) -> Raw:
    """Extract the body and headers of a message."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        raise Refusal("not an e-mail message")
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise Refusal("e-mail has no text or HTML body")
    body = _body_bytes(part)
    text = read_html(body).text if part.get_content_subtype() == "html" else decode(body)
    return Raw(text=text, media_type="message/rfc822", meta=_metadata(message))


def _body_bytes(part: object) -> bytes:
    payload = part.get_payload(decode=True) if isinstance(part, EmailMessage) else None
    if not isinstance(payload, bytes) or not payload.strip():
        raise Refusal("e-mail body is empty")
    charset = part.get_content_charset() if isinstance(part, EmailMessage) else None
    if charset:
        try:
            return payload.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    return payload


def _metadata(message: EmailMessage) -> Metadata:
    raw_date = str(message.get("Date", "") or "")
    return Metadata(
        title=str(message.get("Subject", "") or "").strip(),
        author=str(message.get("From", "") or "").strip(),
        published_raw=raw_date,
        published=_mail_date(raw_date),
    )


def _mail_date(raw: str) -> date | None:
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError):
        return None
