"""numbers: Rexx decimal arithmetic under NUMERIC DIGITS / FUZZ / FORM, and numbers kept in numeric form.

Layer 1. May import: rexxlite.errors, rexxlite.error_messages. Never imports syntax or anything above.
"""
