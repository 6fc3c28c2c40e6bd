"""devset13 outage, batch 5 (measured before tuning on it): English loanwords inside other languages
('el server está down', 'è tutto offline'), status page says operational but, clinics/agendas,
FW: forwards with a short new line; negatives: 'our old provider was always down' (praise),
'is there a status page to subscribe to', a power cut at our end, scheduled reboot, app turns off on my phone."""
B = "b5"

def add_b5(m):
    # ---------------- es
    m(B, "es", "o1", "O", "loanword: el server está down, nadie puede agendar", "server down??",
"""Hola, el server está down otra vez?? en la clínica nadie puede abrir la agenda y tenemos pacientes en la sala de espera

Dra. Paula Ríos""")
    m(B, "es", "o2", "O", "status page says operational but", "Vuestra página de estado miente",
"""Buenas, la página de estado dice que todo está operativo pero nosotros llevamos 40 minutos sin poder entrar, ni yo ni mis 12 compañeros. Revisadlo por favor.

Jaime""")
    m(B, "es", "o3", "O", "FW with short new line", "RV: Alerta monitorización",
"""Os reenvío la alerta de nuestro monitor: vuestra API no responde desde las 03:12. Todas las integraciones de la tienda están paradas.

---------- Mensaje reenviado ----------
De: monitor@tienda.example
Asunto: DOWN api.example.com""")
    m(B, "es", "n1", "", "old provider always down, praise", "Muy contentos",
"""Hola, solo quería deciros que estamos encantados. Con nuestro proveedor anterior el sistema se caía cada dos por tres, con vosotros ni un problema en un año.

Saludos, Alicia""")
    m(B, "es", "n2", "", "status page subscription question", "¿Tenéis página de estado?",
"""Hola, ¿tenéis una página de estado a la que me pueda suscribir para recibir avisos de incidencias?

Gracias, Óscar""")
    m(B, "es", "n3", "", "app turns off on my phone", "La app se apaga",
"""Hola, la app se me apaga sola cuando el móvil entra en ahorro de batería. ¿Hay alguna opción para evitarlo?

Lorena""")
    # ---------------- it
    m(B, "it", "o1", "O", "loanword: è tutto offline", "è tutto offline?",
"""Buongiorno, da voi è tutto offline? In studio nessuno riesce ad aprire l'agenda, abbiamo pazienti in attesa.

Dott. Ricci""")
    m(B, "it", "o2", "O", "status page green but", "Status page verde ma noi siamo bloccati",
"""Salve, la vostra pagina di stato dice che è tutto operativo, ma noi da mezz'ora non entriamo, né io né i miei colleghi. Controllate per favore.

Federica""")
    m(B, "it", "o3", "O", "FW monitoring alert", "I: Allarme monitoraggio",
"""Vi inoltro l'allarme: il vostro server non risponde dalle 02:40 e tutte le sincronizzazioni notturne sono fallite.

---------- Messaggio inoltrato ----------
Da: nagios@azienda.example
Oggetto: PROBLEM: api.example.com DOWN""")
    m(B, "it", "n1", "", "old provider always down, praise", "Complimenti",
"""Volevo farvi i complimenti: col fornitore precedente il gestionale era sempre giù, con voi mai un problema.

Saluti, Emanuele""")
    m(B, "it", "n2", "", "power cut at our end", "Blackout in ufficio",
"""Buongiorno, ieri abbiamo avuto un blackout in ufficio e non siamo riusciti a inviarvi i documenti. Ve li mando oggi.

Grazie, Rita""")
    m(B, "it", "n3", "", "scheduled reboot question", "Riavvio programmato",
"""Salve, il riavvio programmato di stanotte interromperà anche le stampe pianificate?

Massimo""")
    # ---------------- sv
    m(B, "sv", "o1", "O", "loanword: allt är down", "är allt down?",
"""Hej, är allt down hos er? På kliniken kan ingen öppna tidboken och patienterna väntar.

Karin, Tandvårdshuset""")
    m(B, "sv", "o2", "O", "status page green but", "Statussidan visar grönt",
"""Hej, er statussida visar grönt men vi har inte kunnat logga in på 40 minuter, varken jag eller någon annan på kontoret.

Mvh Jonas""")
    m(B, "sv", "o3", "O", "FW monitoring", "VB: Larm från övervakning",
"""Vidarebefordrar larmet: ert API har inte svarat sedan 03:05 och alla nattliga synkar har misslyckats.

---------- Vidarebefordrat meddelande ----------
Från: monitor@firma.example
Ämne: DOWN api.example.com""")
    m(B, "sv", "n1", "", "old provider always down", "Beröm",
"""Hej, bara ville säga att vi är supernöjda. Vår gamla leverantör låg nere jämt, hos er har vi inte haft ett enda avbrott.

Hälsningar, Mats""")
    m(B, "sv", "n2", "", "power cut our end", "Strömavbrott hos oss",
"""Hej, vi hade strömavbrott på kontoret i går så vi missade webbinariet. Finns det en inspelning?

Lena""")
    m(B, "sv", "n3", "", "status page subscription", "Prenumerera på driftinfo",
"""Hej, går det att prenumerera på er driftinformation via sms?

Tack, Björn""")
    # ---------------- da
    m(B, "da", "o1", "O", "loanword: er det hele down", "Down?",
"""Hej, er det hele down? I klinikken kan ingen åbne kalenderen, og vi har patienter der venter.

Tandlæge Rikke Lund""")
    m(B, "da", "o2", "O", "status page green but", "Jeres statusside siger alt er ok",
"""Hej, statussiden siger at alt kører, men vi har ikke kunnet logge ind i 45 minutter, hverken mig eller mine kolleger.

Mvh Anders""")
    m(B, "da", "o3", "O", "FW monitoring", "VS: Alarm fra overvågning",
"""Videresender alarmen: jeres API har ikke svaret siden 02:50, og alle natlige synkroniseringer er fejlet.

---------- Videresendt meddelelse ----------
Fra: monitor@firma.example
Emne: DOWN api.example.com""")
    m(B, "da", "n1", "", "old provider always down", "Ros",
"""Hej, vi er meget glade. Vores gamle leverandør var konstant nede, hos jer har vi ikke haft et eneste nedbrud.

Mvh Bo""")
    m(B, "da", "n2", "", "power cut our end", "Strømsvigt",
"""Hej, vi havde strømsvigt i går, så vi nåede ikke at sende lønfilen. Kan fristen rykkes til i morgen?

Mvh Gitte""")
    m(B, "da", "n3", "", "scheduled reboot", "Genstart i nat",
"""Hej, I skriver at serveren genstartes i nat. Skal vi logge ud inden?

Hilsen Karsten""")
    # ---------------- pl
    m(B, "pl", "o1", "O", "loanword: serwer down", "serwer down?",
"""Dzień dobry, czy wasz serwer jest down? W przychodni nikt nie może otworzyć terminarza, pacjenci czekają.

Rejestracja, Przychodnia Zdrowie""")
    m(B, "pl", "o2", "O", "status page green but", "Strona statusu pokazuje, że wszystko działa",
"""Dzień dobry, wasza strona statusu pokazuje, że wszystko działa, a my od 40 minut nie możemy się zalogować, ani ja, ani nikt z zespołu.

Krzysztof""")
    m(B, "pl", "o3", "O", "FW monitoring", "PD: Alarm z monitoringu",
"""Przesyłam alarm: wasze API nie odpowiada od 03:20, wszystkie nocne synchronizacje się nie powiodły.

---------- Wiadomość przekazana dalej ----------
Od: monitor@firma.example
Temat: DOWN api.example.com""")
    m(B, "pl", "n1", "", "old provider always down", "Pochwała",
"""Dzień dobry, chciałem podziękować. U poprzedniego dostawcy system ciągle padał, u was przez rok żadnej awarii.

Pozdrawiam, Henryk""")
    m(B, "pl", "n2", "", "power cut at our end", "Brak prądu",
"""Dzień dobry, wczoraj mieliśmy brak prądu w biurze i nie wysłaliśmy raportu. Czy termin można przesunąć?

Beata""")
    m(B, "pl", "n3", "", "status page subscription", "Powiadomienia o awariach",
"""Dzień dobry, czy można zapisać się na powiadomienia SMS o awariach i pracach serwisowych?

Marcin""")
    # ---------------- pt
    m(B, "pt", "o1", "O", "pt-BR loanword: o servidor tá down", "servidor down?",
"""Oi, o servidor de vocês tá down? Aqui na clínica ninguém consegue abrir a agenda e tem paciente esperando.

Recepção - Clínica Bem Estar""")
    m(B, "pt", "o2", "O", "status page green but", "Página de status diz que está tudo ok",
"""Olá, a vossa página de estado diz que está tudo operacional, mas nós não conseguimos entrar há 40 minutos, nem eu nem os meus colegas.

Cumprimentos, André""")
    m(B, "pt", "o3", "O", "FW monitoring", "Fwd: Alerta de monitoramento",
"""Encaminho o alerta: a API de vocês não responde desde as 03h10 e todas as sincronizações da madrugada falharam.

---------- Mensagem encaminhada ---------
De: monitor@empresa.example
Assunto: DOWN api.example.com""")
    m(B, "pt", "n1", "", "old provider always down", "Parabéns",
"""Olá, queria dar os parabéns. Com o fornecedor anterior o sistema vivia caindo, com vocês nunca tivemos problema.

Abraço, Eduardo""")
    m(B, "pt", "n2", "", "power cut at our end", "Falta de luz",
"""Bom dia, ontem faltou luz no escritório e não conseguimos enviar as notas. Podemos mandar hoje sem multa?

Sandra""")
    m(B, "pt", "n3", "", "app turns off on my phone", "App desliga sozinho",
"""Oi, o app desliga sozinho no meu celular quando a bateria está fraca. Tem como mudar isso?

Priscila""")
    # ---------------- others
    m(B, "en", "n1", "", "old provider always down", "Kudos",
"""Just wanted to say thanks, our old vendor was down every other week, you've had zero outages for us this year.

Mike""")
    m(B, "de", "o1", "O", "status page green", "Statusseite grün, aber nichts geht",
"""Eure Statusseite ist grün, aber seit 40 Minuten kommt keiner von uns rein.

Sabine""")
    m(B, "fr", "n1", "", "power cut", "Coupure de courant",
"""Bonjour, nous avons eu une coupure de courant hier au bureau, pouvez-vous renvoyer la facture ?

Luc""")
