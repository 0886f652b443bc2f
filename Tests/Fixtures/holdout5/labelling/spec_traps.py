# Number-like strings that are not figures, per file in reading order: (text, why).
TRAPS = {
"01-pacific-wren-taranaki-local.txt": [("4.15am", "clock time"), ("0800 645 774", "phone number")],
"03-pacific-wren-explainer.txt": [("2h ago", "page furniture (update time)"), ("4 min read", "page furniture (reading time)"),
  ("1994", "year in a law's name ('Maritime Transport Act 1994')"), ("0800 645 774", "phone number"),
  ("20%", "page furniture (related link)"), ("a decade", "page furniture (related link)"), ("2026", "page furniture (related link)")],
"04-tabiji-breach-japan.txt": [("one", "pronoun 'one' ('one of the largest breaches')"), ("0120-558-910", "phone number"),
  ("9 a.m.", "clock time"), ("8 p.m.", "clock time")],
"05-tabiji-breach-canada.txt": [("first", "ordinal used as adverb ('It first detected')"), ("1-888-555-0187", "phone number")],
"06-tabiji-markets-brief.txt": [("4712", "page furniture (ticker line: stock code)"), ("¥1,342", "page furniture (ticker line)"),
  ("17.7%", "page furniture (ticker line)"), ("225", "index name ('NIKKEI 225', ticker line)"),
  ("41,206.35", "page furniture (ticker line)"), ("0.4%", "page furniture (ticker line)"), ("156.20", "page furniture (ticker line)")],
"08-wfp-kenya-release.txt": [("+254 722 100 487", "phone number")],
"10-kebbi-boat-nigeria.txt": [("7.30am", "clock time"), ("one", "pronoun 'one' ('one of the victims')")],
"11-kebbi-boat-live.txt": [("18:40 WAT", "clock time"), ("6am", "clock time"), ("16:05 WAT", "clock time"),
  ("14:20 WAT", "clock time"), ("11:30 WAT", "clock time"), ("10:15 WAT", "clock time"),
  ("First", "ordinal in a fixed term ('First reports')")],
}
