"""Two reports of one event told from two angles, written for the event-decision tests.

One event (a county closing a hospital's maternity ward): the first report tells the vote
and its figures, the second the governor's defence and the protests, as the outlets of a
real triplet do. Their signatures share too little, so the engine keeps them apart until
the user says they are one event. Shared by the engine, session and window tests; the
window tests import them from files as a user would.
"""

from __future__ import annotations

from pathlib import Path

VOTE_TITLE = "County board votes to close St. Agnes maternity ward"
VOTE = (
    "The Harwick county board voted 7-2 on Tuesday to close the maternity ward of St. Agnes "
    "Hospital by March. The ward delivered 312 babies last year, down from 540 a decade ago. "
    "Board members said the hospital lost $4.1 million on obstetrics in 2023. Expectant "
    "mothers will be sent to Linden General, 38 miles away."
)
DEFENCE_TITLE = "Governor defends closing, midwives protest"
DEFENCE = (
    "Governor Maria Okafor defended the closing of the St. Agnes maternity ward on Wednesday, "
    "telling reporters that no family would be left without care. Midwives who protested "
    "outside the statehouse called it reckless and said icy winter roads make the long drive "
    "dangerous. Okafor promised a state-funded ambulance service for women in labour. Critics "
    "noted that she had praised rural clinics during her campaign."
)


def write_angles(folder: Path) -> list[Path]:
    """The two reports as text files (headline, blank line, body) in ``folder``."""
    paths = []
    for name, title, text in (("vote", VOTE_TITLE, VOTE), ("defence", DEFENCE_TITLE, DEFENCE)):
        path = folder / f"{name}.txt"
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths
