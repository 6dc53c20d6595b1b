"""Cover-letter analysis: `analysis.letter_report` (checks, fold, attention for a letter),
`checks`, `starter.draft_letter` (a starter from the resume and the posting, `posting` reads the
company and role) and `commands` (the CLI's letter entry points).
"""
