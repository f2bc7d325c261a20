"""Where the demo lessons' facts come from, and how a lesson shows it.

Every demo lesson cites its sources (``cited`` in ``content.lesson``): seed_demo turns each into
a ``courses.Source`` snippet (one per work, reused by every lesson that cites it) and a row of
the lesson's sources, with the pinpoint ("article 26") when it cites a part. A fact a
subject-matter expert must still confirm carries the marker ``CHECK`` where it is stated and is
listed again in the lesson's expert-check block (``to_confirm``): trainers and reviewers see
both, learners neither, so a reviewer finds every open point in one place and a learner never
reads it as settled. The seed documents are the project's own material (/work/shared/seeds/)
and have no public address.

Dated facts that go out of date — helplines, contacts, statistics, legal references — are
``Fact``s, seeded as ``courses.ReferenceFact`` snippets and shown through the lesson's
*reference facts* block with the month they were checked and their source."""

import re
from dataclasses import dataclass, replace
from datetime import date
from html import unescape

CHECK = "[CHECK]"


@dataclass(frozen=True)
class Cited:
    """A work a lesson cites — title, publisher and year (as text: "2011", "c. 2011", "read
    December 2026"), in English and, where they differ, Swedish, a link when it is public —
    and the part cited (``pinpoint``), if not the whole work."""

    title: str
    publisher: str
    year: str
    url: str = ""
    title_sv: str = ""
    publisher_sv: str = ""
    year_sv: str = ""
    link_text: str = ""
    pinpoint: str = ""
    pinpoint_sv: str = ""

    def at(self, pinpoint: str, pinpoint_sv: str = "") -> "Cited":
        """The same work, cited at ``pinpoint`` ("article 26"; in Swedish ``pinpoint_sv``)."""
        return replace(self, pinpoint=pinpoint, pinpoint_sv=pinpoint_sv or pinpoint)

    def __getitem__(self, language: int) -> "Cited":
        # source() once returned an (English, Swedish) pair of list items; a lesson written
        # then may take one of them (``source(…)[0]``) and pair it with another: both are the
        # whole source now, and ``as_cited`` reads such a pair.
        if language not in (0, 1):
            raise IndexError(language)
        return self

    @property
    def work(self) -> dict:
        """What identifies the work (the snippet's unique fields), whatever part is cited."""
        return {"title": self.title, "publisher": self.publisher, "year": self.year}

    @property
    def details(self) -> dict:
        """The snippet's other fields."""
        return {
            "url": self.url,
            "title_sv": self.title_sv,
            "publisher_sv": self.publisher_sv,
            "year_sv": self.year_sv,
            "link_text": self.link_text,
        }


def as_cited(item) -> Cited:
    """A lesson's ``cited`` item as a ``Cited``: the item itself, or a pair (English, Swedish)
    of the same work written with each language's year (``(source(…, "June 2020")[0],
    source(…, "juni 2020")[1])``)."""
    if isinstance(item, Cited):
        return item
    if isinstance(item, tuple) and len(item) == 2 and all(isinstance(i, Cited) for i in item):
        english, swedish = item
        if swedish.year == english.year:
            return english
        return replace(english, year_sv=swedish.year_sv or swedish.year)
    if isinstance(item, tuple) and len(item) == 2 and all(isinstance(i, str) for i in item):
        return _from_list_items(*item)
    raise TypeError(f"Cite a source made with source() or a constant of this module: {item!r}")


LINK = re.compile(r'\s*<a href="(?P<url>[^"]*)">(?P<text>.*?)</a>\s*$')


def _from_list_items(english: str, swedish: str) -> Cited:
    """A source written as the Sources list once showed it — (English, Swedish) HTML, each
    "Title. Publisher, year. <a href=…>link</a>" — read back into its parts (the year after the
    last comma, the publisher after the last full stop before it)."""

    def parts(html):
        link = LINK.search(html)
        text = html[: link.start()] if link else html
        text = " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split()).rstrip(".")
        rest, _, year = text.rpartition(", ")
        title, _, publisher = rest.rpartition(". ")
        if not (title and publisher and year):  # not in that shape: all of it as the title
            title, publisher, year = text, "", ""
        return title, publisher, year, link

    title, publisher, year, link = parts(english)
    title_sv, publisher_sv, year_sv, _ = parts(swedish)
    return Cited(
        title=title,
        publisher=publisher,
        year=year,
        url=unescape(link.group("url")) if link else "",
        link_text=unescape(re.sub(r"<[^>]+>", "", link.group("text"))) if link else "",
        title_sv="" if title_sv == title else title_sv,
        publisher_sv="" if publisher_sv == publisher else publisher_sv,
        year_sv="" if year_sv == year else year_sv,
    )


def source(
    title, publisher, year, url="", *, title_sv=None, publisher_sv=None, link_text="", year_sv=None
) -> Cited:
    """One source as lessons cite it: title, publisher, year and a link when the document is
    public. ``year`` is text ("2011", "c. 2011", "read December 2026"); the Swedish title,
    publisher and year default to the English ones (most sources have no Swedish title). Cite
    a part of it with ``.at("article 26", "artikel 26")``."""
    return Cited(
        title=title,
        publisher=publisher,
        year=year,
        url=url,
        title_sv=title_sv or "",
        publisher_sv=publisher_sv or "",
        year_sv=year_sv or "",
        link_text=link_text,
    )


@dataclass(frozen=True)
class Fact:
    """A dated fact for the lessons' *reference facts* block (a ``courses.ReferenceFact``):
    its label and text (rich text) in both languages, its kind (``helpline``, ``statistic``,
    ``legal_reference``, ``contact``), the day it was checked, its source and a note."""

    label: str
    label_sv: str
    kind: str
    fact: str
    fact_sv: str
    as_of: date
    source: Cited | None = None
    note: str = ""
    note_sv: str = ""


# Seed documents ---------------------------------------------------------------------------
SEED_EQUAL = source(
    "“Samverkan mot trafficking” (Co-operation against trafficking), EQUAL development "
    "partnership 2005–2008: project description",
    "Kvinnoforum and Hela Människan",
    "2005",
    title_sv="”Samverkan mot trafficking”, EQUAL-utvecklingspartnerskap 2005–2008: "
    "projektbeskrivning",
    publisher_sv="Kvinnoforum och Hela Människan",
)
SEED_KVINNOFORUM = source(
    "“Kvinnoforums arbete mot trafficking”",
    "Stiftelsen Kvinnoforum",
    "undated (2000s)",
    title_sv="”Kvinnoforums arbete mot trafficking”",
    year_sv="odaterad (2000-talet)",
)
SEED_PLATFORM = source(
    "Operational plan 2017",
    "Plattformen Civila Sverige mot människohandel (Civil Society Platform against trafficking)",
    "2017",
    "http://www.manniskohandel.se",
    title_sv="Verksamhetsplan 2017",
    publisher_sv="Plattformen Civila Sverige mot människohandel",
    link_text="manniskohandel.se",
)
SEED_CBSS = source(
    "CBSS Task Force against Trafficking in Human Beings: presentation of its work (training "
    "of consular staff, Safe Trip, trends)",
    "Council of the Baltic Sea States",
    "c. 2011",
    title_sv="CBSS Task Force against Trafficking in Human Beings: presentation av arbetet "
    "(utbildning av konsulär personal, Safe Trip, trender)",
    publisher_sv="Östersjöstaternas råd",
    year_sv="ca 2011",
)

# Public sources ---------------------------------------------------------------------------
CBSS_HANDBOOK = source(
    "Handbook for Diplomatic and Consular Personnel on how to assist and protect victims of "
    "human trafficking",
    "CBSS Task Force against Trafficking in Human Beings",
    "2011",
    "http://www.ungift.org/knowledgehub/publications.html?vf=/doc/knowledgehub/"
    "resource-centre/CBSS_TF-THB_Handbook_for_Diplomatic_and_Consular_Personnel.pdf",
    link_text="ungift.org",
)
PALERMO = source(
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
    "Children (the Palermo Protocol)",
    "United Nations",
    "2000",
    title_sv="Tilläggsprotokollet om förebyggande, bekämpande och bestraffande av handel med "
    "människor, särskilt kvinnor och barn (Palermoprotokollet)",
    publisher_sv="Förenta nationerna",
).at("article 3", "artikel 3")
COE_CONVENTION = source(
    "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)",
    "Council of Europe",
    "2005",
    "https://www.coe.int/trafficking",
    title_sv="Europarådets konvention om bekämpande av människohandel (CETS nr 197)",
    publisher_sv="Europarådet",
    link_text="coe.int/trafficking",
)
COE_ARTICLE_26 = COE_CONVENTION.at(
    "article 26 (non-punishment provision)", "artikel 26 (bestämmelsen om icke-bestraffning)"
)
EU_DIRECTIVE_2011 = source(
    "Directive 2011/36/EU on preventing and combating trafficking in human beings and "
    "protecting its victims",
    "European Union",
    "2011",
    "http://data.europa.eu/eli/dir/2011/36/oj",
    title_sv="Direktiv 2011/36/EU om förebyggande och bekämpande av människohandel, om skydd "
    "av dess offer",
    publisher_sv="Europeiska unionen",
    link_text="EUR-Lex",
).at(
    "article 2 (the offence) and article 8 (non-prosecution and non-application of penalties)",
    "artikel 2 (brottet) och artikel 8 (avstående från lagföring och påföljd)",
)
EU_DIRECTIVE_2024 = source(
    "Directive (EU) 2024/1712 amending Directive 2011/36/EU (new forms of exploitation: forced "
    "marriage, illegal adoption, exploitation of surrogacy)",
    "European Union",
    "2024",
    title_sv="Direktiv (EU) 2024/1712 om ändring av direktiv 2011/36/EU (nya former av "
    "exploatering: tvångsäktenskap, olaglig adoption, exploatering av surrogatmoderskap)",
    publisher_sv="Europeiska unionen",
)
OSCE_2013 = source(
    "Policy and legislative recommendations towards the effective implementation of the "
    "non-punishment provision with regard to victims of trafficking",
    "OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in "
    "Human Beings",
    "2013",
    "https://documentation.lastradainternational.org/doc-center/2979/",
    publisher_sv="OSCE:s särskilda representant och samordnare för bekämpning av människohandel",
    link_text="La Strada International",
)
ECTHR_VCL = source(
    "V.C.L. and A.N. v. the United Kingdom, applications nos. 77587/12 and 74603/12, judgment "
    "of 16 February 2021",
    "European Court of Human Rights",
    "2021",
    "http://www.bailii.org/eu/cases/ECHR/2021/132.html",
    title_sv="V.C.L. och A.N. mot Förenade kungariket, mål nr 77587/12 och 74603/12, dom den "
    "16 februari 2021",
    publisher_sv="Europadomstolen",
    link_text="BAILII",
)
PROP_2017_18_123 = source(
    "Prop. 2017/18:123, Det straffrättsliga skyddet mot människohandel och "
    "människoexploatering (Government bill on the criminal-law protection against trafficking "
    "and human exploitation)",
    "Government of Sweden",
    "2018",
    "https://lagen.nu/prop/2017/18:123",
    title_sv="Prop. 2017/18:123, Det straffrättsliga skyddet mot människohandel och "
    "människoexploatering",
    publisher_sv="Regeringen",
    link_text="lagen.nu",
)
HFD_2018_75 = source(
    "HFD 2018 ref. 75 (when a municipality may regulate begging in local public order regulations)",
    "Supreme Administrative Court of Sweden",
    "2018",
    "https://lagen.nu/dom/hfd/2018:75",
    title_sv="HFD 2018 ref. 75 (förutsättningarna för att en kommun ska få reglera tiggeri "
    "genom lokala ordningsföreskrifter)",
    publisher_sv="Högsta förvaltningsdomstolen",
    link_text="lagen.nu",
)
MIGRATION_AGENCY_AU_PAIR = source(
    "Work permits for au pairs",
    "Swedish Migration Agency (Migrationsverket), web page",
    "read December 2026",
    "https://www.migrationsverket.se/English/Private-individuals/Working-in-Sweden/Employed/"
    "Special-rules-for-certain-occupations-and-citizens-of-certain-countries/Au-pairs.html",
    title_sv="Uppehållstillstånd för au pairer",
    publisher_sv="Migrationsverket, webbsida",
    year_sv="läst december 2026",
    link_text="migrationsverket.se",
)
NSPM = source(
    "About NSPM, the national coordination against prostitution and trafficking",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/om-nspm/",
    title_sv="Om NSPM, Nationella samordningen mot prostitution och människohandel",
    publisher_sv="Jämställdhetsmyndigheten, webbsida",
    year_sv="läst december 2026",
)
# The page gives no year: "n.d." / "u.å." (no date), as a bibliography writes it.
KVINNOFRIDSLINJEN = source(
    "National Women's Helpline – Kvinnofridslinjen",
    "European Institute for Gender Equality (EIGE), good-practice page",
    "n.d.",
    "https://eige.europa.eu/node/4655",
    publisher_sv="Europeiska jämställdhetsinstitutet (EIGE), sida om goda exempel",
    year_sv="u.å.",
)

WHO_INTERVIEWING = source(
    "WHO ethical and safety recommendations for interviewing trafficked women (C. Zimmerman "
    "and C. Watts)",
    "World Health Organization",
    "2003",
    "https://documentation.lastradainternational.org/doc-center/1120/"
    "who-ethical-and-safety-recommendations-for-interviewing-trafficked-women",
    publisher_sv="Världshälsoorganisationen (WHO)",
    link_text="La Strada International documentation centre",
)


# Reference facts ----------------------------------------------------------------------------
# Checked as the curriculum review of December 2026 states them (../shared/CURRICULUM.md): the
# month is what the lesson shows ("as of December 2026"), the day only what a date field needs.
CHECKED = date(2026, 12, 1)

PENAL_CODE_TRAFFICKING = Fact(
    label="Swedish Penal Code, chapter 4, sections 1a and 1b",
    label_sv="Brottsbalken 4 kap. 1 a och 1 b §§",
    kind="legal_reference",
    fact="<p>The Swedish Penal Code makes trafficking a crime in chapter 4, section 1a; as in "
    "the Protocol, no improper means has to be shown when the victim is under 18. Since 2018, "
    "section 1b also makes <em>human exploitation</em> (människoexploatering) a crime: exploiting "
    "a person in forced labour, in work on manifestly unreasonable terms, or in begging. "
    "[CHECK]</p>",
    fact_sv="<p>Människohandel är straffbart enligt 4 kap. 1 a § brottsbalken; liksom i "
    "protokollet behöver inget otillbörligt medel visas när offret är under 18 år. Sedan 2018 "
    "är också <em>människoexploatering</em> ett brott enligt 4 kap. 1 b §: att exploatera någon i "
    "tvångsarbete, i arbete under uppenbart orimliga villkor eller i tiggeri. [CHECK]</p>",
    as_of=CHECKED,
    source=PROP_2017_18_123,
)
# A historical figure, never a current one and never in a graded question (issue 16).
POLICE_ESTIMATE = Fact(
    label="An early-2000s police estimate (historical)",
    label_sv="En polisuppskattning från början av 2000-talet (historisk)",
    kind="statistic",
    fact="<p>In the early 2000s the then National Criminal Police (Rikskriminalpolisen) "
    "estimated that 400–600 women a year were trafficked to Sweden for <em>sexual</em> "
    "exploitation, with an unknown number of children. It was a police estimate of one form of "
    "exploitation, not a count, and it is not a current figure; Rikskriminalpolisen itself "
    "became part of the Swedish Police Authority in 2015. [CHECK: the year of the estimate]</p>",
    fact_sv="<p>I början av 2000-talet bedömde dåvarande Rikskriminalpolisen att 400–600 "
    "kvinnor om året fördes till Sverige i människohandel för <em>sexuella</em> ändamål, och "
    "därtill ett okänt antal barn. Det var en polisuppskattning av en form av exploatering, "
    "ingen räkning, och den är inte aktuell; Rikskriminalpolisen gick 2015 upp i "
    "Polismyndigheten. [CHECK: vilket år uppskattningen gjordes]</p>",
    as_of=CHECKED,
    source=SEED_KVINNOFORUM,
)
# The reference card's contacts, by role and place: 020 numbers are Swedish freephone numbers,
# which may not be reachable from abroad (the card's note says so).
NSPM_SUPPORT_LINE = Fact(
    label="Support line for professionals (NSPM, Swedish Gender Equality Agency)",
    label_sv="Stödtelefon för yrkesverksamma (NSPM, Jämställdhetsmyndigheten)",
    kind="helpline",
    fact="<p>020-39 00 00, weekdays in office hours.</p>",
    fact_sv="<p>020-39 00 00, vardagar under kontorstid.</p>",
    as_of=CHECKED,
    source=NSPM,
)
URGENT_CONTACTS = Fact(
    label="Urgent but not an emergency",
    label_sv="Brådskande men inte akut",
    kind="contact",
    fact="<p>The police, 114 14, or the social services' out-of-hours service.</p>",
    fact_sv="<p>Polisen, 114 14, eller socialjouren.</p>",
    as_of=CHECKED,
)
EMERGENCY = Fact(
    label="Immediate danger",
    label_sv="Akut fara",
    kind="contact",
    fact="<p>112.</p>",
    fact_sv="<p>112.</p>",
    as_of=CHECKED,
)
KVINNOFRIDSLINJEN_LINE = Fact(
    label="Kvinnofridslinjen (for women)",
    label_sv="Kvinnofridslinjen (för kvinnor)",
    kind="helpline",
    fact="<p>020-50 50 50.</p>",
    fact_sv="<p>020-50 50 50.</p>",
    as_of=CHECKED,
    source=KVINNOFRIDSLINJEN,
)


def reference_facts(facts, title="", note=""):
    """A lesson's *reference facts* block showing ``facts`` (``Fact``s, made snippets by
    seed_demo), under ``title``, with a closing ``note`` (rich text)."""
    return ("reference_facts", {"title": title, "facts": list(facts), "note": note})


def to_confirm(points, lang: int):
    """The lesson's expert-check block: the facts marked ``CHECK`` in it, for the reviewers who
    must confirm them before the course is published. Learners never see it. ``lang`` is kept
    for the callers written when it was a call-out with a title in each language."""
    return ("expert_check", {"points": list(points)})
