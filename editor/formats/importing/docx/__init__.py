"""Word import: `reader.read_docx` walks the document body (`walk`) with its style sheet (`styles`);
pages made of positioned text frames (PDF-to-Word converters) are laid out by position (`frames`).
"""
