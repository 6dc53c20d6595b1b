"""Cover letters: `markdown` (read/write the letter Markdown), `pdf_writer`, `docx_writer`,
`layout` (the letter template), `letterhead` (a resume's header as a letter's: city and contact only)
and `export` (file-level entry points for the CLI and the app).

A letter shares the resume's header, Markdown inline syntax and writers; `lines` tells a letter from a resume.
"""
