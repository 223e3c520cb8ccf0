# The command line's words: help texts and what it prints.

## What the commands print

cli-already-exists = filen finnes allerede. Bruk --force for å skrive over den.
cli-check-summary = { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }
cli-template-category = Kategori
cli-template-covers = Hva punktet dekker
cli-template-consider = Å vurdere
cli-template-parameters = Parametere
cli-template-text = Tekst
cli-template-checks = Kontroller
