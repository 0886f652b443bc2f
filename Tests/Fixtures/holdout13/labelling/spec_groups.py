# Discrepancy groups for the thirteenth hold-out set (see spec_figs.py for the two halves).
from spec_groups_a import GROUPS as GROUPS_A, TITLES as TITLES_A
from spec_groups_b import GROUPS as GROUPS_B, TITLES as TITLES_B
GROUPS = GROUPS_A + GROUPS_B
TITLES = {**TITLES_A, **TITLES_B}
