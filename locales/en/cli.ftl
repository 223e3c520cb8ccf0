# The command line's words: help texts and what it prints.

## What the commands print

cli-already-exists = the file already exists. Use --force to overwrite it.
cli-check-summary = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
cli-template-category = Category
cli-template-covers = What this clause covers
cli-template-consider = To consider
cli-template-parameters = Parameters
cli-template-text = Text
cli-template-checks = Checks
