"""NP — "Non-punishment in practice", for police, prosecutors, migration officers and judges
(../shared/CURRICULUM.md). Five modules: the legal sources; forced criminality and begging;
seeing the crime behind the crime (two branching cases); immigration and administrative
penalties; case law. The final assessment is ``quizzes.demo_curriculum.np``.

Moved here from ``content.py``, where it was a two-lesson placeholder: the slugs of the course
and of its first two lessons ("compelled-offences", "case-the-shoplifting-charge") are kept, so
the demo learners' progress and the readiness references still find them.

Facts come from the seed documents (the Civil Society Platform's plan: "see the crime behind
the crime"; the CBSS task force's trends) and the public sources each lesson cites. What an
expert must still confirm is marked ``CHECK`` where it is said and listed before the sources.
Defects of CURRICULUM.md kept out: begging is not a crime under Swedish national law; for a
child no means is required and "suspect or victim" is a false choice; judges are not told about
charging decisions (prosecutors decide charges)."""

from courses.demo.cases import choice as _choice
from courses.demo.cases import ending as _ending
from courses.demo.cases import situation as _situation
from courses.demo.content import lesson
from courses.demo.sources import (
    CHECK,
    COE_ARTICLE_26,
    ECTHR_VCL,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    HFD_2018_75,
    OSCE_2013,
    PALERMO,
    PROP_2017_18_123,
    SEED_CBSS,
    SEED_PLATFORM,
    source,
)

# Sources read for this course ------------------------------------------------------------
# source() takes one year text for both languages: web pages read on a date are written out
# as (English, Swedish) pairs, as courses.demo.sources does.
UNODC_MODULE_8 = (
    "Education for Justice university module series, <em>Trafficking in persons and smuggling "
    "of migrants</em>, module 8: the principle of non-criminalization of victims. United "
    "Nations Office on Drugs and Crime (UNODC), web page, read December 2026. "
    '<a href="https://sherloc.unodc.org/cld/ru/education/tertiary/tip-and-som/module-8/'
    'key-issues/principle-of-non-criminalization-of-victims.html">sherloc.unodc.org</a>',
    "Education for Justice university module series, <em>Trafficking in persons and smuggling "
    "of migrants</em>, modul 8: principen om att inte kriminalisera offer. FN:s kontor mot "
    "narkotika och brottslighet (UNODC), webbsida, läst december 2026. "
    '<a href="https://sherloc.unodc.org/cld/ru/education/tertiary/tip-and-som/module-8/'
    'key-issues/principle-of-non-criminalization-of-victims.html">sherloc.unodc.org</a>',
)
UNODC_2009_NON_PUNISHMENT = source(
    "Non-punishment and non-prosecution of victims of trafficking in persons: administrative "
    "and judicial approaches to offences committed in the process of such trafficking "
    "(CTOC/COP/WG.4/2010/4), background paper for the Working Group on Trafficking in Persons",
    "UNODC secretariat",
    "2009",
    "https://docslib.org/doc/10441197/non-punishment-and-non-prosecution-of-victims",
    publisher_sv="UNODC:s sekretariat",
)
OHCHR_2002 = source(
    "Recommended Principles and Guidelines on Human Rights and Human Trafficking "
    "(E/2002/68/Add.1), guideline 4",
    "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
    "2002",
    publisher_sv="FN:s råd för mänskliga rättigheters kontor (OHCHR)",
)
SCHLOENHARDT_2016 = source(
    "Non-criminalisation of victims of trafficking in persons — principles, promises, and "
    "perspectives. <em>Groningen Journal of International Law</em> 4(1)",
    "Andreas Schloenhardt and Rebekkah Markey-Towler",
    "2016",
    publisher_sv="Andreas Schloenhardt och Rebekkah Markey-Towler",
)
GRETA_SWEDEN = (
    "Monitoring of the Council of Europe Convention on Action against Trafficking in Human "
    "Beings: Sweden (GRETA's evaluation reports of 2014 and 2018, third round 2021–2023). "
    "GRETA, Council of Europe, web page, read December 2026. "
    '<a href="https://coe.int/web/anti-human-trafficking/sweden1">coe.int</a>',
    "Övervakningen av Europarådets konvention om bekämpande av människohandel: Sverige "
    "(GRETA:s utvärderingsrapporter 2014 och 2018, tredje omgången 2021–2023). GRETA, "
    "Europarådet, webbsida, läst december 2026. "
    '<a href="https://coe.int/web/anti-human-trafficking/sweden1">coe.int</a>',
)
SOU_2025_119 = source(
    "SOU 2025:119, <em>Ett nytt brott och andra åtgärder mot människohandel</em> (report of the "
    "inquiry on bringing the 2024 amendments of the Trafficking Directive into Swedish law)",
    "Government of Sweden",
    "2025",
    "https://data.riksdagen.se/dokument/HDB3119.html",
    title_sv="SOU 2025:119, <em>Ett nytt brott och andra åtgärder mot människohandel</em> "
    "(betänkande av Utredningen om genomförande av ändringar av människohandelsdirektivet)",
    publisher_sv="Regeringen",
)
VCL_SUMMARY = (
    "Case of V.C.L. and A.N. v. the United Kingdom: fact summary. UNODC SHERLOC case law "
    "database, read December 2026. "
    '<a href="https://sherloc.unodc.org/cld/case-law-doc/traffickingpersonscrimetype/_irb/'
    '2021/case_ofv.c.l.and_a.n._v._the_united_kingdom_.html">sherloc.unodc.org</a>',
    "Case of V.C.L. and A.N. v. the United Kingdom: sammanfattning av omständigheterna. "
    "UNODC:s rättsfallsdatabas SHERLOC, läst december 2026. "
    '<a href="https://sherloc.unodc.org/cld/case-law-doc/traffickingpersonscrimetype/_irb/'
    '2021/case_ofv.c.l.and_a.n._v._the_united_kingdom_.html">sherloc.unodc.org</a>',
)

# The case material describes coercion of children and adults into crime, not sexual
# exploitation: content.CONTENT_WARNING's text would say otherwise, so the course has its own.
CONTENT_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes exploitation",
        "text": "<p>The case below is built on patterns described in the sources and includes "
        "children and adults coerced into crime, threats against their families and debt "
        "used as control. Take a break whenever you need to; the lesson stays where you left "
        "it.</p>",
    },
)
CONTENT_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver exploatering",
        "text": "<p>Fallet nedan bygger på mönster som beskrivs i källorna och handlar om barn "
        "och vuxna som tvingas att begå brott, hot mot deras familjer och skulder som används "
        "för att kontrollera dem. Ta en paus när du behöver; lektionen finns kvar där du "
        "lämnade den.</p>",
    },
)

# Module 1: the legal sources --------------------------------------------------------------
# The principle as the instruments word it, what it is not (an immunity), and how Sweden
# applies it without a provision of its own: the Swedish route is what officers ask about,
# and it is the part an expert must confirm.

LEGAL_SOURCES = [
    (
        "text",
        "<h2>Why a principle is needed</h2><p>Traffickers make people break the law. A woman "
        "travels on a passport the recruiter handed her; a man works without a permit because "
        "his passport is locked in the employer's drawer; a boy steals to order because he "
        "owes money for his journey. When the police, a prosecutor, a court or a migration "
        "officer then treat the offence as the whole story, the state punishes the person the "
        "trafficker controls — and the trafficker's crime goes unseen. The OSCE's 2013 "
        "recommendations put it plainly: punishing victims takes attention away from "
        "prosecuting the real crime and denies them justice. It also teaches victims what "
        "traffickers already tell them: that the authorities are a danger, not a help.</p>"
        "<h2>The instruments</h2><ul>"
        "<li><strong>Council of Europe Convention on Action against Trafficking in Human "
        "Beings (2005), article 26.</strong> Each state shall, in line with the basic "
        "principles of its legal system, provide for the possibility of not imposing penalties "
        "on victims for their involvement in <em>unlawful activities</em>, to the extent that "
        "they were compelled to take part. Sweden ratified the Convention in 2010.</li>"
        "<li><strong>EU Directive 2011/36/EU, article 8.</strong> Member states shall make "
        "sure that the competent authorities are <em>entitled not to prosecute</em> victims, "
        "or not to impose penalties on them, for <em>criminal activities</em> they were "
        "compelled to commit as a direct consequence of being trafficked.</li>"
        "<li><strong>The UN Recommended Principles and Guidelines on Human Rights and Human "
        "Trafficking (OHCHR, 2002), guideline 4.</strong> Trafficked persons should not be "
        "prosecuted, detained or punished for the illegality of their entry or residence, or "
        "for activities they were involved in as a direct consequence of their situation.</li>"
        "<li><strong>The Palermo Protocol (2000)</strong> treats trafficked persons as victims "
        "but has no non-punishment article of its own; the principle grew out of the "
        "instruments above.</li></ul>"
        "<h2>Two words carry the test</h2><p>The instruments ask two questions about the "
        "offence: was the person <strong>compelled</strong>, and is the offence a "
        "<strong>direct consequence</strong> of the trafficking? Commentators describe "
        "several ways of reading the link, among them a <em>compulsion</em> reading, close "
        "to duress, that asks how much pressure the trafficker put on the person, and a "
        "<em>causation</em> reading that asks whether the offence flowed from the trafficking "
        "situation. No reading "
        "gives an immunity: an offence committed freely, outside the exploitation, can still "
        "be prosecuted. For a child, remember that trafficking needs no means at all — so "
        "“was the child forced?” is the wrong first question. Ask how the offence is linked to "
        "the exploitation.</p>"
        "<h2>In Sweden</h2><p>Swedish law has no provision written for this principle alone. "
        f"It is applied through general rules: the prosecutor's power to waive prosecution "
        f"(åtalsunderlåtelse), the rules on necessity (nöd) that can free a person from "
        f"liability, and the court's weighing of circumstances at sentencing. {CHECK} The "
        "Council of Europe's expert group GRETA evaluates how Sweden applies the Convention, "
        "article 26 included. In 2024 the EU amended the Directive, and in 2025 a Swedish "
        f"inquiry (SOU 2025:119) proposed how to bring the amendments into Swedish law. {CHECK}"
        "</p><h2>The principle in every link of the chain</h2><p>Each role has its own part. "
        "The police notice and record the possible link between the offence and the "
        "exploitation, and make sure the suspicion of trafficking is looked into. The "
        "prosecutor decides whether to prosecute, with that suspicion in the file. The court "
        "weighs it at trial and in sentencing. The migration officer weighs it before an "
        "administrative decision such as a refusal, detention or removal. When one link "
        "misses it, the next may never hear of it.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "For prosecutors and judges",
                        "text": "<p>The Directive speaks of authorities being <em>entitled</em> "
                        "not to prosecute or punish: it leaves the decision to you, but it "
                        "expects you to be able to make it. A decision either way is stronger "
                        "when the file shows that the trafficking suspicion was assessed and "
                        "how it was weighed.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "No penalty for offences a victim was compelled to commit as a direct "
                "consequence of being trafficked — not an immunity for everything",
                "The Convention speaks of unlawful activities, the Directive of criminal "
                "activities; the UN guidelines name irregular entry and residence",
                "In Sweden the principle works through general rules: every link of the "
                "chain must see the link between offence and exploitation",
            ],
        },
    ),
]

LEGAL_SOURCES_SV = [
    (
        "text",
        "<h2>Varför principen behövs</h2><p>Människohandlare får människor att bryta mot "
        "lagen. En kvinna reser på ett pass som rekryteraren gav henne; en man arbetar utan "
        "arbetstillstånd eftersom hans pass ligger inlåst i arbetsgivarens låda; en pojke "
        "stjäl på beställning eftersom han har en skuld för resan. Om polisen, åklagaren, "
        "domstolen eller handläggaren på Migrationsverket då ser brottet som hela historien "
        "straffar staten den som människohandlaren kontrollerar — och människohandlarens brott "
        "förblir osynligt. OSCE säger det rakt ut i sina rekommendationer från 2013: att "
        "straffa offer tar fokus från att lagföra det verkliga brottet och förvägrar dem "
        "rättvisa. Det bekräftar också det människohandlarna redan har sagt till dem: att "
        "myndigheterna är en fara, inte en hjälp.</p>"
        "<h2>Instrumenten</h2><ul>"
        "<li><strong>Europarådets konvention om bekämpande av människohandel (2005), artikel "
        "26.</strong> Varje stat ska, i enlighet med grunderna i sitt rättssystem, ge "
        "möjlighet att avstå från att döma offer till påföljd för deras inblandning i "
        "<em>olagliga handlingar</em>, i den mån de har tvingats till dem. Sverige "
        "ratificerade konventionen 2010.</li>"
        "<li><strong>EU:s direktiv 2011/36/EU, artikel 8.</strong> Medlemsstaterna ska se till "
        "att de behöriga myndigheterna har <em>befogenhet att avstå från lagföring</em> av "
        "offer, eller från att döma dem till påföljd, för <em>brottsliga handlingar</em> som "
        "de tvingats begå som en direkt följd av människohandeln.</li>"
        "<li><strong>FN:s rekommenderade principer och riktlinjer om mänskliga rättigheter och "
        "människohandel (OHCHR, 2002), riktlinje 4.</strong> Den som utsatts för "
        "människohandel bör inte lagföras, frihetsberövas eller straffas för olaglig inresa "
        "eller vistelse, eller för handlingar som var en direkt följd av hennes eller hans "
        "situation.</li>"
        "<li><strong>Palermoprotokollet (2000)</strong> ser den som utsatts för människohandel "
        "som ett offer men saknar en egen artikel om icke-bestraffning; principen har vuxit "
        "fram ur instrumenten ovan.</li></ul>"
        "<h2>Två ord bär prövningen</h2><p>Instrumenten ställer två frågor om brottet: "
        "<strong>tvingades</strong> personen, och är brottet en <strong>direkt följd</strong> "
        "av människohandeln? I litteraturen beskrivs flera sätt att läsa sambandet, bland dem "
        "en läsning som utgår från <em>tvånget</em>, nära reglerna om nöd och tvång, och frågar hur hårt "
        "människohandlaren pressade personen, och en läsning som utgår från "
        "<em>orsakssambandet</em> och frågar om brottet växte fram ur situationen. Ingen "
        "läsning ger straffrihet för allt: ett brott som begås fritt, utanför exploateringen, kan "
        "fortfarande lagföras. Kom ihåg att människohandel med barn inte kräver något "
        "otillbörligt medel — ”tvingades barnet?” är därför fel fråga att börja med. Fråga hur "
        "brottet hänger ihop med exploateringen.</p>"
        "<h2>I Sverige</h2><p>Svensk rätt har ingen särskild bestämmelse om principen. Den "
        "tillämpas genom allmänna regler: åklagarens möjlighet till åtalsunderlåtelse, "
        "reglerna om nöd som kan göra en gärning fri från ansvar, och domstolens "
        f"bedömning av omständigheterna vid straffmätningen. {CHECK} Europarådets "
        "expertgrupp GRETA granskar hur Sverige tillämpar konventionen, artikel 26 "
        "inräknad. EU ändrade direktivet 2024, och 2025 föreslog en statlig utredning "
        f"(SOU 2025:119) hur ändringarna ska genomföras i svensk rätt. {CHECK}</p>"
        "<h2>Principen i varje led</h2><p>Varje yrkesroll har sin del. Polisen upptäcker och "
        "dokumenterar det möjliga sambandet mellan brottet och exploateringen och ser till att "
        "misstanken om människohandel utreds. Åklagaren beslutar om åtal med misstanken i "
        "akten. Domstolen väger in den vid prövningen och straffmätningen. Handläggaren på "
        "Migrationsverket väger in den innan ett beslut om till exempel avslag, förvar eller "
        "utvisning. Missar ett led sambandet får nästa led kanske aldrig veta om det.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "För åklagare och domare",
                        "text": "<p>Direktivet talar om att myndigheterna ska ha "
                        "<em>befogenhet</em> att avstå från lagföring eller påföljd: beslutet "
                        "är ert, men ni ska kunna fatta det. Ett beslut håller bättre, åt "
                        "vilket håll det än går, när det framgår av akten att misstanken om "
                        "människohandel har utretts och hur den har vägts in.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Ingen påföljd för brott som offret tvingats begå som en direkt följd av "
                "människohandeln — men ingen straffrihet för allt",
                "Konventionen talar om olagliga handlingar, direktivet om brottsliga; FN:s "
                "riktlinjer nämner olaglig inresa och vistelse",
                "I Sverige verkar principen genom allmänna regler: varje led måste se "
                "sambandet mellan brottet och exploateringen",
            ],
        },
    ),
]

LEGAL_SOURCES_CHECKS = (
    [
        "Swedish law has no specific non-punishment provision; the principle is applied through "
        "waiver of prosecution (Code of Judicial Procedure ch. 20 s. 7), necessity (Penal Code "
        "ch. 24 s. 4) and sentencing",
        "What SOU 2025:119 proposes, and what has been enacted, on the 2024 amendments",
    ],
    [
        "Svensk rätt saknar en särskild bestämmelse om icke-bestraffning; principen tillämpas "
        "genom åtalsunderlåtelse (20 kap. 7 § rättegångsbalken), nöd (24 kap. 4 § "
        "brottsbalken) och straffmätningen",
        "Vad SOU 2025:119 föreslår, och vad som har antagits, om 2024 års ändringar",
    ],
)
LEGAL_SOURCES_SOURCES = [
    COE_ARTICLE_26,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    OHCHR_2002,
    PALERMO,
    OSCE_2013,
    UNODC_MODULE_8,
    SCHLOENHARDT_2016,
    GRETA_SWEDEN,
    SOU_2025_119,
]

# Module 2: forced criminality and begging --------------------------------------------------
# Begging is not a crime under Swedish national law; exploiting someone in begging is. The
# sentences a test reads ("Begging itself is not a crime…") are kept word for word.

COMPELLED_OFFENCES = [
    (
        "text",
        "<p>Traffickers use people for crime as well as for sex and labour. EU Directive "
        "2011/36/EU names the <strong>exploitation of criminal activities</strong> as a form "
        "of exploitation and, in its recitals, gives examples: pickpocketing, shoplifting, drug "
        "trafficking and similar activities that carry penalties and bring financial gain. "
        "Around 2011 the Council of the Baltic Sea States' task force reported growing labour "
        "exploitation and forced begging, more men and children identified as victims, more "
        "refined control, victims who refuse help — and former victims who go on to recruit "
        "others. So the same person can be both a victim and a suspect. GRETA, reviewing "
        "Sweden in 2014 and 2018, asked the authorities to pay more attention to trafficking "
        "for forced begging and forced criminality, especially of children.</p>"
        "<h2>Begging</h2><p><strong>Forced begging</strong> is a form of exploitation. Begging "
        "itself is not a crime under Swedish national law; since a 2018 ruling of the Supreme "
        "Administrative Court (HFD 2018 ref. 75) a municipality may ban it in defined public "
        "places through local public order regulations. Exploiting a person in begging is a "
        f"crime: human exploitation, Penal Code chapter 4, section 1b. {CHECK} The Directive "
        "treats forced begging as a form of forced labour: it counts as trafficking when all "
        "the elements of forced labour are there, and a child's consent to it never counts.</p>"
        "<p>So the person sitting outside the supermarket is not the offender — but may be the "
        "victim of one. Where a local ban applies, a fine for breaking it is exactly the kind "
        f"of penalty the principle is about if the person was made to beg. {CHECK}</p>"
        "<h2>How control looks from the outside</h2><p>Forced criminality rarely looks like "
        "chains. It looks like a debt for the journey that never shrinks, a passport kept "
        "“safe” by someone else, a place to sleep that belongs to the person who gives the "
        "orders, a phone that rings whenever the person is out of sight, and threats to "
        "relatives at home. The person may deny being a victim, protect the exploiter or say "
        "they chose this. That is a reason to look closer, not to stop.</p>"
        "<h3>Questions to ask about any offence</h3><ul>"
        "<li>Who decided what was to be done, and who kept the proceeds?</li>"
        "<li>Could the person have refused — and what would have happened to them or their "
        "family?</li>"
        "<li>Are there indicators of trafficking: a debt, papers held by someone else, "
        "someone else controlling housing, money or phone?</li>"
        "<li>Is the person under 18? Then no means is needed for trafficking, and child "
        "protection comes first.</li></ul>"
        "<h2>An example</h2><p>A store detective holds a man in his thirties for stealing "
        "razor blades, the third time in a month. He carries no money and no phone. He says a "
        "“friend” drives him and two others to different shops every morning and collects "
        "what they take; he sleeps in the friend's van and owes him for the bus ticket from "
        "home. The theft is real. So are the indicators: someone else decides, keeps the "
        "proceeds, houses him and holds a debt over him. Record both, and make sure the "
        "suspicion of trafficking or human exploitation is passed on with the theft, not "
        "after it.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Ask how the offence is linked to the exploitation",
                "Begging is not a crime in Swedish national law; exploiting someone in begging is",
                "A suspect can also be a victim: assess the suspicion promptly",
            ],
        },
    ),
]

COMPELLED_OFFENCES_SV = [
    (
        "text",
        "<p>Människohandlare använder människor till brott, inte bara till sex och arbete. "
        "EU:s direktiv 2011/36/EU räknar <strong>utnyttjande för brottslig verksamhet</strong> "
        "som en form av exploatering och ger i ingressen exempel: ficktjuveri, snatteri, "
        "narkotikahandel och liknande verksamhet som är straffbar och ger ekonomisk vinning. "
        "Omkring 2011 rapporterade Östersjöstaternas råds aktionsgrupp mer "
        "arbetskraftsexploatering och tvångstiggeri, fler män och barn som identifieras som "
        "offer, allt mer förfinad kontroll, offer som tackar nej till hjälp — och tidigare "
        "offer som går vidare och rekryterar andra. Samma person kan alltså vara både offer "
        "och misstänkt. När GRETA granskade Sverige 2014 och 2018 uppmanades myndigheterna "
        "att ägna mer uppmärksamhet åt människohandel för tvångstiggeri och brottslig "
        "verksamhet, särskilt när det gäller barn.</p>"
        "<h2>Tiggeri</h2><p><strong>Tvångstiggeri</strong> är en form av exploatering. Att "
        "tigga är inte brottsligt enligt svensk nationell lag; sedan en dom från Högsta "
        "förvaltningsdomstolen 2018 (HFD 2018 ref. 75) får en kommun förbjuda tiggeri på "
        "avgränsade offentliga platser genom lokala ordningsföreskrifter. Att exploatera en "
        "person i tiggeri är ett brott: människoexploatering, 4 kap. 1 b § brottsbalken. "
        f"{CHECK} Direktivet ser tvångstiggeri som en form av tvångsarbete: det är "
        "människohandel när alla delar av tvångsarbete finns, och ett barns samtycke saknar "
        "alltid betydelse.</p>"
        "<p>Den som sitter utanför mataffären är alltså inte gärningspersonen — men kan vara "
        "offer för en. Där ett lokalt förbud gäller är böter för att ha brutit mot det "
        "just en sådan påföljd som principen handlar om, om personen tvingades att tigga. "
        f"{CHECK}</p>"
        "<h2>Hur kontroll ser ut utifrån</h2><p>Brottslig exploatering ser sällan ut som "
        "bojor. Den ser ut som en skuld för resan som aldrig minskar, ett pass som någon annan "
        "”förvarar”, en sovplats som tillhör den som ger order, en telefon som ringer så fort "
        "personen är utom synhåll och hot mot anhöriga i hemlandet. Personen kan förneka att "
        "hon eller han är utsatt, skydda den som exploaterar eller säga att det var ett eget "
        "val. Det är ett skäl att titta närmare, inte att sluta fråga.</p>"
        "<h3>Frågor att ställa om varje brott</h3><ul>"
        "<li>Vem bestämde vad som skulle göras, och vem behöll vinsten?</li>"
        "<li>Kunde personen ha sagt nej — och vad hade då hänt henne eller honom eller "
        "familjen?</li>"
        "<li>Finns det indikatorer på människohandel: en skuld, handlingar som någon annan "
        "har, någon annan som styr över boende, pengar eller telefon?</li>"
        "<li>Är personen under 18 år? Då krävs inget medel för människohandel, och skyddet av "
        "barnet kommer först.</li></ul>"
        "<h2>Ett exempel</h2><p>En butikskontrollant håller kvar en man i 30-årsåldern som "
        "stulit rakblad, tredje gången på en månad. Han har varken pengar eller telefon. Han "
        "berättar att en ”kompis” varje morgon kör honom och två andra till olika butiker och "
        "hämtar det de tar; han sover i kompisens skåpbil och är skyldig honom för bussbiljetten "
        "hemifrån. Stölden är verklig. Det är indikatorerna också: någon annan bestämmer, "
        "behåller vinsten, ordnar boendet och har en skuld att hålla över honom. Dokumentera "
        "båda delarna och se till att misstanken om människohandel eller människoexploatering "
        "förs vidare tillsammans med stölden, inte efteråt.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Fråga hur brottet hänger ihop med exploateringen",
                "Tiggeri är inte brottsligt enligt svensk nationell lag; att exploatera någon i "
                "tiggeri är det",
                "En misstänkt kan också vara ett offer: utred misstanken skyndsamt",
            ],
        },
    ),
]

COMPELLED_OFFENCES_CHECKS = (
    [
        "Begging: no national ban in Sweden; local bans under the Public Order Act after "
        "HFD 2018 ref. 75; exploitation in begging under Penal Code ch. 4 s. 1b",
        "The penalty for breaking a local begging ban (a fine) and whether it has been applied "
        "to people exploited in begging",
    ],
    [
        "Tiggeri: inget nationellt förbud i Sverige; lokala förbud enligt ordningslagen efter "
        "HFD 2018 ref. 75; exploatering i tiggeri enligt 4 kap. 1 b § brottsbalken",
        "Påföljden för att bryta mot ett lokalt tiggeriförbud (penningböter) och om den har "
        "tillämpats på personer som exploaterats i tiggeri",
    ],
)
COMPELLED_OFFENCES_SOURCES = [
    EU_DIRECTIVE_2011,
    COE_ARTICLE_26,
    OSCE_2013,
    HFD_2018_75,
    PROP_2017_18_123,
    GRETA_SWEDEN,
    SEED_CBSS,
    SEED_PLATFORM,
]

# Module 3: seeing the crime behind the crime ------------------------------------------------
# Two formative branching cases (courses.branching): the teenage shoplifters (a child is not
# judged by the adult test; "suspect or victim" is a false choice) and the boy at the cannabis
# grow (interviewing a suspect without asking whether he may be a victim is the critical error,
# as in V.C.L. and A.N.). Each is plain data in BranchingCaseBlock's shape.


SHOPLIFTERS_CASE = {
    "title": "Three teenagers at the shopping centre",
    "intro": "<p>You are a police officer on patrol. A store detective at a shopping centre "
    "calls: three young people have been stopped with cosmetics they did not pay for.</p>",
    "situations": [
        _situation(
            "the-shop",
            "<p>In the detective's office sit three teenagers without Swedish papers. They "
            "say they are 15, 16 and 17. The oldest does the talking: they live with an "
            "“uncle” who keeps their passports “safe”, and everything they take goes to him. "
            "The youngest keeps looking at the oldest's phone, which has rung four times.</p>",
            [
                _choice(
                    "Treat them as children who may be victims: call social services now, keep "
                    "them together with you and away from the “uncle”, and report the theft",
                    "the-car",
                    "Social services are on their way. The theft is still reported, but it is "
                    "no longer the only question: who the “uncle” is, and why the goods go to "
                    "him, is now part of the case.",
                    points=2,
                ),
                _choice(
                    "They have no papers to prove their age: handle them as adult suspects until "
                    "their age is established",
                    "treated-as-offenders",
                    "They are booked as adults. No one from social services is told, and they "
                    "are questioned about the theft alone.",
                    critical=True,
                    remediation="When there are reasons to believe a person is under 18, treat "
                    "them as a child until their age is established: social services are told "
                    "at once and child protection comes first. For a child, trafficking needs "
                    "no threats or deception — harbouring a child for exploitation is enough.",
                ),
                _choice(
                    "Record the goods, take their details and let them go home to the adult who "
                    "lodges them",
                    "treated-as-offenders",
                    "They leave with the “uncle”, who has been waiting outside. Next week the "
                    "same three are stopped in another town.",
                    critical=True,
                    remediation="Never hand children back to the person who may be exploiting "
                    "them. Bring in social services before anyone leaves, and pass on the "
                    "suspicion of trafficking with the theft.",
                ),
            ],
        ),
        _situation(
            "the-car",
            "<p>On the way to the station the 16-year-old says quietly that they owe the "
            "“uncle” for the journey, that they must bring goods every day, and that if they "
            "do not he will “call home”. The oldest's phone rings again: the screen says "
            "“Uncle”.</p>",
            [
                _choice(
                    "Note her words as she said them, tell the investigator and social services, "
                    "and ask for the suspicion of trafficking to be investigated alongside the "
                    "theft",
                    "assessed",
                    "Her words are in the report, in her own words, with the time and place. "
                    "The investigator opens a second line of enquiry: the “uncle”.",
                    points=2,
                ),
                _choice(
                    "Answer the phone and tell the “uncle” to come to the station to explain "
                    "himself",
                    "confronted",
                    "He hangs up. By the evening the flat where the children slept is empty.",
                    critical=True,
                    remediation="Never confront a suspected trafficker. It warns him, puts the "
                    "children and their families at risk, and can destroy evidence. Pass what "
                    "you know to the investigators and let them decide how to approach him.",
                ),
                _choice(
                    "Question her now, in the car, about the “uncle” and his contacts, before "
                    "she changes her mind",
                    "rushed",
                    "She answers a few questions, then looks at the others and stops talking. "
                    "Nothing she said was recorded properly.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "assessed",
            "Children first, the crime behind the crime in view",
            "<p>You treated them as children, kept them away from the adult who may exploit "
            "them, and made sure the suspicion of trafficking travelled with the theft. The "
            "theft can still be investigated: a child can be a suspect and a victim at the same "
            "time, and the non-punishment principle is for the prosecutor and the court to "
            "apply — once they know.</p>",
        ),
        _ending(
            "treated-as-offenders",
            "The theft was seen, the children were not",
            "<p>The adult test — were they threatened, did someone control them? — is not the "
            "test for children. Under 18, no means is needed: harbouring a child for "
            "exploitation is trafficking. Child protection comes first, and the investigation "
            "does not replace it.</p>",
        ),
        _ending(
            "confronted",
            "The suspect was warned",
            "<p>Contacting a possible trafficker yourself warns him and can put the children "
            "and their families in danger. Record, report and leave the approach to the "
            "investigation.</p>",
        ),
        _ending(
            "rushed",
            "An account given too early",
            "<p>A child's account, given in a police car without support, in front of the "
            "others, is fragile and may never be given again. Note what she offered, and leave "
            "the questioning to an interview with social services and the right support "
            "present.</p>",
        ),
    ],
}

SHOPLIFTERS_CASE_SV = {
    "title": "Tre tonåringar i köpcentret",
    "intro": "<p>Du är polis i yttre tjänst. En butikskontrollant i ett köpcentrum ringer: "
    "tre ungdomar har stoppats med smink som de inte har betalat för.</p>",
    "situations": [
        _situation(
            "the-shop",
            "<p>På kontrollantens kontor sitter tre tonåringar utan svenska handlingar. De "
            "säger att de är 15, 16 och 17 år. Den äldsta för ordet: de bor hos en ”farbror” som "
            "”förvarar” deras pass, och allt de tar går till honom. Den yngsta tittar hela tiden "
            "på den äldstas telefon, som har ringt fyra gånger.</p>",
            [
                _choice(
                    "Behandla dem som barn som kan vara offer: ring socialtjänsten nu, håll dem "
                    "hos dig och borta från ”farbrodern”, och anmäl stölden",
                    "the-car",
                    "Socialtjänsten är på väg. Stölden anmäls ändå, men den är inte längre den "
                    "enda frågan: vem ”farbrodern” är och varför varorna går till honom är nu en "
                    "del av ärendet.",
                    points=2,
                ),
                _choice(
                    "De saknar handlingar som visar åldern: hantera dem som vuxna misstänkta tills "
                    "åldern är fastställd",
                    "treated-as-offenders",
                    "De skrivs in som vuxna. Ingen underrättar socialtjänsten, och de förhörs "
                    "om stölden på egen hand.",
                    critical=True,
                    remediation="När det finns skäl att tro att en person är under 18 år ska "
                    "hon eller han behandlas som barn tills åldern är fastställd: "
                    "socialtjänsten underrättas genast och skyddet av barnet kommer först. För "
                    "ett barn kräver människohandel inga hot eller vilseledande — att inhysa ett "
                    "barn för att exploatera det räcker.",
                ),
                _choice(
                    "Notera varorna, ta deras uppgifter och låt dem gå hem till den vuxne som de "
                    "bor hos",
                    "treated-as-offenders",
                    "De går med ”farbrodern”, som har väntat utanför. Veckan därpå stoppas samma "
                    "tre i en annan stad.",
                    critical=True,
                    remediation="Lämna aldrig tillbaka barn till den som kan exploatera dem. "
                    "Koppla in socialtjänsten innan någon går, och för misstanken om "
                    "människohandel vidare tillsammans med stölden.",
                ),
            ],
        ),
        _situation(
            "the-car",
            "<p>På väg till stationen säger 16-åringen tyst att de är skyldiga ”farbrodern” "
            "för resan, att de måste komma med varor varje dag och att han annars ”ringer "
            "hem”. Den äldstas telefon ringer igen: det står ”Farbror” på skärmen.</p>",
            [
                _choice(
                    "Skriv ner hennes ord så som hon sa dem, berätta för utredaren och "
                    "socialtjänsten, och begär att misstanken om människohandel utreds "
                    "tillsammans med stölden",
                    "assessed",
                    "Hennes ord står i anmälan, med hennes egna ord, tid och plats. Utredaren "
                    "öppnar ett andra spår: ”farbrodern”.",
                    points=2,
                ),
                _choice(
                    "Svara i telefonen och säg åt ”farbrodern” att komma till stationen och "
                    "förklara sig",
                    "confronted",
                    "Han lägger på. På kvällen är lägenheten där barnen sov tom.",
                    critical=True,
                    remediation="Konfrontera aldrig en misstänkt människohandlare. Det varnar "
                    "honom, utsätter barnen och deras familjer för fara och kan förstöra "
                    "bevisning. Lämna det du vet till utredarna och låt dem avgöra hur han ska "
                    "kontaktas.",
                ),
                _choice(
                    "Fråga ut henne nu, i bilen, om ”farbrodern” och hans kontakter, innan hon "
                    "ångrar sig",
                    "rushed",
                    "Hon svarar på några frågor, tittar sedan på de andra och tystnar. Inget av "
                    "det hon sa blev ordentligt dokumenterat.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "assessed",
            "Barnen först, brottet bakom brottet i sikte",
            "<p>Du behandlade dem som barn, höll dem borta från den vuxne som kan exploatera "
            "dem och såg till att misstanken om människohandel följde med stölden. Stölden kan "
            "fortfarande utredas: ett barn kan vara misstänkt och offer på samma gång, och det "
            "är åklagaren och domstolen som tillämpar principen om icke-bestraffning — när de "
            "vet om den.</p>",
        ),
        _ending(
            "treated-as-offenders",
            "Stölden syntes, barnen gjorde det inte",
            "<p>Provet för vuxna — hotades de, kontrollerade någon dem? — är inte provet för "
            "barn. För den som är under 18 år krävs inget medel: att inhysa ett barn för att "
            "exploatera det är människohandel. Skyddet av barnet kommer först, och utredningen "
            "ersätter det inte.</p>",
        ),
        _ending(
            "confronted",
            "Den misstänkte blev varnad",
            "<p>Att själv kontakta en möjlig människohandlare varnar honom och kan utsätta "
            "barnen och deras familjer för fara. Dokumentera, rapportera och lämna kontakten "
            "till utredningen.</p>",
        ),
        _ending(
            "rushed",
            "En berättelse som kom för tidigt",
            "<p>Ett barns berättelse, given i en polisbil utan stöd och inför de andra, är "
            "bräcklig och kommer kanske aldrig igen. Notera det hon erbjöd och lämna frågorna "
            "till ett förhör där socialtjänsten och rätt stöd finns på plats.</p>",
        ),
    ],
}

SHOPLIFTING_CASE = [
    CONTENT_WARNING,
    (
        "text",
        "<p>This case is about the first hour, when an ordinary theft can hide a child "
        "being exploited. Make your choice at each step before you read what happens.</p>",
    ),
    ("branching_case", SHOPLIFTERS_CASE),
    (
        "text",
        "<h2>Why age changes the question</h2><p>Under the Palermo Protocol (article 3(c)) the "
        "recruitment, transport, transfer, harbouring or receipt of a child for exploitation is "
        "trafficking even if none of the means — threats, force, deception, abuse of "
        "vulnerability — was used. The Swedish Penal Code follows this in chapter 4, section 1a. "
        f"{CHECK}</p><p>So the question is not only whether the adult controls them, but "
        "whether they are children being harboured and used for someone else's gain. Control "
        "by the adult is an indicator, not the test. When the police meet a child who may need "
        f"protection, social services are told at once. {CHECK} If their age is uncertain and "
        "there are reasons to believe they are children, treat them as children until their "
        f"age is established. {CHECK}</p>"
        "<h2>Suspect or victim is a false choice</h2><p>The theft is investigated; nobody "
        "asks you to look away from it. But a child can be a suspect and a victim at the "
        "same time, and the principle of non-punishment can only be applied by the prosecutor "
        "and the court if the link between the theft and the exploitation reaches them. That "
        "is your part: write down what the children say in their own words, what you see "
        "(passports held by someone else, a phone that keeps ringing, goods handed over), and "
        "that you passed the suspicion on. The Swedish civil-society platform calls this "
        "seeing the crime behind the crime.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "For prosecutors and judges",
                        "text": "<p>When a file about a child's theft reaches you, look for "
                        "what the first hour recorded: who the child lived with, who held the "
                        "passports, where the goods went. If nothing is recorded, the question "
                        "may never have been asked — and the decision on prosecution, or the "
                        "judgment, rests on half the story.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "For under-18s no means is required: harbouring a child for exploitation is "
                "trafficking",
                "Child protection comes first; the investigation does not replace it",
                "A child can be a suspect and a victim at the same time",
            ],
        },
    ),
]

SHOPLIFTING_CASE_SV = [
    CONTENT_WARNING_SV,
    (
        "text",
        "<p>Fallet handlar om den första timmen, när en vanlig stöld kan dölja att ett barn "
        "exploateras. Gör ditt val i varje steg innan du läser vad som händer.</p>",
    ),
    ("branching_case", SHOPLIFTERS_CASE_SV),
    (
        "text",
        "<h2>Därför ändrar åldern frågan</h2><p>Enligt Palermoprotokollet (artikel 3 c) är det "
        "människohandel att rekrytera, transportera, överföra, inhysa eller ta emot ett barn i "
        "syfte att exploatera det, även om inget av medlen — hot, våld, vilseledande, utnyttjad "
        f"utsatthet — har använts. Brottsbalken följer detta i 4 kap. 1 a §. {CHECK}</p>"
        "<p>Frågan är alltså inte bara om den vuxne kontrollerar dem, utan om de är barn som "
        "inhyses och används för någon annans vinning. Den vuxnes kontroll är en indikator, "
        "inte provet. När polisen möter ett barn som kan behöva skydd underrättas "
        f"socialtjänsten genast. {CHECK} Om åldern är osäker och det finns skäl att tro att de "
        f"är barn, behandla dem som barn tills åldern är fastställd. {CHECK}</p>"
        "<h2>Misstänkt eller offer är ett falskt val</h2><p>Stölden utreds; ingen ber dig att "
        "blunda för den. Men ett barn kan vara misstänkt och offer på samma gång, och "
        "åklagaren och domstolen kan bara tillämpa principen om icke-bestraffning om "
        "sambandet mellan stölden och exploateringen når fram till dem. Det är din del: skriv "
        "ner vad barnen säger med deras egna ord, vad du ser (pass som någon annan har, en "
        "telefon som ringer hela tiden, varor som lämnas över) och att du förde misstanken "
        "vidare. Det civila samhällets plattform mot människohandel kallar det att se brottet "
        "bakom brottet.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "För åklagare och domare",
                        "text": "<p>När en akt om ett barns stöld når dig, leta efter det som "
                        "den första timmen dokumenterade: vem barnet bodde hos, vem som hade "
                        "passen, vart varorna tog vägen. Står det ingenting har frågan kanske "
                        "aldrig ställts — och beslutet i åtalsfrågan, eller domen, vilar på "
                        "halva historien.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "För den som är under 18 år krävs inget medel: att inhysa ett barn för "
                "exploatering är människohandel",
                "Skyddet av barnet kommer först; utredningen ersätter det inte",
                "Ett barn kan vara misstänkt och offer på samma gång",
            ],
        },
    ),
]

SHOPLIFTING_CASE_CHECKS = (
    [
        "Penal Code ch. 4 s. 1a: no improper means required when the victim is under 18",
        "The police's duty to notify social services at once when a child may need protection",
        "Treating a person as a child while their age is uncertain (presumption of age)",
    ],
    [
        "4 kap. 1 a § brottsbalken: inget otillbörligt medel krävs när offret är under 18 år",
        "Polisens skyldighet att genast underrätta socialtjänsten när ett barn kan behöva skydd",
        "Att behandla en person som barn medan åldern är osäker (ålderspresumtion)",
    ],
)
SHOPLIFTING_CASE_SOURCES = [PALERMO, PROP_2017_18_123, COE_ARTICLE_26, ECTHR_VCL, SEED_PLATFORM]

CANNABIS_CASE = {
    "title": "The boy at the cannabis grow",
    "intro": "<p>You take part in a search of a detached house that has been turned into a "
    "cannabis grow. The search warrant is for drug offences.</p>",
    "situations": [
        _situation(
            "the-house",
            "<p>Behind a door padlocked from the outside you find a boy sleeping on a "
            "mattress beside the plants. The windows are boarded up. He speaks little Swedish; "
            "through a colleague who shares a language with him he says he is 17, that he "
            "waters the plants and that he gets no pay because he must first “work off” his "
            "journey. He has no phone and no passport.</p>",
            [
                _choice(
                    "Arrest him on suspicion of the drug offence, record the trafficking "
                    "indicators, tell the leader of the preliminary investigation at once, and "
                    "treat him as a child: social services are notified",
                    "the-station",
                    "The drug suspicion stands, and so does a second one, in writing: a child "
                    "locked in, unpaid, working off a debt. Social services are told the same "
                    "evening.",
                    points=2,
                ),
                _choice(
                    "Question him on the spot, as any suspect caught at a grow: who supplies "
                    "the plants, who collects the harvest, who pays",
                    "unheard",
                    "He answers a few questions about the plants. They are written down as an "
                    "admission. Nobody asks how he came to be behind a padlocked door.",
                    critical=True,
                    remediation="Never interview a suspect as only a suspect when there are "
                    "signs they may be a victim of trafficking: a locked door, no pay, a debt "
                    "and his age all point that way. Record the indicators, make sure the "
                    "suspicion of trafficking is assessed promptly, and let a child be "
                    "interviewed with the safeguards a child has.",
                ),
                _choice(
                    "Treat him as a suspect in the drug case only; whether he was exploited can "
                    "be looked into later if he raises it himself",
                    "pleaded-guilty",
                    "The drug case moves quickly. The question of trafficking waits for him to "
                    "raise it — and he does not.",
                ),
            ],
        ),
        _situation(
            "the-station",
            "<p>At the station the investigator wants to interview him before the end of "
            "the shift. His public defence counsel is on the way. The owner of the house, "
            "arrested at the same time, has offered a relative who “interprets for everyone in "
            "the area” and can come at once.</p>",
            [
                _choice(
                    "Wait for counsel and a social worker, book an independent interpreter, and "
                    "start with open questions about how he came to Sweden and to the house — not "
                    "only about the plants",
                    "assessed",
                    "The interview takes longer to arrange. In it he tells, in his own words, "
                    "about the debt, the journey and the padlock.",
                    points=2,
                ),
                _choice(
                    "Use the relative the owner offered: he speaks the boy's dialect and the "
                    "interview can start now",
                    "exposed",
                    "The boy answers in single words and looks at the interpreter before every "
                    "answer.",
                    critical=True,
                    remediation="Never use an interpreter connected to anyone in the case. The "
                    "boy cannot speak freely, what he says can reach the people he fears, and "
                    "the interview is worth little. Book an independent interpreter, even if it "
                    "takes longer.",
                ),
                _choice(
                    "Put the interview in the ordinary queue for drug cases; the trafficking "
                    "question can be raised by his counsel if it matters",
                    "pleaded-guilty",
                    "The interview is held weeks later, about the plants. By then he has "
                    "been advised to admit the offence and get it over with.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "assessed",
            "Both crimes in the file",
            "<p>The drug offence is investigated, and so is what was done to him. The "
            "prosecutor can now decide on prosecution with an assessment of the trafficking "
            "suspicion in the file — which is what the European Court of Human Rights asked for "
            "in <em>V.C.L. and A.N. v. the United Kingdom</em>.</p>",
        ),
        _ending(
            "unheard",
            "An admission without a story",
            "<p>Questioned only as a suspect, he gave an admission about the plants and nothing "
            "about the padlock. The suspicion of trafficking was never recorded, so no one "
            "further down the chain could weigh it.</p>",
        ),
        _ending(
            "pleaded-guilty",
            "The V.C.L. path",
            "<p>Waiting for the boy to raise it himself is how the two boys in <em>V.C.L. and "
            "A.N.</em> ended up pleading guilty: there was credible suspicion that they had "
            "been trafficked, and no prompt assessment of it. The Court found violations of "
            "articles 4 and 6 of the Convention. The duty to act on the suspicion is the "
            "authorities', not the child's.</p>",
        ),
        _ending(
            "exposed",
            "An interview he could not give",
            "<p>With an interpreter from the owner's circle, the boy could not speak freely, "
            "and what he said may already have reached the people he fears.</p>",
        ),
    ],
}

CANNABIS_CASE_SV = {
    "title": "Pojken i cannabisodlingen",
    "intro": "<p>Du deltar i en husrannsakan i en villa som har gjorts om till en "
    "cannabisodling. Beslutet gäller narkotikabrott.</p>",
    "situations": [
        _situation(
            "the-house",
            "<p>Bakom en dörr med hänglås på utsidan hittar ni en pojke som sover på en madrass "
            "bredvid plantorna. Fönstren är igenspikade. Han talar lite svenska; genom en "
            "kollega som kan hans språk säger han att han är 17 år, att han vattnar plantorna "
            "och att han inte får någon lön eftersom han först måste ”arbeta av” resan. Han har "
            "varken telefon eller pass.</p>",
            [
                _choice(
                    "Grip honom som misstänkt för narkotikabrottet, dokumentera indikatorerna på "
                    "människohandel, underrätta förundersökningsledaren genast och behandla "
                    "honom som barn: socialtjänsten underrättas",
                    "the-station",
                    "Misstanken om narkotikabrott står kvar, och en andra misstanke finns nu "
                    "skriftligt: ett barn inlåst, utan lön, som arbetar av en skuld. "
                    "Socialtjänsten underrättas samma kväll.",
                    points=2,
                ),
                _choice(
                    "Hör honom på plats, som vilken misstänkt som helst i en odling: vem "
                    "levererar plantorna, vem hämtar skörden, vem betalar",
                    "unheard",
                    "Han svarar på några frågor om plantorna. Det antecknas som ett erkännande. "
                    "Ingen frågar hur han hamnade bakom en hänglåst dörr.",
                    critical=True,
                    remediation="Hör aldrig en misstänkt enbart som misstänkt när det finns "
                    "tecken på att hon eller han kan vara offer för människohandel: en låst "
                    "dörr, ingen lön, en skuld och hans ålder pekar alla åt det hållet. "
                    "Dokumentera indikatorerna, se till att misstanken om människohandel "
                    "bedöms skyndsamt och låt ett barn höras med de skyddsregler ett barn har.",
                ),
                _choice(
                    "Behandla honom enbart som misstänkt i narkotikaärendet; om han har "
                    "exploaterats kan utredas senare, om han själv tar upp det",
                    "pleaded-guilty",
                    "Narkotikaärendet går snabbt. Frågan om människohandel får vänta på att han "
                    "själv tar upp den — och det gör han inte.",
                ),
            ],
        ),
        _situation(
            "the-station",
            "<p>På stationen vill utredaren hålla förhör före passets slut. Hans offentliga "
            "försvarare är på väg. Ägaren till huset, som greps samtidigt, har erbjudit en "
            "släkting som ”tolkar åt alla här i trakten” och kan komma direkt.</p>",
            [
                _choice(
                    "Vänta in försvararen och en socialsekreterare, boka en oberoende tolk och "
                    "börja med öppna frågor om hur han kom till Sverige och till huset — inte "
                    "bara om plantorna",
                    "assessed",
                    "Förhöret tar längre tid att ordna. I det berättar han med egna ord om "
                    "skulden, resan och hänglåset.",
                    points=2,
                ),
                _choice(
                    "Anlita släktingen som ägaren erbjöd: han talar pojkens dialekt och förhöret "
                    "kan börja nu",
                    "exposed",
                    "Pojken svarar med enstaka ord och tittar på tolken före varje svar.",
                    critical=True,
                    remediation="Anlita aldrig en tolk med koppling till någon i ärendet. "
                    "Pojken kan inte tala fritt, det han säger kan nå dem han är rädd för, och "
                    "förhöret blir värt lite. Boka en oberoende tolk, även om det tar längre "
                    "tid.",
                ),
                _choice(
                    "Lägg förhöret i den vanliga kön för narkotikaärenden; frågan om "
                    "människohandel kan försvararen ta upp om den spelar roll",
                    "pleaded-guilty",
                    "Förhöret hålls veckor senare och handlar om plantorna. Då har han fått "
                    "rådet att erkänna och få det överstökat.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "assessed",
            "Båda brotten i akten",
            "<p>Narkotikabrottet utreds, och det som gjorts mot honom utreds också. Åklagaren "
            "kan nu fatta beslut i åtalsfrågan med en bedömning av misstanken om människohandel "
            "i akten — det som Europadomstolen krävde i <em>V.C.L. och A.N. mot Förenade "
            "kungariket</em>.</p>",
        ),
        _ending(
            "unheard",
            "Ett erkännande utan berättelse",
            "<p>Hörd enbart som misstänkt lämnade han ett erkännande om plantorna och "
            "ingenting om hänglåset. Misstanken om människohandel dokumenterades aldrig, så "
            "ingen längre fram i kedjan kunde väga in den.</p>",
        ),
        _ending(
            "pleaded-guilty",
            "V.C.L.-vägen",
            "<p>Att vänta på att pojken själv ska ta upp det är hur de två pojkarna i "
            "<em>V.C.L. och A.N.</em> kom att erkänna: det fanns en trovärdig misstanke om att "
            "de utsatts för människohandel, och den bedömdes inte skyndsamt. Domstolen fann "
            "brott mot artiklarna 4 och 6 i Europakonventionen. Skyldigheten att agera på "
            "misstanken ligger hos myndigheterna, inte hos barnet.</p>",
        ),
        _ending(
            "exposed",
            "Ett förhör han inte kunde ge",
            "<p>Med en tolk ur ägarens krets kunde pojken inte tala fritt, och det han sa kan "
            "redan ha nått dem han är rädd för.</p>",
        ),
    ],
}

CANNABIS_GROW = [
    CONTENT_WARNING,
    (
        "text",
        "<h2>The interview is where the link is found — or lost</h2><p>A suspect caught at "
        "the scene of a drug grow, a burglary or a fraud is interviewed as a suspect: that is "
        "right, and it is also where the link to exploitation is most easily lost. A person "
        "who has been told by a trafficker that the police will jail them, that their family "
        "will pay for any word they say, or that they owe a debt that only grows, will not "
        "volunteer the story. The questions have to make room for it.</p><ul>"
        "<li><strong>Look before you ask.</strong> A padlock on the outside of a door, a "
        "mattress in the workplace, no phone, no passport, no pay: record what you see as "
        "well as what is said.</li>"
        "<li><strong>Ask how, not only what.</strong> How did you come to Sweden? Who paid? "
        "Where do you sleep? What happens if you leave? Open questions let a person tell "
        "what a list of questions about the offence never reaches.</li>"
        "<li><strong>Use an independent interpreter.</strong> Never one proposed by, related "
        "to or known to anyone in the case.</li>"
        "<li><strong>Children have their own safeguards.</strong> A suspect under 18 is "
        "interviewed under the special rules for young offenders, with social services "
        f"involved and, as a rule, a public defence counsel. {CHECK}</li>"
        "<li><strong>Pass the suspicion on.</strong> Tell the leader of the preliminary "
        "investigation, in writing, that there are signs of trafficking or human "
        "exploitation. Authorities use the national referral manual, the MMM (Manual vid "
        "misstanke om människohandel), from the first suspicion onwards.</li></ul>"
        "<p>The case below follows a boy found at a cannabis grow. It is written from the "
        "pattern the European Court of Human Rights examined in <em>V.C.L. and A.N. v. the "
        "United Kingdom</em> (2021), where two Vietnamese minors found working in cannabis "
        "factories were prosecuted without a prompt assessment of the credible suspicion that "
        "they had been trafficked.</p>",
    ),
    ("branching_case", CANNABIS_CASE),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "For prosecutors and judges",
                        "text": "<p>An admission recorded at the scene, before anyone asked how "
                        "the suspect came to be there, says little about compulsion. In "
                        "<em>V.C.L. and A.N.</em> the Court did not accept the boys' guilty "
                        "pleas as a waiver of their rights, because they were not made in full "
                        "awareness of the facts: the trafficking had never been assessed.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Interview a suspect who may be a victim with room for the whole story",
                "Independent interpreter, children's safeguards, open questions",
                "Record the suspicion of trafficking in writing and pass it on at once",
            ],
        },
    ),
]

CANNABIS_GROW_SV = [
    CONTENT_WARNING_SV,
    (
        "text",
        "<h2>I förhöret hittas sambandet — eller går förlorat</h2><p>Den som påträffas i en "
        "narkotikaodling, vid ett inbrott eller ett bedrägeri hörs som misstänkt: det är "
        "riktigt, och det är också där sambandet med exploatering lättast försvinner. Den som "
        "av en människohandlare fått höra att polisen kommer att låsa in henne eller honom, "
        "att familjen får betala för varje ord eller att skulden bara växer, berättar inte "
        "självmant. Frågorna måste ge utrymme för berättelsen.</p><ul>"
        "<li><strong>Se innan du frågar.</strong> Ett hänglås på utsidan av en dörr, en madrass "
        "på arbetsplatsen, ingen telefon, inget pass, ingen lön: dokumentera det du ser, inte "
        "bara det som sägs.</li>"
        "<li><strong>Fråga hur, inte bara vad.</strong> Hur kom du till Sverige? Vem betalade? "
        "Var sover du? Vad händer om du går därifrån? Öppna frågor låter personen berätta det "
        "som en lista med frågor om brottet aldrig når.</li>"
        "<li><strong>Anlita en oberoende tolk.</strong> Aldrig någon som föreslagits av, är "
        "släkt med eller känd av någon i ärendet.</li>"
        "<li><strong>Barn har egna skyddsregler.</strong> En misstänkt under 18 år hörs enligt "
        "lagen med särskilda bestämmelser om unga lagöverträdare, med socialtjänsten "
        f"involverad och i regel med offentlig försvarare. {CHECK}</li>"
        "<li><strong>För misstanken vidare.</strong> Berätta skriftligt för "
        "förundersökningsledaren att det finns tecken på människohandel eller "
        "människoexploatering. Myndigheterna följer MMM, Manual vid misstanke om "
        "människohandel, från den första misstanken.</li></ul>"
        "<p>Fallet nedan följer en pojke som påträffas i en cannabisodling. Det bygger på det "
        "mönster som Europadomstolen prövade i <em>V.C.L. och A.N. mot Förenade kungariket</em> "
        "(2021), där två vietnamesiska minderåriga som hittats arbetande i cannabisodlingar "
        "åtalades utan att den trovärdiga misstanken om att de utsatts för människohandel "
        "bedömdes skyndsamt.</p>",
    ),
    ("branching_case", CANNABIS_CASE_SV),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "För åklagare och domare",
                        "text": "<p>Ett erkännande som antecknats på platsen, innan någon "
                        "frågat hur den misstänkte hamnade där, säger lite om tvång. I "
                        "<em>V.C.L. och A.N.</em> godtog domstolen inte pojkarnas erkännanden "
                        "som ett avstående från deras rättigheter, eftersom de inte gjordes med "
                        "full kännedom om omständigheterna: människohandeln hade aldrig "
                        "bedömts.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Hör en misstänkt som kan vara offer med utrymme för hela berättelsen",
                "Oberoende tolk, barnets skyddsregler, öppna frågor",
                "Dokumentera misstanken om människohandel skriftligt och för den vidare genast",
            ],
        },
    ),
]

CANNABIS_GROW_CHECKS = (
    [
        "Interviews of suspects under 18 under the Young Offenders Act (LUL, 1964:167): social "
        "services' part and the right to a public defence counsel",
    ],
    [
        "Förhör med misstänkta under 18 år enligt LUL (1964:167): socialtjänstens roll och "
        "rätten till offentlig försvarare",
    ],
)
CANNABIS_GROW_SOURCES = [ECTHR_VCL, VCL_SUMMARY, EU_DIRECTIVE_2011, PALERMO, SEED_PLATFORM]

# Module 4: immigration and administrative penalties ----------------------------------------
# Not only prosecution: refusals, detention, removal, entry bans and fines can punish a person
# for what the trafficking made them do. What Swedish migration law allows is for an expert to
# confirm, so it is said with CHECK and without section numbers beyond the brief's.

IMMIGRATION_PENALTIES = [
    (
        "text",
        "<h2>Penalties that are not sentences</h2><p>Many of the acts traffickers make people "
        "commit are breaches of immigration law: entering on a false or borrowed passport, "
        "staying after a permit or visa has run out, working without a work permit, giving "
        "false information in an application — often information a recruiter or “agent” "
        "dictated. The response is often not a criminal case but an administrative decision: "
        "a refusal, detention, a removal order, an entry ban, a fine. For the person, these "
        "can weigh heavier than a sentence: they send them back to where the debt is owed and "
        "the recruiters know the family's address.</p>"
        "<p>The instruments reach these decisions. The Council of Europe Convention speaks of "
        "<em>unlawful activities</em>, not only crimes; the UN guidelines (OHCHR, 2002) say "
        "trafficked persons should not be detained or punished for the illegality of their "
        "entry or residence; and the OSCE's 2013 recommendations call it unjust that victims "
        "are arrested, detained, charged or prosecuted because of their irregular status, "
        "forged documents or false declarations. The EU Directive's article 8 is narrower — it "
        "speaks of criminal activities — which is why the wider instruments matter for "
        "migration work.</p>"
        "<h2>What this means at your desk</h2><ul>"
        "<li><strong>Before the false statement counts against the person, ask where it came "
        "from.</strong> An earlier application with false details, a story that changed, a "
        "borrowed identity: were they dictated by someone the person owed or feared?</li>"
        "<li><strong>Before detention or removal, look for indicators.</strong> A debt to the "
        "person who arranged the journey, papers held by someone else, work for no pay, fear "
        "for family at home. Sending a possible victim back without asking can hand them to "
        "the people who exploited them.</li>"
        "<li><strong>Pass the suspicion on by your authority's routines.</strong> The "
        "Migration Agency has its own routines and coordination for trafficking cases; the "
        f"national referral manual, the MMM, describes the chain. {CHECK}</li>"
        "<li><strong>Know what the person may be entitled to.</strong> A possible victim may "
        "be given a reflection period and a temporary residence permit while a preliminary "
        f"investigation or trial runs (Aliens Act chapter 5, section 15). {CHECK}</li></ul>"
        "<h2>An example</h2><p>A woman applies for asylum. Her file shows an earlier "
        "application in another name with a false date of birth. Asked about it, she says the "
        "man who arranged her journey filled in the form, kept her passport, and told her she "
        "owed him for the trip and would “work it off” in Sweden. The false statement is "
        "relevant to her credibility — but it may also be the trafficker's fingerprint. "
        "Record what she says in her words, look at the indicators, pass the suspicion on "
        "and make sure she is told where support is, before the earlier name is weighed "
        "against her.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["police"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "For police at the border and in inspections",
                        "text": "<p>A borrowed passport at passport control or a worker "
                        "without a permit at an inspection is a document or immigration matter "
                        "— and may be the first sign of trafficking. Talk with the person "
                        "away from anyone who travels or works with them, and record the "
                        "indicators before the matter is handed on for removal.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Refusals, detention, removal, entry bans and fines can be penalties too",
                "Ask where a false statement or borrowed identity came from before it counts",
                "Look for indicators before a person is sent back to where the debt is owed",
            ],
        },
    ),
]

IMMIGRATION_PENALTIES_SV = [
    (
        "text",
        "<h2>Påföljder som inte är straff</h2><p>Många av de handlingar som människohandlare "
        "tvingar människor till är överträdelser av utlänningsrätten: att resa in på ett "
        "falskt eller lånat pass, att stanna kvar efter att ett tillstånd eller en visering "
        "har gått ut, att arbeta utan arbetstillstånd, att lämna oriktiga uppgifter i en "
        "ansökan — ofta uppgifter som en rekryterare eller ”agent” har dikterat. Följden blir "
        "ofta inte ett brottmål utan ett förvaltningsbeslut: avslag, förvar, ett beslut om "
        "avvisning eller utvisning, ett återreseförbud eller böter. För "
        "personen kan de väga tyngre än ett straff: de skickar henne eller honom tillbaka dit "
        "där skulden finns och där rekryterarna känner till familjens adress.</p>"
        "<p>Instrumenten når också dessa beslut. Europarådets konvention talar om "
        "<em>olagliga handlingar</em>, inte bara brott; FN:s riktlinjer (OHCHR, 2002) säger "
        "att den som utsatts för människohandel inte bör frihetsberövas eller straffas för "
        "olaglig inresa eller vistelse; och OSCE:s rekommendationer från 2013 kallar det "
        "orättvist att offer grips, frihetsberövas, åtalas eller lagförs på grund av att de "
        "saknar tillstånd, har falska handlingar eller har lämnat oriktiga uppgifter. EU-"
        "direktivets artikel 8 är snävare — den talar om brottsliga handlingar — och därför "
        "spelar de bredare instrumenten roll i migrationsärenden.</p>"
        "<h2>Vad det betyder i handläggningen</h2><ul>"
        "<li><strong>Fråga var en oriktig uppgift kom ifrån innan den får tala emot "
        "personen.</strong> En tidigare ansökan med felaktiga uppgifter, en berättelse som "
        "ändrats, en lånad identitet: dikterades de av någon som personen var skyldig pengar "
        "eller var rädd för?</li>"
        "<li><strong>Leta efter indikatorer före förvar eller verkställighet.</strong> En "
        "skuld till den som ordnade resan, handlingar som någon annan har, arbete utan lön, "
        "oro för familjen i hemlandet. Att skicka tillbaka ett möjligt offer utan att fråga "
        "kan lämna henne eller honom i händerna på dem som exploaterade.</li>"
        "<li><strong>För misstanken vidare enligt myndighetens rutiner.</strong> "
        "Migrationsverket har egna rutiner och en egen samordning för ärenden om "
        f"människohandel; MMM, Manual vid misstanke om människohandel, beskriver kedjan. {CHECK}"
        "</li><li><strong>Känn till vad personen kan ha rätt till.</strong> Ett möjligt offer "
        "kan få betänketid och ett tidsbegränsat uppehållstillstånd medan en förundersökning "
        f"eller rättegång pågår (5 kap. 15 § utlänningslagen). {CHECK}</li></ul>"
        "<h2>Ett exempel</h2><p>En kvinna söker asyl. Av akten framgår en tidigare ansökan i "
        "ett annat namn med ett felaktigt födelsedatum. När hon får frågan om den säger hon "
        "att mannen som ordnade resan fyllde i blanketten, behöll hennes pass och sa att hon "
        "var skyldig honom för resan och skulle ”arbeta av” den i Sverige. Den oriktiga "
        "uppgiften har betydelse för hennes trovärdighet — men den kan också vara "
        "människohandlarens fingeravtryck. Dokumentera det hon säger med hennes egna ord, se "
        "på indikatorerna, för misstanken vidare och se till att hon får veta var stöd finns, "
        "innan det tidigare namnet vägs mot henne.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["police"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "För polis vid gränsen och vid kontroller",
                        "text": "<p>Ett lånat pass i passkontrollen eller en arbetare utan "
                        "tillstånd vid en kontroll är ett ärende om handlingar eller "
                        "utlänningsrätt — och kan vara det första tecknet på människohandel. "
                        "Tala med personen enskilt, utan någon som reser eller arbetar med "
                        "henne eller honom, och dokumentera indikatorerna innan ärendet lämnas "
                        "vidare för verkställighet.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Avslag, förvar, avvisning, utvisning, återreseförbud och böter kan också vara "
                "påföljder",
                "Fråga var en oriktig uppgift eller lånad identitet kom ifrån innan den vägs in",
                "Leta efter indikatorer innan en person skickas tillbaka dit där skulden finns",
            ],
        },
    ),
]

IMMIGRATION_PENALTIES_CHECKS = (
    [
        "The Migration Agency's routines and coordination for trafficking cases, and how they "
        "connect to the MMM",
        "Reflection period and temporary residence permit for victims and witnesses (Aliens Act "
        "ch. 5 s. 15): who applies, and on what conditions",
    ],
    [
        "Migrationsverkets rutiner och samordning för ärenden om människohandel, och hur de "
        "hänger ihop med MMM",
        "Betänketid och tidsbegränsat uppehållstillstånd för offer och vittnen (5 kap. 15 § "
        "utlänningslagen): vem som ansöker och på vilka villkor",
    ],
)
IMMIGRATION_PENALTIES_SOURCES = [
    COE_ARTICLE_26,
    EU_DIRECTIVE_2011,
    OHCHR_2002,
    OSCE_2013,
    UNODC_MODULE_8,
    UNODC_2009_NON_PUNISHMENT,
    SEED_PLATFORM,
]

# Module 5: case law --------------------------------------------------------------------------
# V.C.L. and A.N. v. the United Kingdom, told from the public summaries the lesson cites; no
# Swedish judgment is named, because none was read.

CASE_LAW = [
    CONTENT_WARNING,
    (
        "text",
        "<h2>The facts</h2><p>In 2009 police in England found two Vietnamese boys, in two "
        "separate cases, working as gardeners in cannabis factories; one was found during a "
        "drug search in Cambridge. At the time, national reports had already found that "
        "Vietnamese children were particularly vulnerable to being trafficked into and within "
        "the United Kingdom and exploited in such factories. The boys were charged with drug "
        "offences, pleaded guilty and were sentenced to detention. They were not referred at "
        "once for an assessment of whether they were victims of trafficking. When the "
        "competent authority later found that they had been trafficked, the prosecution "
        "service reviewed its decision, disagreed, and kept the prosecutions; in 2012 the "
        "Court of Appeal upheld the convictions.</p>"
        "<h2>The judgment</h2><p>On 16 February 2021 the European Court of Human Rights "
        "unanimously found that the United Kingdom had violated article 4 (prohibition of "
        "slavery and forced labour) and article 6 § 1 (fair trial) of the European Convention "
        "on Human Rights. It was the first time the Court considered how article 4 bears on "
        "prosecuting possible victims of trafficking. What it said applies to every "
        "authority in the chain:</p><ul>"
        "<li>Prosecuting a victim of trafficking is not in itself contrary to article 4: the "
        "principle is not an immunity.</li>"
        "<li>But once the authorities are aware of a <strong>credible "
        "suspicion</strong> that a person has been trafficked, they must take operational "
        "measures to protect them — and the person should be <strong>assessed promptly</strong> "
        "by someone qualified to do so.</li>"
        "<li>The decision to prosecute should <strong>follow</strong> that assessment. The "
        "prosecutor is not bound by it, but needs <strong>clear reasons</strong>, consistent "
        "with the definition of trafficking, to depart from it.</li>"
        "<li>Under article 6, the missing assessment made the trial unfair: evidence that was "
        "a fundamental part of the boys' defence was never secured, and their guilty pleas "
        "did not waive their rights, because they were not made in full awareness of the "
        "facts. Later reviews built on inadequate reasons did not cure the defect.</li></ul>"
        "<h2>What it asks of you</h2><p>The judgment turns the non-punishment principle "
        "into duties of procedure, and each of them sits with a role:</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["police"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Police",
                        "text": "<p>The suspicion starts with you. Record the indicators at "
                        "the scene and in the interview, and make sure the suspicion of "
                        "trafficking is passed on for assessment at once — not when the "
                        "suspect raises it, which may be never.</p>",
                    },
                )
            ],
        },
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Prosecutors and judges",
                        "text": "<p>Prosecutors: decide on prosecution after the trafficking "
                        "suspicion has been assessed, and write down your reasons, in the "
                        "terms of the definition, if you do not follow the assessment. Judges: "
                        "a guilty plea does not close the question if the trafficking was "
                        "never assessed; the fairness of the proceedings as a whole is at "
                        "stake.</p>",
                    },
                )
            ],
        },
    ),
    (
        "audience_variant",
        {
            "audiences": ["migration-officers"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Migration officers",
                        "text": "<p>The same logic holds for your decisions: a credible "
                        "suspicion should be acted on before a refusal, detention or removal "
                        "is built on the acts the trafficking caused.</p>",
                    },
                )
            ],
        },
    ),
    (
        "text",
        "<h2>Using the judgment in Sweden</h2><p>Sweden is bound by the European Convention "
        "on Human Rights, and Swedish courts and authorities apply the Strasbourg case law. "
        "The Court's reasoning therefore speaks to a Swedish preliminary investigation, a "
        f"prosecutor's decision and a court's judgment alike. {CHECK} The Swedish "
        "civil-society platform's 2017 plan set out to raise knowledge of the non-punishment "
        "article with the police's national operations department (NOA) and to get "
        "professionals to “see the crime behind the crime”; it also noted that the judiciary "
        "needs to be informed. The judgment shows why: the boys' cases went wrong at the first "
        "step, and every later step inherited the gap.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "A credible suspicion of trafficking must be assessed promptly by someone "
                "qualified",
                "Prosecution should follow the assessment; departing from it needs clear reasons",
                "A guilty plea made without that assessment does not settle the question",
            ],
        },
    ),
]

CASE_LAW_SV = [
    CONTENT_WARNING_SV,
    (
        "text",
        "<h2>Omständigheterna</h2><p>År 2009 påträffade polisen i England två vietnamesiska "
        "pojkar, i två skilda ärenden, som arbetade som trädgårdsskötare i cannabisodlingar; "
        "den ena hittades vid en husrannsakan för narkotikabrott i Cambridge. Redan då hade "
        "nationella rapporter visat att vietnamesiska barn var särskilt utsatta för att föras "
        "till och inom Storbritannien och exploateras i sådana odlingar. Pojkarna åtalades för "
        "narkotikabrott, erkände och dömdes till frihetsberövande påföljder. De hänvisades "
        "inte genast till en bedömning av om de var offer för människohandel. När den behöriga "
        "myndigheten senare fann att de hade utsatts för människohandel omprövade "
        "åklagarmyndigheten sitt beslut, gjorde en annan bedömning och stod fast vid åtalen; "
        "2012 fastställde appellationsdomstolen domarna.</p>"
        "<h2>Domen</h2><p>Den 16 februari 2021 fann Europadomstolen enhälligt att "
        "Storbritannien hade brutit mot artikel 4 (förbud mot slaveri och tvångsarbete) och "
        "artikel 6.1 (rätt till en rättvis rättegång) i Europakonventionen. Det var första "
        "gången domstolen prövade hur artikel 4 förhåller sig till lagföring av möjliga offer "
        "för människohandel. Det domstolen sa gäller varje myndighet i kedjan:</p><ul>"
        "<li>Att lagföra ett offer för människohandel strider inte i sig mot artikel 4: "
        "principen är ingen straffrihet.</li>"
        "<li>Men när myndigheterna känner till en <strong>trovärdig "
        "misstanke</strong> om att en person har utsatts för människohandel måste de vidta "
        "åtgärder för att skydda personen — och personen bör <strong>bedömas skyndsamt</strong> "
        "av någon med kompetens för det.</li>"
        "<li>Beslutet om åtal bör <strong>komma efter</strong> den bedömningen. Åklagaren är "
        "inte bunden av den, men behöver <strong>tydliga skäl</strong>, förenliga med "
        "definitionen av människohandel, för att göra en annan bedömning.</li>"
        "<li>Enligt artikel 6 gjorde den uteblivna bedömningen rättegången orättvis: bevisning "
        "som var en grundläggande del av pojkarnas försvar säkrades aldrig, och deras "
        "erkännanden innebar inte att de avstod från sina rättigheter, eftersom de inte gjordes "
        "med full kännedom om omständigheterna. Senare omprövningar med bristfälliga skäl "
        "läkte inte bristen.</li></ul>"
        "<h2>Vad domen kräver av dig</h2><p>Domen gör principen om icke-bestraffning till "
        "skyldigheter i handläggningen, och var och en av dem hör till en yrkesroll:</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["police"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Polis",
                        "text": "<p>Misstanken börjar hos dig. Dokumentera indikatorerna på "
                        "platsen och i förhöret, och se till att misstanken om människohandel "
                        "förs vidare för bedömning genast — inte när den misstänkte själv tar "
                        "upp den, vilket kanske aldrig sker.</p>",
                    },
                )
            ],
        },
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Åklagare och domare",
                        "text": "<p>Åklagare: fatta beslut i åtalsfrågan efter att misstanken "
                        "om människohandel har bedömts, och skriv ner skälen, utifrån "
                        "definitionen, om du inte följer bedömningen. Domare: ett erkännande "
                        "avgör inte frågan om människohandeln aldrig har bedömts; det är "
                        "rättegångens rättvisa som helhet som står på spel.</p>",
                    },
                )
            ],
        },
    ),
    (
        "audience_variant",
        {
            "audiences": ["migration-officers"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Handläggare på Migrationsverket",
                        "text": "<p>Samma logik gäller dina beslut: en trovärdig misstanke ska "
                        "hanteras innan ett avslag, förvar eller en utvisning byggs på de "
                        "handlingar som människohandeln orsakade.</p>",
                    },
                )
            ],
        },
    ),
    (
        "text",
        "<h2>Domen i svenskt arbete</h2><p>Sverige är bundet av Europakonventionen, och "
        "svenska domstolar och myndigheter tillämpar Europadomstolens praxis. Domstolens "
        "resonemang gäller därför lika mycket en svensk förundersökning, en åklagares beslut "
        f"och en domstols dom. {CHECK} Plattformen Civila Sverige mot människohandel ville i "
        "sin plan för 2017 öka kunskapen om artikeln om icke-bestraffning hos polisens "
        "nationella operativa avdelning (NOA) och få yrkesverksamma att ”se brottet bakom "
        "brottet”; den konstaterade också att domarkåren behöver upplysas. Domen visar varför: "
        "pojkarnas ärenden gick fel i första ledet, och varje senare led ärvde luckan.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "En trovärdig misstanke om människohandel ska bedömas skyndsamt av någon med "
                "kompetens",
                "Åtalsbeslutet bör komma efter bedömningen; att frångå den kräver tydliga skäl",
                "Ett erkännande utan en sådan bedömning avgör inte frågan",
            ],
        },
    ),
]

CASE_LAW_CHECKS = (
    [
        "How Swedish courts and authorities apply the reasoning of V.C.L. and A.N. (no Swedish "
        "judgment on it has been reviewed for this lesson)",
    ],
    [
        "Hur svenska domstolar och myndigheter tillämpar resonemanget i V.C.L. och A.N. (ingen "
        "svensk dom om det har granskats för lektionen)",
    ],
)
CASE_LAW_SOURCES = [ECTHR_VCL, VCL_SUMMARY, COE_ARTICLE_26, OSCE_2013, SEED_PLATFORM]

# The course --------------------------------------------------------------------------------

COURSE = {
    "slug": "non-punishment-principle",
    "slug_sv": "principen-om-icke-bestraffning",
    "title": "Non-punishment in practice",
    "title_sv": "Principen om icke-bestraffning i praktiken",
    "summary": "When a person who may be a victim of trafficking has broken the law because they "
    "were trafficked: where the non-punishment principle comes from, how to see the crime behind "
    "the crime, and what police, prosecutors, migration officers and judges each do about it.",
    "summary_sv": "När en person som kan vara utsatt för människohandel har brutit mot lagen på "
    "grund av människohandeln: var principen om icke-bestraffning kommer ifrån, hur man ser "
    "brottet bakom brottet och vad polis, åklagare, handläggare på Migrationsverket och domare "
    "var för sig gör.",
    "outcomes": [
        "Explain the non-punishment principle, its sources and its limits",
        "Recognise forced criminality and forced begging behind an ordinary offence",
        "Treat a child who commits an offence as a child who may be a victim",
        "Weigh the link to trafficking before an immigration or administrative decision",
        "Apply what V.C.L. and A.N. v. the United Kingdom requires of your role",
    ],
    "outcomes_sv": [
        "Förklara principen om icke-bestraffning, dess källor och dess gränser",
        "Känna igen brottslig exploatering och tvångstiggeri bakom ett vardagligt brott",
        "Behandla ett barn som begår brott som ett barn som kan vara offer",
        "Väga in sambandet med människohandel före ett beslut enligt utlänningsrätten",
        "Tillämpa det som V.C.L. och A.N. mot Förenade kungariket kräver av din yrkesroll",
    ],
    "audiences": ["police", "prosecutors", "judges", "migration-officers"],
    "topics": ["non-punishment"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "the-legal-sources",
            "title": "The legal sources",
            "title_sv": "Rättskällorna",
            "summary": "The Convention, the Directive and the UN guidelines; what the principle "
            "is and is not; how Sweden applies it.",
            "summary_sv": "Konventionen, direktivet och FN:s riktlinjer; vad principen är och inte "
            "är; hur Sverige tillämpar den.",
            "lessons": [
                lesson(
                    "the-legal-sources",
                    "Where the principle comes from",
                    "Var principen kommer ifrån",
                    (LEGAL_SOURCES, LEGAL_SOURCES_SV),
                    LEGAL_SOURCES_SOURCES,
                    LEGAL_SOURCES_CHECKS,
                ),
            ],
        },
        {
            "slug": "forced-criminality-and-begging",
            "title": "Forced criminality and begging",
            "title_sv": "Brottslig exploatering och tiggeri",
            "summary": "How traffickers use people for crime and begging, and how control looks "
            "from the outside.",
            "summary_sv": "Hur människohandlare använder människor till brott och tiggeri, och hur "
            "kontroll ser ut utifrån.",
            "lessons": [
                lesson(
                    "compelled-offences",
                    "Compelled offences and forced begging",
                    "Brott under tvång och tvångstiggeri",
                    (COMPELLED_OFFENCES, COMPELLED_OFFENCES_SV),
                    COMPELLED_OFFENCES_SOURCES,
                    COMPELLED_OFFENCES_CHECKS,
                ),
            ],
        },
        {
            "slug": "seeing-the-crime-behind-the-crime",
            "title": "Seeing the crime behind the crime",
            "title_sv": "Att se brottet bakom brottet",
            "summary": "Two cases from the first hour: children caught stealing, and a boy "
            "found at a cannabis grow.",
            "summary_sv": "Två fall från den första timmen: barn som grips för stöld och en pojke "
            "som påträffas i en cannabisodling.",
            "lessons": [
                lesson(
                    "case-the-shoplifting-charge",
                    "Case: the teenage shoplifters",
                    "Fall: de unga snattarna",
                    (SHOPLIFTING_CASE, SHOPLIFTING_CASE_SV),
                    SHOPLIFTING_CASE_SOURCES,
                    SHOPLIFTING_CASE_CHECKS,
                ),
                lesson(
                    "case-the-cannabis-grow",
                    "Case: the boy at the cannabis grow",
                    "Fall: pojken i cannabisodlingen",
                    (CANNABIS_GROW, CANNABIS_GROW_SV),
                    CANNABIS_GROW_SOURCES,
                    CANNABIS_GROW_CHECKS,
                ),
            ],
        },
        {
            "slug": "immigration-and-administrative-penalties",
            "title": "Immigration and administrative penalties",
            "title_sv": "Påföljder enligt utlänningsrätten och andra förvaltningsbeslut",
            "summary": "Refusals, detention, removal, entry bans and fines: when the principle "
            "reaches decisions that are not sentences.",
            "summary_sv": "Avslag, förvar, avvisning, utvisning, återreseförbud och böter: när "
            "principen når beslut som inte är straff.",
            "lessons": [
                lesson(
                    "immigration-and-administrative-penalties",
                    "Penalties that are not sentences",
                    "Påföljder som inte är straff",
                    (IMMIGRATION_PENALTIES, IMMIGRATION_PENALTIES_SV),
                    IMMIGRATION_PENALTIES_SOURCES,
                    IMMIGRATION_PENALTIES_CHECKS,
                ),
            ],
        },
        {
            "slug": "case-law",
            "title": "Case law",
            "title_sv": "Rättspraxis",
            "summary": "V.C.L. and A.N. v. the United Kingdom (2021) and what it asks of each "
            "role.",
            "summary_sv": "V.C.L. och A.N. mot Förenade kungariket (2021) och vad domen kräver av "
            "varje yrkesroll.",
            "lessons": [
                lesson(
                    "case-law-vcl-and-an",
                    "V.C.L. and A.N. v. the United Kingdom",
                    "V.C.L. och A.N. mot Förenade kungariket",
                    (CASE_LAW, CASE_LAW_SV),
                    CASE_LAW_SOURCES,
                    CASE_LAW_CHECKS,
                ),
            ],
        },
    ],
}

CASES = [
    (SHOPLIFTERS_CASE, SHOPLIFTERS_CASE_SV),
    (CANNABIS_CASE, CANNABIS_CASE_SV),
]
"""The course's formative cases, English and Swedish: its tests run courses.branching over
each."""
