"""Corrections to an article's metadata, with the value import first gave each field kept.

The article row always holds the value in use; the first time a field is edited, its
extracted value is written to ``extracted_values`` and never overwritten, so a correction
can be compared with (or reverted to) what the importer read, however often it is edited.

The text itself changes only by putting removed page furniture back (or taking it out
again): :func:`rewrite_text` stores the text an engine function rebuilt, with its sentences,
captions and the removed blocks' new positions, in the same transaction it was read in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from comparer.errors import LibraryError
from comparer.model import EDITABLE, RAW_DATE, Article, ArticleText
from comparer.one_line import MAX_LINE_CHARS, one_line
from comparer.storage import records
from comparer.storage.models import ArticleRow, ExtractedValueRow, RemovedRow, SentenceRow

# A language tag as BCP 47 spells one ("en", "pt-BR", "zh-Hant-TW"), at most 35 characters.
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_LANGUAGE_MAX = 35


def edit_metadata(session: Session, article_id: int, changes: Mapping[str, str]) -> None:
    """Apply ``changes`` (field → new value; a date as YYYY-MM-DD or "") to one article."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise LibraryError(f"no article {article_id}")
    kept = set(session.scalars(select(ExtractedValueRow.field).where(
        ExtractedValueRow.article_id == article_id
    )))  # fmt: skip
    for field, value in changes.items():
        if field not in EDITABLE:
            raise LibraryError(f"{field} cannot be edited")
        if field not in kept:
            session.add_all(_first_values(row, article_id, field))
            kept.add(field)
        value = one_line(value)
        if value != _shown(row, field):  # what is stored already passes as it is
            _check(field, value)
        _set(row, field, value)


def extracted_values(session: Session, article_id: int) -> dict[str, str]:
    """The first extracted value of each edited field of an article."""
    rows = session.scalars(
        select(ExtractedValueRow).where(ExtractedValueRow.article_id == article_id)
    )
    return {row.field: row.value for row in rows}


def _first_values(row: ArticleRow, article_id: int, field: str) -> list[ExtractedValueRow]:
    """What import gave ``field``; for a date it read only as words ("Friday", no day of
    the calendar), those words too (as ``published_raw``): the edit overwrites them."""
    first = [ExtractedValueRow(article_id=article_id, field=field, value=_shown(row, field))]
    if field == "published" and row.published is None and row.published_raw:
        first.append(
            ExtractedValueRow(article_id=article_id, field=RAW_DATE, value=row.published_raw)
        )
    return first


def _shown(row: ArticleRow, field: str) -> str:
    if field == "published":
        return row.published.isoformat() if row.published else ""
    return str(getattr(row, field) or "")


def _check(field: str, value: str) -> None:
    refused = refusal(field, value)
    if refused:
        raise LibraryError(refused)


def refusal(field: str, value: str) -> str:
    """Why ``value`` cannot be stored as ``field`` (one line), or "" if it can: a value no
    import would give, too long or not a language tag. The window's form asks it too."""
    if field == "language":
        if value and not (len(value) <= _LANGUAGE_MAX and _LANGUAGE.fullmatch(value)):
            shown = value if len(value) <= 40 else value[:39] + "…"
            return f"language must be a code such as en, fr or pt-BR, not {shown!r}"
    elif field != "published" and len(value) > MAX_LINE_CHARS:
        return f"{field} is {len(value):,} characters long; at most {MAX_LINE_CHARS:,} are kept"
    return ""


def _set(row: ArticleRow, field: str, value: str) -> None:
    if field != "published":
        setattr(row, field, value)
        return
    try:
        row.published = date.fromisoformat(value) if value else None
    except ValueError:
        raise LibraryError(f"published must be a date as YYYY-MM-DD, not {value!r}") from None
    row.published_raw = value


def rewrite_text(
    session: Session, article_id: int, change: Callable[[Article], ArticleText]
) -> None:
    """Replace one article's text by ``change(article)``, which keeps its removed blocks."""
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise LibraryError(f"no article {article_id}")
    removed = session.scalars(
        select(RemovedRow).where(RemovedRow.article_id == article_id).order_by(RemovedRow.ordinal)
    ).all()
    sentences = session.scalars(
        select(SentenceRow).where(SentenceRow.article_id == article_id).order_by(SentenceRow.number)
    ).all()
    new = change(records.to_article(row, removed, sentences))
    if len(new.removed) != len(removed):
        raise LibraryError(f"article {article_id}: a rebuilt text must keep every removed block")
    row.text = new.text
    row.captions = json.dumps([[s.start, s.end] for s in new.captions])
    for stored, block in zip(removed, new.removed, strict=True):
        stored.position, stored.kept = block.position, block.kept
    session.execute(delete(SentenceRow).where(SentenceRow.article_id == article_id))
    if new.sentences:
        session.execute(insert(SentenceRow), records.sentence_values(article_id, new.sentences))
