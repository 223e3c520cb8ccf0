# The page's words: every text the interface shows that the core does not give it.

## General

appName = Avtale
loading = Loading …
language = Language
couldNotOpen = Could not open the agreement
couldNotSave = Could not save

## Start screen

startHeading = Cooperation agreements between Nav, the county authority and the municipalities
newAgreement = New agreement
openAgreement = Open …
openDialogTitle = Open agreement
importWord = Import from Word …
importDialogTitle = Import agreement from Word
couldNotImport = Could not import the Word document
importHeading = Import “{ $title }”
importSection = Section
importTemplateFor = Template for { $title }
importKeepsText = Each section keeps the Word document's text; the template adds guidance and checks.
importOpen = Open the agreement
recentFiles = Recent files
noRecent = No recent agreements.
chooseStarter = What kind of agreement?
sectionsCount = { $n } { $n ->
        [one] section
       *[other] sections
    }
countyHint = For example Vestland
municipalityHint = For example Bergen
agreementLanguage = Language of the agreement
bokmal = Bokmål
nynorsk = Nynorsk
create = Create the agreement
cancel = Cancel
recoveryFound = Avtale did not close normally last time. There is an autosaved copy of “{ $title }”.
recover = Recover
discard = Discard the copy

## Editor chrome

save = Save
saveAs = Save as …
saveDialogTitle = Save the agreement
saved = Saved
unsaved = Unsaved
exportPdf = Export PDF
exportDialogTitle = Save PDF
exported = PDF saved: { $path }
exportHeading = Export PDF
exportWhole = The whole agreement
exportShort = Short version: who does what, on one page
exportPages = { $pages } pages
exportPrinting = Printed as: { $what }
exportOnePage = 1 page
exportDraftNote = The agreement is not signed, so every page is marked “UTKAST” (draft).
exportArchiveNote = PDF/A-2a: for archiving, with embedded fonts and structure for screen readers.
exportPreviewAlt = The first page of the PDF
exportLoading = Making the preview …
exportSave = Save PDF …
exportWord = Export Word …
exportWordNote = Word: an editable document for those who do not use Avtale. It names the agreement and revision, so an edited copy can be compared later.
exportWordDialogTitle = Save Word document
exportedWord = Word document saved: { $path }
exportSaveDraft = Save a draft PDF …
undo = Undo
redo = Redo
home = Start page
showPreview = Preview
showEditor = Edit
documentView = Document view
documentViewHelp = Write in the agreement as it will print; lists are tables, and remarks stand in the margin. The forms have every detail.

## Outline

sections = Sections
addSection = Add section
deleteSection = Delete section
sectionDeleted = Section “{ $title }” deleted.
outlineHelp = Drag to move, or use Alt+Up/Down.
outlineRemarks = Remarks: { $n }

## Template picker

pickTemplate = Choose a template for the new section
whatItCovers = What this clause covers
toConsider = To consider
templateGuidance = Guidance from the template
addThis = Add this section
close = Close

## Agreement details

periodFrom = Valid from
periodTo = Valid until
moveDatesQuestion = The period changed. Move the dates in the agreement { $step } too?
moveDatesHelp = These move with the period. Dates written in the text do not move. You can undo the move with Ctrl+Z.
moveDates = Move the dates
keepDates = Change the period only
parentTitle = Belongs under (main agreement)

## Parties

addParty = Add party
removeParty = Remove party
signatoryName = Signed by (name)
signatoryTitle = Position
newPartyName = New party

## Section editor

sectionTitle = Heading
sectionText = Text (Markdown)
markdownHelp = A blank line starts a paragraph, “- ” a bullet list, **bold** bold text. “Insert” adds dates, names and meeting cadences that follow the agreement's data.
generatedPart = This section also shows a part of the agreement made automatically: { $what }.
g_parties = the parties
g_period = the period
g_glossary = the glossary
g_references = the agreements it rests on and refers to
g_regions = the regions the agreement reaches
remove = Remove
rowMore = More
rowActions = Row actions
pastedRows = { $n } { $n ->
        [one] row
       *[other] rows
    } pasted into “{ $list }”
sectionPreview = How the section reads
none = (none)
onePerLine = One per line
dateHint = dd.mm.yyyy
dateInvalid = Write the date as day.month.year, for example 1.3.2027.
numberInvalid = Write a number, for example 1.5.
wholeNumberInvalid = Write a whole number, for example 12.

## Clause kinds and their fields

kRoles = Roles and tasks
kBoundaries = Boundaries
kMeetings = Meeting bodies
kTargetGroups = Target groups
kContacts = Contact persons
kInformationSharing = Information sharing and consent
kReporting = Reporting
addRole = Add role
addTask = Add task
addMember = Add member
addBoundary = Add area
addMeeting = Add meeting body
addStep = Add step
addTargetGroup = Add target group
addGoal = Add goal
addMeasure = Add measure
addContact = Add contact
addFinance = Add contribution
addReport = Add report
addAnnex = Add annex
addTerm = Add term
fTasks = Tasks
fResponsible = Responsible party
fDeadline = Deadline (date)
fHours = Length of a meeting (hours)
fRegions = Regions or places (each holds its own meetings; empty: one joint meeting)
fAgeFrom = From (years)
fAgeTo = To (years)
fSigningParties = Signing parties (none ticked: every party signs)
fSigningPlace = Place of signing
fSigningDate = Date of signing
references = Other agreements
referencesHelp = Agreements this one rests on, replaces or relates to. They print on the cover and in the background.
addReference = Add agreement
addRegion = Add region
regionsHelp = The regions of the county the agreement reaches, with Nav offices and municipalities. Meeting bodies, measures and contact persons are tied to the regions, and Avtale warns about a region none of them reaches.
takeRegions = Fetch the regions of { $county }
regionsSource = Source: { $source }
fRelation = Relation
fAgreementDate = Date
fAgreementFile = File or archive reference

## Levels, holders, cadence

holderOne = One party
holderAlternating = In turn
cadencePerYear = times a year
cadencePerMonth = times a month
cadencePerWeek = times a week
cadenceEveryWeeks = every n weeks
cadenceMonths = in given months
cadenceKind = How often
cadenceCount = Number
cadenceTrigger = When (what triggers a meeting)
month1 = Jan
month2 = Feb
month3 = Mar
month4 = Apr
month6 = Jun
month7 = Jul
month8 = Aug
month9 = Sep
month10 = Oct
month11 = Nov
month12 = Dec

## How dates are written (lib/format.ts fills the slots)

dayOfMonth = { $day }

## Diagnostics and preview

diagnostics = Checks
noDiagnostics = No remarks.
counts = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
error = Error
warning = Warning
countsConsidered = {" "}({ $count } considered)
consider = Mark as considered
considerReason = Why does the warning not apply, or what have the parties weighed?
considerSave = Save
considered = Considered
consideredBecause = Reason: “{ $reason }”
unconsider = Remove the mark
forgetConsidered = Remove the mark
forgotConsidered = The mark is removed.
preview = Preview
goToField = Go to the field

## History and comparison

history = History
saveRevision = Save a revision
revisionHelp = A revision is a locked copy of the agreement as it is now, with who, when and why. It can be compared with others and brought back.
author = Your name
revisionMessage = What changed
revisionName = Name of the revision (optional)
revisionNameHint = For example “Sent for consultation”
newStatus = New status
keepStatus = Unchanged
commit = Save the revision
revisionReason = Why the revision is made
reasonNone = Not given
reasonText = In your own words
reasonTextHint = For example “after the evaluation in spring 2026” (needed for “Other”)
openErrorsHeading = The checks find errors
openErrorsList = The errors not fixed:
acceptReason = Why the agreement takes the status anyway (saved in the revision and printed in the PDF)
acceptErrors = Accept the errors and save
registerHeading = Register as signed
registerHelp = Give the date and place each party signed. It is saved as a revision, and the agreement's signatures show the dates and places.
registerOffer = Was the agreement signed before it reached Avtale? Then it can be registered as signed or in force in one step.
registerOpen = Register as signed …
signedDate = Date signed
signedPlace = Place
signedPlaceHint = For example Bergen
register = Register as signed
noRevisions = No revisions yet.
revisions = Revisions
revisionBy = { $author }, { $time }
compareWithNow = Compare with now
restore = Restore
renewHeading = Renew the agreement
renewHelp = Starts the next period: the period and every date in the agreement move forward by the same length, the rest of the text is kept, and the agreement becomes a draft. It is saved as a new revision, and the comparison below shows what moved.
renew = Renew for the next period
compare = Compare
currentText = Now (not saved as a revision)
revisionLabel = Revision { $n }
compareFile = Compare with another file …
compareWord = Compare with a Word file …
compareWordDialogTitle = Choose a Word file exported from this agreement
compareWordFrom = { $file } compared with revision { $n }, which it was exported from
compareWordAuthors = Tracked changes by: { $names }
compareWordComments = Comments: { $n }
compareWordUnplaced = These could not be placed back into the agreement and must be carried over by hand:
sideBySide = Side by side
showRevision = Show
revisionReadOnly = Revision { $n } (read-only)
frozenNotice = The agreement is { $status } in revision { $n }. That revision is locked; changes you make now are saved as a new draft.
nextChange = Next change
previousChange = Previous change
historyBroken = The history cannot be trusted

## Plain language

plainLanguage = Plain language
plainHelp = LIX measures how easy the text is to read: under 40 is easy, 40–50 medium, over 50 heavy (typical of public documents). Short, active sentences make the agreement easier to use.
plainWhole = The whole agreement: LIX { $lix }, { $words } words, { $long ->
        [one] { $long } long sentence
       *[other] { $long } long sentences
    }.
plainSection = Section
plainWords = Words
plainLong = Long sentences
plainPassive = Passive
# A share in per cent: Norwegian puts a (no-break) space before the sign.
percent = { $n }%
plainLongList = Sentences over 25 words
plainClearer = Plain language: the text reads more easily (LIX { $old } → { $new }).
plainHarder = Plain language: the text reads less easily (LIX { $old } → { $new }).
plainUnchanged = Plain language: as easy to read as before (LIX { $old } → { $new }).
addToGlossary = Add to the glossary
addedToGlossary = “{ $term }” was added to the glossary.
useReference = Use a reference: “{ $shows }”
replaceWords = Write “{ $with }”
replacedWords = “{ $words }” was replaced with “{ $with }”.
insertReference = Insert …
usedReference = “{ $words }” now follows the agreement's data.

## Who does what

family = Family of agreements
familyHelp = The main agreement sets the frame; sub-agreements and action plans belong under it and stay inside its period, parties and areas of cooperation. Here you see the whole family in the main agreement's folder, and whether each agreement fits.
familyLinkedTo = Belongs under “{ $title }” ({ $file }).
familyNotLinked = The agreement is not linked to the main agreement's file yet, so it cannot be checked against it.
familyLink = Link to main agreement …
familyPickMain = Choose the main agreement
familyArea = Area of cooperation in the main agreement
familyChooseArea = (choose an area)
familyAdditionalHelp = Tick parties that are not parties to the main agreement but join this one (a school or a Nav office, for example).
familyMain = The main agreement
familyMembers = Sub-agreements and action plans
familyNone = No sub-agreements or action plans in the folder refer to this main agreement.
familySaveFirst = Save the agreement in a folder first; the sub-agreements kept beside it are shown here.
familyOpen = Open
familyThisOne = this one
familyFits = Fits the main agreement.
familyUnreadable = Files that could not be read
matrixHelp = The agreement's tasks against the parties: ● responsible, ○ takes part (owns the role or supports). Every task needs one responsible party.
matrixInvolved = Takes part
matrixOwned = Responsible for
matrixEmpty = The agreement has no tasks yet. Add a section with roles and responsibilities.
matrixGap = “{ $task }” has no responsible party.
matrixOverlap = “{ $task }” appears in several places with different responsible parties.
matrixImbalance = { $party } is responsible for { $owns } of { $of } tasks. An agreement one party carries alone is weakly anchored in the other.
matrixFine = Every task has one responsible party, and responsibility is shared between the parties.
matrixGoTo = Go to

## The meeting calendar

calendar = Meeting calendar
calendarSummary = { $count } meetings from { $from } to { $to }.
calendarOpenEnded = The agreement has no end date; the calendar shows its first four years.
calendarRules = Meetings fall on Tuesday to Thursday, avoiding public holidays, Easter week, the summer break (weeks 27–32) and Christmas (20 December–2 January). Meetings without a length count as two hours.
calendarExport = Export to calendar (.ics) …
calendarExportTitle = Save the meeting calendar
calendarExported = Meeting calendar saved: { $path }
calendarYear = Year
calendarYearHours = { $count } { $count ->
        [one] meeting
       *[other] meetings
    }, { $hours } { $hours ->
        [one] hour
       *[other] hours
    }
calendarNone = No meetings
calendarAsNeeded = Meets as needed (not in the calendar)
calendarLoad = Meeting load
calendarLoadHelp = Hours a month in standing meetings. The studies show that too many meetings wear cooperation down; over { $limit } hours a month is marked.
calendarWho = Who
calendarAverage = Average hours/month
calendarPeak = Most in one month
calendarOver = Over the limit
calendarRoles = Roles
reminders = Reminders

## Closing with unsaved changes

closeTitle = Save the changes?
closeMessage = The agreement has unsaved changes.
saveAndClose = Save and close
closeWithoutSaving = Close without saving
leaveWithoutSaving = Discard the changes
keepEditing = Keep editing

## Accepting or rejecting each change of a comparison

mergeHeading = Take in changes from { $source }
mergeHelp = Accept a change to take it into your draft, or reject it. Each change you accept can be undone. Save the result as a new revision when you are done.
mergeLeft = Left to decide: { $n }
mergeNone = No changes to take in.
mergeDone = Every change has been dealt with.
mergeAccept = Accept
mergeReject = Reject
mergeKeepMine = Keep mine
mergeTakeTheirs = Take theirs
mergeAccepted = Accepted
mergeConflict = Conflict: your draft changed this too.
mergeTheirs = Their change
mergeMine = Your change
mergeDetails = Agreement details
mergeKind_text = Text
mergeKind_title = New title
mergeKind_added = Added
mergeKind_removed = Removed
mergeKind_moved = Moved
mergeSave = Save as a new revision

## Help: the menu, the user guide and what this copy of Avtale is

help = Help
helpGuide = User guide
helpAbout = About Avtale
guideOnlyBokmal = The user guide is in Norwegian (Bokmål) only.
aboutVersion = Version { $version }
aboutFormat = File format { $format }
aboutText = Avtale keeps agreements as files on this machine and sends nothing anywhere.

## The command palette (Ctrl+K)

paletteTitle = Go to or add
palettePlaceholder = Type to find a part, a section, a remark or a template
paletteAdd = Add: { $title }
paletteNone = Nothing found.
paletteFindText = Search the text for “{ $words }” (Ctrl+F)
paletteKindPart = Part
paletteKindSection = Section
paletteKindDiagnostic = Remark

## Find in the agreement (Ctrl+F)

findTitle = Find in the agreement
findPlaceholder = Find words anywhere in the agreement
findCount = { $total } { $total ->
        [one] match
       *[other] matches
    }
findPosition = { $n } of { $total } { $total ->
        [one] match
       *[other] matches
    }
findNext = Next match (Enter or F3)
findPrevious = Previous match (Shift+Enter or Shift+F3)
findHits = Matches
findMore = Showing the first { $shown } of { $total } matches.

## The follow-up view («Oppfølging»)

followupIntro = What you record here is kept in the agreement's file with your name and the time, outside the agreed text. No new revision is made, and the file is saved at once.
followupNeedName = Give your name before you record.
followupRecorded = Recorded and saved in the agreement's file.
followupLateNone = Nothing is late.
followupComing = The next { $days } days
followupComingNone = Nothing in this period.
followupNoMeasures = The agreement has no measures.
followupNote = Status note
followupUpdated = Last updated
followupUpdatedBy = { $date } by { $by }
followupNever = Not recorded
followupRecord = Record
followupNoGoals = The agreement has no goals.
followupRecordFigure = Record figure
followupNoBodies = The agreement has no meeting bodies or reports.
followupLastMeeting = Last meeting
followupDecided = What was decided
followupRecordMeeting = Record meeting
followupMissed = Not given by { $date }.
followupRecordReport = Record as given
followupNotes = Notes
followupNoteText = Note
followupAddNote = Add note
followupPrint = Status report
followupTertial = Tertial { $n }, { $year }
followupYear = The year { $year }
followupCustom = From–to
followupPrintButton = Print status report …
followupExtract = Extract for { $party }
followupPrinted = Saved to { $path }.
followupPeriodMissing = Choose a period with a from and a to date.
