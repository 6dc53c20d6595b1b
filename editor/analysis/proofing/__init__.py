"""Spelling and grammar: `spelling.Speller` (offline, in the resume's `language`, with `dictionaries`),
`grammar.GrammarChecker` (an optional LanguageTool), and `prose`, the running text both check.
"""
