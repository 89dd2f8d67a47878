#!/usr/bin/env python3
"""Score `dateline tag` on a folder of TimeML (.tml) files, TempEval-3 style.

For each file: the DCT is the TIMEX3 with functionInDocument="CREATION_TIME"; the plain text of the
<TEXT> element is written to a temporary file and tagged with
`dateline tag --dct YYYY-MM-DD --format json`. System and gold TIMEX3 extents are compared as UTF-8
byte ranges of that text.

Reported:
  strict extent P/R/F1   exact same span
  relaxed extent P/R/F1  overlapping spans (one-to-one, greedy in text order)
  value F1               relaxed matches whose value is equal, as P over system and R over gold
  type accuracy          share of relaxed matches with the same type

Usage: score_timeml.py FOLDER [--bin PATH] [-v] [--limit N]
Python 3.11 standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def read_tml(path):
    """Returns (dct 'YYYY-MM-DD' or None, text, gold timexes [(start, end, type, value, text)] in bytes)."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = (timex.get("value") or "")[:10]
            break
    text_el = root.find("TEXT")
    pieces, gold = [], []
    length = 0

    def walk(el):
        nonlocal length
        if el.text:
            pieces.append(el.text)
            length += len(el.text.encode("utf-8"))
        for child in el:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                gold.append((start, length, child.get("type"), child.get("value"), "".join(child.itertext())))
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail.encode("utf-8"))

    if text_el is not None:
        walk(text_el)
    return dct, "".join(pieces), gold


def run_tagger(binary, text, dct):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        name = f.name
    try:
        cmd = [binary, "tag", name, "--format", "json"]
        if dct and len(dct) == 10 and dct[4] == "-":
            cmd += ["--dct", dct]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(name)
    doc = json.loads(out.splitlines()[0])
    return [(t["start"], t["end"], t["type"], t["value"], t["text"]) for t in doc["timexes"]]


def match(system, gold, strict):
    """One-to-one pairs (system index, gold index), greedy in text order."""
    pairs, used = [], set()
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if j in used:
                continue
            if (s[0], s[1]) == (g[0], g[1]) if strict else (s[0] < g[1] and g[0] < s[1]):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def prf(correct, n_system, n_gold):
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--bin", default=None, help="dateline binary (default: .build/release or .build/debug)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false alarms and wrong values")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    binary = args.bin
    if binary is None:
        for candidate in (".build/release/dateline", ".build/debug/dateline"):
            if os.path.exists(candidate):
                binary = candidate
                break
    if binary is None:
        sys.exit("no dateline binary found; pass --bin")

    files = sorted(f for f in os.listdir(args.folder) if f.endswith(".tml"))
    if args.limit:
        files = files[: args.limit]
    totals = dict(system=0, gold=0, strict=0, relaxed=0, value=0, type=0)
    for name in files:
        dct, text, gold = read_tml(os.path.join(args.folder, name))
        system = run_tagger(binary, text, dct)
        strict = match(system, gold, strict=True)
        relaxed = match(system, gold, strict=False)
        totals["system"] += len(system)
        totals["gold"] += len(gold)
        totals["strict"] += len(strict)
        totals["relaxed"] += len(relaxed)
        for i, j in relaxed:
            totals["value"] += system[i][3] == gold[j][3]
            totals["type"] += system[i][2] == gold[j][2]
        if args.verbose:
            matched_s = {i for i, _ in relaxed}
            matched_g = {j for _, j in relaxed}
            for j, g in enumerate(gold):
                if j not in matched_g:
                    print(f"MISS  {name} {g[4]!r} {g[2]} {g[3]} dct={dct}")
            for i, s in enumerate(system):
                if i not in matched_s:
                    print(f"FALSE {name} {s[4]!r} {s[2]} {s[3]} dct={dct}")
            for i, j in relaxed:
                if system[i][3] != gold[j][3] or system[i][2] != gold[j][2]:
                    print(f"VALUE {name} {system[i][4]!r}/{gold[j][4]!r} sys={system[i][2]}:{system[i][3]} "
                          f"gold={gold[j][2]}:{gold[j][3]} dct={dct}")
    n_sys, n_gold = totals["system"], totals["gold"]
    sp, sr, sf = prf(totals["strict"], n_sys, n_gold)
    rp, rr, rf = prf(totals["relaxed"], n_sys, n_gold)
    vp, vr, vf = prf(totals["value"], n_sys, n_gold)
    type_acc = totals["type"] / totals["relaxed"] if totals["relaxed"] else 0.0
    print(f"documents={len(files)} gold={n_gold} system={n_sys}")
    print(f"strict  P={sp:.3f} R={sr:.3f} F1={sf:.3f}")
    print(f"relaxed P={rp:.3f} R={rr:.3f} F1={rf:.3f}")
    print(f"value   P={vp:.3f} R={vr:.3f} F1={vf:.3f}")
    print(f"type accuracy={type_acc:.3f}")


if __name__ == "__main__":
    main()
