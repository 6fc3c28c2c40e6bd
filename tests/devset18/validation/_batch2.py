"""devset18 validation, batch 2: ro, pl, es (all four tags + hard negatives). Measure only."""
B = "b2"


def add_b2(m):
    # ================= ro abusive
    m(B, "ro", "a1", "A", "insult: incompetenti, idioti", "Tichet 3391",
"""Sunteti niste idioti incompetenti, toti de la suport. Trei saptamani si nimeni nu e in stare sa repare o factura. Rusine sa va fie!""")
    m(B, "ro", "a2", "A", "threat: vin peste tine", "Pentru operatorul de ieri",
"""Băiatule, dacă mai îmi închizi o dată telefonul în nas, vin la sediul vostru și te caut personal. Să vezi atunci ce pățești.""")
    m(B, "ro", "a3", "A", "obfuscated profanity at staff, phone", "m*ia",
"""sunteti niste p*rlitii de doi lei, f*te-v-ar suportul in c*r. nu stiti nimic

Trimis de pe iPhone""")
    m(B, "ro", "a4", "A", "sarcasm, dehumanising, above quote", "Re: Solicitarea dvs.",
"""Mulțumesc pentru al patrulea răspuns copiat. Presupun că la voi la suport lucrează maimuțe dresate, care apasă pe butoane la întâmplare. Altă explicație nu găsesc pentru prostia asta.

> Pe 23 nov. 2026, la 11:20, Suport a scris:
> Vă mulțumim pentru răbdare. Revenim cât de curând.""")
    # ================= ro legal-threat
    m(B, "ro", "l1", "L", "ANPC complaint", "Reclamatie abonament",
"""Bună ziua, v-am cerut de trei ori să opriți abonamentul și tot mi-ați retras bani. Dacă nu primesc banii înapoi până vineri, depun plângere la ANPC.
Cu stimă, Andreea Popa""")
    m(B, "ro", "l2", "L", "lawyer + court", "Notificare",
"""Stimate domnule/doamnă,
Vă notific că am împuternicit un avocat să vă acționeze în instanță pentru suma de 2.400 lei încasată nejustificat. Aveți 10 zile să returnați banii.
Ion Dumitrescu""")
    m(B, "ro", "l3", "L", "ANSPDCP data protection, no diacritics", "Datele mele",
"""Am cerut stergerea datelor de doua ori. Daca nu imi confirmati stergerea pana luni, fac sesizare la ANSPDCP.""")
    m(B, "ro", "l4", "L", "Moldovan: dau in judecata terse", "bani",
"""ori îmi dați banii, ori vă dau în judecată. atât.""")
    # ================= ro account-ownership
    m(B, "ro", "w1", "W", "admin left, make me owner", "Administrator cont",
"""Bună ziua, fostul nostru administrator, dl. Marinescu, a plecat din firmă și nu mai răspunde. Vă rog să mă setați pe mine ca proprietar al contului, sunt directorul economic.
Mulțumesc, Elena Stan""")
    m(B, "ro", "w2", "W", "transfer account to my email", "Transfer cont",
"""Salut, vreau sa mutati contul firmei pe adresa mea de mail, eu am cumparat firma de la fostul patron. Am acte daca trebuie.""")
    m(B, "ro", "w3", "W", "boss demands access to colleague's mailbox", "Acces cutie postala",
"""Sunt administratorul firmei și am nevoie urgent de acces la căsuța de mail a colegului Radu Ene, e în concediu. Resetați-i parola și trimiteți-mi mie datele, vă rog.""")
    m(B, "ro", "w4", "W", "terse: dati-mi drepturi de admin", "drepturi admin",
"""dati-mi drepturi de admin pe cont va rog, sefa e plecata si nu putem lucra""")
    # ================= ro outage
    m(B, "ro", "o1", "O", "nimeni nu se poate loga", "Nu merge",
"""Bună, nimeni din birou nu se poate loga de azi dimineață, apare eroare de server. Aveți o problemă?""")
    m(B, "ro", "o2", "O", "toate magazinele casa de marcat", "Urgent - casele de marcat",
"""Nu merge aplicația în niciunul din cele 5 magazine, casele nu mai trimit bonurile. Avem coadă!""")
    m(B, "ro", "o3", "O", "follow-up: inca nu merge", "Re: Platforma picata",
"""Încă nu merge, la toți colegii e la fel. Când se rezolvă?

> Pe 24 nov. 2026, Suport a scris:
> Investigăm problema și revenim.""")
    m(B, "ro", "o4", "O", "symptoms, legacy charset qp", "Platforma se incarca la infinit",
"""Bună ziua, de la ora 10 platforma se încarcă la infinit pe toate calculatoarele din clinică, pacienţii aşteaptă la recepţie. Verificaţi vă rog.""", fmt="qp", charset="iso-8859-2")
    # ================= ro negatives
    m(B, "ro", "n1", "", "legal neg: law firm normal question", "Ofertă",
"""Bună ziua, suntem o casă de avocatură cu 6 avocați. Ne puteți trimite o ofertă pentru planul Business?
Cabinet de avocat Ionescu""")
    m(B, "ro", "n2", "", "legal neg: GDPR access request", "Cerere acces date",
"""Bună ziua, conform art. 15 GDPR, vă rog să-mi trimiteți o copie a datelor personale pe care le dețineți despre mine.""")
    m(B, "ro", "n3", "", "legal neg: nu vrem proces", "Factura dubla",
"""Nu vrem să facem scandal sau să mergem la instanță, vrem doar să ne returnați factura plătită de două ori.""")
    m(B, "ro", "n4", "", "abusive neg: swearing at the bug", "Exportul naibii",
"""Exportul ăsta naibii iar nu merge, fișierul iese gol. Puteți verifica?""")
    m(B, "ro", "n5", "", "abusive neg: as omori pentru", "Sugestie",
"""Aș omorî pentru o temă întunecată în aplicație :) Aveți în plan?""")
    m(B, "ro", "n6", "", "ownership neg: owner adds user", "Utilizator nou",
"""Sunt proprietarul contului și am adăugat o colegă nouă ca utilizator simplu. Nu a primit invitația, o puteți retrimite?""")
    m(B, "ro", "n7", "", "ownership neg: who handles my ticket", "Cine se ocupă?",
"""Cine se ocupă acum de tichetul meu? Nu mai am vești de o săptămână.""")
    m(B, "ro", "n8", "", "outage neg: single user bug", "Eroare la salvare",
"""Doar mie îmi apare eroare când salvez factura, colegii pot salva normal. Ce să fac?""")
    m(B, "ro", "n9", "", "outage neg: own internet down", "Plata intarziata",
"""Ne-a picat internetul de la Digi toată ziua de ieri, de asta plata vine azi.""")
    m(B, "ro", "n10", "", "outage neg: it's back", "Re: Nu merge",
"""Merge din nou, mulțumim pentru intervenția rapidă!""")
    m(B, "ro", "n11", "", "outage neg: maintenance question", "Mentenanță",
"""Mentenanța de duminică afectează și aplicația de mobil sau doar site-ul?""")

    # ================= pl abusive
    m(B, "pl", "a1", "A", "insult: banda idiotów", "Zgłoszenie 5512",
"""Jesteście bandą niekompetentnych idiotów. Miesiąc czekam na poprawienie faktury i nikt z was, matołów, nie potrafi tego zrobić.""")
    m(B, "pl", "a2", "A", "threat at named agent", "Do pana Nowaka",
"""Panie Nowak, jeszcze raz mnie pan tak potraktuje przez telefon, to przyjadę do waszego biura i pogadamy inaczej. Nie radzę sprawdzać.""")
    m(B, "pl", "a3", "A", "obfuscated profanity, no diacritics, phone", "k***a",
"""wy k***y jestescie, ch*jowy support, spier***ajcie wszyscy

Wysłane z iPhone'a""")
    m(B, "pl", "a4", "A", "sarcasm dehumanising, above quote", "Odp: Państwa zgłoszenie",
"""Dziękuję za kolejną automatyczną odpowiedź. Rozumiem, że na supporcie siedzą u was tresowane małpy i klikają co popadnie. Inaczej nie da się wytłumaczyć tego poziomu.

> W dniu 23.11.2026 o 12:10 Wsparcie napisał(a):
> Dziękujemy za cierpliwość. Odezwiemy się wkrótce.""")
    # ================= pl legal-threat
    m(B, "pl", "l1", "L", "UOKiK + rzecznik konsumentów", "Reklamacja",
"""Dzień dobry, mimo wypowiedzenia umowy nadal pobieracie opłaty. Jeśli do piątku nie otrzymam zwrotu, zgłaszam sprawę do rzecznika konsumentów i do UOKiK.
Anna Kowalczyk""")
    m(B, "pl", "l2", "L", "pozew, prawnik", "Przedsądowe wezwanie do zapłaty",
"""Szanowni Państwo,
niniejszym wzywam do zapłaty kwoty 1 200 zł w terminie 7 dni. W przypadku braku płatności sprawa zostanie skierowana na drogę sądową przez mojego pełnomocnika.
Z poważaniem, Marek Zieliński""")
    m(B, "pl", "l3", "L", "UODO data protection", "Moje dane",
"""Trzeci raz proszę o usunięcie danych. Jeśli tego nie zrobicie, składam skargę do UODO.""")
    m(B, "pl", "l4", "L", "terse: spotkamy się w sądzie", "zwrot",
"""nie ma zwrotu to spotkamy się w sądzie. mam dość""")
    # ================= pl account-ownership
    m(B, "pl", "w1", "W", "admin odszedł, ustawcie mnie właścicielem", "Zmiana właściciela konta",
"""Dzień dobry, nasz informatyk, który był jedynym administratorem, odszedł z firmy i nie odbiera telefonu. Proszę ustawić mnie jako właściciela konta, jestem prezesem spółki.
Pozdrawiam, Tomasz Wójcik""")
    m(B, "pl", "w2", "W", "przepiszcie konto na mój mail", "Przeniesienie konta",
"""Proszę przepisać konto na mój adres e-mail. Przejąłem sklep po wspólniku, a konto dalej jest na niego.""")
    m(B, "pl", "w3", "W", "kierownik chce dostęp do skrzynki pracownicy", "Dostęp do skrzynki",
"""Jestem kierownikiem działu i potrzebuję dostępu do skrzynki pani Mazur, jest na L4. Proszę zresetować jej hasło i przesłać mi nowe dane.""")
    m(B, "pl", "w4", "W", "terse: dajcie mi admina", "admin",
"""dajcie mi uprawnienia admina na koncie firmy, szef na urlopie a musimy dodać ludzi""")
    # ================= pl outage
    m(B, "pl", "o1", "O", "nikt nie może się zalogować", "Awaria?",
"""Dzień dobry, od 8:30 nikt u nas nie może się zalogować, wszyscy widzą "Błąd serwera 500". Macie awarię?""")
    m(B, "pl", "o2", "O", "all warehouses scanners", "Magazyny stoją",
"""Skanery w obu magazynach nie łączą się z systemem od godziny, cała wysyłka stoi.""")
    m(B, "pl", "o3", "O", "follow-up: nadal leży", "Odp: Awaria platformy",
"""Nadal leży, u wszystkich to samo. Kiedy będzie naprawione?

> W dniu 24.11.2026 Wsparcie napisał(a):
> Sprawdzamy zgłoszenia i wrócimy z informacją.""")
    m(B, "pl", "o4", "O", "e-dziennik school, html", "Dziennik",
"""Szanowni Państwo,
od rana ani nauczyciele, ani rodzice nie mogą otworzyć dziennika, strona się nie ładuje. Dotyczy całej szkoły.
Dyrekcja SP nr 4""", fmt="html")
    # ================= pl negatives
    m(B, "pl", "n1", "", "legal neg: kancelaria pyta o cenę", "Zapytanie",
"""Dzień dobry, jesteśmy kancelarią prawną z Krakowa. Czy plan Business obejmuje szyfrowanie załączników?
Kancelaria Radcy Prawnego J. Lis""")
    m(B, "pl", "n2", "", "legal neg: RODO access request", "Dostęp do danych",
"""Proszę o przesłanie kopii moich danych osobowych zgodnie z art. 15 RODO.""")
    m(B, "pl", "n3", "", "legal neg: nie chcemy iść do sądu", "Korekta",
"""Nie zamierzamy nigdzie się skarżyć, chcemy tylko korekty faktury.""")
    m(B, "pl", "n4", "", "abusive neg: swearing at situation", "Cholerny raport",
"""Ten cholerny raport znowu pokazuje złe sumy. Możecie sprawdzić?""")
    m(B, "pl", "n5", "", "abusive neg: zabiłbym za tryb ciemny", "Pomysł",
"""Zabiłbym za tryb ciemny w aplikacji :) Planujecie coś takiego?""")
    m(B, "pl", "n6", "", "ownership neg: owner adds user", "Nowy użytkownik",
"""Jestem właścicielem konta, dodałem nową księgową jako zwykłego użytkownika. Nie dostała zaproszenia, możecie wysłać ponownie?""")
    m(B, "pl", "n7", "", "ownership neg: kto prowadzi zgłoszenie", "Kto prowadzi?",
"""Kto teraz prowadzi moje zgłoszenie? Od tygodnia nie mam odpowiedzi.""")
    m(B, "pl", "n8", "", "outage neg: tylko u mnie", "Błąd przy wydruku",
"""Tylko u mnie wydruk faktury się nie generuje, koledzy drukują bez problemu.""")
    m(B, "pl", "n9", "", "outage neg: own ISP", "Płatność",
"""Nasz dostawca internetu miał awarię od piątku, dlatego płatność dopiero dziś.""")
    m(B, "pl", "n10", "", "outage neg: it's back", "Odp: Awaria?",
"""Już działa, dzięki za szybką reakcję.""")
    m(B, "pl", "n11", "", "outage neg: newsletter digest", "Podsumowanie listopada",
"""W listopadzie dostępność platformy wyniosła 99,95%. Jedna krótka przerwa 12.11 została usunięta w 20 minut. Nowości: raporty sprzedaży. Wypisz się tutaj.""")

    # ================= es abusive
    m(B, "es", "a1", "A", "insult: inútiles", "Incidencia 2209",
"""Sois unos inútiles de campeonato. Tres semanas para una factura y ninguno de vosotros, panda de ineptos, es capaz de arreglarla.""")
    m(B, "es", "a2", "A", "Mexican threat at agent", "Para el de ayer",
"""Oye tú, el que me colgó ayer: si te vuelvo a oír con ese tonito te voy a ir a buscar a la oficina y vas a ver lo que es bueno. Ya sé dónde trabajas.""")
    m(B, "es", "a3", "A", "obfuscated, Argentine, phone", "la p*ta madre",
"""son unos h*jos de p*ta todos, la c*gada de soporte que tienen, pelotudos

Enviado desde mi Galaxy""")
    m(B, "es", "a4", "A", "sarcasm dehumanising above quote", "RE: Su consulta",
"""Gracias por la cuarta respuesta automática. Supongo que en soporte tienen monos amaestrados pulsando botones al azar, porque otra explicación no hay. Qué vergüenza de personal.

> El 23 nov 2026, a las 13:44, Soporte escribió:
> Gracias por su paciencia, le responderemos en breve.""")
    # ================= es legal-threat
    m(B, "es", "l1", "L", "Spain: hoja de reclamaciones + abogado", "Reclamación",
"""Buenos días, si no me devuelven los 89 € cobrados después de la baja, pondré una reclamación en Consumo y el tema lo llevará mi abogado.
Un saludo, Lucía Ortega""")
    m(B, "es", "l2", "L", "Chile: SERNAC", "Cobro indebido",
"""Hola, me siguen cobrando después de cancelar. Voy a hacer el reclamo en el SERNAC hoy mismo si no me reembolsan.""")
    m(B, "es", "l3", "L", "Colombia: demanda formal", "Derecho de petición",
"""Señores, por medio de la presente les informo que de no recibir respuesta de fondo en 15 días hábiles, interpondré acción de tutela y denuncia ante la Superintendencia de Industria y Comercio.
Atentamente, Carlos Rincón""")
    m(B, "es", "l4", "L", "terse: nos vemos en los tribunales", "devolución",
"""nos vemos en los tribunales. ya está todo en manos de mi abogada""")
    # ================= es account-ownership
    m(B, "es", "w1", "W", "admin left, make me owner", "Cambio de administrador",
"""Hola, el anterior administrador de la cuenta se fue de la empresa y no contesta. ¿Me pueden poner a mí como propietario? Soy la gerente.
Gracias, Marta""")
    m(B, "es", "w2", "W", "transfer account to my email", "Pasar la cuenta a mi nombre",
"""Buenas, quiero que pasen la cuenta a mi correo, compré el negocio al antiguo dueño y él ya no se ocupa de nada.""")
    m(B, "es", "w3", "W", "CEO wants access to employee's mail", "Acceso urgente",
"""Soy el director general. Necesito acceso inmediato al buzón de Andrés Molina, que está de baja. Restablezcan su contraseña y mándenmela a mí, yo lo autorizo.""")
    m(B, "es", "w4", "W", "terse LatAm: denme admin", "admin",
"""porfa denme permisos de admin en la cuenta, mi jefe está de vacaciones y necesito agregar gente""")
    # ================= es outage
    m(B, "es", "o1", "O", "nadie puede entrar", "Caída",
"""Buenos días, nadie en la oficina puede entrar a la plataforma desde las 9, sale "Error 502 Bad Gateway". ¿Tienen una caída?""")
    m(B, "es", "o2", "O", "todas las tiendas TPV", "TPV",
"""Los TPV de todas nuestras tiendas no conectan con su sistema, no podemos cobrar. ¡Urgente!""")
    m(B, "es", "o3", "O", "follow-up: sigue caído", "RE: Plataforma caída",
"""Sigue caído para todos aquí. ¿Alguna novedad?

> El 24 nov 2026, Soporte escribió:
> Estamos revisando el problema.""")
    m(B, "es", "o4", "O", "Argentine: app no anda para nadie", "la app",
"""che, la app no anda para ninguno de los repartidores desde el mediodía, se queda cargando. ¿Qué pasa?""")
    # ================= es negatives
    m(B, "es", "n1", "", "legal neg: despacho de abogados pregunta", "Consulta licencias",
"""Hola, somos un despacho de abogados de 10 personas. ¿El plan Business incluye firma electrónica?
Bufete Lozano Abogados""")
    m(B, "es", "n2", "", "legal neg: RGPD acceso", "Derecho de acceso",
"""Solicito, conforme al artículo 15 del RGPD, una copia de mis datos personales.""")
    m(B, "es", "n3", "", "legal neg: AVISO LEGAL signature", "Cambio de tarjeta",
"""Hola, quiero cambiar la tarjeta de pago de la cuenta. ¿Cómo lo hago?

--
Laura Gil | Administración
AVISO LEGAL: Este mensaje es confidencial y puede contener información protegida por secreto profesional. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.""")
    m(B, "es", "n4", "", "abusive neg: swearing at situation", "Maldito informe",
"""El maldito informe vuelve a salir en blanco, joder. ¿Lo pueden mirar?""")
    m(B, "es", "n5", "", "abusive neg: mataría por", "Sugerencia",
"""Mataría por un modo oscuro en la app. ¿Está previsto?""")
    m(B, "es", "n6", "", "ownership neg: owner adds user", "Usuario nuevo",
"""Soy la titular de la cuenta y he añadido a mi ayudante como usuario normal. No le llega la invitación, ¿pueden reenviarla?""")
    m(B, "es", "n7", "", "ownership neg: responsable del ticket", "¿Quién lleva mi caso?",
"""¿Quién es el responsable de mi ticket ahora? No sé nada desde el jueves.""")
    m(B, "es", "n8", "", "outage neg: single user", "Error al guardar",
"""Solo a mí me sale error al guardar el presupuesto, mis compañeros pueden sin problema.""")
    m(B, "es", "n9", "", "outage neg: own internet", "Pago retrasado",
"""Se nos cayó la fibra de Movistar todo el fin de semana, por eso no pudimos pagar antes.""")
    m(B, "es", "n10", "", "outage neg: maintenance question", "Mantenimiento",
"""¿El mantenimiento del domingo afecta también a la app móvil?""")
    m(B, "es", "n11", "", "outage neg: it's back", "RE: Caída",
"""Ya funciona todo, mil gracias.""")
