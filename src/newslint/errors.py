"""Errors a user can act on. The CLI prints them as one line and exits 2."""


class NewslintError(Exception):
    """Base class: anything that should reach the user as one clear line."""


class InputError(NewslintError):
    """The input cannot be read as an article: missing, empty, binary, too big, unreachable."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ConfigError(NewslintError):
    """A bad option or configuration file."""


class PipelineMissing(NewslintError):
    """The spaCy pipeline package is not installed."""
