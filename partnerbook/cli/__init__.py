"""The command line: same journal as the app, for scripting and quick capture."""
