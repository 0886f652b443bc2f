# Writes figures.jsonl and traps.jsonl from spec_figs.py and spec_traps.py: offsets are found in the
# article texts by script (Unicode code points, end exclusive), never typed by hand.
# Usage, from Tests/Fixtures/holdout2: python3 labelling/build.py articles .
# Later sets import build() from here with their own labels (see ../../holdout3/labelling/build.py).
import json, re, sys, os
def finder(text, needle, cursor):
    pat = r"(?<![\w.])" + re.escape(needle) + (r"(?![\w]|-\w)" if needle[-1].isalpha() else r"(?!\w)")
    m = re.compile(pat).search(text, cursor)
    if not m: raise SystemExit(f"not found after {cursor}: {needle!r}")
    return m.start(), m.end()
HEDGES = r"(?i)(about|around|roughly|some|nearly|almost|more than|at least|up to|closer to)\b"
# extra keys copied into a figure when a label gives them (e.g. "seconds" for clock-style durations)
PASSED_THROUGH = ("parts", "seconds")
def build(FIGS, TRAPS, art, out):
    figs = []
    for f, labels in FIGS.items():
        text = open(os.path.join(art, f), encoding="utf-8").read()
        cur = 0; n = 0
        for (t, kind, value, unit, q, subj, extra) in labels:
            s, e = finder(text, t, cur); cur = e; n += 1
            assert text[s:e] == t
            hedge = extra.get("hedge")
            if hedge is None and q:
                m = re.match(HEDGES, t)
                hedge = m.group(1) if m else None
            d = {"id": f[:2] + "-f%03d" % n, "file": f, "start": s, "end": e, "text": t, "value": value,
                 "low": extra.get("low"), "high": extra.get("high"), "unit": unit, "kind": kind, "qualifier": q,
                 "hedge": hedge, "subject": subj, "scope": extra.get("scope", ""), "tier": extra.get("tier", "core")}
            for k in PASSED_THROUGH:
                if k in extra: d[k] = extra[k]
            if "iso" in extra or kind == "date":
                d["iso"] = extra.get("iso", str(value) if value else None)
            figs.append(d)
    traps = []
    for f, labels in TRAPS.items():
        text = open(os.path.join(art, f), encoding="utf-8").read()
        cur = 0
        for label in labels:
            # A third element is the text that must follow the trap ("one" + " of the lowest"):
            # earlier matches that are figures are passed over.
            (t, why), follow = label[:2], (label[2] if len(label) == 3 else "")
            s, e = finder(text, t, cur)
            while not text.startswith(follow, e): s, e = finder(text, t, e)
            cur = e
            traps.append({"file": f, "start": s, "end": e, "text": t, "why": why})
    with open(os.path.join(out, "figures.jsonl"), "w", encoding="utf-8") as o:
        for d in figs: o.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "traps.jsonl"), "w", encoding="utf-8") as o:
        for d in traps: o.write(json.dumps(d, ensure_ascii=False) + "\n")
    bad = 0
    for a in figs + traps:
        for b in figs + traps:
            if a is not b and a["file"] == b["file"] and a["start"] < b["end"] and b["start"] < a["end"]:
                print("OVERLAP", a["file"], a["text"], b["text"]); bad += 1
    print(len(figs), "figures", len(traps), "traps")
    if bad: raise SystemExit(1)
if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from spec_figs import FIGS
    from spec_traps import TRAPS
    build(FIGS, TRAPS, sys.argv[1], sys.argv[2])
