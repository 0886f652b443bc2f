# Writes discrepancies.json from spec_groups.py, taking each member's offsets from figures.jsonl.
# Usage, from Tests/Fixtures/holdout2, after labelling/build.py: python3 labelling/build_groups.py
# Later sets import build_groups() from here with their own groups.
import json, os, sys
from collections import Counter
def build_groups(GROUPS, TITLES):
    figs = [json.loads(l) for l in open("figures.jsonl", encoding="utf-8")]
    out = []
    for gid, status, subj, expl, refs in GROUPS:
        members = []
        for num, text, nth in refs:
            cands = [f for f in figs if f["file"].startswith(num + "-") and f["text"] == text]
            if len(cands) < nth: raise SystemExit(f"{gid}: no {nth} {text!r} in {num}")
            f = cands[nth - 1]
            members.append({"file": f["file"], "start": f["start"], "end": f["end"], "text": f["text"]})
        out.append({"id": gid, "topic": gid[:2], "status": status, "subject": subj, "explanation": expl,
                    "topic_title": TITLES[gid[:2]], "figures": members})
    assert len({g["id"] for g in out}) == len(out)
    json.dump(out, open("discrepancies.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(out), "groups", sorted(Counter(g["status"] for g in out).items()))
if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from spec_groups import GROUPS, TITLES
    build_groups(GROUPS, TITLES)
