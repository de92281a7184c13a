"""Tests for pipeline.numbers: quantities, casualty extraction, traps, properties.

Every sentence here was written for these tests (no corpus or seed text)."""

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.numbers import Casualties, Count, extract_casualties, parse_quantity

N = None

# ---------------------------------------------------------------------------
# parse_quantity
# ---------------------------------------------------------------------------
QUANTITIES = [
    ("34", (34, 34, 34)),
    ("1,700", (1700, 1700, 1700)),
    ("seventeen", (17, 17, 17)),
    ("twenty-one", (21, 21, 21)),
    ("TWENTY-ONE", (21, 21, 21)),
    ("Twenty One", (21, 21, 21)),
    ("one hundred and twenty-five", (125, 125, 125)),
    ("two thousand five hundred", (2500, 2500, 2500)),
    ("two dozen", (24, 24, 24)),
    ("a dozen", (12, 12, 12)),
    ("A DOZEN", (12, 12, 12)),
    ("half a dozen", (6, 6, 6)),
    ("dozens", (12, 12, N)),
    ("scores", (20, 20, N)),
    ("hundreds", (100, 100, N)),
    ("tens", (10, 10, N)),
    ("thousands", (1000, 1000, N)),
    ("tens of thousands", (10000, 10000, N)),
    ("at least 4", (4, 4, N)),
    ("more than 30", (30, 30, N)),
    ("over 100", (100, 100, N)),
    ("5 or more", (5, 5, N)),
    ("nearly 50", (50, 50, 50)),
    ("almost twenty", (20, 20, 20)),
    ("up to 20", (1, 20, 20)),
    ("as many as 300", (1, 300, 300)),
    ("fewer than 10", (1, 9, 9)),
    ("between 10 and 15", (10, 10, 15)),
    ("10 to 15", (10, 10, 15)),
    ("10-15", (10, 10, 15)),
    ("two or three", (2, 2, 3)),
    ("some 40", (40, 40, 40)),
    ("about 50", (50, 50, 50)),
    ("an estimated 2,000", (2000, 2000, 2000)),
    ("a", (1, 1, 1)),
    ("an", (1, 1, 1)),
    ("one", (1, 1, 1)),
    ("several", (3, 3, N)),
    ("a few", (3, 3, N)),
    ("a couple", (2, 2, 2)),
    ("both", (2, 2, 2)),
    ("no one", (0, 0, 0)),
    ("none", (0, 0, 0)),
    ("zero", (0, 0, 0)),
]


@pytest.mark.parametrize("text,expected", QUANTITIES)
def test_parse_quantity(text, expected):
    c = parse_quantity(text)
    assert c is not None, text
    assert (c.low, c.best, c.high) == expected
    assert c.text == text


@pytest.mark.parametrize("text", ["", "hello", "police", "9mm", "3:13", "5%", "$400", "555-1234",
                                  "many", "the", "twenty-year-old", "1.5", "4th"])
def test_parse_quantity_not_a_quantity(text):
    assert parse_quantity(text) is None


def test_text2num_gaps_are_wrapped():
    """text2num refuses 'a dozen' / 'two dozen'; upper case and hyphens must still work."""
    from text_to_num import text2num
    assert text2num("twenty-one", "en") == 21
    with pytest.raises(ValueError):
        text2num("a dozen", "en")
    assert parse_quantity("a dozen").best == 12
    assert parse_quantity("THIRTY-FOUR").best == 34
    assert parse_quantity("Two Dozen").best == 24


# ---------------------------------------------------------------------------
# extract_casualties: (sentence, killed, wounded, claimed)
# killed / wounded: (low, best, high) or None (not stated)
# ---------------------------------------------------------------------------
E = (1, 1, 1)
CASES = [
    # --- wire / international
    ("Gunmen opened fire on a crowded market, killing four and wounding 34.", (4, 4, 4), (34, 34, 34), False),
    ("4 dead and 34 injured as a car bomb hits a bus station", (4, 4, 4), (34, 34, 34), False),
    ("Seven people, including two children, were killed in the air strike.", (7, 7, 7), N, False),
    ("Eleven people, three of them police officers, were killed on Monday.", (11, 11, 11), N, False),
    ("The death toll from the bombing rose to 15 on Tuesday, a hospital official said.", (15, 15, 15), N, False),
    ("The blast left 3 dead and 12 wounded near the port.", (3, 3, 3), (12, 12, 12), False),
    ("At least 12 people were killed and more than 40 injured in the suicide attack.", (12, 12, N), (40, 40, N), False),
    ("The bombing killed at least 12 people and injured more than 40 others.", (12, 12, N), (40, 40, N), False),
    ("Dozens of civilians were killed in the shelling, residents said.", (12, 12, N), N, False),
    ("Hundreds were wounded in the clashes.", N, (100, 100, N), False),
    ("Scores of people were killed when the militia stormed the village.", (20, 20, N), N, False),
    ("Between 10 and 15 fighters died in the ambush.", (10, 10, 15), N, False),
    ("Some 40 villagers were massacred overnight.", (40, 40, 40), N, False),
    ("Up to 20 people may have been killed in the landslide of gunfire.", (1, 20, 20), N, False),
    ("Nearly 50 people were killed in the fighting.", (50, 50, 50), N, False),
    ("Two dozen soldiers were slain in the raid.", (24, 24, 24), N, False),
    ("A dozen protesters were injured.", N, (12, 12, 12), False),
    ("Twenty-one people died and several others were hurt.", (21, 21, 21), (3, 3, N), False),
    ("The attack killed 5 soldiers and 3 civilians.", (8, 8, 8), N, False),
    ("Three soldiers were killed and two civilians died in the crossfire.", (5, 5, 5), N, False),
    ("The bodies of six men were found in a ditch outside the town.", (6, 6, 6), N, False),
    ("Eight bodies were recovered from the rubble.", (8, 8, 8), N, False),
    ("The raid claimed the lives of nine people.", (9, 9, 9), N, False),
    ("Four members of the same family lost their lives in the strike.", (4, 4, 4), N, False),
    ("An Israeli soldier was killed and two others were wounded.", E, (2, 2, 2), False),
    ("The suicide bomber killed 17 worshippers at Friday prayers.", (17, 17, 17), N, False),
    ("The army said 30 rebels were killed in the operation.", (30, 30, 30), N, False),
    ("Officials said two or three people were injured.", N, (2, 2, 3), False),
    ("Police said two people were killed.", (2, 2, 2), N, False),
    ("There were no casualties.", (0, 0, 0), (0, 0, 0), False),
    ("The bomb went off without causing casualties.", (0, 0, 0), (0, 0, 0), False),
    ("No deaths were reported, but 14 people were injured.", (0, 0, 0), (14, 14, 14), False),
    ("The explosion caused damage but no one was killed or injured.", (0, 0, 0), (0, 0, 0), False),
    ("Gunmen killed 10 people and wounded 20 in an attack on a church.", (10, 10, 10), (20, 20, 20), False),
    ("A roadside bomb killed two policemen and wounded a third.", (2, 2, 2), E, False),
    ("Fighting killed more than 30 people over the weekend.", (30, 30, N), N, False),
    ("The attack killed 10 to 15 people.", (10, 10, 15), N, False),
    # --- claims
    ("The group claimed to have killed 50 soldiers.", (50, 50, 50), N, True),
    ("The ministry claimed 50 militants were killed, which could not be verified.", (50, 50, 50), N, True),
    ("In a video, the group said it had executed 1,700 prisoners.", (1700, 1700, 1700), N, True),
    ("The rebels boasted that they had killed dozens of soldiers.", (12, 12, N), N, True),
    ("According to the insurgents, 25 troops were killed in the ambush.", (25, 25, 25), N, True),
    ("The militia said it killed 40 fighters, a figure that could not be independently verified.", (40, 40, 40), N, True),
    ("The militants claimed responsibility for the attack, which killed 12 people.", (12, 12, 12), N, False),
    ("Police said the blast killed six people.", (6, 6, 6), N, False),
    # --- US local news
    ("A man was killed in a shooting Sunday night on the city's east side.", E, N, False),
    ("A 15-year-old was killed Saturday in an accidental shooting.", E, N, False),
    ("A 10-year-old boy was killed when a gun discharged inside the home.", E, N, False),
    ("The victim died at the hospital.", E, N, False),
    ("He was pronounced dead at the scene.", E, N, False),
    ("John Smith, 24, was shot and killed outside a bar.", E, N, False),
    ("Two men were shot, one fatally, early Saturday.", E, E, False),
    ("Three people were shot, two of them fatally.", (2, 2, 2), E, False),
    ("Four people were shot on the South Side; none of the injuries were life-threatening.", N, (4, 4, 4), False),
    ("A man and a woman were killed in the shooting.", (2, 2, 2), N, False),
    ("Two men and two women were found dead inside the house.", (4, 4, 4), N, False),
    ("Police shot and killed a man who was armed with a 9mm handgun.", E, N, False),
    ("A man suffered non-life-threatening injuries and was taken to a hospital.", N, E, False),
    ("A woman was shot in the leg Tuesday night.", N, E, False),
    ("A teenager was shot and wounded near the 3200 block of Elm Street at 3:13 p.m.", N, E, False),
    ("No one was injured.", N, (0, 0, 0), False),
    ("Nobody was hurt in the incident.", (0, 0, 0), (0, 0, 0), False),   # nobody hurt: nobody killed
    ("No injuries were reported.", N, (0, 0, 0), False),
    ("The gunman later killed himself.", E, N, False),
    ("A man shot and killed his wife before killing himself.", (2, 2, 2), N, False),
    ("A 2-year-old boy shot himself in the leg with his father's gun.", N, E, False),
    ("One person died and three others were hospitalized after the shooting.", E, (3, 3, 3), False),
    ("A shooting at a party left one dead and five injured.", E, (5, 5, 5), False),
    ("Two people were killed and one person was critically wounded.", (2, 2, 2), E, False),
    ("A 34-year-old man was shot early Tuesday while sitting in his car.", N, E, False),
    ("Five people were shot, including a 7-year-old girl.", N, (5, 5, 5), False),
    ("A gunman opened fire at a nightclub, killing 49 people and wounding 53 others.", (49, 49, 49), (53, 53, 53), False),
    ("The shooting that killed a 17-year-old remains under investigation.", E, N, False),
    ("Both victims were taken to a local hospital with gunshot wounds.", N, (2, 2, 2), False),
    ("Two officers were shot and wounded while serving a warrant.", N, (2, 2, 2), False),
    ("The 19-year-old died from his injuries on Friday.", E, N, False),
    ("A man was shot and later died at the hospital.", E, N, False),
    # --- Latin American wire, upper case
    ("THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED IN A CLASH WITH ARMY TROOPS.", (3, 3, 3), (7, 7, 7), False),
    ("ONE DEAD TERRORIST WAS FOUND AFTER THE CLASH.", E, N, False),
    ("THE ATTACK LEFT FIVE SOLDIERS DEAD AND TWO WOUNDED.", (5, 5, 5), (2, 2, 2), False),
    ("GUERRILLAS MURDERED SIX PEASANTS IN THE DEPARTMENT OF CHALATENANGO.", (6, 6, 6), N, False),
    ("THE BODIES OF 12 PEASANTS WERE FOUND IN A COMMON GRAVE.", (12, 12, 12), N, False),
    ("THE MASSACRE OF 30 PEASANTS WAS CONDEMNED BY THE CHURCH.", (30, 30, 30), N, False),
    ("THE FMLN CLAIMED TO HAVE KILLED 40 SOLDIERS IN THE OFFENSIVE.", (40, 40, 40), N, True),
    ("A POLICEMAN WAS KILLED WHEN A BOMB EXPLODED IN DOWNTOWN LIMA.", E, N, False),
    ("THE EXPLOSION CAUSED NO CASUALTIES.", (0, 0, 0), (0, 0, 0), False),
    ("TWO CIVILIANS WERE INJURED WHEN A CAR BOMB EXPLODED NEAR THE EMBASSY.", N, (2, 2, 2), False),
    ("THE MAYOR'S DRIVER WAS KILLED AND HIS BODYGUARD WAS SERIOUSLY WOUNDED.", E, E, False),
    ("AT LEAST 9 PERSONS DIED DURING THE DISTURBANCES.", (9, 9, N), N, False),
    ("FOUR STUDENTS WERE MACHINEGUNNED TO DEATH BY UNIDENTIFIED MEN.", (4, 4, 4), N, False),
    ("THE ARMY REPORTED THAT 14 GUERRILLAS AND 3 SOLDIERS WERE KILLED IN THE FIGHTING.", (17, 17, 17), N, False),
    ("THE ASSASSINATION OF TWO JUDGES SHOCKED THE COUNTRY.", (2, 2, 2), N, False),
]

# noun-phrase victims (grammatical number decides the figure; must work in ALL CAPS)
NP_CASES = [
    ("RAUL MENDEZ WAS MURDERED BY UNIDENTIFIED GUNMEN IN THE CAPITAL.", E, N, False),
    ("THE GOVERNOR OF THE PROVINCE, ALBERTO SOLIS, WAS KILLED IN AN AMBUSH.", E, N, False),
    ("JORGE SALAS, MARIO VEGA AND PEDRO LUNA WERE KILLED BY THE DEATH SQUAD.", (3, 3, 3), N, False),
    ("THE COLONEL AND HIS DRIVER WERE KILLED WHEN THE BOMB EXPLODED.", (2, 2, 2), N, False),
    ("JUDGE HECTOR ARIAS DIED AFTER HE WAS SHOT OUTSIDE THE COURTHOUSE.", E, N, False),
    ("THE ASSASSINATION OF MAYOR TOMAS ROJAS ANGERED THE TOWN.", E, N, False),
    ("THE MURDER OF TWO JUDGES IN THE NORTH HAS BEEN CONDEMNED.", (2, 2, 2), N, False),
    ("THE MASSACRE OF 10 PEASANTS TOOK PLACE ON SUNDAY.", (10, 10, 10), N, False),
    ("THE KILLING OF THE FIVE STUDENTS AND THEIR TEACHER WAS DENOUNCED.", (6, 6, 6), N, False),
    ("RIVERA'S MURDER PROVOKED A GENERAL STRIKE.", E, N, False),
    ("TERRORISTS KILLED MINISTER JOSE PARDO AND HIS BODYGUARD ON FRIDAY.", (2, 2, 2), N, False),
    ("The gunman killed Anna Cole and her brother before fleeing.", (2, 2, 2), N, False),
    ("Gunmen killed a farmer and his son near the border.", (2, 2, 2), N, False),
    ("TWO PEOPLE DIED AND FOUR OTHERS WERE WOUNDED IN THE EXPLOSION.", (2, 2, 2), (4, 4, 4), False),
    ("Maria Torres, 31, and Kevin Price, 28, died at the scene.", (2, 2, 2), N, False),
    ("THE DEATHS OF 40 SOLDIERS AND ABOUT 90 WOUNDED WERE REPORTED.", (40, 40, 40), (90, 90, 90), False),
    ("Rebels shot the mayor, wounding him in the arm.", N, E, False),
    # hospital condition, "another", "have since been"
    ("One man is dead and another is in critical condition after the shooting.", E, E, False),
    ("The victim was taken to the hospital, where he was listed in stable condition.", N, E, False),
    ("Two of those victims have since been pronounced dead.", (2, 2, 2), N, False),
    ("The shooting wounded a 4-year-old girl and her mother.", N, (2, 2, 2), False),
    ("Police said a teenager was shot and killed and two others were injured.", E, (2, 2, 2), False),
    ("A second man was wounded in the leg.", N, E, False),
    ("Three people remain in serious condition at the county hospital.", N, (3, 3, 3), False),
]
NP_TRAPS = [  # plural nouns without a number, non-person objects, adjectival participles
    "THE PRIESTS WERE MURDERED IN THEIR RESIDENCE.",
    "THE MURDER OF THE JESUIT PRIESTS WAS CONDEMNED.",
    "The death of democracy was mourned by the opposition.",
    "THE GOVERNMENT'S DEATH SQUADS OPERATE IN THE NORTH.",
    "He sat in the car and killed time waiting for help.",
    "THE RECENTLY MURDERED SENATOR AND PRESIDENTIAL HOPEFUL WAS BURIED TODAY.",
    "THE WOUNDED CAN BE EVACUATED BY HELICOPTER.",
    "THE FATE OF THE PEACE PROCESS DIED WITH THE TALKS.",
    "NEVERTHELESS, THEY ARE MURDERED OR HARASSED.",
    "THE ASSASSINATIONS OF UNIONISTS, JUDGES, AND JOURNALISTS MUST STOP.",
]
CASES += NP_CASES
# relative clauses on the counted noun
CASES += [
    ("Mourners attended the funeral of three soldiers who were killed in an ambush.", (3, 3, 3), N, False),
    ("THE AIRPLANE WAS DELAYED BY THE FUNERAL OF SIX JESUIT PRIESTS, FIVE OF THEM SPANIARDS, WHO WERE KILLED ON "
     "THURSDAY.", (6, 6, 6), N, False),
    ("Relatives identified the four people who died in the blast.", (4, 4, 4), N, False),
    ("The two men who were wounded were taken to a hospital.", N, (2, 2, 2), False),
    # lists of indefinite phrases, and one more victim "along with"
    ("THE REPORT CAME AFTER A POLICE COLONEL, A JUDGE, AND CANDIDATE SENATOR LUIS CARLOS GALAN WERE MURDERED.",
     (3, 3, 3), N, False),
    ("Juan Perez, a judge, and his wife were killed on Monday.", (2, 2, 2), N, False),
    ("The mayor was killed along with his bodyguard.", (2, 2, 2), N, False),
    ("Oqueli Colindres was found dead along with Gilda Flores on Saturday.", (2, 2, 2), N, False),
    ("Three soldiers were killed along with their commander.", (4, 4, 4), N, False),
    # an ordinal victim who died gives the new total; "have now died"
    ("A fifth victim, a man, was airlifted to a medical center in critical condition and succumbed to his "
     "injuries on Saturday.", (5, 5, 5), N, False),
    ("A third man, shot in the stomach Saturday by a former employee, has died from his wounds.", (3, 3, 3), N,
     False),
    ("Four people involved in the shooting have now died.", (4, 4, 4), N, False),
    # "a" after a preposition belongs to a place, not to a victim
    ("Two people in a car were killed.", (2, 2, 2), N, False),
    ("Three men at a party were shot.", N, (3, 3, 3), False),
    # a translator's note in brackets is not part of the subject
    ("QUITO, 3 MAR 91 (EFE) -- [TEXT] PROVINCIAL COURT JUDGE MARIO PAREDES LUNA DIED AFTER HE WAS SHOT TODAY.",
     (1, 1, 1), N, False),
    ("Two members of the Popular Front [FP] were killed on Friday.", (2, 2, 2), N, False),
    # "and" inside an "of" phrase joins no persons
    ("Gunmen killed Rosa Medina, wife of the director of the transport and highways office, on Tuesday.",
     (1, 1, 1), N, False),
    ("Gunmen killed the governor of the province and his driver.", (2, 2, 2), N, False),
    # a number after "<day> <month>" is not that month's day when a counted noun follows
    ("ON 14 OCTOBER 17 BODIES OF FARMERS WERE FOUND NEAR THE RIVER.", (17, 17, 17), N, False),
    # the article of the group counted members belong to counts no one
    ("Six members of a police patrol were killed when a bomb exploded in Khost.", (6, 6, 6), N, False),
    ("THREE MEMBERS OF A PEASANT COOPERATIVE WERE KILLED.", (3, 3, 3), N, False),
    ("Two soldiers from a nearby base were wounded.", N, (2, 2, 2), False),
    # the attacker and the others he killed
    ("A suicide bomber blew himself up at a bus stop, killing himself and four others and wounding 11.",
     (5, 5, 5), (11, 11, 11), False),
    ("He detonated his vest at a checkpoint, killing himself and a passer-by.", (2, 2, 2), N, False),
    ("Armed men cut the throats of 12 villagers on Saturday night.", (12, 12, 12), N, False),
    ("REBELS SLIT THE THROATS OF SEVEN FARMERS.", (7, 7, 7), N, False),
    # a running total brought up to date is not the event's own count
    ("Police shot dead two protesters in Kassala on Wednesday, bringing the number killed since the unrest "
     "began to 19.", (2, 2, 2), N, False),
    ("A reservist was killed in Rafah on Monday, bringing the army's death toll in the ground offensive to 320.",
     (1, 1, 1), N, False),
    # an armed group's own figure is a claim
    ("Taliban spokesman Zabihullah Mujahid claimed responsibility and said 15 police had been killed.",
     (15, 15, 15), N, True),
    ("The Taliban said in a statement that 23 soldiers had died.", (23, 23, 23), N, True),
    ("REBELS SAID THEY HAD KILLED 30 SOLDIERS.", (30, 30, 30), N, True),
    # communiques: enemies "neutralised", "eliminated", "liquidated"; victims "martyred"; dying as "shahadat"
    ("Troops neutralised 12 terrorists in an encounter near the forest on Tuesday.", (12, 12, 12), N, False),
    ("Security forces eliminated five militants in a raid on Sunday.", (5, 5, 5), N, False),
    ("Federal troops liquidated a group of seven militants near the village.", (7, 7, 7), N, False),
    ("The enemy shelled the town, martyring 23 of our compatriots and wounding 61 others.",
     (23, 23, 23), (61, 61, 61), False),
    ("Two soldiers embraced shahadat when terrorists fired on a checkpost.", (2, 2, 2), N, False),
    ("The party said in a statement that its fighters attacked the district headquarters on Sunday, "
     "killing 137 police and soldiers.", (137, 137, 137), N, True),
    ("Militants killed 15 soldiers in an attack on a base on Monday, police said.", (15, 15, 15), N, False),
    # (the toll of the event itself stays)
    ("Another victim died on Monday, bringing the death toll from the bombing to 12.", (12, 12, 12), N, False),
]


@pytest.mark.parametrize("text,killed,wounded,claimed", CASES)
def test_extract(text, killed, wounded, claimed):
    c = extract_casualties(text)
    got_k = None if c.killed is None else (c.killed.low, c.killed.best, c.killed.high)
    got_w = None if c.wounded is None else (c.wounded.low, c.wounded.best, c.wounded.high)
    assert got_k == killed, (text, c)
    assert got_w == wounded, (text, c)
    assert c.claimed == claimed, (text, c)


def test_enough_sentences():
    assert len(CASES) >= 80


# ---------------------------------------------------------------------------
# traps: no count at all
# ---------------------------------------------------------------------------
TRAPS = [
    "The United States deployed 300 military advisers to the region.",
    "The 600-km border with Syria was closed on Sunday.",
    "Unemployment rose to 12 percent, the highest in 20 years.",
    "Some 10,000 refugees fled across the border and 5,000 were displaced.",
    "The offensive destroyed 12 villages and forced 300 families from their homes.",
    "Troops seized 40 rifles, 2 machine guns and 5,000 rounds of ammunition.",
    "The government paid $5 million in compensation to the families of the victims.",
    "The suspect, 22, was arrested in the 3200 block of Main Street at 3:13 p.m.",
    "Anyone with information is asked to call 555-1234 or 911.",
    "Police recovered a 9mm handgun and a .45-caliber pistol.",
    "THE GOVERNMENT DECREED A STATE OF SIEGE ON 15 NOVEMBER 1989 FOR 30 DAYS.",
    "Officers fired 17 shots at the car, police said.",
    "The two suspects were charged with attempted murder.",
    "The war, which began in 2011, has lasted six years.",
    "He was sentenced to 25 years in prison for the 2014 killing.",
    "Gunmen shot at 3 police cars but missed.",
    "The merger eliminated 3,000 jobs and wiped out 40 small firms.",
    "The mayor promised 200 more officers to stop the killings.",
    "The group is believed to have 5,000 fighters.",
    # the dead mixed with others: no figure of dead
    "THERE ARE ALREADY MORE THAN 100 DEAD OR WOUNDED BECAUSE OF THE REBELS' ACTIONS.",
    "At least 30 people were killed or injured in the blast.",
    "The blast killed or injured 40 people.",
    "Twelve villagers are dead or missing after the raid.",
    "The second victim was identified as John Smith, 24.",
    "On October 17 bodies were found near the river.",  # the 17th, not 17 bodies (no day before the month)
]


@pytest.mark.parametrize("text", TRAPS + NP_TRAPS)
def test_traps_give_no_count(text):
    c = extract_casualties(text)
    for cnt in (c.killed, c.wounded):
        assert cnt is None or cnt.best in (None, 0), (text, c)


def test_age_is_not_a_count():
    c = extract_casualties("A 10-year-old boy was killed.")
    assert c.killed.best == 1
    c = extract_casualties("Maria Lopez, 34, and her son, 12, were injured.")
    assert c.wounded is None or c.wounded.best in (1, 2)


def test_np_rules_survive_upper_case():
    for s in ["The judge and his bodyguard were killed.", "The murder of two judges was condemned.",
              "Two people died and four others were wounded."]:
        a, b = extract_casualties(s), extract_casualties(s.upper())
        assert (a.killed, a.wounded) == (b.killed, b.wounded) or (
            a.killed.best == b.killed.best and (a.wounded is None) == (b.wounded is None))


def test_upper_equals_mixed():
    for s in ["Three subversives were killed and seven others were wounded.",
              "Gunmen killed 10 people and wounded 20 in an attack on a church.",
              "At least 12 people were killed and more than 40 injured."]:
        a, b = extract_casualties(s), extract_casualties(s.upper())
        assert (a.killed, a.wounded) == (b.killed, b.wounded) or (
            a.killed.best == b.killed.best and a.wounded.best == b.wounded.best)


def test_span_and_offsets():
    text = "Rain fell. Two men were killed and 5 were hurt. Later, nothing."
    s, e = 11, 47
    c = extract_casualties(text, s, e)
    assert c.killed.best == 2 and c.wounded.best == 5
    assert s <= c.killed_span[0] < c.killed_span[1] <= e
    assert "killed" in text[c.killed_span[0]:c.killed_span[1]]
    assert "hurt" in text[c.wounded_span[0]:c.wounded_span[1]]
    # counts outside the span are ignored
    assert extract_casualties(text, 0, 10) == Casualties(None, None)


def test_text_keeps_original_casing():
    c = extract_casualties("AT LEAST 9 PERSONS DIED.")
    assert c.killed.text == "AT LEAST 9"




# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------
def _ok(c):
    if c is None:
        return True
    vals = [v for v in (c.low, c.best, c.high) if v is not None]
    return vals == sorted(vals) and all(v >= 0 for v in vals)


WORDS = st.sampled_from(
    ["killed", "wounded", "dead", "two", "a", "at least", "dozens", "were", "was", "shot", "one",
     "fatally", "no one", "and", "injured", "people", "5", "1,700", "the", "toll", "rose to", ",",
     "including", "between", "to", "died", "claimed", "of them", "himself", "3:13", "year-old", "KILLED"])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_any_string(s):
    c = extract_casualties(s)
    assert isinstance(c, Casualties)
    assert _ok(c.killed) and _ok(c.wounded)
    q = parse_quantity(s)
    assert q is None or (isinstance(q, Count) and _ok(q))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14).map(" ".join), st.integers(-5, 60), st.one_of(st.none(), st.integers(-5, 60)))
def test_casualty_words_invariants(s, start, end):
    c = extract_casualties(s, start, end)
    assert _ok(c.killed) and _ok(c.wounded)
    for span in (c.killed_span, c.wounded_span):
        if span is not None:
            assert 0 <= span[0] <= span[1] <= len(s)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=6).map(" ".join))
def test_parse_quantity_invariants(s):
    assert _ok(parse_quantity(s))


# ---------------------------------------------------------------------------
# running totals (years, a whole war) are not one event's casualties
# ---------------------------------------------------------------------------
CUMULATIVE = [
    "More than 40,000 people have died in the country since 1996.",
    "ABOUT 9,000 PEOPLE HAVE BEEN KILLED IN THE REGION SINCE 1982 AS A RESULT OF POLITICAL VIOLENCE.",
    "Talks aimed at ending a civil war that has left over 50,000 dead in 12 years resumed in Oslo.",
    "THE INSURGENCY, WHICH HAS CLAIMED ALMOST 30,000 LIVES, ENTERED ITS SECOND DECADE.",
    "In the last five years, 800 journalists have been killed worldwide.",
    "Some 1,200 people were killed in clashes with the army in 1987.",
    "THE EPIDEMIC KILLS 2,000 PEOPLE EVERY YEAR IN THE PROVINCE.",
    "So far this year, 310 people have been murdered in the city.",
    "DURING 8 YEARS OF ARMED CONFLICT MORE THAN 25,000 PEOPLE HAVE BEEN KILLED.",
]


@pytest.mark.parametrize("text", CUMULATIVE)
def test_running_totals_give_no_count(text):
    c = extract_casualties(text)
    assert c.killed is None, (text, c)


@pytest.mark.parametrize("text,killed", [
    # the event's own figure survives beside a running total in another clause
    ("Three soldiers were killed on Friday by the rebels, who have killed 4,000 people since 2009.", (3, 3, 3)),
    ("TWO POLICEMEN WERE KILLED IN THE AMBUSH; THE GUERRILLA WAR HAS LEFT 60,000 DEAD.", (2, 2, 2)),
    # a superlative dated by a period is not a total
    ("The blast killed 31 people, the deadliest attack in 15 years.", (31, 31, 31)),
    # a date with a month is an event date, not a year-long period
    ("In March 1984, about 70 villagers were massacred by the patrol.", (70, 70, 70)),
    # ages are not periods
    ("Her son, a 23-year-old student, was also wounded.", N),
])
def test_event_figure_kept_beside_totals(text, killed):
    c = extract_casualties(text)
    got = None if c.killed is None else (c.killed.low, c.killed.best, c.killed.high)
    assert got == killed, (text, c)


# ---------------------------------------------------------------------------
# asides between a subject and its verb; more verbs
# ---------------------------------------------------------------------------
ASIDES = [
    ("ROSA MEJIA, CANDIDATE FOR MAYOR OF THE TOWN, DIED IN HOSPITAL ON MONDAY.", E, N),
    ("Rosa Mejia, the 41-year-old union leader, has died of her wounds.", E, N),
    ("TWO FRENCH ENGINEERS -- AGED 30 AND 34 -- WERE SHOT TO DEATH NEAR THE DAM.", (2, 2, 2), N),
    ("Three guards, who were on duty at the gate, were killed instantly.", (3, 3, 3), N),
    ("TOMAS ARCE, A COFFEE GROWER, WAS SERIOUSLY WOUNDED WHEN GUNMEN FIRED AT HIS CAR.", N, E),
    ("The driver was taken to a clinic, where he unfortunately passed away.", E, N),
    ("AT LEAST 11 MEMBERS OF THE \"CIVIL DEFENSE\" MILITIA DIED IN THE AMBUSH.", (11, 11, N), N),
    ("Six workers were brutally murdered at the mine.", (6, 6, 6), N),
]


@pytest.mark.parametrize("text,killed,wounded", ASIDES)
def test_asides_and_verbs(text, killed, wounded):
    c = extract_casualties(text)
    got_k = None if c.killed is None else (c.killed.low, c.killed.best, c.killed.high)
    got_w = None if c.wounded is None else (c.wounded.low, c.wounded.best, c.wounded.high)
    assert (got_k, got_w) == (killed, wounded), (text, c)


def test_aside_holding_the_count_is_kept():
    c = extract_casualties("A total of five people, including three teenagers, were injured at the fair.")
    assert c.wounded.best == 5
    c = extract_casualties("One of the four, a 30-year-old woman, died at the hospital.")
    assert c.killed.best == 1


# ---------------------------------------------------------------------------
# victims on top of another one: "also", "along with", "N other"
# ---------------------------------------------------------------------------
ADDED = [
    ("JUDGE PABLO ROJAS WAS MURDERED IN AN AMBUSH IN WHICH THREE OF HIS BODYGUARDS WERE ALSO KILLED.", (4, 4, 4)),
    ("The mayor was shot dead outside his office, along with two of his aides.", (3, 3, 3)),
    ("THE UNION LEADER DIED IN HOSPITAL AFTER THE BOMB, WHICH LEFT 5 OTHER PEOPLE DEAD.", (6, 6, 6)),
    ("A man was killed and two other men died later at the hospital.", (3, 3, 3)),
    ("THE GOVERNOR WAS ASSASSINATED IN AN ATTACK IN WHICH HIS DRIVER AND HIS SECRETARY WERE ALSO KILLED.", (3, 3, 3)),
]


@pytest.mark.parametrize("text,killed", ADDED)
def test_also_killed_adds_to_the_victim(text, killed):
    c = extract_casualties(text)
    assert (c.killed.low, c.killed.best, c.killed.high) == killed, (text, c)
    assert not c.killed.added  # the addition is done inside the clause


def test_also_killed_alone_is_marked_added():
    """Told alone, 'also killed' victims add to a victim reported in another sentence (events._best_count)."""
    for s in ["HIS BODYGUARD WAS ALSO KILLED IN THE ATTACK.", "Two passers-by were also killed.",
              "The driver also died at the scene."]:
        c = extract_casualties(s)
        assert c.killed is not None and c.killed.added, (s, c)
    for s in ["Two passers-by were killed.", "Police also said two people were killed.",
              "The suspect, also 18, was charged with murder in the death of Eric Hale, 18."]:
        c = extract_casualties(s)
        assert c.killed is None or not c.killed.added, (s, c)
    # injuries told "also" contrast with the dead, they do not add to other injuries
    c = extract_casualties("Three other teenagers were also injured.")
    assert c.wounded.best == 3 and not c.wounded.added


def test_event_count_adds_also_killed_to_a_lone_victim():
    """events._best_count: repeats keep the largest figure; 'also killed' adds to a lone victim only."""
    from pipeline.events import _best_count
    lone = extract_casualties("THE MAYOR WAS KILLED BY GUNMEN ON SUNDAY.").killed
    also = extract_casualties("HIS BODYGUARD WAS ALSO KILLED IN THE ATTACK.").killed
    assert _best_count([lone, also]).best == 2
    assert _best_count([lone, also, also]).best == 2  # the same figure told twice counts once
    group = extract_casualties("Five people were killed in the shooting.").killed
    also2 = extract_casualties("The driver also died at the scene.").killed
    assert _best_count([group, also2]).best == 5  # a group figure already holds the victims told later
    assert _best_count([group, Count(7, 7, 7, "seven")]).best == 7  # an update, never a sum
    assert _best_count([also]).best == 1 and _best_count([None]) is None


def _killed(s: str) -> int | None:
    c = extract_casualties(s).killed
    return None if c is None else c.best


def _counts(s: str) -> tuple[int | None, int | None]:
    """(killed best, wounded best) read in `s`."""
    c = extract_casualties(s)
    return (c.killed.best if c.killed else None, c.wounded.best if c.wounded else None)


def test_a_participle_after_a_named_victim_ends_the_name():
    """'X, carried out by rebels': the participle continues the sentence, it lists no second victim."""
    assert _killed("THE GOVERNMENT CONDEMNS THE MURDER OF MS DOLORES ISABEL CASANOVA PORRAS, CARRIED OUT "
                   "THIS MORNING BY TERRORISTS.") == 1
    assert _killed("Police condemned the killing of Juan Perez, committed on Sunday by two gunmen.") == 1
    assert _killed("The murder of Ana Lopez, Jose Ruiz and Luis Vega was condemned.") == 3  # a list still counts


def test_an_abbreviated_title_does_not_cut_the_victims_name():
    assert _killed("The government condemns the murder of Mrs. Casanova.") == 1
    assert _killed("The murder of Dr. Lopez and his driver shocked the town.") == 2
    assert _killed("Sgt. Ramirez died on Monday.") == 1


def test_a_person_noun_with_the_can_own_the_killing():
    """'the judge's assassination' is one victim; 'the city's killings' and 'the army's killing of' are not."""
    c = extract_casualties("THE MINISTER COMMENTED ON THE TOP M-19 LEADER'S ASSASSINATION.").killed
    assert c.best == 1 and c.text == "THE TOP M-19 LEADER'S ASSASSINATION"
    assert _killed("The judge's assassination shocked the town.") == 1
    for s in ["The city's killings rose this year.", "The country's deaths from violence rose.",
              "The army's killing of civilians was condemned."]:
        assert _killed(s) is None, s


def test_a_toll_counted_over_less_than_a_period_is_a_tally():
    assert _killed("SO FAR, TWO DEPUTIES HAVE BEEN MURDERED BY TERRORISTS IN LESS THAN 15 DAYS.") is None
    assert _killed("Three policemen have been killed in less than a month in the city.") is None
    assert _killed("Two people were killed in less than an hour.") == 2  # hours: one incident
    assert _killed("Two people were killed when the bomb exploded less than 15 days after the truce.") == 2


def test_a_singular_phrase_after_a_counted_group_is_a_list_member():
    """A singular phrase cannot rename a group of six: 'the six Jesuits, a woman, and her daughter' is 8."""
    assert _killed("THE MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER WAS AN ACTION BY THE ARMY.") == 8
    assert _killed("John Smith, a teacher, and his wife were killed.") == 2  # apposition to one person
    assert _killed("Two soldiers, a sergeant and a private, were killed.") == 2  # apposition to the group


def test_a_datelines_dash_opens_no_aside():
    """'LIMA (AP) -- Two missionaries -- aged 19 and 21 -- were shot to death': the dateline's dash
    does not pair with the aside's, which would hide the subject."""
    assert _killed("LA PAZ, 25 MAY 89 (DPA) -- [TEXT] TWO U.S. MORMON MISSIONARIES -- AGED 19 AND 21 -- WERE "
                   "SHOT TO DEATH LAST NIGHT BY A GROUP OF TERRORISTS.") == 2
    assert _killed("LIMA (AP) -- Two missionaries -- aged 19 and 21 -- were shot to death.") == 2
    assert _killed("TWO PEOPLE (A MAN AND A WOMAN) -- BOTH FROM LIMA -- WERE KILLED.") == 2


def test_a_after_aboard_is_a_vehicle_not_a_victim():
    assert _killed("At least seven guards travelling aboard a military bus were killed today.") == 7
    assert _killed("Seven soldiers aboard a truck were killed.") == 7
    assert _killed("AT LEAST SEVEN PERUVIAN PRESIDENTIAL GUARDS TRAVELLING ABOARD A MILITARY BUS WERE KILLED.") != 1


def test_a_counted_group_after_a_named_victim_is_a_list_member():
    assert _killed("THE ASSASSINATION OF CENTRAL AMERICA UNIVERSITY RECTOR IGNACIO ELLACURIA, FIVE OTHER JESUITS, "
                   "AND TWO WOMEN WAS CONDEMNED.") == 8
    assert _killed("John Smith, 25, and his wife were killed.") == 2  # an age renames no one


def test_an_aside_of_titles_describes_one_person():
    """'X, senator and presidential hopeful, died' is one death, not a list of three."""
    assert _killed("THE AUTHORITIES REPORTED THAT LUIS CARLOS GALAN, SENATOR AND PRESIDENTIAL HOPEFUL, DIED TONIGHT.") == 1
    assert _killed("Luis Galan, senator and presidential candidate, died on Friday.") == 1
    assert _killed("JOHN SMITH, BOB JONES AND TOM RAY, WERE KILLED.") == 3  # names are listed
    assert _killed("THE VICTIMS, A JUDGE AND A POLICE COMMANDER, WERE KILLED.") == 2


def test_a_relative_clause_between_the_victims_and_the_verb_is_skipped():
    assert _killed("SIX JESUIT PRIESTS AND TWO HUMBLE WOMEN WHO WORKED WITH THEM WERE BRUTALLY MURDERED.") == 8
    assert _killed("Two men who were riding a bus were killed.") == 2
    assert _killed("The gunmen who killed two people were arrested.") == 2  # the clause tells the deaths


def test_a_counted_group_heading_a_list_of_singles_is_a_list():
    """'6 clergymen, a maid, and her daughter' is 8; 'two reporters, A and B' renames the two."""
    assert _killed("THE ARREST OF 45 SOLDIERS FOR KILLING 6 CLERGYMEN, A MAID, AND HER DAUGHTER, ON 16 NOVEMBER.") == 8
    assert _killed("Gunmen killed two reporters, John Smith, and Bob Jones.") == 2
    assert _killed("The army killed 12 guerrillas, captured 3 and seized weapons.") == 12
    assert extract_casualties("THE AIR FORCE BEGAN BOMBING, KILLING SIX PERSONS, WOUNDING THREE OTHERS, AND "
                              "DESTROYING SEVERAL HOMES.").wounded.best == 3


def test_a_long_of_phrase_and_an_acronym_keep_an_apposition_in_the_list():
    assert _killed("A FOREIGN COMMANDO KILLED HECTOR OQUELI, LEADER OF THE SALVADORAN LEFTIST PARTY NATIONAL "
                   "REVOLUTIONARY MOVEMENT (MNR), AND GUATEMALAN SOCIAL DEMOCRATIC LEADER GILDA FLORES IN GUATEMALA.") == 2


def test_a_toll_over_several_past_days_is_a_tally():
    assert _killed("FIERCE FIGHTING THAT LEFT APPROXIMATELY 1,000 DEAD AND MORE THAN 1,500 WOUNDED IN THE PAST 7 DAYS.") is None
    assert _killed("Two people were killed in the past two days in separate shootings.") is None
    assert _killed("Three people have been killed in the last 24 hours.") == 3  # hours: one event


def test_a_pair_inside_the_first_conjunct_counts_twice():
    """'brothers A and B and their mother C' is 3 (the last 'and' splits off the mother)."""
    assert _killed("TERRORISTS MURDERED BROTHERS MARTIZA AND JOHN PAOLO PUZO OCHOA AND THEIR MOTHER MARTA OCHOA "
                   "IN THE TOWNSHIP OF CAMPINA.") == 3
    assert _killed("Gunmen killed John Smith and his wife and their son.") == 3
    assert _killed("The mayor and his wife were killed.") == 2


@pytest.mark.parametrize("text,killed", [
    ("John Smith and Mary Jones both died at the scene.", 2),
    ("John Smith, 31, and Mary Jones, 25, both died at the scene.", 2),
    ("JOHN SMITH, 31, AND MARY JONES, 25, BOTH DIED.", 2),
    ("The two men both died at the scene.", 2),
    ("They were both killed.", 2),
    ("Both died at the scene.", 2),
    ("Gunmen killed both.", 2),
])
def test_both_after_its_noun_phrase_is_not_a_second_group(text, killed):
    """'Smith and Jones both died': a floating 'both' quantifies the subject; it adds no victims."""
    assert _killed(text) == killed


@pytest.mark.parametrize("text,killed", [
    ("Police said Jerry Coleman, 31 died of gunshot wounds.", None),
    ("Police said John Smith, 31 was shot dead.", 1),
    ("In New York, 31 died in the attack.", 31),
    ("On Tuesday, 31 were killed.", 31),
    ("In North Waziristan, 31 were killed.", 31),
])
def test_an_age_after_a_name_without_a_closing_comma_is_not_a_count(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("text,killed,wounded", [
    ("MORE: 4 shot, 1 killed in SE DC shooting", 1, 3),
    ("FOUR SHOT, ONE KILLED IN LIMA.", 1, 3),
    ("Three men shot in Chicago overnight", None, 3),
    ("He fired one shot at the car.", None, None),
    ("Gunmen fired 20 shots at the bus.", None, None),
])
def test_headline_shot_without_an_auxiliary(text, killed, wounded):
    """'4 shot, 1 killed': a number before a singular 'shot' is people shot, not a count of shots."""
    assert _counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed", [
    ("Three people were found shot to death in a car.", 3),
    ("THREE PEASANTS WERE FOUND SHOT DEAD.", 3),
    ("Police found two men and a woman shot dead.", 3),
    ("The three people and an unborn baby killed inside the home died in a domestic dispute.", 4),
    ("Two men and a woman killed the guard.", 1),
    ("Two bailiffs and the shooter are dead after the courthouse shooting.", 3),
    ("Two soldiers and the driver were killed.", 3),
    ("He was charged in the double homicide.", 2),
    ("A man was booked in a triple murder case.", 3),
    ("A man shot and killed his 8-year-old son before killing himself.", 2),
    ("The gunman shot and killed his wife before turning the gun on himself.", 2),
    ("He shot his wife before turning the gun on himself and is in critical condition.", None),
])
def test_victims_found_listed_or_named_in_one_word(text, killed):
    """Counts told without an auxiliary ('found two men and a woman shot dead'), with 'the shooter'
    as a list member, in one word ('a triple homicide'), or as the attacker's suicide in the same
    sentence."""
    assert _killed(text) == killed


def test_a_triple_shooting_counts_those_shot():
    c = extract_casualties("Police are investigating a triple shooting in Mosby Court on Wednesday.")
    assert c.killed is None and c.wounded is not None and c.wounded.best == 3


@pytest.mark.parametrize("text,killed,wounded", [
    ("Four people were shot at the Soho nightclub.", None, 4),        # "at the": where, not "fired upon"
    ("Three people were shot at about 2 a.m.", None, 3),
    ("Two officers were shot at by a gunman.", None, None),          # fired upon, not hit
    ("Police discovered five people who were shot.", None, 5),
    ("The shooting left one man dead and a 5-year-old girl injured.", 1, 1),
    ("The mass shooting killed two and sent three others to hospitals.", 2, 3),
])
def test_more_ways_to_tell_who_was_hurt(text, killed, wounded):
    assert _counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The stray bullet fatally struck Wilta Wordsworth in the face.", 1, None),
    ("The teenager that accidentally shot himself early Thursday morning has died.", 1, None),
    ("A female who was shot in a county park Monday afternoon died at the hospital.", 1, None),
    ("Two men who were shot outside a bar on Friday died.", 2, None),
    ("A man who was arrested in the case said he saw who died.", None, None),
    ("That little girl died a short time later at the hospital.", 1, None),
    ("Police are investigating the fatal shooting of one man and wounding of three other persons.", 1, 3),
])
def test_deaths_told_across_a_relative_clause_or_as_nouns(text, killed, wounded):
    assert _counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("The shooting left one victim fatally wounded and three others injured.", 1, 3),
    ("The attack left two soldiers mortally wounded.", 2, None),
    ("Two soldiers and another civilian were killed.", 3, None),
    ("ANOTHER SOLDIER AND A CIVILIAN WERE WOUNDED.", None, 2),
])
def test_fatally_wounded_in_a_left_list_and_another_as_a_list_member(text, killed, wounded):
    assert _counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    ("Gunmen stormed the mission, killing the U.S. consul and two other Americans.", 3, None),
    ("GUNMEN KILLED THE U.S. CONSUL AND TWO OTHER AMERICANS.", 3, None),
    ("Two U.N. peacekeepers were killed and four wounded.", 2, 4),
])
def test_a_dotted_abbreviation_is_one_word_of_a_victim_phrase(text, killed, wounded):
    assert _counts(text) == (killed, wounded)


@pytest.mark.parametrize("text,killed,wounded", [
    # where or how often a victim was shot does not make the dead wounded
    ("The councilman was shot in the head and killed outside his home.", 1, None),
    ("TWO PEASANTS WERE SHOT SEVERAL TIMES AND KILLED.", 2, None),
    ("A woman was shot in the leg and taken to hospital.", None, 1),
    # "a hundred and fifty" is one number, not "a (hundred)" and "fifty"
    ("MORE THAN A HUNDRED AND FIFTY PEOPLE WERE INJURED.", None, 150),
    ("Two hundred and ten people were injured.", None, 210),
    # war communiques
    ("THE UNITS ATTACKED THE GARRISON, ANNIHILATING SEVENTEEN SOLDIERS.", 17, None),
    # a second object group ends where another participle begins
    ("THE MINE DESTROYED A TRUCK, WOUNDING FOUR SOLDIERS AND TWO CIVILIANS AND DAMAGING DOZENS OF HOMES.", None, 6),
    ("Gunmen killed three guards and two drivers and torching the depot.", 5, None),
    # a superlative over years dates how rare the loss was, not a running total
    ("Sixteen insurgents were killed when they attacked a base, in the heaviest single loss suffered by "
     "militants in years.", 16, None),
    # the dead and hurt summed are neither figure
    ("THE GUERRILLAS ATTACKED THE POST, KILLING OR WOUNDING 150 ENEMY TROOPS.", None, None),
])
def test_shot_where_then_killed_word_numbers_and_participle_lists(text, killed, wounded):
    assert _counts(text) == (killed, wounded)


@pytest.mark.parametrize("sentence,expected", [
    # a part of a counted group is not added to the group
    ("He was one of three people killed in the attack.", (3, None)),
    ("Two of the five people killed were children.", (5, None)),
    # "N people shot and killed" without an auxiliary, and a weekday after the verb is no victim's name
    ("The five people shot and killed Friday at the airport were tourists.", (5, None)),
    ("One of the five people shot and killed Friday at the airport was a man from Virginia Beach.", (5, None)),
    ("Two officers shot and killed a man on Friday.", (1, None)),
])
def test_partitives_and_participles(sentence, expected):
    assert _counts(sentence) == expected


def test_a_toll_told_with_a_claim_of_responsibility_is_a_claim():
    c = extract_casualties("The Taliban claimed responsibility for the Kunduz attack, saying they had killed "
                           "15 policemen.")
    assert c.killed.best == 15 and c.claimed


def test_a_relative_clause_inside_a_victim_list_does_not_cut_it():
    assert _counts("Jason Acosta-Ramos, who was celebrating his birthday, and Elliseo Cantu were killed.") == (2, None)
    # an aside that tells a casualty of its own is not blanked
    assert _counts("John Smith, who was shot in the leg, and Bob Jones were taken to a hospital.")[0] is None


@pytest.mark.parametrize("sentence,expected", [
    # a determiner shared by both members of a pair
    ("His mom and younger brother were dead.", (2, None)),
    ("Another man and woman have been wounded.", (None, 2)),
    # not a pair of persons
    ("Police and firefighters were called.", (None, None)),
])
def test_a_pair_sharing_one_determiner(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # an age inside a list of named victims is no member, and no separator lost
    ("Heaven Mayo, 24, Justin King, 24, Donald Jocelin, 25 and Tobiasz Cudnik, 32 were wounded.", (None, 4)),
    ("JOHN SMITH, 18, PEDRO PEREZ, 20, AND JUAN DIAZ, 30, WERE KILLED.", (3, None)),
    ("John Smith, 18, was killed.", (1, None)),
    ("Lopez, 58, faces a charge in the death of John McLean, 53, Sgt. Manny Hernandez said.", (1, None)),
    # an "N-year-old" member of a pair or list
    ("Four adults and a 3-year-old were shot in Evanston Monday.", (None, 5)),
    ("Two men and a 13-year-old girl were wounded.", (None, 3)),
    # "shot and wounded" after a counted noun; "both" is no second count
    ("He was one of four people shot and wounded Friday night.", (None, 4)),
    ("An adult female and a 3-year-old child were both shot and injured.", (None, 2)),
])
def test_ages_in_victim_lists(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a kin group renamed by the list of its names; a relative renamed by hers
    ("Her parents, Reyna Gonzalez, 42, and Julian Gonzalez, 45, were killed.", (2, None)),
    ("Police believe Loyd shot and killed Destacia Straughn and her daughter, Kenacia Straughn.", (2, None)),
    ("Gunmen killed John and his wife, police said.", (2, None)),
    # but "and" inside "the son of X and his wife" joins the parents, not victims
    ("They mourned the death of James Gustafson, the son of Mark Gustafson and his wife, Leah Smith.",
     (None, None)),
    # a pair left dead
    ("The shooting left five people and an unborn baby dead.", (6, None)),
    ("The blast left two soldiers and a civilian dead.", (3, None)),
])
def test_renamed_groups_and_pairs_left_dead(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the subject of "is recovering / in the hospital ... after being shot" is the one shot
    ("A 3-year-old girl is recovering tonight at a hospital after being accidentally shot by her brother.",
     (None, 1)),
    ("Two men are in the hospital after being shot Monday.", (None, 2)),
    ("A man died after being shot in Tulsa.", (1, None)),
    ("A man was arrested after being shot at by police.", (None, None)),
])
def test_after_being_shot(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # ages are no counts: "believed to be 30 and 60", "8 yo"
    ("Two women, believed to be 30 and 60, were shot dead.", (2, None)),
    ("8 yo girl killed by gunfire off the Beltway in SW Houston.", (1, None)),  # one girl, not 8 killed
    # a gallery caption is no count, and "both" after a named pair is that pair
    ("Image 2 of 9 Veronica Mercado and her 2-year-old child were both found dead inside a home.", (2, None)),
    ("Maria Lopez and her son were both found dead inside a home.", (2, None)),
    ("The men were both killed.", (2, None)),
])
def test_ages_captions_and_floating_both(sentence, expected):
    assert _counts(sentence) == expected


def test_a_quantity_never_starts_inside_a_word():
    """'Veronica Mercado and her child': the "a" ending "Veronica" is no article opening a pair."""
    from pipeline import numbers
    text = "Veronica Mercado and her 2-year-old child were found dead inside a home."
    found = numbers._collect(numbers._lower(text), text)
    assert found and all(not m.count.text.startswith("a mercado") for m in found)


@pytest.mark.parametrize("sentence,expected", [
    # a headline's bare age noun is one person, first of a pair
    ("7-year-old girl and her mother were shot Wednesday night on the West Side.", (None, 2)),
    ("A 7-year-old girl and her mother were shot.", (None, 2)),
])
def test_a_bare_age_noun_opens_a_pair(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A man and woman were shot Sunday.", (None, 2)),
    ("John Smith and Mary Jones were shot Sunday.", (None, 2)),
    ("Police and firefighters were called.", (None, None)),
])
def test_a_named_or_bare_pair_were_shot(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a headline's pair or list without an auxiliary
    ("5-year-old boy and 2 others wounded in drive-by.", (None, 3)),
    ("Two men and a woman wounded in drive-by shooting.", (None, 3)),
])
def test_a_headline_pair_wounded(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A shooting on Christmas night has killed a 16-year-old.", (1, None)),
    ("A gunman has killed three people in a market.", (3, None)),
    ("Two gunmen have killed a soldier at a checkpoint.", (1, None)),
    ("A roadside bomb has wounded four policemen.", (None, 4)),
    ("REBELS HAD KILLED TWO PEASANTS BEFORE THEY FLED.", (2, None)),
    # a have-form with 'been' or an injury suffered still tells its subject's fate
    ("Three people have been killed and two have been wounded.", (3, 2)),
    ("Two officers had sustained gunshot wounds.", (None, 2)),
    ("Two soldiers are believed to have been killed.", (2, None)),
])
def test_an_active_perfect_counts_the_object_not_the_subject(sentence, expected):
    """'A gunman has killed three': the subject did the killing; only 'have been killed' is its fate."""
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Two people were killed in the shooting, and four others were left injured. Christopher Beatty was "
     "identified by deputies as one of the victims who died in the shooting.", (2, 4)),
    ("Police identified John Smith as one of the people who were killed.", (1, None)),
    ("Three people were left seriously injured.", (None, 3)),
])
def test_one_of_the_victims_is_not_another_victim(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # given names that end like a participle are names, not verbs
    ("Mohammed Ali and Omar Khan were killed.", (2, None)),
    ("MOHAMMED ALI AND OMAR KHAN WERE KILLED.", (2, None)),
    ("Kelly Ruiz and her son were shot dead.", (2, None)),
    ("Nevertheless police and soldiers were killed.", (None, None)),
    # in capitals 'no one' is no one
    ("NO ONE WAS HURT.", (0, 0)),
    ("NO ONE WAS HURT AND NO ONE WAS KILLED.", (0, 0)),
    # a plural noun starting the sentence is no name and no count
    ("Villagers were killed.", (None, None)),
    ("Sanders was killed.", (1, None)),
    # 'a hundred'
    ("A hundred people were killed.", (100, None)),
    # the dead among the wounded told just before
    ("Seventeen people were wounded, one of them fatally.", (1, 16)),
    ("Five people were injured, two of them fatally, in the blast.", (2, 3)),
])
def test_names_nobody_plurals_hundreds_and_the_fatally_wounded(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Three soldiers were killed, and fighting has killed hundreds this year.", (3, None)),
    ("The attack killed 14 people in a region where 2,000 people have been killed.", (14, None)),
    ("Some 1,200 people have been killed since the offensive began.", (None, None)),
    ("More than 700 people have been killed since the coup.", (None, None)),
    ("The war has displaced millions and killed 50,000 people.", (None, None)),
    ("More than 20,000 people have been wounded in the war.", (None, None)),
    # an event's own toll beside a place clause, and a date this year, stay counts
    ("A bomb killed 12 people on Monday in the town where the rebels were based.", (12, None)),
    ("Gunmen killed five people this year in March.", (5, None)),
    ("Two people were killed, and police have arrested a suspect.", (2, None)),
    # a tally of fighting that began this week is the fighting's own count
    ("At least 30 people have been killed since the clashes erupted in Kisangani on Monday.", (30, None)),
    ("Nine soldiers have died since fighting broke out late Thursday near the border.", (9, None)),
    ("Some 400 people have been killed since the uprising began in March 2011.", (None, None)),
])
def test_background_tolls_are_not_the_events_count(sentence, expected):
    """Wire copy closes with the war's toll; it must not be added to (or replace) the event's."""
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("A soldier injured in the ambush has died.", (1, None)),
    ("One of the wounded died.", (1, None)),
    ("Two of the injured later died.", (2, None)),
    ("A 15-year-old boy who was shot Saturday evening in Little Village died Monday.", (1, None)),
    ("PHOENIX -- A 9-year-old boy shot early Wednesday morning during a hunting accident west of Phoenix "
     "has died, the sheriff said.", (1, None)),
    ("A woman injured in the crash said she saw a man who died.", (1, 1)),
])
def test_a_follow_up_death_is_a_death(sentence, expected):
    """Someone hurt in an event told before who then died is dead, not wounded (and counted once)."""
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("THE ASSASSINATION ON 22 MARCH OF BERNARDO JARAMILLO, ITS PRESIDENTIAL CANDIDATE, FORCED IT TO WITHDRAW.",
     (1, None)),
    ("The assassination of Bernardo Jaramillo forced the party to withdraw.", (1, None)),
    ("The killing last week of two priests shocked the town.", (2, None)),
])
def test_the_victims_of_an_event_noun_with_a_date_or_a_verb_after(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,claimed", [
    ("The Taliban said their fighters had killed 35 soldiers.", True),
    ("The group said its forces had killed 300 soldiers.", True),
    ("Troops killed 32 guerrillas, according to an army communique.", True),
    ("Troops killed 32 guerrillas, an armed forces communique said.", True),
    ("Police said two people were killed.", False),
    ("Officials said their investigators had found 12 bodies.", False),
    ("Rebel radio said in a broadcast that guerrillas of the FMLN had killed 45 soldiers in Usulutan.", True),
    ("RADIO VENCEREMOS REPORTED THAT FMLN GUERRILLAS KILLED 45 SOLDIERS IN USULUTAN.", True),
    ("The Israeli army said in a statement that its aircraft had killed five guerrillas.", True),
    ("Rebel radio said that soldiers had killed 12 peasants in Usulutan.", False),
])
def test_a_partys_own_tally_is_a_claim(sentence, claimed):
    assert extract_casualties(sentence).claimed is claimed


@pytest.mark.parametrize("sentence,expected", [
    ("Rebels kill 12", (12, None)),
    ("Gunmen kill 12 villagers in Mali", (12, None)),
    ("They threatened to kill 12 hostages.", (None, None)),
    ("Teen shot dead in Southside, two wounded", (1, 2)),
    ("Man killed in Bronx shooting", (1, None)),
    ("Woman stabbed to death", (1, None)),
    ("Teen wounded in drive-by", (None, 1)),
    ("Officer killed two men in a shootout.", (2, None)),
    # others shot besides the dead told first; the dead among those shot
    ("Woman killed on birthday, four others shot in Washington Heights", (1, 4)),
    ("Police are looking for a man who shot four others, including one who died.", (1, 3)),
])
def test_headlines_bare_subjects_and_present_tense(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Four civilians are reported to have been killed in the shelling.", (4, None)),
    ("The war in eastern Congo has displaced more than seven million people and killed tens of thousands.",
     (None, None)),
    ("The suicide bomber killed four worshippers and himself.", (5, None)),
    ("The attacker blew himself up, killing 11 people.", (11, None)),   # reporters count the bomber apart
])
def test_reported_perfects_war_tolls_and_the_attacker_himself(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The toll from Friday's twin suicide bombings in Maiduguri rose to 19 on Saturday.", (19, None)),
    ("The number of people killed in Sunday's attack on a church in Owo has climbed to 50, officials said.",
     (50, None)),
])
def test_a_toll_with_a_long_subject(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Killed were Maria Lopez, 34, and Robert Keane, 41.", (2, None)),
    ("KILLED WERE PEDRO GOMEZ AND LUIS PEREZ.", (2, None)),
    ("The dead were identified as Maria Lopez and Robert Keane.", (2, None)),
    ("Wounded were John Smith, 19, and Tony Brown, 22.", (None, 2)),
    ("Among the dead were a police officer and two children.", (3, None)),
    # some of a toll told in the same sentence add nothing
    ("Twelve people were killed; among the dead were a police officer and two children.", (12, None)),
])
def test_victims_listed_after_a_copula(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Three guards, all members of the presidential security unit, were killed in the ambush.", (3, None)),
    ("Three guards, all members of a security unit, were killed.", (3, None)),
    ("Two men, both residents of Tulsa, were killed.", (2, None)),
    ("Five soldiers, two of them officers, were killed.", (5, None)),
])
def test_an_aside_describing_the_whole_counted_group(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("One of three people shot Saturday has died.", (1, 2)),
    ("One of the three men shot on Friday died Sunday.", (1, 2)),
    ("Two of the five people wounded in the attack have died.", (2, 3)),
    ("One of four women wounded in a late night shooting in Lexington has died.", (1, 3)),
])
def test_some_of_a_group_hurt_then_died(sentence, expected):
    """The dead are among those hurt: the rest are the wounded (not the whole group dead, or all wounded)."""
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a second victim group before "and wounded"
    ("A bomb in Herat on Monday killed two policemen and four civilians and wounded 17.", (6, 17)),
    # death words and verb phrases of other outlets and decades
    ("Three soldiers were martyred and two injured in an ambush near Bannu on Monday.", (3, 2)),
    ("Militiamen hacked to death 14 villagers near Beni on Monday.", (14, None)),
    ("A mob lynched three men near Dhanbad on Friday.", (3, None)),
    ("Gunmen killed 11 bus passengers near Turbat.", (11, None)),
    # vague quantities
    ("Artillery fire killed a score of civilians in Zahle on Monday.", (20, None)),
    ("Troops killed several hundred refugees near Ngozi.", (300, None)),
    ("He was shot a score of times.", (None, 1)),
    # a toll's figure, not the article of the place in its gap
    ("The death toll from Tuesday's bombing of a police station in Kirkuk rose to 27 on Wednesday.", (27, None)),
    ("The death toll rose to a dozen.", (12, None)),
])
def test_more_ways_to_tell_a_count(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,killed,claimed", [
    # a party's own tally, however the saying is dressed
    ("The rebels said on Friday they had killed 12 soldiers near Bria.", 12, True),
    ("The army said it destroyed three tanks and killed 80 troops near Avdiivka on Monday.", 80, True),
    ("THE FMLN SAID IN A RADIO BROADCAST THAT THEY KILLED 40 SOLDIERS.", 40, True),
    ("Troops killed 23 guerrillas near Khost on Monday, the army said.", 23, True),
    # another party's act told by the army is a report
    ("Gunmen killed 23 villagers near Khost on Monday, the army said.", 23, False),
    # a claim and a report in one sentence: the report is the figure
    ("The Taliban said they killed 26 policemen in Kunduz on Monday, but officials said six police were killed.",
     6, False),
    ("The rebels said they had killed 142 soldiers in Kilinochchi, while the military said 40 soldiers died.",
     40, False),
    ("The group said it killed 30 troops near Tadmur on Monday; a monitor said 18 soldiers died.", 18, False),
])
def test_claims_and_reports(sentence, killed, claimed):
    c = extract_casualties(sentence)
    assert (c.killed.best, c.claimed) == (killed, claimed)


def test_the_armys_own_losses_are_a_report():
    c = extract_casualties("Government troops suffered 31 casualties, including 12 killed, in clashes with opposition "
                           "fighters in the Garm valley, the defence ministry said.")
    assert (c.killed.best, c.claimed) == (12, False)


@pytest.mark.parametrize("sentence,expected", [
    ("He opened fire on his fellow soldiers, killing three and wounding 16 before taking his own life.", (4, 16)),
    ("A man killed two people before taking his own life.", (3, None)),
    ("He threatened to take his own life.", (None, None)),
])
def test_the_attacker_who_takes_his_own_life_is_counted(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the victim shot is the one who died: a relative clause after an age noun, a hospital where he died
    ("Police say a 15-year-old that was shot yesterday afternoon has died.", (1, None)),
    ("Detective Sgt. Ann Cole said the juvenile died Monday afternoon.", (1, None)),
    ("The teen was taken to a hospital, where he was pronounced dead.", (1, None)),
    ("He was rushed to the hospital where he died.", (1, None)),
    # a hospital is no victim: the passenger is the one killed, the driver the one hurt
    ("The driver was taken to a hospital and his passenger was killed.", (1, 1)),
    # stated injuries of a group stay injuries beside the dead
    ("Two men suffered gunshot wounds and one man was killed.", (1, 2)),
    ("Two men and a woman were killed.", (3, None)),
])
def test_the_one_shot_or_taken_to_hospital_who_died(sentence, expected):
    assert _counts(sentence) == expected


def test_one_gunshot_wound_is_someone_shot_who_may_be_among_the_dead():
    cas = extract_casualties("Officers found the victim had suffered a gunshot wound.")
    assert cas.wounded is not None and cas.wounded.best == 1 and cas.wounded_from_shot
    assert extract_casualties("Three people suffered gunshot wounds.").wounded.best == 3


@pytest.mark.parametrize("sentence", [
    "Cole Ervin, 20, was treated for gunshot wounds at Frye Regional Medical Center.",
    "She was treated for a non-life-threatening gunshot wound and released.",
])
def test_treated_for_a_gunshot_wound_is_a_survivor(sentence):
    cas = extract_casualties(sentence)
    assert cas.wounded is not None and cas.wounded.best == 1 and not cas.wounded_from_shot


@pytest.mark.parametrize("sentence,expected", [
    ("Another man was shot in the leg.", (None, 1)),
    ("Another teen, also 15, was shot in the foot.", (None, 1)),
    ("One man was killed and another man was shot in the leg.", (1, 1)),
    # a new victim is no gunshot wound of the dead
    ("A fourth man suffered a gunshot wound in his arm.", (None, 1)),
])
def test_another_victim_shot(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Metro police are investigating after a body was found in Bordeaux on Tuesday.", (1, None)),
    ("The body of a 23-year-old man was found in a ditch.", (1, None)),
    # one person in care who then died is dead, not also hurt
    ("Rearden was flown to a hospital where she was listed in critical condition until she died.", (1, None)),
    ("An Opelousas teen hospitalized after a weekend shooting has died.", (1, None)),
])
def test_a_body_found_and_the_one_in_care_who_died(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a subgroup named with "including" and no comma is part of the count, not the count
    ("At least 64 civilians including 15 children were killed in the attack on Sunday.", (64, None)),
    # an adverb after a plural object in capitals is no name
    ("TROOPS WERE ACCUSED OF KILLING CIVILIANS THERE ON THURSDAY.", (None, None)),
    ("A MAN WAS STABBED TO DEATH ON SUNDAY NIGHT IN LEEDS.", (1, None)),
    # stabbed, struck or hit by bullets or shrapnel: hurt
    ("A man was stabbed in the neck.", (None, 1)),
    ("Two students were stabbed at a school in Leeds.", (None, 2)),
    ("A woman was struck by a stray bullet.", (None, 1)),
    ("Three children were hit by shrapnel.", (None, 3)),
    ("The convoy was hit by a roadside bomb.", (None, None)),
    # an age spelled out is no count, and the one it describes is a victim
    ("On Saturday, a nine-year-old girl was wounded by a stray bullet.", (None, 1)),
    ("A twenty-five-year-old man was shot dead outside the bar.", (1, None)),
    ("Two nine-year-old boys were wounded.", (None, 2)),
    # "the dead numbered"
    ("The dead in the Calcutta riots numbered more than 2,000 by this evening.", (2000, None)),
    ("The dead numbered 84, and 31 were injured.", (84, 31)),
    # no count, and another event's
    ("Airstrikes hit the village on Monday, killing an unknown number of people.", (None, None)),
    ("Gunmen killed five villagers on Friday in revenge for the killing of a herder.", (5, None)),
    # several dozen: three dozen, as several hundred is three hundred
    ("Troops killed several dozen militants near the border.", (36, None)),
    # the verb of the second victim left out
    ("A policeman was killed and his colleague injured when gunmen ambushed them.", (1, 1)),
    ("Two soldiers were killed and their commander wounded.", (2, 1)),
    ("The man was killed and his wife injured her leg.", (1, None)),
    # an 'including' aside with no comma ends where the wounded are told
    ("A bomber struck a rally in Peshawar, killing 20 people including candidate Haroon Bilour and wounding 63.",
     (20, 63)),
])
def test_subgroups_adverbs_and_more_ways_to_be_hurt(sentence, expected):
    assert _counts(sentence) == expected


def test_hit_by_gunfire_is_shot_and_a_dashed_including_aside_is_kept():
    cas = extract_casualties("All four victims were hit by gunfire.")
    assert cas.wounded.best == 4 and cas.wounded_from_shot       # the dead may be among them
    assert _counts("Four juveniles -- including two children -- were injured by gunfire in Humble.") == (None, 4)
    assert _counts("Two people -- including a 1-year-old boy -- were wounded in a shooting.") == (None, 2)


@pytest.mark.parametrize("sentence,expected", [
    ("Five young men between 17 and 25 years old were killed in Cali on Sunday.", (5, None)),
    ("Three children aged 4 to 9 were wounded.", (None, 3)),
    # a singular relative clause is one victim, not the crowd before it
    ("THOUSANDS TODAY MARCHED TO COMMEMORATE ROMERO, WHO WAS SHOT DEAD BY A SNIPER IN 1980.", (1, None)),
])
def test_age_ranges_and_a_singular_relative_clause(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a distance in blocks is no count
    ("A man was killed two blocks from a school on Tuesday.", (1, None)),
    ("A man was shot three blocks from his home.", (None, 1)),
    # "the wounded were taken to hospital": no number, and no list of names
    ("THE WOUNDED WERE TAKEN TO MAPUTO CENTRAL HOSPITAL.", (None, None)),
    ("The injured were rushed to Aga Khan hospital.", (None, None)),
    ("THE DEAD WERE IDENTIFIED AS JUAN PEREZ AND MARIO LOPEZ.", (2, None)),
    # one named person and N others; N and one more person
    ("GUNMEN KILLED THE MUFTI AND 21 OTHER PEOPLE IN BEIRUT TODAY.", (22, None)),
    ("Gunmen killed the imam and 3 others on Monday.", (4, None)),
    ("REBELS AMBUSHED A TRUCK TODAY, KILLING FOUR SOLDIERS AND THEIR DRIVER.", (5, None)),
    ("A BOMB WOUNDED SIX AMERICAN SERVICEMEN AND THE HONDURAN DRIVER TODAY.", (None, 7)),
    ("Gunmen killed two soldiers and their families on Monday.", (2, None)),
    # "between" before a count is a range, not an age
    ("Troops raided the village, killing between 12 and 15 suspected militants.", (12, None)),
    # someone new is shot beside the dead
    ("A man was killed and a woman was shot Saturday night, police said.", (1, 1)),
    ("A man was shot Saturday night. He died at the hospital.", (1, None)),
    ("A man shot and killed his brother because he believed he was shooting an intruder.", (1, None)),
    # victims who come to a hospital with gunshot wounds
    ("Two men showed up at a hospital with gunshot wounds early Sunday.", (None, 2)),
    ("A man arrived at an area hospital suffering from a gunshot wound.", (None, 1)),
])
def test_blocks_the_wounded_one_more_person_ranges_and_walk_ins(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Some 1.5 million people died in the famine.", (1_500_000, None)),
    ("40 thousand people were killed.", (40_000, None)),
])
def test_digits_scaled_by_a_word(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("text,expected", [
    # a victim named by trade and his kin: all of them
    ("In San Miguel, gunmen shot dead a schoolteacher and his two sons on Saturday.", (3, None)),
    ("Gunmen shot dead a university professor and his son in Baghdad.", (2, None)),
    ("Militants killed a village elder and his wife overnight.", (2, None)),
])
def test_a_victim_by_trade_and_his_kin(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Two policemen and a village guard were killed when a roadside bomb exploded near Silopi.", (3, None)),
    ("Two soldiers and a village headman were killed.", (3, None)),
    ("Gunmen killed three people in a village near Kano.", (3, None)),
])
def test_a_unit_word_naming_what_a_person_guards_is_no_unit(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("text,killed,wounded", [
    ("NOBODY WAS HURT.", 0, 0),
    ("Nobody was harmed in the blast.", 0, 0),
    ("No one was injured.", None, 0),          # an injury word alone says nothing of the dead
    ("No one else was hurt.", None, 0),        # the others: someone may have been killed
])
def test_nobody_hurt_is_nobody_killed_either(text, killed, wounded):
    c = extract_casualties(text)
    got = (c.killed.best if c.killed else None, c.wounded.best if c.wounded else None)
    assert got == (killed, wounded)


@pytest.mark.parametrize("text, expected", [
    # three groups counted one by one: subjects, objects, after "the dead included"
    ("Five soldiers, two policemen and three civilians were killed in the attack.", (10, None)),
    ("Rebels killed 12 soldiers, four policemen and two children near the border.", (18, None)),
    ("THE BOMB WOUNDED 20 SOLDIERS, SIX POLICEMEN AND A CHILD.", (None, 27)),
    ("THE DEAD INCLUDED FOUR RAILWAY WORKERS, TWO SOLDIERS AND NINE PASSENGERS.", (15, None)),
    ("The dead included six soldiers and a policeman.", (7, None)),
    # a pair that breaks down the group before it renames it
    ("Police said 5 people, 3 men and 2 women, were killed.", (5, None)),
    ("THREE OTHER CIVILIANS, TWO WOMEN AND A MAN, ALSO DIED AND A YOUNG GIRL WAS WOUNDED.", (3, 1)),
    ("Three people, two soldiers and a child, were killed.", (3, None)),
    # a date before the pair is no group; a partitive is no group of its own
    ("ON 4 MAY, TWO SOLDIERS AND A POLICEMAN WERE KILLED IN AN AMBUSH.", (3, None)),
    ("Gunmen killed 12 people, five of them children, and two soldiers.", (12, None)),
    # the ages of listed people are no victims
    ("Her three sons, aged three, six and 11, died in the fire set by the mob.", (3, None)),
    ("THREE CHILDREN, AGED TWO, FIVE AND NINE, WERE KILLED.", (3, None)),
])
def test_victim_lists_of_three_groups_and_their_breakdowns(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, wounded", [
    ("About 25 people were treated at Edendale Hospital for stab and gunshot wounds.", 25),
    ("More than 40 people were still being treated for their injuries on Monday.", 40),
    ("SIX POLICEMEN WERE BEING TREATED IN A MILITARY HOSPITAL FOR BURNS AND SHRAPNEL WOUNDS.", 6),
])
def test_people_treated_for_wounds_are_wounded(text, wounded):
    assert _counts(text) == (None, wounded)


@pytest.mark.parametrize("text, more", [
    ("THREE MORE PEOPLE WOUNDED IN THE ATTACK DIED IN HOSPITAL YESTERDAY.", True),
    ("Two more people died in hospital on Monday.", True),
    ("Police found two more dead in a house nearby.", False),   # the lead's total told in detail, often
    ("Two more bodies were found on Sunday.", False),
])
def test_more_deaths_are_marked_as_more(text, more):
    killed = extract_casualties(text).killed
    assert killed is not None and killed.more is more


@pytest.mark.parametrize("text, claimed", [
    ("The group said in a statement on its Andalus radio that its fighters had killed 30 soldiers.", True),
    ("A spokesman said in a statement that the group's fighters had killed 35 Afghan soldiers.", True),
    ("The coalition said in a statement that the strike had targeted a vehicle carrying fighters and had "
     "killed 14 militants.", True),
    ("The army said the operation killed 20 militants in the forest.", True),
    ("Witnesses said the strike killed 14 people at the market.", False),
])
def test_a_side_telling_what_its_own_fighters_or_strike_did_is_a_claim(text, claimed):
    c = extract_casualties(text)
    assert c.killed is not None and c.claimed is claimed


@pytest.mark.parametrize("text, expected", [
    # one number for two plural nouns
    ("Some 8,000 Muslim men and boys were killed by Bosnian Serb forces.", (8000, None)),
    ("Five men and women were injured in a drive-by shooting outside a nightclub.", (None, 5)),
    ("The dead were 40 women and children.", (40, None)),
    # a thousands separator is no list comma
    ("Some 1,200 soldiers, 300 policemen and 40 civilians were killed.", (1540, None)),
])
def test_one_number_for_two_nouns_and_thousands_separators(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, killed", [
    ("Gunmen in police uniforms rounded up 17 men in Tarmiyah, a town north of the capital, and shot them dead.", 17),
    ("GUERRILLAS DRAGGED FIVE PEASANTS FROM THEIR HOMES AND EXECUTED THEM.", 5),
    ("Police rounded up 40 protesters and released them on Monday.", None),
])
def test_captives_killed_are_counted_through_them(text, killed):
    assert _counts(text)[0] == killed


@pytest.mark.parametrize("text", [
    "Their mother, 34, remains in a critical condition in hospital.",
    "He is in hospital in a serious but stable condition.",
])
def test_a_condition_with_an_article_or_in_hospital_is_a_wound(text):
    assert _counts(text) == (None, 1)


@pytest.mark.parametrize("text, expected", [
    ("MORE THAN 500 PEOPLE HAVE BEEN KILLED IN PUNJAB SINCE THE ARMY STORMED THE GOLDEN TEMPLE IN JUNE 1984.", None),
    ("The military has said it has killed more than 150 rebels since the government declared martial law.", None),
    # a small toll since a happening of this week stays the event's
    ("Two people have died since the bus was attacked on Monday.", 2),
])
def test_a_large_toll_counted_since_a_happening_is_a_running_total(text, expected):
    killed = extract_casualties(text).killed
    assert (killed.best if killed else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("A THIRD DIED LATER AT A HOSPITAL IN AMRITSAR, POLICE SAID.", 3),
    ("A fourth has since died, the hospital said.", 4),
    ("A third of the town was destroyed.", None),
])
def test_an_ordinal_alone_that_died_is_the_new_total(text, expected):
    killed = extract_casualties(text).killed
    assert (killed.best if killed else None) == expected
