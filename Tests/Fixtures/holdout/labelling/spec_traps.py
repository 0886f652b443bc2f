TRAPS = {
"01-saint-fons-fire-wire.txt": [("11:40 p.m.", "clock time"), ("6 a.m.", "clock time"), ("no one", "pronoun 'no one'")],
"02-saint-fons-fire-live.txt": [("17:30", "clock time"), ("17:05", "clock time"), ("16:20", "clock time"), ("15:10", "clock time"),
  ("13:45", "clock time"), ("12:30", "clock time"), ("11:00", "clock time"), ("04 72 09 20 20", "phone number"), ("09:15", "clock time"),
  ("One", "discourse count ('one question')")],
"04-battery-fires-explainer.txt": [("one", "pronoun 'one' (generic, not a count)")],
"06-corliss-dayton-local.txt": [("one", "pronoun 'one' ('one of two')"), ("Fourth", "street name"), ("Local 1199", "group name (union local)")],
"07-corliss-trade.txt": [("4 min read", "page furniture (reading time)"), ("Image 1 of 3", "page furniture (gallery)"),
  ("Five charts", "page furniture (related link)"), ("© 2026", "page furniture (copyright)"), ("+1 513 555 0142", "phone number")],
"10-nsw-nurses-strike-live.txt": [("6.05pm", "clock time"), ("4.40pm", "clock time"), ("2.15pm", "clock time"), ("12.30pm", "clock time"),
  ("11.10am", "clock time"), ("One", "pronoun 'one'"), ("9.00am", "clock time"), ("two", "discourse count ('the two sides')"), ("7.45am", "clock time")],
}
