# The core's messages: diagnostics, file errors, the rendered agreement's words, names of kinds and statuses.

## finding

finding = Plasshaldaren {"{"}{"{"}{ $name }{"}"}{"}"} er ikkje fylt ut. Skriv inn { $label }.
finding-2 = Plasshaldaren {"{"}{"{"}{ $name }{"}"}{"}"} er ikkje fylt ut. Erstatt han med rett tekst.
finding-task-without-responsible = Oppgåva «{ $task }» har ingen ansvarleg part. Vel éin part som har ansvaret for ho.
finding-unknown-party = Parten «{ $id }» finst ikkje blant partane i avtalen. Legg han til under Partar, eller vel ein part som finst.
finding-meeting-without-cadence = Møtearenaen «{ $body }» har inga møtehyppigheit. Skriv kor ofte han møtest, til dømes to gonger i året, eller «ved behov» med kva som utløyser eit møte.
finding-meeting-without-chair = Møtearenaen «{ $body }» har ingen møteleiar. Vel kva part som leier møta, eller at partane byter på.
finding-period-ends-before-start = Avtaleperioden sluttar før han byrjar. Rett opp start- eller sluttdatoen.
finding-outside-parent-period = Perioden går utanfor perioden til hovudavtalen «{ $parent }». Ein underavtale kan ikkje gjelde lenger enn avtalen han høyrer under; juster datoane.
finding-party-without-signatory = { $party } har ingen som skal signere. Legg inn namn og tittel på leiaren som signerer for parten.
finding-evaluation-outside-period = Datoen for neste evaluering ligg utanfor avtaleperioden. Legg evalueringa før avtalen går ut, så resultatet kan brukast når avtalen blir fornya.
finding-sharing-without-consent = Partane skal dele opplysningar om enkeltpersonar, men avtalen skildrar ikkje samtykke. Skildre kven som gir samtykke, i kva form, kva det omfattar og korleis det blir trekt tilbake.
finding-too-few-parties = Ein samarbeidsavtale må ha minst to partar. Legg dei til under Partar.
finding-no-parent = Denne avtalen høyrer under ein hovudavtale, men han er ikkje oppgitt. Oppgi hovudavtalen, så datoane kan kontrollerast mot han.
finding-agreement-too-long = Avtalen har { $words } ord. Korte, konkrete avtalar er dei som blir brukte; vurder å korte ned til under { $limit } ord, eller flytte detaljar til underavtalar eller vedlegg.
finding-section-too-long = Punktet har { $words } ord. Skriv kortare og meir konkret (under { $limit } ord): kven gjer kva, og når.
finding-undefined-abbreviation = Forkortinga «{ $abbreviation }» er ikkje forklart i omgrepslista. Partane brukar ulike fagord; legg til ein definisjon så alle forstår ho likt.
finding-term-defined-twice = Omgrepet «{ $term }» er definert to gonger i omgrepslista. Slå saman definisjonane til éin.
finding-term-defined-twice-2 = «{ $term }» og «{ $first }» i omgrepslista er same omgrep. Slå saman definisjonane til éin, og bruk éin skrivemåte i heile avtalen.
finding-no-evaluation = Avtalen seier ikkje når han skal evaluerast. Legg til eit punkt om evaluering og revisjon med hyppigheit eller dato, så avtalen held seg levande.
finding-meeting-without-members = Møtearenaen «{ $body }» har ingen deltakarar. Skriv kva roller frå kvar part som møter.
finding-missing-meeting-level = Avtalen har ingen strategisk møtearena for leiarar. Samarbeid må forankrast i leiinga; legg til ei styrings- eller samarbeidsgruppe som møtest 1–4 gonger i året.
finding-missing-meeting-level-2 = Avtalen har ingen operativ møtearena for dei som arbeider med sakene. Legg til faste møte på sakshandsamarnivå, til dømes kvar 4.–6. veke.
finding-too-many-meetings = «{ $body }» møtest { $per_year } gonger i året. For mange møte er ein kjend grunn til at samarbeid stoppar opp; vurder å møtast sjeldnare (høgst { $limit } gonger i året på dette nivået).
finding-contact-without-deputy = Kontaktpersonen { $name } har ingen stadfortredar. Legg inn ein stadfortredar, så samarbeidet ikkje stoppar ved sjukdom eller jobbskifte.
finding-goal-not-measurable = Målet «{ $goal }» manglar indikator eller frist. Skriv kva som skal målast og når målet skal vere nådd.
finding-goal-not-followable = Målet «{ $goal }» har ein målverdi, men verken utgangspunkt eller kjelde. Skriv kvar indikatoren står i dag og kvar tala blir henta frå, så framgangen kan følgjast opp.
finding-goal-not-followable-2 = Målet «{ $goal }» har ein målverdi, men ikkje noko utgangspunkt. Skriv kvar indikatoren står i dag, så framgangen kan målast mot det.
finding-goal-not-followable-3 = Målet «{ $goal }» har ein målverdi, men inga kjelde. Skriv kvar tala blir henta frå, så dei kan hentast på same måte kvar gong.
finding-mandate-incomplete = Mandatet for «{ $group }» seier ikkje alt det bør: kva gruppa kan avgjere, kven ho rapporterer til og kven som leier ho. Fyll inn det som manglar.
finding-period-too-long = Avtaleperioden er { $how_long }. Avtalane i studiane gjeld 1–4 år med fornying; vurder ein kortare periode med avtalt fornying.
finding-period-too-long-2 = Avtalen har ingen sluttdato. Set ein sluttdato (vanlegvis 1–4 år fram) og avtal korleis han blir fornya.
finding-empty-section = Punktet er tomt. Skriv innhaldet, eller slett punktet.
finding-target-group-undefined = Målgruppa «{ $group }» er ikkje definert. Partane definerer ofte målgrupper ulikt; skriv kven som høyrer til, med alder og kriterium.
finding-boundary-without-lead = Grenseflata «{ $area }» har ingen part med hovudansvar. Uklare grenseflater er den vanlegaste kjelda til konflikt; vel kva part som har hovudansvaret.
finding-consent-incomplete = Samtykkerutinen er ufullstendig. Skildre kven som gir samtykke, kva det omfattar og korleis det blir trekt tilbake.
finding-renewal-without-notice = Avtalen blir fornya automatisk, men har inga oppseiingsfrist. Skriv kor mange månaders varsel ein part må gi for å seie han opp.
finding-no-signatures = Avtalen har ikkje noko punkt for underskrifter. Legg til underskriftspunktet, så leiarane for partane kan signere.
finding-party-does-not-sign = { $party } er ikkje med i underskriftene. Alle partar bør signere avtalen.
finding-date-outside-period = Datoen for «{ $what }» ligg utanfor avtaleperioden. Flytt datoen inn i perioden, eller juster perioden.
finding-undefined-jargon = Fagordet «{ $term }» er ikkje forklart i omgrepslista. Den andre parten kjenner det kanskje ikkje; legg til ein definisjon, eller skriv med vanlege ord kva det tyder.
finding-target-group-named-differently = Målgruppa blir kalla «{ $first }» i «{ $first_section }», men «{ $second }» i «{ $second_section }». Bruk same namn overalt, så begge partar veit at det er dei same menneska.
finding-very-long-sentence = Setninga som byrjar «{ $start } …», har { $words } ord. Del ho opp i setningar på under { $limit } ord, så ho blir lettare å lese.
finding-parent-mismatch = Fila «{ $file }» er ikkje hovudavtalen denne avtalen høyrer under, men «{ $title }». Knyt avtalen til rett fil i «Avtalefamilien».
finding-party-not-in-parent = { $party } er ikkje part i hovudavtalen «{ $parent }». Ein underavtale skal halde seg innanfor hovudavtalen: skriv namnet til parten som i hovudavtalen, eller merk han som tilleggspart.
finding-area-not-in-parent = Området «{ $area }» er ikkje blant samarbeidsområda i hovudavtalen «{ $parent }» ({ $areas }). Vel eitt av dei, eller legg området til i hovudavtalen først.
finding-no-area = Avtalen seier ikkje kva for samarbeidsområde i hovudavtalen «{ $parent }» han høyrer til ({ $areas }).
finding-parent-unreadable = Hovudavtalen «{ $file }» kunne ikkje lesast, så avtalen er ikkje sjekka mot han: { $reason }
finding-broken-reference = «{ $written }» viser til noko avtalen ikkje har fylt ut enno, så det blir skrive ut som det står. Fyll ut det han viser til, eller byt han ut.
finding-broken-reference-2 = «{ $written }» er inga tilvising Avtale kjenner, så det blir skrive ut som det står. Set inn tilvisinga frå menyen «Set inn», eller skriv teksten utan hakeparentesar.
finding-date-in-text-outside-period = Teksten seier «{ $words }», som er etter avtaleperioden. Er han skriven for ein annan periode? Bruk ei tilvising til perioden, så følgjer datoen avtalen.
finding-date-in-text-outside-period-2 = Teksten har fristen «{ $words }», som er før avtaleperioden startar. Er han skriven for ein annan periode? Bruk ei tilvising til perioden, så følgjer datoen avtalen.
finding-cadence-in-text-differs = Teksten seier «{ $words }» om { $body }, men møtet er sett til { $cadence }. Bruk ei tilvising til kor ofte møtet er, så seier teksten alltid det same som møteoversikta.
finding-name-in-text-not-a-party = Teksten nemner «{ $words }», som ikkje er ein av partane. Bruk ei tilvising til parten, så følgjer namnet partsoversikta.
finding-name-in-text-not-a-party-2 = Teksten nemner «{ $words }», men ingen som signerer avtalen, har den tittelen. Bruk ei tilvising til tittelen, så følgjer teksten den som signerer.
finding-outdated-wording = «{ $words }» er utdatert. { $note } Skriv «{ $current }».
finding-region-unclear = Møtearenaen «{ $body }» har ein region utan namn. Skriv namnet på regionen, eller fjern lina.
finding-region-unclear-2 = Møtearenaen «{ $body }» har regionen «{ $region }» to gonger. Kvar region held sine eigne møte; fjern den eine.
finding-region-not-covered = Avtalen når regionen «{ $region }», men ingen møtearena blir halden der, og ingen tiltak eller kontaktperson er knytt til han. Legg regionen til ein møtearena, eit tiltak eller ein kontaktperson, eller fjern han frå regionane.
finding-considered-not-found = Ei åtvaring ({ $code }) er merkt som vurdert («{ $reason }»), men finst ikkje lenger. Fjern merket, eller sjå om åtvaringa no gjeld noko anna.
finding-3 = Ei tom rad i omgrepslista blir ikkje skriven ut. Fyll inn omgrep og definisjon, eller fjern rada.
finding-4 = Omgrep manglar: ein definisjon utan omgrep blir ikkje skriven ut. Fyll inn omgrepet, eller fjern rada.
finding-5 = Definisjon manglar: omgrepet «{ $term }» blir ikkje skrive ut utan definisjon. Fyll inn definisjonen, eller fjern rada.
finding-glossary-not-shown = Omgrepslista har { $terms } omgrep, men ikkje noko punkt viser ho. Ho blir skriven ut som eit eige, unummerert punkt før underskriftene. Legg til eit punkt for omgrep, eller fjern omgrepa under «Omgrep» viss dei ikkje skal vere med.

## considered_because

considered-because = vurdert: «{ $reason }»

## considered_count

considered-count = { $n } vurdert

## load_problem

load-problem-not-found = Fila finst ikkje.
load-problem-is-directory = Dette er ei mappe, ikkje ei fil. Vel ei avtalefil (*.avtale.yaml).
load-problem-unreadable = Fila kan ikkje lesast ({ $detail }).
load-problem-too-large = Fila er for stor ({ $size } MiB). Avtale les filer på opptil { $limit } MiB.
load-problem = Fila er ikkje gyldig UTF-8-tekst. Lagre ho som UTF-8, eller opne rett fil.
load-problem-empty = Fila er tom.
load-problem-no-format-version = Fila byrjar ikkje med formatversjon («format: 1»). Er dette ei avtalefil frå Avtale?
load-problem-newer-format = Fila er laga med ein nyare versjon av Avtale (format { $found }); denne versjonen les format { $supported }. Oppdater Avtale for å opne ho. Fila er ikkje endra.
load-problem-duplicate-section-id = To punkt har same id «{ $id }». Kvart punkt må ha sin eigen id.
load-problem-duplicate-party-id = To partar har same id «{ $id }». Kvar part må ha sin eigen id.
load-problem-bad-id = Ugyldig id «{ $id }». Ein id kan berre ha bokstavar, siffer, bindestrek, understrek og punktum.
load-problem-several-clause-kinds = Eit punkt kan berre ha éin type strukturert innhald, men dette har { $list }. Del det i fleire punkt.
load-problem-2 = nynorsk
load-problem-3 = bokmål
load-problem-4 = Malen manglar tittel, rettleiing eller spørsmål på { $name }.
load-problem-unknown-check = Ukjend kontrollkode «{ $code }».
load-problem-undeclared-parameter = Plasshaldaren {"{"}{"{"}{ $name }{"}"}{"}"} er ikkje deklarert som parameter i malen.
load-problem-template-data = Dataa i malen passar ikkje til typen ({ $detail }).
load-problem-unknown-template = Ukjend mal «{ $id }».
load-problem-duplicate-term-id = Omgrepsbanken har to omgrep med id «{ $id }».
load-problem-duplicate-term = «{ $term }» står under to omgrep i omgrepsbanken.
load-problem-incomplete-term = Omgrepet «{ $id }» i omgrepsbanken manglar omgrep, definisjon eller kjelde på bokmål eller nynorsk.

## yaml_problem

yaml-problem-unknown-field = Ukjend felt «{ $field }». Gyldige felt her: { $list }.
yaml-problem-missing-field = Feltet «{ $field }» manglar.
yaml-problem-unknown-value = Ukjend verdi «{ $value }». Gyldige verdiar: { $list }.
yaml-problem-wrong-type = Feil type: her skal det stå { $expected }.
yaml-problem-wrong-type-2 = Feil type: fann { $found }, venta { $expected }.
yaml-problem-bad-time = Ugyldig tidspunkt «{ $text }». Skriv det som 2026-03-01T10:15:00+01:00.
yaml-problem-duplicate-key = Feltet «{ $key }» står to gonger.
yaml-problem-too-complex = Fila er for kompleks til å lesast trygt (for mange nivå inni kvarandre, for mange element eller for mange alias). Er ho laga av Avtale?
yaml-problem-other = Feil i YAML: { $message }.

## type_name

type-name = teksten { $rest }
type-name-2 = talet { $rest }
type-name-3 = sanningsverdien { $rest }
type-name-4 = eit heiltal
type-name-5 = eit tal
type-name-6 = tekst
type-name-7 = ei liste
type-name-8 = true eller false
type-name-9 = felt
type-name-10 = ingen verdi
type-name-11 = felt
type-name-12 = ein av dei gyldige verdiane
type-name-13 = ei liste

## save_failed

save-failed = Kunne ikkje lagre ({ $detail }). Den førre versjonen av fila er teken vare på.

## restored_revision

restored-revision = Henta fram revisjon { $n }

## export_over_agreement

export-over-agreement = Ikkje lagra: fila du valde er sjølve avtalefila. Vel eit anna filnamn for eksporten.

## no_open_agreement

no-open-agreement = Ingen avtale er open.

## history_would_be_lost

history-would-be-lost = Ikkje lagra: fila på disken har { $on_disk } revisjonar, og { $lost } av dei manglar i avtalen du har open (lagra frå eit anna vindauge, redigert for hand eller ein eldre kopi). Å lagre no ville fjerne dei. Fila er uendra; bruk «Lagre som» for å lagre din versjon i ei ny fil.

## disk_full

disk-full = Kunne ikkje lagre: disken er full. Den førre versjonen av fila er teken vare på. Frigjer plass, eller lagre ein annan stad med «Lagre som».

## file_locked

file-locked = Fila er open for redigering i eit anna vindauge eller program. Lukk ho der først, så ingen skriv over endringane til den andre.
file-locked-by = Fila er open for redigering i eit anna vindauge eller program (prosess { $pid }). Lukk ho der først, så ingen skriv over endringane til den andre.

## lock_failed

lock-failed = Kunne ikkje låse fila for redigering ({ $detail }).

## cadence

cadence-per-year = éin gong i året
cadence-per-year-2 = { $n } gonger i året
cadence-per-month = éin gong i månaden
cadence-per-month-2 = { $n } gonger i månaden
cadence-per-week = éin gong i veka
cadence-per-week-2 = { $n } gonger i veka
cadence-every-weeks = kvar veke
cadence-every-weeks-2 = annakvar veke
cadence-every-weeks-3 = kvar { $n }. veke
cadence-months = i månader som ikkje er valde
cadence = i { $list }
cadence-as-needed = ved behov
cadence-as-needed-2 = ved behov: { $trigger }

## in_each_region

in-each-region = i kvar region

## join_list

join-list = og

## kind

kind-hovedavtale = Hovudavtale
kind-underavtale = Underavtale
kind-handlingsplan = Handlingsplan
kind-partnerskapsavtale = Partnarskapsavtale

## status

status-utkast = Utkast
status-til-godkjenning = Til godkjenning
status-godkjent = Godkjend
status-signert = Signert
status-gjeldende = Gjeldande
status-utlopt = Utgått

## party_kind

party-kind-nav-fylke = Nav fylke
party-kind-nav-kontor = Nav-kontor
party-kind-fylkeskommune = Fylkeskommune
party-kind-skole = Skule
party-kind-kommune = Kommune
party-kind-ks = KS
party-kind-annen = Annan

## level

level-strategisk = Strategisk
level-operativ = Operativ

## category

category-eget = Eige punkt
category-grunnlag = Grunnlag
category-malgruppe-og-mal = Målgruppe og mål
category-ansvar = Ansvar
category-samarbeid = Samarbeid
category-informasjon = Informasjon
category-okonomi = Økonomi
category-oppfolging = Oppfølging
category-avslutning = Avslutning

## renewal

renewal = Avtalen blir fornya automatisk med { $years } år om gongen dersom ingen part seier han opp.
renewal-2 = Avtalen blir fornya automatisk dersom ingen part seier han opp.
renewal-3 = Avtalen blir berre fornya etter ny avtale mellom partane.

## chain_error

chain-error-out-of-order = Historikken er endra: revisjon { $n } står der revisjon { $expected } skulle vore. Ein revisjon er fjerna eller flytta.
chain-error-wrong-parent = Historikken er endra: revisjon { $n } viser ikkje til revisjonen før han. Ein revisjon er fjerna, flytta eller bytt ut.
chain-error-edited = Historikken er endra: innhaldet i revisjon { $n } er endra etter at han blei lagra.
chain-error-missing-section = Historikken er skadd: eit punkt i revisjon { $n } manglar i fila ({ $key }).
chain-error-unknown-scheme = Revisjon { $n } er lagra med ein nyare versjon av Avtale (kontrollsum etter metode { $scheme }), og kan ikkje kontrollerast med denne. Oppdater Avtale.

## workflow_error

workflow-error-transition = Statusen kan ikkje gå frå «{ $from }» til «{ $to }». Rekkjefølgja er utkast, til godkjenning, godkjend, signert, gjeldande, utgått; ein avtale kan alltid gå tilbake til utkast.
workflow-error-no-such-revision = Det finst ingen revisjon { $n }.
workflow-error-nothing-to-commit = Ingenting er endra sidan førre revisjon. Gi ein ny status eller eit namn for å lagre ein revisjon likevel.
workflow-error-not-committed = Avtalen har ingen revisjon enno. Lagre ein revisjon først, så kan fornyinga samanliknast med han.
workflow-error-uncommitted-changes = Avtalen har endringar som ikkje er lagra som revisjon. Lagre dei som ein revisjon eller forkast dei før du fornyar.
workflow-error-open-ended = Avtalen har ingen sluttdato, så det finst ingen ny periode å fornye til. Set ein sluttdato under «Periode».
workflow-error-reason-without-text = Grunnen «anna» treng ei forklaring: skriv kva grunnen er.
workflow-error-register-status = Ein avtale kan berre registrerast som signert eller gjeldande.
workflow-error-signed-before = Avtalen er signert i Avtale før, og kan ikkje registrerast som signert i eitt steg. Statusen går eitt steg om gongen: utkast, til godkjenning, godkjend, signert.
workflow-error-no-signatures = Avtalen har ikkje noko punkt med underskrifter å føre signeringa inn i. Legg til punktet «Underskrifter» først.
workflow-error-signing-missing = Oppgi dato og stad for når { $party } signerte.
workflow-error-does-not-sign = «{ $party }» er ikkje blant partane som signerer avtalen.
workflow-error-open-errors = Avtalen kan ikkje få statusen «{ $to }»: kontrollen finn { $n } feil. Rett feila først, eller godta dei med ei grunngjeving som blir lagra i revisjonen.

## reason_kind

reason-kind-evaluering = Evaluering
reason-kind-omorganisering = Omorganisering
reason-kind-nye-regler = Ny lov eller nye reglar
reason-kind-periodens-slutt = Perioden er slutt
reason-kind-annet = Anna

## revision_notes

revision-notes = Grunn

## registered_revision

registered-revision = Registrert som { $to }: avtalen blei signert før han kom inn i Avtale

## registered_note

registered-note = Registrert, ikkje ført gjennom godkjenninga i Avtale

## signed_syntax

signed-syntax = «{ $text }»: skriv --signed PART=DATO,STAD, til dømes --signed nav=2021-03-01,Bergen

## accept_errors_hint

accept-errors-hint = Rett feila (avtale check), eller godta dei med --accept-errors "GRUNNGJEVING".

## print_refused_hint

print-refused-hint = Rett feila og lagre ein ny revisjon, eller godta dei: avtale commit FIL --name NAMN --accept-errors "GRUNNGJEVING". Utkast: --draft.
print-refused-hint-2 = Skriv ut eit utkast med --draft, eller rett feila (avtale check).

## renewed_revision

renewed-revision = Fornya for perioden { $from } til { $to }

## bad_date

bad-date = Ugyldig dato «{ $text }». Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-03-01.

## move_error

move-error-ends-before-start = Perioden { $from } til { $to } sluttar før han byrjar. Sluttdatoen må vere etter startdatoen.
move-error-frozen = Avtalen har status «{ $s }», og teksten i ein signert avtale blir ikkje endra. Forny avtalen for å starte neste periode, eller lagre ein revisjon med status utkast før du flyttar perioden.

## step_words

step-words-months = 1 månad
step-words = { $n } månader
step-words-days = 1 dag
step-words-days-2 = { $n } dagar
step-words-2 = tilbake
step-words-3 = fram
step-words-years = { $years } år

## dates_moved

dates-moved = Datoane er flytta { $by }.

## nothing_moved

nothing-moved = Perioden er den same som før. Ingen datoar er flytta.

## after_period_end

after-period-end = etter slutten av perioden

## new_draft_after_signing

new-draft-after-signing = Avtalen var signert. Endringane er lagra som eit nytt utkast; den signerte versjonen ligg uendra i historikken.

## latest_revision

latest-revision = Nyaste revisjon: { $number } ({ $short }), kontrollsum { $full }

## printed_revision_found

printed-revision-found = PDF-en viser revisjon { $number } ({ $short }), og den revisjonen finst uendra i historikken til fila.

## printed_revision_none

printed-revision-none = PDF-en viser ingen lagra revisjon: han er skriven ut frå endringar som ikkje var lagra som revisjon, eller han er ikkje laga med Avtale.

## printed_other_agreement

printed-other-agreement = PDF-en gjeld ein annan avtale enn fila (avtalane har ulik identitet).

## printed_revision_different

printed-revision-different = Revisjon { $number } i fila ({ $here }) er ikkje den same som revisjon { $number } i PDF-en ({ $printed }). PDF-en er laga frå ein annan kopi av avtalen.

## printed_revision_missing

printed-revision-missing = PDF-en viser revisjon { $number }, men fila har berre revisjonar til og med { $latest }. Fila er sett tilbake til ein eldre revisjon, eller PDF-en er laga frå ein nyare kopi.
printed-revision-missing-2 = PDF-en viser revisjon { $number }, men fila har ingen lagra revisjonar.

## pdf_not_a_pdf

pdf-not-a-pdf = Fila er ikkje ein PDF.

## pdf_no_metadata

pdf-no-metadata = Kunne ikkje lese metadata i PDF-en, så det går ikkje å sjå kva revisjon han viser.

## pdf_claims_several

pdf-claims-several = Metadata i PDF-en viser til meir enn éin revisjon; PDF-en er endra etter at han blei laga.

## no_revisions

no-revisions = Avtalen har ingen lagra revisjonar enno. Lagre den første med «avtale commit».

## revision_saved

revision-saved = Revisjon { $number } er lagra.

## alternating

alternating = på omgang mellom

## diff_summary

diff-summary = Ingen endringar.
diff-summary-changed = { $n } punkt endra
diff-summary-moved = { $n } flytta
diff-summary-renamed = { $n } fått ny overskrift
diff-summary-added = { $n } { $n ->
        [one] nytt
       *[other] nye
    }
diff-summary-removed = { $n } fjerna
diff-summary-other = { $n } { $n ->
        [one] anna endring (detaljar, partar, omgrep)
       *[other] andre endringar (detaljar, partar, omgrep)
    }

## diff_title

diff-title = Endringar

## diff_new

diff-new = ny

## diff_gone

diff-gone = fjerna

## diff_section_added

diff-section-added = nytt punkt

## diff_section_removed

diff-section-removed = fjerna

## diff_section_moved

diff-section-moved = flytta frå { $from } til { $to }

## diff_section_renamed

diff-section-renamed = heitte før «{ $old }»

## diff_section_changed

diff-section-changed = endra

## not_same_agreement

not-same-agreement = Filene er ikkje versjonar av den same avtalen (dei har ulik avtale-id). Samanlikn to revisjonar av éi fil, eller to filer laga frå same avtale.

## diff_before

diff-before = Før

## diff_after

diff-after = Etter

## pdf_subject

pdf-subject = Samarbeidsavtale ({ $kind }) mellom { $parties }, { $period }

## matrix_title

matrix-title = Kven gjer kva

## matrix_legend

matrix-legend = ● har ansvaret, ○ deltek (eig rolla eller bidreg).

## pdf_short_title

pdf-short-title = Kortversjon: { $title }

## pdf_short_note

pdf-short-note = Kven gjer kva etter avtalen: roller og oppgåver, møtearenaer og kontaktpersonar. Den fullstendige avtalen gjeld framfor denne oversikta.

## pdf_redline_title

pdf-redline-title = Endringar i { $title }

## pdf_redline_versions

pdf-redline-versions = Frå { $from } til { $to }

## pdf_redline_legend

pdf-redline-legend = Gjennomstreka tekst er teken ut.
pdf-redline-legend-2 = Understreka tekst er lagd til.
pdf-redline-legend-3 = Flytta punkt er merkte med ein strek i margen.

## pdf_redline_overview

pdf-redline-overview = Dette er endra

## pdf_version

pdf-version = revisjon { $n } av { $file }

## pdf_needs_output

pdf-needs-output = Oppgi fila PDF-en skal skrivast til, med -o FIL.pdf.

## pdf_field

pdf-field = Felt

## pdf_page

pdf-page = Side

## pdf_of

pdf-of = av

## pdf_draft

pdf-draft = UTKAST

## pdf_revision

pdf-revision = Revisjon { $number } ({ $hash })

## pdf_after_revision

pdf-after-revision = Endra etter revisjon { $number } – ikkje lagra som revisjon

## pdf_contents

pdf-contents = Innhald

## pdf_failed

pdf-failed = Kunne ikkje lage PDF. Dette er ein feil i Avtale; meld han gjerne frå, med fila.

## word_file_problem

word-file-problem = { $file }: { $reason }

## word_not_docx

word-not-docx = Fila er ikkje eit Word-dokument (.docx).

## word_encrypted

word-encrypted = Dokumentet er passordverna. Opne det i Word, fjern passordet (Fil › Info › Vern dokument) og lagre det på nytt.

## word_old_format

word-old-format = Dokumentet er i det gamle Word-formatet (.doc). Opne det i Word og lagre det som Word-dokument (.docx).

## word_too_large

word-too-large = Dokumentet blir større enn { $limit_mib } MiB når det blir pakka ut, og blir ikkje lese.

## word_unreadable

word-unreadable = Dokumentet er skadd og kan ikkje lesast. Opne det i Word og lagre det på nytt.

## word_failed

word-failed = Kunne ikkje lage Word-dokumentet. Dette er ein feil i Avtale; meld han gjerne frå, med fila.

## import_preamble_title

import-preamble-title = Innleiing

## import_default_title

import-default-title = Samarbeidsavtale

## import_report_heading

import-report-heading = { $file }: { $sections } punkt henta inn.

## import_report_section

import-report-section = { $title } (mal: { $template })
import-report-section-2 = { $title } (ingen mal)

## import_no_template

import-no-template = Ingen mal

## import_parties

import-parties = Fann ikkje partane i teksten: fyll dei inn under Detaljar.
import-parties-2 = Partar funne i teksten: { $names }.

## import_period

import-period = Avtaleperiode funnen i teksten: { $period }.
import-period-2 = Fann ikkje avtaleperioden i teksten: fyll han inn under Detaljar.

## import_left_out_heading

import-left-out-heading = Utelate eller endra form:

## import_left_out

import-left-out = Bilete
import-left-out-2 = Teikning eller figur
import-left-out-3 = Tekstboks
import-left-out-4 = Felt (innhaldsliste, sidetal, dato eller kryssreferanse)
import-left-out-5 = Fotnote
import-left-out-6 = Topptekst
import-left-out-7 = Botntekst
import-left-out-8 = Symbol
import-left-out-9 = Kommentar
import-left-out-10 = Spora endringar tekne inn slik dei står (innsetjingar haldne, slettingar fjerna)
import-left-out-11 = Nummer fjerna frå overskriftene (Avtale nummererer punkta sjølv)
import-left-out-12 = Tabell med samanslegne eller nøsta celler gjort om til ein enkel tabell

## import_written

import-written = Skreiv { $file }.

## pdf_place_and_date

pdf-place-and-date = Stad og dato

## pdf_signed_not_draft

pdf-signed-not-draft = Avtalen er signert og kan ikkje skrivast ut som utkast.

## pdf_missing_glyphs

pdf-missing-glyphs = Kunne ikkje lage PDF: skrifttypen i Avtale har ikkje teikna { $list }, og eit arkivdokument (PDF/A) kan ikkje mangle teikn. Skriv teksten med andre teikn, eller fjern dei.

## action_plan_missing

action-plan-missing = Handlingsplanen for { $year } manglar: hovudavtalen gjeld i { $year }, men ingen handlingsplan i avtalefamilien dekkjer året. Lag ein handlingsplan for { $year } og kople han til hovudavtalen.

## period_length

period-length = og
period-length-2 = drygt
period-length-years = { $years } år
period-length-months = { $months } { $months ->
        [one] månad
       *[other] månader
    }

## in_days

in-days = i dag
in-days-2 = i morgon
in-days-3 = om { $n } dagar

## reminder_period_ends

reminder-period-ends = Avtalen går ut { $when } ({ $date }).

## reminder_evaluation

reminder-evaluation = Avtalen skal evaluerast { $when } ({ $date }).

## reminder_notice_deadline

reminder-notice-deadline = Fristen for å seie opp avtalen eller stanse fornyinga går ut { $when } ({ $date }).

## calendar_error

calendar-error-period-ends-before-start = Kan ikkje lage møtekalender: avtaleperioden sluttar før han byrjar. Rett opp start- eller sluttdatoen.
calendar-error-period-too-long = Kan ikkje lage møtekalender for ein avtaleperiode på meir enn { $max_years } år. Rett opp sluttdatoen.

## holiday

holiday-new-years-day = Nyttårsdag
holiday-maundy-thursday = Skjærtorsdag
holiday-good-friday = Langfredag
holiday-easter-sunday = 1. påskedag
holiday-easter-monday = 2. påskedag
holiday-labour-day = 1. mai
holiday-constitution-day = 17. mai
holiday-ascension-day = Kristi himmelfartsdag
holiday-whit-sunday = 1. pinsedag
holiday-whit-monday = 2. pinsedag
holiday-christmas-day = 1. juledag
holiday-boxing-day = 2. juledag

## meeting_break

meeting-break-summer = Sommarferie
meeting-break-christmas = Juleferie
meeting-break-easter = Påskeveka

## reference_label

reference-label-county = Fylket
reference-label-period = Avtaleperioden
reference-label = Første dag i perioden
reference-label-2 = Siste dag i perioden
reference-label-period-date = Slutten av første halvår
reference-label-period-date-2 = Eitt år før perioden sluttar
reference-label-period-date-3 = Eit halvt år før perioden sluttar
reference-label-period-length = Kor lenge avtalen gjeld
reference-label-first-year = Året perioden startar
reference-label-last-year = Året perioden sluttar
reference-label-cadence = Kor ofte { $body } møtest
reference-label-chair = Kven som leier { $body }
reference-label-next-evaluation = Datoen for neste evaluering
reference-label-party = Namnet på parten «{ $party }»
reference-label-signatory = Kven som signerer for { $party }
reference-label-title = Tittelen til den som signerer for { $party }

## reference_unknown

reference-unknown-next-evaluation = Ukjend tilvising

## reference_group

reference-group-period = Perioden
reference-group-parties = Partane
reference-group-meetings = Møta

## recent_gone

recent-gone = Fila finst ikkje lenger (flytta, omdøypt eller sletta).

## merge_source_revision

merge-source-revision = revisjon { $n }

## merge_source_revisions

merge-source-revisions = revisjon { $old } til { $new }

## merge_source_file

merge-source-file = fila { $name } (frå revisjon { $n })
merge-source-file-2 = fila { $name }

## merge_source_word

merge-source-word = Word-fila { $name } (frå revisjon { $revision })

## merged_revision

merged-revision = Godtekne endringar frå { $source }

## merge_error

merge-error-no-such-change = Endringa finst ikkje lenger. Samanlikn på nytt.
merge-error-conflict = Utkastet ditt har endra den same teksten. Vel «Behald mi» eller «Ta deira».
merge-error-no-place = Punktet endringa høyrer til, finst ikkje lenger i utkastet.
merge-error-does-not-fit = Endringa passar ikkje med resten av punktet i utkastet. Godta dei andre endringane i punktet først.

## word_edited_no_stamp

word-edited-no-stamp = { $file }: Dokumentet blei ikkje eksportert frå Avtale (det manglar avtalen sin id og revisjon i dokumenteigenskapane), så det kan ikkje samanliknast med ein revisjon. Bruk «Importer frå Word» for å lese det inn som ein ny avtale.

## word_edited_other_agreement

word-edited-other-agreement = { $file }: Dokumentet er eksportert frå ein annan avtale (id «{ $theirs }»), ikkje frå denne (id «{ $ours }»).

## word_edited_no_revision

word-edited-no-revision = { $file }: Dokumentet blei eksportert frå eit utkast som ikkje var lagra som revisjon. Oppgi revisjonen det byggjer på: FIL@N.

## word_edited_unknown_revision

word-edited-unknown-revision = { $file }: Dokumentet er eksportert frå revisjon { $n }, som ikkje finst i historikken til avtalen.

## word_edited_hash_mismatch

word-edited-hash-mismatch = { $file }: Dokumentet seier at det er revisjon { $n }, men innhaldet stemmer ikkje med revisjon { $n } i historikken (ein annan kopi av avtalen?). Oppgi revisjonen sjølv: FIL@N.

## word_edited_author_line

word-edited-author-line = sett inn
word-edited-author-line-2 = sletta
word-edited-author-line-3 = Spora endring av { $author }: { $parts }

## word_edited_comment_line

word-edited-comment-line = Kommentar frå { $author }{ $on }: { $text }

## word_edited_unplaced_line

word-edited-unplaced-line = fjerna
word-edited-unplaced-line-2 = lagt til
word-edited-unplaced-line-3 = Kunne ikkje førast tilbake i avtalen, før det inn for hand: { $what }

## word_edited_outside

word-edited-outside = Utanfor punkta (tittel og framside)

## word_edited_notes_only

word-edited-notes-only = kommentarar

## considered_in_print

considered-in-print = Vurdert: { $n } { $n ->
        [one] åtvaring
       *[other] åtvaringar
    } gjeld ikkje eller er vurdert av partane: { $list }

## accepted_errors

accepted-errors = Kontroll: { $n } feil ({ $codes }) var ikkje retta då avtalen fekk statusen «{ $to }». Godteke med grunngjevinga: «{ $reason }».

## print_refused

print-refused = Avtalen har { $errors } feil og kan berre skrivast ut som utkast. Rett feila, eller lagre ein revisjon som godtek dei med ei grunngjeving.

## history_intact

history-intact = Historikken er intakt: { $revisions } { $revisions ->
        [one] revisjon
       *[other] revisjonar
    }, ingen endra, fjerna eller flytta.

## yes_no

yes = ja
no = nei

## period_words

until-further-notice = inntil vidare

## title_move_line

title-move-line = { $title }: «{ $from }» → «{ $to }»

## pdf_keywords

pdf-keywords = samarbeidsavtale, Nav, fylkeskommune

## field_name

field-title = Tittel
field-kind = Type
field-county = Fylke
field-municipality = Kommune
field-language = Målform
field-period = Periode
field-from = Frå
field-to = Til
field-renewal = Fornying
field-automatic = Automatisk
field-years = År
field-notice-months = Oppseiingsfrist (månader)
field-status = Status
field-baseline = Utgangspunkt
field-source = Kjelde
field-shared = Felles mål
field-value = Verdi
field-parent = Høyrer under
field-areas = Samarbeidsområde
field-file = Fil
field-additional-parties = Tilleggspartar
field-party = Part
field-parties = Partar
field-organisation = Organisasjon
field-unit = Eining
field-signatory = Blir signert av
field-contact = Kontaktperson
field-deputy = Stadfortredar
field-name = Namn
field-email = E-post
field-phone = Telefon
field-role = Rolle
field-roles = Rolle
field-tasks = Oppgåve
field-task = Oppgåve
field-responsible = Ansvarleg
field-deadline = Frist
field-meetings = Møtearena
field-level = Nivå
field-purpose = Føremål
field-members = Deltakar
field-chair = Møteleiar
field-cadence = Hyppigheit
field-hours = Timar per møte
field-agenda = Faste saker
field-minutes = Referent
field-mandate = Mandat
field-group = Gruppe
field-deliverables = Leveransar
field-authority = Mynde
field-reports-to = Rapporterer til
field-leader = Leiar
field-boundaries = Grenseflate
field-area = Område
field-lead = Hovudansvar
field-support = Bidreg
field-handover = Overgang
field-steps = Steg
field-action = Kva skjer
field-target-groups = Målgruppe
field-definition = Definisjon
field-age = Alder
field-criteria = Kriterium
field-goals = Mål
field-goal = Mål
field-indicator = Indikator
field-target = Målverdi
field-measures = Tiltak
field-description = Skildring
field-start = Start
field-contacts = Kontaktperson
field-information-sharing = Informasjonsdeling
field-personal-data = Deler personopplysningar
field-legal-basis = Rettsleg grunnlag
field-consent = Samtykke
field-given-by = Blir gitt av
field-written = Skriftleg
field-scope = Omfang
field-withdrawal = Tilbaketrekking
field-finances = Økonomi
field-contribution = Bidrag
field-amount-nok = Beløp (kr)
field-reporting = Rapport
field-report = Rapport
field-evaluation = Evaluering
field-next = Neste evaluering
field-questions = Spørsmål
field-termination = Oppseiing
field-signatures = Underskrifter
field-annexes = Vedlegg
field-reference = Referanse
field-term = Omgrep
field-glossary = Omgrep
field-show = Viser
field-template = Mal
field-meta = Om avtalen
field-id = Id

## label

label-kind = Avtaletype
label-county = Fylke
label-municipality = Kommune
label-period = Periode
label-status = Status
label-parties = Partar
label-party = Part
label-unit = Eining
label-signatory = Blir signert av
label-contact = Kontaktperson
label-deputy = Stadfortredar
label-role = Rolle
label-task = Oppgåve
label-responsible = Ansvarleg
label-deadline = Frist
label-meeting-body = Møtearena
label-level = Nivå
label-members = Deltakarar
label-chair = Møteleiar
label-cadence = Hyppigheit
label-minutes = Referat
label-agenda = Faste saker
label-purpose = Føremål
label-deliverables = Leveransar
label-authority = Mynde
label-reports-to = Rapporterer til
label-leader = Leiar
label-area = Område
label-lead = Hovudansvar
label-support = Bidreg
label-handover = Overgang
label-step = Steg
label-target-group = Målgruppe
label-definition = Definisjon
label-age = Alder
label-criteria = Kriterium
label-goal = Mål
label-indicator = Indikator
label-baseline = Utgangspunkt
label-source = Kjelde
label-target = Målverdi
label-measure = Tiltak
label-start = Start
label-contribution = Bidrag
label-amount = Beløp per år
label-report = Rapport
label-from = Frå
label-to = Til
label-next-evaluation = Neste evaluering
label-evaluation-responsible = Ansvar for evalueringa
label-questions = Spørsmål evalueringa skal svare på
label-notice = Oppseiingsfrist
label-place-and-date = Stad og dato
label-glossary = Omgrep
label-term = Omgrep
label-personal-data = Deler opplysningar om enkeltpersonar
label-legal-basis = Rettsleg grunnlag
label-consent = Samtykke
label-given-by = Blir gitt av
label-written = Skriftleg
label-scope = Omfang
label-withdrawal = Tilbaketrekking
label-renewal = Fornying
label-reference = Referanse
label-phone = Telefon
label-email = E-post
label-yes = Ja
label-no = Nei
label-years = år
label-months = månader
label-until-further-notice = inntil vidare
label-alternating-between = på omgang mellom
label-builds-on = Byggjer på
label-replaces = Erstattar
label-related-to = Blir sett saman med
label-makes-concrete = Konkretiserer
label-sub-agreements = Underavtalar
label-action-plans = Handlingsplanar
label-regions = Blir halde i
label-region = Region
label-nav-offices = Nav-kontor
label-municipalities = Kommunar
label-tagged-regions = Regionar

## dates

month-name-1 = januar
month-name-2 = februar
month-name-3 = mars
month-name-4 = april
month-name-5 = mai
month-name-6 = juni
month-name-7 = juli
month-name-8 = august
month-name-9 = september
month-name-10 = oktober
month-name-11 = november
month-name-12 = desember
date-long = { $day }. { $month } { $year }
date-time = { $date } kl. { $hour }.{ $minute }

## days_ago

days-ago = i dag
days-ago-2 = i går
days-ago-3 = for { $n } dagar sidan

## reminder_measure_due

reminder-measure-due = Tiltaket «{ $measure }» skal vere ferdig { $when } ({ $date }).

## reminder_measure_starts

reminder-measure-starts = Tiltaket «{ $measure }» skal starte { $when } ({ $date }).

## reminder_report_due

reminder-report-due = Rapporten «{ $report }» skal leverast { $when } ({ $date }).

## reminder_meeting

reminder-meeting = { $body } møtest { $when } ({ $date }).

## reminder_measure_late

reminder-measure-late = Tiltaket «{ $measure }» skulle vore ferdig { $when } ({ $date }), men står som { $status }.

## reminder_evaluation_late

reminder-evaluation-late = Avtalen skulle vore evaluert { $when } ({ $date }), men ingen evaluering er registrert.

## reminder_report_late

reminder-report-late = Rapporten «{ $report }» skulle vore levert { $when } ({ $date }), men er ikkje registrert som levert.

## reminder_contact_unconfirmed

reminder-contact-unconfirmed = Kontaktpersonen { $name } er ikkje stadfesta sidan { $since }. Sjekk at det framleis er rett person.

## reminder_signatory_changed

reminder-signatory-changed = { $party } har fått ny person som signerer: { $then } signerte avtalen, no står { $now }. Vurder om avtalen skal signerast på nytt.

## measure_status

measure-status-planlagt = Planlagt
measure-status-pagar = Pågår
measure-status-ferdig = Ferdig
measure-status-forsinket = Forseinka
measure-status-stoppet = Stoppa

## goal_kind

goal-kind-effekt = Effektmål
goal-kind-resultat = Resultatmål
goal-kind-prosess = Prosessmål

## note_kind

note-kind-god-praksis = Godt grep
note-kind-beslutning = Treng avgjerd

## The status report and the per-party extract

report-title = Statusrapport: { $title }
extract-title = Utdrag for { $party }: { $title }
report-tertial = { $n }. tertial { $year }
report-span = { $from }–{ $to }
report-span-same-year = { $day }. { $month }–{ $to }
report-dated = { $value } ({ $date })
report-made = Laga
report-for = Til
report-follows-up = Følgjer opp
report-summary = Samandrag
report-goals = Mål
report-measures = Tiltak
report-late = Forseinka og kvifor
report-good-practice = Gode grep
report-decisions = Saker til avgjerd
report-meetings = Møte og rapportar
report-none-in-period = Ingen registrerte i perioden.
report-latest = Siste tal
report-figures-in-period = Tal i perioden
report-note = Merknad
report-updated = Oppdatert
report-last-held = Sist halde
report-decided = Vedtak
report-next-meeting = Neste møte
report-last-given = Sist levert
report-missed = Ikkje levert
report-next-due = Neste frist
report-summary-text = Avtalen har { $measures } { $measures ->
        [one] tiltak
       *[other] tiltak
    }. { $late ->
        [0] Ingen tiltak er forseinka.
        [one] Eitt tiltak er forseinka eller over fristen.
       *[other] { $late } tiltak er forseinka eller over fristen.
    } I perioden blei det notert { $notes ->
        [0] ingen gode grep
        [one] eitt godt grep
       *[other] { $notes } gode grep
    } og { $decisions ->
        [0] ingen saker
        [one] éi sak
       *[other] { $decisions } saker
    } til avgjerd.
report-status-late = { $status }, over fristen
report-late-measure = { $status }, frist { $deadline }. { $because }
report-late-measure-2 = { $status }. { $because }
report-no-reason = Ingen grunn er oppgitt.
extract-tasks = Oppgåver parten har ansvar for
extract-bodies = Møtearenaer parten er med i
extract-reports = Rapportar
extract-their-members = Møter for parten
extract-none = Ingen for denne parten.
extract-note = Det parten har ansvar for etter avtalen, til verksemdsplanen: oppgåver, tiltak, møte, mål og rapportar. Den fullstendige avtalen gjeld framfor dette utdraget.
report-bad-period = Perioden «{ $text }» kan ikkje brukast. Oppgi --from og --to som ÅÅÅÅ-MM-DD (der --to ikkje er før --from), --tertial ÅÅÅÅ-N (N er 1, 2 eller 3) eller --year ÅÅÅÅ.
extract-unknown-party = Avtalen har ingen part «{ $party }». Partane er: { $parties }.
