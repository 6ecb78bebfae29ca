"""Regina extensions rexxlite does not provide (placeholder, filled next)."""
