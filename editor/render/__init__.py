"""Templates, fonts and the layout map shared by the PDF and DOCX writers. Imports `model`; no Qt."""
