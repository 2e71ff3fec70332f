"""The extractors on short texts, with the real spaCy pipeline (no RDF).

Every name here is invented for these tests. Each test reads one tiny article through
``extractors.pipeline.extract_records`` and asserts on the record by entity name. Cases the
extractor does not handle yet are marked ``xfail`` (not strict) with the reason, so they show up
as XPASS once it does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extractors.dates import find_dates
from extractors.entities import KIND_OF
from extractors.pipeline import extract_records
from extractors.records import Article, ArticleRecord, DateValue

# A Tuesday: "on Friday" in the past tense is 2024-03-08, in the future tense 2024-03-15.
ARTICLE_DATE = dt.date(2024, 3, 12)


def read(text: str, date: dt.date | None = ARTICLE_DATE, article_id: str = "t") -> ArticleRecord:
    [record] = extract_records([Article(article_id, text, date=date)])
    check_offsets(record)
    return record


def check_offsets(record: ArticleRecord) -> None:
    """Invariants of every record: evidence and mentions point into the article text."""
    text = record.article.text
    for item in [*record.relations, *record.events, *record.quotes]:
        ev = item.evidence
        assert text[ev.start:ev.end] == ev.sentence, item
        assert 0.0 <= ev.confidence <= 1.0, item
    for entity in record.entities.values():
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text, (entity.name, m)


def name(record: ArticleRecord, key: str) -> str:
    return record.entities[key].name


def entity_names(record: ArticleRecord) -> set[str]:
    return {e.name for e in record.entities.values()}


def entity_named(record: ArticleRecord, entity_name: str):
    """The one entity of the record with that name (a second one would be a duplicate node)."""
    [entity] = [e for e in record.entities.values() if e.name == entity_name]
    return entity


def type_of(record: ArticleRecord, entity_name: str) -> str:
    return entity_named(record, entity_name).type


def gender_of(record: ArticleRecord, entity_name: str) -> str | None:
    return entity_named(record, entity_name).gender


def facts(record: ArticleRecord, predicate: str | None = None) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name, ISO date or text) of the record's relations."""
    out = set()
    for r in record.relations:
        if predicate and r.predicate != predicate:
            continue
        if isinstance(r.object, DateValue):
            obj = r.object.iso
        elif isinstance(r.object, str):
            obj = name(record, r.object)
        else:  # a text literal, such as a genre
            obj = str(getattr(r.object, "text", r.object))
        out.add((name(record, r.subject), r.predicate, obj))
    return out


def roles(record: ArticleRecord) -> dict[tuple[str, str], str | None]:
    """(work, agent) -> role name, for byArtist relations."""
    return {(name(record, r.subject), name(record, r.object)): r.role
            for r in record.relations if r.predicate == "schema:byArtist"}


def events_of(record: ArticleRecord, event_type: str) -> list:
    return [e for e in record.events if event_type in e.types]


def participants(record: ArticleRecord, event) -> set[tuple[str, str]]:
    return {(prop, name(record, key)) for prop, key in event.participants}


def places_of_the_night(record: ArticleRecord, day: str) -> set[str]:
    """The places of the one event the record dates ``day``."""
    [night] = [ev for ev in record.events if ev.start_date and ev.start_date.iso == day]
    return set(night.locations)


def quotes(record: ArticleRecord) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker and name(record, q.speaker)) for q in record.quotes]


# ---------------------------------------------------------------- featured artists

def test_possessive_single_featuring_gives_both_artists():
    r = read('Mira Sol\'s new single "Glass Harbor" featuring Teo Vance is out now.')
    assert {("Glass Harbor", "Mira Sol"), ("Glass Harbor", "Teo Vance")} <= set(roles(r))
    assert roles(r)[("Glass Harbor", "Teo Vance")] == "featured artist"
    assert roles(r)[("Glass Harbor", "Mira Sol")] != "featured artist"


def test_featured_artist_has_the_featured_role():
    r = read('Mira Sol released her new single "Glass Harbor" featuring Teo Vance on Friday.')
    assert type_of(r, "Glass Harbor") == "schema:MusicRecording"
    assert roles(r).get(("Glass Harbor", "Teo Vance")) == "featured artist"
    assert ("Glass Harbor", "schema:byArtist", "Mira Sol") not in facts(r) or \
        roles(r)[("Glass Harbor", "Mira Sol")] != "featured artist"


# ---------------------------------------------------------------- films

def test_film_director_and_cast():
    r = read('The film "Winter Lantern" was directed by Park Ji-ho. The film stars Han So-ri and Kang Min-jae.')
    assert type_of(r, "Winter Lantern") == "schema:Movie"
    assert ("Winter Lantern", "schema:director", "Park Ji-ho") in facts(r)
    assert {("Winter Lantern", "schema:actor", "Han So-ri"), ("Winter Lantern", "schema:actor", "Kang Min-jae")} \
        <= facts(r, "schema:actor")
    assert ("Winter Lantern", "schema:actor", "Park Ji-ho") not in facts(r)


def test_film_director_and_cast_in_one_sentence():
    r = read('The film "Winter Lantern" was directed by Park Ji-ho and stars Han So-ri and Kang Min-jae.')
    assert ("Winter Lantern", "schema:director", "Park Ji-ho") in facts(r)
    assert facts(r, "schema:actor") == {("Winter Lantern", "schema:actor", "Han So-ri"),
                                        ("Winter Lantern", "schema:actor", "Kang Min-jae")}


def aliases_of(record: ArticleRecord, entity_name: str) -> set[str]:
    return entity_named(record, entity_name).aliases


# ---------------------------------------------------------------- encyclopedic film sentences

def test_title_that_opens_a_definition_is_the_film_with_its_other_titles():
    r = read('Paper Comets (Korean: Jong-i Hyeseong, literally "Comets of Paper") is a 2019 South Korean animated '
             'fantasy film written and directed by Yoon Da-rae.')
    assert type_of(r, "Paper Comets") == "schema:Movie"
    assert {("Paper Comets", "schema:director", "Yoon Da-rae"), ("Paper Comets", "schema:author", "Yoon Da-rae"),
            ("Paper Comets", "schema:datePublished", "2019")} <= facts(r)
    assert {"Jong-i Hyeseong", "Comets of Paper"} <= aliases_of(r, "Paper Comets")
    assert "Comets of Paper" not in entity_names(r)  # an other title, not a second work


@pytest.mark.parametrize("text, title", [
    ("Who Stole the Lanterns is a 1987 animated short directed by Mara Quill.", "Who Stole the Lanterns"),
    ("Lanterns at Dusk, also known as Dusk Lanterns, is a 2004 comedy directed by Mara Quill.", "Lanterns at Dusk"),
    ("Tin Harbor: The Last Ferry is a 1999 animated cartoon directed by Mara Quill.", "Tin Harbor: The Last Ferry"),
])
def test_whole_title_before_the_copula(text, title):
    r = read(text)
    assert type_of(r, title) == "schema:Movie"
    assert (title, "schema:director", "Mara Quill") in facts(r)


def test_korean_surname_im_is_no_contraction():
    r = read('Director Im Kang-hyeon\'s new film "Gray Lantern" opened in theaters on Friday.')
    assert ("Gray Lantern", "schema:director", "Im Kang-hyeon") in facts(r)


def test_a_film_director_is_a_person_not_a_film():
    r = read("Kim Hae-soo is a film director who made three features in Busan.")
    assert type_of(r, "Kim Hae-soo") == "schema:Person"


def test_fronted_cast_list_belongs_to_the_title_after_it():
    r = read("Starring Oren Vale, Tilde Osk and Ines Marr, Salt Meridian was directed by Emil Vass.")
    assert ("Salt Meridian", "schema:director", "Emil Vass") in facts(r)
    assert {("Salt Meridian", "schema:actor", n) for n in ("Oren Vale", "Tilde Osk", "Ines Marr")} <= facts(r, "schema:actor")


def test_cast_as_character():
    r = read("The Lantern Keeper is a 2021 drama film. It stars Oren Vale as Ines Marr and Tilde Osk as Emil Vass.")
    assert {("The Lantern Keeper", "schema:actor", "Oren Vale"), ("The Lantern Keeper", "schema:actor", "Tilde Osk")} \
        <= facts(r, "schema:actor")
    assert {("The Lantern Keeper", "schema:character", "Ines Marr"), ("The Lantern Keeper", "schema:character", "Emil Vass")} \
        <= facts(r, "schema:character")
    assert ("The Lantern Keeper", "schema:actor", "Ines Marr") not in facts(r)


def test_award_of_a_film_category_makes_the_winner_a_film():
    r = read("Night Ferry won the Academy Award for Best Animated Short Film in 2003.")
    assert type_of(r, "Night Ferry") == "schema:Movie"
    assert ("Night Ferry", "schema:award", "Academy Award for Best Animated Short Film") in facts(r)


def test_a_person_who_wins_an_acting_award_stays_a_person():
    r = read("Lee Sun-ah won the Baeksang Award for Best Actress for her role.")
    assert type_of(r, "Lee Sun-ah") == "schema:Person"


def test_a_novel_the_film_is_based_on_takes_no_film_credit():
    r = read("Glass Orchard is a 2015 drama film directed by Emil Vass, based on the novel The Quiet Fields by Hana Rell.")
    assert type_of(r, "The Quiet Fields") == "schema:Book"
    assert {("Glass Orchard", "schema:director", "Emil Vass"), ("Glass Orchard", "schema:isBasedOn", "The Quiet Fields"),
            ("The Quiet Fields", "schema:author", "Hana Rell")} <= facts(r)
    assert ("The Quiet Fields", "schema:director", "Emil Vass") not in facts(r)
    assert ("Glass Orchard", "schema:author", "Hana Rell") not in facts(r)


def test_film_music_is_music_by():
    r = read("The Lantern Keeper is a 2021 film directed by Oren Vale. Tilde Osk is the music composer for the film.")
    assert ("The Lantern Keeper", "newskg:scoreComposer", "Tilde Osk") in facts(r)


def test_language_of_a_film():
    r = read("Salt Meridian is a 2012 Spanish-language drama film directed by Emil Vass.")
    assert ("Salt Meridian", "schema:inLanguage", "Spanish") in facts(r)


# ---------------------------------------------------------------- music credits in prose

@pytest.mark.parametrize("text, genres", [
    ('The Harbor Lights song "Salt Line" is an example of the surf rock genre.', {"surf rock"}),
    ("The dream pop and shoegaze album Low Tide Radio was released by Cassia Fen.", {"dream pop", "shoegaze"}),
    ("Low Tide Radio is an album by Cassia Fen that falls under the genres of noise rock and post-punk.", {"noise rock", "post-punk"}),
])
def test_music_genres_in_prose(text, genres):
    r = read(text)
    work = "Salt Line" if "Salt Line" in text else "Low Tide Radio"
    assert {g for s, p, g in facts(r, "schema:genre") if s == work} == genres


@pytest.mark.parametrize("text, artist, genre", [
    ("Cassia Fen is a folk rock singer from Daegu.", "Cassia Fen", "folk rock"),
    ("Dream pop musician Cassia Fen toured Japan last year.", "Cassia Fen", "dream pop"),
    ("The musical genre of the band Harbor Lights is surf rock.", "Harbor Lights", "surf rock"),
])
def test_genre_of_an_artist(text, artist, genre):
    r = read(text)
    assert (artist, "schema:genre", genre) in facts(r)


def test_band_membership_in_prose_but_not_a_guest_spot():
    r = read("Oren Vale plays the bass for the band Harbor Lights. Cassia Fen sang with the band Harbor Lights at the "
             "festival.")
    assert ("Oren Vale", "schema:memberOf", "Harbor Lights") in facts(r)
    assert ("Cassia Fen", "schema:memberOf", "Harbor Lights") not in facts(r)


def test_label_that_released_a_work_and_producers_that_are_teams():
    r = read("Marrow Records released the single Copper Kite by Cassia Fen. The song was produced by the production "
             "team Northline.")
    assert ("Copper Kite", "schema:recordLabel", "Marrow Records") in facts(r)
    assert ("Copper Kite", "schema:producer", "Northline") in facts(r)


# ---------------------------------------------------------------- groups

@pytest.mark.parametrize("text", [
    "Fans cheered as VELVETINE's Ara took the stage in Seoul.",
    "VELVETINE's Ara will release a solo album next month.",   # at the start of a sentence too
])
def test_group_possessive_member(text):
    r = read(text)
    assert type_of(r, "Ara") == "schema:Person"
    assert type_of(r, "VELVETINE") == "schema:MusicGroup"
    assert ("Ara", "schema:memberOf", "VELVETINE") in facts(r)


def test_a_name_with_an_organisation_suffix_that_takes_a_plural_verb_is_a_group():
    r = read("Paper Lantern Radio are back. The quartet said their fourth album, Low Ceilings, will arrive on "
             "April 2 through Gullwing Records.")
    assert type_of(r, "Paper Lantern Radio") == "schema:MusicGroup"
    assert ("Low Ceilings", "schema:byArtist", "Paper Lantern Radio") in facts(r)
    assert ("Low Ceilings", "schema:datePublished", "2024-04-02") in facts(r)
    assert ("Low Ceilings", "schema:recordLabel", "Gullwing Records") in facts(r)


def test_the_record_is_not_an_album_named_in_a_relative_clause_and_shared_production_credit():
    r = read("Harbor Static released their album Salt Lines on Friday. Oren Vale, who also worked on the band's debut "
             "album Dry Dock, produced the record. He shares production credit on two tracks, \"Tin Gull\" and "
             "\"Low Water,\" with Mae Corran.")
    assert ("Salt Lines", "schema:producer", "Oren Vale") in facts(r)
    assert ("Dry Dock", "schema:producer", "Oren Vale") not in facts(r)
    for track in ("Tin Gull", "Low Water"):
        assert (track, "schema:producer", "Oren Vale") in facts(r)
        assert (track, "schema:producer", "Mae Corran") in facts(r)


def test_tracklist_line_with_a_featured_artist_and_a_numbered_single_of_the_group_in_focus():
    r = read("Harbor Static are back with a new album, Salt Lines. The news came with a second single, \"Tin Gull.\"\n\n"
             "The tracklist for Salt Lines is:\n\n1. \"Low Water\"\n2. \"Tin Gull\" (feat. Mae Corran)\n3. \"Dry Dock\"")
    assert ("Tin Gull", "schema:inAlbum", "Salt Lines") in facts(r)
    assert ("Tin Gull", "schema:byArtist", "Harbor Static") in facts(r)
    assert not any("feat" in n for n in entity_names(r))


@pytest.mark.parametrize("text, work, artist", [
    ("Tin Harbor is the debut studio album by English indie rock band The Coldwater Lanterns, released on 2 February "
     "2009 through Ashgrove Recordings.", "Tin Harbor", "The Coldwater Lanterns"),
    ("\"Glass Kite\" is the debut single of the South Korean boy group ORBELLE, released on 3 March 2019.",
     "Glass Kite", "ORBELLE"),
    ("Blue Lamps at Dusk is a 1961 studio album by American jazz saxophonist Elmer Thorne.", "Blue Lamps at Dusk",
     "Elmer Thorne"),
])
def test_a_work_by_an_artist_described_at_length(text, work, artist):
    r = read(text)
    assert any(s == work and o in (artist, artist.removeprefix("The ")) for s, p, o in facts(r, "schema:byArtist"))


def test_genres_a_work_blends_and_not_the_genre_of_its_band():
    r = read("\"Copper Moth\" blends synth-pop and Eurodance. Blending future bass and city pop, \"Neon Ferry\" was "
             "produced by Ilse Varga. \"Red Lantern\" is a song by Australian rock band The Quarry Gulls.")
    genres = facts(r, "schema:genre")
    assert {("Copper Moth", "schema:genre", "synth-pop"), ("Copper Moth", "schema:genre", "eurodance")} <= genres
    assert {("Neon Ferry", "schema:genre", "future bass"), ("Neon Ferry", "schema:genre", "city pop")} <= genres
    assert not any(s == "Red Lantern" for s, _, _ in genres)


def test_a_song_written_by_someone_is_their_music_and_words_unless_the_sentence_speaks_of_lyrics():
    r = read("\"Dust Psalm\" is a country song written by Amos Kell and Rita Vane. \"Paper Boats\" is the B-side. "
             "Its lyrics were written by Moa Lind.")
    for writer in ("Amos Kell", "Rita Vane"):
        assert ("Dust Psalm", "schema:composer", writer) in facts(r)
        assert ("Dust Psalm", "schema:lyricist", writer) in facts(r)
    assert not any(o == "Moa Lind" for _, _, o in facts(r, "schema:composer"))


def test_languages_a_song_is_recorded_or_sung_in():
    r = read("Harbor Lights is a 2010 album by the tenor Paolo Verri, recorded in Italian, English and Latin. "
             "\"Moon Gate\" is a Mandarin-language Mandopop song by Lia Chen. The song \"Orbit Glass\" was composed by "
             "Ellie Park, with Korean lyrics by Han Yu-ri.")
    langs = facts(r, "schema:inLanguage")
    assert {("Harbor Lights", "schema:inLanguage", x) for x in ("Italian", "English", "Latin")} <= langs
    assert ("Moon Gate", "schema:inLanguage", "Mandarin") in langs
    assert ("Orbit Glass", "schema:inLanguage", "Korean") in langs
    assert ("Moon Gate", "schema:genre", "mandopop") in facts(r, "schema:genre")


def test_a_work_that_includes_the_singles_is_an_album_with_those_tracks():
    r = read("Lowland Bells was produced by Ewan Roe in Galway and includes the singles \"Tin Compass\", "
             "\"Grey Pier\" and \"Ropeway\".")
    assert type_of(r, "Lowland Bells") == "schema:MusicAlbum"
    assert {(x, "schema:inAlbum", "Lowland Bells") for x in ("Tin Compass", "Grey Pier", "Ropeway")} <= facts(r)
    assert ("Lowland Bells", "schema:producer", "Ewan Roe") in facts(r)


def test_a_label_a_record_is_released_on_and_a_platform_that_is_no_label():
    r = read("Quay Lights is the third album by the band The Gull Choir, released in 2007 on Marram Label. "
             "Its single Tin Pier came out as a standalone release through Oakum Records. "
             "The album was released on Spotify on Friday.")
    assert ("Quay Lights", "schema:recordLabel", "Marram Label") in facts(r)
    assert ("Tin Pier", "schema:recordLabel", "Oakum Records") in facts(r)
    assert not any(o == "Spotify" for _, _, o in facts(r, "schema:recordLabel"))


@pytest.mark.parametrize("text, work, artist", [
    ("\"Iron Psalm\" is a song by rapper Lil Garnet featuring R&B singer Jola Mesh.", "Iron Psalm", "Jola Mesh"),
    ("\"Lattice Moth\" was produced by Jan Voll, and features vocals by Swedish singer Elin Hass.", "Lattice Moth", "Elin Hass"),
    ("\"Star Parade\" is a 2023 pop song performed by the boy group ORVANE.", "Star Parade", "ORVANE"),
    ("Glass Atlas is the second extended play by the girl group HEXAVIA.", "Glass Atlas", "HEXAVIA"),
])
def test_performers_and_guests_named_by_their_trade(text, work, artist):
    assert (work, "schema:byArtist", artist) in facts(read(text))


def test_a_film_adaptation_that_opens_a_definition_is_a_film():
    r = read("Marrow's Letters is a 1994 British film adaptation of the stage play Salt Hours.")
    assert type_of(r, "Marrow's Letters") == "schema:Movie"
    assert ("Marrow's Letters", "schema:datePublished", "1994") in facts(r)


def test_a_voice_cast_is_a_cast():
    r = read("Moss Harbor is a 2009 animated film that stars Ada Rook, with the voices of Pim Calder and Juno Marsh.")
    assert {("Moss Harbor", "schema:actor", x) for x in ("Ada Rook", "Pim Calder", "Juno Marsh")} <= facts(r)


def test_song_credits_fronted_listed_and_described():
    r = read("Produced by Swedish hitmakers Olle Varg and Pia Strand, the single \"Neon Harbor\" blends synth-pop and Eurodance. "
             "Written by Ines Ortega and Puerto Rican songwriter Tomas Ruiz, the reggaeton song \"Clay Heart\" was "
             "produced by Tico Blas. The music of \"Saffron Night\" was composed by Harj Vir and the lyrics were written "
             "by Sat Jhal, while the track was produced by Canadian producer Noor Sek. Dust Lane is a grime record, "
             "with production from Harlan Beats and Fen Mist.")
    f = facts(r)
    assert {("Neon Harbor", "schema:producer", x) for x in ("Olle Varg", "Pia Strand")} <= f
    assert {("Clay Heart", "schema:lyricist", x) for x in ("Ines Ortega", "Tomas Ruiz")} <= f
    assert ("Clay Heart", "schema:producer", "Tico Blas") in f
    assert ("Saffron Night", "schema:lyricist", "Sat Jhal") in f
    assert {("Dust Lane", "schema:producer", x) for x in ("Harlan Beats", "Fen Mist")} <= f
    assert "Puerto Rican" not in entity_names(r)


def test_titles_with_small_words_of_other_languages_and_no_title_from_a_fronted_participle():
    r = read("Lärm im Keller is a 1982 punk album by the band Die Blechdosen. Sung in Korean, the ballad "
             "\"Rain Walk\" was composed by Jeon Ha-il.")
    assert ("Lärm im Keller", "schema:byArtist", "Die Blechdosen") in facts(r)
    assert ("Rain Walk", "schema:inLanguage", "Korean") in facts(r)
    assert not {"Sung in Korean", "Korean"} & {e.name for e in r.entities.values() if e.type != "schema:Language"}


def test_the_city_before_label_is_no_label():
    r = read("\"Rain on Tin\" is a 1979 reggae single by the trio The Harbour Three, issued on the Kingston label Reedbank "
             "Records.")
    labels = facts(r, "schema:recordLabel")
    assert ("Rain on Tin", "schema:recordLabel", "Reedbank Records") in labels
    assert not any(o == "Kingston" for _, _, o in labels)


def test_singles_of_an_album_and_their_guests():
    r = read("\"Ferry Bell\", the second single from Blackpond Psalter, was written by Jed Crane and features guest vocals "
             "from the Memphis soul singer Betty Marl. Southside Atlas is the second album by rapper Jay Kingsley, and it "
             "features guest verses from Tam Ray and Bigg Orin. The album also holds the duet \"Typhoon Eight\", recorded with the Taiwanese singer "
             "Derek Chow.")
    f = facts(r)
    assert {("Ferry Bell", "schema:inAlbum", "Blackpond Psalter"), ("Ferry Bell", "schema:byArtist", "Betty Marl"),
            ("Ferry Bell", "schema:lyricist", "Jed Crane")} <= f
    assert not any(s == "Blackpond Psalter" for s, p, _ in f if p != "schema:datePublished")
    assert {("Southside Atlas", "schema:byArtist", x) for x in ("Jay Kingsley", "Tam Ray", "Bigg Orin")} <= f
    assert ("Typhoon Eight", "schema:byArtist", "Derek Chow") in f


def test_companies_that_produced_a_work_of_no_named_kind_and_the_work_stays_no_song():
    r = read("The Grey Lantern Movie was produced by Orchard Lane Films and Kessel Pictures. Salt Window is a 1942 drama "
             "film produced by the French film production company Lumen Films.")
    f = facts(r, "schema:productionCompany")
    assert {("The Grey Lantern Movie", "schema:productionCompany", x) for x in ("Orchard Lane Films", "Kessel Pictures")} <= f
    assert ("Salt Window", "schema:productionCompany", "Lumen Films") in f
    assert type_of(r, "The Grey Lantern Movie") != "schema:MusicRecording"


def test_a_description_with_no_work_noun_then_a_director_opens_a_film():
    r = read("Patient Parrot is a 1941 Harbor Studios Merry Tunes directed by Bob Clay, written by Wes Fost.")
    assert ("Patient Parrot", "schema:director", "Bob Clay") in facts(r)
    assert type_of(r, "Patient Parrot") == "schema:Movie"


def test_a_producer_of_the_record_who_also_helmed_an_earlier_album():
    r = read("Harbor Static announced their album Salt Lines. Oren Vale, who also helmed the band's 2022 debut album "
             "Dry Dock, produced the record.")
    assert ("Salt Lines", "schema:producer", "Oren Vale") in facts(r)
    assert ("Dry Dock", "schema:producer", "Oren Vale") in facts(r)


def test_a_debut_in_apposition_and_the_record_the_article_keeps_talking_about():
    r = read("Harbor Static are back with their new album, Salt Lines, out on May 3. The album follows their 2019 debut, "
             "Dry Dock. Salt Lines was recorded in Cork, and Salt Lines closes with a ballad.\n\nThe band first met Oren Vale on Dry Dock. "
             "Oren Vale produced the record.")
    assert type_of(r, "Dry Dock") == "schema:MusicAlbum"
    assert ("Dry Dock", "schema:datePublished", "2019") in facts(r)
    assert ("Salt Lines", "schema:producer", "Oren Vale") in facts(r)


def test_a_screenplay_credited_to_writers():
    r = read("The Salt King was directed by Rob Allen and has a screenplay credited to Irma Meck and Lina Wool.")
    assert {("The Salt King", "schema:author", x) for x in ("Irma Meck", "Lina Wool")} <= facts(r)


def test_a_city_after_a_venue_or_beside_a_known_city_is_a_city_whatever_the_model_says():
    r = read("The ninth Orchid Music Awards were held on Saturday at Orchid Arena in Incheon and streamed live on "
             "YouTube. \"I'm sorry I'm in Lyon and not in Incheon tonight,\" the singer said in a video.")
    assert type_of(r, "Incheon") == "schema:City"
    r = read("The awards wrapped up on Friday night at Orchid Arena in Incheon, and Vela left as the biggest winner.")
    assert type_of(r, "Incheon") == "schema:City"


def test_a_brand_spelled_with_an_inner_capital_is_a_name():
    r = read("The series airs on tvN and streams on iQIYI.")
    assert type_of(r, "tvN") == type_of(r, "iQIYI") == "schema:Organization"


def test_a_title_case_headline_names_only_what_the_body_repeats_and_a_renewed_show_is_a_series():
    r = read("'The Salt Meadow' Renewed for Season 3 at Hulu, Adds Two Series Regulars\n\n"
             "Hulu has renewed \"The Salt Meadow\" for a third season, the streamer announced Wednesday.")
    names = entity_names(r)
    assert not {"Renewed", "Adds Two Series Regulars", "Salt Meadow' Renewed"} & names
    assert type_of(r, "Salt Meadow") == "schema:TVSeries"


def test_a_lead_single_produced_by_collaborators_a_quoted_title_is_no_quote_and_a_tour_leg_that_begins_later():
    r = read("The lead single, \"Sal Marina,\" featuring rapper Dayo Fuen, arrived earlier this week. It was produced "
             "by longtime collaborators Nico Alme and Julio Perc. The European leg begins April 8 at the Lumen Arena in "
             "Paris.", date=dt.date(2027, 9, 10))
    assert {("Sal Marina", "schema:producer", x) for x in ("Nico Alme", "Julio Perc")} <= facts(r)
    assert not any(text.startswith("Sal Marina") for text, _ in quotes(r))
    leg = find_dates("The European leg begins April 8 at the Lumen Arena in Paris.", dt.date(2027, 9, 10))
    assert [d.value.iso for d in leg] == ["2028-04-08"]  # a present tense that schedules looks ahead


def test_a_voice_cast_of_names_the_model_calls_companies_and_a_manga_author():
    r = read("\"The Lantern Moth\" is an animated film adapted from Rin Tachiba's manga \"Moths of the Pale River.\" "
             "Aoi Minaze voices the girl, Tsubaki, and veteran actor Kenta Oribo voices the ferryman, Sojiro.")
    f = facts(r)
    assert {("The Lantern Moth", "schema:actor", "Aoi Minaze"), ("The Lantern Moth", "schema:character", "Tsubaki"),
            ("The Lantern Moth", "schema:actor", "Kenta Oribo"), ("The Lantern Moth", "schema:character", "Sojiro")} <= f
    assert ("Moths of the Pale River", "schema:author", "Rin Tachiba") in f
    assert type_of(r, "Aoi Minaze") == "schema:Person"


def test_award_categories_written_in_lower_case():
    r = read("Nela Varo took home album of the year for her album \"Alta Mar,\" beating three rivals. \"The Pear Orchard\" was named best drama "
             "series, and its star, Mira Lind, was awarded best actress in a drama.")
    f = facts(r, "schema:award")
    assert {("Nela Varo", "schema:award", "album of the year"), ("Alta Mar", "schema:award", "album of the year"),
            ("The Pear Orchard", "schema:award", "best drama series"),
            ("Mira Lind", "schema:award", "best actress in a drama")} <= f
    assert ("The Pear Orchard", "schema:award", "best actress in a drama") not in f


def test_a_surname_that_acts_as_a_person_folds_into_a_full_name_the_model_called_a_company():
    r = read("\"The Lantern Moth\" is an animated film. Aoi Minaze voices the girl, Tsubaki.\n\n"
             "\"I still cry at the last scene,\" Minaze said.")
    assert "Minaze" not in entity_names(r)
    assert quotes(r) == [("I still cry at the last scene,", "Aoi Minaze")]


def test_a_residency_and_a_single_show_are_concerts():
    r = read("Singer Vela Moor will play a six-night residency at the Blue Room in Chicago beginning Nov. 16, followed by "
             "a single show at the Lark Club in London on Dec. 4.", date=dt.date(2027, 11, 2))
    shows = sorted((e.start_date.iso, tuple(sorted(name(r, k) for k in e.locations))) for e in events_of(r, "schema:MusicEvent"))
    assert shows == [("2027-11-16", ("Blue Room", "Chicago")), ("2027-12-04", ("Lark Club", "London"))]


def test_group_appositive_member():
    r = read("Juno, a member of VELVETINE, appeared on a radio show on Monday.")
    assert type_of(r, "Juno") == "schema:Person"
    assert type_of(r, "VELVETINE") == "schema:MusicGroup"
    assert ("Juno", "schema:memberOf", "VELVETINE") in facts(r)


def test_coordinated_writers_share_the_verb_and_role_words_name_members():
    r = read("Girl group VELVETINE released its first album Night Bloom in May. Leader Ara and main vocalist Juno penned "
             "the lyrics for the album's title track Paper Moon.")
    assert {("Paper Moon", "schema:lyricist", "Ara"), ("Paper Moon", "schema:lyricist", "Juno")} <= facts(r, "schema:lyricist")
    assert ("Night Bloom", "schema:lyricist", "Juno") not in facts(r)
    assert {("Ara", "schema:memberOf", "VELVETINE"), ("Juno", "schema:memberOf", "VELVETINE")} <= facts(r, "schema:memberOf")


def test_credited_as_its_composer_and_credits_of_it():
    r = read('Her new single "Paper Moon" came out on Friday. Ara wrote the lyrics for "Paper Moon" with Juno, '
             'and Oren Vale is also credited as its composer. Teo Vance produced it.')
    assert ("Paper Moon", "schema:composer", "Oren Vale") in facts(r)
    assert ("Paper Moon", "schema:composer", "Juno") not in facts(r)
    assert ("Paper Moon", "schema:producer", "Teo Vance") in facts(r)


def test_its_is_the_group_for_albums_and_agencies():
    r = read("Boy group VELVETINE returned on May 8 with Night Bloom, its third mini album. Its agency, Moonrise "
             "Entertainment, said the record closes a trilogy.")
    assert {("Night Bloom", "schema:byArtist", "VELVETINE"), ("Night Bloom", "schema:datePublished", "2024-05-08"),
            ("VELVETINE", "schema:affiliation", "Moonrise Entertainment")} <= facts(r)


def test_an_act_described_by_its_agency():
    r = read("Girl group VELVETINE is back. On Friday, the Moonrise Entertainment act released its second EP Night Bloom.")
    assert ("VELVETINE", "schema:affiliation", "Moonrise Entertainment") in facts(r)


def test_a_role_in_a_platform_series():
    r = read("Kang Tae-oh rose to fame playing a night-shift nurse in the Netflix series Ward Seven.")
    assert type_of(r, "Ward Seven") == "schema:TVSeries"
    assert ("Ward Seven", "schema:actor", "Kang Tae-oh") in facts(r)


# ---------------------------------------------------------------- dates

def test_release_date_resolved_against_the_article_date():
    r = read('Singer Mira Sol released her new single "Paper Tide" on Friday.')
    assert ("Paper Tide", "schema:datePublished", "2024-03-08") in facts(r)
    future = read('Mira Sol will release her single "Night Swim" on Friday.')
    assert ("Night Swim", "schema:datePublished", "2024-03-15") in facts(future)


def test_no_date_is_invented_without_an_article_date():
    r = read('Singer Mira Sol released her new single "Paper Tide" on Friday.', date=None)
    assert facts(r, "schema:datePublished") == set()


# ---------------------------------------------------------------- events

def test_future_tour_with_date_and_cities():
    r = read("Mira Sol will embark on her Tidewater Tour on May 4, with stops in Seoul, Tokyo and Bangkok.")
    [tour] = events_of(r, "newskg:ConcertTour")
    assert tour.status == "future"
    assert tour.start_date == DateValue("2024-05-04")
    assert ("schema:performer", "Mira Sol") in participants(r, tour)
    assert {name(r, k) for k in tour.locations} == {"Seoul", "Tokyo", "Bangkok"}
    assert all(type_of(r, city) == "schema:City" for city in ("Seoul", "Tokyo", "Bangkok"))


def test_schedule_lines_give_a_stop_per_city_and_venue():
    r = read("Girl group VELVETINE will set off on its first world tour, Night Tide, in May.\n\nThe schedule:\n\n"
             "May 2 - Mexico City, Arena CDMX\nMay 9 - Toronto, Scotiabank Arena\n")
    stops = events_of(r, "newskg:TourStop")
    assert {(e.start_date.iso, tuple(sorted(name(r, k) for k in e.locations))) for e in stops} == {
        ("2024-05-02", ("Arena CDMX", "Mexico City")), ("2024-05-09", ("Scotiabank Arena", "Toronto"))}
    assert type_of(r, "Mexico City") == "schema:City" and type_of(r, "Toronto") == "schema:City"


def test_tour_stops_at_venues_told_with_their_city():
    # "CITY's VENUE" is a venue in a city, no group member; "play X in CITY on DATE and Y in CITY on DATE" are two stops
    r = read("Indie trio Cinder Vale are back. The band will support the album on The Lowlight Tour, which kicks off May 4 "
             "at Manchester's Ashgrove Ballroom. The trio then play Marrow Yard in Chicago on May 20 and The Quill in "
             "Portland on May 24.")
    stops = events_of(r, "newskg:TourStop")
    assert {(e.start_date.iso, tuple(sorted(name(r, k) for k in e.locations))) for e in stops} == {
        ("2024-05-04", ("Ashgrove Ballroom", "Manchester")), ("2024-05-20", ("Chicago", "Marrow Yard")),
        ("2024-05-24", ("Portland", "Quill"))}
    assert all(participants(r, e) == {("schema:performer", "Cinder Vale")} for e in stops)
    assert type_of(r, "Manchester") == "schema:City"
    assert {type_of(r, v) for v in ("Ashgrove Ballroom", "Marrow Yard", "Quill")} == {"schema:EventVenue"}
    assert facts(r, "schema:memberOf") == set()


def test_a_city_before_a_role_noun_is_no_tour_stop():
    # "Denver rapper X" says where X is from; "share X collaboration and tour dates": X made a song, the band tours
    r = read("Cinder Vale announce new album, share Juno Pike collaboration and tour dates\n\n"
             "The news came with a new single, a collaboration with Denver rapper Juno Pike that was released Friday (March 8). "
             "Cinder Vale will support the album on The Lowlight Tour, which kicks off May 20 at the Marrow Ballroom in Chicago.")
    [tour] = events_of(r, "newskg:ConcertTour")
    assert participants(r, tour) == {("schema:performer", "Cinder Vale")}
    assert tour.status == "future"  # the headline's present tense says less than its stops' days
    [stop] = events_of(r, "newskg:TourStop")
    assert {name(r, k) for k in stop.locations} == {"Marrow Ballroom", "Chicago"}


def test_an_event_that_only_dates_another_is_no_event():
    # "Before enlisting, X met fans at a fan meeting": the fan meeting is told, the enlistment only dates it
    r = read("Before enlisting, actor Ryu Dae-han said goodbye to fans at a farewell fan meeting on May 29 at the Harbor "
             "Peace Palace in Seoul. The actor enlisted on June 7 with no farewell ceremony at the gate.\n\n"
             "Ahead of the premiere, director Oh Min-jae will attend a press conference on April 1 at the Lindqvist Hotel "
             "in Hanul District, Seoul.")
    [meeting] = events_of(r, "schema:MusicEvent")
    assert meeting.start_date == DateValue("2024-05-29")
    assert {name(r, k) for k in meeting.locations} == {"Harbor Peace Palace", "Seoul"}
    assert [e.start_date.iso for e in events_of(r, "newskg:Enlistment")] == ["2024-06-07"]
    assert events_of(r, "newskg:AwardCeremony") == [] and events_of(r, "newskg:Premiere") == []
    [press] = events_of(r, "schema:Event")
    assert {name(r, k) for k in press.locations} == {"Lindqvist Hotel", "Hanul District", "Seoul"}
    assert type_of(r, "Lindqvist Hotel") == "schema:EventVenue"


def test_a_media_showcase_is_one_music_event():
    r = read("At a media showcase on Tuesday at the Marrow Ballroom in Seoul, girl group VELOURA performed the title track live.")
    assert [(e.types, e.start_date.iso) for e in r.events] == [(["schema:MusicEvent"], "2024-03-12")]


def test_the_members_on_stage_are_their_group_performing():
    r = read("Girl group VELOURA released its new EP on Monday. Its lyrics were written by member Haneul. "
             "At a showcase on Tuesday at the Marrow Ballroom in Seoul, the four members — Haneul, Bomi, Ara and Yuri — "
             "performed the title track live.")
    [show] = events_of(r, "schema:MusicEvent")
    assert ("schema:performer", "VELOURA") in participants(r, show)


def test_the_band_after_a_long_tracklist_is_the_articles_one_group():
    tracks = "".join(f'{n}. "{title}"\n' for n, title in enumerate(
        ["Low Lantern", "Paper Reef", "Grey Harbour", "Salt Choir", "Night Ferry", "Iron Gulls", "Still Water", "Kelp Road"], 1))
    r = read("Indie band Velvet Orchard shared the tracklist for their new album, Tin Weather.\n\n" + tracks +
             "\nThe band will support the album on The Orchard Tour, which kicks off May 4 at the Marrow Ballroom in Chicago.")
    [tour] = events_of(r, "newskg:ConcertTour")
    assert participants(r, tour) == {("schema:performer", "Velvet Orchard")}
    [stop] = events_of(r, "newskg:TourStop")
    assert stop.start_date == DateValue("2024-05-04") and participants(r, stop) == {("schema:performer", "Velvet Orchard")}


def test_a_name_before_coast_is_a_place():
    r = read("The songs took shape in a caravan on the Pembroke coast.")
    assert type_of(r, "Pembroke") == "schema:Place"


def test_the_leads_at_a_press_conference_are_the_cast_of_the_show():
    r = read('The upcoming drama "Lantern Alley" will premiere on April 3. Singer Ha Jun-seo will play Kim Do-ri, a '
             "night-shift nurse. Ahead of the premiere, the two leads will attend a press conference on April 1 at the "
             "Lindqvist Hotel in Seoul.")
    [press] = events_of(r, "schema:Event")
    assert {("schema:attendee", "Ha Jun-seo"), ("schema:workFeatured", "Lantern Alley")} <= participants(r, press)


def test_a_tour_opening_at_a_venue_and_concerts_at_venues_are_stops():
    # "The tour will open ... at X": its first stop; a day of ticket sales is no stop; "concerts at A on D1 and at the B
    # on D2": two stops, not a concert beside them
    r = read("Boy group NOVALUX will embark on their first Asia tour in September. The tour will open with two nights at "
             "the Corvid Arena in Daejeon on September 4 and 5. Tickets for the Daejeon shows go on sale through a ticket "
             "site on August 1. The final leg will take the group to Europe, with concerts at the Wren Hall in Prague on "
             "October 9 and at the Heron Dome in Zurich on October 16.")
    stops = events_of(r, "newskg:TourStop")
    assert {(e.start_date.iso, tuple(sorted(name(r, k) for k in e.locations))) for e in stops} == {
        ("2024-09-04", ("Corvid Arena", "Daejeon")), ("2024-10-09", ("Prague", "Wren Hall")),
        ("2024-10-16", ("Heron Dome", "Zurich"))}
    assert events_of(r, "schema:MusicEvent") == []


def test_a_ceremony_told_with_its_day_and_place_takes_its_people_from_the_next_mention():
    r = read("The prizes were handed out at a closing ceremony held Saturday night (March 9) at the Auditorium Elsa Marek "
             "in Dublin. Director Ines Volkova, who accepted the award, thanked the jury. "
             "The film \"Glass Harbor\" world-premiered on March 5 at the Marlowe Rialto cinema in central Dublin.")
    [ceremony] = events_of(r, "newskg:AwardCeremony")
    assert ceremony.start_date == DateValue("2024-03-09")
    assert {name(r, k) for k in ceremony.locations} == {"Auditorium Elsa Marek", "Dublin"}
    assert ("schema:attendee", "Ines Volkova") in participants(r, ceremony)
    assert type_of(r, "Marlowe Rialto") == "schema:EventVenue"
    [premiere] = events_of(r, "newskg:Premiere")
    assert {name(r, k) for k in premiere.locations} == {"Marlowe Rialto", "Dublin"}  # "the X cinema": X is no person


def test_who_speaks_of_the_day_the_article_reports_was_there():
    r = read("Old tapes find a shelf: Haldacre gives her archive to the Quarry Lane Library in Tralee\n\n"
             "On Saturday the folk singer Merrin Haldacre handed her archive of field recordings to the Quarry Lane Library in "
             "Tralee, in front of about sixty neighbours.\n\n"
             "\"I taped every kitchen that would have me,\" Haldacre said.\n\n"
             "Her nephew, Fionnan Ruddle, carried in the last box. \"It weighed more than I did,\" he said.\n\n"
             "The library's director, Delphy Corcoran, said the tapes would be copied within two years.\n\n"
             "Her old producer, Ansel Prewitt, said in a statement that the collection was \"a national treasure.\"\n\n"
             "\"She never once threw a tape away,\" said Sabeth Keel, who spoke by phone from Galway.\n")
    [handover] = [e for e in r.events if e.start_date == DateValue("2024-03-09")]
    people = {who for prop, who in participants(r, handover) if prop == "schema:attendee"}
    # (quoted there, or reported in the past tense, looking ahead or not)
    assert {"Merrin Haldacre", "Fionnan Ruddle", "Delphy Corcoran"} <= people
    # (a statement, a call from another town: words sent from elsewhere)
    assert not {"Ansel Prewitt", "Sabeth Keel"} & people
    assert ("Sabeth Keel" in {s for _, s in quotes(r)}) and ("Ansel Prewitt" in {s for _, s in quotes(r)})


def test_the_first_and_the_second_fan_meeting_are_two_events_and_no_showcase():
    # unnamed events in different places are different events, whatever their day
    r = read("Girl group LUMIVEIL will hold a debut showcase at the Kestrel Hall in Daejeon. The group will then meet fans "
             "at two fan meetings: the first on May 18 at the Wren Arena in Zurich, and the second on May 25 at the Heron "
             "Dome in Prague.")
    shows = events_of(r, "schema:MusicEvent")
    assert {(e.start_date.iso if e.start_date else None, tuple(sorted(name(r, k) for k in e.locations))) for e in shows} == {
        (None, ("Daejeon", "Kestrel Hall")), ("2024-05-18", ("Wren Arena", "Zurich")), ("2024-05-25", ("Heron Dome", "Prague"))}


def test_a_premiere_announced_at_a_press_conference_is_the_press_event():
    # the places and the past weekday belong to the press conference; "will premiere next month" is a release
    r = read('The upcoming series "Copper Lane" will premiere next month, its director and three leads said at a press '
             "conference on Monday at the Lindqvist Hotel in Hanul District, Seoul.")
    assert events_of(r, "newskg:Premiere") == []
    [press] = events_of(r, "schema:Event")
    assert press.start_date == DateValue("2024-03-11")
    assert {name(r, k) for k in press.locations} == {"Lindqvist Hotel", "Hanul District", "Seoul"}
    assert ("schema:workFeatured", "Copper Lane") in participants(r, press)


def test_the_ceremony_was_held_at_places_the_ceremony_named_before():
    r = read("Singer Mara Quell took home Best New Artist at the 2024 Velvet Tide Music Awards on Saturday. "
             "The ceremony was held at the Corvid Arena in Daejeon.")
    [ceremony] = events_of(r, "newskg:AwardCeremony")
    assert ("schema:attendee", "Mara Quell") in participants(r, ceremony)
    assert {name(r, k) for k in ceremony.locations} == {"Corvid Arena", "Daejeon"}


def test_a_venue_for_the_arts_is_one_name_and_stateside_is_no_name():
    r = read("Girl group LUMIVEIL will hold a fan concert on June 26 at the Corvid Hall for the Performing Arts in Daejeon, "
             "before flying out for two Stateside shows.")
    assert type_of(r, "Corvid Hall for the Performing Arts") == "schema:EventVenue"
    assert "Stateside" not in entity_names(r) and "Performing Arts" not in entity_names(r)


def test_a_numbered_training_center_is_a_venue_where_service_begins():
    r = read("Actor Ryu Dae-han began his military service on Monday, entering the 26th Infantry Training Center in Daejeon, "
             "South Chungcheong Province, for five weeks of basic training.")
    [service] = events_of(r, "newskg:MilitaryService")
    assert "26th Infantry Training Center" in {name(r, k) for k in service.locations}
    assert type_of(r, "26th Infantry Training Center") == "schema:EventVenue"


def test_a_university_that_owns_the_hall_is_a_place_of_the_event_too():
    r = read("Actor Ryu Dae-han met around 2,000 fans at a fan meeting on May 29 at Hanbit University's Grand Peace Hall in "
             "Seoul.")
    [meeting] = events_of(r, "schema:MusicEvent")
    assert {name(r, k) for k in meeting.locations} == {"Hanbit University", "Grand Peace Hall", "Seoul"}
    assert facts(r, "schema:memberOf") == set()


def test_the_training_center_entered_for_basic_training_places_the_enlistment():
    r = read("Singer Tae Wooram enlisted on Monday, becoming the first member of the group to enlist. The singer entered "
             "the Hwarang Army Training Center in Daejeon for five weeks of basic training.")
    [enlistment] = events_of(r, "newskg:Enlistment")
    assert enlistment.start_date == DateValue("2024-03-11")
    assert {name(r, k) for k in enlistment.locations} == {"Hwarang Army Training Center", "Daejeon"}


def test_music_show_win_and_fan_meetings_parted_by_then():
    r = read("Girl group VELVETINE took home its first music show trophy on Sunday, winning first place with Night Bloom. "
             "VELVETINE will meet fans at Olympic Hall in Seoul on April 15, then travel to Taipei for a second fan meeting at "
             "the Zepp New Taipei on April 29.")
    shows = [e for e in events_of(r, "schema:MusicEvent") if ("schema:performer", "VELVETINE") in participants(r, e)]
    assert {(e.start_date.iso if e.start_date else None) for e in shows} >= {"2024-03-10", "2024-04-15", "2024-04-29"}
    [seoul] = [e for e in shows if e.start_date == DateValue("2024-04-15")]
    assert {name(r, k) for k in seoul.locations} == {"Olympic Hall", "Seoul"}


def test_enlistment_event():
    r = read("Kang Doyun of VELVETINE enlisted in the military on March 4.")
    [enlistment] = events_of(r, "newskg:Enlistment")
    assert participants(r, enlistment) == {("schema:attendee", "Kang Doyun")}
    assert enlistment.start_date == DateValue("2024-03-04")
    assert enlistment.status == "past"


def test_service_and_enlistment_of_one_person_are_one_event():
    r = read("Actor Teo Vance will begin his mandatory military service next month. "
             "He will enlist as an active-duty soldier on April 2 at a training center in Nonsan.")
    assert events_of(r, "newskg:MilitaryService") == []
    [enlistment] = events_of(r, "newskg:Enlistment")
    assert participants(r, enlistment) == {("schema:attendee", "Teo Vance")}
    assert enlistment.start_date == DateValue("2024-04-02")


def test_the_premiere_later_is_the_premiere_named_before():
    r = read('Director Teo Vance\'s film "Salt Lantern" will have its world premiere at the festival in Geneva this year. '
             "Mira Sol and Jun Seo will attend the premiere screening and walk the red carpet.")
    [premiere] = events_of(r, "newskg:Premiere")
    assert {"Salt Lantern", "Mira Sol"} <= {k for _, k in participants(r, premiere)}


def test_weekday_before_a_past_verb_is_past_though_the_sentence_says_will():
    r = read("On Sunday, the members of VELVETINE went live on their channel, and the agency announced during the stream "
             "that the group will hold its first fan meetings this summer.")
    [live] = events_of(r, "schema:MusicEvent")
    assert live.start_date == DateValue("2024-03-10")


# ---------------------------------------------------------------- quotations

def test_quote_x_said_comma():
    r = read('Mira Sol said, "I wanted this song to feel like a long walk home."')
    assert quotes(r) == [("I wanted this song to feel like a long walk home.", "Mira Sol")]


def test_quote_after_said_colon_paragraph():
    r = read('Teo Vance met reporters after the premiere. In a statement, he said:\n\n'
             '"We are grateful to every fan who waited for us this long."')
    assert quotes(r) == [("We are grateful to every fan who waited for us this long.", "Teo Vance")]


def test_quote_after_named_said_colon_paragraph():
    r = read('Speaking to reporters after the show, Teo Vance said:\n\n'
             '"We are grateful to every fan who waited for us this long."')
    assert type_of(r, "Teo Vance") == "schema:Person"
    assert quotes(r) == [("We are grateful to every fan who waited for us this long.", "Teo Vance")]


def test_her_agency_named_in_apposition_is_the_speaker():
    r = read("Singer Lio Ban thanked her fans after the concert. Her agency, Redkite Entertainment, said, "
             '"Lio Ban has been preparing for this tour for more than a year."')
    assert quotes(r) == [("Lio Ban has been preparing for this tour for more than a year.", "Redkite Entertainment")]


def test_quote_after_saying_is_the_subjects():
    r = read("Singer Jun Arlo enlisted on Monday. Brightwell Entertainment asked fans to refrain from gathering outside the training center, "
             "saying, \u201cWe ask for your understanding so that Jun Arlo can begin his service quietly.\u201d")
    assert quotes(r) == [("We ask for your understanding so that Jun Arlo can begin his service quietly.",
                          "Brightwell Entertainment")]


def test_quote_with_a_dash_attribution_on_the_next_line():
    r = read("Singer Rhea Moss and producer Ivo Tarn spoke after the show. Ivo Tarn thanked the crew.\n\n"
             '"Every song I have ever finished, I finished after midnight. I think I am just braver then."\n'
             "\u2014 Rhea Moss")
    assert quotes(r) == [("Every song I have ever finished, I finished after midnight. I think I am just braver then.",
                          "Rhea Moss")]


def test_a_message_or_statement_before_a_colon_introduces_its_authors_words():
    r = read("Boy group VOLTA thanked fans for the win. Youngest member Rion left a shorter message under the letter: "
             '"Please bring umbrellas to the concerts. You will see why."')
    assert quotes(r) == [("Please bring umbrellas to the concerts. You will see why.", "Rion")]
    # the statement is the main clause subject's, not the "he" of a clause inside it
    r = read("Actor Dae Kwon was discharged on Tuesday. His agency, Fernhill Entertainment, released a statement shortly "
             'after he left the base that read:\n\n"Dae Kwon has returned safely after completing his service. '
             'We thank everyone who waited for him."')
    assert quotes(r) == [("Dae Kwon has returned safely after completing his service. We thank everyone who waited for him.",
                          "Fernhill Entertainment")]


def test_by_her_own_count_hands_the_quoted_words_to_the_subject():
    r = read('Singer Lia Wren spent most of the past three years, by her own count, "rewriting the same ten songs until '
             'they stopped lying to me."')
    assert quotes(r) == [("rewriting the same ten songs until they stopped lying to me.", "Lia Wren")]


def test_a_long_speech_clause_before_the_colon_and_a_lyric_after_it():
    r = read("Producer Nell Ardent, who produced the entire album, shared her side of the story in a behind-the-scenes "
             'clip on YouTube: "He rewrote the bridge eleven times. I stopped counting after that." A line from the song, '
             '"Let the sky say what I could not," has since become a favorite caption among fans.')
    assert quotes(r) == [("He rewrote the bridge eleven times. I stopped counting after that.", "Nell Ardent"),
                         ("Let the sky say what I could not,", None)]


def test_three_quoted_words_are_a_quote_only_when_someone_says_them():
    r = read("Producer Tor Weld founded Hollowpine Music this month. Tor Weld said in a statement that he wanted "
             'Hollowpine to stay "small on purpose." The new single is about "a quiet storm" of feelings.')
    assert quotes(r) == [("small on purpose.", "Tor Weld")]


# ---------------------------------------------------------------- coreference

def test_pronoun_skips_a_salient_person_of_the_other_gender():
    r = read("Teo Vance walked on stage with his band. Mira Sol waved to her fans. "
             "He will enlist in the army on Monday.")
    [enlistment] = events_of(r, "newskg:Enlistment")
    assert participants(r, enlistment) == {("schema:attendee", "Teo Vance")}
    assert enlistment.status == "future" and enlistment.start_date == DateValue("2024-03-18")


def test_pronoun_speaker_of_a_quote():
    r = read('Mira Sol waved to her fans. Teo Vance walked on stage with his band. '
             '"This night meant everything to me and my team," she said.')
    assert quotes(r) == [("This night meant everything to me and my team,", "Mira Sol")]


def test_pronoun_skips_a_name_inside_the_previous_quote():
    r = read('Teo Vance played Han Min-ho in the drama. Teo Vance left a letter for fans. "I will come back healthier," he wrote. '
             '"Please take good care of Min-ho for me until then." He is expected to be discharged in late 2025.')
    [discharge] = events_of(r, "newskg:Discharge")
    assert participants(r, discharge) == {("schema:attendee", "Teo Vance")}


def test_a_quoted_him_is_not_the_speaker_named_before():
    r = read("Producer Kai Rennet mixed the record. Dana Loom, reached by phone, said the song came together in one night. "
             '"I sent him the melody at midnight, and he sent back the lyrics by morning," she said.')
    assert quotes(r) == [("I sent him the melody at midnight, and he sent back the lyrics by morning,", "Dana Loom")]


def test_object_pronoun_is_not_the_subject_of_its_clause():
    r = read('Singer Mira Sol released her first album. The title track, "Paper Lantern," began as a melody that '
             "producer Teo Vance played for her on an old piano. He composed it in a single evening, she recalled.")
    assert ("Paper Lantern", "schema:composer", "Teo Vance") in facts(r)
    assert gender_of(r, "Teo Vance") != "f"


def test_her_closest_collaborator_says_nothing_of_the_collaborator():
    r = read("Singer Mira Sol thanked her fans. Producer Jun Seo has been her closest collaborator since her debut. "
             '"He knows when I am hiding," Mira Sol said.')
    assert gender_of(r, "Jun Seo") != "f"


def test_wrote_and_composed_it_credits_the_song_named_before():
    r = read('Two songs show other sides of the album "Glass Garden." "Small Rain" is entirely her own: '
             "Mira Sol wrote and composed it alone.")
    assert {("Small Rain", "schema:lyricist", "Mira Sol"), ("Small Rain", "schema:composer", "Mira Sol")} <= facts(r)


def test_company_after_a_closing_quote_is_an_organization():
    r = read('"He will enlist on June 2 in Nonsan, South Chungcheong Province," Brightmoor Entertainment said in a statement.')
    assert type_of(r, "Brightmoor Entertainment") == "schema:Organization"


def test_pronoun_prefers_the_person_known_to_match():
    # ("joined him" told the sentence before who "he" is: Mira Sol, of unknown gender, is not the one it carries on to)
    r = read("Teo Vance thanked his fans. Mira Sol joined him on stage. "
             "He enlisted in the army on Monday.")
    [enlistment] = events_of(r, "newskg:Enlistment")
    assert participants(r, enlistment) == {("schema:attendee", "Teo Vance")}


def test_streaming_service_is_an_organization_not_a_place():
    r = read("The eight-episode thriller will stream worldwide on Streamora the same night. "
             "Teo Vance is set to begin filming the Streamora series Low Harbor next year.")
    assert type_of(r, "Streamora") == "schema:Organization"


def test_song_of_a_music_show_win_and_ticket_seller():
    r = read('Girl group VELVETINE took home its first music show trophy on Sunday, winning first place on "Music Hour" '
             'with "Neon Orchard." Tickets for the fan meeting will go on sale on March 20 through Ticketlane.')
    assert type_of(r, "Neon Orchard") == "schema:MusicRecording"
    assert ("Neon Orchard", "schema:byArtist", "VELVETINE") in facts(r)
    assert type_of(r, "Ticketlane") == "schema:Organization"


def test_a_band_apposition_types_the_name_and_keeps_its_article():
    r = read("The album Cold Harbour was recorded by The Glass Lanterns, a folk band from Ohio.")
    assert type_of(r, "Glass Lanterns") == "schema:MusicGroup"
    band = entity_named(r, "Glass Lanterns")
    assert "The Glass Lanterns" in band.aliases
    assert ("Cold Harbour", "schema:byArtist", "Glass Lanterns") in facts(r)


def test_a_credit_goes_to_the_song_not_the_album_that_places_it():
    r = read("The song Paper Kites from the album Lowland Hymns was written by Ilse Marrow.")
    assert ("Paper Kites", "schema:lyricist", "Ilse Marrow") in facts(r)
    assert not any(s == "Lowland Hymns" for s, _, _ in facts(r, "schema:lyricist"))


def test_a_release_skips_the_work_of_an_aside():
    r = read("The album Salt Year, followed by Dune Choir's album Night Ferries, was released by Harrow Lane Records "
             "on 2009-03-14 and produced by Dune Choir.", date=None)
    assert ("Salt Year", "schema:datePublished", "2009-03-14") in facts(r)
    assert ("Salt Year", "schema:producer", "Dune Choir") in facts(r)
    assert not any(s == "Night Ferries" for s, _, _ in facts(r, "schema:datePublished"))


def test_both_the_artist_and_the_producer_credits_both_and_points_back_to_no_one():
    r = read("Marrow Kite is both the artist and the producer of the album Salt Lamps.", date=None)
    assert ("Salt Lamps", "schema:producer", "Marrow Kite") in facts(r)
    assert ("Salt Lamps", "schema:byArtist", "Marrow Kite") in facts(r)


def test_labels_listed_before_record_label_and_genre_before_music_genre():
    r = read("The song Ember Gate by Ostrava Nine is written in the reggae music genre, on Halcyon Records and "
             "Tidewell Music record label.", date=None)
    labels = {o for s, _, o in facts(r, "schema:recordLabel") if s == "Ember Gate"}
    assert labels == {"Halcyon Records", "Tidewell Music"}
    assert ("Ember Gate", "schema:genre", "reggae") in facts(r)


def test_a_story_with_a_setting_is_a_work_and_a_short_story_has_an_author():
    r = read("Dry Orchard is set in Lisbon and follows two sisters.", date=None)
    assert type_of(r, "Dry Orchard") != "schema:Person"
    assert ("Dry Orchard", "schema:contentLocation", "Lisbon") in facts(r)
    r = read("Harbor of Reeds is a 2012 drama film. It is a retelling of Amara Velt's 1911 short story \"The Glass Well\".",
             date=None)
    assert any(s == "Harbor of Reeds" and o.endswith("Glass Well") for s, _, o in facts(r, "schema:isBasedOn"))
    assert any(o == "Amara Velt" and s.endswith("Glass Well") for s, _, o in facts(r, "schema:author"))


def test_a_synopsis_names_characters_and_the_brackets_name_who_plays_them():
    r = read("Low Harbor is a 2025 drama series. The series follows detective Kang Mi-rae, who returns to her hometown. "
             "Cold Tide tells the story of Brann Oduya (Teodor Lisk), a ferry captain.", date=None)
    assert ("Low Harbor", "schema:character", "Kang Mi-rae") in facts(r)
    assert ("Cold Tide", "schema:character", "Brann Oduya") in facts(r)
    assert ("Cold Tide", "schema:actor", "Teodor Lisk") in facts(r)
    assert "Teodor Lisk" in entity_names(r)  # not an alias of the character


def test_genre_frames_that_name_the_genre_first_or_after_known_as():
    r = read("Drone folk and noise rock are the genres of the album Pale Engines. "
             "The album Glass Orchard is an example of the musical genre known as shoegaze.", date=None)
    assert {("Pale Engines", "schema:genre", "drone folk"), ("Pale Engines", "schema:genre", "noise rock"),
            ("Glass Orchard", "schema:genre", "shoegaze")} <= facts(r, "schema:genre")


def test_a_numbered_volume_is_also_named_in_figures_and_a_record_label_makes_it_music():
    r = read("The Attic Sessions Volume II: Winter was recorded under the Harrow Lane Records record label in Lisbon.", date=None)
    [work] = [e for e in r.entities.values() if e.name.startswith("Attic Sessions")]
    assert any("Volume 2" in a for a in work.aliases)
    assert (work.name, "schema:recordLabel", "Harrow Lane Records") in facts(r)
    assert (work.name, "schema:locationCreated", "Lisbon") in facts(r)


def test_a_name_that_stars_a_cast_list_is_a_work_whatever_the_model_thought():
    r = read("Marcus Kane 2 stars Orrin Blake, Kessa Moor, Dario Lenz, and Pia Holt, with Jon Avery returning as Cal Dorne.",
             date=None)
    cast = {o for s, _, o in facts(r, "schema:actor") if s == "Marcus Kane 2"}
    assert {"Orrin Blake", "Kessa Moor", "Dario Lenz", "Pia Holt", "Jon Avery"} <= cast


def test_director_credits_through_debuts_descriptions_and_birth_asides():
    r = read("Paper Lanterns is a 1969 comedy film, notable as the directorial debut of Lloyd Varne, a future studio head. "
             "Tin Harbor is a 1971 comedy film directed by then-film student Ada Prell and starring comedian Rick Moss. "
             "Director Ray Holm, born in 1974, is the writer of the film Blue Capers.", date=None)
    assert ("Paper Lanterns", "schema:director", "Lloyd Varne") in facts(r)
    assert ("Tin Harbor", "schema:director", "Ada Prell") in facts(r)
    assert ("Tin Harbor", "schema:director", "Rick Moss") not in facts(r)  # "starring comedian X" is no list of directors
    assert ("Blue Capers", "schema:author", "Ray Holm") in facts(r)


def test_a_drama_premiere_with_no_place_is_a_release_not_an_event():
    r = read("The drama Night Clerks premiered on Friday. The film Salt Orchard will hold a premiere screening at "
             "Megabox COEX in Seoul on March 20.")
    assert ("Night Clerks", "schema:datePublished", "2024-03-08") in facts(r)
    premieres = events_of(r, "newskg:Premiere")
    assert len(premieres) == 1 and premieres[0].start_date.iso == "2024-03-20"


def test_earlier_in_the_day_is_the_article_date():
    r = read('"We wanted it to feel small," director Ona Reyes said during a press conference held earlier in the day.')
    [press] = [e for e in r.events if e.kind == "press"]
    assert press.start_date.iso == ARTICLE_DATE.isoformat()


def test_a_tour_mentioned_in_passing_is_no_event():
    r = read('Asked about the lyrics, Mio said she had written them during the group\'s tour last autumn. '
             '"We kept one microphone stand empty at every concert," she said. '
             'Singer Jae Holt, who recorded the end-credits song, performed it live at the after-party.')
    assert not events_of(r, "newskg:ConcertTour")
    concerts = [e for e in r.events if e.kind == "concert"]
    assert len(concerts) == 1 and any(k for _, k in concerts[0].participants if name(r, k) == "Jae Holt")


def test_appears_as_the_role_name_gives_actor_and_character():
    r = read("Pale Orchard is a 2025 thriller film. Tae Gun-ho appears as the village head, Moon Dal-bong.", date=None)
    assert ("Pale Orchard", "schema:actor", "Tae Gun-ho") in facts(r)
    assert ("Pale Orchard", "schema:character", "Moon Dal-bong") in facts(r)


def test_cast_lines_with_an_aside_a_role_of_or_a_future_play_give_actor_and_character():
    r = read('The drama "Winter Lantern" premieres on May 2. Hwang Do-rim, returning to the screen after two years, stars as '
             'Baek Ha-na, a quiet florist. Seo Jin-mok takes on the role of Ryu Min-gu, a night-shift nurse. Lee Ae-ri will '
             'play Jo Na-bi, a cheerful apprentice with a secret of her own.')
    for actor, character in [("Hwang Do-rim", "Baek Ha-na"), ("Seo Jin-mok", "Ryu Min-gu"), ("Lee Ae-ri", "Jo Na-bi")]:
        assert ("Winter Lantern", "schema:actor", actor) in facts(r)
        assert ("Winter Lantern", "schema:character", character) in facts(r)
    assert type_of(r, "Jo Na-bi") == "schema:Person"  # "will play X" casts X; it is no play called X


def test_a_weekday_before_a_month_and_day_only_names_that_day():
    r = read('The drama "Winter Lantern" will premiere on Friday, May 7, at 9 p.m.')
    assert ("Winter Lantern", "schema:datePublished", "2024-05-07") in facts(r)
    assert not any(o.startswith("2024-03") for _, _, o in facts(r, "schema:datePublished"))


def test_a_studio_name_an_acronym_channel_and_a_co_star_aside_are_typed_by_their_cues():
    r = read("On Monday, KTVN announced the cast of its new show. KTVN's upcoming drama \"Paper Harbor\" stars Moon Ji-ae. "
             'The series is produced by Studio Marrow. Moon learned a lot from her co-star in the drama, Gil Hye-son, '
             'who once played a ferry pilot.')
    assert type_of(r, "KTVN") == "schema:Organization"
    assert type_of(r, "Studio Marrow") == "schema:Organization"
    assert type_of(r, "Gil Hye-son") == "schema:Person"
    assert ("Paper Harbor", "schema:productionCompany", "Studio Marrow") in facts(r)


def test_festival_report_credits_the_films_it_names():
    r = read("LISBON — Yeo Seul-bin was named Best Actress at the festival on Saturday for her role in Gong Tae-min's "
             '"Ash Garden," while "Copper Bay," from Danish director Ida Krogh, took the festival\'s top prize, the Silver Anchor.\n\n'
             '"Ash Garden," which world-premiered in the main competition, follows a retired lighthouse keeper (Yeo) who '
             "shelters a runaway boy (newcomer Ko Ji-ho) during a long storm.\n\n"
             'Gong, whose 2021 debut feature "Tin Lanterns" played in the sidebar, thanked the jury. '
             '"Ash Garden" was produced by Busan-based Gray Owl Pictures.')
    assert {("Ash Garden", "schema:actor", "Yeo Seul-bin"), ("Ash Garden", "schema:actor", "Ko Ji-ho"),
            ("Ash Garden", "schema:director", "Gong Tae-min"), ("Copper Bay", "schema:director", "Ida Krogh"),
            ("Copper Bay", "schema:award", "Silver Anchor"), ("Tin Lanterns", "schema:director", "Gong Tae-min"),
            ("Ash Garden", "schema:productionCompany", "Gray Owl Pictures")} <= facts(r)
    assert type_of(r, "Ash Garden") == type_of(r, "Copper Bay") == type_of(r, "Tin Lanterns") == "schema:Movie"


def test_an_actor_starring_in_or_seen_as_a_character_in_a_channels_drama():
    r = read("The role is a sharp turn for Yeo Seul-bin, who is currently starring in KTVN's romantic drama \"Paper Harbor.\" "
             "Ko Ji-ho, 31, spent the winter on screen as detective Baek Ra-on in KTVN's \"Glass Pier,\" which ended last month.")
    assert {("Paper Harbor", "schema:actor", "Yeo Seul-bin"), ("Glass Pier", "schema:actor", "Ko Ji-ho"),
            ("Glass Pier", "schema:character", "Baek Ra-on")} <= facts(r)


def test_the_singer_said_after_naming_someone_else_is_the_singer():
    r = read("Singer Lee Da-on starred in the drama \"Paper Harbor\" with her co-star, Moon Ji-ae. Lee said the shoot "
             "changed her, and Lee thanked her fans.\n\nAsked about Moon, the singer said:\n\n"
             '"On the first day, Ji-ae unnie told me to just listen to the other actor."')
    [quote] = [q for q in r.quotes if "first day" in q.text]
    assert quote.speaker and name(r, quote.speaker) == "Lee Da-on"


def test_a_drama_that_is_directed_and_premieres_stays_a_series():
    r = read("KTVN's \"Glass Pier\" confirms its premiere. KTVN's upcoming drama \"Glass Pier\" has locked in its cast. "
             "On May 1, KTVN announced that \"Glass Pier\" will premiere on Saturday. \"Glass Pier\" is directed by Park Do-yun.")
    assert type_of(r, "Glass Pier") == "schema:TVSeries"


def test_cast_after_a_dated_aside_a_previous_credit_and_a_possessive_role_description():
    r = read('The weekend drama "Glass Pier," which premiered on July 26, stars Moon Ji-ae and Ko Ji-ho as two strangers. '
             'The series is helmed by PD Park Do-yun, who previously directed the variety show "Snack Hour." '
             "Ko Ji-ho played a pharmacist, opposite actress Moon Ji-ae, who played the town's new doctor, Baek Ra-on. "
             "Lee Da-on takes the role of Seo Min-ha, a guard.")
    assert {("Glass Pier", "schema:actor", "Moon Ji-ae"), ("Glass Pier", "schema:actor", "Ko Ji-ho"),
            ("Snack Hour", "schema:director", "Park Do-yun"), ("Glass Pier", "schema:character", "Baek Ra-on"),
            ("Glass Pier", "schema:actor", "Lee Da-on"), ("Glass Pier", "schema:character", "Seo Min-ha")} <= facts(r)


def test_which_also_starred_lists_the_cast_of_the_work_in_focus():
    r = read("Ko, 29, spent the spring on screen as paramedic Baek Ra-on in KTVN's \"Glass Pier,\" which wrapped up its run "
             "last month. The drama, which also starred Moon Ji-ae and VESPERLY's Lee Da-on, premiered in April.")
    assert {("Glass Pier", "schema:actor", "Moon Ji-ae"), ("Glass Pier", "schema:actor", "Lee Da-on")} <= facts(r)


def test_starred_opposite_rounds_out_the_cast_and_a_screen_debut_as_a_character():
    r = read('The film "Salt Ledger" opens in May. Gu Tae-ri plays the keeper, while Noh Ye-seul makes her big-screen debut '
             "as Hong Ba-ram, his daughter. Veteran actor Tak Min-ho rounds out the main cast as a retired fisherman. "
             "In the film, Gu Tae-ri starred opposite Noh Ye-seul as the reclusive potter Seol Ha-jun.")
    assert {("Salt Ledger", "schema:actor", "Noh Ye-seul"), ("Salt Ledger", "schema:character", "Hong Ba-ram"),
            ("Salt Ledger", "schema:actor", "Tak Min-ho"), ("Salt Ledger", "schema:actor", "Gu Tae-ri"),
            ("Salt Ledger", "schema:character", "Seol Ha-jun")} <= facts(r)
    assert ("Salt Ledger", "schema:character", "Gu Tae-ri") not in facts(r)


def test_a_chain_of_parts_and_an_aside_about_the_role_before_plays():
    r = read('The heist film "Copper Night" opens on Friday. Korean actor Woo Sang-min, in his first English-language role, '
             "plays the chef, alongside Dara Quill as a detective and Tomas Brell as the getaway driver.")
    assert {("Copper Night", "schema:actor", "Woo Sang-min"), ("Copper Night", "schema:actor", "Dara Quill"),
            ("Copper Night", "schema:actor", "Tomas Brell")} <= facts(r)


def test_a_directors_known_for_aside_credits_that_work_and_the_script_stays_with_the_series():
    r = read('The drama "Quiet Orchard" premieres in May. The series is directed by Seok Ha-ram, known for the 2021 courtroom '
             "drama Red Ledger, from a script by Yoon Ga-eul.")
    assert ("Red Ledger", "schema:director", "Seok Ha-ram") in facts(r)
    assert ("Quiet Orchard", "schema:author", "Yoon Ga-eul") in facts(r)
    assert ("Red Ledger", "schema:author", "Yoon Ga-eul") not in facts(r)


def test_a_webtoon_by_an_author_with_a_which_clause_and_a_role_aside_before_is():
    r = read('The thriller "Pale Hollow" is based on the webtoon "The Well Behind the Mill" by Gye Ha-on, which was serialized '
             "online from 2018 to 2020. VESPERLY's Ryu Ah-rin, in her first film role, is Jin Bo-ra, a teenager who saw too much.")
    assert ("The Well Behind the Mill", "schema:author", "Gye Ha-on") in facts(r)
    assert {("Pale Hollow", "schema:actor", "Ryu Ah-rin"), ("Pale Hollow", "schema:character", "Jin Bo-ra")} <= facts(r)


def test_who_also_directed_the_video_for_a_song_directs_that_song():
    r = read('Girl group VESPERLY released the single "Paper Kite" in 2024. Singer Tae Ri-an released "Lime Tram" on Monday. '
             "The music video was directed by Moon Ha-rim, who previously shot the video for VESPERLY's single \"Paper Kite.\"")
    assert ("Paper Kite", "schema:director", "Moon Ha-rim") in facts(r)


def test_a_character_named_before_the_next_cast_member_is_no_actor():
    r = read('The film "Salt Ledger" opens in May. Gu Tae-ri stars as the ferryman Seol Ha-jun, and Tak Min-ho plays '
             "Hong Ba-ram, a young officer.")
    assert {("Salt Ledger", "schema:actor", "Gu Tae-ri"), ("Salt Ledger", "schema:actor", "Tak Min-ho"),
            ("Salt Ledger", "schema:character", "Seol Ha-jun")} <= facts(r)
    assert ("Salt Ledger", "schema:actor", "Seol Ha-jun") not in facts(r)


def test_the_members_composed_it_credits_each_member():
    r = read('Rock band Tin Owls is made up of vocalist Ara Min, guitarist Bo Seul, bassist Cha Yun and drummer Dae Ho. '
             'The band will release a new single, "Lantern Weather," next month. Ara Min wrote the lyrics, and the four '
             'members composed it together during soundchecks.')
    composers = {o for s, _, o in facts(r, "schema:composer") if s == "Lantern Weather"}
    assert composers == {"Ara Min", "Bo Seul", "Cha Yun", "Dae Ho"}


def test_award_winners_and_known_for_credit_the_music():
    r = read('Soloist Bae Ri-an was named the winner of Song of the Year for "Paper Comet," a piano ballad. '
             'Girl group VANTA received Best Dance Performance for "Laser Cloud." '
             'Oh Min-jun, who is best known for the 2021 ballad "Late Ferry," signed with Coldwell Music. '
             'Earlier parts of the soundtrack included "Salt Kite," sung by soloist Yoo Se-bin.')
    by = facts(r, "schema:byArtist")
    assert {("Paper Comet", "schema:byArtist", "Bae Ri-an"), ("Laser Cloud", "schema:byArtist", "VANTA"),
            ("Late Ferry", "schema:byArtist", "Oh Min-jun"), ("Salt Kite", "schema:byArtist", "Yoo Se-bin")} <= by


def test_an_aside_about_the_directors_other_show_keeps_its_own_credits():
    r = read('Night Clerks is a new drama series. The series is directed by PD Ahn Chul-woo, best known for directing '
             'the cooking show "Fire Pantry," and produced by Gridlock Pictures.', date=None)
    assert ("Fire Pantry", "schema:director", "Ahn Chul-woo") in facts(r)
    assert ("Night Clerks", "schema:director", "Ahn Chul-woo") in facts(r)
    assert ("Night Clerks", "schema:productionCompany", "Gridlock Pictures") in facts(r)
    assert ("Fire Pantry", "schema:productionCompany", "Gridlock Pictures") not in facts(r)


def test_awards_of_artists_and_of_a_work_after_an_aside():
    r = read('Singer Mirae took home Best Female Solo Artist at the Harbor Music Awards on Saturday. Boy group KESTREL '
             'also left with a trophy, winning Best Male Group, while "Night Bus," Mirae\'s duet with singer Ola Brandt, '
             'was named Collaboration of the Year. Park Ji-an was named Chief Creative Officer.')
    awards = facts(r, "schema:award")
    assert {("Mirae", "schema:award", "Best Female Solo Artist"), ("KESTREL", "schema:award", "Best Male Group"),
            ("Night Bus", "schema:award", "Collaboration of the Year")} <= awards
    assert not any(s == "Park Ji-an" for s, _, _ in awards)


def test_teamed_up_with_and_credited_to_name_both_performers_and_based_prefix_is_no_name():
    r = read('Singer Mirae has teamed up with British singer Ola Brandt for "Night Bus," a duet released last Friday. '
             'Brandt, who is signed to London-based Fernhill Records, wrote the second verse.')
    assert {("Night Bus", "schema:byArtist", "Mirae"), ("Night Bus", "schema:byArtist", "Ola Brandt")} <= facts(r)
    assert ("Ola Brandt", "schema:affiliation", "Fernhill Records") in facts(r)


def test_tracklist_credits_and_roles_told_in_passing():
    r = read('Fronting the album "Monsoon Days" is the title track "Tin Roof." Elsewhere on the tracklist, member Kail wrote '
             'the words for the ballad "Lamp Song," and Reon composed "Rain Diary." She composed the melody with American '
             'producer Cass Ito, who also produced the track.', date=None)
    tracks = {s for s, _, o in facts(r, "schema:inAlbum") if o == "Monsoon Days"}
    assert {"Lamp Song", "Rain Diary"} <= tracks
    r = read('Maeng, who directed the 2023 box office surprise "Dry Creek," joined the cast. '
             'Actor Seok Do-hwan will take the lead role in "Harbor of Small Lies," a crime thriller film.', date=None)
    assert ("Dry Creek", "schema:director", "Maeng") in facts(r)
    assert ("Harbor of Small Lies", "schema:actor", "Seok Do-hwan") in facts(r)


def test_she_said_after_a_quote_that_names_her_character_is_the_actress():
    r = read('Actress Yoon Da-rae said she read the webtoon in two days. "Mina Cho is clumsy and stubborn, and she is '
             'wrong a lot," she said.')
    [quote] = [q for q in r.quotes if "clumsy" in q.text]
    assert name(r, quote.speaker) == "Yoon Da-rae"


def test_a_capitalised_superlative_opening_a_sentence_is_no_name():
    r = read("VOLTA is a five-member boy group. Youngest member Rion left a shorter message under the letter.", date=None)
    assert "Youngest" not in entity_names(r)
    assert ("Rion", "schema:memberOf", "VOLTA") in facts(r)


def test_the_director_said_is_the_director_not_the_articles_main_person():
    r = read('Kim Seo-ah stars in the series, which is directed by Maeng Tae-ho. Kim said she loved the script. '
             'Kim Seo-ah also thanked her co-star. Maeng, who directed the film "Dry Creek," was drawn to the story. '
             '"The audience is locked in with the characters," the director said.')
    [quote] = [q for q in r.quotes if "locked in" in q.text]
    assert name(r, quote.speaker) == "Maeng Tae-ho"


def test_the_bassist_said_is_the_one_the_article_called_bassist():
    r = read("The indie trio Copper Wren, singer and guitarist Ada Finch, bassist Milo Strand and drummer Ren Holt, "
             "shared a new single with rapper Kip Vale. Kip Vale wrote his verse in Ohio. Strand added that Kip Vale "
             'recorded it in one take. "He walked in, listened twice, and nailed it before lunch," the bassist said.')
    assert [name(r, q.speaker) for q in r.quotes] == ["Milo Strand"]
    # "singer and guitarist X" gives both trades: X is still "the singer"
    r = read("Singer and guitarist Ada Finch met actor Bo Linden on set. Bo Linden starred in the video. Bo Linden "
             'praised the song. "We wrote the chorus in a rented cottage by the sea," the singer said.')
    assert [name(r, q.speaker) for q in r.quotes] == ["Ada Finch"]


def test_the_screenwriter_said_is_who_wrote_the_screenplay():
    r = read("Director Moss Kerrow adapted the novel. The screenplay was written by Tala Wren. Moss Kerrow cast the lead "
             'in May. "The book is narrated by a lighthouse, so we had to find a way to tell it without a voice-over," '
             "the screenwriter said.")
    assert [name(r, q.speaker) for q in r.quotes] == ["Tala Wren"]


def test_her_own_is_the_relative_clauses_subject():
    r = read("Bo Ren plays the officer opposite Mae Lark, who is cast as a harbour master with secrets of her own.")
    assert gender_of(r, "Bo Ren") != "f"


def test_numeric_dates_only_when_the_day_is_certain():
    r = read("The album Tin Lanterns was released on 10-16-2001. The single Brass Moth was released on 06-09-2006.", date=None)
    dates = facts(r, "schema:datePublished")
    assert ("Tin Lanterns", "schema:datePublished", "2001-10-16") in dates
    assert not any(s == "Brass Moth" for s, _, _ in dates)  # June 9 or 6 September: no guess


def test_role_words_are_not_part_of_names():
    r = read('Singer Mira Sol released her new single "Paper Tide" on Friday. Actor Teo Vance was there.')
    assert {"Mira Sol", "Teo Vance"} <= entity_names(r)
    assert not {"Singer Mira Sol", "Actor Teo Vance"} & entity_names(r)


# ---------------------------------------------------------------- page furniture and paragraphs

def test_furniture_only_article_yields_nothing():
    r = read("Expand Tweet\n\nSource: YouTube\n\nPhoto: Dana Wilde")
    assert (r.entities, r.relations, r.events, r.quotes) == ({}, [], [], [])


def test_furniture_lines_yield_no_entities_or_evidence():
    text = ('Singer Mira Sol released her single "Night Swim" on Monday.\n\nExpand Tweet\n\nSource: YouTube\n\n'
            "Photo: Dana Wilde\n\nCheck out the full video below!")
    r = read(text)
    first_paragraph_end = text.index("\n\n")
    assert r.paragraphs == [(0, first_paragraph_end)]
    assert not entity_names(r) & {"YouTube", "Dana Wilde"}
    assert ("Night Swim", "schema:datePublished", "2024-03-11") in facts(r)
    for item in [*r.relations, *r.events, *r.quotes]:
        assert item.evidence.end <= first_paragraph_end
    for entity in r.entities.values():
        assert all(m.end <= first_paragraph_end for m in entity.mentions), entity


def test_blank_line_is_a_hard_boundary():
    text = "The festival closed with a set by Mira\n\nSol Vance later thanked the crowd in Seoul."
    r = read(text)
    boundary = text.index("\n\n")
    assert "Mira Sol" not in entity_names(r) and "Mira Sol Vance" not in entity_names(r)
    assert not any("\n" in n for e in r.entities.values() for n in e.names)
    for entity in r.entities.values():
        for m in entity.mentions:
            assert m.end <= boundary or m.start >= boundary + 2, (entity.name, m)
    for item in [*r.relations, *r.events, *r.quotes]:
        ev = item.evidence
        assert ev.end <= boundary or ev.start >= boundary + 2, item


def test_dashed_lineup_names_members_and_one_member_names_one_person():
    r = read('Girl group Nuvela held a showcase for its new single "Paper Comet." At the showcase, the four members — Hana, Riel, Oksu and Jiwan — '
             'performed it live. Its lyrics were written by member Riel and lyricist Pak Do-yun.')
    members = {s for s, p, o in facts(r, "schema:memberOf") if o == "Nuvela"}
    assert members == {"Hana", "Riel", "Oksu", "Jiwan"}
    assert ("Paper Comet", "schema:lyricist", "Pak Do-yun") in facts(r)


def test_member_credits_go_to_the_track_each_member_wrote():
    r = read('Boy group Halvard topped "Count Up" with "Paper Lantern," the title track of its second EP. '
             'The EP, "Glass Orchard," was released on Monday at 6 p.m. through the group\'s agency, Tin Crane Entertainment. '
             'The seven-track record was produced by Baek Moon-ho. "Paper Lantern" was composed by the producer together with '
             'Danish songwriter Ulla Brandt. '
             'Leader Jaeon composed the closing track, "Cold Harbour," his first self-composed song to appear on a Halvard album, '
             'while Ryu penned the lyrics for the B-side "Tin Roof." The words to "Night Ferry" were written by Sael and Hwan.')
    f = facts(r)
    assert ("Paper Lantern", "schema:byArtist", "Halvard") in f
    assert ("Glass Orchard", "schema:recordLabel", "Tin Crane Entertainment") in f
    assert ("Glass Orchard", "schema:producer", "Baek Moon-ho") in f
    assert ("Paper Lantern", "schema:producer", "Baek Moon-ho") not in f
    assert ("Paper Lantern", "schema:composer", "Ulla Brandt") in f
    assert ("Cold Harbour", "schema:composer", "Jaeon") in f and ("Paper Lantern", "schema:composer", "Jaeon") not in f
    assert ("Cold Harbour", "schema:byArtist", "Jaeon") not in f
    assert {("Cold Harbour", "schema:inAlbum", "Glass Orchard"), ("Tin Roof", "schema:inAlbum", "Glass Orchard")} <= f
    assert ("Tin Roof", "schema:lyricist", "Ryu") in f and ("Cold Harbour", "schema:lyricist", "Ryu") not in f
    assert {("Night Ferry", "schema:lyricist", "Sael"), ("Night Ferry", "schema:lyricist", "Hwan")} <= f
    assert not facts(r, "schema:author")


def test_label_signing_founder_birth_name_and_back_catalogue():
    r = read("Rapper Juno Vale has signed with Kestrel Yard Records, the Denver-based independent label that producer "
             "Mara Quill founded in 2018. Born Elias Trent, the 24-year-old spent three years at Pinewire Music, which "
             "released his breakout 2021 mixtape, Gravel Hymns. His first single for Kestrel Yard arrives Friday: "
             '"Salt Road," a collaboration with singer Nia Fold.')
    f = facts(r)
    assert ("Juno Vale", "schema:affiliation", "Kestrel Yard Records") in f
    assert ("Kestrel Yard Records", "schema:founder", "Mara Quill") in f
    assert ("Kestrel Yard Records", "schema:foundingDate", "2018") in f
    assert "Elias Trent" not in entity_names(r) and "Elias Trent" in r.entities[next(
        k for k, e in r.entities.items() if e.name == "Juno Vale")].aliases
    assert {("Gravel Hymns", "schema:byArtist", "Juno Vale"), ("Gravel Hymns", "schema:recordLabel", "Pinewire Music"),
            ("Gravel Hymns", "schema:datePublished", "2021")} <= f
    # the article is dated Wednesday 2024-03-13: "arrives Friday" looks ahead
    assert {("Salt Road", "schema:byArtist", "Juno Vale"), ("Salt Road", "schema:recordLabel", "Kestrel Yard Records"),
            ("Salt Road", "schema:datePublished", "2024-03-15")} <= f


def test_labelmate_shares_the_label_the_sentence_names():
    r = read("Singer Dova Lin will headline a Birchway Records showcase on May 2 alongside labelmate Teo Marsh.")
    assert ("Teo Marsh", "schema:affiliation", "Birchway Records") in facts(r)
    assert type_of(r, "Teo Marsh") == "schema:Person"


def test_title_track_of_a_named_ep_and_no_artist_from_a_drama_aside():
    r = read("Velour's Hyeri on her first drama, 'Moth Light' and her new tattoo. "
             'Hyeri co-wrote the lyrics for "Moth Light," the title track of Velour\'s second EP, "Quiet Orbit."')
    f = facts(r)
    assert ("Moth Light", "schema:inAlbum", "Quiet Orbit") in f
    assert ("Moth Light", "schema:byArtist", "Velour") in f  # a title track is by its album's act
    assert ("Moth Light", "schema:lyricist", "Hyeri") in f
    assert ("Moth Light", "schema:byArtist", "Hyeri") not in f


def test_film_credit_chains_partner_studios_and_adaptations():
    r = read("Night of the Iron Owl is a 1994 horror film written by, directed by, and starring Gustav Renner. "
             "The Frost Line is a 1996 comedy film directed by Mara Quill and co-written with Tobias Fenn. "
             "Moon over Tarsk is a 2009 comedy film produced by Brightwell Animation in partnership with Halcyon Pictures. "
             "Sugar Mountain is a 1970 drama film and an adaptation of the 1962 novel The Amber Ledger by Irene Maddox.",
             date=None)
    f = facts(r)
    assert {("Night of the Iron Owl", "schema:director", "Gustav Renner"), ("Night of the Iron Owl", "schema:author", "Gustav Renner"),
            ("Night of the Iron Owl", "schema:actor", "Gustav Renner")} <= f
    assert {("The Frost Line", "schema:author", "Mara Quill"), ("The Frost Line", "schema:author", "Tobias Fenn")} <= f
    assert {("Moon over Tarsk", "schema:productionCompany", "Brightwell Animation"),
            ("Moon over Tarsk", "schema:productionCompany", "Halcyon Pictures")} <= f
    assert ("Sugar Mountain", "schema:isBasedOn", "The Amber Ledger") in f
    assert ("The Amber Ledger", "schema:author", "Irene Maddox") in f


def test_the_author_after_a_novel_by_is_a_person_and_an_award_stops_before_its_winner():
    r = read("Dark Water is a 1988 thriller film loosely based upon the novel by Helen Ruiz. "
             "Harbor of Glass is a 1990 drama film. Harbor of Glass won the Academy Award for Best Director for Tomas Wendt.",
             date=None)
    assert type_of(r, "Helen Ruiz") == "schema:Person"
    assert ("Dark Water", "schema:isBasedOn", "Helen Ruiz") not in facts(r)
    assert ("Harbor of Glass", "schema:award", "Academy Award for Best Director") in facts(r)


def test_a_directorial_debut_named_before_its_title_is_a_film_by_that_director():
    r = read("The directorial debut of actor Remy Castell, Low Tide opened in Paris in May.", date=None)
    assert type_of(r, "Low Tide") == "schema:Movie"
    assert ("Low Tide", "schema:director", "Remy Castell") in facts(r)


def test_an_album_announcement_credits_its_lead_single_songwriters_and_earlier_records():
    r = read("Singer Mara Vell will release her third album, \"Low Country,\" on May 3 through Larchmont Records.\n\n"
             "The lead single, \"Red Kite,\" featuring rapper Teo Blas, arrived earlier this week. Vell wrote the song with Blas "
             "and songwriter Ana Ruiz, while producer Ken Oda co-wrote the album's closing track, \"Harbor.\" The album follows "
             "2021's \"Glass Fields,\" which topped the charts.\n\n"
             "Blas, whose 2022 album \"Tidewater\" was released by the Miami label Casa Luz, will join her on two dates.",
             date=dt.date(2024, 3, 15))  # a Friday: "earlier this week" is in March
    f = facts(r)
    assert {("Red Kite", "schema:inAlbum", "Low Country"), ("Red Kite", "schema:byArtist", "Mara Vell"),
            ("Red Kite", "schema:byArtist", "Teo Blas"), ("Red Kite", "schema:datePublished", "2024-03")} <= f
    assert {("Red Kite", "schema:composer", who) for who in ("Mara Vell", "Teo Blas", "Ana Ruiz")} <= f
    assert {("Harbor", "schema:composer", "Ken Oda"), ("Harbor", "schema:inAlbum", "Low Country")} <= f
    assert ("Glass Fields", "schema:datePublished", "2021") in f
    assert {("Tidewater", "schema:byArtist", "Teo Blas"), ("Tidewater", "schema:datePublished", "2022")} <= f


def test_a_stadium_itinerary_gives_one_stop_per_date_and_the_tour_its_own_name():
    r = read("Ana Ruiz Sets Third Album and First Stadium Tour\n\n"
             "Peruvian pop star Ana Ruiz will release her third album, \"Low Country,\" on Dec. 6.\n\n"
             "Ruiz — who signed with Larchmont Records in 2019 after two mixtapes — will support the record with the "
             "Low Country Stadium Tour. The trek opens Feb. 12, 2025, at Estadio Azulejo in Lima, then heads to Estadio "
             "Central in Quito on Feb. 19 and to Estadio Rivera in Montevideo, Uruguay, on March 4. The European leg begins "
             "April 8 at Madrid's Estadio Sorolla and wraps May 2 at the Halvorsen Arena in Oslo.", date=dt.date(2024, 11, 20))
    stops = events_of(r, "newskg:TourStop")
    assert {(e.start_date.iso, tuple(sorted(name(r, k) for k in e.locations))) for e in stops} == {
        ("2025-02-12", ("Estadio Azulejo", "Lima")), ("2025-02-19", ("Estadio Central", "Quito")),
        ("2025-03-04", ("Estadio Rivera", "Montevideo", "Uruguay")), ("2025-04-08", ("Estadio Sorolla", "Madrid")),
        ("2025-05-02", ("Halvorsen Arena", "Oslo"))}
    assert type_of(r, "Estadio Azulejo") == "schema:StadiumOrArena"
    [tour] = events_of(r, "newskg:ConcertTour")
    assert tour.name == "Low Country Stadium Tour" and tour.start_date.iso != "2019"


def test_a_description_named_earlier_in_the_sentence_takes_its_pronoun():
    r = read("Singer Ana Ruiz released the album \"Low Country\" on Friday.\n\n"
             "\"She never wastes a minute,\" rapper Teo Blas told Billboard.\n\n"
             "The singer, 31, has grown since her breakthrough, and her song \"Red Kite\" entered the charts.")
    assert ("Red Kite", "schema:byArtist", "Ana Ruiz") in facts(r)
    assert not any(o == "Billboard" for _, _, o in facts(r, "schema:byArtist"))


def test_a_work_s_year_is_not_the_date_of_the_event_in_its_sentence():
    r = read("The Harbor Film Festival closed on Sunday at the Lumen Hall in Busan, where director Noh Jae-min took the top prize. "
             "Noh, whose 2019 debut feature \"Narrow Steps\" played in the festival's sidebar, thanked the jury.")
    assert not any(e.start_date and e.start_date.iso == "2019" for e in r.events)


CASTING_NEWS = (
    "Tomas Wreay and Ilka Senn to Lead Jorun Bakke's \"The Salt Meridian\"\n\n"
    "Tomas Wreay and Ilka Senn have been cast as the leads in \"The Salt Meridian,\" Jorun Bakke's adaptation of Edda Lind's "
    "novel \"Meridian of Salt,\" for Northlight Pictures, Deadline has learned.\n\n"
    "Wreay will play Arne Dahl, a ferry captain. Senn is set as his daughter, Liv, a marine engineer.\n\n"
    "Mira Osei, who wrote the limited series \"The Glass Tenant,\" has written the screenplay. The novel sold a million copies. "
    "Kaia Brenner produces through her Fernhill Films banner. Lind serves as executive producer.\n\n"
    "Bakke begins shooting the film on Sept. 3 in Bergen. Northlight has dated the film for Oct. 9, 2026.\n\n"
    "Wreay earned strong reviews for last year's \"Cinder Ridge,\" in which he played a smokejumper. The Oslo-born Senn "
    "broke out in the series \"Nattlys.\" Wreay is repped by Quayside Talent.")


def test_trade_casting_news_reads_its_credits_dates_and_the_shoot():
    r = read(CASTING_NEWS, date=dt.date(2025, 5, 14))
    f = facts(r)
    assert type_of(r, "Tomas Wreay") == "schema:Person" and "Lead Jorun Bakke" not in entity_names(r)
    assert {("Salt Meridian", "schema:actor", "Tomas Wreay"), ("Salt Meridian", "schema:actor", "Ilka Senn"),
            ("Salt Meridian", "schema:director", "Jorun Bakke"), ("Salt Meridian", "schema:isBasedOn", "Meridian of Salt"),
            ("Salt Meridian", "schema:character", "Liv"), ("Salt Meridian", "schema:author", "Mira Osei"),
            ("Glass Tenant", "schema:author", "Mira Osei"), ("Salt Meridian", "schema:producer", "Kaia Brenner"),
            ("Salt Meridian", "schema:productionCompany", "Fernhill Films"), ("Kaia Brenner", "schema:affiliation", "Fernhill Films"),
            ("Salt Meridian", "schema:producer", "Edda Lind"), ("Salt Meridian", "schema:datePublished", "2026-10-09"),
            ("Cinder Ridge", "schema:actor", "Tomas Wreay"), ("Ilka Senn", "schema:birthPlace", "Oslo")} <= f
    assert ("Glass Tenant", "schema:producer", "Kaia Brenner") not in f
    [shoot] = [e for e in r.events if e.start_date and e.start_date.iso == "2025-09-03"]
    assert {name(r, k) for _, k in shoot.participants} == {"Jorun Bakke", "Salt Meridian"}
    assert [name(r, k) for k in shoot.locations] == ["Bergen"]


OBITUARY = (
    "Fen Corrigan, singer of The Larkmen, dies at 80\n\n"
    "GALWAY, Ireland (AP) -- Fen Corrigan, the singer whose voice powered the folk band The Larkmen, died Sunday at his home "
    "in Galway. He was 80.\n\n"
    "His wife, the sculptor Ingrid Vasse, said he died peacefully.\n\n"
    "Born in 1945 in Sligo, Ireland, Corrigan was a fisherman before he formed The Larkmen in Belfast in 1968 with fiddler "
    "Oisin Daly. After the group split in 1980, Corrigan moved to Boston.\n\n"
    "A public memorial will be held June 20 at the Town Hall Theatre in Galway, where Daly plans to perform.")


def test_an_obituary_tells_birth_death_marriage_and_the_band_he_formed():
    r = read(OBITUARY, date=dt.date(2025, 6, 3))  # a Tuesday: "Sunday" is June 1
    f = facts(r)
    assert {("Fen Corrigan", "schema:birthDate", "1945"), ("Fen Corrigan", "schema:birthPlace", "Sligo"),
            ("Fen Corrigan", "schema:deathDate", "2025-06-01"), ("Fen Corrigan", "schema:deathPlace", "Galway"),
            ("Fen Corrigan", "schema:spouse", "Ingrid Vasse"), ("Larkmen", "schema:founder", "Fen Corrigan"),
            ("Larkmen", "schema:founder", "Oisin Daly"), ("Larkmen", "schema:foundingDate", "1968"),
            ("Larkmen", "schema:foundingLocation", "Belfast"), ("Larkmen", "schema:dissolutionDate", "1980")} <= f
    [memorial] = [e for e in r.events if e.start_date and e.start_date.iso == "2025-06-20"]
    assert ("schema:attendee", "Oisin Daly") in participants(r, memorial)


def test_an_older_record_told_in_passing_does_not_take_the_new_album_s_singles():
    r = read("The Gull Wires announced on Tuesday that their third album, Long Shore, will arrive on April 9 through Fernway "
             "Records. The label also released their 2019 debut, Kelp Static.\n\n"
             "The news came with a second single, \"Salt Door,\" which was released Wednesday.")
    assert ("Salt Door", "schema:inAlbum", "Long Shore") in facts(r)
    assert ("Salt Door", "schema:inAlbum", "Kelp Static") not in facts(r)


COUNTRY_ALBUM = (
    "Dellie Ann Voss will release her second album, \"Tin Roof Hymns,\" on March 10 via Cedar Hollow Records, the Memphis "
    "label that has been her home since she signed in 2022.\n\n"
    "The singer recorded the set in nine days outside Asheville with producer Wade Ketter, who also helmed her 2024 debut, "
    "\"Porch Light Psalms.\" The record leans on fiddle and pump organ.\n\n"
    "Voss wrote six of the songs alone, including the closing track \"Amber, Idaho.\" She co-wrote \"Dust Bowl Sweetheart\" with "
    "Texas songwriter Lonnie Pike, while \"Long Way to Pecos\" was written decades ago by her late grandfather, the fiddler "
    "Amos Voss.\n\n"
    "The lead single, \"Creek Lanterns,\" arrived last Friday. It is a duet with Gideon Marsh.\n\n"
    "The tracklist for \"Tin Roof Hymns\" includes \"Creek Lanterns\" (feat. Gideon Marsh), \"Dust Bowl Sweetheart,\" "
    "\"Long Way to Pecos\" and \"Amber, Idaho.\"\n\n"
    "Voss will take the album on the road this spring. The North American run opens April 6 at the Ryman Auditorium in "
    "Nashville, then continues to Massey Hall in Toronto on April 14, The Anthem in Washington on April 22 and the "
    "Orpheum Theatre in Vancouver on May 3.")


def test_a_country_album_announcement_reads_credits_tracklist_and_every_stop():
    r = read(COUNTRY_ALBUM, date=dt.date(2025, 1, 22))
    f = facts(r)
    assert {("Tin Roof Hymns", "schema:recordLabel", "Cedar Hollow Records"), ("Dellie Ann Voss", "schema:affiliation", "Cedar Hollow Records"),
            ("Tin Roof Hymns", "schema:producer", "Wade Ketter"), ("Porch Light Psalms", "schema:producer", "Wade Ketter"),
            ("Porch Light Psalms", "schema:byArtist", "Dellie Ann Voss"), ("Amber, Idaho", "schema:composer", "Dellie Ann Voss"),
            ("Dust Bowl Sweetheart", "schema:composer", "Dellie Ann Voss"), ("Dust Bowl Sweetheart", "schema:composer", "Lonnie Pike"),
            ("Long Way to Pecos", "schema:composer", "Amos Voss"), ("Creek Lanterns", "schema:byArtist", "Gideon Marsh")} <= f
    assert {s for s, p, o in f if p == "schema:inAlbum" and o == "Tin Roof Hymns"} >= {
        "Creek Lanterns", "Dust Bowl Sweetheart", "Long Way to Pecos", "Amber, Idaho"}
    assert type_of(r, "Amos Voss") == "schema:Person" and "Voss" not in entity_names(r)  # the surname stays Dellie Ann's
    stops = events_of(r, "newskg:TourStop")
    assert sorted(e.start_date.iso for e in stops) == ["2025-04-06", "2025-04-14", "2025-04-22", "2025-05-03"]
    assert type_of(r, "Massey Hall") == "schema:EventVenue"


def test_a_kpop_comeback_credits_house_producers_members_and_its_music_show_stage():
    r = read("SEOUL, March 14 -- Girl group LUMARA has returned with its second mini album, \"Glasswing,\" led by the title track "
             "\"Night Kite.\"\n\n"
             "The four-member act released the album at 6 p.m. on Monday through its agency, Brightpeak Entertainment. It follows "
             "its debut mini album, \"Halo Static,\" which came out last August.\n\n"
             "\"Night Kite\" was composed by Brightpeak in-house producer Jo Min-seok and American songwriter Dana Frey.\n\n"
             "The music video was directed by Seo Gyu-min and features actor Lee Do-yun as a lighthouse keeper.\n\n"
             "The group -- leader Yuna, Seora, Hyejin and Miru -- met reporters at a media showcase at Blue Square in Seoul on "
             "Monday.\n\n"
             "Asked about the group's first overseas festival slot, announced last week, Yuna said only that they had practised.\n\n"
             "LUMARA will perform \"Night Kite\" for the first time on Mnet's M Countdown on Thursday.",
             date=dt.date(2028, 3, 14))
    f = facts(r)
    assert {("Night Kite", "schema:composer", "Jo Min-seok"), ("Night Kite", "schema:composer", "Dana Frey"),
            ("Jo Min-seok", "schema:affiliation", "Brightpeak Entertainment"), ("Glasswing", "schema:recordLabel", "Brightpeak Entertainment"),
            ("Halo Static", "schema:datePublished", "2027-08")} <= f
    assert not any(p == "schema:composer" and o == "Brightpeak Entertainment" for _, p, o in f)
    assert {m for m, p, g in f if p == "schema:memberOf" and g == "LUMARA"} >= {"Yuna", "Seora", "Hyejin", "Miru"}
    assert any(p == "schema:actor" and o == "Lee Do-yun" for _, p, o in f)
    stage = [e for e in r.events if e.start_date and e.start_date.iso == "2028-03-16"]
    assert len(stage) == 1 and {name(r, k) for _, k in stage[0].participants} == {"LUMARA"}
    assert not events_of(r, "schema:Festival")


def test_a_drama_press_conference_gathers_the_cast_the_article_names_later():
    r = read("The cast and director of tvN's upcoming fantasy drama \"Lantern Clinic\" met the press on Tuesday at the Grand "
             "Hilton Hotel in Seodaemun District, Seoul.\n\n"
             "Based on the hit Kakao Webtoon series \"Doctor of Small Ghosts\" by the artist Mulbit, the drama follows Han Ye-rin "
             "(Park Seo-ah), a doctor who works nights, and Jin Woo (Lee Jun-ho), a ghost. Kim Da-hye joins them as Ye-rin's "
             "sister, Han Ye-seul.\n\n"
             "The series was directed by Oh Min-jae, who previously made the KBS2 hit \"Rooftop Choir.\"",
             date=dt.date(2028, 8, 23))  # a Wednesday: "on Tuesday" is the 22nd
    f = facts(r)
    assert type_of(r, "Doctor of Small Ghosts") == "schema:Book"
    assert {("Lantern Clinic", "schema:isBasedOn", "Doctor of Small Ghosts"), ("Doctor of Small Ghosts", "schema:author", "Mulbit"),
            ("Lantern Clinic", "schema:actor", "Park Seo-ah"), ("Lantern Clinic", "schema:character", "Han Ye-rin"),
            ("Lantern Clinic", "schema:actor", "Kim Da-hye"), ("Lantern Clinic", "schema:character", "Han Ye-seul"),
            ("Rooftop Choir", "schema:director", "Oh Min-jae")} <= f
    [press] = [e for e in r.events if e.kind == "press"]
    assert press.start_date.iso == "2028-08-22"
    assert {"Park Seo-ah", "Lee Jun-ho", "Kim Da-hye", "Oh Min-jae"} <= {name(r, k) for _, k in press.participants}


def test_a_director_interview_reads_credits_premieres_and_an_opening():
    r = read("Her second feature, \"Frost, Then Rain,\" has its world premiere in Toronto on Tuesday, in a gala slot at Roy "
             "Thomson Hall during the Toronto International Film Festival, with a second public screening on Sept. 15 at the "
             "Princess of Wales Theatre. Wenna Castell, who wrote and directed the film, will attend both.\n\n"
             "The film follows Bryn Tallis (Solene Marchal), a ski instructor. The hotel's only guest, a retired priest named "
             "Ambrose, is played by Corin Vale. The score is by the Norwegian composer Eivind Lunde.\n\n"
             "\"Frost, Then Rain\" was produced by Needle Lane Films, which also backed Castell's 2024 debut, \"Winter "
             "Starlings.\" Wrenfield Releasing will open it in British cinemas in November.",
             date=dt.date(2028, 9, 6))  # a Wednesday: the premiere "on Tuesday" is the 12th
    f = facts(r)
    assert {("Frost, Then Rain", "schema:director", "Wenna Castell"), ("Frost, Then Rain", "schema:author", "Wenna Castell"),
            ("Frost, Then Rain", "schema:actor", "Solene Marchal"), ("Frost, Then Rain", "schema:actor", "Corin Vale"),
            ("Frost, Then Rain", "schema:character", "Ambrose"), ("Frost, Then Rain", "newskg:scoreComposer", "Eivind Lunde"),
            ("Frost, Then Rain", "schema:datePublished", "2028-11"), ("Winter Starlings", "schema:director", "Wenna Castell"),
            ("Winter Starlings", "schema:productionCompany", "Needle Lane Films"), ("Winter Starlings", "schema:datePublished", "2024")} <= f
    assert type_of(r, "Wrenfield Releasing") == "schema:Organization"
    screenings = sorted(e.start_date.iso for e in r.events if e.start_date and "newskg:Premiere" in e.types)
    assert screenings == ["2028-09-12", "2028-09-15"]
    assert not [e for e in r.events if e.kind in ("festival", "ceremony")]


def test_a_title_called_the_album_s_opening_track_is_a_track_of_that_album():
    r = read("The band played songs from their 2026 album \"Cheap Seats\", with the singer climbing the rig during "
             "\"Bus Stop Vows,\" the album's opening track.")
    assert type_of(r, "Bus Stop Vows") == "schema:MusicRecording"
    assert ("Bus Stop Vows", "schema:inAlbum", "Cheap Seats") in facts(r)


def test_a_jazz_profile_credits_the_record_s_centerpiece_and_closer():
    r = read("His fifth album, \"Lantern Sums,\" is out Friday on Heron Blue Records, the independent label that has released "
             "all of his work since 2018. It was produced by Linus Harrow.\n\n"
             "The record's centerpiece, \"Aunt's Upright,\" was written by pianist Theo Vale. Bassist Odile Ferrand composed the "
             "ballad \"Blue Minutes,\" and the pianist and the drummer Sam Kofi share credit on the restless closer, \"Tallies.\"",
             date=dt.date(2027, 11, 2))  # a Tuesday: "out Friday" is the 5th
    f = facts(r)
    assert ("Lantern Sums", "schema:datePublished", "2027-11-05") in f
    assert type_of(r, "Aunt's Upright") == "schema:MusicRecording"
    assert {("Aunt's Upright", "schema:inAlbum", "Lantern Sums"), ("Aunt's Upright", "schema:composer", "Theo Vale"),
            ("Tallies", "schema:inAlbum", "Lantern Sums"), ("Tallies", "schema:composer", "Theo Vale"),
            ("Tallies", "schema:composer", "Sam Kofi")} <= f


def test_a_series_renewal_names_its_network_new_regulars_and_their_parts():
    r = read("Peacock has renewed \"The Salt Marsh\" for a second season, the streamer announced Wednesday, and has added two new "
             "series regulars.\n\n"
             "Lena Harrow, whose film credits include \"Paper Kites,\" will play Della Mott, a county archivist. Bram Sayer has "
             "also joined the cast as Sheriff Amos Dunn. Both will appear alongside returning stars Mara Lind, who plays orchard "
             "heiress Ruth Calloway, and Ezra Boone, who plays her estranged brother, Cal.", date=dt.date(2027, 10, 6))
    f = facts(r)
    assert type_of(r, "Peacock") == "schema:Organization"
    assert {("Salt Marsh", "schema:actor", "Lena Harrow"), ("Salt Marsh", "schema:character", "Della Mott"),
            ("Paper Kites", "schema:actor", "Lena Harrow"), ("Salt Marsh", "schema:actor", "Bram Sayer"),
            ("Salt Marsh", "schema:character", "Amos Dunn"), ("Salt Marsh", "schema:character", "Ruth Calloway"),
            ("Salt Marsh", "schema:actor", "Mara Lind"), ("Salt Marsh", "schema:character", "Cal")} <= f
    assert ("Salt Marsh", "schema:actor", "Ruth Calloway") not in f


def test_a_collaboration_single_credits_all_three_artists_both_producers_and_the_video():
    r = read("Nigerian singer Tayo Adeyemi has teamed up with Ghanaian rapper Kwesi Boateng and Dominican singer Luz Ferrer on "
             "\"Slow, Omo,\" a bilingual single.\n\n"
             "The song, released Friday through Adeyemi's label, Redsoil Sound, is the first preview of his third album, "
             "\"Harbour Physics,\" which is due in June.\n\n"
             "\"Slow, Omo\" was produced by Zedlo, who also produced Adeyemi's 2027 debut album, \"Danfo Days,\" and by the "
             "London-based producer Bisi Ade. It was written by Adeyemi, Boateng and Ferrer with the songwriter Efe Okoro.\n\n"
             "The accompanying music video, directed by the Ghanaian filmmaker Ama Dentu, arrived alongside the song.",
             date=dt.date(2029, 4, 17))
    f = facts(r)
    assert {("Slow, Omo", "schema:byArtist", who) for who in ("Tayo Adeyemi", "Kwesi Boateng", "Luz Ferrer")} <= f
    assert {("Slow, Omo", "schema:inAlbum", "Harbour Physics"), ("Slow, Omo", "schema:producer", "Zedlo"),
            ("Slow, Omo", "schema:producer", "Bisi Ade"), ("Slow, Omo", "schema:composer", "Efe Okoro"),
            ("Slow, Omo", "schema:director", "Ama Dentu")} <= f


def test_a_band_docuseries_credits_its_makers_and_the_band_s_founding():
    r = read("The Millwrights bare all in Prime Video docuseries \"Nobody Sleeps in Salford\"\n\n"
             "For a band who refused almost every interview, The Millwrights suddenly have a lot to say.\n\n"
             "\"Nobody Sleeps in Salford,\" a four-part documentary series about the Manchester quartet, arrives on Prime Video on "
             "July 12. It is directed by Imani Reed and made by her London production company, Sidestep Pictures. Singer Flora Ide "
             "and guitarist Declan Moss are executive producers on the series.\n\n"
             "Ide and Moss formed the band at sixth-form college in Manchester in 2009. The series then follows them through a "
             "decade of sold-out tours, with footage much of it shot by Moss's older brother.", date=dt.date(2029, 6, 20))
    f = facts(r)
    assert type_of(r, "Millwrights") == "schema:MusicGroup"
    assert {("Nobody Sleeps in Salford", "schema:productionCompany", "Sidestep Pictures"),
            ("Imani Reed", "schema:affiliation", "Sidestep Pictures"), ("Nobody Sleeps in Salford", "schema:producer", "Flora Ide"),
            ("Nobody Sleeps in Salford", "schema:producer", "Declan Moss"), ("Millwrights", "schema:founder", "Flora Ide"),
            ("Millwrights", "schema:founder", "Declan Moss"), ("Millwrights", "schema:foundingDate", "2009"),
            ("Millwrights", "schema:foundingLocation", "Manchester")} <= f
    assert ("Nobody Sleeps in Salford", "schema:director", "Declan Moss") not in f
    assert not events_of(r, "newskg:ConcertTour")


def test_a_stage_musical_reads_its_source_credits_cast_and_run_dates():
    r = read("\"Dry Cleaners,\" the stage musical adapted from The Copper Kites' 2011 album \"Saints of the Spin Cycle,\" has set "
             "its Broadway cast. Previews begin Nov. 20 at the Booth Theatre in New York, with opening night set for Dec. 12.\n\n"
             "Tessa Orme will star as Loretta Sabo, the owner of an all-night laundromat. Jorin Pell plays her attendant, Eddie "
             "Solano, and Dominic Ash is Brother Lucius, a monk who cannot sleep.\n\n"
             "The production is directed by Niamh Galindo, with a book by Tobiah Krane. The score draws on songs from the album, "
             "with music and lyrics by the band's frontman, Ezekiel Dunn, and its keyboardist, Nell Abbot.\n\n"
             "The show is produced by Harriet Mayne through her company, Lowther Crane Productions.", date=dt.date(2029, 11, 14))
    f = facts(r)
    assert {("Dry Cleaners", "schema:isBasedOn", "Saints of the Spin Cycle"), ("Dry Cleaners", "schema:actor", "Tessa Orme"),
            ("Dry Cleaners", "schema:character", "Loretta Sabo"), ("Dry Cleaners", "schema:actor", "Dominic Ash"),
            ("Dry Cleaners", "schema:author", "Tobiah Krane"), ("Dry Cleaners", "schema:lyricist", "Ezekiel Dunn"),
            ("Dry Cleaners", "schema:lyricist", "Nell Abbot"), ("Dry Cleaners", "schema:producer", "Harriet Mayne"),
            ("Dry Cleaners", "schema:productionCompany", "Lowther Crane Productions")} <= f
    assert not any(p == "schema:producer" and s == "Saints of the Spin Cycle" for s, p, _ in f)
    runs = sorted(e.start_date.iso for e in r.events if "schema:TheaterEvent" in e.types)
    assert runs == ["2029-11-20", "2029-12-12"]


def test_an_award_named_before_its_winner_goes_to_the_person_or_the_work():
    r = read("\"Salt Kites\" is a 2029 drama film.\n\n"
             "Best actress went to Japanese actress Mika Arai for her performance as Natsuki Oda in \"Salt Kites.\" The best new "
             "director prize went to Thai filmmaker Pim Sriwan for \"Dry Motel.\" Best original song went to \"Rainfall,\" the "
             "closing-credits song of \"Salt Kites.\"", date=dt.date(2029, 10, 8))
    f = facts(r)
    assert {("Mika Arai", "schema:award", "Best actress"), ("Pim Sriwan", "schema:award", "best new director"),
            ("Rainfall", "schema:award", "Best original song")} <= f
    assert not any(p == "schema:award" and s == "Salt Kites" for s, p, _ in f)


def test_a_singer_s_return_places_the_single_on_the_album_with_its_label_and_producers():
    r = read("Singer Nora Vance announced on Thursday that her new single, \"Half Houses,\" will be released next month. It is "
             "the first song from her fourth album, \"Quarter Mile,\" due Jan. 18 via Gannet Hill Records, the label she signed "
             "with earlier this year after parting ways with her longtime label, Parlour Lane Records.\n\n"
             "Vance wrote \"Half Houses\" with Mara Holm and produced it with Osric Penhale.", date=dt.date(2029, 9, 14))
    f = facts(r)
    assert {("Half Houses", "schema:inAlbum", "Quarter Mile"), ("Quarter Mile", "schema:recordLabel", "Gannet Hill Records"),
            ("Quarter Mile", "schema:datePublished", "2030-01-18"), ("Half Houses", "schema:producer", "Nora Vance"),
            ("Half Houses", "schema:producer", "Osric Penhale")} <= f
    assert ("Nora Vance", "schema:affiliation", "Parlour Lane Records") not in f


def test_an_album_and_its_title_track_released_together_share_the_date():
    r = read("The tour follows the group's second full album, \"Glass Harbor.\" The album and its title track, \"Ripline,\" came "
             "out last month and gave the boys their biggest week.", date=dt.date(2029, 2, 19))
    f = facts(r)
    assert {("Ripline", "schema:datePublished", "2029-01"), ("Glass Harbor", "schema:datePublished", "2029-01")} <= f


def test_a_tour_that_closes_somewhere_else_is_two_stops_and_a_preview_of_an_album_is_no_show():
    r = read("Boy group ZENITH8 will open their first world tour in Seoul at the KSPO Dome on April 7. From Seoul, the group "
             "crosses the Pacific for a show at the Prudential Center in Newark on May 26, and the run closes at London's OVO "
             "Arena Wembley on June 9.\n\n"
             "Their single \"Ripline\" is the first preview of their second album, \"Glass Harbor.\"", date=dt.date(2029, 2, 19))
    stops = {(e.start_date.iso, tuple(sorted(name(r, k) for k in e.locations))) for e in events_of(r, "newskg:TourStop")}
    assert ("2029-05-26", ("Newark", "Prudential Center")) in stops
    assert ("2029-06-09", ("London", "OVO Arena Wembley")) in stops
    assert not events_of(r, "schema:TheaterEvent")


# ---------------------------------------------------------------- session 6: film prose, songwriters, bands, premieres

def test_credits_after_an_adapted_source_belong_to_the_film_and_a_remake_is_based_on_its_original():
    r = read("Marlow's Pages is a 1991 British avant-garde film adaptation of Henry Fielding's The Orchard, written and directed "
             "by Paul Granger. Blue Harbour is a 2004 remake of the 1961 film Red Harbour, directed by Ana Leal.", date=None)
    f = facts(r)
    assert {("Marlow's Pages", "schema:director", "Paul Granger"), ("Marlow's Pages", "schema:author", "Paul Granger"),
            ("Marlow's Pages", "schema:isBasedOn", "The Orchard"), ("Blue Harbour", "schema:isBasedOn", "Red Harbour")} <= f
    assert not {x for x in f if x[0] == "The Orchard" and x[1] in ("schema:director", "schema:author")}


def test_a_credit_chain_that_ends_in_starring_credits_every_role():
    r = read("A Cold House is a 2013 American parody horror film directed by Mike Tobin, written, produced and starring Marlon Weeks.",
             date=None)
    f = facts(r)
    assert {("A Cold House", "schema:author", "Marlon Weeks"), ("A Cold House", "schema:actor", "Marlon Weeks"),
            ("A Cold House", "schema:director", "Mike Tobin")} <= f


def test_studios_named_around_a_film_are_its_production_companies():
    r = read("Bolo's Tin Island is a 1932 Fenwick Studios animated short, directed by Dan Fenwick. "
             "Pebble Road is a 1995 British stop-motion animated short film directed by Nick Parr at Clayworks Animations. "
             "The Night of Harumi is a short anime film directed by Kazuo Ota and released by Studio Kumo.", date=None)
    f = facts(r, "schema:productionCompany")
    assert {("Bolo's Tin Island", "schema:productionCompany", "Fenwick Studios"),
            ("Pebble Road", "schema:productionCompany", "Clayworks Animations"),
            ("The Night of Harumi", "schema:productionCompany", "Studio Kumo")} <= f


def test_where_a_film_was_shot_and_where_it_is_set_with_adverbs_and_studios():
    r = read("Harrow Lane was shot at the Pinewood Studios in London and on location in Malta and Dublin. "
             "Operation Dawnbreak was directed by Lewis Gill and shot mostly on location in Prague. "
             "Gold Road is set entirely in New Delhi.", date=None)
    f = facts(r)
    assert {("Harrow Lane", "schema:locationCreated", p) for p in ("London", "Malta", "Dublin")} <= f
    assert ("Operation Dawnbreak", "schema:locationCreated", "Prague") in f
    assert ("Gold Road", "schema:contentLocation", "New Delhi") in f


def test_co_productions_name_the_countries_a_film_comes_from():
    r = read("The Burning Years was produced by companies from both Canada and France, and shot mainly in Montreal. "
             "Cuba Run is a 1980 German/American international co-production action film directed by Chuck Wark.", date=None)
    f = facts(r, "schema:countryOfOrigin")
    assert {("The Burning Years", "schema:countryOfOrigin", "Canada"), ("The Burning Years", "schema:countryOfOrigin", "France"),
            ("Cuba Run", "schema:countryOfOrigin", "Germany"), ("Cuba Run", "schema:countryOfOrigin", "United States")} <= f
    r = read("Night Bus is a drama. The film is a French production.", date=None)
    assert not facts(r, "schema:countryOfOrigin")


def test_a_company_abbreviation_does_not_end_the_sentence_and_two_asides_after_a_title_are_skipped():
    r = read("The Case of the Singing Frog is a 1937 Warner Bros. Merry Tunes animated cartoon directed by Frank Tash. "
             "Samurai Crow: Rebirth ( , Samurai Karasu), (stylized as SMURI CROW) is a 2009 Japanese anime film starring Sam Jackman.",
             date=None)
    f = facts(r)
    assert {("The Case of the Singing Frog", "schema:datePublished", "1937"),
            ("The Case of the Singing Frog", "schema:director", "Frank Tash"),
            ("Samurai Crow: Rebirth", "schema:datePublished", "2009"), ("Samurai Crow: Rebirth", "schema:actor", "Sam Jackman")} <= f


def test_a_band_whose_name_opens_the_article_with_a_plural_verb_tours_as_a_band():
    r = read("The Copper Kettles are getting back in the van. The Hull rock band announced a run of dates on Wednesday.\n\n"
             "The dates:\n\nOct. 3 – Glasgow, Barrowland Ballroom\nOct. 5 – Leeds, Brudenell Social Club", date=dt.date(2030, 9, 5))
    assert type_of(r, "Copper Kettles") == "schema:MusicGroup"
    stops = events_of(r, "newskg:TourStop")
    assert stops and all(("schema:performer", "Copper Kettles") in participants(r, e) for e in stops)


def test_an_obituary_types_the_songwriter_and_reads_the_songs_he_wrote_for_others():
    r = read("Cal Brine, the Jamaican-born songwriter whose tunes filled the charts, died Sunday at a hospital in London. He was 85.\n\n"
             "His death was confirmed by Salt Fish Records, the label he founded in Brixton in 1971.\n\n"
             "His first hit was \"Rain Dance,\" a song he wrote for the Leeds singer Mara Bell, whose 1977 recording reached the "
             "Top 10. He went on to write \"Carnival Nights\" for the vocal group The Hollow Brothers, and he produced their 1979 "
             "album, \"Back Room.\" With the singer Errol Mane he co-wrote \"Tell the Sea\"; Mane's 1983 recording climbed to No. 3.\n\n"
             "He is survived by his wife of 52 years, Ivy Brine.", date=dt.date(2030, 1, 15))
    assert type_of(r, "Cal Brine") == "schema:Person"
    f = facts(r)
    assert {("Cal Brine", "schema:deathDate", "2030-01-13"), ("Salt Fish Records", "schema:founder", "Cal Brine"),
            ("Cal Brine", "schema:spouse", "Ivy Brine"),
            ("Rain Dance", "schema:byArtist", "Mara Bell"), ("Rain Dance", "schema:composer", "Cal Brine"),
            ("Rain Dance", "schema:datePublished", "1977"),
            ("Carnival Nights", "schema:byArtist", "Hollow Brothers"), ("Carnival Nights", "schema:composer", "Cal Brine"),
            ("Back Room", "schema:producer", "Cal Brine"),
            ("Tell the Sea", "schema:composer", "Cal Brine"), ("Tell the Sea", "schema:composer", "Errol Mane"),
            ("Tell the Sea", "schema:byArtist", "Errol Mane"), ("Tell the Sea", "schema:datePublished", "1983")} <= f
    assert ("Back Room", "schema:producer", "Hollow Brothers") not in f


def test_a_film_producer_of_a_company_and_a_co_producer_and_the_cast_opposite():
    r = read("\"Bee Song,\" the second feature by director Maud Vale, premieres in May.\n\n"
             "The film was produced by Femke Dierckx of the Brussels company Kaleidoscoop Films, in co-production with Amsterdam's "
             "Hooiberg Pictures. Hanne Ruys plays the beekeeper, Lies Marten, opposite Jasper Burr as her estranged son, Pieter. "
             "The Dutch actor Bram Oost, who also appeared in Vale's 2026 debut, \"Polder Nights,\" plays the village notary.",
             date=dt.date(2027, 1, 20))
    assert type_of(r, "Femke Dierckx") == "schema:Person"
    f = facts(r)
    assert {("Bee Song", "schema:producer", "Femke Dierckx"), ("Bee Song", "schema:productionCompany", "Kaleidoscoop Films"),
            ("Bee Song", "schema:productionCompany", "Hooiberg Pictures"),
            ("Femke Dierckx", "schema:affiliation", "Kaleidoscoop Films"),
            ("Bee Song", "schema:actor", "Jasper Burr"), ("Bee Song", "schema:character", "Pieter"),
            ("Bee Song", "schema:actor", "Bram Oost"), ("Polder Nights", "schema:actor", "Bram Oost"),
            ("Polder Nights", "schema:director", "Maud Vale")} <= f


def test_the_director_and_her_two_leads_attend_the_premiere_and_a_late_guest_also_attends():
    r = read("\"Bee Song,\" the second feature by director Maud Vale, will have its world premiere on the Piazza Grande in "
             "Locarno on Aug. 9.\n\n"
             "Hanne Ruys plays the beekeeper opposite Jasper Burr. Bram Oost plays the village notary.\n\n"
             "Vale and her two leads will attend the premiere, which screens to an open-air audience in the heart of Locarno.\n\n"
             "Hendrik Maes, who wrote the novel, will also attend.", date=dt.date(2030, 7, 10))
    [premiere] = events_of(r, "newskg:Premiere")
    who = {n for _, n in participants(r, premiere)}
    assert {"Maud Vale", "Hanne Ruys", "Jasper Burr", "Hendrik Maes"} <= who
    assert "Bram Oost" not in who
    assert premiere.start_date.iso == "2030-08-09"


def test_a_prose_tracklist_places_its_songs_on_the_album_with_their_guests():
    r = read("Singer Vera Lantos will release her third album, \"Noches,\" on June 14. The tracklist also names four "
             "collaborations: \"Cuarto\" featuring the Spanish singer Rosa Alm; \"Madrugada,\" a duet with the Portuguese fado "
             "singer Teresa Bom; \"Ya No (feat. Nando Quil),\" a reggaeton cut with the Puerto Rican rapper; and \"Luz,\" "
             "recorded with the Argentine band Los Grillos.\n\n"
             "Lantos will play the album in full on June 15 at the Auditorio Nacional in Mexico City, where Rosa Alm and Los "
             "Grillos will join her on stage.", date=dt.date(2030, 5, 8))
    assert type_of(r, "Los Grillos") == "schema:MusicGroup"
    f = facts(r)
    assert {(song, "schema:inAlbum", "Noches") for song in ("Cuarto", "Madrugada", "Ya No", "Luz")} <= f
    assert {("Madrugada", "schema:byArtist", "Teresa Bom"), ("Ya No", "schema:byArtist", "Nando Quil"),
            ("Luz", "schema:byArtist", "Los Grillos")} <= f
    assert not [q for q in quotes(r) if q[0].startswith("Ya No")]
    [show] = events_of(r, "schema:MusicEvent")
    assert show.start_date.iso == "2030-06-15"
    assert {"Vera Lantos", "Rosa Alm", "Los Grillos"} <= {n for _, n in participants(r, show)}


def test_a_soundtrack_single_released_by_a_series_takes_the_day_and_a_band_s_earlier_release_its_own():
    r = read("Singer Dalia Moon has joined the soundtrack of the romance series \"The Glass Farm,\" releasing its second OST "
             "single, \"Thaw Line,\" at 6 p.m. on Monday.\n\n"
             "The song follows the first OST release, the indie band Paperweight's \"Small Hours,\" which came out last week. "
             "\"Thaw Line\" was composed by Kook Min-ji, who also wrote the score for the series.", date=dt.date(2030, 3, 19))
    f = facts(r)
    assert ("Thaw Line", "schema:datePublished", "2030-03-18") in f
    assert not {x for x in f if x[0] == "The Glass Farm" and x[1] == "schema:datePublished"}
    assert {("Small Hours", "schema:byArtist", "Paperweight"), ("Small Hours", "schema:datePublished", "2030-03")} <= f
    assert ("Thaw Line", "schema:datePublished", "2030-03") not in f
    assert {("Thaw Line", "schema:composer", "Kook Min-ji"), ("The Glass Farm", "newskg:scoreComposer", "Kook Min-ji")} <= f


def test_a_film_song_launch_with_its_music_director_and_a_date_that_moved():
    r = read("The makers of the film \"Tin Kite\" have released its first song, \"Dhoop Dhoop.\"\n\n"
             "The song was launched on Thursday at Mehta Studio in Bandra, Mumbai, where playback singers Ishan Roy and Mehr Sen "
             "performed it live alongside the film's leads, Vikram Sud and Anika Kohli.\n\n"
             "\"Dhoop Dhoop\" was composed by the film's music director, Tarun Raghav, with lyrics by Zara Pervez. The 31-year-old "
             "composer, who scored last year's sleeper hit \"Chai Kettle,\" said he wrote the melody on a harmonium.\n\n"
             "Directed by Rehan Qadri, \"Tin Kite\" follows a tailor in Old Delhi. It is produced by Sunita Khaitan for Neel Motion "
             "Pictures. The film was originally slated for Aug. 15 but was pushed "
             "back to finish its visual effects.\n\n"
             "Kohli, who makes her film debut after two seasons on the streaming series \"Canteen Days,\" said she signed on for the song.",
             date=dt.date(2030, 11, 9))
    f = facts(r)
    assert {("Dhoop Dhoop", "schema:composer", "Tarun Raghav"), ("Tin Kite", "newskg:scoreComposer", "Tarun Raghav"),
            ("Chai Kettle", "schema:composer", "Tarun Raghav"), ("Chai Kettle", "schema:datePublished", "2029"),
            ("Dhoop Dhoop", "schema:datePublished", "2030-11-07"), ("Tin Kite", "schema:producer", "Sunita Khaitan"),
            ("Tin Kite", "schema:productionCompany", "Neel Motion Pictures"), ("Canteen Days", "schema:actor", "Anika Kohli")} <= f
    assert ("Dhoop Dhoop", "schema:composer", "Zara Pervez") not in f
    assert ("Tin Kite", "schema:datePublished", "2030-08-15") not in f
    [launch] = events_of(r, "schema:MusicEvent")
    assert launch.start_date.iso == "2030-11-07"
    assert {"Ishan Roy", "Mehr Sen", "Vikram Sud", "Anika Kohli"} <= {n for _, n in participants(r, launch)}


def test_a_fan_meeting_dated_before_the_series_it_belongs_to_keeps_its_day():
    r = read("\"The Glass Farm\" is a romance series. Singer Dalia Moon will perform the song live for the first time on March 30 "
             "at the series' fan meeting at KBS Arena in Seoul.", date=dt.date(2030, 3, 19))
    [meeting] = events_of(r, "schema:MusicEvent")
    assert meeting.start_date.iso == "2030-03-30"


def test_an_album_released_via_her_label_and_a_band_s_records_described_after_their_titles():
    r = read("Singer Vera Lantos will release her third studio album, \"Noches,\" on June 14 via her longtime label, Palma Records, "
             "she announced on Tuesday. It includes the lead single \"Rompe,\" which came out last month. The tracklist also names "
             "\"Luz,\" recorded with the Argentine band Los Grillos.\n\n"
             "The Copper Kettles are back. Singer Rob Kane and Lenny Sorrell formed the band in Hull in 1998, and their 2005 debut "
             "album, \"Salt Hymns,\" is the record the tour celebrates. A new song, \"Dead Water,\" is out Friday, the band's first "
             "recording since \"Salt Hymns.\"", date=dt.date(2030, 5, 8))
    f = facts(r)
    assert {("Noches", "schema:recordLabel", "Palma Records"), ("Rompe", "schema:byArtist", "Vera Lantos"),
            ("Salt Hymns", "schema:byArtist", "Copper Kettles"), ("Salt Hymns", "schema:datePublished", "2005"),
            ("Dead Water", "schema:byArtist", "Copper Kettles")} <= f
    assert ("Rompe", "schema:byArtist", "Los Grillos") not in f


def test_a_festival_bill_gives_one_show_per_night_where_the_festival_is_and_a_speaker_s_copula_types_nothing():
    r = read("Oslo's Vindu Festival has announced the headliners for this year's edition, which runs from Aug. 6 to 9 in "
             "Sofienberg Park, with the British indie band Harrowgate topping the bill.\n\n"
             "\"We are gutted. Oslo was the show we circled first on the calendar,\" the band Kestrel Inn said in a statement.\n\n"
             "The day-by-day bill:\n\n"
             "Wednesday, Aug. 6 – Harrowgate, with Pernilla Aas\n"
             "Thursday, Aug. 7 – Ylva Strand, with The Lapwing Sisters\n"
             "Saturday, Aug. 9 – Saint Bracken, with Marta Hove", date=dt.date(2031, 3, 6))
    assert type_of(r, "Oslo") == "schema:City"
    assert type_of(r, "Lapwing Sisters") == "schema:MusicGroup"
    nights = {e.start_date.iso: ({n for _, n in participants(r, e)}, {name(r, k) for k in e.locations})
              for e in events_of(r, "schema:MusicEvent") if e.start_date}
    assert nights["2031-08-06"][0] >= {"Harrowgate", "Pernilla Aas"}
    assert nights["2031-08-07"][0] >= {"Ylva Strand", "Lapwing Sisters"}
    assert nights["2031-08-09"][0] >= {"Saint Bracken", "Marta Hove"}
    assert all({"Oslo", "Sofienberg Park"} <= places for _, places in nights.values())
    assert len(events_of(r, "schema:Festival")) == 1


def test_a_voice_cast_with_its_characters_a_co_production_and_guests_due_to_attend():
    r = read("Fernhill Animation has cast the Irish actress Nora Kilbane as the lead voice in \"The Tinker's Owl,\" the Bristol "
             "studio's first hand-drawn feature, which opens in UK and Irish cinemas on Nov. 21.\n\n"
             "The film is based on Wilma Garth's 2019 picture book \"Owl Keeps Watch\" and follows Esme Quill, a girl. Kilbane, 19, "
             "voices Esme. The stage veteran Ambrose Tull plays her grandfather, the tinker Augustus Quill, and Gwen Ashby voices "
             "a pompous mayor. Tock, the owl, is voiced by the comedian Ben Amanor. The singer Lux Perran makes her acting debut as "
             "Tock's rival, a magpie called Glint.\n\n"
             "It is a co-production between Fernhill and the Lyon studio Papier Gris. The film will have its world premiere on "
             "Oct. 11 at the Royal Festival Hall in London. Kilbane and Tull are due to attend.", date=dt.date(2031, 4, 15))
    f = facts(r)
    assert {("The Tinker's Owl", "schema:datePublished", "2031-11-21"), ("The Tinker's Owl", "schema:isBasedOn", "Owl Keeps Watch"),
            ("Owl Keeps Watch", "schema:author", "Wilma Garth"), ("The Tinker's Owl", "schema:character", "Esme Quill"),
            ("The Tinker's Owl", "schema:character", "Augustus Quill"), ("The Tinker's Owl", "schema:actor", "Gwen Ashby"),
            ("The Tinker's Owl", "schema:actor", "Ben Amanor"), ("The Tinker's Owl", "schema:character", "Tock"),
            ("The Tinker's Owl", "schema:actor", "Lux Perran"), ("The Tinker's Owl", "schema:character", "Glint"),
            ("The Tinker's Owl", "schema:productionCompany", "Papier Gris")} <= f
    assert not events_of(r, "schema:Festival")
    [premiere] = events_of(r, "newskg:Premiere")
    assert {"Nora Kilbane", "Ambrose Tull"} <= {n for _, n in participants(r, premiere)}


def test_a_live_album_s_label_producer_and_tracks_by_the_band_s_players():
    r = read("The saxophonist Mara Quill will release her first live album, \"Nobody Sleeps Tonight,\" on July 11 through Bluewater "
             "Records, the label she has recorded for since 2027.\n\n"
             "Five are Quill originals. The others are \"Dora's Waltz,\" a ballad Hallvard wrote for his daughter, and the pianist "
             "Teo Hallvard's own closer.\n\n"
             "The album is Quill's first release since her 2028 studio album, \"Low Roofs,\" which Arthur Penn also produced.\n\n"
             "Hallvard said:\n\n\"Some nights the room plays you.\"", date=dt.date(2031, 5, 22))
    f = facts(r)
    assert {("Mara Quill", "schema:affiliation", "Bluewater Records"), ("Nobody Sleeps Tonight", "schema:recordLabel", "Bluewater Records"),
            ("Dora's Waltz", "schema:composer", "Teo Hallvard"), ("Low Roofs", "schema:producer", "Arthur Penn")} <= f
    assert ("Dora's Waltz", "schema:byArtist", "Teo Hallvard") not in f
    assert "Five" not in entity_names(r) and type_of(r, "Teo Hallvard") == "schema:Person"
    assert ("Some nights the room plays you.", "Teo Hallvard") in quotes(r)


def test_a_competition_show_returns_with_its_host_judges_and_producer():
    r = read("The singing competition \"Final Chorus\" returns for its third season on Saturday, when the first two episodes arrive "
             "on ITVX. The show launched on ITV2 in 2029.\n\n"
             "Gideon Ash is back as host. The West End star Hattie Kin joins the singer Lottie Vane and the producer Femi Adey, who "
             "have judged the show since the first season. Kin replaces the rapper Dex Haver, who judged the first two seasons "
             "before stepping down in the spring to tour.\n\n"
             "Last year's winner, Nessa Coil, will open the first episode. Her prize was a contract with Halyard Records.\n\n"
             "The season ends with a live final on Dec. 13 at the Eventim Apollo in London, where Ash and the three judges will "
             "crown the winner. Its executive producer, Marnie Odu, "
             "said the season would follow contestants home.", date=dt.date(2031, 8, 27))
    assert type_of(r, "Final Chorus") == "schema:TVSeries"
    f = facts(r)
    assert {("Final Chorus", "schema:datePublished", "2031-08-30"), ("Final Chorus", "schema:datePublished", "2029"),
            ("Final Chorus", "schema:actor", "Gideon Ash"), ("Final Chorus", "schema:actor", "Lottie Vane"),
            ("Final Chorus", "schema:actor", "Femi Adey"), ("Final Chorus", "schema:actor", "Dex Haver"),
            ("Final Chorus", "schema:producer", "Marnie Odu"), ("Nessa Coil", "schema:affiliation", "Halyard Records")} <= f
    assert not events_of(r, "newskg:ConcertTour")
    [final] = events_of(r, "schema:MusicEvent")
    assert final.start_date.iso == "2031-12-13"


def test_a_court_report_names_the_legal_name_the_management_and_its_founder():
    r = read("The singer Lyra Vane is owed £1.2 million by her former management company, her barrister told the High Court in "
             "London on Monday.\n\n"
             "The singer, who is suing under her legal name, Sofia Renholt, sat in the front row. Renholt, 29, accuses Thornfield "
             "Artist Management of withholding money earned from her 2028 album, \"Tin Roof Hymns,\" and from the tour that "
             "followed it.\n\n"
             "The court was shown an email in which Thornfield's founder, Gareth Quill, told a colleague that the singer would sign. "
             "Quill, a former tour manager who set up the company in Manchester in 2015, is expected to give evidence on Thursday.",
             date=dt.date(2031, 6, 17))
    [singer] = [e for e in r.entities.values() if {"Lyra Vane", "Sofia Renholt"} <= {e.name, *e.aliases}]
    assert singer.type == "schema:Person"
    assert type_of(r, "Tin Roof Hymns") == "schema:MusicAlbum"
    assert "Thornfield" in aliases_of(r, "Thornfield Artist Management")
    f = facts(r)
    assert {("Thornfield Artist Management", "schema:founder", "Gareth Quill"),
            ("Thornfield Artist Management", "schema:foundingDate", "2015"),
            ("Thornfield Artist Management", "schema:foundingLocation", "Manchester")} <= f
    assert not [e for e in events_of(r, "newskg:ConcertTour") if ("schema:performer", "Gareth Quill") in participants(r, e)]


def test_an_idol_graduation_keeps_her_agency_and_dates_the_group_s_singles_and_her_drama():
    r = read("Hana Mizuki, the center of the idol group Crescent Parade, will graduate from the group next month, its agency, "
             "Tsuki Artists, announced on Monday.\n\n"
             "Mizuki has stood at the front of the group since its 2024 debut single, \"Kaleido Monday,\" and sang the lead part on "
             "\"Ribbon Logic,\" which the group released last month. The agency said she will stay with Tsuki Artists to "
             "concentrate on acting. She has already been cast in \"Paper Moon House,\" a TBS drama that begins airing in April.\n\n"
             "The group's next single, \"Sayonara Umbrella,\" which Nanairo Disc will release on March 19, is the last to feature her.",
             date=dt.date(2031, 2, 12))
    f = facts(r)
    assert {("Hana Mizuki", "schema:affiliation", "Tsuki Artists"), ("Ribbon Logic", "schema:byArtist", "Crescent Parade"),
            ("Ribbon Logic", "schema:datePublished", "2031-01"), ("Kaleido Monday", "schema:datePublished", "2024"),
            ("Paper Moon House", "schema:datePublished", "2031-04"), ("Sayonara Umbrella", "schema:recordLabel", "Nanairo Disc"),
            ("Sayonara Umbrella", "schema:datePublished", "2031-03-19")} <= f


def test_a_stage_name_and_the_name_behind_it_are_one_artist():
    r = read("Saint Bracken, the stage name of the Atlanta rapper Tyrell Mabon, makes his first appearance in Norway; "
             "Mabon's set closes the festival.", date=dt.date(2031, 3, 6))
    [artist] = [e for e in r.entities.values() if {"Saint Bracken", "Tyrell Mabon"} <= {e.name, *e.aliases}]
    assert artist.type == "schema:Person"


def test_a_solo_debut_with_its_tracks_and_the_group_s_first_single():
    r = read("Mina, the main vocalist of the eight-member K-pop group LUMERA, will make her solo debut next week with the mini "
             "album \"Glass Fern,\" her agency, Greyhill Entertainment, said on Tuesday.\n\n"
             "She is the first member to release solo music since LUMERA debuted in 2027 with the single \"Moth Protocol.\"\n\n"
             "\"Glass Fern\" has five tracks: the title track \"Afterlight,\" \"Orange Ticket,\" \"Tiny Quake,\" \"Sleep Club\" and "
             "\"Dear Twenty.\" The title track was composed by Greyhill's in-house producer Yun Tae-ho with the Swedish songwriter "
             "Linnea Falk.", date=dt.date(2032, 3, 17))
    f = facts(r)
    assert {("Glass Fern", "schema:byArtist", "Mina"), ("Moth Protocol", "schema:byArtist", "LUMERA"),
            ("Afterlight", "schema:composer", "Yun Tae-ho"), ("Afterlight", "schema:composer", "Linnea Falk")} <= f
    assert {(song, "schema:inAlbum", "Glass Fern") for song in ("Afterlight", "Orange Ticket", "Tiny Quake", "Sleep Club", "Dear Twenty")} <= f
    assert not {x for x in f if x[0] == "Afterlight" and x[1] == "schema:composer" and x[2].startswith("Greyhill")}
    assert ("LUMERA", "schema:genre", "k-pop") in f


def test_an_actor_profile_reads_his_past_roles_by_year_and_not_the_late_director_s():
    r = read("The actor Leo Marsh, 74, says he is terrified of the stage. Film audiences know Marsh best from three roles. He broke through as the young miner in \"The Iron Field\" (1989). "
             "In \"Midwinter Ferry\" (1997), directed by the late Hesketh Moore, he played a ferryman who smuggles refugees. "
             "And in \"A Quiet Lease\" (2011) he was Silas Vann, the courteous landlord.", date=dt.date(2032, 10, 6))
    f = facts(r)
    assert {("Iron Field", "schema:actor", "Leo Marsh"), ("Iron Field", "schema:datePublished", "1989"),
            ("Midwinter Ferry", "schema:actor", "Leo Marsh"), ("Midwinter Ferry", "schema:director", "Hesketh Moore"),
            ("A Quiet Lease", "schema:actor", "Leo Marsh"), ("A Quiet Lease", "schema:character", "Silas Vann")} <= f
    assert not {x for x in f if x[1] == "schema:actor" and x[2] == "Hesketh Moore"}


def test_a_biopic_keeps_its_focus_past_a_work_named_once_and_reads_its_director_and_young_lead():
    r = read("Janis Cole will play the soul singer Marva Pruitt in \"Backroom Queen,\" a biopic that Sunbeam Pictures puts into "
             "production next month.\n\n"
             "Dash Renko directs from a screenplay by Maura Fitz. It is Renko's first feature since \"Cotton Parish,\" his 2029 "
             "drama about a prison choir.\n\n"
             "Terrence Obu plays Otis Green, the bandleader who discovered Pruitt at 16. Twelve-year-old Kezia Ampo, a newcomer "
             "found at an open casting call, will play Pruitt as a child.", date=dt.date(2032, 5, 4))
    f = facts(r)
    assert {("Backroom Queen", "schema:director", "Dash Renko"), ("Backroom Queen", "schema:actor", "Terrence Obu"),
            ("Backroom Queen", "schema:actor", "Kezia Ampo"), ("Backroom Queen", "schema:character", "Otis Green")} <= f
    assert not {x for x in f if x[0] == "Cotton Parish" and x[1] == "schema:actor"}
    assert "Twelve-year-old Kezia Ampo" not in entity_names(r)


def test_a_personal_award_goes_to_the_person_not_the_film_they_won_it_for():
    r = read("Aurelio Banfa took best actor for \"Longshore,\" playing a dockworker who testifies against his own union. "
             "Mina Lee took home album of the year for \"Blue Hour.\"", date=dt.date(2032, 2, 23))
    f = facts(r)
    assert {("Aurelio Banfa", "schema:award", "best actor"), ("Longshore", "schema:actor", "Aurelio Banfa"),
            ("Blue Hour", "schema:award", "album of the year")} <= f
    assert ("Longshore", "schema:award", "best actor") not in f


def test_a_run_of_initials_is_one_name_and_not_the_end_of_a_sentence():
    r = read("Salt Road Blues is a 1969 American documentary film by R. J. Penhallow about a bluesman's last tour. "
             "The score was written by Iris M. Dallow.")
    f = facts(r)
    assert ("Salt Road Blues", "schema:director", "R. J. Penhallow") in f
    assert type_of(r, "R. J. Penhallow") == "schema:Person"
    assert "Iris M. Dallow" in entity_names(r)
    sentence = next(x.evidence.sentence for x in r.relations if x.predicate == "schema:director")
    assert sentence.startswith("Salt Road Blues") and sentence.endswith("last tour.")  # the provenance is the whole sentence


def test_a_songwriting_dispute_reads_the_older_song_its_album_and_its_two_writers():
    r = read("The folk singer Maren Oddvik has sued the pop star Tully Brannagh, claiming that Brannagh's hit \"Glass Orchard\" "
             "copies the chorus of \"Salt Meadow,\" a song Oddvik put out in 2018.\n\n"
             "\"Salt Meadow\" appeared on Oddvik's album \"Porch Light Radio,\" issued by a small Duluth label. Oddvik wrote the melody "
             "and Piet Lindqvist, her longtime collaborator, wrote the lyrics.\n\n"
             "\"Her band played that song in bars for years,\" said her lawyer.", date=dt.date(2033, 5, 24))
    f = facts(r)
    assert {("Salt Meadow", "schema:byArtist", "Maren Oddvik"), ("Salt Meadow", "schema:datePublished", "2018"),
            ("Salt Meadow", "schema:inAlbum", "Porch Light Radio"), ("Salt Meadow", "schema:composer", "Maren Oddvik"),
            ("Salt Meadow", "schema:lyricist", "Piet Lindqvist"), ("Glass Orchard", "schema:byArtist", "Tully Brannagh")} <= f
    assert type_of(r, "Glass Orchard") == "schema:MusicRecording" and type_of(r, "Salt Meadow") == "schema:MusicRecording"
    assert not {x for x in f if x[1] == "schema:actor"}  # playing a song in bars is no acting part


def test_a_box_office_roundup_gives_each_film_its_own_credits():
    r = read("\"The Brass Lantern,\" a heist thriller produced by Kestrel Row Pictures, opened on Friday and took first place at "
             "the box office, according to studio figures released on Sunday.\n\n"
             "The film is the second feature from the Dutch director Wilma Terhorst, whose debut, \"Low Tide\" (2027), "
             "played at festivals.\n\n"
             "In third place, the animated comedy \"Pebble and Finch\" held up well with $12 million. The Loamfield Animation film "
             "was co-directed by Akiko Hanabusa and Sven Lorentzen.\n\n"
             "\"Saints of the Underpass,\" a Portuguese-language drama from the Brazilian director Caio Mendonça, expanded to 500 "
             "screens.", date=dt.date(2033, 4, 10))
    f = facts(r)
    assert {("The Brass Lantern", "schema:datePublished", "2033-04-08"), ("The Brass Lantern", "schema:director", "Wilma Terhorst"),
            ("Low Tide", "schema:director", "Wilma Terhorst"), ("Pebble and Finch", "schema:director", "Akiko Hanabusa"),
            ("Pebble and Finch", "schema:director", "Sven Lorentzen"),
            ("Saints of the Underpass", "schema:director", "Caio Mendonça")} <= f
    assert not {x for x in f if x[0] == "The Brass Lantern" and x[2] in ("Akiko Hanabusa", "Sven Lorentzen")}
    assert ("The Brass Lantern", "schema:datePublished", "2033-04-10") not in f
    assert type_of(r, "Saints of the Underpass") == "schema:Movie" and type_of(r, "Pebble and Finch") == "schema:Movie"


def test_a_musical_keeps_its_kind_and_reads_its_cast_and_its_music_lyrics_and_book():
    r = read("Odile Fairweather will play Nell Hargrave, a mill girl with a gift for lock-picking, in \"Tanner's Yard,\" the new "
             "musical that begins previews at the Lyceum Theatre on Oct. 4.\n\n"
             "The show is adapted from Ruth Kellaway's 2011 novel \"The Yard at Tanner's Cross.\" Its score comes from Felix Amory, "
             "who wrote the music, and Ines Okafor, who wrote the lyrics; the book is by the playwright Tobias Wren.\n\n"
             "Hal Brisbane plays Nell's uncle, Amos Hargrave, a ruined tanner, and Greta Lowe is the landlady Mrs. Pettigrew, "
             "a part Lowe first played in a 2031 tryout.", date=dt.date(2033, 6, 15))
    f = facts(r)
    assert {("Tanner's Yard", "schema:actor", "Odile Fairweather"), ("Tanner's Yard", "schema:character", "Nell Hargrave"),
            ("Tanner's Yard", "schema:isBasedOn", "The Yard at Tanner's Cross"), ("Tanner's Yard", "schema:composer", "Felix Amory"),
            ("Tanner's Yard", "schema:lyricist", "Ines Okafor"), ("Tanner's Yard", "schema:author", "Tobias Wren"),
            ("Tanner's Yard", "schema:character", "Amos Hargrave"), ("Tanner's Yard", "schema:actor", "Greta Lowe")} <= f
    assert type_of(r, "Tanner's Yard") == "schema:CreativeWork"  # a musical with a cast is no film
    assert "Mrs. Pettigrew" in aliases_of(r, "Pettigrew")


@pytest.mark.parametrize("text, title, kind", [
    ("The band's new album, titled Silver Ash, was released in 2029.", "Silver Ash", "schema:MusicAlbum"),
    ("A sequel, titled Brass Harbour II, came out in 2014.", "Brass Harbour II", "schema:CreativeWork"),
    ("Last weekend's champion, the fantasy epic \"Thornwood,\" fell 58 percent.", "Thornwood", "schema:Movie"),
])
def test_a_title_after_its_kind_and_a_comma(text, title, kind):
    r = read(text)
    assert type_of(r, title) == kind


def test_a_comeback_with_a_new_member_reads_the_debut_single_the_agency_the_tracks_and_their_writers():
    r = read("KESTRIVE came back on Monday with a new member. The boy group, which debuted as a quintet in 2029 with the single "
             "\"Paper Comet,\" released its third mini album, \"Night Orchard,\" a few hours after presenting its newest member, Riku, "
             "at a media showcase in Seoul.\n\n"
             "Riku (Riku Aoyama), a 20-year-old dancer from Kobe, signed with Halberd Entertainment, the group's agency, in 2030.\n\n"
             "The title track, \"Tin Halo,\" was written by Seo Min-gyu, who has produced every KESTRIVE single so far, together with "
             "the Berlin producer Anton Weidlich. Among the album's six songs are \"Green Flare\" and \"Unsent Letters,\" a ballad "
             "with lyrics by the leader, Doyun, and by Riku.\n\n"
             "Hajun, the group's main vocalist, missed the showcase with a cold.", date=dt.date(2033, 9, 6))
    f = facts(r)
    assert {("Paper Comet", "schema:byArtist", "KESTRIVE"), ("Riku Aoyama", "schema:affiliation", "Halberd Entertainment"),
            ("KESTRIVE", "schema:affiliation", "Halberd Entertainment"), ("Tin Halo", "schema:composer", "Anton Weidlich"),
            ("Green Flare", "schema:inAlbum", "Night Orchard"), ("Unsent Letters", "schema:inAlbum", "Night Orchard"),
            ("Unsent Letters", "schema:lyricist", "Doyun"), ("Unsent Letters", "schema:lyricist", "Riku Aoyama"),
            ("Doyun", "schema:memberOf", "KESTRIVE"), ("Hajun", "schema:memberOf", "KESTRIVE")} <= f


def test_a_label_takeover_reads_founders_roster_signings_and_the_band_behind_the_label():
    r = read("Harrowgate Music has agreed to buy Fallowfield Records, the Leeds label behind the post-punk band the Shearwaters.\n\n"
             "Fallowfield, which Bryony Askew founded in 2015 with the producer Callum Teague, will keep its name. "
             "\"Nobody has asked us to change a thing,\" Askew said.\n\n"
             "The Shearwaters, who signed to Fallowfield in 2017, are the label's best-selling act. The band is fronted by "
             "Isla Rennie. Their 2030 album, \"Civic Weather,\" was produced by Teague.\n\n"
             "Fallowfield's roster also includes the singer-songwriter Mhairi Dow, whose second album, \"Gorse and Heather,\" "
             "came out last year. In a separate announcement, Harrowgate said it had signed the R&B singer Dayo Ekwueme to its "
             "Lantern Records imprint.", date=dt.date(2033, 2, 8))
    f = facts(r)
    assert type_of(r, "Shearwaters") == "schema:MusicGroup"
    assert {("Fallowfield Records", "schema:founder", "Bryony Askew"), ("Fallowfield Records", "schema:founder", "Callum Teague"),
            ("Isla Rennie", "schema:memberOf", "Shearwaters"), ("Civic Weather", "schema:byArtist", "Shearwaters"),
            ("Mhairi Dow", "schema:affiliation", "Fallowfield Records"),
            ("Dayo Ekwueme", "schema:affiliation", "Lantern Records")} <= f
    assert not {x for x in f if x[1] == "schema:recordLabel" and x[2] == "Lantern Records"}


def test_a_concert_film_reads_the_band_from_a_colon_list_and_a_song_two_members_wrote():
    r = read("\"Last Bus Home,\" a concert documentary directed by Ines Varga, arrives on a streaming service on Sept. 2.\n\n"
             "It was filmed on the last night of the tour behind Marrowlight's 2031 album, \"Lantern Season,\" which came out on "
             "Kittering Records. Between songs the film cuts to footage of Marrowlight: the singer Tess Abernathy, the guitarist "
             "Ravi Dhillon and the drummer Jo Kemble. The set closes with \"Signal Fire,\" the album's biggest single, and includes "
             "the first live performance of \"Ferris Wheel,\" an unreleased song that Abernathy and Dhillon wrote on a train.",
             date=dt.date(2033, 8, 18))
    f = facts(r)
    assert {("Lantern Season", "schema:recordLabel", "Kittering Records"), ("Tess Abernathy", "schema:memberOf", "Marrowlight"),
            ("Ravi Dhillon", "schema:memberOf", "Marrowlight"), ("Signal Fire", "schema:inAlbum", "Lantern Season"),
            ("Ferris Wheel", "schema:composer", "Tess Abernathy"), ("Ferris Wheel", "schema:composer", "Ravi Dhillon")} <= f
    assert ("Ferris Wheel", "schema:inAlbum", "Lantern Season") not in f  # the set includes it, not the album


def test_a_stage_run_has_its_days_and_its_tryout_and_a_part_played_is_no_participant():
    r = read("Odile Fairweather will play Nell Hargrave, a mill girl, in \"Tanner's Yard,\" the new musical that begins previews at "
             "the Lyceum Theatre on Oct. 4 ahead of an official opening night on Oct. 27, its producers announced on Tuesday.\n\n"
             "Greta Lowe is the landlady Mrs. Pettigrew, a part Lowe first played in the show's 2032 tryout at the Alley Theatre "
             "in Houston.", date=dt.date(2033, 6, 15))
    stage = events_of(r, "schema:TheaterEvent")
    assert sorted(e.start_date.iso for e in stage) == ["2032", "2033-10-04", "2033-10-27"]  # not the day it was announced
    assert not events_of(r, "schema:MusicEvent")  # playing a part is no concert
    assert not any("Nell Hargrave" in {n for _, n in participants(r, e)} for e in stage)


def test_a_concert_film_is_no_concert_but_the_night_it_filmed_is():
    r = read("\"Last Bus Home,\" a concert documentary directed by Ines Varga, arrives on Apple TV+ on Sept. 2.\n\n"
             "It was shot at the Barrowland in Glasgow on Nov. 11 last year, the closing night of the tour behind Marrowlight's "
             "2031 album.", date=dt.date(2033, 8, 18))
    concerts = events_of(r, "schema:MusicEvent")
    assert [e.start_date.iso for e in concerts] == ["2032-11-11"]
    assert "Apple TV+" in entity_names(r)


def test_a_showcase_a_few_hours_after_a_dated_comeback_is_on_that_day():
    r = read("KESTRIVE came back on Monday with a new member. The boy group, which debuted as a quintet in 2029, released its third "
             "mini album, \"Night Orchard,\" a few hours after presenting its newest member, Riku, at a media showcase at Yes24 "
             "Live Hall in Seoul. KESTRIVE will perform the title track on KBS2's \"Music Bank\" on Friday, on television for "
             "the first time.", date=dt.date(2033, 9, 6))
    days = sorted(e.start_date.iso for e in events_of(r, "schema:MusicEvent"))
    assert days == ["2033-09-05", "2033-09-09"]
    assert type_of(r, "Music Bank") == "schema:TVSeries"


def test_a_plural_noun_opening_a_quote_is_no_name():
    r = read("\"People still want to be scared together,\" said Lyle Brandt, the studio's head of distribution. "
             "\"Labels like ours find artists early,\" he added.")
    assert not {"People", "Labels"} & entity_names(r)


def test_a_duo_of_two_members_releases_on_the_coming_friday_and_its_songs_have_their_writers():
    r = read("Hollow Birch, the folk duo of Nell Granger and Amos Pike, release their second album, \"Riverstone Almanac,\" on "
             "Friday through Wrenfield Records.\n\n"
             "Granger co-wrote \"Cider Lane\" with the Memphis songwriter Ruth Calloway. Pike's \"Paper Kite Hymn,\" co-written "
             "with Jesse Albright, is the slow heart of the album.", date=dt.date(2032, 7, 15))
    f = facts(r)
    assert {("Nell Granger", "schema:memberOf", "Hollow Birch"), ("Amos Pike", "schema:memberOf", "Hollow Birch"),
            ("Riverstone Almanac", "schema:byArtist", "Hollow Birch"), ("Riverstone Almanac", "schema:datePublished", "2032-07-16"),
            ("Cider Lane", "schema:composer", "Nell Granger"), ("Cider Lane", "schema:composer", "Ruth Calloway"),
            ("Paper Kite Hymn", "schema:composer", "Amos Pike"), ("Paper Kite Hymn", "schema:composer", "Jesse Albright")} <= f
    assert ("Riverstone Almanac", "schema:byArtist", "Nell Granger") not in f  # the duo's record, not each member's too


def test_a_composers_obituary_credits_him_with_each_score_and_each_director_with_their_film():
    r = read("Anselm Verhoeckx, composer of \"Salt Road,\" dies at 90\n\n"
             "Anselm Verhoeckx, the Belgian-born composer, died on Saturday at his home in Porto. He was 90.\n\n"
             "He was playing the organ at weddings when the director Pieter Moens hired him to score \"Keeper's Daughters\" "
             "(1979), a drama about a lighthouse family.\n\n"
             "His longest partnership was with the British director Alan Storrow, for whom he wrote the music of \"Frost Hollow\" "
             "(1985), \"A Summer of Kites\" (1990) and four other films. But it was Ruth Callan's desert epic \"Salt Road\" "
             "(1996) that made him famous. The score won him the Academy Award for best original score.\n\n"
             "\"Anselm never scored what the picture showed. He scored what the characters were hiding,\" Callan said.\n\n"
             "His final score was for Marta Ibarguren's \"A Low Sun,\" which came out in 2031.\n\n"
             "The Scheldt Chamber Orchestra will play a programme of his film music at the Concertgebouw in Bruges on Nov. 18. "
             "The concert will now be dedicated to him.", date=dt.date(2034, 10, 9))
    f = facts(r)
    assert {("Salt Road", "newskg:scoreComposer", "Anselm Verhoeckx"), ("Keeper's Daughters", "schema:director", "Pieter Moens"),
            ("Keeper's Daughters", "newskg:scoreComposer", "Anselm Verhoeckx"), ("Frost Hollow", "schema:director", "Alan Storrow"),
            ("A Summer of Kites", "newskg:scoreComposer", "Anselm Verhoeckx"), ("Anselm Verhoeckx", "schema:award", "Academy Award"),
            ("A Low Sun", "schema:director", "Marta Ibarguren")} <= f
    assert not {x for x in f if x[2] == "Alan Storrow" and x[1] == "newskg:scoreComposer"}  # "for whom he wrote": he is not Storrow
    assert not {x for x in f if x[2] == "Ruth Callan" and x[1] == "schema:award"}
    assert type_of(r, "Scheldt Chamber Orchestra") == "schema:MusicGroup"
    [concert] = events_of(r, "schema:MusicEvent")
    assert {n for _, n in participants(r, concert)} == {"Scheldt Chamber Orchestra"}  # not the man the night honours
    assert not events_of(r, "newskg:AwardCeremony")  # a prize won long ago is no ceremony reported


def test_a_festival_lineup_credits_each_film_to_its_director_and_the_opening_film_its_cast():
    r = read("Tallinn will open with Kaia Lepp's \"The Ferryman's Hour\"\n\n"
             "The Tallinn Film Festival will open on Nov. 14 with \"The Ferryman's Hour,\" the Estonian director Kaia Lepp's "
             "adaptation of Jaan Oras's 1991 novel \"The Sleepless Bay,\" organizers said on Tuesday.\n\n"
             "The film, produced by the Tartu company Veskimaa Film, stars Rein Kallas as Toomas Vaher, a ferry pilot who stops "
             "speaking after an accident.\n\n"
             "Among the competition titles are Obinna Eze's \"The Tailor's Wedding\" (Nigeria) and \"Plover,\" the first film "
             "directed by the American actor Calder Moss, who also stars in it. The Chilean filmmaker Tomás Irarrázaval, a "
             "regular at the festival, returns with \"What the Tide Keeps.\"", date=dt.date(2034, 7, 25))
    f = facts(r)
    assert {("The Ferryman's Hour", "schema:director", "Kaia Lepp"), ("The Ferryman's Hour", "schema:actor", "Rein Kallas"),
            ("The Ferryman's Hour", "schema:character", "Toomas Vaher"), ("The Tailor's Wedding", "schema:director", "Obinna Eze"),
            ("Plover", "schema:actor", "Calder Moss"), ("What the Tide Keeps", "schema:director", "Tomás Irarrázaval")} <= f
    assert type_of(r, "Tallinn") != "schema:Movie"  # a festival town that "will open with" a film is no film
    assert type_of(r, "Toomas Vaher") == "schema:Person"  # "a ferry pilot who ...": a person, not a TV pilot


def test_a_concert_review_places_the_show_and_the_next_stop_and_reads_the_setlist():
    r = read("Two songs into her show at the Hydro in Glasgow on Friday, Maren Solberg stopped and asked for the house lights.\n\n"
             "The 26-year-old is touring \"Paper Lanterns,\" the second album she released in April on Fjordline Records. She "
             "opened with \"Static Bloom,\" the record's clattering first track, then dropped into \"Tin Roof,\" a holdover "
             "from her 2031 debut, \"Northern Hours.\" Midway through, the Leeds rapper Kofi Mensah walked on for \"Low Sun "
             "Romance,\" their duet from \"Paper Lanterns.\"\n\n"
             "The tour moves on to the SSE Arena in Belfast on Tuesday.", date=dt.date(2035, 5, 20))
    f = facts(r)
    assert {("Paper Lanterns", "schema:byArtist", "Maren Solberg"), ("Static Bloom", "schema:inAlbum", "Paper Lanterns"),
            ("Tin Roof", "schema:inAlbum", "Northern Hours"), ("Low Sun Romance", "schema:inAlbum", "Paper Lanterns")} <= f
    shows = sorted((e.start_date.iso, sorted(name(r, k) for k in e.locations)) for e in events_of(r, "schema:MusicEvent"))
    assert shows == [("2035-05-18", ["Glasgow", "Hydro"]), ("2035-05-22", ["Belfast", "SSE Arena"])]


def test_a_sequel_casting_reads_who_returns_as_whom_and_a_part_named_with_its_rank():
    r = read("Odile Brannock will play the villain in \"Stormgate: Undertow,\" Kestrel Row Pictures announced on Saturday.\n\n"
             "Daniel Okafor returns as Elias Varga, the vigilante who calls himself Squall, and Priya Venkat is back as his "
             "handler, Commander Hester Dane.", date=dt.date(2035, 7, 30))
    f = facts(r)
    assert {("Stormgate: Undertow", "schema:actor", "Daniel Okafor"), ("Stormgate: Undertow", "schema:character", "Elias Varga"),
            ("Stormgate: Undertow", "schema:actor", "Priya Venkat"), ("Stormgate: Undertow", "schema:character", "Hester Dane")} <= f
    assert "Commander Hester Dane" in aliases_of(r, "Hester Dane")


def test_a_nominations_story_reads_each_film_its_director_company_and_star():
    r = read("\"Brinewater,\" Solveig Arnesen's drama about a failing mussel farm, led the field when the nominations for the best "
             "motion picture were read out on Monday.\n\n"
             "The film, produced by the Bergen company Tangvik Pictures, was also recognised for Arnesen's direction and for its "
             "star, Adaeze Nwosu, who plays a widow.\n\n"
             "The first-time filmmaker Piotr Wasik, whose \"Spare Engines\" was shot in 19 days, is also nominated. Arnesen, who "
             "won a Golden Globe in 2031 for directing \"The Herring Winter,\" said she had slept through it.",
             date=dt.date(2035, 12, 10))
    f = facts(r)
    assert {("Brinewater", "schema:director", "Solveig Arnesen"), ("Brinewater", "schema:productionCompany", "Tangvik Pictures"),
            ("Brinewater", "schema:actor", "Adaeze Nwosu"), ("Spare Engines", "schema:director", "Piotr Wasik"),
            ("Herring Winter", "schema:director", "Solveig Arnesen"), ("Solveig Arnesen", "schema:award", "Golden Globe")} <= f
    assert not {x for x in f if x[1] == "schema:productionCompany" and x[2] == "Bergen"}
    assert type_of(r, "Brinewater") == "schema:Movie"


def test_a_reunion_story_reads_the_lineup_the_new_single_and_the_debuts_opening_track():
    r = read("Gravel Kites, the Cardiff guitar band whose 1995 single \"Motorway Hymn\" became an anthem, will reunite this spring.\n\n"
             "All four original members are taking part: the singer Nia Brackwell, the guitarist Owain Tresize, the bassist "
             "Carys Penhale and the drummer Dai Morcombe. The keyboard player Ilse Varga has played in Brackwell's solo band "
             "since 2016.\n\n"
             "\"Come Round Slowly,\" the band's first recording in 30 years, is out on Feb. 24. It was produced by Huw Latchmore, "
             "who also produced the band's debut album, \"Overhead Lines\" (1995), which opened with \"Motorway Hymn.\"\n\n"
             "Brackwell said the reunion began at a funeral.", date=dt.date(2034, 2, 7))
    f = facts(r)
    assert {("Nia Brackwell", "schema:memberOf", "Gravel Kites"), ("Dai Morcombe", "schema:memberOf", "Gravel Kites"),
            ("Come Round Slowly", "schema:byArtist", "Gravel Kites"), ("Motorway Hymn", "schema:inAlbum", "Overhead Lines")} <= f
    assert "Brackwell" not in entity_names(r)  # the surname is the singer, even where "in Brackwell's" looks like a place
    assert not r.events  # a funeral the story mentions in passing, with no day or place, is no event to record


def test_a_world_tour_gives_each_stop_its_promoter_and_the_act_that_opens_every_show():
    r = read("Samira Qasim will take her second album on the road this spring, on a world tour that ends in the city where she "
             "was born.\n\n"
             "The tour, which is being promoted by Halden Live, supports \"Copper Kettle,\" the album she released in November.\n\n"
             "The first leg opens at the Arena Birmingham in Birmingham on April 9. The North American run begins at Toronto's "
             "Massey Hall on May 14 and takes in the Fox Theater in Detroit on May 18. The final night, on June 20, is an open-air "
             "concert at the Citadel in Beirut, the capital Qasim left when she was six.\n\n"
             "Dayo Adeyemi, a songwriter from Lagos, will open every show except the one in Beirut.\n\n"
             "\"She was selling out small rooms on her last tour,\" said Ruth Hallam, the promoter's chief executive.",
             date=dt.date(2036, 2, 12))
    assert type_of(r, "Samira Qasim") == "schema:Person"  # "Qasim left" in a place's apposition is still the singer
    stops = {e.start_date.iso: e for e in events_of(r, "newskg:TourStop")}
    assert {"2036-04-09", "2036-05-14", "2036-05-18", "2036-06-20"} <= set(stops)  # "and takes in X on May 18": a stop of its own
    assert ("schema:organizer", "Halden Live") in participants(r, stops["2036-05-18"])
    assert ("schema:performer", "Dayo Adeyemi") in participants(r, stops["2036-04-09"])
    assert ("schema:performer", "Dayo Adeyemi") not in participants(r, stops["2036-06-20"])
    for tour in events_of(r, "newskg:ConcertTour"):
        assert ("schema:performer", "Ruth Hallam") not in participants(r, tour)  # "her last tour" is another tour


def test_an_audition_show_finale_reads_the_new_groups_members_and_companies():
    r = read("Five trainees will debut together as Brightline after the finale of the audition show \"Next Orbit\" on Friday.\n\n"
             "Brightline's line-up, decided by a viewer vote, is led by Seo Ha-jun, a dancer from Busan who trains at Haneul "
             "Entertainment. The last two places in the group went to Kenta Mori, an Osaka native, and to Arthit Wongsa, a Thai "
             "contestant who performs under the name Tide.\n\n"
             "The group will be managed for five years by Dalbit Entertainment, the agency that co-produced the series.",
             date=dt.date(2036, 7, 5))
    f = facts(r)
    assert type_of(r, "Brightline") == "schema:MusicGroup"
    assert {("Seo Ha-jun", "schema:memberOf", "Brightline"), ("Kenta Mori", "schema:memberOf", "Brightline"),
            ("Seo Ha-jun", "schema:affiliation", "Haneul Entertainment"), ("Brightline", "schema:affiliation", "Dalbit Entertainment"),
            ("Next Orbit", "schema:productionCompany", "Dalbit Entertainment")} <= f
    [tide] = [e for e in r.entities.values() if "Arthit Wongsa" in e.names]  # a stage name and the name at birth: one person
    assert (tide.name, "schema:memberOf", "Brightline") in f and tide.type == "schema:Person"


def test_a_biopic_story_reads_the_memoir_the_singers_songs_and_the_cast():
    r = read("Adaeze Okafor has been cast as Lorna Vane, the Memphis soul singer, in \"Velvet Storm,\" a biopic that Kestrel "
             "Pictures is producing.\n\n"
             "The film will be directed by Tamas Kovacs, the filmmaker behind the drama \"A Quiet Field\" (2031). Its screenplay "
             "is adapted from \"Midnight Choir,\" the 2030 memoir written by Vane's daughter, Ida Vane.\n\n"
             "Lorna Vane, who died in 1988, never became the star her fans wanted. Her best-known singles, \"Bluebird Lane\" (1963) and \"Preacher's Daughter\" (1966), were both released on the "
             "Memphis label Cotton Row Records and were co-written with her husband, the trumpeter Otis Vane.\n\n"
             "Jerome Achebe, who starred opposite Okafor on the London stage, will play Otis.", date=dt.date(2036, 4, 2))
    f = facts(r)
    assert {("Velvet Storm", "schema:productionCompany", "Kestrel Pictures"), ("A Quiet Field", "schema:director", "Tamas Kovacs"),
            ("Midnight Choir", "schema:author", "Ida Vane"), ("Midnight Choir", "schema:datePublished", "2030"),
            ("Preacher's Daughter", "schema:byArtist", "Lorna Vane"), ("Bluebird Lane", "schema:recordLabel", "Cotton Row Records"),
            ("Preacher's Daughter", "schema:composer", "Otis Vane"), ("Bluebird Lane", "schema:composer", "Lorna Vane"),
            ("Velvet Storm", "schema:actor", "Jerome Achebe"), ("Velvet Storm", "schema:character", "Otis Vane")} <= f
    assert type_of(r, "Preacher's Daughter") == "schema:MusicRecording"  # "singles, A (1963) and B (1966)": both singles
    assert not {x for x in f if x[1] == "schema:author" and x[0] == "Velvet Storm" and x[2] != "Ida Vane"} - \
        {("Velvet Storm", "schema:author", "Ida Vane")}


def test_a_nominations_list_reads_each_nominee_with_the_film_named_for_them():
    r = read("Close behind is \"Dry Lanterns,\" a thriller directed by Ama Osei. Its lead, Rory Quill, is nominated for best "
             "actor, and Osei is one of the five directing nominees. The other three are Petra Ionescu for \"Cold Orchard,\" "
             "Vikram Sethi for \"The Blue Hour\" and Jonas Ek for \"Loose Ends.\"\n\n"
             "The best original song race includes \"Moths at Noon,\" which the songwriters Pia Lund and Karl Brix wrote for the "
             "animated feature \"The Salt Road,\" where it is sung by Ada Frey.", date=dt.date(2035, 12, 10))
    f = facts(r)
    assert {("Cold Orchard", "schema:director", "Petra Ionescu"), ("Loose Ends", "schema:director", "Jonas Ek"),
            ("Moths at Noon", "schema:composer", "Pia Lund"), ("Moths at Noon", "schema:byArtist", "Ada Frey")} <= f
    assert not {x for x in f if x[0] == "Salt Road" and x[1] == "schema:byArtist"}  # the song is sung, not the film
    assert type_of(r, "Moths at Noon") == "schema:MusicRecording"


def test_a_concert_review_credits_the_songs_of_the_set_to_the_singer():
    r = read("Two songs into her show at the Olympia on Friday, Maeve Corrigan asked for the house lights.\n\n"
             "She opened with \"Static Bloom,\" the record's first track, then dropped straight into \"Tin Roof,\" a holdover "
             "from her debut.", date=dt.date(2035, 5, 20))
    f = facts(r)
    assert {("Static Bloom", "schema:byArtist", "Maeve Corrigan"), ("Tin Roof", "schema:byArtist", "Maeve Corrigan")} <= f


def test_a_label_lawsuit_reads_the_manager_the_hearing_and_the_show_that_night():
    r = read("The country singer Mae Tolliver has sued her record label, Ironweed Records.\n\n"
             "The dispute became public in July, when Tolliver's manager, Abel Marchetti, posted a photograph of a locked studio "
             "door. Marchetti founded the management company High Meadow Artists, which has represented Tolliver since the start "
             "of her career.\n\n"
             "A hearing on her request for an injunction, which would allow her to release \"Dry Creek Psalms\" on her own, has been "
             "scheduled for Oct. 21.\n\n"
             "Tolliver was not at the courthouse on Tuesday. She spent the evening on the small stage of the Larkspur Cafe, where "
             "she sang three songs from the shelved album.", date=dt.date(2036, 9, 24))
    f = facts(r)
    assert {("High Meadow Artists", "schema:founder", "Abel Marchetti"),
            ("Mae Tolliver", "schema:affiliation", "High Meadow Artists")} <= f
    assert not {x for x in f if x[0] == "Dry Creek Psalms" and x[1] == "schema:datePublished"}  # a release no one has set
    [hearing] = [e for e in r.events if e.start_date and e.start_date.iso == "2036-10-21"]
    assert participants(r, hearing) == {("schema:attendee", "Mae Tolliver")}  # "her request": the singer's, not her manager's
    [show] = events_of(r, "schema:MusicEvent")
    assert show.start_date.iso == "2036-09-23" and ("schema:performer", "Mae Tolliver") in participants(r, show)


def test_a_documentary_story_reads_its_director_producer_the_band_founders_and_not_the_earlier_film():
    r = read("\"Nobody Drives at Night,\" Itzel Moreno's documentary about the Leeds band the Paper Lanterns, has been bought by "
             "Mubi, two days after it opened the festival.\n\n"
             "Moreno, a Mexico City-born director whose previous film, \"Sand for the Kids\" (2033), followed a boxing club in "
             "Tijuana, spent three years on the road with the group.\n\n"
             "The Paper Lanterns were formed in 2024 by the singer Lowri Penhale and the guitarist Sunil Bhatt, who met at a "
             "karaoke night. The four recorded their debut album, \"Cheap Heat,\" above a tyre shop. It came out in 2027.\n\n"
             "The documentary's emotional centre is the band's near-collapse in 2033. It was produced by Perdita Lowe, who also "
             "produced \"Sand for the Kids.\"", date=dt.date(2036, 6, 16))
    f = facts(r)
    assert {("Nobody Drives at Night", "schema:director", "Itzel Moreno"), ("Sand for the Kids", "schema:director", "Itzel Moreno"),
            ("Paper Lanterns", "schema:founder", "Lowri Penhale"), ("Lowri Penhale", "schema:memberOf", "Paper Lanterns"),
            ("Cheap Heat", "schema:datePublished", "2027"), ("Nobody Drives at Night", "schema:producer", "Perdita Lowe"),
            ("Sand for the Kids", "schema:producer", "Perdita Lowe")} <= f


def test_a_chat_show_story_gives_the_guests_film_its_cast_and_the_singers_songs_their_album():
    r = read("Dervla Quinn had promised viewers of \"The Late Lamp\" a quiet Friday.\n\n"
             "The song was \"Hail on Glass,\" the new single from the Dutch singer Marit Bos. It is the second track to be taken "
             "from \"Slow Sparks,\" her fourth album.\n\n"
             "Sharing the sofa was Kofi Mensah-Hale, who was there to promote \"The Mapmaker's Son,\" a period drama directed by "
             "Livia Conti. He plays Cuthbert Pell, a Victorian surveyor.\n\n"
             "Quinn closed the show by asking Bos for an encore, and the singer obliged with a stripped-down version of "
             "\"Night Tram to Gouda,\" her 2033 breakthrough.", date=dt.date(2036, 11, 15))
    f = facts(r)
    assert {("Hail on Glass", "schema:inAlbum", "Slow Sparks"), ("The Mapmaker's Son", "schema:actor", "Kofi Mensah-Hale"),
            ("The Mapmaker's Son", "schema:character", "Cuthbert Pell"), ("Night Tram to Gouda", "schema:byArtist", "Marit Bos"),
            ("Night Tram to Gouda", "schema:datePublished", "2033")} <= f
    assert not {x for x in f if "Late Lamp" in x[0] and x[1] == "schema:actor"}  # who came "to promote" W plays in W


def test_a_one_word_town_before_a_band_noun_or_after_from_is_a_city():
    r = read("Earlier, the Galway four-piece the Tin Gulls played a ragged half-hour. The 27-year-old from Swindon closed the night, "
             "and the Dublin rapper Tolu Adebayo walked on for one song. The film was made by the Aarhus company Ravnkilde Film.\n\n"
             "Kim Do-yun will report to an army training centre in Nonsan on Monday.", date=dt.date(2035, 5, 20))
    for town in ("Galway", "Swindon", "Dublin", "Aarhus", "Nonsan"):
        assert type_of(r, town) == "schema:City", town
    assert type_of(r, "Ravnkilde Film") == "schema:Organization"


def test_people_the_model_calls_companies_are_people_by_what_the_text_says_they_do():
    r = read("She beat a field that included Odalys Verne, nominated for her performance in \"Hush, Comet.\" In the English dub, "
             "Sayo is voiced by Carys Penhallow. Pruett is an executive producer, and Ruthanne Bexworth produces for Sunbridge.\n\n"
             "Also ordered was \"The Night Desk,\" a workplace comedy set in an airport hotel for the network's midseason. It stars "
             "the stand-up comic Josie Garrow and is produced by Hatbox Pictures.\n\n"
             "\"Coldwater Line,\" a railway thriller, is close behind. Its lead, Lorcan Teague, is nominated for best actor for his "
             "turn as the signalman Amos Pridd.", date=dt.date(2034, 5, 15))
    for person in ("Odalys Verne", "Carys Penhallow", "Ruthanne Bexworth", "Josie Garrow", "Lorcan Teague"):
        assert type_of(r, person) == "schema:Person", person
    f = facts(r)
    assert {("Night Desk", "schema:productionCompany", "Hatbox Pictures"), ("Night Desk", "schema:actor", "Josie Garrow"),
            ("Coldwater Line", "schema:actor", "Lorcan Teague"), ("Coldwater Line", "schema:character", "Amos Pridd")} <= f
    assert type_of(r, "Night Desk") == "schema:TVSeries"  # a network's midseason comedy is a show


def test_a_chart_story_reads_the_duo_its_members_and_the_track_each_paragraph_speaks_of():
    r = read("Nadia Ferro's second album, \"Dry Country,\" debuted at No. 1 this week. It was produced by Anders Lindqvist, the "
             "songwriter who also wrote its lead single, \"Mesa,\" with Ferro.\n\n"
             "At the top of the Hot 100, \"Late Bus Home,\" by the sibling duo the Carrowmores, rose to No. 1. The Carrowmores are "
             "Ada Carrowmore and her younger brother, Hamish Carrowmore. Hamish produced the track.", date=dt.date(2034, 3, 19))
    f = facts(r)
    assert {("Mesa", "schema:inAlbum", "Dry Country"), ("Late Bus Home", "schema:byArtist", "Carrowmores"),
            ("Ada Carrowmore", "schema:memberOf", "Carrowmores"), ("Hamish Carrowmore", "schema:memberOf", "Carrowmores"),
            ("Late Bus Home", "schema:producer", "Hamish Carrowmore")} <= f
    assert not {x for x in f if x[0] == "Mesa" and x[2] in ("Carrowmores", "Hamish Carrowmore")}


def test_a_festival_line_up_gives_each_night_its_acts_the_promoter_and_the_festivals_place():
    r = read("The Harbour Lights Festival returns to Marlay Park in Dublin from July 10 to 12, its organisers said on Monday.\n\n"
             "The festival is run by Saltmarsh Live, a Dublin promoter founded in 2029 by the former club booker Aisling Farrell.\n\n"
             "Copper Orchard, the Cork band started a decade ago by the singer Cian Rooney, will close the opening night on Friday, "
             "July 10. Also on that evening's bill are the Galway folk duo Merrow Bay and Ceri Powell, a singer-songwriter from "
             "Swansea.\n\n"
             "The final night, Sunday, July 12, will be headlined by Efua Mensah.\n\n"
             "\"Young people are the reason this festival exists,\" Farrell said.", date=dt.date(2037, 2, 10))
    [festival] = events_of(r, "schema:Festival")
    assert festival.start_date.iso == "2037-07-10"  # the day, not "this year"
    assert ("schema:organizer", "Saltmarsh Live") in participants(r, festival)
    assert ("schema:performer", "Aisling Farrell") not in participants(r, festival)  # who founded the promoter is not on the bill
    nights = {e.start_date.iso: e for e in events_of(r, "schema:MusicEvent")}
    assert set(nights) == {"2037-07-10", "2037-07-12"}
    friday = participants(r, nights["2037-07-10"])
    assert {("schema:performer", "Copper Orchard"), ("schema:performer", "Merrow Bay"), ("schema:performer", "Ceri Powell"),
            ("schema:organizer", "Saltmarsh Live")} <= friday
    assert ("schema:performer", "Cian Rooney") not in friday
    assert {name(r, k) for k in nights["2037-07-12"].locations} == {"Marlay Park", "Dublin"}  # not Galway or Swansea
    assert not events_of(r, "schema:TheaterEvent")  # a festival's opening night is no stage run


def test_a_charity_single_reads_its_voices_writers_and_the_trusts_founder():
    r = read("\"Carry the Dawn,\" a charity single organised by the singer Tolu Adeyemi and recorded by 14 artists, will be released "
             "on Friday by Lodestone Sound, with all proceeds going to the Brightwater Trust.\n\n"
             "The trust, which was set up in 2030 by the paediatric nurse Wanjiru Kamau, pays for music therapists.\n\n"
             "She wrote the lyrics herself; the melody is by Euan Brodie. Among the voices on it are the Filipino singer Janelle "
             "Dimalanta, the Bristol band the Quiet Hours and the rapper Jerome Asante, who records as Atlas Crow.\n\n"
             "Adeyemi and the Quiet Hours will sing it together on June 6 at Manchester's Bridgewater Hall.", date=dt.date(2037, 5, 12))
    f = facts(r)
    assert {("Carry the Dawn", "schema:composer", "Euan Brodie"), ("Carry the Dawn", "schema:byArtist", "Janelle Dimalanta"),
            ("Carry the Dawn", "schema:byArtist", "Quiet Hours"), ("Carry the Dawn", "schema:byArtist", "Tolu Adeyemi"),
            ("Brightwater Trust", "schema:founder", "Wanjiru Kamau")} <= f
    [rapper] = [e for e in r.entities.values() if "Atlas Crow" in e.names]
    assert "Jerome Asante" in rapper.names and ("Carry the Dawn", "schema:byArtist", rapper.name) in f


def test_an_actor_profile_reads_the_films_of_a_career_and_the_part_he_is_known_for():
    r = read("Teodor Salas has a rule about scripts: if he can guess the last page by the tenth, he says no.\n\n"
             "Salas was first noticed in \"Tin Saint\" (2024), Henrike Voss's drama about a family of boxers, in which he played the "
             "youngest brother. Four years later came \"Low Tide at Iloilo,\" directed by Amihan Reyes, the film that made him a star. "
             "Then there was \"The Long Parole\" (2032), Saul Feld's prison thriller, which introduced him to American "
             "audiences.\n\n"
             "These days he is best known as Ramon Acuña, the weary public defender at the centre of \"Harrowgate,\" the legal drama "
             "now in its second season.\n\n"
             "Next up is \"Far Side of Noon,\" a science-fiction drama from Marblehead Pictures that Voss is directing, which reunites "
             "him with the woman who gave him his first break. He plays Cal Dorran, an engineer. The studio will release the film "
             "on Dec. 11.", date=dt.date(2037, 9, 16))
    f = facts(r)
    assert {("Tin Saint", "schema:director", "Henrike Voss"), ("Tin Saint", "schema:actor", "Teodor Salas"),
            ("Low Tide at Iloilo", "schema:actor", "Teodor Salas"), ("Long Parole", "schema:director", "Saul Feld"),
            ("Harrowgate", "schema:character", "Ramon Acuña"), ("Harrowgate", "schema:actor", "Teodor Salas"),
            ("Far Side of Noon", "schema:productionCompany", "Marblehead Pictures"), ("Far Side of Noon", "schema:actor", "Teodor Salas"),
            ("Far Side of Noon", "schema:character", "Cal Dorran")} <= f
    assert not {x for x in f if x[1] == "schema:actor" and x[2] == "Henrike Voss"}  # "gave him his first break": he is not Voss


def test_an_opera_premiere_reads_composer_librettist_source_and_parts_without_calling_it_a_film():
    r = read("The audience at the Bergen Opera House cheered on Thursday night after the world premiere of \"Salt Bride,\" the "
             "first opera by the Norwegian composer Sigrid Aalvik.\n\n"
             "The opera is based on \"A Harbour of Nails,\" Tora Eide's 2029 novel. Its libretto, in English, was written by the "
             "Chilean poet Ignacio Varela.\n\n"
             "The Polish baritone Stefan Wilk takes the role of Sverre Lund, the harbourmaster.\n\n"
             "\"I was told to expect polite silence,\" Aalvik said.", date=dt.date(2037, 3, 20))
    f = facts(r)
    assert {("Salt Bride", "schema:composer", "Sigrid Aalvik"), ("Salt Bride", "schema:lyricist", "Ignacio Varela"),
            ("Salt Bride", "schema:isBasedOn", "A Harbour of Nails"), ("Salt Bride", "schema:character", "Sverre Lund")} <= f
    assert type_of(r, "Salt Bride") == "schema:CreativeWork"  # an opera that premieres is no film
    assert type_of(r, "Sigrid Aalvik") == "schema:Person"  # "the composer X", whatever the model made of "Aalvik said"


def test_a_game_score_story_reads_the_composer_developer_publisher_and_the_albums_tracks():
    r = read("Thiago Bastos's music for \"Emberlight,\" the fantasy role-playing game that has sold four million copies since its "
             "release in March, will be performed live in October by the Halle Orchestra.\n\n"
             "The concert, at the Bridgewater Hall in Manchester on Oct. 17, will be conducted by Valeska Ferrand.\n\n"
             "The game was developed by Quillmoor Studios and published by Halcyon Games.\n\n"
             "A soundtrack album, \"Songs for the Ash Coast,\" will be released on Aug. 14. Its 24 tracks include \"Cinderfall,\" "
             "the theme that plays over the game's opening map, and \"March of the Salt Lords,\" the music for its final battle.",
             date=dt.date(2037, 7, 22))
    f = facts(r)
    assert {("Emberlight", "schema:composer", "Thiago Bastos"), ("Emberlight", "schema:datePublished", "2037-03"),
            ("Emberlight", "schema:productionCompany", "Quillmoor Studios"), ("Emberlight", "schema:publisher", "Halcyon Games"),
            ("Cinderfall", "schema:inAlbum", "Songs for the Ash Coast"),
            ("March of the Salt Lords", "schema:inAlbum", "Songs for the Ash Coast")} <= f
    assert type_of(r, "Emberlight") == "schema:VideoGame"
    assert not {x for x in f if x[0] == "Emberlight" and x[1] == "schema:inAlbum"}  # "the game's opening map" is no track
    [concert] = events_of(r, "schema:MusicEvent")  # "since its release in March" dates the game, not the concert
    assert concert.start_date.iso == "2037-10-17" and ("schema:performer", "Valeska Ferrand") in participants(r, concert)


def test_a_label_takeover_reads_the_rosters_founders_and_the_albums_label():
    r = read("The agency Onsol Entertainment has agreed to buy Tsukimi Music, the independent Tokyo label behind the girl group "
             "Hanabi Drive, the two companies said on Tuesday.\n\n"
             "Onsol, which was founded in 2019 by the former dance instructor Seomun Ha-eun, did not disclose the price. The label "
             "manages and records three acts: Hanabi Drive, the solo singer Ren Kuwano and the rock band Kitsune Radio.\n\n"
             "Their third album, \"Paper Moon Lane,\" will still come out on Dec. 2 on Tsukimi Music. For Onsol, whose own roster is "
             "led by the boy group NOVALINE, the deal is its first outside Korea.", date=dt.date(2037, 11, 4))
    f = facts(r)
    assert {("Hanabi Drive", "schema:affiliation", "Tsukimi Music"), ("Ren Kuwano", "schema:affiliation", "Tsukimi Music"),
            ("Kitsune Radio", "schema:affiliation", "Tsukimi Music"), ("NOVALINE", "schema:affiliation", "Onsol Entertainment"),
            ("Onsol Entertainment", "schema:founder", "Seomun Ha-eun"), ("Paper Moon Lane", "schema:recordLabel", "Tsukimi Music")} <= f


def test_a_line_up_reads_the_band_that_was_started_by_two_and_the_singer_described_after_naming():
    r = read("Copper Reed will headline the Longford Festival this summer, its organisers said.\n\n"
             "Copper Reed, the Cork band started a decade ago by the singer Cathal Rooney and the drummer Sorcha Dunne, will "
             "close the opening night.\n\n"
             "The final night will be headlined by Efua Asante. The London-born soul singer, whose 2035 album \"Honey Theory\" "
             "spent most of a year in the charts, has chosen a rapper as her support. Yolanda Cruz, whose third album, \"Fiebre "
             "de Junio,\" came out in January, will play on the Saturday.", date=dt.date(2037, 2, 10))
    f = facts(r)
    assert {("Copper Reed", "schema:founder", "Cathal Rooney"), ("Cathal Rooney", "schema:memberOf", "Copper Reed"),
            ("Honey Theory", "schema:byArtist", "Efua Asante"), ("Fiebre de Junio", "schema:datePublished", "2037-01")} <= f
    assert type_of(r, "Cork") == "schema:City"


def test_the_parts_of_an_opera_are_those_sung_by_its_singers():
    r = read("The world premiere of \"Salt Bride,\" an opera by the composer Sigrid Aalvik, took place at the Bergen Opera House "
             "on Thursday. At the centre of the story is Randi Holm, the widow of the title, sung by the French soprano Mireille "
             "Dauphin. Her son, Jonas Holm, is sung by the tenor Olu Akande.", date=dt.date(2037, 3, 20))
    f = facts(r)
    assert {("Salt Bride", "schema:character", "Randi Holm"), ("Salt Bride", "schema:character", "Jonas Holm")} <= f
    assert type_of(r, "Olu Akande") == "schema:Person" and type_of(r, "Bergen Opera House") == "schema:EventVenue"


def test_a_comic_created_by_a_writer_and_an_artist_is_theirs_not_the_films():
    r = read("\"Stormline\" (2033) was directed by Hollis Trent. Both films are adapted from \"Gale Warning,\" the comic series "
             "created by the writer Tobias Marsh and the artist Yusuf Demir in 2018. Bandmate Dahlia, the group's leader, "
             "appears in a cameo.", date=dt.date(2035, 7, 30))
    f = facts(r)
    assert {("Gale Warning", "schema:author", "Tobias Marsh"), ("Gale Warning", "schema:author", "Yusuf Demir")} <= f
    assert not {x for x in f if x[0] == "Stormline" and x[1] == "schema:author"}
    assert "Dahlia" in entity_names(r) and "Bandmate Dahlia" not in entity_names(r)


def test_an_anime_story_reads_the_directors_earlier_series_the_cast_and_the_theme_songs():
    r = read("\"Kameyu After Dark\" is produced by the Tokyo studio Kasumi Animation and directed by Ryohei Takase, whose previous "
             "series, \"The Cloud Courier\" (2031), was also made there.\n\n"
             "Mio Karase voices Sayo, and the veteran actor Shigeo Maru plays her grandfather, Genzo.\n\n"
             "The opening theme, \"Steam and Stars,\" is performed by the Osaka band Cassette Crane and was written by its guitarist, "
             "Daichi Oshima. Karase sings the closing theme, \"Lukewarm Tango,\" in character.", date=dt.date(2034, 6, 21))
    f = facts(r)
    assert {("Cloud Courier", "schema:director", "Ryohei Takase"), ("Kameyu After Dark", "schema:actor", "Shigeo Maru"),
            ("Kameyu After Dark", "schema:character", "Genzo"), ("Steam and Stars", "schema:byArtist", "Cassette Crane"),
            ("Steam and Stars", "schema:composer", "Daichi Oshima"), ("Lukewarm Tango", "schema:byArtist", "Mio Karase")} <= f
    assert not {x for x in f if x[2] == "Ryohei Takase" and x[1] == "schema:actor"}  # "the veteran actor X" is X, no one before


def test_a_jazz_record_reads_the_leaders_originals_and_a_tune_named_for_its_form():
    r = read("The saxophonist Marisol Quin will release her first live album, \"Nobody Leaves Early,\" on July 11.\n\n"
             "The record has seven tracks. Five are Quin originals, among them the 14-minute opener, \"Bleecker at Five.\" The "
             "others are \"Dorothea's Waltz,\" a ballad Teodor Halle wrote for his daughter, and \"Salt Marsh Hymn,\" written by "
             "Ruben Stone.\n\n"
             "The quartet will play a release show at the Blue Lantern Club in London on July 19.", date=dt.date(2031, 5, 22))
    f = facts(r)
    assert {("Bleecker at Five", "schema:composer", "Marisol Quin"), ("Bleecker at Five", "schema:byArtist", "Marisol Quin"),
            ("Salt Marsh Hymn", "schema:composer", "Ruben Stone")} <= f
    assert type_of(r, "Salt Marsh Hymn") == "schema:MusicRecording"
    assert not {x for x in f if x[0] == "Salt Marsh Hymn" and x[1] == "schema:byArtist" and x[2] == "Teodor Halle"}


def test_a_comeback_and_a_departure_type_their_groups_from_what_the_text_says_of_them():
    r = read("LUMENTIDE return with \"Cobalt Minute\"\n\n"
             "SEOUL — LUMENTIDE ended a ten-month break on Monday with \"Cobalt Minute,\" the girl group's third mini album.\n\n"
             "MELBOURNE — Bronwyn Tall, the bassist who founded Copper Engine with the singer Jarrah Penn in 2026, will leave the "
             "band next month.\n\n"
             "\"Monsoon Sums,\" which is out on Friday on Gossamer Lane Records, is the Leeds songwriter's first album. Zara Siddiq "
             "will play the album in full at Paradiso in Amsterdam on Oct. 2.", date=dt.date(2038, 2, 16))
    assert type_of(r, "LUMENTIDE") == "schema:MusicGroup"
    assert type_of(r, "Copper Engine") == "schema:MusicGroup"
    assert type_of(r, "Monsoon Sums") == "schema:MusicAlbum"
    f = facts(r)
    assert ("Cobalt Minute", "schema:byArtist", "LUMENTIDE") in f
    assert not {x for x in f if x[1] == "schema:actor"}  # playing an album in full is no part in a film


def test_an_awards_night_gives_each_category_to_its_winner_and_the_film_named_for_them():
    r = read("\"The Weight of Plums,\" Rania Haddad's drama about a family bakery, won Best Film at the Copperfield Film Awards on "
             "Saturday night.\n\n"
             "The film also won Best Actress for Valentina Orsi, the Italian actress who plays Hala Nasser, the family's eldest "
             "daughter.\n\n"
             "Best Director went to the Nigerian filmmaker Ikenna Obi for \"Harmattan Song,\" a road movie. Best Actor was won by "
             "Dang Minh Khoa for \"Nine Rivers Down,\" in which he plays a ferryman.", date=dt.date(2038, 3, 14))
    f = facts(r)
    assert {("The Weight of Plums", "schema:award", "Best Film"), ("Valentina Orsi", "schema:award", "Best Actress"),
            ("The Weight of Plums", "schema:actor", "Valentina Orsi"), ("The Weight of Plums", "schema:character", "Hala Nasser"),
            ("Ikenna Obi", "schema:award", "Best Director"), ("Harmattan Song", "schema:director", "Ikenna Obi"),
            ("Dang Minh Khoa", "schema:award", "Best Actor"), ("Nine Rivers Down", "schema:actor", "Dang Minh Khoa")} <= f
    assert not {e for e in entity_names(r) if e.startswith("Best ")}  # a category is no entity


def test_rule_names_are_unique_so_evidence_names_one_rule():
    from extractors.relations import RULES
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_a_box_office_report_reads_the_studio_the_opening_day_and_the_directors_first_film():
    r = read("\"Nightjar Key,\" Ironvale Pictures' espionage thriller, took in an estimated $48.2 million after opening on Friday, "
             "according to figures the studio released on Sunday.\n\n"
             "The film, directed by Revathi Ragu, stars Torquil Ash. It is only the second feature for Ragu, whose first, "
             "\"Ledger of Small Kindnesses\" (2034), was a family drama. Much of it was shot in Tallinn.\n\n"
             "Overseas, where it opened in 41 markets, the film added $61 million.", date=dt.date(2038, 4, 12))
    f = facts(r)
    assert {("Nightjar Key", "schema:productionCompany", "Ironvale Pictures"), ("Nightjar Key", "schema:datePublished", "2038-04-09"),
            ("Ledger of Small Kindnesses", "schema:director", "Revathi Ragu")} <= f
    assert ("Nightjar Key", "schema:datePublished", "2038-04-11") not in f  # the day the figures came out
    assert not {"Overseas", "Much"} & entity_names(r)


def test_a_company_someone_set_up_is_theirs_and_its_town_is_no_founder():
    r = read("\"Sable Cove\" will return for a second season. The show was created by Yaw Darko, who remains its showrunner. It is "
             "made by Gannet Lane Productions, the Hobart company he set up with Morwenna Treloar in 2034.", date=dt.date(2038, 6, 10))
    f = facts(r)
    assert {("Gannet Lane Productions", "schema:founder", "Yaw Darko"),
            ("Gannet Lane Productions", "schema:founder", "Morwenna Treloar")} <= f
    assert type_of(r, "Hobart") == "schema:City" and not {x for x in f if x[0] == "Hobart"}


# ---------------------------------------------------------------- session nine: shapes first seen in a blind set

def test_a_running_order_puts_every_track_on_the_album_and_by_its_band():
    r = read("PEBBLEWAVE returned on Tuesday with \"Tin Lanterns,\" the boy group's second mini album.\n\n"
             "The record's six tracks open with \"Copper Bell\" and continue through \"Lowtide,\" \"Rust Parade\" and \"Kite Tail\" "
             "before closing on \"Harbour Lights,\" a ballad the members recorded live.", date=dt.date(2034, 3, 8))
    f = facts(r)
    for track in ("Copper Bell", "Lowtide", "Rust Parade", "Kite Tail", "Harbour Lights"):
        assert (track, "schema:inAlbum", "Tin Lanterns") in f
        assert type_of(r, track) == "schema:MusicRecording"
    assert ("Rust Parade", "schema:byArtist", "PEBBLEWAVE") in f


def test_a_member_who_goes_by_a_stage_name_is_one_person():
    r = read("The quartet is made up of Yoon Sa-rang, Oh Ji-min, Cho Hae-na and the Filipino member Ligaya Dimaculangan, who goes by "
             "Gaya. \"We wrote it in one night,\" Gaya said.", date=dt.date(2034, 3, 8))
    people = [e for e in r.entities.values() if e.type == "schema:Person" and {"Gaya", "Ligaya Dimaculangan"} & e.names]
    assert len(people) == 1 and {"Gaya", "Ligaya Dimaculangan"} <= people[0].names


def test_a_band_its_players_founded_counts_them_as_members_and_a_leaver_too():
    r = read("Orla Devane to leave Thistlebrook\n\n"
             "DUBLIN — Orla Devane, the drummer who founded Thistlebrook with the singer Cian Mulready in 2021, will leave the band "
             "in March, the group said. Her place will be taken by Ruairi Costigan, a session player who has toured with the band "
             "and who will join as a full member of Thistlebrook.", date=dt.date(2034, 1, 10))
    f = facts(r)
    assert {("Thistlebrook", "schema:founder", "Orla Devane"), ("Thistlebrook", "schema:founder", "Cian Mulready"),
            ("Orla Devane", "schema:memberOf", "Thistlebrook"), ("Cian Mulready", "schema:memberOf", "Thistlebrook"),
            ("Ruairi Costigan", "schema:memberOf", "Thistlebrook")} <= f


def test_an_album_that_followed_years_later_is_the_bands_and_dated_from_the_first():
    r = read("The band's debut album, \"Glass Acre,\" came out in 2026, and \"Quiet Freight\" followed two years later. "
             "Tallis will play her last shows with the group in May.", date=dt.date(2034, 1, 10))
    f = facts(r)
    assert type_of(r, "Quiet Freight") == "schema:MusicAlbum"
    assert ("Quiet Freight", "schema:datePublished", "2028") in f
    assert not facts(r, "schema:actor")  # playing shows is no acting part


def test_a_tour_told_stop_by_stop_with_counted_days_and_one_promoter():
    r = read("Han Bo-ra began her first fan-meeting tour on Saturday at Zepp Namba in Osaka.\n\n"
             "From Japan the tour heads to Riverside Hall in Manila on May 9 and to Lumen Arena in Jakarta a week later. "
             "It then stops at the Bayfront Dome in Singapore on Saturday, May 23, before closing with a hometown show at "
             "Olympic Hall in Seoul on the last day of the month. All five dates are organised by Coralgate Live, a Taipei "
             "promoter. A film of the Osaka show will stream later this month.", date=dt.date(2034, 5, 1))
    stops = {(e.start_date.iso, tuple(name(r, k) for k in e.locations)) for e in events_of(r, "newskg:TourStop")}
    assert {("2034-05-09", ("Riverside Hall", "Manila")), ("2034-05-16", ("Lumen Arena", "Jakarta")),
            ("2034-05-23", ("Bayfront Dome", "Singapore")), ("2034-05-31", ("Olympic Hall", "Seoul"))} <= stops
    assert all(("schema:organizer", "Coralgate Live") in participants(r, e) for e in events_of(r, "newskg:TourStop"))
    assert not [e for e in events_of(r, "newskg:TourStop") if e.start_date.iso == "2034-05"]  # the film of a show is no show
    assert type_of(r, "Riverside Hall") == "schema:EventVenue"


def test_members_counted_then_named_are_members_and_a_later_hearing_has_the_parties_at_the_court():
    r = read("Three of the four members of the boy group NORTHSPIRE have asked a court to end their exclusive contracts with "
             "Bluequay Entertainment, the agency that has managed the group since its debut.\n\n"
             "The request, filed on Monday with the Busan District Court, was brought by Ma Eun-seok, Pyo Da-hun and Jin Si-wan. "
             "The fourth member, the group's leader, Ryu Tae-gyeom, remains under contract with the agency.\n\n"
             "The first hearing is set for Dec. 7.", date=dt.date(2034, 11, 15))
    f = facts(r)
    assert {(p, "schema:memberOf", "NORTHSPIRE") for p in ("Ma Eun-seok", "Pyo Da-hun", "Jin Si-wan", "Ryu Tae-gyeom")} <= f
    assert {("NORTHSPIRE", "schema:affiliation", "Bluequay Entertainment"),
            ("Ryu Tae-gyeom", "schema:affiliation", "Bluequay Entertainment")} <= f
    [hearing] = [e for e in r.events if e.start_date and e.start_date.iso == "2034-12-07"]
    assert {"Ma Eun-seok", "Pyo Da-hun", "Jin Si-wan", "Bluequay Entertainment"} <= {n for _, n in participants(r, hearing)}
    assert [name(r, k) for k in hearing.locations] == ["Busan District Court"]


def test_a_count_before_a_name_in_a_headline_is_no_part_of_it():
    r = read("Three NORTHSPIRE members go to court\n\nNORTHSPIRE's members filed a request on Monday.", date=dt.date(2034, 11, 15))
    assert "Three NORTHSPIRE" not in entity_names(r) and "NORTHSPIRE" in entity_names(r)


def test_a_west_end_transfer_opens_at_the_theatre_it_moves_to():
    r = read("\"Gannet,\" the folk musical that sold out its spring run at the Theatre Royal Bath, will transfer to the Aldwych "
             "Theatre in London this autumn. Previews begin on Sept. 24, and opening night is set for Thursday, Oct. 6.\n\n"
             "It follows Nora Quayle, a ferryman's daughter, and Hollis Brand, a birdwatcher. Maeve Culhane plays Nora, and "
             "Tobias Fenwick, in his stage debut, plays Hollis.", date=dt.date(2034, 7, 14))
    nights = events_of(r, "schema:TheaterEvent")
    assert "2034-10-06" in {e.start_date.iso for e in nights}
    for e in nights:
        assert [name(r, k) for k in e.locations] == ["Aldwych Theatre", "London"]
    assert ("Gannet", "schema:character", "Hollis Brand") in facts(r)


def test_guests_on_tracks_and_a_remix_are_credited_on_the_song_the_sentence_means():
    r = read("\"Paper Moons,\" the breakout single by the Bristol singer Imogen Larkspur, topped the chart. It belonged to "
             "\"Summer Static,\" the Canadian singer Dara Wexley's anthem, until this week.\n\n"
             "Larkspur's song, released on May 20, rose after the arrival of a remix featuring the Accra rapper Kwesi Ampofo. "
             "On the album, the Cuban singer Yanet Robaina duets on \"Salt Coat,\" and the trumpeter Idris Kamara plays on the "
             "closing track, \"Last Ferry.\"", date=dt.date(2034, 6, 10))
    f = facts(r)
    assert {("Summer Static", "schema:byArtist", "Dara Wexley"), ("Paper Moons", "schema:byArtist", "Kwesi Ampofo"),
            ("Salt Coat", "schema:byArtist", "Yanet Robaina"), ("Last Ferry", "schema:byArtist", "Idris Kamara")} <= f
    assert ("Summer Static", "schema:byArtist", "Kwesi Ampofo") not in f
    assert "Accra rapper Kwesi Ampofo" not in entity_names(r)


def test_a_town_before_a_venue_and_before_a_trade_is_a_town():
    r = read("Yet the Utrecht producer has become one of the most sought-after names in pop. His next show will be at "
             "Wellington's Opera Hall on Jan. 22, and the band also plays at the Corn Exchange in Bedford. \"Night Ferry\" "
             "is the Leeds songwriter's first album.", date=dt.date(2034, 1, 10))
    assert type_of(r, "Utrecht") == "schema:City" and type_of(r, "Wellington") == "schema:City"
    assert type_of(r, "Leeds") == "schema:City"
    assert type_of(r, "Opera Hall") == "schema:EventVenue"


def test_film_credits_told_in_asides_and_adaptations():
    r = read("The Estonian director Kaja Lepik, whose 2031 drama \"The Salt Orchard\" became a hit, will head the jury. "
             "Amara Nwosu, a Ghanaian documentary maker, directed \"Boda Kings.\" The Chilean producer Ignacio Varas produced "
             "\"Norte,\" the thriller that swept the prizes. The novelist Hana Kurosaki, whose 2029 novel \"The Lantern Clerk\" "
             "was adapted into the film \"Counting Lanterns\" four years later, completes the panel. Piotr Lasko, the Polish "
             "actor, starred as the night guard Emil Brandt in \"Night Shift.\"", date=dt.date(2034, 2, 16))
    f = facts(r)
    assert {("Salt Orchard", "schema:director", "Kaja Lepik"), ("Boda Kings", "schema:director", "Amara Nwosu"),
            ("Norte", "schema:producer", "Ignacio Varas"), ("Lantern Clerk", "schema:author", "Hana Kurosaki"),
            ("Counting Lanterns", "schema:isBasedOn", "Lantern Clerk"), ("Night Shift", "schema:actor", "Piotr Lasko")} <= f
    assert ("Salt Orchard", "schema:actor", "Piotr Lasko") not in f


def test_a_producer_profile_reads_his_credits_and_the_company_he_co_founded():
    r = read("Joost Velders started out as a drummer and got his first production credit in 2027, on \"Tin Saint,\" a single by "
             "the Cardiff band the Marram Boys. In 2032 Velders co-founded Lowfield Audio, a small studio in the city's old port, "
             "with the mixing engineer Signe Holt.", date=dt.date(2034, 9, 12))
    f = facts(r)
    assert {("Tin Saint", "schema:producer", "Joost Velders"), ("Lowfield Audio", "schema:founder", "Joost Velders"),
            ("Lowfield Audio", "schema:founder", "Signe Holt")} <= f


def test_an_old_bandmate_and_the_groups_hit():
    r = read("Halfway through the show, Seo Ha-eun, who sang alongside Pyo in the girl group VELLORA until it disbanded in 2032, "
             "joined her for \"Sugarpane,\" the group's 2029 hit. MOONRIDGE debuted in 2030 with \"Sparkwheel\" and broke through "
             "a year later with \"Flintlight.\"", date=dt.date(2034, 4, 3))
    f = facts(r)
    assert {("Seo Ha-eun", "schema:memberOf", "VELLORA"), ("Pyo", "schema:memberOf", "VELLORA"),
            ("Sugarpane", "schema:byArtist", "VELLORA"), ("Sparkwheel", "schema:byArtist", "MOONRIDGE"),
            ("Flintlight", "schema:byArtist", "MOONRIDGE")} <= f
    assert "Halfway" not in entity_names(r) or type_of(r, "Halfway") not in ("schema:Organization", "schema:Person")


def test_a_quote_attributed_after_an_age_or_an_adverb_has_its_speaker():
    r = read("\"I wrote it in twenty minutes on a bus,\" Nell Ashdown, 23, said in a statement. \"I would like to apologise to "
             "everyone on that bus.\"\n\n\"He made me sing in the kitchen,\" Rosa Quintero once recalled. \"He was right, "
             "which was annoying.\"", date=dt.date(2034, 6, 10))
    q = dict(quotes(r))
    assert q["I would like to apologise to everyone on that bus."] == "Nell Ashdown"
    assert q["He was right, which was annoying."] == "Rosa Quintero"


def test_a_release_due_in_a_month_already_past_this_year_is_next_years():
    r = read("He is now finishing \"Vigilance,\" the debut album of the Chilean singer Inés Ocampo, which is due in March.",
             date=dt.date(2034, 9, 12))
    assert {("Vigilance", "schema:datePublished", "2035-03"), ("Vigilance", "schema:byArtist", "Inés Ocampo")} <= facts(r)


def test_dates_counted_from_a_debut_or_a_book_and_a_song_named_by_its_singer():
    r = read("GLIMMERLINE debuted in 2030 with \"Pinwheel\" and broke through two years later with \"Emberlight.\" The novelist "
             "Ines Harrow, whose 2024 novel \"The Ferry Clerk\" was adapted into the film \"Crossing Hours\" three years later, "
             "joins the jury.\n\n\"Paper Moons\" is the lead single from \"Silk Weather,\" Imogen Larkspur's second album, which "
             "Ashgrove Records will release on July 15. Larkspur's song, released on May 20, has topped the chart.",
             date=dt.date(2034, 6, 10))
    f = facts(r)
    assert {("Pinwheel", "schema:datePublished", "2030"), ("Emberlight", "schema:datePublished", "2032"),
            ("Emberlight", "schema:byArtist", "GLIMMERLINE"), ("Crossing Hours", "schema:datePublished", "2027"),
            ("Silk Weather", "schema:recordLabel", "Ashgrove Records"), ("Paper Moons", "schema:datePublished", "2034-05-20")} <= f
    assert type_of(r, "Crossing Hours") == "schema:Movie"


def test_a_second_lead_cast_after_a_long_description_and_an_album_named_of_the_year():
    r = read("The festival opens with \"The Lamplighter's Debt,\" directed by Chiara Ventimiglia. It stars Bruno Carafa as Aldo "
             "Ferri, a clockmaker who has run up enormous debts, and the Dutch actress Femke Oosterhuis as the auditor sent to "
             "find out why.\n\nThe Ghanaian rapper Kwabena Sarpong released \"Dala Dala Logic\" in 2036. That record changed "
             "everything. At the Eastgale Awards it was named album of the year.", date=dt.date(2039, 2, 16))
    f = facts(r)
    assert {("The Lamplighter's Debt", "schema:actor", "Femke Oosterhuis"), ("The Lamplighter's Debt", "schema:actor", "Bruno Carafa"),
            ("Dala Dala Logic", "schema:award", "album of the year")} <= f


def test_a_sequel_casting_story_reads_its_directors_companies_and_new_cast():
    r = read("Mara Vellen will play the villain in \"Floodline: Undertow,\" Harrowgate Pictures announced on Saturday.\n\n"
             "Vellen's character, the hydrologist Ines Corvo, turns into the Undertow. Newcomers include the 17-year-old "
             "Tam Okafor, who has been cast as a deckhand, and the stage veteran Hilda Brockway, whose role is secret.\n\n"
             "Priya Ravindran, whose heist thriller \"Night Ledger\" (2031) became a sleeper hit, is directing. She takes over "
             "from Colm Ashby, who made the first film, \"Floodline\" (2032). The sequel, which Harrowgate is producing with "
             "the Dublin-based Kilnmoor Films, will open in theaters on June 4, 2036.", date=dt.date(2034, 7, 30))
    f = facts(r)
    assert {("Floodline: Undertow", "schema:character", "Ines Corvo"), ("Floodline: Undertow", "schema:actor", "Hilda Brockway"),
            ("Night Ledger", "schema:director", "Priya Ravindran"), ("Floodline: Undertow", "schema:director", "Priya Ravindran"),
            ("Floodline", "schema:director", "Colm Ashby"), ("Floodline: Undertow", "schema:productionCompany", "Kilnmoor Films"),
            ("Floodline: Undertow", "schema:datePublished", "2036-06-04")} <= f
    assert ("Floodline", "schema:datePublished", "2036-06-04") not in f  # the sequel is the newer film


def test_the_songs_a_tracklist_names_are_by_the_albums_artist():
    r = read("Wren Solace will make her solo debut next week with the mini album \"Glassworks.\" \"Glassworks\" has four tracks: "
             "the title track \"Kiln,\" \"Orange Hour,\" \"Tiny Fault\" and \"Dear Twelve.\"", date=dt.date(2034, 3, 1))
    f = facts(r)
    assert {("Orange Hour", "schema:inAlbum", "Glassworks"), ("Orange Hour", "schema:byArtist", "Wren Solace"),
            ("Dear Twelve", "schema:byArtist", "Wren Solace")} <= f


def test_an_obituary_reads_birth_founders_and_a_band_named_by_its_last_word():
    r = read("Morwen Tallack, folk singer who co-founded the Heather Kites, dies at 80\n\n"
             "Morwen Tallack, the Cornish singer who fronted the folk band the Heather Kites for three decades, died on Monday at "
             "her home in Truro. Born on June 9, 1959, in Penzance, "
             "Tallack sang in choirs as a child. In 1978 she met the guitarist Bram Oakey and the fiddler Jory Pascoe, and that "
             "winter the three of them founded the Heather Kites. Her solo album \"Slate Weather,\" released in 1996 and produced "
             "by Ansel Varcoe, outsold everything the Kites made. A public memorial is planned for Saturday, March 3, at the "
             "Hall for Cornwall in Truro, where Oakey and Pascoe will play together again.", date=dt.date(2039, 2, 15))
    f = facts(r)
    assert {("Morwen Tallack", "schema:birthDate", "1959-06-09"), ("Morwen Tallack", "schema:birthPlace", "Penzance"),
            ("Heather Kites", "schema:founder", "Bram Oakey"), ("Heather Kites", "schema:founder", "Jory Pascoe"),
            ("Heather Kites", "schema:founder", "Morwen Tallack"), ("Jory Pascoe", "schema:memberOf", "Heather Kites"),
            ("Slate Weather", "schema:producer", "Ansel Varcoe")} <= f
    assert "Kites" in aliases_of(r, "Heather Kites")
    assert not facts(r, "schema:actor") and not facts(r, "schema:recordLabel") and not facts(r, "schema:productionCompany")


def test_a_sub_unit_debut_reads_the_unit_its_members_its_release_and_its_stages():
    r = read("Three members of the nine-member boy group SOLVERA stepped out on Monday as HALCYN, the first sub-unit in the "
             "group's history, releasing the EP \"Low Orbit\" and its title track, \"Driftwire,\" at 6 p.m.\n\n"
             "The unit is made up of Baek Ji-ho, SOLVERA's main vocalist; Seol Min-jae, its main dancer; and Tae Woo-jin, the "
             "group's main rapper. The unit's agency, Haneul Entertainment, said the unit would focus on slower songs.\n\n"
             "The unit marked the EP's arrival with a debut showcase at Yes24 Live Hall in Seoul a few hours before the release. "
             "HALCYN will give its first music-show performance on \"Show Champion\" on Wednesday.", date=dt.date(2034, 6, 13))
    f = facts(r)
    assert {(p, "schema:memberOf", "HALCYN") for p in ("Baek Ji-ho", "Seol Min-jae", "Tae Woo-jin")} <= f
    assert {("Low Orbit", "schema:byArtist", "HALCYN"), ("Driftwire", "schema:byArtist", "HALCYN"),
            ("HALCYN", "schema:affiliation", "Haneul Entertainment")} <= f
    assert not {"EP", "Three"} & entity_names(r)
    days = sorted(e.start_date.iso for e in events_of(r, "schema:MusicEvent") if e.start_date)
    assert days == ["2034-06-12", "2034-06-14"]


def test_an_animated_film_reads_its_studio_co_director_and_festival_prize():
    r = read("\"The Ferryman's Fox,\" the first feature from the Cardiff studio Bramblewick Animation, opens in cinemas on Friday, "
             "two months after a warmly received premiere at the Harbourlight Animation Festival in Ghent. It was directed by "
             "Idris Pengelly, who founded Bramblewick in 2028, with Sorcha Lennane as co-director. Pengelly and Lennane "
             "introduced the film in Ghent on June 9, where it won the festival's audience award.", date=dt.date(2034, 8, 22))
    f = facts(r)
    assert {("The Ferryman's Fox", "schema:productionCompany", "Bramblewick Animation"),
            ("The Ferryman's Fox", "schema:director", "Sorcha Lennane"), ("The Ferryman's Fox", "schema:award", "audience award")} <= f
    assert not {x for x in facts(r, "schema:award") if "Festival" in x[2]}


def test_a_label_move_reads_the_parent_company_the_albums_for_the_old_label_and_the_second_of_those():
    r = read("Marisol Ybarra has signed with Hollowpine Records after eight years at Redfern Records. Hollowpine is part of "
             "Castellan Music Group, which was founded in 2027 by Odile Fenwright.\n\n"
             "Redfern signed her in 2031, and her two albums for the company, \"Blue Static\" (2034) and \"Dust Almanac\" (2037), "
             "both went gold. The second of those was produced by Lucan Merriweather, the Houston producer.",
             date=dt.date(2040, 10, 17))
    f = facts(r)
    assert {("Hollowpine Records", "schema:parentOrganization", "Castellan Music Group"),
            ("Blue Static", "schema:byArtist", "Marisol Ybarra"), ("Blue Static", "schema:recordLabel", "Redfern Records"),
            ("Dust Almanac", "schema:recordLabel", "Redfern Records"), ("Dust Almanac", "schema:producer", "Lucan Merriweather")} <= f
    assert type_of(r, "Dust Almanac") == "schema:MusicAlbum"
    assert ("Blue Static", "schema:producer", "Lucan Merriweather") not in f


def test_a_drama_premiere_reads_its_first_episode_writer_and_the_directors_earlier_series():
    r = read("KBN's new weekend drama \"The Ferry Clerk\" drew a rating of 7.4 percent for its first episode on Saturday. It airs on "
             "Saturdays and Sundays. The series was written for television by Oh Ha-rang and directed by Kwak Ji-an, whose 2037 "
             "thriller series \"Copper Harbour\" made him famous.", date=dt.date(2040, 3, 12))
    f = facts(r)
    assert {("Ferry Clerk", "schema:datePublished", "2040-03-10"), ("Ferry Clerk", "schema:author", "Oh Ha-rang"),
            ("Copper Harbour", "schema:director", "Kwak Ji-an")} <= f
    assert not {"Saturdays", "Sundays"} & entity_names(r)


def test_a_festival_line_up_reads_each_headliners_album_and_its_day():
    r = read("Storm-hit Lysglimt festival moves to Ullevi\n\n"
             "Lysglimt will move to Ullevi stadium, its organiser, Fjellvind Live, said on Tuesday. Brackwater Saints, the British "
             "indie band whose fourth album, \"Weather Vanes,\" came out in February, will close the Friday. Tundra Parade, a "
             "Swedish trio whose album \"Kaldvann\" came out last year, headlines on Saturday, and the Norwegian singer Ingrid "
             "Haugsvold, whose album \"Nordlys\" was released last October, tops the bill on Sunday. Aled Pritchard, who sings for "
             "Brackwater Saints, said the band was ready.", date=dt.date(2040, 5, 9))
    f = facts(r)
    assert {("Weather Vanes", "schema:byArtist", "Brackwater Saints"), ("Kaldvann", "schema:byArtist", "Tundra Parade"),
            ("Kaldvann", "schema:datePublished", "2039"), ("Nordlys", "schema:datePublished", "2039-10"),
            ("Aled Pritchard", "schema:memberOf", "Brackwater Saints")} <= f
    assert type_of(r, "Ullevi") == "schema:EventVenue" and type_of(r, "Fjellvind Live") == "schema:Organization"
    assert "Storm-hit Lysglimt" not in entity_names(r)


def test_quotes_a_short_sentence_after_the_speaker_and_a_label_speaking_as_the_label():
    r = read("Nia Castellane released her debut on the Austin independent label Redbud Tapes in 2031. Marlowe Records signed her "
             "the same year. Marlowe thanked her in a brief statement. \"We are proud of every record we made together,\" the label "
             "said.\n\n\"I wanted someone the audience would trust with a needle,\" the director Kang Ye-rim said. \"Nia is both.\"\n\n"
             "Tobin Ashe called her \"the kindest person I ever shared a van with.\" Wren Okoro said only that she was "
             "\"too sad to be clever about it.\"", date=dt.date(2040, 10, 17))
    q = dict(quotes(r))
    assert q["We are proud of every record we made together,"] == "Marlowe Records"
    assert q["Nia is both."] == "Kang Ye-rim"
    assert q["the kindest person I ever shared a van with."] == "Tobin Ashe"


def test_a_reunion_tour_reads_the_albums_that_followed_both_released_by_and_each_stop_with_its_promoter():
    r = read("The Lantern Thieves, the Cork rock band that broke up in 2028, are getting back together.\n\n"
             "The band's second album, \"Quayside Psalter\" (2015), went to No. 1 in Ireland, and \"Barge Season,\" which followed "
             "in 2018, gave it its hits. Both were released by Quayside Records. The new song was produced by Ronan Keary, who also "
             "produced those two albums, and recorded in October at a studio in Kerry.\n\n"
             "The tour, promoted by Shandon Live, opens on May 16 at the SSE Arena in Belfast. It moves on to the Marquee in Cork "
             "two nights later and to the OVO Hydro in Glasgow on May 21.", date=dt.date(2041, 1, 22))
    f = facts(r)
    assert {("Barge Season", "schema:datePublished", "2018"), ("Barge Season", "schema:byArtist", "Lantern Thieves"),
            ("Quayside Psalter", "schema:recordLabel", "Quayside Records"), ("Barge Season", "schema:recordLabel", "Quayside Records"),
            ("Barge Season", "schema:producer", "Ronan Keary"), ("Quayside Psalter", "schema:producer", "Ronan Keary")} <= f
    assert type_of(r, "Barge Season") == "schema:MusicAlbum"
    stops = {e.start_date.iso: e for e in events_of(r, "newskg:TourStop")}
    assert sorted(stops) == ["2041-05-16", "2041-05-18", "2041-05-21"]  # not the studio session in October
    assert all(("schema:organizer", "Shandon Live") in participants(r, e) for e in stops.values())


def test_a_documentary_reads_its_streaming_day_producers_company_and_an_album_three_years_later():
    r = read("\"Quiet in the Wings,\" the documentary about the jazz singer Odessa Marchetti that drew an ovation at its premiere "
             "in Copenhagen last month, will begin streaming on Vistaframe on June 6, the service announced.\n\n"
             "It was produced by Piet Vandersloot and Amara Kinsella for Longreach Films. There is footage from \"Back Porch "
             "Monday,\" the 1998 album that made the singer's name, and from the tour for her next album, \"Bayou Grey,\" which "
             "followed three years later.", date=dt.date(2041, 5, 16))
    f = facts(r)
    assert {("Quiet in the Wings", "schema:datePublished", "2041-06-06"), ("Quiet in the Wings", "schema:producer", "Piet Vandersloot"),
            ("Quiet in the Wings", "schema:producer", "Amara Kinsella"),
            ("Quiet in the Wings", "schema:productionCompany", "Longreach Films"), ("Bayou Grey", "schema:datePublished", "2001")} <= f
    assert type_of(r, "Copenhagen") == "schema:City" and type_of(r, "Amara Kinsella") == "schema:Person"


def test_an_idols_acting_debut_reads_a_co_star_the_soundtrack_single_and_its_day():
    r = read("Kwon Do-yul, the main rapper of the boy group SKYWARDEN, will make his acting debut in \"Left Luggage,\" a web drama "
             "that premieres on the streaming platform Reelbox on Friday, Sept. 27.\n\n"
             "He plays Seo Ji-hwan, a night clerk. Pyo Ha-eun co-stars as Min Jae-ri, a flight attendant.\n\n"
             "Kwon also sings the drama's first soundtrack single, \"Paper Raincoat,\" a slow ballad composed by Ahn Seo-jin. It "
             "will be released on the same day as the first episode, a decision his agency, which has managed SKYWARDEN since its "
             "debut in 2036, called a risk.", date=dt.date(2041, 9, 18))
    f = facts(r)
    assert {("Left Luggage", "schema:actor", "Pyo Ha-eun"), ("Left Luggage", "schema:character", "Min Jae-ri"),
            ("Paper Raincoat", "schema:byArtist", "Kwon Do-yul"), ("Paper Raincoat", "schema:composer", "Ahn Seo-jin"),
            ("Paper Raincoat", "schema:datePublished", "2041-09-27")} <= f
    assert ("Paper Raincoat", "schema:datePublished", "2036") not in f


def test_an_orchestra_night_reads_the_overtures_composer_and_the_labels_producer():
    r = read("Letty Pascoe also wrote the piece that opened the evening, \"Overture for Salford,\" a short overture for the orchestra "
             "alone. The live album, \"Bow and Rosin,\" will be released on Oct. 4 by Vellum Classics. Gunther Aalst, the "
             "label's head of recording, produced it.", date=dt.date(2041, 7, 9))
    f = facts(r)
    assert {("Overture for Salford", "schema:composer", "Letty Pascoe"), ("Bow and Rosin", "schema:producer", "Gunther Aalst")} <= f


def test_a_copyright_verdict_reads_the_older_song_its_album_and_the_day_the_jury_decided():
    r = read("A federal jury in Nashville decided on Thursday that \"Wire Honey,\" the 2038 hit by the pop star Lucinda Ferrars, "
             "copied a song that the local songwriter Amos Pettibone had released nine years earlier.\n\n"
             "Pettibone, 58, wrote and recorded \"Cottonwood Engine\" for \"Brick Chapel,\" a 2029 album he released on the small "
             "local label Cumberland Lane Records.", date=dt.date(2041, 11, 15))
    f = facts(r)
    assert {("Cottonwood Engine", "schema:byArtist", "Amos Pettibone"), ("Cottonwood Engine", "schema:composer", "Amos Pettibone"),
            ("Cottonwood Engine", "schema:inAlbum", "Brick Chapel"), ("Brick Chapel", "schema:byArtist", "Amos Pettibone"),
            ("Brick Chapel", "schema:datePublished", "2029"), ("Brick Chapel", "schema:recordLabel", "Cumberland Lane Records")} <= f
    [verdict] = [e for e in r.events if e.start_date and e.start_date.iso == "2041-11-14"]
    assert {"Lucinda Ferrars", "Amos Pettibone"} <= {n for _, n in participants(r, verdict)}


def test_a_talent_show_final_reads_the_winners_prize_the_judges_ballad_and_the_shows_first_season():
    r = read("Tamsin Rowe, a 21-year-old café worker from Penryn, won the third season of Brightcast TV's singing competition "
             "\"Spotlit\" on Saturday night, beating the Derby soul singer Kofi Hallam in the final.\n\n"
             "For her last song, Rowe chose \"Ash and Lace,\" a ballad that Juno Hartigan, one of the show's three judges, wrote "
             "and released in 2034. The label will release Rowe's debut single, \"Undertow Bell,\" on Friday, April 5.\n\n"
             "The final drew the largest audience for the show since its first season in 2039.", date=dt.date(2041, 3, 25))
    f = facts(r)
    assert {("Tamsin Rowe", "schema:award", "Spotlit"), ("Ash and Lace", "schema:composer", "Juno Hartigan"),
            ("Ash and Lace", "schema:datePublished", "2034"), ("Spotlit", "schema:datePublished", "2039")} <= f
    assert ("Spotlit", "schema:datePublished", "2034") not in f
    assert type_of(r, "Penryn") == "schema:City" and type_of(r, "Derby") == "schema:City"


def test_producers_named_together_are_people_or_companies_as_their_names_say():
    r = read("\"The Marsh Lights Movie\" was produced by Larkspur Movies and Quillon Dray and distributed by Halcyon Pictures. "
             "\"Fenwick Row\" is produced by Evelina Toft and Gable Lane Productions.", date=dt.date(2034, 1, 10))
    assert type_of(r, "Quillon Dray") == "schema:Organization" and type_of(r, "Evelina Toft") == "schema:Person"
    assert ("The Marsh Lights Movie", "schema:productionCompany", "Quillon Dray") in facts(r) or \
        ("Marsh Lights Movie", "schema:productionCompany", "Quillon Dray") in facts(r)


def test_a_concert_told_by_its_night_and_hall_then_by_who_shared_the_stage_is_one_event():
    r = read("On Saturday night, at Corran Hall in Leeds, Perpetua Talbot sang her songs in front of 60 musicians. Talbot shared "
             "the stage with the Kelso Sinfonia and its conductor, Greta Marwood, in a concert that sold out last winter.\n\n"
             "\"I kept waiting for her to need the click track,\" Marwood said after the concert.", date=dt.date(2041, 7, 9))
    [concert] = events_of(r, "schema:MusicEvent")
    assert concert.start_date.iso == "2041-07-06"
    assert {"Corran Hall", "Leeds"} <= {name(r, k) for k in concert.locations}
    assert {"Perpetua Talbot", "Kelso Sinfonia", "Greta Marwood"} <= {n for _, n in participants(r, concert)}


def test_a_premiere_told_by_its_month_and_then_by_its_day_and_cinema_is_one_screening_not_a_festival():
    r = read("\"Slack Water Hymns,\" the documentary about the singer Wilma Brancato that drew an ovation at its premiere in Oslo "
             "last month, will begin streaming on June 6.\n\nThere is footage from the sessions for \"Gravel Psalms,\" the 1998 "
             "album that made the singer's name, and from the long tour for her next album.\n\nThe documentary had its first "
             "screening on April 12 at the Vika Kino cinema during the Nordkapp Documentary Festival, with the director, "
             "Randi Aasheim, and the singer in the room.", date=dt.date(2041, 5, 20))
    assert not events_of(r, "schema:Festival") and not events_of(r, "newskg:ConcertTour")
    [premiere] = events_of(r, "newskg:Premiere")
    assert premiere.start_date.iso == "2041-04-12"
    assert {"Oslo", "Vika Kino"} <= {name(r, k) for k in premiere.locations}


def test_a_counted_run_of_shows_is_the_tour_and_a_venue_with_a_number_is_a_stop():
    r = read("Ferrule Brothers will play four arena shows in May, their first concerts together since 2027. The tour opens on "
             "May 16 at the SSE Arena in Belfast. It moves on to 3Arena in Dublin two nights later.", date=dt.date(2041, 3, 2))
    assert not events_of(r, "schema:MusicEvent")
    [tour] = events_of(r, "newskg:ConcertTour")
    stops = {e.start_date.iso: {name(r, k) for k in e.locations} for e in events_of(r, "newskg:TourStop")}
    assert stops == {"2041-05-16": {"SSE Arena", "Belfast"}, "2041-05-18": {"3Arena", "Dublin"}}


def test_a_final_has_its_third_finalist_and_its_host_and_not_a_contestants_hometown():
    r = read("Bryony Rowe, a 21-year-old café worker from Penryn, won \"Spotlit\" on Saturday night, beating Kwame Hallam in a "
             "live final at the Brayford Arena in Lincoln. Rowe took 52 percent of the vote, the show's host, Dara Penhale, told "
             "the arena. The third finalist, Ruari Quell, a 17-year-old rapper from Wick, had been voted off an hour earlier.",
             date=dt.date(2041, 3, 25))
    [final] = events_of(r, "schema:MusicEvent")
    assert {n for _, n in participants(r, final)} >= {"Bryony Rowe", "Kwame Hallam", "Dara Penhale", "Ruari Quell"}
    assert {name(r, k) for k in final.locations} == {"Brayford Arena", "Lincoln"}


def test_a_trial_opening_is_a_day_in_court():
    r = read("The singer Brenna Fyfe is owed royalties by her former managers, her barrister told the High Court in London on "
             "Monday, at the start of a five-day trial.", date=dt.date(2031, 6, 17))
    [day] = [e for e in r.events if e.kind == "hearing"]
    assert day.start_date.iso == "2031-06-16" and "Brenna Fyfe" in {n for _, n in participants(r, day)}


def test_quotes_of_a_lawyer_named_after_the_quote_of_an_argued_point_and_of_a_judge_told_by_her_role():
    r = read("A jury found that \"Wire Honey,\" by the pop star Lucinda Ferrars, copied a song by Enoch Pettigrew.\n\n"
             "\"Mr. Pettigrew waited a long time to be heard,\" his lawyer, Yara Quintal, told reporters.\n\n"
             "The verdict, Ferrars's lawyer argued, \"hands ownership of a four-note phrase to whoever got there first.\"\n\n"
             "Ferrars, who testified that she had never heard of Pettigrew or his record before he sued, was not in court. "
             "In a brief statement, she said she was \"disappointed but not discouraged.\"\n\n"
             "Pettigrew himself said little. \"Make another record,\" he said.\n\n"
             "Ferrars chose \"Ash and Lace,\" a ballad that Elsie Harkness, one of the show's three judges, wrote. \"I have sung "
             "that song five hundred times,\" the judge said afterwards.", date=dt.date(2041, 11, 15))
    q = dict(quotes(r))
    assert q["Mr. Pettigrew waited a long time to be heard,"] == "Yara Quintal"
    assert q["disappointed but not discouraged."] == "Lucinda Ferrars"
    assert q["Make another record,"] == "Enoch Pettigrew"
    assert q["I have sung that song five hundred times,"] == "Elsie Harkness"
    assert gender_of(r, "Lucinda Ferrars") == "f"


def test_a_japanese_debut_reads_the_line_up_the_agency_the_singles_credits_and_the_showcase():
    r = read("MIRAE, the five-member girl group from Seoul, began its Japanese career on Wednesday with the single \"Paper "
             "Crane Waltz,\" and on Thursday night the members sang it live for the first time at Zepp Yokohama in Yokohama.\n\n"
             "The line-up is the leader and main vocalist Baek So-yul, the rapper Noh Ga-eul, the vocalists Pyo Ji-an and "
             "Seo Bo-ram, and the youngest member, the dancer Tak Min-ji. The group debuted in Korea in 2036 and has been "
             "managed since then by Sunwell Entertainment, a Seoul agency.\n\n"
             "\"Paper Crane Waltz\" was released by Kumoji Records. Its music was composed by Ha Jun-seo, who has written most "
             "of the group's Korean hits and also produced this one, and its Japanese lyrics are by Reiko Tanimura. The single's "
             "second track, \"Rain over Koenji,\" was written by Noh Ga-eul alone.", date=dt.date(2040, 2, 25))
    f = facts(r)
    members = {s for s, p, o in f if p == "schema:memberOf" and o == "MIRAE"}
    assert members == {"Baek So-yul", "Noh Ga-eul", "Pyo Ji-an", "Seo Bo-ram", "Tak Min-ji"}
    assert {("MIRAE", "schema:affiliation", "Sunwell Entertainment"), ("Paper Crane Waltz", "schema:datePublished", "2040-02-22"),
            ("Paper Crane Waltz", "schema:producer", "Ha Jun-seo"), ("Paper Crane Waltz", "schema:lyricist", "Reiko Tanimura"),
            ("Rain over Koenji", "schema:inAlbum", "Paper Crane Waltz"), ("Rain over Koenji", "schema:byArtist", "MIRAE")} <= f
    [show] = events_of(r, "schema:MusicEvent")
    assert show.start_date.iso == "2040-02-23" and "Zepp Yokohama" in {name(r, k) for k in show.locations}


def test_a_box_office_weekend_reads_its_films_credits_and_no_ranking_word_as_a_name():
    r = read("\"Grey Harbour,\" Ottoline Pellew's thriller about a ferry pilot, stayed at No. 1 in its second weekend.\n\n"
             "Rafferty Renwick plays the pilot, Cael Merrick, and Liesl Ostrowska co-stars as the harbour inspector who is sent "
             "to close his route. Pellew, who directed, also wrote the script, adapting \"A Book of Terns,\" the 2031 novel by "
             "Hester Eskdale.\n\n"
             "Second place went to \"Amber Hive,\" a horror film that opened on Friday with $24.9 million. Directed by Fenn "
             "Okafor, it stars Roz Hallett as a beekeeper.\n\n"
             "Third was the comedy \"Uncle Kayak,\" which fell 45 percent.\n\n"
             "She, Renwick and Ostrowska will present the film at a gala screening at the Ritzy Cinema in London on April 29, "
             "ahead of its release in Ireland.", date=dt.date(2040, 4, 16))
    f = facts(r)
    assert "Third" not in entity_names(r)
    assert {("Grey Harbour", "schema:actor", "Rafferty Renwick"), ("Grey Harbour", "schema:actor", "Liesl Ostrowska"),
            ("Grey Harbour", "schema:isBasedOn", "A Book of Terns"), ("Amber Hive", "schema:director", "Fenn Okafor"),
            ("Amber Hive", "schema:datePublished", "2040-04-13")} <= f
    assert ("Grey Harbour", "schema:director", "Fenn Okafor") not in f
    assert not events_of(r, "newskg:AwardCeremony")
    [gala] = events_of(r, "newskg:Premiere")
    assert ("schema:workPresented", "Grey Harbour") in participants(r, gala)
    assert {"Rafferty Renwick", "Liesl Ostrowska"} <= {n for _, n in participants(r, gala)}
    assert {name(r, k) for k in gala.locations} == {"Ritzy Cinema", "London"}


def test_an_upfront_reads_the_networks_event_and_its_shows_writer_company_and_dates():
    r = read("Harbourlight Television showed advertisers five new series at its upfront presentation at the Beacon Theatre in "
             "New York on Tuesday, led by \"Gull Rock,\" a drama that will open the network's autumn schedule on Monday, "
             "Sept. 15.\n\n\"Everybody told me television was a campfire,\" Ottilie Quell said.\n\n"
             "\"Gull Rock\" comes from Petra Sjoberg, who wrote all eight episodes. \"Found Items,\" a half-hour comedy, "
             "arrives next January. Brackwater Pictures is producing it for the network.\n\n"
             "Harbourlight also confirmed that \"Night Ward,\" the hospital drama it launched in 2037, will return in October.",
             date=dt.date(2040, 5, 16))
    f = facts(r)
    assert "Everybody" not in entity_names(r)
    assert {("Gull Rock", "schema:datePublished", "2040-09-15"), ("Gull Rock", "schema:author", "Petra Sjoberg"),
            ("Found Items", "schema:productionCompany", "Brackwater Pictures"), ("Night Ward", "schema:datePublished", "2037")} <= f
    [upfront] = events_of(r, "schema:BusinessEvent")
    assert upfront.start_date.iso == "2040-05-15"
    assert ("schema:organizer", "Harbourlight Television") in participants(r, upfront)


def test_a_memoir_reads_its_authors_publisher_launch_and_the_records_it_looks_back_on():
    r = read("Carys Trevorrow, the Cornish singer-songwriter, has written a memoir, and on Thursday evening she launched it "
             "with a guitar, at St Pancras Old Church in London.\n\n"
             "\"The Long Way to Truro\" was published on Tuesday by Trevose Press. Trevorrow wrote it with the music journalist "
             "Emrys Catterall.\n\n"
             "The book begins in 1994, when she and her older sister, Tegen Trevorrow, formed the Fowey Sisters, a harmony duo.\n\n"
             "\"Granite Coast Psalter,\" the 2004 record that made her name, gets three chapters, most of them about its producer, "
             "Anton Vesely, whom she describes as \"a genius with the patience of a wasp.\" It was also her last album for "
             "Gannel Records.\n\n"
             "At the launch, Trevorrow read two chapters, and she was interviewed on stage by the broadcaster Priya Nandakumar.",
             date=dt.date(2040, 6, 15))
    f = facts(r)
    assert type_of(r, "The Long Way to Truro") == "schema:Book" and type_of(r, "Priya Nandakumar") == "schema:Person"
    assert {("The Long Way to Truro", "schema:publisher", "Trevose Press"), ("The Long Way to Truro", "schema:author", "Carys Trevorrow"),
            ("The Long Way to Truro", "schema:author", "Emrys Catterall"), ("The Long Way to Truro", "schema:datePublished", "2040-06-12"),
            ("Fowey Sisters", "schema:founder", "Carys Trevorrow"), ("Fowey Sisters", "schema:founder", "Tegen Trevorrow"),
            ("Granite Coast Psalter", "schema:byArtist", "Carys Trevorrow"), ("Granite Coast Psalter", "schema:datePublished", "2004"),
            ("Granite Coast Psalter", "schema:producer", "Anton Vesely"), ("Granite Coast Psalter", "schema:recordLabel", "Gannel Records")} <= f
    [launch] = [e for e in r.events if e.kind == "launch"]
    assert launch.start_date.iso == "2040-06-14" and "St Pancras Old Church" in {name(r, k) for k in launch.locations}
    assert {("schema:workPresented", "The Long Way to Truro"), ("schema:attendee", "Priya Nandakumar")} <= participants(r, launch)
    assert dict(quotes(r))["a genius with the patience of a wasp."] == "Carys Trevorrow"


def test_a_song_from_a_writing_camp_reads_its_three_writers_producer_publisher_and_the_camp():
    r = read("\"Whitewater Summer\" came out of a writing camp held in March in a farmhouse outside Skagen, and was offered to Ylva "
             "Brandvik only after two other singers turned it down.\n\n"
             "The camp, which ran from March 9 to March 13, was organised by the publisher Hollowmere Songs. On the third day "
             "the topliner Signe Aalto, the producer Kip Ashdown and the songwriter Reuben Ostrow were put in the old dairy. "
             "By the evening the three of them had written \"Whitewater Summer.\"\n\n"
             "Ashdown made the demo at the farmhouse and later produced the finished record in Aarhus. The song is published "
             "by Hollowmere Songs. Brandvik, 26, released it on July 18 through Lindenlane Records.\n\n"
             "Brandvik will sing the song live for the first time on Saturday at Tivoli in Copenhagen.", date=dt.date(2040, 8, 20))
    f = facts(r)
    assert {("Whitewater Summer", "schema:composer", w) for w in ("Signe Aalto", "Kip Ashdown", "Reuben Ostrow")} <= f
    assert {("Whitewater Summer", "schema:producer", "Kip Ashdown"), ("Whitewater Summer", "schema:publisher", "Hollowmere Songs"),
            ("Whitewater Summer", "schema:datePublished", "2040-07-18")} <= f
    assert ("Whitewater Summer", "schema:datePublished", "2040-03") not in f
    [camp] = [e for e in r.events if e.kind == "camp"]
    assert camp.start_date.iso == "2040-03-09" and ("schema:organizer", "Hollowmere Songs") in participants(r, camp)
    [show] = events_of(r, "schema:MusicEvent")
    assert show.start_date.iso == "2040-08-25" and ("schema:performer", "Ylva Brandvik") in participants(r, show)


def test_a_cover_row_reads_the_version_its_credits_and_the_original_band():
    r = read("The songwriter Calum Dunlop has accused the singer Della Roan of \"turning a funeral into an advert\" with "
             "\"Homeward to Leith,\" her reworking of \"Lights of Leith,\" the song he wrote for his band, the Esk Valley "
             "Drifters, in 1989.\n\n"
             "The original, the closing track on the Drifters' only album, \"Shale Bing Monday,\" is a lament.\n\n"
             "Roan's version, released as a single last Friday on Magnolia Yard Records and produced by Dale Prewitt, keeps the "
             "chorus. Roan wrote the new verses with the Nashville writer Jolene Askew.\n\n"
             "\"We hoped it would be heard as a tribute,\" Wade Tillotson, Magnolia Yard's head of A&R, said on Tuesday.\n\n"
             "Roan said she had meant it as a tribute. Dunlop said he would answer in song: he will sing the original at a "
             "benefit concert, joined by the Drifters' fiddler, Isla Baird.",
             date=dt.date(2040, 10, 17))
    f = facts(r)
    assert type_of(r, "Homeward to Leith") == "schema:MusicRecording" and type_of(r, "Esk Valley Drifters") == "schema:MusicGroup"
    assert {("Homeward to Leith", "schema:isBasedOn", "Lights of Leith"), ("Homeward to Leith", "schema:byArtist", "Della Roan"),
            ("Homeward to Leith", "schema:producer", "Dale Prewitt"), ("Homeward to Leith", "schema:recordLabel", "Magnolia Yard Records"),
            ("Homeward to Leith", "schema:lyricist", "Della Roan"), ("Homeward to Leith", "schema:lyricist", "Jolene Askew"),
            ("Lights of Leith", "schema:byArtist", "Esk Valley Drifters"), ("Lights of Leith", "schema:inAlbum", "Shale Bing Monday"),
            ("Shale Bing Monday", "schema:byArtist", "Esk Valley Drifters"), ("Calum Dunlop", "schema:memberOf", "Esk Valley Drifters"),
            ("Isla Baird", "schema:memberOf", "Esk Valley Drifters")} <= f
    assert not {(s, p, o) for s, p, o in f if s == "Lights of Leith" and p in ("schema:producer", "schema:lyricist")}
    q = dict(quotes(r))
    assert q["turning a funeral into an advert"] == "Calum Dunlop"
    assert q["We hoped it would be heard as a tribute,"] == "Wade Tillotson"


def test_a_year_told_by_a_kind_of_work_or_counted_from_the_year_before():
    r = read("Stuff Primrose in the Furnace is a 1989 horror-comedy written and directed by Dan Norrow.\n\n"
             "Long Night in Varese is an Italian film of 1960 set in Ferrara.\n\n"
             "The Larch Drifters formed in 1987. Their only album, \"Peat Fire Monday,\" came out the following year, and "
             "\"Quayside Bells,\" the single that made their name, was released that year too.", date=dt.date(2040, 3, 1))
    f = facts(r)
    assert {("Stuff Primrose in the Furnace", "schema:datePublished", "1989"), ("Long Night in Varese", "schema:datePublished", "1960"),
            ("Peat Fire Monday", "schema:datePublished", "1988"), ("Quayside Bells", "schema:datePublished", "1988")} <= f
    # a counted year that the text restates: the year it spells out wins
    r = read("The label Quokka Yard was founded in 2030. It produced the band's first album, Marri Dust, which came out the "
             "following year, in 2033.", date=dt.date(2040, 3, 1))
    assert ("Marri Dust", "schema:datePublished", "2033") in facts(r)
    assert ("Marri Dust", "schema:datePublished", "2031") not in facts(r)


def test_a_stage_greeting_a_convention_panel_and_a_named_awards_night_are_events_and_a_tour_in_passing_is_not():
    r = read("On Saturday (Nov. 13), Aki Hoshino and Jun Kanda greeted audiences at a sold-out stage event at Toho Cinemas "
             "Shinjuku in Tokyo.\n\n"
             "Dermot Haskins and Hulu's \"The Pear Arbour\" were the big winners at the 9th Lodestone Awards, held Sunday night "
             "(Dec. 12) at the Orpheum Theatre in Los Angeles. The pianist Sigrid Brask, who was on tour in Europe, accepted by "
             "video. Industry observers expect the film to be a contender in next year's awards season.",
             date=dt.date(2027, 12, 14))
    greeting = next(e for e in r.events if e.start_date and e.start_date.iso == "2027-11-13")
    assert {("schema:attendee", "Aki Hoshino"), ("schema:attendee", "Jun Kanda")} <= participants(r, greeting)
    [ceremony] = events_of(r, "newskg:AwardCeremony")
    assert ceremony.start_date.iso == "2027-12-12" and "Orpheum Theatre" in {name(r, k) for k in ceremony.locations}
    assert not events_of(r, "newskg:ConcertTour")
    r = read("The cast, along with the showrunner Talia Ferraro, will appear at a New York Comic Con panel on Saturday, Oct. 9, "
             "at the Javits Center in New York.", date=dt.date(2027, 9, 20))
    [panel] = r.events
    assert panel.start_date.iso == "2027-10-09" and "Talia Ferraro" in {n for _, n in participants(r, panel)}


def test_a_game_score_reads_the_game_its_album_and_the_concert_players_named_after_it():
    r = read("\"Fogmarsh,\" the seafaring adventure from the Quebec studio Larkwing Games, went on sale on Tuesday.\n\n"
             "The game, which was published by Tollgate Publishing, follows a lamplighter. The score was written by Ilka "
             "Varga, a Estonian-born composer. It was recorded by the Corvid Sinfonia, and Cobbleway Records will release it "
             "on Friday as an album, \"Music for a Dark Harbour.\"\n\n"
             "The Corvid Sinfonia will perform the full score at the Salle Wilfrid-Pelletier in Montreal on Feb. 14. Varga will "
             "play the piano, and Dora Pelham will read passages from the script.", date=dt.date(2043, 1, 22))
    f = facts(r)
    assert type_of(r, "Fogmarsh") == "schema:VideoGame"
    assert {("Fogmarsh", "schema:datePublished", "2043-01-20"), ("Fogmarsh", "schema:publisher", "Tollgate Publishing"),
            ("Music for a Dark Harbour", "schema:recordLabel", "Cobbleway Records"),
            ("Music for a Dark Harbour", "schema:datePublished", "2043-01-23")} <= f
    assert ("Fogmarsh", "schema:author", "Ilka Varga") not in f
    [concert] = events_of(r, "schema:MusicEvent")
    assert {"Corvid Sinfonia", "Ilka Varga", "Dora Pelham"} <= {n for _, n in participants(r, concert)}


def test_a_nominations_story_reads_the_records_told_before_their_titles_and_who_is_on_the_night():
    r = read("Brona Keaveney, the Sligo singer whose second album turned a hard year into ballads, leads the nominations for "
             "this year's Curlew Music Awards. Also nominated is \"Night Shift Motor,\" the fourth record by the Belfast band the "
             "Fathoms.\n\n"
             "That album, \"Forecast for Staying,\" was produced by Ciaran Deverill and released last June by Ballyhale Records.\n\n"
             "It faces the Fathoms' \"Farthing Saint,\" which the band's singer, Corin Quilliam, wrote for \"Night Shift Motor,\" "
             "and Ossie Bramwell's \"Eastgate Lullaby,\" on which he is joined by the singer Leonie Sallow.\n\n"
             "The ceremony will be held at the 3Arena in Dublin on Saturday, May 9. The comedian Nora Gallagher returns as host, "
             "and Keaveney and the Fathoms will both perform on the night.", date=dt.date(2043, 3, 18))
    f = facts(r)
    assert type_of(r, "Sligo") == "schema:City" and type_of(r, "Ciaran Deverill") == "schema:Person"
    assert {("Forecast for Staying", "schema:byArtist", "Brona Keaveney"), ("Forecast for Staying", "schema:producer", "Ciaran Deverill"),
            ("Farthing Saint", "schema:composer", "Corin Quilliam"), ("Farthing Saint", "schema:inAlbum", "Night Shift Motor"),
            ("Eastgate Lullaby", "schema:byArtist", "Leonie Sallow")} <= f
    [ceremony] = events_of(r, "newskg:AwardCeremony")
    assert {"Nora Gallagher", "Brona Keaveney", "Fathoms"} <= {n for _, n in participants(r, ceremony)}


def test_a_biopic_casting_reads_the_band_the_singer_fronted_the_films_credits_and_the_tribute_concert():
    r = read("Zinnia Harcourt will play Lavender Ashcombe, the Memphis soul singer who died in 2034, in \"Delta Empress,\" a film "
             "about her life that Northgate Pictures is producing.\n\n"
             "The casting was announced on Saturday night at a tribute concert for Ashcombe at the Apollo Theater in New York. "
             "Consuelo Vantreight, who will direct the film, made the announcement from the stage, and Harcourt then walked out "
             "to sing \"Nickel Halo,\" with Ambrose Gerrard on guitar. Gerrard, 81, played in the Wicker Street Five, the band "
             "Ashcombe fronted in the early 1970s before she went solo.\n\n"
             "The script is adapted from \"Sing Me Out,\" Keturah Mayhew's 2037 biography of the singer. Isidore "
             "Kestle has been cast as Cyrus Vandermeer, the manager who became Ashcombe's first husband.", date=dt.date(2043, 5, 12))
    f = facts(r)
    assert type_of(r, "Lavender Ashcombe") == "schema:Person" and type_of(r, "Sing Me Out") == "schema:Book"
    assert {("Delta Empress", "schema:director", "Consuelo Vantreight"), ("Delta Empress", "schema:productionCompany", "Northgate Pictures"),
            ("Delta Empress", "schema:actor", "Isidore Kestle"), ("Delta Empress", "schema:character", "Cyrus Vandermeer"),
            ("Sing Me Out", "schema:author", "Keturah Mayhew"), ("Ambrose Gerrard", "schema:memberOf", "Wicker Street Five"),
            ("Lavender Ashcombe", "schema:memberOf", "Wicker Street Five")} <= f
    [concert] = events_of(r, "schema:MusicEvent")
    assert concert.start_date.iso == "2043-05-09"
    who = {n for _, n in participants(r, concert)}
    assert {"Zinnia Harcourt", "Ambrose Gerrard", "Consuelo Vantreight"} <= who and "Lavender Ashcombe" not in who


def test_a_posthumous_album_reads_its_playback_night_its_records_and_who_spoke():
    r = read("Two years after Merrin Tolhurst died, her fans in Melbourne heard the album she did not live to finish. \"The "
             "Lattice Psalter,\" the Tasmanian songwriter's final record, was played from start to finish on Tuesday night at "
             "the Forum Theatre, and Wattle Lane Records, her label since 2009, will release it on Friday.\n\n"
             "Tolhurst died of cancer in Hobart in 2041. Her widower, Barnaby Wenlock, took the songs to Morwenna Tregear, who had "
             "produced five of her albums, including \"Lamp Oil Lullabies\" (2031).\n\n"
             "Tregear produced the new album, keeping Tolhurst's vocals from the demos.\n\n"
             "\"Some of those vocals were recorded on a phone in her kitchen,\" she said.\n\n"
             "The folk band the Saltbush Players play and sing on \"Creek Road Home,\" the closing track, a song Tolhurst had "
             "written for them years ago.\n\n"
             "At the Forum, the album was played through the theatre's speakers. Afterwards, the Saltbush Players performed "
             "\"Creek Road Home\" live, and Tregear and Wenlock answered questions from the audience.", date=dt.date(2043, 9, 16))
    f = facts(r)
    assert {("The Lattice Psalter", "schema:recordLabel", "Wattle Lane Records"), ("Lamp Oil Lullabies", "schema:producer", "Morwenna Tregear"),
            ("Lamp Oil Lullabies", "schema:byArtist", "Merrin Tolhurst"), ("Creek Road Home", "schema:composer", "Merrin Tolhurst"),
            ("Creek Road Home", "schema:byArtist", "Saltbush Players"), ("Merrin Tolhurst", "schema:deathPlace", "Hobart")} <= f
    assert ("Merrin Tolhurst", "schema:deathPlace", "Melbourne") not in f
    [night] = events_of(r, "schema:MusicEvent")
    assert night.start_date.iso == "2043-09-15"
    assert {("schema:workPresented", "The Lattice Psalter")} <= participants(r, night)
    assert {"Saltbush Players", "Morwenna Tregear", "Barnaby Wenlock"} <= {n for _, n in participants(r, night)}
    assert dict(quotes(r))["Some of those vocals were recorded on a phone in her kitchen,"] == "Morwenna Tregear"


def test_a_radio_handover_reads_the_show_its_host_by_her_nickname_and_the_farewell_concert():
    r = read("Matilda Corrigall, whom listeners have known as Tilly since the first night, presented her last edition of "
             "\"The Night Lantern\" on Ravensworth Radio on Thursday.\n\n"
             "The station launched the show in 2019, and it has been made since then by the independent producer Flintlock "
             "Audio.\n\n"
             "Her successor is Tobin Pascoe, the singer of the Leeds band the Fulmars. His first guest will be the singer "
             "Odette Lafleche, whose single \"Greenroom Signal\" comes out on Monday, Nov. 30. Pascoe said the band would tour "
             "less next year.\n\n"
             "Ravensworth Radio is marking the handover with a farewell concert for Corrigall at the Brudenell Social Club in "
             "Leeds on Nov. 28. The Fulmars and Lafleche will both play.\n\n"
             "\"Tilly taught a region to stay up late,\" said Donatella Ruscone, Ravensworth's head of music.",
             date=dt.date(2043, 11, 20))
    f = facts(r)
    assert type_of(r, "Night Lantern") == "schema:RadioSeries" and type_of(r, "Donatella Ruscone") == "schema:Person"
    assert "Tilly" in aliases_of(r, "Matilda Corrigall")
    assert {("Night Lantern", "schema:datePublished", "2019"), ("Night Lantern", "schema:productionCompany", "Flintlock Audio"),
            ("Tobin Pascoe", "schema:memberOf", "Fulmars"), ("Greenroom Signal", "schema:byArtist", "Odette Lafleche")} <= f
    assert not events_of(r, "newskg:ConcertTour")
    [concert] = events_of(r, "schema:MusicEvent")
    assert {("schema:organizer", "Ravensworth Radio"), ("schema:performer", "Fulmars"),
            ("schema:performer", "Odette Lafleche")} <= participants(r, concert)


def test_a_video_premiere_is_no_release_of_the_song_and_the_videos_director_directs_the_song():
    r = read("Ama Owusu premiered the video for \"Night Bus to Alfama\" on Wednesday night at the Prince Charles Cinema in "
             "London, where she sang it with a string quartet.\n\nThe video went online on Thursday, the same day the song was released as a single.\n\n"
             "The video was directed by the Portuguese filmmaker Tiago Semedo.", date=dt.date(2043, 7, 16))
    f = facts(r)
    assert ("Night Bus to Alfama", "schema:datePublished", "2043-07-16") in f
    assert ("Night Bus to Alfama", "schema:datePublished", "2043-07-15") not in f
    assert ("Night Bus to Alfama", "schema:director", "Tiago Semedo") in f
    [premiere] = events_of(r, "newskg:Premiere")
    assert ("schema:workPresented", "Night Bus to Alfama") in participants(r, premiere)


def test_an_album_review_reads_its_label_its_tracks_and_a_song_that_comes_from_a_band():
    r = read("Larch Hollow, the folk duo of Ottie Brannan and Seamus Kell, release their second album, \"Saltwater Ledger,\" on "
             "Friday through Curlew Lane Records, the Asheville label that signed them in 2030.\n\n"
             "Kell's \"Tin Lantern Waltz,\" co-written with Jace Holloway, is the slow heart of the album. \"Kettle Smoke,\" the only "
             "song the duo wrote alone together, closes it with a laugh.\n\n"
             "\"Paper Kites,\" heard under the opening titles of the drama, comes from the indie band Gull Harbour. The band's "
             "third album, \"Rain Check Waltz,\" came out in March on Gwennap Records.\n\n"
             "Written by Pyo Hae-rin and directed by Ro Seung-woo, \"Last Ferry North\" stars Kang Mi-so. The show was produced by "
             "Dalgona Pictures, the company behind Pyo's previous series, \"Salt Blossom\" (2029).", date=dt.date(2032, 7, 15))
    f = facts(r)
    assert {("Larch Hollow", "schema:affiliation", "Curlew Lane Records"), ("Tin Lantern Waltz", "schema:inAlbum", "Saltwater Ledger"),
            ("Kettle Smoke", "schema:inAlbum", "Saltwater Ledger"), ("Paper Kites", "schema:byArtist", "Gull Harbour"),
            ("Rain Check Waltz", "schema:recordLabel", "Gwennap Records"), ("Last Ferry North", "schema:author", "Pyo Hae-rin"),
            ("Salt Blossom", "schema:productionCompany", "Dalgona Pictures")} <= f


def test_a_reissue_story_tells_the_original_record_from_its_deluxe_edition():
    r = read("Twenty years after \"Mesquite\" made her name, Rosario Villalba played the album from start to finish on Saturday "
             "night at the Mohawk in Austin.\n\n"
             "The show celebrated \"Mesquite: Twenty Summers,\" a two-disc deluxe edition that Book Sleeve Recordings will release "
             "on Friday. The original record came out in 2024 on Dry Creek Records, a small Austin label that has since closed, "
             "and was produced by Tobiah Crane.\n\n"
             "One of the bonus songs, \"Ranch to Market,\" which Villalba wrote with the accordionist Eliseo Barragan, came out as a "
             "single last month.\n\n"
             "\"Twine,\" the film version of the stage musical \"The Twine Girls,\" opens in May. The film, which Cairnloch "
             "Pictures produced, follows the women of a rope works.", date=dt.date(2044, 12, 6))
    f = facts(r)
    assert type_of(r, "Mesquite") == "schema:MusicAlbum"
    assert {("Mesquite", "schema:byArtist", "Rosario Villalba"), ("Mesquite", "schema:datePublished", "2024"),
            ("Mesquite", "schema:recordLabel", "Dry Creek Records"), ("Mesquite", "schema:producer", "Tobiah Crane"),
            ("Mesquite: Twenty Summers", "schema:recordLabel", "Book Sleeve Recordings"),
            ("Ranch to Market", "schema:composer", "Rosario Villalba"), ("Ranch to Market", "schema:composer", "Eliseo Barragan"),
            ("Twine", "schema:isBasedOn", "Twine Girls"), ("Twine", "schema:productionCompany", "Cairnloch Pictures")} <= f
    assert ("Mesquite: Twenty Summers", "schema:datePublished", "2024") not in f


def test_a_residency_told_by_its_nights_then_its_dates_at_a_club_named_with_an_ordinal():
    r = read("The Tamarind Drifters will say goodbye with seven nights at Third Avenue, the downtown club where they played "
             "their first headline show. The residency runs from May 12 to May 18.", date=dt.date(2044, 4, 11))
    [run] = events_of(r, "schema:MusicEvent")
    assert run.start_date.iso == "2044-05-12" and {name(r, k) for k in run.locations} == {"Third Avenue"}
    assert ("schema:performer", "Tamarind Drifters") in participants(r, run)


def test_a_trailer_night_is_a_screening_and_what_follows_the_trailer_happens_there():
    r = read("The first trailer for \"Hemp Lane,\" the film version of the stage musical \"The Hemp Lane Girls,\" was shown on "
             "Tuesday night at the Cameo Picturehouse in Edinburgh, where its director, Morag Tenby, introduced the film's two "
             "leads, Isla Carrick and Hamish Ballater.\n\n"
             "The film keeps nine of the musical's songs.\n\n"
             "After the trailer, Carrick sang \"Pitch on My Hands\" live, with Ewan Maclaurin at the piano.",
             date=dt.date(2044, 2, 17))
    [night] = events_of(r, "newskg:Premiere")
    assert night.start_date.iso == "2044-02-16" and "Cameo Picturehouse" in {name(r, k) for k in night.locations}
    assert {"Hemp Lane", "Isla Carrick", "Ewan Maclaurin"} <= {n for _, n in participants(r, night)}
    assert not events_of(r, "schema:MusicEvent")


def test_song_credits_in_music_by_words_by_and_a_stage_credit_with_its_verb_left_out():
    r = read("The film \"Kilnmoor Bell\" adds one new song, \"Chalk Roads,\" with music by Odalys Fenner and words by Dashiel "
             "Kettleby. Dora Quist sings it over the closing credits, and it will be released as a single on Friday.\n\n"
             "The stage musical \"Lime Kiln Sisters\" was first staged in 2019 at a theatre in Hull. Its book was written by "
             "Tovah Ankerlund; Fenner composed the music and Kettleby the lyrics.", date=dt.date(2030, 5, 15))
    f = facts(r)
    assert type_of(r, "Odalys Fenner") == "schema:Person"
    assert {("Chalk Roads", "schema:composer", "Odalys Fenner"), ("Chalk Roads", "schema:lyricist", "Dashiel Kettleby"),
            ("Chalk Roads", "schema:datePublished", "2030-05-17"),
            ("Lime Kiln Sisters", "schema:datePublished", "2019"), ("Lime Kiln Sisters", "schema:author", "Tovah Ankerlund"),
            ("Lime Kiln Sisters", "schema:composer", "Odalys Fenner"), ("Lime Kiln Sisters", "schema:lyricist", "Dashiel Kettleby")} <= f
    assert not {x for x in f if x[0] == "Kilnmoor Bell" and x[1] in ("schema:datePublished", "schema:composer")}


def test_a_distributor_that_puts_a_film_in_cinemas_gives_its_release_day_and_its_director_is_not_the_sources():
    r = read("A teaser for \"Saltpan,\" the screen version of the stage musical \"The Saltpan Daughters,\" played on Monday at a "
             "cinema in Leeds, where its director, Ygraine Marrick, spoke. Pelham Releasing will put \"Saltpan\" in British "
             "cinemas on June 12.", date=dt.date(2031, 3, 4))
    f = facts(r)
    assert {("Saltpan", "schema:director", "Ygraine Marrick"), ("Saltpan", "schema:datePublished", "2031-06-12")} <= f
    assert ("Saltpan Daughters", "schema:director", "Ygraine Marrick") not in f


def test_a_pianists_first_album_as_a_leader_its_label_and_the_tune_she_wrote():
    r = read("The pianist Mirabel Osei made her first album as a leader, \"Winter Jetty,\" which Bellhop Lane Records released "
             "in 1991. Her best-known tune is \"Rain on the Skylight,\" which she wrote on a rented upright.")
    f = facts(r)
    assert type_of(r, "Winter Jetty") == "schema:MusicAlbum" and type_of(r, "Rain on the Skylight") == "schema:MusicRecording"
    assert {("Winter Jetty", "schema:byArtist", "Mirabel Osei"), ("Winter Jetty", "schema:recordLabel", "Bellhop Lane Records"),
            ("Winter Jetty", "schema:datePublished", "1991"), ("Rain on the Skylight", "schema:composer", "Mirabel Osei")} <= f


def test_a_labels_first_album_is_its_release_and_the_debut_of_the_singer_it_names():
    r = read("Marrowgate Records was founded in 1999 by two record-shop clerks. The label's first album, \"Dust Shutter,\" the "
             "debut of the singer Jocasta Ravenhill, was released in 2001.")
    f = facts(r)
    assert {("Dust Shutter", "schema:recordLabel", "Marrowgate Records"), ("Dust Shutter", "schema:byArtist", "Jocasta Ravenhill"),
            ("Dust Shutter", "schema:datePublished", "2001")} <= f


def test_a_song_written_by_a_member_named_in_an_apposition_with_a_producer():
    r = read("The group Ninefold released the album \"Pale Relay\" in April. Its lead single, \"Night Tram,\" was written by "
             "the leader, Tobian, with the producer Corvin Corrado.")
    f = facts(r)
    assert {("Night Tram", "schema:composer", "Tobian"), ("Night Tram", "schema:composer", "Corvin Corrado")} <= f


def test_a_band_told_with_the_whose_producer_also_made_their_debut():
    r = read("The Copper Starlings released the album \"Harbour Lamps\" on Friday. It was produced by Aldric Fenmarch, who also "
             "made their debut, \"First Rime,\" released by Fulmar Gannock Records in 2015.", date=dt.date(2030, 5, 15))
    f = facts(r)
    assert type_of(r, "Copper Starlings") == "schema:MusicGroup"
    assert {("Harbour Lamps", "schema:byArtist", "Copper Starlings"), ("Harbour Lamps", "schema:producer", "Aldric Fenmarch"),
            ("First Rime", "schema:producer", "Aldric Fenmarch"), ("First Rime", "schema:byArtist", "Copper Starlings"),
            ("First Rime", "schema:recordLabel", "Fulmar Gannock Records"), ("First Rime", "schema:datePublished", "2015")} <= f


def test_management_since_a_year_and_the_founder_in_a_whose_clause():
    r = read("The Magpie Hollows will play their last show in June. The band has been managed since 2021 by Northcote Artists, "
             "whose founder, Lise Marwood, said the decision was final. Pellam, a soloist who is also managed by Northcote "
             "Artists, will join them.")
    f = facts(r)
    assert type_of(r, "Northcote Artists") == "schema:Organization"
    assert {("Magpie Hollows", "schema:affiliation", "Northcote Artists"), ("Northcote Artists", "schema:founder", "Lise Marwood"),
            ("Pellam", "schema:affiliation", "Northcote Artists")} <= f


def test_a_prize_to_be_received_and_one_received_from_a_festival_are_awards():
    r = read("Hollister Brantwood, the Chicago-born drummer, will receive the Lifetime Achievement Award of the Riverbend Jazz "
             "Festival, the festival said on Tuesday.\n\n"
             "The trumpeter Inessa Marlough received the festival's Critics Prize on Saturday.")
    f = facts(r, "schema:award")
    assert any(s == "Hollister Brantwood" and "Lifetime Achievement Award" in o for s, _, o in f)
    assert ("Inessa Marlough", "schema:award", "Critics Prize") in f


def test_a_band_whose_name_sounds_like_a_place_its_founders_its_latest_album_and_labels():
    r = read("Quorum Fenwyck played their last show for a while on Saturday night, at the Forum in Melbourne.\n\n"
             "Blaise Pennick founded the band in Ballarat in 2030 with the guitarist Odran Lanyon, and the drummer Tamsyn Quillan "
             "and the bassist Glenna Stavely joined a year later. They have made five albums, the latest of which, \"Dry Gully,\" "
             "came out on Yarrow Lane Records last month.\n\n"
             "Their debut, \"Tin Verandah,\" was released by the tiny Kestle Records in 2031. Hadleigh Brisk, who played keyboards "
             "in Quorum Fenwyck until 2038, came out to play on the last song.\n\n"
             "Lanyon will release her first solo album, \"Low Water Psalms,\" in February, also through Yarrow Lane.",
             date=dt.date(2045, 11, 13))
    f = facts(r)
    assert type_of(r, "Quorum Fenwyck") == "schema:MusicGroup" and type_of(r, "Dry Gully") == "schema:MusicAlbum"
    assert {("Quorum Fenwyck", "schema:founder", "Blaise Pennick"), ("Quorum Fenwyck", "schema:founder", "Odran Lanyon"),
            ("Quorum Fenwyck", "schema:foundingDate", "2030"), ("Hadleigh Brisk", "schema:memberOf", "Quorum Fenwyck"),
            ("Dry Gully", "schema:byArtist", "Quorum Fenwyck"), ("Dry Gully", "schema:recordLabel", "Yarrow Lane Records"),
            ("Tin Verandah", "schema:recordLabel", "Kestle Records"), ("Low Water Psalms", "schema:recordLabel", "Yarrow Lane Records")} <= f
    assert ("Quorum Fenwyck", "schema:founder", "Tamsyn Quillan") not in f
    [show] = events_of(r, "schema:MusicEvent")
    assert show.start_date.iso == "2045-11-11" and "Forum" in {name(r, k) for k in show.locations}


def test_a_tribute_album_its_singers_its_label_its_release_day_and_the_concert_that_follows():
    r = read("For forty years other people have had the hits with Aldwin Cheverton's songs. On Friday, a dozen singers get a whole "
             "album to thank him. \"Gorseway Hymns,\" a collection of his songs recorded by Memphis artists, comes out on Marrowfat "
             "Records, and the man himself will be at the Orpheum Theatre on Saturday night to hear some of them live.\n\n"
             "Cheverton, 79, spent the 1970s playing bass in the Ottery Ramblers. He lives outside Fairhope, Alabama.\n\n"
             "That would be Sunniva Branwell, who produced the album and talked him into adding a song he wrote last winter, "
             "\"Lantern at the Ferry.\" Nettlefold Yarrow and Lowdermilk Stavely trade verses on \"Cold Gate,\" which Cheverton "
             "wrote with the poet Tuulikki Saarikoski, who supplied the words. The Yeoul Brothers, a string band fronted by the "
             "fiddler Sanha Paavola, close the record.\n\n"
             "Branwell recorded most of the album in a single week.\n\n"
             "Yarrow, Stavely and the Yeoul Brothers will all play on Saturday.", date=dt.date(2045, 7, 20))
    f = facts(r)
    assert type_of(r, "Fairhope") == "schema:City" and type_of(r, "Alabama") == "schema:State"
    assert {("Gorseway Hymns", "schema:recordLabel", "Marrowfat Records"), ("Gorseway Hymns", "schema:datePublished", "2045-07-21"),
            ("Aldwin Cheverton", "schema:memberOf", "Ottery Ramblers"), ("Lantern at the Ferry", "schema:composer", "Aldwin Cheverton"),
            ("Cold Gate", "schema:byArtist", "Nettlefold Yarrow"), ("Cold Gate", "schema:byArtist", "Lowdermilk Stavely"),
            ("Cold Gate", "schema:lyricist", "Tuulikki Saarikoski"), ("Sanha Paavola", "schema:memberOf", "Yeoul Brothers")} <= f
    assert ("Gorseway Hymns", "schema:byArtist", "Sunniva Branwell") not in f
    [night] = events_of(r, "schema:MusicEvent")
    assert night.start_date.iso == "2045-07-22" and "Orpheum Theatre" in {name(r, k) for k in night.locations}
    assert {"Aldwin Cheverton", "Nettlefold Yarrow", "Yeoul Brothers"} <= {n for _, n in participants(r, night)}


def test_a_concert_film_its_company_its_band_and_the_concerts_it_was_shot_at():
    r = read("Quiroga Norte have spent a decade filling arenas. On Friday \"Cenzontle,\" a concert film directed by Ximeno Olmedo, "
             "opens in 200 theatres through the distributor Huitzil.\n\n"
             "The film was shot on Nov. 17 and 18 last year at the Auditorio Benavente in Puebla, where the band played to a "
             "combined 30,000 people. Producciones Zacatlan produced the film.\n\n"
             "The band was formed in Tlacotalpan in 2031. Its first live album, \"Velas del Norte,\" recorded at the same two "
             "concerts, comes out on Friday as well, on Discos Arreguin. It was produced by the band's drummer, Valtteri Merikoski. "
             "One song on it, \"Lluvia Tarde,\" is a duet with the singer Orvokki Kallioniemi.\n\n"
             "Huitzil plans to take the film abroad later in the year. The band, meanwhile, starts a tour in June.",
             date=dt.date(2045, 5, 10))
    f = facts(r)
    assert type_of(r, "Huitzil") == "schema:Organization" and type_of(r, "Producciones Zacatlan") == "schema:Organization"
    assert {("Cenzontle", "schema:productionCompany", "Producciones Zacatlan"), ("Quiroga Norte", "schema:foundingDate", "2031"),
            ("Velas del Norte", "schema:recordLabel", "Discos Arreguin"), ("Velas del Norte", "schema:producer", "Valtteri Merikoski"),
            ("Lluvia Tarde", "schema:inAlbum", "Velas del Norte")} <= f
    [shows] = events_of(r, "schema:MusicEvent")
    assert shows.start_date.iso == "2044-11-17" and ("schema:performer", "Quiroga Norte") in participants(r, shows)


def test_a_charity_single_its_singers_its_words_and_the_benefit_concert_they_give():
    r = read("Nine singers record \"Byeolbit\" for families hit by Saimaa Province floods\n\n"
             "The song, \"Byeolbit,\" will be released on Friday by Doreum Music. Minseol Haram wrote the music and also "
             "produced the track; the words are by Seorin Nabi. Among the voices are all four members of Gyeoul, the soloist "
             "Sanha, Kuutamo of the girl group Lumikki and the ballad singer Ruusu Kallio.\n\n"
             "On March 25 the singers will perform \"Byeolbit\" together at a benefit concert at the Ahvenanmaa Hall in Seoul, "
             "which the broadcaster Ferghal TV is organising. Much of the money will go to towns across Saimaa.",
             date=dt.date(2045, 3, 14))
    f = facts(r)
    assert type_of(r, "Byeolbit") == "schema:MusicRecording"
    assert {("Byeolbit", "schema:lyricist", "Seorin Nabi"), ("Byeolbit", "schema:producer", "Minseol Haram"),
            ("Byeolbit", "schema:byArtist", "Gyeoul"), ("Byeolbit", "schema:byArtist", "Sanha"),
            ("Byeolbit", "schema:byArtist", "Kuutamo"), ("Byeolbit", "schema:byArtist", "Ruusu Kallio")} <= f
    assert ("Byeolbit", "schema:byArtist", "Lumikki") not in f
    [night] = events_of(r, "schema:MusicEvent")
    assert {("schema:organizer", "Ferghal TV"), ("schema:performer", "Gyeoul")} <= set(participants(r, night))
    assert "Saimaa" not in {e.name for e in r.entities.values()}  # the province told without its suffix is the province


def test_an_opera_premiere_reads_its_composer_librettist_source_and_singers():
    r = read("\"Kuutamo\" (\"The Moonlight\") is the first opera by the composer Tuulikki Saarikoski. The libretto is by the poet "
             "Valtteri Paavola, and the story comes from \"Ruusu,\" Orvokki Merikoski's 2019 novel. Glenna Kallio directed "
             "the production.\n\n"
             "The baritone Odran Kallioniemi sang the ferryman, Aatu, and the soprano Sunniva Lumikki his sister, Elli. Neither "
             "had sung in a world premiere before.", date=dt.date(2045, 9, 25))
    f = facts(r)
    assert {("Kuutamo", "schema:composer", "Tuulikki Saarikoski"), ("Kuutamo", "schema:lyricist", "Valtteri Paavola"),
            ("Kuutamo", "schema:isBasedOn", "Ruusu"), ("Kuutamo", "schema:actor", "Odran Kallioniemi"),
            ("Kuutamo", "schema:character", "Aatu"), ("Kuutamo", "schema:actor", "Sunniva Lumikki"),
            ("Kuutamo", "schema:character", "Elli")} <= f
    assert "The Moonlight" in r.entities[next(k for k, e in r.entities.items() if e.name == "Kuutamo")].aliases
    assert not any(e.name == "Neither" for e in r.entities.values())


def test_an_exhibition_opening_its_guests_and_a_series_told_by_its_episodes():
    r = read("An exhibition of costumes from the drama \"Ardglass\" opens at the Lanyon Museum in Belfast on Friday. The "
             "series' costume designer, Ferghal Maguire, will be at the opening with the two leads, Glenna Dunmurry and Odran "
             "Lisnaskea.\n\n"
             "All six episodes of \"Ardglass\" were first broadcast last March. Dunmurry plays Tamsyn Ballyclare, a mill girl, "
             "and Lisnaskea is the mill's owner, Branwell Kestle, whose coat hangs in the first room.", date=dt.date(2045, 1, 18))
    f = facts(r)
    assert {("Ardglass", "schema:actor", "Odran Lisnaskea"), ("Ardglass", "schema:character", "Branwell Kestle")} <= f
    [show] = events_of(r, "schema:ExhibitionEvent")
    assert show.start_date.iso == "2045-01-20" and {"Ferghal Maguire", "Glenna Dunmurry", "Odran Lisnaskea"} <= {n for _, n in participants(r, show)}


def test_a_guest_who_joins_a_band_for_a_night_is_no_member_and_another_agency_manages_a_group():
    r = read("The folk band Pelorus Tide played two nights at the Corran Hall in Lima, and the singer Maribeth Sallow joined "
             "them on the second night. The girl group Zennor, which is managed by another agency, Tregony Entertainment, "
             "opened both shows.")
    f = facts(r)
    assert ("Maribeth Sallow", "schema:memberOf", "Pelorus Tide") not in f
    assert ("Zennor", "schema:affiliation", "Tregony Entertainment") in f


def test_a_premiere_at_a_cinema_is_no_release_and_a_venues_short_name_is_the_venue():
    r = read("Haverill Loam's concert film \"Ansty Road\" had its premiere on Tuesday night at the Mawgan Cinema in Leeds, "
             "where the band watched from the back row. \"Ansty Road\" opens in cinemas on Friday.\n\n"
             "The band's last show was at the Penwith Civic Music Hall, and the Music Hall is where they will film the next "
             "one.", date=dt.date(2045, 5, 10))
    f = facts(r, "schema:datePublished")
    assert ("Ansty Road", "schema:datePublished", "2045-05-12") in f and ("Ansty Road", "schema:datePublished", "2045-05-09") not in f
    assert "Music Hall" in r.entities[next(k for k, e in r.entities.items() if e.name == "Penwith Civic Music Hall")].aliases


def test_quotes_told_short_after_a_gesture_in_a_producers_words_and_in_a_caption():
    r = read("The live album was produced by the band's drummer, Tolvan Brea, who spent the winter, in his words, "
             "\"listening to candles.\" One song on it, \"Lluvia de Mayo,\" is a duet with the singer Oriana Lisle.\n\n"
             "The songwriter Saffery Wick took the review calmly. \"Fair enough,\" he said on Sunday. \"I'll cut some words for the tour.\"\n\n"
             "Lisle laughed when asked whether she was nervous about singing it live. \"Terrified. He'll know every note I "
             "get wrong.\"\n\n"
             "Brea, for his part, posted a photograph from the session with the caption \"Still there, thank goodness.\"")
    q = quotes(r)
    assert ("listening to candles.", "Tolvan Brea") in q and ("Fair enough,", "Saffery Wick") in q
    assert ("I'll cut some words for the tour.", "Saffery Wick") in q
    assert ("Terrified. He'll know every note I get wrong.", "Oriana Lisle") in q
    assert ("Still there, thank goodness.", "Tolvan Brea") in q
    assert not any(text.startswith("Lluvia") for text, _ in q)


def test_a_dance_crew_its_founders_by_their_nicknames_its_closing_song_and_its_own_battle():
    r = read("For once, Galzin Crew sat still. The Lyon breaking crew watched themselves on a big screen on Saturday night at "
             "the Théâtre Brioude, as \"Béton Brûlant,\" Anaïs Sabatier's documentary about them, had its premiere in front of "
             "900 people.\n\n"
             "The crew was founded in 2035 by Jowan Couderc, then 16, and the b-girl Eseld Tessier, known to everyone as Ortolan.\n\n"
             "The closing track, \"Plein Vent,\" is by the rapper Talan Loubière. It comes out as a single on Friday on Aurillac "
             "Musique.\n\n"
             "On Sept. 8 the crew will host its own battle on the Place Bellecour.", date=dt.date(2046, 8, 13))
    f = facts(r)
    assert type_of(r, "Galzin Crew") == "schema:PerformingGroup"
    assert {("Galzin Crew", "schema:founder", "Jowan Couderc"), ("Galzin Crew", "schema:foundingDate", "2035"),
            ("Plein Vent", "schema:recordLabel", "Aurillac Musique")} <= f
    # (her nickname and her name are one entity, under whichever the article uses more)
    assert any(s in ("Eseld Tessier", "Ortolan") and p == "schema:memberOf" and o == "Galzin Crew" for s, p, o in f)
    assert not any(s == "Béton Brûlant" and p == "schema:datePublished" for s, p, _ in f)
    [battle] = events_of(r, "schema:DanceEvent")
    assert battle.start_date.iso == "2046-09-08" and ("schema:performer", "Galzin Crew") in participants(r, battle)


def test_a_podcast_turned_series_its_preview_screening_its_credits_and_a_surname_after_based_on():
    r = read("For six years, Kerenza Pascoe and Lowen Hocking have read out the notes people leave in library books. On Thursday, "
             "their podcast becomes a television show.\n\n"
             "\"The Late Slip,\" an eight-episode comedy, is based on the podcast. The first two episodes were shown on Saturday "
             "night at the Hendra Cinema in Winnipeg, where Pascoe and Hocking took questions with the show's stars, Wenna Kitto "
             "and Perran Nancarrow.\n\n"
             "Pascoe wrote the series with the screenwriter Cadan Tregarthen, and Rhodri Bosanko directed all eight episodes for "
             "Treleaven Productions. Kitto plays a prickly librarian, Elowen Kestle, loosely based on Pascoe; Nancarrow is her "
             "patient colleague, Osian Jarnac.\n\n"
             "The theme song, \"Late Again,\" is by the Halifax band the Ifor Hefins.", date=dt.date(2046, 10, 16))
    f = facts(r)
    assert type_of(r, "Halifax") == "schema:City"
    assert {("The Late Slip", "schema:director", "Rhodri Bosanko"), ("The Late Slip", "schema:productionCompany", "Treleaven Productions"),
            ("The Late Slip", "schema:author", "Kerenza Pascoe"), ("The Late Slip", "schema:author", "Cadan Tregarthen"),
            ("The Late Slip", "schema:actor", "Perran Nancarrow"), ("The Late Slip", "schema:character", "Osian Jarnac"),
            ("Late Again", "schema:byArtist", "Ifor Hefins")} <= f
    assert ("The Late Slip", "schema:author", "Rhodri Bosanko") not in f
    assert not any(e.name == "Pascoe" for e in r.entities.values())
    [shown] = events_of(r, "newskg:Premiere")
    assert shown.start_date.iso == "2046-10-13" and {"Wenna Kitto", "Perran Nancarrow"} <= {n for _, n in participants(r, shown)}


def test_an_in_store_set_on_the_release_day_a_label_founder_and_an_albums_centrepiece():
    r = read("The Glasgow trio Sunbi Orchard are doing things the slow way. The trio's third album, \"Close Weather,\" comes out on "
             "Saturday on Jarnac Records. The copies will be sold only in independent shops.\n\n"
             "The first will change hands at Moema Wynd, a basement record shop, where the band play a short in-store set at "
             "4 p.m. that afternoon. The singer Dilys Treleaven, who sings on one track, is joining them.\n\n"
             "\"We wanted people to have to go somewhere,\" the singer and guitarist Ysolt Pélissier said.\n\n"
             "Its centrepiece is \"Haar,\" a duet with Treleaven that Pélissier wrote. Jarnac Records is run by Vivian Fabregat, "
             "who set it up in 2034. According to the band, the album will reach streaming services \"some time after the "
             "summer.\"", date=dt.date(2046, 2, 13))
    f = facts(r)
    assert {("Haar", "schema:inAlbum", "Close Weather"), ("Haar", "schema:composer", "Ysolt Pélissier"),
            ("Jarnac Records", "schema:founder", "Vivian Fabregat"),
            ("Jarnac Records", "schema:foundingDate", "2034")} <= f
    [gig] = events_of(r, "schema:MusicEvent")
    assert gig.start_date.iso == "2046-02-17" and ("schema:performer", "Dilys Treleaven") in participants(r, gig)
    q = quotes(r)
    assert ("We wanted people to have to go somewhere,", "Ysolt Pélissier") in q
    assert ("some time after the summer.", "Sunbi Orchard") in q


def test_a_musical_revival_its_cast_its_producers_its_source_and_its_opening():
    r = read("\"O Trem das Dez\" is coming back. The revival opens on Feb. 1 at the Teatro Guaraci in São Paulo, its producers, "
             "Companhia Jaciara, said on Sunday.\n\n"
             "Araci Tabajara, the lead singer of the samba band Os Tuiuti do Ipiranga, plays Iracema, the conductor's daughter. "
             "Hefin Itajubá is Caetés, the mechanic who keeps breaking the tram.\n\n"
             "The show is based on Juçara Maranhão's 1961 short story \"Linha Velha.\"", date=dt.date(2046, 12, 3))
    f = facts(r)
    assert {("O Trem das Dez", "schema:productionCompany", "Companhia Jaciara"), ("O Trem das Dez", "schema:actor", "Araci Tabajara"),
            ("O Trem das Dez", "schema:character", "Iracema"), ("O Trem das Dez", "schema:actor", "Hefin Itajubá"),
            ("O Trem das Dez", "schema:character", "Caetés"), ("Araci Tabajara", "schema:memberOf", "Os Tuiuti do Ipiranga"),
            ("Linha Velha", "schema:datePublished", "1961")} <= f
    [run] = events_of(r, "schema:TheaterEvent")
    assert run.start_date.iso == "2047-02-01"


def test_a_trainee_show_its_start_a_trainees_agency_and_a_song_written_for_it():
    r = read("Eighteen trainees left \"Ninefold Gate\" on Friday night. The survival show, which started on Haram TV in April, ends "
             "in July. The trainee Wonsik Jiheon of Dahyeon Entertainment kept first place.\n\n"
             "Three trainees performed \"Rice Lantern,\" a new song that Yoonbin Hyeseong wrote and produced for the show, with "
             "lyrics by Sunbi Guaraci.", date=dt.date(2046, 6, 9))
    f = facts(r)
    assert type_of(r, "Ninefold Gate") == "schema:TVSeries"
    assert {("Ninefold Gate", "schema:datePublished", "2046-04"), ("Wonsik Jiheon", "schema:affiliation", "Dahyeon Entertainment"),
            ("Rice Lantern", "schema:producer", "Yoonbin Hyeseong"), ("Rice Lantern", "schema:composer", "Yoonbin Hyeseong"),
            ("Rice Lantern", "schema:lyricist", "Sunbi Guaraci")} <= f
    assert ("Rice Lantern", "schema:byArtist", "Yoonbin Hyeseong") not in f


def test_a_film_score_session_the_films_director_its_album_and_the_song_set_to_music():
    r = read("Sixty players from the Lozère Philharmonia spent four days recording Siân Balestra's music for \"A Year of "
             "Cranes.\"\n\n"
             "The film, which opens in British cinemas in September, is the second feature by Morwen Galzin.\n\n"
             "Cévennes Records will release the score on Aug. 28 as an album, \"Mudflats,\" performed by the Philharmonia. It closes "
             "with the only song in the film, \"Shore Cranes,\" which Eluned Ortolan wrote the words for and Balestra set to "
             "music.", date=dt.date(2046, 4, 19))
    f = facts(r)
    assert type_of(r, "Shore Cranes") == "schema:MusicRecording"
    assert {("A Year of Cranes", "schema:director", "Morwen Galzin"), ("Mudflats", "schema:recordLabel", "Cévennes Records"),
            ("Mudflats", "schema:byArtist", "Lozère Philharmonia"), ("Shore Cranes", "schema:lyricist", "Eluned Ortolan"),
            ("Shore Cranes", "schema:composer", "Siân Balestra")} <= f


def test_a_radio_play_its_broadcaster_its_day_its_director_and_its_studio():
    r = read("\"Brackwasser,\" a six-part series, begins on Monday evening on the public broadcaster Nordhaven. Swantje Kalmus "
             "directed the recordings for Tidewerk Ottensund, a small studio in Kiel.", date=dt.date(2047, 11, 13))
    f = facts(r)
    assert type_of(r, "Nordhaven") == "schema:Organization"
    assert {("Brackwasser", "schema:datePublished", "2047-11-18"), ("Brackwasser", "schema:director", "Swantje Kalmus"),
            ("Brackwasser", "schema:productionCompany", "Tidewerk Ottensund")} <= f


def test_company_and_ballet_names_that_open_with_their_kind_in_polish_and_czech():
    r = read("The winner, Halina Brzask, is represented by Agencja Wierzbin, and her single came out on Nagrania Osowiec.\n\n"
             "Balet Stromovka, which Ziemowit Lipiec founded in 2029, danced the premiere.")
    assert type_of(r, "Agencja Wierzbin") == "schema:Organization" and type_of(r, "Nagrania Osowiec") == "schema:Organization"
    assert type_of(r, "Balet Stromovka") == "schema:PerformingGroup"


def test_a_ballet_premiere_its_choreographer_its_dancers_and_a_source_novella():
    r = read("Balet Vranov gave the premiere of \"Lipno,\" its first commissioned full-length ballet, on Saturday at the Kamenice "
             "Theatre in Brno.\n\n"
             "Dobromila Jaroš, who founded Balet Vranov in 2029, choreographed and directed the new work. \"Lipno\" is based on "
             "\"Vltavín,\" Ludmila Stromovka's 1987 novella about a frozen lake.\n\n"
             "Květa Kalmus, a principal with the company since 2041, dances Anička, the daughter who breaks the ice. Bořivoj "
             "Lipský, who joined from a company in Ostrava last autumn, is her father, Havel.", date=dt.date(2047, 7, 8))
    f = facts(r)
    assert {("Lipno", "schema:director", "Dobromila Jaroš"), ("Lipno", "schema:actor", "Květa Kalmus"),
            ("Lipno", "schema:character", "Anička"), ("Lipno", "schema:actor", "Bořivoj Lipský"),
            ("Lipno", "schema:character", "Havel")} <= f


def test_an_idol_of_a_group_signed_to_an_agency_sings_the_closing_song_and_plays_a_part_after_a_semicolon():
    r = read("In \"Brine Parlour,\" Tamsyn Orrell plays Mirabel Gorst, a widow who will not sell; Yorvick Pendrake, of the boy group "
             "Corvale, is her son and reluctant chauffeur, Dunstan Kestle.\n\n"
             "Pendrake, who has been with the quartet since 2039 and is signed to Fennick Entertainment, also sings the closing "
             "song, \"Brixley Steps,\" which Quarrin Velsby composed for the film.")
    f = facts(r)
    assert {("Yorvick Pendrake", "schema:memberOf", "Corvale"), ("Brine Parlour", "schema:actor", "Yorvick Pendrake"),
            ("Brine Parlour", "schema:character", "Dunstan Kestle"), ("Yorvick Pendrake", "schema:affiliation", "Fennick Entertainment"),
            ("Brixley Steps", "schema:byArtist", "Yorvick Pendrake"), ("Brixley Steps", "schema:composer", "Quarrin Velsby")} <= f


def test_managed_by_after_a_first_verb_phrase():
    r = read("Halcey Strand, 26, grew up in Kalisz and is managed by Nettlefold Artists.")
    assert ("Halcey Strand", "schema:affiliation", "Nettlefold Artists") in facts(r)


def test_a_webtoon_author_in_a_contact_clause_and_the_film_that_was_produced():
    r = read("\"Quillon Rooms\" is based on \"Linen Terns,\" the webtoon Halcey Strand began serialising in 2031, and was produced "
             "by Grainline Pictures.")
    f = facts(r)
    assert type_of(r, "Halcey Strand") == "schema:Person"
    assert {("Quillon Rooms", "schema:isBasedOn", "Linen Terns"), ("Linen Terns", "schema:author", "Halcey Strand"),
            ("Linen Terns", "schema:datePublished", "2031"), ("Quillon Rooms", "schema:productionCompany", "Grainline Pictures")} <= f
    assert ("Linen Terns", "schema:productionCompany", "Grainline Pictures") not in f


def test_better_known_as_the_singer_of_a_band_is_a_membership_not_a_second_name():
    r = read("Wrexley Tibbott plays the ferryman in the radio series. Piran Halvik, better known as the singer of the Dundee band "
             "Snowmelt, had never acted before.")
    assert ("Piran Halvik", "schema:memberOf", "Snowmelt") in facts(r)
    assert aliases_of(r, "Piran Halvik") & {"Wrexley Tibbott"} == set()


def test_a_hall_of_fame_a_publishing_company_set_up_in_a_year_and_a_prize_won_for_a_song():
    r = read("On Sunday night the Harbourside Fiddlers Hall of Fame inducted Mirabel Gorst at the Pellham Center.\n\n"
             "Her song \"Corrugate Tabernacle\" spent nine weeks at number one and won her the Gilded Fable for song of the year in 2028. "
             "In 2030 she set up her own publishing company, Ambleside Paddock Music, which now looks after younger writers.",
             date=dt.date(2047, 5, 14))
    f = facts(r)
    assert type_of(r, "Harbourside Fiddlers Hall of Fame") == "schema:Organization"
    assert {("Ambleside Paddock Music", "schema:founder", "Mirabel Gorst"), ("Ambleside Paddock Music", "schema:foundingDate", "2030")} <= f
    assert any(s == "Mirabel Gorst" and p == "schema:award" and "Gilded Fable" in o for s, p, o in f)


def test_a_show_told_by_its_episodes_is_a_tv_series_and_a_radio_drama_a_radio_series():
    tv = read("Ask any parent to hum \"Wombat Tandem\" and they will manage it.\n\n"
              "The children's programme started on Ruskin TV in 2041. Ulma Prewitt has written all 300 episodes, and Zinnia Obrist "
              "plays Nan Possum.")
    assert type_of(tv, "Wombat Tandem") == "schema:TVSeries"
    radio = read("Nobody filmed the novel. It has become a radio drama instead.\n\n"
                 "\"Der Pegel,\" a six-part series, begins on Sunday evening on the public broadcaster Ostwelle. Lisbeth Farraday "
                 "wrote the scripts herself with the playwright Odell Ransome, and Ambrette Sollway played it in the studio "
                 "between takes.")
    assert type_of(radio, "Der Pegel") == "schema:RadioSeries"
    f = facts(radio)
    assert {("Der Pegel", "schema:author", "Lisbeth Farraday"), ("Der Pegel", "schema:author", "Odell Ransome")} <= f
    assert ("Der Pegel", "schema:actor", "Ambrette Sollway") not in f


def test_an_orchestra_named_head_first_its_founder_a_work_by_the_composer_and_a_competition_won():
    r = read("Sanmi Akintola, a 19-year-old pianist, won the Cloonagh International Violin Competition on Saturday night.\n\n"
             "The three finalists each played the same set work, the \"Alba Variations\" by the Peruvian composer Tadhg Ardagh, with the "
             "Orquesta de Cámara Lisdoon under the conductor Eamonn Corrib.\n\n"
             "The Orquesta de Cámara Lisdoon, which the cellist Emlyn Garvagh founded in 2012, had rehearsed with each finalist. "
             "The Lisdoon players will record the work next spring.", date=dt.date(2048, 3, 16))
    f = facts(r)
    assert type_of(r, "Orquesta de Cámara Lisdoon") == "schema:MusicGroup"
    assert "Lisdoon" not in entity_names(r)
    assert {("Alba Variations", "schema:composer", "Tadhg Ardagh"), ("Orquesta de Cámara Lisdoon", "schema:founder", "Emlyn Garvagh"),
            ("Orquesta de Cámara Lisdoon", "schema:foundingDate", "2012")} <= f
    assert ("Alba Variations", "schema:author", "Tadhg Ardagh") not in f
    assert any(s == "Sanmi Akintola" and p == "schema:award" and "Cloonagh International Violin Competition" in o for s, p, o in f)


def test_a_collective_its_founders_told_in_an_apposition_and_a_member():
    r = read("Ibukun Adeyemo is one of six members of the Pomelo Spindrift Collective, the collective of poets, painters and rappers "
             "that Oreoluwa Fadeyi and the DJ Sanmi Babatola started in a basement in 2041. The Collective threw a party on Friday.")
    f = facts(r)
    assert type_of(r, "Pomelo Spindrift Collective") == "schema:MusicGroup"
    assert "Collective" not in entity_names(r)
    assert {("Ibukun Adeyemo", "schema:memberOf", "Pomelo Spindrift Collective"),
            ("Pomelo Spindrift Collective", "schema:founder", "Oreoluwa Fadeyi"),
            ("Pomelo Spindrift Collective", "schema:founder", "Sanmi Babatola"),
            ("Pomelo Spindrift Collective", "schema:foundingDate", "2041")} <= f


def test_idols_put_together_as_a_group_by_an_agency_and_a_rapper_known_to_his_fans_by_a_nickname():
    r = read("Nagisa Kumohara, Yoshiro Hinode, Akebono Sorami and Ibukun Okonta were put together as Tanpopo Drift by the agency "
             "Uminari Promotion in 2044.\n\n"
             "Born Oreoluwa Gansey, Akintola is known to most of his fans simply as Tola. Tola released a mixtape on Friday.")
    f = facts(r)
    assert type_of(r, "Uminari Promotion") == "schema:Organization"
    assert {("Nagisa Kumohara", "schema:memberOf", "Tanpopo Drift"), ("Ibukun Okonta", "schema:memberOf", "Tanpopo Drift"),
            ("Tanpopo Drift", "schema:founder", "Uminari Promotion")} <= f
    assert ("Uminari Promotion", "schema:memberOf", "Tanpopo Drift") not in f
    assert any({"Tola", "Akintola"} <= e.names for e in r.entities.values())


def test_a_game_score_and_a_film_score_credited_through_a_possessive():
    r = read("The Faroe Philharmonic will play nothing but the music of \"Tundra Wick,\" the 2044 puzzle game about a boy who mends "
             "boats. \"Tundra Wick\" was made by Corrib Games, and the game's score is by the Faroese composer Emlyn Quillon.\n\n"
             "The Ardagh Film Archive commissioned a new score from Tadhg Garvagh. Garvagh's score, \"Sculling at Dusk,\" runs for "
             "an hour.")
    f = facts(r)
    assert {("Tundra Wick", "schema:datePublished", "2044"), ("Tundra Wick", "schema:composer", "Emlyn Quillon"),
            ("Sculling at Dusk", "schema:composer", "Tadhg Garvagh")} <= f


def test_a_concert_house_and_its_town_in_danish():
    r = read("After the opening, the tour moves to Brunsvik Hus in Vesterby on Jan. 28 and to the Holmgaard Koncerthus on Jan. 30.",
             date=dt.date(2048, 1, 22))
    assert type_of(r, "Holmgaard Koncerthus") == "schema:EventVenue"
    assert type_of(r, "Vesterby") == "schema:City"


def test_the_speaker_an_age_points_to_and_a_pronoun_in_a_quote_teaches_no_gender():
    r = read("Sanmi Akintola, a 19-year-old pianist from Kalisz, won the final on Saturday. Ibukun Okonta, 24, came second.\n\n"
             "\"I practised the cadenza in a church, because it was the only piano I could use at night,\" the 19-year-old said.\n\n"
             "The jury was chaired by the pianist Oreoluwa Fadeyi, who told reporters that the vote had not been close. \"He "
             "played the slow movement as if nobody had ever played it before,\" she said.")
    q = dict((text[:20], speaker) for text, speaker in quotes(r))
    assert q["I practised the cade"] == "Sanmi Akintola"
    assert q["He played the slow m"] == "Oreoluwa Fadeyi"


def test_a_short_partial_quote_after_described_as_and_a_quote_after_a_colon_with_no_speech_verb():
    r = read("Emlyn Garvagh watched the film sixty times before writing a note, and described the finished score as "
             "\"weather, mostly.\"\n\n"
             "On a second commission, Garvagh would not be drawn: \"Ask me again when my hands have stopped shaking.\"")
    q = dict((text[:12], speaker) for text, speaker in quotes(r))
    assert q.get("weather, mos") == "Emlyn Garvagh"
    assert q.get("Ask me again") == "Emlyn Garvagh"


def test_an_event_at_a_venue_is_in_the_town_the_article_puts_the_venue_in():
    r = read("Zinnia Tibbott launches her album with a morning concert at the Bendigo Concert Hall on Sunday, Sept. 22.\n\n"
             "Parents in Bendigo have asked for a second show.", date=dt.date(2047, 9, 12))
    [ev] = events_of(r, "schema:MusicEvent")
    assert {name(r, k) for k in ev.locations} == {"Bendigo Concert Hall", "Bendigo"}


def test_founding_years_told_past_a_partner_a_town_and_an_agency_that_put_a_group_together():
    r = read("The tape is out on Gansey Records, the imprint Sanmi Akintola set up with his manager in 2045.\n\n"
             "\"Tundra Wick\" was made by Corrib Games, a studio of fourteen people founded in Bendigo in 2039.\n\n"
             "Nagisa Kumohara and Yoshiro Hinode were put together as Tanpopo Drift by the agency Uminari Promotion in 2044.")
    f = facts(r)
    assert {("Gansey Records", "schema:foundingDate", "2045"), ("Corrib Games", "schema:foundingDate", "2039"),
            ("Tanpopo Drift", "schema:foundingDate", "2044")} <= f


def test_a_prize_taken_a_song_written_by_the_composer_and_an_actor_signed_separately():
    r = read("Ibukun Okonta finished second and also took the Premio Ardagh, which the jury gives for the best slow movement.\n\n"
             "For the final episode the group recorded \"Turnip Shuffle,\" a song about root vegetables written for the show by the "
             "composer Emlyn Quillon.\n\n"
             "Akebono Sorami, who also acts, is signed separately to Kumohara Office for drama work.")
    f = facts(r)
    assert any(s == "Ibukun Okonta" and p == "schema:award" and "Premio Ardagh" in o for s, p, o in f)
    assert {("Turnip Shuffle", "schema:composer", "Emlyn Quillon"), ("Akebono Sorami", "schema:affiliation", "Kumohara Office")} <= f


def test_an_induction_a_televised_final_and_an_episode_performed_live_are_events_where_the_text_puts_them():
    r = read("On Sunday night the Harbourside Fiddlers Hall of Fame inducted Mirabel Gorst at the Pellham Center in Bendigo.\n\n"
             "Uminari TV staged the final at the Ballarat Arena in front of about 9,000 people.\n\n"
             "On Nov. 29 Zinnia Obrist and Piran Halvik will perform the first episode live at the Gorsefield Theatre in Bendigo.",
             date=dt.date(2047, 11, 13))
    [ceremony] = events_of(r, "newskg:AwardCeremony")
    assert ceremony.start_date.iso == "2047-11-10" and ("schema:attendee", "mirabelgorst") in ceremony.participants
    assert {name(r, k) for k in ceremony.locations} == {"Pellham Center", "Bendigo"}
    final, live = sorted(events_of(r, "schema:MusicEvent"), key=lambda e: e.evidence.start)
    assert ("schema:organizer", "uminaritv") in final.participants and name(r, final.locations[0]) == "Ballarat Arena"
    assert live.start_date.iso == "2047-11-29" and live.status == "future"
    assert {name(r, k) for _, k in live.participants} == {"Zinnia Obrist", "Piran Halvik"}


def test_a_childrens_show_its_writer_voice_actor_company_and_the_album_of_its_house_band():
    r = read("Ask any parent to hum the opening of \"Quokka Tandem\" and they will manage it. From Friday they can buy it on "
             "\"Hop On Board,\" the first album by the show's house band, the Possum Velsbys.\n\n"
             "The children's programme started on Ruskin TV in 2041 and has since been sold abroad. Ulma Prewitt has written all "
             "480 episodes for Tibbott Wharf Productions, the company she runs from an old depot.\n\n"
             "Its star is Nugbert, a quokka who drives the bus. Dunstan Kestle has voiced him since the first episode.\n\n"
             "Emlyn Garvagh produced the album, and Fennick Sound is putting it out on CD and cassette. It opens with a new "
             "recording of the theme, \"Stand Fast at the Stile.\"", date=dt.date(2047, 9, 12))
    f = facts(r)
    assert type_of(r, "Quokka Tandem") == "schema:TVSeries"
    assert {("Quokka Tandem", "schema:datePublished", "2041"), ("Quokka Tandem", "schema:author", "Ulma Prewitt"),
            ("Quokka Tandem", "schema:productionCompany", "Tibbott Wharf Productions"), ("Quokka Tandem", "schema:actor", "Dunstan Kestle"),
            ("Quokka Tandem", "schema:character", "Nugbert"), ("Hop On Board", "schema:recordLabel", "Fennick Sound"),
            ("Stand Fast at the Stile", "schema:inAlbum", "Hop On Board")} <= f


def test_a_competition_final_round_and_a_special_taped_before_a_live_audience_are_events():
    r = read("Sanmi Akintola, a 19-year-old pianist, won the Cloonagh International Violin Competition on Saturday night, after a "
             "final round at the Gorsefield Theatre in Bendigo.\n\n"
             "The cast of the sitcom taped a one-hour reunion special, \"Chipboard Evermore,\" in front of a live audience at the "
             "Pellham Theatre last Thursday, and it will stream on Fennick TV on Dec. 26.", date=dt.date(2048, 11, 18))
    [final] = events_of(r, "schema:MusicEvent")
    assert final.start_date.iso == "2048-11-14" and ("schema:performer", "sanmiakintola") in final.participants
    assert {name(r, k) for k in final.locations} == {"Gorsefield Theatre", "Bendigo"}
    [taping] = events_of(r, "schema:TheaterEvent")
    assert taping.start_date.iso == "2048-11-12" and taping.status == "past"
    assert {name(r, k) for _, k in taping.participants} == {"Chipboard Evermore"} and name(r, taping.locations[0]) == "Pellham Theatre"


def test_a_songs_credits_told_with_the_album_it_was_recorded_for_a_player_in_the_ensemble_and_a_record_out():
    r = read("Zinnia Obrist opened the evening with \"Corrugate Tabernacle.\" She first recorded it for her 2029 album \"Ochre Shale "
             "Dustpan,\" released on Fennick Records, with a melody by Dunstan Kestle and words by Mirabel Gorst.\n\n"
             "The Holmgaard Ensemble played the score. The archive commissioned it from Emlyn Quillon, who also plays harmonium in "
             "the ensemble.\n\n"
             "Sanmi Akintola already has one record out: \"Cadence Notebooks,\" a solo album that came out last year.")
    f = facts(r)
    assert {("Corrugate Tabernacle", "schema:composer", "Dunstan Kestle"), ("Corrugate Tabernacle", "schema:lyricist", "Mirabel Gorst"),
            ("Emlyn Quillon", "schema:memberOf", "Holmgaard Ensemble"), ("Cadence Notebooks", "schema:byArtist", "Sanmi Akintola")} <= f
    assert not {("Ochre Shale Dustpan", "schema:composer", "Dunstan Kestle"), ("Ochre Shale Dustpan", "schema:lyricist", "Mirabel Gorst")} & f


def test_a_playhouse_a_pantomime_a_soap_and_labels_and_venues_named_in_spanish_and_turkish():
    r = read("The Tamworth Playhouse opened its Christmas pantomime on Friday. This year's show is \"Corvale and the Silver "
             "Ladle,\" a new panto directed by Dunstan Kestle. Its star spent nine years in the soap \"Gorsefield Row.\"\n\n"
             "Disquera Quillon released the album \"Chillán Nights,\" and Lodos Plak signed the busker, whose first club show is at Dardanelle Sahne. "
             "The trio Corvale Drift headline the Parque Velsby on Saturday.", date=dt.date(2049, 12, 6))
    assert type_of(r, "Tamworth Playhouse") == "schema:EventVenue"
    assert type_of(r, "Corvale and the Silver Ladle") == "schema:CreativeWork"
    assert ("Corvale and the Silver Ladle", "schema:director", "Dunstan Kestle") in facts(r)
    assert type_of(r, "Gorsefield Row") == "schema:TVSeries"
    assert type_of(r, "Disquera Quillon") == "schema:Organization" and type_of(r, "Lodos Plak") == "schema:Organization"
    assert type_of(r, "Dardanelle Sahne") == "schema:EventVenue" and type_of(r, "Parque Velsby") == "schema:EventVenue"


def test_a_choir_from_a_town_its_short_name_its_founder_and_its_voices():
    r = read("Umvelo Singers, a twelve-member a cappella choir from Kwezi, won the final on Saturday night.\n\n"
             "Umvelo was founded in 2034 by Qhawe Nqaba, a tenor who still sings in the back row. In the final the choir sang "
             "\"Vrede,\" in an arrangement by the choir's youngest alto, Zodwa Dlamini. Her older sister, Lindiwe Dlamini, a "
             "soprano in the choir, sang the solo verse.", date=dt.date(2049, 8, 16))
    f = facts(r)
    assert type_of(r, "Kwezi") == "schema:City" and "Umvelo" not in entity_names(r)
    assert {("Umvelo Singers", "schema:founder", "Qhawe Nqaba"), ("Umvelo Singers", "schema:foundingDate", "2034"),
            ("Zodwa Dlamini", "schema:memberOf", "Umvelo Singers"), ("Lindiwe Dlamini", "schema:memberOf", "Umvelo Singers")} <= f


def test_a_directors_films_listed_with_their_years_and_the_composer_who_scored_some():
    r = read("The Kortrijk cinematheque will open a retrospective of the director Ebbe Vanhoutte on Thursday with \"Schorre,\" "
             "the 2004 debut that made her name.\n\n"
             "Between them sit \"Kanaal\" (2013), \"Meeuw\" (2021) and \"Veerman\" (2033), the three films most often named as "
             "Vanhoutte's best. The composer Dierick Lievens scored only three of Vanhoutte's films, \"Kanaal,\" \"Meeuw\" and "
             "\"Veerman.\"", date=dt.date(2049, 10, 4))
    f = facts(r)
    assert ("Schorre", "schema:datePublished", "2004") in f
    for film in ("Kanaal", "Meeuw", "Veerman"):
        assert (film, "schema:director", "Ebbe Vanhoutte") in f
        assert any(s == film and p in ("schema:composer", "newskg:scoreComposer") and o == "Dierick Lievens" for s, p, o in f)


def test_a_line_up_told_by_instruments_a_single_put_out_and_words_by_an_aunt():
    r = read("The rock band Tanpopo Drift closed the premiere.\n\n"
             "Tanpopo Drift is Yoshiro Hinode on vocals, Akebono Sorami on guitar, Nagisa Kumohara on bass and Sanmi Akintola on "
             "drums. The band put \"Lantana Station\" out as a digital single last Wednesday.\n\n"
             "The clip shows him singing the ballad \"Shale Quillon.\" Ibukun Okonta wrote the tune; the words are by his aunt, "
             "Oreoluwa Fadeyi, a retired schoolteacher.", date=dt.date(2049, 5, 12))
    f = facts(r)
    assert {("Yoshiro Hinode", "schema:memberOf", "Tanpopo Drift"), ("Akebono Sorami", "schema:memberOf", "Tanpopo Drift"),
            ("Nagisa Kumohara", "schema:memberOf", "Tanpopo Drift"), ("Lantana Station", "schema:byArtist", "Tanpopo Drift"),
            ("Lantana Station", "schema:datePublished", "2049-05-05"), ("Shale Quillon", "schema:lyricist", "Oreoluwa Fadeyi")} <= f


def test_an_agency_that_books_a_singers_tours():
    r = read("The Peruvian singer Ulma Prewitt has pulled out of the festival. Her tours are booked by the agency Wharf Andes "
             "Booking, which confirmed the cancellation the same evening.")
    assert ("Ulma Prewitt", "schema:affiliation", "Wharf Andes Booking") in facts(r)


def test_a_replacement_bands_night_is_its_own_concert_not_a_stop_of_the_cancelled_singers_tour():
    r = read("The singer Ulma Prewitt, who began a tour of her third album on Feb. 2, has pulled out of the festival.\n\n"
             "Her place goes to a band from the city itself, the rock band Corvale Drift. Now the band will close the main stage at "
             "the Parque Velsby on Saturday, Feb. 27, straight after the headliners.", date=dt.date(2049, 2, 23))
    nights = events_of(r, "schema:MusicEvent")
    assert any(ev.start_date.iso == "2049-02-27" and ("schema:performer", "corvaledrift") in ev.participants and
               ev.super_event is None for ev in nights)
    assert not any(("schema:performer", "ulmaprewitt") in ev.participants and ev.start_date and ev.start_date.iso == "2049-02-27"
                   for ev in r.events)


def test_a_first_club_show_played_on_a_day_at_a_venue_with_a_guest():
    r = read("The busker Ulma Prewitt has signed with Lodos Plak.\n\n"
             "Before that, Prewitt will play her first club show on Saturday at Dardanelle Sahne, a basement venue in Bendigo, with "
             "the clarinettist Tekin Ayvaz, who has busked beside her since 2046.", date=dt.date(2049, 3, 18))
    [show] = events_of(r, "schema:MusicEvent")
    assert show.start_date.iso == "2049-03-20" and show.status == "future"
    assert {name(r, k) for _, k in show.participants} == {"Ulma Prewitt", "Tekin Ayvaz"}
    assert {name(r, k) for k in show.locations} == {"Dardanelle Sahne", "Bendigo"}


def test_a_busker_signed_to_a_city_label_her_nickname_the_tune_she_wrote_herself_and_the_ep_it_is_on():
    r = read("Sevgi Korkmazer, a 23-year-old who has played the oud on the quay for years, has signed with the Bursa label "
             "Leylek Plak.\n\n"
             "The song in the clip is \"Deniz Feneri\" (\"Lighthouse\"). Korkmazer wrote the tune herself; the words are by her "
             "uncle, Haluk Tepebasi.\n\n"
             "Regulars on the quay know Korkmazer as Kumru, after her red scarf.\n\n"
             "Her debut EP, \"Sabah Postasi\" (\"Morning Post\"), comes out on Leylek Plak on April 9. It has five songs, "
             "\"Deniz Feneri\" among them, and was produced by Orkun Basaran himself in a small studio.", date=dt.date(2049, 3, 18))
    f = facts(r)
    assert {("Sevgi Korkmazer", "schema:affiliation", "Leylek Plak"), ("Deniz Feneri", "schema:composer", "Sevgi Korkmazer"),
            ("Deniz Feneri", "schema:lyricist", "Haluk Tepebasi"), ("Sabah Postasi", "schema:recordLabel", "Leylek Plak"),
            ("Deniz Feneri", "schema:inAlbum", "Sabah Postasi"), ("Sabah Postasi", "schema:producer", "Orkun Basaran")} <= f
    assert ("Deniz Feneri", "schema:producer", "Orkun Basaran") not in f
    assert type_of(r, "Deniz Feneri") == "schema:MusicRecording"
    arman = entity_named(r, "Sevgi Korkmazer")
    assert "Kumru" in arman.aliases and "Kumru" not in entity_names(r)


def test_words_told_without_their_verb_after_the_music():
    r = read("The singer Orkun Basaran joined the band in 2040. Tolga Ciftci wrote the music for \"Yayla Yolu\" and Basaran the words.")
    f = facts(r)
    assert {("Yayla Yolu", "schema:composer", "Tolga Ciftci"), ("Yayla Yolu", "schema:lyricist", "Orkun Basaran")} <= f
    assert type_of(r, "Orkun Basaran") == "schema:Person"


def test_a_film_that_adapts_a_manga_its_author_began_publishing():
    r = read("\"Hotaru\" is directed by Natsuho Tsuge and was made by Studio Kakehashi. It adapts \"Akatsuki no Fune\" (\"The Sunrise Raft\"), "
             "the manga Fumiko Hirasawa began publishing in 2031 about a boat that never docks.")
    f = facts(r)
    assert {("Hotaru", "schema:isBasedOn", "Akatsuki no Fune"), ("Akatsuki no Fune", "schema:author", "Fumiko Hirasawa"),
            ("Akatsuki no Fune", "schema:datePublished", "2031")} <= f
    assert ("Hotaru", "schema:datePublished", "2031") not in f


def test_a_choir_from_a_town_wins_a_tv_contest_that_has_run_since_a_year_singing_a_hit_by_a_singer():
    r = read("Ngqeleni a cappella choir Sizwe Harmonists win \"Phakama Sizwe\"\n\n"
             "Sizwe Harmonists, a fourteen-member a cappella choir from Ngqeleni, won the fourth season of the television singing "
             "contest \"Phakama Sizwe\" on Sunday night in a live final at the Lekgotla Theatre in Kimberley.\n\n"
             "The choir took home the Pewter Conch trophy. \"Phakama Sizwe\" has run on Masakhane TV since 2045.\n\n"
             "In the final the choir sang \"Inkanyezi Yami,\" the 2031 hit by the singer Thulisile Mkhize, in a new arrangement.",
             date=dt.date(2049, 8, 16))
    f = facts(r)
    assert type_of(r, "Ngqeleni") == "schema:City" and type_of(r, "Phakama Sizwe") == "schema:TVSeries"
    assert {("Phakama Sizwe", "schema:datePublished", "2045"), ("Inkanyezi Yami", "schema:byArtist", "Thulisile Mkhize"),
            ("Inkanyezi Yami", "schema:datePublished", "2031"), ("Sizwe Harmonists", "schema:award", "Pewter Conch")} <= f
    [final] = events_of(r, "schema:MusicEvent")
    assert {name(r, k) for k in final.locations} == {"Lekgotla Theatre", "Kimberley"}


def test_a_pantomime_cast_by_its_stock_parts_with_its_writer_composer_and_opening_night():
    r = read("TV star's Dame opens the Kidwelly Playhouse panto\n\n"
             "The Kidwelly Playhouse in Tenby opened its Christmas pantomime on Saturday, and by the interval the children were "
             "throwing paper snowballs at the villain.\n\n"
             "This year's show is \"Dotty Dimple and the Tin Whistle,\" a new panto based on \"The Goose That Laid Pebbles,\" a "
             "folk tale that grandparents in the town still tell. It was written by Hortensia Nettlefold, who has written the Playhouse panto "
             "for eleven winters, and directed by Clarimond Brimblecombe. The composer Bathsheba Tregunna wrote six new songs for it.\n\n"
             "The Dame, Hepzibah Sprocket, is played by Wayne Clutterbuck, who spent nine years as the butcher Stan Higginbottom in the soap "
             "\"Canal Wharf.\" The miller Ebenezer Thwaite is Jordan Pickles, once the youngest member of the boy band Lamplight Lads. "
             "Tamsyn Ollerton, 19, plays Dotty Dimple herself.", date=dt.date(2049, 12, 6))
    f = facts(r)
    panto = "Dotty Dimple and the Tin Whistle"
    assert {(panto, "schema:author", "Hortensia Nettlefold"), (panto, "schema:director", "Clarimond Brimblecombe"), (panto, "schema:composer", "Bathsheba Tregunna"),
            (panto, "schema:actor", "Wayne Clutterbuck"), (panto, "schema:character", "Hepzibah Sprocket"),
            (panto, "schema:actor", "Jordan Pickles"), (panto, "schema:character", "Ebenezer Thwaite"),
            (panto, "schema:actor", "Tamsyn Ollerton"), ("Canal Wharf", "schema:character", "Stan Higginbottom"),
            ("Jordan Pickles", "schema:memberOf", "Lamplight Lads")} <= f
    assert not any(s == "The Goose That Laid Pebbles" and p == "schema:author" for s, p, _ in f)
    assert "Dame" not in entity_names(r) and "Playhouse" not in entity_names(r)
    [night] = events_of(r, "schema:TheaterEvent")
    assert night.start_date.iso == "2049-12-04" and ("schema:workPerformed", "dottydimpleandthetinwhistle") in night.participants
    assert {name(r, k) for k in night.locations} == {"Kidwelly Playhouse", "Tenby"}


def test_a_retrospective_from_a_first_to_a_last_film_its_cinematheque_and_the_opening_screening():
    r = read("The Kinematheek Dender in Aalst will open a full retrospective of the director Godelieve Claeys on Thursday with a "
             "new restoration of \"De Wachtkamer,\" the 2004 debut that made her name.\n\n"
             "The season shows all nine of Claeys's features over eight weeks, from \"De Wachtkamer\" to \"Laag Water\" (2046), "
             "her most recent. The Kinematheek's own laboratory spent a year on the restoration. Claeys, who is 80, agreed "
             "to it last spring.\n\n"
             "The composer Jorn Vermeire scored only three of her films. Vermeire described working with her as \"a quiet joy.\" "
             "He will join her on stage after Thursday's screening at De Zwaan, the old Aalst cinema palace where the "
             "Kinematheek holds its largest events.\n\n"
             "The actor Jessamine Hurlstone, who starred in \"De Wachtkamer\" and \"Laag Water,\" is shooting a series abroad.",
             date=dt.date(2049, 10, 4))
    f = facts(r)
    assert {("De Wachtkamer", "schema:director", "Godelieve Claeys"), ("Laag Water", "schema:director", "Godelieve Claeys"),
            ("De Wachtkamer", "schema:actor", "Jessamine Hurlstone"), ("Laag Water", "schema:actor", "Jessamine Hurlstone")} <= f
    assert type_of(r, "De Wachtkamer") == "schema:Movie" and type_of(r, "Kinematheek Dender") == "schema:Organization"
    assert type_of(r, "De Zwaan") == "schema:EventVenue" and "Kinematheek" not in entity_names(r)
    assert gender_of(r, "Jorn Vermeire") == "m"
    [night] = r.events
    assert night.start_date.iso == "2049-10-07"
    assert {name(r, k) for _, k in night.participants} >= {"Godelieve Claeys", "De Wachtkamer", "Jorn Vermeire", "Kinematheek Dender"}
    assert "De Zwaan" in {name(r, k) for k in night.locations}


def test_a_djs_stage_name_a_duet_made_together_the_album_it_closes_and_who_joins_her_night():
    r = read("On Saturday the DJ and producer Iskra will headline the Stadion Olimpijski in Wałbrzych.\n\n"
             "Iskra, whose stage name means \"spark,\" is Dorota Kmieciak, a 31-year-old from Bytom. She has been managed since "
             "2046 by Kompas Artists, a Toruń agency that until then looked after only jazz musicians.\n\n"
             "The night will open with Duo Pastel, a synth duo from Rzeszów. The singer Bartosz Pyrek will join her on the stage for "
             "\"Po Burzy\" (\"After the Storm\"), the single they made together. Iskra produced it with Hubert Szmigiel, her studio "
             "partner.\n\n"
             "\"Po Burzy\" will close \"Ogień\" (\"Air\"), Iskra's second album, which Wytwórnia Grom releases in October. "
             "Her first album, \"Piasek,\" appeared on the same label in 2047.", date=dt.date(2050, 7, 21))
    f = facts(r)
    assert {("Po Burzy", "schema:byArtist", "Bartosz Pyrek"), ("Po Burzy", "schema:producer", "Hubert Szmigiel"),
            ("Po Burzy", "schema:inAlbum", "Ogień"), ("Ogień", "schema:recordLabel", "Wytwórnia Grom"),
            ("Piasek", "schema:recordLabel", "Wytwórnia Grom"), ("Piasek", "schema:datePublished", "2047")} <= f
    assert type_of(r, "Po Burzy") == "schema:MusicRecording" and type_of(r, "Ogień") == "schema:MusicAlbum"
    assert type_of(r, "Wałbrzych") == "schema:City" and type_of(r, "Toruń") == "schema:City" and "Duo Pastel" in entity_names(r)
    assert any("Dorota Kmieciak" in {e.name} | e.aliases and "Iskra" in {e.name} | e.aliases for e in r.entities.values())
    [night] = events_of(r, "schema:MusicEvent")
    assert night.start_date.iso == "2050-07-23"
    assert {name(r, k) for _, k in night.participants} >= {"Duo Pastel", "Bartosz Pyrek", "Po Burzy"}


def test_a_telenovela_adapted_from_a_novel_and_its_finale_screened_in_a_park():
    r = read("More than four thousand people sat on the grass of the Parque de las Garzas in Pereira on Tuesday night to watch "
             "the final episode of \"El Sastre de Tuluá\" on an outdoor screen. The telenovela, which Canal Yarumal began showing "
             "last June, ended after 148 episodes.\n\n"
             "The story comes from \"Los Años de Ceniza,\" the 2041 novel by Clemencia Arbeláez. It was adapted for television by "
             "Ascensión Villamizar, and Gilberto Mejía directed every episode. The production company is Producciones Cafetal.\n\n"
             "The theme song, \"Dedales,\" was sung live before the screening by Florinda Pastrana. The music is by Fabio "
             "Castaño.\n\n"
             "When the needle broke, a man near the screen shouted \"¡Al fin!\" and the park laughed.", date=dt.date(2050, 1, 12))
    f = facts(r)
    show = "El Sastre de Tuluá"
    assert type_of(r, show) == "schema:TVSeries" and type_of(r, "Parque de las Garzas") == "schema:EventVenue"
    assert {(show, "schema:datePublished", "2049-06"), (show, "schema:isBasedOn", "Los Años de Ceniza"),
            ("Los Años de Ceniza", "schema:author", "Clemencia Arbeláez"), (show, "schema:author", "Ascensión Villamizar"),
            (show, "schema:director", "Gilberto Mejía"), (show, "schema:productionCompany", "Producciones Cafetal"),
            ("Dedales", "schema:byArtist", "Florinda Pastrana"), ("Dedales", "schema:composer", "Fabio Castaño")} <= f
    assert not any(n.startswith("¡") for n in entity_names(r))
    [screening] = r.events
    assert screening.start_date.iso == "2050-01-11" and {name(r, k) for _, k in screening.participants} >= {show, "Florinda Pastrana"}


def test_a_comedy_special_taped_at_a_hall_and_the_sketch_group_its_comic_founded():
    r = read("The comedian Tanvi Ghatge taped her second stand-up special, \"Window Seat,\" in two shows at the Rangayana "
             "Memorial Hall in Dharwad on Saturday. The special is directed by Nalin Purandare, who watched both shows from a desk "
             "at the back of the hall, and it is produced by Kokum Pictures. It streams on Nukkad Play from June 24.\n\n"
             "The evening was opened by Yash Waghmare, a 24-year-old from Nashik. Sahyadri Talent, the agency that has managed "
             "Ghatge since 2044, signed him in March. The Rangayana seats more than a thousand.\n\n"
             "Ghatge's first special, \"Pickle Jar Monologues,\" came out in 2046. She founded the sketch group Kothimbir Collective in "
             "2041 with Aditya Phadnis.", date=dt.date(2050, 5, 17))
    f = facts(r)
    assert {("Window Seat", "schema:actor", "Tanvi Ghatge"), ("Window Seat", "schema:datePublished", "2050-06-24"),
            ("Pickle Jar Monologues", "schema:actor", "Tanvi Ghatge"), ("Yash Waghmare", "schema:affiliation", "Sahyadri Talent"),
            ("Kothimbir Collective", "schema:founder", "Tanvi Ghatge"), ("Kothimbir Collective", "schema:founder", "Aditya Phadnis"),
            ("Kothimbir Collective", "schema:foundingDate", "2041")} <= f
    assert "Rangayana" not in entity_names(r)
    [taping] = [ev for ev in r.events if ev.start_date]
    assert taping.start_date.iso == "2050-05-14"
    assert {name(r, k) for _, k in taping.participants} >= {"Tanvi Ghatge", "Window Seat", "Nalin Purandare", "Yash Waghmare"}


def test_a_back_catalogue_title_with_its_year_is_not_the_album_a_later_single_is_from():
    r = read("\"The Quarry Ledger Songs,\" Tabitha Garbutt's final record, was played from start to finish on Tuesday night at the "
             "Wendover Corn Hall. Garbutt died in 2043, leaving eleven songs on a laptop.\n\n"
             "Her widower took the demos to Leofric Pargeter, who had produced five of her albums, including \"Chalk and Bracken\" "
             "(2031), the record that first brought her to audiences overseas. Pargeter produced it over a year.\n\n"
             "The singer Lettice Scrope sings the second verse of \"Hawthorn Bell,\" the album's first single, which came out in August.",
             date=dt.date(2045, 10, 4))
    f = facts(r)
    assert ("Hawthorn Bell", "schema:inAlbum", "The Quarry Ledger Songs") in f
    assert ("Hawthorn Bell", "schema:inAlbum", "Chalk and Bracken") not in f
    assert ("The Quarry Ledger Songs", "schema:producer", "Leofric Pargeter") in f


def test_her_in_a_directors_own_account_is_the_director_not_the_singer_the_article_follows():
    r = read("The singer Yusra Halvani released \"Salt Lamp\" on Friday. Halvani wrote it in a week, and Halvani sings it alone.\n\n"
             "Director Pell Okonkwo recently shared insights into her experience working with Halvani during an interview.\n\n"
             "She shed light on the lighting and said:\n\n"
             "\"In the world of the candle, everything glows a little more than it should.\"")
    [q] = [q for q in r.quotes if "glows" in q.text]
    assert name(r, q.speaker) == "Pell Okonkwo"


def test_a_brass_band_wins_a_contest_with_its_short_name_trophy_test_piece_and_who_played_it():
    r = read("Kvarnvik Musikkorps, the brass band of a fishing village, won the elite division of the Nordvest Brassfestival at "
             "Harmonien in Ålesund on Saturday. The band took home the Gullhorn, a gold horn that the winners keep for a year. "
             "The holders, Sandnes Brass, were second by a point.\n\n"
             "All nine bands played the same test piece, \"Havørn\" (\"The Sea Eagle\"), which Torleif Brekkestø wrote for the "
             "contest. Its hardest passage belongs to the principal cornet. Brekkestø heard the performance from the balcony.\n\n"
             "Its conductor since 2043 has been Jorunn Bergsvik, who grew up in the village and played tenor horn in the band "
             "as a girl. She conducted on Saturday with a bandaged thumb. Kvarnvik's last album came out in 2047.",
             date=dt.date(2050, 3, 7))
    f = facts(r)
    assert {("Kvarnvik Musikkorps", "schema:award", "Gullhorn"), ("Havørn", "schema:composer", "Torleif Brekkestø"),
            ("Jorunn Bergsvik", "schema:memberOf", "Kvarnvik Musikkorps")} <= f
    assert type_of(r, "Havørn") == "schema:MusicRecording" and type_of(r, "Sandnes Brass") == "schema:MusicGroup"
    assert "Kvarnvik" not in entity_names(r) and "Torleif Brekkestø" in entity_names(r)
    [final] = events_of(r, "schema:MusicEvent")
    assert final.start_date.iso == "2050-03-05" and {name(r, k) for k in final.locations} == {"Harmonien", "Ålesund"}
    assert {name(r, k) for _, k in final.participants} >= {"Kvarnvik Musikkorps", "Sandnes Brass", "Havørn", "Jorunn Bergsvik",
                                                          "Torleif Brekkestø"}


def test_a_youth_orchestras_tour_its_hall_its_commissioned_piece_and_its_concertmaster():
    r = read("The Tobyl Youth Orchestra, ninety musicians aged 13 to 21, began its first tour abroad on Sunday evening at "
             "Sokolski dom in Maribor.\n\n"
             "The first half closed with \"Dala Radio,\" a ten-minute piece that the orchestra commissioned from the composer "
             "Gulnara Ismailova last year. Its solo part was played by the orchestra's concertmaster, the 15-year-old Aigerim "
             "Seitkali.\n\n"
             "The tour continues in Graz and ends in Linz at the end of the month, the first time Tobyl has played abroad for "
             "more than a weekend.", date=dt.date(2050, 9, 13))
    f = facts(r)
    assert {("Dala Radio", "schema:composer", "Gulnara Ismailova"),
            ("Aigerim Seitkali", "schema:memberOf", "Tobyl Youth Orchestra")} <= f
    assert type_of(r, "Sokolski dom") == "schema:EventVenue" and type_of(r, "Linz") == "schema:City"
    assert "Tobyl" not in entity_names(r) and type_of(r, "Dala Radio") == "schema:MusicRecording"


def test_an_exhibition_of_a_bands_covers_its_founders_a_later_member_and_the_opening_set():
    r = read("The paintings behind all four covers of the band Skeljahaf went on show last Friday at Safnahúsið á Húsavík, in "
             "an exhibition of twenty canvases.\n\n"
             "Skeljahaf was formed in Neskaupstaður in 2032 by Bjarki Hallvarðsson and his younger brother, Eyvindur "
             "Hallvarðsson. Sólrún Teitsdóttir, who plays cello and the harmonium, joined four years later.\n\n"
             "Its best-loved song is \"Ljósberi.\" At the opening on Friday evening, Skeljahaf played three songs as a duo in "
             "the main hall, Bjarki and Eyvindur on acoustic guitars, \"Ljósberi\" among them, while the painter Vilde "
             "Steinholt stood by the canvases.\n\n"
             "The wall text beside the first canvas is written by Bjarki.", date=dt.date(2050, 11, 9))
    f = facts(r)
    assert {("Skeljahaf", "schema:founder", "Bjarki Hallvarðsson"), ("Skeljahaf", "schema:founder", "Eyvindur Hallvarðsson"),
            ("Sólrún Teitsdóttir", "schema:memberOf", "Skeljahaf")} <= f
    assert not any(s == "Ljósberi" and p in ("schema:lyricist", "schema:composer") for s, p, _ in f)
    assert "Safnahúsið á Húsavík" in entity_names(r)
    [opening] = events_of(r, "schema:ExhibitionEvent")
    assert opening.start_date.iso == "2050-11-04"
    assert {name(r, k) for _, k in opening.participants} >= {"Skeljahaf", "Bjarki Hallvarðsson", "Eyvindur Hallvarðsson", "Ljósberi"}


def test_a_day_at_a_venue_told_in_words_no_event_kind_knows_is_still_an_event_and_a_release_day_is_not():
    r = read("The Dunmorrow Pipe Band took the cup in the open class of this year's piping championship.\n\n"
             "On Saturday the band and its pipe major, Corran Widdowes, marched into the Kelvin Hall in Dundee at noon. "
             "The night will open with the folk singer Isla Brannagh.\n\n"
             "Its album, \"Skirl,\" was released on Friday at the Tannery Rooms in Stirling.", date=dt.date(2031, 9, 15))
    [day] = r.events
    assert day.types == ["schema:Event"] and day.start_date.iso == "2031-09-13" and day.status == "past"
    assert {name(r, k) for k in day.locations} == {"Kelvin Hall", "Dundee"}
    assert {name(r, k) for _, k in day.participants} == {"Dunmorrow Pipe Band", "Corran Widdowes", "Isla Brannagh"}


def test_a_wedding_reads_the_couple_the_brides_father_the_guests_and_the_agency_they_share():
    r = read("Ondine Brackwater, whose song opened every episode of the drama \"Windermere Road,\" has married Amsel Yewbarrow, "
             "the actor who played its lead. The couple wed on Saturday afternoon at the Grasmere Hotel in Keswick.\n\n"
             "Yewbarrow, 34, who grew up in Penrith, played Ansel Grime, a ferry pilot, in all 40 episodes of \"Windermere Road.\"\n\n"
             "Sirkka Aalto, who directed the series, was among the guests. So was Ondine's father, the organist Hartley Routa, "
             "who sang at the dinner. Both are clients of Sedgefield Artists.", date=dt.date(2031, 6, 10))
    f = facts(r)
    assert {("Ondine Brackwater", "schema:spouse", "Amsel Yewbarrow"), ("Ondine Brackwater", "schema:parent", "Hartley Routa"),
            ("Hartley Routa", "schema:children", "Ondine Brackwater"), ("Windermere Road", "schema:actor", "Amsel Yewbarrow"),
            ("Windermere Road", "schema:character", "Ansel Grime"), ("Ondine Brackwater", "schema:affiliation", "Sedgefield Artists"),
            ("Amsel Yewbarrow", "schema:affiliation", "Sedgefield Artists")} <= f
    [wedding] = events_of(r, "schema:SocialEvent")
    assert wedding.start_date.iso == "2031-06-07" and {name(r, k) for k in wedding.locations} == {"Grasmere Hotel", "Keswick"}
    assert {name(r, k) for _, k in wedding.participants} == {"Ondine Brackwater", "Amsel Yewbarrow", "Sirkka Aalto", "Hartley Routa"}


def test_a_graduation_showcase_reads_the_schools_alumni_its_founder_and_the_nights_programme():
    r = read("Twenty graduates play their way out of the Brixworth Academy in Darlington\n\n"
             "Twenty students graduated from the Brixworth Academy of Music on Saturday, and most of them performed in a showcase "
             "at the Darlington Hippodrome in Darlington.\n\n"
             "The academy was founded in 2031 by the harpist Mirja Vainikka. She handed out every certificate herself.\n\n"
             "The programme included:\n\n"
             "- \"Plover at Noon,\" a piece for cello and piano by the graduate Ilmatar Ruusila, who played the cello part herself;\n"
             "- two songs sung by the tenor Eero Kivikko;\n"
             "- a closing set by the Loimu Collective.\n\n"
             "The saxophonist Jorma Pohjola, who graduated from the academy in 2036, walked on from the wings to join the Loimu "
             "Collective.\n\n"
             "Ruusila signed with the label Vaahto Records last month, and her debut EP for it, \"Ruska,\" is due next March.",
             date=dt.date(2041, 12, 11))
    school = "Brixworth Academy of Music"
    assert "Brixworth Academy in Darlington" not in entity_names(r) and type_of(r, "Darlington") == "schema:City"
    f = facts(r)
    assert {(school, "schema:founder", "Mirja Vainikka"), (school, "schema:foundingDate", "2031"),
            ("Ilmatar Ruusila", "schema:alumniOf", school), ("Jorma Pohjola", "schema:alumniOf", school),
            ("Plover at Noon", "schema:composer", "Ilmatar Ruusila"), ("Ruska", "schema:byArtist", "Ilmatar Ruusila"),
            ("Ruska", "schema:recordLabel", "Vaahto Records")} <= f
    assert not any(p == "schema:byArtist" and s == "Plover at Noon" for s, p, _ in f)  # the tenor sang two songs, not the piece
    assert not any(p == "schema:recordLabel" and s == "Plover at Noon" for s, p, _ in f)  # signing with a label labels no record
    [showcase] = events_of(r, "schema:MusicEvent")
    assert showcase.start_date.iso == "2041-12-07" and {name(r, k) for k in showcase.locations} == {"Darlington Hippodrome", "Darlington"}
    assert {name(r, k) for _, k in showcase.participants} >= {school, "Plover at Noon", "Ilmatar Ruusila", "Eero Kivikko",
                                                              "Loimu Collective", "Jorma Pohjola"}


def test_a_clubs_birthday_concert_is_held_at_the_club_and_its_monthly_concerts_to_come_are_no_event():
    r = read("Sininen Ovi, the blues club in a cellar near the harbour in Mikkeli, celebrated its fiftieth birthday on Saturday "
             "with a concert that ran past two in the morning.\n\n"
             "The club opened on May 2, 1991. Its house band is the Routa Trio. Its leader and pianist, Kaarina Hallava, has played "
             "the cellar a thousand times. Her son, Ilkka Hallava, has been the trio's drummer since 2038.\n\n"
             "The trio opened with \"Satama,\" and the singer Veli Lumikki came back for the second set.\n\n"
             "The club will mark the rest of the year with a concert on the first Friday of every month.", date=dt.date(2041, 5, 6))
    f = facts(r)
    assert {("Sininen Ovi", "schema:foundingDate", "1991-05-02"), ("Kaarina Hallava", "schema:children", "Ilkka Hallava"),
            ("Ilkka Hallava", "schema:parent", "Kaarina Hallava"), ("Ilkka Hallava", "schema:memberOf", "Routa Trio")} <= f
    [night] = r.events
    assert night.start_date.iso == "2041-05-04" and {name(r, k) for k in night.locations} == {"Sininen Ovi", "Mikkeli"}
    assert {name(r, k) for _, k in night.participants} >= {"Routa Trio", "Satama", "Veli Lumikki"}


def test_a_ballet_premiere_reads_its_poem_its_score_its_company_and_a_games_composer_and_label():
    r = read("The Savonlinna company Heinävesi Ballet will give the first performance of \"Tuulen Talo\" (\"The House of Wind\"), "
             "its first full-length ballet, at the Savonlinna Hall on Friday, August 18.\n\n"
             "The new work is choreographed by Mirja Aalto, 38, who joined the company as a dancer in 2030. The story comes from "
             "\"Järven Virsi\" (\"Hymn of the Lake\"), the long poem that Kaarina Routa published in 2027. The score is by Eero "
             "Lumikki, and he will conduct the first three performances himself. Routa will be in the front row.\n\n"
             "Heinävesi was founded in 2036 by Jorma Kivikko.", date=dt.date(2041, 8, 9))
    f = facts(r)
    assert {("Tuulen Talo", "schema:isBasedOn", "Järven Virsi"), ("Järven Virsi", "schema:author", "Kaarina Routa"),
            ("Tuulen Talo", "schema:composer", "Eero Lumikki"), ("Mirja Aalto", "schema:memberOf", "Heinävesi Ballet"),
            ("Heinävesi Ballet", "schema:founder", "Jorma Kivikko"), ("Heinävesi Ballet", "schema:foundingDate", "2036")} <= f
    assert type_of(r, "Tuulen Talo") == "schema:CreativeWork" and type_of(r, "Järven Virsi") == "schema:Book"
    [premiere] = r.events
    assert premiere.start_date.iso == "2041-08-18"
    assert {name(r, k) for _, k in premiere.participants} >= {"Heinävesi Ballet", "Tuulen Talo", "Eero Lumikki", "Kaarina Routa"}
    g = read("\"Lumihanki\" (\"Snow Crust\"), the 2047 video game about a girl who guards a frozen lake, was made by Kivikko Games, "
             "a studio in Tornio that Veli Pohjola founded in 2041. Pohjola directed it. "
             "Its composer, Ilmatar Hallava, wrote the score on an old harmonium.\n\n"
             "The night ended with \"Pakkasyö,\" the song over the game's last scene, and Amara Ruusila, who sings it on the "
             "recording, came out to sing it again. The song closes \"Jäälaulut,\" the soundtrack album that the Tornio label "
             "Äänitys Vaahto released in March 2048. Vaahto plans a live recording.", date=dt.date(2051, 2, 20))
    assert type_of(g, "Veli Pohjola") == "schema:Person" and type_of(g, "Äänitys Vaahto") == "schema:Organization"
    assert not any(e.name == "Vaahto" for e in g.entities.values())  # the label's short name is the label, not someone else
    assert {("Pakkasyö", "schema:byArtist", "Amara Ruusila"), ("Jäälaulut", "schema:recordLabel", "Äänitys Vaahto"),
            ("Kivikko Games", "schema:founder", "Veli Pohjola")} <= facts(g)
    assert ("Lumihanki", "schema:composer", "Ilmatar Hallava") in facts(g) and ("Lumihanki", "schema:director", "Veli Pohjola") in facts(g)


def test_a_new_drummer_story_reads_the_bands_old_name_the_drummer_who_left_and_the_first_song_with_her():
    r = read("The Whitby rock band Ravenscar has a new drummer. She is Esk Danby, a 19-year-old student.\n\n"
             "The search began in July, when Bertil Stainforth left after nine years behind the kit.\n\n"
             "Ravenscar was formed in 2040 by the singer Lealholm Stainsby and the guitarist Goathland Skerne, and it played its "
             "first two years under the name Fylingdales. Its line-up is now Stainsby, Skerne and Danby.\n\n"
             "\"Harrowfell\" (\"Misty Fell\"), the first Ravenscar song with her on drums, came out last Friday. The band closed with "
             "\"Kettleby,\" which Stainsby wrote for her father.", date=dt.date(2041, 10, 10))
    assert any(e.name == "Ravenscar" and "Fylingdales" in e.aliases and e.type == "schema:MusicGroup" for e in r.entities.values())
    assert {("Bertil Stainforth", "schema:memberOf", "Ravenscar"), ("Esk Danby", "schema:memberOf", "Ravenscar"),
            ("Harrowfell", "schema:byArtist", "Ravenscar"), ("Kettleby", "schema:composer", "Lealholm Stainsby")} <= facts(r)


def test_a_circus_credit_list_a_glossed_company_and_a_concerto_written_for_a_young_soloist():
    r = read("The company Cirk Bresca will give the first performance of \"El Olvido\" (\"Forgetting\") at the Teatro Zumalde on "
             "Thursday, September 19.\n\n"
             "The credits, as the company has published them:\n"
             "- Direction: Tarquino Iriarte\n"
             "- Original music: Lenka Pivoňka\n"
             "- Lighting: Libuše Hrdlička\n\n"
             "Pivoňka's score is played live by Cvrčci Svitava, the five-piece band in which she plays the harp. The band will release "
             "the music on an album. The label Jiskra, which will release \"Borovice\" next month, signed them in May.\n\n"
             "The workshop, Vltavín (\"Moldavite\"), was founded in 1979. Its violin goes to Kosatec Čermák, a 12-year-old from Jihlava, "
             "who plays in the Dunaj Sinfonietta. Kosatec will play it in public for the first time at the gala, in \"Tři Mosty,\" a "
             "short concerto that Lenka Pivoňka wrote for her. The crowd had been chanting \"Bres-ca! Bres-ca!\" all night.",
             date=dt.date(2052, 9, 4))
    f = facts(r)
    assert {("El Olvido", "schema:director", "Tarquino Iriarte"), ("Tři Mosty", "schema:composer", "Lenka Pivoňka"),
            ("Lenka Pivoňka", "schema:memberOf", "Cvrčci Svitava")} <= f
    assert any(s == "El Olvido" and p in ("schema:composer", "newskg:scoreComposer") and o == "Lenka Pivoňka" for s, p, o in f)
    assert type_of(r, "Libuše Hrdlička") == "schema:Person" and type_of(r, "Kosatec Čermák") == "schema:Person"
    assert not any(p == "schema:actor" for _, p, _ in f)  # who plays a violin, or plays in an orchestra, acts in nothing
    names = entity_names(r)
    assert "Moldavite" not in names and "Direction: Tarquino Iriarte" not in names and not any("Bres-ca" in n for n in names)
    assert any(e.name == "Vltavín" and "Moldavite" in e.aliases for e in r.entities.values())


def test_a_night_at_a_theatre_told_without_its_singer_gets_her_from_the_sentences_after():
    r = read("Forty years after the first episode went out, the woman who sang its theme as a child sang it again on Saturday, this "
             "time on the stage of the Slovak National Theatre in Košice.\n\n"
             "On Saturday she sang it with the choir Zborík Jiskra. Libuše Hrdlička, 71, played the piano.\n\n"
             "The singer, Olvido Iriarte, is now 48.", date=dt.date(2052, 11, 25))
    [night] = r.events
    assert night.start_date.iso == "2052-11-23"
    assert {name(r, k) for k in night.locations} == {"Slovak National Theatre", "Košice"}
    assert {name(r, k) for _, k in night.participants} >= {"Zborík Jiskra", "Libuše Hrdlička"}
    assert any(e.name == "Slovak National Theatre" and "Slovak National Theatre in Košice" in e.aliases for e in r.entities.values())


def test_a_duo_of_siblings_its_old_name_its_only_album_and_founders_told_by_kin_or_trade():
    r = read("The folk singer Dzintra Ozola played for two days on the square in Ventspils. Her brother, Valdis Ozols, 29, played "
             "the kokle beside her.\n\n"
             "\"Kalni\" (\"Hills\") is the only album of Putni un Zirgi (\"Birds and Horses\"), the duo that brother and sister "
             "formed in 2044 and that called itself Mežs (\"Forest\") until 2047.\n\n"
             "The judges were Rūta Liepa, the singer who founded the label Tērce Records in 2041, and Kārlis Straume. The workshop, "
             "Vejrum, was founded in 1979 by his father, Skaun Straume, and the festival was started by the sisters Rūta Liepa and "
             "Dzintra Ozola.", date=dt.date(2052, 7, 16))
    duo = entity_named(r, "Putni un Zirgi")
    assert duo.type == "schema:MusicGroup" and {"Mežs", "Birds and Horses"} <= duo.aliases
    f = facts(r)
    assert {("Kalni", "schema:byArtist", "Putni un Zirgi"), ("Putni un Zirgi", "schema:founder", "Dzintra Ozola"),
            ("Putni un Zirgi", "schema:founder", "Valdis Ozols"), ("Valdis Ozols", "schema:memberOf", "Putni un Zirgi"),
            ("Tērce Records", "schema:founder", "Rūta Liepa"), ("Vejrum", "schema:founder", "Skaun Straume"),
            ("Rūta Liepa", "schema:sibling", "Dzintra Ozola")} <= f
    assert not any(s == "Vejrum" and p == "schema:founder" and o == "Kārlis Straume" for s, p, o in f)


def test_an_audiobook_reads_its_reader_its_publishers_its_source_and_a_reading_by_father_and_son():
    r = read("The actor Anselmo Quaresma, 61, reads all twelve stories of \"O Poço Fundo\" (\"The Deep Cistern\"), an audiobook "
             "that the Tavira audio publisher Voz & Vento released on Monday. The stories come from \"Contos do Cais\" (\"Tales from the "
             "Jetty\"), the collection that Ilídia Bettencourt published with Livros Corvina in 1988.\n\n"
             "Since Monday, people in Olhão have been stopping him in the street. Most viewers know him from \"Os Vigias\", the drama "
             "that began in 2019 and in which he played Crispim.\n\n"
             "His son, the guitarist Lauro Quaresma, 33, wrote the music between the stories.\n\n"
             "Father and son will perform six of the stories live at the Palácio das Artes do Alvor on Friday, March 13.",
             date=dt.date(2040, 3, 4))
    f = facts(r)
    assert {("O Poço Fundo", "schema:readBy", "Anselmo Quaresma"), ("O Poço Fundo", "schema:publisher", "Voz & Vento"),
            ("O Poço Fundo", "schema:isBasedOn", "Contos do Cais"), ("Contos do Cais", "schema:publisher", "Livros Corvina"),
            ("Contos do Cais", "schema:author", "Ilídia Bettencourt"), ("Os Vigias", "schema:datePublished", "2019")} <= f
    assert type_of(r, "Olhão") == "schema:City" and type_of(r, "Tavira") == "schema:City"
    assert type_of(r, "Palácio das Artes do Alvor") == "schema:EventVenue"
    [reading] = r.events
    assert reading.start_date.iso == "2040-03-13"
    assert {name(r, k) for _, k in reading.participants} >= {"Anselmo Quaresma", "Lauro Quaresma"}
    assert "Palácio das Artes do Alvor" in {name(r, k) for k in reading.locations}


def test_a_couple_their_child_a_daughter_told_by_pronoun_and_stage_names_told_by_how_they_play():
    r = read("The soprano Oriana Velcescu, 66, sang her farewell on Sunday night. Her husband, Petru Lascov, conducted.\n\n"
             "The encore was a duet with the couple's only child, the mezzo-soprano Irisa Lascov, 34.\n\n"
             "The calypsonian Amadeo Quashie, who has performed for five decades as Mighty Breadfruit, sold his songs to Mango Grove "
             "Music. Wynona Ostrich founded Mango Grove Music in 2039. The deal was negotiated by his daughter, Odalys Quashie, who "
             "manages his bookings. He has been married since 1999 to the singer Brunhild Pendry.\n\n"
             "The Enugu DJ and producer Temperance Abiola, who plays as Sirocco, opens her Friday residency at the club on "
             "Friday, May 2, and the troupe Ollin Danza will dance at Bishop's Hall on Saturday, May 3.", date=dt.date(2045, 4, 20))
    f = facts(r)
    assert {("Oriana Velcescu", "schema:spouse", "Petru Lascov"), ("Petru Lascov", "schema:spouse", "Oriana Velcescu"),
            ("Oriana Velcescu", "schema:children", "Irisa Lascov"), ("Petru Lascov", "schema:children", "Irisa Lascov"),
            ("Irisa Lascov", "schema:parent", "Oriana Velcescu"), ("Amadeo Quashie", "schema:children", "Odalys Quashie"),
            ("Amadeo Quashie", "schema:spouse", "Brunhild Pendry"), ("Brunhild Pendry", "schema:spouse", "Amadeo Quashie")} <= f
    assert not any(p in ("schema:children", "schema:parent") and "Wynona Ostrich" in (s, o) for s, p, o in f)
    assert any(e.name in ("Amadeo Quashie", "Mighty Breadfruit") and {"Amadeo Quashie", "Mighty Breadfruit"} <= e.names for e in r.entities.values())
    assert any({"Temperance Abiola", "Sirocco"} <= e.names for e in r.entities.values())
    assert type_of(r, "Ollin Danza") == "schema:PerformingGroup" and type_of(r, "Bishop's Hall") == "schema:EventVenue"
    assert not any(e.name in ("Enugu DJ", "Bishop") for e in r.entities.values())
    assert not any(ev.start_date and ev.start_date.iso == "2045-04-14" for ev in r.events)  # "her Friday residency" is no date


def test_a_list_of_companies_taking_part_is_no_tracklist():
    r = read("The companies taking part this year include:\n\n"
             "- Kaskade Marionetten, from Linz\n- Compagnia Gambero (\"Shrimp Theatre\"), a company founded in 1998",
             date=dt.date(2045, 4, 20))
    assert not any(e.type == "schema:MusicRecording" for e in r.entities.values())
    assert not any("founded" in e.name or "from" in e.name for e in r.entities.values())


def test_credits_and_memberships_told_in_clauses_a_club_founder_and_a_bare_surname_among_two_of_a_family():
    r = read("The soprano Veta Iordache sang her farewell on Sunday. The Orchestra Vintila Corzi, which her husband, Costel Dragomir, "
             "founded in 2031, played the programme. Iordache was a member of the ensemble of the Compania Noua Galati for twenty seasons. Her best-known part is in "
             "\"Lacul Alb\", the opera by Ionel Sarbu.\n\n"
             "The music was composed by Ermes Tolvaj, who plays the cimbalom in the trio Tri Zice. Sorina Lunca, the charango "
             "player of Conjunto Nevado, and Dobrin Pal, 30, who has danced with the troupe Hora Veche since he was nine, were there.\n\n"
             "Klub Orfeu (\"Orpheus Vault\") was founded in 2040 by Sanda Micu, a former engineer.\n\n"
             "The actress Lidia Bran, 76, received an honorary degree on Monday. The director Radu Pascan, 80, who directed her in "
             "\"Gradina\", was in the front row. Their son, Emil Pascan, 41, "
             "directed her latest film, \"Lacrima\". Pascan said afterwards that he was proud, and Emil said, \"She corrects me.\"\n\n"
             "\"Dealul\", which Sarbu recorded in 1996 for Cocor Records, opened the night, and \"Fluier\", a 2004 hit for the "
             "singer Rodica Vlad, closed it. Her EP \"Vant\", named after the winter wind, came out on Stepa Records in 2051.",
             date=dt.date(2053, 2, 18))
    f = facts(r)
    assert {("Orchestra Vintila Corzi", "schema:founder", "Costel Dragomir"), ("Veta Iordache", "schema:memberOf", "Compania Noua Galati"),
            ("Lacul Alb", "schema:composer", "Ionel Sarbu"), ("Ermes Tolvaj", "schema:memberOf", "Tri Zice"),
            ("Sorina Lunca", "schema:memberOf", "Conjunto Nevado"), ("Dobrin Pal", "schema:memberOf", "Hora Veche"),
            ("Klub Orfeu", "schema:founder", "Sanda Micu"), ("Klub Orfeu", "schema:foundingDate", "2040"),
            ("Gradina", "schema:director", "Radu Pascan"),
            ("Lacrima", "schema:director", "Emil Pascan"), ("Dealul", "schema:recordLabel", "Cocor Records"),
            ("Gradina", "schema:actor", "Lidia Bran"), ("Lacrima", "schema:actor", "Lidia Bran"),
            ("Fluier", "schema:byArtist", "Rodica Vlad"), ("Vant", "schema:recordLabel", "Stepa Records")} <= f
    emil = entity_named(r, "Emil Pascan")
    assert emil.gender == "m" and "Pascan" not in emil.aliases  # the bare surname is the father's, whom the text never calls by given name


def test_a_farewell_gala_is_a_night_of_music_with_its_orchestra_its_encore_and_its_opera_not_an_award_night():
    r = read("Ruxanda Melinte sings her last gala in Iasi\n\n"
             "The soprano Ruxanda Melinte, 68, ended a stage career of forty years on Sunday night at the Palatul Artelor in Iasi, "
             "singing the final aria of the role that made her famous, whose face has been on opera posters and cinema screens.\n\n"
             "The Orchestra Prut Nou, which her husband, Ionut Vatamanu, founded in 2030 and still leads, played the whole programme. "
             "Her best-known part is the title role in \"Lebada\", the opera by Tudor Ciobotaru that she first sang in 2027. She closed "
             "the evening with its last aria.\n\n"
             "The encore was a duet from the same opera with the couple's only child, the mezzo-soprano Ioana Vatamanu, 36.",
             date=dt.date(2053, 2, 18))
    assert not any(ev.kind in ("ceremony", "premiere") for ev in r.events)
    [night] = r.events
    assert night.start_date.iso == "2053-02-16" and {name(r, k) for k in night.locations} == {"Palatul Artelor", "Iasi"}
    assert {name(r, k) for _, k in night.participants} >= {"Ruxanda Melinte", "Orchestra Prut Nou", "Ioana Vatamanu", "Lebada"}
    assert "Tudor Ciobotaru" not in {name(r, k) for _, k in night.participants}
    f = facts(r)
    assert {("Lebada", "schema:composer", "Tudor Ciobotaru"), ("Orchestra Prut Nou", "schema:founder", "Ionut Vatamanu"),
            ("Ruxanda Melinte", "schema:children", "Ioana Vatamanu"), ("Ionut Vatamanu", "schema:children", "Ioana Vatamanu")} <= f
    assert not any(p == "schema:byArtist" and o == "Tudor Ciobotaru" for s, p, o in f)


def test_a_tribute_night_announced_with_who_will_sing_and_who_will_sit_in_the_audience():
    r = read("That orchestra, the Amaranth Glen Pan Orchestra, will play an evening of Mighty Haldane songs at Bishop's Hall in Petrel "
             "Cove on Saturday, September 20. Esmond Achong will sing \"Rampart Soca\" with the band, and Osric Achong will "
             "be in the audience.", date=dt.date(2053, 8, 14))
    [night] = r.events
    assert night.start_date.iso == "2053-09-20"
    assert {name(r, k) for _, k in night.participants} >= {"Amaranth Glen Pan Orchestra", "Esmond Achong", "Rampart Soca",
                                                           "Osric Achong"}


def test_words_in_ones_own_words_a_title_inside_reported_speech_and_a_surname_shared_by_a_middle_name():
    r = read("The troupe was founded in 2029 by Anselmo Huarachi and his wife, Teofila Condori. The lead role went to the founders' "
             "daughter, Maribel Huarachi Condori, 17.\n\n"
             "Maribel said, \"My mother directs everybody the same way, and I argue back.\"\n\n"
             "Teofila, 74, said \"Viento Norte\" had been written \"in one night, on the back of a bus ticket\" and that she keeps it.\n\n"
             "Huarachi said the tour was the first the troupe had paid for. Teofila will dance, and Anselmo will be in the audience, "
             "in his own words \"sitting down, for once.\"", date=dt.date(2053, 12, 8))
    assert type_of(r, "Maribel Huarachi Condori") == "schema:Person"
    father = entity_named(r, "Anselmo Huarachi")
    assert "Huarachi" in father.aliases
    def speaker(start):
        return next(name(r, q.speaker) if q.speaker else None for q in r.quotes if q.text.startswith(start))
    assert speaker("My mother") == "Maribel Huarachi Condori"
    assert speaker("in one night") == "Teofila Condori" and speaker("sitting down") == "Anselmo Huarachi"


def test_the_towns_a_tour_goes_to_next_year_are_towns_and_their_months_are_to_come():
    r = read("The dance troupe Kallpa Wayra opened a six-city tour on Saturday at the Kantuta Hall in Tarija.\n\n"
             "After Tarija the troupe goes to Uyuni and Tupiza in January and to Camiri and Villazon in February. Next month its "
             "director begins filming in the hills above Samaipata. The lead role went to Brunella Ferrant, a native of the "
             "south.", date=dt.date(2053, 12, 8))
    for town in ("Uyuni", "Tupiza", "Camiri", "Villazon", "Samaipata"):
        assert type_of(r, town) == "schema:City", town
    assert type_of(r, "Brunella Ferrant") != "schema:City"  # (what "went to" someone is no trip)
    stops = [ev for ev in r.events if ev.start_date and ev.start_date.iso in ("2054-01", "2054-02")]
    assert {name(r, k) for ev in stops for k in ev.locations} >= {"Uyuni", "Tupiza", "Camiri", "Villazon"}
    assert not any(ev.start_date and ev.start_date.iso in ("2053-01", "2053-02") for ev in r.events)


def test_a_guild_named_with_a_lowercase_word_of_its_own_language_and_founded_by_a_villager():
    r = read("The dragon belongs to Hội rối Bãi Sậy, a water-puppet guild from a village in Hưng Yên province that Lê Văn Khiêm "
             "founded in 2003 with five neighbours.",
             date=dt.date(2053, 6, 9))
    assert type_of(r, "Hội rối Bãi Sậy") in ("schema:PerformingGroup", "schema:Organization")
    assert not any(e.name in ("Hội", "Bãi Sậy") for e in r.entities.values())
    f = facts(r)
    assert {("Hội rối Bãi Sậy", "schema:founder", "Lê Văn Khiêm"), ("Hội rối Bãi Sậy", "schema:foundingDate", "2003")} <= f


def test_a_paragraph_opening_on_her_means_the_article_s_woman_unless_the_paragraph_before_was_about_another():
    r = read("Wenna Trethowan has written a memoir, and she launched it on Thursday with a guitar. She read two chapters, and she "
             "sang four songs.\n\n"
             "The book begins in 1994, when she and her older sister, Morwen Trethowan, formed a duo that played chapels for five "
             "years before Morwen left to train as a nurse.\n\n"
             "Her debut was recorded in nine days. \"Granite Carols,\" the 2004 record that made her name, gets three chapters.\n\n"
             "The director Kerenza Polglaze shared her notes with the press. She also shared a photograph of the set.\n\n"
             "She said: \"The set was built in a barn.\"", date=dt.date(2042, 6, 13))
    assert ("Granite Carols", "schema:byArtist", "Wenna Trethowan") in facts(r)
    assert any(name(r, q.speaker) == "Kerenza Polglaze" for q in r.quotes if q.text.startswith("The set was built"))


def test_a_cinema_reopens_with_a_film_by_a_local_director_based_on_her_mothers_novel():
    r = read("The Harcourt lights its screen again in Timaru with \"Tussock Drift\"\n\n"
             "The Harcourt Movie Theatre in Timaru showed a film on Saturday night for the first time in twelve years.\n\n"
             "\"Tussock Drift\", the first feature by the Timaru director Oriel Quaife, had its premiere in the restored cinema. "
             "The Harcourt opened in 1931 and closed in 2040. It was bought back by the Harcourt Cinephile Society, which Eudora Bisset, "
             "a retired nurse, set up in 2046.\n\n"
             "The film is based on \"The Pewter Solace\", the 2030 novel by Quaife's mother, Brack Larkworthy.", date=dt.date(2054, 3, 16))
    f = facts(r)
    assert {("Tussock Drift", "schema:director", "Oriel Quaife"), ("Harcourt Cinephile Society", "schema:founder", "Eudora Bisset"),
            ("Pewter Solace", "schema:author", "Brack Larkworthy"), ("Tussock Drift", "schema:isBasedOn", "Pewter Solace")} <= f
    assert not any(e.name == "Harcourt" for e in r.entities.values())  # the cinema's short name, no film


def test_a_soap_cast_list_keeps_each_description_with_its_own_name_and_the_creator_who_still_produces_it():
    r = read("The cast of \"Njia ya Mvule\", the soap that has filled living rooms since 2046, performed its 1,000th episode "
             "live on Saturday.\n\n"
             "Atieno Obura created \"Njia ya Mvule\" and still produces it.\n\n"
             "The four actors at its centre were:\n\n"
             "- Akinyi Ochola, 64, who has played the landlady since the pilot\n"
             "- Kibet Rotich, 36, the rapper known as Bwana Kicheko, who joined last year as a driver",
             date=dt.date(2054, 11, 10))
    kibet = next(e for e in r.entities.values() if "Kibet Rotich" in e.names)
    assert "Bwana Kicheko" in kibet.names
    assert not any("Bwana Kicheko" in e.names for e in r.entities.values() if "Akinyi Ochola" in e.names)
    assert ("Njia ya Mvule", "schema:producer", "Atieno Obura") in facts(r)


def test_a_bulleted_list_of_the_four_who_came_through_auditions_are_the_four_member_group():
    r = read("Pelu Stars, the four-member Mandopop group from Xiangtan, sang the city into the new year on Wednesday night at "
             "Lotusbank Arena with the group's leader, Shan Bowen.\n\n"
             "The song, \"Zhuhua Lu\" (\"Candle Road\"), has words by Shan's older sister, Shan Yuqing, 29, and music by the group's "
             "Fei Mingxuan. It is the first song the group has recorded without an outside writer.\n\n"
             "Yunhe Talent, the Xiangtan agency that still manages the group, formed it in 2050 after a year of auditions. The four who "
             "came through were:\n\n"
             "- Shan Bowen, 25, the leader\n"
             "- Lan Zekai, 23, the main vocalist\n"
             "- Fei Mingxuan, 22, who writes most of the group's music\n"
             "- Kou Jiarui, 20, the youngest, whom fans call Xiaokou\n\n"
             "For its first eight months the group was billed as Pelu Cadets.", date=dt.date(2054, 1, 1))
    f = facts(r)
    assert {("Lan Zekai", "schema:memberOf", "Pelu Stars"), ("Kou Jiarui", "schema:memberOf", "Pelu Stars"),
            ("Zhuhua Lu", "schema:lyricist", "Shan Yuqing"), ("Zhuhua Lu", "schema:byArtist", "Pelu Stars"),
            ("Pelu Stars", "schema:affiliation", "Yunhe Talent"), ("Pelu Stars", "schema:founder", "Yunhe Talent"),
            ("Pelu Stars", "schema:foundingDate", "2050")} <= f
    assert "Xiaokou" in aliases_of(r, "Kou Jiarui") and "Pelu Cadets" in aliases_of(r, "Pelu Stars")


def test_a_cast_list_gives_the_cast_a_daughter_in_the_line_below_and_a_couple_told_by_surnames():
    r = read("The cast of \"Barabara ya Mikoko\", the soap that has filled living rooms since 2046, performed its 1,000th episode "
             "live on Saturday night at the Mvita Playhouse in Malindi.\n\n"
             "There were no second takes. Jeruto Kipchumba, who has directed the series from its first episode, ran the evening "
             "from a desk in the wings.\n\n"
             "The four actors at its centre were:\n\n"
             "- Nyokabi Nyambura, 64, who has played Bibi Zawadi, the street's landlady, since the pilot\n"
             "- Wanjala Nyambura, 33, her daughter off screen as well as on it\n"
             "- Chepkoech Tanui, 41, who plays a nurse\n"
             "- Omondi Ogwang, 36, who joined last year as a driver\n\n"
             "Tanui and Ogwang have been married for nine years.", date=dt.date(2054, 11, 10))
    f = facts(r)
    assert {("Barabara ya Mikoko", "schema:director", "Jeruto Kipchumba"), ("Barabara ya Mikoko", "schema:actor", "Wanjala Nyambura"),
            ("Barabara ya Mikoko", "schema:actor", "Omondi Ogwang"), ("Nyokabi Nyambura", "schema:children", "Wanjala Nyambura"),
            ("Chepkoech Tanui", "schema:spouse", "Omondi Ogwang"), ("Omondi Ogwang", "schema:spouse", "Chepkoech Tanui")} <= f
    assert type_of(r, "Jeruto Kipchumba") == "schema:Person"
    night = events_of(r, "schema:TheaterEvent")[0]
    assert {"Barabara ya Mikoko", "Jeruto Kipchumba", "Nyokabi Nyambura", "Omondi Ogwang"} <= {n for _, n in participants(r, night)}


def test_a_ballet_company_named_for_its_district_its_dancers_and_the_ballet_its_founder_directed():
    r = read("Ilka Ravelo had taken four bows at the Teatro Sauto Grande on Friday night when Rolando Cutiño walked on and told "
             "the audience that the Compañía de Ballet Pueblo Nuevo had a new principal dancer.\n\n"
             "Ravelo, 23, had just danced the lead in \"El Jagüey Dormido\", the full-length ballet that Cutiño choreographed and "
             "directed. Her partner was Yasmany Bofill, 27, a soloist with the company, whom she married last year.\n\n"
             "Cutiño, now 71, founded the company in 2031 in Pueblo Nuevo, the district that gave it its name. The promotion makes "
             "Ravelo the youngest principal in the company's history.\n\n"
             "Her mother, Odalys Mustelier, 52, danced with Ballet Pueblo Nuevo for eighteen seasons. She was in the stalls on "
             "Friday.", date=dt.date(2054, 9, 21))
    f = facts(r)
    assert {("Ilka Ravelo", "schema:spouse", "Yasmany Bofill"), ("Yasmany Bofill", "schema:memberOf", "Compañía de Ballet Pueblo Nuevo"),
            ("Odalys Mustelier", "schema:memberOf", "Compañía de Ballet Pueblo Nuevo"),
            ("Ilka Ravelo", "schema:memberOf", "Compañía de Ballet Pueblo Nuevo"),
            ("El Jagüey Dormido", "schema:director", "Rolando Cutiño"), ("Compañía de Ballet Pueblo Nuevo", "schema:founder", "Rolando Cutiño"),
            ("Ilka Ravelo", "schema:parent", "Odalys Mustelier")} <= f
    assert ("Rolando Cutiño", "schema:memberOf", "Compañía de Ballet Pueblo Nuevo") not in f  # (who runs a company need not dance in it)
    assert "Ballet Pueblo Nuevo" in aliases_of(r, "Compañía de Ballet Pueblo Nuevo")
    night = [e for e in r.events if e.start_date and e.start_date.iso == "2054-09-18"][0]
    assert "Odalys Mustelier" in {n for _, n in participants(r, night)}


def test_a_statue_unveiled_for_a_late_singer_her_song_her_brother_and_her_son_not_the_sculptors():
    r = read("Zoi Antonakou, the rebetiko singer whose voice filled the tavernas for three decades, came back to her home town on "
             "Sunday evening as a bronze figure two metres tall, unveiled on the seafront at Preveza.\n\n"
             "The statue shows her mid-song. Its sculptor, Chrysoula Demiri, 44, pulled away the sheet at sunset. She said she had "
             "worked from old photographs.\n\n"
             "Her best-known song, \"Alati sto Molo\", came out on Ionion Discs in 1994. The music was by Stelios Kourkoulas, who died "
             "in 2040; the words were written at nineteen by her younger brother, Panagis Antonakos, now 79.\n\n"
             "Her son, the bouzouki player Markos Zervoudis, 58, led Zygia Louros, the five-piece band he has played with since "
             "his twenties, through \"Alati sto Molo\" as the sheet came down. Antonakos joined in on the last verse.",
             date=dt.date(2054, 7, 14))
    f = facts(r)
    assert {("Alati sto Molo", "schema:byArtist", "Zoi Antonakou"), ("Alati sto Molo", "schema:lyricist", "Panagis Antonakos"),
            ("Zoi Antonakou", "schema:sibling", "Panagis Antonakos"), ("Zoi Antonakou", "schema:children", "Markos Zervoudis"),
            ("Markos Zervoudis", "schema:memberOf", "Zygia Louros")} <= f
    assert not {("Alati sto Molo", "schema:byArtist", "Chrysoula Demiri"), ("Alati sto Molo", "schema:byArtist", "Markos Zervoudis"),
                ("Stelios Kourkoulas", "schema:sibling", "Panagis Antonakos")} & f
    unveiling = [e for e in r.events if e.start_date and e.start_date.iso == "2054-07-12"][0]
    assert {"Chrysoula Demiri", "Markos Zervoudis", "Zygia Louros", "Panagis Antonakos"} <= {n for _, n in participants(r, unveiling)}


def test_founders_told_as_a_woman_and_her_husband_and_actors_told_with_their_ages():
    r = read("Loughside Radio, the community station on the lake, is fifty this year. Ethna Harkin and her husband, Senan Treacy, "
             "founded the station in 2004.\n\n"
             "\"Bentgrass Light\", the first feature by the director Fionnait Quealy, had its premiere on Saturday. Aoibhe Nestor, 19, "
             "plays the girl in her first screen role. Fiach Moran, 72, a stage actor all his life, plays the grandfather.",
             date=dt.date(2054, 5, 20))
    f = facts(r)
    assert {("Bentgrass Light", "schema:actor", "Aoibhe Nestor"), ("Bentgrass Light", "schema:actor", "Fiach Moran"),
            ("Loughside Radio", "schema:founder", "Ethna Harkin"), ("Loughside Radio", "schema:founder", "Senan Treacy")} <= f


def test_an_audio_launch_puts_the_film_its_listed_songs_their_singers_and_the_speakers_on_the_night():
    r = read("The songs of \"Vaadai Kaatru\" (\"North Wind\") were heard for the first time on Sunday evening at the audio launch of "
             "the film in the Kamarajar Indoor Arena in Madurai.\n\n"
             "Its lead is Selvan Muthaiah, 24, the younger son of the veteran star Muthaiah Periyasamy, who sat in the front row.\n\n"
             "Directed by Arivumathi Kannan and produced by Poongodi Sekar for Vaigai Frames, the company she founded in 2038, "
             "the film opens in cinemas on Friday, January 14.\n\n"
             "Nilavan Rajaraman composed the soundtrack, and Malarvizhi Pandian wrote the words for three of its four songs. Two of them "
             "were performed live on Sunday:\n\n"
             "- \"Vaanam Thoongum\" (\"The Sky Sleeps\"), sung by Yazhini Murugesan\n"
             "- \"Kuyil Paattu\" (\"Cuckoo Song\"), sung by Selvan Muthaiah\n\n"
             "Kannan, 41, who made his name with two films about smugglers, told the audience that the studio had doubted a film with no "
             "villain. Poongodi Sekar, he said, never did.", date=dt.date(2055, 12, 8))
    f = facts(r)
    assert {("Selvan Muthaiah", "schema:parent", "Muthaiah Periyasamy"), ("Vaigai Frames", "schema:founder", "Poongodi Sekar")} <= f
    assert type_of(r, "Malarvizhi Pandian") == "schema:Person" and gender_of(r, "Poongodi Sekar") != "m"
    launch = [e for e in r.events if e.start_date and e.start_date.iso == "2055-12-05"][0]
    assert {"Vaadai Kaatru", "Vaanam Thoongum", "Yazhini Murugesan", "Kuyil Paattu", "Selvan Muthaiah", "Muthaiah Periyasamy",
            "Arivumathi Kannan"} <= {n for _, n in participants(r, launch)}


def test_a_musical_the_text_only_calls_the_musical_is_no_song_and_keeps_its_cast_director_and_writers():
    r = read("Eirwen Ormesher went on in the title role of \"The Ropemaker's Niece\" at the Loughrigg Playhouse in Kendal on "
             "Tuesday night, after the show's star, Tamsyn Blackledge, slipped on a wet step.\n\n"
             "Blackledge, 31, who has played Tansy since the musical opened in May, is off for three weeks.\n\n"
             "The musical is based on \"Sandpiper Weather\", the 2036 novel by Bryony Aldous. Aldus Threadgold wrote the music, and "
             "Ormesher's mother, Gwenhwyfar Oddie, wrote the lyrics.\n\n"
             "The production is directed by Seren Eckersley, who watched from the wings. Ormesher's partner for the evening was "
             "Cadfael Smethurst, 34, who plays the ropemaker's apprentice.", date=dt.date(2055, 8, 19))
    f = facts(r)
    assert type_of(r, "The Ropemaker's Niece") == "schema:CreativeWork"
    assert type_of(r, "Aldus Threadgold") == "schema:Person"
    assert {("The Ropemaker's Niece", "schema:isBasedOn", "Sandpiper Weather"),
            ("The Ropemaker's Niece", "schema:composer", "Aldus Threadgold"),
            ("The Ropemaker's Niece", "schema:lyricist", "Gwenhwyfar Oddie"),
            ("The Ropemaker's Niece", "schema:director", "Seren Eckersley"),
            ("The Ropemaker's Niece", "schema:actor", "Cadfael Smethurst")} <= f


def test_a_results_list_of_an_idol_sports_special_its_hosts_a_brother_and_a_nickname_fans_gave():
    r = read("Liwayway, the youngest member of the seven-piece girl group Bituin, won the archery final on Saturday at Marikina "
             "Gymnasium on \"Idol Sports Day\", the special that Channel Halina taped in Marikina.\n\n"
             "Fans, who have called her Sibulan since a rehearsal clip spread last spring, held up paper targets.\n\n"
             "The finals, which Channel Halina will broadcast next week, ended like this:\n\n"
             "- Women's archery: Liwayway of Bituin\n"
             "- Women's high jump: Hiraya Dalisay of Bituin\n"
             "- Mixed relay: Kidlat, ahead of Bituin\n\n"
             "Kidlat's leader, Tanglaw Macaraeg, 23, is Liwayway's older brother.\n\n"
             "The special was presented by the comedian Masigla Tolentino and Bituin's leader, Lakambini Panganiban, 26.\n\n"
             "Bituin is managed by Sampaguita Company, which the former ballad singer Bagwis Ilog founded in 2046.",
             date=dt.date(2055, 2, 8))
    f = facts(r)
    assert {("Hiraya Dalisay", "schema:memberOf", "Bituin"), ("Liwayway", "schema:sibling", "Tanglaw Macaraeg"),
            ("Sampaguita Company", "schema:founder", "Bagwis Ilog")} <= f
    assert ("Bagwis Ilog", "schema:genre", "former ballad") not in f
    assert "Sibulan" in aliases_of(r, "Liwayway") and type_of(r, "Marikina") == "schema:City"
    assert "Channel Halina" in entity_names(r)
    final = [e for e in r.events if e.start_date and e.start_date.iso == "2055-02-06"][0]
    assert {"Hiraya Dalisay", "Kidlat", "Masigla Tolentino", "Lakambini Panganiban"} <= {n for _, n in participants(r, final)}


def test_an_auction_a_late_singers_surname_her_song_and_the_people_in_the_room():
    r = read("The fiddle that Eulalie Arceneaux played on every record she made sold for $900,000 on Saturday at Bayou Teche Auctions "
             "in Opelousas, to a buyer half her age.\n\n"
             "Maelle Fontenot, the 24-year-old zydeco singer, raised her paddle nine times before the hammer came down.\n\n"
             "Arceneaux, the Cajun singer whom radio announcers called the Atchafalaya Thrush, died last October at 88. She was born "
             "Eulalie Guillory. Her son, Remy Arceneaux, 61, sold it with 140 other lots.\n\n"
             "The second-highest price was paid for the handwritten lyrics of \"Vermilion Hayride\", her 1996 single on Pirogue Records. "
             "Her husband of 51 years, Lucien Mouton, wrote the words on the back of a receipt; the tune was her own. Armand Ardoin, "
             "the pedal steel player in her band, the Sabine Fiddlers, produced the record.\n\n"
             "When the lot came up, the room sang the chorus of \"Vermilion Hayride\", led from the front row by Ardoin.\n\n"
             "\"I have never had a room sing to me,\" said Ombeline Savoie, the auctioneer.", date=dt.date(2055, 6, 15))
    f = facts(r)
    assert {"Arceneaux", "Atchafalaya Thrush", "Eulalie Guillory"} <= aliases_of(r, "Eulalie Arceneaux")
    assert {("Vermilion Hayride", "schema:recordLabel", "Pirogue Records"), ("Vermilion Hayride", "schema:lyricist", "Lucien Mouton"),
            ("Vermilion Hayride", "schema:composer", "Eulalie Arceneaux"), ("Vermilion Hayride", "schema:producer", "Armand Ardoin"),
            ("Armand Ardoin", "schema:memberOf", "Sabine Fiddlers"), ("Eulalie Arceneaux", "schema:children", "Remy Arceneaux")} <= f
    assert type_of(r, "Ombeline Savoie") == "schema:Person"
    sale = events_of(r, "schema:SaleEvent")[0]
    assert sale.start_date.iso == "2055-06-12"
    assert {"Maelle Fontenot", "Vermilion Hayride", "Armand Ardoin", "Ombeline Savoie"} <= {n for _, n in participants(r, sale)}
    assert "Eulalie Arceneaux" not in {n for _, n in participants(r, sale)}  # (whose things are sold is no bidder)


def test_an_idol_as_honorary_police_chief_leads_a_parade_and_a_samba_school_parades():
    r = read("Hotaru of the idol group Nijiiro Seven swapped her stage costume for a police uniform on Tuesday and spent the day "
             "as honorary chief of Izumo Police Station.\n\n"
             "The 20-year-old singer took the salute in the station yard. The station's real chief, Superintendent Kuraki Minato, 54, "
             "handed her his cap, and she then rode in an open car at the head of a parade of children through the old town.\n\n"
             "Her twin sister, Ayase Mizore, who performs in the group as Mizore, walked behind the car. The group's other members "
             "sang the campaign song, \"Sorano Greenlight\", from the back of a truck.\n\n"
             "Nijiiro Seven was formed in 2049 by Kumo Production, the Izumo agency that still manages it. Its lyricist is Hirose Uzuki, "
             "24, a founding member who left the group last year.\n\n"
             "Their grandfather, Ayase Ichijo, 81, watched the parade from a folding chair.", date=dt.date(2055, 4, 8))
    f = facts(r)
    assert {("Ayase Mizore", "schema:memberOf", "Nijiiro Seven"), ("Hirose Uzuki", "schema:memberOf", "Nijiiro Seven"),
            ("Nijiiro Seven", "schema:affiliation", "Kumo Production")} <= f
    assert "Kuraki Minato" in entity_names(r)  # (a rank is no part of a name)
    parades = [e for e in r.events if "parade" in e.key or e.start_date and e.start_date.iso == "2055-04-06"]
    assert len(parades) == 1 and parades[0].start_date.iso == "2055-04-06"
    assert {"Kuraki Minato", "Ayase Ichijo", "Sorano Greenlight"} <= {n for _, n in participants(r, parades[0])}


def test_a_samba_school_its_composers_and_lyricists_told_with_ages_its_singer_and_its_drummer():
    r = read("Vila Jurujuba, the samba school from the Icaraí neighbourhood of Gragoatá, has chosen its song for next year's carnival, "
             "\"O Barqueiro que Cantava\".\n\n"
             "The winning samba has music by Damião Sereno, 67, and Quitéria Bentevi, 39, and words by Orlando Pardal, 58, and his "
             "wife, Conceicao Guarani, 60.\n\n"
             "Each finalist was sung twice by Tiãozinho Piratininga, 45, who has been the school's lead singer since 2041. "
             "Jurujuba Itaipu, 52, who has played in the school's drums since he was nine, said rehearsals would start next week.\n\n"
             "Vila Jurujuba will parade in Maricá on Sunday, February 13.", date=dt.date(2055, 10, 11))
    f = facts(r)
    assert {("O Barqueiro que Cantava", "schema:composer", "Damião Sereno"), ("O Barqueiro que Cantava", "schema:composer", "Quitéria Bentevi"),
            ("O Barqueiro que Cantava", "schema:lyricist", "Orlando Pardal"), ("O Barqueiro que Cantava", "schema:lyricist", "Conceicao Guarani"),
            ("Tiãozinho Piratininga", "schema:memberOf", "Vila Jurujuba"), ("Jurujuba Itaipu", "schema:memberOf", "Vila Jurujuba")} <= f
    assert type_of(r, "Gragoatá") in ("schema:Place", "schema:City")
    parade = [e for e in r.events if e.start_date and e.start_date.iso == "2056-02-13"][0]
    assert "Vila Jurujuba" in {n for _, n in participants(r, parade)}


def test_songs_listed_after_the_soundtrack_credits_take_them_and_a_founding_year_counted_from_the_year_told():
    r = read("The songs of \"Kaatru Veli\" were played live on Friday at the Kamarajar Indoor Arena in Madurai.\n\n"
             "Nilavan Rajaraman composed the soundtrack, and Malarvizhi Pandian wrote the words for three of its four songs. "
             "All four were performed live on Friday:\n\n"
             "- \"Vaanam Thoongum\", sung by Yazhini Murugesan\n"
             "- \"Kuyil Paattu\", sung by Selvan Muthaiah, with words by Arivumathi Kannan\n\n"
             "The film was made by Vaigai Frames in 2049. The producer Poongodi Sekar set up Vaigai Frames a year earlier.",
             date=dt.date(2055, 12, 8))
    f = facts(r)
    assert {("Vaanam Thoongum", "schema:composer", "Nilavan Rajaraman"), ("Vaanam Thoongum", "schema:lyricist", "Malarvizhi Pandian"),
            ("Kuyil Paattu", "schema:composer", "Nilavan Rajaraman"), ("Vaigai Frames", "schema:foundingDate", "2048")} <= f
    assert ("Kuyil Paattu", "schema:lyricist", "Malarvizhi Pandian") not in f  # (the line gives its own words)


def test_a_troupe_founded_by_someones_father_and_the_brothers_mother():
    r = read("Phetsamai Boonmee leads the mor lam troupe Dao Wannakul. Dao Wannakul was founded in 2031 by Phetsamai's father, "
             "Yodsak Kaewpradit, 67, who played the khaen at temple fairs.\n\n"
             "Sogabe Kotetsu sang the anthem before the final. His brother, Sogabe Masumi, 17, is the catcher. The brothers' "
             "mother, Hiranaka Chanthra, 52, sat in the stands.", date=dt.date(2056, 3, 7))
    f = facts(r)
    assert ("Dao Wannakul", "schema:founder", "Yodsak Kaewpradit") in f
    assert ("Dao Wannakul", "schema:founder", "Phetsamai Boonmee") not in f
    assert {("Sogabe Kotetsu", "schema:parent", "Hiranaka Chanthra"), ("Sogabe Masumi", "schema:parent", "Hiranaka Chanthra"),
            ("Hiranaka Chanthra", "schema:children", "Sogabe Masumi")} <= f


def test_a_tradesman_from_a_town_names_the_town_not_a_person():
    r = read("She lost by $200 to Tadeusz Szczepanik, 27, a bicycle courier from Waukesha, who found the answer with four "
             "seconds left.", date=dt.date(2056, 1, 13))
    assert type_of(r, "Waukesha") == "schema:City"


def test_the_single_a_label_released_last_month_is_on_that_label():
    r = read("The troupe's star, Siriporn Kaewpradit, 29, closed the first half with \"Sai Phrae\" (\"Silk Thread\"), the single "
             "Lomchoi Records released last month.", date=dt.date(2056, 3, 7))
    assert ("Sai Phrae", "schema:recordLabel", "Lomchoi Records") in facts(r)


# ---------------------------------------------------------------- contests, troupes and shoots (taught by blind35 and blind36)

def test_a_contest_with_a_results_list_a_name_with_two_surnames_and_a_family_of_brothers():
    r = read("Baldomero Quintero, 23, is crowned accordion king in Aracataca\n\n"
             "Baldomero Quintero Ocampo was crowned king of the professional accordion on Sunday at the Paseo Ribereño in Aracataca.\n\n"
             "Quintero played the four airs the contest demands, and won over the judges with a paseo of his own, \"La Ceibita\" "
             "(\"Sapling\"). He wrote the music; the words are by Candelario Urbina, 71, a retired schoolteacher.\n\n"
             "His grandfather, Eleuterio Quintero, won the same crown in 2026 and watched the final from a plastic chair.\n\n"
             "The results of the final:\n\n"
             "- Professional accordion king: Baldomero Quintero Ocampo\n"
             "- Runner-up: Teodulo Sarmiento\n"
             "- Junior accordion king: Evelio Sarmiento\n"
             "- Best singer: Rigoberto Anchico\n\n"
             "The Sarmientos are brothers from the same street. Anchico, 27, has sung in Quintero's band since school.",
             date=dt.date(2056, 5, 2))
    f = facts(r)
    names = entity_names(r)
    assert "Baldomero Quintero" not in names and "Sarmientos" not in names  # (one man; a family's plural name is no group)
    assert type_of(r, "Rigoberto Anchico") == "schema:Person" and "Anchico" not in names
    assert {("La Ceibita", "schema:composer", "Baldomero Quintero Ocampo"), ("La Ceibita", "schema:lyricist", "Candelario Urbina"),
            ("Teodulo Sarmiento", "schema:sibling", "Evelio Sarmiento")} <= f
    assert ("La Ceibita", "schema:actor", "Baldomero Quintero Ocampo") not in f  # (he played airs, not a part)
    [final] = [e for e in r.events if e.start_date and e.start_date.iso == "2056-04-30"]
    assert {"Eleuterio Quintero", "Teodulo Sarmiento", "Evelio Sarmiento", "Rigoberto Anchico"} <= {n for _, n in participants(r, final)}


def test_a_kin_word_told_again_without_the_name_and_a_surname_of_two_words():
    r = read("Maaike van Dongen, a 19-year-old student from Borger in Drenthe, won the folk singing prize at the festival in "
             "Zwolle on Saturday night.\n\n"
             "She sang two songs in a hall at Spoorhal Zwolle. Her grandmother, Geertje Bosscha, 84, who won in 1998, sat in "
             "the third row.\n\n"
             "The competition's adjudicator, the singer and fiddler Harmen Wijbenga, 63, said the winner had sung \"as if nobody "
             "was listening, which is the hardest thing to do\".\n\n"
             "Fenna van Lier, 45, who finished second in the same competition, produced her first album. Van Lier said the "
             "result was fair.\n\n"
             "Her grandmother, speaking on the steps of the hall afterwards, said the girl's voice was \"better than mine was, "
             "and she knows it\".", date=dt.date(2056, 11, 6))
    assert "Van Lier" not in entity_names(r) and "van Lier" not in entity_names(r)
    assert ("better than mine was, and she knows it", "Geertje Bosscha") in quotes(r)
    [prize] = [e for e in r.events if e.start_date and e.start_date.iso == "2056-11-04"]
    assert [name(r, k) for k in prize.locations] == ["Spoorhal Zwolle", "Zwolle"]  # (not where she comes from)
    assert {"Geertje Bosscha", "Harmen Wijbenga", "Fenna van Lier"} <= {n for _, n in participants(r, prize)}


def test_a_troupe_its_singers_players_and_dancers_and_a_lyricist_named_by_her_part():
    r = read("Mor lam troupe Lam Sing Daeng opens its season in Maha Sarakham\n\n"
             "About 20,000 people stood on the grass beside Sa Kaeo Lek in Maha Sarakham on Saturday night as Lam Sing Daeng, "
             "one of the largest mor lam troupes, opened its touring season.\n\n"
             "The troupe's star, Kesinee Duangdee, 29, closed the first half with \"Phleng Khao Hom\" (\"Fragrant Grain\"). Kesinee, "
             "who was born Ratchanee Sombat, has sung with the troupe since she was twelve.\n\n"
             "The song has music by Wichai Thongkham, 58, and words by Pranee Saengarun, a farmer's daughter.\n\n"
             "\"I wrote it during the drought,\" said the lyricist, 34, who watched from beside the sound desk.\n\n"
             "Lam Sing Daeng was founded in 2031 by Kesinee's father, Boonma Duangdee, 67. The troupe's khaen player, Somchai "
             "Kaewsai, 33, is Kesinee's husband, and her younger sister, Ampai Duangdee, 24, led the troupe's forty dancers. "
             "Boonma Duangdee said he had given up telling either of his daughters what to do.",
             date=dt.date(2056, 3, 7))
    f = facts(r)
    assert "Mor" not in entity_names(r) and type_of(r, "Sa Kaeo Lek") == "schema:Place"
    assert {("Kesinee Duangdee", "schema:memberOf", "Lam Sing Daeng"), ("Somchai Kaewsai", "schema:memberOf", "Lam Sing Daeng"),
            ("Ampai Duangdee", "schema:memberOf", "Lam Sing Daeng"), ("Ampai Duangdee", "schema:parent", "Boonma Duangdee")} <= f
    assert ("I wrote it during the drought,", "Pranee Saengarun") in quotes(r)
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2056-03-04"]
    assert {("schema:performer", "Kesinee Duangdee"), ("schema:workPerformed", "Phleng Khao Hom"),
            ("schema:attendee", "Pranee Saengarun")} <= participants(r, night)


def test_a_tango_heard_after_its_composer_died_its_singer_and_the_orchestras_recording_of_it():
    r = read("The audience at the Salón Orilla in Gualeguay stood for three minutes on Saturday night after Conjunto Tarumá "
             "played \"Bruma de Arroyo\" (\"Thistle Sleet\"), a tango that had lain unplayed in a drawer since its composer died in 1979.\n\n"
             "Casimiro Villaguay, a bandoneonist who spent his twenties in the dance orchestras of the capital before coming home "
             "to the province, wrote the music in 1977. The words are by his wife, Remedios Tizón.\n\n"
             "\"I nearly threw the whole pile away,\" said Piedad Villaguay, 71, who watched the premiere from the front row.\n\n"
             "The vocal on Saturday was taken by Lucindo Calchaquí, 26, the orchestra's singer since last year. The orchestra's "
             "studio recording of the tango came out on Friday on Brisa Records.", date=dt.date(2057, 5, 14))
    f = facts(r)
    assert type_of(r, "Bruma de Arroyo") == "schema:MusicRecording"
    assert {("Bruma de Arroyo", "schema:composer", "Casimiro Villaguay"), ("Bruma de Arroyo", "schema:lyricist", "Remedios Tizón"),
            ("Lucindo Calchaquí", "schema:memberOf", "Conjunto Tarumá"), ("Bruma de Arroyo", "schema:byArtist", "Conjunto Tarumá"),
            ("Bruma de Arroyo", "schema:recordLabel", "Brisa Records"), ("Bruma de Arroyo", "schema:datePublished", "2057-05-11")} <= f
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-05-12"]  # (a death told in an aside is no bar)
    assert {("schema:performer", "Conjunto Tarumá"), ("schema:workPerformed", "Bruma de Arroyo"),
            ("schema:attendee", "Piedad Villaguay"), ("schema:performer", "Lucindo Calchaquí")} <= participants(r, night)


def test_a_charity_match_dated_by_its_lead_and_its_return_match_from_a_list():
    r = read("Singers beat soap actors in a charity match\n\n"
             "Wulandari Sekar has sung at weddings and village festivals across the province, but until Sunday she had never "
             "scored a goal in front of 30,000 people.\n\n"
             "The dangdut singer, 31, struck the winner as a team of singers beat a team of soap actors 3-2 at Brawijaya Stadium "
             "in Kediri.\n\n"
             "Her husband, the actor Bimo Handoko, was in goal for the other side. The referee was Wulandari's father, Sabdo Gumelar. "
             "Both of the actors' goals came from Pradipta Suwandi, who is managed by Kencana Lestari, which arranged for the actors "
             "to take part.\n\n"
             "The organisers said:\n\n"
             "- the return match is on Sunday, August 26, at Jayabaya Stadium;\n"
             "- Sabdo Gumelar will referee again, and Wulandari and Suwandi have agreed to play.", date=dt.date(2057, 7, 9))
    f = facts(r)
    assert "Wulandari" not in entity_names(r) and type_of(r, "Kencana Lestari") == "schema:Organization"
    assert {("Wulandari Sekar", "schema:parent", "Sabdo Gumelar"), ("Pradipta Suwandi", "schema:affiliation", "Kencana Lestari")} <= f
    [first] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-07-08"]
    assert "schema:SportsEvent" in first.types and [name(r, k) for k in first.locations] == ["Brawijaya Stadium", "Kediri"]
    assert {"Wulandari Sekar", "Bimo Handoko", "Sabdo Gumelar", "Pradipta Suwandi"} <= {n for _, n in participants(r, first)}
    [again] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-08-26"]
    assert again.status == "future" and {"Sabdo Gumelar", "Wulandari Sekar", "Pradipta Suwandi"} <= {n for _, n in participants(r, again)}


def test_a_plant_founded_by_a_couple_a_band_told_by_its_chairs_and_its_album_launch():
    r = read("Hawassa has a record plant again\n\n"
             "The first vinyl record pressed in Hawassa in half a century came off a rebuilt press in Tabor Gulele on Thursday "
             "afternoon and was handed to the saxophonist Amanuel Berhanu.\n\n"
             "It was a copy of \"Kelem Tsehay\", the second album by his band, Wondo Sextet, and the first order "
             "filled by Arada Vinyl Works. Arada Vinyl Works was founded in 2055 by Liya Desta, a sound engineer, and her husband, "
             "Fikru Negash, who spent two years rebuilding the presses.\n\n"
             "\"Kelem Tsehay\" came out on streaming services in June on Saba Records. The band's pianist is Amanuel's daughter, "
             "Hirut Amanuel, 23, and its singer is Tirunesh Alemu.\n\n"
             "Wondo Sextet will launch the vinyl edition at the Dilla Hall on Friday, December 14, and Tirunesh Alemu will sing "
             "the whole album for the first time on stage.", date=dt.date(2057, 11, 9))
    f = facts(r)
    assert type_of(r, "Tabor Gulele") == "schema:Place"
    assert {("Arada Vinyl Works", "schema:founder", "Liya Desta"), ("Arada Vinyl Works", "schema:founder", "Fikru Negash"),
            ("Kelem Tsehay", "schema:recordLabel", "Saba Records"), ("Kelem Tsehay", "schema:byArtist", "Wondo Sextet"),
            ("Hirut Amanuel", "schema:memberOf", "Wondo Sextet"), ("Tirunesh Alemu", "schema:memberOf", "Wondo Sextet")} <= f
    assert not {("Kelem Tsehay", "schema:byArtist", "Amanuel Berhanu"), ("Kelem Tsehay", "schema:byArtist", "Tirunesh Alemu")} & f
    [launch] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-12-14"]
    assert launch.kind == "launch" and [name(r, k) for k in launch.locations] == ["Dilla Hall"]


def test_a_homecoming_run_its_first_night_and_a_father_named_again_by_his_tie():
    r = read("Hsu Mei-ling's Hualien homecoming draws a million ballot entries\n\n"
             "More than a million people entered the ballot for Hsu Mei-ling's four homecoming concerts at Hualien Dome, her "
             "agency said on Monday.\n\n"
             "Hsu, 34, grew up in Anping, where her father, Hsu Chih-wen, still runs the stall at which she sang as a schoolgirl.\n\n"
             "The concerts run from Friday, May 18, to Monday, May 21. The first night will open with \"Hai Feng Yao\", the single "
             "she released last month. It was composed by Chen Wei-lun, with lyrics by Lin Kuan-yu, and produced by Huang Shih-han, "
             "her guitarist and husband, who will lead the band at the arena.\n\n"
             "Her father will join her on the first night for a fishing song he taught her.\n\n"
             "Her father said he would \"try not to cry before the second verse\".\n\n"
             "Huang said the song was written on the pier.", date=dt.date(2057, 3, 13))
    f = facts(r)
    assert type_of(r, "Hualien") == "schema:City" and not any("'s" in a for e in r.entities.values() for a in e.aliases if e.name == "Hualien")
    assert {("Hsu Mei-ling", "schema:spouse", "Huang Shih-han"), ("Hsu Mei-ling", "schema:parent", "Hsu Chih-wen")} <= f
    assert ("try not to cry before the second verse", "Hsu Chih-wen") in quotes(r)  # (not the name that opens the next paragraph)
    [first] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-05-18"]
    assert {("schema:workPerformed", "Hai Feng Yao"), ("schema:performer", "Hsu Chih-wen"),
            ("schema:performer", "Huang Shih-han")} <= participants(r, first)


def test_an_orchestras_chairs_a_headline_concert_dated_by_its_body_and_a_free_concert_on_a_bridge():
    r = read("Striking Orrisdale Sinfonia players give their cancelled opening night away in Hobcaw Park\n\n"
             "The musicians of the Orrisdale Sinfonia were meant to open their season on Saturday night at the Gaiety. "
             "Instead they played on the grass of Hobcaw Park in Knoxbury, to about 6,000 people.\n\n"
             "\"They cancelled the concert, not the orchestra,\" said Wrenna Varnum, the principal bassoonist. The players took "
             "their cues from the concertmaster, Absalom Faircloth.\n\n"
             "The principal cellist, Prue Berrisford, and her husband, the timpanist Corvin Berrisford, have both played in the Orrisdale "
             "Sinfonia since 2039. On Saturday they were joined by their daughter, Hollins Berrisford, 12, who played the triangle.\n\n"
             "The players will give a second free concert on Sunday, September 16, on the Gansett Street Bridge.", date=dt.date(2057, 9, 10))
    f = facts(r)
    assert {(p, "schema:memberOf", "Orrisdale Sinfonia") for p in ("Wrenna Varnum", "Absalom Faircloth", "Prue Berrisford",
                                                                        "Corvin Berrisford")} <= f
    assert type_of(r, "Gansett Street Bridge") == "schema:Place"
    [park] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-09-08"]
    assert "Hobcaw Park" in {name(r, k) for k in park.locations} and ("schema:performer", "Hollins Berrisford") in participants(r, park)
    [bridge] = [e for e in r.events if e.start_date and e.start_date.iso == "2057-09-16"]
    assert ("schema:performer", "Orrisdale Sinfonia") in participants(r, bridge)


def test_a_drama_shoot_its_quoted_title_its_cast_and_its_landmark():
    r = read("Brenmarrow harbour goes back to 1911 as \"The Brine Shoal\" films with 200 townspeople\n\n"
             "For three days this week the harbour at Brenmarrow belonged to 1911, and 200 townspeople stood in the sleet "
             "beneath Dunmorrow's Castle.\n\n"
             "The crew are making \"The Brine Shoal\", a six-part drama about the herring girls. It is directed by Seonaid Pittendreigh "
             "and made by Kilbrannan Films, which Mhairi Isbister founded in 2049. Isbister is also the series' executive producer.\n\n"
             "Tavish Drummuir plays the cooper who courts the lead herring girl. He is married to Pittendreigh.\n\n"
             "Fergus Gowrie, 81, a retired fisherman, was hired to teach the crew how to tie up a boat, and stayed on to play a "
             "harbour hand.", date=dt.date(2057, 1, 12))
    f = facts(r)
    assert type_of(r, "Brine Shoal") == "schema:TVSeries" and type_of(r, "Brenmarrow") == "schema:City"
    assert type_of(r, "Dunmorrow's Castle") == "schema:Place" and "Castle" not in entity_names(r)
    assert {("Brine Shoal", "schema:producer", "Mhairi Isbister"), ("Brine Shoal", "schema:actor", "Tavish Drummuir"),
            ("Brine Shoal", "schema:actor", "Fergus Gowrie"), ("Tavish Drummuir", "schema:spouse", "Seonaid Pittendreigh")} <= f


def test_a_name_where_something_happens_on_a_day_is_a_place():
    r = read("Kirabosh Agency will hold a fan meeting at Orbis Kanazawa on Aug. 15, at which Mitsuboshi will perform live. "
             "The first copies came off the press in Nokoru Minami on Thursday afternoon.", date=dt.date(2048, 7, 7))
    assert type_of(r, "Orbis Kanazawa") == "schema:EventVenue"
    assert type_of(r, "Nokoru Minami") in ("schema:Place", "schema:City")


def test_words_told_in_a_who_clause_by_a_player_named_by_his_instrument_and_two_word_quotes():
    r = read("The first copy was handed to the saxophonist Quillon Osgood, who held it up to the window.\n\n"
             "It was produced by Pelham Brennick, who said the band had recorded it at night \"because the city is quieter\". "
             "It was mastered by Lisle Haskett, who cut it in one room \"so that you can hear the chairs\".\n\n"
             "The referee, Culvane Ansty, said he had \"seen nothing\" when the captain complained.\n\n"
             "\"People keep asking why we did not just sell files,\" said the saxophonist.\n\n"
             "\"Next time,\" Osgood said, \"they can bring the sun.\"", date=dt.date(2057, 11, 9))
    q = quotes(r)
    assert ("because the city is quieter", "Pelham Brennick") in q
    assert ("so that you can hear the chairs", "Lisle Haskett") in q
    assert ("seen nothing", "Culvane Ansty") in q
    assert ("People keep asking why we did not just sell files,", "Quillon Osgood") in q
    assert ("Next time,", "Quillon Osgood") in q


def test_a_band_told_by_who_plays_what_on_a_train_between_two_towns():
    r = read("The Upland Wrens play a gig on the railway from Gampola to Haputale\n\n"
             "The Upland Wrens played from the moment the train left Gampola on Saturday until it pulled into Haputale.\n\n"
             "Nilusha Tissera wrote her first song at fifteen. The Upland Wrens are Nilusha Tissera, her husband Ravindu Senarath on guitar, Sampath Vidanage on keyboards, Kumudu "
             "Hettiarachchi on bass and his brother, Ishara Hettiarachchi, on drums.\n\n"
             "The kora went to Awa Diatta, 33, who leads the Kabrousse Quartet.", date=dt.date(2058, 8, 12))
    f = facts(r)
    assert type_of(r, "Gampola") == "schema:City" and type_of(r, "Haputale") == "schema:City"
    assert {(p, "schema:memberOf", "Upland Wrens") for p in ("Nilusha Tissera", "Ravindu Senarath", "Sampath Vidanage",
                                                           "Kumudu Hettiarachchi", "Ishara Hettiarachchi")} <= f
    assert {("Nilusha Tissera", "schema:spouse", "Ravindu Senarath"), ("Kumudu Hettiarachchi", "schema:sibling", "Ishara Hettiarachchi"),
            ("Awa Diatta", "schema:memberOf", "Kabrousse Quartet")} <= f
    assert not any(p == "schema:spouse" and {s, o} & {"Gampola", "Haputale"} for s, p, o in f)


def test_an_unquoted_title_in_another_language_with_a_quoted_gloss_is_a_work():
    r = read("The trip was timed to promote Pahala Udaya Gee (\"Daybreak Songs\"), which came out last month. Kethumathi "
             "Ferrywood wrote the music and Lullwater Sunrise the words.", date=dt.date(2058, 8, 12))
    assert type_of(r, "Pahala Udaya Gee") in ("schema:MusicRecording", "schema:CreativeWork", "schema:MusicAlbum")
    assert "Daybreak Songs" not in entity_names(r)
    assert any("Daybreak Songs" in e.aliases for e in r.entities.values() if e.name == "Pahala Udaya Gee")
    assert ("Pahala Udaya Gee", "schema:composer", "Kethumathi Ferrywood") in facts(r)


def test_founders_and_founding_years_however_the_sentence_is_built():
    r = read("The fair is run by the Saltcote Weavers' Guild, which Orabel Marsk founded in 2041 after twenty years on the road.\n\n"
             "Brackwater Disques was founded in 2039 by Ilario Fenwold, a former sound engineer in Penrith.\n\n"
             "\"We opened with four chairs,\" said Ebbe Nattrass, who founded The Linthorpe Vaults in 2033 and has hosted every night since.\n\n"
             "Last week she signed with Kelderby Management, the Tynedale agency that Petronel Hask founded in 2047.",
             date=dt.date(2058, 2, 11))
    f = facts(r)
    assert {("Saltcote Weavers' Guild", "schema:founder", "Orabel Marsk"), ("Brackwater Disques", "schema:founder", "Ilario Fenwold"),
            ("Linthorpe Vaults", "schema:founder", "Ebbe Nattrass"), ("Kelderby Management", "schema:founder", "Petronel Hask")} <= f
    assert {("Saltcote Weavers' Guild", "schema:foundingDate", "2041"), ("Brackwater Disques", "schema:foundingDate", "2039"),
            ("Linthorpe Vaults", "schema:foundingDate", "2033"), ("Kelderby Management", "schema:foundingDate", "2047")} <= f
    assert type_of(r, "Brackwater Disques") == "schema:Organization"
    assert not any(s == "Tynedale" for s, p, o in f)


def test_a_record_on_its_label_with_its_producer_when_a_gloss_and_a_weekday_stand_between():
    r = read("Mist Jetty play their first hometown show\n\n"
             "Mist Jetty played on Saturday and closed with a song from their album Le Vent Doux (\"The Gentle Breeze\"), released in April "
             "on Brackwater Disques and produced by Ilario Fenwold.\n\n"
             "Managers stopped the show during the third song, Kanta Umi, after fans filled the atrium. "
             "Kanta Umi (\"Blue Sea\") came out on Friday, March 22, on Fellside Records. Alder Vosk wrote the music and Bryony Lisk the "
             "words; Mabli Orrell produced it. The band played it four times.", date=dt.date(2058, 6, 13))
    f = facts(r)
    assert type_of(r, "Le Vent Doux") == "schema:MusicAlbum"
    assert {("Le Vent Doux", "schema:recordLabel", "Brackwater Disques"), ("Le Vent Doux", "schema:producer", "Ilario Fenwold"),
            ("Kanta Umi", "schema:recordLabel", "Fellside Records"), ("Kanta Umi", "schema:producer", "Mabli Orrell")} <= f
    assert type_of(r, "Mabli Orrell") == "schema:Person"


def test_a_book_told_by_its_subject_before_its_title_and_a_group_named_with_small_words():
    r = read("Second place went to Four Lads on a Barge, a sketch quartet made up of Tadhg Greavy, Pim Tolland, Roswald Ambler "
             "and his sister, Clemmie Ambler.\n\n"
             "Tolland will perform again at the club's New Year's Eve gala on Tuesday, December 31.\n\n"
             "Greavy's book on stage fright, Weighing the House, came out in 2052. Tolland's book about the club's early years, "
             "Singing in the Scullery, came out in 2056.", date=dt.date(2058, 2, 11))
    f = facts(r)
    assert {(p, "schema:memberOf", "Four Lads on a Barge") for p in ("Tadhg Greavy", "Pim Tolland", "Roswald Ambler", "Clemmie Ambler")} <= f
    assert {("Weighing the House", "schema:author", "Tadhg Greavy"), ("Singing in the Scullery", "schema:author", "Pim Tolland")} <= f
    assert type_of(r, "Weighing the House") == "schema:Book"
    assert not {"Eve", "New Year"} & entity_names(r)


def test_prizes_taken_home_are_told_as_text_and_no_entity_of_their_own():
    r = read("Teodora Brancati teaches at a school in Lorca. On Saturday night she sang a taranta and went home with the Lucerna de Oro, "
             "the top prize of the town's contest.\n\n"
             "Second place, and the Lucerna de Plata, went to Ofelia Turrent, 44, a fruit packer from Yecla who has entered eleven times.\n\n"
             "At the world final Wanjiru Ochola, 29, a hotel receptionist from Kisumu, took home the Glass Ladle and 10,000 euros.", date=dt.date(2059, 5, 20))
    f = facts(r)
    assert {("Teodora Brancati", "schema:award", "Lucerna de Oro"), ("Ofelia Turrent", "schema:award", "Lucerna de Plata"),
            ("Wanjiru Ochola", "schema:award", "Glass Ladle")} <= f
    assert not {"Lucerna de Oro", "Lucerna de Plata", "Glass Ladle"} & entity_names(r)
    assert type_of(r, "Yecla") == "schema:City"


def test_a_song_released_on_a_holiday_and_sung_by_someone_else_stays_its_maker_s():
    r = read("This year the band's tune is \"Tidewater Gongs\", a calypso that Loreen Pascall released on New Year's Day on Sandbar "
             "Records.\n\n"
             "At the final Ossie Welch sang \"Tidewater Gongs\" to a crowd of two thousand.", date=dt.date(2059, 1, 22))
    f = facts(r)
    assert {("Tidewater Gongs", "schema:byArtist", "Loreen Pascall"), ("Tidewater Gongs", "schema:datePublished", "2059-01-01"),
            ("Tidewater Gongs", "schema:recordLabel", "Sandbar Records")} <= f
    assert ("Tidewater Gongs", "schema:byArtist", "Ossie Welch") not in f


def test_kin_told_by_a_pair_and_a_twin_who_shares_the_surname():
    r = read("Wanjiru Ochola won the final with \"Folded Carillons\", a ballad the Dutch singer Nkirote Hoekstra released in 2044. "
             "Ochola, 29, works nights at a hotel. Her twin sister, Akinyi Ochola, sat in the second row.\n\n"
             "On Monday Ochola signed with Dunga Artists, a Kisumu management company.\n\n"
             "The duet title went to a father and son from Khulna, Anwar Chowdhury, 58, and Tanvir Chowdhury, 24.\n\n"
             "Ruperto Zamudio has voiced the hero since 2031; his wife, Macaria Olvera, and their daughter, Xochitl Zamudio, voice the "
             "twins. Father and daughter are both represented by Ecos del Pedregal, the agency Eusebio Campa founded in 2036.",
             date=dt.date(2059, 11, 18))
    f = facts(r)
    assert {("Wanjiru Ochola", "schema:sibling", "Akinyi Ochola"), ("Wanjiru Ochola", "schema:affiliation", "Dunga Artists"),
            ("Anwar Chowdhury", "schema:children", "Tanvir Chowdhury"), ("Tanvir Chowdhury", "schema:parent", "Anwar Chowdhury"),
            ("Ruperto Zamudio", "schema:affiliation", "Ecos del Pedregal"), ("Xochitl Zamudio", "schema:affiliation", "Ecos del Pedregal"),
            ("Ecos del Pedregal", "schema:founder", "Eusebio Campa"), ("Ecos del Pedregal", "schema:foundingDate", "2036")} <= f
    assert not any(p == "schema:sibling" and "Nkirote Hoekstra" in (s, o) for s, p, o in f)
    assert ("Macaria Olvera", "schema:affiliation", "Ecos del Pedregal") not in f


def test_a_touring_musical_its_director_its_cast_and_its_company_by_two_names():
    r = read("On Saturday the touring musical The Rail Hound held an open call at a community centre in Dryden.\n\n"
             "The musical, with music by Siofra Tierlan and lyrics by her husband, Eoghan Brogan, follows a girl and a stray dog. "
             "Fjordlight Theatre Company is taking it on the road. Eydis Sveinsdottir, who founded Fjordlight in 2044, is directing it.\n\n"
             "The girl is played by Pim Kowalski, 15, from Dauphin, who was cast in May.", date=dt.date(2059, 7, 15))
    f = facts(r)
    assert {("Rail Hound", "schema:composer", "Siofra Tierlan"), ("Rail Hound", "schema:lyricist", "Eoghan Brogan"),
            ("Rail Hound", "schema:director", "Eydis Sveinsdottir"), ("Rail Hound", "schema:actor", "Pim Kowalski"),
            ("Fjordlight Theatre Company", "schema:founder", "Eydis Sveinsdottir")} <= f
    assert ("Rail Hound", "schema:lyricist", "Siofra Tierlan") not in f
    assert "Fjordlight" not in entity_names(r) and type_of(r, "Dauphin") == "schema:City"


def test_an_unquoted_english_gloss_a_label_by_its_first_word_and_a_founder_named_in_full():
    r = read("Her first, Las Tardes del Muelle (The Afternoons of the Jetty), was finished in March and comes out on Friday, September 12 "
             "on Discos Almadraba, a small Cádiz label founded in 2049 by Remedios Quintó.\n\n"
             "On Saturday she stood under the iron roof of the Lonja del Pescado in Águilas and sang for an hour. Her husband runs a "
             "bookshop in the Zurraque quarter.\n\n"
             "Quintó has voiced the hero of the animated series Commodore Marmot in the Latin American Spanish dub since 2031.",
             date=dt.date(2059, 5, 20))
    f = facts(r)
    assert any("The Afternoons of the Jetty" in e.aliases for e in r.entities.values() if e.name == "Las Tardes del Muelle")
    assert {("Las Tardes del Muelle", "schema:recordLabel", "Discos Almadraba"), ("Discos Almadraba", "schema:founder", "Remedios Quintó")} <= f
    assert type_of(r, "Remedios Quintó") == "schema:Person"
    assert type_of(r, "Lonja del Pescado") == "schema:EventVenue" and type_of(r, "Águilas") == "schema:City"
    assert type_of(r, "Zurraque") == "schema:Place"
    assert type_of(r, "Commodore Marmot") == "schema:TVSeries"


def test_an_open_call_and_a_stage_work_that_opens_at_a_named_house_are_events_of_the_work():
    r = read("On Saturday the touring musical The Rail Hound held an open call at the Keewatin Community Hall in Dryden.\n\n"
             "The Rail Hound opens at the Paulin Theatre in Dryden on Thursday, September 18, and then heads west.\n\n"
             "Wenna Pascoe, 58, signed copies of her book, Ink on the Tiles, at the door.", date=dt.date(2059, 7, 15))
    call = events_of(r, "schema:Event")
    stage = events_of(r, "schema:TheaterEvent")
    assert any(("schema:workPresented", "Rail Hound") in participants(r, ev) and
               {"Keewatin Community Hall", "Dryden"} <= {name(r, k) for k in ev.locations} for ev in call)
    assert any(("schema:workPresented", "Rail Hound") in participants(r, ev) and ev.start_date and ev.start_date.iso == "2059-09-18"
               and "Paulin Theatre" in {name(r, k) for k in ev.locations} for ev in stage)
    assert ("Ink on the Tiles", "schema:author", "Wenna Pascoe") in facts(r)


def test_a_band_captain_a_place_named_for_someone_and_a_town_a_journey_began_in():
    r = read("Brinewood Pan Chorus will play in the semifinal at the Chandler's Common Ground on Sunday, January 26.\n\n"
             "Ambrosine Claxton, 58, who has captained Brinewood Pan Chorus since 2046, found the padlock cut on Saturday. "
             "Dacosta Amory missed the first run because he was still driving the borrowed pans down from Moruga.",
             date=dt.date(2059, 1, 22))
    assert ("Ambrosine Claxton", "schema:memberOf", "Brinewood Pan Chorus") in facts(r)
    assert type_of(r, "Chandler's Common Ground") == "schema:Place" and type_of(r, "Moruga") == "schema:City"
    assert not {"Chandler", "Common Ground"} & entity_names(r)


def test_a_duo_by_who_plays_together_a_sentence_case_title_glossed_and_founders_told_by_trade_and_kin():
    r = read("Jurgita Smilga and Liutauras Vaitkus play together as Ruoniai, a duo named after the seals of the bay. Their first "
             "album, Drebulė laukuose (The Trembling Fields), came out in March on Tauno Records, a small label in Pervalka.\n\n"
             "Lindiwe Zondo, 31, works through Ukhozi Interpreting, an agency founded in 2051 by Mkhize Dube. Zondo is managed by "
             "Marula Artist Management, which her older brother, Bheki Zondo, founded in 2052.\n\n"
             "The fall was planned by Tariq Vella, the Maltese coordinator who founded Lokk Rigging in 2046.", date=dt.date(2060, 6, 19))
    f = facts(r)
    assert {("Jurgita Smilga", "schema:memberOf", "Ruoniai"), ("Liutauras Vaitkus", "schema:memberOf", "Ruoniai"),
            ("Drebulė laukuose", "schema:recordLabel", "Tauno Records"), ("Lindiwe Zondo", "schema:affiliation", "Ukhozi Interpreting"),
            ("Marula Artist Management", "schema:founder", "Bheki Zondo"), ("Marula Artist Management", "schema:foundingDate", "2052"),
            ("Lokk Rigging", "schema:founder", "Tariq Vella"), ("Lokk Rigging", "schema:foundingDate", "2046")} <= f
    assert type_of(r, "Drebulė laukuose") == "schema:MusicAlbum"
    assert any("The Trembling Fields" in e.aliases for e in r.entities.values() if e.name == "Drebulė laukuose")


def test_a_prize_a_council_gives_one_won_in_a_year_for_a_deed_and_a_real_mother():
    r = read("Pellegrina Stucchi, 70, has prompted singers for forty years. On Monday the city council voted to give Stucchi the Rosa "
             "d'Oro, Cremona's honour for a life in the arts.\n\n"
             "Iolo Pulford, 33, won the Iron Pulley in 2058 for a motorcycle fall on a thriller. His real mother, Ceinwen Pulford, a "
             "nurse, sat in the front row.", date=dt.date(2060, 4, 2))
    f = facts(r)
    assert {("Pellegrina Stucchi", "schema:award", "Rosa d'Oro"), ("Iolo Pulford", "schema:award", "Iron Pulley"),
            ("Iolo Pulford", "schema:parent", "Ceinwen Pulford")} <= f
    assert "Iron Pulley" not in entity_names(r)


def test_titles_in_sentence_case_typed_by_their_apposition_and_a_house_named_head_first():
    r = read("The Teatro Civico di Varzello staged Il barbiere di Rocca, a comic opera by Ottone Scarpelli that the Civico "
             "revived this season. The production was directed by Giuditta Ranzato.\n\n"
             "Filomena Aschieri has also written a memoir, Sotto il palco, which comes out in October. The city council voted "
             "to give Aschieri the Gigli d'Argento, Varzello's honour for a life in the arts.", date=dt.date(2060, 4, 13))
    f = facts(r)
    assert {("Il barbiere di Rocca", "schema:composer", "Ottone Scarpelli"), ("Il barbiere di Rocca", "schema:director", "Giuditta Ranzato"),
            ("Sotto il palco", "schema:author", "Filomena Aschieri"), ("Sotto il palco", "schema:datePublished", "2060-10")} <= f
    assert type_of(r, "Sotto il palco") == "schema:Book" and type_of(r, "Varzello") == "schema:City"
    assert "Civico" in aliases_of(r, "Teatro Civico di Varzello")
    assert not {"Il", "Rocca", "Civico"} & entity_names(r)


def test_a_paragraph_opening_on_her_after_quoted_colleagues_means_the_one_the_article_is_about():
    r = read("Benedicta Okonkwo retired on Sunday after forty years in the box. She knew every score by heart. Okonkwo said she "
             "would miss the dust.\n\n"
             "Okonkwo took the job over in 2019 from the man who had trained her. She has since worked through about two thousand "
             "performances, she reckons.\n\n"
             "The soprano Eluned Prys, who sang the daughter, said she looked down at the box before every entrance. "
             "\"You do not hear her. You feel her breathe in, and then you breathe in too,\" she said.\n\n"
             "The tenor Osvaldo Rinetti remembered a night in 2044 when he went blank halfway through an aria. \"She gave me the "
             "next line,\" Rinetti said. \"For a minute, Benedicta sang the aria and I just moved my mouth.\"\n\n"
             "Her husband, Corrado Albanesi, watched from the stalls.", date=dt.date(2060, 4, 13))
    f = facts(r, "schema:spouse")
    assert ("Benedicta Okonkwo", "schema:spouse", "Corrado Albanesi") in f
    assert not any("Eluned Prys" in (a, b) for a, _, b in f)


def test_a_lineup_told_by_what_each_played_and_a_label_that_will_release_a_rescued_album():
    r = read("The last time Nadir Trevisol heard the songs of Noite de Vidro, the studio smelled of cigarettes. \"Mud is the "
             "enemy, not water,\" the conservator said.\n\n"
             "The first reel was Noite de Vidro, the second album by Os Bem-Te-Vis, a trio that mixed accordion with drum machines. "
             "Nadir Trevisol sang; Adelino Scapin played guitar; Orestes Zanette, who died in 2049, played accordion.\n\n"
             "Trevisol remembered every word of \"Cuia Fria\", the third track, whose lyrics the poet Jovino Sperb wrote for the band.\n\n"
             "Selo Quatiara, a small Passo Liso label, will release Noite de Vidro on Friday, August 19.", date=dt.date(2061, 5, 12))
    f = facts(r)
    assert {("Nadir Trevisol", "schema:memberOf", "Os Bem-Te-Vis"), ("Adelino Scapin", "schema:memberOf", "Os Bem-Te-Vis"),
            ("Orestes Zanette", "schema:memberOf", "Os Bem-Te-Vis"), ("Orestes Zanette", "schema:deathDate", "2049"),
            ("Cuia Fria", "schema:inAlbum", "Noite de Vidro"), ("Cuia Fria", "schema:lyricist", "Jovino Sperb"),
            ("Noite de Vidro", "schema:recordLabel", "Selo Quatiara"), ("Noite de Vidro", "schema:datePublished", "2061-08-19")} <= f
    assert ("Adelino Scapin", "schema:deathDate", "2049") not in f
    assert type_of(r, "Noite de Vidro") == "schema:MusicAlbum" and type_of(r, "Passo Liso") == "schema:City"
    assert "Mud" not in entity_names(r) and "Nadir Trevisol sang" not in entity_names(r)


def test_two_foundings_in_one_sentence_a_band_a_singer_leads_and_a_songbook_that_is_no_song():
    r = read("Most of the guitars were built by Molo Stringcraft, a workshop that Kioko Ndambuki opened in 2054, and paid for by "
             "the Upendo Mziki Trust, which was founded by Jeremiah Kiprotich in 2050.\n\n"
             "The lending began with a concert by Wanjiru Chege, the singer and guitarist who leads Kijito Strings. Chege played "
             "Mvua Ndogo, the opening song of the band's 2056 album Usiku wa Taa, on a library guitar.\n\n"
             "Each guitar goes out with a copy of Hatua za Mwanzo, a beginners' songbook written by Akinyi Nyaboke.",
             date=dt.date(2061, 9, 26))
    f = facts(r)
    assert {("Molo Stringcraft", "schema:founder", "Kioko Ndambuki"), ("Molo Stringcraft", "schema:foundingDate", "2054"),
            ("Upendo Mziki Trust", "schema:founder", "Jeremiah Kiprotich"), ("Upendo Mziki Trust", "schema:foundingDate", "2050"),
            ("Wanjiru Chege", "schema:memberOf", "Kijito Strings"), ("Mvua Ndogo", "schema:inAlbum", "Usiku wa Taa"),
            ("Usiku wa Taa", "schema:byArtist", "Kijito Strings"), ("Hatua za Mwanzo", "schema:author", "Akinyi Nyaboke")} <= f
    assert type_of(r, "Kioko Ndambuki") == "schema:Person" and type_of(r, "Kijito Strings") == "schema:MusicGroup"
    assert type_of(r, "Mvua Ndogo") == "schema:MusicRecording" and type_of(r, "Hatua za Mwanzo") == "schema:Book"
    assert not {p for s, p, o in f if s == "Mvua Ndogo" and o == "Akinyi Nyaboke"}


def test_a_residents_group_a_couple_who_founded_a_promoter_and_whose_bare_surname_is_whose():
    r = read("Concerts at Larchmere Bowl must finish by 10 p.m. That was the night Spruce Wicket played a sold-out homecoming show "
             "at Larchmere Bowl.\n\n"
             "Elden Farrowby, who founded the residents' group Upper Gulch Watch last year, told the committee the bass "
             "carried a mile.\n\n"
             "The bowl is run by Ninemile Promotions, which Ansel Vrablik and his wife, Brigantia Vrablik, founded in 2044. Vrablik "
             "told the committee the show had been the exception. \"We paid that fine,\" he said.\n\n"
             "Brigantia Vrablik added that most shows had sold out.\n\n"
             "Spruce Wicket's singer, Dermot Pilkavitch, sent the committee a letter. The band's live album took its title from "
             "a joke. \"We got carried away,\" he wrote.", date=dt.date(2061, 7, 8))
    f = facts(r)
    assert {("Upper Gulch Watch", "schema:founder", "Elden Farrowby"), ("Upper Gulch Watch", "schema:foundingDate", "2060"),
            ("Ninemile Promotions", "schema:founder", "Ansel Vrablik"), ("Ninemile Promotions", "schema:founder", "Brigantia Vrablik"),
            ("Ninemile Promotions", "schema:foundingDate", "2044"), ("Dermot Pilkavitch", "schema:memberOf", "Spruce Wicket")} <= f
    assert type_of(r, "Upper Gulch Watch") == "schema:Organization" and type_of(r, "Spruce Wicket") == "schema:MusicGroup"
    assert "Vrablik" in aliases_of(r, "Ansel Vrablik")
    assert ("We got carried away,", "Dermot Pilkavitch") in quotes(r) and ("We paid that fine,", "Ansel Vrablik") in quotes(r)


def test_a_film_told_by_its_director_cast_with_parts_and_the_company_producing_it():
    r = read("A harbour village votes to lend its quay to Drowsy Jetty for six weeks\n\n"
             "The vote, taken in the back room of Trattoria Pelagos, was 41 to 17. It lets Petrel Cove Films, the company that "
             "Stelios Anagnostakis founded in 2053 and that is producing the film, take over the harbour.\n\n"
             "Drowsy Jetty will be directed by Edurne Urizar and is based on The Unpaved Jetty, the 2044 novel by her mother, "
             "Ainhoa Urizar. It stars Serafina Sanfelice as the captain and Yannis Petrakos as her son.\n\n"
             "\"Sixty people live here in winter,\" the village president said. Urizar said she had asked the crew to bring their "
             "own coffee.", date=dt.date(2061, 11, 15))
    f = facts(r)
    assert {("Petrel Cove Films", "schema:founder", "Stelios Anagnostakis"), ("Drowsy Jetty", "schema:productionCompany", "Petrel Cove Films"),
            ("Drowsy Jetty", "schema:director", "Edurne Urizar"), ("Drowsy Jetty", "schema:actor", "Serafina Sanfelice"),
            ("Drowsy Jetty", "schema:actor", "Yannis Petrakos")} <= f
    assert KIND_OF[type_of(r, "Trattoria Pelagos")] == "place" and type_of(r, "Edurne Urizar") == "schema:Person"
    assert "Urizar" in aliases_of(r, "Edurne Urizar") and "Sixty" not in entity_names(r)


def test_a_prize_someone_is_the_winner_of_a_piece_someone_spent_winters_writing_and_a_label_started_in_a_year():
    r = read("From the tower, Jadwiga Ostrowiecka gave the first performance of Sleetfall Upon the Mills, a piece for fifty bells that "
             "Bolesław Kurdziel spent two winters writing.\n\n"
             "Ostrowiecka, the city carillonneur since 2049 and the winner of the city's Złoty Klucz (Gilded Key) in 2056, plays "
             "with her fists.\n\n"
             "Her album Vesperwick was released by Czapla Records in 2058. The label's founder, Przemko Kminek, who started it "
             "in 2047, said a recording would follow.", date=dt.date(2061, 3, 23))
    f = facts(r)
    assert {("Sleetfall Upon the Mills", "schema:composer", "Bolesław Kurdziel"), ("Jadwiga Ostrowiecka", "schema:award", "Złoty Klucz"),
            ("Czapla Records", "schema:founder", "Przemko Kminek"), ("Czapla Records", "schema:foundingDate", "2047")} <= f
    assert "Złoty Klucz" not in entity_names(r)


def test_a_cafe_opened_by_its_owner_and_a_trio_told_player_by_player():
    r = read("Meikyoku Kawasemi, a listening café of the old kind with 4,000 records and a rule against talking while a side is "
             "playing, was opened in 2029 by Tokuichi Hamasaki.\n\n"
             "On Saturday the Sawara Trio played a benefit in the basement with the saxophonist Mitsuru Oshikawa. The trio is the "
             "pianist Chiyoko Urushibara, the bassist Sanetomo Kurimoto and the drummer Naoki Furuhashi.", date=dt.date(2061, 1, 18))
    f = facts(r)
    assert {("Meikyoku Kawasemi", "schema:founder", "Tokuichi Hamasaki"), ("Meikyoku Kawasemi", "schema:foundingDate", "2029"),
            ("Chiyoko Urushibara", "schema:memberOf", "Sawara Trio"), ("Sanetomo Kurimoto", "schema:memberOf", "Sawara Trio"),
            ("Naoki Furuhashi", "schema:memberOf", "Sawara Trio")} <= f
    assert ("Mitsuru Oshikawa", "schema:memberOf", "Sawara Trio") not in f
    assert KIND_OF[type_of(r, "Meikyoku Kawasemi")] == "place"


def test_a_hearing_a_council_held_a_benefit_and_a_set_dated_before_its_venue():
    r = read("The licensing committee of the Kilbrack City Council voted 4 to 1 for the earlier curfew on Wednesday evening, at "
             "the end of a four-hour hearing in Kilbrack.\n\n"
             "On Saturday night the Ossory Trio played a benefit in the basement with the saxophonist Tahiry Andrianasolo.\n\n"
             "On Saturday, August 20, the night after the release, Haldis Haldorsen and Tormod Sæle will play it in full at the "
             "Grieghallen Annex.", date=dt.date(2061, 7, 8))
    hearing = [ev for ev in r.events if ev.kind == "hearing"]
    assert any(("schema:organizer", "Kilbrack City Council") in participants(r, ev) and ev.start_date.iso == "2061-07-06"
               for ev in hearing)
    music = events_of(r, "schema:MusicEvent")
    assert any(("schema:performer", "Ossory Trio") in participants(r, ev) and ev.start_date.iso == "2061-07-02" for ev in music)
    assert any(("schema:performer", "Tormod Sæle") in participants(r, ev) and ev.start_date.iso == "2061-08-20" and
               ev.status == "future" and "Grieghallen Annex" in {name(r, k) for k in ev.locations} for ev in music)


def test_a_possessor_is_not_the_she_of_its_sentence_and_who_walks_for_a_house_is_in_it():
    r = read("It shows the rapper Kobus at the front of the stage and, on a platform to his left, Thandi Vilakazi, an interpreter.\n\n"
             "Vilakazi, 31, was one of four interpreters booked for the festival. She drew the last slot of the day. On Tuesday "
             "Kobus's team confirmed that she will sign his full set.\n\n"
             "Her mother, Lerato Vilakazi, was at the park.\n\n"
             "Tahiry Rakoto, 24, a pastry apprentice who walks for the House of Coral, won the grand prize. The House of Coral has "
             "held the ball every autumn since its founder, Xavière Dumoulin, started the house in 2049.", date=dt.date(2060, 12, 7))
    assert gender_of(r, "Thandi Vilakazi") == "f" and gender_of(r, "Kobus") != "f"
    f = facts(r)
    assert {("Thandi Vilakazi", "schema:parent", "Lerato Vilakazi"), ("Tahiry Rakoto", "schema:memberOf", "House of Coral"),
            ("House of Coral", "schema:foundingDate", "2049")} <= f


def test_a_possessive_inside_a_name_an_album_named_like_a_station_a_prize_won_with_a_win_and_an_agencys_client():
    r = read("Corbel's Rest puts on chamber concerts in a working lighthouse every other Saturday. Tickets for Corbel's Rest sold out "
             "in eleven minutes.\n\n"
             "Corvid Skerry Radio, Anselma Quickthorn's second album, came out on Wickfield Records in 2058. She had learned every word "
             "of Corvid Skerry Radio as a girl.\n\n"
             "Prosper Vasquith won the grand prize in vogue femme at the Fête des Loriots on Saturday night, and with it the "
             "Ferris d'Argent, a heel cast in brass.\n\n"
             "The fall was planned by Oriole Harbinger, who founded Tidewater Stunts in 2046. Tidewater Stunts represents "
             "Mabry Tortoiseshell and supplied most of the stunt team.", date=dt.date(2060, 10, 26))
    f = facts(r)
    assert {("Corvid Skerry Radio", "schema:byArtist", "Anselma Quickthorn"), ("Corvid Skerry Radio", "schema:recordLabel", "Wickfield Records"),
            ("Prosper Vasquith", "schema:award", "Ferris d'Argent"), ("Mabry Tortoiseshell", "schema:affiliation", "Tidewater Stunts")} <= f
    assert type_of(r, "Corvid Skerry Radio") == "schema:MusicAlbum" and type_of(r, "Corbel's Rest") == "schema:Organization"
    assert not {"Corbel", "Rest"} & entity_names(r)


def test_founders_of_a_bar_a_theatre_a_floating_cinema_a_studio_and_a_society_told_after_an_aside():
    r = read("The jukebox at Thornveld Bar has not changed since 2031. Hennie Brakwater, who opened the bar in 2019, loaded the "
             "records himself.\n\n"
             "The Okahandja Theatre retired its ghost light on Friday. The old lamp was first lit by Grozdan Fenerov, who founded "
             "the theatre in 1962 with his wife, the actress Zlatka Milenkova.\n\n"
             "They had come for Boun Pirogue, the floating cinema that Tsvetan Valchev founded in 2057 on a converted rice barge.\n\n"
             "The theatre commissioned a new lamp from Nikolina Gorunova, a glassblower who opened her studio, Stakleno Oko, in "
             "the old district in 2048.\n\n"
             "Rahmi Farouky, who was born in Damietta in 1894 and founded the Damietta Society of Conjurors in 1924, devised the "
             "cabinet two years later.", date=dt.date(2062, 10, 14))
    f = facts(r)
    assert {("Thornveld Bar", "schema:founder", "Hennie Brakwater"), ("Thornveld Bar", "schema:foundingDate", "2019"),
            ("Okahandja Theatre", "schema:founder", "Grozdan Fenerov"), ("Okahandja Theatre", "schema:founder", "Zlatka Milenkova"),
            ("Okahandja Theatre", "schema:foundingDate", "1962"), ("Boun Pirogue", "schema:founder", "Tsvetan Valchev"),
            ("Boun Pirogue", "schema:foundingDate", "2057"), ("Stakleno Oko", "schema:founder", "Nikolina Gorunova"),
            ("Stakleno Oko", "schema:foundingDate", "2048"), ("Damietta Society of Conjurors", "schema:founder", "Rahmi Farouky")} <= f


def test_a_play_directed_by_someones_son_and_prizes_won_in_a_year():
    r = read("Lantana Chorus is based on Kavak Tiles, the 2040 novel by Shamsa Yusra, and it has been directed by her son, Orlin "
             "Dachev.\n\n"
             "Rumyana Tsankova, who won the Grivna Piran in 2041, said she was not nervous.", date=dt.date(2062, 6, 9))
    f = facts(r)
    assert {("Lantana Chorus", "schema:director", "Orlin Dachev"), ("Rumyana Tsankova", "schema:award", "Grivna Piran")} <= f
    assert ("Lantana Chorus", "schema:director", "Shamsa Yusra") not in f


def test_the_happening_an_article_opens_on_is_an_event_even_with_no_trigger_word():
    r = read("Quinta Sorvald gives the Ferrobar its first song in thirty years\n\n"
             "The bar has no stage and no licence for music. On Tuesday evening, in the back room of the Ferrobar in Gallowmere, "
             "Quinta Sorvald stood on a beer crate and sang until the lights went out.\n\n"
             "\"Nobody stopped me,\" Sorvald said.", date=dt.date(2065, 3, 12))
    [ev] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2065-03-10"]
    assert ("schema:attendee", "Quinta Sorvald") in participants(r, ev) and "Gallowmere" in {name(r, k) for k in ev.locations}
    said = read("Brisa Tollan leaves the Drummage Singers\n\n"
                "The Drummage Singers of Quelby said on Monday that Brisa Tollan would leave the choir in May.", date=dt.date(2065, 3, 12))
    assert not [ev for ev in said.events if ev.start_date and ev.start_date.iso == "2065-03-09"]


def test_a_company_with_a_small_word_inside_a_title_with_a_comma_and_a_family_told_by_its_surname():
    r = read("Kovrad és Társai wins the Lángrózsa Cup\n\n"
             "Kovrad és Társai, which Odon Kovrad founded in 2011 to make fireworks for weddings, won the Lángrózsa Cup on Saturday "
             "with a display set to Quietly, the Weirs, a choral piece by the composer Szilvia Mórocz.\n\n"
             "The crowd went silent when the Kovrads let the sky go dark. Mórocz wrote Quietly, the Weirs in 2050.\n\n"
             "Second place went to Krosno Fireworks, the company that Piroska Vadas founded in 2049. Krosno has asked to go first "
             "next year.\n\n"
             "The display was based on Cisterns at Noon, the 2041 novel by Isra bint Sahir.", date=dt.date(2063, 9, 16))
    f = facts(r)
    assert {("Kovrad és Társai", "schema:founder", "Odon Kovrad"), ("Kovrad és Társai", "schema:award", "Lángrózsa Cup"),
            ("Quietly, the Weirs", "schema:composer", "Szilvia Mórocz"), ("Cisterns at Noon", "schema:author", "Isra bint Sahir")} <= f
    assert type_of(r, "Kovrad és Társai") == "schema:Organization" and "Krosno" in aliases_of(r, "Krosno Fireworks")
    assert not {"Társai", "Kovrads", "Quietly", "Weirs", "Krosno", "Isra", "Sahir"} & entity_names(r)
    assert ("Odon Kovrad", "schema:award", "Lángrózsa Cup") not in f


def test_a_drama_called_a_series_a_kinship_word_after_a_name_and_memberships_told_in_asides():
    r = read("Wells of Tamarisk was directed by Haitham Saadi. The series ended last year after its fourth season. It follows a "
             "widow who guards a well, played by Wafiya Harthi, and her grandson, played by Nasser Kindi. Harthi, who is represented "
             "by the Sohar agency Frankincense Talent, said the part had found her.\n\n"
             "The crossing opened the season of Yulduz Arqoni, the family troupe that Rustam Bekov, Shavkat's great-grandfather, "
             "founded in 1961. Nodira Bekova, who has been with Yulduz Arqoni since 2050, learned the rope from her father, "
             "Akmal Bekov. The rope belongs to her brother, Farrukh Bekov, who joined Yulduz Arqoni as its rigger in 2046.\n\n"
             "Zilola Rahim, who sang with the band Qaldirgoch for ten years before going solo, watched from the square.",
             date=dt.date(2063, 5, 21))
    f = facts(r)
    assert type_of(r, "Wells of Tamarisk") == "schema:TVSeries" and gender_of(r, "Rustam Bekov") == "m"
    assert {("Wells of Tamarisk", "schema:actor", "Wafiya Harthi"), ("Wells of Tamarisk", "schema:actor", "Nasser Kindi"),
            ("Wafiya Harthi", "schema:affiliation", "Frankincense Talent"), ("Yulduz Arqoni", "schema:founder", "Rustam Bekov"),
            ("Nodira Bekova", "schema:memberOf", "Yulduz Arqoni"), ("Farrukh Bekov", "schema:memberOf", "Yulduz Arqoni"),
            ("Nodira Bekova", "schema:parent", "Akmal Bekov"), ("Zilola Rahim", "schema:memberOf", "Qaldirgoch")} <= f


def test_a_show_taken_to_a_town_on_a_day_is_an_event_there():
    r = read("Ildar Quorrel, who is managed by the agency Hollinmoor Artists, will take the floating lantern act to the "
             "Ketterby Theatre in Marrowgate for two nights from Thursday, September 14.", date=dt.date(2062, 8, 21))
    [ev] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2062-09-14"]
    assert ("schema:performer", "Ildar Quorrel") in participants(r, ev) and ev.status == "future"
    assert {"Ketterby Theatre", "Marrowgate"} <= {name(r, k) for k in ev.locations}


def test_births_and_prizes_past_an_apposition_and_the_makers_of_a_series_and_a_documentary():
    r = read("The drama series Wells of Ardash ran for four seasons. Instead Cedarline Films, the Sohar company that produced it, has turned the "
             "village into a museum. \"We had a crane booked,\" said Salwa Toqi, who founded Cedarline Films in 2049 and produced "
             "all four seasons. The village was designed by Rashed Balushi, a set designer who was born in Ibri.\n\n"
             "In the front row sat the singer Hawa Tembong, Ngassa's great-granddaughter, who was born in Bafang and won the "
             "Njang Cup in 2060.\n\n"
             "The family is best known from Two Ropes Over Kagan, the documentary Zarina Ulmas made about them for Oqsoy Films.",
             date=dt.date(2063, 5, 21))
    f = facts(r)
    assert {("Wells of Ardash", "schema:productionCompany", "Cedarline Films"), ("Wells of Ardash", "schema:producer", "Salwa Toqi"),
            ("Rashed Balushi", "schema:birthPlace", "Ibri"), ("Hawa Tembong", "schema:birthPlace", "Bafang"),
            ("Hawa Tembong", "schema:award", "Njang Cup"), ("Two Ropes Over Kagan", "schema:director", "Zarina Ulmas"),
            ("Two Ropes Over Kagan", "schema:productionCompany", "Oqsoy Films")} <= f


def test_names_with_two_small_words_or_an_and_inside_and_a_foundation_set_up_by_a_brother_and_sister():
    r = read("The benches belong to Bancos en la Orilla, a foundation that the carpenter Anselmo Quirola and his sister, Delfina "
             "Quirola, set up last year.\n\n"
             "Tjitjo Haikali, who founded the repair shop Gasket and Bobbin in 2049, said the mechanism was sound.", date=dt.date(2062, 4, 11))
    f = facts(r)
    assert {("Bancos en la Orilla", "schema:founder", "Anselmo Quirola"), ("Bancos en la Orilla", "schema:founder", "Delfina Quirola"),
            ("Bancos en la Orilla", "schema:foundingDate", "2061"), ("Gasket and Bobbin", "schema:founder", "Tjitjo Haikali"),
            ("Gasket and Bobbin", "schema:foundingDate", "2049")} <= f
    assert not {"Gasket", "Bobbin", "Orilla", "Bancos"} & entity_names(r)


def test_titles_with_small_words_a_company_named_like_a_theatre_and_a_show_taken_to_a_town():
    r = read("Velmora Theatre opened Palms Whisper Gloves, a play in sign language, on Friday at the Lindel Playhouse in Brackwell.\n\n"
             "The play, staged in sign language by the deaf company Velmora Theatre, is based on Twelve Gates of Sleet, the 2049 "
             "novel by Osric Talbane. Brenna Fosk, who founded Velmora in 2040, lost her hearing to an illness; in 2055 she won "
             "the Pellingham Award.\n\n"
             "Velmora Theatre takes Palms Whisper Gloves to Orbeck on Friday, July 4, for two nights.\n\n"
             "On Tuesday evening about 900 people stood outside Pelvaro to watch Parcels from the Sawmill, a nine-minute animated "
             "film projected onto a grain silo. The animator Wenna Kinsop founded Lanternhouse Films, which made the film, in 2051 with her "
             "husband, Aurel Vennard. Corvin Aske, who plays the tamboril in the band Hollowreed, was born in Quessa.",
             date=dt.date(2064, 6, 16))
    f = facts(r)
    assert {("Palms Whisper Gloves", "schema:isBasedOn", "Twelve Gates of Sleet"), ("Twelve Gates of Sleet", "schema:author", "Osric Talbane"),
            ("Lanternhouse Films", "schema:founder", "Aurel Vennard"), ("Lanternhouse Films", "schema:foundingDate", "2051"),
            ("Parcels from the Sawmill", "schema:productionCompany", "Lanternhouse Films"),
            ("Corvin Aske", "schema:memberOf", "Hollowreed")} <= f
    # (a company, not the house its name sounds like)
    assert type_of(r, "Velmora Theatre") in ("schema:Organization", "schema:PerformingGroup") and type_of(r, "Orbeck") == "schema:City"
    assert not {"Gates of Sleet", "Sawmill"} & entity_names(r)
    assert not any(p == "schema:actor" and o == "Corvin Aske" for _, p, o in f)
    [visit] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2064-07-04"]
    assert {("schema:performer", "Velmora Theatre"), ("schema:workPresented", "Palms Whisper Gloves")} <= participants(r, visit)
    assert [name(r, k) for k in visit.locations] == ["Orbeck"]
    # (a prize told by its year and a sense lost are no events of the article)
    assert not [ev for ev in r.events if ev.kind in ("ceremony", "hearing")]


def test_a_landmark_told_by_its_apposition_a_society_called_a_quartet_and_companies_started_in_a_year():
    r = read("Cantori di Valle record an album in a tower\n\n"
             "Four singers fit inside Torre Vasca Malvine, the stone tower on a hill above Verrasca, but only just. On Thursday night "
             "the only sound came from Cantori di Valle.\n\n"
             "The singer Piero Gallun founded Cantori di Valle in 2030. The quartet was there to record Vento e Pietra, its second album. "
             "Gorsk Scalmo, the bassu, who has sung with the group since 2041, said the walls were kind. The custodian who looks "
             "after Vasca Malvine agreed.\n\n"
             "Sunniva Osgood started Vantor FM in 2041 as a one-room station. Runa Belcourt, a historian whose book Tides That "
             "Talked, published last year, traces the songs, was there. The lute, built in Kestermund in 1920, was played.",
             date=dt.date(2064, 12, 14))
    f = facts(r)
    assert type_of(r, "Torre Vasca Malvine") == "schema:Place" and "Vasca Malvine" in aliases_of(r, "Torre Vasca Malvine")
    assert type_of(r, "Cantori di Valle") == "schema:MusicGroup" and type_of(r, "Vantor FM") == "schema:Organization"
    assert type_of(r, "Kestermund") == "schema:City"
    assert {("Vento e Pietra", "schema:byArtist", "Cantori di Valle"), ("Gorsk Scalmo", "schema:memberOf", "Cantori di Valle"),
            ("Vantor FM", "schema:founder", "Sunniva Osgood"), ("Vantor FM", "schema:foundingDate", "2041"),
            ("Tides That Talked", "schema:author", "Runa Belcourt")} <= f


def test_a_title_in_another_language_a_parent_of_two_siblings_and_a_singer_with_a_band():
    r = read("The animated film Pennet the Tern opened on Saturday at the Imbry Cinema in Brackwell. In Wendish the film is called "
             "Pavolka.\n\n"
             "The singer Lusia Verhan was joined on stage by her brother, Teodric Verhan, and their father, Gallo Verhan, sat in the "
             "front row. Sabeth Fenwray, who sings with the folk band Skerrimoor, recorded the lullaby.", date=dt.date(2064, 2, 12))
    f = facts(r)
    assert "Pavolka" in aliases_of(r, "Pennet the Tern")
    assert {("Lusia Verhan", "schema:parent", "Gallo Verhan"), ("Teodric Verhan", "schema:parent", "Gallo Verhan"),
            ("Gallo Verhan", "schema:children", "Lusia Verhan"), ("Sabeth Fenwray", "schema:memberOf", "Skerrimoor")} <= f


def test_a_troupe_opens_its_show_takes_it_town_by_town_and_a_documentary_maker_is_no_work():
    r = read("Ombrel Troupe opens Yorrow Lampions in Canvey\n\n"
             "The Ombrel Troupe opened its winter show, Yorrow Lampions, on Saturday night at the Tamarind Hall in Canvey. The show was "
             "staged by Feddick Wicklund. Wicklund, who is married to Quintessa Drabble, said the hall was cold.\n\n"
             "The filmmaker Brannagh Ostrova, whose documentary about the troupe, Abernoth and Ketch, was produced by Kelso Pictures, filmed the show.\n\n"
             "The troupe will perform it in Lisle on Saturday, April 18, in Astolat on Saturday, April 25, and in Yarrowby on "
             "Friday, May 1.", date=dt.date(2065, 4, 9))
    f = facts(r)
    assert type_of(r, "Ombrel Troupe") == "schema:PerformingGroup" and type_of(r, "Brannagh Ostrova") == "schema:Person"
    assert {("Yorrow Lampions", "schema:director", "Feddick Wicklund"), ("Feddick Wicklund", "schema:spouse", "Quintessa Drabble"),
            ("Abernoth and Ketch", "schema:director", "Brannagh Ostrova"),
            ("Abernoth and Ketch", "schema:productionCompany", "Kelso Pictures")} <= f
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2065-04-04"]
    assert {("schema:performer", "Ombrel Troupe"), ("schema:workPresented", "Yorrow Lampions")} <= participants(r, night)
    stops = {ev.start_date.iso: [name(r, k) for k in ev.locations] for ev in r.events if ev.status == "future"}
    assert stops == {"2065-04-18": ["Lisle"], "2065-04-25": ["Astolat"], "2065-05-01": ["Yarrowby"]}


def test_a_band_founded_by_one_joined_by_others_and_its_stops_named_by_town_and_day():
    r = read("The Sallowmere Band wins two prizes\n\n"
             "Seskin Morwen's band, the Sallowmere Band, won Fiddler of the Year and Harp of the Decade at the Vanko Awards. The "
             "Sallowmere Band, which means reed bed, was founded in Canvey in 2040 by Tulkas Hartsey.\n\n"
             "Morwen joined in 2054, after Hartsey heard her singing at a wedding in Wyck; she was born in Dunnet. The bass "
             "player, Ardent Skelt, came a year later.\n\n"
             "The band will play Lisle on Friday, December 18, Astolat on Sunday, December 20, and Yarrowby on Wednesday, "
             "December 23, before crossing to Tiernan for a concert on Saturday, January 9.", date=dt.date(2065, 12, 6))
    f = facts(r)
    assert {("Sallowmere Band", "schema:founder", "Tulkas Hartsey"), ("Seskin Morwen", "schema:memberOf", "Sallowmere Band"),
            ("Ardent Skelt", "schema:memberOf", "Sallowmere Band"), ("Seskin Morwen", "schema:birthPlace", "Dunnet")} <= f
    assert not any(p == "schema:birthPlace" and s == "Tulkas Hartsey" for s, p, _ in f)
    assert not {"Fiddler", "Harp of the Decade", "Fiddler of the Year"} & entity_names(r)
    stops = {ev.start_date.iso: [name(r, k) for k in ev.locations] for ev in r.events if ev.status == "future"}
    assert stops == {"2065-12-18": ["Lisle"], "2065-12-20": ["Astolat"], "2065-12-23": ["Yarrowby"], "2066-01-09": ["Tiernan"]}


def test_players_of_an_ensemble_a_patronymic_a_title_with_que_and_a_singer_known_as_another_bands():
    r = read("The Ferrow Ensemble plays in Lisle\n\n"
             "Seskin Yorrow plays second lute in the Ferrow Ensemble, which she joined in 2061. Drabble Prenn has played lead "
             "drum and led the Ferrow Ensemble since 2056.\n\n"
             "The Ferrow Ensemble was founded in 2058 by Bramwell Tiernan uulu, who still plays his first lute. Bramwell Tiernan uulu "
             "met Yorrow when Ostrova Kelso, the ensemble's jaw-harp player, brought her to a rehearsal; he was born in Lisle.\n\n"
             "Abernoth Vanko is better known to younger audiences as the singer of the rock band Skelt Wyck. Canvey Murgatroyd, "
             "whose collection Astolat que Dunnet came out last year, is married to Embry Hartsey. Tiernan uulu said "
             "the hall was cold.", date=dt.date(2065, 6, 15))
    f = facts(r)
    assert "Bramwell Tiernan uulu" in entity_names(r) and "Tiernan uulu" in aliases_of(r, "Bramwell Tiernan uulu")
    assert {("Bramwell Tiernan uulu", "schema:birthPlace", "Lisle"), ("Ostrova Kelso", "schema:memberOf", "Ferrow Ensemble"),
            ("Seskin Yorrow", "schema:memberOf", "Ferrow Ensemble"), ("Drabble Prenn", "schema:memberOf", "Ferrow Ensemble"),
            ("Abernoth Vanko", "schema:memberOf", "Skelt Wyck"), ("Astolat que Dunnet", "schema:author", "Canvey Murgatroyd"),
            ("Canvey Murgatroyd", "schema:spouse", "Embry Hartsey")} <= f
    assert not any(p == "schema:actor" for _, p, _ in f)


def test_an_album_from_a_game_a_play_premiered_and_records_produced_and_books_collected():
    r = read("The Quillon Mummers premiere Marrick's Ocelot\n\n"
             "The Quillon Mummers premiered Marrick's Ocelot, a new shadow play, on Sunday night in Ossery. It is adapted from "
             "Tennick Quillet, the 2059 children's novel by Pelloway Havelet.\n\n"
             "The evening closed with \"Lowdham Glimmerings\", the theme of the game Ossery Ocelot Chase. It is also the opening track of Marrick "
             "Glimmerings, the troupe's album of music from the game, which came out in March on Havelet Records.\n\n"
             "A new album, Tennick Tides, comes out in May on Havelet Records and includes a longer \"Lowdham Glimmerings\". The "
             "engineer Dorra Quillet produced it.\n\n"
             "Pelloway Havelet, whose collection Ossery Mummers came out last year, is married to Tennick Ocelot.",
             date=dt.date(2065, 4, 9))
    f = facts(r)
    assert {("Tennick Quillet", "schema:author", "Pelloway Havelet"), ("Tennick Quillet", "schema:datePublished", "2059"),
            ("Marrick Glimmerings", "schema:datePublished", "2065-03"), ("Tennick Tides", "schema:producer", "Dorra Quillet"),
            ("Ossery Mummers", "schema:author", "Pelloway Havelet"), ("Pelloway Havelet", "schema:spouse", "Tennick Ocelot")} <= f
    assert not any(s == "Marrick's Ocelot" and p == "schema:datePublished" for s, p, _ in f)
    assert not any(s == "Ossery Ocelot Chase" and p in ("schema:datePublished", "schema:recordLabel") for s, p, _ in f)
    assert ("Lowdham Glimmerings", "schema:producer", "Dorra Quillet") not in f


def test_a_studio_founded_by_a_couple_its_dancers_books_and_films_told_in_passing():
    r = read("Tavoro Dubbing performs in Rokotuni\n\n"
             "The idea was that of Lusiana Kaimere, a dubbing artist who founded Tavoro Dubbing in 2047 with her husband, the recording "
             "engineer Ferrand Ulloa. Tavoro's studio is a former boat shed. The two leads, Teodric Verhan and Wenna Kinsop, met on "
             "the set and married in 2059.\n\n"
             "The twelve dancers of Danzon Quelaj wore masks carved at Solar Tecum, which was founded in 1887 by Orsina Tecum. The "
             "house is also the subject of Semblanzas de Brine, the book the anthropologist Sabeth Fenwray published last year. Their "
             "album, Brine Reels, was produced by the band's keyboard player, Rosko Quern.\n\n"
             "The Ormsby Wireless, which was directed by Pernelle Halvo and came out last year, opened the pianos in the streets "
             "of Rokotuni.", date=dt.date(2063, 7, 16))
    f = facts(r)
    assert type_of(r, "Tavoro Dubbing") == "schema:Organization" and "Tavoro" in aliases_of(r, "Tavoro Dubbing")
    assert type_of(r, "Danzon Quelaj") == "schema:PerformingGroup" and type_of(r, "Ormsby Wireless") == "schema:Movie"
    assert type_of(r, "Rokotuni") == "schema:City"
    assert {("Tavoro Dubbing", "schema:founder", "Ferrand Ulloa"), ("Teodric Verhan", "schema:spouse", "Wenna Kinsop"),
            ("Solar Tecum", "schema:foundingDate", "1887"), ("Semblanzas de Brine", "schema:author", "Sabeth Fenwray"),
            ("Ormsby Wireless", "schema:director", "Pernelle Halvo"), ("Brine Reels", "schema:producer", "Rosko Quern")} <= f


def test_companies_and_duos_told_by_their_founding_and_plural_verbs_and_a_show_taken_stop_by_stop():
    r = read("Velsora Jatra open Ulvik Fair in Dravan\n\n"
             "The first night came on Sunday at the Tirabo Field in Dravan, where Velsora Jatra opened Ulvik Fair in front of "
             "6,000 people. Velsora Jatra was founded in 2036 by Pennick Moskin, who watched from a folding chair.\n\n"
             "Moskin is the orator of Quesnel Yelland, one of the oldest hira troupes still working the city's circuit.\n\n"
             "Bruvik Sand are managed by Sandor Bookings. Their producer, Isbrand Brenneck, was born in Pelvaro, where the tour "
             "begins. The tour opens in Pelvaro on Thursday, October 14, and ends in Quessa on Friday, November 5.\n\n"
             "After Dravan, Velsora Jatra takes Ulvik Fair to Bankorra on Friday, February 26, to Bishmoor on Tuesday, March 2, "
             "and to Purravel on Saturday, March 6.", date=dt.date(2066, 2, 17))
    f = facts(r)
    assert type_of(r, "Velsora Jatra") == "schema:Organization" and type_of(r, "Quesnel Yelland") == "schema:PerformingGroup"
    assert type_of(r, "Bruvik Sand") == "schema:MusicGroup" and type_of(r, "Ulvik Fair") != "schema:Person"
    assert type_of(r, "Pelvaro") == "schema:City"
    assert ("Velsora Jatra", "schema:founder", "Pennick Moskin") in f
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2066-02-14"]
    assert ("schema:performer", "Velsora Jatra") in participants(r, night)
    visits = {ev.start_date.iso: [name(r, k) for k in ev.locations] for ev in r.events if ev.start_date and ev.start_date.iso >= "2066-02-26"
              and ev.start_date.iso <= "2066-03-06"}
    assert visits == {"2066-02-26": ["Bankorra"], "2066-03-02": ["Bishmoor"], "2066-03-06": ["Purravel"]}
    assert {ev.start_date.iso for ev in r.events if ev.start_date and "Pelvaro" in [name(r, k) for k in ev.locations]} == {"2066-10-14"}


def test_after_a_semicolon_he_is_the_one_the_sentence_opened_on_or_the_one_its_subject_hired():
    r = read("The Ferrow Ensemble plays in Lisle\n\n"
             "The music is by Ordo Tallowby, who has written for the Ferrow Ensemble since 2049. Bramwell Kade first heard him in a "
             "wedding band and hired him the same week; he was born in Dunnet.\n\n"
             "Seskin Yorrow joined the Ferrow Ensemble in 2052, after Bramwell Kade heard her singing at a wedding; she was born "
             "in Astolat.", date=dt.date(2066, 2, 17))
    f = facts(r)
    assert {("Ordo Tallowby", "schema:birthPlace", "Dunnet"), ("Seskin Yorrow", "schema:birthPlace", "Astolat")} <= f
    assert not any(s == "Bramwell Kade" and p == "schema:birthPlace" for s, p, _ in f)


def test_two_births_told_in_one_sentence_each_go_to_their_own_person():
    r = read("Velsora Jatra opens in Dravan\n\n"
             "Seskin Yorrow and Wenna Kinsop founded the duo in 2058. Yorrow was born in Lisle and moved to Dunnet as a teenager; "
             "Kinsop was born in Dunnet and has never lived anywhere else.", date=dt.date(2066, 10, 1))
    f = facts(r)
    assert {("Seskin Yorrow", "schema:birthPlace", "Lisle"), ("Wenna Kinsop", "schema:birthPlace", "Dunnet")} <= f


def test_credits_told_by_a_trade_word_a_sung_title_a_possessed_song_and_a_single_by_its_singer():
    r = read("Brindle Works shows its new series\n\n"
             "The series, Quorran Heights, is being directed by the animator Idra Vasquell and will air in November.\n\n"
             "The score is by the fiddler Bertil Ferrowby. He also wrote the film's closing song, \"Ossa Tollen\", which came out "
             "as a single on Pinnock Records.\n\n"
             "The hymn \"Umber Ledgerow\" came out on Pinnock Records last month as a single sung by the singer Rosa Pimmet.\n\n"
             "The band's lead singer, Gwenna Fairlow, sang the mother's reply, \"Hushed Fieldings\", alone and without drums.\n\n"
             "The chapel's closing song, \"Squall Ledgery\", came out last month. Iwan Bracewell wrote the song and said he had nearly "
             "cut it.\n\nThe album's first single, \"Tarnwickel\", features the drum dancer Obi Lanzetter, whose frame drum answers the "
             "two voices.", date=dt.date(2066, 6, 7))
    f = facts(r)
    assert ("Quorran Heights", "schema:director", "Idra Vasquell") in f
    assert ("Quorran Heights", "schema:datePublished", "2066-11") in f
    assert ("Ossa Tollen", "schema:composer", "Bertil Ferrowby") in f
    assert not any(p == "schema:author" and o == "Bertil Ferrowby" for _, p, o in f)
    assert ("Umber Ledgerow", "schema:byArtist", "Rosa Pimmet") in f
    assert type_of(r, "Hushed Fieldings") == "schema:MusicRecording" and ("Hushed Fieldings", "schema:byArtist", "Gwenna Fairlow") in f
    assert ("Squall Ledgery", "schema:composer", "Iwan Bracewell") in f
    assert ("Tarnwickel", "schema:byArtist", "Obi Lanzetter") in f


def test_the_music_of_a_show_and_a_series_that_went_out_last_year():
    r = read("Kelda Players open a new play\n\n"
             "The Kelda Players opened Brine Ledgerwick, their new play, on Sunday at the Tolsey Barn in Ludlow. The music is by "
             "the drummer Iwan Bracewell, who has written for the company since 2049.\n\n"
             "Dunmere Rise, a family drama made by Kiaro Productions, went out last year and became the most-watched local series "
             "in a decade.", date=dt.date(2066, 6, 7))
    f = facts(r)
    assert ("Brine Ledgerwick", "schema:composer", "Iwan Bracewell") in f
    assert ("Dunmere Rise", "schema:datePublished", "2065") in f


def test_a_town_told_before_where_the_troupe_will_take_the_piece_and_a_second_date_after_it():
    r = read("Anjara Brindo brings Vela Morandava to Ambato\n\n"
             "The troupe Anjara Brindo gave Vela Morandava, its new piece, on Sunday afternoon at Saha Rovolo in Ambato.\n\n"
             "The orator, Haja Rantolova, who joined Brindo in 2048, was born in Mahabo, where the troupe will take the piece on "
             "Sunday, May 2, before a second date in Ikongo on Sunday, May 16.", date=dt.date(2066, 4, 13))
    visits = {ev.start_date.iso: ([name(r, k) for k in ev.locations], participants(r, ev)) for ev in r.events if ev.kind == "visit"}
    assert set(visits) == {"2066-05-02", "2066-05-16"}
    assert visits["2066-05-02"][0] == ["Mahabo"] and visits["2066-05-16"][0] == ["Ikongo"]
    assert all(("schema:performer", "Anjara Brindo") in p and ("schema:performer", "Haja Rantolova") not in p for _, p in visits.values())
    # (the group's last word, which the model took for a person, is the group: no one of the article bears it)
    assert ("Haja Rantolova", "schema:memberOf", "Anjara Brindo") in facts(r) and "Brindo" not in entity_names(r)
    assert type_of(r, "Saha Rovolo") == "schema:EventVenue"


def test_a_band_told_by_its_plural_founding_plays_dance_nights_on_a_dated_run_town_by_town():
    r = read("Brennow Kerlo bring their first album back on vinyl\n\n"
             "Brennow Kerlo were founded in Morlenc in 2038 by the bombarde player Yann Keraskel and the accordionist Riwan Tallec. "
             "Riwan Tallec joined the band after a wedding.\n\n"
             "Keraskel played the whole of Saturday's fest-noz at the Tavarn Hall standing up.\n\n"
             "Brennow Kerlo will take the reissue on the road this winter, with dance dates in Pontmelin on Saturday, February 5, "
             "in Kergastel on Saturday, February 19 and in Lannevez on Saturday, March 5.", date=dt.date(2067, 1, 18))
    f = facts(r)
    assert type_of(r, "Brennow Kerlo") == "schema:MusicGroup"
    assert {("Brennow Kerlo", "schema:founder", "Yann Keraskel"), ("Brennow Kerlo", "schema:founder", "Riwan Tallec")} <= f
    assert not any(ev.kind == "festival" for ev in r.events)
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2067-01-15"]
    assert night.kind == "concert" and "Tavarn Hall" in [name(r, k) for k in night.locations]
    stops = {ev.start_date.iso: [name(r, k) for k in ev.locations] for ev in r.events if ev.start_date and ev.start_date.iso >= "2067-02"}
    assert stops == {"2067-02-05": ["Pontmelin"], "2067-02-19": ["Kergastel"], "2067-03-05": ["Lannevez"]}


def test_stops_told_with_their_weekdays_and_again_and_a_second_singer_each_get_their_own_night():
    r = read("Velora Pasquin signs and sets dates\n\n"
             "The singer Velora Pasquin will sing \"Ombrella\" live for the first time at a launch concert at Ormond Hall in Corozal "
             "on Saturday, December 10, and again in Benque Viejo on Saturday, December 17.\n\n"
             "The group Sail Tessary will tour from Saturday, October 15. The tour starts in Solarow on Saturday, October 15 "
             "and goes on to Isangel on Wednesday, October 19 and Norsup on Saturday, October 29.\n\n"
             "Pasquin will give a homecoming concert in Belmopan on Friday, November 25, and she and the drummer Edric Quollan "
             "will play together in Placencia on Friday, December 2.", date=dt.date(2067, 10, 7))
    days = {ev.start_date.iso: [name(r, k) for k in ev.locations] for ev in r.events if ev.start_date}
    assert days["2067-12-10"] == ["Ormond Hall", "Corozal"] and days["2067-12-17"] == ["Benque Viejo"]
    assert days["2067-10-19"] == ["Isangel"] and days["2067-10-29"] == ["Norsup"] and "Solarow" in days["2067-10-15"]
    assert days["2067-11-25"] == ["Belmopan"] and days["2067-12-02"] == ["Placencia"]
    [launch] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2067-12-10"]
    assert {("schema:performer", "Velora Pasquin"), ("schema:workPresented", "Ombrella")} <= participants(r, launch)


def test_a_launch_told_before_its_record_and_a_production_opened_at_a_new_house():
    r = read("Velkro Sound return to Pella Bar\n\n"
             "The band Velkro Sound will be back at Pella Bar on Saturday, March 4, to launch Night Ferrying, their second album, "
             "which Gorsemoor Records releases the day before.\n\n"
             "The Tavlin Theatre Company premiered Salt Wallow, a new play, last week in a mine near Karwan. After that the "
             "production moves above ground: the company opens it at the Ravi Arts House in Multan on Thursday, July 6, where, "
             "the director said, it will have to find another way.", date=dt.date(2062, 2, 20))
    [launch] = [ev for ev in r.events if ev.kind == "launch"]
    assert launch.start_date.iso == "2062-03-04" and [name(r, k) for k in launch.locations] == ["Pella Bar"]
    assert ("schema:workPresented", "Night Ferrying") in participants(r, launch)
    assert ("Night Ferrying", "schema:datePublished", "2062-03-03") in facts(r)  # "the day before" the night just told
    [opening] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2062-07-06"]
    assert opening.kind == "stage" and ("schema:performer", "Tavlin Theatre Company") in participants(r, opening)


def test_swahili_names_a_group_less_its_kind_word_a_person_of_a_group_and_a_garden_by_its_apposition():
    r = read("Juma Hamisi Kombo of Nuru ya Mwezi Orchestra dies at 84\n\n"
             "Juma Hamisi Kombo, the oud player who founded Nuru ya Mwezi Orchestra, died on Sunday at his home in Lamu. He played "
             "with Nuru ya Mwezi for more than thirty years.\n\n"
             "The orchestra will give a memorial concert in Shamba ya Kivuli, the walled garden near the old harbour in Lamu, on "
             "Friday, September 16. It is being organised by Chama cha Muziki Kusini, the island's association of music clubs.",
             date=dt.date(2067, 8, 11))
    assert type_of(r, "Nuru ya Mwezi Orchestra") == "schema:MusicGroup" and type_of(r, "Juma Hamisi Kombo") == "schema:Person"
    assert not any(n.startswith("Juma Hamisi Kombo of") for n in entity_names(r)) and "Nuru ya Mwezi" not in entity_names(r)
    assert type_of(r, "Shamba ya Kivuli") == "schema:Place" and type_of(r, "Chama cha Muziki Kusini") == "schema:Organization"
    assert ("Nuru ya Mwezi Orchestra", "schema:founder", "Juma Hamisi Kombo") in facts(r)


def test_a_group_led_by_its_teacher_a_title_with_a_small_word_and_the_piece_its_album_opens_with():
    r = read("Nasi Sorivo say goodbye before a tour\n\n"
             "The stage was the sea, off a black-sand beach on the west coast of Vanulo. The women are Nasi Sorivo. Nasi Sorivo were "
             "founded in 2049 by Ovila Pelasko.\n\n"
             "The group has been led since 2061 by Oddny Tanmaro, a primary-school teacher. Her daughter, Senna Tanmaro, 15, "
             "joined the group last year. Tavo Vusenai is married to Tanmaro. Tanmaro said the hard part of touring was the water.\n\n"
             "The group needs calm sea. Their first album, Sorivo long Vanulo, came out last week on Tamtam Records. The album opens "
             "with \"Lumo i Kamba\", a piece Pelasko composed after a cyclone.\n\n"
             "The tour, booked by Nakaru Bookings, which has represented the group since 2063, starts on Saturday, October 15.",
             date=dt.date(2067, 10, 7))
    f = facts(r)
    assert type_of(r, "Vanulo") == "schema:Place" and type_of(r, "Nakaru Bookings") == "schema:Organization"
    assert {("Oddny Tanmaro", "schema:memberOf", "Nasi Sorivo"), ("Oddny Tanmaro", "schema:spouse", "Tavo Vusenai")} <= f
    assert "Tanmaro" not in entity_names(r)  # (the mother, told first, whom "said" makes no group)
    assert type_of(r, "Sorivo long Vanulo") == "schema:MusicAlbum" and ("Sorivo long Vanulo", "schema:byArtist", "Nasi Sorivo") in f
    assert ("Sorivo long Vanulo", "schema:datePublished", "2067") in f  # ("last week" ran over two months: the year)
    assert {("Lumo i Kamba", "schema:inAlbum", "Sorivo long Vanulo"), ("Lumo i Kamba", "schema:composer", "Ovila Pelasko")} <= f
    assert not any(s == "Sorivo long Vanulo" and p == "schema:composer" for s, p, _ in f)
    assert ("Nasi Sorivo", "schema:affiliation", "Nakaru Bookings") in f


def test_who_has_directed_the_orchestra_since_a_year_is_in_it():
    r = read("Orchestra plans a memorial\n\n"
             "The orchestra Nuru Kivulo played on Tuesday. Their daughter, Zawadi Omarro, plays the qanun and has directed the "
             "orchestra since her father stepped back in 2061.", date=dt.date(2067, 8, 11))
    assert ("Zawadi Omarro", "schema:memberOf", "Nuru Kivulo") in facts(r)


def test_a_television_contest_its_channel_and_first_airing_and_the_trophy_its_winner_takes_home():
    r = read("Rona Velisi wins the Sesê Kevir final\n\n"
             "Rona Velisi won the final of Sesê Kevir on Saturday night with a song about her grandfather. She takes home the "
             "Bilûra Sor, a gilded flute that serves as the show's trophy, and a contract with Kewan Records.\n\n"
             "Sesê Kevir, whose title means the voice of the stone, is a television contest for folk singers. It began airing on "
             "Rojava TV in January. The channel makes the show, which was devised by its producer, Nesrin Kavoli.",
             date=dt.date(2067, 3, 14))
    f = facts(r)
    assert type_of(r, "Sesê Kevir") == "schema:TVSeries"
    assert {("Sesê Kevir", "schema:datePublished", "2067-01"), ("Sesê Kevir", "schema:productionCompany", "Rojava TV"),
            ("Sesê Kevir", "schema:producer", "Nesrin Kavoli"), ("Rona Velisi", "schema:award", "Bilûra Sor")} <= f


def test_the_one_heard_and_told_is_not_the_one_who_heard_him_and_an_age_before_a_birth():
    r = read("Runner-up tells his story\n\n"
             "The runner-up, Dilo Sindoran, is a lorry driver. The jury chair, Xelo Mizoran, discovered him. Mizoran first heard him "
             "singing to himself at a tea house three years ago and told him to enter; he was born in Zakhor.\n\n"
             "The oldest name on the bill is Tuyo Lawenga, 77, who was born in Ulu Semadoh, a village on the upper river.",
             date=dt.date(2067, 3, 14))
    f = facts(r)
    assert ("Dilo Sindoran", "schema:birthPlace", "Zakhor") in f and ("Xelo Mizoran", "schema:birthPlace", "Zakhor") not in f
    assert ("Tuyo Lawenga", "schema:birthPlace", "Ulu Semadoh") in f


def test_the_son_of_two_parents_a_list_of_kin_the_village_where_he_was_born_and_a_song_s_tune_and_words():
    r = read("Kerlo Dour reissue their album\n\n"
             "Yann Perrec and Soaz Kervella are married. Their album Tro an Noz came out in 2041. Their best-known piece, "
             "\"Gwerz ar Velin\", is the album's fourth track. Perrec wrote the tune and Kervella the words.\n\n"
             "The remastering was done by Tanguy Perrec, the son of Perrec and Kervella, who found the tapes in an attic.\n\n"
             "Omari Haji Kombo died on Sunday. He was buried on Monday in Kizimbo, the fishing village in the south of the island "
             "where he was born. He is survived by his wife, Zuhura Salim, his daughter and four grandchildren.",
             date=dt.date(2067, 1, 18))
    f = facts(r)
    assert {("Gwerz ar Velin", "schema:composer", "Yann Perrec"), ("Gwerz ar Velin", "schema:lyricist", "Soaz Kervella")} <= f
    assert ("Gwerz ar Velin", "schema:inAlbum", "Tro an Noz") in f and not any(s == "Tro an Noz" and p == "schema:lyricist" for s, p, _ in f)
    assert {("Tanguy Perrec", "schema:parent", "Yann Perrec"), ("Tanguy Perrec", "schema:parent", "Soaz Kervella")} <= f
    assert ("Omari Haji Kombo", "schema:birthPlace", "Kizimbo") in f
    assert not any(p in ("schema:parent", "schema:children") and "Zuhura Salim" in (s, o) for s, p, o in f)


def test_a_label_releases_the_single_on_a_day_and_she_was_born_where_the_one_he_heard_was():
    r = read("Velora Quist signs with a label\n\n"
             "\"Ombrena\" is the first single of the singer Velora Quist. It was produced by Tobin Azari. Hudwin Records will release "
             "the single on Friday, December 2.\n\n"
             "Azari first heard Quist when Imke Loor played him a phone recording of her singing at a wake in 2065; she was born in "
             "Dangrove and moved to Hopwell as a child.", date=dt.date(2067, 11, 20))
    f = facts(r)
    assert {("Ombrena", "schema:datePublished", "2067-12-02"), ("Ombrena", "schema:recordLabel", "Hudwin Records")} <= f
    assert ("Velora Quist", "schema:birthPlace", "Dangrove") in f and ("Imke Loor", "schema:birthPlace", "Dangrove") not in f


def test_a_square_and_its_english_gloss_are_one_place():
    r = read("Busker sings for a day\n\n"
             "The busker Ilka Veldre started singing on Mežu laukums, the Birch Square in the middle of Talsenburg, at noon on "
             "Friday.", date=dt.date(2052, 7, 14))
    square = entity_named(r, "Mežu laukums")
    assert square.type == "schema:Place" and "Birch Square" in square.aliases and "Birch Square" not in entity_names(r)


def test_a_venue_called_by_the_last_word_of_its_name_is_that_venue():
    r = read("A pianist records at the Quillet Lanthorn\n\n"
             "The pianist Brisa Menzies recorded the album over two nights last year at the Quillet Lanthorn in Exeter, during a "
             "residency there.\n\n"
             "The quartet will play a release show in London on July 19 before returning to the Lanthorn in the autumn.",
             date=dt.date(2031, 5, 22))
    venue = entity_named(r, "Quillet Lanthorn")
    assert "Lanthorn" in venue.aliases and "Lanthorn" not in entity_names(r)


def test_a_song_that_closes_a_record_is_on_it_and_the_label_it_comes_out_on():
    r = read("The murga Las Quejosas open their show\n\n"
             "\"El Bailongo\" will also close Tablita Mansa, an album of the murga's songs from its past five carnivals, which "
             "comes out on Tacuaral Records next month.\n\n"
             "Her most famous song, \"Mwezi Tulivu\", was sung from the first by her husband, and it closes the orchestra's 2049 "
             "album Pepo wa Kaskazi, released by Mvinje Sound.", date=dt.date(2065, 1, 26))
    f = facts(r)
    assert {("El Bailongo", "schema:inAlbum", "Tablita Mansa"), ("Tablita Mansa", "schema:recordLabel", "Tacuaral Records"),
            ("Mwezi Tulivu", "schema:inAlbum", "Pepo wa Kaskazi")} <= f


def test_those_daughters_named_after_the_sentence_that_counted_them_are_his_and_sisters():
    r = read("A lute maker heads the bill\n\n"
             "The oldest name on the bill is Tuvan Lesongo, 77. He still carves his instruments himself, and he will play on the "
             "opening night alongside his daughters. Those daughters, Ubai Lesongo and Ipak Lesongo, founded Langit Tinggi in 2060.",
             date=dt.date(2067, 5, 18))
    f = facts(r)
    assert {("Ubai Lesongo", "schema:parent", "Tuvan Lesongo"), ("Ipak Lesongo", "schema:parent", "Tuvan Lesongo"),
            ("Ubai Lesongo", "schema:sibling", "Ipak Lesongo")} <= f


def test_a_name_with_anak_inside_is_one_person():
    r = read("Three headliners for the festival\n\n"
             "The third headliner is Melati anak Kanyan, whose single \"Kenang Ribut\" came out in March. Friends and fans call her "
             "Melati; she was born in Sarikei.", date=dt.date(2067, 5, 18))
    f = facts(r)
    assert type_of(r, "Melati anak Kanyan") == "schema:Person" and "Kanyan" not in entity_names(r)
    assert {("Kenang Ribut", "schema:byArtist", "Melati anak Kanyan"), ("Melati anak Kanyan", "schema:birthPlace", "Sarikei")} <= f


def test_a_birth_told_past_an_aside_about_an_age():
    r = read("A school's graduation show\n\n"
             "The acrobat Kadira Bangoren, who is 19, was born in Kindou and came to the school at fourteen.\n\n"
             "The composer Ermanno Velasto, who turns eighty this spring, was born in Randello and taught harmony for thirty years.",
             date=dt.date(2068, 7, 15))
    f = facts(r)
    assert {("Kadira Bangoren", "schema:birthPlace", "Kindou"), ("Ermanno Velasto", "schema:birthPlace", "Randello")} <= f


def test_a_school_named_head_first_in_its_own_language_founds_tours_and_stages_its_show():
    r = read("Circus students take their show on the road\n\n"
             "Ten students graduated on Saturday from the Escuela de Malabares Cometa with Las Nubes Quietas, the hour-long show "
             "that closes each year at the school. The show played twice on Saturday at the Sala Ocotlán, and both houses were full.\n\n"
             "When the last juggler came down in Tolimán, the school's founder was the first one on his feet. The school was founded "
             "in 2041 by Teodulfo Arrieche, a former juggler.\n\n"
             "Arrieche said the school would take Las Nubes Quietas on the road this summer. It will play in Jalpilla on Friday, "
             "July 30, and in Carrizal on Friday, August 13.", date=dt.date(2066, 7, 18))
    f = facts(r)
    assert type_of(r, "Escuela de Malabares Cometa") == "schema:Organization"
    assert {("Escuela de Malabares Cometa", "schema:founder", "Teodulfo Arrieche"),
            ("Escuela de Malabares Cometa", "schema:foundingDate", "2041")} <= f
    [night] = [e for e in events_of(r, "schema:TheaterEvent")]
    assert night.start_date.iso == "2066-07-17" and [name(r, k) for k in night.locations] == ["Sala Ocotlán"]
    assert ("schema:workPerformed", "Las Nubes Quietas") in participants(r, night)
    stops = sorted(events_of(r, "newskg:TourStop"), key=lambda e: e.start_date.iso)
    assert [(e.start_date.iso, name(r, e.locations[0])) for e in stops] == [("2066-07-30", "Jalpilla"), ("2066-08-13", "Carrizal")]
    assert all({("schema:performer", "Escuela de Malabares Cometa"), ("schema:workPresented", "Las Nubes Quietas")} <= participants(r, e)
               for e in stops)
    assert not any(p == ("schema:performer", "Teodulfo Arrieche") for e in stops for p in participants(r, e))


def test_a_prize_called_so_is_no_one_and_the_poet_she_married_is_her_husband():
    r = read("Lirio Vashti receives the Amber Quillon Prize\n\n"
             "For forty years the music of a Corvell wedding came from a small woman with a pencil. On Sunday night in Corvell, "
             "Lirio Vashti finally sat still while others played her music.\n\n"
             "Vashti, 79, received the Amber Quillon Prize, the lifetime honour of the Tessaly Screen Awards, at the Brenlow "
             "Auditorium.\n\n"
             "The second film was Gris Alborada, a 2039 drama about a flood, directed by Osric Maltby. Its best-known song, "
             "\"Agua Mansa\", is a prayer for rain. Vashti composed it, and the words are by Emeric Dallow, the poet she married "
             "in 2016. Their son, Teo Dallow, sang it on Sunday.\n\n"
             "The awards will hold a screening of Gris Alborada in Trevanna on Friday, November 25, with Maltby in attendance, and a "
             "concert of Vashti's film songs, sung by Teo Dallow, will be held in Marrick on Sunday, December 11.",
             date=dt.date(2061, 11, 9))
    f = facts(r)
    assert "Amber Quillon Prize" not in entity_names(r) and ("Lirio Vashti", "schema:award", "Amber Quillon Prize") in f
    assert type_of(r, "Gris Alborada") == "schema:Movie" and type_of(r, "Corvell") != "schema:Person"
    assert ("Agua Mansa", "schema:lyricist", "Emeric Dallow") in f and ("Agua Mansa", "schema:lyricist", "Lirio Vashti") not in f
    assert {("Lirio Vashti", "schema:spouse", "Emeric Dallow"), ("Teo Dallow", "schema:parent", "Lirio Vashti"),
            ("Teo Dallow", "schema:parent", "Emeric Dallow")} <= f
    [ceremony] = events_of(r, "newskg:AwardCeremony")
    assert ceremony.start_date.iso == "2061-11-06" and {name(r, k) for k in ceremony.locations} == {"Brenlow Auditorium", "Corvell"}
    [screening] = events_of(r, "newskg:Premiere")
    [concert] = events_of(r, "schema:MusicEvent")
    assert (screening.start_date.iso, [name(r, k) for k in screening.locations]) == ("2061-11-25", ["Trevanna"])
    assert (concert.start_date.iso, [name(r, k) for k in concert.locations]) == ("2061-12-11", ["Marrick"])


def test_a_company_named_for_its_house_is_the_company_that_revives_and_tours():
    r = read("Teatro dei Burattini Scarnà revive an old puppet opera\n\n"
             "On Saturday night the Teatro dei Burattini Scarnà brought back La Veglia di Orlando, the puppet opera that had not "
             "been staged since 2019.\n\n"
             "The company was founded in Valdina in 1958 by Ottone Scarnà, a carpenter. Nives Trapani joined the company in 2049.\n\n"
             "Nunzia Mollica wrote the words. She is also Lauro Scarnà's wife.\n\n"
             "The company will take the production to Vittorena on Saturday, February 3, and to Castelbruno on Saturday, "
             "February 17.", date=dt.date(2063, 1, 16))
    f = facts(r)
    assert type_of(r, "Teatro dei Burattini Scarnà") == "schema:PerformingGroup"
    assert "Burattini Scarnà" not in entity_names(r)
    assert {("Teatro dei Burattini Scarnà", "schema:founder", "Ottone Scarnà"), ("Teatro dei Burattini Scarnà", "schema:foundingDate", "1958"),
            ("Nives Trapani", "schema:memberOf", "Teatro dei Burattini Scarnà"), ("Nunzia Mollica", "schema:spouse", "Lauro Scarnà")} <= f
    visits = sorted((e for e in r.events if e.start_date and e.start_date.iso >= "2063-02"), key=lambda e: e.start_date.iso)
    assert [(e.start_date.iso, name(r, e.locations[0])) for e in visits] == [("2063-02-03", "Vittorena"), ("2063-02-17", "Castelbruno")]
    assert all(("schema:performer", "Teatro dei Burattini Scarnà") in participants(r, e) for e in visits)


def test_a_farewell_album_its_longest_piece_its_label_and_the_band_nights():
    r = read("Dzhuk Tayan release a farewell album\n\n"
             "The throat-singing band Dzhuk Tayan released its last album, Ozen Kyry, on Friday. The band was founded in 2041 by "
             "Orlan Mongush and Aidana Sat. Their son, Temir Mongush, has played the igil and the byzaanchy with the band since 2059. "
             "To tell the three Mongushes apart, fans use first names.\n\n"
             "Ozen Kyry came out on Tengir Records, the label that was founded in Teeli in 2050 by Kezhik Oorzhak.\n\n"
             "The longest piece on the record is \"Sarlyk Kozhamyk\", an eleven-minute song about a night on the pastures that Orlan "
             "Mongush wrote in 2042 and that the band has played at the end of every concert since.\n\n"
             "On Saturday, the four of them played the whole of Ozen Kyry for the first time, for their neighbours in a meadow near "
             "Bai-Khol.\n\n"
             "The final concert will be held at the Ulug Stage in Sugaksy on Saturday, June 21. A week earlier, on Saturday, June "
             "14, the band will play one last time outside the republic, in Chernogol, where it gave its first concert away from "
             "home in 2043.", date=dt.date(2064, 5, 13))
    f = facts(r)
    assert type_of(r, "Sarlyk Kozhamyk") == "schema:MusicRecording" and "Mongushes" not in entity_names(r)
    assert {("Sarlyk Kozhamyk", "schema:inAlbum", "Ozen Kyry"), ("Sarlyk Kozhamyk", "schema:composer", "Orlan Mongush"),
            ("Tengir Records", "schema:founder", "Kezhik Oorzhak"), ("Temir Mongush", "schema:memberOf", "Dzhuk Tayan")} <= f
    assert ("Ozen Kyry", "schema:datePublished", "2050") not in f
    nights = {(e.start_date.iso, frozenset(name(r, k) for k in e.locations)) for e in events_of(r, "schema:MusicEvent") if e.start_date}
    assert {("2064-05-10", frozenset({"Bai-Khol"})), ("2064-06-14", frozenset({"Chernogol"}))} <= nights
    assert any(d == "2064-06-21" and "Ulug Stage" in ps for d, ps in nights)
    assert not any(d in ("2042", "2043") for d, _ in nights)


def test_a_choirs_soloist_sings_its_song_and_her_birth_follows_her_introduction():
    r = read("A children's choir says goodbye\n\n"
             "The choir Coro Tacuarí was founded in 2051 by Anselmo Yabeta. His daughter, Zoila Yabeta, has led it since 2060.\n\n"
             "The best-known song on the record is \"Canto del Motacú\", which Zoila Yabeta wrote for Coro Tacuarí in 2062 and which "
             "is sung by its eleven-year-old soloist, Maridé Chovena. She was born in Loma de Ñuflo.\n\n"
             "The tour was booked by Guapurú Producciones, the agency in Cotoca that has represented the choir since 2064.",
             date=dt.date(2066, 3, 19))
    f = facts(r)
    assert {("Canto del Motacú", "schema:byArtist", "Maridé Chovena"), ("Maridé Chovena", "schema:memberOf", "Coro Tacuarí"),
            ("Maridé Chovena", "schema:birthPlace", "Loma de Ñuflo"),
            ("Coro Tacuarí", "schema:affiliation", "Guapurú Producciones")} <= f
    assert ("Zoila Yabeta", "schema:birthPlace", "Loma de Ñuflo") not in f


def test_a_contest_final_is_its_own_night_and_not_a_stop_of_another_singers_tour():
    r = read("Nivi Kristiansen wins Qilaarsuk\n\n"
             "Nivi Kristiansen will represent her country at the Boreal Song Contest in November after winning Qilaarsuk, the "
             "national selection, on Friday night in Narsaq.\n\n"
             "Qilaarsuk is made by Ukiuk TV. The runner-up, the rapper Malik Olsvig, leaves on Wednesday for a tour of the towns "
             "along the coast.\n\n"
             "The Boreal Song Contest final will be held in Kemivaara on Saturday, November 15. Few have finished higher than "
             "fifth. Kristiansen and the drum singer Aviaja Brønlund will sing \"Anori Sila\" there.\n\n"
             "Before leaving, Kristiansen will sing the song at a homecoming concert in Paamiut on Saturday, October 11.",
             date=dt.date(2064, 9, 20))
    assert type_of(r, "Qilaarsuk") == "schema:TVSeries" and ("Qilaarsuk", "schema:productionCompany", "Ukiuk TV") in facts(r)
    assert not events_of(r, "newskg:TourStop")
    by_day = {e.start_date.iso: e for e in events_of(r, "schema:MusicEvent") if e.start_date}
    assert {("schema:performer", "Nivi Kristiansen"), ("schema:performer", "Aviaja Brønlund")} <= participants(r, by_day["2064-11-15"])
    assert ("schema:performer", "Nivi Kristiansen") in participants(r, by_day["2064-10-11"])
    assert not any(e.start_date and e.start_date.iso == "2064-09-26" for e in r.events)


def test_a_theatre_company_named_head_first_plays_its_play_at_theatres():
    r = read("Theatergroep Wisiwasi stage a play in a harbour warehouse\n\n"
             "Zwarte Haven is the first full-length play that Theatergroep Wisiwasi has made. The company was founded in 2051 by "
             "Orlina Sewtahal, who directed it. Ravindra Koendjbiharie, who has acted with Theatergroep Wisiwasi since 2058, played "
             "the harbour master. Marlies Tjon, who is married to Koendjbiharie, wrote the songs in Lelydorp.\n\n"
             "Theatergroep Wisiwasi will perform Zwarte Haven at Theater Scherpe Bocht in Wanica on Thursday, March 10, and at "
             "Zaal Marowijne in Albina on Friday, March 25.", date=dt.date(2067, 2, 10))
    f = facts(r)
    assert type_of(r, "Theatergroep Wisiwasi") == "schema:PerformingGroup"
    assert {("Theatergroep Wisiwasi", "schema:founder", "Orlina Sewtahal"), ("Theatergroep Wisiwasi", "schema:foundingDate", "2051"),
            ("Ravindra Koendjbiharie", "schema:memberOf", "Theatergroep Wisiwasi"),
            ("Marlies Tjon", "schema:spouse", "Ravindra Koendjbiharie")} <= f
    nights = events_of(r, "schema:TheaterEvent")
    assert sorted(e.start_date.iso for e in nights) == ["2067-03-10", "2067-03-25"]
    assert not events_of(r, "schema:SocialEvent")  # (a marriage told as a state is no wedding)


def test_a_singer_recorded_with_a_choir_her_husband_and_the_song_the_two_sing():
    r = read("Ginette Moyo and the Izingqi nurses release Thula Sana, an album of lullabies\n\n"
             "Thula Sana, ten lullabies recorded by Moyo with Izingqi, a choir of nine nurses, came out last Friday on Ubuhle "
             "Records. It was produced by Moyo's husband, the guitarist Themba Dube. Izingqi was founded in 2061 by Nomsa Dlamuka.\n\n"
             "The only new song on the album, \"Ilanga Lami\", has music by Moyo and words by Dlamuka, and the two women sing it "
             "together.\n\n"
             "Moyo and Izingqi will play the Mukwa Theatre in Mutare on Saturday, May 14, and Baobab Hall in Hwange on "
             "Saturday, May 28.", date=dt.date(2067, 4, 13))
    f = facts(r)
    assert "Moyo with Izingqi" not in entity_names(r) and type_of(r, "Izingqi") == "schema:MusicGroup"
    assert type_of(r, "Baobab Hall") == "schema:EventVenue"
    assert {("Ilanga Lami", "schema:inAlbum", "Thula Sana"), ("Ilanga Lami", "schema:byArtist", "Ginette Moyo"),
            ("Ilanga Lami", "schema:byArtist", "Nomsa Dlamuka"), ("Izingqi", "schema:founder", "Nomsa Dlamuka")} <= f
    assert ("Themba Dube", "schema:memberOf", "Izingqi") not in f
    stops = {(e.start_date.iso, name(r, e.locations[0])) for e in r.events if e.start_date and e.start_date.iso.startswith("2067-05")}
    assert {("2067-05-14", "Mukwa Theatre"), ("2067-05-28", "Baobab Hall")} <= stops


def test_a_lost_film_shown_again_its_year_its_cast_and_the_towns_of_the_islands():
    r = read("A lost island film is shown again\n\n"
             "On Sunday night the film Os Faroleiros was shown again at the Teatro Atlântida in Horta.\n\n"
             "The 2031 film, about the keepers of a lighthouse on the cliffs of Flores, was directed by Abílio Medeiros. The lead, "
             "a keeper's widow, was played by Idalina Ventura, who was born in Caldeira das Flores. Her husband, Ilídio Ventura, "
             "whom she married in 2032, played the oldest of the keepers; he died in 2061.\n\n"
             "Os Faroleiros will be shown at the Festival de Cinema do Atlântico in Lajes do Pico on Friday, July 15.",
             date=dt.date(2067, 6, 18))
    f = facts(r)
    assert type_of(r, "Flores") == "schema:City" and type_of(r, "Caldeira das Flores") == "schema:City"
    assert type_of(r, "Lajes do Pico") == "schema:City"
    assert {("Os Faroleiros", "schema:datePublished", "2031"), ("Os Faroleiros", "schema:actor", "Idalina Ventura"),
            ("Os Faroleiros", "schema:actor", "Ilídio Ventura"), ("Idalina Ventura", "schema:birthPlace", "Caldeira das Flores"),
            ("Ilídio Ventura", "schema:deathDate", "2061")} <= f
    assert ("Idalina Ventura", "schema:deathDate", "2061") not in f
    shows = {e.start_date.iso: {name(r, k) for k in e.locations} for e in events_of(r, "newskg:Premiere") if e.start_date}
    assert shows.get("2067-06-12") == {"Teatro Atlântida", "Horta"} and "Lajes do Pico" in shows.get("2067-07-15", set())


def test_a_konpa_band_its_couple_of_dancers_its_bass_player_and_its_next_two_dates():
    r = read("Banbòch Lakou play for thirty hours\n\n"
             "One couple finished: Lovely Pierre and Frantz Nozil, a nurse and a carpenter who have been married for nine years. "
             "Banbòch Lakou was founded in Aquin in 2049 by Ernst Lafleur. Gesner Jean, its bass player, joined in 2055.\n\n"
             "The band's drummer, Wilnor Cadet, who was born in Petit-Goâve, joined the band in 2063.\n\n"
             "Banbòch Lakou will play a shorter set at Club Kanaval in Gonaïves on Wednesday, September 14, and will close the Jou "
             "Zanmi festival in Jérémie on Thursday, September 29.", date=dt.date(2067, 8, 10))
    f = facts(r)
    assert {("Lovely Pierre", "schema:spouse", "Frantz Nozil"), ("Gesner Jean", "schema:memberOf", "Banbòch Lakou"),
            ("Wilnor Cadet", "schema:memberOf", "Banbòch Lakou")} <= f
    dated = {e.start_date.iso: {name(r, k) for k in e.locations} for e in r.events if e.start_date and e.start_date.iso.startswith("2067-09")}
    assert dated["2067-09-14"] == {"Club Kanaval", "Gonaïves"} and "Jérémie" in dated["2067-09-29"] and "Gonaïves" not in dated["2067-09-29"]
    assert all(("schema:performer", "Banbòch Lakou") in participants(r, e) for e in r.events if e.start_date and e.start_date.iso.startswith("2067-09"))


def test_a_choir_named_by_a_copula_its_leader_a_couples_son_and_a_recital():
    r = read("A new organ for the hall\n\n"
             "Hinano Teriierooiterai, the hall's organist, was born in Faaa. The programme ended with the first performance of "
             "\"Mata Moana\", a piece by Teiki Raapoto, who is married to Teriierooiterai. The choir was Tamarii "
             "Faretai, led by Heimana Taputu, and the piece opens with a conch blown by the choir's youngest member, Tihoni "
             "Raapoto, the couple's son.\n\n"
             "Teriierooiterai will give the organ's first solo recital at the Salle Vaima on Sunday, December 11. The lead "
             "singer, Vaea Tapu, will take the song to the Festival des Chants in Taravao on Wednesday, January 11.\n\n"
             "The label Tan Siew Ling founded, Moana Records, put the album out.", date=dt.date(2067, 12, 5))
    f = facts(r)
    assert type_of(r, "Tamarii Faretai") == "schema:MusicGroup" and "Teriierooiterai" not in entity_names(r)
    assert "Festival des Chants" not in entity_names(r) and type_of(r, "Tan Siew Ling") == "schema:Person"
    assert {("Hinano Teriierooiterai", "schema:birthPlace", "Faaa"), ("Teiki Raapoto", "schema:spouse", "Hinano Teriierooiterai"),
            ("Tihoni Raapoto", "schema:parent", "Hinano Teriierooiterai"), ("Tihoni Raapoto", "schema:parent", "Teiki Raapoto"),
            ("Heimana Taputu", "schema:memberOf", "Tamarii Faretai"), ("Tihoni Raapoto", "schema:memberOf", "Tamarii Faretai")} <= f
    [recital] = [e for e in events_of(r, "schema:MusicEvent") if e.start_date and e.start_date.iso == "2067-12-11"]
    assert ("schema:performer", "Hinano Teriierooiterai") in participants(r, recital)
    assert [e.start_date.iso for e in events_of(r, "schema:Festival")] == ["2068-01-11"]


def test_who_the_article_puts_to_work_on_the_day_of_the_show_took_part_in_it():
    r = read("A circus school's graduation show\n\n"
             "The show played twice on Saturday at the Salle Baobab in Kissidou, and both houses were full. Its music was played "
             "live on Saturday by Les Batteurs de Sankaran, a percussion group from the port.\n\n"
             "Hadja Doumbouya teaches the tightrope at the school, and on Saturday she held the safety line under every crossing.\n\n"
             "The band is Lansana, his sister Nantenin on vocals and Kerfala Sano on drums.",
             date=dt.date(2068, 7, 18))
    [show] = [e for e in r.events if e.start_date and e.start_date.iso == "2068-07-14"]
    assert "Salle Baobab" in {name(r, k) for k in show.locations}
    assert {("schema:performer", "Les Batteurs de Sankaran"), ("schema:attendee", "Hadja Doumbouya")} <= participants(r, show)
    assert "Lansana" not in {e.name for e in r.entities.values() if e.type == "schema:MusicGroup"}


def test_a_tour_moved_by_a_birth_and_told_stop_by_stop_with_a_verb_each():
    r = read("Lerato Kgosi has twins, and Naledi's tour moves to September\n\n"
             "The gospel singer Lerato Kgosi gave birth to twins in Palapye on Friday, two weeks before she was due to start a tour "
             "with her choir, Naledi. Their father is Tumelo Ramotswa, Kgosi's husband, who has played drums with Naledi since "
             "2059.\n\n"
             "Kgosi and Naledi will now open the tour at Tshwene Hall in Kanye on Friday, September 13, go on to Okavango Hall in "
             "Shakawe on Friday, September 27, and close it at the Limpopo Theatre in Palapye on Friday, October 11.",
             date=dt.date(2069, 6, 9))
    stops = sorted((e.start_date.iso, name(r, e.locations[0])) for e in events_of(r, "newskg:TourStop"))
    assert stops == [("2069-09-13", "Tshwene Hall"), ("2069-09-27", "Okavango Hall"), ("2069-10-11", "Limpopo Theatre")]
    assert ("Tumelo Ramotswa", "schema:memberOf", "Naledi") in facts(r)


def test_a_players_company_its_founding_its_actor_and_a_run_that_moves_from_hall_to_hall():
    r = read("The Knocking Night opens in Trinity Bay\n\n"
             "The play is the work of the Stage Head Players, the company that Eulalie Penney founded in Trinity Bay in 2052. Pamela "
             "Hiscock has acted with the Stage Head Players since 2060.\n\n"
             "After Trinity Bay, The Knocking Night moves to the Killick Hall in Clarenville on Friday, December 20 and to the "
             "Dory Hall in Twillingate on Friday, December 27. It ends its run at the Jigger Hall in Port Blandford on Monday, "
             "January 6.", date=dt.date(2069, 12, 12))
    f = facts(r)
    assert type_of(r, "Stage Head Players") == "schema:PerformingGroup"
    assert {("Stage Head Players", "schema:founder", "Eulalie Penney"), ("Stage Head Players", "schema:foundingDate", "2052"),
            ("Pamela Hiscock", "schema:memberOf", "Stage Head Players")} <= f
    runs = sorted((e.start_date.iso, name(r, e.locations[0])) for e in events_of(r, "schema:TheaterEvent"))
    assert runs == [("2069-12-20", "Killick Hall"), ("2069-12-27", "Dory Hall"), ("2070-01-06", "Jigger Hall")]


def test_a_shepherds_album_its_launch_concert_and_the_houses_named_with_two_small_words():
    r = read("At ninety, a shepherdess releases her first album\n\n"
             "Pasta è Sale came out on Maestrale Dischi, the Corte label. On Wednesday evening three hundred people squeezed into "
             "the Casa di u Mulinu in Venacu for a launch concert, and Marcuccia Santoni sang for an hour.\n\n"
             "Santoni will sing at the Teatru di a Citadella in Aiacciu on Thursday, August 22.", date=dt.date(2069, 8, 2))
    assert type_of(r, "Pasta è Sale") == "schema:MusicAlbum"
    assert type_of(r, "Casa di u Mulinu") == "schema:EventVenue" and type_of(r, "Teatru di a Citadella") == "schema:EventVenue"
    nights = {e.start_date.iso: name(r, e.locations[0]) for e in events_of(r, "schema:MusicEvent") if e.start_date}
    assert nights == {"2069-07-31": "Casa di u Mulinu", "2069-08-22": "Teatru di a Citadella"}


def test_a_family_choirs_album_its_eldest_daughter_and_her_brothers_music():
    r = read("A family choir sings goodbye\n\n"
             "Kainga Havili has sixteen voices, and last night, at the Matelau Hall in Pangai, it sang its last concert at home. The "
             "choir was founded in 2058 by Pita Havili and his wife, Latai Havili. Both still sing in it, and their eldest "
             "daughter, Losaline Havili, leads the sopranos.\n\n"
             "Its album Fonua mo Moana came out last month on Tokoni Records. The album closes with \"Matangi Lelei\", which has "
             "words by Losaline and music by her brother Naufahu Havili.", date=dt.date(2069, 9, 24))
    f = facts(r)
    assert type_of(r, "Fonua mo Moana") == "schema:MusicAlbum"
    assert {("Losaline Havili", "schema:parent", "Pita Havili"), ("Losaline Havili", "schema:parent", "Latai Havili"),
            ("Matangi Lelei", "schema:composer", "Naufahu Havili"), ("Naufahu Havili", "schema:sibling", "Losaline Havili"),
            ("Fonua mo Moana", "schema:recordLabel", "Tokoni Records")} <= f
    assert ("Naufahu Havili", "schema:sibling", "Latai Havili") not in f
    [night] = [e for e in events_of(r, "schema:MusicEvent") if e.start_date and e.start_date.iso == "2069-09-23"]
    assert "Matelau Hall" in {name(r, k) for k in night.locations}


def test_a_film_studio_named_head_first_its_founders_and_a_prize_named_in_its_own_language():
    r = read("A stop-motion film wins the Gran Premio Cují\n\n"
             "On Friday night the brother and sister who made it went up to collect the Gran Premio Cují, the top prize of the "
             "national animation awards, at the Teatro Guaraira in Barquisimeto.\n\n"
             "Cartero de Niebla is the first feature from Taller del Médano, the stop-motion studio that the siblings Yobany "
             "Urdaneta and Yusmary Urdaneta founded in Punto Fijo in 2058. The film is based on Cuentos para la Ciénaga, a graphic novel "
             "by Eudes Chirinos. The voice of the girl is by Neida Pirela, who received the Premio Voz Clara at the same ceremony.\n\n"
             "On Saturday, February 23, the studio will show it in Tucacas, with Chirinos introducing it.", date=dt.date(2069, 2, 11))
    f = facts(r)
    names = entity_names(r)
    assert "Gran Premio Cují" not in names and "Premio Voz Clara" not in names
    assert type_of(r, "Taller del Médano") == "schema:Organization" and type_of(r, "Cuentos para la Ciénaga") != "schema:Person"
    assert {("Taller del Médano", "schema:founder", "Yobany Urdaneta"), ("Taller del Médano", "schema:founder", "Yusmary Urdaneta"),
            ("Cartero de Niebla", "schema:productionCompany", "Taller del Médano"),
            ("Cartero de Niebla", "schema:isBasedOn", "Cuentos para la Ciénaga")} <= f
    assert ("Cartero de Niebla", "schema:director", "Taller del Médano") not in f
    assert any(e.start_date and e.start_date.iso == "2069-02-23" and "Tucacas" in {name(r, k) for k in e.locations}
               for e in events_of(r, "newskg:Premiere"))


def test_twins_born_their_mother_their_father_and_the_song_written_for_them():
    r = read("Dineo Kgabo has twins\n\n"
             "The gospel singer Dineo Kgabo gave birth to twins in Molepolole on Friday. The twins, a girl named Lesedi Seretse "
             "and a boy named Kabelo Seretse, were born eleven minutes apart on Friday morning. Their father is Tebogo Seretse, Kgabo's "
             "husband, who has played drums with Bonolo since 2059.\n\n"
             "On Thursday, Gasebone Sound released \"Ngwana Wa Me\", on which Kgabo sings over little more than a keyboard. Kgabo wrote "
             "the words and Seretse the music.\n\n"
             "Seretse said the song had been meant to come out in July.", date=dt.date(2069, 6, 9))
    f = facts(r)
    assert {("Lesedi Seretse", "schema:parent", "Dineo Kgabo"), ("Kabelo Seretse", "schema:parent", "Tebogo Seretse"),
            ("Lesedi Seretse", "schema:birthDate", "2069-06-07"), ("Kabelo Seretse", "schema:birthPlace", "Molepolole"),
            ("Lesedi Seretse", "schema:sibling", "Kabelo Seretse"), ("Tebogo Seretse", "schema:memberOf", "Bonolo"),
            ("Ngwana Wa Me", "schema:byArtist", "Dineo Kgabo"), ("Ngwana Wa Me", "schema:recordLabel", "Gasebone Sound"),
            ("Ngwana Wa Me", "schema:lyricist", "Dineo Kgabo"), ("Ngwana Wa Me", "schema:composer", "Tebogo Seretse")} <= f
    father = entity_named(r, "Tebogo Seretse")
    assert "Seretse" in father.aliases


def test_a_film_shown_for_the_first_time_to_the_herders_who_came_from_its_village():
    r = read("The herders who star in The Yak Path to Lunana walk to see it open\n\n"
             "Nine yak herders from Lunana walked for four days so that they could be in Bumthang on Sunday, when the film they "
             "star in was shown for the first time, at the Chokhor Cinema.\n\n"
             "The Yak Path to Lunana was produced by Karma Wangdi, Tashi Dema's brother. The mother is played by Pema Choden, "
             "and the father by Dorji Wangchuk, who is also her husband off the screen.", date=dt.date(2069, 4, 17))
    f = facts(r)
    assert type_of(r, "Lunana") == "schema:City"
    assert ("The Yak Path to Lunana", "schema:producer", "Karma Wangdi") in f
    assert ("The Yak Path to Lunana", "schema:producer", "Tashi Dema") not in f
    [shown] = events_of(r, "newskg:Premiere")
    assert shown.start_date.iso == "2069-04-14" and "Chokhor Cinema" in {name(r, k) for k in shown.locations}
    assert "Lunana" not in {name(r, k) for k in shown.locations}


def test_a_group_named_with_small_words_of_another_language_that_sings_and_a_fathers_two_sons():
    r = read("Këngët e Shpatit sing at a roadside tavern\n\n"
             "Këngët e Shpatit sing the old many-voiced songs of the hills, in which one man leads and the rest hold a single note. "
             "The group was founded in 2049 by Fatos Dardha, who still leads every song. His sons, Lulzim Dardha and Agron "
             "Dardha, sing the second and third voices.", date=dt.date(2069, 10, 4))
    f = facts(r)
    assert type_of(r, "Këngët e Shpatit") == "schema:MusicGroup"
    assert {("Këngët e Shpatit", "schema:founder", "Fatos Dardha"), ("Këngët e Shpatit", "schema:foundingDate", "2049"),
            ("Fatos Dardha", "schema:children", "Lulzim Dardha"), ("Fatos Dardha", "schema:children", "Agron Dardha"),
            ("Lulzim Dardha", "schema:sibling", "Agron Dardha")} <= f


def test_a_band_named_head_first_in_papiamento_and_a_one_word_band_that_plays():
    r = read("Orkestra Tambù take album of the year\n\n"
             "The prize for album of the year went on Saturday night to Orkestra Tambù, whose singer, Jurelito Chadi, thanked the "
             "sound engineer. Palmarito play the song again at the Teatro Ronchi in Sukie on Saturday, March 9.", date=dt.date(2069, 3, 2))
    assert type_of(r, "Orkestra Tambù") == "schema:MusicGroup" and type_of(r, "Palmarito") == "schema:MusicGroup"


def test_dated_nights_told_by_plays_sings_at_and_they_will_be_shown():
    r = read("A band, a choir and a cartoon go on the road\n\n"
             "Lagun Kadera plays the Sala Tumunu in Rincon on Thursday, March 21, and the Teatro Vaipae in Kralingen on Friday, "
             "April 5. The choir Kimiora sing at the Oneroa Hall on Mitiaro on Friday, July 19, and at the Tekao Hall on Takitumu on "
             "Friday, July 26. The singer Drita Bunjaku sings at the Salla Gjergj in Fier on Wednesday, October 23.\n\n"
             "The cartoon Kumete has two episodes ready. They will be shown at the Salão Letefoho in Ermera on Thursday, January 24, "
             "with the director Mariana Meireles answering questions.",
             date=dt.date(2069, 1, 10))
    nights = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.start_date}
    assert nights["2069-03-21"][0] == "Sala Tumunu" and nights["2069-04-05"][0] == "Teatro Vaipae"
    assert nights["2069-07-19"] == ["Oneroa Hall", "Mitiaro"] and nights["2069-07-26"] == ["Tekao Hall", "Takitumu"]
    assert nights["2069-10-23"][0] == "Salla Gjergj" and type_of(r, "Salla Gjergj") == "schema:EventVenue"
    assert nights["2069-01-24"][0] == "Salão Letefoho"


def test_stage_names_with_their_titles_a_wedding_of_two_children_and_a_duet_released_the_day_before():
    r = read("Duchess Marrowfat and Duke Pilchard end their quarrel with a duet\n\n"
             "For years the two singers answered each other only in song. Yesterday they released a song together.\n\n"
             "\"Neap Flood\" came out on Gwavas Sound, sung by Duchess Marrowfat and Duke Pilchard. The quarrel began in 2050, when "
             "Duchess Marrowfat, whose name is Olwen Tregarthen, won the Gwennap Shanty crown with a song about a man who had lost his "
             "boat. Duke Pilchard, whose name is Jowan Nancarrow, came second.\n\n"
             "Last spring Duke Pilchard's son, Kitto Nancarrow, married Duchess Marrowfat's daughter, Kerensa Tregarthen.",
             date=dt.date(2070, 5, 14))
    f = facts(r)
    assert "Olwen Tregarthen" in aliases_of(r, "Duchess Marrowfat") and "Jowan Nancarrow" in aliases_of(r, "Duke Pilchard")
    assert gender_of(r, "Duchess Marrowfat") == "f" and gender_of(r, "Duke Pilchard") == "m"
    assert {("Neap Flood", "schema:byArtist", "Duchess Marrowfat"), ("Neap Flood", "schema:byArtist", "Duke Pilchard"),
            ("Neap Flood", "schema:datePublished", "2070-05-13"), ("Duchess Marrowfat", "schema:award", "Gwennap Shanty"),
            ("Kitto Nancarrow", "schema:spouse", "Kerensa Tregarthen")} <= f
    assert ("Duke Pilchard", "schema:spouse", "Duchess Marrowfat") not in f


def test_an_album_named_with_a_small_word_its_prize_the_twins_track_and_the_night_the_sentence_before_dated():
    r = read("A studio on a truck brings its album home to Rushan\n\n"
             "The album it made, Navo az Kuhsor, came out last month on Yazgulom Records. Last Friday it won the Guli Surkh prize at "
             "a ceremony in Vanj, where the label's founder, Parvina Khudoberdieva, accepted it. Her husband, Zafar Shodmonbekov, recorded and produced the "
             "album.\n\n"
             "The youngest singers are the twins Dilovar Mirzoshoev and Tolib Mirzoshoev, who play the daf. Their track, \"Chashmai Ravon\", "
             "is the only instrumental on the record.\n\n"
             "On Sunday the album came home. Khudoberdieva, the twins and eleven other singers performed at the Bartang Hall in Rushan, "
             "with Shodmonbekov in the front row.", date=dt.date(2070, 9, 8))
    f = facts(r)
    assert type_of(r, "Navo az Kuhsor") == "schema:MusicAlbum" and "Guli Surkh" not in entity_names(r)
    assert {("Navo az Kuhsor", "schema:award", "Guli Surkh"), ("Navo az Kuhsor", "schema:datePublished", "2070-08"),
            ("Navo az Kuhsor", "schema:recordLabel", "Yazgulom Records"), ("Dilovar Mirzoshoev", "schema:sibling", "Tolib Mirzoshoev"),
            ("Chashmai Ravon", "schema:byArtist", "Dilovar Mirzoshoev"), ("Chashmai Ravon", "schema:byArtist", "Tolib Mirzoshoev"),
            ("Chashmai Ravon", "schema:inAlbum", "Navo az Kuhsor")} <= f
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2070-09-07"]
    assert [name(r, k) for k in night.locations] == ["Bartang Hall", "Rushan"]
    assert {"Parvina Khudoberdieva", "Dilovar Mirzoshoev", "Tolib Mirzoshoev", "Zafar Shodmonbekov", "Navo az Kuhsor"} <= \
        {name(r, k) for _, k in night.participants}


def test_a_piece_for_band_and_choir_premiered_on_a_bridge_that_opened_a_festival_and_will_be_heard_again():
    r = read("A band and a choir on two banks: Trei Poduri is premiered across the bridge at Vadul\n\n"
             "The border runs down the middle of the old bridge at Vadul, and on Saturday evening nobody crossed it. On one half stood "
             "the eighteen players of Taraful Brazda; on the other stood the singers of Corul Zavoi.\n\n"
             "Between them they gave the first performance of Trei Poduri, a thirty-minute work for brass band and choir by the composer "
             "Ecaterina Cojocaru, with words by the poet Vasile Mardare. Smaranda Bostan, the composer's cousin, has conducted Corul Zavoi "
             "since 2058.\n\n"
             "The performance opened the Festivalul Podurilor, a week of concerts on both banks.\n\n"
             "Trei Poduri will be heard again indoors, at the Sala Prutului in Ungheni on Sunday, December 7, and at the Sala Nistru "
             "in Orhei on Saturday, December 20.", date=dt.date(2070, 11, 21))
    f = facts(r)
    assert type_of(r, "Taraful Brazda") == "schema:MusicGroup" and "Festivalul Podurilor" not in entity_names(r)
    assert {("Trei Poduri", "schema:composer", "Ecaterina Cojocaru"), ("Trei Poduri", "schema:lyricist", "Vasile Mardare"),
            ("Smaranda Bostan", "schema:memberOf", "Corul Zavoi")} <= f
    [first] = [e for e in r.events if e.kind == "premiere"]
    assert first.start_date.iso == "2070-11-15" and ("schema:workPresented", "Trei Poduri") in participants(r, first)
    assert "Vasile Mardare" not in {n for _, n in participants(r, first)}
    [festival] = events_of(r, "schema:Festival")
    assert festival.name == "Festivalul Podurilor" and festival.start_date.iso == "2070-11-15"
    later = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.kind == "concert"}
    assert later == {"2070-12-07": ["Sala Prutului", "Ungheni"], "2070-12-20": ["Sala Nistru", "Orhei"]}


def test_a_concerto_premiered_at_locks_outside_a_town_and_its_live_album():
    r = read("Three barges, one orchestra: Soledad Quiroga's concerto for barge horns is premiered at the Ruvo Locks\n\n"
             "The soloists were three barges and a tug. On Tuesday night, waiting their turn at the Ruvo Locks outside Tembe, they "
             "played it anyway.\n\n"
             "Concierto para Tres Barcas, a twenty-minute work for orchestra and barge horns by the composer Soledad Quiroga, was given "
             "its first performance on the lock wall by the Orquesta Tapiche under its conductor, Casimiro Uriarte.\n\n"
             "A recording of the premiere, Tres Barcas en Directo, came out on Thursday on Discos Ybytu. \"The wind was kind,\" said "
             "Uriarte. \"Mostly.\"\n\n"
             "The barges are named after the Guarani word for river.", date=dt.date(2071, 2, 6))
    f = facts(r)
    assert type_of(r, "Ruvo Locks") == "schema:Place" and type_of(r, "Tres Barcas en Directo") == "schema:MusicAlbum"
    assert {"Mostly", "Guarani"}.isdisjoint(entity_names(r))
    assert {("Concierto para Tres Barcas", "schema:composer", "Soledad Quiroga"),
            ("Tres Barcas en Directo", "schema:recordLabel", "Discos Ybytu"), ("Tres Barcas en Directo", "schema:datePublished", "2071-02-05")} <= f
    [first] = [e for e in r.events if e.kind == "premiere"]
    assert first.start_date.iso == "2071-02-03" and "Ruvo Locks" in {name(r, k) for k in first.locations}
    assert {"Orquesta Tapiche", "Casimiro Uriarte", "Concierto para Tres Barcas"} <= {n for _, n in participants(r, first)}
    assert "Soledad Quiroga" not in {n for _, n in participants(r, first)}


def test_a_debut_recorded_again_under_a_one_word_title_by_the_bands_present_line_up():
    r = read("Rats ate the masters, so Likoma Sailors recorded their first album again\n\n"
             "The reels that held Nyanja Yathu, the debut album that the Nkhata band Likoma Sailors released on Usisya Records in "
             "2045, were eaten by rats.\n\n"
             "Mbewa, named after the Tumbuka word for rat, came out last Friday on Chintheche Records. It has the same ten songs as "
             "Nyanja Yathu, in the same order, recorded again by the band's present line-up.\n\n"
             "Likoma Sailors was founded in Nkhata in 2041 by the guitarist Chisomo Mwenifumbo and the bass player Gomezgani Nyasulu. "
             "Nyasulu retired in 2061 and now keeps goats. Mwenifumbo wrote eight of the ten songs, among them the opening track, "
             "\"Bwato Lakale\". His son, Wezi Mwenifumbo, produced Mbewa.\n\n"
             "The singer, Tamanda Kaunda, was born in Nkhata in 2048, a year before the album came out, and joined the band in 2066.",
             date=dt.date(2071, 6, 17))
    f = facts(r)
    assert type_of(r, "Mbewa") == "schema:MusicAlbum" and type_of(r, "Gomezgani Nyasulu") == "schema:Person"
    assert "Tumbuka" not in entity_names(r) and "Nyasulu" in aliases_of(r, "Gomezgani Nyasulu")
    assert {("Mbewa", "schema:recordLabel", "Chintheche Records"), ("Mbewa", "schema:datePublished", "2071-06-12"),
            ("Mbewa", "schema:byArtist", "Likoma Sailors"), ("Mbewa", "schema:producer", "Wezi Mwenifumbo"),
            ("Bwato Lakale", "schema:composer", "Chisomo Mwenifumbo"), ("Tamanda Kaunda", "schema:memberOf", "Likoma Sailors"),
            ("Chisomo Mwenifumbo", "schema:memberOf", "Likoma Sailors")} <= f
    assert ("Gomezgani Nyasulu", "schema:memberOf", "Likoma Sailors") not in f
    assert ("Nyanja Yathu", "schema:recordLabel", "Chintheche Records") not in f


def test_an_island_singer_her_string_band_and_a_show_announced_the_day_before():
    r = read("Kaetea Tebano sells her album on the ferry to the outer islands\n\n"
             "Kaetea Tebano, who was born on Marakei in 2047, has sailed home every year since she moved to Nonouti. The album is "
             "sold by Tabiang Shipping, which runs the ferry, and the ferry sails on towards Kuria.\n\n"
             "Half the songs feature the Marawa String Band, which was founded in Temaiku in 2059 by the guitarist Tekau Baraniko. "
             "Baraniko still leads it, and the ukulele player Ioteba Kirata has played with it since 2065.\n\n"
             "The first song, \"Bon Kainga\", was written by Tebano on the ferry. It is sung by her with the Marawa String Band.\n\n"
             "They first sang \"Bon Kainga\" in public on Sunday night at the Rabata Hall in Temaiku, at a free show announced only "
             "the day before.", date=dt.date(2071, 10, 3))
    f = facts(r)
    assert {type_of(r, n) for n in ("Marakei", "Nonouti", "Kuria")} <= {"schema:Place", "schema:City"}
    assert type_of(r, "Tabiang Shipping") == "schema:Organization"
    assert {("Kaetea Tebano", "schema:birthPlace", "Marakei"), ("Kaetea Tebano", "schema:birthDate", "2047"),
            ("Marawa String Band", "schema:founder", "Tekau Baraniko"), ("Marawa String Band", "schema:foundingDate", "2059"),
            ("Ioteba Kirata", "schema:memberOf", "Marawa String Band"), ("Bon Kainga", "schema:byArtist", "Marawa String Band")} <= f
    assert ("Kaetea Tebano", "schema:affiliation", "Nonouti") not in f
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2071-09-27"]
    assert "Rabata Hall" in {name(r, k) for k in night.locations}


def test_a_night_moved_to_a_town_and_a_recording_of_the_song_in_focus():
    r = read("The Quarrymen's Choir lose their bus and keep their song\n\n"
             "The best known of their songs, \"Mizzle on the Tip\", has words by Ifan Pritchard and music by Eirian Hughes. A recording "
             "of it by Hughes and Pritchard came out last Friday on Moelwyn Records.\n\n"
             "The organisers have moved the choir to the closing night: the Quarrymen's Choir will now sing in Bethesda on Saturday, "
             "March 19.", date=dt.date(2072, 3, 9))
    f = facts(r)
    assert {("Mizzle on the Tip", "schema:byArtist", "Eirian Hughes"), ("Mizzle on the Tip", "schema:byArtist", "Ifan Pritchard"),
            ("Mizzle on the Tip", "schema:datePublished", "2072-03-04")} <= f
    nights = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.start_date}
    assert nights.get("2072-03-19") == ["Bethesda"]


def test_a_theatre_company_named_tail_last_its_actors_brothers_and_a_tour_of_the_harbour_halls():
    r = read("A play at dawn in the net loft at Bueu\n\n"
             "Yesterday, at six in the morning, Maruxía Teatro gave the first performance of O Último Lance, the new play by Xiana "
             "Fernández, in the net loft of the harbour at Bueu. Fernández, who won the Premio Arela in 2064 for a play about rope makers, "
             "watched the premiere from a stack of nets.\n\n"
             "The production is directed by Xurxo Abal, who was born in Cangas in 2041 and has directed for Maruxía Teatro since Tareixa "
             "Lestón founded the company in Bueu in 2050. Lestón still acts with it. The two fishermen are played by two of the company's "
             "actors, the brothers Anxo Piñeiro, thirty-three, and Martiño Piñeiro, twenty-eight.\n\n"
             "Maruxía Teatro will take O Último Lance to the net lofts of Portonovo on Saturday, October 15, Aldán on Saturday, October 22, "
             "and Cangas on Friday, November 4.", date=dt.date(2072, 10, 8))
    f = facts(r)
    assert type_of(r, "Maruxía Teatro") == "schema:PerformingGroup" and "Teatro" not in entity_names(r)
    assert {("Maruxía Teatro", "schema:founder", "Tareixa Lestón"), ("Maruxía Teatro", "schema:foundingDate", "2050"),
            ("Xurxo Abal", "schema:memberOf", "Maruxía Teatro"), ("Tareixa Lestón", "schema:memberOf", "Maruxía Teatro"),
            ("Anxo Piñeiro", "schema:memberOf", "Maruxía Teatro"), ("Martiño Piñeiro", "schema:memberOf", "Maruxía Teatro"),
            ("Anxo Piñeiro", "schema:sibling", "Martiño Piñeiro"), ("O Último Lance", "schema:actor", "Anxo Piñeiro"),
            ("O Último Lance", "schema:actor", "Martiño Piñeiro")} <= f
    assert not any(e.start_date and e.start_date.iso == "2064" for e in r.events)
    stops = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.status == "future"}
    assert stops == {"2072-10-15": ["Portonovo"], "2072-10-22": ["Aldán"], "2072-11-04": ["Cangas"]}


def test_an_album_out_on_monday_sung_on_tuesday_and_the_granddaughter_who_founded_the_label():
    r = read("Forty years of jingles come out as an album in Gabès\n\n"
             "On Monday thirty of them came out as an album, Dakika Wahda, and on Tuesday night Habib Ghannouchi sang them in public for "
             "the first time, at the Salle Kerkenna in Gabès. The album is credited to Ghannouchi and his wife, Zeineb Ayari.\n\n"
             "Their son, Fathi Ghannouchi, plays guitar in the band that backed his parents on Tuesday, and his daughter, Sonia Ghannouchi, "
             "founded the label Disques Zarzis in Gabès in 2065 and produced Dakika Wahda from the station's reels.",
             date=dt.date(2072, 5, 12))
    f = facts(r)
    assert {("Dakika Wahda", "schema:datePublished", "2072-05-09"), ("Disques Zarzis", "schema:founder", "Sonia Ghannouchi"),
            ("Dakika Wahda", "schema:producer", "Sonia Ghannouchi")} <= f
    assert ("Disques Zarzis", "schema:founder", "Fathi Ghannouchi") not in f
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2072-05-10"]
    assert [name(r, k) for k in night.locations] == ["Salle Kerkenna", "Gabès"]
    assert ("schema:performer", "Habib Ghannouchi") in participants(r, night)


def test_the_directors_husband_long_after_the_film_by_her_and_two_screenings_both_attended():
    r = read("A film shown on a wall of ice outside Mirny\n\n"
             "On Saturday night about four hundred people stood on the frozen reservoir below Mirny and watched Kyhyn Tymyy, the new film "
             "by Aiyyna Gotovtseva, projected onto a wall of ice.\n\n"
             "The wall was cut by the carvers Erel Danilov and his brother Kesha Danilov, who run Muus Tas, the workshop their father, "
             "Bert Danilov, founded in Mirny in 2051.\n\n"
             "Sardana Okoneshnikova, who plays the grandmother, watched from the front row. She said the cold had been kind to the "
             "projector. The camera was held by Ilya Zverev.\n\n"
             "The score was written by Egor Vinokurov, the director's husband, who played it live beside the projector.\n\n"
             "The film will be shown on a second ice wall in Udachny on Saturday, February 5, and indoors, for those who like their toes, "
             "at Almaz Hall in Lensk on Thursday, February 17. Gotovtseva and Okoneshnikova will attend both screenings.",
             date=dt.date(2072, 1, 19))
    f = facts(r)
    assert ("Egor Vinokurov", "schema:spouse", "Aiyyna Gotovtseva") in f
    assert ("Egor Vinokurov", "schema:spouse", "Sardana Okoneshnikova") not in f
    assert ("Muus Tas", "schema:founder", "Bert Danilov") in f
    later = {e.start_date.iso: e for e in r.events if e.status == "future"}
    assert [name(r, k) for k in later["2072-02-05"].locations] == ["Udachny"]
    assert [name(r, k) for k in later["2072-02-17"].locations] == ["Almaz Hall", "Lensk"]
    for e in later.values():
        assert {"Aiyyna Gotovtseva", "Sardana Okoneshnikova"} <= {n for _, n in participants(r, e)}


def test_a_workshop_of_two_brothers_one_who_died_a_band_founded_in_passing_and_a_retrospective_called_so():
    r = read("Sixty years of dance posters go on show in Cajamarca\n\n"
             "Last Friday a hundred and ninety of them went up on the walls of the Galería Cumbe in Cajamarca, in a retrospective "
             "called Centella.\n\n"
             "Anatolio Chilón, who was born in Baños del Inca in 1996, founded the workshop Letras Cumbe in Cajamarca in 2040 with his "
             "brother Fortunato Chilón, who cut the stencils until he died in 2065.\n\n"
             "On Saturday night the courtyard became a dance hall for Los Vientos de Llacanora, the band from Jesús whose posters "
             "Chilón has painted since Anselmo Chuquiruna founded it in 2043. Chuquiruna still plays the harp in it. Its singer, "
             "Evarista Tantaleán, who joined in 2061 and performs as Palomita, sang from a platform.\n\n"
             "Centella then travels to Chota, where it opens at the Casa de la Cultura on Thursday, April 20.",
             date=dt.date(2072, 3, 14))
    f = facts(r)
    assert {("Letras Cumbe", "schema:founder", "Anatolio Chilón"), ("Letras Cumbe", "schema:founder", "Fortunato Chilón"),
            ("Fortunato Chilón", "schema:deathDate", "2065"), ("Los Vientos de Llacanora", "schema:founder", "Anselmo Chuquiruna"),
            ("Anselmo Chuquiruna", "schema:memberOf", "Los Vientos de Llacanora")} <= f
    assert ("Anatolio Chilón", "schema:deathDate", "2065") not in f
    assert "Centella" not in entity_names(r) and type_of(r, "Chota") == "schema:City"
    [singer] = [e for e in r.entities.values() if {"Evarista Tantaleán", "Palomita"} & e.names]
    assert {"Evarista Tantaleán", "Palomita"} <= singer.names


def test_a_band_battle_its_founders_with_asides_a_bassist_who_joined_and_a_judge_known_by_a_stage_name():
    r = read("Eight bands and no water: the Bloodwood Larrikins take the Mallee Cup in a dry creek bed\n\n"
             "The winners were the Bloodwood Larrikins, a trio from Mount Isa, who took the Mallee Cup with a song about a flat tyre. "
             "The band was founded in 2068 by Kalliopi Mavros, who sings and plays guitar, and her younger brother, Yianni Mavros, who plays "
             "drums. Corey Nankivell joined on bass in 2070.\n\n"
             "Second place went to the Bluebush Engineers, whose singer, Wilma Tregonning, is married to Dale Kornhauser, who usually "
             "chairs the judges. The judging was left to the country singer Brolga Jones, whose name is Eleni Theodorakis.",
             date=dt.date(2072, 8, 16))
    f = facts(r)
    assert {("Bloodwood Larrikins", "schema:founder", "Kalliopi Mavros"), ("Bloodwood Larrikins", "schema:founder", "Yianni Mavros"),
            ("Corey Nankivell", "schema:memberOf", "Bloodwood Larrikins"), ("Wilma Tregonning", "schema:memberOf", "Bluebush Engineers"),
            ("Wilma Tregonning", "schema:spouse", "Dale Kornhauser"), ("Bloodwood Larrikins", "schema:award", "Mallee Cup")} <= f
    assert type_of(r, "Bluebush Engineers") == "schema:MusicGroup"
    assert "Eleni Theodorakis" in aliases_of(r, "Brolga Jones")


def test_a_video_a_band_made_a_founders_list_that_stops_at_a_later_member_and_a_first_stop_told_after_its_month():
    r = read("One street, one take: the Caprock Chorale film their whole town\n\n"
             "Zaguanes Abiertos, the video the Caprock Chorale made in Tucumcari for their song \"Arroyo Seco\", was released on Tuesday.\n\n"
             "The band was founded in the town in 2065 by the singer Dolores Baca and the guitarist Abrán Maestas, and Cleofas "
             "Gurulé has played drums with them since 2069.\n\n"
             "The Caprock Chorale take the song on the road next month, to the Pecos Hall in Portales on Saturday, December 3, and "
             "the Llano Hall in Clovis on Friday, December 9.", date=dt.date(2072, 11, 18))
    f = facts(r)
    assert {("Zaguanes Abiertos", "schema:byArtist", "Caprock Chorale"), ("Caprock Chorale", "schema:founder", "Dolores Baca"),
            ("Caprock Chorale", "schema:founder", "Abrán Maestas"), ("Cleofas Gurulé", "schema:memberOf", "Caprock Chorale")} <= f
    assert ("Caprock Chorale", "schema:founder", "Cleofas Gurulé") not in f
    stops = {e.start_date.iso: [name(r, k) for k in e.locations] for e in events_of(r, "newskg:TourStop")}
    assert stops == {"2072-12-03": ["Pecos Hall", "Portales"], "2072-12-09": ["Llano Hall", "Clovis"]}


def test_a_singles_words_and_music_by_one_man_a_company_its_director_founded_and_a_rig_taken_to_two_towns():
    r = read("The eagle has landed: Águia Dourada unveil their new rig in Marabá\n\n"
             "The band Águia Dourada unveiled a new stage rig in Marabá. The rig was unveiled with a new single, \"Açaí de Várzea\", credited to Águia Dourada and Jucilene Moraes, which came out on "
             "Gravadora Tocantins last Friday. Moraes sings it; words and music are by Benedito Lameira.\n\n"
             "The show is by Trupe Itacaiúnas, the company Marinalva Quaresma founded in Marabá in 2058.\n\n"
             "Águia Dourada will take it to Tucuruí on Saturday, October 1, and to Parauapebas on Saturday, October 15.",
             date=dt.date(2072, 9, 21))
    f = facts(r)
    assert {("Açaí de Várzea", "schema:lyricist", "Benedito Lameira"), ("Açaí de Várzea", "schema:composer", "Benedito Lameira"),
            ("Trupe Itacaiúnas", "schema:founder", "Marinalva Quaresma")} <= f
    assert KIND_OF.get(type_of(r, "Trupe Itacaiúnas")) in ("organization", "group")
    stops = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.status == "future"}
    assert stops == {"2072-10-01": ["Tucuruí"], "2072-10-15": ["Parauapebas"]}


def test_a_podcast_its_hosts_the_brothers_its_producer_its_company_and_a_book_based_on_it():
    r = read("Quandong Wireless bows out: the outback podcast records its farewell in Broken Hill\n\n"
             "For nine years Quandong Wireless has told the stories of abandoned mines, from a shed in Broken Hill. "
             "Last Friday its two hosts taped the final episode at the Silverton Institute.\n\n"
             "The hosts are the brothers Ludvik Vasquarin and Emil Vasquarin. Vasquarin, the elder, was born in Menindee in 2031 "
             "and writes the scripts; his brother Emil, who was born in Wilcannia in 2035, reads them. The podcast was made for "
             "Redgum Signal, the company Merle Pettigrove founded in Broken Hill in 2052, and it has been produced from the first "
             "episode by Reginald Tullidge.\n\n"
             "A book based on the podcast, Quartz in the Tailings, written by the two brothers, came out last month.\n\n"
             "\"We ran out of mines,\" Emil said.", date=dt.date(2073, 5, 14))
    f = facts(r)
    assert type_of(r, "Quandong Wireless") == "schema:RadioSeries" and type_of(r, "Quartz in the Tailings") == "schema:Book"
    assert {("Quandong Wireless", "schema:author", "Ludvik Vasquarin"), ("Quandong Wireless", "schema:author", "Emil Vasquarin"),
            ("Quandong Wireless", "schema:producer", "Reginald Tullidge"), ("Quandong Wireless", "schema:productionCompany", "Redgum Signal"),
            ("Quartz in the Tailings", "schema:isBasedOn", "Quandong Wireless"),
            ("Quartz in the Tailings", "schema:author", "Ludvik Vasquarin"), ("Quartz in the Tailings", "schema:author", "Emil Vasquarin"),
            ("Ludvik Vasquarin", "schema:birthDate", "2031"), ("Ludvik Vasquarin", "schema:birthPlace", "Menindee")} <= f
    assert type_of(r, "Emil Vasquarin") == "schema:Person" and "Vasquarin" in aliases_of(r, "Ludvik Vasquarin")


def test_a_comedy_collective_he_founded_and_a_special_produced_by_one_whose_company_made_it():
    r = read("Chair by the window: Tondeuse tapes a comedy special in a laundromat\n\n"
             "Essorage, the first comedy special by the comedian Tondeuse, began streaming on Likelemba TV on Friday. "
             "Essorage was directed by Clarisse Mbuyamba and produced by Dieumerci Lokwa, whose company, Tshopo Pictures, "
             "made it for the streaming service.\n\n"
             "Tondeuse started out with Les Bobines, the comedy collective he founded in 2061 with Patience Ilunga.",
             date=dt.date(2073, 3, 12))
    f = facts(r)
    assert KIND_OF.get(type_of(r, "Les Bobines")) in ("organization", "group")
    assert {("Essorage", "schema:producer", "Dieumerci Lokwa"), ("Essorage", "schema:productionCompany", "Tshopo Pictures"),
            ("Les Bobines", "schema:founder", "Tondeuse"), ("Les Bobines", "schema:founder", "Patience Ilunga")} <= f


def test_a_dance_piece_in_sentence_case_its_score_its_founders_the_sisters_and_its_dated_nights():
    r = read("Forty steps: a dance company takes over the fire escapes of Montcalm\n\n"
             "Quarante paliers, the new piece by Compagnie Escargot, was danced on the fire escapes of one block of Montcalm, "
             "in Chicoutimi, on Saturday.\n\n"
             "The company was founded in Chicoutimi in 2055 by the sisters Rolande Prévereau and Clothilde Prévereau. "
             "The score is by the fiddler Anselme Bouffard. It came out as an album, Palier par palier, on Disques Varennes, the label "
             "Gérald Varennes founded in Sherbrooke in 2047.\n\n"
             "Ludvika Thiboutot and Eudore Lachapelle, who are married, dance a duet on a single landing.\n\n"
             "Compagnie Escargot will dance Quarante paliers in Sherbrooke on Wednesday, August 2, and in Gaspé on Thursday, August 10.",
             date=dt.date(2073, 7, 16))
    f = facts(r)
    assert type_of(r, "Quarante paliers") == "schema:CreativeWork" and type_of(r, "Ludvika Thiboutot") == "schema:Person"
    assert KIND_OF.get(type_of(r, "Montcalm")) == "place"
    assert {("Compagnie Escargot", "schema:founder", "Rolande Prévereau"), ("Compagnie Escargot", "schema:founder", "Clothilde Prévereau"),
            ("Quarante paliers", "schema:composer", "Anselme Bouffard"), ("Palier par palier", "schema:recordLabel", "Disques Varennes"),
            ("Ludvika Thiboutot", "schema:spouse", "Eudore Lachapelle")} <= f
    assert ("Palier par palier", "schema:recordLabel", "Gérald Varennes") not in f
    nights = {e.start_date.iso: [name(r, k) for k in e.locations] for e in events_of(r, "schema:DanceEvent")}
    assert nights == {"2073-08-02": ["Sherbrooke"], "2073-08-10": ["Gaspé"]}


def test_an_opera_its_singers_of_unnamed_parts_its_director_and_a_premiere_that_publishes_nothing():
    r = read("An opera in a funicular: Ruovttu rides up Storsteinen above Bodø\n\n"
             "On Thursday night the new opera by Sunniva Aslaksen had its premiere in the funicular that climbs Storsteinen above "
             "Bodø.\n\n"
             "Aslaksen wrote the music, and the words are by Tollef Brekkeslett. The production is by Fjellscene, the company "
             "Ragnfrid Hovdenak founded in Bodø in 2051, and Hovdenak directed it herself.\n\n"
             "Ingfrid Sæterbakk sings the fisher's widow who climbs the mountain, Ottar Lysvold sings the conductor who keeps the car "
             "moving, and Gudveig Mælen sings the grandmother, who never leaves the lower station.\n\n"
             "Aslaksen won a prize in 2068 for a song cycle, and Ruovttu is her first opera.", date=dt.date(2073, 6, 24))
    f = facts(r)
    assert type_of(r, "Ruovttu") == "schema:CreativeWork" and KIND_OF.get(type_of(r, "Storsteinen")) == "place"
    assert {("Ruovttu", "schema:actor", "Ingfrid Sæterbakk"), ("Ruovttu", "schema:actor", "Ottar Lysvold"),
            ("Ruovttu", "schema:actor", "Gudveig Mælen"), ("Ruovttu", "schema:director", "Ragnfrid Hovdenak"),
            ("Ruovttu", "schema:lyricist", "Tollef Brekkeslett")} <= f
    assert not facts(r, "schema:datePublished") & {("Ruovttu", "schema:datePublished", "2073-06-21")}


def test_a_singer_the_model_calls_a_company_whose_surname_opens_sentences_and_her_husband_who_produced_it():
    r = read("The falcon spreads its wings: Falcão de Prata unveil a new rig in Óbidos\n\n"
             "The rig was unveiled with a new single, \"Maniçoba de Sábado\", credited to Falcão de Prata and Juciara Mafra, which came "
             "out last Friday. Mafra, who is married to Ezequias Tapajós, sings it, and her husband produced it.\n\n"
             "Mafra said, \"I sang it from the falcon's beak.\"\n\n"
             "Mafra will sing it at all three parties.", date=dt.date(2073, 9, 18))
    f = facts(r)
    assert type_of(r, "Juciara Mafra") == "schema:Person" and "Mafra" in aliases_of(r, "Juciara Mafra")
    assert {("Juciara Mafra", "schema:spouse", "Ezequias Tapajós"), ("Maniçoba de Sábado", "schema:producer", "Ezequias Tapajós"),
            ("Maniçoba de Sábado", "schema:byArtist", "Juciara Mafra")} <= f


def test_a_video_game_its_kind_from_the_next_sentence_its_makers_and_an_orchestra_that_plays_it():
    r = read("Tuulenpesä, live: a string orchestra plays the score of a Sortavala-made video game\n\n"
             "For most of the crowd in Ruskeala Hall in Sortavala on Saturday evening, the music of Tuulenpesä had only come out "
             "of a laptop. The video game, in which a boy rows across a lake to find his dog, came out in 2070. On Saturday the "
             "Laatokka Strings, under Aune Hirvelä, played the whole of it in public for the first time.\n\n"
             "The score is by Vieno Huttunen, who was born in Kitee in 2049.\n\n"
             "Tuulenpesä was made by Kuikka Games, the studio that Eemeli Venäläinen and his wife, Siiri Karppinen, founded in "
             "Sortavala in 2064. Venäläinen directed the game and Karppinen wrote it. The actor Urho Lintunen voices the boy.", date=dt.date(2073, 3, 14))
    f = facts(r)
    assert type_of(r, "Tuulenpesä") == "schema:VideoGame"
    assert {("Tuulenpesä", "schema:director", "Eemeli Venäläinen"), ("Tuulenpesä", "schema:author", "Siiri Karppinen"),
            ("Tuulenpesä", "schema:actor", "Urho Lintunen"), ("Tuulenpesä", "schema:productionCompany", "Kuikka Games"),
            ("Tuulenpesä", "schema:datePublished", "2070")} <= f
    assert ("Tuulenpesä", "schema:actor", "Aune Hirvelä") not in f
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2073-03-11"]
    assert [name(r, k) for k in night.locations] == ["Ruskeala Hall", "Sortavala"]
    assert ("schema:performer", "Laatokka Strings") in participants(r, night)


def test_a_named_music_video_for_a_bands_single_the_siblings_who_founded_the_band_and_the_day_it_went_online():
    r = read("Sleet from a ski lift: Kivikoda show their new video at the foot of the hill in Tartu\n\n"
             "Lumesade, the six-minute video for the Tartu band Kivikoda's single \"Jääpurikas\", was filmed from a chair lift. "
             "On Monday night it had its premiere on a screen at the foot of the Toome hill in Tartu.\n\n"
             "Kivikoda are Liisbet Rammul, who sings, her brother Joosep Rammul, who plays guitar, and the drummer Mart Oja. The "
             "siblings founded the band in Tartu in 2064. Joosep wrote the music of \"Jääpurikas\"; the words are his sister's.\n\n"
             "Rammul, who won the Emajõe Prize in 2070, said the song came first. \"It was about winter,\" she said. The producer "
             "Tiit Kask said he had been told he was paying for a music video.\n\n"
             "Lumesade was put online on Tuesday morning. Kivikoda will play their album Talvepuu at the Vanemuise Hall in Tartu "
             "on Friday, February 10.", date=dt.date(2073, 1, 26))
    f = facts(r)
    assert "Rammul" in aliases_of(r, "Liisbet Rammul") and "Rammul" not in aliases_of(r, "Joosep Rammul")
    assert {("Kivikoda", "schema:founder", "Liisbet Rammul"), ("Kivikoda", "schema:founder", "Joosep Rammul"),
            ("Liisbet Rammul", "schema:memberOf", "Kivikoda"), ("Mart Oja", "schema:memberOf", "Kivikoda"),
            ("Lumesade", "schema:byArtist", "Kivikoda"), ("Lumesade", "schema:datePublished", "2073-01-24"),
            ("Liisbet Rammul", "schema:award", "Emajõe Prize"), ("Jääpurikas", "schema:lyricist", "Liisbet Rammul")} <= f
    assert ("Lumesade", "schema:datePublished", "2073-01-23") not in f
    assert not any(n.endswith("music video") for n in entity_names(r))
    assert [e.start_date.iso for e in events_of(r, "schema:MusicEvent")] == ["2073-02-10"] and not events_of(r, "schema:TheaterEvent")


def test_a_dance_crew_its_founder_and_youngest_member_the_singers_mother_and_her_dated_nights():
    r = read("Brakes on: a dance crew wins the final on the Esplanade des Filaos in Rufisque\n\n"
             "Last Sunday the best dancers met for a dance-off on the Esplanade des Filaos in Rufisque.\n\n"
             "The winners were Les Pneus Crevés, a crew of five teenagers from Pikine. Ousseynou Thiaré, who founded the crew in "
             "2071 and still dances in it, said they had practised on a roof while the singer Coumba Faye sang. The youngest member, "
             "Awentine Sagna, fell twice.\n\n"
             "The dance was made up by Coumba Faye's younger brother, the choreographer Birame Faye. The singer was born in "
             "Pikine in 2051 and won the Baobab d'Argent for best new artist in 2071.\n\n"
             "Their mother, Ndella Sarr, drove a bus for twenty years.\n\n"
             "As their prize, Les Pneus Crevés will appear in the video for Coumba Faye's next single, and will dance behind her "
             "when she sings \"Car Rapide\" at the Salle Fromager in Thiès on Saturday, June 17, and in Mbour on Saturday, July 1.",
             date=dt.date(2073, 5, 27))
    f = facts(r)
    assert KIND_OF.get(type_of(r, "Les Pneus Crevés")) == "group" and KIND_OF.get(type_of(r, "Esplanade des Filaos")) == "place"
    assert {("Les Pneus Crevés", "schema:founder", "Ousseynou Thiaré"), ("Les Pneus Crevés", "schema:foundingDate", "2071"),
            ("Awentine Sagna", "schema:memberOf", "Les Pneus Crevés"), ("Coumba Faye", "schema:award", "Baobab d'Argent"),
            ("Ndella Sarr", "schema:children", "Birame Faye"), ("Ndella Sarr", "schema:children", "Coumba Faye")} <= f
    assert not any(n.endswith("music video") for n in entity_names(r))
    nights = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.start_date and e.start_date.iso > "2073-06"}
    assert nights == {"2073-06-17": ["Salle Fromager", "Thiès"], "2073-07-01": ["Mbour"]}


def test_a_ring_name_inside_his_sons_the_wrestlers_wife_a_player_in_it_and_a_launch_night_that_is_no_release():
    r = read("A tuba at ringside: Banda Cuatro Vientos launch an album of entrance themes in Veracruz\n\n"
             "Nobody at the Arena Olas in Veracruz walks to the ring in silence. On Sunday night the banda launched Salidas, an "
             "album of the ten entrance themes it plays most often, and about two thousand people filled the arena.\n\n"
             "The new wrestler is Tormenta Chico, the son of Tormenta, who wrestled at the arena for twenty years.\n\n"
             "Banda Cuatro Vientos was founded in Veracruz in 2051 by the trumpeter Eusebio Landeros, who still leads it. His "
             "daughter, Jovita Landeros, has played the tuba in it since 2064. Eusebio Landeros wrote \"Himno de la Tormenta\" and nine "
             "of the other themes on Salidas, which came out last Friday on Discos Oleaje.\n\n"
             "Calamar, whose face has never been seen, is married to the luchadora Medusa, whose theme is the only one on the "
             "album not written by Landeros. \"I wanted to come out as if I had been invited to dinner,\" Medusa said.\n\n"
             "\"I have lost to the father and now to the son,\" Calamar said.", date=dt.date(2073, 10, 25))
    f = facts(r)
    assert {"Tormenta Chico", "Tormenta"} <= entity_names(r)
    assert {("Tormenta Chico", "schema:parent", "Tormenta"), ("Calamar", "schema:spouse", "Medusa"),
            ("Jovita Landeros", "schema:memberOf", "Banda Cuatro Vientos"), ("Salidas", "schema:byArtist", "Banda Cuatro Vientos"),
            ("Salidas", "schema:datePublished", "2073-10-20"), ("Himno de la Tormenta", "schema:inAlbum", "Salidas")} <= f
    assert ("Salidas", "schema:datePublished", "2073-10-22") not in f
    assert not {("Salidas", "schema:lyricist", "Eusebio Landeros"), ("Salidas", "schema:composer", "Eusebio Landeros")} & f
    [launch] = [e for e in r.events if e.start_date and e.start_date.iso == "2073-10-22"]
    assert [name(r, k) for k in launch.locations] == ["Arena Olas", "Veracruz"]


def test_a_light_show_by_a_company_its_designer_its_island_stage_and_the_towns_it_flies_over_next():
    r = read("Sparks over the harbour: Ruru Lights fly Tides of Fire over Nelson\n\n"
             "On Friday night thousands of people lined the wharf in Nelson and watched six hundred drones draw ships over the bay. "
             "Tides of Fire, the new show by Ruru Lights, lasted twenty minutes. Below them, on a stage on Haulashore, the small "
             "island in the harbour, Rawiri Tautahi played the music on a steel guitar.\n\n"
             "The show was designed by Mereana Pohatu, who founded Ruru Lights in Nelson in 2066 with her husband, Tamati "
             "Ruawai. The music is by Tautahi, who was born in Motueka in 2040. The show is narrated by the actress Huia Tamihana.\n\n"
             "The music came out yesterday as an album, Low Water, on Tui Records.\n\n"
             "Ruru Lights will fly Tides of Fire again over Kaikōura on Sunday, December 31, with Tautahi playing from a boat, "
             "and over Picton on Saturday, January 13. The company will also take it to Blenheim on Friday, January 19.",
             date=dt.date(2073, 12, 11))
    f = facts(r)
    assert KIND_OF.get(type_of(r, "Nelson")) == "place" and KIND_OF.get(type_of(r, "Haulashore")) == "place"
    assert {("Tides of Fire", "schema:productionCompany", "Ruru Lights"), ("Tides of Fire", "schema:author", "Mereana Pohatu"),
            ("Ruru Lights", "schema:founder", "Tamati Ruawai"), ("Ruru Lights", "schema:foundingDate", "2066"),
            ("Tides of Fire", "schema:actor", "Huia Tamihana"), ("Low Water", "schema:byArtist", "Rawiri Tautahi"),
            ("Low Water", "schema:recordLabel", "Tui Records")} <= f
    assert ("Tides of Fire", "schema:actor", "Rawiri Tautahi") not in f
    stops = {e.start_date.iso: ([name(r, k) for k in e.locations], participants(r, e)) for e in r.events
             if e.start_date and e.start_date.iso >= "2073-12-31"}
    assert {d: p for d, (p, _) in stops.items()} == {"2073-12-31": ["Kaikōura"], "2074-01-13": ["Picton"], "2074-01-19": ["Blenheim"]}
    assert all(("schema:workPresented", "Tides of Fire") in parts and ("schema:performer", "Ruru Lights") in parts
               for _, parts in stops.values())


def test_a_score_that_came_out_as_an_album_on_a_selo_and_a_singer_whose_husband_does_not_sing():
    r = read("Seven steps: a dance company takes the harbour stairs of Olinda\n\n"
             "Sete Degraus, the new piece by Companhia Caranguejo, was danced on the harbour stairs of Olinda on Saturday.\n\n"
             "The score is by the accordionist Zeferino Barata. It came out last month as an album, Vazante, on Selo Jangada.\n\n"
             "The company's new single, \"Frevo da Ponte\", came out on Friday. Dalva Queiroz, who is married to Jovelino Brandão, sings it.",
             date=dt.date(2073, 9, 13))
    f = facts(r)
    assert {("Vazante", "schema:byArtist", "Zeferino Barata"), ("Vazante", "schema:recordLabel", "Selo Jangada"),
            ("Frevo da Ponte", "schema:byArtist", "Dalva Queiroz")} <= f
    assert ("Frevo da Ponte", "schema:byArtist", "Jovelino Brandão") not in f


def test_a_dead_comedians_stage_name_his_son_who_leads_the_company_now_and_the_towns_the_show_goes_to():
    r = read("The chair is taken: a hologram of Pansit sings between the scenes of Sampung Bangka in Vigan\n\n"
             "For three years the Dalisay Players have kept a chair empty. On Sunday night, at Teatro Bituin in Vigan, it was taken. "
             "Between two scenes of Sampung Bangka, the company's new sarswela, the comedian known to everyone as Pansit walked out of "
             "the wings and sang two of his songs. It was a hologram.\n\n"
             "Pansit, whose own name was Emeterio Lacson, founded the Dalisay Players in Vigan in 2040 and led the company until his "
             "death. His son, Ramoncito Lacson, leads it now, and wrote and directed Sampung Bangka. Cornelio Abaya plays the oldest "
             "fisherman. The loudest cheer came for "
             "\"Kanin at Ulam\", the song whose words and tune Pansit wrote in 2048.\n\n"
             "The hologram was built by Bantay Digital, the Laoag studio that Melchora Agbayani founded with her husband, Teodulo "
             "Rabago, in 2069.\n\n"
             "Ramoncito Lacson said the hologram would only sing. \"My father made up a new joke every night,\" said Lacson, who was "
             "born in Vigan in 2046.\n\n"
             "The Dalisay Players take Sampung Bangka and the hologram to Teatro Luna in Laoag on Saturday, March 11, and to Candon "
             "on Sunday, March 19.", date=dt.date(2073, 2, 22))
    f = facts(r)
    assert type_of(r, "Pansit") == "schema:Person" and "Emeterio Lacson" in aliases_of(r, "Pansit")
    assert "Lacson" in aliases_of(r, "Ramoncito Lacson")
    assert {("Ramoncito Lacson", "schema:birthDate", "2046"), ("Sampung Bangka", "schema:director", "Ramoncito Lacson"),
            ("Sampung Bangka", "schema:author", "Ramoncito Lacson"), ("Ramoncito Lacson", "schema:memberOf", "Dalisay Players"),
            ("Kanin at Ulam", "schema:composer", "Pansit"), ("Kanin at Ulam", "schema:lyricist", "Pansit"),
            ("Bantay Digital", "schema:founder", "Melchora Agbayani"), ("Bantay Digital", "schema:founder", "Teodulo Rabago"),
            ("Bantay Digital", "schema:foundingDate", "2069")} <= f
    stops = {e.start_date.iso: ([name(r, k) for k in e.locations], participants(r, e)) for e in r.events
             if e.start_date and e.start_date.iso >= "2073-03"}
    assert {d: p for d, (p, _) in stops.items()} == {"2073-03-11": ["Teatro Luna", "Laoag"], "2073-03-19": ["Candon"]}
    assert all(("schema:workPresented", "Sampung Bangka") in parts for _, parts in stops.values())


def test_a_water_revue_the_band_of_two_brothers_on_its_raft_and_the_newcomer_a_bare_surname_means():
    r = read("Swimmers and a raft: Søløverne open Havbølge in the Svendborg lido\n\n"
             "On Friday evening thirty swimmers slid into the Svendborg lido. Havbølge, the new water revue by Søløverne, lasted an "
             "hour.\n\n"
             "Søløverne was founded in Svendborg in 2055 by Inger Lykke, who still swims in the troupe. Her daughter, Agnete Lykke, "
             "directed Havbølge and watched the premiere from the diving tower. Lykke, who won the Taasinge Prize for choreography in "
             "2069, said every swimmer counts in her head.\n\n"
             "The music was played from a raft by Tågehorn, the Herning band of the brothers Mogens Thygesen and Villads Thygesen and "
             "the accordionist Birthe Kjærgaard. The brothers founded it in 2063. The revue ends with \"Dykket\", whose music Villads "
             "wrote and whose words are his brother's.\n\n"
             "\"You play better when the stage moves,\" said the singer, Mogens Thygesen, who was born in Nyborg in 2050 and is "
             "married to Agnete Lykke.\n\n"

             "Søløverne take Havbølge to the harbour of Faaborg on Saturday, August 5, and to the old moat of Kerteminde on "
             "Saturday, August 19.", date=dt.date(2073, 7, 22))
    f = facts(r)
    assert "Lykke" in aliases_of(r, "Agnete Lykke") and "Lykke" not in aliases_of(r, "Inger Lykke")
    assert {("Havbølge", "schema:productionCompany", "Søløverne"), ("Agnete Lykke", "schema:award", "Taasinge Prize"),
            ("Mogens Thygesen", "schema:memberOf", "Tågehorn"), ("Birthe Kjærgaard", "schema:memberOf", "Tågehorn"),
            ("Tågehorn", "schema:founder", "Villads Thygesen"), ("Tågehorn", "schema:foundingDate", "2063"),
            ("Dykket", "schema:composer", "Villads Thygesen"), ("Dykket", "schema:lyricist", "Mogens Thygesen"),
            ("Mogens Thygesen", "schema:spouse", "Agnete Lykke")} <= f
    assert ("Dykket", "schema:lyricist", "Villads Thygesen") not in f
    stops = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.start_date and e.start_date.iso >= "2073-08"}
    assert stops == {"2073-08-05": ["Faaborg"], "2073-08-19": ["Kerteminde"]}
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2073-07-21"]
    assert ("schema:attendee", "Agnete Lykke") in participants(r, night) and not [e for e in r.events if not e.start_date]


def test_a_horse_show_the_riding_familys_children_a_prize_won_in_an_aside_and_the_quartets_album():
    r = read("Thirty horses and a quartet: El Trote del Molle opens at the Corral Tipa in Tucumán\n\n"
             "El Trote del Molle, the new show by the Compañía Ecuestre Quebracho, had its first night on Saturday.\n\n"
             "The company was founded in Tafí in 2058 by the horse trainer Anselmo Quipildor and his wife, Dorotea Tolay. Their "
             "children ride in the show too: Amaru Quipildor plays a boy who carries the mail, and his sister, Itatí Quipildor, "
             "plays the thief who chases him.\n\n"
             "The show was directed by Clementina Vaca, who was born in Amaicha in 2051 and won the Premio Aconquija for direction in "
             "2068. The story is by the poet Anastasio Villafañe, and the music is by Vaca's husband, Feliciano Sosa. Sosa founded "
             "Tusca in Tucumán in 2065 with his brother, Rómulo Sosa, who plays the bombo.\n\n"
             "Tusca's recording of the music came out on Friday as an album, Polvareda, on Discos Tala.", date=dt.date(2073, 4, 17))
    f = facts(r)
    assert {("Clementina Vaca", "schema:award", "Premio Aconquija"), ("El Trote del Molle", "schema:author", "Anastasio Villafañe"),
            ("Amaru Quipildor", "schema:parent", "Anselmo Quipildor"), ("Itatí Quipildor", "schema:parent", "Dorotea Tolay"),
            ("Polvareda", "schema:byArtist", "Tusca"), ("Tusca", "schema:founder", "Rómulo Sosa"),
            ("El Trote del Molle", "schema:productionCompany", "Compañía Ecuestre Quebracho")} <= f
    assert not {("El Trote del Molle", "schema:award", "Premio Aconquija"), ("El Trote del Molle", "schema:actor", "Rómulo Sosa")} & f


def test_an_escape_room_its_makers_a_voice_its_tournament_and_a_kin_by_marriage_that_is_no_parent():
    r = read("Locked in with the author: Candado Negro opens a room built from a detective novel in Moquegua\n\n"
             "The first people locked into \"La Oficina del Inspector\" were the woman who invented the crime and her grandsons. On "
             "Tuesday evening Reinalda Quispecahua, whose novel El Silencio del Misti came out in 2058, was shut with them into a "
             "copy of her inspector's office.\n\n"
             "The room is the new one by Candado Negro, the company that the siblings Gualberto Ccori and Rufina Ccori founded in "
             "Moquegua in 2071. It was designed by Quispecahua's daughter, Florinda Condorena, who spent a year turning the novel's "
             "clues into locks. Through the radio, the inspector gives hints in the voice of the actor Casimiro Apaza, who is married "
             "to Condorena.\n\n"
             "Asked whether it had been strange to play his mother-in-law's inspector, Apaza said:\n\n"
             "\"Every evening my wife tells me he was too helpful, and then her mother tells me he was not helpful enough.\"\n\n"
             "On Saturday, June 24, Candado Negro will hold a tournament in the Moquegua room for twelve school teams, with "
             "Quispecahua's grandsons as judges.", date=dt.date(2073, 6, 17))
    f = facts(r)
    assert {("La Oficina del Inspector", "schema:productionCompany", "Candado Negro"),
            ("La Oficina del Inspector", "schema:author", "Florinda Condorena"), ("La Oficina del Inspector", "schema:actor", "Casimiro Apaza"),
            ("Casimiro Apaza", "schema:spouse", "Florinda Condorena")} <= f
    assert not facts(r, "schema:parent") & {("Florinda Condorena", "schema:parent", "Casimiro Apaza")}
    [tournament] = [e for e in r.events if e.start_date and e.start_date.iso == "2073-06-24"]
    assert participants(r, tournament) == {("schema:organizer", "Candado Negro")}


def test_an_animated_films_sequel_named_with_and_the_its_director_its_score_and_the_park_a_couple_founded():
    r = read("Wombat Mail rides again: a dark ride opens at Banksia Bay on the Sunshine Coast\n\n"
             "The first passengers on the new ride at Banksia Bay boarded yesterday, nine years after the animated film Wombat Mail "
             "came out. Banksia Bay was founded in 2040 by Lindon "
             "Tregilgas and his wife, Maureen Tregilgas.\n\n"
             "While they queue, riders hear \"Sorting Day\", the film's song. Its words and music are by Raelene Trethowan, who also "
             "wrote Wombat Mail's score.\n\n"
             "Marlene Cheeseman said the studio's second film, Wombat Mail and the Long Dry, which she also directed, was finished "
             "and would open at the Majestic in Nambour on Saturday, December 16.", date=dt.date(2073, 9, 23))
    f = facts(r)
    assert "Wombat Mail and the Long Dry" in entity_names(r) and "Long Dry" not in entity_names(r)
    assert {("Wombat Mail and the Long Dry", "schema:director", "Marlene Cheeseman"),
            ("Banksia Bay", "schema:founder", "Lindon Tregilgas"), ("Banksia Bay", "schema:founder", "Maureen Tregilgas")} <= f
    assert ("Wombat Mail", "schema:composer", "Raelene Trethowan") in f or \
        ("Wombat Mail", "newskg:scoreComposer", "Raelene Trethowan") in f


def test_a_rondalla_named_head_first_and_its_recording_that_came_out_as_the_album_on_a_label():
    r = read("Strings in the dark: a sand animation and a rondalla in Narvacan\n\n"
             "On Saturday night the sand artist Marites Dumlao drew the story of a weaver on a lit glass table, and beside her the "
             "twelve players of the Rondalla Malaya played the score.\n\n"
             "The Rondalla Malaya was founded in Narvacan in 2057 by Esmeraldo Tabios and his wife, Corazon Lagasca.\n\n"
             "The ensemble's recording of the score came out last month as the album Hinabing Ulan on Kawayan Plaka, the label that "
             "Dominador Ruelos founded in Candon in 2049.", date=dt.date(2073, 8, 21))
    f = facts(r)
    assert KIND_OF.get(type_of(r, "Rondalla Malaya")) == "group"
    assert "Hinabing Ulan" in entity_names(r) and not any(n.startswith("Hinabing Ulan on") for n in entity_names(r))
    assert {("Rondalla Malaya", "schema:founder", "Esmeraldo Tabios"), ("Rondalla Malaya", "schema:founder", "Corazon Lagasca"),
            ("Hinabing Ulan", "schema:recordLabel", "Kawayan Plaka"), ("Hinabing Ulan", "schema:byArtist", "Rondalla Malaya")} <= f


def test_a_comedy_that_x_directed_and_a_memoir_her_grandfather_published():
    r = read("A puppet retires: Tepito's last night in Rivas\n\n"
             "The ventriloquist Anselmo Ruedas and his puppet starred in \"Wooden Smiles\", a comedy film that Eleuterio Baltodano directed and "
             "that came out in 2041.\n\n"
             "Her new film, Bajo Cero, is based on Perlas del Norte, the memoir her grandfather, Ichiro Matsuda, published in "
             "2050.", date=dt.date(2073, 3, 14))
    f = facts(r)
    assert {("Wooden Smiles", "schema:director", "Eleuterio Baltodano"), ("Perlas del Norte", "schema:author", "Ichiro Matsuda")} <= f


def test_his_album_on_the_label_that_y_founded_is_not_ys():
    r = read("The music is by the oud player Tesfalem Berhane, who recorded it on a roof in Adi Quala, he said. His album Roof of "
             "Swifts came out in March on Seraye Sound, the label that Kidane Welday founded in 2049.", date=dt.date(2077, 5, 10))
    f = facts(r, "schema:byArtist")
    assert ("Roof of Swifts", "schema:byArtist", "Tesfalem Berhane") in f
    assert not any(o == "Kidane Welday" for _, _, o in f)


def test_her_score_came_out_as_an_album_the_one_just_shown_to_be_she():
    r = read("The music is by Eberhard Voigt's wife, Brynhild Skarstad, who wrote it for six cellos and a bucket of seawater. Her score "
             "came out on Friday as an album, Low Water Songs, on Seawrack Records, the label that Bertil Oskarsson founded in 2060.",
             date=dt.date(2077, 1, 19))
    assert ("Low Water Songs", "schema:byArtist", "Brynhild Skarstad") in facts(r)
    assert ("Seawrack Records", "schema:founder", "Bertil Oskarsson") in facts(r)


def test_a_prize_named_head_first_in_portuguese_and_a_piece_by_its_possessive():
    r = read("Brandão won the Prêmio Carrapicho for restoration in 2069.\n\n"
             "Maremoto, Dagny Andersen's piece for harmonium, two cellos and a recording of the tide, lasts nine hours.",
             date=dt.date(2077, 12, 23))
    f = facts(r)
    assert ("Brandão", "schema:award", "Prêmio Carrapicho") in f
    assert ("Maremoto", "schema:composer", "Dagny Andersen") in f


def test_siblings_who_joined_together_and_sons_who_play_in_the_band():
    r = read("The Stormsvale Ensemble played on regardless. The cellos were played by Asta Nyholm and her brother, Bent Nyholm, "
             "who joined the ensemble together in 2070.\n\n"
             "The tunes were played by the Banda Cajueiro Torto, the fife band Severo Bezerra founded in 2044. His sons, Gildo Bezerra "
             "and Renato Bezerra, play in the band too.", date=dt.date(2077, 10, 10))
    f = facts(r, "schema:memberOf")
    assert {("Asta Nyholm", "schema:memberOf", "Stormsvale Ensemble"), ("Bent Nyholm", "schema:memberOf", "Stormsvale Ensemble"),
            ("Gildo Bezerra", "schema:memberOf", "Banda Cajueiro Torto"), ("Renato Bezerra", "schema:memberOf", "Banda Cajueiro Torto")} <= f


def test_the_trio_that_two_sisters_founded_with_their_cousin():
    r = read("The music between the routines came from Los Guanacastes, the marimba trio that the sisters Maylin and Fabiola "
             "Urroz founded in Chinandega in 2052 with their cousin, Tránsito Urroz.", date=dt.date(2077, 3, 13))
    founders = {o for s, p, o in facts(r, "schema:founder") if s == "Los Guanacastes"}
    assert {"Fabiola Urroz", "Tránsito Urroz"} <= founders and any(n.startswith("Maylin") for n in founders)


def test_a_show_whose_music_is_by_x_stays_a_show_written_by_its_author():
    r = read("A Caixa de Vidro was written by Zulmira Quiroga around thirty painted slides from her late father's collection. "
             "Her husband, the actor Vicente Baracho, speaks every voice in the show.\n\n"
             "The music is by Benedito Gondim, and it was played on Friday by his fife band. His son, Joel Gondim, leads it now and "
             "wrote the music for Duna Parada, the sand animation that Lucinda Bastos will draw in December.",
             date=dt.date(2077, 10, 10))
    assert type_of(r, "A Caixa de Vidro") == "schema:CreativeWork"
    f = facts(r)
    assert ("A Caixa de Vidro", "schema:author", "Zulmira Quiroga") in f
    assert ("A Caixa de Vidro", "schema:composer", "Benedito Gondim") in f
    assert not any(s == "A Caixa de Vidro" and p in ("schema:lyricist", "schema:byArtist") for s, p, _ in f)
    assert any(s == "Duna Parada" and o == "Joel Gondim" and p in ("schema:composer", "newskg:scoreComposer") for s, p, o in f)


def test_a_show_named_only_in_the_headline_has_the_night_the_lead_tells():
    r = read("Painted glass and drums: O Navio de Papel brings a magic lantern back to the Teatro Jaqueira in Olhão\n\n"
             "On Friday night a magic lantern lit up a stage in Olhão for the first time in living memory. Four hundred people "
             "gasped at a paper ship in a storm.\n\n"
             "O Navio de Papel was written by Clarisse Valadares around thirty painted slides. Her husband, the actor Jeremias "
             "Sobreira, stands beside the lantern and speaks every voice in the show.", date=dt.date(2077, 10, 10))
    assert ("O Navio de Papel", "schema:actor", "Jeremias Sobreira") in facts(r)
    assert type_of(r, "O Navio de Papel") == "schema:CreativeWork"  # (a lantern show with a voice is still no film)
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2077-10-08"]
    assert ("schema:workFeatured", "O Navio de Papel") in participants(r, night)
    assert {name(r, k) for k in night.locations} >= {"Teatro Jaqueira", "Olhão"}


def test_the_ventriloquist_after_the_place_a_sentence_opens_with_is_the_one_named_before():
    r = read("For forty years Tranquilino Rivas has let a wooden parrot say the things he could not. On Thursday night, at the Teatro "
             "Malinche in Chinandega, the ventriloquist gave his last show. The two of them starred in Tres Loros Tristes, a comedy "
             "film that Baldomero Quant directed.\n\n"
             "\"We played his birthday show,\" said Zoraida Pineda, who plays the lowest notes.", date=dt.date(2077, 3, 13))
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2077-03-11"]
    assert any(n == "Tranquilino Rivas" for _, n in participants(r, night))
    assert ("Tres Loros Tristes", "schema:director", "Baldomero Quant") in facts(r)
    assert not any(p == "schema:actor" and o == "Zoraida Pineda" for _, p, o in facts(r))  # (the lowest notes are no part)


def test_the_album_was_w_the_songs_counted_on_it_and_the_night_it_was_heard():
    r = read("Snowbunting plays Long Night Ledger, her new album, to a dark hall in Carcross\n\n"
             "On Wednesday night two hundred people sat in Quarry Hall in Carcross with the exit signs covered and listened to a "
             "new album in the dark.\n\n"
             "The album was Long Night Ledger, the third by the singer who performs as Snowbunting, whose own name is Sigvor "
             "Fjellstad. It came out on Tuesday on Permafrost Records, and Tor Bakkevig produced it.\n\n"
             "She founded the band Whiteout in 2070 with her brother, Haakon Fjellstad, who plays the bass, and the drummer Odd "
             "Rasten.\n\n"
             "Two songs on the album drew cheers. Snowbunting wrote the music of both, and her brother wrote the words. \"Block "
             "Heater\" is about cold engines, and on \"Ice Road\" she sings with her mother, the fiddler Solrun Vik.",
             date=dt.date(2078, 11, 18))
    assert type_of(r, "Long Night Ledger") == "schema:MusicAlbum"
    f = facts(r)
    assert {("Long Night Ledger", "schema:byArtist", "Snowbunting"), ("Long Night Ledger", "schema:recordLabel", "Permafrost Records"),
            ("Long Night Ledger", "schema:datePublished", "2078-11-15"), ("Long Night Ledger", "schema:producer", "Tor Bakkevig")} <= f
    for song in ("Block Heater", "Ice Road"):
        assert {(song, "schema:inAlbum", "Long Night Ledger"), (song, "schema:composer", "Snowbunting"),
                (song, "schema:lyricist", "Haakon Fjellstad")} <= f
    assert ("Ice Road", "schema:byArtist", "Solrun Vik") in f
    assert not any(s == "Long Night Ledger" and p in ("schema:composer", "schema:lyricist") for s, p, _ in f)  # (the songs', not the album's)
    assert {o for s, p, o in f if s == "Whiteout" and p == "schema:founder"} == {"Snowbunting", "Haakon Fjellstad", "Odd Rasten"}
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2078-11-16"]
    assert "Quarry Hall" in {name(r, k) for k in night.locations}
    assert ("schema:workFeatured", "Long Night Ledger") in participants(r, night)


def test_a_play_named_after_a_play_is_told_keeps_its_kind_and_its_players_and_company():
    r = read("On Friday the Teatro Azinheira in Serpa opened a play with an audience of exactly one. \"Duas Cadeiras\" lasts ten "
             "minutes.\n\n"
             "The play was written by Rui Pestana and directed by Benilde Canhoto. The part is played in turns by Graça Teles and her "
             "son, Jerónimo Teles. Graça Teles founded Companhia Barragem, the company behind the play, in Serpa in 2061 with Canhoto.\n\n"
             "Through the wall the spectator also hears a song, \"Moda da Chuva\", sung by the choir Grupo Coral Monte Ruivo. The "
             "words are by Pestana and the music is by Bartolomeu Roque, who leads the choir.", date=dt.date(2078, 6, 20))
    assert type_of(r, "Duas Cadeiras") == "schema:CreativeWork"
    f = facts(r)
    assert {("Duas Cadeiras", "schema:author", "Rui Pestana"), ("Duas Cadeiras", "schema:director", "Benilde Canhoto"),
            ("Duas Cadeiras", "schema:actor", "Graça Teles"), ("Duas Cadeiras", "schema:actor", "Jerónimo Teles"),
            ("Duas Cadeiras", "schema:productionCompany", "Companhia Barragem"),
            ("Companhia Barragem", "schema:founder", "Graça Teles"), ("Companhia Barragem", "schema:founder", "Benilde Canhoto"),
            ("Moda da Chuva", "schema:composer", "Bartolomeu Roque"), ("Moda da Chuva", "schema:lyricist", "Rui Pestana")} <= f
    assert not any(s == "Duas Cadeiras" and p == "schema:composer" for s, p, _ in f)


def test_a_quartet_founded_by_its_cellist_and_his_sister_and_its_other_two_players():
    r = read("The Kahikatea Quartet was founded in Kumara in 2068 by its cellist, Calum Dalziel, and his sister, Isla Dalziel, "
             "who plays first violin. Tui Harawira plays the viola and Fergus Lennie the second violin.", date=dt.date(2078, 9, 8))
    f = facts(r)
    assert {o for s, p, o in f if s == "Kahikatea Quartet" and p == "schema:founder"} == {"Calum Dalziel", "Isla Dalziel"}
    members = {s for s, p, o in f if p == "schema:memberOf" and o == "Kahikatea Quartet"}
    assert {"Tui Harawira", "Fergus Lennie", "Isla Dalziel"} <= members


def test_an_opera_told_before_its_title_with_its_cast_company_and_source():
    r = read("Heard until the tide came back: \"Low Water\" premieres on the mudflats at Avonport\n\n"
             "On Sunday afternoon four hundred people walked out across the mud at Avonport to hear an opera written to end "
             "when the water returns. \"Low Water\" is named after the hour of the tide there.\n\n"
             "The music is by Evangeline Comeau. The opera is based on The Sluice Warden, the book of stories that Jedediah "
             "Crouse published in 2058, and was directed by Yolande Gaudet. It was staged by Tidemark Opera, the company "
             "that Gaudet founded in 2063 with the baritone Kinnaird Doucette, who sings the harbourmaster. The soprano Solenne "
             "Hatfield, who joined the company in 2075, sings the warden's daughter.\n\n"
             "The company recorded Sunday's performance and hopes to release it next year.", date=dt.date(2079, 8, 15))
    assert type_of(r, "Low Water") == "schema:CreativeWork"
    f = facts(r)
    assert {("Low Water", "schema:composer", "Evangeline Comeau"), ("Low Water", "schema:isBasedOn", "Sluice Warden"),
            ("Low Water", "schema:director", "Yolande Gaudet"), ("Low Water", "schema:productionCompany", "Tidemark Opera"),
            ("Low Water", "schema:actor", "Kinnaird Doucette"), ("Low Water", "schema:actor", "Solenne Hatfield"),
            ("Sluice Warden", "schema:author", "Jedediah Crouse")} <= f
    assert not any(s == "Low Water" and p == "schema:datePublished" for s, p, _ in f)  # (a hope has no date)


def test_a_late_husbands_surname_is_not_the_one_who_speaks_and_a_stage_name_was_an_own_name():
    r = read("Recados de Casa, the first album by the singer who performed as Jaçanã and whose own name was Benedita Arrais, "
             "came out on Friday. Jaçanã was born in Coari in 2007 and sang on the river boats for forty years.\n\n"
             "Her late husband, Inácio Vasconcelos, wrote the words of most of the songs, among them \"Remanso Calado\", on which she "
             "sings with their daughter, Iracema Vasconcelos.\n\n"
             "\"Half of the messages start with her telling me to eat properly,\" Vasconcelos said.", date=dt.date(2079, 10, 12))
    assert ("Recados de Casa", "schema:byArtist", "Jaçanã") in facts(r)
    assert "Benedita Arrais" in next(e.aliases for e in r.entities.values() if e.name == "Jaçanã")
    assert quotes(r)[-1][1] == "Iracema Vasconcelos"


def test_a_title_with_and_its_apposition_calls_one_book_and_a_studios_fourth_short():
    r = read("Dry Moon, the new animated short, is based on Wheat and Swallows, the book of harvest poems that the poet Edeltraud "
             "Pfitzner published in 2051. Dry Moon is the fourth short by Saltbush Pictures, the studio that Gottfried Rieschiek "
             "founded in Angaston in 2066. Only the music, by the composer Yarran Auricht, was left on.\n\n"
             "Last night eleven hundred people danced on the beach at Port Barton until two in the morning.",
             date=dt.date(2079, 3, 27))
    f = facts(r)
    assert type_of(r, "Wheat and Swallows") == "schema:Book"
    assert {("Wheat and Swallows", "schema:author", "Edeltraud Pfitzner"), ("Dry Moon", "schema:isBasedOn", "Wheat and Swallows"),
            ("Dry Moon", "schema:productionCompany", "Saltbush Pictures")} <= f
    assert any(s == "Dry Moon" and o == "Yarran Auricht" and p in ("schema:composer", "newskg:scoreComposer") for s, p, o in f)
    assert KIND_OF[type_of(r, "Port Barton")] == "place"


def test_an_orquestra_named_head_first_its_two_founders_and_a_nickname_that_joins_no_one():
    r = read("Last night the Orquestra Sucata Azul played its first concert in its home town, in a warehouse on the harbour in "
             "Lobito.\n\n"
             "The orchestra was founded in Lobito in 2072 by Evandro Kanjungo, a welder who makes the instruments, and Judite "
             "Tchissola, a music teacher who leads it from behind the marimba.\n\n"
             "\"We recorded in the warehouse at night,\" said Quirino Sambambi, who produced the album.\n\n"
             "\"My father comes round on Sundays with a wire brush. The players call him Evandro the surgeon,\" said his daughter, "
             "Florinda Kanjungo.", date=dt.date(2080, 8, 17))
    assert type_of(r, "Orquestra Sucata Azul") == "schema:MusicGroup"
    assert {o for s, p, o in facts(r) if s == "Orquestra Sucata Azul" and p == "schema:founder"} == {"Evandro Kanjungo", "Judite Tchissola"}
    assert "Quirino Sambambi" in entity_names(r)  # (not made a second name of the welder by "call him Evandro the surgeon")


def test_a_script_by_her_husband_a_prize_handed_over_and_a_play_written_by_x_and_based_on_k():
    r = read("Las Noches del Zorro was directed by Eduviges Mardones, who was born in Timaukel in 2046, from a script by her husband, "
             "Casimiro Curiñanco. On Saturday morning, on the steps of the Cine Petrel, Jovita Vidal handed Eduviges Mardones the Premio "
             "Coigüe.\n\n"
             "The play \"Nine Ladles\" was written by Tikhon Sedov and is based on The Ice Cauldron, the book of stories about the winter "
             "fishing villages that his mother, Agrafena Kopylova, published in 2049. On Saturday Luka Zotov played the bath-keeper, "
             "Vasilisa Nosova played the widow, and Fedot Zaitsev played the fisherman. The music, played on a button accordion from "
             "the changing room, is by the accordionist Savely Karpov.", date=dt.date(2080, 6, 23))
    f = facts(r)
    assert ("Las Noches del Zorro", "schema:author", "Casimiro Curiñanco") in f
    assert ("Eduviges Mardones", "schema:award", "Premio Coigüe") in f
    assert {("Nine Ladles", "schema:isBasedOn", "Ice Cauldron"), ("Ice Cauldron", "schema:author", "Agrafena Kopylova"),
            ("Nine Ladles", "schema:actor", "Vasilisa Nosova"), ("Nine Ladles", "schema:composer", "Savely Karpov")} <= f
    assert not any(p == "schema:character" and o == "Vasilisa Nosova" for _, p, o in f)


def test_the_singer_who_performs_as_x_is_x_not_the_singer_named_before():
    r = read("The music is by Salim Bamadhaj and the words are by the poet Awad Bajubair. It was played by Firqat Nujum, the ensemble "
             "that Bamadhaj founded in Mukalla in 2066 with his wife, the singer Sharifa Baqtayan.\n\n"
             "The last verse was sung by the singer who performs as Hudhud, whose own name is Saeed Barabaa. Hudhud was born in "
             "Ghayl Ba Wazir in 2039 and won the Kafi Prize in 2071.", date=dt.date(2080, 10, 21))
    assert type_of(r, "Firqat Nujum") == "schema:MusicGroup"
    hudhud = entity_named(r, "Hudhud")
    assert hudhud.aliases == {"Saeed Barabaa"}  # (not the composer or the singer named before, whom "the singer" may seem to mean)
    assert {"Salim Bamadhaj", "Sharifa Baqtayan"} <= entity_names(r)
    f = facts(r)
    assert ("Hudhud", "schema:award", "Kafi Prize") in f
    assert not any(s == "Sharifa Baqtayan" and p in ("schema:award", "schema:birthDate") for s, p, _ in f)


def test_a_troupe_named_with_na_founded_by_a_musher_and_his_wife_the_actress_and_a_director_who_also_plays():
    r = read("Teatr na Lyzhakh, the company that carries its plays from village to village on nine dog sleds, had arrived with "
             "\"The Fox Who Lost Her Tail\", and some two hundred people had walked through the snow to see it.\n\n"
             "The company was founded in Sobolevo in 2069 by Savvaty Rybnikov, a musher, and his wife, the actress Glafira Ozerova. "
             "It won the Frost Candle Prize in 2074.\n\n"
             "The play was written by Panteley Sukhov and is based on The Deep Drift, the book of stories that Avdotya Gromova "
             "published in 2052. It was directed by Ozerova, who also plays the badger next door.", date=dt.date(2081, 2, 20))
    f = facts(r)
    assert {o for s, p, o in f if s == "Teatr na Lyzhakh" and p == "schema:founder"} == {"Savvaty Rybnikov", "Glafira Ozerova"}
    assert {("Fox Who Lost Her Tail", "schema:isBasedOn", "Deep Drift"), ("Fox Who Lost Her Tail", "schema:actor", "Glafira Ozerova"),
            ("Fox Who Lost Her Tail", "schema:director", "Glafira Ozerova")} <= f


def test_who_has_acted_in_every_show_of_a_company_is_one_of_it():
    r = read("Teatr Sugrob was founded in Sobolevo in 2069 by Savvaty Rybnikov, a musher, and his wife, the actress Glafira Ozerova. "
             "Ozerova has acted in every show the company has made.\n\n"
             "The opera was directed by Luka Drozdov, who founded Opera Tryasina in Lunino in 2072 and has sung in every one of its "
             "productions.", date=dt.date(2081, 5, 20))
    f = facts(r, "schema:memberOf")
    assert {("Glafira Ozerova", "schema:memberOf", "Teatr Sugrob"), ("Luka Drozdov", "schema:memberOf", "Opera Tryasina")} <= f


def test_a_minute_film_directed_by_x_its_club_its_production_arm_and_the_winning_films_shown_again():
    r = read("Las Siete Garzas takes the Premio Candil at the short-film festival in Tarifa\n\n"
             "Last night a film ninety seconds long won the Premio Candil at the close of a festival of short films in Tarifa. "
             "Las Siete Garzas, directed by Noemí Arbizu, shows her grandfather, the retired shepherd Telesforo Arbizu, calling his "
             "goats home at dusk.\n\n"
             "The festival is run by the film club Cineforo Ámbar, which Baldomero Lasheras founded in Vejer in 2071.\n\n"
             "Arbizu wrote the film and plays no part in it; her grandfather plays himself. The music, six chords on a ukulele, is by "
             "her brother, Sinesio Arbizu. Niebla Corta, the club's small production arm, produced it.\n\n"
             "Arbizu was born in Rota in 2060 and is married to the photographer Casto Peñalver, who held the boat steady.\n\n"
             "The winning films will be shown in Barbate on Thursday, September 26, and in Conil next month.", date=dt.date(2080, 8, 25))
    assert type_of(r, "Las Siete Garzas") == "schema:Movie"
    assert type_of(r, "Cineforo Ámbar") == "schema:Organization" and type_of(r, "Niebla Corta") == "schema:Organization"
    f = facts(r)
    assert {("Las Siete Garzas", "schema:director", "Noemí Arbizu"), ("Las Siete Garzas", "schema:author", "Noemí Arbizu"),
            ("Las Siete Garzas", "schema:actor", "Telesforo Arbizu"), ("Las Siete Garzas", "schema:productionCompany", "Niebla Corta"),
            ("Las Siete Garzas", "schema:award", "Premio Candil"), ("Cineforo Ámbar", "schema:founder", "Baldomero Lasheras"),
            ("Noemí Arbizu", "schema:spouse", "Casto Peñalver")} <= f
    assert any(s == "Las Siete Garzas" and p in ("schema:composer", "newskg:scoreComposer") and o == "Sinesio Arbizu" for s, p, o in f)
    shown = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.status == "future"}
    assert shown == {"2080-09-26": ["Barbate"], "2080-09": ["Conil"]}  # (two showings, not one with two towns)


def test_a_bare_surname_followed_by_he_is_the_father_not_the_daughter_just_named():
    r = read("For forty minutes the ensemble Strandhorn Blech played \"Echo for Nine\" towards the dunes.\n\n"
             "The horn player Ulla Brenneis was born in Husum in 2049. She founded Strandhorn Blech in Tönning in 2066 with her husband, the "
             "trumpeter Gottlob Wohlfahrt, and both still play in it. Their daughter, Ronja Wohlfahrt, joined the ensemble in 2079. "
             "Wohlfahrt conducted from the middle of the line. He said afterwards that the valves had frozen.\n\n"
             "The piece is by Ulla Brenneis.\n\n"
             "The ensemble will play \"Echo for Nine\" again below the dunes outside Garding on Saturday, February 8, and at a bay near "
             "Büsum later next month.", date=dt.date(2081, 1, 14))
    wohlfahrt = entity_named(r, "Gottlob Wohlfahrt")
    assert "Wohlfahrt" in wohlfahrt.aliases
    f = facts(r)
    assert {("Strandhorn Blech", "schema:founder", "Gottlob Wohlfahrt"), ("Gottlob Wohlfahrt", "schema:memberOf", "Strandhorn Blech"),
            ("Echo for Nine", "schema:composer", "Ulla Brenneis")} <= f
    assert "Tönning" in entity_names(r)
    nights = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.status == "future"}
    assert nights == {"2081-02-08": ["Garding"], "2081-02": ["Büsum"]}


def test_the_brother_of_the_groups_leader_a_song_whose_words_and_music_are_told_apart_and_an_album_on_the_road():
    r = read("On Saturday evening about two hundred people walked into an old rope works on the shore outside Lauterbrunnen. The "
             "vocal group Sieben Kehlen was launching Salzdunkel, the album it recorded there.\n\n"
             "Salzdunkel came out on Thursday on Ankerplatten. It was produced by Kilian Ostertag, a sound engineer who is the brother "
             "of the group's leader, Irmtraud Ostertag. He hung six microphones from the roof.\n\n"
             "Ostertag was born in Thun in 2053. She founded Sieben Kehlen in Spiez in 2071 with the baritone Ruedi Imfeld, and both "
             "still sing in it.\n\n"
             "The album's last song, \"Hafen ohne Licht\", is sung by the group with the guest singer Walburga Wyrsch, who wrote its "
             "words. Imfeld wrote its music.\n\n"
             "On Thursday night the group sang a short set at the harbour in Brienz; the launch was its first full concert of the year. "
             "It will take the album on the road next month, with stops in Interlaken on Saturday, May 10, and in Meiringen on "
             "Saturday, May 17.", date=dt.date(2081, 4, 20))
    assert type_of(r, "Lauterbrunnen") == "schema:City"
    f = facts(r)
    assert {("Kilian Ostertag", "schema:sibling", "Irmtraud Ostertag"), ("Sieben Kehlen", "schema:founder", "Irmtraud Ostertag"),
            ("Hafen ohne Licht", "schema:lyricist", "Walburga Wyrsch"), ("Hafen ohne Licht", "schema:composer", "Ruedi Imfeld")} <= f
    assert ("Sieben Kehlen", "schema:founder", "Kilian Ostertag") not in f
    assert gender_of(r, "Kilian Ostertag") == "m" and gender_of(r, "Irmtraud Ostertag") == "f"
    brienz = [e for e in r.events if any(name(r, k) == "Brienz" for k in e.locations)]
    assert [e.kind for e in brienz] == ["concert"]  # (the launch the clause after it speaks of was on Saturday, elsewhere)
    stops = {e.start_date.iso: [name(r, k) for k in e.locations] for e in events_of(r, "newskg:TourStop")}
    assert stops == {"2081-05-10": ["Interlaken"], "2081-05-17": ["Meiringen"]}


def test_music_and_words_told_apart_after_they_wrote_it_together_and_a_station_holding_another_contest():
    r = read("The winner was the singer Zabou, with \"Pluie sur les Cocos\". She wrote the song with her father, the guitarist "
             "Théophane Mancienne. Mancienne wrote its music and Zabou wrote its words. The single came out on Tuesday on Kaskad "
             "Records.\n\n"
             "Zabou will sing \"Pluie sur les Cocos\" at the harbour in Glacis on Saturday, July 12, and the station Lakour FM "
             "will hold a second children's contest in Takamaka next month.", date=dt.date(2081, 6, 4))
    f = facts(r)
    assert {("Pluie sur les Cocos", "schema:composer", "Théophane Mancienne"), ("Pluie sur les Cocos", "schema:lyricist", "Zabou"),
            ("Pluie sur les Cocos", "schema:datePublished", "2081-06-03")} <= f
    assert ("Pluie sur les Cocos", "schema:composer", "Zabou") not in f
    contest = [e for e in r.events if ("schema:organizer", "Lakour FM") in participants(r, e)]
    assert [(e.start_date.iso, [name(r, k) for k in e.locations]) for e in contest] == [("2081-07", ["Takamaka"])]


def test_a_photo_novel_its_launch_its_author_source_and_cast_and_its_pictures_hung_again():
    r = read("A love story in photographs: El Remero Ciego launches in Tumaco\n\n"
             "On Wednesday evening a warehouse at the river port in Tumaco was hung with three hundred photographs, and about a hundred "
             "people walked between them. It was the launch of El Remero Ciego, a photo novel, that came out on Wednesday.\n\n"
             "The book was written by Eliseo Riascos, a schoolteacher. It is based on \"Canalete de Plata\", a song by the singer Ovidia "
             "Quiñonez.\n\n"
             "The boatman of the title is played by Yordin Cuero, a net mender who had never acted before, and the woman who rows to "
             "meet him is played by Quiñonez's daughter, Yuranis Quiñonez. Ovidia Quiñonez sang the song at the launch.\n\n"
             "The photographs will be hung again in Guapi on Saturday, November 15, and in Timbiquí next month.", date=dt.date(2081, 10, 10))
    f = facts(r)
    assert {("El Remero Ciego", "schema:author", "Eliseo Riascos"), ("El Remero Ciego", "schema:isBasedOn", "Canalete de Plata"),
            ("El Remero Ciego", "schema:actor", "Yordin Cuero"), ("El Remero Ciego", "schema:actor", "Yuranis Quiñonez")} <= f
    [launch] = events_of(r, "schema:LiteraryEvent")
    assert launch.start_date.iso == "2081-10-08" and [name(r, k) for k in launch.locations] == ["Tumaco"]
    hung = {e.start_date.iso: [name(r, k) for k in e.locations] for e in events_of(r, "schema:ExhibitionEvent")}
    assert hung == {"2081-11-15": ["Guapi"], "2081-11": ["Timbiquí"]}


def test_a_song_by_the_one_who_wrote_its_music_and_words_and_a_guest_the_choir_sings_it_with():
    r = read("The choir Fetu Vai recorded its album Aso Malu across three islands. It was produced by the radio operator Uelese "
             "Faleolo, who built the link.\n\n"
             "Fetu Vai was founded in 2072 by the choir leader Losa Tuiasosopo and her brother, the drummer Pita Tuiasosopo, and "
             "both still sing in it.\n\n"
             "The album's first song, \"Lagi Malie\", is by Pita Tuiasosopo, who wrote both its music and its words. The choir "
             "sings it with the guest singer Fetaui Seiuli.\n\n"
             "The whole choir will sing together for the first time in Asau on Saturday, January 17, and again in Manono next "
             "month.", date=dt.date(2081, 12, 15))
    f = facts(r)
    assert {("Aso Malu", "schema:producer", "Uelese Faleolo"), ("Fetu Vai", "schema:founder", "Pita Tuiasosopo"),
            ("Pita Tuiasosopo", "schema:memberOf", "Fetu Vai"), ("Lagi Malie", "schema:composer", "Pita Tuiasosopo"),
            ("Lagi Malie", "schema:lyricist", "Pita Tuiasosopo"), ("Lagi Malie", "schema:byArtist", "Fetaui Seiuli")} <= f
    assert ("Lagi Malie", "schema:byArtist", "Pita Tuiasosopo") not in f
    nights = {e.start_date.iso: [name(r, k) for k in e.locations] for e in events_of(r, "schema:MusicEvent")}
    assert nights == {"2082-01-17": ["Asau"], "2082-01": ["Manono"]}


def test_a_club_founded_by_the_late_x_his_book_his_daughter_and_a_headline_winner_of_the_clubs_prize():
    r = read("A goat, a gale and a straight face: Jabez Pettijohn wins the Pewter Bell at Chincoteague\n\n"
             "Jabez Pettijohn's tale, \"The Goat Who Rowed to Smith Island\", beat fourteen others at the yearly contest of the Bayside "
             "Creek Fibbers' Club.\n\n"
             "The rules have not changed since the club was founded in Onancock in 2047 by the late Absalom Shockley. Shockley "
             "collected the best tales of the club's first years in Yarns from the Creek, which he published in 2055. His daughter, "
             "Drusilla Shockley, has run the contest for twenty years.\n\n"
             "The runner-up was the storyteller Elkanah Custis, who won the Pewter Bell in 2070.", date=dt.date(2081, 9, 20))
    assert type_of(r, "Bayside Creek Fibbers' Club") == "schema:Organization"
    assert type_of(r, "Yarns from the Creek") == "schema:Book"
    shockley = entity_named(r, "Absalom Shockley")
    assert "Shockley" in shockley.aliases  # (the one named when the surname first stands alone, though the article calls him late)
    f = facts(r)
    assert {("Bayside Creek Fibbers' Club", "schema:founder", "Absalom Shockley"), ("Yarns from the Creek", "schema:author", "Absalom Shockley"),
            ("Drusilla Shockley", "schema:parent", "Absalom Shockley"), ("The Goat Who Rowed to Smith Island", "schema:author", "Jabez Pettijohn"),
            ("Jabez Pettijohn", "schema:award", "Pewter Bell"), ("Elkanah Custis", "schema:award", "Pewter Bell")} <= f


def test_an_opera_rowed_again_a_singer_told_past_her_costume_and_a_mother_the_model_took_for_a_town():
    r = read("The opera was \"Zhuravel\", about a crane who follows a wedding party through the reeds. It was staged by the company "
             "Opera Trastsina. Mikhas Kavaliou sang the crane, in a grey coat that trailed in the water, and Alesia Bahdanava sang the "
             "bride. The boat was steered by Yanina Dubrouskaya, Kavaliou's mother.\n\n"
             "The company will row \"Zhuravel\" again at Mazyr on Saturday, May 31, and at Rechytsa next month.\n\n"
             "Teatr Sanki will play it in Ivdel on Tuesday, February 25, and in Karpinsk next month.", date=dt.date(2081, 5, 20))
    f = facts(r)
    assert {("Zhuravel", "schema:actor", "Mikhas Kavaliou"), ("Zhuravel", "schema:actor", "Alesia Bahdanava"),
            ("Mikhas Kavaliou", "schema:parent", "Yanina Dubrouskaya")} <= f
    assert type_of(r, "Yanina Dubrouskaya") == "schema:Person"
    nights = {(e.start_date.iso, tuple(name(r, k) for k in e.locations)) for e in r.events if e.status == "future"}
    assert {("2081-05-31", ("Mazyr",)), ("2081-06", ("Rechytsa",))} <= nights  # (and the other company's nights, told after)


def test_an_album_of_a_films_music_a_film_shown_again_from_trucks_and_a_producer_married_to_the_cellist():
    r = read("The film Lumières de Dune was directed by Aghali Ikhiyar. Mawli Ténéré's album of the film's music, Piste d'Étoiles, "
             "came out on Monday on Disques Ténéré.\n\n"
             "\"We kept the harbour,\" said Ulpio Barreiro, who produced the album and is married to the cellist Noelia Vinces.\n\n"
             "The film will be shown from the same trucks at Tanout on Friday, December 5, and at Dirkou later next month.",
             date=dt.date(2081, 11, 20))
    assert type_of(r, "Piste d'Étoiles") == "schema:MusicAlbum"
    f = facts(r)
    assert {("Piste d'Étoiles", "schema:byArtist", "Mawli Ténéré"), ("Piste d'Étoiles", "schema:datePublished", "2081-11-17"),
            ("Ulpio Barreiro", "schema:spouse", "Noelia Vinces")} <= f
    shown = {e.start_date.iso: [name(r, k) for k in e.locations] for e in r.events if e.status == "future"}
    assert shown == {"2081-12-05": ["Tanout"], "2081-12": ["Dirkou"]}


def test_a_village_remake_the_original_it_copies_and_who_played_in_which():
    r = read("On Saturday night two screens were hung side by side in the Balai Warga Mekar in Tomok. On the left ran Elang "
             "Dermaga, an action film from 2047 about a lighthouse keeper who fights pirates. On the right ran Elang Tomok, a "
             "copy of it made by the village, shot by shot.\n\n"
             "The remake was directed by Sondang Silalahi, a primary-school teacher. That lighthouse keeper is played by her "
             "brother, Binsar Silalahi, who mends nets in Ambarita.\n\n"
             "The original film was directed by Marolop Tambunan, who made it for Cahaya Pantai Film. He sat in the front row "
             "beside his wife, Rosmawati Hutapea, who played the keeper's daughter in 2047.\n\n"
             "Elang Tomok will next be shown beside the original in Pangururan on Friday, March 13.", date=dt.date(2082, 2, 9))
    assert type_of(r, "Elang Tomok") == "schema:Movie" and type_of(r, "Cahaya Pantai Film") == "schema:Organization"
    assert type_of(r, "Balai Warga Mekar") == "schema:EventVenue" and type_of(r, "Tomok") == "schema:City"
    f = facts(r)
    assert {("Elang Tomok", "schema:isBasedOn", "Elang Dermaga"), ("Elang Tomok", "schema:director", "Sondang Silalahi"),
            ("Elang Tomok", "schema:actor", "Binsar Silalahi"), ("Elang Dermaga", "schema:director", "Marolop Tambunan"),
            ("Elang Dermaga", "schema:productionCompany", "Cahaya Pantai Film"), ("Elang Dermaga", "schema:datePublished", "2047"),
            ("Elang Dermaga", "schema:actor", "Rosmawati Hutapea")} <= f
    assert ("Elang Tomok", "schema:director", "Marolop Tambunan") not in f
    [shown] = [e for e in r.events if e.status == "future"]
    assert shown.start_date.iso == "2082-03-13" and [name(r, k) for k in shown.locations] == ["Pangururan"]


def test_a_music_box_album_launched_at_a_hotel_its_label_its_ninth_piece_and_its_next_playing():
    r = read("On Monday evening forty music boxes stood on a long table in the ballroom of the Hotel Clavadatsch in Lavin, and the composer "
             "Seraina Tönett turned their handles one after another. There was no other instrument in the room. It was the launch "
             "of Fil da Vaider, an album played entirely on music boxes, which came out on Monday on Disco Planeras.\n\n"
             "\"Tschiera Alba\", the album's ninth piece, is sung by Men Caflisch, a retired forester from Ardez, who also wrote "
             "its words; Tönett wrote its music.\n\n"
             "Tönett will play the album again next month in Ftan.", date=dt.date(2082, 3, 18))
    assert type_of(r, "Disco Planeras") == "schema:Organization" and type_of(r, "Hotel Clavadatsch") == "schema:EventVenue"
    f = facts(r)
    assert {("Fil da Vaider", "schema:recordLabel", "Disco Planeras"), ("Tschiera Alba", "schema:inAlbum", "Fil da Vaider"),
            ("Tschiera Alba", "schema:lyricist", "Men Caflisch"), ("Tschiera Alba", "schema:composer", "Seraina Tönett")} <= f
    assert ("Fil da Vaider", "schema:byArtist", "Men Caflisch") not in f
    night = next(e for e in r.events if e.start_date and e.start_date.iso == "2082-03-16")
    assert "schema:MusicEvent" in night.types and ("schema:workPresented", "Fil da Vaider") in participants(r, night)
    later = next(e for e in r.events if e.status == "future")
    assert later.start_date.iso == "2082-04" and [name(r, k) for k in later.locations] == ["Ftan"]


def test_whose_father_the_poet_won_the_prize_a_reading_to_come_and_a_festivals_wish():
    r = read("The runner-up was Filomena Trovoada, a nursing student from Guadalupe, whose father, the poet Celestino Trovoada, "
             "won the Concha de Prata in 2076. The fisherman Adelino Bragança took the Concha de Prata this year.\n\n"
             "A festival in the south has asked him to write something for its closing night.\n\n"
             "Bragança will read again in Trindade on Thursday, June 11, at an evening of poetry on the beach.",
             date=dt.date(2082, 5, 23))
    f = facts(r)
    assert {("Filomena Trovoada", "schema:parent", "Celestino Trovoada"), ("Celestino Trovoada", "schema:award", "Concha de Prata")} <= f
    assert ("Filomena Trovoada", "schema:award", "Concha de Prata") not in f
    assert [(e.types, e.start_date.iso, [name(r, k) for k in e.locations]) for e in r.events] == \
        [(["schema:LiteraryEvent"], "2082-06-11", ["Trindade"])]


def test_a_company_named_in_spanish_and_a_theme_written_and_sung_by_the_calypsonian():
    r = read("Mercado Seis, a comedy series in eight episodes, was directed by Odette Lewinson and produced by Garza Azul "
             "Producciones. The theme song, \"Plantain at Dawn\", was written and sung by the calypsonian Kingfisher, whose own name is "
             "Aldwyn Spence.",
             date=dt.date(2082, 7, 14))
    assert type_of(r, "Garza Azul Producciones") == "schema:Organization"
    f = facts(r)
    assert {("Mercado Seis", "schema:productionCompany", "Garza Azul Producciones"), ("Plantain at Dawn", "schema:composer", "Kingfisher"),
            ("Plantain at Dawn", "schema:lyricist", "Kingfisher")} <= f


def test_a_dance_company_founded_by_two_one_still_dancing_the_one_who_joined_and_its_next_night():
    r = read("The piece, Sete Galerias, is named after the mine where most of the dancers worked.\n\n"
             "The piece was made by the Companhia Broca Velha, which the choreographer Ludmila Vasconcelos and the composer "
             "Abelardo Rezende founded in 2075. Vasconcelos still dances with the company. Rezende does not; he wrote the score.\n\n"
             "The oldest dancer is Ermelindo Castanheira. He joined the company in 2079.\n\n"
             "\"We listen,\" said Jerónimo Fontoura, a dancer who worked as a blaster for thirty years and joined the company with "
             "Castanheira.\n\n"
             "The company will perform Sete Galerias again in Mariana on Saturday, October 3.", date=dt.date(2082, 9, 4))
    f = facts(r)
    assert {("Companhia Broca Velha", "schema:founder", "Ludmila Vasconcelos"), ("Companhia Broca Velha", "schema:founder", "Abelardo Rezende"),
            ("Ludmila Vasconcelos", "schema:memberOf", "Companhia Broca Velha"), ("Ermelindo Castanheira", "schema:memberOf", "Companhia Broca Velha"),
            ("Jerónimo Fontoura", "schema:memberOf", "Companhia Broca Velha"), ("Sete Galerias", "schema:composer", "Abelardo Rezende")} <= f
    [night] = [e for e in r.events if e.status == "future"]
    assert night.start_date.iso == "2082-10-03" and {("schema:performer", "Companhia Broca Velha"),
                                                     ("schema:workPresented", "Sete Galerias")} <= participants(r, night)


def test_the_ensemble_that_played_them_its_founder_who_does_not_play_and_a_singer_who_sings_it_with_the_ensemble():
    r = read("The ensemble that played them, Onze Banians, was founded in 2081 by the luthier Honoré Wanabo and his daughter, "
             "Loïsa Wanabo, who leads it and plays the root guitar. Her father does not play in it.\n\n"
             "The last piece was \"Chant de la Houle\", a single that came out on Friday on Disques Tiéti. Loïsa Wanabo wrote its "
             "music, and the words were written by the singer Héloïse Pidjot, who sings it with the ensemble.",
             date=dt.date(2082, 11, 29))
    assert type_of(r, "Onze Banians") == "schema:MusicGroup"
    f = facts(r)
    assert {("Onze Banians", "schema:founder", "Honoré Wanabo"), ("Onze Banians", "schema:founder", "Loïsa Wanabo"),
            ("Loïsa Wanabo", "schema:memberOf", "Onze Banians"), ("Chant de la Houle", "schema:byArtist", "Onze Banians"),
            ("Chant de la Houle", "schema:byArtist", "Héloïse Pidjot")} <= f
    assert ("Honoré Wanabo", "schema:memberOf", "Onze Banians") not in f


def test_a_tribute_band_the_original_band_its_album_counted_among_four_and_the_singer_joining_again():
    r = read("On Friday night The Harbour Jacks, who have spent five years playing the songs of The Harbour Tacks note for note in "
             "pubs, played at the Ropewalk Hall in Ahuriri. Leoric Quilliam, the original band's singer, stepped out and sang "
             "\"Rust on the Rowlock\" with them.\n\n"
             "The Harbour Tacks were founded in Wairoa in 2049 by Quilliam and the guitarist Osric Polkinghorne, and they split in "
             "2063 after four albums. The best loved of those, Slack Tide Shuffle, came out in 2051 on Kelpie Records and was "
             "produced by Polkinghorne. \"Rust on the Rowlock\" is its closing song.\n\n"
             "The sisters Marama Tautahi and Parekura Tautahi founded The Harbour Jacks in 2079 and play in it still.\n\n"
             "Quilliam will join The Harbour Jacks again in Clive on Thursday, January 13, for a show that sold out in an hour.",
             date=dt.date(2083, 12, 13))
    assert type_of(r, "Harbour Jacks") == "schema:MusicGroup" and type_of(r, "Slack Tide Shuffle") == "schema:MusicAlbum"
    f = facts(r)
    assert {("Leoric Quilliam", "schema:memberOf", "Harbour Tacks"), ("Slack Tide Shuffle", "schema:producer", "Osric Polkinghorne"),
            ("Slack Tide Shuffle", "schema:recordLabel", "Kelpie Records"), ("Rust on the Rowlock", "schema:inAlbum", "Slack Tide Shuffle"),
            ("Marama Tautahi", "schema:sibling", "Parekura Tautahi"), ("Marama Tautahi", "schema:memberOf", "Harbour Jacks")} <= f
    assert ("Leoric Quilliam", "schema:memberOf", "Harbour Jacks") not in f
    [later] = [e for e in r.events if e.status == "future"]
    assert later.start_date.iso == "2084-01-13" and {("schema:performer", "Leoric Quilliam"),
                                                     ("schema:performer", "Harbour Jacks")} <= participants(r, later)


def test_a_compilation_launched_before_a_crowd_its_opener_by_a_duo_of_sisters_and_its_closer_written_and_rapped():
    r = read("A record label run by pupils: Sello Jarocho launches its first compilation, Treinta Grados\n\n"
             "On Wednesday afternoon about four hundred people stood in a school courtyard in Tlacotalpan to hear the first release "
             "of a record label run by the school's pupils. Treinta Grados, eleven songs by bands from the town, came out on "
             "Wednesday on Sello Jarocho.\n\n"
             "The album opens with \"Abanico de Caña\" by Las Cigarras, a duo of two sisters, Maricela Olvera and Dulcinea Olvera. "
             "Dulcinea wrote its music.\n\n"
             "The afternoon ended with \"Lancha de Carga\", written and rapped by the rapper Iguano, whose own name is Eleuterio "
             "Mixtega.", date=dt.date(2083, 8, 15))
    f = facts(r)
    assert {("Abanico de Caña", "schema:byArtist", "Las Cigarras"), ("Maricela Olvera", "schema:memberOf", "Las Cigarras"),
            ("Dulcinea Olvera", "schema:memberOf", "Las Cigarras"), ("Maricela Olvera", "schema:sibling", "Dulcinea Olvera"),
            ("Abanico de Caña", "schema:composer", "Dulcinea Olvera"), ("Lancha de Carga", "schema:composer", "Iguano"),
            ("Lancha de Carga", "schema:lyricist", "Iguano")} <= f
    night = next(e for e in r.events if e.start_date and e.start_date.iso == "2083-08-11")
    assert "Tlacotalpan" in {name(r, k) for k in night.locations}


def test_a_puppet_series_whose_slavic_title_the_model_cuts_its_writer_company_voice_and_theme():
    r = read("For thirty years the children who watched Mačak na Tavanu believed that the cat in the attic was real.\n\n"
             "The puppeteer Ljerka Vidošić has worked and voiced the cat in all 1,200 episodes since the series began. The "
             "production company, Škver Film, kept her name out of the credits.\n\n"
             "The series has been written from the first episode by Dinko Radolović and is directed by Višnja Benčić. Its theme "
             "song, \"Pjesma od Mačka\", has music by Tonči Šurina and words by Radolović, and on Friday it was sung, as on every "
             "recording, by the children's choir Zbor Svitac.", date=dt.date(2083, 6, 4))
    assert type_of(r, "Mačak na Tavanu") == "schema:TVSeries"
    f = facts(r)
    assert {("Mačak na Tavanu", "schema:author", "Dinko Radolović"), ("Mačak na Tavanu", "schema:director", "Višnja Benčić"),
            ("Mačak na Tavanu", "schema:productionCompany", "Škver Film"), ("Pjesma od Mačka", "schema:byArtist", "Zbor Svitac")} <= f


def test_a_band_two_brothers_founded_its_singer_and_a_song_with_music_by_one_and_words_by_their_mother():
    r = read("Four stamps for a band: Nour el Marsa on the post\n\n"
             "On Sunday the postal service unveiled four stamps honouring Nour el Marsa, each printed with the sleeve of one of the "
             "group's albums. Brahim Guendouzi, who still sings with the band at seventy, held the sheet up.\n\n"
             "He and his younger brother, Miloud Guendouzi, founded Nour el Marsa in Arzew in 2041, Brahim on vocals and Miloud on "
             "the oud.\n\n"
             "The stamp everyone queued for carries the sleeve of Qamra Zarqa, the band's second album. Its best-known track, "
             "\"Ya Bhar\", had music by Miloud and words by the "
             "brothers' mother, Zohra Guendouzi, who wrote it on the back of a bus ticket.\n\n"
             "\"She wrote the words to stop us singing rubbish.\"", date=dt.date(2084, 3, 27))
    assert type_of(r, "Nour el Marsa") == "schema:MusicGroup"
    f = facts(r)
    assert {("Nour el Marsa", "schema:founder", "Brahim Guendouzi"), ("Nour el Marsa", "schema:founder", "Miloud Guendouzi"),
            ("Brahim Guendouzi", "schema:memberOf", "Nour el Marsa"), ("Ya Bhar", "schema:lyricist", "Zohra Guendouzi")} <= f
    assert not any(p == "schema:lyricist" and s != "Ya Bhar" for s, p, _ in f)


def test_a_couple_who_took_the_trofeo_a_waltz_which_the_pianist_wrote_and_their_marriage():
    r = read("On Monday night Anacarsis Villalonga and Gumercinda Etcheverry, who between them are seventy years old and have been "
             "married for forty of them, took the Trofeo Cierzo, the tango championship that closes the season, at the Salón "
             "Retamo in Tupungato. They danced the final to \"Milonga para Gumercinda\", which the pianist Teodomiro Bazterrica wrote "
             "for her.", date=dt.date(2084, 7, 19))
    f = facts(r)
    assert {("Anacarsis Villalonga", "schema:award", "Trofeo Cierzo"), ("Gumercinda Etcheverry", "schema:award", "Trofeo Cierzo"),
            ("Anacarsis Villalonga", "schema:spouse", "Gumercinda Etcheverry"),
            ("Milonga para Gumercinda", "schema:composer", "Teodomiro Bazterrica")} <= f


def test_a_film_directed_for_a_company_and_a_new_edition_of_its_soundtrack_that_came_out_on_friday():
    r = read("The cinema's first sing-along screening of La Novia del Sisal, the musical that half the coast can recite, "
             "filled the Cine Tunkul in Motul.\n\n"
             "The film came out in 2061, directed by Aniceto Canul for Películas Chacá. The song everyone knows is \"Corazón de "
             "Ceiba\". It opens Canciones del Sisal, a new edition of the soundtrack that came out on Friday on Discos Kuxtal.",
             date=dt.date(2084, 11, 18))
    assert type_of(r, "Películas Chacá") == "schema:Organization"
    f = facts(r)
    assert {("La Novia del Sisal", "schema:productionCompany", "Películas Chacá"), ("Canciones del Sisal", "schema:datePublished", "2084-11-17"),
            ("Canciones del Sisal", "schema:recordLabel", "Discos Kuxtal")} <= f  # (Friday before the Saturday, though "It opens" schedules)


def test_a_prize_told_by_its_contest_a_pair_with_a_dog_a_company_that_won_it_and_the_founders_of_both():
    r = read("On Sunday afternoon Reinhild Tauchnitz and Quirinus, her eight-year-old collie, won the Goldene Pfote, the "
             "dog-dancing championship held every spring in Meissen.\n\n"
             "Twelve minutes and four thousand shells later, Hemraj Pyrotechnics had won the Chakra Shield, Kankroli's yearly "
             "contest for displays fired to music. Her father, Hemraj Bhati, started Hemraj Pyrotechnics in 2058.\n\n"
             "She grew up in the ring of the Kauri Lane Circus, which her father, Rangimarie Hohaia, and her mother, Mihi Hohaia, "
             "founded in 2066.", date=dt.date(2085, 3, 12))
    f = facts(r)
    assert {("Reinhild Tauchnitz", "schema:award", "Goldene Pfote"), ("Hemraj Pyrotechnics", "schema:award", "Chakra Shield"),
            ("Hemraj Pyrotechnics", "schema:founder", "Hemraj Bhati"), ("Kauri Lane Circus", "schema:founder", "Rangimarie Hohaia"),
            ("Kauri Lane Circus", "schema:founder", "Mihi Hohaia")} <= f


def test_a_clown_handed_a_prize_by_a_jury_his_wife_who_won_it_before_and_a_judge_who_is_no_winner():
    r = read("A mop, a bucket and not one word: Zenobio Quilcate wins the Trompo de Latón in Tunja\n\n"
             "For ten minutes on Saturday the clown Zenobio Quilcate said nothing at all. The jury gave him the Trompo de Latón, "
             "the prize for clowns who never speak. His wife, Florinda Achuri, won the Trompo de Latón herself years ago.\n\n"
             "When the chair of the judges, Eulogia Parraguez, announced on Sunday evening that she had won the Tuzo ya Ngoma "
             "for her novel Mto wa Jiwe, Zawadi Mwangomo walked to the front of the Ukumbi wa Mianzi in Tunja and wept.",
             date=dt.date(2086, 3, 4))
    f = facts(r, "schema:award")
    assert {("Zenobio Quilcate", "schema:award", "Trompo de Latón"), ("Florinda Achuri", "schema:award", "Trompo de Latón"),
            ("Zawadi Mwangomo", "schema:award", "Tuzo ya Ngoma")} <= f
    assert not any(s == "Eulogia Parraguez" for s, _, _ in f)
    assert type_of(r, "Ukumbi wa Mianzi") == "schema:EventVenue"
    night = next(e for e in r.events if e.start_date and e.start_date.iso == "2086-03-03")
    assert {"Ukumbi wa Mianzi", "Tunja"} <= {name(r, k) for k in night.locations}


def test_a_headline_prize_the_story_calls_a_prize_and_a_band_that_takes_a_trophy():
    r = read("A drone that held: Begoña Carrandi wins the Gaita d'Arxent in Oviedo\n\n"
             "Begoña Carrandi played her last set without looking at the judges, and by ten o'clock she had won the oldest "
             "piping prize on the coast.\n\n"
             "Three summers running the Quarrystone Larks finished third. Its drum major has marched with the Larks since she "
             "was twelve. On Saturday the corps won the Pewter Ladle Trophy at last.", date=dt.date(2086, 5, 19))
    f = facts(r, "schema:award")
    assert ("Begoña Carrandi", "schema:award", "Gaita d'Arxent") in f
    assert ("Quarrystone Larks", "schema:award", "Pewter Ladle Trophy") in f
    assert not any(e.name in ("Gaita", "Gaita d'Arxent") for e in r.entities.values())


def test_companies_founded_in_an_apposition_and_films_made_for_them():
    r = read("She learned to pick locks in the back room of Tregarthen Lockworks, the shop her father, Kitto Tregarthen, "
             "founded in Bodmin in 2049. Her first book came out from Nkoroi Publishers, the small house Wanjiru Kiptanui "
             "founded in Eldoret in 2068.\n\n"
             "Pelo de Zinc, which Ambrosio Chiriboga directed for Cine Achira, came out in 2079; the clown plays himself in it.\n\n"
             "The stunt was filmed for The Hasp Unbolted, a documentary series about escape artists which Ishani Borkakoti is "
             "directing for Shearwater Screen. The manga reached a wider audience through Kagerou, the television series "
             "Kenshiro Umezawa directed for Studio Kusabue, based on Tsuki no Kawa.", date=dt.date(2087, 12, 10))
    assert type_of(r, "Tregarthen Lockworks") == "schema:Organization"
    assert type_of(r, "Nkoroi Publishers") == "schema:Organization"
    assert type_of(r, "Cine Achira") == "schema:Organization"
    assert type_of(r, "Kenshiro Umezawa") == "schema:Person"
    f = facts(r)
    assert {("Tregarthen Lockworks", "schema:founder", "Kitto Tregarthen"), ("Tregarthen Lockworks", "schema:foundingDate", "2049"),
            ("Nkoroi Publishers", "schema:founder", "Wanjiru Kiptanui"), ("Nkoroi Publishers", "schema:foundingDate", "2068"),
            ("Pelo de Zinc", "schema:director", "Ambrosio Chiriboga"), ("Pelo de Zinc", "schema:productionCompany", "Cine Achira"),
            ("Hasp Unbolted", "schema:director", "Ishani Borkakoti"), ("Hasp Unbolted", "schema:productionCompany", "Shearwater Screen"),
            ("Kagerou", "schema:director", "Kenshiro Umezawa"),
            ("Kagerou", "schema:productionCompany", "Studio Kusabue")} <= f


def test_a_stage_name_behind_the_make_up_an_own_name_past_a_description_and_a_short_given_name_in_a_quote():
    r = read("Papelón, the clown who has worked the squares of the city for thirty years, climbed the ladder and fell off it. "
             "The jury laughed.\n\n"
             "Behind the painted eyebrows is Anselmo Tuquerres, who was born in Zapatoca in 2031.\n\n"
             "Lockhart, the escape artist whose own name is Tryphena Gumbleton, was born in Narrogin in 2054.\n\n"
             "Her brother, Ranveer Bhandawat, ran the firing board. Gulnaz Bhandawat designed the show. \"Gul gave me a sheet "
             "with four hundred cues on it,\" he said.", date=dt.date(2087, 10, 19))
    clown = entity_named(r, "Papelón")
    assert "Anselmo Tuquerres" in clown.aliases
    artist = entity_named(r, "Lockhart")
    assert "Tryphena Gumbleton" in artist.aliases
    designer = entity_named(r, "Gulnaz Bhandawat")
    assert "Gul" in designer.aliases
    assert ("Lockhart", "schema:birthPlace", "Narrogin") in facts(r)


def test_a_drum_corps_its_short_name_who_marches_with_it_and_founders_who_play_in_a_band_or_no_longer_do():
    r = read("For three summers the Tanhouse Whippoorwills finished fourth. Odalys Vrieswijk has marched with the "
             "Whippoorwills since she was fourteen. Her twin brother, Ansel Vrieswijk, plays snare for the Ridgeback Cadets.\n\n"
             "Obbe Voorhies founded the Whippoorwills in 2059. He stopped marching in 2070 and now drives the truck. "
             "\"We were louder than we were good,\" said Oswin Kettleby, who played trumpet in the corps in its early years.\n\n"
             "Beside her on a side drum stood her brother, Xandru Pelayo. Both play in Banda Orpín, the pipe band Celsa "
             "Menéndez founded in 2072.\n\n"
             "In 2060 he and his wife, Hortensia Ccori, founded the Compañía Tiracuerda, and both of them still perform with it.",
             date=dt.date(2087, 8, 12))
    assert type_of(r, "Tanhouse Whippoorwills") == "schema:MusicGroup"
    assert "Whippoorwills" in entity_named(r, "Tanhouse Whippoorwills").aliases
    f = facts(r, "schema:memberOf")
    assert {("Odalys Vrieswijk", "schema:memberOf", "Tanhouse Whippoorwills"), ("Ansel Vrieswijk", "schema:memberOf", "Ridgeback Cadets"),
            ("Xandru Pelayo", "schema:memberOf", "Banda Orpín"), ("Hortensia Ccori", "schema:memberOf", "Compañía Tiracuerda")} <= f
    assert not any(s in ("Obbe Voorhies", "Oswin Kettleby") for s, _, _ in f)


def test_songs_the_work_of_their_singer_on_an_album_a_band_made_for_a_label_and_the_tune_a_founder_wrote():
    r = read("The series' theme, \"Kumo no Hashi\", is the work of Kanata Takamori, who wrote both the music and the words and "
             "sings it on the soundtrack.\n\n"
             "This summer's show is built around \"The Tug at Noon\", a piece by Ottokar Brandauer, and its slow middle quotes "
             "\"Egrets by the Sluice\", a song by the band Flintcastle. That song is on Ebbing Canticles, the album Flintcastle "
             "made for Heronsgate Records in 2081.\n\n"
             "Music came from the end of the pier, where The Quandong Stringers played \"Brine in the Hinge\". Faustino Ibarzabal "
             "founded the string band in 2070, and he wrote the tune for Sunday.\n\n"
             "The waltz was \"Ländler für den Nebel\", from Graues Ufer, the 2081 album by the band Türlos. The band was founded "
             "in 2070 by the siblings Irmtraud Wendenburg and Enno Wendenburg, who both still play in it, she on accordion and "
             "he on piano; Enno Wendenburg wrote the tune of the waltz and his sister the words.", date=dt.date(2087, 8, 12))
    f = facts(r)
    assert {("Kumo no Hashi", "schema:composer", "Kanata Takamori"), ("Kumo no Hashi", "schema:lyricist", "Kanata Takamori"),
            ("Kumo no Hashi", "schema:byArtist", "Kanata Takamori"),
            ("Egrets by the Sluice", "schema:inAlbum", "Ebbing Canticles"), ("Ebbing Canticles", "schema:byArtist", "Flintcastle"),
            ("Ebbing Canticles", "schema:recordLabel", "Heronsgate Records"), ("Ebbing Canticles", "schema:datePublished", "2081"),
            ("Brine in the Hinge", "schema:composer", "Faustino Ibarzabal"),
            ("Ländler für den Nebel", "schema:inAlbum", "Graues Ufer"), ("Ländler für den Nebel", "schema:composer", "Enno Wendenburg"),
            ("Ländler für den Nebel", "schema:lyricist", "Irmtraud Wendenburg")} <= f
    assert ("The Tug at Noon", "schema:inAlbum", "Ebbing Canticles") not in f


def test_appearances_to_come_a_reading_at_a_book_fair_a_talk_at_a_gallery_and_a_routine_taken_to_a_plaza():
    r = read("Honours for a novelist and a clown\n\n"
             "Neema Kimweri will read from her novel Sukari ya Jioni at a book fair in Morogoro on Saturday, July 12, and her brother "
             "will play there before she starts.\n\n"
             "Chiyoko Tsurugaya will give a drawing talk at the Gallery Suzukake next month, and Daigo Yamabuki will play between "
             "the questions.\n\n"
             "Pastora Lizcano will escape from a padlocked milk can at the agricultural show in Wagin on Friday, January 16.\n\n"
             "The clown Wilfrido Chaparro and the Compañía Guasca take the routine to the plaza of Guateque on Friday, "
             "November 14.", date=dt.date(2087, 6, 21))
    def event_on(iso):
        return next(e for e in r.events if e.start_date and e.start_date.iso == iso)
    assert "Morogoro" in {name(r, k) for k in event_on("2087-07-12").locations}
    assert "Neema Kimweri" in {name(r, k) for _, k in event_on("2087-07-12").participants}
    assert "Gallery Suzukake" in {name(r, k) for k in event_on("2087-07").locations}
    assert "Wagin" in {name(r, k) for k in event_on("2088-01-16").locations}
    assert "Guateque" in {name(r, k) for k in event_on("2087-11-14").locations}


def test_a_musical_named_after_its_song_its_credits_cast_and_director_and_a_film_told_by_its_last_scene():
    r = read("The song was \"Watch the Lighter\", and the musical is Notes from the Dredger, about a deckhand who writes home "
             "to his mother. Zsofika Bettencourt wrote the book; Gillebride Quarrender wrote the music and the lyrics. Kenver "
             "Tredinnick is directing it for the Rushlight Theatre Company, and it opens at the Tallowmarket Playhouse on "
             "Friday, May 17, with Jerold Pendarves as the deckhand and Evadne Ebbutt as his mother.\n\n"
             "Contestants had to weep like him in the last scene of Flores en la Rada. That film came out in 2046. Sinforiano "
             "Ñañez directed it for Cinematográfica Garza Gris, and Tito Malabrigo played a fisherman who loses his boat, "
             "opposite Zoila Chumpitaz. The star was born Teodomiro Urbina in Lambayeque in 2019.", date=dt.date(2086, 4, 25))
    f = facts(r)
    assert {("Notes from the Dredger", "schema:author", "Zsofika Bettencourt"),
            ("Notes from the Dredger", "schema:composer", "Gillebride Quarrender"),
            ("Notes from the Dredger", "schema:lyricist", "Gillebride Quarrender"),
            ("Notes from the Dredger", "schema:director", "Kenver Tredinnick"),
            ("Notes from the Dredger", "schema:productionCompany", "Rushlight Theatre Company"),
            ("Notes from the Dredger", "schema:actor", "Jerold Pendarves"), ("Notes from the Dredger", "schema:actor", "Evadne Ebbutt"),
            ("Flores en la Rada", "schema:datePublished", "2046"), ("Flores en la Rada", "schema:director", "Sinforiano Ñañez"),
            ("Flores en la Rada", "schema:productionCompany", "Cinematográfica Garza Gris"),
            ("Flores en la Rada", "schema:actor", "Zoila Chumpitaz")} <= f
    assert type_of(r, "Evadne Ebbutt") == "schema:Person"


def test_a_yodeller_called_by_her_surname_her_birthplace_a_rival_who_won_before_and_her_mothers_song():
    r = read("A cattle gate and three octaves: Tordis Amundrud wins the Latigo Spur in Rawlins\n\n"
             "Tordis Amundrud yodelled the last note with her eyes shut. The judges gave her the Latigo Spur, the prize the "
             "hall has handed out every August.\n\n"
             "Her mother, Oddlaug Amundrud, won the Latigo Spur herself years ago, and she taught her daughter on a porch outside "
             "Medicine Bow, where Tordis was born in 2063.\n\n"
             "\"She made me practise with the door open,\" Amundrud said.\n\n"
             "The song that won it was \"Cattleguard Air\", which her mother wrote in the winter of 2071 and which Tordis "
             "sings on Snowfence Songbook, the new album by the Tumbleweed Drovers. The album came out on Friday on Rimfire "
             "Records, produced by Orrin Skjervheim, and the band had driven down from Medicine Bow to play behind her.\n\n"
             "She beat Gustav Hegstrom, a rancher from Douglas who had won the Latigo Spur in each of the two previous summers.\n\n"
             "Amundrud and the Tumbleweed Drovers take Snowfence Songbook to Kemmerer next month for the first of six album shows.",
             date=dt.date(2088, 8, 16))
    solveig = entity_named(r, "Tordis Amundrud")
    assert "Amundrud" in solveig.aliases
    f = facts(r)
    assert {("Tordis Amundrud", "schema:birthPlace", "Medicine Bow"), ("Gustav Hegstrom", "schema:award", "Latigo Spur"),
            ("Oddlaug Amundrud", "schema:award", "Latigo Spur"), ("Cattleguard Air", "schema:composer", "Oddlaug Amundrud"),
            ("Cattleguard Air", "schema:byArtist", "Tordis Amundrud"), ("Cattleguard Air", "schema:inAlbum", "Snowfence Songbook"),
            ("Snowfence Songbook", "schema:producer", "Orrin Skjervheim")} <= f
    assert ("Snowfence Songbook", "schema:producer", "Tumbleweed Drovers") not in f
    assert type_of(r, "Gustav Hegstrom") == "schema:Person"
    shows = next(e for e in r.events if e.start_date and e.start_date.iso == "2088-09")
    assert "Kemmerer" in {name(r, k) for k in shows.locations}


def test_a_quiz_final_its_trophy_director_and_company_a_book_of_riddles_and_a_celebration_to_come():
    r = read("One bell, forty questions: Rituparna Saikia wins the Jiyori Prosno final in Barpeta\n\n"
             "When the answer came up on the screen on Monday evening, the schoolteacher from Nalbari had won Jiyori Prosno, "
             "the televised quiz that has filled the early-evening hour for nine seasons, and the Rupali Jaapi that goes with "
             "it.\n\n"
             "Dhrubajit Kakoty, who directs the series for Bhogali Television, said the final would be broadcast without "
             "cuts.\n\n"
             "Saikia is not new to questions. Her book of riddles for children, Kuli Kobita, was published in 2084.\n\n"
             "Her school in Nalbari will hold a celebration for her next month.", date=dt.date(2088, 5, 13))
    assert type_of(r, "Jiyori Prosno") == "schema:TVSeries"
    f = facts(r)
    assert {("Rituparna Saikia", "schema:award", "Rupali Jaapi"), ("Jiyori Prosno", "schema:director", "Dhrubajit Kakoty"),
            ("Jiyori Prosno", "schema:productionCompany", "Bhogali Television"), ("Kuli Kobita", "schema:author", "Rituparna Saikia"),
            ("Kuli Kobita", "schema:datePublished", "2084")} <= f
    assert ("Rituparna Saikia", "schema:award", "Jiyori Prosno") not in f
    party = next(e for e in r.events if e.start_date and e.start_date.iso == "2088-06")
    assert "Nalbari" in {name(r, k) for k in party.locations}


def test_a_guitarists_wife_after_an_aside_about_his_house_a_song_whose_music_and_words_he_wrote_and_his_daughter_in_the_band():
    r = read("A road with his name: Kailahun honours Pa Sesay\n\n"
             "Pa Sesay founded the Kpeteh Stringband in 2034 and still plays lead guitar in it. Its best-known song, \"Mango "
             "Shower\", is one whose music and words Sesay wrote in a single night.\n\n"
             "\"We did not name a road after a man,\" said Kadiatu Bangura, who grew up two doors from his house. \"We named it "
             "after a sound.\"\n\n"
             "His wife, Hawanatu Koroma, whom he married in 2039, wore a dress printed with small guitars. Their daughter, "
             "Mabinty Sesay, has played shaker and sung harmony in the Kpeteh Stringband since she was twelve.",
             date=dt.date(2088, 7, 10))
    f = facts(r)
    assert {("Pa Sesay", "schema:spouse", "Hawanatu Koroma"), ("Mango Shower", "schema:composer", "Pa Sesay"),
            ("Mango Shower", "schema:lyricist", "Pa Sesay"), ("Mabinty Sesay", "schema:memberOf", "Kpeteh Stringband"),
            ("Mabinty Sesay", "schema:parent", "Pa Sesay")} <= f
    assert not any(s == "Kadiatu Bangura" and p == "schema:spouse" for s, p, _ in f)


def test_a_portrait_prize_the_sitters_stage_name_his_best_known_album_the_winning_picture_and_their_mother():
    r = read("A brother in a work shirt: Concetta Scollo wins the Saltbush Portrait Prize in Hay\n\n"
             "Concetta Scollo's portrait of her brother, the country singer Dusty Coolabah, won the Saltbush Portrait Prize "
             "at the Old Gaol Gallery in Hay on Friday evening.\n\n"
             "The winning picture, The Drover at Dinner, took her eight months.\n\n"
             "Dusty Coolabah is the name under which Salvatore Scollo has recorded eleven albums of country songs. The best "
             "known of them, Gibber Plain, came out on Gidgee Records in 2083 and was produced by his sister's husband, "
             "Eero Haapsalu.\n\n"
             "\"Salvatore hates being looked at,\" said Haapsalu, who has been married to the painter since 2071.\n\n"
             "Their mother, Rosaria Scollo, who is ninety-one, came in a wheelchair.\n\n"
             "The Drover at Dinner goes on the road next month, when it is shown with the other finalists at the town hall "
             "gallery in Deniliquin.", date=dt.date(2088, 11, 14))
    singer = entity_named(r, "Dusty Coolabah")
    assert "Salvatore Scollo" in singer.aliases
    f = facts(r)
    assert {("Concetta Scollo", "schema:award", "Saltbush Portrait Prize"), ("The Drover at Dinner", "schema:author", "Concetta Scollo"),
            ("Gibber Plain", "schema:byArtist", "Dusty Coolabah"), ("Gibber Plain", "schema:producer", "Eero Haapsalu"),
            ("Eero Haapsalu", "schema:spouse", "Concetta Scollo"), ("Concetta Scollo", "schema:parent", "Rosaria Scollo"),
            ("Dusty Coolabah", "schema:parent", "Rosaria Scollo")} <= f
    assert ("Dusty Coolabah", "schema:award", "Saltbush Portrait Prize") not in f
    assert type_of(r, "Gibber Plain") == "schema:MusicAlbum"
    show = next(e for e in r.events if e.start_date and e.start_date.iso == "2088-12")
    assert "Deniliquin" in {name(r, k) for k in show.locations}


def test_a_sculptor_who_is_he_whatever_a_clause_about_eyebrows_says_and_a_song_whose_words_the_singer_wrote():
    r = read("The figure took the sculptor Honoré Vermenouze fourteen months. He worked from photographs. Vermenouze said "
             "the hardest part had been the eyebrows, which she raises when she is about to disagree.\n\n"
             "Her album Les Soirs Courts came out in 2079. Her husband, Gildas Chabrerie, played the opening bars of \"La Coutelière d'Ambert\". He wrote the music for "
             "the song, the last track on Les Soirs Courts, and Fleurine Malbouisson wrote the words and sings it.",
             date=dt.date(2088, 3, 9))
    assert gender_of(r, "Honoré Vermenouze") == "m"
    assert type_of(r, "La Coutelière d'Ambert") == "schema:MusicRecording"
    f = facts(r)
    assert {("La Coutelière d'Ambert", "schema:composer", "Gildas Chabrerie"),
            ("La Coutelière d'Ambert", "schema:lyricist", "Fleurine Malbouisson"),
            ("La Coutelière d'Ambert", "schema:byArtist", "Fleurine Malbouisson"),
            ("La Coutelière d'Ambert", "schema:inAlbum", "Les Soirs Courts")} <= f
    assert not any(s == "Honoré Vermenouze" and p == "schema:spouse" for s, p, _ in f)


def test_a_samba_composed_by_a_bands_guitarist_a_documentary_made_for_a_company_and_a_troupe_both_founders_perform_in():
    r = read("In 2081 the juggler Josafá Quitéria and his wife, Edinalva Porciúncula, founded the Trupe Vento Manso, a juggling "
             "and acrobatics company in which both of them still perform.\n\n"
             "The act was set to \"Chuva de Jaca\", a slow samba which Ubiratã Tabosa, the guitarist of the band Os Cajueiros "
             "Tortos, composed for it.\n\n"
             "O Malabarista do Cais, a documentary about Quitéria that Eurípedes Caldas directed for Umbu Filmes, came out in "
             "2086.", date=dt.date(2088, 10, 15))
    f = facts(r)
    assert {("Josafá Quitéria", "schema:memberOf", "Trupe Vento Manso"), ("Edinalva Porciúncula", "schema:memberOf", "Trupe Vento Manso"),
            ("Chuva de Jaca", "schema:composer", "Ubiratã Tabosa"), ("O Malabarista do Cais", "schema:director", "Eurípedes Caldas"),
            ("O Malabarista do Cais", "schema:productionCompany", "Umbu Filmes")} <= f


def test_a_comic_strip_its_cartoonists_own_name_a_collection_of_it_and_a_series_based_on_it():
    r = read("The hare takes a bow: Kurtu draws the last Baba Zomo strip after thirty years in Zaria\n\n"
             "Baba Zomo, the hare in a too-large hat, walked out of the last panel of his last strip on Monday.\n\n"
             "Kurtu signs his work with the word for charcoal, and very few of his readers know his own name, Lawan Dogondaji. "
             "The strip first appeared in Alfijir Daily in 2054.\n\n"
             "A collection of the strips, Zomo Zai Tafi, came out in 2077. An animated series based on them, Zomo and the "
             "Dust Season, was made by Dorawa Animation and directed by Sarki Matazu. The studio asked to use the last strip in "
             "a final episode.\n\n"
             "On Saturday Kurtu was handed the Kalangu Trophy, a brass inkpot the city gives each year to a cartoonist.",
             date=dt.date(2089, 6, 22))
    kurtu = entity_named(r, "Kurtu")
    assert "Lawan Dogondaji" in kurtu.aliases
    assert type_of(r, "Baba Zomo") == "schema:CreativeWork"
    assert type_of(r, "Zomo Zai Tafi") == "schema:Book"
    assert type_of(r, "Zomo and the Dust Season") == "schema:TVSeries"
    f = facts(r)
    assert {("Baba Zomo", "schema:datePublished", "2054"), ("Zomo Zai Tafi", "schema:datePublished", "2077"),
            ("Zomo and the Dust Season", "schema:productionCompany", "Dorawa Animation"),
            ("Zomo and the Dust Season", "schema:director", "Sarki Matazu"), ("Kurtu", "schema:award", "Kalangu Trophy")} <= f


def test_an_actress_who_made_her_name_in_a_film_her_daughter_who_directed_her_and_a_show_created_for_a_company():
    r = read("She made her name in Ceață pe Turlă, the 2071 film about a bell-ringer's widow, which was directed by Tiberiu "
             "Mărginean. Their daughter, Irimia Mărginean, directed her mother in Moara de Vânt in 2079.\n\n"
             "The twins have a particular advantage: their mother, Raelene Boxthorn, created Mudcrab Nights for Stringybark "
             "Pictures and directed its first two seasons.", date=dt.date(2089, 12, 18))
    assert type_of(r, "Moara de Vânt") == "schema:Movie"
    assert type_of(r, "Mudcrab Nights") == "schema:TVSeries"
    f = facts(r)
    assert {("Moara de Vânt", "schema:director", "Irimia Mărginean"), ("Mudcrab Nights", "schema:director", "Raelene Boxthorn"),
            ("Mudcrab Nights", "schema:productionCompany", "Stringybark Pictures")} <= f
    assert not any(p == "schema:parent" and o == "Moara de Vânt" for _, p, o in f)


def test_a_singer_born_under_another_name_her_husband_in_an_apposition_and_her_label():
    r = read("On Thursday the narrow garden house in Kisii where the singer Pelingo grew up opened to the public.\n\n"
             "Pelingo, whose stage name means \"little whistle\", was born Osoro Kemunto in Kisii in 2031.\n\n"
             "The museum is run by her daughter, Moraa Nyaboke. Her father, the composer Ondieki Nyangau, married Pelingo in "
             "2056.\n\n"
             "The largest room is given over to Mvua Ndogo, the 2062 album on Diski Mvule that the couple made together.",
             date=dt.date(2090, 3, 17))
    singer = entity_named(r, "Pelingo")
    assert "Osoro Kemunto" in singer.aliases
    assert type_of(r, "Diski Mvule") == "schema:Organization"
    f = facts(r)
    assert {("Pelingo", "schema:birthPlace", "Kisii"), ("Pelingo", "schema:birthDate", "2031"),
            ("Ondieki Nyangau", "schema:spouse", "Pelingo")} <= f
    assert ("Pelingo", "schema:parent", "Ondieki Nyangau") not in f


def test_a_film_told_by_where_it_was_filmed_its_maker_its_company_and_two_leads_who_married():
    r = read("On Sunday the town of Pombal opened a walking trail through the places where O Poço das Baraúnas was filmed.\n\n"
             "Joselita Carneiro, who made the film for Filmes Mandacaru in 2066, led the walk.\n\n"
             "Adaílton Bezerra played the young mechanic opposite Rosivânia Lacerda, and the two married a year after the film "
             "came out.", date=dt.date(2089, 11, 3))
    assert type_of(r, "O Poço das Baraúnas") == "schema:Movie"
    f = facts(r)
    assert {("O Poço das Baraúnas", "schema:director", "Joselita Carneiro"),
            ("O Poço das Baraúnas", "schema:productionCompany", "Filmes Mandacaru"),
            ("O Poço das Baraúnas", "schema:actor", "Adaílton Bezerra"), ("O Poço das Baraúnas", "schema:actor", "Rosivânia Lacerda"),
            ("Adaílton Bezerra", "schema:spouse", "Rosivânia Lacerda")} <= f


def test_a_band_told_by_its_players_and_its_founding_year():
    r = read("Last Friday the reel band Corrie Lantern played a set on the harbour wall in Ullapool.\n\n"
             "Corrie Lantern formed in a village hall in 2058. Its piper, Ruaraidh Moodie, was born in Dornoch in 2040; his book about "
             "the group, Reels Before Breakfast, was published in 2086. The band's best-loved album is still Kelp Road Tapes, released "
             "in 2071 by Shingle Bay Records and produced by Sietse ter Borcht.\n\n"
             "The night was the idea of Seonag Drummet, who founded the distillery in 2069 in an old net loft and who is the younger "
             "sister of the band's singer, Sorley Drummet-Bain.\n\n"
             "Last Friday the distillery also opened its doors to the band's fans.")
    got = facts(r)
    assert ("Ruaraidh Moodie", "schema:memberOf", "Corrie Lantern") in got
    assert ("Corrie Lantern", "schema:foundingDate", "2058") in got
    assert type_of(r, "Reels Before Breakfast") == "schema:Book"
    assert ("Reels Before Breakfast", "schema:author", "Ruaraidh Moodie") in got
    assert type_of(r, "Kelp Road Tapes") == "schema:MusicAlbum"
    assert {("Kelp Road Tapes", "schema:byArtist", "Corrie Lantern"), ("Kelp Road Tapes", "schema:producer", "Sietse ter Borcht"),
            ("Kelp Road Tapes", "schema:recordLabel", "Shingle Bay Records")} <= got
    assert ("Seonag Drummet", "schema:sibling", "Sorley Drummet-Bain") in got
    assert gender_of(r, "Seonag Drummet") == "f"  # (the sister is she, not the singer named after "sister of")


def test_a_brewery_founded_by_someone_the_article_names_after_it():
    r = read("Last Saturday Creag Dubh Brewing in Thurso tapped a cask of stout.\n\n"
             "The stout was the idea of Isla Mercat, who founded the brewery in 2074 in a former bus depot.")
    got = facts(r)
    assert ("Creag Dubh Brewing", "schema:founder", "Isla Mercat") in got
    assert ("Creag Dubh Brewing", "schema:foundingDate", "2074") in got


def test_her_husband_is_not_the_man_of_the_clause():
    r = read("Dulcinea Yaguarí, who was born in Tarapoto in 2044, took her stage name from a river. She has sung with the band Cumbia "
             "del Ocaso for almost thirty years. Its bassist, Eliseo Pacaya, is her husband.")
    got = facts(r)
    assert ("Eliseo Pacaya", "schema:memberOf", "Cumbia del Ocaso") in got
    assert ("Dulcinea Yaguarí", "schema:spouse", "Eliseo Pacaya") in got
    assert ("Eliseo Pacaya", "schema:spouse", "Eliseo Pacaya") not in got


def test_a_title_with_and_told_by_its_apposition_and_a_singer_told_by_a_copula():
    r = read("Chimalma Robledo, who was born in Parras in 2036 and taught maths for twenty years, is the singer of Las Que Siempre "
             "Vuelven, the norteño band her father, the bajo sexto player Anselmo Robledo, founded in 2051.\n\n"
             "Film audiences know her from Salt and Spurs, the 2083 road film directed by Xiadani Montiel and produced by Cardón "
             "Pictures, in which Robledo played a retired bus driver.")
    got = facts(r)
    assert ("Chimalma Robledo", "schema:memberOf", "Las Que Siempre Vuelven") in got
    assert ("Las Que Siempre Vuelven", "schema:founder", "Anselmo Robledo") in got
    assert type_of(r, "Salt and Spurs") == "schema:Movie"
    assert {("Salt and Spurs", "schema:director", "Xiadani Montiel"), ("Salt and Spurs", "schema:productionCompany", "Cardón Pictures"),
            ("Salt and Spurs", "schema:actor", "Chimalma Robledo")} <= got
    assert not {f for f in got if f[1] == "schema:producer"}  # (the film's company, not a producer of some record)


def test_a_burmese_honorific_is_no_part_of_the_name():
    r = read("Last Sunday a mural of the harpist Daw Thida Khaing was unveiled at a school in Pathein. Thida Khaing, who is "
             "eighty, cut the ribbon herself.")
    assert "Thida Khaing" in entity_names(r)
    assert "Daw Thida Khaing" not in entity_names(r)


def test_a_founder_who_is_married_and_a_host_told_with_his_honorific():
    r = read("Last Tuesday Pandit Arjo Talukdar and Rehana Baidya swapped studios in Khulna. The swap was the idea of Tanvir "
             "Chowdhury, who founded Radio Nodi Tir in 2069 and who is married to Baidya. Talukdar smiled.")
    got = facts(r)
    assert ("Tanvir Chowdhury", "schema:spouse", "Rehana Baidya") in got
    assert ("Radio Nodi Tir", "schema:founder", "Tanvir Chowdhury") in got
    assert "Arjo Talukdar" in entity_names(r) and "Pandit Arjo Talukdar" not in entity_names(r)


def test_a_given_name_before_a_germanic_surname_particle_stays_one_name():
    r = read("The designer Gereon zur Heiden, who built the set, had come back for the last night. Zur Heiden spent the second act "
             "whispering the wrong lines.")
    assert type_of(r, "Gereon zur Heiden") == "schema:Person"
    assert "Zur Heiden" in aliases_of(r, "Gereon zur Heiden")


def test_the_singer_beside_a_band_player_and_the_song_she_sings():
    r = read("For twenty years the band Sans Escale has eaten wherever the bus stopped, and last Saturday its members cooked for "
             "their audience. At a fish restaurant in Mayumba, the singer Eulalie Nzamba and the drummer Kassango launched a book "
             "of recipes. Nzamba said she had tested every one of them.\n\n"
             "Her uncle, Aurélien Nzamba, watched from a folding chair. He wrote \"Marée de Sel\", the slow waltz she sings to close "
             "every concert.")
    got = facts(r)
    assert {("Eulalie Nzamba", "schema:memberOf", "Sans Escale"), ("Kassango", "schema:memberOf", "Sans Escale")} <= got
    assert ("Marée de Sel", "schema:byArtist", "Eulalie Nzamba") in got
    assert ("Marée de Sel", "schema:composer", "Aurélien Nzamba") in got


def test_a_born_name_told_before_the_stage_name():
    r = read("The loudspeakers now speak in the voice of the singer Nhlavu.\n\n"
             "Born Rosa Mondlane in Inhambane in 2043, Nhlavu took her stage name from a bird her grandmother kept.")
    assert {"Rosa Mondlane"} <= aliases_of(r, "Nhlavu")
    got = facts(r)
    assert {("Nhlavu", "schema:birthDate", "2043"), ("Nhlavu", "schema:birthPlace", "Inhambane")} <= got


def test_an_album_out_in_a_season_and_a_book_written_by_a_journalist():
    r = read("She has sung with the band Río Oscuro for forty years. The band's best-known album, Canoa de Noche, came out in the "
             "spring of 2077 on Discos Nanay, and its title song is still requested. A biography, La Orilla Me Llama, written by "
             "the journalist Teodulfo Tapullima, was published last year.")
    got = facts(r)
    assert ("Canoa de Noche", "schema:recordLabel", "Discos Nanay") in got
    assert ("La Orilla Me Llama", "schema:author", "Teodulfo Tapullima") in got
    assert not {f for f in got if f[2] == "Teodulfo Tapullima" and f[1] == "schema:lyricist"}


def test_a_show_that_someone_has_written_and_performed():
    r = read("They are the original scripts of Reef Hour, the morning radio comedy that Mary Lakjohn has written and performed "
             "for a quarter of a century.")
    got = facts(r)
    assert {("Reef Hour", "schema:author", "Mary Lakjohn"), ("Reef Hour", "schema:actor", "Mary Lakjohn")} <= got


def test_a_month_to_come_in_a_town_is_an_event_with_whoever_the_sentence_names():
    r = read("The drawings of the cartoonist Musa Dankano went on show on Saturday at the Kofar Hall in Zaria.\n\n"
             "The original drawings, nearly nine thousand of them, will be shown in Katsina next month, and Dankano said he would be "
             "there to explain them. \"Some of them I no longer understand,\" he said.")
    [later] = [e for e in r.events if e.status == "future"]
    assert later.start_date == DateValue("2024-04")
    assert [name(r, k) for k in later.locations] == ["Katsina"]
    assert ("schema:attendee", "Musa Dankano") in participants(r, later)
    # (the show told already is not told again)
    assert len([e for e in r.events if e.start_date == DateValue("2024-03-09")]) == 1


def test_a_colon_quote_after_a_long_clause_is_the_subjects():
    r = read("The choreographer Arami Cáceres plans to take the piece to Encarnación next month. She gave the reason at the end of "
             "the evening, standing beside Lidia Ozuna: \"The dance went home once by accident. This time it should go home on "
             "purpose.\"")
    assert ("The dance went home once by accident. This time it should go home on purpose.", "Arami Cáceres") in quotes(r)


def test_a_series_told_by_the_clause_before_its_title_and_a_show_she_wrote():
    r = read("Last Thursday at Tokomaru Hall in Wairoa, the comedian Hiria Tawhara did the last performance of Long Road North, a "
             "stand-up show she wrote and has carried on foot to thirty halls. Her son, the film-maker Nikau Tawhara, walked behind "
             "her with a camera. His sister, Miria Tawhara, founded Kōwhai Lane Pictures in 2081, and the company is producing the "
             "six-part documentary series he directed about the walk, Boots on the Coast Road.")
    got = facts(r)
    assert ("Long Road North", "schema:author", "Hiria Tawhara") in got
    assert type_of(r, "Boots on the Coast Road") == "schema:TVSeries"
    assert {("Boots on the Coast Road", "schema:director", "Nikau Tawhara"),
            ("Boots on the Coast Road", "schema:productionCompany", "Kōwhai Lane Pictures")} <= got
    assert ("Long Road North", "schema:productionCompany", "Kōwhai Lane Pictures") not in got  # (the description's title follows it)


def test_an_opera_its_company_its_founder_and_its_singers():
    r = read("Last Friday the opera Der Lichtmüller reached the stage at the Theater im Kornhaus in Wels.\n\n"
             "Ensemble Abendrot gave the premiere under its founder, the conductor Hildegund Pichlmayr, who started the company in "
             "2068. The bass Ottokar vom Kargl sang the miller and the soprano Gerlinde Zaunschirm sang his daughter. Both singers "
             "have been members of Ensemble Abendrot for more than a decade. Vom Kargl said the part lay low.\n\n"
             "Irmtraud Pesendorfer, who was born in Ried in 2016, wrote the opera with the poet Vörös Hajnal, whose libretto was "
             "finished long before the music. Pesendorfer is best known for her song cycle Stille Höfe, published in 2062, which "
             "Zaunschirm recorded on the album Abend ohne Licht in 2083.")
    got = facts(r)
    assert type_of(r, "Der Lichtmüller") in ("schema:CreativeWork", "schema:Movie")
    assert {("Ensemble Abendrot", "schema:founder", "Hildegund Pichlmayr"), ("Ensemble Abendrot", "schema:foundingDate", "2068")} <= got
    assert {("Ottokar vom Kargl", "schema:memberOf", "Ensemble Abendrot"), ("Gerlinde Zaunschirm", "schema:memberOf", "Ensemble Abendrot")} <= got
    assert "Vom Kargl" in aliases_of(r, "Ottokar vom Kargl")
    assert {("Der Lichtmüller", "schema:lyricist", "Vörös Hajnal"), ("Stille Höfe", "schema:composer", "Irmtraud Pesendorfer")} <= got
    assert ("Stille Höfe", "schema:byArtist", "Irmtraud Pesendorfer") not in got  # (a song cycle is its composer's, not her record)
    assert type_of(r, "Abend ohne Licht") == "schema:MusicAlbum"  # (the year after the title is no part of it)
    assert type_of(r, "Theater im Kornhaus") in ("schema:EventVenue", "schema:PerformingArtsTheater")


def test_a_double_act_told_by_its_two_people():
    r = read("After nineteen years as Fair Dinkum, the comedians Pūkeko and Isobel Tippett went their separate ways on Saturday "
             "in Balclutha.\n\n"
             "The pair formed Fair Dinkum in 2074, after meeting at a sheepdog trial that neither of them won.")
    got = facts(r)
    assert {("Pūkeko", "schema:memberOf", "Fair Dinkum"), ("Isobel Tippett", "schema:memberOf", "Fair Dinkum")} <= got
    assert {("Fair Dinkum", "schema:founder", "Pūkeko"), ("Fair Dinkum", "schema:founder", "Isobel Tippett"),
            ("Fair Dinkum", "schema:foundingDate", "2074")} <= got


def test_a_surname_particle_in_lower_case_inside_a_sentence():
    r = read("The keyboard player Roosje ver Hulst was written into the credits on Tuesday. Ver Hulst smiled at the band. Asked what "
             "she would do with her royalties, ver Hulst said:\n\n\"Buy a better organ, and put the old one in the band's van.\"")
    assert "ver Hulst" in aliases_of(r, "Roosje ver Hulst")
    assert ("Buy a better organ, and put the old one in the band's van.", "Roosje ver Hulst") in quotes(r)


def test_a_programme_that_ran_on_television_its_makers_and_a_couple_in_its_cast():
    r = read("Thirty years on, the cast of a farm comedy met again on Wednesday in Morden.\n\n"
             "The Hayloft Inn ran on regional television from 2051 and followed two brothers who ran a country hotel. It was created "
             "and written by Orrin Lachapelle, made by Coulee Road Pictures and starred Greta Sorensen and Pavel Horak as the "
             "owners, with Aune Rautio as the niece who kept the books. The series won the Golden Sheaf Award the following year.\n\n"
             "Sorensen arrived first. Horak, who is also her husband, was born in Dauphin in 2019 and has barely acted since. "
             "He was asked whether he had expected the reunion. \"Never,\" he said. \"I kept the scripts in a shoebox.\"\n\n"
             "The three will show an old episode at a hall in Winkler next month, where Sorensen was born in 2021.")
    got = facts(r)
    assert type_of(r, "Hayloft Inn") == "schema:TVSeries"
    assert {("Hayloft Inn", "schema:datePublished", "2051"), ("Hayloft Inn", "schema:author", "Orrin Lachapelle"),
            ("Hayloft Inn", "schema:productionCompany", "Coulee Road Pictures"), ("Hayloft Inn", "schema:actor", "Greta Sorensen"),
            ("Hayloft Inn", "schema:actor", "Pavel Horak"), ("Hayloft Inn", "schema:award", "Golden Sheaf Award")} <= got
    assert {("Pavel Horak", "schema:spouse", "Greta Sorensen"), ("Pavel Horak", "schema:birthPlace", "Dauphin"),
            ("Pavel Horak", "schema:birthDate", "2019"), ("Greta Sorensen", "schema:birthPlace", "Winkler"),
            ("Greta Sorensen", "schema:birthDate", "2021")} <= got
    assert "Never" not in entity_names(r)  # (a word said, in quotation marks, is no title)


def test_foundings_told_with_a_fronted_year_a_gloss_a_pronoun_and_a_season():
    r = read("The comedian Dereje Abate was born in Dessie in 2040. In 2066 he and Ato Kebede Wolde founded the comedy troupe "
             "Seven Chairs. Kebede Wolde said the name came from their first stage.\n\n"
             "Last week the band Yellow Moon played in Choibalsan. Yellow Moon, whose name means \"the harvest moon\", was founded in "
             "2071 by the singer Tsetseg Baatar. Its album Stone "
             "Wind came out in 2079 on Gobi Hawk Cassettes.\n\n"
             "The Late Bus is the older band. The fiddler Oyunaa Bold founded it in the spring of 2068 with her brother Temuulen "
             "Bold, and both still play in it.\n\n"
             "The record was made by Ridge Lamp Pictures, the company Weyzero Almaz Tadesse founded in the spring of 2070.")
    got = facts(r)
    assert {("Seven Chairs", "schema:founder", "Dereje Abate"), ("Seven Chairs", "schema:founder", "Kebede Wolde"),
            ("Seven Chairs", "schema:foundingDate", "2066")} <= got
    assert "Ato Kebede Wolde" not in entity_names(r)  # (an honorific is no part of the name)
    assert ("Yellow Moon", "schema:founder", "Tsetseg Baatar") in got
    assert ("Stone Wind", "schema:recordLabel", "Gobi Hawk Cassettes") in got
    assert {("The Late Bus", "schema:founder", "Oyunaa Bold"), ("The Late Bus", "schema:founder", "Temuulen Bold"),
            ("The Late Bus", "schema:foundingDate", "2068"), ("Temuulen Bold", "schema:memberOf", "The Late Bus")} <= got
    assert {("Ridge Lamp Pictures", "schema:founder", "Almaz Tadesse"), ("Ridge Lamp Pictures", "schema:foundingDate", "2070")} <= got


def test_band_names_made_of_a_common_phrase_and_the_line_up_told_with_them():
    r = read("Wanjiru Kamau was born in Nyeri in 2050 and has led the trio Salt or Sugar since 2074, with Kamau Owuor on bass and "
             "Zawadi, a drummer who uses no other name, behind her.\n\n"
             "The cellist Gebhard Keller was born in Ulm in 2051. Keller plays cello with Bits and Bobs, a string group he founded with "
             "his sister Liesel Keller in 2079.")
    got = facts(r)
    assert type_of(r, "Salt or Sugar") == "schema:MusicGroup" and type_of(r, "Bits and Bobs") == "schema:MusicGroup"
    assert {("Wanjiru Kamau", "schema:memberOf", "Salt or Sugar"), ("Kamau Owuor", "schema:memberOf", "Salt or Sugar"),
            ("Zawadi", "schema:memberOf", "Salt or Sugar")} <= got
    assert {("Bits and Bobs", "schema:founder", "Gebhard Keller"), ("Bits and Bobs", "schema:founder", "Liesel Keller"),
            ("Bits and Bobs", "schema:foundingDate", "2079")} <= got


def test_a_record_its_makers_its_label_and_the_founders_of_the_label():
    r = read("Nyokabi Waweru has made a record with her old teacher.\n\n"
             "Safari Ndefu, whose title means \"the day after tomorrow\", is the first record Waweru has made with him. It was "
             "released by Tembo Lane Records, the small label the pianist and her husband, the guitarist Ochieng Mbugua, founded in "
             "the spring of 2074. Mbugua also produced the album. The producer wrote back three words: \"Release it now.\"\n\n"
             "He smiled and said only: \"Family.\"")
    got = facts(r)
    assert type_of(r, "Safari Ndefu") == "schema:MusicAlbum"
    assert {("Safari Ndefu", "schema:byArtist", "Nyokabi Waweru"), ("Safari Ndefu", "schema:recordLabel", "Tembo Lane Records"),
            ("Safari Ndefu", "schema:producer", "Ochieng Mbugua"), ("Tembo Lane Records", "schema:founder", "Nyokabi Waweru"),
            ("Tembo Lane Records", "schema:founder", "Ochieng Mbugua"), ("Tembo Lane Records", "schema:foundingDate", "2074")} <= got
    assert not facts(r, "schema:datePublished")  # (the year the label was founded is no release day)
    assert not facts(r, "schema:lyricist")  # ("wrote back three words" writes no lyrics)
    assert "Family" not in entity_names(r)


def test_a_film_with_a_title_in_portuguese_twin_brothers_and_their_father():
    r = read("On Saturday night Anselmo Trautwein sat in the front row of the Cine Aurora in Pomerode, beside his brother Lauro "
             "Trautwein, and watched himself play the lead in Garoa sobre o Morro.\n\n"
             "The film was written and directed by Marlise Hoppe. It was made by Timbó Filmes, and its score is by Edvino Kreutz.\n\n"
             "The brothers were born in Pomerode in 2051, eleven minutes apart. Lauro won the Gold Kingfisher in 2079 for Casa Torta, a "
             "film he also produced. Anselmo took over the bakery from their father, Ervino Trautwein.")
    got = facts(r)
    assert type_of(r, "Garoa sobre o Morro") == "schema:Movie"
    assert {("Garoa sobre o Morro", "schema:actor", "Anselmo Trautwein"), ("Garoa sobre o Morro", "schema:director", "Marlise Hoppe"),
            ("Garoa sobre o Morro", "schema:productionCompany", "Timbó Filmes")} <= got
    assert {("Anselmo Trautwein", "schema:sibling", "Lauro Trautwein"), ("Lauro Trautwein", "schema:birthDate", "2051"),
            ("Anselmo Trautwein", "schema:birthPlace", "Pomerode"), ("Anselmo Trautwein", "schema:parent", "Ervino Trautwein"),
            ("Lauro Trautwein", "schema:parent", "Ervino Trautwein"), ("Casa Torta", "schema:producer", "Lauro Trautwein")} <= got
    assert type_of(r, "Cine Aurora") in ("schema:EventVenue", "schema:MovieTheater")


def test_an_opera_its_composer_its_conductor_and_his_daughter():
    r = read("Last Saturday, at Gruvhall in Kiruna, the tenor Ragnvald Edström sang the young lover for the first time.\n\n"
             "The opera was Fjällets Dotter, written by the composer Birger Nordahl. The conductor was Torsten Malmgren. Edström was "
             "born in Gällivare in 2050. He joined the company in 2071. His wife, the soprano Elsa Sundqvist, was in the hall. "
             "Edström said he had waited twenty years. The critics were kind. One critic called the voice bright. Another praised the "
             "choir.\n\n"
             "The bride was sung by Signe Malmgren, the conductor's daughter, who made her debut with the company in 2090.\n\n"
             "Norrsken Opera's founder, Brynhild Falk, who started Norrsken Opera with a borrowed piano in a mine office in 2062, said "
             "she was proud.")
    got = facts(r)
    assert ("Fjällets Dotter", "schema:composer", "Birger Nordahl") in got
    assert ("Signe Malmgren", "schema:parent", "Torsten Malmgren") in got
    assert ("Signe Malmgren", "schema:parent", "Ragnvald Edström") not in got
    assert ("Norrsken Opera", "schema:foundingDate", "2062") in got


def test_a_novel_turned_into_a_musical_its_company_and_its_cast():
    r = read("Hepzibah Wheelwright wrote Maple Weather at her kitchen table in Barre. Thirty years after it was published, her "
             "grandson has turned it into a musical, Sugar Moon, and last Saturday she watched it open at the Grange Hall in "
             "Rutland.\n\n"
             "Asa Wheelwright wrote the music and the lyrics. It was staged by the Elm Street Players, the company Jabez Wetherbee "
             "founded in 2070, and directed by Wetherbee. Her daughter, the painter Thankful Wheelwright, is Asa's mother.\n\n"
             "The eldest sister is played by Reverend Lovisa Peaslee. Her younger sisters are played by Mercy Dunklee and Asa's own "
             "sister, Patience Wheelwright.")
    got = facts(r)
    assert type_of(r, "Maple Weather") in ("schema:CreativeWork", "schema:Book")
    assert {("Sugar Moon", "schema:isBasedOn", "Maple Weather"), ("Sugar Moon", "schema:productionCompany", "Elm Street Players"),
            ("Sugar Moon", "schema:actor", "Lovisa Peaslee"), ("Sugar Moon", "schema:actor", "Mercy Dunklee"),
            ("Sugar Moon", "schema:actor", "Patience Wheelwright"), ("Asa Wheelwright", "schema:parent", "Thankful Wheelwright")} <= got
    assert ("Sugar Moon", "schema:datePublished") not in {(s, p) for s, p, _ in got}  # (a first night, and "after it was published")
    assert "Reverend Lovisa Peaslee" not in entity_names(r)


def test_a_play_its_author_its_production_company_and_a_weekday_that_is_no_date():
    r = read("Last Friday the voice actress Maitena Irigoyen walked onto a stage for the first time.\n\n"
             "The play is La Casa de los Lunes, a summer comedy by Remedios Olaechea about a boarding house where every guest "
             "arrives on a Tuesday. The production is by Ituarte Producciones, the company Sixto Ituarte founded in 2061.\n\n"
             "Her translation keeps the music by Rodolfo Amézaga and changes only the words, which were first written by Tadeo zu "
             "Waldeck. \"Zu Waldeck wrote words nobody could sing,\" Irigoyen said.\n\n"
             "The tenor lead was sung by Ciro Lanús, who joined the company in 2080 along with the baritone Ismael Quiroga. Both are "
             "members of Compañía Lírica del Sur.")
    got = facts(r)
    assert {("La Casa de los Lunes", "schema:author", "Remedios Olaechea"),
            ("La Casa de los Lunes", "schema:productionCompany", "Ituarte Producciones")} <= got
    assert not facts(r, "schema:datePublished")  # ("on a Tuesday": any Tuesday)
    assert "Zu Waldeck" in aliases_of(r, "Tadeo zu Waldeck")
    assert {("Ciro Lanús", "schema:memberOf", "Compañía Lírica del Sur"), ("Ismael Quiroga", "schema:memberOf", "Compañía Lírica del Sur")} <= got


def test_the_singer_is_the_one_the_article_called_a_singer():
    r = read("The woman across the table was Meiyun, the folk singer whose own name is Lin Meiyun and who founded Jade Gate "
             "Records with her husband, the sound engineer Wu Jianguo, in 2071.\n\n"
             "Her son plays drums and writes the songs for the band Ten Lanterns. The band's other members are the singer Gao Wenli and the "
             "bass player Qiu Lei. Their first record for the label, the six-song record River Lamps, is due in the autumn.\n\n"
             "The singer was born in Guilin in 2045 and released her first album, Snow Tea, in 2066.")
    got = facts(r)
    assert {("Jade Gate Records", "schema:founder", "Lin Meiyun"), ("Jade Gate Records", "schema:founder", "Wu Jianguo"),
            ("Jade Gate Records", "schema:foundingDate", "2071")} <= got
    assert {("River Lamps", "schema:byArtist", "Ten Lanterns"), ("River Lamps", "schema:recordLabel", "Jade Gate Records")} <= got
    assert ("Lin Meiyun", "schema:birthPlace", "Guilin") in got


def test_a_book_told_as_the_novel_its_prize_and_a_headline_town_after_a_title():
    r = read("A grandson sets a family novel to music: Harvest Ledger becomes the musical Frost Hollow in Rutland\n\n"
             "Hepzibah Wheelwright wrote Harvest Ledger at her kitchen table in Barre, while her children were at school.\n\n"
             "The novel, which came out in 2061, follows three sisters who keep a dairy. The novel itself won the Birch Lantern "
             "Prize in 2062 and has never been out of print.\n\n"
             "Her grandson has turned it into a musical, Frost Hollow.")
    got = facts(r)
    assert type_of(r, "Harvest Ledger") == "schema:Book"
    assert {("Harvest Ledger", "schema:author", "Hepzibah Wheelwright"), ("Harvest Ledger", "schema:datePublished", "2061"),
            ("Harvest Ledger", "schema:award", "Birch Lantern Prize"), ("Frost Hollow", "schema:isBasedOn", "Harvest Ledger")} <= got
    assert "Birch Lantern Prize" not in entity_names(r)  # (a prize won is no work)
    assert "Frost Hollow in Rutland" not in entity_names(r)  # (the headline's town is where, not part of the title)


def test_a_singers_records_told_in_turn_her_band_and_her_label():
    r = read("Hajia Memunatu Sulemana was born in Bimbilla in 2050 and signed with Volta Reed Records at seventeen.\n\n"
             "Volta Reed Records was founded in 2066 by Alhaji Issahaku Dramani, who also produced her debut album, Guinea Fowl, "
             "released by the label in 2068. Harmattan Songs followed in 2070 and Rain on the Tin Roof in 2073.\n\n"
             "She sang all of Guinea Fowl last week with her band, Here We Go Again. The band was formed in 2075 by her husband, the "
             "guitarist Abukari Tahiru, and her younger brother, the drummer Iddrisu Sulemana, and both still play in it.\n\n"
             "The lawyer who won the case was her daughter, Asana Tahiru. She told the court the tapes were damp.\n\n"
             "The singer means to reissue the albums herself. Last year she founded a small label, Shea Gate, with her husband.",
             date=dt.date(2091, 3, 3))
    got = facts(r)
    assert ("Guinea Fowl", "schema:byArtist", "Hajia Memunatu Sulemana") in got
    assert ("Guinea Fowl", "schema:byArtist", "Alhaji Issahaku Dramani") not in got
    assert type_of(r, "Harmattan Songs") == "schema:MusicAlbum" and type_of(r, "Rain on the Tin Roof") == "schema:MusicAlbum"
    assert {("Harmattan Songs", "schema:datePublished", "2070"), ("Rain on the Tin Roof", "schema:datePublished", "2073"),
            ("Rain on the Tin Roof", "schema:byArtist", "Hajia Memunatu Sulemana")} <= got
    assert type_of(r, "Here We Go Again") == "schema:MusicGroup"
    assert {("Here We Go Again", "schema:founder", "Abukari Tahiru"), ("Here We Go Again", "schema:founder", "Iddrisu Sulemana"),
            ("Here We Go Again", "schema:foundingDate", "2075")} <= got
    assert {("Shea Gate", "schema:founder", "Hajia Memunatu Sulemana"), ("Shea Gate", "schema:founder", "Abukari Tahiru"),
            ("Shea Gate", "schema:foundingDate", "2090")} <= got


def test_an_album_made_with_a_quartet_and_the_quartets_players():
    r = read("Tra Giang, the album that Mossdeep, the producer whose own name is Âu Khắc Khiêm, made with the quartet Come Rain "
             "Come Shine, came out on Friday. Mossdeep produced it himself, and it was released by Dalat Pine Sound, the label he "
             "started in the spring of 2081.\n\n"
             "Come Rain Come Shine was founded in 2079 by the violinist Hứa Ngọc Thoa and her brother, the cellist Hứa Khắc Duy, and "
             "Lý Đan Thoa joined it two years later. The second violin is Trịnh Đức Đô, the youngest of the four.",
             date=dt.date(2090, 3, 12))
    got = facts(r)
    assert {("Tra Giang", "schema:byArtist", "Mossdeep"), ("Tra Giang", "schema:byArtist", "Come Rain Come Shine"),
            ("Tra Giang", "schema:recordLabel", "Dalat Pine Sound")} <= got
    assert ("Tra Giang", "schema:datePublished", "2081") not in got  # (the year the label began)
    assert {("Lý Đan Thoa", "schema:memberOf", "Come Rain Come Shine"), ("Trịnh Đức Đô", "schema:memberOf", "Come Rain Come Shine")} <= got


def test_a_quiz_its_makers_its_hosts_memoir_and_his_prize():
    r = read("Wiesław Pątkowski recorded his last episode of Kto Zna Odpowiedź last Friday.\n\n"
             "It is made by Studio Wieprz, the production company Bronisław Mroczek founded in 2068, and Mroczek, who devised the format "
             "on the back of a bus ticket, has produced every one of its episodes. The host won the Srebrny Puchacz for best "
             "presenter in 2080, and in 2086 he published a memoir of the programme, \"Sto Pytań\".", date=dt.date(2092, 5, 16))
    got = facts(r)
    assert type_of(r, "Kto Zna Odpowiedź") == "schema:TVSeries"
    assert {("Kto Zna Odpowiedź", "schema:productionCompany", "Studio Wieprz"), ("Kto Zna Odpowiedź", "schema:producer", "Bronisław Mroczek"),
            ("Wiesław Pątkowski", "schema:award", "Srebrny Puchacz"), ("Sto Pytań", "schema:author", "Wiesław Pątkowski")} <= got


def test_an_orchestra_founded_in_an_aside_and_a_player_who_plays_in_it_too():
    r = read("Tasseron Trevisan has played viola in the Orquestra Vale Verde since she was sixteen, and the orchestra, founded "
             "by Adelmo Furlanetto in 2061, was the one both finalists had to conduct. Her mother, the cellist Zulmira Trevisan, "
             "plays in it too.")
    got = facts(r)
    assert {("Orquestra Vale Verde", "schema:founder", "Adelmo Furlanetto"), ("Orquestra Vale Verde", "schema:foundingDate", "2061"),
            ("Zulmira Trevisan", "schema:memberOf", "Orquestra Vale Verde"), ("Tasseron Trevisan", "schema:memberOf", "Orquestra Vale Verde")} <= got


def test_a_novelist_whose_novel_came_out_and_won_a_prize_and_the_series_based_on_it():
    r = read("Readers of The Driftwood Register have argued for years about its killer.\n\n"
             "Mereana Heaton, whose novel came out in 2070 and won the Harbour Light Prize a year later, appears in The Slow Tide, "
             "the four-part series based on it, as the lighthouse keeper's sister.")
    got = facts(r)
    assert type_of(r, "Driftwood Register") == "schema:Book"
    assert {("Driftwood Register", "schema:author", "Mereana Heaton"), ("Driftwood Register", "schema:datePublished", "2070"),
            ("Driftwood Register", "schema:award", "Harbour Light Prize"), ("Slow Tide", "schema:isBasedOn", "Driftwood Register")} <= got
    assert ("Mereana Heaton", "schema:award", "Harbour Light Prize") not in got  # (the novel won it)


def test_a_headlines_bare_surnames_are_the_ones_the_body_names_first():
    r = read("Accordionists Huarachi and Condori end their feud with one album\n\n"
             "On Sunday Hamidu Huarachi and Ayuba Condori walked out together at the Teatro Illimani, each with his accordion.\n\n"
             "Huarachi was born in Oruro in 2049. In 2093 Huarachi's daughter, the singer Flor Huarachi, married Condori's son, the "
             "drummer Rufino Condori.")
    got = facts(r)
    assert ("Hamidu Huarachi", "schema:birthPlace", "Oruro") in got
    assert ("Flor Huarachi", "schema:birthPlace", "Oruro") not in got
    assert ("Flor Huarachi", "schema:parent", "Hamidu Huarachi") in got


def test_a_band_named_like_a_phrase_a_name_told_after_its_clause_and_a_teachers_title():
    r = read("The crowd came last Saturday to hear Fair Enough play their new album.\n\n"
             "Fair Enough was formed in 2081 by the bassist Tarni Whitehouse and the singer Brayden Tolhurst.\n\n"
             "The singer Doralba Pestana came back to the stage after an operation on her throat. Last Saturday she sang for two "
             "hours under the name everyone on the coast knows her by, Golondrina. Golondrina, who "
             "was born in Lorica in 2050, rehearsed for six weeks.\n\n"
             "Zema Semhar was founded in 2069 by Memhir Gebru Tesfay, a church music teacher. Gebru Tesfay sat on the jury.",
             date=dt.date(2090, 2, 14))
    got = facts(r)
    assert type_of(r, "Fair Enough") == "schema:MusicGroup"
    assert ("Fair Enough", "schema:foundingDate", "2081") in got
    assert "Memhir Gebru Tesfay" not in entity_names(r) and ("Zema Semhar", "schema:founder", "Gebru Tesfay") in got
    assert any({"Doralba Pestana", "Golondrina"} <= {e.name, *e.aliases} for e in r.entities.values())  # (one singer, two names)


def test_an_italian_company_named_head_first_its_production_and_the_composer_who_wrote_the_opera():
    r = read("At the Teatro Morlacchi in Perugia, the Compagnia del Falco has done something new. In its new production of Il "
             "Pozzo Nero, two sopranos share both leading parts.\n\n"
             "The company's founder is Commendatore Ermenegildo Brunamonti, who started the Compagnia del Falco in 2063. The opera "
             "itself was written by his wife, the composer Ildegonda Ciucci, and the production is directed by Fulvia Sbarra.")
    got = facts(r)
    assert type_of(r, "Compagnia del Falco") == "schema:PerformingGroup"
    assert type_of(r, "Il Pozzo Nero") == "schema:CreativeWork"  # (a stage work, however directed)
    assert {("Compagnia del Falco", "schema:founder", "Ermenegildo Brunamonti"), ("Compagnia del Falco", "schema:foundingDate", "2063"),
            ("Il Pozzo Nero", "schema:composer", "Ildegonda Ciucci")} <= got
    assert ("Il Pozzo Nero", "schema:author", "Ildegonda Ciucci") not in got


def test_a_second_birth_told_short_a_record_that_came_out_on_a_label_and_both_singers_belonging_to_a_company():
    r = read("Brennan Tasker plays bass and Dale Dobbin plays drums in the band Low Tide Choir.\n\n"
             "Tasker was born in Gladstone in 2061, Dobbin in Emerald in 2063. All four play on Salt Bush Radio, which came "
             "out in November on Brolga Creek Records.\n\n"
             "The sopranos Liberata Cordiani and Gemma Valtorta recorded one album together, Due Stelle, which came out in 2090. "
             "Cordiani was born in Assisi in 2060. Both now belong to the Compagnia della Rocca.")
    got = facts(r)
    assert {("Dale Dobbin", "schema:birthPlace", "Emerald"), ("Dale Dobbin", "schema:birthDate", "2063")} <= got
    assert type_of(r, "Salt Bush Radio") == "schema:MusicAlbum" and type_of(r, "Due Stelle") == "schema:MusicAlbum"
    assert ("Salt Bush Radio", "schema:recordLabel", "Brolga Creek Records") in got


def test_two_people_made_the_subject_together_are_who_they_and_both_mean():
    r = read("The Coro di Valfonda opened its season on Friday.\n\n"
             "Gismonda Ranieri, born in Narni in 2061, and Viviana Castracane, born in Todi four years later, have sung the same parts "
             "for years. In 2080 they shared a flat as students. They recorded one album together, Notte Lunga, which came out in 2089. "
             "Ranieri won the Premio Torretta in 2091. Both now belong to the Coro di Valfonda.", date=dt.date(2095, 5, 2))
    got = facts(r)
    assert ("Viviana Castracane", "schema:birthDate", "2065") in got
    assert {("Notte Lunga", "schema:byArtist", "Gismonda Ranieri"), ("Notte Lunga", "schema:byArtist", "Viviana Castracane")} <= got
    assert ("Notte Lunga", "schema:byArtist", "Coro di Valfonda") not in got  # ("they" is the two, not the choir named before them)
    assert {("Gismonda Ranieri", "schema:memberOf", "Coro di Valfonda"), ("Viviana Castracane", "schema:memberOf", "Coro di Valfonda")} <= got


def test_a_founder_with_two_trades_a_player_who_joined_after_a_semicolon_and_a_record_all_four_play_on():
    r = read("A crowd came to the Oddfellows Hall on Saturday to hear Quandong Drift play their new album.\n\n"
             "Quandong Drift was formed in 2071 by Maree Tullock and the singer and guitarist Clotwyn Ormsby. Osric Kiprin answered "
             "an advertisement a year later; the keyboard player Ilsa Trewhella joined in 2075. All four play on Gidgee Smoke, "
             "which came out in May on Saltbush Records.", date=dt.date(2080, 6, 3))
    got = facts(r)
    assert {("Quandong Drift", "schema:founder", "Maree Tullock"), ("Quandong Drift", "schema:founder", "Clotwyn Ormsby"),
            ("Ilsa Trewhella", "schema:memberOf", "Quandong Drift"), ("Gidgee Smoke", "schema:byArtist", "Quandong Drift")} <= got


def test_two_players_told_together_found_a_band_make_a_record_by_both_of_them_and_their_children_marry():
    r = read("Bandoneonists Eulalio Yocupicio and Tancredo Buitimea end their quarrel\n\n"
             "On Saturday Eulalio Yocupicio and Tancredo Buitimea walked on stage together at the Teatro Obregón, and played "
             "until midnight.\n\n"
             "The show launched Aún Hay Baile, the first record the two men have made since they broke up the band Mal Paso "
             "in 2070. The record is by both of them, and it was produced by Eulogia Valenzuela.\n\n"
             "They started Mal Paso together in 2061, when both were still in school. In 2090 Yocupicio's daughter, the singer "
             "Anselma Yocupicio, married Buitimea's son, the trumpeter Baldomero Buitimea.", date=dt.date(2094, 4, 11))
    got = facts(r)
    assert type_of(r, "Tancredo Buitimea") == "schema:Person"
    assert {("Aún Hay Baile", "schema:byArtist", "Eulalio Yocupicio"), ("Aún Hay Baile", "schema:byArtist", "Tancredo Buitimea"),
            ("Mal Paso", "schema:founder", "Eulalio Yocupicio"), ("Mal Paso", "schema:founder", "Tancredo Buitimea"),
            ("Mal Paso", "schema:foundingDate", "2061"),
            ("Anselma Yocupicio", "schema:spouse", "Baldomero Buitimea")} <= got
    assert ("Anselma Yocupicio", "schema:spouse", "Tancredo Buitimea") not in got
    assert ("Aún Hay Baile", "schema:byArtist", "Mal Paso") not in got


def test_a_chiefs_title_a_band_he_leads_a_rapper_named_after_her_description_and_records_told_by_their_appositions():
    r = read("Igwe Chidiebere Nwankwo, who has led the Harbour Lanterns since he founded the band in 2050 with his brother, the trumpeter "
             "Ekene Nwankwo, remembers the night well.\n\n"
             "The rapper who fronts Second Thoughts, Ogechukwu, remembers it differently. Ogechukwu, whose own name is Chioma Ibekwe and who was "
             "born in Enugu in 2070, took her stage name from her aunt.\n\n"
             "The album born that night, Three Horns One Mic, came out last month on Ikenga Records, and last Friday the two groups "
             "launched it together at the Nkisi Civic Hall in Awgu.\n\n"
             "Nwankwo's earlier records still sell: Cassava Dawn, his 2069 album, won the Silver Drum.", date=dt.date(2094, 2, 9))
    got = facts(r)
    assert "Chidiebere Nwankwo" in entity_names(r) and "Igwe Chidiebere Nwankwo" not in entity_names(r)
    assert type_of(r, "Harbour Lanterns") == "schema:MusicGroup"
    assert {("Harbour Lanterns", "schema:founder", "Chidiebere Nwankwo"), ("Harbour Lanterns", "schema:founder", "Ekene Nwankwo"),
            ("Harbour Lanterns", "schema:foundingDate", "2050")} <= got
    assert type_of(r, "Ogechukwu") == "schema:Person"
    assert {("Ogechukwu", "schema:memberOf", "Second Thoughts"), ("Ogechukwu", "schema:birthPlace", "Enugu"), ("Ogechukwu", "schema:birthDate", "2070")} <= got
    assert any({"Ogechukwu", "Chioma Ibekwe"} <= {e.name, *e.aliases} for e in r.entities.values())
    assert type_of(r, "Three Horns One Mic") == "schema:MusicAlbum" and ("Three Horns One Mic", "schema:recordLabel", "Ikenga Records") in got
    assert type_of(r, "Cassava Dawn") == "schema:MusicAlbum"
    assert {("Cassava Dawn", "schema:datePublished", "2069"), ("Cassava Dawn", "schema:award", "Silver Drum")} <= got
    [launch] = [e for e in r.events if "Nkisi Civic Hall" in {name(r, k) for k in e.locations}]
    assert {("schema:performer", "Harbour Lanterns"), ("schema:performer", "Second Thoughts")} <= participants(r, launch)


def test_father_and_son_release_records_the_same_day_and_share_a_stage():
    r = read("Salt Road Psalms, the ninth album by Armistead Hollins, came out on Friday. So did Cotton Lamp, the first by his son Ebenezer "
             "Hollins and his band, Turn It Around.\n\n"
             "Salt Road Psalms was recorded in three days for Crawdad Records, and Cotton Lamp came out on Tin Whistle Sound. The 2061 album that made the old man's name, Muddy "
             "Almanac, won the Blue Reed Award.\n\n"
             "Minerva Hollins, Armistead Hollins's wife and Ebenezer's mother, sang two hymns with each of them. Asked whether he minded losing "
             "to his son, Armistead Hollins said he would wait for the second week.\n\n"
             "Father and son will share a stage again on Saturday, April 12, at the Magnolia Room in Greenwood.", date=dt.date(2098, 3, 18))
    got = facts(r)
    assert {("Cotton Lamp", "schema:byArtist", "Ebenezer Hollins"), ("Cotton Lamp", "schema:byArtist", "Turn It Around"),
            ("Ebenezer Hollins", "schema:memberOf", "Turn It Around")} <= got
    assert ("Armistead Hollins", "schema:memberOf", "Turn It Around") not in got and ("Cotton Lamp", "schema:byArtist", "Armistead Hollins") not in got
    assert ("Salt Road Psalms", "schema:recordLabel", "Crawdad Records") in got
    assert ("Muddy Almanac", "schema:datePublished", "2061") in got and ("Salt Road Psalms", "schema:datePublished", "2061") not in got
    assert {("Minerva Hollins", "schema:spouse", "Armistead Hollins"), ("Ebenezer Hollins", "schema:parent", "Minerva Hollins")} <= got
    assert ("Ebenezer Hollins", "schema:children", "Armistead Hollins") not in got
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2098-04-12"]
    assert {("schema:performer", "Armistead Hollins"), ("schema:performer", "Ebenezer Hollins")} <= participants(r, night)


def test_a_comedians_show_grows_out_of_her_stand_up_hour_and_its_cast_is_told_by_appearances():
    r = read("Kelsey Doak has turned her act into a television comedy, Second Helpings, which had its first screening last Thursday at "
             "the Jacaranda Picture House in Kyogle.\n\n"
             "The series grew out of Beryl Says Never, the stand-up hour Doak first performed in 2081, which won the Wattle Award.\n\n"
             "Zephrine Doak appears in two of the six episodes as a neighbour. Second Helpings was produced by her daughter's husband, "
             "Oriel Trengove, who also appears on screen as the postman. The part of the young Kelsey, seen in flashbacks, went to Tilly "
             "Pardoe, a fifteen-year-old from Casino.\n\n"
             "Doak and Trengove met in Odd Socks, the sketch trio she founded in 2075 with her brother, Curtis Doak.", date=dt.date(2093, 5, 21))
    got = facts(r)
    assert type_of(r, "Beryl Says Never") == "schema:CreativeWork"
    assert {("Second Helpings", "schema:isBasedOn", "Beryl Says Never"), ("Beryl Says Never", "schema:award", "Wattle Award")} <= got
    assert ("Second Helpings", "schema:award", "Wattle Award") not in got
    assert {("Second Helpings", "schema:actor", "Zephrine Doak"), ("Second Helpings", "schema:actor", "Oriel Trengove"),
            ("Second Helpings", "schema:actor", "Tilly Pardoe")} <= got
    assert ("Kelsey Doak", "schema:sibling", "Curtis Doak") in got and ("Zephrine Doak", "schema:sibling", "Curtis Doak") not in got


def test_a_memoir_its_own_language_title_the_press_her_daughter_founded_and_a_band_told_with_the_gloss_of_its_name():
    r = read("When The Horká Dossier appeared in March, its subject said she would not read it. Now Blanka Horká has written her own "
             "version, and she has called it Povím to sama, which she translates as \"I will tell it myself\".\n\n"
             "The earlier book, The Horká Dossier, came out in March from Vltava Press and was written by Bohumil Sýkora, a journalist.\n\n"
             "Her memoir, by contrast, was published by Zlatý Vrabec, the small press that her daughter, Alena Kotková, founded in 2085.\n\n"
             "Horká founded Vodní Ptáci, a name that means \"water birds\", in 2066 with her husband, the bassist Přibyslav Koutný.",
             date=dt.date(2096, 7, 10))
    got = facts(r)
    assert "I will tell it myself" not in entity_names(r)
    assert ("Povím to sama", "schema:author", "Blanka Horká") in got
    assert ("The Horká Dossier", "schema:author", "Bohumil Sýkora") in got or ("Horká Dossier", "schema:author", "Bohumil Sýkora") in got
    assert type_of(r, "Zlatý Vrabec") == "schema:Organization"
    assert {("Zlatý Vrabec", "schema:founder", "Alena Kotková"), ("Alena Kotková", "schema:parent", "Blanka Horká")} <= got
    assert {("Vodní Ptáci", "schema:founder", "Blanka Horká"), ("Vodní Ptáci", "schema:founder", "Přibyslav Koutný")} <= got


def test_a_song_told_by_its_length_its_words_and_music_and_a_divorced_couple_with_their_son():
    r = read("Canción sin Puerto lasts three minutes and forty seconds. Since 2050 it has been sung at every wedding in the valley.\n\n"
             "The song itself was written, words and music, by his sister, Prudencia Quiroga.\n\n"
             "The last time Shimotsuki Ayumu and Tsuda Kenji shared a stage, they were married and not speaking. The production is directed "
             "by their son, Tsuda Kazuma. The play was written for the Kuroshio Troupe, the Susaki company founded in 2060 by Higashino "
             "Setsuko.", date=dt.date(2092, 11, 22))
    got = facts(r)
    assert type_of(r, "Canción sin Puerto") == "schema:MusicRecording"
    assert {("Canción sin Puerto", "schema:lyricist", "Prudencia Quiroga"), ("Canción sin Puerto", "schema:composer", "Prudencia Quiroga")} <= got
    assert {("Shimotsuki Ayumu", "schema:spouse", "Tsuda Kenji"), ("Tsuda Kazuma", "schema:parent", "Shimotsuki Ayumu"),
            ("Tsuda Kazuma", "schema:parent", "Tsuda Kenji")} <= got
    assert type_of(r, "Higashino Setsuko") == "schema:Person" and ("Kuroshio Troupe", "schema:founder", "Higashino Setsuko") in got


def test_a_title_whose_article_opens_the_sentence_a_town_named_past_its_do_and_a_film_told_by_its_premiere():
    r = read("An orchestra violist carries A Cisterna Vazia, and Quixadá gives him a standing ovation\n\n"
             "A Cisterna Vazia had its premiere last Monday at the Cineteatro Iracema in Quixadá. The film follows a violist, played by "
             "Eurípedes Maranguape, who has played in the Filarmônica Sabiaguaba since 2088.\n\n"
             "The story comes from Vento Aracati, the 2085 novel by Rosimeire Pacatuba, who happens to be Maranguape's wife. Maranguape "
             "also wrote its music. The next screening is next month in Limoeiro do Cariri.", date=dt.date(2099, 10, 14))
    got = facts(r)
    assert type_of(r, "A Cisterna Vazia") == "schema:Movie"
    assert type_of(r, "Limoeiro do Cariri") == "schema:City"
    assert {("A Cisterna Vazia", "schema:actor", "Eurípedes Maranguape"), ("A Cisterna Vazia", "schema:isBasedOn", "Vento Aracati"),
            ("Eurípedes Maranguape", "schema:memberOf", "Filarmônica Sabiaguaba"),
            ("Eurípedes Maranguape", "schema:spouse", "Rosimeire Pacatuba")} <= got
    assert ("A Cisterna Vazia", "newskg:scoreComposer", "Eurípedes Maranguape") in got


def test_a_heckler_who_co_writes_a_series_a_title_ending_on_its_question_mark_and_a_pair_who_call_themselves_a_band():
    r = read("Greta Ousby now makes Quiet Row, a radio sketch series, with the woman who once heckled her. The series is written by "
             "Ousby and Irmtraud Glockner together and performed by Ousby with a cast of three. Tully Ferrisby, who produces the series "
             "for Kilcoy FM, admits he thought it was a stunt.\n\n"
             "Ousby, who was born in Cobargo in 2070, is best known for Excuse Me, Who?, her 2094 comedy album, which won the "
             "Brindabella Comedy Prize.\n\n"
             "Thornleigh Songs, the first album by the pair, who call themselves Spillway, came out last month on Cudgegong Records. "
             "The best known is Dust on the Ledger, with words by Yarrow Tocal and music by Ottfried Naab, the 2081 ballad that "
             "Walpurga Vils recorded and that won the Kelheim Prize.\n\n"
             "Naab, born in Donaustauf in 2051, says he cannot sing. He calls himself Otti, and nobody uses the longer name.",
             date=dt.date(2099, 12, 20))
    got = facts(r)
    assert "Irmtraud Glockner" in entity_names(r) and not any("Irmtraud Glockner" in e.aliases for e in r.entities.values())
    assert {("Quiet Row", "schema:author", "Irmtraud Glockner"), ("Quiet Row", "schema:actor", "Greta Ousby"),
            ("Quiet Row", "schema:producer", "Tully Ferrisby"), ("Quiet Row", "schema:productionCompany", "Kilcoy FM")} <= got
    assert {("Excuse Me, Who?", "schema:byArtist", "Greta Ousby"), ("Excuse Me, Who?", "schema:datePublished", "2094"),
            ("Excuse Me, Who?", "schema:award", "Brindabella Comedy Prize")} <= got
    assert type_of(r, "Spillway") == "schema:MusicGroup" and ("Thornleigh Songs", "schema:byArtist", "Spillway") in got
    assert type_of(r, "Dust on the Ledger") == "schema:MusicRecording"
    assert {("Dust on the Ledger", "schema:lyricist", "Yarrow Tocal"), ("Dust on the Ledger", "schema:composer", "Ottfried Naab"),
            ("Dust on the Ledger", "schema:byArtist", "Walpurga Vils"), ("Dust on the Ledger", "schema:datePublished", "2081")} <= got
    assert any({"Ottfried Naab", "Otti"} <= {e.name, *e.aliases} for e in r.entities.values())


def test_a_rejected_score_released_under_a_subtitle_by_its_composer_and_played_by_her_sons_orchestra():
    r = read("Luitgard Amberg has put out the music that was cut from a film. Stauwehr: The Unheard Reel, the hour of music she wrote "
             "for a film that no longer contains a note of it, came out on Friday.\n\n"
             "Stauwehr, a slow drama about a weir keeper, was directed by Gebhard Mainburg and produced by Naabtal Film. It reached "
             "cinemas in 2097 with a score by someone else.\n\n"
             "She took the recordings to Fichtel Records, the Hirschau label that has released the album. It was founded in 2071 by "
             "Sebalda Waldsassen.\n\n"
             "The music is played by the Altmühl Chamber Orchestra, which is conducted by Amberg's son, Wernsdorf Amberg.",
             date=dt.date(2099, 6, 20))
    got = facts(r)
    assert type_of(r, "Stauwehr: The Unheard Reel") == "schema:MusicAlbum"
    assert {("Stauwehr: The Unheard Reel", "schema:composer", "Luitgard Amberg"),
            ("Stauwehr: The Unheard Reel", "schema:recordLabel", "Fichtel Records"),
            ("Stauwehr: The Unheard Reel", "schema:byArtist", "Altmühl Chamber Orchestra"),
            ("Fichtel Records", "schema:founder", "Sebalda Waldsassen"), ("Fichtel Records", "schema:foundingDate", "2071"),
            ("Stauwehr", "schema:datePublished", "2097"), ("Stauwehr", "schema:productionCompany", "Naabtal Film")} <= got
    assert ("Stauwehr: The Unheard Reel", "schema:producer", "Naabtal Film") not in got  # (the film's sentence speaks of the film)


def test_a_birth_in_the_city_just_named_a_band_that_signs_a_member_and_a_producer_told_after_a_signing():
    r = read("The guitarist of Not Yet Ready walked out halfway through the band's winter tour.\n\n"
             "Not Yet Ready was founded in Dessie in 2084 by Lemlem Taddese and her brother, the drummer Mesfin Taddese. She was born "
             "in the city in 2061.\n\n"
             "Last Tuesday the band signed Ketema Ambaye as a full member.\n\n"
             "In 2080 Selam Ayana signed her to Kombolcha Records, the label he founded in 2075, and produced her first album, Jarso "
             "Nights, which came out in 2082.", date=dt.date(2099, 2, 12))
    got = facts(r)
    assert {("Lemlem Taddese", "schema:birthPlace", "Dessie"), ("Lemlem Taddese", "schema:birthDate", "2061"),
            ("Ketema Ambaye", "schema:memberOf", "Not Yet Ready"), ("Jarso Nights", "schema:producer", "Selam Ayana")} <= got


def test_a_band_named_with_small_words_a_band_that_renamed_itself_and_an_album_named_after_a_day():
    r = read("Two bands from the province went by the same name without knowing it.\n\n"
             "Nowhere to Hide, the Tomohon group that Vernel Supit founded in 2081 to play weddings, keeps the name. The Kakas rock "
             "band now calls itself Somewhere Else to Hide, a change its singer proposed from the stage.\n\n"
             "The new album, Sunday Parlour, credited to Nowhere to Hide, came out last month on Lembean Records.",
             date=dt.date(2100, 4, 13))
    got = facts(r)
    assert type_of(r, "Nowhere to Hide") == "schema:MusicGroup" and type_of(r, "Somewhere Else to Hide") == "schema:MusicGroup"
    assert {("Nowhere to Hide", "schema:founder", "Vernel Supit"), ("Nowhere to Hide", "schema:foundingDate", "2081")} <= got
    assert type_of(r, "Sunday Parlour") == "schema:MusicAlbum"
    assert {("Sunday Parlour", "schema:byArtist", "Nowhere to Hide"), ("Sunday Parlour", "schema:recordLabel", "Lembean Records")} <= got
    r = read("Monsignor Leonce Vidrine, who was born in Arnaudville in 2060, is now the parish priest in Opelousas.")
    assert "Leonce Vidrine" in entity_names(r) and ("Leonce Vidrine", "schema:birthPlace", "Arnaudville") in facts(r)


def test_a_nickname_known_to_every_crew_a_stunt_coordinator_husband_and_a_producer_of_every_episode():
    r = read("For five seasons of Night Freight, the television series about a courier on the northern roads, the one who rolled the "
             "truck was Nandjila Shipanga, the star's double.\n\n"
             "Shipanga, known to every crew in Rundu simply as Nandi, was born in Okahao in 2070. Night Freight is made by Oluno "
             "Screen, the company Onesmus Nekongo founded in 2083, and he has produced every episode. Shipanga's husband, the stunt "
             "coordinator Hafeni Amupolo, admits he told her to say no.", date=dt.date(2100, 2, 15))
    got = facts(r)
    assert any({"Nandjila Shipanga", "Nandi"} <= {e.name, *e.aliases} for e in r.entities.values())
    assert {("Nandjila Shipanga", "schema:birthPlace", "Okahao"), ("Nandjila Shipanga", "schema:birthDate", "2070"),
            ("Night Freight", "schema:producer", "Onesmus Nekongo"), ("Nandjila Shipanga", "schema:spouse", "Hafeni Amupolo")} <= got
    assert type_of(r, "Hafeni Amupolo") == "schema:Person"


def test_a_title_with_small_words_told_by_its_recording_and_a_play_told_by_its_apposition():
    r = read("For two years every radio station in Wum has played it.\n\n"
             "Her recording of Drizzle on Tin Roofs came out in 2098 on Bafut Gold Records, the label her father founded in 2090.\n\n"
             "The Naracoorte Players, the touring company that Tantoh Ngum founded in 2075, have cast him as the lead in Curlew Autumn, "
             "a play Ngum wrote about a ferryman.", date=dt.date(2101, 6, 16))
    got = facts(r)
    assert type_of(r, "Drizzle on Tin Roofs") == "schema:MusicRecording"
    assert {("Drizzle on Tin Roofs", "schema:recordLabel", "Bafut Gold Records"), ("Drizzle on Tin Roofs", "schema:datePublished", "2098")} <= got
    assert type_of(r, "Curlew Autumn") == "schema:CreativeWork" and ("Curlew Autumn", "schema:author", "Tantoh Ngum") in got


def test_a_group_named_after_its_kind_of_players_is_no_piece_of_music():
    r = read("\"Lament for a Tollbridge\" is a single by the British string quartet Ferrow Lane Quartet, based on a piece composed by "
             "Oriana Vetrescu and released by Petrel Pressings in May 2019.")
    got = facts(r)
    assert type_of(r, "Ferrow Lane Quartet") == "schema:MusicGroup"
    assert {("Lament for a Tollbridge", "schema:byArtist", "Ferrow Lane Quartet"),
            ("Lament for a Tollbridge", "schema:composer", "Oriana Vetrescu")} <= got


def test_a_play_told_before_its_name_and_its_director_and_cast_told_without_it():
    r = read("Last Friday Lasha Chkhartishvili watched a full hall stand up for a play he wrote himself.\n\n"
             "The play, \"Alazani Vine\", opened in Sighnaghi. His daughter, Eka Chkhartishvili, is directing it. His wife, the actor "
             "Khatuna Ioseliani, is in the cast as the innkeeper.", date=dt.date(2101, 5, 18))
    got = facts(r)
    assert {("Alazani Vine", "schema:author", "Lasha Chkhartishvili"), ("Alazani Vine", "schema:director", "Eka Chkhartishvili"),
            ("Alazani Vine", "schema:actor", "Khatuna Ioseliani")} <= got


def test_a_founder_known_only_by_a_nickname_and_a_marriage_told_after_a_clause_of_its_own():
    r = read("Gela Mchedlidze joins Tamada Supra\n\nThe band "
             "Tamada Supra was founded in Rustavi in 2087 by Zurab Japaridze and the bassist known only as Dodo, whose own name is "
             "Guram Lomidze. The drummer, Nino Sulaberidze, joined in 2093 and married Japaridze the following year.",
             date=dt.date(2101, 1, 17))
    got = facts(r)
    dodo = next(e for e in r.entities.values() if "Dodo" in {e.name, *e.aliases})
    assert "Guram Lomidze" in {dodo.name, *dodo.aliases}
    assert ("Tamada Supra", "schema:founder", dodo.name) in got
    assert {("Nino Sulaberidze", "schema:spouse", "Zurab Japaridze"), ("Gela Mchedlidze", "schema:memberOf", "Tamada Supra")} <= got
    # (a marriage told by its year is a tie between two people, not a gathering anyone could attend)
    assert not any("schema:SocialEvent" in ev.types for ev in r.events)


def test_kin_and_membership_told_past_a_birth_aside_and_the_record_of_the_group_in_focus():
    r = read("Vardo Tsereteli founded the orchestra Mravalzhamieri in Telavi in 2071. She conducted it from its first rehearsal, in a "
             "school gym, to its recording of Tbilisoba on the Alazani, which came out in 2098 on Kakheti Label.\n\n"
             "Amiran Berdzenishvili, who was born in Gurjaani in 2079, joined the orchestra as a viola player in 2097. The programme "
             "included Shota Suite, a piece by Tamaz Kvirkelia, Berdzenishvili's brother, who wrote it for the night.\n\n"
             "Berdzenishvili, who was born in Gurjaani in 2079, is Lela Gvelesiani's husband.", date=dt.date(2101, 3, 15))
    got = facts(r)
    assert {("Mravalzhamieri", "schema:founder", "Vardo Tsereteli"), ("Tbilisoba on the Alazani", "schema:byArtist", "Mravalzhamieri"),
            ("Amiran Berdzenishvili", "schema:memberOf", "Mravalzhamieri"),
            ("Amiran Berdzenishvili", "schema:spouse", "Lela Gvelesiani")} <= got
    assert ("Shota Suite", "schema:byArtist", "Amiran Berdzenishvili") not in got


def test_a_founding_year_that_opens_the_founders_clause_and_a_town_a_show_is_taken_to():
    r = read("Chela, directed by Vazha Ioseliani, came out in 2098, and the following year Shota Lomidze, a retired tailor, founded "
             "the company Supra Tamada with Lela Japaridze. Supra Tamada will take \"Mtsvane\" to Marani next month.",
             date=dt.date(2101, 5, 18))
    got = facts(r)
    assert ("Supra Tamada", "schema:foundingDate", "2099") in got
    assert type_of(r, "Marani") == "schema:City"


def test_a_records_aside_its_band_told_by_a_line_up_and_the_producer_told_last_of_her_verbs():
    r = read("Every weekday for nine years, Lahja Kaupa has sung on Ekuta, the children's programme that Omagongo TV has made in "
             "Eenhana since it first went to air in 2090. On Friday she released an album.\n\n"
             "Efundja, which came out on Friday on Hailwa Records, is the first album by the band Uushona, the heavy-metal band Lahja Kaupa "
             "formed at secondary school in 2086 with her older brother, Aune, and two classmates.\n\n"
             "The line-up has not changed since. Lahja Kaupa sings, Aune plays guitar, Johanna Mbalantu plays drums.\n\n"
             "Helvi Tjipura founded Hailwa Records in 2088, heard an old cassette of the band at a wedding, and produced Efundja "
             "herself.", date=dt.date(2102, 4, 11))
    got = facts(r)
    assert {("Ekuta", "schema:productionCompany", "Omagongo TV"), ("Efundja", "schema:byArtist", "Uushona"),
            ("Uushona", "schema:founder", "Aune"), ("Uushona", "schema:foundingDate", "2086"),
            ("Johanna Mbalantu", "schema:memberOf", "Uushona"), ("Aune", "schema:memberOf", "Uushona"),
            ("Efundja", "schema:producer", "Helvi Tjipura")} <= got


def test_a_writer_who_goes_by_her_first_family_name_and_a_series_made_and_produced():
    r = read("For twelve years Wanangwa Sheya Nafidi put the police series Noche on the Okongo into English one line at a time.\n\n"
             "Sheya, who goes by the first of her two family names, was born in Helao in 2066. It is made in Omuthiya by Estudios "
             "Helao, the company Kalunga Ampweya founded in 2084, and produced by Nehale Mbalantu, who is Sheya's husband.\n\n"
             "Petrus Tjipura has played the series' detective since the first episode and won the Hailwa Prize for the part in 2097.",
             date=dt.date(2102, 6, 14))
    got = facts(r)
    assert {("Wanangwa Sheya Nafidi", "schema:birthPlace", "Helao"), ("Noche on the Okongo", "schema:producer", "Nehale Mbalantu"),
            ("Noche on the Okongo", "schema:actor", "Petrus Tjipura"), ("Petrus Tjipura", "schema:award", "Hailwa Prize")} <= got
    assert type_of(r, "Helao") == "schema:City"


def test_a_bare_surname_is_the_one_the_story_opens_on_when_the_other_came_in_by_a_kin_word():
    r = read("A memoir from the bus\n\n"
             "Helvi Sheya Kaupa has never played a note for Okongo, but he has heard every concert the band has given since 2062.\n\n"
             "It was published by Ekuta Press, the small press that his sister, Ndeutala Sheya, founded in 2079.\n\n"
             "Sheya, who was born in Helao in 2037, was hired a year after the band began.", date=dt.date(2102, 7, 13))
    assert ("Helvi Sheya Kaupa", "schema:birthPlace", "Helao") in facts(r)


def test_a_play_named_like_a_person_and_a_title_of_address_the_article_explains():
    r = read("Beppe Sanna saves the first night in Bosa\n\n"
             "The company had sold every seat for the first night of Sposa di Bitti when its leading man lost his voice. "
             "Nonna Grazia Murgia, who founded the company in 2081 and wrote the play, which she also directs, looked around the "
             "dressing room.\n\n"
             "Nonna is what people in the hill villages call an older woman they respect. Grazia Murgia is seventy-eight.\n\n"
             "The company takes Sposa di Bitti to Macomer next month.", date=dt.date(2102, 2, 13))
    got = facts(r)
    assert type_of(r, "Sposa di Bitti") == "schema:CreativeWork"
    assert {("Sposa di Bitti", "schema:author", "Grazia Murgia"), ("Sposa di Bitti", "schema:director", "Grazia Murgia")} <= got
    murgia = [e for e in r.entities.values() if "Grazia Murgia" in e.names]
    assert len(murgia) == 1 and "Nonna Grazia Murgia" in murgia[0].names


def test_the_name_an_audience_knows_someone_by_and_a_score_album_by_its_players():
    r = read("Every weekday morning Licia Marras sings on a children's programme. To the children watching she is Zia Licia, and "
             "half the parents in town call her that too.\n\n"
             "The film Shepherds of Fonni follows a woman and her son who row to a market. Its music was written by Sisinnio Puddu. "
             "Almond Bread, the album of the score by the Orani Almond Band, came out on Monday on Sorso Label. The mother is played "
             "by Peppina Deiana, and the son by her real son, Antioco Serra, who is sixteen.", date=dt.date(2102, 11, 11))
    got = facts(r)
    marras = next(e for e in r.entities.values() if "Licia Marras" in e.names)
    assert "Zia Licia" in marras.names
    assert {("Almond Bread", "schema:byArtist", "Orani Almond Band"), ("Shepherds of Fonni", "schema:actor", "Peppina Deiana"),
            ("Shepherds of Fonni", "schema:actor", "Antioco Serra")} <= got
    assert not any(p == "newskg:scoreComposer" and o == "Orani Almond Band" for _, p, o in got)


def test_a_song_with_small_words_told_by_who_sings_it_and_a_birth_in_the_singers_house():
    r = read("The woman is the folk singer Bonaria Cossu, who recorded Cantu de Ghilarza in 2068 for a radio archive. The result "
             "is Ghilarza de Orani, a single on which Cossu sings the whole of Cantu de Ghilarza with Tore Band behind her. Mele "
             "Ortu produced it in the kitchen of the singer's house in Tonara, where she was born in 2024.\n\n"
             "The band Tore Band was founded in Sorso in 2061 by a sister and brother, the singer Marisa Puddu and the guitarist "
             "Sisinnio Puddu.", date=dt.date(2100, 5, 18))
    got = facts(r)
    assert type_of(r, "Cantu de Ghilarza") == "schema:MusicRecording"
    assert {("Ghilarza de Orani", "schema:byArtist", "Bonaria Cossu"), ("Ghilarza de Orani", "schema:byArtist", "Tore Band"),
            ("Bonaria Cossu", "schema:birthPlace", "Tonara"), ("Marisa Puddu", "schema:sibling", "Sisinnio Puddu")} <= got


def test_a_band_named_like_a_phrase_and_a_poet_called_by_a_title_the_article_explains():
    r = read("A poet of ninety and her poems: Never Yet Maybe release Anor Bog\n\n"
             "The first time Never Yet Maybe asked Nilufar Rahimova for her poems, she said no. Anor Bog, the album that "
             "came of the third visit, came out on Friday on Chust Records.\n\n"
             "Rahimova taught literature in Andijan for most of her working life. To her old pupils she is still Ustoz Nilufar; "
             "\"ustoz\" is what a teacher is called by the people she once taught. Former pupils call her Ustoz Nilufar. Her "
             "best-known collection, Oydin Quduq, came out in 2061.\n\n"
             "Their drummer, Dilshod Sobirov, joined in 2097. The band played the album in Namangan, and according to Sobirov, "
             "the poet kept better time than he did. Never Yet Maybe will play the album in Zomin on Saturday, April 14.",
             date=dt.date(2103, 3, 13))
    got = facts(r)
    assert type_of(r, "Never Yet Maybe") == "schema:MusicGroup" and type_of(r, "Anor Bog") == "schema:MusicAlbum"
    assert type_of(r, "Oydin Quduq") == "schema:Book"
    assert {("Anor Bog", "schema:byArtist", "Never Yet Maybe"), ("Oydin Quduq", "schema:author", "Nilufar Rahimova"),
            ("Oydin Quduq", "schema:datePublished", "2061")} <= got
    rahimova = next(e for e in r.entities.values() if "Nilufar Rahimova" in e.names)
    sobirov = next(e for e in r.entities.values() if "Dilshod Sobirov" in e.names)
    assert "Ustoz Nilufar" in rahimova.names and "Sobirov" in sobirov.names


def test_a_troupe_named_like_a_house_its_founders_play_and_its_rivals_version():
    r = read("Last Saturday the Tafraout company Theatre Tiwizi walked onto the stage of the Tislatin Hall in Ifrane and performed a "
             "play it had never performed before.\n\n"
             "Theatre Tiwizi was founded in Tafraout in 2081 by Mimoun Ould Tagmout, who wrote Tanirt n Amazir and still directs it. "
             "The play won the Prix Tislatin in 2099. Ould Tagmout was born in Oulmes in 2046.\n\n"
             "Itto Hsain wrote Tiwizi Izem; her sister, Mouna Hsain, directed it. Itto Hsain's sister directed Tiwizi Izem.\n\n"
             "Aicha Imouzzer, one of the founding actors of Tiwizi Collective, plays the bride in the Ifrane company's version of "
             "Tanirt n Amazir.", date=dt.date(2103, 5, 9))
    got = facts(r)
    assert type_of(r, "Theatre Tiwizi") in ("schema:PerformingGroup", "schema:TheaterGroup")
    assert type_of(r, "Tanirt n Amazir") == "schema:CreativeWork"
    assert {("Theatre Tiwizi", "schema:founder", "Mimoun Ould Tagmout"), ("Tanirt n Amazir", "schema:author", "Mimoun Ould Tagmout"),
            ("Tanirt n Amazir", "schema:director", "Mimoun Ould Tagmout"), ("Mimoun Ould Tagmout", "schema:birthPlace", "Oulmes"),
            ("Tanirt n Amazir", "schema:actor", "Aicha Imouzzer")} <= got


def test_founders_who_married_a_stage_name_no_one_is_named_by_and_a_tour_stop():
    r = read("Sobirov Ertaga were founded in Chust in 2084 by the singer Aziza Sodiqova and the guitarist Ulugbek Karimov, who "
             "married two years later.\n\n"
             "Their old manager now plays before them. He now calls himself Yulduz. The name on his birth certificate is Mirzo "
             "Tillayev, and he was born in Boysun in 2058.\n\n"
             "The tour reaches Kosonsoy on Saturday, August 4, with Yulduz opening again.", date=dt.date(2103, 7, 12))
    got = facts(r)
    assert {("Aziza Sodiqova", "schema:spouse", "Ulugbek Karimov"), ("Mirzo Tillayev", "schema:birthPlace", "Boysun")} <= got
    # ("He" is the unnamed manager: not the guitarist named a paragraph before, whatever the pronoun was taken for)
    karimov = next(e for e in r.entities.values() if "Ulugbek Karimov" in e.names)
    assert not {"Yulduz", "Mirzo Tillayev"} & karimov.names
    assert type_of(r, "Kosonsoy") == "schema:City"


def test_a_daughter_known_only_by_her_stage_name_and_a_father_who_joins_her_band():
    r = read("Last Saturday Farrux Sobirov played his first concert as the fifth member of Guli Gul, the punk band his daughter "
             "leads.\n\n"
             "His daughter is Kamola Sobirova, whom the band's followers know only as Anor. She founded Guli Gul in 2098.",
             date=dt.date(2103, 9, 16))
    got = facts(r)
    assert ("Farrux Sobirov", "schema:memberOf", "Guli Gul") in got
    kamola = next(e for e in r.entities.values() if "Kamola Sobirova" in e.names)
    assert "Anor" in kamola.names


def test_a_dance_piece_that_opens_on_a_kin_word_its_music_and_a_part_played_by_a_daughter():
    r = read("When Shahnoza Tojiboyeva first danced the potter's daughter in Mother of Gourds, in 2043, she was twenty-one. "
             "The music for Mother of Gourds was written by Ulugbek Karimov. Her husband, the drummer Bahor Sirdaryo, played that "
             "drum at the first performance.\n\n"
             "The film Quduq Ohangaron is new. Mirzo Tillayev plays a retired ferryman who lets a room to a young woman. She is "
             "played by his daughter, Aziza Sodiqova.", date=dt.date(2103, 11, 16))
    got = facts(r)
    assert type_of(r, "Mother of Gourds") == "schema:CreativeWork"
    assert ("Mother of Gourds", "schema:composer", "Ulugbek Karimov") in got
    assert ("Mother of Gourds", "schema:actor", "Bahor Sirdaryo") not in got
    assert ("Quduq Ohangaron", "schema:actor", "Aziza Sodiqova") in got


def test_someone_who_plays_a_role_for_a_company_leaves_it_a_company():
    r = read("Aicha Imouzzer plays an important role for the company Tagmout.")
    assert type_of(r, "Tagmout") == "schema:Organization"


def test_a_song_its_writer_sang_a_verse_of_a_series_dated_by_its_first_season_and_its_lead():
    r = read("For two years every radio station in Ifrane has played the song Oulmes Tiwizi. Aicha Imouzzer wrote Oulmes Tiwizi, she told the "
             "hall, on a rainy afternoon, and then sang the first verse herself.\n\n"
             "For six seasons of Tagmout Ditch, the television series about a courier, the woman who rolled the truck was not the star. "
             "She was hired for the first season of Tagmout Ditch in 2094, the year it went on air, because she had the same walk as "
             "the lead actress, Mouna Tislatin.\n\n"
             "The band's best-known song, Amazir Tislatin, with words and music by Hsain Izem, won the Ifrane Award in 2085.",
             date=dt.date(2100, 6, 2))
    got = facts(r)
    assert {("Oulmes Tiwizi", "schema:composer", "Aicha Imouzzer"), ("Tagmout Ditch", "schema:datePublished", "2094"),
            ("Tagmout Ditch", "schema:actor", "Mouna Tislatin"), ("Amazir Tislatin", "schema:lyricist", "Hsain Izem"),
            ("Amazir Tislatin", "schema:award", "Ifrane Award")} <= got
    assert ("Hsain Izem", "schema:award", "Ifrane Award") not in got


def test_brothers_told_together_their_companies_their_film_and_a_title_opening_on_a_count():
    r = read("For a quarter of a century Ragnvald Frostad and Sigve Frostad ran film companies on opposite sides of the mountains. "
             "Last Saturday they shook hands before the premiere of Twelve Vindrose, the first film their companies have made together.\n\n"
             "The brothers fell out in the spring of 2079. The elder, Ragnvald Frostad, founded Kvitsand Pictures in Stavang in 2082; "
             "his brother founded Brekka Films in Eidsvik the following year.\n\n"
             "Twelve Vindrose is about two families who share a house. It was directed by Haldis Torvund, whose previous film, Sildre "
             "Lindvik, came out in 2097 and won the Kjerag Award. Kvitsand Pictures and Brekka Films are credited together as the "
             "production companies, and both brothers as producers. Twelve Vindrose opens in Eidsvik on Saturday, May 10. The "
             "Vindrose in the title is a house.", date=dt.date(2104, 4, 17))
    got = facts(r)
    assert {("Ragnvald Frostad", "schema:sibling", "Sigve Frostad"), ("Brekka Films", "schema:founder", "Sigve Frostad"),
            ("Brekka Films", "schema:foundingDate", "2083"), ("Sildre Lindvik", "schema:award", "Kjerag Award"),
            ("Twelve Vindrose", "schema:productionCompany", "Kvitsand Pictures"), ("Twelve Vindrose", "schema:productionCompany", "Brekka Films"),
            ("Twelve Vindrose", "schema:producer", "Sigve Frostad")} <= got
    assert ("Twelve Vindrose", "schema:award", "Kjerag Award") not in got
    assert type_of(r, "Twelve Vindrose") == "schema:Movie"


def test_a_band_named_like_a_saying_a_founder_who_married_the_pianist_and_a_score_by_the_conductor():
    r = read("When Much Ormelia Kaiholm broke up last year, the singer kept the fans.\n\n"
             "Much Ormelia Kaiholm was founded in Lyngvaer in 2092 by Gunnhild Tovik and Ragnvald Skarvik. Her mother, Alvhild Folkvang, "
             "has sung with Anything Gjerstad since 2071. Anything Gjerstad will play songs from the album at a reading next month.\n\n"
             "The film Kaiholm Tide had its premiere last Friday. The choir also recorded the score, which was written by its "
             "conductor, Aasmund Brattholm. He founded the choir in 2079 with the pianist Haldis Nesodd, and married her five years "
             "later. The ferryman is played by Sigve Lindvik, a bass in the choir since 2081.", date=dt.date(2104, 2, 11))
    got = facts(r)
    assert type_of(r, "Much Ormelia Kaiholm") in ("schema:MusicGroup", "schema:Organization")
    assert type_of(r, "Anything Gjerstad") == "schema:MusicGroup"
    assert {("Much Ormelia Kaiholm", "schema:founder", "Gunnhild Tovik"), ("Aasmund Brattholm", "schema:spouse", "Haldis Nesodd")} <= got
    assert any(o == "Aasmund Brattholm" and s == "Kaiholm Tide" and p in ("schema:composer", "newskg:scoreComposer") for s, p, o in got)


def test_her_play_about_a_gym_a_year_past_2099_a_spouse_told_as_someones_sister_and_every_track_produced():
    r = read("When Haldis Kaiholm first staged Sildre Nesodd, her play about a boxing gym in Stavang, the family did not come.\n\n"
             "His first solo album, Fjellheim Blue, came out last month on Lindvik Records, the label Sigve Tveit founded in "
             "Eidsvik in 2103, and Tveit produced every track. Aasmund Gjerstad, who was born in Tovik in 2078, is married to "
             "Tveit's sister, Gunnhild Tveit.", date=dt.date(2104, 12, 5))
    got = facts(r)
    assert ("Sildre Nesodd", "schema:author", "Haldis Kaiholm") in got and ("Sildre Nesodd", "schema:actor", "Haldis Kaiholm") not in got
    assert {("Lindvik Records", "schema:foundingDate", "2103"), ("Fjellheim Blue", "schema:producer", "Sigve Tveit"),
            ("Aasmund Gjerstad", "schema:spouse", "Gunnhild Tveit")} <= got


def test_a_band_whose_name_ends_like_a_company_told_by_its_fiddler_and_founded_past_an_age():
    r = read("In the spring of 2086 the fiddler of Brekka Veranda Company played a Saturday dance in Stavang, packed his case and "
             "told the band he was going to the seminary.\n\n"
             "Sigve Lindvik founded Brekka Veranda Company in Stavang in 2079, at seventeen, with the accordionist Ragnvald Frostad, "
             "and played on its first four albums.", date=dt.date(2100, 3, 2))
    got = facts(r)
    assert type_of(r, "Brekka Veranda Company") == "schema:MusicGroup"
    assert {("Brekka Veranda Company", "schema:founder", "Sigve Lindvik"), ("Brekka Veranda Company", "schema:founder", "Ragnvald Frostad")} <= got


def test_a_town_played_on_a_day_a_premiere_dated_at_the_clause_start_a_later_showing_and_a_books_launch_night():
    r = read("Oddevik Tindholm is a singer from Lomsvik. Her album came out on the Sandvold label. Oddevik Tindholm plays "
             "Skarsund on Saturday, December 20, and Moldvik Rustad will join her for one song.\n\n"
             "Last Friday the film, Fjordvang Swell, had its premiere at the Heggstad Hall in Halvorsund. Eikrem Films will show "
             "Fjordvang Swell in Skarsund next month.\n\n"
             "The novel Kettle by the Door came out on Friday, and last Saturday the band Halvorsund Lights played at its launch at "
             "the Eikrem Room in Lomsvik.", date=dt.date(2104, 12, 5))
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2104-12-20"]
    assert ("schema:performer", "Oddevik Tindholm") in participants(r, night) and night.status == "future"
    assert [name(r, k) for k in night.locations] == ["Skarsund"]
    [premiere] = [ev for ev in r.events if "Heggstad Hall" in {name(r, k) for k in ev.locations}]
    assert premiere.start_date.iso == "2104-11-28" and "Skarsund" not in {name(r, k) for k in premiere.locations}
    [showing] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2105-01"]
    assert [name(r, k) for k in showing.locations] == ["Skarsund"]
    [launch] = [ev for ev in r.events if "Eikrem Room" in {name(r, k) for k in ev.locations}]
    assert launch.start_date.iso == "2104-11-29" and "Halvorsund Lights" in {name(r, k) for _, k in launch.participants}


def test_a_band_that_broke_up_its_album_and_nights_its_players_give_without_it():
    r = read("When Wrong Side Street broke up last year, the singer kept the fans. Wrong Side Street was founded in Skarsund in "
             "2092 by Vetle Eikvang, who was born in Tindholm, and Oddny Brimnes. Their second album, Tin Door, came out in 2097.\n\n"
             "Last Saturday Eikvang played the album at the Lomsvik Hall in Skarsund, with Brimnes at the mixing desk. Older fans "
             "still call the duo by its nickname, and the Lomsvik Hall sold more tickets for Saturday's concert than for any Wrong "
             "Side Street show since 2099. Eikvang plays Tindholm on Saturday, March 23, and Brimnes has promised to go on stage for "
             "one song. Asked whether that meant Wrong Side Street would reform, Brimnes laughed.")
    assert type_of(r, "Wrong Side Street") == "schema:MusicGroup"
    assert ("Tin Door", "schema:byArtist", "Wrong Side Street") in facts(r)
    nights = [ev for ev in r.events if "schema:MusicEvent" in ev.types]
    assert sorted(ev.start_date.iso for ev in nights) == ["2024-03-09", "2024-03-23"]
    for ev in nights:
        assert "Wrong Side Street" not in {name(r, k) for _, k in ev.participants}
        assert ("schema:performer", "Vetle Eikvang") in participants(r, ev)


def test_a_daughter_who_calls_herself_a_stage_name_a_trade_before_a_spouse_a_year_of_leaving_and_a_full_name_behind_a_stage_name():
    r = read("Torhild Solvang and her daughter, the singer who calls herself Rannveig, were both nominated this year. \"We both said the "
             "other should win,\" Rannveig said. Solvang, who was born in Fjelldal in 2061, made her first album in 2084. She married "
             "the guitarist Haldor Brekken in 2078. Her husband died in 2098.\n\n"
             "Rannveig, born in Skarpnes in 2080, went the other way. She founded the trio Kolbein Oct at nineteen, left it in 2101, "
             "and made her album alone.\n\n"
             "Ingerid Tveito had not sung in public for years. The song was Tin Door, which Tveito recorded under her stage name, "
             "Aslaug, in 2078. Sivert Myrvold runs the ferry. Everyone in the valley knows Myrvold as Dusty Myrvold.",
             date=dt.date(2105, 2, 13))
    got = facts(r)
    assert {("Torhild Solvang", "schema:children", "Rannveig"), ("Torhild Solvang", "schema:spouse", "Haldor Brekken"),
            ("Kolbein Oct", "schema:founder", "Rannveig")} <= got
    assert type_of(r, "Kolbein Oct") == "schema:MusicGroup"
    assert not {p for s, p, o in got if s == "Kolbein Oct" and p == "schema:foundingDate"}
    assert not {p for s, p, o in got if s == "Torhild Solvang" and p == "schema:deathDate"}
    assert {"Aslaug", "Tveito"} <= entity_named(r, "Ingerid Tveito").aliases
    assert "Dusty Myrvold" in entity_named(r, "Sivert Myrvold").aliases


def test_a_band_told_by_its_size_and_its_drummer_an_album_among_several_a_score_past_an_aside_and_a_dancer_still_in_her_company():
    r = read("Two bands, one drummer: Gunnvor Holtan of Loose Fence plays twice a night\n\n"
             "Gunnvor Holtan is the drummer of Loose Fence, a loud four-piece that sings in English, and of Brumes Lentes, a folk "
             "quintet that sings in French. Each band has a new record. Brumes Lentes released Sans Repos in 2103.\n\n"
             "Oddmund Myrvold, who was born in Strand in 2062, founded Late Helpings in Fjelldal in 2081 with Kolbein Fjelldal and the "
             "drummer Sivert Brekken, and played on the band's first three albums, including Glass Lantern, which came out in 2084. "
             "The Vindheim Chamber Orchestra recorded with the band last year. Aslaug Strand founded the orchestra in 2089.\n\n"
             "The dance piece Hollow Whistle was made by the Tveito Dance Company, which Ingerid Fjelldal founded in Skarpnes in 2097 "
             "with the dancer Torhild Myrvold, who still dances in it. The score, played under the dancing by a small band in the "
             "wings, was written by Haldor Vindheim.\n\n"
             "On Saturday Holtan walked up on her own to collect the Upland Tern Award for best drummer.", date=dt.date(2105, 8, 24))
    got = facts(r)
    assert type_of(r, "Loose Fence") == type_of(r, "Late Helpings") == "schema:MusicGroup"
    assert type_of(r, "Glass Lantern") == "schema:MusicAlbum"
    assert {("Gunnvor Holtan", "schema:memberOf", "Loose Fence"), ("Gunnvor Holtan", "schema:memberOf", "Brumes Lentes"),
            ("Sans Repos", "schema:byArtist", "Brumes Lentes"), ("Glass Lantern", "schema:byArtist", "Late Helpings"),
            ("Glass Lantern", "schema:datePublished", "2084"), ("Vindheim Chamber Orchestra", "schema:founder", "Aslaug Strand"),
            ("Torhild Myrvold", "schema:memberOf", "Tveito Dance Company"), ("Hollow Whistle", "schema:composer", "Haldor Vindheim"),
            ("Gunnvor Holtan", "schema:award", "Upland Tern Award")} <= got
    assert not {(s, p) for s, p, o in got if o == "Haldor Vindheim" and p in ("schema:author", "schema:lyricist")}
    assert not any(" of " in n for n in entity_names(r))


def test_a_tour_that_opened_somewhere_a_musical_moved_by_its_troupe_a_company_that_then_takes_a_piece_and_a_duo_back_on_stage():
    d = dt.date(2105, 8, 24)
    r = read("Two bands, one tour, one drummer: Gunnvor Holtan plays both sets\n\nGunnvor Holtan is the drummer of Loose Fence, a loud "
             "four-piece, and of Amber Lantern, a folk quintet, and this summer the two bands are on the road together. The tour opened "
             "last Thursday at the Vindheim Room in Fjelldal.", date=d)
    [tour] = events_of(r, "newskg:ConcertTour")
    assert tour.start_date.iso == "2105-08-20" and "Vindheim Room" in {name(r, k) for k in tour.locations}
    r = read("The musical Tin Door opened at the Brekken Hall in Strand. It was staged by the Holtan Players, the company Aslaug "
             "Holtan founded in 2077. The musical moves to Skarpnes next month for a four-week run.", date=d)
    [run] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2105-09"]
    assert ("schema:performer", "Holtan Players") in participants(r, run) and run.status == "future"
    r = read("The dance piece Hollow Whistle is by the Tveito Dance Company, which Ingerid Fjelldal founded in 2097. The company then "
             "takes it to Myrvold on Saturday, September 12.", date=d)
    [visit] = r.events
    assert ("schema:performer", "Tveito Dance Company") in participants(r, visit)
    r = read("The comedy duo Slow Spell was founded in 2090 by Jan Tveito and Oddmund Strand. The duo return to the stage on Friday, "
             "September 4, at the Brekken Hall. The band Loose Fence plays in Vindheim next month.", date=d)
    assert {(ev.start_date.iso, name(r, k)) for ev in r.events for p, k in ev.participants if p == "schema:performer"} == \
        {("2105-09-04", "Slow Spell"), ("2105-09", "Loose Fence")}


def test_three_sisters_who_named_their_trio_founded_it_the_next_sentence_and_their_mother_named_after():
    r = read("Greta, Dagny and Ragna Kettleby call their trio Slow Kettle, after a kettle their mother never let boil. They "
             "founded it in Zennor in 2093, while they were still at school, and recorded at night for years.\n\nGreta "
             "Kettleby, the eldest, was born in Morvah in 2079. The three sisters still share a van.\n\nTheir mother, Eldrid "
             "Kettleby, plays the organ in a church in Morvah and taught all three of her daughters to sing.", date=dt.date(2106, 11, 22))
    got = facts(r)
    sisters = {"Greta Kettleby", "Dagny", "Ragna Kettleby"}
    assert {(p, "schema:memberOf", "Slow Kettle") for p in sisters} <= got
    assert {("Slow Kettle", "schema:founder", p) for p in sisters} <= got
    assert ("Slow Kettle", "schema:foundingDate", "2093") in got
    assert {(p, "schema:parent", "Eldrid Kettleby") for p in sisters} <= got
    assert ("Greta Kettleby", "schema:sibling", "Ragna Kettleby") in got


def test_a_film_after_a_fronted_in_its_director_in_passing_the_company_which_also_produced_it_and_two_founders_of_two_bands():
    r = read("Kjersti sings every song of her daughter's first starring role in the film Toddy Moon\n\nFor thirty years the "
             "playback singer Kjersti has sung for other women's faces. In Toddy Moon, her newest film, she sings for her "
             "daughter's.\n\nFrøya Penwith plays a fisherman's daughter, and the director, Quillan Brenner, never considered "
             "anyone else for the voice. Kjersti recorded all six songs at the studio of Kessel Pictures, the company Brenner "
             "founded in Zennor in 2090, which also produced the film. The songs were written by Dagny Treve. Toddy Moon "
             "opens in Morvah on Friday, May 7.\n\nThe last time Greta Morvah and Eldrid Kettleby shared a stage, in 2087, "
             "they did not speak again for nineteen years.\n\nThe two guitarists founded the Copper Lamps in Zennor in 2064. "
             "Their children grew up two streets apart. Ragna Morvah, a guitarist like her father, and Dagny Kettleby, "
             "Kettleby's son, founded Late Cheque in Morvah in 2100.", date=dt.date(2106, 4, 16))
    got = facts(r)
    assert "In Toddy Moon" not in entity_names(r)
    assert {("Toddy Moon", "schema:director", "Quillan Brenner"), ("Toddy Moon", "schema:productionCompany", "Kessel Pictures"),
            ("Copper Lamps", "schema:founder", "Greta Morvah"), ("Copper Lamps", "schema:founder", "Eldrid Kettleby"),
            ("Late Cheque", "schema:founder", "Ragna Morvah"), ("Late Cheque", "schema:founder", "Dagny Kettleby")} <= got
    assert not {(s, p) for s, p, o in got if o in ("Kjersti", "Dagny Treve") and p in ("schema:director", "schema:author")}


def test_a_colon_after_a_long_lead_in_a_reply_told_before_a_clause_of_time_and_a_one_word_answer():
    r = read("Greta Morvah and Eldrid Kettleby split the act last year. Morvah was less diplomatic. Looking out at a room "
             "full of farmers in their good jackets, she gave her own version: \"We didn't fall out. We fell sideways, which "
             "is slower.\"\n\nThe novel is published by Kessel Books, the small press that Dagny Treve founded in 2087 with "
             "her sister. She is also the author's wife. Her reply on Thursday came before anyone could ask again: \"He "
             "signed it without reading it, which is how he writes.\"\n\nQuillan Brenner was asked whether he had ever "
             "expected a sequel. \"Never,\" he said. \"I just kept the motel keys in a drawer.\"")
    assert quotes(r) == [("We didn't fall out. We fell sideways, which is slower.", "Greta Morvah"),
                         ("He signed it without reading it, which is how he writes.", "Dagny Treve"),
                         ("Never,", "Quillan Brenner"), ("I just kept the motel keys in a drawer.", "Quillan Brenner")]


def test_a_town_before_the_clause_a_tour_opens_is_a_town_not_the_tours_name():
    r = read("Two bands, one tour: Greta Morvah sings\n\nGreta Morvah founded Slow Kettle in 2093. Last Thursday, at the Lantern "
             "Room in Penwith, the tour opened with Morvah on a stool at the side of the stage.")
    assert type_of(r, "Penwith") == "schema:City"
    [tour] = events_of(r, "newskg:ConcertTour")
    assert {"Lantern Room", "Penwith"} <= {name(r, k) for k in tour.locations}


def test_two_players_found_a_band_its_night_in_a_town_with_a_hall_of_the_past_and_songs_launched_at_a_room():
    r = read("The last time Greta Morvah and Eldrid Kettleby shared a stage, in 2087, they did not speak again for nineteen "
             "years.\n\nRagna Morvah, a guitarist like her father, and Dagny Kettleby, Kettleby's son, founded Late Cheque "
             "in Penwith in 2100. Its second album, Tin Argument, came out last month. Late Cheque and both fathers take Tin "
             "Argument to Zennor on Saturday, June 19, to the hall where the Copper Lamps played their first concert.\n\nLast "
             "Wednesday the songs were launched at the Lantern Room in Penwith, and Greta Morvah sang the first one.", date=dt.date(2106, 5, 22))
    assert type_of(r, "Late Cheque") == "schema:MusicGroup"
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2106-06-19"]
    assert {name(r, k) for p, k in night.participants if p == "schema:performer"} == {"Late Cheque"}
    [launch] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2106-05-19"]
    assert {"Lantern Room", "Penwith"} <= {name(r, k) for k in launch.locations}


def test_a_nickname_made_of_a_word_of_address_and_the_given_name_is_the_same_man():
    r = read("Sivert Myrvold founded the Tinder Circus in Zennor in 2061. Everyone in the town calls him Grandpa Sivert, although he "
             "is a grandfather only twice. Grandpa Sivert sat in the front row.")
    [man] = [e for e in r.entities.values() if "Sivert Myrvold" in {e.name} | e.aliases]
    assert "Grandpa Sivert" in {man.name} | man.aliases


def test_a_singer_born_somewhere_who_founded_her_band_there_with_her_brother_and_two_players_who_founded_it_and_married():
    r = read("Two songs into a sold-out concert at the Lantern Room in Zennor, Late Turns' singer, Kjersti, lost her voice.\n\n"
             "Kjersti, whose own name is Greta Morvah, was born in Penwith in 2081 and founded Late Turns there in 2099 with her "
             "brother, Ragna Morvah, who plays the drums in it.", date=dt.date(2107, 5, 12))
    assert {("Late Turns", "schema:founder", "Kjersti"), ("Late Turns", "schema:founder", "Ragna Morvah"),
            ("Late Turns", "schema:foundingDate", "2099"), ("Ragna Morvah", "schema:memberOf", "Late Turns")} <= facts(r)
    r = read("The four members of Tin Kettle expected a dull week.\n\n"
             "The band's singer, Eldrid Kettleby, and its guitarist, Dagny Treve, founded it in Zennor in 2094 and married the "
             "following year.", date=dt.date(2107, 1, 11))
    assert {("Tin Kettle", "schema:founder", "Eldrid Kettleby"), ("Tin Kettle", "schema:founder", "Dagny Treve"),
            ("Tin Kettle", "schema:foundingDate", "2094"), ("Eldrid Kettleby", "schema:spouse", "Dagny Treve")} <= facts(r)


def test_a_four_piece_its_guitarist_formed_and_its_drummer_named_as_someones_brother():
    r = read("Velasko keeps the last band\n\n"
             "The last of the nine was Dapple Yarrow, a four-piece from Dunmere that its guitarist, Oswin Brenkel, formed in 2101 with "
             "two cousins. Last Sunday they played at the Corn Hall in Dunmere.\n\n"
             "Dapple Yarrow's drummer, Brenkel's younger brother Lyndell Brenkel, says he has not been told whether he passed.",
             date=dt.date(2107, 8, 25))
    assert type_of(r, "Dapple Yarrow") == "schema:MusicGroup"
    assert {("Dapple Yarrow", "schema:founder", "Oswin Brenkel"), ("Dapple Yarrow", "schema:foundingDate", "2101"),
            ("Lyndell Brenkel", "schema:memberOf", "Dapple Yarrow")} <= facts(r)
    assert ("Oswin Brenkel", "schema:memberOf", "Dapple Yarrow") in facts(r)


def test_the_most_recent_of_an_acts_albums_named_after_of_which():
    r = read("Ondine Velasko finds a new label\n\n"
             "Kettleby Records, the label that Ilsley Carrow founded in Tamsworth in 2096, has released all three of Velasko's albums, "
             "the most recent of which, Wendle Osgood, came out in 2106. Velasko was born in Tamsworth in 2080.",
             date=dt.date(2108, 8, 25))
    assert type_of(r, "Wendle Osgood") == "schema:MusicAlbum"
    assert {("Wendle Osgood", "schema:byArtist", "Ondine Velasko"), ("Wendle Osgood", "schema:datePublished", "2106")} <= facts(r)


def test_a_headline_title_with_a_small_word_a_producer_with_two_titles_and_a_surname_after_for_the_last_song():
    r = read("A bet is a bet: Marrowby Static lose at darts and pay up with Home in Time, an album of their rivals' songs\n\n"
             "The result, Home in Time, came out on Friday on Ashlund Records. Torvik Petrakis, Marrowby Static's singer and the founder "
             "of the band, produced the album himself. Petrakis was born in Tamsworth in 2080.\n\n"
             "Last Saturday Marrowby Static played it at the Corn Hall, and for the last song Petrakis walked on and took the second verse.",
             date=dt.date(2108, 2, 15))
    assert type_of(r, "Home in Time") == "schema:MusicAlbum" and "Time" not in entity_names(r)
    assert "Petrakis" not in entity_names(r)  # the singer's surname, not a song
    assert {("Home in Time", "schema:recordLabel", "Ashlund Records"), ("Home in Time", "schema:producer", "Torvik Petrakis"),
            ("Torvik Petrakis", "schema:birthDate", "2080")} <= facts(r)


def test_who_sings_bass_in_the_choir_and_produced_it_and_a_contest_won_with_a_play():
    r = read("A choir album sells out\n\n"
             "Yarrow Voices, the men's choir, sang in Dunmere. The choir's album, Brannagh Morning, came out in September on Ashlund "
             "Records. Carrow Osgood, who founded Ashlund Records in Tamsworth in 2099 and sings bass in the choir, produced it.\n\n"
             "Ondine Velasko wrote a play about a dog when she was eleven. With it she won the Concurso Dapple Ilsley, a contest for "
             "schoolchildren. Lyndell Torvik, her teacher, won the Wendle Kettleby, a contest for young fiddlers, in 2090.",
             date=dt.date(2108, 10, 16))
    f = facts(r)
    assert {("Carrow Osgood", "schema:memberOf", "Yarrow Voices"), ("Brannagh Morning", "schema:producer", "Carrow Osgood"),
            ("Ondine Velasko", "schema:award", "Concurso Dapple Ilsley"), ("Lyndell Torvik", "schema:award", "Wendle Kettleby")} <= f
    assert ("Brannagh Morning", "schema:producer", "Yarrow Voices") not in f
    assert not {"Concurso Dapple Ilsley", "Wendle Kettleby"} & entity_names(r)


def test_a_number_spelled_in_capitals_a_title_ending_on_a_weekday_and_a_relative_the_model_called_a_company():
    r = read("A song a day: Wenna Ashlund's Four Hundred and Twenty-Two is the longest album of the year\n\n"
             "Four Hundred and Twenty-Two came out last month on Carrow Records. The first song, Cobble Wenslow Tuesday, was also the "
             "first that listeners picked out when the album went on sale.\n\n"
             "Last Sunday Oswin Brenkel and Tinker Torvik were still going after three hours. Brenkel said he had never been so tired. "
             "His father, Ilsley Torvik, watched from the back.", date=dt.date(2108, 12, 9))
    assert type_of(r, "Four Hundred and Twenty-Two") == "schema:MusicAlbum" and "Twenty-Two" not in entity_names(r)
    assert {("Four Hundred and Twenty-Two", "schema:recordLabel", "Carrow Records"),
            ("Cobble Wenslow Tuesday", "schema:inAlbum", "Four Hundred and Twenty-Two")} <= facts(r)
    assert type_of(r, "Tinker Torvik") == "schema:Person"


def test_films_that_screen_again_on_a_named_day_with_their_director_there():
    r = read("One script, two endings\n\n"
             "Osric Pellinor shot both films from a single script. Pellinor was born in Dunmere in 2061.\n\n"
             "Both films screen together again in Dunmere on Saturday, July 7, with Pellinor there to take questions.",
             date=dt.date(2108, 6, 18))
    [night] = events_of(r, "newskg:Premiere")
    assert night.start_date.iso == "2108-07-07" and ("schema:attendee", "Osric Pellinor") in participants(r, night)
    assert [name(r, k) for k in night.locations] == ["Dunmere"]


def test_a_title_in_sentence_case_after_a_foreign_article_and_the_play_its_author_wrote():
    r = read("Twelve years old and opening night\n\n"
             "Osric Wenslow is twelve. The play he wrote for a school contest last spring, La gata que cuenta nubes, opened on Sunday "
             "at the Corn Hall in Dunmere, and the audience stood for it.\n\n"
             "La gata que cuenta nubes will play in Tamsworth on Saturday, May 5, with the same cast.", date=dt.date(2108, 4, 12))
    assert "La gata que cuenta nubes" in entity_names(r) and "La" not in entity_names(r)
    assert ("La gata que cuenta nubes", "schema:author", "Osric Wenslow") in facts(r)


def test_a_contest_won_on_the_day_a_secret_lasted_until():
    r = read("The tenor in the back row\n\n"
             "For a year the men's choir Yarrow Voices had a new second tenor. The secret lasted until last Saturday, when Yarrow Voices "
             "won the Wicket Cup at the regional choir contest in Dunmere.", date=dt.date(2108, 10, 16))
    [night] = events_of(r, "schema:MusicEvent")
    assert night.start_date.iso == "2108-10-13" and ("schema:performer", "Yarrow Voices") in participants(r, night)
    assert [name(r, k) for k in night.locations] == ["Dunmere"]
    assert ("Yarrow Voices", "schema:award", "Wicket Cup") in facts(r)


def test_a_song_among_everything_its_writer_has_written_and_the_song_that_closes_an_album():
    r = read("A bet is a bet: Marrowby Fuse pay up with Home in Time, an album of their rivals' songs\n\n"
             "The result, Home in Time, came out on Friday on Ashlund Records. Torvik Petrakis, the singer of Marrowby Fuse, produced "
             "the album himself. Petrakis was born in Tamsworth in 2080 and has written nearly everything his band has released, "
             "including Wenslow Waltz, the slow song that closes Home in Time.", date=dt.date(2108, 2, 15))
    f = facts(r)
    assert {("Wenslow Waltz", "schema:composer", "Torvik Petrakis"), ("Wenslow Waltz", "schema:inAlbum", "Home in Time")} <= f
    assert ("Wenslow Waltz", "schema:byArtist", "Torvik Petrakis") not in f


def test_an_album_a_colon_names_its_producer_a_lullaby_on_it_and_a_recording_titled_with_by():
    r = read("Snowed in for four days, Osric Hiss made an album: Hailstone Chorales was recorded in a Dunmere church hall\n\n"
             "The four members of Osric Hiss expected a dull week. Hailstone Chorales, recorded in the Rookery Hall, came out on Friday "
             "on Ashlund Records. Ilsley Carrow produced the album on a tape machine. Carrow says the quietest song on the record, a "
             "lullaby called Kestrin Sleet, was sung at three in the morning.\n\n"
             "The recording, Stung by Tamsworth, came out in March on Ashlund Records and has outsold everything the band made in a "
             "studio.", date=dt.date(2107, 1, 11))
    f = facts(r)
    assert type_of(r, "Hailstone Chorales") == "schema:MusicAlbum" and type_of(r, "Stung by Tamsworth") == "schema:MusicAlbum"
    assert {("Hailstone Chorales", "schema:byArtist", "Osric Hiss"), ("Hailstone Chorales", "schema:producer", "Ilsley Carrow"),
            ("Kestrin Sleet", "schema:inAlbum", "Hailstone Chorales"),
            ("Stung by Tamsworth", "schema:recordLabel", "Ashlund Records")} <= f


def test_a_title_opening_with_its_article_and_a_book_a_colon_does_not_name():
    r = read("Stage, screen and now a book: Osric Bramwell writes the life of the woman he has played\n\n"
             "A Wending Starter came out on Friday on Ashlund Records, the small label Ilsley Carrow founded in Dunmere in 2094, and "
             "Carrow produced it in the hall.", date=dt.date(2109, 3, 12))
    assert "A Wending Starter" in entity_names(r) and "Wending Starter" not in entity_names(r)
    assert ("A Wending Starter", "schema:recordLabel", "Ashlund Records") in facts(r)
    assert type_of(r, "Osric Bramwell") == "schema:Person"


def test_a_title_the_model_took_for_a_person_before_the_album_someone_wrote():
    r = read("Letters to a stranger\n\n"
             "Osric Bramwell is a singer. Amica Lontana, the album Bramwell wrote about that correspondence, came out in December on "
             "Ashlund Records.", date=dt.date(2109, 1, 17))
    assert type_of(r, "Amica Lontana") == "schema:MusicAlbum"
    assert {("Amica Lontana", "schema:recordLabel", "Ashlund Records"), ("Amica Lontana", "schema:byArtist", "Osric Bramwell")} <= facts(r)


def test_who_directs_a_play_the_play_by_its_author_and_a_member_of_the_company():
    r = read("Two brothers on one stage\n\n"
             "Ondine Carrow, who directs Duas Barcas, cast its two brothers in the usual way. The play, by Osric Pellerin, is about two "
             "fishermen who inherit one boat.\n\n"
             "Carrow, who founded the Companhia Lontra in Dunmere in 2093 and directs most of its work, chose Torvik Vargem, a member "
             "of the company for a decade, as the elder brother.", date=dt.date(2109, 7, 13))
    assert {("Duas Barcas", "schema:director", "Ondine Carrow"), ("Duas Barcas", "schema:author", "Osric Pellerin"),
            ("Torvik Vargem", "schema:memberOf", "Companhia Lontra")} <= facts(r)


def test_a_birth_that_closes_a_who_aside_is_no_place_of_the_screening():
    r = read("A film finished by its editor\n\n"
             "Quillan Pellerin directed Low Water Days. Pellerin, who wrote the script and was born in Dunmere in 2072, saw her version "
             "at a private screening in March.", date=dt.date(2109, 5, 20))
    assert {("Quillan Pellerin", "schema:birthPlace", "Dunmere"), ("Quillan Pellerin", "schema:birthDate", "2072")} <= facts(r)
    assert not any("dunmere" in ev.locations for ev in r.events)


def test_a_co_verb_parses_as_the_plain_verb_so_his_sister_is_the_writers():
    r = read("A film and a novel\n\n"
             "Ondine Carrow's debut novel, The Quiet Ferry, was published by Lantern House in 2103. Low Water Days, which Aldous "
             "Pellerin co-wrote with his sister, Mirren Pellerin, premieres at the Corran Playhouse on Friday.", date=dt.date(2109, 4, 10))
    assert type_of(r, "Aldous Pellerin") == "schema:Person"
    assert ("Aldous Pellerin", "schema:sibling", "Mirren Pellerin") in facts(r)
    assert not any("Ondine Carrow" in (a, b) for a, p, b in facts(r, "schema:sibling"))


def test_the_book_and_the_staging_are_by_one_person():
    r = read("The lights went out\n\n"
             "Twenty minutes into the second act of the musical Kettle Vale, the Corran Playhouse went dark. Its music is by Aldous "
             "Perrault; the book and the staging are by Mirren Thackeray, who founded Teatro Sarrant in Dunholt in 2094.",
             date=dt.date(2110, 4, 17))
    assert {("Kettle Vale", "schema:composer", "Aldous Perrault"), ("Kettle Vale", "schema:author", "Mirren Thackeray"),
            ("Kettle Vale", "schema:director", "Mirren Thackeray")} <= facts(r)


def test_a_stage_works_premiere_on_a_day_told_in_a_which_clause_is_a_night_of_its_company():
    r = read("The company finished the premiere of Kettle Vale by torchlight\n\n"
             "Twenty minutes into the second act of Kettle Vale, the whole of the Corran Playhouse in Dunholt went dark.\n\n"
             "The musical, which Sarrant Stage Company premiered last Friday, is a love story set during a harvest.",
             date=dt.date(2110, 4, 17))
    nights = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-04-11"]
    assert len(nights) == 1 and len(r.events) == 1
    assert {"Kettle Vale", "Sarrant Stage Company"} <= {name(r, k) for _, k in nights[0].participants}


def test_a_company_named_players_that_someone_directs_for_and_a_nickname_in_a_whom_clause():
    r = read("Lines forgotten: Dob Wethersby improvised the second act\n\n"
             "Mirren Thackeray, who wrote Kettle Vale and directs it for the Pennard Players, sat in the back row. She founded the "
             "Pennard Players in Dunholt in 2091.\n\n"
             "Aldous Wethersby, whom everyone in the company calls Dob, joined four years ago.", date=dt.date(2110, 8, 19))
    assert type_of(r, "Pennard Players") == "schema:PerformingGroup"
    [who] = {"Dob Wethersby", "Aldous Wethersby"} & entity_names(r)  # (one person, whichever name the article uses more)
    assert {"Dob Wethersby", "Aldous Wethersby"} - {who} <= aliases_of(r, who)
    assert (who, "schema:memberOf", "Pennard Players") in facts(r)


def test_an_album_that_came_out_on_a_label_and_a_night_played_again_on_a_day():
    r = read("Three months at sea: Mirren Caddock's Gorsedd Nights, recorded in the galley of a trawler\n\n"
             "Gorsedd Nights came out last month on Fenmoor Records. Last Saturday the whole crew played the album's launch at the "
             "Hollin Loft in Dunholt, with Mirren Caddock on guitar. They will play it again on Saturday, November 1, at the Velloway "
             "Grange in Lurgan, unless the fishing is good.", date=dt.date(2110, 10, 5))
    assert type_of(r, "Gorsedd Nights") == "schema:MusicAlbum"
    assert ("Gorsedd Nights", "schema:recordLabel", "Fenmoor Records") in facts(r)
    again = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-11-01"]
    assert len(again) == 1 and {name(r, k) for k in again[0].locations} == {"Velloway Grange", "Lurgan"}
    assert "Mirren Caddock" in {name(r, k) for _, k in again[0].participants}


def test_a_song_someone_else_sings_lead_on_is_not_its_writers_recording():
    r = read("A galley album\n\n"
             "The deckhand Tavish Pirrie sings lead on Ouzel Tide, the song Mirren Caddock wrote after he complained about her baking.",
             date=dt.date(2110, 10, 5))
    assert ("Ouzel Tide", "schema:composer", "Mirren Caddock") in facts(r)
    assert ("Ouzel Tide", "schema:byArtist", "Mirren Caddock") not in facts(r)


def test_a_work_taken_to_a_town_and_one_of_someones_pupils():
    r = read("Duets with a cassette\n\n"
             "Aldous Perrault's album is Gorsedd Nights. One of Brennagh's oldest pupils told the local paper that the tapes were "
             "lessons. Perrault takes Gorsedd Nights to Kilcarra on Saturday, July 12, for a single concert in the courtyard of the "
             "school.", date=dt.date(2110, 6, 9))
    assert "Gorsedd Nights to Kilcarra" not in entity_names(r) and "One of Brennagh" not in entity_names(r)
    night = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-07-12"]
    assert len(night) == 1 and [name(r, k) for k in night[0].locations] == ["Kilcarra"]


def test_where_someone_works_is_a_town_and_two_play_together_at_a_hall_on_a_day():
    r = read("The ice talks at night\n\n"
             "She sent a file to Yselde Brennagh, a sound engineer in Velloway Cross, to ask about the noise. Last Wednesday the album, "
             "Glaslyn Frosta, had its first listening at the Sala Pirrie in Kilcarra.\n\n"
             "Mirren Caddock and Aldous Perrault play the fifth night together, tape and accordion, at the school hall in Lurgan on "
             "Friday, January 9.", date=dt.date(2110, 12, 6))
    assert type_of(r, "Velloway Cross") == "schema:City"
    listening = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-12-03"]
    assert len(listening) == 1 and "Sala Pirrie" in {name(r, k) for k in listening[0].locations}
    duo = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2111-01-09"]
    assert len(duo) == 1 and {name(r, k) for _, k in duo[0].participants} >= {"Mirren Caddock", "Aldous Perrault"}


def test_a_premiere_the_lead_dates_and_the_next_paragraph_places_and_a_brother_who_sings_a_part():
    r = read("Minute by minute: the records Mirren Caddock kept become Gorsedd Nights, and she sings in its premiere\n\n"
             "For thirty years Mirren Caddock sat at the end of the long table in the town hall of Kilcarra. Last Saturday six "
             "singers sang it, with an orchestra, and she sang the last page herself.\n\n"
             "Gorsedd Nights, the opera that Aldous Perrault built out of her minutes, had its premiere at the Sala Pirrie in "
             "Kilcarra, performed by the Opera Brennagh. His brother, Tavish Perrault, sings the mayor.", date=dt.date(2110, 2, 12))
    nights = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-02-08"]
    assert len(nights) == 1 and "Sala Pirrie" in {name(r, k) for k in nights[0].locations}
    assert ("Gorsedd Nights", "schema:actor", "Tavish Perrault") in facts(r)


def test_a_placeless_premiere_takes_the_house_the_first_paragraph_names():
    r = read("The lights went out: Sarrant Stage Company finished the premiere of Kettle Vale by the glow of phones\n\n"
             "Twenty minutes into the second act of Kettle Vale, the whole of the Hollin Loft in Dunholt went dark.\n\n"
             "The musical, which Sarrant Stage Company premiered last Friday, is a love story set during a harvest.",
             date=dt.date(2110, 4, 17))
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-04-11"]
    assert {name(r, k) for k in night.locations} == {"Hollin Loft", "Dunholt"}
    assert type_of(r, "Hollin Loft") == "schema:EventVenue"


def test_since_the_opening_on_a_day_dates_the_first_night_at_the_house_the_lead_named():
    r = read("Lines forgotten\n\n"
             "On the opening night of Kettle Vale, a little after the interval, Aldous Wethersby walked on and found that the second "
             "act had gone.\n\n"
             "So he made it up. For fifty minutes, in front of a full house at the Hollin Loft in Dunholt, he and Tavish Pirrie "
             "improvised the rest of the story.\n\n"
             "Mirren Thackeray, who wrote Kettle Vale and directs it for the Pennard Players, sat in the back row.\n\n"
             "Since the opening on Saturday, August 9, the company has played Kettle Vale five more times.", date=dt.date(2110, 8, 19))
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-08-09"]
    assert {name(r, k) for k in night.locations} == {"Hollin Loft", "Dunholt"}
    assert "Kettle Vale" in {name(r, k) for _, k in night.participants}


def test_someone_in_every_one_of_a_companys_productions_is_in_the_company():
    r = read("A company on the road\n\n"
             "Mirren Thackeray wrote Kettle Vale and directs it for the Pennard Players. She founded the Pennard Players in Dunholt "
             "in 2091, and it has toured the district's halls ever since. Aldous Wethersby, her husband, has been in every one of "
             "its productions.", date=dt.date(2110, 8, 19))
    assert ("Aldous Wethersby", "schema:memberOf", "Pennard Players") in facts(r)


def test_a_film_told_as_someones_and_a_score_by_her_husband():
    r = read("Twenty-one years, one day at a time: Moira Tollan's Kelvie Mornings finally reaches the screen\n\n"
             "In March 2090, Moira Tollan put an eight-year-old girl on a harbour wall in Dunholt and filmed her eating "
             "chips. Kelvie "
             "Mornings, the film those days added up to, premiered on Wednesday at the Hollin Loft in Dunholt. The score is by "
             "Tollan's husband, Orrel Skarra, a church organist, who wrote one short piece a year.", date=dt.date(2111, 11, 7))
    assert ("Kelvie Mornings", "schema:director", "Moira Tollan") in facts(r)
    composers = {o for s, p, o in facts(r) if s == "Kelvie Mornings" and p in ("schema:composer", "newskg:scoreComposer")}
    assert composers == {"Orrel Skarra"}


def test_a_glossed_title_a_bassist_named_by_part_and_the_best_of_the_songs():
    r = read("Nobody plays their own instrument: Velloway Fuse swap places for the album Grelle Tide\n\n"
             "Ovrin Wendle has been the drummer of Velloway Fuse for nine years.\n\n"
             "Grelle Tide (\"swap places\"), which came out in June on Duncairn Discs, is the band's fourth record. The bassist, "
             "Nevin Ludd, sings. The best of the twelve songs may be Vesk Harbour, which Wendle wrote and Ludd sings in a voice "
             "nobody knew he had.", date=dt.date(2111, 7, 3))
    assert {("Grelle Tide", "schema:byArtist", "Velloway Fuse"), ("Grelle Tide", "schema:recordLabel", "Duncairn Discs"),
            ("Nevin Ludd", "schema:memberOf", "Velloway Fuse"), ("Vesk Harbour", "schema:composer", "Ovrin Wendle"),
            ("Vesk Harbour", "schema:byArtist", "Nevin Ludd"), ("Vesk Harbour", "schema:inAlbum", "Grelle Tide")} <= facts(r)


def test_one_copy_of_a_record_put_on_sale_by_a_label_played_whole_on_the_day_before_and_a_town_named_the():
    r = read("One record, fifty-two kitchens: The Skarrows's Passed Along comes home after a year passed from house to house\n\n"
             "There was only ever one copy of Passed Along. For a year it sat on kitchen tables in Dunholt, seven days at "
             "each.\n\n"
             "Last Saturday the record came home. The Skarrows played it from start to finish at the Hollin Loft in "
             "Dunholt. Moira Tollan, who sings and writes for the band, was born in The Vesk in 2079 and started The "
             "Skarrows with her brother, Nevin Tollan, in 2101. He plays bass. The drummer is Ovrin Ludd, whom nobody in "
             "town has called anything but Mossrock since he was nine.\n\n"
             "Orrel Skarra runs Duncairn Tape Company out of a garage and produced the album. Yselde Brisk brought the "
             "logbook to the Hollin Loft on Saturday and read from it between songs.\n\n"
             "Passed Along was finally put on sale last month, as a download, by Duncairn Tape Company.\n\n"
             "The Skarrows play Passed Along in The Vesk on Saturday, February 7, with the logbook on a stand by the door.", date=dt.date(2111, 1, 14))
    f = facts(r)
    assert type_of(r, "Passed Along") == "schema:MusicAlbum"
    assert {("Passed Along", "schema:byArtist", "Skarrows"), ("Passed Along", "schema:recordLabel", "Duncairn Tape Company"),
            ("Passed Along", "schema:datePublished", "2110-12"), ("Skarrows", "schema:founder", "Moira Tollan"),
            ("Skarrows", "schema:founder", "Nevin Tollan"), ("Moira Tollan", "schema:birthPlace", "Vesk"),
            ("Moira Tollan", "schema:birthDate", "2079")} <= f
    assert not any(p == "schema:genre" for _, p, _ in f) and not any(p == "schema:memberOf" and s == "Passed Along" for s, p, _ in f)
    assert "Mossrock" not in entity_names(r) and "Mossrock" in aliases_of(r, "Ovrin Ludd")
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2111-01-10"]
    assert {name(r, k) for k in night.locations} == {"Hollin Loft", "Dunholt"}
    assert {"Skarrows", "Yselde Brisk"} <= {name(r, k) for _, k in night.participants}
    [later] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2111-02-07"]
    assert later.types == ["schema:MusicEvent"] and [name(r, k) for k in later.locations] == ["Vesk"]


def test_a_choir_founded_it_a_whistle_that_opens_the_album_a_dated_sing_and_the_title_someone_is_called_by():
    r = read("Sung between the rounds: the night nurses of Castlebar put out Landing Nine\n\n"
             "The choir calls itself The Night Watchers. Moira Tollan, the senior nursing officer, whom every singer calls "
             "Matron Tollan, founded it at the hospital in 2105. She conducts it as well.\n\n"
             "Landing Nine came out last Friday on Duncairn Records. Her husband, Nevin Ludd, is a porter, and it is "
             "his whistling that opens the album.\n\n"
             "Last Sunday the choir sang in daylight for the first time, at the Hollin Hall in Dunholt, to a room of "
             "former patients.\n\n"
             "Asked afterwards whether it was strange to sing somewhere with no stairs, the matron gave the question "
             "more thought than it deserved:\n\n"
             "\"A hall is too kind. Everything sounds good in a hall.\"", date=dt.date(2111, 3, 19))
    f = facts(r)
    assert {("Night Watchers", "schema:founder", "Moira Tollan"), ("Night Watchers", "schema:foundingDate", "2105")} <= f
    assert ("Landing Nine", "schema:byArtist", "Nevin Ludd") not in f
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2111-03-15"]
    assert night.types == ["schema:MusicEvent"]
    assert quotes(r) == [("A hall is too kind. Everything sounds good in a hall.", "Moira Tollan")]


def test_an_ensemble_named_head_first_its_conductor_founder_and_the_result_a_title_in_sentence_case():
    r = read("Forty-one moves, forty-one bars: a chess game by post between two composers ends in a draw and a premiere\n\n"
             "The result, Kelvie sonas, had its premiere last Saturday at the Hollin Hall in Dunholt, played by Ansamblis Skarra under "
             "Yselde Brisk, who founded the ensemble in the city in 2097.\n\n"
             "Ansamblis Skarra plays Kelvie sonas again in Lurgan on Friday, June 12.", date=dt.date(2111, 5, 11))
    f = facts(r)
    assert type_of(r, "Ansamblis Skarra") == "schema:MusicGroup" and "Kelvie sonas" in entity_names(r)
    assert {("Ansamblis Skarra", "schema:founder", "Yselde Brisk"), ("Ansamblis Skarra", "schema:foundingDate", "2097")} <= f
    assert ("Yselde Brisk", "schema:memberOf", "Ansamblis Skarra") not in f  # (she conducts it)
    [again] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2111-06-12"]
    assert {"Ansamblis Skarra", "Kelvie sonas"} <= {name(r, k) for _, k in again.participants}


def test_titles_and_names_with_small_words_of_another_language_and_a_work_known_by_its_cast():
    r = read("One actor, eleven parts\n\n"
             "The van carrying the cast of Logodna din Tollan broke its axle on a mountain pass. Trupa de pe Vesk, the touring "
             "company that Moira Brisk founded in Dunholt in 2101, took it on the road. He also wrote the waltz in question, "
             "Canción de las Lunas Altas, in 2050.", date=dt.date(2112, 5, 12))
    assert {"Logodna din Tollan", "Trupa de pe Vesk", "Canción de las Lunas Altas"} <= entity_names(r)
    assert type_of(r, "Logodna din Tollan") == "schema:CreativeWork" and type_of(r, "Canción de las Lunas Altas") == "schema:MusicRecording"
    assert ("Trupa de pe Vesk", "schema:founder", "Moira Brisk") in facts(r)


def test_a_play_known_by_its_audience_and_troupe_its_author_director_and_returning_cast():
    r = read('Brackwater Lampwick finishes Smoky Wherry at last\n\n"The lamp is out." That was the last line heard in 2070, when '
             'the roof lifted and the audience of Smoky Wherry ran for the stairs. Last Saturday Brodie Ostler walked on '
             'again and said the next line.\n\nThe play had been stopped in its second act. Its author, Tamas Varga, never '
             'wrote another ending.\n\nBrackwater Lampwick was founded in Kessock in 2065 by Elspet Marrowby, who directed the 2070 '
             'performance and directed this one. Everyone in it calls her Auntie Elspet, a habit she has given up trying to '
             "break.\n\nOstler, then the boatman's son, played his old part anyway. The part of the boatman himself went to "
             'Corin Dale, a member of the company since 2101, because the first boatman died in 2097.\n\nBrackwater Lampwick will '
             'perform Smoky Wherry in Nairn on Friday, March 4, this time from page one.\n',
             date=dt.date(2112, 2, 15))
    assert type_of(r, "Smoky Wherry") == "schema:CreativeWork" and type_of(r, "Brackwater Lampwick") == "schema:PerformingGroup"
    f = facts(r)
    assert {("Smoky Wherry", "schema:author", "Tamas Varga"), ("Smoky Wherry", "schema:director", "Elspet Marrowby"),
            ("Smoky Wherry", "schema:actor", "Brodie Ostler"), ("Smoky Wherry", "schema:actor", "Corin Dale"),
            ("Corin Dale", "schema:memberOf", "Brackwater Lampwick")} <= f
    assert not any(s == "Corin Dale" and p == "schema:deathDate" for s, p, _ in f)  # (the first boatman died, not he)
    assert "Auntie Elspet" in entity_named(r, "Elspet Marrowby").aliases
    assert ("Elspet Marrowby", "schema:memberOf", "Brackwater Lampwick") not in f  # (she founded and directs it)
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2112-03-04"]
    assert ("schema:performer", "Brackwater Lampwick") in participants(r, night)


def test_a_one_actor_show_a_touring_company_and_a_member_since_its_first_season():
    r = read('One actor, nine parts: Wayside Kraal does it again\n\nThe van carrying the cast of Drumlie Feast broke down one '
             'night in 2110. Only one actor was not in it. Eadie Crail had gone ahead by bus.\n\nThat night has become a '
             'production. Wayside Kraal, the touring company that Moira Lusby founded in Forres in 2101, opened the one-actor '
             'Drumlie Feast last Friday at the Burgh Hall in Forres, with Crail in all nine parts again.\n\nLusby, who '
             'directed the original production and directs this one, did not want to do it at first.\n\n"An accident is not a '
             'show. I told him that for a year," she said.\n\nThe play was written by Fionnlagh Tod for a cast of nine and a '
             'real wedding band. The playwright was not consulted, and according to Lusby he found out from a poster.\n\nCrail '
             'was born in Elgin in 2079 and has been a member of the company since its first season.\n',
             date=dt.date(2112, 5, 12))
    assert type_of(r, "Drumlie Feast") == "schema:CreativeWork" and type_of(r, "Wayside Kraal") == "schema:PerformingGroup"
    f = facts(r)
    assert {("Drumlie Feast", "schema:actor", "Eadie Crail"), ("Eadie Crail", "schema:memberOf", "Wayside Kraal"),
            ("Drumlie Feast", "schema:author", "Fionnlagh Tod")} <= f
    assert gender_of(r, "Moira Lusby") == "f"  # (not the "he" she tells of)
    assert ("An accident is not a show. I told him that for a year,", "Moira Lusby") in quotes(r)
    assert not any("schema:SocialEvent" in ev.types for ev in r.events)  # (a wedding band is no wedding)


def test_a_wedding_of_two_their_daughter_an_orchestra_named_head_first_and_its_waltz():
    r = read('The same songs, sixty years on\n\nSixty years ago, in a rented hall in Kilbrae Mill, the Orquesta Brisa Calma '
             'played nineteen songs for the wedding of Anselmo Renwick and Hermosa Quintal.\n\nLast Saturday the orchestra '
             "played the same songs at the couple's anniversary in the Salon Pinar in Tarbet. The idea belonged to their "
             "daughter, Marin Renwick, who found the old list in a biscuit box.\n\nThe trumpet was Ariel Tornay's. Tornay, who "
             'is eighty-four, joined the orchestra at sixteen. He also wrote the waltz in question, Seis Lunas Altas, in '
             '2050. The singer on both nights was Orlo Vasko, also a member since before the wedding, who still sings '
             'it.\n\nRenwick, whom most of Tarbet knows only as Don Anselmo, was born in Kilbrae Mill in 2029.\n\nBrisa Calma will '
             'play the same songs in Dornie on Sunday, October 9.\n',
             date=dt.date(2112, 9, 17))
    assert type_of(r, "Anselmo Renwick") == "schema:Person" and type_of(r, "Hermosa Quintal") == "schema:Person"
    assert "Brisa Calma" in entity_named(r, "Orquesta Brisa Calma").aliases and "Brisa Calma" not in entity_names(r)
    assert "Don Anselmo" in entity_named(r, "Anselmo Renwick").aliases
    assert type_of(r, "Seis Lunas Altas") == "schema:MusicRecording"
    assert {("Anselmo Renwick", "schema:spouse", "Hermosa Quintal"), ("Marin Renwick", "schema:parent", "Hermosa Quintal"),
            ("Marin Renwick", "schema:parent", "Anselmo Renwick"), ("Seis Lunas Altas", "schema:composer", "Ariel Tornay"),
            ("Orlo Vasko", "schema:memberOf", "Orquesta Brisa Calma")} <= facts(r)


def test_a_title_with_a_comma_inside_a_line_up_after_a_colon_and_a_band_playing_a_town():
    r = read('An auctioneer fronts The Stock Pens on their album Sold Onward\n\nSince last Friday anyone can buy Sold Onward, '
             'the second album by The Stock Pens, on which the auctioneer Jabu Mabena sings lead.\n\nWilma Tsoka founded the '
             'band in Tsumeb in 2104 with her brother, Kobus Tsoka. The band is a trio without him: Wilma Tsoka on guitar, '
             'her brother on drums and Piet Oosthuys, a stock agent, on bass. Mabena has been a member since the first '
             'rehearsal.\n\nThe best-known song on the record, Bullock, Nine Guineas, was written by Wilma Tsoka and sung '
             'by Mabena.\n\n"The first time we played Bullock, Nine Guineas live, I lost him after eight seconds," Kobus '
             'Tsoka said.\n\nThe Stock Pens play Otavi on Saturday, May 14.\n',
             date=dt.date(2112, 4, 20))
    assert "Bullock, Nine Guineas" in entity_names(r) and type_of(r, "Bullock, Nine Guineas") == "schema:MusicRecording"
    f = facts(r)
    assert {("Bullock, Nine Guineas", "schema:byArtist", "Jabu Mabena"), ("Bullock, Nine Guineas", "schema:inAlbum", "Sold Onward"),
            ("Piet Oosthuys", "schema:memberOf", "Stock Pens"), ("Jabu Mabena", "schema:memberOf", "Stock Pens")} <= f
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2112-05-14"]
    assert ("schema:performer", "Stock Pens") in participants(r, night) and [name(r, k) for k in night.locations] == ["Otavi"]


def test_an_album_title_in_sentence_case_a_title_with_a_time_of_day_and_a_launch_after_the_release():
    r = read("A commuter's notebooks bring back a busker\n\nHer son, Lucien Fortier, founded Les Soirs Blancs in Alma in "
             '2103 with the fiddler Odette Gagnon, and the band learned the notebook over a winter. Airs du quai, their '
             'third album, came out on Friday on Vieux Pont Enregistrements, a label Gagnon herself started in 2100. She also '
             'produced the record.\n\nLast Saturday the band launched the album at the Salle Bellevue in Alma, and halfway '
             'through the set a man stood up and said that the third verse of Gigue du 6h40 was wrong.\n\nHe was Gaston '
             'Pelletier, born in Dolbeau in 2051. Pelletier came up on stage and sang his verse correctly.\n\nGigue du 6h40, '
             'the song he corrected, is the one he wrote on the bench in 2099.\n\nLes Soirs Blancs, with Pelletier, play '
             'the album in Dolbeau on Saturday, July 16.\n',
             date=dt.date(2112, 6, 28))
    assert {"Airs du quai", "Gigue du 6h40"} <= entity_names(r)
    f = facts(r)
    assert {("Airs du quai", "schema:datePublished", "2112-06-24"), ("Vieux Pont Enregistrements", "schema:founder", "Odette Gagnon"),
            ("Gigue du 6h40", "schema:composer", "Gaston Pelletier")} <= f
    assert ("Airs du quai", "schema:datePublished", "2112-06-25") not in f  # (the launch night came after)
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2112-07-16"]
    assert {("schema:performer", "Les Soirs Blancs"), ("schema:performer", "Gaston Pelletier")} <= participants(r, night)


def test_a_theatre_company_named_head_first_a_block_of_flats_and_a_show_taken_to_a_town():
    r = read('Teatr Okienko plays Vosem Etazh for three people at a time in a lift\n\nSince the play opened, Teatr Okienko has '
             'performed it forty times a night in the lift of the Pustelga Court, a block of flats on the edge of '
             'Pavlodar.\n\nThe company was founded in Pavlodar in 2106 by Aigerim Sultan, who directed Vosem Etazh. The play '
             'was written by Daulet Omarov, a former lift inspector born in Ekibastuz in 2071.\n\nThe actors are Arman Bekov '
             'and Aliya Nurova, who married in 2109 and play a married couple moving house. Both have been members of Teatr '
             'Okienko since its first season.\n\nThe committee agreed, on one condition set by its chairwoman: the tenants '
             'keep the right to use the lift between rides.\n\nLast Saturday the company gave its four-hundredth performance '
             'in the Pustelga Court, with Bekov and Nurova in the box.\n\nTeatr Okienko takes Vosem Etazh to a block of flats in '
             'Aksu on Saturday, February 11, where the lift is older and, Omarov warns, slower.\n',
             date=dt.date(2113, 1, 20))
    assert type_of(r, "Teatr Okienko") == "schema:PerformingGroup" and type_of(r, "Pustelga Court") == "schema:EventVenue"
    f = facts(r)
    assert {("Teatr Okienko", "schema:founder", "Aigerim Sultan"), ("Daulet Omarov", "schema:birthPlace", "Ekibastuz"),
            ("Daulet Omarov", "schema:birthDate", "2071")} <= f
    assert ("Aigerim Sultan", "schema:memberOf", "Teatr Okienko") not in f  # (she directs its plays)
    assert not any("schema:SocialEvent" in ev.types for ev in r.events)  # (married in 2109: a year, no gathering)
    [lobby] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2113-01-14"]
    assert ("schema:attendee", "Teatr Okienko") in participants(r, lobby)  # ("the company", long after it was named)
    [away] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2113-02-11"]
    assert [name(r, k) for k in away.locations] == ["Aksu"] and "Daulet Omarov" not in {n for _, n in participants(r, away)}


def test_a_record_told_as_the_result_founders_as_he_and_another_and_a_numbered_track():
    r = read('A duo makes an album from the noises of a typewriter workshop\n\nToivo Vesterinen, born in Paltamo in 2029, '
             'repairs typewriters.\n\nEero Hirvonen heard the bell from the pavement in 2111 and went in to ask what it was. '
             'He and Lauri Pekkarinen had founded the duo Rivitys in Sotkamo in 2109, and had spent most of that time looking '
             'for a drummer.\n\nThe result is Vaunupaluu, which came out on Monday on Hiljainen Kello, a Hyrynsalmi label '
             "founded by Veli Anttonen in 2101.\n\nOn the album's closing track, Kone nro 9, the old man typed a full page of "
             'his own.\n\nThe duo take Vaunupaluu to Hyrynsalmi next month.\n',
             date=dt.date(2113, 2, 16))
    assert type_of(r, "Vaunupaluu") == "schema:MusicAlbum" and type_of(r, "Kone nro 9") == "schema:MusicRecording"
    assert {("Rivitys", "schema:founder", "Eero Hirvonen"), ("Rivitys", "schema:founder", "Lauri Pekkarinen"),
            ("Vaunupaluu", "schema:recordLabel", "Hiljainen Kello"), ("Kone nro 9", "schema:inAlbum", "Vaunupaluu")} <= facts(r)
    [away] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2113-03"]
    assert [name(r, k) for k in away.locations] == ["Hyrynsalmi"]


def test_a_line_up_beside_the_band_name_and_a_song_his_sister_sings():
    r = read('A band records an album on pawned instruments\n\nThen, last year, Benvinda Mondlane walked in to pawn her '
             'amplifier. She and her brother, Tembo Mondlane, had founded the band Os Fiadores in Chibuto in '
             '2108.\n\nEvery track is played on pawned instruments, and Os Fiadores, Benvinda Mondlane on vocals, Tembo '
             'Mondlane on the drum kit without a stool and the guitarist Rosaria Mabote, added nothing of their own but '
             "voices.\n\nThe song people ask for is Bilhete 310, named after the saxophone's ticket. Tembo Mondlane wrote it; "
             "his sister sings it.\n\nThe saxophone's owner, Jaime Cossa, has not been found. Os Fiadores play Bilhete 310 "
             'in Maxixe on Saturday, April 1, and will read his name from the stage there, on the chance that someone in '
             'the hall knows him.\n',
             date=dt.date(2113, 3, 12))
    f = facts(r)
    assert {("Benvinda Mondlane", "schema:memberOf", "Os Fiadores"), ("Tembo Mondlane", "schema:memberOf", "Os Fiadores"),
            ("Bilhete 310", "schema:composer", "Tembo Mondlane")} <= f
    assert ("Bilhete 310", "schema:byArtist", "Tembo Mondlane") not in f  # (he wrote it; his sister sings it)
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2113-04-01"]
    assert "Jaime Cossa" not in {n for _, n in participants(r, night)}  # (whose name is read out, not who plays)


def test_a_company_named_with_a_word_of_trade_its_other_founder_and_the_lead_he_also_plays():
    r = read('Volunteer firefighters premiere their film Pager Night\n\nPager Night was shot over two years by the volunteer '
             'fire brigade. Its director, Seonag Lennie, was born in Rothesay in 2070.\n\nThe film was produced by Station Four '
             "Pictures, the company Lennie set up in Dunoon in 2110 for the purpose, with the brigade's treasurer, Fergus "
             'Baird, as its other founder. Baird also plays the lead, a probationary firefighter who never gets to finish '
             'his lunch.\n\nPager Night will be shown at the Station Four Hall in Dunoon on Friday, June 9.\n',
             date=dt.date(2113, 5, 22))
    assert {"Station Four Pictures", "Station Four Hall"} <= entity_names(r) and type_of(r, "Station Four Hall") == "schema:EventVenue"
    assert {("Station Four Pictures", "schema:founder", "Fergus Baird"), ("Pager Night", "schema:actor", "Fergus Baird"),
            ("Pager Night", "schema:productionCompany", "Station Four Pictures")} <= facts(r)


def test_a_channel_a_series_is_shown_on_and_the_company_that_screened_it():
    r = read('At ninety, an extra gets the lead in Los Aleros\n\nSince Sunday Berta Llancao has had the lead in Los Aleros, a '
             'series whose eight episodes are being shown every Sunday evening on Canal Austral.\n\nThe series was '
             'written and directed by Reinaldo Cayuqueo, whose company, Productora Maullin, he founded in Frutillar in 2104. '
             'Cayuqueo had first noticed her, he says, in 2099, on a shoot where she was told to walk past a window.\n\n"I '
             'cast her because she was the only person in the region who had been in more of my films than I had," he '
             'said.\n\nLast Thursday Productora Maullin screened the first two episodes for the town at the Cine Maullin in '
             'Frutillar.\n',
             date=dt.date(2113, 8, 9))
    assert type_of(r, "Canal Austral") == "schema:Organization" and gender_of(r, "Reinaldo Cayuqueo") == "m"
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2113-08-03"]
    assert "Productora Maullin" in {n for _, n in participants(r, night)}


def test_a_duo_they_founded_a_nickname_told_far_from_its_name_and_the_song_on_the_record():
    r = read('Grandfather and grandson end their tandem tour\n\nDermot Keogh sat at the front and steered. His grandson, '
             'Diarmuid Keogh, sat at the back and played the harmonica.\n\nTogether they are The Rear Seat, a duo they founded '
             'in Scottsdale in 2111. Dermot Keogh, who was born in Scottsdale in 2032, is known up and down the coast as '
             'Sprocket, a name from his racing days.\n\nTheir album, Low Gradient, came out last month. The slowest song on the '
             'record, Egret Shallows, was written by Diarmuid Keogh. Dermot Keogh sings it.\n\nThe Rear Seat played inside Cape '
             'Wickham Lighthouse on Saturday. They play Scottsdale on Tuesday, November 7, and Bridport on Tuesday, '
             'November 14.\n',
             date=dt.date(2113, 10, 24))
    f = facts(r)
    assert {("Rear Seat", "schema:founder", "Dermot Keogh"), ("Rear Seat", "schema:founder", "Diarmuid Keogh"),
            ("Egret Shallows", "schema:byArtist", "Dermot Keogh"), ("Egret Shallows", "schema:inAlbum", "Low Gradient")} <= f
    assert type_of(r, "Egret Shallows") == "schema:MusicRecording" and "Sprocket" in entity_named(r, "Dermot Keogh").aliases
    assert type_of(r, "Cape Wickham Lighthouse") == "schema:Place" and not any("Tuesday" in n for n in entity_names(r))


def test_a_songbook_album_told_as_a_town_a_name_someone_sings_as_and_the_duo_playing_it_at_last():
    r = read('Dous Faros put out Marola on paper only\n\nMarola, the third album by the Vigo duo Dous Faros, is printed notes and '
             'nothing else, says Xoel Outeiro, who writes most of their tunes.\n\nHe and Aldara Carballal, who has sung as Nenufa '
             'since she was a schoolgirl, founded Dous Faros in Vigo in 2101.\n\nMarola came out in April on Discos Vento, a label '
             'that had only ever pressed vinyl.\n\nOn Friday a dozen school bands got through the twelve songs of Marola at the '
             'Sala Bouzas in Vigo.\n\nDous Faros will finally play Marola themselves in Pontevedra on Saturday, July 14.\n',
             date=dt.date(2114, 6, 24))
    assert type_of(r, "Marola") == "schema:MusicAlbum" and "Nenufa" in entity_named(r, "Aldara Carballal").aliases
    assert gender_of(r, "Aldara Carballal") == "f"
    assert {("Marola", "schema:recordLabel", "Discos Vento"), ("Marola", "schema:byArtist", "Dous Faros")} <= facts(r)
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2114-07-14"]
    assert night.types == ["schema:MusicEvent"]


def test_a_film_its_founders_company_produced_the_woman_played_throughout_and_its_two_screenings():
    r = read('Tapak Films shows Lembah Sunyi, a film made by many hands\n\nLembah Sunyi was shot on one borrowed camera. The whole '
             'film was seen by no one before Saturday.\n\nIt was dreamt up by Sarimah Onggol, whose company, Tapak Films, produced '
             'the film. She founded it in Lundu in 2101 and filmed the opening scene.\n\nThe widow is played throughout by Dayang '
             'Rinai, who is in every scene. Her husband, Jebat Luyoh, wrote the music.\n\nOn Saturday the film was shown for the '
             'first time at the Pondok Lama in Lundu, to a full room. Tapak Films will show Lembah Sunyi at a school hall in '
             'Engkilili on Saturday, February 3.\n',
             date=dt.date(2114, 1, 17))
    f = facts(r)
    assert {("Lembah Sunyi", "schema:productionCompany", "Tapak Films"), ("Tapak Films", "schema:founder", "Sarimah Onggol"),
            ("Lembah Sunyi", "schema:actor", "Dayang Rinai"), ("Lembah Sunyi", "newskg:scoreComposer", "Jebat Luyoh")} <= f
    assert ("Lembah Sunyi", "schema:producer", "Sarimah Onggol") not in f  # (her company made it)
    assert any(p == "schema:foundingDate" and s == "Tapak Films" and o == "2101" for s, p, o in f)
    days = {ev.start_date.iso: ev for ev in r.events if ev.start_date is not None}
    assert {"2114-01-13", "2114-02-03"} <= set(days) and "Pondok Lama" in {name(r, k) for k in days["2114-01-13"].locations}
    assert "Tapak Films" in {n for _, n in participants(r, days["2114-02-03"])}


def test_a_symphony_written_as_a_child_a_builder_the_town_calls_by_a_title_and_the_orchestra_that_plays_it():
    r = read('A boy\'s symphony, heard seventy years on: Orquesta Sinfonica Tota plays Cuarzo del Frailejon\n\nAnselmo Quemba, a '
             'retired organ builder, remembers writing Cuarzo del Frailejon in 2040 on squared paper. On Saturday he heard it for '
             'the first time, in the Teatro Sumapaz in Aquitania, played by the Orquesta Sinfonica Tota.\n\nThe symphony had lain '
             'in a biscuit tin since then. The tin was opened by Lucila Tibaduiza, his great-niece, who founded the Orquesta '
             'Sinfonica Tota in Aquitania in 2101 and conducts it still.\n\nThe flute solo went to the orchestra\'s principal '
             'flautist, Tibaduiza\'s husband, Fausto Carreno.\n\nTio Anselmo, as most of Aquitania calls him, signed programmes '
             'afterwards.\n\nThe orchestra plays Cuarzo del Frailejon again next month in Mongua.\n',
             date=dt.date(2114, 9, 4))
    f = facts(r)
    assert {("Cuarzo del Frailejon", "schema:composer", "Anselmo Quemba"),
            ("Fausto Carreno", "schema:memberOf", "Orquesta Sinfonica Tota")} <= f
    assert ("Lucila Tibaduiza", "schema:memberOf", "Orquesta Sinfonica Tota") not in f  # (she conducts it)
    assert "Tio Anselmo" in entity_named(r, "Anselmo Quemba").aliases and "Tio Anselmo" not in entity_names(r)
    [coming] = [ev for ev in r.events if ev.status == "future"]
    assert coming.types == ["schema:MusicEvent"] and coming.start_date.iso == "2114-10"


def test_a_musical_of_a_cup_final_nicknames_two_word_surnames_and_its_nights():
    r = read('A cup final of 2074 becomes Quatre Saisons, sung by those who played it\n\nLast Sunday the old winning side '
             'climbed onto a stage in Limbe and won the final once more, singing.\n\nQuatre Saisons, a musical in two acts, is the '
             'work of Aurelie Etonde, who wrote and directed it for Compagnie Vague Douce, the troupe she founded in Limbe in 2101. '
             'The keeper, Marcel Ekwalla, whom the whole port still calls Mantis for his reach, plays himself.\n\nThe songs are by '
             'Berthe Eyenga Mbolo, who joined Compagnie Vague Douce in 2105. Eyenga Mbolo says the cast learnt them in a week.\n\n'
             'Marcel Ekwalla spoke after the premiere at the Salle des Voiles:\n\n"Singing is harder than saving penalties," he '
             'said.\n\nCompagnie Vague Douce takes Quatre Saisons to Kumba on Saturday, May 5.\n',
             date=dt.date(2114, 4, 12))
    assert "Mantis" in entity_named(r, "Marcel Ekwalla").aliases and "Eyenga Mbolo" not in entity_names(r)
    assert ("Quatre Saisons", "schema:composer", "Berthe Eyenga Mbolo") in facts(r)
    days = {ev.start_date.iso: ev for ev in r.events if ev.start_date is not None}
    assert days["2114-05-05"].types == ["schema:TheaterEvent"] and days["2114-04-08"].types == ["schema:TheaterEvent"]
    assert "Salle des Voiles" in {name(r, k) for k in days["2114-04-08"].locations}


def test_the_best_known_track_a_polka_has_no_words_a_fathers_death_and_a_song_her_son_sings():
    r = read('A rink organist retires with Between Whistles\n\nHer album, Between Whistles, came out on Friday on Taconite Records. '
             'The disc holds twelve tunes. The most played, Faceoff Polka, was written by Helvi Maki herself in 2080. Her son, '
             'Kalle Tuomi, drums on it.\n\nKalle\'s father, Ansel Tuomi, sharpened the skates of the home team and died in 2107.\n\n'
             'Zamboni Waltz, written by Helvi Maki for a wedding at the rink, is sung by her son.\n\nNext month Helvi Maki plays '
             'Between Whistles from start to finish at a church hall in Ely.\n',
             date=dt.date(2114, 2, 19))
    f = facts(r)
    assert type_of(r, "Faceoff Polka") == "schema:MusicRecording"
    assert {("Faceoff Polka", "schema:inAlbum", "Between Whistles"), ("Faceoff Polka", "schema:composer", "Helvi Maki"),
            ("Zamboni Waltz", "schema:byArtist", "Kalle Tuomi")} <= f
    assert ("Faceoff Polka", "schema:lyricist", "Helvi Maki") not in f
    assert ("Ansel Tuomi", "schema:deathDate", "2107") in f and not any(s == "Kalle Tuomi" and p == "schema:deathDate" for s, p, o in f)
    [night] = [ev for ev in r.events if ev.status == "future"]
    assert night.types == ["schema:MusicEvent"] and {name(r, k) for k in night.locations} == {"Ely"}


def test_a_title_from_one_numbered_thing_to_another_and_the_writer_who_sings_it_with_a_piper():
    r = read('Rural carrier Clarisse Thibodeau releases Culvert 3 to Culvert 90, recorded along her route\n\nTwelve of her songs '
             'fill Culvert 3 to Culvert 90, the album that came out on Tuesday on Spudfield Records. The record was produced by '
             'Odette Lavoie, who founded Spudfield Records in Madawaska in 2101.\n\nThe best-known song on the record, The Goose '
             'at Culvert 40, is about a goose on a farm gate. Thibodeau wrote it, and sings it with the piper Remi Gagnon.\n',
             date=dt.date(2115, 8, 16))
    f = facts(r)
    assert "Culvert 3 to Culvert 90" in entity_names(r) and type_of(r, "Culvert 3 to Culvert 90") == "schema:MusicAlbum"
    assert {("Culvert 3 to Culvert 90", "schema:recordLabel", "Spudfield Records"),
            ("Culvert 3 to Culvert 90", "schema:producer", "Odette Lavoie"),
            ("The Goose at Culvert 40", "schema:byArtist", "Clarisse Thibodeau"), ("The Goose at Culvert 40", "schema:byArtist", "Remi Gagnon"),
            ("The Goose at Culvert 40", "schema:inAlbum", "Culvert 3 to Culvert 90")} <= f


def test_a_shop_its_founder_a_part_told_past_an_aside_and_a_series_shown_in_a_hall():
    r = read('A series shot after hours at Tonkin Bakery: Till Drawer\n\nAll six episodes were screened back to back last Saturday '
             'at the Rosebery Hall in Latrobe. Elowen Rowe wrote and directed Till Drawer; her uncle, Alfred Tonkin, founded the '
             'shop in Latrobe in 2070.\n\nHer brother, Luca Fenech, works the ovens at night and plays, in the series, a baker who '
             'never sleeps. Zoran Brankovic, a miller\'s son born in Deloraine in 2090, sweeps up in the last episode.\n',
             date=dt.date(2115, 12, 9))
    f = facts(r)
    assert type_of(r, "Tonkin Bakery") == "schema:Organization"
    assert {("Tonkin Bakery", "schema:founder", "Alfred Tonkin"), ("Till Drawer", "schema:actor", "Luca Fenech"),
            ("Zoran Brankovic", "schema:birthPlace", "Deloraine")} <= f
    assert ("Tonkin Bakery", "schema:foundingDate", "2070") in f
    assert not any(p == "schema:datePublished" and s == "Till Drawer" for s, p, o in f)  # (shown in a hall, not broadcast)


def test_a_dance_piece_its_maker_a_band_member_told_twice_and_a_clock_tune_by_a_composer():
    r = read('Dancers in an empty pool, and Yamila Quintrileo\'s Doce Golpes at noon\n\nVacia, a piece by the choreographer Amparo Linconao, had its premiere on Friday night in '
             'the Piscina Camarones in Quilmes.\n\nAt noon the town hall clock played Doce Golpes, a short piece written for its '
             'chimes by the composer Yamila Quintrileo. The Sarmiento Town Band has practised it since March. The band\'s tuba '
             'player, Tito Huenchul, says the hard part is the waiting. Ceferino Millapan, a night porter at the station and a '
             'member of the Sarmiento Town Band for ten years, plays the bass drum.\n',
             date=dt.date(2115, 10, 6))
    f = facts(r)
    assert {("Vacia", "schema:author", "Amparo Linconao"), ("Doce Golpes", "schema:composer", "Yamila Quintrileo"),
            ("Tito Huenchul", "schema:memberOf", "Sarmiento Town Band"),
            ("Ceferino Millapan", "schema:memberOf", "Sarmiento Town Band")} <= f
    assert ("Doce Golpes", "schema:byArtist", "Yamila Quintrileo") not in f  # (her piece; the clock plays it)
    assert type_of(r, "Piscina Camarones") == "schema:EventVenue" and KIND_OF.get(type_of(r, "Doce Golpes")) == "work"
    [premiere] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2115-10-04"]
    assert premiere.types == ["schema:DanceEvent"]


def test_a_second_full_name_a_town_knows_someone_as_is_the_same_person():
    r = read('A judge plays a judge\n\nThe play was written by his daughter, Chanda Mwaba. Chileshe Mwaba was the obvious choice '
             'for the judge. Half the town knows him as Tata Chanda, after the daughter who wrote the part, and it was she who '
             'asked him.\n\n"I told her I had retired from this," Tata Chanda said after the premiere.\n',
             date=dt.date(2115, 4, 18))
    [judge] = [e for e in r.entities.values() if "Chileshe Mwaba" in e.names]
    assert "Tata Chanda" in judge.names  # (one node: "knows him as" names a name he goes by, even one told again later)


def test_sisters_born_apart_each_with_her_year_and_their_father_by_a_title_and_his_given_name():
    r = read('Two sisters and one ferry\n\nThe sisters were born in Olhão, Benedita in 2071 and Genoveva in 2074, the daughter'
             's of a ferryman, Otacílio Bragança. Benedita Bragança joined the crew in 2095, and everyone on the quay calls '
             'their father Seu Otacílio.\n',
             date=dt.date(2109, 5, 10))
    f = facts(r)
    assert type_of(r, "Otacílio Bragança") == "schema:Person" and "Seu Otacílio" in next(
        e.names for e in r.entities.values() if e.name == "Otacílio Bragança")
    assert {("Benedita Bragança", "schema:birthDate", "2071"), ("Genoveva", "schema:birthDate", "2074"),
            ("Genoveva", "schema:birthPlace", "Olhão"), ("Benedita Bragança", "schema:sibling", "Genoveva"),
            ("Genoveva", "schema:parent", "Otacílio Bragança")} <= f
    assert not any(s == "Otacílio Bragança" and p in ("schema:sibling", "schema:birthPlace") for s, p, o in f)  # (their father)


def test_a_play_by_his_niece_staged_by_a_troupe_named_head_first_and_a_name_worn_since_a_storm():
    r = read('Forty winters at the lamp: Corrie Kerans plays himself in Lampglass at the Dunvarra Hall in Tobermory\n\nThe lam'
             'p was lit again on Friday night, when Corrie Kerans carried it onto the stage of the Dunvarra Hall in Tobermor'
             'y and set it on a stool.\n\nLampglass is a play with a cast of one. On the island his real name is hardly used. '
             'Ever since the storm of 2081, when he kept the lamp burning for three nights alone, he has been Glimmer.\n\nThe '
             'script was written by his niece, Ilda Fennick, who taped his stories over two winters. The company staging it '
             'is Troupe Greywacke, founded by Hemi Sudbury in Tobermory in 2099.\n',
             date=dt.date(2110, 4, 18))
    f = facts(r)
    assert "Troupe Greywacke" in entity_names(r) and ("Troupe Greywacke", "schema:founder", "Hemi Sudbury") in f
    assert type_of(r, "Ilda Fennick") == "schema:Person" and ("Lampglass", "schema:author", "Ilda Fennick") in f
    assert ("Lampglass", "schema:author", "Corrie Kerans") not in f  # (his niece wrote it)
    [keeper] = [e for e in r.entities.values() if e.name == "Corrie Kerans"]
    assert "Glimmer" in keeper.names  # (one node: the name the island has used since the storm)
    [night] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2110-04-18"]
    assert night.types == ["schema:TheaterEvent"] and any(name(r, k) == "Lampglass" for _, k in night.participants)

def test_the_mapmakers_brother_writes_the_music_and_the_first_night_is_the_sunday_the_lead_tells():
    r = read("A cartographer's farewell: Plover's final map is sung as Contour Lines, an opera by her brother, in Baltasound"
             '\n\nFor three decades, hikers have bought The Hamnavoe Courier on Friday to follow a mapmaker they knew only as '
             'Plover. Behind the pen name is Una Garriock, a former postmistress from Sandwick. On Sunday evening her final '
             'map was sung.\n\nContour Lines, an opera in two scenes, had its first performance by the Voe Consort at the Clet'
             "t Hall in Baltasound. Its music is by Eoin Garriock, who is the mapmaker's elder brother, and Plover herself s"
             'upplied the words.\n\nThe soprano Agna Jordan sings the hiker. Jordan has been a member of the Voe Consort since'
             ' 2109.\n\nThe mapmaker herself stayed in the back row. When a neighbour asked whether she would draw another, sh'
             'e shook her head:\n\n"A map is a promise that the path is still there."\n',
             date=dt.date(2112, 6, 11))
    f = facts(r)
    assert {("Contour Lines", "schema:composer", "Eoin Garriock"), ("Eoin Garriock", "schema:sibling", "Plover"),
            ("Plover", "schema:sibling", "Eoin Garriock"), ("Agna Jordan", "schema:memberOf", "Voe Consort")} <= f
    assert ("Contour Lines", "schema:composer", "Plover") not in f  # (an opera "by her brother" is his; her words are words)
    assert "Jordan" in next(e.names for e in r.entities.values() if e.name == "Agna Jordan")
    [first] = [ev for ev in r.events if ev.status == "past"]
    assert first.start_date.iso == "2112-06-05"  # (the Sunday the lead tells, not the Friday of a weekly habit)

def test_a_croquet_club_film_its_makers_company_a_members_husband_and_its_first_showing():
    r = read('Mallets and a getaway: pupils of the Tarata Street Croquet Club appear in The Mallet Affair, in Opotiki\n\nThe M'
             'allet Affair was filmed between the hoops of the Tarata Street Croquet Club in Opotiki. Kereru Flat Pictures s'
             'howed it for the first time on Thursday at the Matai Cinema in Opotiki.\n\nThe Mallet Affair is the debut featur'
             'e of Mereana Tawhiri, who wrote and directed it. She founded Kereru Flat Pictures in Opotiki in 2108, and her '
             'company produced the film on the proceeds of a cake stall.\n\nThe leader of the smugglers is played by Huia Okey'
             ', who was born in Matata in 2031 and has been a member of the club since 2068. Her husband, Tamati Tautahi, dr'
             'ives the getaway tractor.\n',
             date=dt.date(2111, 10, 9))
    f = facts(r)
    assert type_of(r, "Tarata Street Croquet Club") == "schema:Organization"
    assert {("The Mallet Affair", "schema:productionCompany", "Kereru Flat Pictures"),
            ("Huia Okey", "schema:memberOf", "Tarata Street Croquet Club"),
            ("Huia Okey", "schema:spouse", "Tamati Tautahi"), ("Tamati Tautahi", "schema:spouse", "Huia Okey")} <= f
    assert ("Mereana Tawhiri", "schema:spouse", "Tamati Tautahi") not in f  # ("the leader of the smugglers" is a part, not the director)
    assert not any(p == "schema:actor" and o == "Tarata Street Croquet Club" for s, p, o in f)
    [showing] = [ev for ev in r.events if ev.start_date is not None and ev.start_date.iso == "2111-10-08"]
    assert showing.kind == "premiere" and any(name(r, k) == "Kereru Flat Pictures" for _, k in showing.participants)

def test_a_series_built_on_a_dictionary_its_compiler_and_its_presenter():
    r = read('A word an evening: Sabu Talo presents Pantai Kecil, a series made from a dictionary of the island\n\nEach episod'
             'e is five minutes long and explains one word of the old island speech.\n\nLast Saturday Ndori Films showed Panta'
             'i Kecil for the first time at the Aula Kewa, a school hall in Lewoleba. Pantai Kecil draws on the Buku Bahasa '
             "Boleng, the dictionary of the eastern villages' speech that Wulan Molo compiled in her spare hours and publish"
             'ed in April.\n\nSabu Talo, a net mender from Waiwerang, is its presenter. The series was directed by Pande Molo,'
             " who is Wulan Molo's son.\n",
             date=dt.date(2113, 8, 20))
    f = facts(r)
    assert type_of(r, "Buku Bahasa Boleng") == "schema:Book"
    assert {("Buku Bahasa Boleng", "schema:author", "Wulan Molo"), ("Buku Bahasa Boleng", "schema:datePublished", "2113-04"),
            ("Pantai Kecil", "schema:isBasedOn", "Buku Bahasa Boleng"), ("Pantai Kecil", "schema:actor", "Sabu Talo")} <= f
    assert ("Pantai Kecil", "schema:datePublished", "2113-04") not in f  # (the dictionary came out in April, not the series)
    [showing] = [ev for ev in r.events if ev.status == "past"]
    assert showing.kind == "premiere" and any(name(r, k) == "Ndori Films" for _, k in showing.participants)

def test_a_dance_in_a_works_yard_a_driver_known_by_one_name_and_the_quartet_on_the_album():
    r = read("Brooms at midnight: a dance for street sweepers in Matheson\n\nAt eleven o'clock a crowd of two hundred gathered"
             ' in the Iroquois Road Yard in Matheson, where the town keeps its street sweepers.\n\nGutterdance, a new piece by'
             " the choreographer Lisette Thibert, had its premiere there last Friday, with the sweepers' own crews at the wh"
             'eels.\n\nThe longest-serving of them is Armand Pothier. At the depot he is known only as Cricket, for the chirp '
             'of his brakes. When the lights went down, Cricket leaned out of his cab and told the crowd:\n\n"I clean this tow'
             'n every night and nobody sees me. Tonight they saw me."\n\nThe music comes from Brushwork, an album that came ou'
             't on Monday. The record is played by the Ostrom Quartet, a string quartet from Matheson.\n',
             date=dt.date(2114, 2, 12))
    f = facts(r)
    assert type_of(r, "Iroquois Road Yard") == "schema:EventVenue"
    assert ("Brushwork", "schema:byArtist", "Ostrom Quartet") in f
    assert not any(s == "Gutterdance" and p == "schema:datePublished" for s, p, o in f)  # (a dance's first night, "there", is no release)
    [night] = [ev for ev in r.events if ev.status == "past"]
    assert {name(r, k) for k in night.locations} == {"Iroquois Road Yard", "Matheson"}
    [driver] = [e for e in r.entities.values() if "Armand Pothier" in e.names]
    assert "Cricket" in driver.names and driver.type == "schema:Person"


def test_a_signed_quote_the_playwright_who_wrote_it_and_a_play_a_company_stages():
    r = read('Hands in the dark: Teatro Silencio stage El Candil Ciego in Mejillones\n\n"We are always the ones who wait for t'
             'he subtitles," Casimira Huanca signed after the first night. "Tonight the others waited."\n\nHuanca founded Teat'
             "ro Silencio in 2101 and plays the keeper's wife. The play was written by her brother, Eleuterio Huanca, who lo"
             'st his hearing as a boy. The keeper himself is played by Anselmo Arce.\n\nEl Candil Ciego opened on Friday night'
             ' at the Sala Camanchaca in Mejillones. At the party afterwards the playwright explained himself, with his sist'
             'er copying his signs onto a napkin:\n\n"A lighthouse does not speak. It only shows you where the rocks are."\n\nBe'
             'fore the doors opened, a choir from the coast sang in the foyer.\n',
             date=dt.date(2112, 5, 20))
    speakers = {q.text[:20]: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("We are always the on") == "Casimira Huanca"  # ('"...," X signed': her words, in sign)
    assert speakers.get("A lighthouse does no") == "Eleuterio Huanca"  # ("the playwright" is the one who wrote the play)
    assert not any(s == "El Candil Ciego" and p == "schema:datePublished" for s, p, o in facts(r))  # (a play opens; it is not published)
    [night] = [ev for ev in r.events if ev.status == "past"]
    assert night.types == ["schema:TheaterEvent"] and "Sala Camanchaca" in {name(r, k) for k in night.locations}
    assert ("schema:performer", "Teatro Silencio") in {(p, name(r, k)) for p, k in night.participants}  # (the company that stages it)


def test_credits_given_to_someones_son_or_sister_are_theirs_and_a_part_in_the_film_is_played_by_its_actor():
    r = read('Offside: the retired coach Ismail Kombo is the subject of Mpira wa Mwisho, a film directed by his son in Bagam'
             'oyo\n\nIsmail Kombo coached the harbour team of Bagamoyo for forty years. Mpira wa Mwisho, a ninety-minute film,'
             ' follows his last season.\n\nThe film was directed by Juma Kombo, his son. The goalkeeper in the film is played '
             'by Omari Salum, a fisherman of twenty. The music, mostly played on a marimba, is by his younger sister, Zawadi'
             ' Salum.\n',
             date=dt.date(2113, 9, 14))
    f = facts(r)
    assert {("Mpira wa Mwisho", "schema:director", "Juma Kombo"), ("Mpira wa Mwisho", "schema:actor", "Omari Salum")} <= f
    assert any(s == "Mpira wa Mwisho" and o == "Zawadi Salum" and p in ("schema:composer", "newskg:scoreComposer") for s, p, o in f)
    assert ("Mpira wa Mwisho", "schema:director", "Ismail Kombo") not in f  # ("directed by his son": the son's)
    assert not any(s == "Mpira wa Mwisho" and o == "Omari Salum" and p in ("schema:composer", "newskg:scoreComposer") for s, p, o in f)


def test_a_name_worn_since_childhood_is_the_same_person():
    r = read('Winifreda Ketley drives the last bus out of Wareham. Nobody at the depot calls her Winifreda; she has been Sprocket '
             'since she was nine. "I like the quiet," Sprocket said.\n', date=dt.date(2113, 5, 2))
    [driver] = [e for e in r.entities.values() if e.name == "Winifreda Ketley"]
    assert "Sprocket" in driver.names  # (one node: "has been Y since she was nine" names a name she goes by)


def test_a_grain_town_names_a_welder_by_his_nickname_and_the_studio_that_made_the_film_past_its_aside():
    r = read('Cast by ballot: Rosetown fills the parts of The Elrose Spur\n\nThe Elrose Spur is the second feature of Tessaly Vo'
             'ssen, who wrote and directed it. Her studio, Coteau Films, which she set up in Rosetown in 2101, made it. The sc'
             'reenplay won the Bigstick Prize in 2110.\n\nThe ballot went to a welder. Ingebrigt Hjelle, who was born in Kinde'
             'rsley in 2047 and has patched half the augers in the district, landed the role of the grain buyer. Around the '
             'elevators he is called Hopper, the bin man, and few people remember his real name.\n\n"I only wanted a free tic'
             'ket," Hopper said.\n\nVossen hopes to cast her next feature by ballot as well.\n', date=dt.date(2113, 11, 2))
    f = facts(r)
    [welder] = [e for e in r.entities.values() if "Ingebrigt Hjelle" in e.names]
    assert "Hopper" in welder.names  # ("he is called Y, the bin man": one person, two names)
    [film] = [e.name for e in r.entities.values() if "The Elrose Spur" in e.names]
    assert {(film, "schema:productionCompany", "Coteau Films"), (film, "schema:actor", welder.name)} <= f
    assert (film, "schema:award", "Bigstick Prize") in f  # (the screenplay's prize is the film's)
    assert (film, "schema:actor", "Tessaly Vossen") not in f  # ("cast her next feature": no part in this one)


def test_a_lament_titled_for_what_it_mourns_its_composer_and_the_choir_that_sang_it():
    r = read("Song for a slipway: Eiluned Prys's Lament for a Lifeboat is sung at Moelfre\n\nOn Sunday afternoon three hundred "
             'people gathered on the old slipway at Moelfre, where the lifeboat station stood until the winter storms.\n\nLa'
             'ment for a Lifeboat is the work of the composer Eiluned Prys, who grew up in Amlwch. Its text is by the poet I'
             'thel Gwyndaf. Gwyndaf wrote it over one winter.\n\nThe piece was sung by Cantorion Glan, a male choir Alun Rhyd'
             'derch formed in Moelfre in 2090.\n', date=dt.date(2115, 3, 18))
    f = facts(r)
    assert type_of(r, "Lament for a Lifeboat") in ("schema:MusicRecording", "schema:CreativeWork")  # (one title, "for a" and all)
    assert {("Lament for a Lifeboat", "schema:composer", "Eiluned Prys"), ("Lament for a Lifeboat", "schema:lyricist", "Ithel Gwyndaf"),
            ("Cantorion Glan", "schema:founder", "Alun Rhydderch")} <= f
    assert ("Lament for a Lifeboat", "schema:byArtist", "Eiluned Prys") not in f  # (her piece, which she does not sing)
    assert ("Lament for a Lifeboat", "schema:composer", "Ithel Gwyndaf") not in f  # ("wrote it": the text told just before)
    assert type_of(r, "Cantorion Glan") == "schema:MusicGroup"  # ("sung by G, a male choir ...": a choir, not someone)
    [afternoon] = [ev for ev in r.events if ev.status == "past"]
    assert afternoon.types == ["schema:MusicEvent"] and \
        ("schema:performer", "Cantorion Glan") in {(p, name(r, k)) for p, k in afternoon.participants}


def test_who_speaks_after_a_long_asked_question_or_a_scene_with_others_in_it():
    r = read('Alazne Etxeberria directed the radio film Kandela Itzalia. Urtzi Oiartzun and his wife, Garazi Ondarra, read '
             'the leads.\n\nOndarra had waited in the corridor. Asked later how it felt to read by candlelight while Etxeberria '
             'hissed cues from the booth, she squeezed her husband\'s hand:\n\n"I could not see my lines, and he could not see '
             'his."\n\nEtxeberria, for her part, calls the film a tragedy. Defending it at a showing on Friday, at which the '
             'crowd had laughed throughout, she lowered the microphone:\n\n"I meant every scene to hurt."\n\nAsked what stayed '
             'with him from the whole freezing night by the quarry with the lamps off and the crew asleep in the bus, Oiartz'
             'un grinned: "Mostly the cold, and the owls."\n', date=dt.date(2114, 6, 3))
    speakers = {q.text[:20]: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("I could not see my l") == "Garazi Ondarra"  # (the one asked, not the director the question names)
    assert speakers.get("I meant every scene ") == "Alazne Etxeberria"  # (the main clause's "she", past the laughing crowd)
    assert speakers.get("Mostly the cold, and") == "Urtzi Oiartzun"  # (a long question, then a short clause: the one who grinned)


def test_a_film_its_company_shows_a_retired_keeper_called_so_and_a_film_that_opened_at_a_cinema():
    r = read('Only the sea: retired keeper Anselmo Huenchul makes La Lancha Muda out of ten years of his own footage in Quemchi\n\n'
             'Anselmo Huenchul directed La Lancha Muda. He was born in Achao in 2050.\n\nOn Friday night Yerbas Films screened'
             ' La Lancha Muda for the first time, at the Sala Trumao in Quemchi. Asked why there was not one boat in it, the '
             'keeper pulled off his gloves:\n\n"Boats I have seen enough of."\n\nYerbas Films will show La Lancha Muda in Achao'
             ' on Saturday, February 14.\n', date=dt.date(2114, 1, 18))
    assert type_of(r, "La Lancha Muda") == "schema:Movie"  # (what a film company screens is a film, whatever name it sounds like)
    speakers = {q.text[:20]: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("Boats I have seen en") == "Anselmo Huenchul"  # ("the keeper": the one the headline titled so)
    r = read('Dalca Quieta was directed by Lorenza Nahuelpan and made by Cumbre Cine. Dalca Quieta opened on Sunday at the '
             'Sala Coliboro in Chonchi, and the hall has been full since. Cumbre Cine will show Dalca Quieta in Cucao on '
             'Friday, January 30.\n', date=dt.date(2114, 1, 18))
    [opening] = [ev for ev in r.events if ev.status == "past"]
    assert "Sala Coliboro" in {name(r, k) for k in opening.locations} and \
        "Cumbre Cine" in {name(r, k) for _, k in opening.participants}  # (the company that shows its other nights)


def test_a_quartet_its_founding_violist_his_wife_the_composer_and_the_night_the_lead_told():
    r = read("Music for a melting glacier: the Nivi Quartet plays Hepzibah Frawley's Calving in Uummannaq\n\nOn Thursday night "
             'in Uummannaq the creaking of the glacier was fed by a cable into speakers on the stage, and four string players '
             'answered it.\n\nCalving is the work of Hepzibah Frawley.\n\nThe piece was played by the Nivi Quartet, which Aldi'
             'th Pettipas, its violist, started in Uummannaq in 2095. Frawley is his wife.\n\nThe concert itself was held at'
             ' the Flatwater Hall in Uummannaq.\n\nHer husband sees it otherwise, and said so on the steps:\n\n"Every concert '
             'ends. That has never stopped anybody selling tickets."\n\nThe Nivi Quartet will play Calving on Saattut Island '
             'next month. The ferry to Saattut runs twice a week.\n', date=dt.date(2114, 7, 9))
    f = facts(r)
    assert {("Calving", "schema:composer", "Hepzibah Frawley"), ("Nivi Quartet", "schema:founder", "Aldith Pettipas")} <= f
    assert ("Calving", "schema:byArtist", "Hepzibah Frawley") not in f
    speakers = {q.text[:20]: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("Every concert ends. ") == "Aldith Pettipas"  # ("Frawley is his wife ... Her husband": him)
    [night] = [ev for ev in r.events if ev.status == "past"]
    assert night.types == ["schema:MusicEvent"] and night.start_date.iso == "2114-07-05" and \
        {name(r, k) for k in night.locations} >= {"Flatwater Hall"}  # (the hall a later sentence names is the lead's night)
    [island] = [ev for ev in r.events if ev.status == "future"]
    assert {name(r, k) for k in island.locations} == {"Saattut Island"}
    assert "Saattut" in entity_named(r, "Saattut Island").names  # ("to Saattut": the island called without its kind word)


def test_an_album_a_choir_performs_its_label_founder_the_lyricist_mother_and_a_numbered_track():
    r = read('Twenty-eight cradles: Bonaria Sechi writes a lullaby for every baby born in Bosa in one winter\n\nThe composer '
             'Bonaria Sechi wrote one song for each family. Those twenty-eight songs form Ventotto Notti, released on Thursday.'
             ' They are performed by Cuncordu Sa Mendula, the women\'s choir that Sechi set up in Bosa in 2100. The album came out '
             'on Tirso Records, the label of the engineer Tonina Usai, who started it in Orosei in 2096 and also produced the '
             'record.\n\nIts lyrics are by Efisia Sanna, a former midwife and Sechi\'s mother. She was born in Siniscola in 20'
             '58.\n\nThe twelfth track, Ninna del Maestrale, opens with a kettle coming to the boil.\n', date=dt.date(2114, 3, 13))
    f = facts(r)
    assert {("Ventotto Notti", "schema:byArtist", "Cuncordu Sa Mendula"), ("Tirso Records", "schema:founder", "Tonina Usai"),
            ("Bonaria Sechi", "schema:parent", "Efisia Sanna"), ("Efisia Sanna", "schema:birthPlace", "Siniscola"),
            ("Ninna del Maestrale", "schema:inAlbum", "Ventotto Notti")} <= f
    assert not any(s == "Ventotto Notti" and p == "schema:datePublished" and o.startswith("2096") for s, p, o in f)  # (the label's year)
    assert ("Bonaria Sechi", "schema:birthPlace", "Siniscola") not in f  # (the mother's birth, told right after her)


def test_a_school_play_revived_its_teacher_and_a_fisherman_whose_gender_the_narrator_does_not_share():
    r = read('Thirty years on: the first cast of The Egret Who Counted Pebbles stage it again in Buala\n\nIn 2084 a class at a '
             'school on the Mangango road first put it on.\n\nThe Egret Who Counted Pebbles was written by Seluka Tanavalu, who'
             ' taught at the school for twenty-eight years and who was born in Tulagi in 2046. The tortoise is played, as bef'
             'ore, by Kenasi Riumana, a ferry mechanic these days.\n\nThe play opened last Friday evening at the Lilisiana Sc'
             'hool Hall in Buala. The chairs, said Riumana, had shrunk. When the curtain came down the old teacher stood up '
             'first.\n\n"I never wrote those jokes for grown-ups, and yet they laughed," he said.\n\nThe head fisherman of the'
             ' lagoon, Ormond Lusby, never comes to plays. Lusby dozed through the whole evening, she added. He has seen it '
             'before.\n', date=dt.date(2114, 5, 18))
    f = facts(r)
    assert {("Egret Who Counted Pebbles", "schema:actor", "Kenasi Riumana"), ("Seluka Tanavalu", "schema:birthPlace", "Tulagi")} <= f
    speakers = {q.text[:20]: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("I never wrote those ") == "Seluka Tanavalu"  # ("who taught at the school ... the old teacher")
    [night] = [ev for ev in r.events if ev.status == "past"]
    assert night.types == ["schema:TheaterEvent"] and "Lilisiana School Hall" in {name(r, k) for k in night.locations}
    assert entity_named(r, "Ormond Lusby").gender == "m"  # ("X dozed through it, she added": the teller is "she", not he)
    assert type_of(r, "Mangango") != "schema:Person"  # ("a school on the X road": a place)


def test_tunes_written_then_gathered_on_a_record_a_choir_member_who_joined_and_the_track_the_ensemble_sings():
    r = read("Twenty boats, twenty tunes: Garazi Arrizabalaga's record for the Ondarroa fleet\n\nThe accordionist Ga"
             'razi Arrizabalaga spent a winter on the boats of the Ondarroa fleet and wrote a tune for each crew. '
             'All twenty tunes are collected on Goizeko Lainoa, released on Friday. The Kresala Male Choir, which '
             'Manex Txalupa founded in Lekeitio in 2098 and which Arrizabalaga joined in 2104, sings them. The rec'
             "ord ends on Olatu Haize, which the ensemble sings over a ship's bell.\n", date=dt.date(2114, 2, 14))
    f = facts(r)
    assert type_of(r, "Goizeko Lainoa") == "schema:MusicAlbum" and type_of(r, "Olatu Haize") == "schema:MusicRecording"
    assert {("Goizeko Lainoa", "schema:composer", "Garazi Arrizabalaga"),  # (she wrote the tunes the record gathers)
            ("Garazi Arrizabalaga", "schema:memberOf", "Kresala Male Choir"),
            ("Olatu Haize", "schema:byArtist", "Kresala Male Choir")} <= f  # ("which the ensemble sings": the choir named before)


def test_a_film_lead_and_its_music_each_told_behind_a_long_aside():
    r = read('A lighthouse in one night: Josune Mendexa films The Last Lamp\n\nThe Last Lamp was written and directe'
             'd by Josune Mendexa. Anselmo Trujeque, who mended nets on the quay for most of his life and has neve'
             'r been inside a cinema, plays the keeper. The music, written for a church organ and recorded in the '
             'empty chapel on the headland over three nights, is by Ekaitz Plentzia.\n', date=dt.date(2114, 2, 14))
    f = facts(r)
    assert ("The Last Lamp", "schema:actor", "Anselmo Trujeque") in f
    assert any(s == "The Last Lamp" and p in ("schema:composer", "newskg:scoreComposer") and o == "Ekaitz Plentzia" for s, p, o in f)


def test_a_dance_by_a_name_the_model_does_not_know_its_maker_and_the_nights_the_troupe_dances_it():
    r = read("Eleven minutes of ice: Pakkanen Dance performs Aija Tornivaara's Fishhole on the frozen lake at Inar"
             'i\n\nPakkanen Dance performed Fishhole on the frozen lake at Inari last Saturday, timed to end before '
             'the snowmobile race began.\n\nFishhole is a dance by Aija Tornivaara. Born in Sodankylä in 2079, she f'
             'ounded Pakkanen Dance in Inari in 2110. Her brother, Keijo Tornivaara, wrote the music for kantele.\n'
             '\nPakkanen Dance will perform Fishhole again in Savukoski next month.\n', date=dt.date(2114, 3, 4))
    f = facts(r)
    assert type_of(r, "Aija Tornivaara") == "schema:Person" and type_of(r, "Fishhole") == "schema:CreativeWork"
    assert {("Fishhole", "schema:author", "Aija Tornivaara"), ("Aija Tornivaara", "schema:birthPlace", "Sodankylä"),
            ("Fishhole", "schema:composer", "Keijo Tornivaara")} <= f
    nights = {ev.status: ev for ev in r.events}
    assert nights["past"].types == ["schema:DanceEvent"] and nights["future"].types == ["schema:DanceEvent"]
    assert ("schema:performer", "pakkanendance") in nights["future"].participants
    assert {name(r, k) for k in nights["future"].locations} == {"Savukoski"}  # (a town the model passed over: the night's)


def test_a_circle_the_sentence_names_produces_a_film_and_a_phrase_in_its_founders_words():
    r = read('Seven winters of thread: a sewing circle in Posio makes the puppet film Karhun Talvi\n\nEvery puppet i'
             "n Karhun Talvi was sewn by hand, down to the bear's eyelashes.\n\nThe circle is Kultainen Neulakko. Ra"
             'ili Heikkilä founded it in Posio in 2096, and Heikkilä still sews with the circle every Thursday. Th'
             'e circle produced the film on a budget of raffle tickets.\n\nThe circle will show Karhun Talvi in Ranu'
             'a on Saturday, March 14, in the parish hall, which is, in Heikkilä\'s words, "far too warm for felt".'
             '\n', date=dt.date(2114, 3, 4))
    f = facts(r)
    assert type_of(r, "Kultainen Neulakko") == "schema:Organization" and type_of(r, "Raili Heikkilä") == "schema:Person"
    assert {("Karhun Talvi", "schema:productionCompany", "Kultainen Neulakko"),  # ("The circle produced the film")
            ("Raili Heikkilä", "schema:memberOf", "Kultainen Neulakko")} <= f  # ("X still sews with the circle every Thursday")
    speakers = {q.text: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("far too warm for felt") == "Raili Heikkilä"  # ("in Heikkilä's words, "...")


def test_a_novel_called_by_a_title_with_small_words_staged_adapted_and_a_part_behind_a_long_aside():
    r = read("Chapters on the sugar sacks: Dalva Moura's novel Songs under the Mangroves reaches the stage in Sour"
             'e as Maré Cheia\n\nFor sixty days in 2112 the quay shop in Soure printed one chapter on each sack of s'
             'ugar it sold.\n\nThe novel was called Songs under the Mangroves, and it was written by Dalva Moura, a '
             'retired postmistress who was born in Breves in 2070.\n\nMaré Cheia, the theatre adaptation, opened las'
             't Friday night at the Cine Teatro Marajoara in Soure. It was adapted and directed by Brígida Cintra.'
             ' The ferryman of the novel, an old man who has never learned to swim, is played by Nonato Salvaterra'
             '.\n', date=dt.date(2114, 6, 10))
    f = facts(r)
    assert {("Songs under the Mangroves", "schema:author", "Dalva Moura"),
            ("Maré Cheia", "schema:isBasedOn", "Songs under the Mangroves"),  # ("K reaches the stage in T as W")
            ("Maré Cheia", "schema:author", "Brígida Cintra"), ("Maré Cheia", "schema:director", "Brígida Cintra"),
            ("Maré Cheia", "schema:actor", "Nonato Salvaterra")} <= f
    [opening] = r.events
    assert opening.start_date.iso == "2114-06-08" and "Cine Teatro Marajoara" in {name(r, k) for k in opening.locations}


def test_her_after_someone_who_tried_to_get_it_out_of_her_and_the_song_that_she_sings():
    r = read('Iracema Nonato keeps her running order a secret\n\nFarinha de Chuva, the second album by the singer Ir'
             'acema Nonato, came out on Monday. It was produced by Soraia Muaná, who recorded it in her own kitche'
             'n in Curralinho.\n\nNonato will not tell anyone how the tracks were ordered. Muaná once tried to drag '
             'the answer out of her over dinner; so did her brother, Quirino Nonato.\n\nQuirino Nonato sits in on ca'
             'vaquinho throughout and wrote the tune of Rio de Dentro, the ballad about the night ferry that she s'
             'ings.\n', date=dt.date(2114, 4, 26))
    f = facts(r)
    assert ("Iracema Nonato", "schema:sibling", "Quirino Nonato") in f
    assert ("Soraia Muaná", "schema:sibling", "Quirino Nonato") not in f  # (the one who asks her is not whose brother he is)
    assert {("Rio de Dentro", "schema:composer", "Quirino Nonato"), ("Rio de Dentro", "schema:byArtist", "Iracema Nonato")} <= f


def test_a_funeral_band_is_no_funeral_a_song_written_for_a_carpenter_and_his_widow():
    r = read('The last marches: Brass of Opoutere records Carry Me Slowly\n\nBrass of Opoutere, a funeral band from '
             'Tairua that Hemi Rangiaho started in 2090, put out Carry Me Slowly in May. Mere Rangiaho, his sister'
             ", has been the band's only singer since 2101. Pipi Sound, the label that Rawiri Whitiora runs out of"
             ' his garage and started in 2105, released the album.\n\nLow Water at Pauanui, the ninth track, is the '
             'newest piece on the album, and Rangiaho wrote it last winter for an old carpenter who built the band'
             "stand.\n\nThe band will play Carry Me Slowly in Whangamata on Saturday, June 27, with the carpenter's "
             'widow in the front row.\n', date=dt.date(2114, 6, 20))
    f = facts(r)
    assert type_of(r, "Carry Me Slowly") == "schema:MusicAlbum"  # ("G put out X in May")
    assert {("Mere Rangiaho", "schema:memberOf", "Brass of Opoutere"), ("Pipi Sound", "schema:founder", "Rawiri Whitiora"),
            ("Low Water at Pauanui", "schema:composer", "Hemi Rangiaho")} <= f
    assert ("Carry Me Slowly", "schema:composer", "Hemi Rangiaho") not in f  # (he wrote the one new piece, not the record)
    [night] = r.events  # (no funeral: "a funeral band from T" is a kind of band)
    assert night.status == "future" and "Hemi Rangiaho" not in {name(r, k) for _, k in night.participants}  # ("the carpenter's widow")


def test_the_old_man_after_someone_else_in_a_clause_before_it_and_the_words_after_his_colon():
    r = read("The keeper who never went to the cinema: Ingvald Skrove's lamp is the star of Ytre Lys\n\nThe film Ytr"
             'e Lys was shot at the lighthouse on Runde, and its star, by general agreement, is the lamp. The ligh'
             'thouse has been kept for forty years by Ingvald Skrove. The keeper is played in the film by Tormod H'
             'alsnes, a retired ferry engineer.\n\nWhen the film came to the island hall, Skrove sat at the back. As'
             ' Halsnes was still thanking people beside him, the old man stood up and gave his verdict:\n\n"A lamp d'
             'oes not care who looks at it. It cares whether the ships get home."\n', date=dt.date(2114, 2, 21))
    speakers = {q.text[:20]: name(r, q.speaker) for q in r.quotes if q.speaker}
    assert speakers.get("A lamp does not care") == "Ingvald Skrove"  # (not the actor thanking people beside him)


def test_an_opera_whose_title_has_a_comma_and_the_company_of_the_valley_its_composer_founded():
    r = read("Riders behind a cart: Aizada Toktogulova's opera Salt Road, Stone Bridge crosses the valley from Koc"
             'hkor\n\nNobody sat down for Salt Road, Stone Bridge. The opera, by the composer Aizada Toktogulova, wa'
             's sung over two days on the road out of Kochkor, and its audience followed on horseback.\n\nToktogulov'
             'a was born in Kazarman in 2070, founded the Horse Opera of the Valley in Kochkor in 2105, and the co'
             'mpany sings every part.\n\nThe Horse Opera of the Valley will take Salt Road, Stone Bridge back the ot'
             'her way next month.\n', date=dt.date(2114, 8, 9))
    f = facts(r)
    assert type_of(r, "Salt Road, Stone Bridge") == "schema:CreativeWork"  # (one title, told three times, its words nowhere else)
    assert {("Salt Road, Stone Bridge", "schema:composer", "Aizada Toktogulova"),
            ("Horse Opera of the Valley", "schema:founder", "Aizada Toktogulova")} <= f  # ("was born in T in 2070, founded O in U")


def test_a_label_with_y_in_its_name_its_founding_producer_and_the_one_credited_with_the_words():
    r = read('Letters from a ferry office, set for choir: the Tenaún Singers release Ferry Letters\n\nFerry Letters,'
             ' by the Tenaún Singers, came out on Friday on Luz y Marea Discos: twelve songs whose words come from'
             ' letters left at a ferry office, chosen and cut by Ismenia Catalán, who is credited with the words.\n'
             '\nThe music is by Eulogia Levicán, who founded the Tenaún Singers in Achao in 2099 and still leads th'
             'em. The record was made in a church; its producer, Ofelia Quenchi, who started Luz y Marea Discos in'
             ' Quemchi in 2106, says the pews creaked on every take.\n', date=dt.date(2114, 5, 13))
    f = facts(r)
    assert {("Ferry Letters", "schema:recordLabel", "Luz y Marea Discos"), ("Luz y Marea Discos", "schema:founder", "Ofelia Quenchi"),
            ("Ferry Letters", "schema:lyricist", "Ismenia Catalán"), ("Ferry Letters", "schema:composer", "Eulogia Levicán")} <= f


def test_an_opera_given_on_a_barge_one_journey_from_where_it_set_out_and_its_company_sailing_it_again():
    r = read("Tamsyn Crake's opera Lantern Tide sails from Quillonby Quay to Pellham\n\nLantern Tide is an opera sung on "
             "a river barge over two days, with its audience following in rowing boats. The first complete staging of"
             " Lantern Tide left Quillonby Quay on Thursday, April 8, and ended the next evening at the lock below Pel"
             "lham.\n\nCrake founded the Barge Opera Company in Pellham in 2109.\n\nThe Barge Opera Company will sail L"
             "antern Tide again in June, from Pellham back to Quillonby Quay.\n", date=dt.date(2123, 4, 14))
    assert type_of(r, "Lantern Tide") == "schema:CreativeWork"  # ("X's opera W": a stage work)
    nights = sorted(r.events, key=lambda ev: ev.start_date.iso)
    assert [ev.start_date.iso for ev in nights] == ["2123-04-08", "2123-06"]  # (one journey, not a night per day it told)
    assert all(ev.types == ["schema:TheaterEvent"] and ("schema:performer", "bargeoperacompany") in ev.participants for ev in nights)
    assert set(nights[0].locations) == {"quillonbyquay", "pellham"} and set(nights[1].locations) == {"pellham", "quillonbyquay"}


def test_the_opening_episodes_a_company_showed_in_a_hall_are_a_screening():
    r = read("A postman's series reaches the screen\n\nRound by Round, a series in eight episodes, follows the retired p"
             "ostman Osgood Kitto along his old route in Harwick.\n\nBrindlecombe Pictures showed the opening three epi"
             "sodes on Tuesday evening to a full Corn Exchange in Harwick.\n", date=dt.date(2124, 11, 20))
    [night] = r.events
    assert night.types == ["newskg:Premiere"] and night.start_date.iso == "2124-11-14"
    assert "Brindlecombe Pictures" in {name(r, k) for _, k in night.participants}


def test_a_play_whose_lines_are_its_script_a_founder_past_his_trade_and_a_part_played_beside_the_work():
    r = read("A play in a sawmill\n\nNine Logs is a play performed in the Carrow Sawmill near Glenfarne while the saws"
             " run. The play was written by Dunstan Ebbing. He wrote the lines during the tea breaks of a working shif"
             "t, so that every speech ends before the next log arrives.\n\nThe play was directed by Dunstan Ebbing, a "
             "retired millwright who grew up in Ardcroy and who founded the Carrow Players, who perform it in the mill"
             ", in Glenfarne in 2101.\n\nThe foreman is played by Emlyn Gorrin, who has worked the big saw for thirty "
             "years. The books are kept by his cousin, Wenna Gorrin, who sweeps the sawdust between shows and plays h"
             "is daughter.\n", date=dt.date(2126, 6, 9))
    f = facts(r)
    assert ("Nine Logs", "schema:lyricist", "Dunstan Ebbing") not in f  # (a spoken play's lines are its script)
    assert {("Nine Logs", "schema:author", "Dunstan Ebbing"), ("Carrow Players", "schema:founder", "Dunstan Ebbing"),
            ("Nine Logs", "schema:actor", "Wenna Gorrin")} <= f
    assert ("Carrow Players", "schema:foundingDate", "2101") in f  # (past the troupe's aside and the town)


def test_a_business_named_for_its_owner_is_one_place():
    r = read("Skaters in a tyre shop\n\nIce Lace is a dance by Kerensa Trevail. The skaters turn between the lifts of C"
             "orwen's Tyre Spa, which closes early on Thursdays for the rehearsal.\n", date=dt.date(2125, 2, 3))
    assert type_of(r, "Corwen's Tyre Spa") == "schema:EventVenue"
    assert not any(e.name == "Corwen" for e in r.entities.values())


def test_an_opera_company_a_cantor_a_daughter_of_the_name_and_the_part_a_singer_sings():
    r = read("Sung from the stairwell: Ingrith Torsdotter's opera Nine Landings fills a block in Vilhelmina\n\nThe whole"
             " opera was sung on Saturday night in Vilhelmina, each singer on a different landing of one stairwell.\n"
             "\nThe music is by Ingrith Torsdotter. The libretto is by her husband, Halvar Fjellstrom, who ran the ferr"
             "y across the lake for thirty years. Torsdotter says he sat on the stairs in his slippers to hear it.\n\n"
             "The caretaker, the opera's longest part, is sung by their daughter, Signe Fjellstrom, a mezzo-soprano w"
             "ho has belonged to Trappa Opera for twenty years. Trappa Opera was founded in 2103 by Kantor Elna Gavri"
             "lsson, who plays the organ in the parish church.\n\nTrappa Opera will perform Nine Landings in Storuman"
             " next month.\n", date=dt.date(2121, 3, 3))
    f = facts(r)
    assert type_of(r, "Trappa Opera") == "schema:PerformingGroup"  # ("X Opera": the company, not a person)
    assert ("Trappa Opera", "schema:founder", "Elna Gavrilsson") in f  # (her title is no part of her name)
    assert ("Ingrith Torsdotter", "schema:spouse", "Halvar Fjellstrom") in f  # (a "-dotter" name is a woman's, whatever "he" follows)
    # (a singer's part in an opera is no acting part, as every gold set reads it; her company is still hers)
    assert ("Signe Fjellstrom", "schema:memberOf", "Trappa Opera") in f and ("Nine Landings", "schema:actor", "Signe Fjellstrom") not in f
    nights = {ev.start_date.iso: ev for ev in r.events}
    assert nights["2121-03-01"].types == ["schema:TheaterEvent"]  # (the opera's night the lead tells)
    assert nights["2121-04"].types == ["schema:TheaterEvent"] and nights["2121-04"].locations == ["storuman"]


def test_a_fronted_hall_before_a_troupe_a_nickname_from_a_trade_and_the_man_everyone_calls_it():
    r = read("A serial played whole\n\nNobody had seen all of it before Friday night. At Corrie Lane Hall in Fernlee th"
             "e Night Gang Players played every episode back to back.\n\nThe serial, Dock Watch, is a play by Perrin G"
             "uthrie, who started the Night Gang Players in Fernlee in 2108. The watchman is played by Amory Stallbri"
             "dge, a crane driver known along the wharves as Gunpowder. Stallbridge has been with the company since 2"
             "109.\n\nBetween the last episode and the first bus home, with the director folding chairs nearby, the m"
             "an everyone calls Gunpowder gave his verdict:\n\n\"Eighteen hours is a long shift, even for a watchman. "
             "Ask me again in a week.\"\n", date=dt.date(2122, 3, 9))
    assert not any(e.name.startswith("Fernlee the") for e in r.entities.values())  # (the town, then the troupe)
    assert type_of(r, "Night Gang Players") == "schema:PerformingGroup"
    stallbridge = next(e for e in r.entities.values() if e.name == "Amory Stallbridge")
    assert "Gunpowder" in stallbridge.aliases
    assert ("Amory Stallbridge", "schema:memberOf", "Night Gang Players") in facts(r)
    [quote] = [q for q in r.quotes if q.text.startswith("Eighteen hours")]
    assert name(r, quote.speaker) == "Amory Stallbridge"  # (not the director folding chairs)
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2122-03-06"]
    assert night.types == ["schema:TheaterEvent"] and set(night.locations) == {"corrielanehall", "fernlee"}


def test_a_radio_choir_its_conductor_wrote_words_and_music_and_its_first_night_together():
    r = read("Skippers' voices: the Marrow Bank Choir made the album Salt Lines over the VHF radio\n\nAll eight singers "
             "of the Marrow Bank Choir skipper trawlers out of the same harbour. Their first album, Salt Lines, came o"
             "ut last month.\n\nOswin Pellacott founded the choir in Brixham in 2104. Pellacott writes every one of it"
             "s songs, music and words, at the chart table. Wilberforce Pellacott, a tenor who joined the choir in 21"
             "07, sings the high part.\n\nLast Saturday the choir sang together face to face for the first time. The b"
             "oats moored side by side inside the harbour wall at Salcombe, and about a thousand people lined the quay"
             ".\n", date=dt.date(2121, 5, 20))
    f = facts(r)
    assert not any(e.name.endswith("over the VHF") for e in r.entities.values())  # (the title, not the radio it came over)
    assert {("Salt Lines", "schema:composer", "Oswin Pellacott"), ("Salt Lines", "schema:lyricist", "Oswin Pellacott"),
            ("Wilberforce Pellacott", "schema:memberOf", "Marrow Bank Choir")} <= f
    [night] = [ev for ev in r.events if ev.start_date and ev.start_date.iso == "2121-05-17"]
    assert night.locations == ["salcombe"]  # (the place the next sentence gives)


def test_a_films_music_after_a_colon_its_writer_past_an_aside_and_its_company_past_what_it_made():
    r = read("A camera on a falcon: Arman Tursynov's Above the Dunes opens in Kyzylorda\n\nAbove the Dunes is a film sho"
             "t by a falcon carrying a camera. Its director is Arman Tursynov.\n\nTursynov, who was born in Shieli in 2"
             "086, wrote the film before he shot a frame of it. The falconer is played, near enough as himself, by Al"
             "tynbek Serikov. The bird is his, and so is its music: it was written by his son, Daniyar Serikov.\n\nSa"
             "rysu Pictures, which made the film, was set up in Kyzylorda in 2111 by the sound recordist Marat Oralbe"
             "k. The Golden Jess, a prize of a festival of desert films, went to the film in March.\n\nSarysu Pictures"
             " will also screen it in Baikonur-Tobe next month, at a railway club.\n", date=dt.date(2121, 6, 2))
    f = facts(r)
    assert {("Above the Dunes", "schema:author", "Arman Tursynov"), ("Above the Dunes", "schema:actor", "Altynbek Serikov"),
            ("Sarysu Pictures", "schema:founder", "Marat Oralbek")} <= f
    assert ("Above the Dunes", "schema:author", "Daniyar Serikov") not in f  # (he wrote the music the colon names)
    assert any(p in ("schema:composer", "newskg:scoreComposer") and o == "Daniyar Serikov" for s, p, o in f if s == "Above the Dunes")
    assert not any(ev.types == ["schema:Festival"] for ev in r.events)  # (who gave the prize, no festival's days)
    assert any(ev.locations == ["baikonurtobe"] for ev in r.events)  # (a hyphenated town, after "in")


def test_the_two_women_the_sentence_before_named_wrote_it_together():
    r = read("A series from a laundrette\n\nNight Spin is a television series filmed in a laundrette in Guelmim. Night "
             "Spin was directed by Amina Bouzid for Argane Films, which she runs with the editor Leila Oubaha. The two"
             " women wrote Night Spin together in the laundrette's back room.\n", date=dt.date(2121, 4, 2))
    f = facts(r)
    assert {("Night Spin", "schema:author", "Amina Bouzid"), ("Night Spin", "schema:author", "Leila Oubaha")} <= f


def test_a_dance_in_apposition_a_score_past_its_commas_and_the_name_someone_records_under():
    r = read("Dancing as the tank fills\n\nSix Hundred Tonnes, a dance by Brynja Fairbairn, is performed in the empty t"
             "ank of the Cable Street baths.\n\nThe score, built from rain, pumps and an old ship's bell, is by Quokka,"
             " the name under which her husband, Sölvi Tindale, has released four records.\n\nWhen the water reached th"
             "e rim, with her husband still at his laptop, the choreographer climbed out and wrung her sleeves:\n\n\"Ev"
             "ery tank sings a different note. This one sings in the key of rust.\"\n", date=dt.date(2121, 10, 2))
    assert type_of(r, "Six Hundred Tonnes") == "schema:CreativeWork"  # (a dance, whatever company the model took it for)
    tindale = next(e for e in r.entities.values() if e.name == "Sölvi Tindale")
    assert "Quokka" in tindale.aliases
    assert ("Six Hundred Tonnes", "schema:composer", "Sölvi Tindale") in facts(r)
    [quote] = r.quotes
    assert name(r, quote.speaker) == "Brynja Fairbairn"  # ("the choreographer": the one whose dance it is, not the one beside her)


def test_a_title_with_and_told_three_times_a_troupe_its_maker_started_and_its_next_night_told_day_first():
    r = read("Four spectators at a time: the Pier End Players close their boathouse run of Low Tide and Lamplight\n\nEvery "
             "seat for Low Tide and Lamplight was on an upturned dinghy. The play was written by Merryn Tresize, who was"
             " born in Zennor in 2080 and started the Pier End Players in Gwithian in 2110. Two fishermen wait for a boa"
             "t that is late.\n\nOn Wednesday, June 5, the Pier End Players will take Low Tide and Lamplight to Porthleven"
             ", where a boathouse of about the same size has been lent to them.\n", date=dt.date(2126, 5, 20))
    f = facts(r)
    assert type_of(r, "Low Tide and Lamplight") == "schema:CreativeWork"  # (one title, its halves never told apart)
    assert {("Low Tide and Lamplight", "schema:author", "Merryn Tresize"), ("Pier End Players", "schema:founder", "Merryn Tresize")} <= f
    [night] = r.events
    assert night.start_date.iso == "2126-06-05" and night.locations == ["porthleven"]  # (the day told before the troupe)
    assert ("schema:performer", "pierendplayers") in night.participants


def test_a_count_word_that_opens_a_dance_title_and_a_company_named_for_dance():
    r = read("A dance on a swing bridge\n\nNine Turns, a dance by Abelard Quiller, is performed on the deck of the old s"
             "wing bridge at Tregarthen while the bridge keeper turns it. Quiller founded Cable Row Dance in Tregarthen"
             " in 2113.\n\nCable Row Dance will perform Nine Turns on the harbour bridge at Pendeen next month.\n",
             date=dt.date(2126, 7, 2))
    f = facts(r)
    assert ("Nine Turns", "schema:author", "Abelard Quiller") in f  # (the count is part of the title)
    assert type_of(r, "Cable Row Dance") == "schema:PerformingGroup"
    [night] = r.events
    assert night.types == ["schema:DanceEvent"] and night.locations == ["pendeen"]
    assert ("schema:performer", "cablerowdance") in night.participants


def test_a_song_told_by_its_place_on_the_record_and_the_producer_was():
    r = read("An album from a lighthouse\n\nThe Hocking Trio recorded Lamp Room in the lantern of the old lighthouse. Lam"
             "p Room came out on Friday on Annear Records.\n\nThe producer was Elowen Carnell, who runs Annear Records."
             " On Foghorn Waltz, the second track, the lens can be heard turning.\n", date=dt.date(2126, 3, 9))
    f = facts(r)
    assert type_of(r, "Foghorn Waltz") == "schema:MusicRecording"  # (not someone, whatever the model said)
    assert {("Lamp Room", "schema:producer", "Elowen Carnell"), ("Foghorn Waltz", "schema:inAlbum", "Lamp Room")} <= f


def test_an_opera_company_sang_inside_a_shed_and_will_perform_it_inside_a_barn():
    r = read("An opera in a net loft: Bryher Opera sings Salt Crown\n\nSalt Crown is an opera by Hedra Pascoe. It was st"
             "aged by Bryher Opera, the company that Pascoe founded in 2109. On Tuesday"
             " night Bryher Opera sang the whole of the piece inside a net loft at Colenso Wharf in Gwithian, and the aud"
             "ience sat on coiled rope.\n\nBryher Opera will perform Salt Crown inside a barn at Zennor next month.\n",
             date=dt.date(2126, 9, 12))
    assert type_of(r, "Bryher Opera") == "schema:PerformingGroup"
    assert ("Salt Crown", "schema:productionCompany", "Bryher Opera") in facts(r)  # (a troupe that stages it, named as a company)
    nights = {ev.start_date.iso: ev for ev in r.events}
    assert nights["2126-09-10"].types == ["schema:TheaterEvent"]  # (a troupe's night of the one opera the article is about)
    assert ("schema:workPerformed", "saltcrown") in nights["2126-09-10"].participants
    assert nights["2126-10"].types == ["schema:TheaterEvent"] and nights["2126-10"].locations == ["zennor"]


def test_a_series_directed_by_one_who_also_wrote_it_and_a_wife_who_plays_herself_too():
    r = read("A series at a tide station\n\nHigh Water Marks is a television series about a tide gauge. High Water Marks was d"
             "irected by Oriel Ashdown, who also wrote it over two winters. The keeper, Gilbert Hobday, plays himself,"
             " as does his wife, Mirabel Hobday.\n", date=dt.date(2126, 4, 4))
    f = facts(r)
    assert {("High Water Marks", "schema:author", "Oriel Ashdown"), ("High Water Marks", "schema:actor", "Mirabel Hobday")} <= f


def test_that_part_went_to_a_headmistress_by_her_title_and_the_name_someone_plays_under():
    r = read("A film on a bowling green\n\nThe film, Green Light at Dusk, was shot during one evening of bowls. The olde"
             "st bowler is played by Osric Rafferty. His rival is a schoolmistress, and that part went to Maestra Zel"
             "inda Amadori, the village's retired headmistress. The music is by Bowler Hat, the name Tobiolo Ravagnan "
             "has played under at every fair in the valley.\n", date=dt.date(2126, 8, 1))
    f = facts(r)
    assert ("Green Light at Dusk", "schema:actor", "Zelinda Amadori") in f  # ("Maestra" is her title, not her name)
    ravagnan = next(e for e in r.entities.values() if e.name == "Tobiolo Ravagnan")
    assert "Bowler Hat" in ravagnan.aliases


def test_an_album_whose_band_is_told_a_sentence_before_its_title_is_the_band_that_plays_it_whole():
    r = read("A record made in a grain silo\n\nThe Oxmoor Brass Band rehearses inside an empty grain silo outside Tenbury. Th"
             "eir second album borrows the silo's name. Grainstore is out now on Brackwater Records.\n\n"
             "The Oxmoor Brass Band will play Grainstore at the corn exchange in Kilnsey on Saturday, June 15.\n",
             date=dt.date(2126, 5, 20))
    assert type_of(r, "Grainstore") == "schema:MusicAlbum"  # (the album the sentence before told of)
    assert ("Grainstore", "schema:byArtist", "Oxmoor Brass Band") in facts(r)


def test_a_host_told_with_the_present_tense_is_in_the_series():
    r = read("A series on a night boat\n\nHarbour Lights is a television series filmed on the overnight boat to Tobruk. Sunni"
             "va Olsen hosts Harbour Lights from the boat's bar.\n", date=dt.date(2126, 6, 2))
    assert ("Harbour Lights", "schema:actor", "Sunniva Olsen") in facts(r)


def test_a_dance_collective_its_founder_still_dances_in_and_a_dance_for_nine():
    r = read("A dance collective turns ten\n\nAnsel Duxbury founded the Wendover Dance Collective in Lisle in 2111. Gedney Knots, a"
             " dance for nine, is his. He was born in Husum in 2080 and still performs in his own company.\n",
             date=dt.date(2126, 3, 4))
    assert type_of(r, "Wendover Dance Collective") == "schema:PerformingGroup"  # (a troupe, not a band)
    assert type_of(r, "Gedney Knots") == "schema:CreativeWork"
    assert ("Ansel Duxbury", "schema:memberOf", "Wendover Dance Collective") in facts(r)  # (he makes its dances and dances in them)


def test_a_name_set_beside_a_building_noun_is_the_place_and_a_quoted_nickname_is_a_name():
    r = read("A play in a cider vault\n\nThe play ran for a month in Fennick Vault, an old cider cellar under a farm near Lis"
             "le. Its lighting is done by Torrin Vandam. Since the first night the cast have called Vandam \"Frostbite\", because he fe"
             "lt every frost coming before anyone else.\n", date=dt.date(2126, 2, 11))
    assert type_of(r, "Fennick Vault") == "schema:Place"  # (not a company, whatever the model said)
    assert "Frostbite" in entity_named(r, "Torrin Vandam").aliases


def test_a_dance_told_by_a_possessive_headline_its_maker_born_past_a_two_part_aside_and_its_troupe_at_both_nights():
    r = read("Nine dancers on the racks: Seonag Macaskill's Smoke Rack is staged in a kipper smokehouse above Kyleakin"
             "\n\nGillies Smokehouse has cured herring on the same racks since 2040. The smokehouse sits on a slope ab"
             "ove Kyleakin, where the boats land their catch. On Thursday afternoon the racks held nine dancers instea"
             "d of fish.\n\nSmoke Rack, a dance by Seonag Macaskill, runs exactly one smoking. Its score is mostly rec"
             "orded gulls, with one fiddle played live from the loading bay.\n\nMacaskill, who signs with her mother's"
             " name, as her three sisters do, was born in Portree in 2091 and started the Tormod Dance Collective in U"
             "ig in 2114.\n\nThe Tormod Dance Collective will dance Smoke Rack in November at a net store near Mallaig"
             ".\n",
             date=dt.date(2126, 10, 8))
    f = facts(r)
    assert type_of(r, "Seonag Macaskill") == "schema:Person"  # (the possessive is the maker's, no band's member)
    assert type_of(r, "Kyleakin") == "schema:City"  # (the town a slope looks down on)
    assert {("Tormod Dance Collective", "schema:founder", "Seonag Macaskill"), ("Seonag Macaskill", "schema:birthPlace", "Portree"),
            ("Smoke Rack", "schema:author", "Seonag Macaskill")} <= f
    assert ("Smoke Rack", "schema:byArtist", "Seonag Macaskill") not in f
    nights = {ev.status: ev for ev in r.events}
    assert set(nights) == {"past", "future"} and all(ev.types == ["schema:DanceEvent"] for ev in r.events)  # (no concert of the fiddle)
    assert ("schema:performer", "tormoddancecollective") in nights["past"].participants and "kyleakin" in nights["past"].locations
    assert nights["future"].locations == ["mallaig"] and nights["future"].start_date.iso == "2126-11"


def test_an_opera_a_lyrique_company_sings_through_the_night_and_once_more_next_month():
    r = read("Staffin Lyrique sings Dressing Floor, an opera for the slates, in a quarry shed at Broadford\n\nDressing"
             " Floor has no fixed length. The opera starts when the splitters begin work and stops when the day's last"
             " slate is dressed; on Thursday night that took five hours, and Staffin Lyrique sang it all among the sta"
             "cks.\n\nEach act can be stretched or cut. Calum Nicolson, who composed it, conducts from a stack of pall"
             "ets. Nicolson was born in Dunvegan in 2079.\n\nStaffin Lyrique will sing Dressing Floor once more next m"
             "onth in Ullapool.\n",
             date=dt.date(2126, 11, 12))
    assert type_of(r, "Dressing Floor") == "schema:CreativeWork" and type_of(r, "Staffin Lyrique") == "schema:PerformingGroup"
    assert ("Dressing Floor", "schema:composer", "Calum Nicolson") in facts(r)  # ("who composed it": the opera in focus)
    nights = {ev.status: ev for ev in r.events}
    assert all(ev.types == ["schema:TheaterEvent"] and ("schema:performer", "staffinlyrique") in ev.participants for ev in r.events)
    assert nights["past"].start_date.iso == "2126-11-07" and nights["future"].locations == ["ullapool"]


def test_a_film_whose_music_is_credited_to_a_name_the_next_sentence_explains_and_its_two_screenings():
    r = read("Filmed from a conveyor: Siusaidh Gillies makes Tally of Boxes in a Mallaig fish store\n\nTally of Boxes "
             "was filmed from the conveyor at Arisaig Fish Store in Mallaig. Its director, Siusaidh Gillies, lost a ca"
             "mera to the ice machine in the first week.\n\nThe script is by her cousin, Kenneth Gillies, who has skip"
             "pered a creel boat since 2101 and plays its harbourmaster. The music, mostly winches and gulls, is credi"
             "ted to Gutting Knife. That is the name under which Tormod Nicolson, a crane driver, has busked on the pi"
             "er for years.\n\nIt won the Silver Kipper in March, at a festival in Plockton.\n\nSiolag Films screened "
             "it for the gutters on Saturday, in the store, on a sheet hung over the ice machine.\n\nTally of Boxes tr"
             "avels to Gairloch on Tuesday, August 27, where Siolag Films will screen it at the school.\n",
             date=dt.date(2126, 8, 20))
    f = facts(r)
    assert {("Tally of Boxes", "schema:author", "Kenneth Gillies"), ("Tally of Boxes", "schema:actor", "Kenneth Gillies"),
            ("Tally of Boxes", "newskg:scoreComposer", "Tormod Nicolson"), ("Tally of Boxes", "schema:award", "Silver Kipper")} <= f
    assert ("Tally of Boxes", "schema:author", "Siusaidh Gillies") not in f  # (the "her" of "her cousin" is not the writer)
    assert "Gutting Knife" in entity_named(r, "Tormod Nicolson").aliases
    assert not any(e.name == "Silver Kipper" for e in r.entities.values())  # (a prize, told as text)
    nights = sorted(r.events, key=lambda ev: ev.start_date.iso)
    assert [ev.start_date.iso for ev in nights] == ["2126-08-17", "2126-08-27"]  # (no festival night for the prize)
    assert nights[0].locations[0] == "arisaigfishstore" and nights[1].locations == ["gairloch"]


def test_all_the_pieces_of_a_record_one_song_s_lyrics_and_the_band_that_played_it_that_day():
    r = read("Recorded among the casks: Torridon Trio made Peat Smoke in the bonded warehouse of a distillery above St"
             "affin\n\nOn Sunday thirty people walked up to the bonded warehouse with Calum Matheson, who asked them t"
             "o keep their voices down. Then Torridon Trio played its new album, Peat Smoke, among the casks where it "
             "was recorded.\n\nPeat Smoke came out last month on Dunvegan Records. Matheson, who plays the pipes and d"
             "rives the van, started the trio in 2117. Matheson composed all nine pieces. The lyrics of Cask Strength,"
             " its closing track, are by his uncle, Tormod Matheson.\n",
             date=dt.date(2126, 9, 17))
    f = facts(r)
    assert {("Torridon Trio", "schema:founder", "Calum Matheson"), ("Peat Smoke", "schema:composer", "Calum Matheson"),
            ("Cask Strength", "schema:composer", "Calum Matheson"), ("Cask Strength", "schema:lyricist", "Tormod Matheson")} <= f
    [night] = r.events
    assert night.types == ["schema:MusicEvent"] and ("schema:performer", "torridontrio") in night.participants


def test_a_studio_told_as_the_one_she_set_up_with_her_husband_and_two_parts_told_without_names():
    r = read("Shot before the tide came in: Ishla Nicolson's series The Sand Spit was filmed on a bar in the firth tha"
             "t lasts one summer\n\nThe Sand Spit was filmed on a bar of sand in the firth that the autumn tides have "
             "since taken back. All six episodes, a drama about the crofters who grazed sheep on it, were shot in one "
             "summer.\n\n\"Every week we lost a metre of set,\" said its director, Ishla Nicolson. Siolag Pictures, wh"
             "ich produced it, is the studio she set up in Portree in 2110 with her husband, Lachlann Strathy, the wri"
             "ter of every episode.\n\nIts heroine is a shepherd's widow who wants the sand for her ewes. She is playe"
             "d by Marsaili Kilmuir. The crofter who wants the sand for his cattle is Iomhar Broadford, a fiddler whom"
             " the crew nicknamed \"Weathercock\" for his forecasts.\n",
             date=dt.date(2126, 7, 15))
    f = facts(r)
    assert {("Siolag Pictures", "schema:founder", "Ishla Nicolson"), ("Siolag Pictures", "schema:founder", "Lachlann Strathy"),
            ("The Sand Spit", "schema:actor", "Marsaili Kilmuir"), ("The Sand Spit", "schema:actor", "Iomhar Broadford")} <= f
    assert not facts(r, "schema:character")  # ("She is played by": a part, not the director the pronoun last named)
    assert "Weathercock" in entity_named(r, "Iomhar Broadford").aliases


def test_a_play_run_in_a_smithy_its_writer_and_director_and_a_daughter_told_in_an_aside():
    r = read("A play with a forge in it: the Ceardach Players close their run of Bellows Song in a working smithy in K"
             "ilchoan\n\nCoinneach Gormul shoes ponies for a living, and he did not stop for the play. The Ceardach Pl"
             "ayers have now closed their run of Bellows Song at Strontian Forge, his smithy in Kilchoan, and he never"
             " once put down the hammer.\n\nGormul, who turned seventy last spring and is known along the whole coast "
             "as \"Windvane\", plays the smith. The play's writer and director is Somhairle Bhaltair. She founded the "
             "Ceardach Players in Acharacle in 2112.\n\nBrolly Gormul, who came to the troupe in 2119 and is Gormul's "
             "daughter, plays the widow.\n",
             date=dt.date(2126, 2, 18))
    f = facts(r)
    assert type_of(r, "Bellows Song") == "schema:CreativeWork" and type_of(r, "Strontian Forge") == "schema:Place"
    assert {("Bellows Song", "schema:author", "Somhairle Bhaltair"), ("Bellows Song", "schema:director", "Somhairle Bhaltair"),
            ("Bellows Song", "schema:actor", "Coinneach Gormul"), ("Brolly Gormul", "schema:parent", "Coinneach Gormul")} <= f
    assert "Windvane" in entity_named(r, "Coinneach Gormul").aliases


def test_a_dance_a_possessive_headline_gives_its_maker_and_a_dance_company_of_members():
    r = read("Danced under the cod: Ashild Fjellstad's Drying Season fills a stockfish yard at Berlevåg\n\nEvery spring "
             "the cod hang in pairs on the wooden racks above Berlevåg, and this spring six dancers hung beside them. Dr"
             "ying Season is a dance by Ashild Fjellstad, and it was given on Friday among the racks.\n\nFjellstad was bor"
             "n in Mehamn in 2090 and founded the Lysne Dance Company in Gamvik in 2114. Kjellaug Tveiten, who joined "
             "the company in 2120, climbs the highest rack in a passage the yard hands now call \"the long hang\".\n\nT"
             "he company will dance Drying Season next month at a harbour in Kiberg.\n",
             date=dt.date(2126, 5, 20))
    f = facts(r)
    assert (type_of(r, "Ashild Fjellstad"), type_of(r, "Lysne Dance Company")) == ("schema:Person", "schema:PerformingGroup")
    assert {("Drying Season", "schema:author", "Ashild Fjellstad"), ("Ashild Fjellstad", "schema:birthPlace", "Mehamn"),
            ("Lysne Dance Company", "schema:founder", "Ashild Fjellstad"),
            ("Kjellaug Tveiten", "schema:memberOf", "Lysne Dance Company")} <= f
    assert not any("long hang" in text for text, _ in quotes(r))  # (a name the hands give a passage, no one's words)
    later = [ev for ev in r.events if ev.status == "future"]
    assert [ev.types for ev in later] == [["schema:DanceEvent"]] and ("schema:performer", "lysnedancecompany") in later[0].participants


def test_a_film_its_company_writer_a_harbourmaster_played_by_an_actual_one_and_his_wife_s_words():
    r = read("Lit by one lamp: Trygve Sandvik's Slow Beam was filmed by the lighthouse above Kjøllefjord\n\nEvery scene "
             "of Slow Beam was lit by the lighthouse above Kjøllefjord and by nothing else. Its director, Trygve Sandv"
             "ik, was born in Båtsfjord in 2091, and in 2116 he founded Fyrlykt Pictures in Kjøllefjord, which produc"
             "ed the film. The script is the work of Gunnhild Bratlie, to whom he has been married since 2118.\n\nThe "
             "harbourmaster is played by an actual harbourmaster. Amund Knutsen has long been known in the fjord as \"Skua\", because he can sm"
             "ell weather coming.\n\nLast year the film won the Skrei Prize at a festival in Hasvik. Fyrlykt Pictures"
             " will bring the film back there on Saturday, June 8, for a screening at the school.\n\nSandvik shot onl"
             "y on the nights the beam turned"
             ". \"The light decides, never the director,\" his wife said.\n",
             date=dt.date(2126, 5, 20))
    f = facts(r)
    assert {("Slow Beam", "schema:productionCompany", "Fyrlykt Pictures"), ("Slow Beam", "schema:author", "Gunnhild Bratlie"),
            ("Trygve Sandvik", "schema:spouse", "Gunnhild Bratlie"), ("Slow Beam", "schema:actor", "Amund Knutsen")} <= f
    assert "Skua" in entity_named(r, "Amund Knutsen").aliases
    assert ("The light decides, never the director,", "Gunnhild Bratlie") in quotes(r)
    [later] = [ev for ev in r.events if ev.status == "future"]
    assert later.start_date.iso == "2126-06-08" and later.locations == ["hasvik"]


def test_an_opera_its_maker_by_a_possessive_his_daughter_and_the_conductor_and_composer_as_speakers():
    r = read("Sung over the saws: Ragnvald Eikrem's Timber Psalm is heard in a working sawmill outside Lebesby\n\nRagnva"
             "ld Eikrem's opera is sung in the cutting shed of a sawmill outside Lebesby, on evenings when the saws ru"
             "n. Skjelbred Opera gave Timber Psalm there on Friday for the first time.\n\n\"We wrote for four voices and one bla"
             "de,\" said Skjelbred Opera's founder and music director, Brynjar Tollefsen. The libretto is by Ashild Eikrem, the"
             " composer's daughter. Eikrem himself was born in Lebesby in 2069.\n\n\"The blade sings a semitone low,\""
             " the composer admitted after the last act.\n\nIt will sing Timber Psalm on Sunday, August 11, in Kiberg, "
             "with Friday's saws on tape.\n",
             date=dt.date(2126, 8, 5))
    f = facts(r)
    assert {("Timber Psalm", "schema:composer", "Ragnvald Eikrem"), ("Ashild Eikrem", "schema:parent", "Ragnvald Eikrem"),
            ("Ragnvald Eikrem", "schema:birthPlace", "Lebesby")} <= f
    said = dict((text[:12], who) for text, who in quotes(r))
    assert said["We wrote for"] == "Brynjar Tollefsen" and said["The blade si"] == "Ragnvald Eikrem"
    [later] = [ev for ev in r.events if ev.status == "future"]
    assert later.start_date.iso == "2126-08-11" and later.locations == ["kiberg"]
    assert ("schema:performer", "skjelbredopera") in later.participants


def test_an_album_told_by_its_songs_a_band_one_forms_a_track_told_by_its_place_and_a_recording_name():
    r = read("Tuned to the dam: Grunnfjell recorded Low Water beside the turbines of a power station near Gamvik\n\nEver"
             "y song on Low Water follows the hum of the turbines at Storelva Kraftverk, the old power station above G"
             "amvik. On Saturday the band played the album in the turbine hall.\n\nAshild Nygaard, who plays fiddle an"
             "d wrote every tune, formed Grunnfjell in Mehamn in 2109 with two cousins. The words of Frost Line, the c"
             "losing track, are by her father, Amund Nygaard.\n\nThe record was produced by Trygve Sollie, who has mad"
             "e records up the coast under the name Oarlock since 2100.\n",
             date=dt.date(2126, 8, 12))
    f = facts(r)
    assert [type_of(r, n) for n in ("Low Water", "Grunnfjell")] == ["schema:MusicAlbum", "schema:MusicGroup"]
    assert {("Low Water", "schema:composer", "Ashild Nygaard"), ("Frost Line", "schema:inAlbum", "Low Water"),
            ("Frost Line", "schema:byArtist", "Grunnfjell"), ("Frost Line", "schema:composer", "Ashild Nygaard"),
            ("Frost Line", "schema:lyricist", "Amund Nygaard")} <= f
    [producer] = [e for e in r.entities.values() if "Oarlock" in e.names]
    assert "Trygve Sollie" in producer.names  # (one node for the producer and the name on his records)
    [night] = r.events
    assert night.locations == ["storelvakraftverk", "gamvik"]


def test_a_series_named_only_as_the_series_and_the_writer_who_is_her_half_brother():
    r = read("One net, one series: Gunnhild Skjelbred shot The Ninth Knot while a net was mended in Hasvik\n\nThe Nint"
             "h Knot was timed by a net. Gunnhild Skjelbred, who directed the series, filmed only on days when the ne"
             "t-mender Ashild Sollie mended it. Sollie has mended nets for forty years, and she alone kept the sched"
             "ule. Sollie also chose the knots.\n\nThe"
             " series was made by Ulvik Film, which Skjelbred founded in Gamvik in 2117. She was born in Hasvik in 20"
             "93. The scripts are by Brynjar Ulvestad, her half-brother, who reads each one aloud to the crew first.\n",
             date=dt.date(2126, 10, 9))
    f = facts(r)
    [series] = [e for e in r.entities.values() if "The Ninth Knot" in e.names]
    assert series.type == "schema:TVSeries"
    assert {(series.name, "schema:director", "Gunnhild Skjelbred"), (series.name, "schema:author", "Brynjar Ulvestad"),
            ("Brynjar Ulvestad", "schema:sibling", "Gunnhild Skjelbred"), ("Gunnhild Skjelbred", "schema:sibling", "Brynjar Ulvestad")} <= f


def test_a_play_its_writer_directing_this_one_a_part_told_by_what_he_wears_and_a_night_there():
    r = read("A play at the counter: Vardehus Theatre Company gives Lost Parcels in the old sorting room of a hall in Ki"
             "berg\n\nEvery performance of Lost Parcels ends when the last letter is sorted. Kjellaug Sollie's play is pe"
             "rformed at the Quay Street Hall in Kiberg among sacks of real mail. On Wednesday Vardehus Theatre Company"
             " gave the last of its nine performances there.\n\nSollie founded the company in Berlevåg in 2108 and has"
             " written each of its plays. This one she directed herself.\n\nThe postmistress is played by Ashild Knuts"
             "en, who joined the company in 2119. The man in the grey coat is Amund Bratlie, who has run the ferry for"
             " thirty years.\n",
             date=dt.date(2126, 10, 12))
    f = facts(r)
    assert {("Lost Parcels", "schema:author", "Kjellaug Sollie"), ("Lost Parcels", "schema:director", "Kjellaug Sollie"),
            ("Lost Parcels", "schema:actor", "Ashild Knutsen"), ("Lost Parcels", "schema:actor", "Amund Bratlie")} <= f
    [night] = [ev for ev in r.events if ev.status == "past"]
    assert night.start_date.iso == "2126-10-09" and night.locations[:1] == ["quaystreethall"]


def test_a_works_the_scene_opens_at_by_its_town_is_the_venue_of_the_night_the_lead_tells():
    r = read("Dancing on the rope floor: Nuala Toomey's Laid Strand fills a rope works at Ennistymon\n\nAt Cordwain Rope Wo"
             "rks, on the river quay at Ennistymon, the shift begins at six. Laid Strand, the new dance by Nuala Toomey, be"
             "gins at the same hour on the long floor where the ropes are laid, and it ends when the last coil is tied.\n\nO"
             "n Friday evening that took ninety minutes. Seven dancers of the Bruff Dance Company moved among the strands a"
             "s the spinners walked them out. About forty people watched from the loft.\n\nToomey was born in Kilfenora in 2"
             "095 and founded the Bruff Dance Company in Lisdoon in 2118.\n",
             date=dt.date(2126, 3, 9))
    assert [type_of(r, n) for n in ("Cordwain Rope Works", "Laid Strand")] == ["schema:EventVenue", "schema:CreativeWork"]
    assert ("Laid Strand", "schema:author", "Nuala Toomey") in facts(r)
    [night] = [ev for ev in r.events if ev.status == "past"]
    assert night.start_date.iso == "2126-03-08" and night.locations == ["cordwainropeworks", "ennistymon"]


def test_a_mill_named_head_first_a_room_of_it_outside_a_town_and_its_short_name():
    r = read("An opera among the looms: Compagnia Lirica Mascioli sings The Last Bolt at a wool mill outside Sulmona\n\nGianm"
             "arco Faleri's opera is performed in the carding room of Lanificio Pettorano Casaluce, outside Sulmona, while "
             "the night shift keeps the looms running. Most of it was written in the mill office over two winters.\n\nOn Sa"
             "turday Compagnia Lirica Mascioli sang it for the fourth time. The night shift at Pettorano Casaluce has watc"
             "hed every performance from the stairs.\n",
             date=dt.date(2126, 5, 20))
    [mill] = [e for e in r.entities.values() if "Pettorano Casaluce" in e.names]
    assert mill.name == "Lanificio Pettorano Casaluce" and mill.type == "schema:EventVenue"
    assert not any(n.startswith("Most") for n in entity_names(r))


def test_a_film_told_by_its_frames_and_who_filmed_it_and_a_nickname_after_what_someone_does():
    r = read("A film from a signal box: Edwina Ashdown filmed Salt Ledger over one winter in Alnmouth\n\nEach frame of Salt Le"
             "dger shows the same stretch of track. Edwina Ashdown, who was born in Rothbury in 2090, filmed Salt Ledger fro"
             "m the signal box above the harbour at Alnmouth, and the trains decided what the camera saw.\n\nA retired signalm"
             "an, Cedric Pargeter, is known up the line as \"Levers\", and he never asked to be in a film.\n\nIn March it won th"
             "e Lantern Prize for a first feature, and last Saturday Lowick Films screened it in Alnmouth.\n",
             date=dt.date(2126, 4, 14))
    assert ("Salt Ledger", "schema:award", "Lantern Prize") in facts(r) and type_of(r, "Salt Ledger") == "schema:Movie"
    assert "Levers" in entity_named(r, "Cedric Pargeter").names  # (a nickname, no work)


def test_a_record_no_song_on_which_is_long_its_closing_track_told_by_whose_tune_and_words_and_a_night_at_the_tannery():
    r = read("A record for the tan pits: the Tin Rooks made Harrowdale at a tannery near Wooler\n\nNo song on Harrowdale runs "
             "past four minutes. It was made at Gunnell Tannery, a tannery on the road out of Wooler, between the lime pits."
             "\n\nThe Tin Rooks were formed in Hexham in 2111 by Godfrey Whitaker, who plays the whistle. Its singer is Phylli"
             "s Coverdale.\n\nBrine Yard, which closes the record, is the slowest song: the words are Coverdale's and the tune"
             " is Whitaker's.\n\nThe Tin Rooks played all of it at the tannery on Friday night, to two hundred people.\n",
             date=dt.date(2126, 6, 9))
    assert places_of_the_night(r, "2126-06-07") == {"gunnelltannery", "wooler"} and len(r.events) == 1
    assert {("Brine Yard", "schema:inAlbum", "Harrowdale"), ("Brine Yard", "schema:composer", "Godfrey Whitaker"),
            ("Brine Yard", "schema:lyricist", "Phyllis Coverdale")} <= facts(r)
    types = {n: type_of(r, n) for n in ("Harrowdale", "Brine Yard", "Gunnell Tannery", "Wooler")}
    assert types == {"Harrowdale": "schema:MusicAlbum", "Brine Yard": "schema:MusicRecording", "Gunnell Tannery": "schema:Place",
                     "Wooler": "schema:City"}


def test_a_play_with_an_audience_its_maker_by_possessive_a_part_told_as_who_it_is_and_its_last_night_in_the_one_building():
    r = read("A play at the oven door: Quayside Players perform Proving Hours in a working bakehouse in Fowey\n\nMost of the a"
             "udience for Proving Hours stands in the lane behind Haverstock Bakehouse in Fowey while the night bakers work."
             " Beryl Outhwaite's play tells of a baker who cannot stop kneading.\n\nOuthwaite, born in Fowey in 2081, founded "
             "Quayside Players in Lostwithiel in 2105; she writes each of its shows.\n\nThe baker in Proving Hours is Percival"
             " Dimmock, a cousin of hers who once baked here. Agatha Rimmington plays a customer who never pays.\n\nIts final "
             "performance, on Sunday evening, ran past midnight.\n\n\"We kept the ovens lit,\" Rimmington said. \"Nobody went hom"
             "e hungry.\"\n\nQuayside Players will take Proving Hours to a bakery in Mevagissey on Friday, May 8.\n",
             date=dt.date(2126, 4, 22))
    said = dict((text[:10], who) for text, who in quotes(r))
    assert said["We kept th"] == "Agatha Rimmington"  # (the closing mark of '"...," Rimmington said' opens nothing)
    assert places_of_the_night(r, "2126-04-21") == {"haverstockbakehouse", "fowey"}
    assert {("Proving Hours", "schema:author", "Beryl Outhwaite"), ("Proving Hours", "schema:actor", "Percival Dimmock"),
            ("Quayside Players", "schema:founder", "Beryl Outhwaite")} <= facts(r) and type_of(r, "Proving Hours") == "schema:CreativeWork"


def test_an_opera_company_its_tenor_the_librettist_whom_he_married_past_an_unnamed_grandmother_and_the_last_performance():
    r = read("An opera on the crossing: Pennine Opera Company sings Turning Tide on a ferry at Amble\n\nCedric Gunnell's opera"
             " was written to be sung on a moving deck. In it a crew rows a woman back to the farm where she grew up.\n\nGunne"
             "ll was born in Amble in 2079. The libretto was written by Edwina Coverdale, whom he married in 2101.\n\nPennine "
             "Opera Company was founded in Corbridge in 2109 by the composer. Its tenor, Percival Haverstock, is the ferryma"
             "n.\n\nThe company sings on the car deck of the old chain ferry below Amble. The first of its eight performances "
             "was on Saturday.\n",
             date=dt.date(2126, 5, 13))
    [night] = r.events
    assert night.start_date.iso == "2126-05-11" and ("schema:workPerformed", "turningtide") in night.participants
    f = facts(r)
    assert ("Cedric Gunnell", "schema:spouse", "Edwina Coverdale") in f  # ("he" past "a woman" the story tells is still the composer)
    assert {("Turning Tide", "schema:composer", "Cedric Gunnell"), ("Turning Tide", "schema:lyricist", "Edwina Coverdale"),
            ("Percival Haverstock", "schema:memberOf", "Pennine Opera Company")} <= f and \
        type_of(r, "Pennine Opera Company") == "schema:PerformingGroup"


def test_a_dance_made_by_someone_its_composer_her_father_and_an_afternoon_it_ran_in_a_dye_workshop_by_a_town():
    r = read("Among the wet wool: Phyllis Whitaker's Mordant is danced in a dye yard at Hexham\n\nMordant is danced in the dry"
             "ing yard of Rimmington Dyeworks, a small dye workshop on the edge of Hexham, between lines of wet wool.\n\nThe d"
             "ance was created by Phyllis Whitaker. She was born in Wooler in 2093 and set up the Corbridge Dance Company in"
             " Amble in 2117.\n\nThe music is played on two fiddles. Its composer is Godfrey Whitaker, a retired ferryman and "
             "the choreographer's father.\n\nOn Sunday afternoon the dance lasted two hours: the time the wool took to dry.\n",
             date=dt.date(2126, 5, 21))
    assert places_of_the_night(r, "2126-05-19") == {"rimmingtondyeworks", "hexham"}  # (the Sunday before a Tuesday)
    assert {("Mordant", "schema:author", "Phyllis Whitaker"), ("Mordant", "schema:composer", "Godfrey Whitaker"),
            ("Phyllis Whitaker", "schema:parent", "Godfrey Whitaker")} <= facts(r)
    assert type_of(r, "Rimmington Dyeworks") in ("schema:Place", "schema:EventVenue")  # (a site, not the firm that runs it)


def test_a_series_shot_in_a_repair_shop_a_nickname_in_an_aside_a_company_started_there_and_episodes_shown_at_the_shop():
    r = read("One hull, one episode: Agatha Lowick shot the comedy Bilge in a working boat repair shop at Morpeth\n\nBilge, a "
             "comedy series, was filmed at Corbridge Marine, a small boat repair shop on the edge of Morpeth; every episode "
             "is one repair.\n\nIts owner, Percival Gunnell, known along the quay as \"Caulker\", appears in every episode.\n\nAga"
             "tha Lowick, the director, comes from Alnmouth. Lowick started Harbour Light Films there in 2116.\n\nHarbour Ligh"
             "t Films showed the opening episodes last Friday in the shop, on a sheet hung from a hull.\n",
             date=dt.date(2126, 7, 8))
    assert ("Harbour Light Films", "schema:founder", "Agatha Lowick") in facts(r)
    assert type_of(r, "Corbridge Marine") == "schema:Place" and "Caulker" in entity_named(r, "Percival Gunnell").names
    assert places_of_the_night(r, "2126-07-05") == {"corbridgemarine", "morpeth"}  # ("in the shop": the one the article named)


def test_a_sitcom_told_by_its_set_a_nickname_from_customers_the_writer_who_speaks_and_a_screening_in_the_yard():
    r = read("One repair, one episode: Lucinda Rutherford's Puncture Lane was filmed in a working bicycle workshop at Bala\n\n"
             "The set of Puncture Lane has one workbench and a kettle. The sitcom was filmed inside Dyfed Cycles, a bicycle "
             "workshop in Bala, while real customers came and went.\n\nRhodri Gunnell has mended bicycles there since 2101, an"
             "d his customers have called him \"Wrench\" for almost as long.\n\nThe scripts are by Llinos Haverstock, who wrote "
             "every episode around a repair. Haverstock and Lucinda Rutherford founded Chainring Films in Bala in 2119, and "
             "the company made Puncture Lane for a streaming channel.\n\n\"Every repair already has a plot,\" the writer said. \""
             "I only added the jokes.\"\n\nOn Sunday Chainring Films screened the first two episodes in the yard of Dyfed Cycle"
             "s, and the audience rang their bells at the end.\n",
             date=dt.date(2126, 3, 12))
    assert "Wrench" in entity_named(r, "Rhodri Gunnell").names and type_of(r, "Puncture Lane") == "schema:TVSeries"
    assert ("Every repair already has a plot,", "Llinos Haverstock") in quotes(r)  # ("the writer said": the one the scripts are by)
    assert places_of_the_night(r, "2126-03-10") == {"dyfedcycles", "bala"}


def test_a_feature_told_as_hers_and_filmed_the_finished_film_shown_and_a_town_of_two_words_next_month():
    r = read("Every ticket a scene: Clarimond Stainforth filmed Halfpenny Fare from a ticket booth near Conwy\n\nHalfpenny Far"
             "e never leaves its booth. Clarimond Stainforth's feature was filmed over one winter from inside Ferry Point Bo"
             "oth, the ticket booth just south of Conwy, and every scene lasts as long as one sale.\n\nStainforth was born in "
             "Abergele in 2087 and founded Lowick Films in Ruthin in 2113; the company produced Halfpenny Fare.\n\nOn Tuesday "
             "evening Lowick Films showed the finished film at the Old Chapel Cinema, a former chapel in Ruthin. The company"
             " will screen Halfpenny Fare in Betws Garmon next month.\n",
             date=dt.date(2126, 5, 8))
    [later] = [ev for ev in r.events if ev.status == "future"]
    assert later.locations == ["betwsgarmon"] and type_of(r, "Betws Garmon") == "schema:City"  # (a town of two words the model took for someone)
    assert places_of_the_night(r, "2126-05-07") == {"oldchapelcinema", "ruthin"}
    assert ("Halfpenny Fare", "schema:director", "Clarimond Stainforth") in facts(r)


def test_a_record_told_by_its_drummer_all_its_songs_its_closing_song_and_a_night_at_the_print_shop_itself():
    r = read("Pressed in time: the Leaded Lines recorded Cold Type in a print shop at Denbigh\n\nThe drummer on Cold Type is a"
             " letterpress. The Leaded Lines recorded the album at Rutherford Printers, a small jobbing printer behind the b"
             "us station in Denbigh, while real orders ran.\n\nThe band was formed in Denbigh in 2118 by its singer, Rhodri Di"
             "mmock. He wrote all ten songs.\n\nOn the closing song, Wedding Proof, the press slows down as the order runs out"
             ".\n\nOn Friday night the Leaded Lines played the album live at the print shop itself, to a full yard.\n",
             date=dt.date(2126, 6, 16))
    assert places_of_the_night(r, "2126-06-14") == {"rutherfordprinters", "denbigh"}
    f = facts(r)
    assert ("Cold Type", "schema:composer", "Rhodri Dimmock") in f and ("Wedding Proof", "schema:inAlbum", "Cold Type") in f
    assert type_of(r, "Rutherford Printers") == "schema:Place"


def test_a_dance_its_maker_the_score_of_her_brother_a_company_started_after_dancing_elsewhere_and_its_tenth_night():
    r = read("Between the carding machines: Hepzibah Outhwaite's Carding Day is danced in a wool mill at Nefyn\n\nCarding Day,"
             " a dance for six women, is performed in the drying room of Nefyn Wool Mill, on the hill above Nefyn, while the"
             " mill keeps working.\n\nHepzibah Outhwaite made the work. Born in Criccieth in 2090, she danced in wedding troup"
             "es for years before starting the Llyn Dance Company in Caernarfon in 2116. The score belongs to her elder brot"
             "her, Bramwell Outhwaite.\n\nLast Saturday the company gave its tenth performance in the mill.\n",
             date=dt.date(2126, 8, 11))
    f = facts(r)
    assert {("Carding Day", "schema:author", "Hepzibah Outhwaite"), ("Carding Day", "schema:composer", "Bramwell Outhwaite"),
            ("Llyn Dance Company", "schema:founder", "Hepzibah Outhwaite"), ("Llyn Dance Company", "schema:foundingDate", "2116")} <= f
    assert ("Hepzibah Outhwaite", "schema:memberOf", "Llyn Dance Company") not in f  # (she danced in wedding troupes, before)
    assert len(r.events) == 1 and places_of_the_night(r, "2126-08-10") == {"nefynwoolmill", "nefyn"}


def test_a_play_at_a_diner_its_short_name_two_parts_told_one_after_the_other_and_the_last_night_of_the_run():
    r = read("Breakfast as theatre: Tin Roof Players perform Hot Plate at an all-night diner near Ruthin\n\nLeofric Pargeter's"
             " play is performed at the counter of the Blue Teapot Diner, an all-night truck stop on the edge of Ruthin, whi"
             "le the grill stays on. Hot Plate has a cast of two.\n\nPargeter founded Tin Roof Players in Corwen in 2110. His "
             "father cooked at the Blue Teapot for twenty years.\n\nThe two main parts are a cook on his last night and a lorr"
             "y driver who never leaves. The cook is played by Dunstan Whitaker, who joined the company in 2114. The driver "
             "is Ambrosio Rutherford, a retired auctioneer.\n\nThe last of the run's six performances took place on Friday.\n",
             date=dt.date(2126, 10, 20))
    assert "Blue Teapot" in entity_named(r, "Blue Teapot Diner").names
    assert {("Hot Plate", "schema:actor", "Dunstan Whitaker"), ("Hot Plate", "schema:actor", "Ambrosio Rutherford")} <= facts(r)
    assert places_of_the_night(r, "2126-10-18") == {"blueteapotdiner", "ruthin"}  # (the Friday before a Tuesday)


def test_an_album_a_label_puts_out_told_as_recorded_with_the_albums_songs_its_single_and_a_producer_better_known_by_a_nickname():
    r = read("Between two shouts: The Ropewalkers recorded Neap Tide Hymn in a lifeboat station at Ullapool\n\nNeap Tide Hymn was record"
             "ed in the boat hall of a lifeboat station, with its big doors open to the slipway. The Ropewalkers set up besi"
             "de the launch trolley and recorded each of the album's nine songs between two call-outs.\n\nNeil Maclennachan st"
             "arted the band in Tobermory in 2117. He wrote all nine songs. The single, Ebb Light, has a tune he found in a "
             "foghorn, and its words are by Mairead Gillanders, who joined the band in 2121.\n\nThe album was produced by Bled"
             "dyn Ardcharnich, better known in the pubs of Ullapool as Skua, after his appetite for chips.\n\n\"Half the takes have"
             " a gull on them, and I left every one in,\" Skua said.\n\nTarbert Records put Neap Tide Hymn out in March. The band "
             "will play Neap Tide Hymn in Portree next month.\n",
             date=dt.date(2126, 4, 22))
    f = facts(r)
    assert type_of(r, "Neap Tide Hymn") == "schema:MusicAlbum"  # (not a hall, though the band "will play Neap Tide Hymn in Portree")
    assert {("Neap Tide Hymn", "schema:recordLabel", "Tarbert Records"), ("Ebb Light", "schema:inAlbum", "Neap Tide Hymn"),
            ("Ebb Light", "schema:composer", "Neil Maclennachan"), ("Neap Tide Hymn", "schema:producer", "Skua")} <= f
    assert "Bleddyn Ardcharnich" in entity_named(r, "Skua").names
    assert quotes(r) == [("Half the takes have a gull on them, and I left every one in,", "Skua")]


def test_a_film_credited_after_a_colon_the_mother_a_sentence_apart_who_speaks_and_a_showing_to_a_packed_hall():
    r = read("Counted in: Tamsyn Roskilly filmed Tally from the weigh office of a fish market at Mallaig\n\nTally is a film in"
             " which the camera never leaves one desk. Tamsyn Roskilly shot her feature over one season from inside the weig"
             "h office of the fish market at Mallaig, where the boxes come off the boats.\n\nThe clerk in every scene is her m"
             "other. Briallen Roskilly has kept the tallies there since 2090, and she changed nothing for the camera.\n\n\"I fo"
             "rgot it was there by the second week, and the skippers never did,\" her mother said.\n\nThe credits are brief: di"
             "rection by Tamsyn Roskilly, screenplay by Kitto Galbraith, production by Skerry Lane Films.\n\nOn Friday Skerry "
             "Lane Films showed Tally to a packed hall at the Corran Hall in Ullapool.\n",
             date=dt.date(2126, 7, 9))
    assert quotes(r)[0][1] == "Briallen Roskilly"  # ("her mother said": the mother the article named)
    assert places_of_the_night(r, "2126-07-05") == {"corranhall", "ullapool"}
    assert {("Tally", "schema:director", "Tamsyn Roskilly"), ("Tally", "schema:productionCompany", "Skerry Lane Films"),
            ("Tamsyn Roskilly", "schema:parent", "Briallen Roskilly")} <= facts(r)
    assert ("Briallen Roskilly", "schema:children", "Tamsyn Roskilly") in facts(r, "schema:children")


def test_a_company_that_dances_a_piece_is_a_troupe_and_both_its_nights_are_dance_nights():
    r = read("Picked to the beat: Companhia Sulco dances Beatriz Lobo's Dry Row among the vines of an estate near Régua\n\nBea"
             "triz Lobo's dance is performed among the vines of Quinta do Vale Fundo, a wine estate above Régua, while the p"
             "ickers fill their baskets around the dancers.\n\nLobo founded Companhia Sulco in Lamego in 2112 after years in f"
             "olk groups.\n\nThe company gave its sixth performance on Friday, September 13, on the hottest day of the harvest"
             ".\n\nOn Saturday, October 5, Companhia Sulco will dance Dry Row again, this time among the terraces of a smaller"
             " estate near Pinhão, where the slopes are steeper.\n",
             date=dt.date(2126, 9, 15))
    assert [ev.types for ev in r.events] == [["schema:DanceEvent"]] * 2 and type_of(r, "Companhia Sulco") == "schema:PerformingGroup"
    later = next(ev for ev in r.events if ev.status == "future")
    assert later.start_date.iso == "2126-10-05" and later.locations == ["pinhão"] and ("schema:performer", "companhiasulco") in later.participants


def test_an_opera_its_composer_told_a_sentence_later_a_kiln_works_as_its_venue_and_a_librettist_quoted_twice():
    r = read("Fired and sung: Ember Opera sings Merryn Ashdown's Slow Fire inside a working brick kiln at Ruabon\n\nThe opera "
             "starts when the fires are lit under the first chamber of the Ballard Kiln Works in Ruabon and ends when the fi"
             "rst bricks are drawn.\n\nMerryn Ashdown's Slow Fire was written for that roar. The composer spent a winter at th"
             "e kiln with a recorder and a notebook.\n\nAshdown founded Ember Opera in Wrexham in 2109. The words are by Idwal"
             " Pugh, a bus driver who writes verse on his breaks.\n\n\"The fire sets the tempo,\" the librettist said. \"We only "
             "follow it, and it has never once been late.\"\n\nEmber Opera gave the fourth performance of the season yesterday,"
             " inside the kiln's outer ring, in front of the firemen and their families.\n",
             date=dt.date(2126, 11, 18))
    assert [who for _, who in quotes(r)] == ["Idwal Pugh", "Idwal Pugh"]
    assert places_of_the_night(r, "2126-11-17") == {"ballardkilnworks", "ruabon"}
    assert ("Slow Fire", "schema:composer", "Merryn Ashdown") in facts(r)
    assert type_of(r, "Ballard Kiln Works") == "schema:EventVenue"  # (the kiln the article goes into, not a firm)


def test_a_company_that_still_tours_is_on_no_tour_and_words_told_according_to_someone():
    r = read("Under the hay: Bilge Pump Theatre plays Senna Tregoning's Lambing Night in a shearing shed near Ramsey\n\nSenna "
             "Tregoning's play Lambing Night is performed in a working shearing shed outside Ramsey, and the audience sits o"
             "n wool bales.\n\nTregoning founded Bilge Pump Theatre in Peel in 2111 with a borrowed hay cart as its stage, and"
             " the company still tours with it.\n\n\"The sheep are the best critics we have,\" according to Nia Corlett, who joi"
             "ned the company in 2119. \"They leave at the interval and nobody minds.\"\n",
             date=dt.date(2126, 2, 11))
    assert not [ev for ev in r.events if "newskg:ConcertTour" in ev.types]
    assert {who for _, who in quotes(r)} == {"Nia Corlett"} and len(quotes(r)) == 2


def test_a_series_whose_scripts_come_from_the_directors_brother_and_an_editor_who_joined_the_company():
    r = read("Mended on camera: Eseld Pollexfen's Loose Hem is shot in the back room of a tailor's shop in Hawick\n\nLoose "
             "Hem, a comedy series directed by Eseld Pollexfen, is shot in the back room of a tailor's shop in Hawick, on"
             "e alteration an episode.\n\nThe scripts come from Bleddyn Pollexfen, the director's younger brother, who sits by"
             " the ironing board with a notebook.\n\nHedra Blewett, who joined Selvedge Pictures as its editor in 2120, cuts e"
             "ach episode on the shop's counter.\n",
             date=dt.date(2126, 12, 2))
    assert {("Loose Hem", "schema:author", "Bleddyn Pollexfen"), ("Hedra Blewett", "schema:memberOf", "Selvedge Pictures")} <= facts(r)


def test_a_film_of_a_year_whose_colour_process_is_named_and_a_character_told_by_what_they_are_named():
    r = read("Two films in brief\n\nHarbour Nights is a 1958 anthology Eastmancolor film based on three stories from a collect"
             "ion by Emrys Cresswell.\n\nNight Rails tells the story of a lonely conductor named Lowdy Bryok, who searches the"
             " late trains for her brother.\n",
             date=dt.date(2124, 3, 10))
    assert facts(r, "schema:datePublished") == {("Harbour Nights", "schema:datePublished", "1958")}  # (the film's year, past its colour process)
    assert {c for _, _, c in facts(r, "schema:character")} == {"Lowdy Bryok"}  # (past "a lonely conductor named")


def test_a_dance_whose_score_the_brother_wrote_he_plays_an_instrument_not_a_part_and_its_nights_told_by_guests_and_a_taken_piece():
    r = read("Between the vats: Lumbwe Dance Company dances Misozi Kabalika's Dye Lot in a working dye house near Kasama\n\nDy"
             "e Lot begins when the first bolt of cotton goes into the indigo vat and ends when it is lifted out, and that i"
             "s how long Misozi Kabalika's dance lasts.\n\nTemwani Kabalika wrote that score for two marimbas and the pumps; t"
             "he composer is the choreographer's younger brother, and he plays one of the marimbas himself.\n\n\"I tuned both m"
             "arimbas to the pumps,\" her brother said. \"Now I hum in their key all day.\"\n\nKabalika founded Lumbwe Dance Comp"
             "any in Kasama in 2110.\n\nOn Thursday, March 14, the company danced Dye Lot for eighty guests, most of them dyer"
             "s and their children.\n\nOn Saturday, April 13, Lumbwe Dance Company will take the piece to Mpika, to a smaller "
             "dye house with a single vat.\n",
             date=dt.date(2126, 3, 18))
    assert [who for _, who in quotes(r)] == ["Temwani Kabalika"] * 2  # ("her brother said": hers, not his sister's)
    assert {("Dye Lot", "schema:author", "Misozi Kabalika"), ("Dye Lot", "schema:composer", "Temwani Kabalika"),
            ("Misozi Kabalika", "schema:sibling", "Temwani Kabalika")} <= facts(r) and not facts(r, "schema:actor")
    nights = {ev.start_date.iso: ev for ev in r.events}
    assert nights.keys() == {"2126-03-14", "2126-04-13"} and nights["2126-04-13"].locations == ["mpika"]
    assert all(ev.types == ["schema:DanceEvent"] and ("schema:performer", "lumbwedancecompany") in ev.participants for ev in r.events)


def test_an_album_whose_songs_were_all_recorded_its_first_single_a_tune_and_lyrics_told_as_owned_and_a_singer_under_another_name():
    r = read("Fired up: Las Brasas recorded Humo Lento beside a working brick kiln near Zimatlán\n\nLas Brasas recorded all el"
             "even songs of Humo Lento beside the kiln at Horno San Isidro, a brickworks outside Zimatlán, while the bricks "
             "were fired.\n\nRigoberto Ochoa started Las Brasas in Zimatlán in 2115 and composed the music for Humo Lento. Zaa"
             "chila is where he was born, in 2093.\n\nThe first single is Agua de Barro. Ochoa's tune for it is built on the c"
             "rackle of the kiln, and its lyrics are Eulogia Lagunas's. Lagunas joined the band in 2120 as its singer and pe"
             "rforms under the name \"Chiquihuite\".\n\n\"By the second song my voice was full of smoke,\" Chiquihuite said.\n\nOn S"
             "aturday Las Brasas played the album live at Horno San Isidro to about a hundred people.\n",
             date=dt.date(2126, 5, 20))
    for fact in [("Humo Lento", "schema:composer", "Rigoberto Ochoa"), ("Agua de Barro", "schema:inAlbum", "Humo Lento"),
                 ("Agua de Barro", "schema:lyricist", "Eulogia Lagunas"), ("Rigoberto Ochoa", "schema:birthPlace", "Zaachila"),
                 ("Rigoberto Ochoa", "schema:birthDate", "2093")]:
        assert fact in facts(r), fact
    assert [type_of(r, name) for name in ("Humo Lento", "Zaachila")] == ["schema:MusicAlbum", "schema:City"]
    assert "Chiquihuite" in entity_named(r, "Eulogia Lagunas").names and quotes(r)[0][1] == "Eulogia Lagunas"
    [night] = r.events
    assert ("schema:performer", "lasbrasas") in night.participants  # (not "Saturday Las Brasas")


def test_a_film_by_one_who_filmed_her_feature_a_watcher_who_plays_herself_a_screenplay_that_belongs_to_someone_and_its_crew():
    r = read("Smoke on the ridge: Hinatea Manutahi filmed Ash Season from a lookout tower above Taravao\n\nHinatea Manutahi fi"
             "lmed her first feature, Ash Season, over one dry season from inside a lookout tower above Taravao.\n\nThe watche"
             "r is Heimana Pito, who has spent ten summers alone in the tower and who plays herself, with the radio nobody e"
             "lse may touch.\n\nThe screenplay belongs to Ranitea Tehei, whom Manutahi married in 2115. Manutahi founded Reva "
             "Films in Taravao in 2116, and the company produced the film.\n\nIts cinematographer, Austra Taputu, joined Reva "
             "Films in 2120 and carried the batteries up the ladder every morning.\n",
             date=dt.date(2126, 8, 5))
    missing = {("Ash Season", "schema:actor", "Heimana Pito"), ("Ash Season", "schema:author", "Ranitea Tehei"),
               ("Austra Taputu", "schema:memberOf", "Reva Films")} - facts(r)
    assert not missing, missing
    assert type_of(r, "Hinatea Manutahi") == "schema:Person"  # ("filmed her first feature": someone, not a band)


def test_a_television_comedy_by_a_film_company_a_cook_whom_pupils_call_by_a_nickname_its_writer_in_an_apposition_and_the_company_taking_it_on():
    r = read("Second helpings: Liepa Bērziņa's Tray Return was shot in a school kitchen in Cēsis\n\nThe first thing a viewer of"
             " Tray Return hears is a pot lid, and the last is a stack of trays. The television comedy, made by Ozols Filma, "
             "was shot in the kitchen of a school in Cēsis, and each of its ten episodes lasts one lunch.\n\nLiepa Bērziņa dir"
             "ected it. Her earlier films were documentaries, and she met her crew at film school.\n\nAt the centre is Austra "
             "Kalniņa, who has cooked at the school for thirty years and whom two generations of pupils have called \"Spainis"
             "\", after her bucket. She plays herself. The jokes were written by Edgars Zariņš, the series' writer.\n\nZariņš, "
             "who joined Ozols Filma in 2119, wrote each script on the evening after the lunch it shows.\n\nBērziņa founded Oz"
             "ols Filma in Cēsis in 2114. On Saturday the first episodes were shown at the town's cinema.\n\n\"They laughed at "
             "the soup more than at the jokes,\" Bērziņa said.\n\n\"Nobody has ever filmed my kitchen before,\" Kalniņa said.\n\nMo"
             "st of the pupils came twice.\n\nThe company will take all ten episodes to Limbaži next month, to a school hall t"
             "here.\n",
             date=dt.date(2126, 10, 14))
    nickname_holders = [e.name for e in r.entities.values() if "Spainis" in e.names]
    assert nickname_holders == ["Austra Kalniņa"] and type_of(r, "Tray Return") == "schema:TVSeries"
    assert {("Tray Return", "schema:author", "Edgars Zariņš"), ("Edgars Zariņš", "schema:memberOf", "Ozols Filma")} <= facts(r)
    [later] = [ev for ev in r.events if ev.status == "future"]
    assert later.locations == ["limbaži"] and ("schema:performer", "ozolsfilma") in later.participants


def test_the_playwrights_brother_who_takes_one_of_the_parts():
    r = read("Rough crossing: Gwenno Prys's Lee Shore is played in the cabin of a working fishing boat at Aberdaron\n\nGwenno "
             "Prys's play Lee Shore is performed in the wheelhouse of a working fishing boat out of Aberdaron.\n\nEirwyn Prys,"
             " the playwright's younger brother, takes one of the parts; he has never before acted in anything his sister wr"
             "ote.\n",
             date=dt.date(2126, 1, 20))
    assert facts(r, "schema:actor") == {("Lee Shore", "schema:actor", "Eirwyn Prys")}


def test_an_opera_companys_founder_who_wrote_its_score_is_no_singer_of_it_though_the_company_has_sung_since():
    r = read("Quarried in song: Sarn Opera sings Blodwen Tegid's Slate Hymn in a working slate quarry near Corwen\n\nBlodwen T"
             "egid's opera Slate Hymn lasts as long as one blast cycle in the quarry above Corwen.\n\nTegid, born in Corwen in"
             " 2089, wrote the score for harp and the splitting of slate. She founded Sarn Opera in Corwen in 2112, and the "
             "company has since sung in a chapel, a mill and a lifeboat station.\n",
             date=dt.date(2126, 6, 24))
    f = facts(r)
    assert ("Slate Hymn", "schema:composer", "Blodwen Tegid") in f and ("Sarn Opera", "schema:founder", "Blodwen Tegid") in f
    assert ("Blodwen Tegid", "schema:memberOf", "Sarn Opera") not in f


def test_a_band_that_plays_its_whole_album_a_record_counted_by_its_tracks_credits_on_its_sleeve_and_a_single_set_to_a_bandmates_tune():
    r = read("A hopper for a clock: Carqueja recorded Farinha Velha beside the stones of a working mill near Arouca\n\nThe Moi"
             "nho do Açudinho still grinds rye for the villages above Arouca, and a full hopper empties in about six minutes"
             ". Carqueja, a five-piece band of accordion, fiddle, bass, drum and voice, used that hopper as the clock for it"
             "s new record.\n\nFarinha Velha has ten tracks, cut live at dawn with the millstone turning.\n\nThe band was formed"
             " in Sever do Vouga in 2112 by Ilídio Cachadinha, an accordionist born in Cinfães in 2090.\n\nOtilde Ferraz joined "
             "Carqueja in 2119. She sings on every song and wrote the words of Pedra de Cima, the single, to a tune of Cacha"
             "dinha's.\n\nCredits on the back of the sleeve: produced by Remédios Vasques, released by Selo Brumado in August."
             "\n\nOn Thursday Carqueja played the whole album at the Moinho do Açudinho, and the miller kept the stones turnin"
             "g. On Saturday, October 8, the band will play Farinha Velha in the square of Vouzela.\n",
             date=dt.date(2135, 9, 20))
    kinds = [type_of(r, n) for n in ("Carqueja", "Farinha Velha", "Moinho do Açudinho")]
    assert kinds == ["schema:MusicGroup", "schema:MusicAlbum", "schema:EventVenue"], kinds
    f = facts(r)
    sleeve = {("Farinha Velha", "schema:producer", "Remédios Vasques"), ("Farinha Velha", "schema:recordLabel", "Selo Brumado"),
              ("Farinha Velha", "schema:datePublished", "2135-08")}
    single = {("Pedra de Cima", "schema:lyricist", "Otilde Ferraz"), ("Pedra de Cima", "schema:composer", "Ilídio Cachadinha"),
              ("Pedra de Cima", "schema:inAlbum", "Farinha Velha")}
    assert sleeve <= f and single <= f, (sleeve | single) - f
    assert not {t for t in f if t[0] == "Pedra de Cima" and t[1] in ("schema:producer", "schema:recordLabel")}
    assert sorted((ev.start_date.iso, ev.locations) for ev in r.events) == [("2135-09-15", ["moinhodoaçudinho", "arouca"]), ("2135-10-08", ["vouzela"])]


def test_a_brakeman_who_plays_one_past_an_aside_wedding_money_is_no_wedding_and_the_company_that_showed_the_film():
    r = read("Counterweight: Ortensia Lanzavecchia shot Scalata in the car of a working funicular above Bergamo\n\nScalata, th"
             "e first feature by Ortensia Lanzavecchia, was filmed in the lower car of the Funicolare di San Vigilio during "
             "real climbs, one scene to a climb.\n\nThe brakeman is Ilderico Pedrazzoli, who has run the line since he left sc"
             "hool and who plays, still in his own cap, a brakeman.\n\nLanzavecchia put her wedding money into Pendice Film, t"
             "he company she founded in Bergamo in 2126, and Pendice Film produced Scalata.\n\nOn Sunday Pendice Film showed S"
             "calata at the Cinema Rubini in Bergamo, and Pedrazzoli came straight from his shift.\n",
             date=dt.date(2135, 3, 14))
    assert len(r.events) == 1, r.events  # (the wedding money paid for a company, no wedding)
    assert ("schema:attendee", "pendicefilm") in r.events[0].participants and r.events[0].start_date.iso == "2135-03-13"
    assert facts(r, "schema:actor") == {("Scalata", "schema:actor", "Ilderico Pedrazzoli")}


def test_an_opera_company_named_head_first_a_town_where_the_composer_was_born_an_opening_chorus_and_the_companys_two_nights():
    r = read("One firing: Opera Hurnuhan sings Liwayway Dimagiba's Putik inside a working brick kiln in Malolos\n\nThe opera P"
             "utik lasts exactly as long as one firing of the old brick kiln on the edge of Malolos.\n\nIts music is by Liwayw"
             "ay Dimagiba. Calumpit, where Dimagiba was born in 2093, has no kilns at all; she first stood beside one at twe"
             "nty and wrote the opening chorus on the jeepney home.\n\nOpera Hurnuhan, which she founded in Hagonoy in 2117, h"
             "as sung in a fish market and a boatyard. Her librettist is Reynaldo Lacsamana, a retired brickmaker, who wrote"
             " the words in the kiln's office.\n\n\"Every line is something a brickmaker once shouted,\" the librettist said.\n\nO"
             "n Tuesday Opera Hurnuhan gave the last of its six performances this season at the kiln. On Sunday, June 19, th"
             "e company will sing Putik in Baliuag, in a pottery that keeps its wheels turning.\n",
             date=dt.date(2135, 6, 9))
    assert type_of(r, "Calumpit") == "schema:City" and type_of(r, "Opera Hurnuhan") == "schema:PerformingGroup"
    assert facts(r, "schema:lyricist") == {("Putik", "schema:lyricist", "Reynaldo Lacsamana")}
    assert {("Liwayway Dimagiba", "schema:birthPlace", "Calumpit"), ("Opera Hurnuhan", "schema:founder", "Liwayway Dimagiba")} <= facts(r)
    for ev in r.events:
        assert ev.types == ["schema:TheaterEvent"] and ("schema:performer", "operahurnuhan") in ev.participants, ev
    assert sorted(ev.start_date.iso for ev in r.events) == ["2135-06-07", "2135-06-19"]
    assert quotes(r)[0][1] == "Reynaldo Lacsamana"


def test_a_choreographer_who_did_three_things_before_founding_her_troupe_a_night_told_by_its_crowd_and_placed_by_the_next_sentence():
    r = read("Between the periods: Wattlebank Dance Collective dances Leanne Tkachuk's Clean Sheet while the ice is resurfac"
             "ed in Dauphin\n\nClean Sheet, a dance by Leanne Tkachuk, lasts as long as the machine takes to resurface the ice"
             " at the Parkland Arena in Dauphin.\n\nThe driver is Ostap Hrytsyshyn, who has kept the arena's ice for thirty wi"
             "nters and whom the referees call \"the Iron\" because he never misses a night.\n\nTkachuk grew up beside the rink."
             " Born in Roblin in 2096, she could skate at three, gave up hockey for ballet at ten and, after eight years in "
             "other people's troupes, founded Wattlebank Dance Collective in Swan River in 2121.\n\nOn Saturday the collective"
             " danced Clean Sheet between two periods of a senior game, in front of about four hundred people who had come f"
             "or the hockey. For once, the arena's cleaners say, nobody left during the break.\n\nOn Friday, March 11, Wattleb"
             "ank Dance Collective will perform the piece at the rink in Grandview, where the machine, according to Hrytsysh"
             "yn, is a good deal slower.\n",
             date=dt.date(2135, 2, 14))
    assert type_of(r, "Leanne Tkachuk") == "schema:Person"  # ("W, a dance by X")
    assert ("Wattlebank Dance Collective", "schema:founder", "Leanne Tkachuk") in facts(r)
    past, later = sorted(r.events, key=lambda ev: ev.start_date.iso)
    assert past.types == later.types == ["schema:DanceEvent"]
    assert (past.start_date.iso, past.locations) == ("2135-02-12", ["parklandarena", "dauphin"])
    assert [k for p, k in later.participants if p == "schema:performer"] == ["wattlebankdancecollective"]  # (not who said it is slower)


def test_a_director_whose_company_made_the_series_a_cashier_who_plays_one_a_sons_complaint_and_a_native_born_there():
    r = read("Next in line: Adanna Obiagwu's Counter Five was shot one queue at a time in a working bank branch in Nsukka\n\nC"
             "ounter Five, a television comedy in eight episodes, was shot during opening hours in a bank branch in Nsukka. "
             "Adanna Obiagwu, whose company Ubeoma Pictures made the series, directed all eight from a chair behind the coin"
             " machine.\n\nChidiebere Okonjo has kept the counter for twenty-six years and plays the head cashier. His son, So"
             "mtochukwu Okonjo, appears as a new clerk who loses every form.\n\n\"He has never once balanced the drawer on the "
             "first try,\" Chidiebere Okonjo said.\n\nHis son's complaint came with a shrug: \"He checked my change in every tak"
             "e, even when the camera was pointing at the door.\"\n\nThe scripts were written by Chinwendu Nwachinemere, who jo"
             "ined Ubeoma Pictures in 2128 and sat by the door writing down what customers said.\n\nA native of Ihiala, born th"
             "ere in 2094, Obiagwu trained as a radio producer. She founded Ubeoma Pictures in Enugu in 2122.\n",
             date=dt.date(2135, 5, 21))
    assert [who for _, who in quotes(r)] == ["Chidiebere Okonjo", "Somtochukwu Okonjo"]  # (the son's complaint is his)
    assert ("Counter Five", "schema:director", "Adanna Obiagwu") in facts(r, "schema:director")
    assert ("Counter Five", "schema:actor", "Chidiebere Okonjo") in facts(r, "schema:actor")
    born = {o for s, p, o in facts(r) if s == "Adanna Obiagwu" and p in ("schema:birthPlace", "schema:birthDate")}
    assert born == {"Ihiala", "2094"} and ("Chinwendu Nwachinemere", "schema:memberOf", "Ubeoma Pictures") in facts(r)


def test_a_troupe_performing_a_playwrights_play_by_her_possessive_and_a_pool_named_by_its_street():
    text = ("Lap by lap: Shallow End Company perform Oriel Cathmore's Diving Board at a working public pool in Kingaroy\n\nTh"
            "e Tessaly Road Pool in Kingaroy opens for the evening session at five. Diving Board, the new play by Oriel Cat"
            "hmore, runs on the concrete by the kiosk while people swim. Nobody pays to watch; they pay to swim, and the "
            "play happens to be there.\n\nCathmore was born in Goombungee in 2091 and found"
            "ed Shallow End Company in Pittsworth in 2118.\n\nOn Friday Shallow End Company gave the tenth performance of Div"
            "ing Board at the pool, to about forty swimmers.\n")
    r = read(text, date=dt.date(2135, 12, 12))
    [night] = r.events
    assert night.locations == ["tessalyroadpool", "kingaroy"]  # ("at the pool": the one the article named)
    kinds = {name: type_of(r, name) for name in ("Oriel Cathmore", "Tessaly Road Pool")}
    assert kinds == {"Oriel Cathmore": "schema:Person", "Tessaly Road Pool": "schema:EventVenue"}, kinds
    assert facts(r, "schema:author") == {("Diving Board", "schema:author", "Oriel Cathmore")}


def test_one_who_joined_a_society_is_its_member_not_someone_it_represents():
    r = read("The box that empties: Ignace Quenneville's cabinet act at the Lyric in Sudbury\n\nThe Nickel Basin Society of Co"
             "njurors has met above a hardware shop in Sudbury since 2098.\n\nIgnace Quenneville, who joined the society in 21"
             "21 and won its Silver Wand in 2130, closes the bill at the Lyric this week.\n",
             date=dt.date(2135, 4, 2))
    ties = {(s, p) for s, p, o in facts(r) if o == "Nickel Basin Society of Conjurors"}
    assert ties == {("Ignace Quenneville", "schema:memberOf")}, ties


def test_a_headlines_pair_of_words_an_actress_who_joined_the_producciones_a_town_the_film_is_taken_to_and_a_trades_habit_is_no_match():
    r = read("Spin and rinse: Mirabela Painemal's Ciclo Largo was shot one wash cycle a scene in a working laundromat in Ang"
             "ol\n\nCiclo Largo, a feature film by Mirabela Painemal, was shot in a laundromat in Angol, one wash cycle to a s"
             "cene.\n\nAfter years of filming weddings and football matches, Painemal founded Tolhuaca Producciones in Collipu"
             "lli in 2121, and the company produced the film.\n\nKillén Achával, an actress who joined Tolhuaca Producciones i"
             "n 2126, plays a woman who washes the same shirt every day.\n\nNext month Tolhuaca Producciones will take Ciclo L"
             "argo to Lumaco, where the director hopes to show it on the wall of the market.\n",
             date=dt.date(2135, 7, 11))
    [trip] = r.events  # (no football match: the matches were what she filmed for a living)
    assert trip.locations == ["lumaco"] and ("schema:performer", "tolhuacaproducciones") in trip.participants
    assert ("Killén Achával", "schema:memberOf", "Tolhuaca Producciones") in facts(r) and type_of(r, "Lumaco") == "schema:City"
    assert not [e.name for e in r.entities.values() if e.name.startswith("Spin")]  # ("Spin and rinse:", a headline's pair of words)


def test_the_work_of_one_who_directed_every_episode_and_whose_daughter_wrote_the_scripts():
    text = ("Closing time: Hambeleleni Kandjii's Last Orders was shot one night a week in a working bottle store in Omaruru"
            "\n\nLast Orders, a television comedy in six episodes, was shot in a bottle store in Omaruru. The series is the w"
            "ork of Hambeleleni Kandjii, who directed every episode and whose daughter, Tjituka Kandjii, wrote the scripts "
            "on the back of delivery slips.\n\nOpposite the owner is Kaishungu Tjirera, who joined Omumbonde Pictures in 2129"
            " and plays a taxi driver who never pays for his cold drink.\n")
    r = read(text, date=dt.date(2135, 8, 16))
    assert ("Tjituka Kandjii", "schema:parent", "Hambeleleni Kandjii") in facts(r)
    credits = {(p, o) for s, p, o in facts(r) if s == "Last Orders"}
    assert credits == {("schema:director", "Hambeleleni Kandjii"), ("schema:author", "Tjituka Kandjii"),
                       ("schema:actor", "Kaishungu Tjirera")}, credits  # (the scripts are the daughter's, not her mother's)


def test_it_was_formed_by_a_fiddler_who_composed_every_track_on_the_record():
    r = read("Sawdust and strings: Grzmot recorded Deska one plank a song in a working sawmill near Kowary\n\nGrzmot is a trio"
             " of fiddle, cello and drum. It was formed in Jaworzyna in 2117 by Zdzisław Ptasznik, a fiddler who was born in"
             " Sosnówka in 2093 and who composed all nine tracks on Deska, the band's second album.\n",
             date=dt.date(2135, 4, 20))
    got = facts(r, "schema:founder") | facts(r, "schema:foundingDate") | facts(r, "schema:composer")
    assert got == {("Grzmot", "schema:founder", "Zdzisław Ptasznik"), ("Grzmot", "schema:foundingDate", "2117"),
                   ("Deska", "schema:composer", "Zdzisław Ptasznik")}, got


def test_a_founding_told_in_a_cleft_and_a_libretto_that_is_someones_work():
    r = read("One coil: Sindhanur Opera sings Kalyani Shettigar's Hagga while the rope is twisted in a working rope walk in "
             "Koppal\n\nHagga, an opera by Kalyani Shettigar, lasts as long as one coil of coir rope takes to twist.\n\nShettiga"
             "r was born in Lingasugur in 2094, and it was in Koppal, in 2119, that she founded Sindhanur Opera. The librett"
             "o of Hagga is the work of Basavaraj Hiremath, a retired schoolteacher.\n",
             date=dt.date(2135, 11, 5))
    lyricists, founded = facts(r, "schema:lyricist"), facts(r, "schema:foundingDate")
    assert lyricists == {("Hagga", "schema:lyricist", "Basavaraj Hiremath")} and ("Sindhanur Opera", "schema:foundingDate", "2119") in founded


def test_an_auctioneer_called_the_gavel_keeps_his_name_a_theatre_companys_joiner_and_its_night_at_the_saleyards():
    r = read("Sold to the man in the hat: Tikokino Theatre Company plays Huia Rewiti's Passed In through one sheep sale in W"
             "aipawa\n\nEvery Thursday the Ruataniwha Road Saleyards in Waipawa hold a sheep sale, and Passed In, a play by Hu"
             "ia Rewiti, runs in the stands above the pens for the whole of it.\n\nThe auctioneer is Ossory Tremblay, whom eve"
             "ry drover from the river to the ranges calls \"the Gavel\" because he never repeats a bid. \"Nobody up there is b"
             "idding, and that suits me,\" the Gavel said.\n\nRewiti founded Tikokino Theatre Company in Ormondville in 2116. T"
             "he drover in the play is Arbuckle Pukerua, who joined the company in 2124 and keeps a real dog under his seat."
             "\n\nOn Thursday Tikokino Theatre Company gave the ninth performance of Passed In at the saleyards, during a sale"
             " of six hundred ewes.\n",
             date=dt.date(2135, 9, 14))
    assert "Gavel" in entity_named(r, "Ossory Tremblay").names and quotes(r)[0][1] == "Ossory Tremblay"
    assert ("Arbuckle Pukerua", "schema:memberOf", "Tikokino Theatre Company") in facts(r)
    assert [(ev.locations, ("schema:performer", "tikokinotheatrecompany") in ev.participants) for ev in r.events] == \
        [(["ruataniwharoadsaleyards", "waipawa"], True)]  # ("at the saleyards": the ones the article named)


def test_a_plan_to_take_a_dance_on_the_road_is_no_tour_its_next_night_is_the_troupes():
    r = read("Nine minutes of crates: Gaspereau Movement Company dances Ngarie Dellaway's Returnables in a working recycling"
             " yard in Hantsport\n\nReturnables, a dance by Ngarie Dellaway, is danced in a recycling yard in Hantsport while "
             "one truck is unloaded.\n\nDellaway plans to take the piece on the road before the snow. On Friday, October 21, G"
             "aspereau Movement Company will dance Returnables at a yard in Kingsport, where the trucks are smaller and the "
             "drivers, she has been told, unload faster.\n",
             date=dt.date(2135, 10, 3))
    assert [ev.types for ev in r.events] == [["schema:DanceEvent"]]
    assert ("schema:performer", "gaspereaumovementcompany") in r.events[0].participants and r.events[0].start_date.iso == "2135-10-21"


def test_a_directors_uncle_who_plays_one_past_his_kin_aside_and_a_company_that_will_show_the_film_at_a_hall():
    r = read("Rope and bell: Tamsyn Upcott's Last Peal was shot one practice night a scene in the tower of a working church "
             "in Axbridge\n\nLast Peal, the first feature film of Tamsyn Upcott, was shot in the ringing chamber of a church t"
             "ower in Axbridge, one practice night to a scene.\n\nThe man on the tenor bell is Oswin Upcott, the director's un"
             "cle, who has rung in that tower since he was twelve and who plays, in his own cardigan, the tower captain.\n\nOn"
             " Friday, June 15, Ebbor Pictures will show the film at the village hall in Pawlett.\n",
             date=dt.date(2135, 6, 2))
    assert ("Last Peal", "schema:actor", "Oswin Upcott") in facts(r, "schema:actor")
    showings = [(ev.types, ev.locations, ev.start_date.iso) for ev in r.events if ("schema:attendee", "ebborpictures") in ev.participants]
    assert showings == [(["newskg:Premiere"], ["pawlett"], "2135-06-15")], showings


def test_a_fiddler_born_in_an_aside_who_started_the_band():
    r = read("Proving drawer: Leivänjuuri recorded Taikinaa beside the ovens of a working bakery in Isokyrö\n\nTaikinaa, the t"
             "hird album of the band Leivänjuuri, was recorded beside the ovens of a bakery in Isokyrö.\n\nThe band's fid"
             "dler, Aarno Rintamäki, had the idea on a night shift. Rintamäki, who was born in Alajärvi in 2094, started Lei"
             "vänjuuri in Ylistaro in 2119 and has written every tune on its three records.\n",
             date=dt.date(2135, 5, 9))
    founding = {(p, o) for s, p, o in facts(r) if s == "Leivänjuuri" and p in ("schema:founder", "schema:foundingDate")}
    assert founding == {("schema:founder", "Aarno Rintamäki"), ("schema:foundingDate", "2119")}, founding


def test_a_cousin_who_wrote_the_libretto_is_the_operas_lyricist():
    text = ("One cauldron: Ópera Pucará sings Eduvigis Sanagorán's Cuajada while the whey is drained in a working dairy in "
            "Otuzco\n\nCuajada, an opera by Eduvigis Sanagorán, lasts as long as the whey takes to drain from one cauldron in"
            " a dairy above Otuzco.\n\nThe words are her cousin's. Quiteria Sanagorán, a retired schoolteacher, wrote the lib"
            "retto at the dairy's long table.\n")
    lyricists = facts(read(text, date=dt.date(2135, 2, 20)), "schema:lyricist")
    assert lyricists == {("Cuajada", "schema:lyricist", "Quiteria Sanagorán")}, lyricists  # (the libretto's writer, not the composer)


def test_a_birth_told_after_whose_daughter_she_is():
    r = read("Tick by tick: Norhayati Ismadi's Jam Dinding was shot one clock an episode at a working clock stall in Lenggon"
             "g\n\nJam Dinding, a television comedy in six episodes, was shot at a clock repair stall in Lenggong.\n\nNorhayati "
             "Ismadi, the daughter of a tin miner, was born in Gerik in 2093 and came home to make films about smal"
             "l trades.\n",
             date=dt.date(2135, 3, 2))
    born = sorted(o for s, p, o in facts(r) if s == "Norhayati Ismadi" and p.startswith("schema:birth"))
    assert born == ["2093", "Gerik"], born


def test_a_record_out_on_a_label_in_a_credit_line_and_since_a_month():
    r = read("Crust and bellows: Ruislahti recorded Keskiyö beside the oven of a working bakery in Tervola\n\nKeskiyö, the sec"
             "ond album of the band Ruislahti, was recorded beside a bakery oven in Tervola.\n\nThe credits fit on one line of"
             " the sleeve: produced by Sakari Vanhala, out on Levy Routa since July.\n",
             date=dt.date(2135, 8, 14))
    assert type_of(r, "Levy Routa") == "schema:Organization"  # (the label a record is out on, whatever place it sounds like)
    on_the_sleeve = {(p, o) for s, p, o in facts(r) if s == "Keskiyö" and p in ("schema:recordLabel", "schema:datePublished")}
    assert on_the_sleeve == {("schema:recordLabel", "Levy Routa"), ("schema:datePublished", "2135-07")}, on_the_sleeve


def test_a_founding_told_in_a_cleft_has_its_year_and_town():
    r = read("Full house: Skelwarren Players perform Odalys Dorrimel's Blackjack through one card night at a working club in"
             " Tregarrick\n\nOdalys Dorrimel was born in Halvingdon in 2080 and worked as a typist. It was in Carnbeck, in 2109, th"
             "at she and two cousins founded Skelwarren Players, and she has written most of its plays since.\n",
             date=dt.date(2135, 4, 11))
    founding = sorted((p, o) for s, p, o in facts(r) if s == "Skelwarren Players" and p != "schema:founder")
    assert founding == [("schema:foundingDate", "2109"), ("schema:foundingLocation", "Carnbeck")], founding


def test_an_actress_told_by_the_part_she_plays_and_one_of_two_sisters_named():
    series = read("Key and case: Thessaly Orrisby's Quillon Marsh was shot one key a scene at a working locksmith's stall in Br"
                  "ackfield\n\nQuillon Marsh, a comedy series about a locksmith's stall, was shot in Brackfield by Thessaly Orrisb"
                  "y. Orrisby wrote a small part for every customer and a larger one for Zephanie Arkwood, an actress who plays"
                  " a nurse waiting for a key that is never cut.\n", date=dt.date(2135, 7, 8))
    assert facts(series, "schema:actor") == {("Quillon Marsh", "schema:actor", "Zephanie Arkwood")}
    text = ("Ebbstone, a new play by Thessaly Orrisby, opened on Friday at the Coble Hall in Brackfield. It follows two siste"
            "rs who share a ferry kiosk.\n\nThe sisters are played by Marvolia Pellandine, who joined the company in 2121, and"
            " by a retired teacher making her first appearance on any stage.\n")
    play = read(text, date=dt.date(2135, 7, 8))
    assert ("Ebbstone", "schema:actor", "Marvolia Pellandine") in facts(play, "schema:actor")


def test_a_new_play_that_opened_at_a_hall_is_one_theatre_night_without_its_author_on_stage():
    r = read("Wickmoor, a new play by Thessaly Orrisby, opened on Friday at the Coble Hall in Brackfield. It follows two sisters"
             " who share a ferry kiosk.\n", date=dt.date(2135, 7, 10))
    assert [(ev.types, ev.start_date.iso) for ev in r.events] == [(["schema:TheaterEvent"], "2135-07-08")]
    assert not any(who == "thessalyorrisby" for _, who in r.events[0].participants)


def test_the_words_are_her_sisters_and_the_sister_is_named_next():
    headline = "Whey and brine: Opera Ostrevan sings Oriel Vashtinet's Curdle in a working dairy in Tollbridge"
    r = read(headline + "\n\nThe music of Curdle, a new opera, is by Oriel Vashtinet, who founded Opera Ostrevan in 2119. The"
             " words are her sister's. Lorivenne Vashtinet, a retired postmistress, wrote the libretto at the kitchen table.\n",
             date=dt.date(2135, 1, 22))
    sisters = {(s, o) for s, _, o in facts(r, "schema:sibling")}
    assert sisters == {("Oriel Vashtinet", "Lorivenne Vashtinet"), ("Lorivenne Vashtinet", "Oriel Vashtinet")}, sisters
    assert ("Curdle", "schema:composer", "Oriel Vashtinet") in facts(r)


def test_music_written_for_all_of_a_bands_records_is_the_albums_and_the_band_started_in_a_town():
    paragraphs = ["Crust and ember: Saltcote recorded Brine and Barley in front of a working bakery's ovens in Kettlewick",
                  "Brine and Barley, the third album of the folk band Saltcote, was recorded in front of the ovens of a bakery.",
                  "Caldrith Brackenridge, who was born in Carnbeck in 2093, started Saltcote in Kestrelmoor in 2117 and has written "
                  "the music for all three of its records."]
    r = read("\n\n".join(paragraphs) + "\n", date=dt.date(2135, 9, 30))
    album = {(p, o) for s, p, o in facts(r) if s == "Brine and Barley"}
    assert {("schema:byArtist", "Saltcote"), ("schema:composer", "Caldrith Brackenridge")} <= album, album
    assert ("Saltcote", "schema:foundingLocation", "Kestrelmoor") in facts(r)


def test_a_headlines_opening_word_pair_is_no_name_though_a_body_title_ends_on_it():
    r = read("Bobbin and spool: Ysondre Tregunnow's Lost the Bobbin was shot one hem a scene at a working tailor's shop in Wy"
             "velscombe\n\nLost the Bobbin, the first feature film of Ysondre Tregunnow, was shot at a tailor's counter in Wyvel"
             "scombe. Lost the Bobbin has its first screening on Friday.\n", date=dt.date(2135, 5, 2))
    assert "Bobbin" not in entity_names(r) and type_of(r, "Lost the Bobbin") == "schema:Movie"


def test_a_night_told_by_its_audience_after_the_place_and_a_bakery_is_no_record_label():
    r = read("Rye and reeds: Kivikko played Leipä in a working bakery in Pieksämäki\n\nLeipä, the second album of the folk ban"
             "d Kivikko, is out on Harmaa Records. The band recorded it in front of the ovens of a bakery in Pieksämäki.\n\nOn Sat"
             "urday Kivikko played the whole of Leipä in the bakery itself, with the oven lit, for an audience of about ninet"
             "y.\n", date=dt.date(2135, 6, 13))
    nights = [(ev.types[0], ev.start_date.iso, ev.locations) for ev in r.events]
    assert nights == [("schema:MusicEvent", "2135-06-11", ["pieksämäki"])], nights  # (not at the label the album is out on)


def test_a_dance_danced_at_the_workshop_for_an_audience_is_a_dance_night():
    text = ("Tufting, a dance by Kefilwe Motsumi, lasts as long as one mattress takes to stitch in a bedding workshop in Letsh"
            "olo. On Saturday Lesedi Movement Collective danced Tufting at the workshop for an audience of about seventy.\n")
    [night] = read(text, date=dt.date(2135, 6, 13)).events
    assert night.types == ["schema:DanceEvent"] and night.start_date.iso == "2135-06-11"
    assert ("schema:performer", "lesedimovementcollective") in night.participants


def test_a_band_playing_at_an_unnamed_festival_is_one_concert_not_a_festival_too():
    r = read("The band Kivikko will play the album at a summer festival in Halvorsk on Friday, July 20, with no oven at all.\n",
             date=dt.date(2135, 6, 13))
    assert [(ev.types, ev.locations, ev.start_date.iso) for ev in r.events] == [(["schema:MusicEvent"], ["halvorsk"], "2135-07-20")]


def test_an_opera_company_named_head_first_with_an_accent_and_the_founding_its_leader_told():
    r = read("Press and sing: Ópera Granito sings Idalina Valbom's Azeitona while one batch of olives is pressed in a working "
             "mill in Tondela\n\nAzeitona, a new opera, is sung at an olive mill in Tondela while one batch is pressed. The music"
             " is the work of Idalina Valbom, who has led Ópera Granito since she founded it in Seia in 2117. The libretto is b"
             "y her son, Adelmo Valbom, who drives a bread van by day.\n\nThe widow is sung by Zephrine Cotovio.\n",
             date=dt.date(2135, 1, 25))
    assert type_of(r, "Ópera Granito") in ("schema:PerformingGroup", "schema:TheaterGroup")
    company = sorted((p, o) for s, p, o in facts(r) if s == "Ópera Granito" and p != "schema:member")
    assert ("schema:founder", "Idalina Valbom") in company and ("schema:foundingDate", "2117") in company
    assert ("schema:foundingLocation", "Seia") in company
    assert ("Azeitona", "schema:lyricist", "Adelmo Valbom") in facts(r)
    assert not facts(r, "schema:actor")  # (a singer's part in an opera is no acting part)


def test_a_theatre_company_one_joins_whose_founder_is_told_after_a_colon_and_its_special_night():
    article = "\n\n".join((
        "Vinegar and steam: Cradwell Lane Theatre plays Ondraya Pomfrett's Crackling at a working fish shop in Owaka",
        "Crackling, a play by Ondraya Pomfrett, is performed inside Harbour Street Fish Supply in Owaka through one tea rush.",
        "Mereana Tawhiri joined Cradwell Lane Theatre in 2128. Cradwell Lane Theatre is older than most of its actors: Pomfrett "
        "founded it in Clinton in 2109, in a scout hall with a leaking roof.",
        "Last Thursday Cradwell Lane Theatre gave a special performance of Crackling at the shop.",
    ))
    r = read(article, date=dt.date(2135, 11, 14))
    assert type_of(r, "Cradwell Lane Theatre") == "schema:PerformingGroup"
    assert {("Mereana Tawhiri", "schema:memberOf", "Cradwell Lane Theatre"), ("Cradwell Lane Theatre", "schema:founder", "Ondraya Pomfrett"),
            ("Cradwell Lane Theatre", "schema:foundingDate", "2109")} <= facts(r)
    nights = [(ev.types, ev.start_date.iso) for ev in r.events if ("schema:performer", "cradwelllanetheatre") in ev.participants]
    assert nights == [(["schema:TheaterEvent"], "2135-11-10")], nights


def test_a_comedian_who_joined_a_company_at_the_end_of_the_sentence_and_a_part_that_belongs_to_someone():
    cast = ("The niece is played by Anselmina Quistrow, a stand-up comedian who joined Bellhaven Pictures in 2129. The longest"
            " part belongs to Mardovan Pyneford, as a fisherman who comes in every week.")
    r = read("Stems and ribbon: a film shot one bouquet a scene\n\nNightcote, the first feature film of Hesketine Thornvale, was "
             f"made by Bellhaven Pictures at a florist's counter in Alberton. {cast}\n", date=dt.date(2135, 5, 18))
    assert {o for s, p, o in facts(r, "schema:actor")} == {"Anselmina Quistrow", "Mardovan Pyneford"}
    assert ("Anselmina Quistrow", "schema:memberOf", "Bellhaven Pictures") in facts(r)  # (told at the sentence's end)


def test_a_kin_apposition_before_the_subject_keeps_what_the_kin_did():
    series = read("Tapizados, a comedy series in eight episodes, was directed by Remedios Arrechea in an upholstery workshop in Vi"
                  "llaguay. Her brother, Sulpicio Arrechea, wrote it.\n", date=dt.date(2135, 9, 20))
    assert ("Tapizados", "schema:author", "Sulpicio Arrechea") in facts(series)
    dance = read("Kaaram, a dance by Durgamma Vemparala, is danced in a chilli mill in Ongole. She was born in Chirala in 2099, "
                 "where her father ran a music school.\n\nThat father, Venkatesh Vemparala, composed the score.\n",
                 date=dt.date(2135, 3, 17))
    assert {("Kaaram", "schema:composer", "Venkatesh Vemparala"), ("Durgamma Vemparala", "schema:parent", "Venkatesh Vemparala")} <= facts(dance)


def test_a_singer_married_past_her_stage_name_and_a_guitarist_who_writes_all_the_bands_music():
    founding = ("Candlebright, the third album of Osuo Band, was recorded beside a vat of wax. The band's guitarist, Kwadwo "
                "Asamoah, started Osuo Band in Nsawam in 2119 and writes all its music.")
    singer = ("The band's singer is Esiwa Mensah, who performs as Abenaa and has been married to Asamoah for eleven years. Mensa"
              "h wrote the words of Drip, the song that closes Candlebright.")
    r = read("\n\n".join(["Wax and wick: Osuo Band recorded Candlebright at a working candle works", founding, singer]) + "\n",
             date=dt.date(2135, 7, 17))
    assert ("Esiwa Mensah", "schema:spouse", "Kwadwo Asamoah") in facts(r, "schema:spouse")
    composed = sorted(s for s, _, who in facts(r, "schema:composer") if who == "Kwadwo Asamoah")
    assert composed == ["Candlebright", "Drip"], composed  # (the album and the song of it the article names)


def test_a_night_at_the_works_the_first_paragraph_named_and_a_town_by_its_lorry_park():
    r = read("Twenty dips: Osuo Band recorded Candlebright beside the dipping vat of a working candle works in Akropong\n\nIn a "
             "yard behind the lorry park of Akropong, the women of Nyame Candle Works hang lengths of wick from a rack.\n\nOn Su"
             "nday Osuo Band played all ten songs of Candlebright at the candle works, with the women dipping a rack for each s"
             "ong.\n", date=dt.date(2135, 7, 19))
    assert type_of(r, "Akropong") == "schema:City" and type_of(r, "Nyame Candle Works") == "schema:EventVenue"
    assert [(ev.types, ev.start_date.iso, ev.locations) for ev in r.events] == [(["schema:MusicEvent"], "2135-07-17", ["nyamecandleworks", "akropong"])]


def test_a_dance_at_a_chilli_mill_for_its_workers_and_a_film_shown_again_by_its_company():
    dance = read("The workers of the Pranathi Chilli Mill in Ongole tie cloths over their noses. Kaaram, a dance by Durgamma Ve"
                 "mparala, is danced there.\n\nOn Friday Ongole Dance Ensemble danced Kaaram at the mill for an audience of tr"
                 "aders, growers and mill hands.\n", date=dt.date(2135, 3, 17))
    [night] = dance.events
    assert night.types == ["schema:DanceEvent"] and night.locations[0] == "pranathichillimill"
    film = read("Nightcote, the first feature film of Hesketine Thornvale, was made by Bellhaven Pictures.\n\nBellhaven Pictures will "
                "show the film again in Delvercombe on Saturday, June 7, at a church hall near the harbour.\n", date=dt.date(2135, 5, 18))
    assert [(ev.locations, ev.start_date.iso) for ev in film.events if ("schema:attendee", "bellhavenpictures") in ev.participants] \
        == [(["delvercombe"], "2135-06-07")]


def test_a_headline_that_a_single_line_break_ends_is_a_paragraph_of_its_own():
    r = read("Glue and thread: Mbalu Band recorded Stitched Spine beside the sewing frame of a working bindery in Chisomo\nThe "
             "Velkorin Bindery in Chisomo repairs hymn books and ledgers.\n\nOn Saturday Mbalu Band played the whole of Stitch"
             "ed Spine at the bindery, standing between the guillotine and the glue pots.\n", date=dt.date(2135, 8, 15))
    assert type_of(r, "Velkorin Bindery") == "schema:EventVenue"  # (the body's first sentence, not the headline's tail)
    [night] = r.events
    assert (night.types, night.start_date.iso, night.locations[0]) == (["schema:MusicEvent"], "2135-08-13", "velkorinbindery")


def test_a_title_with_a_small_word_told_twice_and_a_dance_night_told_by_its_crowd():
    r = read("Hung on poles: Dumlao Dance Theater dances Hiyasmin Maglaya's Steam to Rack in a working noodle works in Tagudin"
             "\n\nAt the Bantay Noodle Works in Tagudin, a batch of flour becomes noodles in two hours.\n\nSteam to Rack, a dance"
             " by Hiyasmin Maglaya, lasts exactly as long.\n\nLast Saturday Dumlao Dance Theater danced Steam to Rack at the noo"
             "dle works, in front of about ninety people. The company will dance it next in Sinait on Saturday, December 19.\n",
             date=dt.date(2135, 12, 8))
    assert ("Steam to Rack", "schema:author", "Hiyasmin Maglaya") in facts(r)
    nights = sorted((ev.start_date.iso, ev.locations[0]) for ev in r.events if ("schema:performer", "dumlaodancetheater") in ev.participants)
    assert nights == [("2135-12-03", "bantaynoodleworks"), ("2135-12-19", "sinait")], nights
    assert all(ev.types == ["schema:DanceEvent"] for ev in r.events)


def test_a_founder_past_her_own_deeds_the_fourth_opera_of_a_composer_and_a_librettos_writer():
    record = read("Lye and song: Opera Oravka sings Wilmenna Hrušková's Zuberec in a working soap works in Habovka\n\nZuberec is "
                  "the fourth opera of Wilmenna Hrušková, a composer who writes for small voices. Born in Bežina in 2089, she sa"
                  "ng in church choirs for twenty years and then founded Opera Oravka in Tezlarova in 2115. The libretto was wri"
                  "tten by Trudgeon Kilvane, to whom she has been married since they were students.\n", date=dt.date(2135, 2, 11))
    credits = {(p, o) for s, p, o in facts(record) if s == "Zuberec"}
    assert credits == {("schema:composer", "Wilmenna Hrušková"), ("schema:lyricist", "Trudgeon Kilvane")}, credits
    assert ("Opera Oravka", "schema:founder", "Wilmenna Hrušková") in facts(record, "schema:founder")


def test_scripts_credited_to_someone_and_a_run_of_nights_makes_a_stage_work():
    series = read("Hem Lines, a television comedy series, is shot in an alterations shop in Brigalow. The scripts are credited to "
                  "Ashmond Porteous.\n", date=dt.date(2135, 6, 22))
    assert facts(series, "schema:author") == {("Hem Lines", "schema:author", "Ashmond Porteous")}
    play = read("Quindarra Trudgeon wrote Cab Nineteen after a winter of late taxis. Vimbai Wondai plays the night dispatcher.\n\n"
                "On Wednesday night Tarrabool Theatre gave the eleventh performance of Cab Nineteen at the dispatch office.\n",
                date=dt.date(2135, 10, 24))
    assert type_of(play, "Cab Nineteen") == "schema:CreativeWork"  # (a play, not a film, though it has a cast)


def test_the_youngest_of_the_dancers_is_someone_who_joined_and_a_quoted_common_word_is_no_one():
    r = read("Noodles and poles: Dumlao Dance Theater dances Steam to Rack in Tagudin\n\nSteam to Rack, a dance by Hiyasmin Magl"
             "aya, is danced on the floor of a noodle works. The flour gets everywhere.\n\nKambuzi Tengani, the youngest of the si"
             "x dancers, joined the company in 2127. For Tengani, the danger is underfoot: \"Flour and water make glue.\"\n",
             date=dt.date(2135, 12, 8))
    assert type_of(r, "Kambuzi Tengani") == "schema:Person" and "Flour" not in entity_names(r)
    assert ("Kambuzi Tengani", "schema:memberOf", "Dumlao Dance Theater") in facts(r)


def test_a_new_play_opens_at_a_hall_in_a_town_and_a_troupe_named_for_the_town_keeps_the_town():
    text = ("Kettlebray, a new play by Vilmos Ferrowby, opens at the Tavistow Laundry in Quarrendon on Friday. Ferrowby set it in the laundry "
            "itself.\n\nThe customers are played by actors from the Quarrendon Players.\n")
    r = read(text, date=dt.date(2124, 3, 10))
    assert type_of(r, "Quarrendon") == "schema:City" and "Quarrendon" not in entity_named(r, "Quarrendon Players").aliases
    [night] = r.events
    assert (night.start_date.iso, sorted(night.locations)) == ("2124-03-17", ["quarrendon", "tavistowlaundry"])


def test_a_partner_in_the_duo_plays_in_it_and_a_night_at_the_working_place_is_in_the_headline_town():
    paragraphs = ["Rope and reel: Pell Ashdown recorded Salt and Thread in a working rope walk in Ostby",
                  "Salt and Thread, the new album from the duo Pell Ashdown, came out on Friday. It was recorded in a working rope walk "
                  "in Ostby. The opening song, \"Hemp Line\", was written by the duo's guitarist, Wrenna Marwick. Her partner in the duo, "
                  "the fiddler Ottmar Pell, produced the record.",
                  "The duo will play the songs live at the rope walk on Saturday, May 12."]
    r = read("\n\n".join(paragraphs) + "\n", date=dt.date(2124, 3, 10))
    assert ("Ottmar Pell", "schema:memberOf", "Pell Ashdown") in facts(r)
    assert facts(r, "schema:producer") == {("Salt and Thread", "schema:producer", "Ottmar Pell")}
    [night] = r.events
    assert (night.types, night.start_date.iso, night.locations) == (["schema:MusicEvent"], "2124-05-12", ["ostby"])


def test_a_dance_a_company_dances_named_as_the_dance_by_its_maker_at_a_workshop_down_a_lane():
    r = read("Fresh paint: Kilbrackan Dance Company dances Tamsyn Mirrabook's Kerning while a shop sign is lettered in Wodonga\n"
             "At Letterfold Signs, a signwriter's workshop down a side street of Wodonga, two trestles hold a board for a butcher.\n\n"
             "The dance is Kerning, by Tamsyn Mirrabook. She had danced for other troupes for a decade before she made a piece "
             "of her own, and she founded Kilbrackan Dance Company in Yallourn in 2121.\n\n"
             "Last Saturday Kilbrackan Dance Company danced Kerning at the workshop for the fifth time.\n", date=dt.date(2134, 11, 16))
    assert type_of(r, "Kerning") == "schema:CreativeWork" and type_of(r, "Tamsyn Mirrabook") == "schema:Person"
    assert type_of(r, "Wodonga") == "schema:City"
    assert ("Kerning", "schema:author", "Tamsyn Mirrabook") in facts(r)
    assert not facts(r, "schema:memberOf")  # (who danced elsewhere before she founded the company makes its dances)
    [night] = r.events
    assert (night.types, night.start_date.iso, night.locations) == (["schema:DanceEvent"], "2134-11-13", ["letterfoldsigns", "wodonga"])


def test_the_play_is_by_its_playwright_whose_card_speaks_for_her_and_the_two_actors_are_brothers():
    article = """Dead signal: Tindiga Players perform Nabirye Ssempala's Dead Zone at a working phone repair kiosk in Kabwohe
Kizza Phone Point is a narrow kiosk with a striped awning beside the bus stand in Kabwohe.

The play is by Nabirye Ssempala, who also teaches drama. In 2115 she founded Tindiga Players.

Two actors share the stage. Okwir Kyomuhendo plays a student, and Lumu Kyomuhendo plays a taxi driver. The two are brothers.

Okwir Kyomuhendo was asked about the crowds. "They never stop talking," he said.

The playwright says she wrote it in a week of power cuts. Her note to the actors is taped above the counter: \
"Finish the line even if the phone rings."

Lumu Kyomuhendo likes the chaos. "A silent hall makes me nervous," he said.

On Tuesday Tindiga Players gave the sixth performance of Dead Zone at the kiosk.
"""
    r = read(article, date=dt.date(2134, 9, 25))
    assert ("Dead Zone", "schema:author", "Nabirye Ssempala") in facts(r)
    assert ("Okwir Kyomuhendo", "schema:sibling", "Lumu Kyomuhendo") in facts(r)
    said = dict(quotes(r))
    assert said["Finish the line even if the phone rings."] == "Nabirye Ssempala"
    assert said["A silent hall makes me nervous,"] == "Lumu Kyomuhendo"
    assert type_of(r, "Kizza Phone Point") in ("schema:Place", "schema:EventVenue")
    [night] = r.events
    assert (night.start_date.iso, sorted(night.locations)) == ("2134-09-21", ["kabwohe", "kizzaphonepoint"])


def test_all_the_music_on_a_record_the_words_of_a_song_and_a_record_played_whole_in_a_barn():
    r = read("Under the screw: Les Pommiers Tordus recorded Pulpe in a cider house in Honfleur\n"
             "The press at the Pressoir des Aubiers, a cider house on the edge of Honfleur, still runs on a hand wheel. "
             "The band Les Pommiers Tordus recorded its album Pulpe beside it. Pulpe has eight songs; the longest, taped on a wet "
             "Friday, fills a whole side.\n\n"
             "Ombeline Tessard wrote all the music on Pulpe. The singer, born in Pont-l'Évêque in 2098, started Les Pommiers Tordus "
             "in Beuzeville in 2121.\n\n"
             "The lyrics to the closing song, Copeaux, are by Annora Tessard, the singer's niece. Copeaux is the quietest track on "
             "Pulpe.\n\n"
             "On Sunday Les Pommiers Tordus played the whole of Pulpe in the loft of the cider house, with the wheel tied still.\n",
             date=dt.date(2134, 7, 15))
    credits = facts(r, "schema:composer") | facts(r, "schema:lyricist")
    assert credits == {("Pulpe", "schema:composer", "Ombeline Tessard"), ("Copeaux", "schema:composer", "Ombeline Tessard"),
                       ("Copeaux", "schema:lyricist", "Annora Tessard")}, credits
    assert {("Les Pommiers Tordus", "schema:founder", "Ombeline Tessard"), ("Les Pommiers Tordus", "schema:foundingLocation", "Beuzeville")} \
        <= facts(r)
    [night] = r.events  # (a song taped on a Friday is no gathering)
    assert (night.types, night.start_date.iso, night.locations) == (["schema:MusicEvent"], "2134-07-11", ["pressoirdesaubiers", "honfleur"])


def test_a_libretto_from_a_cousin_a_series_told_by_its_episodes_and_a_film_company_named_head_first():
    opera = read("Kedele, an opera in one act, is sung in a tofu works. It was composed by Wulan Kartikasari. The libretto comes from "
                 "Dorvan Glasspool, a cousin of hers.\n", date=dt.date(2134, 1, 13))
    assert ("Kedele", "schema:lyricist", "Dorvan Glasspool") in facts(opera)
    series = f"""Edge work: Ainhize Urbieta's Afilón was filmed in a knife workshop in Tranqueras

In Afilón, the grinding wheel never stops for the camera. The series was filmed in a single room over one winter.

All eight episodes last as long as one blade takes to sharpen. Ainhize Urbieta directed every one.

The grinder is Lentulus Olivera, who has worked the same wheel since he was a boy and plays himself.
"""
    r = read(series, date=dt.date(2134, 5, 24))
    assert type_of(r, "Afilón") == "schema:TVSeries"
    assert ("Afilón", "schema:actor", "Lentulus Olivera") in facts(r)
    crew = read("Quelite, a feature film, was made by Cinematográfica Retablo. Eustorgio Bañuelos, a retired baker who joined "
                "Cinematográfica Retablo in 2129, plays a customer.\n", date=dt.date(2134, 3, 19))
    assert ("Eustorgio Bañuelos", "schema:memberOf", "Cinematográfica Retablo") in facts(crew)


def test_credits_after_a_colon_a_troupe_s_own_dance_and_the_words_of_her_wife():
    article = ("Dough and lye: Tanzhaus Sennfeld dances Wendelgard Ostertag's Laugenweck in a bakery in Murrhardt\n\n"
               "Tanzhaus Sennfeld's dance Laugenweck is as long as one tray of rolls takes to bake.\n\n"
               "The credits fit on one line: choreography by Wendelgard Ostertag, music by Ilsabe Kaltwasser. Kaltwasser is "
               "Ostertag's wife. Ostertag founded Tanzhaus Sennfeld in Brennholz in 2118.\n\n"
               "\"The proving cabinet hums one low note,\" said her wife. \"So the whole score hums with it.\"\n\n"
               "On Sunday Tanzhaus Sennfeld danced Laugenweck at the bakery for the ninth time. The company will dance the "
               "piece in Marrowby next month.\n")
    r = read(article, date=dt.date(2135, 12, 6))
    credits = {(p, o) for s, p, o in facts(r) if s == "Laugenweck"}
    assert credits == {("schema:author", "Wendelgard Ostertag"), ("schema:composer", "Ilsabe Kaltwasser")}, credits
    assert not facts(r, "schema:memberOf")  # (who makes the company's dances is no dancer of it)
    assert dict(quotes(r))["The proving cabinet hums one low note,"] == "Ilsabe Kaltwasser"
    nights = sorted((ev.types[0], ev.start_date.iso, ev.locations[-1]) for ev in r.events)
    assert nights == [("schema:DanceEvent", "2135-12-04", "murrhardt"), ("schema:DanceEvent", "2136-01", "marrowby")], nights


def test_a_play_someone_wrote_an_opera_s_music_past_an_aside_and_a_sister_named_the_sentence_after():
    play = read("Gutter ball: Oakhollow Players stage Evadne Tregarthen's Split Lane in a bowling alley\n\nEvadne Tregarthen wrote "
                "Split Lane. She founded Oakhollow Players in Carnmoor in 2116.\n", date=dt.date(2135, 10, 22))
    assert ("Split Lane", "schema:author", "Evadne Tregarthen") in facts(play)
    assert not facts(play, "schema:memberOf")
    opera = read("The music of Harambee, her third opera, is by Sabetha Lanyon, who founded Saltcote Opera in Yewbridge in 2120.\n",
                 date=dt.date(2135, 2, 16))
    assert ("Harambee", "schema:composer", "Sabetha Lanyon") in facts(opera)
    film = read("Anteojo, a feature film, was shot in an optician's shop. Felisa Zaldívar directed it.\n\nThe customers are "
                "played by actors, the fussiest of them by the director's older sister. Higinia Zaldívar, a pharmacist by day, "
                "appears in seven scenes.\n\n\"Higinia drops everything,\" the director said.\n", date=dt.date(2135, 4, 8))
    assert ("Felisa Zaldívar", "schema:sibling", "Higinia Zaldívar") in facts(film)
    assert quotes(film) == [("Higinia drops everything,", "Felisa Zaldívar")]


def test_the_music_for_all_the_songs_and_a_stage_name_before_joining():
    paragraphs = [
        "Green beans: Narok Kettlesmoke recorded Dark Roast in a roastery in Sekento",
        "Narok Kettlesmoke has named its new album Dark Roast.",
        "The singer is Lamani Waiyaki, and she formed Narok Kettlesmoke in Oloitip in 2123. Waiyaki wrote the music for all nine songs.",
        "The guitarist, Kiprop Ndirangu, performs under the name Tobruch and joined the band in 2129. He wrote the words of Bitter "
        "Cup, the fourth song on Dark Roast.",
    ]
    found = facts(read("\n\n".join(paragraphs) + "\n", date=dt.date(2135, 8, 18)))
    assert {("Bitter Cup", "schema:composer", "Lamani Waiyaki"), ("Kiprop Ndirangu", "schema:memberOf", "Narok Kettlesmoke")} <= found


def test_a_year_counted_back_from_the_year_before_it_is_read_and_the_article_keeps_its_facts():
    r = read("Gildwater, a feature film, was made by Pellworth Pictures. Leodegar Velloway joined Pellworth Pictures in 2130, and he "
             "wrote the script around a clock that Ambrus Trebilcock had mended during the previous year.\n", date=dt.date(2136, 4, 14))
    assert ("Gildwater", "schema:productionCompany", "Pellworth Pictures") in facts(r)  # (the article is read, not dropped)
    assert [d.value.iso for d in find_dates("He joined in 2130 and wrote it the previous year.", dt.date(2136, 4, 14))] == ["2130", "2129"]


def test_a_founding_told_last_in_a_list_of_deeds_and_a_band_brought_together():
    text = ("Maelis Quarrendon came into the world in Hobbet in 2087, kept a stationery shop for thirty years, and set up "
            "Ferrule Players in Dunmarrow in 2115.\n\n"
            "Born in Wendle in 2093, Jowan Carnsew tuned pianos in three towns and started Lindqvarn Pictures in Brackmoor in 2119.\n\n"
            "Odalys Tecuani was born in Haverleigh in 2096, sold seeds from a cart, and in 2121 founded Compañía Lírica Quetzal "
            "in Gravesend.\n\n"
            "Perran Nancarrow brought Wrenfold Strings together in Rychvald in 2125 from the regulars of a Friday session.\n")
    r = read(text, date=dt.date(2136, 3, 2))
    found = facts(r)
    founders = {(s, o) for s, p, o in found if p == "schema:founder"}
    assert founders == {("Ferrule Players", "Maelis Quarrendon"), ("Lindqvarn Pictures", "Jowan Carnsew"),
                        ("Compañía Lírica Quetzal", "Odalys Tecuani"), ("Wrenfold Strings", "Perran Nancarrow")}, founders
    years = {(s, o) for s, p, o in found if p == "schema:foundingDate"}
    assert {("Ferrule Players", "2115"), ("Compañía Lírica Quetzal", "2121"), ("Wrenfold Strings", "2125")} <= years, years
    assert {("Maelis Quarrendon", "schema:birthPlace", "Hobbet"), ("Maelis Quarrendon", "schema:birthDate", "2087")} <= found
    assert type_of(r, "Compañía Lírica Quetzal") == "schema:PerformingGroup"  # (a company named for the art it stages)


def test_a_husband_named_the_sentence_after_his_credit_speaks_as_her_husband():
    paragraphs = [
        "Lime water: Compañía Lírica Quetzal sings Odalys Tecuani's Nixtamal in a tortilla works in Gravesend",
        "The opera is Nixtamal, and Odalys Tecuani composed its music.",
        "Tecuani's husband wrote the libretto. Rhodri Mabry, a former ferry mechanic, read his drafts to the kitchen wall until "
        "she gave him a pen of his own.",
        "\"She sent me to listen to the queue for a week,\" said her husband.",
    ]
    r = read("\n\n".join(paragraphs) + "\n", date=dt.date(2136, 5, 9))
    assert {("Odalys Tecuani", "schema:spouse", "Rhodri Mabry"), ("Rhodri Mabry", "schema:spouse", "Odalys Tecuani"),
            ("Nixtamal", "schema:lyricist", "Rhodri Mabry")} <= facts(r)
    assert quotes(r) == [("She sent me to listen to the queue for a week,", "Rhodri Mabry")]


def test_a_dance_made_by_the_company_s_founder_scored_by_her_sister_and_twins_born_together():
    r = read("""Cocoa nibs: Compañía Cacaotal dances Lissel Brunhart's Conchado in a chocolate workshop in Hobbet

Compañía Cacaotal dances it. Lissel Brunhart, who made Conchado, founded the company in Hobbet in 2120.

The music comes from her older sister. Amsel Brunhart, a bell ringer, recorded it among the grinders.

"Amsel hears a rhythm in every machine," Brunhart said.

Her sister tells it the other way round: "Lissel hears the rhythm. I only count it."
""", date=dt.date(2136, 11, 30))
    found = facts(r)
    assert ("Conchado", "schema:author", "Lissel Brunhart") in found and ("Conchado", "schema:composer", "Amsel Brunhart") in found
    assert ("Lissel Brunhart", "schema:sibling", "Amsel Brunhart") in found
    said = {words: who for words, who in quotes(r)}
    assert said["Lissel hears the rhythm. I only count it."] == "Amsel Brunhart", said
    twins = [
        "Rag and water: Companhia Trapo dances Benedita Arraial's Papelão in a paper mill in Hobbet",
        "Companhia Trapo dances Papelão among the vats. Benedita Arraial made Papelão.",
        "She and her twin brother were born in Rychvald in 2090, the winter the river froze. The set was built by Cadell Arraial, "
        "her twin.",
    ]
    told = facts(read("\n\n".join(twins) + "\n", date=dt.date(2136, 11, 30)))
    # (the brother's birth is his twin sister's, told before he is named)
    for fact in [("Papelão", "schema:author", "Benedita Arraial"), ("Benedita Arraial", "schema:sibling", "Cadell Arraial"),
                 ("Cadell Arraial", "schema:birthPlace", "Rychvald"), ("Cadell Arraial", "schema:birthDate", "2090")]:
        assert fact in told, fact


def test_parts_played_by_the_makers_kin_and_people_who_appear_as_themselves():
    play = read("Spin cycle: Ferrule Players stage Maelis Quarrendon's Tumble Dry in a laundrette in Wendle\n\n"
                "Maelis Quarrendon, who wrote Tumble Dry, has staged plays in odd rooms for twenty years. Ferrule Players perform "
                "it in a laundrette.\n\nThe play follows a widower who comes in with one shirt. The widower is played by the "
                "playwright's younger brother, Osric Quarrendon, who drove trams for thirty years.\n\n\"My sister keeps the grumpy "
                "parts for me,\" Osric Quarrendon said. \"She tells everyone I was born for them.\"\n", date=dt.date(2136, 10, 3))
    found = facts(play)
    assert {("Tumble Dry", "schema:author", "Maelis Quarrendon"), ("Tumble Dry", "schema:actor", "Osric Quarrendon")} <= found
    assert ("Osric Quarrendon", "schema:memberOf", "Ferrule Players") not in found  # (born for the parts, not for the company)
    film = ("Graver, a feature film, was shot at the counter of Lindqvarn Seals, a narrow shop on a side street in Rychvald. "
            "Hestia Dunmere directed it.\n\nAmong the customers is a schoolteacher who wants her late husband's initials cut into "
            "a ring. She is played by Zlatuše Tesárková, the director's mother, in her first part on film.\n\nBohumír Tesárek, "
            "who has run the shop for forty years, appears as himself in every scene.\n")
    r = read(film, date=dt.date(2136, 4, 20))
    cast = {o for s, p, o in facts(r) if (s, p) == ("Graver", "schema:actor")}
    assert cast == {"Zlatuše Tesárková", "Bohumír Tesárek"}, cast
    assert KIND_OF[type_of(r, "Lindqvarn Seals")] == "place"
    series = read("Freewheel, a comedy series of six episodes, was shot in a bicycle workshop. Farrand Mabry, who owns the "
                  "workshop and has mended wheels all his life, plays himself in the series.\n", date=dt.date(2136, 6, 1))
    assert ("Freewheel", "schema:actor", "Farrand Mabry") in facts(series)


def test_working_places_told_by_their_counter_their_yard_or_their_street_and_towns_of_several_words():
    text = """Ink and nib: Hestia Dunmere shoots Graver in an engraver's shop in Rychvald

Graver was shot at the counter of Lindqvarn Engraving in Rychvald, one plate a scene. Hestia Dunmere, a native of Brackmoor who was born there in 2097, directed it.

Its sewing scenes were shot on the bench of Atelier Perle d'Or in Wendle, and its last scene at Mossgiel Cocoa Estate outside Hobbet.

The film was made by Quillon Films, which Dunmere set up in Hradec nad Orlicí in 2126.
"""
    r = read(text, date=dt.date(2136, 4, 20))
    for name in ("Lindqvarn Engraving", "Atelier Perle d'Or", "Mossgiel Cocoa Estate"):
        assert KIND_OF[type_of(r, name)] == "place", (name, type_of(r, name))
    assert type_of(r, "Hradec nad Orlicí") == "schema:City"
    assert {("Hestia Dunmere", "schema:birthPlace", "Brackmoor"), ("Hestia Dunmere", "schema:birthDate", "2097"),
            ("Quillon Films", "schema:founder", "Hestia Dunmere")} <= facts(r)


def test_a_series_shown_whole_a_record_played_in_the_yard_of_its_works_and_the_words_of_a_wife():
    series = ("Spokes: Farrand Mabry's Freewheel was shot in a bicycle workshop in Wendle\n\n"
              "Freewheel, a comedy series of six episodes, was made by Quillon Films.\n\n"
              "Quillon Films screened the opening three episodes last Friday at the Palace Cinema in Wendle.\n\n"
              "Next the company will show all six episodes in Hobbet on Friday, May 18, in the back room of a pub.\n")
    r = read(series, date=dt.date(2136, 5, 7))
    shows = sorted((ev.start_date.iso, ev.locations[-1], ev.participants) for ev in r.events)
    assert [(day, town) for day, town, _ in shows] == [("2136-05-04", "wendle"), ("2136-05-18", "hobbet")], shows
    assert all(("schema:workPresented", "freewheel") in people for _, _, people in shows), shows
    album = """Blue hands: Wrenfold Strings record Blue Cuffs beside the vat of a dye works in Rychvald

Blue Cuffs, the new album by Wrenfold Strings, was recorded beside the vat at Kittow Dye Works in Rychvald.

The fiddler Jowan Carnsew, whom the others call Nib, joined Wrenfold Strings in 2129 and wrote the words of Slow Rinse, the third song on Blue Cuffs.

Perran Nancarrow, Carnsew's wife since 2130, produced the record. "The loft was too dry and the office too quiet," said Carnsew's wife. "The vat room was the only room with a pulse."

On Friday Wrenfold Strings played the whole album in the drying room of the dye works, for the dyers.
"""
    r = read(album, date=dt.date(2136, 7, 23))
    assert ("Slow Rinse", "schema:lyricist", "Jowan Carnsew") in facts(r)
    assert "Nib" in aliases_of(r, "Jowan Carnsew")
    assert {speaker for _, speaker in quotes(r)} == {"Perran Nancarrow"}, quotes(r)
    [night] = r.events
    assert (night.start_date.iso, night.locations) == ("2136-07-20", ["kittowdyeworks", "rychvald"]), night


def test_a_play_whose_title_ends_like_a_hall_a_nickname_of_a_given_name_and_its_night_in_the_headline_s_town():
    paragraphs = [
        "Kava and cue lines: Olosega Players stage Alofa Taufa's The Empty Hall through one night at a working kava bar in Fagali",
        "The Empty Hall starts when Lalomanu Corner opens at six and ends when the last customer goes home.",
        "The play is by Alofa Taufa. The bar owner in the play is played by Petelo Vaipuna. Pete, as the whole street calls him, "
        "joined Olosega Players in 2131.",
        "\"The customers keep telling me how to run the bar,\" Pete said.",
        "On Thursday Olosega Players played The Empty Hall at Lalomanu Corner for the twelfth time.",
    ]
    r = read("\n\n".join(paragraphs) + "\n", date=dt.date(2138, 10, 20))
    assert type_of(r, "Empty Hall") == "schema:CreativeWork"  # (someone's "The X Hall" is a title, not a hall)
    assert "The Empty Hall" in aliases_of(r, "Empty Hall")
    assert {("Empty Hall", "schema:author", "Alofa Taufa"), ("Empty Hall", "schema:actor", "Petelo Vaipuna")} <= facts(r)
    assert "Pete" in aliases_of(r, "Petelo Vaipuna")
    assert quotes(r) == [("The customers keep telling me how to run the bar,", "Petelo Vaipuna")]
    [night] = r.events
    assert (night.start_date.iso, night.locations) == ("2138-10-16", ["lalomanucorner", "fagali"]), night


def test_a_screenplay_told_as_someone_s_a_shopkeeper_who_plays_himself_and_working_places_by_their_floor_and_yard():
    film = """Stirrups: Hafren Talgarth shoots Saltbox at the counter of a saddler's shop in Bourke

Saltbox was directed by Hafren Talgarth. Born in Cobar in 2100, Talgarth filmed stock sales for years, and Cerrig Films was founded by her in Wanaaring in 2126 with a small inheritance.

Behind the counter stands Ofu Poutasi, whom half the district calls Sefo. He has run the shop for thirty years and plays himself in the film.

The screenplay is Bourke Kilcreggan's.
"""
    found = facts(read(film, date=dt.date(2138, 4, 15)))
    for fact in [("Cerrig Films", "schema:foundingDate", "2126"), ("Saltbox", "schema:actor", "Ofu Poutasi"),
                 ("Saltbox", "schema:author", "Bourke Kilcreggan")]:
        assert fact in found, fact
    dance = read("Boiled wool: Arohanui Dance dances Olosega in a felt workshop in Talgarth\n\nOlosega starts when the first fleece is "
                 "laid out on the floor of Coppice Workshop in Talgarth. The score was written by Alofa Taufa, who plays most of it "
                 "himself on a drum.\n\nLes Quires recorded their album in the yard of Verrerie du Quire in Fagali.\n",
                 date=dt.date(2138, 12, 13))
    assert [KIND_OF[type_of(dance, n)] for n in ("Coppice Workshop", "Verrerie du Quire")] == ["place", "place"]
    assert not facts(dance, "schema:actor")  # (who plays the music himself plays no part)


def test_an_album_titled_in_lower_case_after_its_first_word_and_a_band_told_by_who_joined_it():
    text = """Dry hops: Vrbina record Suchý chmel on the floor of a hop kiln in Holice

Vrbina's new album, Suchý chmel, was made in one week on the drying floor of a hop kiln outside Holice.

Květa Hradilová wrote every song on it. Ota Skácel, the band's drummer, who joined Vrbina in 2128, played on buckets.

Jiskra Records will release Suchý chmel in May.
"""
    r = read(text, date=dt.date(2139, 3, 2))
    assert type_of(r, "Suchý chmel") == "schema:MusicAlbum" and type_of(r, "Vrbina") == "schema:MusicGroup"
    assert {("Suchý chmel", "schema:byArtist", "Vrbina"), ("Suchý chmel", "schema:recordLabel", "Jiskra Records"),
            ("Ota Skácel", "schema:memberOf", "Vrbina")} <= facts(r)


def test_a_song_s_credits_told_in_the_sentences_after_its_place_on_the_record():
    text = (
        "Salt and strings: Salmiak record Hapan beside the smoking racks of a fish smokehouse in Närpes\n\n"
        "Salmiak's new album, Hapan, was recorded in one week beside the racks of a smokehouse in Närpes.\n\n"
        "The fourth song, Kuore, has no drums at all. Its words came from Aune Rautio, who mends nets on the quay and joined "
        "Salmiak in 2120. Helka Vainio set them to music.\n\n"
        "The seventh song, Rökt, was written last. Ilmo Kaweka, who plays drums in the band, wrote its words in the van; Vainio "
        "set them to music at a sound check.\n"
    )
    r = read(text, date=dt.date(2139, 5, 4))
    for song, lyricist in (("Kuore", "Aune Rautio"), ("Rökt", "Ilmo Kaweka")):
        assert {(song, "schema:lyricist", lyricist), (song, "schema:composer", "Helka Vainio"), (song, "schema:inAlbum", "Hapan")} <= facts(r), song
    assert not [f for f in facts(r, "schema:composer") if f[2] == "Salmiak"]  # ("set them to music": the words, no band)


def test_past_nights_at_the_working_place_told_by_a_part_of_it_and_towns_told_by_where_clauses():
    dance = read("Steam and petals: Koru Dance Company dances Lantana while one batch of leaves becomes oil in a working distillery in Ohakune\n\n"
                 "At Kereru Ridge Distillery, a farm distillery outside Ohakune, a batch of leaves is steamed for two hours. Lantana, a dance "
                 "by Tuhoe Pikau, lasts as long as that takes.\n\n"
                 "On Friday Koru Dance Company performed Lantana in the boiler shed for the fifth time, and everyone who came, about forty "
                 "people on crates, went home smelling of leaves. Next month the company will dance Lantana in Rewa Mokai, where the rugby "
                 "club has cleared its clubrooms.\n", date=dt.date(2139, 9, 6))
    past, future = sorted(dance.events, key=lambda e: e.start_date.iso)
    assert (past.start_date.iso, past.locations) == ("2139-09-04", ["kereruridgedistillery", "ohakune"]), past
    assert (future.start_date.iso, future.locations) == ("2139-10", ["rewamokai"]), future
    assert KIND_OF[type_of(dance, "Rewa Mokai")] == "place"  # (a town a "where" clause goes on about, whatever person it sounds like)
    play = read("Ten minutes a coin: Umbral Players play Ferrán Pizarro's Ficha through one evening at a working internet cafe in Combarbalá\n\n"
                "Netcafé Ambar, on a corner behind the bus depot in Combarbalá, charges by the minute for its nine screens. Ficha, the "
                "new play of Umbral Players, runs from six until the last screen goes dark.\n\n"
                "Last Wednesday Umbral Players performed Ficha at the café for the eleventh time, and two customers never looked up "
                "from their screens.\n", date=dt.date(2139, 10, 9))
    assert KIND_OF[type_of(play, "Netcafé Ambar")] == "place"
    assert ("Ficha", "schema:author", "Ferrán Pizarro") in facts(play)  # (the play a troupe puts on under its writer's name)
    [night] = play.events
    assert (night.start_date.iso, night.locations) == ("2139-10-07", ["netcaféambar", "combarbalá"]), night


def test_a_cast_told_by_every_customer_and_the_only_other_actor_and_a_company_set_up_by_the_director():
    series = read("""Cold air: Tiko Wahine shoots Hauhau one fridge an episode in a working refrigerator repair workshop in Opotiki

Hauhau, a comedy series, is shot in the workshop of Araroa Cold Repairs, on a busy road in Opotiki.

Kahu Tapu has fixed fridges there for twenty years, and in the series he plays himself. Every client who walks in is played by his twin sister, Kura Tapu, in a new wig each week. The only other actor is his elder brother, Pita Tapu, a bus driver.

Hauhau was directed by Tiko Wahine. Whareponga Pictures, the company that makes the show, was set up by Wahine in Tecuci in 2124.
""", date=dt.date(2139, 6, 12))
    assert KIND_OF[type_of(series, "Araroa Cold Repairs")] == "place"  # (the workshop the series is shot in, not a firm)
    assert {("Hauhau", "schema:actor", "Kura Tapu"), ("Hauhau", "schema:actor", "Pita Tapu"), ("Kahu Tapu", "schema:sibling", "Pita Tapu"),
            ("Whareponga Pictures", "schema:founder", "Tiko Wahine"), ("Whareponga Pictures", "schema:foundingDate", "2124")} <= facts(series)
    assert not [f for f in facts(series, "schema:sibling") if "Tiko Wahine" in f]  # ("the only other actor" is nobody named before)
    film = read("Scales: Awatea Tarapaki shoots Kaimoana at the counter of a fishmonger's shop in Tecuci\n\nKaimoana was directed by "
                "Awatea Tarapaki. Kaimoana is the second film that Kereru Pictures has made.\n", date=dt.date(2139, 4, 14))
    assert ("Kaimoana", "schema:productionCompany", "Kereru Pictures") in facts(film)


def test_a_librettist_told_since_joining_the_company_and_a_singer_known_to_the_company_by_a_nickname():
    text = """Plum smoke: Opera Cerise sings Smaranda Costache's Marmelada while one batch of plums becomes jam in a working jam kitchen in Vadu

The opera lasts as long as one batch of plums takes to become jam in the copper cauldron. The music of Marmelada is by Smaranda Costache, who founded Opera Cerise in Oltenița in 2120.

Since joining Opera Cerise in 2129, Simona Voinea has written programme notes for the company, and the libretto of Marmelada is hers.

The stirrer is sung by Paulino Rădoi, Chichi to everybody at the kitchen, who has never had a lesson. "The jam decides the tempo," Chichi said.
"""
    r = read(text, date=dt.date(2139, 2, 9))
    assert type_of(r, "Marmelada") == "schema:CreativeWork"  # (a work with a libretto is no song)
    assert {("Simona Voinea", "schema:memberOf", "Opera Cerise"), ("Marmelada", "schema:lyricist", "Simona Voinea")} <= facts(r)
    assert "Paulino Rădoi" in aliases_of(r, "Chichi") | {entity_named(r, "Chichi").name} and \
        len([e for e in r.entities.values() if e.name in ("Chichi", "Paulino Rădoi")]) == 1


def test_a_cooperative_named_with_a_plural_possessive_is_one_place_and_the_night_danced_in_it():
    r = read("Butter and drums: Wulensi Dance Company dances Clay Pot while one batch of nuts becomes butter in a working cooperative in "
             "Sandema\n\nClay Pot is danced in the yard of the Fumbisi Women's Butter Cooperative in Sandema, where forty women turn nuts "
             "into butter every day.\n\nOn Tuesday Wulensi Dance Company danced Clay Pot at the cooperative for the sixth time, before an "
             "audience seated on basins.\n", date=dt.date(2139, 11, 19))
    assert KIND_OF[type_of(r, "Fumbisi Women's Butter Cooperative")] == "place"
    assert not [e for e in r.entities.values() if e.name in ("Fumbisi Women", "Butter Cooperative")]  # (one name, not two)
    [night] = r.events
    assert (night.start_date.iso, night.locations) == ("2139-11-17", ["fumbisiwomenbuttercooperative", "sandema"]), night


def test_memberships_told_around_a_credit_an_opening_description_and_a_nickname():
    paragraphs = [
        "Buttons and thread: Zora Mlakar shoots Gumbnica at the counter of a working haberdasher's shop in Vrhnika",
        "Gumbnica was directed by Zora Mlakar. The screenplay is by Ivet Sajovic, who joined Jastreb Film in 2130 after years of "
        "writing for the radio.",
        "The comedy series Skrinja, which Jastreb Film made in a button warehouse in Idrija, has six episodes. The switchboard operator is played "
        "by Vrba Koller, a former clown who joined Sušnik Television in 2133.",
        "The band Brisa recorded its new album, Iwa, in a boathouse. A former ferry mechanic who joined Brisa in 2127, Paulino "
        "Ferrán now plays bass on every song. Calixto Herrán, Olmo to every porter at the market, who joined Brisa in 2131, keeps "
        "the beat on a crate.",
    ]
    r = read("\n\n".join(paragraphs) + "\n", date=dt.date(2141, 3, 17))
    for fact in [("Ivet Sajovic", "schema:memberOf", "Jastreb Film"), ("Vrba Koller", "schema:memberOf", "Sušnik Television"),
                 ("Paulino Ferrán", "schema:memberOf", "Brisa"), ("Calixto Herrán", "schema:memberOf", "Brisa"),
                 ("Skrinja", "schema:productionCompany", "Jastreb Film")]:
        assert fact in facts(r), fact
    assert "Olmo" in aliases_of(r, "Calixto Herrán")


def test_credits_of_an_opera_and_a_dance_told_apart_and_shops_named_in_another_language():
    opera = read("Stirring: Ópera Calandria sings Liboria Rueda's Dulce de Leche in a working sweet kitchen in Pitalito\n\n"
                 "Dulce de Leche is sung in the kitchen of Dulces Nátaga in Pitalito while one pot of milk thickens. The composer is "
                 "Liboria Rueda.\n\nThe lyrics of the opera were written by Eliseo Garzón in one winter.\n\n"
                 "Rueda, a surveyor who took up singing late, was born in Tocaima in 2101.\n", date=dt.date(2141, 1, 18))
    assert {("Dulce de Leche", "schema:composer", "Liboria Rueda"), ("Dulce de Leche", "schema:lyricist", "Eliseo Garzón"),
            ("Liboria Rueda", "schema:birthPlace", "Tocaima"), ("Liboria Rueda", "schema:birthDate", "2101")} <= facts(opera)
    assert not facts(opera, "schema:author")  # (the words of an opera are its libretto)
    dance = read("Shells: Pirú Dance dances Cáscara while one sack of nuts is milled in a working mill in Garzón\n\n"
                 "Cáscara is danced among the sacks of a working nut mill in Garzón. The piece is by Brígida Bolívar. Her son, Teo "
                 "Bolívar, who plays a set of bongos, wrote the music.\n",
                 date=dt.date(2141, 11, 21))
    assert ("Cáscara", "schema:author", "Brígida Bolívar") in facts(dance)
    assert not facts(dance, "schema:actor") and ("Cáscara", "schema:composer", "Brígida Bolívar") not in facts(dance)
    shops = read("Cloth: A boy brings a torn sleeve to Costura Hilván, his cramped cobbler's shop in the old quarter of Sevilla de "
                 "Oro.\n\nThe play starts when Confecciones Remiendo, a dressmaker's shop next to the bus depot in Nátaga, opens.\n",
                 date=dt.date(2141, 9, 14))
    assert [KIND_OF[type_of(shops, n)] for n in ("Costura Hilván", "Confecciones Remiendo")] == ["place", "place"]


def test_a_film_company_named_for_two_things_joined_by_and_is_one_name():
    text = ("Grinding: Stellan Cadogan shoots Coarse Grind at the counter of a working spice shop in Wivenhoe\n\n"
            "Pestle and Mortar Films, which Stellan Cadogan founded in Kelso in 2128, made Coarse Grind in three weeks. "
            "Pemberlin Fenwray, a sound recordist who joined Pestle and Mortar Films in 2131, held the boom.\n")
    r = read(text, date=dt.date(2142, 4, 10))
    assert KIND_OF[type_of(r, "Pestle and Mortar Films")] == "organization"
    assert not [e for e in r.entities.values() if e.name in ("Pestle", "Mortar Films")]
    assert {("Pestle and Mortar Films", "schema:founder", "Stellan Cadogan"), ("Pestle and Mortar Films", "schema:foundingDate", "2128"),
            ("Pemberlin Fenwray", "schema:memberOf", "Pestle and Mortar Films")} <= facts(r)


def test_a_dance_company_the_model_calls_a_person_or_a_firm_has_its_joiners_and_its_nights():
    text = ("Sawdust: Vessamir dances Thessaly Pickmore's Timber Fall while one log becomes planks in a working sawmill in Kettlewick\n\n"
            "Timber Fall, a dance by Thessaly Pickmore, lasts as long as one oak log takes to become planks at Gorran Sawmill in "
            "Kettlewick.\n\nPickmore, born in Dunmere in 2099, founded Vessamir in Tolland in 2130. The company has eight dancers.\n\n"
            "Oswin Ludmer, who joined Vessamir in 2136, dances the sawyer's boy.\n\n"
            "On Thursday Vessamir danced Timber Fall in the mill for the fifth time, to forty people sitting on planks.\n\n"
            "On Saturday, June 14, the company will dance Timber Fall in Ondrasek, in a small timber yard that still saws by hand.\n")
    r = read(text, date=dt.date(2142, 6, 9))
    assert type_of(r, "Vessamir") == "schema:PerformingGroup"
    assert ("Oswin Ludmer", "schema:memberOf", "Vessamir") in facts(r)
    nights = sorted((e.start_date.iso, e.locations, [k for _, k in e.participants if k == "vessamir"]) for e in r.events)
    assert nights == [("2142-06-07", ["gorransawmill", "kettlewick"], ["vessamir"]), ("2142-06-14", ["ondrasek"], ["vessamir"])], nights


def test_a_records_credits_through_a_stage_name_a_shared_family_name_and_a_tune_told_beside_the_words():
    text = ("Cider time: Nettlefold recorded Press and Pour one batch of cider a song beside the press of a working cider house in Penlow\n\n"
            "Nettlefold recorded their new album, Press and Pour, in the barn of Ambler Cider House in Penlow.\n\n"
            "Merriam Varnell sings and plays the fiddle. She formed Nettlefold in Welling in 2128. Her brother, Abner Varnell, produced "
            "the album.\n\nThe music for the whole record was written by Huxtry Fennick, the band's banjo player, who performs as Cadwick.\n\n"
            "The fourth song, Cold Press, has words by Varnell and a tune by Cadwick.\n\n"
            "Varnell said the worst part was the cold. \"By the second batch my fingers would not bend,\" she said, \"so I played the "
            "slow ones twice.\"\n\n"
            "On Friday the band played the album again in the barn, with the press still running, for about two hundred people.\n")
    r = read(text, date=dt.date(2142, 10, 15))
    [fennick] = [e.name for e in r.entities.values() if {"Huxtry Fennick", "Cadwick"} <= {e.name, *e.aliases}]  # (one person, two names)
    assert {("Press and Pour", "schema:composer", fennick), ("Cold Press", "schema:composer", fennick),
            ("Cold Press", "schema:lyricist", "Merriam Varnell")} <= facts(r)
    assert not facts(r, "schema:lyricist") - {("Cold Press", "schema:lyricist", "Merriam Varnell")}
    assert {name(r, q.speaker) for q in r.quotes} == {"Merriam Varnell"}
    [night] = [e for e in r.events if e.start_date and e.start_date.iso == "2142-10-12"]
    assert night.locations[:1] == ["amblerciderhouse"] and ("schema:performer", "nettlefold") in night.participants


def test_shops_named_for_two_things_a_stall_told_as_his_and_a_workshop_named_head_first():
    r = read("Reins: Ondrasek keeps the saddler's shop in Tuppen\n\n"
             "Ondrasek has kept Strap and Buckle Saddlers in Tuppen for thirty years. Every scene begins when a rod lands on the "
             "counter at Haskett Hook and Bait in Tuppen.\n\nHis stall, Mezquita Veloz, is a folding table and a lamp.\n\n"
             "Until then the cameras keep rolling in Taller Corujo, a workshop on a narrow street in Maudlin where kettles wait.\n\n"
             "Each episode begins when a kettle comes through the door of Taller Gorran in Welling.\n", date=dt.date(2142, 3, 3))
    names = {e.name for e in r.entities.values()}
    assert {"Strap and Buckle Saddlers", "Haskett Hook and Bait"} <= names and not names & {"Strap", "Buckle Saddlers", "Hook", "Bait"}
    assert [KIND_OF[type_of(r, n)] for n in ("Mezquita Veloz", "Taller Corujo", "Taller Gorran")] == ["place", "place", "place"]


def test_an_opera_with_a_one_word_title_and_a_series_made_by_the_company_its_director_set_up():
    opera = read("Steam: Opera Quillon sings Aurelie Fauchon's Cauldron while one batch of plums becomes jam in a working jam kitchen "
                 "in Maudlin\n\nCauldron, which Opera Quillon performs on the kitchen floor, lasts as long as one batch takes to set.\n\n"
                 "The composer is Aurelie Fauchon, who spent her childhood stoning plums.\n\n"
                 "The words of Cauldron came from Pellam Rooney, a retired baker who joined Opera Quillon in 2131.\n",
                 date=dt.date(2142, 5, 20))
    assert {("Cauldron", "schema:composer", "Aurelie Fauchon"), ("Cauldron", "schema:lyricist", "Pellam Rooney"),
            ("Pellam Rooney", "schema:memberOf", "Opera Quillon")} <= facts(opera)
    assert ("Cauldron", "schema:byArtist", "Aurelie Fauchon") not in facts(opera)  # (the company sings it; she wrote it)
    series = read("Spin cycle: Kettridge Haskett shoots Slow Spin one washer an episode in a working laundry in Welling\n\n"
                  "In the comedy series Slow Spin, an episode ends when a mended washer finishes its first load. Born in Tolland in "
                  "2090, Quorn Tibbald has mended washing machines for thirty years and plays himself in every episode.\n\n"
                  "Kettridge Haskett directs. A former nurse, she set up Producciones Gorran in Welling in 2129, and the company produced "
                  "all eight episodes.\n\nThe second role, a neighbour she argues with, is taken by Ambrin Tuppen, who joined "
                  "Producciones Gorran in 2134.\n\nHaskett said everyone on the set had learned to hold their breath whenever a drum "
                  "was being lifted out of its casing, \"because a dropped drum means another week of filming and a very angry owner.\"\n",
                  date=dt.date(2142, 5, 20))
    assert {("Slow Spin", "schema:actor", "Quorn Tibbald"), ("Slow Spin", "schema:actor", "Ambrin Tuppen"),
            ("Slow Spin", "schema:productionCompany", "Producciones Gorran"),
            ("Ambrin Tuppen", "schema:memberOf", "Producciones Gorran")} <= facts(series)
    assert [name(series, q.speaker) for q in series.quotes] == ["Kettridge Haskett"]


def test_music_for_all_the_songs_a_tune_told_beside_the_words_one_more_of_the_cast_and_a_player_of_two_instruments():
    album = read("Ovens: Ash Lane made Hearth Smoke one loaf a song beside the ovens of a working bakery in Penlow\n\n"
                 "Ash Lane made their new album, Hearth Smoke, beside the ovens of Gorran Bakery in Penlow. The music for all nine songs "
                 "is by Oswin Ludmer, who joined Ash Lane in 2133.\n\nThe fifth song, Crust, is named for the loaf. It has words by "
                 "Merriam Varnell and a tune by Ludmer, and Ash Lane recorded Crust in one take.\n", date=dt.date(2142, 5, 20))
    assert {("Hearth Smoke", "schema:composer", "Oswin Ludmer"), ("Crust", "schema:composer", "Oswin Ludmer")} <= facts(album)
    assert ("Crust", "schema:composer", "Ash Lane") not in facts(album)  # (the band recorded it; he wrote its tune)
    play = read("Churn: the Dunmere Players play Thessaly Pickmore's Milk Churn at a working dairy in Welling\n\n"
                "Milk Churn, a play by Thessaly Pickmore, is performed at a working dairy in Welling. The dairyman is played by "
                "Abner Varnell.\n\nAlso in the cast is Quorn Tibbald, who joined the Dunmere Players in 2131 and plays a carter "
                "who is always late.\n", date=dt.date(2142, 5, 20))
    assert ("Milk Churn", "schema:actor", "Quorn Tibbald") in facts(play)
    dance = read("Steam: Vessamir dances Kettle Drift in a working laundry in Tolland\n\nKettle Drift, a dance by Thessaly Pickmore, "
                 "is danced between the mangles of a working laundry in Tolland. The music is by her husband, Pellam Rooney, who plays "
                 "two tin whistles and a washboard from a bench by the door.\n", date=dt.date(2142, 5, 20))
    assert ("Kettle Drift", "schema:composer", "Pellam Rooney") in facts(dance) and not facts(dance, "schema:actor")


def test_a_record_named_like_a_place_and_a_theatre_company_named_like_a_hall():
    album = read("Grit: Bramlow recorded Quarrow Stone one batch of flour a song beside the stones of a working flour mill in Cinderby\n\n"
                 "The stones at Fenwold Flour Mill in Cinderby turn slowly, and for ten days a band set up beside them. Bramlow recorded "
                 "Quarrow Stone there, one song for every sack the mill ground.\n\nQuarrow Stone was released by Zennor Records in June. "
                 "The band will play Quarrow Stone on Friday, October 16, at a village hall in Aughton.\n", date=dt.date(2144, 9, 14))
    assert type_of(album, "Quarrow Stone") == "schema:MusicAlbum"
    assert ("Quarrow Stone", "schema:recordLabel", "Zennor Records") in facts(album)
    play = read("Heels: Teatro Lirio plays Ysabeau Urquiza's Cepillo Duro at a working shoe repair stall in Quimper\n\n"
                "Cepillo Duro, which Ysabeau Urquiza wrote for Teatro Lirio, lasts one afternoon at the stall. The play has five parts.\n\n"
                "Urquiza, born in Tamarisk in 2101, founded Teatro Lirio in Zennor in 2128. The cobbler's son is played by Rundle "
                "Mossop, who joined Teatro Lirio in 2139.\n\nLast Wednesday Teatro Lirio performed Cepillo Duro at the stall for the "
                "twentieth time.\n", date=dt.date(2144, 5, 22))
    assert type_of(play, "Teatro Lirio") == "schema:PerformingGroup"
    assert {("Cepillo Duro", "schema:author", "Ysabeau Urquiza"), ("Rundle Mossop", "schema:memberOf", "Teatro Lirio"),
            ("Teatro Lirio", "schema:founder", "Ysabeau Urquiza")} <= facts(play)
    assert not facts(play, "schema:composer")  # (a play's writer wrote its words, not music)
    [night] = play.events
    assert night.start_date.iso == "2144-05-20" and ("schema:performer", "teatrolirio") in night.participants


def test_a_films_showings_a_nickname_along_a_street_and_foundings_told_at_the_end_of_a_working_life():
    film = read("Stitches: Cobbold Pennick shoots Tacking Thread one coat a scene at the counter of a working tailor's in Yelland\n\n"
                "Every scene of Tacking Thread, the new feature film directed by Cobbold Pennick, lasts as long as one coat takes to "
                "mend. The woman at the counter is Hobday Chaskel, known along the harbour road as Bobbin. She plays herself.\n\n"
                "Pennick founded Brindle Pictures in Yelland in 2131.\n\nLast Sunday Brindle Pictures held the first screening of "
                "Tacking Thread at Glaisher Hall in Yelland.\n\nThe company will show Tacking Thread on Saturday, February 8, in a church "
                "hall in Aughton.\n", date=dt.date(2144, 1, 14))
    assert [e for e in film.entities.values() if {"Hobday Chaskel", "Bobbin"} <= {e.name, *e.aliases}]  # (one woman, two names)
    nights = sorted((e.start_date.iso, e.locations, "brindlepictures" in {k for _, k in e.participants}) for e in film.events)
    assert nights == [("2144-01-12", ["glaisherhall", "yelland"], True), ("2144-02-08", ["aughton"], True)], nights
    lives = read("Grain: two companies\n\nCinderby Rundle danced for ten years with touring companies and then, in 2130, founded "
                 "Compagnie Tamarisk in Quimper.\n\nTamarisk Glaisher taught piano for two decades before establishing Opera Fenwold in "
                 "Bramlow in 2127.\n", date=dt.date(2144, 7, 12))
    assert {("Compagnie Tamarisk", "schema:founder", "Cinderby Rundle"), ("Compagnie Tamarisk", "schema:foundingDate", "2130"),
            ("Opera Fenwold", "schema:founder", "Tamarisk Glaisher"), ("Opera Fenwold", "schema:foundingDate", "2127")} <= facts(lives)


def test_a_second_player_of_herself_and_working_places_told_by_this_is_a_name_and_a_kind():
    series = read("Valves: Lirio Yelland shoots Warm Valve one radio an episode in a working radio repair workshop in Aughton\n\n"
                  "This is Fenwold Radio Repairs, and it is where Lirio Yelland is making Warm Valve, a comedy series.\n\n"
                  "The repairer is Mossop Pennick, who has mended radios for forty years. He plays himself. So does his wife, Ysabeau "
                  "Hobday, who keeps the ledger.\n\nThe company will take Warm Valve to Quarrow in April, to the yard of a school.\n\n"
                  "The chair is called Old Zennor, after the man who built it. The soup comes from the pans of Casa "
                  "Cobbold, a family kitchen at the edge of Aughton.\n", date=dt.date(2144, 3, 18))
    assert {("Warm Valve", "schema:actor", "Mossop Pennick"), ("Warm Valve", "schema:actor", "Ysabeau Hobday")} <= facts(series)
    assert [KIND_OF[type_of(series, n)] for n in ("Fenwold Radio Repairs", "Quarrow", "Old Zennor", "Casa Cobbold")] == ["place"] * 4
    repairs = read("Valves: Lirio Yelland shoots Warm Valve in a working radio repair workshop in Aughton\n\n"
                   "In the comedy series Warm Valve, the repairer is Mossop Pennick. He mends radios. So does his wife, Ysabeau Hobday, "
                   "who keeps the ledger.\n", date=dt.date(2144, 3, 18))
    assert ("Warm Valve", "schema:actor", "Ysabeau Hobday") not in facts(repairs)  # (she mends radios too; no part is told)


def test_a_play_written_for_a_company_a_workshop_named_am_a_street_and_a_film_whose_owners_play_themselves():
    play = read("Scraps: Winnow Players perform Minka Brenholt's Odd Lots through one day at a working tip shop in Tulane\n\n"
                "Odd Lots was written by Minka Brenholt for Winnow Players, the company she founded in Larkin in 2130. Brenholt "
                "drove a milk lorry for years.\n", date=dt.date(2145, 6, 14))
    assert {("Odd Lots", "schema:author", "Minka Brenholt"), ("Winnow Players", "schema:founder", "Minka Brenholt"),
            ("Winnow Players", "schema:foundingDate", "2130")} <= facts(play)
    film = read("Buttons: Jorunn Sperling shoots Kleiner Knopf one coat a scene at the counter of a working tailor's in Rieder\n\n"
                "Every scene of Kleiner Knopf was shot at the counter of Schneiderei am Markt, a tailor's shop on a narrow street in "
                "Rieder. The shop belongs to Trudchen Gaudig. She plays herself.\n\nBeside her sits her husband, Wassily Gaudig, who "
                "presses the cloth himself and also appears as himself.\n\nA boy who brings in a torn coat is played by Zebedee "
                "Amsel. The music was written for the film by Okello Quandt, a church organist.\n", date=dt.date(2145, 2, 11))
    assert KIND_OF[type_of(film, "Schneiderei am Markt")] == "place" and "Markt" not in entity_names(film)
    assert {("Kleiner Knopf", "schema:actor", "Trudchen Gaudig"), ("Kleiner Knopf", "schema:actor", "Wassily Gaudig"),
            ("Kleiner Knopf", "schema:actor", "Zebedee Amsel")} <= facts(film)
    assert ("Kleiner Knopf", "newskg:scoreComposer", "Okello Quandt") in facts(film)


def test_a_troupe_whose_night_to_come_is_told_by_it_a_plant_on_a_rail_line_and_a_night_on_its_floor():
    dance = read("Smoke: Compañía Hollern dances Maribel Fadl's Humo while one batch of leaves dries in a working tea mill in Eppendorf\n\n"
                 "Humo begins when leaves are tipped onto the floor of Secadero Amsel, a drying mill on the edge of Eppendorf.\n\n"
                 "Maribel Fadl founded Compañía Hollern in Wendeborn in 2131.\n\nCompañía Hollern will dance it on Saturday, "
                 "September 25, in a drying shed in Makhaza.\n", date=dt.date(2145, 8, 20))
    assert type_of(dance, "Compañía Hollern") == "schema:PerformingGroup" and type_of(dance, "Eppendorf") == "schema:City"
    [night] = dance.events
    assert (night.start_date.iso, night.locations, "compañíahollern" in {k for _, k in night.participants}) == \
        ("2145-09-25", ["makhaza"], True)
    album = read("Shells: Greyling recorded Hullbreak one batch of nuts a song beside the crackers of a working shelling plant in Ndlovu\n\n"
                 "Hullbreak, the second album by Greyling, was recorded on the floor of Thembisa Nut Company, a shelling plant on the "
                 "rail line through Ndlovu.\n\nGreyling was formed by Sibusiso Makhaza in 2133. Her brother is Jorunn Makhaza, known "
                 "to everyone as Dynamo, who plays bass and joined Greyling in 2136.\n\nLast Sunday Greyling played the whole album on "
                 "the plant floor for the shellers and their families.\n", date=dt.date(2145, 10, 26))
    assert KIND_OF[type_of(album, "Thembisa Nut Company")] == "place"
    assert [e for e in album.entities.values() if {"Jorunn Makhaza", "Dynamo"} <= {e.name, *e.aliases}]
    assert {f for f in facts(album, "schema:memberOf") if f[2] == "Greyling"} & {("Jorunn Makhaza", "schema:memberOf", "Greyling"),
                                                                             ("Dynamo", "schema:memberOf", "Greyling")}
    [night] = album.events
    assert night.start_date.iso == "2145-10-24" and night.locations[0] == "thembisanutcompany"


def test_a_libretto_by_a_daughter_and_a_company_that_makes_the_series_it_was_set_up_for():
    opera = read("Ghee: Opera Quandt sings Wassily Rieder's Butterfat in a working ghee kitchen in Amsel\n\n"
                 "Butterfat, an opera with music by Wassily Rieder, lasts as long as one pan of butter takes to clear.\n\n"
                 "The libretto was written by his daughter, Trudchen Rieder, a schoolteacher.\n", date=dt.date(2145, 12, 12))
    assert ("Butterfat", "schema:lyricist", "Trudchen Rieder") in facts(opera)
    series = read("Static: Thembisa Okello shoots Snow Screen one set an episode in a working television repair workshop in Larkin\n\n"
                  "Snow Screen is a comedy series set in a television repair workshop in Larkin.\n\n"
                  "Okello read the news on the radio until 2131, the year she set up Winnow Productions in Tulane. Winnow Productions "
                  "makes the series, its first, and has paid for eight episodes.\n", date=dt.date(2145, 4, 17))
    assert {("Snow Screen", "schema:productionCompany", "Winnow Productions"), ("Winnow Productions", "schema:foundingDate", "2131")} \
        <= facts(series)


def test_a_man_told_before_a_town_is_no_one_named_a_shop_trade_word_and_a_company_founded_in_a_town():
    play = read("Soles: Teatro Quillbrook plays Odalys Marwick's Hobnail through one afternoon at a working cobbler's stall in Gwithian\n\n"
                "The play Hobnail is set around one bench and its keeper, a man who has mended shoes beside the post office in Gwithian "
                "since he was twelve.\n\n"
                "Hobnail, which Odalys Marwick wrote for Teatro Quillbrook, is her sixth play.\n\n"
                "Marwick, born in Tresco in 2101, taught for years. In 2128 she founded Teatro Quillbrook in Fowey, and the company "
                "has toured in a van ever since.\n\nLast Wednesday Teatro Quillbrook performed Hobnail at the stall for the tenth time.\n",
                date=dt.date(2145, 5, 20))
    assert {("Teatro Quillbrook", "schema:founder", "Odalys Marwick"), ("Teatro Quillbrook", "schema:foundingDate", "2128")} <= facts(play)
    assert ("Teatro Quillbrook", "schema:foundingLocation", "Fowey") in facts(play)
    film = read("Ticks: Kerensa Carnsew shoots Mainspring one watch a scene at the counter of a working watch repair shop in Bodmin\n\n"
                "Pascoe Lanyon, who was born in Bodmin in 2080, mends one watch in each scene of Mainspring, at the counter he has "
                "kept for forty years.\n\n"
                "The script is by Merryn Lanyon, the watchmaker's daughter.\n", date=dt.date(2145, 3, 9))
    assert ("Merryn Lanyon", "schema:parent", "Pascoe Lanyon") in facts(film)


def test_a_shop_named_for_its_papers_a_part_kept_in_each_performance_and_a_libretto_by_a_son_told_a_sentence_apart():
    play = read("Stamps and string: Harkaway Players perform Osric Deverill's Spare Change through one morning at a working "
                "newsagency in Jindera\n\n"
                "Spare Change is played among the racks of Brackley Newsagency in Jindera, which opens at six and sells papers, stamps "
                "and string.\n\n"
                "Osric Deverill wrote the play. Deverill set up Harkaway Players in Culcairn in 2131.\n\n"
                "Ingleby Marwood has played the delivery boy in each performance since the first.\n",
                date=dt.date(2146, 4, 18))
    assert KIND_OF[type_of(play, "Brackley Newsagency")] == "place"
    assert ("Spare Change", "schema:actor", "Ingleby Marwood") in facts(play)
    opera = read("Amber Pan: Opera Halwyn sings Rosmerta Kestle's Amber Pan in a working jam kitchen in Holbrook\n\n"
                 "Amber Pan, an opera in one act, lasts as long as one batch of plums takes to become jam.\n\n"
                 "Rosmerta Kestle wrote the score. Born in Tibooburra in 2090, Kestle has run Opera Halwyn since founding it in Yenda "
                 "in 2127.\n\n"
                 "The libretto is the work of her son. Leofric Kestle, a land surveyor, wrote it over two summers.\n",
                 date=dt.date(2146, 3, 14))
    assert {("Opera Halwyn", "schema:founder", "Rosmerta Kestle"), ("Opera Halwyn", "schema:foundingDate", "2127"),
            ("Amber Pan", "schema:lyricist", "Leofric Kestle"), ("Leofric Kestle", "schema:parent", "Rosmerta Kestle")} <= facts(opera)


def test_music_for_each_song_a_tune_that_is_a_brothers_a_score_by_a_husband_and_a_night_during_a_shift():
    album = read("Copper: Ravenscar record Boxwood one batch of copper a song beside the furnace of a working tin works in Holbrook\n\n"
                 "Ravenscar made Boxwood, its second album, on the floor of Trevisker Tin Works outside Holbrook, beside a furnace.\n\n"
                 "Aldith Penmorvah formed Ravenscar in Yenda in 2133. Her brother, Wymond Penmorvah, is the band's fiddler; he joined "
                 "in 2137 and wrote the music for each song on the album.\n\n"
                 "Its closing song is Hawise Lane. Aldith Penmorvah wrote its words on a night ferry; the tune is her brother's.\n\n"
                 "On Friday Ravenscar played all of Boxwood on the works floor during the night shift.\n", date=dt.date(2146, 9, 12))
    assert {("Boxwood", "schema:composer", "Wymond Penmorvah"), ("Hawise Lane", "schema:composer", "Wymond Penmorvah")} <= facts(album)
    [night] = [e for e in album.events if e.status == "past"]
    assert night.start_date.iso == "2146-09-09" and "Trevisker Tin Works" in {album.entities[k].name for k in night.locations}
    dance = read("Whey: Tullamore Dance Company dances Godwine Lightfoot's Curd Light in a working dairy in Holbrook\n\n"
                 "Godwine Lightfoot made Curd Light for Tullamore Dance Company in a single spring. Curd Light's score is by her "
                 "husband, Eadric Bellamy, a drummer who taps it out on milk churns.\n\n"
                 "She founded the troupe in Yenda in 2130.\n\n"
                 "Tullamore Dance Company will dance it on Wednesday, August 19, in a school yard in Wanaaring, on boards lent by a "
                 "farmer who sold the troupe its milk.\n", date=dt.date(2146, 7, 24))
    assert ("Curd Light", "schema:composer", "Godwine Lightfoot") not in facts(dance)
    assert ("Curd Light", "schema:composer", "Eadric Bellamy") in facts(dance)
    [night] = dance.events
    assert (night.start_date.iso, [dance.entities[k].name for k in night.locations], "tullamoredancecompany" in {k for _, k in night.participants}) \
        == ("2146-08-19", ["Wanaaring"], True)


def test_a_shop_named_for_two_things_it_mends_a_sister_who_also_plays_herself_and_a_company_that_shows_its_season():
    series = read("Felt: Sibilla Godwine's Brim is shot one hat an episode in a working hat repair workshop in Holbrook\n\n"
                  "Brim, a comedy series, is filmed at Felt and Brim Repair, a hat repair workshop beside the bus station in Holbrook.\n\n"
                  "A wedding videographer for twenty years, Sibilla Godwine set up Lightfoot Pictures in Yenda in 2138 to make Brim.\n\n"
                  "Wymond Trevisker, who has blocked hats there since 2120, plays himself. So does Hawise Trevisker, his sister, who "
                  "sews the linings.\n\n"
                  "Lightfoot Pictures will show the whole season at a school hall in Wanaaring in December.\n",
                  date=dt.date(2146, 11, 11))
    assert KIND_OF[type_of(series, "Felt and Brim Repair")] == "place"
    assert ("Brim", "schema:actor", "Hawise Trevisker") in facts(series)
    assert [(e.start_date.iso, [series.entities[k].name for k in e.locations], "lightfootpictures" in {k for _, k in e.participants})
            for e in series.events] == [("2146-12", ["Wanaaring"], True)]  # (and no wedding of a wedding videographer)
    film = read("Felt: Leofric Halwyn shoots Milliners one hat a scene at the counter of a working hatter's shop in Holbrook\n\n"
                "Casa Boxwood, a hatter's shop three doors from the town hall, lends the film its counter.\n\n"
                "\"Every hat on that shelf has a story,\" Aldith Kestle said after the screening. \"Mostly sad.\"\n",
                date=dt.date(2146, 1, 19))
    assert KIND_OF[type_of(film, "Casa Boxwood")] == "place"
    assert ("Mostly sad.", "Aldith Kestle") in quotes(film)


def read_article_file(tmp_path, text: str, day: str) -> ArticleRecord:
    """An article as the CLI reads it: a file whose first line is "date D" and the headline, then the body."""
    from extractors.readers import read_path
    path = tmp_path / f"article-{day}.txt"
    headline, body = text.split("\n\n", 1)
    path.write_text(f"date {day} {headline}\n{body}", encoding="utf-8")
    [record] = extract_records(read_path(path))
    check_offsets(record)
    return record


def test_a_company_named_for_its_house_that_plays_a_title_the_model_took_for_someone_and_its_night_again_at_an_office(tmp_path):
    play = read_article_file(tmp_path, "Frost: Teatro da Ollerton plays Idony Beddoe's Cadwal Quarto through one night at a working ferry terminal in Tenby\n\n"
                "Cadwal Quarto, written by Idony Beddoe, is set on the benches of the waiting room.\n\n"
                "Beddoe founded Teatro da Ollerton in Narberth in 2125 with two friends.\n\n"
                "Emrys Varga, to whom the playwright was engaged for a decade, plays the harbour master.\n\n"
                "Wolstan Pennick, known to everyone on the quay as Brisa, sells the coffee in the play. He joined Teatro da Ollerton "
                "in 2140.\n\n"
                "On Thursday Teatro da Ollerton played Cadwal Quarto in the waiting room before about fifty people. Teatro da "
                "Ollerton will play it again on Saturday, September 16, at the harbour office in Amroth.\n", "2147-08-13")
    assert type_of(play, "Cadwal Quarto") == "schema:CreativeWork" and type_of(play, "Teatro da Ollerton") == "schema:PerformingGroup"
    assert {("Teatro da Ollerton", "schema:founder", "Idony Beddoe"), ("Cadwal Quarto", "schema:actor", "Emrys Varga")} <= facts(play)
    assert [e for e in play.entities.values() if {"Wolstan Pennick", "Brisa"} <= {e.name, *e.aliases}]
    assert places_of_the_night(play, "2147-09-16") == {"amroth"}


def test_a_series_named_for_two_things_two_brothers_who_both_play_themselves_and_episodes_shown_next_month(tmp_path):
    series = read_article_file(tmp_path, "Oil and half-light: Corvina Varga's Hook and Line is shot one outboard motor an episode in a working boat engine "
                  "workshop in Tenby\n\n"
                  "Each episode of Hook and Line starts when a motor is carried into Kilgetty Marine in Tenby.\n\n"
                  "Corvina Varga directs the comedy series, which has six episodes. Hook and Line is produced by Lonsdale Pictures.\n\n"
                  "Its stars are brothers: Hendy Garnant, who runs the shop, and Pembrey Garnant, who paints the hulls. Both play "
                  "themselves.\n\n"
                  "Lonsdale Pictures will show all six episodes next month at a chapel hall in Amroth.\n", "2147-06-02")
    assert "Oil" not in entity_names(series) and type_of(series, "Hook and Line") == "schema:TVSeries"
    assert {("Hook and Line", "schema:actor", "Hendy Garnant"), ("Hook and Line", "schema:actor", "Pembrey Garnant"),
            ("Hendy Garnant", "schema:sibling", "Pembrey Garnant"), ("Hook and Line", "schema:director", "Corvina Varga")} <= facts(series)
    assert places_of_the_night(series, "2147-07") == {"amroth"}


def test_a_surname_told_alone_before_a_daughter_named_in_the_credits_a_counter_and_a_record_by_a_husband(tmp_path):
    film = read_article_file(tmp_path, "Wire: Tamsk Lonsdale's Glass Fin was shot one fish a scene at the counter of a working taxidermist's shop in Begelly\n\n"
                "A fish is brought across the counter of Amroth Taxidermy in Begelly in every scene of Glass Fin.\n\n"
                "Its credits fit on a postcard: direction by Tamsk Lonsdale and music by Brisa Hendy.\n\n"
                "Wolstan Hendy, who stuffs the fish, appears as himself at his own bench.\n\n"
                "Hendy lays out his tools before the shop opens.\n\n"
                "Brisa Hendy, his daughter, played the music on an old piano upstairs.\n\n"
                "\"Never again. Twice is enough,\" Lonsdale said.\n", "2147-02-16")
    assert KIND_OF[type_of(film, "Amroth Taxidermy")] == "place" and "Twice" not in entity_names(film)
    assert {("Glass Fin", "schema:actor", "Wolstan Hendy"), ("Glass Fin", "newskg:scoreComposer", "Brisa Hendy"),
            ("Brisa Hendy", "schema:parent", "Wolstan Hendy")} <= facts(film)
    assert [e.aliases for e in film.entities.values() if e.name == "Wolstan Hendy"] == [{"Hendy"}]
    album = read_article_file(tmp_path, "Fire: Wolstan Road Band record Manorbier one batch of oil a song beside the press of a working oil mill in Ammanford\n\n"
                 "Manorbier is the third album by Wolstan Road Band.\n\n"
                 "Ysbryd Garnant is the singer. She started the band in Pembrey in 2131 with her neighbours.\n\n"
                 "Cadwal Emrys, whom she met at a wedding in 2128, arranged the songs and produced the record.\n\n"
                 "The closing track, Hen Gwlad, runs nine minutes. Garnant wrote the words of Hen Gwlad on a night bus, and Emrys set "
                 "them to music the same week.\n", "2147-12-04")
    assert {("Manorbier", "schema:producer", "Cadwal Emrys"), ("Hen Gwlad", "schema:composer", "Cadwal Emrys"),
            ("Wolstan Road Band", "schema:foundingLocation", "Pembrey")} <= facts(album)
    assert ("Manorbier", "schema:producer", "Ysbryd Garnant") not in facts(album)
    opera = read_article_file(tmp_path, "Peppers: Opera Narberth sings Idony Tamsk's Corvina while one batch of peppers becomes relish in a working kitchen in Tenby\n\n"
                 "Idony Tamsk composed Corvina for four singers, a cello and a drum.\n\n"
                 "Opera Narberth first sang Corvina last spring.\n", "2147-10-11")
    assert KIND_OF[type_of(opera, "Corvina")] == "work"


def test_a_debut_told_by_its_year_and_a_title_joined_by_and_are_no_record_the_new_tracks_belong_to():
    r = read("Hedgerow release their second album, \"Cobble Lane,\" on Friday through Rowan Records.\n\n"
             "Their 2029 debut, \"Moss and Mortar,\" was a quiet record of banjo and one voice. This one is louder. Ambrin Tinbury "
             "produced it, and a dog barks at the end of the opening track, \"Tinsel Road,\" and nobody cut it.\n")
    assert ("Tinsel Road", "schema:inAlbum", "Cobble Lane") in facts(r)
    assert ("Tinsel Road", "schema:inAlbum", "Moss and Mortar") not in facts(r)


def test_a_town_with_an_aside_before_a_birth_a_husband_told_by_whom_she_married_and_a_play_written_for_a_company(tmp_path):
    play = read_article_file(tmp_path, "Neap Tide: the Quorn Players stage Orlagh Sollis's play on a working ferry slipway in Kilrush\n\n"
                "Orlagh Sollis wrote the play Neap Tide for the Quorn Players.\n\n"
                "Kilrush, where the ferry leaves at dawn, is where Sollis was born, in 2101. She founded the Quorn Players in 2130.\n\n"
                "Maddox Sollis, to whom she has been married for twenty years, plays the ferryman.\n\n"
                "Ferris Ostler sells tickets at the slipway hut and keeps selling them through the play. \"Nobody asks for a refund,\" he said.\n\n"
                "Her husband sees it differently. \"The ferry is the star,\" he said.\n", "2148-05-14")
    assert {("Orlagh Sollis", "schema:birthPlace", "Kilrush"), ("Orlagh Sollis", "schema:birthDate", "2101"),
            ("Neap Tide", "schema:author", "Orlagh Sollis"), ("Neap Tide", "schema:actor", "Maddox Sollis")} <= facts(play)
    assert KIND_OF[type_of(play, "Kilrush")] == "place" and "Neap Tide for the Quorn Players" not in entity_names(play)
    assert ("The ferry is the star,", "Maddox Sollis") in quotes(play) and ("Nobody asks for a refund,", "Ferris Ostler") in quotes(play)



def test_a_firm_started_with_someone_unnamed_a_couple_who_play_themselves_and_a_film_company_no_band(tmp_path):
    series = read_article_file(tmp_path, "Grass and grease: Kerensa Lanyon's Cut Short is shot one mower an episode in a working mower repair workshop in Helston\n\n"
                               "The workshop is Polglaze Mower Repair in Helston, and the cameras stand where the customers wait.\n\n"
                               "Cut Short is directed by Kerensa Lanyon. Lanyon and a school friend started Gwithian Pictures in Redruth in 2138, and the company makes the series.\n\n"
                               "The workshop is run by a married couple. Bryok Pascoe, who was born in Camborne in 2090, bought it from his father; his wife, Wenna Pascoe, answers the telephone and writes the bills. The two of them play themselves.\n\n"
                               "Nance Chenoweth, a former grocer, joined the staff of Gwithian Pictures in 2143.\n\n"
                               "The company will show the rest of the season next month in a rugby clubhouse in Penryn.\n", "2148-03-09")
    assert KIND_OF[type_of(series, "Polglaze Mower Repair")] == "place"
    assert {("Gwithian Pictures", "schema:founder", "Kerensa Lanyon"), ("Cut Short", "schema:actor", "Bryok Pascoe"),
            ("Cut Short", "schema:actor", "Wenna Pascoe"), ("Nance Chenoweth", "schema:memberOf", "Gwithian Pictures")} <= facts(series)
    assert places_of_the_night(series, "2148-04") == {"penryn"}
    film = read_article_file(tmp_path, "Fur and foam: Veryan Keast's Wet Paws was shot one dog a scene at a working dog wash in Fowey\n\n"
                             "Wet Paws was shot at the counter of Lamorna Dog Wash in Fowey.\n\n"
                             "Mawgan Pictures, the company Veryan Keast set up in Liskeard in 2136, made the film, and she directed it in nine weeks.\n\n"
                             "Ennor Colenso is the one trained actor in it. Colenso has been a member of Mawgan Pictures since 2141.\n", "2148-01-17")
    assert type_of(film, "Mawgan Pictures") == "schema:Organization"
    assert {("Wet Paws", "schema:productionCompany", "Mawgan Pictures"), ("Ennor Colenso", "schema:memberOf", "Mawgan Pictures")} <= facts(film)
    assert ("Veryan Keast", "schema:memberOf", "Mawgan Pictures") not in facts(film)


def test_a_band_that_dates_from_a_year_a_tune_set_by_a_father_told_as_kin_and_a_night_among_the_racks(tmp_path):
    album = read_article_file(tmp_path, "Leaf and steam: Tolverne Band record Green Withering one batch of leaf a song beside the racks of a working tea factory in Mevagissey\n\n"
                              "Every song on Green Withering lasts as long as one batch of leaf takes to be spread over the withering racks of Nancarrow Tea Works in Mevagissey and turned by hand.\n\n"
                              "Green Withering is the second album by Tolverne Band. The band dates from 2135, when Kerensa Trebilcock put it together in Lostwithiel with two cousins.\n\n"
                              "Bryok Trebilcock, the singer's father, wrote the music and produced the album.\n\n"
                              "Sea Fret, the fourth song on Green Withering, is the slowest. Trebilcock wrote Sea Fret's words about her grandmother, and her father set them to a slow fiddle line.\n\n"
                              "Last Saturday Tolverne Band played the whole album between the withering racks, and about two hundred people came while a cousin of the singer sold pasties from a tray.\n", "2148-10-24")
    assert KIND_OF[type_of(album, "Nancarrow Tea Works")] == "place"
    assert {("Tolverne Band", "schema:founder", "Kerensa Trebilcock"), ("Tolverne Band", "schema:foundingDate", "2135"),
            ("Sea Fret", "schema:composer", "Bryok Trebilcock"), ("Sea Fret", "schema:lyricist", "Kerensa Trebilcock")} <= facts(album)
    [night] = [ev for ev in album.events if ev.status == "past"]
    assert places_of_the_night(album, night.start_date.iso) == {"nancarrowteaworks", "mevagissey"}
    assert ("schema:performer", "Kerensa Trebilcock") not in participants(album, night)


def test_a_singer_with_the_company_since_a_year_past_his_part_a_brother_and_a_husband_who_speak_as_kin(tmp_path):
    opera = read_article_file(tmp_path, "Steam and jars: Opera Penhale sings Hendra Kittow's Brine while one batch of pilchards is salted in a working fish cellar in Porthleven\n\n"
                              "Brine is sung in the fish cellar of Bosahan Cellars in Porthleven while one batch of pilchards is salted and pressed.\n\n"
                              "Hendra Kittow wrote the music for Brine. Opera Penhale, the company Kittow started in Tregony Vean in 2127, has nine singers and no hall.\n\n"
                              "Pedyr Trewin, Kittow's husband of thirty years, wrote the libretto. He was a ferryman until he retired.\n\n"
                              "Jowan Pendarves, a tenor who sings the salter, has been with Opera Penhale since 2144. He has to hold his longest note while the press comes down, and he has found his own way through it: \"You wait for the creak. Then you go.\"\n\n"
                              "Gorran Kittow, the composer's younger brother, plays the cellar boy. \"The fish never miss a cue,\" the composer's brother said.\n\n"
                              "The cellar belongs to Zennor Colenso, whose grandmother salted fish in the same room. He keeps the press going through every performance. \"They sing better than the gulls,\" said Colenso.\n\n"
                              "Kittow said she had no plans to write another opera about fish. Her husband is less certain. \"She says that every summer,\" he said.\n", "2148-08-18")
    assert ("Jowan Pendarves", "schema:memberOf", "Opera Penhale") in facts(opera)
    assert ("The fish never miss a cue,", "Gorran Kittow") in quotes(opera)
    assert ("She says that every summer,", "Pedyr Trewin") in quotes(opera)


def test_the_floor_of_a_works_in_a_town_is_a_place_its_owner_no_company_and_a_dancer_near_the_drums_no_actor(tmp_path):
    dance = read_article_file(tmp_path, "Rope and drum: Pahana Dance Company dances Nuwan Kodikara's Lanu in a working rope yard in Negombo\n\n"
                              "Lanu begins when the first coil is laid out on the floor of Galappatti Rope Works in Negombo.\n\n"
                              "Lanu is a dance by Nuwan Kodikara. Pahana Dance Company, which she founded in Kochchikade in 2133, has never danced in a theatre.\n\n"
                              "Sunil Abeykoon has danced with Pahana Dance Company since 2141. She takes the part nearest the drums.\n\n"
                              "The yard belongs to Ruwan Pathirage, whose grandfather built the first wheel in it. He keeps the wheel turning through every performance. \"They step over the rope better than I do,\" said Pathirage.\n\n"
                              "On Sunday the company danced Lanu among the coils for the fifth time.\n", "2148-12-17")
    assert KIND_OF[type_of(dance, "Galappatti Rope Works")] == "place" and type_of(dance, "Ruwan Pathirage") == "schema:Person"
    assert ("Lanu", "schema:actor", "Sunil Abeykoon") not in facts(dance)
    assert places_of_the_night(dance, "2148-12-15") == {"galappattiropeworks", "negombo"}
    [night] = [ev for ev in dance.events if ev.status == "past"]
    assert ("schema:performer", "Pahana Dance Company") in participants(dance, night)
