# The command line's words: help texts and what it prints.

## What the commands print

cli-already-exists = fila finst allereie. Bruk --force for å skrive over ho.
cli-check-summary = { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }
cli-template-category = Kategori
cli-template-covers = Kva punktet dekkjer
cli-template-consider = Å vurdere
cli-template-parameters = Parametrar
cli-template-text = Tekst
cli-template-checks = Kontrollar
