# Writes figures.jsonl and traps.jsonl from spec_figs.py and spec_traps.py with the second hold-out
# set's builder (offsets found in the texts by script, in Unicode code points, never typed by hand).
# A trap may carry a third element, the text that must follow it ("one" + " of the oldest"), to skip
# earlier matches that are figures.
# Usage, from Tests/Fixtures/holdout13: python3 labelling/build.py articles .
import importlib.util, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from spec_figs import FIGS
from spec_traps import TRAPS
path = os.path.join(here, "..", "..", "holdout2", "labelling", "build.py")
spec = importlib.util.spec_from_file_location("holdout2_build", path)
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
FOLLOW = {}
plain = {}
for f, labels in TRAPS.items():
    plain[f] = []
    for label in labels:
        if len(label) == 3:
            FOLLOW[label[0] + "\x00" + label[2]] = label[2]
            plain[f].append((label[0] + "\x00" + label[2], label[1]))
        else:
            plain[f].append(label)
base = module.finder
def finder(text, needle, cursor):
    if "\x00" not in needle: return base(text, needle, cursor)
    word, follow = needle.split("\x00")
    while True:
        s, e = base(text, word, cursor)
        if text.startswith(follow, e): return s, e
        cursor = e
module.finder = finder
module.build(FIGS, plain, sys.argv[1], sys.argv[2])
# trap texts: drop the context marker
out = os.path.join(sys.argv[2], "traps.jsonl")
lines = open(out, encoding="utf-8").read().split("\n")
open(out, "w", encoding="utf-8").write("\n".join(re.sub(r"\\u0000[^\"]*", "", l) for l in lines))
