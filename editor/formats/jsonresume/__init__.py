"""JSON Resume (jsonresume.org schema 1.0): `reader.read_json_resume` and `writer.write_json_resume`.

`sections`, `contacts`, `values` and `text` map the schema's sections, profiles, values and rich text
to the model and back. Imports `model` and `formats.dates`.
"""
