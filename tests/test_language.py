"""Language detection: fastText's lite model when it is sure, lingua otherwise."""

from __future__ import annotations

import pytest

from gateway.policy.language import SUPPORTED, UNDETERMINED, _fast_guess, detect_language

SUPPORT_MAIL = {
    "en": "Hello, since this morning none of my colleagues can log in and the invoices page shows an error.",
    "de": "Seit heute Morgen kann sich keiner meiner Kollegen anmelden und die Rechnungsseite zeigt einen Fehler.",
    "da": "Hej, siden i morges har ingen af mine kolleger kunnet logge ind, og fakturasiden viser en fejl.",
    "ro": "De azi dimineață niciunul dintre colegii mei nu se poate autentifica, iar pagina de facturi arată o eroare.",
    "pl": "Dzień dobry, od rana żaden z moich kolegów nie może się zalogować, a strona z fakturami pokazuje błąd.",
    "es": "Desde esta mañana ninguno de mis compañeros puede iniciar sesión y la página de facturas muestra un error.",
    "fr": "Depuis ce matin aucun de mes collègues ne peut se connecter et la page des factures affiche une erreur.",
    "nl": "Hallo, sinds vanochtend kan geen van mijn collega's inloggen en de factuurpagina geeft een foutmelding.",
    "sv": "Hej, sedan i morse kan ingen av mina kollegor logga in och fakturasidan visar ett fel.",
    "it": "Da stamattina nessuno dei miei colleghi riesce ad accedere e la pagina delle fatture mostra un errore.",
    "pt": "Desde esta manhã nenhum dos meus colegas consegue iniciar sessão e a página das faturas mostra um erro.",
    "nb": "Hei, siden i morges har ingen av kollegene mine klart å logge inn, og fakturasiden viser en feilmelding.",
    "fi": "Hei, tästä aamusta lähtien kukaan kollegoistani ei ole päässyt kirjautumaan ja laskusivu näyttää virheen.",
}


def test_every_shipped_language_has_a_sample() -> None:
    assert set(SUPPORT_MAIL) == set(SUPPORTED)


@pytest.mark.parametrize("code", sorted(SUPPORT_MAIL))
def test_support_mail_in_each_language(code: str) -> None:
    assert detect_language(SUPPORT_MAIL[code]) == code


def test_shouted_mail_is_left_to_lingua() -> None:
    """fastText reads case: shouting leaves it unsure, and lingua, which folds case, decides."""
    shouted = "MIN KONTO HAR VÆRET SPÆRRET I TRE DAGE OG INGEN SVARER PÅ MINE MAILS"
    assert _fast_guess(shouted) is None
    assert detect_language(shouted) == "da"


def test_a_language_curveball_does_not_ship_is_never_reported() -> None:
    """Russian is fastText's confident answer; only a shipped language (or "und") may come out."""
    assert _fast_guess("Здравствуйте, с утра никто из моих коллег не может войти в систему.") is None
    assert detect_language("Здравствуйте, с утра никто из моих коллег не может войти в систему.") in {
        *SUPPORTED,
        UNDETERMINED,
    }


def test_too_little_text_is_undetermined() -> None:
    assert detect_language("Hi, ok, thx") == UNDETERMINED
