"""Rebuild the seven dev page sets of ``make eval`` outside the repository, from public sources.

``python tools/build_dev_pages.py OUT --readability GIT --trafilatura GIT [--dragnet DIR]
[--newspaper GIT] [--postlight GIT] [--fundus GIT] [--goose GIT]`` writes ``OUT/readability`` (for
``COMPARER_DEV_PAGES``), ``OUT/newspaper`` (the second committed set, ``tests/pages/newspaper``: see
:data:`NEWSPAPER_PAGES`), ``OUT/postlight`` (the third, ``tests/pages/postlight``: saved
pages with their expected title, author and first words), ``OUT/fundus`` (the fourth,
``tests/pages/fundus``: one saved page a publisher from Fundus's parser tests, with the gold
its parser gives: see :func:`build_fundus`), ``OUT/goose`` (the fifth, ``tests/pages/goose``:
GoOse's saved articles with the text its tests expect: see :data:`GOOSE_PAGES`),
``OUT/trafilatura_tests`` (for
``COMPARER_TRAFILATURA_TESTS``) and, when Dragnet's data is given, ``OUT/dragnet`` (for
``COMPARER_DRAGNET_PAGES``), in the layouts their modules describe: readability,
newspaper, fundus and goose in :mod:`evaluation.pages`'s (source, expected text, expected metadata),
postlight in :mod:`evaluation.pages_postlight`'s (source and expected metadata),
trafilatura_tests in :mod:`evaluation.pages_snippets`'s and dragnet in
:mod:`evaluation.pages_dragnet`'s. ``GIT`` is a
clone or bare mirror of github.com/mozilla/readability (read at :data:`READABILITY_COMMIT`)
or of github.com/adbar/trafilatura (its ``tests/`` at :data:`TRAFILATURA_COMMIT`) or
of github.com/AndyTheFactory/newspaper4k (its ``tests/data`` at :data:`NEWSPAPER_COMMIT`) or
of github.com/postlight/parser (its ``fixtures/`` and extractor tests at
:data:`POSTLIGHT_COMMIT`) or of github.com/flairNLP/fundus (its parser tests at
:data:`FUNDUS_COMMIT`) or of github.com/advancedlogic/GoOse (its ``sites/`` and
``crawler_test.go`` at :data:`GOOSE_COMMIT`);
``DIR`` holds github.com/seomoz/dragnet_data's ``dragnet_HTML.tar.gz`` and
``dragnet_Corrected.tar.gz`` (or their unpacked ``HTML/`` and ``Corrected/``) beside
``test.txt``. The fetched pages are research data under their own licences (Apache-2.0,
Apache-2.0, AGPLv3, MIT, MIT, MIT, Apache-2.0); Readability's, newspaper4k's, Postlight's,
Fundus's and GoOse's sets are committed (``tests/pages/readability``, the default of
``COMPARER_DEV_PAGES``, ``tests/pages/newspaper``, ``tests/pages/postlight``,
``tests/pages/fundus`` and ``tests/pages/goose``); nothing is
downloaded.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import subprocess
import tarfile
from html import unescape
from pathlib import Path
from typing import NamedTuple

READABILITY_COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"
TRAFILATURA_COMMIT = "e90b0ef5"
READABILITY_PAGES = (
    "003-metadata-preferred", "aclu", "aktualne", "ars-1", "article-author-tag", "bbc-1",
    "breitbart", "buzzfeed-1", "citylab-1", "cnet", "cnn", "engadget", "folha", "gmw",
    "guardian-1", "heise", "herald-sun-1", "keep-tabular-data", "la-nacion", "lemonde-1",
    "liberation-1", "lifehacker-working", "medicalnewstoday", "medium-1", "mozilla-1", "msn",
    "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "parsely-metadata", "quanta-1",
    "salon-1", "schema-org-context-object", "seattletimes-1", "simplyfound-1", "spiceworks",
    "telegraph", "theverge", "title-en-dash", "tmz-1", "wapo-1", "wapo-2", "webmd-1", "yahoo-1",
    "yahoo-4",
)  # fmt: skip
"""Readability's news and blog pages plus five small metadata and table cases (46)."""
NEWSPAPER_COMMIT = "540bff3e8344cb8291c4829fafd98860f30d9692"
NEWSPAPER_PAGES = (
    "arabic_article", "article_with_br", "article_with_divs", "cleveland.com1", "cnn_001",
    "cnn_002", "cnn_article", "cnn_test_nlp", "fox13now_001", "latvian_article",
    "spanish_article", "time_001", "video_article_02", "wired_001", "yna_co_kr",
)  # fmt: skip
"""newspaper4k's saved news pages that have an expected text, less those in scripts written
without spaces between words (Chinese, Japanese, Thai, Burmese: word tokens mean nothing
there) and ``video_article_01`` (the same page as ``cleveland.com1``)."""
NEWSPAPER_NOT_ARTICLE = (
    "google.JPG", "-- By Michael Russell Follow", "Related Stories",
    "Are you in the grips of the wintry storm", "Don't get trapped by bad Thanksgiving",
    "#ATL24: A day in the life", "5 healthy eating tips for holiday", "Storm prompts airlines",
    "Read more: ", "ADD TO CART:", "PUNCH FIRST:", "VIEW PRICE:",
    "Follow ONE Esports on", "Just a heads up, some of the links", "READ MORE:",
)  # fmt: skip
"""Starts of the lines of newspaper4k's expected texts that are not the article (an image's
file name, a byline, teasers and links to other stories, shop links, an affiliate notice),
taken out by hand from reading those texts alone."""
POSTLIGHT_COMMIT = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"
_JS_STRING = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
_POSTLIGHT = {
    "address": re.compile(r"url\s*=\s*" + _JS_STRING),
    "fixture": re.compile(r"readFileSync\(\s*'\./(fixtures/[^']+\.html)'"),
    "title": re.compile(r"assert\.equal\(\s*title,\s*" + _JS_STRING),
    "author": re.compile(r"assert\.equal\(\s*author,\s*" + _JS_STRING),
    "lead": re.compile(r"assert\.equal\(\s*first13,\s*" + _JS_STRING),
}
"""What Postlight's extractor tests say of their first page: its address, its saved file,
the title, author and first 13 words of the article its maintainers expect."""
COMMENTS_MARKER = re.compile(r"!\s*@\s*#\s*\$\s*%\s*\^\s*&\s*\*\s*\(\s*\)\s*COMMENTS", re.I)
ADDRESS = re.compile(
    r"<(?:link[^>]*rel=[\"']canonical[\"'][^>]*href|meta[^>]*property=[\"']og:url[\"']"
    r"[^>]*content)=[\"'](?P<address>https?://[^\"']+)",
    re.IGNORECASE,
)


def _git(repository: Path, *arguments: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repository), *arguments], check=True, capture_output=True
    ).stdout


def build_readability(repository: Path, out: Path) -> int:
    """One folder a page: gzipped source and expected HTML, the expected metadata."""
    for name in READABILITY_PAGES:
        page = out / name
        page.mkdir(parents=True, exist_ok=True)
        base = f"{READABILITY_COMMIT}:test/test-pages/{name}"
        for stem in ("source", "expected"):
            html = _git(repository, "show", f"{base}/{stem}.html")
            (page / f"{stem}.html.gz").write_bytes(gzip.compress(html, 9, mtime=0))
        metadata = _git(repository, "show", f"{base}/expected-metadata.json")
        (page / "expected-metadata.json").write_bytes(metadata)
    return len(READABILITY_PAGES)


def build_trafilatura(repository: Path, out: Path) -> int:
    """Trafilatura's ``tests/`` folder as it was, for its ``evaldata.json`` and pages."""
    archive = _git(repository, "archive", "--format=tar", TRAFILATURA_COMMIT, "tests")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out.parent / ".trafilatura", filter="data")
    (out.parent / ".trafilatura" / "tests").replace(out)
    (out.parent / ".trafilatura").rmdir()
    return len(list(out.glob("eval/*.html"))) + len(list(out.glob("cache/*.html")))


def build_newspaper(repository: Path, out: Path) -> int:
    """One folder a page: gzipped source, gold text less :data:`NEWSPAPER_NOT_ARTICLE`'s
    lines, and the page's address and title from newspaper4k's metadata when it has some."""
    base = f"{NEWSPAPER_COMMIT}:tests/data"
    for name in NEWSPAPER_PAGES:
        page = out / name
        page.mkdir(parents=True, exist_ok=True)
        html = _git(repository, "show", f"{base}/html/{name}.html")
        (page / "source.html.gz").write_bytes(gzip.compress(html, 9, mtime=0))
        gold = newspaper_gold(_git(repository, "show", f"{base}/txt/{name}.txt").decode("utf-8"))
        (page / "expected.txt.gz").write_bytes(gzip.compress(gold.encode(), 9, mtime=0))
        metadata = _newspaper_metadata(repository, f"{base}/metadata/{name}.json")
        (page / "expected-metadata.json").write_text(json.dumps(metadata) + "\n", "utf-8")
    return len(NEWSPAPER_PAGES)


def postlight_case(test: str) -> dict[str, str]:
    """The first case of one of Postlight's extractor tests (``index.test.js``'s text)."""
    case: dict[str, str] = {}
    for key, pattern in _POSTLIGHT.items():
        found = pattern.search(test)
        value = found.group(1) if found else ""
        case[key] = value if key == "fixture" else re.sub(r"\\(.)", r"\1", value[1:-1])
    return case


def build_postlight(repository: Path, out: Path) -> int:
    """One folder a page: its gzipped source and what its test expects (no article text)."""
    listing = _git(repository, "ls-tree", "-r", "--name-only", POSTLIGHT_COMMIT, "src/extractors")
    count = 0
    for path in sorted(listing.decode().split()):
        if not path.endswith("index.test.js"):
            continue
        case = postlight_case(_git(repository, "show", f"{POSTLIGHT_COMMIT}:{path}").decode())
        fixture = case.pop("fixture")
        if not fixture or not case["title"]:
            continue
        page = out / Path(fixture).stem
        page.mkdir(parents=True, exist_ok=True)
        html = _git(repository, "show", f"{POSTLIGHT_COMMIT}:{fixture}")
        (page / "source.html.gz").write_bytes(gzip.compress(html, 9, mtime=0))
        (page / "expected-metadata.json").write_text(json.dumps(case) + "\n", "utf-8")
        count += 1
    return count


def newspaper_gold(text: str) -> str:
    """newspaper4k's expected ``text`` without the lines :data:`NEWSPAPER_NOT_ARTICLE` opens."""
    kept = [line for line in text.splitlines() if not line.startswith(NEWSPAPER_NOT_ARTICLE)]
    return "\n".join(kept).strip() + "\n"


def _newspaper_metadata(repository: Path, path: str) -> dict[str, str]:
    try:
        found = json.loads(_git(repository, "show", path))
    except subprocess.CalledProcessError:  # latvian_article has none
        return {"address": "", "title": ""}
    return {"address": str(found.get("url") or ""), "title": str(found.get("title") or "")}


def dragnet_gold(raw: bytes) -> str:
    """The article part of a Dragnet gold file, whatever its encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return COMMENTS_MARKER.split(text, maxsplit=1)[0]


def _dragnet_files(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for kind in ("HTML", "Corrected"):
        packed = folder / f"dragnet_{kind}.tar.gz"
        if packed.is_file():
            with tarfile.open(packed) as tar:
                for member in tar.getmembers():
                    handle = tar.extractfile(member) if member.isfile() else None
                    if handle is not None:
                        files[f"{kind}/{Path(member.name).name}"] = handle.read()
        else:
            for path in (folder / kind).glob("*"):
                files[f"{kind}/{path.name}"] = path.read_bytes()
    return files


def build_dragnet(folder: Path, out: Path) -> int:
    """One folder a page: gzipped source, gold text before the comments, split and address."""
    files = _dragnet_files(folder)
    test = set((folder / "test.txt").read_text().split())
    count = 0
    for key, html in sorted(files.items()):
        if not key.startswith("HTML/"):
            continue
        name = key.removeprefix("HTML/").removesuffix(".html")
        gold = files.get(f"Corrected/{name}.html.corrected.txt")
        if gold is None:
            continue
        page = out / name
        page.mkdir(parents=True, exist_ok=True)
        (page / "source.html.gz").write_bytes(gzip.compress(html, 9, mtime=0))
        text = dragnet_gold(gold).encode("utf-8")
        (page / "expected.txt.gz").write_bytes(gzip.compress(text, 9, mtime=0))
        found = ADDRESS.search(html.decode("utf-8", errors="replace"))
        metadata = {
            "split": "test" if name in test else "train",
            "address": found["address"] if found else "",
        }
        (page / "expected-metadata.json").write_text(json.dumps(metadata) + "\n", "utf-8")
        count += 1
    return count


FUNDUS_COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
FUNDUS_DATA = "tests/resources/parser/test_data"
FUNDUS_UNSPACED = frozenset(("cn", "jp", "tw"))
"""Fundus's country folders in scripts written without spaces between words (left out)."""
_FUNDUS_LEAD = 40
"""How many characters of a gold paragraph must be found in the saved page for it to count."""


def fundus_gold(body: dict[str, list[dict[str, list[str]]] | list[str]]) -> str:
    """A Fundus ``body`` as text: its summary, then each section's headline and paragraphs."""
    lines = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        assert isinstance(section, dict)
        lines += [*section.get("headline", []), *section.get("paragraphs", [])]
    return "\n".join(lines).strip() + "\n"


def _flat(text: str) -> str:
    return " ".join(text.split())


def fundus_found(gold: str, page: str) -> float:
    """The share of ``gold``'s lines whose opening is in ``page`` (unescaped, one space)."""
    flat = _flat(unescape(page))
    lines = [_flat(line)[:_FUNDUS_LEAD] for line in gold.splitlines() if line.strip()]
    return sum(line in flat for line in lines) / len(lines) if lines else 0.0


def _fundus_case(repository: Path, country: str, publisher: str) -> FundusCase | None:
    """The newest saved page of ``publisher`` with the gold of the parser version that reads it."""
    base = f"{FUNDUS_COMMIT}:{FUNDUS_DATA}/{country}"
    versions = json.loads(_git(repository, "show", f"{base}/{publisher}.json"))
    meta = json.loads(_git(repository, "show", f"{base}/meta.info"))
    for name in sorted((n for n in meta if n.startswith(f"{publisher}_")), reverse=True):
        page = gzip.decompress(_git(repository, "show", f"{base}/{name}"))
        for version in versions.values():
            gold = fundus_gold(version.get("body") or {})
            if fundus_found(gold, page.decode("utf-8", "replace")) >= 0.5:
                authors = ", ".join(str(author) for author in version.get("authors") or [])
                title = str(version.get("title") or "")
                metadata = {"address": meta[name]["url"], "title": title, "byline": authors}
                return FundusCase(page, gold, metadata)
    return None


class FundusCase(NamedTuple):
    """One saved page of a Fundus publisher, its gold text and its expected metadata."""

    page: bytes
    gold: str
    metadata: dict[str, str]


def build_fundus(repository: Path, out: Path) -> int:
    """One folder a publisher: its newest saved page whose gold is found in it (gzipped), that
    gold as text, and the page's address, title and byline (Fundus's authors, joined)."""
    listing = _git(repository, "ls-tree", "-r", "--name-only", FUNDUS_COMMIT, FUNDUS_DATA)
    count = 0
    for path in sorted(listing.decode().split()):
        country, _, file = path.removeprefix(FUNDUS_DATA + "/").partition("/")
        if not file.endswith(".json") or country in FUNDUS_UNSPACED:
            continue
        case = _fundus_case(repository, country, file.removesuffix(".json"))
        if case is None:
            print("no saved page holds the gold of", path)
            continue
        folder = out / f"{country}_{file.removesuffix('.json')}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "source.html.gz").write_bytes(gzip.compress(case.page, 9, mtime=0))
        (folder / "expected.txt.gz").write_bytes(gzip.compress(case.gold.encode(), 9, mtime=0))
        (folder / "expected-metadata.json").write_text(json.dumps(case.metadata) + "\n", "utf-8")
        count += 1
    return count


GOOSE_COMMIT = "ae6b36caf275f2a9fad44956914eecb41fde8182"
GOOSE_PAGES = (
    "abcnews.go.com", "bbc.co.uk", "bbc.com", "bizjournals.com", "blogspot.co.uk",
    "bloomberg.com", "businessinsider.com", "cnn.com", "dailymail.co.uk", "dev4510",
    "dev4510b", "dev4510c", "economist.com", "entrepreneur.com", "foxnews.com",
    "globoesporte.globo.com", "hbr.org", "huffingtonpost.co.uk", "inc.com", "linkedin.com",
    "nytencodingissues", "nytimes.com", "prnewswire.com", "techcrunch.com", "theguardian.com",
    "usatoday.com", "washingtonpost.com", "wsj.com", "yahoo.com",
)  # fmt: skip
"""GoOse's saved articles whose expected text has at least 150 words and half its lines'
openings in the page (not its social, video, slide and encoding cases, nor a page whose test
expects no text)."""
_GO_STRING = r'"((?:[^"\\\n]|\\.)*)"'


def goose_cases(test: str) -> dict[str, dict[str, str]]:
    """Each ``Article{...}`` literal of GoOse's ``crawler_test.go`` by its ``Domain``: its
    string fields, Go's escapes read (they are JSON's for these strings)."""
    cases = {}
    for block in re.findall(r"Article\{(.*?)\n\t\}", test, re.DOTALL):
        fields = re.findall(r"(\w+):\s*" + _GO_STRING, block)
        case = {key: json.loads(f'"{value}"') for key, value in fields}
        if "Domain" in case:
            cases[case["Domain"]] = case
    return cases


def build_goose(repository: Path, out: Path) -> int:
    """One folder a page of :data:`GOOSE_PAGES`: the saved page (gzipped), the text GoOse's
    test expects from it, and its canonical address and title."""
    test = _git(repository, "show", f"{GOOSE_COMMIT}:crawler_test.go").decode("utf-8")
    cases = goose_cases(test)
    for name in GOOSE_PAGES:
        case, page = cases[name], out / name
        page.mkdir(parents=True, exist_ok=True)
        html = _git(repository, "show", f"{GOOSE_COMMIT}:sites/{name}.html")
        (page / "source.html.gz").write_bytes(gzip.compress(html, 9, mtime=0))
        gold = case["CleanedText"].strip() + "\n"
        (page / "expected.txt.gz").write_bytes(gzip.compress(gold.encode(), 9, mtime=0))
        metadata = {"address": case.get("CanonicalLink", ""), "title": case.get("Title", "")}
        (page / "expected-metadata.json").write_text(json.dumps(metadata) + "\n", "utf-8")
    return len(GOOSE_PAGES)


def main() -> None:
    """Build the sets whose sources are given."""
    parser = argparse.ArgumentParser(prog="tools/build_dev_pages.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--readability", type=Path)
    parser.add_argument("--trafilatura", type=Path)
    parser.add_argument("--dragnet", type=Path)
    parser.add_argument("--newspaper", type=Path)
    parser.add_argument("--postlight", type=Path)
    parser.add_argument("--fundus", type=Path)
    parser.add_argument("--goose", type=Path)
    args = parser.parse_args()
    if args.readability:
        print("readability pages:", build_readability(args.readability, args.out / "readability"))
    if args.trafilatura:
        found = build_trafilatura(args.trafilatura, args.out / "trafilatura_tests")
        print("trafilatura pages:", found)
    if args.newspaper:
        print("newspaper pages:", build_newspaper(args.newspaper, args.out / "newspaper"))
    if args.postlight:
        print("postlight pages:", build_postlight(args.postlight, args.out / "postlight"))
    if args.fundus:
        print("fundus pages:", build_fundus(args.fundus, args.out / "fundus"))
    if args.goose:
        print("goose pages:", build_goose(args.goose, args.out / "goose"))
    if args.dragnet:
        print("dragnet pages:", build_dragnet(args.dragnet, args.out / "dragnet"))


if __name__ == "__main__":
    main()
