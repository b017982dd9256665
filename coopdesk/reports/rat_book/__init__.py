"""The RAT book (Laporan Pertanggungjawaban Pengurus): figures (data), charts, the PDF, the
workbook, and :func:`book.build` that makes both.

It lives in the reports layer, not in services: it reads the statements and the report
modules, and services may not import reports (see the import contracts in pyproject.toml).
"""
