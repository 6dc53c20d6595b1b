"""The ATS self-check: what text extractors read back from an export, and the fields a parser makes of it.

`readback.check_ats` compares the extracted text (and, through `fields`, the parsed fields) with the
resume; `items` turns a PDF or DOCX into text lines, `fields` parses them the way resume parsers
do, and `compare` judges each parsed field against the model. Imports `model`, `formats`, `render`.
"""

from editor.analysis.ats.readback import TEXT_SHOWN, AtsReport, ExtractorResult, check_ats

__all__ = ["TEXT_SHOWN", "AtsReport", "ExtractorResult", "check_ats"]
