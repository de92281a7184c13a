"""Event detection and typing on sentences written for these tests (varied regions, decades, styles)."""
from __future__ import annotations

import pytest

from pipeline import resources
from pipeline.config import defaults
from pipeline.events import extract_events
from pipeline.lexicon import compatible, find_triggers


@pytest.fixture(scope="module")
def res():
    return resources.get(defaults())


def events(res, text, published="2015-03-16"):
    rows, mentions = extract_events({"id": "t1", "published": published, "text": text}, res)
    return rows, mentions


def test_verbal_attack_with_place_date_counts(res):
    rows, mentions = events(res, "Gunmen killed four people and wounded 12 in an attack on a market in Maiduguri "
                                 "on Saturday, police said.")
    assert len(rows) == 1
    r = rows[0]
    assert r["event_type"] in ("attack", "killing")
    assert r["event_date"] == "2015-03-14" and r["date_precision"] == "day"
    assert r["place_name"] == "Maiduguri" and r["country_code"] == "NG"
    assert (r["killed_best"], r["wounded_best"]) == (4, 12)
    assert mentions and mentions[0]["sentence"].startswith("Gunmen killed")


@pytest.mark.parametrize("text,etype", [
    ("A car bomb exploded outside a police station in Kirkuk on Tuesday, killing three officers.", "bombing"),
    ("Rebels shelled the town of Idlib overnight, wounding 7 civilians.", "shelling"),
    ("Government forces clashed with insurgents near Kandahar on Friday; 9 fighters were killed.", "armed_clash"),
    ("Militants seized the town of Rutbah on Saturday after troops abandoned their posts.", "territory_seized"),
    ("GUERRILLAS KIDNAPPED TWO ENGINEERS IN SANTANDER DEPARTMENT ON 3 MARCH.", "kidnapping"),
    ("Thousands protested in Caracas on Sunday against the new tax.", "protest"),
    ("Police arrested 14 suspects in a raid in Lagos on Thursday.", "arrest"),
    ("Two men were shot in Dayton, Ohio, on Sunday night.", "shooting"),
    ("The insurgents executed 21 prisoners near Palmyra last week.", "mass_killing"),
    ("Army units withdrew from Ramadi on Sunday.", "withdrawal"),
    ("An air strike hit a convoy near Raqqa on Friday, killing 11.", "airstrike"),
    ("THE TERRORISTS PLACED A CHARGE OF DYNAMITE UNDER A BUS IN CALLAO ON MONDAY.", "bombing"),
    # hostages who are killed: the killing is the news, not a kidnapping
    ("Police said on Monday that gunmen had stormed a bank. Militants attacked a bakery in Kandi on "
     "Friday, killing 12 hostages.", "attack"),
    ("Gunmen took 30 hostages at a hotel in Kandi on Friday.", "kidnapping"),
    ("A man was shot in Dayton on Sunday and is fighting for his life, police said.", "shooting"),
])
def test_types(res, text, etype):
    rows, _ = events(res, text)
    assert [r["event_type"] for r in rows] == [etype], rows


@pytest.mark.parametrize("text", [
    "The rebels threatened to attack the capital if talks fail.",
    "Officials fear that militants could bomb the bridge in Mosul.",
    "The president condemned violence and called for calm.",
    "No one was killed, police said, and there were no reports of clashes in Homs.",
    "Will the army attack Tikrit next week?",
    "The network reported the possibility of an attack with rockets on the airport in Cartagena.",
    "The group has no legal right to murder civilians, the statement said.",
    "Analysts say the ceasefire could collapse within weeks.",
    "Soldiers found 40 rockets and two tons of explosives in a cave in Kunar province on Monday.",
    "THE DEATH SQUADS ISSUED A COMMUNIQUE IN SAN SALVADOR ON TUESDAY.",
    "If the town is shelled and attacked, residents of Goma will flee.",
    "The rebels announced a new offensive in Huambo province on Sunday.",
    "Police seized 40 rifles in Cali on Monday.",
    "Police defused a bomb placed under a car in Callao on Monday.",
])
def test_non_events(res, text):
    rows, _ = events(res, text)
    assert rows == [], rows


@pytest.mark.parametrize("text", [
    "The rebels stopped shelling Kassala on Monday, the army said.",
    "Government troops refrained from attacking the village of Tal Abyad on Friday.",
    "The rebels suspended their attacks on Kassala on Monday.",
    "THE ELN, WHICH CEASED BOMBING PIPELINES IN ARAUCA ON 25 AUGUST, HAS CONTINUED ITS OPERATIONS.",
])
def test_an_act_given_up_is_no_event(res, text):
    rows, _ = events(res, text)
    assert rows == [], rows


@pytest.mark.parametrize("text", [
    "Oil prices rallied on Thursday after Riyadh signalled it would cut output.",
    "Shares in Tokyo staged a rally on Monday as the yen weakened.",
    "Marine Le Pen's National Rally won 33 percent in Paris on Sunday.",
    "Margaret Ellis, a retired schoolteacher, died Sunday at her home in Bangor. She was 88.",
    "The former mayor of Tulsa passed away on Tuesday, his family said.",
    "A minibus was hit by a truck near Nakuru on Monday, killing 11 people.",
    "The Kurdistan Workers' Party, which is fighting for autonomy in Turkey, said on Wednesday it would talk.",
    "Congress delayed the sale for months over concerns about civilian casualties in Gaza.",
    "More than 3,000 people were killed in bandit attacks across northern Nigeria last year, Amnesty said.",
    "Italy's unions called on Tuesday for nationwide strikes and street protests in Rome on March 19.",
])
def test_markets_obituaries_road_crashes_causes_and_plans_are_no_events(res, text):
    rows, _ = events(res, text, published="2019-03-08")
    assert rows == [], rows


def test_a_zero_told_after_the_event_with_its_source_belongs_to_it(res):
    rows, _ = events(res, "A bomb exploded outside a bank in Lima early on Tuesday, damaging the facade. "
                          "Police said no one was hurt.")
    assert [(r["event_type"], r["wounded_best"]) for r in rows] == [("bombing", 0)]
    rows, _ = events(res, "Three people were hurt when a gunman opened fire at a bar in Dayton on Sunday.")
    assert [(r["event_type"], r["wounded_best"]) for r in rows] == [("shooting", 3)]
    rows, _ = events(res, "The sanctions hurt the economy of Iran last year.")
    assert rows == []


def test_a_denied_accusation_is_no_event_and_a_recalled_kidnapping_no_type(res):
    rows, _ = events(res, "The army on Wednesday denied a report that accused it of killing civilians in air strikes "
                          "in Idlib province.")
    assert rows == []
    rows, _ = events(res, "Militants shot dead 20 villagers near Dikwa on Tuesday. Officials say they know where the "
                          "kidnapped schoolboys are being held but fear a rescue could lead to their deaths.")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("mass_killing", 20)]


def test_a_toll_of_attacks_across_a_region_is_no_events_count(res):
    rows, _ = events(res, "A roadside bomb killed three soldiers near Tikrit on Monday, police said. At least 45 "
                          "people have been killed in attacks across Salahuddin province this week, according to "
                          "a police tally.")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("bombing", 3)]
    rows, _ = events(res, "A man was shot across the street from the school in Dayton on Sunday.")
    assert [(r["event_type"], r["wounded_best"]) for r in rows] == [("shooting", 1)]


def test_a_rebel_radios_toll_yields_to_the_armys_report_of_its_own_dead(res):
    rows, _ = events(res, "Rebel radio said in a broadcast that guerrillas of the FMLN had killed 45 soldiers in "
                          "fighting in Usulutan on Sunday. The armed forces press office said six soldiers were "
                          "killed and 11 wounded in Usulutan.")
    assert [(r["killed_best"], r["wounded_best"], r["casualties_claimed"]) for r in rows] == [(6, 11, False)]


@pytest.mark.parametrize("text,etype", [
    ("Gunmen stopped the bus near Kandahar on Monday, killing five passengers.", "mass_killing"),
    ("Troops stopped the shelling of Kassala on Monday after three civilians were killed.", "shelling"),
])
def test_stopping_something_does_not_hide_the_event(res, text, etype):
    rows, _ = events(res, text)
    assert [r["event_type"] for r in rows] == [etype], rows


def test_setting_is_not_a_second_event(res):
    rows, _ = events(res, "Nineteen people were wounded during a shooting at a parade in New Orleans on Sunday.")
    assert [r["event_type"] for r in rows] == ["shooting"]
    assert rows[0]["wounded_best"] == 19 and rows[0]["killed_best"] == 0  # injury-only report: no deaths


def test_bodies_riddled_with_bullets_were_shot_and_assassins_mean_deaths(res):
    rows, _ = events(res, "The bullet-riddled body of a man was found in Juarez on Sunday.", published="2010-03-16")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("shooting", 1)]
    # a story of the assassins of those riddled with bullets tells deaths, even without a death word:
    # no zero of the "injury-only report" convention
    text = "Police are hunting the assassins of two judges riddled with bullets in Cali on Friday."
    rows, _ = events(res, text, published="2010-03-16")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("shooting", None)]


@pytest.mark.parametrize("text,places", [
    # a clause that dates the event by another one does not place it
    ("Two weeks after the bishops met in Medellin, gunmen in Cali murdered a priest.", ["Cali"]),
    ("TEN YEARS AFTER THE CHURCH MET IN PUEBLA, DEATH SQUADS IN GUATEMALA HAVE MURDERED A PRIEST.", ["Guatemala"]),
    # unless it is all the sentence says, or tells the death's cause
    ("When the convoy reached Gao, rebels ambushed it, killing four soldiers.", ["Gao"]),
    ("A man died Monday after he was shot in Cudahy, the coroner said.", ["Cudahy"]),
])
def test_a_time_clause_of_another_event_does_not_place_this_one(res, text, places):
    rows, _ = events(res, text, published="1989-12-09")
    assert [r["place_name"] for r in rows] == places


def test_mentions_of_one_event_merge_and_toll_updates(res):
    text = ("A suicide bomber struck a mosque in Quetta on Friday, killing at least 10 worshippers.\n\n"
            "The bombing in Quetta was the deadliest this year. The death toll rose to 15, officials said.")
    rows, mentions = events(res, text, published="2016-05-14")
    assert len(rows) == 1
    r = rows[0]
    assert r["event_type"] == "bombing" and r["event_date"] == "2016-05-13"
    assert r["killed_best"] == 15
    assert r["num_mentions"] >= 2 and len({m["sentence"] for m in mentions}) >= 2


def test_two_attacks_different_cities_stay_apart(res):
    text = ("On Monday a bomb exploded in a market in Baghdad, killing 5 people. "
            "Separately, gunmen attacked a checkpoint in Basra on Tuesday, killing two soldiers.")
    rows, _ = events(res, text, published="2014-06-18")
    assert len(rows) == 2
    by_place = {r["location_text"]: r for r in rows}
    assert by_place["Baghdad"]["event_date"] == "2014-06-16"
    assert by_place["Basra"]["event_date"] == "2014-06-17"


def test_paragraph_context_gives_date_and_place(res):
    text = ("Fighting broke out in Aleppo on Saturday between rebels and troops. "
            "Later, rebels shelled a government position there, killing three soldiers.")
    rows, _ = events(res, text, published="2015-03-16")
    assert rows and all(r["event_date"] == "2015-03-14" for r in rows)
    assert all(r["place_name"] == "Aleppo" for r in rows)


def test_upper_case_wire_text(res):
    text = ("LIMA, 14 JAN 90 (EFE) -- [TEXT] SHINING PATH TERRORISTS YESTERDAY DYNAMITED A BRIDGE IN HUANCAYO "
            "AND KILLED THREE POLICEMEN, POLICE SOURCES REPORTED.")
    rows, _ = events(res, text, published="1990-01-14")
    assert rows
    r = rows[0]
    assert r["event_date"] == "1990-01-13" and r["country_code"] == "PE"
    assert r["killed_best"] == 3
    assert r["actor1_norm"] == "Shining Path" or r["actor1"] is None or "SHINING" in (r["actor1"] or "")


def test_background_history_keeps_its_year(res):
    rows, _ = events(res, "The United States invaded Iraq in 2003 and troops withdrew in December 2011.",
                     published="2014-06-22")
    for r in rows:
        assert r["event_date"] < "2012-01-01" and r["date_precision"] in ("year", "month")


def test_event_ids_are_deterministic(res):
    text = "Gunmen killed two farmers in Plateau state on Sunday."
    a, _ = events(res, text)
    b, _ = events(res, text)
    assert [r["event_id"] for r in a] == [r["event_id"] for r in b] and a


def test_trigger_lexicon():
    hits = find_triggers("Troops clashed with rebels and a car bomb exploded; protesters marched.")
    assert [h[2] for h in hits] == ["armed_clash", "bombing", "bombing", "protest", "protest"]
    assert compatible("killing", "bombing") and not compatible("kidnapping", "bombing")


@pytest.mark.parametrize("text", [
    "Troops clashed with rebels and a car bomb exploded; protesters marched.",
    "GUERRILLAS DYNAMITED A POWER PYLON AND AMBUSHED AN ARMY PATROL.",
    "The entered data was checked.", "The heart attack was fatal.", "A well-attacked position held.",
    "Nothing happened in the quiet town today.", "NINE PEOPLE WERE WOUNDED--SEVEN CIVILIANS",
    "İstanbul police said a bomb exploded near Taksim.", "Kelvin \u212a: a BOMB went off",
])
def test_the_fast_trigger_test_agrees_with_the_lexicon(text):
    """Lowered text against lowered patterns (the fast path) finds what the case-blind patterns find,
    at the same offsets, including where lowering changes a text's length ("İ")."""
    from pipeline.lexicon import ANY_TRIGGER, PRIORITY, _COMPILED, has_trigger
    assert has_trigger(text) == bool(ANY_TRIGGER.search(text))
    hits = sorted(((m.start(), m.end(), t) for t, rx in _COMPILED for m in rx.finditer(text)),
                  key=lambda h: (h[0], h[0] - h[1], PRIORITY.index(h[2])))
    expected: list[tuple[int, int, str]] = []
    for h in hits:
        if not expected or h[0] >= expected[-1][1]:
            expected.append(h)
    assert find_triggers(text) == expected


def test_seizing_a_person_is_not_territory(res):
    rows, _ = events(res, "IN TIRAPATA VILLAGE A GUERRILLA DETACHMENT SEIZED THE LOCAL MAYOR AND SHOT HIM IN THE SQUARE.",
                     published="1989-11-07")
    assert [r["event_type"] for r in rows] == ["shooting"]


def test_a_plan_sets_no_date_context(res):
    text = ("Rebels want to disrupt the elections planned for 12 November.\n\n"
            "Separately, in the town of San Clemente, rebels threw bombs at the homes of two candidates.")
    rows, _ = events(res, text, published="1989-11-07")
    assert rows and rows[0]["event_type"] == "bombing" and rows[0]["event_date"] <= "1989-11-07"


def test_recapture_and_actor_names(res):
    text = ("Al-Shabab fighters attacked a hotel in Mogadishu on Saturday, killing 11 people. "
            "Government troops retook the town of Afgooye on Sunday.")
    rows, _ = events(res, text, published="2019-03-11")
    by_type = {r["event_type"]: r for r in rows}
    assert by_type["attack"]["actor1_norm"] == "Al-Shabaab" and by_type["attack"]["killed_best"] == 11
    assert by_type["territory_seized"]["event_date"] == "2019-03-10"


def test_claim_in_governing_clause_marks_the_count_claimed(res):
    text = ("On Friday, a statement posted by the group claimed that its fighters killed at least 300 "
            "soldiers in Tikrit.")
    rows, _ = events(res, text, published="2014-06-15")
    assert rows and rows[0]["killed_best"] == 300 and rows[0]["casualties_claimed"] is True
    rows, _ = events(res, "Police said gunmen killed 12 soldiers in Tikrit on Friday.", published="2014-06-15")
    assert rows and rows[0]["casualties_claimed"] is False


@pytest.mark.parametrize("text", [
    "The army denied reports that a military unit in Tarija was attacked on Monday.",
    "THE MINISTRY DENIED THAT SOLDIERS HAD KILLED THREE FARMERS IN ORURO ON 2 MARCH.",
    "The opposition called for the immediate withdrawal of troops from Oruro.",
    "The army denied that an attack took place in Oruro on Monday.",
    "Such bombings have destroyed thousands of homes in Guayaquil and Manta.",
    "He was executed by his adversaries in 1842 in Cartago, Costa Rica.",
    "The two Spaniards killed in the accident were named by the embassy in Managua on Friday.",
    "ABOUT 130 PASSENGERS WERE KILLED IN TODAY'S CRASH OF AN AIRLINER NEAR TEGUCIGALPA.",
    "In September, 142 murders were reported in Guatemala City, compared with 126 in August.",
    "Since May 1980 there have been 17,500 deaths due to political violence in Peru.",
    "Over the past nine years about 60 people have been killed for political reasons in Honduras.",
    "The report that the ambassador's daughter was wounded by gunfire in San Salvador is absolutely unfounded.",
    "The minister protested to the Israeli ambassador over his statements on Monday.",
    "A warrant for his arrest has been issued in Caracas.",
    "OFISEM ALSO REPORTS THAT 17 KIDNAP CASES WERE REPORTED IN SEPTEMBER, AGAINST 19 CASES IN AUGUST.",
    "ACCORDING TO THE COMMITTEE, IN HONDURAS OVER THE PAST 9 YEARS ABOUT 60 PEOPLE HAVE BEEN KILLED.",
    "There will be disputes between those who murdered the archbishop and the rest, he said.",
    "Talks seek to end the civil war in which more than 70,000 people have died in El Salvador.",
    "The war that began 10 years ago in El Salvador has left more than 70,000 dead.",
    # a denial covers the verbs joined to the denied one; a retraction and a hoax are denials too
    "THE ARMY TODAY DENIED THAT TROOPS HAD ATTACKED THE VILLAGE OF SAN JOSE LAS FLORES AND KILLED 12 CIVILIANS.",
    "The government denied a report that its aircraft had bombed a camp near Juba, killing 30 civilians.",
    "THE NATIONAL POLICE TODAY RETRACTED A REPORT THAT THE MAYOR OF CHALATENANGO HAD BEEN ASSASSINATED.",
    "Police said the reported kidnapping of the businessman in Cali was a hoax.",
    # weapons handed in or tested, a vehicle named for attack, a former hostage
    "The rebels handed over their rifles, grenade launchers and mortars to UN troops in Kigoma on Monday.",
    "Pakistan on Monday test-fired a new ballistic missile near Jhelum.",
    "THE SHIP WAS STOPPED TODAY BY A FAST ATTACK CRAFT OF THE NAVY NEAR CARTAGENA.",
    "Brian Keenan, freed after four years as a hostage in Lebanon, arrived in Damascus on Friday.",
    # tallies: many counted events, a habit, hundreds with no date, who forces are
    "THE REPORT LISTS 1,200 HUMAN RIGHTS VIOLATIONS, INCLUDING 82 MASSACRES IN WHICH MORE THAN 600 PEASANTS WERE "
    "KILLED, A REPORT SAID TODAY.",
    "Land mines kill about 800 people every month in Angola, the Red Cross said.",
    "He said the Tigers had killed hundreds of civilians in massacres.",
    # withdrawing from a deal or talks moves no force
    "Moscow withdrew from the grain deal on July 17.",
    "The rebels withdrew from the peace talks in Addis Ababa on Monday.",
    "The minister said on Thursday the government would send more troops to Punjab to reinforce security forces "
    "fighting Sikh militants.",
])
def test_denied_generic_statistical_accidental_and_historical_mentions_are_not_reports(res, text):
    rows, _ = events(res, text, published="1990-03-10")
    assert rows == [], rows


@pytest.mark.parametrize("text,etype,killed", [
    ("The guerrillas denied responsibility for the bombing of a bus in Cuenca on Friday that killed 9 people.",
     "bombing", 9),
    ("Police denied that officers fired on the crowd in Cochabamba on Monday, but witnesses said two students "
     "were killed.", "killing", 2),
    ("The UN condemned the attack in which gunmen killed 12 villagers in Ayacucho on Friday.", "mass_killing", 12),
    ("All the gunmen were killed in Mosul on Monday.", "killing", None),
    ("The ministry denied that the delay is related to the murder of the judge in Oruro on Monday.", "killing", None),
    ("A 15-year-old was killed Sunday by an accidental gunshot in Mesa County.", "shooting", None),
    ("Four soldiers died when their helicopter crashed after it was hit by rebel fire near Kunduz on Monday.",
     "attack", None),
    ("Rebels have held Kidal since Monday, when they seized the town from the army.", "territory_seized", None),
    ("Since the ceasefire collapsed last week, 40 civilians have been killed in shelling of Donetsk.", "shelling", 40),
    ("Gunmen killed 12 people in Cali on Monday, the second massacre in the city since January.", "mass_killing", 12),
    ("Sunday's violence in Lima left three people dead.", "killing", 3),
    ("The army denied that troops attacked the village, but said rebels killed 12 civilians there on Sunday.",
     "mass_killing", 12),
    ("THE CAPITAL HAS BEEN THE TARGET OF SIX TERRORIST ATTACKS DURING THE LAST 24 HOURS.", "attack", None),
    ("Rebels killed hundreds of villagers in Bunia on Tuesday.", "mass_killing", None),
    # a definite event named as what officials will look into happened, whatever the statement's mood
    ("The government will investigate the murder of three judges in Oruro.", "killing", 3),
    ("THE COMMISSION WANTS TO CLARIFY LAST SUNDAY'S MURDER OF FOUR PEASANTS IN CAJAMARCA.", "killing", 4),
    # a dated event that dates something else happened, whatever mood the clause it dates is in
    ("MANY FAMILIES HAD ASKED TO LEAVE ORURO AFTER THE 4 MARCH MURDER OF THREE JUDGES.", "killing", 3),
    ("Police want to question him after Monday's bombing of a bus in Oruro that killed two men.", "bombing", 2),
    # a dash of two hyphens is punctuation, and a terrorist act is an attack
    ("ELEVEN PEOPLE WERE WOUNDED--NINE CIVILIANS AND TWO POLICEMEN--IN CUZCO TODAY.", "attack", None),
    ("TERRORIST ACTS WERE CARRIED OUT LAST NIGHT IN HUANCAYO AGAINST TWO BANKS.", "attack", None),
])
def test_events_beside_denial_condemnation_accident_or_period_words_are_kept(res, text, etype, killed):
    rows, _ = events(res, text, published="1990-03-10")
    assert [r["event_type"] for r in rows] == [etype]
    if killed is not None:
        assert rows[0]["killed_best"] == killed


@pytest.mark.parametrize("text", [
    "The government will investigate any murder of a judge.",
    "Police will not tolerate the murder of witnesses in Oruro.",
    "A well-attacked position in Oruro held.",
    # an undated one is only 'before' the time of a clause that did not happen
    "The families decided to leave Oruro on 4 March, following the murder of three judges.",
])
def test_no_event_in_an_indefinite_or_negated_object_or_a_hyphenated_word(res, text):
    rows, _ = events(res, text, published="1990-03-10")
    assert rows == []


def test_a_finer_date_told_of_the_same_event_says_which_day_of_its_month(res):
    text = ("Police have arrested a man in connection with a shooting in September that killed one man in "
            "Bridgeport.\n\nOfficers responded to a bar on Sept. 10 after reports of gunfire. Pettway, 26, died "
            "in the shooting.")
    rows, _ = events(res, text, published="2014-03-10")
    assert [(r["event_date"], r["date_precision"]) for r in rows] == [("2013-09-10", "day")]


def test_the_publication_day_does_not_narrow_this_week(res):
    text = ("SAN SALVADOR, 16 JUN 89 (ACAN-EFE) -- GUERRILLAS ATTACKED AN ARMY POST IN CHALATENANGO THIS WEEK, "
            "KILLING TWO SOLDIERS. THE ARMY SAID TODAY THAT ONE OF THE SOLDIERS DIED IN THE ATTACK.")
    rows, _ = events(res, text, published="1989-06-16")
    assert [r["date_precision"] for r in rows] == ["week"]


def test_history_joins_a_reported_event_but_never_starts_one(res):
    text = ("Rebels attacked the garrison in Jaffna on Sunday, killing four soldiers. "
            "The town was the scene of a massacre in 1958.")
    rows, _ = events(res, text, published="2006-08-15")
    assert [r["event_date"] for r in rows] == ["2006-08-13"]


@pytest.mark.parametrize("text,expected", [
    ("Officials ask whether Iran can be a partner on interests such as fighting Sunni extremism in Iraq.", []),
    ("WITH REGARD TO THE BATTLE AGAINST THE DRUG TRAFFIC, HE CITED THE WORK OF THE POLICE IN SANTA CRUZ.", []),
    ("The war on terror has cost billions in Afghanistan, the report said on Monday.", []),
    ("Police fought drug traffickers in Tijuana on Monday, killing three.", ["armed_clash"]),
    ("The army is fighting the insurgency in Anbar province, officials said on Monday.", ["armed_clash"]),
])
def test_fighting_a_policy_target_is_not_a_clash(res, text, expected):
    rows, _ = events(res, text, published="2014-06-20")
    assert [r["event_type"] for r in rows] == expected


def _pm(name: str, lat: float, lon: float, population: int, admin1: str = "US.KY") -> "PlaceMention":
    from pipeline.gazetteer import Place
    from pipeline.places import PlaceMention
    return PlaceMention(name, 0, len(name), Place(name, None, admin1, admin1[:2], lat, lon, "place", population))


def test_a_neighbourhood_and_its_city_are_one_scene_but_neighbouring_towns_are_not():
    from pipeline.events import _same_place
    louisville = _pm("Louisville", 38.254, -85.759, 624_444)
    assert _same_place(louisville, _pm("Portland", 38.270, -85.790, 2_000))       # 3 km, a neighbourhood
    assert not _same_place(louisville, _pm("Shively", 38.200, -85.822, 15_000, "US.IN"))  # another state
    assert not _same_place(louisville, _pm("Russell", 38.517, -82.697, 3_260))    # 270 km
    san_salvador = _pm("San Salvador", 13.689, -89.187, 525_990, "SV.10")
    assert not _same_place(san_salvador, _pm("Soyapango", 13.710, -89.140, 241_403, "SV.10"))  # a city of its own


def test_street_blocks_and_neighbourhoods_are_not_towns(res):
    from pipeline.places import find_places
    text = ("Police said a boy was shot Friday night in the 3200 block of North Detroit in Toledo. "
            "LOUISVILLE, Ky. -- A man was shot in the Russell neighborhood on Wednesday.")
    names = {p.place.name for p in find_places(text, res.gazetteer)}
    assert "Detroit" not in names and "Russell" not in names
    assert {"Toledo", "Louisville"} <= names


def test_a_dateline_is_where_the_story_was_filed_not_a_place_of_the_lead(res):
    text = ("BOGOTA, 10 SEP 89 (DPA) -- UNIDENTIFIED INDIVIDUALS TODAY BROKE INTO A FARM, KILLED A WATCHMAN, AND SET "
            "FIRE TO THE FARM. THE INCIDENT OCCURRED IN SEVILLA MUNICIPALITY, WHERE FIVE INDIVIDUALS SHOT TO DEATH "
            "A WATCHMAN.")
    rows, _ = events(res, text, published="1989-09-10")
    assert len(rows) == 1 and rows[0]["killed_best"] == 1  # one incident told twice, not two
    rows, _ = events(res, "BAGHDAD (Reuters) - A car bomb killed 12 people on Monday, police said.",
                     published="2014-06-16")
    assert [(r["location_text"], r["killed_best"]) for r in rows] == [("BAGHDAD", 12)]  # the fallback still


def test_a_story_naming_no_place_falls_back_on_the_country_its_demonyms_name(res):
    text = ("CLANDESTINE, 3 FEB 90 (RADIO REBELDE) -- [TEXT] ATTENTION, NICARAGUAN PEOPLE: GUNMEN TODAY MURDERED A "
            "TEACHER WHO HAD DENOUNCED THE ABUSES OF THE NICARAGUAN ARMY. THE NICARAGUAN GOVERNMENT IS RESPONSIBLE.")
    rows, _ = events(res, text, published="1990-02-03")
    assert [(r["event_type"], r["country_code"], r["geo_precision"]) for r in rows] == [("killing", "NI", "country")]
    # a place named in the story still wins over the demonyms
    text = text.replace("MURDERED A TEACHER", "MURDERED A TEACHER IN CHINANDEGA")
    rows, _ = events(res, text, published="1990-02-03")
    assert [r["place_name"] for r in rows] == ["Chinandega"]


def test_a_double_surname_after_a_title_is_no_place():
    from pipeline.gazetteer import Gazetteer
    from pipeline.places import find_places
    text = ("LIMA, 4 MAY 90 -- GENERAL OSCAR PEREZ SALVADOR, THE POLICE CHIEF, SAID REBELS KILLED A JUDGE. "
            "[PEREZ SALVADOR] WE HAVE SEVERAL SUSPECTS. THE TUPAC AMARU REVOLUTIONARY MOVEMENT CLAIMED IT.")
    ms = find_places(text, Gazetteer.load())
    assert [(m.text, m.place.country_code) for m in ms] == [("LIMA", "PE")]


def test_a_follow_up_is_dated_by_the_event_not_by_the_charge(res):
    text = ("FORT RILEY (KSNT) - Federal prosecutors Wednesday filed an involuntary manslaughter charge against a "
            "Riley County man in connection with a shooting death at Fort Riley. A criminal complaint alleges that "
            "last Friday, Jackson handled a firearm in a reckless manner, resulting in the shooting death of "
            "16-year-old Kenyon Givens.")
    rows, _ = events(res, text, published="2015-09-16")  # a Wednesday
    assert [r["event_date"] for r in rows] == ["2015-09-11"]
    # the date inside the event's own phrase stays: "in the Jan. 6 shooting"
    rows, _ = events(res, "Police on Monday arrested a man in the Jan. 6 shooting in Bridgeport.",
                     published="2017-01-17")
    assert [r["event_date"] for r in rows] == ["2017-01-06"]


@pytest.mark.parametrize("text,etype", [
    ("THE RED COMMANDOS CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE OFFICES OF A NEWSPAPER IN LIMA THIS MORNING.",
     "attack"),
    ("The group claimed responsibility for the bombing of a bus station in Quetta on Tuesday.", "bombing"),
    ("The group claimed responsibility for the bombing.", None),
    ("Police are investigating the shooting, a spokesman said.", None),
    ("The group claimed responsibility for the bombing in Quetta.", None),
])
def test_a_reference_that_says_when_and_where_reports_the_event(res, text, etype):
    """"Claimed responsibility for the attack" only refers to an attack the article tells
    elsewhere, unless its own clause dates and places it: then it is a report of its own."""
    lead = "GUNMEN KILLED THREE POLICEMEN IN KARACHI ON MONDAY. " if text.isupper() else \
        "Gunmen killed three policemen in Karachi on Monday. "
    rows, _ = events(res, lead + text, published="1991-05-07")
    if etype:  # two events: the killing in Karachi, and the one the reference dates and places
        assert sorted(r["event_type"] for r in rows) == sorted(["killing", etype])
    else:  # the reference joins the killing told in the lead (and may name its kind)
        assert len(rows) == 1 and rows[0]["place_name"] == "Karachi" and rows[0]["killed_best"] == 3


@pytest.mark.parametrize("text", [
    "Breaking: police return to the mass shooting scene to find documents - a reporter on Twitter, May 30, 2016",
    "The bombing suspect was identified on Monday by detectives.",
    "Detectives interviewed the shooting suspect on Wednesday.",
    "The murder trial opened on Tuesday in the city.",
])
def test_an_event_noun_naming_a_scene_suspect_or_victim_refers_to_the_event_told(res, text):
    """'the shooting scene', 'the bombing suspect': a thing of the event the lead tells, on another day;
    no second event."""
    rows, _ = events(res, "A gunman killed one person and wounded three in a shooting in Houston on Sunday. "
                          + text, published="2016-05-31")
    assert [(r["event_date"], r["killed_best"], r["wounded_best"]) for r in rows] == [("2016-05-29", 1, 3)]


@pytest.mark.parametrize("text,etype", [
    ("Thousands took to the streets of Santiago on Saturday to demand a new constitution.", "protest"),
    ("Rebels slit the throats of seven farmers near Medea on Saturday.", "mass_killing"),
    ("A mob hacked to death a man accused of witchcraft in Kisii on Saturday.", "killing"),
    ("A drone hit a shop in Chernihiv on Saturday, injuring two women.", "attack"),
])
def test_more_ways_to_tell_protests_and_killings(res, text, etype):
    rows, _ = events(res, text)
    assert [(r["event_type"], r["event_date"]) for r in rows] == [(etype, "2015-03-14")]


@pytest.mark.parametrize("text", [
    "Twenty-nine miners were killed on Saturday when a shaft collapsed at a gold mine near Welkom.",
    "Eleven people died on Sunday when a coal mine caved in near Quetta.",
    "Two pupils were killed by a speeding bus in Kisumu on Friday.",
])
def test_mine_and_road_accidents_are_no_events(res, text):
    rows, _ = events(res, text)
    assert rows == []


def test_an_armed_groups_figure_does_not_replace_the_reported_toll(res):
    text = ("At least seven policemen were killed in an attack on a checkpoint in Ghazni late Tuesday night. "
            "Taliban spokesman Zabihullah Mujahid claimed responsibility and said 15 police had been killed.")
    rows, _ = events(res, text, published="2013-09-18")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2013-09-17", 7)]


@pytest.mark.parametrize("text", [
    "Rights groups say 64 people have died in Bujumbura since the demonstrations started on April 26.",
    "More than 120 people have been killed since the protests began on April 18, activists said.",
    "AT LEAST 300 PEOPLE HAVE DIED SINCE THE UPRISING ERUPTED IN MARCH.",
    "Since the start of the army's operation in the north on 15 April, 257 militants have been killed, "
    "the military said.",
])
def test_a_running_total_since_a_campaign_began_is_no_event(res, text):
    """A total since protests or an offensive began is a statistic: no row on the day they began."""
    rows, _ = events(res, text, published="2015-06-03")
    assert rows == []
    # beside an event of its own it leaves that event's day and count alone
    rows, _ = events(res, "Police shot dead three protesters in Gitega on Monday. " + text, published="2015-06-03")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2015-06-01", 3)]
    # a total since this week's unrest began leaves the day's own event and figure alone
    rows, _ = events(res, "Security forces shot dead 18 protesters in Baghdad on Friday. A rights body said the "
                          "death toll since the protests began on Tuesday had risen to 93.", published="2019-10-05")
    assert ("2019-10-04", 18) in [(r["event_date"], r["killed_best"]) for r in rows]
    # this week's fighting, told since it erupted on a weekday, is the event's own count
    rows, _ = events(res, "Thirty people have been killed since the clashes erupted in Kisangani on Monday.",
                     published="2015-06-03")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2015-06-01", 30)]


@pytest.mark.parametrize("text,place", [
    ("KARACHI, Pakistan (AP) - A bomb exploded outside a crowded cinema, police said.", "Karachi"),
    ("BUENOS AIRES, 30 MAY 89 (NA) -- [TEXT] IT HAS BEEN LEARNED THAT ANOTHER DEVICE HAS EXPLODED ON THE "
     "DOWNTOWN CORNER OF SARMIENTO AND SAN MARTIN STREETS.", "Buenos Aires"),
])
def test_a_wire_lead_reports_its_event_at_the_dateline(res, text, place):
    """The lead under a dateline tells the story's event, though its clause names no day or town."""
    rows, _ = events(res, text, published="1989-05-30")
    assert [(r["event_type"], r["event_date"], r["place_name"]) for r in rows] == [("bombing", "1989-05-30", place)]


@pytest.mark.parametrize("text,etype,killed", [
    ("Several groups condemned the murder of the wife of a newspaper editor in San Salvador.", "killing", 1),
    ("THE INTERIOR MINISTER BLAMED THE MURDER OF TWO MISSIONARIES ON A COPYCAT GROUP.", "killing", 2),
    ("Police are investigating the shooting, a spokesman said.", "shooting", 0),  # 0: no death told (ACLED)
])
def test_an_article_that_only_reacts_to_an_event_stands_for_it(res, text, etype, killed):
    """With no report of its own, the article's first reference gives the event one row."""
    rows, _ = events(res, text, published="1991-05-07")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [(etype, killed)]


def test_a_victim_list_split_by_the_parser_at_a_parenthesis_keeps_its_whole_count(res):
    """'six Jesuits (five Spaniards and one Salvadoran) and two women were killed': the parser makes
    'two women were killed' a clause of its own; the sentence's count (8) spans the whole list."""
    rows, _ = events(res, "SAN SALVADOR, 20 NOV 89 -- THE LETTER WAS SENT 2 DAYS AFTER SIX JESUITS (FIVE "
                          "SPANIARDS AND ONE SALVADORAN) AND TWO WOMEN WERE KILLED IN SAN SALVADOR BY A GROUP OF MEN.",
                     published="1989-11-20")
    assert [r["killed_best"] for r in rows] == [8]
    # two clauses of their own keep their own counts
    rows, _ = events(res, "Police arrested two men on Monday and three women were killed in a separate attack "
                          "in Chicago on Sunday.")
    assert all(r["killed_best"] in (3, None) for r in rows)


def test_a_victims_later_death_belongs_to_the_attack(res):
    """'The girl died Friday after being taken off life support': the death of a victim told on
    its own is the outcome of the attack, dated and placed by the attack (GVA and ACLED date an
    incident by the attack), not a second event on the day or in the town (the hospital's) of death."""
    text = ("Three people were shot early Wednesday in Mosby Court in Richmond, police said. "
            "The 16-year-old girl died after being taken off life support on Friday. "
            "Another victim, a 15-year-old boy, succumbed to his injuries Saturday at a hospital in Charlottesville.")
    rows, _ = events(res, text, published="2017-03-26")
    assert [(r["event_date"], r["place_name"], r["num_mentions"]) for r in rows] == [("2017-03-22", "Richmond", 3)]
    # in capitals, and the death joins the attack told just before it, not a later one
    rows, _ = events(res, "GUNMEN ATTACKED A BUS ON MONDAY NEAR AYACUCHO, WOUNDING FIVE PASSENGERS. TWO OF THEM "
                          "DIED WEDNESDAY IN A LIMA HOSPITAL. ON THURSDAY, REBELS BOMBED A POWER PYLON IN HUANCAYO.",
                     published="1989-05-20")
    assert [(r["event_date"], r["place_name"], r["killed_best"]) for r in rows] == [
        ("1989-05-15", "Ayacucho", 2), ("1989-05-18", "Huancayo", None)]
    # a death before the attack, or one with a cause of its own, is not its aftermath
    rows, _ = events(res, "Two soldiers died Sunday in an ambush in Meta. Rebels shot a mayor dead on Tuesday in Cali.",
                     published="1989-05-20")
    assert sorted(r["event_date"] for r in rows) == ["1989-05-14", "1989-05-16"]
    # a death of illness is no event at all
    rows, _ = events(res, "Former mayor Juan Perez died Tuesday in Bogota of a heart attack, his family said.",
                     published="1989-05-20")
    assert rows == []


@pytest.mark.parametrize("text,killed,wounded", [
    # a victim shot and killed, told again as "was shot": one victim, not one dead and one wounded
    ("A 7-year-old was accidentally shot and killed by his brother on Friday in Louisa, Kentucky. The boys were "
     "playing with a loaded gun when the 7-year-old was shot.", 1, None),
    # those shot, less the dead told in another sentence
    ("Three people were shot Monday night in Baltimore. One of them died at the scene, police said.", 1, 2),
    # "others" were shot besides the dead
    ("A man was killed Monday night in Baltimore. Police said two others were also shot.", 1, 2),
    # a stated injury figure is kept as it is
    ("Two people were killed and three wounded on Monday in Baltimore. Police said five were shot.", 2, 3),
])
def test_people_shot_are_counted_once_with_the_dead(res, text, killed, wounded):
    """GVA and ACLED count each victim once: a sentence saying someone 'was shot' names the dead
    of another sentence, or the injured among those shot, not further wounded."""
    rows, _ = events(res, text, published="2015-07-08")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(killed, wounded)]


def test_a_sentence_about_one_event_gives_it_both_figures(res):
    """'2 dead, 2 wounded in quadruple shooting': a figure the parser leaves outside the trigger's
    clause still belongs to the sentence's one event."""
    rows, _ = events(res, "2 dead, 2 wounded in quadruple shooting in New Orleans on Tuesday.",
                     published="2015-05-27")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(2, 2)]
    rows, _ = events(res, "4 shot, 1 killed in SE Washington shooting on Tuesday.", published="2015-05-27")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(1, 3)]


def test_a_device_that_went_off_is_a_bombing(res):
    """'A bomb went off' reports an explosion like 'a bomb exploded'; an alarm going off does not."""
    rows, _ = events(res, "A BOMB WENT OFF OUTSIDE THE SOVIET EMBASSY IN LIMA YESTERDAY.", published="1989-10-27")
    assert [(r["event_type"], r["event_date"], r["place_name"]) for r in rows] == [("bombing", "1989-10-26", "Lima")]
    rows, _ = events(res, "Two bombs had gone off in Baghdad on Monday, police said.", published="2015-03-18")
    assert [(r["event_type"], r["event_date"]) for r in rows] == [("bombing", "2015-03-16")]
    rows, _ = events(res, "The fire alarm went off in a Lima school on Monday.", published="2015-03-18")
    assert rows == []


def test_drawing_a_gun_is_no_withdrawal(res):
    """'pulled out handguns' draws weapons; 'troops pulled out of the town' is a withdrawal."""
    rows, _ = events(res, "Police said three men pulled out handguns inside a club in Chicago on Thursday.",
                     published="2015-03-21")
    assert all(r["event_type"] != "withdrawal" for r in rows)
    rows, _ = events(res, "Government troops pulled out of Palmyra on Thursday.", published="2015-03-21")
    assert [r["event_type"] for r in rows] == ["withdrawal"]


def test_a_death_in_hospital_told_apart_joins_the_shooting(res):
    """'taken to X Hospital, where he died' and 'died at Piedmont Henry Hospital' are the victim's
    death after the shooting, even when the hospital's name reads as a place abroad."""
    text = ("An 18-year-old man accidentally shot his friend on New Year's Eve in Cutler Bay, police said. "
            "The victim was taken by Miami-Dade Fire Rescue to Jackson South Community Hospital, where he died.")
    rows, _ = events(res, text, published="2017-01-02")
    assert [(r["event_date"], r["place_name"], r["killed_best"]) for r in rows] == [("2016-12-31", "Cutler Bay", 1)]
    text = ("An 18-month-old boy was shot in the head on Saturday in Stockbridge, Georgia. "
            "Police were notified that the child died around 5 p.m. at Piedmont Henry Hospital.")
    rows, _ = events(res, text, published="2016-10-03")
    assert len(rows) == 1 and rows[0]["killed_best"] == 1


@pytest.mark.parametrize("care", [
    "He was taken to a clinic in Middletown with minor injuries, police said.",
    "Both victims were flown to Mercy Medical Center in Springfield with serious injuries.",
    "The wounded man underwent surgery at Regional Medical Center in New Haven on Monday night.",
    "Officers said the man died Tuesday at Saint Francis Medical Center in New Britain.",
    "He was pronounced dead on Tuesday.",
    "The witness was driven by neighbors to Mount Sinai, where he was treated for his gunshot wounds.",
])
def test_a_victims_care_or_death_joins_the_attack_not_the_hospitals_town(res, care):
    """Where the wounded were treated or died is not a second event, nor the event's place."""
    text = "A 24-year-old man was shot in the leg in Hartford, Connecticut, on Monday night, police said. " + care
    rows, _ = events(res, text, published="2015-11-25")
    assert [(r["event_date"], r["place_name"]) for r in rows] == [("2015-11-23", "Hartford")]


def test_an_injury_report_with_its_care_still_stands_alone(res):
    """'Two people were wounded ... and taken to a hospital': with no other attack told, it is the event."""
    rows, _ = events(res, "Two people were wounded in Tulsa on Sunday and taken to a hospital in Broken Arrow.",
                     published="2015-11-25")
    assert [(r["event_date"], r["place_name"], r["wounded_best"]) for r in rows] == [("2015-11-22", "Tulsa", 2)]


@pytest.mark.parametrize("second", [
    "Two of the wounded were taken in critical condition to Christ Medical Center in Oak Lawn after the shooting.",
    "Yasha Ross of Riverdale was among those shot, police said.",
    "Skip Wells, a student from Marietta, was also shot at the party on Sunday.",
])
def test_a_victims_home_town_or_hospital_makes_no_second_event(res, second):
    """A town named as where a victim lives or was treated is not a second scene: one shooting, one row."""
    text = f"Five people were shot at a party in the Roseland neighborhood of Chicago on Sunday night. {second}"
    rows, _ = events(res, text, published="2016-07-04")
    assert [(r["event_date"], r["place_name"]) for r in rows] == [("2016-07-03", "Chicago")]


@pytest.mark.parametrize("death", [
    "Detective Sgt. Crystal Leblanc said the juvenile died Monday afternoon.",
    "The 15-year-old died Monday afternoon, police said.",
    "She died Monday afternoon.",
])
def test_the_later_death_of_a_victim_told_before_is_no_second_event(res, death):
    """'the juvenile died Monday': the victim of the shooting just told, dated by the shooting."""
    text = f"OPELOUSAS, La. - Police say a 15-year-old girl was shot Sunday afternoon on Pulford Street. {death}"
    rows, _ = events(res, text, published="2017-02-07")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2017-02-05", 1)]


def test_a_toll_update_naming_the_hospitals_town_is_the_same_bombing(res):
    """'the death toll had risen to 28 after a woman died ... in a Belfast hospital': Omagh's toll, not Belfast's."""
    text = ("OMAGH, Northern Ireland (Reuters) - A car bomb tore through the market town of Omagh on Saturday, "
            "killing 27 people. By Thursday the death toll had risen to 28 after a woman died of her injuries in "
            "a Belfast hospital.")
    rows, _ = events(res, text, published="1998-08-28")
    assert [(r["event_date"], r["place_name"], r["killed_best"]) for r in rows] == [("1998-08-22", "Omagh", 28)]


def test_a_roundups_total_across_a_country_is_no_incidents_count(res):
    """'Bombings kill 17 across Iraq' / 'A wave of bombings across Iraq killed at least 17': the sum of the
    incidents told after it, not the first incident's toll."""
    text = ("Bombings kill 17 across Iraq\n\nBAGHDAD (Reuters) - A wave of bombings across Iraq killed at least 17 "
            "people on Monday, police said.\n\nIn the northern city of Kirkuk, a car bomb exploded near a market, "
            "killing five people.\n\nIn Baghdad, two roadside bombs killed four people in the Dora district.")
    rows, _ = events(res, text, published="2013-05-21")
    assert sorted((r["place_name"], r["killed_best"]) for r in rows) == [("Baghdad", 4), ("Kirkuk", 5)]


@pytest.mark.parametrize("text,published,expected", [
    ("The paramilitary fighters withdrew from the town on Sunday, residents said.", "2002-05-07",
     [("withdrawal", "2002-05-05")]),
    ("The rebels pulled out of the city on Friday.", "2002-05-07", [("withdrawal", "2002-05-03")]),
    ("Dutch troops had abandoned several observation posts around the enclave over the weekend.", "1995-07-11",
     [("withdrawal", "1995-07-08")]),
    # no force leaving ground: investors, an ambassador
    ("Investors pulled out of the market on Friday.", "2002-05-07", []),
    ("The army withdrew its ambassador on Monday.", "2002-05-07", []),
])
def test_armed_men_leaving_ground_on_a_day_of_their_own_is_a_withdrawal(res, text, published, expected):
    """The town may be named in another sentence: troops leaving 'the town' on their own day are an event."""
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], r["event_date"]) for r in rows] == expected


def test_a_sentence_with_a_toll_of_its_own_does_not_date_the_undated_events(res):
    """'The assault began with a bombardment on the night of 3-4 February in which 200 were killed' is an earlier
    event of its own, not the day the lead's shelling (in its fifth day) and a later clash happened."""
    text = ("BEIRUT (Reuters) - Syrian forces pounded opposition neighbourhoods of Homs with rockets, killing at "
            "least 47 people, activists said, in the fifth day of an assault on the city.\n\n"
            "The assault began with a bombardment of the Khalidiya neighbourhood on the night of 3-4 February in "
            "which more than 200 people were killed.\n\n"
            "Troops also clashed with rebel fighters in the town of Zabadani, killing three soldiers.")
    rows, _ = events(res, text, published="2012-02-08")
    got = {r["killed_best"]: r["date_start"] for r in rows}
    assert got[47] == "2012-02-08" and got[3] == "2012-02-08" and got[200] == "2012-02-03"


def test_a_running_total_joined_to_an_undated_lead_does_not_date_it(res):
    """'blamed for the deaths of hundreds of civilians around Beni since 2014' counts no day of the attack."""
    text = ("BENI, Democratic Republic of Congo (Reuters) - Suspected Islamist rebels killed at least 18 civilians "
            "in an attack on the eastern Congolese city of Beni, the army said.\n\n"
            "The rebels are blamed for the deaths of hundreds of civilians around Beni since 2014.")
    rows, _ = events(res, text, published="2018-09-23")
    assert [(r["date_start"], r["date_precision"], r["killed_best"]) for r in rows] == [
        ("2018-09-23", "publication", 18)]


def test_the_funerals_of_the_dead_are_no_killing_of_their_own(res):
    """'The funerals of 11 of the Londonderry dead took place yesterday' mourns the killing told before."""
    text = ("British paratroopers shot dead 13 civilians in Londonderry on Sunday. The funerals of 11 of the "
            "Londonderry dead took place in the city yesterday.")
    rows, _ = events(res, text, published="1972-02-03")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("1972-01-30", 13)]


def test_what_they_were_called_is_no_event_of_its_own(res):
    """'SAYING THEY WERE A PROTEST AGAINST THE PRESENCE OF U.S. BASES' names the bombings told, no protest."""
    text = ("SAN JUAN, 27 SEP 89 -- TWO BOMBS EXPLODED AT U.S. NAVY OFFICES TODAY. A CALLER CLAIMED THE BOMBINGS, "
            "SAYING THEY WERE A PROTEST AGAINST THE PRESENCE OF U.S. BASES.")
    rows, _ = events(res, text, published="1989-09-28")
    assert [r["event_type"] for r in rows] == ["bombing"]


@pytest.mark.parametrize("text,expected", [
    ("Youths threw stones at police in Srinagar on Tuesday after the funeral.", ["riot"]),
    ("SOME 150 PEOPLE THREW STONES AT THE PERUVIAN EMBASSY IN PANAMA CITY TODAY.", ["riot"]),
    ("Stone-throwing youths marched through Nablus on Friday.", ["riot"]),
    ("Stone-throwing youths clashed with troops in Nablus on Friday.", ["riot"]),
    ("Troops clashed with rebels in Kunduz on Friday.", ["armed_clash"]),
    ("He threw stones at the dog.", []),
])
def test_throwing_stones_at_people_or_buildings_is_a_riot(res, text, expected):
    """Stones, rocks or bricks thrown at police or an embassy are a riot (ACLED's violent demonstration)."""
    rows, _ = events(res, text, published="1990-01-12")
    assert sorted(r["event_type"] for r in rows) == expected


def test_a_second_bomb_hours_after_the_first_and_the_rescue_days_after(res):
    """'About two hours after the first explosion, a second car bomb went off': another bombing of that day;
    'Rescue workers were still pulling bodies from the rubble on Sunday' dates no bombing to Sunday."""
    text = ("MOGADISHU (Reuters) - A truck bomb exploded at a busy junction in Mogadishu on Saturday, killing at "
            "least 230 people. About two hours after the first explosion, a second car bomb went off in the Medina "
            "district, killing two. Rescue workers were still pulling bodies from the rubble on Sunday.")
    rows, _ = events(res, text, published="2017-10-16")
    assert sorted((r["event_date"], r["killed_best"]) for r in rows) == [("2017-10-14", 2), ("2017-10-14", 230)]


def test_a_second_bomb_told_earlier_that_day_is_another_bombing(res):
    text = ("BAGHDAD (Reuters) - A truck bomb exploded in the Karrada district of Baghdad shortly after midnight on "
            "Sunday, killing 125 people. The Islamic State group claimed responsibility for the bombing. Earlier on "
            "Sunday, a second bomb in the north of the city killed five people.")
    rows, _ = events(res, text, published="2016-07-04")
    assert sorted((r["event_date"], r["killed_best"]) for r in rows) == [("2016-07-03", 5), ("2016-07-03", 125)]


@pytest.mark.parametrize("text,expected", [
    ("Bush, also in Beijing, called for an end to the Russian bombing.", []),
    ("THE REGIME NO LONGER CARES ABOUT REQUESTS FOR AN END TO THE BOMBINGS.", []),
    ("The bombing of Grozny continued on Monday, killing 12, as Bush called for an end to the bombing.",
     [("bombing", 12)]),
])
def test_a_call_for_an_end_to_an_event_reports_none(res, text, expected):
    """'called for an end to the bombing': what should stop, told elsewhere; not a bombing where Bush was."""
    rows, _ = events(res, text, published="2008-08-12")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("AN ACUTE POLITICAL CONFRONTATION EXPLODED IN COLOMBIA WHEN THE CONGRESS DECIDED TO SUBMIT EXTRADITION TO A "
     "REFERENDUM.", []),
    ("The two companies are locked in a legal battle in Delaware.", []),
    ("A verbal confrontation between two groups took place in the backyard on Saturday.", []),
    ("Rebels and troops fought a fierce battle in Kunduz on Monday.", ["armed_clash"]),
])
def test_a_clash_fought_without_arms_is_no_event(res, text, expected):
    """A political, legal or verbal confrontation, and what 'exploded' of it, is neither a battle nor a blast."""
    rows, _ = events(res, text, published="1989-12-15")
    assert [r["event_type"] for r in rows] == expected


def test_a_victim_taken_to_hospital_is_an_events_own_detail(res):
    """The only other sentence names the hospital's town: the event stands, placed by the article, not there."""
    text = ("MURFREESBORO, Tenn. - The man told police the gun he sleeps with fired. The accidental shooter was "
            "transported to Vanderbilt Medical Center in Nashville with non life threatening injuries.")
    rows, _ = events(res, text, published="2017-03-14")
    assert [r["place_name"] for r in rows] == ["Murfreesboro"]


def test_a_date_of_the_main_clause_yields_to_the_events_own_date(res):
    """'held a vigil Thursday night to honor a boy who was shot and killed': Thursday is the vigil's;
    the shooting told with its own day elsewhere is one event on that day. A date on the event noun
    ('the Nov. 22 shootout that wounded 17') and a call at the time of the event stay the event's."""
    text = ("Community members held a vigil Thursday night to honor a 14-year-old boy who was shot and killed "
            "while he sat in a car. Police said the boy was shot in the head Monday night on Beatties Ford "
            "Road in Charlotte.")
    rows, _ = events(res, text, published="2017-01-06")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2017-01-02", 1)]
    rows, _ = events(res, "Five men pleaded guilty on Friday to their roles in the Nov. 22 shootout during a block "
                          "party that wounded 17 people in New Orleans.", published="2016-10-17")
    assert [r["event_date"] for r in rows] == ["2015-11-22"]
    rows, _ = events(res, "Just before 8:45 p.m. Tuesday, police responded to reports of a teen being shot "
                          "multiple times in the back in Miami.", published="2016-11-24")
    assert [r["event_date"] for r in rows] == ["2016-11-22"]


@pytest.mark.parametrize("when,date", [
    ("It happened late Tuesday night at a home on Patuou Drive West.", "2017-02-21"),
    ("Deputies with the sheriff's office responded around 5 p.m. Feb. 18 to a home on Ryan Road.", "2017-02-18"),
    ("Police said they got a 911 call Sunday morning from her husband.", "2017-02-19"),
])
def test_when_it_happened_dates_an_event_told_without_a_date(res, when, date):
    """Local news often tells the day apart: "It happened late Tuesday night", "Deputies responded
    around 5 p.m. Oct. 11". The event told without a date of its own takes that day, not the
    publication's."""
    text = ("A 19-year-old man has been charged in the shooting death of a 17-year-old in Acworth, Georgia.\n\n"
            "Investigators arrested him at a home near the town. He faces a manslaughter charge. "
            "He was booked into the county jail.\n\n" + when)
    rows, _ = events(res, text, published="2017-02-23")
    assert [r["event_date"] for r in rows] == [date]


def test_another_events_time_is_not_when_it_happened(res):
    """'the murder of leaders that took place in early July': a relative clause about another event."""
    text = ("Three bombs exploded in Tegucigalpa today, police said.\n\n"
            "A guerrilla group left a proclamation at the scene. It was signed by its leaders. It was read "
            "on the radio.\n\n"
            "The proclamation criticizes the murder of popular leaders that took place in early July.")
    rows, _ = events(res, text, published="1989-07-20")
    assert "1989-07-20" in [r["event_date"] for r in rows if r["event_type"] == "bombing"]


def test_storming_a_village_is_an_attack_and_storming_out_is_nothing(res):
    rows, _ = events(res, "Suspected Boko Haram militants stormed a village near Konduga in Borno state on "
                          "Saturday night, killing at least 30 people.", published="2019-03-11")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("attack", 30)]
    rows, _ = events(res, "The minister stormed out of the meeting in Abuja on Saturday.", published="2019-03-11")
    assert rows == []


def test_the_actor_is_who_acted_not_the_dateline_or_the_event(res):
    """'SARAJEVO, Bosnia-Herzegovina (Reuters) - Serb gunners shelled ...': the parser gives the verb
    two subjects, the city and the gunners; 'The shelling began late on Wednesday' names no actor."""
    text = ("SARAJEVO, Bosnia-Herzegovina (Reuters) - Serb gunners shelled the Moslem enclave of Gorazde "
            "overnight, killing at least seven civilians, U.N. officials said on Thursday. "
            "The shelling began late on Wednesday and lasted until dawn, they said.")
    rows, _ = events(res, text, published="1994-04-14")
    assert [(r["event_type"], r["actor1"]) for r in rows] == [("shelling", "Serb gunners")]
    rows, _ = events(res, "The shooting happened early Sunday outside a bar in Tulsa, police said.",
                     published="2015-03-16")
    assert [r["actor1"] for r in rows] == [None]
    rows, _ = events(res, "The operation in Helmand on Tuesday killed 14 militants, officials said.",
                     published="2018-07-04")
    assert [(r["actor1"], r["killed_best"]) for r in rows] == [(None, 14)]


def test_a_day_earlier_counts_from_the_event_not_from_the_statement(res):
    """'..., officials said Saturday. A day earlier, Russian forces shelled ...': the day before the
    Friday attack, not the day before the Saturday statement."""
    text = ("KYIV, Ukraine (AP) - Russian missiles struck an apartment building in the eastern city of "
            "Kramatorsk on Friday night, killing at least nine people, regional officials said Saturday. "
            "A day earlier, Russian forces shelled the town of Kostiantynivka, killing three civilians.")
    rows, _ = events(res, text, published="2023-02-04")
    assert sorted(r["event_date"] for r in rows) == ["2023-02-02", "2023-02-03"]


def test_the_date_under_the_triggers_verb_wins_over_a_nearer_one(res):
    """'The gunman, who was still at large Monday, ... opened fire ... on Sunday night': the parse puts
    Sunday night under "opened fire"; Monday belongs to the relative clause."""
    text = ("The gunman, who was still at large Monday, was believed to be acting for a rival gang when he "
            "opened fire in front of Remsen Hall in Brownsville on Sunday night, police said.")
    rows, _ = events(res, text, published="2014-12-02")
    assert [r["event_date"] for r in rows] == ["2014-11-30"]
    # the nearer "Thursday afternoon" is the sentencing's; "18 months ago" is under "shooting"
    rows, _ = events(res, "A Rock Falls teen received 3 years' probation Thursday afternoon for accidentally "
                          "shooting and killing his best friend 18 months ago.", published="2015-09-10")
    assert [(r["date_start"], r["date_precision"]) for r in rows] == [("2014-03-01", "month")]
    # a noun trigger: the date in its own phrase, unless a verb performs it ("carried out an attack")
    rows, _ = events(res, "June 17, 2013 - Houston police are investigating the fatal shooting of one man and "
                          "the wounding of three others at 9780 Bissonnet about 5:50 a.m. on Saturday (June 15).",
                     published="2013-06-17")
    assert "2013-06-15" in [r["event_date"] for r in rows if r["event_type"] == "shooting"]
    rows, _ = events(res, "BOGOTA, 20 JUL 89 (EFE) -- THE POLICE REPORTED THAT THE ELN TODAY CARRIED OUT ITS SIXTH "
                          "ATTACK THIS YEAR AGAINST THE PACIFIC OIL PIPELINE NEAR ORITO.", published="1989-07-20")
    assert [r["event_date"] for r in rows] == ["1989-07-20"]


def test_a_wish_in_the_main_clause_does_not_deny_what_happened_before_it(res):
    """'Police want answers after a 16-year-old boy was found shot to death': the killing happened."""
    rows, _ = events(res, "NASHVILLE, Tenn. (WKRN) - Police want answers after a 16-year-old boy was found shot "
                          "to death Tuesday morning in Nashville.", published="2016-12-21")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2016-12-20", 1)]
    rows, _ = events(res, "The group wants to attack the base in Kabul after the elections.", published="2016-12-21")
    assert rows == []


def test_a_victims_home_town_is_not_the_event_place(res):
    """'Jamaine Sutton, 32, of Dunbar, was also shot': Dunbar is where he lives, not a second scene."""
    text = ("Three people were wounded in a shooting early Saturday at a bar in Charleston, West Virginia. "
            "Jamaine Sutton, 32, of Dunbar, was also shot and wounded, police said.")
    rows, _ = events(res, text, published="2016-05-14")
    assert [(r["event_date"], r["place_name"]) for r in rows] == [("2016-05-14", "Charleston")]


def test_one_victim_shot_and_dead_in_one_sentence_is_killed_not_wounded(res):
    """'A female who was shot in a park died at the hospital': the relative clause says shot, the main
    clause says died; one victim, killed. Others shot beside her stay wounded."""
    rows, _ = events(res, "A female who was shot in a Gaston County park in Mount Holly on Monday afternoon died "
                          "at the hospital.", published="2016-05-03")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(1, None)]
    rows, _ = events(res, "Three people were shot in a park in Raleigh on Monday. A woman who was shot in the "
                          "chest died at the hospital.", published="2016-05-03")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(1, 2)]


def test_a_day_of_protests_is_the_setting_of_the_killings(res):
    """'killed 114 people on the bloodiest day of protests': one killing; the protests are when and
    where it happened, not a second event carrying the same toll."""
    rows, _ = events(res, "Myanmar security forces killed at least 114 people, including children, on Saturday "
                          "in the bloodiest day of protests since the coup, news reports said.", published="2021-03-28")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("killing", 114)]


def test_a_battle_and_the_town_it_took_are_one_event(res):
    rows, _ = events(res, "Syrian government forces recaptured the town of Khan Tuman south of Aleppo on Friday "
                          "after heavy fighting, a monitoring group said.", published="2016-08-14")
    assert [(r["event_type"], r["event_date"]) for r in rows] == [("territory_seized", "2016-08-12")]


def test_a_range_left_out_by_the_parser_and_a_dateline_taken_for_the_subject(res):
    """'Between 800 and 1,000 people were killed' keeps its range even where the parser hangs
    'Between 800' outside the clause; a wire dateline is never an actor."""
    rows, _ = events(res, "ABIDJAN (Reuters) - Between 800 and 1,000 people were killed in the western Ivorian "
                          "town of Duekoue last week, the Red Cross said on Saturday.", published="2011-04-03")
    assert [(r["killed_low"], r["killed_best"], r["killed_high"]) for r in rows] == [(800, 800, 1000)]
    rows, _ = events(res, "LONDONDERRY, NORTHERN IRELAND (UPI) -- BRITISH PARATROOPERS OPENED FIRE ON CIVIL "
                          "RIGHTS MARCHERS IN LONDONDERRY SUNDAY, KILLING 13 PERSONS AND WOUNDING 17.",
                     published="1972-01-31")
    assert rows and all("LONDONDERRY" not in (r["actor1"] or "") for r in rows)


def test_a_report_wins_over_a_claim_in_one_event(res):
    """A party's claimed toll is kept only when no report states one: the row says what the reports
    say, and marks a claim when that is all there is."""
    rows, _ = events(res, "Islamic State said in a statement it had killed 1,700 Shiite soldiers near Tikrit, a "
                          "claim that could not be verified. Officials said at least 160 bodies had been found.",
                     published="2014-06-12")
    assert [(r["killed_best"], r["casualties_claimed"]) for r in rows] == [(160, False)]
    rows, _ = events(res, "A tweet by the group claimed that its members killed 1,700 soldiers near Tikrit on "
                          "Thursday.", published="2014-06-14")
    assert [(r["killed_best"], r["casualties_claimed"]) for r in rows] == [(1700, True)]


def test_blowing_up_is_an_explosion_when_something_exploded(res):
    rows, _ = events(res, "BEIRUT, LEBANON (AP) -- A TRUCK LOADED WITH EXPLOSIVES BLEW UP AT THE U.S. MARINE "
                          "HEADQUARTERS AT BEIRUT AIRPORT SUNDAY, KILLING AT LEAST 161 MARINES.", published="1983-10-24")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("bombing", 161)]
    rows, _ = events(res, "Rebels blew up a bridge near Ayacucho on Monday.", published="2015-03-18")
    assert [r["event_type"] for r in rows] == ["bombing"]
    rows, _ = events(res, "The deal blew up on Monday in Washington.", published="2015-03-18")
    assert rows == []
    # a bare number is a count of victims, never an actor
    rows, _ = events(res, "MOGADISHU, Somalia (AP) - Twelve American soldiers were killed and 78 wounded in a "
                          "firefight with Somali militiamen on Sunday.", published="1993-10-05")
    assert rows and all(r["actor1"] != "78" for r in rows)


def test_dates_told_relative_to_the_last_one(res):
    """'The next day' and 'two days later' move the story's last date; each is an event of its own day."""
    rows, _ = events(res, "Rebels attacked the town of Tal Afar on Monday, killing four soldiers. The next day, "
                          "troops retook Tal Afar after clashes that killed two rebels. Two days later, a bomb "
                          "exploded in Mosul, killing three.", published="2015-03-20")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [
        ("2015-03-16", 4), ("2015-03-17", 2), ("2015-03-18", 3)]


def test_bombs_that_ripped_through_a_place_are_a_bombing(res):
    rows, _ = events(res, "KUTA, Indonesia — Two bombs ripped through nightclubs on the resort island of Bali late "
                          "Saturday, killing at least 180 people.", published="2002-10-13")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("bombing", 180)]


@pytest.mark.parametrize("text,published,expected", [
    # who died is the target of the event, never its actor
    ("A man died Friday in Frankfort, Kentucky, after he was shot.", "2014-12-27", [(None, "A man")]),
    # the parties of a verb that only mentions the event are not the event's
    ("Police notified the media shortly before 9 p.m. Monday about the attack in Tulsa, Oklahoma.",
     "2015-06-10", [(None, None)]),
    ("The government condemned the bombing in Kabul on Friday that killed 12.", "2015-06-10", [(None, None)]),
    ("FIERCE BATTLES BROKE OUT IN KUNDUZ ON TUESDAY.", "2015-06-10", [(None, None)]),
    # ... but who claimed it carried it out, and who marches "in protest" protests (who resigns in protest does not)
    ("A commando unit claimed responsibility for the bombing in Kabul on Friday.", "2015-06-10",
     [("A commando unit", None)]),
    ("Five hundred judges marched on Monday in protest in Bogota, Colombia.", "1989-08-30",
     [("Five hundred judges", None)]),
])
def test_actors_of_verbs_that_only_mention_the_event(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["actor1"], r["actor2"]) for r in rows] == expected


def test_abandoned_is_a_withdrawal_only_of_ground(res):
    """'left a girl abandoned in critical condition' gives up no ground; 'abandoned the town of Kunduz' does."""
    rows, _ = events(res, "A hail of bullets on Monday night left a 2-year-old girl abandoned in critical "
                     "condition in Tulsa, Oklahoma.", published="2015-06-10")
    assert "withdrawal" not in [r["event_type"] for r in rows]
    rows, _ = events(res, "Government troops abandoned the town of Kunduz on Tuesday.", published="2015-06-10")
    assert [(r["event_type"], r["place_name"]) for r in rows] == [("withdrawal", "Kunduz")]


def test_a_death_at_a_long_named_hospital_is_the_shootings_outcome(res):
    """'died ... Friday at University of Kentucky Chandler Hospital' is the victim of Thursday's shooting."""
    text = ("An accidental shooting on Christmas night has killed a 16-year-old in Frankfort, Kentucky. "
            "The coroner reports that Russell died after 2 p.m. Friday at University of Kentucky Chandler Hospital.")
    rows, _ = events(res, text, published="2014-12-27")
    assert [(r["event_date"], r["place_name"], r["killed_best"]) for r in rows] == [("2014-12-25", "Frankfort", 1)]


def test_a_related_story_headline_is_not_an_incident_of_the_article(res):
    text = ("LOUISVILLE, Ky. - Police say they have arrested a juvenile for the fatal shooting of a 17-year-old "
            "on Nov. 10 in Louisville.\n\nRelated Stories:\n\n"
            "2 teenagers killed and 2 juveniles arrested for murder in Louisville in 2 days\n")
    rows, _ = events(res, text, published="2016-11-18")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2016-11-10", 1)]


@pytest.mark.parametrize("text,published,expected", [
    ("KABUL, March 14 (Reuters) - Taliban fighters stormed a police checkpoint in Ghazni province late on "
     "Wednesday, killing nine policemen, officials said.", "2019-03-14", [("2019-03-13", 9, "Taliban fighters")]),
    ("MOGADISHU, June 8 (Reuters) - A car bomb exploded at a market in Baidoa on Monday, killing 18 people.",
     "2019-06-08", [("2019-06-03", 18, "A car bomb")]),
    ("BEIRUT, 22 NOV 85 (REUTER) -- [TEXT] GUNMEN KILLED TWO MILITIAMEN IN WEST BEIRUT LAST NIGHT.",
     "1985-11-22", [("1985-11-21", 2, "GUNMEN")]),
    # an older newspaper's dateline: the place in capitals, the date, a full stop
    ("ALGIERS, Oct. 1. Two bombs exploded in cafes in Algiers last night, killing three people.", "1956-10-02",
     [("1956-09-30", 3, "Two bombs")]),
])
def test_the_dateline_day_is_the_filing_day_not_the_event_date(res, text, published, expected):
    """The date in 'CITY, March 14 (Reuters) -' is when the story was filed: the weekday the lead
    tells dates the attack (one row, not one per date), and the dateline is never the actor."""
    rows, _ = events(res, text, published=published)
    assert [(r["event_date"], r["killed_best"], r["actor1"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("BELFAST (Reuters) - A bomb exploded in a pub in Belfast on Saturday, killing one man. A woman injured in "
     "Saturday's bombing in Belfast died in hospital today, bringing the death toll to two.", "1976-08-11",
     [("bombing", "1976-08-07", 2)]),
    ("CHICAGO - A 15-year-old boy who was shot Saturday evening in Little Village died Monday, police said. "
     "The boy was standing on a corner when a gunman opened fire.", "2022-07-05", [("shooting", "2022-07-02", 1)]),
    ("MANILA, 5 JUN 90 (AFP) -- [TEXT] REBELS AMBUSHED AN ARMY TRUCK IN CATARMAN, NORTHERN SAMAR, ON SUNDAY, "
     "KILLING EIGHT SOLDIERS. A SOLDIER WOUNDED IN THE AMBUSH DIED IN A HOSPITAL IN TACLOBAN CITY LAST NIGHT, "
     "RAISING THE DEATH TOLL TO NINE.", "1990-06-05", [("attack", "1990-06-03", 9)]),
])
def test_a_follow_up_death_joins_the_event_that_hurt_the_victim(res, text, published, expected):
    """'A woman injured in Saturday's bombing died today': Saturday's bombing's toll, not a new event today."""
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], r["event_date"], r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("The United Nations said 3,804 civilians were killed in Afghanistan in 2018.", []),
    ("More than 340,000 people have been killed since Syria's war started in 2011.", []),
    ("Last year, 83 people were shot in Chicago over the same holiday weekend.", []),
    ("Portland recorded two homicides in 2020, its lowest number in a decade.", []),
    # one event told with a coarse date stays an event
    ("In 2014 the group abducted 276 schoolgirls in Chibok.", [("kidnapping", "Chibok")]),
    ("In October 2017 a truck bomb in Mogadishu killed more than 500 people.", [("bombing", "Mogadishu")]),
    # a year naming one event ("the 2015 bombing") dates that event, it is no year's tally
    ("Twelve people died in the 2015 bombing in Kano.", [("bombing", "Kano")]),
    ("Forty people were killed in the 2010 massacre near Jos, survivors recalled.", [("mass_killing", "Jos")]),
    ("Forty people were killed in Plateau State in 2010, survivors recalled.", []),
])
def test_a_years_toll_with_no_one_acting_is_a_statistic(res, text, expected):
    rows, _ = events(res, text, published="2019-03-14")
    assert [(r["event_type"], r["place_name"]) for r in rows] == expected


def test_a_separate_incident_is_another_event(res):
    text = ("MAIDUGURI, Nigeria (AP) - Boko Haram extremists killed at least 43 farmers in northeastern Nigeria, "
            "officials said Sunday. In a separate incident, gunmen on Sunday kidnapped 15 travelers in Kaduna state.")
    rows, _ = events(res, text, published="2020-11-30")
    assert sorted((r["event_type"], r["killed_best"]) for r in rows) == [("kidnapping", None), ("mass_killing", 43)]  # 43 farmers: a massacre


def test_two_weapons_with_one_toll_are_one_event(res):
    rows, _ = events(res, "Government air strikes and artillery fire killed 27 civilians in Douma on Wednesday.",
                     published="2018-02-22")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("airstrike", 27)]


def test_the_country_people_fled_to_is_not_the_scene(res):
    text = ("YANGON (Reuters) - Military jets bombed a village on Saturday, killing three civilians and forcing "
            "3,000 people to flee into Thailand.")
    rows, _ = events(res, text, published="2021-03-28")
    assert [(r["event_type"], r["country_code"]) for r in rows] == [("airstrike", "MM")]  # jets: an airstrike


@pytest.mark.parametrize("text,published,expected", [
    ("KISUMU, Aug. 7 - A grenade exploded today at a bus depot, killing 11 people.", "1998-08-08", "1998-08-07"),
    ("HUANCAYO, 5 FEB 91 (AFP) -- [TEXT] GUERRILLAS YESTERDAY KILLED FOUR POLICEMEN IN JAUJA.", "1991-02-08",
     "1991-02-04"),
    ("SAN MIGUEL, 13 MAR 90 (ACAN-EFE) -- [TEXT] GUERRILLAS ON WEDNESDAY KILLED THREE SOLDIERS IN USULUTAN.",
     "1990-03-16", "1990-03-07"),
])
def test_relative_dates_count_from_the_filing_day(res, text, published, expected):
    """A wire story filed days before it was published: its "today", "yesterday" and weekdays
    count from the dateline's day, not the publication's."""
    rows, _ = events(res, text, published=published)
    assert [r["event_date"] for r in rows] == [expected]


@pytest.mark.parametrize("text,published", [
    # an event that may happen
    ("THE CARTEL SAID IN A BULLETIN THAT REPORTS OF A POSSIBLE ATTACK ON THE PRESIDENT IN BARRANQUILLA ARE FALSE.",
     "1990-01-30"),
    ("Officials warned on Monday of an imminent attack on the port of Kismayo.", "2015-03-16"),
    ("In case of a confrontation, the militia and the national guard are ready to defend the border.", "1989-08-06"),
    ("IN THE EVENT OF AN ATTACK ON THE CAPITAL, THE ARMY WILL RESPOND.", "1989-08-06"),
    # words, bills and markets
    ("QUITO, 9 MAR 90 (EFE) -- [TEXT] THE FORMER ADMIRAL TODAY HARSHLY ATTACKED THE PRESIDENT OF PERU.", "1990-03-09"),
    ("State senators killed the water bill on Thursday in Sacramento.", "2023-06-23"),
    ("Bank stocks were slaughtered again on Monday.", "2022-05-10"),
    ("The two candidates attacked each other's records on Wednesday night in Des Moines.", "2023-08-24"),
    ("The scandal destroyed his career in Lagos on Tuesday.", "2023-08-24"),
    ("THE GOVERNMENT'S LEGITIMACY WAS DESTROYED IN SAN SALVADOR LAST WEEK.", "1989-11-26"),
    # criticism: where it was said, what over, what for
    ("Trump attacked Macron on Twitter on Friday over his proposal for a European army.", "2018-11-11"),
    ("The senator attacked the governor in Albany on Monday for failing to fund the police.", "2018-11-11"),
    ("THE FORMER MINISTER ATTACKED THE GOVERNMENT TODAY IN A SPEECH IN LIMA.", "1989-11-26"),
    ("The company is shelling out about $40 billion on new plants in Texas this year.", "2022-03-22"),
    # a reporting period's figures, a march of mourners or veterans
    ("The UN said 1,366 civilians were killed and 2,446 wounded in Afghanistan between Jan. 1 and June 30.",
     "2019-07-30"),
    ("Ceremonies were also held in London on Sunday, where veterans marched past the Cenotaph.", "2018-11-11"),
    # a tally with no day of its own
    ("THE CONSTITUTION WAS WRITTEN AFTER THE KILLING OF OVER 60,000 CITIZENS.", "1989-09-13"),
    ("He spoke of a conflict that has lasted 12 years and killed more than 40,000 people.", "2001-05-02"),
])
def test_no_event_is_reported(res, text, published):
    rows, _ = events(res, text, published=published)
    assert rows == []


@pytest.mark.parametrize("text,published,n_killed", [
    ("Rebels fiercely attacked the garrison in Jauja on Friday.", "2015-03-16", None),
    ("Gunmen killed the border agent on Thursday near Nogales.", "2023-06-23", 1),
    ("Militants attacked the campaign office of the mayor in Jauja on Friday.", "2015-03-16", None),
    ("In the attack on Friday, gunmen killed three soldiers in Jauja.", "2015-03-16", 3),
    ("Troops killed more than 1,200 people in Hama on Tuesday.", "2015-03-16", 1200),
])
def test_twins_of_non_events_still_report(res, text, published, n_killed):
    rows, _ = events(res, text, published=published)
    assert len(rows) == 1 and rows[0]["killed_best"] == n_killed


@pytest.mark.parametrize("text,published,etype", [
    # aircraft as the doer make an airstrike
    ("SYRIAN JETS RAIDED POSITIONS NEAR ZAHLE TODAY, KILLING 12.", "1982-06-05", "airstrike"),
    ("Helicopter gunships attacked rebel positions near Bunia on Friday.", "2013-03-16", "airstrike"),
    ("The air force bombed rebel camps in Jonglei on Friday, killing 20.", "2013-03-16", "airstrike"),
    ("Gunmen attacked a checkpoint near Bunia on Friday.", "2013-03-16", "attack"),
    # a suicide bomber is a man, not an aircraft
    ("A TALIBAN SUICIDE BOMBER STRUCK A NATO CONVOY IN KANDAHAR ON WEDNESDAY, WOUNDING THREE SOLDIERS.", "2010-05-12",
     "bombing"),
    ("Russian bombers struck the town of Idlib on Wednesday, killing 12.", "2016-05-12", "airstrike"),
    # a weapon fired from aircraft
    ("Attack helicopters fired rockets at rebel positions near Goma on Monday.", "1996-03-12", "airstrike"),
    ("Rebels fired rockets at the base in Goma on Monday.", "1996-03-12", "shelling"),
    # a weapon with a verb of damage or impact
    ("A 200-POUND BOMB WRECKED A POLICE STATION IN ARMAGH TODAY, INJURING SIX OFFICERS.", "1985-03-01", "bombing"),
    ("Mortar rounds slammed into Zahle on Tuesday, killing four people.", "1983-09-07", "shelling"),
    # "abducting" as well as "abducted"
    ("Gunmen on Friday night attacked a school in Kankara, abducting an unspecified number of students.",
     "2020-12-13", "kidnapping"),
    # control taken, with a modifier
    ("Turkish-backed fighters took full control of Afrin's town centre on Sunday morning.", "2018-03-18",
     "territory_seized"),
    ("Rebels gained complete control of Bunia on Sunday.", "2021-03-29", "territory_seized"),
    # words for riots and killings
    ("Youths rioted in Oran on Friday.", "1988-10-08", "riot"),
    ("A mob lynched two men near Dhanbad on Friday.", "2018-03-12", "killing"),
    ("Gunmen gunned down a cleric outside his mosque in Samarra on Monday.", "2018-03-12", "killing"),
])
def test_type_from_the_doer_and_the_verb(res, text, published, etype):
    rows, _ = events(res, text, published=published)
    assert [r["event_type"] for r in rows] == [etype]


def test_houses_burned_in_a_deadly_raid_do_not_make_it_arson(res):
    rows, _ = events(res, "ARMED MEN KILLED 40 VILLAGERS IN A RAID ON THE HAMLET OF SIDI MOUSSA TODAY. THE ATTACKERS "
                          "SET FIRE TO SEVERAL HOUSES.", published="1997-08-30")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("mass_killing", 40)]  # not arson


def test_arson_alone_stays_arson(res):
    rows, _ = events(res, "Rebels burned down 30 houses in Kanyabayonga on Sunday.", published="2019-05-13")
    assert [r["event_type"] for r in rows] == ["arson"]


def test_an_event_two_days_before_another_is_its_own_with_its_own_toll(res):
    rows, _ = events(res, "Gunmen killed four policemen in Bauchi on Wednesday. The attack came two days after a "
                          "car bomb killed 12 people in Gombe.", published="2023-03-16")
    assert sorted((r["event_date"], r["killed_best"]) for r in rows) == [("2023-03-13", 12), ("2023-03-15", 4)]


@pytest.mark.parametrize("text,published,etype", [
    # the vocabulary's mass_killing: the execution or massacre of several captives or civilians
    ("Gunmen killed 40 villagers in Sobane Da on Sunday.", "2019-06-11", "mass_killing"),
    ("Soldiers massacred 300 villagers near Tenancingo in December.", "1982-01-27", "mass_killing"),
    ("Rebels executed a village chief in Kailahun on Sunday.", "1995-06-12", "killing"),
    ("Gunmen killed three soldiers in Kano on Sunday.", "2019-06-11", "killing"),
    ("Gunmen killed six soldiers in Kano on Sunday.", "2019-06-11", "killing"),
])
def test_mass_killing_is_several_civilians_or_captives(res, text, published, etype):
    rows, _ = events(res, text, published=published)
    assert [r["event_type"] for r in rows] == [etype]


def test_a_march_to_a_place_is_a_protest(res):
    rows, _ = events(res, "In Mandalay, tens of thousands of people marched peacefully to the Kuthodaw Pagoda on "
                          "Saturday.", published="2007-09-24")
    assert [r["event_type"] for r in rows] == ["protest"]


@pytest.mark.parametrize("text,published", [
    # an account called false by the one who tells it
    ("A FEW HOURS AGO, VILLALOBOS SAID THAT THE FMLN HAS SEIZED POSITIONS IN THE CAPITAL, WHICH IS NOT TRUE.",
     "1989-11-14"),
    # a conflict or a crisis that "exploded": nothing blew up
    ('"INTENSIVE EFFORTS WERE MADE TO PREVENT THE CONFLICT THAT HAS EXPLODED TODAY," THE ENVOY SAID.', "1989-12-20"),
    # an era, not an event
    ("THROUGHOUT THE DECADE OF THE 1980'S, FIGHTING IN CENTRAL AMERICA AFFECTED U.S. RELATIONS.", "1990-01-01"),
])
def test_accounts_called_false_figures_and_eras_are_no_events(res, text, published):
    rows, _ = events(res, text, published=published)
    assert rows == []


@pytest.mark.parametrize("text,published,etype", [
    ("A bomb exploded today in a market in Quetta, killing five.", "2015-03-16", "bombing"),
    ("Violence erupted in Karachi on Friday, killing five.", "2015-03-16", "killing"),
    ("Youths rioted in Butembo on Friday, torching the town hall.", "2015-03-16", "riot"),
])
def test_twins_of_figurative_words_still_report(res, text, published, etype):
    rows, _ = events(res, text, published=published)
    assert [r["event_type"] for r in rows] == [etype]


def test_a_groups_toll_this_year_does_not_join_todays_bombing(res):
    text = ("LIMA, 25 MAR 90 (EFE) -- [TEXT] GUERRILLAS BOMBED THREE PUBLIC BUILDINGS IN LIMA TODAY, CAUSING A LOT OF "
            "PROPERTY DAMAGE BUT NO CASUALTIES. THE TWO GROUPS ARE RESPONSIBLE FOR THE DEATHS OF AT LEAST 700 PEOPLE "
            "THIS YEAR.")
    rows, _ = events(res, text, published="1990-03-25")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("bombing", 0)]


def test_a_may_dateline_is_no_modal(res):
    """'KABUL, MAY 4 (REUTER) -': lowered for the parser, the month reads as 'may killed'."""
    rows, _ = events(res, "KABUL, MAY 4 (REUTER) - A BOMB KILLED FIVE PEOPLE IN KABUL ON FRIDAY.", published="1985-05-04")
    assert [(r["event_type"], r["killed_best"], r["event_date"]) for r in rows] == [("bombing", 5, "1985-05-03")]


def test_a_real_may_is_still_a_modal(res):
    rows, _ = events(res, "Officials said the rebels may attack the town of Herat on Friday.", published="1985-05-04")
    assert rows == []


def test_planes_are_no_plan(res):
    """'Russian planes bombed Aleppo' (parsed as 'planes that were bombed'): "planes" is no plan word."""
    rows, _ = events(res, "Russian planes bombed Aleppo over the weekend, killing 12 civilians.",
                     published="2022-11-28")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("airstrike", 12)]


def test_each_town_of_a_list_taken_or_left_is_an_event(res):
    rows, _ = events(res, "Tigrayan forces retreated from the towns of Dessie and Kombolcha on Monday.",
                     published="2021-12-07")
    assert sorted((r["event_type"], r["place_name"]) for r in rows) == [("withdrawal", "Dessie"),
                                                                       ("withdrawal", "Kombolcha")]


def test_one_town_taken_is_one_event(res):
    rows, _ = events(res, "Rebels captured Goma on Tuesday.", published="2012-11-21")
    assert [(r["event_type"], r["place_name"]) for r in rows] == [("territory_seized", "Goma")]


@pytest.mark.parametrize("text,published,expected", [
    # a building where people are, seized: an attack, not ground taken (nor dropped)
    ("Chechen gunmen seized a hospital in Budyonnovsk on Tuesday.", "1995-06-15", [("attack", "Budyonnovsk")]),
    ("Rebels seized the town of Bunia on Tuesday.", "1996-01-09", [("territory_seized", "Bunia")]),
    ("Troops seized the mayor in Jauja on Tuesday.", "1996-01-09", []),
    ("Iraqi forces seized most of the town of Bartella on Tuesday.", "2016-10-19",
     [("territory_seized", "Bartalah")]),
    ("GUERRILLAS OCCUPIED 8 KM OF THE ROAD TO LA LIBERTAD YESTERDAY.", "1989-07-03",
     [("territory_seized", "La Libertad")]),
])
def test_what_is_seized(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], r["place_name"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,start,end", [
    # the date that closes a noun trigger's own phrase dates it, not the verb of the report or procedure
    ("Colombia on Thursday extradited to the United States a man accused of the torture and murder of a U.S. "
     "drug agent in Mexico in 1985.", "1990-07-20", "1985-01-01", "1985-12-31"),
    ("A commission opened hearings Tuesday into the police shooting of demonstrators in Kisumu in July 1991.",
     "1993-01-13", "1991-07-01", "1991-07-31"),
    # the nearest date still wins when it closes the phrase
    ("Police on Monday arrested a man in the shooting of a teenager in Dallas on Sunday.", "2015-03-17",
     "2015-03-15", "2015-03-15"),
])
def test_a_noun_triggers_own_date(res, text, published, start, end):
    rows, _ = events(res, text, published=published)
    assert rows and all((str(r["date_start"]), str(r["date_end"])) == (start, end) for r in rows
                        if r["event_type"] in ("killing", "shooting"))


@pytest.mark.parametrize("text", [
    # deaths, injuries and damage in accidents and disasters are no conflict events, whatever the trigger
    "Thirty-two people died and 15 were injured when a bus plunged into a ravine near Huancayo on Sunday.",
    "A gas explosion at a coal mine in Shanxi on Monday killed at least 14 people.",
    "A fire swept through a crowded market in Lagos on Sunday, killing 20 people.",
    "The quake destroyed hundreds of adobe houses in the town of Ica on Sunday.",
    "The death toll from the country's worst mining disaster rose to 282 after an explosion at the coal mine.",
    "Floodwaters receded in Maiduguri on Friday, a week after a dam burst, and the death toll rose to 37.",
    "TWO PRISONERS HAVE DIED IN BELFAST SINCE BOBBY SANDS ENDED HIS FAST WITH HIS DEATH EARLIER THIS MONTH.",
    # military exercises stage assaults and fire missiles that hit nobody
    "Marines stormed a beach near Trondheim on Tuesday as NATO staged its largest military exercise in years.",
    "Chinese missiles were fired into waters off Taiwan's coast last week during the drills.",
])
def test_accidents_and_disasters_give_no_event(res, text):
    rows, _ = events(res, text, published="1995-03-13")
    assert rows == []


@pytest.mark.parametrize("text,etype", [
    ("The ceasefire collapsed and fighting killed 20 people in Aden on Sunday.", "armed_clash"),
    ("Rebels set fire to a market in Lagos on Sunday, killing 20 people.", "arson"),
    ("Gunmen attacked a bus and it plunged into a ravine near Huancayo on Sunday, killing 12.", "attack"),
    ("A bomb explosion at the market in Kano on Sunday killed 20 people, a day after a mining disaster.", "bombing"),
    ("A soldier was shot dead in Kandahar on Sunday during a military exercise.", "shooting"),
])
def test_violence_beside_accident_words_is_kept(res, text, etype):
    rows, _ = events(res, text, published="1995-03-13")
    assert [r["event_type"] for r in rows] == [etype]


def test_a_slogan_is_no_killing_and_a_crowd_is_no_toll(res):
    rows, _ = events(res, "Demonstrators chanted Death to America outside the embassy in Tehran on Friday.",
                     published="1990-08-25")
    assert [r["event_type"] for r in rows] == ["protest"]
    rows, _ = events(res, "THOUSANDS TODAY MARCHED TO COMMEMORATE ROMERO, WHO WAS SHOT DEAD BY A SNIPER IN 1980.",
                     published="1990-03-24")
    assert all((r["killed_best"] or 0) <= 1 for r in rows)


def test_meanwhile_starts_another_event(res):
    rows, _ = events(res, "Gunmen kidnapped an American journalist on Saturday in West Beirut. Meanwhile, artillery "
                          "duels across the Green Line killed six people overnight.", published="1985-03-17")
    kidnap = [r for r in rows if r["event_type"] == "kidnapping"]
    assert len(rows) == 2 and kidnap and kidnap[0]["killed_best"] is None


@pytest.mark.parametrize("text,wounded", [
    ("A woman was grazed by a bullet Thursday night in Dayton, Ohio.", 1),
    ("A girl was struck by a stray bullet inside her home in Memphis on Wednesday.", 1),
])
def test_grazed_or_struck_by_a_bullet_is_a_shooting(res, text, wounded):
    rows, _ = events(res, text, published="2016-05-30")
    assert [(r["event_type"], r["wounded_best"]) for r in rows] == [("shooting", wounded)]


def test_a_month_last_year_is_last_year(res):
    rows, _ = events(res, "Mrs Gandhi was assassinated in New Delhi on Oct. 31 last year.", published="1985-11-01")
    assert [str(r["date_start"]) for r in rows] == ["1984-10-31"]


@pytest.mark.parametrize("text", [
    # how things usually are
    "Putin said on Friday that Russia would not tolerate bandits who kidnap civilians.",
    "The Haqqani network, which attacks US forces in Khost, denied the report on Monday.",
    "THE ENEMY REGULARLY ATTACKS TRAINS ON THE BEIRA LINE, THE MINISTER SAID.",
    "THE ARMY HAS BEEN FIGHTING THE REBELS FOR ELEVEN YEARS. CLASHES ARE FREQUENT IN WESTERN EQUATORIA, HE SAID.",
    "Sectarian killings have become a daily occurrence in Baghdad.",
    # fixed phrases
    "A MARTIAL LAW COURT TODAY SENTENCED 14 MILITANTS TO DEATH.",
    "The first Leopard 2 battle tanks have arrived in Ukraine on Monday.",
    "THE RISE IN PRICE WAS A SHOT ACROSS THE BOWS OF THE SPECULATORS.",
    # what an anniversary remembers is not an event of the day
    "THE ARCHBISHOP TODAY MARKED THE ANNIVERSARY OF THE MASSACRE OF 10 PEASANTS IN SAN FRANCISCO.",
    # comparisons of periods and counts over a year are statistics
    "Through the end of June, 316 people had been killed in homicides, up from 211 in the same period last year.",
    "More than 4,300 people were shot in Chicago this year and 762 were killed, police said on Saturday.",
    "600 civilians were killed in Afghanistan in the first three months of 2016, the UN said.",
    # "It was the third shooting this week" is the one just told
    "It was the third shooting in the neighborhood this week.",
    # an era
    "SANTIAGO, 4 JUL 16 -- THE REPORT DOCUMENTS 2,279 DEATHS AND DISAPPEARANCES UNDER THE MILITARY REGIME "
    "BETWEEN 1973 AND 1990.",
])
def test_habits_fixed_phrases_anniversaries_and_statistics_are_no_events(res, text):
    rows, _ = events(res, text, published="2016-07-05")
    assert rows == []


@pytest.mark.parametrize("text", [
    "Thousands marked the 10th anniversary of the bombing that killed 29 people in Omagh on Saturday.",
    "THOUSANDS OF MOURNERS MARCHED THROUGH OMAGH TODAY TO MARK THE TENTH ANNIVERSARY OF A CAR BOMB THAT KILLED "
    "29 PEOPLE.",
])
def test_what_a_numbered_anniversary_remembers_is_dated_by_it(res, text):
    """The anniversary day is no event (nor the mourners' march); what it remembers, told with its toll in a
    relative clause, is dated that many years back."""
    rows, _ = events(res, text, published="2008-08-16")
    assert [(r["event_date"][:4], r["killed_best"]) for r in rows] == [("1998", 29)]


def test_where_the_aircraft_flew_from_is_not_where_they_struck(res):
    text = ("SARAJEVO (Reuters) - Two U.S. F-16 jets flying from Aviano air base in northern Italy dropped bombs on a "
            "Serb command post south-east of the town on Sunday, United Nations officials said.")
    rows, _ = events(res, text, published="1994-04-11")
    assert [(r["event_type"], r["country_code"]) for r in rows] == [("airstrike", "BA")]


def test_the_burned_buildings_searched_next_day_are_no_second_fire(res):
    text = ("A truck bomb exploded in the Karrada district of Baghdad on Sunday, killing 125 people. Rescue workers "
            "were still searching the burned buildings on Monday. Officials had initially put the toll at 20.")
    rows, _ = events(res, text, published="2016-07-04")
    assert [(r["event_type"], r["event_date"], r["killed_best"]) for r in rows] == [("bombing", "2016-07-03", 125)]


@pytest.mark.parametrize("text,published,place", [
    ("ATHENS, Ga. (AP) - A gunman opened fire near the University of Georgia campus on Friday, killing two.",
     "2016-03-12", "Athens"),
    ("SANTIAGO, 13 FEB 90 (DOMESTIC SERVICE) -- A BOMB WENT OFF AT THE GATE OF THE UNIVERSITY OF CHILE TODAY.",
     "1990-02-13", "Santiago"),
])
def test_a_dateline_town_inside_an_institutions_namesake_region_is_the_scene(res, text, published, place):
    rows, _ = events(res, text, published=published)
    assert [r["place_name"] for r in rows] == [place]


def test_the_dead_of_a_crash_told_further_down_are_no_killing(res):
    text = ("LIMA - At least 51 people were killed when a bus plunged about 200 metres into a ravine in the southern "
            "Andes of Peru on Friday night, police said. The bus was travelling from Santa Teresa to the city of "
            "Cusco when it left the road on a sharp curve near the village of Ocobamba. Survivors told local radio "
            "that the driver had been going too fast on the narrow dirt road and had ignored passengers' pleas to "
            "slow down. The driver was among those killed.")
    rows, _ = events(res, text, published="2013-08-19")
    assert rows == []


@pytest.mark.parametrize("text", [
    "SAN SALVADOR, 27 MAR 90 -- IN FACT, DURING 10 YEARS OF CIVIL WAR MORE THAN 70,000 PEOPLE HAVE BEEN KILLED IN "
    "EL SALVADOR.",
    "BOGOTA, 1 DEC 89 -- LAST YEAR, OVER 600 PEASANTS WERE MURDERED IN MORE THAN 40 MASSACRES BY HIRED ASSASSINS.",
    'BOGOTA, 19 SEP 89 -- HE SAID HARSH REGULATIONS ARE NEEDED, SUCH AS THE DEATH PENALTY, "FOR PEOPLE WHO COMMIT '
    'HOMICIDES AS THEY ARE DOING IN COLOMBIA."',
])
def test_a_wars_toll_many_massacres_toll_and_a_kind_of_person_are_no_event(res, text):
    head, _, rest = text.partition(" -- ")
    text = f"{head} -- THE GOVERNMENT AND THE REBELS WILL MEET IN CARACAS NEXT WEEK. {rest}"
    rows, _ = events(res, text, published="1990-03-27")
    assert rows == []


@pytest.mark.parametrize("text,killed,wounded", [
    ("THE RED CROSS REPORTED THAT EIGHT MINORS WERE WOUNDED IN TWO CLASHES IN ILOBASCO TODAY.", 0, 8),
    ("Authorities identified the four people who were found dead inside a home in Morris on Tuesday.", 4, None),
])
def test_two_events_toll_and_the_people_found_dead_still_count(res, text, killed, wounded):
    rows, _ = events(res, text, published="1990-05-02")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(killed, wounded)]


def test_a_total_counted_since_an_event_is_no_toll_of_it(res):
    text = ("Aid agencies estimate that more than 100,000 people have died since the plane carrying the president "
            "was shot down over Kigali on April 6.")
    rows, _ = events(res, text, published="1994-05-02")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("1994-04-06", None)]


def test_a_running_total_since_a_long_named_start_is_no_event(res):
    text = ("BAGHDAD, 27 NOV 19 (REUTERS) -- SECURITY FORCES KILLED FOUR PROTESTERS IN NASIRIYA TODAY. MORE THAN 350 "
            "PEOPLE HAVE BEEN KILLED SINCE THE PROTESTS AGAINST CORRUPTION AND UNEMPLOYMENT BEGAN ON OCTOBER 1.")
    rows, _ = events(res, text, published="2019-11-27")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2019-11-27", 4)]


@pytest.mark.parametrize("text,years", [
    # the event named beside an anniversary, with the day of remembrance, is the one remembered
    ("Relatives read aloud the names of the 29 people killed in the Omagh bombing on Saturday, as thousands "
     "gathered to mark the 10th anniversary of the worst atrocity of the Troubles.", ["1998"]),
    # a new attack on an anniversary is news of the day
    ("On the 10th anniversary of the bombing, gunmen attacked the memorial in Omagh on Saturday, killing three "
     "people.", ["1998", "2008"]),
])
def test_an_event_named_beside_an_anniversary_is_the_one_remembered(res, text, years):
    rows, _ = events(res, text, published="2008-08-16")
    assert sorted(r["event_date"][:4] for r in rows) == years


@pytest.mark.parametrize("text,etype", [
    ("Bandits kidnapped four civilians in Dagestan on Thursday.", "kidnapping"),
    ("MILITANTS WHO KILLED TWO INDIAN SOLDIERS IN KUPWARA YESTERDAY WERE ARRESTED.", "killing"),
    ("TWO MILITANTS WERE EXECUTED BY FIRING SQUAD IN ANKARA TODAY.", "killing"),
    ("Russian and Ukrainian troops clashed near Bakhmut on Monday.", "armed_clash"),
    ("Gunmen kill five in Kabul market attack", "attack"),
    ("Thousands took to the streets of Dakar on Saturday in protest at the arrest.", "protest"),
    ("The group seized two engineers near Kano on Monday.", "kidnapping"),
    ("Two people were shot in Chicago on Saturday and one was killed, police said.", "shooting"),
])
def test_twins_of_habits_and_statistics_stay_events(res, text, etype):
    rows, _ = events(res, text, published="2016-07-05")
    assert etype in [r["event_type"] for r in rows]


@pytest.mark.parametrize("text,start,precision", [
    # a span of weeks or years after (since) the complement's event, from the main clause's own day
    ("Gunmen killed four in Kano on Wednesday, two weeks after a car bomb killed 12 in the city.",
     "2022-06-12", "week"),
    ("Residents gathered Sunday evening to mark one year since a 12-year-old girl was killed in Dayton, Ohio.",
     "2021-01-01", "year"),
    # a year naming the crime ("a 2013 robbery"), not the day of the sentence
    ("A man who shot and killed a store clerk in Charlotte during a 2013 robbery was sentenced Friday.",
     "2013-01-01", "year"),
])
def test_dates_told_from_another_event_or_naming_the_crime(res, text, start, precision):
    rows, _ = events(res, text, published="2022-07-01")
    dated = {(str(r["date_start"]), r["date_precision"]) for r in rows}
    assert (start, precision) in dated


def test_a_long_time_after_a_murder_is_history_and_an_undated_photo_dates_nothing(res):
    rows, _ = events(res, "The remains of Patrice Lumumba were laid to rest in Kinshasa on Thursday, 61 years "
                          "after his murder.", published="2022-07-01")
    assert rows == []
    rows, _ = events(res, "The girl was shot in Dayton, Ohio on Nov. 13. Investigators found a photo posted by "
                          "her father about a week before the shooting.", published="2016-12-09")
    assert [str(r["date_start"]) for r in rows] == ["2016-11-13"]


@pytest.mark.parametrize("text,published,expected", [
    # the day a toll stood, or the day it was told, is no evidence of another event
    ("The death toll from a truck bombing in Mogadishu rose to 276 on Monday. The truck detonated at a busy "
     "junction on Saturday afternoon.", "2017-10-17", [("bombing", "2017-10-14", 276)]),
    ("Insurgents killed 52 young men in Muidumbe, police said on Thursday. The killings took place on Monday.",
     "2020-04-10", [("killing", "2020-04-06", 52)]),
])
def test_the_day_of_a_toll_or_a_statement_joins_the_event_told(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,etype,killed", [
    ("REBELS SHOT DEAD 22 VILLAGERS IN BATTICALOA TODAY.", "mass_killing", 22),
    ("GUNMEN KILLED 21 BANANA WORKERS IN URABA TODAY.", "mass_killing", 21),
    ("REBELS SHOT DEAD 2 VILLAGERS IN BATTICALOA TODAY.", "shooting", 2),
    # a relative clause after the second group of dead does not cut the count
    ("A mortar hit the UN compound in Qana today, killing two Indian peacekeepers and at least 11 civilians who "
     "had sought shelter there.", None, 13),
])
def test_civilians_shot_dead_in_numbers_are_a_mass_killing(res, text, etype, killed):
    rows, _ = events(res, text, published="1990-03-24")
    assert len(rows) == 1 and rows[0]["killed_best"] == killed
    assert etype is None or rows[0]["event_type"] == etype


@pytest.mark.parametrize("text,published,date,place", [
    # a monitoring service's header: the city, and the day the broadcast counts from
    ("(TEGUCIGALPA RADIO AMERICA IN SPANISH 1800 GMT 16 NOV 90) [TEXT] GUNMEN KILLED A JOURNALIST IN SAN PEDRO "
     "SULA LAST NIGHT.", "1990-11-17", "1990-11-15", "San Pedro Sula"),
    ("(LIMA RADIO NACIONAL IN SPANISH 1700 GMT 21 MAR 90) [TEXT] THE MAYOR WAS KILLED YESTERDAY BY SHINING PATH "
     "GUERRILLAS.", "1990-03-22", "1990-03-20", "Lima"),
])
def test_a_monitoring_header_dates_and_places_the_report(res, text, published, date, place):
    rows, _ = events(res, text, published=published)
    assert [(str(r["date_start"]), r["place_name"]) for r in rows] == [(date, place)]


def test_a_protest_dispersed_happened_and_a_modal_governs_its_conjuncts(res):
    rows, _ = events(res, "Police fired tear gas to disperse hundreds of protesters in the capital Ouagadougou on "
                          "Saturday.", published="2016-09-20")
    assert [r["event_type"] for r in rows] == ["protest"]
    rows, _ = events(res, "Police plan to disperse any protest in Lagos.", published="2016-09-20")
    assert rows == []
    rows, _ = events(res, "Duterte told supporters on Wednesday that he would kill criminals and dump their "
                          "bodies in Manila Bay.", published="2016-09-20")
    assert rows == []
    rows, _ = events(res, "Police found the bodies of three men in Manila Bay on Wednesday.", published="2016-09-20")
    assert [r["killed_best"] for r in rows] == [3]


def test_an_event_named_as_a_yardstick_is_no_event_and_an_update_keeps_the_shooting_day(res):
    rows, _ = events(res, "Wall Street suffered its worst day since the September 11 attacks on Monday.",
                     published="2016-05-30")
    assert rows == []
    rows, _ = events(res, "A man who was shot last week outside a bar in Dayton, Ohio has died, police said Sunday.",
                     published="2016-05-30")
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"]) for r in rows] == [
        ("shooting", "2016-05-23", 1)]


@pytest.mark.parametrize("text,published,expected", [
    # a yardstick's date dates nothing else told beside it
    ("Security forces killed at least 114 people, the bloodiest day since the Feb. 1 coup.", "2021-03-28",
     [("killing", "2021-03-28", 114)]),
    # harm told right after a disaster in the same paragraph is the disaster's
    ("THE TOLL FROM LAST WEEK'S EARTHQUAKE IN NORTHERN IRAN ROSE TODAY. MORE THAN 400 BUILDINGS WERE DESTROYED "
     "AND 30,000 PEOPLE WERE INJURED.", "1990-06-25", []),
    ("RIOTERS SET FIRE TO THE MARKET IN KANO TODAY. MORE THAN 40 SHOPS WERE DESTROYED.", "1990-06-25",
     [("riot", "1990-06-25", None)]),
    ("Two students were killed in a traffic accident last month. Austin Hedrick died in Dayton, Ohio on Friday "
     "night after a rifle accidentally discharged in the truck he was riding in.", "2014-10-20",
     [("killing", "2014-10-17", 1)]),
])
def test_yardstick_dates_and_harm_after_a_disaster(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,expected", [
    # what "since" measures from is another event: its toll counts nothing told beside it
    ("Two suicide bombers struck outside the Iranian embassy in Beirut on Tuesday, killing 23 people. It was the "
     "deadliest bombing in the city since an August car bomb in the Rweiss district killed 27 people.",
     "2013-11-19", [("bombing", "2013-11-19", 23)]),
    ("Gunmen killed four people in Mangu on Tuesday night. The killings are the worst since the 2010 Dogo Nahawa "
     "massacre in which over 300 villagers were killed.", "2018-06-28", [("mass_killing", "2018-06-26", 4)]),
    ("A CAR BOMB EXPLODED IN MADRID TODAY, KILLING AT LEAST 10 CIVIL GUARDS. IT WAS THE DEADLIEST ATTACK SINCE A "
     "CAFETERIA BOMBING IN SEPTEMBER 1974 THAT KILLED 12 PEOPLE.", "1986-07-14", [("bombing", "1986-07-14", 10)]),
    # "the first time since": a time mark, not a yardstick; the event it names is the one told
    ("A gunman killed 49 people at a nightclub in Orlando on Sunday. It was the first time they met since a gunman "
     "killed 49 people at the club.", "2016-06-14", [("killing", "2016-06-12", 49)]),
])
def test_a_yardstick_toll_counts_nothing_else(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    ("THIS EXPLOSION OF FREEDOM COINCIDES WITH THE RESTORATION OF DEMOCRACY IN CHILE.", []),
    ("An outburst of anger swept Cairo on Friday.", []),
    # a blast of something physical stays one
    ("The explosion of a car bomb killed 12 people in Cairo on Friday.", [("bombing", 12)]),
])
def test_an_explosion_of_something_abstract_is_no_blast(res, text, expected):
    rows, _ = events(res, text, published="2011-02-12")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,verb,seized", [
    # goods taken from an owner are no ground, even where a place is named after them
    ("Troops occupied several of his properties near Cartagena and Barranquilla.", "occupied", False),
    ("Rebels seized several of the villages near Cartagena.", "seized", True),
    ("Rebels seized most of Aleppo.", "seized", True),
])
def test_goods_seized_are_no_ground(res, text, verb, seized):
    from pipeline.events import _seizes_territory
    from pipeline.places import find_places
    doc = res.nlp(text)
    tok = next(t for t in doc if t.lower_ == verb)
    assert _seizes_territory(tok, "clause", find_places(text, res.gazetteer), 0) is seized


@pytest.mark.parametrize("text,published,place", [
    # the town a foreign force struck or took is the scene, though the bureau and the force are at home
    ("MOSCOW, March 4 (Reuters) - Russian missiles hit Kharkiv on Wednesday, killing 5 people.", "2022-03-04",
     "Kharkiv"),
    ("BELGRADE, Nov 19 (Reuters) - Serb forces shelled Vukovar on Monday, killing 5 people.", "1991-11-19",
     "Vukovar"),
    ("MOSCOW (Reuters) - Russian forces seized Kherson on Wednesday.", "2022-03-03", "Kherson"),
])
def test_the_town_struck_abroad_is_the_scene(res, text, published, place):
    rows, _ = events(res, text, published=published)
    assert [r["place_name"] for r in rows] == [place]


@pytest.mark.parametrize("text,published,expected", [
    # a death that makes a toll grow is one of its victims, not another event
    ("The death toll from Saturday's car bombing in Omagh rose to 28 on Monday when a woman died in hospital.",
     "1998-08-17", [("bombing", "1998-08-15", 28)]),
    ("Rescuers pulled more bodies from the rubble in Mykolaiv on Wednesday, bringing the death toll from "
     "Tuesday's missile strike to 20.", "2022-03-30", [("shelling", "2022-03-29", 20)]),
    # the day a toll stood dates nothing, however long the phrase between the toll and its verb
    ("The death toll from a bomb attack outside a school in Kabul rose to 58 on Sunday, officials said. The car "
     "bomb exploded on Saturday as students were leaving.", "2021-05-09", [("bombing", "2021-05-08", 58)]),
    ("The death toll from Friday's rocket strike on the railway station in the eastern Ukrainian city of "
     "Kramatorsk has risen to 52, the governor said.", "2022-04-09", [("shelling", "2022-04-08", 52)]),
])
def test_a_toll_that_grows_is_one_event(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,expected", [
    # where the wounded were flown, or where a force withdrew to, is not where it happened
    ("Maoists ambushed a police party near Burkapal village in Sukma district on Monday afternoon, killing 25 "
     "personnel. The injured were airlifted to Raipur.", "2017-04-25", [("attack", "2017-04-24", "Sukma")]),
    ("Strelkov and hundreds of his fighters withdrew overnight to the regional capital Donetsk, officials said.",
     "2014-07-05", []),
    # the day officials confirmed it is no day of the withdrawal; the one told next without a place dates it
    ("AFGHAN FORCES HAVE WITHDRAWN FROM BALA MURGHAB DISTRICT, OFFICIALS CONFIRMED TODAY. THE FORCES PULLED OUT "
     "LAST NIGHT AND MOVED TO QALA-I-NAW.", "2021-06-19", [("withdrawal", "2021-06-18", "Bala Murghab")]),
])
def test_where_people_were_taken_to_is_no_scene(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["place_name"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,expected", [
    # a tally over a period counts no single event it joins when that event states its own figure
    ("The MDC said on Sunday that 25 of its supporters had been killed by ZANU PF militias since the March 29 "
     "elections. In the latest violence, an MDC activist was beaten to death by ZANU PF youths in Mutoko on "
     "Friday night.", "2008-05-05", [("killing", "2008-05-02", 1, None)]),
    ("The violence has killed an average of 12 people each day. Gunmen killed seven soldiers in Lima on "
     "Saturday.", "1989-06-04", [("killing", "1989-06-03", 7, None)]),
    # a toll over days of riots neither counts nor types the fire it joins
    ("The death toll from three days of riots in Chile rose to 11 on Monday, authorities said. Five of the dead "
     "were found in the ashes of a warehouse in Santiago that was set on fire by looters on Sunday night.",
     "2019-10-21", [("arson", "2019-10-20", 5, None)]),
    # "in total" sums one event's victims
    ("Several people were shot at a park in Miami on Monday. Police said in total eight people were shot.",
     "2017-01-17", [("shooting", "2017-01-16", 0, 8)]),
])
def test_a_tally_counts_no_event_that_states_its_own_figure(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"], r["wounded_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,expected", [
    # a clash with protesters is a protest turned violent, and its dead are the riot's
    ("Protesters clashed with police in Nairobi on Monday, and two people were killed.", "2017-10-10",
     [("riot", "2017-10-09", 2)]),
    ("At least five people were killed overnight in Cali as police clashed with protesters.", "2021-05-04",
     [("riot", "2021-05-03", 5)]),
    ("Rebels clashed with troops near Goma on Monday, killing 12.", "2017-10-10", [("armed_clash", "2017-10-09", 12)]),
    # riot police are who was ambushed, not a riot
    ("Chechen rebels ambushed a column of riot police near Vedeno on Wednesday, killing 10 officers.", "2000-03-31",
     [("attack", "2000-03-29", 10)]),
    # a crowd gathered to protest held the protest
    ("Hundreds of people gathered outside the party's offices in Diyarbakir on Friday to protest the detentions.",
     "2016-11-05", [("protest", "2016-11-04", None)]),
    ("The union said it would gather its members on Friday to protest the detentions.", "2016-11-05", []),
    # a strike by a state's forces is an airstrike; a workers' strike is none
    ("An Israeli strike hit a UN school in Beit Hanoun on Thursday, killing at least 15 people.", "2014-07-25",
     [("airstrike", "2014-07-24", 15)]),
    ("Teachers went on strike in Nairobi on Monday.", "2017-10-10", []),
])
def test_protesters_clashes_and_strikes(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["killed_best"]) for r in rows] == expected


@pytest.mark.parametrize("text,published,expected", [
    # ground given up or retaken, in the forms wire copy uses
    ("Russian troops began to withdraw from Kherson on Wednesday.", "2022-11-10",
     [("withdrawal", "2022-11-09", "Kherson")]),
    ("Ukrainian forces were withdrawing from Bakhmut on Saturday, a commander said.", "2023-05-21",
     [("withdrawal", "2023-05-20", "Bakhmut")]),
    ("Iraqi troops drove the militants out of Fallujah on Sunday.", "2016-06-27",
     [("territory_seized", "2016-06-26", "Al Fallujah")]),
    ("US-backed forces on Tuesday ousted Islamic State fighters from the city of Raqqa.", "2017-10-18",
     [("territory_seized", "2017-10-17", "Ar Raqqah")]),
    # what is not: an order, a refusal, aid withdrawn, people expelled, a drive out of town
    ("Putin ordered troops to withdraw from Kherson on Wednesday.", "2022-11-10", []),
    ("Spain is withdrawing the aid it gave to El Salvador, the minister said on Monday.", "1989-11-30", []),
    ("The army expelled three journalists from Kabul on Monday.", "2016-10-21", []),
    ("He drove his children out of town on Friday.", "2016-10-21", []),
])
def test_ground_given_up_or_retaken(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_type"], str(r["date_start"]), r["place_name"]) for r in rows] == expected


def test_a_victim_list_cut_by_an_attribution_keeps_its_last_member(res):
    """'killing six policemen and a civilian, military sources said': the parser may take the
    civilian as the subject of "said"; the list still holds seven dead."""
    rows, _ = events(res, "Rebels ambushed a patrol near Kalamansig on Monday, killing six policemen and a civilian, "
                          "army sources said.", published="2016-05-31")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("attack", 7)]


@pytest.mark.parametrize("text,expected", [
    # crowd control is no bombing; students and police in a clash are a riot, villagers and troops a battle
    ("Police fired stun grenades and tear gas at protesters in Mandalay on Sunday.", ["protest"]),
    ("Students clashed with police in Valparaiso on Thursday.", ["riot"]),
    ("Villagers clashed with troops near Kandi on Thursday.", ["armed_clash"]),
    # fires set in other words
    ("Protesters set part of the complex on fire in Kayes on Friday.", ["arson", "protest"]),
    ("Protesters stormed the town hall in Kayes on Friday, setting fire to offices.", ["arson", "protest"]),
    ("THE AIM WAS A MISSION OF SETTING CENTRAL AMERICA ON FIRE, THE MINISTER SAID TODAY.", []),
    # the noun of a withdrawal completed or carried out; an accord that provides for one
    ("Russian troops completed their withdrawal from Kherson on Friday.", ["withdrawal"]),
    ("The donor completed its withdrawal of aid on Friday.", []),
    ("THE GOVERNMENTS SIGNED AGREEMENTS TODAY PROVIDING FOR THE WITHDRAWAL OF 50,000 TROOPS FROM ANGOLA.", []),
    # a person seized is taken captive, also in a reduced relative clause
    ("A SPANISH PRIEST SEIZED BY GUNMEN IN LANAO DEL SUR LAST WEEK WAS FREED TODAY.", ["kidnapping"]),
    ("Rebels seized the mayor of Tarqui on Monday.", []),
    ("Rebels seized the town of Tarqui on Monday.", ["territory_seized"]),
    ("A boy wanted in a robbery was captured by U.S. Marshals in Reading on Friday.", []),
    ("Two engineers were seized by police in Cali on Monday.", []),
    # South Asian "encounter": a gunfight with armed parties
    ("Five militants were killed in an encounter with security forces in Kupwara on Monday.", ["armed_clash"]),
    ("The hikers had an encounter with a bear near Banff on Monday.", []),
    # what a weapon was used for; strikes carried out on positions
    ("The army used 130-mm artillery to shell the Ampil area on Monday.", ["shelling"]),
    ("The air force carried out retaliatory strikes on rebel positions near Kilinochchi on Monday.", ["airstrike"]),
    ("Dockers carried out strikes in the port on Monday.", []),
    # protesters fired upon: one event, the shooting, holding the dead
    ("Soldiers opened fire on protesters in Lekki on Tuesday, killing 12.", ["shooting"]),
    ("Troops opened fire on thousands of villagers protesting outside an army post in Bireuen on Monday, "
     "killing 39 people.", ["shooting"]),
    ("Thousands protested in Mandalay on Monday against the coup.", ["protest"]),
    # contraband seized takes no ground; close to taking a city is not taking it; markets retreat
    ("Authorities seized 2.3 tons of cocaine hidden in bananas at the port of Guayaquil on Tuesday.", []),
    ("Syrian troops were on the verge of taking full control of Aleppo on Tuesday.", []),
    ("\"People are pulling out of anything that looks risky,\" a strategist in London said on Monday.", []),
    ("Rebel fighters retreated from Aleppo on Tuesday.", ["withdrawal"]),
    # protesters who rally are the protest told again; supporters who rally are a rally
    ("Protesters also rallied in Homs and Baniyas on Friday.", ["protest"]),
    ("Supporters of the president rallied in Maracay on Sunday.", ["rally"]),
])
def test_crowds_fires_withdrawals_captives_encounters_and_protests_fired_upon(res, text, expected):
    rows, _ = events(res, text, published="2016-05-31")
    assert sorted(r["event_type"] for r in rows) == expected, rows


@pytest.mark.parametrize("text,published,date", [
    ("The death toll from an airstrike on a market in Tigray has risen to 64, a health official said "
     "Thursday. The strike hit the market on Tuesday.", "2021-06-24", "2021-06-22"),
    ("GUERRILLAS KILLED AT LEAST 45 PEASANTS IN AYACUCHO, OFFICIALS SAID TODAY. THE GUERRILLAS ENTERED "
     "THE VILLAGE ON SUNDAY.", "1983-04-08", "1983-04-03"),
])
def test_a_lead_dated_by_its_telling_takes_the_day_the_next_sentence_gives(res, text, published, date):
    rows, _ = events(res, text, published=published)
    assert [r["date_start"] for r in rows] == [date], rows


def test_a_count_as_it_stood_by_a_day_is_no_second_event(res):
    """'had collected more than 100 bodies by Wednesday': when the count stood, not another attack."""
    rows, _ = events(res, "Military jets bombed a gathering in Kanbalu on Tuesday, killing at least 50 people. "
                          "Rescue workers said they had collected more than 100 bodies by Wednesday and that "
                          "dozens were injured.", published="2023-04-12")
    assert [(r["event_type"], r["date_start"]) for r in rows] == [("airstrike", "2023-04-11")]


def test_a_toll_over_days_of_clashes_is_that_run_of_days(res):
    """'killed in four days of clashes ... the Red Cross said today': one event over the four days,
    with its toll (was no row: the count over a period read as a statistic with no date)."""
    rows, _ = events(res, "At least 165 people have been killed in four days of clashes between Christians and "
                          "Muslims in the city of Jos, the Red Cross said today.", published="2001-09-10")
    assert [(r["event_type"], r["date_start"], r["date_end"], r["killed_best"]) for r in rows] == [
        ("armed_clash", "2001-09-07", "2001-09-10", 165)]


def test_a_second_blast_is_another_event(res):
    """'Minutes later, a second suicide bomber ...', 'A second blast in the X district killed two': two
    attacks, each with its own dead (were merged into the first, its toll kept)."""
    rows, _ = events(res, "A SUICIDE BOMBER DROVE A TRUCK INTO THE BARRACKS IN BEIRUT TODAY, KILLING AT LEAST 120 "
                          "SOLDIERS. MINUTES LATER, A SECOND SUICIDE BOMBER CRASHED A VEHICLE INTO A BUILDING TWO "
                          "MILES AWAY, KILLING AT LEAST 27 PARATROOPERS.", published="1983-10-23")
    assert sorted(r["killed_best"] for r in rows) == [27, 120]


def test_harm_told_after_a_protest_is_the_protests(res):
    """'Police said 40 officers were injured' after a march, with no act of its own: the march's hurt,
    not a separate attack (another event in the article keeps it apart)."""
    rows, _ = events(res, "Thousands of protesters marched through Valparaiso on Tuesday. Police said 40 officers "
                          "were injured.", published="2020-06-10")
    assert [(r["event_type"], r["wounded_best"]) for r in rows] == [("protest", 40)]
    rows, _ = events(res, "Thousands of protesters marched through Valparaiso on Tuesday. Gunmen attacked a bus "
                          "in Temuco, killing 3.", published="2020-06-10")
    assert sorted(r["event_type"] for r in rows) == ["attack", "protest"]


@pytest.mark.parametrize("text,expected", [
    # towns taken, one row each
    ("Croatian army units also took the towns of Gracac and Obrovac on Saturday.",
     [("territory_seized", "Gracac"), ("territory_seized", "Obrovac")]),
    # a past act told at second hand ("claimed to have seized") is kept; a plan is not
    ("On 2 July, Houthi forces claimed to have seized several positions in Rahabah district.",
     [("territory_seized", "Rahabah")]),
    ("The rebels threatened to take the town of Obrovac on Saturday.", []),
    # a shell that explodes was fired: shelling, not a bombing
    ("A mortar shell exploded in a crowded market in central Sarajevo on Saturday, killing 41 people.",
     [("shelling", "Sarajevo")]),
    ("A bomb exploded in a crowded market in Kano on Saturday, killing 4 people.", [("bombing", "Kano")]),
    # a land mine hit is an explosion; a withdrawal that will begin has not happened
    ("Their armored vehicle hit a land mine in the Vedeno district on Sunday, killing two soldiers.",
     [("bombing", "Vedeno")]),
    ("Serb units will begin pulling out of Kosovo within 24 hours.", []),
    # what is avenged is told elsewhere
    ("Serb forces detained some 150 U.N. personnel across Bosnia on Friday in retaliation for NATO air strikes.",
     []),
    # armed men entering or marching into a town take it; a president or a ship entering one does not
    ("The Reds entered Seoul late on Saturday afternoon.", [("territory_seized", "Seoul")]),
    ("Communist troops marched into Kunming on Friday.", [("territory_seized", "Kunming")]),
    ("The president entered Seoul on Monday to meet officials.", []),
    ("ARMY TROOPS ENTERED THE UNIVERSITY OF SARAJEVO TODAY.", []),
    # bombers pounding positions
    ("American B-52 bombers pounded enemy positions around Quang Tri on Saturday.", [("airstrike", "Quang Tri")]),
    # a town named as one ("the town of Gori") stays itself, whoever's forces took it
    ("Russian tanks swept into the town of Gori on Tuesday.", [("territory_seized", "Gori")]),
    # gunmen strafe from the ground
    ("GUNMEN STRAFED A HOUSE IN SARAJEVO ON SATURDAY, KILLING FOUR.", [("shooting", "Sarajevo")]),
    # a rally held to protest is the protest, one row
    ("In Moscow, about 1,000 people rallied near the Kremlin on Friday to protest against the war.",
     [("protest", "Moscow")]),
])
def test_towns_taken_claims_shells_and_rallies(res, text, expected):
    rows, _ = events(res, text, published="1995-08-06")
    assert [(r["event_type"], r["place_name"]) for r in rows] == expected


def test_one_of_those_shot_who_died_later_is_the_shootings_dead(res):
    text = ("On Saturday, four people were shot outside a corner store in Baltimore. One of them, a 24-year-old "
            "man, died Sunday morning.")
    rows, _ = events(res, text, published="2016-05-30")
    assert [(r["event_date"], r["killed_best"], r["wounded_best"]) for r in rows] == [("2016-05-28", 1, 3)]


def test_a_toll_with_no_date_or_place_of_its_own_goes_on_telling_the_last_event(res):
    """A digest's second item, then its toll in a sentence of its own: the toll is the second item's."""
    text = ("Burkina Faso: On 2 November, gunmen ambushed a convoy near Tin-Akoff, killing 14 soldiers.\n\n"
            "Niger: On 5 November, fighters attacked the town of Bosso, Diffa region. Seven civilians were killed "
            "and 4 wounded, a local official said.")
    rows, _ = events(res, text, published="2020-11-09")
    assert sorted((r["place_name"], r["killed_best"], r["wounded_best"]) for r in rows) == [
        ("Bosso", 7, 4), ("Tin-Akoff", 14, None)]


@pytest.mark.parametrize("text,expected", [
    # a sentence that only says nobody was hurt gives the event just told its zeros
    ("Gunmen attacked a post in Kano on 25 October. On 26 October, a mortar attack targeted the Halane compound "
     "near Mogadishu airport. No casualties were reported.", [("2017-10-25", None, None), ("2017-10-26", 0, 0)]),
    ("A bomb exploded near a bank branch in Yangon on Monday. No injuries were reported.",
     [("2017-10-30", None, 0)]),
    # the date of an opening 'despite'/'after' phrase is another event's
    ("Despite the ceasefire announced by the government on 17 June, barrel bombs were dropped on Daraa on 28 June, "
     "injuring six civilians.", [("2017-06-28", 0, 6)]),
])
def test_no_harm_sentences_and_opening_phrases(res, text, expected):
    rows, _ = events(res, text, published="2017-10-30")
    assert sorted((r["event_date"], r["killed_best"], r["wounded_best"]) for r in rows) == expected


@pytest.mark.parametrize("text,expected", [
    ("A man died in an accidental shooting in Reading on Monday, police said. An autopsy is set for Wednesday.",
     [("shooting", "2016-07-04")]),
    ("Militants attacked a polling office in Kabul on Thursday. The attacks come weeks before the presidential "
     "elections scheduled for August 5.", [("attack", "2016-06-30")]),
])
def test_a_day_to_come_dates_nothing_told(res, text, expected):
    rows, _ = events(res, text, published="2016-07-05")
    assert [(r["event_type"], r["event_date"]) for r in rows] == expected


def test_a_running_total_since_a_day_does_not_replace_the_events_own_toll(res):
    text = ("An Israeli air strike on a tower block in Gaza City on Tuesday night killed three people, the health "
            "ministry said. Health officials said 35 people had been killed in Gaza since Monday.")
    rows, _ = events(res, text, published="2021-05-12")
    assert [(r["event_type"], r["killed_best"]) for r in rows] == [("airstrike", 3)]
    # told alone, the running total is still the figure of what it tells
    rows, _ = events(res, "Health officials said 35 people had been killed in Gaza since Monday.", published="2021-05-12")
    assert [r["killed_best"] for r in rows] == [35]



@pytest.mark.parametrize("text,killed", [
    ("Troops of Operation Safe Haven neutralised 12 terrorists in Bama on Tuesday in a fierce encounter.", 12),
    ("Warplanes bombarded residential areas of the city of Dezful this morning, martyring 23 civilians.", 23),
    ("Two soldiers embraced shahadat when terrorists fired on a checkpost near Miranshah on Wednesday night. "
     "Three soldiers were injured.", 2),
])
def test_communique_words_for_killing_make_events_with_their_dead(res, text, killed):
    rows, _ = events(res, text)
    assert len(rows) == 1 and rows[0]["killed_best"] == killed, rows


def test_eliminating_jobs_is_no_event(res):
    rows, _ = events(res, "The new factory in Kharkiv eliminated 3,000 jobs on Monday and wiped out two rivals.")
    assert rows == []


def test_a_toll_over_a_reporting_period_of_months_is_no_event(res):
    rows, _ = events(res, "A confidential UN document estimated that 7,000 civilians were killed between "
                          "20 January and 7 May.", published="2009-05-14")
    assert rows == []


def test_a_procedures_side_clause_does_not_date_the_event(res):
    # the date belongs to the identification told beside the victim, not to his death
    text = ("CHICAGO — A man was shot and killed Saturday on the South Side. The man, identified Monday by the "
            "Cook County medical examiner's office as Robert McClinton, was pronounced dead at the scene.")
    rows, _ = events(res, text, published="2016-10-30")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2016-10-29", 1)]
    # nor does a relative clause of the arrest on the shooter
    rows, _ = events(res, "A woman, who was arrested Friday, shot her husband on Tuesday.", published="2016-10-30")
    assert [r["event_date"] for r in rows] == ["2016-10-25"]


def test_a_day_told_relative_to_the_sentences_own_day(res):
    text = ("MINNEAPOLIS — On Thursday, neighbors gathered quietly at the corner, which bore little resemblance to "
            "the chaotic scene the night before when one person was killed and seven were wounded.")
    rows, _ = events(res, text, published="2016-05-05")
    assert [(r["event_date"], r["killed_best"], r["wounded_best"]) for r in rows] == [("2016-05-04", 1, 7)]


@pytest.mark.parametrize("text", [
    "CHICAGO — A man died on Friday after being shot on Thursday night in Englewood.",
    "CHICAGO — A man died Friday after he was shot Thursday night in Englewood, police said.",
])
def test_a_death_days_after_the_shooting_is_one_event_dated_by_the_shooting(res, text):
    rows, _ = events(res, text, published="2013-03-23")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2013-03-21", 1)]


def test_a_nouns_own_date_before_it_beats_a_later_date_of_the_statement(res):
    rows, _ = events(res, "ETA claimed responsibility for Monday's killing of a retired army colonel in Bilbao in a "
                          "statement to the newspaper Egin today.", published="1980-11-05")
    assert [(r["event_date"], r["place_name"]) for r in rows] == [("1980-11-03", "Bilbao")]


@pytest.mark.parametrize("text,expected", [
    ("Militiamen burned houses in Dili on Monday.", [("arson", "2019-08-26")]),
    ("Rioters set cars alight in Middlesbrough on Sunday.", [("riot", "2019-08-25")]),
    ("A remote-controlled land mine destroyed a military vehicle in Mogadishu late Sunday, killing four soldiers.",
     [("bombing", "2019-08-25")]),
    ("Army engineers cleared 300 land mines near Kandahar on Monday.", []),
])
def test_burning_houses_is_arson_and_a_land_mine_is_a_bombing(res, text, expected):
    rows, _ = events(res, text, published="2019-08-27")
    assert [(r["event_type"], r["event_date"]) for r in rows] == expected


@pytest.mark.parametrize("text,claimed", [
    ("The Nigerian Army said troops neutralised 12 terrorists during a clearance operation near Bama on Monday.", True),
    ("Army spokesman Captain Antony Mualushayi said on Monday evening that soldiers pursuing the attackers had "
     "killed six ADF fighters near Beni.", True),
    ("An ECOMOG spokesman said his troops killed more than 100 rebels in Freetown yesterday.", True),
    ("THE ARMED FORCES PRESS COMMITTEE (COPREFA) REPORTED TODAY THAT TROOPS KILLED 23 GUERRILLAS IN CLASHES IN "
     "CHALATENANGO DEPARTMENT YESTERDAY.", True),
    ("The state news agency said government forces had repelled the attack and killed 62 rebels near Cuito on Sunday.",
     True),
    # the army telling its own losses, or a hospital telling the dead, is a report
    ("The army said two soldiers were killed when rebels attacked a checkpoint near Beni on Monday.", False),
    ("A spokesman for the hospital said 12 people were killed in the bombing in Kabul on Monday.", False),
    ("A hospital spokesman said soldiers killed 12 protesters in Freetown yesterday.", False),
])
def test_a_party_telling_what_its_own_side_killed_is_a_claim(res, text, claimed):
    rows, _ = events(res, text, published="1999-01-13")
    assert len(rows) == 1 and rows[0]["casualties_claimed"] is claimed, rows


@pytest.mark.parametrize("text,place,published", [
    ("Two policemen killed, three injured in Naxal IED blast in Gadchiroli\n\nNagpur, Nov 1: Two police personnel "
     "were killed and three others sustained injuries when Naxalites triggered an improvised explosive device (IED) "
     "under their vehicle in Maharashtra's Gadchiroli district on Monday, police said.", "IN", "2021-11-02"),
    ("RAWALPINDI: Four soldiers were martyred when terrorists attacked a check post in the Boya area of North "
     "Waziristan district on Tuesday night, the ISPR said.", "PK", "2021-02-17"),
    # a headline in capitals is no dateline of its own
    ("TWO POLICEMEN KILLED, THREE INJURED IN NAXAL IED BLAST IN GADCHIROLI\n\nNAGPUR, NOV 1: TWO POLICE PERSONNEL "
     "WERE KILLED AND THREE OTHERS SUSTAINED INJURIES WHEN NAXALITES TRIGGERED AN IMPROVISED EXPLOSIVE DEVICE (IED) "
     "UNDER THEIR VEHICLE IN MAHARASHTRA'S GADCHIROLI DISTRICT ON MONDAY, POLICE SAID.", "IN", "2021-11-02"),
])
def test_a_colon_dateline_is_the_bureau_not_a_second_scene(res, text, place, published):
    rows, _ = events(res, text, published=published)
    assert len(rows) == 1 and rows[0]["country_code"] == place, rows
    assert rows[0]["place_name"] not in ("Nagpur", "Rawalpindi", "NAGPUR")


@pytest.mark.parametrize("text,etype", [
    ("A communal clash broke out during a religious procession in Bhilwara on Saturday evening. Twelve persons were "
     "injured in the incident, police said.", "riot"),
    ("Two groups of villagers clashed over land in Bauchi on Monday, leaving five dead.", "riot"),
    ("Residents of two neighbouring villages clashed over a water point near Wajir on Sunday, police said.", "riot"),
    ("Two armed groups clashed in Bauchi on Monday, leaving five dead.", "armed_clash"),
    ("Rebels and government troops clashed near Bauchi on Monday, leaving five dead.", "armed_clash"),
    ("Soldiers died during fighting with subversive groups in the village of Dukku on Saturday.", "armed_clash"),
])
def test_a_clash_of_crowds_is_a_riot_and_of_armed_groups_a_battle(res, text, etype):
    rows, _ = events(res, text, published="2019-09-17")
    assert [r["event_type"] for r in rows] == [etype]


def test_a_yardstick_or_a_happening_set_beside_the_event_neither_dates_nor_places_it(res):
    rows, _ = events(res, "Gunmen killed 34 bus passengers near Ludhiana on Monday night. The attack was the worst in "
                          "Punjab since Prime Minister Rajiv Gandhi imposed direct federal rule on the state on May 11.",
                     published="1987-07-07")
    assert "1987-05-11" not in [r["event_date"] for r in rows]
    rows, _ = events(res, "Communist rebels ambushed an army patrol near Tuburan on Tuesday, killing nine soldiers. "
                          "The ambush came as government and rebel negotiators met in Manila to discuss a ceasefire.",
                     published="1986-11-19")
    assert [(r["place_name"], r["killed_best"]) for r in rows] == [("Tuburan", 9)]


def test_a_battle_of_thousands_at_a_town_is_an_event_and_the_armys_own_tally_a_claim(res):
    text = ("BAGHDAD, Feb 8 (Reuter) - Iraq said today its forces had repulsed an Iranian offensive. Iraqi forces "
            "killed 2,000 Iranian troops near Amarah, the military command said.")
    rows, _ = events(res, text, published="1983-02-09")
    assert [(r["killed_best"], r["casualties_claimed"], r["country_code"]) for r in rows] == [(2000, True, "IQ")]
    # a war's toll over years stays a tally
    rows, _ = events(res, "The war has killed 70,000 people in El Salvador since 1980.", published="1989-02-09")
    assert [r["killed_best"] for r in rows if r["killed_best"]] == []


def test_nobody_hurt_but_damage_done_gives_the_event_zero_wounded(res):
    text = ("A petrol bomb was thrown at a house in the Creggan area of Derry on Thursday night. No one was injured, "
            "but the door and a front window were badly damaged.")
    rows, _ = events(res, text, published="2021-09-11")
    assert [(r["place_name"], r["wounded_best"]) for r in rows] == [("Derry", 0)]
    # a "but" clause that tells deaths is no zero report
    rows, _ = events(res, "A petrol bomb was thrown at a house in Derry on Thursday night. No one was injured, but "
                          "two people were killed.", published="2021-09-11")
    assert [r["killed_best"] for r in rows] == [2]


def test_foreign_victims_nationality_does_not_place_the_event_at_home(res):
    rows, _ = events(res, "ROME, 3 MAY 90 (ANSA) -- [TEXT] A BOMB EXPLODED TODAY NEAR A HOTEL WHERE ITALIAN TOURISTS "
                          "WERE STAYING, WOUNDING FOUR ITALIAN TOURISTS AND TWO ITALIAN ENGINEERS. THE COLOMBIAN "
                          "POLICE BLAMED THE GUERRILLAS.", published="1990-05-03")
    assert [(r["event_type"], r["country_code"]) for r in rows] == [("bombing", "CO")]


@pytest.mark.parametrize("text,place", [
    # the parser takes the long fronted clause for the main one; the event is where its own clause says
    ("PANAMA CITY, 17 NOV 89 -- TWENTY YEARS AFTER THE LATIN AMERICAN CHURCH MET IN MEDELLIN AND DECIDED TO WORK "
     "FOR THE NEEDY, DEATH SQUADS IN EL SALVADOR HAVE MURDERED SIX JESUIT PRIESTS.", "El Salvador"),
    # the event told inside the fronted clause keeps its place
    ("Four weeks after a backyard massacre in Wilkinsburg in which six people were killed, police have a suspect: "
     "a Pittsburgh man arrested on drug charges.", "Wilkinsburg"),
])
def test_a_fronted_time_clause_places_only_its_own_event(res, text, place):
    rows, _ = events(res, text, published="1989-11-17")
    assert [r["place_name"] for r in rows] == [place]


@pytest.mark.parametrize("text,types", [
    ("The two candidates clashed on Monday night in their only debate in Denver.", []),
    ("Lawmakers clashed over the budget in Nairobi on Tuesday.", []),
    ("Trump and Biden clashed over taxes in Cleveland on Tuesday during a televised debate.", []),
    ("Rebels clashed with troops near Goma on Tuesday.", ["armed_clash"]),
    ("Security officials clashed with militants near Goma on Tuesday.", ["armed_clash"]),
    ("Army troops clashed with rebels near Goma on Tuesday, a military spokesman told a news conference.",
     ["armed_clash"]),
])
def test_a_clash_of_words_is_no_battle(res, text, types):
    rows, _ = events(res, text, published="2019-03-12")
    assert [r["event_type"] for r in rows] == types


@pytest.mark.parametrize("text,types", [
    ("CLANDESTINE, 21 NOV 89 (RADIO VENCEREMOS) -- WE DO NOT HOLD FOREIGNERS HOSTAGE AS SOME U.S. NEWS AGENCIES "
     "ARE REPORTING.", []),
    ("Gunmen held 30 people hostage at a hotel in Kandi on Friday.", ["kidnapping"]),
    ("BARCO SAID HE WILL ASK BUSH TO PROVIDE ASSISTANCE TO FIGHT THE \"WAR\" HE DECLARED ON DRUG MAFIAS AFTER "
     "VARIOUS TERRORIST ACTIONS LAST AUGUST.", []),
    ("Rebels carried out numerous attacks in Kassala province last month.", []),
    ("Rebels carried out several attacks in Kassala on Monday, killing 12.", ["attack"]),
])
def test_a_negated_light_verb_and_vague_many_events_over_a_month(res, text, types):
    rows, _ = events(res, text, published="1989-11-21")
    assert [r["event_type"] for r in rows] == types


@pytest.mark.parametrize("text", [
    "ON SEVERAL OCCASIONS VENEZUELA HAD TO FACE RAIDS INTO ITS TERRITORY, AS WELL AS THE KIDNAPPING OF "
    "STOCKBREEDERS BY COLOMBIAN GUERRILLAS.",
    "Militants have attacked the pipeline near Kirkuk time and again.",
])
def test_events_told_as_a_habit_over_many_occasions_are_no_event(res, text):
    rows, _ = events(res, text, published="1989-09-05")
    assert rows == []


@pytest.mark.parametrize("text,types", [
    ("Guerrillas attacked the mayor's office in Suchitoto on Sunday and destroyed two vehicles.", ["attack"]),
    ("A bomb exploded at a bank in Guatemala City on Saturday and destroyed the facade, wounding two guards.",
     ["bombing"]),
    ("Rebels burned houses and destroyed crops in Kassala on Monday.", ["arson"]),
])
def test_what_an_attack_destroyed_is_no_arson_of_its_own(res, text, types):
    rows, _ = events(res, text, published="2019-03-12")
    assert [r["event_type"] for r in rows] == types



def test_a_town_in_a_country_named_less_than_another_is_not_the_articles_scene(res):
    from dataclasses import replace
    from pipeline.events import _dominant_place
    from pipeline.places import find_places

    def dominant(text):
        places = [replace(p, role="") for p in find_places(text, res.gazetteer)]
        found = _dominant_place(places)
        return found.place.name if found else None

    towns = "Officials in San Salvador spoke. A hearing in Washington, D.C. met. Senators in Washington, D.C. spoke."
    assert dominant(towns) == "Washington"
    # El Salvador named three times outweighs the two mentions of Washington
    assert dominant(towns + " El Salvador wants aid. El Salvador waits. Troops of El Salvador left.") is None


@pytest.mark.parametrize("text,published,country", [
    ("ADDIS ABABA, 9 SEP 91 (AFP) -- AT LEAST 30 PEOPLE WERE KILLED ON MONDAY WHEN CLAN MILITIAS FOUGHT WITH MORTARS "
     "IN THE SOMALI TOWN OF BAIDOA, RED CROSS OFFICIALS SAID IN ADDIS ABABA ON TUESDAY.", "1991-09-10", "SO"),
    ("Dakar, Sept 9 (Reuters) - Islamist fighters attacked an army post near Menaka in Mali on Sunday, killing 12 "
     "soldiers. Malian officials in Dakar said on Monday the attackers burned the camp.", "1991-09-09", "ML"),
    ("LUSAKA, 3 MAR 88 (AFP) -- UNITA REBELS AMBUSHED A TRAIN NEAR HUAMBO IN ANGOLA ON WEDNESDAY, KILLING 11 "
     "PASSENGERS. ANGOLAN RADIO, MONITORED IN LUSAKA, SAID THE REBELS SET THE CARRIAGES ON FIRE.", "1988-03-03", "AO"),
])
def test_where_the_source_speaks_from_is_no_scene(res, text, published, country):
    rows, _ = events(res, text, published=published)
    assert rows and all(r["country_code"] == country for r in rows), \
        [(r["event_type"], r["place_name"], r["country_code"]) for r in rows]


@pytest.mark.parametrize("text,n", [
    ("THE FOUNDER OF THE GUERRILLA GROUP, WHO WAS KILLED IN AN AIRPLANE ACCIDENT IN LETICIA, WAS HONOURED TODAY.", 0),
    ("A rebel commander who led the assault on Bunia died in a car crash near Goma on Sunday.", 0),
    # a hunting or shooting accident is gun violence, which gun-violence archives count
    ("Jacob Miller, 18, was killed in a hunting accident near Black River on Saturday.", 1),
])
def test_a_death_put_down_to_an_accident_is_no_attack(res, text, n):
    rows, _ = events(res, text, published="2016-11-25")
    assert len(rows) == n, [(r["event_type"], r["sentence"][:60]) for r in rows]


def test_a_resort_of_a_named_country_is_the_scene_not_the_bureau(res):
    rows, _ = events(res, "NICOSIA, 3 MAY 84 (AFP) -- KATYUSHA ROCKETS FELL ON THE ISRAELI SEASIDE RESORT OF "
                          "NAHARIYA ON THURSDAY, WOUNDING TWO PEOPLE.", published="1984-05-03")
    assert [(r["country_code"], r["wounded_best"]) for r in rows] == [("IL", 2)], rows


@pytest.mark.parametrize("text", [
    "Indonesia's central bank fought off a fierce speculative attack on the rupiah in Jakarta on Tuesday.",
    "THE OPPOSITION LEADER TOLD A MEETING IN KANDY THAT THE GOVERNMENT WAS ATTACKING THE RIGHTS OF THE WORKERS.",
    "The senator launched a blistering attack on the governor in Lagos on Monday.",
    "EIGHT AMBASSADORS STAYED AWAY FROM THE CEREMONY IN HARARE ON FRIDAY IN PROTEST AT THE ELECTION.",
    "At least 31 people were killed when a bus plunged into a deep ravine near Cuzco on Sunday, police said.",
])
def test_words_money_abstention_and_a_crash_are_no_events(res, text):
    rows, _ = events(res, text, published="2001-06-05")
    assert rows == [], [(r["event_type"], r["sentence"][:60]) for r in rows]


def test_a_protest_march_and_an_attack_on_a_station_stay_events(res):
    rows, _ = events(res, "Thousands of students marched in protest through Dhaka on Monday. Gunmen launched a "
                          "fierce attack on the police station in Kidal on Wednesday.", published="2001-06-08")
    assert sorted(r["event_type"] for r in rows) == ["attack", "protest"], rows


@pytest.mark.parametrize("text,n", [
    ("THE SEGOVIA HILLS IN NICARAGUA HAVE BEEN THE SCENE OF FREQUENT FIGHTING BETWEEN THE ARMY AND THE REBELS.", 0),
    ("Recurrent clashes between herders and farmers have marked the Jos plateau.", 0),
    ("Separatists in Casamance are fighting for an independent state.", 0),
    ("Sporadic fighting continued in the hills near Ziguinchor on Sunday.", 1),
    ("Rebels fighting for an independent state attacked a police post in Bamenda on Sunday, killing two officers.", 1),
])
def test_habits_and_causes_are_no_events(res, text, n):
    rows, _ = events(res, text, published="1984-04-02")
    assert len(rows) == n, [(r["event_type"], r["sentence"][:60]) for r in rows]


@pytest.mark.parametrize("text,etype", [
    ("Two UN observers were seized by militiamen near Bunia on Friday.", ["kidnapping"]),
    ("Gunmen seized four peacekeepers at a checkpoint outside Kidal on Tuesday.", ["kidnapping"]),
    ("Rebels seized the town of Kidal on Tuesday.", ["territory_seized"]),
])
def test_peacekeepers_and_observers_seized_are_taken_captive(res, text, etype):
    rows, _ = events(res, text, published="2003-05-10")
    assert [r["event_type"] for r in rows] == etype, rows


def test_an_event_the_news_came_an_interval_after_is_another_earlier_event(res):
    rows, _ = events(res, "Gunmen stormed a hotel in Kismayo on Saturday, killing 19 people. The attack came three "
                          "weeks after a truck bomb in Kismayo killed more than 200 people.", published="2018-06-04")
    got = sorted((r["event_date"], r["killed_best"], r["date_precision"]) for r in rows)
    assert got == [("2018-05-12", 200, "week"), ("2018-06-02", 19, "day")], got


def test_an_attack_that_came_after_its_own_shooting_is_one_event(res):
    rows, _ = events(res, "The attack came after gunmen opened fire on a bus in Garissa on Sunday, killing five.",
                     published="2018-06-04")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2018-06-03", 5)]


@pytest.mark.parametrize("text,killed,wounded", [
    # a sum over several events told is no event's count
    ("REBELS AMBUSHED A PATROL NEAR SEGOVIA ON SATURDAY, KILLING SIX SOLDIERS, THE ARMY SAID.\n\nIN ALL, 27 PEOPLE "
     "DIED IN POLITICAL VIOLENCE ACROSS THE COUNTRY OVER THE WEEKEND.", 6, None),
    ("Gunmen attacked a bus near Gombe on Sunday, killing four people. Altogether, 35 people were killed in the "
     "state over the weekend.", 4, None),
    # one event's victims summed up
    ("Gunmen opened fire inside a bar in Clairton overnight. Two men were hit in the legs. In all, five people "
     "were shot.", 0, 5),
])
def test_a_sum_over_several_events_is_no_events_count(res, text, killed, wounded):
    rows, _ = events(res, text, published="1988-05-16")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(killed, wounded)], rows


def test_a_recalled_event_joins_no_mention_of_another_sentence():
    import datetime as dt
    from pipeline.dates import DateWindow
    from pipeline.events import Event, Mention, _can_merge
    from pipeline.numbers import Casualties
    from pipeline.sentences import split_sentences

    first, second = split_sentences("The takeover came a day after 30 soldiers were killed. The seizure of Hit leaves "
                                    "one road open.")[:2]
    day = dt.date(2022, 6, 9)
    window = DateWindow(day, day, day, "day", "a day after")

    def mention(sent, etype, recalled):
        return Mention(etype, etype, sent, window, None, "", Casualties(None, None), None, None, 0,
                       separate=recalled, recalled=recalled)

    recalled_killing = Event([mention(first, "killing", True)])
    assert not _can_merge(recalled_killing, mention(second, "territory_seized", False))
    assert _can_merge(Event([mention(first, "killing", False)]), mention(second, "territory_seized", False))


@pytest.mark.parametrize("text, published, expected", [
    # a dateline that spells out its country is a bureau: the foreign story is the other country's
    ("LIMA (PERU), 12 FEB 91 (EFE) -- [TEXT] THE PERUVIAN FOREIGN MINISTRY TODAY CONDEMNED THE MURDER OF BOLIVIAN "
     "SENATOR JUAN PEREZ, WHO WAS SHOT DEAD YESTERDAY BY UNIDENTIFIED GUNMEN. BOLIVIAN POLICE SAID THE ATTACKERS "
     "FLED IN A RED CAR. THE BOLIVIAN GOVERNMENT DECLARED THREE DAYS OF MOURNING.", "1991-02-12", ("BO", "1991-02-11")),
    # ... and a story of the bureau's own country keeps its dateline
    ("SANTIAGO (CHILE), 2 JUN 88 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK BRANCH, WOUNDING TWO CHILEAN "
     "POLICEMEN, CHILEAN POLICE SAID. THE CHILEAN GOVERNMENT BLAMED THE MANUEL RODRIGUEZ PATRIOTIC FRONT.",
     "1988-06-02", ("CL", "1988-06-02")),
])
def test_a_bureau_dateline_with_its_country_spelled_out(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["country_code"], r["event_date"]) for r in rows] == [expected], rows


@pytest.mark.parametrize("middle", [
    "Hundreds of families fled across the border into Rwanda overnight.",          # where people fled to
    "A U.N. spokesman speaking in Geneva said 5,000 people had been displaced.",   # where a source spoke
])
def test_a_clause_without_a_place_does_not_take_a_place_that_is_no_scene(res, middle):
    """The sentence before names only a place that is no scene: the clause takes the dateline town."""
    text = ("GOMA, Congo (Reuters) - Rebel fighters advanced on the city on Tuesday.\n\n" + middle
            + " Rebels killed 12 soldiers at a checkpoint on Monday, an army officer said.")
    rows, _ = events(res, text, published="2008-11-04")
    assert [(r["place_name"], r["killed_best"]) for r in rows] == [("Goma", 12)], rows


@pytest.mark.parametrize("text, published, expected", [
    # the lead's own date, not the filing day, is what "two days earlier" counts from
    ("KIGALI, 9 MAR 96 (AFP) -- GUNMEN KILLED 14 VILLAGERS IN A HAMLET NEAR GISENYI DURING THE NIGHT OF THE 6TH, "
     "LOCAL OFFICIALS SAID TODAY.\n\nTWO DAYS EARLIER, A GRENADE EXPLODED AT A MARKET IN RUHENGERI, KILLING THREE "
     "PEOPLE.", "1996-03-09", [("1996-03-06", 14), ("1996-03-04", 3)]),
    # the parse may hang the filing day under the lead's verb; the lead's own day dates the event
    ("KAMPALA, Uganda, Nov 4 (Reuters) - Congolese rebels backed by armoured vehicles took control of Rutshuru, "
     "the main town of the Rutshuru territory, on Sunday, residents said.", "2008-11-04", [("2008-11-02", None)]),
    # a date that names a group dates nothing
    ("BUJUMBURA, 9 MAR 96 (AFP) -- THE \"23 MARCH\" DEMOCRATIC FORCES SAID TODAY THEIR FIGHTERS KILLED NINE "
     "SOLDIERS IN AN AMBUSH NEAR GITEGA.", "1996-03-09", [("1996-03-09", 9)]),
])
def test_the_filing_day_and_group_names_date_no_event(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_date"], r["killed_best"]) for r in rows] == expected, rows


def test_the_town_whose_control_was_taken_is_the_scene_under_a_bureau_dateline(res):
    rows, _ = events(res, "NOUAKCHOTT, Mauritania (Reuters) - Tuareg rebels took control of Timbuktu on Sunday, "
                          "residents said.", published="2012-04-02")
    assert [(r["event_type"], r["place_name"], r["country_code"]) for r in rows] == \
        [("territory_seized", "Timbuktu", "ML")], rows


@pytest.mark.parametrize("text, published, killed", [
    # deaths of the wounded told after the toll add to it
    ("ANKARA, JULY 6 (REUTER) - KURDISH GUERRILLAS RAIDED A VILLAGE NEAR MARDIN LATE ON SUNDAY, KILLING NINE "
     "VILLAGE GUARDS, THE GOVERNOR'S OFFICE SAID.\n\nTWO MORE PEOPLE WOUNDED IN THE RAID DIED IN HOSPITAL YESTERDAY.",
     "1993-07-06", 11),
    # ... but a later toll holds them
    ("Gunmen killed nine people in a village near Jos on Sunday, police said.\n\nTwo more people wounded in the "
     "attack died in hospital on Monday. The toll now stands at 11, police said.", "2010-03-09", 11),
    # ... and "two more dead" found is the lead's total told in detail
    ("A shooting spree on Wednesday night left four people dead in DeSoto, police said. Officers found two more "
     "dead at a house on Galleria Drive.", "2013-08-30", 4),
])
def test_later_deaths_of_the_wounded_add_to_the_toll(res, text, published, killed):
    rows, _ = events(res, text, published=published)
    assert [r["killed_best"] for r in rows][:1] == [killed], rows


def test_one_of_the_wounded_named_in_an_aside_died_of_the_same_shooting(res):
    text = ("MOBILE, Ala. -- Three people were killed and two others wounded when a man opened fire outside a bar "
            "late Friday, police said.\n\nOne of the wounded, a 27-year-old woman, died Sunday at University "
            "Hospital, raising the death toll to four.")
    rows, _ = events(res, text, published="2019-06-17")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("2019-06-14", 4)], rows


@pytest.mark.parametrize("text", [
    "The prime minister ordered a halt to the shelling of Jaffna on Monday, officials said.",
    "PRESIDENT YELTSIN ORDERED A HALT TO THE BOMBING OF GROZNY LAST WEEK.",
    "The council called for an end to the air strikes on Idlib on Tuesday.",
])
def test_an_event_named_as_what_should_stop_reports_none_even_with_its_date_and_place(res, text):
    rows, _ = events(res, text, published="1995-01-05")
    assert rows == [], [(r["event_type"], r["event_date"]) for r in rows]


def test_a_wars_toll_over_years_is_no_count_of_an_event_it_joins(res):
    text = ("SARAJEVO (Reuters) - Some 8,000 Muslim men and boys were killed by Bosnian Serb forces after "
            "Srebrenica fell on July 11, 1995, survivors told a Hague court on Wednesday.\n\nThe 1992-1995 war "
            "killed about 100,000 people and drove half of Bosnia's population from their homes.")
    rows, _ = events(res, text, published="2003-11-12")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("1995-07-11", 8000)], rows


@pytest.mark.parametrize("text, published, expected", [
    ("ADDIS ABABA (Reuters) - Police fired on demonstrators in Nekemte on Saturday, killing seven people, "
     "witnesses said.\n\nAmnesty International said on Monday that nearly 100 people had been killed across "
     "Oromiya and Amhara over the weekend.", "2016-08-09", [("2016-08-06", 7)]),
    ("CHICAGO (AP) - Two men were shot dead at a cookout in Englewood on Monday evening, police said.\n\nMore than "
     "60 people were shot across the city over the long holiday weekend, at least nine of them fatally.",
     "2016-07-05", [("2016-07-04", 2)]),
])
def test_a_toll_summed_over_places_is_no_figure_of_the_event_it_joins(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_date"], r["killed_best"]) for r in rows] == expected, rows
    assert all(r["wounded_best"] in (None, 0) for r in rows), rows


def test_no_one_killed_is_the_zero_of_the_event_told_just_before(res):
    text = ("LIMA, 3 FEB 92 (EFE) -- GUERRILLAS KIDNAPPED A RANCHER AND HIS TWO SONS ON SATURDAY AT THEIR FARM NEAR "
            "AYACUCHO, POLICE SOURCES REPORTED TODAY.\n\nIN HUANCAYO, A DYNAMITE BOMB EXPLODED LAST NIGHT OUTSIDE A "
            "POLICE STATION IN THE EL TAMBO DISTRICT, WOUNDING SIX PEOPLE. NO ONE WAS KILLED.")
    rows, _ = events(res, text, published="1992-02-03")
    got = {r["event_type"]: (r["killed_best"], r["wounded_best"]) for r in rows}
    assert got.get("bombing") == (0, 6) and got.get("kidnapping", (None, None))[0] is None, rows


def test_an_unrelated_shooting_is_a_separate_event(res):
    text = ("Five people were shot, two of them fatally, in the Seventh Ward on Monday evening, New Orleans police "
            "said.\n\nIn an unrelated shooting about two hours later in the Lower Ninth Ward, a 30-year-old man was "
            "shot several times and killed.")
    rows, _ = events(res, text, published="2019-10-15")
    assert sorted((r["killed_best"], r["wounded_best"]) for r in rows) == [(1, None), (2, 3)], rows


@pytest.mark.parametrize("text, published", [
    ("KABUL (Reuters) - The report said assassinations of civilians by insurgents had more than doubled, with 462 "
     "killed last year.", "2010-07-02"),
    ("NEW DELHI, Mar 11 (PTI) Deaths in Left-wing extremist violence fell to their lowest level in more than a "
     "decade last year, the Home Ministry told parliament on Wednesday.", "2015-03-11"),
])
def test_a_years_tally_is_no_event(res, text, published):
    rows, _ = events(res, text, published=published)
    assert rows == [], [(r["event_type"], r["event_date"], r["killed_best"]) for r in rows]


def test_a_year_dated_event_keeps_its_row(res):
    text = "KABUL (Reuters) - In 2009, a roadside bomb destroyed an army truck near Kandahar, officials recalled."
    rows, _ = events(res, text, published="2010-07-02")
    assert "bombing" in {r["event_type"] for r in rows} and {r["date_precision"] for r in rows} == {"year"}, rows


@pytest.mark.parametrize("text, published, town", [
    ("DUNGANNON, NORTHERN IRELAND (AP) -- A BOMB EXPLODED IN A CROWDED PUB IN THIS COUNTY TYRONE MARKET TOWN LATE "
     "FRIDAY NIGHT, KILLING TWO MEN, POLICE SAID.", "1974-03-09", "Dungannon"),
    ("CANTON, Ohio (AP) - A gunman killed three people at a bar in this northern Ohio city on Saturday, police "
     "said.", "2010-05-03", "Canton"),
])
def test_a_region_describing_this_town_is_the_dateline_town(res, text, published, town):
    rows, _ = events(res, text, published=published)
    assert [r["place_name"] for r in rows] == [town], rows


@pytest.mark.parametrize("text, expected", [
    ("LAGOS (Reuters) - Hundreds of people rallied on Monday to denounce the killing of 12 farmers in Benue "
     "state.", [("protest", None, "Lagos")]),
    ("LAGOS (Reuters) - Police shot dead two protesters as hundreds rallied in Lagos on Monday against the killing "
     "of 12 farmers in Benue state.", [("rally", None, "Lagos"), ("shooting", 2, "Lagos")]),
    ("SAN SALVADOR, 20 NOV 89 (AFP) -- THOUSANDS DEMONSTRATED IN SAN SALVADOR YESTERDAY AGAINST THE MURDER OF SIX "
     "JESUITS.", [("protest", None, "San Salvador")]),
])
def test_the_event_a_protest_is_held_against_lends_it_no_toll_or_place(res, text, expected):
    rows, _ = events(res, text, published="2018-05-02" if "Lagos" in text else "1989-11-20")
    assert sorted((r["event_type"], r["killed_best"], r["place_name"]) for r in rows) == expected, rows


def test_a_match_report_is_no_violence(res):
    text = ("JOHANNESBURG - The home side launched an all-out assault from the first whistle and bombarded the "
            "visitors' goal with crosses at Ellis Park on Saturday. The striker fired a thunderbolt into the top corner "
            "in the 17th minute.\n\nThe derby massacre was the visitors' heaviest defeat in nine years. \"We were "
            "shot to pieces in midfield,\" their coach admitted after the match. The result lifts the winners to "
            "fourth in the league, and the goalkeeper kept a clean sheet for the third game in a row.")
    rows, _ = events(res, text, published="2016-10-30")
    assert rows == [], [(r["event_type"], r["evidence"][:60]) for r in rows]


def test_a_shooting_of_a_sports_star_stays_an_event(res):
    text = ("Police have made an arrest in the death of a 15-year-old basketball star who was gunned down in a "
            "drive-by shooting in Paterson on Sunday. Three others were injured in the shooting. His coach said the "
            "team would play its championship match and the tournament final this season in his memory.")
    rows, _ = events(res, text, published="2015-04-21")
    assert [(r["event_type"], r["place_name"]) for r in rows] == [("shooting", "Paterson")], rows


def test_a_spate_of_events_is_no_event(res):
    text = ("NAIROBI (Reuters) - Kenya sent troops into Somalia in October 2011 after a spate of kidnappings of "
            "foreigners on its soil.")
    rows, _ = events(res, text, published="2013-06-10")
    assert rows == [], [(r["event_type"], r["event_date"]) for r in rows]


def test_the_setting_an_attack_comes_amid_lends_it_no_date_or_place(res):
    text = ("NAIROBI, June 10 (Reuters) - Al Shabaab militants attacked an army checkpoint near Baidoa late on "
            "Saturday, killing five soldiers, officials said.\n\nThe attack comes amid growing friction between "
            "Kenya and the government in Mogadishu over the port of Kismayu, where Kenyan troops helped install a "
            "regional administration last month.")
    rows, _ = events(res, text, published="2013-06-10")
    assert [(r["event_date"], r["place_name"]) for r in rows] == [("2013-06-08", "Baidoa")], rows


def test_a_habits_object_is_no_event(res):
    text = ("TEGUCIGALPA, 19 JUN 85 (EFE) -- THERE WAS NO IMMEDIATE COMMENT FROM THE SANDINISTA DEFENSE MINISTRY IN "
            "MANAGUA, WHICH USUALLY REPORTS ON FIGHTING SEVERAL DAYS LATER.")
    rows, _ = events(res, text, published="1985-06-19")
    assert rows == [], [(r["event_type"], r["place_name"]) for r in rows]


def test_where_a_communique_was_handed_to_the_press_is_no_scene(res):
    text = ("TEGUCIGALPA, 19 JUN 85 (EFE) -- NICARAGUAN REBELS ATTACKED A FARM COOPERATIVE AT SAN JOSE DE BOCAY IN "
            "NORTHERN NICARAGUA ON MONDAY, KILLING 12 MILITIAMEN.\n\nIN A COMMUNIQUE DISTRIBUTED TO THE PRESS IN THE "
            "HONDURAN CAPITAL, THE REBELS SAID THAT 300 MEN ASSAULTED THE COOPERATIVE AT DAWN AND DESTROYED TWO "
            "TRUCKS BEFORE WITHDRAWING.")
    rows, _ = events(res, text, published="1985-06-19")
    assert {r["country_code"] for r in rows} == {"NI"}, [(r["event_type"], r["place_name"]) for r in rows]


@pytest.mark.parametrize("text, published, expected", [
    ("Security forces shot dead at least eight people in Monywa on Saturday, residents said.\n\nAcross the country "
     "at least 114 people were killed on Saturday, according to a rights group.", "2021-03-29",
     [("2021-03-27", 8)]),
    ("CHICAGO — At least one person was killed and five others were wounded in shootings across the city over the "
     "Fourth of July holiday weekend, police said Tuesday.\n\nIn Harvey, police found a man with multiple gunshot "
     "wounds in a parking lot at about 3 a.m. Monday. He was pronounced dead at a hospital.", "2005-07-05",
     [("2005-07-04", 1)]),
])
def test_a_nationwide_or_citywide_toll_is_no_figure_of_one_event(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["event_date"], r["killed_best"]) for r in rows] == expected, rows
    assert all(r["wounded_best"] in (None, 0) for r in rows), rows


def test_a_toll_across_a_named_country_is_no_event_of_its_own(res):
    text = ("DHAKA, Mar 1 - At least 35 people were killed across Bangladesh on Thursday as Islamist supporters "
            "clashed with police.\n\nThe worst violence was in Shibganj, where police opened fire on thousands of "
            "activists who attacked a police outpost. At least 10 people were killed there.")
    rows, _ = events(res, text, published="2013-03-01")
    assert 35 not in {r["killed_best"] for r in rows}, [(r["event_type"], r["killed_best"]) for r in rows]


def test_a_clause_inside_a_clause_dates_and_places_something_else(res):
    text = ("BEIRUT, Feb 16 (Reuters) - Air strikes hit two hospitals in northern Syria on Monday, killing nearly 50 "
            "civilians, the United Nations said, in attacks that France called war crimes and that threatened a "
            "plan agreed in Munich last week.")
    rows, _ = events(res, text, published="2016-02-16")
    assert {(r["event_date"], r["country_code"]) for r in rows} == {("2016-02-15", "SY")}, \
        [(r["event_type"], r["event_date"], r["place_name"]) for r in rows]


def test_a_clause_joined_to_the_lead_that_tells_another_event_keeps_its_toll(res):
    text = ("ANKARA, Oct 2 (Reuter) - Kurdish guerrillas raided a village in southeast Turkey on Thursday night, "
            "killing nine villagers including four children, and security forces killed 11 rebels in clashes "
            "elsewhere in the region on Friday, officials said on Saturday.")
    rows, _ = events(res, text, published="1993-10-02")
    got = sorted((r["event_date"], r["killed_best"]) for r in rows)
    assert ("1993-09-30", 9) in got, rows


def test_verbs_of_one_act_share_their_toll(res):
    text = ("A father who lost his temporary job last week shot and killed his two sons Friday morning before "
            "taking his own life, Baltimore County police said.")
    rows, _ = events(res, text, published="2015-07-12")
    assert [r["killed_best"] for r in rows if r["killed_best"]] != [], rows


def test_a_clause_told_of_a_date_is_dated_by_it_not_by_a_later_clause(res):
    text = ("ISLAMABAD (Reuters) - Pakistan and India fought a brief aerial battle in February 2019, when a Pakistani "
            "jet shot down an Indian MiG-21 over Kashmir, and tensions along the Line of Control remained high until "
            "a ceasefire understanding was renewed in February 2021.")
    rows, _ = events(res, text, published="2021-03-01")
    assert rows and {r["event_date"][:7] for r in rows} == {"2019-02"}, \
        [(r["event_type"], r["event_date"]) for r in rows]


@pytest.mark.parametrize("text, published, expected", [
    ("CAMDEN, N.J. — Someone fired at least eight shots into a rowhouse late Saturday night while a family slept "
     "inside, police said. No one was hurt.\n\nIn a separate incident Sunday afternoon, a 31-year-old man was "
     "shot in the abdomen in South Camden.", "1994-09-12", [("1994-09-10", 0, 0), ("1994-09-11", 0, 1)]),
    ("ZAMBOANGA CITY — Two soldiers were killed when gunmen ambushed an Army patrol near Lantawan on Monday "
     "morning, the military said.\n\nThe ambush came three days after a grenade was thrown into a crowded movie "
     "house in this city on the night of the 17th, wounding nine people. No one was killed.", "1994-06-21",
     [("1994-06-17", 0, 9), ("1994-06-20", 2, None)]),
])
def test_a_zero_joins_the_event_told_just_before_it(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert sorted((r["event_date"], r["killed_best"], r["wounded_best"]) for r in rows) == expected, rows


def test_a_running_total_since_a_happening_lends_no_figure(res):
    text = ("AMRITSAR, INDIA, NOV. 12 (UPI) -- SIKH MILITANTS OPENED FIRE ON A BUS NEAR AMRITSAR ON MONDAY NIGHT.\n\n"
            "TWO PASSENGERS DIED AT THE SCENE. A THIRD DIED LATER AT A HOSPITAL IN AMRITSAR, POLICE SAID.\n\n"
            "MORE THAN 500 PEOPLE HAVE BEEN KILLED IN PUNJAB SINCE THE ARMY STORMED THE GOLDEN TEMPLE IN JUNE 1984.")
    rows, _ = events(res, text, published="1985-11-12")
    assert [(r["event_date"], r["killed_best"]) for r in rows] == [("1985-11-11", 3)], rows


def test_a_part_of_the_city_told_before_is_that_city(res):
    text = ("KYIV - Russian shelling of Kherson killed two people on Saturday, the regional governor said.\n\nSeven "
            "others were wounded when shells hit a residential street and a bus stop in the city's Dniprovskyi "
            "district.")
    rows, _ = events(res, text, published="2023-05-07")
    assert [(r["place_name"], r["killed_best"], r["wounded_best"]) for r in rows] == [("Kherson", 2, 7)], rows


def test_a_person_slightly_hurt_is_wounded(res):
    text = ("ALGIERS, NOV. 5 (REUTER) -- GUNMEN SHOT DEAD A POLICEMAN AND TWO CIVILIANS IN THE TOWN OF BLIDA ON "
            "THURSDAY, THE OFFICIAL NEWS AGENCY SAID.\n\nTHE GUNMEN OPENED FIRE ON THE POLICEMAN AS HE LEFT A CAFE. "
            "A FOURTH MAN WAS SLIGHTLY HURT.")
    rows, _ = events(res, text, published="1993-11-05")
    assert [(r["killed_best"], r["wounded_best"]) for r in rows] == [(3, 1)], rows


@pytest.mark.parametrize("text, published, expected", [
    ("TORREON, Mexico - Gunmen burst into a drug rehabilitation center in Torreon on Tuesday night and opened "
     "fire, killing eleven patients, state prosecutors said. Two other people were in serious condition.",
     "2012-06-06", [(11, 2)]),
    ("ROSELAND — An officer was grazed in his face by a bullet while trying to pull over a car in Chicago on "
     "Tuesday night, police said.", "2016-08-17", [(None, 1)]),
])
def test_a_condition_or_a_graze_tells_the_wounded(res, text, published, expected):
    rows, _ = events(res, text, published=published)
    assert [(r["killed_best"] or None, r["wounded_best"]) for r in rows] == expected, rows


def test_a_condition_after_an_accident_is_no_violence(res):
    text = ("LIMA - At least 51 people were killed when a bus plunged about 200 metres into a ravine in the southern "
            "Andes of Peru on Friday night, police said. Police said 18 people were injured and taken to hospitals "
            "in Quillabamba and Cusco, some in serious condition.")
    rows, _ = events(res, text, published="2013-08-19")
    assert rows == [], [(r["event_type"], r["wounded_best"]) for r in rows]
