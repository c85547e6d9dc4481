"""SRC rules: who is quoted, whether they are named, and figures nobody is cited for."""
