import io


class Terminal(io.StringIO):
    """Output an operator reads at a terminal, as opposed to a log file."""

    def isatty(self):
        return True
