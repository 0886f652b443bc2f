# Number-like strings that are not figures, per file in reading order: (text, why).
TRAPS = {
"02-bank-markets-wire.txt": [("4.10 ▼38.0%", "page furniture (ticker line)")],
"03-bank-regulator-release.txt": [("43", "section number of a law ('Section 43')"), ("2012", "year in a law's name ('Kenya Deposit Insurance Act, 2012')"),
  ("34", "section number of a law ('Section 34 of the Banking Act')"), ("0800 720 520", "phone number")],
"04-recall-japanese-wire.txt": [("7291", "stock code")],
"05-recall-ap-wire.txt": [("1-800-555-0148", "phone number"), ("27V-214", "recall campaign number")],
"06-recall-mexican-outlet.txt": [("2022", "model year in a vehicle's name ('2022 Tenku Sport')"), ("800 890 2210", "phone number"), ("55 5568 8722", "phone number")],
"07-drought-pakistani-paper.txt": [("6am", "clock time"), ("10am", "clock time"), ("144", "section number of a law ('Section 144')")],
"08-drought-bbc-site.txt": [("8 hours ago", "page furniture (publication time)"), ("A third", "page furniture (related link)"),
  ("Five", "page furniture (related link, 'Five charts')"), ("2026", "page furniture (related link)")],
"09-drought-tv-transcript.txt": [("9pm", "clock time"), ("24", "TV channel number ('Channel 24')"), ("1334", "helpline short code"), ("T20", "name of a cricket format ('T20')")],
"10-wage-ministry-release.txt": [("1983", "year in a law's name ('Minimum Wage Act 1983')"), ("021 555 0183", "phone number")],
"11-wage-nz-news-site.txt": [("3h ago", "page furniture (update time)"), ("5 min read", "page furniture (reading time)"),
  ("4", "section number of a law ('Section 4')"), ("1983", "year in a law's name ('Minimum Wage Act 1983')"), ("Year 13", "grade name ('Year 13')"),
  ("3", "page furniture (related link, '3 changes')"), ("1 April", "page furniture (related link)"), ("24-18", "page furniture (related link, a score)")],
"12-wage-liveblog.txt": [("4.52pm NZST", "clock time (liveblog stamp)"), ("3.35pm NZST", "clock time (liveblog stamp)"), ("2.48pm NZST", "clock time (liveblog stamp)"),
  ("1.20pm NZST", "clock time (liveblog stamp)"), ("12.05pm NZST", "clock time (liveblog stamp)"), ("11.30am NZST", "clock time (liveblog stamp)")],
}
