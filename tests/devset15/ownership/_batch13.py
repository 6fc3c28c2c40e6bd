"""devset15 ownership, batch 13 = last precision batch (measured before tuning): everyday mails that touch the
broad class members added this round (pase / passi / passer au nouveau forfait, 'to him', auf ihn, på henne,
übernehmen / overnemen / reprendre / assumir / preluare / ta över / overtage, 'mein Sohn' + Vertrag,
number / plan changes, 'still his' as a shipment, 'mis à jour')."""
B = "b13"

def add_b13(m):
    m(B, "es", "n1", "", "pase a recoger", "Recogida",
"""Hola, ¿puede ser que el mensajero pase a recoger el paquete a él directamente? Mi compañero está en la oficina.""")
    m(B, "es", "n2", "", "plan change for the account", "Cambio de plan",
"""Hola, queremos pasar la cuenta al plan anual a partir de enero, ¿cómo se hace?""")
    m(B, "es", "n3", "", "line number portability same holder", "Portabilidad",
"""Buenas, quiero traer mi número de otra compañía, sigo siendo yo el titular. ¿Qué necesito?""")
    m(B, "it", "n1", "", "passi da seguire", "Procedura",
"""Buongiorno, quali sono i passi per collegare l'account al nuovo gestionale?""")
    m(B, "it", "n2", "", "send to him", "Documento",
"""Ciao, potete mandare il contratto a lui? È il nostro avvocato e deve solo leggerlo.""")
    m(B, "it", "n3", "", "passare al nuovo piano", "Piano",
"""Salve, vorremmo passare l'account al nuovo piano Business dal prossimo mese.""")
    m(B, "pl", "n1", "", "przejąć obowiązki", "Zastępstwo",
"""Kolega przejmie moje obowiązki podczas urlopu, ale ma własne konto. Czy mogę mu udostępnić raporty?""")
    m(B, "pl", "n2", "", "przenieść na nowy plan", "Plan",
"""Dzień dobry, chcemy przenieść konto na nowy plan roczny. Jak to zrobić?""")
    m(B, "fr", "n1", "", "passer le compte au nouveau forfait", "Forfait",
"""Bonjour, je voudrais passer le compte au nouveau forfait Pro dès le mois prochain.""")
    m(B, "fr", "n2", "", "mot de passe à la nouvelle", "Accès",
"""Bonjour, comment envoyer le lien de mot de passe à la nouvelle secrétaire pour qu'elle crée son propre accès ?""")
    m(B, "fr", "n3", "", "compte mis à jour", "Mise à jour",
"""Bonjour, mon compte a été mis à jour au nouveau format et je ne trouve plus mes factures.""")
    m(B, "de", "n1", "", "übernehmen Versandkosten", "Versand",
"""Hallo, übernehmen Sie die Versandkosten, wenn ich das Gerät zurückschicke?""")
    m(B, "de", "n2", "", "mein Sohn Vertrag Frage", "Vertrag",
"""Guten Tag, mein Sohn möchte wissen, ob er über meinen Vertrag auch die App nutzen darf.""")
    m(B, "de", "n3", "", "auf ihn warten", "Techniker",
"""Hallo, der Techniker sollte heute kommen, wir warten auf ihn seit 8 Uhr. Kommt er noch?""")
    m(B, "nl", "n1", "", "overnemen instellingen", "Instellingen",
"""Hoi, kan ik de instellingen van het oude account overnemen in het nieuwe?""")
    m(B, "nl", "n2", "", "mijn zoon vraag", "Vraag",
"""Hallo, mijn zoon wil weten of hij mijn abonnement ook op zijn telefoon kan gebruiken.""")
    m(B, "pt", "n1", "", "assumir custos", "Frete",
"""Oi, vocês vão assumir o custo do frete da troca?""")
    m(B, "pt", "n2", "", "mudar plano pra ele", "Plano",
"""Oi, meu marido quer mudar o plano dele pra um mais barato, ele mesmo é o titular. Como faz?""")
    m(B, "ro", "n1", "", "preluare date", "Date",
"""Buna ziua, se poate face preluarea datelor din contul vechi in cel nou?""")
    m(B, "sv", "n1", "", "ta över inställningar", "Inställningar",
"""Hej, kan jag ta över inställningarna från mitt gamla konto till det nya?""")
    m(B, "sv", "n2", "", "ring på henne", "Kontakt",
"""Hej, min kollega väntar på henne från er support, kan ni ringa?""")
    m(B, "da", "n1", "", "overtage indstillinger", "Indstillinger",
"""Hej, kan vi overtage indstillingerne fra den gamle konto?""")
    m(B, "en", "n1", "", "move account to new plan", "plan",
"""Hi, can we move our account to the new annual plan from January?""")
    m(B, "en", "n2", "", "take over the settings", "settings",
"""Can I take over the settings from my old account into the new workspace?""")
    m(B, "en", "n3", "", "send the contract to him", "contract copy",
"""Please send a copy of the contract to him, he's our solicitor and only needs to read it.""")
    m(B, "en", "n4", "", "parcel still his", "parcel",
"""The parcel is still in his name at the depot, can my husband collect it with ID?""")
