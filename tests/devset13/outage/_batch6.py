"""devset13 outage, batch 6 (measured before tuning on it): empty-body subject-only reports, one module
down for everyone, mail/SMS not delivered to any customer, named colleagues all locked out, 'for 2 hours';
negatives: 'o pagamento caiu na conta' (money arrived), dropped phone, dead battery, can't download one
report, turn off notifications, 'dar de baja'."""
B = "b6"

def add_b6(m):
    # ---------------- es
    m(B, "es", "o1", "O", "empty body, subject only", "No carga el sistema desde hace 2 horas, nadie puede trabajar", "")
    m(B, "es", "o2", "O", "one module for everyone", "El módulo de reservas no abre",
"""Hola, el módulo de reservas no abre para ningún usuario desde las 8, se queda la pantalla en gris. El resto del programa va, pero sin reservas no podemos atender.

Hotel Las Dunas - Recepción""")
    m(B, "es", "o3", "O", "mails not reaching any customer", "No salen los correos",
"""Buenas, desde ayer ningún correo de confirmación llega a nuestros clientes, ni uno. Hemos revisado la configuración y no tocamos nada. ¿Tenéis problemas con el envío?

Manuel""")
    m(B, "es", "n1", "", "dropped phone", "Se me cayó el móvil",
"""Hola, se me cayó el móvil y se rompió la pantalla. ¿Cómo paso la app y mis datos al teléfono nuevo?

Raquel""")
    m(B, "es", "n2", "", "dar de baja", "Dar de baja la cuenta",
"""Buenas, quiero dar de baja la cuenta de mi empresa a final de mes. ¿Qué pasos tengo que seguir?

Víctor""")
    m(B, "es", "n3", "", "can't download one report", "No puedo descargar un informe",
"""Hola, no consigo descargar el informe de octubre, me da error solo ese. Los demás bien.

Cristina""")
    # ---------------- it
    m(B, "it", "o1", "O", "empty body", "Il gestionale non si apre per nessuno da un'ora", "")
    m(B, "it", "o2", "O", "one module for everyone", "Modulo fatturazione bloccato",
"""Buongiorno, il modulo di fatturazione elettronica non si carica per nessun utente dalle 9. Il resto funziona ma non possiamo emettere fatture, oggi è fine mese!

Amministrazione – Ferri Srl""")
    m(B, "it", "o3", "O", "SMS not delivered to any patient", "SMS non arrivano",
"""Buongiorno, da ieri gli SMS di promemoria non arrivano a nessun paziente, in nessuno dei nostri ambulatori. Avete un problema con il servizio di invio?

Segreteria Centro Medico""")
    m(B, "it", "n1", "", "dropped phone", "Mi è caduto il telefono",
"""Ciao, mi è caduto il telefono in acqua. Come faccio a riattivare l'app sul nuovo?

Lucia""")
    m(B, "it", "n2", "", "turn off notifications", "Disattivare le notifiche",
"""Buongiorno, come posso spegnere le notifiche push dell'app? Sono troppe.

Walter""")
    m(B, "it", "n3", "", "dead battery on terminal", "Terminale morto",
"""Salve, il terminale portatile non si accende più, credo sia la batteria morta. Posso ordinarne una nuova?

Ivo""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "empty body", "Ingen av oss kommer in i systemet sedan två timmar", "")
    m(B, "sv", "o2", "O", "named colleagues all locked out", "Utelåsta",
"""Hej, varken jag, Anna, Peter eller Sofie kommer in sedan i morse. Det står bara "Serverfel, försök igen senare". Vad är det som händer?

/Camilla""")
    m(B, "sv", "o3", "O", "SMS not delivered", "SMS-påminnelser går inte ut",
"""Hej, sedan i går eftermiddag har inga sms-påminnelser gått ut till någon av våra kunder. Vi har inte ändrat något. Är det fel hos er?

Salong Lugn & Ro""")
    m(B, "sv", "n1", "", "dead battery", "Batteriet dog",
"""Hej, batteriet i kortläsaren dog helt. Säljer ni nya batterier eller måste vi köpa en ny läsare?

Nils""")
    m(B, "sv", "n2", "", "turn off notifications", "Stänga av notiser",
"""Hej, hur stänger jag av notiserna i appen? Jag får tio om dagen.

Greta""")
    m(B, "sv", "n3", "", "can't download one file", "Kan inte ladda ner fakturan",
"""Hej, jag kan inte ladda ner fakturan för oktober, det kommer ett fel just på den. Andra går bra.

Viktor""")
    # ---------------- da
    m(B, "da", "o1", "O", "empty body", "Systemet har været nede i to timer, ingen kan arbejde", "")
    m(B, "da", "o2", "O", "one module for everyone", "Vagtplanen åbner ikke",
"""Hej, vagtplan-modulet åbner ikke for nogen af vores ledere i dag, der kommer bare en grå side. Resten virker. Vi kan ikke lægge vagter!

Mvh Helle, Plejecenter Solgården""")
    m(B, "da", "o3", "O", "mails not delivered to any customer", "Mails kommer ikke frem",
"""Hej, siden i går er der ikke kommet en eneste ordrebekræftelse frem til vores kunder. Vi har ikke ændret noget. Er der problemer med jeres mailudsendelse?

Mvh Kristian""")
    m(B, "da", "n1", "", "dead battery", "Terminal død",
"""Hej, vores betalingsterminal er helt død, jeg tror batteriet er brugt op. Kan vi få en ny?

Mvh Steen""")
    m(B, "da", "n2", "", "turn off notifications", "Slå notifikationer fra",
"""Hej, hvordan slår jeg notifikationer fra i appen?

Tak, Berit""")
    m(B, "da", "n3", "", "dropped phone", "Tabt telefon",
"""Hej, jeg har tabt min telefon og den er gået i stykker. Hvordan flytter jeg appen til en ny?

Mvh Carsten""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "empty body", "Od 2 godzin nikt nie może wejść do systemu", "")
    m(B, "pl", "o2", "O", "one module for everyone", "Moduł magazynowy nie działa",
"""Dzień dobry, moduł magazynowy nie ładuje się u żadnego pracownika od rana, wyświetla się tylko kółko. Reszta programu działa, ale nie możemy wydawać towaru.

Hurtownia Kowalczyk""")
    m(B, "pl", "o3", "O", "SMS not delivered", "SMS-y nie dochodzą",
"""Dzień dobry, od wczoraj żaden SMS z przypomnieniem nie dochodzi do naszych klientów. Nic nie zmienialiśmy. Czy macie problem z bramką SMS?

Gabinet Uroda""")
    m(B, "pl", "n1", "", "dead battery", "Padła bateria",
"""Dzień dobry, w czytniku padła bateria. Gdzie mogę kupić nową?

Zbigniew""")
    m(B, "pl", "n2", "", "turn off notifications", "Wyłączenie powiadomień",
"""Dzień dobry, jak wyłączyć powiadomienia e-mail z systemu? Dostaję ich za dużo.

Halina""")
    m(B, "pl", "n3", "", "can't download one invoice", "Nie mogę pobrać faktury",
"""Dzień dobry, nie mogę pobrać faktury za październik, tylko ta jedna wyświetla błąd.

Jolanta""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "empty body", "Sistema fora do ar há 2 horas, ninguém consegue trabalhar", "")
    m(B, "pt", "o2", "O", "named colleagues all locked out", "Ninguém entra",
"""Oi, nem eu, nem a Carla, nem o Rafael conseguimos entrar desde cedo. Aparece só "Erro no servidor, tente mais tarde". O que houve?

Bianca""")
    m(B, "pt", "o3", "O", "mails not reaching any customer", "E-mails não chegam",
"""Bom dia, desde ontem nenhum e-mail de confirmação chega aos nossos clientes. Não mexemos em nada. Há algum problema no vosso envio?

Cumprimentos, Filipe""")
    m(B, "pt", "n1", "", "payment landed: o pagamento caiu", "Pagamento caiu",
"""Oi, só pra avisar que o pagamento de vocês caiu na conta hoje. Obrigado!

Rogério""")
    m(B, "pt", "n2", "", "can't download one report (baixar)", "Não consigo baixar o relatório",
"""Olá, não consigo baixar o relatório de estoque, só esse dá erro. Os outros baixam normal.

Juliana""")
    m(B, "pt", "n3", "", "dropped phone", "Celular caiu",
"""Oi, meu celular caiu e a tela quebrou. Como instalo o app no aparelho novo sem perder os dados?

Leandro""")
    # ---------------- others
    m(B, "en", "o1", "O", "empty body", "Nobody here can get into the system for 2 hours now", "")
    m(B, "de", "n1", "", "dropped phone", "Handy runtergefallen",
"""Hallo, mein Handy ist runtergefallen und kaputt. Wie übertrage ich die App aufs neue Gerät?

Kai""")
    m(B, "nl", "o1", "O", "sms not delivered", "Sms'jes komen niet aan",
"""Sinds gisteren komt geen enkele sms-herinnering meer aan bij onze klanten. Wij hebben niets veranderd.

Salon Mooi""")
