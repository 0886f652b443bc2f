# Trap labels for the thirteenth hold-out set (see spec_figs.py for the two halves).
from spec_traps_a import TRAPS as TRAPS_A
from spec_traps_b import TRAPS as TRAPS_B
TRAPS = {**TRAPS_A, **TRAPS_B}
