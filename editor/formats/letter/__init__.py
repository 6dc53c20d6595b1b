"""Cover letters: `markdown` (read/write the letter Markdown), `pdf_writer`, `docx_writer`,
`layout` (the letter template) and `export` (file-level entry points for the CLI and the app).

A letter shares the resume's header, Markdown inline syntax and writers; `lines` tells a letter from a resume.
"""
