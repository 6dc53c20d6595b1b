"""Resume Markdown, Foldline's source text: `reader.read_markdown` (text → model) and `writer.write_markdown`.

The other modules are the reader's parts: `lines` (front matter, line kinds), `entry` (### headings),
`contacts` (the contact line), `inline` and `inline_writer` (runs, links, escapes). Imports `model` only.
"""
