# The worked example of Sessions/README.md: two discrepancies a desk would record from Corpus/.
# Run it from anywhere: crosscheck --batch Sessions/frozen-assets.cc
# (paths in a script are relative to the script's folder).

load ../Corpus/

# No exchange rate to enter: the euro figures are converted at the ECB reference rate of their
# article's day (1 EUR = 1.1668 USD on 2025-12-03), built into CrossCheck, and 'flag' records
# that rate in the session.

# Russia's frozen assets: $300 billion worldwide, €210 billion in Europe, €185 billion in
# Belgium, the Belgian minister's €200 billion, and about $4-5 billion in the U.S.
flag bl0122:9 il1203:11 il1203:13 il1203:17 bl0122:8 --title "Russia's frozen assets"
note D1 "Worldwide ($300bn), Europe (€210bn), Belgium (€185bn) and the U.S. ($4-5bn) are nested scopes, not rival totals."
note D1 "The Belgian minister's €200 billion rounds the €185 billion held in Belgium (or the €210 billion in Europe)."
verdict D1 scope-difference
tag D1 frozen-assets sanctions

# Witkoff's meetings with Putin: "six times last year" (22 January) and "his seventh visit in the
# past year" (23 January).
flag bl0122:5 bl0123:2 --title "Witkoff's meetings with Putin"
note D2 "Six meetings last year plus this one make the seventh visit in the past year: consistent counting."
verdict D2 counting-difference
tag D2 witkoff

# Reports are dated and signed by the session, so regenerating them gives the same bytes.
set author "CrossCheck example desk"
set report-date 2025-12-05
# Their title, and the address they are published at (ClaimReview requires it as its url).
set title "Frozen Russian assets and Witkoff's visits: what the figures say"
set report-url https://example.org/fact-checks/frozen-assets.html

save ./frozen-assets.json --force

export markdown frozen-assets.md --force
export html frozen-assets.html --force
export csv frozen-assets.csv --force
export json frozen-assets.report.json --force
export claimreview frozen-assets.claimreview.jsonld --force
export annotations frozen-assets.annotations.jsonld --force
