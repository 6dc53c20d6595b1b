"""Applications: one folder per job with the posting, a tailored resume, a letter, the exports and `application.json`.

`create.create_application` (`foldline apply`), `listing.list_applications` (`foldline applications`),
`record` (the metadata file), `scores` (match and first-screen scores), `bundle.export_bundle`.
"""
