"""The furniture rules added for issue 16, each on lines real pages print.

Every removal keeps its reason and the text, so it can be shown and put back.
"""

from __future__ import annotations

import pytest

from comparer.ingest import extract_text
from comparer.model import Furniture

HEAD = "Storm closes schools across the state"
FIRST = "Schools across the state were closed on Monday as the storm moved in, officials said."
LAST = "The governor said the schools would reopen on Wednesday if the roads were clear."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related: Ukraine says it repelled attack near Kharkiv", Furniture.READ_MORE),
        ("Also on rt.com Kiev regime 'shelled its own people' – Moscow", Furniture.TEASER),
        ("CLICK HERE TO GET THE FOX NEWS APP", Furniture.BOILERPLATE),
        ("CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM", Furniture.BOILERPLATE),
        ("Continue reading the main story", Furniture.NAVIGATION),
        ("Supported by", Furniture.NAVIGATION),
        ("Thanks for signing up!", Furniture.NEWSLETTER),
        ("Thank you for subscribing. You'll receive our newsletter soon.", Furniture.NEWSLETTER),
        ("Listen to this article", Furniture.BOILERPLATE),
        ("Download the NBC News app for breaking news and alerts", Furniture.BOILERPLATE),
        ("(Reporting by Tom Balmforth; Editing by Alex Richardson)", Furniture.METADATA),
        ("Image", Furniture.PHOTO_CREDIT),
        ("1 of 5", Furniture.NAVIGATION),
        ("Fullscreen", Furniture.NAVIGATION),
        ("Recent Slide Shows", Furniture.NAVIGATION),
        ("Today on WebMD", Furniture.NAVIGATION),
        ("Other Opinion Columns", Furniture.NAVIGATION),
        ("Loading Comments...", Furniture.BOILERPLATE),
        ("This feature is temporarily unavailable. Please try again later.", Furniture.BOILERPLATE),
        ("Credit: Getty Images", Furniture.PHOTO_CREDIT),
        # Lines of trafilatura's evaluation pages its gold says are not article text.
        ("Ähnliche Beiträge", Furniture.TEASER),
        ("Auch interessant:", Furniture.TEASER),
        ("Mehr zum Thema auf UEPO.de", Furniture.TEASER),
        ("Top-Themen bei FIT FOR FUN", Furniture.TEASER),
        ("Más sobre La Tercera AM", Furniture.TEASER),
        ("Mirá también", Furniture.READ_MORE),
        ("Siehe auch", Furniture.READ_MORE),
        (
            "“PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?”",
            Furniture.READ_MORE,
        ),
        ("Pour lire la suite", Furniture.READ_MORE),
        ("Temas", Furniture.NAVIGATION),
        (
            "Themen: Kritik aus dem Internet, Neue Prognosen zum Virus aus London",
            Furniture.NAVIGATION,
        ),
        ("Gefällt mir:", Furniture.SHARE),
        ("Gefällt mir Lade...", Furniture.SHARE),
        ("Like Loading...", Furniture.SHARE),
        ("分享到", Furniture.SHARE),
        ("选择其他平台 >>", Furniture.SHARE),
        ("“View this post on Instagram”", Furniture.SHARE),
        ("%d Bloggern gefällt das:", Furniture.SHARE),
        ("Never miss the latest news by signing up to our newsletter today!", Furniture.NEWSLETTER),
        (
            "We want to hear what you think about this article. Submit a letter to the editor "
            "or write to letters@theatlantic.com.",
            Furniture.BOILERPLATE,
        ),
        ("Our Standards: The Thomson Reuters Trust Principles.", Furniture.BOILERPLATE),
        (
            "This post contains references to products from one or more of our advertisers. "
            "We may receive compensation when you click on links to those products.",
            Furniture.DISCLAIMER,
        ),
        ("(Credit: Clayton Aldern / Grist)", Furniture.PHOTO_CREDIT),
        (
            "[What you need to know to start the day: Get New York Today in your inbox.]",
            Furniture.NEWSLETTER,
        ),
        ("Foto: dpa / Kay Nietfeld", Furniture.PHOTO_CREDIT),
        # Labels in the other languages of trafilatura's news pages (a Hildesheim paper, a
        # law blog, Frankfurter Rundschau's list picture) and PCMag's closing box.
        ("Anzeigen", Furniture.ADVERTISEMENT),
        ("Werbung", Furniture.ADVERTISEMENT),
        ("Publicidad", Furniture.ADVERTISEMENT),
        ("Advertisement 1Story continues below", Furniture.ADVERTISEMENT),
        ("Advertisement embed-more-topicStory continues below", Furniture.ADVERTISEMENT),
        ("Newsletter abonnieren", Furniture.NEWSLETTER),
        ("Suscríbete a nuestro newsletter", Furniture.NEWSLETTER),
        ("Abonnez-vous à notre newsletter quotidienne", Furniture.NEWSLETTER),
        ("Rubriklistenbild: © KCNA/dpa", Furniture.PHOTO_CREDIT),
        ("Further Reading", Furniture.READ_MORE),
        (
            "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
            Furniture.NAVIGATION,
        ),  # the German customs' link to a letter
        ("Download: mp3 (30 MB) m4a (24 MB) opus (16 MB)", Furniture.NAVIGATION),
        # English credits naming only the photographer (South African papers, a travel site).
        ("Image: Fouzia Van Der Fort", Furniture.PHOTO_CREDIT),
        ("Featured image by Alberto Riva/The Points Guy.", Furniture.PHOTO_CREDIT),
        ("Photograph: Andrew Harnik/AP", Furniture.PHOTO_CREDIT),
        # A post's stamp: an old fan site's, a blog's, a local paper's.
        ("24. März 2004, 19:49 | Genesis", Furniture.METADATA),
        ("12. November 2015 / 13:48", Furniture.METADATA),
        ("Di, 10:19 Uhr", Furniture.METADATA),
        # Blog templates' comment forms, feeds and post footers.
        ("Leave a Reply", Furniture.BOILERPLATE),
        ("Mail (will not be published) (required)", Furniture.BOILERPLATE),
        ("Subscribe to: Post Comments (Atom)", Furniture.BOILERPLATE),
        ("Both comments and pings are currently closed.", Furniture.BOILERPLATE),
        (
            "You can follow any responses to this entry through the RSS 2.0 feed. You can "
            "leave a response, or trackback from your own site.",
            Furniture.BOILERPLATE,
        ),
        (
            "This entry was posted on March 3, 2008 at 7:14 pm and is filed under Politics, "
            "Schools.",
            Furniture.METADATA,
        ),
        (
            "This was written by Kim Lee. Posted on Friday, August 17, 2012. Filed under "
            "Schools. Bookmark the permalink.",
            Furniture.METADATA,
        ),
        ("« Previous post: Flood warnings lifted", Furniture.NAVIGATION),
        ("Enlarge Photo", Furniture.NAVIGATION),
        ("Printer-friendly version", Furniture.NAVIGATION),
        ("Next Page »", Furniture.NAVIGATION),
        ("View all posts by Becky", Furniture.NAVIGATION),
        ("9086 reads", Furniture.NAVIGATION),
        (
            "Posted at 1:04 pm | Print | Permalink | Trackback | Comments (3)",
            Furniture.NAVIGATION,
        ),
        ("Connect with us on Twitter", Furniture.BOILERPLATE),
        ("Follow @citydesk for breaking news and headlines.", Furniture.BOILERPLATE),
        ("If you liked this post, please share it", Furniture.SHARE),
        # From newspaper4k's saved pages (tests/pages/newspaper): CNN's menu of 15 sections,
        # a shop link on ONE Esports, TIME's teaser heading and contact line, CNN's widget.
        (
            "Home | Video | World | U.S. | Africa | Asia | Europe | Latin America | Middle East"
            " | Business | World Sport | Entertainment | Tech | Travel | iReport",
            Furniture.NAVIGATION,
        ),
        ("ADD TO CART: US$25 League of Legends Gift Card for NA server", Furniture.NAVIGATION),
        ("More Must-Reads From TIME", Furniture.TEASER),
        ("Write to Alejandro de la Garza at alejandro.delagarza@time.com", Furniture.METADATA),
        ("Loading weather data ...", Furniture.BOILERPLATE),
        ("kokobj@yna.co.kr", Furniture.METADATA),  # Yonhap's reporter, then its end mark
        ("(END)", Furniture.BOILERPLATE),
        ("-- By Michael Russell Follow @tdmrussell", Furniture.METADATA),  # cleveland.com
        (
            "Just a heads up, some of the links on ONE Esports are affiliate links. This means if"
            " you click on them and make a purchase, we may earn a small commission at no"
            " additional cost to you. It’s a way for us to keep the site running and provide you"
            " with valuable content. Thanks for your support!",
            Furniture.DISCLAIMER,
        ),
        # Lines of the Fundus set's pages its gold leaves out (Nettavisen, Rzeczpospolita,
        # Nieuwsblad, Postmedia, TechRadar, Daily Star, AP, The Independent).
        (
            "Les også: Tone Damli røper detaljer om frieriet: – Ble helt forfjamset",
            Furniture.READ_MORE,
        ),
        ("Czytaj więcej", Furniture.READ_MORE),
        ("Lees meer", Furniture.READ_MORE),
        ("Article content", Furniture.NAVIGATION),
        ("Sign up for our emails", Furniture.NEWSLETTER),
        (
            "Sign up for breaking news, reviews, opinion, top tech deals, and more.",
            Furniture.NEWSLETTER,
        ),
        (
            "For the latest breaking news and stories from across the globe from the Daily Star,"
            " sign up for our newsletters .",
            Furniture.NEWSLETTER,
        ),
        (
            "Ground Game: Sign up for AP’s weekly politics newsletter to get it in your inbox"
            " every Monday.",
            Furniture.NEWSLETTER,
        ),
        (
            "Follow TechRadar on Google News and add us as a preferred source to get our expert"
            " news, reviews, and opinion in your feeds.",
            Furniture.BOILERPLATE,
        ),
        ("Join our commenting forum", Furniture.BOILERPLATE),
        # date stamps and a video's length alone on a line (WDR, RBB, ZDF, Media Indonesia)
        ("Stand: 22.04.2024, 06:00 Uhr", Furniture.METADATA),
        ("Veröffentlicht am 13. Mai 2026 um 15:44", Furniture.METADATA),
        ("20/1/2026 18:30", Furniture.METADATA),
        ("05.09.2024 | 2:03 min", Furniture.METADATA),
        ("02:57 Min.. Verfügbar bis 06.05.2024.", Furniture.METADATA),
        # the openings of the BBC's, CNN's, Deutsche Welle's, the Salzburger Nachrichten's
        # and AFP's pages in the committed dev sets
        ("30. Januar 2024", Furniture.METADATA),
        ("20 February 2015 Last updated at 15:42 GMT", Furniture.METADATA),
        ("November 28, 2013 -- Updated 0203 GMT (1003 HKT)", Furniture.METADATA),
        ("Lesedauer: 4 Minuten", Furniture.METADATA),
        ("3 Minuten Lesezeit", Furniture.METADATA),
        ("From the section US & Canada", Furniture.NAVIGATION),
        # a 1977 Times archive page's (GoOse's set)
        ("NYTimes: Home - Site Index - Archive - Help", Furniture.NAVIGATION),
        # a login box, a comments label and a donation appeal (trafilatura's test pages)
        ("Login", Furniture.NAVIGATION),
        ("oder neu registrieren?", Furniture.NAVIGATION),
        ("Suche", Furniture.NAVIGATION),
        ("meist-diskutiert", Furniture.NAVIGATION),
        ("5 Kommentare", Furniture.BOILERPLATE),
        ("Lesermeinungen", Furniture.BOILERPLATE),
        (
            "Ihnen hat der Artikel gefallen? Bitte helfen Sie kath.net und spenden Sie jetzt!",
            Furniture.BOILERPLATE,
        ),
        # a gallery's counter, an Instagram embed's link and a related-topics heading in
        # German (trafilatura's test pages)
        ("Bild 3 von 10", Furniture.NAVIGATION),
        ("“Sieh dir diesen Beitrag auf Instagram an”", Furniture.SHARE),
        ("Verwandte Themen", Furniture.TEASER),
        # teasers of other stories cut short before their link (trafilatura's test pages)
        (
            "Die Regierung will Übersterblichkeit mit strengsten Maßnahmen verhindern. Zwei "
            "Meldungen, die Widersprüche offenbaren. Zum einen die…/ mehr",
            Furniture.TEASER,
        ),
        (
            "The Petroleum Commission is far more important than the Board of the Natural "
            "Resources Fund. Yet, the... more",
            Furniture.TEASER,
        ),
        ("The council met again on Monday to hear the parents… [Read more »]", Furniture.TEASER),
    ],
)
def test_furniture_lines_are_removed_with_their_reason(line: str, reason: Furniture) -> None:
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{line}\n\n{LAST}\n")
    assert line not in article.text
    assert [block.text for block in article.removed if block.reason is reason] == [line]


def test_a_teaser_list_keeps_its_question_headlines() -> None:
    teasers = (
        "More Must-Reads From TIME\n\nThe Struggle to Save Lives Inside Gaza’s Hospitals\n\n"
        "Is Using the Snooze Button Bad for You?\n\nZooey Zephyr: The Love Story of My Chosen"
        " Family\n\nThe Best Inventions of 2023"
    )  # TIME's list under its article (newspaper4k's time_001 page)
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{teasers}\n\n{LAST}\n")
    assert article.text.split("\n\n")[-2:] == [FIRST, LAST]
    teaser = [block for block in article.removed if block.reason is Furniture.TEASER]
    assert len(teaser) == 1 and teaser[0].text.endswith("The Best Inventions of 2023")


def test_a_further_reading_box_goes_with_its_links() -> None:
    box = "Further Reading\n\nStorage Reviews\n\nStorage Best Picks"  # PCMag's, at the end
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{LAST}\n\n{box}\n")
    assert article.text.split("\n\n")[-2:] == [FIRST, LAST]
    removed = [block.text for block in article.removed if block.reason is Furniture.READ_MORE]
    assert removed == ["Further Reading\nStorage Reviews\nStorage Best Picks"]


def test_a_copyright_credit_glued_to_a_caption_is_cut_off() -> None:
    caption = "Marco Odermatt, Ski-Star aus der Schweiz."
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{caption} © AFP / MARCO BERTORELLO\n\n{LAST}")
    assert caption in article.text.split("\n\n")
    assert "© AFP / MARCO BERTORELLO" in [b.text.strip() for b in article.removed]


def test_a_photo_credit_glued_to_a_caption_is_cut_off() -> None:
    caption = "Senators arrived for the vote at the Capitol."
    article = extract_text(f"{HEAD}\n\n{FIRST}\n\n{caption}CreditJoshua Roberts/Reuters\n\n{LAST}")
    assert caption in article.text.split("\n\n")
    credit = [b for b in article.removed if b.reason is Furniture.PHOTO_CREDIT]
    assert [b.text for b in credit] == ["CreditJoshua Roberts/Reuters"]
    assert article.text[: credit[0].position].rstrip().endswith(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Related talks between the two sides broke down on Friday, a diplomat said.",
        "He said the credit rating of the city would not be affected by the closures.",
        "Click-through rates for the state's alert system doubled during the storm.",
        "Like this year's flood, the storm closed the schools for three days.",
        "Themen wie die Schulschließungen beschäftigen den Landtag seit Wochen.",
        "We want to hear from the families, the mayor said, before the schools reopen.",
        "Photo: the storm over the state capitol on Monday",
        "Never miss a chance to check the forecast, the governor told residents.",
        "分享到朋友圈的照片引发了讨论。",
        "View this post on Instagram, the singer told fans, before deleting it.",
        "Previous articles on the closures drew hundreds of letters from parents.",
        "Next story time at the library will be held once the schools reopen.",
        "This post was the first the mayor wrote about the storm, and it was shared widely.",
        "Follow the storm's path on our live map, the weather service said.",
        "Next page of the report lists the schools that will stay closed.",
        "12,000 views of the storm were shared online by Monday, the council said.",
        "UPDATE: Police said the roads would reopen on Wednesday.",
        "COOPER: Senator, thank you for joining us.",
        "More snow in the north",
        "Contact with the families was lost on Monday, officials said.",
        "Is the storm over? Forecasters say the worst has passed.",
        "-- by the time the roads reopened, most schools had closed for the day.",
        "Retailers earn more from affiliate links than from adverts, the study found.",
        "Sites earn commissions from affiliate links, the study of 40 blogs found.",
        "Loading resumed on Monday.",
        "Our reporters found influencers earn commissions through affiliate links and that"
        " our readers trusted them.",
        "BREAKING: Explosion rocks Beirut port",
        "KABUL: Taliban fighters entered the capital on Sunday, officials said",
        "Thousands of readers sign up for the paper's newsletters each week, its editor said.",
        "Residents can sign up for the city’s flood alert newsletter, the mayor said.",
        "Les Bleus ont gagné dimanche, et les supporters ont fêté la victoire.",
        "Lees, the council's treasurer, said the schools would reopen on Wednesday.",
        "Join the queue, the mayor told parents waiting outside the closed schools.",
        "Am 13. Mai 2026 regnete es in der ganzen Stadt.",
        "3.5.2020 war ein Sonntag, sagte der Bürgermeister.",
        "Stand der Dinge: Die Schulen bleiben geschlossen.",
        "30. Januar 2024 war ein Dienstag, sagte der Bürgermeister.",
        "From the section of the report on schools, the council learned little.",
        "3 Minuten Lesezeit reichen für den ganzen Bericht, sagte sie.",
        "Home - the word the refugees used most - was where they could not go.",
        "They wanted more... and more, the mayor said of the parents.",
        "Suche nach Überlebenden dauert an, sagte die Polizei.",
        "Login-Daten von zwei Millionen Kunden wurden gestohlen.",
        "3 von 10 Schulen bleiben geschlossen, sagte der Bürgermeister.",
        "“We need more… more,” the mayor said.",
        "The full report (PDF, 1.2 MB) is available on the ministry website.",
        "Fr, 12:00 Uhr: Die Polizei sperrt die Straße.",
        "Picture: Senate Republicans leave the chamber after the vote",
        "So 10:30 Uhr war es ruhig in der Stadt.",
        "Werbung im Fernsehen soll verboten werden, sagte der Minister.",
    ],
)
def test_article_sentences_that_start_like_furniture_stay(line: str) -> None:
    assert line in extract_text(f"{HEAD}\n\n{FIRST}\n\n{line}\n\n{LAST}\n").text


def test_a_live_blogs_stamped_updates_are_kept() -> None:
    # Each update of a live blog sits under a "2 hours ago" stamp: those updates are the
    # story (a rule reading such runs as a ticker of other stories removed them).
    updates = [
        "The storm made landfall near Wrightsville Beach with winds of 90 mph, the National "
        "Hurricane Center said.",
        "More than 300,000 homes are without power in North Carolina, according to Duke "
        "Energy, and the number is rising.",
        "The governor said at least three people were killed by falling trees in Wilmington, "
        "among them a mother and her baby.",
    ]
    stamped = [
        p
        for stamp, update in zip(
            ("2 hours ago", "1 hour ago", "45 minutes ago"), updates, strict=True
        )
        for p in (stamp, update)
    ]
    text = "\n\n".join(
        [
            "Hurricane Florence live: storm makes landfall",
            "Follow our live coverage of the storm as it moves up the coast on Friday.",
            *stamped,
            "The storm is expected to weaken as it moves inland overnight, forecasters said.",
        ]
    )
    extracted = extract_text(text)
    for update in updates:
        assert update in extracted.text
