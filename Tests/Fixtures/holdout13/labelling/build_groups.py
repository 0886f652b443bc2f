# Writes discrepancies.json from spec_groups.py with the second hold-out set's group builder, taking
# each member's offsets from figures.jsonl.
# Usage, from Tests/Fixtures/holdout13, after labelling/build.py: python3 labelling/build_groups.py
import importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from spec_groups import GROUPS, TITLES
path = os.path.join(here, "..", "..", "holdout2", "labelling", "build_groups.py")
spec = importlib.util.spec_from_file_location("holdout2_build_groups", path)
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
module.build_groups(GROUPS, TITLES)
