"""Differences that matter: numbers, framing and omissions, on top of the alignment.

The one entry point is :func:`analyse` (:mod:`.engine`), the built-in analyser the pipeline
plugs in (:mod:`comparer.analyser`): it reads each article once (:mod:`.context`) and asks
:mod:`.numbers` and :mod:`.number_table` (figures, judged by :mod:`.figure_rules`) and
:mod:`.timing` (dates), :mod:`.framing_compare` and :mod:`.framing_rank` (framing) and
:mod:`.omissions` (facts some reports leave out). The per-sentence readers
(:func:`extract_quantities`, :func:`framing_markers`, and :func:`extract_dates`, which lives
in :mod:`comparer.dates`) are exposed for the evaluation.
Word lists are data files read by :func:`load_lexicons`; the ranked key differences are
:mod:`comparer.key_differences`, kept outside so listing the library loads no analysis.
"""

from comparer.analysis.engine import Analysis, analyse
from comparer.analysis.framing import Marker, framing_markers
from comparer.analysis.lexicons import Lexicons, load_lexicons
from comparer.analysis.quantities import Quantity, extract_quantities
from comparer.dates import DateMention, extract_dates

__all__ = [
    "Analysis",
    "DateMention",
    "Lexicons",
    "Marker",
    "Quantity",
    "analyse",
    "extract_dates",
    "extract_quantities",
    "framing_markers",
    "load_lexicons",
]
