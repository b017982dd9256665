"""CoopDesk."""
