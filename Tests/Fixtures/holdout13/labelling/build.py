# Writes figures.jsonl and traps.jsonl from spec_figs.py and spec_traps.py with the second hold-out
# set's builder (offsets found in the texts by script, in Unicode code points, never typed by hand).
# Usage, from Tests/Fixtures/holdout13: python3 labelling/build.py articles .
import importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from spec_figs import FIGS
from spec_traps import TRAPS
def holdout2_script(name):
    path = os.path.join(here, "..", "..", "holdout2", "labelling", name + ".py")
    spec = importlib.util.spec_from_file_location("holdout2_" + name, path)
    module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
    return module
holdout2_script("build").build(FIGS, TRAPS, sys.argv[1], sys.argv[2])
