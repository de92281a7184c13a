"""Actor names: as written in the clause, plus a normalized name for common forms."""
from __future__ import annotations

import re

#: normalized name -> patterns (matched case-insensitively on the actor text)
ACTOR_PATTERNS: list[tuple[str, str]] = [
    ("Islamic State", r"\b(?:isis|isil|islamic state|daesh|da'esh|the militant group)\b"),
    ("Al-Qaeda", r"\bal[- ]?qa'?e?da\b"),
    ("Taliban", r"\btaliban\b"),
    ("Boko Haram", r"\bboko haram\b"),
    ("Al-Shabaab", r"\bal[- ]?shabaa?b\b"),
    ("Hezbollah", r"\bhezbollah|hizbollah\b"),
    ("Hamas", r"\bhamas\b"),
    ("FMLN", r"\bfmln\b|farabundo marti"),
    ("Shining Path", r"\bshining path\b|sendero luminoso"),
    ("FARC", r"\bfarc\b|revolutionary armed forces of colombia"),
    ("ELN", r"\beln\b|national liberation army"),
    ("MRTA", r"\bmrta\b|tupac amaru"),
    ("URNG", r"\burng\b"),
    ("Medellin Cartel", r"medellin cartel|extraditables"),
    ("Security forces", r"\b(?:security forces|army|armed forces|troops|soldiers|military|national guard|"
                        r"battalion|brigade|government forces)\b"),
    ("Police", r"\b(?:police|policem[ae]n|officers?|deputies|sheriff'?s?|troopers?|swat)\b"),
    ("Militants", r"\b(?:militants?|insurgents?|rebels?|guerrillas?|terrorists?|subversives?|extremists?|"
                  r"gunm[ae]n|fighters|jihadists?)\b"),
    ("Civilians", r"\b(?:civilians?|residents?|villagers?|peasants?|people|children|women|students?)\b"),
    ("Protesters", r"\b(?:protesters?|demonstrators?|marchers?|strikers?)\b"),
]
_COMPILED = [(name, re.compile(p, re.IGNORECASE)) for name, p in ACTOR_PATTERNS]


def normalize_actor(text: str | None) -> str | None:
    """'ISIL fighters' -> 'Islamic State'; 'Iraqi security forces' -> 'Security forces'; else None."""
    if not text:
        return None
    for name, rx in _COMPILED:
        if rx.search(text):
            return name
    return None
