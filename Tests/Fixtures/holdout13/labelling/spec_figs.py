# Figure labels for the thirteenth hold-out set: topics T1-T2 (articles 01-06) were labelled in
# spec_figs_a.py and T3-T4 (07-12) in spec_figs_b.py, by two writers working at once.
from spec_figs_a import FIGS as FIGS_A
from spec_figs_b import FIGS as FIGS_B
FIGS = {**FIGS_A, **FIGS_B}
