"""PDF import: `reader.read_pdf` → characters and link annotations (`chars`, with TeX bitmap fonts
decoded by `tex_bitmaps`) → lines in reading order (`layout`, margin columns in `margin`) → paragraphs.
"""
