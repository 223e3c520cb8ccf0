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

## The help (`avtale --help`), by the command's path and the argument's id (crates/cli/src/help.rs)

cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-possible-values = Possible values
cli-help-possible-values-short = possible values
cli-help-default = default
cli-help-env = environment variable
cli-help-command-placeholder = COMMAND
cli-help-options-placeholder = OPTIONS
cli-help-value-file = FILE
cli-help-value-name = NAME
cli-help-value-dir = DIR
cli-help-value-locale = LOCALE
cli-help-value-lang = LANG
cli-help-value-message = MESSAGE
cli-help-value-author = AUTHOR
cli-help-value-label = LABEL
cli-help-value-text = TEXT
cli-help-value-reason = REASON
cli-help-value-kind = KIND
cli-help-value-address = ADDRESS
cli-help-value-level = LEVEL
cli-help-value-yyyy-mm-dd = YYYY-MM-DD
cli-help-value-command = COMMAND
cli-help-value-party-date-place = PARTY=DATE,PLACE
cli-help-value-signed-pdf = SIGNED.pdf
cli-help-about = Create, check and render cooperation agreements between Nav and the county authority.
cli-help--locale = Language of messages: nb (bokmål), nn (nynorsk) or en (English). Diagnostics default to the agreement's own language.
cli-help--locale--nb = Bokmål
cli-help--locale--nn = Nynorsk
cli-help--locale--en = English
cli-help--templates = A folder of your own clause templates (*.yaml) that add to or override the shipped ones.
cli-help--help = Print help
cli-help--version = Print version
cli-help-help = Print this message or the help of the given subcommand(s)
cli-help-new = Create a new agreement from a starter document.
cli-help-new--starter = The starter to begin from.
cli-help-new--starter--hovedavtale = Main county agreement.
cli-help-new--starter--underavtale-ot = Sub-agreement for the follow-up service (OT).
cli-help-new--starter--handlingsplan = Yearly action plan.
cli-help-new--starter--partnerskapsavtale = Partnership agreement between a municipality and Nav on their Nav office.
cli-help-new--county = The county (fylke) the agreement covers, for example "Vestland".
cli-help-new--municipality = The municipality (kommune) a partnership agreement covers, for example "Bergen".
cli-help-new--lang = Written language of the agreement.
cli-help-new--lang--nb = Bokmål
cli-help-new--lang--nn = Nynorsk
cli-help-new--output = The file to create (by convention NAME.avtale.yaml).
cli-help-new--force = Overwrite FILE if it exists.
cli-help-import = Make a new agreement from a Word document (.docx) Avtale did not make, and print what became of it: each section with its template, the parties and period found, and what was left out. Never overwrites a file.
cli-help-import--input = The Word document.
cli-help-import--output = The agreement file to create (by default NAME.avtale.yaml next to NAME.docx).
cli-help-check = Check an agreement and print one line per diagnostic: FILE:LINE:COL: error|warning[CODE]: message.
cli-help-check--file = The agreement file.
cli-help-check--format = Output format.
cli-help-check--format--text = One line per diagnostic.
cli-help-check--format--json = A JSON array of diagnostics.
cli-help-render = Render an agreement as Markdown or HTML.
cli-help-render--file = The agreement file.
cli-help-render--format = Output format.
cli-help-render--format--md = Markdown.
cli-help-render--format--html = A complete HTML document.
cli-help-render--output = Write to this file instead of standard output.
cli-help-log = List the saved revisions, newest first (exit 1 if the history has been tampered with).
cli-help-log--file = The agreement file.
cli-help-commit = Save the agreement's current content as a new revision in its history.
cli-help-commit--file = The agreement file.
cli-help-commit--message = What changed, in your words.
cli-help-commit--author = Who saves the revision.
cli-help-commit--name = A name for the revision, such as "Sendt på høring" or "Signert".
cli-help-commit--status = Move the agreement to this status with the revision. Godkjent, signert and gjeldende need an agreement without errors (see --accept-errors).
cli-help-commit--status--utkast = Draft.
cli-help-commit--status--til-godkjenning = Sent for approval.
cli-help-commit--status--godkjent = Approved.
cli-help-commit--status--signert = Signed: the revision is frozen.
cli-help-commit--status--gjeldende = In force.
cli-help-commit--status--utlopt = Expired.
cli-help-commit--reason = Why the revision is made.
cli-help-commit--reason--evaluering = After an evaluation.
cli-help-commit--reason--omorganisering = A party was reorganised.
cli-help-commit--reason--nye-regler = A new law or new rules.
cli-help-commit--reason--periodens-slutt = The period is ending.
cli-help-commit--reason--annet = Something else (say what with --reason-text).
cli-help-commit--reason-text = More about why, in your words (required with --reason annet).
cli-help-commit--accept-errors = Give the status although the checks find errors, for this reason; the reason and the errors are recorded in the revision and printed in the PDF's check summary.
cli-help-register = Register an agreement signed before it reached Avtale as signed (or in force) in one step, with each signing party's date and place of signing. Only for an agreement never signed in Avtale; the history records that it was registered.
cli-help-register--file = The agreement file.
cli-help-register--status = The status it has: signert or gjeldende.
cli-help-register--status--signert = Signed.
cli-help-register--status--gjeldende = In force.
cli-help-register--signed = PARTY=DATE,PLACE for each signing party, e.g. --signed nav=2021-03-01,Bergen.
cli-help-register--author = Who registers it.
cli-help-register--message = The revision's message (by default it says what was registered).
cli-help-register--accept-errors = Register it although the checks find errors, for this reason (recorded).
cli-help-renew = Start the agreement's next period: every date moves by one period length, the status becomes draft, and the result is saved as a new revision (as "Forny avtale" in the app).
cli-help-renew--file = The agreement file.
cli-help-renew--author = Who saves the revision.
cli-help-move-period = Set the agreement's period anew and move every date in it by the same step (forward or back), and the years in the title: for an agreement entered with the starter's period that really ran another. An edit of the current text, not a revision; refused for a signed agreement. Prints one line per date that moved.
cli-help-move-period--file = The agreement file.
cli-help-move-period--from = The new first day, as YYYY-MM-DD.
cli-help-move-period--to = The new last day, as YYYY-MM-DD; without it the agreement runs until terminated.
cli-help-show = Print the agreement as it was at a revision: FILE@N (a bare FILE is its current text).
cli-help-show--address = FILE or FILE@N.
cli-help-show--format = Output format.
cli-help-show--format--md = Markdown.
cli-help-show--format--html = A complete HTML document.
cli-help-diff = Show what changed from A to B, clause by clause and word by word. A and B are FILE (its current text) or FILE@N (revision N); two files must be versions of one agreement. B may be a Word copy exported from A and edited elsewhere (EDITED.docx): it is compared with the revision it was exported from (or N), with the authors of tracked changes and the comments under their sections.
cli-help-diff--a = The older version.
cli-help-diff--b = The newer version.
cli-help-diff--format = Output format.
cli-help-diff--format--text = Plain text; coloured on a terminal, [-removed-]{"{"}+added+{"}"} otherwise.
cli-help-diff--format--md = Markdown.
cli-help-diff--format--html = An HTML fragment with <del> and <ins>.
cli-help-diff--format--json = JSON.
cli-help-diff--format--pdf = A redline PDF (needs -o): struck-through deletions, underlined insertions, a summary page.
cli-help-diff--output = Write to this file instead of standard output (required for --format pdf).
cli-help-pdf = Export the agreement (FILE) or one revision (FILE@N) as a print-ready PDF/A-2a file.
cli-help-pdf--address = FILE or FILE@N.
cli-help-pdf--output = The PDF file to write.
cli-help-pdf--draft = Mark every page as a draft ("UTKAST").
cli-help-pdf--short = One page of who does what: roles and tasks, meeting bodies, contacts.
cli-help-pdf--pdfa = The archival standard: 2a (tagged, accessible; the default) or 2b.
cli-help-pdf--pdfa--2a = PDF/A-2a: archival, tagged for screen readers.
cli-help-pdf--pdfa--2b = PDF/A-2b: archival, visual appearance only.
cli-help-docx = Export the agreement (FILE) or one revision (FILE@N) as an editable Word document (.docx) that names the agreement and revision in its properties.
cli-help-docx--address = FILE or FILE@N.
cli-help-docx--output = The .docx file to write.
cli-help-calendar = Write the meetings the cadences give (holidays and breaks avoided) as an iCalendar file.
cli-help-calendar--file = The agreement file.
cli-help-calendar--output = The .ics file to write (standard output without it).
cli-help-verify = Check that no revision was edited, removed or reordered (exit 0 intact, 1 tampered), and print the newest revision's number and hash.
cli-help-verify--file = The agreement file.
cli-help-verify--pdf = Also check that the revision this PDF (made by `avtale pdf`) shows is in the file's history: exit 1 when it is not, 2 when the PDF cannot be read.
cli-help-templates = List or show clause templates.
cli-help-templates-list = List every template: id, category and title.
cli-help-templates-show = Show one template: guidance, questions to consider, parameters, text and checks.
cli-help-templates-show--id = The template's id, as shown by `avtale templates list`.
