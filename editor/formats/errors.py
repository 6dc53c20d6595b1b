"""The one error type readers and writers raise for input they cannot handle."""


class FormatError(Exception):
    """A file that cannot be read or written; the message is one line a user understands.

    Example: "resume.json is not valid JSON (line 3, column 5: expecting ',')".
    """
