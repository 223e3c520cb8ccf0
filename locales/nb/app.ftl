# The page's words: every text the interface shows that the core does not give it.

## General

appName = Avtale
loading = Laster …
language = Språk
couldNotOpen = Kunne ikke åpne avtalen
couldNotSave = Kunne ikke lagre

## Start screen

startHeading = Samarbeidsavtaler mellom Nav, fylkeskommunen og kommunene
newAgreement = Ny avtale
openAgreement = Åpne …
openDialogTitle = Åpne avtale
importWord = Importer fra Word …
importDialogTitle = Importer avtale fra Word
couldNotImport = Kunne ikke importere Word-dokumentet
importHeading = Importer «{ $title }»
importSection = Punkt
importTemplateFor = Mal for { $title }
importKeepsText = Teksten fra Word-dokumentet beholdes i hvert punkt; malen gir veiledning og kontroller.
importOpen = Åpne avtalen
recentFiles = Nylig brukt
noRecent = Ingen nylig brukte avtaler.
chooseStarter = Hva slags avtale?
sectionsCount = { $n } { $n ->
        [one] punkt
       *[other] punkter
    }
countyHint = For eksempel Vestland
municipalityHint = For eksempel Bergen
agreementLanguage = Avtalens målform
bokmal = Bokmål
nynorsk = Nynorsk
create = Opprett avtalen
cancel = Avbryt
recoveryFound = Avtale ble ikke avsluttet som vanlig sist. Det finnes en automatisk lagret kopi av «{ $title }».
recover = Gjenopprett
discard = Forkast kopien

## Editor chrome

save = Lagre
saveAs = Lagre som …
saveDialogTitle = Lagre avtalen
saved = Lagret
unsaved = Ikke lagret
exportPdf = Eksporter PDF
exportDialogTitle = Lagre PDF
exported = PDF lagret: { $path }
exportHeading = Eksporter PDF
exportWhole = Hele avtalen
exportShort = Kortversjon: hvem gjør hva, på én side
exportPages = { $pages } sider
exportPrinting = Skrives ut som: { $what }
exportOnePage = 1 side
exportDraftNote = Avtalen er ikke signert, så hver side merkes «UTKAST».
exportArchiveNote = PDF/A-2a: for arkivering, med innebygde skrifter og struktur for skjermlesere.
exportPreviewAlt = Første side av PDF-en
exportLoading = Lager forhåndsvisning …
exportSave = Lagre PDF …
exportWord = Eksporter Word …
exportWordNote = Word: et redigerbart dokument til dem som ikke bruker Avtale. Det merkes med avtalen og revisjonen, så en redigert kopi kan sammenlignes senere.
exportWordDialogTitle = Lagre Word-dokument
exportedWord = Word-dokument lagret: { $path }
exportSaveDraft = Lagre utkast som PDF …
undo = Angre
redo = Gjør om
home = Startsiden
showPreview = Forhåndsvisning
showEditor = Rediger
documentView = Dokumentvisning
documentViewHelp = Skriv rett i avtalen slik den blir skrevet ut; lister er tabeller, og merknadene står i margen. Skjemaene har alle detaljene.

## Outline

sections = Punkter
addSection = Legg til punkt
deleteSection = Slett punktet
sectionDeleted = Punktet «{ $title }» er slettet.
outlineHelp = Dra for å flytte, eller bruk Alt+pil opp/ned.
outlineRemarks = Merknader: { $n }

## Template picker

pickTemplate = Velg en mal for det nye punktet
whatItCovers = Hva punktet dekker
toConsider = Å vurdere
templateGuidance = Veiledning fra malen
addThis = Legg til dette punktet
close = Lukk

## Agreement details

periodFrom = Gjelder fra
periodTo = Gjelder til
moveDatesQuestion = Perioden er endret. Flytte datoene i avtalen { $step } også?
moveDatesHelp = Dette flyttes med perioden. Datoer skrevet i teksten flyttes ikke. Du kan angre flyttingen med Ctrl+Z.
moveDates = Flytt datoene
keepDates = Bare endre perioden
parentTitle = Hører under (hovedavtalen)

## Parties

addParty = Legg til part
removeParty = Fjern parten
signatoryName = Signeres av (navn)
signatoryTitle = Stilling
newPartyName = Ny part

## Section editor

sectionTitle = Overskrift
sectionText = Tekst (Markdown)
markdownHelp = Tom linje gir nytt avsnitt, «- » gir punktliste, **fet** gir fet skrift. «Sett inn» setter inn datoer, navn og møtehyppighet som følger avtalens data.
generatedPart = Dette punktet viser også en del av avtalen som lages automatisk: { $what }.
g_parties = partene
g_period = perioden
g_glossary = begrepslisten
g_references = avtalene den bygger på og viser til
g_regions = regionene avtalen når
remove = Fjern
rowMore = Mer
rowActions = Radhandlinger
pastedRows = { $n } { $n ->
        [one] rad
       *[other] rader
    } limt inn i «{ $list }»
sectionPreview = Slik blir punktet
none = (ingen)
onePerLine = Én per linje
dateHint = dd.mm.åååå
dateInvalid = Skriv datoen som dag.måned.år, for eksempel 1.3.2027.
numberInvalid = Skriv et tall, for eksempel 1,5.
wholeNumberInvalid = Skriv et helt tall, for eksempel 12.

## Clause kinds and their fields

kRoles = Roller og oppgaver
kBoundaries = Grenseflater
kMeetings = Møtearenaer
kTargetGroups = Målgrupper
kContacts = Kontaktpersoner
kInformationSharing = Informasjonsdeling og samtykke
kReporting = Rapportering
addRole = Legg til rolle
addTask = Legg til oppgave
addMember = Legg til deltaker
addBoundary = Legg til område
addMeeting = Legg til møtearena
addStep = Legg til steg
addTargetGroup = Legg til målgruppe
addGoal = Legg til mål
addMeasure = Legg til tiltak
addContact = Legg til kontaktperson
addFinance = Legg til bidrag
addReport = Legg til rapport
addAnnex = Legg til vedlegg
addTerm = Legg til begrep
fTasks = Oppgaver
fResponsible = Ansvarlig part
fDeadline = Frist (dato)
fHours = Varighet per møte (timer)
fRegions = Regioner eller steder (hver holder egne møter; tom: ett felles møte)
fAgeFrom = Fra (år)
fAgeTo = Til (år)
fSigningParties = Parter som signerer (ingen avkrysset: alle partene signerer)
fSigningPlace = Sted for signering
fSigningDate = Dato for signering
references = Andre avtaler
referencesHelp = Avtaler denne bygger på, erstatter eller skal ses sammen med. De står på forsiden og i bakgrunnen.
addReference = Legg til avtale
addRegion = Legg til region
regionsHelp = Regionene i fylket avtalen når, med Nav-kontor og kommuner. Møtearenaer, tiltak og kontaktpersoner knyttes til regionene, og Avtale varsler om en region ingen av dem når.
takeRegions = Hent regionene for { $county }
regionsSource = Kilde: { $source }
fRelation = Forhold
fAgreementDate = Dato
fAgreementFile = Fil eller arkivreferanse

## Levels, holders, cadence

holderOne = Én part
holderAlternating = På omgang
cadencePerYear = ganger i året
cadencePerMonth = ganger i måneden
cadencePerWeek = ganger i uken
cadenceEveryWeeks = hver n-te uke
cadenceMonths = i bestemte måneder
cadenceKind = Hvor ofte
cadenceCount = Antall
cadenceTrigger = Når (hva utløser et møte)
month1 = jan
month2 = feb
month3 = mar
month4 = apr
month6 = jun
month7 = jul
month8 = aug
month9 = sep
month10 = okt
month11 = nov
month12 = des

## How dates are written (lib/format.ts fills the slots)

dayOfMonth = { $day }.

## Diagnostics and preview

diagnostics = Kontroller
noDiagnostics = Ingen merknader.
counts = { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }
error = Feil
warning = Advarsel
countsConsidered = {" "}({ $count } vurdert)
consider = Marker som vurdert
considerReason = Hvorfor gjelder ikke advarselen, eller hva har partene vurdert?
considerSave = Lagre vurderingen
considered = Vurdert
consideredBecause = Begrunnelse: «{ $reason }»
unconsider = Ta bort vurderingen
forgetConsidered = Fjern markeringen
forgotConsidered = Markeringen er fjernet.
preview = Forhåndsvisning
goToField = Gå til feltet

## History and comparison

history = Historikk
saveRevision = Lagre en revisjon
revisionHelp = En revisjon er en låst kopi av avtalen slik den er nå, med hvem, når og hvorfor. Den kan sammenlignes med andre og hentes fram igjen.
author = Ditt navn
revisionMessage = Hva er endret
revisionName = Navn på revisjonen (valgfritt)
revisionNameHint = For eksempel «Sendt på høring»
newStatus = Ny status
keepStatus = Som før
commit = Lagre revisjonen
revisionReason = Hvorfor revisjonen lages
reasonNone = Ikke oppgitt
reasonText = Med dine egne ord
reasonTextHint = For eksempel «etter evalueringen våren 2026» (må fylles ut ved «Annet»)
openErrorsHeading = Kontrollen finner feil
openErrorsList = Feilene som ikke er rettet:
acceptReason = Hvorfor avtalen skal få statusen likevel (lagres i revisjonen og skrives ut i PDF-en)
acceptErrors = Godta feilene og lagre
registerHeading = Registrer som signert
registerHelp = Oppgi dato og sted for når hver part signerte. Det lagres som en revisjon, og underskriftene i avtalen viser datoene og stedene.
registerOffer = Ble avtalen signert før den kom inn i Avtale? Da kan den registreres som signert eller gjeldende i ett steg.
registerOpen = Registrer som signert …
signedDate = Dato signert
signedPlace = Sted
signedPlaceHint = For eksempel Bergen
register = Registrer som signert
noRevisions = Ingen revisjoner ennå.
revisions = Revisjoner
revisionBy = { $author }, { $time }
compareWithNow = Sammenlign med nå
restore = Hent fram igjen
renewHeading = Forny avtale
renewHelp = Starter neste periode: perioden og alle datoer i avtalen flyttes like langt fram, resten av teksten beholdes, og avtalen blir et utkast. Det lagres som en ny revisjon, og sammenligningen nedenfor viser hva som ble flyttet.
renew = Forny for neste periode
compare = Sammenlign
currentText = Nå (ikke lagret som revisjon)
revisionLabel = Revisjon { $n }
compareFile = Sammenlign med en annen fil …
compareWord = Sammenlign med Word-fil …
compareWordDialogTitle = Velg en Word-fil eksportert fra denne avtalen
compareWordFrom = { $file } sammenlignet med revisjon { $n }, som den ble eksportert fra
compareWordAuthors = Sporede endringer av: { $names }
compareWordComments = Kommentarer: { $n }
compareWordUnplaced = Dette kunne ikke føres tilbake i avtalen og må føres inn for hånd:
sideBySide = Side om side
showRevision = Vis
revisionReadOnly = Revisjon { $n } (kun lesing)
frozenNotice = Avtalen er { $status } i revisjon { $n }. Den revisjonen er låst; endringer du gjør nå, lagres som et nytt utkast.
nextChange = Neste endring
previousChange = Forrige endring
historyBroken = Historikken er ikke til å stole på

## Plain language

plainLanguage = Klarspråk
plainHelp = LIX måler hvor lett teksten er å lese: under 40 er lett, 40–50 middels, over 50 tungt (typisk for offentlige dokumenter). Korte, aktive setninger gjør avtalen lettere å bruke.
plainWhole = Hele avtalen: LIX { $lix }, { $words } ord, { $long ->
        [one] { $long } lang setning
       *[other] { $long } lange setninger
    }.
plainSection = Punkt
plainWords = Ord
plainLong = Lange setninger
plainPassive = Passiv
# A share in per cent: Norwegian puts a (no-break) space before the sign.
percent = { $n } %
plainLongList = Setninger over 25 ord
plainClearer = Klarspråk: teksten er blitt lettere å lese (LIX { $old } → { $new }).
plainHarder = Klarspråk: teksten er blitt tyngre å lese (LIX { $old } → { $new }).
plainUnchanged = Klarspråk: like lett å lese som før (LIX { $old } → { $new }).
addToGlossary = Legg til i begrepslisten
addedToGlossary = «{ $term }» er lagt til i begrepslisten.
useReference = Bruk henvisning: «{ $shows }»
replaceWords = Skriv «{ $with }»
replacedWords = «{ $words }» er byttet ut med «{ $with }».
insertReference = Sett inn …
usedReference = «{ $words }» følger nå avtalens data.

## Who does what

family = Avtalefamilien
familyHelp = Hovedavtalen setter rammen; underavtaler og handlingsplaner hører under den og skal holde seg innenfor periode, parter og samarbeidsområder. Her ser du hele familien i mappen til hovedavtalen, og om hver avtale passer inn.
familyLinkedTo = Hører under «{ $title }» ({ $file }).
familyNotLinked = Avtalen er ikke knyttet til filen med hovedavtalen ennå, så den kan ikke sjekkes mot den.
familyLink = Knytt til hovedavtale …
familyPickMain = Velg hovedavtalen
familyArea = Samarbeidsområde i hovedavtalen
familyChooseArea = (velg område)
familyAdditionalHelp = Kryss av for parter som ikke er part i hovedavtalen, men som blir med i denne avtalen (for eksempel en skole eller et Nav-kontor).
familyMain = Hovedavtalen
familyMembers = Underavtaler og handlingsplaner
familyNone = Ingen underavtaler eller handlingsplaner i mappen viser til denne hovedavtalen.
familySaveFirst = Lagre avtalen i en mappe først; underavtalene som legges ved siden av den, vises her.
familyOpen = Åpne
familyThisOne = denne
familyFits = Passer inn i hovedavtalen.
familyUnreadable = Filer som ikke kunne leses
matrixHelp = Oppgavene i avtalen mot partene: ● har ansvaret, ○ deltar (eier rollen eller bidrar). Hver oppgave skal ha én ansvarlig part.
matrixInvolved = Deltar
matrixOwned = Ansvar for
matrixEmpty = Avtalen har ingen oppgaver ennå. Legg til et punkt med roller og ansvar.
matrixGap = «{ $task }» har ingen ansvarlig part.
matrixOverlap = «{ $task }» står flere steder med ulike ansvarlige parter.
matrixImbalance = { $party } har ansvaret for { $owns } av { $of } oppgaver. En avtale den ene parten bærer alene, er svakt forankret hos den andre.
matrixFine = Alle oppgaver har én ansvarlig part, og ansvaret er fordelt mellom partene.
matrixGoTo = Gå til

## The meeting calendar

calendar = Møtekalender
calendarSummary = { $count } møter fra { $from } til { $to }.
calendarOpenEnded = Avtalen har ingen sluttdato; kalenderen viser de fire første årene.
calendarRules = Møtene legges på tirsdag til torsdag, utenom helligdager, påskeuken, sommerferien (uke 27–32) og juleferien (20. desember–2. januar). Møter uten oppgitt lengde regnes som to timer.
calendarExport = Eksporter til kalender (.ics) …
calendarExportTitle = Lagre møtekalenderen
calendarExported = Møtekalender lagret: { $path }
calendarYear = År
calendarYearHours = { $count } { $count ->
        [one] møte
       *[other] møter
    }, { $hours } { $hours ->
        [one] time
       *[other] timer
    }
calendarNone = Ingen møter
calendarAsNeeded = Møtes ved behov (ikke i kalenderen)
calendarLoad = Møtebelastning
calendarLoadHelp = Timer i måneden i faste møter. Studiene viser at for mange møter tar knekken på samarbeidet; over { $limit } timer i måneden er merket.
calendarWho = Hvem
calendarAverage = Snitt timer/måned
calendarPeak = Mest i én måned
calendarOver = Over grensen
calendarRoles = Roller
reminders = Påminnelser

## Closing with unsaved changes

closeTitle = Lagre endringene?
closeMessage = Avtalen har endringer som ikke er lagret.
saveAndClose = Lagre og lukk
closeWithoutSaving = Lukk uten å lagre
leaveWithoutSaving = Forkast endringene
keepEditing = Fortsett å redigere

## Accepting or rejecting each change of a comparison

mergeHeading = Ta inn endringer fra { $source }
mergeHelp = Godta en endring for å ta den inn i utkastet ditt, eller avvis den. Hver endring du godtar kan angres. Lagre resultatet som en ny revisjon når du er ferdig.
mergeLeft = Igjen å ta stilling til: { $n }
mergeNone = Ingen endringer å ta inn.
mergeDone = Alle endringer er behandlet.
mergeAccept = Godta
mergeReject = Avvis
mergeKeepMine = Behold min
mergeTakeTheirs = Ta deres
mergeAccepted = Godtatt
mergeConflict = Konflikt: utkastet ditt har også endret dette.
mergeTheirs = Deres endring
mergeMine = Din endring
mergeDetails = Avtaleopplysninger
mergeKind_text = Tekst
mergeKind_title = Ny tittel
mergeKind_added = Lagt til
mergeKind_removed = Fjernet
mergeKind_moved = Flyttet
mergeSave = Lagre som ny revisjon

## Help: the menu, the user guide and what this copy of Avtale is

help = Hjelp
helpGuide = Brukerveiledning
helpAbout = Om Avtale
guideOnlyBokmal = Brukerveiledningen finnes bare på bokmål.
aboutVersion = Versjon { $version }
aboutFormat = Filformat { $format }
aboutText = Avtale lagrer avtalene som filer på denne maskinen, og sender ingenting videre.

## The command palette (Ctrl+K)

paletteTitle = Gå til eller legg til
palettePlaceholder = Skriv for å finne en del, et punkt, en merknad eller en mal
paletteAdd = Legg til: { $title }
paletteNone = Ingen treff.
paletteFindText = Søk etter «{ $words }» i teksten (Ctrl+F)
paletteKindPart = Del
paletteKindSection = Punkt
paletteKindDiagnostic = Merknad

## Find in the agreement (Ctrl+F)

findTitle = Søk i avtalen
findPlaceholder = Søk etter ord i hele avtalen
findCount = { $total } treff
findPosition = { $n } av { $total } treff
findNext = Neste treff (Enter eller F3)
findPrevious = Forrige treff (Shift+Enter eller Shift+F3)
findHits = Treff
findMore = Viser de { $shown } første av { $total } treff.

## The follow-up view («Oppfølging»)

followupIntro = Det du registrerer her, lagres i avtalefilen med navnet ditt og tidspunktet, utenfor selve avtaleteksten. Det blir ingen ny revisjon, og filen lagres med en gang.
followupNeedName = Skriv navnet ditt før du registrerer.
followupRecorded = Registrert og lagret i avtalefilen.
followupLateNone = Ingenting er forsinket.
followupComing = De neste { $days } dagene
followupComingNone = Ingenting i denne perioden.
followupNoMeasures = Avtalen har ingen tiltak.
followupNote = Merknad
followupUpdated = Sist oppdatert
followupUpdatedBy = { $date } av { $by }
followupNever = Ikke registrert
followupRecord = Registrer
followupNoGoals = Avtalen har ingen mål.
followupRecordFigure = Registrer tall
followupNoBodies = Avtalen har ingen møtearenaer eller rapporter.
followupLastMeeting = Siste møte
followupDecided = Hva ble besluttet
followupRecordMeeting = Registrer møte
followupMissed = Ikke levert innen { $date }.
followupRecordReport = Registrer levert
followupNotes = Notater
followupNoteText = Notat
followupAddNote = Legg til notat
followupPrint = Statusrapport
followupTertial = { $n }. tertial { $year }
followupYear = Året { $year }
followupCustom = Fra–til
followupPrintButton = Skriv ut statusrapport …
followupExtract = Utdrag for { $party }
followupPrinted = Lagret i { $path }.
followupPeriodMissing = Velg en periode med fra- og til-dato.
