"""The recruiter's first screen: screen presets (`presets`), the fold on page 1 (`fold`) and what
each rendered line holds — name, title, company, dates … (`line_fields`).
"""
