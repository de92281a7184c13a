"""Place mention finding, article-level disambiguation and event place selection (pure Python).

``find_places(text, gaz)`` scans token n-grams (up to 6 tokens) against the gazetteer's exact and loose name
dictionaries, filters English words / person names / organisations, infers the article's country focus
(Mordecai3-style: countries named, demonyms, dateline, unambiguous places, admin1 regions) and resolves every
mention using focus, population, the admin1 regions the article names and closeness to the other places.
``event_place(mentions, start, end, trigger)`` picks the place of one event from its clause.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from .gazetteer import (DEMONYMS, TELL_WORDS, US_POSTAL, US_STATE_ABBR, Gazetteer, Place, haversine_km,
                         loose_key, normalize)

__all__ = ["Place", "PlaceMention", "Gazetteer", "find_places", "event_place", "country_focus"]


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int
    end: int
    place: Place
    cue: str = ""
    #: "dateline"; "offfocus" (outside the article's focus countries: an event place only with a locative
    #: cue, see event_place); "residence" (a person's home town: "Jane Doe, 32, of Dunbar"); "destination"
    #: (where people fled: "forcing 3,000 people to flee into Thailand"); "origin" (where attackers or their
    #: weapons set out from, "jets flying from Aviano", "rockets fired from Gaza", or whose forces struck,
    #: "U.S. F-16 jets"); "institution" (a state or country in an institution's name, "the University of
    #: Georgia": a scene, less close than a dateline town inside it); "this_town" (a region describing the
    #: dateline town, "IN THIS COUNTY TYRONE MARKET TOWN": the town, like an institution's region); "city_part"
    #: (a part of the town told before, "the city's Dniprovskyi district": that town, unless the part lies in
    #: it); "distance" (a landmark the scene
    #: is measured from: "35 km south-east of Maiduguri"); "source" (a country whose media or officials
    #: told the story: "China's state media said"); "care" (where a victim was treated or died:
    #: "taken to Christ Medical Center in Oak Lawn"); "stray" (a small namesake abroad that nothing else in
    #: the article supports: "struck Solhan" in a Burkina Faso story is not Solhan, Turkey); "" otherwise
    role: str = ""


# ----------------------------------------------------------------------------------------------------------
# word lists (general English knowledge)
_W = lambda s: frozenset(s.split())  # noqa: E731

STOPWORDS = _W("""
a an the and or but nor of in on at to from by for with without within into onto upon over under near about
above below after before during since until till via per than then there here this that these those it its
he she they we you i me him her them us our your their his my mine who whom whose which what when where why how
all any both each few many more most other some such no not only own same so too very can will just should now
is are was were be been being have has had do does did done say says said told tell according also even still
yet again once one two three four five six seven eight nine ten eleven twelve hundred thousand million first
second third last next new old mr mrs ms miss dr gen sen rep gov lt col sgt capt maj cpl pvt adm st
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
tomorrow morning evening night week weekend month year years day days hour hours time
police army military government president minister ministry forces force troops soldiers officers officer
people man men woman women child children boy girl family home house city town village province state
country region area district department county street road avenue highway report reports news radio press
agency service office party front group national federal local general central north south east west
northern southern eastern western upper lower great big little good well high low long black white red green
killed dead death wounded injured attack attacks shooting shot bomb bombs fire guerrillas rebels terrorists
battle battles combat clash clashes fighting ambush massacre raid riot protest protests explosion blast siege
army church school hospital university court judge law security public political social human rights
if as while because though although whether either neither every another against among between through
across around along behind beyond inside outside toward towards off out up down back away
las los del y con por para sin sobre entre hacia desde
ive im id ill youre theyre weve youve theyve youll theyll dont cant wont didnt doesnt isnt wasnt arent
hes shes thats theres whats lets
""")

#: Abstract nouns after "in" that make an idiom, not a town, in capitals ("IN PROGRESS", "IN PEACE",
#: "THE COST IN LIVES", "IN TURN", "IN EXCHANGE"): those the gazetteer also holds as place names.
IN_IDIOMS = _W("progress peace harmony unity concord freedom friendship justice liberty security "
                 "lives turn exchange panic anger limbo earnest vogue defiance drug")
# English words that are also names of populated places: accepted only after a locative cue
SOFT_WORDS = _W("""
hit man of police along mobile reading bath nice march victoria union sunday obama independence liberty hope
paradise commerce friendship harmony concord unity progress justice security freedom peace victory providence
enterprise opportunity eureka grand orange mesa mission lake sandy young early green white black brown bay
hall hill hills fort port mount mountain valley river spring springs rock stone wood woods field fields park
garden gardens center centre college station junction summit plains prairie forest haven grove vista
buena ocean pleasant fair fairview clinton jackson lincoln washington franklin jefferson madison monroe
adams hamilton wilson marion warren chester dover salem troy athens columbia florence alexandria lebanon
canton jordan paris rome vienna berlin moscow delta alpha omega echo phoenix aurora gloria dolores mercedes
esperanza concepcion trinidad rosario constitucion libertad progreso paz soledad caridad
said was sale sales price cash gun guns man kill bar bars camp camps base bases post posts market markets
border line lines sure best gold silver iron coal oil gas salt sand water waters wells well rich rock
ball bell bill bird bridge brook grill castle chase cliff cross crown dale dam deal ford gate glen globe grace
heart home hope horn hurricane island key king lamb lane lion love lowell marshall mayor media meridian
miles mill mills moon nation newport noble orange page pearl pine pines plain pride queen rich ridge royal
rush sage school shell ship shore sky star sterling strong sun sweet temple tower trail trinity tribune
turner union vale venus view villa wall ward way west wing winter york zion capital republic
today said army news live video photo photos click share comment comments war name worth drug
kaka bomba lima santa san
congress downtown uptown capital branch advance dawn bank charge nacional national northwestern northeastern
southwestern southeastern central centre midway midland highland highlands lowland coast coastal
industry industrial commercial enterprise custom customs treasury fortune success triumph glory honor honour
royal regal imperial federal republic democracy democracia liberal conservative social socialist communist
patriot patriots veteran veterans pioneer frontier colony colonial plantation ranch farm farmers
council assembly senate embassy consulate palace prison jail barracks garrison arsenal armory airport
harbor harbour beach beaches island islands cape point needles canyon gap pass crossing ferry landing
shelter refuge asylum welcome friendly loyal brave happy lucky silent quiet
manuel juan pedro jose luis carlos maria jesus angel angeles cruz rosa reina
sunni sunnis shia shiite shiites kurd kurds secretary minister ministry parliament cabinet mosque church
levant president governor general colonel sheriff deputy officer detective
god lord christ allah heaven metro
christmas easter thanksgiving halloween valentine valentines ramadan eid passover hanukkah diwali
""") - _W("lima santa san")

TITLES = _W("""
mr mrs ms miss dr gen general sen senator rep representative gov governor president pres vice lt lieutenant col
colonel sgt sergeant capt captain maj major cpl corporal pvt private adm admiral officer deputy detective
judge justice pope king queen prince princess sheikh sheik imam ayatollah father bishop archbishop rev
reverend minister secretary chief commander mayor councilman councilwoman attorney prosecutor sheriff
trooper agent professor prof saint sir lord lady brother sister comandante commandant msgr monsignor
""")

FIRST_NAMES = _W("""
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander
patrick jack dennis jerry tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl jeremy
keith roger gerald ethan arthur terry christian sean lawrence austin joe noah jesse albert bryan billy bruce
willie jordan dylan alan ralph gabriel roy juan wayne eugene logan randy louis russell vincent philip bobby
johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria kelly
christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria
jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber
theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte
jose luis carlos jorge manuel francisco pedro miguel jesus antonio alfredo roberto ricardo fernando rafael
eduardo mario hector oscar ramon raul ruben sergio victor alberto alejandro andres arturo cesar enrique
ernesto felipe guillermo gustavo hugo ignacio javier joaquin julio leonel marco orlando pablo rodrigo
rolando ana carmen rosa guadalupe juana lucia marta mercedes silvia teresa yolanda
mohammed muhammad mohammad ahmed ahmad ali hassan hussein hussain omar abdul abu ibrahim khalid mahmoud
mustafa nouri nuri osama saddam jalal masoud haider hayder abdullah yusuf youssef tariq
barack hillary bill al joe ted nancy jimmy ronald dick newt rudy
""")

FUNCTION_WORDS = _W("""
a an the and or but nor of in on at to from by for with without within into onto upon over under near about
above below after before during since until this that these those it its he she they we you i me him her them
us our your their his my who whom whose which what when where why how all any both each no not is are was were
be been have has had do does did said says if as while because than then there here also
las los del y con por para
""")
NAME_OK_NEIGHBOURS = _W("""
police department fire sheriff sheriffs county city town township village borough public schools school high
council mayor metro metropolitan area region state university hospital news officials man woman men women
residents resident native airport international national division district attorney court jail
marathon festival parade carnival fair
""")

ORG_FOLLOWERS = _W("""
street st avenue ave road rd boulevard blvd drive dr lane ln highway hwy parkway pkwy court ct place pl
way square plaza bridge battalion brigade regiment division company corp corporation inc university
college school academy hospital church cathedral mosque temple airport station stadium park mall hotel
bank post times herald tribune journal magazine party front movement council committee commission
association foundation institute club team jail prison penitentiary county parish township borough
""")

#: Facilities a town's name can precede as a plain modifier: "Brussels airport", "Garissa university"
#: (lowercase) is that town's; "Jackson Memorial Hospital", "Kennedy Airport" are names.
FACILITY_NOUNS = _W("airport station university college hospital church cathedral mosque temple stadium mall "
                    "hotel jail prison penitentiary school")
#: Nouns after a country name that make it a modifier, not a location ("U.S. embassy", "USSR citizens").
ROLE_NOUNS = _W("""
embassy embassies ambassador ambassadors consul consulate consulates government governments congress senate
congressman congressmen citizen citizens national nationals adviser advisers advisor advisors marine marines
official officials diplomat diplomats diplomatic aid assistance flag flags navy administration authorities
envoy envoys delegation mission missionary missionaries journalist journalists reporter reporters newspaper
company companies firm firms businessman businessmen volunteers volunteer priest priests nun nuns dollars
ambassadors intervention imperialism imperialist imperialists military troops army soldiers policy
president forces agents agent attorney attorneys marshal marshals representative representatives
""")
#: Last words of street names ("Church Street", "Willow Road"): never a town without "in".
STREET_WORDS = _W("street st avenue ave road rd boulevard blvd drive dr lane ln circle court ct terrace pike")
#: Words after a name that make it a part of a city ("the Russell neighborhood"): its namesake
#: towns are elsewhere, so the name is left to fall back on the city the text is about.
NEIGHBOURHOOD_WORDS = _W("neighborhood neighborhoods neighbourhood neighbourhoods subdivision barrio barrios "
                         "colonia")
#: Words that make "America" a region of many countries ("Central America", "Latin America").
CONTINENT_PARTS = _W("central south latin north middle meso")
_AMERICA = _W("america americas american americans")
#: Parts of a city and compass areas ("South Side", "Northeast"): not towns on their own.
AREA_KEYS = frozenset(
    ["north side", "south side", "east side", "west side", "northside", "southside", "eastside", "westside",
     "north end", "south end", "east end", "west end", "northeast", "northwest", "southeast", "southwest",
     "midtown", "uptown", "downtown", "inner city", "old town"])
#: Cues that put an event at a place outside the article's focus ("in Geneva", "near the border").
#: Verbs whose object is the place struck or taken (a cue "target" for a place right after them).
TARGET_VERBS = _W("hit hits shelled shelling bombed bombing attacked attacking struck strikes raided pounded "
                  "captured capturing seized seizing retook recaptured overran stormed besieged invaded "
                  "occupied encircled surrounded liberated bombarded rocketed targeted")
#: Nouns whose "of" names the place taken ("took control of Malisevo", "the fall of Kidal"): a "target" cue.
TAKEN_OF = _W("control capture recapture fall siege")
ABROAD_CUES = frozenset(("in", "near", "at", "outside", "inside", "around", "outskirts", "into", "target",
                         "throughout", "across"))

COMPASS = _W("north south east west northern southern eastern western")
COMPASS8 = COMPASS | _W("northeast northwest southeast southwest northeastern northwestern southeastern "
                        "southwestern")
#: Plural street words after two names ("at Brazil and La Grande avenues").
PLURAL_STREET_WORDS = _W("streets avenues roads boulevards drives lanes")
#: Words after a name that make it a street, whatever the cue ("in Douglas Alley").
STREET_FOLLOWERS = STREET_WORDS | _W("alley way trail") | PLURAL_STREET_WORDS
#: Institutions named after a town ("Schurz High School", "Comer Children's Hospital").
ORG_HEADS = _W("school hospital university college academy church cathedral stadium mall hotel bank clinic")
#: A place followed by one of these is the seat of a local agency ("Smyrna Police", "Tulsa Fire").
AGENCY_NOUNS = _W("police sheriff sheriffs fire metro pd")
#: Words between "the" and a neighbourhood's name ("the Far South Side Austin neighborhood").
_PART_QUALIFIERS = COMPASS | _W("northeast northwest southeast southwest side far near lower upper central inner outer")
_PART_OWNERS = _W("the his her their our its")

ADMIN_SUFFIX = _W("province governorate department departamento provincia region state prefecture")
#: Countries whose first-level regions English copy calls by this word ("Plateau State", "Anbar
#: governorate", "Cauca department"): a name shared with another country's region takes these.
ADMIN_WORD_COUNTRIES = {
    "state": frozenset("NG US IN SD SS MY MX MM VE BR AU DE ET SO".split()),
    "governorate": frozenset("IQ SY YE EG JO LB TN KW BH OM PS".split()),
    "department": frozenset("CO BO PE GT HN SV NI UY PY FR BJ HT".split()),
    "departamento": frozenset("CO BO PE GT HN SV NI UY PY".split()),
}
COUNTY_WORDS = _W("county parish")
LOC_CUES = _W("in near at outside around inside across throughout toward towards into outskirts")
WEAK_CUES = _W("of from to between and through via")
PART_OF_PLACE = _W("centre center heart middle outskirts edge suburbs streets")
NOT_PLACE_OF = _W("thousands hundreds dozens scores millions tens many some most number numbers group groups "
                  "members supporters followers")
POSSESSIVE_DETS = _W("our their his her its my your")
SPANISH_NAME_STARTS = _W("san santa santo sao puerto villa nueva nuevo ciudad")
SPANISH_CONTINUE = _W("los las del de la el")
STATION_WORDS = _W("radio television tv cadena canal")
_AGENCY_PAREN_END = re.compile(r"\s*(?:--|-|\u2014|\u2013|:)")
#: Armed groups and movements whose names are also small towns' ("the Taliban" is no village in Turkey,
#: "al-Shabab" none in Iran, "Boko Haram" none in Congo or Norway).
ARMED_GROUP_NAMES = _W("taliban shabab hamas amal wagner fano boko haram hezbollah hizbollah houthi houthis "
                       "janjaweed seleka") | frozenset({"tupac amaru", "tupaq amaru", "sendero luminoso"})
#: "Al-Shabaab", "al-Shabab": group names as the gazetteer's loose keys read them.
_ARMED_GROUP_LOOSE = frozenset(loose_key(k) for k in ARMED_GROUP_NAMES)
#: News agencies named like towns ("China's Xinhua news agency" is no town in China).
NEWS_AGENCY_NAMES = _W("xinhua tass efe ansa kyodo yonhap bernama antara irna wafa notimex")
#: What a country's name before "'s" is the source of, not the scene: "China's state media said".
_SOURCE_AFTER = re.compile(
    r"(?i)['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:official\s+|state(?:-run)?\s+|government(?:-run)?\s+|"
    r"semi-official\s+)?"
    r"(?:media|news\s+agency|television|tv|radio|press|foreign\s+ministry|defen[cs]e\s+ministry|"
    r"interior\s+ministry|embassy|ambassador|consulate|government|president|prime\s+minister|leader)\b")
#: Cues strong enough to read a known surname as a place ("shot in Martinez"); "toward", "to", "of" are not.
SURNAME_CUES = _W("in near at outside inside outskirts")
#: A bracketed acronym right after a name, not followed by a dateline's dash or comma ("ALLIANCE [ARENA]",
#: "Liberation Front (FLN) said"); "PHOENIX (AP) -" and "LIMA (EFE) --" are datelines, not this.
_ACRONYM_AFTER = re.compile(r"\s?[\[(][A-Z][A-Z&\-]{1,9}[\])](?!\s*(?:--|-|\u2014|\u2013|,|:))")
SETTLEMENT_WORDS = _W("town village city hamlet municipality township community settlement port suburb resort enclave oasis")
#: Arabic articles as transliterations write them, assimilated or not ("Deir ez-Zor", "Tell es-Safi").
ARABIC_ARTICLES = _W("al el as ad an ar at az ash ez ed es er en esh et")
CONNECTORS = _W("de la del los las y of the da do dos das di du le les upon on au aux sur") | ARABIC_ARTICLES

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}(?:[A-Za-z]{1,2}\.)?|[^\W\d_]+(?:['\u2019`\u2018][^\W\d_]+)*")
_POSS = re.compile(r"['\u2019][sS]$")
_ENGLISH_SUFFIX = re.compile(r"(?:ING|TION|TIONS|MENT|MENTS|NESS|ISTS|IST|IZED|ISED|ERS|ITY|IES|OUS|IVE|ED|LY|AL)$")
#: What follows a dateline's place: a dash, or the outlet in brackets ("CHICAGO — ", "DALLAS (CBSDFW.COM) –").
_INNER_DATELINE = re.compile(r"\s*(?:\u2014|\u2013|--|-\s|\([A-Z][A-Za-z.]{1,15}\)\s*(?:\u2014|\u2013|--|-))")
_DATELINE = re.compile(r"\s*((?:[A-Z][A-Z.'\-]*)(?: [A-Z][A-Z.'\-]*){0,4})\s*(?:,|\(|--|\u2014|\u2013| - |:\s)")
#: A city and a colon, with the filing day between them in mixed case: "Nagpur, Nov 1:", "Srinagar:"
_COLON_DATELINE = re.compile(
    r"\s*([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2})?\s*:\s+(?=[A-Z0-9\"\u201c])")
_CAPS_COLON_DATELINE = re.compile(
    r"\s*((?:[A-Z][A-Z.'\-]*)(?: [A-Z][A-Z.'\-]*){0,3})(?:,\s+[A-Z]{3,5}\.?\s+\d{1,2})?\s*:\s")
#: Words a story may open with before a colon that are no city ("BREAKING:", "Police: man shot").
_NOT_DATELINE_WORDS = frozenset({"BREAKING", "UPDATE", "UPDATED", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "EXCLUSIVE",
                                 "LIVE", "OPINION", "ANALYSIS", "EDITORIAL", "CORRECTION", "NOTE", "POLICE",
                                 "URGENT", "FLASH", "BULLETIN", "NEWS", "LISTEN", "READ MORE", "WARNING"})
_AFTER_COMMA_ABBR = re.compile(
    r",\s{0,2}((?:[A-Z]\.\s?){1,2}[A-Z]?[a-z]{0,3}\.|[A-Z][a-z]{1,4}\.|[A-Z]{3,5}\.|[A-Z]{2}\b)")

MAXN = 6
SPANISH_ARTICLES = frozenset(("los", "las", "del"))
ARTICLE_TOKS = frozenset(("al", "el", "as", "ad", "an", "ar", "ash", "at", "az"))


class _Tok:
    __slots__ = ("text", "start", "end", "norm", "cap", "poss", "sent_start", "gap_ok")

    def __init__(self, text, start, end, norm, cap, poss, sent_start, gap_ok):
        self.text, self.start, self.end, self.norm = text, start, end, norm
        self.cap, self.poss, self.sent_start, self.gap_ok = cap, poss, sent_start, gap_ok


_NORM_MEMO: dict[str, str] = {}


def _norm_token(t: str) -> str:
    norm = _NORM_MEMO.get(t)
    if norm is None:
        if t.isascii():
            norm = t.lower().replace("'", "").replace("`", "")
            if "." in norm:
                norm = " ".join(norm.replace(".", " ").split())
        else:
            norm = normalize(t)
        if len(_NORM_MEMO) < 200_000:
            _NORM_MEMO[t] = norm
    return norm


_POSS_ENDS = ("'s", "'S", "\u2019s", "\u2019S")


def _inner_arabic_article(toks: list[_Tok], i: int, j: int, text: str) -> bool:
    """'Maarat al-Numan', 'Deir ez-Zor': an Arabic article joined to the next word inside a name, whose
    spelling varies by transliteration (GeoNames: "Ma'arrat an Nu'man"), so the name is looked up loosely."""
    return any(toks[k].norm in ARABIC_ARTICLES and text[toks[k].end:toks[k].end + 1] == "-"
               for k in range(i + 1, j - 1))


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    memo_get = _NORM_MEMO.get
    Tok = _Tok
    prev_end = 0
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        t = m.group()
        end = e
        poss = False
        if len(t) > 3 and t.endswith(_POSS_ENDS):
            t, e, poss = t[:-2], e - 2, True
        norm = memo_get(t)
        if norm is None:
            norm = _norm_token(t)
        if s - prev_end == 1 and text[prev_end] == " " and toks:       # the common case: one space
            append(Tok(t, s, e, norm, t[0].isupper(), poss, False, True))
            prev_end = end
            continue
        gap = text[prev_end:s]
        gs = gap.strip()
        sent_start = not toks or gs.endswith((".", "!", "?", ":", "\"", "\u201c", "--")) or "\n" in gap
        if toks and toks[-1].text.endswith(".") and len(toks[-1].text) <= 4 and gs == "":
            sent_start = False
        gap_ok = bool(toks) and gs in ("", "-", "\u2013") and "\n" not in gap and len(gap) <= 2
        if toks and gs == "." and toks[-1].norm in ("st", "ft", "mt") and len(gap) <= 2:
            gap_ok, sent_start = True, False
        append(Tok(t, s, e, norm, t[:1].isupper(), poss, sent_start, gap_ok))
        prev_end = end
    return toks


def _is_caps(text: str) -> bool:
    head = text[:3000]
    up = sum(map(str.isupper, head))
    low = sum(map(str.islower, head))
    return up > 4 * max(low, 1) and up > 20


@dataclass
class _Cand:
    i: int                     # first token
    j: int                     # one past last token
    key: str
    ids: list
    exact: bool
    start: int
    end: int
    cue: str = ""
    strong: bool = False      # accepted without needing focus (cue / multi-token / mixed-case capital)
    admin_only: bool = False
    a1_filter: str | None = None
    cc_filter: str | None = None
    dateline: bool = False
    fallback: Place | None = None
    chosen: int | None = None
    exset: set | None = None
    bare: bool = False         # one capitalized word, no locative cue: may be a person or a title
    text_upper: bool = False
    attr: bool = False         # a country used as a modifier ("U.S. embassy"): votes weakly, never a place
    paren: bool = False        # dateline "CITY (COUNTRY)": a foreign bureau, a weak focus vote
    settled: bool = False      # named as a town: "the town of X", "X, Pa."


#: A house number names a street: "found at 16411 Saybrook" (not a year: "in 2015 Chicago ...").
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\s)\d{3,6}\s+$")
_TITLES = _W("officer officers sgt sergeant cpl corporal det detective lt lieutenant capt captain dr mr mrs ms "
             "chief sheriff deputy trooper agent judge gov governor sen senator rep")


def _initial_of_a_name(text: str, toks, i: int) -> bool:
    """"Officer W. Gilbert", "Sgt. J. Brown": a surname after a title's initial, not the town."""
    if i < 2 or len(toks[i - 1].text) != 1 or not toks[i - 1].text.isupper() \
            or text[toks[i - 1].end:toks[i - 1].end + 1] != ".":
        return False
    return toks[i - 2].norm in _TITLES or (toks[i - 2].cap and toks[i - 2].norm not in STOPWORDS
                                           and toks[i - 2].norm not in COMPASS8 and len(toks[i - 2].text) > 2)


def _first_name_before_an_initial(text: str, toks, jj: int) -> bool:
    """"the Alfred P. Murrah Federal Building", "JOHN F. KENNEDY": a first name before a middle initial
    and a surname, not the town (not "Washington D.C.": two initials)."""
    if jj < 1 or jj + 1 >= len(toks):
        return False
    ini, nxt = toks[jj], toks[jj + 1]
    return len(ini.text) == 1 and ini.text.isupper() and text[ini.end:ini.end + 1] == "." \
        and ini.start == toks[jj - 1].end + 1 and nxt.cap and len(nxt.text) > 1 and nxt.start == ini.end + 2


def _after_block_of(toks, i) -> bool:
    """US address blocks name streets: "block of Main", "block of North Detroit"."""
    k = i - 1
    if k >= 0 and toks[k].norm in COMPASS8:
        k -= 1
    return k >= 1 and toks[k].norm == "of" and toks[k - 1].norm == "block"


def _ordinal(text: str, tok) -> bool:
    """"87th", "1st": the tokenizer keeps only the suffix of a numbered street."""
    return tok.norm in ("st", "nd", "rd", "th") and tok.start > 0 and text[tok.start - 1].isdigit()


def _street_corner(text: str, toks, i: int, jj: int) -> bool:
    """US street corners: "at 87th and Ashland", "Ashland and 35th", "the corner of Main and Elm"."""
    if i >= 2 and toks[i - 1].norm == "and" and _ordinal(text, toks[i - 2]):
        return True
    if jj + 1 < len(toks) and toks[jj].norm == "and" and _ordinal(text, toks[jj + 1]):
        return True
    if jj < len(toks) and toks[jj].norm == "and":
        # "at Brazil and La Grande avenues": the first of two streets named together
        for k in range(jj + 1, min(jj + 5, len(toks))):
            if toks[k].norm in PLURAL_STREET_WORDS and k > jj + 1:
                return True
            if not toks[k].cap:
                break
    k = i - 1
    if k >= 1 and toks[k].norm == "and" and toks[k - 1].cap:
        k -= 1    # "the corner of Main and Elm": the second street
        while k >= 0 and toks[k].cap and toks[k].norm != "of":
            k -= 1
    return k >= 1 and toks[k].norm == "of" and toks[k - 1].norm in ("corner", "intersection")


#: Abbreviated first words of place names, spelled out as GeoNames writes them.
_ABBR_PREFIX = {"mt ": "mount ", "ft ": "fort "}


#: Nouns after a place name that make "in the <name> ..." a part of that place.
AREA_NOUNS = _W("area region sector district neighbourhood neighborhood quarter camp refugee market bazaar suburb "
                "suburbs outskirts township village villages countryside hills mountains valley border frontier "
                "highway road")
#: Words between a locative cue and its place: "in downtown Bogota", "IN NORTHERN LIMA".
PLACE_MODIFIERS = frozenset({
    "downtown", "central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
    "southeastern", "southwestern", "suburban", "rural", "uptown", "midtown", "outer", "inner", "coastal",
    "north", "south", "east", "west"})


#: Words before "of"/"from" that place the scene by a landmark ("east of", "miles from").
BEARING_WORDS = _W("north south east west northeast northwest southeast southwest north-east north-west "
                   "south-east south-west miles kilometers kilometres km mi")


def _bearing_before(toks, i) -> bool:
    return i >= 2 and toks[i - 1].norm in ("of", "from") and toks[i - 2].norm in BEARING_WORDS


def _cue_of(toks, i, text: str | None = None) -> str:
    if i == 0:
        return ""
    p = toks[i - 1].norm
    if p in PLACE_MODIFIERS and i >= 2:
        p = toks[i - 2].norm
    if p == "of" and i >= 2 and toks[i - 2].norm in PART_OF_PLACE:
        return "in"           # "in the centre of Omagh", "on the outskirts of Kabul"
    if p == "of" and i >= 2 and toks[i - 2].norm in TAKEN_OF:
        return "target"       # "took control of Malisevo", "the fall of Kidal"
    if p == "of" and i >= 2 and toks[i - 2].norm in NOT_PLACE_OF:
        return ""             # "thousands of Sadr supporters", "the governor of Anbar": no place of the event
    if p in LOC_CUES or p in WEAK_CUES:
        return p
    if p in TARGET_VERBS and not (text and text[toks[i - 1].start - 1:toks[i - 1].start] == "-"):
        return "target"       # "Russian missiles hit Kharkiv", "Serb forces shelled Vukovar": the scene
        # (not "conflict-hit Syria", "quake-hit Nepal": an adjective)
    return ""


def _own_name(gaz: Gazetteer, x: int, key: str, exset: set | None) -> bool:
    """Entry `x` was matched on its own (primary) name, not on one of its other names."""
    return x in (exset or ()) and gaz.primary_key(x) == key


def _big_town(gaz: Gazetteer, key: str, exset: set | None) -> bool:
    """A city of 50k or more matched on its own (primary) name, and no country of that name: "South
    Los Angeles" is Los Angeles, while "Northwest Side" is no alternate name of a Turkish town."""
    ex = exset or ()
    return any(gaz.kinds[x] == 0 and gaz.pops[x] >= 50_000 and _own_name(gaz, x, key, ex) for x in ex) \
        and not any(gaz.kinds[x] == 2 for x in ex)


def _org_ahead(toks: list, j: int) -> bool:
    """One to three capitalised words from token j end in an institution word."""
    for k in range(j, min(j + 3, len(toks))):
        tk = toks[k]
        if not tk.cap or (not tk.gap_ok and not toks[k - 1].poss):
            return False      # (also after a comma: "HEBRON, West Bank" is no bank)
        if tk.norm in ORG_HEADS:
            return True
    return False


#: The name after "Co." in Irish copy: "Co. Down", "CO. ANTRIM" (the county's name, then no digits or comma
#: first as in "Denver, CO 80202").
_IRISH_COUNTY_AFTER = re.compile(r"\.?\s+(?:Antrim|Armagh|Down|Fermanagh|Londonderry|Derry|Tyrone|Carlow|Cavan|Clare|"
                                 r"Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|"
                                 r"Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|"
                                 r"Wexford|Wicklow)\b", re.IGNORECASE)


def _state_code_after(text: str, end: int, caps: bool, dateline: bool) -> str | None:
    """The US state of ", Fla." / ", KAN." / ", OH" right after position `end` (postal codes and dotted
    capitals only in mixed case or in the dateline)."""
    m = _AFTER_COMMA_ABBR.match(text, end)
    if not m:
        return None
    ab = m.group(1)
    nab = " ".join(ab.lower().replace(".", " ").split())
    if nab == "co" and _IRISH_COUNTY_AFTER.match(text, m.end()):
        return None       # "NEAR WARRENPOINT, CO. DOWN", "Omagh, Co Tyrone": an Irish county, not Colorado
    if ab.endswith(".") and nab in US_STATE_ABBR:
        if ab[:-1].isalpha() and ab.isupper() and len(ab) > 3 and caps and not dateline \
                and ab[:-1] in _CAPS_WORD_ABBR:
            return None   # "..., MISS." may be a word in capitals
        return US_STATE_ABBR[nab]
    if ab.isupper() and len(ab) == 2 and ab in US_POSTAL and (
            not caps or dateline or text.startswith((".", ","), m.end()) and ab not in _CAPS_WORD_POSTAL):
        return ab         # "READING, PA., ON SUNDAY" in capitals too
    return None


#: State abbreviations that are English words in capital letters.
_CAPS_WORD_ABBR = frozenset({"MISS", "MASS", "WASH", "ORE", "COLO"})
_CAPS_WORD_POSTAL = frozenset({"IN", "OR", "ME", "OK", "HI", "OH", "AL", "LA", "DE", "MA", "ID", "AS", "MO"})


def _state_follows(text: str, end: int, caps: bool, gaz: Gazetteer) -> bool:
    """", Fla." or ", North Carolina" follows: the name before it is a town of that state."""
    if _state_code_after(text, end, caps, False):
        return True
    words = text[end + 1:end + 40].split()[:2]
    for k in (2, 1):
        if len(words) >= k:
            v = gaz.exact.get(normalize(" ".join(words[:k]).rstrip(".,;:")))
            for x in ([v] if isinstance(v, int) else v or ()):
                if gaz.kinds[x] == 1 and gaz.a1s[x].startswith("US."):
                    return True
    return False


#: The Arabic article as transliterated, alone or assimilated ("Ras al-Ain", "Tell ash-Shaykh").
ARABIC_ARTICLES = _W("al el as ash ad adh an ar az at ath ul")


def _arabic_article_follows(text: str, toks: list, j: int) -> bool:
    """Token j is an Arabic article joined by a hyphen to a capitalised word: the name goes on."""
    if j + 1 >= len(toks) or toks[j].norm not in ARABIC_ARTICLES:
        return False
    return text[toks[j].end:toks[j + 1].start] == "-" and toks[j + 1].text[:1].isupper() \
        and toks[j].start - toks[j - 1].end == 1


#: A monitoring service's note on what it could not hear: "[NAME INDISTINCT]", "[WORDS INDISTINCT]".
_TRANSCRIBER_NOTE = re.compile(r"\[[^\]\n]{0,40}\b(?:indistinct|omitted|inaudible|unintelligible|as heard)\b",
                               re.IGNORECASE)

#: People who are often abroad: a nationality before them tells who, not where.
FOREIGN_VISITORS = _W("tourists tourist seamen sailors fishermen trawlers vessels ships diplomats diplomat nationals "
                      "citizens engineers technicians missionaries volunteers experts advisers advisors businessmen "
                      "embassy consulate ambassador envoy delegation crew crews expatriates travellers travelers")

#: Saints' prefixes of Spanish and Portuguese names: alone, never the town they spell.
SAINT_PREFIXES = _W("san santa santo sao")


def _saint_prefix_alone(text: str, toks: list, i: int, jj: int, caps: bool) -> bool:
    """"SAN TERESA HOSPITAL", "[SAN] MIGUEL": a saint's name the gazetteer lacks (or a transcriber's bracket
    in it), not the one-word town "San" in Mali."""
    if jj != i + 1 or toks[i].norm not in SAINT_PREFIXES or jj >= len(toks):
        return False
    nxt = toks[jj]
    return text[toks[i].end:nxt.start] in (" ", "] ") and (caps or nxt.cap) and nxt.norm not in STOPWORDS


#: A country named right after a place: "TRIPOLI, LEBANON, NOV 20", "Palma in northern Mozambique".
_COUNTRY_AFTER = re.compile(
    r"(?:,\s*|\s+in\s+(?:(?:north|south)?-?(?:north|south|east|west)(?:ern)?\s+|central\s+)?)"
    r"([A-Za-z][A-Za-z'\-]+(?: [A-Za-z][A-Za-z'\-]+){0,2}?)"
    r"(?=\s*(?:[,.;:(]|--|\u2014|\u2013|\s-\s|$)|\s+(?:on|in|at|and|after|before|when|today|yesterday|last|this)\b)",
    re.IGNORECASE)


def _country_after(text: str, end: int, gaz: Gazetteer) -> str | None:
    m = _COUNTRY_AFTER.match(text, end)
    if m is None:
        return None
    ids, exact = gaz.ids_for_key(normalize(m.group(1)), loose=False)
    countries = [x for x in ids if gaz.kinds[x] == 2]
    if any(gaz.kinds[x] == 1 for x in ids):
        return None       # "Augusta, Georgia": a state of that name, not the country
    return gaz.ccs[countries[0]] if exact and len(countries) == 1 else None


def _settlement_of(toks, i) -> bool:
    """'town of X', 'village of X'."""
    return i >= 2 and toks[i - 1].norm == "of" and toks[i - 2].norm in SETTLEMENT_WORDS


def _named_part(toks: list[_Tok], i: int, after: int) -> bool | None:
    """Before "X neighborhood" (`after` indexes the word after the name): "the X neighborhood (of Y)",
    "Chicago's X neighborhood", "his X neighborhood" name a part of a city called X (True); "a X
    neighborhood" puts a neighbourhood in the city X (False)."""
    if after + 1 < len(toks) and toks[after + 1].norm == "of":
        return True
    k = i - 1
    while k >= 0 and toks[k].norm in _PART_QUALIFIERS and not toks[k].poss:
        k -= 1
    if k < 0:
        return None
    if toks[k].poss or toks[k].norm in _PART_OWNERS:
        return True
    return False if toks[k].norm in ("a", "an") else None


#: A person's name with their age (mixed case): its last word is a surname wherever it stands alone.
_NAME_AGE = re.compile(r"\b[A-Z][a-z'-]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z'-]+)(?:\s+(?:Jr|Sr)\.?)?,\s*(?:age\s+)?\d{1,3}\s*,")
_AGE_NAME = re.compile(r"\b\d{1,3}-year-old\s+[A-Z][a-z'-]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z'-]+)"
                       r"(?=\s*[,.;)]|\s+(?:was|is|has|had|who|and|said|told|died|of|on|in|at|for|after|with|as|by)\b)")


def _scan(text: str, toks: list[_Tok], gaz: Gazetteer, caps: bool, dl: tuple[int, int], votes: dict, a1_hints: dict,
          county_out: list | None = None, demonyms_out: dict | None = None,
          parts_out: set | None = None) -> list[_Cand]:
    cands: list[_Cand] = []
    n = len(toks)
    has_county = any(tk.norm in COUNTY_WORDS for tk in toks)
    multi_first = gaz.multi_first
    # "Kenerick Taylor, 21,", "17-year-old Will Campbell was": a person, so a later bare "Taylor" is the man
    surnames: set[str] = set() if caps else {_norm_token(m.group(1)) for rx in (_NAME_AGE, _AGE_NAME)
                                            for m in rx.finditer(text)}
    i = 0
    while i < n:
        t = toks[i]
        prev = toks[i - 1].norm if i else ""
        # person names: title / first name + Capitalised word(s), or a middle initial ("Jeremy L. Hatch")
        initial = not caps and i >= 2 and t.cap and len(t.text) > 2 and len(toks[i - 1].text) == 1 and toks[i - 1].text.isupper() \
            and text[toks[i - 1].end:toks[i].start] == ". " and toks[i - 2].cap \
            and text[toks[i - 2].end:toks[i - 1].start] == " " and toks[i - 2].norm not in STOPWORDS
        if initial or (prev in TITLES or (prev in FIRST_NAMES and (caps or toks[i - 1].cap))) and i \
                and (caps or t.cap) and text[toks[i - 1].end:toks[i].start] in (" ", ". "):
            surnames.add(t.norm)
            if i + 1 < n and (caps or toks[i + 1].cap) and toks[i + 1].start - t.end <= 1 \
                    and toks[i + 1].norm not in STOPWORDS:
                surnames.add(toks[i + 1].norm)
                i += 2
                if i + 1 < n and (caps or toks[i].cap) and toks[i].start - toks[i - 1].end <= 1 \
                        and toks[i].norm not in STOPWORDS and text[toks[i].end:toks[i].end + 1] in (",", "]", ")"):
                    surnames.add(toks[i].norm)    # "GENERAL OSVALDO DIAZ SALVADOR, CHIEF OF": two surnames
                    i += 1
            else:
                i += 1
            continue
        if not caps and not t.cap and not (t.norm in ("al", "el", "as", "ad", "an", "ar", "ash", "at", "az")
                                           and i + 1 < n and toks[i + 1].gap_ok and toks[i + 1].cap):
            i += 1
            continue
        if t.norm in STOPWORDS and t.norm not in multi_first and t.norm not in DEMONYMS:
            i += 1                # fast path: a stopword starts no place name
            continue
        if t.norm == "mid" and i + 1 < n and text.startswith("-", t.end) and toks[i + 1].norm in COMPASS8:
            i += 2                # "IN MID-WESTERN NEPAL": a part of the country, no town "Mid"
            continue
        if t.norm in CONTINENT_PARTS and i + 1 < n and toks[i + 1].norm in _AMERICA \
                and toks[i + 1].gap_ok and (caps or toks[i + 1].cap):
            i += 2                # "Central America", "LATIN AMERICAN": a region of many countries, not the US
            continue
        # "Dayton, Ohio", "Clearwater, Fla.": an AP state abbreviation after a comma is never a town
        if i and t.norm in US_STATE_ABBR and text.startswith(".", t.end) \
                and text[toks[i - 1].end:t.start].strip() == ",":
            i += 1
            continue
        # "Mesa County", "PINELLAS COUNTY", "St. Tammany Parish": state evidence, and a region mention
        k = 1 if has_county else 4
        while k <= 3 and i + k < n and toks[i + k].gap_ok and toks[i + k].norm not in COUNTY_WORDS \
                and (caps or toks[i + k].cap):
            k += 1
        if k <= 3 and i + k < n and toks[i + k].gap_ok and toks[i + k].norm in COUNTY_WORDS \
                and (caps or toks[i + k].cap):
            ckey = " ".join(tk.norm for tk in toks[i:i + k])
            states = gaz.counties.get(ckey + "s") if toks[i + k - 1].poss else None
            if states:
                ckey += "s"       # "Prince George's County" is not "Prince George County"
            else:
                states = gaz.counties.get(ckey)
            if states and ckey not in STOPWORDS:
                if county_out is not None:
                    county_out.append((i, i + k + 1, ckey, states))
                votes["US"] = votes.get("US", 0.0) + 1.0
                if len(states) == 1 or (0 < len(states) <= 3 and caps is False):
                    for st in states:
                        a1_hints[st] = a1_hints.get(st, 0) + 1.0 / len(states)
                i += k + 1
                continue
        # demonyms vote for focus
        dem = DEMONYMS.get(t.norm)
        if dem is None and i + 1 < n and toks[i + 1].gap_ok:
            dem = DEMONYMS.get(t.norm + " " + toks[i + 1].norm)
        if dem is not None and not caps and i + 1 < n and toks[i + 1].gap_ok and toks[i + 1].cap and any(
                gaz.kinds[x] == 0 and gaz.pops[x] >= 10_000
                for x in gaz.ids_for_key(t.norm + " " + toks[i + 1].norm, loose=False)[0]):
            dem = None            # "Spanish Town", "Indian Wells": a town named with the adjective
        if dem is not None:
            # ("SOVIET SEAMEN", "British tourists": foreigners, often the victims abroad, say little of where)
            foreigners = i + 1 < n and toks[i + 1].norm in FOREIGN_VISITORS
            votes[dem] = votes.get(dem, 0.0) + (0.25 if foreigners else 1.5)
            if demonyms_out is not None:
                demonyms_out[dem] = demonyms_out.get(dem, 0) + 1
            i += 1
            continue
        found = None
        maxj = min(n, i + min(MAXN, max(gaz.multi_first.get(t.norm, 1), 2 if t.norm in ARTICLE_TOKS else 1)))
        j = i + 1
        while j < maxj and toks[j].gap_ok and (caps or toks[j].cap or toks[j].norm in CONNECTORS):
            j += 1
        for jj in range(j, i, -1):
            if not caps and not toks[jj - 1].cap:
                continue
            key = " ".join([tk.norm for tk in toks[i:jj]]) if jj - i > 1 else t.norm
            if jj - i == 1:
                if key in STOPWORDS or len(key) < 3:
                    break
            elif toks[jj - 1].norm in FUNCTION_WORDS or (t.norm in FUNCTION_WORDS or (
                    caps and t.norm in STOPWORDS and t.norm not in COMPASS and t.norm != "county")) and t.norm not in SPANISH_ARTICLES or (
                    caps and toks[jj - 1].norm in STOPWORDS):
                continue          # ("Los Angeles", "LAS VEGAS" start with an article and are names)
            ids, exset = gaz.candidates(key, loose=len(key) >= 5 and (jj - i == 1 or t.norm in ARTICLE_TOKS
                                                                      or t.norm in TELL_WORDS
                                                                      or toks[i + 1].start == t.end + 1
                                                                      and text[t.end] == "-"
                                                                      or _inner_arabic_article(toks, i, jj, text)))
            if key[:3] in _ABBR_PREFIX and jj - i > 1:
                # "Mt. Pleasant" is "Mount Pleasant": GeoNames spells the word out, and only some
                # places list the short form among their other names
                full = _ABBR_PREFIX[key[:3]] + key[3:]
                fids, fex = gaz.candidates(full, loose=False)
                if fids:
                    key = full
                    ids = list(dict.fromkeys([*fids, *ids]))
                    exset = set(fex) | set(exset)
            if ids:
                found = (jj, key, ids, exset)
                break
        if found is None and t.norm == "d c" and "US.DC" in gaz.a1_index:
            dc = gaz.a1_index["US.DC"]     # "D.C. police"
            found = (i + 1, "d c", [dc], {dc})
        if found is None:
            i += 1
            continue
        jj, key, ids, exset = found
        if _after_block_of(toks, i) or _street_corner(text, toks, i, jj) or _HOUSE_NUMBER_BEFORE.search(
                text, max(0, t.start - 8), t.start) or _initial_of_a_name(text, toks, i) \
                or _first_name_before_an_initial(text, toks, jj):
            i = jj                # "the 3200 block of North Detroit", "87th and Ashland": streets of the town
            continue
        if _saint_prefix_alone(text, toks, i, jj, caps) or _TRANSCRIBER_NOTE.match(text, t.start - 1):
            i = jj                # ("[NAME INDISTINCT]": a monitoring service's note, not the town Namur)
            continue
        if _arabic_article_follows(text, toks, jj) and not _big_town(gaz, key, exset):
            i = jj                # "Ras al-Ain", "Bir al-Abed": a longer Arabic name the gazetteer lacks
            continue              # (not "Baghdad al-Jadida", a part of Baghdad)
        exact = bool(exset)
        ntok = jj - i
        c = _Cand(i, jj, key, ids, exact, t.start, toks[jj - 1].end)
        c.exset = exset
        c.cue = _cue_of(toks, i, text)
        if not c.cue and not caps and i >= 2 and toks[i - 1].norm == "the" and toks[i - 2].norm in LOC_CUES \
                and jj < n and toks[jj].norm in AREA_NOUNS and not toks[jj].cap:
            # "in the Jabaliya refugee camp", "in the Sopore area": a part of the place (in capitals the name
            # cannot be told from a word: "IN THE CAPITAL CITY")
            c.cue = toks[i - 2].norm
        if caps and c.cue == "target":
            c.cue = ""            # capitals: "ATTACKED LA LAGUNA" may be a local name the gazetteer lacks
        c.text_upper = not caps and t.text.isupper() and len(t.text) > 1
        settlement = _settlement_of(toks, i)
        if settlement and not caps and jj < n and toks[jj].cap and toks[jj].gap_ok and not toks[jj - 1].poss \
                and toks[jj].norm not in STOPWORDS and toks[jj].norm not in ADMIN_SUFFIX \
                and toks[jj].norm not in COUNTY_WORDS and not text.startswith(",", toks[jj - 1].end):
            i = jj                # "the town of Khan Tuman": a longer name the gazetteer lacks, not "Khan"
            continue
        if text.startswith(",", toks[jj - 1].end) and _state_follows(text, toks[jj - 1].end, caps, gaz):
            settlement = True     # "LEBANON, Pa.", "Charlotte, North Carolina": the text pins a town
        c.settled = settlement
        if settlement:
            # "the northern Mozambican town of Palma", "the Iraqi city of Tal Afar": that country's town
            for back in (3, 4):
                dem = DEMONYMS.get(toks[i - back].norm) if i >= back else None
                if dem is not None:
                    if any(gaz.ccs[x] == dem and gaz.kinds[x] != 2 for x in ids):
                        c.cc_filter = dem
                    elif dem in gaz.country_index and all(gaz.kinds[x] != 2 for x in ids):
                        # "the Iranian border town of Sumar": a town the gazetteer lacks, not a namesake abroad
                        c.fallback = gaz.place(gaz.country_index[dem])
                    break
        pinned = _country_after(text, toks[jj - 1].end, gaz) if c.cc_filter is None else None
        if pinned is not None and any(gaz.ccs[x] == pinned and gaz.kinds[x] != 2 for x in ids):
            c.cc_filter = pinned  # "TRIPOLI, LEBANON", "Palma in northern Mozambique": that country's town
        elif pinned is not None and pinned in gaz.country_index and all(gaz.kinds[x] != 2 for x in ids):
            c.fallback = gaz.place(gaz.country_index[pinned])   # a town the gazetteer lacks, not a namesake
        nxt = toks[jj].norm if jj < n and toks[jj].start - toks[jj - 1].end <= 2 else ""
        if toks[jj - 1].poss:
            nxt = ""
        if nxt in COUNTY_WORDS:
            states = gaz.counties.get(key, ())
            if len(states) == 1 or (0 < len(states) <= 3 and caps is False):
                for st in states:
                    a1_hints[st] = a1_hints.get(st, 0) + 1.0 / len(states)
        if nxt in NEIGHBOURHOOD_WORDS:
            named = _named_part(toks, i, jj)
            if named is not False:
                if named and parts_out is not None:
                    parts_out.add(key)   # every "Bridgeport" of the story is that part of its city
                i = jj            # "the Russell neighborhood": a part of the article's city, not Russell, Ky.
                continue
        if nxt in ORG_FOLLOWERS and not settlement and c.cue not in LOC_CUES \
                and not (nxt in FACILITY_NOUNS and not caps and not toks[jj].cap and _big_town(gaz, key, exset)):
            i = jj + 1 if nxt in COUNTY_WORDS else jj
            continue
        if not caps and not settlement:
            if nxt in STREET_FOLLOWERS:
                i = jj            # "in Douglas Alley", "at 900 Garden Way": a street, whatever the cue
                continue
            nx = toks[jj] if jj < n else None
            if ntok == 1 and key in SOFT_WORDS and nx is not None and nx.cap and nx.gap_ok \
                    and nx.norm not in STOPWORDS and not toks[jj - 1].poss:
                i = jj            # "in Lake Highlands": part of a longer name
                continue
            if _org_ahead(toks, jj) and all(gaz.kinds[x] != 2 for x in ids):
                i = jj            # "Schurz High School", "Piedmont Henry Hospital" (not Italy's Piedmont)
                continue
            if ntok == 1 and t.text.isupper() and len(t.text) <= 4 and not _in_dateline(dl, c.start, c.end) \
                    and not any(gaz.kinds[x] > 0 for x in exset or ()):
                i = jj            # "EDT", "SUV", "CHI": an acronym, not a town
                continue
        if i >= 2 and toks[i - 1].norm == "of" and toks[i - 2].norm in ADMIN_SUFFIX and (caps or not toks[i - 2].cap) \
                and any(gaz.kinds[x] == 1 for x in ids):
            c.admin_only = True   # "the central Mexican state of Guanajuato": the state, not its capital
        if nxt in ADMIN_SUFFIX and (toks[jj].cap or caps or nxt != "state"):
            c.admin_only = True
            c.end = toks[jj].end
            named_so = [x for x in ids if gaz.kinds[x] == 1 and gaz.ccs[x] in ADMIN_WORD_COUNTRIES.get(nxt, ())]
            if named_so and not (jj + 1 < n and toks[jj + 1].norm == "of"):
                # "Plateau State" is Nigeria's, not Benin's Plateau department (a "Florida Department
                # of Law Enforcement" is no region)
                c.ids = ids = named_so
            jj += 1
        if key in surnames and c.cue not in SURNAME_CUES and not settlement:
            i = jj                # "EDUARDO MARTINEZ ROMERO ... THIS MEASURE TOWARD MARTINEZ": the man
            continue
        if c.cue not in LOC_CUES and not settlement and not c.admin_only and i \
                and toks[i - 1].norm in POSSESSIVE_DETS \
                and (jj >= n or toks[jj].start - toks[jj - 1].end > 1 or toks[jj].norm in FUNCTION_WORDS):
            i = jj                # "IN OUR HOMELAND," is a noun; "in their Roswell home" stays a town
            continue
        if c.cue not in LOC_CUES and not settlement and not _in_dateline(dl, c.start, c.end) \
                and _ACRONYM_AFTER.match(text, c.end):
            i = jj                # "NATIONALIST REPUBLICAN ALLIANCE [ARENA]": an organisation's name
            continue
        if caps and jj + 1 < n and t.norm in SPANISH_NAME_STARTS and toks[jj].norm in SPANISH_CONTINUE \
                and toks[jj].gap_ok and toks[jj + 1].gap_ok and toks[jj + 1].norm not in STOPWORDS:
            i = jj + 2            # "SAN ANTONIO LOS RANCHOS", "SAN JOSE LAS FLORES": a longer name, not Texas's
            continue
        if _BROADCAST_TIME.match(text, c.end):
            i = jj                # "(TEHRAN IRNA IN ENGLISH 1120 GMT ...)": the language of a broadcast
            continue
        if i and toks[i - 1].norm in STATION_WORDS:
            i = jj                # "(RADIO MINDANAO NETWORK)", "Radio Okapi": a station, not the place
            continue
        if i and text[t.start - 1:t.start] == "(" and text.startswith(")", c.end) \
                and _AGENCY_PAREN_END.match(text, c.end + 1):
            i = jj                # "Maputo, 9 Apr 2020 (Lusa) -": a news agency
            continue
        if key in AREA_KEYS or key in ARMED_GROUP_NAMES or loose_key(key) in _ARMED_GROUP_LOOSE \
                or key in NEWS_AGENCY_NAMES or (ntok > 1 and toks[jj - 1].norm in STREET_WORDS):
            i = jj
            continue
        if jj < n and toks[jj].norm in ROLE_NOUNS and toks[jj].start - toks[jj - 1].end <= 1 and \
                any(gaz.kinds[x] == 2 for x in exset or ()) and c.cue not in LOC_CUES:
            c.attr = True
        single_word = ntok == 1
        if not caps and c.cue not in LOC_CUES and not settlement and not c.admin_only:
            # part of a longer proper name ("Joseph Walker", "Walker Smith")
            pv = toks[i - 1] if i else None
            nx = toks[c.j] if c.j < n else None
            if pv is not None and pv.cap and not t.sent_start and t.start - pv.end <= 1 \
                    and (pv.norm not in STOPWORDS or pv.norm in COMPASS) and pv.norm not in LOC_CUES \
                    and not pv.text.isupper():
                if pv.norm in COMPASS8 and _big_town(gaz, key, exset):
                    c.cue = _cue_of(toks, i - 1)    # "in South Los Angeles", "East Anchorage": that city
                else:
                    if single_word and pv.norm not in COMPASS8 and not _big_town(gaz, key, exset):
                        surnames.add(key)  # "Marcus Lyman": a later bare "Lyman" is the man, not a town
                    i = jj            # "Joseph Walker", "West Sweden"
                    continue
            if nx is not None and nx.cap and nx.start - toks[c.j - 1].end <= 1 and not toks[c.j - 1].poss \
                    and text[toks[c.j - 1].end:nx.start] != "-" \
                    and nx.norm not in STOPWORDS and nx.norm not in NAME_OK_NEIGHBOURS and nx.norm not in \
                    ORG_FOLLOWERS and nx.norm not in ADMIN_SUFFIX and not nx.text.isupper():
                i = jj
                continue
            if nx is not None and nx.norm in ("said", "says", "told", "added", "wrote") and single_word \
                    and all(gaz.kinds[x] == 0 for x in c.ids):
                i = jj
                continue
            if single_word and pv is not None and pv.norm in ("said", "says", "told", "asked", "according") \
                    and all(gaz.kinds[x] == 0 for x in c.ids):
                i = jj
                continue
            if single_word and t.norm in FIRST_NAMES and not text.startswith(",", c.end) \
                    and not (pv is not None and (pv.norm in ("a", "an", "the") or pv.norm in COMPASS8)) \
                    and not (nx is not None and (nx.norm in AGENCY_NOUNS
                                                 or (not nx.cap and nx.norm in NAME_OK_NEIGHBOURS))):
                i = jj
                continue
        all_soft = all(tk.norm in SOFT_WORDS or tk.norm in STOPWORDS for tk in toks[i:c.j])
        if _in_dateline(dl, c.start, c.end) and not caps and t.text.isupper() and key not in STOPWORDS:
            all_soft = False      # "PHOENIX -": a word in the dateline is a place name
        if c.cue in LOC_CUES or settlement or c.admin_only or _bearing_before(toks, i):
            c.strong = True       # ("EAST OF BASRA", "10 MILES FROM LUSAKA": a landmark, named as a place)
        elif caps:
            c.strong = not single_word and not all_soft
            if single_word and (all_soft or _ENGLISH_SUFFIX.search(t.text.upper()) and not exact):
                i = jj
                continue
        elif t.text.isupper() and len(t.text) > 1 and t.start > 0 and t.sent_start \
                and _INNER_DATELINE.match(text, c.end):
            c.strong = True       # a dateline after a byline or a caption ("...\n\nCHICAGO — Six people")
        elif t.text.isupper() and len(t.text) > 1 and t.start > 80:
            c.strong = False      # shouting inside mixed-case text: treat like caps text
            if single_word and (all_soft or t.norm in FIRST_NAMES):
                i = jj
                continue
        else:
            if all_soft and (single_word and (t.sent_start or not exact)):
                i = jj
                continue
            c.strong = not t.sent_start or not single_word
        if _in_dateline(dl, c.start, c.end) and (caps or t.text.isupper()):
            c.strong = True       # the dateline ("PHOENIX -", "LIMA, 9 JUN 89 --") names a place
        elif not caps and jj < n and toks[jj].norm in AGENCY_NOUNS and t.cap \
                and (toks[jj].cap or toks[jj].norm == "police"):
            c.strong = True       # "Smyrna Police said", "Savannah-Chatham Metro Police"
            c.cue = c.cue or "'s"
        c.bare = single_word and c.cue not in LOC_CUES and not settlement and not c.admin_only \
            and c.cue != "'s"
        if toks[c.j - 1].poss and not c.cue:
            c.cue = "'s"
        if c.cue in ("'s",) and not single_word:
            c.strong = True
        if all_soft and single_word and c.cue not in LOC_CUES and not settlement:
            c.strong = False
        cands.append(c)
        i = jj
    return cands


def _dateline_span(text: str) -> tuple[int, int]:
    """Where the story's dateline names its city: at the start ("LIMA, 9 JUN 89 --", "RAWALPINDI:",
    "Nagpur, Nov 1:"), or in the colon forms at the start of the lead when a one-line headline comes
    first ("Two policemen killed in IED blast in Gadchiroli\n\nNagpur, Nov 1: Two police personnel ...").
    (-1, -1) when there is none."""
    # under a headline only the colon forms: "CHICAGO —" there is the local paper's own city (and the
    # scene, in most such stories), where "Nagpur, Nov 1:" is the bureau a provincial story is filed from
    # (a headline in capitals would otherwise read as a dateline: "TWO POLICEMEN KILLED, ...")
    at = _lead_after_headline(text)
    head = text[at:at + 120] if at > 0 else ""
    m = _COLON_DATELINE.match(head) or _CAPS_COLON_DATELINE.match(head) if head else None
    if m is None or m.group(1).upper() in _NOT_DATELINE_WORDS:
        at, head = 0, text[:120]
        m = _DATELINE.match(head) or _MONITOR_DATELINE.match(head) or _COLON_DATELINE.match(head)
    if m is None or m.group(1).upper() in _NOT_DATELINE_WORDS:
        return -1, -1
    return at + m.start(1), at + m.end(1)


def _lead_after_headline(text: str) -> int:
    """The offset of the paragraph after a headline line (short, no closing full stop), else -1."""
    nl = text.find("\n", 0, 220)
    if nl < 10 or text[:nl].rstrip().endswith((".", ":", ";")):
        return -1
    at = nl
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at if at < len(text) else -1


def _in_dateline(span: tuple[int, int], start: int, end: int) -> bool:
    return span[1] > 0 and span[0] <= start and end <= span[1] + 1


#: The time of a monitored broadcast, after its language ("IN ENGLISH 1120 GMT", "IN CEBUANO 2300 GMT").
_BROADCAST_TIME = re.compile(r"\s+\d{3,4}\s*(?:GMT|UTC)\b")
#: A monitoring service's header names the city first: "(TEGUCIGALPA RADIO AMERICA IN SPANISH 1800 GMT ...)".
_MONITOR_DATELINE = re.compile(
    r"\s*\(((?:[A-Z][A-Z.'\-]*)(?: [A-Z][A-Z.'\-]*){0,2}?) (?:RADIO|TELEVISION|TV|DOMESTIC|INTERNATIONAL|"
    r"CADENA|CANAL|[A-Z]+ (?:RADIO|TELEVISION)|[A-Z]{2,8} IN [A-Z]+(?= \d{3,4}))\b[^()\n]{0,80}\d{3,4}\s*(?:GMT|UTC)")


def country_focus(votes: dict) -> dict[str, float]:
    tot = sum(votes.values())
    if tot <= 0:
        return {}
    return {cc: v / tot for cc, v in votes.items()}


def _ids_kind(gaz, ids, kind):
    return [x for x in ids if gaz.kinds[x] == kind]


def _score(gaz: Gazetteer, idx: int, c: _Cand, focus: dict, top_cc: str | None, a1_set: set,
           anchors: list) -> float:
    k = gaz.kinds[idx]
    cc = gaz.ccs[idx]
    s = gaz.prior(idx)
    if k == 0 and gaz.pops[idx] == 0:
        s += 0.8
    s += (3.0 if c.dateline else 7.0) * focus.get(cc, 0.0)
    if cc == top_cc:
        s += 2.0
    if gaz.a1s[idx] and gaz.a1s[idx] in a1_set:
        s += 2.5
    if idx in c.exset:
        s += 1.5 if gaz.primary_key(idx) == c.key else 0.5
        if k == 0 and gaz.a1s[idx] in gaz.a1_index and gaz.primary_key(gaz.a1_index[gaz.a1s[idx]]) == c.key:
            s += 1.0      # a town named like its own region ("San Miguel", "Ayacucho"): the town
    else:
        s -= 0.5
    if k == 0 and anchors:
        lat, lon = gaz.lats[idx], gaz.lons[idx]
        if lat == lat:
            # an anchor that is a sense of this same name says nothing (the dateline "NEWARK" must not
            # pull the other Newarks toward itself)
            # only anchors within 200 km of latitude can be within 200 km (exact, and far cheaper)
            d = min((haversine_km(lat, lon, a, b) for a, b, key in anchors
                     if -_LAT200 < a - lat < _LAT200 and key != c.key and (a, b) != (lat, lon)), default=1e9)
            if d < 50:
                s += 2.0
            elif d < 200:
                s += 1.0
    return s


#: 200 km in degrees of latitude (slightly over, so the prefilter never drops an anchor closer than that)
_LAT200 = 200.0 / 111.19 + 0.01


#: Population from which a city bearing a name outranks other places known by it as an alternate name.
OWN_NAME_CITY_POP = 100_000
#: A city this big bearing a name outranks a namesake under HAMLET_POP, and a town that only has it as an
#: alternate name, wherever the article is datelined (not in a region the article is about: "Algiers"
#: in a New Orleans story).
GREAT_CITY_POP = 300_000
HAMLET_POP = 1_500


#: A town followed by its district or province ("San Francisco, La Mar province"): a local place.
_DISTRICT_AFTER = re.compile(r",\s+(?:[A-Z][\w'-]*\s+){1,3}(?i:province|department|district|municipality|"
                             r"canton|county|prefecture|parish)\b")


def _bilingual_name(gaz: Gazetteer, x: int, key: str) -> bool:
    """`key` is one of the names of a place officially named in two languages ("Gasteiz / Vitoria")."""
    name = gaz.place(x).name
    return "/" in name and key in {normalize(part) for part in name.split("/")}


def _resolve(gaz, cands, focus, top_cc, a1_set, anchors, text):
    for c in cands:
        if c.fallback is not None:
            continue
        ids = c.ids
        if c.admin_only:
            adm = _ids_kind(gaz, ids, 1)
            if not adm:   # place name + "province": use the admin1 of the place
                adm = [gaz.a1_index[gaz.a1s[x]] for x in ids if gaz.a1s[x] in gaz.a1_index]
            ids = adm or ids
            if not any(focus.get(gaz.ccs[x], 0.0) >= 0.1 for x in ids) and top_cc in gaz.country_index:
                ids = [gaz.country_index[top_cc]]
        if c.a1_filter:
            f = [x for x in ids if gaz.a1s[x] == c.a1_filter and gaz.kinds[x] == 0]
            ids = f
        elif c.cc_filter:
            f = [x for x in ids if gaz.ccs[x] == c.cc_filter and gaz.kinds[x] != 2]
            ids = f
        if not ids:
            c.chosen = None
            continue
        if len(ids) == 1:
            c.chosen = ids[0]
            continue
        if len(ids) > 40:
            top = sorted(ids, key=gaz.prior, reverse=True)[:15]
            ids = top + [x for x in ids if (focus.get(gaz.ccs[x], 0.0) >= 0.05 or gaz.a1s[x] in a1_set)
                         and x not in top]
        best, bs = None, -1e9
        # a city that bears the name itself outranks a bigger one that only once had it ("Islamabad" is
        # also an old name of Chattogram)
        own_city = any(gaz.kinds[x] == 0 and gaz.pops[x] >= OWN_NAME_CITY_POP and gaz.primary_key(x) == c.key
                       for x in ids)
        # a great city outranks a hamlet of the article's country bearing its name ("buried in San
        # Salvador" under a Madrid dateline is not Spain's San Salvador of 800 people)
        if any(gaz.kinds[x] == 0 and gaz.pops[x] >= GREAT_CITY_POP and gaz.primary_key(x) == c.key for x in ids) \
                and not _DISTRICT_AFTER.match(text, c.end):    # (not "SAN FRANCISCO, LA MAR PROVINCE")
            # (a city whose official name is bilingual keeps each of its names: "MADRID ... IN VITORIA" is
            # "Gasteiz / Vitoria"; "a shootout in Salvador" is not San Salvador)
            # (a dateline names the great city, not a town of the story's state that once bore its name:
            # "WASHINGTON (AP) -- ... Dayton, Ohio" is not Piqua, Ohio)
            def alt_only(x: int) -> bool:
                return gaz.primary_key(x) != c.key and not _bilingual_name(gaz, x, c.key)
            ids = [x for x in ids if not (gaz.kinds[x] == 0 and (
                gaz.a1s[x] not in a1_set and (gaz.pops[x] < HAMLET_POP or alt_only(x)) or c.dateline and alt_only(x)))
                and not (gaz.kinds[x] == 2 and gaz.primary_key(x) != c.key)]   # "in Salvador" is not El Salvador
        for x in ids:
            sc = _score(gaz, x, c, focus, top_cc, a1_set, anchors)
            if own_city and gaz.kinds[x] == 0 and gaz.primary_key(x) != c.key:
                sc -= 1.0
            if sc > bs:
                best, bs = x, sc
        c.chosen = best


#: Phrases of US local news (police blotter, road and emergency vocabulary): evidence for the US when an
#: article names only towns that have namesakes abroad ("Hamilton", "Toledo", "Bristol").
_US_CUES = re.compile("|".join(f"({p})" for p in (
    r"\b\d{1,5}00 block of\b",
    r"\bsheriff(?:'|\u2019)?s? (?:office|department|deputy|deputies|investigators?)\b",
    r"\b(?:interstate \d{1,3}|I-\d{1,3})\b",
    r"\b911\b",
    r"\bstate (?:troopers?|highway patrol)\b",
    r"\bcounty (?=jail|prosecutor|coroner|medical examiner|district attorney|sheriff)",  # no overlap
)), re.IGNORECASE)


def _us_cues(text: str) -> int:
    """How many kinds of US local-news phrases the text uses (0-3); one pass over the text."""
    kinds: set[int] = set()
    for m in _US_CUES.finditer(text):
        kinds.add(m.lastindex or 0)
        if len(kinds) == 3:
            break
    return len(kinds)


#: A local unit word between a place and its region: "Kani Township, Sagaing Region", "Dera Bugti District,
#: Balochistan".
_UNIT_THEN_COMMA = re.compile(r"\s+(?i:township|district|tehsil|taluka|upazila|sub-?district|"
                              r"local\s+government\s+area|LGA)\s*,\s+")
#: What may follow a city named after its neighbourhood: the clause goes on ("Hanover Park, Cape Town, on
#: Friday"), not the name ("SANTA MARTA, SAN JACINTON NEIGHBORHOOD", "MIRAFLORES MUNICIPALITY").
_CITY_ENDS = re.compile(r"\s*(?:[,.;:)\n]|$|\s+(?:[a-z]|(?:ON|IN|AT|LAST|THIS|EARLY|LATE|YESTERDAY|TODAY|AND|WHEN)\b))")
#: Separators of a list of places ("in Mosul, Kirkuk and Baquba"): list items share the cue.
_LIST_SEP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$", re.IGNORECASE)


#: Verbs whose object is a place as often as not ("rebels attacked Soyapango"): a locative cue.
_VERB_CUE = re.compile(
    r"\b(?:attacked|hit|held|seized|captured|took|bombed|shelled|entered|stormed|raided|overran|"
    r"occupied|besieged|struck|reached|surrounded|liberated|retook|(?:" + "|".join(sorted(TAKEN_OF)) + r")\s+of)"
    r"\s+$", re.IGNORECASE)


#: "the Peruvian capital", "THE SALVADORAN CAPITAL": a country's capital named by its demonym.
_DEMONYM_CAPITAL = re.compile(r"(?i)\b(?:(in|near|at|outside|into|across|around|on|of|from)\s+)?(the\s+([a-z]+)\s+capital)\b"
                              r"(?!\s+(?:city\s+)?of\b)")


def _capital_mentions(text: str, gaz: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text):
        cc = DEMONYMS.get(m.group(3).lower())
        place = gaz.capital_place(cc) if cc else None
        if place is None or any(p.start < m.end() and m.start(2) < p.end for p in found):
            continue
        cue = (m.group(1) or "").lower()
        if cue == "of" and _TAKEN_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            cue = "target"    # "HAVE TAKEN FULL CONTROL OF THE UGANDAN CAPITAL KAMPALA", "the fall of the Afghan capital"
        out.append(PlaceMention(m.group(2), m.start(2), m.end(), place, cue))
    return out


_TAKEN_OF_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(TAKEN_OF)) + r")\s*$")


def find_places(text: str, gaz: Gazetteer, focus_out: dict[str, str] | None = None) -> list[PlaceMention]:
    """All place mentions in an article, in text order, disambiguated at article level.

    `focus_out`, if given, receives the article's focus country as "country" (the names, demonyms and
    dateline it votes on), for a story that names no place ("SALVADORAN PEOPLE ... THE FMLN")."""
    if not text:
        return []
    caps = _is_caps(text)
    toks = _tokenize(text)
    votes: dict[str, float] = {}
    a1_hints: dict[str, float] = {}
    county_found: list = []
    demonyms: dict[str, int] = {}
    city_parts: set[str] = set()
    dl = _dateline_span(text)
    cands = _scan(text, toks, gaz, caps, dl, votes, a1_hints, county_found, demonyms, city_parts)
    n_text = max(len(text), 1)

    # ---- merge "City, State" / "City, Country" / dateline abbreviations
    merged: list[_Cand] = []
    k = 0
    a1_set: set[str] = set()
    for a1, w in a1_hints.items():
        if w >= 0.5:
            a1_set.add(a1)
        votes[a1[:2]] = votes.get(a1[:2], 0.0) + 1.0 * w
    while k < len(cands):
        c = cands[k]
        c.dateline = _in_dateline(dl, c.start, c.end)
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        between = text[c.end:nxt.start] if nxt else None
        paren = between is not None and between.strip() == "(" and len(between) <= 3 \
            and text.startswith(")", nxt.end)
        unit_between = between is not None and _UNIT_THEN_COMMA.fullmatch(between) is not None
        if nxt is not None and between is not None and (between.strip() == "," and len(between) <= 3 or paren
                                                         or unit_between):
            adm = [] if paren else _ids_kind(gaz, nxt.ids, 1)
            ctry = _ids_kind(gaz, nxt.ids, 2)
            ok = False
            for a in adm:
                code = gaz.a1s[a]
                if any(gaz.a1s[x] == code and gaz.kinds[x] == 0 for x in c.ids):
                    c.a1_filter, ok = code, True
                    break
            if not ok:
                for a in ctry:
                    cc = gaz.ccs[a]
                    if any(gaz.ccs[x] == cc and gaz.kinds[x] != 2 for x in c.ids):
                        c.cc_filter, ok = cc, True
                        break
            in_list = (k + 2 < len(cands) and _LIST_SEP.match(text[nxt.end:cands[k + 2].start])) \
                or (k > 0 and _LIST_SEP.match(text[cands[k - 1].end:c.start]))
            if not ok and not paren and not c.admin_only and not nxt.admin_only and not in_list \
                    and _CITY_ENDS.match(text, nxt.end):
                # "Hanover Park, Cape Town", "Nyanga, Cape Town": a neighbourhood its country does not know
                # by that name, then its city: the city (not a namesake of the neighbourhood abroad)
                cities = [x for x in nxt.ids if gaz.kinds[x] == 0 and gaz.pops[x] >= OWN_NAME_CITY_POP
                          and gaz.primary_key(x) == nxt.key]
                if cities:
                    city = max(cities, key=lambda x: gaz.pops[x])
                    if not any(gaz.ccs[x] == gaz.ccs[city] for x in c.ids):
                        c.fallback, ok = gaz.place(city), True
            if not ok and adm and nxt.admin_only and not c.admin_only:
                # "SAN FRANCISCO JAVIER, USULUTAN DEPARTMENT" with no such town in that department: the
                # department, keeping what was written
                best_a = max(adm, key=lambda a: votes.get(gaz.ccs[a], 0.0))
                c.fallback, ok = gaz.place(best_a), True
                a1_set.add(gaz.a1s[best_a])
            if ok:
                c.paren = paren
                c.end = nxt.end + (1 if paren else 0)
                c.strong = True
                if c.a1_filter:
                    a1_set.add(c.a1_filter)
                merged.append(c)
                k += 2
                continue
        m = _AFTER_COMMA_ABBR.match(text, c.end)
        if m:
            code = _state_code_after(text, c.end, caps, c.dateline)
            if code:
                a1 = "US." + code
                if any(gaz.a1s[x] == a1 and gaz.kinds[x] == 0 for x in c.ids):
                    c.a1_filter = a1
                else:
                    c.fallback = gaz.admin1_place(a1)
                c.end = m.end(1)
                c.strong = True
                a1_set.add(a1)
                votes["US"] = votes.get("US", 0.0) + 3.0
        merged.append(c)
        k += 1
        while k < len(cands) and cands[k].start < c.end:
            k += 1
    cands = merged

    # ---- country focus votes
    dl_vote: tuple[str, float] | None = None
    dl_paren = False                # the dateline spells out its country: "SAN JOSE (COSTA RICA), 3 JAN 90"
    named: dict[str, int] = {}      # country -> times named in the body
    # a name the text pins to a country ("LEBANON, Ohio") votes for that country in its other mentions
    # too, not for its other senses ("shot in Lebanon" is the same town, not the country)
    pinned_cc = {c.key: (c.a1_filter[:2] if c.a1_filter else c.cc_filter) for c in cands if c.a1_filter or c.cc_filter}
    for c in cands:
        if not c.dateline and _told_from(text, c.start, c.end):
            continue
        if caps and c.key in IN_IDIOMS:
            continue              # "THE COST IN LIVES", "IT HAS TAKEN LIVES": a word, no country's town
        if c.key in pinned_cc and not (c.a1_filter or c.cc_filter) and c.fallback is None:
            cc = pinned_cc[c.key]
            votes[cc] = votes.get(cc, 0.0) + 1.0
            continue
        pos_w = 1.5 if c.start < n_text * 0.25 else 1.0
        kinds = {gaz.kinds[x] for x in c.ids}
        if c.attr:
            cc = gaz.ccs[_ids_kind(gaz, c.ids, 2)[0]] if 2 in kinds else None
            if cc:
                votes[cc] = votes.get(cc, 0.0) + 0.3
            continue
        if c.a1_filter or (c.fallback is not None and c.fallback.country_code):
            cc = c.a1_filter[:2] if c.a1_filter else c.fallback.country_code
            votes[cc] = votes.get(cc, 0.0) + (5.0 if c.dateline else 2.0 * pos_w)
            continue
        if c.cc_filter:
            # "SAN JOSE (COSTA RICA)": a bureau abroad says little about where the story is
            w = (2.0 if c.paren else 5.0) if c.dateline else 2.0 * pos_w
            votes[c.cc_filter] = votes.get(c.cc_filter, 0.0) + w
            if c.dateline:
                # ("SPLIT, Croatia, May 10 (Reuter) -": a bureau dateline too)
                dl_vote, dl_paren = (c.cc_filter, w), c.paren
            continue
        if 2 in kinds and c.exact and not (c.admin_only and 1 in kinds):   # "Niger State" is no country
            cc = gaz.ccs[_ids_kind(gaz, c.ids, 2)[0]]
            votes[cc] = votes.get(cc, 0.0) + 3.0 * pos_w
            named[cc] = named.get(cc, 0) + 1
            continue
        ccs = {gaz.ccs[x] for x in c.ids}
        if c.dateline:
            best = max(c.ids, key=lambda x: gaz.prior(x) + 2.0 * (x in c.exset) + 1.0 * (gaz.primary_key(x) == c.key))
            votes[gaz.ccs[best]] = votes.get(gaz.ccs[best], 0.0) + 5.0
            dl_vote = (gaz.ccs[best], 5.0)
            continue
        if not c.strong:
            continue
        w = (1.0 if c.admin_only or 1 in kinds else 0.7) * pos_w
        adm_primary = {gaz.ccs[x] for x in c.ids if gaz.kinds[x] == 1 and _own_name(gaz, x, c.key, c.exset)}
        if len(adm_primary) == 1 and not (not c.admin_only and any(gaz.kinds[x] == 0 and gaz.pops[x] >= 100_000
                                             and gaz.ccs[x] not in adm_primary for x in c.ids)):
            # a region's own name ("Ayacucho") - unless a big city elsewhere has it too ("Toledo")
            cc = next(iter(adm_primary))
            votes[cc] = votes.get(cc, 0.0) + 2.0 * pos_w
            continue
        if len(ccs) == 1:
            cc = next(iter(ccs))
            # a word that is only another name of a small place ("Marc" for March, Afghanistan;
            # "Figueroa" for San Miguel Figueroa; "in Auno" for a French town) is thin evidence for a country
            alias = not any(_own_name(gaz, x, c.key, c.exset) for x in c.ids) \
                and max(gaz.pops[x] for x in c.ids) < 100_000
            votes[cc] = votes.get(cc, 0.0) + (0.3 if alias else 1.5) * w
        else:
            # big places named by their own name vote for their country ("Montgomery" is Alabama's
            # capital, not the old name of Sahiwal, Pakistan)
            own = [x for x in c.ids if _own_name(gaz, x, c.key, c.exset)]
            best = max(own, key=gaz.prior) if own else None
            if best is not None and gaz.pops[best] >= 100_000:
                votes[gaz.ccs[best]] = votes.get(gaz.ccs[best], 0.0) + 0.7 * w
            for cc in sorted(ccs):    # sorted: the votes' order breaks focus ties (same result every run)
                votes[cc] = votes.get(cc, 0.0) + 0.3 * w / len(ccs)
    n_us = _us_cues(text)
    if n_us:
        votes["US"] = votes.get("US", 0.0) + 1.0 * n_us
    bureau = False
    if dl_vote is not None:
        # A dateline abroad ("SAN JOSE, 3 JAN 90 --" on a Salvadoran story) is where the report was
        # filed: when the body never points to the dateline's country but names another one again and
        # again, it weighs like any mention.
        dl_cc, w = dl_vote
        # (a demonym points there as a name does: "SALVADORAN PRESIDENT ... IN EL SALVADOR"); a story
        # whose votes go three to one to another country named again and again is filed from abroad even
        # when the body names the bureau's city once more ("A SPOKESMAN IN WASHINGTON")
        told = {cc: named.get(cc, 0) + demonyms.get(cc, 0) for cc in set(named) | set(demonyms)}
        lead = max((cc for cc in votes if cc != dl_cc), key=lambda cc: (votes[cc], cc), default=None)
        if max((k for cc, k in told.items() if cc != dl_cc), default=0) >= 3 and (
                votes.get(dl_cc, 0.0) - w < 0.5
                or lead is not None and told.get(lead, 0) >= 3 and votes[lead] >= 3.0 * votes.get(dl_cc, 0.0)):
            votes[dl_cc] -= w - 1.0
            bureau = True
    focus = country_focus(votes)
    top_cc = max(focus, key=focus.get) if focus else None
    # the focus country stands on a dateline alone ("BEIRUT (AP) - A car bomb killed five in Kafr Nabl")
    dateline_only = dl_vote is not None and top_cc == dl_vote[0] and votes.get(top_cc, 0.0) - dl_vote[1] < 1.0 \
        and not any(not c.dateline and any(gaz.ccs[x] == top_cc for x in c.ids) for c in cands)
    leaders = {cc for cc, v in focus.items() if v >= focus[top_cc] - 1e-9} if top_cc else set()
    if len(leaders) > 1:
        top_cc = None     # a tie ("in Flint": Wales and Michigan) leaves the choice to each name's prior
    if focus_out is not None and top_cc:
        focus_out["country"] = top_cc
    if dl_paren and top_cc and dl_vote is not None and top_cc != dl_vote[0]:
        # "LIMA (PERU), 12 FEB 91 -- THE PERUVIAN FOREIGN MINISTRY CONDEMNED THE MURDER OF BOLIVIAN SENATOR
        # ...": a dateline that spells out its country is a bureau abroad; when the body points more to
        # another country, the story is that country's
        bureau = True

    # ---- pass 1
    _resolve(gaz, cands, focus, top_cc, a1_set, [], text)
    # acceptance of weak (single, un-cued) mentions
    kept = []
    strong_keys = {c.key for c in cands if c.strong and c.chosen is not None
                   and not (caps and c.key in IN_IDIOMS and c.cue == "in")}  # ("THE COST IN LIVES": no town)
    for c in cands:
        if c.fallback is None and c.chosen is None:
            continue
        if caps and c.key in IN_IDIOMS and c.cue == "in":
            continue              # "[PRESIDENT CRISTIANI, IN PROGRESS]", "LIVE IN PEACE": no town
        in_list = (bool(kept) and _LIST_SEP.match(text[kept[-1].end:c.start]) is not None) \
            or _VERB_CUE.search(text, max(0, c.start - 30), c.start) is not None
        if c.strong and c.bare and c.fallback is None and not c.dateline and c.chosen is not None \
                and not in_list:
            # A lone capitalized word ("Gilbert said", "Secretary Kerry", "al-Maliki's") is a place
            # only if it fits the article: in a focus country and, where the article names its
            # state or province, in that region - or it is a country, region or big city.
            x = c.chosen
            cc, kind = gaz.ccs[x], gaz.kinds[x]
            fits = focus.get(cc, 0) >= 0.2 and (kind > 0 or not a1_set or gaz.a1s[x] in a1_set
                                                 or gaz.pops[x] >= 100_000)
            if not (fits or kind == 2 or (kind == 1 and focus.get(cc, 0) >= 0.1) or gaz.pops[x] >= 500_000):
                continue
        if not c.strong and c.fallback is None:
            x = c.chosen
            cc = gaz.ccs[x]
            kind = gaz.kinds[x]
            primary = _own_name(gaz, x, c.key, c.exset)
            ok = (focus.get(cc, 0) >= 0.2 and (gaz.pops[x] >= 1000 or kind > 0) and primary) or \
                (kind == 2 and c.exact) or (gaz.pops[x] >= 200_000 and primary) or \
                (kind == 1 and focus.get(cc, 0) >= 0.1 and c.exact)
            if in_list and primary and (gaz.pops[x] >= 1000 or kind > 0):
                ok = True
            if caps or c.text_upper:
                # in capitals a lone name needs the story's country, or to be a big city by its own name
                # ("SHELLING OF ALEPPO KILLED NINE")
                ok = ok and (cc in leaders or not leaders and primary and gaz.pops[x] >= 200_000) \
                    and (gaz.pops[x] >= 5000 or kind > 0)
            if c.key in SOFT_WORDS or (caps and c.key in FIRST_NAMES):
                ok = False
            if not ok and c.key in strong_keys:
                ok = True
            if not ok:
                continue
        kept.append(c)
    cands = kept
    # ---- pass 2 with admin1 regions and anchors
    for c in cands:
        if c.chosen is not None:
            x = c.chosen
            if gaz.kinds[x] == 1 and (c.exact or c.admin_only):
                a1_set.add(gaz.a1s[x])
    anchors = []
    for c in cands:
        if c.chosen is not None and gaz.kinds[c.chosen] == 0 and (len(c.ids) == 1 or c.a1_filter or c.dateline):
            anchors.append((gaz.lats[c.chosen], gaz.lons[c.chosen], c.key))
    _resolve(gaz, cands, focus, top_cc, a1_set, anchors, text)

    # ---- one sense per article: a name pinned by the dateline or by "City, State" keeps that sense
    pinned: dict[str, int] = {}
    for c in cands:
        if c.chosen is not None and c.fallback is None and (c.dateline or c.a1_filter or c.cc_filter):
            pinned.setdefault(c.key, c.chosen)
    if pinned:
        for c in cands:
            x = pinned.get(c.key)
            if x is not None and c.chosen != x and not (c.a1_filter or c.cc_filter) and x in c.ids:
                c.chosen = x

    # ---- state focus of a US story: the dateline state, "City, State" pairs, state names, counties
    st_votes: dict[str, float] = {}
    big_seen: set[str] = set()
    for c in cands:
        p_a1 = None
        if c.fallback is not None and c.fallback.precision == "admin1":
            p_a1 = c.fallback.admin1_code
        elif c.chosen is not None and (c.a1_filter or (gaz.kinds[c.chosen] == 1 and c.exact)):
            p_a1 = gaz.a1s[c.chosen]
        if p_a1 and p_a1.startswith("US."):
            st_votes[p_a1] = st_votes.get(p_a1, 0.0) + (5.0 if c.dateline else 1.5)
        elif c.chosen is not None and c.fallback is None and gaz.kinds[c.chosen] == 0 \
                and gaz.ccs[c.chosen] == "US" and gaz.pops[c.chosen] >= 100_000 and c.exact \
                and gaz.primary_key(c.chosen) == c.key and c.key not in city_parts:
            # a big US city named in full ("Kansas City police"): its state (not "the Austin neighborhood")
            a1 = gaz.a1s[c.chosen]
            st_votes[a1] = st_votes.get(a1, 0.0) + (1.5 if c.key not in big_seen else 0.5)
            big_seen.add(c.key)
    for a1, w in a1_hints.items():
        if a1.startswith("US."):
            st_votes[a1] = st_votes.get(a1, 0.0) + w
    state_focus = None
    if st_votes:
        a1, w = max(st_votes.items(), key=lambda kv: kv[1])
        if w >= 1.5 and w >= 0.6 * sum(st_votes.values()):
            state_focus = a1
    if state_focus:
        # a small namesake in another state gives way to the one in the story's state
        for c in cands:
            x = c.chosen
            if x is None or c.fallback is not None or c.dateline or c.a1_filter or c.cc_filter \
                    or gaz.kinds[x] != 0 or gaz.ccs[x] != "US" or gaz.a1s[x] == state_focus \
                    or gaz.pops[x] >= 100_000:
                continue
            alt = [y for y in c.ids if gaz.a1s[y] == state_focus and gaz.kinds[y] == 0]
            if alt:
                c.chosen = max(alt, key=gaz.prior)
    top_share = focus.get(top_cc, 0.0) if top_cc else 0.0

    def keep(c) -> bool:
        """Drop towns abroad in a story focused on one country (English words and namesakes: "IN
        CHARGE", "downtown", "Pizza"), and small towns in other states of a US story focused on one state
        (surnames, neighbourhoods), unless the text pins them ("City, State", dateline)."""
        if c.attr:
            return False
        if c.key in city_parts and c.chosen is not None and gaz.kinds[c.chosen] == 0 and state_focus \
                and gaz.a1s[c.chosen] != state_focus and not (c.dateline or c.a1_filter or c.cc_filter or c.settled):
            return False          # "shot in Bridgeport" after "the Bridgeport neighborhood" in a Chicago story
        if c.fallback is not None or c.chosen is None or c.dateline or c.a1_filter or c.cc_filter:
            return True
        x = c.chosen
        kind, cc = gaz.kinds[x], gaz.ccs[x]
        primary = _own_name(gaz, x, c.key, c.exset)
        abroad = top_share >= 0.4 and cc != top_cc and focus.get(cc, 0.0) < 0.5 * top_share
        if kind == 0 and abroad and dateline_only and c.key not in SOFT_WORDS \
                and (c.settled or not caps and c.cue in ABROAD_CUES and gaz.pops[x] >= 10_000):
            return True           # the body's town, abroad only from the bureau's point of view
        if kind == 0 and abroad and c.cue == "target" and not caps and primary and gaz.pops[x] >= 10_000 \
                and c.key not in SOFT_WORDS:
            return True           # "MOSCOW - Russian forces seized Kherson", "BELGRADE - ... shelled Vukovar"
        if kind == 0 and abroad and _settlement_of(toks, c.i) and primary and not caps and c.key not in SOFT_WORDS:
            return True           # "Russian tanks swept into the town of Gori": named as a town
        if kind == 0 and abroad:
            return primary and gaz.pops[x] >= 100_000 and c.key not in SOFT_WORDS
        if kind == 1 and abroad and caps:
            return primary and c.cue in LOC_CUES
        if kind == 0 and not caps and not primary and c.j - c.i == 1 and c.cue not in LOC_CUES and cc == "US":
            return False          # a lone word matching only an alternate name ("Morgan")
        if kind == 0 and state_focus and cc == "US" and gaz.a1s[x] != state_focus and gaz.pops[x] < 100_000:
            # a neighbourhood or a surname ("in Englewood" in a Chicago story), not a town elsewhere
            return False
        return True

    cands = [c for c in cands if keep(c)]
    named_towns = {c.start for c in cands if not caps and c.fallback is None and _settlement_of(toks, c.i)}

    out: list[PlaceMention] = []
    for c in cands:
        if c.fallback is not None:
            p = c.fallback
        elif c.chosen is not None:
            p = gaz.place(c.chosen)
        else:
            continue
        out.append(PlaceMention(text[c.start:c.end], c.start, c.end, p, c.cue, "dateline" if c.dateline else ""))
    out.extend(_county_mentions(text, toks, gaz, county_found, a1_set, state_focus, dl, caps))
    out.extend(_unresolved_settlements(text, toks, gaz, caps, out, top_cc))
    out.extend(_admin2_mentions(text, gaz, out, top_cc))
    out.extend(_capital_mentions(text, gaz, out))
    if top_cc:
        # the focus country wins for event places unless a locative cue puts the event abroad
        lim = 0.6 * focus.get(top_cc, 0.0)
        out = [replace(m, role="offfocus") if m.place.country_code and m.place.country_code != top_cc
               and (focus.get(m.place.country_code, 0.0) < lim and m.role != "dateline" and not dateline_only
                    and m.start not in named_towns
                    or bureau and m.role == "dateline") else m for m in out]
        # "The attackers struck Solhan, a village in Yagha province" in a Burkina Faso story: a small namesake
        # abroad (Solhan, Turkey) that no country name, demonym or other place of its country supports is an
        # unknown local village, not an event abroad
        out = [replace(m, role="stray") if m.role == "offfocus" and m.place.precision == "place"
               and m.place.population < STRAY_MAX_POP and m.place.country_code
               and not named.get(m.place.country_code) and not demonyms.get(m.place.country_code)
               and not any(o.place.country_code == m.place.country_code and o.text != m.text for o in out)
               else m for m in out]
    out = [replace(m, role="residence") if m.role != "dateline" and _residence(text, m) else m for m in out]
    _spread_role(out, text, "residence", _LIST_JOIN)  # "men from Uttar Pradesh, Punjab and Rajasthan": the list
    out = [replace(m, role="destination") if m.role != "dateline" and _fled_to(text, m.start) else m for m in out]
    out = [replace(m, role="origin") if m.role != "dateline" and m.cue == "from" and _set_out_from(text, m.start)
           else m for m in out]
    out = [replace(m, role="origin") if not m.role and not m.cue and m.place.precision == "country"
           and _FORCES_AFTER.match(text, m.end) else m for m in out]
    out = [replace(m, role="institution") if not m.role and m.place.precision != "place"
           and _INSTITUTION_OF_BEFORE.search(text, max(0, m.start - 40), m.start) else m for m in out]
    out = [replace(m, role="city_part") if not m.role and _CITY_POSSESSIVE_BEFORE.search(text, max(0, m.start - 20), m.start)
           else m for m in out]
    out = [replace(m, role="this_town") if not m.role and m.place.precision != "place"
           and _THIS_BEFORE.search(text, max(0, m.start - 40), m.start) and _TOWN_NOUN_AFTER.match(text, m.end)
           else m for m in out]
    _spread_role(out, text, "origin", _WHERE_IT_LIES)  # "flying from Aviano air base in northern Italy"
    out = [replace(m, role="care") if m.role != "dateline" and _cared_for(text, m) else m for m in out]
    out = [replace(m, role="source") if m.role != "dateline" and (
        m.place.precision == "country" and _SOURCE_AFTER.match(text, m.end)
        or _ISSUED_IN_BEFORE.search(text, max(0, m.start - 60), m.start)
        or _told_from(text, m.start, m.end)) else m for m in out]
    out = [replace(m, role="distance") if not m.role and m.cue in ("of", "from", "to", "toward", "towards")
           and (_DISTANCE_BEFORE.search(text, max(0, m.start - 70), m.start) or _placed_by_compass(text, m, out))
           else m for m in out]
    out.sort(key=lambda m: m.start)
    return out


#: Where a statement was issued or a speaker spoke: "IN A STATEMENT ISSUED IN DUBLIN", "a communique released
#: in Beirut", "told reporters in Islamabad" - where the story was told, not the scene.
_ISSUED_IN_BEFORE = re.compile(
    r"(?i)\b(?:(?:statement|communiqu[eé]|announcement|message|declaration|claim|note)\s+(?:[\w'\-]+\s+){0,4}?"
    r"(?:issued|released|published|read|sent|faxed|delivered|received|broadcast|distributed|circulated)"
    r"(?:\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:press|reporters|journalists|media|news\s+agencies))?|"
    # "in spite of a ceasefire agreed in Zagreb", "the peace accord signed in Dayton": where a deal was made
    r"(?:ceasefire|cease-fire|truce|agreement|accord|deal|pact|treaty|(?:peace\s+)?plan)\s+(?:\w+\s+)?(?:agreed|signed|"
    r"reached|brokered|negotiated|struck|concluded)|told\s+(?:reporters|journalists|"
    r"a\s+news\s+conference)|(?:news|press)\s+(?:conference|briefing)|speaking(?:\s+to\s+(?:reporters|journalists))?|"
    # "a spokesman for the rebels in Nairobi", "the group's representative in London": where a party speaks
    r"(?:spokes(?:man|woman|person)|representatives?|envoy)(?:\s+(?:for|of)(?:\s+the)?(?:\s+[\w\-']+){1,3}?)?)"
    r"\s+in\s+(?:the\s+)?(?:[\w\-']+\s+){0,2}$")
#: Where the people who tell the story are: "RADIO MOZAMBIQUE, MONITORED IN JOHANNESBURG", "the embassy in
#: Quito said", "WESTERN DIPLOMATS IN MOSCOW SAID", "officials said in Nairobi". With `_TELLS_AFTER` for the
#: groups that may also be the story ("exiles in Miami protested" is an event there).
_MONITORED_IN_BEFORE = re.compile(r"(?i)\b(?:monitored|intercepted)\s+in\s+(?:the\s+)?$")
_TELLER_IN_BEFORE = re.compile(
    r"(?i)\b(?:embass(?:y|ies)|consulates?|diplomats?|exiles?|sources?|officials|headquarters|command|"
    r"travell?ers(?:\s+arriving)?)\s+in\s+(?:the\s+)?$")
_TELLS_AFTER = re.compile(
    r"(?i)(?:[\s,]+(?:on\s+\w+|today|yesterday|\w+day)?[\s,]*)?(?:said|say|says|reported|confirmed|told|"
    r"announced|quoted)\b")
#: A city's own media: "ACCORDING TO TEGUCIGALPA'S RADIO AMERICA", "Lagos's Punch newspaper".
_MEDIA_AFTER = re.compile(
    r"(?i)['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:radio|television|tv|newspapers?|dail(?:y|ies)|press|media|"
    r"news\s+agency)\b")
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|say|confirmed|announced)\s+(?:today\s+|yesterday\s+|here\s+)?in\s+(?:the\s+)?$")


def _told_from(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is where the story's source speaks from, not a scene
    (`_MONITORED_IN_BEFORE`): it neither votes for the article's country nor places an event."""
    before = text[max(0, start - 50):start]
    if _MONITORED_IN_BEFORE.search(before) or _SAID_BEFORE.search(before) or _MEDIA_AFTER.match(text, end):
        return True
    return bool(_TELLER_IN_BEFORE.search(before)) and bool(_TELLS_AFTER.match(text, end))


#: "about 90 kilometres east of Douentza", "20 miles (32 km) north of": a landmark the scene is measured
#: from; event_place uses it only when nothing else is named.
#: A compass direction ("north", "south-east", "northwest").
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_DISTANCE_BEFORE = re.compile(
    r"(?i)\b(?:\d[\d,.]*|a\s+few|several|some|\w+)\s*(?:-|\s)?(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\b"
    r"(?:\s*\([^()]{1,20}\))?\s+(?:\(?\s*" + _DIRECTION + r"(?:ern)?\s*\)?\s+)?(?:of|from)\s+(?:the\s+)?(?:[\w\-']+\s+){0,3}$"
    # "on the road to Bunia", "the highway linking Kabul and": landmarks the scene is placed by
    r"|\b(?:road|highway|motorway|route|railway|pipeline)\s+(?:from\s+[\w\-']+(?:\s+[\w\-']+)?\s+)?"
    r"(?:to|from|linking|between|towards?)\s+(?:the\s+)?$")


#: "Jamaine Sutton, 32, of Dunbar," / "both of Tyler": where a victim or suspect lives, not where
#: the event happened (event_place skips it; it still counts for the article's country focus).
#: "forcing 3,000 people to flee into Thailand", "crossed into Chad", "sought refuge in Kenya": where
#: people went, not where the event happened (event_place skips it). ("a camp for displaced people at
#: Pabbo in Gulu district" is where the camp is.)
_DESTINATION_BEFORE = re.compile(
    r"\b((?:fle(?:e|d|es|eing)|escap(?:e|ed|es|ing)|cross(?:ed|es|ing)?|(?:sought|seek|seeking|took|taking)\s+refuge|"
    r"evacuated|displaced|relocated))\s+(?:\w+\s+){0,3}?(?:into|to|across|(?<=refuge\s)in)\s+(?:the\s+)?"
    r"(?:border\s+(?:into|to|with)\s+)?(?:neighbou?ring\s+)?$"
    # "the injured were airlifted to Raipur", "withdrew overnight to the regional capital Donetsk"
    r"|\b((?:airlifted|flown|moved|redeployed|withdr[ae]wn?|withdrawing|retreat(?:ed|ing)|pulled\s+back|"
    r"fell\s+back|transferred|rushed|taken))\s+(?:\w+\s+){0,3}?(?:into|to|towards?)\s+(?:the\s+)?"
    r"(?:(?:regional|provincial|district|state)\s+capital(?:,)?\s+|city\s+of\s+|town\s+of\s+)?$"
    # "ambushed a minibus shortly after it set off for Nairobi", "a bus bound for Kabul": where it was going
    r"|\b((?:set\s+off|set\s+out|left|departed|bound|headed|heading|leaving))\s+for\s+(?:the\s+)?$"
    r"|\b(en\s+route|on\s+(?:its|their|his|her)\s+way)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: "jets flying from Aviano air base", "rockets fired from Gaza hit Sderot", "the attackers came from
#: Nigeria": where the attackers or their weapons set out from, not where they struck (event_place skips it).
_ORIGIN_BEFORE = re.compile(
    r"\b(fl(?:ying|ew|own|ies)|fired|launched|c(?:ame|oming)|took\s+off|taking\s+off|operating|infiltrated|"
    r"sneaked|slipped|arriv(?:ed|ing))\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:nearby|neighbou?ring|northern|southern|eastern|western|central)\s+)?$", re.IGNORECASE)


#: A country named as whose forces or aircraft acted ("U.S. F-16 jets dropped bombs", "U.S.-led forces"): the
#: side that struck, not the scene (not "the Iraq bombing" or "Syria strikes", scenes).
_FORCES_AFTER = re.compile(
    r"(?:[\s-]+(?:[A-Z]+-?\d+[A-Z]?s?|special|military|air|naval|ground|combat|fighter|attack|drone|"
    r"led|backed|trained))?-?\s+(?:troops|soldiers|forces|jets|warplanes|aircraft|planes|bombers|fighters|"
    r"drones|helicopters|gunships|warships|marines|pilots|commandos|paratroopers|military|army|navy|"
    r"air\s+force|coalition)\b", re.IGNORECASE)
#: A state or country naming an institution ("near the University of Georgia campus"): the institution lies
#: in it, but a dateline town inside it says where more closely (events prefer that town).
_INSTITUTION_OF_BEFORE = re.compile(r"\b(?:University|UNIVERSITY|College|COLLEGE|Institute|INSTITUTE|Academy|"
                                    r"ACADEMY)\s+(?:of|OF)\s+(?:the\s+|THE\s+)?$")
#: A part of the city told before: "in the city's Dniprovskyi district" (of Kherson, not Kyiv's namesake).
_CITY_POSSESSIVE_BEFORE = re.compile(r"(?i)\bthe\s+(?:city|town|capital)['\u2019]s\s+$")
#: A region describing the town the story is filed from: "in this County Tyrone market town", "this northern
#: Ohio city", "THIS PUNJAB BORDER TOWN" (the dateline's town, inside that region).
_THIS_BEFORE = re.compile(r"\b(?i:this)\s+(?:[a-zA-Z-]+\s+){0,2}?$")
_TOWN_NOUN_AFTER = re.compile(r"\s+(?:[a-zA-Z-]+\s+){0,2}?(?i:town|city|village|capital|port|hamlet)\b")
_WHERE_IT_LIES = re.compile(r"(?:\s+[\w-]+){0,3}?\s*(?:,|\s+in)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?", re.IGNORECASE)


def _spread_role(out: list[PlaceMention], text: str, role: str, joint: re.Pattern) -> None:
    """A mention without a role that follows one with `role`, joined to it by `joint` alone, shares it (in
    place; `out` in text order)."""
    for k in range(1, len(out)):
        if out[k - 1].role == role and not out[k].role and out[k].start > out[k - 1].end \
                and joint.fullmatch(text, out[k - 1].end, out[k].start):
            out[k] = replace(out[k], role=role)


def _verb_before(rx: re.Pattern, text: str, start: int, reach: int) -> bool:
    """`rx`, anchored at the place's `start`, matches within `reach` characters before it, and the verb it
    captures is in lower case or all capitals: a verb, not a name ("Farmers Crossing Road in White Plains")."""
    m = rx.search(text, max(0, start - reach), start)
    verb = next((g for g in m.groups() if g), "") if m is not None else ""
    return verb.islower() or verb.isupper()


def _set_out_from(text: str, start: int) -> bool:
    """The place follows "flying from", "fired from", "came from"... (verb in lower case or capitals)."""
    return _verb_before(_ORIGIN_BEFORE, text, start, 50)


def _fled_to(text: str, start: int) -> bool:
    """The place follows "fled into", "crossed into"... (the verb in lower case or all capitals: not
    "Farmers Crossing Road in White Plains")."""
    return _verb_before(_DESTINATION_BEFORE, text, start, 60)


_RESIDENCE_BEFORE = re.compile(r"(?:,\s*\d{1,3}\s*,\s+(?:of|from)|\b(?:both|all|each|an?\s+(?:[\w-]+\s+)?"
                               r"(?:resident|native))\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
#: A person named before "of" ("Yasha Ross of Coraopolis was shot", "Kadeem Williams, of Homestead"): the
#: town they live in. Mixed case only: in capitals a name cannot be told from "THE BATTLE OF".
_NAMED_PERSON_OF_BEFORE = re.compile(
    r"(?<![\w.'-])([A-Z][a-z'-]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z'-]+)(?:,?\s+(?:Jr|Sr)\.?)?,?\s+(?:of|from)\s+$")
#: Words that head an institution, a title or an area before "of" ("Catholic University of America", "Gov.
#: Greg Abbott of Texas" is a title holder, "Big Bend Region of Texas"): no person's home town.
_NOT_A_NAME = _W("""
university college school academy institute bank republic state states kingdom court church council city town
county province district department ministry army front party movement union federation association society
chamber hospital center centre office police force forces guard guards battle siege massacre mayor governor
sheriff chief president minister secretary king queen prince princess duke archbishop bishop cardinal emir
sultan commission committee authority agency bureau board lord lady region gulf bay sea isle islands island
strait cape port lake river valley museum palace tower statue people residents citizens north south east west
central greater diocese archdiocese parish borough village township municipality area zone prefecture
governorate emirate caliphate sheikhdom principality duchy our holy saint st great grand new old united
""")
#: Someone "from" a town ("Skip Wells, a Marine from Marietta", "a 19-year-old man from Dayton"): where they live.
_PERSON_FROM_BEFORE = re.compile(
    r"\b(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|student|resident|native|"
    r"father|mother|son|daughter|marine|sailor|airman|veteran|retiree|driver|couple|family)\s+from\s+$"
    # "the dead included men from Uttar Pradesh, Punjab and Rajasthan", "pilgrims from Kerala"
    r"|\b(?:men|women|boys|girls|teenagers|students|natives|pilgrims|migrants|workers|labou?rers|families|"
    r"people|persons|individuals|residents)\s+from\s+$"
    # an appositive that tells who someone is: "Lea, a 53-year-old financial adviser from Minneapolis"
    r"|,\s+an?\s+(?:\d{1,3}-year-old\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+\s+from\s+$",
    re.IGNORECASE)


#: Where the wounded are cared for (a regular-expression alternation, also used by `events`).
CARE_PLACE = r"(?:hospitals?|clinics?|(?:medical|trauma|health)\s+cent(?:er|re)s?|infirmary|emergency\s+rooms?)"
#: What happens to a victim at such a place.
_CARE_VERBS = (r"\b(?:taken|rushed|transported|transferred|flown|airlifted|driven|brought|carried|evacuated|"
               r"admitted|treated|hospitali[sz]ed|recovering|died|dies|succumbed|pronounced\s+dead)\b")
#: Where a victim was cared for or died after the event ("taken in critical condition to Christ Medical
#: Center in Oak Lawn", "died at Little Company of Mary Hospital in Evergreen Park"): not the scene. A
#: hospital named without such a verb may be the scene ("a bomb exploded at a hospital in Kandahar").
_CARED_FOR_BEFORE = re.compile(
    _CARE_VERBS + r"[^.;!?]{0,80}?\b" + CARE_PLACE + r"(?:\s+of\s+[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3})?"
    r",?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: The same with the town before the hospital: "died of her injuries in a Belfast hospital", "was
#: airlifted to a Dallas trauma center".
_CARE_VERB_BEFORE = re.compile(_CARE_VERBS + r"[^.;!?]{0,60}?\b(?:in|at|to)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_CARE_NOUN_AFTER = re.compile(r"\s+(?:[\w'.-]+\s+){0,2}?" + CARE_PLACE + r"\b", re.IGNORECASE)


def _cared_for(text: str, m: PlaceMention) -> bool:
    """The town of the hospital a victim was taken to or died in: not where the event happened."""
    before = text[max(0, m.start - 160):m.start]
    return _CARED_FOR_BEFORE.search(before) is not None or (
        _CARE_NOUN_AFTER.match(text, m.end) is not None and _CARE_VERB_BEFORE.search(before) is not None)


_COMPASS_OF_BEFORE = re.compile(r"(?i)^[\s,]*(?:(?:valley|district|province|region|area|mountains|hills|plain)"
                                r"[\s,]+)?" + _DIRECTION + r"\s+of\s+(?:the\s+)?$")


def _placed_by_compass(text: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"THE PANJSHIR VALLEY NORTH OF KABUL": a place named just before is placed by this one, the landmark
    (not "CAPTURED EARLY THIS MORNING NORTH OF BARRANQUILLA", where Barranquilla is the place itself)."""
    return any(0 <= m.start - p.end <= 40 and _COMPASS_OF_BEFORE.match(text[p.end:m.start]) for p in mentions
               if p is not m)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def _residence(text: str, m: PlaceMention) -> bool:
    """The place is where a person lives, not where something happened to them."""
    if m.cue not in ("of", "from"):
        return False
    before = text[max(0, m.start - 60):m.start]
    if _RESIDENCE_BEFORE.search(before) or m.cue == "from" and _PERSON_FROM_BEFORE.search(before):
        return True
    named = _NAMED_PERSON_OF_BEFORE.search(before)
    return named is not None and not ({named.group(1).lower(), named.group(2).lower()} & _NOT_A_NAME)


def _county_mentions(text, toks, gaz, found, a1_set, state_focus, dl, caps) -> list[PlaceMention]:
    """"X County" / "X Parish" (optionally ", State") as a region mention of its state, when the state is
    known: the only state with such a county, the state written after it, or the article's state."""
    out = []
    for i, j, key, states in found:
        start, end = toks[i].start, toks[j - 1].end
        st = None
        m = _AFTER_COMMA_ABBR.match(text, end)
        if m:
            ab = m.group(1)
            nab = " ".join(ab.lower().replace(".", " ").split())
            code = US_STATE_ABBR.get(nab) if ab.endswith(".") else (ab if ab in US_POSTAL else None)
            if code and "US." + code in states:
                st, end = "US." + code, m.end(1)
        if st is None and j < len(toks) and text[end:toks[j].start].strip() == ",":
            a1 = gaz.exact.get(toks[j].norm if j + 1 >= len(toks) or not toks[j + 1].gap_ok
                               else toks[j].norm)
            for x in ([a1] if isinstance(a1, int) else a1 or ()):
                if gaz.kinds[x] == 1 and gaz.a1s[x] in states:
                    st, end = gaz.a1s[x], toks[j].end
        if st is None:
            if len(states) == 1:
                st = states[0]
            elif state_focus in states:
                st = state_focus
            else:
                inter = [a for a in states if a in a1_set]
                st = inter[0] if len(inter) == 1 else None
        if st is None:
            continue
        place = gaz.admin1_place(st)
        if place is None:
            continue
        dateline = dl[1] > 0 and dl[0] - 2 <= start <= dl[0] + 2
        out.append(PlaceMention(text[start:end], start, end, place, _cue_of(toks, i),
                                "dateline" if dateline else ""))
    return out


_ADMIN2_WORD = r"(?i:province|district|prefecture)"
_ADMIN2_NAME = r"[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2}"
_ADMIN2_PHRASE = re.compile(
    rf"\b{_ADMIN2_WORD}\s+(?i:of)\s+(?P<a>{_ADMIN2_NAME})|\b(?P<b>{_ADMIN2_NAME})\s+{_ADMIN2_WORD}\b")
_IN_BEFORE = re.compile(r"(?i)\bin\s+(?:the\s+)?(?:[\w'\-]+\s+){0,3}$")


def _admin2_mentions(text: str, gaz: Gazetteer, found: list[PlaceMention], top_cc: str | None) -> list[PlaceMention]:
    """"the southern province of Bukidnon", "Gujrat district": a second-level division the gazetteer has
    no entry for, as a mention of its region (admin1), when the name fits one region of the article's
    country. A name already read as a place is left alone."""
    out = []
    for m in _ADMIN2_PHRASE.finditer(text):
        group = "a" if m.group("a") else "b"
        start, end = m.span(group)
        if any(f.start < end and start < f.end for f in found):
            continue
        words = text[start:end].split()
        for k in range(len(words)):      # "Kashmir's Anantnag district": the shortest name that fits
            name = " ".join(words[k:]) if group == "b" else " ".join(words[:len(words) - k])
            a1s = gaz.admin2.get(normalize(name), [])
            if top_cc:
                a1s = [a for a in a1s if a.startswith(top_cc + ".")]
            if len(a1s) == 1 and (region := gaz.admin1_place(a1s[0])) is not None:
                cue = "in" if _IN_BEFORE.search(text, max(0, m.start() - 40), m.start()) else ""
                out.append(PlaceMention(text[m.start():m.end()], m.start(), m.end(), region, cue))
                break
    return out


def _unresolved_settlements(text, toks, gaz, caps, found, top_cc) -> list[PlaceMention]:
    """'the town of X' where X is not in the gazetteer: fall back to the nearest region or country
    mention, else the region of a place nearby, else the focus country. (Provinces and districts
    named as such: `_admin2_mentions`.)"""
    extra = []
    covered = [(m.start, m.end) for m in found]
    n = len(toks)
    for i in range(2, n):
        if not (toks[i - 1].norm == "of" and toks[i - 2].norm in SETTLEMENT_WORDS):
            continue
        if not (caps or toks[i].cap) or toks[i].norm in STOPWORDS:
            continue
        if any(s <= toks[i].start < e for s, e in covered):
            continue
        j = i + 1
        while j < n and j - i < 5 and toks[j].gap_ok and (caps or toks[j].cap or toks[j].norm in CONNECTORS) \
                and toks[j].norm not in ("and", "in", "on", "at"):
            j += 1
        while j - 1 > i and toks[j - 1].norm in CONNECTORS:
            j -= 1
        start, end = toks[i].start, toks[j - 1].end
        # "THE TOWN OF SAN JOSE LAS FLORES, CHALATENANGO": the region of the name after the comma
        after = next((m for m in found if 0 < m.start - end <= 3 and text[end:m.start].strip() == ","), None)
        if after is not None and after.place.admin1_code:
            region = gaz.admin1_place(after.place.admin1_code) if after.place.precision == "place" else after.place
            if region is not None:
                extra.append(PlaceMention(text[start:end], start, end, region, _cue_of(toks, i - 2) or "of"))
                continue
        # nearest region / country mention (prefer after, within 120 chars)
        best, bd = None, 1e9
        for m in found:
            if m.place.precision == "place":
                continue
            d = m.start - end if m.start >= end else (start - m.end) * 1.5
            if d < bd and d < 250:
                best, bd = m.place, d
        if best is None:
            # (not the dateline's region: "COLOMBO - ... IN THE EASTERN TOWN OF X" is not in Colombo's)
            near = [m for m in found if abs(m.start - start) < 300 and m.place.admin1_code and m.role != "dateline"]
            if near:
                best = gaz.admin1_place(near[0].place.admin1_code)
        if best is None and top_cc:
            best = gaz.country_place(top_cc)
        if best is None:
            continue
        extra.append(PlaceMention(text[start:end], start, end, best, _cue_of(toks, i - 2) or "of"))
    return extra


_PREC_RANK = {"place": 3, "admin1": 2, "country": 1}
_CUE_BONUS = {"in": 2.0, "near": 2.0, "at": 1.5, "outside": 2.0, "around": 1.5, "'s": 1.5, "of": 1.0,
              "inside": 2.0, "into": 1.0, "target": 1.5, "from": 0.3, "to": 0.3, "throughout": 1.0, "across": 1.0}


def _compatible(general: Place, specific: Place) -> bool:
    if general.precision == "country":
        return general.country_code == specific.country_code
    if general.precision == "admin1":
        return general.admin1_code == specific.admin1_code or (
            specific.admin1_code is None and general.country_code == specific.country_code)
    return False


#: Roles of a place in a clause that never say where its event happened: where the story was
#: filed, where someone lives, where people fled to.
NOT_THE_SCENE = ("dateline", "residence", "destination", "origin", "source", "care", "stray")
#: A namesake abroad smaller than this, which nothing else in the article points to, is no event place.
STRAY_MAX_POP = 50_000


def event_place(mentions: list[PlaceMention], start: int, end: int, trigger: int | None = None
                ) -> PlaceMention | None:
    """The place where an event in text[start:end] happened (see module docstring)."""
    # a dateline says where the story was filed: a fallback for the lead (events), never its own place
    inside = [m for m in mentions if m.start >= start and m.end <= end and m.role not in NOT_THE_SCENE
              and not (m.role == "offfocus" and m.cue not in ABROAD_CUES)]
    if not inside:
        return None
    anchor = trigger if trigger is not None else (start + end) // 2
    best, bs = None, -1e9
    for m in inside:
        d = min(abs(m.start - anchor), abs(m.end - anchor))
        s = _PREC_RANK[m.place.precision] * 0.8 + _CUE_BONUS.get(m.cue, 0.0) - d / 60.0
        if trigger is not None and m.start > trigger:
            s += 0.3           # "killed ... in X" usually follows the trigger
        if m.role == "distance":
            s -= 4.0           # "near Boni, about 90 kilometres east of Douentza": Boni, if it is known
        if s > bs:
            best, bs = m, s
    # nested: "in Tal Afar, in Nineveh province" / "Anbar's Haditha": prefer the most specific compatible
    if best.place.precision != "place":
        for m in sorted(inside, key=lambda m: abs(m.start - best.start)):
            if _PREC_RANK[m.place.precision] > _PREC_RANK[best.place.precision] and \
                    abs(m.start - best.start) < 80 and _compatible(best.place, m.place):
                return m
    return best
