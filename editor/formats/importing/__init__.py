"""Bringing files made by other tools in: PDF and Word resumes (`pdf.reader`, `docx.reader`) and job postings.

Both readers turn a page into styled lines, then `structure.build_resume` finds name, contacts,
sections and entries (`entries`, `vocabulary`, `text`, `lines`); `guard` refuses hostile files first;
`job_description.read_job_description` reads a posting from .txt/.md/.docx/.pdf.
"""
