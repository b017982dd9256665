"""Year end: checklist, closing and re-opening a year."""
