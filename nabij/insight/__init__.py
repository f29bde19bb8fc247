"""Insight: the exchange graph of a place and what it shows about solidarity there."""
