"""devset16 abusive-legal, batch 11 (measured after tuning on b1-b10, before tuning on it): precision 3.
The b9/b10 entries in harmless use ('you're lucky I'm not the type to complain', 'my fridge is more useful
than your app', 'Wir sehen uns, Herr Berger, am Montag', 'je sais où se trouve votre agence, j'y passerai
déposer le dossier', 'cita con un abogado por la herencia', a moot court that 'would find your timer
interesting'), plus positives that the new exceptions must not swallow ('my lawyer recommended I take
you to court')."""
B = "b11"

def add_b11(m):
    m(B, "en", "n1", "", "lucky I'm not the type to complain", "All good",
"""You're lucky I'm not the type to complain, the parcel was two days late! Joking, all fine, thanks for the voucher.""")
    m(B, "en", "n2", "", "fridge more useful than your app (at a thing)", "Reminders",
"""My smart fridge is more useful than your app at reminding me about bills. Could the app send push reminders too?""")
    m(B, "en", "n3", "", "moot court would find your timer interesting", "Timer feature",
"""I think the judges at our moot court would find your countdown timer really interesting. Is there an education discount?""")
    m(B, "en", "n4", "", "shoe shop: how to tie your shoes video", "Video upload",
"""We sell running shoes and want to upload a video showing how to tie your shoes with our new laces. What's the max file size?""")
    m(B, "en", "n5", "", "legal advice on divorce, claim with insurer", "Policy documents",
"""I'm taking legal advice on my divorce settlement and will be submitting a claim to my insurer for the house contents. Could you send my policy schedule?""")
    m(B, "en", "n6", "", "how do you lot handle VAT", "VAT on EU sales",
"""How do you lot handle VAT on EU sales after the rule change? Do I need to set anything up?""")
    m(B, "en", "l1", "L", "positive: my lawyer recommended I take you to court", "Re: Re: deposit",
"""My lawyer recommended I take you to court over the deposit, and frankly I'm inclined to.""")
    m(B, "en", "a1", "A", "positive: lucky I'm not in the same room", "refund",
"""You're lucky I'm not in the same room as you right now, mate.""")
    m(B, "de", "n1", "", "de: wir sehen uns, Herr Berger, am Montag", "Termin Montag",
"""Ich weiß, wann die Lieferung kommt, danke. Wir sehen uns, Herr Berger, am Montag beim Einbautermin.""")
    m(B, "de", "n2", "", "de: Sie sind das Letzte in der Liste", "Warteliste",
"""Danke für die Info. Also sind Sie das letzte Team auf der Liste, das noch migriert wird? Dann warte ich.""")
    m(B, "fr", "n1", "", "fr: je sais où se trouve votre agence, je passerai déposer", "Dossier",
"""Merci, je sais où se trouve votre agence, je passerai déposer le dossier complet jeudi.""")
    m(B, "fr", "n2", "", "fr: il va comprendre (help a colleague)", "Formation",
"""Pouvez-vous envoyer le tutoriel à mon collègue ? Avec la vidéo, il va comprendre tout de suite.""")
    m(B, "es", "n1", "", "es: cita con un abogado por la herencia, certificado", "Certificado",
"""Tengo cita con un abogado por la herencia de mi padre y necesito un certificado de titularidad de su cuenta.""")
    m(B, "es", "n2", "", "es: no hace falta ir al juzgado (about third party)", "Consulta",
"""Mi vecino dice que no hace falta ir al juzgado para cambiar el titular. ¿Qué documentos pedís vosotros?""")
    m(B, "es", "l1", "L", "positive: mi abogada me recomendó demandarles", "Cláusula",
"""Mi abogada me recomendó demandarles por la cláusula de permanencia, y eso voy a hacer.""")
    m(B, "pt", "n1", "", "pt: processo de compra", "Processo",
"""Como funciona o processo de compra para empresas? Queremos abrir um processo de homologação de fornecedor.""")
    m(B, "da", "n1", "", "da: ved byretten som protokolfører (not judge)", "Licens",
"""Jeg arbejder ved byretten som sekretær og skal bruge en ekstra licens til kalenderen.""")
    m(B, "da", "a1", "A", "positive: du er heldig, jeg ikke står foran dig", "Svar",
"""Du er heldig, at jeg ikke står foran dig lige nu, din nar.""")
    m(B, "es", "a1", "A", "positive: tienes suerte de que no esté ahí", "Reembolso",
"""Tienes suerte de que no esté ahí en persona, payaso.""")
    m(B, "nl", "n1", "", "nl: laat de rechter (TV show)", "Ondertiteling",
"""We maken een tv-programma over de kantonrechter. Kan jullie tool ondertiteling in het Fries maken?""")
