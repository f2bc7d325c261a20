"""The final assessment of P3 "Threat and risk assessment in investigations"
(``courses.demo.curriculum.p3``): a pool of sixteen questions on what the lessons teach — the
continuous risk model, protecting the victim-witness, the family at home, a child found in forced
criminality, the team's safety — of which each attempt draws seven, and an assessed branching
case, always asked (eight in all): the week of a trial, where contacting the family at home
without the person's consent fails the case.

No question holds a phone number, a statistic, a section number or a fact still to be confirmed:
those live in the lessons, sourced and marked for the reviewers."""

from courses.demo.cases import case_spec
from courses.demo.curriculum.p3 import COURSE
from quizzes.demo import _q, final_settings

COURSE_SLUG = COURSE["slug"]

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Seven questions drawn from the whole course, and a case to walk through. You have 30 "
        "minutes and three attempts; you pass with 80%. A critical error in the case fails the "
        "case.</p>",
        "<p>Sju frågor ur hela kursen och ett fall att gå igenom. Du har 30 minuter och tre "
        "försök; godkänt från 80 %. Ett allvarligt fel i fallet gör att fallet underkänns.</p>",
    ),
    "settings": final_settings(draw_count=8, time_limit_minutes=30),
    "questions": [
        _q(
            "single",
            (
                "In the risk model this course takes from UNODC, what gives the level of a risk?",
                "Vad ger en risks nivå i den riskmodell som kursen hämtar från UNODC?",
            ),
            (
                "Severity and likelihood are weighed together: a serious but unlikely harm, a "
                "likely but minor one and a harm that is both likely and serious call for "
                "different responses. How strong the evidence is says nothing about the danger "
                "to the people involved.",
                "Allvar och sannolikhet vägs samman: en allvarlig men osannolik skada, en trolig "
                "men lindrig skada och en skada som är både trolig och allvarlig kräver olika "
                "åtgärder. Hur stark bevisningen är säger ingenting om faran för de inblandade.",
            ),
            tags=["risk-model"],
            options=[
                (
                    "How serious the harm would be and how likely it is, together",
                    "Hur allvarlig skadan skulle bli och hur trolig den är, tillsammans",
                    True,
                ),
                (
                    "How strong the evidence against the suspects is",
                    "Hur stark bevisningen mot de misstänkta är",
                    False,
                ),
                (
                    "Whether the victim has agreed to testify",
                    "Om målsäganden har gått med på att vittna",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A risk assessment made carefully at the first interview holds until the verdict.",
                "En riskbedömning som gjorts noggrant vid det första förhöret gäller fram till "
                "domen.",
            ),
            (
                "Risk assessment is continuous: arrests, a release from detention, the charge, "
                "the trial, the verdict and a move or return home all change the risk. Review it "
                "at each of these moments and write down what you decided.",
                "Riskbedömningen är löpande: gripanden, en frigivning ur häkte, åtalet, "
                "huvudförhandlingen, domen och en flytt eller återresa ändrar alla risken. "
                "Ompröva den vid vart och ett av tillfällena och dokumentera vad du beslutade.",
            ),
            tags=["risk-model"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "Which of these belong among the objects of risk in a trafficking investigation?",
                "Vilka av dessa hör till riskens objekt i en utredning om människohandel?",
            ),
            (
                "Name who and what could be harmed before weighing anything: the victim-witness, "
                "her family at home, others exploited by the same network, officers and "
                "interpreters, and the investigation itself. The suspects' interests are not "
                "what this assessment protects.",
                "Peka ut vem och vad som kan skadas innan du väger något: målsäganden, hennes "
                "familj i hemlandet, andra som utnyttjas av samma nätverk, poliser och tolkar, "
                "och själva utredningen. Det är inte de misstänktas intressen som den här "
                "bedömningen skyddar.",
            ),
            tags=["risk-model", "officer-safety"],
            points=2,
            options=[
                (
                    "The victim-witness's family in her home country",
                    "Målsägandens familj i hemlandet",
                    True,
                ),
                (
                    "Others exploited by the same network",
                    "Andra som utnyttjas av samma nätverk",
                    True,
                ),
                (
                    "The interpreter and the officers on the case",
                    "Tolken och poliserna i ärendet",
                    True,
                ),
                (
                    "The suspects' reputation in their community",
                    "De misstänktas rykte i deras omgivning",
                    False,
                ),
            ],
        ),
        _q(
            "ordering",
            (
                "Put these moments of a trafficking case in the order they usually come. The "
                "risk assessment is reviewed at each of them.",
                "Sätt de här tillfällena i ett människohandelsärende i den ordning de brukar "
                "komma. Riskbedömningen omprövas vid vart och ett av dem.",
            ),
            (
                "The förundersökning is opened first, then the injured party is interviewed; "
                "the charge, the trial and the verdict follow. Each step can tell the network "
                "something new, so each is a moment to look at the risk again.",
                "Först inleds förundersökningen, sedan hörs målsäganden; därefter följer åtalet, "
                "huvudförhandlingen och domen. Varje steg kan avslöja något nytt för nätverket, "
                "och därför är varje steg ett tillfälle att se över risken igen.",
            ),
            tags=["risk-model"],
            points=2,
            steps=[
                ("A förundersökning is opened", "En förundersökning inleds"),
                ("The injured party's first interview", "Målsägandens första förhör"),
                ("The charge is brought", "Åtal väcks"),
                ("The trial", "Huvudförhandlingen"),
                ("The verdict", "Domen"),
            ],
        ),
        _q(
            "single",
            (
                "Whom does article 28 of the Council of Europe Convention ask states to protect "
                "from retaliation and intimidation?",
                "Vilka ska staterna enligt artikel 28 i Europarådets konvention skydda mot "
                "hämndaktioner och hot?",
            ),
            (
                "Article 28 covers victims; as appropriate, those who report or cooperate with "
                "the investigating or prosecuting authorities; witnesses who testify; and, when "
                "necessary, their family members — in particular during and after the "
                "investigation and prosecution.",
                "Artikel 28 omfattar offer; i förekommande fall dem som anmäler eller samarbetar "
                "med de utredande eller åtalande myndigheterna; vittnen som avger vittnesmål; "
                "och vid behov deras familjemedlemmar — särskilt under och efter utredning och "
                "lagföring.",
            ),
            tags=["protection", "legal-sources"],
            options=[
                (
                    "Victims, those who report or cooperate, witnesses and, when necessary, "
                    "their family members",
                    "Offer, de som anmäler eller samarbetar, vittnen och vid behov deras "
                    "familjemedlemmar",
                    True,
                ),
                (
                    "Only victims who have agreed to testify",
                    "Bara offer som har gått med på att vittna",
                    False,
                ),
                (
                    "Only witnesses, and only while the trial lasts",
                    "Bara vittnen, och bara medan rättegången pågår",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Protection from intimidation is owed to a victim of trafficking only once she "
                "has agreed to testify.",
                "Skydd mot påtryckningar ska ges ett offer för människohandel först när hon har "
                "gått med på att vittna.",
            ),
            (
                "Victims are protected as victims, whether or not they testify. GRETA criticised "
                "Sweden for tying identification to information for a criminal investigation; "
                "a person too frightened to talk is still a person at risk.",
                "Offer skyddas som offer, oavsett om de vittnar. GRETA kritiserade Sverige för "
                "att identifieringen knöts till uppgifter för en brottsutredning; den som är för "
                "rädd för att berätta är fortfarande en person i fara.",
            ),
            tags=["protection"],
            answer=False,
        ),
        _q(
            "single",
            (
                "A victim-witness's counsel tells you that two men visited her mother in her home "
                "town and told her the daughter must take back her statement. What do you do "
                "first?",
                "En målsägandes biträde berättar att två män besökt hennes mamma i hemstaden och "
                "sagt att dottern måste ta tillbaka sina uppgifter. Vad gör du först?",
            ),
            (
                "She knows who talks to whom at home: meet her with her counsel and ask what "
                "happened, who could be harmed, who knows what and what she wants. A call to the "
                "mother, or a direct request to a local station, can reach the network.",
                "Hon vet vem som pratar med vem därhemma: träffa henne och biträdet och fråga "
                "vad som hänt, vem som kan skadas, vem som vet vad och vad hon vill. Ett samtal "
                "till mamman, eller en direkt förfrågan till en lokal polisstation, kan nå "
                "nätverket.",
            ),
            tags=["family", "consent"],
            options=[
                (
                    "Meet her with her counsel and ask what happened, who could be harmed and "
                    "what she wants",
                    "Träffa henne och biträdet och fråga vad som hänt, vem som kan skadas och "
                    "vad hon vill",
                    True,
                ),
                (
                    "Phone the mother through an interpreter to find out what happened",
                    "Ring mamman via tolk för att ta reda på vad som hänt",
                    False,
                ),
                (
                    "Email the police in the home town with the names and address, asking them "
                    "to watch the house",
                    "Mejla polisen i hemstaden med namn och adress och be dem bevaka huset",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each protective measure in Sweden with who decides on it.",
                "Para ihop varje skyddsåtgärd i Sverige med den som beslutar om den.",
            ),
            (
                "The prosecutor decides on a contact ban; the court appoints a "
                "målsägandebiträde at the request of the police or the prosecutor; the Tax "
                "Agency decides on protected personal data; the social services decide on a "
                "child's immediate protection.",
                "Åklagaren beslutar om kontaktförbud; domstolen förordnar målsägandebiträde på "
                "begäran av polis eller åklagare; Skatteverket beslutar om skyddade "
                "personuppgifter; socialtjänsten beslutar om ett barns omedelbara skydd.",
            ),
            tags=["protection", "swedish-law"],
            points=2,
            pairs=[
                (
                    ("A contact ban (kontaktförbud)", "Kontaktförbud"),
                    ("The prosecutor", "Åklagaren"),
                ),
                (
                    ("Counsel for the injured party", "Målsägandebiträde"),
                    (
                        "The court, at the request of the police or the prosecutor",
                        "Domstolen, på begäran av polis eller åklagare",
                    ),
                ),
                (
                    ("A confidentiality marking of her address", "Sekretessmarkering"),
                    ("The Swedish Tax Agency", "Skatteverket"),
                ),
                (
                    ("A child's immediate protection", "Ett barns omedelbara skydd"),
                    ("The social services", "Socialtjänsten"),
                ),
            ],
            extra=[("The victim's employer", "Offrets arbetsgivare")],
        ),
        _q(
            "single",
            (
                "According to the Swedish referral manual, when should counsel for the injured "
                "party be appointed in a trafficking case?",
                "När bör ett målsägandebiträde förordnas i ett människohandelsärende enligt "
                "Manual vid misstanke om människohandel?",
            ),
            (
                "The manual says counsel should be appointed early in the process and preferably "
                "be present at the first interview. The person is also told of her right to a "
                "support person, an interpreter and counsel before she is interviewed.",
                "Manualen säger att ett målsägandebiträde bör förordnas tidigt i processen och "
                "helst närvara redan vid det första förhöret. Personen ska också före förhöret få "
                "veta att hon har rätt till stödperson, tolk och målsägandebiträde.",
            ),
            tags=["protection", "swedish-law"],
            options=[
                (
                    "Early, and preferably in time to be present at the first interview",
                    "Tidigt, och helst så att biträdet kan närvara vid det första förhöret",
                    True,
                ),
                (
                    "Once the prosecutor has decided to bring a charge",
                    "När åklagaren har beslutat att väcka åtal",
                    False,
                ),
                (
                    "Only if the victim asks for it in writing",
                    "Bara om offret begär det skriftligt",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "A victim-witness says she wants to withdraw after her family was threatened. "
                "What is the best response?",
                "En målsägande säger att hon vill dra sig ur efter att hennes familj hotats. "
                "Vilket är det bästa bemötandet?",
            ),
            (
                "A wish to withdraw after a threat measures the risk. Reassess it with her and "
                "her counsel and protect without pressure; the förundersökning does not depend "
                "on her complaint and can go on with evidence beyond her testimony.",
                "En önskan att dra sig ur efter ett hot är ett mått på risken. Bedöm den på nytt "
                "med henne och biträdet och skydda utan påtryckningar; förundersökningen hänger "
                "inte på hennes anmälan och kan fortsätta med bevisning utöver hennes berättelse.",
            ),
            tags=["protection", "family"],
            options=[
                (
                    "Reassess the risk with her and her counsel, and protect her without pressing "
                    "her to go on",
                    "Bedöm risken på nytt med henne och biträdet, och skydda henne utan att "
                    "pressa henne att fortsätta",
                    True,
                ),
                (
                    "Tell her the case will collapse without her, so she must go on",
                    "Säg att ärendet faller utan henne och att hon därför måste fortsätta",
                    False,
                ),
                (
                    "Close the investigation at once, since she no longer cooperates",
                    "Lägg ner förundersökningen genast, eftersom hon inte längre medverkar",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "During a search you find a 17-year-old sleeping at a cannabis grow. He says he "
                "owes “the uncle” for his journey. What do you do first?",
                "Vid en husrannsakan hittar ni en 17-åring som sover i en cannabisodling. Han "
                "säger att han är skyldig ”farbrorn” för resan. Vad gör du först?",
            ),
            (
                "He is a child and may be a victim as well as a suspect: keep him apart from the "
                "adults who control him and bring in the social services at once, so that his "
                "need for immediate protection is assessed.",
                "Han är ett barn och kan vara offer samtidigt som han är misstänkt: håll honom "
                "åtskild från de vuxna som kontrollerar honom och ta in socialtjänsten genast, så "
                "att hans behov av omedelbart skydd bedöms.",
            ),
            tags=["children", "forced-criminality"],
            options=[
                (
                    "Keep him apart from the adults and contact the social services at once",
                    "Håll honom åtskild från de vuxna och kontakta socialtjänsten genast",
                    True,
                ),
                (
                    "Take him in with the adults and interview him as a suspect tonight",
                    "Ta med honom tillsammans med de vuxna och förhör honom som misstänkt i kväll",
                    False,
                ),
                (
                    "Let him go, since he only waters the plants",
                    "Låt honom gå, eftersom han bara vattnar plantorna",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "When a child is found in forced criminality, the police must first decide "
                "whether he is a suspect or a victim.",
                "När ett barn påträffas i brottslig exploatering måste polisen först avgöra om "
                "han är misstänkt eller offer.",
            ),
            (
                "It is a false choice: a child can be both. Under V.C.L. and A.N. v. the United "
                "Kingdom he should be assessed promptly as a possible victim by someone "
                "qualified, and any decision to prosecute should follow that assessment.",
                "Det är ett falskt val: ett barn kan vara både och. Enligt V.C.L. och A.N. mot "
                "Förenade kungariket ska han snabbt bedömas som möjligt offer av någon som är "
                "kvalificerad, och ett beslut om åtal ska komma efter den bedömningen.",
            ),
            tags=["children", "forced-criminality"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "Why do children exploited in trafficking often disappear once the authorities "
                "notice them, according to the social services' guidance?",
                "Varför försvinner barn som utnyttjas i människohandel ofta när myndigheterna "
                "uppmärksammar dem, enligt socialtjänstens kunskapsstöd?",
            ),
            (
                "The child is a source of income and can be collected and forced to follow the "
                "perpetrator; the child may be emotionally tied to the exploiters and distrust "
                "the authorities. A safe family in Sweden is rarely what waits for them.",
                "Barnet är en inkomstkälla och kan hämtas och tvingas följa med förövaren; barnet "
                "kan vara känslomässigt bundet till dem som utnyttjar det och ha lågt förtroende "
                "för myndigheter. Det är sällan en trygg familj i Sverige som väntar.",
            ),
            tags=["children", "re-trafficking"],
            points=2,
            options=[
                (
                    "The child is a source of income, and someone comes to collect him",
                    "Barnet är en inkomstkälla, och någon kommer för att hämta honom",
                    True,
                ),
                (
                    "The child may be emotionally tied to those who exploit him",
                    "Barnet kan vara känslomässigt bundet till dem som utnyttjar honom",
                    True,
                ),
                (
                    "The child may have little trust in the authorities",
                    "Barnet kan ha lågt förtroende för myndigheter",
                    True,
                ),
                (
                    "The child usually has a safe family in Sweden to go back to",
                    "Barnet har oftast en trygg familj i Sverige att återvända till",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "What did the European Court of Human Rights require in V.C.L. and A.N. v. the "
                "United Kingdom once there was a credible suspicion that the young people found "
                "in cannabis factories had been trafficked?",
                "Vad krävde Europadomstolen i V.C.L. och A.N. mot Förenade kungariket när det "
                "fanns en trovärdig misstanke om att de unga som hittats i cannabisfabriker hade "
                "utsatts för människohandel?",
            ),
            (
                "A prompt assessment by someone qualified, with any decision to prosecute "
                "following it and clear reasons to depart from it. The Court did not bar every "
                "prosecution, and the duty does not wait for the person to claim victim status.",
                "En snabb bedömning av någon som är kvalificerad, där ett beslut om åtal kommer "
                "efter bedömningen och kräver tydliga skäl för att avvika från den. Domstolen "
                "förbjöd inte varje åtal, och skyldigheten väntar inte på att personen själv "
                "säger sig vara offer.",
            ),
            tags=["children", "case-law"],
            options=[
                (
                    "A prompt assessment by a qualified person, before any decision to prosecute",
                    "En snabb bedömning av en kvalificerad person, före ett beslut om åtal",
                    True,
                ),
                (
                    "That no one under 18 may ever be prosecuted",
                    "Att ingen under 18 år någonsin får åtalas",
                    False,
                ),
                (
                    "Nothing, until the young people themselves claimed to be victims",
                    "Ingenting, förrän de unga själva sa att de var offer",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "During an action day you learn that someone inside is in imminent danger, but "
                "going in now will reveal the investigation. What comes first?",
                "Under en insats får du veta att någon därinne är i akut fara, men att gå in nu "
                "avslöjar utredningen. Vad går först?",
            ),
            (
                "Anyone in imminent danger requires an immediate response, even if it may hinder "
                "the investigation. Evidence can be rebuilt; a person harmed while you waited "
                "cannot be helped afterwards.",
                "Den som är i akut fara måste få hjälp genast, även om det kan skada utredningen. "
                "Bevisning kan byggas upp igen; en person som skadas medan du väntade kan inte "
                "hjälpas i efterhand.",
            ),
            tags=["officer-safety", "operations"],
            options=[
                (
                    "Respond at once to protect the person in danger",
                    "Ingrip genast för att skydda personen i fara",
                    True,
                ),
                (
                    "Wait for the planned time so as not to spoil the evidence",
                    "Vänta till den planerade tidpunkten för att inte förstöra bevisningen",
                    False,
                ),
                (
                    "Ask the victim support workers to go in first",
                    "Be stödpersonerna att gå in först",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Victim support workers should join the entry team at the address, so that "
                "victims meet them at once.",
                "Stödpersoner bör följa med in på adressen tillsammans med poliserna, så att "
                "offren möter dem direkt.",
            ),
            (
                "Support should be ready immediately after the action, but not at the scene, as "
                "the US Office for Victims of Crime's task-force guide advises: the entry is a "
                "police task with its own risks, and clear boundaries protect the support role.",
                "Stödet ska finnas redo direkt efter insatsen, men inte på platsen, som den "
                "amerikanska brottsofferbyråns vägledning råder: ingripandet är polisens uppgift "
                "med sina egna risker, och tydliga gränser skyddar stödpersonernas roll.",
            ),
            tags=["officer-safety", "operations"],
            answer=False,
        ),
    ],
}

TRIAL_CASE = case_spec(
    "The week of the trial",
    "<p>You lead the investigation in a trafficking case for sexual exploitation. Sara, 24, is "
    "the injured party; she lives in sheltered housing in the same city as the court. Her "
    "mother and brother live in her home country. The trial starts on Monday.</p>",
    [
        (
            "release",
            "<p>On the Friday before the trial the court lifts the detention of the main "
            "suspect, who is released that afternoon. Sara and her counsel have not yet been "
            "told.</p>",
            [
                (
                    "Tell Sara and her counsel today, and assess the risk again with them: where "
                    "she lives, who knows it and what she fears",
                    "fears",
                    "Sara is shaken but glad to hear it from you. She tells you what she is "
                    "most afraid of.",
                    2,
                    "",
                ),
                (
                    "Say nothing until after her testimony, so as not to upset her",
                    "left-in-the-dark",
                    "On Sunday Sara sees the suspect outside a shop near her housing. She does not "
                    "come to court on Monday.",
                    0,
                    "",
                ),
                (
                    "Phone Sara's brother in her home country to warn the family that the "
                    "suspect is out",
                    "family-told",
                    "The brother, frightened, asks around about the suspect. Within a day the "
                    "suspect's people know that Sara's family has been warned by the Swedish "
                    "police.",
                    0,
                    "Never contact the family without the person's consent. Sara knows who talks "
                    "to whom at home; tell her first, ask what she fears and what she wants, and "
                    "plan any contact with her and her counsel.",
                ),
            ],
        ),
        (
            "fears",
            "<p>Sara says a cousin of the suspect lives near her mother. She wants to testify, "
            "but is afraid for her mother, and asks you not to tell her family anything.</p>",
            [
                (
                    "Agree with Sara what may be shared, tell the prosecutor about the new risk, "
                    "and, with her consent, seek protection for her mother through the police's "
                    "international channels; review the plan again after her testimony",
                    "plan",
                    "The prosecutor knows before the trial; Sara has decided what may be shared; "
                    "the request for her mother goes the proper way. You agree to speak again "
                    "on the evening after she testifies.",
                    2,
                    "",
                ),
                (
                    "Help Sara ask for a contact ban against the suspect, and leave the family "
                    "out of it since they are abroad",
                    "plan",
                    "A contact ban is requested for Sara in Sweden. No one has yet looked at the "
                    "risk to her mother.",
                    1,
                    "",
                ),
                (
                    "Tell Sara the trial cannot go ahead without her, so she must put her fears "
                    "aside",
                    "pressured",
                    "Sara testifies, but says much less than in her interviews, and goes back to "
                    "her housing alone and afraid.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "plan",
            "The risk followed through the trial",
            "<p>You told Sara at once, reassessed the risk with her, kept the family out of it "
            "as she asked, and carried the risk to her mother to the prosecutor and, with her "
            "consent, through the proper channel. The best path also looked beyond Sweden: a "
            "contact ban alone protects only Sara.</p>",
        ),
        (
            "left-in-the-dark",
            "Left in the dark",
            "<p>A release from detention is one of the moments that change the risk most. "
            "Keeping it from Sara to spare her left her unprepared and unprotected; tell the "
            "person and her counsel, and reassess with them.</p>",
        ),
        (
            "pressured",
            "Pressure instead of protection",
            "<p>Fear before a trial is a measure of the risk. Pressing Sara to set it aside "
            "protected no one, and weakened her testimony too. Protect first; the case is "
            "stronger for it.</p>",
        ),
        (
            "family-told",
            "The family warned behind her back",
            "<p>A well-meant warning reached the suspect's people through the family. The "
            "family is contacted only with the person's consent, in a plan made with her.</p>",
        ),
    ],
)

TRIAL_CASE_SV = case_spec(
    "Rättegångsveckan",
    "<p>Du leder utredningen i ett ärende om människohandel för sexuella ändamål. Sara, 24 år, "
    "är målsägande; hon bor i ett skyddat boende i samma stad som tingsrätten. Hennes mamma och "
    "bror bor i hemlandet. Huvudförhandlingen börjar på måndag.</p>",
    [
        (
            "release",
            "<p>På fredagen före huvudförhandlingen häver tingsrätten häktningen av den "
            "huvudmisstänkte, som släpps samma eftermiddag. Sara och hennes biträde har ännu inte "
            "fått veta det.</p>",
            [
                (
                    "Berätta det för Sara och biträdet i dag, och bedöm risken på nytt "
                    "tillsammans med dem: var hon bor, vem som vet det och vad hon är rädd för",
                    "fears",
                    "Sara blir skakad men är glad att få höra det från dig. Hon berättar vad hon "
                    "är mest rädd för.",
                    2,
                    "",
                ),
                (
                    "Säg ingenting förrän hon har vittnat, för att inte oroa henne",
                    "left-in-the-dark",
                    "På söndagen ser Sara den misstänkte utanför en affär nära boendet. Hon "
                    "kommer inte till rätten på måndagen.",
                    0,
                    "",
                ),
                (
                    "Ring Saras bror i hemlandet och varna familjen för att den misstänkte är ute",
                    "family-told",
                    "Brodern blir rädd och frågar runt om den misstänkte. Inom ett dygn vet den "
                    "misstänktes folk att Saras familj har varnats av svensk polis.",
                    0,
                    "Kontakta aldrig familjen utan personens samtycke. Sara vet vem som pratar "
                    "med vem därhemma; berätta för henne först, fråga vad hon är rädd för och "
                    "vad hon vill, och planera varje kontakt med henne och biträdet.",
                ),
            ],
        ),
        (
            "fears",
            "<p>Sara berättar att en kusin till den misstänkte bor nära hennes mamma. Hon vill "
            "vittna, men är rädd för mammans skull, och ber dig att inte säga något till "
            "familjen.</p>",
            [
                (
                    "Kom överens med Sara om vad som får lämnas ut, informera åklagaren om den "
                    "nya risken och sök, med hennes samtycke, skydd för mamman via polisens "
                    "internationella kanaler; se över planen igen efter att hon vittnat",
                    "plan",
                    "Åklagaren vet om det före huvudförhandlingen; Sara har bestämt vad som får "
                    "lämnas ut; framställningen för mamman går den rätta vägen. Ni kommer "
                    "överens om att höras igen på kvällen efter att hon vittnat.",
                    2,
                    "",
                ),
                (
                    "Hjälp Sara att begära kontaktförbud mot den misstänkte, och lämna familjen "
                    "utanför eftersom den bor utomlands",
                    "plan",
                    "Kontaktförbud begärs för Sara i Sverige. Ingen har ännu bedömt risken för "
                    "hennes mamma.",
                    1,
                    "",
                ),
                (
                    "Säg till Sara att rättegången inte kan genomföras utan henne, så hon måste "
                    "lägga rädslan åt sidan",
                    "pressured",
                    "Sara vittnar, men säger mycket mindre än i förhören, och åker tillbaka till "
                    "boendet ensam och rädd.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "plan",
            "Risken följd genom rättegången",
            "<p>Du berättade genast för Sara, bedömde risken på nytt tillsammans med henne, höll "
            "familjen utanför som hon bad om och förde risken för mamman vidare till åklagaren "
            "och, med hennes samtycke, den rätta vägen. Den bästa vägen såg också bortom "
            "Sverige: ett kontaktförbud skyddar bara Sara.</p>",
        ),
        (
            "left-in-the-dark",
            "Lämnad ovetande",
            "<p>En frigivning ur häkte är ett av de tillfällen som ändrar risken mest. Att "
            "hålla det från Sara för att skona henne lämnade henne oförberedd och oskyddad; "
            "berätta för personen och biträdet, och gör en ny bedömning med dem.</p>",
        ),
        (
            "pressured",
            "Påtryckningar i stället för skydd",
            "<p>Rädsla före en rättegång är ett mått på risken. Att pressa Sara att lägga den "
            "åt sidan skyddade ingen, och försvagade dessutom hennes berättelse. Skydda först; "
            "ärendet blir starkare av det.</p>",
        ),
        (
            "family-told",
            "Familjen varnad bakom hennes rygg",
            "<p>En välmenande varning nådde den misstänktes folk via familjen. Familjen "
            "kontaktas bara med personens samtycke, i en plan som görs upp med henne.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "The week of the trial: choose each step, as the investigator would.",
            "Rättegångsveckan: välj varje steg, som utredaren skulle göra.",
        ),
        (
            "Each change in the case — here a suspect's release — calls for a new assessment "
            "made with the person and her counsel. Contacting the family without her consent "
            "fails the case: the warning can reach the suspect's people.",
            "Varje förändring i ärendet — här att en misstänkt släpps — kräver en ny bedömning "
            "tillsammans med personen och hennes biträde. Att kontakta familjen utan hennes "
            "samtycke underkänner fallet: varningen kan nå den misstänktes folk.",
        ),
        tags=["case", "family", "risk-model"],
        points=3,
        case=(TRIAL_CASE, TRIAL_CASE_SV),
    )
]
