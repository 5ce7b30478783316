"""The five seed reports: furniture gone, every article sentence kept, metadata found.

The expected sentences and furniture lines were written by hand from reading the seeds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from comparer.ingest import extract_path
from comparer.model import Furniture

SEED_SENTENCES: dict[str, list[str]] = {
    "000": [
        "Syrian government calls on U.N. to end coalition crimes after airstrike hits village near the Iraqi border, official media reports",  # noqa: E501
        "Syria strongly condemned the war crimes carried out by the U.S.-led international coalition against innocent civilians after its warplanes targeted civilians in the countryside of Deir-ez-Zor.",  # noqa: E501
        "In a letter to the United Nations, the Foreign Ministry said that the coalition’s feverish quest to derail the victories of the Syrian army against the Islamic State (ISIS) organization confirms the suspicious role of the coalition and the danger it poses to efforts aimed at fighting the terrorist group.",  # noqa: E501
        "The ministry said that this is done through airstrikes or agents on the ground, who conduct deals with ISIS terrorists to attack positions of the Syrian army and its allies from sites where coalition forces are deployed.",  # noqa: E501
        "The letter cited the latest of such attacks committed on Saturday by coalition warplanes against residential sites in Tal al-Shaer and Al-Duwaiji in Deir-ez-Zor, where more than 10 civilians were killed and scores of others were injured.",  # noqa: E501
        "The strikes also caused massive damage to property and homes.",
        "The letter said that the coalition’s warplanes also targeted a car carrying emergency respondents who were traveling to help injured people at the scene, killing all passengers.",  # noqa: E501
        "It also criticized the many parties who claim to value the rule of law and human rights but turn a blind eye to the massacres committed by the coalition in the provinces of Raqqa and Deir-ez-Zor.",  # noqa: E501
        "The ministry concluded by renewing the Syrian government’s demand for the U.N. Security Council to shoulder its responsibility to preserve international peace and security and take immediate action to stop the brutal crimes committed by the “illegal” coalition against innocent civilians.",  # noqa: E501
    ],
    "001": [
        "DAMASCUS, Syria. Syrian authorities condemned the crimes against civilians perpetrated by the US-led so-called “anti-ISIS” international coalition, stressing that various suspicious activities of the international alliance also aim to thwart Syrian Army’s progress against ISIS terrorists and undermine its efforts.",  # noqa: E501
        "The Syrian Foreign and Expatriates Ministry expressed its strong condemnation of the attacks of the International Coalition on civilian areas and the war crimes against civilians, pointing out that a great number of states involved in the coalition often claim to be concerned about the rule of law and human rights in Syria, while in fact some of these states could be considered as participants in the war crimes.",  # noqa: E501
        "In its letter addressed to the Secretary-General of the United Nations and the President of the UN Security Council, the Ministry called on the Security Council to act immediately and stop the war crimes committed by the Washington-led alliance against innocent civilians, prevent further attacks on Syrian civilians and assure that Syria’s sovereignty and territorial integrity will be respected.",  # noqa: E501
        "The letter of the Syrian Foreign and Expatriates Ministry comes right in time when the alleged international coalition led by the United States (under the pretext of fighting terrorist group ISIS in Syria and Iraq) keeps targeting residential areas in Raqqah and Deir Ez Zour, while allowing illegal militias to attack the positions of the Syrian Army and its allies amid the fight against ISIS.",  # noqa: E501
        "Yesterday, at least 10 civilians were killed and many more left injured in a new massacre by the US-led International alliance in Al Duwaiji village in Tal Al Shaer area, located in the very east of Deir Ez Zour province at the Iraqi border.",  # noqa: E501
    ],
    "002": [
        "The aerial photo shows damaged buildings in the Syrian city of Raqqah on October 19, 2017 after the US-led coalition said they purged the city of Daesh terrorists. (AP photo)",  # noqa: E501
        "The Syrian Foreign Ministry has called on the UN Security Council to take immediate measures to put an end to the atrocities of the US-led coalition against the people in the country.",  # noqa: E501
        "In two letters to the UN Secretary General and Chairman of the Security Council, the Ministry condemned the Monday airstrike by the US-led coalition on al-Qussour neighborhood in Dayr al-Zawr city, which claimed the lives of 14 civilians and injured over 40 others.",  # noqa: E501
        "The attack reveals the “suspicious” and “subversive” role of the US-led coalition in Syria, as the bloc was aware of the presence of the large number of civilians in the district after the Syrian army evacuated Daesh Takfiri terrorists from the area, the letters pointed out.",  # noqa: E501
        "The Syrian Foreign Ministry slammed the “frantic” efforts by the US-led coalition to hinder the advance of the Syrian Arab Army and its allies following their victories against Daesh terrorists, particularly in Dayr al-Zawr.",  # noqa: E501
        "The US-led coalition has been conducting airstrikes against what are said to be Daesh targets inside Syria since September 2014 without any authorization from the Damascus government or a UN mandate.",  # noqa: E501
        "The military alliance has repeatedly been accused of killing and injuring civilians and destroying the civilian infrastructure.",  # noqa: E501
        "It has also been largely incapable of achieving its declared goal of destroying Daesh.",
        "The photo shows the ruins of buildings in the Syrian city of Raqqah on October 18, 2017 after the US-led coalition said they purged the city of Daesh terrorists. (Reuters photo)",  # noqa: E501
        "The Syrian Foreign Ministry described the US-led coalition’s newly-announced plans to reconstruct the city of Raqqah, as an attempt to cover up its “heinous” crimes in the city.",  # noqa: E501
        "The coalition “will not succeed in consolidating the de facto situation it seeks to achieve in cooperation with its agents, in a gross violation of the Syrian Arab Republic’s sovereignty, unity and territorial integrity,” the letters pointed out.",  # noqa: E501
        "The letters noted that the countries which hail the US-led operations in Raqqah but turn a blind eye to the deaths of thousands of civilians and the full destruction of the city are “complicit” in shedding the blood of the Syrians and ruining their cities and infrastructure.",  # noqa: E501
        "Earlier this month, the so-called Syria Democratic Forces (SDF), a US-backed coalition of mainly Kurdish militants, captured the city of Raqqah from the Daesh terror group following a military operation, which was launched in July without the central government’s approval.",  # noqa: E501
        'On Sunday, the Russian Foreign Ministry issued a statement saying the US has wiped Raqqah "off the face of the earth" with carpet bombing in the same way the United States and Britain bombed Germany\'s Dresden in 1945.',  # noqa: E501
        "The Russian Defense Ministry also accused the West of having rushed to provide aid to Raqqah to cover up its own crimes.",  # noqa: E501
    ],
    "003": [
        "This file picture shows a view of the building of Syria’s Ministry of Foreign Affairs and Expatriates in the capital Damascus. (Photo by Sputnik news agency)",  # noqa: E501
        "The Damascus government says the so-called US-led coalition purportedly fighting Daesh Takfiri terrorist group is targeting ordinary people in the northern province of Hasakah and Raqqah as well as eastern province of Dayr al-Zawr as a punishment for their refusal to back and join US-backed Syrian Democratic Forces (SDF) militants.",  # noqa: E501
        "Syria’s Ministry of Foreign Affairs and Expatriates, in two separate letters addressed to United Nations Secretary General Antonio Guterres and the rotating President of the UN Security Council Vasily Nebenzya on Tuesday, condemned the continuing attacks by the US-led coalition against innocent Syrians, and its assaults on the sovereignty, unity and territorial integrity of the conflict-plagued Arab country.",  # noqa: E501
        "The letters further noted that the “illegal” US-led coalition continues to perpetrate massacres against Syrian civilians, leaving scores of people, including elderly people, women and children, dead over the past few days and destroying homes as well as civilian properties and infrastructure in targeted villages.",  # noqa: E501
        "The Syrian foreign ministry added that the US-led coalition is devoid of any international legitimacy, and has bombarded people in the provinces of Hasakah, Raqqah and Dayr al-Zawr after they did not agree to support SDF forces.",  # noqa: E501
        "“The United States has organized these militants in a bid to target the positions of the Syrian army, and recapture areas liberated by the Syrian army soldiers and their allies from the menace of terrorism,” the letters pointed out.",  # noqa: E501
        "They noted, “The United States has on occasions offered direct support to Daesh Takfiri terrorist group – the latest of which was on May 24 when US-led fighter aircraft struck Syrian army military sites between Albu Kamal border town and Hmeimim Air Base less than 24 hours after government forces thwarted Daesh assaults on its positions.”",  # noqa: E501
        "“The US-led coalition’s continued war crimes and crimes against humanity against Syrian people, its support for terrorism and use of terrorists and separatist militants to achieve its despicable political purposes confirm that the sole purpose of this contingent is to undermine Syria’s sovereignty, unity and territorial integrity, and prolong its crisis,” the Syrian foreign ministry pointed out.",  # noqa: E501
        "A picture taken on September 5, 2017 shows smoke billowing out following a US-led coalition airstrike in the western al-Daraiya neighborhood of the northern Syrian city of Raqqah. (Photo by AFP)",  # noqa: E501
        "The ministry then called upon members of the US-led coalition, which claim to advocate human rights, international humanitarian law and the Charter of the United Nations, to withdraw from this “disgraceful” force.",  # noqa: E501
        "It also urged the Security Council to shoulder its responsibilities in maintaining international peace and security, immediately stop the massacres being perpetrated by the US-led alliance against Syrian civilians, put an end to the aggressive and illegal presence of US and other foreign forces on Syrian soil, and stop US plans aimed at supporting terrorism in Syria.",  # noqa: E501
        "Earlier on Tuesday, local sources, speaking on condition of anonymity, told Syria’s official news agency SANA that US-led aerial attacks had targeted al-Jazaa village in Hasakah province, leaving ten people dead.",  # noqa: E501
        "The sources added that there were women and children among the fallen victims.",
        "The US-led coalition has been conducting airstrikes against what are said to be Daesh targets inside Syria since September 2014 without any authorization from the Damascus government or a UN mandate.",  # noqa: E501
        "The military alliance has repeatedly been accused of targeting and killing civilians.",
        "It has also been largely incapable of achieving its declared goal of destroying Daesh.",
    ],
    "004": [
        "Damascus, SANA-Syria affirmed that the continuation of massacres against the Syrian civilians by the illegitimate US-led coalition shows its disgraceful conduct and disregard for international legitimacy and the provisions of international law.",  # noqa: E501
        "In two letters sent by the Foreign and Expatriates Ministry to the UN Secretary General and President of Security Council, the Ministry said that the illegal US-led Coalition is continuing its operations, launching attacks on the Syrian territory and committing crimes against the Syrian civilians, the last of which was on December 16th, 2018, when the warplanes of the international alliance shelled the citizens’ houses in al-Boukhatir village in Deir Ezzor southeastern countryside, claiming the lives of 17 civilians and causing material damage to houses and properties.",  # noqa: E501
        "Over the past weeks, tens of the civilians were martyred , others were injured, mostly children and women, and massive material damage was caused to the houses of the locals due to massacres committed by the international coalition’s aircrafts in Hajin city and the surrounding villages in the eastern countryside of Deir Ezzor, the Ministry said.",  # noqa: E501
        "The International Coalition’s operations do not target Daesh (ISIS) terrorist organizations in Deir Ezzor.",  # noqa: E501
        "Rather, these attacks create the appropriate necessary conditions for a continuation of criminal attacks by Daesh which is allied with the Coalition, the Ministry added.",  # noqa: E501
        "The Ministry demanded again that the Security Council shoulder its responsibilities through an immediate and serious action to halt these crimes, attacks and the systematic destruction of infrastructure in Syria and to do what is necessary to establish an independent and impartial international mechanism to investigate into these crimes and punish its perpetrators.",  # noqa: E501
    ],
}

HEADLINE = Furniture.HEADLINE
SEED_FURNITURE: dict[str, list[tuple[Furniture, str]]] = {
    "000": [
        (Furniture.NAVIGATION, "Search"),
        (HEADLINE, "U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus"),
        (
            Furniture.REPEATED_HEADLINE,
            "U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus",
        ),
        (Furniture.DISCLAIMER, "This article was edited by The Syrian Observer."),
        (Furniture.DISCLAIMER, "lies entirely with the author."),
        (Furniture.NAVIGATION, "Helpful keywords"),
    ],
    "001": [
        (HEADLINE, "“International coalition could be helping ISIS” – Syria"),
        (Furniture.METADATA, "November 12th, 2017 – Fort Russ News –"),
        (Furniture.METADATA, "– Breakingnews.sy – – translated by Samer Hussein –"),
        (Furniture.ADVERTISEMENT, "- Advertisement -"),
        (Furniture.NEWSLETTER, "Subscribe to our newsletter"),
        (Furniture.NEWSLETTER, "Sign up here to get the latest news, updates and special offers"),
    ],
    "002": [
        (Furniture.NAVIGATION, "News / Syria"),
        (HEADLINE, "Syria calls on UNSC to immediately stop US-led coalition crimes"),
        (Furniture.READ_MORE, "Read more:"),
        (Furniture.MIRROR_NOTICE, "Press TV’s website can also be accessed at the following"),
        (Furniture.MIRROR_NOTICE, "www.presstv.co.uk"),
        (Furniture.SHARE, "SHARE THIS ARTICLE"),
        (Furniture.BOILERPLATE, "Press TV News Roku"),
    ],
    "003": [
        (Furniture.NAVIGATION, "News / Syria"),
        (
            HEADLINE,
            "US-led coalition targeting Syrians over refusal to back SDF militants: Damascus",
        ),
        (Furniture.MIRROR_NOTICE, "Press TV’s website can also be accessed at the following"),
        (Furniture.MIRROR_NOTICE, "www.presstv.ir"),
        (Furniture.SHARE, "SHARE THIS ARTICLE"),
        (Furniture.BOILERPLATE, "Press TV News Roku"),
    ],
    "004": [
        (
            HEADLINE,
            "Foreign Ministry: Continued US-led Coalition’ s crimes against Syrian civilians",
        ),
        (Furniture.TEASER, "Check Also"),
        (Furniture.TEASER, "More than 256 thousand students take secondary education certificate"),
        (Furniture.TEASER, "Damascus, SANA- More than 256 thousand students started on Wednesday"),
    ],
}

# Words of the furniture that must not be anywhere in the cleaned text.
FORBIDDEN_IN_TEXT = [
    "Search",
    "Helpful keywords",
    "edited by The Syrian Observer",
    "Responsibility for",
    "Fort Russ News",
    "Breakingnews.sy",
    "translated by",
    "Advertisement",
    "Subscribe",
    "Sign up",
    "News / Syria",
    "Read more",
    "alternate addresses",
    "www.presstv",
    "SHARE THIS ARTICLE",
    "Roku",
    "Check Also",
    "256 thousand students",
]


def _seed(samples: list[Path], key: str) -> Path:
    return next(path for path in samples if path.name.startswith(key))


@pytest.mark.parametrize("key", sorted(SEED_SENTENCES))
def test_every_article_sentence_is_kept_in_order(samples: list[Path], key: str) -> None:
    article = extract_path(_seed(samples, key))
    assert [s.text for s in article.sentences] == SEED_SENTENCES[key]
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("key", sorted(SEED_SENTENCES))
def test_no_furniture_survives_in_the_text(samples: list[Path], key: str) -> None:
    text = extract_path(_seed(samples, key)).text
    for words in FORBIDDEN_IN_TEXT:
        assert words not in text


@pytest.mark.parametrize("key", sorted(SEED_FURNITURE))
def test_each_furniture_line_is_removed_with_its_reason(samples: list[Path], key: str) -> None:
    article = extract_path(_seed(samples, key))
    for reason, words in SEED_FURNITURE[key]:
        assert any(r.reason == reason and words in r.text for r in article.removed), words
    for block in article.removed:
        assert 0 <= block.position <= len(article.text)


def test_000_repeated_headline_and_disclaimer(samples: list[Path]) -> None:
    article = extract_path(_seed(samples, "000"))
    assert article.meta.title.startswith("U.S.-Led Coalition Attacks")
    assert article.meta.outlet == "The Syrian Observer"
    assert article.meta.language == "en"
    assert article.text.startswith("Syrian government calls on U.N.")


def test_001_date_outlet_credits_dateline(samples: list[Path]) -> None:
    meta = extract_path(_seed(samples, "001")).meta
    assert meta.title == "“International coalition could be helping ISIS” – Syria"
    assert meta.published == date(2017, 11, 12)
    assert meta.published_raw == "November 12th, 2017"
    assert meta.outlet == "Fort Russ News"
    assert meta.credits == ("Breakingnews.sy", "translated by Samer Hussein")
    assert meta.dateline == "DAMASCUS, Syria"


@pytest.mark.parametrize("key", ["002", "003"])
def test_press_tv_outlet_and_captions(samples: list[Path], key: str) -> None:
    article = extract_path(_seed(samples, key))
    assert article.meta.outlet == "Press TV"
    captions = [article.text[span.start : span.end] for span in article.captions]
    assert len(captions) == 2
    assert all(c.endswith(("photo)", "(Photo by AFP)", "agency)")) for c in captions)
    assert all(c in article.text for c in captions)


def test_004_dateline_keeps_the_first_sentence_whole(samples: list[Path]) -> None:
    article = extract_path(_seed(samples, "004"))
    assert article.meta.dateline == "Damascus, SANA"
    assert article.meta.outlet == "SANA"
    assert article.text.startswith("Damascus, SANA-Syria affirmed that")
    assert article.sentences[0].text.startswith("Damascus, SANA-Syria affirmed")


def test_seed_hash_and_original_are_the_file_bytes(samples: list[Path]) -> None:
    path = _seed(samples, "002")
    article = extract_path(path)
    assert article.original == path.read_bytes()
    assert len(article.content_hash) == 64
    assert article.media_type == "text/plain"
