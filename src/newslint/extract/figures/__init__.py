"""Reading figures in news text, one job per module. ``newslint.extract.quantities`` runs them
in order: references and vague amounts first, then each number, then the links between figures."""
