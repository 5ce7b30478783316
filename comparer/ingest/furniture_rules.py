"""The data behind furniture removal: which whole lines are page furniture, and why.

Each rule is a reason and a regular expression that must match a whole line (case is
ignored, spaces are already collapsed). Rules are written for the wording sites use, not
for one site: adding a site's furniture means adding words here, not code. A rule may name
an ``outlet`` group when the furniture gives the publisher away ("Press TV's website...").

Reasons in ``OPENERS`` introduce a run of more furniture (a "Check Also" heading followed
by teasers of other stories); ``FOLLOWERS`` say what the lines of such a run look like.
Notices about the page rather than the story (a blocked embed's placeholder) are in
:mod:`.furniture_notices`.
"""

from __future__ import annotations

import re

from comparer.ingest.furniture_notices import NOTICE_LINES
from comparer.ingest.furniture_sections import SECTION_MENU_LINES
from comparer.model import Furniture
from comparer.saying import PLAINLY_REPORTED


def _any(*words: str) -> str:
    """One alternative group of the given phrases (regular expressions themselves)."""
    return "(?:" + "|".join(words) + ")"


_WORDS = r"[^\W\d][\w’'.&-]*(?: [\w’'.&-]+){0,3}"
_MENU_ITEM = r"[^\W\d][\w’'.&-]*(?: [\w’'.&-]+)?"
_SOCIAL = _any(
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "e-?mail", "print",
    "tweet", "pinterest", "reddit", "copy link", "messenger", "vk", "share",
)  # fmt: skip
_DASHES = r"[-–—•*|\s]*"
_STORY_LABEL = _any(
    "BREAKING(?: NEWS)?", "UPDATED?", "EXCLUSIVE", "DEVELOPING", "ANALYSIS", "OPINION",
    "EDITORIAL", "CORRECTION", "JUST IN", "FLASH", "URGENT",
)  # fmt: skip
_SIGN_UP = _any("subscribe", "sign up", "register")
NOT_PLAINLY_REPORTED = rf"(?!.*\b{PLAINLY_REPORTED}\b)"
"""Before a rule, or one of its top-level alternatives (:mod:`.furniture_table` reads it once
a line): the line attributes nothing ("..., according to a complaint", "..., he said",
"..., sagte die Sprecherin"; :data:`comparer.saying.PLAINLY_REPORTED`)."""
_STAMP_LABEL = _any(
    "stand", "veröffentlicht(?: am)?", "aktualisiert(?: am)?", "erstellt(?: am)?",
    "publicado(?: el)?", "actualizado(?: el)?", "publié le", "mis à jour le", "published",
    "updated", "posted",
)  # fmt: skip
_FIGURE_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?"
_MONTH = _any(
    "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?",
    "aug(?:ust)?", "sep(?:t|tember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?",
)  # fmt: skip
_WRITTEN_DATE = rf"(?:\d{{1,2}} {_MONTH}\.? \d{{4}}|{_MONTH}\.? \d{{1,2}},? \d{{4}})"
_GERMAN_MONTH = _any(
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
)  # fmt: skip
_WEEKDAY = _any(
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
) + r"[a-z]*\.?"  # fmt: skip
_DAY_DATE = rf"(?:{_FIGURE_DATE}|\d{{1,2}}\. {_GERMAN_MONTH} \d{{4}})"
_APPS = _any("roku", "apple tv", "amazon fire tv", "app store", "google play")
_LIKE = _any("like", "gef(?:ä|ae)llt mir", "me gusta", "j[’']aime")

NAVIGATION_WORDS = (
    "search", "menu", "home", "main menu", "navigation", "skip to (?:main )?content",
    "back to top", "close", "toggle navigation", "helpful keywords", "keywords", "tags",
    "topics", "related topics", "top stories", "most read", "trending(?: now)?",
    "latest(?: news)?",
    # The same headings in the other languages journalists read most.
    "themen", "schlagw(?:ö|oe)rter", "schlagworte", "temas", "etiquetas", "sujets",
    "meistgelesen(?:e artikel)?", "lo más leído", "les plus lus",
    "meist-?(?:diskutiert|kommentiert)(?:e artikel)?", "most (?:commented|discussed|shared)",
    # A login box's labels.
    "log ?in", "sign in", "anmelden", "einloggen", "(?:oder )?(?:neu )?registrieren\\??", "suche",
    # Postmedia's label over each part of its body.
    "article content",
)  # fmt: skip
ADVERTISEMENT_WORDS = (
    "advertisement", "advertising", "sponsored(?: content)?", "promoted(?: content)?", "ad",
    "scroll to continue with content", "story continues below(?: advertisement)?",
    # Postmedia's two labels run together with a slot's name between them (the National
    # Post's "Advertisement embed-more-topicStory continues below", the Financial Post's).
    "advertisement ?[\\w-]{0,30}story continues below",
    # The same label in the other languages journalists read most.
    "anzeigen?", "werbung", "publicidad", "publicité", "pubblicità",
)  # fmt: skip
READ_MORE_WORDS = (
    "read more", "read also", "also read", "see also", "more on this(?: story)?",
    "read the full (?:story|article)", "read next",
    "lesen sie (?:auch|mehr|hier)", "weiterlesen", "mehr lesen", "siehe auch",
    "(?:à )?lire aussi", "voir aussi", "(?:pour )?lire la suite", "le[ae] también",
    "mir[aá] también",
    "ver también", "puedes ver", "leer más", "seguir leyendo", "leggi anche",
    "czytaj (?:też|także|również|więcej)", "les også", "læs også", "läs (?:också|även|mer)",
    "lees (?:ook|meer)", "(?:further|additional|recommended) reading",
)  # fmt: skip
TEASER_WORDS = (
    "check also", "you (?:may|might) also (?:like|be interested in)", "more stories",
    "more news", "related (?:stories|articles|posts|news|content)",
    "recommended(?: for you| stories)?", "most popular", "don[’']?t miss",
    r"more (?:[\w’'-]+s )?(?:from|in) .{1,40}", "also on .{1,40}", "editor[’']?s picks",
    "what to read next",
    "(?:ä|ae)hnliche (?:beitr(?:ä|ae)ge|artikel|themen)", "auch interessant",
    "verwandte (?:beitr(?:ä|ae)ge|artikel|themen)",
    "das k(?:ö|oe)nnte sie (?:auch )?interessieren", "mehr zum thema(?: .{1,40})?",
    "weitere (?:artikel|beitr(?:ä|ae)ge|nachrichten|meldungen)", "top[- ]themen(?: .{1,40})?",
    "más sobre .{1,40}", "(?:noticias|notas) relacionadas", "te puede interesar",
    "(?:à lire|a lire) (?:aussi|également)", "sur le même sujet",
)  # fmt: skip
EDITED_BY = _any(
    "edited", "translated", "prepared", "compiled", "(?:first |originally )?published",
    "republished", "adapted",
)  # fmt: skip

LINE_RULES: tuple[tuple[Furniture, str], ...] = (
    # First: a credit "Name/Agency" would otherwise pass for a breadcrumb.
    (
        Furniture.PHOTO_CREDIT,
        r"\(?(?:photo|image|picture)?\s*credit\s*:?\s*.{2,80}|image|photo"
        # "Foto: dpa / Jane Doe", "Фото: Дмитрий Азаров, Коммерсантъ": a credit names an
        # agency and a photographer, or a photographer and the paper (Kommersant's three:
        # Fundus 0.97300 -> 0.97303; "Foto: LA NACION", one name, stays: Readability's gold).
        r"|\(?(?:photos?|fotos?|фото|bild(?:er)?|images?)\s*:\s*[^.!?/|,]{2,40}\s*[/|,]\s*"
        r"[^.!?]{2,40}"
        # A credit under a label: "Rubriklistenbild: © KCNA/dpa", "Titelbild: © Getty Images".
        r"|(?:[\w-]+ ){0,2}[\w-]+\s*:\s*©\s*[^.!?]{2,80}",
    ),
    # An English credit naming only who took it, every word capitalised ("Image: Fouzia Van
    # Der Fort", "Featured image by Alberto Riva/The Points Guy."); a caption after "Photo:"
    # is written in words ("Photo: the storm over the capitol").
    (
        Furniture.PHOTO_CREDIT,
        r"(?:(?:featured|top|header|lead|hero|cover|main) )?(?:image|photo|photograph|picture)"
        r"\s*(?:by|:|courtesy of)\s*"
        r"(?-i:[A-Z][\w’'.-]*(?:\s*[/&,]?\s*(?:[A-Z][\w’'.-]*|for|of|via|the))*)\.?",
    ),
    (Furniture.NAVIGATION, _any(*NAVIGATION_WORDS)),
    (Furniture.NAVIGATION, rf"{_WORDS}(?: ?[/›»>] ?{_WORDS}){{1,5}}"),
    # A menu separated by bars; two cells could be a table's header row ("Team | Points").
    (Furniture.NAVIGATION, rf"{_MENU_ITEM}(?: \| {_MENU_ITEM}){{2,24}}"),
    (
        Furniture.NAVIGATION,
        r"(?:tags|keywords|topics|filed under|categories|themen|schlagw(?:ö|oe)rter|temas"
        r"|etiquetas|mots-clés)\s*:.{0,300}",
    ),
    (
        Furniture.NEWSLETTER,
        rf"{_SIGN_UP}(?: now| today| here)?(?: (?:to|for) (?:our|the) .{{0,40}}"
        r"(?:newsletters?|mailing list|updates|alerts|digest|e-?mails?))?[.!:]?",
    ),
    (
        Furniture.NEWSLETTER,
        rf"{NOT_PLAINLY_REPORTED}{_SIGN_UP}\b.{{0,150}}\b"
        r"(?:newsletters?|inbox|(?:latest|breaking) news|updates|alerts|special offers)\b.{0,100}",
    ),
    # The call inside a longer line: "For the latest ... from the Daily Star, sign up for
    # our newsletters." / "Ground Game: Sign up for AP’s weekly politics newsletter to ...".
    # Not a report of one ("... sign up for the union newsletter or lose your shifts,
    # according to a complaint"): a line attributing something is text.
    (
        Furniture.NEWSLETTER,
        rf"{NOT_PLAINLY_REPORTED}(?:.{{0,200}}[,:;] )?{_SIGN_UP} (?:for|to) "
        r"(?:our|the|[\w-]+[’']s) (?:[\w-]+ ){0,4}newsletters?\b.{0,150}",
    ),
    (
        Furniture.NEWSLETTER,
        r"(?:get|receive) (?:the|our) .{0,80}"
        r"(?:newsletter|in your inbox|delivered to you).{0,80}",
    ),
    (Furniture.NEWSLETTER, r"(?:enter|your) e-?mail(?: address)?(?: here)?[.:]?|newsletters?"),
    # The call in German, Spanish and French: "Newsletter abonnieren", "Suscríbete a nuestro
    # newsletter", "Abonnez-vous à notre newsletter".
    (
        Furniture.NEWSLETTER,
        r"(?:jetzt )?(?:den |unseren |zum )?newsletter (?:abonnieren|bestellen|anmelden)[.!]?"
        r"|(?:abonnieren sie|abonniere|suscr[ií]bete a|abonnez-vous à|inscrivez-vous à) "
        r"(?:unseren |den |nuestro |el |al |notre |la |à )?(?:[\w-]+ )?(?:newsletter|boletín)"
        r"\b.{0,100}",
    ),
    (Furniture.ADVERTISEMENT, _DASHES + _any(*ADVERTISEMENT_WORDS) + _DASHES),
    (Furniture.READ_MORE, r"[\"“„«]?" + _any(*READ_MORE_WORDS) + r"\s*(?:[:»›>].{0,200})?"),
    (
        Furniture.SHARE,
        rf"(?:share|click to share)(?: this)?(?: article| story| post| page)?"
        rf"(?: (?:on|via) {_SOCIAL})?\s*:?",
    ),
    (Furniture.SHARE, rf"{_SOCIAL}(?:[\s,|•]+{_SOCIAL})*"),
    (Furniture.SHARE, r"\d+\s*(?:shares?|comments?|views?)"),
    (
        Furniture.MIRROR_NOTICE,
        r"(?P<outlet>.{2,40}?)(?:’s|'s)? (?:web ?site|site|page) (?:can|may) (?:also )?be "
        r"(?:accessed|reached|viewed) (?:at|via|on) (?:the following |these )?"
        r"(?:alternate|alternative|mirror)? ?(?:addresses|address|domains?|urls?|sites?)\s*:?",
    ),
    (
        Furniture.DISCLAIMER,
        rf"this (?:article|report|story|piece) was {EDITED_BY}(?: and (?:edited|translated))?"
        r" by (?P<outlet>[^.]{2,60})\.(?:\s+.{0,300})?",
    ),
    (
        Furniture.DISCLAIMER,
        r"responsibility for .{0,200} lies (?:entirely |solely |only )?with the "
        r"(?:authors?|writers?)\.?",
    ),
    (
        Furniture.DISCLAIMER,
        r"disclaimer\s*:.{0,500}|the (?:views|opinions) expressed "
        r"(?:in this (?:article|piece) )?(?:are|do not).{0,300}",
    ),
    (Furniture.BOILERPLATE, rf"(?P<outlet>[\w’' ]{{2,30}}?)(?: news)? {_APPS}(?: apps?)?"),
    (Furniture.BOILERPLATE, r"(?:©|copyright|\(c\)).{0,200}|.{0,150}all rights reserved\.?"),
    # A cookie banner copied or printed with the page ("We use cookies to improve your
    # experience…", "By continuing to use this site you agree to our use of cookies.").
    (
        Furniture.BOILERPLATE,
        r"(?:we|(?:this|our) (?:site|website)) uses? cookies\b.{0,300}"
        r"|by (?:continuing to use|using) (?:this|our) (?:site|website)\b.{0,200}cookies\b.{0,100}"
        r"|(?:accept|allow|reject|manage) (?:all )?cookies",
    ),
    (
        Furniture.BOILERPLATE,
        r"follow (?:us|.{2,40}) on (?:twitter|facebook|instagram|telegram|x|youtube|google news"
        r"|whatsapp|threads|bluesky)\b.{0,150}",
    ),
    # Chinese pages' share widget: "分享到" (share to), "选择其他平台 >>" (other platforms).
    (Furniture.SHARE, r"分享到?\s*[:：]?|选择其他平台\s*[>»]*"),
    # The link an embedded post carries, kept inside its quotation marks.
    (
        Furniture.SHARE,
        r"[“\"]?(?:(?:view (?:this|the) post on|see (?:this|the) post on|view on) "
        r"(?:instagram|facebook|tiktok|threads|x|twitter)"
        r"|sieh dir diesen beitrag auf (?:instagram|facebook|tiktok|threads) an"
        r"|ver esta publicación en (?:instagram|facebook|tiktok|threads)"
        r"|voir cette publication sur (?:instagram|facebook|tiktok|threads))[”\"]?",
    ),
    (
        Furniture.BOILERPLATE,
        r"(?:leave|post|add) a comment|\d* ?comments?|print this (?:article|page)"
        r"|\d* ?(?:kommentare?|leserkommentare?|lesermeinungen?|comentarios?|commentaires?)"
        r"|loading(?:(?: [\w ]{1,30}?)?\s*(?:\.{2,}|…))?",
    ),
    (Furniture.TEASER, _any(*TEASER_WORDS) + r"\s*:?"),
    (Furniture.READ_MORE, r"related(?: (?:stories|articles|coverage|reading|video))?\s*:.{1,200}"),
    (Furniture.TEASER, r"also on [\w-]+(?:\.[\w-]+)+\b.{0,200}"),
    # Another story's summary cut short, then the link to it: "… Insbesondere, wenn man
    # den…/ mehr", "… Yet, the... more", "…[Read more »]".
    (
        Furniture.TEASER,
        r".{0,500}?(?:…|\.{3})\s*/?\s*\[?\s*(?:read more|more|mehr|weiterlesen|lire la suite"
        r"|leer más|continue reading|read on)\s*[»›>→]*\s*\]?\s*[»›>→]*",
    ),
    (
        Furniture.BOILERPLATE,
        r"click here (?:to|for) .{0,120}|(?:download|get) (?:the|our) .{0,60}\bapps?\b.{0,80}",
    ),
    (Furniture.NAVIGATION, r"continue reading(?: the main story| below| here)?|supported by"),
    # A link to a file, named with its type and size, as official sites print them (the
    # line ends there: a sentence citing a report "(PDF, 2 MB)" goes on):
    # "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
    # "Download: mp3 (30 MB) m4a (24 MB)".
    (
        Furniture.NAVIGATION,
        r".{0,150}?(?:(?:pdf|docx?|xlsx?|pptx?|odt|zip|mp3|m4a|opus)\s*[|,(]\s*"
        r"\d+(?:[.,]\d+)?\s*[kmg]i?b\)?\s*)+(?:\|[^|.!?]{0,60})?",
    ),
    (Furniture.BOILERPLATE, r"listen to (?:this )?(?:article|story)(?: \d+ min(?:utes?)?)?"),
    (
        Furniture.NEWSLETTER,
        r"(?:thanks|thank you) for (?:signing up|subscribing|registering)[.!]?.{0,200}"
        r"|you(?:’|')re (?:all set|subscribed)[.!]?",
    ),
    (
        Furniture.NAVIGATION,
        r"previous|next|fullscreen|thumbnails|today on .{1,30}|"
        r"(?:(?:bild|foto|photo|image|picture|slide|imagen) )?\d+ (?:of|/|von|de|sur) \d+|"
        r"(?:recent|more|related) (?:slide ?shows|videos|galleries|photos)|other .{1,30} columns",
    ),
    (
        Furniture.BOILERPLATE,
        r"please wait\.*|loading comments\.*|thanks!|this (?:feature|content|video) is "
        r"(?:temporarily |currently )?(?:unavailable|not available)\b.{0,80}",
    ),
    (Furniture.METADATA, r"\(?reporting by [^)]{2,200}(?:editing by [^)]{2,120})\)?\.?"),
    # A line asking readers to write to the reporter: "Write to Jane Doe at jane@example.com"
    (Furniture.METADATA, r"(?:write to|contact|e-?mail) [^@]{2,60} at \S+@\S+\.\w+\.?"),
    # A date stamp alone, as a label, a date written in figures and a time print it ("Stand:
    # 22.04.2024, 06:00 Uhr", "20/1/2026 18:30"), and a video's length ("02:57 Min.").
    (
        Furniture.METADATA,
        rf"(?:{_STAMP_LABEL}\s*:?\s*)?(?:{_FIGURE_DATE}|(?<=[:\s])\d{{1,2}}\. \w+ \d{{4}})"
        rf"(?:,?\s*(?:um |at )?{_CLOCK})?(?:\s*\|\s*\d{{1,2}}:\d{{2}}\s*min\.?)?\.?",
    ),
    # A post's stamp: its day and time, perhaps the poster after a bar ("24. März 2004,
    # 19:49 | Genesis", "12. November 2015 / 13:48", "Di, 10:19 Uhr"). A byline after "von"
    # or "by" is left for the header's reading, and so is an English date (read as the
    # article's date from the text's lines, which a German stamp is from removed ones).
    (
        Furniture.METADATA,
        rf"(?:{_WEEKDAY},?\s*)?{_DAY_DATE}\s*(?:[,/|–-]\s*|um |at )?{_CLOCK}"
        r"(?:\s*[|·•]\s*[^|.!?,:]{1,40})?"
        rf"|{_WEEKDAY},?\s*{_CLOCK}",
    ),
    (
        Furniture.METADATA,
        rf"\d{{1,2}}:\d{{2}}\s*min\.*(?:\s*verfügbar bis {_FIGURE_DATE}\.?)?",
    ),
    # A date written out with the time it was updated, wherever it stands (CNN's teasers
    # each carry one: "November 28, 2013 -- Updated 0203 GMT (1003 HKT)"; the BBC's "20
    # February 2015 Last updated at 15:42 GMT"); an English date alone is left for
    # :mod:`.metadata` to read. A German date written out alone ("30. Januar 2024"), and the
    # reading time ("Lesedauer: 4 Minuten", "3 Minuten Lesezeit").
    (
        Furniture.METADATA,
        rf"{_WRITTEN_DATE},?\s*(?:-+\s*)?(?:last )?updated(?: at)? \d{{1,2}}:?\d{{2}}"
        r"(?: ?(?:gmt|utc|bst|cet|et|[ap]\.?m\.?))?(?: \(\d{3,4} \w{2,4}\))?\.?",
    ),
    (Furniture.METADATA, rf"\d{{1,2}}\. {_GERMAN_MONTH} \d{{4}}"),
    (
        Furniture.METADATA,
        r"(?:lesedauer|lesezeit|reading time|read time)\s*:?\s*(?:ca\. )?\d{1,2}\s*"
        r"(?:min\.?|minuten|minutes?)|\d{1,2}\s*(?:min\.?|minuten|minutes?)\s*"
        r"(?:lesezeit|lesedauer|read|reading time|de lecture|de lectura)",
    ),
    # The BBC's label over a story ("From the section US & Canada"), and a menu led by
    # "Home" between dashes ("NYTimes: Home - Site Index - Archive - Help").
    (Furniture.NAVIGATION, r"from the section [^.!?]{2,40}"),
    (Furniture.NAVIGATION, rf"(?:{_MENU_ITEM}: )?home(?: - {_MENU_ITEM}){{2,24}}"),
    # The reporter's address alone ("kokobj@yna.co.kr"), and the end marks of wire copy.
    (Furniture.METADATA, r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    (Furniture.BOILERPLATE, r"\(\s*end\s*\)|#{3,}|-\s?30\s?-"),
    # A byline signing off the story: "-- By Michael Russell Follow @tdmrussell"
    (
        Furniture.METADATA,
        r"[-–—]+\s*by (?-i:[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?: follow @\w+)?\.?",
    ),
    # A link under a label in capitals, as shops and teasers print them: "ADD TO CART: Gift
    # card", "WATCH: ...". A story's own label ("BREAKING: Explosion rocks Beirut port") is
    # text, as is a clause: one ending a sentence ("UPDATE: Police said ... .") or holding a
    # comma outside a quotation (a dateline's lede: "KABUL: Taliban fighters ..., officials
    # said").
    (
        Furniture.NAVIGATION,
        rf"(?-i:(?!{_STORY_LABEL}:)[A-Z][A-Z’'&-]{{2,}}(?: [A-Z][A-Z’'&-]*){{0,3}}): "
        r"(?:[^.!?,“”\"]|[“\"][^”\"]{1,150}[”\"]){3,150}[^.!?:,\s]",
    ),
    # The "like" button of blog platforms, in the words of the languages it ships in.
    (
        Furniture.SHARE,
        rf"{_LIKE}(?: this| esto)?\s*:?"
        r"(?:\s*(?:loading|lade|cargando|chargement)\s*(?:…|\.*))?"
        r"|(?:%d|\d+|one|ein(?:em)?)?\s*(?:bloggers? likes? this|bloggern? gef(?:ä|ae)llt das"
        r"|blogueros les gusta esto)\s*[.:]?",
    ),
    # A promotion set in brackets: "[What you need to know ...: Get New York Today in your inbox.]"
    (
        Furniture.NEWSLETTER,
        r"\[[^\]]{0,150}\b(?:in your inbox|newsletters?|sign up|subscribe)\b[^\]]{0,80}\]",
    ),
    (
        Furniture.NEWSLETTER,
        r"(?:never|don[’']?t) miss (?:the latest|a story|out|an? \w+|our)\b.{0,150}"
        r"\b(?:newsletters?|sign(?:ing)? up|subscrib\w*|inbox)\b.{0,60}",
    ),
    (
        Furniture.BOILERPLATE,
        r"we(?:[’']d| would)? (?:want|like|love) to hear (?:from you|what you think)\b.{0,250}"
        r"|submit a letter to the editor\b.{0,200}|our standards\s*:.{0,120}"
        r"|join (?:our|the) (?:commenting forum|comments)\b.{0,150}"
        rf"|{NOT_PLAINLY_REPORTED}"
        r"join (?:our |the )?(?:[\w-]+ )?(?:conversations?|discussions?)\b(?=.{0,150}\b"
        r"(?:comments?|commenting|commenters|forums?|replies)\b).{0,150}",
    ),
    # A notice that the story is still being written ("This is a breaking news story - more
    # to follow", "This story is developing and will be updated").
    (
        Furniture.BOILERPLATE,
        r"(?:this (?:is a )?)?(?:breaking|developing) (?:news? )?story\b.{0,40}"
        r"\b(?:more to follow|will be updated|updates? to follow|check back)\b.{0,40}"
        r"|this (?:story|article) is (?:developing|breaking)\b.{0,60}",
    ),
    (
        Furniture.DISCLAIMER,
        r"\W*(?:this (?:post|article|story|page) (?:contains|may contain|includes) "
        r"(?:affiliate links|references to products|links to products)"
        r"|we may (?:receive|earn) (?:a )?(?:small )?(?:compensation|commission))\b.{0,300}",
    ),
    # The same disclosure in a site's own words: the links, the money and the site's own
    # wording of it anywhere ("we may earn", "links on this site", "at no extra cost"); a
    # report on affiliate links ("Our reporters found influencers earn ...") is text.
    (
        Furniture.DISCLAIMER,
        r"(?=.{0,500}$)(?=.*\baffiliate links?\b)(?=.*\b(?:commissions?|compensation)\b)"
        r"(?=.*\b(?:(?:we|us) (?:may|might|could) (?:earn|receive)|links on (?:this|our) "
        r"(?:site|page|website)|at no (?:extra|additional) cost)\b).+",
    ),
)

# The comment form and feed links of blog templates (WordPress, Blogger, Movable Type),
# in their own stock wording.
_COMMENT_FORM = _any(
    "leave a (?:reply|response)", "cancel reply", "no comments yet\\.?", "comments are closed\\.?",
    "both comments and pings are (?:currently )?closed\\.?",
    "(?:name|e-?mail|mail|website)(?: \\(will not be published\\))? \\(required\\)",
    "(?:log ?in|sign in) or register to post comments", "subscribe to:? post comments \\(atom\\)",
    "post comments \\(atom\\)", "subscribe to:", "rss feed for comments on this post\\..{0,80}",
    "trackback ur[il]\\b.{0,80}", "recent comments", "newer post older post(?: home)?",
    "you can follow any responses to this entry through the rss 2\\.0 feed\\..{0,200}",
    "you can (?:leave a response|skip to the end).{0,40}(?:trackback|leave a response).{0,80}",
)  # fmt: skip
BLOG_LINES: tuple[tuple[Furniture, str], ...] = (
    (Furniture.BOILERPLATE, _COMMENT_FORM),
    # "This entry was posted on March 3, 2008 at 7:14 pm and is filed under ..."
    (
        Furniture.METADATA,
        r"this (?:entry|post) was (?:posted|written|filed)\b.{0,300}"
        r"|.{0,250}\bbookmark the permalink\b.{0,200}",
    ),
    (
        Furniture.NAVIGATION,
        r"(?:«\s*)?(?:previous|next|older|newer) (?:post|entry|article|story)(?:\s*[:»«].{0,150})?"
        r"|blog archive|latest tweets|recent posts|enlarge (?:photo|image)|pin it|post navigation"
        r"|(?:printer[- ]friendly|print) version|(?:next|previous) page\s*[»«]?"
        r"|view all posts by .{1,60}|[\d,.]+ (?:reads|views)"
        # A post's footer of links: "Posted at 1:04 pm | Print | Permalink | Comments (3)"
        r"|.{0,80}\|\s*permalink\s*\|.{0,120}",
    ),
    (
        Furniture.BOILERPLATE,
        r"(?:connect with|follow) (?:us|@\w+)(?: (?:on|for) .{2,100})?[.!]?",
    ),
    (
        Furniture.SHARE,
        r"if you (?:liked|enjoyed) this (?:post|article|story),? please shar\w*.{0,60}",
    ),
)

OPENERS: frozenset[Furniture] = frozenset(
    {Furniture.TEASER, Furniture.MIRROR_NOTICE, Furniture.SHARE, Furniture.READ_MORE}
)
"""Reasons whose line may be followed by more lines of the same block."""

FOLLOWERS: dict[Furniture, str] = {
    Furniture.MIRROR_NOTICE: r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\S*",
    Furniture.SHARE: rf"{_SOCIAL}(?:[\s,|•]+{_SOCIAL})*",
    Furniture.TEASER: r"[^.!?]{3,200}[^.!?:\s]\??|.{3,400}(?:…|\.\.\.|\[…\]|\[\.\.\.\])",
    Furniture.READ_MORE: r"[^.!?]{3,160}[^.!?:\s]",
}
"""What a line following an opener must look like to belong to the same furniture block.

Teasers are headlines (no final full stop; a question mark may end one) or snippets cut
off with an ellipsis; a "Read more:" line with nothing after it was followed by one linked
headline.
"""

MAX_LINE = 600
"""Longer lines are article text: no furniture rule is even tried on them."""

RULES: tuple[tuple[Furniture, str], ...] = (
    LINE_RULES + BLOG_LINES + NOTICE_LINES + SECTION_MENU_LINES
)
"""Every line rule in the order they are tried (compiled by :mod:`.furniture_table`)."""
COMPILED_FOLLOWERS: dict[Furniture, re.Pattern[str]] = {
    reason: re.compile(pattern, re.IGNORECASE) for reason, pattern in FOLLOWERS.items()
}
