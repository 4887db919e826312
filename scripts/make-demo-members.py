#!/usr/bin/env python3
"""Writes data/demo/members.csv: a member file as a library system exports it,
made from the synthetic households of the demo GeoPackage (called by
scripts/make-demo-data.sh; see data/demo/README.md, "Member file").

One row per member (person) of every household with is_member = 1 (1 member
70%, 2 members 22%, 3 members 8%), addresses written the many ways real
exports write them, then a few extra members whose addition does not exist
(matched by postcode and number alone) and a few rows of each kind that
matches no household. Reproducible: a fixed seed and only random() draws of
Python's Mersenne Twister, whose sequence is the same on every platform.

Usage: make-demo-members.py GEOPACKAGE OUTPUT_CSV
Reads the GeoPackage with Python's sqlite3 module (no GDAL needed).
"""
import random
import sqlite3
import sys

SEED = 20231
HEADER = "lidnummer;postcode;huisnummer;toevoeging"


def pick(rng, weights):
    draw = rng.random()
    cumulative = 0.0
    for index, weight in enumerate(weights):
        cumulative += weight
        if draw < cumulative:
            return index
    return len(weights) - 1


def write_postcode(rng, postcode):
    """'6711 AB' as 6711 AB (55%), 6711AB (25%), 6711ab (12%), 6711 ab (8%)."""
    digits, letters = postcode.split(" ")
    style = pick(rng, [0.55, 0.25, 0.12, 0.08])
    return [postcode, digits + letters, digits + letters.lower(), digits + " " + letters.lower()][style]


def write_number(rng, number, addition):
    """(huisnummer, toevoeging) columns: the addition in its own column (50%) or in the number: 12a (12/2 for a digit), 12-A, 12 A."""
    if not addition:
        return str(number), ""
    style = pick(rng, [0.5, 0.2, 0.15, 0.15])
    if style == 0:
        return str(number), addition
    if style == 1 and not addition.isdigit():  # 12a; never 12 + 4 as "124"
        return "%d%s" % (number, addition.lower()), ""
    if style == 1:
        return "%d/%s" % (number, addition), ""
    if style == 2:
        return "%d-%s" % (number, addition), ""
    return "%d %s" % (number, addition), ""


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    geopackage, output = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect("file:%s?mode=ro" % geopackage, uri=True)
    households = connection.execute(
        "SELECT fid, postcode, huisnummer, COALESCE(toevoeging, ''), is_member FROM households ORDER BY fid").fetchall()
    if not households:
        sys.exit("no households in %s" % geopackage)
    at_number = {}
    for _, postcode, number, addition, _ in households:
        at_number.setdefault((postcode, number), []).append(addition)
    postcodes = sorted({row[1] for row in households})

    rng = random.Random(SEED)
    rows = []
    counts = {"members of member households": 0, "member households": 0}
    members_of_household = []
    for fid, postcode, number, addition, is_member in households:
        if is_member != 1:
            continue
        members = 1 + pick(rng, [0.70, 0.22, 0.08])
        counts["member households"] += 1
        counts["members of member households"] += members
        members_of_household.append((postcode, number, addition))
        for _ in range(members):
            written_number, written_addition = write_number(rng, number, addition)
            rows.append([write_postcode(rng, postcode), written_number, written_addition])

    # Matched by postcode and number alone: a member household alone at its
    # number, written with an addition that it does not have.
    alone = [address for address in members_of_household if len(at_number[(address[0], address[1])]) == 1]
    number_only = []
    for suffix in ["bis", "A", "2"]:
        postcode, number, _ = alone[int(rng.random() * len(alone))]
        number_only.append([postcode, str(number), suffix])

    # Not matched, a few of each reason.
    used_digits = {postcode.split(" ")[0] for postcode in postcodes}
    free_digits = [str(digits) for digits in range(9000, 10000) if str(digits) not in used_digits]
    some_postcode = postcodes[int(rng.random() * len(postcodes))]
    shared = sorted(key for key, additions in at_number.items() if len(additions) >= 2)
    flat = shared[int(rng.random() * len(shared))]
    unmatched = [
        # no_such_postcode
        [free_digits[0] + " AB", "12", ""],
        [free_digits[1] + "xz", "3", ""],
        [free_digits[2] + " KL", "7a", ""],
        # no_such_number (numbers stay below 200)
        [some_postcode, "999", ""],
        [some_postcode.replace(" ", ""), "998", ""],
        # ambiguous_addition: several households at the number, none with this addition
        [flat[0], str(flat[1]), "Z"],
        [flat[0], "%d-Y" % flat[1], ""],
        # invalid_postcode
        ["1234 A", "5", ""],
        ["12345 AB", "5", ""],
        ["0123 AB", "5", ""],
        # missing_postcode
        ["", "5", ""],
        # missing_number
        [some_postcode, "", ""],
        # invalid_number
        [some_postcode, "a12", ""],
        [some_postcode, "0", ""],
        # invalid_addition
        [some_postcode, "12+a", ""],
    ]

    extra = number_only + unmatched
    # Mix the extra rows in at reproducible places, as in a real export.
    for row in extra:
        rows.insert(int(rng.random() * (len(rows) + 1)), row)

    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(HEADER + "\n")
        for index, (postcode, number, addition) in enumerate(rows):
            handle.write("L%06d;%s;%s;%s\n" % (100001 + index, postcode, number, addition))

    print("members.csv: %d rows: %d members of %d member households, %d matched by number alone, %d matching no household"
          % (len(rows), counts["members of member households"], counts["member households"], len(number_only), len(unmatched)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
