"""Short conversational turns the actions say (longer, informative texts live in content/)."""

START_OFFER = "Zullen we beginnen? Je kunt altijd pauzeren of stoppen."
WELCOME_BACK = "Fijn dat je er weer bent. Wil je verder gaan waar je was gebleven?"
MORE_INFO_QUESTION = "Wil je hier meer over weten?"
INFO_DONE = "Dat was het belangrijkste voor nu. Zullen we samen naar een keuze kijken die nu speelt?"
REST_OFFER = (
    "Dat is heel begrijpelijk. Rust is nu ook belangrijk. Je hoeft nu niets te kiezen. "
    "Wat past het best bij je?"
)
REST_DELEGATED = (
    "Goed dat je dat zegt. Dan kan iemand die je vertrouwt of een professional voorlopig meebeslissen. "
    "Dat is niet voor altijd: als het beter gaat, kun je het weer zelf oppakken."
)
PAUSED = (
    "Prima, we stoppen hier even. Alles wat je hebt gezegd blijft staan. "
    "Als je terugkomt, typ dan 'verder' en we gaan door waar je was."
)
CONFIRM_DELETE = (
    "Wil je echt alles verwijderen? Dan wis ik je antwoorden, je samenvatting en dit gesprek. "
    "Dat kan ik niet terugdraaien."
)
DELETED = "Alles is verwijderd: je antwoorden, je samenvatting en dit gesprek. Je kunt altijd opnieuw beginnen."
KEPT = "Oké, ik heb niets verwijderd."
RESTARTED = "We beginnen opnieuw. Wat je eerder hebt bewaard, blijft bewaard tot je het verwijdert."
CLOSING = (
    "Dank je wel voor je tijd. Je kunt altijd terugkomen om verder te praten of iets te veranderen. "
    "Zorg goed voor jezelf."
)
SUMMARY_INTRO = "Dit heb ik van je opgeschreven, in je eigen woorden:"
SUMMARY_NOT_STORED = (
    "Je hebt gekozen om niets te bewaren. Daarom kan ik geen samenvatting maken. "
    "Wil je dat toch, typ dan 'opnieuw beginnen' en kies 'ja' bij bewaren."
)
GO_ON_QUESTION = "Zullen we verder gaan waar we waren?"
FALLBACK_TWICE = (
    "Het lukt me niet goed om je te begrijpen, sorry. Kies gerust een van deze knoppen, of zeg het in een paar woorden."
)
NO_STORE_ACK = "Dat is goed. Ik bewaar niets van wat je typt. Je kunt gewoon verder."
STORE_ACK = "Dank je. Ik bewaar je antwoorden. Je kunt ze altijd bekijken, aanpassen of verwijderen."
