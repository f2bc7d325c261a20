"""J1 "Trafficking law in court", for judges (../shared/CURRICULUM.md: a recommended path, K0 +
J1 + NP, not a required one): the elements of the offences; trafficking, procuring and human
exploitation told apart; traumatised witnesses, their protection and a changing account;
non-punishment at trial and in sentencing; the injured party's protection and compensation; and
what the European Court of Human Rights said in *Rantsev v. Cyprus and Russia*, *S.M. v.
Croatia* (Grand Chamber) and *Chowdury and Others v. Greece*.

Judicial independence is the course's frame: it explains the law, the judgments and what is
known about trauma and testimony, and never tells a judge how to decide a case. Its cases train
the steps of a fair process (weighing all the evidence, considering the protective measures the
law allows, examining a claim of trafficking), never an outcome.

The seeds say that "the judiciary needs to be informed" and ask that victims' "crime behind the
crime" be seen; the law comes from the public sources each lesson cites. Swedish section numbers
and court routines the course could not confirm in a source read for it are marked ``CHECK`` and
listed for the reviewers."""

from courses.demo.cases import case_spec
from courses.demo.content import CONTENT_WARNING, CONTENT_WARNING_SV, lesson
from courses.demo.sources import (
    CHECK,
    COE_ARTICLE_26,
    ECTHR_VCL,
    EU_DIRECTIVE_2011,
    OSCE_2013,
    PALERMO,
    SEED_PLATFORM,
    source,
)

# Sources read for this course (December 2026) --------------------------------------------------

ECTHR_RANTSEV = source(
    "Rantsev v. Cyprus and Russia, application no. 25965/04, judgment (First Section) of "
    "7 January 2010, final on 10 May 2010",
    "European Court of Human Rights",
    "2010",
    "http://www.bailii.org/eu/cases/ECHR/2010/22.html",
    title_sv="Rantsev mot Cypern och Ryssland, mål nr 25965/04, dom (första sektionen) den "
    "7 januari 2010, slutlig den 10 maj 2010",
    publisher_sv="Europadomstolen",
    link_text="BAILII",
)
ECTHR_SM_GC = source(
    "S.M. v. Croatia [GC], application no. 60561/14, Grand Chamber judgment of 25 June 2020 "
    "(and the Chamber judgment of 19 July 2018)",
    "European Court of Human Rights",
    "2020",
    "https://laweuro.com/?p=12199",
    title_sv="S.M. mot Kroatien [stora kammaren], mål nr 60561/14, stora kammarens dom den "
    "25 juni 2020 (och kammarens dom den 19 juli 2018)",
    publisher_sv="Europadomstolen",
    link_text="LawEuro",
)
ECTHR_CHOWDURY = source(
    "Chowdury and Others v. Greece, application no. 21884/15, judgment (First Section) of "
    "30 March 2017, and the Court's Information Note no. 205",
    "European Court of Human Rights",
    "2017",
    "https://app.lexploria.com/document/831530-chowdury-and-others-v-greece",
    title_sv="Chowdury m.fl. mot Grekland, mål nr 21884/15, dom (första sektionen) den "
    "30 mars 2017, och domstolens Information Note nr 205",
    publisher_sv="Europadomstolen",
    link_text="Lexploria",
)
UNODC_CASE_DIGEST = source(
    "Case Digest: Evidential Issues in Trafficking in Persons Cases",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2017",
    "https://sherloc.unodc.org/cld/en/news/items/case-digest.html",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="UNODC SHERLOC",
)
UNODC_MODULE_12 = source(
    "Anti-human trafficking manual for criminal justice practitioners, Module 12: Protection and "
    "assistance to victim-witnesses in trafficking in persons cases",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2009",
    "https://www.unodc.org/unodc/en/human-trafficking/2009/anti-human-trafficking-manual.html",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
)
UNODC_TOOLKIT_5_18 = source(
    "Toolkit to Combat Trafficking in Persons, Tool 5.18: Witness protection during and after "
    "the prosecution and trial",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2008",
    "https://docslib.org/doc/5003730/tool-5-18-witness-protection-during-and-after-the-"
    "prosecution-and-trial",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="docslib.org",
)
COE_ARTICLE_28 = source(
    "Council of Europe Convention on Action against Trafficking in Human Beings, article 28 "
    "(protection of victims, witnesses and collaborators with the judicial authorities), as "
    "quoted by the Barnahus network",
    "Council of Europe, via barnahus.eu",
    "2005",
    "https://www.barnahus.eu/en/relevant-laws-and-guidance/council-of-europe-convention-on-"
    "action-against-trafficking-in-human-beings/",
    title_sv="Europarådets konvention om bekämpande av människohandel, artikel 28 (skydd för "
    "offer, vittnen och personer som samarbetar med rättsväsendet), återgiven av "
    "Barnahusnätverket",
    publisher_sv="Europarådet, via barnahus.eu",
    link_text="barnahus.eu",
)
LAGRADSREMISS_2018 = source(
    "Lagrådsremiss Stärkt ordning och säkerhet i domstol (referral to the Council on "
    "Legislation: stronger order and security in court)",
    "Government of Sweden, Ministry of Justice",
    "2018",
    "https://docplayer.se/amp/112667629-Anneli-skoglund-justitiedepartementet-"
    "lagradsremissens-huvudsakliga-innehall.html",
    title_sv="Lagrådsremiss Stärkt ordning och säkerhet i domstol",
    publisher_sv="Regeringen, Justitiedepartementet",
    link_text="docplayer.se",
)
MMM_LEGAL_SUPPORT = source(
    "Manual vid misstanke om människohandel (MMM), step 3: initial support, 3.3 legal support",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/inledande-stod/",
    title_sv="Manual vid misstanke om människohandel (MMM), steg 3: inledande stöd, 3.3 rättsligt "
    "stöd",
    publisher_sv="Jämställdhetsmyndigheten, NSPM:s webbsida",
    year_sv="läst december 2026",
)
LEXIQON_INTERVIEW = source(
    "Silvia Ingolfsdottir Åkermark om människohandel i Sverige (interview on the elements of "
    "the Swedish trafficking offence)",
    "Lexiqon, web page",
    "read December 2026",
    "https://lexiqon.se/silvia-ingolfsdottir-akermark-om-manniskohandel-i-sverige/",
    title_sv="Silvia Ingolfsdottir Åkermark om människohandel i Sverige (intervju)",
    publisher_sv="Lexiqon, webbsida",
    year_sv="läst december 2026",
)


# Module 1, lesson 1: the elements of the offence ----------------------------------------------

ELEMENTS = [
    (
        "text",
        "<h2>Why this course exists, and what it will not do</h2><p>Sweden's civil-society "
        "platform against trafficking wrote in its plan for 2017 that the judiciary needs to be "
        "informed, and mentioned specialised judges as one way to get there. This course is "
        "that information: the law, what the European Court of Human Rights has said about it, "
        "and what is known about trauma and testimony. It does not tell you how to decide a "
        "case. Weighing the evidence and applying the law to it is the court's task alone; the "
        "course only makes sure that nothing the law asks you to consider is left out.</p>"
        "<h2>Three elements</h2><p>The international definition, in article 3 of the UN "
        "Palermo Protocol (2000), is built from three elements:</p><ul>"
        "<li><strong>An act</strong>: recruitment, transportation, transfer, harbouring or "
        "receipt of a person.</li>"
        "<li><strong>A means</strong>: the threat or use of force or other coercion, abduction, "
        "fraud, deception, the abuse of power or of a position of vulnerability, or giving "
        "payments or benefits to someone who has control over the person.</li>"
        "<li><strong>A purpose</strong>: exploitation, which includes at a minimum the "
        "exploitation of the prostitution of others or other sexual exploitation, forced labour "
        "or services, slavery or similar practices, servitude and the removal of organs.</li>"
        "</ul><p>Two rules follow from the same article. Where one of the means has been used, "
        "the victim's consent to the intended exploitation is irrelevant. And when the victim "
        "is a child, under 18, no means needs to be shown at all: the act and the purpose are "
        "enough.</p>"
        "<h2>The Swedish offence</h2><p>The Swedish Penal Code builds the offence of "
        "<em>människohandel</em> the same way, in chapter 4, section 1a. A Swedish lawyer who "
        "works with trafficking cases sums it up: the offender must, by an improper means — "
        "such as unlawful coercion, deception or exploiting someone's vulnerable situation — "
        "have brought about a trafficking act, such as recruitment, transport, harbouring or "
        "receipt; there must be a causal link between the means and the act; and the purpose "
        f"must be that the victim will be exploited. {CHECK} She adds that the former "
        "requirement that the offender had taken <em>control</em> over the victim was removed "
        "in 2010, and that courts should therefore not ask for a particular relation of power "
        f"between offender and victim. {CHECK}</p>"
        "<h2>What Strasbourg adds</h2><p>In <em>S.M. v. Croatia</em> (2020) the Grand Chamber "
        "held that human trafficking falls within article 4 of the European Convention on "
        "Human Rights when the three constituent elements of the international definition — "
        "action, means and exploitative purpose — are present together; that the concept "
        "covers national as well as transnational trafficking, whether or not it is connected "
        "with organised crime; and that whether a situation amounts to trafficking or forced "
        "prostitution is a factual question, to be examined in the light of all the relevant "
        "circumstances of the case. Trafficking does not require a border, a gang or a "
        "transport across Europe: <em>S.M.</em> concerned a Croatian woman and a former "
        "policeman in her own country.</p>"
        "<p><em>Reading a charge.</em> When an indictment alleges trafficking, each element is "
        "a separate question of proof: which act, by which means, for which purpose, and — "
        "for an adult — how the means and the act are linked. A missing element is not a "
        "reason to look away from the facts; it may point to another offence (the next "
        "lesson).</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Trafficking is an act, a means and a purpose; for a child, the means is not "
                "required",
                "Where a means was used, consent to the exploitation is irrelevant",
                "Trafficking may be national, without organised crime: the facts decide, "
                "examined as a whole",
                "The course explains the law; deciding the case is for the court alone",
            ],
        },
    ),
]

ELEMENTS_SV = [
    (
        "text",
        "<h2>Varför kursen finns, och vad den inte gör</h2><p>Plattformen Civila Sverige mot "
        "människohandel skrev i sin verksamhetsplan för 2017 att rättsväsendet behöver "
        "informeras och nämnde specialiserade domare som en möjlig väg. Den här kursen är en "
        "sådan information: lagen, vad Europadomstolen har sagt om den och vad vi vet om trauma "
        "och utsagor. Den säger inte hur ett mål ska avgöras. Att värdera bevisningen och "
        "tillämpa lagen på den är rättens sak och ingen annans; kursen ser bara till att inget "
        "som lagen kräver att rätten beaktar faller bort.</p>"
        "<h2>Tre led</h2><p>Den internationella definitionen i artikel 3 i FN:s "
        "Palermoprotokoll (2000) består av tre led:</p><ul>"
        "<li><strong>En handelsåtgärd</strong>: att rekrytera, transportera, överföra, hysa "
        "eller ta emot en person.</li>"
        "<li><strong>Ett otillbörligt medel</strong>: hot om eller användning av våld eller "
        "annat tvång, bortförande, bedrägeri, vilseledande, missbruk av makt eller av någons "
        "utsatta belägenhet, eller betalning eller förmåner till någon som har kontroll över "
        "personen.</li>"
        "<li><strong>Ett syfte</strong>: exploatering, som åtminstone omfattar utnyttjande av "
        "andras prostitution eller andra former av sexuell exploatering, tvångsarbete eller "
        "tvångstjänster, slaveri eller slaveriliknande förhållanden, träldom och avlägsnande av "
        "organ.</li></ul><p>Två regler följer av samma artikel. Har ett otillbörligt medel "
        "använts saknar offrets samtycke till exploateringen betydelse. Och är offret ett barn, "
        "under 18 år, behöver inget medel visas: handelsåtgärden och syftet räcker.</p>"
        "<h2>Det svenska brottet</h2><p>Brottsbalken bygger upp brottet "
        "<em>människohandel</em> på samma sätt, i 4 kap. 1 a §. En svensk jurist som arbetar "
        "med människohandelsmål sammanfattar det så här: gärningspersonen ska genom ett "
        "otillbörligt medel — till exempel olaga tvång, vilseledande eller utnyttjande av "
        "någons utsatta belägenhet — ha vidtagit en handelsåtgärd, som rekrytering, transport, "
        "inhysande eller mottagande; det krävs ett orsakssamband mellan medlet och "
        f"handelsåtgärden; och syftet ska vara att offret ska exploateras. {CHECK} Hon tillägger "
        "att det tidigare kravet på att gärningspersonen tagit <em>kontroll</em> över offret "
        "togs bort 2010, och att domstolarna därför inte bör kräva ett särskilt "
        f"maktförhållande mellan gärningsperson och offer. {CHECK}</p>"
        "<h2>Vad Strasbourg tillför</h2><p>I <em>S.M. mot Kroatien</em> (2020) slog stora "
        "kammaren fast att människohandel omfattas av artikel 4 i Europakonventionen när den "
        "internationella definitionens tre led — handling, medel och exploateringssyfte — "
        "föreligger tillsammans; att begreppet omfattar både nationell och gränsöverskridande "
        "människohandel, oavsett om den har samband med organiserad brottslighet; och att "
        "frågan om en situation utgör människohandel eller påtvingad prostitution är en "
        "faktisk fråga som ska prövas mot bakgrund av samtliga omständigheter i målet. "
        "Människohandel kräver alltså ingen gräns, inget nätverk och ingen resa genom Europa: "
        "<em>S.M.</em> gällde en kroatisk kvinna och en före detta polis i hennes eget land.</p>"
        "<p><em>Att läsa en gärningsbeskrivning.</em> När åtalet avser människohandel är varje "
        "led en egen bevisfråga: vilken handelsåtgärd, genom vilket medel, i vilket syfte och "
        "— när offret är vuxet — hur medlet och åtgärden hänger ihop. Ett led som inte kan "
        "styrkas är inget skäl att bortse från omständigheterna; det kan peka mot ett annat "
        "brott (nästa lektion).</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Människohandel är en handelsåtgärd, ett otillbörligt medel och ett syfte; för "
                "barn krävs inget medel",
                "Har ett otillbörligt medel använts saknar samtycke till exploateringen betydelse",
                "Människohandel kan vara nationell och sakna koppling till organiserad "
                "brottslighet: omständigheterna i sin helhet avgör",
                "Kursen förklarar rätten; att avgöra målet är rättens sak",
            ],
        },
    ),
]

ELEMENTS_CHECKS = (
    [
        "The elements of chapter 4, section 1a of the Swedish Penal Code are given as a "
        "practising lawyer summarises them in an interview; confirm against the statute's "
        "current wording",
        "The removal of the control requirement in 2010 (from the same interview): confirm the "
        "year and the amending act",
    ],
    [
        "Rekvisiten i 4 kap. 1 a § brottsbalken återges så som en verksam jurist sammanfattar "
        "dem i en intervju; stäm av mot lagtextens nuvarande lydelse",
        "Att kontrollrekvisitet togs bort 2010 (ur samma intervju): bekräfta året och "
        "ändringsförfattningen",
    ],
)
ELEMENTS_SOURCES = [PALERMO, LEXIQON_INTERVIEW, ECTHR_SM_GC, SEED_PLATFORM]


# Module 1, lesson 2: trafficking, procuring and exploitation ----------------------------------

NEIGHBOURS = [
    (
        "text",
        "<h2>Three offences, overlapping facts</h2><p>The same facts — a woman who sells sex "
        "and hands over her earnings, a man who picks berries for almost nothing and sleeps in "
        "a shed — can fit several offences. Swedish law has at least three that sit next to "
        "each other:</p><ul>"
        "<li><strong>Trafficking</strong> (<em>människohandel</em>, Penal Code chapter 4, "
        "section 1a): the act, the means and the purpose of the previous lesson. The purpose "
        f"is enough; the exploitation need not have begun. {CHECK}</li>"
        "<li><strong>Human exploitation</strong> (<em>människoexploatering</em>, chapter 4, "
        "section 1b, since 2018): exploiting a person in forced labour, in work on manifestly "
        "unreasonable terms, or in begging — the exploitation itself, with no trafficking act "
        f"required. {CHECK}</li>"
        "<li><strong>Procuring</strong> (<em>koppleri</em>, chapter 6): promoting or "
        "exploiting another person's sale of sex for payment; no coercion needs to be shown. "
        f"{CHECK}</li></ul>"
        "<p>Which offence is charged is the prosecutor's decision, and the court is bound by "
        "the act described in the indictment, although not by the prosecutor's legal "
        f"classification of it. {CHECK} Alternative charges are therefore common. What this "
        "lesson offers is a way of reading the facts so that none of the questions is skipped.</p>"
        "<h2>When the charge is too narrow: <em>S.M. v. Croatia</em></h2><p>S.M. reported that "
        "T.M., a former policeman, had physically and psychologically forced her into "
        "prostitution. He was indicted for forcing another person into prostitution, as an "
        "aggravated form of organising prostitution. In 2013 the criminal court acquitted him: "
        "it found that he had organised a prostitution ring and recruited her into it, but not "
        "that he had forced her — and because he had been indicted only for the aggravated "
        "form, he could not be convicted of the basic one. The Grand Chamber found a violation "
        "of article 4, pointing to the authorities' failure to follow obvious lines of inquiry "
        "and to prima facie evidence of recruitment through Facebook, use of force, elements "
        "of harbouring and debt bondage, and of an accused able to take a dominant position "
        "over her and abuse her vulnerability. The Grand Chamber also held that forced "
        "prostitution is protected against under article 4's notion of forced or compulsory "
        "labour whether or not it is linked to trafficking.</p>"
        "<h2>When consent is misread: <em>Chowdury and Others v. Greece</em></h2><p>Forty-two "
        "Bangladeshi nationals without work permits picked strawberries in Manolada under "
        "armed guards, were not paid and lived in makeshift shacks without toilets or running "
        "water; when about a hundred workers demanded their wages in April 2013, a guard "
        "opened fire and seriously injured some of them. The assize court convicted for the "
        "injuries but dismissed the trafficking charge on the grounds that the workers had "
        "signed up willingly and had not lost the freedom of movement that would let them "
        "leave. The Court found that their situation was one of human trafficking and forced "
        "labour, that exploitation through labour is one aspect of trafficking, and that "
        "Greece had failed in its obligations to prevent trafficking, protect the victims, "
        "investigate effectively and punish those responsible.</p>"
        "<p><em>For the bench.</em> Neither judgment tells a national court what verdict to "
        "reach. Both show what goes wrong when the questions are asked too narrowly: whether "
        "she was forced at the start, whether they could walk away at weekends. The elements "
        "are read against all the circumstances: the vulnerability, the debt, the threats, "
        "what the person could realistically do.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Questions the facts may raise",
            "intro": "A reading aid, not a test of guilt: each answer is for the evidence and "
            "the court.",
            "groups": [
                {
                    "heading": "Trafficking",
                    "indicators": [
                        "Was there an act (recruitment, transport, harbouring, receipt)?",
                        "By which means — and is the victim under 18, so that none is required?",
                        "For which purpose of exploitation?",
                    ],
                },
                {
                    "heading": "Exploitation and procuring",
                    "indicators": [
                        "Was the person exploited in forced labour, in manifestly unreasonable "
                        "work or in begging?",
                        "Did someone promote or profit from another person's sale of sex?",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Trafficking, human exploitation and procuring overlap; the prosecutor charges, "
                "the court judges the act charged",
                "S.M.: forced prostitution falls under article 4 even without trafficking",
                "Chowdury: signing up willingly and some freedom of movement did not stop the "
                "Court from finding trafficking and forced labour",
            ],
        },
    ),
]

NEIGHBOURS_SV = [
    (
        "text",
        "<h2>Tre brott, överlappande omständigheter</h2><p>Samma omständigheter — en kvinna som "
        "säljer sex och lämnar ifrån sig pengarna, en man som plockar bär för nästan ingenting "
        "och sover i ett skjul — kan passa in på flera brott. Svensk rätt har minst tre som "
        "ligger nära varandra:</p><ul>"
        "<li><strong>Människohandel</strong> (4 kap. 1 a § brottsbalken): handelsåtgärden, "
        "medlet och syftet från förra lektionen. Syftet räcker; exploateringen behöver inte ha "
        f"börjat. {CHECK}</li>"
        "<li><strong>Människoexploatering</strong> (4 kap. 1 b §, sedan 2018): att exploatera "
        "någon i tvångsarbete, i arbete under uppenbart orimliga villkor eller i tiggeri — "
        f"själva exploateringen, utan krav på någon handelsåtgärd. {CHECK}</li>"
        "<li><strong>Koppleri</strong> (6 kap.): att främja eller utnyttja att någon annan har "
        f"sexuella förbindelser mot ersättning; inget tvång behöver visas. {CHECK}</li></ul>"
        "<p>Vilket brott som åtalas avgör åklagaren, och rätten är bunden av den gärning som "
        "åtalet avser men inte av åklagarens rättsliga kvalificering av den. "
        f"{CHECK} Alternativa yrkanden är därför vanliga. Det lektionen erbjuder är ett sätt "
        "att läsa omständigheterna så att ingen av frågorna hoppas över.</p>"
        "<h2>När åtalet är för snävt: <em>S.M. mot Kroatien</em></h2><p>S.M. anmälde att "
        "T.M., en före detta polis, fysiskt och psykiskt hade tvingat henne till prostitution. "
        "Han åtalades för att ha tvingat någon till prostitution, som en grov form av att "
        "organisera prostitution. Brottmålsdomstolen frikände honom 2013: den fann utrett att "
        "han hade organiserat en prostitutionsverksamhet och rekryterat henne till den, men "
        "inte att han tvingat henne — och eftersom åtalet bara avsåg den grova formen kunde han "
        "inte dömas för grundbrottet. Stora kammaren fann en kränkning av artikel 4 och pekade "
        "på att myndigheterna inte följt uppenbara utredningsspår, och på prima facie-bevisning "
        "om rekrytering via Facebook, våld, inslag av inhysning och skuldslaveri, och om en "
        "tilltalad som kunde inta en dominerande ställning över henne och utnyttja hennes "
        "utsatthet. Stora kammaren slog också fast att påtvingad prostitution omfattas av "
        "artikel 4:s begrepp tvångsarbete, oavsett om den har samband med människohandel.</p>"
        "<h2>När samtycket feltolkas: <em>Chowdury m.fl. mot Grekland</em></h2><p>Fyrtiotvå "
        "medborgare i Bangladesh utan arbetstillstånd plockade jordgubbar i Manolada under "
        "beväpnade vakter, fick ingen lön och bodde i provisoriska skjul utan toaletter och "
        "rinnande vatten; när omkring hundra arbetare krävde sina löner i april 2013 öppnade en "
        "vakt eld och skadade flera allvarligt. Domstolen i Grekland dömde för skadorna men "
        "ogillade åtalet för människohandel med motiveringen att arbetarna tagit anställning "
        "frivilligt och inte förlorat den rörelsefrihet som skulle låta dem lämna arbetet. "
        "Europadomstolen fann att deras situation var människohandel och tvångsarbete, att "
        "exploatering genom arbete är en form av människohandel och att Grekland hade brustit i "
        "sina skyldigheter att förebygga människohandel, skydda offren, utreda effektivt och "
        "straffa de ansvariga.</p>"
        "<p><em>För rätten.</em> Ingen av domarna säger vilken dom en nationell domstol ska "
        "meddela. Båda visar vad som går fel när frågorna ställs för snävt: om hon tvingades "
        "från början, om de kunde gå därifrån på helgerna. Rekvisiten läses mot samtliga "
        "omständigheter: utsattheten, skulden, hoten, vad personen realistiskt kunde göra.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Frågor som omständigheterna kan väcka",
            "intro": "Ett läsmoment, inget skuldtest: varje svar är en fråga för bevisningen "
            "och för rätten.",
            "groups": [
                {
                    "heading": "Människohandel",
                    "indicators": [
                        "Fanns en handelsåtgärd (rekrytering, transport, inhysande, mottagande)?",
                        "Genom vilket medel — och är offret under 18 år, så att inget medel krävs?",
                        "I vilket exploateringssyfte?",
                    ],
                },
                {
                    "heading": "Exploatering och koppleri",
                    "indicators": [
                        "Exploaterades personen i tvångsarbete, i uppenbart orimligt arbete "
                        "eller i tiggeri?",
                        "Främjade eller tjänade någon på att en annan person sålde sex?",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Människohandel, människoexploatering och koppleri överlappar; åklagaren "
                "åtalar, rätten dömer över den åtalade gärningen",
                "S.M.: påtvingad prostitution omfattas av artikel 4 även utan människohandel",
                "Chowdury: frivillig anställning och viss rörelsefrihet hindrade inte "
                "Europadomstolen från att finna människohandel och tvångsarbete",
            ],
        },
    ),
]

NEIGHBOURS_CHECKS = (
    [
        "That the purpose suffices for trafficking under chapter 4, section 1a (the "
        "exploitation need not have begun): confirm against the statute and its preparatory "
        "works",
        "Chapter 4, section 1b (human exploitation, since 2018): confirm the wording and the "
        "date it came into force",
        "Procuring (koppleri) in chapter 6 of the Penal Code: confirm the section number and "
        "its current wording",
        "The court's being bound by the act charged but not by its legal classification "
        "(Code of Judicial Procedure, chapter 30, section 3): confirm the section and wording",
    ],
    [
        "Att syftet räcker för människohandel enligt 4 kap. 1 a § (exploateringen behöver inte "
        "ha börjat): stäm av mot lagtexten och förarbetena",
        "4 kap. 1 b § (människoexploatering, sedan 2018): bekräfta lydelsen och dagen för "
        "ikraftträdandet",
        "Koppleri i 6 kap. brottsbalken: bekräfta paragrafnumret och den nuvarande lydelsen",
        "Att rätten är bunden av den åtalade gärningen men inte av den rättsliga "
        "kvalificeringen (30 kap. 3 § rättegångsbalken): bekräfta paragrafen och lydelsen",
    ],
)
NEIGHBOURS_SOURCES = [ECTHR_SM_GC, ECTHR_CHOWDURY, LEXIQON_INTERVIEW]


# Module 2: traumatised witnesses -------------------------------------------------------------

TESTIMONY_CASE = case_spec(
    "A testimony that changes",
    "<p>You preside over a trial for trafficking for sexual purposes. The injured party, "
    "Elena, 24, was heard by the police twice during the preliminary investigation. At the "
    "main hearing her account of when she first met the defendant and of how many weeks she "
    "spent in the flat differs from what she told the police. The defence says the "
    "differences show she is not telling the truth.</p>",
    [
        (
            "the-change",
            "<p>Elena is visibly distressed. She says she was frightened and confused at the "
            "first interview, and that she “did not want to say everything then”. The other "
            "evidence includes text messages, money transfers and a neighbour's statement.</p>",
            [
                (
                    "Note the differences and weigh them, in deliberation, together with the rest "
                    "of the evidence and what is known about how trauma can affect an account",
                    "weighing",
                    "The differences are part of the assessment, neither ignored nor decisive on "
                    "their own. The court goes on to look at what in her account is constant "
                    "and at what the other evidence supports.",
                    2,
                    "",
                ),
                (
                    "Conclude that a changing account is a lying account and disregard her "
                    "testimony",
                    "dismissed",
                    "Her testimony is set aside on the strength of the differences alone; the "
                    "messages, the transfers and the neighbour's statement are never weighed "
                    "against it.",
                    0,
                    "Inconsistencies in a traumatised witness's account are not in themselves "
                    "proof that she lies. In S.M. v. Croatia the Strasbourg Court criticised "
                    "courts that made no assessment of the possible impact of psychological "
                    "trauma on a victim's ability to relate events consistently. Weigh the "
                    "differences with all the other evidence.",
                ),
                (
                    "Ask her sharply, from the bench, which version is the true one",
                    "pressed",
                    "Elena falls silent, then says she no longer remembers. Her counsel asks "
                    "for a break.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "weighing",
            "<p>In deliberation, a lay judge says: “If she really had been forced, she would "
            "have run away when he left her alone in the flat.”</p>",
            [
                (
                    "Point out that a failure to flee can also reflect control and fear, and that "
                    "the court must look at the whole situation and all the evidence before "
                    "drawing any conclusion",
                    "sound-reasoning",
                    "The deliberation turns to what the evidence shows about the debt, the "
                    "threats and her situation in the flat. The judgment explains how the "
                    "differences in her account were weighed.",
                    2,
                    "",
                ),
                (
                    "Let the remark stand: it is a matter of common sense",
                    "unexamined",
                    "The remark shapes the deliberation without anyone asking what the evidence "
                    "says about why she stayed.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "sound-reasoning",
            "Weighed as a whole",
            "<p>The changes in her account were neither ignored nor treated as proof of lying: "
            "they were weighed with the messages, the transfers, the neighbour's statement and "
            "what is known about trauma. Whatever the verdict, the reasons show that all the "
            "evidence was considered. UNODC's case digest notes that a victim who does not flee "
            "may be under strong control, and that inconsistencies can even show that a "
            "statement has not been coached.</p>",
        ),
        (
            "unexamined",
            "An assumption left unexamined",
            "<p>The court weighed the differences but let an assumption about how a victim "
            "“should” behave go unexamined. A failure to flee can reflect control; the question "
            "is what the evidence shows.</p>",
        ),
        (
            "pressed",
            "Pressure from the bench",
            "<p>Pressing a distressed witness for “the true version” made her fall silent and "
            "gave the court less to weigh, not more. Let the parties examine her, allow breaks, "
            "and weigh the differences in deliberation.</p>",
        ),
        (
            "dismissed",
            "A testimony dismissed on its inconsistencies alone",
            "<p>The differences were treated as decisive without weighing them against the rest "
            "of the evidence or considering how trauma affects memory and telling. That is the "
            "kind of assessment the Strasbourg Court found wanting in S.M. v. Croatia.</p>",
        ),
    ],
)

TESTIMONY_CASE_SV = case_spec(
    "En utsaga som ändras",
    "<p>Du är ordförande i ett mål om människohandel för sexuella ändamål. Målsäganden, "
    "Elena, 24 år, förhördes två gånger av polisen under förundersökningen. Vid "
    "huvudförhandlingen skiljer sig hennes berättelse om när hon först träffade den tilltalade "
    "och om hur många veckor hon var i lägenheten från det hon sa till polisen. Försvaret "
    "menar att skillnaderna visar att hon inte talar sanning.</p>",
    [
        (
            "the-change",
            "<p>Elena är synbart upprörd. Hon säger att hon var rädd och förvirrad vid det "
            "första förhöret och att hon ”inte ville säga allt då”. Den övriga bevisningen "
            "omfattar sms, penningöverföringar och en grannes uppgifter.</p>",
            [
                (
                    "Notera skillnaderna och väg dem vid överläggningen tillsammans med den "
                    "övriga bevisningen och det som är känt om hur trauma kan påverka en "
                    "berättelse",
                    "weighing",
                    "Skillnaderna blir en del av bedömningen, varken förbisedda eller ensamt "
                    "avgörande. Rätten ser vidare på vad i hennes berättelse som är konstant och "
                    "vad den övriga bevisningen stöder.",
                    2,
                    "",
                ),
                (
                    "Dra slutsatsen att en berättelse som ändras är en lögn och bortse från "
                    "hennes utsaga",
                    "dismissed",
                    "Hennes utsaga läggs åt sidan enbart på grund av skillnaderna; sms:en, "
                    "överföringarna och grannens uppgifter vägs aldrig mot den.",
                    0,
                    "Motsägelser i en traumatiserad persons berättelse är inte i sig bevis för "
                    "att hon ljuger. I S.M. mot Kroatien kritiserade Europadomstolen domstolar "
                    "som inte gjort någon bedömning av hur psykiskt trauma kan ha påverkat "
                    "offrets förmåga att berätta sammanhängande. Väg skillnaderna mot all "
                    "övrig bevisning.",
                ),
                (
                    "Fråga henne skarpt från domarbordet vilken version som är den sanna",
                    "pressed",
                    "Elena tystnar och säger sedan att hon inte längre minns. Hennes "
                    "målsägandebiträde begär en paus.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "weighing",
            "<p>Under överläggningen säger en nämndeman: ”Om hon verkligen hade varit tvingad "
            "hade hon väl sprungit därifrån när han lämnade henne ensam i lägenheten.”</p>",
            [
                (
                    "Påpeka att den som inte flyr också kan vara kontrollerad och rädd, och att "
                    "rätten måste se till hela situationen och all bevisning innan den drar "
                    "någon slutsats",
                    "sound-reasoning",
                    "Överläggningen går över till vad bevisningen visar om skulden, hoten och "
                    "hennes situation i lägenheten. Domskälen förklarar hur skillnaderna i "
                    "hennes berättelse vägts.",
                    2,
                    "",
                ),
                (
                    "Låt kommentaren stå: det är sunt förnuft",
                    "unexamined",
                    "Kommentaren präglar överläggningen utan att någon frågar vad bevisningen "
                    "säger om varför hon stannade.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "sound-reasoning",
            "Vägt i sin helhet",
            "<p>Förändringarna i hennes berättelse varken förbisågs eller behandlades som bevis "
            "för lögn: de vägdes mot sms:en, överföringarna, grannens uppgifter och det som är "
            "känt om trauma. Oavsett utgång visar domskälen att all bevisning har beaktats. "
            "UNODC:s rättsfallssammanställning påpekar att ett offer som inte flyr kan stå under "
            "stark kontroll, och att motsägelser till och med kan visa att en utsaga inte är "
            "inövad.</p>",
        ),
        (
            "unexamined",
            "Ett antagande som aldrig prövades",
            "<p>Rätten vägde skillnaderna men lät ett antagande om hur ett offer ”borde” bete "
            "sig passera oprövat. Att inte fly kan spegla kontroll; frågan är vad bevisningen "
            "visar.</p>",
        ),
        (
            "pressed",
            "Press från domarbordet",
            "<p>Att pressa en upprörd målsägande på ”den sanna versionen” fick henne att "
            "tystna och gav rätten mindre att väga, inte mer. Låt parterna höra henne, tillåt "
            "pauser och väg skillnaderna vid överläggningen.</p>",
        ),
        (
            "dismissed",
            "En utsaga avfärdad enbart på grund av motsägelser",
            "<p>Skillnaderna fick avgöra utan att vägas mot den övriga bevisningen och utan "
            "hänsyn till hur trauma påverkar minnet och förmågan att berätta. Det är den sortens "
            "bedömning som Europadomstolen fann bristfällig i S.M. mot Kroatien.</p>",
        ),
    ],
)

WITNESSES = [
    (
        "text",
        "<h2>The central witness, and a fragile one</h2><p>In many trafficking cases the "
        "victim's testimony is the central piece of evidence. UNODC's case digest on evidential "
        "issues (2017), drawn from cases tried in many jurisdictions, notes that trafficking "
        "cases hinge on the behaviour of victims, and warns that patterns which look like "
        "weaknesses may in fact strengthen a case: a victim who does not flee when she could "
        "may be under strong control; inconsistencies may show that a statement was not "
        "coached; a threat that sounds too fantastic to believe may be particularly menacing in "
        "the victim's cultural context. Its lesson is to examine the totality of the "
        "circumstances before gauging any single piece of evidence. One trial court quoted in "
        "the digest, faced with omissions, lapses of memory and contradictions in the account "
        "of a young woman abused over nine months, said it would have been worrisome had she "
        "been able to tell it all in detail and in chronological order.</p>"
        "<h2>What Strasbourg asks of courts</h2><p>In <em>S.M. v. Croatia</em> the Chamber "
        "(2018) found that the national courts had not assessed the possible impact of "
        "psychological trauma on the applicant's ability to relate the circumstances of her "
        "exploitation consistently and clearly. The Grand Chamber (2020) criticised the "
        "authorities' over-reliance on the victim's testimony without taking that possible "
        "impact into account, and their failure to follow obvious lines of inquiry. Neither "
        "judgment says that a victim must be believed; both say that her account must be "
        "assessed with what trauma can do to it in mind, and with the other evidence.</p>"
        "<h2>Protective measures</h2><p>A frightened witness cannot tell the court much. "
        "UNODC's toolkit (2008, tool 5.18) distinguishes measures that protect a witness's "
        "identity, privacy and dignity — video testimony, excluding the public from a hearing "
        "— from measures that protect physical security, such as concealment or anonymity, and "
        "notes that testimony behind screens or anonymous statements are not necessary where the "
        "trafficker already knows who the witness is. The Council of Europe Convention (article 28) asks states to protect "
        "victims and witnesses, and when necessary their families, from retaliation and "
        "intimidation, in particular during and after investigation and prosecution.</p>"
        "<p>Swedish procedural law offers, among others: hearing a witness or injured party "
        "by video link; having the defendant leave the courtroom during the hearing when there "
        "is reason to believe the person would not otherwise speak freely; and holding a "
        f"hearing behind closed doors. {CHECK} In 2018 the Government proposed giving "
        "frightened and vulnerable victims and witnesses greater possibilities to take part by "
        "video, and allowing a party or member of the public who puts pressure on a person "
        f"being heard to be removed from the courtroom. {CHECK} Which measure fits is for the "
        "court to decide in each case, balanced against the defendant's right to a fair trial; "
        "what matters here is that the question is considered, not passed over.</p>",
    ),
    CONTENT_WARNING,
    ("branching_case", TESTIMONY_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Inconsistencies are weighed with all the evidence, never treated alone as proof "
                "of lying",
                "Assess a victim's account with the possible impact of trauma in mind (S.M. v. "
                "Croatia)",
                "Consider the protective measures the law allows before a frightened witness is "
                "heard",
            ],
        },
    ),
]

WITNESSES_SV = [
    (
        "text",
        "<h2>Det centrala vittnet, och ett skört</h2><p>I många människohandelsmål är offrets "
        "utsaga den viktigaste bevisningen. UNODC:s rättsfallssammanställning om bevisfrågor "
        "(2017), som bygger på prövade mål från många länder, konstaterar att "
        "människohandelsmål ofta hänger på offrens beteende, och varnar för att mönster som ser "
        "ut som svagheter i själva verket kan stärka ett mål: ett offer som inte flyr när hon "
        "kunde kan stå under stark kontroll; motsägelser kan visa att en utsaga inte är "
        "inövad; ett hot som låter för fantastiskt för att vara sant kan vara särskilt "
        "skrämmande i offrets kulturella sammanhang. Slutsatsen är att se till samtliga "
        "omständigheter innan man värderar ett enskilt bevis. En domstol som citeras i "
        "sammanställningen konstaterade, inför luckor, minnesbortfall och motsägelser i "
        "berättelsen från en ung kvinna som utsatts för övergrepp under nio månader, att det "
        "hade varit oroande om hon kunnat berätta allt i detalj och i kronologisk ordning.</p>"
        "<h2>Vad Europadomstolen kräver av domstolarna</h2><p>I <em>S.M. mot Kroatien</em> fann "
        "kammaren (2018) att de nationella domstolarna inte hade bedömt hur psykiskt trauma kan "
        "ha påverkat klagandens förmåga att berätta sammanhängande och tydligt om hur hon "
        "utnyttjats. Stora kammaren (2020) kritiserade att myndigheterna förlitat sig för "
        "mycket på offrets utsaga utan att ta hänsyn till traumats möjliga inverkan, och att de "
        "inte följt uppenbara utredningsspår. Ingen av domarna säger att ett offer måste tros; "
        "båda säger att hennes berättelse ska bedömas med traumats möjliga verkan i åtanke, och "
        "tillsammans med den övriga bevisningen.</p>"
        "<h2>Skyddsåtgärder</h2><p>Ett rädt vittne kan inte berätta mycket för rätten. UNODC:s "
        "verktygslåda (2008, verktyg 5.18) skiljer mellan åtgärder som skyddar vittnets "
        "identitet, integritet och värdighet — förhör via video, att allmänheten utestängs "
        "från en förhandling — och åtgärder som skyddar den fysiska säkerheten, som att dölja "
        "vittnet eller låta det vara anonymt, och påpekar att skärmar eller anonyma utsagor "
        "inte behövs när människohandlaren redan vet vem vittnet är. Europarådets konvention (artikel "
        "28) ålägger staterna att skydda offer och vittnen, och vid behov deras familjer, mot "
        "hämnd och hot, särskilt under och efter utredning och åtal.</p>"
        "<p>Rättegångsbalken ger bland annat möjlighet att höra ett vittne eller en målsägande "
        "genom ljud- och bildöverföring; att låta den tilltalade lämna rättssalen under förhöret "
        "när det finns anledning att anta att den hörda annars inte fritt berättar vad hon vet; "
        f"och att hålla förhandlingen inom stängda dörrar. {CHECK} Regeringen föreslog 2018 att "
        "rädda och utsatta brottsoffer och vittnen skulle få större möjlighet att delta genom "
        "videokonferens, och att en part eller åhörare som utsätter en förhörsperson för "
        f"påtryckningar skulle kunna utvisas ur rättssalen. {CHECK} Vilken åtgärd som passar "
        "avgör rätten i varje enskilt mål, avvägd mot den tilltalades rätt till en rättvis "
        "rättegång; det som spelar roll här är att frågan övervägs och inte förbigås.</p>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", TESTIMONY_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Motsägelser vägs mot all bevisning och behandlas aldrig ensamma som bevis för "
                "lögn",
                "Bedöm offrets berättelse med traumats möjliga inverkan i åtanke (S.M. mot "
                "Kroatien)",
                "Överväg de skyddsåtgärder lagen medger innan ett rädt vittne hörs",
            ],
        },
    ),
]

WITNESSES_CHECKS = (
    [
        "Swedish protective measures: hearing by video link (Code of Judicial Procedure, "
        "chapter 5, section 10), the defendant leaving the courtroom during a hearing (chapter "
        "36, section 18, applied to injured parties through chapter 37, section 3) and closed "
        "doors (chapter 5, section 1): confirm each section and its current conditions",
        "The 2018 referral to the Council on Legislation (Stärkt ordning och säkerhet i "
        "domstol) was a proposal due to take effect on 1 March 2019: confirm what was enacted "
        "and its wording",
    ],
    [
        "Skyddsåtgärderna i svensk rätt: förhör genom ljud- och bildöverföring (5 kap. 10 § "
        "rättegångsbalken), att den tilltalade lämnar rättssalen under förhöret (36 kap. 18 §, "
        "som genom 37 kap. 3 § gäller även målsägande) och stängda dörrar (5 kap. 1 §): "
        "bekräfta varje paragraf och dess nuvarande förutsättningar",
        "Lagrådsremissen 2018 (Stärkt ordning och säkerhet i domstol) var ett förslag som "
        "skulle träda i kraft den 1 mars 2019: bekräfta vad som beslutades och lydelsen",
    ],
)
WITNESSES_SOURCES = [
    UNODC_CASE_DIGEST,
    ECTHR_SM_GC,
    UNODC_TOOLKIT_5_18,
    UNODC_MODULE_12,
    COE_ARTICLE_28,
    LAGRADSREMISS_2018,
]


# Module 3: non-punishment at trial and in sentencing ------------------------------------------

DOCK_CASE = case_spec(
    "A defendant who says she was forced",
    "<p>You preside over a trial of Mira, 20, charged with aggravated theft: she was caught "
    "with a group stealing from shops in several towns. She was arrested with no identity "
    "documents. At the main hearing she says, through an interpreter, that a man who brought "
    "her to Sweden took her passport, that she “owes” him for the journey and that he "
    "decides where she goes each day.</p>",
    [
        (
            "the-claim",
            "<p>The prosecutor says her account was not investigated: “The theft is proved; "
            "who she works for is another matter.” The defence has not raised trafficking "
            "before.</p>",
            [
                (
                    "Ensure that the claim is addressed: ask the parties whether any assessment "
                    "of her as a possible victim of trafficking has been made, and consider "
                    "whether the case needs more evidence before judgment",
                    "claim-examined",
                    "The prosecutor says no assessment was made. The parties are given the "
                    "chance to address it, and the court can now weigh her account with the "
                    "rest of the evidence.",
                    2,
                    "",
                ),
                (
                    "Tell her that her reasons are irrelevant to whether she stole, and proceed "
                    "to judgment",
                    "claim-ignored",
                    "The trial ends without anyone having looked at her account; the judgment "
                    "is silent on it.",
                    0,
                    "A credible claim of trafficking is not irrelevant. In V.C.L. and A.N. v. "
                    "the United Kingdom the Strasbourg Court found that a lack of any assessment "
                    "of whether defendants had been trafficked may have kept evidence from their "
                    "defence and made the trial unfair. See that the claim is addressed before "
                    "judgment.",
                ),
                (
                    "Question her yourself about the man, in open court, with the co-defendants "
                    "listening",
                    "exposed",
                    "Mira names the man. Two of the co-defendants look at each other; her "
                    "answers become shorter.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "claim-examined",
            "<p>The evidence now includes her account, messages showing that the man set "
            "daily targets, and a support organisation's statement. The court must decide the "
            "case.</p>",
            [
                (
                    "In deliberation, weigh whether the acts were a direct consequence of her "
                    "being trafficked, under the grounds for exemption from liability and the "
                    "sentencing rules the law provides, and give reasons either way",
                    "reasoned",
                    "The judgment sets out how her situation was weighed — for liability and, "
                    "if she is convicted, for the sentence — and why.",
                    2,
                    "",
                ),
                (
                    "Leave her situation out of the sentence: the law has no special rule, so "
                    "nothing can be done",
                    "unweighed",
                    "Her situation is recorded in the judgment but plays no part in the "
                    "reasoning on the sentence.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "reasoned",
            "The crime behind the crime, weighed",
            "<p>The court saw that the claim was addressed before judgment and weighed it under "
            "the law, with reasons. Whatever the outcome, the principle was applied as the "
            "Council of Europe Convention (article 26) and the EU Directive (article 8) "
            "intend: the possibility of not imposing penalties for acts victims were compelled "
            "to commit.</p>",
        ),
        (
            "unweighed",
            "A principle left out",
            "<p>The claim was examined but then set aside at sentencing. Even where no special "
            "rule exists, the general rules on liability and sentencing leave room to weigh "
            "coercion; the judgment should show that it was considered.</p>",
        ),
        (
            "exposed",
            "Questioned in front of the group",
            "<p>Asking her to name the man in front of the co-defendants may have put her at "
            "risk and made her less able to speak. Consider who is in the courtroom, and the "
            "protective measures available, before such questions are put.</p>",
        ),
        (
            "claim-ignored",
            "A claim never examined",
            "<p>Her account of being forced was ruled irrelevant without being examined. That "
            "is what the Strasbourg Court found unfair in V.C.L. and A.N.: no assessment of "
            "whether the defendants were victims, and so no chance to gather the evidence that "
            "could have helped them.</p>",
        ),
    ],
)

DOCK_CASE_SV = case_spec(
    "En tilltalad som säger att hon tvingades",
    "<p>Du är ordförande i ett mål mot Mira, 20 år, som är åtalad för grov stöld: hon greps "
    "med en grupp som stal från butiker i flera städer. Hon hade inga id-handlingar när hon "
    "greps. Vid huvudförhandlingen berättar hon genom tolk att en man som tog henne till "
    "Sverige har hennes pass, att hon ”är skyldig” honom för resan och att han bestämmer vart "
    "hon ska gå varje dag.</p>",
    [
        (
            "the-claim",
            "<p>Åklagaren säger att hennes uppgifter inte har utretts: ”Stölden är styrkt; vem "
            "hon arbetar åt är en annan sak.” Försvaret har inte tidigare tagit upp "
            "människohandel.</p>",
            [
                (
                    "Se till att uppgifterna hanteras: fråga parterna om någon bedömning har "
                    "gjorts av henne som möjligt offer för människohandel, och överväg om målet "
                    "behöver mer utredning innan dom",
                    "claim-examined",
                    "Åklagaren uppger att ingen bedömning har gjorts. Parterna får tillfälle att "
                    "ta ställning, och rätten kan nu väga hennes uppgifter mot den övriga "
                    "bevisningen.",
                    2,
                    "",
                ),
                (
                    "Säg till henne att hennes skäl saknar betydelse för om hon stal, och gå "
                    "vidare till dom",
                    "claim-ignored",
                    "Rättegången avslutas utan att någon har sett på hennes uppgifter; domen "
                    "säger ingenting om dem.",
                    0,
                    "Trovärdiga uppgifter om människohandel saknar inte betydelse. I V.C.L. och "
                    "A.N. mot Förenade kungariket fann Europadomstolen att avsaknaden av varje "
                    "bedömning av om de tilltalade utsatts för människohandel kan ha berövat "
                    "försvaret bevisning och gjort rättegången orättvis. Se till att uppgifterna "
                    "hanteras före dom.",
                ),
                (
                    "Fråga henne själv om mannen, i öppen rätt, medan de medtilltalade lyssnar",
                    "exposed",
                    "Mira nämner mannens namn. Två av de medtilltalade ser på varandra; hennes "
                    "svar blir kortare.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "claim-examined",
            "<p>Bevisningen omfattar nu hennes uppgifter, meddelanden som visar att mannen "
            "satte upp dagliga mål och ett yttrande från en stödorganisation. Rätten ska "
            "avgöra målet.</p>",
            [
                (
                    "Väg vid överläggningen om gärningarna var en direkt följd av att hon "
                    "utsatts för människohandel, enligt de grunder för ansvarsfrihet och de "
                    "påföljdsregler som lagen anger, och motivera bedömningen oavsett utfall",
                    "reasoned",
                    "Domen redovisar hur hennes situation har vägts — för ansvarsfrågan och, "
                    "om hon döms, för påföljden — och varför.",
                    2,
                    "",
                ),
                (
                    "Lämna hennes situation utanför påföljden: lagen saknar en särskild regel, "
                    "så inget kan göras",
                    "unweighed",
                    "Hennes situation nämns i domen men spelar ingen roll i resonemanget om "
                    "påföljden.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "reasoned",
            "Brottet bakom brottet, vägt",
            "<p>Rätten såg till att uppgifterna hanterades före dom och vägde dem enligt lagen, "
            "med skäl. Oavsett utgång tillämpades principen så som Europarådets konvention "
            "(artikel 26) och EU-direktivet (artikel 8) avser: möjligheten att avstå från "
            "straff för handlingar som offren tvingats begå.</p>",
        ),
        (
            "unweighed",
            "En princip som föll bort",
            "<p>Uppgifterna prövades men sköts sedan åt sidan vid påföljdsvalet. Även där det "
            "saknas en särskild regel ger de allmänna reglerna om ansvar och påföljd utrymme att "
            "väga in tvång; domen bör visa att det har övervägts.</p>",
        ),
        (
            "exposed",
            "Förhörd inför gruppen",
            "<p>Att be henne namnge mannen inför de medtilltalade kan ha utsatt henne för fara "
            "och gjort henne mindre benägen att berätta. Tänk på vilka som finns i rättssalen, "
            "och på de skyddsåtgärder som finns, innan sådana frågor ställs.</p>",
        ),
        (
            "claim-ignored",
            "Uppgifter som aldrig prövades",
            "<p>Hennes uppgifter om tvång förklarades sakna betydelse utan att prövas. Det är "
            "vad Europadomstolen fann orättvist i V.C.L. och A.N.: ingen bedömning av om de "
            "tilltalade var offer, och därmed ingen möjlighet att ta fram den bevisning som kunde "
            "ha hjälpt dem.</p>",
        ),
    ],
)

NON_PUNISHMENT = [
    (
        "text",
        "<h2>See the crime behind the crime</h2><p>Sweden's civil-society platform against "
        "trafficking set out in 2017 to raise knowledge of the non-punishment article with the "
        "police's national operational department and the national rapporteur, so that the "
        "authorities would “see the crime behind the crime”. Victims are exploited in crime as "
        "well as in sex and labour: theft, drug offences, forged documents. When they stand "
        "trial, the question reaches the court.</p>"
        "<h2>The principle</h2><p>The Council of Europe Convention (article 26) asks each "
        "state to provide for the possibility of not imposing penalties on victims for their "
        "involvement in unlawful activities, to the extent that they were compelled to do so. "
        f"{CHECK} The EU Directive 2011/36/EU (article 8) asks the competent national authorities to be "
        "entitled not to prosecute or impose penalties on victims for criminal activities they "
        "were compelled to commit as a direct consequence of being trafficked; its recitals give "
        "as examples the use of false documents and offences under prostitution or immigration "
        "law. The OSCE's "
        "recommendations (2013) describe how the provision can be made effective. The "
        "principle concerns acts that are a consequence of the trafficking; it is not a general "
        "immunity.</p>"
        "<h2>What Strasbourg has said</h2><p>In <em>V.C.L. and A.N. v. the United Kingdom</em> "
        "(2021) two Vietnamese boys found in cannabis factories were prosecuted and convicted "
        "of drug production although there was a credible suspicion that they had been "
        "trafficked. The Court held that no general prohibition on prosecuting victims of "
        "trafficking can be read from international standards. But once the authorities are "
        "aware of a credible suspicion that a person has been trafficked, the person should "
        "be assessed by a qualified person; a decision to prosecute should follow that "
        "assessment; and a prosecutor who reaches a different conclusion needs clear reasons. "
        "The Court found a violation of article 4, and also of article 6 § 1: the lack of any "
        "assessment may have prevented the applicants from securing evidence capable of "
        "helping their defence, so the proceedings were not fair.</p>"
        "<h2>In a Swedish court</h2><p>Whether to prosecute is for the prosecutor, who may "
        f"waive prosecution in certain cases. {CHECK} Swedish law has, as far as this course "
        f"could confirm, no provision written for trafficking victims' non-punishment. {CHECK} "
        "At trial the principle therefore works through the general rules: the grounds for "
        "exemption from liability, such as necessity, and at sentencing the mitigating "
        "circumstances and the possibility of waiving a sanction that the Penal Code "
        f"provides. {CHECK} None of them decides a case for you. What the principle asks of "
        "the court is that a credible claim of trafficking is examined, not dismissed as "
        "irrelevant, and that the judgment shows how it was weighed.</p>",
    ),
    CONTENT_WARNING,
    ("branching_case", DOCK_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Non-punishment covers acts victims were compelled to commit as a direct "
                "consequence of being trafficked; it is not a general immunity",
                "A credible suspicion calls for an assessment before the decision to prosecute "
                "(V.C.L. and A.N.)",
                "At trial, examine the claim and show in the judgment how it was weighed",
            ],
        },
    ),
]

NON_PUNISHMENT_SV = [
    (
        "text",
        "<h2>Se brottet bakom brottet</h2><p>Plattformen Civila Sverige mot människohandel "
        "ville 2017 öka kunskapen om artikeln om icke-bestraffning hos polisens nationella "
        "operativa avdelning och hos den nationella rapportören, så att myndigheterna skulle "
        "”se brottet bakom brottet”. Offer exploateras i brott lika väl som i sexhandel och "
        "arbete: stölder, narkotikabrott, falska handlingar. När de står åtalade hamnar frågan "
        "hos domstolen.</p>"
        "<h2>Principen</h2><p>Europarådets konvention (artikel 26) ålägger varje stat att ge "
        "möjlighet att avstå från att straffa offer för deras inblandning i olaglig verksamhet, "
        f"i den mån de har tvingats till den. {CHECK} EU:s direktiv 2011/36/EU (artikel 8) kräver att "
        "de behöriga nationella myndigheterna ska ha rätt att avstå från att lagföra eller "
        "straffa offer för brott som de tvingats begå som en direkt följd av att ha utsatts "
        "för människohandel; i skälen nämns som exempel användning av falska handlingar och "
        "brott mot prostitutions- eller utlänningslagstiftning. OSSE:s rekommendationer (2013) beskriver hur bestämmelsen kan få "
        "verkan. Principen gäller handlingar som är en följd av människohandeln; den är ingen "
        "allmän immunitet.</p>"
        "<h2>Vad Europadomstolen har sagt</h2><p>I <em>V.C.L. och A.N. mot Förenade "
        "kungariket</em> (2021) åtalades och dömdes två vietnamesiska pojkar som påträffats i "
        "cannabisodlingar för narkotikaproduktion, trots att det fanns en grundad misstanke om "
        "att de utsatts för människohandel. Domstolen slog fast att något allmänt förbud mot "
        "att åtala offer för människohandel inte kan utläsas ur de internationella normerna. "
        "Men när myndigheterna känner till en grundad misstanke om att en person utsatts för "
        "människohandel ska personen bedömas av någon med rätt kompetens; ett beslut om åtal "
        "ska komma efter den bedömningen; och en åklagare som kommer till en annan slutsats "
        "behöver tydliga skäl. Domstolen fann en kränkning av artikel 4, och även av artikel "
        "6.1: avsaknaden av varje bedömning kan ha hindrat klagandena från att få fram "
        "bevisning som kunde ha hjälpt försvaret, så förfarandet var inte rättvist.</p>"
        "<h2>I en svensk domstol</h2><p>Om åtal ska väckas avgör åklagaren, som i vissa fall "
        f"kan besluta om åtalsunderlåtelse. {CHECK} Svensk rätt har, såvitt kursen kunnat "
        f"bekräfta, ingen bestämmelse skriven för icke-bestraffning av människohandelsoffer. "
        f"{CHECK} Vid rättegången verkar principen därför genom de allmänna reglerna: "
        "grunderna för ansvarsfrihet, som nöd, och vid påföljdsbestämningen de förmildrande "
        f"omständigheter och den möjlighet till påföljdseftergift som brottsbalken anger. {CHECK} "
        "Ingen av dem avgör målet åt dig. Det principen kräver av domstolen är att trovärdiga "
        "uppgifter om människohandel prövas och inte avfärdas som irrelevanta, och att domen "
        "visar hur de vägts.</p>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", DOCK_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Icke-bestraffning gäller handlingar som offer tvingats begå som en direkt följd "
                "av människohandeln; den är ingen allmän immunitet",
                "En grundad misstanke kräver en bedömning innan beslutet om åtal (V.C.L. och A.N.)",
                "Pröva uppgifterna vid rättegången och visa i domen hur de vägts",
            ],
        },
    ),
]

NON_PUNISHMENT_CHECKS = (
    [
        "The wording of article 26 of the Council of Europe Convention is given as other "
        "courses of this curriculum cite it, not read from the treaty text for this course",
        "The prosecutor's power to waive prosecution (åtalsunderlåtelse, Code of Judicial "
        "Procedure chapter 20, section 7) and whether the Prosecution Authority has guidance on "
        "its use for trafficking victims",
        "That Swedish law has no provision written specifically for trafficking victims' "
        "non-punishment: confirm with the Prosecution Authority and GRETA's latest report on "
        "Sweden",
        "The general rules named: necessity (Penal Code chapter 24, section 4), mitigating "
        "circumstances (chapter 29, section 3) and waiver of sanction (chapter 29, section 6): "
        "confirm the sections and how they have been applied to trafficking victims",
    ],
    [
        "Lydelsen av artikel 26 i Europarådets konvention återges så som andra kurser i "
        "läroplanen citerar den, inte läst ur konventionstexten för den här kursen",
        "Åklagarens möjlighet till åtalsunderlåtelse (20 kap. 7 § rättegångsbalken) och om "
        "Åklagarmyndigheten har vägledning om hur den används för människohandelsoffer",
        "Att svensk rätt saknar en bestämmelse skriven särskilt för icke-bestraffning av "
        "människohandelsoffer: stäm av med Åklagarmyndigheten och GRETA:s senaste rapport om "
        "Sverige",
        "De allmänna reglerna som nämns: nöd (24 kap. 4 § brottsbalken), förmildrande "
        "omständigheter (29 kap. 3 §) och påföljdseftergift (29 kap. 6 §): bekräfta "
        "paragraferna och hur de har tillämpats på människohandelsoffer",
    ],
)
NON_PUNISHMENT_SOURCES = [
    COE_ARTICLE_26,
    EU_DIRECTIVE_2011,
    OSCE_2013,
    ECTHR_VCL,
    SEED_PLATFORM,
]


# Module 4: the injured party, and the state's duties ------------------------------------------

INJURED_PARTY = [
    (
        "text",
        "<h2>The injured party's rights in the trial</h2><p>The Swedish referral manual, "
        "<em>Manual vid misstanke om människohandel</em> (MMM), says that once a police report "
        "has been made, counsel for the injured party (<em>målsägandebiträde</em>) should be "
        "appointed as early as possible for a presumed victim of trafficking. The police or the "
        "prosecutor applies to the court, and the court appoints a suitable person, taking "
        "into account the victim's own wishes or special needs. The court therefore meets the "
        "victim's counsel long before the main hearing, and the appointment is one of the "
        "first protective measures the court itself controls.</p>"
        "<p>The Council of Europe Convention (article 28) asks states to protect victims, those "
        "who cooperate with the authorities, witnesses and, when necessary, their families from "
        "retaliation and intimidation, during and after investigation and prosecution; the "
        "protection may include physical protection, relocation, identity change and help in "
        "obtaining a job, and a child victim is to be given special protection in the child's "
        "best interests. UNODC's manual (2009, module 12) asks every criminal justice "
        "practitioner, judges included, to see to the protection of a victim-witness in every "
        "phase of the process.</p>"
        "<h2>Compensation</h2><p>The Convention also provides for victims' right to "
        f"compensation from the perpetrators (article 15). {CHECK} In a Swedish criminal trial "
        "the injured party's claim for damages can be dealt with together with the charge, and "
        "the prosecutor may present it on the injured party's behalf; where the offender "
        f"cannot pay, the state's criminal injuries compensation may apply. {CHECK} Whether "
        "damages are awarded and how much is, again, for the court. One practical point "
        "follows from the victims' situation: a victim who has left Sweden, or who fears the "
        "defendant, may need the claim presented without appearing in person.</p>"
        "<h2>The state's duties: <em>Rantsev v. Cyprus and Russia</em></h2><p>Ms Rantseva, "
        "a young Russian woman, arrived in Cyprus in March 2001 on an “artiste” visa to work in "
        "a cabaret. She left after a few days. When the cabaret manager found her and took her "
        "to the police, the police let him collect her again; she was later found dead, and "
        "the Cypriot inquest found that she had died trying to escape from the flat where he "
        "had taken her. In its judgment of 7 January 2010 the Court held that "
        "trafficking itself falls within article 4 of the European Convention on Human Rights. The states' positive "
        "obligations include an adequate legal and administrative framework, protective "
        "measures where the authorities are aware, or ought to be aware, of circumstances "
        "giving rise to a credible suspicion of a real and immediate risk that a person is "
        "being trafficked, and an effective investigation. Later judgments — <em>Chowdury</em> "
        "on labour exploitation, <em>S.M.</em> on forced prostitution — apply the same "
        "obligations. In <em>Chowdury</em> the third of them is "
        "described as an effective investigation <em>and judicial procedure</em>: the trial "
        "itself is part of the state's answer.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Before the main hearing: questions for the court's preparation",
            "intro": "Procedural questions the court may ask itself; the answers depend on the "
            "case and the law.",
            "groups": [
                {
                    "heading": "Protection",
                    "indicators": [
                        "Has counsel for the injured party been appointed?",
                        "Has anyone said the injured party or a witness is afraid of the "
                        "defendant or of others in the courtroom?",
                        "Which protective measures has anyone asked for, and which has the "
                        "court considered of its own motion?",
                    ],
                },
                {
                    "heading": "Compensation and language",
                    "indicators": [
                        "Is there a claim for damages, and who presents it?",
                        "Does the injured party need an interpreter, and in which language?",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Counsel for the injured party should be appointed as early as possible (MMM)",
                "Protection from retaliation and intimidation runs through and beyond the "
                "trial, for witnesses and, when needed, their families",
                "Rantsev: trafficking falls under article 4, and the state's duties include "
                "protection and an effective investigation",
            ],
        },
    ),
]

INJURED_PARTY_SV = [
    (
        "text",
        "<h2>Målsägandens rättigheter i rättegången</h2><p>Enligt <em>Manual vid misstanke om "
        "människohandel</em> (MMM), Sveriges nationella hänvisningsmekanism, bör ett "
        "målsägandebiträde förordnas så tidigt som möjligt för den som förmodas vara offer för "
        "människohandel, när en polisanmälan har upprättats. Polis eller åklagare begär att "
        "domstolen utser ett målsägandebiträde, och domstolen förordnar en lämplig person och "
        "kan då ta hänsyn till brottsoffrets egna önskemål eller särskilda behov. Domstolen "
        "möter alltså offrets biträde långt före huvudförhandlingen, och förordnandet är en av "
        "de första skyddsåtgärder som domstolen själv råder över.</p>"
        "<p>Europarådets konvention (artikel 28) ålägger staterna att skydda offer, den som "
        "samarbetar med myndigheterna, vittnen och vid behov deras familjer mot hämnd och hot, "
        "under och efter utredning och åtal; skyddet kan omfatta fysiskt skydd, flytt, ny "
        "identitet och hjälp att få arbete, och ett barn som är offer ska ges särskilt skydd "
        "med hänsyn till barnets bästa. UNODC:s handbok (2009, modul 12) ber alla i "
        "rättskedjan, domare inräknade, att se till att ett offer som vittnar skyddas i "
        "varje skede av processen.</p>"
        "<h2>Ersättning</h2><p>Konventionen ger också offren rätt till ersättning från "
        f"gärningspersonerna (artikel 15). {CHECK} I en svensk brottmålsrättegång kan "
        "målsägandens skadeståndsanspråk handläggas tillsammans med åtalet, och åklagaren kan "
        "föra talan om det för målsägandens räkning; kan gärningspersonen inte betala kan "
        f"statlig brottsskadeersättning komma i fråga. {CHECK} Om skadestånd ska utgå och med "
        "vilket belopp är, också det, rättens sak. En praktisk fråga följer av offrens "
        "situation: ett offer som har lämnat Sverige, eller som är rädd för den tilltalade, kan "
        "behöva få sitt anspråk fört utan att själv inställa sig.</p>"
        "<h2>Statens skyldigheter: <em>Rantsev mot Cypern och Ryssland</em></h2><p>Rantseva, "
        "en ung rysk kvinna, kom till Cypern i mars 2001 på en ”artistvisering” för att arbeta "
        "på en kabaré. Hon lämnade arbetet efter några dagar. När kabaréchefen hittade henne och "
        "förde henne till polisen lät polisen honom hämta henne igen; hon hittades senare död, "
        "och den cypriotiska dödsorsaksutredningen kom fram till att hon dött när hon försökte "
        "fly från lägenheten dit han hade tagit henne. I sin dom "
        "den 7 januari 2010 slog Europadomstolen fast att människohandel i sig omfattas av "
        "artikel 4 i Europakonventionen. Staternas positiva skyldigheter omfattar ett ändamålsenligt "
        "rättsligt och administrativt ramverk, skyddsåtgärder när myndigheterna känner till, "
        "eller borde känna till, omständigheter som ger upphov till en grundad misstanke om en "
        "verklig och omedelbar risk att en person utsätts för människohandel, och en effektiv "
        "utredning. Senare domar — <em>Chowdury</em> om arbetskraftsexploatering, <em>S.M.</em> "
        "om påtvingad prostitution — tillämpar samma skyldigheter. I <em>Chowdury</em> beskrivs den "
        "tredje av dem som en effektiv utredning <em>och rättslig prövning</em>: "
        "själva rättegången är en del av statens svar.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Inför huvudförhandlingen: frågor i rättens förberedelse",
            "intro": "Processuella frågor som rätten kan ställa sig; svaren beror på målet och "
            "på lagen.",
            "groups": [
                {
                    "heading": "Skydd",
                    "indicators": [
                        "Har ett målsägandebiträde förordnats?",
                        "Har någon sagt att målsäganden eller ett vittne är rädd för den "
                        "tilltalade eller för andra i rättssalen?",
                        "Vilka skyddsåtgärder har någon begärt, och vilka har rätten övervägt "
                        "självmant?",
                    ],
                },
                {
                    "heading": "Ersättning och språk",
                    "indicators": [
                        "Finns ett skadeståndsanspråk, och vem för talan om det?",
                        "Behöver målsäganden tolk, och på vilket språk?",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Ett målsägandebiträde bör förordnas så tidigt som möjligt (MMM)",
                "Skyddet mot hämnd och hot gäller under och efter rättegången, för vittnen och "
                "vid behov deras familjer",
                "Rantsev: människohandel omfattas av artikel 4, och statens skyldigheter "
                "omfattar skydd och en effektiv utredning",
            ],
        },
    ),
]

INJURED_PARTY_CHECKS = (
    [
        "Article 15 of the Council of Europe Convention (compensation and legal redress) was "
        "not read for this course: confirm that it provides for compensation from the "
        "perpetrators, against the treaty text",
        "The injured party's claim for damages in the criminal trial and the prosecutor's duty "
        "to present it (Code of Judicial Procedure, chapter 22, sections 1–2), and criminal "
        "injuries compensation (brottsskadelagen, the Crime Victim Authority): confirm the "
        "sections and conditions",
    ],
    [
        "Artikel 15 i Europarådets konvention (ersättning och rättslig gottgörelse) lästes "
        "inte för den här kursen: bekräfta mot konventionstexten att den ger rätt till "
        "ersättning från gärningspersonerna",
        "Målsägandens enskilda anspråk i brottmålet och åklagarens skyldighet att föra talan "
        "om det (22 kap. 1–2 §§ rättegångsbalken), samt brottsskadeersättning "
        "(brottsskadelagen, Brottsoffermyndigheten): bekräfta paragraferna och "
        "förutsättningarna",
    ],
)
INJURED_PARTY_SOURCES = [
    MMM_LEGAL_SUPPORT,
    COE_ARTICLE_28,
    UNODC_MODULE_12,
    ECTHR_RANTSEV,
    ECTHR_CHOWDURY,
    ECTHR_SM_GC,
]


COURSE = {
    "slug": "trafficking-law-in-court",
    "slug_sv": "manniskohandel-i-domstol",
    "title": "Trafficking law in court",
    "title_sv": "Människohandel i domstol",
    "summary": "For judges: the elements of trafficking and its neighbouring offences, "
    "traumatised witnesses and their protection, non-punishment at trial and in sentencing, "
    "the injured party's rights, and what Strasbourg said in Rantsev, S.M. v. Croatia and "
    "Chowdury. It explains the law; it never tells a court how to decide.",
    "summary_sv": "För domare: rekvisiten för människohandel och närliggande brott, "
    "traumatiserade vittnen och skyddet för dem, icke-bestraffning vid rättegång och "
    "påföljdsval, målsägandens rättigheter, och vad Europadomstolen sa i Rantsev, S.M. mot "
    "Kroatien och Chowdury. Kursen förklarar rätten; den säger aldrig hur ett mål ska avgöras.",
    "outcomes": [
        "Identify the act, the means and the purpose of trafficking, and the child rule",
        "Tell trafficking, human exploitation and procuring apart on the facts of a case",
        "Weigh a traumatised witness's changing account with all the evidence",
        "Consider the protective measures the law allows before a frightened witness is heard",
        "Make sure a defendant's credible claim of trafficking is examined and weighed",
        "Explain the states' duties under article 4 as Rantsev, S.M. and Chowdury set them out",
    ],
    "outcomes_sv": [
        "Peka ut handelsåtgärd, medel och syfte vid människohandel, och regeln för barn",
        "Skilja människohandel, människoexploatering och koppleri åt utifrån omständigheterna",
        "Väga en traumatiserad persons ändrade berättelse mot all bevisning",
        "Överväga de skyddsåtgärder lagen medger innan ett rädt vittne hörs",
        "Se till att en tilltalads trovärdiga uppgifter om människohandel prövas och vägs",
        "Förklara statens skyldigheter enligt artikel 4 så som Rantsev, S.M. och Chowdury "
        "beskriver dem",
    ],
    # A recommended path for judges (K0 + J1 + NP), not a required one: no prerequisite.
    "audiences": ["judges"],
    "topics": ["non-punishment"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "the-offences",
            "title": "The offences",
            "title_sv": "Brotten",
            "summary": "The elements of trafficking, and how it differs from human "
            "exploitation and procuring.",
            "summary_sv": "Rekvisiten för människohandel, och hur brottet skiljer sig från "
            "människoexploatering och koppleri.",
            "lessons": [
                lesson(
                    "elements-of-the-offence",
                    "The elements of the offence",
                    "Brottets rekvisit",
                    (ELEMENTS, ELEMENTS_SV),
                    ELEMENTS_SOURCES,
                    ELEMENTS_CHECKS,
                ),
                lesson(
                    "trafficking-procuring-exploitation",
                    "Trafficking, procuring and human exploitation",
                    "Människohandel, koppleri och människoexploatering",
                    (NEIGHBOURS, NEIGHBOURS_SV),
                    NEIGHBOURS_SOURCES,
                    NEIGHBOURS_CHECKS,
                ),
            ],
        },
        {
            "slug": "traumatised-witnesses",
            "title": "Traumatised witnesses",
            "title_sv": "Traumatiserade vittnen",
            "summary": "Protective measures, and assessing an account that changes.",
            "summary_sv": "Skyddsåtgärder, och att bedöma en berättelse som ändras.",
            "lessons": [
                lesson(
                    "witnesses-and-trauma",
                    "Witnesses, trauma and protective measures",
                    "Vittnen, trauma och skyddsåtgärder",
                    (WITNESSES, WITNESSES_SV),
                    WITNESSES_SOURCES,
                    WITNESSES_CHECKS,
                ),
            ],
        },
        {
            "slug": "non-punishment-in-court",
            "title": "Non-punishment at trial and in sentencing",
            "title_sv": "Icke-bestraffning vid rättegång och påföljdsval",
            "summary": "When a defendant says she was forced: the principle, Strasbourg and the "
            "Swedish rules.",
            "summary_sv": "När en tilltalad säger att hon tvingades: principen, Europadomstolen "
            "och de svenska reglerna.",
            "lessons": [
                lesson(
                    "non-punishment-at-trial",
                    "A defendant who may be a victim",
                    "En tilltalad som kan vara ett offer",
                    (NON_PUNISHMENT, NON_PUNISHMENT_SV),
                    NON_PUNISHMENT_SOURCES,
                    NON_PUNISHMENT_CHECKS,
                ),
            ],
        },
        {
            "slug": "the-injured-party",
            "title": "The injured party and the state's duties",
            "title_sv": "Målsäganden och statens skyldigheter",
            "summary": "Counsel, protection and compensation, and the positive obligations of "
            "Rantsev.",
            "summary_sv": "Målsägandebiträde, skydd och ersättning, och de positiva "
            "skyldigheterna i Rantsev.",
            "lessons": [
                lesson(
                    "protection-and-compensation",
                    "Protection, compensation and the state's duties",
                    "Skydd, ersättning och statens skyldigheter",
                    (INJURED_PARTY, INJURED_PARTY_SV),
                    INJURED_PARTY_SOURCES,
                    INJURED_PARTY_CHECKS,
                ),
            ],
        },
    ],
}

# The cases of the lessons, English and Swedish, for the tests that check their rules.
CASES = [TESTIMONY_CASE, TESTIMONY_CASE_SV, DOCK_CASE, DOCK_CASE_SV]
