"""Reading a message for safety: negated crisis words, indirect signals, "I am safe", and medication questions.

The crisis patterns themselves are in bot/nlu/crisis_terms.py (a direct signal: the crisis routes at once). This
module adds what decides between the three answers of the safety net (bot/nlu/crisis_guard.py):
- `without_negated`: the message with crisis words that are denied or only reported taken out ("ik denk niet aan
  zelfdoding", "de bedrijfsarts vroeg of ik aan de dood dacht"), so only what is still said counts;
- `indirect_signal`: words that may point to a crisis without saying it (a past attempt, means, a date, a farewell,
  wanting to be with someone who died): the werknemer is asked directly and kindly first;
- `says_safe`: "ik ben veilig", "mijn vrouw is thuis", "ik bel de huisarts", "ik bedoelde het niet zo";
- `asks_about_medication`: a question about medicines or doses, which the keuzehulp refers to a huisarts or apotheker.
Pure: no Rasa, no I/O.
"""
from __future__ import annotations

import re
from typing import Any

from core.logic.answers import normalise, sentences_of

_CRISIS_WORD = (r"(zelfmoord\w*|zelfdoding\w*|suicid\w*|suicidal\w*|levensmoe\w*|doodsgedachte\w*|doodswens\w*|"
                r"zelfbeschadig\w*|(mezelf|mijzelf|me) (iets|wat) (aan )?(wil |wilde |zou |ga )?(te )?(aan )?doen|"
                r"(mezelf|mijzelf) (iets|wat) aan (te )?doen|(in|geen) gevaar|dood( te)? (willen|wil|gaan)|dood|"
                r"(een )?einde (aan )?(mijn leven )?(te )?maken|(een )?gevaar voor (mezelf|mijzelf)|113|"
                r"van kant (te |wil |wilde |zou )?maken|"
                r"(van|vanaf|voor) (een|de|het) (brug|flat|dak|trein) (af )?(te )?springen)")
# Words that may sit between a denial and the crisis word ("ik denk echt helemaal niet aan zelfdoding"); never
# "meer", "langer", "bang" or "uit" ("ik wil niet meer leven", "ik ben niet bang om dood te gaan").
_GAP = r"(?:\s+(?:echt|heus|helemaal|zeker|absoluut|totaal|van|plan|om|aan|de|het|een|te|bezig|met|wel|ooit|hoor|ik|"\
       r"denk|dacht|wil|ga|ben|suicidaal|gedachten|gehad|gedacht|plannen|zin|behoefte|enkel|enkele|over))"
# At this job, this team or this line of work ("bij dit bedrijf", "in de zorg"): where a missing future is about work.
_AT_THIS_JOB = (r"\b(bij|in|binnen|op) (dit|dat|deze|die|mijn|m'n|het|de) (bedrijf|werk|baan|afdeling|functie|team|"
                r"school|organisatie|zorg|vak|beroep)\b")
# Words that make a clause about someone else a report of their danger ("mijn broer heeft een poging gedaan").
_REPORTED_DANGER = (r"\b(zelfmoord|zelfdoding|suicid|poging|leven|dood|eind|aan ?gedaan|aan ?doen|sterven|overdosis|"
                    r"pillen|gesprongen|springen|opgehangen|snijd|sneed|kras|verhang|113|er niet meer|"
                    r"niet meer (willen |wil )?zijn)")
#: A farewell letter to a job, as an exercise to let go of it (set 44): a figure, never a farewell.
LETTER_TO_A_JOB = (r"\bafscheidsbrief\b[^!?]{0,20}\baan (mijn|het|de|m'n) (oude )?(baan|werk|bedrijf|job|functie|"
                   r"team|vak)\b")
_NEGATED = [
    # set 50: a question whether what one says about it is stored, a question why 113 was named, someone in the news
    # or in group therapy, "ik hoef 113 niet te bellen", an employer who sent the number, quoted words taken out of
    # the summary, never an attempt
    re.compile(r"\bals ik (iets )?over \w*(zelfmoord|zelfdoding|suicid)\w* (zeg|schrijf|praat|typ)\b[^.!?]*"),
    re.compile(r"\b(melding|bericht|tekst|nummer|regel)\b[^.!?]{0,20}\bover 113\b|"
               r"\bwaarom (kreeg|krijg|stuur|stuurde|noem|noemde|geef|gaf)\b[^.!?]{0,40}\b113\b"),
    re.compile(r"\b(een|de|die) (man|vrouw|jongen|meisje|persoon|collega|patient|client)\b die [^.!?]{0,20}"
               r"\b(overdosis|zelfmoord\w*|(zelfmoord)?poging)\b[^.!?]*"),
    re.compile(r"\biemand\b[^.!?]{0,20}\bover (een|zijn|haar) (zelfmoord)?poging\b"),
    re.compile(r"\b(hoef|hoeft)\b[^.;!?]{0,10}\b113\b[^.;!?]{0,10}\bniet (te )?bellen\b|"
               r"\b(hoef|hoeft)\b[^.;!?]{0,10}\bniet\b[^.;!?]{0,10}\b113\b[^.;!?]{0,5}\b(te )?bellen\b"),
    re.compile(r"\b(mijn|de|m'n) \w+ (stuurde|gaf|noemde|stuurt|geeft) (me|mij) (het nummer van |het nummer |de link "
               r"van |de link naar )?113\b"),
    re.compile(r"\b(nooit|geen) (een )?(zelfmoord)?poging (gedaan|ondernomen)\b"),
    # set 49: "mijn collega's zouden me vermoorden als ze wisten ...", "niet dat ik niet meer wil leven", a farewell
    # letter to a mother who died (grief work), words quoted to be taken out of the summary, better off without me
    # in this job, "ik heb het niet over stoppen met leven", a suicide risk judged low, the pills not saved "om iets
    # doms te doen", "met mijn hoofd tegen de muur lopen", "ik wil niet meer" as the answer to going back to a team,
    # someone else in group therapy who made an attempt
    re.compile(r"\b(zouden|zou) (me|mij) (\w+ )?(vermoorden|afmaken|killen) als\b"),
    re.compile(r",\s*(maar )?niet dat ik niet meer (wil |wilde )?(leven|bestaan|zijn)\b"),
    re.compile(r"\bafscheidsbrie\w*\b[^.!?]{0,20}\baan (mijn|m'n|mn|onze) (overleden|gestorven) \w+|"
               r"\bafscheidsbrie\w*\b[^.!?]{0,60}\b(voor|bij|in) de rouwverwerking\b"),
    re.compile(r"\b(verwijder\w*|vervang\w*|haal|schrap\w*|schrijf|zet|de zin|het woord|de woorden)\b"
               r"[^.!?'\"‘“]{0,30}"
               r"['\"‘“][^'\"’”]{2,80}['\"’”]|"
               r"['\"‘“][^'\"’”]{2,80}['\"’”][^.!?]{0,30}\b(verwijderen|weghalen|schrappen|eruit|weg|halen|"
               r"weglaten|vervangen|klopt niet|is fout|moet anders)\b"),
    re.compile(_AT_THIS_JOB + r"[^.!?]{0,10}\bbeter af zonder (mij|me)\b|\bbeter af zonder (mij|me) " +
               _AT_THIS_JOB),
    re.compile(r"\bik heb het (echt |helemaal )?niet over [^,.!?]{0,40}"),
    re.compile(r"\b(suicide|suicid\w*)risico\b[^.!?]{0,40}\b(laag|klein|gering|nihil)\b|"
               r"\b(laag|klein|gering)e? (suicide|suicid\w*)risico\b"),
    re.compile(r"\b(die |de |mijn |m'n )?(pillen|tabletten|medicijnen|slaappillen) niet (gespaard|verzameld|bewaard) "
               r"om\b[^,.!?]*"),
    re.compile(r"\b(loop|liep|lopen|loopt) (\w+ ){0,4}met (mijn|m'n|mn|je|ons|onze) (hoofd|kop) tegen (de|een) "
               r"(muur|muren)\b"),
    re.compile(r"\bik wil (gewoon )?niet meer\W+(?=[^.!?]{0,50}\bde vraag of ik (\w+ ){0,3}(terug|weer)\b)"),
    re.compile(r"\biemand (anders )?die [^.!?]{0,30}\b((zelfmoord)?poging|zelfmoord\w*|zelfdoding)\b[^.!?]*"),
    # set 44: "een afscheidsbrief geschreven... aan mijn oude baan" (a coach's exercise to let go of a job)
    re.compile(LETTER_TO_A_JOB),
    # set 44: "of ik mezelf niet per ongeluk snij" (a butcher's knives and concentration)
    re.compile(r"\b(mezelf|mijzelf|me|zichzelf|je(zelf)?) (niet )?per ongeluk (\w+ ){0,2}(snij|snijd|snijdt|snijden|"
               r"verwond|bezeer|verwonden|bezeren)\b"),
    # blind round 42: "ik wil niet dat de arbeidsdeskundige denkt dat ik suïcidaal ben"
    re.compile(r"\bik wil niet dat (\w+ ){0,4}(denkt|denken|vindt|vinden|leest|lezen) dat ik (\w+ )?(suicidaal|"
               r"depressief|gevaarlijk|in gevaar|zelfmoord\w*) ben\b"),
    # set 46: "ik ben niet bang dat ik mezelf iets aandoe, ik ben bang dat ik mijn baan kwijtraak"; a farewell letter
    # found with someone else
    re.compile(r"\bik ben (echt |helemaal )?niet bang dat ik (mezelf|mijzelf|me) iets (aandoe|aan doe|zal aandoen)\b"),
    re.compile(r"\bbij (iemand anders|een ander|mijn (huisgenoot|collega|vriend|vriendin|broer|zus|zoon|dochter|"
               r"partner|"
               r"moeder|vader|buurman|buurvrouw))\b[^.?!]{0,20}\bafscheidsbrie\w*"),
    # set 45: "ik zou het mijn kinderen nooit aandoen om er zelf uit te stappen, echt niet"
    re.compile(r"\bik zou (het )?(mijn|m'n|mn|onze) \w+ (nooit|niet|echt nooit) aandoen\b(?![^.!?]*\b(maar|toch)\b)"
               r"[^.!?]*"),
    # set 43: "bij de vraag of ik mezelf iets wil aandoen heb ik nee ingevuld"
    re.compile(r"\b(bij )?de vraag (of|over) [^.!?]{0,60}\b(heb ik|ik heb) (daar |toen )?(nee|neen) (ingevuld|"
               r"geantwoord|aangevinkt|aangekruist|gezegd)\b[^.!?]*"),
    # set 31: "ik denk er niet aan om te stoppen met leven. wel met deze baan", "ik wil niet verdwijnen, ik wil juist
    # gezien worden"
    re.compile(r"\bik denk er (echt |helemaal |zeker )?niet aan om\b[^.!?]*"),
    re.compile(r"\b(ik )?wil (echt |helemaal |zeker )?niet verdwijnen\b"),
    # set 32: "ik heb geen plannen om er een eind aan te maken, mocht je dat denken"
    re.compile(r"\b(ik )?(heb|had) (echt |helemaal |zeker |absoluut |totaal )?geen (enkel |enkele )?"
               r"(plannen|plan|intentie|"
               r"voornemen|behoefte|gedachten|gedachte|neiging|neigingen) (om|tot|aan)\b"
               # ... "maar" only takes it back when no plain feeling follows (set 47: "geen behoefte om er een eind
               # aan te maken, maar ik ben wel boos en verdrietig")
               r"(?![^.!?]*\b(maar|toch)\b(?! (ik ben |ik voel me |ben ik )?(wel |ook )?(heel |erg |echt |zo )?"
               r"(boos|verdrietig|moe|teleurgesteld|kwaad|gefrustreerd|gekwetst|verbitterd)\b))"
               r"[^.!?]*"),
    # set 37: a loss of money called a "strop" ("een flinke strop gehad: de verkoop van mijn caravan")
    re.compile(r"\b(een )?(flinke |grote |financiele |behoorlijke )?strop (gehad|geleden|was dat)\b"),
    # set 37: a chef's knives, "ik snijd mezelf niet meer", a colleague's joke quoted, a farewell letter on leaving
    re.compile(r"\bmessen (slijpen|gebruiken)( en snijden)?\b"),
    re.compile(r"\b(ik )?(snijd|kras|brand) (me|mezelf|mijzelf) (al (\w+ ){1,2})?niet meer\b"
               r"(?![^.!?]*\b(maar|wel weer)\b)"),
    re.compile(r"\b(zei|zegt|riep|roept) (grappend|lachend|als grap|voor de grap)\b[^.!?]*"),
    re.compile(r"\bafscheidsbrief\w*\b[^.!?]{0,40}\b(uit dienst|nieuwe baan|andere baan|pensioen|vertrek)\b"),
    # set 45: "een afscheidsbrief sturen nu ik weg ga bij het bedrijf"
    re.compile(r"\bafscheidsbrief\w*\b[^.!?]{0,40}\b(weg ga|wegga|weggaan|vertrek) bij (het|dit|mijn|m'n|de) "
               r"(bedrijf|werk|werkgever|team|afdeling|school|organisatie)\b"),
    # set 38: "afscheidsbrief is misschien een groot woord, maar ik heb mijn team een brief geschreven"
    re.compile(r"\bafscheidsbrie\w*\b[^.!?]{0,10}\b(is )?(misschien |wel |wat )?een (te )?(groot|zwaar) woord\b"),
    # set 36: skin scratched open by eczema, "het maakt me niet meer uit of ...", a Brabant saying about death
    re.compile(r"\b(krab|krabben|gekrabd|openkrab\w*)\b[^.!?]{0,40}\b(eczeem|jeuk|psoriasis|muggenbult\w*|huidziekte|"
               r"uitslag)\b|\b(eczeem|jeuk|psoriasis)\b[^.!?]{0,40}\b(krab|krabben|gekrabd|openkrab\w*)\b"),
    # ... a choice between two things, not "of ik leef of dood ben" (set 3)
    re.compile(r"\b(het )?maakt (mij |me |voor mij )?(niet meer|niks meer|niets meer) uit of\b(?=[^.!?]{1,40}\bof\b)"
               r"(?![^.!?]*\b(leef|leven|dood|besta|bestaan|wakker)\b)[^.!?]*"),
    re.compile(r"\b(als|as) (ge|je) dood (zijt|bent)\W+(zijde|ben je|bende|dan ben je) dood\b"),
    # set 35: a text so often read "they can read it at my funeral", a sister in hospital after an attempt
    re.compile(r"\b(dat|zodat) (ze|jullie|men) (\w+ ){0,2}op mijn (begrafenis|uitvaart) (kunnen|kan|mogen) "
               r"(voorlezen|draaien|spelen|opvoeren)\b"),
    re.compile(r"\b(mijn|m'n|mn|onze) (zus|broer|dochter|zoon|vader|moeder|vriend|vriendin|collega|partner|man|vrouw|"
               r"neef|nicht)\b (ligt|zit|is|was|lag) [^.;!?]{0,30}\bna (een|haar|zijn) (zelfmoord)?poging\b"),
    # set 35: a rope around the neck for money, "zelfmoord" for a reputation, not existing for them at work, "het hoeft
    # niet meer, dat traject", a life as an office slave, a question asked by someone else answered with a strong
    # no, 113 saved for safety, a scratch from a cat, "ik wil niet meer. niet meer naar die werkplek"
    re.compile(r"\bfinancieel (\w+ ){0,3}(met )?(de |een )?strop om (mijn|m'n|mn|de|je) (nek|hals)\b|"
               r"\b(met )?(de |een )?strop om (mijn|m'n|mn|de|je) (nek|hals)\b(?=[^.!?]{0,60}\b(sinds|door|vanwege|"
               r"omdat)\b[^.!?]{0,40}\b(loon|salaris|schuld|schulden|rekeningen|hypotheek|uwv)\b)"),
    re.compile(r"\b(pure |echte |politieke |sociale |professionele |commerciele )?zelfmoord(actie)?\b[^.!?]{0,10}"
               r"\b(voor|qua) (mijn|je|de|zijn|haar|onze|m'n|mn|het) (reputatie|carriere|imago|loopbaan|naam|"
               r"positie|promotie|kansen)\b|\b(politieke|sociale|professionele|commerciele) zelfmoord\b"),
    re.compile(r"\b(alsof )?ik (niet meer|niet) (besta|bestaan)\b (voor|bij) (ze|hen|hun|jullie|iedereen|mijn \w+|"
               r"het (werk|bedrijf|team)|de (zaak|afdeling|baas))\b"),
    re.compile(r"\b(het )?hoeft (voor mij |van mij )?(allemaal )?niet meer( zo)?\b,? (dat|die|dit|het|de) (hele )?"
               r"[a-z-]*(traject|werk|baan|gedoe|procedure|gesprek|bedrijf|functie|re-integratie|reintegratie|"
               r"carriere|loopbaan)\w*"),
    re.compile(r"\b(dit|dat|het|mijn) leven als (een )?[a-z]*(slaaf|slaven|werker|medewerker|ambtenaar|manager|"
               r"werknemer|forens|klerk|robot|zombie|radertje)\b"),
    re.compile(r"\b(vroeg|vraagt|vroegen|wilde weten)\b (\w+ ){0,2}of ik [^.!?]{0,60}[.!?,]\s*(nee\W+)?(echt|zeker|"
               r"absoluut|helemaal|natuurlijk|gelukkig) (niet|nooit)\b"),
    re.compile(r"\b113(-?nummer)? (in|op) (mijn|m'n|mn) (telefoon|mobiel|contacten|favorieten)\b(?=[^.!?]{0,80}\b("
               r"voor de zekerheid|advies|adviseerde|aanrader|veiligheidsplan|signaleringsplan)\b)|"
               r"\bvoor de zekerheid\b[^.!?]{0,40}\b113(-?nummer)?\b"),
    re.compile(r"\b(kras|krassen|beet|schram|schrammen|snee)\b[^.!?]{0,30}\b(van|door) (een|de|mijn|m'n|onze|ons|het) "
               r"(kat|poes|kater|kitten|hond|puppy|konijn|paard|cavia|hamster|dier|papegaai|rat|muis)\b"),
    re.compile(r"\bik wil (gewoon )?niet meer\W+(?=(niet meer|nooit meer) (naar|terug|werken|bij|op|in|met)\b)"),
    # set 34: "mezelf iets aandoen zou ik nooit, mijn kinderen zijn alles voor me"
    re.compile(r"\b(mezelf|mijzelf) (iets|wat) (aandoen|aan doen)\b[^.!?]{0,15}\b(zou|zal|ga|doe) ik (echt |toch )?"
               r"(nooit|niet)\b"),
    # set 29: a side effect named in a leaflet ("de bijsluiter zegt 'kan suïcidale gedachten veroorzaken'")
    re.compile(rf"\b(bijsluiter|bijwerking\w*)\b[^.!?]{{0,40}}{_CRISIS_WORD}( gedachten| neigingen)?"),
    # set 27: a death in a film ("eindigde met de zelfmoord van de hoofdpersoon"), "I'm not suicidal", "ik bedoelde dat
    # ik moe ben, niet dat ik dood wil", "ik wil haar niet achterna"
    re.compile(rf"\b(de|een) {_CRISIS_WORD} van (de|het|een) (hoofdpersoon|hoofdrolspeler|personage|held|karakter)\b"),
    re.compile(r"\b(i'?m|i am|im) not suicidal\b"),
    re.compile(r",\s*(maar )?niet dat ik (dood|er niet meer|niet meer leven)\w*( wil| wilde)?\b"),
    re.compile(r"\b(wil|ga) (ik )?(haar|hem|ze) niet achterna\b"),
    # set 15: someone else's ("na de zelfmoord van een collega", "welk nummer als een vriendin suicidaal is?"), a
    # farewell letter to a job ("een afscheidsbrief aan mijn oude baan, tip van de psycholoog")
    re.compile(rf"\b(de|een|zijn|haar|hun) {_CRISIS_WORD} van (een|mijn|m'n|mn|onze|haar|zijn|die) \w+"),
    re.compile(rf"\b(als|dat|omdat) (een|mijn|m'n|mn|onze) \w+ ([^.;!?]{{0,15}} )?{_CRISIS_WORD}"
               r"( is| was| lijkt| wordt)?\b(?![^.;!?]*\b(ik|me|mij|mezelf)\b)"),
    # set 19: "mensen denken bij burn-out meteen aan zelfmoord", "iemand op mijn afdeling heeft een eind aan zijn leven
    # gemaakt", "zelfmoordpreventie" as a name, "ik snij mezelf niet", "nooit aan een poging gedacht"
    re.compile(rf"\b(mensen|men|iedereen|veel mensen|anderen|ze) (denken|denkt)\b[^.,;!?]{{0,30}}\baan {_CRISIS_WORD}"),
    re.compile(r"\b((iemand|een collega|mijn collega|een vriend|een vriendin)\b[^.;!?]{0,30}\b(heeft|had)|(heeft|had) "
               r"(iemand|een collega|mijn collega)) (\w+ ){0,2}een eind(e)? aan (zijn|haar|hun) (eigen )?leven "
               r"(gemaakt|genomen)\b"),
    re.compile(r"\bzelfmoordpreventie\b"), re.compile(r"\bonder de grond\b[^.]{0,10}\b(haha|hihi|lol)\b"),
    # set 24: a look "alsof hij me wilde vermoorden", better off without me "op dat project", someone's fear denied
    # ("bang dat ik mezelf iets aandoe, maar dat is echt niet zo"), "of ik suicidaal was. nee dus", song and film titles
    re.compile(r"\balsof (hij|zij|ze|die) (me|mij) (wilde|wou|ging|zou) (vermoorden|doden|wurgen|afmaken)\b"),
    re.compile(r"\b(op|in|bij|voor) (dat|dit|het|die|deze|ons|mijn) (project|team|afdeling|klus|bedrijf|kantoor)\b"
               r"[^.;!?]{0,15}\bbeter af zonder (mij|me)\b|"
               r"\bbeter af zonder (mij|me) (op|in|bij|voor) (dat|dit|het|die|deze|ons|mijn) "
               r"(project|team|afdeling|klus|bedrijf|kantoor)\b"),
    re.compile(r"\b(bang|ongerust|zorgen|denkt|denken|vreest)\b[^.;!?]{0,20}\bdat ik (mezelf|mijzelf|me) iets "
               r"(aandoe|zou aandoen|ga aandoen)\b[^.;!?]{0,5}, maar (dat|het) (is|klopt) (echt |helemaal |absoluut |"
               r"gewoon )?niet( zo| waar)?\b"),
    re.compile(rf"\bof ik (\w+ )?{_CRISIS_WORD} (was|ben|ben geweest|zou zijn)\b[^.!?]*[.?!]\s*(nee|nope|welnee|"
               r"niet dus|zeker niet)\b"),
    re.compile(r"\bsuicide (squad|is painless)\b|\bvirgin suicides\b"),
    # round 28: "sleutel ik mezelf de das om haha" is ruining one's work, an idiom
    re.compile(r"\b(mezelf|mijzelf|me|mij) (nog |wel |echt )?(de|het) (das|nek) om\b"),
    # set 25: a way of living left behind ("ik wil niet meer zo leven als vroeger, altijd maar rennen")
    re.compile(r"\bniet meer zo (leven|werken) (als|zoals) (vroeger|toen|eerst|ik deed)\b"),
    # set 25: help called for someone else ("ik heb samen met haar 113 gebeld")
    re.compile(r"\b(samen met|voor) (haar|hem|hen|mijn \w+|een \w+) (0800-?0?113|113|112|de huisarts\w*) "
               r"(gebeld|bellen|gechat)\b"),
    # round 26: "het gaat echt niet over mij iets aandoen, het ging over werk"; "dit bedrijf gaat er niet meer zijn"
    re.compile(r"\b(gaat|ging|gaan|had|heb|gaat het)\b[^.;!?]{0,15}\b(niet|nooit) (over|om) (mij|me|mezelf|mijzelf) "
               r"(iets )?(aandoen|aan te doen|pijn doen)\b"),
    re.compile(r"\b(bedrijf|zaak|afdeling|winkel|kantoor|werkgever|project|filiaal|organisatie|fabriek|functie)\b"
               r"[^.;!?]{0,15}\b(er )?(straks |dan |binnenkort |snel |gewoon )?niet meer (zijn|is|zal zijn|bestaan|"
               r"bestaat)\b"),
    # round 22: "ik ga dood 😂" and "ik ga dood = ik lig dubbel" are laughing; "je moet wel levensmoe zijn als je ..."
    # is reckless
    re.compile("\\bik ga (echt |bijna )?dood\\b[^.]{0,6}[\U0001F602\U0001F923]|[\U0001F602\U0001F923][^.]{0,20}"
               "\\bik ga (echt |bijna )?dood\\b|\\b(ik ga )?dood\\s*(=|betekent|is)\\s*(ik )?(lig dubbel|lachen|"
               "dubbel liggen)\\b"),
    re.compile(r"\b(je|jij|hij|zij|ze|ik) (moet|moeten|bent|is|zijn|ben) (wel |toch )?levensmoe (zijn |bent |is )?"
               r"(als|om|dat)\b|\b(je|jij|hij|zij|ze) (wel |toch )?levensmoe (bent|is|zijn|moet zijn) (als|om)\b"),
    # set 20: a mother's overdose, "hoe herken ik of een collega suicidaal is", handing in a drawer of old medicines
    re.compile(r"\b(mijn|m'n|mn|zijn|haar|onze|een) (\w+ )?(moeder|vader|broer|zus|zoon|dochter|vriend|vriendin|"
               r"collega|partner|man|vrouw|neef|nicht|oom|tante|buurman|buurvrouw|teamlid)\b[^.;!?]{0,30}\b(heeft|had)\b"
               r"[^.;!?]{0,25}\b(overdosis|poging|zelfmoord|zichzelf)\b[^.;!?]*"),
    # ... not a policy that pays out ("of een overlijdensrisicoverzekering uitkeert bij suicide", set 40)
    re.compile(rf"\b(of|wanneer|dat) (iemand|een (?!\w*(verzekering|polis)\b)\w+|mijn (?!\w*(verzekering|polis)\b)\w+|"
               rf"m'n \w+)\b[^.;!?]{{0,20}}{_CRISIS_WORD}"),
    re.compile(r"\b(medicijnen|pillen|tabletten)\b[^.?!]{0,20}\b(inleveren|terugbrengen|weggooien)\b[^.?!]*[.?!]?"
               r"[^.?!]{0,60}\b(la|lade) vol\b"),
    re.compile(r"\b(ik )?(snij|kras|brand|beschadig|bezeer) (mezelf|mijzelf|me) (echt )?(niet|nooit)\b[^.;!?]*"),
    re.compile(r"\b(nooit|niet) aan een (zelfmoord)?poging (gedacht|denken)\b"),
    re.compile(r"\bafscheidsbrie\w*\b[^.;!?]{0,20}\b(aan|voor|naar) (mijn|m'n|mn|de|het|dat|die) (oude |vorige )?"
               r"(baan|werk|werkgever|functie|bedrijf|team|collega\w*|burn-?out|ziekte|angst|depressie|verleden|afdeling|"
               r"klanten|werkplek|school|vereniging)\b"),
    # "ik heb er nooit aan gedacht om er een eind aan te maken": the whole thought denied
    re.compile(r"\b(nooit|niet|nog nooit)\s+(aan )?(gedacht|overwogen)\s+om\s+[^.!?]{0,60}"),
    # "ik denk niet aan zelfdoding", "ik wil geen zelfmoord plegen", "ik ben niet suicidaal", "ik wil niet dood"
    re.compile(rf"\b(niet|nooit|geen)\b{_GAP}{{0,3}}\s+{_CRISIS_WORD}(\s+(plegen|denken|doen|hoor|ofzo|of zo))?"),
    # "doodsgedachten heb ik niet", "zelfmoord speelt bij mij echt niet", "113 is echt niet nodig"
    re.compile(rf"{_CRISIS_WORD}[^,.;!?]{{0,30}}\b(heb|doe|speelt|speel|wil|denk|dacht|ben)\b[^,.;!?]{{0,15}}"
               r"\b(niet|nooit)\b"
               r"(?!\s+(meer|langer)\b)"),
    # "ik zou mezelf nooit iets aandoen", "ik doe mezelf niks aan"
    re.compile(r"\b(mezelf|mijzelf|me)\s+(nooit|niet|niks|niets|geen)(\s+\w+){0,2}?\s+"
               r"(aan(\s+te)?\s+doen|aandoen|aan|pijn)\b"),
    # "ik wil echt wel leven hoor", "geen plannen in die richting"
    re.compile(r"\bwil\b[^.;!?]{0,12}\bwel (blijven )?leven\b|\bgeen plannen in die richting\b"),
    # about the number, not a call for help: "wat is 113?", "waarom geef je me steeds 113", "hoeft 113 niet te sturen"
    re.compile(r"\b(wat is|wie is|hoe werkt|wat doet|wat doen ze bij|waarom (geef|stuur|noem|krijg|zeg)\w*|"
               r"wat moet ik met)\b[^.;!?]{0,40}\b113\b"),
    # set 9: "we bellen dan samen 113" (for someone else), "geen pillen opgespaard", a course or the paper about it,
    # "het leven als workaholic zat", "zo irritant, ik ga dood", shame ("van de aardbodem verdwijnen ... zo genant")
    re.compile(r"\b(bellen|belden|bel) (we|wij) (samen |dan |toen )*113\b"),
    re.compile(r"\bgeen (pillen|medicijnen|tabletten|medicatie|slaappillen)\b[^.;!?]{0,20}"
               r"\b(opgespaard|gespaard|verzameld|bewaard)\b"),
    re.compile(rf"\b(training|trainingen|cursus|opleiding|workshop|college|les|lezing)\b[^.!?]{{0,60}}\bover "
               rf"(\w+ ){{0,5}}{_CRISIS_WORD}"),
    # set 16: no future at this job ("ik zie bij dit bedrijf geen toekomst meer voor mezelf")
    re.compile(rf"{_AT_THIS_JOB}[^.;!?]{{0,25}}\bgeen (\w+ )?(toekomst|perspectief)\b[^.;!?]*"),
    # set 16: "ik zou nooit een eind aan mijn leven maken"
    re.compile(r"\b(zou|zal|ga|wil) (ik )?(echt )?(nooit|niet) (\w+ ){0,2}(een )?(eind|einde) aan (mijn|m'n|het) leven "
               r"(maken|breien)\b"),
    re.compile(r"\b(las|lees|zag|hoorde|stond) (\w+ )?(in|op) (de|het) (krant|nieuws|tv|televisie|radio|internet)\b"
               r"[^.;!?]*"),
    re.compile(r"\bhet leven als \w+ zat\b"),
    re.compile(r"\b(al )?ben ik half dood\b|\bhalf dood\b(?=[^.!?]{0,12}\b(haha|hihi|lol)\b)"),  # tired, said so
    re.compile(r"\b(zo|super|echt|mega) (irritant|saai|grappig|vervelend|cringe|stom|lachen)\b[^.;!?]{0,10}"
               r"\bik ga dood\b"),
    re.compile(r"\bvan de aardbodem (\w+ )?(willen |wil )?verdwijnen\b(?=[^.;!?]*\b(genant|schaamte|blunder|"
               r"schaam)\w*)[^.;!?]*"),
    re.compile(r"\b(hoeft|hoef)\b[^.;!?]{0,30}\b113\b[^.;!?]{0,20}\b(sturen|noemen|geven)\b"),
    re.compile(r"\b113\b[^.;!?]{0,40}\bniet nodig\b"),
    # reported, not said: "de bedrijfsarts vroeg of ik aan de dood dacht", "de vraag over suicidale gedachten"
    re.compile(rf"\b(vroeg|vroegen|vraagt|vragen)\b(\s+\w+){{0,4}}\s+(of (ik|je|jij|u|men)|naar|over)\b"
               rf"[^.;!?]{{0,40}}?"
               rf"{_CRISIS_WORD}"),
    re.compile(rf"\bwaarom (vraag|vraagt|vroeg|vroegen) (je|jij|u|jullie)\b[^.;!?]{{0,40}}?{_CRISIS_WORD}"),
    re.compile(rf"\b(over|met) {_CRISIS_WORD} (begint|begon|begonnen|te beginnen)\b"
               rf"|\b(checken|controleren) of ik\b[^.;!?]{{0,10}}{_CRISIS_WORD}"),
    # someone else's story: "een boek over iemand die zelfmoord pleegde"
    re.compile(rf"\b(iemand|die|hij|zij|(mijn|m'n|mn|een) \w+)\b[^.;!?]{{0,30}}{_CRISIS_WORD}"
               r"\s+(pleegde|pleegden|heeft gepleegd|gepleegd)\b"),
    re.compile(rf"\b(de|een|die) (vraag|vragen|vragenlijst|folder|verslag)\b[^.;!?]{{0,40}}?{_CRISIS_WORD}"),
    # "ik bedoelde niet dat ik dood wil", "dat was niet letterlijk"
    re.compile(r"\bniet (zo )?(letterlijk|serieus)( bedoeld)?\b"),
    # someone else's, told by the werknemer (set 6): "mijn dochter van 16 praat over zelfmoord", "mijn broer heeft
    # zich ... van het leven beroofd", "een docu over suicide", "bij een zelfdoding geweest" (as a police officer);
    # never when the werknemer is in the clause ("mijn man is bang dat ik mezelf iets aandoe")
    re.compile(r"\b(mijn|m'n|mn|onze|een) (zus|broer|dochter|zoon|vader|moeder|vriend|vriendin|collega|buurman|"
               r"buurvrouw|neef|nicht|oom|tante|opa|oma)\b"
               r"( (van|in|op|bij) (\d+|mij|ons|(mijn|m'n|mn|ons|onze|de|het) \w+))?"
               r"(?![^.;!?]{0,40}\b(dat|of) (ik|me|mij)\b)"
               # ... not danger now ("mijn zoon heeft zich opgesloten ... roept dat hij er een einde aan maakt", set 34)
               r"\s+(heeft|had|praat|praatte|sprak|denkt|dacht|pleegde|deed)\b"
               r"(?![^.;!?]*\b(opgesloten|roept|schreeuwt|dreigt|vanavond|vannacht|touw|strop|weg moet|"
               r"weg moest)\b)"  # set 35: "mijn vader heeft een touw opgehangen en zegt dat ik weg moet"
               r"(?:[^.;!?]{0,30}\ben (praat|praatte|"
               r"sprak|denkt|dacht|zegt|zei)\b)?"
               # only a clause about their danger (set 15: "mijn broer heeft een pistool voor me geregeld" is mine)
               rf"(?=[^.;!?]*{_REPORTED_DANGER})(?![^.;!?]*\bvoor (me|mij|mezelf)\b)"
               r"(?:(?!\b(?:en|maar|want) ik\b)[^.;!?])*"),
    # set 11: read or seen ("las vandaag over de zelfmoorden onder boeren", "in die serie springt iemand van een
    # flat"), or talked about at work ("ik werk in de ggz en vraag elke dag naar suicidaliteit", "ben je getraind
    # om suicidaliteit te herkennen?")
    re.compile(rf"\b(las|lees|gelezen|hoorde|gehoord|zag|gezien) (\w+ ){{0,2}}(over|van|dat)\b[^.;!?]{{0,30}}?"
               rf"{_CRISIS_WORD}"),
    re.compile(r"\bin (die|de|een|het|dat) (serie|film|boek|docu|documentaire|thriller|aflevering|game)\b[^.;!?]*"),
    re.compile(rf"\b(vraag|vragen|praat|praten) (ik )?(zelf )?(elke dag |dagelijks |vaak |altijd )?(naar|over) "
               rf"{_CRISIS_WORD}"),
    re.compile(rf"\b(getraind|opgeleid|geleerd|geprogrammeerd) om {_CRISIS_WORD} te (herkennen|bespreken|zien)\b"),
    # set 12: "op de SEH zie ik wekelijks suicidepogingen", "slaat u berichten over zelfbeschadiging op?"
    re.compile(rf"\b(zie|zag|behandel|behandelde) ik (wekelijks |dagelijks |vaak |elke week |elke dag )?(\w+ )?"
               rf"{_CRISIS_WORD}"),
    re.compile(rf"\b(berichten|vragen|informatie|gesprekken) over {_CRISIS_WORD}"),
    re.compile(rf"\biemand met {_CRISIS_WORD}"),  # set 13: a first-aid course, "iemand met suicidale gedachten"
    # set 13: "te vragen of ze aan zelfmoord denken" (a gatekeeper training), a parent's euthanasia
    re.compile(rf"\b(vragen|vraag|vroeg) (je |jij |u |ik )?((aan )?(iemand|een collega|een ander|je collega) )?"
               rf"of (ze|hij|zij|iemand|collega\w*) (aan )?{_CRISIS_WORD}"),
    re.compile(r"\b(mijn|zijn|haar|onze) (vader|moeder|opa|oma|man|vrouw|partner|broer|zus|tante|oom|schoonvader|"
               r"schoonmoeder) (wil|krijgt|heeft|kreeg|vraagt|vroeg) euthanasie\b"),
    re.compile(rf"\b(docu\w*|documentaire\w*|film\w*|series?|boek\w*|artikel\w*|podcast\w*|nieuws\w*) "
               rf"(over|met)\b[^.;!?]{{0,30}}?"
               rf"{_CRISIS_WORD}"),
    re.compile(rf"\bbij een {_CRISIS_WORD} (geweest|aanwezig|betrokken)\b"),
    # the number asked for someone else: "het nummer van 113? niet voor mij", "het nummer van 113 voor mijn vriendin"
    re.compile(r"\b(nummer|telefoonnummer)\s+van\s+113\b([^!]{0,80}\bniet voor (mij|mezelf)\b|"
               r"[^.;!?]{0,20}\bvoor\s+(mijn|een)\s+\w+)"),
    re.compile(rf"\bhet woord {_CRISIS_WORD}"),
    # set 7: someone else at risk ("hij zei dat hij niet meer wil leven", "een vriendin van mij snijdt zichzelf",
    # "bang dat mijn collega zichzelf iets aandoet"), a story or a job ("een roman over een vrouw die uit het leven
    # stapte", "mensen na een overdosis" on the spoedeisende hulp), a course in suicide prevention
    re.compile(r"\b(hij|zij|ze|(mijn|m'n|mn|een|onze)\s+\w+)\s+(zegt|zei|zeggen|zeiden|schreef|appte)\s+"
               r"(soms\s+|vaak\s+|steeds\s+|laatst\s+)?"
               # ... not on the way to the rails and "don't wait for him" (set 35)
               r"dat\s+(hij|zij|ze)\b(?![^.;!?]*\b(vanavond|vannacht|nu|straks|zo meteen|spoor|rails|spoorbaan|brug|"
               r"reling|balkon|springt|niet op (hem|haar) (\w+ )?(te )?wachten|"
               r"mes|wapen|geweer|jachtgeweer|pistool|laatste keer)\b)[^.;!?]*"),  # set 39
    re.compile(r"\b(zichzelf|zich|hemzelf|haarzelf)\s+(iets\s+)?(wilde\s+|wil\s+|zou\s+|ging\s+)?(aandoet|aan\s+doet|aandoen|snijdt|sneed|krast|"
               r"beschadigt|van het leven beroofd\w*)\b|\b(snijdt|krast|beschadigt)\s+(zichzelf|zich)\b"),
    re.compile(r"\b(hij|zij|ze)\s+(had|heeft)\s+(te ?veel\s+)?(pillen|medicijnen|tabletten)\s+(geslikt|ingenomen|"
               r"genomen)\b"),
    re.compile(r"\b(mensen|patienten|clienten|iemand)\s+(na|met)\s+een\s+overdosis\b"),
    re.compile(r"\b(cursus|training|opleiding)\s+\w*suicid\w*|\bsuicidepreventie\b"),
    re.compile(r"\b(iemand|een\s+(vrouw|man|meisje|jongen|moeder|vader)|die)\b[^.;!?]{0,20}\b(uit het leven stapte|"
               r"van een brug sprong|zich van het leven beroofde)\b"),
    re.compile(r"\b(dit|dat|het|mijn)\s+(werk|baan|functie|bedrijf|vak)\s+heeft\s+geen\s+toekomst(\s+voor\s+mij)?"),
    re.compile(r"\btouw\b[^.;!?]{0,30}\b(schommel|boot|tent|waslijn|klimrek|hangmat|verhuizing|aanhanger)\b"),
    # set 7: denials in other words ("mezelf iets aandoen is geen optie voor mij", "ik zou nooit iets doen om mezelf
    # te beschadigen", "ik bedoel niet dat ik dood wil")
    re.compile(r"\b(mezelf|mijzelf)\s+iets\s+(aan\s*doen|aandoen)\s+is\s+geen\s+optie\b"),
    re.compile(r"\bnooit\b[^.;!?]{0,25}\bom\s+(mezelf|mijzelf)\b[^.;!?]*"),
    # set 18: "ik heb nooit gedachten gehad om er een eind aan te maken"
    re.compile(r"\b(nooit|geen)\b[^.;!?]{0,10}\bgedachten\b[^.;!?]{0,15}\b(gehad|gekend)\b[^.;!?]*"),
    re.compile(r"\b(bedoel|bedoelde|zeg|zei)\b[^.;!?]{0,10}\bniet\s+dat\s+ik\b[^.;!?]*"),
    # "ik zou het mijn kinderen nooit aandoen"
    re.compile(r"\b(zou|zal|ga|kan)\b[^.;!?]{0,25}\b(nooit|niet) aandoen\b"),
    # set 8: someone else at risk with words in between ("mijn zoon zit in een depressie en zegt soms dat hij ...",
    # "mijn collega zei gisteren dat hij ...", "omdat mijn partner suicidaal is", "ik heb 113 voor haar gebeld"),
    # a story ("een thriller waarin ...", "een reportage over zelfdoding"), an ending that is about a quarrel ("er een
    # eind aan maken, aan dat gedoe met mijn leidinggevende")
    re.compile(r"\b(mijn|m'n|mn|onze|een) (zus|broer|dochter|zoon|kind|vader|moeder|vriend|vriendin|collega|partner|"
               r"man|vrouw|buurman|buurvrouw|neef|nicht)\b"
               # ... not someone beside the werknemer now ("mijn moeder zit naast me en zegt dat ...", set 34)
               r"(?![^.;!?]{0,40}\b(zit|staat|ligt|is) (nu |hier |net )*(naast|bij) (me|mij)\b)"
               r"(?![^.;!?]{0,40}\b(eet|drinkt)\b[^.;!?]{0,30}\b(niks|niets)\b)"  # set 37: not eating, now
               r"[^.;!?]{0,40}\b(zegt|zei|zeggen|schreef|appte|appt)\s+"
               # ... not "mijn man zei net dat hij er een eind aan maakt en is met de auto weggereden" (set 32)
               r"(?!(net|zojuist|daarnet|net nog)\b)(\w+\s+){0,2}dat\s+(hij|zij|ze)\b(?![^.;!?]*\b(me|mij|mezelf|"
               r"vanavond|vannacht|nu|straks|opgesloten|gaat|tegelijk|weggereden|weggelopen|vertrokken|spoor|rails|"
               r"spoorbaan|reling|balkon|springt|naast|bij haar|bij hem|"
               r"mes|wapen|geweer|jachtgeweer|pistool|laatste keer)\b)"  # set 39: a knife, a gun "for the last time"
               r"[^.;!?]*"),  # "dat hij me ..." and danger now stay
    re.compile(r"\b(mijn|m'n|mn|onze) (zus|broer|dochter|zoon|kind|vader|moeder|vriend|vriendin|collega|partner|man|"
               r"vrouw)\s+((is|was|werd|lijkt)\s+)?(erg\s+|heel\s+)?suicid\w*"),
    re.compile(r"\b113\b[^.;!?]{0,15}\bvoor\s+(haar|hem|hen|mijn\s+\w+)\b[^.;!?]*"),
    re.compile(r"\b(thriller|boek|film|serie|roman|detective|docu\w*|aflevering|podcast|reportage|uitzending)\b"
               r"[^.;!?]{0,25}\b(waarin|waar in|over)\b[^.;!?]*"),
    re.compile(r"\b(een )?(eind|einde) aan (te )?maken\s*,?\s+aan\s+(dat|die|het|de|dit|deze|mijn|m'n|onze)\b"
               r"(?! (leven|bestaan)\b)[^.;!?]*"),
    # set 17: an end made at this boss or job ("ik maak er een eind aan bij deze baas, ik ga solliciteren")
    re.compile(r"\b(een )?(eind|einde) aan (te )?(maken|gemaakt)?\s*(bij|met) (deze|die|dit|mijn|m'n|de|dat) (baas|"
               r"werkgever|baan|bedrijf|job|functie|afdeling|contract|werk|leidinggevende)\b"
               r"(?![^.;!?]*\b(leven|bestaan|mezelf|alles)\b)[^.;!?]*"),
    re.compile(r"\bafscheidsbrie\w* van (mijn|m'n|mn|een|onze) \w+\b"),  # "ik vond afscheidsbrieven van mijn man"
    # "ik wil echt niet meer... bij dit bedrijf werken": the ellipsis holds the sentence together
    re.compile(r"\bniet meer\s*(\.{2,}|…)\s*(bij|op|in|met|naar|voor|werken)\b[^.;!?]*"),
    # a farewell letter to the job, not to life: "een afscheidsbrief aan mijn werkgever"
    re.compile(r"\bafscheids(brief|mail|bericht|speech|woord)\w* (\w+ )?(aan|voor|naar) (mijn |m'n |de |het |mn )?"
               r"(werkgever|collega\w*|team|baas|leidinggevende|bedrijf|afdeling|klanten|oude ik|oude zelf|"
               r"vroegere ik|perfectionis\w*|burn-?out)\b(?![^.]*[.?!]?[^.]*\bals het (zo ?ver|zover) is\b)"),
    # set 39 and 40: no thoughts said in other words ("dat ik geen gedachten heb om er een eind aan te maken", "ik heb
    # nooit gedacht aan er een einde aan maken"), people in general ("is 113 alleen voor mensen met zelfmoord-
    # gedachten"), a talk at work ("een presentatie over signalen van suicide"), an addiction over ("na mijn overdosis
    # in 2012 ben ik clean geworden"), someone else's words in quotes, without danger now ("mijn oma zei altijd 'als ik
    # dood ben, krijg jij mijn horloge'", "mijn collega zei 'ik spring zo van het dak' toen de printer vastliep")
    re.compile(r"\b(nooit|geen)\b[^.;!?]{0,10}\bgedachten\b[^.;!?]{0,10}\b(heb|had|hebt)\s+(om|aan)\b[^.;!?]*"),
    re.compile(r"\b(nooit|niet) (aan )?(ge)?dacht aan (er )?(een )?(eind|einde|zelfmoord|zelfdoding|de dood)\b"
               r"[^.;!?]*"),
    # ... and "is 113 alleen voor mensen die aan zelfmoord denken" (set 42)
    re.compile(rf"\b(voor|bij|van) mensen (met |die (aan )?){_CRISIS_WORD}"),
    re.compile(rf"\b(presentatie|workshop|voorlichting|lezing|scriptie|onderzoek|les) over\b[^.;!?]{{0,40}}"
               rf"{_CRISIS_WORD}"),
    re.compile(r"\bna mijn overdosis\b[^.;!?]{0,25}\b(clean|afgekickt|gestopt met)\b[^.;!?]*"),
    re.compile(r"\b(oma|opa|moeder|vader|collega|baas|leidinggevende|buurman|buurvrouw|vriend|vriendin|oom|tante)\s+"
               r"(zei|zegt|riep|roept)\s+((altijd|vaak|dan|toen|laatst|steeds|eens)\s+)?['\"‘’“”]"
               r"(?![^'\"‘’“”]*\b(mes|wapen|geweer|jachtgeweer|pistool|vanavond|vannacht|pillen|nu)\b)"
               r"[^'\"‘’“”]{2,80}['\"‘’“”]"),
    # set 41: "ik ga mezelf echt niks aandoen", "het is niet zo dat ik niet meer wil leven. ik wil een ander leven"
    re.compile(r"\b(ik )?(ga|zal|wil) (mezelf|mijzelf|me) (echt |heus |zeker )?(niks|niets) aan ?doen\b[^.;!?]*"),
    re.compile(r"\bhet is niet (zo )?dat ik\b[^.;!?]*"),
    # set 42: "toen ik zei dat ik 'er even niet meer wil zijn' bedoelde ik: niet op kantoor", "mijn buurman riep dat
    # hij zich iets aan wilde doen", "murw geslagen"
    re.compile(r"\b(toen )?ik zei dat ik ['\"‘’“”][^'\"‘’“”]{2,60}['\"‘’“”]\s*,?\s*bedoelde ik\b[^.;!?]*"),
    re.compile(r"\b(zichzelf|zich)\s+(iets\s+)?aan\s+(wilde|wil|zou|ging)\s+doen\b"),
    re.compile(r"\b(ben|word|werd) (\w+ )?murw geslagen\b[^.;!?]*"),
]

# A plan or a date that is about work ("een datum gekozen om weer te beginnen") is no signal.
_WORK_WORDS = (r"(werk|werken|werkgever|baan|bedrijf|afdeling|kantoor|collega\w*|beginnen|starten|opstarten|"
               r"vakantie|afspraak|gesprek|contract|re-integratie|uren|"
               r"verhuizing|verhuizen|verhuis|bruiloft|trouwen|verjaardag|operatie|feest)")  # set 32
# Elsewhere by then, not gone from life: retired, moved, another employer (one list for the signal and the helper).
_ELSEWHERE = (r"(met pensioen|met vut|gepensioneerd|verhuisd|geemigreerd|emigreer|emigreren|uit dienst|"
              r"bij een (andere|nieuwe) (werkgever|baas)|(hersteld|beter) (gemeld|verklaard)|"
              r"werk (weer )?volledig|(ben|ik) (weer )?(volledig |helemaal )?hersteld (en|,)|"
              r"(ga|ben) (ik )?weer (volledig |helemaal )?aan het werk|traject is afgerond|"
              r"ik ga (\w+ )?(dagen|weken|maanden) naar|op vakantie|"
              r"op reis|(ik ga|ga ik|ik ben|ben ik) (\w+ )?met "
              r"(zwangerschapsverlof|bevallingsverlof|ouderschapsverlof))\b")
# set 37: "traject is afgerond, ik werk weer volledig"; set 39: "... dan ga ik met zwangerschapsverlof"


_INDIRECT = re.compile("|".join((
    # set 50: everything ready "ik hoef alleen nog te gaan", a question whether something is deadly, "straks, als ik
    # weg ben", everything arranged and the cat gone, something done to not wake up, a cremation "voor mezelf", a
    # file kept tidy for the next of kin
    r"\b(hoef ik|ik hoef|moet ik|ik moet) (alleen|enkel|nog maar|alleen nog maar) (nog )?(te )?gaan\b(?!\s+\w)",
    # ... never "is paracetamol dodelijk voor mijn kat?" (set 15)
    r"\b(is|zijn)\b[^.?!]{0,50}\b(dodelijk|fataal)\b(?!\s+voor\s+(?!mezelf|mij\b))[^.!]{0,30}\?|"
    r"\b(dodelijk|fataal) (is|zijn)\?",
    r"\b(straks|later|dan)\b[^.!?]{0,20}\bals ik (er )?(weg|niet meer) (ben|er ben)\b(?! (bij|van|uit|op)\b)",
    r"\balles (is )?(geregeld|opgeruimd)\b[^!?]{0,60}\b(eindelijk rust|kat weg|hond weg|huisdier weg)\b",
    r"\bik heb (al )?iets (gedaan|genomen|ingenomen|geslikt) om (dat|het) te regelen\b",
    r"\b(uitvaart\w*|crematie|begrafenis|kist)\b[^!?]{0,80}\bvoor mezelf\b",
    r"\b(netjes|geregeld|op orde)\b[^.!?]{0,40}\bvoor (mijn|m'n) nabestaanden\b|"
    r"\bvoor (mijn|m'n) nabestaanden\b[^.!?]{0,20}\b(netjes|geregeld|op orde)\b",
    # set 49: "over twee weken speelt dat allemaal geen rol meer", "over een paar dagen is er niemand meer om te
    # re-integreren", "hij snapt het later wel" after thanking a father
    r"\bover (een|twee|drie|vier|een paar|\w+) (dag|dagen|week|weken|maand|maanden)\b[^.!?]{0,30}\b(speelt|maakt|"
    r"doet)\b[^.!?]{0,20}\b(geen rol meer|niet meer uit|niets meer uit|er niet meer toe)\b",
    r"\b(straks|binnenkort|over (een|twee|drie|een paar|\w+) (dag|dagen|week|weken|maand|maanden)) (is|ben) er "
    r"niemand meer\b",
    r"\b(hij|zij|ze|jullie) (snapt|snappen|begrijpt|begrijpen) het (later|ooit|straks) (wel|pas)\b",
    # set 48: everything arranged "voor daarna"; looked up how it is done; worked out how many pills are needed;
    # following a brother who took his life; the second year "wordt ook mijn laatste"; a message for a partner "als
    # hij dit ooit leest"; "einde" in the diary, not of the contract; "of ik nog wil leven ... het antwoord is nee";
    # "niet zoeken alsjeblieft"
    r"\b(alles|het|zaken) (is |zijn )?(nu )?(al )?geregeld voor (daarna|erna|straks|als ik (er )?niet meer)\b",
    r"\b(opgezocht|uitgezocht|gegoogeld|bekeken) hoe (het|ik het|je het) (moet|kan|doet|werkt)\b",
    r"\buitgezocht hoeveel\b[^?]{0,40}\b(medicijnen|pillen|tabletten|medicatie)\b",
    r"\bdezelfde (stappen|weg)\b[^?]{0,20}\bals (hij|zij|ze)\b|\b(begin|ga) (hem|haar) (steeds )?beter te begrijpen\b",
    r"\b(dat|die|het|dit) wordt (ook )?mijn laatste\W*(\.|$)",
    r"\bals (hij|zij|ze|mijn \w+) dit (gesprek )?(ooit )?leest\b[^?]{0,60}\b(hou van je|het spijt me|sorry)\b",
    r"\beinde\W{0,2} (gezet|geschreven|staan|genoteerd)\b[^?]{0,40}\bniet van (mijn )?(contract|werk|baan)\b",
    r"\bof ik nog wil leven\b[^?]{0,30}\b(antwoord is nee|nee dus|niet echt)\b",
    r"\b(niet|nie) (naar (mij|me) )?(komen )?zoeken\W+(alsjeblieft|aub|please|pls)\b|\bzoek (me|mij) niet\b|"
    r"\bga (me|mij) niet (zoeken|achterna)\b",
    # set 47: a testament at the notaris and thanks for everything; "a good day to go too" a year after a death; "over
    # een week is het niet meer nodig"; cutting again after years; a decision hidden from the psycholoog; not meant to
    # be "op aarde"; hoping for cancer and "helping a hand"; a loved one giving away her jewellery
    r"\btestament\b[^?]{0,80}\b(dank|bedankt) voor alles\b|\b(zaken|alles) (zijn |is )?(al )?geregeld\b[^?]{0,80}"
    r"\b(dank|bedankt) voor alles\b",
    r"\b(overleden|gestorven|dood|begraven|gecremeerd)\b[^?]{0,120}\b(dag|moment) om (ook |er ook |zelf ook )?te gaan\b"
    r"(?! \w)",
    r"\b(geen moeite meer|laat maar zitten|hoeft niet meer)\b[^?]{0,80}\b(over|na) (een|1|twee|drie|\d+) (dag|dagen|"
    r"week|weken|maand)\b[^?]{0,20}\bniet meer nodig\b",
    r"\b(gesneden|snijden|gekrast|krassen|mezelf beschadigd|beschadigen)\b[^?]{0,100}\b(weer (mee )?begonnen|"
    r"weer aan het (snijden|krassen)|wordt (het )?(steeds )?erger)\b",
    r"\b(dat zeg ik|zeg ik dat|zeg ik) (alleen|maar|gewoon)\b[^?]{0,60}\b(met rust (laat|laten)|niet ongerust)\b"
    r"[^?]{0,60}\b(besluit|beslissing) (is )?(al )?genomen\b",
    r"\b(hoor|hoort|horen) (hier )?niet (te zijn|thuis)\b[^?]{0,40}\bop (deze )?aarde\b|\bop (deze )?aarde\b[^?]{0,60}"
    r"\bvergissing\b",
    r"\bhoop (gewoon |stiekem |soms |echt )?dat ik (\w+ ){0,2}(kanker|een hartaanval|een ongeluk|een ongeval|"
    r"een dodelijke \w+) (krijg|heb|kijg)\b|\b(vanzelf gebeurt|vanzelf gaat)\b[^?]{0,30}\bhelp ik (het |wel |zelf )*"
    r"een (handje|handje mee)\b",
    r"\b(al|alle) (haar|zijn|mijn|m'n|mn) (spullen|bezittingen|sieraden|juwelen|dierbare \w+) (\w+ ){0,4}"
    r"(weggegeven|gegeven|verdeeld|uitgedeeld)\b(?![^.]{0,40}\b(verhuizing|kringloop|marktplaats|te klein|past|"
    r"verzorgingshuis|verpleeghuis|kleiner (gaan )?wonen|opruim\w*)\b)",
    # a past attempt, and urges to try again
    # ... not an attempt at something else ("derde poging om dit formulier te uploaden", "nog een poging bij een
    # andere werkgever", set 29 and round 32)
    r"\b(zelfmoord)?poging\b(?! (om|tot) "
    r"(?![^.!?]{0,30}\b(mezelf|mijzelf|zelfdoding|zelfmoord|suicide|leven|dood|eind)\b)"
    r"| (doe|doen|te doen|wagen|waag) )",
    r"\b(het|dat)\b[^.,;]{0,25}\b(al )?(eens|een keer|vaker|twee keer|eerder) (ge)?probeerd\b",
    r"\bvonden ze me\b", r"\b(weer|opnieuw) (proberen|doen)\b.*\b(vorige keer|eerder)\b",
    r"\bop tijd gevonden\b", r"\b(touw|strop|pillen|mes|wapen|slang)\b.*\bik weet waarvoor\b",
    # losing control with means at hand, "snel en pijnloos", water without swimming, a crash on purpose (set 4)
    r"\b(me|mezelf|mijzelf)\b[^.]{0,15}\b(nog )?(kan |kon )?tegenhouden\b",
    r"\b(snel|zacht) en pijnloos\b", r"\b(kade|water|brug|rivier|gracht|sloot)\b.*\bkan niet zwemmen\b",
    r"\b(expres|met opzet)\b[^.]{0,40}\b(de sloot|het water|een boom|de vangrail) (in|tegen)\b",
    r"\bdit is mijn afscheid\b(?! (van|bij|op|in) (de|het|mijn|m'n|die|deze|dit|dat|ons) (afdeling|werk|baan|bedrijf|"
    r"team|collega\w*|school|functie|organisatie|kantoor|winkel|zaak)\b)", r"\bniet (verteld|gezegd) waarom\b",
    rf"^(?!.*\b{_WORK_WORDS}\b|.*\bvervang\w*|.*\bwachtwoordmanager\b|.*\bkluis\w*|.*\btip\b|.*\bkwijt\b|.*\bvergeet\b)"
    r"(?=.*\b(wachtwoorden|pincodes?|bankgegevens)\b)"
    r".*\b(opgeschreven|op een briefje|klaargelegd|gezet)\b",
    r"\b(gekocht|gehaald|geregeld) wat ik nodig heb\b",
    # set 29: a place or a means and "now", nothing else ("brug. nu.")
    r"^\W*(de |het )?(brug|spoor|trein|dak|flat|pillen|touw|strop|mes|water)\W+(nu|vanavond|vannacht|straks)\W*$",
    # set 31: how painful a way to die is, all collected, a weapon at hand, a letter why I go, better off without a
    # sick father, sleeping "voor lang", going to a parent who died, holding it back while it grows, a funeral
    # insurance that must start next week, what works faster, an urge to hurt someone, not coming back after thanks
    r"\b(doet|is) (het )?(\w+ ){0,2}(pijn|pijnlijk)\b[^?]{0,25}\b(verdrinken|dood te bloeden|doodbloeden|ophangen|"
    r"springen|overdosis|stikken|verstikken|bevriezen)\b|\b(verdrinken|doodbloeden|dood bloeden|verhangen|stikken)\b"
    r"[^?]{0,15}\b(pijn|pijnlijk)\b",
    r"\b(heb|ik heb) (alles|het|ze|genoeg) (al )?(verzameld|gespaard|opgespaard|bij elkaar)\b",
    r"\b(dienstwapen|wapen|pistool|geweer|jachtgeweer|revolver)\b[^?]{0,80}\b(naast me|voor me|op tafel|in mijn hand|"
    r"geladen)\b",
    r"\b(brief|brieven|briefje)\b[^.!?]{0,60}\bwaarom ik (ga|weg ga|er niet meer ben|het doe|het ga doen)\b",
    r"\b(hebben|heeft|zijn|is) het (straks |later |dan )?beter zonder (mij|me|zo'n|zo een|zon)\b",
    r"\bslapen,? voor (lang|altijd|heel lang|eeuwig|goed)\b",
    r"\bik (ga|kom) (nu )?naar (papa|mama|pap|mam|hem|haar)\b[^?]*\boverleden\b",
    r"\bprobeer (het|mezelf) (\w+ )?(tegen te houden|tegenhouden)\b[^.!?]{0,30}\b(sterker|erger|moeilijker)\b",
    r"\buitvaartverzekering\b[^.!?]{0,60}\b(volgende week|snel|meteen|direct|deze week)\b",
    r"\bwat werkt (het )?sneller\b[^?]{0,20}\b(pillen|tabletten|medicijnen)\b",
    r"\b(zin|neiging|drang) om iemand (\w+ )?(pijn te doen|iets aan te doen|te slaan)\b",
    r"\b(denken|denkt) dat ik (terugkom|terug kom|er morgen weer ben),? maar dat is niet zo\b",
    r"\b(geen zorgen|niet online)\b[^?]{0,60}\bdan is het (eindelijk )?gelukt\b",
    r"\b(precies )?dezelfde gedachten (als|die) (hij|zij|ze)\b",
    # set 30: one way out taken this week, a life insurance that pays "bij eigen toedoen", a decision with little
    # time left, everything "afgerond, voorgoed", slipping away without food and drink, bridge or knife as emoji
    r"\b(zie|heb|is|weet) (nog )?(maar )?(een|1) uitweg\b",
    r"\b(levensverzekering|overlijdensrisicoverzekering)\b[^.!?]{0,80}\b(eigen toedoen|zelfmoord|zelfdoding|"
    r"als ik er niet meer ben|na mijn dood|het zelf|zelf doe|je snapt wel)\b",
    r"\bniet (zo ?veel|veel|genoeg) tijd meer\b[^?]{0,60}\bbesluit genomen\b",
    r"\b(afgerond|geregeld|rond),? voorgoed\b|\bvoorgoed (afgerond|klaar|weg)\b",
    r"\bom (gewoon |rustig |zacht |langzaam )?weg te (glijden|zakken|zweven)\b",
    r"🌉\s*⬇|🔪\s*🩸|🩸\s*🔪|🚆\s*🧍|🪢",
    # set 29: one's own funeral being arranged, a letter "for when I am gone"
    r"\b(regelen|plannen|voorbereiden) van (mijn|m'n|mn) (eigen )?(begrafenis|uitvaart|crematie)\b",
    r"\b(brief|brieven|briefje|briefjes)\b[^.!?]{0,60}\bvoor als ik (er )?(niet meer (ben|leef)|weg ben|dood ben)\b",
    # set 29: pills bought in several shops, a box at a time ("bij drie drogisterijen paracetamol gehaald, telkens
    # een doosje")
    r"\b(drie|vier|vijf|meerdere|verschillende|allemaal|alle) (drogisterijen|apotheken|winkels|supermarkten)\b"
    r"[^.!?]{0,60}\b(paracetamol|pillen|tabletten|doosje|doosjes|strip|strips)\b",
    r"\b(raam|balkon|dak|brug|reling)\b.*\bnaar beneden\b.*\b(gekeken|kijken|keek)\b",
    r"\b(het balkon|de reling|het dak|het raam|de brug|het spoor|de rand|de diepte|het water)\s+(trekt|lokt|roept)"
    r"\s+(me|mij|steeds|zo|echt)\b",
    r"\b(stoel|trapje|ladder) (bij|tegen|naast) (de|het) (reling|raam|balkon|rand)\b",
    r"\b(oxazepam|temazepam|diazepam|lorazepam|slaappillen|pillen|medicijnen|tabletten)\b.*"
    r"\b(wodka|drank|alcohol|whisky|wijn|fles)\b.*\bklaar\b",
    r"\b(wodka|drank|alcohol|whisky|fles)\b.*\b(oxazepam|temazepam|slaappillen|pillen|medicijnen)\b.*\bklaar\b",
    r"\bhet is mooi geweest\b.*\bafscheid\b", r"(^|[.!?]\s*)voorgoed\W*$",
    # set 22: means and plans said in passing ("onder die trein springen", "de pillen liggen al klaar", "stenen in
    # mijn zakken", "gas open", houtskool in a closed room, cutting lengthwise, "volgende keer stap ik niet opzij")
    r"\bonder (de|die|een) (trein|metro|tram|vrachtwagen|bus) (te )?(springen|stappen|lopen|gaan liggen)\b",
    r"\b(spring|stap|loop) (ik )?(\w+ ){0,2}onder (de|die|een) (trein|metro|tram|vrachtwagen|bus)\b",
    r"\b\w*(pillen|tabletten|medicijnen|middelen|touw|strop)\b[^.?!]{0,20}\b(liggen|ligt|hangt|staan) (al )?klaar\b",
    r"\bstenen in (mijn|m'n|mn|de|je) (jas|zakken|jaszakken)\b", r"\bgas (open|aan)\b[^.?!]{0,40}\bslapen\b",
    r"\bhoutskool\b[^?]{0,60}\b(deur|ramen|raam)\b[^?]{0,20}\bdicht\b",
    r"\bin de lengte\b[^?]{0,20}\bsnij\w*\b|\bsnij\w*\b[^?]{0,20}\bin de lengte\b",
    r"\b(stap|ga) ik (niet|niet meer) opzij\b",
    r"\bniet van plan (om )?(er|hier)\b[^.?!]{0,30}\b(nog|meer) te zijn\b",
    r"\bniks meer wat me hier\b|\bniets meer wat me hier\b|\bvandaag is de dag\b[^a-z]*$",
    r"\bik weet (wel |precies |al )?waar ik (ze|die|het|hem) voor (ga )?gebruik\w*\b",
    # set 23: charcoal and taped gaps, pills taken "for tonight", medicine flushed "so it goes wrong", a will today
    # "no time left", not eating "because I do not deserve it", a rope question "do not ask why"
    r"\b(kooltjes|houtskool|barbecue|bbq)\b[^?]{0,80}\b(afgeplakt|dichtgeplakt|kieren|ventilatie\w*|tape)\b|"
    r"\b(afgeplakt|dichtgeplakt|kieren|ventilatie\w*)\b[^?]{0,80}\b(kooltjes|houtskool|barbecue|bbq)\b",
    r"\bik wil dat het (mis|fout) gaat\b|\bik wil dat het misgaat\b",
    r"\b(strips|pillen|doosjes|tabletten)\b[^.?!]{0,40}\b(gejat|gepakt|meegenomen|verzameld)\b.*\b(vanavond|vannacht|"
    r"straks)\b",
    r"\btestament\b[^.]*\b(vandaag nog|geen tijd meer|voor het te laat is)\b|"
    r"\b(vandaag nog|geen tijd meer)\b[^.]*\btestament\b",
    r"\b(eet|eten)\b[^.]{0,40}\b(niet|niks|bijna niks|nauwelijks)\b[^.]{0,60}\b(niet verdien|verdien het niet)\b",
    r"\bvraag (maar )?niet waarom\b",
    r"\b(dat het|het) ophoudt\b.*\bgeen (andere )?(manier|uitweg|oplossing) meer\b(?! (dan|als) (ontslag|stoppen met|"
    r"een andere baan|weggaan|praten))",
    r"\bmes (pak|pakken)\b.*\b(nadenk|erover na|erover denk)\b",
    r"\b(overlijd|overlijden|dood)\b.*\b(zelf te regelen|zelf regelen|van plan dat)\b",
    r"\bmet (ze|hen|hem|haar) (willen |zou )?ruilen\b",
    r"\bik ben er\b[^.]{0,40}\b(waarschijnlijk|misschien|toch|dan|straks|binnenkort) niet meer\b",
    r"\b(vorige keer|toen|eerder)\b.*\b(spoedeisende hulp|eerste hulp|seh|leeggepompt)\b",
    r"\b(spoedeisende hulp|eerste hulp|seh|leeggepompt)\b.*\b(zoals toen|net als toen|weer zo|vorige keer)\b",
    # means
    r"(?<!als een )\bstrop\b", r"\bom (mijn|m'n|mn) (nek|hals)\b.*\b(krukje|kruk|stoel|balk|zolder)\b",
    r"\b(krukje|kruk)\b.*\bom (mijn|m'n|mn) (nek|hals)\b",
    r"\beuthanasie\b.*(\bzelf (wel )?(regel|regelen|doen|doe)\b|\b(regel|doe) ik het (dan )?zelf\b)",
    r"\b(het|een|mijn) (mes|touw|plan)\b(?! van aanpak) (ligt|hangt|staat) (al |nu )?klaar\b",
    r"\btestament\b.*\b(kat|hond|huisdier|spullen)\b",
    r"\b(slang|uitlaat)\w*\b.*\b(garage|auto|motor|uitlaat|dicht)\b",
    r"\bgarage\b.*\bmotor\b.*\b(aan|draaien|draait|lopen)\b|\bmotor\b.*\b(aan|draaien|draait)\b.*\bgarage\b",
    r"\b(brug|balkon|reling|dak|flat|viaduct)\b.*\b(overheen|eroverheen|klimmen|geklommen|klom|over de rand|"
    r"over de reling)\b",
    r"\b(wil|ga|zou|wou) (\w+ )?verdrinken\b|\b(pijnlijk|lang|snel)\b.*\bverdrinken\b",
    r"^(?!.*\bspoor (1|2|een|twee)\b)(?!.*\bspoor (\w+ )?bijster\b)(?=.*\b(perron|spoor|treinen?|rails)\b)"
    r".*\b(perron|spoor|treinen?|rails)\b"
    r".*\b(stap|springen|spring|voor de|gele lijn|ervoor)\b",
    # ... nor a weapon handed in ("een oud jachtgeweer geerfd ... hoe lever ik het in bij de politie?", set 41)
    r"^(?!.*\b(jager|jacht|jaag|jagen|schietvereniging|sportschutter|schietsport|inleveren|lever ik|vergunning|"
    r"dienstwapen|is mijn wapen|mijn wapen tegen|beveiliger|geldtransport\w*|boa|militair|defensie|politieagent)\b)"
    r".*\b(geweer|pistool|vuurwapen|"
    r"jachtgeweer|"
    r"wapen)\b",
    r"\b(pillen|strips|tabletten|medicijnen|slaappillen|pleisters|fentanyl\w*|morfine|oxycodon)\b.*\b(bewaard|gespaard|"
    r"verzameld|opgespaard|genoeg)\b",
    r"\b(beslissing|besluit) (genomen|gemaakt)\b[^.]{0,30}\b(geeft|gaf) (me|mij) rust\b",  # set 31
    r"\b(knoop|knopen)\b.{0,60}\b(eentje|die ene) (kan|ken) ik\b",  # set 29: "knopen leren ... eentje kan ik"
    r"\b(brug|flat|dak|balkon|gebouw)\b.*\b(springen|spring|naar beneden|hoog genoeg)\b",
    # ... not the way to an office ("welke brug moet ik nemen naar het UWV-kantoor met de fiets", set 39)
    r"\bwelke (flat|brug|toren|parkeergarage|gebouw|trein)\b(?![^?]*\b(naar (het|de|mijn)|met de fiets|fietsen|"
    r"route|afgesloten)\b).*\b(kies|kiezen|zou nemen|moet)\b|"
    r"\bde hoogste (flat|brug|toren)\b|\b(uitgekozen|uitgezocht)\b.*\b(brug|flat|toren|plek|spoor)\b",
    r"\b(verschillende|meerdere|andere) (apotheek|apotheken|drogisterij\w*|winkels)\b.*"
    r"\b(niemand|opvalt|niet op|merkt|ziet)\b",
    # blind set 5 (after its first count): farewells, affairs in order, dates, means at hand, self-harm, following
    # someone who died, a burden, history that is back, a crisis at the end of a question, slang
    r"^\W*dit (is|was) het dan\b", r"\bniemands probleem\b", r"\bvertraagd (verzenden|verstuurd|versturen)\b",
    # ... not to save money ("al mijn abonnementen opgezegd om te bezuinigen", set 32)
    r"\babonnementen opgezegd\b(?![^.!?]{0,25}\b(om te (besparen|bezuinigen|sparen)|te duur|omdat|want|vanwege)\b)",
    # ... not after a parent's death left nothing arranged (set 31)
    # ... nor wishes talked over during chemo, now the result is good (set 33)
    # ... nor one's own wishes "later", talked over since a mother died (set 35)
    r"^(?!.*\b(na (het overlijden|de dood|de begrafenis) van|(over|voor) (de mijne|mijn eigen|die van mij) later|"
    r"samen met (haar|hem|mijn (moeder|vader|ouders))|(zijn|haar) (uitvaart|begrafenis|crematie) ?wensen)\b)"
    r"(?!.*\b(chemo|uitslag (is |was )?goed|opgelucht)\b)"
    r".*\b(uitvaart|begrafenis|crematie) ?wensen\b",
    r"\bdaarna hoef ik (niks|niets) meer\b", r"\bdan is dat (ook )?geregeld\b",
    r"\bde datum staat\b(?![^.!?]*\b(begin|start|werk|uur|uren)\b)", r"\bmijn laatste (avond|nacht)\b|"
    r"\bmijn laatste dag\b(?! (bij|op|in|van|met|als)\b)(?![^.]{0,60}\b(collega\w*|"
    r"afscheid nemen|taart|team|bedrijf|contract|in dienst)\b)"
    r"(?!.{0,80}\bover en uit met (dit|dat|het|deze|die|mijn) (bedrijf|baan|werk|werkgever|job|club)\b)",  # set 36
    r"\b(na|voor) de (kerst|feestdagen|verjaardag|zomer|vakantie)\b.{0,80}\b(stop ik ermee|doe ik het)\b",
    r"\brustig in huis\b[^.]{0,40}\b(kan|ga) ik het doen\b", r"^\W*(vannacht|vanavond|morgen|straks) doe ik het\W*$",
    r"\b(keukenmes|mes)\b[^.]{0,40}\b(naast me|naast mijn bed|mee naar (de )?slaapkamer)\b",
    r"\b(kanaal|water|rivier|gracht|zee)\b[^.]{0,60}\bsnel voorbij\b", r"\bopen dak\b",
    r"\b(opgezocht|gezocht)\b[^.]{0,15}\bhoe dat werkt met (gas|een kachel|koolmonoxide)\b",
    r"\b(opspaar|opspaart|opsparen)\b",
    r"\bspaar\w* (mijn |de |die )?(pillen|tabletten|medicijnen|slaappillen|oxazepam) op\b", r"\bnu heb ik er genoeg\b",
    r"\bbonk\w*\b[^.]{0,30}\b(hoofd|kop)\b[^.]{0,30}\b(muur|deur)\b",
    r"\b(scheermesje|mesje)\b.{0,60}\b(voor als|te veel)\b", r"\bclean van (krassen|snijden)\b",
    r"\bkom (gewoon )?achter (je|hem|haar) aan\b", r"\belkaar weer\b[^.]{0,30}\bzien\b.*\b(nu kon|vandaag nog)\b",
    r"\bik begrijp (hem|haar) steeds beter\b", r"\bof geen (vader|moeder|partner)\b", r"\bals ik wegval\b",
    r"\b(die|donkere|zwarte) gedachte(n|s)?\b.*\b(kwamen|komen|zijn)\b[^.]{0,25}\bterug\b",
    r"\b(opname|poging)\b.*\b(voelt|is) (het )?weer zo\b", r"\bweer mee bezig\b",
    r"\bof ik er (dan |tegen die tijd )?nog ben\b", r"\bop het spoor (gestaan|gelopen|gezeten|gelegen)\b",
    r"\btussenuit\b.{0,30}\bvoor altijd\b", r"\bde pijp uit\b.{0,80}\b(handje|helpen|help)\b",
    r"\b(ophoudt|stopt)\b.{0,20}\bik ook\b", r"\bdoor eigen toedoen\b",
    r"\bniet (meer )?in staat (om )?(nog langer )?door te gaan met (leven|het leven|alles)\b",
    r"\bniet verder (wil|kan) leven\b",
    # blind set 6 (after its first count): "it" as the act, a body found, the dead waiting, harm done again, all
    # taken, not living to see a date, a last time, relief for others, the way out
    r"\b(voordat|voor|nadat|als|zodra|wanneer|hoe) ik het (ga )?(doe|doen)\b(?! (op|bij|met|in) (mijn|het|de) werk)",
    r"\bik weet (nu )?(wat|hoe) ik (ga doen|het doe|ga)\b(?! (verdienen|krijgen|zeggen|vragen|werken|vertellen)\b)",
    r"\bhet plan ligt er\b", r"\bweet ik het nu\b",
    r"\b(mij|me) (vindt|vinden|vind)\b[^.]{0,40}\b(politie|niemand|mijn (vrouw|man|kinderen))\b|"
    r"\b(niet|politie)\b[^.]{0,30}\b(vindt|vinden) (mij|me)\b",
    r"\b(graf|urn|kerkhof|begraafplaats)\b[^.]{0,80}\b((snel|gauw) (weer )?(samen|bij)|wachten|"
    r"niet lang(?! (chatten|praten|typen|blijven|kletsen))|"
    r"je snapt wat ik bedoel)\b",
    r"\b(elkaar (terugzien|weerzien)|weer samen zijn)\b[^.]{0,40}\b(nu|snel|gauw|vandaag)\b|"
    r"\b(nu|snel|gauw)\b[^.]{0,20}\belkaar (terugzien|weerzien)\b",
    r"\b(manier|weg) om (weer )?bij (hem|haar|hen) te (komen|zijn)\b",
    r"\b(snij|snijd|kras|brand|sla|bonk) ik (me |mezelf )?(weer|opnieuw|nog steeds)\b(?! op\b)|"
    r"\b(weer|opnieuw) (gesneden|gekrast|gebrand|snijden|krassen)\b|\bsnij ik weer\b|\b(ik )?snij weer\b",
    r"\b(hoofd|kop)\b[^.]{0,20}\btegen de muur\b", r"\bhand boven\b[^.]{0,20}\b(vuur|gasfornuis|kaars|vlam)\b",
    r"\b(weer gedaan)\b.*[\U0001F52A\U0001FA78]|[\U0001F52A\U0001FA78].*\bweer gedaan\b",
    r"\b(alles|alle pillen|de hele strip|het hele doosje) ingenomen\b", r"\bte weinig genomen\b",
    r"\b(pillen|medicijnen|tabletten)\b[^.]{0,30}\bmee\b[^.]{0,40}\b(niet|nooit) (meer )?terug\b",
    r"\b(ga|zal) ik niet (meer )?meemaken\b|\bdat (ga|zal) ik niet (meer )?meemaken\b",
    # ... not when gone by then ("tegen die tijd ben ik er niet meer, ik ga in augustus met pensioen", set 32)
    r"\b(ben|is) (ik|het) er (toch |dan |al )?(niet|nie|ni) meer\b"
    r"(?!,? (bij|op|in) (dit|dat|het|mijn|de) (werk|bedrijf|baan))"
    rf"(?![^.!?]{{0,60}}(?<!niet )\b{_ELSEWHERE})",
    r"\b(twee jaar|die jaren|dat jaar|het jaar) niet vol (ga|zal) maken\b",
    r"\b(een )?laatste keer\b[^.]{0,60}\bvoordat\b", r"\bmag ik (eindelijk|dan) gaan\b",
    r"\bniet (meer )?nodig hebben\b[^.]{0,5}$|\bzal (haar|hem|jullie|u) niet meer nodig hebben\b",
    r"\b(voelde als|was) afscheid\b[^.]{0,20}\b(en )?dat was het ook\b",
    r"\b(van me|van mij) (verlossen|bevrijden|af zijn)\b",
    r"\b(meer aan|beter af met) (een )?\w+ die er niet (meer )?is\b",
    r"\b(nooduitgang|uitgang)\b[^.]{0,60}\b(dichter bij|open)\b",
    # ... not a bridge one no longer dares to cross since a panic disorder (set 35)
    r"^(?!.*\b(paniek\w*|hoogtevrees|fobie|pleinvrees)\b).*"
    r"\b(overgang|spoorwegovergang|spoor|viaduct|brug)\b[^.]{0,60}\b(durf|moment|elke avond|elke nacht)\b",
    r"\b(zee|water|kanaal)\b[^.]{0,30}\b(in lopen|inlopen|doorlopen|loop ik (gewoon )?door)\b|"
    r"\bloop ik (gewoon )?door\b[^.]{0,20}\b(zee|water)\b",
    r"\bniet hoeft te wachten\b|\bniet lang meer hoeft te wachten\b",
    r"\b(hotelkamer|hotel)\b[^.]{0,60}\b(niemand weet|kom niet terug|pillen)\b",
    r"\b(heb|had) alles (al )?klaargelegd\b(?![^.!?]*\b(kleren|lunch|tas|werkdag|werkkleding|boterhammen)\b)",
    r"\b(in mijn hoofd|in gedachten)\b[^.]{0,20}\bweer naartoe\b",
    r"\b(laatste|vorige|eerste) (attempt|poging)\b[^.]{0,80}\b(zelfde punt|hetzelfde|weer|wat niet werkt)\b",
    r"\b(laatste|vorige|eerste) keer\b[^.]{0,80}\b(zelfde punt|wat niet werkt)\b",
    r"\bidee is nooit weggegaan\b", r"\bvorige keer stond ik (al )?op\b",
    r"\b(vinden|vonden) me\b[^.]{0,10}$", r"\bstop ik ermee\b[^.]{0,40}\b(klaargelegd|klaar)\b",
    r"\b(ze|hem|haar) dat (te )?geven\b[^.]{0,5}$",
    r"\b(kanaal|zee|meer|haven|plas)\b.*\bkan niet zwemmen\b",
    r"\b(oxazepam|temazepam|diazepam|lorazepam|pillen|tabletten|medicijnen|slaappillen)\b.*\b(bewaard|"
    r"(?<!niet op )(?<!geen )voorraad)\b",
    r"\bals (ze|hij|men|iemand) (me|mij) (vinden|vindt)\b",
    r"\b(kerkhof|graf|begraafplaats)\b.*\b(je snapt wat ik bedoel|niet op bezoek)\b",
    r"\b(attempt|poging)\b.*\b(zelfde punt|hetzelfde)\b",
    r"\belkaar (terugzien|weerzien)\b.*\b(nu is|nu kan|vandaag)\b",
    r"^(?!.*\b(paniek\w*|hoogtevrees|fobie|pleinvrees)\b).*\b(overgang|spoor|viaduct|brug|kade|dak|reling)\b.*\bdurf\b",
    r"\b(sta|stond|zit|zat) (ik )?(nu )?(al )?(elke avond|elke nacht|vaak|steeds) (op|bij) (het|de) "
    r"(viaduct|brug|spoor|dak|reling|overgang)\b(?![^?]*\b(camera|foto\w*|hobby|spotten|fotograferen|"
    r"met de hond|geeft (me|mij) (echt |veel )?rust|naar de boten)\b)",
    r"\bhoeft niemand (meer )?rekening met (mij|me) te houden\b", r"\bweet ik nu wat niet werkt\b",
    # a date, a moment, a plan
    rf"(^|[.!?]\s*)(?![^.!?]*\b{_WORK_WORDS}\b)[^.!?]*\b(datum|moment|dag)\b[^.!?]*"
    r"\b(geprikt|gekozen|bepaald|is daar|vastgesteld)\b",
    r"\blaatste dag\b.*\b(uberhaupt|van mijn leven|ooit)\b",
    r"\b(kom|ben) (ik )?niet meer terug\b(?! (op|bij|in|naar) (die|deze|dit|de|het|mijn|m'n) (afdeling|bedrijf|werk|"
    r"baan|school|team|functie|werkplek|locatie|winkel|plek|zaak|kantoor)\b)",
    r"\b(heb|is) (het )?(allemaal )?(al )?(uitgedacht|geregeld|voorbereid)\b(?! voor (morgen|vandaag|het gesprek|de "
    r"afspraak|de vakantie|het weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week|"
    r"de verhuizing|de verbouwing|de bruiloft|het feest|de reis)\b)",
    # ... not "hoef ik niet meer te plannen, dat heeft mijn werkgever al gedaan" (set 50)
    r"\bhoef ik niet meer\b(?![^.!?]{0,40}\b(al gedaan|al geregeld|al gepland|doet (mijn|de) \w+)\b)",
    rf"^(?!.*\b{_WORK_WORDS}\b).*\b(er|hier) (over|na|binnen|volgende|komende) (een |twee |drie |\d+ )?\w+ (toch )?"
    r"niet meer\b", r"\bonder de grond\b(?! (kruipen|zakken|wegkruipen|kroop|zakte))",
    rf"^(?!.*\b{_WORK_WORDS}\b).*\b(over|na|binnen) (een|twee|drie|vier|\d+) (dag|dagen|week|weken|maand|maanden)\b"
    r"[^.]{0,20}\b(ben|is) (ik|het) er (toch |al |gewoon )?niet meer\b",
    r"\b(niks|niets) meer van mij over\b", r"\bvan mij (niks|niets) meer over\b",
    r"\b(als|wanneer|zodra)\b[^.]{0,60}\b(weg|alleen|bij hun|de deur uit|slapen|niet thuis)\b[^.]{0,30}"
    r"\b(doe|ga) ik het\b",
    r"\bik (zal|ga) (ze|jullie|hen|iedereen|hem|haar) (nooit|niet) meer zien\b",
    r"\b(ze|jullie|je|niemand) (zien|ziet|horen|hoort) (me|mij) (nooit|niet) meer terug\b",
    r"\b(zeg|vertel)\w*\b[^.]{0,40}\bdat (hij|zij|ze|jij|jullie) er (niks|niets) aan (kon|kan|konden|kunnen) doen\b",
    r"\b(meer|beter af) (aan|met) (mijn|de) (levensverzekering|overlijdensuitkering|verzekering)\b",
    r"\b(hoop|wens)\b[^.]{0,25}\b(ziekte|ongeluk)\b[^.]{0,30}\b(niet meer beter|niet overleef|dood)",
    r"\b(ophouden|stoppen|ophoudt|stopt|voorbij)\b\W+(en )?(mij|mezelf) erbij\b",
    r"\b(zeg|vertel)\w*\b[^.]{0,40}\bdat het niet (haar|zijn|hun|jouw|jullie) schuld (is|was)\b",
    r"\b(laatste (dingen|zaken))\b.*\b(regel|regelen|afhandelen|op orde)\b|"
    r"\b(regel|regelen)\b.*\blaatste (dingen|zaken)\b",
    r"\bkost ik niemand (meer )?(geld|iets|moeite)\b", r"\bniet lang meer (voor|met) (mij|me)\b",
    r"\breis\b[^.]{0,30}\b(niet|nooit) (meer )?(van )?terug(komt|kom|keert)\b",
    r"\b(hoop|wens|wou)\b[^.]{0,25}\b(ernstig|dodelijk|ongeneeslijk|terminaal) ziek\b|\bvanzelf ophoudt\b",
    r"\b(ophouden|stoppen|ophoudt|stopt)\b\W+(en )?ik ook\b",
    r"\bzeg\w* dat ik van (ze|hen|hem|haar|jullie|hun) hou\w*\b",
    r"\bgeen toekomst\b(?! (meer )?(bij|in|op|binnen|voor) (dit|dat|deze|die|mijn|het|de|m'n)\b)",
    r"\bniet lang meer\b.*\b(hier|rond|leven)\b",
    r"\bniet van plan\b.*\b(lang|nog lang)\b",
    # farewells, affairs in order
    r"\bafscheid\b.*\b(van alles|van het leven|van iedereen|voorgoed|voor altijd)\b",
    r"\b(brieven|afscheidsbrie\w*)\b(?![^?]*\b(verbrand|verscheurd|weggegooid|als afsluiting)\b).*"
    r"\b(geschreven|klaar|liggen)\b",
    r"\bbrief\b.*\bgeschreven\b.*\bvoor (mijn|m'n|mn) (kinderen|ouders|vrouw|man|partner|familie|moeder|vader|"
    r"zoon|dochter|vriend\w*)\b",
    r"\b(na mij|als ik er niet meer ben|na mijn dood)\b", r"\bniet aan (hen|jou|jullie|hem|haar|ze) (lag|ligt)\b",
    # set 38: "ik ben mijn spullen aan het uitdelen ... en nee, niet omdat ik ga verhuizen"
    # ... nor the things of someone who died ("mijn moeder is overleden ... haar kast leeggeruimd", set 41)
    r"^(?!.*\b(van kantoor|van (mijn|het) werk|ontslag|haar kast|zijn kast|haar spullen|zijn spullen)\b)"
    r"(?!.*(?<!niet omdat ik ga )(?<!niet omdat ik )\bverhuis\w*)"
    r".*\b(spullen|bezittingen)\b.*\b(weggegeven|verdeeld|uitgedeeld|aan het (uitdelen|weggeven|verdelen))\b",
    # a moment when nobody is there; driving into something; stopping eating and drinking
    rf"^(?!.*\b{_WORK_WORDS}\b).*(\b(is|komt) het moment (daar|gekomen)\b|\bhet moment is daar\b)",
    r"\bstuur omgooien\b|\b(wil|ga|zou|denk)\b[^.]{0,25}\btegen een (boom|pijler|muur|vrachtwagen)\b",
    r"\b(expres|met opzet)\b[^.]{0,30}\b(te hard|tegen|verkeerde weghelft)\b",
    r"\b(in de hoop|hopen?) dat het (mis ?gaat|fout gaat)\b",
    r"\b(stop|stoppen)( \w+)? met eten( en drinken)?\b.*\b(opgeeft|op geeft|klaar|dood|niet meer)\b",
    # wanting to be with someone who died
    r"\b(naar (hem|haar) toe|bij (hem|haar|mijn (vrouw|man|partner|moeder|vader|zoon|dochter|kind)) zijn)\b.*"
    r"\b(overleden|wacht|snel|eerder|liever|gauw)\b",
    r"\b(overleden|dode|gestorven)\b.*\b(naar (hem|haar) toe|bij (hem|haar) zijn|achterna)\b", r"\bwacht op me\b",
    r"\b(wil|ga|zou) (ik )?(hem|haar|ze|hen) (\w+ )?achterna\b",
    r"\b(gestorven|overleden|dood|er niet meer)\b.*\b(ik hoor|hoor ik) (daar|bij (hem|haar|hen)) te\b",
    r"\bzonder (hem|haar) (verder|leven|door)\b", r"\bhoe ik bij (hem|haar) (kom|kan komen)\b",
    # not wanting to wake up
    r"\b(teleurgesteld|jammer|balen|boos)\b.*\bweer wakker\b",
    # self-harm without naming it
    r"\b(sneetjes|snijwond\w*|krassen|kerven|wondjes)\b.*\b(arm|armen|been|benen|pols\w*|huid|lijf|buik)\b|"
    r"\blange mouwen\b.*\b(wond\w*|sneetjes|littekens|krassen)\b|"
    r"\b(arm|armen|been|benen|pols\w*|bovenbeen)\b.*\b(sneetjes|snijwond\w*|gekrast|opengekrast)\b",
    r"\bsigaret\w*\b.*\buit(drukken|gedrukt|druk)? (op|in|tegen) (mijn|m'n|mn)\b",
    r"\bmet opzet\b.*\b(brand|gebrand|kachel|gesneden|geslagen|gekrast|pijn)\b",
    r"\b(kachel|strijkijzer|sigaret|aansteker)\b.*\b(hand|arm|huid|been)\b.*\b(gehouden|gedrukt|rust)\b",
    # blind set 11 (after its first count): means at hand, a place, a note for who finds them, a last talk, emoji
    r"\b(keuken|scheer)?mes(je)?\b.{0,60}\b(badkamer\w*|op bed|bad)\b|\b(badkamer\w*)\b.{0,60}\bmes\b",
    r"\b(haak|balk|tak)\b.{0,80}\b(mijn gewicht|sterk genoeg|houdt hij)\b",
    r"\b(machinist|treinbestuurder)\b[^.]{0,40}\b(vindt|vinden|ziet|raakt)\b|"
    r"\bsorry voor de (machinist|treinbestuurder)\b",
    r"\bvoor (degene|diegene|wie) die (je|me|mij|het) vindt\b",
    r"\b(welke|wat is de) (manier|methode)\b[^.]{0,40}\b(minst|snelst|pijnloos|zekerst|zeker)\b",
    r"\bop mijn (begrafenis|uitvaart|crematie)\b",
    r"\b(scheelt|mist|merkt|maakt) (het )?niemand (iets|het|er iets van)?( uit)?[^.]{0,10}\bals ik (ga|weg ben|"
    r"er niet meer ben)\b",
    r"\b(jij|je|u) bent de laatste (met wie|die|tegen wie|waarmee)\b|\bde laatste met wie ik (praat|spreek)\b",
    r"\bterugkomen is niet (het plan|de bedoeling)\b|\benkeltje\b[^.]{0,60}\b(pillen|medicijnen|voorraad)\b",
    r"\b(uitvaart|begrafenis|crematie)\b[^.]{0,60}\b(uitgezocht|geregeld|gepland)\b.{0,60}"
    r"\b(niet lang|binnenkort)\b",
    r"\b(overlijd\w*|dood)\b.*\b(zelf in de hand|in eigen hand)\b",
    r"\bkan niet zwemmen\b.{0,60}\b(kanaal|water|rivier|zee|gracht|haven|brug|meer)\b",
    r"\b(mesjes|scheermesjes)\b[^.]{0,60}\b(gebruiken|gepakt|uit de kast|weer)\b",
    r"^(?!.*\b(vereniging|jaag|jagen|jacht|schietsport)\b).*(\b(sleutel|kluis)\b[^.]{0,60}\b(geweer|wapen)\b|"
    r"\b(geweer|wapen)\b.{0,80}\b(sleutel|kluis)\b)|"
    r"\bweet waar de sleutel van de (wapen)?kluis\b",
    r"\bnieuw (baasje|thuis|adres)\b[^.]{0,30}\b(kat|hond|poes)\b.{0,60}\b(er|hier) (over|na) [^.]{0,20}nog is\b|"
    r"\b(iemand|een baasje) die er (over|na) [^.]{0,20}nog is\b",
    r"\b(laatste maandag|laatste dinsdag|laatste woensdag|laatste donderdag|laatste vrijdag|laatste zaterdag|"
    r"laatste zondag|laatste week|laatste weekend)\b[^.]{0,10}\booit\b",
    r"\bklaar (ermee|mee)\b[^.]{0,40}\b(ademhalen|ademen|leven|bestaan)\b",
    r"\bsnelle uitweg\b", r"\b(doei|dag|vaarwel|bye) wereld\b", r"\bmijn laatste brief\b",
    r"\bweet (nu )?hoe ik het ga afsluiten\b",
    r"\U0001F48A{3,}|\U0001FAA2",
    # blind set 12 (after its first count): joining the dead, cancelled care, hoarded pills, voices, a last project
    r"\b(overleden|dood|gestorven)\b.*\bik wil mee\b|\bik hoor hier niet zonder (hem|haar)\b",
    r"\bniet meer nodig na (dit weekend|morgen|vandaag|vanavond|zaterdag|zondag|vrijdag|volgende week)\b",
    r"\bvond (\w+ ){0,3}(me|mij) (nog )?op tijd\b", r"\b(maak|maken) (het|er iets) (wel )?permanent\b",
    r"\b(sleutels|kat|hond|poes)\b.{0,80}\b(alles is|is alles) (rond|geregeld)\b",
    r"\belkaar (weer )?(zien|terugzien)\b.{0,60}\b(snel|deze week|binnenkort|vandaag)\b",
    r"\b(als|zodra)\b[^.]{0,60}\bspring ik\b(?! uit (mijn|m'n|mn) vel)"
    r"(?!.{0,80}(\b(gelijkvloers|haha|grapje|nee hoor)\b|"
    r"[\U0001F602\U0001F605\U0001F923\U0001F606]))",
    r"\b(een )?punt (achter|aan) (alles|het leven|mijn leven)\b|\bpunt achter\b[^.]{0,15}\bachter alles\b",
    r"\b(googel\w*|gezocht|opgezocht|zoeken)\b.{0,60}\b(buiten bewustzijn|bewusteloos|onderkoeld\w*|doodvriezen)\b",
    r"\bmijn laatste (handtekening|project)\b|\blaatste project\b", r"\b(meest |minst )?pijnloze manier\b",
    r"\bin mijn hoofd\b[^.]{0,40}\b(zeggen|zegt|stem\w*)\b|\bstemmen\b[^.]{0,40}\b(zeggen|zegt)\b",
    r"\b(veilig|veiliger|beter af|beter)\b[^.]{0,30}\bals ik (weg|er niet meer) (ben|is)\b",
    r"\b(verpakking\w*|pillen|strips|medicijnen|tabletten)\b.{0,80}\b(la vol|lade vol|hele la|hele lade)\b"
    r"(?!.*\b(inleveren|terugbrengen|weggooien|opruimen|lever ik \w+ in|breng ik \w+ terug)\b)|"
    r"\b(la vol|lade vol)\b.{0,40}\b(verpakking\w*|pillen|strips|medicijnen|tabletten)\b"
    r"(?!.*\b(inleveren|terugbrengen|weggooien|opruimen|lever ik \w+ in|breng ik \w+ terug)\b)",
    r"\btouw\b.{0,60}\bik heb er (een|1|eentje)\b", r"\b(herdenkingsstatus|herdenkingspagina)\b",
    r"\b(uitvaart\w*|begrafenis|crematie)\b.{0,80}\b(het mag snel|mag snel)\b",
    r"\bpillen van mijn (overleden )?\w+ (nog|bewaard|gehouden)\b",
    r"\b(kan|zal) (straks |binnenkort )?(toch )?niet meer voor (hem|haar|ze) zorgen\b",
    r"\bkan niet alleen zijn (vannacht|vanavond)\b", r"\U0001F52A[^.]{0,20}\b(arm|armen|been|benen|pols)\b",
    r"\bwelke (brug|flat|toren|gebouw)\b[^.?]{0,30}\b(hoogst|hoogste)\b",
    r"\b(kostenpost|last voor|blok aan het been)\b.{0,80}\blos ik (binnenkort |snel |zelf )?op\b",
    r"\b(opgelost|oplossen)\b[^.]{0,20}\bop mijn (eigen )?manier\b", r"\balsof ik op reis ga\b",
    r"\b(die|de) (ene )?gedachte\b[^.]{0,40}\b(concreter|sterker|steeds vaker)\b",
    r"\b(haak|balk)\b.{0,120}\bhoudt (me|mij)\b", r"\bscheermesjes\b.{0,60}\bscheer (me|mij) (al \w+ )?niet\b",
    # blind set 13 (after its first count): one's own funeral music, a date, after one is gone
    r"\b(begrafenis|uitvaart|crematie)\b.{0,40}\b(van mezelf|mijn eigen(?! (nazorg|gezondheid|herstel|behandeling|"
    r"zorg|energie|klachten|ziekte|rouw|verdriet|kinderen|familie)\b)|die van mij)\b",
    r"\b(heb|had) (al )?een datum\s*([.,;!]|$|en (verder )?niemand)", r"\bals ik (ben gegaan|gegaan ben|dood ben)\b",
    # blind set 15 (after its first count): a knife or rope with a time, a lethal dose asked for oneself, a rope that
    # hangs, dying in one's sleep welcomed, a pact, driving without a belt, a train not to travel by, means in hand,
    # nothing more to plan after a date, "they will hear when it has happened", letters for each of the family
    r"[\U0001F52A\U0001FAA2\u26B0][^.]{0,40}\b(vanavond|vannacht|vandaag|morgen|straks|zover|zo ver)\b|"
    r"\b(vanavond|vannacht|vandaag|morgen|straks)\b[^.]{0,20}\bhet is zo ?ver\b",
    r"^(?!.*\b(deadline\w*|werkdruk|planning|tempo|vergader\w*|verslag|rooster|file)\b).*"
    r"\b(niet meer te redden|dodelijke (dosis|hoeveelheid)|(is|zijn|wordt) (het )?dodelijk)\b"
    # set 45: "die papierwinkel is dodelijk vermoeiend" (a figure)
    r"(?! (vermoeiend|saai|irritant|vervelend|eentonig|traag|langdradig|stressvol|ingewikkeld))"
    r"(?![^.?]{0,30}\b(kat|hond|poes|kind|kinderen|huisdier)\b)",
    # set 45: a hunter's gun taken out without going hunting and sat with; pills prescribed, not taken but kept and
    # counted; "de rest mogen ze verdelen"; an appointment far ahead that "I won't get that far"
    r"\b(geweer|wapen|pistool|jachtgeweer)\b[^.]{0,60}\bzonder dat ik (\w+ ){0,2}(jagen|jacht|schieten)\b",
    r"^(?=.*\b(geweer|wapen|pistool|jachtgeweer|touw|strop|pillen|mes)\b).*\ber (een uur|uren|\w+ uur|de hele \w+|"
    r"een tijd|een tijdje|lang) mee\b[^.]{0,30}\b(gezeten|zitten|zat|gelegen|gestaan|rondgelopen)\b",
    r"\b(neem|slik) (ik )?ze niet (in|op)\b[^.]{0,30}\b(bewaar|spaar|verzamel)\b|"
    r"\b(bewaar|spaar|verzamel) (ik )?ze\b[^.]{0,5}[.,]?\s*(ik )?(zit|heb) (er )?(nu )?(al |op )?"
    r"(bijna |ruim |al )?\d+",
    r"\bde rest mogen (ze|jullie|zij) (\w+ )?verdelen\b",
    # set 46: the train among the options "de laatste lijkt me het makkelijkst"; not turning 40; music chosen for
    # one's own funeral; "een kwestie van dagen" after giving up everything; one thing left to do this weekend;
    # the mother must hear first "als het gebeurd is"
    r"\bof de (trein|brug|flat)\b[^.]{0,5}[.,]?\s*(de laatste|die laatste|dat laatste)\b",
    r"\bik (word|haal) (de )?(geen|niet) \d{2}\b|\bik (word|haal) (de )?(\d{2}|veertig|vijftig|dertig) niet\b",
    r"\b(muziek|liedjes|nummers|kaart|kaarten)\b[^.]{0,20}\bvoor (mijn|m'n) (eigen )?(begrafenis|uitvaart|crematie)\b",
    r"\b(opgegeven|opgeven)\b[^.]{0,40}\balles\b.{0,60}\bkwestie van (dagen|uren|weken)\b|"
    r"\bhet is (nog maar )?een kwestie van (dagen|uren)\b",
    r"\bnog (precies |maar )?(1|een|één) ding\b[^.]{0,30}\b(doen|doe)\b[^.]{0,30}\b(dit weekend|vanavond|vannacht|"
    r"morgen|straks|zaterdag|zondag|vrijdag)\b",
    r"\b(horen|weten|vinden|hoort|weet)\b[^.]{0,40}\bals het (is )?gebeurd( is)?\b",
    r"^(?=.*\b(over|straks|jaar|maanden|keuring|wia|evaluatie|gesprek)\b).*\bzo ver (kom|haal) ik (het )?"
    r"(toch |echt |waarschijnlijk |niet eens |nooit )*(niet|nooit)\b",
    r"\b(touw|strop)\b[^.]{0,10}\b(hangt|hing|ligt|lag) (al|klaar)\b",
    r"\b(in mijn slaap|vannacht|morgen)\b[^.]{0,30}\b(overlijden|overlijd|sterven|sterf|doodga|dood ga|"
    r"niet meer wakker (word|worden))\b[^.]{0,30}\b(prima|fijn|niet erg|best|opluchting|goed)\b",
    r"\b(samen|allebei|met (z'n|zn|ons) (tweeen|tweeën)) (er ?)?uit (te )?stappen\b|\ber samen uit (te )?stappen\b",
    r"\bzonder (gordel|riem)\b.{0,60}\b(keihard|hard|tegen|waar ik (uit)?kom|zien wel)\b",
    r"\b(trein|goederentrein|treinen|intercity)\b.{0,80}"
    r"\bniet om (mee te reizen|in te stappen|mee te gaan|te reizen)\b",
    r"\b(zit|zat|sta|stond|lig|lag)\b[^.]{0,25}\bmet (het|een|de|mijn) (mes|scheermes(je)?|pillen|touw|strop|pistool|"
    r"geweer) in (mijn|m'n|mn) hand(en)?\b(?![^.]{0,30}\b(koken|snijden|groente|brood|aardappel)\w*)",
    r"\b(na|vanaf) (\d+ (jan\w*|feb\w*|maart|april|mei|juni|juli|aug\w*|sep\w*|okt\w*|nov\w*|dec\w*)|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dit weekend|volgende week)\b[^.]{0,30}"
    r"\bhoef ik (niks|niets) meer\b(?! (te doen|aan|met|van|voor)\b)",
    r"\b(horen|merken|zien|weten) (het )?(vanzelf|wel|snel genoeg|later)\b[^.]{0,20}\bals het gebeurd is\b",
    r"\bachteraf\b[^.]{0,30}\bwaarom ik het (heb gedaan|gedaan heb|deed)\b",
    r"\b(stuur|geef|laat)\b.{0,40}\b(naar|aan) (mijn|m'n|mn) (vrouw|man|partner|kinderen|moeder|vader|ouders|zus|"
    r"broer|familie)\b[^.]{0,20}\bals (een )?afscheid\b",
    r"\bweet waar (de|mijn) brie(f|ven) (ligt|liggen)\b|"
    r"\bbrie(f|ven)\b.{0,60}\b(een|1) voor (mam|mama|pap|papa|mijn \w+)\W+(een|1) voor (mam|mama|pap|papa|mijn \w+)\b",
    # blind set 16 (after its first count): stopping "met alles", a date or a deadline, a decision taken, a place
    # away from the children, a beam that must hold, searching for ways, the last week or talk, making room, a
    # burden gone, a son alone who died, knives one no longer trusts oneself with, a threat at home
    r"\b(stop|stoppen|ophouden|kappen)\b[^.]{0,25}\bmet alles\b|\bmet alles\W*$",
    r"\b(na|vanaf|voor) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|dit weekend|"
    r"volgende week)\b[^.]{0,30}\bkomen ze er (toch )?(wel )?achter\b",
    r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vannacht|vanavond)\b[^.]{0,10}\b(is|wordt) "
    r"de datum\b|\bde datum is\b[^.]{0,15}\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen)\b",
    r"\b(over|na) (een|twee|drie|\d+) (dag|dagen|week|weken)\b[^.]{0,30}\bmaakt het (voor mij )?(toch )?(niks|niets) "
    r"meer uit\b",
    r"\bof ik er (volgende week|morgen|over een week|straks|na dit weekend|volgend jaar) (nog|wel) ben\b",
    r"\bmijn laatste (week|weekend|maand)\b(?! (bij|op|van|met|in|voor)\b)|\bmijn laatste gesprek (over|ooit)\b",
    r"\bbesloten (heb |had )?(wanneer|hoe|waar) ik (ga|het doe)\b",
    r"\b((vinden|vindt) (me|mij) niet|(me|mij) niet (vinden|vindt))\b[^.]{0,40}\b(ergens anders|doe ik het)\b|"
    r"\bdoe ik het ergens anders\b",
    r"\b(balk|haak|tak)\b.{0,60}\b(houden|dragen|hebben)\b.{0,40}\b(man|vrouw|persoon|gewicht|mij|me)\b|"
    r"\b(balk|haak|tak)\b.{0,60}\b(volwassen man|volwassene|persoon|mijn gewicht)\b.{0,20}\b(houden|dragen)\b",
    r"\b(googel\w*|zoek\w*|gezocht|opgezocht|lees|lezen)\b.{0,20}\bop manieren\b|\bmanieren\b.{0,20}\b(opgezocht|"
    r"gegoogeld|googelen)\b",
    r"\b(snel gaat|snel is|snel voorbij is) en geen pijn (doet|doen)\b",
    r"\b(huid|arm|armen|benen|handen)\b.{0,40}\b(kapot|open|bloed\w*|verbrand)\b.{0,40}\b(verdiend|straf)\b",
    r"\b(sta|zit|stond|zat) (nu |hier |al )?(op|bij) (het|de) (viaduct|brug|spoor|reling|dakrand|rand)\b"
    r".{0,60}\b(rustig|niemand|alleen|donker|stil|koud)\b",
    r"\bdat ik de volgende ben\b", r"\b(ik maak plaats|maak ik plaats)\b", r"\bik weet al hoe\W*$",
    r"\bniemand mag weten wat ik (van plan ben|ga doen)\b",
    r"\bbij (mijn|m'n|mn) (zoon|dochter|kind|man|vrouw|partner|moeder|vader)\b (\w+ )?zijn\b.{0,40}\b(helemaal |daar )*"
    r"alleen\b",
    r"\bzonder mij\b.{0,30}\b(ruimte|beter af|rust|makkelijker|gelukkiger|lichter)\b",
    r"\bvertrouw (mezelf|mijzelf) niet (meer )?(met|bij|in de buurt van)\b",
    r"\b(opgezocht|gezocht|gegoogeld|googelen|googel)\b.{0,30}\bhoeveel (\w+ )?(tabletten|pillen|medicijnen|"
    r"slaappillen|oxazepam|paracetamol) (je |ik )?nodig\b",
    r"\bin slaap (val|valt|vallen)\b.{0,40}\b(blijft|is) (het )?(daarna )?(gewoon )?stil\b",
    # blind set 17 (after its first count): papers laid out for the partner, gone on a given night, sitting in an
    # open window, a plan the partner may only hear of afterwards, the letter she will find, "no way out", a farewell
    # to the chat, the best time while the partner is away, something planned that is final, the phone off and
    # nobody should search, a deal with oneself not to go on, joining a father who died
    r"\b(wachtwoord\w*|pincode\w*|verzekeringspapieren|verzekeringen|testament)\b[^.]{0,60}\b(liggen|ligt|klaar|"
    r"op tafel|geregeld)\b[^.]{0,40}\b(voor straks|voor als ik er niet (meer )?ben|voor later|voor na mij)\b",
    r"\b(vannacht|\w+nacht|straks|vanavond|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+ben ik "
    r"(er )?(weg|niet meer)\W*$|^\W*(dit|dat) was het\W+ik ben (weg|er niet meer)\W*$",
    r"\b(zit|sta|zat|stond) (ik )?(nu )?(in|op|aan|bij) (het|de) (open )?(raam|vensterbank|dakrand|rand|reling|"
    r"balustrade)\b[^.]{0,50}\b(benen|voeten|naar buiten|naar beneden|verdieping|hoog)\b",
    r"\b(pas )?achteraf (horen|weten)\b[^.]{0,30}\bwat ik van plan ben\b|"
    # ... not a partner who slows down the lifting ("ze houdt me tegen als ik te veel wil doen haha", round 35)
    r"\b(houdt|houden) (hij|zij|ze) (me|mij) tegen\b(?! als ik (te|zo) )(?![^.!?]*\b(haha|hihi|lol)\b)",
    r"\b(vindt|vinden) (straks|later|morgen|dan|wel) (\w+ )?(de|mijn) (brief|afscheidsbrief)\b|"
    r"\b(vindt|vinden) (de|mijn) (brief|afscheidsbrief) (straks|later|morgen|dan|wel)\b",
    r"\bno way out\b|\bthen it'?s over\b|\bi want (to )?(end it|die|disappear)\b",
    r"^\W*dit is (het )?afscheid\b(?! (van|bij|op) )",
    r"\bdan is het (de beste tijd|het beste moment|het moment)\W*$|\bdan is het (de beste tijd|het beste moment)\W*[.]",
    r"\b(iets anders|wat anders) gepland\b[^.]{0,30}\bdefinitief\b",
    r"\bniemand hoeft (me|mij) (te )?(zoeken|te vinden|missen|te missen)\b",
    r"\bmet mezelf afgesproken\b[^.]{0,60}\bga ik niet (meer )?verder\b",
    r"\bhet leven is (voor mij |nu |wat mij betreft )*voorbij\b",
    r"\bik (ga|wil) naar (mijn |m'n )?(vader|moeder|man|vrouw|zoon|dochter|broer|zus|opa|oma|kind)\b[^.]{0,30}\b"
    r"(overleden|gestorven|dood|er niet meer is)\b",
    # blind set 18 (after its first count): all the pills laid out, enough gathered "om het te doen", "waarom ik
    # het gedaan heb", deciding oneself when, better prepared than last time, knowing how much one needs, "vanavond
    # is het zover", nobody who stops me, standing by the tracks for the last train, the stuff at home, a problem
    # solved at the station
    r"\b(alle|al mijn|al de)\b[^.]{0,15}\b(pillen|tabletten|medicijnen|slaappillen)\b[^.]{0,40}\b(op tafel|voor me|"
    r"klaargelegd|neergelegd|uitgestald|geteld)\b",
    r"\bgenoeg (verzameld|gespaard|opgespaard|bij elkaar|in huis)\b[^.]{0,20}\bom het te doen\b",
    r"\b(lezen|weten|begrijpen) waarom ik het (heb )?gedaan( heb)?\b",
    r"\bik bepaal (zelf )?wanneer\W*$|\bhoeft niet lang meer te duren\b",
    r"\b(nu|deze keer|dit keer) (beter|goed|grondiger) voorbereid\b",
    r"\bprecies hoeveel ik nodig heb\b",
    r"^\W*(vanavond|vannacht|morgen|straks|zaterdag|zondag|vrijdag) is het zover\W*$",
    r"\b(niemand|niet) (me|mij) tegenhoudt\b|\bniemand (die )?(me|mij) (kan |zal )?tegenhouden\b",
    r"\b(bij|op|langs) het spoor\b(?! ?[12]\b)[^.]{0,40}\b(gestaan|gezeten|staan|zitten|trein)\b",
    r"\b(heb|had) (het|de|alle) spul(len)? (al )?(in huis|klaarliggen|klaar liggen|klaargelegd)\b",
    r"\bdan is (het|mijn) probleem (vanzelf |ook )?opgelost\b",
    # blind set 19 (after its first count): a failed first time, the train that does not stop, nothing that holds
    # back any more, a countdown of nights, a last photo to have near, "zonder mij kunnen ze opnieuw beginnen",
    # done with breathing, the eternal rest, a death "dat geen ongeluk is", not reaching the summer, the pills or the
    # rope already there, standing on the tracks, a plan nobody may notice, "mijn tijd zit erop", emoji of a grave,
    # a knife or a bridge over water, going to sleep for the last time
    r"\b(eerste|vorige) (keer|poging) (is )?(mislukt|ging mis|niet gelukt)\b",
    r"\b(trein|intercity|sneltrein|goederentrein)\b[^!?]{0,40}\b(stopt hier niet|rijdt hier door|dendert hier)\b",
    r"\b(hou|houd|houdt) (ik |me |mij )?(niets|niks) meer tegen\b|\b(niets|niks) (houdt|houd) (me|mij) (nog |meer )*"
    r"tegen\b",
    r"^\W*nog (\d+|een|twee|drie|vier|vijf|zes|zeven) (nachten|nachtjes|dagen|dagjes)\W+(dan|daarna) (is het|ben ik) "
    r"(rustig|stil|voorbij|klaar|weg|vrij|over)\b",
    r"\blaatste (foto|brief|bericht|knuffel|kus)\b[^.]{0,60}\b(bij me te hebben|om bij me|mee te nemen|"
    r"bij me houden)\b",
    r"\bzonder (mij|me)\b[^.]{0,15}\b(kunnen|kan|zullen|gaan) (ze|zij|jullie|hij|mijn \w+)\b[^.]{0,15}\b"
    r"(opnieuw beginnen|eindelijk verder|beter verder|gelukkiger)\b",
    r"\bklaar met (ademen|ademhalen|leven|bestaan)\b",
    r"\b(de )?eeuwige (rust|slaap)\b|\brust\b[^.]{0,30}\bde eeuwige\b",
    r"\boverlijden (dat|die) geen ongeluk\b",
    r"\b(de|het|mijn) (zomer|kerst|winter|voorjaar|najaar|verjaardag|nieuwe jaar|volgende maand)\b[^.?]{0,10}"
    r"\b(niet )?te halen\b[^.?]{0,5}(?<!wel te halen)|\b(haal|ga) ik (de|het|mijn) (zomer|kerst|winter|nieuwe jaar) "
    r"(toch )?niet\b",
    r"\b(ik )?heb (de|die|genoeg|alle|het) (pillen|tabletten|medicijnen|touw|strop)\b (al|klaar|liggen|gekocht|"
    r"gespaard)\b",
    r"\bop het spoor (sta|ga staan|staan|lig|ga liggen|stond)\b",
    r"\b(niet|niemand) (merkt|doorheeft|doorhebt|ziet) wat ik van plan ben\b",
    r"\bniet meer verder (wil|wilde|willen)\b[^.]{0,60}\bplan\b",
    r"\bmijn tijd zit erop\b|\bik kies zelf het moment\b",
    "\\b(doei|vaarwel|bye|dag allemaal|tot nooit|adios)\\b[^.]{0,20}[\U0001FAA6\u26B0]",
    "\\b(klaar|doei|einde|weg)\\b[^.]{0,12}\U0001F52A", "\U0001F309[^\\w]{0,8}\U0001F30A",
    r"\b(slapen|inslapen|naar bed)\b[^.]{0,20}\bvoor (het|t|'t) laatst\b",
    # blind set 20 (after its first count): a date to stop after the pay stops, goodbye letters, stopping "ook met
    # ademhalen"
    r"\b(de|op de) \d{1,2}(e|ste|de)? (stop|ga) ik (ook|ermee)\b",
    r"\b(goodbye|farewell|suicide) ?(letter|note|brief|briefje)s?\b",
    r"\b(stop|stoppen|klaar|kap)\b[^?]{0,40}\b(ook )?met (ademhalen|ademen)\b",
    # blind set 21 (after its first count): how much is dangerous "voor mezelf", a stock that feels like a way out,
    # pills kept back, a rope not bought for what it seems, staying at the top of a lighthouse, letting the body stop,
    # hoping for an accident "dan hoef ik het niet zelf te doen", making it easy for the family after a death
    r"\bhoeveel\b[^?]{0,60}\b(nemen|slikken|innemen|gebruiken)\b[^?]{0,20}\b(voordat|voor|tot|om) (het|je|dat)? ?"
    r"(echt |heel )?(gevaarlijk|dodelijk|fataal|levensgevaarlijk|niet meer wakker)\b",
    r"\b(voelt|is) (als )?(een|mijn) (soort )?nooduitgang\b",
    r"\b(herhaalrecept|pillen|tabletten|strips|medicijnen|doosjes)\b.{0,120}\bik (bewaar|verzamel|spaar) ze\b",
    r"\b(touw|kabel|sleepkabel|riem|koord|slang)\b.{0,100}[.!?]\s*daar(voor)? heb ik (hem|het|die|ze) niet\b",
    r"\b(vuurtoren|brug|flat|dak|toren|parkeergarage|viaduct)\b.{0,80}\bboven (blijven |te )?staan\b",
    r"\bals (mijn lijf|mijn lichaam|mijn hart|ik) ermee (stopt|ophoudt)\b[^.?]{0,25}\b(is het|vind ik het|dan is het)"
    r" (ook |wel |gewoon )?(goed|prima|best)\b",
    r"\b(hoef|hoeft) ik het niet zelf te doen\b",
    r"\b(overlijdt|overlijd|overlijden|dood ga|doodga)\b.{0,120}\b(zo makkelijk mogelijk maken|niet met (de )?"
    r"rompslomp (laten )?zitten)\b",
    r"\b(morfine\w*|pillen|pleisters|medicijnen|tabletten)\b[^.]{0,80}\b(van mijn (vader|moeder|opa|oma|man|vrouw)|"
    r"na (zijn|haar) overlijden)\b.{0,160}\bik ze (ga|wil|zal) (gebruiken|innemen|nemen|slikken)\b",
    # blind set 24 (after its first count): a rope looked at every day or hidden as garden rope, done "with life",
    # a last sunset and "ik heb het mooi gehad", a parent's suicide understood at last, how easy it would be from a
    # high balcony, not being there in week 91 with a letter for a sister ready, everything arranged "voordat ik ga"
    r"\b(touw|strop)\b[^.]{0,60}\b(kijk|staar)\b[^.]{0,20}\b(naar|ernaar)\b",
    r"\b(touw|strop|slang|pillen|tabletten)\b.{0,120}\b(denkt|denken|dacht)\b[^.]{0,15}\bdat (het|hij|die|ze) voor\b",
    r"\b(done|finished|klaar)\b.{0,30}\bwith (life|living|it all)\b",
    r"\bklaar mee\b[^.]{0,10}\bmet (het |m'n |mijn )?(leven|levn|leve|bestaan)\b", r"\bmet (het|m'n|mijn) levn\b",
    r"\blaatste\b.{0,40}\bheb het (mooi|goed|fijn) gehad\b", r"\bik heb het (wel |echt )?(mooi|goed) gehad\W*$",
    r"\bzich(zelf)? (dood ?geschoten|opgehangen|verhangen|van het leven beroofd)\b",
    r"\b(balkon|dak|brug|raam|reling|verdieping|flat|spoor)\b.{0,80}\bhoe (makkelijk|eenvoudig|snel) het (zou|kan) "
    r"(zijn|gaan)\b",
    r"\bik (denk|verwacht|geloof) niet dat ik er (in|over|op|tegen|na|met) [^.]{0,20}\bnog (ben|zal zijn)\b",
    r"\b(de|een|mijn) (brief|brieven|briefje) (voor|aan) (mijn|m'n|mn) (zus|broer|moeder|vader|kinderen|kind|dochter|"
    r"zoon|vrouw|man|partner|ouders) (is|zijn|ligt|liggen) (al )?(klaar|geschreven)\b",
    r"\balles\b[^.]{0,40}\b(geregeld|op orde|afgerond)\b[^.]{0,60}\bvoordat ik ga\s*([.!?]|$)",
    # blind set 25 (after its first count): rent that need not be paid "na die tijd", a parent who "did it too",
    # everything given away and "nog een ding", "zo ver geweest" twice, being with the dead on a date or lying next to
    # them, who will find me, a dose looked up, a date kept from the psychologist, not caring what happens with drink
    # and pills, a will and "niet de echte reden", a month "ik ga niet meer halen" agreed with oneself, an empty house
    # to do it "rustig", stepping out "definitief", "mijn beurt", pills with vodka, a funeral paid and the moment to
    # choose, "morgen kom ik naar je toe", a headstone as the plan
    r"\b(huur|hypotheek|rekeningen|abonnement\w*)\b[^.]{0,60}\b(hoeft|hoeven)\b[^.]{0,30}\b(niet meer|nooit meer) "
    r"(betaald|te betalen)\b",
    r"\bheeft het (ook )?(zo |zelf )?gedaan\b.{0,80}\b(snap|begrijp) (hem|haar)\b",
    r"\b(gegeven|weggegeven|weggedaan)\b.{0,160}\bnog (een|1) (laatste )?ding\b",
    r"\b(2x|twee keer|tweemaal|eerder|al eens)\b.{0,40}\bzo ?ver (geweest|gekomen)\b",
    r"\b(overle\w*|gestorven|dood|graf)\b.{0,150}\b((bij|naast) (haar|hem|hen|ze) (ga|wil|zal|kom) (zijn|liggen)|"
    r"(ga|wil|zal) ik (\w+ ){0,2}(bij|naast) (haar|hem|hen) (zijn|liggen))\b",
    r"\bnaast (hem|haar) (wil |gaan |ga )?liggen\b.{0,80}\bgraf\b|\bgraf (ernaast|naast \w+)\b.{0,30}\bvrij\b",
    r"\b(dat|als) (mijn |m'n |mn )?(\w+ ){0,2}(me|mij) (niet |nooit )?(vindt|vinden|zou vinden|zullen vinden)"
    r"\s*([.!?,]|$)",
    r"\b(opgezocht|uitgezocht|gegoogeld|nagezocht)\b[^.]{0,20}\bhoeveel (je|ik) (nodig (hebt|heb)|moet (nemen|"
    r"spuiten|slikken))\b",
    r"\bmaar (ik heb|heb ik) (wel |al )?(een|de) datum\s*[.!]?\s*$",
    r"\b(gezopen|gedronken|pillen|medicatie|medicijnen|tabletten)\b.{0,80}\bmaakt (me|mij) (niet|niks) (meer )?uit "
    r"wat er\b",
    r"\b(testament|uitvaart)\b.{0,200}\bniet de (echte|ware) reden\b",
    r"\bniet meer (halen|meemaken)\b.{0,60}\b(met mezelf afgesproken|besloten)\b",
    r"\bhuis (is )?(leeg|voor mij alleen)\b.{0,60}\b(kan ik het|ik het) (rustig |eindelijk |ongestoord )?doen\b",
    r"\b(definitief|voorgoed) (er)?(tussenuit|eruit) (stap|stappen|ga|gaan)\b|"
    r"\b(stap|ga) ik er (definitief|voorgoed) (tussenuit|uit)\b",
    r"\b(overle\w*|dood|gestorven)\b.{0,100}\bmijn beurt\b",
    r"\b(pillen|tabletten|medicijnen|doosje|strips?)\b.{0,40}\b(fles|flessen) (wodka|drank|whisky|wijn|jenever|rum)\b|"
    r"\b(fles|flessen) (wodka|drank|whisky|wijn|jenever|rum)\b.{0,40}\b(pillen|tabletten|medicijnen|doosje|strips?)\b",
    r"\buitvaart\b.{0,150}\b(moment|datum|dag) (kiezen|bepalen|prikken)\b",
    r"\b(kom|ga) ik naar (je|jou|hem|haar) toe\b.{0,60}\bmeen (het|ik het)\b",
    "[\U0001FAA6\u26B0].{0,60}\\b(meen (het|ik het)|mijn plan|re-?integratieplan)\\b",
    # set 26: a first time nobody knows of, pills that together "will be enough", blood washed off an arm, a rope
    # checked in the garage, walking onto the tracks, holding on "and I do not mean work", sleeping for ever, a dose
    # that cannot be undone
    r"\b((weet|weten)\b[^.!?]{0,20}\b(niks|niets)|niemand (weet|wist))\b[^.!?]{0,10}\bvan (de|die|mijn) "
    r"(eerste|vorige) keer\b",
    r"(?=.*\b(pillen|medicatie|medicijnen|tabletten|strips?)\b).*\balles (bij elkaar|bij mekaar|samen)\b[^.!?]{0,25}"
    r"\bgenoeg\b",
    r"\bbloed van (mijn|m'n|mn) (arm|armen|pols|polsen|been|benen|dij|dijen)\b(?![^.!?]*\b(afgenomen|geprikt|prik)\b)",
    r"\b(touw|strop)\b[^.!?]{0,40}\b(garage|zolder|schuur|balk|controleer|check)\b",
    r"\b(het spoor|de rails|de sporen) (op|oplopen|op lopen|op te lopen)\b(?!\s*\d)|"
    r"\bop (het spoor|de rails) (gaan )?(staan|lopen|liggen)\b",
    r"(?=.*\b(volhoud\w*|vol te houden|volhouden|red het|uithoud\w*|uit te houden)\b)"
    r".*\b(bedoel(de)? ik|ik bedoel(de)?) (dus )?niet (alleen )?(het|mijn|m'n) (werk|baan|re-?integratie)\b",
    r"\b(slapen|slaap) (voor altijd|voorgoed|voor eeuwig)\b",
    r"\bniet meer terug te draaien\b",
    # set 27: wounds hidden from the bedrijfsarts, stopping eating and drinking "to see how long", a knife or pills
    # lying next to one, "what I have been planning", a dose "that is dangerous", "or rather it should", not waking up,
    # arms worked on with a razor, "my head says: finish it", oneself in the third person
    r"\blange mouwen\b[^.]{0,60}\b(snijwond\w*|wonden|littekens|krassen)\b|"
    r"\b(snijwond\w*|krassen|wonden)\b[^.]{0,40}\bniet (ziet|zien|opvalt|opvallen)\b",
    r"\b(gestopt met|stop met|niet meer) eten en drinken\b|\bhoe lang het duurt (voor|voordat|tot) het (klaar|over|"
    r"afgelopen) is\b",
    r"\b(het mes|de pillen|het touw|de strop|mijn pillen|het scheermes)\b[^.]{0,25}\b(ligt|liggen|hangt)\b[^.]{0,20}"
    r"\b(naast (me|mij)|op tafel|hier|klaar)\b",
    r"\bdoen wat ik (al )?(een tijd|lang|al lang|al een tijd|al weken|al maanden)? ?van plan ben\b",
    r"\bhoeveel\b[^.?]{0,40}\b(nodig|moet ik)\b[^.?]{0,30}\b(gevaarlijk|dodelijk|fataal)\b",
    r"\bzonder dat (het )?(misgaat|mis gaat|fout gaat)\b.{0,30}\bjuist wel\b",
    r"\bniet meer wakker (wil|wilt|wilde|wou) worden\b",
    r"\b(arm|armen|pols|polsen|benen|been)\b[^.]{0,25}\b(bewerkt|opengehaald|gekrast)\b|"
    r"\bscheermes\w*\b[^.]{0,40}\b(arm|armen|pols|polsen|benen|mezelf|mijzelf)\b",
    r"\bmaak het af\b.{0,80}\b(luisteren|luister|doe het|ga doen)\b|"
    r"\b(stem|stemmen|hoofd)\b[^.]{0,30}\bzeg(t|gen)\b[^.]{0,30}\b(maak het af|doe het|spring)\b",
    r"(?=.*\b(dat ben ik|die (vrouw|man|persoon) (ben ik|typt dit|schrijft dit)|ik typ dit over mezelf)\b)"
    r".*\b(mooi geweest|stapt eruit|eruit stappen|er niet meer (is|zijn|ben)|niet meer leven)\b",
    # set 28: too much taken before and the thoughts back, stopped once by someone, a farewell "als het zover is", a
    # folder "voor na", going "met een gerust hart", a dog that needs an owner who is still there in weeks, soon with
    # a child who died, buried next to a wife "het liefst binnenkort", a problem solved "als ik weg ben", heart
    # medication stopped on purpose, "als ik niet wakker word, is dat ook goed", a promise to the bedrijfsarts or the
    # crisis service that was a lie or may not hold, "nog niet in elk geval", a thought that holds back less and less,
    # a safety plan never made, a dose or a way asked "praktisch" with the means at hand, a candle blown out, the last
    # page written oneself
    r"\bte veel (had |heb |hebt )?(ingenomen|geslikt|genomen)\b.*\b(gedachten|gedachte)\b[^.]{0,20}\b(terug|weer)\b",
    r"\b(de )?vorige keer\b[^.]{0,30}\b(hield|hielden|tegengehouden|tegen gehouden)\b",
    r"\b(afscheid\w*|brief|bericht)\b.{0,80}\bals het (zo ?ver|zover) is\b",
    r"\b(mapje|map|doos|envelop|brief|bestand)\b[^.]{0,20}['\"‘“]?voor (na|erna|daarna)\b",
    r"\bmet een gerust hart (gaan|vertrekken|weggaan|afscheid)\b",
    r"\ber over (een paar|een|twee|drie|\d+) (weken|dagen|maanden) (nog|niet meer) is\b",
    r"(?=.*\b(gestorven|overleden|dood|stierf)\b).*\b(zo snel mogelijk|snel|gauw|binnenkort) (weer )?bij (haar|hem|"
    r"mijn \w+) (zijn|komen)\b",
    r"\bbegraven (word|worden|te worden)\b.{0,40}\b(binnenkort|snel|gauw|liefst)\b",
    r"\bals ik (weg|er niet meer) ben\b[^.]{0,30}\b(opgelost|beter|klaar|voorbij|makkelijker)\b",
    r"\b(slapen|slaap)\W+(voor altijd|voorgoed|voor eeuwig)\b",
    r"\b(gestopt|stop|stoppen) met (mijn |de )?\w*(medicatie|medicijnen|pillen)\b.{0,40}\b(bewust|expres|met opzet)\b|"
    r"\bals het misgaat,? (dan )?gaat het maar mis\b|"
    r"\bmet (mijn |de )?\w*(medicatie|medicijnen|pillen) gestopt\b.{0,20}\b(bewust|expres|met opzet)\b",
    r"\bals ik niet (meer )?wakker word\b[^.]{0,20}\b(ook goed|prima|niet erg|maakt (het )?niet uit|best)\b",
    r"\b(niks|niets) aan (zou|zal|ga) doen\b.{0,60}\b(gelogen|niet waar|een leugen)\b",
    r"\bbeloofd dat ik (het|mezelf) niet\b.{0,60}\b(volhoud|vol houd|lang nog|weet niet)\b",
    r"\b(ga|zal) (niks|niets) doen\b.{0,20}\bnog niet\b",
    r"\b(houdt|hield|houden) (me|mij) (steeds |nu |nog )?(minder|niet meer) tegen\b",
    r"\bveiligheidsplan\b.{0,80}\b(nooit gemaakt|niet gemaakt|wil (het |ik )?(ook )?niet)\b",
    r"(?=.*\bik heb (ze|die|het|alles|ze al) (hier )?(liggen|klaarliggen|klaar)\b).*\bkan (je|ik|men)\b[^.?]{0,40}"
    r"\b(overlijden|doodgaan|dood gaan|sterven)\b",
    r"\bhoe lang duurt het (voordat|voor|tot) (je|ik|iemand) (bewusteloos|buiten westen|dood)\b",
    r"\bkaars\w* (is )?(op|uit)\b.{0,40}\b(blaas|uitblazen|uit te blazen)\b",
    r"\blaatste (bladzijde|pagina|hoofdstuk)\b.{0,30}\b(schrijf ik zelf|zelf)\b",
    r"(?=.*\b(die|wie) dit (typt|schrijft)\b).*\b(is|ben) er (straks |binnenkort |morgen |dan )?niet meer\b",
    # a question for permission that hides it: "... Ik kom toch niet meer terug. Nergens meer, eigenlijk.", a letter
    # "die ze pas mag openen als het gebeurd is"
    r"\bniet meer terug\b.{0,20}\bnergens meer\b",
    r"\b(brief|bericht|envelop)\b.{0,60}\b(openen|lezen) als het (gebeurd|zover|voorbij) is\b",
    # set 32: a stomach pumped and plans again, a high place now, rails that call, a farewell in a last message, own
    # death expected soon or arranged for a date, leaving "and not for another job", a milestone one decides not to
    # reach, a grave chosen, "over. for good", how long before someone finds you
    r"\b(na|sinds) (de|mijn|die|een) maagspoeling\b|\bmaagspoeling\b[^?]{0,100}\b(weer|opnieuw|plannen|plan)\b",
    r"\b(sta|zit|ben)\b[^.!?]{0,20}\bop het dak van (de|het|een) \w+"
    r"(?![^.!?]*\b(goot|dakgoot|schoon|repareren|zonnepanelen|antenne|dakpannen|lekkage|klus|klussen)\b)|"
    r"\bbovenste (laag|verdieping|dek) van (de|het) (parkeergarage|garage|flat|gebouw)\b",
    r"\b(rails|spoor|spoorlijn|treinen|trein|water|brug)\b[^.!?]{0,25}\b(roept|roepen|lokt|lokken|trekt aan me)\b"
    r"(?![^.!?]{0,30}\bop\b)(?! (\w+ )?(herinneringen|vragen|emoties|gevoelens))",
    r"\blaatste bericht\b[^?]{0,80}\bpas (goed |jij |jullie )?op (de anderen|jezelf|iedereen|elkaar)\b",
    r"\b(als ik overlijd|als ik dood ben|na mijn (overlijden|dood)|als ik er niet meer ben)\b[^~]{0,120}"
    r"\b(op korte termijn|binnenkort|voor volgende week|deze week|dit weekend|voor zondag|voor morgen)\b",
    r"\bbedoel ik niet (naar |op |met )?(een |de )?(andere baan|ander werk|vakantie|reis|ander bedrijf|"
    r"andere werkgever|verhuizing|verhuizen|pensioen)\b",
    r"(\b(niet|nooit) (meer )?(haal|mee ?maak|beleef)|\b(haal|maak|beleef) ik (\w+ )?(niet|nooit)( meer)?( mee)?)\b"
    r".{0,80}(\b(zelf|ik) (zo )?(besluit|beslis|kies)|\b(besluit|beslis|kies) ik (dat |het )?zelf)\b",
    r"\b(plek|plekje|graf|grafplek|grafje)\b[^.!?]{0,30}\b(begraafplaats|kerkhof)\b[^.!?]{0,20}"
    r"\b(uitgezocht|gekozen|gekocht|geregeld)\b(?![^.!?]{0,25}\bvoor (mijn|m'n|onze|ons|de) \w+)",
    r"\b(is|was) het (voorgoed |definitief )?over\W+(for good|voorgoed|voor altijd|definitief)\b",
    r"\bvoordat (iemand|ze|men|mensen) (je|me|mij) (vindt|vinden|gevonden)\b",
    # set 33: affairs done and nothing left to do, cards and codes left on the table, self-harm slang and deeper cuts,
    # farewell messages in drafts, a will made "zomaar", how much is too much with a stock at home, "when the children
    # are at school I'll do it", a question "for myself" about one's death, data not needed after this week, "not
    # gonna be around", someone to look in on me but only later, pictures that stop only when I stop
    r"\b(verder |daarna )?hoeft er (niks|niets) meer\b",
    r"\b(wachtwoord\w*|pincode\w*|bankpas\w*|pasjes)\b[^.]{0,60}\b(envelop|keukentafel|tafel)\b[^?]{0,60}"
    r"\b(vindt|vinden) (ze|hij|zij) (wel|straks|later)\b",
    r"\bge-?sh'?d\b|\bdieper dan (normaal|anders|vorige keer|ooit)\b",
    r"\b(mijn|m'n|mn) afscheidsbericht\w*\b(?![^.!?]{0,40}\b(collega\w*|team|werk|baan|klanten|afdeling|bedrijf)\b)",
    r"\btestament\b.{0,60}\bzomaar\b|\bzomaar\b.{0,60}\btestament\b",
    r"\b(te veel|teveel|gevaarlijkst|dodelijk\w*|fataal)\b.{0,120}\b(heb (er )?(nog )?(\d{2,}|een hele doos|genoeg)|"
    r"(nog )?een hele doos)\b",
    r"\b(gevaarlijkst|dodelijkst)\b.{0,60}\b(heel veel|tegelijk|in een keer)\b",
    r"\bals\b[^.]{0,60}\b(naar school|de deur uit|op vakantie|naar hun (vader|moeder)|slapen)\b[^.]{0,20}"
    r"\bdan doe ik het\W*$",
    r"\bals ik (\w+ ){0,4}(overlijd|sterf|doodga|dood ga)\b.{0,120}\bvoor (maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag|het weekend)\b",
    r"(?=.*\bvraag(je)? (het |dit )?voor (mezelf|mijzelf|mijn ?zelf|mn ?zelf)\b).*\b(er (\w+ ){0,2}niet meer (is|ben)|"
    r"overlijdt|overlijd|overleden|dood|te veel|teveel)\b",
    r"\b(na deze week|na vandaag|na morgen|na zondag|na het weekend|vanaf volgende week)\b[^.]{0,40}"
    r"\bniet meer nodig\b",
    r"\bnot (gonna|going to) be around\b|\bmade (my )?peace with\b",
    r"\bbij (me|mij) (gaat |komt |komen |gaan )?(kijken|langs)\b.{0,40}\bpas (na|om|morgen|over)\b",
    r"\b(stopt|stoppen|ophouden|houdt op|houden op) pas als ik (stop|er niet meer ben|ophoud|dood ben)\b",
    # set 34: on top of a car park, morphine taken from the ward, done by a birthday, water deep enough, a weapon
    # thought of every night, "daarna is het goed zo" after a last visit, a dose "voor vanavond", a combination that
    # surely works, forgiving before it is too late, "vrijdag is de dag", one's estate, better off without a mother
    r"\b(sta|zit|ben)\b[^.!?]{0,20}\b(bovenop|boven op) (de|het|een) (parkeergarage|flat|gebouw|dak|brug|toren)\b",
    r"\b(morfine|insuline|oxycodon|fentanyl|medicijnen|pillen|medicatie)\b[^.!?]{0,30}\b(meegenomen|gestolen|"
    r"mee naar huis genomen)\b",
    r"\b(op|na|voor) (mijn verjaardag|kerst|oud en nieuw|de vakantie|\w+dag) ben ik er (klaar mee|niet meer|weg)\b",
    r"\b(sloot|water|kanaal|vaart|rivier|brug|dak|flat)\b[^.!?]{0,30}\bis (diep|hoog) genoeg\b",
    r"\b(dienstwapen|wapen|geweer|pistool|jachtgeweer)\b.{0,60}\bdenk (ik )?er (elke|iedere) (nacht|dag|avond) aan\b",
    r"\b(nog (een|één) keer|om iedereen te bedanken)\b.{0,60}\bdaarna is het (goed zo|rond|klaar|af|op)\b",
    r"\bvoor mezelf,? voor (vanavond|vannacht|straks)\b|\bte ?veel\b.{0,40}\bvoor (vanavond|vannacht)\b",
    r"\bcombineren\b.{0,60}\bzeker weten dat het werkt\b",
    r"\b(gebeld|vergeven|gezegd|gesproken)\b.{0,60}\bvoordat het te laat is\b",
    r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen) is de dag\W*$",
    # round 38 review: "niet dat ik dood wil maar ik denk er wel aan"
    r"\bniet dat ik (dood|er niet meer|niet meer leven)\w*( wil| wilde)?\b[^.!?]{0,5}\b(maar|toch)\b[^.!?]*"
    r"\b(denk|denken) (ik )?er (wel|soms|vaak|steeds)\b",
    # set 37: everything arranged and the key with the neighbour (also in dialect), a will changed "snel", not eating
    # or drinking and wanting to go "rustig weg", how high a bridge must be, read how others do it, someone locked in
    # with a knife who will do it, tape round the doors and a barbecue inside, "vannacht de ... in", which pills are
    # strongest and fetched before closing, a funeral "om mij, volgende week", unreachable from tomorrow, a farewell
    # mail while they think it is a holiday
    r"\balles (is )?(geregeld|gerejeld|gereld)\b.{0,60}\bsleutel\w*\b[^.]{0,20}\b(buren|buurman|buurvrouw|buurmaan)\b",
    r"\btestament\b[^.]{0,60}\b(snel kon|snel kan|zo snel mogelijk|haast)\b",
    r"\b(eet|eten|at) en (drinkt|drinken|dronk|drink) (al )?[^.]{0,25}\b(niks|niets|niet)\b|"
    r"\brustig (weg|heen) (wil|wilt|willen) gaan\b|\b(wil|wilt) rustig (weg|heen)\b",
    r"\bhoe hoog moet (een|de|het) (brug|flat|gebouw|dak|viaduct|toren) zijn\b",
    r"\b(gelezen|opgezocht|gezien|gekeken) hoe (anderen|mensen|ze) het doen\b",
    r"\bopgesloten\b.{0,80}\b(mes|pillen|touw|scheermes|messen)\b|"
    r"\b(mes|pillen|touw)\b[^.]{0,30}\ben (het|t) (gaat|ga) doen\b",
    r"\b(barbecue|bbq|houtskool)\w*\b[^.]{0,40}\bbinnen\b|\btape (rond|om|langs) (zijn|haar|de) (deuren|ramen)\b",
    r"\bvannacht (de|het) [a-z]+ in\b",
    r"\bwelke (pillen|medicijnen|tabletten) het (sterkst|sterkste|dodelijkst|dodelijkste)\b|"
    r"\b(ga|gaan) ze halen voordat\b",
    r"\b(uitvaart|overlijd\w*|begrafenis)\b.{0,120}\b(gaat om mij|gaat om mezelf|voor mezelf)\b",
    r"\bnergens meer bereikbaar\b|\bals (ze|hij|jullie|mijn \w+) niks meer van (me|mij) (hoort|horen)\b",
    r"\bafscheid\b.{0,100}\b(ze|zij|iedereen) denk(en|t) dat ik\b",
    # set 36: letters on the table and the key with the neighbours, not making it to the next appointment "and that is
    # fine", a plan that stands for a day, an unresponsive partner with empty strips, letters left for the family,
    # peace found in "this last decision", "the last time you hear me"
    r"\balles (is )?geregeld\b.{0,60}\b(brief|brieven)\b|\b(brief|brieven)\b.{0,60}\bsleutels? (bij|naar) de buren\b",
    r"\b(red|haal) het niet tot\b[^.]{0,40}\b(en )?dat is (goed|ok|oke|prima|maar goed)\b|"
    r"\bzeg (tegen|aan) [^.]{0,30}\bdat ik (ze|hem|haar|jullie) nooit (zal )?vergeet\b",
    r"\b(het |mijn )?plan (staat|ligt klaar|is klaar)\W+(\w+\W+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
    r"zondag|morgen|vanavond|vannacht)\b",
    r"\blege (strips|strippen|doosjes|potjes|pillenpotjes|medicijndoosjes)\b|"
    r"\b(reageert|reageren) (niet|nergens op)\b[^.]{0,60}\b(strips|pillen|bloed|touw)\b",
    r"\b(brief|brieven)\b (voor (ons|mij|me|jullie|iedereen|de kinderen|mijn \w+) )(neergelegd|achtergelaten|"
    r"klaargelegd)\b",
    r"\b(dit|mijn) laatste besluit\b|"
    r"\brust\b[^.]{0,30}\b(in|met) (dit|dat|mijn) besluit\b[^?]{0,40}\bhet is goed zo\b",
    r"\b(de )?laatste keer (is )?dat (ik|je|we|jullie|u) (haar|hem|me|mij) (hoor|hoort|horen|spreek|spreekt|ziet|"
    r"zie)\b",
    # set 35: a last message that will "finish it" tonight, a walk to the bridge and "don't wait for dinner", the gas
    # tap open with the windows shut, "I'm coming" said at a grave, not planning to see a month, a height one surely
    # does not survive, a farewell others misread, standing outside the railing, hitting oneself with fists, not
    # existing tomorrow, calm "only because I have decided", all pills taken and getting drowsy
    r"\b(laatste bericht|afscheid|vaarwel)\b[^?]{0,80}\bhet (\w+ )?afmaken\b",
    r"\b(brug|spoor|water|dak|flat|kanaal|zee)\b[^.]{0,60}\bniet op (hem|haar|mij|me|ons) (\w+ )?(te )?wachten\b|"
    r"\bniet op (hem|haar|mij|me|ons) (\w+ )?(te )?wachten\b[^.]{0,60}\b(brug|spoor|water|dak|flat|kanaal|zee)\b",
    r"\bgaskraan\b[^.?]{0,30}\bopen\w*\b[^?]{0,60}\b(ramen|deuren|slaap|inslapen)\b",
    r"\b(graf|grafsteen|urn)\b[^.]{0,80}\b(ik kom eraan|dat ik eraan kom|dat ik (snel |gauw |binnenkort )?kom|"
    r"ik kom (naar je|bij je|bij jou))\b",
    r"\bniet van plan (om )?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"kerst|pasen|oud en nieuw|de zomer|de winter|het voorjaar|volgend jaar|volgende maand|mijn verjaardag) "
    r"(nog )?mee te maken\b",
    r"\b(welke|hoeveel) (hoogte|meter|verdiepingen)\b[^?]{0,60}\bniet (overleef|overleeft|overleven)\b|"
    r"\bzeker (te )?weten dat (je|ik|men) [^.?]{0,30}\bniet (overleef|overleeft|overleven)\b",
    r"\bafscheid\b.{0,120}\bdenk(en|t) dat het (om|over) .{0,40}\bdat is het niet\b",
    r"\bbuitenkant van (de|het) (reling|hek|balustrade|leuning|brugleuning)\b|"
    r"\bover de (reling|balustrade|brugleuning) (geklommen|gestapt|heen gestapt)\b",
    r"\bsla (ik )?(me|mezelf|mijzelf)\b[^.]{0,40}\b(vuist|vuisten|in mijn gezicht|blauw|tot bloedens)\b",
    r"\bik (morgen|straks|vanavond|vannacht|binnenkort|volgende week) (niet meer|nooit meer) (besta|leef)\b|"
    r"\b(morgen|straks|vanavond|vannacht|binnenkort) (besta|leef) ik niet meer\b|"
    r"\bik (besta|leef) (morgen|straks|vanavond|vannacht|binnenkort|volgende week) (niet meer|nooit meer)\b",
    r"\b(rustig|kalm)\w*\b.{0,80}\b(alleen|enkel|juist) omdat ik (de|het|mijn) (beslissing|besluit|knoop) "
    r"(al )?(heb )?(genomen|doorgehakt)\W*$",
    r"\b(pillen|tabletten|medicijnen)\b[^.]{0,30}\bingenomen\W+(allemaal|alles)\b|"
    r"\b(ingenomen|geslikt)\b[^.]{0,60}\b(wordt|is|werd) (erg |heel |zo )?(suf|sloom|slaperig|bewusteloos)\b",
    r"\bmijn nalatenschap\b",
    r"\bbeter af zonder (een )?(moeder|vader|mama|papa)\b",
    # set 39: pills taken in a number, drink next to sleeping pills, a hand full of tablets and a partner who cannot be
    # left alone, a gun cleaned "for the last time", vanishing "not for a while", the house empty and the key with the
    # neighbour, a jar of pills to be emptied, "someone else's problem after Sunday", gone by a month, a cost one can
    # take away, farewell music chosen, "in a few weeks it won't matter", calm because of a decision, "after that it is
    # too late", a goodbye nobody must know is real
    r"\b(\d{2,}|twintig|dertig|veertig|vijftig|een hele strip|een hele doos|alle|al mijn) (\w+ )?(paracetamol\w*|"
    r"pillen|tabletten|slaappillen|oxazepam|temazepam|medicijnen)\b[^.?]{0,30}\b(genomen|ingenomen|geslikt)\b",
    r"\b(fles|flessen) (\w+ )?(wodka|drank|wijn|whisky|jenever|rum)\b[^.]{0,50}\b(pillen|slaappillen|tabletten|"
    r"medicijnen)\b|\b(pillen|slaappillen|tabletten)\b[^.]{0,50}\b(fles|flessen) (\w+ )?(wodka|drank|wijn|whisky)\b",
    r"\bhand ?vol (tabletten|pillen|slaappillen)\b|\b(durf|kan|mag) (haar|hem) niet (meer )?alleen (te )?laten\b",
    r"\b(geweer|jachtgeweer|pistool|wapen)\b[^.]{0,60}\b(voor de laatste keer|laatste keer)\b",
    r"\bverdwijnen\b[^?]{0,25}\b(niet|geen) (een|voor een) (tijdje|poosje|tijd)\b",
    r"\bsleutel (ligt|is|heb ik) (\w+ )?(bij|aan) (de|mijn) (buurvrouw|buurman|buren)\b[^?]*$(?<=.)"
    r"|\b(opgeruimd|huis is leeg)\b[^?]{0,60}\bsleutel\b",
    r"\b(pot|doos|strip|potje) (met )?(pillen|tabletten|slaappillen) (\w+ )?(leegtrekken|leeg trekken|leeghalen|"
    r"leeg eten|opeten|innemen|leeg slikken)\b|"
    r"\b(trek|haal|eet|slik) (ik )?(die |de |een |mijn )?(pot|doos|strip|potje) (met )?(pillen|tabletten|slaappillen) "
    r"leeg\b",
    r"\bna (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|kerst|vanavond) is het (toch )?"
    r"(iemand anders|niet meer mijn|andermans) (zijn |z'n )?probleem\b",
    rf"\bben (ik )?er (in|na|tegen|voor|begin|eind) (januari|februari|maart|april|mei|juni|juli|augustus|september|"
    rf"oktober|november|december) (al |toch )?(niet|nie) meer\b(?![^.!?]{{0,60}}{_ELSEWHERE})",
    r"\b(kostenpost|last|blok aan het been)\b[^?]{0,60}\b(kan|ga) ik (\w+ )?(wegnemen|weghalen|oplossen)\b",
    r"\b(afscheidsmuziek|uitvaartmuziek|muziek voor (mijn|de) (uitvaart|begrafenis|crematie))\b[^?]{0,40}"
    r"\b(uitgezocht|gekozen|gestuurd|klaar)\b",
    r"\bover (een paar|twee|drie|vier|\d+) (weken|dagen|maanden) maakt het (toch )?(niet|niks|niets) meer uit\b",
    r"\b(rustig|kalm)\w*\b.{0,80}\bomdat ik (een|de|het|mijn) (beslissing|besluit) (heb )?genomen\b",
    r"\b(eind|einde) van deze (maand|week)\b[^?]{0,40}\bdaarna is het te laat\b",
    r"\bzonder dat (ze|hij|zij|iemand|niemand|jullie) (het )?(doorhebben|doorheeft|door hebben|merken|merkt|weten) "
    r"dat het (echt|voorgoed|voor altijd|de laatste keer)\b",
    # set 38: a time chosen and calm about it, sorry for everything "dit was het", a goodbye to colleagues they must
    # not know is forever, "today is the day ... and then", letters to several of the family, stopping "not with work,
    # with life", a colleague on the roof saying goodbye to everyone
    r"\b(tijdstip|moment|datum|dag)\b[^.]{0,20}\b(gekozen|uitgekozen|bepaald|geprikt)\b[^?]{0,60}"
    r"\b(rust|rustig|kalm|vrede|opgelucht)\b",
    r"\bsorry voor alles\b[^?]{0,80}\b(tegen iedereen|dit was het|vaarwel)\b",
    rf"\b(gedag|dag zeggen)\b[^?]{{0,80}}\b(voor altijd|voorgoed)\b(?! weg (bij|van|uit)\b)(?![^.!?]*{_ELSEWHERE})",
    r"\b(vandaag|vanavond|vannacht) is (de|het) (dag|avond|nacht|moment)\b[^?]*\ben dan\W*$|"
    r"^\W*(vandaag|vanavond|vannacht) is (de|het) (dag|avond|nacht|moment)\W*$",
    r"\bbrieven\b[^?]{0,30}\baan (mijn|m'n|mn) \w+( \w+)?, (mijn|m'n|mn) \w+",
    r"\bniet met (werken|werk|mijn werk|mijn baan)\W+(maar )?met (het |mijn )?leven\b",
    r"\b(dak|brug|reling|balkon|spoor)\b[^?]{0,80}\b(dag allemaal|vaarwel|doei allemaal|tot nooit)\b",
    # set 40: passwords and a will with an appointment one will "not make any more", pets rehomed "not because I am
    # moving", codes handed over "before the weekend", a partner who can "start again with someone alive", nothing
    # left to try "except one thing", understanding someone found dead and knowing the place, "I have a plan" with
    # nobody to tell, calm since knowing how it ends, pills kept in a jar "with the rest" or a hidden stock, the last
    # salary sent "voor later" and the phone not answered, the family better off with the life insurance
    r"\b(wachtwoord\w*|testament|codes?|pincode\w*)\b[^?]*\b(ga|zal) ik (\w+ )?(niet|nooit) meer (halen|meemaken|"
    r"zien)\b",
    r"\b(nieuw (baasje|thuis|adres)|weggegeven|herplaatst|onderdak)\b[^?]{0,80}\b(als ik (er )?(weg|niet meer) ben|"
    r"niet laten zitten)\b[^?]{0,60}\b(ik ga )?niet (verhuizen|op reis|weg voor)\b",
    r"\b(code|codes|wachtwoord\w*|pincode\w*|bankapp)\b[^?]{0,80}\bals er iets met (mij|me) gebeurt\b[^?]{0,80}"
    r"\b(regelen|geregeld|klaar)\b[^?]{0,20}\b(voor|voor het|dit) (weekend|vrijdag|zaterdag|zondag|morgen|vanavond)\b",
    r"\bopnieuw beginnen met iemand die (wel )?(leeft|gezond is|er wel is)\b|"
    r"\bals ik (er )?(weg|niet meer) ben\b[^?]{0,40}\bkan (hij|zij|ze|iedereen) (opnieuw|verder) (beginnen|leven)\b",
    r"\b(niks|niets) meer (te proberen|om te proberen|over)\W+(behalve|op) (een|één|1) (ding|manier)\b",
    r"\b(gevonden|overleden|omgekomen)\b[^?]{0,80}\bik (begrijp|snap) (hem|haar|ze|het) nu (beter|pas)\b[^?]{0,60}"
    r"\bik (weet|ken) de plek\b",
    r"\bik heb een plan\b[^?]{0,60}\b(niemand|aan wie|weet van niks|weet niks)\b|"
    r"\b(weet van niks|weet niks|weet het niet)\b[^?]{0,30}\bik heb een plan\b",
    r"\b(rust|vrede|kalm)\b[^?]{0,40}\bnu ik weet hoe (het )?(gaat |zal )?(eindigen|afloopt|aflopen)\b",
    r"\b(leg|bewaar|stop|verzamel) (ik )?(ze|die|de pillen|de tabletten|ze allemaal) (\w+ )?in (een|mijn|het) "
    r"(potje|pot|doosje|doos|la)\b[^.?]{0,30}\b(bij de rest|bij de andere|bij elkaar)\b|"
    r"\b(oude )?voorraad\b[^?]{0,40}\bwaar (ze|zij|de apotheek|hij|niemand) (niks|niets) van (weet|weten)\b",
    r"\blaatste salaris\b[^?]{0,60}\b(voor later|voor straks|voor na)\b",
    r"\b(beter af|meer aan) (is |zijn |ben )?met (de |het geld van de |de uitkering van (mijn |de )?)?"
    r"(levensverzekering|overlijdensrisicoverzekering|verzekering)\b|"
    r"\b(uitkering|geld) van (mijn |de )?(levensverzekering|overlijdensrisicoverzekering)\b[^?]{0,30}\bdan met mij\b",
    # set 41: enough sleeping pills "to never get up again", thanks to colleagues "after next week", a dog rehomed
    # because "where I go he cannot come", cremation wishes "just in case", an incurable illness wished for so one
    # need not do it oneself, standing on the roof now, an end point fixed, "nothing more, I made my decision", "the
    # last day of me", stood on the bridge not knowing whether to walk back, read which means hurt least, how long
    # before someone living alone is found, the fish must not "go too", the letter on the table and sorry, the place
    # beside a grave not empty for long, calm since knowing how and when, staring at a beam in the shed
    r"\b(om|en dan) (gewoon )?nooit meer (op te staan|wakker te worden)\b",
    r"\bnamens mij (bedanken|gedag zeggen|groeten)\b[^?]{0,30}\bna (volgende week|vandaag|morgen|het weekend|"
    r"vrijdag|zaterdag|zondag)\b|\bhoort het (toch )?als (laatste|eerste)\b",
    r"\b(nieuw (baasje|thuis|adres)|herplaatst|weggegeven)\b[^?]{0,60}\bwaar ik heen ga\b",
    r"\bik wil (gecremeerd|begraven) worden\b(?![^?]*\b(later|ooit|als ik oud|testament bij de notaris)\b)",
    r"\b(iets ongeneeslijks|een ongeneeslijke ziekte)\b[^?]{0,80}\b(stoppen|het zelf niet|dood)\b|"
    r"\bhoefde? ik het (niet )?zelf (niet )?te doen\b",
    r"\bik sta (nu |hier )?(op|aan) (het dak|de rand|de brug|het spoor|de reling|de kade)\b"
    r"(?![^?]*\b(te wachten|wacht op|schoon te maken|dakgoot|ladder|klus\w*|repareren|te vissen|foto\w*)\b)",
    r"\b(mijn|je) eindpunt\b[^?]{0,30}\b(vaststaat|staat vast|bepaald|al vast)\b",
    r"\b(niks|niets) meer\W+[^?]{0,20}\b(besluit|beslissing) (genomen|gemaakt)\b",
    r"\blaatste dag van mij\b",
    r"\bop de brug gestaan\b[^?]{0,60}\b(terug|niet of)\b",
    r"\b(welke|wat voor) (middelen|pillen|manier\w*)\b[^?]{0,20}\b(het )?minste pijn\b",
    r"\bhoe lang (duurt het )?(voordat|voor|tot) (iemand|je|men) gevonden wordt\b",
    r"\b(niet )?dat (de|mijn) \w+ er ook aan gaan\b",
    r"\bbrief ligt (op tafel|klaar|op het bureau|op bed)\b[^?]{0,15}\bsorry\b",
    r"\b(plekje|plaats|plek) ernaast\b[^?]{0,60}\b(niet lang|binnenkort|snel)\b|"
    r"\bniet lang meer leeg (staan|blijven)\b",
    r"\b(sinds|nu) ik weet hoe en wanneer\b",
    r"\b(naar|aan) (die|de|een) balk\b[^?]{0,30}\b(staren|kijken|zit)\b|\bzit\b[^?]{0,20}\bnaar (die|de) balk\b",
    # set 42: medicines "to do it at once", in the way of a family, telling everyone it is better "so I can finish it
    # in peace", a lease ended with no new home needed, "next year does not exist for me", "that problem is solved
    # soon", a dead father's morphine kept "for a reason", a farewell mail "not because of another job", "I have
    # already thought how", "I want to too" after a brother's suicide, ready to go and no more fear, better to fall from
    # the balcony, a conditional end
    r"\bom het in (een|één|1) keer te doen\b",
    r"\bik sta (hen|ze|iedereen|jullie|hun|alleen maar|ze alleen maar|iedereen alleen maar) (\w+ )?in de weg\b|"
    r"\bkrijgen een betere (moeder|vader|mama|papa)\b",
    r"\bmet rust laten\b[^?]{0,60}\bafmaken\b",
    r"\b(opgezegd|opzeggen)\b[^?]{0,80}\bgeen (nieuwe|andere) (woning|huis|kamer)\b[^?]{0,40}"
    r"\b(geen nodig|niet nodig)\b",
    r"\b(volgend jaar|volgende week|volgende maand|de toekomst|morgen) bestaat (voor mij |voor mij al )?niet\b",
    r"\bbinnenkort is (da|dat|dit|het) probleem opgelost\b",
    r"\b(niet weggegooid|bewaard|gehouden)\b[^?]{0,20}\bmet een reden\b",
    r"\bafscheid (te )?nemen\b[^?]{0,40}\bniet omdat\b(?![^?]*\b(overleden|ziek is|verhuis\w*)\b)",
    r"\b(ik heb|heb ik) (al )?(bedacht|uitgezocht|besloten) hoe\b(?![^?]{0,30}\b(opbouw|uren|werk|terug)\b)",
    r"\b(zich doodde|zelfmoord pleegde|zich van het leven beroofde|zichzelf doodde)\b[^?]{0,40}\bik wil ook\b|"
    r"\bgeleden\b[^?]{0,40}[.!]\s*ik wil ook\W*$|(^|[.!?]\s*)ik wil ook\s*[.!]?\s*ik (snap|begrijp)\b",
    r"\bklaar om te gaan\b[^?]{0,60}\b(geen angst|niet bang|licht|rust)\b",
    r"\bbeter van (dat|het|de|ons) (balkon|dak|flat|brug) (kan |zou )?(vallen|springen)\b",
    # a denial taken back at once: "ik ga mezelf niks aandoen. nog niet."
    r"\b(mezelf|mijzelf|me) (\w+ )?(niks|niets) aan ?doen\b[^?]{0,20}\b(nog niet|voorlopig niet|vandaag niet)\W*$",
    # set 43: existing as the problem, better no father than this one, a farewell apology, affairs in order and
    # waiting for the moment, a promise kept if a letter comes and all is ready, "not 'redden' about work", stopping
    # with everything worked out
    r"\b(probleem|fout) is dat ik (nog )?(besta|leef)\b",
    r"\bliever (helemaal )?zonder (vader|moeder|papa|mama)\b",
    r"\bsorry voor alles\b[^?]{0,60}\b(dag|doei|vaarwel|bye|adieu|het ga je goed)\W*$|^\W*sorry voor alles\W*$",
    r"\b(zaken|papieren|spullen)\b[^.?!]{0,10}\b(zijn|staan) (al )?(op orde|geregeld)\b[^?]{0,60}"
    r"\b(het|een) (goede|juiste|geschikte) moment\b",
    r"\bdan doe ik het\b[^?]{0,60}\b(ligt|liggen) (al )?klaar\b|"
    r"\b(ligt|liggen) (al )?klaar\b[^?]{0,40}\bdan doe ik het\b|"
    r"\bdan doe ik het\b[^?]{0,20}\b(heb ik|ik heb) (het )?(mezelf|mijzelf) beloofd\b",
    r"\bbedoel (het )?niet\b[^.?!]{0,20}\bqua (werk|baan)\b",
    r"\bstoppen\W+met alles\b[^?]{0,60}\buitgedacht\b|\bmet alles stoppen\b[^?]{0,60}\buitgedacht\b",
    # set 44: the police telling the mother, "en daarna mag het stoppen" after handing over the work, not making the
    # weekend or next year, stopping "en dan bedoel ik niet met werken", nobody to stop me, a date in mind after a
    # birthday, a goodbye the team misread, the perfect moment while the children are away
    r"\bniet van de politie (horen|te horen)\b",
    r"\b(en )?daarna (mag|kan|moet) het (stoppen|ophouden|klaar zijn)\b",
    r"\b(denk|geloof) (echt )?niet dat ik (dit|het|volgend|volgende|de) (weekend|jaar|week|maand|kerst|zomer|lente) "
    r"(nog )?(haal|ga halen)\b(?![^.?!]*\b(deadline|klus|verhuizing|planning|taken|af)\b)",
    r"\b(volgend|volgende|dit) (jaar|weekend|week|maand|zomer) niet (te )?(halen|haal)\b",
    r"\b(en )?(dan )?bedoel ik (dus |echt )?niet (met |qua |op )?(het |mijn )?(werk|werken|baan)\b",
    r"\b(niet )?dat iemand (me|mij) (tegenhoudt|tegen houdt|gaat tegenhouden|stopt)\b|\bniemand (me|mij) "
    r"(tegenhoudt|kan tegenhouden)\b",
    r"\been datum in (mijn|m'n|mn) hoofd\b(?![^.?!]*\b(werk|baan|beginnen|starten|terug|opbouw|uren)\b)",
    r"\bafscheid (genomen|nemen)\b[^?]{0,80}\b(dachten|denken|denkt|dacht)\b[^?]{0,60}\b(bedoelde|bedoel) (het|ik het) "
    r"anders\b",
    r"\b(perfecte|goede|juiste|ideale) moment\b[^?]{0,30}\bdan (zien|merken|vinden) (zij|ze|de kinderen|mijn "
    r"kinderen) het niet\b",
)))

_PERSON_AT_HOME = re.compile(
    r"\b(?:mijn|m'n|mn) (vrouw|man|partner|vriend|vriendin|moeder|vader|zus|broer|dochter|zoon|buurvrouw|buurman|"
    r"ouders|kinderen|familie)\b[^.?!]{0,25}\b(?:is|zijn|blijft|blijven|komt|komen) (?:nu |er |hier |gewoon )*"
    r"(?:bij me|bij mij|thuis|hier|er|langs)\b(?!\s*(niet|nooit|geen)\b)(?![^.?!]*\bniet meer\b)")
# "Ik heb het doosje aan mijn zus gegeven. Zij is nu hier bij mij": the person named before, then "zij" (round 7).
_PERSON_NAMED = re.compile(r"\b(?:mijn|m'n|mn) (vrouw|man|partner|vriend|vriendin|moeder|vader|zus|broer|dochter|"
                           r"zoon|buurvrouw|buurman)\b")
_SHE_OR_HE_AT_HOME = re.compile(r"\b(?:zij|ze|hij) (?:is|blijft|komt) (?:nu |er |hier |gewoon |vannacht )*"
                                r"(?:bij me|bij mij|thuis|hier|langs)\b(?!\s*(niet|nooit|geen)\b)|"
                                r"\b(?:zij|ze|hij) is er (?:altijd |nu |gewoon |ook )?bij\b")  # round 27
_HELPERS = r"(huisartsenpost|huisarts|113|psycholoog|behandelaar|crisisdienst|praktijkondersteuner|poh)"
_CALLING = re.compile(rf"\bik (?:bel|ga (?:\w+ )?bellen|heb (?:\w+ )?gebeld|ga naar)\b[^.?!]{{0,25}}\b{_HELPERS}\b|"
                      rf"\bik heb (?:net |vandaag |al |zojuist |gisteren )*(?:de |mijn |met )?{_HELPERS} "
                      r"(?:gebeld|gesproken|geappt|gemaild)\b")
_WHO_IS_CALLED = {"huisarts": "de huisarts", "huisartsenpost": "de huisartsenpost", "113": "113",
                  "crisisdienst": "de crisisdienst"}
_MEANT = re.compile(r"\bbedoelde (?:het|dat) niet|\bniet (?:zo )?(?:letterlijk|serieus)|"
                    r"\b(?:zo )?bedoel(?:de)? ik (?:het|dat) (?:echt )?niet\b|\bniet zo (?:bedoeld|gemeend)\b")

_SAFE = re.compile("|".join((
    r"\bik ben (nu |weer |wel |echt |gewoon |hier |thuis )*(veilig|safe)\b",
    # "ik zeg dat ik veilig ben" (round 23); not what was told to someone else ("tegen mijn therapeut gezegd dat ik
    # veilig ben, maar ...", set 17)
    r"\b(ik zeg|zeg ik|ik zei|zei ik)( het)?( toch| net| al| nu| je| jou| u)* dat ik (nu |weer |wel |echt |gewoon )*"
    r"(veilig|safe) ben\b",
    r"\b(ben|voel) (ik |me )?(echt )?niet in gevaar\b",
    r"(?<!zich )\bgeen zorgen\b(?! meer)(?! (over|om) (die|de|het|dat|deze|dit|mijn|m'n|mn)\b)",
    r"\bik ben niet alleen\b", r"\bik voel me (nu |eindelijk |weer |wel |gewoon )*veilig\b",
    r"\b(van )?(dat soort|zulke|die|zulk soort) gedachten\b[^.?!]{0,20}\b(geen last|niet|nooit)\b",
    r"\b(nummers?|hulplijn)\b[^.?!]{0,60}\b(niet nodig|heb ik niet nodig)\b",
    # round 35: "ik heb geen crisis!! het gaat goed met me" got the helpline
    r"\b(ik heb|ik zit in|er is|het is) (echt |helemaal |gewoon )?geen crisis\b",
    r"\bhet gaat (nu |echt |heel |best |prima |gewoon )?goed met (me|mij)\b(?! (maar|behalve))",
    _PERSON_AT_HOME.pattern, _CALLING.pattern, _MEANT.pattern,
)))

_MEDICATION = re.compile(
    r"\b(oxazepam|temazepam|zolpidem|lorazepam|diazepam|alprazolam|sertraline|escitalopram|citalopram|paroxetine|"
    r"fluoxetine|venlafaxine|mirtazapine|quetiapine|lithium|ritalin|methylfenidaat|antidepressiv\w*|"
    r"pil|pilletjes?|(ochtend|avond|middag|slaap|anticonceptie)pil\w*|slaapmiddel\w*|kalmeringsmiddel\w*|medicijn\w*|medicatie|pillen|tabletten|dosis|dosering|"
    r"milligram|\d+ ?mg|mg|ibuprofen|paracetamol|diclofenac|naproxen|aspirine|bijwerking\w*)\b")
# Intents that are a no to the direct question, unless words after the no take it back ("nee... soms").
CLEAR_NO_INTENTS = ("deny", "declare_safe")
# The reply to "denk je aan zelfdoding?": a no first ("nee hoor, ik maak me alleen zorgen over mijn aanvraag", "ik zei
# NEE"), and no word after it that takes it back ("nee... of ja, soms").
# blind round 23: "jezus. nee. voor de derde keer nee." got the routes
_NO_FIRST = re.compile(r"^\W*(ik zei |(wtf|huh|he|eh|uh|pff+|wat|nou|echt|haha|oh|o|jezus|jeetje|god|serieus|zucht|"
                       r"tja|joh|man|sorry)\W+)?(nee+|neen|nope|no|nah|neuh|"
                       r"welnee|nee hoor|helemaal niet|zeker niet|"
                       r"absoluut niet|echt niet|totaal niet|nooit|niet aan gedacht)\b")
#: Words that take a no back whatever else is said ("..., maar soms wel"); a plain no also by "ja" or "een beetje".
_TAKEN_BACK_WORDS = r"soms|wel eens|weleens|af en toe|misschien|eigenlijk wel|vaak|regelmatig|nog steeds"
# ... not the fright: "daar schrik ik een beetje van" (round 43)
_TAKEN_BACK = re.compile(rf"\b(ja|een beetje(?! (van|geschrokken|bang van|onrustig van))|heel soms|"
                         rf"{_TAKEN_BACK_WORDS})\b")
#: ... a strong no with what was meant only by those words ("Nee!! ... Daar schrik ik wel een beetje van" stays no).
_TAKEN_BACK_AFTER_ALL = re.compile(rf"\b({_TAKEN_BACK_WORDS})\b")
_WHY_ASKED = re.compile(r"\bwaarom (vraag|vraagt|vroeg) (je|jij|u) (dat|dit|me dat|mij dat)\b|"
                        r"\bwaarom (je|jij|u) (dat|dit|me dat|mij dat) (vraagt|vraag|vroeg)\b|"
                        r"\bhoe kom (je|jij|u) (daar|daarbij|erbij)\b")
_QUESTION = re.compile(r"\?|^(mag|kan|moet|is|zijn|wat|hoe|hoeveel|wanneer|waarom|helpt|werkt|wordt)\b")


# Death and exhaustion in figures of speech ("dat was echt mijn dood", "de rek is eruit"): the classifier alone may
# not make these a possible crisis (a crisis pattern or an indirect signal still does).
#: "de plek waar hoop naartoe gaat om te sterven" (set 43): an idiom, no wish to die.
DYING_PLACE = r"\b(plek|plaats|waar)\b[^.!?]{0,30}\b(naartoe|heen) (gaat|gaan) om te sterven\b"
_FIGURE = re.compile("|".join((
    # blind round 49: "na elke brief van ze ben ik dood op", "ben er klaar mee dat ze steeds appen"
    r"\b(ben|was|word|werd|raak|ben ik|was ik) (\w+ )?(helemaal |echt |compleet )?(dood ?op|doodop)\b",
    r"\b(ben|is|zijn) (er |het )?(\w+ )?klaar mee dat\b",
    # set 50: "ik sloop mezelf als ik zo doorga, dat zegt iedereen" (wearing oneself out)
    r"\b(sloop|slopen) (ik )?(mezelf|mijzelf)\b(?= (als|zo|met|door|op)\b)",
    # set 47: "aan het eind van mijn latijn"; "niks meer te verliezen, dus ik ga eerlijk zeggen wat ik vind"
    r"\b(eind|einde) van (mijn|m'n|mn|zijn|haar|je|ons) latijn\b",
    r"\b(niks|niets) (meer )?te verliezen\b[^?]{0,30}\b(dus|dan|daarom)\b[^?]{0,40}\b(zeggen|zeg|vertellen|vertel|"
    r"eerlijk|aankaarten|vragen|solliciteren|proberen)\b",
    # set 45: "dat werk slaat me dood"
    r"\b(werk|baan|dat|dit|het|die \w+) slaat (me|mij) (nog |echt |gewoon )?dood\b",
    # set 42: "murw geslagen door de formulieren", "even uit de wereld stappen, een weekje naar een klooster", "meer
    # touw nodig, zeg maar", "een rijdende trein", "mijn laatste wil voor mijn werkleven", "humor is mijn wapen"
    r"\bmurw (geslagen|gebeukt)\b", r"\buit de wereld stappen\b[^.]{0,40}\b(weekje|week|klooster|vakantie|huisje)\b",
    r"\bmeer touw nodig\b|\btouw\b[^.]{0,20}\bzeg maar\b", r"\brijdende trein\b",
    r"\blaatste wil voor (mijn|het|de) (werk\w*|baan|loopbaan|carriere)\b", r"\bis mijn (wapen|geheime wapen)\b",
    # set 41: "mijn testament is klaar: mijn stapel ongelezen mails gaat naar mijn teamleider", "ik sterf liever een
    # langzame dood dan dat ik die module nog een keer moet doen"
    r"\b(testament|erfenis)\b[^.]{0,60}\b(mails?|inbox|bureau|stapel|planten|koffiemok)\b",
    r"\bsterf (ik )?liever\b[^.]{0,60}\bdan (dat )?ik\b",
    # set 40: "ik wil gewoon verdwijnen als ik de teamapp zie ploppen"
    r"\bverdwijnen als ik (de|die|een|het|mijn|zijn|haar) \w+ (zie|hoor|lees|krijg)\b",
    # set 29: a pain like a knife, rope for the garden, "kill me now" about a meeting, "ik kan niet meer. ik bedoel:
    # niet meer dan 2 uur per dag"
    r"\bsnijdende pijn\b", r"\balsof (er )?een mes in\b", r"\bgesloopt\b",
    # set 37: "verdwijnen naar een hutje in Zweden ... Droom, he"
    r"\bverdwijnen naar (een|het) (hutje|huisje|eiland|strand|bos|berghut)\b",
    # set 36: pain "that I do not know where to put myself", a bridge open for ships, "it no longer matters whether"
    r"\bniet (meer )?(weet|wist) waar ik het zoeken moet\b", r"\bvoor een open brug\b|\bbrug (staat|stond|ging) open\b",
    r"\bmaakt (mij |me )?(niet meer|niks meer|niets meer) uit of\b(?=[^.!?]{1,40}\bof\b)"
    r"(?![^.!?]*\b(leef|leven|dood|besta|bestaan|wakker)\b)",
    # set 35: "12 uur geslapen, als een blok, alsof ik dood was"
    r"\b(geslapen|sliep|slapen)\b[^.!?]{0,40}\balsof ik dood (was|ben)\b",
    # set 34: old pills brought back to the pharmacy
    r"\b(breng|brengen|lever|leveren|inleveren)\b[^.!?]{0,30}\b(terug )?(naar|bij|in) de apotheek\b",
    r"\bvan ouderdom (te )?(laten )?(sterven|doodgaan)\b",  # set 31
    # round 34: a letter received or awaited ("brief heb ik nog nie gehad. wat moet ik dan doen": the suicide question)
    r"\b(brief|brieven)\b[^.!?]{0,30}\b(nog )?(niet|nie|geen) (gehad|ontvangen|gekregen|binnen)\b|"
    r"\b(brief|brieven) (van|vanuit|uit) (het |de |mijn )?(uwv|werkgever|arbodienst|bedrijfsarts|gemeente|hr|"
    r"verzekeraar|casemanager)\b",
    r"\bmoordende (pijn|hoofdpijn|zenuwpijn|rugpijn|migraine)\b|\b\w*pijn\b[^.!?]{0,30}\bis moordend\b",  # set 30
    r"\b(touw|strop)\b[^.!?]{0,30}(?<!niet )\bvoor (de|het|mijn|m'n|onze|ons) "
    r"(moestuin|tuin|boot|tent|was|waslijn|schommel|"
    r"hond|verhuizing|camping|klimrek|hangmat|kerstboom|tomaten|bonen|planten|volkstuin|caravan)\b",
    r"\bkill me now\b[^.!?]{0,60}\b(meeting|vergadering|teams|zoom|mail|formulier|werk|baas|uwv|gesprek|overleg)",
    # ... not "ik bedoel niet 'redden' qua werk" (set 43: it says the opposite)
    r"\b(ik bedoel|ik bedoelde|bedoel ik|daarmee bedoel ik)\b(?!\W{0,3}(dus |echt )?niet\b)\W{0,3}[^.!?]{0,40}\b"
    r"(\d+ (uur|uren|dagen)|per (dag|week)|"
    r"werk|werken|baan|collega\w*|baas)\b",
    r"\bdood als een pier\b", r"\bin slaap (val|valt|vallen|viel)\b",
    # set 43: "mijn mailbox is de plek waar hoop naartoe gaat om te sterven", "me niet dood moet werken", "ziet eruit
    # als een plaats delict"
    DYING_PLACE, r"\b(me|mij|je|zich|jezelf|mezelf) (niet )?(meer )?dood (te |moet |moeten )?werken\b|\bdoodwerken\b",
    r"\b(als|net) een plaats delict\b",
    # set 44: "een afscheidsbrief geschreven... aan mijn oude baan", "het leven heeft me onderuit gehaald, maar ik
    # krabbel op"
    LETTER_TO_A_JOB,
    r"\bonderuit (gehaald|gehaalt)\b[^.!?]{0,30}\b(krabbel|kom|sta) (ik )?(weer |langzaam )?op\b",
    r"\bga pas dood als\b", r"\b(dit|dat|het|mijn) (werk|baan|functie|bedrijf|vak) heeft geen toekomst\b",
    # set 26: "mijn collega's denken vast dat ik dood ben, zo lang niks gehoord", medicine kept out of children's reach
    r"\bdenken (vast |zeker |misschien |nu )?dat ik dood ben\b",
    # set 27
    r"\bvitamine\w*\b", r"\b(naar de apotheek (gebracht|teruggebracht)|verlopen (pillen|medicijnen))\b",
    # set 28: a cat that "thinks she dies" when her bowl is empty, "laat me met rust" about a person
    r"\bdenkt dat (ze|hij) (sterft|doodgaat|dood gaat)\b", r"\b(me|mij) met rust (laat|laten)\b",
    r"\bverdwijnen onder (een|de|mijn) (dekentje|deken|dekbed|dekens|plaid)\b",
    r"\bemigre(ren|er|ert|erden)\b", r"\bdood voor de wereld\b",
    r"\b(serie|film|aflevering|boek|seizoen)\b.{0,80}\b(ging|gaat|gingen|gaan) (iedereen|hij|zij|ze|de helft|"
    r"bijna iedereen) dood\b",
    r"\b(kat|poes|hond|konijn)\b[^.]{0,20}\b(krabt|krabde|bijt|beet)\b",
    r"\bzodat (de |mijn |onze )?(klein)?(kinderen|kids|kleinkinderen|hond|kat) er niet bij kunnen\b",
    r"\bkill me now\b", r"\bschim van (mezelf|mijzelf)\b", r"\bvoor mijn leven niet\b", r"\bmijn leven staat stil\b",
    r"\bdonkere dagen\b", r"\b(messen slijpen|houtsnij\w*|parachute\w*)\b",
    r"\b(het )?gaat (\w+ )?(tenslotte |immers |toch |wel |uiteindelijk )*over mijn (eigen )?leven\b",  # round 18
    # set 18: "mijn moeder vermoordt me als ...", "ik eet me dood aan drop", "een jaar op een onbewoond eiland"
    r"\b(vermoordt|vermoorden|vermoordde) (me|mij)\b", r"\beet (me|mij) dood\b", r"\bonbewoond eiland\b",
    # set 17: deaths in a series, a thing given away for a reason, a fall that broke a bone
    r"\btestament\b[^.]{0,40}\bnotaris\b|\bnotaris\b[^.]{0,40}\btestament\b",  # set 24
    # set 25: a train to the office, a day with the curtains closed and series, vanishing "even" for a walk
    r"\b(perron|trein|station)\b[^.]{0,40}\bnaar (kantoor|mijn werk|het werk|werk)\b",
    r"\bgordijnen dicht\b[^.]{0,30}\b(series|serie|netflix|film|boek|slapen)\b",
    r"\beven van de aardbodem\b[^.]{0,40}\b(wandel\w*|bos|strand|fiets\w*|weekend|huisje)\b",
    r"\b(serie|series|film|films|boek|game|aflevering|seizoen|toneelstuk|romeo en julia|gelezen|doorgelezen)\b"
    r"[^?]{0,80}\b(iedereen|iemand|ze|hij|zij|alle\w*) "
    r"(gaat|gaan|ging|gingen) (daar |erin |er )?(ook )?dood\b",
    r"\b(gegeven|weggegeven|verkocht)\b[^.]{0,30}\b(speel|gebruik|doe|rijd|fiets) (ik )?(\w+ )?(toch )?(niet|nooit) "
    r"meer\b[^.]{0,10}\b(sinds|door|want|omdat|vanwege)\b",
    r"\b(gevallen|gestruikeld|uitgegleden|ongeluk\w*)\b[^.]{0,40}\b(gebroken|verstuikt|gekneusd|gescheurd)\b",
    r"\bdood(moe|op|leuk|gewoon|stil|normaal|eng|ziek|jammer|zonde|doodlopend\w*)\b", r"\bdoodlopend\w*\b",
    r"\bdooie boel\b", r"\b(verveel|schrok|schrik|lach|lachte|werk|werkte|ergerde?|erger|zoek|zocht|schaam) "
    r"(me|mij|mezelf|ons|je) (suf en )?(dood|het apelazarus)\b",
    r"\b(is|was|wordt|worden|wordt nog) (echt |nog |gewoon )?(mijn|m'n|mn) dood\b",
    r"\bduizend doden\b", r"\bover (mijn|m'n) lijk\b", r"\b(ga|gaat|gaan) (nog )?dood van (de |het )?"
    r"(stress|zenuwen|verveling|kou|hitte|honger|papieren|formulieren|regels)\b",
    r"\b(rek|puf|pit|fut) is (er ?)?(volledig |helemaal |echt )?(er)?uit\b",
    r"\bwater (staat )?(me |mij )?tot (aan )?de lippen\b", r"\bopgebrand\b", r"\bop van de zenuwen\b",
    r"\bdoor de bomen het bos\b", r"\bonder een steen\b", r"\bmijn laatste bericht (voor|van) vandaag\b",
    r"\b(lijk|lijkt) wel (een )?(zombie|lijk)\b",
    r"\b(telefoon|batterij|accu|laptop|mobiel|gsm|computer)\b[^.]{0,10}\b(is|was|ging) (\w+ )?dood\b",
    r"\bspoor bijster\b", r"\buit (mijn|m'n|mn) vel\b", r"\bin (mijn|de|m'n) (eigen )?voet\b",
    r"\b(leven|veiligheid) niet zeker\b", r"\b(sleep|sleepte) (me|mij|mezelf) door\b",
    r"\b(plant|plantjes|planten)\b[^.]{0,20}\bdood", r"\bzie (het leven|het|alles) weer\b[^.]{0,20}\bzitten\b",
    r"\b(rug|nek|hoofd|knie|knieen|voeten|schouder|schouders|hoofdpijn|migraine|buik)\s+(vermoordt|sloopt|slopen|"
    r"vermoorden) (me|mij)\b", r"\b(mijn )?leven staat (helemaal )?op (zijn|z'n) kop\b",
    r"\b(pillendoos|medicijndoos|weekdoos|baxterrol|baxter)\b",
    r"\b(pillen|medicijnen|medicatie|tabletten)\b[^;]{0,80}\b(inleveren|weggooien|terugbrengen|opruimen)\b",
    r"\bmijn bloed kookt\b", r"\bgeen leven (meer )?bij\b", r"\bhalf dood\b",
    r"\bals een strop\b", r"\b(vermoordt|vermoorden) (me|mij) nog\b",  # set 10
    # standing up for oneself (blind round 10: "ze vindt dat ik moet opkomen voor mezelf" got the suicide question)
    r"\bopkomen voor (mezelf|mijzelf)\b", r"\bvoor (mezelf|mijzelf) (te )?(op ?komen|opkom\w*|kiezen|kies)\b",
    # round 15: a yes said with a shrug ("ja bewaar maar, boeit me niet meer")
    r"\b(ja|bewaar|bewaren|doe|prima|oke|ok|goed)\b[^.]{0,20}\bboeit (me|mij) (\w+ )?(niet|niks)( meer)?\b",
    # set 11: a week away, sleeping well, cooking, hanging up the phone or the washing, needles, thrillers
    r"^(?!.*\b(voor altijd|voorgoed|voor eeuwig|niet op vakantie)\b).*\bverdwijnen\b[^.]{0,40}\b(weekje|week|weekend|"
    r"vakantie|huisje|tijdje|paar dagen|zonder telefoon)\b",
    r"\b(sliep|slaap|slapen|geslapen) als een (dode|roos|blok|os)\b",
    r"\b(uien|groente|brood|vlees|tomaten)\b[^.]{0,20}\bsnijden\b", r"\bin (mijn|m'n|mn) (vinger|duim) gesneden\b",
    r"\b(ga|moet) (nu |zo |even )?ophangen\b[^.]{0,30}\b(belt|bellen|telefoon|aan de lijn)\b",
    r"\b(de was|jas|schilderij|gordijn\w*|lamp|foto\w*) (\w+ )?op ?(te )?hangen\b", r"\btussen twee vuren\b",
    r"\bflauw\w*\b[^.]{0,20}\b(naald\w*|bloed\w*|prik\w*)\b", r"\b(thriller|detective|moordenaar|moordzaak)\b",
    # set 12: "killing it", jumping from the ground floor, away until the keuring is over
    r"\bkilling it\b", r"\bgelijkvloers\b", r"\bzolang het (maar )?niet (al )?te lang duurt\b",
    r"\b(is|het is) (toch |wel )?mijn (eigen )?leven\b",  # round 13: "ja tuurlijk, is toch mijn leven"
    r"\bverdwijnen\b[^.]{0,20}\btot (die|de|het) \w+ (voorbij|klaar|over) is\b",
    # set 16: complaints that disappear, shyness in a meeting, nothing to add
    r"\b(klachten|paniekaanvallen|paniek|angst|angsten|pijn|hoofdpijn|nachtmerries|herbelevingen|vermoeidheid|"
    r"somberheid|zorgen)\b[^.]{0,10}\b(verdwijnen|verdwijnt)\b",
    r"\b(in|tijdens|bij) (vergaderingen|de vergadering|een vergadering|gesprekken|het overleg|de les|feestjes)\b"
    r".{0,50}\b(verdwijnen|onzichtbaar)\b",
    r"\b(niets|niks|niet) (meer )?toe te voegen\b",
    # round 17: forgetting, not despair ("heb ik al voorkeur gegeven? weet niet meer", "ik weet niet meer of ...")
    r"\?\s*(ik )?weet (ik )?(het )?niet meer\W*$|\bweet (ik )?(het )?niet meer (of|wat ik (al )?(had )?(gekozen|gezegd|"
    r"ingevuld|geantwoord))\b",
    # set 15: a farewell to a job or to care work
    r"\bafscheid (te )?(nemen|genomen|neem) van (mijn|m'n|mn|de|het|dat|die) (oude |vorige |huidige )?(baan|werk|"
    r"functie|vak|zorg|beroep|bedrijf|team|collega\w*|werkgever|onderwijs|leven als)\b",
)))
# An ending that is a relationship's ("ik heb er een eind aan gemaakt met mijn vriend, we zijn uit elkaar", set 15).
_RELATIONSHIP_ENDED = re.compile(
    r"\b(eind|einde)\b[^.]{0,25}\bmet (mijn|m'n|mn|de|die) (vriend|vriendin|man|vrouw|partner|ex)\b[^.]{0,40}"
    r"\buit elkaar\b|"
    r"\b(eind|einde) (gemaakt |maken )?aan (onze|mijn|m'n|de|het) (relatie|huwelijk|samenwonen|verkering)\b|"
    # question set 12: "mijn man en ik gaan scheiden, wie krijgt het huis?"
    r"\b(gaan|gingen|zijn|ga) (\w+ )?(scheiden|uit elkaar)\b")


# No future at this job (set 16: "ik zie bij dit bedrijf geen toekomst meer voor mezelf").
_NO_FUTURE_AT_WORK = re.compile(
    # set 47: "ik ga daar echt niet meer terug. ik wil iets heel anders gaan doen", "niet meer bij dit bedrijf wil
    # werken. voor mij is het klaar daar"
    r"\bik ga daar (echt |nooit |gewoon |zeker )*(niet )?meer terug\b|"
    r"\bniet meer (bij|voor) (dit|dat|deze|die|mijn|m'n|mn) (bedrijf|werkgever|baas|organisatie|zaak|club) "
    r"(\w+ )?(wil |te )?werken\b|\bis het (daar )?klaar daar\b|"
    rf"{_AT_THIS_JOB}[^.]{{0,25}}\bgeen (\w+ )?(toekomst|perspectief)\b|"
    rf"\bgeen (\w+ )?(toekomst|perspectief) (meer )?(voor (mezelf|mij|me) )?{_AT_THIS_JOB}|"
    # set 17: "het heeft allemaal geen zin meer bij dit bedrijf, ze willen me toch niet terug"
    rf"\bgeen zin (meer )?{_AT_THIS_JOB}|{_AT_THIS_JOB}[^.]{{0,15}}\bgeen zin (meer)?\b|"
    # set 24: "ik heb het gevoel dat ik er op het werk niet meer bij hoor"
    rf"{_AT_THIS_JOB}[^.]{{0,15}}\bniet meer bij (hoor|horen)\b|\bniet meer bij (hoor|horen) {_AT_THIS_JOB}|"
    # set 36: "ik zie geen toekomst meer in de logistiek. daarom wil ik ... iets administratiefs"
    r"\bgeen toekomst (meer )?in de (?!wereld\b)\w+\b(?=.*\b(daarom|dus) wil ik\b)|"
    # set 45: "bij mijn huidige werkgever zie ik het niet meer zitten"
    r"\b(bij|in|op) (mijn |m'n |de |het |dit |deze |die )?(huidige |oude |vorige )?(werkgever|baan|bedrijf|werk|"
    r"functie|team|afdeling)\b[^.]{0,10}\bzie ik het (echt |gewoon |eigenlijk )?niet meer zitten\b|"
    r"\bzie (ik )?het (echt |gewoon |eigenlijk )?niet meer zitten (bij|in|op) (mijn |m'n |de |het |dit |deze |die )?"
    r"(huidige |oude )?(werkgever|baan|bedrijf|werk|functie|team|afdeling)\b")


# Stopping work, not life (blind round 18: a teacher of 61 who wants to stop working was asked four times about
# suicide): "afspraken maken over stoppen", "ze steunt het als ik stop", "mijn laatste werkjaren".
_STOPS_WORKING = re.compile(
    r"\b(stop|stoppen|stopt|ophouden)\b[^.]{0,30}\b(met )?(werken|werk|lesgeven|les geven|baan|functie|onderwijs|"
    r"de klas|mijn vak|het vak|dienst)\b|"
    # set 41: "ik stop als verpleegkundige ... nu zoek ik iets zonder nachtdiensten"
    r"\bik stop als (\w+)\b(?![^.]{0,20}\b(mens|mezelf)\b)|"
    r"\b(werken|werk|onderwijs|baan|vak|klas|school|zorg|bedrijf|werkgever)\b[^.]{0,60}\b(als|dat|om) ik (stop|ophoud|"
    r"zou stoppen)\b|\bafspraken (\w+ )?over (het )?stoppen\b|\blaatste werkjaren\b|"
    r"\blaatste (jaren|paar jaar) (voor|tot) (mijn |het )?pensioen\b|\b(met|naar) (vervroegd )?pensioen\b|"
    r"\btot (mijn |m'n |mn |het )?pensioen\b|"  # round 19: "niet meer op de bus. iets rustigs tot mn pensioen"
    # round 20: "hij vindt dat ik nooit meer nachten moet doen"
    r"\b(nooit meer|geen|niet meer) (\w+ )?(nachten|nachtdiensten|avonddiensten|weekenddiensten|diensten)\b|"
    r"\b(zeg|zegt) (ik|hij|ze) (\w+ ){0,2}op\W*$|\b(ontslag (nemen|neem|neemt)|mijn ontslag indienen)\b|"  # set 26
    r"\b(zelf )?(op te stappen|opstappen)\b|"  # set 32: "ik denk erover om zelf op te stappen"
    # round 31: "als de baas het te zien krijgt ben ik weg" (leaving the chat or the job)
    r"\b(baas|werkgever|leidinggevende|bedrijf|werk|chat|app)\b[^.]{0,40}\bben ik weg\b|"
    r"\bgenoeg (heb )?gegeven aan (het onderwijs|de zorg|mijn werk|het werk|het bedrijf|de school|mijn vak)\b|"
    # round 33: "het groen in kan ik niet meer denk ik, al dat bukken"
    r"\b(kan|mag|wil) ik (\w+ )?niet meer\b[^.!?]{0,30}\b(al dat|al die|door het|door al dat) (bukken|tillen|sjouwen|"
    r"staan|knielen|lopen|rijden|zitten|klimmen|sjouwwerk|tilwerk)\b|"
    # round 32: "ze vindt dat ik niet meer moet lassen. te gevaarlijk voor mijn hart"
    r"\b(niet|nooit) meer (moet|mag|kan|zou moeten|hoef|hoeft) (?!(leven|bestaan|ademen|zijn|er zijn|verder|wakker)\b)"
    r"(\w+ )?\w+en\b(?! (met|aan) (het|mijn) leven\b)|"
    r"\b(te )?(gevaarlijk|slecht|zwaar) voor (mijn|m'n|mn) (hart|rug|lijf|lichaam|gezondheid|longen|knie|knieen|"
    r"schouder|schouders|nek|handen|ogen)\b")


#: A practical question for permission or about who reads along ("mag het nou of niet", "mag ik ook gewoon zeggen wat ik
#: wil bij mijn baas", "leest mijn baas mee of niet"): the classifier or screen alone makes no crisis of it (blind round
#: 31 asked a shy werknemer of 23 about suicide twice).
_ASKS_PERMISSION = re.compile(r"\b(mag|mogen) (het|ik|mijn \w+|hij|zij|ze|je|u|dat)\b[^.?!]*(\?|\bof niet\b|$)|"
                              r"\b(leest|ziet|krijgt) (mijn|de|je) \w+ (het )?(mee|te zien)\b")


def asks_permission(text: str) -> bool:
    """The message asks whether something may be done, or who reads along."""
    return bool(_ASKS_PERMISSION.search(normalise(text)))


def stops_working(text: str) -> bool:
    """Stopping that is about work or retirement, not about life."""
    folded = normalise(text)
    return bool(_STOPS_WORKING.search(folded)) and not _LIFE_TOO.search(folded)


_LIFE_TOO = re.compile(r"\b(met|aan) (het |mijn |m'n )?leven\b|\bmet alles\b|"
                       r"\b(denkt|denken|dacht|dachten) dat ik (ontslag|stop)\b|"  # set 38: others misread it
                       r"\b(ga|zal) ik (niet|nooit) (halen|meemaken)\b")


def no_future_at_work(text: str) -> bool:
    """The future that is missing is at this job, not in life."""
    return bool(_NO_FUTURE_AT_WORK.search(normalise(text)))


# An answer corrected in short words (blind round 16: "doel is fout. moet zijn weer rijden" got the suicide question).
_EDIT_SAID = re.compile(r"^\W*\w+( \w+)? (is|klopt) (fout|verkeerd|niet)\W*[.!]\s*(het |dat |er )?moet (zijn|staan|"
                        r"worden)\b|"
                        # round 17: "wie gaat mee moet zijn niemand. en doel weghalen"
                        r"^\W*[a-z][a-z ]{1,40} moet (zijn|staan|worden)\b[^.?!]*[.!]?\s*(en )?\w+( \w+)? "
                        r"(weghalen|eruit|weg)\b")


def starts_with_no(text: str) -> bool:
    """The message starts with a clear no and takes nothing back ("nee!! ik bedoel ik weet niet meer of ik al
    gekozen had"): the classifier or screen alone is no signal then (blind round 17 sent the crisis routes to it)."""
    folded = normalise(text)
    return bool(_NO_FIRST.search(folded)) and not _TAKEN_BACK.search(folded) and not re.search(r"\bmaar\b", folded)


def edits_an_answer(text: str) -> bool:
    """The werknemer corrects an answer ("doel is fout. moet zijn ..."): the classifier or screen alone is no signal."""
    return bool(_EDIT_SAID.search(normalise(text)))


# "Ik maak er een eind aan, aan dat huurcontract bedoel ik" (set 20): what ends is named.
_ENDS_A_THING = re.compile(r"\beind(e)? (aan|eraan),? aan (dat|die|het|de|mijn|m'n|mn|ons|onze) \w+|"
                           # set 32: "ik maak er een einde aan: geen overwerk meer als ik terug ben"
                           r"\beind(e)? (aan|eraan)\W{0,3}\s*(geen|nooit meer|niet meer) (\w+ )?(over\w+|\w*werk\w*|"
                           r"\w*uren|mail\w*|vergader\w*|avond\w*|weekend\w*|\w*diensten)\b|"
                           r"\beind(e)? (aan|eraan)\b[^.]{0,30}\b(contract|huurcontract|abonnement|relatie|"
                           r"lidmaatschap)\b")
# "Dit is mijn laatste bericht hier, ik ga liever naar een echte mens" (set 20)
_WANTS_A_PERSON = re.compile(r"\b(liever|wil|ga) (\w+ ){0,2}(naar|met) een (echte |echt )?(mens|persoon|medewerker)\b")


def ends_a_thing(text: str) -> bool:
    """An end said of a named thing (a contract, a subscription), not of life."""
    return bool(_ENDS_A_THING.search(normalise(text)))


def wants_a_person(text: str) -> bool:
    """The werknemer would rather talk to a person than to the keuzehulp."""
    return bool(_WANTS_A_PERSON.search(normalise(text)))


def ends_a_relationship(text: str) -> bool:
    """The ending spoken of is a relationship's, not a life's."""
    return bool(_RELATIONSHIP_ENDED.search(normalise(text)))
# A death in the family or among friends, told as news or grief: no signal by itself (wanting to join them is one).
_LOSS = re.compile(r"\b(mijn|m'n|mn|onze) (hond|kat|poes|paard|konijn|huisdier) is dood\b|\burn\b|"
                   r"\b(overleden|overlijden|overleed|gestorven|stierf|doodgegaan|dood gegaan|op sterven|"
                   r"begrafenis|uitvaart|crematie|euthanasie|rouw\w*|"
                   r"graf|dood van (mijn|m'n|mn))\b|"
                   # blind round 30, a widow: "'s avonds is het stil, dan denk ik aan mijn man"
                   r"\b(denk|mis) (ik )?(vaak |veel |dan |steeds |zo )*(aan )?(mijn|m'n|mn) (overleden )?(man|vrouw|"
                   r"partner|moeder|vader|zoon|dochter)\W*$|"
                   # blind round 34, a widow after "nee" to the direct question: "ik mis hem gewoon zo"
                   r"\bik mis (hem|haar) (gewoon |zo |nog |elke dag |heel erg |echt )*(zo|erg|zo erg|veel)\b")


# A request about the conversation itself ("haal 'wat nodig is' weg", "pas mijn samenvatting aan"): the classifier
# alone may not make it a possible crisis.
_ABOUT_THE_CONVERSATION = re.compile(
    # blind round 48: "het wordt mij even te veel, al die vragen achter elkaar" (0.75 from the screen)
    r"\b(te ?veel|teveel)\b[^.?!]{0,20}\b(al die|die|de|zoveel|zo veel) vragen\b|"
    r"\b(al die|zoveel|zo veel) vragen\b[^.?!]{0,20}\b(te ?veel|teveel)\b|"
    # set 44: "sorry voor mijn laatste bericht, dat was kortaf"
    r"\bsorry voor (mijn|m'n|dat|het) (laatste|vorige) (bericht|berichtje|antwoord)\b|"
    # round 41: "mirthe wil niet dat haar zin over instorten erin staat. kan ik dat nog weghalen?"
    r"\b(kan|mag) ik (dat|dit|het|die zin|dat stukje)\b[^.?!]{0,25}\b(weghalen|verwijderen|eruit halen|aanpassen)\b|"
    r"\b(zin|stukje|woord|regel)\b[^.?!]{0,40}\berin staat\b|"
    # round 40: "Dit heb ik al gelezen. Je draait in rondjes. Verder dan maar"
    r"\b(je|jij|u) (draait|draaien|gaat|blijft) (\w+ )?(in )?(rondjes|cirkels|kringetjes|rond)\b|"
    r"\b(dit|dat) heb ik al (gelezen|gehad|gezien)\b|"
    # round 33: "als ik het printen heb gedaan wil ik dat alles weg is bij jullie"
    r"\balles (\w+ ){0,2}weg\b[^.!?]{0,20}\b(bij jullie|bij jou|bij u|uit (het|jullie) systeem)\b|"
    # set 30: "dit is mijn laatste bericht hier, ik ga over naar de app van onze nieuwe arbodienst"
    r"\bik (ga|stap) over naar (de|een|onze|hun) (\w+ ){0,3}(app|website|chat|arbodienst)\b|"
    r"\b(wat doe je|wat doen jullie|hoe reageer je|hoe reageren jullie|wat gebeurt er|wat zeg je) (\w+ )?als iemand\b|"
    r"\b(haal|haalt|verwijder\w*|schrap\w*|wis|pas|verander\w*|wijzig\w*)\b[^.?!]{0,60}"
    r"\b(weg|eruit|aan|antwoord\w*|samenvatting|woord\w*)\b|\b(samenvatting|mijn antwoorden|opgeslagen)\b|"
    r"\bwil ik (\w+ )?(aanpassen|veranderen|wijzigen|weghalen)\b|\bbij [^.?!]{2,40} staat\b|"  # round 8
    # round 18: "u heeft losse woorden weggehaald. Ik herstel het straks. Geen naaste betrekken."
    r"\b(weggehaald|aangepast|verwijderd|veranderd)\b[^?!]{0,40}\b(herstel\w*|terugzetten|fout|verkeerd)\b|"
    r"\b(geen|wel) naaste betrekken\b|"
    r"^\W*(nee,? |nee wacht,? |wacht,? )?bij [^.?!:]{2,50} moet (staan|zijn|worden)\b|"  # an edit (blind round 7)
    r"^\W*[^.?!:]{2,40} moet (staan|zijn|worden)\s*:|"

    # round 13: "Ik wil aanpassen: wie gaat mee. Daar moet staan: mijn echtgenote."
    r"(^|[.!?]\s*)(daar|er|hier) moet (staan|komen)\b|\bik wil (\w+ )?aanpassen\s*:|"
    # set 16: "kunnen we hier een einde aan maken? ik heb wat ik nodig heb", "sluit maar af, het is klaar voor nu"
    r"\b(kunnen|zullen) we (hier|hiermee|nu|het gesprek|dit gesprek) (\w+ )?(een )?(eind|einde) aan (maken|breien)\b|"
    r"(^|[.!?]\s*)sluit (maar |het |dit |jij |je |u )?(maar )?af\b|"
    # blind round 29: "Ik sluit af. Goedendag.", "ik beëindig dit gesprek", "dat zeg je steeds. ik vraag WAAR het staat"
    r"\bik sluit (het gesprek |de chat |dit gesprek |deze chat |hier |nu )?af\b|"
    r"\bik (beeindig|stop|verlaat) (dit|het|deze) (gesprek|chat)\b|"
    r"(^|[.!?,]\s*)tot (volgende week|morgen|straks|later|ziens|de volgende keer)\b|"
    r"\bdat (zeg|schrijf) je (nou |nu )?(steeds|telkens|elke keer|iedere keer)\b|"
    r"\bik (vraag|vroeg) (je |u )?(\w+ )?(waar|wat|wie|hoe|wanneer|welke|waarom)\b[^.?!]{0,40}\b(staat|stond|bewaar\w*|"
    r"opgeslagen|is|zijn|doe|doet)\b|"
    # saying it again, annoyed: "Mijn vrouw. Els. Voor de derde keer." (blind round 9 got the suicide question)
    r"(^|[.!?]\s*)(al |nu )?voor de (tweede|derde|vierde|vijfde|zoveelste|honderdste) keer\W*$|"
    r"\b(dat )?(zei|schreef|typte) ik (toch |net |al |je |u )*(al|net)\b|\bzoals ik (al|net) (zei|schreef)\b|"
    # ending the chat (set 11: "maak er een einde aan, aan dit gesprek. en wis alles aub"), asking what the keuzehulp
    # does ("word ik doorgestuurd naar 113 als ik zeg dat ik somber ben?")
    r"\b(einde|eind) aan\W+(aan )?(dit|het|deze) (gesprek|chat)\b(?![^.?!]*\b(en|of) (aan )?(alles|mijn leven|"
    r"het leven|mezelf)\b)|"
    r"\b(word|wordt|stuur|stuurt|verwijs|verwijst)\b[^.?!]{0,20}\b(doorgestuurd|verwezen|doorverwezen|door)\b"
    r"[^.?!]{0,10}\bnaar 113\b[^.?!]{0,10}\bals\b|"
    r"\b(ga|gaat|stuur|stuurt|verwijs|verwijst) (je|jij|u) (dan |me |mij )*(meteen |direct )*(\w+ )?(naar )?113\b|"
    r"\bmaak er (maar )?een eind aan\b[^.?!]{0,30}\b(genoeg info\w*|genoeg gelezen|ik weet genoeg)\b")


def about_the_conversation(text: str) -> bool:
    """A request to change, remove or see what was said or stored."""
    return bool(_ABOUT_THE_CONVERSATION.search(normalise(text)))


# A past said to be over, in so many words (sets 39-42: "die gedachten zijn al maanden weg", "dat denk ik al lang niet
# meer", "dat gevoel nooit meer gehad", "nu sta ik er heel anders in", a safety plan "al twee jaar niet hoeven
# gebruiken", "ik doe het al twintig jaar niet meer", "heb ik geleerd om hulp te vragen"): history that is over
# (_OVER) and no danger now (_NO_DANGER) alike.
_OVER_NOW = (r"\b(die|de|deze) gedachten? (is|zijn) (al )?(\w+ )?(weg|verdwenen|over)\b|"
             r"\bdat (denk|voel) ik (al )?(lang|jaren|maanden) niet meer\b|"
             r"\b(dat|dit|die) (gevoel|gedachten?) (\w+ ){0,2}nooit meer (gehad|gevoeld)\b|"
             r"\bnu sta ik er (heel |echt |totaal )?anders in\b|"
             r"\bal (\w+ )?(jaar|jaren|maanden) niet (hoeven |meer )?(te )?gebruiken\b|"
             r"\bdoe (ik )?het al (\w+ ){1,3}(jaar|jaren) niet meer\b|\bgeleerd (om )?hulp te vragen\b|"
             # set 43: "sinds de behandeling zijn die weg", "sindsdien nooit meer teruggekomen", "de donkere gedachten
             # ... ze zijn er nu niet"
             r"\bsinds (de|mijn|die) (behandeling|therapie|opname|medicatie) (zijn|is) (die|ze|het|dat) (\w+ )?weg\b|"
             r"\bsindsdien (nooit|niet) meer (terug ?gekomen|teruggekeerd|gehad)\b|"
             r"\bgedachten\b[^.!?]{0,40}[.!,]\s*(ze|die) zijn er (nu|op dit moment) niet\b|"
             # set 44: "nu wil ik juist heel graag leven", "ik ben inmiddels ervaringsdeskundige"
             r"\bnu wil ik (juist |echt |heel |zeker )*(graag )?leven\b|"
             r"\b(ben|werk) (ik )?(inmiddels |nu |zelf )?(als )?ervaringsdeskundige\b")


# A crisis word in a joke ("zelfmoordactie qua reputatie 😂", "mijn baas vermoordt me als hij dit hoort haha"):
# asked about directly at most, never the routes at once.
_JOKE = re.compile(r"\bzelfmoord(actie|missie|plan qua|achtig)\b|"
                   # set 44: "mijn humor wordt steeds zwarter ... als ik doodga moet de bedrijfsarts de kist dragen"
                   r"\b(mijn )?humor\b[^.]{0,30}\b(zwart|zwarter|donker|donkerder)\b|"
                   # ... not when it is taken back ("grapje hoor haha. of niet. weet ik zelf niet", set 15)
                   r"\b(nee |haha |hihi )?(?<!geen )(?<!geen echt )(grapje|geintje)\b(?! meer\b)"
                   r"(?![^?]{0,30}\b(of niet|of toch|weet ik (eigenlijk )?"
                   r"(zelf )?niet|half))|"
                   r"\bhaha nee\b|\b(haha|hihi|lol)\W*\s+nee (hoor|joh)\b|"  # set 38
                   # set 20: "als ik nog een formulier moet invullen spring ik uit het raam, haha"
                   r"\bals ik nog (een|één|1) (\w+ ){1,3}(moet|mag) [^.]{0,30}\bspring ik\b|"
                   # set 23: laughter said after it, "nooit meer wakker worden haha, tot maandag"
                   r"\b(hij|zij|ze|we|wij|iedereen|mijn \w+) lag(en)? (helemaal |echt )?dubbel\b|"
                   # set 25: "spring ik uit het raam. het is de begane grond hoor 😄"
                   r"\bspring ik\b.{0,60}\bbegane grond\b|"
                   r"\b(nooit meer wakker (worden|te worden)|verdwijnen)\b[^.]{0,6}\b(haha|hihi|lol)\b|"
                   r"\bonder de grond\b[^.]{0,10}\b(haha|hihi|lol)\b|"
                   # round 22: "... naast me 💀 ik ga dood": dying of laughter, asked about at most
                   "\U0001F480[^.]{0,6}\\bik ga dood\\b|\\bik ga dood\\b[^.]{0,6}\U0001F480|"
                   r"\b(zou|zal|gaat) (me|mij) (\w+ )?(vermoorden|afmaken)\b.*\b(haha|hihi|lol)\b|"
                   r"\b(hij|zij|ze|mijn \w+|de \w+) (vermoordt|vermoorden|maakt|maken) (me|mij)( af)?\b.*"
                   r"(\b(haha|hihi|lol)\b|[\U0001F602\U0001F605\U0001F923\U0001F606\U0001F643])")
# No danger, said in so many words ("ik wil zeker blijven leven", "... maar dat is echt niet zo"): the classifier
# alone may not make these a crisis.
_NO_DANGER = re.compile(r"\b(wil|ga) (zeker|echt|graag|gewoon|zelf|juist) (blijven )?leven\b|"
                        # set 44: "nu wil ik juist heel graag leven"
                        r"\bwil ik (nu )?(juist |echt |heel |zeker )*(graag )?(blijven )?leven\b|"
                        r"\b(uitgerust|fit|fris) wakker (word|worden)\b|\b(en dan|daarna) wakker (worden|word)\b|"
                        r"\bde tijd die ik (nog )?heb (met|bij) (mijn )?(gezin|kinderen|familie|vrouw|man)\b|"
                        r"^\W*(al |wel |iets |een beetje |een stukje )?beter dan (gisteren|vorige week|eerst)\W*$|"
                        # blind round 27, a goal: "dat ik niet meer zo bang ben in de winkel"
                        r"\bniet meer zo (bang|angstig|moe|somber|gespannen|onzeker|gestrest|verdrietig)\b|"
                        r"\bik spring (heus |echt |zeker )?niet\b|"  # set 23: "geen zorgen, ik spring heus niet"
                        r"\bniet van plan (om )?(ermee|met (mijn )?leven) te stoppen\b|"
                        # set 15: "voel me nu veilig thuis", "gestopt met de slaappillen, ik slaap nu zonder"
                        r"\b(voel|voelde) (ik )?(me|mij) (nu |weer |eindelijk |gewoon |hier )*veilig\b|"
                        r"\b(gestopt|gestopt met|afgebouwd|klaar met afbouwen van) (de |mijn )?(slaappillen|pillen|"
                        r"medicijnen|medicatie|antidepressiva|oxazepam)\b[^.]{0,40}\b(gaat (best|goed|prima)|zonder)\b|"
                        # set 16: "gestopt met roken en drinken", "... maar dan pak ik het toch weer op"
                        r"\bgestopt met (roken|drinken|alcohol|blowen|gokken)\b|\bpak ik het (toch )?(weer )?op\b|"
                        r"\bhang (echt |wel |erg )?aan het leven\b|"
                        r"\bmaar dat is (echt |helemaal )?niet zo\b|"
                        r"\bmaar ik wil (gewoon |echt |graag )?leven\W*$|"  # set 38: "ik ben moe, maar ik wil leven"
                        # sets 39-42: a past said to be over (_OVER_NOW), "geen gevaar hoor", wanting to matter
                        rf"{_OVER_NOW}|\b(maar )?geen gevaar\b|"
                        r"\bik wil (weer )?iets doen (wat|dat) (ertoe doet|zin heeft|nuttig is|telt)\b|"
                        r"\bniet hopeloos\b|\bweet (ik )?(inmiddels |nu )?(goed )?wat ik moet doen als\b|"
                        r"\b(het )?gaat nu al (lang|jaren) goed\b")


#: Tired of a thing, said next to "ik wil niet meer" ("ik ben zo moe van al die brieven van uwv, ik wil niet meer",
#: blind round 30 got the routes at once): maybe the letters, maybe life; asked directly, not routed.
_TIRED_OF_A_THING = re.compile(r"\b(moe|klaar|ziek|zat|beu) (van|met) (al )?(die|de|het|dat|deze|dit|mijn|dat hele|"
                               r"dit hele) \w+")


def tired_of_a_thing(text: str) -> bool:
    """The werknemer says to be tired of something in particular (letters, the process, the questions)."""
    return bool(_TIRED_OF_A_THING.search(normalise(text)))


_IN_EARNEST = re.compile(r"\bgeen (grap|grapje|geintje)( meer)?\b|\bi mean it\b|\bik meen het\b|\bletterlijk\b")


def said_in_earnest(text: str) -> bool:
    """The werknemer says the words are meant ("'kill me now' is geen grapje meer, I mean it literally", set 31)."""
    return bool(_IN_EARNEST.search(normalise(text)))


def said_as_joke(text: str) -> bool:
    """Crisis words in a joke about work or someone else ("zelfmoordactie qua reputatie 😂")."""
    return bool(_JOKE.search(normalise(text)))


def says_no_danger(text: str) -> bool:
    """The werknemer says there is no danger ("ik wil zeker blijven leven")."""
    return bool(_NO_DANGER.search(normalise(text)))


# 113 as work or learning: a volunteer, a training, a chat line (set 10: "Ik ben vrijwilliger bij 113"), or as any
# other number (set 11: "kamer 113", "buslijn 113", "ik woon op nummer 113", "113 dagen geen alcohol").
_113_OTHERWISE = re.compile(r"\b(vrijwillig\w*|gatekeeper\w*|training|cursus|opleiding)\b[^.?]{0,40}\b113\b|"
                            # set 40: "ik weet dat ik 113 kan bellen als het nodig is, maar dat is nu niet aan de orde"
                            r"\b113\b[^.?!]{0,40}\bals het nodig is\b[^.?!]{0,30}\b(niet|geen) aan de orde\b|"
                            r"\bis 113\b[^.?]{0,40}\b(ook |alleen )?voor (familie\w*|naasten|ouders|partners|"
                            r"mensen die)\b|"
                            # set 20: 113 for a worried colleague, whether a chat with 113 is in one's file
                            r"\b113\b[^.?]{0,30}\b(zorgen|bezorgd)\b[^.?]{0,30}\bom (een|mijn|m'n) \w+|"
                            r"\b(dossier|geregistreerd|registreren|bewaard)\b[^.?]{0,40}\b113\b|"
                            r"\b113\b[^.?]{0,40}\b(dossier|geregistreerd)\b|"
                            # set 19: "zei dat ik naar 113 moest bellen, maar ik denk dat ik een psycholoog nodig heb"
                            r"\b(zei|zegt|vond|vindt|zeiden) dat ik (naar )?113 (moest|moet|zou) bellen\b[^.]{0,40}\b"
                            r"(maar|eigenlijk)\b[^.]{0,40}\b(psycholoog|therapeut|huisarts|hulp)\b|"
                            r"\b113\b[^.?]{0,20}\b(vrijwillig\w*|training|cursus)\b|"
                            r"\b(kamer|lokaal|buslijn|lijn|bus|tram|nummer|huisnummer|dossiernummer|kamernummer|postbus|"
                            r"pagina|blz|artikel|nr|route|eindigt op|begint met|plek|plaats)\s+(is\s+|was\s+)?113\b|"
                            r"\b113\s+(dagen|weken|maanden|jaar|euro|uur|km|kilometer|minuten|keer|stappen|kilo|"
                            r"medewerkers|werknemers|mensen|collega\w*|personeelsleden|man)\b|"
                            # set 13: someone who works there, a count, 112 for someone else or a fire
                            r"\b(werkt|werken|werkte|werkzaam) (bij|voor) 11[23]\b|"
                            r"\bbij 11[23] (werkt|werken|werkte)\b|\b(zit ik|sta ik|ben ik) op 113\b|"
                            r"\b112 (gebeld|bellen|belde)\b[^.?!]{0,20}\b(omdat|voor) (mijn|de|een|onze) \w+|"
                            r"\bbij (brand|een ongeluk|een inbraak|een ongeval)\b[^.?!]{0,20}\b112\b|\bniet via 112\b|"
                            r"\b113 staat in mijn (telefoon|contacten)\b|"
                            # set 44: "ik heb 112 gebeld en hij ligt nu in het ziekenhuis"
                            r"\b11[23] gebeld\b[^.?!]{0,20}\b(hij|zij|ze) (ligt|is|zit|wordt)\b|"
                            # set 43: "kan ik 113 bellen namens hem?", "ik heb haar 113 gegeven"
                            r"\b113\b[^.?!]{0,20}\bnamens (hem|haar|een \w+)\b|"
                            r"\b(heb|gaf|geef) (ik )?(hem|haar) (het nummer van )?113\b|"
                            # set 45: "ik wil hem 113 geven", "moet ik 113 bellen of moet zij dat zelf doen?", "113 voor
                            # de zekerheid in mijn telefoon gezet", "een reclame voor 113 ... ook voor werkstress"
                            r"\b(wil|moet|kan|zal) (ik )?(hem|haar) (het nummer van )?113 (geven|sturen|doorgeven)\b|"
                            r"\b113 bellen\b[^.?!]{0,10}\bof moet (zij|hij|ze) (dat|het) zelf\b|"
                            r"\b113\b[^.?!]{0,30}\bin (mijn|m'n) (telefoon|contacten|mobiel) "
                            r"(gezet|gezocht|opgeslagen)\b|"
                            r"\b(reclame|poster|advertentie|spotje|campagne) (voor|van) 113\b|"
                            r"\b113\b[^.?!]{0,50}\b(ook )?voor (werkstress|stress|burn-?out|overspannen\w*) "
                            r"(bedoeld|is)\b|"
                            # set 46: "ik heb 113 jaren terug een keer gebeld", "... 113 gebeld. dat heeft geholpen"
                            r"\b113\b[^.?!]{0,20}\b(jaren|jaar|lang) (terug|geleden)\b|"
                            r"\b113 gebeld\b[^?]{0,30}\b(dat|het) heeft (echt |goed )?geholpen\b")


# A question about 113 itself ("dat nummer van 113 van eerder, was dat gratis zei je?", blind round 11 got the
# whole crisis answer again): answered with what 113 is (content item safety.113).
_ABOUT_113 = re.compile(r"^(?=[^?]*\?)(?=.*\b(0800 ?-?)?0?113\b).*\b(gratis|anoniem\w*|kost|kosten|betalen|"
                        r"bereikbaar|open|"
                        r"dag en nacht|wat (is|doet|doen)|wie (zijn|is)|naam (noemen|zeggen)|appen|chatten|nummer|"
                        r"ook voor (familie|naasten|partners?|ouders|vrienden|iemand anders|mensen die)|"
                        r"(zorgen|zorg) (maken )?(om|over) iemand|is 113 (alleen|ook|enkel|bedoeld) voor)\b")


# The number said back as a question after the bot named it ("113?? ik ben kwaad, niet suicidaal", blind round 15).
_ECHO_113 = re.compile(r"(^|[.!?,]\s*)(waarom |hoezo |wat moet ik met |huh |wat )?113\s*\?+|"
                       # blind round 45: "ik zei toch nee. hou op met dat 113" got the whole crisis message
                       r"\b(hou|houd|stop|kap) (nou |eens |toch )?(op )?met (dat|die|je|jouw|al dat|dat gedoe over) "
                       r"(\w+ )?113\b|\b(ik )?(hoef|wil) (geen|niet) (\w+ )?113\b|"
                       # round 35: "waarom zei je net twee keer iets over 113? ik ben niet depressief"
                       r"\b(waarom|hoezo) (zei|zeg|noem|noemde|stuur|stuurde|begin|begon|geef|gaf) (je|jij|u)\b"
                       r"[^?]{0,40}\b113\b")


def asks_about_113(text: str) -> bool:
    """A question about what 113 is or costs, or the number asked back, not a crisis by itself."""
    folded = normalise(text)
    return bool(_ABOUT_113.search(folded) or _ECHO_113.search(folded))


def names_113_otherwise(text: str) -> bool:
    """113 named as a place of volunteer work, a training or another number, not as help needed now."""
    return bool(_113_OTHERWISE.search(normalise(text)))


# A question about the safety net itself, or 113 as an organisation (blind set 21: "als ik 'zelfdoding' schrijf,
# wat gebeurt er dan?", "deze chatbot schakelt bij bepaalde woorden door naar 113", "een poster van 113 voor de
# kantine", "een training suïcidepreventie"): the crisis words in such a sentence are its subject, not a signal.
# What happens to words typed: about the net only when heavy or quoted words are in the message (round 33: "als ik ja
# zeg, kan mijn manager het dan later wel lezen?" is a question about privacy, and got a line about 113).
_WORDS_TYPED = re.compile(
    r"\bals ik\b[^?]{0,60}\b(vertel|schrijf|typ|type|zeg|noem|gebruik|intyp)\b[^?]{0,80}"
    r"\b(wat gebeurt er|wat (doe|ga|gaat) (je|jij|u)|krijg\w*|te horen|te zien|te weten|leest|lezen|ziet|zien|"
    r"doorgestuurd|doorschakel\w*|melding|word ik|wordt (er|dat|het))\b[^?]{0,60}\?")
_HEAVY_OR_QUOTED = re.compile(rf"['\"‘“]|{_CRISIS_WORD}|\b113\b|\bdood\w*|\bzwaar\w*|\bheftig\w*|\bdonker\w*|"
                              r"\bcrisis\w*|\bzelfbeschadiging\b|\bniet meer (leven|willen leven|zijn)\b")
_ABOUT_THE_NET = re.compile(
    r"\b(doorschakel\w*|schakel\w* [^.?!]{0,30}door)\b[^.?!]{0,30}\b113\b|\bbij bepaalde woorden\b|"
    r"\b(site|website) van 113\b[^?]{0,120}\b(niet nodig|voor (mijn|een) \w+ weten)\b|"
    r"\b(doorgestuurd|doorgezet|gemeld|doorgegeven) (\w+ )?(naar|bij|aan) 113\b|\bbepaalde woorden (gebruikt|typt|"
    r"schrijft|noemt)\b|"
    r"\b113\b[^.?!]{0,60}\b(trainingen|training|cursus\w*|poster\w*|folder\w*|flyer\w*|voorlichting\w*|"
    r"workshop\w*|campagne\w*|doneren|donatie\w*|vacature\w*)\b|"
    r"\b(0800-?0?)?113\b.{0,80}\b(prikbord|intranet|nieuwsbrief|voor (mijn|ons|het) team|voor (mijn )?collega'?s)\b|"
    r"\b(poster|folder|flyer|training|cursus)\w* (van|over) 113\b|"
    r"\b(zelfmoord|suicide|zelfdoding)s?preventie\b|"
    r"\b113\b[^?]{0,80}\b(als|voor) (een |mijn |je )?(naaste|familielid|partner|ouder|vriend\w*|collega)\b[^?]*\?|"
    # set 22: professionals asking how to handle it ("als HR-medewerker", "een protocol met de OR", "ik test deze
    # chatbot", "een client met suicidale gedachten begeleid"), and 113 asked about as a service
    r"\b(als|ik ben|werk als) (een |de )?(hr|hr-medewerker|hr medewerker|casemanager|leidinggevende|manager|"
    r"bedrijfsarts|arbeidsdeskundige|or-lid|preventiemedewerker|vertrouwenspersoon|docent|trainer|teamleider)\b"
    r"[^?]{0,80}\b(suicid\w*|zelfmoord\w*|zelfdoding\w*|zelfbeschadiging\w*)|"
    # set 33: "wat zijn goede bronnen over suicidaliteit bij werknemers?", "stel dat ik zou schrijven dat ..."
    r"\b(bronnen|literatuur|cijfers|materiaal|informatie) over (suicid\w*|zelfmoord\w*|zelfdoding\w*)"
    r"(?![^.!?]*\b(zelf ook|ik ook|bij mij)\b)|"
    r"\bstel (dat|je voor dat) ik (zou )?(schrijf|schrijven|typ|typen|zeg|zeggen)\b"
    r"(?![^?]*\b(geen (stel|grap|grapje|geintje)|ik meen het)\b)|"
    r"\bprotocol\b[^?]{0,80}\b(suicid\w*|zelfmoord\w*|zelfdoding\w*)|"
    r"\b(bespreekbaar maken|bespreekbaar maak)\b|\b(test|testen|probeer) (ik )?(deze|de|jullie) (chatbot|bot)\b|"
    r"\bwat (zeg|doe|antwoord) (je|jij|u)( eigenlijk| dan| precies| dan eigenlijk)? als iemand\b|"
    # set 32: a school project or study about the subject, without own thoughts in the sentence
    r"\b(werkstuk|spreekbeurt|scriptie|profielwerkstuk|presentatie|artikel|documentaire|onderzoek|les)\w* "
    r"(over|naar) (zelfmoord|zelfdoding|suicide|suicidaliteit)\w*\b(?![^.!?]*\b(zelf ook|ik ook|bij mij|mijn eigen)\b)|"
    r"\b(client|clienten|patient|patienten|medewerker|werknemer|leerling)\w* met (suicid\w*|zelfmoord\w*) "
    r"(gedachten|neigingen|uitingen)\b|"
    r"^(?![^?]*\b(ik|me|mij|mijn)\b)[^?]*\b113\b[^?]{0,40}\b(chat|app|whatsapp|website|open|gratis|anoniem)\b[^?]*\?|"
    r"\bwaarom staat er\b[^?]{0,40}\b113\b|"
    # set 30: "vorige keer kreeg ik het nummer van 113 terwijl ik het over een boek had"
    r"\b(vorige keer|toen|laatst|gisteren) kreeg ik (\w+ ){0,3}113\b|"
    # set 31: "wat doe jij als ik het woord 'zelfmoord' typ? bel je dan meteen iemand?"
    r"\bwat (doe|doet|ga|gaat) (jij|je|u)\b[^?]{0,10}\bals ik\b[^?]{0,60}\b(typ|type|schrijf|zeg|noem)\b[^?]*\?|"
    # set 29: "geef je mijn gegevens door aan 113 als ik iets zwaars typ?"
    r"\b(geef|stuur|meld|geeft|stuurt|meldt) (je|jij|u)\b[^?]{0,40}\b(aan|naar) 113\b[^?]*\?|"
    r"\bals ik (iets )?(zwaars|heftigs|ergs|donkers|zware dingen|heftige dingen) (typ|type|schrijf|zeg)\b[^?]*\?|"
    # set 23: how to respond to someone else, and people who meet it at work
    r"\bals iemand\b[^?]{0,80}\b(zelfmoord\w*|suicid\w*|zelfdoding)\b[^?]{0,60}\bwat (moet|kan|doe) (je|ik|u)\b|"
    r"\b(we|wij) hebben (vaak |veel |regelmatig )?te maken met (suicid\w*|zelfmoord\w*)")


def asks_about_the_net(text: str) -> bool:
    """A sentence asks about the safety net or 113 as an organisation, with crisis words as its subject."""
    folded = normalise(text)
    return bool(_ABOUT_THE_NET.search(folded) or (_WORDS_TYPED.search(folded) and _HEAVY_OR_QUOTED.search(folded)))


def without_questions_about_the_net(text: str) -> str:
    """`text` without its sentences about the safety net (what is left can still be a crisis)."""
    return " ".join(part for part in sentences_of(text) if not asks_about_the_net(part))


# "ik bedoel flippen = paniekaanval krijgen": what the werknemer meant, said after a denial.
_EXPLAINS = re.compile(r"\b(ik bedoel|ik bedoelde|bedoel ik|bedoelde ik|daarmee bedoel ik|ik had het over|"
                       r"ik zei toch)\b")


def denies_and_explains(text: str) -> bool:
    """A denial of own thoughts of suicide with what was meant instead, and no question after it: "wtf nee?? ik denk
    niet aan zelfmoord. ik bedoel flippen = paniekaanval krijgen. relax" (blind round 21: a card on quitting in
    anger). A shout of two words ("wtf nee??") is no question."""
    if not denies_own_thoughts(text) or not _EXPLAINS.search(normalise(text)):
        return False
    parts = [part for part in _SENTENCE_END.split(text.strip())[::2] if len(part.split()) > 2]
    return not any("?" in part for part in parts)


# Words that look like danger only to the classifier: panic slang ("zonder dat ik flip", blind round 21) and a
# threat that is a figure ("mijn moeder gaat me vermoorden als ik dit ook nog verpruts", set 19). Never used to
# make a crisis pattern harmless: only the classifier's or screen's reading alone.
_ONLY_SLANG = re.compile(r"\b(ik|k) (\w+ ){0,2}(flip|flipte|flip uit|door flip)\b|\bflippen\s*(=|is|betekent)\s*paniek|"
                         r"\b(gaat|zal|gaan|zullen) (me|mij) (\w+ )?(vermoorden|afmaken|wurgen|villen)\b"
                         r"[^.]{0,10}\bals\b")


def only_slang(text: str) -> bool:
    """Panic slang or a threat in a figure ("... gaat me vermoorden als ik ..."): no signal by itself."""
    return bool(_ONLY_SLANG.search(normalise(text)))


def from_the_ground_floor(text: str) -> bool:
    """A jump that could not hurt: "nog één vergadering en ik spring uit het raam. begane grond gelukkig" (set 31)."""
    return bool(re.search(r"\bbegane grond\b", normalise(text)))


_LAUGH = re.compile("\\b(haha\\w*|hihi|lol|grapje|geintje)\\b|[\U0001F602\U0001F923\U0001F605\U0001F606]")
_NOT_A_JOKE = re.compile(r"\bgeen (grapje|geintje)\b|\bof (niet|toch)\b|\bmeen het\b")
# ... also someone else once more (set 47: "als die bedrijfsarts me nog 1x over 'veerkracht' begint spring ik uit het
# raam haha. nee grapje")
_ONE_MORE_TIME = re.compile(r"\bals (ik|hij|zij|ze|die \w+|mijn \w+|de \w+) (\w+ ){0,3}nog (een|één|1) ?(keer|x|maal)\b"
                            r"[^.!?]{0,60}\bspring ik\b")


# Set 47: "ik heb geen zin meer om zo te leven: alleen maar thuis zitten. ik wil weer aan het werk en onder de mensen!"
_WANTS_A_FULLER_LIFE = re.compile(r"\bzo (te |door te )?leven\b[^?]{0,80}\b(ik wil|wil ik) (weer|gewoon|graag|juist) "
                                  r"(\w+ ){0,3}(werk|werken|mensen|buiten|sporten|bewegen|iets doen|dingen doen)\b")


def wants_a_fuller_life(text: str) -> bool:
    """No wish to go on living "like this", said with what the werknemer wants instead (work, people)."""
    return bool(_WANTS_A_FULLER_LIFE.search(normalise(text)))


def one_more_time_joke(text: str) -> bool:
    """"Als ik dat formulier nog één keer moet invullen spring ik uit het raam haha" (sets 39 and 40), said as a
    joke in so many words."""
    folded = normalise(text)
    return bool(_ONE_MORE_TIME.search(folded)) and bool(_LAUGH.search(folded)) and not _NOT_A_JOKE.search(folded)


_TO_CONTRIBUTE = re.compile(r"\btot last\b[^.?!]{0,30}\b(daarom|dus)\b[^.?!]{0,20}\bwil ik\b[^.?!]{0,40}"
                            r"\b(bijdragen|werken|opbouwen|beginnen|aan de slag|meedoen|meebetalen)\b")


def wants_to_contribute(text: str) -> bool:
    """Not wanting to be a burden, and therefore wanting to work ("ik wil mijn vrouw niet tot last zijn, daarom wil ik
    zo snel mogelijk weer bijdragen", set 39)."""
    return bool(_TO_CONTRIBUTE.search(normalise(text)))


# Plain words the crisis screen alone reads as heavy (set 32): a deed said after a colon ("vanavond doe ik het: mijn
# leidinggevende bellen"), a new start, "niet op een donkere manier", nerves on the way in to work ("ik zit in de auto
# voor het kantoor en durf niet naar binnen"), better off *with* someone.
_PLAIN_MEANING = re.compile(
    # set 46: "ik zei dat ik 'er even niet meer wil zijn'. ik bedoelde gewoon dat ik een weekend naar zee wilde"
    r"\bik bedoelde (gewoon |alleen |echt )*dat ik (\w+ ){0,3}(weekend|weekje|dagje|vakantie|even weg|naar zee|"
    r"naar het strand|uitrusten|rust|slapen)\b|"
    # set 48: "als ik schrijf dat ik wil verdwijnen, bedoel ik dat ik even op een hutje op de hei wil zitten ..."
    r"\bbedoel ik (gewoon |alleen |echt )*dat ik (\w+ ){0,3}(even|weekend|weekje|dagje|vakantie|hutje|rust)\b|"
    r"\b(doe|ga) ik het\W{1,3}[^.!?]{0,40}\b(bellen|zeggen|mailen|melden|vertellen|opzeggen|ontslag|aanvragen|"
    r"inleveren|appen)\b|"
    r"\b(een )?(nieuw|nieuwe|frisse) (begin|start)\b|"
    r"\b(bedoel ik|ik bedoel)\b[^.!?]{0,30}\bniet (het|mijn) leven\b|"  # set 35: "de ziekte bedoel ik, niet het leven"
    r"\bniet (op een|in een|op|in) (donkere|nare|enge|zware|gevaarlijke|zorgwekkende) (manier|zin)\b|"
    r"(?=.*\b(kantoor|werk|bedrijf|afdeling|proefdag|proefplek|gesprek)\b)"  # not "iemand loopt me achterna en ..."
    r".*\b(durf|durfde) (ik )?(\w+ )?niet (naar binnen|uit te stappen|aan te bellen)\b|"
    r"\bnaar (de|mijn|die) (proefdag|proefplaatsing|werkplek|re-integratieplek|stageplek)\b|"
    r"\bbeter af met (een|mijn|m'n|hun|onze|zijn|haar) \w+|"
    # set 38: "ik heb besloten dat ik er vrijdag mee stop. met die cursus dan"
    r"\bmet (die|de|het|dat|deze) (?!(leven|levn|bestaan|alles)\b)\w+( \w+)? (dan|bedoel ik)\b(?=\W*([,.!?]|$))|"
    r"\bopbouwen\b[^?]{0,30}\bben ik er (sneller|eerder|gauwer) (van)?af\b|"  # round 39: the hours built up faster
    # set 33: "nu gaat het weer", a walk that did good, a bridge that is open, "lekker slapen"
    r"\b(en )?nu gaat het (weer|wel)( goed| beter| prima)?\W*$|"
    r"\b(goed voor me|deed me goed|uitwaaien|uit te waaien|lekker (slapen|wandelen|fietsen))\b|"
    r"\bik ben (\d+ ?(min|minuten)|iets|wat|een paar minuten) later\b|"
    # round 35: a partner who slows down the lifting, a wish to drive again
    r"\bals ik te (veel|zwaar|hard|snel|lang) (wil )?(doe|doen|til|tillen|werk|werken|ga|sjouw)\b|"
    # round 36: "dat ik niet weer te snel ga en dan helemaal instort" (a relapse, asked about suicide)
    r"\b(te snel|te veel|te hard|te vroeg)\b[^.]{0,40}\b(instort|instorten|in te storten|ingestort|crash|crashen|"
    r"terugval|terugvallen|onderuit)\b|"
    r"\bik zou willen dat ik (zelf )?weer (kan|kon|mag|mocht) (rijden|autorijden|werken|fietsen|lopen|sporten|"
    r"tillen|sjouwen)\b")


def says_what_is_meant(text: str) -> bool:
    """The message says plainly what its heavy-sounding words are about: no signal for a model alone."""
    return bool(_PLAIN_MEANING.search(normalise(text)))


# Gone elsewhere by then, not gone from life ("tegen die tijd ben ik er niet meer, ik ga in augustus met pensioen").
_GONE_ELSEWHERE = re.compile(rf"(?<!niet )(?<!geen )\b{_ELSEWHERE}")


def gone_elsewhere(text: str) -> bool:
    """The werknemer will be elsewhere (retired, moved, another employer)."""
    return bool(_GONE_ELSEWHERE.search(normalise(text)))


# Someone at work said it, and the werknemer does not agree ("het team is beter af zonder mij, zegt mijn manager").
_SAID_AT_WORK = re.compile(r"\b(zegt|zei|vindt|vond|volgens|aldus|roept|riep) (mijn |m'n |de |het |onze )?"
                           r"(manager|baas|leidinggevende|werkgever|teamleider|directeur|collega|collega's|team|hr|afdeling)\b"
                           r"(?![^?]*\b(gelijk|denk ik ook|vind ik ook|klopt wel|zo is het)\b)")


_QUA_WORK = re.compile(r"\bqua (planning|rooster|werk|productie|bezetting|werkdruk)\b")


def qua_work(text: str) -> bool:
    """A burden said to be about the planning or the work ("mijn team is qua planning beter af zonder mij", set 46)."""
    return bool(_QUA_WORK.search(normalise(text)))


def said_at_work(text: str) -> bool:
    """Words reported from someone at work, not the werknemer's own."""
    return bool(_SAID_AT_WORK.search(normalise(text)))


def figure_of_speech(text: str) -> bool:
    """Death or exhaustion in a figure of speech ("ik verveel me dood", "de rek is eruit")."""
    return bool(_FIGURE.search(normalise(text)))


def dying_place(text: str) -> bool:
    """"De plek waar hoop naartoe gaat om te sterven": dying as an idiom for a place where things get lost."""
    return bool(re.search(DYING_PLACE, normalise(text)))


# A crisis told as history that is over ("vroeger een poging gedaan, het gaat al jaren goed"): asked about directly,
# never the routes at once. Anything that says it is current again ("vroeger niet, nu wel") keeps it a crisis.
_PAST = re.compile(r"\b(vroeger|toen|ooit|vorig jaar|jaren terug|\w+ jaar terug|"
                   r"in mijn vorige (baan|functie|werk|relatie)|in mijn eerste (ziektejaar|jaar)|"
                   r"op de (middelbare |lagere |basis)?school|als kind|"
                   r"(had|heb) (\w+ ){0,4}wel eens gedacht|\w+ (jaar|maanden) clean|(\w+ )?(jaar|jaren) geleden|"
                   r"lang geleden|"
                   # set 45: "in mijn twintiger jaren", "toen ik 19 was"
                   r"in mijn (twintiger|dertiger|veertiger|tiener) ?jaren|toen ik (\d+|\w+tig) (jaar )?(oud )?was|"
                   r"in het verleden|als tiener|(die|de) tijd (dat|toen|op|in|van)|"
                   r"in mijn (jeugd|tienertijd|studietijd|puberteit)|"
                   r"(in|tijdens) mijn vorige (depressie|burnout|ziekteperiode)|tijdens mijn (studie|jeugd|puberteit)|"
                   r"in mijn (ergste|slechtste|donkerste|zwaarste) (periode|tijd|maanden|weken)|"  # set 34
                   r"in (19|20)\d\d|een (hele )?tijd geleden|als puber|als student|in mijn studententijd|"
                   # set 22: "is voor mij echt verleden tijd", "heb lang gedacht dat"
                   r"verleden tijd|al \w+ (jaar|jaren) (niet meer|niks|niets)|heb (\w+ )?lang gedacht|"
                   r"heb (\w+ ){0,2}tijd(je)? gedacht)\b")  # set 33: "ik heb een tijd gedacht dat ..."
_OVER = re.compile(r"\b(is|was) (gelukkig |echt )?(al )?(lang|allang|ruim|jaren) voorbij\b|"  # set 30
                   # set 50: "jaren geleden zelfmoordgedachten, maar die zijn er al lang niet meer"
                   r"\b(die|ze|dat|deze) (zijn|is) er (al )?(lang|heel lang|jaren|een hele tijd) niet meer\b|"
                   # set 31: "ik ben daar nu echt overheen", "ik ben al vijf jaar gestopt"
                   r"\bben (ik )?(daar|er) (nu |al lang |al jaren )?(echt |helemaal )?overheen\b|"
                   r"\b(ben|zijn) (ik )?al (\w+ )?(jaar|jaren|maanden) gestopt\b|"
                   r"\bdaar heb ik (nog )?littekens (van|aan)\b|\ben heb (nog )?(steeds )?littekens\b|"
                   r"\b(het )?gaat (nu |inmiddels )?(al (heel |zo )?(jaren|lang|een tijd|een hele tijd) |inmiddels |"
                   r"tegenwoordig )?"
                   r"(best |heel |weer |gewoon |echt |wel )?(goed|oke|ok|prima)|"
                   r"\bdat is (echt |al |nu |gelukkig )*(voorbij|verleden tijd|"
                   r"lang geleden)|\b(nu|tegenwoordig|inmiddels) (echt )?niet meer\b|\bal jaren (goed|niet meer)\b|"
                   r"\bgelukkig voorbij\b|\b(volledig|helemaal) (van )?hersteld\b|\bal \d+ jaar niet meer\b|"
                   r"\b(lang |al \w+ jaar |al jaren )?verleden tijd\b|"
                   r"\bheb ik (nu |al lang |al jaren )?(geen last meer|niet meer)\b|"
                   r"\bgaat het (nu |inmiddels |tegenwoordig )?(weer )?(goed|prima)\b|"
                   r"\b(ben ik|ik ben) (nu |al jaren |inmiddels )?stabiel\b|\bal (\w+ )?jaar voorbij\b|"
                   r"\bligt (nu |echt |al lang |gelukkig )*achter (me|mij)\b|"
                   r"\bnu weet ik dat\b|\bnu ben ik \d+ en\b|\bal (\w+ )?jaar niet meer\b|"
                   r"\b(is|zijn) (dat|die|ze|het) (nu )?(weg|over)\b|\b(zijn|is) al (jaren|lang|een hele tijd) weg\b|"
                   r"\blittekens (zie je|zijn) (nog|nog steeds)\b|\bschaam (me|mij) er niet meer voor\b|"
                   r"\bgeniet (ik )?(weer )?van\b|"
                   r"\b(sindsdien|nu) (\w+ ){0,2}(veel |een stuk )?(mooier|beter|fijner)\b|"
                   r"\bblij dat ik (het )?(toen )?(heb )?overleefd\b|\bgaat het al (lang|jaren) goed\b|"
                   # set 10: "heb het nooit meer gedaan", "ik ben daar al 15 jaar vanaf", "al jaren niet nodig gehad"
                   r"\b(het )?nooit meer gedaan\b|\b(ben|zit) (ik )?(daar|er) al (\w+ )?(jaar|jaren) (van)?af\b|"
                   r"\bal jaren niet (meer )?nodig\b|\b(stevig|sterk) in (mijn|m'n) schoenen\b|"
                   # set 11: "dat is al 8 jaar geleden", "al jaren geen gedachten meer", "nu gaat het echt beter"
                   r"\bdat is (al |nu )*(\w+ ){0,2}(jaar|jaren) geleden\b|"
                   # set 46: "ik wil dat de arbeidsdeskundige weet dat ik dat heb overwonnen"
                   r"\b(ik )?(dat|het) (heb|had) (ik )?overwonnen\b|\bik (heb|had) (dat|het) overwonnen\b|"
                   r"\b(al jaren|al lang|sindsdien) geen \w+( \w+)? meer\b|"
                   r"\bnu gaat het (echt |veel |een stuk |al )*beter\b|\bhoofdstuk is (dicht|gesloten|afgesloten)\b|"
                   # set 12: "dat is al maanden weg", "al twee jaar niet nodig gehad", "3 jaar clean"
                   r"\b(is|zijn) al (maanden|jaren|lang) weg\b|\bal (\w+ )?(jaar|jaren|maanden) niet (meer )?nodig\b|"
                   r"\b\w+ (jaar|maanden) clean\b|"
                   # set 13: "nu 6 jaar niet meer", "voelt nu als iemand anders", "dat die er niet meer zijn"
                   r"\bnu (al )?\w+ (jaar|maanden) niet meer\b|\bvoelt (nu )?als iemand anders\b|"
                   r"\b(die|ze|dat) (er )?(al )?(heel )?(lang |jaren )?niet meer (zijn|is|zijn gekomen)\b|"
                   r"\bnu (heb ik|gaat|loopt)\b[^.]{0,60}\bgoed\b|\bgaat het (stukken|veel|een stuk) beter\b|"
                   # set 22: "al 3 jaar niks gedaan", "zie ik nu in dat dat niet waar was"
                   r"\bal (\w+ )?(jaar|jaren|maanden) (niks|niets) (meer )?gedaan\b|"
                   r"\b(zie ik|ik zie) nu in dat (dat|het) niet (waar|zo) (was|is)\b|"
                   # set 33: "door de therapie weet ik nu dat ...", "nu een nieuwe baan in het vooruitzicht"
                   r"\bweet ik nu dat\b|\b(nieuwe baan|nieuw werk|nieuwe start|nieuwe kans) in het vooruitzicht\b|"
                   # set 38: "die is weg sinds de EMDR", "nu is het anders", "dat is nu ver weg", "sindsdien goede hulp"
                   r"\b(die|dat|ze|het) (is|zijn) (nu |al |helemaal |gelukkig )*(weg|over) sinds\b|"
                   r"\bnu is (het|dat) (echt |heel |helemaal )?anders\b|"
                   r"\b(is|was) (dat|het) (nu |gelukkig |al )*ver weg\b|"
                   r"\bsindsdien (\w+ )?(goede|veel) hulp\b|"
                   # sets 39-42: "dat is nu echt anders", "dat voelt echt anders", "al meer dan tien jaar niet
                   # teruggekomen", and the past said to be over (_OVER_NOW)
                   r"\b(dat|het) is nu (echt |heel |helemaal )?anders\b|"
                   r"\b(voelt|is) (nu )?(echt |heel |totaal )?anders\b|\bniet (meer )?teruggekomen\b|"
                   rf"{_OVER_NOW}|"
                   # set 45: "daar toen goed voor behandeld", "ligt ver achter me", "gelukkig kreeg ik hulp",
                   # "heb ik daar al heel lang geen last meer van", "een afgesloten hoofdstuk", "sterker uitgekomen"
                   r"\b(daar|er) (toen )?goed (voor |aan )?behandeld\b|"
                   r"\bligt (nu |al )?(ver|heel ver|lang) achter (me|mij)\b|"
                   r"\bgelukkig (kreeg|heb|had) ik (toen |snel |goede |op tijd )*hulp\b|"
                   r"\bheb ik (daar|er) (nu |al (heel )?lang |al jaren )?(geen last meer|niet meer)\b|"
                   r"\b(een )?afgesloten hoofdstuk\b|\bsterker (uit|door) (\w+ )?(gekomen|uitgekomen)\b|"
                   r"\b(daar|er) (\w+ )?sterker uitgekomen\b")
_CURRENT_AGAIN = re.compile(r"\b(nu weer|nu wel|sinds kort|denk (ik )?(nu )?weer|sinds vorige week|"
                            r"de laatste (tijd|weken|dagen|maanden)|opnieuw|steeds vaker|"
                            r"komt (het )?(weer )?terug|komen (weer )?terug|begint weer|weer (aan|zin|gedachten|zo)|"
                            r"nu ook|deze week|vandaag(?! \w+ (jaar|maanden) clean)|vannacht|morgen)\b")


def resolved_history(text: str) -> bool:
    """Crisis words told as something of the past that is over, with nothing that says it is back."""
    folded = normalise(text)
    return bool(_PAST.search(folded) and _OVER.search(folded)) and not _CURRENT_AGAIN.search(folded)


_ASKS_SOMETHING = re.compile(r"\?|(^|[.!]\s*)(mag|moet|kan|telt|heeft|hoe|wat|wie|wanneer|waarom|is|zijn)\b|"
                             r"\bik wil (alleen |graag |even )*weten\b")


# "Wat ik net zei over dat iedereen beter af is zonder mij ... staat dat erin?" (blind round 21: the routes again, the
# question never answered): the werknemer's own earlier words, quoted to ask about them.
_QUOTES_OWN = re.compile(r"\b(wat|dat|die zin|het stuk|hetgeen) (ik|k) (net|daarnet|eerder|zojuist|toen|daar|al|"
                         r"vandaag|gisteren|vanochtend|eerst|daarstraks|hiervoor) "
                         r"(\w+ )?(zei|typte|schreef|vertelde|noemde)\b|\bik citeerde (mezelf|mijzelf)\b|"
                         # blind round 41: "is mijn zin over dat iedereen beter af is zonder mij bewaard of niet"
                         r"\b(mijn|die|de) zin (over|van)\b[^?]{0,60}\b(bewaard|opgeslagen|opgeschreven|genoteerd)\b|"
                         # blind round 27: "staat dat van er niet meer zijn ergens in?" after saying safe
                         r"\bstaat (dat|het|dit|die zin) (stuk )?(van|over)\b[^.?!]{0,40}\b(ergens in|erin|in (de|mijn|"
                         r"het) (samenvatting|papier|verslag))\b|"
                         # blind round 39: "wat heb je allemaal bewaard? ook dat ik zei dat het beter is als ik er niet
                         # meer ben? dat wil ik niet" (the routes again, the question never answered)
                         r"^(?=.*\b(bewaard|opgeslagen|opgeschreven|genoteerd|onthouden)\b)"
                         r"(?!.*\b(nog steeds|nog altijd|nu ook|meen ik|is nog zo)\b)"
                         r".*\b(ook )?(dat|wat) (ik|k) (zei|typte|schreef) (dat|over)\b|"
                         # blind round 42: "wordt dat 'niet meer willen' nu opgeslagen?" after "ik ben veilig"
                         r"\b(wordt|word|is|zijn|worden|staat|blijft) (dat|dit|het|die|mijn|de zin) "
                         r"['\"‘’“”][^'\"‘’“”]{2,60}['\"‘’“”] (nu |ook |ergens |wel |dan )*"
                         r"(opgeslagen|bewaard|genoteerd|opgeschreven|onthouden|in (de|mijn) samenvatting)\b|"
                         # blind round 49: "Die zin over er niet meer zijn van daarnet wil ik niet dat hij hoort of
                         # dat iemand leest. Staat dat ergens opgeslagen?" (the routes again, unanswered)
                         r"^(?=.*\b(bewaard|opgeslagen|opgeschreven|genoteerd|onthouden|bewaar je|sla je op)\b)"
                         r"(?!.*\b(nog steeds|nog altijd|nu ook|meen ik|is nog zo)\b)"
                         r".*\b(die|de|dat|mijn) (zin|stuk|woorden|bericht|berichtje) (over|van|met)\b[^.?!]{2,60}"
                         r"\b(van daarnet|van net|van eerder|van zonet|"
                         r"die ik (net |daarnet |eerder )?(typte|schreef|zei))\b")


def quotes_own_words_to_ask(text: str) -> bool:
    """Earlier words of the werknemer's own, quoted to ask something about them (whether they are stored)."""
    folded = normalise(text)
    return bool(_QUOTES_OWN.search(folded)) and bool(_ASKS_SOMETHING.search(folded))


def history_with_question(text: str) -> bool:
    """History that is over, told to ask something ("in 2015 een poging, sindsdien stabiel. Telt dat mee in de
    WIA?"): the question is answered, with one line that help is there if it changes."""
    return resolved_history(text) and bool(_ASKS_SOMETHING.search(normalise(text)))


# Set 36: ordinary news that sounds like an ending to the models: a leaving party at work, practical questions of
# someone seriously ill, a reason to go on named with the doubt, a trade or hobby with ropes, knives or bridges.
_FAREWELL_AT_WORK = re.compile(r"^(?!.*\b(er (zelf |dan |toch )?niet meer|nooit meer)\b)"  # set 34
                               r".*(\bafscheids(borrel|feest|feestje|receptie|speech|etentje|lunch|cadeau|kaart|"
                               r"drankje)\b|"
                               # set 50: "dit is mijn laatste maand bij dit bedrijf. ik heb al een andere baan"
                               r"\b(mijn )?laatste (dag|week|maand|werkdag)\b[^.!?]{0,10}" + _AT_THIS_JOB + ")")
_ILL_AND_PLANNING = re.compile(r"\b(oncoloog|uitgezaaid\w*|kanker|ongeneeslijk\w*|terminaal|palliatie\w*|"
                               r"levensverwachting)\b")
_REASON_TO_GO_ON = re.compile(r"\b(zie|denk) ik (aan )?(mijn|m'n|mn) (dochter|zoon|kinderen|kind|vrouw|man|partner|"
                              r"kleinkind\w*|hond|kat)\b[^.!?]{0,30}\b(weet ik het weer|weet ik waarom|dan weet ik)\b|"
                              # set 43: "ik wil er zijn voor mijn kinderen en ik heb nog plannen"
                              r"\bik wil er (nog |juist |gewoon )?zijn voor (mijn|m'n|mn) \w+\b|"
                              r"\bik heb (nog )?(plannen|zoveel plannen|veel plannen)\b|"
                              # set 46: "wat voor mij belangrijk is: tijd voor mijn kinderen"
                              r"\btijd voor (mijn|m'n|mn) (kinderen|kind|gezin|zoon|dochter|kleinkinderen)\b")
_TRADE_OR_HOBBY = re.compile(r"^(?!.*\b(eentje|die ene)\b)"  # set 29: "knopen leren leggen. eentje kan ik heel goed"
                             r".*(\b(als hobby|mijn hobby|hobby's?)\b|\bik (ben|was|werk als) (\w+ )?(brugwachter|"
                             r"slager|machinist|glazenwasser|dakdekker|jager|visser|zeiler|klimmer|duiker|kok|"
                             r"hovenier|timmerman|bouwvakker)\b|\b(messen|gereedschap)\b[^.]{0,20}\bop de zaak\b|"
                             # set 43: climbing gear, a fishing rod, freediving
                             r"\b(klimgordel|klimrots|klimhal|abseilen|hengel|freediv\w*|duikles|reddingsbrigade|"
                             r"reddingszwemmen|schoonspringen|klifspringen|bommetje)\b|"
                             # set 45: sailing ropes, a guard who carries a weapon for work
                             r"\b(parachutist\w*|parachute\w*|skydiv\w*|bungee\w*|bushcraft|survival\w*)\b|"
                             # set 49: a motorbike ride along the dyke to clear the head
                             r"\b(motorrijden|motorrit\w*|motortocht\w*|karabiner\w*|klimmen|klimtouw\w*)\b|"
                             r"\b(zeilen|zeilboot|zeiltocht)\b[^.]{0,60}\btouw\w*|\btouw\w*\b[^.]{0,60}\b(zeilen|boot)\b|"
                             r"\bik ben (\w+ )?(beveiliger|agent|politieagent|militair|boa)\b[^.]{0,60}"
                             r"\b(wapen|pistool)\b)")


def farewell_at_work(text: str) -> bool:
    """A leaving party, speech or card at work ("vrijdag is mijn afscheidsborrel")."""
    return bool(_FAREWELL_AT_WORK.search(normalise(text)))


def ill_and_planning(text: str) -> bool:
    """Someone seriously ill who arranges things for later ("wat gebeurt er met mijn WIA als ik overlijd? mijn
    oncoloog ..."): the patterns still hear a wish to die."""
    return bool(_ILL_AND_PLANNING.search(normalise(text)))


def names_a_reason_to_go_on(text: str) -> bool:
    """Doubt answered in the same breath ("waarom doe ik dit nog? en dan zie ik mijn dochter en weet ik het weer")."""
    return bool(_REASON_TO_GO_ON.search(normalise(text)))


#: Moving house, after a divorce or to live smaller: things given away for that (set 50).
_MOVING = re.compile(r"\b(kleiner|anders|samen|apart) (gaan |ga |gaat )?wonen\b|\bverhuiz\w*\b|\bverhuisd\b|"
                     r"\b(na|door|vanwege) (de|onze|mijn) scheiding\b")


def moves_house(text: str) -> bool:
    """Things given away or sorted for a move ("we gaan kleiner wonen na de scheiding")."""
    folded = normalise(text)
    # ... not when others only believe it ("mijn vrouw denkt dat het voor een verhuizing is, maar ...", set 34)
    return bool(_MOVING.search(folded)) and not _ONLY_BELIEVED.search(folded)


_ONLY_BELIEVED = re.compile(r"\b(denkt|denken|dacht|dachten|gelooft|geloven) dat\b|\bniet omdat\b|"
                            r"\b(dat|het) is het niet\b")


def trade_or_hobby(text: str) -> bool:
    """Ropes, knives, bridges or weapons of a trade or hobby ("ik ben brugwachter", "knopen leggen als hobby")."""
    return bool(_TRADE_OR_HOBBY.search(normalise(text)))


def plain_hobby(text: str) -> bool:
    """A trade or hobby told without means, death or a wish not to live named ("motorrijden is mijn manier om mijn
    hoofd leeg te maken", set 49: 0.95 from the crisis screen)."""
    return trade_or_hobby(text) and not _DANGER_NAMED.search(normalise(text))


_DECLINES_AN_OFFER = re.compile(r"(^|[.!?,]\s*)(nee,? )?(dat )?(hoeft|hoef) (ook |echt |nu )?niet\W*(hoor|dank je|"
                                r"bedankt)?\W*$")


def declines_an_offer(text: str) -> bool:
    """A no thanks to the bot's offer ("me vrouw weet alles al. hoeft niet", round 37 got the direct question)."""
    return bool(_DECLINES_AN_OFFER.search(normalise(text)))


# Round 38: someone who holds the werknemer up, reads the letters, comes along ("hij leest de brieven voor mij en
# komt mee", "hij houdt me overeind, letterlijk soms"): support told, no signal for the models alone.
_SUPPORT = re.compile(r"\b(hij|zij|ze|mijn (man|vrouw|partner|zoon|dochter|moeder|vader|vriend|vriendin|zus|broer))\b "
                      r"(houdt (me|mij) overeind|helpt (me|mij)|steunt (me|mij)|leest [^.!?]{0,20}\bvoor (me|mij)|"
                      r"komt mee|gaat mee|regelt [^.!?]{0,20}\bvoor (me|mij)|is er voor (me|mij)|"
                      # round 40: "mijn broer helpt al", "hij kalmeert me als het misgaat en doet het regelwerk"
                      r"helpt al|helpt (heel |echt )?veel|kalmeert (me|mij)|doet het regelwerk|"
                      # round 41: "mirthe, mijn beste vriendin. ze zit hier al de hele tijd naast me"
                      r"zit hier (al )?(de hele tijd |nu )?naast (me|mij)|"
                      r"stelt (me|mij) gerust|"
                      # set 43: "hij zegt dat het goed voelt om te kunnen helpen", "mijn huisarts is op de hoogte"
                      r"zegt dat het goed voelt\b[^.!?]{0,30}\bhelpen|is op de hoogte)\b|"
                      r"\bwe praten er (veel|vaak|samen) over\b")


def tells_of_support(text: str) -> bool:
    """A naaste who helps the werknemer, told as an answer about them."""
    return bool(_SUPPORT.search(normalise(text)))


# Set 37: going to someone alive nearby ("ik wil naar mijn vrouw toe, ze is net bevallen!"), not to someone who died.
_WITH_THE_LIVING = re.compile(r"\b(bevallen|geboren|ziekenhuis|kraam\w*|baby)\b")
_OF_THE_DEAD = re.compile(r"\b(overleden|gestorven|dood|begraven|graf|gecremeerd|hemel)\b")


def goes_to_the_living(text: str) -> bool:
    """The person the werknemer wants to go to is alive: a birth or a hospital, and no word of a death."""
    folded = normalise(text)
    return bool(_WITH_THE_LIVING.search(folded)) and not _OF_THE_DEAD.search(folded)


# Set 38: everyday things the models read as an ending: a cigarette on the balcony, the car in the garage for its
# service, noise from the railway, the last pills of a course of antibiotics; old pills brought back to the pharmacy.
_EVERYDAY = re.compile(r"\b(tijd|rust) om (de |mijn )?(formulieren|papieren|administratie|post)\b|"  # set 50
                       r"\bop het balkon\b[^.]{0,30}\b(sigaret\w*|roken|rook|koffie|thee|zonnetje|planten|was)\b|"
                       # set 47: watching the boats from the bridge with the dog, "dat geeft me echt rust"
                       r"\b(met de hond|naar de boten|naar de vogels|naar het water)\b[^?]{0,80}\b(geeft|gaf) (me|mij) "
                       r"(echt |veel |wat )?rust\b|\b(geeft|gaf) (me|mij) (echt |veel |wat )?rust\b[^?]{0,80}"
                       r"\bmet de hond\b|"
                       # set 46: tidying the attic gives rest; living alone and content
                       r"\b(opruimen|opgeruimd|leeggeruimd)\b[^.]{0,60}\b(rust|verhuiz\w*|kringloop)\b|"
                       r"\b(opruimen|opgeruimd|leeggeruimd)\b.{0,80}\b(geeft|gaf) (me|mij) rust\b|"
                       r"\bprima naar (mijn|m'n) zin\b|"
                       r"\bgarage\b[^.]{0,30}\b(onderhoud|apk|reparatie|banden)\b|"
                       r"\b(spoor|trein\w*|snelweg|buren)\b[^.]{0,40}\b(lawaai|herrie|geluid)\b|"
                       r"\b(lawaai|herrie)\b[^.]{0,40}\b(spoor|trein\w*|snelweg|buren)\b|"
                       r"\b(antibiotica\w*|kuur)\b|"
                       # round 39: "dat het snel geregeld is en dat ik niet zonder geld kom te zitten"
                       r"\bniet zonder (geld|inkomen|loon|salaris) (kom te zitten|te zitten|val|kom)\b|"
                       # set 40: "mijn piano weggegeven aan mijn nichtje. ik speel toch niet meer sinds mijn schouder"
                       r"\bdienstwapen\b[^.]{0,30}\bkluis\b|"  # set 41: a police officer at home
                       r"\bweggegeven\b[^.]{0,40}\b(zwangerschap|past (niks|niets) meer|te klein)\b|"  # set 42
                       r"\bnieuwe baan (begint|start)\b|"
                       r"\b(weggegeven|gegeven|verkocht)\b[^?]{0,80}\b(speel|gebruik|rijd|lees|draag) (\w+ )?(toch )?"
                       r"(niet|nooit) meer (sinds|omdat|want|door)\b")
_TO_THE_PHARMACY = re.compile(r"\b(terugbrengen|terug brengen|inleveren|weggooien|wegdoen|afvoeren|teruggebracht|"
                              r"ingeleverd|weggegooid)\b[^.?]{0,30}"
                              r"\bapotheek\b|"
                              r"\bapotheek\b[^.?]{0,30}\b(terugbrengen|terug brengen|inleveren|afvoeren)\b")


def everyday_matter(text: str) -> bool:
    """A plain everyday matter (a smoke on the balcony, the car's service, noise, a course of antibiotics): no
    signal for a model alone."""
    return bool(_EVERYDAY.search(normalise(text)))


def to_the_pharmacy(text: str) -> bool:
    """Medicines to be brought back to the pharmacy, not saved up."""
    return bool(_TO_THE_PHARMACY.search(normalise(text)))


def tells_of_loss(text: str) -> bool:
    """A death of someone close, told as news or grief ("mijn vader is in maart overleden")."""
    return bool(_LOSS.search(normalise(text)))


# "ik zei nee, maar eigenlijk is dat wel zo", "vroeger niet, nu wel": the denial is taken back (or was of the past),
# so nothing is taken out.
_TAKEN_BACK_DENIAL = re.compile(r"\bmaar\b[^.!?]{0,25}\b(eigenlijk|toch|stiekem)\b[^.!?]{0,20}\bwel\b|"
                                r"\b(vroeger|eerst|vroeger nooit|eerst nooit)\b.{0,80}\b(nu|tegenwoordig|sinds kort|"
                                r"de laatste tijd|de laatste weken|inmiddels) (wel|weer|steeds vaker|vaak|soms)\b|"
                                # set 28: "dat ik mezelf niks aan zou doen. Dat was gelogen eigenlijk."
                                r"\b(was|is) (eigenlijk )?(gelogen|een leugen|niet waar)\b|"
                                # "ik ga mezelf niks aandoen. nog niet." takes it back
                                r"\b(nog niet|voorlopig niet|vandaag niet|nu nog niet|niet nu)\W*$")
# A sentence the werknemer marks as a figure of speech ("ik ga nog liever dood dan ..., bij wijze van spreken").
_SAID_AS_FIGURE = re.compile(r"\b((?<!niet )(?<!geen )bij wijze van spreken|figuurlijk gezegd|figuurlijk bedoeld|"
                             r"figuurlijk (natuurlijk|hoor|he|dan)|"  # set 34: "..., figuurlijk natuurlijk"
                             r"(dat )?(was|is) (natuurlijk |zwaar |flink |wel |erg )*overdreven\b(?!\s*,?\s*maar))\b")
# The next sentence says the one before was a figure of speech ("... ga ik nog liever dood. bij wijze van spreken he").
_FIGURE_NEXT = re.compile(r"\s*((?<!niet )bij wijze van spreken|figuurlijk( gezegd| bedoeld)?|niet letterlijk|"
                          # set 41: "... 'ik hoef niet meer'. ... het ging om niet meer hoeven werken, niet om dood
                          # willen"
                          r"[^.!?]*\bniet om dood (te )?(willen|gaan)|[^.!?]*\bniet om er niet meer te (willen )?zijn|"
                          r"[^.!?]*\bhet ging (dus |hier )?om niet meer (hoeven|willen) werken)\b"
                          r"(?![^.!?]*\bmaar\b)")
_CRISIS_WORD_RE = re.compile(_CRISIS_WORD)


def without_negated(text: str) -> str:
    """The message with crisis words that are denied, only reported, about someone else, or marked as a figure of
    speech taken out (lowercase, accents folded)."""
    folded = normalise(text)
    if _TAKEN_BACK_DENIAL.search(folded) or _FOLLOWS_THEM.search(folded) or \
            _THEIR_MEANS_OR_FAREWELL.search(folded):  # "... en ik ga dezelfde weg"
        return folded
    for pattern in _NEGATED:
        folded = pattern.sub(" , ", folded)
    sentences = re.split(r"(?<=[.!?])", folded)
    unreachable = bool(_UNREACHABLE_NOW.search(folded))
    kept = []
    for index, sentence in enumerate(sentences):
        answered_no = sentence.rstrip().endswith("?") and index + 1 < len(sentences) and \
            bool(_NO_TO_ECHO.match(sentences[index + 1]))  # "niet meer willen leven? zo ver is het nooit gekomen"
        figure_next = index + 1 < len(sentences) and bool(_FIGURE_NEXT.match(sentences[index + 1]))  # set 36
        if answered_no or figure_next or _DENIAL_IN_SENTENCE.search(sentence) or _SAID_AS_FIGURE.search(sentence):
            kept.append(" , ")  # denied, or the whole sentence was a figure of speech
        else:
            kept.append(sentence if unreachable else _without_others_danger(sentence))
    return "".join(kept)


def _without_others_danger(sentence: str) -> str:
    """The sentence with the clauses about another person's danger taken out, also a clause that goes on about them
    without naming them again ("mijn broer is depressief en zegt rare dingen over er niet meer willen zijn", set 26)."""
    kept, theirs = [], False
    for part in _CLAUSES.split(sentence):
        if _CLAUSES.fullmatch(part):
            kept.append(part)
            continue
        carried = theirs and bool(_SUBJECTLESS.match(part))
        about_them = _about_someone_else(part) or (carried and bool(_DANGER_WORDS.search(part)) and
                                                  not _FIRST_PERSON.search(part) and not _ACUTE.search(part))
        kept.append(" , " if about_them else part)
        theirs = bool(_THIRD_PERSON.search(part)) or carried
    return "".join(kept)


# A clause that starts with its verb: its subject is the one of the clause before ("... en zegt dat ...").
_SUBJECTLESS = re.compile(r"^\W*(zegt|zei|heeft|had|is|was|wil|wilde|praat|praatte|dreigt|dreigde|schrijft|schreef|"
                          r"appt|appte|vertelt|vertelde|denkt|dacht|doet|deed|loopt|liep)\b")


# Wanting to follow or join the other person: their death is then part of the werknemer's danger.
_FOLLOWS_THEM = re.compile(r"\bdezelfde weg\b|\bdezelfde gedachten (als|die) (hij|zij|ze)\b|"  # set 31
                           r"\b(begrijp|snap) (hem|haar) (nu |steeds |ook |wel )*(beter|goed)\b|"
                           r"\bhetzelfde (te )?doen\b|"
                           # set 24: "nu snap ik eindelijk waarom. ik voel me precies zoals hij toen"
                           r"\b(snap|begrijp) ik (eindelijk|nu|nu pas|pas) waarom\b|"
                           r"\bik voel me (precies |net |nu )?(zoals|als) (hij|zij|ze) (toen|zich toen voelde)\b|"
                           r"\bnet als (hij|zij|hem|haar)\b|"
                           # ... not "mag ik bij haar zijn?" (set 20: a mother in hospital after an overdose), nor
                           # a sister alive in hospital one wants to be with (set 35)
                           r"^(?!.*\b(ziekenhuis|stabiel|opgenomen|op de ic|bevallen|geboren|kraamzorg)\b).*?"
                           r"(?<!mag ik )(?<!kan ik )(?<!moet ik )\b(bij|naar) (hem|haar|mijn \w+|papa|mama|pap|mam) "
                           r"(te )?(zijn|toe|gaan)\b|\bwacht(en|te|t)? op (me|mij)\b|\b(volg|volgen) (hem|haar)\b")


# A sentence that denies in so many words ("van suicidaliteit is bij mij geen sprake", "niet dat ik er een eind aan
# wil maken of zo", "mezelf iets aandoen is voor mij niet aan de orde"; blind set 9).
# ... unless what follows a "maar" says it after all ("niet dat ik het wil, maar ik denk aan een eind eraan")
# ... and "niet dat ik dood wil, maar ik denk er wel aan" (round 38 review)
_BUT_AFTER_ALL = (rf"(?![^.!?]*\b(maar|toch)\b[^.!?]*({_CRISIS_WORD}|eind aan|eind eraan|er niet meer|niet meer leven|"
                  r"(denk|denken) (ik )?er (wel|soms|vaak|steeds)))")
_DENIAL_IN_SENTENCE = re.compile(rf"^\W*(het is |nou )?niet dat ik\b{_BUT_AFTER_ALL}|"
                                 rf"\b(geen sprake\b|echt niet dat ik\b{_BUT_AFTER_ALL}|"
                                 r"(is|zijn) (voor mij |bij mij )?(echt |helemaal )?niet aan de orde|"
                                 rf"{_CRISIS_WORD}\w* is (echt |helemaal )?(niets|niks) voor mij|"
                                 r"(zo ?ver|zover) (is het )?(bij mij )?(gelukkig )?nooit gekomen|"
                                 r"nooit zo ?ver gekomen|veel te nuchter|"
                                 # set 11: "somber betekent niet dat ik dood wil", "maar niet dat ik ...", "nooit
                                 # mijn ding", "klaar mee, niet met mezelf"
                                 rf"(betekent|wil zeggen|zegt|maar) (nog )?niet dat ik{_BUT_AFTER_ALL}|"
                                 rf"wil (nog )?niet zeggen dat ik{_BUT_AFTER_ALL}|"
                                 r"(is|was) (nooit|niet) mijn ding|niet met (mezelf|mijzelf|mijn leven)|"
                                 r"niet (weg )?van de wereld|niet van het leven zelf)\b")
# The answer to a crisis word said back as a question ("mezelf iets aandoen? nee, ...").
_NO_TO_ECHO = re.compile(r"\s*(nee+|nope|welnee|zeker niet|absoluut niet|gelukkig niet|zo ver|nooit|"
                         r"daar denk ik niet aan|dat doe ik niet|denk ik niet aan)\b")
# Clauses: someone else's danger sits in its own clause ("mijn vriendin appt me dat ze dood wil").
_CLAUSES = re.compile(r"(,|;|:|\s(?:en|maar|want|omdat|dat|die|terwijl|toen|zodat)\s)")
_PERSON_NOUNS = (r"(zus|broer|dochter|zoon|kind|kinderen|vader|moeder|vriend|vriendin|collega|collegas|partner|man|"
                 r"vrouw|buurman|buurvrouw|neef|nicht|nichtje|neefje|tiener|jongere|jongeren|mensen|patient|client|oom|"
                 r"tante|opa|oma|schoonvader|schoonmoeder|ex|leerling|cliënt|zwager|schoonzus|schoonbroer|"
                 r"stiefvader|stiefmoeder|halfbroer|halfzus|huisgenoot|teamgenoot|klasgenoot|teamleider|leidinggevende|"
                 r"manager|baas|chef|oud-?collega|kennis)")
# Another person as the clause's subject ("ze dood wil", "mijn broer heeft ..."), not as its object ("spaar ze op").
_THIRD_PERSON = re.compile(rf"^\W*(hij|zij|ze|(mijn|m'n|mn|onze|een|de|die|het) (\w+ )?{_PERSON_NOUNS})\b")
_FIRST_PERSON = re.compile(rf"\b(ik|k|me|mij|mezelf|mijzelf)\b|\b(mijn|m'n|mn)\b(?! (\w+ )?{_PERSON_NOUNS}\b)")
# Danger now: the routes are right for someone else too ("mijn collega appt dat hij er vanavond een eind aan maakt").
# ... "nu ze in het verpleeghuis zit" says since when, not that it is now (set 44)
_ACUTE = re.compile(r"\b(vanavond|vannacht|vandaag|straks|morgen|nu(?! (ze|hij|zij|dat)\b)|net|zo meteen|"
                    r"op dit moment)\b")
# ... or anywhere in the message, a sign that the other person cannot be reached now (set 29: "mijn zoon van 15 zegt
# dat hij niet meer wil leven en heeft zich opgesloten in de badkamer"; "... nu neemt hij niet meer op").
_UNREACHABLE_NOW = re.compile(r"\b(opgesloten|sluit (hij|ze|zij) zich op|neemt (\w+ ){0,3}niet (meer )?op|"
                              r"reageert (\w+ )?(niet|nergens) (meer )?(op|op mijn \w+)?|is (nergens|niet) te vinden|"
                              r"afscheid (wilde |wil |kwam |komen )?(nemen|genomen)|"
                              r"is (met de auto |met de fiets |te voet |de deur uit |zomaar )?(weggereden|weggelopen|"
                              r"vertrokken)|"
                              # ... or right beside the werknemer ("mijn moeder zit naast me en zegt ...", set 34)
                              r"(zit|staat|ligt) (hier )?(naast|bij) (me|mij)|"
                              # set 39: "mijn broer zit nu bij mij op de bank ... hij heeft een mes bij zich"
                              r"(zit|staat|ligt) (nu |hier |net )+(naast|bij) (me|mij)|"
                              r"(heeft|had) (een mes|een wapen|pillen|een touw) bij zich|"
                              # set 37: "mijn vrouw eet en drinkt al drie dagen niks"
                              r"(eet|drinkt) (en (drinkt|eet) )?(al )?\w+ dagen (niks|niets))\b")
# Set 47: means found with someone who spoke of ending it ("... ik vond ook messen onder zijn bed"), or possessions
# given away ("ze heeft al haar sieraden aan haar zus gegeven"): what they said is not only reported, it is read.
_THEIR_MEANS_OR_FAREWELL = re.compile(r"\b(vond|gevonden|zag|gezien) (\w+ ){0,3}(messen|een mes|pillen|een touw|"
                                      r"een strop|een wapen|scheermesjes)\b|"
                                      r"\b(heeft|had) (al )?(haar|zijn) (spullen|bezittingen|sieraden|juwelen) "
                                      r"(\w+ ){0,4}(weg)?gegeven\b")


# The danger words that, said of someone else, are about them (indirect signals stay: "zeg tegen mijn vader dat hij
# er niks aan kon doen" is a farewell).
_DANGER_WORDS = re.compile(rf"{_CRISIS_WORD}|\b(poging|snijdt|sneed|overdosis|afscheidsbrie\w*|euthanasie)\b|"
                           r"\b(eind|einde) (er)?aan\b|"
                           r"\ber niet meer (wil|wilde|wou|willen) (zijn|leven)\b|\b(gesneden|snijden|beschadigd)\b|"
                           r"\bklaar (is |was )?met (het |haar |zijn )?leven\b|"
                           r"\bniet meer (\w+ )?leven\b")


def _about_someone_else(clause: str) -> bool:
    """A clause with danger words about another person, with nothing in it about the werknemer and no danger now
    ("ze dood wil", "mijn broer heeft vorige maand een poging gedaan")."""
    return bool(_THIRD_PERSON.search(clause)) and bool(_DANGER_WORDS.search(clause)) and \
        not _FIRST_PERSON.search(clause) and not _ACUTE.search(clause)


def speaks_of_self(text: str) -> bool:
    """The message has a first-person word about the werknemer (ik, me, mij, mijn ...), or a sentence that starts
    with a verb whose "ik" was left out ("heb de kieren dichtgeplakt. ben best rustig nu", set 30)."""
    folded = normalise(text)
    return bool(_FIRST_PERSON.search(folded) or _I_LEFT_OUT.search(folded))


def speaks_of_a_person(text: str) -> bool:
    """The message is about the werknemer or someone else ("mijn buurman zei net ..."), or says almost nothing in
    words ("🌉⬇️🖤 vanavond"); not "rust. en niet meer op de tram"."""
    folded = normalise(text)
    return speaks_of_self(text) or bool(_SOMEONE.search(folded)) or len(re.findall(r"[a-z]{2,}", folded)) <= 2


_SOMEONE = re.compile(rf"\b(hij|zij|ze)\b|\b(mijn|m'n|mn|onze|de|een|die) (\w+ )?{_PERSON_NOUNS}\b")
_I_LEFT_OUT = re.compile(r"(?:^|[.!?]\s*)(heb|ben|zit|sta|lig|ga|wil|kan|voel|denk|weet|zie)\b")


def denies_crisis(text: str) -> bool:
    """The message denies or only reports crisis words ("ik denk niet aan zelfdoding", "mijn broer heeft een
    poging gedaan"): something was taken out, and no danger words are left."""
    said = without_negated(text)
    return said != normalise(text) and not _DANGER_WORDS.search(said)


# The werknemer says of themself that there are no such thoughts ("NEE ik denk niet aan zelfdoding", "zelfmoord-
# gedachten heb ik niet", "ik ben niet suicidaal hoor").
_OWN_DENIAL = re.compile(rf"\b(ik|k)\b[^.!?]{{0,25}}\b(niet|nooit|geen)\b[^.!?]{{0,25}}{_CRISIS_WORD}|"
                         rf"{_CRISIS_WORD}[^.!?]{{0,25}}\b(heb|denk|ben|doe|wil)\s+ik\s+(echt\s+|helemaal\s+)?"
                         r"(niet|nooit)\b|\b(ik ben|ben ik)\s+(echt\s+|helemaal\s+)?(niet|geen)\s+suicid|"
                         # round 20: "dude ik zei NIET suïcidaal"
                         r"\b(zei|zeg|bedoel|bedoelde) (ik )?(het )?(echt |helemaal |toch )?(niet|geen|nooit) suicid|"
                         # round 38: "ik bedoel dat ik niet terug hoef, niet dat ik dood wil"
                         rf"\bniet dat ik\b[^.!?]{{0,15}}{_CRISIS_WORD}|"
                         # set 41: "ik ga mezelf echt niks aandoen", "het is niet zo dat ik niet meer wil leven"
                         r"\b(ga|zal|wil) (mezelf|mijzelf|me) (echt |heus |zeker )?(niks|niets) aan ?doen\b|"
                         # set 45: "ik zou het mijn kinderen nooit aandoen om er zelf uit te stappen"
                         r"\bik zou (het )?(mijn|m'n|mn|onze) \w+ (echt )?(nooit|niet) aandoen\b"
                         r"(?![^.!?]*\b(maar|toch)\b)|"
                         r"\bhet is niet (zo )?dat ik\b[^.!?]{0,10}\b(niet meer wil leven|dood wil|"
                         r"er niet meer wil zijn)\b"
                         r"(?![^.!?]*\b(maar|toch)\b[^.!?]*\b(denk|denken|gedachten|soms|wel eens|vaak)\b)")


def denies_own_thoughts(text: str) -> bool:
    """The werknemer denies thoughts of suicide for themself, and says nothing else that is a danger."""
    return bool(_OWN_DENIAL.search(normalise(text))) and denies_crisis(text)


# Sentences, and "... maar ik ben niet in gevaar" (blind round 20: "hopeloos over mijn werk… maar ik ben niet in
# gevaar hoor" was dropped whole, the denial taken for all of it).
_SENTENCE_END = re.compile(r"((?<=[.!?…;])\s+|,?\s+maar\s+)", re.IGNORECASE)


def without_own_denial(text: str) -> str:
    """The message without its sentences that deny danger for the werknemer themself ("... Ik voel me schuldig.
    Maar ik ben niet in gevaar of zo hoor, het is gewoon zwaar." keeps what comes before): what is left may be the
    answer to the question in view (blind round 17 dropped it). Empty when nothing else was said."""
    pieces = _SENTENCE_END.split(text.strip())  # part, separator, part, ...
    kept = ""
    for index in range(0, len(pieces), 2):
        part = pieces[index]
        if part and not denies_own_thoughts(part):
            kept += (pieces[index - 1] if kept else "") + part
    return kept.strip()


#: A plain context that explains words which may point to a crisis (set 43: climbing gear ready, things given away
#: before a move abroad, a levenstestament, letters to one's future self, a new job from 1 June, a train delayed by
#: an accident, stopping "met werken dan", papers sorted so a partner can take over for a while) ...
_EXPLAINED = re.compile(r"\b(klimgordel|klimrots|klimhal|abseilen|hengel|freediv\w*|levenstestament)\b|"
                        r"\baan (mijn|m'n) toekomstige (zelf|ik)\b|\b(begint|start) (mijn|m'n) nieuwe baan\b|"
                        r"\b(trein|treinen)\b[^.]{0,60}\bvertraging\b|\bmet werken dan\b|"
                        r"\b(we|wij) verhuizen\b|\bik ga verhuizen\b|\bkringloop\w*\b|"
                        r"\btijdelijk\b[^.]{0,40}\bovernemen\b|"
                        # set 44: back at work on a date, a rail worker, a weapon handed in by procedure, a mother's
                        # grave chosen
                        # ... not "machinist": "sorry voor de machinist die mij straks vindt" (set 11)
                        r"\b(begin|start) ik weer\b|\b(spoorwegwerker|baanvak)\b|"
                        r"\bwapen\b[^.]{0,30}\b(ingenomen|inleveren|ingeleverd)\b|"
                        r"\bgraf van (mijn |onze )?(mama|papa|moeder|vader|oma|opa)\b")
#: ... unless the message also names means, death or a wish not to live, or takes the explanation back ("ze denken
#: dat het over mijn nieuwe baan gaat. dat is het niet", set 35).
_DANGER_NAMED = re.compile(r"\b(pillen|tabletten|medicijnen|mes|strop|spring\w*|brug|flat|gas|afscheidsbrief|"
                           r"dood\w*|zelfmoord|zelfdoding|leven|sterven|er niet meer (zijn|ben))\b|"
                           r"\b(dat|het) is het niet\b|\bniet omdat\b|\bdenken dat\b")


def indirect_signal(text: str) -> bool:
    """Words that may point to a crisis without saying it: ask directly before anything else; not in a past told as
    over with no danger now ("vijf jaar terug wilde ik niet meer wakker worden ... geen gevaar hoor", set 39), nor
    with a plain explanation and no danger named (_EXPLAINED)."""
    folded = normalise(text)
    if _EXPLAINED.search(folded) and not _DANGER_NAMED.search(folded):
        return False
    return bool(_INDIRECT.search(without_negated(text))) and not (resolved_history(text) and says_no_danger(text))


def says_safe(text: str) -> bool:
    """"Ik ben veilig", "mijn vrouw is thuis", "ik bel de huisarts", "ik bedoelde het niet zo"; not when the same
    message takes it back or gives it an end ("ik ben veilig hoor. tot vanavond in ieder geval", set 26)."""
    folded = normalise(text)
    return bool(_SAFE.search(folded)) and not _SAFE_TAKEN_BACK.search(folded)


_SAFE_TAKEN_BACK = re.compile(r"\bdan is het (eindelijk )?gelukt\b|"
                              r"\bin ieder geval tot\b|\btot (vanavond|vannacht|morgen) in ieder geval\b|"
                              r"\bdaarna zien we (wel|het)\b|\bnee,? eigenlijk (toch )?niet\b|\beigenlijk toch niet\b|"
                              r"\bvoorlopig nog\b|"
                              # set 27: "Ja, ik ben veilig. Nou ja. Eigenlijk niet.", "ik ben safe. denk ik. nee ...",
                              # "Ik ben veilig zolang mijn vrouw thuis is"
                              r"(^|[.!?,]\s*)(nou ja\W+)?eigenlijk (niet|weet ik het niet)\b|\bdenk ik\W+nee\b|"
                              r"\b(veilig|safe) zolang\b|\b(vannacht|vanavond|straks|morgen) weet ik het niet\b")


# A plain dose question ("hoeveel mg ibuprofen mag ik tegelijk nemen?", question set 8): no crisis by itself, unless
# it names all of them or too many.
_DOSE_QUESTION = re.compile(r"^\W*(hoeveel|mag ik|kan ik|is het|hoe vaak)\b(?!.*\b(al mijn|alle|allemaal|de hele|"
                           r"te ?veel|een handvol|strip|strips|doosje|doos|potje)\b)")


# Set 45: "kan ik een overdosis krijgen als ik per ongeluk mijn ochtendpil twee keer neem?": a dose taken twice by
# mistake, asked about (the huisarts or apotheker answers it).
_BY_MISTAKE = re.compile(r"\b(per ongeluk|per abuis|perongeluk|vergeten (of|dat) ik|twijfelde of ik|"
                         r"niet (meer )?wist of ik|dubbel (in)?genomen|twee keer (in)?genomen)\b")


# Set 46: "ik ben bang dat ik verslaafd raak aan mijn slaappillen. ik wil er eigenlijk vanaf": a worry about a medicine.
_MEDICINE_WORRY = re.compile(r"\b(verslaafd|verslaving|afkicken|afbouwen|er ?vanaf|ervan af|minderen|stoppen met)\b")


def worries_about_medication(text: str) -> bool:
    """A worry about a medicine itself (getting hooked, tapering off): for the huisarts, no crisis signal."""
    folded = normalise(text)
    return bool(_MEDICATION.search(folded)) and bool(_MEDICINE_WORRY.search(folded))


def asks_about_a_dose_by_mistake(text: str) -> bool:
    """A question about a dose taken twice or by mistake."""
    return asks_about_a_dose(text) and bool(_BY_MISTAKE.search(normalise(text)))


def asks_about_a_dose(text: str) -> bool:
    """A question how much of a medicine may be taken, without naming all or too many of them."""
    return asks_about_medication(text) and bool(_DOSE_QUESTION.search(normalise(text)))


# A question asked after an answer, without "?" (blind round 16: "dat mijn rijtijden erin staan. mag ik weer rijden
# met mijn pillen" got the suicide question).
_LATER_QUESTION = re.compile(r"[.!,;]\s*(ok |oke |en |maar )*(mag|kan|moet|is|wat|hoe|hoeveel|wanneer|waarom)\b|"
                             r"\bof niet\W*$|\bmijn vraag (over|van|naar|met)\b")


def asks_about_medication(text: str) -> bool:
    """A question about medicines, doses or side effects (referred to the huisarts or apotheker)."""
    folded = normalise(text)
    return bool(_MEDICATION.search(folded)) and bool(_QUESTION.search(folded) or _LATER_QUESTION.search(folded))



def answers_no(text: str, intent: str = "") -> bool:
    """A clear no to the direct question about suicide: a no first or the intent `deny` / `declare_safe` (and nothing
    after it takes it back), crisis words denied, or "ik ben veilig". Anything else is no clear answer."""
    folded = normalise(text)
    if says_safe(text) or denies_crisis(text):
        return True
    later = [normalise(sentence) for sentence in sentences_of(text)[1:]]
    # ... or a plain no after a word of surprise ("waar haal je dat nou weer vandaan. nee", round 37 got the routes)
    said_no = bool(_NO_FIRST.search(folded)) or intent in CLEAR_NO_INTENTS or \
        any(_STRONG_NO.match(sentence) for sentence in later) or \
        (any(_ONLY_NO.match(sentence) for sentence in later) and not _SOME_YES.search(folded))
    # a strong no with what was meant ("Nee!! Helemaal niet, ik bedoelde instorten als in een terugval ... Daar schrik
    # ik wel een beetje van", round 36 got the routes): "een beetje" is about the fright, not the thoughts
    if said_no and _EXPLAINS.search(folded) and any(_STRONG_NO.match(normalise(sentence))
                                                      for sentence in sentences_of(text)[:2]) and \
            not _TAKEN_BACK_AFTER_ALL.search(folded):
        return True
    return said_no and not _TAKEN_BACK.search(folded)


# A strong no that opens a later sentence: "Wacht even, ik zie nu pas dat je vroeg of ik aan zelfdoding denk?? Nee
# hoor, absoluut niet!" (blind round 23 got the routes).
_ONLY_NO = re.compile(r"^\W*(nee+|neen|nope)\W*$")
_SOME_YES = re.compile(r"(^|[.!?,]\s*)(ja|jawel|soms|misschien|een beetje|af en toe|wel eens)\b")
_STRONG_NO = re.compile(r"^\W*(nee hoor|nee joh|nee,? absoluut niet|nee,? zeker niet|nee,? helemaal niet|absoluut niet|"
                        # round 43: "Nee, echt niet, daar schrik ik een beetje van. Ik bedoel alleen ..." got the routes
                        r"zeker niet|helemaal niet|echt niet|nee,? echt niet|nee,? totaal niet|nee,? nooit)\b")


_RELUCTANT_TO_CALL = re.compile(
    r"\b(kennen (mij|me) niet|heeft (toch )?geen zin|helpt (toch )?niet|(ga|wil|kan|durf) (ik )?(niet|niemand) "
    r"(\w+ )?(bellen|chatten)|bel (ik )?(niet|niemand)|niet bellen|durf (het )?niet|bellen,? ja hoor|"
    r"ja hoor,? bellen|die (lui|mensen) (snappen|begrijpen|weten) (er )?niks|heb ik al (eens )?geprobeerd)\b")


def reluctant_to_call(text: str) -> bool:
    """Doubt about calling after the crisis routes ("Bellen, ja hoor. Die lui kennen mij niet.")."""
    return bool(_RELUCTANT_TO_CALL.search(normalise(text)))


def asks_why_asked(text: str) -> bool:
    """"Waarom vraag je dat?": the werknemer wants to know why the direct question was asked."""
    return bool(_WHY_ASKED.search(normalise(text)))


def safe_recognition(text: str) -> tuple[str, str]:
    """Which recognition fits "I am safe" (a text name of content/texts.yml) and who it names, if anyone:
    someone at home, a call for help, "I did not mean it", or plain thanks for letting us know."""
    folded = normalise(text)
    if person := _PERSON_AT_HOME.search(folded):
        return "SAFE_PARTNER", person.group(1)
    if (pronoun := _SHE_OR_HE_AT_HOME.search(folded)) and \
            (named := list(_PERSON_NAMED.finditer(folded[:pronoun.start()]))):
        return "SAFE_PARTNER", named[-1].group(1)
    if called := _CALLING.search(folded):
        helper = called.group(1) or called.group(2)
        return "SAFE_CALLS", _WHO_IS_CALLED.get(helper, "een hulpverlener")
    if _MEANT.search(folded):
        return "SAFE_MEANT", ""
    return "SAFE_PLAIN", ""


#: Below this confidence the next intent is no reading (the FallbackClassifier's threshold in config.yml).
FALLBACK_THRESHOLD = 0.2
_NOT_ORDINARY = ("crisis", "possible_crisis")
#: The entity bot/nlu/crisis_guard.py puts on a possible crisis only the crisis screen saw.
SIGNAL_ENTITY = "crisis_signal"


def ordinary_reading(parse_data: dict[str, Any]) -> dict[str, Any]:
    """A message's NLU reading without the crisis screen's possible crisis: the next intent of its ranking (or
    `nlu_fallback` when that is too unsure), without the screen's entity. Used after a clear no to the direct
    question, when only the screen saw a signal (blind round 22: the question three times after "ik ben veilig")."""
    ranking = [dict(entry) for entry in parse_data.get("intent_ranking") or []
               if entry.get("name") not in _NOT_ORDINARY]
    if ranking and float(ranking[0].get("confidence") or 0.0) >= FALLBACK_THRESHOLD:
        intent = dict(ranking[0])
    else:
        intent = {"name": "nlu_fallback", "confidence": 1.0}
        ranking = [intent, *ranking]
    entities = [dict(entity) for entity in parse_data.get("entities") or [] if entity.get("entity") != SIGNAL_ENTITY]
    return {**parse_data, "intent": intent, "intent_ranking": ranking, "entities": entities}
