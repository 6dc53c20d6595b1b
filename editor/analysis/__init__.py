"""Keywords, spelling, grammar, recruiter rules, screens and fold, attention, ATS self-check.

Imports `model`, `render` and `formats`; no Qt. Problems are return values, never dialogs.
"""
