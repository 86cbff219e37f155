"""Pure Python: types, rules, text normalisation, dates. Imports nothing of the project."""
