"""Sessions as JSON-ready data, the one form both the library and ``.comparer`` files keep.

The document carries its own ``format`` number; a newer one is refused rather than half
read. A session holding event choices is written as format 2 (an older Comparer, which
would ignore them and show other events, refuses it); any other as format 1, which every
version reads, and a document without ``events`` has none. Anchors are written field by
field, times as ISO strings with their UTC offset. The library's bookkeeping (id,
revision, created, modified) is not part of the document: it lives in the library's own
columns, and a session moved to another library gets new ones. Anything malformed comes
back as one :class:`~comparer.sessions.model.SessionError`.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from comparer.sessions.model import (
    Bookmark,
    Decision,
    DifferenceAnchor,
    EventChoice,
    Link,
    Note,
    ReviewState,
    SentenceAnchor,
    Session,
    SessionError,
    Target,
)

FORMAT = 2
# The format of a session without event choices: what Comparer wrote before they existed.
PLAIN_FORMAT = 1


def session_to_json(session: Session) -> dict[str, Any]:
    """The session's content as plain dicts and lists, ready for ``json.dumps``."""
    document = {
        "format": FORMAT if session.events else PLAIN_FORMAT,
        "name": session.name,
        "articles": list(session.articles),
        "engine_version": session.engine_version,
        "result_digest": session.result_digest,
        "decisions": [_decision(d) for d in session.decisions],
        "notes": [
            {"id": n.id, "target": _target(n.target), "text": n.text, "created": _time(n.created)}
            for n in session.notes
        ],
        "bookmarks": [
            {"id": b.id, "target": _target(b.target), "label": b.label, "created": _time(b.created)}
            for b in session.bookmarks
        ],
        "links": [{"a": asdict(k.a), "b": asdict(k.b), "linked": k.linked} for k in session.links],
        "view": session.view,
    }
    if session.events:
        document["events"] = [
            {"articles": list(e.articles), "together": e.together} for e in session.events
        ]
    return document


def _decision(decision: Decision) -> dict[str, Any]:
    # Who and when are left out when unknown, as sessions saved before them were written.
    written: dict[str, Any] = {"difference": asdict(decision.anchor), "state": decision.state.value}
    if decision.by:
        written["by"] = decision.by
    if decision.at is not None:
        written["at"] = _time(decision.at)
    return written


def _read_decision(written: dict[str, Any]) -> Decision:
    return Decision(
        DifferenceAnchor(**written["difference"]),
        ReviewState(written["state"]),
        _str(written.get("by", "")),
        _read_time(written, "at") if "at" in written else None,
    )


def _time(moment: datetime) -> str:
    return moment.isoformat()


def _target(target: Target) -> dict[str, Any] | None:
    if target is None:
        return None
    if isinstance(target, DifferenceAnchor):
        return {"difference": asdict(target)}
    return {"sentence": asdict(target)}


def session_from_json(document: Any) -> Session:
    """The session in ``document``; refuses a newer format or a malformed document."""
    if not isinstance(document, dict):
        raise SessionError("the session is not a JSON object")
    if not isinstance(document.get("format"), int) or document["format"] > FORMAT:
        raise SessionError(
            f"the session was written by a newer version of Comparer "
            f"(session format {document.get('format')!r}); update Comparer to open it"
        )
    try:
        return _session(document)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise SessionError(f"the session is damaged ({type(error).__name__}: {error})") from None


def _session(doc: dict[str, Any]) -> Session:
    view = doc.get("view", {})
    if not isinstance(view, dict):
        raise TypeError("view is not an object")
    return Session(
        name=str(doc["name"]),
        articles=tuple(_str(h) for h in doc["articles"]),
        engine_version=str(doc["engine_version"]),
        result_digest=str(doc["result_digest"]),
        decisions=tuple(_read_decision(d) for d in doc["decisions"]),
        notes=tuple(_note(n) for n in doc["notes"]),
        bookmarks=tuple(_bookmark(b) for b in doc["bookmarks"]),
        links=tuple(
            Link(SentenceAnchor(**k["a"]), SentenceAnchor(**k["b"]), bool(k["linked"]))
            for k in doc["links"]
        ),
        events=tuple(_event(e) for e in doc.get("events", ())),
        view=view,
    )


def _event(e: dict[str, Any]) -> EventChoice:
    return EventChoice(tuple(_str(h) for h in e["articles"]), bool(e["together"]))


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not a string")
    return value


def _note(n: dict[str, Any]) -> Note:
    return Note(_str(n["id"]), _read_target(n["target"]), _str(n["text"]), _read_time(n))


def _bookmark(b: dict[str, Any]) -> Bookmark:
    target = _read_target(b["target"])
    if target is None:
        raise ValueError("a bookmark needs a target")
    return Bookmark(_str(b["id"]), target, _str(b["label"]), _read_time(b))


def _read_time(item: dict[str, Any], key: str = "created") -> datetime:
    moment = datetime.fromisoformat(_str(item[key]))
    if moment.tzinfo is None:
        raise ValueError("a time without its UTC offset")
    return moment


def _read_target(raw: Any) -> Target:
    if raw is None:
        return None
    if "difference" in raw:
        return DifferenceAnchor(**raw["difference"])
    return SentenceAnchor(**raw["sentence"])
