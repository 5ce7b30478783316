"""Articles on screen that another process removed from the library, told once.

Another window or ``comparer remove`` may delete an article the open comparison shows. The
columns keep its text, as a record of what was compared, but the reader must not take it
for something still in the library: on the window's next look at the library one notice
names the reports gone, and a report is named once, however often the window looks again.
"""

from __future__ import annotations

from collections.abc import Sequence

from comparer.errors import ComparerError
from comparer.model import ComparedArticle
from comparer.storage import Library
from ui.compare.palette import article_name


class RemovedElsewhere:
    """Remembers which removed articles the reader was told of."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.told: set[int] = set()

    def news(self, shown: Sequence[ComparedArticle]) -> str | None:
        """One notice for the ``shown`` articles removed since last asked, else None."""
        untold = [c for c in shown if c.article.id not in self.told]
        if not untold:
            return None
        try:
            missing = set(self.library.missing([c.article.id for c in untold]))
        except ComparerError:
            return None  # out of reach: the reader is told when the library is used
        gone = [c for c in untold if c.article.id in missing]
        if not gone:
            return None
        self.told.update(c.article.id for c in gone)
        names = " and ".join(_name(c) for c in gone)
        they, them = ("it", "it") if len(gone) == 1 else ("they", "them")
        return (
            f"Another program removed {names} from the library. The comparison still shows "
            f"{them} as compared, but {they} cannot be compared again."
        )


def _name(compared: ComparedArticle) -> str:
    """As the column's header names it: "report B (Fort Russ News)"."""
    name = article_name(compared.article)
    return f"report {compared.key} ({name})" if name else f"report {compared.key}"
