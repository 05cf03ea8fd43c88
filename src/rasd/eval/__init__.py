"""Evaluation: scoring Rasd's recognizers and extractions against test specifications and gold sets."""
