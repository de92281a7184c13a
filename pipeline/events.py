"""Event detection and typing: article text -> one record per real-world event.

Pipeline per article (pure Python; Beam only calls `extract_events`):

1. split sentences (rule-based, cheap) and find trigger words (``lexicon``);
2. parse only the sentences holding a trigger, batched with ``nlp.pipe``;
3. keep a trigger when it reports an asserted event: not negated, not under a
   modal ("could", "will") or a plan/threat verb ("vowed to attack"), and for
   nouns ("the attack") only when its clause carries its own detail (a count,
   a date or a place) - otherwise it refers to an event reported elsewhere;
4. give each kept trigger the date, place and counts of its own clause
   (``dates``, ``places``, ``numbers``), falling back to the sentence, then to
   the context the paragraph or article set;
5. merge mentions of one event (compatible types, same or unknown place,
   overlapping date windows) into one record; counts are not summed across
   mentions (the highest figure wins: "the toll rose to 15").
"""
from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import hashlib
import itertools
import re
import time
from dataclasses import dataclass, field
from typing import Any, Collection, Iterable

from pipeline import dates as dates_mod
from pipeline import lexicon
from pipeline.actors import normalize_actor
from pipeline.gazetteer import haversine_km
from pipeline.nlp import parse_view
from pipeline.numbers import (HURT_THEN_DIED, OF_THE_HURT_DIED, SINCE_A_HAPPENING, SINCE_THIS_WEEK, Casualties, Count,
                              extract_casualties, parse_quantity)
from pipeline.places import CARE_PLACE, NOT_THE_SCENE, Gazetteer, PlaceMention, event_place, find_places
from pipeline.sentences import Sentence, link_spans, split_sentences

EXTRACTOR_VERSION = "0.1.0"
#: Sentences per spaCy minibatch.
PARSE_BATCH_SIZE = 64

MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall", "'ll"})
PLAN_STEMS = tuple({
    "threaten", "plan", "vow", "want", "intend", "promise", "warn", "prepare", "try", "seek", "aim", "hope",
    "expect", "fear", "deny", "urge", "call", "order", "prevent", "avoid", "plot", "attempt", "refuse",
    "propose", "demand", "consider", "decide", "ask", "help", "need", "allow",
    "tried", "tries", "sought", "vowed", "threat", "plann", "intent", "prepar", "attempt",
})
NEGATIONS = frozenset({"not", "never", "n't", "no"})
#: Verbs that carry a noun of an event ("held them hostage", "carried out the attack"): negating them negates it.
LIGHT_VERBS = frozenset({
    "hold", "holds", "held", "holding", "take", "takes", "took", "taken", "keep", "keeps", "kept", "carry",
    "carried", "conduct", "conducted", "launch", "launched", "stage", "staged", "commit", "committed",
    "perpetrate", "perpetrated", "mount", "mounted"})
#: Verbs whose gerund complement is an act given up, not done: "ceased bombing pipelines", "stopped shelling".
CEASE_WORDS = frozenset({
    "cease", "ceased", "ceases", "ceasing", "stop", "stopped", "stops", "stopping", "halt", "halted", "halts",
    "halting", "suspend", "suspended", "suspends", "quit", "quits", "renounce", "renounced", "renounces",
    "abandon", "abandoned", "abandons", "refrain", "refrained", "refrains"})
SEIZABLE = frozenset({
    "town", "city", "village", "base", "airbase", "airport", "crossing", "border", "province", "area",
    "territory", "control", "district", "headquarters", "field", "dam", "refinery", "post", "garrison",
    "barracks", "checkpoint", "outpost", "hill", "bridge", "port", "station", "camp", "building", "embassy",
    "villages", "towns", "cities", "bases", "areas", "posts", "positions", "position", "capital",
})
#: Office holders seized: no ground taken, but an arrest or a capture told with who seized them.
SEIZED_OFFICIALS = frozenset({"mayor", "governor", "judge", "ambassador", "consul", "bishop", "senator", "deputy",
                              "candidate", "politician", "director", "manager", "commander", "leader", "chief"})
#: Who can be seized (taken captive), not a place: "seized two engineers", "foreigners were seized". (Soldiers
#: and guards captured are part of the fight they were taken in.)
SEIZED_PERSONS = re.compile(
    r"(?:engineer|worker|foreigner|tourist|passenger|hostage|journalist|reporter|missionar(?:y|ie)|priest|nun|"
    r"aid\s+worker|businessm[ae]n|civilian|villager|student|teacher|doctor|nurse|child(?:ren)?|wom[ae]n|m[ae]n|"
    r"people|person|girl|boy|national|employee|official|diplomat|crew(?:man|men)?|fisherm[ae]n|sailor|"
    r"pilgrim|farmer|peasant|trader|merchant|peacekeeper|observer|monitor|volunteer|contractor|hiker|"
    r"expatriate)s?")
#: Places where people are, seized in an attack or a hostage-taking rather than as ground held.
HELD_BUILDINGS = frozenset({"hospital", "school", "church", "mosque", "hotel", "theatre", "theater", "bus", "plane",
                            "aircraft", "airliner", "train", "office", "offices", "parliament",
                            "ministry", "courthouse", "consulate", "university"})
PRECISION_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "publication": 5}
GEO_RANK = {"place": 0, "admin1": 1, "country": 2, "unknown": 3}
#: Triggers that are only events with their own detail in the clause (too vague alone).
WEAK_TRIGGERS = frozenset({
    "offensive", "engagement", "engagements", "confrontation", "confrontations", "combat", "combats",
    "body", "bodies", "dead", "deaths", "death", "casualties", "injuries", "destroyed", "occupied",
    "abandoned", "struck", "fatal", "fatally", "hostage", "hostages", "explosives", "explosive",
})


@dataclass
class Mention:
    """One trigger that reports an event, with what its clause says."""

    etype: str
    trigger: str
    sentence: Sentence
    window: dates_mod.DateWindow
    place: PlaceMention | None
    place_source: str
    casualties: Casualties
    actor1: str | None
    actor2: str | None
    order: int
    #: Says nothing of its own (no count, date or place in its clause, or it is the object of
    #: "condemned"/"investigating"): it may join an event reported elsewhere, never start one.
    weak: bool = False
    #: The date came from this sentence's own time expression (not the paragraph's context).
    date_own: bool = True
    #: Weak only because it is the object of a statement or reference word ("condemned the
    #: murder of two missionaries"): it names one event, which the article does not tell.
    reference: bool = False
    #: A victim's later death ("the teen died Friday after being taken off life support",
    #: "succumbed to her injuries"): part of the attack told elsewhere, dated by that attack.
    aftermath: bool = False
    #: Told as another incident ("In a separate incident, gunmen kidnapped 15 travellers"): it never
    #: joins an event of an earlier sentence.
    separate: bool = False
    #: A tally of many events ("25 of its supporters had been killed since the elections"): its figures
    #: count an event it joins only when no other mention of the event states one.
    tally: bool = False
    #: The earlier event the news is measured from ("came a day after 34 soldiers were killed"): it joins
    #: no mention of another sentence, and none joins it.
    recalled: bool = False

    @property
    def place_own(self) -> bool:
        return self.place_source in ("clause", "sentence")


@dataclass
class Event:
    mentions: list[Mention] = field(default_factory=list)
    #: When the article says when "it happened" or when police responded, in a sentence of its own:
    #: the date of an event whose mentions tell none of their own.
    incident_time: dates_mod.DateWindow | None = None
    #: The article's publication (writing) day: a date on or after it refines no date of the event narrower
    #: than a month.
    published: dt.date | None = None

    @property
    def etype(self) -> str:
        typed = [m for m in self.mentions if not m.tally] or self.mentions
        # "Militants shot dead 20 villagers near Dikwa. ... they know where the kidnapped schoolboys are being
        # held": a kidnapping recalled in another sentence does not type the killing it joined
        told = {m.sentence.start for m in typed if not m.weak}
        typed = [m for m in typed if not (m.weak and m.etype == "kidnapping" and told
                                          and m.sentence.start not in told)] or typed
        if any(m.etype != "arson" and m.casualties.killed is not None and (m.casualties.killed.best or 0) > 0
               for m in typed):
            # houses set on fire in a raid that killed 40 are a detail of the killing, not its type
            typed = [m for m in typed if m.etype != "arson"]
        best = typed[0].etype
        for m in typed[1:]:
            best = lexicon.more_specific(best, m.etype)
        return best

    def window(self) -> dates_mod.DateWindow:
        if self.incident_time is not None and not any(m.date_own for m in self.mentions):
            return self.incident_time
        # a victim's later death dates the event only when nothing else does ("was fatally shot in a
        # home invasion ... He died Friday night at the scene")
        # a running total over months or years ("blamed for the deaths of hundreds of civilians since 2014") dates
        # it last ("on scene since Monday night" may well be the event's day)
        best = min(self.mentions, key=lambda m: (m.tally and (m.window.date_end - m.window.date_start).days > 31,
                                                 not m.date_own, m.aftermath, m.weak,
                                                 PRECISION_RANK[m.window.precision], m.order)).window
        # "the September shooting ... [Sept. 10]": a finer date another mention carries, inside the
        # coarse one the event's own words give, says which day of it (the publication day refines only a
        # month or a year: within "this week" or "the past 72 hours" it is more often the default than the day)
        wide = (best.date_end - best.date_start).days > 10
        finer = [m.window for m in self.mentions
                 if not m.aftermath and not m.tally and m.window.precision != "publication"
                 and (self.published is None or m.window.date_end < self.published or wide)
                 and PRECISION_RANK[m.window.precision] < PRECISION_RANK[best.precision]
                 and best.date_start <= m.window.date_start and m.window.date_end <= best.date_end]
        return min(finer, key=lambda w: PRECISION_RANK[w.precision]) if finer else best

    def place(self) -> PlaceMention | None:
        placed = [m for m in self.mentions if m.place is not None]
        # where a victim died (a hospital's town) is not where the attack was
        placed = [m for m in placed if not m.aftermath] or placed
        if not placed:
            return None
        own = [m for m in placed if m.place_source == "clause"] or placed
        return min(own, key=lambda m: (GEO_RANK[m.place.place.precision], m.order)).place  # type: ignore[union-attr]


#: A place this close to a much larger one (same admin1) is a part of it when merging an article's
#: mentions: a city and its neighbourhood ("Louisville" and "Russell", 3 km).
SAME_SCENE_KM = 10.0
#: ... when the smaller has fewer people than this and the larger ten times as many.
NEIGHBOURHOOD_MAX_POP = 50_000


def _windows_overlap(a: dates_mod.DateWindow, b: dates_mod.DateWindow) -> bool:
    return _windows_near(a, b, days=0)


def _windows_near(a: dates_mod.DateWindow, b: dates_mod.DateWindow, days: int) -> bool:
    """Windows overlap once widened by `days`; a publication-date fallback overlaps anything."""
    if a.precision == "publication" or b.precision == "publication":
        return True
    gap = dt.timedelta(days=days)
    return a.date_start - gap <= b.date_end and b.date_start - gap <= a.date_end


def _city_of_part(part: PlaceMention, places: list[PlaceMention]) -> PlaceMention:
    """"Seven were wounded when shells hit a bus stop in the city's Dniprovskyi district" after "shelling of
    Kherson": the town told last before the part, unless the part found lies in that town."""
    town = next((p for p in reversed(places) if p.end <= part.start and p.place.precision == "place"
                 and p.role not in NOT_THE_SCENE and p.role != "city_part"), None)
    if town is None:
        return part
    a, b = town.place, part.place
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude) \
            and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_SCENE_KM:
        return part
    return town


def _same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    pa_, pb = a.place, b.place
    if pa_.geonameid is not None and pa_.geonameid == pb.geonameid:
        return True
    if pa_.precision != "place" or pb.precision != "place":
        # a region or country contains the town when codes agree
        if pa_.country_code != pb.country_code:
            return False
        if pa_.precision == "country" or pb.precision == "country":
            return True
        return pa_.admin1_code == pb.admin1_code
    if pa_.name == pb.name:
        return True
    # a neighbourhood and its city: one scene. Two towns of their own (a city and its large suburb,
    # two villages) stay apart: separate attacks on neighbouring towns are common in war reports.
    small, big = sorted((pa_, pb), key=lambda p: p.population)
    return (pa_.country_code == pb.country_code and pa_.admin1_code == pb.admin1_code
            and small.population < NEIGHBOURHOOD_MAX_POP and big.population >= 10 * max(small.population, 1)
            and None not in (pa_.latitude, pa_.longitude, pb.latitude, pb.longitude)
            and haversine_km(pa_.latitude, pa_.longitude, pb.latitude, pb.longitude) <= SAME_SCENE_KM)


def _can_merge(ev: Event, m: Mention) -> bool:
    """Mentions whose date or place was borrowed from context carry no evidence of a different event."""
    if not lexicon.compatible(ev.etype, m.etype):
        return False
    if m.separate and not any(o.sentence is m.sentence for o in ev.mentions):
        return False
    if any(o.recalled for o in ev.mentions) and not all(o.sentence is m.sentence for o in ev.mentions) \
            and not (_zero_figures(m) and m.order == max(o.order for o in ev.mentions) + 1):
        # (an earlier event recalled takes no later mention, but the zero told right after it: "The ambush came
        # three days after a grenade was thrown into a movie house, wounding nine. No one was killed.")
        return False
    if m.date_own and any(o.date_own for o in ev.mentions) and not _windows_overlap(ev.window(), m.window):
        return False
    if not _windows_near(ev.window(), m.window, days=7):
        return False  # a borrowed date is weak evidence, but not weaker than a week
    if m.date_own and not any(o.date_own for o in ev.mentions) and _earlier_and_deadlier(ev, m):
        return False
    if not m.place_own or not any(o.place_own for o in ev.mentions):
        return True
    return _same_place(ev.place(), m.place)


def _zero_figures(m: Mention) -> bool:
    """The mention tells only that nobody was killed or hurt ("No one was killed.", "No casualties were reported.")."""
    told = [c for c in (m.casualties.killed, m.casualties.wounded) if c is not None]
    return bool(told) and all(c.best == 0 for c in told)


def _earlier_and_deadlier(ev: Event, m: Mention) -> bool:
    """A mention dated days before an event told without a date of its own, with a larger toll than any the
    event states ("killing at least 47 people, in the fifth day of an assault" ... "The assault began with a
    bombardment on the night of 3-4 February in which more than 200 people were killed"): an earlier event.
    (A later death or a toll update is dated on or after the event, or states no larger toll.)"""
    if m.casualties.killed is None or not m.casualties.killed.best:
        return False
    tolls = [o.casualties.killed.best for o in ev.mentions if o.casualties.killed is not None
             and o.casualties.killed.best]
    return bool(tolls) and m.casualties.killed.best > max(tolls) \
        and m.window.date_end < ev.window().date_start - dt.timedelta(days=1)


# ----------------------------------------------------------------------------- parsing helpers

def _token_at(doc: Any, offset: int) -> Any | None:
    for tok in doc:
        if tok.idx <= offset < tok.idx + max(len(tok.text), 1):
            return tok
    return None


#: Dependency labels of tokens that head a clause (verbs), read without a POS tagger.
CLAUSAL_DEPS = frozenset({"ROOT", "conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp", "csubj", "parataxis"})
VERB_CHILD_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent", "neg", "prt"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "attr", "npadvmod",
                          "poss", "amod", "nmod", "dative", "oprd", "conj"})
PRONOUNS = frozenset({"he", "she", "it", "they", "them", "him", "her", "we", "i", "you", "who", "which",
                      "that", "this", "these", "those", "one", "someone", "somebody", "anyone"})


def _is_verbal(tok: Any) -> bool:
    """A token used as a verb: it has verbal dependents, or heads a clause and looks like a verb form."""
    if any(c.dep_ in VERB_CHILD_DEPS for c in tok.children):
        return True
    if tok.dep_ in ("aux", "auxpass"):
        return True
    low = tok.lower_
    return tok.dep_ in CLAUSAL_DEPS and (low.endswith(("ed", "ing")) or low in IRREGULAR_PAST)


IRREGULAR_PAST = frozenset({"shot", "fought", "struck", "overran", "overrun", "withdrew", "withdrawn", "hit",
                            "took", "taken", "slain", "fell", "set", "blew", "burnt", "held", "seized"})


def _governing_verb(tok: Any) -> Any:
    cur = tok
    for _ in range(5):
        if _is_verbal(cur) or cur.dep_ == "ROOT":
            return cur
        cur = cur.head
    return cur


def _plan_word(word: str) -> bool:
    # ("planes bombed", "planted a bomb": no plan)
    return any(word.startswith(p) for p in PLAN_STEMS) and not word.startswith(("plane", "plant"))


#: Nouns whose "about"/"over"-complement is a worry, not an event told ("concerns about civilian casualties").
CONCERN_HEADS = frozenset({"concern", "concerns", "worry", "worries", "fear", "fears", "anxiety", "alarm",
                           "debate", "questions", "uncertainty"})
#: Nouns whose "of"-complement is not an event that happened ("the threat of attacks").
HYPOTHETICAL_HEADS = frozenset({
    "possibility", "threat", "threats", "risk", "danger", "fear", "fears", "plan", "plans", "wave", "campaign",
    "policy", "years", "decade", "decades", "months", "history", "prevention", "end", "cycle", "climate",
    "rumors", "rumours", "warning", "warnings", "spiral", "escalation", "culture", "victims", "number",
    "spate", "rash",
})


def _perfect_infinitive(verb: Any) -> bool:
    """'claimed to have seized', 'were reported to have taken control': a past act, told at second hand."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _definite(tok: Any, named: bool = False) -> bool:
    """'the murder', 'this attack', 'Monday's killing' (and, `named`, 'the Oklahoma City bombing' told by a
    compound): a noun that points at one event."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               or named and c.dep_ == "compound" for c in tok.children)


def _presupposed(tok: Any, verb: Any) -> bool:
    """'will investigate the murder of eight people', 'wants to clarify last Thursday's massacre': a definite
    event named as what a statement is about happened, whatever mood the statement is in."""
    return tok.i != verb.i and tok.dep_ == "dobj" and tok.head.i == verb.i and not _is_verbal(tok) \
        and _statement_word(verb.lower_) and _definite(tok)


#: Prepositions that place something in time against an event: the event they name happened.
TIME_PREPOSITIONS = frozenset({"after", "following", "since", "before", "until"})


def _dated_time_reference(tok: Any, exprs: list[dates_mod.DateWindow], doc: Any, t_end: int) -> bool:
    """'asked to leave the country after the 16 November assassination of six Jesuits': a definite event
    that dates something else, and carries its own date, happened whatever mood the verb it dates is in.
    (Without a date of its own it is only 'before' that verb's time: not a row to date by that verb.)"""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPOSITIONS and not _is_verbal(tok) and _definite(tok)
            and not any(_negation(c) for c in tok.children)):
        return False
    return any(e.start >= 0 and (d := _token_at(doc, e.start)) is not None and d.i < tok.i and _under(tok, d)
               for e in exprs) or _date_in_noun_phrase(tok, exprs, doc, t_end) is not None


def _negation(child: Any) -> bool:
    """'not', 'never', 'no': a dependent that negates its head."""
    return child.dep_ == "neg" or child.lower_ in NEGATIONS and child.dep_ in ("det", "advmod")


def _is_asserted(tok: Any, verb: Any, violent: bool = True) -> bool:
    """False for negated, modal, planned/threatened, infinitival or hypothetical mentions (a violent
    event named as what a statement is about is asserted: see `_presupposed`)."""
    if violent and _presupposed(tok, verb):
        return not any(_negation(c) for c in tok.children)
    for node in (tok, verb):
        for child in node.children:
            low = child.lower_
            if _negation(child):
                return False
            if child.dep_ == "aux" and (low in MODALS or low == "to" and not _perfect_infinitive(node)
                                        and not _purpose_of_dispersal(node, tok)
                                        and not _purpose_of_gathering(node) and not (node is tok and _begun(node))
                                        and not _what_a_weapon_was_used_for(node)) \
                    and not _month_may(child):
                return False
            if child.dep_ == "mark" and low in ("if", "unless", "whether"):
                return False
    if verb.dep_ == "conj" and _opened_by(verb.head, ("if", "unless", "whether")):
        return False
    if tok.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "attr") and tok.head.lower_ in LIGHT_VERBS \
            and any(_negation(c) for c in tok.head.children) and not any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in tok.children):
        # "WE DO NOT HOLD FOREIGNERS HOSTAGE", "did not carry out an attack" (not "said it did not carry out
        # the attack": a denial of who did an event that happened)
        return False
    if any(node.dep_ in ("xcomp", "pcomp") and node.head.lower_ in CEASE_WORDS
           or node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.lower_ in CEASE_WORDS
           for node in (tok, verb)):
        return False  # "the rebels stopped shelling the town", "refrained from attacking": an act given up
    obj = tok.head if tok.dep_ == "compound" else tok
    if obj.dep_ == "dobj" and obj.head.lower_ in CEASE_WORDS \
            and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
        return False  # "suspended its attacks", "CEASED BOMBING PIPELINES" (a compound noun in capitals)
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in MODALS and not _month_may(c)
                                    for c in verb.head.children):
        return False  # "units will begin pulling out of Kosovo": the modal governs the verb it takes
    if verb.dep_ == "conj" and lexicon.ANY_TRIGGER.fullmatch(verb.head.text) \
            and any(c.dep_ == "aux" and c.lower_ in MODALS and not _month_may(c) for c in verb.head.children):
        return False  # "would kill criminals and dump their bodies in the bay": the modal governs both
    # "the possibility of an attack", "after 16 years of fighting"
    for child in verb.children:  # "no one was killed", "nobody was hurt"
        if child.dep_ in ("nsubj", "nsubjpass") and (
                child.lower_ in ("nobody", "none", "noone", "neither")
                or any(g.lower_ == "no" for g in child.children)):
            return False
    node = tok
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in HYPOTHETICAL_HEADS:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in ("about", "over") and node.head.head.lower_ in CONCERN_HEADS:
            return False  # "concerns about civilian casualties in Gaza": a worry, not a report
        if node is not tok and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return False  # "no reports of clashes"
        if node.head is node:
            break
        node = node.head
    if tok.dep_ in ("dobj", "nsubjpass") and _plan_word(tok.head.lower_):
        return False  # "threatened attacks", "planned bombings"
    if any(c.dep_ == "amod" and c.lower_ in IRREALIS_MODIFIERS for c in tok.children):
        return False  # "reports of a possible attack on the president are false"
    if _in_case_of(tok):
        return False  # "in case of a confrontation, the army is prepared"
    if _denied(tok, verb):
        return False
    if _planned_object(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in ("warrant", "warrants", "order"):
        return False  # "a warrant for his arrest"
    if _fight_against_abstraction(tok):
        return False  # "fighting extremism", "the battle against drug trafficking": a policy, not a clash
    cur = verb
    for _ in range(3):
        if cur.dep_ == "advcl" and _opened_by(cur, ("after", "since", "when", "because")):
            break       # "Police want answers after a boy was found shot": the wish is not the event's
        if cur.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl") and _plan_word(cur.head.lower_):
            return False
        if _planned_object(cur):
            return False
        if cur.head is cur:
            break
        cur = cur.head
    return True


FREQUENCY_ADVERBS = frozenset({
    "regularly", "frequently", "often", "routinely", "constantly", "usually", "always", "sometimes",
    "occasionally", "habitually", "typically", "generally", "commonly", "periodically", "rarely", "seldom"})
#: Adjectives that make an event noun a habit: "frequent fighting", "recurrent clashes" (not "sporadic
#: fighting on Sunday", which happened).
HABIT_ADJECTIVES = frozenset({"frequent", "recurrent", "recurring", "regular", "periodic", "habitual", "routine",
                              "incessant", "perennial", "endemic", "chronic"})
FREQUENCY_WORDS = frozenset({
    "frequent", "common", "commonplace", "routine", "daily", "regular", "rare", "widespread", "endemic", "rife",
    "everyday", "usual", "normal", "occurrence", "phenomenon", "fact", "feature", "hallmark"})
LONG_UNITS = frozenset({"years", "decades", "months", "generations"})
STATED_PENALTY_STEMS = ("sentenc", "condemn")
CHARGE_MODIFIERS = frozenset({"first-degree", "second-degree", "third-degree", "attempted", "capital", "felony",
                              "degree", "reckless", "negligent"})
CHARGE_STEMS = ("guilty", "charg", "convict", "accus", "indict", "acquit", "suspect", "plead", "pled", "innocent")


#: An event named after "since" is a yardstick when it lies further back than this.
YARDSTICK_MIN_DAYS = 31
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_ORDINAL_WORDS.update({"fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
                       "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
                       "hundredth": 100})
ANNIVERSARY_WORDS = frozenset({"anniversary", "anniversaries", "commemoration", "remembrance", "memorial"})


def _anniversary_years(node: Any) -> int | None:
    """None unless the mention is what an anniversary remembers ("the anniversary of the massacre"):
    then how many years back it lies ("the 50th anniversary": 50), or 0 when the text does not say."""
    if node.dep_ == "relcl":
        node = node.head      # "the anniversary of a car bomb that killed 19"
    while node.dep_ in ("conj", "compound") and node.head.i != node.i:
        node = node.head      # "the anniversary of the killings and the bombing"
    if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.lower_ not in ANNIVERSARY_WORDS:
        return None
    for c in node.head.head.children:
        if c.dep_ in ("amod", "nummod", "compound"):
            word = c.lower_
            m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
            if m:
                return int(m.group(1))
            if word in _ORDINAL_WORDS:
                return _ORDINAL_WORDS[word]
    return 0


def _anniversary_in(doc: Any) -> int | None:
    """How many years back the anniversary a sentence marks lies (0 when it does not say), or None when
    it marks none: "hundreds gathered to mark the 20th anniversary of what remains the deadliest act"."""
    for tok in doc:
        if tok.lower_ in ("anniversary", "anniversaries"):
            for c in tok.children:
                if c.dep_ in ("amod", "nummod", "compound"):
                    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", c.lower_)
                    if m:
                        return int(m.group(1))
                    if c.lower_ in _ORDINAL_WORDS:
                        return _ORDINAL_WORDS[c.lower_]
            return 0
    return None


def _named_past_event(tok: Any) -> bool:
    """A definite event noun ("the Oklahoma City bombing"), or the participle that tells its victims
    ("the 168 people killed in the Oklahoma City bombing")."""
    if not _is_verbal(tok):
        return _definite(tok, named=True)
    return tok.dep_ == "acl" and any(g.dep_ == "pobj" and g.head.lower_ in ("in", "during") and _definite(g, named=True)
                                     and lexicon.ANY_TRIGGER.fullmatch(g.text) for g in tok.subtree)


#: A remembered event named in an anniversary's sentence is dated by the day of remembrance when its
#: date lies this close to the news: that day is the commemoration's.
COMMEMORATION_DAYS = 7


#: Plural nouns a present-tense relative clause turns into a kind of person ("people who commit homicides").
GENERIC_PEOPLE = frozenset({"people", "persons", "individuals", "criminals", "men", "groups", "gangs"})


COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "become", "becomes", "became", "remain", "remains",
                     "remained", "'s", "'re"})


def _present_form(word: str) -> bool:
    """A verb form that can only be the simple present ("kidnap", "attacks"); the parser here runs
    without a tagger, so this goes by the form."""
    return not word.endswith(("ed", "ing", "en")) and word not in IRREGULAR_PAST


#: Words that measure the event told against an earlier one ("the deadliest attack since ...").
SUPERLATIVES = frozenset({"deadliest", "bloodiest", "worst", "biggest", "largest", "heaviest", "fiercest"})


def _yardstick_spans(doc: Any, exprs: list[dates_mod.DateWindow], anchor: dt.date) -> list[tuple[int, int]]:
    """Character spans (in the sentence) of what "since" measures from, when it is an older event:
    "since the 2010 massacre in which over 300 villagers were killed", "the deadliest attack since an
    August car bomb killed 27". What they tell is another event: their figures count nothing else.
    An event its own phrase dates within the last month is the one told ("on the run since the
    Tuesday slaying")."""
    spans = []
    for tok in doc:
        if tok.lower_ != "since" or tok.head.i == tok.i:
            continue
        if tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            clause = tok.head
        elif tok.dep_ == "prep":
            clause = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in EVENT_NOUNS), None)
            if clause is None:
                continue
        else:
            continue
        lo, hi = min(tok.idx, clause.left_edge.idx), clause.right_edge.idx + len(clause.right_edge.text)
        own = [e for e in exprs if e.start >= 0 and lo <= e.start < hi]
        if tok.dep_ == "mark" and not own and not any(t.lower_ in SUPERLATIVES for t in doc[:tok.i]):
            continue  # "fighting has killed 200 since the offensive began": a tally from when it began
        if not own or any((anchor - e.date_end).days > YARDSTICK_MIN_DAYS for e in own):
            spans.append((lo, hi))
    return spans


def _charge_named(tok: Any, verb: Any) -> bool:
    """The crime named as a charge ("pleaded guilty to third-degree murder", "charged with murder"): a
    reference to the event, which may still date it ("charges of murder in the Nov. 3 shooting")."""
    return tok.lower_.startswith(("murder", "homicide")) and verb.i != tok.i and (
        any(c.lower_ in CHARGE_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound", "npadvmod"))
        or tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of", "with")
        and tok.head.head.lower_.startswith(CHARGE_STEMS))


def _habitual_or_idiom(tok: Any, verb: Any, etype: str, sentence: str, t_end: int) -> bool:
    """Mentions that tell how things usually are, or use an event word in a fixed phrase, not an event:
    a present-tense relative clause or a frequency adverb ("bandits who kidnap civilians", "the enemy
    regularly attacks trains"), a frequency predicate ("clashes are frequent", "killings have become a
    daily occurrence"), a long-running state ("has been fighting the rebels for eleven years"), a
    sentence ("sentenced 14 militants to death"), a kind of thing ("battle tanks", "combat troops"),
    and "a shot across the bows"."""
    if verb.i == tok.i and _present_form(verb.lower_) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and (verb.dep_ == "relcl" or any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS
                                              for c in verb.children)):
        return True
    told_by = tok.head.head if tok.dep_ in ("pobj", "pcomp") else tok.head if tok.dep_ == "dobj" else None
    if told_by is not None and told_by.i != tok.i and _present_form(told_by.lower_) \
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ not in FREQUENCY_ADVERBS for c in told_by.children) \
            and any(c.dep_ in ("advmod", "aux") and c.lower_ in FREQUENCY_ADVERBS for c in told_by.children):
        return True   # "THE MINISTRY, WHICH USUALLY REPORTS ON FIGHTING SEVERAL DAYS LATER": a habit's object
    if any(c.dep_ == "amod" and c.lower_ in HABIT_ADJECTIVES for c in tok.children):
        return True   # "THE SCENE OF FREQUENT FIGHTING", "recurrent clashes", "regular raids"
    if verb.i != tok.i and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in COPULAS \
            and any(c.dep_ in ("acomp", "attr") and (c.lower_ in FREQUENCY_WORDS or any(
                g.dep_ in ("amod", "compound") and g.lower_ in FREQUENCY_WORDS for g in c.children))
                for c in tok.head.children):
        return True
    if verb.i == tok.i and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lower_ in LONG_UNITS for g in c.children) for c in verb.children):
        return True
    if tok.lower_ == "death" and tok.head.lower_ == "to" and tok.head.head.lower_.startswith(STATED_PENALTY_STEMS):
        return True
    if etype == "armed_clash" and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.idx >= t_end \
            and tok.head.lower_ not in ("deaths", "casualties", "toll", "death", "wounds", "injuries"):
        return True
    if tok.lower_ == "shot" and re.match(r"\s+across\s+(?:the|their|his|its)\s+bows?\b", sentence[t_end:], re.I):
        return True
    if _ON_MANY_OCCASIONS.search(sentence) and not any(c.dep_ == "nummod" for c in tok.children):
        return True   # "ON SEVERAL OCCASIONS VENEZUELA HAD TO FACE RAIDS ... AND THE KIDNAPPING OF STOCKBREEDERS"
    return False


#: A habit told over many occasions: "on several occasions", "time and again", "again and again".
_ON_MANY_OCCASIONS = re.compile(
    r"(?i)\b(?:on\s+(?:several|many|numerous|repeated|various|countless|multiple|frequent)\s+occasions|"
    r"time\s+and\s+(?:time\s+)?again|again\s+and\s+again)\b")


DISPERSAL_VERBS = frozenset({"disperse", "break", "scatter", "quell", "contain", "clear", "push"})


def _what_a_weapon_was_used_for(verb: Any) -> bool:
    """"used 130-mm artillery to shell the area": what the weapon was used for was done."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lower_ in ("used", "using", "employed")


def _purpose_of_dispersal(verb: Any, tok: Any) -> bool:
    """"fired tear gas to disperse hundreds of protesters": the infinitive acts on a protest that is there."""
    return verb.i != tok.i and verb.lower_ in DISPERSAL_VERBS and tok.lower_.startswith(("protest", "demonstrat",
                                                                                            "riot", "march", "rall"))


#: Triggers that take ground by driving a force out (the place follows the trigger).
EXPEL_RE = re.compile(r"(?i)(?:drove|driven|driving|pushed|forced|chased|flushed)\b.*\bout\s+of$|"
                      r"(?:ousted|expelled|evicted)\b.*\bfrom$")


#: What a force withdraws when it gives up ground ("withdrew its troops from the town").
WITHDRAWN_FORCES = frozenset({"troops", "forces", "soldiers", "units", "fighters", "army", "men", "personnel",
                              "peacekeepers", "battalion", "battalions", "brigade", "brigades", "contingent",
                              "contingents", "militia", "militias", "police", "policemen", "tanks", "garrison"})
#: Who is driven out when ground is retaken.
EXPELLED_FORCE_RE = re.compile(
    r"(?i)\b(?:fighters|militants|rebels|troops|forces|insurgents|jihadists|guerrillas|soldiers|army|militias?|"
    r"gunmen|extremists|terrorists|islamic\s+state|taliban|shabaa?b|isis|isil|daesh|enemy)\b")


#: Verbs whose infinitive complement happened: "began to withdraw", "continued to shell".
ASPECT_VERBS = frozenset({"began", "begun", "started", "continued", "resumed", "kept"})


def _begun(verb: Any) -> bool:
    """"Russian troops began to withdraw from Kherson on Wednesday": the withdrawal is under way."""
    return verb.dep_ == "xcomp" and verb.head.lower_ in ASPECT_VERBS and not any(
        c.dep_ in ("aux", "neg") and (c.lower_ in MODALS or c.dep_ == "neg") for c in verb.head.children)


#: Who takes part in a protest: a clash with them is a riot.
PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "mob", "mobs", "marchers",
                        "protester", "protestor", "demonstrator"})


#: Crowds that clash with police in a riot ("Students clashed with police"), not in a fight with troops.
CIVIL_CROWDS = frozenset({"students", "youths", "youth", "crowd", "crowds", "strikers", "workers", "supporters",
                          "fans", "residents", "villagers", "opponents"})
POLICE = frozenset({"police", "policemen", "officers", "gendarmes", "gendarmerie", "carabineros"})


def _parties(head: Any, preps: tuple[str, ...], subjects: bool) -> set[str]:
    """Who takes part in a clash or encounter: "with"/"between" whom (`preps`), its subject when
    `subjects`, and their conjuncts, as lower-case words."""
    parties = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if subjects else []
    parties += [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"]
    parties += [cc for p in parties for cc in p.conjuncts]
    return {p.lower_ for p in parties}


def _with_protesters(head: Any) -> bool:
    """The clash's parties (its subject, or "with"/"between" whom) include protesters, or are crowds
    of civilians on every side ("two groups of villagers clashed over land"), or the clash is called
    communal ("a communal clash broke out during a procession")."""
    words = _parties(head, ("with", "between", "among"), subjects=True)
    if words & PROTESTERS or words & CIVIL_CROWDS and words & POLICE:
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in COMMUNAL_WORDS for c in head.children):
        return True
    groups = [g for g in head.subtree if g.lower_ in CIVIL_GROUPS and g.head.i == head.i or
              g.lower_ in CIVIL_GROUPS and g.head.dep_ == "prep" and g.head.head.i == head.i]
    members = {m.lower_ for g in groups for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
               for m in p.children if m.dep_ == "pobj"}
    # ("groups" only of civilians: "two groups of villagers", not "URNG military groups", "armed groups")
    return bool(words) and words <= CIVIL_CROWDS | CIVIL_GROUPS and members <= CIVIL_CROWDS \
        and ("groups" not in words or bool(members)) \
        and not any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS for g in groups for c in g.children)


#: A clash so called is a riot: "communal clashes", "sectarian clashes" (fought by crowds, not armed groups).
COMMUNAL_WORDS = frozenset({"communal", "sectarian", "caste", "intercommunal", "inter-communal", "religious", "mob"})
#: Groups of people that, with no armed party named, fight as crowds.
CIVIL_GROUPS = frozenset({"groups", "communities", "people", "locals", "neighbours", "neighbors", "families"})
ARMED_MODIFIERS = frozenset({"armed", "rebel", "militant", "militia", "insurgent", "criminal", "gang", "drug", "military",
                             "paramilitary", "guerrilla", "subversive", "terrorist", "jihadist", "separatist"})


#: Verbs of a crowd coming together: "gathered outside the offices to protest the detentions".
GATHERING_VERBS = frozenset({"gathered", "assembled", "marched", "rallied", "poured", "converged", "massed",
                             "flocked", "thronged", "streamed", "turned", "took", "came", "went", "joined"})


def _purpose_of_gathering(verb: Any) -> bool:
    """"Hundreds gathered in Diyarbakir to protest the detentions": the crowd's purpose is the protest held."""
    return verb.lower_.startswith(("protest", "demonstrat")) and verb.dep_ in ("advcl", "xcomp") \
        and verb.head.lower_ in GATHERING_VERBS and not any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.children)


#: Who strikes from the air: a verb of attack with one of these as its doer is an airstrike.
AIRCRAFT = frozenset({"warplane", "warplanes", "jet", "jets", "plane", "planes", "aircraft", "airplanes",
                      "helicopter", "helicopters", "gunship", "gunships", "drone", "drones", "bomber", "bombers",
                      "fighter-bombers", "airforce", "aviation"})
_AIR_RETYPED = frozenset({"bombing", "attack", "shelling", "shooting"})


def _flown_by_aircraft(verb: Any) -> bool:
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        doers.append(verb.head)  # "Russian planes bombed Aleppo" parsed as planes (that were) bombed
    return any(d.lower_ in AIRCRAFT and not (d.lower_.startswith("bomber") and any(
                   c.lower_ in GROUND_BOMBERS for c in d.children))
               or d.lower_ == "force" and any(c.lower_ == "air" for c in d.children)
               for d in doers)


#: "a suicide bomber struck", "car bombers": people, not aircraft.
GROUND_BOMBERS = frozenset({"suicide", "car", "truck", "would-be", "female", "lone", "teenage", "bicycle", "motorcycle"})


#: A window wider than this (a decade, "since 1980") dates an era, not an event.
BACKGROUND_SPAN_DAYS = 3 * 366
#: So many dead, told with no date of their own, are a war's or a period's tally, not one event.
STATISTIC_MIN_DEAD = 1000
#: So many dead, counted since a happening ("since the army stormed the Golden Temple"), are a running total.
RUNNING_TOTAL_MIN_DEAD = 50
#: So many dead, dated by a whole year only ("1,900 guerrillas killed last year alone", "462 killed in
#: 2010"), are that year's tally: an event of its own is told with its day, week or month.
YEAR_TALLY_MIN_DEAD = 10
#: How one attacks in words, not arms ("harshly attacked the president").
CRITICISM_ADVERBS = frozenset({"harshly", "sharply", "strongly", "bitterly", "verbally", "publicly", "openly",
                               "vehemently", "roundly", "scathingly", "severely"})
#: What is killed, attacked or slaughtered only figuratively: bills, plans, records, markets.
ABSTRACT_TARGETS = frozenset({
    "bill", "bills", "measure", "measures", "proposal", "proposals", "deal", "deals", "legislation", "plan",
    "plans", "idea", "ideas", "amendment", "amendments", "project", "initiative", "motion", "resolution",
    "reform", "reforms", "budget", "record", "records", "policy", "policies", "decision", "decisions",
    "remarks", "comments", "statement", "statements", "speech", "credibility", "reputation", "stocks",
    "shares", "prices", "markets", "economy", "talks", "negotiations", "treaty", "agreement", "law", "laws",
    "candidacy", "campaign", "nomination", "program", "programme", "government's", "report",
    "legitimacy", "hopes", "hope", "confidence", "trust", "morale", "image", "chances", "career", "dreams",
    "relations", "ties", "unity", "authority", "prestige", "myth", "argument", "arguments", "theory", "morals",
    "rights", "interests", "freedoms", "sovereignty", "dignity", "currency", "currencies", "peso", "baht", "rupee",
    "rupiah", "ringgit", "won", "lira", "ruble", "rouble", "naira", "rand", "franc", "pound", "sterling", "dollar",
    "yen", "euro", "yuan", "bond", "bonds",
})
#: What people do "in protest" that is no demonstration: stay away, resign, walk out, boycott.
ABSTENTION_STEMS = ("stay", "stayed", "resign", "boycott", "walk", "quit", "withdr", "recall", "refus", "declin",
                    "abstain", "skip", "snub", "cancel", "suspend", "return", "left", "leav")
#: Kinds of attack made with words or money: "a speculative attack on the baht", "a personal attack".
FIGURATIVE_ATTACK_KINDS = frozenset({"speculative", "verbal", "rhetorical", "personal", "scathing", "blistering",
                                     "stinging", "withering", "written", "legal"})


#: Where words are said: "attacked Macron on Twitter", "in a speech", "in an interview".
CRITICISM_MEDIA = frozenset({"twitter", "facebook", "instagram", "tiktok", "youtube", "television", "tv", "radio",
                             "air", "media", "camera", "podcast", "floor", "stage", "blog", "x"})
CRITICISM_VENUES = frozenset({"speech", "interview", "statement", "op-ed", "editorial", "column", "tweet", "tweets",
                              "post", "posts", "letter", "article", "remarks", "address", "book", "memoir", "debate",
                              "session", "hearing", "parliament", "congress", "senate", "conference", "broadcast",
                              "sermon", "video", "message", "communique", "press"})
#: What one is attacked over or for in words: "over his proposal", "for his handling of".
CRITICISM_GROUNDS = ABSTRACT_TARGETS | {"handling", "stance", "failure", "refusal", "response", "role", "support",
                                        "views", "position", "leadership", "silence", "inaction", "remarks", "tweets",
                                        "comments", "vote", "votes", "choice", "approach", "ties", "record"}


def _criticism(verb: Any) -> bool:
    """'attacked Macron on Twitter over his proposal', 'attacked the governor for failing to ...'."""
    if not verb.lower_.startswith("attack"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "on" and any(o.lower_ in CRITICISM_MEDIA for o in objs):
            return True
        if prep.lower_ == "in" and any(o.lower_ in CRITICISM_VENUES for o in objs):
            return True
        if prep.lower_ in ("over", "for") and any(o.lower_ in CRITICISM_GROUNDS for o in objs):
            return True
        if prep.lower_ == "for" and any(g.dep_ == "pcomp" and g.lower_.endswith("ing") for g in prep.children):
            return True
    return False


def _figurative(verb: Any) -> bool:
    """A violent verb used for words or things: criticism ("harshly attacked the president") or an
    abstract target ("killed the bill", "attacked his record", "stocks were slaughtered")."""
    if any(c.dep_ == "advmod" and c.lower_ in CRITICISM_ADVERBS for c in verb.children) or _criticism(verb):
        return True
    if verb.lower_.startswith(("explod", "erupt")):
        # "the conflict that has exploded today", "the scandal erupted": nothing blew up
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in doers):
            doers = [verb.head]
        if doers and all(d.lower_ in ABSTRACT_SUBJECTS for d in doers):
            return True
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(targets) and all(t.lower_ in ABSTRACT_TARGETS or _figurative_attack(t) for t in targets)


def _figurative_attack(tok: Any) -> bool:
    """An attack noun of words or money: "a speculative attack on the baht", "attacks on the rights of
    the Tamil people"; also what is "fought off" when it is one."""
    if not tok.lower_.startswith("attack"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_ATTACK_KINDS for c in tok.children):
        return True
    ons = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return bool(ons) and all(g.lower_ in ABSTRACT_TARGETS for g in ons)


#: What is "set on fire" only in a figure of speech.
FIGURATIVE_FIRE_OBJECTS = frozenset({"world", "region", "continent", "country", "nation", "america", "europe",
                                     "africa", "asia", "heart", "hearts", "imagination", "stage", "internet",
                                     "market", "markets", "debate", "floor", "crowd", "audience", "league"})


def _figurative_fire(trigger: str, places: list[PlaceMention], start: int, end: int) -> bool:
    """"set ... on fire" whose object is a country, a region or an abstraction."""
    words = trigger.lower().split()
    if len(words) < 4:
        return False    # "set fire", "set ablaze": no object inside the trigger
    return any(w in FIGURATIVE_FIRE_OBJECTS for w in words) or any(
        start <= p.start < end and p.place.precision in ("country", "admin1") for p in places)


def _figurative_blast(tok: Any) -> bool:
    """A blast noun of something abstract: "this explosion of freedom", "an explosion of anger"."""
    return tok.lower_.startswith(("explosion", "eruption", "outburst")) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in ABSTRACT_SUBJECTS
                                                        for g in c.children) for c in tok.children)


#: Kinds of clash fought without arms ("a political confrontation", "a legal battle", "diplomatic clashes").
UNARMED_CLASH_WORDS = frozenset({"political", "verbal", "diplomatic", "legal", "ideological", "constitutional",
                                 "institutional", "electoral", "courtroom", "custody", "budget", "trade", "media",
                                 "parliamentary", "congressional", "rhetorical", "bureaucratic", "corporate"})
#: What "explodes" or "erupts" without a blast: a conflict, a crisis, a scandal.
ABSTRACT_SUBJECTS = frozenset({"conflict", "crisis", "situation", "scandal", "anger", "tension", "tensions",
                               "debate", "controversy", "row", "dispute", "fury", "outrage", "rivalry", "feud",
                               "market", "prices", "population", "demand", "freedom", "joy", "rage", "hatred",
                               "enthusiasm", "discontent", "violence", "protest", "protests", "creativity",
                               "growth", "hope", "emotion", "emotions", "popular", "jubilation", "euphoria",
                               "confrontation", "quarrel", "furor", "furore", "uproar", "polemic", "dispute"})
#: ", which is not true": the speaker's account before it is called false.
CALLED_FALSE_RE = re.compile(r",\s*which\s+(?:is|was)\s+(?:not\s+true|false|untrue|a\s+lie|incorrect|baseless|"
                             r"not\s+the\s+case)\b", re.IGNORECASE)
#: Words that make an event noun one that may happen, not one that did.
IRREALIS_MODIFIERS = frozenset({"possible", "potential", "imminent", "future", "eventual", "hypothetical",
                                "probable", "likely", "feared", "expected", "impending"})


def _in_case_of(tok: Any) -> bool:
    """"In case of an attack", "in the event of a clash": a condition, not a report."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of":
        return False
    head = of.head
    return head.head.lower_ == "in" and (
        head.lower_ == "case" and not any(c.dep_ == "det" for c in head.children)
        or head.lower_ == "event" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))


def _month_may(tok: Any) -> bool:
    """"KABUL, MAY 4 (REUTER) -": the month, lowered for the parser, read as a modal."""
    if tok.lower_ != "may":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    prv = tok.nbor(-1) if tok.i > 0 else None
    return (nxt is not None and nxt.like_num) or (prv is not None and prv.like_num)


def _planned_object(node: Any) -> bool:
    """Object of a plan or demand: "called for the withdrawal", "vowed revenge against" (not "tried for")."""
    return (node.dep_ == "pobj" and node.head.lower_ in ("against", "for")
            and (_plan_word(node.head.head.lower_) or node.head.lower_ == "for" and node.head.head.lower_ in (
                "provide", "provides", "provided", "providing"))   # "an accord providing for the withdrawal"
            and not node.head.head.lower_.startswith("tr"))


#: What one "fights" as a policy, not as an armed enemy.
ABSTRACT_FOES = frozenset({
    "extremism", "terrorism", "terror", "crime", "crimes", "corruption", "drug", "drugs", "trafficking",
    "traffic", "narcotics", "poverty", "disease", "inflation", "impunity", "violence", "radicalism",
    "radicalization", "fraud", "smuggling", "hunger", "racism", "discrimination", "climate", "fires", "virus",
})
ABSTRACT_HEADS = frozenset({"trafficking", "traffic", "trade", "use", "abuse", "problem", "scourge", "cartels"})
FIGHT_WORDS = ("fight", "battl", "combat", "war", "struggl", "offensive", "campaign")
#: What a movement fights for: its cause, not a battle ("fighting for autonomy", "a struggle for independence").
CAUSES = frozenset({
    "autonomy", "independence", "freedom", "liberty", "rights", "justice", "equality", "democracy", "liberation",
    "self-determination", "secession", "statehood", "sovereignty", "homeland", "recognition", "survival",
    "reforms", "reform", "dignity", "peace", "lives", "life", "compensation", "wages", "jobs"})


def _fight_against_abstraction(tok: Any) -> bool:
    """"Fighting Sunni extremism", "the battle against the drug traffic", "war on terror", "fighting for
    independence"."""
    if not tok.lower_.startswith(FIGHT_WORDS):
        return False
    for child in tok.children:
        target = None
        if child.dep_ == "dobj":
            target = child
        elif child.dep_ == "prep" and child.lower_ in ("against", "on"):
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "prep" and child.lower_ == "for" and any(
                g.dep_ == "pobj" and (g.lower_ in CAUSES or g.lower_ in ("state", "country", "nation") and any(
                    a.dep_ == "amod" and a.lower_ in ("independent", "separate", "free", "own") for a in g.children))
                for g in child.children):
            return True  # "the PKK, which is fighting for autonomy", "fighting for their lives", "for an independent state"
        if target is not None and (target.lower_ in ABSTRACT_FOES or target.lower_ in ABSTRACT_HEADS and any(
                c.dep_ == "compound" and c.lower_ in ABSTRACT_FOES for c in target.children)):
            return True  # "drug trafficking", not "drug traffickers"
    return False


DENIAL_STEMS = ("deni", "deny", "refut", "dismiss", "rebut", "disprov", "retract")
#: Nouns for an account of an event, which a denial or "false" makes not a report.
ACCOUNT_NOUNS = frozenset({
    "report", "reports", "rumor", "rumors", "rumour", "rumours", "claim", "claims", "allegation",
    "allegations", "accusation", "accusations", "version", "versions", "story", "stories", "charge", "charges",
})
FALSITY_WORDS = frozenset({"false", "unfounded", "baseless", "groundless", "untrue", "fabricated", "alleged", "hoax"})


def _denied(tok: Any, verb: Any) -> bool:
    """The clause is what a source denies or calls false: "denied (reports) that X was attacked".

    A denial of responsibility ("denied responsibility for the bombing") keeps the event: only a
    that-clause under the denial, or an account noun ("reports", "rumours") it governs, is negated.
    """
    if tok.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lower_ in FALSITY_WORDS for c in tok.head.children):
        return True  # "the reported kidnapping of the businessman was a hoax"
    for node in itertools.islice(tok.ancestors, 6):   # "denied a report that accused it of killing civilians"
        if node.lower_.startswith("accus") and node.dep_ in ("relcl", "acl") and node.head.lower_ in ACCOUNT_NOUNS \
                and node.head.head.lower_.startswith(DENIAL_STEMS):
            return True
    tok_is_verb = tok is verb
    while verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.lower_.endswith("ing"):
        # "denied that troops had attacked the village and killed 12", "... had bombed a camp, killing 30"
        if verb.head.i == verb.i:
            break
        verb = verb.head
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ == "ccomp" and head.lower_.startswith(DENIAL_STEMS) and (
            tok_is_verb or tok.dep_ in ("nsubj", "nsubjpass")
            and verb.lower_.startswith(("occur", "happen", "took", "take", "broke"))):
        return True  # "denied that troops killed three farmers" (not "denied that the delay is related to the murder")
    account = head if verb.dep_ in ("acl", "relcl", "ccomp") else None
    if account is None and verb.dep_ == "pobj" and head.lower_ == "of":
        account = head.head  # "the false report of the killing"
    if account is not None and account.lower_ in ACCOUNT_NOUNS and (
            account.head.lower_.startswith(DENIAL_STEMS)
            or any(c.lower_ in FALSITY_WORDS for c in account.children)
            or account.dep_ == "nsubj" and any(c.dep_ in ("acomp", "attr") and c.lower_ in FALSITY_WORDS
                                               for c in account.head.children)):
        return True  # "denied reports that", "the false report of", "the report that ... is unfounded"
    return False


def _clause_span(verb: Any, sent: Sentence) -> tuple[int, int]:
    """Character span (article offsets) of the clause the trigger's verb heads."""
    if verb.dep_ == "ROOT":
        return sent.start, sent.end
    left, right = verb.left_edge, verb.right_edge
    if left.like_num and left.i >= 1:
        # "Between 800 and 1,000 people were killed": the parser may hang the range's start elsewhere
        doc = left.doc
        if doc[left.i - 1].lower_ in ("between", "from"):
            left = doc[left.i - 1]
        elif left.i >= 3 and doc[left.i - 1].lower_ in ("and", "to", "-") and doc[left.i - 2].like_num \
                and doc[left.i - 3].lower_ in ("between", "from"):
            left = doc[left.i - 3]
    return sent.start + left.idx, sent.start + right.idx + len(right.text)


#: Conjunctions of a clause that tells another event as a time mark ("after the church met in Medellin").
_TIME_MARKS = frozenset({"after", "before", "since", "when", "until"})
#: Verbs whose "after" clause tells their cause, the same event ("died after he was shot in Cudahy").
_DEATH_VERBS = frozenset({"died", "dies", "die", "succumbed"})


def _conjoined_other_event(verb: Any, sent: Sentence, exprs: list[dates_mod.DateWindow],
                           window: dates_mod.DateWindow) -> int | None:
    """Where (article offset) a clause joined to the trigger's verb starts that tells another event, on its own
    other day or "elsewhere" ("... killing nine villagers, and security forces killed 11 rebels in clashes
    elsewhere in the region on Friday")."""
    for c in verb.children:
        if c.dep_ != "conj":
            continue
        lo, hi = _subtree_span(c, sent)
        own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        other_day = own_subject and any(lo <= sent.start + e.start < hi and e.start >= 0
                                        and (e.date_start, e.date_end) != (window.date_start, window.date_end)
                                        for e in exprs)
        # (not "shot and killed his two sons Friday morning": one act, whatever day the parse gave the first verb)
        if other_day or any(t.lower_ in ("elsewhere", "separately") for t in c.subtree):
            return lo
    return None


def _other_event_clauses(verb: Any, sent: Sentence) -> list[tuple[int, int]]:
    """Spans (article offsets) of the temporal clauses under the trigger's verb: "TWENTY YEARS AFTER THE
    CHURCH MET IN MEDELLIN, DEATH SQUADS IN EL SALVADOR HAVE MURDERED A PRIEST" happened in El Salvador."""
    if verb.lower_ in _DEATH_VERBS:
        return []
    return _marked_clauses(verb, sent, _TIME_MARKS)


def _misparsed_time_clause(tok: Any, verb: Any, sent: Sentence,
                           spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A long time clause opening the sentence that the parser took for the main clause, hanging the
    event's verb on it: its span (article offsets), when `spans` (the parsed clauses) miss it. (Not
    when the trigger is inside it: "Four weeks after a massacre in Wilkinsburg, police have a suspect".)"""
    m = _FRONTED_TIME_CLAUSE.search(sent.text)
    if m and verb.idx >= m.end() and tok.idx >= m.end() and not any(a <= sent.start + m.start(1) < b for a, b in spans):
        return sent.start + m.start(1), sent.start + m.end(1)
    return None


#: A time clause opening the sentence (after any dateline), up to its comma: "TWENTY YEARS AFTER THE CHURCH
#: MET IN MEDELLIN, ...".
_FRONTED_TIME_CLAUSE = re.compile(
    r"(?i)(?:^|--\s*(?:\[text\]\s*)?)((?:[\w-]+\s+(?:years?|months?|weeks?|days?)\s+)?(?:after|before|since|until)"
    r"\s+(?:the|a|an|his|her|their|its)\s+[^,;]{3,160}?),\s")


#: What a protest is held against: "rallied ... to protest the killing of four students at Kent State",
#: "DEMONSTRATED ... AGAINST THE MURDER OF SIX JESUITS", "marched in protest at the shooting".
_PURPOSE_STEMS = ("protest", "denounc", "condemn", "decr", "mourn", "demand", "demonstrat", "commemorat")
_AGAINST_PREPS = frozenset({"against", "over", "at"})


def _protested_objects(verb: Any) -> list[Any]:
    """Heads of what the protest told by `verb` is against; its figures and places are that event's."""
    out = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.lower_.startswith(_PURPOSE_STEMS):
            out += [d for d in c.children if d.dep_ == "dobj"]
            out += [g for d in c.children if d.dep_ == "prep" and d.lower_ in _AGAINST_PREPS
                    for g in d.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in ("against", "over"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "in":
            # "marched in protest at the shooting"
            out += [h for g in c.children if g.dep_ == "pobj" and g.lower_ == "protest"
                    for d in g.children if d.dep_ == "prep" and d.lower_ in _AGAINST_PREPS
                    for h in d.children if h.dep_ == "pobj"]
    return out


def _protested_spans(doc: Any, sent: Sentence, triggers: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans (article offsets) of what the sentence's protests, rallies and riots are held against."""
    out = []
    violent = [sent.start + t[0] for t in triggers if t[2] in lexicon.VIOLENT]
    for t_start, _, etype in triggers:
        if etype in lexicon.SETTING_TYPES and etype != "arrest" and (tok := _token_at(doc, t_start)) is not None:
            spans = [_subtree_span(o, sent) for o in _protested_objects(_governing_verb(tok))]
            # (only a violent event's: "march against Trump's immigration order at Miami International Airport"
            # keeps its place, however the parse attaches it)
            out += [(lo, hi) for lo, hi in spans if any(lo <= v < hi for v in violent)]
    return out


def _juxtaposed_clauses(verb: Any, sent: Sentence) -> list[tuple[int, int]]:
    """Spans (article offsets) of what an event is set beside: "The ambush came as negotiators met in
    Manila", "the attack comes as talks open in Geneva": another happening, elsewhere."""
    if verb.lower_ not in _CAME:
        return []
    return _marked_clauses(verb, sent, ("as", "while", "when"))


def _dated_outside(window: dates_mod.DateWindow, exprs: list[dates_mod.DateWindow], spans: list[tuple[int, int]],
                   t_start: int, context: dates_mod.DateWindow | None, anchor: dt.date
                   ) -> tuple[dates_mod.DateWindow, list[dates_mod.DateWindow]]:
    """The trigger's date and the date expressions left when those inside `spans` (sentence offsets) date
    something else: the nearest one left, else the context."""
    kept = [e for e in exprs if not any(lo <= e.start < hi for lo, hi in spans)]
    if any(lo <= window.start < hi for lo, hi in spans):
        window = min(kept, key=lambda e: abs(e.start - t_start)) if kept else \
            context or dates_mod.publication_window(anchor)
    return window, kept


def _amid_spans(verb: Any, sent: Sentence) -> list[tuple[int, int]]:
    """"The attack comes amid growing friction ... over Kismayu, where Kenyan troops helped install a regional
    administration last month": spans (article offsets) of a setting, whose places and dates are not the
    event's."""
    if verb.lower_ not in _CAME:
        return []
    return [_subtree_span(c, sent) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("amid", "amidst")]


#: "The attack came as ...", "comes amid ...": the verb that sets an event beside another happening.
_CAME = frozenset({"came", "comes", "come", "coming"})


#: Cues that put a recalled event at a place ("killed in the border town"), not where its effects went
#: ("mobility into Syria").
_EARLIER_SCENE_CUES = frozenset({"in", "near", "at", "outside", "around", "inside", "outskirts", "target", "of"})
#: A sentence that sums up: "IN ALL, 31 PEOPLE DIED ...", "Altogether, 40 people were killed". With
#: `_SUMMED_OVER` it sums several events told ("in political violence over the weekend", "across the
#: country"); without, one event's victims ("In all, six people were shot").
SUMMED_UP_RE = re.compile(r"(?i)\s*(?:in\s+all|altogether|in\s+total|all\s+told|all\s+in\s+all)\s*,")
_SUMMED_OVER = re.compile(
    r"(?i)\b(?:(?:over|during|throughout)\s+the\s+(?:weekend|week|month|holidays?|past\s+\w+)|"
    r"across\s+the\s+(?:country|nation|state|province|region|city)|nationwide|countrywide|"
    r"in\s+(?:political|sectarian|ethnic|communal|separate|several|various|other)\s+"
    r"(?:violence|attacks|incidents|clashes|shootings|bombings))\b")


def _recalled_interval(verb: Any) -> tuple[str, int | None] | None:
    """The interval before the news of an event told as the earlier one it is measured from: "The attacks
    came two weeks after a truck bomb killed more than 350 people" -> ("week", 2), "the raid comes days
    after gunmen killed 12" -> ("day", None); None for any other clause. That event is not the news (and
    its toll is not the news event's). Without an interval ("The attack came after gunmen opened fire on
    a bus") the clause may tell the event itself."""
    if verb.dep_ != "advcl" or verb.head.lower_ not in ("came", "comes", "come", "coming"):
        return None
    mark = next((g for g in verb.children if g.dep_ == "mark" and g.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    n = next((n for n in itertools.chain(mark.children, verb.head.children)
              if n.dep_ == "npadvmod" and n.lower_.rstrip("s") in ("day", "week", "month", "year")), None)
    if n is None:
        return None
    counts = [c for c in n.children if c.dep_ in ("nummod", "det") and c.i < n.i]
    count = dates_mod.interval_count(counts[0].text) if counts else None
    if count is None and not n.lower_.endswith("s"):
        count = 1   # "a day after"
    return n.lower_.rstrip("s"), count


def _opened_by(node: Any, marks: Collection[str]) -> bool:
    """The clause `node` heads is opened by one of `marks` ("since the plane was shot down": "since")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in node.children)


def _marked_clauses(verb: Any, sent: Sentence, marks: Collection[str]) -> list[tuple[int, int]]:
    """Spans (article offsets) of the adverbial clauses under `verb` opened by one of `marks`."""
    return [_subtree_span(c, sent) for c in verb.children if c.dep_ == "advcl" and _opened_by(c, marks)]


def _subtree_span(tok: Any, sent: Sentence) -> tuple[int, int]:
    """Span (article offsets) of everything `tok` heads in the parse of `sent`."""
    return sent.start + tok.left_edge.idx, sent.start + tok.right_edge.idx + len(tok.right_edge.text)


def _np_span(tok: Any, max_tokens: int = 8) -> tuple[int, int]:
    """Character span (in the parsed sentence) of a noun phrase, at most `max_tokens` long."""
    toks = list(tok.subtree)
    if len(toks) > max_tokens:
        toks = [t for t in toks if t.i <= tok.i][-max_tokens:]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


#: A wire dateline at the start of a sentence: "DILI, East Timor (AP) - ", "PARIS — ", "LONDONDERRY,
#: NORTHERN IRELAND (UPI) -- ", "MOGADISHU, June 8 (Reuters) - ", "BEIRUT, 22 NOV 85 (REUTER) -- [TEXT] ".
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z.'\- ]*[A-Z.](?:,\s*[A-Z0-9][A-Za-z0-9.'\- ]*)*\s*(?:\([^()]{1,40}\)\s*)?"
                            r"(?:--|\u2014|\u2013|-)\s+(?:\[[^\[\]]{1,40}\]\s*)*")


#: Nouns that name an event, never who took part in it.
EVENT_NOUNS = frozenset({
    "shelling", "fighting", "bombing", "bombings", "shooting", "shootings", "attack", "attacks", "explosion",
    "explosions", "blast", "blasts", "violence", "clash", "clashes", "incident", "ambush", "raid", "raids",
    "assault", "battle", "massacre", "killing", "killings", "gunfire", "unrest", "riot", "riots", "protest",
    "protests", "demonstration", "demonstrations", "offensive", "bombardment", "airstrike", "airstrikes",
    "strike", "strikes", "incursion", "siege", "uprising", "seizure", "takeover", "capture", "parade", "parades",
    "rally", "rallies", "operation", "operations", "battles", "ambushes", "assaults", "massacres", "murder",
    "murders", "slaying", "slayings", "assassination", "assassinations", "homicide", "homicides", "death",
    "deaths", "kidnapping", "kidnappings", "abduction", "abductions", "skirmish", "skirmishes"})


#: Verbs whose subject is what the event happened to (the parse has no lemmas: forms are listed).
_VICTIM_SUBJECT_VERBS = frozenset({"die", "dies", "died", "dying", "perish", "perished", "perishes",
                                   "succumb", "succumbed", "succumbs"})


def _actors(verb: Any, original: str, sent: Sentence) -> tuple[str | None, str | None]:
    a1 = a2 = None
    dateline = _DATELINE_HEAD.match(original, sent.start, sent.end)
    head_end = dateline.end() - sent.start if dateline is not None else 0
    for child in verb.children:
        if child.dep_ == "nsubj" and verb.lower_ in _VICTIM_SUBJECT_VERBS and a2 is None:
            a2 = child      # "Russell died Friday": who died is the target, not who acted
        elif child.dep_ == "nsubj" and a1 is None and child.idx >= head_end:
            # ("SARAJEVO, Bosnia (Reuters) - Serb gunners shelled": the parser may give the verb both)
            a1 = child
        elif child.dep_ in ("dobj", "nsubjpass") and a2 is None:
            a2 = child
        elif child.dep_ == "agent":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    a1 = gc

    def text(t: Any) -> str | None:
        """The actor as written in the article (original case, original spacing)."""
        if t is None or t.lower_ in PRONOUNS or (t.like_num and t.n_lefts + t.n_rights == 0):
            return None     # (a bare number is a count of victims: "12 were killed and 78 wounded")
        if t.lower_ in EVENT_NOUNS:
            return None     # "The shelling began late on Wednesday": the event, not who did it
        lo, hi = _np_span(t)
        start, end = sent.start + lo, sent.start + hi
        if dateline is not None and start < dateline.end():
            start = dateline.end()     # "DILI, East Timor (AP) - ...": the parser may take the dateline
        if start >= end:               # for a subject
            return None
        return original[start:end].strip() or None

    return text(a1), text(a2)


# ----------------------------------------------------------------------------- main entry

@dataclass
class Resources:
    """What extraction needs, loaded once per worker process."""

    nlp: Any
    gazetteer: Gazetteer
    max_sentence_chars: int = 1500
    #: Mentions dated more than this many days before publication are background (history, anniversaries):
    #: they may join an event the article reports, never start one.
    background_after_days: int = 3650


class ArticleTimeout(RuntimeError):
    """An article took longer than its extraction budget."""


def extract_events(article: dict[str, Any], res: Resources,
                   deadline: float | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Event rows and mention rows for one validated article (dates as ISO strings).

    `deadline` is a ``time.monotonic()`` value; past it the article is abandoned
    with ArticleTimeout (checked between sentences, so no thread is left running).
    The two phases are public so a caller can parse the candidate sentences of several
    articles in one ``nlp.pipe`` call (``pipeline.resources.extract_batch``).
    """
    prep = prepare_article(article, res)
    if not prep.candidates:
        return [], []
    return finish_article(prep, res.nlp.pipe(prep.texts, batch_size=PARSE_BATCH_SIZE), res, deadline)


@dataclass
class PreparedArticle:
    """Phase 1 of extraction: the article's sentences and the candidate sentences to parse."""

    article: dict[str, Any]
    text: str
    anchor: dt.date
    sentences: list[Sentence]
    #: (sentence index, sentence) of the sentences holding a trigger word: the only ones parsed.
    candidates: list[tuple[int, Sentence]]
    #: What spaCy parses, one text per candidate (the parse view: ALL-CAPS text lowered).
    texts: list[str]


def prepare_article(article: dict[str, Any], res: Resources) -> PreparedArticle:
    """Split sentences and pick the candidates (cheap; no parsing)."""
    text: str = article["text"]
    anchor = dt.date.fromisoformat(article["published"])
    sentences = split_sentences(text, res.max_sentence_chars)
    links = link_spans(text)     # "RELATED: 2 killed in ..." heads another story
    candidates = [(i, s) for i, s in enumerate(sentences) if lexicon.has_trigger(s.text)
                  and not any(a <= s.start and s.end <= b for a, b in links)]
    view = parse_view(text) if candidates else text
    return PreparedArticle(article, text, anchor, sentences, candidates, [view[s.start:s.end] for _, s in candidates])


def finish_article(prep: PreparedArticle, docs: Iterable[Any], res: Resources,
                   deadline: float | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Phase 2: event and mention rows from the parsed candidates (`docs`: one spaCy Doc per
    ``prep.texts`` entry, in order; may be lazy, as the deadline is checked between sentences)."""
    article, text, anchor, sentences, candidates = prep.article, prep.text, prep.anchor, prep.sentences, prep.candidates
    if not candidates:
        return [], []
    focus: dict[str, str] = {}
    places = find_places(text, res.gazetteer, focus)

    # Date context: the lead's date, then the latest date expression of the paragraph.
    dateline_day = dates_mod.dateline_date(text, anchor)
    anchor = dates_mod.writing_day(text, anchor, dateline_day)
    cache = _ArticleCache(text, anchor, res.background_after_days)
    lead_date = _lead_date(sentences[:3], cache, dateline_day)
    cache.mask_dateline_date(sentences, dateline_day)
    dateline_place = _dateline_place(places, sentences)
    article_place = _dominant_place(places) or _focus_country(places, res.gazetteer, focus.get("country"))
    para_dates: dict[int, dates_mod.DateWindow] = {}
    incident_time: dates_mod.DateWindow | None = None
    cand_iter = iter(zip(candidates, docs))
    next_cand = next(cand_iter, None)
    mentions: list[Mention] = []
    order = 0
    triggers_of = {i: lexicon.find_triggers(s.text) for i, s in candidates}
    article_violent = any(
        t[2] in lexicon.VIOLENT for ts in triggers_of.values() for t in ts
        if t[2] not in lexicon.GENERIC or t[2] == "shooting")
    for idx, sent in enumerate(sentences):
        if deadline is not None and time.monotonic() > deadline:
            raise ArticleTimeout(f"extraction exceeded its time budget at sentence {idx} of {len(sentences)}")
        exprs = cache.expressions(sent.text)
        context = para_dates.get(sent.paragraph) or lead_date
        sent_mentions: list[Mention] = []
        if next_cand is not None and next_cand[0][0] == idx:
            doc = next_cand[1]
            next_cand = next(cand_iter, None)
            sent_mentions = _sentence_mentions(sent, doc, cache, context, places, exprs, order,
                                               triggers_of[idx], article_violent)
            if sent_mentions:
                _fill_place_fallback(sent_mentions, sentences, idx, places, dateline_place, article_place)
            mentions.extend(sent_mentions)
            order += len(sent_mentions)
        past = [e for e in exprs if e.date_start <= anchor]
        if past:  # a plan ("elections planned for 12 November") sets no context for reports
            # when events were told, not when someone spoke ("..., officials said Saturday. A day
            # earlier, ..." counts from the attack's day)
            told = [e for e in past if e.start < 0 or not dates_mod.said_before(sent.text, e.start)]
            told = [e for e in told if not dates_mod.yardstick(sent.text, e, anchor)] or told
            para_dates[sent.paragraph] = (told or past)[-1]
            # (not "The assault began with a bombardment on the night of 3-4 February in which more than 200
            # people were killed": a sentence with a toll of its own tells another, earlier event)
            if incident_time is None and INCIDENT_TIME_RE.search(sent.text) and not any(
                    not m.weak and (m.casualties.killed is not None or m.casualties.wounded is not None)
                    for m in sent_mentions):
                incident_time = past[0]

    events = _merge_mentions(mentions, anchor)
    for ev in events:
        ev.incident_time = incident_time
    return _rows(article, events, text)


#: A sentence telling when the incident happened, with no trigger of its own needed: "It happened
#: late Tuesday night at a home on Patuou Drive" (not "the murder ... that took place in July": a
#: relative clause tells of another event), "Deputies responded around 5 p.m. Oct. 11 to a
#: home", "police got a 911 call Saturday morning", "THE INCIDENT OCCURRED ON 12 JANUARY".
INCIDENT_TIME_RE = re.compile(
    r"(?:(?:^\s*|\bsaid\s+|\bsays\s+|,\s*)(?:it|this|the\s+(?:incident|call|altercation|confrontation|dispute|"
    r"argument))\s+(?:\w+\s+){0,2}?(?:happened|occurred|took\s+place|unfolded)\b"
    r"|\b(?:police|deput(?:y|ies)|officers?|troopers?|authorities|crews|firefighters|paramedics|medics|units|"
    r"agents)\s+(?:\S+\s+){0,8}?(?:responded|were\s+(?:called|dispatched|summoned|sent)|arrived|"
    r"(?:got|received)\s+(?:a|the)\s+(?:911\s+)?call)\b"
    # the lead's actors or act named again, with when they came: "THE GUERRILLAS ENTERED THE VILLAGE ON
    # SUNDAY", "The strike hit Togoga on Tuesday", "The raid began shortly after midnight on Friday"
    r"|^\s*the\s+(?:guerrillas|gunmen|attackers|assailants|rebels|militants|insurgents|fighters|raiders|"
    r"soldiers|troops|killers|strike|raid|assault|ambush|blast|explosion|violence|fighting|clashes)\s+"
    r"(?:\w+\s+){0,2}?(?:entered|hit|struck|came|began|started|erupted|broke\s+out|arrived|stormed|"
    r"swept\s+into|descended\s+on|targeted)\b)", re.IGNORECASE)


def _crowd_event_hurt(events: list[Event], m: Mention) -> Event | None:
    """"Thousands marched through Santiago on Tuesday. Police said 40 officers were injured.": harm
    told with no act of its own, after a protest or riot and no other event, is that crowd's."""
    if m.etype not in lexicon.GENERIC or m.trigger.lower() not in HARM_WORDS or m.date_own or m.place_own:
        return None
    if len(events) != 1 or events[0].etype not in ("protest", "riot"):
        return None
    return events[0] if _windows_near(events[0].window(), m.window, days=1) else None


def _nearest_first(events: list[Event], m: Mention) -> list[Event]:
    """The events a mention may join, in the order to try them: a mention with neither a date nor a place
    of its own ("Seven civilians were killed and 4 wounded, a local official said") tries first the event
    told last before it, the one it goes on telling."""
    if m.date_own or m.place_own or len(events) < 2:
        return events
    # (in a sentence that tells two events, the one it reports, not the one only named: "The ambush came three
    # days after a grenade was thrown into a movie house, wounding nine. No one was killed.")
    before = [(max((o.order, not o.weak) for o in told), ev) for ev in events
              if (told := [o for o in ev.mentions if o.order <= m.order])]
    if not before:
        return events
    last = max(before, key=lambda pair: pair[0])[1]
    return [last] + [ev for ev in events if ev is not last]


def _merge_mentions(mentions: list[Mention], published: dt.date | None = None) -> list[Event]:
    """Group the article's mentions into events; weak mentions only join an event told elsewhere,
    and a victim's later death joins the attack that caused it."""
    events: list[Event] = []
    for m in mentions:
        if m.weak or m.aftermath:
            continue
        for ev in _nearest_first(events, m):
            if _can_merge(ev, m):
                ev.mentions.append(m)
                break
        else:
            crowd = _crowd_event_hurt(events, m)
            if crowd is not None:
                crowd.mentions.append(dataclasses.replace(m, etype=crowd.etype))
            else:
                events.append(Event([m], published=published))
    for m in mentions:
        if m.aftermath and not m.weak:
            # (no attack told: the victim's story of one sentence stays one event, "a boy who was shot
            # Saturday died Monday")
            target = _aftermath_target(events, m) or next(
                (ev for ev in events if all(o.aftermath for o in ev.mentions)
                 and (_can_merge(ev, m) or any(o.sentence is m.sentence for o in ev.mentions))), None)
            if target is not None:
                target.mentions.append(m)
            else:
                events.append(Event([m], published=published))
    if not events:
        # an article that only reacts to one event ("condemned the murder of two missionaries"):
        # its first reference stands for it
        named = [m for m in mentions if m.reference]
        if named:
            events.append(Event([named[0]], published=published))
    for m in mentions:
        if m.weak:
            for ev in (_nearest_first(events, m) if _zero_figures(m) else events):   # "No casualties were reported.", "NO ONE WAS KILLED."
                if _can_merge(ev, m):
                    ev.mentions.append(m)
                    break
    for ev in events:
        ev.mentions.sort(key=lambda m: (m.weak, m.aftermath, m.order))
    return events


#: A victim can die weeks after the attack ("taken off life support"); later deaths are other events.
AFTERMATH_MAX_DAYS = 60


def _aftermath_target(events: list[Event], m: Mention) -> Event | None:
    """The attack a victim's later death belongs to: a violent event of the article dated on or before
    the death (within `AFTERMATH_MAX_DAYS`) in the same country, even if the victim died in another
    town (the hospital's); of several, the one told last before the death."""
    cands = []
    for ev in events:
        if ev.etype not in lexicon.VIOLENT or all(o.aftermath for o in ev.mentions):
            continue
        w = ev.window()
        if m.date_own and "publication" not in (w.precision, m.window.precision) and (
                w.date_start > m.window.date_end
                or (m.window.date_start - w.date_end).days > AFTERMATH_MAX_DAYS):
            continue
        pe, pm = ev.place(), m.place
        if pe is not None and pm is not None and pe.place.country_code and pm.place.country_code \
                and pe.place.country_code != pm.place.country_code and pm.role != "offfocus":
            continue     # (an off-focus place, "Piedmont Henry Hospital" read as Italy's Piedmont, says little)
        cands.append(ev)
    if not cands:
        return None
    # the attack told last before the death ("... was shot Monday. He died last night."), else the first
    told_before = [(max(o.order for o in ev.mentions if o.order < m.order), i)
                   for i, ev in enumerate(cands) if any(o.order < m.order for o in ev.mentions)]
    return cands[max(told_before)[1]] if told_before else cands[0]


def _lead_date(lead: list[Sentence], cache: "_ArticleCache",
               dateline_day: dates_mod.DateWindow | None) -> dates_mod.DateWindow | None:
    tolls: set[int] = set()
    for s in lead:
        # ("... where more than 100 people have died of the virus since August": a period, not the lead's day)
        exprs = [e for e in cache.expressions(s.text) if e.date_start <= cache.anchor
                 and not dates_mod.yardstick(s.text, e, cache.anchor) and not e.text.lower().startswith("since ")]
        # ("ALGIERS, 31 AUG 97 (AFP) -- ARMED MEN KILLED 60 VILLAGERS ... DURING THE NIGHT OF THE 28TH": the
        # lead's own date, not the filing day, which counts only where the lead has no other)
        exprs = [e for e in exprs if dateline_day is None or s.start + e.start != dateline_day.start] or exprs
        if exprs and not tolls:
            return exprs[0]
        killed = cache.casualties(s.start, s.end).killed
        toll = killed.best if killed is not None else None
        if exprs and not (toll and toll not in tolls):
            return exprs[0]
        # (a later lead sentence with another toll, "The assault began with a bombardment on the night of 3-4
        # February in which more than 200 people were killed", tells an earlier event, not the lead's day)
        if toll:
            tolls.add(toll)
    return dateline_day




def _dateline_place(places: list[PlaceMention], sentences: list[Sentence]) -> PlaceMention | None:
    """A place at the very start of the article ('CLIFTON, Colo. -', 'SAN SALVADOR, 3 JAN 90 --')."""
    if not places or not sentences:
        return None
    first = places[0]
    if first.start <= sentences[0].start + 2 and first.role != "offfocus":
        return first     # an "offfocus" dateline is a bureau abroad ("TEGUCIGALPA" on a Salvadoran story)
    return None


#: Places that never stand for the article's scene: off its focus, where people fled to, where a story was
#: told from, a small namesake abroad nothing supports. (A victim's home town or hospital is often near the
#: scene: they may.)
_NO_FALLBACK_ROLES = ("offfocus", "destination", "origin", "source", "stray")


def _dominant_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The town most of the article's town mentions name, if one clearly dominates.

    A town in a country the article names less often than another is none: a Salvadoran story
    that twice names Washington ("CONGRESS IN WASHINGTON", "THE AMERICAN CAPITAL") and El Salvador
    five times is not set there."""
    usable = [p for p in places if p.role not in _NO_FALLBACK_ROLES]
    towns = [p for p in usable if p.place.precision == "place"]
    if not towns:
        return None
    counts: dict[Any, int] = {}
    for p in towns:
        counts[p.place.geonameid or p.place.name] = counts.get(p.place.geonameid or p.place.name, 0) + 1
    key, n = max(counts.items(), key=lambda kv: kv[1])
    if n * 2 > len(towns):
        town = next(p for p in towns if (p.place.geonameid or p.place.name) == key)
        per_country = collections.Counter(p.place.country_code for p in usable if p.place.country_code)
        if per_country and per_country[town.place.country_code] < max(per_country.values()):
            return None
        return town
    return None


class _ArticleCache:
    """Per-article memo of date expressions and casualty counts (clauses repeat across triggers)."""

    def __init__(self, text: str, anchor: dt.date, background_after_days: int) -> None:
        self.text, self.anchor = text, anchor
        self.background_before = anchor - dt.timedelta(days=background_after_days)
        self.sports = lexicon.sports_story(text)
        self._exprs: dict[str, list[dates_mod.DateWindow]] = {}
        self._counts: dict[tuple[int, int], Casualties] = {}
        self._resolved: dict[tuple[str, int, Any], dates_mod.DateWindow] = {}
        self._masked: dict[str, str] = {}
        #: sentence text -> (start, end) of the dateline's filing day inside it
        self.dateline_day_at: dict[str, tuple[int, int]] = {}

    def mask_dateline_date(self, sentences: list[Sentence], day: dates_mod.DateWindow | None) -> None:
        """'KABUL, March 14 (Reuters) - ... late on Wednesday': the filing day heads the first sentence
        but is not the date it tells, so the event's date is chosen with it blanked. The sentence's
        expressions, memoised for the lead date before this is called, keep it: a lead with no other
        date still counts as dated (blanking those too cost MUC 0.4 incident articles and 1.9 injuries)."""
        first = next((s for s in sentences if s.start <= day.start < s.end), None) if day is not None else None
        if first is not None:
            lo, hi = day.start - first.start, day.end - first.start
            self._masked[first.text] = first.text[:lo] + " " * (hi - lo) + first.text[hi:]
            self.dateline_day_at[first.text] = (lo, hi)

    def expressions(self, sentence: str) -> list[dates_mod.DateWindow]:
        if sentence not in self._exprs:
            text = self._masked.get(sentence, sentence)
            self._exprs[sentence] = [e for e in dates_mod.find_time_expressions(text, self.anchor)
                                     if e.precision != "publication" and not dates_mod.names_scheduled_event(text, e)
                                     and not dates_mod.period_start(text, e, self.anchor)]
        return self._exprs[sentence]

    def casualties(self, start: int, end: int) -> Casualties:
        key = (start, end)
        if key not in self._counts:
            self._counts[key] = extract_casualties(self.text, start, end)
        return self._counts[key]

    def event_date(self, sentence: str, trigger: int, context: dates_mod.DateWindow | None) -> dates_mod.DateWindow:
        exprs = self.expressions(sentence)
        if not exprs and context is not None:
            return dates_mod.narrated_shift(sentence, context, trigger, self.anchor) or context
        key = (sentence, trigger, context)
        if key not in self._resolved:
            self._resolved[key] = dates_mod.resolve_event_date(self._masked.get(sentence, sentence), self.anchor,
                                                               trigger, context)
        return self._resolved[key]


def _focus_country(places: list[PlaceMention], gaz: Gazetteer, voted: str | None = None) -> PlaceMention | None:
    """The region (admin1) or else the country most of the article's places lie in, as a fallback:
    "Wagoner County ... Broken Arrow ... Tulsa" with no dominant town still says Oklahoma. A story that
    names no usable place falls back on the `voted` focus country of its demonyms and dateline
    ("CLANDESTINE -- ... THE SALVADORAN PEOPLE ... THE MURDER OF ...")."""
    places = [p for p in places if p.role not in _NO_FALLBACK_ROLES]
    counts: dict[str, int] = {}
    for p in places:
        if p.place.country_code:
            counts[p.place.country_code] = counts.get(p.place.country_code, 0) + 1
    if not counts:
        country = gaz.country_place(voted) if voted else None
        return PlaceMention("", 0, 0, country, "focus") if country is not None else None
    cc, n = max(counts.items(), key=lambda kv: kv[1])
    if n * 2 <= sum(counts.values()):
        return None
    a1_counts: dict[str, int] = {}
    for p in places:
        if p.place.country_code == cc and p.place.admin1_code:
            a1_counts[p.place.admin1_code] = a1_counts.get(p.place.admin1_code, 0) + 1
    if a1_counts:
        a1, k = max(a1_counts.items(), key=lambda kv: kv[1])
        region = gaz.admin1_place(a1) if k * 2 > n else None
        if region is not None:
            first = next(p for p in places if p.place.admin1_code == a1)
            return PlaceMention(first.text, first.start, first.end, region, "focus")
    first = next(p for p in places if p.place.country_code == cc)
    country = gaz.country_place(cc)
    return PlaceMention(first.text, first.start, first.end, country, "focus") if country is not None else None


def _sentence_mentions(sent: Sentence, doc: Any, cache: _ArticleCache,
                       context: dates_mod.DateWindow | None, places: list[PlaceMention],
                       exprs: list[dates_mod.DateWindow], order: int,
                       triggers: list[tuple[int, int, str]], article_violent: bool = False) -> list[Mention]:
    text = cache.text
    out: list[Mention] = []
    used_counts = False
    if sent.text.rstrip().endswith("?"):
        return out  # questions report nothing
    if any(t[2] == "arrest" for t in triggers):
        # "police arrested 14 in a raid": a security-force raid is part of the arrest, not an attack
        triggers = [t for t in triggers if not (t[2] == "attack" and sent.text[t[0]:t[1]].lower().startswith("raid"))]
    violent_here = any(t[2] in lexicon.VIOLENT for t in triggers)
    words = [sent.text[t[0]:t[1]].lower() for t in triggers]
    aftermath = all(w in AFTERMATH_WORDS for w in words) and bool(AFTERMATH_VERB_RE.search(sent.text)) \
        or all(w in CARE_WORDS for w in words) and bool(CARE_RE.search(sent.text))
    followup_death = not aftermath and bool(FOLLOWUP_DEATH_RE.search(sent.text))
    toll_rise = TOLL_RISE_RE.search(sent.text)
    separate = bool(SEPARATE_RE.match(text, sent.start))
    deaths_by_accident = any(t[2] in ACCIDENT_PRONE for t in triggers) and (
        _accident(sent.text) or _harm_after_a_disaster(text, sent, words))
    # "marines stormed a beach as NATO staged its largest exercise": a drill, when nobody is hurt
    drill = not any(w in HARM_WORDS for w in words) and bool(EXERCISE_RE.search(sent.text))
    no_harm = bool(NO_HARM_SENTENCE.match(sent.text))
    # "BUENOS AIRES, 30 MAY 89 (NA) -- A DEVICE HAS EXPLODED ON A DOWNTOWN CORNER": the dateline dates
    # and places what the lead tells, though the clause names neither
    dateline = _DATELINE_HEAD.match(text, sent.start, sent.end)
    wire_lead = dateline is not None \
        and len(re.split(r"[,(\u2014\u2013-]", dateline.group(), maxsplit=1)[0].split()) <= 3
    # "120 people have been killed since the protests began": a running total, no event of its own
    # (not "killed since the clashes erupted on Monday": this week's fighting, the event's own count)
    since = dates_mod.PERIOD_START_RE.search(sent.text)
    running_total = since is not None and not SINCE_THIS_WEEK.match(sent.text.lower(), since.end())
    summed_up = bool(SUMMED_UP_RE.match(sent.text)) and bool(_SUMMED_OVER.search(sent.text))
    # "The attacks came two weeks after a truck bomb killed more than 350 people": an earlier event, its
    # span (article offsets) and how long before the news it was
    recalled = next(((t, interval) for t in doc if (interval := _recalled_interval(t)) is not None), None)
    recalled_lo, recalled_hi = _subtree_span(recalled[0], sent) if recalled is not None else (-1, -1)
    # "killed four on Wednesday, two days after a car bomb killed 12": two events, two counts
    rel = dates_mod.RELATIVE_EVENT_RE.search(sent.text)
    yardsticks = _yardstick_spans(doc, exprs, cache.anchor) if "since" in sent.text.lower() else []
    anniversary = _anniversary_in(doc) if "anniversar" in sent.text.lower() else None
    protested = _protested_spans(doc, sent, triggers)
    for t_start, t_end, etype in triggers:
        tok = _token_at(doc, t_start)
        if tok is None:
            continue
        verb = _governing_verb(tok)
        zero_report = no_harm and etype in lexicon.GENERIC
        if not _is_asserted(tok, verb, etype in lexicon.VIOLENT) and not zero_report and not (
                etype in lexicon.VIOLENT and _dated_time_reference(tok, exprs, doc, t_end)):
            continue
        if etype == "airstrike" and tok.lower_ == "strafed" and any(
                c.dep_ == "nsubj" and c.lower_ in GROUND_SHOOTERS for c in tok.children):
            etype = "shooting"  # "GUNMEN STRAFED A HOUSE": fire from the ground
        if etype in _AIR_RETYPED and (verb is tok or tok.lower_ in lexicon.WEAPON_WORDS) and _flown_by_aircraft(verb):
            # "warplanes bombed the town", "jets raided", "helicopter gunships attacked", "attack
            # helicopters fired rockets at rebel positions"
            etype = "airstrike"
        if etype == "rally" and any(c.dep_ == "nsubj" and c.lower_ in PROTESTERS for c in verb.children):
            etype = "protest"  # "Protesters also rallied in Homs": the protest, told again
        if etype == "rally" and verb is tok and any(
                c.dep_ in ("advcl", "xcomp") and c.lower_.startswith(("protest", "demonstrat", "denounc", "demand"))
                for c in verb.children):
            etype = "protest"  # "1,000 people rallied near the Kremlin to protest against the war": one protest
        if etype == "territory_seized" and tok.lower_ in ENTRY_VERBS and not _armed_entry(tok, verb, places, sent.start):
            continue  # not "the president entered Seoul", "the ship entered port", "troops entered the university"
        if etype == "bombing" and verb is tok and tok.lower_.startswith(("explod", "landed")) and any(
                c.dep_ == "nsubj" and c.lower_ in SHELL_NOUNS for c in verb.children):
            etype = "shelling"  # "a mortar shell exploded in a crowded market": fired, not planted
        if etype == "armed_clash" and (_with_protesters(tok if tok is not verb else verb) or any(
                t[2] == "riot" and any(lo <= sent.start + t[0] < hi for lo, hi in (
                    _subtree_span(c, sent) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")))
                for t in triggers)):
            # "police clashed with protesters", "stone-throwing youths clashed with troops": a protest turned
            # violent, not a battle
            etype = "riot"
        if sent.text[t_start:t_end].lower() in lexicon.WEAPON_WORDS and not _used_in_attack(tok, verb):
            continue  # weapons found, seized or handed in
        if sent.text[t_start:t_end].lower().startswith(("blew", "blown", "blowing")) \
                and not _BLAST_CONTEXT.search(sent.text):
            continue  # "the deal blew up": nothing exploded
        if cache.sports and etype in lexicon.VIOLENT and not lexicon.REAL_VIOLENCE.search(sent.text):
            continue  # "Kaizer Chiefs launched an all-out assault", "the derby massacre": a match report
        if etype in ACCIDENT_PRONE and deaths_by_accident:
            continue  # "killed in the crash", "a gas explosion at a mine", "the quake destroyed": no violence
        if drill and etype in DRILL_PRONE:
            continue  # "missiles were fired into waters off Taiwan during the drills"
        if etype in ("killing", "mass_killing") and _war_toll(verb):
            continue  # "a civil war in which 70,000 people have died": a whole war's toll, not an event
        called_false = CALLED_FALSE_RE.search(sent.text, t_end)
        if called_false is not None and not any(t_end < o[0] < called_false.start() for o in triggers) \
                and "." not in sent.text[t_end:called_false.start()]:
            continue  # "said that the FMLN has seized positions, which is not true" (its last trigger)
        if etype == "armed_clash" and tok.dep_ == "acl" and tok.lower_.endswith("ing") \
                and tok.head.dep_ in NOMINAL_DEPS:
            continue  # "to reinforce security forces fighting Sikh militants": who they are, not a clash
        if tok.dep_ == "compound" and tok.head.lower_ in ARMED_VEHICLES:
            continue  # "a fast attack craft", "attack helicopters": a kind of vehicle, not an attack
        if tok.lower_ == "death" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            continue  # "chanted 'Death to America'": a slogan
        if _habitual_or_idiom(tok, verb, etype, sent.text, t_end):
            continue  # "bandits who kidnap civilians", "CLASHES ARE FREQUENT", "sentenced 14 to death"
        if tok.lower_.startswith("hostage") and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            continue  # "freed after four years as a hostage": a captive's past, not a kidnapping
        if _on_the_verge(verb):
            continue  # "were on the verge of taking full control of Aleppo": not yet done
        if etype == "withdrawal" and any(c.dep_ == "nsubj" and c.lower_ in CIVIL_LEAVERS for c in verb.children):
            continue  # "people are pulling out of anything risky", "investors retreated": no force leaving
        if etype in ("protest", "rally") and _protest_fired_upon(tok, triggers):
            continue  # "troops opened fire on villagers protesting outside a post, killing 39": one event, the shooting
        if etype == "arson" and _figurative_fire(sent.text[t_start:t_end], places, sent.start + t_start,
                                                 sent.start + t_end):
            continue  # "setting Central America on fire", "set the world ablaze"
        if etype == "arson" and tok.lower_ == "destroyed" and tok.dep_ == "conj" \
                and lexicon.ANY_TRIGGER.fullmatch(tok.head.text) and tok.head.lower_ != "destroyed":
            continue  # "its aircraft had killed five guerrillas and destroyed a rocket launcher": the same attack
        if tok.lower_.startswith("encounter") and not _armed_encounter(tok):
            continue  # "an encounter with a bear", "a chance encounter": not the South Asian gunfight
        if tok.lower_.startswith("hostage") and tok.dep_ in ("dobj", "nsubjpass") \
                and _inside_trigger(tok.head, triggers, ("killing", "mass_killing")):
            continue  # "killing 20 hostages", "two hostages were executed": the killing is the news
        if verb is tok and _figurative(verb) or _figurative_blast(tok) or _figurative_attack(tok):
            continue  # "harshly attacked the president", "killed the bill", "stocks were slaughtered"
        if etype == "protest" and tok.lower_ == "marched" and (any(
                c.dep_ == "nsubj" and c.lower_ in COMMEMORATORS for c in tok.children)
                or tok.i > 0 and tok.doc[tok.i - 1].lower_ in COMMEMORATORS):
            continue  # "mourners marched to the cemetery", "veterans marched past the Cenotaph": no protest
        if etype == "protest" and tok.lower_ == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and tok.head.head.lower_.startswith(ABSTENTION_STEMS):
            continue  # "stayed away from the ceremony in protest", "resigned in protest": no demonstration
        if etype == "protest" and verb.lower_.startswith("protest") \
                and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children):
            continue  # "protested to the ambassador over his remarks": a complaint, not a demonstration
        if etype in lexicon.SETTING_TYPES and violent_here and tok.dep_ == "pobj" \
                and (tok.head.lower_ in ("at", "during", "near", "outside", "after", "before", "following", "amid")
                     or tok.head.lower_ == "of" and tok.head.head.lower_ in _SPAN_NOUNS):
            continue  # "a shooting at a parade", "killed 114 on the bloodiest day of protests": the setting
        c_start, c_end = _clause_span(verb, sent)
        s_lo, s_hi = sent.start, sent.end
        if rel is not None:
            if t_start < rel.start():
                s_hi = sent.start + rel.start()
                c_end = min(c_end, s_hi)
            elif t_start >= rel.end():
                s_lo = sent.start + rel.end()
                c_start = max(c_start, s_lo)
        earlier = recalled_lo <= sent.start + t_start < recalled_hi
        before_recalled = sent.start + t_start < recalled_lo
        if before_recalled:
            # "The incident came a day after a boy was shot in his Lake Stevens home": that toll and place
            # are the earlier event's
            s_hi = min(s_hi, recalled_lo)
            c_end = min(c_end, s_hi)
        in_yardstick = False
        for y_lo, y_hi in yardsticks:
            if y_lo <= t_start < y_hi:
                in_yardstick = True
            elif t_start < y_lo:
                s_hi, c_end = min(s_hi, sent.start + y_lo), min(c_end, sent.start + y_lo)
            else:
                s_lo, c_start = max(s_lo, sent.start + y_hi), max(c_start, sent.start + y_hi)
        trig_text = sent.text[t_start:t_end]
        trig_abs = sent.start + t_start
        window = cache.event_date(sent.text, t_start, context)
        t_exprs = exprs
        if yardsticks and not in_yardstick:
            # "The attack was the worst in Punjab since the president imposed direct rule on May 11": the
            # yardstick's date dates nothing outside it
            window, t_exprs = _dated_outside(window, t_exprs, yardsticks, t_start, context, cache.anchor)
        amid = _amid_spans(verb, sent)
        if amid:
            window, t_exprs = _dated_outside(window, t_exprs, [(lo - sent.start, hi - sent.start) for lo, hi in amid],
                                             t_start, context, cache.anchor)
        # ("PRISTINA, Serbia, July 30 (Reuters) - ... took control of Malisevo, ..., on Tuesday": the parse
        # may hang the filing day under the lead's verb, but it dates no event)
        filed = cache.dateline_day_at.get(sent.text)
        told_exprs = [e for e in t_exprs if not (filed and filed[0] <= e.start < filed[1])]
        if told_exprs and (verb is tok or not verb.lower_.startswith(SUPPORT_VERB_STEMS)):
            # (a noun trigger: the date inside its own phrase, "charged in the shooting on Sunday";
            # not under a verb that performs it: "today carried out its sixth attack this year")
            window = _date_in_clause(verb if verb is tok else tok, window, told_exprs, doc, t_start)
        if verb is not tok and not _is_verbal(tok) and not (
                verb.lower_.startswith(SUPPORT_VERB_STEMS) and tok.head.i == verb.i):
            window = _date_in_noun_phrase(tok, told_exprs, doc, t_end) or window
        # a date of the main clause ("held a vigil Thursday night to honor a boy who was shot") is kept
        # when nothing better is told, but says nothing against another mention's date; a date told
        # relative to the last one ("the next day") is this clause's own as well
        side_procedure = bool(t_exprs) and _date_of_side_procedure(tok, window, doc)
        if side_procedure:
            window = context or window
        date_own = (bool(t_exprs) and not _procedure_date(tok, verb, window) and not side_procedure
                    and not (verb is tok and _date_of_main_clause(verb, window, doc))
                    and not _date_of_telling(sent.text, window, toll_rise)) \
            or (not t_exprs and context is not None and window is not context)
        years_back = _anniversary_years(tok)
        if years_back is None and anniversary is not None \
                and (cache.anchor - window.date_end).days <= COMMEMORATION_DAYS and _named_past_event(tok):
            # "read aloud the names of the 168 people killed in the Oklahoma City bombing on Sunday, as hundreds
            # gathered to mark the 20th anniversary": Sunday is the day of remembrance, the bombing 20 years back
            years_back = anniversary
        if years_back is not None:
            if not years_back:
                continue  # "marked the anniversary of the massacre": the day remembered, not the event
            y = window.event_date.year - years_back  # "the 50th anniversary of the assassination"
            window = dates_mod.DateWindow(dt.date(y, 1, 1), dt.date(y, 12, 31), dt.date(y, 7, 1), "year",
                                          window.text, window.start, window.end)
            date_own = True
        if earlier and not date_own:
            # told as the interval before the news: "came two weeks after a truck bomb killed 350"
            window, date_own = dates_mod.earlier_by(window, *recalled[1]), True
        if window.date_start > cache.anchor:
            continue  # dated after publication: a plan or forecast, not a report
        other = _other_event_clauses(verb, sent)
        beside = _juxtaposed_clauses(verb, sent) + amid
        if before_recalled:
            beside = [*beside, (recalled_lo, sent.end)]
        protested_here = [(lo, hi) for lo, hi in protested if not lo <= trig_abs < hi]
        if protested_here:
            # "rallied on Monday to denounce the killing of 12 farmers in Benue state", "police shot dead two
            # protesters as hundreds rallied against the killing of 12 farmers": the protested event's toll
            # and place are neither the protest's nor another event's told beside it
            beside = [*beside, *protested_here]
            cut = min(lo for lo, _ in protested_here)
            if cut > trig_abs:
                c_end, s_hi = min(c_end, cut), min(s_hi, cut)
        apart = _conjoined_other_event(verb, sent, t_exprs, window)
        if apart is not None and apart > trig_abs:
            # "guerrillas raided a village on Thursday night, killing nine villagers, and security forces killed
            # 11 rebels in clashes elsewhere on Friday": the second clause's toll is another event's
            c_end, s_hi = min(c_end, apart), min(s_hi, apart)
        t_places = [p for p in places if not any(a <= p.start < b for a, b in beside)] if beside else places
        if earlier:
            # "came a day after 34 members of the security forces were killed in the border town, giving the
            # fighters mobility into Syria": the recalled event's place is in its own clause, or unknown
            t_places = [p for p in t_places if recalled_lo <= p.start < recalled_hi and p.cue in _EARLIER_SCENE_CUES]
        misparsed = _misparsed_time_clause(tok, verb, sent, other)
        if misparsed is not None:
            # "TWENTY YEARS AFTER THE CHURCH MET IN MEDELLIN, DEATH SQUADS IN EL SALVADOR HAVE MURDERED ...":
            # the event's place is in the sentence outside that clause, whatever the parse made its clause
            outside = [p for p in t_places if not misparsed[0] <= p.start < misparsed[1]]
            place = event_place(outside, sent.start, sent.end, trig_abs)
        else:
            place = event_place([p for p in t_places if not any(a <= p.start < b for a, b in other)], c_start,
                                c_end, trig_abs) if other else None
        place = place or event_place(t_places, c_start, c_end, trig_abs)
        if place is not None and place.role in ("institution", "this_town"):
            # "near the University of Georgia campus" under an "ATHENS, Ga." dateline: the town inside the state
            place = next((p for p in places if p.role == "dateline" and p.place.country_code == place.place.country_code
                          and (place.place.precision == "country" or p.place.admin1_code == place.place.admin1_code)),
                         place)
        place_source = "clause" if place is not None else ""
        if place is None:
            place = event_place(t_places, sent.start, sent.end, trig_abs)
            place_source = "sentence" if place is not None else ""
        if place is not None and place.role == "city_part":
            place = _city_of_part(place, places)
        cas = cache.casualties(c_start, c_end)
        if cas.killed is None and cas.wounded is None and not used_counts and not _since_what(tok, verb):
            cas = cache.casualties(s_lo, s_hi)
        elif _subject_cut_by_parse(cas, whole := cache.casualties(s_lo, s_hi), cache.text, c_start) \
                or _object_list_cut_by_parse(cas, whole, cache.text, c_end):
            cas = dataclasses.replace(cas, killed=whole.killed, killed_span=whole.killed_span)
        elif not cas.claimed and _claimed_in_sentence(cas, cache.casualties(s_lo, s_hi)):
            # "a tweet claimed that its members killed 1,700": the claim governs the clause
            cas = dataclasses.replace(cas, claimed=True)
        if (cas.killed is None) != (cas.wounded is None) and all(lexicon.compatible(etype, t[2]) for t in triggers):
            # "2 dead, 2 wounded in quadruple shooting": the parser may leave one figure outside the
            # trigger's clause; a sentence about one event gives it both
            cas = _fill_casualties(cas, cache.casualties(s_lo, s_hi))
        if not date_own and cas.killed is not None and ((cas.killed.best or 0) >= STATISTIC_MIN_DEAD or (
                place_source != "clause" and _VAGUE_HUNDREDS.match(cas.killed.text or ""))) \
                and not _battle_at_a_town(tok, verb, place, place_source):
            # "the killing of over 70,000 Salvadorans", "the report says 1,450 civilians died", "the Tigers
            # had killed hundreds of civilians in massacres": a tally
            continue
        if window.precision == "year" and date_own and cas.killed is not None \
                and (cas.killed.best or 0) >= YEAR_TALLY_MIN_DEAD and _no_event_named(doc, triggers):
            # "with 462 killed last year": a year's tally (not "In 2009, 25 soldiers were killed in an ambush",
            # "Forty people were killed in the 2010 massacre near Jos": one event, told with its year)
            continue
        has_counts = cas.killed is not None or cas.wounded is not None
        is_noun = not _is_verbal(tok) and verb is not tok
        clause_has_date = any(c_start <= sent.start + e.start < c_end for e in t_exprs if e.start >= 0)
        # "The accidental shooter was transported to Vanderbilt Medical Center in Nashville": a victim taken to a
        # hospital is an event's own detail, though the hospital's town is not its scene
        cared = any(p.role == "care" and c_start <= p.start < c_end for p in t_places)
        weak = False
        if (is_noun or trig_text.lower() in WEAK_TRIGGERS) and not (
                has_counts or clause_has_date or place_source == "clause" or cared):
            weak = True
        lead_report = wire_lead and not is_noun and verb.dep_ in ("ROOT", "ccomp") and etype in lexicon.VIOLENT
        if not (has_counts or clause_has_date or place_source or lead_report or cared):
            weak = True  # nothing of its own: a reference to an event told elsewhere, or background
        base = tok  # "recalled the explosion ... and the bombing": a conjunct shares its head's role
        while base.dep_ in ("conj", "compound") and base.head is not base:
            base = base.head
        # "claimed responsibility for the attack on the offices in Lima this morning": the reference
        # itself says when and where, so it reports the event
        told_here = clause_has_date and place_source == "clause"
        reference = False
        if base.dep_ in ("dobj", "pobj") and _statement_word(base.head.lower_ if base.dep_ == "dobj" else base.head.head.lower_) \
                and not told_here:
            weak = reference = True  # "condemned the attack", "investigating the shooting"
        if base.dep_ == "pobj" and base.head.lower_ in ("of", "for", "in", "into") and base.head.head.lower_ in REFERENCE_HEADS \
                and not told_here:
            weak = reference = True  # "the investigation into the murder", "the anniversary of the massacre"
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in COMPOUND_REFERENCE_HEADS and not told_here:
            weak = True  # "police returned to the shooting scene", "the bombing suspect": of an event told
            # elsewhere, and no report of one when none is ("murder cases")
        if etype == "arson" and tok.dep_ == "amod" and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.head.children):
            weak, reference = True, False  # "searching the burned buildings on Monday": a state, told of a fire
        if _avenged(base):
            # "killed five villagers on Friday in revenge for the killing of a herder": what is avenged is
            # another event, whose figures are not this one's, whatever the clause says of its own day
            weak, reference, cas = True, False, Casualties(None, None)
        tally = False
        generic_np = [(tok, GENERIC_DETERMINERS)] if is_noun else [
            (c, ("such", "similar")) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ in ("det", "amod", "predet") and c.lower_ in words
               for n, words in generic_np for c in n.children):
            weak, reference = True, False  # "such bombings (have destroyed homes)": a kind of event, not one event
        if is_noun and window.precision == "year" and _plural_noun(tok.lower_):
            # "Deaths in Left-wing extremist violence fell to their lowest level last year", "attacks rose
            # in 2015": many events over a year, a statistic
            weak, reference = True, False
        if window.date_end < cache.background_before:
            weak, reference = True, False  # history, long before the report ("executed in 1842")
        if (window.date_end - window.date_start).days > BACKGROUND_SPAN_DAYS:
            # "throughout the 1980s", "since 1980": an era, not an event, and its toll no event's ("The
            # 1992-1995 war killed about 100,000 people")
            weak, reference, cas = True, False, Casualties(None, None)
        if any(lo <= trig_abs < hi for lo, hi in protested) and not any(
                lo <= sent.start + e.start < hi for lo, hi in protested for e in t_exprs if e.start >= 0):
            # "THOUSANDS DEMONSTRATED IN SAN SALVADOR YESTERDAY AGAINST THE MURDER OF SIX JESUITS": the
            # protest's day and place, not the murder's (unless it has its own date: "against the killing of
            # 12 farmers on Friday")
            weak = reference = True
        if _charge_named(tok, verb) and not told_here:
            weak = reference = True
        if base.dep_ == "pobj" and base.head.lower_ == "to" and (
                base.head.head.lower_ in STOP_NOUNS
                or any(c.dep_ == "dobj" and c.lower_ in STOP_NOUNS for c in base.head.head.children)):
            # "called for an end to the Russian bombing", "REQUESTS FOR AN END TO THE BOMBINGS": what should stop
            # (its date and place are the call's: "ORDERED A HALT TO THE BOMBING OF GROZNY LAST WEEK")
            weak, reference = True, False
        if any(f.start() <= t_start < f.end() for f in MOURNED_DEAD_RE.finditer(sent.text)):
            weak = reference = True  # "The funerals of 11 of the Londonderry dead took place yesterday"
        if in_yardstick:
            # "the worst day since the September 11 attacks": another event, which its figures count
            weak, reference, cas = True, False, Casualties(None, None)
        if is_noun and base.dep_ == "attr" and base.head.lower_ in COPULAS and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that", "they", "these", "those")
                for c in base.head.children):
            # "It was the third shooting in the area this week", "SAYING THEY WERE A PROTEST AGAINST ...": what
            # an event told already is called
            weak, reference = True, False
        if verb.dep_ == "relcl" and verb.head.lower_ in ("those", "anyone", "whoever", "all"):
            weak, reference = True, False  # "those who murdered Romero": who did it, not a report of it
        if verb.dep_ == "relcl" and verb.head.lower_ in GENERIC_PEOPLE and _present_form(verb.lower_) \
                and not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in verb.head.children):
            weak, reference = True, False  # "FOR PEOPLE WHO COMMIT HOMICIDES": a kind of person, no event
        since_event = _counted_since_an_event(verb, window, cache.anchor) and _perfect(verb)
        # "MORE THAN 500 PEOPLE HAVE BEEN KILLED IN PUNJAB SINCE THE ARMY STORMED THE GOLDEN TEMPLE": a large
        # toll counted since a happening told by its verb (cut off as a yardstick, the clause reads as a count)
        since_happening = cas.killed is not None and (cas.killed.best or 0) >= RUNNING_TOTAL_MIN_DEAD \
            and SINCE_A_HAPPENING.search(sent.text) is not None
        if (running_total or since_happening) and _perfect(verb) or summed_up or since_event:
            # ("IN ALL, 31 PEOPLE DIED IN POLITICAL VIOLENCE OVER THE WEEKEND": the sum of the events told)
            weak, reference, tally = True, False, True
            if since_event or since_happening:
                cas = Casualties(None, None)  # counted since the event: no figure of it
        elif _TOLL_ACROSS_PLACES.search(sent.text):
            # a toll summed over places: a tally of the events, no figure of any one of them
            weak, reference, tally, cas = True, False, True, Casualties(None, None)
        elif _aggregate(tok, window, sent.text, own_date=date_own):
            # "142 murders were reported in September", "since 1980, 17,500 deaths": statistics; a tally
            # of a wider period is no count of an event it joins
            weak, reference = True, False
            tally = _over_a_period(sent.text) or bool(_SPREAD_OVER_A_REGION.search(sent.text))
            if window.precision == "year" or (window.date_end - window.date_start).days > 62:
                cas = Casualties(None, None)
        elif window.text.lower().startswith("since ") and window.date_start < window.date_end \
                and not in_yardstick:
            tally = True  # "35 people had been killed in Gaza since Monday": a running total beside the event's own
        elif " days of " in window.text.lower() and _over_a_period(sent.text):
            tally = True  # "killed in four days of clashes": one event alone, a tally beside another's figure
        if etype == "territory_seized" and EXPEL_RE.match(trig_text):
            # "drove Islamic State fighters out of Raqqa", "ousted the militants from the town of Dabiq":
            # ground retaken when a place follows
            # (who was driven out is named inside the trigger, or before a passive "were driven out of")
            driven = sent.text[:t_start] if re.fullmatch(r"\w+ out of", trig_text) else trig_text
            if not any(0 <= p.start - (sent.start + t_end) <= 30 for p in places) \
                    or not EXPELLED_FORCE_RE.search(driven):
                continue  # (not "expelled three journalists from Kabul")
        elif etype == "territory_seized" and not _seizes_territory(verb, place_source, places, sent.start):
            if (seized := _seized_object(verb)) is not None and SEIZED_PERSONS.fullmatch(seized.lower_) \
                    and not _seized_by_the_law(verb):
                etype = "kidnapping"  # "seized two engineers", "foreigners were seized": people taken
            elif any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in HELD_BUILDINGS for c in verb.children):
                etype = "attack"  # "gunmen seized a hospital in Kizlyar": a building stormed, people held
            else:
                continue
        ground_left = etype == "withdrawal" and date_own and _forces_left_ground(verb)
        if etype == "withdrawal" and not (place_source or has_counts or ground_left):
            if not date_own or trig_text.lower() == "abandoned":
                continue
            weak, reference = True, False  # "THE FORCES PULLED OUT LAST NIGHT": when a withdrawal told before was
        if etype == "withdrawal" and trig_text.lower() == "abandoned" and not ground_left and not (
                any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
                and _seizes_territory(verb, place_source, places, sent.start)):
            continue     # "a girl abandoned in critical condition", "abandoned cars": no ground given up
        if etype == "withdrawal" and any(c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
                g.dep_ == "pobj" and g.lower_ in AGREEMENT_NOUNS for g in c.children)
                for c in (tok.children if not _is_verbal(tok) else verb.children)):
            continue     # "Moscow withdrew from the grain deal", "the withdrawal from the talks": no force leaving
        if etype == "withdrawal" and trig_text.lower().startswith("withdr") and any(
                c.dep_ == "dobj" and c.i != tok.i and c.lower_ not in WITHDRAWN_FORCES for c in verb.children):
            continue     # "it is withdrawing the aid", "withdrew its ambassador": nothing on the ground
                         # (not "completed their withdrawal": the trigger itself is the object)
        if etype == "withdrawal" and trig_text.lower().startswith("pulled") \
                and any(c.dep_ == "dobj" for c in verb.children):
            continue     # "pulled out handguns", "pulled back the slide": an object drawn, not a force leaving
        if etype == "rally" and _not_a_gathering(tok, verb, sent.text, t_start):
            continue
        if etype == "armed_clash" and trig_text.lower().startswith("clash") and _war_of_words(verb, sent.text):
            continue
        if etype == "armed_clash" and any(c.dep_ in ("amod", "compound") and c.lower_ in UNARMED_CLASH_WORDS
                                          for c in tok.children):
            continue     # "AN ACUTE POLITICAL CONFRONTATION", "a legal battle", "a war of words": no arms
        if has_counts:
            used_counts = True
        a1, a2 = _actors(verb, text, sent)
        if is_noun and etype not in ("protest", "rally") \
                and (base.dep_ == "pobj" or base.dep_ == "dobj" and _statement_word(base.head.lower_)) \
                and not any(getattr(_token_at(doc, other), "i", -1) == verb.i for other, _, _ in triggers):
            # "Police notified the media about the attack": the verb's parties are not the event's (but
            # who "claimed responsibility for the attack" carried it out; who marches "in protest" protests)
            claimed_by = base.dep_ == "pobj" and base.head.head.lower_ in ("responsibility", "credit")
            a1, a2 = (a1 if claimed_by else None), None
        if etype == "arrest" and article_violent:
            weak, reference = True, False  # "police arrested a suspect in the shooting": a follow-up of the event told
        if zero_report:
            weak, reference = True, False  # "No casualties were reported.": the zeros of the event just told
        towns = _listed_towns(places, cache.text, c_start, c_end, place) if etype in GROUND_TYPES else [place]
        for town in towns:
            out.append(Mention(etype, trig_text, sent, window, town, place_source, cas, a1, a2, order + len(out),
                               weak, date_own=date_own, reference=reference, aftermath=aftermath or followup_death
                               or toll_rise is not None and trig_text.lower() in TOLL_VICTIM_WORDS,
                               separate=separate or earlier, tally=tally, recalled=earlier))
    return _merge_in_sentence(out)


#: Ground taken or given up: each town of a list is an event (ACLED codes one location per event).
GROUND_TYPES = frozenset({"territory_seized", "withdrawal"})
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$", re.IGNORECASE)


def _listed_towns(places: list[PlaceMention], text: str, start: int, end: int,
                  chosen: PlaceMention | None) -> list[PlaceMention | None]:
    """"retreated from the towns of Dessie and Kombolcha": the clause's towns listed one after
    another, each its own event place; else just the clause's place."""
    if chosen is None or chosen.place.precision != "place":
        return [chosen]
    towns = [p for p in places if start <= p.start < end and p.place.precision == "place"
             and p.role not in NOT_THE_SCENE]
    i = next((k for k, p in enumerate(towns) if p.start == chosen.start), None)
    if i is None:
        return [chosen]
    run = [towns[i]]
    for p in towns[i + 1:]:
        if not _LIST_GAP.fullmatch(text, run[-1].end, p.start):
            break
        run.append(p)
    distinct = {p.place.geonameid or p.place.name for p in run}
    return run if len(distinct) == len(run) and len(run) > 1 else [chosen]


#: A death told on its own as the outcome of an injury ("died Friday after being taken off life
#: support", "succumbed to her injuries", "has died", "died of a gunshot wound", "died at a
#: hospital"): a sentence saying so, with no trigger but these words, reports no attack of its own.
#: A death without such words ("died on 28 November when ...") keeps its own date.
AFTERMATH_VERB_RE = re.compile(
    r"\b(?:succumbed|succumbs|(?:has|have|had|later|since|subsequently|eventually)\s+died"
    r"|(?:died|dies|passed away|pronounced\s+dead)\s+(?:[\w,.:-]+\s+){0,6}?(?:at|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'.-]+\s+){0,5}?" + CARE_PLACE +
    r"|" + CARE_PLACE + r",?\s+where\s+(?:\w+\s+){1,3}?(?:later\s+)?(?:died|was\s+pronounced\s+dead)"
    r"|(?:died|dies|passed away)\s+(?:[\w,.:-]+\s+){0,6}?(?:of|from)\s+(?:(?:his|her|their|a|the|multiple|"
    r"gunshot|stab|the)\s+)*(?:wounds?|injuries)"
    r"|(?:died|dies|passed away)\s+(?:[\w,.:-]+\s+){0,8}?(?:after\s+(?:being|he|she|they)|days?\s+after|"
    r"weeks?\s+after)|life\s+support|pronounced\s+dead"
    # "Police said the juvenile died Monday afternoon", "HE DIED ON THE WAY": someone the article has told of
    r"|(?:^\W*|\b(?:said|says|say|added|confirmed|that)\s+)(?:he|she|the\s+(?:[\w-]+\s+)?(?:juvenile|victim|girl|boy|"
    r"man|woman|teen|teenager|child|toddler|infant|baby|student|officer|deputy|trooper|mother|father|son|daughter|"
    r"\d+-year-old))\s+(?:later\s+|then\s+|also\s+)?died)\b", re.IGNORECASE)
AFTERMATH_WORDS = frozenset({"died", "dies", "dead", "death", "injuries", "gunshot", "gunshots"})
#: A victim's care ("He was taken to a clinic in Marlborough with minor injuries", "the wounded were
#: flown to a hospital in the capital"): with no trigger but injury words, the sentence tells what
#: followed an attack told elsewhere, and the hospital's town is not where it happened.
CARE_RE = re.compile(
    r"\b(?:(?:taken|rushed|transported|transferred|flown|airlifted|driven|brought|carried|evacuated|treated|"
    r"admitted|released|recovering)\b(?:\s+\S+){0,10}?\s+" + CARE_PLACE +
    r"|hospitali[sz]ed|underwent\s+(?:\w+\s+)?(?:surgery|treatment)|treated\s+(?:\w+\s+){0,4}?for"
    r"|(?:in|to)\s+(?:critical|serious|stable|fair|good|grave|satisfactory)(?:\s+but\s+stable)?\s+condition)\b",
    re.IGNORECASE)
#: Triggers that tell a victim's condition ("Two other people were in serious condition").
CONDITION_TRIGGERS = frozenset({"serious condition", "critical condition", "grave condition"})
CARE_WORDS = AFTERMATH_WORDS | {"injured", "injury", "wounded", "wounds", "wound"} | CONDITION_TRIGGERS
#: A sentence that tells another incident than the ones before it.
SEPARATE_RE = re.compile(
    r"\W*(?:separately|elsewhere|meanwhile|in\s+(?:a|an|another)\s+(?:separate|unrelated|different)\s+\w+|"
    r"in\s+another\s+(?:incident|attack|shooting|bombing|raid|development|case)|"
    # "Minutes later, a second suicide bomber crashed...", "A second blast in the Madina district killed two"
    # ("About two hours after the first explosion, a second car bomb went off")
    r"(?:(?:(?:about|some|nearly|just|less\s+than|more\s+than)\s+)?(?:[\w-]+\s+)?(?:minutes|hours|moments)\s+"
    r"after\s+[^,;]{1,50},\s+|(?:minutes|hours|moments|shortly|soon)\s+(?:later|afterwards?),?\s+"
    # "Earlier on Sunday, a second bomb in the Shaab neighbourhood killed five people"
    r"|(?:earlier|later|also)\b[^,;.]{0,30},\s+)?"
    r"(?:a\s+(?:second|third)|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:blast|bomb|bomber|explosion|attack|shooting|ambush|raid))\b", re.IGNORECASE)
#: The death of someone hurt in an event told before ("A woman injured in Saturday's bombing died in
#: hospital today", "A soldier wounded in the ambush died last night", "one of the wounded died"):
#: the sentence tells that event's outcome, even though it names the event again.
FOLLOWUP_DEATH_RE = re.compile(
    r"\b" + HURT_THEN_DIED + r"|\b" + OF_THE_HURT_DIED
    # "One of them, a 24-year-old man, died Sunday morning" (of those just told shot or hurt)
    + r"|^\s*(?:one|two|three|four|five|\d+)\s+of\s+(?:them|the\s+(?:victims|men|women|people|teens|others))\b"
      r"(?:\s*,[^,;]{1,50},)?\s+(?:(?:has|had|later|also|subsequently|eventually)\s+)*(?:died|succumbed)\b",
    re.IGNORECASE)

#: The dead mourned or buried ("the funerals of 11 of the Londonderry dead", "a vigil for the victims of
#: Sunday's shooting"): a reference to the killing told elsewhere, dated by the mourning, not an event.
MOURNED_DEAD_RE = re.compile(
    r"\b(?:funerals?|burials?|wakes?|vigils?|memorials?|requiem|mass\s+funeral)\s+(?:of|for)\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?(?:dead|victims|killed|slain)\b", re.IGNORECASE)
#: What an event named as what should stop follows: "an end to the bombing", "ordered a halt to the raids"
#: (the parse may hang "to" on the verb).
STOP_NOUNS = frozenset({"end", "halt", "stop"})
#: What is done in return for another event ("in retaliation for NATO air strikes").
RETALIATION_HEADS = frozenset({"retaliation", "reprisal", "reprisals", "revenge"})
#: Nouns whose complement is an event told elsewhere, not a new report.
REFERENCE_HEADS = frozenset({
    "investigation", "investigations", "inquiry", "probe", "trial", "anniversary", "memory", "case", "suspect",
    "suspects", "charges", "charge", "responsibility", "commemoration", "aftermath", "wake", "connection",
    "accused", "arrest", "arrests", "conviction", "sentence", "sentencing", "hearing", "lawsuit", "report",
    "reports", "footage", "video", "photos", "details", "news", "victims", "families", "funeral",
}) | RETALIATION_HEADS


def _since_what(tok: Any, verb: Any) -> bool:
    """The event a period is counted from ("100,000 people have died since the plane carrying the president
    was shot down over Kigali on April 6", "since the bombing"): the sentence's toll is the period's, not its."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True
    return _opened_by(verb, ("since",))


def _counted_since_an_event(verb: Any, window: dates_mod.DateWindow, anchor: dt.date) -> bool:
    """'more than 100,000 people have died since the plane ... was shot down over Kigali on April 6': a
    total counted from an event more than a week back (not "have been killed since gunmen stormed the
    hotel on Monday": this week's event, its own toll)."""
    return (anchor - window.date_end).days > 7 and any(
        c.dep_ == "advcl" and _opened_by(c, ("since",)) for c in verb.children)


def _perfect(verb: Any) -> bool:
    """'have been killed', 'had died': what has happened up to now, a total."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve", "'d") for c in verb.children)


#: Nouns that an event noun modifies to name something of an event told elsewhere ("the shooting
#: scene", "a murder suspect", "the bombing trial").
COMPOUND_REFERENCE_HEADS = frozenset({
    "scene", "scenes", "site", "suspect", "suspects", "investigation", "investigators", "detectives", "probe",
    "case", "cases", "trial", "conviction", "convictions", "hearing", "verdict", "inquiry", "vigil",
    "memorial", "anniversary", "footage", "video",
})
# (not "victim": "He was a shooting victim at the club last Sunday" reports the event; not "charge":
# "a dynamite charge")


def _avenged(node: Any) -> bool:
    """'in retaliation for NATO air strikes', 'in revenge for the killing of a herder'."""
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lower_ in RETALIATION_HEADS:
            return True
        if node.dep_ not in ("pobj", "conj") and not (node.dep_ == "prep" and node.lower_ == "of"):
            return False
        node = node.head
    return False

GENERIC_DETERMINERS = frozenset({"such", "these", "those", "similar", "any"})

STATEMENT_STEMS = ("condemn", "denounc", "deni", "deny", "repudiat", "blam", "investigat", "claim", "mourn",
                   "remember", "commemorat", "recall", "protest", "describ", "discuss", "review", "mark",
                   "clarif", "solv", "avenge")


ACCIDENT_RE = re.compile(
    r"\b(?:accidents?|crash(?:es|ed)?|collisions?|collided|derail\w*|drown(?:ed|ing)?|earthquakes?|quakes?|"
    r"landslides?|mudslides?|avalanches?|floods?|flooding|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|storms?|"
    r"tsunamis?|volcanic\s+eruption|overturned|capsized|stampedes?|lightning|heat\s?wave|epidemic|cholera|"
    r"(?:plunged|plunging|fell|veered)\s+(?:[\w\-]+\s+){0,3}?(?:off|down|into\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:ravine|river|gorge|canyon|sea|lake|valley))|"
    r"(?:gas|boiler|methane|mine|chemical|factory)\s+(?:explosion|blast|leak)|"
    r"(?:fire|blaze)\s+(?:swept|broke\s+out|gutted|raged|engulfed)|"
    r"(?:building|mine|bridge|roof|dam|wall|house|stadium|tunnel|shaft|pit)\s+collapsed?|caved\s+in|"
    r"speeding\s+(?:bus|truck|lorry|car|vehicle|train)|"
    r"heart attack|natural causes|cancer|(?:long )?illness|a stroke|pneumonia|overdose|passed\s+away|"
    r"died\s+(?:[\w,.]+\s+){0,4}?(?:at\s+(?:his|her|their)\s+home|in\s+(?:his|her|their)\s+sleep|peacefully)|"
    r"(?:hit|struck|run\s+over|knocked\s+down|mowed\s+down)\s+by\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:car|truck|lorry|bus|minibus|van|train|vehicle|motorcycle|motorbike|taxi|tractor|trailer|SUV)|"
    r"(?:mining|mine|industrial|chemical|ferry|rail|railway|train|air|aviation|natural)\s+(?:disaster|tragedy)|"
    r"dams?\s+(?:burst|broke|failed|collapsed?)|floodwaters|hunger\s+strik\w+|(?:ended|ending)\s+(?:his|her|their)\s+fast)\b",
    re.IGNORECASE)
#: Words that make deaths near an accident word violent after all ("shot dead in a car crash chase").
VIOLENCE_RE = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|bomb\w*|(?<!gas )(?<!mine )(?<!boiler )(?<!methane )(?<!chemical )(?<!factory )"
    r"(?:blast|explo\w*)(?!\s+(?:at|in)\s+(?:the|a)\s+(?:coal\s+)?(?:mine|pit|colliery|refinery|plant|factory)\b)|"
    r"(?<!heart )attack\w*|ambush\w*|rebels?|guerrillas?|militants?|"
    r"gunmen|(?:opened|open|opening)\s+fire|fired|firing|set\s+(?:\w+\s+)?(?:on\s+)?fire|arson\w*|torch\w*|"
    r"stabb\w*|murder\w*|assassin\w*|missiles?|rockets?|sabotage\w*|downed|shot down|fighting|clash\w*|"
    r"militia\w*|insurgents?|massacre\w*|raid\w*|troops|shell(?:ed|ing|s)|air\s?strikes?|mortars?|grenades?|"
    r"artillery|violence|riot\w*|mobs?|terror\w*|hunting)\b",  # (a hunting accident is a shooting)
    re.IGNORECASE)
#: A sentence that only says nobody was hurt ("No casualties were reported.", "No one was injured."): its
#: zero counts belong to the event told before it.
NO_HARM_SENTENCE = re.compile(
    # ("Police said no one was hurt.", "OFFICIALS REPORTED THAT THERE WERE NO CASUALTIES.")
    r"(?i)\s*(?:(?:the\s+)?(?:police|officials|authorities|witnesses|residents|(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|official|source|statement|report))\s+(?:said|says|reported|added|"
    r"stated)\s+(?:that\s+)?)?"
    r"(?:there\s+(?:were|was)\s+)?(?:no|nobody|no\s+one|no-one|none)\b(?:\s+[a-z\-]+){0,3}?\s+"
    r"(?:casualties|injuries|deaths|fatalities|victims|(?:was|were)\s+(?:reported\s+)?(?:hurt|injured|wounded|killed))"
    r"\b(?:\s+(?:were|was|have\s+been|had\s+been)\s+reported|\s+reported)?(?:\s+in\s+the\s+\w+)?\s*[,.]?"
    r"(?:\s*(?:police|officials|the\s+\w+)\s+said\.?)?"
    # "No one was injured, but the door and a window were badly damaged" (not "..., but two were killed")
    r"(?:\s*,?\s*(?:but|although|though)\s+(?![^.]*\b(?:kill|dead|die|death|injur|wound|hurt|shot))[^.]*\.?)?\s*$")
#: Who enters or marches into a town to take it.
ARMED_MOVERS = frozenset({"troops", "forces", "army", "soldiers", "rebels", "guerrillas", "militants", "fighters",
                          "insurgents", "reds", "communists", "tanks", "units", "militia", "militias", "jihadists",
                          "marines", "paratroopers", "columns", "taliban", "legionnaires", "partisans"})
#: Verbs of moving in that take a town only when armed men move.
ENTRY_VERBS = ("entered", "marched", "moved")


def _armed_entry(tok: Any, verb: Any, places: list[PlaceMention], offset: int) -> bool:
    """'The Reds entered Seoul', 'troops marched into Kunming': armed men move in; after 'entered', the
    object is a town itself (not "the president entered Seoul", "troops entered the university")."""
    if not any(c.dep_ == "nsubj" and (c.lower_ in ARMED_MOVERS or any(g.lower_ in ARMED_MOVERS for g in c.children))
               for c in verb.children):
        return False
    if tok.lower_ != "entered":
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lower_ in ("town", "city", "village", "capital"):
        return True
    span = {offset + t.idx for t in obj.subtree if t.i <= obj.i}
    return any(p.start in span and p.place.precision == "place" for p in places)


#: Who strafes from the ground, not from the air.
GROUND_SHOOTERS = frozenset({"gunmen", "gunman", "assailants", "attackers", "men", "hitmen", "gangsters",
                             "sicarios", "militants", "police", "soldiers", "troops"})
#: What is fired from afar and explodes where it lands.
SHELL_NOUNS = frozenset({"shell", "shells", "mortar", "mortars", "rocket", "rockets", "missile", "missiles",
                         "projectile", "projectiles"})
#: Who marches in a funeral, a parade or a pilgrimage rather than a protest.
COMMEMORATORS = frozenset({"mourners", "veterans", "pilgrims", "worshippers", "worshipers", "soldiers", "troops",
                           "cadets", "graduates", "bands", "runners", "athletes", "scouts", "pallbearers"})
#: Military exercises: the assaults, firing and landings they stage are no events.
EXERCISE_RE = re.compile(
    r"(?i)\b(?:military|naval|joint|live-fire|live\s+fire|air|amphibious|combat|large-scale|annual)\s+"
    r"(?:exercises?|drills?|manoeuvres|maneuvers)\b|\bwar\s+games\b|\b(?:the|these|its|their)\s+drills\b")
DRILL_PRONE = frozenset({"attack", "shelling", "airstrike", "bombing", "armed_clash", "territory_seized", "shooting"})
#: Event types that deaths, injuries or damage in an accident or disaster may wrongly trigger.
ACCIDENT_PRONE = frozenset({"killing", "mass_killing", "attack", "bombing", "arson", "shooting"})


#: Nouns for a whole war or era of violence: the deaths they are said to cause are its toll.
WAR_NOUNS = frozenset({"war", "wars", "conflict", "conflicts", "insurgency", "struggle", "violence", "terrorism",
                       "repression", "dictatorship", "regime", "uprising", "revolution", "civil"})


def _battle_at_a_town(tok: Any, verb: Any, place: PlaceMention | None, place_source: str) -> bool:
    """"Iraqi forces killed 2,000 Iranian troops near Amarah": a verb in the simple past with a town in
    its own clause tells one battle, however large, not a tally ("the war has killed 70,000")."""
    return verb is tok and place is not None and place_source == "clause" and place.place.precision == "place" \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had") for c in verb.children) \
        and tok.lower_ in ("killed", "slain", "massacred", "died") \
        and not _A_PERIOD.search(tok.doc.text) and not _over_a_period(tok.doc.text)


#: "during the decade", "over the past two years", "throughout the war": a count over a period.
_A_PERIOD = re.compile(r"(?i)\b(?:during|over|throughout|in|across)\s+(?:the\s+|its\s+|their\s+)?(?:past\s+|last\s+|"
                       r"first\s+|\w+\s+)?(?:decades?|years?|months?|weeks?|war|conflict|period|insurgency|campaign)\b")


def _war_toll(verb: Any) -> bool:
    """Deaths told as a war's doing: "the war has left 70,000 dead", "a conflict in which 19,000 died".

    A dated, one-day event ("Sunday's violence left 3 dead") names its day; the toll of a war
    has a perfect tense or a relative clause on the war noun instead.
    """
    if verb.dep_ == "relcl" and verb.head.lower_ in WAR_NOUNS:
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
    return perfect and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WAR_NOUNS for c in verb.children)


#: Verbs of what follows an event (charges, arrests, court): their date is not the event's.
PROCEDURE_STEMS = ("charg", "arrest", "identif", "file", "sentenc", "plead", "book", "indict", "convict",
                   "releas", "arraign", "accus", "detain", "jail", "testif", "acquit", "extradit")


def _procedure_date(tok: Any, verb: Any, window: dates_mod.DateWindow) -> bool:
    """"Prosecutors Wednesday filed a charge in connection with a shooting death": the noun
    trigger sits under a verb of procedure, and the date is that verb's, not inside the noun's
    phrase ("in the Jan. 6 shooting" keeps its own date)."""
    if _is_verbal(tok) or verb is tok or not verb.lower_.startswith(PROCEDURE_STEMS) or window.start < 0:
        return False
    np_tokens = list(tok.subtree) + ([tok.head] if tok.dep_ == "compound" else [])
    lo = min(t.idx for t in np_tokens)
    hi = max(t.idx + len(t) for t in np_tokens)
    return not lo <= window.start < hi


def _date_of_side_procedure(tok: Any, window: dates_mod.DateWindow, doc: Any) -> bool:
    """"The man, identified Monday by the medical examiner as ..., was pronounced dead": the date sits in
    a side clause of a procedure (identified, charged, arrested) that the trigger is not part of."""
    if window.start < 0:
        return False
    date_tok = _token_at(doc, window.start)
    if date_tok is None:
        return False
    side = _governing_verb(date_tok)
    return side.dep_ in ("acl", "relcl") and side.lower_.startswith(PROCEDURE_STEMS) and not _under(side, tok)


#: "the death toll rose to 276 on Monday", "the toll had climbed to 22 by Monday": the day of a count
TOLL_RISE_RE = re.compile(r"(?i)\btoll\s+(?:\S+\s+){0,14}?(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|"
                          r"increased|jumped|mounted|stood)\b|\b(?:bringing|brought|brings|pushing|pushed|raising|"
                          r"raised|taking)\s+the\s+(?:\w+\s+){0,2}?toll\b(?:\s+\S+){0,12}?\s+to\s+(?:at\s+least\s+)?\d")
#: Words of a death that, in a sentence telling how a toll grew, is one of its victims, not a new event
#: ("the toll ... rose to 28 on Monday when a woman died in hospital", "pulled more bodies from the
#: rubble, bringing the toll to 20").
TOLL_VICTIM_WORDS = frozenset({"died", "dies", "succumbed", "bodies", "body"})


def _date_of_telling(sentence: str, window: dates_mod.DateWindow, toll_rise: re.Match | None) -> bool:
    """The date says when something was told ("residents said on Monday") or when a count stood ("the
    toll rose to 276 on Monday", after `toll_rise`, the sentence's `TOLL_RISE_RE` match), not when the
    event happened: kept when nothing better is told, but no evidence of another event."""
    if window.start < 0 or window.start >= len(sentence):
        return False
    if dates_mod.said_before(sentence, window.start):
        return True
    if window.text[:3].lower() == "by ":
        return True       # "had collected more than 100 bodies by Wednesday": when the count stood
    if _RESCUE_WORK.search(sentence):
        return True       # "Rescue workers were still pulling bodies from the rubble on Sunday": after the blast
    return toll_rise is not None and toll_rise.end() <= window.start


#: Rescue and recovery work after an event: its day is not the event's.
_RESCUE_WORK = re.compile(
    r"(?i)\b(?:rescuers|rescue\s+(?:workers|teams|crews)|emergency\s+(?:workers|crews)|firefighters|"
    r"civil\s+defen[cs]e\s+(?:workers|teams)|volunteers|soldiers|workers)\s+(?:were|are|had\s+been|have\s+been)\s+"
    r"still\s+(?:digging|searching|pulling|combing|sifting|clearing|recovering|removing)\b")


#: Verbs whose object noun is the event they perform ("carried out an attack", "launched an offensive").
SUPPORT_VERB_STEMS = ("carr", "launch", "stag", "mount", "conduct", "perpetrat", "commit", "execut", "unleash",
                      "made", "make", "open")


#: Words that end a noun phrase's run of modifiers: a new clause or an aside begins.
_NP_BREAKS = frozenset({",", ";", "(", "-", "--", "\u2014", "\u2013", "which", "who", "whom", "whose", "when", "where",
                        "that", "after", "before", "as", "while", "since", "because", "until", "and", "but"})


def _date_in_noun_phrase(tok: Any, exprs: list[dates_mod.DateWindow], doc: Any,
                         t_end: int) -> dates_mod.DateWindow | None:
    """The date closing a noun trigger's own phrase: "accused of the murder of a U.S. drug agent in
    Mexico in 1985", "hearings Tuesday into the police shooting of demonstrators in Kisumu in July
    1991" are dated 1985 and July 1991, not by the verb of the report or the procedure."""
    after = [e for e in exprs if e.start >= t_end and e.start - t_end <= 90]
    if not after:
        return None
    if any(0 <= e.start < t_end and (d := _token_at(doc, e.start)) is not None and _under(tok, d) for e in exprs):
        return None       # "Monday's killing of a colonel in Bilbao ... today": the noun's own date comes first
    e = min(after, key=lambda w: w.start)
    between = [t for t in doc if t_end <= t.idx < e.start]
    if any(t.lower_ in _NP_BREAKS or t.dep_ in CLAUSAL_DEPS or t.dep_ in ("aux", "auxpass") for t in between):
        return None
    return e


def _date_in_clause(verb: Any, window: dates_mod.DateWindow, exprs: list[dates_mod.DateWindow], doc: Any,
                    t_start: int) -> dates_mod.DateWindow:
    """The date expression the parse puts under the trigger's verb, when the nearest one by words is
    another clause's: "The gunman, who was still at large Monday, ... opened fire in front of Remsen
    Hall on Sunday night" is dated Sunday."""
    # ("... shot down an Indian MiG-21 over Kashmir, and tensions remained high until a ceasefire was renewed in
    # February 2021": a joined clause with its own subject tells something else)
    joined = [c for c in verb.children if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]

    def under(e: dates_mod.DateWindow) -> bool:
        tok = _token_at(doc, e.start) if e.start >= 0 else None
        return tok is not None and _under(verb, tok) and not _in_modifier_clause(tok, verb) \
            and not any(_under(c, tok) for c in joined)
    if window.start < 0 or under(window):
        return window
    inside = [e for e in exprs if under(e)]
    if not inside:
        if verb.dep_ == "relcl":
            # "fought a brief aerial battle in February 2019, when a Pakistani jet shot down an Indian MiG-21":
            # a clause told of a date is dated by it
            head = verb.head.idx
            return next((e for e in exprs if 0 <= e.start <= head < e.end), window)
        return window
    return min(inside, key=lambda e: abs(e.start - t_start))


def _date_of_main_clause(verb: Any, window: dates_mod.DateWindow, doc: Any) -> bool:
    """The trigger tells who someone is, inside a clause about something else, and the date is that
    clause's: "held a vigil Thursday night to honor a boy who was shot and killed", "the officer told
    me this morning about a child shot here", "a teen accused of shooting her brother was back in
    court Thursday". ("A man who was shot Thursday died Friday": Thursday is inside the shooting's clause.)"""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head        # "who was shot and killed"
    if window.start < 0 or verb.dep_ not in ("relcl", "acl", "pcomp"):
        return False
    if any(a.lower_.startswith(_RESPONSE_STEMS) for a in verb.ancestors):
        return False            # "police responded Tuesday to reports of a teen shot": the same time
    date_tok = _token_at(doc, window.start)
    if date_tok is None:
        return False
    if verb.dep_ in ("relcl", "acl") and _under(verb.head, date_tok):
        return False            # "the Nov. 22 shootout that wounded 17": the date of the event noun itself
    return not _under(verb, date_tok)


def _in_modifier_clause(tok: Any, top: Any) -> bool:
    """Between `tok` and its ancestor `top`, a relative or participle clause of a procedure: "a woman,
    who was arrested Friday, shot her husband on Tuesday" (Friday is under "shot" only through its
    subject). Other such clauses may tell the event itself: "the judge, who was murdered on 28 July",
    "the clashes that took place last night", "hit by a missile fired by a plane last night"."""
    cur, clauses = tok, 0
    while cur.i != top.i and cur.head is not cur:
        if cur.dep_ in ("relcl", "acl"):
            if cur.lower_.startswith(PROCEDURE_STEMS):
                return True
            clauses += 1
        cur = cur.head
    # "in attacks ... that threatened a plan agreed in Munich last week": a clause inside a clause tells of
    # something else the first one names
    return clauses >= 2


def _under(node: Any, tok: Any) -> bool:
    """`tok` is in the parse subtree of `node`."""
    return any(t.i == tok.i for t in node.subtree)


#: A main clause that happens when the event does: the call, the response, the find (the parser
#: runs without a lemmatizer, hence stems).
_RESPONSE_STEMS = ("respond", "call", "dispatch", "arriv", "find", "found", "discover", "report", "hear",
                   "heard", "summon", "sent", "send", "rush", "witness", "saw", "see")


#: A death the sentence itself puts down to an accident, whatever else it says of the dead ("THE FOUNDER OF THE
#: GUERRILLA ORGANIZATION, WHO WAS KILLED IN AN AIRPLANE ACCIDENT"); a hunting or shooting accident is gun violence.
_KILLED_IN_AN_ACCIDENT = re.compile(
    r"(?i)\b(?:killed|died|dead|perished)\s+in\s+(?:an?|the)\s+"
    r"(?!(?:[\w\-]+\s+){0,2}?(?:hunting|shooting|gun|firearms?|weapons?|hit-and-run)\b)(?:[\w\-]+\s+){0,2}?"
    r"(?:accident|(?:plane|air|car|road|helicopter|traffic|train)\s+crash)\b")


def _accident(sentence: str) -> bool:
    """Deaths told in the same sentence as an accident or disaster, with no sign of violence."""
    return bool(ACCIDENT_RE.search(sentence)) and not VIOLENCE_RE.search(sentence) \
        or bool(_KILLED_IN_AN_ACCIDENT.search(sentence))


_WEAPON_MENTION = re.compile(r"(?i)\b(?:guns?|rifles?|pistols?|handguns?|firearms?|shotguns?|weapons?|bullets?|"
                             r"discharged|gunfire|gunshots?|shots?|bombs?|grenades?|mines?)\b")
#: Words that only tell of harm or damage, whatever caused it.
HARM_WORDS = frozenset({"destroyed", "injured", "wounded", "killed", "dead", "died", "deaths", "death", "toll",
                        "casualties", "injuries", "bodies", "body", "fatal", "fatally", "hurt"}) | CONDITION_TRIGGERS


def _harm_after_a_disaster(text: str, sent: Sentence, words: list[str]) -> bool:
    """"THE TOLL FROM LAST WEEK'S EARTHQUAKE ROSE TODAY. ... 400 BUILDINGS WERE DESTROYED AND 30,000 PEOPLE
    WERE INJURED": harm told right after a disaster in the same paragraph, with no sign of violence."""
    if not words or not all(w in HARM_WORDS for w in words) or VIOLENCE_RE.search(sent.text) \
            or _WEAPON_MENTION.search(sent.text):
        return False
    before = text[max(0, sent.start - 300):sent.start]
    before = before[before.rfind("\n\n") + 2:] if "\n\n" in before else before
    if before.strip() and _accident(before):
        return True
    # "The driver was among those killed.", further down a story whose lead is a bus plunging into a ravine
    lead = text[:min(sent.start, 400)]
    return bool(lead.strip()) and _accident(lead) and not VIOLENCE_RE.search(lead) and not _WEAPON_MENTION.search(lead)


AGGREGATE_RE = re.compile(
    r"\b(?:since (?:(?:early |late |mid-?)?(?:1[89]|20)\d\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|the (?:war|conflict|start|beginning|uprising|insurgency)|"
    r"(?:the |[\w-]+'s )?(?:war|conflict|uprising|insurgency|offensive|coup|invasion|crisis) "
    r"(?:began|started|erupted|broke out))|"
    # "had been killed by militias since the March 29 elections" (not "the bloodiest day since the Feb. 1 coup")
    r"(?:killed|died|dead|deaths|wounded|injured|abducted|kidnapped|displaced)\s+(?:[^\s,;]+\s+){0,6}?since\s+"
    r"(?:the |last (?:year|month|week)'s )(?:\S+ ){0,3}?(?:elections?|polls?|vote|coup|invasion|revolution|"
    r"ceasefire|truce|referendum)|"
    r"so far|to date|in total|altogether|statistics|figures show|(?:every|each|per) (?:day|week|month|year)|"
    # "the death toll from three days of riots"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:days|weeks|months) of (?:\w+ ){0,2}?"
    r"(?:riots?|rioting|protests?|unrest|violence|clashes|fighting|demonstrations|bombings?|shelling|attacks|"
    r"air ?strikes)|"
    # "DURING 10 YEARS OF CIVIL WAR MORE THAN 70,000 PEOPLE HAVE BEEN KILLED": a war's toll
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years|decades) of (?:\w+ ){0,2}?"
    r"(?:war|warfare|conflict|fighting|violence|insurgency|civil strife|unrest|guerrilla)|"
    # "600 PEASANTS WERE MURDERED IN MORE THAN 40 MASSACRES": one toll of many events
    r"in (?:more than |over |at least |some |nearly |about )?(?:\d{2,}|[5-9]|five|six|seven|eight|nine|ten|"
    r"dozens of|scores of|hundreds of|a series of|a string of|a wave of) (?:separate |different )?(?:massacres|attacks|"
    r"bombings|incidents|shootings|raids|clashes|ambushes|explosions|blasts)|"
    r"(?:over|in|during|for) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?|weeks?)|"
    # comparisons of periods: "316 killed through June, up from 211 in the same period last year"
    r"(?:up|down) from (?:about |around |some |nearly |almost )?\d|"
    r"compared (?:with|to) (?:about |around |some |nearly |almost )?\d|(?:the )?same period (?:of |last |a )|"
    r"in the first (?:\w+ )?(?:months?|weeks?|half|quarter) of)\b", re.IGNORECASE)


def _over_a_period(sentence: str) -> bool:
    """The sentence counts over a period ("since the elections", "each day", "up from 211"); "in total"
    and "so far" may sum one event's victims ("in total eight people were shot")."""
    return any(m.group(0).lower() not in ("so far", "to date", "in total", "altogether")
               for m in AGGREGATE_RE.finditer(sentence))


#: A singular event noun after a year ("the 2015 bombing"): the year names one event.
_ONE_EVENT_OF_THE_YEAR = re.compile(
    r"(?i)\s+(?:[a-z\-]+\s+){0,2}?(?:massacre|killing|attack|bombing|shooting|murder|coup|invasion|stabbing|"
    r"assassination|hijacking|kidnapping|siege|slaying|rampage|ambush|raid|airstrike|blast|explosion|"
    r"car\s+bomb|suicide\s+bombing)\b(?!\s+(?:cases|figures|rate|campaigns?|season|wave))")


def _aggregate(tok: Any, window: dates_mod.DateWindow, sentence: str, own_date: bool = True) -> bool:
    """A count of many events over a period ("142 murders in September", "17 kidnap cases"), not one event."""
    if window.precision == "year" and _ONE_EVENT_OF_THE_YEAR.match(sentence, window.end) \
            and re.search(r"(?i)\bthe\s+$", sentence[max(0, window.start - 5):window.start]):
        return False    # "twelve people died in the 2015 bombing in Kano": one event, named by its year
    nps = [tok]
    if tok.dep_ == "compound" or tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "kidnap cases", "cases of"
        nps.append(tok.head if tok.dep_ == "compound" else tok.head.head)
    # "the deaths of at least 700 people this year"
    nps.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj")
    # "3,804 civilians were killed in Afghanistan in 2018": many victims over a year, with no one who
    # acted, are a statistic (not "In 2014 the group abducted 276 schoolgirls in Chibok")
    victims = [c for c in tok.children
               if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and tok.lower_ in _VICTIM_SUBJECT_VERBS]
    if not victims and tok.dep_ == "conj":   # "1,366 civilians were killed and 2,446 wounded"
        victims = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if victims and not any(c.dep_ == "agent" for c in tok.children):
        nps.extend(victims)
    # ("two homicides in 2020": over a whole year even two are a tally)
    least = 1 if window.precision == "year" else 2
    many = any(c.dep_ == "nummod" and _number_over(c.lower_, least) for n in nps for c in n.children) \
        or any(v.i != tok.i and _number_over(v.lower_, least) for v in victims)   # "and 762 were killed"
    wide = window.precision in ("month", "year") or (window.date_end - window.date_start).days > 31
    undated = window.precision == "publication" or not own_date
    # "82 massacres", "17 kidnappings", and what a relative clause tells happened in them ("82 massacres
    # in which more than 600 peasants were killed"): so many events are a tally, whatever the window
    relcl = tok if tok.dep_ == "relcl" else tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" else None
    antecedent = relcl.head if relcl is not None else None
    lots = any(n is not None and n.lower_ in COUNTED_EVENT_NOUNS and any(
        c.dep_ == "nummod" and _number_over(c.lower_, 10) and c.lower_ not in ("dozens", "several", "many")
        for c in n.children) for n in (tok, antecedent))   # ("six attacks in the last 24 hours" are told one by one)
    # "killed in bandit attacks across northern Nigeria last year": many events over a whole year (not "the
    # attacks of last year", named events)
    yearly = window.precision == "year" and tok.lower_ in COUNTED_EVENT_NOUNS and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any") for c in tok.children)
    # "at least 45 people have been killed in attacks across Salahuddin province this week": events all
    # over a region, counted together
    # ("a wave of bombings across Iraq killed at least 17 people": the victims as the verb's object)
    spread = bool(_SPREAD_OVER_A_REGION.search(sentence)) and (many or tok.lower_ in COUNTED_EVENT_NOUNS or any(
        c.dep_ == "dobj" and (_number_over(c.lower_, 2) or any(g.dep_ == "nummod" and _number_over(g.lower_, 2)
                                                                for g in c.children)) for c in tok.children))
    # "VARIOUS TERRORIST ACTIONS LAST AUGUST", "numerous attacks in the province last month"
    noun = tok.head if tok.dep_ in ("amod", "compound") else tok   # ("TERRORIST ACTIONS": the trigger's noun)
    vague = wide and noun.lower_ in COUNTED_EVENT_NOUNS and any(
        c.dep_ in ("amod", "det") and c.lower_ in _VAGUE_MANY for c in noun.children)
    return lots or yearly or spread or vague or (many and wide) or ((wide or undated) and bool(AGGREGATE_RE.search(sentence)))


#: Words for an uncounted many: "various attacks", "numerous bombings".
_VAGUE_MANY = frozenset({"various", "numerous", "several", "many", "multiple", "repeated", "countless", "frequent",
                         "recurrent", "sporadic", "scattered", "constant", "continuous", "continual"})
#: Many events over a region: "attacks across the province", "violence throughout the north".
#: A toll summed over several places or a whole country ("nearly 100 people had been killed across Oromiya
#: and Amhara over the weekend", "More than 60 people were shot across the city over the long holiday
#: weekend"): a tally of the events, not one event's figure.
_TOLL_ACROSS_PLACES = re.compile(
    r"\b(?i:killed|died|dead|shot|wounded|injured)\s+(?:[\w\-]+\s+){0,3}?(?i:across|throughout)\s+(?:"
    r"(?i:the\s+(?:country|nation|region|state|province))\b|(?i:(?:several|\w+)\s+(?:states|provinces|regions|"
    r"cities|towns|districts))\b|[A-Z][\w\-]+(?:\s+region)?,?\s+(?:and|or)\s+[A-Z][\w\-]+|"
    # "At least 35 people ... were killed across Bangladesh on Thursday"
    r"(?!(?i:the|a|an|from|to|in|into|at)\b)[A-Z][\w\-]+\b|"
    r"(?i:the\s+city\s+(?:over|during)\s+the\s+(?:[\w\-]+\s+){0,4}?weekend)\b)"
    # "Across the country at least 114 people were killed on Saturday"
    r"|\b(?i:(?:across|throughout)\s+the\s+(?:country|nation)\b,?\s+(?:[\w\-,]+\s+){0,5}?"
    r"(?:were|have\s+been|had\s+been)\s+(?:killed|shot|wounded|injured))\b")
_SPREAD_OVER_A_REGION = re.compile(
    r"(?i)\b(?:attacks|clashes|bombings|killings|violence|fighting|raids|air\s?strikes|incidents|shootings|unrest)"
    r"\s+(?:[\w\-]+\s+){0,2}?(?:across|throughout)\b")


_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _number_over(word: str, n: int) -> bool:
    digits = word.replace(",", "")
    if digits.isdigit():
        return int(digits) > n
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word] > n
    if word in ("dozens", "hundreds", "thousands", "scores", "several", "numerous", "many"):
        return True
    q = parse_quantity(word) if word[:1].isalpha() and word != "a" else None   # "forty", "ninety-nine"
    return q is not None and q.best is not None and q.best > n


def _no_event_named(doc: Any, triggers: list[tuple[int, int, str]]) -> bool:
    """Only deaths are told, by verbs or plural nouns ("assassinations ... with 462 killed"), naming no
    one event ("the 2010 massacre", "an ambush")."""
    for t_start, _, etype in triggers:
        if etype not in ("killing", "mass_killing"):
            return False
        tok = _token_at(doc, t_start)
        if tok is not None and not _is_verbal(tok) and tok.dep_ not in ("ROOT", "conj") \
                and not _plural_noun(tok.lower_):
            return False
    return True


def _plural_noun(word: str) -> bool:
    """An event noun in the plural ("deaths", "killings", "attacks", "clashes"; the parse has no tagger)."""
    return word.endswith("s") and not word.endswith(("ss", "us", "sis"))


def _statement_word(word: str) -> bool:
    return word.startswith(STATEMENT_STEMS)


def _part_of_other(span: tuple[int, int] | None, other: tuple[int, int] | None) -> bool:
    """The two evidence spans overlap: one figure read twice, as killed and as wounded."""
    return span is not None and other is not None and span[0] < other[1] and other[0] < span[1]


def _object_list_cut_by_parse(clause: Casualties, sentence: Casualties, text: str, c_end: int) -> bool:
    """The parser ended the clause inside its list of victims: "killing six policemen and a civilian,
    military sources said" gives the clause "killing six policemen and" (the civilian taken as the
    subject of "said"), while the sentence's count starts at the same word and runs past the clause."""
    k, sk = clause.killed, sentence.killed
    if k is None or sk is None or clause.killed_span is None or sentence.killed_span is None:
        return False
    return clause.killed_span[0] == sentence.killed_span[0] and sentence.killed_span[1] > c_end \
        and (sk.best or 0) > (k.best or 0) and re.search(r"\band\s*$", text[clause.killed_span[1]:c_end]) is not None


def _subject_cut_by_parse(clause: Casualties, sentence: Casualties, text: str, c_start: int) -> bool:
    """The parser split a victim list at a parenthesis or dash: "six Jesuits (five Spaniards and
    one Salvadoran) and two women were killed" gives the clause "two women were killed", while
    the sentence's count (8) spans the whole list and holds the clause's figure."""
    k, sk = clause.killed, sentence.killed
    if k is None or sk is None or clause.killed_span is None or sentence.killed_span is None:
        return False
    s0, s1 = sentence.killed_span
    c0, c1 = clause.killed_span
    if not (s0 < c_start <= c0 and c1 <= s1) or (sk.best or 0) <= (k.best or 0):
        return False
    return bool(re.search(r"\)|--", text[s0:c_start])) and re.search(r"(?i)\band\s*$", text[s0:c_start].rstrip()) is not None


def _claimed_in_sentence(clause: Casualties, sentence: Casualties) -> bool:
    """The sentence marks as a claim the same figure the clause states."""
    if not sentence.claimed:
        return False
    return any(c is not None and s is not None and c.best == s.best
               for c, s in ((clause.killed, sentence.killed), (clause.wounded, sentence.wounded)))


#: What makes "blew up" an explosion: a device, a target, an armed actor or its toll in the sentence.
_BLAST_CONTEXT = re.compile(
    r"(?i)\b(?:bomb\w*|explosi\w*|dynamite|device|ieds?|mines?|grenades?|suicide|kill\w*|dead|died|wounded|"
    r"injur\w*|bridges?|pylons?|towers?|pipelines?|buildings?|vehicles?|cars?|trucks?|bus|trains?|rebels?|"
    r"guerrillas?|militants?|insurgents?|terrorists?|attackers?|themselves|himself|herself)\b")


def _used_in_attack(tok: Any, verb: Any) -> bool:
    """A weapon noun reports an attack when its verb is one of firing, exploding or hitting."""
    heads = [verb, tok.head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        heads.append(tok.head.head)
    # (not a noun that looks like a verb of firing: "grenade launchers and mortars"; not a weapons
    # test: "test-fired a missile")
    return any((h.lower_.startswith(lexicon.ATTACK_VERB_STEMS)
                and not (h.i == tok.head.i and tok.dep_ in ("conj", "compound") and h.dep_ in NOMINAL_DEPS)
                and not any(c.lower_ == "test" for c in h.children))
               or (h.lower_ in _OFF_VERBS and any(c.lower_ == "off" for c in h.children)) for h in heads)


#: Plural nouns of events: many of them, counted, are a tally ("82 massacres", "25 attacks on the pipeline").
COUNTED_EVENT_NOUNS = frozenset({
    "massacres", "attacks", "bombings", "killings", "murders", "kidnappings", "abductions", "incidents", "raids",
    "clashes", "ambushes", "explosions", "shootings", "assaults", "assassinations", "violations", "cases",
    "actions", "operations", "executions", "homicides", "skirmishes", "battles", "airstrikes", "strikes"})


#: Who clash in words: "the two candidates clashed", "lawmakers clashed over the budget".
WORD_CLASHERS = frozenset({
    "candidates", "candidate", "lawmakers", "legislators", "senators", "congressmen", "politicians", "ministers",
    "minister", "delegates", "deputies", "judges", "lawyers", "economists", "critics", "commentators", "pundits",
    "rivals", "presidents", "president", "leaders", "officials", "parliamentarians", "mps", "councillors",
    "councilors", "republicans", "democrats", "conservatives", "liberals", "executives", "coaches", "managers"})
#: Where a clash is one of words: "clashed ... in their only debate".
_WORDY_SETTING = re.compile(
    r"(?i)\b(?:in|during|at)\s+(?:a|an|the|their|his|her|its|[a-z]+'s)\s+(?:[\w-]+\s+){0,2}?(?:debates?|interviews?|"
    r"meetings?|sessions?|hearings?|talks|speech|speeches|exchanges?|discussions?|forums?|summit|press\s+conference|"
    r"news\s+conference|parliament|senate|assembly|council|committee|tv|television|radio|broadcast|op-ed|tweets?|"
    r"posts?|letters?)\b")


def _war_of_words(verb: Any, sentence: str) -> bool:
    """'The two candidates clashed in their only debate', 'lawmakers clashed over the budget': words, not arms."""
    wordy = bool(_parties(verb, (), subjects=True) & WORD_CLASHERS) or bool(_WORDY_SETTING.search(sentence))
    # (not "security officials clashed with militants", "rebel leaders clashed with troops")
    return wordy and not _WEAPON_MENTION.search(sentence) and not _ARMED_OR_HURT.search(sentence)


_ARMED_OR_HURT = re.compile(r"(?i)\b(?:killed|wounded|injured|dead|hurt|troops|soldiers|army|rebels|guerrillas|police|"
                            r"protesters|demonstrators|fighters|militants|militia\w*|gunmen|insurgents|forces)\b")


#: What rallies on a market: "oil prices rallied", "stocks staged a rally".
MARKET_WORDS = frozenset({
    "price", "prices", "stock", "stocks", "share", "shares", "market", "markets", "futures", "bond", "bonds",
    "yield", "yields", "index", "indexes", "indices", "currency", "currencies", "dollar", "euro", "yen", "pound",
    "peso", "rupee", "rand", "naira", "lira", "ruble", "rouble", "oil", "gold", "crude", "equities", "bitcoin",
    "commodities", "dow", "nasdaq", "ftse", "nikkei", "investors", "traders", "sterling", "economy"})


def _not_a_gathering(tok: Any, verb: Any, sentence: str, t_start: int) -> bool:
    """A market's rally ("oil prices rallied", "a rally in stocks") or a party named Rally ("the National
    Rally", "Rally for the Republic"), not people gathered."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ in MARKET_WORDS or any(g.dep_ == "compound" and g.lower_ in MARKET_WORDS for g in c.children)
           for c in subjects):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(g.lower_ in MARKET_WORDS for g in c.children)
           for c in tok.children):
        return True
    word = sentence[t_start:t_start + 5]
    return word == "Rally" and not sentence[:t_start].strip().endswith((".", ":", '"')) \
        and t_start > 0 and not sentence.isupper() \
        and (re.search(r"[A-Z][\w'-]*\s+$", sentence[:t_start]) is not None
             or sentence.startswith("Rally for ", t_start) or sentence.startswith("Rally of ", t_start))


#: What one withdraws from without moving troops.
AGREEMENT_NOUNS = frozenset({
    "deal", "agreement", "agreements", "treaty", "treaties", "accord", "accords", "talks", "negotiations", "pact",
    "ceasefire", "truce", "race", "election", "elections", "contest", "competition", "coalition", "government",
    "alliance", "process", "dialogue", "program", "programme", "scheme", "convention", "protocol", "league",
    "tournament", "bid", "candidacy", "campaign", "court", "organization", "organisation", "union", "body"})


#: A toll in round hundreds or thousands ("hundreds of civilians"): with no date of its own, a tally.
_VAGUE_HUNDREDS = re.compile(r"(?i)\s*(?:many\s+|several\s+)?(?:hundreds|thousands|tens\s+of\s+thousands)\b")


#: Vehicles and weapons named for what they do: "attack" before them is no event.
ARMED_VEHICLES = frozenset({"craft", "crafts", "helicopter", "helicopters", "aircraft", "submarine", "submarines",
                            "boat", "boats", "jet", "jets", "plane", "planes", "dog", "dogs", "ad", "ads", "vessel",
                            "vessels", "drone", "drones", "rifle", "rifles"})


#: Verbs that with "off" say a device exploded or was exploded: "set off a bomb", "a bomb went off".
_OFF_VERBS = frozenset({"set", "sets", "setting", "went", "gone", "go", "goes", "going"})


#: What is seized from an owner, never ground taken ("occupied several of his properties").
OWNED_GOODS = frozenset({"property", "properties", "assets", "belongings", "goods", "vehicles", "cars", "weapons",
                         "arms", "documents", "funds", "accounts", "shares", "estates", "businesses", "companies",
                         "possessions", "yachts", "aircraft", "planes", "cattle", "livestock"})
#: Contraband and its measures: "seized 2.3 tons of cocaine at the port of Guayaquil" takes no ground.
SEIZED_GOODS = OWNED_GOODS | frozenset({
    "cocaine", "heroin", "drugs", "narcotics", "marijuana", "cannabis", "methamphetamine", "fentanyl", "opium",
    "hashish", "contraband", "ammunition", "rifles", "guns", "firearms", "explosives", "cash", "money", "cargo",
    "shipment", "shipments", "tons", "tonnes", "kilograms", "kilos", "kg", "pounds", "barrels", "containers",
    "boats", "trucks", "passports", "equipment", "materiel", "fuel", "oil", "gold", "timber"})


#: Who pulls out or retreats without being a force: markets, sponsors, voters.
CIVIL_LEAVERS = frozenset({"people", "investors", "traders", "buyers", "sellers", "companies", "firms", "sponsors",
                           "fans", "voters", "customers", "donors", "banks", "funds", "markets", "stocks", "shares",
                           "prices", "candidates", "parties", "lenders", "partners", "players", "teams"})


def _on_the_verge(verb: Any) -> bool:
    """"on the verge of taking", "on the brink of capturing": close to it, not done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lower_ in (
        "verge", "brink", "threshold", "edge", "point")


def _inside_trigger(tok: Any, triggers: list[tuple[int, int, str]], types: Collection[str]) -> bool:
    """The token is a word of one of the sentence's triggers of these types (`triggers` hold offsets in
    the sentence, as do the tokens of its parse)."""
    return any(t[2] in types and t[0] <= tok.idx < t[1] for t in triggers)


def _protest_fired_upon(tok: Any, triggers: list[tuple[int, int, str]]) -> bool:
    """The protesters are the target of a violent trigger of the sentence ("opened fire on protesters",
    "shot demonstrators", "fired on villagers protesting"): the protest is where the violence happened,
    told once, as the violence."""
    crowd = tok.head if tok.dep_ == "acl" else tok
    if crowd.dep_ == "pobj" and crowd.head.lower_ == "of":
        crowd = crowd.head.head      # "thousands of villagers protesting"
    if crowd.dep_ == "pobj" and crowd.head.lower_ in ("on", "at", "into", "upon"):
        act = crowd.head.head
    elif crowd.dep_ in ("dobj", "nsubjpass"):
        act = crowd.head
    else:
        return False
    return act.i != tok.i and _inside_trigger(act, triggers, lexicon.VIOLENT)


def _armed_encounter(tok: Any) -> bool:
    """"killed in an encounter with security forces", "an encounter between Maoists and police": a gunfight
    (South Asian usage), told with armed parties."""
    return any(EXPELLED_FORCE_RE.fullmatch(p) or p in POLICE or p in ("maoists", "naxals", "naxalites")
               for p in _parties(tok, ("with", "between"), subjects=False))


def _seized_by_the_law(verb: Any, police_only: bool = False) -> bool:
    """"a man captured by U.S. Marshals", "seized by police": an arrest, not a kidnapping (nor, by
    police, ground taken)."""
    law = POLICE | {"marshals", "agents", "deputies"}
    if not police_only:
        law = law | WITHDRAWN_FORCES | {"authorities", "officials"}
    return any(g.dep_ == "pobj" and g.lower_ in law for c in verb.children if c.dep_ == "agent" for g in c.children)


def _seized_object(verb: Any) -> Any | None:
    """What was seized: the verb's object, or the noun a participle modifies ("a priest seized by gunmen")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.dep_ == "acl" and verb.lower_.endswith("ed"):
        obj = verb.head
    return obj


def _forces_left_ground(verb: Any) -> bool:
    """Armed men leaving ground of their own day ("The paramilitary fighters withdrew from the town on Sunday",
    "Dutch troops had abandoned several observation posts"): a withdrawal, though the town is named elsewhere."""
    armed = any(c.dep_ == "nsubj" and (c.lower_ in WITHDRAWN_FORCES or EXPELLED_FORCE_RE.fullmatch(c.text))
                for c in verb.children)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ in ("out", "back") for g in c.children if g.dep_ == "prep"]  # "out of"
    ground = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in preps if c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
    return armed and any(g.lower_ in SEIZABLE for g in ground)


def _seizes_territory(verb: Any, place_source: str, places: list[PlaceMention], offset: int) -> bool:
    """Seizing a town, base or area - not seizing a person ("seized the mayor") or weapons."""
    obj = _seized_object(verb)
    if _seized_by_the_law(verb, police_only=True):
        return False     # "a boy ... was captured by U.S. Marshals in Reading": police take no ground
    if obj is not None and (SEIZED_PERSONS.fullmatch(obj.lower_) or obj.lower_ in SEIZED_OFFICIALS
                            or obj.lower_ in SEIZED_GOODS):
        return False     # "seized the mayor of Tarqui", "a priest seized by gunmen in Lanao", "2.3 tons of cocaine"
    if obj is not None:
        # the object itself, its name parts, and "the town OF X" - not "rifles IN Cali"
        # ("most of the city", "8 km of the road to La Libertad" - not "several of his properties on the coast")
        heads, parts = [obj], []
        for c in obj.children:
            if c.dep_ in ("compound", "appos", "amod", "nmod"):
                heads.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                parts.extend(g for g in c.children if g.dep_ == "pobj")
        starts = set()
        for h in heads:
            for t in h.subtree if h is not obj else [obj, *[c for c in obj.children if c.dep_ == "compound"]]:
                starts.add(offset + t.idx)
        for g in parts:
            if g.lower_ not in OWNED_GOODS:
                starts.update(offset + t.idx for t in g.subtree)
        if obj.lower_ in SEIZABLE or any(g.lower_ in SEIZABLE for g in parts) or any(p.start in starts for p in places):
            return True
        return False
    if place_source == "clause":
        return True
    return any(t.lower_ in SEIZABLE for t in verb.subtree)


def _fill_casualties(cas: Casualties, other: Casualties, shot_then_died: bool = False) -> Casualties:
    """`cas` with the figure it lacks taken from `other` (the whole sentence's reading, or another
    trigger of the sentence); a figure that reads the same words as the one `cas` has is not taken.
    With `shot_then_died`, a death read on the words that say someone was shot is that victim's:
    "a female who was shot in a park died at the hospital" is one victim shot (the relative clause)
    and dead (the main clause), so she counts as killed, not wounded."""
    if cas.killed is None and cas.wounded is None:
        return other
    if cas.killed is None and other.killed is not None:
        if not _part_of_other(other.killed_span, cas.wounded_span):
            cas = dataclasses.replace(cas, killed=other.killed, killed_span=other.killed_span)
        elif shot_then_died and cas.wounded_from_shot:     # the one shot is the one who died
            cas = dataclasses.replace(cas, killed=other.killed, killed_span=other.killed_span, wounded=None,
                                      wounded_span=None, wounded_from_shot=False)
    elif cas.wounded is None and other.wounded is not None and not _part_of_other(other.wounded_span, cas.killed_span):
        cas = dataclasses.replace(cas, wounded=other.wounded, wounded_span=other.wounded_span,
                                  wounded_from_shot=other.wounded_from_shot)
    return cas


#: Stretches of time that a setting fills: "the bloodiest day of protests", "a week of rioting".
_SPAN_NOUNS = frozenset({"day", "days", "night", "nights", "week", "weeks", "weekend", "month", "months", "wave", "waves"})


#: "died Tuesday after being shot the night before", "succumbed on Friday after he was stabbed"
DIED_AFTER_HARM_RE = re.compile(r"(?i)\b(?:died|dies|succumbed)\b[^.;]{0,60}?\bafter\s+(?:being|having\s+been|"
                                r"(?:he|she|they|who)\s+(?:was|were|had\s+been))\s+(?:\w+\s+)?"
                                r"(?:shot|stabbed|wounded|injured|hurt|beaten|struck|hit|attacked)\b")
_DEATH_TRIGGERS = frozenset({"died", "dies", "succumbed"})


def _harm_before_death(a: Mention, b: Mention) -> Mention | None:
    """Of two mentions of one sentence, the harm whose victim the sentence says died of it days later
    ("died Tuesday, March 12 after being shot the night before"): one event, dated by the harm."""
    death, harm = (a, b) if a.trigger.lower() in _DEATH_TRIGGERS else (b, a)
    if death.trigger.lower() not in _DEATH_TRIGGERS or harm.trigger.lower() in _DEATH_TRIGGERS \
            or not DIED_AFTER_HARM_RE.search(death.sentence.text):
        return None
    gap = (death.window.date_start - harm.window.date_end).days
    return harm if 0 <= gap <= AFTERMATH_MAX_DAYS else None


def _tally_figures_beside(a: Mention, b: Mention) -> bool:
    """One is a tally with figures and the other no tally: merged, the tally's figures would count the
    event ("each shooting where four or more people died in the U.S. since Aug. 1, 1966")."""
    return a.tally != b.tally and any(
        m.tally and (m.casualties.killed is not None or m.casualties.wounded is not None) for m in (a, b))


def _merge_in_sentence(ms: list[Mention]) -> list[Mention]:
    """Several triggers of one sentence with the same place and time are one event mention."""
    out: list[Mention] = []
    for m in ms:
        for i, o in enumerate(out):
            one_toll = o.etype in lexicon.VIOLENT and m.etype in lexicon.VIOLENT \
                and o.casualties.killed_span is not None and o.casualties.killed_span == m.casualties.killed_span
            # ("Protesters clashed with police, and two people were killed": the riot's dead)
            riot_toll = "riot" in (o.etype, m.etype) and (o.etype in lexicon.GENERIC or m.etype in lexicon.GENERIC)
            harm = _harm_before_death(o, m)
            if (lexicon.compatible(o.etype, m.etype) or one_toll or riot_toll) and _same_place(o.place, m.place) \
                    and (_windows_overlap(o.window, m.window) or harm is not None) and o.recalled == m.recalled \
                    and not _tally_figures_beside(o, m):
                # ("air strikes and artillery fire killed 27": two weapons, one toll, one event)
                keep_place = o.place if o.place is not None else m.place
                cas = _fill_casualties(o.casualties, m.casualties, shot_then_died=True)
                window = harm.window if harm is not None else \
                    o.window if PRECISION_RANK[o.window.precision] <= PRECISION_RANK[m.window.precision] else m.window
                out[i] = Mention(lexicon.more_specific(o.etype, m.etype), o.trigger if lexicon.more_specific(o.etype, m.etype) == o.etype else m.trigger,
                                 o.sentence, window,
                                 keep_place, o.place_source or m.place_source, cas,
                                 o.actor1 or m.actor1, o.actor2 or m.actor2, o.order, o.weak and m.weak,
                                 o.date_own or m.date_own, aftermath=o.aftermath and m.aftermath, separate=o.separate,
                                 tally=o.tally and m.tally, recalled=o.recalled and m.recalled)
                break
        else:
            out.append(m)
    return out


def _fill_place_fallback(ms: list[Mention], sentences: list[Sentence], idx: int, places: list[PlaceMention],
                         dateline: PlaceMention | None, dominant: PlaceMention | None) -> None:
    """A clause without a place takes the one the paragraph named just before, else the article's."""
    para = sentences[idx].paragraph
    prev_places: list[PlaceMention] = []
    j = idx - 1
    while j >= 0 and sentences[j].paragraph == para and not prev_places:
        prev_places = [p for p in places if sentences[j].start <= p.start < sentences[j].end
                       and p.role not in _NO_FALLBACK_ROLES]
        j -= 1
    for i, m in enumerate(ms):
        if m.place is not None:
            continue
        fallback, source = None, ""
        distinct = {(p.place.geonameid, p.place.name) for p in prev_places}
        if len(distinct) == 1:
            fallback, source = prev_places[-1], "paragraph"
        elif dominant is not None and dominant.place.precision == "place":
            fallback, source = dominant, "article"
        elif dateline is not None:
            fallback, source = dateline, "dateline"
        elif dominant is not None:
            fallback, source = dominant, "article"
        if fallback is not None:
            ms[i] = dataclasses.replace(m, place=fallback, place_source=source)


#: Unarmed people: a killing of several of them is a massacre (schemas/event_types.yaml).
_CIVILIAN_VICTIMS = re.compile(
    r"(?i)\b(?:villagers|civilians|worshippers|worshipers|passengers|students|schoolchildren|pupils|farmers|"
    r"peasants|pilgrims|refugees|mourners|shoppers|fishermen|miners|women\s+and\s+children|residents|"
    r"inhabitants|herders|displaced|workers|labou?rers|protesters|demonstrators|churchgoers|"
    r"bystanders|diners|customers|tourists)\b")
#: "Several" in the vocabulary's sense of a massacre.
MASS_KILLING_MIN_DEAD = 5


def _final_type(etype: str, killed: Count | None, victims: str | None) -> str:
    """The vocabulary's mass_killing is the execution or massacre of several captives or civilians:
    "executed a village chief" is a killing, "Gunmen killed 40 villagers" a mass killing."""
    dead = killed.best if killed is not None and killed.best is not None else None
    if etype == "mass_killing" and dead is not None and dead < 3:
        return "killing"
    if etype in ("killing", "attack", "shooting") and dead is not None and dead >= MASS_KILLING_MIN_DEAD \
            and victims and _CIVILIAN_VICTIMS.search(victims):
        return "mass_killing"
    return etype


def _reported_first(counts: list[tuple[Count | None, bool]]) -> Count | None:
    """The best figure the reports state; a party's claim only when no report states one ("the group
    said it had killed 1,700 soldiers ... officials said at least 160 bodies had been found": 160),
    as incidents do (docs/incidents.md)."""
    reported = _best_count([c for c, claimed in counts if not claimed])
    return reported if reported is not None else _best_count([c for c, claimed in counts if claimed])


def _best_count(counts: list[Count | None]) -> Count | None:
    """Mentions repeat or update a figure; the largest stated best wins (never a sum of repeats).

    Figures told as victims on top of others (``Count.added``: "his driver was also killed",
    "two bodyguards were also killed") are added to a lone victim, each distinct figure once;
    a group figure is kept as it is (it usually holds them already). Later deaths of the event's
    wounded (``Count.more``: "three more people wounded in the raid died") add to any figure when
    no figure is stated after them (`counts` in text order).
    """
    stated = [c for c in counts if c is not None]
    if not stated:
        return None

    def key(c: Count) -> tuple[int, int]:
        return (c.best if c.best is not None else (c.low or 0), c.high or 0)

    base = [c for c in stated if not c.added]
    if not base:
        return max(stated, key=key)
    top = max(base, key=key)
    last_base = max(i for i, c in enumerate(stated) if not c.added)
    more = [c for i, c in enumerate(stated) if c.more and c.best and i > last_base]
    if more and top.best:
        # "killing 12 village guards ... THREE MORE PEOPLE WOUNDED IN THE RAID DIED": 15, when no figure
        # is stated after the more (a later toll holds them)
        return _sum_counts([top, *more])
    extra: dict[tuple[str, int], Count] = {}
    for c in stated:
        if c.added and c.best:
            extra.setdefault((c.text.lower(), c.best), c)
    if not extra or top.best != 1:
        return top  # a group figure usually already holds the victims told one by one later
    return _sum_counts([top, *extra.values()])


def _sum_counts(parts: list[Count]) -> Count:
    """Figures of distinct victims added up (their texts joined with " + ", which `_part_of` reads)."""
    best = sum(c.best or 0 for c in parts)
    low = min(sum(c.low or 0 for c in parts), best)
    high = None if any(c.high is None for c in parts) else max(best, sum(c.high or 0 for c in parts))
    return Count(low, best, high, " + ".join(c.text for c in parts))


def _part_of(count: Count | None, total: Count | None) -> bool:
    """`count` is the figure `_best_count` chose, or one of the figures it summed."""
    if count is None or total is None:
        return False
    return count is total or count.text in total.text.split(" + ")


_BESIDE_OTHERS = re.compile(r"\b(?:others?|another|also|more|additional)\b", re.IGNORECASE)


def _shot_less_dead(ev: Event, killed: Count | None, wounded: Count | None, text: str) -> Count | None:
    """The injured are those shot less the dead when the event's only injury figures say that people
    were shot, in sentences that tell no death ("Three people were shot Monday. One died at the
    scene." = 1 killed, 2 wounded; "The boy was shot and killed ... the boy was shot in the chest" =
    1 killed, none wounded): GVA and ACLED count each victim once. "Two others were shot" is on
    top of the dead and stays; a stated injury figure wins over a count of those shot."""
    if killed is None or not killed.best or wounded is None or wounded.best is None:
        return wounded
    stated = [m.casualties for m in ev.mentions if m.casualties.wounded is not None]
    told = [c.wounded for c in stated if not c.wounded_from_shot]
    if told:  # "two killed and three wounded ... five were shot": those shot hold the dead
        return _best_count(told)
    if any(
            _BESIDE_OTHERS.search(text[c.wounded_span[0]:c.wounded_span[1]]) for c in stated if c.wounded_span):
        return wounded
    rest = wounded.best - killed.best
    if rest <= 0:
        return None
    return Count(max(0, min(rest, (wounded.low or 0) - killed.best)), rest,
                 None if wounded.high is None else max(rest, wounded.high - killed.best), wounded.text)


_DEATH_WORDS = re.compile(
    r"\b(?:kill\w*|dead|died|dies|death\w*|fatal\w*|slain|murder\w*|homicide\w*|bod(?:y|ies)|"
    r"executed|massacre\w*|assassin\w*|lifeless|deceased|perished|martyr\w*|shahadat|neutrali[sz]ed|eliminated|"
    r"lost (?:his|her|their) li(?:fe|ves))\b",
    re.IGNORECASE)
#: A stated injury count with no death word anywhere in the article means no one died
#: (ACLED's convention: fatalities 0 when a violent event is reported without deaths).
NO_DEATHS = Count(0, 0, 0, "no deaths reported")


def _counting(ev: Event, field_name: str) -> list[Casualties]:
    """The casualties whose `field_name` figure may count the event: a tally's only when no other
    mention states one."""
    mentions = sorted(ev.mentions, key=lambda m: m.order)    # text order: a later figure updates an earlier one
    told = [m.casualties for m in mentions if not m.tally and getattr(m.casualties, field_name) is not None]
    return told or [m.casualties for m in mentions]


def _rows(article: dict[str, Any], events: list[Event], text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ev_rows, mention_rows = [], []
    no_death_words = _DEATH_WORDS.search(text) is None
    for ev in events:
        first = ev.mentions[0]
        w = ev.window()
        pm = ev.place()
        killed = _reported_first([(c.killed, c.claimed) for c in _counting(ev, "killed")])
        wounded = _reported_first([(c.wounded, c.claimed) for c in _counting(ev, "wounded")])
        wounded = _shot_less_dead(ev, killed, wounded, text)
        if killed is None and no_death_words and (
                (wounded is not None and wounded.best) or ev.etype == "shooting"):
            # A shooting or an injury report in an article that never mentions a death:
            # local news always reports a death when there is one.
            killed = NO_DEATHS
        claimed = any(
            m.casualties.claimed and (_part_of(m.casualties.killed, killed) or _part_of(m.casualties.wounded, wounded))
            for m in ev.mentions
        )
        key = f"{article['id']}|{first.sentence.start}|{first.order}|{ev.etype}"
        event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:24]
        sentences = []
        for m in ev.mentions:
            if m.sentence not in sentences:
                sentences.append(m.sentence)
        actor1 = next((m.actor1 for m in ev.mentions if m.actor1), None)
        actor2 = next((m.actor2 for m in ev.mentions if m.actor2), None)
        place = pm.place if pm else None
        row = {
            "event_id": event_id,
            "article_id": article["id"],
            "event_date": w.event_date.isoformat(),
            "date_start": w.date_start.isoformat(),
            "date_end": w.date_end.isoformat(),
            "date_precision": w.precision,
            "date_text": w.text,
            "event_type": _final_type(ev.etype, killed, actor2),
            "location_text": pm.text if pm else None,
            "place_name": place.name if place else None,
            "geonameid": place.geonameid if place else None,
            "admin1_code": place.admin1_code if place else None,
            "country_code": place.country_code if place else None,
            "latitude": place.latitude if place else None,
            "longitude": place.longitude if place else None,
            "geo_precision": place.precision if place else "unknown",
            "casualties_claimed": bool(claimed),
            "evidence": " ".join(s.text for s in sentences[:5]),
            "published": article["published"],
            "source": article.get("source"),
            "actor1": actor1,
            "actor1_norm": normalize_actor(actor1),
            "actor2": actor2,
            "actor2_norm": normalize_actor(actor2),
            "sentence_start": first.sentence.start,
            "sentence_end": first.sentence.end,
            "num_mentions": len(ev.mentions),
            "incident_id": None,
            "extractor_version": EXTRACTOR_VERSION,
        }
        for kind, count in (("killed", killed), ("wounded", wounded)):
            row[f"{kind}_low"] = count.low if count else None
            row[f"{kind}_best"] = count.best if count else None
            row[f"{kind}_high"] = count.high if count else None
        ev_rows.append(row)
        for s in sentences:
            trig = next(m.trigger for m in ev.mentions if m.sentence == s)
            mention_rows.append({
                "event_id": event_id, "article_id": article["id"], "event_date": row["event_date"],
                "sentence": s.text, "char_start": s.start, "char_end": s.end, "trigger": trig,
            })
    return ev_rows, mention_rows
