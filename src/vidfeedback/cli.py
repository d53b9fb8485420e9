"""Command line entry point (placeholder, filled in by the engine work)."""


def main() -> int:
    return 0
