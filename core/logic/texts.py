"""Short conversational turns the actions say (longer, informative texts live in content/)."""

START_OFFER = "Zullen we beginnen? Je kunt altijd pauzeren of stoppen."
WELCOME_BACK = "Fijn dat je er weer bent. Alles wat je eerder vertelde, staat nog klaar."
INFO_DONE = "Dat was het belangrijkste voor nu. Zullen we samen naar een keuze kijken die nu speelt?"
REST_OFFER = (
    "Dat is heel begrijpelijk. Rust is nu ook belangrijk. Je hoeft nu niets te kiezen. "
    "Wat past het best bij je?"
)
REST_DELEGATED = (
    "Goed dat je dat zegt. Dan kan iemand die je vertrouwt of een professional voorlopig meebeslissen. "
    "Dat is niet voor altijd: als het beter gaat, kun je het weer zelf oppakken."
)
KEPT = "Oké, ik heb niets verwijderd."
CONFIRM_RESTART = "Wil je opnieuw beginnen bij het begin? Wat je al hebt bewaard, blijft bewaard."
SUMMARY_NOT_STORED = (
    "Je hebt gekozen om niets te bewaren. Daarom kan ik geen samenvatting maken. "
    "Wil je dat toch, typ dan 'opnieuw beginnen' en kies 'ja' bij bewaren."
)
MORE_OR_GO_ON = "Wil je hier meer over weten, of verder gaan?"
GO_ON_QUESTION = "Zullen we verder gaan waar we waren?"
FALLBACK_TWICE = (
    "Het lukt me niet goed om je te begrijpen, sorry. Kies gerust een van deze knoppen, of zeg het in een paar woorden."
)
NO_STORE_ACK = "Dat is goed. Ik bewaar niets van wat je typt. Je kunt gewoon verder."
STORE_ACK = "Dank je. Ik bewaar je antwoorden. Je kunt ze altijd bekijken, aanpassen of verwijderen."
SUMMARY_CHECK = "Klopt dit? Je kunt elk deel aanpassen of weghalen voordat je iets deelt."
SUMMARY_FIX_WHICH = "Welk deel wil je aanpassen of weghalen?"
SUMMARY_FIXED = "Aangepast."
SUMMARY_REMOVED = "Weggehaald."
SHARE_WITH_INVITE = (
    "Wil je deze samenvatting delen met {name}, je arbeidsdeskundige? Alleen die persoon kan hem dan lezen. "
    "Je kunt het delen later altijd intrekken."
)
SHARE_WITHOUT_INVITE = (
    "Wil je deze samenvatting delen met je arbeidsdeskundige? Dan krijg je een code. Die geef je zelf aan je "
    "arbeidsdeskundige. Je kunt het delen later altijd intrekken."
)
SHARED_WITH_AD = "Gedeeld. {name} kan je samenvatting nu lezen. Typ 'intrekken' als je dat niet meer wilt."
SHARED_WITH_CODE = (
    "Je code is: {code}\nGeef deze code aan je arbeidsdeskundige. De code werkt één keer en is 14 dagen geldig. "
    "Typ 'intrekken' als je niet meer wilt dat je samenvatting gelezen kan worden."
)
NOT_SHARED = "Prima. Je samenvatting blijft bij jou. Je kunt hem later altijd nog delen."
WITHDRAWN = "Je hebt het delen ingetrokken. Je arbeidsdeskundige kan je samenvatting niet meer zien."
NOTHING_TO_WITHDRAW = "Je hebt je samenvatting (nog) niet gedeeld. Er is dus niets om in te trekken."
IS_SHARED_NOTE = "Deze samenvatting is gedeeld met je arbeidsdeskundige."
