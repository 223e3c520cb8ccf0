# The core's messages: diagnostics, file errors, the rendered agreement's words, names of kinds and statuses.

## finding

finding = The placeholder {"{"}{"{"}{ $name }{"}"}{"}"} is not filled in. Enter { $label }.
finding-2 = The placeholder {"{"}{"{"}{ $name }{"}"}{"}"} is not filled in. Replace it with the right text.
finding-task-without-responsible = The task “{ $task }” has no responsible party. Choose the one party responsible for it.
finding-unknown-party = The party “{ $id }” is not among the agreement's parties. Add it under Parties, or choose an existing party.
finding-meeting-without-cadence = The meeting body “{ $body }” has no cadence. Say how often it meets, for example twice a year, or “as needed” with what triggers a meeting.
finding-meeting-without-chair = The meeting body “{ $body }” has no chair. Choose which party chairs the meetings, or let the parties take turns.
finding-period-ends-before-start = The agreement period ends before it starts. Correct the start or end date.
finding-outside-parent-period = The period reaches outside the period of the main agreement “{ $parent }”. A sub-agreement cannot run longer than the agreement it belongs under; adjust the dates.
finding-party-without-signatory = { $party } has no signatory. Enter the name and title of the leader who signs for the party.
finding-evaluation-outside-period = The next evaluation date is outside the agreement period. Put the evaluation before the agreement expires, so its result can inform the renewal.
finding-sharing-without-consent = The parties will share information about individuals, but the agreement describes no consent. Describe who gives consent, in what form, what it covers and how it is withdrawn.
finding-too-few-parties = A cooperation agreement needs at least two parties. Add them under Parties.
finding-no-parent = This agreement belongs under a main agreement, but none is named. Name the main agreement so the dates can be checked against it.
finding-agreement-too-long = The agreement has { $words } words. Short, concrete agreements are the ones that get used; consider cutting it below { $limit } words, or moving details to sub-agreements or annexes.
finding-section-too-long = The section has { $words } words. Write shorter and more concretely (under { $limit } words): who does what, and when.
finding-undefined-abbreviation = The abbreviation “{ $abbreviation }” is not defined in the glossary. The parties use different jargon; add a definition so everyone reads it the same way.
finding-term-defined-twice = The term “{ $term }” is defined twice in the glossary. Merge the definitions into one.
finding-term-defined-twice-2 = “{ $term }” and “{ $first }” in the glossary are the same term. Merge the definitions into one, and write it one way throughout the agreement.
finding-no-evaluation = The agreement does not say when it is evaluated. Add a section on evaluation and revision with a cadence or a date, to keep the agreement alive.
finding-meeting-without-members = The meeting body “{ $body }” has no members. Say which roles from each party attend.
finding-missing-meeting-level = The agreement has no strategic meeting body for leaders. Cooperation must be anchored in leadership; add a steering or cooperation group that meets 1–4 times a year.
finding-missing-meeting-level-2 = The agreement has no operative meeting body for caseworkers. Add regular meetings at caseworker level, for example every 4–6 weeks.
finding-too-many-meetings = “{ $body }” meets { $per_year } times a year. Too many meetings is a known reason cooperation stalls; consider meeting less often (at most { $limit } times a year at this level).
finding-contact-without-deputy = The contact person { $name } has no deputy. Add a deputy so cooperation does not stop with illness or a change of job.
finding-goal-not-measurable = The goal “{ $goal }” lacks an indicator or a deadline. Say what is measured and when the goal should be reached.
finding-goal-not-followable = The goal «{ $goal }» has a target but neither a baseline nor a source. Write where the indicator stands today and where the figures come from, so progress can be followed up.
finding-goal-not-followable-2 = The goal «{ $goal }» has a target but no baseline. Write where the indicator stands today, so progress can be measured against it.
finding-goal-not-followable-3 = The goal «{ $goal }» has a target but no source. Write where the figures come from, so they are fetched the same way each time.
finding-mandate-incomplete = The mandate of “{ $group }” does not say all it should: what the group may decide, whom it reports to and who leads it. Fill in what is missing.
finding-period-too-long = The agreement period is { $how_long }. The agreements in the studies run 1–4 years with renewal; consider a shorter period with agreed renewal.
finding-period-too-long-2 = The agreement has no end date. Set one (usually 1–4 years ahead) and agree how it is renewed.
finding-empty-section = The section is empty. Write its content, or delete it.
finding-target-group-undefined = The target group “{ $group }” is not defined. The parties often define target groups differently; say who belongs to it, with ages and criteria.
finding-boundary-without-lead = The boundary “{ $area }” has no lead party. Unclear boundaries are the most common source of conflict; choose which party has the main responsibility.
finding-consent-incomplete = The consent routine is incomplete. Describe who gives consent, what it covers and how it is withdrawn.
finding-renewal-without-notice = The agreement renews itself but sets no notice period. Say how many months' notice a party must give to end it.
finding-no-signatures = The agreement has no signature section. Add it so the parties' leaders can sign.
finding-party-does-not-sign = { $party } is not among the signatures. Every party should sign the agreement.
finding-date-outside-period = The date of “{ $what }” is outside the agreement period. Move it into the period, or adjust the period.
finding-undefined-jargon = The term “{ $term }” is not defined in the glossary. The other party may not know it; add a definition, or say in plain words what it means.
finding-target-group-named-differently = The target group is called “{ $first }” in “{ $first_section }” but “{ $second }” in “{ $second_section }”. Use one name throughout, so both parties know it is the same people.
finding-very-long-sentence = The sentence starting “{ $start } …” has { $words } words. Split it into sentences of fewer than { $limit } words, so it is easier to read.
finding-parent-mismatch = The file “{ $file }” is not the main agreement this one belongs under, but “{ $title }”. Link the agreement to the right file under “Family of agreements”.
finding-party-not-in-parent = { $party } is not a party to the main agreement “{ $parent }”. A sub-agreement stays inside its main agreement: write the party's name as in the main agreement, or mark it as an additional party.
finding-area-not-in-parent = The area “{ $area }” is not among the areas of cooperation in the main agreement “{ $parent }” ({ $areas }). Choose one of them, or add the area to the main agreement first.
finding-no-area = The agreement does not say which area of cooperation in the main agreement “{ $parent }” it belongs to ({ $areas }).
finding-parent-unreadable = The main agreement “{ $file }” could not be read, so the agreement is not checked against it: { $reason }
finding-broken-reference = “{ $written }” refers to something the agreement has not filled in yet, so it prints as written. Fill in what it refers to, or replace it.
finding-broken-reference-2 = “{ $written }” is no reference Avtale knows, so it prints as written. Insert the reference from the “Insert” menu, or write the text without square brackets.
finding-date-in-text-outside-period = The text says “{ $words }”, which is after the agreement period. Was it written for another period? Use a reference to the period so the date follows the agreement.
finding-date-in-text-outside-period-2 = The text has the deadline “{ $words }”, before the agreement period starts. Was it written for another period? Use a reference to the period so the date follows the agreement.
finding-cadence-in-text-differs = The text says “{ $words }” about { $body }, but the meeting is set to { $cadence }. Use a reference to the meeting's cadence so the text always says what the meeting list says.
finding-name-in-text-not-a-party = The text names “{ $words }”, which is not one of the parties. Use a reference to the party so the name follows the list of parties.
finding-name-in-text-not-a-party-2 = The text names “{ $words }”, but nobody signing the agreement has that title. Use a reference to the title so the text follows who signs.
finding-outdated-wording = “{ $words }” is out of date. { $note } Write “{ $current }”.
finding-region-unclear = The meeting body “{ $body }” has a region without a name. Write the region's name, or remove the line.
finding-region-unclear-2 = The meeting body “{ $body }” has the region “{ $region }” twice. Each region holds its own meetings; remove one.
finding-region-not-covered = The agreement reaches the region “{ $region }”, but no meeting body is held there and no measure or contact person is tied to it. Add the region to a meeting body, a measure or a contact person, or remove it from the regions.
finding-considered-not-found = A warning ({ $code }) is marked as considered (“{ $reason }”) but is no longer found. Remove the mark, or see whether the warning is now about something else.
finding-3 = An empty row in the glossary is not printed. Fill in the term and the definition, or remove the row.
finding-4 = Term missing: a definition without a term is not printed. Fill in the term, or remove the row.
finding-5 = Definition missing: the term “{ $term }” is not printed without a definition. Fill in the definition, or remove the row.
finding-glossary-not-shown = The glossary has { $terms } { $terms ->
        [one] term
       *[other] terms
    }, but no section shows it. It prints as a separate, unnumbered part before the signatures. Add a section for the glossary, or remove the terms under “Glossary” if they are not meant to be included.

## considered_because

considered-because = considered: “{ $reason }”

## considered_count

considered-count = { $n } considered

## load_problem

load-problem-not-found = The file does not exist.
load-problem-is-directory = This is a folder, not a file. Choose an agreement file (*.avtale.yaml).
load-problem-unreadable = The file cannot be read ({ $detail }).
load-problem-too-large = The file is too large ({ $size } MiB). Avtale reads files of up to { $limit } MiB.
load-problem = The file is not valid UTF-8 text. Save it as UTF-8, or open the right file.
load-problem-empty = The file is empty.
load-problem-no-format-version = The file does not start with a format version (“format: 1”). Is this an Avtale agreement file?
load-problem-newer-format = The file was made by a newer version of Avtale (format { $found }); this version reads format { $supported }. Update Avtale to open it. The file has not been changed.
load-problem-duplicate-section-id = Two sections have the same id “{ $id }”. Each section needs its own id.
load-problem-duplicate-party-id = Two parties have the same id “{ $id }”. Each party needs its own id.
load-problem-bad-id = Invalid id “{ $id }”. An id may only have letters, digits, hyphens, underscores and full stops.
load-problem-several-clause-kinds = A section can hold only one kind of structured content, but this one has { $list }. Split it into several sections.
load-problem-2 = Nynorsk
load-problem-3 = Bokmål
load-problem-4 = The template lacks a title, guidance or questions in { $name }.
load-problem-unknown-check = Unknown check code “{ $code }”.
load-problem-undeclared-parameter = The placeholder {"{"}{"{"}{ $name }{"}"}{"}"} is not declared as a parameter of the template.
load-problem-template-data = The template's data does not fit its type ({ $detail }).
load-problem-unknown-template = Unknown template “{ $id }”.
load-problem-duplicate-term-id = The term bank has two terms with the id “{ $id }”.
load-problem-duplicate-term = “{ $term }” belongs to two terms in the term bank.
load-problem-incomplete-term = The term “{ $id }” in the term bank lacks its term, definition or source in Bokmål or Nynorsk.

## yaml_problem

yaml-problem-unknown-field = Unknown field “{ $field }”. Valid fields here: { $list }.
yaml-problem-missing-field = The field “{ $field }” is missing.
yaml-problem-unknown-value = Unknown value “{ $value }”. Valid values: { $list }.
yaml-problem-wrong-type = Wrong type: { $expected } belongs here.
yaml-problem-wrong-type-2 = Wrong type: found { $found }, expected { $expected }.
yaml-problem-bad-time = Invalid time “{ $text }”. Write it as 2026-03-01T10:15:00+01:00.
yaml-problem-duplicate-key = The field “{ $key }” appears twice.
yaml-problem-too-complex = The file is too complex to read safely (nested too deeply, too many elements or too many aliases). Was it made by Avtale?
yaml-problem-other = YAML error: { $message }.

## type_name

type-name = the text { $rest }
type-name-2 = the number { $rest }
type-name-3 = the boolean { $rest }
type-name-4 = a whole number
type-name-5 = a number
type-name-6 = text
type-name-7 = a list
type-name-8 = true or false
type-name-9 = fields
type-name-10 = no value
type-name-11 = fields
type-name-12 = one of the valid values
type-name-13 = a list

## save_failed

save-failed = Could not save ({ $detail }). The previous version of the file is kept.

## restored_revision

restored-revision = Restored revision { $n }

## export_over_agreement

export-over-agreement = Not saved: the file you chose is the agreement file itself. Choose another file name for the export.

## no_open_agreement

no-open-agreement = No agreement is open.

## history_would_be_lost

history-would-be-lost = Not saved: the file on disk has { $on_disk } revisions, and { $lost } of them are missing from the agreement you have open (saved from another window, edited by hand, or an older copy). Saving now would remove them. The file is unchanged; use “Save as” to save your version in a new file.

## disk_full

disk-full = Could not save: the disk is full. The previous version of the file is kept. Free some space, or save elsewhere with “Save as”.

## file_locked

file-locked = The file is open for editing in another window or program. Close it there first, so nobody overwrites the other's changes.
file-locked-by = The file is open for editing in another window or program (process { $pid }). Close it there first, so nobody overwrites the other's changes.

## lock_failed

lock-failed = Could not lock the file for editing ({ $detail }).

## cadence

cadence-per-year = once a year
cadence-per-year-2 = { $n } times a year
cadence-per-month = once a month
cadence-per-month-2 = { $n } times a month
cadence-per-week = once a week
cadence-per-week-2 = { $n } times a week
cadence-every-weeks = every week
cadence-every-weeks-2 = every other week
cadence-every-weeks-3 = every { $n } weeks
cadence-months = in months not yet chosen
cadence = in { $list }
cadence-as-needed = as needed
cadence-as-needed-2 = as needed: { $trigger }

## in_each_region

in-each-region = in each region

## join_list

join-list = and

## kind

kind-hovedavtale = Main agreement
kind-underavtale = Sub-agreement
kind-handlingsplan = Action plan
kind-partnerskapsavtale = Partnership agreement

## status

status-utkast = Draft
status-til-godkjenning = For approval
status-godkjent = Approved
status-signert = Signed
status-gjeldende = In force
status-utlopt = Expired

## party_kind

party-kind-nav-fylke = Nav county office
party-kind-nav-kontor = Nav office
party-kind-fylkeskommune = County authority
party-kind-skole = School
party-kind-kommune = Municipality
party-kind-ks = KS
party-kind-annen = Other

## level

level-strategisk = Strategic
level-operativ = Operative

## category

category-eget = Your own section
category-grunnlag = Foundation
category-malgruppe-og-mal = Target groups and goals
category-ansvar = Responsibility
category-samarbeid = Cooperation
category-informasjon = Information
category-okonomi = Finances
category-oppfolging = Follow-up
category-avslutning = Closing

## renewal

renewal = The agreement renews itself for { $years } years at a time unless a party gives notice.
renewal-2 = The agreement renews itself unless a party gives notice.
renewal-3 = The agreement is renewed only by a new agreement between the parties.

## chain_error

chain-error-out-of-order = The history has been altered: revision { $n } stands where revision { $expected } belongs. A revision was removed or moved.
chain-error-wrong-parent = The history has been altered: revision { $n } does not refer to the revision before it. A revision was removed, moved or replaced.
chain-error-edited = The history has been altered: the content of revision { $n } was changed after it was saved.
chain-error-missing-section = The history is damaged: a section of revision { $n } is missing from the file ({ $key }).
chain-error-unknown-scheme = Revision { $n } was saved by a newer version of Avtale (hash scheme { $scheme }) and cannot be checked with this one. Update Avtale.

## workflow_error

workflow-error-transition = The status cannot go from “{ $from }” to “{ $to }”. The order is draft, for approval, approved, signed, in force, expired; an agreement can always go back to draft.
workflow-error-no-such-revision = There is no revision { $n }.
workflow-error-nothing-to-commit = Nothing has changed since the last revision. Give a new status or a name to save a revision anyway.
workflow-error-not-committed = The agreement has no revision yet. Save a revision first, so the renewal can be compared with it.
workflow-error-uncommitted-changes = The agreement has changes not saved as a revision. Save them as a revision or discard them before renewing.
workflow-error-open-ended = The agreement has no end date, so there is no next period to renew into. Set an end date under “Period”.
workflow-error-reason-without-text = The reason “other” needs an explanation: say what the reason is.
workflow-error-register-status = An agreement can only be registered as signed or in force.
workflow-error-signed-before = The agreement has been signed in Avtale before and cannot be registered as signed in one step. The status moves one step at a time: draft, for approval, approved, signed.
workflow-error-no-signatures = The agreement has no signatures section to record the signing in. Add the “Signatures” section first.
workflow-error-signing-missing = Give the date and place { $party } signed.
workflow-error-does-not-sign = “{ $party }” is not among the parties that sign the agreement.
workflow-error-open-errors = The agreement cannot take the status “{ $to }”: the checks find { $n } { $n ->
        [one] error
       *[other] errors
    }. Fix them first, or accept them with a reason that is saved in the revision.

## reason_kind

reason-kind-evaluering = Evaluation
reason-kind-omorganisering = Reorganisation
reason-kind-nye-regler = New law or new rules
reason-kind-periodens-slutt = End of the period
reason-kind-annet = Other

## revision_notes

revision-notes = Reason

## registered_revision

registered-revision = Registered as { $to }: the agreement was signed before it reached Avtale

## registered_note

registered-note = Registered, not taken through the approval in Avtale

## signed_syntax

signed-syntax = “{ $text }”: write --signed PARTY=DATE,PLACE, for example --signed nav=2021-03-01,Bergen

## accept_errors_hint

accept-errors-hint = Fix the errors (avtale check), or accept them with --accept-errors "REASON".

## print_refused_hint

print-refused-hint = Fix the errors and save a new revision, or accept them: avtale commit FILE --name NAME --accept-errors "REASON". A draft: --draft.
print-refused-hint-2 = Print a draft with --draft, or fix the errors (avtale check).

## renewed_revision

renewed-revision = Renewed for the period { $from } to { $to }

## bad_date

bad-date = Invalid date “{ $text }”. Write it as YYYY-MM-DD, for example 2026-03-01.

## move_error

move-error-ends-before-start = The period { $from } to { $to } ends before it starts. The end date must come after the start date.
move-error-frozen = The agreement has the status “{ $s }”, and the text of a signed agreement is not changed. Renew the agreement to start the next period, or save a revision with the status draft before moving the period.

## step_words

step-words-months = 1 month
step-words = { $n } months
step-words-days = 1 day
step-words-days-2 = { $n } days
step-words-2 = back
step-words-3 = forward
step-words-years = { $years } { $years ->
        [one] year
       *[other] years
    }

## dates_moved

dates-moved = The dates moved { $by }.

## nothing_moved

nothing-moved = The period is the same as before. No dates moved.

## after_period_end

after-period-end = after the end of the period

## new_draft_after_signing

new-draft-after-signing = The agreement was signed. The changes were saved as a new draft; the signed version stays unchanged in the history.

## latest_revision

latest-revision = Newest revision: { $number } ({ $short }), hash { $full }

## printed_revision_found

printed-revision-found = The PDF shows revision { $number } ({ $short }), and that revision is in the file's history, unchanged.

## printed_revision_none

printed-revision-none = The PDF shows no saved revision: it was printed from changes not saved as a revision, or it was not made by Avtale.

## printed_other_agreement

printed-other-agreement = The PDF is of another agreement than the file (their identities differ).

## printed_revision_different

printed-revision-different = Revision { $number } in the file ({ $here }) is not the revision { $number } of the PDF ({ $printed }). The PDF was made from another copy of the agreement.

## printed_revision_missing

printed-revision-missing = The PDF shows revision { $number }, but the file only has revisions up to { $latest }. The file was cut back to an earlier revision, or the PDF was made from a newer copy.
printed-revision-missing-2 = The PDF shows revision { $number }, but the file has no saved revisions.

## pdf_not_a_pdf

pdf-not-a-pdf = The file is not a PDF.

## pdf_no_metadata

pdf-no-metadata = Could not read the PDF's metadata, so which revision it shows cannot be told.

## pdf_claims_several

pdf-claims-several = The PDF's metadata names more than one revision; the PDF was changed after it was made.

## no_revisions

no-revisions = The agreement has no saved revisions yet. Save the first with “avtale commit”.

## revision_saved

revision-saved = Revision { $number } saved.

## alternating

alternating = in turn between

## diff_summary

diff-summary = No changes.
diff-summary-changed = { $n } { $n ->
        [one] section changed
       *[other] sections changed
    }
diff-summary-moved = { $n } moved
diff-summary-renamed = { $n } renamed
diff-summary-added = { $n } added
diff-summary-removed = { $n } removed
diff-summary-other = { $n } { $n ->
        [one] other change (details, parties, glossary)
       *[other] other changes (details, parties, glossary)
    }

## diff_title

diff-title = Changes

## diff_new

diff-new = new

## diff_gone

diff-gone = removed

## diff_section_added

diff-section-added = new section

## diff_section_removed

diff-section-removed = removed

## diff_section_moved

diff-section-moved = moved from { $from } to { $to }

## diff_section_renamed

diff-section-renamed = was “{ $old }”

## diff_section_changed

diff-section-changed = changed

## not_same_agreement

not-same-agreement = The files are not versions of the same agreement (their agreement ids differ). Compare two revisions of one file, or two files made from the same agreement.

## diff_before

diff-before = Before

## diff_after

diff-after = After

## pdf_subject

pdf-subject = Cooperation agreement ({ $kind }) between { $parties }, { $period }

## matrix_title

matrix-title = Who does what

## matrix_legend

matrix-legend = ● responsible, ○ takes part (owns the role or supports).

## pdf_short_title

pdf-short-title = Short version: { $title }

## pdf_short_note

pdf-short-note = Who does what under the agreement: roles and tasks, meeting bodies and contacts. The full agreement takes precedence over this overview.

## pdf_redline_title

pdf-redline-title = Changes to { $title }

## pdf_redline_versions

pdf-redline-versions = From { $from } to { $to }

## pdf_redline_legend

pdf-redline-legend = Struck-through text is removed.
pdf-redline-legend-2 = Underlined text is added.
pdf-redline-legend-3 = Moved sections are marked with a bar in the margin.

## pdf_redline_overview

pdf-redline-overview = What changed

## pdf_version

pdf-version = revision { $n } of { $file }

## pdf_needs_output

pdf-needs-output = Name the file to write the PDF to, with -o FILE.pdf.

## pdf_field

pdf-field = Field

## pdf_page

pdf-page = Page

## pdf_of

pdf-of = of

## pdf_draft

pdf-draft = DRAFT

## pdf_revision

pdf-revision = Revision { $number } ({ $hash })

## pdf_after_revision

pdf-after-revision = Changed after revision { $number } – not saved as a revision

## pdf_contents

pdf-contents = Contents

## pdf_failed

pdf-failed = Could not make the PDF. This is a bug in Avtale; please report it with the file.

## word_file_problem

word-file-problem = { $file }: { $reason }

## word_not_docx

word-not-docx = The file is not a Word document (.docx).

## word_encrypted

word-encrypted = The document is password-protected. Open it in Word, remove the password (File › Info › Protect Document) and save it again.

## word_old_format

word-old-format = The document is in the old Word format (.doc). Open it in Word and save it as a Word document (.docx).

## word_too_large

word-too-large = The document grows beyond { $limit_mib } MiB when unpacked and is not read.

## word_unreadable

word-unreadable = The document is damaged and cannot be read. Open it in Word and save it again.

## word_failed

word-failed = Could not make the Word document. This is a bug in Avtale; please report it with the file.

## import_preamble_title

import-preamble-title = Introduction

## import_default_title

import-default-title = Cooperation agreement

## import_report_heading

import-report-heading = { $file }: { $sections } sections imported.

## import_report_section

import-report-section = { $title } (template: { $template })
import-report-section-2 = { $title } (no template)

## import_no_template

import-no-template = No template

## import_parties

import-parties = The parties were not found in the text: fill them in under Details.
import-parties-2 = Parties found in the text: { $names }.

## import_period

import-period = Agreement period found in the text: { $period }.
import-period-2 = The agreement period was not found in the text: fill it in under Details.

## import_left_out_heading

import-left-out-heading = Left out or changed in form:

## import_left_out

import-left-out = Image
import-left-out-2 = Drawing or shape
import-left-out-3 = Text box
import-left-out-4 = Field (table of contents, page number, date or cross-reference)
import-left-out-5 = Footnote
import-left-out-6 = Header
import-left-out-7 = Footer
import-left-out-8 = Symbol
import-left-out-9 = Comment
import-left-out-10 = Tracked changes taken as shown (insertions kept, deletions removed)
import-left-out-11 = Numbers removed from the headings (Avtale numbers the sections itself)
import-left-out-12 = Table with merged or nested cells made into a simple table

## import_written

import-written = Wrote { $file }.

## pdf_place_and_date

pdf-place-and-date = Place and date

## pdf_signed_not_draft

pdf-signed-not-draft = The agreement is signed and cannot be printed as a draft.

## pdf_missing_glyphs

pdf-missing-glyphs = Could not make the PDF: Avtale's font lacks the characters { $list }, and an archival document (PDF/A) cannot miss characters. Write the text with other characters, or remove them.

## action_plan_missing

action-plan-missing = The action plan for { $year } is missing: the main agreement applies in { $year }, but no action plan in the family covers the year. Make an action plan for { $year } and link it to the main agreement.

## period_length

period-length = and
period-length-2 = just over
period-length-years = { $years } { $years ->
        [one] year
       *[other] years
    }
period-length-months = { $months } { $months ->
        [one] month
       *[other] months
    }

## in_days

in-days = today
in-days-2 = tomorrow
in-days-3 = in { $n } days

## reminder_period_ends

reminder-period-ends = The agreement expires { $when } ({ $date }).

## reminder_evaluation

reminder-evaluation = The agreement is to be evaluated { $when } ({ $date }).

## reminder_notice_deadline

reminder-notice-deadline = The deadline to end the agreement or stop its renewal runs out { $when } ({ $date }).

## calendar_error

calendar-error-period-ends-before-start = Cannot make the meeting calendar: the agreement period ends before it starts. Correct the start or end date.
calendar-error-period-too-long = Cannot make a meeting calendar for an agreement period longer than { $max_years } years. Correct the end date.

## holiday

holiday-new-years-day = New Year's Day
holiday-maundy-thursday = Maundy Thursday
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-constitution-day = Constitution Day
holiday-ascension-day = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-whit-monday = Whit Monday
holiday-christmas-day = Christmas Day
holiday-boxing-day = Boxing Day

## meeting_break

meeting-break-summer = Summer holiday
meeting-break-christmas = Christmas holiday
meeting-break-easter = Easter week

## reference_label

reference-label-county = The county
reference-label-period = The period
reference-label = First day of the period
reference-label-2 = Last day of the period
reference-label-period-date = End of the first half-year
reference-label-period-date-2 = One year before the period ends
reference-label-period-date-3 = Six months before the period ends
reference-label-period-length = How long the agreement runs
reference-label-first-year = The year the period starts
reference-label-last-year = The year the period ends
reference-label-cadence = How often { $body } meets
reference-label-chair = Who chairs { $body }
reference-label-next-evaluation = The date of the next evaluation
reference-label-party = The name of the party “{ $party }”
reference-label-signatory = Who signs for { $party }
reference-label-title = The title of who signs for { $party }

## reference_unknown

reference-unknown-next-evaluation = Unknown reference

## reference_group

reference-group-period = The period
reference-group-parties = The parties
reference-group-meetings = The meetings

## recent_gone

recent-gone = The file is no longer there (moved, renamed or deleted).

## merge_source_revision

merge-source-revision = revision { $n }

## merge_source_revisions

merge-source-revisions = revision { $old } to { $new }

## merge_source_file

merge-source-file = the file { $name } (from revision { $n })
merge-source-file-2 = the file { $name }

## merge_source_word

merge-source-word = the Word file { $name } (from revision { $revision })

## merged_revision

merged-revision = Accepted changes from { $source }

## merge_error

merge-error-no-such-change = The change is no longer there. Compare again.
merge-error-conflict = Your draft changed the same text. Choose “Keep mine” or “Take theirs”.
merge-error-no-place = The section the change belongs to is no longer in the draft.
merge-error-does-not-fit = The change does not fit the rest of the section in the draft. Accept the section's other changes first.

## word_edited_no_stamp

word-edited-no-stamp = { $file }: The document was not exported by Avtale (its properties name no agreement and revision), so it cannot be compared with a revision. Use “Import from Word” to read it in as a new agreement.

## word_edited_other_agreement

word-edited-other-agreement = { $file }: The document was exported from another agreement (id “{ $theirs }”), not from this one (id “{ $ours }”).

## word_edited_no_revision

word-edited-no-revision = { $file }: The document was exported from a draft not saved as a revision. Name the revision it rests on: FILE@N.

## word_edited_unknown_revision

word-edited-unknown-revision = { $file }: The document was exported from revision { $n }, which is not in the agreement's history.

## word_edited_hash_mismatch

word-edited-hash-mismatch = { $file }: The document says it is revision { $n }, but it does not match revision { $n } in the history (another copy of the agreement?). Name the revision yourself: FILE@N.

## word_edited_author_line

word-edited-author-line = inserted
word-edited-author-line-2 = deleted
word-edited-author-line-3 = Tracked change by { $author }: { $parts }

## word_edited_comment_line

word-edited-comment-line = Comment by { $author }{ $on }: { $text }

## word_edited_unplaced_line

word-edited-unplaced-line = removed
word-edited-unplaced-line-2 = added
word-edited-unplaced-line-3 = Could not be placed back into the agreement, carry it over by hand: { $what }

## word_edited_outside

word-edited-outside = Outside the sections (title and cover)

## word_edited_notes_only

word-edited-notes-only = comments

## considered_in_print

considered-in-print = Considered: { $n } { $n ->
        [one] warning does not apply or was
       *[other] warnings do not apply or were
    } weighed by the parties: { $list }

## accepted_errors

accepted-errors = Checks: { $n } { $n ->
        [one] error
       *[other] errors
    } ({ $codes }) not fixed when the agreement took the status “{ $to }”. Accepted because: “{ $reason }”.

## print_refused

print-refused = The agreement has { $errors } { $errors ->
        [one] error
       *[other] errors
    } and can only be printed as a draft. Fix them, or save a revision that accepts them with a reason.

## history_intact

history-intact = The history is intact: { $revisions } { $revisions ->
        [one] revision
       *[other] revisions
    }, none edited, removed or moved.

## yes_no

yes = yes
no = no

## period_words

until-further-notice = until further notice

## title_move_line

title-move-line = { $title }: “{ $from }” → “{ $to }”

## pdf_keywords

pdf-keywords = cooperation agreement, Nav, county authority

## field_name

field-title = Title
field-kind = Kind
field-county = County
field-municipality = Municipality
field-language = Language
field-period = Period
field-from = From
field-to = To
field-renewal = Renewal
field-automatic = Automatic
field-years = Years
field-notice-months = Notice (months)
field-status = Status
field-baseline = Baseline
field-source = Source
field-shared = Shared goal
field-value = Value
field-parent = Belongs under
field-areas = Areas of cooperation
field-file = File
field-additional-parties = Additional parties
field-party = Party
field-parties = Parties
field-organisation = Organisation
field-unit = Unit
field-signatory = Signed by
field-contact = Contact person
field-deputy = Deputy
field-name = Name
field-email = E-mail
field-phone = Phone
field-role = Role
field-roles = Role
field-tasks = Task
field-task = Task
field-responsible = Responsible
field-deadline = Deadline
field-meetings = Meeting body
field-level = Level
field-purpose = Purpose
field-members = Member
field-chair = Chair
field-cadence = Cadence
field-hours = Hours per meeting
field-agenda = Standing items
field-minutes = Minutes
field-mandate = Mandate
field-group = Group
field-deliverables = Deliverables
field-authority = Authority
field-reports-to = Reports to
field-leader = Leader
field-boundaries = Boundary
field-area = Area
field-lead = Lead
field-support = Supports
field-handover = Handover
field-steps = Steps
field-action = What happens
field-target-groups = Target group
field-definition = Definition
field-age = Age
field-criteria = Criteria
field-goals = Goals
field-goal = Goal
field-indicator = Indicator
field-target = Target
field-measures = Measures
field-description = Description
field-start = Start
field-contacts = Contact
field-information-sharing = Information sharing
field-personal-data = Shares personal data
field-legal-basis = Legal basis
field-consent = Consent
field-given-by = Given by
field-written = Written
field-scope = Scope
field-withdrawal = Withdrawal
field-finances = Finances
field-contribution = Contribution
field-amount-nok = Amount (NOK)
field-reporting = Report
field-report = Report
field-evaluation = Evaluation
field-next = Next evaluation
field-questions = Questions
field-termination = Termination
field-signatures = Signatures
field-annexes = Annexes
field-reference = Reference
field-term = Term
field-glossary = Glossary
field-show = Shows
field-template = Template
field-meta = About the agreement
field-id = Id

## label

label-kind = Kind of agreement
label-county = County
label-municipality = Municipality
label-period = Period
label-status = Status
label-parties = Parties
label-party = Party
label-unit = Unit
label-signatory = Signed by
label-contact = Contact person
label-deputy = Deputy
label-role = Role
label-task = Task
label-responsible = Responsible
label-deadline = Deadline
label-meeting-body = Meeting body
label-level = Level
label-members = Members
label-chair = Chair
label-cadence = Frequency
label-minutes = Minutes
label-agenda = Standing items
label-purpose = Purpose
label-deliverables = Deliverables
label-authority = Authority
label-reports-to = Reports to
label-leader = Leader
label-area = Area
label-lead = Lead
label-support = Contributes
label-handover = Handover
label-step = Step
label-target-group = Target group
label-definition = Definition
label-age = Age
label-criteria = Criteria
label-goal = Goal
label-indicator = Indicator
label-baseline = Baseline
label-source = Source
label-target = Target value
label-measure = Measure
label-start = Start
label-contribution = Contribution
label-amount = Amount per year
label-report = Report
label-from = From
label-to = To
label-next-evaluation = Next evaluation
label-evaluation-responsible = Responsible for the evaluation
label-questions = Questions the evaluation answers
label-notice = Notice period
label-place-and-date = Place and date
label-glossary = Glossary
label-term = Term
label-personal-data = Shares personal data
label-legal-basis = Legal basis
label-consent = Consent
label-given-by = Given by
label-written = Written
label-scope = Scope
label-withdrawal = Withdrawal
label-renewal = Renewal
label-reference = Reference
label-phone = Phone
label-email = E-mail
label-yes = Yes
label-no = No
label-years = years
label-months = months
label-until-further-notice = until further notice
label-alternating-between = taking turns between
label-builds-on = Rests on
label-replaces = Replaces
label-related-to = Relates to
label-makes-concrete = Makes concrete
label-sub-agreements = Sub-agreements
label-action-plans = Action plans
label-regions = Held in
label-region = Region
label-nav-offices = Nav offices
label-municipalities = Municipalities
label-tagged-regions = Regions

## dates

month-name-1 = January
month-name-2 = February
month-name-3 = March
month-name-4 = April
month-name-5 = May
month-name-6 = June
month-name-7 = July
month-name-8 = August
month-name-9 = September
month-name-10 = October
month-name-11 = November
month-name-12 = December
date-long = { $day } { $month } { $year }
date-time = { $date }, { $hour }:{ $minute }

## days_ago

days-ago = today
days-ago-2 = yesterday
days-ago-3 = { $n } days ago

## reminder_measure_due

reminder-measure-due = The measure «{ $measure }» is to be done { $when } ({ $date }).

## reminder_measure_starts

reminder-measure-starts = The measure «{ $measure }» is to start { $when } ({ $date }).

## reminder_report_due

reminder-report-due = The report «{ $report }» is due { $when } ({ $date }).

## reminder_meeting

reminder-meeting = { $body } meets { $when } ({ $date }).

## reminder_measure_late

reminder-measure-late = The measure «{ $measure }» was to be done { $when } ({ $date }) but is { $status }.

## reminder_evaluation_late

reminder-evaluation-late = The agreement was to be evaluated { $when } ({ $date }), but no evaluation is recorded.

## reminder_report_late

reminder-report-late = The report «{ $report }» was due { $when } ({ $date }) but is not recorded as given.

## reminder_contact_unconfirmed

reminder-contact-unconfirmed = The contact person { $name } has not been confirmed since { $since }. Check that it is still the right person.

## reminder_signatory_changed

reminder-signatory-changed = { $party } has a new signatory: { $then } signed the agreement, now it says { $now }. Consider signing the agreement again.

## measure_status

measure-status-planlagt = Planned
measure-status-pagar = Ongoing
measure-status-ferdig = Done
measure-status-forsinket = Delayed
measure-status-stoppet = Stopped

## goal_kind

goal-kind-effekt = Effect goal
goal-kind-resultat = Result goal
goal-kind-prosess = Process goal

## note_kind

note-kind-god-praksis = Good practice
note-kind-beslutning = Decision needed

## The status report and the per-party extract

report-title = Status report: { $title }
extract-title = Extract for { $party }: { $title }
report-tertial = Tertial { $n } { $year }
report-span = { $from }–{ $to }
report-span-same-year = { $day } { $month }–{ $to }
report-dated = { $value } ({ $date })
report-made = Made
report-for = For
report-follows-up = Follows up
report-summary = Summary
report-goals = Goals
report-measures = Measures
report-late = Delayed, and why
report-good-practice = Good practice
report-decisions = Matters for decision
report-meetings = Meetings and reports
report-none-in-period = None recorded in the period.
report-latest = Latest figure
report-figures-in-period = Figures in the period
report-note = Note
report-updated = Updated
report-last-held = Last held
report-decided = Decided
report-next-meeting = Next meeting
report-last-given = Last given
report-missed = Not given
report-next-due = Next due
report-summary-text = The agreement has { $measures } { $measures ->
        [one] measure
       *[other] measures
    }. { $late ->
        [0] No measure is delayed.
        [one] One measure is delayed or past its deadline.
       *[other] { $late } measures are delayed or past their deadline.
    } In the period, { $notes ->
        [0] no good practice was
        [one] one good practice was
       *[other] { $notes } good practices were
    } noted, and { $decisions ->
        [0] no matters
        [one] one matter
       *[other] { $decisions } matters
    } for decision.
report-status-late = { $status }, past its deadline
report-late-measure = { $status }, deadline { $deadline }. { $because }
report-late-measure-2 = { $status }. { $because }
report-no-reason = No reason is given.
extract-tasks = Tasks the party is responsible for
extract-bodies = Meeting bodies the party sits in
extract-reports = Reports
extract-their-members = Attending for the party
extract-none = None for this party.
extract-note = What the party is responsible for under the agreement, for its business plan: tasks, measures, meetings, goals and reports. The full agreement takes precedence over this extract.
report-bad-period = The period “{ $text }” cannot be used. Give --from and --to as YYYY-MM-DD (--to not before --from), --tertial YYYY-N (N is 1, 2 or 3) or --year YYYY.
extract-unknown-party = The agreement has no party “{ $party }”. Its parties are: { $parties }.
