#!/usr/bin/python3
"""Writes data/dictionaries/countries.txt, herald's actor dictionary of states and regions.

Every ISO 3166-1 entry of Debian's iso-codes list gives its names; tools/countries/aliases.tsv
(hand-written, see its header) adds what news actually calls each country: short forms,
demonyms, capitals, former names and the institutions that stand for a government. The output
is sorted and depends only on the two inputs, so running the tool twice gives the same file.

    /usr/bin/python3 tools/countries/generate.py            # writes data/dictionaries/countries.txt
    /usr/bin/python3 tools/countries/generate.py --check    # fails if the file is out of date

Standard library only. Errors (a phrase claimed by two actors, an ISO entry without a row in
the table, a malformed row) name the file and line and stop the tool.
"""

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
HERE = Path(__file__).resolve().parent
ALIASES = HERE / "aliases.tsv"
OUTPUT = HERE.parent.parent / "data" / "dictionaries" / "countries.txt"
COMMAND = "/usr/bin/python3 tools/countries/generate.py"

# Demonyms ending like these are adjectives or collective nouns without an "-s" plural.
NO_PLURAL_ENDINGS = ("ese", "sh", "ch", "ss", "s", "x", "z", "ic")
ROLE_CODE = re.compile(r"^[A-Z]{0,9}$")
CAMEO_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3}){0,3}$")


class TableError(Exception):
    pass


def fold(name):
    """The form in which herald compares words: case-folded, NFC, typographic apostrophe as "'"."""
    return unicodedata.normalize("NFC", name.replace("\u2019", "'")).casefold()


def unaccented(name):
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_of(name):
    """"Côte d'Ivoire" -> "CÔTE_D'IVOIRE_": upper case, words joined by "_", exact last word."""
    words = name.replace("_", " ").split()
    return "_".join(w.upper() for w in words) + "_"


def spellings(name):
    """The name, its unaccented spelling, and "St." for a leading "Saint"."""
    out = [name]
    plain = unaccented(name)
    if plain != name:
        out.append(plain)
    for form in list(out):
        if form.startswith("Saint "):
            out.append("St. " + form[6:])
    return out


def iso_names(entry):
    """The usable ISO names of an entry: inverted names ("Korea, Republic of") are skipped,
    parenthesised notes dropped and a leading "the" removed."""
    names = []
    for key in ("common_name", "name", "official_name"):
        value = entry.get(key)
        if not value or "," in value:
            continue
        value = re.sub(r"\s*\([^)]*\)", "", value).strip()
        if value.lower().startswith("the "):
            value = value[4:]
        names.append(value)
    return names


def split_values(field):
    field = field.strip()
    if field in ("", "-"):
        return []
    return [v.strip() for v in field.split(";") if v.strip()]


def demonym_forms(value):
    """The demonym as written and its plural noun ("Venezuelan" -> "Venezuelan", "Venezuelans").
    The plural is None when the word has none of its own ("Chinese") or is marked with "="."""
    if value.endswith("="):
        return value[:-1], None
    if value.lower().endswith(NO_PLURAL_ENDINGS):
        return value, None
    return value, value + "s"


def read_table(path):
    rows = []
    with path.open(encoding="utf-8") as table:
        for number, line in enumerate(table, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 6:
                raise TableError(f"{path}:{number}: 6 tab-separated columns expected, "
                                 f"found {len(fields)}")
            rows.append((number, fields))
    return rows


class Builder:
    """Collects actors and checks that no phrase belongs to two of them."""

    def __init__(self):
        self.actors = []  # (names, code lines)
        self.owner = {}  # folded phrase -> description of its actor

    def add(self, names, codes, where):
        seen = set()
        kept = []
        for name in names:
            for form in spellings(name):
                key = fold(phrase_of(form))
                if key in seen:
                    continue
                if key in self.owner:
                    raise TableError(f"{where}: \"{form}\" already belongs to "
                                     f"{self.owner[key]}")
                seen.add(key)
                kept.append(phrase_of(form))
        if not kept:
            return
        for key in seen:
            self.owner[key] = f"{kept[0]} ({where})"
        self.actors.append((kept, codes))


def code_blocks(cameo, where):
    if cameo.startswith("["):
        blocks = re.findall(r"\[[^\]]*\]", cameo)
        if re.sub(r"\[[^\]]*\]", "", cameo).strip():
            raise TableError(f"{where}: cannot read the code blocks \"{cameo}\"")
        return blocks
    if not CAMEO_CODE.match(cameo):
        raise TableError(f"{where}: \"{cameo}\" is not a CAMEO code")
    return [f"[{cameo}]"]


def build(iso_entries, rows):
    builder = Builder()
    iso_by_code = {e["alpha_3"]: e for e in iso_entries}
    covered = set()
    for number, fields in rows:
        code, cameo, names, people, institutions, drop = (f.strip() for f in fields)
        where = f"{ALIASES.name}:{number}"
        if code != "-" and code in covered:
            raise TableError(f"{where}: second row for {code}")
        covered.add(code)
        cameo = code if cameo == "-" else cameo
        blocks = code_blocks(cameo, where)
        dropped = {fold(d) for d in split_values(drop)}
        all_names = []
        if code in iso_by_code:
            all_names += [n for n in iso_names(iso_by_code[code]) if fold(n) not in dropped]
        all_names += split_values(names)
        plurals = []
        for value in split_values(people):
            singular, plural = demonym_forms(value)
            all_names.append(singular)
            if plural:
                plurals.append(plural)
        if not all_names:
            raise TableError(f"{where}: {code} has no names")
        row_names = {fold(phrase_of(form)) for name in all_names for form in spellings(name)}
        plurals = [p for p in plurals if fold(phrase_of(p)) not in row_names]  # "Laos"
        # The plural demonym of a state names its people, not the state: "200 Venezuelans" are
        # civilians (CVL), as in the golden set. With the article it is the state's side again
        # ("the Saudis told OPEC", "talks with the Palestinians"), so "the Venezuelans" stays on
        # the row. Other rows (regions, peoples, faiths, dated or special codes) keep the plural
        # with their own code ("Kurds", "Muslims").
        if code in iso_by_code and CAMEO_CODE.match(cameo):
            builder.add(all_names + [f"The {p}" for p in plurals], blocks, where)
            builder.add(plurals, [f"[{cameo}CVL]"], where)
        else:
            builder.add(all_names + plurals, blocks, where)
        for pair in split_values(institutions):
            name, sep, role = pair.partition("=")
            if not sep or not ROLE_CODE.match(role) or not CAMEO_CODE.match(cameo):
                raise TableError(f"{where}: \"{pair}\" is not NAME=ROLE for a plain code")
            builder.add([name.strip()], [f"[{cameo}{role}]"], where)
    missing = sorted(set(iso_by_code) - covered)
    if missing:
        raise TableError(f"{ALIASES}: no row for ISO codes {', '.join(missing)}")
    return builder.actors


def render(actors, iso_version):
    lines = [
        "# herald actor dictionary: states, regions, peoples and faiths (PETRARCH format).",
        f"# GENERATED FILE, do not edit: run `{COMMAND}` from the repository root.",
        f"# Sources: Debian iso-codes {iso_version} (ISO 3166-1 names) and",
        "# tools/countries/aliases.tsv (short forms, demonyms, capitals, institutions).",
        "",
    ]
    for names, codes in sorted(actors, key=lambda a: (fold(a[0][0]), a[1])):
        primary, *synonyms = names
        if len(codes) == 1:
            lines.append(f"{primary} {codes[0]}")
        else:
            lines.append(primary)
        lines += [f"+{s}" for s in sorted(synonyms, key=fold)]
        if len(codes) > 1:
            lines += [f"\t{c}" for c in codes]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the existing file instead of writing it")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    try:
        data = json.loads(ISO_JSON.read_text(encoding="utf-8"))
    except OSError as error:
        sys.exit(f"{ISO_JSON}: {error.strerror} (install the Debian package iso-codes)")
    version = "unknown version"
    changelog = Path("/usr/share/doc/iso-codes/changelog.Debian.gz")
    if changelog.exists():
        with gzip.open(changelog, "rt", encoding="utf-8") as log:
            match = re.match(r"iso-codes \(([^)]+)\)", log.readline())
            if match:
                version = match.group(1)
    try:
        actors = build(data["3166-1"], read_table(ALIASES))
    except TableError as error:
        sys.exit(f"error: {error}")
    text = render(actors, version)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            sys.exit(f"{args.output} is out of date: run {COMMAND}")
        return
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    phrases = sum(len(names) for names, _ in actors)
    print(f"{args.output}: {len(actors)} actors, {phrases} phrases")


if __name__ == "__main__":
    main()
