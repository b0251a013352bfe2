#!/usr/bin/env python3
"""Generate ontology/actors.ttl, the actor lexicon of actorkg.

Usage (from the repository root):

    python3 tools/make-actor-lexicon.py data/world-countries/countries.json \\
        ontology/sources/actors-curated.ttl > ontology/actors.ttl

Input 1 is countries.json of mledoze/countries (ODbL 1.0); its SOURCE.md must
sit next to it (the pinned commit is copied into the output's notices).
Input 2 is the hand-written Turtle file of additions (aliases, organizations,
excluded phrases); it is appended verbatim after the generated blocks.

The output is a function of the two inputs only: countries sorted by cca3,
every list of values sorted, no dates, no paths of this machine. Running the
command twice gives the same bytes.

Which names a country gets (one block per entry of countries.json, IRI
actor:<cca3>):
  rdfs:label, skos:prefLabel  name.common
  akg:officialName            name.official (also a skos:altLabel when it
                              differs from the common name)
  skos:altLabel               altSpellings, minus: ISO alpha-2 style codes
                              (any all-upper-case token of one or two
                              letters), inverted forms with a comma ("Korea,
                              Republic of"), forms with parentheses,
                              non-Latin scripts and phonetic (IPA)
                              transcriptions, the common name itself, and the
                              few entries of NOT_A_NAME; plus the capitals
  akg:capital                 every capital, as a fact (a capital in
                              NOT_A_NAME stays a fact but is no altLabel)
  akg:demonym                 demonyms.eng m and f, split on "," and " or ",
                              plus a plural with "s" for those ending in "n"
                              or "i" ("Israelis", "Americans")
  akg:isoCode                 cca3

Ambiguity: a name (altLabel or demonym, compared case-insensitively) that
more than one country would get is resolved, and each case is reported on
stderr:
  1. the prefLabel of one country: it stays only there;
  2. else, if exactly one claimant is a sovereign state (independent or UN
     member) and the others are dependent territories: it stays on the
     state ("American": USA, not the Northern Mariana Islands; "French":
     France, not the French Southern and Antarctic Lands);
  3. else it is dropped from all ("Congolese", "Dominican").
A name that the curated file gives to an actor is dropped from every other
country's generated names ("Brussels" is curated as a name of the EU, so
Belgium does not get it); the curated file is the human decision.

Python 3 standard library only.
"""

import json
import os
import re
import sys
import unicodedata

NS_AKG = "https://w3id.org/actorkg/ns#"
NS_ACTOR = "https://w3id.org/actorkg/id/actor/"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
NS_SKOS = "http://www.w3.org/2004/02/skos/core#"
NS_OWL = "http://www.w3.org/2002/07/owl#"
NS_XSD = "http://www.w3.org/2001/XMLSchema#"
NS_DCTERMS = "http://purl.org/dc/terms/"

PREFIXES = [
    ("akg", NS_AKG),
    ("actor", NS_ACTOR),
    ("rdfs", NS_RDFS),
    ("skos", NS_SKOS),
    ("owl", NS_OWL),
    ("xsd", NS_XSD),
    ("dcterms", NS_DCTERMS),
]

LEXICON_IRI = "https://w3id.org/actorkg/lexicon/actors"
ODBL_IRI = "https://opendatacommons.org/licenses/odbl/1-0/"
UPSTREAM_REPO = "https://github.com/mledoze/countries"

# Fixed text, so the output does not depend on how the paths were spelled.
REGENERATE = ("python3 tools/make-actor-lexicon.py "
              "data/world-countries/countries.json \\\n"
              "#       ontology/sources/actors-curated.ttl "
              "> ontology/actors.ttl")
CURATED_NAME = "ontology/sources/actors-curated.ttl"

# Spellings and capitals of countries.json that are not usable as names of
# the actor in news text, compared case-insensitively. Each is a common
# English word or phrase, a common personal name, a name many other places
# share, or a name of something bigger or different than the entry. They stay
# in the data as facts (akg:officialName, akg:capital) where they are one.
NOT_A_NAME = {
    # alternative spellings
    "island": "ISL: the English word 'island'",
    "mann": "IMN: a common surname and German word",
    "prathet": "THA: Thai for 'country', not a name",
    "the abode of peace": "BRN: an epithet, half of an inverted official name",
    "reunion": "REU: the English word 'reunion' (the name stays as 'Réunion')",
    "rsa": "ZAF: far more often the RSA cipher, company and conference",
    "portuguesa": "PRT: a Portuguese/Spanish adjective and a Venezuelan state",
    "mexicanos": "MEX: Spanish for 'Mexicans'",
    "dominique": "DMA: French name of Dominica, but a common given name",
    "timor": "TLS: the island, shared with Indonesia (West Timor)",
    "guiana": "GUF: the Guiana region spans Guyana, Suriname and French Guiana",
    "virgin islands": "VGB: also names the United States Virgin Islands",
    # capitals
    "the valley": "AIA: an ordinary English phrase",
    "the bottom": "BES: an ordinary English phrase",
    "west island": "CCK: an ordinary English phrase",
    "hamilton": "BMU: a common surname and many cities",
    "douglas": "IMN: a common given name and surname",
    "stanley": "FLK: a common given name and surname",
    "jamestown": "SHN: many places of that name",
    "george town": "CYM: many places of that name (Penang, ...)",
    "plymouth": "MSR: a city in England and in the United States",
    "san juan": "PRI: many cities of that name",
    "saint-denis": "REU: a city in France",
    "saint-pierre": "SPM: many places of that name",
    "cayenne": "GUF: the pepper",
    "victoria": "SYC: an Australian state, a lake, a queen, a given name",
    "city of victoria": "HKG: a historical name nobody uses in news",
    "diego garcia": "IOT: names the US-UK military base, not the territory",
}

# Demonyms whose plural is not formed with "s".
NO_PLURAL = {"i-kiribati"}

LABEL_PROPS = {
    NS_RDFS + "label": "rdfs:label",
    NS_SKOS + "prefLabel": "skos:prefLabel",
    NS_SKOS + "altLabel": "skos:altLabel",
    NS_AKG + "demonym": "akg:demonym",
}


def die(msg):
    sys.stderr.write("make-actor-lexicon: error: %s\n" % msg)
    sys.exit(1)


def note(msg):
    sys.stderr.write("make-actor-lexicon: %s\n" % msg)


def clean(s):
    """NFC, trimmed, inner whitespace collapsed."""
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())


def key(s):
    return clean(s).casefold()


def sort_key(s):
    return (s.casefold(), s)


def turtle_string(s):
    """A Turtle STRING_LITERAL_QUOTE for s (without language tag)."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif o < 0x20 or o == 0x7F or 0xD800 <= o <= 0xDFFF:
            out.append("\\u%04X" % o)
        elif o in (0xFFFE, 0xFFFF):
            out.append("\\u%04X" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def en(s):
    return turtle_string(s) + "@en"


def is_latin_script(s):
    """True if every letter is Latin (diacritics allowed), none is IPA."""
    letters = 0
    for ch in s:
        cat = unicodedata.category(ch)
        if cat.startswith("M"):          # combining marks (diacritics)
            continue
        if not cat.startswith("L"):      # spaces, punctuation, digits
            continue
        if cat == "Lm":                  # modifier letters: ʻ ʾ
            continue
        o = ord(ch)
        if 0x0250 <= o <= 0x02AF or 0x1D00 <= o <= 0x1DBF:
            return False                 # IPA and phonetic extensions
        if not unicodedata.name(ch, "").startswith("LATIN "):
            return False
        letters += 1
    return letters > 0


# ---------------------------------------------------------------------------
# A small reader for the curated file. It accepts the subset of Turtle the
# curated file is written in: @prefix, IRIs, prefixed names, "a", string
# literals in double quotes with language tag or datatype, integers, and the
# punctuation . ; , (no blank nodes, no collections, no long strings). The
# generator needs it to know which names the curated file gives to which
# actor; rapper checks the full file.
# ---------------------------------------------------------------------------

_PNAME = re.compile(
    r"([A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?:"
    r"((?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?)?")
_LANG = re.compile(r"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)")
_INT = re.compile(r"[+-]?[0-9]+")
_ESC = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f",
        '"': '"', "'": "'", "\\": "\\"}


class CuratedError(Exception):
    pass


def tokenize(text, path):
    i, n, line = 0, len(text), 1
    toks = []
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif c in " \t\r":
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif c == "<":
            j = text.find(">", i)
            if j < 0:
                raise CuratedError("%s:%d: unterminated IRI" % (path, line))
            iri = text[i + 1:j]
            if re.search(r'[\s<"{}|^`\\]', iri):
                raise CuratedError("%s:%d: bad IRI <%s>" % (path, line, iri))
            toks.append(("iri", iri, line))
            i = j + 1
        elif c == '"':
            if text.startswith('"""', i):
                raise CuratedError("%s:%d: long strings are not supported"
                                   % (path, line))
            j = i + 1
            buf = []
            while True:
                if j >= n or text[j] == "\n":
                    raise CuratedError("%s:%d: unterminated string"
                                       % (path, line))
                ch = text[j]
                if ch == '"':
                    break
                if ch == "\\":
                    e = text[j + 1:j + 2]
                    if e in _ESC:
                        buf.append(_ESC[e])
                        j += 2
                    elif e in ("u", "U"):
                        w = 4 if e == "u" else 8
                        h = text[j + 2:j + 2 + w]
                        if not re.fullmatch(r"[0-9A-Fa-f]{%d}" % w, h):
                            raise CuratedError("%s:%d: bad \\%s escape"
                                               % (path, line, e))
                        buf.append(chr(int(h, 16)))
                        j += 2 + w
                    else:
                        raise CuratedError("%s:%d: bad escape \\%s"
                                           % (path, line, e))
                else:
                    buf.append(ch)
                    j += 1
            value = "".join(buf)
            i = j + 1
            lang = dtype = None
            m = _LANG.match(text, i)
            if m:
                lang = m.group(1).lower()
                i = m.end()
            elif text.startswith("^^", i):
                i += 2
                if text.startswith("<", i):
                    j = text.find(">", i)
                    dtype = ("iri", text[i + 1:j])
                    i = j + 1
                else:
                    m = _PNAME.match(text, i)
                    if not m:
                        raise CuratedError("%s:%d: bad datatype"
                                           % (path, line))
                    dtype = ("pname", m.group(1) or "", m.group(2) or "")
                    i = m.end()
            toks.append(("lit", (value, lang, dtype), line))
        elif c in ".;,":
            toks.append(("punct", c, line))
            i += 1
        elif text.startswith("@prefix", i):
            toks.append(("prefix", None, line))
            i += len("@prefix")
        elif c == "@":
            raise CuratedError("%s:%d: only @prefix is supported" % (path, line))
        else:
            m = _PNAME.match(text, i)
            if m and m.end() > i:
                toks.append(("pname", (m.group(1) or "", m.group(2) or ""),
                             line))
                i = m.end()
                continue
            m = _INT.match(text, i)
            if m:
                toks.append(("lit", (m.group(0), None,
                                     ("iri", NS_XSD + "integer")), line))
                i = m.end()
                continue
            if c == "a" and (i + 1 == n or text[i + 1] in " \t\r\n"):
                toks.append(("a", None, line))
                i += 1
                continue
            raise CuratedError("%s:%d: unsupported syntax near %r"
                               % (path, line, text[i:i + 20]))
    return toks


def parse_curated(text, path):
    """Returns (prefixes dict, list of (s, p, o, line)); terms are IRIs or
    ("lit", value, lang, datatype IRI)."""
    toks = tokenize(text, path)
    prefixes = {}
    triples = []
    pos = 0

    def expect(kind, value=None):
        nonlocal pos
        if pos >= len(toks):
            raise CuratedError("%s: unexpected end of file" % path)
        t = toks[pos]
        if t[0] != kind or (value is not None and t[1] != value):
            raise CuratedError("%s:%d: expected %s, found %r"
                               % (path, t[2], value or kind, t[1]))
        pos += 1
        return t

    def resolve(t):
        if t[0] == "iri":
            return t[1]
        if t[0] == "pname":
            p, local = t[1]
            if p not in prefixes:
                raise CuratedError("%s:%d: undeclared prefix %r"
                                   % (path, t[2], p))
            return prefixes[p] + local
        if t[0] == "a":
            return NS_RDF + "type"
        raise CuratedError("%s:%d: expected an IRI, found %r"
                           % (path, t[2], t[1]))

    def obj(t):
        if t[0] == "lit":
            value, lang, dtype = t[1]
            if dtype and dtype[0] == "pname":
                dtype = resolve(("pname", (dtype[1], dtype[2]), t[2]))
            elif dtype:
                dtype = dtype[1]
            return ("lit", value, lang, dtype)
        return resolve(t)

    while pos < len(toks):
        t = toks[pos]
        if t[0] == "prefix":
            pos += 1
            pt = expect("pname")
            if pt[1][1]:
                raise CuratedError("%s:%d: bad prefix name" % (path, pt[2]))
            iri = expect("iri")
            expect("punct", ".")
            prefixes[pt[1][0]] = iri[1]
            continue
        subj = resolve(t)
        line = t[2]
        pos += 1
        while True:
            pred = resolve(toks[pos]) if pos < len(toks) else None
            if pred is None:
                raise CuratedError("%s: unexpected end of file" % path)
            if toks[pos][0] == "lit":
                raise CuratedError("%s:%d: literal as predicate"
                                   % (path, toks[pos][2]))
            pos += 1
            while True:
                if pos >= len(toks):
                    raise CuratedError("%s: unexpected end of file" % path)
                o = toks[pos]
                if o[0] == "punct" or o[0] == "prefix":
                    raise CuratedError("%s:%d: expected an object"
                                       % (path, o[2]))
                triples.append((subj, pred, obj(o), o[2]))
                pos += 1
                if pos < len(toks) and toks[pos][:2] == ("punct", ","):
                    pos += 1
                    continue
                break
            if pos >= len(toks):
                raise CuratedError("%s:%d: missing '.'" % (path, line))
            p = toks[pos]
            if p[:2] == ("punct", ";"):
                pos += 1
                while pos < len(toks) and toks[pos][:2] == ("punct", ";"):
                    pos += 1
                if pos < len(toks) and toks[pos][:2] == ("punct", "."):
                    pos += 1
                    break
                continue
            if p[:2] == ("punct", "."):
                pos += 1
                break
            raise CuratedError("%s:%d: expected ';', ',' or '.', found %r"
                               % (path, p[2], p[1]))
    return prefixes, triples


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

def split_demonym(s):
    """'Antiguan, Barbudan' and 'Kittitian or Nevisian' name two peoples."""
    out = []
    for part in re.split(r",| or ", s):
        part = clean(part)
        if part:
            out.append(part)
    return out


def plural(demonym):
    if demonym.casefold() in NO_PLURAL:
        return None
    if demonym.endswith(("n", "i")):
        return demonym + "s"
    return None


def read_source_commit(countries_path):
    src = os.path.join(os.path.dirname(os.path.abspath(countries_path)),
                       "SOURCE.md")
    try:
        with open(src, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        die("cannot read %s (the provenance of countries.json): %s"
            % (src, e.strerror))
    m = re.search(r"\b([0-9a-f]{40})\b", text)
    if not m:
        die("%s names no 40-digit commit of mledoze/countries" % src)
    d = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", text[m.end():])
    return m.group(1), (d.group(1) if d else None)


class Country:
    def __init__(self, rec):
        self.code = rec["cca3"]
        if not re.fullmatch(r"[A-Z]{3}", self.code or ""):
            die("bad cca3 %r" % self.code)
        self.cca2 = rec.get("cca2") or ""
        self.name = clean(rec["name"]["common"])
        self.official = clean(rec["name"].get("official") or "")
        self.sovereign = bool(rec.get("independent")) or bool(
            rec.get("unMember"))
        self.capitals = sorted({clean(c) for c in rec.get("capital") or []
                                if clean(c)}, key=sort_key)
        # names by case-folded key -> the form written
        self.alts = {}
        self.demonyms = {}
        self.dropped = []  # (form, reason)

        pref = key(self.name)

        def add_alt(form):
            form = clean(form)
            k = key(form)
            if not form or k == pref:
                return
            if k in NOT_A_NAME:
                self.dropped.append((form, "not a name: " + NOT_A_NAME[k]))
                return
            self.alts.setdefault(k, form)

        for s in rec.get("altSpellings") or []:
            s = clean(s)
            if not s:
                continue
            if s == self.cca2 or re.fullmatch(r"[A-Z]{1,2}", s):
                continue                       # alpha-2 codes
            if "," in s:
                continue                       # "Korea, Republic of"
            if "(" in s or ")" in s:
                continue                       # "Holy See (Vatican ...)"
            if not is_latin_script(s):
                continue                       # 中华人民共和国, IPA
            add_alt(s)
        if self.official and key(self.official) != pref:
            if "(" not in self.official:
                add_alt(self.official)
        for cap in self.capitals:
            add_alt(cap)

        dem = (rec.get("demonyms") or {}).get("eng") or {}
        forms = []
        for g in ("m", "f"):
            for d in split_demonym(dem.get(g) or ""):
                if d not in forms:
                    forms.append(d)
        own_names = {pref} | set(self.alts)
        for d in forms:
            if key(d) in NOT_A_NAME:
                self.dropped.append((d, "not a name: " + NOT_A_NAME[key(d)]))
                continue
            self.demonyms.setdefault(key(d), d)
            if key(d) in own_names:
                continue                       # "Djibouti", "Vatican"
            p = plural(d)
            if p:
                self.demonyms.setdefault(key(p), p)

    def names(self):
        return set(self.alts) | set(self.demonyms)

    def drop(self, k):
        self.alts.pop(k, None)
        self.demonyms.pop(k, None)


def resolve_ambiguity(countries, curated_names):
    """Applies the rules of the module docstring; reports on stderr.
    Returns the list of report lines."""
    report = []
    by_code = {c.code: c for c in countries}
    pref = {}
    for c in countries:
        pref.setdefault(key(c.name), []).append(c.code)
    for k, codes in pref.items():
        if len(codes) > 1:
            die("common name %r is shared by %s" % (k, ", ".join(codes)))

    # Curated names win over generated names of other countries.
    for k in sorted(curated_names):
        owners = curated_names[k]
        for c in countries:
            if k in c.names() and c.code not in owners:
                form = c.alts.get(k) or c.demonyms.get(k)
                c.drop(k)
                line = ("curated: %r is a name of %s in %s; dropped from %s"
                        % (form, ", ".join(sorted(owners)), CURATED_NAME,
                           c.code))
                report.append(line)

    claims = {}
    for c in countries:
        for k in c.names():
            claims.setdefault(k, []).append(c.code)
    for k in sorted(claims):
        codes = sorted(claims[k])
        holder = pref.get(k, [None])[0]
        if len(codes) == 1 and (holder is None or holder == codes[0]):
            continue
        forms = sorted({by_code[x].alts.get(k) or by_code[x].demonyms.get(k)
                        for x in codes}, key=sort_key)
        form = forms[0]
        if holder is not None:
            losers = [x for x in codes if x != holder]
            for x in losers:
                by_code[x].drop(k)
            report.append("ambiguous: %r (%s): prefLabel of %s, dropped from %s"
                          % (form, ", ".join(codes + ([holder] if holder
                                                      not in codes else [])),
                             holder, ", ".join(losers)))
            continue
        sovereign = [x for x in codes if by_code[x].sovereign]
        if len(sovereign) == 1:
            keep = sovereign[0]
            losers = [x for x in codes if x != keep]
            for x in losers:
                by_code[x].drop(k)
            report.append("ambiguous: %r (%s): kept on the sovereign state "
                          "%s, dropped from the dependent territories %s"
                          % (form, ", ".join(codes), keep, ", ".join(losers)))
            continue
        for x in codes:
            by_code[x].drop(k)
        report.append("ambiguous: %r (%s): dropped from all"
                      % (form, ", ".join(codes)))
    return report


def value_list(prop, values):
    """'    prop v1 , v2 ;' on one line, or one value a line if long."""
    one = "    %s %s" % (prop, " , ".join(values))
    if len(one) <= 78 or len(values) == 1:
        return [one]
    lines = ["    %s" % prop]
    for i, v in enumerate(values):
        lines.append("        %s%s" % (v, " ," if i + 1 < len(values) else ""))
    return lines


def country_block(c):
    props = [("a", ["akg:Country"]),
             ("rdfs:label", [en(c.name)]),
             ("skos:prefLabel", [en(c.name)])]
    if c.official:
        props.append(("akg:officialName", [en(c.official)]))
    alts = sorted(c.alts.values(), key=sort_key)
    if alts:
        props.append(("skos:altLabel", [en(a) for a in alts]))
    if c.capitals:
        props.append(("akg:capital", [en(x) for x in c.capitals]))
    dems = sorted(c.demonyms.values(), key=sort_key)
    if dems:
        props.append(("akg:demonym", [en(d) for d in dems]))
    props.append(("akg:isoCode", [turtle_string(c.code)]))
    lines = []
    for i, (p, vals) in enumerate(props):
        if i == 0:
            lines.append("actor:%s %s %s" % (c.code, p, " , ".join(vals)))
        else:
            lines.extend(value_list(p, vals))
        lines[-1] += " ." if i + 1 == len(props) else " ;"
    return "\n".join(lines) + "\n"


def header(commit, date, n_countries):
    dated = " (%s)" % date if date else ""
    return """\
# actors.ttl: the actor lexicon of actorkg.
#
# The actors (countries and territories, international organizations), the
# names a news text may use for each (labels, aliases, capitals, demonyms),
# and phrases that look like actors but are not (akg:excludedPhrase). The
# lexicon loader of actorkg reads this file; the vocabulary is described in
# ontology/actorkg.ttl.
#
# GENERATED FILE, DO NOT EDIT. Regenerate with
#   %s
# The %d country blocks come from data/world-countries/countries.json; the
# part after the marker "appended verbatim" is ontology/sources/actors-curated.ttl.
# To change a name, edit the curated file or the rules of the generator.
#
# Licence. The country data in this file is derived from the world-countries
# database of mledoze/countries and its contributors,
#   %s
#   file dist/countries.json at commit %s%s,
# which is made available under the Open Database License (ODbL) v1.0:
#   %s
# This file is a Derivative Database of it and is in turn made available
# under the Open Database License v1.0 (full text in
# data/world-countries/LICENSE); any rights in individual contents of the
# database are licensed under the Database Contents License:
#   https://opendatacommons.org/licenses/dbcl/1-0/
# If you publicly use or convey this file, keep this notice and the licence.

""" % (REGENERATE, n_countries, UPSTREAM_REPO, commit, dated, ODBL_IRI)


def prefix_lines():
    return "".join("@prefix %s: <%s> .\n" % (p, iri) for p, iri in PREFIXES)


def document_node(commit):
    pinned = "%s/blob/%s/dist/countries.json" % (UPSTREAM_REPO, commit)
    rights = ("Derived from the world-countries database of mledoze/countries "
              "(%s), file dist/countries.json at commit %s, made available "
              "under the Open Database License (ODbL) v1.0. This derivative "
              "database is made available under the ODbL v1.0 as well."
              % (UPSTREAM_REPO, commit))
    lines = [
        "<%s>" % LEXICON_IRI,
        "    dcterms:title %s ;" % en("actorkg actor lexicon"),
        "    dcterms:description %s ;" % en(
            "The actors of actorkg (countries and territories, international "
            "organizations), the names news texts use for them, and phrases "
            "that look like actors but are not."),
        "    dcterms:license <%s> ;" % ODBL_IRI,
        "    dcterms:rights %s ;" % en(rights),
        "    dcterms:source <%s> , <%s> ." % (UPSTREAM_REPO, pinned),
    ]
    return "\n".join(lines) + "\n"


def curated_names(triples):
    """case-folded name -> set of actor ids, for every label property."""
    names = {}
    for s, p, o, _ in triples:
        if p in LABEL_PROPS and isinstance(o, tuple) and \
                s.startswith(NS_ACTOR):
            names.setdefault(key(o[1]), set()).add(s[len(NS_ACTOR):])
    return names


def check_curated(prefixes, triples, countries, path):
    """Consistency of the curated file with the generated part."""
    ours = dict(PREFIXES)
    for p, iri in prefixes.items():
        if p in ours and ours[p] != iri:
            die("%s declares %s: as <%s>, the generated part as <%s>"
                % (path, p, iri, ours[p]))
    codes = {c.code for c in countries}
    typed = {s for s, p, o, _ in triples
             if p == NS_RDF + "type" and o in (NS_AKG + "Country",
                                                NS_AKG + "Organization")}
    for s, p, o, line in triples:
        for t in (s, o):
            if isinstance(t, str) and t.startswith(NS_ACTOR):
                local = t[len(NS_ACTOR):]
                if local not in codes and t not in typed:
                    die("%s:%d: actor:%s is neither a country of "
                        "countries.json nor typed in the curated file"
                        % (path, line, local))
                if not re.fullmatch(r"[A-Z][A-Z0-9]*", local):
                    die("%s:%d: actor id %r is not upper-case letters and "
                        "digits" % (path, line, local))
        if p in LABEL_PROPS or p in (NS_AKG + "excludedPhrase",):
            if not isinstance(o, tuple) or o[2] != "en":
                die("%s:%d: %s needs an @en literal"
                    % (path, line, LABEL_PROPS.get(p, p)))
    # The generated countries have their labels; a second one is a mistake,
    # and so is the label repeated as altLabel (SKOS keeps them disjoint).
    common = {c.code: c.name for c in countries}
    for s, p, o, line in triples:
        local = s[len(NS_ACTOR):] if s.startswith(NS_ACTOR) else None
        if (p == NS_SKOS + "altLabel" and local in common
                and o[1] == common[local]):
            die("%s:%d: %r is the prefLabel of actor:%s already"
                % (path, line, o[1], local))
        if (p in (NS_RDFS + "label", NS_SKOS + "prefLabel")
                and s.startswith(NS_ACTOR) and s[len(NS_ACTOR):] in codes):
            die("%s:%d: actor:%s already has its label from countries.json; "
                "add other names as skos:altLabel"
                % (path, line, s[len(NS_ACTOR):]))
    # Actors typed in the curated file need their label, as the loader does.
    for a in sorted(typed):
        labels = [o for s, p, o, _ in triples if s == a and p == NS_RDFS + "label"]
        prefs = [o for s, p, o, _ in triples
                 if s == a and p == NS_SKOS + "prefLabel"]
        if len(labels) != 1 or prefs != labels:
            die("%s: actor:%s needs one rdfs:label and the same skos:prefLabel"
                % (path, a[len(NS_ACTOR):]))
        alts = [o for s, p, o, _ in triples
                if s == a and p == NS_SKOS + "altLabel"]
        if labels[0] in alts:
            die("%s: actor:%s has its prefLabel also as altLabel"
                % (path, a[len(NS_ACTOR):]))
    # A name given to two curated actors is a mistake of the curated file.
    names = curated_names(triples)
    for k in sorted(names):
        if len(names[k]) > 1:
            die("%s: name %r is given to %s"
                % (path, k, ", ".join(sorted(names[k]))))
    # A curated name must not be another country's common name.
    for c in countries:
        k = key(c.name)
        if k in names and names[k] != {c.code}:
            die("%s: %r is the common name of %s but is given to %s"
                % (path, c.name, c.code,
                   ", ".join(sorted(names[k]))))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s COUNTRIES.json CURATED.ttl > actors.ttl\n"
                         % os.path.basename(argv[0]))
        return 2
    countries_path, curated_path = argv[1], argv[2]
    try:
        with open(countries_path, encoding="utf-8") as f:
            records = json.load(f)
    except (OSError, ValueError) as e:
        die("cannot read %s: %s" % (countries_path, e))
    try:
        with open(curated_path, encoding="utf-8", newline="") as f:
            curated_text = f.read()
    except OSError as e:
        die("cannot read %s: %s" % (curated_path, e.strerror))
    commit, date = read_source_commit(countries_path)

    countries = sorted((Country(r) for r in records), key=lambda c: c.code)
    seen = set()
    for c in countries:
        if c.code in seen:
            die("duplicate cca3 %s" % c.code)
        seen.add(c.code)

    try:
        prefixes, triples = parse_curated(curated_text, curated_path)
    except CuratedError as e:
        die(str(e))
    check_curated(prefixes, triples, countries, curated_path)

    for c in countries:
        for form, why in sorted(set(c.dropped)):
            note("%s: %r is no name of it: %s"
                 % (c.code, form, why.split(": ", 2)[-1]))
    for line in resolve_ambiguity(countries, curated_names(triples)):
        note(line)

    # An excluded phrase that is itself a name of an actor contradicts it.
    names = {}
    for c in countries:
        for k in c.names() | {key(c.name)}:
            names.setdefault(k, set()).add(c.code)
    for k, ids in curated_names(triples).items():
        names.setdefault(k, set()).update(ids)
    for s, p, o, line in triples:
        if p == NS_AKG + "excludedPhrase" and key(o[1]) in names:
            die("%s:%d: excluded phrase %r is a name of %s"
                % (curated_path, line, o[1],
                   ", ".join(sorted(names[key(o[1])]))))

    out = [header(commit, date, len(countries)), prefix_lines(), "\n",
           document_node(commit)]
    for c in countries:
        out.append("\n")
        out.append(country_block(c))
    out.append("\n# ---- appended verbatim from %s ----\n\n" % CURATED_NAME)
    text = curated_text
    if not text.endswith("\n"):
        text += "\n"
    out.append(text)
    sys.stdout.buffer.write("".join(out).encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
