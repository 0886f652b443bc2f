import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spec_groups import GROUPS
figs = [json.loads(l) for l in open("figures.jsonl", encoding="utf-8")]
titles = {"T1": "Battery recycling plant fire, Saint-Fons (Lyon), Oct 2026",
          "T2": "Corliss Brands third-quarter results, Oct 2026",
          "T3": "New South Wales nurses' strike, Sep 2026"}
out = []
for gid, status, subj, expl, refs in GROUPS:
    members = []
    for num, text, nth in refs:
        cands = [f for f in figs if f["file"].startswith(num + "-") and f["text"] == text]
        if len(cands) < nth: raise SystemExit(f"{gid}: no {nth} {text!r} in {num}")
        f = cands[nth - 1]
        members.append({"file": f["file"], "start": f["start"], "end": f["end"], "text": f["text"]})
    out.append({"id": gid, "topic": gid[:2], "status": status, "subject": subj, "explanation": expl,
                "topic_title": titles[gid[:2]], "figures": members})
json.dump(out, open("discrepancies.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(out), "groups", Counter(g["status"] for g in out))
