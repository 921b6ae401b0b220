"""The one error an import raises: which file, which ninjs field, and what is wrong."""


class ImportFailure(Exception):
    """A ninjs document that cannot become an article.

    Reading code raises it without a file (it only sees the document); the importer
    fills the file in, so the person running the command reads one line naming both.
    """

    def __init__(self, file, field, message):
        super().__init__(message)
        self.file = file
        self.field = field
        self.message = message

    def __str__(self):
        parts = [str(part) for part in (self.file, self.field) if part]
        return ": ".join([*parts, str(self.message)])


def invalid(field, message):
    """Return an ImportFailure for a field of a document not yet tied to a file."""
    return ImportFailure(None, field, message)


def field_path(parts):
    """Return a JSON location written the usual way: `associations[0].renditions`."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path
