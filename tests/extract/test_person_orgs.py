"""The organisation of each person: split off the role as written, resolved to a party."""

from __future__ import annotations

import datetime as dt

from kerjasama.extract import PIPELINE, extract_article
from kerjasama.extract.person_orgs import resolve_person_org, role_org, same_body
from kerjasama.extract.pipeline import make_doc
from kerjasama.record import Party, Person
from kerjasama.sources.model import RawArticle

TODAY = dt.date(2026, 11, 24)


def test_the_organisation_is_split_off_the_role_as_written() -> None:
    assert role_org(["Kepala", "Kejaksaan", "Negeri"], "Binjai") == "Kejaksaan Negeri Binjai"
    assert role_org(["Kapolda"], "Lampung") == "Polda Lampung"
    assert role_org(["Direktur", "Utama"], "PDAM Tirta Sembada") == "PDAM Tirta Sembada"
    assert role_org(["Kapolres"], "Sleman AKBP") == "Polres Sleman"
    assert role_org(["Bupati"], None) is None


def test_a_body_in_its_own_right_is_kept_a_regional_unit_gives_the_region() -> None:
    regency = Party(name="Kabupaten Sleman", code="34.04", kind="regency", country="ID")
    prosecutor = Person(
        name="A",
        role="Kepala Kejaksaan Negeri",
        role_org="Kejaksaan Negeri Sleman",
        org="Kabupaten Sleman",
        org_code="34.04",
    )
    resolve_person_org(prosecutor, [regency], {})
    assert (prosecutor.org, prosecutor.org_code) == ("Kejaksaan Negeri Sleman", None)
    clerk = Person(name="B", role="Kepala Bagian Kerja Sama", role_org="Bagian Kerja Sama")
    resolve_person_org(clerk, [regency], {})
    assert (clerk.org, clerk.org_code) == ("Kabupaten Sleman", "34.04")
    rector = Person(name="C", role="Rektor", role_org="UNY")
    resolve_person_org(rector, [regency], {"UNY": "Universitas Negeri Yogyakarta"})
    assert rector.org == "Universitas Negeri Yogyakarta"
    president = Person(name="D", role="Presiden")
    resolve_person_org(president, [regency], {})
    assert president.org is None


def test_the_organisation_takes_the_partys_name_and_code() -> None:
    text = (
        "Pemerintah Kabupaten Sleman dan PT Tirta Sembada Lestari menandatangani nota "
        "kesepahaman kerja sama penyediaan air bersih di Sleman, Senin (3/3/2025). Naskah itu "
        "diteken Bupati Sleman Harda Kiswaya dan Direktur Utama PT Tirta Sembada Lestari Budi "
        "Pranowo. Hadir pula Kepala Bagian Kerja Sama Rina Wulandari."
    )
    rec = extract_article(text, today=TODAY)
    people = {p.name: p for p in rec.people}
    assert people["Harda Kiswaya"].role_org == "Sleman"
    assert (people["Harda Kiswaya"].org, people["Harda Kiswaya"].org_code) == (
        "Kabupaten Sleman",
        "34.04",
    )
    assert people["Budi Pranowo"].role_org == "PT Tirta Sembada Lestari"
    parties = {p.name for c in rec.cooperations for p in c.parties}
    assert people["Budi Pranowo"].org in parties
    assert people["Rina Wulandari"].org == "Kabupaten Sleman"


def test_names_of_one_body_match_as_parties_do() -> None:
    assert same_body("Pemerintah Kabupaten Sleman", "Kabupaten Sleman")
    assert same_body("DPRD Kabupaten Mukomuko", "DPRD Mukomuko")
    assert not same_body("Polda Lampung", "Provinsi Lampung")


def test_a_body_heads_region_code_is_not_given_to_the_cooperation_stage() -> None:
    """The parties read a region named after a title as a government acting when a person of
    the people stage carries its code: the head of a police force does not."""
    text = (
        "Dalam acara itu, Kepala Polda Bali Inspektur Jenderal Hadisantoso menyambut delegasi "
        "Australia. Bupati Badung I Wayan Adi juga hadir."
    )
    doc = make_doc(RawArticle(text=text), TODAY)
    for name, stage in PIPELINE:
        doc = stage(doc)
        if name == "people":
            break
    people = {p.name: p for p in doc.people}
    assert people["Hadisantoso"].org_code is None
    assert people["I Wayan Adi"].org_code == "51.03"
