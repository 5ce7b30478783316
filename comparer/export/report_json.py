"""A session's differences as JSON: the comparison format plus the reviewer's work.

Each difference is written exactly as :mod:`comparer.export.json_format` writes it, with
``number`` (its place in the full comparison), ``review`` (with ``review_by`` and
``review_at``: who gave the verdict and when, "" and null when unknown) and ``notes``
added; articles
carry their provenance (source, import time, content hash). ``format`` follows the same
rule as the comparison format: bumped only when a field changes meaning or disappears.
"""

from __future__ import annotations

from typing import Any

from comparer.export.json_format import comparison_to_json
from comparer.sessions.attach import Attached

FORMAT = 1


def session_to_json_report(attached: Attached, relevant_only: bool = False) -> dict[str, Any]:
    """The session's differences (all, or only the relevant ones), ready for ``json.dumps``."""
    full = comparison_to_json(attached.comparison)
    differences = [
        {
            "number": i + 1,
            **full["differences"][i],
            "review": attached.states[i].value,
            **_verdict(attached, i),
            "notes": [n.text for n in attached.notes_on(i)],
        }
        for i in attached.shown(relevant_only)
    ]
    return {
        "format": FORMAT,
        "session": attached.session.name,
        "engine_version": attached.comparison.engine_version,
        "relevant_only": relevant_only,
        "articles": [
            {
                "key": c.key,
                "title": c.article.meta.title,
                "outlet": c.article.meta.outlet,
                "source": c.article.source,
                "imported_at": c.article.imported_at.isoformat(),
                "content_hash": c.article.content_hash,
            }
            for c in attached.comparison.articles
        ],
        "notes": [n.text for n in attached.session_notes()],
        "differences": differences,
        "numbers": full["numbers"],
    }


def _verdict(attached: Attached, index: int) -> dict[str, str | None]:
    """Who gave the difference its review state and when ("" and None when not known)."""
    decision = attached.decision_on(index)
    if decision is None:
        return {"review_by": "", "review_at": None}
    at = decision.at.isoformat() if decision.at else None
    return {"review_by": decision.by, "review_at": at}
