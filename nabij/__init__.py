"""Nabij: solidarity in superdiverse neighbourhoods."""
