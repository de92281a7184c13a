"""Trigger lexicon: word forms that can report an event, by event type.

Patterns are matched case-insensitively on whole words. The parser then decides
whether a match reports an event (past or present, asserted) or not (plans,
threats, negations, references without any detail of their own).
"""
from __future__ import annotations

import re

#: Who a communique says was "neutralised", "eliminated" or "wiped out": then it tells a killing.
ARMED_ENEMIES = (r"(?:terrorists|militants|insurgents|bandits|rebels|fighters|gunmen|attackers|assailants|"
                 r"jihadists|extremists|guerrillas|criminals|kidnappers|enemy|enemies|aggressors|separatists|"
                 r"infiltrators)")

# type -> regex alternatives (whole words)
TRIGGERS: dict[str, list[str]] = {
    "mass_killing": [r"executed", r"executions?", r"executing", r"massacred?", r"massacres", r"slaughtered",
                     r"mass (?:killing|murder|grave)s?"],
    "bombing": [r"bomb(?:s|ed|ing|ings)?", r"car[- ]bombs?", r"explosions?", r"exploded", r"blasts?",
                r"detonated?", r"detonation", r"IEDs?", r"explosives?", r"dynamited?",
                r"(?<!stun )(?<!tear gas )(?<!tear-gas )(?<!smoke )(?<!flash )(?<!flash-bang )(?<!sound )grenades?",
                r"suicide bombers?", r"blew (?:(?:themselves|himself|herself|itself) )?up", r"blown up",
                r"blowing (?:(?:themselves|himself|herself|itself) )?up", r"car[- ]bombers?",
                # "their vehicle hit a land mine", "stepped on a mine"
                r"(?:hit|struck|stepped on|ran over|drove over|triggered) an? (?:land ?mine|landmine|mine)",
                r"land ?mines?", r"landmines?"],
    "airstrike": [r"(?:Israeli|Russian|American|U\.S\.|coalition|Saudi-led|Turkish|NATO|Syrian|Iraqi|Iranian|"
                  r"Ukrainian|Pakistani|Ethiopian|Emirati|Egyptian|Jordanian) "
                  r"(?:military |army |aerial |drone |missile )?strikes?",
                  r"air ?strikes?", r"air raids?", r"drone strikes?", r"bombing raids?", r"strafed",
                  r"(?:carried out|launched|conducted) (?:[\w-]+ ){0,2}?strikes?(?= (?:on|against) )"],
    "shelling": [r"(?:missile|rocket|artillery|mortar) (?:strikes?|attacks?|barrages?)",
                 r"pound(?:ed|ing) (?:[\w'-]+ ){0,3}?(?:positions?|targets?|strongholds?|bases?|lines|troops|forces|"
                 r"rebels|guerrillas|militants|defen[cs]es|emplacements|bunkers)",
                 r"shell(?:ed|ing|s)(?!\s+out\b)", r"(?<=\bto )shell", r"mortars?", r"mortared", r"artillery", r"rockets?",
                 r"missiles?", r"bombarded", r"bombardments?"],
    "kidnapping": [r"kidnap(?:ped|ping|pings|s)?", r"kidnapers?", r"kidnappers?", r"abduct(?:ed|ing|ion|ions|s)?",
                   r"hostages?", r"taken hostage"],
    "territory_seized": [r"seized?", r"seizure", r"captured?", r"capturing", r"overran", r"overrun",
                         r"(?:took|taken|takes?|taking|seized|gained|wrested|assumed) (?:full |complete |total )?control",
                         r"fell to",
                         # "took the towns of Gracac and Obrovac", "have taken the district centre of Kelbajar"
                         r"(?:took|taken|retook|retaken) (?:the |two |three |several )?(?:strategic |key |nearby |"
                         r"rebel-held |government-held |northern |southern |eastern |western |central )?"
                         r"(?:towns?|villages?|city|cities|district (?:centre|center)s?|regional capital|provincial capital|"
                         r"airport|airbase|garrison|port|hills?|heights)(?= of\b| [A-Z])",
                         r"(?:rolled|swept) into",
                         # "The Reds entered Seoul", "troops marched into Canton" (armed movers only: events)
                         r"entered(?= [A-Z])", r"(?:marched|moved) into(?= (?:the )?[A-Z])",
                         r"(?:drove|driven|driving|pushed|forced|chased|flushed) (?:[\w'-]+ ){1,5}?out of",
                         r"(?:drove|driven|pushed|forced|chased) out of",
                         r"(?:ousted|expelled|evicted) (?:[\w'-]+ ){1,5}?from", r"liberat(?:ed|ing)",
                         r"occupied", r"takeover", r"taken over", r"took over", r"retook", r"retaken", r"recaptured?"],
    "withdrawal": [r"withdrew", r"withdrawn", r"withdrawal", r"withdraw(?:ing|s)?", r"pull(?:ed|ing) out",
                   r"retreat(?:ed|ing|s)?", r"abandoned", r"pull(?:ed|ing) back"],
    "armed_clash": [r"clash(?:ed|es|ing)?", r"fighting", r"fought", r"battled?", r"battles",
                    r"fire ?fights?", r"gun ?battles?", r"shoot-?outs?", r"skirmish(?:es)?", r"exchange of fire",
                    r"combats?", r"confrontations?", r"engagements?", r"encounters?"],
    "arson": [r"set (?:on )?fire", r"set ablaze", r"(?:setting|sets) (?:on )?fire",
              r"(?:set|setting|sets) (?:[\w'-]+ ){1,5}?(?:on fire|ablaze|alight)", r"torched", r"torching",
              r"burned down", r"burnt down", r"arson", r"set alight",
              # "militiamen burned houses", "burnt dozens of huts" (not "burned to death": a killing)
              r"burn(?:ed|t|ing) (?:(?:down|the|their|his|her|dozens of|hundreds of|scores of|several|many|\d+|"
              r"two|three|four|five|six|seven|eight|nine|ten|twenty|some|more than \d+) ){0,2}?(?:[\w-]+ )?"
              r"(?:houses|homes|huts|villages?|shops|stores|vehicles|cars|buses|trucks|churches|mosques|temples|"
              r"schools|buildings|markets?|offices|property|properties|dwellings|shacks|tents|crops|fields)",
              r"sabotage[ds]?", r"looted", r"destroyed"],
    "riot": [r"riots?(?!\s+(?:police|policemen|gear|squads?|shields?|control|act|troops|units?|officers?|vans?))",
             r"rioting", r"rioters", r"rioted",
             # "threw stones at journalists and police officers", "stone-throwing youths"
             r"(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:stones|rocks|bricks)", r"stone[- ]throwing",
             r"stone[- ]pelting"],
    "protest": [r"protest(?:s|ed|ing|ers)?", r"demonstrat(?:ion|ions|ors|ed)", r"marched", r"sit-ins?",
                r"strikers", r"took to the streets"],   # (a strike alone is no protest, as ACLED codes it)
    "rally": [r"rall(?:y|ies|ied)", r"parade[ds]?", r"paraded"],
    "arrest": [r"arrest(?:ed|s)?", r"detained", r"detentions?", r"apprehended", r"taken into custody"],
    "shooting": [r"shot", r"shootings?", r"gunfire", r"opened fire", r"gunshots?",
                 r"(?:fired|firing) (?:shots|on|at)",
                 r"(?:grazed|struck|hit) by (?:an? )?(?:stray |single )?(?:bullets?|gunfire|rounds?)",
                 r"bullets? (?:grazed|struck|hit)", r"riddled with (?:bullets|gunfire)", r"bullet-riddled"],
    "attack": [r"(?<!heart )(?<!panic )(?<!asthma )attack(?:s|ed|ing|ers)?", r"ambush(?:ed|es)?", r"raid(?:s|ed)?", r"assault(?:s|ed)?",
               r"storm(?:ed|ing)(?!\s+(?:out|off|away))",
               r"struck", r"hit by", r"machinegunned", r"machine-gunned",
               r"insurgents? (?:hit|struck)", r"wounded", r"injured", r"injuries", r"casualties",
               r"wounding", r"injuring", r"terrorist (?:acts?|actions?)",
               # a person hurt, not "sanctions hurt the economy"
               r"(?<=was )hurt", r"(?<=were )hurt", r"(?<=been )hurt", r"(?<=seriously )hurt", r"(?<=badly )hurt",
               r"(?<=slightly )hurt", r"(?<=lightly )hurt", r"(?<=critically )hurt", r"(?<=gravely )hurt",
               # "Two other people were in serious condition", "was grazed in the arm by a bullet"
               r"(?<=in )(?:serious|critical|grave) condition", r"grazed(?= (?:[\w-]+ ){0,4}?by (?:a |stray )?(?:bullets?|gunfire|shrapnel)\b)"],
    "killing": [r"killed", r"kills?", r"killing", r"killings", r"murder(?:s|ed)?", r"slain", r"died",
                r"dead", r"deaths?(?!\s+(?:squads?|threats?|penalty|sentences?|row|certificates?|march))", r"assassinat(?:ed|ion|ions)", r"bodies", r"body", r"stabbed",
                r"beheaded", r"lynch(?:ed|ing|ings)", r"martyr(?:ed|ing)", r"gunned down",
                r"embraced (?:shahadat|martyrdom)",
                # communiques: "neutralised 12 terrorists", "eliminated five militants" (not "eliminated jobs")
                r"(?:neutrali[sz]|eliminat|liquidat)(?:ed|ing)(?=\s+(?:[\w,-]+\s+){0,4}?%s\b)" % ARMED_ENEMIES,
                r"(?:wiped|wiping) out(?=\s+(?:[\w,-]+\s+){0,4}?%s\b)" % ARMED_ENEMIES,
                r"(?:hacked|beaten|beat|stoned|clubbed|burned|burnt) to death", r"burn(?:ed|t) alive",
                r"(?:cut|slit|slitting|cutting) the throats? of", r"strangled", r"decapitated",
                r"(?:death )?toll", r"fatal(?:ly)?", r"homicides?", r"lost (?:their|his|her) lives?"],
}

#: Most specific first: when one clause holds several triggers, the first listed type wins. A riot
#: outranks arson, the only violent type it merges with: fires set by rioters are part of the riot.
PRIORITY = ["mass_killing", "bombing", "airstrike", "shelling", "kidnapping", "territory_seized",
            "withdrawal", "armed_clash", "riot", "arson", "shooting", "attack", "killing", "protest",
            "rally", "arrest"]
_RANK = {t: i for i, t in enumerate(PRIORITY)}

#: Types that often name the setting of another event ("a shooting at a parade").
SETTING_TYPES = frozenset({"rally", "protest", "riot", "arrest"})

#: Weapon nouns: a trigger only when used in an attack ("fired rockets at", "a mortar round hit"),
#: not when weapons are found, seized, handed in or bought.
WEAPON_WORDS = frozenset({"explosive", "explosives", "grenade", "grenades", "rocket", "rockets", "missile",
                          "missiles", "mortar", "mortars", "artillery", "dynamite", "bomb", "bombs", "ied", "ieds",
                          "mine", "mines", "landmine", "landmines", "land mine", "land mines"})
ATTACK_VERB_STEMS = ("fire", "fired", "launch", "hit", "struck", "strike", "land", "explod", "detonat", "drop",
                     "rain", "pound", "shell", "lob", "hurl", "threw", "throw", "attack", "kill", "wound",
                     "destroy", "damag", "blew", "blow", "injur", "target", "plant", "plac", "ripp", "tore",
                     "tear", "slam", "smash", "crash", "wreck", "devastat", "rock", "shook", "gut")

#: Words of sport reporting that are rarely anything else. A story with four or more of them is a match
#: report, whose "assault", "bombarded", "massacre" and "shot to pieces" are figures of speech.
SPORTS_TERMS = re.compile(
    r"\b(goalkeepers?|goalies?|midfield(?:ers?)?|half-?time|kick-?off|derby|premiership|premier league|"
    r"play-?offs?|touchdowns?|quarterbacks?|innings|wickets?|batsm[ae]n|referees?|scored|equali[sz]er|hat-?trick|"
    r"stoppage time|full-?time|free kick|corner kick|penalty kick|semi-?finals?|quarter-?finals?|goalless|"
    r"strikers?|coach(?:es)?|defenders?|forwards|tournament|championship|league|season|fans|stadium|"
    r"match(?:es)?|goals?|pitch|team-?mates?|teams?)\b", re.IGNORECASE)
SPORTS_STORY_MIN_TERMS = 4
#: What only real violence has, even in a sports story ("a gunman opened fire outside the stadium").
REAL_VIOLENCE = re.compile(
    r"\b(?:guns?|gunned|gunm[ae]n|gunfire|gunshots?|pistols?|rifles?|handguns?|police|policem[ae]n|officers?|deputies|"
    r"sheriff|soldiers?|troops|militants?|rebels?|suspects?|victims?|hospitali[sz]ed|hospitals?|fatally|homicides?|"
    r"murder(?:ed|s)?|stabbed|stabbing|knife|arrested|bullets?|explosives?|grenades?|bombs?|bombings?|bomber|"
    r"hooligans|rioters?|riot|tear gas)\b", re.IGNORECASE)


def sports_story(text: str) -> bool:
    """A match report: its war words ("launched an all-out assault", "the derby massacre") are sport (not a
    story of a basketball star gunned down, which police and weapons tell apart)."""
    real = REAL_VIOLENCE.finditer(text)
    if next(real, None) is not None and next(real, None) is not None:
        return False      # most stories: two words of real violence come early, and the sports scan is skipped
    return len({m.group(1).lower() for m in SPORTS_TERMS.finditer(text)}) >= SPORTS_STORY_MIN_TERMS


#: Types that only say that violence happened; they merge into a specific type at the same place/time.
GENERIC = frozenset({"attack", "shooting", "killing"})
VIOLENT = frozenset({"mass_killing", "bombing", "airstrike", "shelling", "armed_clash", "attack",
                     "shooting", "killing", "kidnapping", "arson", "territory_seized"})

#: A trigger is a whole word: not inside a hyphenated word ("well-attacked"), but a dash of two hyphens
#: is punctuation ("NINE PEOPLE WERE WOUNDED--SEVEN CIVILIANS AND TWO SOLDIERS--").
_WORD_START = r"(?<!\w)(?<![^-]-)"
_WORD_END = r"(?!\w)(?!-(?!-))"

def _whole_words(patterns: list[str]) -> str:
    return _WORD_START + r"(?:" + "|".join(patterns) + r")" + _WORD_END


_COMPILED = [(etype, re.compile(_whole_words(pats), re.IGNORECASE)) for etype, pats in TRIGGERS.items()]
ANY_TRIGGER = re.compile(_whole_words([p for pats in TRIGGERS.values() for p in pats]), re.IGNORECASE)
#: The same patterns lowered, matched case-sensitively on lowered text: the same matches about 3x
#: faster, as the regex engine skips an alternative on its first letter only without IGNORECASE.
#: (No pattern holds an upper-case escape such as \W, which lowering would invert.)
_COMPILED_LOWER = [(etype, re.compile(rx.pattern.lower())) for etype, rx in _COMPILED]
_ANY_TRIGGER_LOWER = re.compile(ANY_TRIGGER.pattern.lower())


def _lowered(text: str) -> str | None:
    """`text` lowered, or None where lowering changes its length (offsets would shift: "İ")."""
    low = text.lower()
    return low if len(low) == len(text) else None


def has_trigger(text: str) -> bool:
    """Whether `text` holds any trigger word (the cheap test that picks the sentences to parse)."""
    low = _lowered(text)
    return bool(_ANY_TRIGGER_LOWER.search(low) if low is not None else ANY_TRIGGER.search(text))


def find_triggers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, event_type) for every trigger match, in text order (overlaps resolved by priority)."""
    hits: list[tuple[int, int, str]] = []
    low = _lowered(text)
    for etype, rx in _COMPILED_LOWER if low is not None else _COMPILED:
        for m in rx.finditer(low if low is not None else text):
            hits.append((m.start(), m.end(), etype))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), _RANK[h[2]]))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


#: A battle and the change of ground it brings are one event ("recaptured the town after heavy
#: fighting", "withdrew after clashes"), as ACLED codes territory taken as a kind of battle.
BATTLE = frozenset({"armed_clash", "territory_seized", "withdrawal"})


def compatible(a: str, b: str) -> bool:
    """Two mentions' types may describe one event (same type, a generic one beside a violent one,
    or a battle beside the territory it changed)."""
    if a == b:
        return True
    return (a in GENERIC and b in VIOLENT) or (b in GENERIC and a in VIOLENT) or (a in BATTLE and b in BATTLE) \
        or {a, b} == {"riot", "arson"} \
        or {a, b} == {"riot", "protest"}  # "rioted in Beni, torching the town hall"; "a protest turned into a riot"


def more_specific(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b
