"""Where the demo lessons' facts come from, and how a lesson shows it.

Every demo lesson ends in a "Sources" list (``sources``); a fact a subject-matter expert must
still confirm carries the marker ``CHECK`` where it is stated and is listed again in a call-out
before the sources (``to_confirm``), so a reviewer finds every open point in one place and a
learner never reads it as settled. Each source is ``(English, Swedish)`` HTML for one list item:
title, publisher, year and a link when the document is public. The seed documents are the
project's own material (/work/shared/seeds/) and have no public address."""

CHECK = "[CHECK]"


def source(title, publisher, year, url="", *, title_sv=None, publisher_sv=None, link_text=""):
    """One source as the lessons list it, ``(English, Swedish)``: title, publisher, year and a
    link when the document is public. ``year`` is text ("2011", "c. 2011", "read December
    2026"); the Swedish title and publisher default to the English ones (most sources have no
    Swedish title)."""

    def item(title, publisher, year_text):
        link = f' <a href="{url}">{link_text or url.split("/")[2]}</a>' if url else ""
        return f"{title}. {publisher}, {year_text}.{link}"

    return (
        item(title, publisher, year),
        item(title_sv or title, publisher_sv or publisher, year),
    )


# Seed documents ---------------------------------------------------------------------------
SEED_EQUAL = (
    "“Samverkan mot trafficking” (Co-operation against trafficking), EQUAL development "
    "partnership 2005–2008: project description. Kvinnoforum and Hela Människan, 2005.",
    "”Samverkan mot trafficking”, EQUAL-utvecklingspartnerskap 2005–2008: projektbeskrivning. "
    "Kvinnoforum och Hela Människan, 2005.",
)
SEED_KVINNOFORUM = (
    "“Kvinnoforums arbete mot trafficking”. Stiftelsen Kvinnoforum, undated (2000s).",
    "”Kvinnoforums arbete mot trafficking”. Stiftelsen Kvinnoforum, odaterad (2000-talet).",
)
SEED_PLATFORM = (
    "Plattformen Civila Sverige mot människohandel (Civil Society Platform against trafficking): "
    'operational plan 2017. <a href="http://www.manniskohandel.se">manniskohandel.se</a>',
    "Plattformen Civila Sverige mot människohandel: verksamhetsplan 2017. "
    '<a href="http://www.manniskohandel.se">manniskohandel.se</a>',
)
SEED_CBSS = (
    "CBSS Task Force against Trafficking in Human Beings: presentation of its work (training "
    "of consular staff, Safe Trip, trends). Council of the Baltic Sea States, c. 2011.",
    "CBSS Task Force against Trafficking in Human Beings: presentation av arbetet (utbildning "
    "av konsulär personal, Safe Trip, trender). Östersjöstaternas råd, ca 2011.",
)

# Public sources ---------------------------------------------------------------------------
CBSS_HANDBOOK = (
    "Handbook for Diplomatic and Consular Personnel on how to assist and protect victims of "
    "human trafficking. CBSS Task Force against Trafficking in Human Beings, 2011. "
    '<a href="http://www.ungift.org/knowledgehub/publications.html?vf=/doc/knowledgehub/'
    'resource-centre/CBSS_TF-THB_Handbook_for_Diplomatic_and_Consular_Personnel.pdf">ungift.org'
    "</a>",
    "Handbook for Diplomatic and Consular Personnel on how to assist and protect victims of "
    "human trafficking. CBSS Task Force against Trafficking in Human Beings, 2011. "
    '<a href="http://www.ungift.org/knowledgehub/publications.html?vf=/doc/knowledgehub/'
    'resource-centre/CBSS_TF-THB_Handbook_for_Diplomatic_and_Consular_Personnel.pdf">ungift.org'
    "</a>",
)
PALERMO = (
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
    "Children (the Palermo Protocol), article 3. United Nations, 2000.",
    "Tilläggsprotokollet om förebyggande, bekämpande och bestraffande av handel med människor, "
    "särskilt kvinnor och barn (Palermoprotokollet), artikel 3. Förenta nationerna, 2000.",
)
COE_CONVENTION = (
    "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197). "
    'Council of Europe, 2005. <a href="https://www.coe.int/trafficking">coe.int/trafficking</a>',
    "Europarådets konvention om bekämpande av människohandel (CETS nr 197). Europarådet, 2005. "
    '<a href="https://www.coe.int/trafficking">coe.int/trafficking</a>',
)
COE_ARTICLE_26 = (
    "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), "
    "article 26 (non-punishment provision). Council of Europe, 2005. "
    '<a href="https://www.coe.int/trafficking">coe.int/trafficking</a>',
    "Europarådets konvention om bekämpande av människohandel (CETS nr 197), artikel 26 "
    "(bestämmelsen om icke-bestraffning). Europarådet, 2005. "
    '<a href="https://www.coe.int/trafficking">coe.int/trafficking</a>',
)
EU_DIRECTIVE_2011 = (
    "Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting "
    "its victims (article 2: the offence; article 8: non-prosecution and non-application of "
    "penalties). European Union, 2011. "
    '<a href="http://data.europa.eu/eli/dir/2011/36/oj">EUR-Lex</a>',
    "Direktiv 2011/36/EU om förebyggande och bekämpande av människohandel, om skydd av dess "
    "offer (artikel 2: brottet; artikel 8: avstående från lagföring och påföljd). Europeiska "
    'unionen, 2011. <a href="http://data.europa.eu/eli/dir/2011/36/oj">EUR-Lex</a>',
)
EU_DIRECTIVE_2024 = (
    "Directive (EU) 2024/1712 amending Directive 2011/36/EU (new forms of exploitation: forced "
    "marriage, illegal adoption, exploitation of surrogacy). European Union, 2024.",
    "Direktiv (EU) 2024/1712 om ändring av direktiv 2011/36/EU (nya former av exploatering: "
    "tvångsäktenskap, olaglig adoption, exploatering av surrogatmoderskap). Europeiska "
    "unionen, 2024.",
)
OSCE_2013 = (
    "Policy and legislative recommendations towards the effective implementation of the "
    "non-punishment provision with regard to victims of trafficking. OSCE Office of the Special "
    "Representative and Co-ordinator for Combating Trafficking in Human Beings, 2013. "
    '<a href="https://documentation.lastradainternational.org/doc-center/2979/">La Strada '
    "International documentation centre</a>",
    "Policy and legislative recommendations towards the effective implementation of the "
    "non-punishment provision with regard to victims of trafficking. OSCE:s särskilda "
    "representant och samordnare för bekämpning av människohandel, 2013. "
    '<a href="https://documentation.lastradainternational.org/doc-center/2979/">La Strada '
    "Internationals dokumentationscenter</a>",
)
ECTHR_VCL = (
    "<em>V.C.L. and A.N. v. the United Kingdom</em>, applications nos. 77587/12 and 74603/12, "
    "judgment of 16 February 2021. European Court of Human Rights. "
    '<a href="http://www.bailii.org/eu/cases/ECHR/2021/132.html">BAILII</a>',
    "<em>V.C.L. och A.N. mot Förenade kungariket</em>, mål nr 77587/12 och 74603/12, dom den "
    "16 februari 2021. Europadomstolen. "
    '<a href="http://www.bailii.org/eu/cases/ECHR/2021/132.html">BAILII</a>',
)
PROP_2017_18_123 = (
    "Prop. 2017/18:123, Det straffrättsliga skyddet mot människohandel och "
    "människoexploatering (Government bill on the criminal-law protection against trafficking "
    "and human exploitation). Government of Sweden, 2018. "
    '<a href="https://lagen.nu/prop/2017/18:123">lagen.nu</a>',
    "Prop. 2017/18:123, Det straffrättsliga skyddet mot människohandel och "
    "människoexploatering. Regeringen, 2018. "
    '<a href="https://lagen.nu/prop/2017/18:123">lagen.nu</a>',
)
HFD_2018_75 = (
    "HFD 2018 ref. 75 (when a municipality may regulate begging in local public order "
    "regulations). Supreme Administrative Court of Sweden, 2018. "
    '<a href="https://lagen.nu/dom/hfd/2018:75">lagen.nu</a>',
    "HFD 2018 ref. 75 (förutsättningarna för att en kommun ska få reglera tiggeri genom lokala "
    "ordningsföreskrifter). Högsta förvaltningsdomstolen, 2018. "
    '<a href="https://lagen.nu/dom/hfd/2018:75">lagen.nu</a>',
)
MIGRATION_AGENCY_AU_PAIR = (
    "Work permits for au pairs. Swedish Migration Agency (Migrationsverket), web page, read "
    'December 2026. <a href="https://www.migrationsverket.se/English/Private-individuals/'
    "Working-in-Sweden/Employed/Special-rules-for-certain-occupations-and-citizens-of-certain-"
    'countries/Au-pairs.html">migrationsverket.se</a>',
    "Uppehållstillstånd för au pairer. Migrationsverket, webbsida, läst december 2026. "
    '<a href="https://www.migrationsverket.se/English/Private-individuals/Working-in-Sweden/'
    "Employed/Special-rules-for-certain-occupations-and-citizens-of-certain-countries/"
    'Au-pairs.html">migrationsverket.se</a>',
)
NSPM = (
    "About NSPM, the national coordination against prostitution and trafficking. Swedish Gender "
    "Equality Agency (Jämställdhetsmyndigheten), web page, read December 2026. "
    '<a href="https://nspm.jamstalldhetsmyndigheten.se/om-nspm/">'
    "nspm.jamstalldhetsmyndigheten.se</a>",
    "Om NSPM, Nationella samordningen mot prostitution och människohandel. "
    "Jämställdhetsmyndigheten, webbsida, läst december 2026. "
    '<a href="https://nspm.jamstalldhetsmyndigheten.se/om-nspm/">'
    "nspm.jamstalldhetsmyndigheten.se</a>",
)
KVINNOFRIDSLINJEN = (
    "National Women's Helpline – Kvinnofridslinjen. European Institute for Gender Equality "
    '(EIGE), good-practice page. <a href="https://eige.europa.eu/node/4655">eige.europa.eu</a>',
    "National Women's Helpline – Kvinnofridslinjen. Europeiska jämställdhetsinstitutet (EIGE), "
    'sida om goda exempel. <a href="https://eige.europa.eu/node/4655">eige.europa.eu</a>',
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


def sources(items, lang: int):
    """The lesson's closing "Sources" block: ``items`` are sources above, ``lang`` 0 for
    English, 1 for Swedish. A test finds the heading in every lesson of the demo courses."""
    heading = ("Sources", "Källor")[lang]
    listed = "".join(f"<li>{item[lang]}</li>" for item in items)
    return ("text", f"<h2>{heading}</h2><ul>{listed}</ul>")


def to_confirm(points, lang: int):
    """A call-out listing the facts marked ``CHECK`` in the lesson, for the reviewers who must
    confirm them before the course is published."""
    title = ("To be confirmed by a subject-matter expert", "Ska bekräftas av en sakkunnig")[lang]
    intro = (
        f"<p>The statements marked {CHECK} in this lesson have not yet been confirmed by an "
        "expert. Do not rely on them in a case until they are:</p>",
        f"<p>Uppgifterna som är märkta {CHECK} i lektionen har ännu inte bekräftats av en "
        "sakkunnig. Lita inte på dem i ett ärende förrän de är det:</p>",
    )[lang]
    listed = "".join(f"<li>{point}</li>" for point in points)
    return ("callout", {"kind": "warning", "title": title, "text": f"{intro}<ul>{listed}</ul>"})
