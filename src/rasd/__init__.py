"""Rasd (رصد): Arabic conflict news to ACLED-style event data."""

__version__ = "0.1.0"
