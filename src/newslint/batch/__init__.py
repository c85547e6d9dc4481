"""batch subsystem."""
