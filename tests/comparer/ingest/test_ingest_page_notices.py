"""Residual furniture of real saved pages (Fundus's, committed under tests/pages/fundus).

A placeholder printed where a reader's consent settings block an embed, a photo credit
naming the photographer and the paper after a comma, a paywall's note, an appeal to rate
or fund the story and a sign-up box leave the text with their reason, so they can be shown
and put back; the story's own sentences on such things stay.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from comparer.ingest import extract_bytes, extract_text
from comparer.model import Extracted, Furniture

PAGES = Path(__file__).parents[2] / "pages" / "fundus"
HEAD = "Evergrande files for bankruptcy protection in New York"
FIRST = "Evergrande, one of China's largest developers, owes 300 billion dollars, analysts said."
LAST = "The company's shares were suspended in Hong Kong on Thursday, the exchange said."


def _page(name: str) -> Extracted:
    data = gzip.decompress((PAGES / name / "source.html.gz").read_bytes())
    return extract_bytes(data, source=name, filename="source.html")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # Business Insider Deutschland's placeholder for a blocked chart, line by line.
        ("Externer Inhalt nicht verfügbar", Furniture.BOILERPLATE),
        (
            "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen "
            "Inhalte (z.B. Grafiken, Tabellen, Abo-Login) und Sozialen Netzwerke (z.B. Youtube, "
            "Twitter, Facebook, Instagram etc.)",
            Furniture.BOILERPLATE,
        ),
        (
            "Zur Anzeige aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.",
            Furniture.BOILERPLATE,
        ),
        # Tagesspiegel's, over an embedded chart.
        ("Empfohlener redaktioneller Inhalt", Furniture.BOILERPLATE),
        (
            "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen "
            "Inhalt, der den Artikel für Sie mit zusätzlichen Informationen anreichert. Sie "
            "können sich hier den externen Inhalt mit einem Klick anzeigen lassen oder wieder "
            "ausblenden.",
            Furniture.BOILERPLATE,
        ),
        (
            "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit "
            "können personenbezogene Daten an Drittplattformen übermittelt werden.",
            Furniture.BOILERPLATE,
        ),
        # Kommersant's credit under each photo.
        ("Фото: Дмитрий Азаров, Коммерсантъ", Furniture.PHOTO_CREDIT),
        # The Citizen's link to another story.
        (
            "READ NEXT: Cape Town heads into a weekend of shifting skies, says weather service",
            Furniture.READ_MORE,
        ),
        # Le Monde's paywall, where the story stops.
        (
            "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
            Furniture.BOILERPLATE,
        ),
        # Appeals under the story: Israel Nachrichten's, junge Welt's rating box.
        (
            "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer "
            "Spende, oder werden Sie Mitglied der Israel-Nachrichten.",
            Furniture.BOILERPLATE,
        ),
        ("Unabhängiger Journalismus braucht deine Unterstützung.", Furniture.BOILERPLATE),
        ("Wie hat Ihnen dieser Artikel gefallen?", Furniture.BOILERPLATE),
        ("Durchschnittliche Bewertung: 0,0", Furniture.BOILERPLATE),
        # Sign-up boxes: the Express's legal line, Time's question.
        (
            "Our community members are treated to special offers, promotions, and adverts "
            "from us and our partners. You can check out at any time. Read our Privacy Policy",
            Furniture.NEWSLETTER,
        ),
        (
            "Want Weekly Recs on What to Watch, Read, and More? Sign Up for Worth Your Time",
            Furniture.NEWSLETTER,
        ),
        # Newsletters' plugs: the National Post's, BR24's, the Luxemburger Wort's label.
        (
            "Our website is the place for the latest breaking news, exclusive scoops, longreads "
            "and provocative commentary. Please bookmark nationalpost.com and sign up for our "
            "daily newsletter, Posted, here.",
            Furniture.NEWSLETTER,
        ),
        (
            "Der BR24 Newsletter informiert Sie immer montags bis freitags zum Feierabend über "
            "das Wichtigste vom Tag auf einen Blick – kompakt und direkt in Ihrem privaten "
            "Postfach. Hier geht’s zur Anmeldung!",
            Furniture.NEWSLETTER,
        ),
        ("Newsletter: Sport inside", Furniture.NEWSLETTER),
        # A paywall's label, a whole line; an appeal opening its line; the Daily Star's plug.
        ("Nur für Abonnenten", Furniture.BOILERPLATE),
        ("Please support independent journalism: become a member today.", Furniture.BOILERPLATE),
        (
            "For the latest breaking news and stories from across the globe from the Daily "
            "Star, sign up for our newsletters .",
            Furniture.NEWSLETTER,
        ),
        # The Independent's notices under a story still being written, and its comments plug.
        ("This is a breaking new story - more to follow", Furniture.BOILERPLATE),
        ("This story is developing and will be updated.", Furniture.BOILERPLATE),
        (
            "Join thought-provoking conversations, follow other Independent readers and see "
            "their replies",
            Furniture.BOILERPLATE,
        ),
    ],
)
def test_a_notice_line_leaves_with_its_reason(line: str, reason: Furniture) -> None:
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{line}\n\n{LAST}\n")
    assert article.text.split("\n\n")[-2:] == [FIRST, LAST]
    assert [block.text for block in article.removed if block.reason is reason] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Facebook changed its privacy settings last year, the company said on Monday.",
        "Foto: LA NACION",  # one name: a credit or a caption's label, left alone
        "Photographs by the paper's staff were shown at the town hall on Friday.",
        "The foundation said it would support local journalism in rural counties.",
        "The paper's readers were asked online: did you like this article? Most said no.",
        "The subscription, he said, is reserved for subscribers of the print edition.",
        "The campaign asked supporters to sign up for its newsletter, a spokesman said.",
        "Houston Mitchell is an assistant sports editor, writer of the Dodgers Dugout "
        "newsletter and editor of all of the sports newsletters for the Los Angeles Times.",
        # A reviewer's news sentences on paywalls, consent, newsletters and appeals: no
        # notice's own wording, no reader addressed, or reported speech.
        "Der Verlag will seine Online-Texte künftig nur für Abonnenten freischalten.",
        "Die Zeitung macht ihre Recherchen ab Januar nur für Abonnenten zugänglich.",
        "The grant will support independent journalism in rural counties across the state.",
        "Plus de 10 000 personnes se sont inscrites à la newsletter du parti en une semaine.",
        "Readers who subscribe to the newsletter will get the mayor's weekly updates by email.",
        "Mehr als 5000 Menschen haben sich für den Newsletter der Partei angemeldet, und die "
        "Anmeldung läuft weiter.",
        "The ministry wants platforms to ask users' consent before they load external content "
        "from trackers.",
        "Facebook will show third-party content only to users who accept the new terms, the "
        "regulator found.",
        "The regulator ruled that the embedded content must not load until a user gives consent.",
        "Newsletter: the campaign's secret weapon",
        "Did you like this article? Many readers did not, judging by the letters we received.",
        "Der Bundesrat will, dass Webseiten externe Inhalte erst nach Zustimmung der Nutzer laden.",
        "Kritischer Journalismus braucht Ihre Unterstützung, sagte der Verleger bei der Gala.",
        "Good journalism needs your support, the editor wrote in a letter to readers.",
        # A second review's: reporting verbs beyond "said", appeals told of, not made.
        "If you subscribe to the Times newsletter, the company can track your reading, "
        "researchers warn.",
        "Please support independent journalism, the union urged its members at the rally in Leeds.",
        "You may be asked to accept cookies before third-party content is shown, the "
        "regulator noted.",
        "Support our journalism was the slogan painted on the van.",
        "Support independent journalism: that was the message at the Press Freedom Day event.",
        # Any verb of saying the framing analysis reads (comparer.saying), not only the common
        "You can sign up for our daily newsletter here, the editor tweeted.",
        "Support our journalism: become a member today, the campaign's posters declared.",
        "Please sign up for our newsletter, the mayor's office posted on Friday.",
        "Newsletters: Sign up now, the minister joked.",
        # A story's own words on breaking news and conversations.
        "The breaking news story was later retracted, and more to follow was never written.",
        "Breaking news stories, the study found, are corrected more often than others.",
        "Join the conversation, the mayor told residents, and the replies poured in.",
    ],
)
def test_a_story_line_on_settings_or_photos_stays(line: str) -> None:
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{line}\n\n{LAST}\n")
    assert line in article.text.split("\n\n")


def test_business_insiders_blocked_charts_leave_the_real_page() -> None:
    article = _page("de_BusinessInsiderDE")
    assert "Privatsphäre" not in article.text
    assert "Evergrande war mit 300 Milliarden Dollar" in article.text
    notices = [block for block in article.removed if "Externer Inhalt" in block.text]
    assert notices and all(block.reason is Furniture.BOILERPLATE for block in notices)


def test_kommersants_photo_credits_leave_the_real_page() -> None:
    article = _page("ru_Kommersant")
    assert "Фото:" not in article.text
    credits = [block.text for block in article.removed if block.reason is Furniture.PHOTO_CREDIT]
    assert credits.count("Фото: Дмитрий Азаров, Коммерсантъ") == 3


def test_a_script_inside_a_subheading_is_no_text_of_the_real_page() -> None:
    """Focus prints a shop widget's iframe and its loader script inside an ``<h2>``; the
    subheading put back is its words alone."""
    paragraphs = _page("de_Focus").text.split("\n\n")
    assert "Neues Lego-Set startet durch" in paragraphs
    assert not [paragraph for paragraph in paragraphs if "addEventListener" in paragraph]


def test_the_independents_breaking_story_notice_leaves_the_real_page() -> None:
    article = _page("uk_TheIndependent")
    assert "more to follow" not in article.text
    assert "thought-provoking" not in article.text
    assert "Holly Bowles" in article.text
