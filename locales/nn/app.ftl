# The page's words: every text the interface shows that the core does not give it.

## General

appName = Avtale
loading = Lastar …
language = Språk
couldNotOpen = Kunne ikkje opne avtalen
couldNotSave = Kunne ikkje lagre

## Start screen

startHeading = Samarbeidsavtalar mellom Nav, fylkeskommunen og kommunane
newAgreement = Ny avtale
openAgreement = Opne …
openDialogTitle = Opne avtale
importWord = Importer frå Word …
importDialogTitle = Importer avtale frå Word
couldNotImport = Kunne ikkje importere Word-dokumentet
importHeading = Importer «{ $title }»
importSection = Punkt
importTemplateFor = Mal for { $title }
importKeepsText = Teksten frå Word-dokumentet blir halden i kvart punkt; malen gir rettleiing og kontrollar.
importOpen = Opne avtalen
recentFiles = Nyleg brukt
noRecent = Ingen nyleg brukte avtalar.
chooseStarter = Kva slags avtale?
sectionsCount = { $n } punkt
countyHint = Til dømes Vestland
municipalityHint = Til dømes Bergen
agreementLanguage = Målforma i avtalen
bokmal = Bokmål
nynorsk = Nynorsk
create = Opprett avtalen
cancel = Avbryt
recoveryFound = Avtale blei ikkje avslutta som vanleg sist. Det finst ein automatisk lagra kopi av «{ $title }».
recover = Gjenopprett
discard = Forkast kopien

## Editor chrome

save = Lagre
saveAs = Lagre som …
saveDialogTitle = Lagre avtalen
saved = Lagra
unsaved = Ikkje lagra
exportPdf = Eksporter PDF
exportDialogTitle = Lagre PDF
exported = PDF lagra: { $path }
exportHeading = Eksporter PDF
exportWhole = Heile avtalen
exportShort = Kortversjon: kven gjer kva, på éi side
exportPages = { $pages } sider
exportPrinting = Blir skriven ut som: { $what }
exportOnePage = 1 side
exportDraftNote = Avtalen er ikkje signert, så kvar side blir merkt «UTKAST».
exportArchiveNote = PDF/A-2a: for arkivering, med innebygde skrifter og struktur for skjermlesarar.
exportPreviewAlt = Første side av PDF-en
exportLoading = Lagar førehandsvising …
exportSave = Lagre PDF …
exportWord = Eksporter Word …
exportWordNote = Word: eit redigerbart dokument til dei som ikkje brukar Avtale. Det blir merkt med avtalen og revisjonen, så ein redigert kopi kan samanliknast seinare.
exportWordDialogTitle = Lagre Word-dokument
exportedWord = Word-dokument lagra: { $path }
exportSaveDraft = Lagre utkast som PDF …
undo = Angre
redo = Gjer om
home = Startsida
showPreview = Førehandsvising
showEditor = Rediger
documentView = Dokumentvising
documentViewHelp = Skriv rett i avtalen slik han blir skriven ut; lister er tabellar, og merknadene står i margen. Skjemaa har alle detaljane.

## Outline

sections = Punkt
addSection = Legg til punkt
deleteSection = Slett punktet
sectionDeleted = Punktet «{ $title }» er sletta.
outlineHelp = Dra for å flytte, eller bruk Alt+pil opp/ned.
outlineRemarks = Merknader: { $n }

## Template picker

pickTemplate = Vel ein mal for det nye punktet
whatItCovers = Kva punktet dekkjer
toConsider = Å vurdere
templateGuidance = Rettleiing frå malen
addThis = Legg til dette punktet
close = Lukk

## Agreement details

periodFrom = Gjeld frå
periodTo = Gjeld til
moveDatesQuestion = Perioden er endra. Flytte datoane i avtalen { $step } òg?
moveDatesHelp = Dette blir flytta med perioden. Datoar skrivne i teksten blir ikkje flytta. Du kan angre flyttinga med Ctrl+Z.
moveDates = Flytt datoane
keepDates = Berre endre perioden
parentTitle = Høyrer under (hovudavtalen)

## Parties

addParty = Legg til part
removeParty = Fjern parten
signatoryName = Blir signert av (namn)
signatoryTitle = Stilling
newPartyName = Ny part

## Section editor

sectionTitle = Overskrift
sectionText = Tekst (Markdown)
markdownHelp = Tom linje gir nytt avsnitt, «- » gir punktliste, **feit** gir feit skrift. «Set inn» set inn datoar, namn og kor ofte møta er, som følgjer dataa i avtalen.
generatedPart = Dette punktet viser òg ein del av avtalen som blir laga automatisk: { $what }.
g_parties = partane
g_period = perioden
g_glossary = omgrepslista
g_references = avtalane han byggjer på og viser til
g_regions = regionane avtalen når
remove = Fjern
rowMore = Meir
rowActions = Radhandlingar
pastedRows = { $n } { $n ->
        [one] rad
       *[other] rader
    } limt inn i «{ $list }»
sectionPreview = Slik blir punktet
none = (ingen)
onePerLine = Éin per linje
dateHint = dd.mm.åååå
dateInvalid = Skriv datoen som dag.månad.år, til dømes 1.3.2027.
numberInvalid = Skriv eit tal, til dømes 1,5.
wholeNumberInvalid = Skriv eit heilt tal, til dømes 12.

## Clause kinds and their fields

kRoles = Roller og oppgåver
kBoundaries = Grenseflater
kMeetings = Møtearenaer
kTargetGroups = Målgrupper
kContacts = Kontaktpersonar
kInformationSharing = Informasjonsdeling og samtykke
kReporting = Rapportering
addRole = Legg til rolle
addTask = Legg til oppgåve
addMember = Legg til deltakar
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
addTerm = Legg til omgrep
fTasks = Oppgåver
fResponsible = Ansvarleg part
fDeadline = Frist (dato)
fHours = Lengd per møte (timar)
fRegions = Regionar eller stader (kvar held eigne møte; tom: eitt felles møte)
fAgeFrom = Frå (år)
fAgeTo = Til (år)
fSigningParties = Partar som signerer (ingen kryssa av: alle partane signerer)
fSigningPlace = Stad for signering
fSigningDate = Dato for signering
references = Andre avtalar
referencesHelp = Avtalar denne byggjer på, erstattar eller skal sjåast saman med. Dei står på framsida og i bakgrunnen.
addReference = Legg til avtale
addRegion = Legg til region
regionsHelp = Regionane i fylket avtalen når, med Nav-kontor og kommunar. Møtearenaer, tiltak og kontaktpersonar blir knytte til regionane, og Avtale varslar om ein region ingen av dei når.
takeRegions = Hent regionane for { $county }
regionsSource = Kjelde: { $source }
fRelation = Forhold
fAgreementDate = Dato
fAgreementFile = Fil eller arkivreferanse

## Levels, holders, cadence

holderOne = Éin part
holderAlternating = På omgang
cadencePerYear = gonger i året
cadencePerMonth = gonger i månaden
cadencePerWeek = gonger i veka
cadenceEveryWeeks = kvar n-te veke
cadenceMonths = i bestemte månader
cadenceKind = Kor ofte
cadenceCount = Tal
cadenceTrigger = Når (kva utløyser eit møte)
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

diagnostics = Kontrollar
noDiagnostics = Ingen merknader.
counts = { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }
error = Feil
warning = Åtvaring
countsConsidered = {" "}({ $count } vurdert)
consider = Merk som vurdert
considerReason = Kvifor gjeld ikkje åtvaringa, eller kva har partane vurdert?
considerSave = Lagre vurderinga
considered = Vurdert
consideredBecause = Grunngjeving: «{ $reason }»
unconsider = Ta bort vurderinga
forgetConsidered = Fjern merket
forgotConsidered = Merket er fjerna.
preview = Førehandsvising
goToField = Gå til feltet

## History and comparison

history = Historikk
saveRevision = Lagre ein revisjon
revisionHelp = Ein revisjon er ein låst kopi av avtalen slik han er no, med kven, når og kvifor. Han kan samanliknast med andre og hentast fram att.
author = Namnet ditt
revisionMessage = Kva er endra
revisionName = Namn på revisjonen (valfritt)
revisionNameHint = Til dømes «Sendt på høyring»
newStatus = Ny status
keepStatus = Som før
commit = Lagre revisjonen
revisionReason = Kvifor revisjonen blir laga
reasonNone = Ikkje oppgitt
reasonText = Med dine eigne ord
reasonTextHint = Til dømes «etter evalueringa våren 2026» (må fyllast ut ved «Anna»)
openErrorsHeading = Kontrollen finn feil
openErrorsList = Feila som ikkje er retta:
acceptReason = Kvifor avtalen skal få statusen likevel (blir lagra i revisjonen og skriven ut i PDF-en)
acceptErrors = Godta feila og lagre
registerHeading = Registrer som signert
registerHelp = Oppgi dato og stad for når kvar part signerte. Det blir lagra som ein revisjon, og underskriftene i avtalen viser datoane og stadene.
registerOffer = Blei avtalen signert før han kom inn i Avtale? Då kan han registrerast som signert eller gjeldande i eitt steg.
registerOpen = Registrer som signert …
signedDate = Dato signert
signedPlace = Stad
signedPlaceHint = Til dømes Bergen
register = Registrer som signert
noRevisions = Ingen revisjonar enno.
revisions = Revisjonar
revisionBy = { $author }, { $time }
compareWithNow = Samanlikn med no
restore = Hent fram att
renewHeading = Forny avtale
renewHelp = Startar neste periode: perioden og alle datoar i avtalen blir flytta like langt fram, resten av teksten blir halden på, og avtalen blir eit utkast. Det blir lagra som ein ny revisjon, og samanlikninga nedanfor viser kva som blei flytta.
renew = Forny for neste periode
compare = Samanlikn
currentText = No (ikkje lagra som revisjon)
revisionLabel = Revisjon { $n }
compareFile = Samanlikn med ei anna fil …
compareWord = Samanlikn med Word-fil …
compareWordDialogTitle = Vel ei Word-fil eksportert frå denne avtalen
compareWordFrom = { $file } samanlikna med revisjon { $n }, som ho blei eksportert frå
compareWordAuthors = Spora endringar av: { $names }
compareWordComments = Kommentarar: { $n }
compareWordUnplaced = Dette kunne ikkje førast tilbake i avtalen og må førast inn for hand:
sideBySide = Side om side
showRevision = Vis
revisionReadOnly = Revisjon { $n } (berre lesing)
frozenNotice = Avtalen er { $status } i revisjon { $n }. Den revisjonen er låst; endringar du gjer no, blir lagra som eit nytt utkast.
nextChange = Neste endring
previousChange = Førre endring
historyBroken = Historikken er ikkje til å stole på

## Plain language

plainLanguage = Klarspråk
plainHelp = LIX måler kor lett teksten er å lese: under 40 er lett, 40–50 middels, over 50 tungt (typisk for offentlege dokument). Korte, aktive setningar gjer avtalen lettare å bruke.
plainWhole = Heile avtalen: LIX { $lix }, { $words } ord, { $long ->
        [one] { $long } lang setning
       *[other] { $long } lange setningar
    }.
plainSection = Punkt
plainWords = Ord
plainLong = Lange setningar
plainPassive = Passiv
# A share in per cent: Norwegian puts a (no-break) space before the sign.
percent = { $n } %
plainLongList = Setningar over 25 ord
plainClearer = Klarspråk: teksten har blitt lettare å lese (LIX { $old } → { $new }).
plainHarder = Klarspråk: teksten har blitt tyngre å lese (LIX { $old } → { $new }).
plainUnchanged = Klarspråk: like lett å lese som før (LIX { $old } → { $new }).
addToGlossary = Legg til i omgrepslista
addedToGlossary = «{ $term }» er lagd til i omgrepslista.
useReference = Bruk tilvising: «{ $shows }»
replaceWords = Skriv «{ $with }»
replacedWords = «{ $words }» er bytt ut med «{ $with }».
insertReference = Set inn …
usedReference = «{ $words }» følgjer no dataa i avtalen.

## Who does what

family = Avtalefamilien
familyHelp = Hovudavtalen set ramma; underavtalar og handlingsplanar høyrer under han og skal halde seg innanfor periode, partar og samarbeidsområde. Her ser du heile familien i mappa til hovudavtalen, og om kvar avtale passar inn.
familyLinkedTo = Høyrer under «{ $title }» ({ $file }).
familyNotLinked = Avtalen er ikkje knytt til fila med hovudavtalen enno, så han kan ikkje sjekkast mot ho.
familyLink = Knyt til hovudavtale …
familyPickMain = Vel hovudavtalen
familyArea = Samarbeidsområde i hovudavtalen
familyChooseArea = (vel område)
familyAdditionalHelp = Kryss av for partar som ikkje er part i hovudavtalen, men som blir med i denne avtalen (til dømes ein skule eller eit Nav-kontor).
familyMain = Hovudavtalen
familyMembers = Underavtalar og handlingsplanar
familyNone = Ingen underavtalar eller handlingsplanar i mappa viser til denne hovudavtalen.
familySaveFirst = Lagre avtalen i ei mappe først; underavtalane som blir lagde ved sida av han, blir viste her.
familyOpen = Opne
familyThisOne = denne
familyFits = Passar inn i hovudavtalen.
familyUnreadable = Filer som ikkje kunne lesast
matrixHelp = Oppgåvene i avtalen mot partane: ● har ansvaret, ○ deltek (eig rolla eller bidreg). Kvar oppgåve skal ha éin ansvarleg part.
matrixInvolved = Deltek
matrixOwned = Ansvar for
matrixEmpty = Avtalen har ingen oppgåver enno. Legg til eit punkt med roller og ansvar.
matrixGap = «{ $task }» har ingen ansvarleg part.
matrixOverlap = «{ $task }» står fleire stader med ulike ansvarlege partar.
matrixImbalance = { $party } har ansvaret for { $owns } av { $of } oppgåver. Ein avtale den eine parten ber åleine, er svakt forankra hos den andre.
matrixFine = Alle oppgåver har éin ansvarleg part, og ansvaret er fordelt mellom partane.
matrixGoTo = Gå til

## The meeting calendar

calendar = Møtekalender
calendarSummary = { $count } møte frå { $from } til { $to }.
calendarOpenEnded = Avtalen har ingen sluttdato; kalenderen viser dei fire første åra.
calendarRules = Møta blir lagde på tysdag til torsdag, utanom heilagdagar, påskeveka, sommarferien (veke 27–32) og juleferien (20. desember–2. januar). Møte utan oppgitt lengd blir rekna som to timar.
calendarExport = Eksporter til kalender (.ics) …
calendarExportTitle = Lagre møtekalenderen
calendarExported = Møtekalender lagra: { $path }
calendarYear = År
calendarYearHours = { $count } møte, { $hours } { $hours ->
        [one] time
       *[other] timar
    }
calendarNone = Ingen møte
calendarAsNeeded = Møtest ved behov (ikkje i kalenderen)
calendarLoad = Møtebelastning
calendarLoadHelp = Timar i månaden i faste møte. Studiane viser at for mange møte tek knekken på samarbeidet; over { $limit } timar i månaden er merkt.
calendarWho = Kven
calendarAverage = Snitt timar/månad
calendarPeak = Mest i éin månad
calendarOver = Over grensa
calendarRoles = Roller
reminders = Påminningar

## Closing with unsaved changes

closeTitle = Lagre endringane?
closeMessage = Avtalen har endringar som ikkje er lagra.
saveAndClose = Lagre og lukk
closeWithoutSaving = Lukk utan å lagre
leaveWithoutSaving = Forkast endringane
keepEditing = Hald fram med å redigere

## Accepting or rejecting each change of a comparison

mergeHeading = Ta inn endringar frå { $source }
mergeHelp = Godta ei endring for å ta ho inn i utkastet ditt, eller avvis ho. Kvar endring du godtek kan angrast. Lagre resultatet som ein ny revisjon når du er ferdig.
mergeLeft = Att å ta stilling til: { $n }
mergeNone = Ingen endringar å ta inn.
mergeDone = Alle endringane er handsama.
mergeAccept = Godta
mergeReject = Avvis
mergeKeepMine = Behald mi
mergeTakeTheirs = Ta deira
mergeAccepted = Godteken
mergeConflict = Konflikt: utkastet ditt har også endra dette.
mergeTheirs = Endringa deira
mergeMine = Endringa di
mergeDetails = Avtaleopplysningar
mergeKind_text = Tekst
mergeKind_title = Ny tittel
mergeKind_added = Lagt til
mergeKind_removed = Fjerna
mergeKind_moved = Flytta
mergeSave = Lagre som ny revisjon

## Help: the menu, the user guide and what this copy of Avtale is

help = Hjelp
helpGuide = Brukarrettleiing
helpAbout = Om Avtale
guideOnlyBokmal = Brukarrettleiinga finst berre på bokmål.
aboutVersion = Versjon { $version }
aboutFormat = Filformat { $format }
aboutText = Avtale lagrar avtalane som filer på denne maskina, og sender ingenting vidare.

## The command palette (Ctrl+K)

paletteTitle = Gå til eller legg til
palettePlaceholder = Skriv for å finne ein del, eit punkt, ein merknad eller ein mal
paletteAdd = Legg til: { $title }
paletteNone = Ingen treff.
paletteFindText = Søk etter «{ $words }» i teksten (Ctrl+F)
paletteKindPart = Del
paletteKindSection = Punkt
paletteKindDiagnostic = Merknad

## Find in the agreement (Ctrl+F)

findTitle = Søk i avtalen
findPlaceholder = Søk etter ord i heile avtalen
findCount = { $total } treff
findPosition = { $n } av { $total } treff
findNext = Neste treff (Enter eller F3)
findPrevious = Førre treff (Shift+Enter eller Shift+F3)
findHits = Treff
findMore = Viser dei { $shown } første av { $total } treff.

## The follow-up view («Oppfølging»)

followupIntro = Det du registrerer her, blir lagra i avtalefila med namnet ditt og tidspunktet, utanfor sjølve avtaleteksten. Det blir ingen ny revisjon, og fila blir lagra med ein gong.
followupNeedName = Skriv namnet ditt før du registrerer.
followupRecorded = Registrert og lagra i avtalefila.
followupLateNone = Ingenting er forseinka.
followupComing = Dei neste { $days } dagane
followupComingNone = Ingenting i denne perioden.
followupNoMeasures = Avtalen har ingen tiltak.
followupNote = Merknad
followupUpdated = Sist oppdatert
followupUpdatedBy = { $date } av { $by }
followupNever = Ikkje registrert
followupRecord = Registrer
followupNoGoals = Avtalen har ingen mål.
followupRecordFigure = Registrer tal
followupNoBodies = Avtalen har ingen møtearenaer eller rapportar.
followupLastMeeting = Siste møte
followupDecided = Kva blei vedteke
followupRecordMeeting = Registrer møte
followupMissed = Ikkje levert innan { $date }.
followupRecordReport = Registrer levert
followupNotes = Notat
followupNoteText = Notatet
followupAddNote = Legg til notat
followupPrint = Statusrapport
followupTertial = { $n }. tertial { $year }
followupYear = Året { $year }
followupCustom = Frå–til
followupPrintButton = Skriv ut statusrapport …
followupExtract = Utdrag for { $party }
followupPrinted = Lagra i { $path }.
followupPeriodMissing = Vel ein periode med frå- og til-dato.
