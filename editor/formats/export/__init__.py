"""The resume as PDF and Word: `pdf_writer.build_pdf` (the PDF bytes *and* the layout map every
analysis reads) and `docx_writer.build_docx`, both from the one template in `render.templates`
(`docx_styles` maps it to Word styles).
"""
